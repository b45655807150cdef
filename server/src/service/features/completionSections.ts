/**
 * Completion around sections: base names inside `[name](…)`, section skeletons on a blank line between
 * sections or right after a typed `[`, and file names after `#include`.
 */
import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type Range,
} from 'vscode-languageserver-types';
import type { Analysis } from '../analysis';
import { sectionAtLine } from '../analysis';
import type { Dialect } from '../data/catalogTypes';
import type { Section } from '../model/types';
import type { SectionHeaderNode, Span } from '../parser/nodes';
import type { ConfigDocument } from '../parser/configDocument';
import { capCandidates } from './completionValues';
import { codeBlock, inlineCode } from './markdown';
import { maskSecretsInValue } from './secretMask';
import { skeletonText, type SectionSkeleton } from './snippets';
import { profileOf } from '../dialects/channel';
import type { DialplanIndex } from '../model/dialplan';

/** The detail of an offered option key: which way of calling it concerns (sip, iax and pjsip alike). */
export const DIRECTION_DETAIL: Readonly<Record<'inbound' | 'outbound' | 'both' | 'none', string>> = {
  inbound: 'inbound (calls to us)',
  outbound: 'outbound (calls we place)',
  both: 'both directions',
  none: '',
};

/** How far a blank line looks ahead for the next section header; long comment blocks end the search. */
const LOOKAHEAD_LINES = 200;
const SUMMARY_LINES = 12;
const NONE: CompletionList = { isIncomplete: false, items: [] };

/** True when only blank or comment lines separate `line` from the next section header (or the end). */
export function startsBetweenSections(source: { readonly document: ConfigDocument }, line: number): boolean {
  const { document } = source;
  const last = Math.min(document.lineCount, line + 1 + LOOKAHEAD_LINES);
  for (let next = line + 1; next < last; next++) {
    const node = document.line(next);
    if (node.kind === 'trivia') continue;
    return node.kind === 'section';
  }
  return last === document.lineCount;
}

export function skeletonCompletions(analysis: Analysis, line: number, character: number, dialect: Dialect, replace?: Span): CompletionItem[] {
  return skeletonItems(profileOf(dialect).skeletons, analysis.dialplan, line, character, replace);
}

/** Completion items for whole-section skeletons (every dialect's), their `context=` choices from the dialplan. */
export function skeletonItems(skeletons: readonly SectionSkeleton[], dialplan: DialplanIndex | undefined, line: number, character: number, replace?: Span): CompletionItem[] {
  const range: Range = {
    start: { line, character: replace?.start ?? character },
    end: { line, character: replace?.end ?? character },
  };
  const contexts = dialplan ? [...dialplan.contexts.values()].map((context) => context.name) : [];
  return skeletons.map((skeleton, index) => ({
    label: skeleton.label,
    kind: CompletionItemKind.Snippet,
    detail: skeleton.detail,
    documentation: { kind: MarkupKind.Markdown, value: skeleton.documentation },
    textEdit: { range, newText: skeletonText(skeleton, contexts) },
    insertTextFormat: InsertTextFormat.Snippet,
    // After a typed `[` the editor filters on the text from the range start: keep it matching.
    filterText: replace ? `[${skeleton.label}` : skeleton.label,
    sortText: `9${index}`,
  }));
}

/** A short, secret-free view of a section's own lines, shown beside its name. */
function sectionSummary(section: Section, dialect: Dialect): string {
  const header = `${inlineCode(`[${section.name}]${section.header.isTemplate ? '(!)' : ''}`)} (line ${section.headerLine + 1})`;
  // Through the shared masking, like every other surface (issue #19: an mwi password showed here).
  const lines = section.entries.slice(0, SUMMARY_LINES).map((entry) => `${entry.node.key}=${maskSecretsInValue(dialect, entry.node.key, entry.node.value)}`);
  if (section.entries.length > SUMMARY_LINES) lines.push('…');
  return lines.length > 0 ? `${header}\n\n${codeBlock(lines.join('\n'))}` : header;
}

/** `[name](` up to the cursor: the options text typed so far, wherever the parser stopped (it may be unclosed). */
const HEADER_OPTIONS = /^(\s*\[[^\]]*\]\()([^)]*)/;

/**
 * Where the cursor is on a section header line, for every dialect's completion: right after a typed `[`
 * (the editor may have closed it) — whole-section skeletons replace `skeleton`; or on one comma-separated
 * option of `(…)` — `range` is that option, `typed` its text up to the cursor, `written` every option already
 * there (lower case), `empty` whether `(…)` holds nothing yet.
 */
export type HeaderSpot =
  | { readonly kind: 'skeleton'; readonly replace: Span }
  | { readonly kind: 'option'; readonly range: Range; readonly typed: string; readonly written: ReadonlySet<string>; readonly empty: boolean };

