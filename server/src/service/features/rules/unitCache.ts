/**
 * The per-object part of the validation, cached by identity. The model reuses a Section or an Endpoint
 * object only when nothing it was built from changed, so a check that reads nothing else gives the same
 * diagnostics for the same object (in the same analysis settings: the caller keeps one cache per
 * document, settings, dialplan and dialect).
 *
 *   per endpoint: its type, its direction (context, host), insecure=invite; the hosts it names.
 *   per section:  option names and values, option direction. Besides the section these read the
 *                 endpoint of its name, whether a [general] inherits it and [general] (with its `(+)`
 *                 sections): iax its encryption line, sip its nat / tcpenable / tlsenable facts: a cached
 *                 result is kept only while those are the same too.
 *
 * From one version to the next the arrays of the model are compared by identity from both ends, so a
 * keystroke looks up only what changed instead of hashing 10k objects.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import { mapLine, type ConfigDocument, type LineDelta } from '../../parser/configDocument';
import { endpointAt, endpointCount, patchOf, sectionAt, sectionCount, sectionIndexOf, type PatchWindow } from '../../model/patchModel';
import type { ConfigModel, Endpoint, Section } from '../../model/types';
import { checkEndpointDirection, checkSectionDirections } from './directionRules';
import { basesOfGeneral, checkSectionOptions } from './optionRules';
import { hostsOf } from './registerRules';
import type { CollectingRuleContext } from './ruleContext';
import { generalSections, sipGeneralKey } from './generalDependentRules';
import { iaxGeneralEncryption } from './valueRules';
import { checkEndpointSecurity } from './securityRules';
import { checkDuplicateSections, checkEndpointType } from './typeRules';
import { inheritanceCut } from '../../model/endpoints';
import { PhaseList, type UnitList } from './phaseList';

export { PhaseList };

export interface EndpointResult {
  /** The document's shiftCount its lines are valid for (see `stamped`); moves forward when nothing in it moved. */
  stamp: number;
  readonly types: readonly Diagnostic[] | undefined;
  readonly directions: readonly Diagnostic[] | undefined;
  readonly security: readonly Diagnostic[] | undefined;
  readonly hosts: readonly string[];
}

export interface SectionResult {
  stamp: number;
  readonly endpoint: Endpoint | undefined;
  readonly templateOfGeneral: boolean;
  /** What the section's checks read of [general]: iax the section, sip a key of a few facts. */
  readonly general: GeneralKey;
  readonly directions: readonly Diagnostic[] | undefined;
  readonly options: readonly Diagnostic[] | undefined;
}

/** The unit results of one model and what they were computed against. */
export interface ModelUnits {
  readonly model: ConfigModel;
  /** Indices [from, to) of `sections` that are not the previous run's objects at the same place, ascending. */
  readonly changedSections: readonly { readonly from: number; readonly to: number }[];
  readonly types: PhaseList;
  readonly endpointDirections: PhaseList;
  readonly security: PhaseList;
  readonly sectionDirections: PhaseList;
  readonly options: PhaseList;
  readonly general: GeneralKey;
  readonly usedByGeneral: ReadonlySet<Section>;
  readonly duplicates: readonly Diagnostic[] | undefined;
  /**
   * What changed in the phase lists since the previous run, when they were spliced (not rebuilt) and
   * the duplicate-section list is the previous one: the items that left, and per topic those that came.
   */
  readonly changes: UnitChanges | undefined;
  readonly endpointCache: WeakMap<Endpoint, EndpointResult>;
  readonly sectionCache: WeakMap<Section, SectionResult>;
  /** Every host the endpoints name, with how many name it; built on first use, then kept up to date. */
  hostIndex(): ReadonlyMap<string, number>;
  /** The same index for the next version to update in place, if it was ever built. */
  hostCountsIfBuilt(): Map<string, number> | undefined;
}

/** iax: iaxGeneralKey, sip: sipGeneralKey (both compared by value, over [general] and its `(+)` sections). */
export type GeneralKey = string | undefined;

/** What iax section checks read of [general]: the value of the last line that turns encryption on (iaxGeneralEncryption; an edit in a `(+)` counts). */
export function iaxGeneralKey(generals: readonly Section[]): GeneralKey {
  return iaxGeneralEncryption(generals)?.node.value;
}

