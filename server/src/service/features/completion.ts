/**
 * Completion (issue #4): option keys valid where the cursor is, their values, template names in a
 * section header, files after `#include`, and snippets (the register statement, section skeletons).
 * `locate` says what is under the cursor; the catalog and the model say what may go there.
 */
import {
  CompletionItemKind,
  CompletionItemTag,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type Position,
  type Range,
} from 'vscode-languageserver-types';
import type { Analysis } from '../analysis';
import { lookupOption, optionsForScope } from '../data/catalog';
import { isChannelDialect, type Dialect, type OptionEntry, type SectionScope } from '../data/catalogTypes';
import { profileOf } from '../dialects/channel';
import type { Section } from '../model/types';
import type { Span } from '../parser/nodes';
import { DIRECTION_DETAIL, headerCompletions, includeCompletions, skeletonCompletions, startsBetweenSections } from './completionSections';
import { valueCompletions } from './completionValues';
import { locate } from './locate';
import { renderOptionDocumentation } from './optionDocs';

const EMPTY: CompletionList = { isIncomplete: false, items: [] };

/** Value kinds worth asking for suggestions right after the key is inserted. */
const SUGGESTS_VALUES: ReadonlySet<OptionEntry['kind']> = new Set(['bool', 'enum', 'enumList', 'codecList', 'context', 'host']);

export function doComplete(analysis: Analysis, position: Position): CompletionList {
  const dialect = analysis.dialect;
  const target = locate(analysis, position);
  if (!target) return EMPTY;
  const character = Math.max(0, Math.min(position.character, analysis.document.lineText(target.line).length));
  let items: CompletionItem[] = [];
  let isIncomplete = false;
  switch (target.kind) {
    case 'directive':
      if (target.inArgument && (target.node.name === 'include' || target.node.name === 'tryinclude')) {
        items = includeCompletions(analysis, target.line, target.node.argumentSpan, character);
      }
      break;
    case 'sectionName':
    case 'headerOption':
      if (isChannelDialect(dialect)) ({ items, isIncomplete } = headerCompletions(analysis, target.line, character, dialect));
      break;
    case 'value':
      if (isChannelDialect(dialect) && target.option) {
        ({ items, isIncomplete } = valueCompletions(analysis, target.option, target.node, target.line, target.valueOffset, character, dialect));
      }
      break;
    case 'key':
      if (isChannelDialect(dialect) && target.section) {
        items = keyCompletions(analysis, target.section, target.line, target.node.keySpan, false, dialect);
      }
      break;
    case 'blank':
      if (!isChannelDialect(dialect)) break;
      if (target.section) items = keyCompletions(analysis, target.section, target.line, target.typedSpan, true, dialect);
      if (target.typed === '' && (!target.section || startsBetweenSections(analysis, target.line))) {
        items.push(...skeletonCompletions(analysis, target.line, character, dialect));
      }
      break;
    default:
      break;
  }
  return { isIncomplete, items };
}

/** The catalog scopes a section accepts: sip devices share one scope; an iax endpoint's type bits pick user / peer. */
export function scopesOf(analysis: Analysis, section: Section, dialect: Dialect): readonly SectionScope[] {
  switch (section.kind) {
    case 'general':
      return ['general'];
    case 'authentication':
      return profileOf(dialect).specialScopes('authentication');
    case 'callnumberlimits':
      return [];
    default: {
      const endpoint = analysis.model.endpointsByKey.get(section.key);
      // Only the section that is the endpoint has its type bits (a template may become either role).
      return profileOf(dialect).deviceScopes(endpoint?.section === section ? endpoint.bits : undefined);
    }
  }
}

/** Options written in the section (canonical names) other than on `line`: a scalar one is not offered again. */
function optionsAlreadySet(analysis: Analysis, section: Section, line: number, dialect: Dialect): Set<string> {
  const names = new Set<string>();
  for (const entry of section.entries) {
    if (entry.uri === analysis.uri && entry.line === line) continue;
    const option = lookupOption(dialect, entry.node.key);
    if (option && !option.repeatable) names.add(option.name);
  }
  return names;
}

function keyCompletions(analysis: Analysis, section: Section, line: number, span: Span, insertOperator: boolean, dialect: Dialect): CompletionItem[] {
  const range: Range = { start: { line, character: span.start }, end: { line, character: span.end } };
  const scopes = scopesOf(analysis, section, dialect);
  const alreadySet = optionsAlreadySet(analysis, section, line, dialect);
  const seen = new Set<string>();
  const items: CompletionItem[] = [];
  for (const scope of scopes) {
    for (const option of optionsForScope(dialect, scope)) {
      if (seen.has(option.name) || alreadySet.has(option.name) || option.realtimeOnly) continue;
      seen.add(option.name);
      if (option.kind === 'register' && insertOperator) {
        items.push(registerSnippet(option, range, dialect));
        continue;
      }
      items.push(keyItem(option, range, insertOperator, dialect));
    }
  }
  return items;
}

function keyItem(option: OptionEntry, range: Range, insertOperator: boolean, dialect: Dialect): CompletionItem {
  const item: CompletionItem = {
    label: option.name,
    kind: CompletionItemKind.Property,
    documentation: renderOptionDocumentation(option, dialect),
    textEdit: { range, newText: insertOperator ? `${option.name}=` : option.name },
    sortText: `${option.deprecatedBy ? 1 : 0}${option.name}`,
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

function registerSnippet(option: OptionEntry, range: Range, dialect: Dialect): CompletionItem {
  const documentation = renderOptionDocumentation(option, dialect);
  return {
    label: 'register =>',
    kind: CompletionItemKind.Snippet,
    detail: 'we sign in to a remote server and tell it where we are',
    documentation: { kind: MarkupKind.Markdown, value: `\`\`\`\n${profileOf(dialect).registerSnippet.replace(/\$\{\d+:([^}]*)\}/g, '$1')}\n\`\`\`\n\n${documentation.value}` },
    textEdit: { range, newText: profileOf(dialect).registerSnippet },
    insertTextFormat: InsertTextFormat.Snippet,
    filterText: 'register',
    sortText: '0register',
  };
}
