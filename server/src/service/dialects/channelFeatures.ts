/**
 * The editor features of the chan_sip / chan_iax2 dialects and of any other Asterisk .conf file: the
 * features/ functions, shared by sip.conf and iax.conf. What differs between the two drivers they ask the
 * driver's channel profile (channel.ts, sip/profile.ts, iax/profile.ts); the modules answer every request
 * through this one table.
 */
import { getCodeActions } from '../features/codeActions';
import { doComplete } from '../features/completion';
import { getCodeLenses, getInlayHints } from '../features/directionHints';
import { getDocumentSymbols, getWorkspaceSymbols } from '../features/documentSymbols';
import { doHover } from '../features/hover';
import { findReferences, getDefinition, getDocumentHighlights } from '../features/navigation';
import { doRename, prepareRename } from '../features/rename';
import { getSemanticTokens } from '../features/semanticTokens';
import type { DialectFeatures } from './dialect';

export const CHANNEL_FEATURES: DialectFeatures = {
  hover: (analysis, position) => doHover(analysis, position),
  completion: (analysis, position) => doComplete(analysis, position),
  inlayHints: (analysis, range) => getInlayHints(analysis, range),
  codeLenses: (analysis) => getCodeLenses(analysis),
  documentSymbols: (analysis) => getDocumentSymbols(analysis),
  codeActions: (analysis, range, context, environment) => getCodeActions(analysis, range, context, environment),
  definition: (analysis, position) => getDefinition(analysis, position),
  references: (analysis, position, includeDeclaration) => findReferences(analysis, position, includeDeclaration),
  documentHighlights: (analysis, position) => getDocumentHighlights(analysis, position),
  prepareRename: (analysis, position) => prepareRename(analysis, position),
  rename: (analysis, position, newName) => doRename(analysis, position, newName),
  semanticTokens: (analysis) => getSemanticTokens(analysis),
  workspaceSymbols: (analyses, query) => getWorkspaceSymbols(analyses, query),
};
