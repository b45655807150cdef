/**
 * Go to definition, find references and document highlights in pjsip.conf (issue #16), across every
 * file of the include tree (FreePBX splits one config into pjsip.endpoint.conf, pjsip.aor.conf ...).
 *
 * An object is known by its type and its exact name (res_sorcery compares ids exactly, and one name
 * may be an endpoint, an aor and an auth at once). Its occurrences are its header, the headers of the
 * `[name](+)` sections that add to it, the `[x](name)` headers that inherit its section, and every
 * reference of the right type (`aors=`, `auth=`, `outbound_auth=`, `endpoint=`, `transport=` ...);
 * a same-named object of another type is a different symbol. Rename (rename.ts) starts here too.
 */
import { DocumentHighlightKind, type DocumentHighlight, type Location, type Position, type Range } from 'vscode-languageserver-types';
import type { Section } from '../../../model/types';
import type { Span } from '../../../parser/nodes';
import type { PjsipModel, PjsipObject } from '../model';
import type { PjsipFeatureContext } from './featureContext';
import { locatePjsip, referenceAt } from './locate';

export interface PjsipSymbolAt {
  readonly object: PjsipObject;
  /** Where the name is written under the cursor. */
  readonly range: Range;
  /** Set when the occurrence cannot be rewritten safely (a value with `\;` escapes or inline comments). */
  readonly notRenameable?: string;
}

export interface PjsipOccurrence {
  readonly uri: string;
  readonly range: Range;
  /** A header of the object (its own or a `(+)`), rather than a use of its name. */
  readonly isDeclaration: boolean;
  /** A reference in a value with escapes or inline comments: its place is not exact, so rename refuses. */
  readonly inexact?: boolean;
}

function rangeOf(line: number, span: Span): Range {
  return { start: { line, character: span.start }, end: { line, character: span.end } };
}

function headerLocation(section: Section): Location {
  return { uri: section.uri, range: rangeOf(section.headerLine, section.header.nameSpan) };
}

const ESCAPED = 'This value has escapes or an inline comment: rename the object from its header instead.';

/** The object whose name is under the cursor: on its header (or a `(+)` adding to it), or on a reference naming it. */
export function pjsipSymbolAt(context: PjsipFeatureContext, position: Position): PjsipSymbolAt | undefined {
  const target = locatePjsip(context, position);
  if (!target) return undefined;
  if (target.kind === 'sectionName') {
    const object = target.owner.object;
    return object ? { object, range: rangeOf(target.line, target.node.nameSpan) } : undefined;
  }
  if (target.kind !== 'value') return undefined;
  const column = Math.max(0, Math.min(position.character, context.document.lineText(target.line).length));
  const reference = referenceAt(context.model, context.uri, target.line, column);
  if (!reference?.target) return undefined;
  const range = rangeOf(target.line, reference.span);
  return target.node.valueColumns ? { object: reference.target, range, notRenameable: ESCAPED } : { object: reference.target, range };
}

/** Header, `(+)` headers, inheriting headers and references of the right type, each place once. */
export function pjsipOccurrences(model: PjsipModel, object: PjsipObject): PjsipOccurrence[] {
  const occurrences: PjsipOccurrence[] = [];
  const seen = new Set<string>();
  const add = (uri: string, line: number, span: Span, isDeclaration: boolean, inexact = false): void => {
    const key = `${uri}#${line}:${span.start}`;
    if (seen.has(key)) return;
    seen.add(key);
    occurrences.push({ uri, range: rangeOf(line, span), isDeclaration, ...(inexact ? { inexact } : {}) });
  };
  for (const section of [object.section, ...object.appends]) add(section.uri, section.headerLine, section.header.nameSpan, true);
  for (const section of model.base.sections) {
    const inherits = section.header.options?.filter((option) => option.kind === 'inherit') ?? [];
    section.bases.forEach((base, index) => {
      if (base === object.section && inherits[index]) add(section.uri, section.headerLine, inherits[index].span, false);
    });
  }
  for (const reference of model.referencesTo(object)) {
    const entry = reference.line.source.entry;
    if (entry) add(entry.uri, entry.line, reference.span, false, entry.node.valueColumns !== undefined);
  }
  return occurrences;
}

export function getPjsipDefinition(context: PjsipFeatureContext, position: Position): Location[] {
  const target = locatePjsip(context, position);
  if (!target) return [];
  switch (target.kind) {
    case 'sectionName': {
      // A `(+)` header leads to the object it adds to.
      const object = target.owner.object;
      return object && object.section !== target.section ? [headerLocation(object.section)] : [];
    }
    case 'headerOption': {
      const section = target.section;
      if (!section) return [];
      if (target.option.kind === 'append') {
        const object = target.owner.object;
        return object && object.section !== section ? [headerLocation(object.section)] : [];
      }
      if (target.option.kind !== 'inherit') return [];
      const index = section.header.options?.filter((option) => option.kind === 'inherit').findIndex((option) => option.span.start === target.option.span.start) ?? -1;
      const base = index >= 0 ? section.bases[index] : undefined;
      return base ? [headerLocation(base)] : [];
    }
    case 'value': {
      if (target.node.key.trim().toLowerCase() === 'context' || target.option?.kind === 'context') {
        const found = target.node.value ? context.dialplan?.contexts.get(target.node.value.trim().toLowerCase()) : undefined;
        return found ? [{ uri: found.uri, range: rangeOf(found.line, found.nameSpan) }] : [];
      }
      const at = pjsipSymbolAt(context, position);
      return at ? [headerLocation(at.object.section)] : [];
    }
    case 'directive': {
      if (!target.inArgument) return [];
      const link = context.model.base.includes.find((candidate) => candidate.uri === context.uri && candidate.line === target.line);
      return link ? link.targets.map((uri) => ({ uri, range: rangeOf(0, { start: 0, end: 0 }) })) : [];
    }
    default:
      return [];
  }
}

export function findPjsipReferences(context: PjsipFeatureContext, position: Position, includeDeclaration: boolean): Location[] {
  const at = pjsipSymbolAt(context, position);
  if (!at) return [];
  return pjsipOccurrences(context.model, at.object)
    .filter((occurrence) => includeDeclaration || !occurrence.isDeclaration)
    .map((occurrence) => ({ uri: occurrence.uri, range: occurrence.range }));
}

export function getPjsipDocumentHighlights(context: PjsipFeatureContext, position: Position): DocumentHighlight[] {
  const at = pjsipSymbolAt(context, position);
  if (!at) return [];
  return pjsipOccurrences(context.model, at.object)
    .filter((occurrence) => occurrence.uri === context.uri)
    .map((occurrence) => ({ range: occurrence.range, kind: occurrence.isDeclaration ? DocumentHighlightKind.Write : DocumentHighlightKind.Read }));
}