export type PhaseTopic = 'types' | 'endpointDirections' | 'sectionDirections' | 'options' | 'security';

export interface UnitChanges {
  readonly removed: readonly Diagnostic[];
  readonly added: Readonly<Record<PhaseTopic, readonly Diagnostic[]>>;
}

function flatten(middle: readonly UnitList[]): Diagnostic[] {
  const all: Diagnostic[] = [];
  for (const list of middle) if (list) for (const item of list) all.push(item);
  return all;
}

/** Runs `check` into a scratch list and keeps a copy only when it found something (most units find nothing). */
function collect(context: CollectingRuleContext, check: () => void): readonly Diagnostic[] | undefined {
  const saved = context.sink;
  const scratch: Diagnostic[] = [];
  context.sink = scratch;
  try {
    check();
  } finally {
    context.sink = saved;
  }
  return scratch.length ? scratch.slice() : undefined; // kept: without the spare room push left
}

/** A cached list no longer fits once a diagnostic in it cannot be moved with its line. */
const UNMAPPABLE = Symbol('unmappable');

/** Diagnostics known not to name a line (checked once; a moved copy says the same). */
const namesNoLine = new WeakSet<Diagnostic>();

/** Line numbers in the message or in the data (for a quick fix) would be stale after a move. */
export function mentionsLines(diagnostic: Diagnostic): boolean {
  if (namesNoLine.has(diagnostic)) return false;
  const message = typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
  if (/\bline \d/.test(message)) return true;
  const data = diagnostic.data as Record<string, unknown> | undefined;
  if (data !== undefined && typeof data === 'object' && data !== null && Object.keys(data).some((key) => /line$/i.test(key))) return true;
  namesNoLine.add(diagnostic);
  return false;
}

/**
 * `list` with every diagnostic moved along with its line across `shifts` (all of them are in the
 * analysed document): the same list when nothing moved, UNMAPPABLE when a diagnostic sat on a replaced
 * line or names a line in its text or data (any move may have changed that number).
 */
export function moveDiagnostics(list: readonly Diagnostic[] | undefined, shifts: readonly LineDelta[]): readonly Diagnostic[] | undefined | typeof UNMAPPABLE {
  if (!list) return list;
  if (shifts.length === 0) return list;
  // Lines before the first change do not move: those diagnostics need no lookup.
  let first = Infinity;
  for (const shift of shifts) first = Math.min(first, shift.startLine);
  let moved: Diagnostic[] | undefined;
  for (let index = 0; index < list.length; index++) {
    const diagnostic = list[index];
    // A line named in the text may be one that moved, even when the diagnostic's own line did not.
    if (mentionsLines(diagnostic)) return UNMAPPABLE;
    const { start, end } = diagnostic.range;
    if (start.line < first && end.line < first) {
      moved?.push(diagnostic);
      continue;
    }
    const startLine = mapLine(start.line, shifts);
    const endLine = mapLine(end.line, shifts);
    if (startLine === undefined || endLine === undefined) return UNMAPPABLE;
    if (startLine === start.line && endLine === end.line) {
      moved?.push(diagnostic);
      continue;
    }
    moved ??= list.slice(0, index);
    const copy = movedCopy(diagnostic, startLine, endLine);
    namesNoLine.add(copy);
    moved.push(copy);
  }
  return moved ?? list;
}

/**
 * `diagnostic` on other lines: the same fields in the same order (what is published reads byte for byte
 * as a from-scratch run's), the range a new object.
 */
export function movedCopy(diagnostic: Diagnostic, startLine: number, endLine: number): Diagnostic {
  const { start, end } = diagnostic.range;
  const range = { start: { line: startLine, character: start.character }, end: { line: endLine, character: end.character } };
  const copy: Record<string, unknown> = {};
  // for-in, not Object.keys: a publish after Enter copies up to 1000 of them, and the keys array is garbage.
  // Diagnostics are plain objects (nothing enumerable inherited): the same keys in the same order.
  for (const key in diagnostic) copy[key] = key === 'range' ? range : (diagnostic as unknown as Record<string, unknown>)[key];
  return copy as unknown as Diagnostic;
}

/**
 * A cached result as it reads now: computed before lines moved (an edit changed the line count), its
 * diagnostics are moved with their lines — the checks read nothing but the unit, which did not change.
 * Undefined when that cannot be done: the caller checks again.
 */
