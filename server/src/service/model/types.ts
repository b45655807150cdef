/**
 * The sip.conf / iax.conf model every feature reads (issue #3): sections classified, endpoints with
 * their type bits and effective options (with where each came from), register statements, includes and
 * the direction of authentication. Features render it; none re-derives it.
 */
import type { ConfigDocument } from '../parser/configDocument';
import type { KeyValueNode, SectionHeaderNode, Span } from '../parser/nodes';
import type { FileDialect } from '../dialect';
import type { IaxRegister, SipRegister } from './registerStatement';

/** A file of the include tree: the root file, or one it includes. */
export interface ConfigFile {
  readonly uri: string;
  readonly document: ConfigDocument;
}

export type SectionKind = 'general' | 'authentication' | 'callnumberlimits' | 'template' | 'endpoint';

/** One key/value line that belongs to a section (possibly written in an included file). */
export interface Entry {
  readonly uri: string;
  /** Its line in its file now: it follows edits that move lines (records.ts). */
  readonly line: number;
  readonly node: KeyValueNode;
}

export interface Section {
  readonly uri: string;
  readonly name: string;
  /** Lower-cased name: Asterisk compares section names case-insensitively. */
  readonly key: string;
  /** The header's line in its file now (it follows edits that move lines, see records.ts). */
  readonly headerLine: number;
  /** First line after the section in its own file (the next header, or the end). */
  readonly endLine: number;
  readonly header: SectionHeaderNode;
  readonly kind: SectionKind;
  /** Own lines, in order, including those of files `#include`d inside the section. */
  readonly entries: readonly Entry[];
  /** Bases of `[name](a,b)`, resolved to the section defined earlier; undefined when not found. */
  readonly bases: readonly (Section | undefined)[];
  /** Index in file order over the whole include tree. */
  readonly order: number;
}

export type ProvenanceKind = 'own' | 'template' | 'general' | 'default';

export interface Provenance {
  readonly kind: ProvenanceKind;
  /**
   * The section the line was written in (own section, template, or [general]); for `default`, the
   * [general] line the driver does not read for devices (chan_iax2's context), when there is one.
   */
  readonly section?: Section;
  readonly entry?: Entry;
}

/** An option as the channel driver sees it for one endpoint, after inheritance. */
export interface EffectiveValue {
  readonly value: string;
  readonly source: Provenance;
}

export interface TypeBits {
  readonly user: boolean;
  readonly peer: boolean;
}

/** How the endpoint authenticates, per direction (all values masked-safe: no secrets in here). */
export type InboundAuth = 'secret' | 'md5secret' | 'inkeys' | 'ip-match' | 'none';
export type OutboundAuth = 'remotesecret' | 'secret' | 'md5secret' | 'outkey' | 'none';

export interface InboundDirection {
  /** Context the endpoint's calls enter, and where it came from ('default' = Asterisk's built-in). */
  readonly context: EffectiveValue;
  readonly authenticatedBy: readonly InboundAuth[];
  /** sip insecure= words in effect (port, invite). */
  readonly insecure: readonly string[];
}

export type Location =
  | { readonly kind: 'static'; readonly host: EffectiveValue }
  | { readonly kind: 'dynamic'; readonly host: EffectiveValue; readonly protectedBy: readonly ('secret' | 'md5secret' | 'inkeys')[] }
  | { readonly kind: 'missing' };

export interface OutboundDirection {
  readonly location: Location;
  /** The user name we present when calling it (defaultuser / username). */
  readonly signInAs?: EffectiveValue;
  readonly authenticatesWith: readonly OutboundAuth[];
}

export interface Direction {
  readonly inbound?: InboundDirection;
  readonly outbound?: OutboundDirection;
}

export interface Endpoint {
  readonly section: Section;
  /** The type value Asterisk validates (first `type=` line, template lines first, on Asterisk ≤ 22). */
  readonly type?: EffectiveValue;
  /** The bits the driver ends up with (chan_sip ORs every type line; iax uses the validated one). */
  readonly bits: TypeBits;
  /** Effective options by lower-cased name, each list in the order the driver reads the lines. */
  readonly options: ReadonlyMap<string, readonly EffectiveValue[]>;
  readonly direction: Direction;
  /**
   * Later sections of the same name (not `(+)`) the driver ignores: each is read as a definition of its
   * own, and one without a valid type (own or a template's) is skipped with "lacks type" / "Unknown type"
   * instead of being applied on top of the first. Undefined when there are none.
   */
  readonly ignored?: readonly IgnoredSection[];
}

export interface IgnoredSection {
  readonly section: Section;
  /** Its type line when it has one the driver does not know. */
  readonly type?: EffectiveValue;
}

export interface RegisterStatement {
  readonly entry: Entry;
  readonly section: Section;
  readonly parsed: SipRegister | IaxRegister;
  /** Column where the value starts: add to the parsed parts' offsets to get columns. */
  readonly valueStart: number;
}

/** `budget`: following it would take the expanded model past this tool's limits (buildModel's MAX_EXPANDED_LINES). */
export type IncludeProblem = 'missing' | 'cycle' | 'depth' | 'not-a-file' | 'too-large' | 'unreadable' | 'outside-workspace' | 'glob-no-match' | 'budget' | 'not-a-config';

export interface IncludeLink {
  /** The file and line of the directive. */
  readonly uri: string;
  readonly line: number;
  readonly argumentSpan: Span;
  readonly directive: 'include' | 'tryinclude';
  /** Resolved target files (a glob may match several). */
  readonly targets: readonly string[];
  readonly problem?: IncludeProblem;
  readonly problemDetail?: string;
}

export interface ConfigModel {
  readonly dialect: FileDialect;
  readonly root: ConfigFile;
  /** Every file of the include tree in reading order, the root first. */
  readonly files: readonly ConfigFile[];
  readonly sections: readonly Section[];
  /** First section with each (lower-cased) name. */
  readonly sectionsByKey: ReadonlyMap<string, readonly Section[]>;
  readonly general?: Section;
  readonly endpoints: readonly Endpoint[];
  readonly endpointsByKey: ReadonlyMap<string, Endpoint>;
  readonly registers: readonly RegisterStatement[];
  readonly includes: readonly IncludeLink[];
  /** `#exec` lines (never executed). */
  readonly execs: readonly { readonly uri: string; readonly line: number }[];
  /** Where each file starts being read: how many sections exist then, and whether one is open. */
  readonly fileStarts: ReadonlyMap<string, FileStart>;
}

export interface FileStart {
  readonly sectionCount: number;
  readonly inSection: boolean;
}

export type LoadResult = { readonly document: ConfigDocument } | { readonly problem: IncludeProblem; readonly detail?: string };
export type ResolveResult = { readonly uris: readonly string[] } | { readonly problem: IncludeProblem; readonly detail?: string };

/**
 * What the model needs from the outside world to follow `#include`s. The service stays pure: the
 * Node server and the CLI implement it with the file system (caps, trust, globs); tests use memory.
 */
export interface IncludeHost {
  /**
   * Expand an `#include` argument (a glob pattern) to file URIs. Relative names are relative to the
   * config directory (Asterisk: /etc/asterisk; here the folder of the root file), not to the includer.
   */
  resolve(argument: string, configDirectoryUri: string): ResolveResult;
  /** The parsed file: an open editor document when there is one, else read from disk. */
  load(uri: string): LoadResult;
}
