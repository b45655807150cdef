/**
 * Completion in pjsip.conf (issue #16): the option keys of the section's object type (documented by the
 * one renderer; a scalar option already set in the section is not offered again), `type=` values, enum
 * and yes/no values, references (`aors=`, `auth=`, `outbound_auth=`, `endpoint=`, `transport=` offer the
 * objects of the right type from the whole include tree), `context=` from the dialplan, codecs, template
 * names in `[name](…)`, and skeletons of whole setups between sections.
 */
import {
  CompletionItemKind,
  CompletionItemTag,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type Position,
  type Range,
} from 'vscode-languageserver-types';
import type { EnumValue } from '../../../data/catalogTypes';
import { BUILTIN_CODECS } from '../../../data/codecs';
import { capCandidates, MODEL_CANDIDATE_LIMIT, valueWord, wordRange } from '../../../features/completionValues';
import { DIRECTION_DETAIL, headerSpotAt, skeletonItems, startsBetweenSections } from '../../../features/completionSections';
import type { Section } from '../../../model/types';
import type { Span } from '../../../parser/nodes';
import { pjsipObjectTypes } from '../objectTypes';
import { lookupPjsipOption, pjsipOptionsFor } from '../options';
import type { PjsipObject } from '../model';
import type { PjsipObjectType, PjsipOptionEntry } from '../types';
import type { PjsipFeatureContext } from './featureContext';
import { describePjsipObject } from './hover';
import { locatePjsip, type PjsipTarget } from './locate';
import { renderPjsipOptionDocumentation, renderPjsipValueDocumentation } from './optionDocs';
import { PJSIP_SKELETONS } from './snippets';

const EMPTY: CompletionList = { isIncomplete: false, items: [] };

/** Value kinds worth asking for suggestions right after the key is inserted. */
const SUGGESTS_VALUES: ReadonlySet<PjsipOptionEntry['kind']> = new Set(['bool', 'enum', 'enumList', 'codecList', 'context', 'reference', 'referenceList', 'objectType']);

const BOOL_VALUES: readonly EnumValue[] = [
  { value: 'yes', description: 'Turns the option on.' },
  { value: 'no', description: 'Turns the option off.' },
];

export function doPjsipComplete(context: PjsipFeatureContext, position: Position): CompletionList {
  const target = locatePjsip(context, position);
  if (!target) return EMPTY;
  const character = Math.max(0, Math.min(position.character, context.document.lineText(target.line).length));
  switch (target.kind) {
    case 'key':
      return target.section ? { isIncomplete: false, items: keyItems(context, target.owner.type, target.section, target.line, target.node.keySpan, false) } : EMPTY;
    case 'blank': {
      const items = target.section ? keyItems(context, target.owner.type, target.section, target.line, target.typedSpan, true) : [];
      if (target.typed === '' && (!target.section || startsBetweenSections(context, target.line))) items.push(...skeletonItems(PJSIP_SKELETONS, context.dialplan, target.line, character));
      return { isIncomplete: false, items };
    }
    case 'value':
      return target.option ? valueItems(context, target, target.option, character) : EMPTY;
    case 'sectionName':
    case 'headerOption':
      return headerItems(context, target.line, character);
    default:
      return EMPTY;
  }
}

/** Scalar options written in the section's own lines other than on `line`: not offered again. */
function optionsAlreadySet(context: PjsipFeatureContext, type: PjsipObjectType, section: Section, line: number): Set<string> {
  const names = new Set<string>();
  for (const entry of section.entries) {
    if (entry.uri === context.uri && entry.line === line) continue;
    const option = lookupPjsipOption(type, entry.node.key);
    if (option && !option.repeatable) names.add(option.name);
  }
  return names;
}

