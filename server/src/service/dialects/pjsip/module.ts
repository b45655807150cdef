/**
 * The pjsip.conf dialect: its core (core.ts: file names, the pjsip model in the Analysis), its rules, and
 * the editor features, which are the hooks of hooks.ts, each given a PjsipFeatureContext built here.
 */
import type { Analysis } from '../../analysis';
import { getSuppressionActions } from '../../features/codeActions';
import type { DialectFeatures, DialectModule } from '../dialect';
import type { PjsipFeatureContext } from './features/featureContext';
import { pjsipFeatureHooks, type PjsipFeatureHooks } from './hooks';
import { pjsipCore } from './core';
import { pjsipDiagnostics, pjsipPlacedChecks } from './diagnostics';
import { PJSIP_RULES } from './rules';

/** What a pjsip feature reads, from the document's Analysis; undefined when the Analysis is not a pjsip one. */
export function pjsipContextOf(analysis: Analysis): PjsipFeatureContext | undefined {
  const model = analysis.pjsip;
  if (!model) return undefined;
  return { uri: analysis.uri, document: analysis.document, model, ...(analysis.dialplan ? { dialplan: analysis.dialplan } : {}), settings: analysis.settings };
}

/** The module's features over a set of hooks: a hook left out, or an Analysis without a pjsip model, answers empty. */
export function pjsipFeatures(hooks: PjsipFeatureHooks): DialectFeatures {
  const empty = { isIncomplete: false, items: [] };
  return {
    hover: (analysis, position) => withContext(analysis, null, (context) => hooks.hover?.(context, position) ?? null),
    completion: (analysis, position) => withContext(analysis, empty, (context) => hooks.completion?.(context, position) ?? empty),
    inlayHints: (analysis, range) => withContext(analysis, [], (context) => hooks.inlayHints?.(context, range) ?? []),
    codeLenses: (analysis) => withContext(analysis, [], (context) => hooks.codeLenses?.(context) ?? []),
    documentSymbols: (analysis) => withContext(analysis, [], (context) => hooks.documentSymbols?.(context) ?? []),
    codeActions: (analysis, range, codeActionContext, environment) => [
      ...withContext(analysis, [], (context) => hooks.codeActions?.(context, range, codeActionContext, environment) ?? []),
      ...getSuppressionActions(analysis, codeActionContext),
    ],
    definition: (analysis, position) => withContext(analysis, [], (context) => hooks.definition?.(context, position) ?? []),
    references: (analysis, position, includeDeclaration) => withContext(analysis, [], (context) => hooks.references?.(context, position, includeDeclaration) ?? []),
    documentHighlights: (analysis, position) => withContext(analysis, [], (context) => hooks.documentHighlights?.(context, position) ?? []),
    prepareRename: (analysis, position) => withContext(analysis, null, (context) => hooks.prepareRename?.(context, position) ?? null),
    rename: (analysis, position, newName) => withContext(analysis, null, (context) => hooks.rename?.(context, position, newName) ?? null),
    semanticTokens: (analysis) => withContext(analysis, { data: [] }, (context) => hooks.semanticTokens?.(context) ?? { data: [] }),
    workspaceSymbols: (analyses, query) =>
      hooks.workspaceSymbols?.(
        analyses.flatMap((analysis) => pjsipContextOf(analysis) ?? []),
        query,
      ) ?? [],
  };
}

function withContext<T>(analysis: Analysis, fallback: T, work: (context: PjsipFeatureContext) => T): T {
  const context = pjsipContextOf(analysis);
  return context ? work(context) : fallback;
}

export const pjsipDialect: DialectModule = {
  ...pjsipCore,
  rules: Object.values(PJSIP_RULES),
  checks: pjsipDiagnostics,
  placedChecks: pjsipPlacedChecks,
  features: pjsipFeatures(pjsipFeatureHooks),
};
