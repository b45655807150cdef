/**
 * Outline and workspace symbols (issue #6).
 *
 * The outline is the document's own sections (entries that come from included files belong to those
 * files' outlines), each with its keys as children; `register =>` lines are shown as registrations.
 * Symbol kinds, chosen so the outline's icons tell the section kinds apart:
 *   [general], [authentication], [callnumberlimits], contexts of other files → Namespace
 *   templates `[x](!)` → Class
 *   endpoints by what the driver makes of them: user → Interface (only calls us), peer → Struct (only
 *   we call it), friend → Object (both), no usable type → Variable
 *   register statements → Event (we announce ourselves to a remote box), keys → Property.
 * Details never show a secret: values go through maskSecretsInValue.
 */
import { SymbolKind, type DocumentSymbol, type Range, type SymbolInformation } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis';
import type { FileDialect } from '../dialect';
import type { KeyValueNode, SectionHeaderNode, Span } from '../parser/nodes';
import type { ConfigModel, Endpoint, Section } from '../model/types';
import { parseSipRegister, shownPart } from '../model/registerStatement';
import { channelProfile } from '../dialects/channel';
import { nextHeaderLine, sectionRange } from './folding';
import { directionLabel } from './directionText';
import { maskSecretsInValue, SECRET_MASK } from './secretMask';
import { MAX_DOCUMENT_SYMBOLS, MAX_SYMBOL_TEXT, MAX_WORKSPACE_SYMBOLS } from '../limits';
import { clip } from '../quote';
import { isChannelDialect } from '../data/catalogTypes';

function spanRange(line: number, span: Span): Range {
  return { start: { line, character: span.start }, end: { line, character: span.end } };
}

/** VS Code rejects a symbol with an empty name; `[]` is what the user wrote for an empty one. */
function displayName(name: string): string {
  return name.trim() === '' ? '[]' : clip(name, MAX_SYMBOL_TEXT);
}

function endpointOf(model: ConfigModel, section: Section | undefined): Endpoint | undefined {
  return section?.kind === 'endpoint' ? model.endpointsByKey.get(section.key) : undefined;
}

export function sectionSymbolKind(section: Section | undefined, header: SectionHeaderNode, endpoint: Endpoint | undefined, dialect: FileDialect): SymbolKind {
  if (header.isTemplate || section?.kind === 'template') return SymbolKind.Class;
  if (!isChannelDialect(dialect) || (section && section.kind !== 'endpoint') || header.name.toLowerCase() === 'general') return SymbolKind.Namespace;
  if (!endpoint) return SymbolKind.Variable;
  const { user, peer } = endpoint.bits;
  if (user && peer) return SymbolKind.Object;
  if (user) return SymbolKind.Interface;
  if (peer) return SymbolKind.Struct;
  return SymbolKind.Variable;
}

/**
 * The endpoint's type and direction in a few words, from Asterisk's side, led by the side its type is
 * about, e.g. `friend ⇄ calls us (into phones) · we call it (registers to us)`. The arrow is the one
 * the direction hints show (directionText); the full sentences are the hover's.
 */
export function endpointDetail(endpoint: Endpoint): string {
  const { user, peer } = endpoint.bits;
  const label = directionLabel(endpoint);
  if (!label) return endpoint.type ? `type=${endpoint.type.value}: skipped by Asterisk` : 'no type: skipped by Asterisk';
  const typeWord = user && peer ? 'friend' : user ? 'user' : 'peer';
  const { inbound, outbound } = endpoint.direction;
  const phrases: string[] = [];
  // A sip peer with a static host is also reached by calls from that host, matched by address.
  if (inbound) phrases.push(user ? `calls us (into ${inbound.context.value})` : `its calls matched by address (into ${inbound.context.value})`);
  if (outbound) {
    const location = outbound.location;
    if (location.kind === 'dynamic') phrases.push('we call it (registers to us)');
    else if (location.kind === 'static') phrases.push(`we call it (at ${location.host.value})`);
    else phrases.push('we cannot call it (no host)');
  }
  if (!user) phrases.reverse();
  return `${typeWord} ${label.slice(0, 1)} ${phrases.join(' · ')}`;
}

function sectionDetail(section: Section | undefined, header: SectionHeaderNode, endpoint: Endpoint | undefined): string | undefined {
  if (header.isTemplate || section?.kind === 'template') return 'template';
  switch (section?.kind) {
    case 'general':
      return 'general settings';
    case 'authentication':
      return 'credentials for outbound calls, by realm';
    case 'callnumberlimits':
      return 'call number limits, by address';
    default:
      return endpoint ? endpointDetail(endpoint) : undefined;
  }
}

