/**
 * Completion of option values: enumerations (one word, or the remaining words of a list), booleans,
 * codecs, dialplan contexts, hosts and the host part of a register statement. Every item's
 * documentation comes from the one renderer (optionDocs.ts); the words come from the catalog and the
 * model, never from re-reading the text.
 */
import { BUILTIN_CODECS } from '../data/codecs';
import {
  CompletionItemKind,
  CompletionItemTag,
  InsertTextFormat,
  type CompletionItem,
  type CompletionList,
  type Range,
} from 'vscode-languageserver-types';
import type { Analysis } from '../analysis';
import type { Dialect, EnumValue, OptionEntry } from '../data/catalogTypes';
import { profileOf } from '../dialects/channel';
import type { KeyValueNode } from '../parser/nodes';
import { valueColumnAt } from './locate';
import { renderValueDocumentation } from './optionDocs';

/** Where the word being completed sits inside the value, as indices into `node.value`. */
interface ValueWord {
  readonly start: number;
  readonly end: number;
  /** The text from the word's start to the cursor. */
  readonly typed: string;
}



const ALL_CODECS: EnumValue = { value: 'all', description: 'Every codec Asterisk knows: `disallow=all` clears the list before the allow lines that follow.' };

const BOOL_VALUES: readonly EnumValue[] = [
  { value: 'yes', description: 'Turns the option on.' },
  { value: 'no', description: 'Turns the option off.' },
];

const DYNAMIC_HOST: EnumValue = {
  value: 'dynamic',
  description:
    'We do not know its address: it must REGISTER to us to tell us where it is, and we call it there. ' +
    'A secret (or md5secret) is what protects that registration: without one, anyone can register in its name and receive its calls.',
};

/**
 * At most this many names taken from the model (hosts, sections) per answer: a file of 90k lines has
 * thousands, and the editor only shows a screenful. The list is then marked incomplete, so the editor
 * asks again as the user types and the typed prefix narrows the candidates.
 */
export const MODEL_CANDIDATE_LIMIT = 300;

/** Keeps the candidates that contain the typed text (as the editor's filter would), up to the limit. */
export function capCandidates<T>(candidates: Iterable<T>, nameOf: (candidate: T) => string, typed: string): { kept: T[]; capped: boolean } {
  const needle = typed.toLowerCase();
  const kept: T[] = [];
  for (const candidate of candidates) {
    if (needle !== '' && !nameOf(candidate).toLowerCase().includes(needle)) continue;
    if (kept.length === MODEL_CANDIDATE_LIMIT) return { kept, capped: true };
    kept.push(candidate);
  }
  return { kept, capped: false };
}

export function valueWord(value: string, offset: number, separators: string): ValueWord {
  let start = offset;
  while (start > 0 && !separators.includes(value[start - 1])) start--;
  while (start < offset && value[start] === ' ') start++;
  let end = offset;
  while (end < value.length && !separators.includes(value[end])) end++;
  while (end > offset && value[end - 1] === ' ') end--;
  return { start, end, typed: value.slice(start, offset) };
}

/** The range of a word of the value on the line, always containing the cursor. */
export function wordRange(node: KeyValueNode, line: number, word: ValueWord, offset: number, character: number): Range {
  const endColumnOf = (index: number): number => (index === 0 ? valueColumnAt(node, 0) : valueColumnAt(node, index - 1) + 1);
  const start = word.start === offset ? character : Math.min(character, valueColumnAt(node, word.start));
  const end = word.end === offset ? character : Math.max(character, endColumnOf(word.end));
  return { start: { line, character: start }, end: { line, character: end } };
}

function valueItem(option: OptionEntry, value: EnumValue, dialect: Dialect, range: Range, sortText: string): CompletionItem {
  const item: CompletionItem = {
    label: value.value,
    kind: CompletionItemKind.Value,
    documentation: renderValueDocumentation(option, value, dialect),
    textEdit: { range, newText: value.value },
    sortText,
  };
  if (value.deprecatedBy) {
    item.tags = [CompletionItemTag.Deprecated];
    item.detail = `deprecated: use ${value.deprecatedBy}`;
  }
  return item;
}

