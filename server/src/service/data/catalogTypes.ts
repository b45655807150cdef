/**
 * The shape of an option catalog. Documentation is data (STYLE.md rule 6): every feature that talks
 * about an option (hover, completion, diagnostics, quick fixes) reads these records; nobody keeps a
 * second copy of a description.
 */

export type Dialect = 'sip' | 'iax';

/** The members of `Dialect`: each has its profile (dialects/channel.ts). */
const CHANNEL_DIALECTS: ReadonlySet<string> = new Set<Dialect>(['sip', 'iax']);

/** Whether a file's dialect is one of the channel drivers this catalog describes (not pjsip.conf, not a generic .conf). */
export function isChannelDialect(dialect: string): dialect is Dialect {
  return CHANNEL_DIALECTS.has(dialect);
}

/**
 * Where an option is accepted. `device` is sip's user/peer/friend (chan_sip parses the three
 * identically); iax distinguishes `user` and `peer` (a friend accepts both).
 */
export type SectionScope = 'general' | 'device' | 'user' | 'peer' | 'authentication' | 'callnumberlimits';

/** Which way an option acts, seen from Asterisk's side. */
export type Direction =
  | 'inbound' // acts on calls / registrations that come to us (a user's side)
  | 'outbound' // acts on calls we place / registrations we send (a peer's side)
  | 'both'
  | 'none'; // not about a direction (codecs, timers, media, ...)

/**
 * How a value is checked and completed. Enumerations are listed explicitly in `values`.
 * `text` is free text; the validators never complain about it.
 */
export type ValueKind =
  | 'bool'
  | 'enum' // one of `values`
  | 'enumList' // comma separated list of `values`
  | 'int'
  | 'codecList'
  | 'acl' // addr[/mask][,addr[/mask]...] with optional ! per entry
  | 'aclName' // named ACL(s) from acl.conf
  | 'host' // hostname / IP (sip peers: also `dynamic`)
  | 'hostPort' // host[:port]
  | 'addr' // IP address [with :port]
  | 'port'
  | 'context' // a dialplan context in extensions.conf
  | 'register' // the register => grammar of the dialect
  | 'auth' // sip: user[:secret]@realm / user#md5@realm
  | 'tos'
  | 'cos'
  | 'path'
  | 'secret'
  | 'text';

export interface EnumValue {
  readonly value: string;
  /** What this value does, in our own words. */
  readonly description: string;
  /** Set when this value is deprecated / removed; what to write instead. */
  readonly deprecatedBy?: string;
}

/**
 * How several lines of one option in one section (templates included) combine:
 * `replace` — the last line wins; `list` — every line adds its items (allow, permit, setvar, ...);
 * `accumulate` — one setting whose lines are OR-ed together, so a later line adds to an earlier one
 * instead of replacing it (chan_sip nat, faxdetect, sendrpid; chan_iax2 encryption).
 */
export type Combine = 'replace' | 'accumulate' | 'list';

export interface Accumulation {
  /**
   * Words that start the setting over instead of adding to it, matched against each comma item:
   * `false` and `true` stand for every ast_false / ast_true word; anything else is a literal keyword.
   */
  readonly resetBy: readonly string[];
  /** How the lines add up, in our own words (hover and the duplicate-option message). */
  readonly note: string;
}

export interface OptionEntry {
  /** Canonical name, lower case (Asterisk matches case-insensitively). */
  readonly name: string;
  /** Other names the same parser branch accepts (e.g. misspellings, old names). */
  readonly aliases?: readonly string[];
  readonly sections: readonly SectionScope[];
  readonly kind: ValueKind;
  /** For enum / enumList: every keyword, each described. For bool: omitted. */
  readonly values?: readonly EnumValue[];
  /** For int: inclusive bounds and the unit shown to users. */
  readonly min?: number;
  readonly max?: number;
  /** For int: values outside min..max that Asterisk also takes (iax `trunkmtu`: 0, or 172 to 3999). */
  readonly alsoAllowed?: readonly number[];
  readonly unit?: string;
  /** The value Asterisk uses when the option is absent, as the user would write it. */
  readonly default?: string;
  /** True when every line counts (allow, permit, setvar, register, ...): combines as a `list`. */
  readonly repeatable?: boolean;
  /** Set when the lines are OR-ed into one setting (combines as `accumulate`); absent: see `repeatable`. */
  readonly accumulates?: Accumulation;
  /** Replacement when this option (name) is deprecated. */
  readonly deprecatedBy?: string;
  /**
   * Aliases (lower case) that Asterisk still reads but that are old names or misspellings, each with
   * the name to write instead (alias → replacement). Other aliases are plain synonyms.
   */
  readonly deprecatedAliases?: Readonly<Record<string, string>>;
  /** Which direction the option acts in, from Asterisk's side. */
  readonly direction: Direction;
  /** One short paragraph, in our own words (never copied from Asterisk's sample files). */
  readonly description: string;
  /** Only honoured for realtime peers; ignored in a file. */
  readonly realtimeOnly?: boolean;
}

export interface OptionCatalog {
  readonly dialect: Dialect;
  readonly options: readonly OptionEntry[];
}