/** The host a register statement targets, as Asterisk reads it; undefined when it rejects the line. */
function registerHost(dialect: FileDialect, value: string): string | undefined {
  // A register line outside sip.conf and iax.conf is read with SIP's grammar.
  const parsed = (channelProfile(dialect)?.parseRegister ?? parseSipRegister)(value);
  // The host can hold part of the password on a line Asterisk reads differently from what was meant.
  return parsed.accepted && parsed.host ? shownPart(parsed.host, parsed.hidden, SECRET_MASK) : undefined;
}

function keySymbol(analysis: Analysis, line: number, node: KeyValueNode): DocumentSymbol {
  const range = spanRange(line, { start: node.keySpan.start, end: Math.max(node.valueSpan.end, node.operatorSpan.end) });
  const detail = clip(maskSecretsInValue(analysis.dialect, node.key, node.value), MAX_SYMBOL_TEXT);
  if (isChannelDialect(analysis.dialect) && node.key.toLowerCase() === 'register') {
    const host = registerHost(analysis.dialect, node.value);
    return {
      name: `register → ${host ? clip(host, MAX_SYMBOL_TEXT) : '?'}`,
      detail,
      kind: SymbolKind.Event,
      range,
      selectionRange: spanRange(line, node.keySpan),
    };
  }
  return { name: displayName(node.key), detail, kind: SymbolKind.Property, range, selectionRange: spanRange(line, node.keySpan) };
}

/** This document's sections by header line (the first reading, when the file is included twice). */
function sectionsOfDocument(analysis: Analysis): Map<number, Section> {
  const byLine = new Map<number, Section>();
  for (const section of analysis.model.sections) {
    if (section.uri === analysis.uri && !byLine.has(section.headerLine)) byLine.set(section.headerLine, section);
  }
  return byLine;
}

/** The outline; at most `limit` entries (sections and lines together): the first sections, in file order. */
export function getDocumentSymbols(analysis: Analysis, limit = MAX_DOCUMENT_SYMBOLS): DocumentSymbol[] {
  const { document } = analysis;
  const sections = sectionsOfDocument(analysis);
  const headers = document.headerLines;
  const symbols: DocumentSymbol[] = [];
  let left = limit;
  for (let index = 0; index < headers.length && left > 0; index++) {
    left--;
    const headerLine = headers[index];
    const header = document.line(headerLine) as SectionHeaderNode;
    const section = sections.get(headerLine);
    const endpoint = endpointOf(analysis.model, section);
    const children: DocumentSymbol[] = [];
    const end = nextHeaderLine(document, index);
    for (let line = headerLine + 1; line < end && left > 0; line++) {
      const node = document.line(line);
      if (node.kind !== 'keyValue') continue;
      children.push(keySymbol(analysis, line, node));
      left--;
    }
    const detail = sectionDetail(section, header, endpoint);
    symbols.push({
      name: displayName(header.name),
      ...(detail !== undefined ? { detail } : {}),
      kind: sectionSymbolKind(section, header, endpoint, analysis.dialect),
      range: sectionRange(document, index),
      selectionRange: spanRange(headerLine, header.nameSpan),
      children,
    });
  }
  return symbols;
}

/** Case-insensitive subsequence match, as VS Code's own symbol pickers filter. */
export function matchesQuery(name: string, query: string): boolean {
  const wanted = query.toLowerCase();
  const text = name.toLowerCase();
  let matched = 0;
  for (let index = 0; index < text.length && matched < wanted.length; index++) {
    if (text[index] === wanted[matched]) matched++;
  }
  return matched === wanted.length;
}

function fileName(uri: string): string {
  return uri.slice(uri.lastIndexOf('/') + 1);
}

/**
 * Sections of every file the analyses know about (open documents and the files they include), each
 * file once: the first analysis that reads a file decides its sections' kinds.
 */
export function getWorkspaceSymbols(analyses: readonly Analysis[], query: string): SymbolInformation[] {
  const seen = new Set<string>();
  const symbols: SymbolInformation[] = [];
  const seenFiles = new Set<string>();
  for (const analysis of analyses) {
    const filesHere = new Set<string>();
    for (const section of analysis.model.sections) {
      if (symbols.length >= MAX_WORKSPACE_SYMBOLS) return symbols;
      if (seenFiles.has(section.uri)) continue;
      filesHere.add(section.uri);
      const id = `${section.uri}#${section.headerLine}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const name = displayName(section.name);
      if (!matchesQuery(name, query)) continue;
      const endpoint = endpointOf(analysis.model, section);
      symbols.push({
        name,
        kind: sectionSymbolKind(section, section.header, endpoint, analysis.model.dialect),
        location: { uri: section.uri, range: spanRange(section.headerLine, section.header.nameSpan) },
        containerName: fileName(section.uri),
      });
    }
    for (const uri of filesHere) seenFiles.add(uri);
  }
  return symbols;
}
