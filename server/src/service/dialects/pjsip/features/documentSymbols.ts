/**
 * Outline and workspace symbols of pjsip.conf (issue #16). Each section is shown with what it makes —
 * its object type and, for an endpoint or a registration, its direction from Asterisk's side (the
 * label of the direction hints) — and its lines as children. Sections written one after another under
 * one name (`[alice]` endpoint, auth, aor: one phone) are grouped under that name, so the outline reads
 * as the things configured; a lone section stands by itself. Values never show a secret.
 *
 * Symbol kinds: endpoint by direction as for sip (⇄ Object, ⇐ Interface, ⇒ Struct, neither Variable),
 * aor Field, auth Key, identify Constant, registration Event, transport Module, global / system
 * Namespace, template Class, other objects Object, a section that makes no object Variable.
 */
import { SymbolKind, type DocumentSymbol, type Range, type SymbolInformation } from 'vscode-languageserver-types';
import { matchesQuery } from '../../../features/documentSymbols';
import { nextHeaderLine, sectionRange } from '../../../features/folding';
import { MAX_DOCUMENT_SYMBOLS, MAX_SYMBOL_TEXT, MAX_WORKSPACE_SYMBOLS } from '../../../limits';
import type { Section } from '../../../model/types';
import type { KeyValueNode, SectionHeaderNode, Span } from '../../../parser/nodes';
import { clip } from '../../../quote';
import { endpointDirection } from '../direction';
import { valueOf, type PjsipModel } from '../model';
import type { PjsipObjectType } from '../types';
import type { PjsipFeatureContext } from './featureContext';
import { pjsipDirectionLabel } from './directionHints';
import { ownerOf, type SectionOwner } from './locate';
import { displayPjsipValue } from '../../../features/secretMask';

const TYPE_KIND: Partial<Record<PjsipObjectType, SymbolKind>> = {
  aor: SymbolKind.Field,
  auth: SymbolKind.Key,
  identify: SymbolKind.Constant,
  registration: SymbolKind.Event,
  transport: SymbolKind.Module,
  global: SymbolKind.Namespace,
  system: SymbolKind.Namespace,
};

function spanRange(line: number, span: Span): Range {
  return { start: { line, character: span.start }, end: { line, character: span.end } };
}

/** VS Code rejects a symbol with an empty name; `[]` is what the user wrote for an empty one. */
function displayName(name: string): string {
  return name.trim() === '' ? '[]' : clip(name, MAX_SYMBOL_TEXT);
}

function symbolKind(model: PjsipModel, owner: SectionOwner): SymbolKind {
  if (owner.template) return SymbolKind.Class;
  const object = owner.object;
  if (!object) return SymbolKind.Variable;
  if (object.type !== 'endpoint') return TYPE_KIND[object.type] ?? SymbolKind.Object;
  switch (endpointDirection(model, object).arrow) {
    case '⇄':
      return SymbolKind.Object;
    case '⇐':
      return SymbolKind.Interface;
    case '⇒':
      return SymbolKind.Struct;
    default:
      return SymbolKind.Variable;
  }
}

/** What the section makes, in a few words (without its name). */
function ownerDetail(model: PjsipModel, owner: SectionOwner, section: Section | undefined): string {
  if (owner.template) return owner.type ? `template (${owner.type})` : 'template';
  if (owner.untyped) return owner.untyped.reason === 'missing' ? 'no type: not loaded' : owner.untyped.reason === 'unknown' ? 'unknown type: not loaded' : 'not read from the file';
  const object = owner.object;
  if (!object) return 'not loaded';
  const shown = (name: string): string | undefined => {
    const value = valueOf(object, name)?.trim();
    return value ? clip(displayPjsipValue(object.type, name, value), MAX_SYMBOL_TEXT) : undefined;
  };
  const parts: string[] = [object.section === section ? object.type : `adds to ${object.type}`];
  const label = pjsipDirectionLabel(model, object);
  if (label) parts.push(label);
  switch (object.type) {
    case 'endpoint':
      parts.push(`context ${shown('context') ?? 'default'}`);
      break;
    case 'aor': {
      const contact = shown('contact');
      parts.push(contact ? `we call ${contact}` : `max_contacts=${shown('max_contacts') ?? '0'}`);
      break;
    }
    case 'auth':
      parts.push(`user ${shown('username') ?? '(none)'}`);
      break;
    case 'identify':
      parts.push(`→ endpoint ${shown('endpoint') ?? '(none)'}`);
      break;
    case 'transport':
      parts.push(`${shown('protocol') ?? 'udp'} ${shown('bind') ?? ''}`.trim());
      break;
    default:
      break;
  }
  return parts.join(' · ');
}

