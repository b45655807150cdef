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
import { splitNames, type PjsipModel, type PjsipObject, type PjsipTemplate } from '../model';
import { pjsipReferenceOptions } from '../options';
import type { PjsipObjectType } from '../types';
import type { PjsipFeatureContext } from './featureContext';
import { locatePjsip, referenceAt } from './locate';

/** An object, or a template (`[name](!)`): templates are no objects, but their name is written in heirs' headers. */
export interface PjsipSymbolAt {
  readonly object?: PjsipObject;
  readonly template?: PjsipTemplate;
  /** The name and defining section of whichever of the two it is. */
  readonly name: string;
  readonly section: Section;
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

/** A reference written in a template's own lines (seen once, whether or not the template has heirs). */
interface TemplateReference {
  readonly uri: string;
  readonly line: number;
  readonly span: Span;
  readonly name: string;
  readonly targetType: PjsipObjectType;
  readonly inexact: boolean;
}

const templateReferenceCache = new WeakMap<PjsipModel, readonly TemplateReference[]>();

/**
 * References in the lines of typed templates. `model.references` holds only what objects use, so a
 * template without heirs (the phone template written before its first phone) would be invisible there.
 */
function templateReferences(model: PjsipModel): readonly TemplateReference[] {
  const cached = templateReferenceCache.get(model);
  if (cached) return cached;
  const found: TemplateReference[] = [];
  for (const template of model.templates) {
    if (!template.type) continue;
    for (const option of pjsipReferenceOptions(template.type)) {
      if (!option.references) continue;
      for (const line of template.lines) {
        const entry = line.source.entry;
        if (line.canonical !== option.name || line.source.kind !== 'own' || !entry) continue;
        const node = entry.node;
        const start = node.valueSpan.start;
        const trimmed = line.value.trim();
        const names = option.kind === 'referenceList' ? splitNames(line.value, start) : trimmed ? [{ name: trimmed, span: { start: start + line.value.indexOf(trimmed), end: start + line.value.indexOf(trimmed) + trimmed.length } }] : [];
        for (const { name, span } of names) found.push({ uri: entry.uri, line: entry.line, span, name, targetType: option.references, inexact: node.valueColumns !== undefined });
      }
    }
  }
  templateReferenceCache.set(model, found);
  return found;
}

function objectSymbol(object: PjsipObject, range: Range, notRenameable?: string): PjsipSymbolAt {
  return { object, name: object.name, section: object.section, range, ...(notRenameable ? { notRenameable } : {}) };
}

function templateSymbol(model: PjsipModel, section: Section, range: Range): PjsipSymbolAt | undefined {
  const template = model.templates.find((candidate) => candidate.section === section);
  return template ? { template, name: section.name, section, range } : undefined;
}

/**
 * The object or template whose name is under the cursor: on its header (or a `(+)` adding to it), on a
 * `(name)` inheriting a template, or on a reference naming an object (in an object or in a template).
 */
export function pjsipSymbolAt(context: PjsipFeatureContext, position: Position): PjsipSymbolAt | undefined {
  const target = locatePjsip(context, position);
  if (!target) return undefined;
  if (target.kind === 'sectionName') {
    const range = rangeOf(target.line, target.node.nameSpan);
    const object = target.owner.object;
    if (object) return objectSymbol(object, range);
    return target.owner.template && target.section ? templateSymbol(context.model, target.section, range) : undefined;
  }
  if (target.kind === 'headerOption') {
    const section = target.section;
    if (!section || target.option.kind !== 'inherit') return undefined;
    const index = section.header.options?.filter((option) => option.kind === 'inherit').findIndex((option) => option.span.start === target.option.span.start) ?? -1;
    const base = index >= 0 ? section.bases[index] : undefined;
    return base?.header.isTemplate ? templateSymbol(context.model, base, rangeOf(target.line, target.option.span)) : undefined;
  }
  if (target.kind !== 'value') return undefined;
  const column = Math.max(0, Math.min(position.character, context.document.lineText(target.line).length));
  const reference = referenceAt(context.model, context.uri, target.line, column);
  if (reference?.target) return objectSymbol(reference.target, rangeOf(target.line, reference.span), target.node.valueColumns ? ESCAPED : undefined);
  if (reference) return undefined;
  const written = templateReferences(context.model).find((candidate) => candidate.uri === context.uri && candidate.line === target.line && column >= candidate.span.start && column <= candidate.span.end);
  const object = written && context.model.get(written.targetType, written.name);
  return written && object ? objectSymbol(object, rangeOf(target.line, written.span), written.inexact ? ESCAPED : undefined) : undefined;
}

/** A template's header and every `(name)` inheriting it. */
function templateOccurrences(model: PjsipModel, template: PjsipTemplate): PjsipOccurrence[] {
  const occurrences: PjsipOccurrence[] = [{ uri: template.section.uri, range: rangeOf(template.section.headerLine, template.section.header.nameSpan), isDeclaration: true }];
  for (const section of model.base.sections) {
    const inherits = section.header.options?.filter((option) => option.kind === 'inherit') ?? [];
    section.bases.forEach((base, index) => {
      if (base === template.section && inherits[index]) occurrences.push({ uri: section.uri, range: rangeOf(section.headerLine, inherits[index].span), isDeclaration: false });
    });
  }
  return occurrences;
}

/** The occurrences of what `pjsipSymbolAt` found. */
export function pjsipSymbolOccurrences(model: PjsipModel, symbol: PjsipSymbolAt): PjsipOccurrence[] {
  if (symbol.object) return pjsipOccurrences(model, symbol.object);
  return symbol.template ? templateOccurrences(model, symbol.template) : [];
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
  for (const reference of templateReferences(model)) {
    if (reference.targetType === object.type && reference.name === object.name) add(reference.uri, reference.line, reference.span, false, reference.inexact);
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
      return at ? [headerLocation(at.section)] : [];
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
  return pjsipSymbolOccurrences(context.model, at)
    .filter((occurrence) => includeDeclaration || !occurrence.isDeclaration)
    .map((occurrence) => ({ uri: occurrence.uri, range: occurrence.range }));
}

export function getPjsipDocumentHighlights(context: PjsipFeatureContext, position: Position): DocumentHighlight[] {
  const at = pjsipSymbolAt(context, position);
  if (!at) return [];
  return pjsipSymbolOccurrences(context.model, at)
    .filter((occurrence) => occurrence.uri === context.uri)
    .map((occurrence) => ({ range: occurrence.range, kind: occurrence.isDeclaration ? DocumentHighlightKind.Write : DocumentHighlightKind.Read }));
}
