/**
 * What is under the cursor in a pjsip.conf (the pjsip counterpart of features/locate.ts): the line's
 * node, the section it belongs to and the object, template or untyped section that section makes, and
 * the catalog entry of a key for that object's type. Every pjsip feature of this folder starts here, so
 * they agree on where a key ends, which word of a list is meant and which object a line belongs to.
 */
import type { Position } from 'vscode-languageserver-types';
import type { Section } from '../../../model/types';
import type { DirectiveNode, HeaderOption, KeyValueNode, LineNode, SectionHeaderNode, Span } from '../../../parser/nodes';
import { valueOffsetAt } from '../../../features/locate';
import { OverlayMap } from '../../../model/overlayMap';
import type { PjsipModel, PjsipObject, PjsipReference, PjsipTemplate, UntypedSection } from '../model';
import { pjsipPatchOf } from '../patchPjsip';
import { lookupPjsipOption } from '../options';
import type { PjsipObjectType, PjsipOptionEntry } from '../types';
import type { PjsipFeatureContext } from './featureContext';

/** What a section makes: an object (its own section or a `(+)` adding to it), a template, or nothing. */
export interface SectionOwner {
  readonly type?: PjsipObjectType;
  readonly object?: PjsipObject;
  readonly template?: PjsipTemplate;
  readonly untyped?: UntypedSection;
}

export type PjsipTarget =
  | { readonly kind: 'sectionName'; readonly line: number; readonly node: SectionHeaderNode; readonly section?: Section; readonly owner: SectionOwner }
  | { readonly kind: 'headerOption'; readonly line: number; readonly node: SectionHeaderNode; readonly option: HeaderOption; readonly section?: Section; readonly owner: SectionOwner }
  | { readonly kind: 'key'; readonly line: number; readonly node: KeyValueNode; readonly section?: Section; readonly owner: SectionOwner; readonly option?: PjsipOptionEntry }
  | {
      readonly kind: 'value';
      readonly line: number;
      readonly node: KeyValueNode;
      readonly section?: Section;
      readonly owner: SectionOwner;
      readonly option?: PjsipOptionEntry;
      /** Index into `node.value` of the cursor (0..value.length). */
      readonly valueOffset: number;
    }
  | { readonly kind: 'directive'; readonly line: number; readonly node: DirectiveNode; readonly inArgument: boolean }
  /** A blank line, or a line being typed that is not yet key=value. */
  | { readonly kind: 'blank'; readonly line: number; readonly section?: Section; readonly owner: SectionOwner; readonly typed: string; readonly typedSpan: Span }
  | { readonly kind: 'comment'; readonly line: number; readonly section?: Section };

const NO_OWNER: SectionOwner = {};
const ownerIndexes = new WeakMap<PjsipModel, ReadonlyMap<Section, SectionOwner>>();

/**
 * Section → what it makes, built once per model (a model is built once per document version). A model
 * patched from one whose index was built (a keystroke, patchPjsip.ts) gets that index with the rebuilt
 * objects' sections swapped: the first request after a keystroke does not walk 30k objects.
 */
function ownerIndex(model: PjsipModel): ReadonlyMap<Section, SectionOwner> {
  let index = ownerIndexes.get(model);
  if (index) return index;
  const patch = pjsipPatchOf(model);
  const before = patch && ownerIndexes.get(patch.previous);
  if (patch && before) {
    const changes = new Map<Section, SectionOwner | undefined>();
    // Rebuilt objects have no appends (patchPjsip.ts rebuilds the model otherwise).
    for (const [old, object] of patch.replaced) {
      changes.set(old.section, undefined);
      changes.set(object.section, { type: object.type, object });
    }
    // Objects that went and came (a deletion, a paste): they too have no appends.
    for (const old of patch.removed) changes.set(old.section, undefined);
    for (const object of patch.added) changes.set(object.section, { type: object.type, object });
    index = OverlayMap.update(before, changes);
    ownerIndexes.set(model, index);
    return index;
  }
  const built = new Map<Section, SectionOwner>();
  for (const object of [...model.objects, ...model.duplicates]) {
    const owner = { type: object.type, object };
    built.set(object.section, owner);
    for (const append of object.appends) if (!built.has(append)) built.set(append, owner);
  }
  for (const template of model.templates) built.set(template.section, template.type ? { type: template.type, template } : { template });
  for (const untyped of model.untyped) built.set(untyped.section, { untyped });
  ownerIndexes.set(model, built);
  return built;
}

