/**
 * Diagnostics: the parse issues of the document, then the semantic checks over the model (issue #5),
 * each with the user's severity, minus what suppression comments switch off. Ranges come from the
 * nodes' column spans; nothing is re-parsed here.
 *
 * Incremental (issue #9): the model reuses unchanged Section / Endpoint objects across versions, so the
 * checks that read one endpoint or one section are cached per object, and a keystroke re-runs only the
 * checks of what it changed. The checks that read many objects (duplicate sections, register-no-peer,
 * [general]'s guests) run from small indexes kept up to date with the same identity diff. The output is
 * exactly what running every check from scratch gives, in the same order (a property test holds it).
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis';
import type { DialplanIndex } from '../model/dialplan';
import type { ConfigModel } from '../model/types';
import type { ConfigDocument } from '../parser/configDocument';
import { MAX_DIAGNOSTICS_PER_FILE } from '../limits';
import { SEMANTIC_RULES } from '../lintRules';
import { parseRule } from '../rules';
import { dialectModule } from '../dialects/registry';
import type { ServiceSettings } from '../settings';
import { LineIssueIndex } from './rules/lineIssueIndex';
import { checkIncludes } from './rules/includeRules';
import { checkRegisters } from './rules/registerRules';
import { createRuleContext } from './rules/ruleContext';
import { checkExecs, checkGeneralSecurity } from './rules/securityRules';
import { checkChanSipRemoved } from './rules/typeRules';
import { changedLinesBetween, changedLinesOfPatch, moveDiagnostics, updateUnits, type ModelUnits } from './rules/unitCache';
import { DIAGNOSTIC_SOURCE, toDiagnosticSeverity } from './severity';
import { collectSuppressions, filterSuppressed } from './suppression';
import { maskSecretsInText } from './secretMask';

export { DIAGNOSTIC_SOURCE, toDiagnosticSeverity };

/** What one document's last validation left behind, valid while the inputs besides the model stay the same. */
interface ValidationState {
  readonly uri: string;
  readonly dialect: Analysis['dialect'];
  readonly settings: ServiceSettings;
  readonly dialplan: DialplanIndex | undefined;
  readonly lineIssues: LineIssueIndex;
  units?: ModelUnits;
  /** The model of the last run (for a dialect without units: its patch says which lines changed). */
  model?: ConfigModel;
  /** The last run's diagnostics in document order, before suppression. */
  sorted?: readonly Diagnostic[];
  /** Those of them computed afresh every run (parse issues and the file-wide checks). */
  everyRun?: readonly Diagnostic[];
  /** The document's shiftCount at the last run: whether lines moved since. */
  shiftCount?: number;
  /** The shiftCounts of the other files of the include tree at the last run (see `othersMoved`). */
  others?: string;
}

/** Keyed by the document object, which the server keeps (and edits) for as long as the file is open. */
const states = new WeakMap<ConfigDocument, ValidationState>();

/** The shiftCounts of the include tree's other files: when one of them moved lines, so did what a cached check may name. */
function othersOf(analysis: Analysis): string {
  let signature = '';
  for (const file of analysis.model.files) if (file.document !== analysis.document) signature += `${file.document.shiftCount},`;
  return signature;
}

function stateFor(analysis: Analysis, others: string): ValidationState {
  const found = states.get(analysis.document);
  // Lines moved in an included file (open and edited in the editor): the sections there kept their
  // objects, so the cached checks would not notice — a message naming a line there would go stale.
  if (
    found &&
    found.uri === analysis.uri &&
    found.dialect === analysis.dialect &&
    found.settings === analysis.settings &&
    found.dialplan === analysis.dialplan &&
    (found.others === undefined || found.others === others)
  ) {
    return found;
  }
  const state: ValidationState = {
    uri: analysis.uri,
    dialect: analysis.dialect,
    settings: analysis.settings,
    dialplan: analysis.dialplan,
    lineIssues: new LineIssueIndex(analysis.document, analysis.documentContext),
  };
  states.set(analysis.document, state);
  return state;
}

/** Beyond this many diagnostics to take out and put in, sorting the whole list again is as cheap. */
const MAX_SPLICED = 512;

