/**
 * Fixes that rewrite one line in place: deprecated names and values, duplicates removed, header option
 * lists Asterisk cannot read, `+=` without a separator, and a few safe values for security rules.
 */
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis';
import { lookupOption } from '../data/catalog';
import { isChannelDialect, type OptionEntry } from '../data/catalogTypes';
import { deleteLineEdit, keyValueAt, quickFix, sectionOf, type Fixer } from './codeActionEdits';
import { quote } from '../quote';
import { maskSecretsInText, maskSecretsInValue } from './secretMask';

function dataField(diagnostic: Diagnostic, field: string): unknown {
  const data: unknown = diagnostic.data;
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[field] : undefined;
}

/**
 * The option name to write instead of `key`: the canonical name of an old alias (canreinvite →
 * directmedia), or the catalog's replacement when it is one option read the same way (call-limit's
 * replacement callcounter is a yes/no, not a number, so it is not a rename).
 */
function replacementName(analysis: Analysis, key: string, diagnostic: Diagnostic): string | undefined {
  if (!isChannelDialect(analysis.dialect)) return undefined;
  const option = lookupOption(analysis.dialect, key);
  if (!option) return undefined;
  if (option.name !== key.toLowerCase()) return option.name;
  const proposed = option.deprecatedBy ?? dataField(diagnostic, 'replacement');
  if (typeof proposed !== 'string') return undefined;
  const replacement = lookupOption(analysis.dialect, proposed);
  return replacement && replacement.name === proposed.toLowerCase() && replacement.kind === option.kind ? replacement.name : undefined;
}

export const fixDeprecatedOption: Fixer = (analysis, diagnostic) => {
  const line = diagnostic.range.start.line;
  const node = keyValueAt(analysis, line);
  const section = sectionOf(analysis, diagnostic);
  if (!node || !section) return [];
  const replacement = replacementName(analysis, node.key, diagnostic);
  if (!replacement) return [];
  const existing = section.entries.find((entry) => entry.uri === analysis.uri && entry.line !== line && entry.node.key.toLowerCase() === replacement);
  if (existing) {
    // Renaming would write the option twice; when the new name comes later it already wins, so the old line can go.
    if (existing.line < line) return [];
    return [quickFix(analysis, `Remove ${quote(node.key)} (${replacement} on line ${existing.line + 1} replaces it)`, [deleteLineEdit(analysis.document, line)], diagnostic, true)];
  }
  const range = { start: { line, character: node.keySpan.start }, end: { line, character: node.keySpan.end } };
  return [quickFix(analysis, `Rename ${quote(node.key)} to '${replacement}'`, [{ range, newText: replacement }], diagnostic, true)];
};

/** option-device-only on port= in [general]: the listening port is bindport (data.replacement). */
export const fixPortInGeneral: Fixer = (analysis, diagnostic, environment) =>
  dataField(diagnostic, 'replacement') === 'bindport' ? fixDeprecatedOption(analysis, diagnostic, environment) : [];

/** bad-acl caused by spaces around the commas (acl.c does not trim): the list without them (data.fixedValue). */
export const fixAclSpaces: Fixer = (analysis, diagnostic) => {
  const fixedValue = dataField(diagnostic, 'fixedValue');
  const line = diagnostic.range.start.line;
  const node = keyValueAt(analysis, line);
  if (typeof fixedValue !== 'string' || !node || node.valueColumns) return [];
  const range = { start: { line, character: node.valueSpan.start }, end: { line, character: node.valueSpan.end } };
  return [quickFix(analysis, `Remove the spaces: ${node.key}=${fixedValue}`, [{ range, newText: fixedValue }], diagnostic, true)];
};

