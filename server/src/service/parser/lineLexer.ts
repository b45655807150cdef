/**
 * Lexes one physical line the way main/config.c does (asterisk-facts.md §1): strip comments with the
 * block-comment counter carried over from the previous line, then classify what is left.
 *
 * The result depends only on (text, depthIn, isFirstLine); that is what makes the incremental
 * reparse possible: a line whose text and incoming depth did not change lexes to the same node.
 */
import type {
  DirectiveNode,
  HeaderOption,
  HeaderOptionKind,
  InvalidNode,
  KeyValueNode,
  LineIssue,
  LineNode,
  Operator,
  SectionHeaderNode,
  Span,
  TriviaNode,
} from './nodes';

/** Asterisk reads lines with fgets into an 8192 byte buffer: content of 8191+ bytes is skipped. */
export const MAX_LINE_LENGTH = 8190;
/** MAX_NESTED_COMMENTS in main/config.c. */
export const MAX_COMMENT_NESTING = 128;
/** `char name[80]` of a category. */
export const MAX_SECTION_NAME_LENGTH = 79;

const KNOWN_DIRECTIVES = new Set(['include', 'tryinclude', 'exec']);


function isSpace(code: number): boolean {
  // C isspace(): space, \t, \n, \v, \f, \r
  return code === 32 || (code >= 9 && code <= 13);
}

/** Content of a line after comment removal, with a way back to the line's columns. */
interface Content {
  readonly text: string;
  /** Column of each character; undefined when the content is one contiguous piece starting at `base`. */
  readonly columns: number[] | undefined;
  readonly base: number;
}

function columnOf(content: Content, index: number): number {
  return content.columns ? content.columns[index] : content.base + index;
}

/** First column of content[start, end) as spanOf gives it, without allocating the span. */
function spanStart(content: Content, start: number, end: number): number {
  if (end <= start) return start > 0 ? columnOf(content, start - 1) + 1 : columnOf(content, 0);
  return columnOf(content, start);
}

/** End column (exclusive) of content[start, end) as spanOf gives it. */
function spanEnd(content: Content, start: number, end: number): number {
  if (end <= start) return start > 0 ? columnOf(content, start - 1) + 1 : columnOf(content, 0);
  return columnOf(content, end - 1) + 1;
}

/**
 * Short keys and values repeat all over a file (`type`, `host`, `dynamic`, `yes`): the last string seen
 * for a (first char, last char, length) slot is handed out again when the text matches, so 60k lines
 * of a 10k-endpoint file do not allocate (and keep) 60k copies of "context".
 */
const RECENT = new Array<string>(1024).fill('');
const MAX_SHARED_LENGTH = 24;

function sliceShared(text: string, start: number, end: number): string {
  const length = end - start;
  if (length === 0) return '';
  if (length > MAX_SHARED_LENGTH) return text.slice(start, end);
  const slot = (text.charCodeAt(start) * 31 + text.charCodeAt(end - 1) * 7 + length) & 1023;
  const recent = RECENT[slot];
  if (recent.length === length && text.startsWith(recent, start)) return recent;
  const fresh = text.slice(start, end);
  RECENT[slot] = fresh;
  return fresh;
}

/** Column span of content[start, end). */
function spanOf(content: Content, start: number, end: number): Span {
  if (end <= start) {
    // Empty: anchor right after the previous character (or at the start).
    const at = start > 0 ? columnOf(content, start - 1) + 1 : columnOf(content, 0);
    return { start: at, end: at };
  }
  return { start: columnOf(content, start), end: columnOf(content, end - 1) + 1 };
}

function skipSpace(text: string, start: number, end: number): number {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  return start;
}