/** `<int>` in a catalog value is a pattern: offer it as a snippet with a number to type. */
function patternItem(option: OptionEntry, value: EnumValue, dialect: Dialect, range: Range, sortText: string): CompletionItem {
  return {
    label: value.value,
    kind: CompletionItemKind.Value,
    detail: option.unit ? `a number (${option.unit})` : 'a number',
    documentation: renderValueDocumentation(option, value, dialect),
    textEdit: { range, newText: value.value.replace('<int>', '${1:number}') },
    insertTextFormat: InsertTextFormat.Snippet,
    filterText: value.value.replace('<int>', ''),
    sortText,
  };
}

function listItems(option: OptionEntry, values: readonly EnumValue[], dialect: Dialect, range: Range, exclude: ReadonlySet<string>): CompletionItem[] {
  const items: CompletionItem[] = [];
  values.forEach((value, index) => {
    if (exclude.has(value.value.toLowerCase())) return;
    const sortText = `${value.deprecatedBy ? 1 : 0}${String(index).padStart(3, '0')}`;
    items.push(value.value.includes('<') ? patternItem(option, value, dialect, range, sortText) : valueItem(option, value, dialect, range, sortText));
  });
  return items;
}

/** Words already written in a list value, so a list completion offers only the remaining ones. */
function listedWords(value: string, word: ValueWord, separators: RegExp): Set<string> {
  const before = value.slice(0, word.start);
  const after = value.slice(word.end);
  return new Set([...before.split(separators), ...after.split(separators)].map((part) => part.trim().toLowerCase()).filter((part) => part !== ''));
}