/** address-not-numeric on an externaddr holding a host name: the same line as externhost (data.renameTo). */
export const fixRenameToExternhost: Fixer = (analysis, diagnostic) => {
  const renameTo = dataField(diagnostic, 'renameTo');
  const line = diagnostic.range.start.line;
  const node = keyValueAt(analysis, line);
  const section = sectionOf(analysis, diagnostic);
  if (renameTo !== 'externhost' || !node || !section) return [];
  // A second externhost line would be a duplicate: offer nothing when the section has one already.
  if (section.entries.some((entry) => entry.node.key.toLowerCase() === 'externhost')) return [];
  const range = { start: { line, character: node.keySpan.start }, end: { line, character: node.keySpan.end } };
  return [quickFix(analysis, `Write '${node.key}' as externhost (it looks the name up)`, [{ range, newText: 'externhost' }], diagnostic, true)];
};

function deprecatedValueReplacement(option: OptionEntry, word: string): string | undefined {
  return option.values?.find((value) => value.value === word.toLowerCase())?.deprecatedBy;
}

export const fixDeprecatedValue: Fixer = (analysis, diagnostic) => {
  const line = diagnostic.range.start.line;
  const node = keyValueAt(analysis, line);
  if (!node || node.valueColumns || !isChannelDialect(analysis.dialect)) return [];
  const option = lookupOption(analysis.dialect, node.key);
  if (!option) return [];
  const words = node.value.split(',').map((word) => word.trim());
  const result: string[] = [];
  let replaced: string | undefined;
  for (const word of words) {
    const replacement = deprecatedValueReplacement(option, word);
    if (replacement !== undefined) replaced ??= word;
    for (const part of (replacement ?? word).split(',')) {
      // iax auth=md5,plaintext becomes md5, not md5,md5.
      if (!result.some((kept) => kept.toLowerCase() === part.toLowerCase())) result.push(part);
    }
  }
  if (replaced === undefined) return [];
  const newValue = result.join(',');
  const range = { start: { line, character: node.valueSpan.start }, end: { line, character: node.valueSpan.end } };
  return [quickFix(analysis, `Replace ${node.key}=${node.value} with ${node.key}=${newValue}`, [{ range, newText: newValue }], diagnostic, true)];
};

/** Removes the diagnosed line: the duplicate that loses (Asterisk keeps the other one). */
export const fixRemoveDuplicate: Fixer = (analysis, diagnostic) => {
  const line = diagnostic.range.start.line;
  const node = keyValueAt(analysis, line);
  if (!node) return [];
  const winnerLine = dataField(diagnostic, 'winnerLine');
  if (winnerLine === line) return [];
  // Lines of an OR-ed setting (nat, faxdetect, ...) all count: removing one would change the result.
  if (dataField(diagnostic, 'combine') === 'accumulate' && dataField(diagnostic, 'startsOver') !== true) return [];
  const which = typeof winnerLine === 'number' ? ` (line ${winnerLine + 1} is the one Asterisk uses)` : '';
  return [quickFix(analysis, `Remove this duplicate ${node.key} line${which}`, [deleteLineEdit(analysis.document, line)], diagnostic, true)];
};

/** Removes a line that changes nothing in Asterisk. */
export const fixRemoveLine: Fixer = (analysis, diagnostic) => {
  const node = keyValueAt(analysis, diagnostic.range.start.line);
  if (!node) return [];
  return [quickFix(analysis, `Remove this ${node.key} line (Asterisk does nothing with it)`, [deleteLineEdit(analysis.document, diagnostic.range.start.line)], diagnostic)];
};

/** `(!, tpl)` → `(!,tpl)`: Asterisk splits the list on commas and trims nothing. */
function trimmedOptionList(list: string): string {
  return list
    .split(',')
    .map((token) => token.trim())
    .join(',');
}

function headerAt(analysis: Analysis, line: number) {
  if (line < 0 || line >= analysis.document.lineCount) return undefined;
  const node = analysis.document.line(line);
  return node.kind === 'section' ? node : undefined;
}

