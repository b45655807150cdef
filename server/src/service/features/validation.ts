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
 *
 * Edits that move lines (issue #18): the diagnostics kept from the last run are stored relative to the
 * header of their section (rules/placedDiagnostics.ts), so the sections after an edit move with their
 * headers and no diagnostic is touched; `publishDiagnostics` gives current lines only to those published.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis';
import type { DialplanIndex } from '../model/dialplan';
import type { ConfigDocument, HeaderAnchor } from '../parser/configDocument';
import { patchOf, sectionAt } from '../model/patchModel';
import { SectionRecord } from '../model/records';
import type { ConfigModel, Section } from '../model/types';
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
import { PlacedDiagnostics } from './rules/placedDiagnostics';
import { changedLinesBetween, changedLinesOfPatch, updateUnits, PhaseList, type ModelUnits } from './rules/unitCache';
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
  /** The last run's diagnostics, before suppression, each relative to its section. */
  placed?: PlacedDiagnostics;
  /** Those of them computed afresh every run (parse issues and the file-wide checks). */
  everyRun?: readonly Diagnostic[];
  /** The document's shiftCount at the last run: whether lines moved since. */
  shiftCount?: number;
  /** The document's anchorVersion at the last run: whether the header anchors `placed` holds are still the document's. */
  anchorVersion?: number;
  /** The shiftCounts of the other files of the include tree at the last run (see `othersMoved`). */
  others?: string;
  /** The dialect's `placedChecks` token of the last run: what its next run's changes are relative to. */
  checksToken?: object;
}

/**
 * How many runs kept a dialect's findings placed from an earlier model (updated, not built): `moved`, of
 * them, those after lines moved. A test seam: the property tests check that this path is taken.
 */
export const dialectPlacedUpdates = { edits: 0, moved: 0 };

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

/** The diagnostics of the document, in document order: a new list, all of it at its current lines. */
export function doValidation(analysis: Analysis): readonly Diagnostic[] {
  const state = refresh(analysis);
  const all = state.placed!.list();
  const suppressions = state.lineIssues.suppressions();
  return suppressions.file || suppressions.lines.size ? filterSuppressed(suppressions, all) : all;
}

/**
 * What the server publishes for the document: `capDiagnostics` of `doValidation`, built from the first
 * sections only (issue #18): only those diagnostics are given their current lines, so an edit costs
 * the same at the top of a 20k-endpoint file as at its end.
 */
export function publishDiagnostics(analysis: Analysis, max = MAX_DIAGNOSTICS_PER_FILE): Diagnostic[] {
  const state = refresh(analysis);
  const placed = state.placed!;
  const suppressions = state.lineIssues.suppressions();
  // Suppressed ones do not count: the total needs every line, so the whole list is made.
  if (suppressions.file || suppressions.lines.size) return capDiagnostics(analysis, filterSuppressed(suppressions, placed.list()), max);
  const head = placed.list(max + 1);
  if (placed.total <= max) return head;
  return limited(analysis, head, placed.total, max);
}

