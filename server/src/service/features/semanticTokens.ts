/** Semantic tokens: what the grammar cannot know (issue #6). */
import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis';

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [], tokenModifiers: [] };

export function getSemanticTokens(_analysis: Analysis): SemanticTokens {
  return { data: [] };
}
