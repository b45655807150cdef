/**
 * `validatePjsip`: runs the phases (phases.ts) over a pjsip model and keeps each unit's findings for the
 * next version of the model, so that a keystroke runs again only what it can have changed.
 */
import type { DialplanIndex } from '../../model/dialplan';
import { SlotList, type SlotReader } from '../../model/slotList';
import { mapLine, type ConfigDocument, type LineDelta } from '../../parser/configDocument';
import { checkRegistrations } from './directionChecks';
import { keyParts, type PjsipModel, type PjsipObject } from './model';
import { pjsipPatchOf } from './patchPjsip';
import { PHASES, type RunContext, type Unit, type UnitPhase } from './phases';
import { Collector, type PjsipIssue } from './ruleTable';
import { checkTransports } from './transportChecks';

/** A unit with issues, in its phase's order. */
export interface Found {
  readonly unit: Unit;
  readonly rank: number;
  readonly order: number;
  readonly issues: readonly PjsipIssue[];
}

/** What one validation of a model left for the next version's. */
interface CheckState {
  readonly dialplan: DialplanIndex | undefined;
  /** The include tree's documents and their shiftCounts: the cached issues name lines of that version. */
  readonly documents: readonly { readonly uri: string; readonly document: ConfigDocument; readonly shiftCount: number }[];
  /** Per unit phase, the units with issues in order: a list the next version splices (not copied per edit). */
  readonly found: readonly SlotList<Found>[];
  readonly registrations: string;
  /** The issues of the checks over every transport and every registration, in PHASES' order (new every run). */
  readonly everyRun: readonly (readonly PjsipIssue[])[];
}

/** What changed between an earlier validated version and this one. */
interface Since {
  readonly state: CheckState;
  readonly dirty: ReadonlySet<string>;
  readonly gone: ReadonlySet<Unit>;
  readonly came: readonly PjsipObject[];
  /** The line-moving edits since, per file (Enter, a line deleted): the kept issues move with their lines. */
  readonly moves: ReadonlyMap<string, readonly LineDelta[]>;
}

const states = new WeakMap<PjsipModel, CheckState>();
/** A finding moved with its line (an edit above it) → the finding as first found: its diagnostic is made once (diagnostics.ts). */
const origins = new WeakMap<PjsipIssue, PjsipIssue>();

/** The finding `issue` is a moved copy of (itself when it never moved). */
export function originOf(issue: PjsipIssue): PjsipIssue {
  return origins.get(issue) ?? issue;
}
/** How far back a version may be for its lists to be taken over. */
const MAX_CHAIN = 32;

function documentsOf(model: PjsipModel): CheckState['documents'] {
  return model.base.files.map((file) => ({ uri: file.uri, document: file.document, shiftCount: file.document.shiftCount }));
}

/** The line moves since `state` in each file, when the files are the same; undefined: not known. */
function movesSince(state: CheckState, model: PjsipModel): Map<string, readonly LineDelta[]> | undefined {
  const files = model.base.files;
  if (files.length !== state.documents.length) return undefined;
  const moves = new Map<string, readonly LineDelta[]>();
  for (let index = 0; index < files.length; index++) {
    const then = state.documents[index];
    if (files[index].document !== then.document || files[index].uri !== then.uri) return undefined;
    const shifts = then.document.shiftsSince(then.shiftCount);
    if (!shifts) return undefined;
    if (shifts.length) moves.set(then.uri, shifts);
  }
  return moves;
}

/** The state of an earlier version this model was patched from, with what changed since (undefined: start over). */
function earlierState(model: PjsipModel, dialplan: DialplanIndex | undefined): Since | undefined {
  const dirty = new Set<string>();
  const gone = new Set<Unit>();
  const came: PjsipObject[] = [];
  let current = model;
  for (let depth = 0; depth < MAX_CHAIN; depth++) {
    const patch = pjsipPatchOf(current);
    if (!patch) return undefined;
    for (const key of patch.dirty) dirty.add(key);
    for (const [old, object] of patch.replaced) {
      gone.add(old);
      came.push(object);
    }
    for (const object of patch.removed) gone.add(object);
    for (const object of patch.added) came.push(object);
    current = patch.previous;
    const state = states.get(current);
    if (!state) continue;
    const moves = state.dialplan === dialplan ? movesSince(state, model) : undefined;
    return moves ? { state, dirty, gone, came, moves } : undefined;
  }
  return undefined;
}

