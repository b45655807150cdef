/**
 * The pjsip.conf option catalog: one lookup for every feature that needs to know whether an option
 * exists for an object type, what it takes, where it points and whether its value is a secret.
 * Not yet used by the editor (the dialect wiring is a later step of issue #16).
 *
 * Asterisk matches option names case-insensitively (observed: `TIMERS=no` on an endpoint loads) but the
 * `type=` value exactly (observed: `type=Endpoint` is dropped), hence the lower-cased keys here and the
 * exact match in objectTypes.ts.
 */
import { pjsipEndpointOptions } from './endpointOptions';
import { pjsipObjectOptions } from './objectOptions';
import { lookupObjectType } from './objectTypes';
import type { PjsipObjectType, PjsipOptionEntry } from './types';

export const pjsipOptions: readonly PjsipOptionEntry[] = [...pjsipEndpointOptions, ...pjsipObjectOptions];

let index: Map<string, PjsipOptionEntry> | undefined;

function key(objectType: PjsipObjectType, name: string): string {
  return `${objectType}\u0000${name.trim().toLowerCase()}`;
}

/** Built on first use, so that importing the catalog costs nothing until it is asked. */
function byTypeAndName(): Map<string, PjsipOptionEntry> {
  if (!index) {
    index = new Map();
    for (const option of pjsipOptions) index.set(key(option.objectType, option.name), option);
  }
  return index;
}

/** The catalog entry of `name` in objects of `objectType`, ignoring case like Asterisk. */
export function lookupPjsipOption(objectType: PjsipObjectType, name: string): PjsipOptionEntry | undefined {
  return byTypeAndName().get(key(objectType, name));
}

/** Every option of one object type, in catalog order. */
export function pjsipOptionsFor(objectType: PjsipObjectType): readonly PjsipOptionEntry[] {
  // Asked once per object by the model and the rules (30k objects at 10k phones): filtered once per type.
  let options = optionsByType.get(objectType);
  if (!options) {
    options = pjsipOptions.filter((option) => option.objectType === objectType);
    optionsByType.set(objectType, options);
  }
  return options;
}

const optionsByType = new Map<PjsipObjectType, readonly PjsipOptionEntry[]>();
const referenceOptionsByType = new Map<PjsipObjectType, readonly PjsipOptionEntry[]>();

/**
 * Whether Asterisk accepts `name` in an object of `objectType`: a catalog option, or one of the names an
 * object type takes freely (phoneprov template variables, inbound-publication `event_<package>`).
 */
export function isKnownPjsipOption(objectType: PjsipObjectType, name: string): boolean {
  if (lookupPjsipOption(objectType, name)) return true;
  const type = lookupObjectType(objectType);
  if (type?.anyOption) return true;
  const prefix = type?.prefixedOption?.prefix;
  const lower = name.trim().toLowerCase();
  return prefix !== undefined && lower.startsWith(prefix) && lower.length > prefix.length;
}

/** Whether the value of `name` in an object of `objectType` is a credential that must never be shown. */
export function isPjsipSecret(objectType: PjsipObjectType, name: string): boolean {
  return lookupPjsipOption(objectType, name)?.secret === true;
}

/** The options of an object type that name other objects (`aors` → aor, `outbound_auth` → auth, ...). */
export function pjsipReferenceOptions(objectType: PjsipObjectType): readonly PjsipOptionEntry[] {
  let options = referenceOptionsByType.get(objectType);
  if (!options) {
    options = pjsipOptionsFor(objectType).filter((option) => option.references !== undefined);
    referenceOptionsByType.set(objectType, options);
  }
  return options;
}
