/**
 * The keystroke path of the model. When the changes of a didChange (one keystroke, or several: multi-cursor,
 * replace-all, a formatter's edit list) only touched option lines inside endpoint sections of the root file,
 * the new model is the previous one with those sections and their endpoints rebuilt — the cost grows with
 * what changed, not with the file. Anything else (headers, directives, templates, [general]) returns
 * undefined and the caller rebuilds.
 */
import type { FileDialect } from '../dialect';
import { mapLine, type ConfigDocument, type LineDelta } from '../parser/configDocument';
import { buildEndpoint, effectiveLinesCache, generalDefaults } from './endpoints';
import { headersUnchanged, inheritHeaderVersion } from './buildModel';
import { OverlayMap } from './overlayMap';
import { EntryRecord, SectionRecord } from './records';
import { SlotList } from './slotList';
import type { ConfigFile, ConfigModel, Endpoint, Entry, FileStart, IncludeLink, RegisterStatement, Section } from './types';

/** Lines [start, end) of the root document changed; the line count did not. */
export interface ChangedLines {
  readonly start: number;
  readonly end: number;
}

/** Old lines [startLine, startLine + removed) of the root document became [startLine, startLine + inserted). */
export interface LineShift {
  readonly startLine: number;
  readonly removed: number;
  readonly inserted: number;
  /** First line after the change that was not re-lexed (a block comment's reach); default startLine + inserted. */
  readonly reusedFrom?: number;
}

/**
 * What changed in the root document since the previous model: lines changed in place, one change, or the
 * changes in the order they were applied (each in the line numbers the one before it left).
 */
export type DocumentChanges = ChangedLines | LineShift | readonly LineShift[];

/** The changes as a list of line shifts, each widened to the lines it re-lexed. */
export function changeList(changed: DocumentChanges): LineShift[] {
  const list: readonly LineShift[] = Array.isArray(changed) ? changed : 'startLine' in (changed as LineShift) ? [changed as LineShift] : [toShift(changed as ChangedLines)];
  return list.map((change) => {
    const relexed = (change.reusedFrom ?? 0) - change.startLine - change.inserted;
    return relexed > 0 ? { startLine: change.startLine, removed: change.removed + relexed, inserted: change.inserted + relexed } : change;
  });
}

function toShift(changed: ChangedLines): LineShift {
  return { startLine: changed.start, removed: changed.end - changed.start, inserted: changed.end - changed.start };
}

/**
 * The lines of the current text that `changes` wrote, as sorted disjoint ranges [start, end): each change's
 * new lines, carried through the changes after it (a range a later change overlaps is merged with its lines).
 */
export function touchedRanges(changes: readonly LineShift[]): { start: number; end: number }[] {
  let ranges: { start: number; end: number }[] = [];
  for (const change of changes) {
    const from = change.startLine;
    const oldEnd = from + change.removed;
    const shift = change.inserted - change.removed;
    const next: { start: number; end: number }[] = [];
    let merged = { start: from, end: from + change.inserted };
    for (const range of ranges) {
      if (range.end <= from) next.push(range);
      else if (range.start >= oldEnd) next.push({ start: range.start + shift, end: range.end + shift });
      else merged = { start: Math.min(merged.start, range.start), end: Math.max(merged.end, range.end > oldEnd ? range.end + shift : merged.end) };
    }
    next.push(merged);
    next.sort((a, b) => a.start - b.start);
    // Touching ranges (one ends where the next starts) become one.
    ranges = [];
    for (const range of next) {
      const last = ranges[ranges.length - 1];
      if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
      else ranges.push({ ...range });
    }
  }
  return ranges;
}

/** Beyond this many changes or sections, a rebuild is as cheap as patching them one by one. */
const MAX_PATCHED = 64;

/**
 * The previous model with the touched sections rebuilt, when every line the changes wrote is an option line
 * of an endpoint section of the root file, no header or directive appeared or went, and nothing inherits
 * from those sections. The other sections keep their objects: their lines follow the document (records.ts).
 */