/**
 * Every pjsip issue of the model, in a stable order (by check, then file order). `dialplan`: the
 * extensions.conf of the same folder, for the checks that ask what a context can dial.
 *
 * Incremental: a model patched from a validated one (patchPjsip.ts) takes over its per-unit results
 * (moved with their lines when lines came or went) and runs again only the units of the rebuilt objects,
 * and of the objects they name or are named by for the checks that read those; the checks over every
 * registration or transport run each time. The result is the same as a run from scratch (a property test
 * holds it).
 */
export function validatePjsip(model: PjsipModel, dialplan?: DialplanIndex): PjsipIssue[] {
  return listOf(validated(model, dialplan)).issues.slice();
}

function validated(model: PjsipModel, dialplan: DialplanIndex | undefined): CheckState {
  const own = states.get(model);
  if (own && own.dialplan === dialplan && movesSince(own, model)?.size === 0) return own;
  const since = own ? undefined : earlierState(model, dialplan);
  return (since && validateFrom(model, dialplan, since)) ?? validateFrom(model, dialplan, undefined)!;
}

/** The validation taking over `since` (undefined: from scratch); undefined when a kept issue's line is gone. */
function validateFrom(model: PjsipModel, dialplan: DialplanIndex | undefined, since: Since | undefined): CheckState | undefined {
  const transports = new Collector();
  checkTransports(transports, model);
  const everyRegistration = new Collector();
  const registrations = checkRegistrations(everyRegistration, model);
  const run: RunContext = { model, dialplan, registrations };
  const found: SlotList<Found>[] = [];
  const steps: (PhaseStep | undefined)[] = [];
  for (const entry of PHASES) {
    if (entry === 'transports' || entry === 'registrations') continue;
    const before = since?.state.found[found.length];
    const rerunAll = !!since && entry.readsRegistrations === true && registrations.signature !== since.state.registrations;
    const step = before && since && !rerunAll ? updatePhase(entry, before, since, run) : freshPhase(entry, run, before);
    if (!step) return undefined;
    found.push(step.list);
    steps.push(step.removed && step.added ? step : undefined);
  }
  const state: CheckState = { dialplan, documents: documentsOf(model), found, registrations: registrations.signature, everyRun: [transports.issues, everyRegistration.issues] };
  states.set(model, state);
  recordChanges(state, since?.state, steps);
  return state;
}

/** The issues of `state` in order, listed when first asked for (a keystroke's changes do not need them), and whether repeats were dropped. */
function listOf(state: CheckState): { readonly issues: readonly PjsipIssue[]; readonly repeats: boolean } {
  const known = listed.get(state);
  if (known) return known;
  const lists: (readonly PjsipIssue[])[] = [];
  let phase = 0;
  let everyRun = 0;
  for (const entry of PHASES) {
    if (entry === 'transports' || entry === 'registrations') lists.push(state.everyRun[everyRun++]);
    else for (const item of state.found[phase++].toArray()) lists.push(item.issues);
  }
  // Repeats (a template line every heir reports) are reported once, where first found. Found by place
  // (a number) first, then by rule and file: no key string per issue (10k findings at 10k phones).
  const seen = new Map<number, PjsipIssue | PjsipIssue[]>();
  const issues: PjsipIssue[] = [];
  const same = (a: PjsipIssue, b: PjsipIssue): boolean => a.rule === b.rule && a.uri === b.uri && a.line === b.line && a.span.start === b.span.start;
  let repeats = 0;
  for (const list of lists) {
    for (const issue of list) {
      const place = issue.line * 65536 + Math.min(issue.span.start, 65535);
      const held = seen.get(place);
      if (held === undefined) seen.set(place, issue);
      else if (Array.isArray(held)) {
        if (held.some((other) => same(other, issue)) && ++repeats) continue;
        held.push(issue);
      } else {
        if (same(held as PjsipIssue, issue) && ++repeats) continue;
        seen.set(place, [held as PjsipIssue, issue]);
      }
      issues.push(issue);
    }
  }
  const list = { issues, repeats: repeats > 0 };
  listed.set(state, list);
  return list;
}