export const fixSpaceBeforeOptions: Fixer = (analysis, diagnostic) => {
  const line = diagnostic.range.start.line;
  const node = headerAt(analysis, line);
  const issue = node?.issues.find((candidate) => candidate.code === 'space-before-options');
  if (!node || !issue) return [];
  const text = analysis.document.lineText(line);
  const rest = text.slice(issue.span.start, issue.span.end);
  const close = rest.indexOf(')');
  if (!rest.startsWith('(') || close < 0) return [];
  const options = `(${trimmedOptionList(rest.slice(1, close))})`;
  const range = { start: { line, character: node.headerSpan.end }, end: { line, character: issue.span.end } };
  const header = text.slice(node.headerSpan.start, node.headerSpan.end);
  return [quickFix(analysis, `Write ${maskSecretsInText(analysis.dialect, header + options)} without the space`, [{ range, newText: options + rest.slice(close + 1) }], diagnostic, true)];
};

export const fixSpaceInOptions: Fixer = (analysis, diagnostic) => {
  const line = diagnostic.range.start.line;
  const node = headerAt(analysis, line);
  if (!node?.optionsSpan) return [];
  const written = analysis.document.lineText(line).slice(node.optionsSpan.start, node.optionsSpan.end);
  const fixed = trimmedOptionList(written);
  if (fixed === written) return [];
  const range = { start: { line, character: node.optionsSpan.start }, end: { line, character: node.optionsSpan.end } };
  return [quickFix(analysis, `Remove the spaces: (${maskSecretsInText(analysis.dialect, fixed)})`, [{ range, newText: fixed }], diagnostic, true)];
};

/** A second `[general]` becomes `[general](+)`, which adds to the first instead of being ignored. */
export const fixDuplicateGeneral: Fixer = (analysis, diagnostic) => {
  const line = diagnostic.range.start.line;
  const node = headerAt(analysis, line);
  if (!node) return [];
  const edit = node.optionsSpan
    ? { range: { start: { line, character: node.optionsSpan.end }, end: { line, character: node.optionsSpan.end } }, newText: node.optionsSpan.end > node.optionsSpan.start ? ',+' : '+' }
    : { range: { start: { line, character: node.headerSpan.end }, end: { line, character: node.headerSpan.end } }, newText: '(+)' };
  return [quickFix(analysis, `Add (+) so this [${node.name}] adds to the first one`, [edit], diagnostic, true)];
};

/** iax inkeys are separated by `:`; every other list Asterisk splits on commas. */
function listSeparator(option: OptionEntry | undefined): string {
  return option?.name === 'inkeys' ? ':' : ',';
}

export const fixAppendSeparator: Fixer = (analysis, diagnostic) => {
  const line = diagnostic.range.start.line;
  const node = keyValueAt(analysis, line);
  if (!node || node.operator !== '+=' || !node.value) return [];
  const separator = listSeparator(isChannelDialect(analysis.dialect) ? lookupOption(analysis.dialect, node.key) : undefined);
  if (node.value.startsWith(separator)) return [];
  const at = { line, character: node.valueSpan.start };
  const shown = maskSecretsInValue(analysis.dialect, node.key, node.value);
  return [quickFix(analysis, `Write '+=${separator}${shown}' so the values stay apart`, [{ range: { start: at, end: at }, newText: separator }], diagnostic, true)];
};

/** Sets a key's value to the safe one when the diagnosed line is that key. */
export function setValueFixer(key: string, value: string, why: string): Fixer {
  return (analysis, diagnostic): CodeAction[] => {
    const line = diagnostic.range.start.line;
    const node = keyValueAt(analysis, line);
    if (!node || node.key.toLowerCase() !== key) return [];
    const range = { start: { line, character: node.valueSpan.start }, end: { line, character: node.valueSpan.end } };
    return [quickFix(analysis, `Set ${key}=${value} (${why})`, [{ range, newText: value }], diagnostic, true)];
  };
}