export function patchModel(previous: ConfigModel, document: ConfigDocument, changed: DocumentChanges, dialect: FileDialect): ConfigModel | undefined {
  const changes = changeList(changed);
  const root = previous.root;
  if (root.document !== document || previous.dialect !== dialect || dialect === 'generic') return undefined;
  if (changes.length === 0 || changes.length > MAX_PATCHED) return undefined;
  let lineCount = document.lineCount;
  for (let index = changes.length - 1; index >= 0; index--) {
    const change = changes[index];
    if (change.startLine < 0 || change.inserted < 1 || change.removed < 1 || change.startLine + change.inserted > lineCount) return undefined;
    lineCount += change.removed - change.inserted;
  }
  // Its sections read their lines through the header index: it must still be the one they were built on
  // (no header added, removed or re-lexed since; moved is fine).
  if (!headersUnchanged(previous, document)) return undefined;
  const ranges = touchedRanges(changes);
  /** The touched sections by header index, in document order. */
  const touched = new Map<number, SectionRecord>();
  for (const range of ranges) {
    for (let line = range.start; line < range.end; line++) {
      const kind = document.line(line).kind;
      if (kind === 'section' || kind === 'directive') return undefined;
    }
    const headerIndex = document.headerIndexAt(range.start);
    // Lines before the first header belong to no section: what they say is the whole file's business.
    if (headerIndex < 0) return undefined;
    if (touched.has(headerIndex)) continue;
    const header = document.line(document.headerLines[headerIndex]);
    if (header.kind !== 'section') return undefined;
    const section = previous.sectionsByKey.get(header.name.toLowerCase())?.find((candidate) => candidate instanceof SectionRecord && candidate.document === document && candidate.header === header);
    if (!(section instanceof SectionRecord) || section.kind !== 'endpoint') return undefined;
    touched.set(headerIndex, section);
    if (touched.size > MAX_PATCHED) return undefined;
  }
  if (touched.size === 0) return undefined;
  // The old lines must not have been directives either (headers: see the header version above); those
  // after the changes move with them.
  const moves = changes.some((change) => change.removed !== change.inserted);
  const moveLine = <T extends { readonly uri: string; readonly line: number }>(item: T): T | undefined => {
    if (item.uri !== root.uri) return item;
    const line = mapLine(item.line, changes as readonly LineDelta[]);
    return line === undefined ? undefined : line === item.line ? item : { ...item, line };
  };
  const includes = previous.includes.length ? previous.includes.map(moveLine) : previous.includes;
  const execs = previous.execs.length ? previous.execs.map(moveLine) : previous.execs;
  if (includes.some((item) => item === undefined) || execs.some((item) => item === undefined)) return undefined;
  const bases = basesOf(previous);
  const registerSections = new Set(previous.registers.map((register) => register.section));
  for (const section of touched.values()) {
    if (section.entries.some((entry) => entry.uri !== root.uri)) return undefined;
    // Nothing may inherit from it (its effective lines would change too), and its register list is kept.
    if (bases.has(section) || registerSections.has(section)) return undefined;
  }

  let sections = sectionSlots(previous);
  let endpoints = endpointSlots(previous);
  const replacedSections = new Map<Section, Section>();
  for (const section of touched.values()) {
    const entries = entriesOf(section, document, root.uri);
    if (!entries) return undefined;
    const patched = section.withEntries(entries);
    replacedSections.set(section, patched);
    sections = sections.with(section.order, patched);
  }
  const groups = new Map<string, readonly Section[]>();
  for (const section of replacedSections.keys()) {
    if (groups.has(section.key)) continue;
    groups.set(section.key, (previous.sectionsByKey.get(section.key) ?? []).map((member) => replacedSections.get(member) ?? member));
  }
  const sectionsByKey = OverlayMap.replace(previous.sectionsByKey, groups);
  const defaults = generalDefaults(previous.general, dialect);
  const newEndpoints = new Map<string, Endpoint>();
  const endpointIndices: number[] = [];
  for (const [key, group] of groups) {
    const endpoint = buildEndpoint(
      group.filter((member) => member.kind === 'endpoint'),
      dialect,
      previous.general,
      effectiveLinesCache,
      defaults,
    );
    const before = previous.endpointsByKey.get(key);
    const at = before ? indexOfEndpoint(previous, before) : -1;
    if (at < 0) return undefined;
    endpoints = endpoints.with(at, endpoint);
    newEndpoints.set(key, endpoint);
    endpointIndices.push(at);
  }
  const endpointsByKey = OverlayMap.replace(previous.endpointsByKey, newEndpoints);

  const model = new PatchedModel(
    previous,
    sections,
    sectionsByKey,
    endpoints,
    endpointsByKey,
    moves ? (includes as IncludeLink[]) : previous.includes,
    moves ? (execs as { uri: string; line: number }[]) : previous.execs,
  );
  // The patched sections are no base of anything, so the set of bases is unchanged.
  basesCache.set(model, bases);
  inheritHeaderVersion(model, previous);
  patches.set(model, {
    previous,
    sectionIndices: [...replacedSections.keys()].map((section) => section.order).sort((a, b) => a - b),
    endpointIndices: endpointIndices.sort((a, b) => a - b),
  });
  return model;
}

/**
 * The entries of `section` as the document reads now: a previous entry is kept when its line holds the
 * same node at the same distance from the header; undefined when a register line appeared (the register
 * list would change).
 */
