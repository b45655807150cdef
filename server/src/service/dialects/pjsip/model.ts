/**
 * The pjsip.conf model: sections read through the shared builder (include tree, `(tpl)` bases resolved,
 * template lines copied in first), turned into objects keyed by (type, name) as res_sorcery_config does,
 * and the references between them resolved both ways. Pure; the Analysis of a pjsip.conf carries it (core.ts).
 *
 * Asterisk 22, observed (pjsip-facts.md §1 and NOTE-16b): the first `type=` line wins (a template's
 * `type=endpoint` beats an own `type=aor`); a `type=` value that is no object type, or none at all, makes
 * no object and says nothing; templates `(!)` are never objects; two objects of one type and name make
 * Asterisk reject every object of that type. `[x](+)` adds its lines to the first earlier non-template
 * section named x (or the first whose lines match the filter after `+`, e.g. `(+type=aor)`).
 */
import { buildModel, type BuildOptions } from '../../model/buildModel';
import { effectiveLines, type EffectiveLine, type EffectiveLines } from '../../model/endpoints';
import { SlotList } from '../../model/slotList';
import type { ConfigFile, ConfigModel, Entry, Section } from '../../model/types';
import type { Span } from '../../parser/nodes';
import { lookupObjectType, pjsipObjectTypes } from './objectTypes';
import { pjsipReferenceOptions } from './options';
import { SplicedReferences } from './splicedReferences';
import type { PjsipObjectType, PjsipOptionEntry } from './types';

/** One line as the object sees it; `source.kind` is 'template' for lines copied from a base. */
export type PjsipLine = EffectiveLine;

export interface PjsipObject {
  readonly type: PjsipObjectType;
  /** The id, as written (res_sorcery compares ids exactly). */
  readonly name: string;
  /** The section that defines it; `appends` are the `[name](+)` sections that add to it. */
  readonly section: Section;
  readonly appends: readonly Section[];
  /** Every line the object is built from, template lines first, in the order Asterisk applies them. */
  readonly lines: readonly PjsipLine[];
  /** The `type=` line that made it this type. */
  readonly typeLine: PjsipLine;
}

export type UntypedReason = 'missing' | 'unknown' | 'not-from-file';

/** A non-template section that makes no object: no `type=`, a type Asterisk does not know, or one it never reads from the file. */
export interface UntypedSection {
  readonly section: Section;
  readonly lines: readonly PjsipLine[];
  readonly reason: UntypedReason;
  readonly typeLine?: PjsipLine;
}

/** A template: never an object, but its lines (and type, when it has one) reach every heir. */
export interface PjsipTemplate {
  readonly section: Section;
  readonly lines: readonly PjsipLine[];
  readonly type?: PjsipObjectType;
}

export interface PjsipReference {
  readonly from: PjsipObject;
  /** Lower-case option name (`aors`, `outbound_auth`, `endpoint` ...). */
  readonly option: string;
  readonly targetType: PjsipObjectType;
  /** The name written, trimmed. */
  readonly name: string;
  readonly line: PjsipLine;
  /** Columns of the name on its line. */
  readonly span: Span;
  /** The object of the right type, when it exists. */
  readonly target?: PjsipObject;
}

export interface PjsipModel {
  readonly base: ConfigModel;
  /** First object of each (type, name), in file order. */
  readonly objects: readonly PjsipObject[];
  /** Second and later objects of a (type, name) already defined. */
  readonly duplicates: readonly PjsipObject[];
  readonly templates: readonly PjsipTemplate[];
  readonly untyped: readonly UntypedSection[];
  readonly references: readonly PjsipReference[];
  get(type: PjsipObjectType, name: string): PjsipObject | undefined;
  /** Every object named `name`, whatever its type. */
  named(name: string): readonly PjsipObject[];
  ofType(type: PjsipObjectType): readonly PjsipObject[];
  /** The first object of `type` (in file order) that passes `test`: a keystroke's model lists no 10k objects for it. */
  findOfType(type: PjsipObjectType, test: (object: PjsipObject) => boolean): PjsipObject | undefined;
  /** References that name `object` (identify → endpoint, endpoint → aor ...). */
  referencesTo(object: PjsipObject): readonly PjsipReference[];
  referencesFrom(object: PjsipObject): readonly PjsipReference[];
}