/** Brings the document's validation state up to date with the analysis. */
function refresh(analysis: Analysis): ValidationState {
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
  // Until this run ends the cached diagnostics do not match the units (a check that throws leaves none behind).
  const previous = state.placed;
  const previousEveryRun = state.everyRun;
  const lastUnits = state.units;
  const lastModel = state.model;
  const lastChecks = state.checksToken;
  state.placed = undefined;
  state.everyRun = undefined;
  state.units = undefined;
  state.checksToken = undefined;
  // An edit that changed the line count moved the lines after it. The diagnostics kept from the last run
  // move with their sections' headers (placedDiagnostics.ts); the unit results cached by object move with
  // their lines when next used (see updateUnits).
  const shifts = state.shiftCount === undefined ? undefined : analysis.document.shiftsSince(state.shiftCount);
  // The header index was built anew (every anchor is new): what the last run placed cannot be found, so
  // its lists are built again from the units, as after moves that are not known.
  const anchorsKept = state.anchorVersion === analysis.document.anchorVersion;
  const moves = anchorsKept ? shifts : undefined;
  const moving = moves === undefined || moves.length > 0;
  const canPlace = previous !== undefined && previousEveryRun !== undefined && moves !== undefined && previous.unmovable === 0;
  let units = semantic ? updateUnits(context, lastUnits, moves, canPlace) : undefined;
  /** Whether the units' lists are the last run's (their kept diagnostics placed by `previous`). */
  let fromLast = units !== undefined && lastUnits !== undefined && moves !== undefined && (moves.length === 0 || (canPlace && patchOf(analysis.model)?.previous === lastUnits.model));
  let leaving: Set<Diagnostic> | undefined;
  if (units && fromLast && previousEveryRun) {
    leaving = new Set(previousEveryRun);
    for (const item of units.changes?.removed ?? []) leaving.add(item);
  }
  // Lines moved inside the sections the patch rebuilt: what stays there would sit at a stale offset.
  const touched = units && fromLast && moving ? touchedAnchors(analysis) : undefined;
  if (units && fromLast && moving && (!units.changes || !touched || !previous!.onlyLeaving(touched, leaving!))) {
    units = updateUnits(context, lastUnits, undefined);
    fromLast = false;
    leaving = undefined;
  }
  // After a patched edit the model says which sections' lines changed: read only those again.
  const ranges = units && shifts ? changedLinesBetween(lastUnits, units, analysis.uri) : !semantic && shifts ? changedLinesOfPatch(state.model, analysis.model, analysis.uri) : undefined;
  const definedBefore = (key: string, line: number): boolean =>
    (analysis.model.sectionsByKey.get(key) ?? []).some((section) => section.uri === analysis.uri && section.headerLine < line) ||
    analysis.documentContext.sectionsBefore?.has(key) === true;
  state.lineIssues.update(analysis.document, analysis.documentContext, ranges ? { ranges, shifts: shifts!, definedBefore } : undefined);
  state.model = analysis.model;

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
  // A unit topic's kept list is its phase list, shared with the last run's; it is read only to build anew.
  const topics: { readonly kept: readonly Diagnostic[] | PhaseList | undefined; readonly fresh: readonly Diagnostic[] | undefined; readonly everyRun?: boolean }[] = [{ kept: parse, fresh: parse, everyRun: true }];
  if (units) {
    const added = units.changes?.added;
    const everyRun = (check: () => void) => {
      const list = run(check);
      return { kept: list, fresh: list, everyRun: true };
    };
    const unitsNow = units;
    topics.push(
      everyRun(() => checkIncludes(context)),
      { kept: units.types, fresh: added?.types },
      { kept: units.duplicates, fresh: undefined },
      everyRun(() => checkChanSipRemoved(context)),
      { kept: units.endpointDirections, fresh: added?.endpointDirections },
      { kept: units.sectionDirections, fresh: added?.sectionDirections },
      everyRun(() => checkRegisters(context, () => unitsNow.hostIndex())),
      { kept: units.options, fresh: added?.options },
      everyRun(() => checkGeneralSecurity(context)),
      { kept: units.security, fresh: added?.security },
      everyRun(() => checkExecs(context)),
    );
  }
  // A dialect with checks of its own (pjsip.conf): run every time; they cache per object themselves, and
  // with `placedChecks` say what changed since the last run (its findings are then kept placed, below).
  const dialectChecks = module.placedChecks?.(analysis, lastChecks);
  const checks = module.checks;
  if (dialectChecks) topics.push({ kept: dialectChecks.everyRun, fresh: dialectChecks.everyRun, everyRun: true });
  else if (checks) {
    const list = checks(analysis);
    topics.push({ kept: list, fresh: list, everyRun: true });
  }
  const everyRunItems: Diagnostic[] = [];
  for (const topic of topics) if (topic.everyRun && topic.fresh) for (const item of topic.fresh) everyRunItems.push(item);
  const transient = new Set(everyRunItems);

  // A keystroke: the last run's diagnostics with what left taken out and what came put in (no sort of 10k items).
  let placed: PlacedDiagnostics | undefined;
  if (previous && fromLast && leaving && units?.changes) {
    const fresh: Diagnostic[] = [];
    for (const topic of topics) if (topic.fresh) for (const item of topic.fresh) fresh.push(item);
    if (previous.update(leaving, fresh, transient)) placed = previous;
  }
  // The dialect's findings: the last run's list with what the dialect says left or came (issue #18).
  const changes = dialectChecks?.changes;
  if (!placed && !units && changes && previous && previousEveryRun && moves !== undefined && (moves.length === 0 || previous.unmovable === 0)) {
    const leavingChecks = new Set(previousEveryRun);
    for (const item of changes.removed) leavingChecks.add(item);
    // Lines changed inside a section: what stays there would sit at a stale offset from its header.
    const touched = analysis.model === lastModel ? [] : patchOf(analysis.model)?.previous === lastModel ? touchedAnchors(analysis) : undefined;
    if (touched && previous.onlyLeaving(touched, leavingChecks) && previous.update(leavingChecks, [...everyRunItems, ...changes.added], transient)) {
      placed = previous;
      if (analysis.model !== lastModel) dialectPlacedUpdates.edits++;
      if (moves.length > 0) dialectPlacedUpdates.moved++;
    }
  }
  if (!placed) {
    const all: Diagnostic[] = [];
    for (const topic of topics) append(all, topic.kept);
    // A dialect's findings come after its every-run diagnostics; those that moved with their lines say where they are.
    const findings = dialectChecks?.findings();
    if (findings) for (const item of findings.items) all.push(item);
    // The last run's lists hold diagnostics at the lines of the run that computed them: placed by `previous`.
    placed = PlacedDiagnostics.build(analysis.document, all, transient, fromLast ? previous : undefined, findings?.lines);
  }
  state.units = units;
  state.shiftCount = analysis.document.shiftCount;
  state.anchorVersion = analysis.document.anchorVersion;
  state.others = others;
  state.placed = placed;
  state.everyRun = everyRunItems;
  state.checksToken = dialectChecks?.token;
  return state;
}