function stamped<T extends { stamp: number }>(cached: T | undefined, document: ConfigDocument, keys: readonly (keyof T)[]): T | undefined {
  if (!cached) return undefined;
  const now = document.shiftCount;
  if (cached.stamp === now) return cached;
  const shifts = shiftsFrom(document, cached.stamp);
  if (!shifts) return undefined;
  let result: T | undefined;
  for (const key of keys) {
    const list = cached[key] as readonly Diagnostic[] | undefined;
    const moved = moveDiagnostics(list, shifts);
    if (moved === UNMAPPABLE) return undefined;
    if (moved === list) continue;
    result ??= { ...cached };
    (result as Record<keyof T, unknown>)[key] = moved;
  }
  if (!result) {
    // Nothing in it moved (most units report nothing): the same result holds now.
    cached.stamp = now;
    return cached;
  }
  result.stamp = now;
  return result;
}

/** document.shiftsSince, asked once per stamp and run instead of once per unit. */
const shiftMemo = new WeakMap<ConfigDocument, { now: number; byStamp: Map<number, readonly LineDelta[] | undefined> }>();

function shiftsFrom(document: ConfigDocument, stamp: number): readonly LineDelta[] | undefined {
  const now = document.shiftCount;
  let memo = shiftMemo.get(document);
  if (!memo || memo.now !== now) {
    memo = { now, byStamp: new Map() };
    shiftMemo.set(document, memo);
  }
  if (!memo.byStamp.has(stamp)) memo.byStamp.set(stamp, document.shiftsSince(stamp));
  return memo.byStamp.get(stamp);
}

const ENDPOINT_LISTS: readonly (keyof EndpointResult)[] = ['types', 'directions', 'security'];
const SECTION_LISTS: readonly (keyof SectionResult)[] = ['directions', 'options'];

function endpointResultOf(context: CollectingRuleContext, cache: WeakMap<Endpoint, EndpointResult>, endpoint: Endpoint): EndpointResult {
  const document = context.analysis.document;
  const cached = cache.get(endpoint);
  const current = stamped(cached, document, ENDPOINT_LISTS);
  if (current) {
    if (current !== cached) cache.set(endpoint, current);
    return current;
  }
  // Templates too large to follow (see inheritanceCut): the endpoint is incomplete, its checks would be wrong.
  const cut = inheritanceCut(endpoint.section);
  const result: EndpointResult = {
    stamp: document.shiftCount,
    types: cut ? [] : collect(context, () => checkEndpointType(context, endpoint)),
    directions: cut ? [] : collect(context, () => checkEndpointDirection(context, endpoint)),
    security: cut ? [] : collect(context, () => checkEndpointSecurity(context, endpoint)),
    hosts: hostsOf(endpoint),
  };
  cache.set(endpoint, result);
  return result;
}

function sectionResultOf(
  context: CollectingRuleContext,
  cache: WeakMap<Section, SectionResult>,
  section: Section,
  endpoint: Endpoint | undefined,
  templateOfGeneral: boolean,
  general: GeneralKey,
): SectionResult {
  const document = context.analysis.document;
  const cached = cache.get(section);
  if (cached && cached.endpoint === endpoint && cached.templateOfGeneral === templateOfGeneral && cached.general === general) {
    const current = stamped(cached, document, SECTION_LISTS);
    if (current) {
      if (current !== cached) cache.set(section, current);
      return current;
    }
  }
  const result: SectionResult = {
    stamp: document.shiftCount,
    endpoint,
    templateOfGeneral,
    general,
    directions: collect(context, () => checkSectionDirections(context, section, endpoint)),
    options: collect(context, () => checkSectionOptions(context, section, endpoint, templateOfGeneral)),
  };
  cache.set(section, result);
  return result;
}

/** Lengths of the common prefix and suffix of two lists, by identity (they do not overlap). */
function commonEnds<T>(before: readonly T[], after: readonly T[]): { prefix: number; suffix: number } {
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < before.length - prefix && suffix < after.length - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  return { prefix, suffix };
}

/** Units [oldFrom, oldTo) of the previous list became units [from, to) of the new one. */
type Window = PatchWindow;

/**
 * `list` with each window's units replaced by its middle (windows ascending and disjoint): the last
 * window first, so that the old indices of the others still hold. Each costs its units and a path of the
 * tree (phaseList.ts); the rest of the list is shared with `list`.
 */
