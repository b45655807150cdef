/**
 * The shape of the pjsip.conf option catalog. It reuses what the sip/iax catalog already says about an
 * option (name, values, default, deprecation, direction, description: `OptionEntry` minus its sip/iax
 * section scopes and value kinds), and adds what only pjsip has: the object type an option belongs to,
 * references between objects, the Asterisk version that introduced it, and a flag on secrets.
 *
 * Kept in the dialect's own folder so that the shared `data/catalogTypes.ts` stays untouched.
 */
import type { OptionEntry } from '../../data/catalogTypes';

/** The `type=` of a pjsip.conf section: every object type res_pjsip and its modules register. */
export type PjsipObjectType =
  | 'endpoint'
  | 'aor'
  | 'auth'
  | 'identify'
  | 'registration'
  | 'transport'
  | 'global'
  | 'system'
  | 'acl'
  | 'contact'
  | 'domain_alias'
  | 'phoneprov'
  | 'resource_list'
  | 'outbound-publish'
  | 'inbound-publication'
  | 'asterisk-publication'
  | 'subscription_persistence';

/**
 * How a value is checked and completed.
 * - `duration`: a whole number in `unit` (`s` or `ms`); `int` / `decimal`: other numbers.
 * - `reference` / `referenceList`: the name of one / a comma list of objects of type `references`.
 * - `address`: an IP address or host name, optionally with `:port`; `addressList`: comma list of
 *   addresses or networks (`addr[/mask]`); `acl`: such a list for permit/deny; `aclName`: named ACLs of acl.conf.
 * - `uri`: a SIP URI (`sip:user@host[:port]`), never the name of an object.
 * - `codecPrefs`: `prefer: …, operation: …, keep: …, transcode: …`, each part one of `values`.
 * - `objectType`: the `type` option itself (its values are the object types).
 */
export type PjsipValueKind =
  | 'bool'
  | 'enum'
  | 'enumList'
  | 'int'
  | 'decimal'
  | 'duration'
  | 'codecList'
  | 'codecPrefs'
  | 'acl'
  | 'aclName'
  | 'address'
  | 'addressList'
  | 'uri'
  | 'reference'
  | 'referenceList'
  | 'context'
  | 'path'
  | 'secret'
  | 'tos'
  | 'cos'
  | 'group'
  | 'variable'
  | 'list'
  | 'objectType'
  | 'text';

export interface PjsipOptionEntry extends Omit<OptionEntry, 'sections' | 'kind' | 'realtimeOnly' | 'aliases' | 'deprecatedAliases'> {
  /** The object type whose sections accept this option (one entry per type and name, as Asterisk registers them). */
  readonly objectType: PjsipObjectType;
  readonly kind: PjsipValueKind;
  /** For `reference` / `referenceList`: the object type the named objects must have. */
  readonly references?: PjsipObjectType;
  /** Unit of a `duration` (or of an `int` / `decimal` when it has one). */
  readonly unit?: 's' | 'ms';
  /** The Asterisk version that introduced the option, when known. */
  readonly since?: string;
  /** The value is a credential: never show it (the masking function reads this flag). */
  readonly secret?: boolean;
}

export interface PjsipObjectTypeEntry {
  readonly name: PjsipObjectType;
  /** What the object is, in our own words, and which way of authentication it serves from Asterisk's side. */
  readonly description: string;
  /** Which way the object acts, from Asterisk's side. */
  readonly direction: OptionEntry['direction'];
  /** False for objects Asterisk keeps itself (in its internal database): a section of this type in pjsip.conf is not loaded. */
  readonly fromFile: boolean;
  /** True when any option name is accepted besides the catalog's (phoneprov: extra names become template variables). */
  readonly anyOption?: boolean;
  /** Only one object of this type may exist (observed: a second `type=global` is an error). */
  readonly singleton?: boolean;
  /** Options named `<prefix><anything>` are accepted besides the catalog's (inbound-publication: `event_<package>`). */
  readonly prefixedOption?: { readonly prefix: string; readonly description: string };
}