/** The last line setting `name` (lower case), as Asterisk keeps the last value of a scalar option. */
export function lastLine(lines: readonly PjsipLine[], name: string): PjsipLine | undefined {
  for (let index = lines.length - 1; index >= 0; index--) if (lines[index].canonical === name) return lines[index];
  return undefined;
}

export function valueOf(object: { readonly lines: readonly PjsipLine[] }, name: string): string | undefined {
  return lastLine(object.lines, name)?.value;
}

/** Every line setting `name`, in order (for options that accumulate, like identify `match`). */
export function linesOf(object: { readonly lines: readonly PjsipLine[] }, name: string): readonly PjsipLine[] {
  return object.lines.filter((line) => line.canonical === name);
}

/** The entry a line came from (own, template or appended line). */
export function entryOf(line: PjsipLine): Entry | undefined {
  return line.source.entry;
}

/**
 * Whether `lines` satisfy a `(+filter)`: `name=pattern` terms joined by `&`. Asterisk reads the pattern
 * as a regular expression; a plain word (the usual `type=aor`) is matched as the unanchored regex would,
 * as a substring. A pattern with regex syntax is not run (user text must not be able to hang the
 * service): then the term only asks for a line of that name.
 */
function matchesFilter(lines: readonly PjsipLine[], filter: string): boolean {
  return filter.split('&').every((term) => {
    const equals = term.indexOf('=');
    if (equals < 0) return true;
    const name = term.slice(0, equals).trim().toLowerCase();
    const pattern = term.slice(equals + 1);
    const literal = /^[A-Za-z0-9_-]*$/.test(pattern);
    return lines.some((line) => line.canonical === name && (!literal || line.value.includes(pattern)));
  });
}

/**
 * One character per object type, then the name: 30k keys at 10k phones, and `endpoint\u00001000` was a
 * 13-character string (V8 keeps those as a pair of strings, and a flat copy once hashed), `\u0001` + name
 * is one short flat string.
 */
const typeCodes = new Map<PjsipObjectType, string>(pjsipObjectTypes.map((entry, index) => [entry.name, String.fromCharCode(index + 1)]));

export function objectKey(type: PjsipObjectType, name: string): string {
  return typeCodes.get(type)! + name;
}

/** The (type, name) of an objectKey. */
export function keyParts(key: string): { type: PjsipObjectType; name: string } {
  return { type: pjsipObjectTypes[key.charCodeAt(0) - 1].name, name: key.slice(1) };
}

/** Splits a comma list into names with their columns; `start` is the column of the value's first character. */
export function splitNames(value: string, start: number): { name: string; span: Span }[] {
  const names: { name: string; span: Span }[] = [];
  let offset = 0;
  for (const part of value.split(',')) {
    const lead = part.length - part.trimStart().length;
    const name = part.trim();
    if (name) names.push({ name, span: { start: start + offset + lead, end: start + offset + lead + name.length } });
    offset += part.length + 1;
  }
  return names;
}

/** Columns of a reference line's value: exact when the value has no escapes or inline comments. */
function valueStart(line: PjsipLine): number | undefined {
  const node = line.source.entry?.node;
  if (!node || node.valueColumns) return undefined;
  return node.valueSpan.start;
}

export function buildPjsipModel(root: ConfigFile, options: BuildOptions = {}): PjsipModel {
  return pjsipModelOf(buildModel(root, 'generic', options));
}

/**
 * A section's effective lines (template lines first). `memo` holds those of the sections already read in
 * this build, templates' included: a build reads each template once. Not kept across builds (a weak map
 * entry per section costs more than a rebuild reads again); a keystroke reads only the rebuilt sections.
 */
export function pjsipLinesOf(section: Section, memo: EffectiveLines = new Map<Section, readonly EffectiveLine[]>()): readonly PjsipLine[] {
  return effectiveLines(section, 'generic', memo);
}