function spliceWindows(list: PhaseList, windows: readonly Window[], middles: readonly (readonly UnitList[])[]): PhaseList {
  let result = list;
  for (let index = windows.length - 1; index >= 0; index--) result = result.splice(windows[index].oldFrom, windows[index].oldTo, middles[index]);
  return result;
}

/**
 * Where `model` can differ from `previous`, as windows of both lists. A model patched from the previous
 * one says which slots (one window each), without reading, let alone copying, its lists; otherwise the
 * common prefix and suffix leave one window.
 */
function diffModels(previous: ConfigModel, model: ConfigModel): { endpoints: Window[]; sections: Window[] } {
  const patch = patchOf(model);
  if (patch && patch.previous === previous) return { endpoints: [...patch.endpointWindows], sections: [...patch.sectionWindows] };
  const window = <T>(before: readonly T[], after: readonly T[]): Window[] => {
    const { prefix, suffix } = commonEnds(before, after);
    return [{ oldFrom: prefix, oldTo: before.length - suffix, from: prefix, to: after.length - suffix }];
  };
  return { endpoints: window(previous.endpoints, model.endpoints), sections: window(previous.sections, model.sections) };
}

/** Sorted slot indices as windows of consecutive slots, each the same size before and after. */
function windowsOf(indices: readonly number[]): Window[] {
  const windows: { oldFrom: number; oldTo: number; from: number; to: number }[] = [];
  for (const index of indices) {
    const last = windows[windows.length - 1];
    if (last && index <= last.to) last.to = last.oldTo = Math.max(last.to, index + 1);
    else windows.push({ oldFrom: index, oldTo: index + 1, from: index, to: index + 1 });
  }
  return windows;
}

function sameMembers<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  if (a.size !== b.size) return false;
  for (const item of a) if (!b.has(item)) return false;
  return true;
}

/**
 * The unit results for the analysis's model, reusing `last` (the same document's last run) where identity
 * allows. `moves`: the edits that moved lines since `last` (undefined: unknown). After a move the cached
 * unit results are moved with their lines when next used. The last run's lists are kept as they are when
 * no line moved, or when the caller keeps their diagnostics relative to their sections (`placed`: see
 * placedDiagnostics.ts; their ranges then are those of the run that computed them) and the model was
 * patched from the last one; otherwise they are built again from the units.
 */