/** The diagnostics of the document, in document order. The list is shared with the next run: do not modify it. */
export function doValidation(analysis: Analysis): readonly Diagnostic[] {
  const others = othersOf(analysis);
  const state = stateFor(analysis, others);
  const module = dialectModule(analysis.dialect);
  const semantic = module.channelChecks;
  const context = createRuleContext(analysis, analysis.dialect, []);
  /** Runs a file-wide check into its own list. */
  const run = (check: () => void): Diagnostic[] => {
    const list: Diagnostic[] = [];
    context.sink = list;
    check();
    return list;
  };
  // Until this run ends the cached list does not match the units (a check that throws leaves none behind).
  const previousSorted = state.sorted;
  const previousEveryRun = state.everyRun;
  state.sorted = undefined;
  state.everyRun = undefined;
  // An edit that changed the line count moved the lines after it: the cached results move with their
  // lines instead of being checked again (see updateUnits).
  const shifts = state.shiftCount === undefined ? undefined : analysis.document.shiftsSince(state.shiftCount);
  /** Each diagnostic moved with its line is one new object, in every list that holds it. */
  const memo = new Map<Diagnostic, Diagnostic>();
  const units = semantic ? updateUnits(context, state.units, shifts, memo) : undefined;
  // After a patched edit the model says which sections' lines changed: read only those again.
  const ranges = units && shifts ? changedLinesBetween(state.units, units, analysis.uri) : !semantic && shifts ? changedLinesOfPatch(state.model, analysis.model, analysis.uri) : undefined;
  const definedBefore = (key: string, line: number): boolean =>
    (analysis.model.sectionsByKey.get(key) ?? []).some((section) => section.uri === analysis.uri && section.headerLine < line) ||
    analysis.documentContext.sectionsBefore?.has(key) === true;
  state.lineIssues.update(analysis.document, analysis.documentContext, ranges ? { ranges, shifts: shifts!, definedBefore } : undefined);
  state.units = units;
  state.model = analysis.model;
  state.shiftCount = analysis.document.shiftCount;
  state.others = others;

  const parse: Diagnostic[] = [];
  for (const issue of state.lineIssues.parseIssues(analysis.document)) {
    if (module.parseChecksOff?.has(issue.code)) continue;
    const rule = parseRule(issue.code);
    const severity = toDiagnosticSeverity(analysis.settings.lint[rule.id], rule.defaultSeverity);
    if (severity === undefined) continue;
    parse.push({
      range: { start: { line: issue.line, character: issue.span.start }, end: { line: issue.line, character: issue.span.end } },
      severity,
      code: rule.id,
      source: DIAGNOSTIC_SOURCE,
      // The argument is text from the line (a header's trailing text): it may hold `secret=...`.
      message: rule.message(issue.argument === undefined ? undefined : maskSecretsInText(analysis.dialect, issue.argument)),
    });
  }
  // Topic by topic, in the order a from-scratch run lists them (equal positions keep this order).
  const topics: { readonly kept: readonly Diagnostic[] | undefined; readonly fresh: readonly Diagnostic[] | undefined; readonly everyRun?: boolean }[] = [{ kept: parse, fresh: parse, everyRun: true }];
  if (units) {
    const added = units.changes?.added;
    const everyRun = (check: () => void) => {
      const list = run(check);
      return { kept: list, fresh: list, everyRun: true };
    };
    topics.push(
      everyRun(() => checkIncludes(context)),
      { kept: units.types.items, fresh: added?.types },
      { kept: units.duplicates, fresh: undefined },
      everyRun(() => checkChanSipRemoved(context)),
      { kept: units.endpointDirections.items, fresh: added?.endpointDirections },
      { kept: units.sectionDirections.items, fresh: added?.sectionDirections },
      everyRun(() => checkRegisters(context, () => units.hostIndex())),
      { kept: units.options.items, fresh: added?.options },
      everyRun(() => checkGeneralSecurity(context)),
      { kept: units.security.items, fresh: added?.security },
      everyRun(() => checkExecs(context)),
    );
  }
  // A dialect with checks of its own (pjsip.conf): run every time; they cache per object themselves.
  const checks = module.checks;
  if (checks) {
    const list = checks(analysis);
    topics.push({ kept: list, fresh: list, everyRun: true });
  }
  const everyRunItems: Diagnostic[] = [];
  for (const topic of topics) if (topic.everyRun && topic.fresh) for (const item of topic.fresh) everyRunItems.push(item);

  // A keystroke: the previous list with what left taken out and what came put in (no sort of 10k items).
  let sorted: readonly Diagnostic[] | undefined;
  const changes = units?.changes;
  // After lines moved, the last list moves with them first (the same objects as the units' lists: one
  // memo); what sat on a replaced line stays as it was, to be taken out below.
  if (changes && shifts && previousSorted && previousEveryRun && changes.removed.length + previousEveryRun.length <= MAX_SPLICED) {
    const fresh: Diagnostic[] = [];
    for (const topic of topics) if (topic.fresh) for (const item of topic.fresh) fresh.push(item);
    if (fresh.length <= MAX_SPLICED) {
      if (shifts.length === 0) sorted = spliceSorted(previousSorted, [...changes.removed, ...previousEveryRun], fresh.sort(byPosition));
      else {
        const leaving = new Set<Diagnostic>(changes.removed);
        for (const item of previousEveryRun) leaving.add(item);
        const moved = moveDiagnostics(previousSorted, shifts, memo, (_index, item) => leaving.has(item));
        if (typeof moved !== 'symbol' && moved) {
          // What leaves, as it reads in the moved list (a copy when it moved).
          const gone = new Set<Diagnostic>();
          for (const item of leaving) gone.add(memo.get(item) ?? item);
          const kept = moved.filter((item) => !gone.has(item));
          if (moved.length - kept.length === gone.size) sorted = spliceSorted(kept, [], fresh.sort(byPosition));
        }
      }
    }
  }
  if (!sorted) {
    const all: Diagnostic[] = [];
    for (const topic of topics) append(all, topic.kept);
    // Checks run topic by topic; the editor and the CLI read them best in document order.
    sorted = all.sort(byPosition);
  }
  state.sorted = sorted;
  state.everyRun = everyRunItems;
  const suppressions = state.lineIssues.suppressions();
  return suppressions.file || suppressions.lines.size ? filterSuppressed(suppressions, sorted) : sorted;
}