function codecItems(option: OptionEntry, node: KeyValueNode, line: number, offset: number, character: number, dialect: Dialect): CompletionItem[] {
  const word = valueWord(node.value, offset, ',|');
  const range = wordRange(node, line, word, offset, character);
  const listed = listedWords(node.value, word, /[,|]/);
  const codecs = [ALL_CODECS, ...BUILTIN_CODECS];
  const items: CompletionItem[] = [];
  codecs.forEach((codec, index) => {
    if (!listed.has(codec.value)) items.push({ ...valueItem(option, codec, dialect, range, `0${String(index).padStart(3, '0')}`), kind: CompletionItemKind.EnumMember });
  });
  codecs.forEach((codec, index) => {
    const negated = `!${codec.value}`;
    if (listed.has(negated)) return;
    const description = `Removes ${codec.value === 'all' ? 'every codec' : `\`${codec.value}\``} from the list built so far. ${codec.description}`;
    items.push({ ...valueItem(option, { value: negated, description }, dialect, range, `1${String(index).padStart(3, '0')}`), kind: CompletionItemKind.EnumMember });
  });
  return items;
}

function contextItems(analysis: Analysis, option: OptionEntry, range: Range, dialect: Dialect): CompletionItem[] {
  const contexts = analysis.dialplan?.contexts;
  if (!contexts) return [];
  const items: CompletionItem[] = [];
  for (const context of contexts.values()) {
    const file = context.uri.slice(context.uri.lastIndexOf('/') + 1);
    const value = { value: context.name, description: `A context of the dialplan, defined in ${file} at line ${context.line + 1}.` };
    items.push({ ...valueItem(option, value, dialect, range, context.name.toLowerCase()), kind: CompletionItemKind.Module, detail: file });
  }
  return items;
}

/** Static hosts the model already knows: those of peers we call, and those we register to. */
export function knownHosts(analysis: Analysis, peersOnly: boolean): Map<string, { host: string; origin: string }> {
  const hosts = new Map<string, { host: string; origin: string }>();
  for (const endpoint of analysis.model.endpoints) {
    const location = endpoint.direction.outbound?.location;
    if (location?.kind !== 'static' || (peersOnly && !endpoint.bits.peer)) continue;
    const host = location.host.value.trim();
    if (host !== '' && !hosts.has(host.toLowerCase())) hosts.set(host.toLowerCase(), { host, origin: `host of [${endpoint.section.name}]` });
  }
  if (peersOnly) return hosts;
  for (const register of analysis.model.registers) {
    const host = register.parsed.host?.text.trim() ?? '';
    if (host !== '' && !hosts.has(host.toLowerCase())) hosts.set(host.toLowerCase(), { host, origin: 'host of a register statement' });
  }
  return hosts;
}

function hostItems(analysis: Analysis, option: OptionEntry, range: Range, typed: string, dialect: Dialect, peersOnly: boolean): CompletionList {
  const items: CompletionItem[] = [];
  if (option.name === 'host') items.push({ ...valueItem(option, DYNAMIC_HOST, dialect, range, '0'), kind: CompletionItemKind.Keyword });
  const known = [...knownHosts(analysis, peersOnly)].filter(([key]) => key !== 'dynamic');
  const { kept, capped } = capCandidates(known, ([key]) => key, typed);
  for (const [key, { host, origin }] of kept) {
    const value = { value: host, description: `A host already used in this configuration (${origin}).` };
    items.push({ ...valueItem(option, value, dialect, range, `1${key}`), detail: origin });
  }
  return { isIncomplete: capped, items };
}

/** In a register value: after the `@` that starts the host (the last in SIP, the first in IAX), the hosts of defined peers. */
function registerHostItems(analysis: Analysis, option: OptionEntry, node: KeyValueNode, line: number, offset: number, character: number, dialect: Dialect): CompletionList {
  const before = node.value.slice(0, offset);
  const at = profileOf(dialect).registerHostAt(node.value, offset);
  if (at < 0 || at >= offset) return NO_VALUES;
  const typed = before.slice(at + 1);
  if (/[:/~]/.test(typed)) return NO_VALUES;
  let end = offset;
  while (end < node.value.length && !':/~@ '.includes(node.value[end])) end++;
  const range = wordRange(node, line, { start: at + 1, end, typed }, offset, character);
  return hostItems(analysis, option, range, typed, dialect, true);
}

const NO_VALUES: CompletionList = { isIncomplete: false, items: [] };

function complete(items: CompletionItem[]): CompletionList {
  return { isIncomplete: false, items };
}

export function valueCompletions(
  analysis: Analysis,
  option: OptionEntry,
  node: KeyValueNode,
  line: number,
  offset: number,
  character: number,
  dialect: Dialect,
): CompletionList {
  switch (option.kind) {
    case 'enum':
    case 'bool': {
      const word = valueWord(node.value, offset, '');
      const range = wordRange(node, line, word, offset, character);
      return complete(listItems(option, option.kind === 'bool' ? BOOL_VALUES : (option.values ?? []), dialect, range, new Set()));
    }
    case 'enumList': {
      const word = valueWord(node.value, offset, ',');
      const range = wordRange(node, line, word, offset, character);
      return complete(listItems(option, option.values ?? [], dialect, range, listedWords(node.value, word, /,/)));
    }
    case 'codecList':
      return complete(codecItems(option, node, line, offset, character, dialect));
    case 'context':
      return complete(contextItems(analysis, option, wordRange(node, line, valueWord(node.value, offset, ''), offset, character), dialect));
    case 'host':
    case 'hostPort': {
      const word = valueWord(node.value, offset, ':');
      return hostItems(analysis, option, wordRange(node, line, word, offset, character), word.typed, dialect, false);
    }
    case 'register':
      return registerHostItems(analysis, option, node, line, offset, character, dialect);
    default:
      return NO_VALUES;
  }
}
