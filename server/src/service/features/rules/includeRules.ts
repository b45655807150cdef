/**
 * `#include` / `#tryinclude` problems found while building the include tree. Asterisk refuses the
 * whole including file when an #include fails; #tryinclude failures are silent on purpose. Limits of
 * this tool (file too large, outside the workspace) are not Asterisk's, so they get their own rule.
 */
import type { IncludeLink, IncludeProblem } from '../../model/types';
import type { RuleContext } from './ruleContext';

const REFUSED = 'Asterisk refuses the whole file and applies none of it (on reload the old configuration stays).';

function asteriskFailure(problem: IncludeProblem, link: IncludeLink): string | undefined {
  const detail = link.problemDetail ? ` (${link.problemDetail})` : '';
  const directive = `#${link.directive}`;
  switch (problem) {
    case 'missing':
      return link.directive === 'include' ? `This file does not exist${detail}: ${REFUSED} Use #tryinclude for an optional file.` : undefined;
    case 'glob-no-match':
      return link.directive === 'include' ? `No file matches this pattern: ${REFUSED} Use #tryinclude for optional files.` : undefined;
    case 'not-a-file':
      return link.directive === 'include' ? `This is not a regular file${detail}: ${REFUSED}` : undefined;
    case 'cycle':
      return `This ${directive} leads back to a file that is already being read${detail}: Asterisk reads it again and again until the ${10}-level include limit, then fails. ${link.directive === 'include' ? REFUSED : ''}`.trim();
    case 'depth':
      return `Includes nest deeper than Asterisk's 10 levels here${detail}: it logs "Maximum Include level exceeded". ${link.directive === 'include' ? REFUSED : ''}`.trim();
    case 'unreadable':
      return link.directive === 'include' ? `This file cannot be read${detail}: if Asterisk cannot read it either, ${REFUSED.charAt(0).toLowerCase()}${REFUSED.slice(1)}` : undefined;
    default:
      return undefined;
  }
}

function toolLimit(problem: IncludeProblem, link: IncludeLink): string | undefined {
  const detail = link.problemDetail ? ` (${link.problemDetail})` : '';
  switch (problem) {
    case 'too-large':
      return `Not opened: the file is too large for the editor${detail}. Its sections are not checked and do not count for this file's checks.`;
    case 'budget':
      return `Not followed: the include tree is too large to check here${detail}. Asterisk reads it, but its sections are not checked and do not count for this file's checks.`;
    case 'outside-workspace':
      return `Not opened: the file is outside the workspace${detail}. Its sections are not checked and do not count for this file's checks.`;
    case 'unreadable':
      return link.directive === 'tryinclude' ? `Not opened: the file cannot be read${detail}; Asterisk skips a #tryinclude it cannot read.` : undefined;
    default:
      return undefined;
  }
}

export function checkIncludes(context: RuleContext): void {
  for (const link of context.analysis.model.includes) {
    if (!link.problem || !context.isHere(link.uri)) continue;
    const range = { start: { line: link.line, character: link.argumentSpan.start }, end: { line: link.line, character: link.argumentSpan.end } };
    const data = { problem: link.problem, directive: link.directive };
    const failure = asteriskFailure(link.problem, link);
    if (failure) {
      context.report('include-problem', range, failure, data);
      continue;
    }
    const limit = toolLimit(link.problem, link);
    if (limit) context.report('include-not-followed', range, limit, data);
  }
}
