/**
 * Quick fixes keyed by rule id (issue #5): each diagnostic's `code` picks its fixers (STYLE.md rule 4:
 * never the message text). Every fix is a CodeAction with a WorkspaceEdit and `diagnostics: [d]`
 * (rule 5); every asterisk diagnostic can also be silenced by a suppression comment, for its line or the file.
 */
import { CodeActionKind, type CodeAction, type CodeActionContext, type Diagnostic, type Range } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis';
import { indentationOf, insertLinesBeforeEdit, quickFix, type FixEnvironment, type Fixer } from './codeActionEdits';
import { fixAddContext, fixAddSecret, fixAddType, fixReplaceWeakSecret } from './codeActionsAddOption';
import { fixInvalidValue, fixSilentFalse, fixUnknownCodec, fixUnknownContext, fixUnknownOption, fixUnknownType } from './codeActionsDidYouMean';
import { fixMoveRegister } from './codeActionsRegister';
import {
  fixAclSpaces,
  fixAppendSeparator,
  fixDeprecatedOption,
  fixDeprecatedValue,
  fixDuplicateGeneral,
  fixRemoveDuplicate,
  fixPortInGeneral,
  fixRemoveLine,
  fixRenameToExternhost,
  fixSpaceBeforeOptions,
  fixSpaceInOptions,
  setValueFixer,
} from './codeActionsRewrite';
import { splitFriendActions } from './codeActionsSplitFriend';
import { DIAGNOSTIC_SOURCE } from './severity';
import { DISABLE_FILE, DISABLE_NEXT_LINE } from './suppression';

const FIXERS: Readonly<Record<string, readonly Fixer[]>> = {
  'unknown-option': [fixUnknownOption],
  'invalid-value': [fixInvalidValue],
  'unknown-codec': [fixUnknownCodec],
  'unknown-type': [fixUnknownType],
  'unknown-context': [fixUnknownContext],
  'silent-false': [fixSilentFalse],
  'missing-type': [fixAddType],
  'user-without-context': [fixAddContext],
  'dynamic-without-secret': [fixAddSecret],
  'weak-secret': [fixReplaceWeakSecret],
  'register-outside-general': [fixMoveRegister],
  'deprecated-option': [fixDeprecatedOption],
  'deprecated-alias': [fixDeprecatedOption],
  'option-device-only': [fixPortInGeneral],
  'address-not-numeric': [fixRenameToExternhost],
  'bad-acl': [fixAclSpaces],
  'deprecated-value': [fixDeprecatedValue],
  'duplicate-option': [fixRemoveDuplicate],
  'register-duplicate': [fixRemoveDuplicate],
  'realtime-only-option': [fixRemoveLine],
  'no-effect-option': [fixRemoveLine],
  'space-before-options': [fixSpaceBeforeOptions],
  'space-in-options': [fixSpaceInOptions],
  'duplicate-general': [fixDuplicateGeneral],
  'append-without-separator': [fixAppendSeparator],
  'alwaysauthreject-off': [setValueFixer('alwaysauthreject', 'yes', 'unknown users get the same answer as wrong passwords')],
  'autocreatepeer': [setValueFixer('autocreatepeer', 'no', 'only configured peers may register')],
  'allowguest-permissive': [setValueFixer('allowguest', 'no', 'calls from unknown callers are refused')],
};

export interface CodeActionOptions {
  /** Random numbers in [0, 1) for generated secrets; defaults to Math.random (the pure service has no crypto). */
  readonly random?: () => number;
}

/** An existing `; asterisk-conf-disable-next-line ids` comment line just above: where its id list ends. */
function existingSuppressionEnd(analysis: Analysis, line: number): number | undefined {
  if (line <= 0) return undefined;
  const match = new RegExp(`^\\s*;\\s*${DISABLE_NEXT_LINE}(?![\\w-])[^;]*`).exec(analysis.document.lineText(line - 1));
  if (!match || !match[0].slice(match[0].indexOf(DISABLE_NEXT_LINE) + DISABLE_NEXT_LINE.length).trim()) return undefined;
  return match[0].trimEnd().length;
}

function suppressionFixes(analysis: Analysis, diagnostic: Diagnostic, id: string): CodeAction[] {
  const { document } = analysis;
  const line = diagnostic.range.start.line;
  const end = existingSuppressionEnd(analysis, line);
  const nextLine =
    end === undefined
      ? insertLinesBeforeEdit(document, line, [`${indentationOf(document.lineText(line))}; ${DISABLE_NEXT_LINE} ${id}`])
      : { range: { start: { line: line - 1, character: end }, end: { line: line - 1, character: end } }, newText: `, ${id}` };
  return [
    quickFix(analysis, `Disable ${id} for this line`, [nextLine], diagnostic),
    quickFix(analysis, `Disable ${id} for this file`, [insertLinesBeforeEdit(document, 0, [`; ${DISABLE_FILE} ${id}`])], diagnostic),
  ];
}

function wanted(kind: string | undefined, only: readonly string[] | undefined): boolean {
  if (!only || only.length === 0) return true;
  return kind !== undefined && only.some((prefix) => kind === prefix || kind.startsWith(`${prefix}.`));
}

export function getCodeActions(analysis: Analysis, range: Range, context: CodeActionContext, options: CodeActionOptions = {}): CodeAction[] {
  const environment: FixEnvironment = { random: options.random ?? Math.random };
  const actions: CodeAction[] = [];
  for (const diagnostic of context.diagnostics ?? []) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE || typeof diagnostic.code !== 'string') continue;
    const line = diagnostic.range.start.line;
    if (line < 0 || line >= analysis.document.lineCount) continue;
    for (const fixer of FIXERS[diagnostic.code] ?? []) actions.push(...fixer(analysis, diagnostic, environment));
    actions.push(...suppressionFixes(analysis, diagnostic, diagnostic.code));
  }
  actions.push(...splitFriendActions(analysis, range));
  return actions.filter((action) => wanted(action.kind ?? CodeActionKind.QuickFix, context.only));
}

/**
 * Only the suppression-comment fixes ("Disable <rule> for this line / file") for the diagnostics of the
 * context: what a dialect without quick fixes of its own still offers (pjsip.conf, dialects/pjsip/module.ts).
 */
export function getSuppressionActions(analysis: Analysis, context: CodeActionContext): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of context.diagnostics ?? []) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE || typeof diagnostic.code !== 'string') continue;
    const line = diagnostic.range.start.line;
    if (line < 0 || line >= analysis.document.lineCount) continue;
    actions.push(...suppressionFixes(analysis, diagnostic, diagnostic.code));
  }
  return actions.filter((action) => wanted(action.kind ?? CodeActionKind.QuickFix, context.only));
}
