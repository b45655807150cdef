/**
 * What a channel driver's dialect (sip.conf read by chan_sip, iax.conf read by chan_iax2) tells the shared
 * model, rules and features (issue #16): its catalog, its register grammar, how it reads a device, what it
 * does with values it cannot read, and the words it is described with. The shared code asks
 * `profileOf(dialect)` instead of branching on the dialect; the profiles are dialects/sip/profile.ts and
 * dialects/iax/profile.ts. A next channel driver is one more profile, listed here.
 */
import type { Dialect, OptionEntry, SectionScope } from '../data/catalogTypes';
import type { Consequence } from './consequences';
import type { IaxRegister, SipRegister } from '../model/registerStatement';
import type { SectionSkeleton } from '../features/snippets';
import type { Entry, InboundAuth, OutboundAuth, Section, SectionKind, TypeBits } from '../model/types';
import { iaxProfile } from './iax/profile';
import { sipProfile } from './sip/profile';

/** How the driver reads a device section into the model (model/endpoints.ts). */
export interface DeviceReading {
  /**
   * `all`: every type line is ORed (chan_sip's build_peer: a template's friend cannot be narrowed);
   * `definitions`: the first type line, ORed with the type of each duplicate definition (chan_iax2).
   */
  readonly typeLines: 'all' | 'definitions';
  /** Which context line a user keeps: chan_iax2 keeps the first, chan_sip the last. */
  readonly contextLine: LinePick;
  /** Whether the driver reads [general]'s context for a user that has none (chan_iax2 does not). */
  readonly generalContext: boolean;
  /** Whether insecure= (port, invite) is read. */
  readonly readsInsecure: boolean;
  /** Whether a peer with a static host also receives calls, matched by their source address. */
  readonly peersMatchedByAddress: boolean;
  /** The secrets that authenticate the device's calls and registrations to us. */
  inboundSecrets(has: (name: string) => boolean): InboundAuth[];
  /** What we answer the device's challenges with when we call it. */
  outboundSecrets(has: (name: string) => boolean): OutboundAuth[];
  /** The options naming the user we sign in as when we call the device (the first one set wins). */
  readonly signInAs: readonly string[];
  /** Options that only act on a peer although the catalog's one device scope cannot say so (chan_sip). */
  readonly peerOnlyOptions: ReadonlySet<string>;
}

/** The words of the direction texts (features/directionText.ts) that differ per driver. */
export interface DirectionWords {
  /** What a dynamic peer sends to tell us where it is, in a sentence (`REGISTER (REGREQ)`). */
  readonly registerRequest: string;
  /** The same, short (`REGREQ`). */
  readonly registerMessage: string;
  /** Why a type=peer takes no calls from its name. */
  noInbound(name: string): string;
  /** The secrets that protect a dynamic peer's registration, in words. */
  readonly registrationSecrets: string;
  /** Whether calls from a static peer's address are matched to it (said in the host note). */
  readonly addressMatched: boolean;
  /** Whether remotesecret, when set, answers the peer's challenges instead of secret. */
  readonly remotesecretAnswers: boolean;
  /** Whether md5secret, when set with secret, is what calls are checked against. */
  readonly md5secretPrecedes: boolean;
}

/** The first or the last of several lines. */
export type LinePick = 'first' | 'last';

