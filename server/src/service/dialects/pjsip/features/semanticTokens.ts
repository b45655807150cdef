/**
 * Semantic tokens of pjsip.conf, with the legend of features/semanticTokens.ts (the server registers one
 * legend for every language): what the grammar cannot know because it depends on the object's type.
 *   section name                 namespace + declaration (class + declaration for a template `(!)`)
 *   inherited name in `[x](a)`   class when it names a template, namespace when another section,
 *                                class + unknown when no section of that name is read before
 *   key                          property; + unknown when the object's type has no such option,
 *                                + deprecated when the catalog deprecates it
 *   `type=` value                class when it is an object type read from the file, + unknown otherwise
 *   enum keyword                 enumMember (+ deprecated)
 *   reference (`aors=alice`)     namespace (the name of another object), + unknown when no object of the
 *                                right type has that name
 *   `#exec`                      keyword + dangerous
 */
import type { SemanticTokens } from 'vscode-languageserver-types';
import { SEMANTIC_TOKENS_LEGEND, type TokenModifier, type TokenType } from '../../../features/semanticTokens';
import { valueColumnAt } from '../../../features/locate';
import { MAX_SEMANTIC_TOKENS } from '../../../limits';
import type { Section } from '../../../model/types';
import type { KeyValueNode, SectionHeaderNode, Span } from '../../../parser/nodes';
import { lookupObjectType } from '../objectTypes';
import { isKnownPjsipOption, lookupPjsipOption } from '../options';
import type { PjsipObjectType } from '../types';
import type { PjsipFeatureContext } from './featureContext';
import { ownerOf } from './locate';

const TYPE_INDEX = new Map<string, number>(SEMANTIC_TOKENS_LEGEND.tokenTypes.map((type, index) => [type, index]));
const MODIFIER_BIT = new Map<string, number>(SEMANTIC_TOKENS_LEGEND.tokenModifiers.map((modifier, index) => [modifier, 1 << index]));

type Token = [start: number, end: number, type: number, modifiers: number];

function token(span: Span, type: TokenType, ...modifiers: TokenModifier[]): Token | undefined {
  if (span.end <= span.start) return undefined;
  return [span.start, span.end, TYPE_INDEX.get(type)!, modifiers.reduce((bits, modifier) => bits | MODIFIER_BIT.get(modifier)!, 0)];
}

function valueSpan(node: KeyValueNode, start: number, end: number): Span {
  return { start: valueColumnAt(node, start), end: valueColumnAt(node, end - 1) + 1 };
}

/** The trimmed words of a value (one word, or each item of a comma list) with their indices. */
function wordsOf(value: string, list: boolean): { text: string; start: number }[] {
  const words: { text: string; start: number }[] = [];
  let offset = 0;
  for (const part of list ? value.split(',') : [value]) {
    const text = part.trim();
    if (text) words.push({ text, start: offset + part.indexOf(text) });
    offset += part.length + 1;
  }
  return words;
}

function headerTokens(node: SectionHeaderNode, section: Section | undefined, out: Token[]): void {
  push(out, token(node.nameSpan, node.isTemplate ? 'class' : 'namespace', 'declaration'));
  const inherits = node.options?.filter((option) => option.kind === 'inherit') ?? [];
  inherits.forEach((option, index) => {
    if (option.text === '') return;
    const base = section?.bases[index];
    push(out, base ? token(option.span, base.header.isTemplate ? 'class' : 'namespace') : token(option.span, 'class', 'unknown'));
  });
}

function keyValueTokens(context: PjsipFeatureContext, node: KeyValueNode, type: PjsipObjectType | undefined, out: Token[]): void {
  if (node.keySpan.end <= node.keySpan.start) return;
  const key = node.key.trim().toLowerCase();
  if (key === 'type') {
    push(out, token(node.keySpan, 'property'));
    const known = lookupObjectType(node.value)?.fromFile;
    if (node.value) push(out, known ? token(node.valueSpan, 'class') : token(node.valueSpan, 'class', 'unknown'));
    return;
  }
  if (!type) {
    push(out, token(node.keySpan, 'property'));
    return;
  }
  const option = lookupPjsipOption(type, key);
  push(out, !isKnownPjsipOption(type, key) ? token(node.keySpan, 'property', 'unknown') : option?.deprecatedBy ? token(node.keySpan, 'property', 'deprecated') : token(node.keySpan, 'property'));
  if (!option || node.value === '') return;
  if (option.kind === 'enum' || option.kind === 'enumList') {
    for (const word of wordsOf(node.value, option.kind === 'enumList')) {
      const known = option.values?.find((candidate) => candidate.value.toLowerCase() === word.text.toLowerCase());
      if (known) push(out, known.deprecatedBy ? token(valueSpan(node, word.start, word.start + word.text.length), 'enumMember', 'deprecated') : token(valueSpan(node, word.start, word.start + word.text.length), 'enumMember'));
    }
  } else if (option.references) {
    for (const word of wordsOf(node.value, option.kind === 'referenceList')) {
      const span = valueSpan(node, word.start, word.start + word.text.length);
      push(out, context.model.get(option.references, word.text) ? token(span, 'namespace') : token(span, 'namespace', 'unknown'));
    }
  }
}

function push(out: Token[], value: Token | undefined): void {
  if (value) out.push(value);
}

/** The tokens of the document's lines in order; at most `limit` tokens (the grammar colours the rest). */
export function getPjsipSemanticTokens(context: PjsipFeatureContext, limit = MAX_SEMANTIC_TOKENS): SemanticTokens {
  const { document, model } = context;
  const sections = new Map<number, Section>();
  for (const section of model.base.sections) if (section.uri === context.uri && !sections.has(section.headerLine)) sections.set(section.headerLine, section);
  const data: number[] = [];
  const maxData = limit * 5;
  let previousLine = 0;
  let previousStart = 0;
  // Lines before the first header may continue a section of the including file: no type known there.
  let type: PjsipObjectType | undefined;
  const lines = document.lines;
  for (let line = 0; line < lines.length && data.length < maxData; line++) {
    const node = lines[line];
    const tokens: Token[] = [];
    if (node.kind === 'section') {
      const section = sections.get(line);
      type = ownerOf(model, section).type;
      headerTokens(node, section, tokens);
    } else if (node.kind === 'keyValue') {
      keyValueTokens(context, node, type, tokens);
    } else if (node.kind === 'directive' && node.name === 'exec') {
      push(tokens, token(node.nameSpan, 'keyword', 'dangerous'));
    }
    tokens.sort((a, b) => a[0] - b[0]);
    let lineEnd = 0;
    for (const [start, end, tokenType, modifiers] of tokens) {
      if (start < lineEnd) continue; // overlaps are not allowed: the first token wins
      if (data.length >= maxData) break;
      lineEnd = end;
      const deltaLine = line - previousLine;
      data.push(deltaLine, deltaLine === 0 ? start - previousStart : start, end - start, tokenType, modifiers);
      previousLine = line;
      previousStart = start;
    }
  }
  return { data };
}
