/**
 * Sections and entries whose line numbers follow their document. A section knows the index of its
 * header among the document's headers, an entry the header it sits under and how far below it; the
 * document keeps the header lines up to date across edits that only move them (a line inserted or
 * removed inside a section). So an edit that moves every line after it leaves the sections and entries
 * after it — and the endpoints, and the checks cached for them — as they were: reused, not rebuilt.
 *
 * Read the lines of a model built from the current text only: a header index means the header with that
 * index in the document now. Whoever reuses an older object checks that its header index and document
 * are those a fresh build would give it (buildModel and patchModel do).
 */
import type { ConfigDocument } from '../parser/configDocument';
import type { KeyValueNode, SectionHeaderNode } from '../parser/nodes';
import type { Entry, Section, SectionKind } from './types';

export class SectionRecord implements Section {
  /** Filled while the model is built, never changed once it is handed out. */
  readonly entries: Entry[] = [];
  readonly bases: (Section | undefined)[] = [];

  constructor(
    readonly uri: string,
    readonly document: ConfigDocument,
    /** Index of the header in `document.headerLines`. */
    readonly headerIndex: number,
    readonly header: SectionHeaderNode,
    readonly name: string,
    readonly key: string,
    readonly kind: SectionKind,
    readonly order: number,
  ) {}

  get headerLine(): number {
    return this.document.headerLines[this.headerIndex];
  }

  get endLine(): number {
    const headers = this.document.headerLines;
    return this.headerIndex + 1 < headers.length ? headers[this.headerIndex + 1] : this.document.lineCount;
  }

  /** The same section with other entries (the keystroke path rebuilds one section this way). */
  withEntries(entries: readonly Entry[]): SectionRecord {
    const copy = new SectionRecord(this.uri, this.document, this.headerIndex, this.header, this.name, this.key, this.kind, this.order);
    for (const entry of entries) copy.entries.push(entry);
    for (const base of this.bases) copy.bases.push(base);
    return copy;
  }
}

export class EntryRecord implements Entry {
  constructor(
    readonly uri: string,
    readonly document: ConfigDocument,
    /** Index in `document.headerLines` of the last header before the line; -1: none (the file's start). */
    readonly anchor: number,
    /** Lines from the anchor (or from the file's start). */
    readonly offset: number,
    readonly node: KeyValueNode,
  ) {}

  get line(): number {
    return (this.anchor < 0 ? 0 : this.document.headerLines[this.anchor]) + this.offset;
  }
}
