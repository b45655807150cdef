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
  SemanticTokens,
  SymbolInformation,
} from 'vscode-languageserver-types';
import type { CodeActionEnvironment, PrepareRenameResult, RenameAnswer } from '../dialect';
import { getPjsipCodeActions } from './features/codeActions';
import { doPjsipComplete } from './features/completion';
import { getPjsipCodeLenses, getPjsipInlayHints } from './features/directionHints';
import { getPjsipDocumentSymbols, getPjsipWorkspaceSymbols } from './features/documentSymbols';
import type { PjsipFeatureContext } from './features/featureContext';
import { doPjsipHover } from './features/hover';
import { findPjsipReferences, getPjsipDefinition, getPjsipDocumentHighlights } from './features/navigation';
import { doPjsipRename, preparePjsipRename } from './features/rename';
import { getPjsipSemanticTokens } from './features/semanticTokens';

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
  codeActions?(context: PjsipFeatureContext, range: Range, codeActionContext: CodeActionContext, environment?: CodeActionEnvironment): CodeAction[];
  definition?(context: PjsipFeatureContext, position: Position): Location[];
  references?(context: PjsipFeatureContext, position: Position, includeDeclaration: boolean): Location[];
  documentHighlights?(context: PjsipFeatureContext, position: Position): DocumentHighlight[];
  prepareRename?(context: PjsipFeatureContext, position: Position): PrepareRenameResult;
  rename?(context: PjsipFeatureContext, position: Position, newName: string): RenameAnswer;
  /** Semantic tokens by object type, with the legend every language shares (features/semanticTokens.ts). */
  semanticTokens?(context: PjsipFeatureContext): SemanticTokens;
  /** The objects of the open pjsip documents' include trees matching `query`. */
  workspaceSymbols?(contexts: readonly PjsipFeatureContext[], query: string): SymbolInformation[];
}

/** The pjsip features: every hook is wired. */
export const pjsipFeatureHooks: PjsipFeatureHooks = {
  hover: doPjsipHover,
  completion: doPjsipComplete,
  inlayHints: getPjsipInlayHints,
  codeLenses: getPjsipCodeLenses,
  documentSymbols: (context) => getPjsipDocumentSymbols(context),
  // The server's random source (crypto) generates the password of a created auth.
  codeActions: (context, range, codeActionContext, environment) => getPjsipCodeActions(context, range, codeActionContext, environment?.random ? { random: environment.random } : {}),
  definition: getPjsipDefinition,
  references: findPjsipReferences,
  documentHighlights: getPjsipDocumentHighlights,
  prepareRename: preparePjsipRename,
  rename: doPjsipRename,
  semanticTokens: (context) => getPjsipSemanticTokens(context),
  workspaceSymbols: getPjsipWorkspaceSymbols,
};
