/**
 * The keystroke path of the pjsip model (issue #16). When the shared model was patched (patchModel.ts:
 * option lines changed inside sections, no header touched), the new pjsip model is the previous one with
 * the objects of those sections rebuilt: their lines, their references, and the references of others
 * that named them (re-pointed at the rebuilt object). Everything else keeps its object, so the checks
 * cached per object (rules.ts) stay valid for it.
 *
 * When sections came or went (a paste with objects, an object deleted: patchModel's patchHeaders), their
 * objects are added and removed (swapObjects), and the section the paste landed in is rebuilt in place.
 *
 * Anything that can change more than the edited object answers undefined and the caller rebuilds: a
 * template (its heirs change), a `(+)` section or a section something adds to, a duplicate, a section that
 * makes no object, a `type=` that now says another type, an object named by many references.
 */
import { patchOf, sectionAt } from '../../model/patchModel';
import { OverlayMap } from '../../model/overlayMap';
import { SlotList, type SlotListDraft, type SlotReader } from '../../model/slotList';
import type { ConfigModel, Section } from '../../model/types';
import { indexOf, keyParts, listOf, makePjsipModel, noSections, objectKey, pjsipLinesOf, referencesOf, retarget, type PjsipIndex, type PjsipModel, type PjsipObject, type PjsipReference, type ReferenceList } from './model';
import { SplicedReferences } from './splicedReferences';
import { lookupObjectType } from './objectTypes';
import type { PjsipObjectType } from './types';

/** Beyond this many references to a rebuilt object (a transport every phone names), a rebuild is as cheap. */
const MAX_REFERENCES_TO = 64;
/** Beyond this many rebuilt sections, likewise (a replace-all over 20 phones is patched). */
const MAX_SECTIONS = 64;
/** Beyond this many references to an object its list is spliced (splicedReferences.ts), not copied. */
const MAX_COPIED = 64;
/**
 * Keys an overlay of the model's maps may replace before it is flattened (a copy of 30k entries at 10k
 * phones): a replace-all over 20 phones replaces about 60 (each phone, its aor and auth).
 */
const MAX_OVERLAID = 256;

export interface PjsipPatch {
  readonly previous: PjsipModel;
  /**
   * Keys (objectKey) of the objects whose checks may have changed: the rebuilt objects and every object
   * one of them names or is named by, before or after the change.
   */
  readonly dirty: ReadonlySet<string>;
  /** The objects rebuilt (old → new, in the order rebuilt). */
  readonly replaced: readonly (readonly [PjsipObject, PjsipObject])[];
  /** The objects whose sections came (a paste), and those whose sections went (a deletion). */
  readonly added: readonly PjsipObject[];
  readonly removed: readonly PjsipObject[];
}

const patches = new WeakMap<PjsipModel, PjsipPatch>();

/** How `model` differs from the model it was patched from, when patchPjsipModel made it. */
export function pjsipPatchOf(model: PjsipModel): PjsipPatch | undefined {
  return patches.get(model);
}

/** The pjsip model of `base` from the model of the version `base` was patched from; undefined: rebuild. */
export function patchPjsipModel(previous: PjsipModel, base: ConfigModel): PjsipModel | undefined {
  const patch = patchOf(base);
  if (!patch || patch.previous !== previous.base || patch.sectionWindows.length > MAX_SECTIONS) return undefined;
  const dirty = new Set<string>();
  const replaced: [PjsipObject, PjsipObject][] = [];
  let model = previous;
  /** The sections of the windows where headers came or went: their objects go, the new ones come. */
  const gone: Section[] = [];
  const came: Section[] = [];
  for (const window of patch.sectionWindows) {
    if (window.oldTo - window.oldFrom !== 1 || window.to - window.from !== 1) {
      // The section a paste landed in (or the one before a deletion) keeps its header: it is rebuilt in
      // place (a transport every phone names keeps its references); the others went or came.
      const kept = new Map<Section['header'], Section>();
      for (let index = window.from; index < window.to; index++) kept.set(sectionAt(base, index).header, sectionAt(base, index));
      const hosts = new Set<Section>();
      for (let index = window.oldFrom; index < window.oldTo; index++) {
        const old = sectionAt(patch.previous, index);
        const host = kept.get(old.header);
        if (!host) {
          gone.push(old);
          continue;
        }
        hosts.add(host);
        const next = replaceSection(model, old, host, base, dirty, replaced);
        if (!next) return undefined;
        model = next;
      }
      for (let index = window.from; index < window.to; index++) if (!hosts.has(sectionAt(base, index))) came.push(sectionAt(base, index));
      continue;
    }
    // A section rebuilt in place.
    const next = replaceSection(model, sectionAt(patch.previous, window.oldFrom), sectionAt(base, window.from), base, dirty, replaced);
    if (!next) return undefined;
    model = next;
  }
  let added: readonly PjsipObject[] = [];
  let removed: readonly PjsipObject[] = [];
  if (gone.length + came.length > 0) {
    if (gone.length + came.length > MAX_SECTIONS) return undefined;
    const next = swapObjects(model, gone, came, base, dirty);
    if (!next) return undefined;
    ({ model, added, removed } = next);
  }
  if (model === previous) return undefined;
  patches.set(model, { previous, dirty, replaced, added, removed });
  return model;
}

