/**
 * The keystroke path of the model. When the changes of a didChange (one keystroke, or several: multi-cursor,
 * replace-all, a formatter's edit list) only touched option lines inside endpoint sections of the root file,
 * the new model is the previous one with those sections and their endpoints rebuilt — the cost grows with
 * what changed, not with the file. Headers that came or went are patched by patchHeaders (below); anything
 * else (directives, templates, [general]) returns undefined and the caller rebuilds.
 */
import type { FileDialect } from '../dialect';
import { mapLine, type ConfigDocument, type LineDelta } from '../parser/configDocument';
import type { SectionHeaderNode } from '../parser/nodes';
import { buildEndpoint, effectiveLinesCache, generalDefaults } from './endpoints';
import { generalSections } from './general';
import { anchorsUnchanged, headersUnchanged, inheritHeaderVersion, sectionKind } from './buildModel';
import { OverlayMap } from './overlayMap';
import { EntryRecord, SectionRecord } from './records';
import { SlotList, type SlotListDraft, type SlotReader } from './slotList';
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
  // A model of another dialect (generic: the base of the pjsip model, extensions.conf ...) has sections
  // only: no endpoints, registers or defaults to rebuild.
  const channel = isChannelDialect(dialect);
  if (root.document !== document || previous.dialect !== dialect) return undefined;
  if (changes.length === 0 || changes.length > MAX_PATCHED) return undefined;
  let lineCount = document.lineCount;
  for (let index = changes.length - 1; index >= 0; index--) {
    const change = changes[index];
    if (change.startLine < 0 || change.inserted < 1 || change.removed < 1 || change.startLine + change.inserted > lineCount) return undefined;
    lineCount += change.removed - change.inserted;
  }
  // Headers came or went (a paste with sections, a section deleted): the sections around them are patched.
  if (!headersUnchanged(previous, document)) return patchHeaders(previous, document, changes, dialect);
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
    const header = document.line(document.headerLine(headerIndex));
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

  // One draft per list: the replacements of a multi-cursor edit copy the pieces once, not once each.
  const sections = sectionSlots(previous).draft();
  const endpoints = endpointSlots(previous).draft();
  const replacedSections = new Map<Section, Section>();
  const sectionIndices: number[] = [];
  for (const section of touched.values()) {
    const entries = entriesOf(section, document, root.uri);
    if (!entries) return undefined;
    const patched = section.withEntries(entries);
    replacedSections.set(section, patched);
    // Order numbers are only compared (a patch that added sections left gaps): the slot is found by them.
    const at = sectionIndexOf(previous, section);
    if (at < 0) return undefined;
    sections.with(at, patched);
    sectionIndices.push(at);
  }
  const groups = new Map<string, readonly Section[]>();
  for (const section of replacedSections.keys()) {
    if (groups.has(section.key)) continue;
    groups.set(section.key, (previous.sectionsByKey.get(section.key) ?? []).map((member) => replacedSections.get(member) ?? member));
  }
  const sectionsByKey = OverlayMap.replace(previous.sectionsByKey, groups);
  const generals = generalSections(previous);
  const defaults = generalDefaults(generals, dialect);
  const newEndpoints = new Map<string, Endpoint>();
  const endpointIndices: number[] = [];
  for (const [key, group] of channel ? groups : []) {
    const endpoint = buildEndpoint(
      group.filter((member) => member.kind === 'endpoint'),
      dialect,
      generals,
      effectiveLinesCache,
      defaults,
    );
    const before = previous.endpointsByKey.get(key);
    const at = before ? indexOfEndpoint(previous, before) : -1;
    if (at < 0) return undefined;
    endpoints.with(at, endpoint);
    newEndpoints.set(key, endpoint);
    endpointIndices.push(at);
  }
  const endpointsByKey = OverlayMap.replace(previous.endpointsByKey, newEndpoints);

  const model = new PatchedModel(
    previous,
    sections.done(),
    sectionsByKey,
    endpoints.done(),
    endpointsByKey,
    moves ? (includes as IncludeLink[]) : previous.includes,
    moves ? (execs as { uri: string; line: number }[]) : previous.execs,
  );
  // The patched sections are no base of anything, so the set of bases is unchanged.
  basesCache.set(model, bases);
  inheritHeaderVersion(model, previous);
  patches.set(model, {
    previous,
    sectionWindows: slots(sectionIndices.sort((a, b) => a - b)),
    endpointWindows: slots(endpointIndices.sort((a, b) => a - b)),
    keepsDuplicates: false,
  });
  return model;
}