export function updateUnits(context: CollectingRuleContext, last: ModelUnits | undefined, moves: readonly LineDelta[] | undefined, placed = false): ModelUnits {
  const moved = moves === undefined || moves.length > 0;
  const model = context.analysis.model;
  const patched = last !== undefined && patchOf(model)?.previous === last.model;
  const previous = !moved || (placed && moves && patched) ? last : undefined;
  const before = previous?.model;
  const sectionsLength = sectionCount(model);
  const endpointsLength = endpointCount(model);
  const diff = before ? diffModels(before, model) : undefined;
  const endpointCache = last?.endpointCache ?? new WeakMap<Endpoint, EndpointResult>();
  const sectionCache = last?.sectionCache ?? new WeakMap<Section, SectionResult>();

  // Endpoints: a result depends on the endpoint alone, so only the windows the diff finds are looked at.
  const endpointWindows: readonly Window[] = diff ? diff.endpoints : [{ oldFrom: 0, oldTo: 0, from: 0, to: endpointsLength }];
  const changedEndpoints: EndpointResult[][] = endpointWindows.map((window) => {
    const results: EndpointResult[] = [];
    for (let index = window.from; index < window.to; index++) results.push(endpointResultOf(context, endpointCache, endpointAt(model, index)));
    return results;
  });
  const typeLists = changedEndpoints.map((results) => results.map((result) => result.types));
  const directionLists = changedEndpoints.map((results) => results.map((result) => result.directions));
  const securityLists = changedEndpoints.map((results) => results.map((result) => result.security));
  const types = spliceWindows(previous?.types ?? PhaseList.EMPTY, endpointWindows, typeLists);
  const endpointDirections = spliceWindows(previous?.endpointDirections ?? PhaseList.EMPTY, endpointWindows, directionLists);
  const security = spliceWindows(previous?.security ?? PhaseList.EMPTY, endpointWindows, securityLists);

  // The host index follows the same diff: remove what left, add what came.
  let hosts = previous?.hostCountsIfBuilt();
  if (hosts && before) {
    for (const window of endpointWindows) {
      for (let index = window.oldFrom; index < window.oldTo && hosts; index++) {
        const gone = endpointCache.get(endpointAt(before, index));
        if (gone) for (const host of gone.hosts) countHost(hosts, host, -1);
        else hosts = undefined; // never happens (every endpoint of the last run has a result); rebuilt on demand
      }
    }
    if (hosts) for (const results of changedEndpoints) for (const result of results) for (const host of result.hosts) countHost(hosts, host, 1);
  }

  // Sections: also keyed by their endpoint, [general]'s bases and what they read of [general].
  const generals = generalSections(model);
  const general: GeneralKey = context.profile.checks.againstGeneral ? sipGeneralKey(generals) : iaxGeneralKey(generals);
  const usedByGeneral = basesOfGeneral(model.sectionsByKey.get('general'));
  const diffWindows: readonly Window[] = diff ? diff.sections : [{ oldFrom: 0, oldTo: 0, from: 0, to: sectionsLength }];
  const whole: Window = { oldFrom: 0, oldTo: before ? sectionCount(before) : 0, from: 0, to: sectionsLength };
  let sectionWindows: readonly Window[];
  if (!previous || !before || previous.general !== general || !sameMembers(previous.usedByGeneral, usedByGeneral)) {
    sectionWindows = [whole];
  } else {
    // Sections whose endpoint changed (an endpoint is named by its first section's key) are checked again.
    const changedKeys = new Set<string>();
    for (const window of endpointWindows) {
      for (let index = window.oldFrom; index < window.oldTo; index++) changedKeys.add(endpointAt(before, index).section.key);
      for (let index = window.from; index < window.to; index++) changedKeys.add(endpointAt(model, index).section.key);
    }
    const extra: number[] = [];
    let all = false;
    for (const key of changedKeys) {
      for (const section of model.sectionsByKey.get(key) ?? []) {
        const index = sectionIndexOf(model, section);
        if (index < 0) all = true;
        else extra.push(index);
      }
    }
    const sameCounts = diffWindows.every((window) => window.oldFrom === window.from && window.oldTo === window.to);
    if (all) sectionWindows = [whole];
    else if (diffWindows.length > 1 && !sameCounts) {
      // A patch that added or removed sections: the extra ones must be in its windows already.
      const inside = extra.every((index) => diffWindows.some((window) => index >= window.from && index < window.to));
      sectionWindows = inside ? diffWindows : [whole];
    } else if (sameCounts) {
      const indices = [...extra];
      for (const window of diffWindows) for (let index = window.from; index < window.to; index++) indices.push(index);
      sectionWindows = windowsOf(indices.sort((a, b) => a - b));
    } else {
      // One window whose section count changed: it grows to take the extra sections in (new indices).
      const window = diffWindows[0];
      const shift = window.oldTo - window.to;
      let from = window.from;
      let to = window.to;
      for (const index of extra) {
        from = Math.min(from, index);
        to = Math.max(to, index + 1);
      }
      // Before the window the lists agree (prefix): old and new indices are the same there.
      sectionWindows = [{ oldFrom: from, oldTo: to + shift, from, to }];
    }
  }
  const changedSections: SectionResult[][] = sectionWindows.map((window) => {
    const results: SectionResult[] = [];
    for (let index = window.from; index < window.to; index++) {
      const section = sectionAt(model, index);
      results.push(sectionResultOf(context, sectionCache, section, model.endpointsByKey.get(section.key), usedByGeneral.has(section), general));
    }
    return results;
  });
  const sectionDirectionLists = changedSections.map((results) => results.map((result) => result.directions));
  const optionLists = changedSections.map((results) => results.map((result) => result.options));
  const sectionDirections = spliceWindows(previous?.sectionDirections ?? PhaseList.EMPTY, sectionWindows, sectionDirectionLists);
  const options = spliceWindows(previous?.options ?? PhaseList.EMPTY, sectionWindows, optionLists);

  // Duplicate sections read only the headers: same headers in the same places, same diagnostics (or a
  // patch that says the sections that came or went are of names defined once).
  const patch = patchOf(model);
  const keepsDuplicates = before !== undefined && patch?.previous === before && patch.keepsDuplicates;
  let headersStable = keepsDuplicates || (before !== undefined && diffWindows.every((window) => window.oldFrom === window.from && window.oldTo === window.to));
  for (const window of keepsDuplicates ? [] : diffWindows) {
    for (let index = window.from; headersStable && before && index < window.to; index++) {
      const old = sectionAt(before, index);
      const now = sectionAt(model, index);
      headersStable = old.header === now.header && old.headerLine === now.headerLine && old.uri === now.uri && old.kind === now.kind;
    }
  }
  const duplicates = headersStable && previous ? previous.duplicates : collect(context, () => checkDuplicateSections(context));

  let changes: UnitChanges | undefined;
  if (previous && duplicates === previous.duplicates) {
    const removed: Diagnostic[] = [];
    for (const window of endpointWindows) {
      for (const list of [previous.types, previous.endpointDirections, previous.security]) list.forEach((item) => removed.push(item), window.oldFrom, window.oldTo);
    }
    for (const window of sectionWindows) {
      for (const list of [previous.sectionDirections, previous.options]) list.forEach((item) => removed.push(item), window.oldFrom, window.oldTo);
    }
    const flat = (lists: readonly (readonly UnitList[])[]) => flatten(lists.flat());
    changes = {
      removed,
      added: {
        types: flat(typeLists),
        endpointDirections: flat(directionLists),
        security: flat(securityLists),
        sectionDirections: flat(sectionDirectionLists),
        options: flat(optionLists),
      },
    };
  }

  return {
    model,
    changedSections: diffWindows.map((window) => ({ from: window.from, to: window.to })),
    types,
    endpointDirections,
    security,
    sectionDirections,
    options,
    general,
    usedByGeneral,
    duplicates,
    changes,
    endpointCache,
    sectionCache,
    hostIndex() {
      if (!hosts) {
        const built = new Map<string, number>();
        for (const endpoint of model.endpoints) for (const host of endpointResultOf(context, endpointCache, endpoint).hosts) countHost(built, host, 1);
        hosts = built;
      }
      return hosts;
    },
    hostCountsIfBuilt: () => hosts,
  };
}

