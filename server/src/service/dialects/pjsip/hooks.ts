/**
 * The hook points of the pjsip.conf editor features (issue #16). Each feature function of features/
 * takes a PjsipFeatureContext (features/featureContext.ts) and is registered here, in
 * `pjsipFeatureHooks`; the pjsip dialect module (module.ts) builds the context from the document's
 * Analysis and calls the hook. A hook left out answers empty: no hover, no items — never a sip.conf answer.
 *
 * To wire a feature: import it here and add it to `pjsipFeatureHooks`, e.g. `hover: doPjsipHover`.
 */
import type {
  CodeAction,
  CodeActionContext,
  CodeLens,
  CompletionList,
  DocumentHighlight,
  DocumentSymbol,
  Hover,
  InlayHint,
  Location,
  Position,
  Range,
} from 'vscode-languageserver-types';
import type { PrepareRenameResult, RenameAnswer } from '../dialect';
import type { PjsipFeatureContext } from './features/featureContext';

export interface PjsipFeatureHooks {
  hover?(context: PjsipFeatureContext, position: Position): Hover | null;
  completion?(context: PjsipFeatureContext, position: Position): CompletionList;
  /** Direction hints (`⇐ calls us` ...) in `range`, when the user chose inlay hints. */
  inlayHints?(context: PjsipFeatureContext, range: Range): InlayHint[];
  /** The same direction hints as code lenses, when the user chose code lenses. */
  codeLenses?(context: PjsipFeatureContext): CodeLens[];
  documentSymbols?(context: PjsipFeatureContext): DocumentSymbol[];
  /**
   * Quick fixes for the diagnostics in `codeActionContext` (their `code` is the pjsip rule id, their
   * `data` what the rule attached) and refactorings at `range`. The suppression-comment fixes
   * ("Disable pjsip-x for this line") are added by the module: do not repeat them.
   */
  codeActions?(context: PjsipFeatureContext, range: Range, codeActionContext: CodeActionContext): CodeAction[];
  definition?(context: PjsipFeatureContext, position: Position): Location[];
  references?(context: PjsipFeatureContext, position: Position, includeDeclaration: boolean): Location[];
  documentHighlights?(context: PjsipFeatureContext, position: Position): DocumentHighlight[];
  prepareRename?(context: PjsipFeatureContext, position: Position): PrepareRenameResult;
  rename?(context: PjsipFeatureContext, position: Position, newName: string): RenameAnswer;
}

/** The pjsip features wired so far. */
export const pjsipFeatureHooks: PjsipFeatureHooks = {};