function replaceSection(
  model: PjsipModel,
  oldSection: Section,
  section: Section,
  base: ConfigModel,
  dirty: Set<string>,
  replaced: [PjsipObject, PjsipObject][],
): PjsipModel | undefined {
  const index = indexOf(model);
  if (!index || section.header.isTemplate || section.header.isAppend || index.appendKeys.has(section.key) || section.name !== oldSection.name) return undefined;
  const old = model.named(section.name).find((object) => object.section === oldSection);
  if (!old || old.appends.length > 0) return undefined;
  const lines = pjsipLinesOf(section);
  const typeLine = lines.find((line) => line.canonical === 'type');
  const typeEntry = typeLine ? lookupObjectType(typeLine.value) : undefined;
  if (!typeLine || !typeEntry || !typeEntry.fromFile || typeEntry.name !== old.type) return undefined;
  const named = model.referencesTo(old);
  if (named.length > MAX_REFERENCES_TO) return undefined;
  const object: PjsipObject = { type: old.type, name: old.name, section, appends: old.appends, lines, typeLine };
  const key = objectKey(object.type, object.name);

  const byKey = OverlayMap.update(index.byKey, new Map([[key, object]]), MAX_OVERLAID);
  const resolve = (type: PjsipObjectType, name: string): PjsipObject | undefined => byKey.get(objectKey(type, name));
  const from = referencesOf(object, resolve);
  const oldFrom = model.referencesFrom(old);

  // The references of others that named the old object now name this one.
  const repointed = new Map<PjsipReference, PjsipReference>();
  for (const reference of named) if (reference.from !== old) repointed.set(reference, retarget(reference, object));
  const fromChanges = new Map<string, readonly PjsipReference[] | undefined>([[key, from.length ? from : undefined]]);
  for (const reference of repointed.keys()) {
    const owner = reference.from;
    const ownerKey = objectKey(owner.type, owner.name);
    fromChanges.set(ownerKey, (fromChanges.get(ownerKey) ?? model.referencesFrom(owner)).map((item) => repointed.get(item) ?? item));
  }

  const toChanges = new Map<string, ReferenceList | undefined>([[key, repointed.size ? [...repointed.values()] : undefined]]);
  const targets = new Set<PjsipObject>();
  for (const reference of [...oldFrom, ...from]) if (reference.target && reference.target !== old && reference.target !== object) targets.add(reference.target);
  for (const target of targets) {
    // In the order of a fresh build: by the order of the objects that name it (then their own order).
    // The list is in that order already: the old object's references are one run, found by a binary
    // search. A much-named object's (a transport every phone names has 10k) is spliced, not copied.
    const targetKey = objectKey(target.type, target.name);
    const added = from.filter((reference) => reference.target === target);
    const held = index.referencesTo.get(targetKey);
    if (held instanceof SplicedReferences || (Array.isArray(held) && held.length > MAX_COPIED)) {
      toChanges.set(targetKey, SplicedReferences.replace(held as readonly PjsipReference[] | SplicedReferences, old, object, added));
    } else {
      const list = model.referencesTo(target);
      const at = firstFrom(list, section.order);
      let end = at;
      while (end < list.length && list[end].from === old) end++;
      toChanges.set(targetKey, list.slice(0, at).concat(added, list.slice(end)));
    }
    dirty.add(targetKey);
  }
  for (const reference of named) dirty.add(objectKey(reference.from.type, reference.from.name));
  dirty.add(key);
  replaced.push([old, object]);

  const ofType = index.byType.get(object.type);
  const slot = slotOf(index.objects, old);
  const typeSlot = ofType ? slotOf(ofType, old) : -1;
  if (!ofType || slot < 0 || typeSlot < 0) return undefined;
  const byType = new Map(index.byType);
  byType.set(object.type, ofType.with(typeSlot, object));
  const objects = index.objects.with(slot, object);
  // The references that name nothing: the old object's are dropped from the index, the new one's put in.
  const unresolved = new UnresolvedChanges(index.unresolved);
  for (const reference of oldFrom) if (!reference.target) unresolved.remove(objectKey(reference.targetType, reference.name), key);
  for (const reference of from) if (!reference.target) unresolved.add(objectKey(reference.targetType, reference.name), key);
  return patchedModel(model, base, index, { objects, byKey, byType, toChanges, fromChanges, unresolved });
}