/** The lookups of a model, kept apart so a patch (patchPjsip.ts) can hand them on with a few entries replaced. */
/**
 * The references naming one object: most objects (a phone's aor, its auth) are named once, and a list
 * of one per object was 1.1 MB at 10k phones, so a lone reference is kept as itself. A much-named one
 * (a transport) is spliced by the keystroke path instead of copied (splicedReferences.ts).
 */
export type ReferenceList = PjsipReference | readonly PjsipReference[] | SplicedReferences;

export function listOf(value: ReferenceList | undefined): readonly PjsipReference[] {
  return value === undefined ? none : value instanceof Reference ? [value] : value instanceof SplicedReferences ? value.list() : (value as readonly PjsipReference[]);
}

function addReference(map: Map<string, PjsipReference | PjsipReference[]>, key: string, reference: PjsipReference): void {
  const held = map.get(key);
  if (held === undefined) map.set(key, reference);
  else if (held instanceof Reference) map.set(key, [held, reference]);
  else (held as PjsipReference[]).push(reference);
}

export interface PjsipIndex {
  readonly byKey: ReadonlyMap<string, PjsipObject>;
  /** Every object in file order, and those of each type: slot lists, so a patch copies no 30k-slot array. */
  readonly objects: SlotList<PjsipObject>;
  readonly byType: ReadonlyMap<PjsipObjectType, SlotList<PjsipObject>>;
  /**
   * By objectKey (type, name), not by object: a rebuilt object keeps its key, so the entries of the
   * objects it names, and of those naming it, change only where their lists do.
   */
  readonly referencesTo: ReadonlyMap<string, ReferenceList>;
  readonly referencesFrom: ReadonlyMap<string, readonly PjsipReference[]>;
  /** Keys of the sections some `[name](+)` adds to (or may add to, through a filter). */
  readonly appendKeys: ReadonlySet<string>;
  /**
   * The references that name no object, by the key (objectKey) they name: the keys of the objects making
   * them. A pasted object is found by them (patchPjsip.ts). Empty, and so nearly free, for a file whose
   * references all resolve.
   */
  readonly unresolved: ReadonlyMap<string, readonly string[]>;
}

const indexes = new WeakMap<PjsipModel, PjsipIndex>();

export function indexOf(model: PjsipModel): PjsipIndex | undefined {
  return indexes.get(model);
}

