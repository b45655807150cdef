/**
 * Parse tree of an Asterisk .conf file (the syntax shared by sip.conf, iax.conf, extensions.conf ...).
 *
 * Asterisk's parser (main/config.c) is line based: each physical line is stripped of comments and then
 * is a section header, a directive, a key/value line or nothing. The tree mirrors that: one readonly
 * node per line. Positions inside a node are *columns* relative to the start of its line (UTF-16 code
 * units, as LSP counts them); the document keeps the line starts. That way an edit never has to touch
 * the nodes of the lines it did not change — the heart of the incremental reparse.
 */

/** A column range on one line, end exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export type ParseIssueCode =
  | 'key-before-section'
  | 'fragment-without-includer'
  | 'unclosed-section'
  | 'unclosed-options'
  | 'unknown-template'
  | 'append-to-unknown'
  | 'empty-inherit'
  | 'space-before-options'
  | 'space-in-options'
  | 'text-after-options'
  | 'missing-equals'
  | 'empty-name'
  | 'invalid-escape'
  | 'unknown-directive'
  | 'missing-directive-argument'
  | 'stray-block-comment-end'
  | 'unterminated-block-comment'
  | 'block-comment-nesting'
  | 'line-too-long'
  | 'duplicate-general'
  | 'section-name-too-long'
  | 'empty-section-name';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A problem found by the parser. `line` is filled in when issues are collected for the document. */
export interface LineIssue {
  readonly code: ParseIssueCode;
  readonly span: Span;
  /** Extra words for the message (e.g. the unknown template's name). */
  readonly argument?: string;
}

export interface ParseIssue extends LineIssue {
  readonly line: number;
}

interface LineBase {
  /** Length of the line's text, without its line break. */
  readonly length: number;
  /** Block comment nesting depth before this line (Asterisk's comment counter; -1 after a stray `--;`). */
  readonly depthIn: number;
  /** Depth after this line; equals the next line's depthIn. */
  readonly depthOut: number;
  /** Column of the last `;--` on this line that opened a block comment from depth ≤ 0 (-1: none). */
  readonly openedAt: number;
  /** Column ranges of comment text (line comments and block comment parts). */
  readonly comments: readonly Span[];
  /** Problems local to this line. */
  readonly issues: readonly LineIssue[];
}

/** `[name](options)` */
export interface SectionHeaderNode extends LineBase {
  readonly kind: 'section';
  /** The name exactly as Asterisk reads it (up to the first `]`, not trimmed). */
  readonly name: string;
  readonly nameSpan: Span;
  /** Span of the whole header, `[` to `)` or `]`. */
  readonly headerSpan: Span;
  /** Present only when `(` immediately follows `]`; Asterisk ignores anything else after `]`. */
  readonly options?: readonly HeaderOption[];
  /** Span of the text between the parentheses. */
  readonly optionsSpan?: Span;
  readonly isTemplate: boolean;
  readonly isAppend: boolean;
}

export type HeaderOptionKind = 'template' | 'append' | 'inherit';

export interface HeaderOption {
  readonly kind: HeaderOptionKind;
  /** For inherit: the base section's name; for append: the filter after `+` (may be empty). */
  readonly text: string;
  readonly span: Span;
}

export type Operator = '=' | '=>' | '+=';

/** `key = value`, `key => value`, `key += value` */
export interface KeyValueNode extends LineBase {
  readonly kind: 'keyValue';
  /** The key as Asterisk sees it (leading-backslash escape removed). Compare case-insensitively. */
  readonly key: string;
  readonly keySpan: Span;
  readonly operator: Operator;
  readonly operatorSpan: Span;
  /** The value after comment removal and `\;` unescaping, stripped. */
  readonly value: string;
  /** Columns from the first to the last character of the value (empty span right after the operator when empty). */
  readonly valueSpan: Span;
  /**
   * Column of each character of `value` when it differs from `valueSpan.start + index`
   * (only for values with `\;` escapes or inline block comments). Lets features map a position
   * inside the value text back to the line.
   */
  readonly valueColumns?: readonly number[];
}

/** `#include file`, `#tryinclude file`, `#exec command` (or an unknown `#word`). */
export interface DirectiveNode extends LineBase {
  readonly kind: 'directive';
  /** Lower-cased directive name without `#`. */
  readonly name: string;
  readonly nameSpan: Span;
  /** The argument with surrounding quotes or angle brackets removed. */
  readonly argument?: string;
  readonly argumentSpan?: Span;
}

/** A line with content Asterisk ignores: no `=`, or an empty name. */
export interface InvalidNode extends LineBase {
  readonly kind: 'invalid';
  readonly contentSpan: Span;
}

/** Empty, whitespace-only, comment-only lines, and lines inside a block comment. */
export interface TriviaNode extends LineBase {
  readonly kind: 'trivia';
}

export type LineNode = SectionHeaderNode | KeyValueNode | DirectiveNode | InvalidNode | TriviaNode;
export type LineKind = LineNode['kind'];
