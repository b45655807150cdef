/**
 * Parse problems that need more than one line: what came before (sections defined so far, the first
 * section) or what comes after (an unterminated block comment). Line-local problems are on the nodes.
 */
import type { ConfigDocument } from './configDocument';
import type { ParseIssue } from './nodes';

export interface DocumentContext {
  /**
   * True when the file is included from another file at a point where a section is open: then bare
   * keys at its top belong to the includer's section (asterisk-facts.md §1.5).
   */
  readonly startsInSection?: boolean;
  /**
   * True for a fragment whose includer was not found (a file other than sip.conf / iax.conf that no root
   * of its folder includes): its lines before the first section get one `fragment-without-includer`
   * note instead of a key-before-section error each.
   */
  readonly fragment?: boolean;
  /** Sections defined before this file is read (earlier files of the same include tree). */
  readonly sectionsBefore?: ReadonlyMap<string, { readonly isTemplate: boolean }>;
}

/** Every parse issue of the document, line-local ones included, in line order. */
export function collectParseIssues(document: ConfigDocument, context: DocumentContext = {}): ParseIssue[] {
  const issues: ParseIssue[] = [];
  const defined = new Map<string, { isTemplate: boolean }>();
  if (context.sectionsBefore) for (const [name, info] of context.sectionsBefore) defined.set(name, { isTemplate: info.isTemplate });
  let inSection = context.startsInSection === true;
  let sawGeneral = context.sectionsBefore?.has('general') ?? false;
  let fragmentNoted = false;
  const lines = document.lines;
  for (let i = 0; i < lines.length; i++) {
    const node = lines[i];
    for (const issue of node.issues) issues.push({ ...issue, line: i });
    if (node.kind === 'section') {
      const lower = node.name.toLowerCase();
      for (const option of node.options ?? []) {
        if (option.kind === 'inherit' && option.text.length > 0 && !/^\s|\s$/.test(option.text)) {
          if (!defined.has(option.text.toLowerCase())) issues.push({ code: 'unknown-template', span: option.span, argument: option.text, line: i });
        }
      }
      if (node.isAppend) {
        const existing = defined.get(lower);
        if (!existing || existing.isTemplate) issues.push({ code: 'append-to-unknown', span: node.nameSpan, argument: node.name, line: i });
      }
      if (lower === 'general') {
        if (sawGeneral && !node.isAppend) issues.push({ code: 'duplicate-general', span: node.nameSpan, line: i });
        sawGeneral = true;
      }
      const previous = defined.get(lower);
      // Appending '!' turns the existing section into a template; otherwise the first definition's kind stays.
      if (!previous || node.isTemplate) defined.set(lower, { isTemplate: node.isTemplate });
      inSection = true;
    } else if ((node.kind === 'keyValue' || node.kind === 'invalid') && !inSection) {
      const span = node.kind === 'keyValue' ? { start: node.keySpan.start, end: node.valueSpan.end } : node.contentSpan;
      if (!context.fragment) issues.push({ code: 'key-before-section', span, line: i });
      else if (!fragmentNoted) issues.push({ code: 'fragment-without-includer', span, line: i });
      fragmentNoted = true;
    }
  }
  const last = lines[lines.length - 1];
  if (last && last.depthOut > 0) {
    // Report at the ';--' that last opened a comment from depth 0: the counter never came back down after it.
    let opener = lines.length - 1;
    while (opener > 0 && lines[opener].openedAt < 0) opener--;
    const start = Math.max(0, lines[opener].openedAt);
    issues.push({ code: 'unterminated-block-comment', span: { start, end: start + 3 }, line: opener });
  }
  issues.sort((a, b) => a.line - b.line || a.span.start - b.span.start);
  return issues;
}