/** The pjsip model over a shared model of the include tree (read as generic sections). */
export function pjsipModelOf(base: ConfigModel): PjsipModel {
  const memo = new Map<Section, readonly EffectiveLine[]>();
  // The lines of a section with no lines of its own (an aor made of its template alone) equal those of
  // the first such section of the same template: kept once (10k phones: 10k lists of the same 4 lines).
  // Declared before the grouping below, which already reads lines (a `(+filter)` matches them).
  const sharedLines = new Map<PjsipLine, readonly PjsipLine[]>();
  // Group each (+) section with the section it adds to.
  const appendsOf = new Map<Section, Section[]>();
  const appendKeys = new Set<string>();
  const owners: Section[] = [];
  const ownersByKey = new Map<string, Section[]>();
  for (const section of base.sections) {
    if (!section.header.isAppend) {
      owners.push(section);
      if (!section.header.isTemplate) push(ownersByKey, section.key, section);
      continue;
    }
    appendKeys.add(section.key);
    const filter = section.header.options?.find((option) => option.kind === 'append')?.text ?? '';
    const candidates = ownersByKey.get(section.key) ?? [];
    const target = filter ? candidates.find((owner) => matchesFilter(withAppends(owner), filter)) : candidates[0];
    if (target) push(appendsOf, target, section);
  }
  function shared(section: Section, lines: readonly PjsipLine[]): readonly PjsipLine[] {
    if (section.entries.length || !lines.length) return lines;
    const seen = sharedLines.get(lines[0]);
    if (seen && seen.length === lines.length && seen.every((line, index) => line === lines[index])) return seen;
    if (!seen) sharedLines.set(lines[0], lines);
    return lines;
  }
  function withAppends(section: Section): readonly PjsipLine[] {
    const extra = appendsOf.get(section);
    if (!extra) return shared(section, pjsipLinesOf(section, memo));
    const lines = [...pjsipLinesOf(section, memo)];
    for (const append of extra) lines.push(...pjsipLinesOf(append, memo));
    return lines;
  }

  const objects: PjsipObject[] = [];
  const duplicates: PjsipObject[] = [];
  const templates: PjsipTemplate[] = [];
  const untyped: UntypedSection[] = [];
  const byKey = new Map<string, PjsipObject>();
  // Each key string once, shared by the maps (30k objects: a copy per map is megabytes).
  const keys = new Map<PjsipObject, string>();
  for (const section of owners) {
    const lines = withAppends(section);
    const typeLine = lines.find((line) => line.canonical === 'type');
    const typeEntry = typeLine ? lookupObjectType(typeLine.value) : undefined;
    if (section.header.isTemplate) {
      templates.push({ section, lines, type: typeEntry?.name });
      continue;
    }
    if (!typeLine || !typeEntry || !typeEntry.fromFile) {
      const reason: UntypedReason = !typeLine ? 'missing' : !typeEntry ? 'unknown' : 'not-from-file';
      untyped.push(typeLine ? { section, lines, reason, typeLine } : { section, lines, reason });
      continue;
    }
    const object: PjsipObject = { type: typeEntry.name, name: section.name, section, appends: appendsOf.get(section) ?? noSections, lines, typeLine };
    const key = objectKey(object.type, object.name);
    if (byKey.has(key)) {
      duplicates.push(object);
      continue;
    }
    byKey.set(key, object);
    keys.set(object, key);
    objects.push(object);
  }

  const referencesTo = new Map<string, PjsipReference | PjsipReference[]>();
  const referencesFrom = new Map<string, readonly PjsipReference[]>();
  const unresolved = new Map<string, string[]>();
  const resolve = (type: PjsipObjectType, name: string): PjsipObject | undefined => byKey.get(objectKey(type, name));
  for (const object of objects) {
    const from = referencesOf(object, resolve);
    if (!from.length) continue;
    referencesFrom.set(keys.get(object)!, from);
    for (const reference of from) {
      if (reference.target) addReference(referencesTo, keys.get(reference.target)!, reference);
      else push(unresolved, objectKey(reference.targetType, reference.name), keys.get(object)!);
    }
  }

  for (const [key, list] of referencesTo) if (Array.isArray(list)) referencesTo.set(key, list.slice());
  const ofType = new Map<PjsipObjectType, PjsipObject[]>();
  for (const object of objects) push(ofType, object.type, object);
  const byType = new Map<PjsipObjectType, SlotList<PjsipObject>>();
  for (const [type, list] of ofType) byType.set(type, SlotList.of(list));
  return makePjsipModel(base, duplicates, templates, untyped, { objects: SlotList.of(objects), byKey, byType, referencesTo, referencesFrom, appendKeys, unresolved });
}

/** The references an object's lines make, their targets found by `resolve`. */
export function referencesOf(object: PjsipObject, resolve: (type: PjsipObjectType, name: string) => PjsipObject | undefined): PjsipReference[] {
  const found: PjsipReference[] = [];
  for (const option of pjsipReferenceOptions(object.type)) {
    // Every reference option keeps its last line (a later `auth=` replaces the list).
    const line = lastLine(object.lines, option.name);
    if (!line || !option.references) continue;
    const start = valueStart(line);
    const names = option.kind === 'referenceList' ? splitNames(line.value, start ?? 0) : line.value.trim() ? [{ name: line.value.trim(), span: { start: 0, end: 0 } }] : [];
    for (const { name, span } of names) {
      const valueSpan = line.source.entry?.node.valueSpan;
      const computed =
        start === undefined ? valueSpan ?? span : option.kind === 'referenceList' ? span : { start: start + line.value.indexOf(name), end: start + line.value.indexOf(name) + name.length };
      // The usual single name fills the value: its span is the node's (one object fewer per reference).
      const exact = valueSpan && computed.start === valueSpan.start && computed.end === valueSpan.end ? valueSpan : computed;
      const target = resolve(option.references, name);
      found.push(new Reference(object, option as ReferenceOption, name, line, exact.start, exact.end, target));
    }
  }
  return exactSize(found);
}

/**
 * A reference as the model keeps it: its columns as two numbers, the span object made when asked for
 * (30k references at 10k phones: a span object each was 1.2 MB, the node's value span is made on demand too).
 */
