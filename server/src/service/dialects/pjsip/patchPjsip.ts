/**
 * The keystroke path of the pjsip model (issue #16). When the shared model was patched (patchModel.ts:
 * option lines changed inside sections, no header touched), the new pjsip model is the previous one with
 * the objects of those sections rebuilt: their lines, their references, and the references of others
 * that named them (re-pointed at the rebuilt object). Everything else keeps its object, so the checks
 * cached per object (rules.ts) stay valid for it.
 *
 * Anything that can change more than the edited object answers undefined and the caller rebuilds: a
 * template (its heirs change), a `(+)` section or a section something adds to, a duplicate, a section that
 * makes no object, a `type=` that now says another type, an object named by many references.
 */
import { patchOf, sectionAt } from '../../model/patchModel';
import { OverlayMap } from '../../model/overlayMap';
import type { SlotList } from '../../model/slotList';
import type { ConfigModel, Section } from '../../model/types';
import { indexOf, makePjsipModel, objectKey, pjsipLinesOf, referencesOf, retarget, type PjsipModel, type PjsipObject, type PjsipReference, type ReferenceList } from './model';
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
  for (const window of patch.sectionWindows) {
    // Only sections rebuilt in place (no header came or went).
    if (window.oldTo - window.oldFrom !== 1 || window.to - window.from !== 1) return undefined;
    const next = replaceSection(model, sectionAt(patch.previous, window.oldFrom), sectionAt(base, window.from), base, dirty, replaced);
    if (!next) return undefined;
    model = next;
  }
  if (model === previous) return undefined;
  patches.set(model, { previous, dirty, replaced });
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
  return makePjsipModel(base, model.duplicates, model.templates, model.untyped, {
    objects,
    byKey,
    byType,
    referencesTo: OverlayMap.update(index.referencesTo, toChanges, MAX_OVERLAID),
    referencesFrom: OverlayMap.update(index.referencesFrom, fromChanges, MAX_OVERLAID),
    appendKeys: index.appendKeys,
  });
}

/** The slot of `object` in a list in file order (a binary search by its section's order); -1: not there. */
function slotOf(list: SlotList<PjsipObject>, object: PjsipObject): number {
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