/** Beyond this many references naming nothing, a paste or a deletion rebuilds (each may change what their checks say). */
const MAX_UNRESOLVED = 256;

/** Changes to the index of unresolved references (PjsipIndex.unresolved): owner keys added and removed per named key. */
class UnresolvedChanges {
  private readonly changes = new Map<string, readonly string[] | undefined>();

  constructor(private readonly base: ReadonlyMap<string, readonly string[]>) {}

  get(key: string): readonly string[] | undefined {
    return this.changes.has(key) ? this.changes.get(key) : this.base.get(key);
  }

  add(key: string, owner: string): void {
    this.changes.set(key, [...(this.get(key) ?? []), owner]);
  }

  /** Every entry of `owner` under `key`. */
  remove(key: string, owner: string): void {
    const left = (this.get(key) ?? []).filter((item) => item !== owner);
    this.changes.set(key, left.length ? left : undefined);
  }

  clear(key: string): void {
    this.changes.set(key, undefined);
  }

  /** Every named key with its owners, changes included. */
  entries(): [string, readonly string[]][] {
    const all: [string, readonly string[]][] = [];
    for (const [key, owners] of this.base) if (!this.changes.has(key)) all.push([key, owners]);
    for (const [key, owners] of this.changes) if (owners) all.push([key, owners]);
    return all;
  }

  done(): ReadonlyMap<string, readonly string[]> {
    if (!this.changes.size) return this.base;
    // Usually empty: a plain copy (an overlay of an empty map would only cost).
    if (this.base.size <= MAX_UNRESOLVED) {
      const map = new Map<string, readonly string[]>();
      for (const [key, owners] of this.entries()) map.set(key, owners);
      return map;
    }
    return OverlayMap.update(this.base, this.changes, MAX_OVERLAID);
  }
}

/**
 * The model with the objects of the `gone` sections removed and those of the `came` sections added (a paste
 * with sections, a section deleted, the section a paste landed in rebuilt): the object lists, the lookups,
 * the references of the new objects, those of others that named a removed object (re-pointed to nothing)
 * or that named nothing and now name a new object. Undefined (rebuild) for a template, a `(+)` section or
 * one something adds to, a section that makes no object, a duplicate (an object of a type and name already
 * there, or one that has a duplicate), or too many references naming nothing.
 */