function keyItems(context: PjsipFeatureContext, type: PjsipObjectType | undefined, section: Section, line: number, span: Span, insertOperator: boolean): CompletionItem[] {
  const range: Range = { start: { line, character: span.start }, end: { line, character: span.end } };
  // Without a type yet, the one key that matters is type itself (any other depends on it).
  if (!type) return [keyItem(lookupPjsipOption('endpoint', 'type')!, range, insertOperator)];
  const alreadySet = optionsAlreadySet(context, type, section, line);
  return pjsipOptionsFor(type)
    .filter((option) => !alreadySet.has(option.name))
    .map((option) => keyItem(option, range, insertOperator));
}

function keyItem(option: PjsipOptionEntry, range: Range, insertOperator: boolean): CompletionItem {
  const item: CompletionItem = {
    label: option.name,
    kind: CompletionItemKind.Property,
    documentation: renderPjsipOptionDocumentation(option),
    textEdit: { range, newText: insertOperator ? `${option.name}=` : option.name },
    sortText: `${option.name === 'type' ? 0 : option.deprecatedBy ? 2 : 1}${option.name}`,
  };
  const detail = DIRECTION_DETAIL[option.direction];
  if (detail) item.detail = detail;
  if (option.deprecatedBy) {
    item.tags = [CompletionItemTag.Deprecated];
    item.detail = `deprecated: use ${option.deprecatedBy}`;
  }
  if (insertOperator && SUGGESTS_VALUES.has(option.kind)) item.command = { title: 'Suggest values', command: 'editor.action.triggerSuggest' };
  return item;
}

/** Words of a comma list other than the one being completed, lower-cased: not offered again. */
function listedWords(value: string, start: number, end: number): Set<string> {
  const others = `${value.slice(0, start)},${value.slice(end)}`;
  return new Set(others.split(',').map((word) => word.trim().toLowerCase()).filter(Boolean));
}

function valueItems(context: PjsipFeatureContext, target: Extract<PjsipTarget, { kind: 'value' }>, option: PjsipOptionEntry, character: number): CompletionList {
  const { node, line, valueOffset } = target;
  const isList = option.kind === 'enumList' || option.kind === 'referenceList' || option.kind === 'codecList';
  const word = isList ? valueWord(node.value, valueOffset, ',') : { start: 0, end: node.value.length, typed: node.value.slice(0, valueOffset) };
  const range = wordRange(node, line, word, valueOffset, character);
  const listed = isList ? listedWords(node.value, word.start, word.end) : new Set<string>();
  const fromValues = (values: readonly EnumValue[], kind: CompletionItemKind): CompletionItem[] =>
    values
      .filter((value) => !listed.has(value.value.toLowerCase()))
      .map((value, index) => ({
        label: value.value,
        kind,
        documentation: renderPjsipValueDocumentation(option, value),
        textEdit: { range, newText: value.value },
        sortText: String(index).padStart(4, '0'),
      }));
  switch (option.kind) {
    case 'objectType':
      return complete(typeItems(range));
    case 'bool':
      return complete(fromValues(BOOL_VALUES, CompletionItemKind.Value));
    case 'enum':
    case 'enumList':
      return complete(fromValues(option.values ?? [], CompletionItemKind.EnumMember));
    case 'codecList':
      return complete(fromValues([{ value: 'all', description: 'Every codec Asterisk knows: `disallow=all` clears the list before the allow lines that follow.' }, ...BUILTIN_CODECS], CompletionItemKind.EnumMember));
    case 'reference':
    case 'referenceList':
      return referenceItems(context, option, range, word.typed, listed);
    case 'context':
      return complete(contextItems(context, range));
    default:
      return EMPTY;
  }
  function complete(items: CompletionItem[]): CompletionList {
    return { isIncomplete: false, items };
  }
}

function typeItems(range: Range): CompletionItem[] {
  return pjsipObjectTypes
    .filter((type) => type.fromFile)
    .map((type, index) => ({
      label: type.name,
      kind: CompletionItemKind.EnumMember,
      documentation: { kind: MarkupKind.Markdown, value: type.description },
      textEdit: { range, newText: type.name },
      sortText: String(index).padStart(4, '0'),
    }));
}