/** `found` with its issues moved along `moves`; undefined when one sat on a line that is gone. */
function moved(found: readonly Found[], moves: ReadonlyMap<string, readonly LineDelta[]>): Found[] | undefined {
  const result: Found[] = [];
  for (const item of found) {
    let issues: PjsipIssue[] | undefined;
    for (let index = 0; index < item.issues.length; index++) {
      const issue = item.issues[index];
      const shifts = moves.get(issue.uri);
      const line = shifts ? mapLine(issue.line, shifts) : issue.line;
      if (line === undefined) return undefined;
      if (line === issue.line && !issues) continue;
      issues ??= item.issues.slice(0, index);
      if (line === issue.line) issues.push(issue);
      else {
        // A literal, not a spread: an Enter near the top copies every finding below it.
        const copy: PjsipIssue = issue.candidates
          ? { rule: issue.rule, severity: issue.severity, uri: issue.uri, line, span: issue.span, message: issue.message, candidates: issue.candidates }
          : { rule: issue.rule, severity: issue.severity, uri: issue.uri, line, span: issue.span, message: issue.message };
        origins.set(copy, originOf(issue));
        issues.push(copy);
      }
    }
    result.push(issues ? { ...item, issues } : item);
  }
  return result;
}

function runUnit(entry: UnitPhase, unit: Unit, run: RunContext): Found | undefined {
  const out = new Collector();
  entry.check(out, unit, run);
  return out.issues.length ? { unit, rank: entry.rank(unit, run.model), order: unit.section.order, issues: out.issues } : undefined;
}

/**
 * A phase's list for this version, with what it took out of the earlier one and put in (each in list
 * order); `removed`/`added` undefined: not known (then the whole earlier list left and the whole new one came).
 */
interface PhaseStep {
  readonly list: SlotList<Found>;
  readonly removed?: readonly Found[];
  readonly added?: readonly Found[];
}

function freshPhase(entry: UnitPhase, run: RunContext, before: SlotList<Found> | undefined): PhaseStep {
  const list: Found[] = [];
  for (const unit of entry.units(run.model)) {
    const item = runUnit(entry, unit, run);
    if (item) list.push(item);
  }
  const fresh = SlotList.of(list);
  return before && before.length + list.length <= MAX_CHANGES ? { list: fresh, removed: before.toArray(), added: list } : { list: fresh };
}

/** Ordered by rank, then file order (a phase's order). */
const compareFound = (a: Found, b: Found): number => a.rank - b.rank || a.order - b.order;

/**
 * Where `unit`'s result is in a phase list (in (rank, order) order); -1: not there. A unit's rank may have
 * been worked out on an earlier model, so each run of one rank is searched by the unit's order: a few
 * binary searches (a phase has one to three ranks), not a walk.
 */
export function indexOfUnit(list: SlotReader<Found>, unit: Unit): number {
  const order = unit.section.order;
  let start = 0;
  while (start < list.length) {
    const rank = list.at(start).rank;
    let lo = start;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list.at(mid).rank <= rank) lo = mid + 1;
      else hi = mid;
    }
    const end = lo;
    lo = start;
    hi = end;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list.at(mid).order < order) lo = mid + 1;
      else hi = mid;
    }
    for (let index = lo; index < end && list.at(index).order === order; index++) if (list.at(index).unit === unit) return index;
    start = end;
  }
  return -1;
}

/** Where `item` goes in a phase list: after every result that comes before it or at its place. */
function insertionPoint(list: SlotReader<Found>, item: Found): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareFound(list.at(mid), item) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Beyond this many units run again or gone, the list is filtered and sorted rather than spliced (each splice is O(pieces + 256)). */
const MAX_SPLICES = 64;

/**
 * The earlier list without the units that changed (or read what changed), with theirs run again, in order;
 * undefined: start over. The units' results are found and put in by binary search and the list spliced: a
 * keystroke's cost does not grow with the file (issue #18). Lines that moved still move every finding below them.
 */
function updatePhase(entry: UnitPhase, before: SlotList<Found>, since: Since, run: RunContext): PhaseStep | undefined {
  const rerun = new Set<PjsipObject>();
  for (const object of since.came) if (run.model.get(object.type, object.name) === object && entry.accepts(object)) rerun.add(object);
  if (!entry.pure) {
    for (const key of since.dirty) {
      const { type, name } = keyParts(key);
      const object = run.model.get(type, name);
      if (object && entry.accepts(object)) rerun.add(object);
    }
  }
  const added: Found[] = [];
  for (const unit of rerun) {
    const item = runUnit(entry, unit, run);
    if (item) added.push(item);
  }
  added.sort(compareFound);
  let list: SlotList<Found>;
  let removed: Found[];
  if (since.moves.size || since.gone.size + rerun.size > MAX_SPLICES) {
    const all = before.toArray();
    const left = all.filter((item) => !since.gone.has(item.unit) && !rerun.has(item.unit as PjsipObject));
    removed = left.length === all.length ? [] : all.filter((item) => since.gone.has(item.unit) || rerun.has(item.unit as PjsipObject));
    // The kept results move with their lines (those run again were found at the new ones).
    const kept = since.moves.size ? moved(left, since.moves) : left;
    if (!kept) return undefined;
    const same = !added.length && !removed.length && !since.moves.size;
    list = same ? before : SlotList.of(added.length ? [...kept, ...added].sort(compareFound) : kept);
  } else {
    const at: number[] = [];
    for (const unit of since.gone) {
      const index = indexOfUnit(before, unit);
      if (index >= 0) at.push(index);
    }
    for (const unit of rerun) {
      const index = indexOfUnit(before, unit);
      if (index >= 0) at.push(index);
    }
    at.sort((a, b) => a - b);
    for (let k = at.length - 1; k > 0; k--) if (at[k] === at[k - 1]) at.splice(k, 1);
    removed = at.map((index) => before.at(index));
    if (!at.length && !added.length) list = before;
    else {
      const draft = before.draft();
      for (let k = at.length - 1; k >= 0; k--) draft.splice(at[k], 1);
      // In order, each after the results at its place (a sort keeps the earlier list's order for those).
      for (const item of added) draft.splice(insertionPoint(draft, item), 0, [item]);
      list = draft.done();
    }
  }
  return { list, removed, added };
}

