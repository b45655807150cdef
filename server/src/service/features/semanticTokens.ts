/**
 * Semantic tokens: what the TextMate grammar cannot know (issue #6) — which keys the channel driver
 * knows, which are deprecated, which values are keywords of an option, which section is a template,
 * and the parts of a register statement.
 *
 * The mapping (standard token types wherever one fits, so every theme colours them):
 *   section name `[x]`                 namespace + declaration (class + declaration for a template `(!)`)
 *   inherited name in `[x](a,b)`       class when it names a template, namespace when it names another
 *                                      section, class + unknown when no section has that name
 *   key                                property; + deprecated when the catalog deprecates it; + unknown
 *                                      when the dialect's catalog does not know it (sip / iax files only)
 *   enum keyword in a value            enumMember (+ deprecated for a deprecated keyword)
 *   register statement parts           names of places (peer?, host, domain) namespace; identities we
 *                                      present (user, authuser) parameter; secret or [keyname] string;
 *                                      port, domain port, expiry number; transport keyword; the
 *                                      extension calls arrive at function; text IAX drops comment
 *   `#exec`                            keyword + dangerous (it runs a program when Asterisk loads the file)
 * `unknown` and `dangerous` are our own modifiers; `deprecated` and `declaration` are standard.
 */
import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis';
import { isChannelDialect, type OptionEntry } from '../data/catalogTypes';
import { channelProfile, profileOf, type ChannelProfile } from '../dialects/channel';
import { readRegister, type RegisterPartName } from '../dialects/register';
import type { KeyValueNode, SectionHeaderNode, Span } from '../parser/nodes';
import { optionFor, valueColumnAt } from './locate';
import { MAX_SEMANTIC_TOKENS } from '../limits';

const TOKEN_TYPES = ['namespace', 'class', 'property', 'enumMember', 'parameter', 'string', 'number', 'keyword', 'function', 'comment'] as const;
const TOKEN_MODIFIERS = ['declaration', 'deprecated', 'unknown', 'dangerous'] as const;

export type TokenType = (typeof TOKEN_TYPES)[number];
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

const TYPE_INDEX = new Map<TokenType, number>(TOKEN_TYPES.map((type, index) => [type, index]));
const MODIFIER_BIT = new Map<TokenModifier, number>(TOKEN_MODIFIERS.map((modifier, index) => [modifier, 1 << index]));

const DECLARATION = MODIFIER_BIT.get('declaration')!;
const DEPRECATED = MODIFIER_BIT.get('deprecated')!;
const UNKNOWN = MODIFIER_BIT.get('unknown')!;
const DANGEROUS = MODIFIER_BIT.get('dangerous')!;

/**
 * The tokens of one line, flat (start, end, type index, modifier bits) and reused line after line:
 * a 90k-line file has hundreds of thousands of tokens, so no object per token.
 */
class LineTokens {
  readonly values: number[] = [];

  add(span: Span, type: TokenType, modifiers = 0): void {
    if (span.end > span.start) this.values.push(span.start, span.end, TYPE_INDEX.get(type)!, modifiers);
  }

  get count(): number {
    return this.values.length / 4;
  }

  /** Register parts are not always found in column order; the encoding needs them sorted. */
  sortIfNeeded(): void {
    const values = this.values;
    let sorted = true;
    for (let index = 4; index < values.length && sorted; index += 4) sorted = values[index] >= values[index - 4];
    if (sorted) return;
    const quads: number[][] = [];
    for (let index = 0; index < values.length; index += 4) quads.push(values.slice(index, index + 4));
    quads.sort((a, b) => a[0] - b[0]);
    values.length = 0;
    for (const quad of quads) values.push(...quad);
  }
}

/** Columns of `value[start, end)`: the value may hold `\;` escapes or inline comments. */
function valueSpan(node: KeyValueNode, start: number, end: number): Span {
  return { start: valueColumnAt(node, start), end: valueColumnAt(node, end - 1) + 1 };
}

function headerTokens(analysis: Analysis, node: SectionHeaderNode, tokens: LineTokens): void {
  tokens.add(node.nameSpan, node.isTemplate ? 'class' : 'namespace', DECLARATION);
  for (const option of node.options ?? []) {
    if (option.kind !== 'inherit' || option.text === '') continue;
    const base = analysis.model.sectionsByKey.get(option.text.toLowerCase())?.[0];
    if (!base) tokens.add(option.span, 'class', UNKNOWN);
    else tokens.add(option.span, base.kind === 'template' || base.header.isTemplate ? 'class' : 'namespace');
  }
}