class Reference implements PjsipReference {
  constructor(
    readonly from: PjsipObject,
    /** The catalog's entry of the option (its name and target type: one field instead of two). */
    readonly entry: ReferenceOption,
    readonly name: string,
    readonly line: PjsipLine,
    readonly start: number,
    readonly end: number,
    readonly target: PjsipObject | undefined,
  ) {}

  get option(): string {
    return this.entry.name;
  }

  get targetType(): PjsipObjectType {
    return this.entry.references;
  }

  get span(): Span {
    return { start: this.start, end: this.end };
  }
}

type ReferenceOption = PjsipOptionEntry & { readonly references: PjsipObjectType };

/** The same reference naming `target` (a patch re-points the references to a rebuilt object). */
export function retarget(reference: PjsipReference, target: PjsipObject | undefined): PjsipReference {
  const entry = reference instanceof Reference ? reference.entry : { name: reference.option, references: reference.targetType };
  return new Reference(reference.from, entry as ReferenceOption, reference.name, reference.line, reference.span.start, reference.span.end, target);
}

/** The types whose sections make objects: what `named` asks the (type, name) lookup for. */
const fileTypes: readonly PjsipObjectType[] = pjsipObjectTypes.filter((entry) => entry.fromFile).map((entry) => entry.name);

/**
 * Every object named `name`, in file order: one lookup per object type, not a map of its own (10k
 * names, each with its list of endpoint, aor and auth, were 1.2 MB at 10k phones).
 */
function objectsNamed(byKey: ReadonlyMap<string, PjsipObject>, name: string): readonly PjsipObject[] {
  let found: PjsipObject[] | undefined;
  for (const type of fileTypes) {
    const object = byKey.get(objectKey(type, name));
    if (object) (found ??= []).push(object);
  }
  if (!found) return noObjects;
  return found.length > 1 ? found.sort((a, b) => a.section.order - b.section.order) : found;
}

const none: readonly PjsipReference[] = [];
/** The `appends` of every object nothing adds to (one shared empty list instead of 30k). */
export const noSections: readonly Section[] = [];
const noObjects: readonly PjsipObject[] = [];

/** A model over its lookups; `references` (every reference, in object order) is listed on first read when not given. */
export function makePjsipModel(
  base: ConfigModel,
  duplicates: readonly PjsipObject[],
  templates: readonly PjsipTemplate[],
  untyped: readonly UntypedSection[],
  index: PjsipIndex,
  references?: readonly PjsipReference[],
): PjsipModel {
  let listed = references;
  /** The entry of `map` for `object`, when it is the object of its key (a duplicate has none). */
  const ofObject = (map: ReadonlyMap<string, ReferenceList>, object: PjsipObject): readonly PjsipReference[] => {
    const key = objectKey(object.type, object.name);
    return index.byKey.get(key) === object ? listOf(map.get(key)) : none;
  };
  const model: PjsipModel = {
    base,
    get objects(): readonly PjsipObject[] {
      return index.objects.toArray();
    },
    duplicates,
    templates,
    untyped,
    get references(): readonly PjsipReference[] {
      if (!listed) {
        const all: PjsipReference[] = [];
        for (const object of index.objects.toArray()) for (const reference of ofObject(index.referencesFrom, object)) all.push(reference);
        listed = all;
      }
      return listed;
    },
    get: (type, name) => index.byKey.get(objectKey(type, name)),
    named: (name) => objectsNamed(index.byKey, name),
    ofType: (type) => index.byType.get(type)?.toArray() ?? noObjects,
    findOfType: (type, test) => index.byType.get(type)?.find(test),
    referencesTo: (object) => ofObject(index.referencesTo, object),
    referencesFrom: (object) => ofObject(index.referencesFrom, object),
  };
  indexes.set(model, index);
  return model;
}

/**
 * An array with no room to spare: one that grew by push keeps space for 17+ items, and the model holds
 * one per object and per name (30k at 10k phones: megabytes of empty slots).
 */
function exactSize<T>(items: T[]): T[] {
  return items.length > 0 ? items.slice() : items;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