/**
 * What is published for a file (issue #19): at most `max` diagnostics in document order, then one
 * `analysis-limit` diagnostic where the first one left out would be, saying how many were left out (unless
 * the user switched that rule off). A new list: the validation keeps its own.
 */
export function capDiagnostics(analysis: Analysis, diagnostics: readonly Diagnostic[], max = MAX_DIAGNOSTICS_PER_FILE): Diagnostic[] {
  if (diagnostics.length <= max) return diagnostics.slice();
  const shown = diagnostics.slice(0, max);
  const rule = SEMANTIC_RULES['analysis-limit'];
  const severity = toDiagnosticSeverity(analysis.settings.lint[rule.id], rule.defaultSeverity);
  if (severity === undefined) return shown;
  const omitted = diagnostics.length - max;
  const at = diagnostics[max].range.start;
  shown.push({
    range: { start: at, end: at },
    severity,
    code: rule.id,
    source: DIAGNOSTIC_SOURCE,
    message: `${omitted} more ${omitted === 1 ? 'problem is' : 'problems are'} not shown: this file has ${diagnostics.length}, and at most ${max} are listed (from here on none are). Fix the ones above, or switch off rules you do not need.`,
  });
  return shown;
}

/**
 * The first diagnostics of a large file, published before its analysis is done (issue #18): each line's own
 * syntax problems, those that need nothing but the line. Not the ones that depend on what comes before
 * or on the file that includes this one (key-before-section, the header checks): those come with the full
 * list. So it is a subset of what doValidation reports, with the same severities and suppressions, in
 * document order, capped like a published list.
 */
