/**
 * The rule table: one id end to end (STYLE.md rule 4). The id is the Diagnostic.code, the setting
 * `asterisk.lint.<id>`, the name in a suppression comment, and what quick fixes switch on.
 * Messages say what is wrong and what Asterisk will do about it.
 */
import type { ParseIssueCode, Severity } from './parser/nodes';
import { quote } from './quote';

export type RuleSetting = 'ignore' | Severity;

export interface Rule {
  readonly id: string;
  readonly defaultSeverity: Severity;
  /** True when Asterisk refuses the whole file because of it. */
  readonly fileInvalid?: boolean;
  /** True when the diagnostic marks deprecated text (LSP DiagnosticTag.Deprecated: drawn struck through). */
  readonly deprecated?: boolean;
  /** One line for the README table. */
  readonly summary: string;
  readonly message: (argument?: string) => string;
}

const REFUSED = 'Asterisk refuses the whole file and applies none of it (on reload the old configuration stays).';

export const PARSE_RULES: Readonly<Record<ParseIssueCode, Rule>> = {
  'key-before-section': {
    id: 'key-before-section',
    defaultSeverity: 'error',
    fileInvalid: true,
    summary: 'A key line before the first [section].',
    message: () => `This line comes before any [section], so it belongs to nothing. ${REFUSED}`,
  },
  'fragment-without-includer': {
    id: 'fragment-without-includer',
    defaultSeverity: 'information',
    summary: 'A file with lines before any [section] (a fragment to #include inside a section) that no sip.conf / iax.conf / pjsip.conf of its folder includes.',
    message: () =>
      'This file starts with lines outside any [section]: it is only valid when #included inside a section of another file, and no sip.conf / iax.conf / pjsip.conf in this folder includes it. Checked on its own; if Asterisk were to read it as a whole file, it would refuse it.',
  },
  'unclosed-section': {
    id: 'unclosed-section',
    defaultSeverity: 'error',
    fileInvalid: true,
    summary: 'A section header without its closing `]`.',
    message: () => `Section header without a closing ']'. ${REFUSED}`,
  },
  'unclosed-options': {
    id: 'unclosed-options',
    defaultSeverity: 'error',
    fileInvalid: true,
    summary: 'A header option list `(` without its closing `)`.',
    message: () => `Header options without a closing ')'. ${REFUSED}`,
  },
  'unknown-template': {
    id: 'unknown-template',
    defaultSeverity: 'error',
    fileInvalid: true,
    summary: 'Inheriting from a section not defined earlier in the file (or its includes).',
    message: (name) => `${quote(name ?? '')} is not defined above this line, so it cannot be inherited from (templates must come first). ${REFUSED}`,
  },
  'append-to-unknown': {
    id: 'append-to-unknown',
    defaultSeverity: 'error',
    fileInvalid: true,
    summary: '`(+)` on a section that does not exist yet (or is a template).',
    message: (name) => `'(+)' adds to an existing section, but no non-template section ${quote(name ?? '')} is defined above. ${REFUSED}`,
  },
  'empty-inherit': {
    id: 'empty-inherit',
    defaultSeverity: 'error',
    summary: 'An empty name in a header option list: `[x]()` or a trailing comma.',
    message: () => 'Empty name in the option list: Asterisk matches it against any section and silently inherits the first section of the file (usually [general]).',
  },
  'space-before-options': {
    id: 'space-before-options',
    defaultSeverity: 'error',
    summary: 'A space between `]` and `(`: the options are ignored.',
    message: (text) => `Asterisk only reads options written right after ']'; ${quote(text ?? '')} is ignored, so this section is not a template and inherits nothing.`,
  },
  'space-in-options': {
    id: 'space-in-options',
    defaultSeverity: 'error',
    fileInvalid: true,
    summary: 'Spaces inside a header option list: `(!, tpl)`.',
    message: (text) => `Asterisk does not trim names in the option list: it looks for a section named ${quote(text ?? '')} (spaces included), finds none, and ${REFUSED.charAt(0).toLowerCase()}${REFUSED.slice(1)}`,
  },
  'text-after-options': {
    id: 'text-after-options',
    defaultSeverity: 'warning',
    summary: 'Text after a section header.',
    message: (text) => `Asterisk ignores ${quote(text ?? '')} after the section header.`,
  },
  'missing-equals': {
    id: 'missing-equals',
    defaultSeverity: 'warning',
    summary: 'A line without `=`.',
    message: () => "No '=' on this line: Asterisk logs a warning and ignores the line.",
  },
  'empty-name': {
    id: 'empty-name',
    defaultSeverity: 'warning',
    summary: 'A line with a value but no option name.',
    message: () => 'No option name before the equal sign: Asterisk ignores the line.',
  },
  'invalid-escape': {
    id: 'invalid-escape',
    defaultSeverity: 'error',
    fileInvalid: true,
    summary: 'A leading backslash followed by a space or control character.',
    message: () => `A leading backslash must escape a visible character. ${REFUSED}`,
  },
  'unknown-directive': {
    id: 'unknown-directive',
    defaultSeverity: 'warning',
    summary: 'A `#directive` other than #include, #tryinclude and #exec.',
    message: (name) => `Unknown directive ${quote(`#${name ?? ''}`)}: Asterisk ignores the line (known: #include, #tryinclude, #exec).`,
  },
  'missing-directive-argument': {
    id: 'missing-directive-argument',
    defaultSeverity: 'warning',
    summary: 'A directive without its file name.',
    message: (name) => `${quote(`#${name ?? ''}`)} needs a file name; Asterisk ignores the line.`,
  },
  'stray-block-comment-end': {
    id: 'stray-block-comment-end',
    defaultSeverity: 'error',
    summary: 'A `--;` outside a block comment: the rest of the file is swallowed.',
    message: () => "'--;' closes a block comment, but none is open: Asterisk keeps the rest of this line (';' included) and treats every following line as a comment until the next ';--'.",
  },
  'unterminated-block-comment': {
    id: 'unterminated-block-comment',
    defaultSeverity: 'warning',
    summary: 'A `;--` block comment that is never closed.',
    message: () => "This ';--' block comment is never closed with '--;': everything after it, to the end of the file, is a comment.",
  },
  'block-comment-nesting': {
    id: 'block-comment-nesting',
    defaultSeverity: 'error',
    summary: 'Block comments nested deeper than 128 levels.',
    message: () => 'Block comments nest at most 128 deep; Asterisk logs an error and does not open this one.',
  },
  'line-too-long': {
    id: 'line-too-long',
    defaultSeverity: 'error',
    summary: 'A line longer than 8190 characters.',
    message: () => 'Line longer than 8190 characters: Asterisk skips it entirely.',
  },
  'duplicate-general': {
    id: 'duplicate-general',
    defaultSeverity: 'warning',
    summary: 'A second `[general]` without `(+)`.',
    message: () => "A second [general] is silently ignored by the channel driver (it reads only the first). Write [general](+) to add to the first one.",
  },
  'section-name-too-long': {
    id: 'section-name-too-long',
    defaultSeverity: 'warning',
    summary: 'A section name longer than 79 characters.',
    message: () => 'Section names are at most 79 characters: Asterisk cuts this one short.',
  },
  'empty-section-name': {
    id: 'empty-section-name',
    defaultSeverity: 'warning',
    summary: 'A section header with an empty name: `[]`.',
    message: () => 'Empty section name.',
  },
};

export function parseRule(code: ParseIssueCode): Rule {
  return PARSE_RULES[code];
}