/** The token of each part of a register statement, whichever grammar parsed it. */
const REGISTER_PART_TOKENS: Readonly<Record<RegisterPartName, TokenType>> = {
  peer: 'namespace',
  transport: 'keyword',
  user: 'parameter',
  domain: 'namespace',
  domainPort: 'number',
  secret: 'string',
  keyName: 'string',
  authUser: 'parameter',
  host: 'namespace',
  port: 'number',
  extension: 'function',
  expiry: 'number',
  ignored: 'comment',
};

function registerTokens(profile: ChannelProfile, node: KeyValueNode, tokens: LineTokens): void {
  for (const { name, part } of readRegister(profile.parseRegister(node.value)).parts) {
    if (part.span.end > part.span.start) tokens.add(valueSpan(node, part.span.start, part.span.end), REGISTER_PART_TOKENS[name]);
  }
}

function enumTokens(option: OptionEntry, node: KeyValueNode, tokens: LineTokens): void {
  const values = option.values ?? [];
  const words = option.kind === 'enumList' ? node.value.split(',') : [node.value];
  let offset = 0;
  for (const word of words) {
    const trimmed = word.trim();
    const start = offset + word.indexOf(trimmed);
    offset += word.length + 1;
    if (trimmed === '') continue;
    const lower = trimmed.toLowerCase();
    const known = values.find((candidate) => candidate.value.toLowerCase() === lower);
    if (!known) continue;
    const span = valueSpan(node, start, start + trimmed.length);
    tokens.add(span, 'enumMember', known.deprecatedBy ? DEPRECATED : 0);
  }
}

function keyValueTokens(analysis: Analysis, node: KeyValueNode, inCallNumberLimits: boolean, tokens: LineTokens): void {
  // [callnumberlimits] lines are `address = limit`: the "key" is an address, not an option name.
  if (inCallNumberLimits || node.keySpan.end <= node.keySpan.start) return;
  if (!isChannelDialect(analysis.dialect)) {
    tokens.add(node.keySpan, 'property');
    return;
  }
  const option = optionFor(analysis, node.key);
  tokens.add(node.keySpan, 'property', !option ? UNKNOWN : option.deprecatedBy ? DEPRECATED : 0);
  if (node.value === '' || !option) return;
  if (option.kind === 'register') registerTokens(profileOf(analysis.dialect), node, tokens);
  else if (option.kind === 'enum' || option.kind === 'enumList') enumTokens(option, node, tokens);
}

/** The tokens of the document's lines in order; at most `limit` tokens (the editor's grammar colours the rest). */
export function getSemanticTokens(analysis: Analysis, limit = MAX_SEMANTIC_TOKENS): SemanticTokens {
  const data: number[] = [];
  const maxData = limit * 5;
  const lines = analysis.document.lines;
  let previousLine = 0;
  let previousStart = 0;
  let inCallNumberLimits = false;
  const tokens = new LineTokens();
  for (let line = 0; line < lines.length && data.length < maxData; line++) {
    const node = lines[line];
    if (node.kind === 'section') {
      inCallNumberLimits = channelProfile(analysis.dialect)?.specialSections.get(node.name.toLowerCase()) === 'callnumberlimits';
      headerTokens(analysis, node, tokens);
    } else if (node.kind === 'keyValue') {
      keyValueTokens(analysis, node, inCallNumberLimits, tokens);
    } else if (node.kind === 'directive' && node.name === 'exec') {
      tokens.add(node.nameSpan, 'keyword', DANGEROUS);
    }
    if (tokens.count === 0) continue;
    tokens.sortIfNeeded();
    const values = tokens.values;
    let lineEnd = 0;
    for (let index = 0; index < values.length; index += 4) {
      const start = values[index];
      const end = values[index + 1];
      if (start < lineEnd) continue; // overlaps are not allowed: the first token wins
      if (data.length >= maxData) break;
      lineEnd = end;
      const deltaLine = line - previousLine;
      data.push(deltaLine, deltaLine === 0 ? start - previousStart : start, end - start, values[index + 2], values[index + 3]);
      previousLine = line;
      previousStart = start;
    }
    values.length = 0;
  }
  return { data };
}