export function doSyntaxValidation(document: ConfigDocument, dialect: Analysis['dialect'], settings: ServiceSettings, max = MAX_DIAGNOSTICS_PER_FILE): Diagnostic[] {
  const found: Diagnostic[] = [];
  const lines = document.lines;
  for (let line = 0; line < lines.length && found.length < max; line++) {
    for (const issue of lines[line].issues) {
      const rule = parseRule(issue.code);
      const severity = toDiagnosticSeverity(settings.lint[rule.id], rule.defaultSeverity);
      if (severity === undefined) continue;
      found.push({
        range: { start: { line, character: issue.span.start }, end: { line, character: issue.span.end } },
        severity,
        code: rule.id,
        source: DIAGNOSTIC_SOURCE,
        message: rule.message(issue.argument === undefined ? undefined : maskSecretsInText(dialect, issue.argument)),
      });
    }
  }
  return filterSuppressed(collectSuppressions(document), found.slice(0, max));
}

/**
 * Whether two published lists say the same (issue #18: a list that did not change is not sent again).
 * Usually the very same objects; a list rebuilt from scratch (new settings) is compared field by field.
 */
export function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) {
    const x = a[index];
    const y = b[index];
    if (x === y) continue;
    if (
      x.range.start.line !== y.range.start.line ||
      x.range.start.character !== y.range.start.character ||
      x.range.end.line !== y.range.end.line ||
      x.range.end.character !== y.range.end.character ||
      x.severity !== y.severity ||
      x.code !== y.code ||
      x.source !== y.source ||
      JSON.stringify(x.message) !== JSON.stringify(y.message) ||
      JSON.stringify(x.data) !== JSON.stringify(y.data) ||
      JSON.stringify(x.tags) !== JSON.stringify(y.tags) ||
      JSON.stringify(x.relatedInformation) !== JSON.stringify(y.relatedInformation) ||
      JSON.stringify(x.codeDescription) !== JSON.stringify(y.codeDescription)
    ) {
      return false;
    }
  }
  return true;
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

/** First index in `sorted` whose position is not before `item`'s (lower) or is after it (upper). */
function bound(sorted: readonly Diagnostic[], item: Diagnostic, upper: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const order = byPosition(sorted[mid], item);
    if (order < 0 || (upper && order === 0)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `sorted` without `removed` (each present, by identity) and with `added` (sorted, in run order for
 * equal positions) merged in. Undefined when an added item shares its position with an item that stays:
 * their order is the topic order of a full run, which only a full sort restores.
 */
export function spliceSorted(sorted: readonly Diagnostic[], removed: readonly Diagnostic[], added: readonly Diagnostic[]): Diagnostic[] | undefined {
  const gone = new Set<number>();
  for (const item of removed) {
    let index = bound(sorted, item, false);
    while (index < sorted.length && sorted[index] !== item && byPosition(sorted[index], item) === 0) index++;
    if (index >= sorted.length || sorted[index] !== item || gone.has(index)) return undefined;
    gone.add(index);
  }
  const events: { at: number; item?: Diagnostic }[] = [];
  for (const item of added) {
    const lo = bound(sorted, item, false);
    const hi = bound(sorted, item, true);
    for (let index = lo; index < hi; index++) if (!gone.has(index)) return undefined;
    events.push({ at: hi, item });
  }
  for (const index of gone) events.push({ at: index });
  // Insertions before the removal at the same index; insertions keep their order (a stable sort).
  events.sort((a, b) => a.at - b.at || (a.item ? 0 : 1) - (b.item ? 0 : 1));
  const pieces: (readonly Diagnostic[])[] = [];
  let cursor = 0;
  for (const event of events) {
    if (event.at > cursor) pieces.push(sorted.slice(cursor, event.at));
    if (event.item) {
      pieces.push([event.item]);
      cursor = Math.max(cursor, event.at);
    } else {
      cursor = event.at + 1;
    }
  }
  if (cursor < sorted.length) pieces.push(sorted.slice(cursor));
  return ([] as Diagnostic[]).concat(...pieces);
}

function append(target: Diagnostic[], items: readonly Diagnostic[] | undefined): void {
  if (items) for (const item of items) target.push(item);
}