export function headerSpotAt(text: string, node: SectionHeaderNode, line: number, character: number): HeaderSpot | undefined {
  const match = HEADER_OPTIONS.exec(text);
  if (!match || character < match[1].length) {
    const typedName = text.slice(node.nameSpan.start, character).trim();
    if (typedName === '' && node.name.trim() === '' && character <= node.nameSpan.end && !node.options) {
      return { kind: 'skeleton', replace: { start: node.headerSpan.start, end: Math.max(character, node.headerSpan.end) } };
    }
    return undefined;
  }
  const optionsStart = match[1].length;
  const optionsEnd = optionsStart + match[2].length;
  if (character > optionsEnd) return undefined;
  let start = character;
  while (start > optionsStart && text[start - 1] !== ',') start--;
  let end = character;
  while (end < optionsEnd && text[end] !== ',') end++;
  const range: Range = { start: { line, character: start }, end: { line, character: end } };
  const written = new Set(match[2].split(',').map((part) => part.trim().toLowerCase()));
  return { kind: 'option', range, typed: text.slice(start, character).trim(), written, empty: match[2].trim() === '' };
}

export function headerCompletions(analysis: Analysis, line: number, character: number, dialect: Dialect): CompletionList {
  const node = analysis.document.line(line);
  if (node.kind !== 'section') return NONE;
  const spot = headerSpotAt(analysis.document.lineText(line), node, line, character);
  if (!spot) return NONE;
  if (spot.kind === 'skeleton') return { isIncomplete: false, items: skeletonCompletions(analysis, line, character, dialect, spot.replace) };
  const { range, typed, written } = spot;

  const current = sectionAtLine(analysis, line);
  const currentOrder = current?.headerLine === line ? current.order : Number.POSITIVE_INFINITY;
  const candidates: Section[] = [];
  const offered = new Set<string>();
  for (const section of analysis.model.sections) {
    // Asterisk resolves a base when the header is read: only sections above this one can be inherited.
    if (section.order >= currentOrder) break;
    if (section.kind === 'general' || section.kind === 'authentication' || section.kind === 'callnumberlimits') continue;
    if (offered.has(section.key) || written.has(section.key) || section.key === current?.key) continue;
    offered.add(section.key);
    candidates.push(section);
  }
  // Templates are what one usually inherits from: they come first, and survive the cap first.
  candidates.sort((a, b) => Number(b.header.isTemplate) - Number(a.header.isTemplate) || a.order - b.order);
  const { kept, capped } = capCandidates(candidates, (section) => section.name, typed);
  const templates: CompletionItem[] = [];
  const sections: CompletionItem[] = [];
  for (const section of kept) {
    const isTemplate = section.header.isTemplate;
    const list = isTemplate ? templates : sections;
    list.push({
      label: section.name,
      kind: isTemplate ? CompletionItemKind.Class : CompletionItemKind.Reference,
      detail: isTemplate ? 'template' : 'section',
      documentation: { kind: MarkupKind.Markdown, value: `Inherit every line of ${sectionSummary(section, dialect)}` },
      textEdit: { range, newText: section.name },
      sortText: `${isTemplate ? 0 : 1}${String(list.length).padStart(5, '0')}`,
    });
  }
  const items = [...templates, ...sections];
  if (!written.has('!')) {
    items.push({
      label: '!',
      kind: CompletionItemKind.Keyword,
      detail: 'make this section a template',
      documentation: {
        kind: MarkupKind.Markdown,
        value: 'A template is never an endpoint itself: Asterisk only copies its lines into the sections that name it in their `(…)`.',
      },
      textEdit: { range, newText: '!' },
      sortText: '2',
    });
  }
  return { isIncomplete: capped, items };
}

function baseName(uriOrName: string): string {
  const name = uriOrName.slice(uriOrName.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

export function includeCompletions(analysis: Analysis, line: number, argumentSpan: Span | undefined, character: number): CompletionItem[] {
  const own = new Set([baseName(analysis.uri), baseName(analysis.model.root.uri)]);
  const range: Range = {
    start: { line, character: Math.min(character, argumentSpan?.start ?? character) },
    end: { line, character: Math.max(character, argumentSpan?.end ?? character) },
  };
  const names = new Set<string>();
  for (const file of analysis.siblingFiles?.() ?? []) {
    const name = baseName(file);
    if (name.toLowerCase().endsWith('.conf') && !own.has(name)) names.add(name);
  }
  return [...names].sort().map((name) => ({
    label: name,
    kind: CompletionItemKind.File,
    documentation: { kind: MarkupKind.Markdown, value: `Reads ${inlineCode(name)} here, as if its lines were written in place of this directive.` },
    textEdit: { range, newText: name },
  }));
}