function swapObjects(
  model: PjsipModel,
  gone: readonly Section[],
  came: readonly Section[],
  base: ConfigModel,
  dirty: Set<string>,
): { model: PjsipModel; added: PjsipObject[]; removed: PjsipObject[] } | undefined {
  const index = indexOf(model);
  if (!index || index.unresolved.size > MAX_UNRESOLVED) return undefined;
  const movable = (section: Section): boolean => !section.header.isTemplate && !section.header.isAppend && !index.appendKeys.has(section.key);
  const removed: PjsipObject[] = [];
  const removedKeys = new Set<string>();
  for (const section of gone) {
    if (!movable(section)) return undefined;
    // An untyped section, or a duplicate, is no object of the lookups.
    const object = model.named(section.name).find((candidate) => candidate.section === section);
    if (!object || object.appends.length > 0) return undefined;
    if (model.duplicates.some((duplicate) => duplicate.type === object.type && duplicate.name === object.name)) return undefined;
    // A much-named object (a transport every phone names): re-pointing its references costs a rebuild's worth.
    if (model.referencesTo(object).length > MAX_REFERENCES_TO) return undefined;
    removed.push(object);
    removedKeys.add(objectKey(object.type, object.name));
  }
  const added: PjsipObject[] = [];
  const addedKeys = new Set<string>();
  for (const section of came) {
    if (!movable(section)) return undefined;
    const lines = pjsipLinesOf(section);
    const typeLine = lines.find((line) => line.canonical === 'type');
    const typeEntry = typeLine ? lookupObjectType(typeLine.value) : undefined;
    if (!typeLine || !typeEntry || !typeEntry.fromFile) return undefined;
    const object: PjsipObject = { type: typeEntry.name, name: section.name, section, appends: noSections, lines, typeLine };
    const key = objectKey(object.type, object.name);
    // A second object of a type and name: Asterisk rejects both (a rebuild says so).
    if (addedKeys.has(key) || (index.byKey.has(key) && !removedKeys.has(key))) return undefined;
    added.push(object);
    addedKeys.add(key);
  }
  added.sort((a, b) => a.section.order - b.section.order);

  const byKeyChanges = new Map<string, PjsipObject | undefined>();
  for (const key of removedKeys) byKeyChanges.set(key, undefined);
  for (const object of added) byKeyChanges.set(objectKey(object.type, object.name), object);
  const byKey = OverlayMap.update(index.byKey, byKeyChanges, MAX_OVERLAID);
  const resolve = (type: PjsipObjectType, name: string): PjsipObject | undefined => byKey.get(objectKey(type, name));
  const isRemoved = (object: PjsipObject): boolean => removedKeys.has(objectKey(object.type, object.name)) && index.byKey.get(objectKey(object.type, object.name)) === object;

  const toChanges = new Map<string, ReferenceList | undefined>();
  const fromChanges = new Map<string, readonly PjsipReference[] | undefined>();
  const unresolved = new UnresolvedChanges(index.unresolved);
  const toOf = (key: string): ReferenceList | undefined => (toChanges.has(key) ? toChanges.get(key) : index.referencesTo.get(key));
  const fromOf = (key: string): readonly PjsipReference[] => (fromChanges.has(key) ? fromChanges.get(key) : index.referencesFrom.get(key)) ?? noReferences;
  /** `object`'s run in the list naming `key` replaced by `references` (inserted in file order when it had none). */
  const setRun = (key: string, object: PjsipObject, references: readonly PjsipReference[]): void => {
    const held = toOf(key);
    if (held instanceof SplicedReferences || (Array.isArray(held) && held.length > MAX_COPIED)) {
      toChanges.set(key, SplicedReferences.replace(held as readonly PjsipReference[] | SplicedReferences, object, object, references));
      return;
    }
    const list = listOf(held);
    const at = firstFrom(list, object.section.order);
    let end = at;
    while (end < list.length && list[end].from === object) end++;
    const next = list.slice(0, at).concat(references, list.slice(end));
    toChanges.set(key, next.length === 0 ? undefined : next.length === 1 ? next[0] : next);
  };

  // What the removed objects named lose them; what named them now names nothing.
  for (const object of removed) {
    const key = objectKey(object.type, object.name);
    for (const reference of fromOf(key)) {
      const target = reference.target;
      if (!target) unresolved.remove(objectKey(reference.targetType, reference.name), key);
      else if (!isRemoved(target)) {
        const targetKey = objectKey(target.type, target.name);
        setRun(targetKey, object, []);
        dirty.add(targetKey);
      }
    }
    fromChanges.set(key, undefined);
    dirty.add(key);
    const naming = listOf(toOf(key));
    const owners = new Map<PjsipObject, PjsipReference[]>();
    for (const reference of naming) if (!isRemoved(reference.from)) push(owners, reference.from, reference);
    for (const [owner, references] of owners) {
      const ownerKey = objectKey(owner.type, owner.name);
      const repointed = new Set(references);
      fromChanges.set(ownerKey, fromOf(ownerKey).map((reference) => (repointed.has(reference) ? retarget(reference, undefined) : reference)));
      unresolved.add(key, ownerKey);
      dirty.add(ownerKey);
    }
    toChanges.set(key, undefined);
  }

  // The new objects' references, resolved against every object now there (new ones included).
  const incoming = new Map<string, PjsipReference[]>();
  for (const object of added) {
    const key = objectKey(object.type, object.name);
    const from = referencesOf(object, resolve);
    fromChanges.set(key, from.length ? from : undefined);
    const byTarget = new Map<string, PjsipReference[]>();
    for (const reference of from) {
      const target = reference.target;
      if (!target) {
        unresolved.add(objectKey(reference.targetType, reference.name), key);
        continue;
      }
      const targetKey = objectKey(target.type, target.name);
      if (addedKeys.has(targetKey)) push(incoming, targetKey, reference);
      else push(byTarget, targetKey, reference);
      dirty.add(targetKey);
    }
    for (const [targetKey, references] of byTarget) setRun(targetKey, object, references);
    dirty.add(key);
  }
  // References that named nothing and now name a new object.
  for (const object of added) {
    const key = objectKey(object.type, object.name);
    const owners = unresolved.get(key);
    if (!owners) continue;
    for (const ownerKey of new Set(owners)) {
      if (addedKeys.has(ownerKey)) continue;
      const owner = byKey.get(ownerKey);
      if (!owner) return undefined;
      fromChanges.set(
        ownerKey,
        fromOf(ownerKey).map((reference) => {
          if (reference.target || objectKey(reference.targetType, reference.name) !== key) return reference;
          const resolved = retarget(reference, object);
          push(incoming, key, resolved);
          return resolved;
        }),
      );
      dirty.add(ownerKey);
    }
    // Every one of them names the new object now (the new objects' own were resolved against it).
    unresolved.clear(key);
  }
  // A new object's list: in the order of the objects naming it (a stable sort keeps each one's order).
  for (const [key, references] of incoming) {
    references.sort((a, b) => a.from.section.order - b.from.section.order);
    toChanges.set(key, references.length === 1 ? references[0] : references);
  }
  // A reference naming nothing says which names there are (a name of another type, the closest names of
  // its type): its object's checks run again when an object of that name or type came or went.
  const changedTypes = new Set<PjsipObjectType>([...removed, ...added].map((object) => object.type));
  const changedNames = new Set<string>([...removed, ...added].map((object) => object.name));
  for (const [key, owners] of unresolved.entries()) {
    const { type, name } = keyParts(key);
    if (changedTypes.has(type) || changedNames.has(name)) for (const owner of owners) dirty.add(owner);
  }

  // The lists, spliced where objects went and came (in file order).
  const objects = index.objects.draft();
  const byType = new Map(index.byType);
  const typeDrafts = new Map<PjsipObjectType, SlotListDraft<PjsipObject>>();
  const draftOf = (type: PjsipObjectType): SlotListDraft<PjsipObject> => {
    let draft = typeDrafts.get(type);
    if (!draft) {
      draft = (index.byType.get(type) ?? SlotList.of<PjsipObject>([])).draft();
      typeDrafts.set(type, draft);
    }
    return draft;
  };
  for (const object of removed) {
    const slot = slotOf(objects, object);
    const ofType = draftOf(object.type);
    const typeSlot = slotOf(ofType, object);
    if (slot < 0 || typeSlot < 0) return undefined;
    objects.splice(slot, 1);
    ofType.splice(typeSlot, 1);
  }
  for (const object of added) {
    objects.splice(orderSlot(objects, object.section.order), 0, [object]);
    const ofType = draftOf(object.type);
    ofType.splice(orderSlot(ofType, object.section.order), 0, [object]);
  }
  for (const [type, draft] of typeDrafts) {
    if (draft.length) byType.set(type, draft.done());
    else byType.delete(type);
  }
  const next = patchedModel(model, base, index, { objects: objects.done(), byKey, byType, toChanges, fromChanges, unresolved });
  return { model: next, added, removed };
}