/** One window per slot. */
function slots(indices: readonly number[]): PatchWindow[] {
  return indices.map((index) => ({ oldFrom: index, oldTo: index + 1, from: index, to: index + 1 }));
}

/**
 * The patch for changes that added or removed section headers (a paste with sections, a section deleted,
 * a header re-lexed because the line before it was joined to it): the sections whose headers went are
 * dropped, the new ones built between their neighbours (order numbers between theirs, so no other section
 * changes), the sections around them rebuilt. Only for a root file without includes, and only for
 * endpoint sections of names that nothing inherits from and no `(+)` adds to (for a channel dialect, of
 * names defined once): then no other section, endpoint or finding depends on them.
 */
function patchHeaders(previous: ConfigModel, document: ConfigDocument, changes: readonly LineShift[], dialect: FileDialect): ConfigModel | undefined {
  const root = previous.root;
  const channel = isChannelDialect(dialect);
  if (previous.files.length > 1 || previous.includes.length > 0 || !anchorsUnchanged(previous, document)) return undefined;
  const ranges = touchedRanges(changes);
  const oldSections = sectionSlots(previous);
  const bases = basesOf(previous);
  const inherited = inheritedNamesOf(previous);
  const registerSections = new Set(previous.registers.map((register) => register.section));
  /** Sections rebuilt in place (old → new), added (new header nodes), removed (headers gone). */
  const hosts = new Map<SectionRecord, SectionRecord>();
  const added: SectionRecord[] = [];
  const removed = new Set<Section>();
  /** The new headers and their lines. */
  const addedNodes = new Map<SectionHeaderNode, number>();
  for (const range of ranges) {
    for (let line = range.start; line < range.end; line++) {
      const node = document.line(line);
      if (node.kind === 'directive') return undefined;
      if (node.kind === 'section') addedNodes.set(node, line);
    }
  }
  if (addedNodes.size > MAX_PATCHED) return undefined;
  const findSection = (node: SectionHeaderNode): SectionRecord | undefined => {
    const found = previous.sectionsByKey.get(node.name.toLowerCase())?.find((candidate) => candidate.header === node);
    return found instanceof SectionRecord && found.document === document ? found : undefined;
  };
  const allowed = (section: Section) => section.kind === 'endpoint' && !bases.has(section) && !registerSections.has(section);
  for (const range of ranges) {
    // The section the range starts in (or right after): its lines changed too.
    const hostIndex = document.headerIndexAt(range.start - 1);
    if (hostIndex < 0) return undefined;
    const hostNode = document.line(document.headerLine(hostIndex)) as SectionHeaderNode;
    if (addedNodes.has(hostNode)) continue;
    const host = findSection(hostNode);
    if (!host || !document.isLive(host.anchor) || !allowed(host) || hosts.has(host)) {
      if (host && hosts.has(host)) continue;
      return undefined;
    }
    hosts.set(host, host);
    // The sections right after it whose headers went: removed.
    const at = indexOfSection(oldSections, host);
    if (at < 0) return undefined;
    for (let index = at + 1; index < oldSections.length; index++) {
      const next = oldSections.at(index);
      if (!(next instanceof SectionRecord) || document.isLive(next.anchor)) break;
      if (!allowed(next)) return undefined;
      removed.add(next);
    }
  }
  // Every header that went is one of those (or the counts do not add up: start over).
  if (oldSections.length + addedNodes.size - removed.size !== document.headerCount) return undefined;
  if (removed.size > MAX_PATCHED || hosts.size + addedNodes.size === 0) return undefined;

  // Names: a section that comes or goes is of a name nothing inherits and no `(+)` adds to. A channel
  // dialect merges the sections of a name into one endpoint: there, only names defined once, before and
  // after. Another dialect (generic: the base of the pjsip model) has sections only, and a name defined
  // several times (pjsip's endpoint, aor and auth of one phone) is a group updated member by member.
  const removedKeys = new Set<string>();
  for (const section of removed) {
    if (inherited.has(section.key) || section.header.isAppend) return undefined;
    removedKeys.add(section.key);
  }
  const addedKeys = new Set<string>();
  for (const node of addedNodes.keys()) {
    const key = node.name.toLowerCase();
    if ((channel && addedKeys.has(key)) || inherited.has(key) || node.isAppend || sectionKind(node.name, node.isTemplate, dialect) !== 'endpoint') return undefined;
    addedKeys.add(key);
    for (const option of node.options ?? []) if (option.kind === 'inherit' && addedKeys.has(option.text.toLowerCase())) return undefined;
  }
  /** Whether every name that came or went is defined at most once, before and after (the duplicate findings stand). */
  let keepsDuplicates = true;
  for (const key of [...addedKeys, ...removedKeys]) {
    const group = previous.sectionsByKey.get(key) ?? [];
    if (group.length > 1 || (group.length === 1 && !removed.has(group[0]))) {
      if (channel) return undefined;
      keepsDuplicates = false;
    }
    if (group.some((member) => member.header.isAppend)) return undefined;
  }
  for (const key of addedKeys) {
    let count = 0;
    for (const node of addedNodes.keys()) if (node.name.toLowerCase() === key) count++;
    if (count > 1) keepsDuplicates = false;
  }
  for (const host of hosts.keys()) if ((channel && (previous.sectionsByKey.get(host.key)?.length ?? 0) > 1) || host.entries.some((entry) => entry.uri !== root.uri)) return undefined;

  // Rebuild the hosts, build the new sections with order numbers between their neighbours'. The list is
  // spliced where sections went and came (SlotList: the previous model's list is shared, not copied).
  const newSections = oldSections.draft();
  const removedAt: number[] = [];
  for (const section of removed) {
    const at = indexOfSection(oldSections, section);
    if (at < 0) return undefined;
    removedAt.push(at);
  }
  removeSlots(newSections, removedAt);
  const pending = [...addedNodes].map(([node, line]) => new Placeholder(node, document.headerIndexAt(line)));
  pending.sort((a, b) => a.index - b.index);
  for (let first = 0; first < pending.length; ) {
    // The survivors' headers are in file order: the first one after this new header.
    const at = firstAfter(newSections, pending[first].index);
    if (at < 0) return undefined;
    let end = first + 1;
    while (end < pending.length && firstAfter(newSections, pending[end].index) === at) end++;
    const low = at > 0 ? newSections.at(at - 1).order : -1;
    const high = at < newSections.length ? newSections.at(at).order : low + 2;
    const run: Section[] = [];
    for (let k = first; k < end; k++) {
      const order = low + ((high - low) * (k - first + 1)) / (end - first + 1);
      if (!(order > low && order < high)) return undefined;
      const { node, index: headerIndex } = pending[k];
      const section = new SectionRecord(root.uri, document, headerIndex, node, node.name, node.name.toLowerCase(), 'endpoint', order);
      run.push(section);
      added.push(section);
    }
    newSections.splice(at, 0, run);
    first = end;
  }
  // Bases of the new sections: the first section of that name before them (none is new, see above).
  for (const section of added) {
    for (const option of section.header.options ?? []) {
      if (option.kind !== 'inherit') continue;
      const first = previous.sectionsByKey.get(option.text.toLowerCase())?.[0];
      section.bases.push(first && !removed.has(first) && first.order < section.order ? first : undefined);
    }
  }
  // Entries: every section whose lines changed reads them again.
  for (const section of added) {
    const entries = entriesOf(section, document, root.uri);
    if (!entries) return undefined;
    for (const entry of entries) section.entries.push(entry);
  }
  for (const host of [...hosts.keys()]) {
    const entries = entriesOf(host, document, root.uri);
    if (!entries) return undefined;
    // Its lines read the same (a header that came right after it): it stays as it is.
    if (entries.length === host.entries.length && entries.every((entry, index) => entry === host.entries[index])) {
      hosts.delete(host);
      continue;
    }
    const rebuilt = host.withEntries(entries);
    hosts.set(host, rebuilt);
    const at = indexOfSection(newSections, host);
    if (at < 0) return undefined;
    newSections.with(at, rebuilt);
  }

  // The maps and the endpoints: one endpoint per host, per new section, none for a removed one. Each group
  // that changed is the old one without the removed sections, the rebuilt hosts in their places and the
  // new sections inserted by order (a channel dialect's groups are of one section: see above).
  const groups = new Map<string, readonly Section[] | undefined>();
  const changedKeys = new Set<string>([...removedKeys, ...addedKeys]);
  for (const host of hosts.keys()) changedKeys.add(host.key);
  for (const key of changedKeys) {
    const group: Section[] = [];
    for (const member of previous.sectionsByKey.get(key) ?? []) {
      if (removed.has(member)) continue;
      group.push(member instanceof SectionRecord ? hosts.get(member) ?? member : member);
    }
    for (const section of added) {
      if (section.key !== key) continue;
      let at = group.length;
      while (at > 0 && group[at - 1].order > section.order) at--;
      group.splice(at, 0, section);
    }
    groups.set(key, group.length ? group : undefined);
  }
  const sectionsByKey = OverlayMap.update(previous.sectionsByKey, groups);
  const generals = generalSections(previous);
  const defaults = generalDefaults(generals, dialect);
  const endpointChanges = new Map<string, Endpoint | undefined>();
  const changedEndpoints = new Set<Endpoint>();
  // Another dialect builds no endpoints.
  for (const [key, group] of channel ? groups : []) {
    const before = previous.endpointsByKey.get(key);
    if (before) changedEndpoints.add(before);
    const endpoint = group ? buildEndpoint(group, dialect, generals, effectiveLinesCache, defaults) : undefined;
    endpointChanges.set(key, endpoint);
  }
  const endpointsByKey = OverlayMap.update(previous.endpointsByKey, endpointChanges);
  const fresh = [...endpointChanges.values()].filter((endpoint): endpoint is Endpoint => endpoint !== undefined).sort((a, b) => a.section.order - b.section.order);
  // Endpoints are in the order of their first section: spliced like the sections.
  const newEndpoints = endpointSlots(previous).draft();
  const goneEndpoints: number[] = [];
  for (const endpoint of changedEndpoints) {
    const at = indexOfEndpoint(previous, endpoint);
    if (at < 0) return undefined;
    goneEndpoints.push(at);
  }
  removeSlots(newEndpoints, goneEndpoints);
  for (const endpoint of fresh) newEndpoints.splice(firstFrom(newEndpoints, endpoint.section.order), 0, [endpoint]);

  const moveLine = <T extends { readonly uri: string; readonly line: number }>(item: T): T | undefined => {
    const line = mapLine(item.line, changes as readonly LineDelta[]);
    return line === undefined ? undefined : line === item.line ? item : { ...item, line };
  };
  const execs = previous.execs.map(moveLine);
  if (execs.some((item) => item === undefined)) return undefined;

  const model = new PatchedModel(previous, newSections.done(), sectionsByKey, newEndpoints.done(), endpointsByKey, previous.includes, execs as { uri: string; line: number }[]);
  // Nothing inherits from what came or went, and the new sections' bases were bases already or are new
  // only for them: the set of bases grows by those.
  const newBases = new Set(bases);
  for (const section of added) for (const base of section.bases) if (base) newBases.add(base);
  basesCache.set(model, newBases);
  const names = new Set(inherited);
  for (const section of added) for (const option of section.header.options ?? []) if (option.kind === 'inherit') names.add(option.text.toLowerCase());
  inheritedNames.set(model, names);
  inheritHeaderVersion(model, previous, document.headerVersion);
  // Where the lists differ: the slots that went (removed sections, rebuilt hosts) and came, by index.
  const sectionsGone = [...removed, ...hosts.keys()].map((section) => indexOfSection(oldSections, section));
  const sectionsCame = [...added, ...hosts.values()].map((section) => indexOfSection(newSections, section));
  const sectionWindows = windowsOf(sectionsGone, sectionsCame);
  const endpointsCame = fresh.map((endpoint) => {
    const at = firstFrom(newEndpoints, endpoint.section.order);
    return newEndpoints.at(at) === endpoint ? at : -1;
  });
  const endpointWindows = windowsOf(goneEndpoints, endpointsCame);
  if (!sectionWindows || !endpointWindows) return undefined;
  patches.set(model, { previous, sectionWindows, endpointWindows, keepsDuplicates, touchedLines: ranges });
  return model;
}