/**
 * The header anchors of the sections whose lines the model's patch changed (before and after it): the
 * diagnostics there cannot move with their header. Every other section's lines moved as a block.
 */
function touchedAnchors(analysis: Analysis): (HeaderAnchor | undefined)[] | undefined {
  const patch = patchOf(analysis.model);
  if (!patch) return undefined;
  const anchors: (HeaderAnchor | undefined)[] = [];
  /** False for a section that is not a record of this document (then it cannot tell). */
  const add = (section: Section): boolean => {
    if (!(section instanceof SectionRecord) || section.document !== analysis.document) return false;
    anchors.push(section.anchor);
    return true;
  };
  for (const window of patch.sectionWindows) {
    for (let index = window.oldFrom; index < window.oldTo; index++) if (!add(sectionAt(patch.previous, index))) return undefined;
    for (let index = window.from; index < window.to; index++) if (!add(sectionAt(analysis.model, index))) return undefined;
  }
  const document = analysis.document;
  for (const range of patch.touchedLines ?? []) {
    const last = document.headerIndexAt(Math.max(range.start, range.end - 1));
    for (let index = document.headerIndexAt(range.start); index <= last; index++) anchors.push(index < 0 ? undefined : document.anchorAt(index));
  }
  return anchors;
}

/**
 * What is published for a file (issue #19): at most `max` diagnostics in document order, then one
 * `analysis-limit` diagnostic where the first one left out would be, saying how many were left out (unless
 * the user switched that rule off). A new list: the validation keeps its own.
 */
export function capDiagnostics(analysis: Analysis, diagnostics: readonly Diagnostic[], max = MAX_DIAGNOSTICS_PER_FILE): Diagnostic[] {
  if (diagnostics.length <= max) return diagnostics.slice();
  return limited(analysis, diagnostics.slice(0, max + 1), diagnostics.length, max);
}

/**
 * `head` (the first `max + 1` of `total` diagnostics, a list of the caller's own) cut to `max`, with the
 * analysis-limit diagnostic in the place of the next one: written in place, not copied (issue #18).
 */
function limited(analysis: Analysis, head: Diagnostic[], total: number, max: number): Diagnostic[] {
  const at = head[max].range.start;
  const rule = SEMANTIC_RULES['analysis-limit'];
  const severity = toDiagnosticSeverity(analysis.settings.lint[rule.id], rule.defaultSeverity);
  if (severity === undefined) {
    head.length = max;
    return head;
  }
  const omitted = total - max;
  head[max] = {
    range: { start: at, end: at },
    severity,
    code: rule.id,
    source: DIAGNOSTIC_SOURCE,
    message: `${omitted} more ${omitted === 1 ? 'problem is' : 'problems are'} not shown: this file has ${total}, and at most ${max} are listed (from here on none are). Fix the ones above, or switch off rules you do not need.`,
  };
  return head;
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
  // Line by line without `lines`: that would lex every line first, most of the time before the first list
  // (issue #18); a line that surely has no issue is not lexed (its node is built by the analysis).
  const count = document.lineCount;
  for (let line = 0; line < count && found.length < max; line++) {
    for (const issue of document.lineIssues(line)) {
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
  return found.length === 0 ? found : filterSuppressed(collectSuppressions(document), found.slice(0, max));
}

function append(target: Diagnostic[], items: readonly Diagnostic[] | PhaseList | undefined): void {
  if (items instanceof PhaseList) items.forEach((item) => target.push(item));
  else if (items) for (const item of items) target.push(item);
}
