/** #include paths as links (issue #6). */
import type { DocumentLink } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis';

export function getDocumentLinks(_analysis: Analysis): DocumentLink[] {
  return [];
}
