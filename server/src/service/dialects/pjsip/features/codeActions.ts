/**
 * Quick fixes for the pjsip rules (dialects/pjsip/rules.ts), keyed by the diagnostic's `code` = rule id
 * (STYLE.md rule 4), each a CodeAction with a WorkspaceEdit and `diagnostics: [d]` (rule 5):
 * - did-you-mean, at most three candidates, for an unknown option, an invalid enum value, an unknown
 *   `type=` and a reference to a missing object (the names come from the catalog and the model, as
 *   validatePjsip computes them; `data.candidates` is used when the diagnostic carries it);
 * - a chan_sip option whose pjsip option takes the same value under another name: renamed;
 * - create the missing aor or auth a reference names (a section appended at the end of the file);
 * - `auth=` → `outbound_auth=` where the endpoint is a provider we register to;
 * - `type=` for a section without one: the types under which every option written there is known;
 * - chan_sip `dtmfmode` / `mailbox` renamed with their values mapped (systematic, checked with Asterisk 22);
 * - a system timer Asterisk raises: set to (or add) the value it uses.
 * Each fix changes only what its title says. Suppression comments are the generic code actions' part.
 */
import { CodeActionKind, type CodeAction, type CodeActionContext, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver-types';
import { closestCandidates, insertLinesAfterEdit, isUniqueBest, lineBreakOf, type Candidate } from '../../../features/codeActionEdits';
import { generateSecret } from '../../../features/codeActionsAddOption';
import { valueColumnAt } from '../../../features/locate';
import { DIAGNOSTIC_SOURCE } from '../../../features/severity';
import type { KeyValueNode } from '../../../parser/nodes';
import { quote } from '../../../quote';
import { chanSipAdvice } from '../chanSipKeys';
import { lookupObjectType, pjsipObjectTypes } from '../objectTypes';
import { lookupPjsipOption, pjsipOptionsFor } from '../options';
import { systemTimerProblems } from '../systemTimers';
import type { PjsipObjectType } from '../types';
import { valueProblem } from '../values';
import type { PjsipFeatureContext } from './featureContext';
import { ownerOf, referenceAt, sectionAt } from './locate';

export interface PjsipCodeActionOptions {
  /** Random numbers in [0, 1) for generated passwords; defaults to Math.random (the pure service has no crypto). */
  readonly random?: () => number;
}

type Fixer = (context: PjsipFeatureContext, diagnostic: Diagnostic, random: () => number) => CodeAction[];

/**
 * chan_sip names whose pjsip option reads the same value under another name (chanSipKeys.ts names the
 * replacement): renaming the key is the whole fix, in an object of the replacement's type. The others
 * change shape (host → aor + identify, secret → auth object, outboundproxy → a URI) and get no rename.
 */
export const PLAIN_RENAMES: ReadonlySet<string> = new Set([
  'callgroup',
  'pickupgroup',
  'avpf',
  'icesupport',
  'setvar',
  'allowtransfer',
  'subscribecontext',
  'allowsubscribe',
  'rtptimeout',
  'mohsuggest',
  'contactpermit',
  'contactdeny',
  'trustrpid',
  'busylevel',
  'localnet',
  'defaultexpiry',
  'maxexpiry',
  'minexpiry',
]);

function action(context: PjsipFeatureContext, title: string, edits: TextEdit[], diagnostic: Diagnostic, isPreferred = false): CodeAction {
  const fix: CodeAction = { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [context.uri]: edits } } };
  if (isPreferred) fix.isPreferred = true;
  return fix;
}

function keyValueOn(context: PjsipFeatureContext, line: number): KeyValueNode | undefined {
  if (line < 0 || line >= context.document.lineCount) return undefined;
  const node = context.document.line(line);
  return node.kind === 'keyValue' ? node : undefined;
}

/** The object type of the section a diagnostic's line is in (an object, a `(+)` or a typed template). */
function typeAt(context: PjsipFeatureContext, line: number): PjsipObjectType | undefined {
  return ownerOf(context.model, sectionAt(context, line)).type;
}

/** Candidates the diagnostic carries (`data.candidates`), else the ones computed here. */
function candidatesOf(diagnostic: Diagnostic, computed: () => Candidate[]): Candidate[] {
  const data = diagnostic.data as { candidates?: unknown } | undefined;
  const carried = Array.isArray(data?.candidates) ? data.candidates.filter((candidate): candidate is string => typeof candidate === 'string').slice(0, 3) : undefined;
  return carried && carried.length ? carried.map((text, index) => ({ text, distance: index })) : computed();
}

