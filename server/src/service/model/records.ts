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
import type { ConfigDocument, HeaderAnchor } from '../parser/configDocument';
import type { KeyValueNode, SectionHeaderNode } from '../parser/nodes';
import type { Entry, Section, SectionKind } from './types';

export class SectionRecord implements Section {
  /** Filled while the model is built, never changed once it is handed out. */
  entries: Entry[] = [];
  bases: (Section | undefined)[] = [];
  /** Its header among the document's headers, kept up to date by the document as headers come and go. */
  readonly anchor: HeaderAnchor;

  constructor(
    readonly uri: string,
    readonly document: ConfigDocument,
    /** Index of the header in `document.headerLines` when the record is made. */
    headerIndex: number,
    readonly header: SectionHeaderNode,
    readonly name: string,
    readonly key: string,
    readonly kind: SectionKind,
    /**
     * Where the section is in file order over the include tree: only compared (a patch that adds sections
     * gives them numbers between their neighbours', so the others keep theirs).
     */
    readonly order: number,
  ) {
    this.anchor = document.anchorAt(headerIndex);
  }

  /** Index of the header in `document.headerLines` now. */
  get headerIndex(): number {
    return this.anchor.index;
  }

  get headerLine(): number {
    return this.document.headerLine(this.anchor.index);
  }

  get endLine(): number {
    const index = this.anchor.index;
    return index + 1 < this.document.headerCount ? this.document.headerLine(index + 1) : this.document.lineCount;
  }

  /**
   * Drops the spare room of its lists once they are filled: an array grown by push keeps room for 16 more
   * entries (at 10k sections, 2–3 MB of empty slots). Before the model is handed out only.
   */
  compact(): void {
    this.entries = this.entries.length ? this.entries.slice() : NO_ENTRIES;
    this.bases = this.bases.length === 1 && this.bases[0] ? onlyBase(this.bases[0]) : this.bases.length ? this.bases.slice() : NO_BASES;
  }

  /** The same section with other entries (the keystroke path rebuilds one section this way). */
  withEntries(entries: readonly Entry[], order = this.order): SectionRecord {
    const copy = new SectionRecord(this.uri, this.document, this.anchor.index, this.header, this.name, this.key, this.kind, order);
    for (const entry of entries) copy.entries.push(entry);
    for (const base of this.bases) copy.bases.push(base);
    return copy;
  }
}

/**
 * Lists shared between compacted sections (frozen: nothing adds to a section once it is handed out).
 * Most sections have no base or the same one (10k phones `(phone-endpoint)`): one list per base, not
 * one per section, and one empty list (a pjsip aor made only of its template has no entries).
 */
const NO_ENTRIES = Object.freeze([]) as unknown as Entry[];
const NO_BASES = Object.freeze([]) as unknown as (Section | undefined)[];
const onlyBases = new WeakMap<Section, (Section | undefined)[]>();

function onlyBase(base: Section): (Section | undefined)[] {
  let list = onlyBases.get(base);
  if (!list) {
    list = Object.freeze([base]) as unknown as (Section | undefined)[];
    onlyBases.set(base, list);
  }
  return list;
}

export class EntryRecord implements Entry {
  /** The last header before the line; undefined: none (the file's start). */
  readonly header: HeaderAnchor | undefined;

  constructor(
    readonly uri: string,
    readonly document: ConfigDocument,
    /** Index in `document.headerLines` of the last header before the line when the record is made; -1: none. */
    anchor: number,
    /** Lines from the anchor (or from the file's start). */
    readonly offset: number,
    readonly node: KeyValueNode,
  ) {
    this.header = anchor < 0 ? undefined : document.anchorAt(anchor);
  }

  /** Index in `document.headerLines` of its header now; -1: none. */
  get anchor(): number {
    return this.header ? this.header.index : -1;
  }

  get line(): number {
    return (this.header ? this.document.headerLine(this.header.index) : 0) + this.offset;
  }
}