function countHost(hosts: Map<string, number>, host: string, delta: number): void {
  const count = (hosts.get(host) ?? 0) + delta;
  if (count > 0) hosts.set(host, count);
  else hosts.delete(host);
}

/**
 * The lines of the root document that can differ between the two models' documents, when `after` was
 * patched from `before` (patchModel swaps only the sections whose lines changed): the current lines of
 * those sections. Undefined: anything may differ.
 */
export function changedLinesBetween(before: ModelUnits | undefined, after: ModelUnits, uri: string): { start: number; end: number }[] | undefined {
  return before ? patchedLines(before.model, after.model, after.changedSections, uri) : undefined;
}

/**
 * The same for a model without units (pjsip.conf's generic base, patched by patchModel): the sections
 * of the patch's windows. Undefined: anything may differ.
 */
export function changedLinesOfPatch(previous: ConfigModel | undefined, model: ConfigModel, uri: string): { start: number; end: number }[] | undefined {
  if (!previous) return undefined;
  if (previous === model) return [];
  const patch = patchOf(model);
  return patch?.previous === previous ? patchedLines(previous, model, patch.sectionWindows, uri) : undefined;
}

function patchedLines(previous: ConfigModel, model: ConfigModel, changedSections: readonly { readonly from: number; readonly to: number }[], uri: string): { start: number; end: number }[] | undefined {
  if (previous === model) return [];
  const patch = patchOf(model);
  if (model.root.uri !== uri || patch?.previous !== previous) return undefined;
  const ranges: { start: number; end: number }[] = [...(patch.touchedLines ?? [])];
  for (const { from, to } of changedSections) {
    for (let index = from; index < to; index++) {
      const section = sectionAt(model, index);
      if (section.uri !== uri) return undefined;
      // The option lines of each; a header that came (a new node) is read too.
      const isNew = !(previous.sectionsByKey.get(section.key) ?? []).some((old) => old.header === section.header);
      ranges.push({ start: isNew ? section.headerLine : section.headerLine + 1, end: section.endLine });
    }
  }
  // Sorted and disjoint: a line is read once.
  ranges.sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else if (range.end > range.start) merged.push({ ...range });
  }
  return merged;
}