/** The objects of the type the option names (from every file of the include tree), capped like sip's model candidates. */
function referenceItems(context: PjsipFeatureContext, option: PjsipOptionEntry, range: Range, typed: string, listed: ReadonlySet<string>): CompletionList {
  const type = option.references!;
  const { kept, capped } = capReferences(context.model.ofType(type), listed, typed.trim());
  const items = kept.map((object, index) => ({
    label: object.name,
    kind: CompletionItemKind.Reference,
    detail: type,
    documentation: { kind: MarkupKind.Markdown, value: describePjsipObject(context.model, object) },
    textEdit: { range, newText: object.name },
    sortText: String(index).padStart(5, '0'),
  }));
  return { isIncomplete: capped, items };
}

/** The lower-case names of a list of objects, once per list (a model's type list lives as long as the model). */
const lowerNames = new WeakMap<readonly PjsipObject[], readonly string[]>();

/**
 * capCandidates for the objects of a type, minus those already listed: at 10k aors every request scans
 * them all for the typed text, so the names are lower-cased once per model, not once per request.
 */
function capReferences(objects: readonly PjsipObject[], listed: ReadonlySet<string>, typed: string): { kept: PjsipObject[]; capped: boolean } {
  let names = lowerNames.get(objects);
  if (!names) {
    names = objects.map((object) => object.name.toLowerCase());
    lowerNames.set(objects, names);
  }
  const needle = typed.toLowerCase();
  const kept: PjsipObject[] = [];
  for (let index = 0; index < objects.length; index++) {
    const name = names[index];
    if (listed.has(name) || (needle !== '' && !name.includes(needle))) continue;
    if (kept.length === MODEL_CANDIDATE_LIMIT) return { kept, capped: true };
    kept.push(objects[index]);
  }
  return { kept, capped: false };
}

function contextItems(context: PjsipFeatureContext, range: Range): CompletionItem[] {
  const contexts = context.dialplan ? [...context.dialplan.contexts.values()] : [];
  return contexts.map((entry) => ({
    label: entry.name,
    kind: CompletionItemKind.Module,
    detail: 'context in extensions.conf',
    textEdit: { range, newText: entry.name },
  }));
}

/** After a typed `[`: the skeletons; inside `(…)`: templates written earlier, `!` and `+`. */
function headerItems(context: PjsipFeatureContext, line: number, character: number): CompletionList {
  const node = context.document.line(line);
  if (node.kind !== 'section') return EMPTY;
  const spot = headerSpotAt(context.document.lineText(line), node, line, character);
  if (!spot) return EMPTY;
  if (spot.kind === 'skeleton') return { isIncomplete: false, items: skeletonItems(PJSIP_SKELETONS, context.dialplan, line, character, spot.replace) };
  const { range, typed, written, empty } = spot;
  const here = context.model.base.sections.find((section) => section.uri === context.uri && section.headerLine === line);
  const before = here?.order ?? Number.POSITIVE_INFINITY;
  // Asterisk resolves a base when it reads the header: only templates above this one can be inherited.
  const templates = context.model.templates.filter((template) => template.section.order < before && !written.has(template.section.key));
  const { kept, capped } = capCandidates(templates, (template) => template.section.name, typed);
  const items: CompletionItem[] = kept.map((template, index) => ({
    label: template.section.name,
    kind: CompletionItemKind.Class,
    detail: template.type ? `template (type=${template.type})` : 'template',
    textEdit: { range, newText: template.section.name },
    sortText: `0${String(index).padStart(5, '0')}`,
  }));
  if (!written.has('!')) {
    items.push({ label: '!', kind: CompletionItemKind.Keyword, detail: 'make this section a template', textEdit: { range, newText: '!' }, sortText: '1' });
  }
  if (!written.has('+') && empty) {
    items.push({ label: '+', kind: CompletionItemKind.Keyword, detail: 'add these lines to the section of this name defined earlier', textEdit: { range, newText: '+' }, sortText: '2' });
  }
  return { isIncomplete: capped, items };
}