function skipSpaceBack(text: string, start: number, end: number): number {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

interface Stripped {
  content: Content;
  depthOut: number;
  openedAt: number;
  comments: readonly Span[];
  issues: readonly LineIssue[];
}

const EMPTY_SPANS: readonly Span[] = [];
const EMPTY_ISSUES: readonly LineIssue[] = [];

/**
 * The comment-stripping loop of config_text_file_load (config.c L2550-2614), on columns.
 * Kept text is collected as segments; `\;` drops its backslash.
 */
function stripComments(text: string, from: number, depthIn: number): Stripped {
  // (lexLine handles the common line — depth 0, no ';' — without coming here.)
  const issues: LineIssue[] = [];
  const segments: number[] = []; // pairs [start, end)
  const escapes: number[] = []; // columns of removed backslashes
  let depth = depthIn;
  let openedAt = -1;
  let segmentStart = depth === 0 ? from : -1;
  let pos = from;
  for (;;) {
    const i = text.indexOf(';', pos);
    if (i < 0) break;
    if (i > pos && text.charCodeAt(i - 1) === 92 /* \ */) {
      if (segmentStart >= 0) escapes.push(i - 1);
      pos = i + 1;
    } else if (text.charCodeAt(i + 1) === 45 && text.charCodeAt(i + 2) === 45 && text.charCodeAt(i + 3) !== 45) {
      // ";--" opens a block comment (";---" does not).
      if (depth < MAX_COMMENT_NESTING) {
        if (segmentStart >= 0) {
          segments.push(segmentStart, i);
          segmentStart = -1;
        }
        if (depth <= 0 && depth + 1 > 0) openedAt = i;
        depth++;
        pos = i + 3;
      } else {
        issues.push({ code: 'block-comment-nesting', span: { start: i, end: i + 3 } });
        pos = i + 1;
      }
    } else if (i >= pos + 2 && text.charCodeAt(i - 1) === 45 && text.charCodeAt(i - 2) === 45) {
      // "--;" closes — even when no block comment is open (then the counter goes negative).
      depth--;
      pos = i + 1;
      if (depth === 0) {
        segmentStart = i + 1;
      } else if (depth < 0 && depthIn >= 0) {
        issues.push({ code: 'stray-block-comment-end', span: { start: i - 2, end: i + 1 } });
      }
    } else if (depth === 0) {
      // A plain ';' ends the line's content.
      if (segmentStart >= 0) {
        segments.push(segmentStart, i);
        segmentStart = -1;
      }
      break;
    } else {
      pos = i + 1;
    }
  }
  if (segmentStart >= 0) segments.push(segmentStart, text.length);

  // Build the content string; keep a column map only when it is not one contiguous piece.
  let content: Content;
  if (segments.length === 0) {
    content = { text: '', columns: undefined, base: from };
  } else if (segments.length === 2 && escapes.length === 0) {
    content = { text: text.slice(segments[0], segments[1]), columns: undefined, base: segments[0] };
  } else {
    const columns: number[] = [];
    let built = '';
    let e = 0;
    for (let s = 0; s < segments.length; s += 2) {
      for (let c = segments[s]; c < segments[s + 1]; c++) {
        while (e < escapes.length && escapes[e] < c) e++;
        if (e < escapes.length && escapes[e] === c) continue;
        columns.push(c);
      }
    }
    for (const c of columns) built += text[c];
    content = { text: built, columns, base: segments[0] };
  }

  // Comments: what is neither kept text nor whitespace, i.e. the complement of the segments (the list is
  // copied to its size at the end: one grown by push keeps room for 16 more).
  const comments: Span[] = [];
  let cursor = from;
  for (let s = 0; s <= segments.length; s += 2) {
    const end = s < segments.length ? segments[s] : text.length;
    if (end > cursor) {
      const a = skipSpace(text, cursor, end);
      const b = skipSpaceBack(text, a, end);
      if (b > a) comments.push({ start: a, end: b });
    }
    if (s < segments.length) cursor = segments[s + 1];
  }
  return { content, depthOut: depth, openedAt, comments: comments.length ? comments.slice() : EMPTY_SPANS, issues: issues.length ? issues : EMPTY_ISSUES };
}

/** What `scanLine` returns for a line it cannot judge without lexing it (`lexLine` must). */
export const NEEDS_LEX = -1;
/** `scanLine`: a line that is not a section header (and leaves the block comment depth at 0). */
export const PLAIN_LINE_SCAN = 0;
/** `scanLine`: a section header (and the depth stays 0). */
export const HEADER_LINE_SCAN = 1;
/** Lines at least this long are left to lexLine (it knows where Asterisk cuts them). */
const SCAN_MAX_LENGTH = 8000;

/**
 * The part of lexLine a whole-file parse needs for every line, without building anything: whether the
 * line is a section header, for a line that starts and ends outside a block comment. Lines it cannot
 * judge that cheaply (inside or opening a block comment, `\;`, `--;`, the first line, very long lines)
 * give NEEDS_LEX. For every other line, `lexLine(text, 0, false, eol)` has depthOut 0 and is a
 * section node exactly when this says HEADER_LINE_SCAN (a property test holds the two together).
 */
export function scanLine(text: string, depthIn: number, isFirstLine: boolean): number {
  if (depthIn !== 0 || isFirstLine || text.length >= SCAN_MAX_LENGTH) return NEEDS_LEX;
  let end = text.indexOf(';');
  if (end < 0) {
    end = text.length;
  } else {
    const before = end > 0 ? text.charCodeAt(end - 1) : 0;
    // `\;` is kept text, `;-` may open a block comment, `-;` may close one: lexLine decides.
    if (before === 92 /* \ */ || before === 45 /* - */ || text.charCodeAt(end + 1) === 45) return NEEDS_LEX;
  }
  let at = 0;
  while (at < end && isSpace(text.charCodeAt(at))) at++;
  return at < end && text.charCodeAt(at) === 91 /* [ */ ? HEADER_LINE_SCAN : PLAIN_LINE_SCAN;
}

/**
 * Whether a line `scanLine` judged (not NEEDS_LEX) surely lexes with no issue, told without lexing it: a
 * blank or comment line, a `key=value` with a name, or a well-formed header (`[name]`, `[name](a,!,+b)`, a
 * name of 1 to MAX_SECTION_NAME_LENGTH characters, options without spaces or empty ones, nothing after).
 * False means "lex it to know" (a directive, an escaped key, anything unusual). What opening a large file
 * publishes first reads it, so as not to lex every line before the analysis does (issue #18); a property
 * test holds it to lexLine.
 */
export function scannedLineHasNoIssues(text: string): boolean {
  let end = text.indexOf(';');
  if (end < 0) end = text.length;
  let at = 0;
  while (at < end && isSpace(text.charCodeAt(at))) at++;
  if (at >= end) return true;
  const first = text.charCodeAt(at);
  if (first === 35 /* # */ || first === 92 /* \ */) return false;
  if (first !== 91 /* [ */) {
    const eq = text.indexOf('=', at);
    if (eq < 0 || eq >= end) return false;
    const opStart = text.charCodeAt(eq - 1) === 43 /* + */ ? eq - 1 : eq;
    return at < opStart;
  }
  const close = text.indexOf(']', at + 1);
  if (close < 0 || close >= end) return false;
  const nameLength = close - at - 1;
  if (nameLength === 0 || nameLength > MAX_SECTION_NAME_LENGTH) return false;
  let rest = close + 1;
  if (rest < end && text.charCodeAt(rest) === 40 /* ( */) {
    const closeParen = text.indexOf(')', rest + 1);
    if (closeParen < 0 || closeParen >= end || closeParen === rest + 1) return false;
    let previous = 44; /* , */
    for (let c = rest + 1; c < closeParen; c++) {
      const code = text.charCodeAt(c);
      if (code <= 32 || (code === 44 && previous === 44)) return false;
      previous = code;
    }
    if (previous === 44) return false;
    rest = closeParen + 1;
  }
  while (rest < end && isSpace(text.charCodeAt(rest))) rest++;
  return rest >= end;
}

export function lexLine(text: string, depthIn: number, isFirstLine: boolean, eolLength: number): LineNode {
  const from = isFirstLine && text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // fgets counts the '\r' of a CRLF line as content.
  const physicalLength = text.length + (eolLength === 2 ? 1 : 0);
  if (physicalLength > MAX_LINE_LENGTH) {
    const issues = [{ code: 'line-too-long' as const, span: { start: from, end: Math.min(text.length, from + 32) } }];
    return new TriviaLine(text.length, { depthIn, depthOut: depthIn, openedAt: -1, comments: EMPTY_SPANS, issues, valueColumns: undefined });
  }
  // Most lines have no ';' and start outside a block comment: nothing to strip, nothing allocated.
  // `line` and the plain content are scratch objects: every node copies what it keeps from them.
  let content: Content;
  const line = SCRATCH_LINE;
  line.length = text.length;
  line.depthIn = depthIn;
  if (depthIn === 0 && text.indexOf(';', from) < 0) {
    SCRATCH_CONTENT.text = from === 0 ? text : text.slice(from);
    SCRATCH_CONTENT.base = from;
    content = SCRATCH_CONTENT;
    line.depthOut = 0;
    line.openedAt = -1;
    line.comments = EMPTY_SPANS;
    line.issues = EMPTY_ISSUES;
  } else {
    const stripped = stripComments(text, from, depthIn);
    content = stripped.content;
    line.depthOut = stripped.depthOut;
    line.openedAt = stripped.openedAt;
    line.comments = stripped.comments;
    line.issues = stripped.issues;
  }
  const start = skipSpace(content.text, 0, content.text.length);
  const end = skipSpaceBack(content.text, start, content.text.length);
  if (start === end) return new TriviaLine(line.length, extrasOf(line, undefined));
  const first = content.text.charCodeAt(start);
  if (first === 91 /* [ */) return lexHeader(content, start, end, line);
  if (first === 35 /* # */) return lexDirective(content, start, end, line);
  return lexKeyValue(content, start, end, line);
}

/** What every node of a line shares; `issues` grows as the line's parts are read. */
interface LineInfo {
  length: number;
  depthIn: number;
  depthOut: number;
  openedAt: number;
  comments: readonly Span[];
  issues: readonly LineIssue[];
}

/** lexLine is not re-entrant: one line's scratch state, reset for every line (never kept by a node). */
const SCRATCH_LINE: LineInfo = { length: 0, depthIn: 0, depthOut: 0, openedAt: -1, comments: EMPTY_SPANS, issues: EMPTY_ISSUES };
const SCRATCH_CONTENT: { text: string; columns: undefined; base: number } = { text: '', columns: undefined, base: 0 };

/**
 * The comment state of a key/value line (and the rare column map of its value), kept only when it is not
 * the plain one every other line shares.
 */
interface LineExtras {
  readonly depthIn: number;
  readonly depthOut: number;
  readonly openedAt: number;
  readonly comments: readonly Span[];
  readonly issues: readonly LineIssue[];
  readonly valueColumns: readonly number[] | undefined;
}

const PLAIN_LINE: LineExtras = { depthIn: 0, depthOut: 0, openedAt: -1, comments: EMPTY_SPANS, issues: EMPTY_ISSUES, valueColumns: undefined };

function extrasOf(line: LineInfo, valueColumns: readonly number[] | undefined): LineExtras {
  if (line.depthIn !== 0 || line.depthOut !== 0 || line.openedAt !== -1 || line.issues.length !== 0 || valueColumns) {
    return { depthIn: line.depthIn, depthOut: line.depthOut, openedAt: line.openedAt, comments: line.comments, issues: line.issues, valueColumns };
  }
  const comments = line.comments;
  if (comments.length === 0) return PLAIN_LINE;
  if (comments.length > 1) return { ...PLAIN_LINE, comments };
  // One comment and nothing else unusual (`; extension 1000`, `key=value ; note`): shared by the lines
  // whose comment spans the same columns, as the plain state is (10k comment lines, one state each was 1.3 MB).
  const { start, end } = comments[0];
  const slot = (start * 31 + end) & 255;
  const recent = RECENT_COMMENTED[slot];
  if (recent !== undefined && recent.comments[0].start === start && recent.comments[0].end === end) return recent;
  const extras: LineExtras = { ...PLAIN_LINE, comments };
  RECENT_COMMENTED[slot] = extras;
  return extras;
}

/** The last one-comment state made per slot of its columns (see extrasOf). */
const RECENT_COMMENTED: (LineExtras | undefined)[] = new Array(256).fill(undefined);

function addIssue(line: LineInfo, issue: LineIssue): void {
  line.issues = line.issues.length ? [...line.issues, issue] : [issue];
}

// Nodes are built by these constructors only, always with every property in the same order, so V8
// keeps one hidden class per kind (a 90k-line file creates 90k nodes per full parse).
function invalid(line: LineInfo, contentSpan: Span): InvalidNode {
  return { kind: 'invalid', length: line.length, depthIn: line.depthIn, depthOut: line.depthOut, openedAt: line.openedAt, comments: line.comments, issues: line.issues, contentSpan };
}

function lexHeader(content: Content, start: number, end: number, line: LineInfo): SectionHeaderNode {
  const text = content.text;
  const close = text.indexOf(']', start + 1);
  let name: string;
  let nameColumns: number;
  let headerEnd: number;
  let options: readonly HeaderOption[] | undefined;
  let optionsColumns = NO_COLUMNS;
  let flags = 0;
  if (close < 0 || close >= end) {
    addIssue(line, { code: 'unclosed-section', span: spanOf(content, start, end) });
    const ns = skipSpace(text, start + 1, end);
    const ne = skipSpaceBack(text, ns, end);
    name = sliceShared(text, ns, ne);
    nameColumns = packSpan(spanStart(content, ns, ne), spanEnd(content, ns, ne));
    headerEnd = end;
  } else {
    // Shared with the lines around it: a pjsip phone's endpoint, aor and auth carry one name (and its
    // auth's `username=` too), one string instead of four.
    name = sliceShared(text, start + 1, close);
    nameColumns = packSpan(spanStart(content, start + 1, close), spanEnd(content, start + 1, close));
    if (name.length === 0) addIssue(line, { code: 'empty-section-name', span: spanOf(content, start, close + 1) });
    else if (name.length > MAX_SECTION_NAME_LENGTH) addIssue(line, { code: 'section-name-too-long', span: spanOf(content, start + 1, close) });
    headerEnd = close + 1;
    if (text.charCodeAt(close + 1) === 40 /* ( */) {
      const open = close + 1;
      const closeParen = text.indexOf(')', open + 1);
      if (closeParen < 0 || closeParen >= end) {
        addIssue(line, { code: 'unclosed-options', span: spanOf(content, open, end) });
        headerEnd = end;
      } else {
        headerEnd = closeParen + 1;
        optionsColumns = packSpan(spanStart(content, open + 1, closeParen), spanEnd(content, open + 1, closeParen));
        const parsed = lexHeaderOptions(content, open, closeParen, line);
        options = parsed.options;
        flags = parsed.flags;
      }
    }
    if (headerEnd < end) {
      const rs = skipSpace(text, headerEnd, end);
      const re = skipSpaceBack(text, rs, end);
      if (re > rs) {
        const rest = text.slice(rs, re);
        const code = options === undefined && headerEnd === close + 1 && rest.startsWith('(') ? 'space-before-options' : 'text-after-options';
        addIssue(line, { code, span: spanOf(content, rs, re), argument: rest });
      }
    }
  }
  return new SectionHeaderLine(
    line.length,
    extrasOf(line, undefined),
    name,
    nameColumns,
    packSpan(spanStart(content, start, headerEnd), spanEnd(content, start, headerEnd)) | (flags << FLAG_SHIFT),
    optionsColumns,
    options,
  );
}

/** The options of a header and its template / append flags. */
interface HeaderOptions {
  readonly options: readonly HeaderOption[];
  readonly flags: number;
}

/**
 * The last options list lexed per slot, with the text and column it was lexed from: the headers of a
 * large file repeat a few option lists (`(phone-endpoint)` on 10k phones at the same column), and a list
 * is never changed once made, so such headers share one (frozen) list instead of holding a list and its
 * option objects each (about 100 bytes a header). Lists whose options had an issue are not kept.
 */
const RECENT_OPTIONS: ({ readonly text: string; readonly column: number; readonly parsed: HeaderOptions } | undefined)[] = new Array(256).fill(undefined);

/** The options between `(` at `open` and `)` at `closeParen` (issues added to `line`). */
function lexHeaderOptions(content: Content, open: number, closeParen: number, line: LineInfo): HeaderOptions {
  const text = content.text;
  const optionsText = text.slice(open + 1, closeParen);
  // Only a header whose text runs in one piece (no inline block comment, no escape): its columns are those of the text.
  const column = content.columns ? -1 : columnOf(content, open + 1);
  const slot = (optionsText.length * 31 + (optionsText.charCodeAt(0) | 0) * 7 + (optionsText.charCodeAt(optionsText.length - 1) | 0) + column) & 255;
  const recent = RECENT_OPTIONS[slot];
  if (column >= 0 && recent !== undefined && recent.column === column && recent.text === optionsText) return recent.parsed;
  const issuesBefore = line.issues.length;
  const options: HeaderOption[] = [];
  let flags = 0;
  let tokenStart = open + 1;
  for (let c = open + 1; c <= closeParen; c++) {
    if (c !== closeParen && text.charCodeAt(c) !== 44 /* , */) continue;
    const token = text.slice(tokenStart, c);
    const columns = packSpan(spanStart(content, tokenStart, c), spanEnd(content, tokenStart, c));
    if (token === '!') {
      flags |= TEMPLATE_FLAG;
      options.push(new HeaderOptionToken('', columns | (TEMPLATE_OPTION << OPTION_KIND_SHIFT)));
    } else if (token.charCodeAt(0) === 43 /* + */) {
      flags |= APPEND_FLAG;
      options.push(new HeaderOptionToken(token.slice(1), columns | (APPEND_OPTION << OPTION_KIND_SHIFT)));
    } else {
      options.push(new HeaderOptionToken(token, columns | (INHERIT_OPTION << OPTION_KIND_SHIFT)));
      if (token.length === 0) {
        addIssue(line, { code: 'empty-inherit', span: tokenSpanForEmpty(content, tokenStart, open, closeParen) });
      } else if (isSpace(token.charCodeAt(0)) || isSpace(token.charCodeAt(token.length - 1))) {
        addIssue(line, { code: 'space-in-options', span: unpackSpan(columns), argument: token });
      }
    }
    tokenStart = c + 1;
  }
  // Copied: an array grown by push keeps room for 16 more.
  const parsed: HeaderOptions = { options: Object.freeze(options.slice()), flags };
  if (column >= 0 && line.issues.length === issuesBefore) RECENT_OPTIONS[slot] = { text: optionsText, column, parsed };
  return parsed;
}

/** An empty token has no characters: point at the separator or parenthesis around it. */
function tokenSpanForEmpty(content: Content, tokenStart: number, open: number, closeParen: number): Span {
  if (closeParen === open + 1) return spanOf(content, open, closeParen + 1); // "()"
  const at = tokenStart === closeParen ? tokenStart - 1 : tokenStart; // trailing comma or ",,"
  return spanOf(content, at, at + 1);
}

function lexDirective(content: Content, start: number, end: number, line: LineInfo): DirectiveNode {
  const text = content.text;
  let nameEnd = start + 1;
  while (nameEnd < end && text.charCodeAt(nameEnd) > 32) nameEnd++;
  const name = text.slice(start + 1, nameEnd).toLowerCase();
  const nameSpan = spanOf(content, start, nameEnd);
  const known = KNOWN_DIRECTIVES.has(name);
  if (!known) addIssue(line, { code: 'unknown-directive', span: nameSpan, argument: name });
  let as = skipSpace(text, nameEnd, end);
  let ae = skipSpaceBack(text, as, end);
  if (ae - as >= 2) {
    const open = text[as];
    const last = text[ae - 1];
    if ((open === '"' && last === '"') || (open === '<' && last === '>')) {
      as++;
      ae--;
    }
  }
  const hasArgument = ae > as;
  if (!hasArgument && known) addIssue(line, { code: 'missing-directive-argument', span: nameSpan, argument: name });
  return {
    kind: 'directive',
    length: line.length,
    depthIn: line.depthIn,
    depthOut: line.depthOut,
    openedAt: line.openedAt,
    comments: line.comments,
    issues: line.issues,
    name,
    nameSpan,
    argument: hasArgument ? text.slice(as, ae) : undefined,
    argumentSpan: hasArgument ? spanOf(content, as, ae) : undefined,
  };
}

function lexKeyValue(content: Content, start: number, end: number, line: LineInfo): KeyValueNode | InvalidNode {
  const text = content.text;
  const escaped = text.charCodeAt(start) === 92; /* \ */
  let keyStart = start;
  if (escaped) {
    keyStart = start + 1;
    if (keyStart >= end || text.charCodeAt(keyStart) < 33) {
      addIssue(line, { code: 'invalid-escape', span: spanOf(content, start, Math.min(end, start + 2)) });
      return invalid(line, spanOf(content, start, end));
    }
  }
  const eq = text.indexOf('=', keyStart + (escaped ? 1 : 0));
  if (eq < 0 || eq >= end) {
    addIssue(line, { code: 'missing-equals', span: spanOf(content, start, end) });
    return invalid(line, spanOf(content, start, end));
  }
  let operator: Operator = '=';
  let opStart = eq;
  let opEnd = eq + 1;
  if (eq > keyStart && text.charCodeAt(eq - 1) === 43 /* + */) {
    operator = '+=';
    opStart = eq - 1;
  } else if (text.charCodeAt(eq + 1) === 62 /* > */) {
    operator = '=>';
    opEnd = eq + 2;
  }
  const ks = skipSpace(text, keyStart, opStart);
  const ke = skipSpaceBack(text, ks, opStart);
  if (ke <= ks) {
    addIssue(line, { code: 'empty-name', span: spanOf(content, start, opEnd) });
    return invalid(line, spanOf(content, start, end));
  }
  const vs = skipSpace(text, opEnd, end);
  const ve = skipSpaceBack(text, vs, end);
  let valueColumns: number[] | undefined;
  if (content.columns && ve > vs) {
    const columns = content.columns.slice(vs, ve);
    if (columns[columns.length - 1] - columns[0] !== columns.length - 1) valueColumns = columns;
  }
  const valueFrom = ve > vs ? vs : opEnd;
  const valueTo = ve > vs ? ve : opEnd;
  return new KeyValueLine(
    line.length,
    extrasOf(line, valueColumns),
    sliceShared(text, ks, ke),
    sliceShared(text, vs, ve),
    packSpan(spanStart(content, ks, ke), spanEnd(content, ks, ke)),
    packSpan(spanStart(content, opStart, opEnd), spanEnd(content, opStart, opEnd)) | (OPERATORS.indexOf(operator) << OPERATOR_SHIFT),
    packSpan(spanStart(content, valueFrom, valueTo), spanEnd(content, valueFrom, valueTo)),
  );
}

// Columns are below 2^14 (a longer line is never lexed: MAX_LINE_LENGTH), so a span fits one small integer.
const COLUMN_BITS = 14;
const COLUMN_MASK = (1 << COLUMN_BITS) - 1;

function packSpan(start: number, end: number): number {
  return start | (end << COLUMN_BITS);
}

function unpackSpan(packed: number): Span {
  return { start: packed & COLUMN_MASK, end: (packed >>> COLUMN_BITS) & COLUMN_MASK };
}

/** The operator of a key/value line rides in the two bits above its span (30 bits: still a small integer). */
const OPERATORS: readonly Operator[] = ['=', '=>', '+='];
const OPERATOR_SHIFT = 2 * COLUMN_BITS;

/**
 * What every lean line node shares: its length and its comment state (the block-comment depth around it,
 * its comments and issues), one LineExtras object shared by every line in the same state (extrasOf).
 */
abstract class LeanLine {
  constructor(
    readonly length: number,
    protected readonly extras: LineExtras,
  ) {}
  get depthIn(): number {
    return this.extras.depthIn;
  }
  get depthOut(): number {
    return this.extras.depthOut;
  }
  get openedAt(): number {
    return this.extras.openedAt;
  }
  get comments(): readonly Span[] {
    return this.extras.comments;
  }
  get issues(): readonly LineIssue[] {
    return this.extras.issues;
  }
}

/**
 * Key/value lines are most of a file, so their nodes are lean: spans (and the operator) packed into
 * numbers and handed out on demand, the comment state shared by every plain line, the kind on the prototype.
 * A 90k-line parse then allocates (and the GC copies) far fewer and smaller objects.
 */
class KeyValueLine extends LeanLine implements KeyValueNode {
  declare readonly kind: 'keyValue';
  constructor(
    length: number,
    extras: LineExtras,
    readonly key: string,
    readonly value: string,
    private readonly keyColumns: number,
    private readonly operatorColumns: number,
    private readonly valueColumnsPacked: number,
  ) {
    super(length, extras);
  }
  get operator(): Operator {
    return OPERATORS[this.operatorColumns >>> OPERATOR_SHIFT];
  }
  get valueColumns(): readonly number[] | undefined {
    return this.extras.valueColumns;
  }
  get keySpan(): Span {
    return unpackSpan(this.keyColumns);
  }
  get operatorSpan(): Span {
    return unpackSpan(this.operatorColumns);
  }
  get valueSpan(): Span {
    return unpackSpan(this.valueColumnsPacked);
  }
}
(KeyValueLine.prototype as { kind: string }).kind = 'keyValue';

/** `optionsColumns` of a header without `(...)`. */
const NO_COLUMNS = -1;
/** A header's template / append flags ride in the two bits above its span, as a key/value line's operator does. */
const FLAG_SHIFT = 2 * COLUMN_BITS;
const TEMPLATE_FLAG = 1;
const APPEND_FLAG = 2;

/**
 * Section headers are a quarter of the lines of a pjsip.conf (endpoint, aor and auth per phone), so their
 * nodes are lean like key/value ones: the three spans packed into numbers (the template and append flags
 * with the header's) and made when asked for, the comment state shared by every plain line, the kind on
 * the prototype, the options list shared with the headers that have the same (lexHeaderOptions). A header
 * of 10k phones held its node, four span objects and a list of option objects: about 440 bytes, now 80.
 */
class SectionHeaderLine extends LeanLine implements SectionHeaderNode {
  declare readonly kind: 'section';
  constructor(
    length: number,
    extras: LineExtras,
    readonly name: string,
    private readonly nameColumns: number,
    private readonly headerColumns: number,
    private readonly optionsColumns: number,
    readonly options: readonly HeaderOption[] | undefined,
  ) {
    super(length, extras);
  }
  get nameSpan(): Span {
    return unpackSpan(this.nameColumns);
  }
  get headerSpan(): Span {
    return unpackSpan(this.headerColumns);
  }
  get optionsSpan(): Span | undefined {
    return this.optionsColumns === NO_COLUMNS ? undefined : unpackSpan(this.optionsColumns);
  }
  get isTemplate(): boolean {
    return ((this.headerColumns >>> FLAG_SHIFT) & TEMPLATE_FLAG) !== 0;
  }
  get isAppend(): boolean {
    return ((this.headerColumns >>> FLAG_SHIFT) & APPEND_FLAG) !== 0;
  }
}
(SectionHeaderLine.prototype as { kind: string }).kind = 'section';

/** A header option's kind rides in the two bits above its span. */
const OPTION_KINDS: readonly HeaderOptionKind[] = ['template', 'append', 'inherit'];
const TEMPLATE_OPTION = 0;
const APPEND_OPTION = 1;
const INHERIT_OPTION = 2;
const OPTION_KIND_SHIFT = 2 * COLUMN_BITS;

/** One option of a header: its text and its packed span and kind (the span made when asked for). */
class HeaderOptionToken implements HeaderOption {
  constructor(
    readonly text: string,
    private readonly columns: number,
  ) {}
  get kind(): HeaderOptionKind {
    return OPTION_KINDS[this.columns >>> OPTION_KIND_SHIFT];
  }
  get span(): Span {
    return unpackSpan(this.columns);
  }
}

/**
 * Blank and comment lines (two a phone in a generated pjsip.conf): the length and the comment state, shared
 * by every line with the same (extrasOf), the kind on the prototype. A comment line held its node, a list
 * and a span (176 bytes), now 40.
 */
class TriviaLine extends LeanLine implements TriviaNode {
  declare readonly kind: 'trivia';
}
(TriviaLine.prototype as { kind: string }).kind = 'trivia';
