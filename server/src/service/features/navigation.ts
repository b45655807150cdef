/**
 * Go to definition, find references, document highlights (issue #6).
 *
 * Definition follows what Asterisk itself follows: `[x](tpl)` to the section the base resolves to,
 * `[x](+)` to the section it extends, `context=` to the dialplan, `#include` to the file. It also links
 * the two halves of a trunk: a register statement (us registering to a remote box) and the peer that
 * describes the same box (the host we call), in both directions.
 */
import { DocumentHighlightKind, type DocumentHighlight, type Location, type Position } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis';
import type { Section } from '../model/types';
import type { DirectiveNode, HeaderOption, KeyValueNode } from '../parser/nodes';
import { locate } from './locate';
import { locationOf, occurrencesOf, registerAt, registerPeerPart, symbolAt, valuePartSpan } from './namedSymbols';

export function getDefinition(analysis: Analysis, position: Position): Location[] {
  const target = locate(analysis, position);
  if (!target) return [];
  switch (target.kind) {
    case 'headerOption':
      return headerOptionDefinition(analysis, target.line, target.option);
    case 'sectionName': {
      const section = sectionWithHeaderAt(analysis, target.line);
      return section ? sectionNameDefinition(analysis, section) : [];
    }
    case 'value':
      return valueDefinition(analysis, target.line, target.node, target.valueOffset, target.section);
    case 'directive':
      return target.inArgument ? includeDefinition(analysis, target.line, target.node) : [];
    default:
      return [];
  }
}

export function findReferences(analysis: Analysis, position: Position, includeDeclaration: boolean): Location[] {
  const at = symbolAt(analysis, position);
  if (!at) return [];
  return occurrencesOf(analysis, at.symbol)
    .filter((occurrence) => includeDeclaration || !occurrence.isDeclaration)
    .map((occurrence) => ({ uri: occurrence.uri, range: occurrence.range }));
}

export function getDocumentHighlights(analysis: Analysis, position: Position): DocumentHighlight[] {
  const at = symbolAt(analysis, position);
  if (!at) return [];
  return occurrencesOf(analysis, at.symbol)
    .filter((occurrence) => occurrence.uri === analysis.uri)
    .map((occurrence) => ({
      range: occurrence.range,
      kind: occurrence.isDeclaration ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
    }));
}

function sectionWithHeaderAt(analysis: Analysis, line: number): Section | undefined {
  return analysis.model.sections.find((section) => section.uri === analysis.uri && section.headerLine === line);
}

function headerLocation(section: Section): Location {
  return locationOf(section.uri, section.headerLine, section.header.nameSpan);
}

/** The first section of that name read before `section`, i.e. the one a `(+)` or repeated header extends. */
function originalOf(analysis: Analysis, section: Section, allowTemplate: boolean): Section | undefined {
  return analysis.model.sectionsByKey
    .get(section.key)
    ?.find((candidate) => candidate.order < section.order && (allowTemplate || !candidate.header.isTemplate));
}

function headerOptionDefinition(analysis: Analysis, line: number, option: HeaderOption): Location[] {
  const section = sectionWithHeaderAt(analysis, line);
  if (option.kind === 'append') {
    const original = section && originalOf(analysis, section, false);
    return original ? [headerLocation(original)] : [];
  }
  if (option.kind !== 'inherit' || !option.text) return [];
  // `bases` lists the inherit options in order; resolve through it so we land where Asterisk copies from.
  const index = section?.header.options?.filter((candidate) => candidate.kind === 'inherit').findIndex((candidate) => candidate.span.start === option.span.start);
  const resolved = section && index !== undefined && index >= 0 ? section.bases[index] : undefined;
  // A base defined only later is an error Asterisk reports, but showing where it is helps fix it.
  const base = resolved ?? analysis.model.sectionsByKey.get(option.text.toLowerCase())?.[0];
  return base ? [headerLocation(base)] : [];
}

function sectionNameDefinition(analysis: Analysis, section: Section): Location[] {
  const locations: Location[] = [];
  const original = originalOf(analysis, section, true);
  if (original) locations.push(headerLocation(original));
  const endpoint = analysis.model.endpointsByKey.get(section.key);
  if (endpoint?.bits.peer) {
    const location = endpoint.direction.outbound?.location;
    const host = location?.kind === 'static' ? location.host.value : undefined;
    locations.push(...registersTargeting(analysis, host, section.key));
  }
  return locations;
}

function valueDefinition(analysis: Analysis, line: number, node: KeyValueNode, valueOffset: number, section: Section | undefined): Location[] {
  const key = node.key.toLowerCase();
  if (key === 'context' || key === 'subscribecontext') {
    const context = node.value ? analysis.dialplan?.contexts.get(node.value.toLowerCase()) : undefined;
    return context ? [locationOf(context.uri, context.line, context.nameSpan)] : [];
  }
  if (key === 'register') return registerDefinition(analysis, line, valueOffset);
  if (key === 'host' && node.value && node.value.toLowerCase() !== 'dynamic') {
    return registersTargeting(analysis, node.value, section?.kind === 'endpoint' ? section.key : undefined);
  }
  return [];
}

/** From a register statement: its host to the peers that call that host, its `peer?` prefix to that peer. */
function registerDefinition(analysis: Analysis, line: number, valueOffset: number): Location[] {
  const statement = registerAt(analysis, analysis.uri, line);
  if (!statement) return [];
  const peer = registerPeerPart(statement);
  if (peer && valueOffset >= peer.span.start && valueOffset <= peer.span.end) {
    const section = analysis.model.sectionsByKey.get(peer.text.toLowerCase())?.[0];
    return section ? [headerLocation(section)] : [];
  }
  const host = statement.parsed.host;
  if (!host || valueOffset < host.span.start || valueOffset > host.span.end || !host.text) return [];
  const hostKey = host.text.toLowerCase();
  const locations: Location[] = [];
  for (const endpoint of analysis.model.endpoints) {
    const location = endpoint.direction.outbound?.location;
    if (endpoint.bits.peer && location?.kind === 'static' && location.host.value.toLowerCase() === hostKey) {
      locations.push(headerLocation(endpoint.section));
    }
  }
  return locations;
}

/** Register statements whose host is `host`, or whose `peer?` prefix names the section `sectionKey`. */
function registersTargeting(analysis: Analysis, host: string | undefined, sectionKey: string | undefined): Location[] {
  const hostKey = host?.toLowerCase();
  const locations: Location[] = [];
  for (const statement of analysis.model.registers) {
    const { uri, line, node } = statement.entry;
    const registerHost = statement.parsed.host;
    const peer = registerPeerPart(statement);
    if (hostKey && registerHost && registerHost.text.toLowerCase() === hostKey) {
      locations.push(locationOf(uri, line, valuePartSpan(node, registerHost.span)));
    } else if (sectionKey && peer && peer.text.toLowerCase() === sectionKey) {
      locations.push(locationOf(uri, line, valuePartSpan(node, peer.span)));
    }
  }
  return locations;
}

const FILE_START = { start: 0, end: 0 };

function includeDefinition(analysis: Analysis, line: number, node: DirectiveNode): Location[] {
  if (node.name !== 'include' && node.name !== 'tryinclude') return [];
  const link = analysis.model.includes.find((candidate) => candidate.uri === analysis.uri && candidate.line === line);
  return link ? link.targets.map((uri) => locationOf(uri, 0, FILE_START)) : [];
}