/** The model over `index` with the lists and maps a patch changed (the reference maps overlaid with their changes). */
function patchedModel(
  model: PjsipModel,
  base: ConfigModel,
  index: PjsipIndex,
  changed: {
    readonly objects: PjsipIndex['objects'];
    readonly byKey: PjsipIndex['byKey'];
    readonly byType: PjsipIndex['byType'];
    readonly toChanges: ReadonlyMap<string, ReferenceList | undefined>;
    readonly fromChanges: ReadonlyMap<string, readonly PjsipReference[] | undefined>;
    readonly unresolved: UnresolvedChanges;
  },
): PjsipModel {
  return makePjsipModel(base, model.duplicates, model.templates, model.untyped, {
    objects: changed.objects,
    byKey: changed.byKey,
    byType: changed.byType,
    referencesTo: OverlayMap.update(index.referencesTo, changed.toChanges, MAX_OVERLAID),
    referencesFrom: OverlayMap.update(index.referencesFrom, changed.fromChanges, MAX_OVERLAID),
    appendKeys: index.appendKeys,
    unresolved: changed.unresolved.done(),
  });
}

const noReferences: readonly PjsipReference[] = [];

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The first slot of a list in file order whose object's section is not before `order`. */
function orderSlot(list: SlotReader<PjsipObject>, order: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list.at(mid).section.order < order) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The slot of `object` in a list in file order (a binary search by its section's order); -1: not there. */
function slotOf(list: SlotReader<PjsipObject>, object: PjsipObject): number {
  const order = object.section.order;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const candidate = list.at(mid);
    if (candidate === object) return mid;
    if (candidate.section.order < order) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The first index of `list` (references in the order of the objects they come from) whose object is not before `order`. */
function firstFrom(list: readonly PjsipReference[], order: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].from.section.order < order) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
