/**
 * The keystroke path of the model. When an edit only changed option lines inside one endpoint section
 * of the root file (the common case while typing), the new model is the previous one with that
 * section and its endpoint rebuilt — the cost does not grow with the file. Anything else (headers,
 * directives, templates, [general], lines moving) returns undefined and the caller rebuilds.
 */
import type { FileDialect } from '../dialect';
import type { ConfigDocument } from '../parser/configDocument';
import { buildEndpoint, effectiveLinesCache, generalDefaults } from './endpoints';
import { headersUnchanged, inheritHeaderVersion } from './buildModel';
import { OverlayMap } from './overlayMap';
import { EntryRecord, SectionRecord } from './records';
import { SlotList } from './slotList';
import type { ConfigFile, ConfigModel, Endpoint, Entry, FileStart, IncludeLink, RegisterStatement, Section } from './types';
import { isChannelDialect } from '../data/catalogTypes';

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
}

/**
 * The previous model with one section rebuilt, when an edit (`changed`: lines that changed in place, or
 * one edit that inserted or removed lines) stayed inside the option lines of one endpoint section of the
 * root file. The sections after it keep their objects: their lines follow the document (records.ts).
 */
export function patchModel(previous: ConfigModel, document: ConfigDocument, changed: ChangedLines | LineShift, dialect: FileDialect): ConfigModel | undefined {
  const edit: LineShift = 'startLine' in changed ? changed : { startLine: changed.start, removed: changed.end - changed.start, inserted: changed.end - changed.start };
  const start = edit.startLine;
  const newEnd = start + edit.inserted;
  const oldEnd = start + edit.removed;
  const shift = edit.inserted - edit.removed;
  const root = previous.root;
  if (root.document !== document || previous.dialect !== dialect || !isChannelDialect(dialect)) return undefined;
  if (start < 0 || edit.inserted < 1 || edit.removed < 1 || newEnd > document.lineCount) return undefined;
  // Its sections read their lines through the header index: it must still be the one they were built on
  // (no header added, removed or re-lexed since; moved is fine).
  if (!headersUnchanged(previous, document)) return undefined;
  for (let line = start; line < newEnd; line++) {
    const kind = document.line(line).kind;
    if (kind === 'section' || kind === 'directive') return undefined;
  }
  const header = document.sectionHeaderAt(start);
  if (!header || header.line >= start) return undefined;
  const section = previous.sectionsByKey.get(header.node.name.toLowerCase())?.find((candidate) => candidate instanceof SectionRecord && candidate.document === document && candidate.header === header.node);
  if (!(section instanceof SectionRecord) || section.kind !== 'endpoint' || newEnd > section.endLine) return undefined;
  // The old lines must not have been directives either (headers: see the header version above).
  const oldLineIn = (uri: string, line: number) => uri === root.uri && line >= start && line < oldEnd;
  if (previous.includes.some((link) => oldLineIn(link.uri, link.line))) return undefined;
  if (previous.execs.some((exec) => oldLineIn(exec.uri, exec.line))) return undefined;
  if (section.entries.some((entry) => entry.uri !== root.uri)) return undefined;
  // Nothing may inherit from it (its effective lines would change too).
  const bases = basesOf(previous);
  if (bases.has(section)) return undefined;
  if (previous.registers.some((register) => register.section === section)) return undefined;

  // Entries before the edit are kept; from the edit on they are read again (after a move their offsets
  // from the header changed; in place, only the edited lines).
  const freshFrom = start;
  const freshTo = shift === 0 ? newEnd : section.endLine;
  const entries: Entry[] = [];
  for (const entry of section.entries) if (entry.line < freshFrom) entries.push(entry);
  for (let line = freshFrom; line < freshTo; line++) {
    const node = document.line(line);
    if (node.kind !== 'keyValue') continue;
    if (line >= newEnd || node.key.length !== 8 || node.key.toLowerCase() !== 'register') entries.push(new EntryRecord(root.uri, document, section.headerIndex, line - header.line, node));
    else return undefined; // a register line typed here: the register list changes
  }
  if (shift === 0) for (const entry of section.entries) if (entry.line >= newEnd) entries.push(entry);

  const patched: Section = section.withEntries(entries);
  const sections = sectionSlots(previous).with(section.order, patched);
  const group = (previous.sectionsByKey.get(section.key) ?? []).map((member) => (member === section ? patched : member));
  const sectionsByKey = OverlayMap.replace(previous.sectionsByKey, new Map([[section.key, group]]));

  const endpoint = buildEndpoint(
    group.filter((member) => member.kind === 'endpoint'),
    dialect,
    previous.general,
    effectiveLinesCache,
    generalDefaults(previous.general, dialect),
  );
  const before = previous.endpointsByKey.get(section.key);
  const at = before ? indexOfEndpoint(previous, before) : -1;
  if (at < 0) return undefined;
  const endpoints = endpointSlots(previous).with(at, endpoint);
  const endpointsByKey = OverlayMap.replace(previous.endpointsByKey, new Map([[section.key, endpoint]]));

  // Directive lines after a move are plain numbers in the model: moved here.
  const moveLine = <T extends { readonly uri: string; readonly line: number }>(item: T): T => (item.uri === root.uri && item.line >= oldEnd ? { ...item, line: item.line + shift } : item);
  const includes = shift === 0 ? previous.includes : previous.includes.map(moveLine);
  const execs = shift === 0 ? previous.execs : previous.execs.map(moveLine);

  const model = new PatchedModel(previous, sections, sectionsByKey, endpoints, endpointsByKey, includes, execs);
  // The patched section is no base of anything, so the set of bases is unchanged.
  basesCache.set(model, bases);
  inheritHeaderVersion(model, previous);
  patches.set(model, { previous, sectionIndex: section.order, endpointIndex: at });
  return model;
}

/** What patchModel changed: one section and one endpoint, at these indices; every other slot is the previous one's. */
export interface ModelPatch {
  readonly previous: ConfigModel;
  readonly sectionIndex: number;
  readonly endpointIndex: number;
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
