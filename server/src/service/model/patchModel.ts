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

/** Lines [start, end) of the root document changed; the line count did not. */
export interface ChangedLines {
  readonly start: number;
  readonly end: number;
}

export function patchModel(previous: ConfigModel, document: ConfigDocument, changed: ChangedLines, dialect: FileDialect): ConfigModel | undefined {
  const root = previous.root;
  if (root.document !== document || previous.dialect !== dialect || dialect === 'generic') return undefined;
  if (changed.start < 0 || changed.end > document.lineCount || changed.end <= changed.start) return undefined;
  // Its sections read their lines through the header index: it must still be the one they were built on.
  if (!headersUnchanged(previous, document)) return undefined;
  for (let line = changed.start; line < changed.end; line++) {
    const kind = document.line(line).kind;
    if (kind === 'section' || kind === 'directive') return undefined;
  }
  const header = document.sectionHeaderAt(changed.start);
  if (!header || header.line >= changed.start) return undefined;
  const section = previous.sectionsByKey.get(header.node.name.toLowerCase())?.find((candidate) => candidate.uri === root.uri && candidate.headerLine === header.line);
  if (!(section instanceof SectionRecord) || section.kind !== 'endpoint' || changed.end > section.endLine) return undefined;
  // The old lines must not have been headers or directives either.
  if (previous.includes.some((link) => link.uri === root.uri && link.line >= changed.start && link.line < changed.end)) return undefined;
  if (previous.execs.some((exec) => exec.uri === root.uri && exec.line >= changed.start && exec.line < changed.end)) return undefined;
  if (section.entries.some((entry) => entry.uri !== root.uri)) return undefined;
  // Nothing may inherit from it (its effective lines would change too).
  const bases = basesOf(previous);
  if (bases.has(section)) return undefined;

  const entries: Entry[] = [];
  let inserted = false;
  const insertChanged = () => {
    for (let line = changed.start; line < changed.end; line++) {
      const node = document.line(line);
      if (node.kind === 'keyValue') entries.push(new EntryRecord(root.uri, document, section.headerIndex, line - header.line, node));
    }
    inserted = true;
  };
  for (const entry of section.entries) {
    if (entry.line >= changed.start && entry.line < changed.end) continue;
    if (!inserted && entry.line >= changed.end) insertChanged();
    entries.push(entry);
  }
  if (!inserted) insertChanged();

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

  const touchesRegister =
    previous.registers.some((register) => register.section === section) ||
    entries.some((entry) => entry.line >= changed.start && entry.line < changed.end && entry.node.key.toLowerCase() === 'register');
  if (touchesRegister) return undefined;

  const model = new PatchedModel(previous, sections, sectionsByKey, endpoints, endpointsByKey);
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
  ) {
    this.dialect = previous.dialect;
    this.root = previous.root;
    this.files = previous.files;
    this.general = previous.general;
    this.registers = previous.registers;
    this.includes = previous.includes;
    this.execs = previous.execs;
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