function rangeOn(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

function replacements(context: PjsipFeatureContext, diagnostic: Diagnostic, range: Range, written: string, candidates: readonly Candidate[]): CodeAction[] {
  return candidates.map((candidate, index) =>
    action(context, `Change ${quote(written)} to ${quote(candidate.text)}`, [{ range, newText: candidate.text }], diagnostic, isUniqueBest(candidates, index)),
  );
}

const fixUnknownOption: Fixer = (context, diagnostic) => {
  const line = diagnostic.range.start.line;
  const node = keyValueOn(context, line);
  const type = typeAt(context, line);
  if (!node || !type) return [];
  const names = pjsipOptionsFor(type).filter((option) => !option.deprecatedBy).map((option) => option.name);
  const written = context.document.lineText(line).slice(node.keySpan.start, node.keySpan.end);
  return replacements(context, diagnostic, rangeOn(line, node.keySpan.start, node.keySpan.end), written, candidatesOf(diagnostic, () => closestCandidates(written, names)));
};

/**
 * chan_sip names renamed with their value mapped, per object type. Observed with Asterisk 22 (run.sh 22,
 * `pjsip show endpoint|aor`): dtmf_mode takes rfc4733, info, inband and auto and refuses rfc2833 and
 * shortinfo (the object is not created), so chan_sip's rfc2833 becomes rfc4733 and shortinfo (INFO
 * without a duration, which pjsip cannot send) gets no fix; mailboxes keeps the list as written, as
 * chan_sip's mailbox did (endpoint: notices sent unasked; aor: for devices that subscribe).
 */
const DTMF_MODES: ReadonlyMap<string, string> = new Map([
  ['rfc2833', 'rfc4733'],
  ['info', 'info'],
  ['inband', 'inband'],
  ['auto', 'auto'],
]);

interface MappedRename {
  readonly types: readonly PjsipObjectType[];
  readonly value: (written: string) => string | undefined;
}

export const MAPPED_RENAMES: ReadonlyMap<string, MappedRename> = new Map<string, MappedRename>([
  ['dtmfmode', { types: ['endpoint'], value: (written) => DTMF_MODES.get(written.trim().toLowerCase()) }],
  ['mailbox', { types: ['endpoint', 'aor'], value: (written) => (written.trim() ? written : undefined) }],
]);

function fixMappedRename(context: PjsipFeatureContext, diagnostic: Diagnostic, node: KeyValueNode, type: PjsipObjectType): CodeAction[] {
  const line = diagnostic.range.start.line;
  const mapping = MAPPED_RENAMES.get(node.key.trim().toLowerCase());
  const target = chanSipAdvice(type, node.key)?.replacements.find((replacement) => replacement.objectType === type);
  // A value with escapes or an inline comment: its place on the line is not exact, so it is left alone.
  if (!mapping || !target || !mapping.types.includes(type) || node.valueColumns) return [];
  const value = mapping.value(node.value);
  if (value === undefined) return [];
  const keyRange = rangeOn(line, node.keySpan.start, node.keySpan.end);
  const edits: TextEdit[] = [{ range: keyRange, newText: target.name }];
  if (value !== node.value) edits.push({ range: rangeOn(line, node.valueSpan.start, node.valueSpan.end), newText: value });
  const written = `${node.key.trim()}=${node.value.trim()}`;
  return [action(context, `Change ${quote(written)} to ${quote(`${target.name}=${value.trim()}`)} (the pjsip spelling of the same setting)`, edits, diagnostic, true)];
}

/** Sets a system timer Asterisk raises to the value it uses, or adds timer_b when only timer_t1 is written. */
const fixSystemTimer: Fixer = (context, diagnostic) => {
  const line = diagnostic.range.start.line;
  const node = keyValueOn(context, line);
  if (!node) return [];
  const problem = context.model
    .ofType('system')
    .flatMap(systemTimerProblems)
    .find((candidate) => candidate.line.source.entry?.uri === context.uri && candidate.line.source.entry.line === line && candidate.line.source.entry.node.valueSpan.start === diagnostic.range.start.character);
  if (!problem) return [];
  if (!problem.written) {
    const indentation = /^[ \t]*/.exec(context.document.lineText(line))?.[0] ?? '';
    return [action(context, `Add timer_b=${problem.raisedTo} (64 × timer_t1, what Asterisk uses)`, [insertLinesAfterEdit(context.document, line, [`${indentation}timer_b=${problem.raisedTo}`])], diagnostic, true)];
  }
  if (node.valueColumns) return [];
  const why = problem.option === 'timer_t1' ? 'the least Asterisk uses' : '64 × timer_t1, what Asterisk uses';
  return [action(context, `Set ${problem.option} to ${problem.raisedTo} (${why})`, [{ range: rangeOn(line, node.valueSpan.start, node.valueSpan.end), newText: String(problem.raisedTo) }], diagnostic, true)];
};

const fixChanSipOption: Fixer = (context, diagnostic) => {
  const line = diagnostic.range.start.line;
  const node = keyValueOn(context, line);
  const type = typeAt(context, line);
  if (node && type && MAPPED_RENAMES.has(node.key.trim().toLowerCase())) return fixMappedRename(context, diagnostic, node, type);
  if (!node || !type || !PLAIN_RENAMES.has(node.key.trim().toLowerCase())) return [];
  const targets = chanSipAdvice(type, node.key)?.replacements.filter((replacement) => replacement.objectType === type) ?? [];
  if (targets.length !== 1) return [];
  const range = rangeOn(line, node.keySpan.start, node.keySpan.end);
  return [action(context, `Rename ${quote(node.key)} to ${quote(targets[0].name)} (the pjsip name of the same option)`, [{ range, newText: targets[0].name }], diagnostic, true)];
};

const fixInvalidValue: Fixer = (context, diagnostic) => {
  const line = diagnostic.range.start.line;
  const node = keyValueOn(context, line);
  const type = typeAt(context, line);
  const option = node && type ? lookupPjsipOption(type, node.key) : undefined;
  const problem = option && node ? valueProblem(option, node.value) : undefined;
  if (!node || !problem || problem.kind !== 'invalid' || !problem.candidates.length) return [];
  const written = problem.item ?? node.value.trim();
  // The bad word of a list, or the whole value.
  let start = node.value.indexOf(written);
  if (problem.item !== undefined) {
    let offset = 0;
    for (const part of node.value.split(',')) {
      if (part.trim() === written) {
        start = offset + part.indexOf(written);
        break;
      }
      offset += part.length + 1;
    }
  }
  if (start < 0 || !written) return [];
  const range = rangeOn(line, valueColumnAt(node, start), valueColumnAt(node, start + written.length - 1) + 1);
  return replacements(context, diagnostic, range, written, candidatesOf(diagnostic, () => closestCandidates(written, problem.candidates)));
};

const fixUnknownType: Fixer = (context, diagnostic) => {
  const line = diagnostic.range.start.line;
  const node = keyValueOn(context, line);
  if (!node || node.key.trim().toLowerCase() !== 'type') return [];
  const written = node.value.trim();
  const range = rangeOn(line, node.valueSpan.start, node.valueSpan.end);
  // Asterisk compares type= exactly: `Endpoint` is one case change from the fix, which edit distance does not see.
  const lower = lookupObjectType(written.toLowerCase());
  if (lower?.fromFile) return [action(context, `Change ${quote(written)} to ${quote(lower.name)} (type= is written in lower case)`, [{ range, newText: lower.name }], diagnostic, true)];
  const names = pjsipObjectTypes.filter((entry) => entry.fromFile).map((entry) => entry.name);
  return replacements(context, diagnostic, range, written, candidatesOf(diagnostic, () => closestCandidates(written, names)));
};

const fixMissingReference: Fixer = (context, diagnostic, random) => {
  const line = diagnostic.range.start.line;
  const reference = referenceAt(context.model, context.uri, line, diagnostic.range.start.character);
  if (!reference) return [];
  const names = context.model.ofType(reference.targetType).map((object) => object.name);
  const range = rangeOn(line, reference.span.start, reference.span.end);
  const written = context.document.lineText(line).slice(reference.span.start, reference.span.end);
  const fixes = written === reference.name ? replacements(context, diagnostic, range, written, candidatesOf(diagnostic, () => closestCandidates(written, names))) : [];
  return [...fixes, ...fixCreateObject(context, diagnostic, random)];
};

/** `[name]` can be written back as a header only without `]`, `[`, `;` or blanks. */
const HEADER_SAFE = /^[^\][;\s]+$/;

/** Appends the aor or auth a reference names: a section of its own, separated by a blank line. */
const fixCreateObject: Fixer = (context, diagnostic, random) => {
  const line = diagnostic.range.start.line;
  const reference = referenceAt(context.model, context.uri, line, diagnostic.range.start.character);
  if (!reference || reference.target || !HEADER_SAFE.test(reference.name)) return [];
  const name = reference.name;
  let lines: string[];
  let title: string;
  if (reference.targetType === 'aor') {
    lines = [`[${name}]`, 'type=aor', 'max_contacts=1'];
    title = `Create aor ${quote(name)} (one device may register to it; we call it there)`;
  } else if (reference.targetType === 'auth' && reference.option === 'auth') {
    lines = [`[${name}]`, 'type=auth', 'auth_type=userpass', `username=${name}`, `password=${generateSecret(random)}`];
    title = `Create auth ${quote(name)} with a generated password (it challenges the calls of ${reference.from.type} ${quote(reference.from.name)})`;
  } else if (reference.targetType === 'auth') {
    lines = [`[${name}]`, 'type=auth', 'auth_type=userpass', `username=${name}`, '; password= the one the far end gave us (until then Asterisk does not load this auth)'];
    title = `Create auth ${quote(name)} for answering the far end's challenges (fill in its password)`;
  } else return [];
  const { document } = context;
  const lineBreak = lineBreakOf(document);
  const last = document.lineCount - 1;
  const lastText = document.lineText(last);
  const edit: TextEdit =
    lastText === ''
      ? { range: rangeOn(last, 0, 0), newText: (last > 0 && document.lineText(last - 1) !== '' ? lineBreak : '') + lines.map((text) => text + lineBreak).join('') }
      : { range: rangeOn(last, lastText.length, lastText.length), newText: lineBreak + lineBreak + lines.join(lineBreak) };
  return [action(context, title, [edit], diagnostic)];
};

const fixAuthToOutboundAuth: Fixer = (context, diagnostic) => {
  const line = diagnostic.range.start.line;
  const node = keyValueOn(context, line);
  if (!node || node.key.trim().toLowerCase() !== 'auth') return [];
  const range = rangeOn(line, node.keySpan.start, node.keySpan.end);
  return [action(context, 'Change auth= to outbound_auth= (answer the provider\'s challenges instead of challenging its calls)', [{ range, newText: 'outbound_auth' }], diagnostic, true)];
};

/** The object types under which every option of the section is known (the type the writer forgot), or the common three. */
const fixMissingType: Fixer = (context, diagnostic) => {
  const line = diagnostic.range.start.line;
  const section = sectionAt(context, line);
  if (!section || section.headerLine !== line || section.uri !== context.uri) return [];
  const keys = section.entries.map((entry) => entry.node.key);
  // A type that takes any option (phoneprov) fits everything and says nothing: only catalog names count.
  const fitting = pjsipObjectTypes.filter((entry) => entry.fromFile && !entry.anyOption && keys.every((key) => lookupPjsipOption(entry.name, key) !== undefined)).map((entry) => entry.name);
  const offered = keys.length && fitting.length <= 3 ? fitting : (['endpoint', 'aor', 'auth'] as const).filter((name) => fitting.includes(name));
  const firstOwn = section.entries.find((entry) => entry.uri === context.uri);
  const indentation = firstOwn ? /^[ \t]*/.exec(context.document.lineText(firstOwn.line))?.[0] ?? '' : '';
  return offered.map((type) =>
    action(
      context,
      keys.length ? `Add type=${type} (every option here is one of a ${type})` : `Add type=${type}`,
      [insertLinesAfterEdit(context.document, line, [`${indentation}type=${type}`])],
      diagnostic,
      offered.length === 1,
    ),
  );
};

const FIXERS: Readonly<Record<string, readonly Fixer[]>> = {
  'pjsip-missing-type': [fixMissingType],
  'pjsip-unknown-option': [fixUnknownOption],
  'pjsip-chan-sip-option': [fixChanSipOption],
  'pjsip-invalid-value': [fixInvalidValue],
  'pjsip-unknown-type': [fixUnknownType],
  'pjsip-missing-reference': [fixMissingReference],
  'pjsip-wrong-reference-type': [fixCreateObject],
  'pjsip-auth-instead-of-outbound-auth': [fixAuthToOutboundAuth],
  'pjsip-timer-too-low': [fixSystemTimer],
};

function wanted(kind: string | undefined, only: readonly string[] | undefined): boolean {
  if (!only || only.length === 0) return true;
  return kind !== undefined && only.some((prefix) => kind === prefix || kind.startsWith(`${prefix}.`));
}

export function getPjsipCodeActions(context: PjsipFeatureContext, _range: Range, actionContext: CodeActionContext, options: PjsipCodeActionOptions = {}): CodeAction[] {
  const random = options.random ?? Math.random;
  const actions: CodeAction[] = [];
  for (const diagnostic of actionContext.diagnostics ?? []) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE || typeof diagnostic.code !== 'string') continue;
    const line = diagnostic.range.start.line;
    if (line < 0 || line >= context.document.lineCount) continue;
    for (const fixer of FIXERS[diagnostic.code] ?? []) actions.push(...fixer(context, diagnostic, random));
  }
  return actions.filter((fix) => wanted(fix.kind ?? CodeActionKind.QuickFix, actionContext.only));
}