function entriesOf(section: SectionRecord, document: ConfigDocument, uri: string): Entry[] | undefined {
  const header = section.headerLine;
  const end = section.endLine;
  const old = section.entries;
  const entries: Entry[] = [];
  let next = 0;
  for (let line = header + 1; line < end; line++) {
    const node = document.line(line);
    if (node.kind !== 'keyValue') continue;
    if (node.key.length === 8 && node.key.toLowerCase() === 'register') return undefined;
    const offset = line - header;
    while (next < old.length && old[next] instanceof EntryRecord && (old[next] as EntryRecord).offset < offset) next++;
    const candidate = old[next];
    entries.push(candidate instanceof EntryRecord && candidate.node === node && candidate.offset === offset ? candidate : new EntryRecord(uri, document, section.headerIndex, offset, node));
  }
  return entries;
}

/** What patchModel changed: these sections and endpoints (indices, ascending); every other slot is the previous one's. */
export interface ModelPatch {
  readonly previous: ConfigModel;
  readonly sectionIndices: readonly number[];
  readonly endpointIndices: readonly number[];
}

const patches = new WeakMap<ConfigModel, ModelPatch>();

/** How `model` differs from the model it was patched from, when patchModel made it. */
export function patchOf(model: ConfigModel): ModelPatch | undefined {
  return patches.get(model);
}

/** Endpoints are in the order of their first section: a binary search finds one without a scan. */
function indexOfEndpoint(model: ConfigModel, endpoint: Endpoint): number {
  const order = endpoint.section.order;
  let lo = 0;
  let hi = endpointCount(model) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const candidate = endpointAt(model, mid);
    const at = candidate.section.order;
    if (at === order) return candidate === endpoint ? mid : -1;
    if (at < order) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

const basesCache = new WeakMap<ConfigModel, ReadonlySet<Section>>();

/** Every section some other section inherits from, computed once per model. */
function basesOf(model: ConfigModel): ReadonlySet<Section> {
  let bases = basesCache.get(model);
  if (!bases) {
    const found = new Set<Section>();
    for (const section of model.sections) for (const base of section.bases) if (base) found.add(base);
    bases = found;
    basesCache.set(model, bases);
  }
  return bases;
}

/**
 * A model patched from another: the same as the previous one but for one section and one endpoint.
 * Its section and endpoint lists are slot lists, so a keystroke copies no 10k-slot array; `sections`
 * and `endpoints` build the arrays on first read (a feature walking every section pays that once).
 */
class PatchedModel implements ConfigModel {
  readonly dialect: ConfigModel['dialect'];
  readonly root: ConfigFile;
  readonly files: readonly ConfigFile[];
  readonly general?: Section;
  readonly registers: readonly RegisterStatement[];
  readonly includes: readonly IncludeLink[];
  readonly execs: readonly { readonly uri: string; readonly line: number }[];
  readonly fileStarts: ReadonlyMap<string, FileStart>;

  constructor(
    previous: ConfigModel,
    readonly sectionList: SlotList<Section>,
    readonly sectionsByKey: ReadonlyMap<string, readonly Section[]>,
    readonly endpointList: SlotList<Endpoint>,
    readonly endpointsByKey: ReadonlyMap<string, Endpoint>,
    includes: readonly IncludeLink[] = previous.includes,
    execs: readonly { readonly uri: string; readonly line: number }[] = previous.execs,
  ) {
    this.dialect = previous.dialect;
    this.root = previous.root;
    this.files = previous.files;
    this.general = previous.general;
    this.registers = previous.registers;
    this.includes = includes;
    this.execs = execs;
    this.fileStarts = previous.fileStarts;
  }

  get sections(): readonly Section[] {
    return this.sectionList.toArray();
  }

  get endpoints(): readonly Endpoint[] {
    return this.endpointList.toArray();
  }
}

function sectionSlots(model: ConfigModel): SlotList<Section> {
  return model instanceof PatchedModel ? model.sectionList : SlotList.of(model.sections);
}

function endpointSlots(model: ConfigModel): SlotList<Endpoint> {
  return model instanceof PatchedModel ? model.endpointList : SlotList.of(model.endpoints);
}

/** `model.sections[index]` without building the array of a patched model. */
export function sectionAt(model: ConfigModel, index: number): Section {
  return model instanceof PatchedModel ? model.sectionList.at(index) : model.sections[index];
}

/** `model.sections.length`, likewise. */
export function sectionCount(model: ConfigModel): number {
  return model instanceof PatchedModel ? model.sectionList.length : model.sections.length;
}

/** `model.endpoints[index]`, likewise. */
export function endpointAt(model: ConfigModel, index: number): Endpoint {
  return model instanceof PatchedModel ? model.endpointList.at(index) : model.endpoints[index];
}

/** `model.endpoints.length`, likewise. */
export function endpointCount(model: ConfigModel): number {
  return model instanceof PatchedModel ? model.endpointList.length : model.endpoints.length;
}
