/**
 * "Did you mean" fixes: an unknown option name, an invalid enumerated value, an unknown codec, type or
 * context, each replaced by at most three close candidates from the catalog (STYLE.md rule 5). Only
 * names valid in the section's kind are offered, so a fix never trades one diagnostic for another.
 */
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis';
import { lookupOption, optionsForScope } from '../data/catalog';
import { isChannelDialect, type Dialect, type SectionScope } from '../data/catalogTypes';
import { profileOf } from '../dialects/channel';
import type { Section } from '../model/types';
import { KNOWN_CODECS } from './codecNames';
import { closestCandidates, isUniqueBest, keyValueAt, quickFix, sectionOf, textOfRange, type Candidate, type Fixer } from './codeActionEdits';
import { quote } from '../quote';

/** Where the catalog accepts options for this section (iax: by the endpoint's user / peer bits). */
export function scopesOf(analysis: Analysis, section: Section, dialect: Dialect): readonly SectionScope[] {
  switch (section.kind) {
    case 'general':
      return ['general'];
    case 'authentication':
      return ['authentication'];
    case 'callnumberlimits':
      return [];
    default:
      return profileOf(dialect).deviceScopes(analysis.model.endpointsByKey.get(section.key)?.bits);
  }
}

function replaceRangeFixes(analysis: Analysis, diagnostic: Diagnostic, written: string, candidates: readonly Candidate[], describe: (text: string) => string = () => ''): CodeAction[] {
  return candidates.map((candidate, index) =>
    quickFix(
      analysis,
      `Change ${quote(written)} to ${quote(candidate.text)}${describe(candidate.text)}`,
      [{ range: diagnostic.range, newText: candidate.text }],
      diagnostic,
      isUniqueBest(candidates, index),
    ),
  );
}

export const fixUnknownOption: Fixer = (analysis, diagnostic) => {
  if (!isChannelDialect(analysis.dialect)) return [];
  const node = keyValueAt(analysis, diagnostic.range.start.line);
  const section = sectionOf(analysis, diagnostic);
  if (!node || !section) return [];
  const names = new Set<string>();
  for (const scope of scopesOf(analysis, section, analysis.dialect)) {
    for (const option of optionsForScope(analysis.dialect, scope)) if (!option.deprecatedBy) names.add(option.name);
  }
  const range = { start: { line: diagnostic.range.start.line, character: node.keySpan.start }, end: { line: diagnostic.range.start.line, character: node.keySpan.end } };
  const written = analysis.document.lineText(range.start.line).slice(node.keySpan.start, node.keySpan.end);
  return replaceRangeFixes(analysis, { ...diagnostic, range }, written, closestCandidates(written, names)).map((action) => ({ ...action, diagnostics: [diagnostic] }));
};

/** One word of a list value: its text and columns. */
interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

function wordsOf(text: string, offset: number): Word[] {
  const words: Word[] = [];
  const pattern = /[^,|]+/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const leading = match[0].length - match[0].trimStart().length;
    const trimmed = match[0].trim();
    if (trimmed) words.push({ text: trimmed, start: offset + match.index + leading, end: offset + match.index + leading + trimmed.length });
  }
  return words;
}

/** Replaces the one word of the diagnostic's range that is not among `valid` by its close candidates. */
function fixWordInRange(analysis: Analysis, diagnostic: Diagnostic, valid: readonly string[], describe?: (text: string) => string): CodeAction[] {
  const text = textOfRange(analysis, diagnostic);
  if (text === undefined) return [];
  const line = diagnostic.range.start.line;
  const validSet = new Set(valid.map((value) => value.toLowerCase()));
  // Codec lists may carry `!` (remove) and `:ms` (packetization) around the name.
  const bad = wordsOf(text, diagnostic.range.start.character)
    .map((word) => {
      const name = /^!?\s*([^:]*)/.exec(word.text)?.[1].trim() ?? word.text;
      const start = word.start + word.text.indexOf(name);
      return { text: name, start, end: start + name.length };
    })
    .filter((word) => word.text && !validSet.has(word.text.toLowerCase()));
  if (bad.length !== 1) return [];
  const [word] = bad;
  const range = { start: { line, character: word.start }, end: { line, character: word.end } };
  return replaceRangeFixes(analysis, { ...diagnostic, range }, word.text, closestCandidates(word.text, valid), describe).map((action) => ({
    ...action,
    diagnostics: [diagnostic],
  }));
}

export const fixInvalidValue: Fixer = (analysis, diagnostic) => {
  if (!isChannelDialect(analysis.dialect)) return [];
  const node = keyValueAt(analysis, diagnostic.range.start.line);
  const option = node && lookupOption(analysis.dialect, node.key);
  if (!option) return [];
  if (option.kind === 'enum' || option.kind === 'enumList') {
    const values = (option.values ?? []).filter((value) => !value.deprecatedBy).map((value) => value.value);
    return fixWordInRange(analysis, diagnostic, values);
  }
  if (option.kind === 'bool') return fixWordInRange(analysis, diagnostic, ['yes', 'no']);
  return [];
};

export const fixUnknownCodec: Fixer = (analysis, diagnostic) => fixWordInRange(analysis, diagnostic, [...KNOWN_CODECS, 'all']);

const TYPE_MEANINGS: Readonly<Record<string, string>> = {
  friend: 'it calls us and we call it: both directions',
  peer: 'we call it: outbound',
  user: 'it calls us: inbound',
};

export const fixUnknownType: Fixer = (analysis, diagnostic) => {
  const node = keyValueAt(analysis, diagnostic.range.start.line);
  if (!node) return [];
  const line = diagnostic.range.start.line;
  const written = node.value;
  const range = { start: { line, character: node.valueSpan.start }, end: { line, character: node.valueSpan.end } };
  const closest = closestCandidates(written, Object.keys(TYPE_MEANINGS));
  const preferred = closest.length > 0 && isUniqueBest(closest, 0) ? closest[0].text : undefined;
  return Object.entries(TYPE_MEANINGS).map(([type, meaning]) =>
    quickFix(analysis, `Change type ${quote(written)} to '${type}' (${meaning})`, [{ range, newText: type }], diagnostic, type === preferred),
  );
};

export const fixUnknownContext: Fixer = (analysis, diagnostic) => {
  const node = keyValueAt(analysis, diagnostic.range.start.line);
  if (!node || !analysis.dialplan) return [];
  const names = [...analysis.dialplan.contexts.values()].map((context) => context.name);
  const line = diagnostic.range.start.line;
  const range = { start: { line, character: node.valueSpan.start }, end: { line, character: node.valueSpan.end } };
  return replaceRangeFixes(analysis, { ...diagnostic, range }, node.value, closestCandidates(node.value, names)).map((action) => ({
    ...action,
    diagnostics: [diagnostic],
  }));
};

/** A word Asterisk silently reads as "no": write what it means, or what was probably meant. */
export const fixSilentFalse: Fixer = (analysis, diagnostic) => {
  const node = keyValueAt(analysis, diagnostic.range.start.line);
  if (!node) return [];
  const line = diagnostic.range.start.line;
  const range = { start: { line, character: node.valueSpan.start }, end: { line, character: node.valueSpan.end } };
  return [
    quickFix(analysis, `Write 'no' (what Asterisk reads ${quote(node.value)} as)`, [{ range, newText: 'no' }], diagnostic, true),
    quickFix(analysis, `Write 'yes'`, [{ range, newText: 'yes' }], diagnostic),
  ];
};