export function ownerOf(model: PjsipModel, section: Section | undefined): SectionOwner {
  return section ? ownerIndex(model).get(section) ?? NO_OWNER : NO_OWNER;
}

/** The section of this document that contains `line`, through the header index. */
export function sectionAt(context: PjsipFeatureContext, line: number): Section | undefined {
  if (line < 0 || line >= context.document.lineCount) return undefined;
  const header = context.document.sectionHeaderAt(line);
  if (!header) return undefined;
  return context.model.base.sectionsByKey.get(header.node.name.toLowerCase())?.find((section) => section.uri === context.uri && section.headerLine === header.line);
}

function inSpan(span: Span, character: number): boolean {
  return character >= span.start && character <= span.end;
}

function inComment(node: LineNode, character: number): boolean {
  return node.comments.some((span) => character > span.start && character <= span.end);
}

export function locatePjsip(context: PjsipFeatureContext, position: Position): PjsipTarget | undefined {
  const { document } = context;
  if (position.line < 0 || position.line >= document.lineCount) return undefined;
  const line = position.line;
  const character = Math.max(0, Math.min(position.character, document.lineText(line).length));
  const node = document.line(line);
  const section = sectionAt(context, line);
  if (inComment(node, character)) return { kind: 'comment', line, section };
  const owner = ownerOf(context.model, section);
  switch (node.kind) {
    case 'section': {
      const option = node.options?.find((candidate) => inSpan(candidate.span, character));
      if (option) return { kind: 'headerOption', line, node, option, section, owner };
      return { kind: 'sectionName', line, node, section, owner };
    }
    case 'keyValue': {
      // `type` is the one option every object type has, and the one to write first.
      const option = owner.type ? lookupPjsipOption(owner.type, node.key) : node.key.trim().toLowerCase() === 'type' ? lookupPjsipOption('endpoint', 'type') : undefined;
      if (character < node.operatorSpan.end) return { kind: 'key', line, node, section, owner, option };
      return { kind: 'value', line, node, section, owner, option, valueOffset: valueOffsetAt(node, character) };
    }
    case 'directive':
      return { kind: 'directive', line, node, inArgument: character > node.nameSpan.end };
    case 'invalid': {
      const text = document.lineText(line).slice(node.contentSpan.start, character);
      return { kind: 'blank', line, section, owner, typed: text.trimStart(), typedSpan: { start: character - text.trimStart().length, end: character } };
    }
    default:
      if (node.depthIn !== 0) return { kind: 'comment', line, section };
      return { kind: 'blank', line, section, owner, typed: '', typedSpan: { start: character, end: character } };
  }
}


/**
 * The reference written on `line` of `uri` whose name covers `column`, if any. A template's line is
 * shared by its heirs: the first reference found stands for all (same name, same place).
 */
export function referenceAt(model: PjsipModel, uri: string, line: number, column: number): PjsipReference | undefined {
  const covers = (reference: PjsipReference): boolean => {
    const entry = reference.line.source.entry;
    return entry !== undefined && entry.uri === uri && entry.line === line && column >= reference.span.start && column <= reference.span.end;
  };
  // The object of the line's section comes before every heir that copies the line (a base is always
  // above its heirs): its reference is the first. Only when it has none is every reference looked at.
  const header = model.base.files.find((file) => file.uri === uri)?.document.sectionHeaderAt(line);
  const section = header && model.base.sectionsByKey.get(header.node.name.toLowerCase())?.find((candidate) => candidate.uri === uri && candidate.headerLine === header.line);
  const owner = ownerOf(model, section).object;
  return (owner && model.referencesFrom(owner).find(covers)) || model.references.find(covers);
}