function keySymbol(type: PjsipObjectType | undefined, line: number, node: KeyValueNode): DocumentSymbol {
  const range = spanRange(line, { start: node.keySpan.start, end: Math.max(node.valueSpan.end, node.operatorSpan.end) });
  const detail = clip(displayPjsipValue(type, node.key, node.value), MAX_SYMBOL_TEXT);
  return { name: displayName(node.key), detail, kind: SymbolKind.Property, range, selectionRange: spanRange(line, node.keySpan) };
}

/** The outline; at most `limit` entries (sections, groups and lines together), in file order. */
export function getPjsipDocumentSymbols(context: PjsipFeatureContext, limit = MAX_DOCUMENT_SYMBOLS): DocumentSymbol[] {
  const { document, model } = context;
  const sections = new Map<number, Section>();
  for (const section of model.base.sections) if (section.uri === context.uri && !sections.has(section.headerLine)) sections.set(section.headerLine, section);
  const headers = document.headerLines;
  const symbols: DocumentSymbol[] = [];
  let left = limit;
  let index = 0;
  while (index < headers.length && left > 0) {
    const name = (document.line(headers[index]) as SectionHeaderNode).name;
    let last = index;
    while (last + 1 < headers.length && (document.line(headers[last + 1]) as SectionHeaderNode).name === name) last++;
    const group: DocumentSymbol[] = [];
    const kinds: SymbolKind[] = [];
    const types: string[] = [];
    for (let member = index; member <= last && left > 0; member++) {
      left--;
      const headerLine = headers[member];
      const header = document.line(headerLine) as SectionHeaderNode;
      const section = sections.get(headerLine);
      const owner = ownerOf(model, section);
      const children: DocumentSymbol[] = [];
      const end = nextHeaderLine(document, member);
      for (let line = headerLine + 1; line < end && left > 0; line++) {
        const node = document.line(line);
        if (node.kind !== 'keyValue') continue;
        children.push(keySymbol(owner.type, line, node));
        left--;
      }
      const kind = symbolKind(model, owner);
      const detail = ownerDetail(model, owner, section);
      kinds.push(kind);
      types.push(owner.template ? 'template' : owner.object?.type ?? 'no type');
      group.push({ name: displayName(header.name), detail, kind, range: sectionRange(document, member), selectionRange: spanRange(headerLine, header.nameSpan), children });
    }
    if (group.length === 1) symbols.push(group[0]);
    else if (group.length > 1) {
      // One thing configured in several objects: the group is named once, each part by its type.
      const members = group.map((symbol, position) => ({ ...symbol, name: types[position] }));
      const endpoint = kinds[types.indexOf('endpoint')];
      symbols.push({
        name: displayName(name),
        detail: types.join(' + '),
        kind: endpoint ?? kinds[0],
        range: { start: group[0].range.start, end: group[group.length - 1].range.end },
        selectionRange: group[0].selectionRange,
        children: members,
      });
    }
    index = last + 1;
  }
  return symbols;
}

function fileName(uri: string): string {
  return uri.slice(uri.lastIndexOf('/') + 1);
}

/** Objects and templates of every include tree the contexts know about, each section once. */
export function getPjsipWorkspaceSymbols(contexts: readonly PjsipFeatureContext[], query: string): SymbolInformation[] {
  const seen = new Set<string>();
  const symbols: SymbolInformation[] = [];
  for (const { model } of contexts) {
    for (const section of model.base.sections) {
      if (symbols.length >= MAX_WORKSPACE_SYMBOLS) return symbols;
      const id = `${section.uri}#${section.headerLine}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const name = displayName(section.name);
      if (!matchesQuery(name, query)) continue;
      const owner = ownerOf(model, section);
      const what = owner.template ? 'template' : owner.object?.type ?? 'no type';
      symbols.push({
        name,
        kind: symbolKind(model, owner),
        location: { uri: section.uri, range: spanRange(section.headerLine, section.header.nameSpan) },
        containerName: `${what} · ${fileName(section.uri)}`,
      });
    }
  }
  return symbols;
}