/**
 * What a validation changed in the list of the validation it took over (issue #18): the findings that left
 * it (as first found: `originOf`) and those that came, new this run. A finding that only moved with its
 * line is neither: whoever keeps the earlier list placed by section moves it with its header.
 */
export interface PjsipIssueChanges {
  /** The validation they are relative to (`PjsipValidation.token`). */
  readonly from: object;
  readonly removed: readonly PjsipIssue[];
  readonly added: readonly PjsipIssue[];
}

/** A validation's list, and what changed in it since the validation it took over, when that is known. */
export interface PjsipValidation {
  /** Stands for this list: `changes.from` of a later validation relative to it. */
  readonly token: object;
  readonly changes?: PjsipIssueChanges;
  /** Every issue, as validatePjsip lists them: shared, not to be changed. */
  readonly issues: readonly PjsipIssue[];
}

/** Per validation, what it changed (when known). */
const changesOf = new WeakMap<CheckState, PjsipIssueChanges>();
/** Per validation, its issues once listed (listOf). */
const listed = new WeakMap<CheckState, { readonly issues: readonly PjsipIssue[]; readonly repeats: boolean }>();
/** Beyond this many changes a caller rebuilds its list anyway: not worth listing them. */
const MAX_CHANGES = 4096;

/**
 * validatePjsip's issues with what changed since the validation taken over. The changes assume that list
 * had no repeats (a kept finding at the place of another kept one) and that none of the findings added
 * lands at the place of one kept: the caller that keeps its list by place checks the latter on its file
 * and else asks for `issues`, which finds repeats again (and then no change is relative to this list).
 */
export function validatePjsipChanges(model: PjsipModel, dialplan?: DialplanIndex): PjsipValidation {
  const state = validated(model, dialplan);
  const changes = changesOf.get(state);
  // The list they are relative to turned out to drop repeats (when it was listed, after they were found).
  const valid = changes && listed.get(changes.from as CheckState)?.repeats !== true ? changes : undefined;
  return {
    token: state,
    ...(valid ? { changes: valid } : {}),
    get issues() {
      return listOf(state).issues;
    },
  };
}

/**
 * What `state` changed in `before`'s list, from what each phase took out and put in (the findings that
 * stayed are not read). Two findings added at one place are a repeat: then not known.
 */
function recordChanges(state: CheckState, before: CheckState | undefined, steps: readonly (PhaseStep | undefined)[]): void {
  if (!before || listed.get(before)?.repeats === true) return;
  const removed = before.everyRun.flat().map(originOf);
  // In the list's order (a caller keeps the order of findings at one place by it).
  const added: PjsipIssue[] = [];
  let phase = -1;
  let everyRun = 0;
  for (const entry of PHASES) {
    if (entry === 'transports' || entry === 'registrations') {
      for (const issue of state.everyRun[everyRun++]) added.push(issue);
      continue;
    }
    const step = steps[++phase];
    if (!step) return;
    for (const item of step.removed!) for (const issue of item.issues) removed.push(originOf(issue));
    for (const item of step.added!) for (const issue of item.issues) added.push(issue);
    if (removed.length + added.length > MAX_CHANGES) return;
  }
  const places = new Set<string>();
  for (const issue of added) {
    const place = `${issue.rule} ${issue.uri} ${issue.line} ${issue.span.start}`;
    if (places.has(place)) return;
    places.add(place);
  }
  changesOf.set(state, { from: before, removed, added });
}