/** Takes the slots at `indices` (distinct, in any order) out of `list`: one splice per run of adjacent slots. */
function removeSlots<T>(list: SlotListDraft<T>, indices: readonly number[]): void {
  const sorted = [...indices].sort((a, b) => b - a);
  for (let index = 0; index < sorted.length; ) {
    let end = index + 1;
    while (end < sorted.length && sorted[end] === sorted[end - 1] - 1) end++;
    list.splice(sorted[end - 1], end - index);
    index = end;
  }
}

/** A new header waiting for its order number. */
class Placeholder {
  constructor(
    readonly node: SectionHeaderNode,
    readonly index: number,
  ) {}
}

/** Index of `section` in a list in order (by its order number); -1 when it is not there. */
export function indexOfSection(sections: readonly Section[] | SlotReader<Section>, section: Section): number {
  const at = (index: number) => (Array.isArray(sections) ? (sections as readonly Section[])[index] : (sections as SlotReader<Section>).at(index));
  let lo = 0;
  let hi = sections.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const candidate = at(mid);
    if (candidate === section) return mid;
    if (candidate.order < section.order) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * The windows where two lists differ, from the indices of the slots that went (in the old list) and came
 * (in the new one): between windows the lists hold the same items in the same order. Undefined when an
 * index was not found (-1) or is repeated.
 */
function windowsOf(gone: readonly number[], came: readonly number[]): PatchWindow[] | undefined {
  const old = [...gone].sort((a, b) => a - b);
  const now = [...came].sort((a, b) => a - b);
  for (const list of [old, now]) for (let index = 0; index < list.length; index++) if (list[index] < 0 || list[index] === list[index - 1]) return undefined;
  // A slot that stayed is the k-th stayer of both lists: the others group by how many stayed before them.
  const windows: PatchWindow[] = [];
  let i = 0;
  let j = 0;
  while (i < old.length || j < now.length) {
    const keptBefore = Math.min(i < old.length ? old[i] - i : Infinity, j < now.length ? now[j] - j : Infinity);
    const oldFrom = keptBefore + i;
    const from = keptBefore + j;
    while (i < old.length && old[i] - i === keptBefore) i++;
    while (j < now.length && now[j] - j === keptBefore) j++;
    windows.push({ oldFrom, oldTo: keptBefore + i, from, to: keptBefore + j });
  }
  return windows;
}

/** Index of the first section whose header is not before header `headerIndex` (the list is in file order); -1 when one is not a record. */
function firstAfter(sections: SlotReader<Section>, headerIndex: number): number {
  let lo = 0;
  let hi = sections.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const section = sections.at(mid);
    if (!(section instanceof SectionRecord)) return -1;
    if (section.anchor.index < headerIndex) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first endpoint whose first section's order is not below `order` (endpoints are in that order). */
function firstFrom(endpoints: SlotReader<Endpoint>, order: number): number {
  let lo = 0;
  let hi = endpoints.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (endpoints.at(mid).section.order < order) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const inheritedNames = new WeakMap<ConfigModel, ReadonlySet<string>>();

/** Every name some header of the model inherits from, found or not (lower-cased), computed once per model. */
function inheritedNamesOf(model: ConfigModel): ReadonlySet<string> {
  let names = inheritedNames.get(model);
  if (!names) {
    const found = new Set<string>();
    for (const section of model.sections) for (const option of section.header.options ?? []) if (option.kind === 'inherit') found.add(option.text.toLowerCase());
    names = found;
    inheritedNames.set(model, names);
  }
  return names;
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

/** Slots [oldFrom, oldTo) of the previous model's list became slots [from, to) of the patched one's. */
export interface PatchWindow {
  readonly oldFrom: number;
  readonly oldTo: number;
  readonly from: number;
  readonly to: number;
}

/** What patchModel changed: these windows of sections and endpoints (ascending); every other slot is the previous one's. */
export interface ModelPatch {
  readonly previous: ConfigModel;
  readonly sectionWindows: readonly PatchWindow[];
  readonly endpointWindows: readonly PatchWindow[];
  /**
   * No name of a section that came or went is defined twice, before or after: the duplicate-section
   * findings are the previous ones (unitCache.ts). False when one is (only another dialect than a channel's is patched then).
   */
  readonly keepsDuplicates: boolean;
  /** The lines the changes wrote (current numbers), when headers came or went: a removed header's line may be in no section that changed. */
  readonly touchedLines?: readonly { readonly start: number; readonly end: number }[];
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
 * A model patched from another: the same as the previous one but for the sections and endpoints that
 * changed, came or went. Its section and endpoint lists are slot lists that share the previous model's
 * pieces, so an edit copies no 20k-slot array (and the previous model's lists stay as they were); `sections`
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

/** Index of `section` in `model.sections` (a binary search by order number, no array built); -1 when absent. */
export function sectionIndexOf(model: ConfigModel, section: Section): number {
  let lo = 0;
  let hi = sectionCount(model) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const candidate = sectionAt(model, mid);
    if (candidate === section) return mid;
    if (candidate.order < section.order) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** `model.endpoints.length`, likewise. */
export function endpointCount(model: ConfigModel): number {
  return model instanceof PatchedModel ? model.endpointList.length : model.endpoints.length;
}