export interface ChannelProfile {
  readonly id: Dialect;
  /** The Asterisk module that reads the file: `chan_sip`, `chan_iax2`. */
  readonly driver: string;
  /** The technology of a dial string: Dial(SIP/name), Dial(IAX2/name). */
  readonly technology: string;
  /** The option catalog, [general] and devices (data/), in catalog order. */
  options(): readonly OptionEntry[];
  /** Sections besides [general] that the driver reads by name, lower case, with their kind. */
  readonly specialSections: ReadonlyMap<string, SectionKind>;
  /** Whether the catalog's device scopes are `user` and `peer` (a device's type picks them), not one `device` scope. */
  readonly splitsDeviceScopes: boolean;
  /** The catalog scopes of a special section (`[authentication]`); none for a kind the driver does not have. */
  specialScopes(kind: SectionKind): readonly SectionScope[];
  /**
   * The catalog scopes of a device section, from the type bits of its endpoint (undefined: no type yet,
   * or a template): chan_sip has one `device` scope, chan_iax2 builds users and peers apart.
   */
  deviceScopes(bits: TypeBits | undefined): readonly SectionScope[];
  /** The register => grammar of the driver (model/registerStatement.ts). */
  parseRegister(value: string): SipRegister | IaxRegister;
  /** The register => grammar, as shown in the option's documentation. */
  readonly registerFormat: string;
  /** The register => statement with tab stops, offered by completion (dialects/<dialect>/snippets.ts). */
  readonly registerSnippet: string;
  /** The section skeletons completion offers between sections, in order (dialects/<dialect>/snippets.ts). */
  readonly skeletons: readonly SectionSkeleton[];
  /** A register value with its secret masked (registerStatement.ts `REGISTER_SECRET_MASK`). */
  maskRegister(value: string): string;
  /** Whether `value` of `auth=` names authentication methods (no secret in it) rather than a credential. */
  authNamesMethods(value: string): boolean;
  /** Where the host of a register value starts: at the last `@` before `offset` (SIP) or the first `@` (IAX); -1 when none. */
  registerHostAt(value: string, offset: number): number;
  readonly device: DeviceReading;
  readonly direction: DirectionWords;
  /** What [general] is for, in the hover. */
  readonly generalText: string;
  /** What the driver does with a value of `option` it cannot read (data: dialects/<dialect>/invalidValues.ts). */
  readonly invalidValues: Readonly<Record<string, Consequence>>;
  /** The line the driver logs for a deprecated value (nat=yes, insecure=very, auth=plaintext), and what it does. */
  deprecatedValueLog(section: Section, entry: Entry, option: OptionEntry): string | undefined;
  /** The separators between the words of a list option. */
  listSeparator(option: OptionEntry): RegExp;
  /** What the driver does after acl.c gave up on an entry of `option` (delete the device, keep it, stop loading). */
  aclConsequence(section: Section, entry: Entry, option: OptionEntry): string;
  /** What the driver logs for an address it cannot parse, and what it does instead. */
  addressConsequence(entry: Entry, option: OptionEntry): string;
  /** The driver's own line about a bad codec, added after format_cap.c's, or ''. */
  codecErrorLine(entry: Entry): string;
  /** Why an option of the catalog does nothing in this driver (at this Asterisk version), if it does nothing. */
  noEffectReason(name: string, section: Section, version: number): string | undefined;
  /** The type line the driver validates when there are several. */
  validatedTypeLine(version: number): LinePick;
  /** Which of several type lines in one section wins (the duplicate-option message)... */
  typeLineWinner(version: number): LinePick;
  /** ...and why, in words. */
  typeLinesWhy(version: number): string;
  /** A second identical register line: what the driver does. */
  readonly duplicateRegister: string;
  /** What the calls of a provider we register to need, in words. */
  readonly registerMatcher: string;
  /** Whether `externaddr` has a twin in [general] that resolves names (`externhost`), offered as a quick fix. */
  readonly externhostTwin: boolean;
  /**
   * The checks only some drivers have: [general]'s security settings and the device ↔ [general]
   * comparisons (chan_sip), the Asterisk version that no longer has the driver (chan_sip: 21), the one-way
   * encryption of a device (chan_iax2).
   */
  readonly checks: {
    readonly security: boolean;
    readonly againstGeneral: boolean;
    readonly removedSince?: number;
    readonly oneWayEncryption: boolean;
  };
  /** Whether the file can be converted to pjsip.conf (migrate/): chan_sip's, the driver chan_pjsip replaces. */
  readonly convertsToPjsip: boolean;
  /** Whether every line of `name` is in effect although the catalog says the last replaces the others (chan_iax2's secrets). */
  everyLineCounts(name: string): boolean;
}

/** The profile of a channel driver's dialect; undefined for pjsip.conf and any other .conf. */
export function channelProfile(dialect: string): ChannelProfile | undefined {
  return PROFILES.get(dialect);
}

/** The profile of sip.conf or iax.conf. */
export function profileOf(dialect: Dialect): ChannelProfile {
  return channelProfile(dialect)!;
}

const PROFILES: ReadonlyMap<string, ChannelProfile> = new Map([sipProfile, iaxProfile].map((profile) => [profile.id, profile]));
