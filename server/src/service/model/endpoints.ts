/**
 * One endpoint as the channel driver builds it: template lines copied in first (in the order the bases
 * are listed, recursively), then the section's own lines, then [general] defaults for what is still
 * unset; the type bits; and the direction of authentication derived from the result.
 */
import type { FileDialect } from '../dialect';
import { lookupOption } from '../data/catalog';
import { EffectiveOptions, type NamedValue } from './effectiveOptions';
import { lastGeneralLine } from './general';
import type {
  Direction,
  EffectiveValue,
  Endpoint,
  Entry,
  IgnoredSection,
  InboundAuth,
  InboundDirection,
  Location,
  OutboundAuth,
  OutboundDirection,
  Provenance,
  Section,
  TypeBits,
} from './types';
import { isChannelDialect } from '../data/catalogTypes';
import { channelProfile, type DeviceReading } from '../dialects/channel';

/** chan_sip's DEFAULT_CONTEXT; also what iax uses when nothing is set. */
export const BUILTIN_CONTEXT = 'default';

/** A memo of effective lines per section (a WeakMap in practice: sections are immutable once built). */
export interface EffectiveLines {
  get(section: Section): readonly EffectiveLine[] | undefined;
  has(section: Section): boolean;
  set(section: Section, lines: readonly EffectiveLine[]): unknown;
}

/** Effective lines depend only on a section's entries and bases, which never change once built. */
export const effectiveLinesCache: EffectiveLines = new WeakMap<Section, readonly EffectiveLine[]>();

export interface EffectiveLine extends NamedValue {
  /** The key exactly as written (`+=` matches it case-sensitively). */
  readonly name: string;
}

/**
 * The lines Asterisk ends up with in `section`. Bases always come earlier in the file, so walking the
 * needed sections in file order computes every base before its users — no recursion, so a very deep
 * template chain cannot overflow the stack.
 */
/**
 * A base's lines as its heirs see them (own lines become 'template' lines). Shared by every heir of
 * the same base: 10k phones on one template share one copy instead of making 10k.
 */
const inheritedViews = new WeakMap<readonly EffectiveLine[], readonly EffectiveLine[]>();

function inheritedView(base: Section, lines: readonly EffectiveLine[]): readonly EffectiveLine[] {
  let view = inheritedViews.get(lines);
  if (!view) {
    view = lines.map((line) =>
      line.source.kind === 'own' ? { name: line.name, canonical: line.canonical, value: line.value, source: { kind: 'template', section: base, entry: line.source.entry } } : line,
    );
    inheritedViews.set(lines, view);
  }
  return view;
}

/**
 * Asterisk copies every line of a template into each section that inherits it, so a chain of n templates
 * of one line each holds n²/2 lines (issue #19: 20,000 chained templates took 3.7 GB). The work of a
 * section is an upper bound of the lines computing its effective lines makes, its ancestors' included;
 * past MAX_INHERITANCE_WORK its templates are not followed (an `analysis-limit` diagnostic says so) and
 * its endpoint checks are skipped. The bound depends only on the section and its ancestry, as the memo does.
 */
export const MAX_INHERITANCE_WORK = 1_000_000;

interface InheritanceCost {
  /** An upper bound of the section's effective lines (+= merges counted as lines). */
  readonly lines: number;
  /** `lines` plus the work of every base (a base shared twice counts twice: still an upper bound). */
  readonly work: number;
}

const inheritanceCosts = new WeakMap<Section, InheritanceCost>();

/**
 * The section and the bases it reads, transitively, that `known` has no result for yet, in file order
 * (bases come earlier in the file). Iterative: a 50,000-deep chain cannot overflow the stack. The bases
 * of a section `stop` says yes to are not followed.
 */
function unknownAncestorsInOrder(section: Section, known: (section: Section) => boolean, stop?: (section: Section) => boolean): Section[] {
  const needed: Section[] = [];
  const seen = new Set<Section>();
  const pending: Section[] = [section];
  while (pending.length) {
    const next = pending.pop()!;
    if (seen.has(next) || known(next)) continue;
    seen.add(next);
    needed.push(next);
    if (stop?.(next)) continue;
    for (const base of next.bases) if (base && base.order < next.order) pending.push(base);
  }
  return needed.sort((a, b) => a.order - b.order);
}

function inheritanceCost(section: Section): InheritanceCost {
  const cached = inheritanceCosts.get(section);
  if (cached) return cached;
  for (const current of unknownAncestorsInOrder(section, (known) => inheritanceCosts.has(known))) {
    let lines = current.entries.length;
    let work = 0;
    for (const base of current.bases) {
      if (!base || base.order >= current.order) continue;
      const cost = inheritanceCosts.get(base)!;
      lines = Math.min(Number.MAX_SAFE_INTEGER, lines + cost.lines);
      work = Math.min(Number.MAX_SAFE_INTEGER, work + cost.work);
    }
    inheritanceCosts.set(current, { lines, work: Math.min(Number.MAX_SAFE_INTEGER, work + lines) });
  }
  return inheritanceCosts.get(section)!;
}

/** Whether the section's templates are too large to follow (see MAX_INHERITANCE_WORK). */
export function inheritanceCut(section: Section): boolean {
  return section.bases.length > 0 && inheritanceCost(section).work > MAX_INHERITANCE_WORK;
}

/**
 * inheritanceCut for a section whose bases' costs are known (the usual heir of a template) without
 * keeping its own: 10k heirs would keep 10k entries that only a section inheriting from them reads.
 */
function inheritanceCutOnce(section: Section): boolean {
  if (section.bases.length === 0) return false;
  if (inheritanceCosts.has(section)) return inheritanceCut(section);
  let lines = section.entries.length;
  let work = 0;
  for (const base of section.bases) {
    if (!base || base.order >= section.order) continue;
    const cost = inheritanceCosts.get(base);
    if (!cost) return inheritanceCut(section);
    lines = Math.min(Number.MAX_SAFE_INTEGER, lines + cost.lines);
    work = Math.min(Number.MAX_SAFE_INTEGER, work + cost.work);
  }
  return Math.min(Number.MAX_SAFE_INTEGER, work + lines) > MAX_INHERITANCE_WORK;
}

export function effectiveLines(section: Section, dialect: FileDialect, memo: EffectiveLines = new Map()): readonly EffectiveLine[] {
  const cached = memo.get(section);
  if (cached) return cached;
  for (const current of unknownAncestorsInOrder(section, (known) => memo.has(known), inheritanceCutOnce)) {
    const lines: EffectiveLine[] = [];
    const cut = inheritanceCutOnce(current);
    for (const base of current.bases) {
      if (cut || !base || base.order >= current.order) continue;
      for (const line of inheritedView(base, memo.get(base) ?? [])) lines.push(line);
    }
    for (const entry of current.entries) {
      const name = entry.node.key;
      if (entry.node.operator === '+=') {
        const source: Provenance = { kind: 'own', section: current, entry };
        let index = lines.length - 1;
        while (index >= 0 && lines[index].name !== name) index--;
        if (index >= 0) {
          lines[index] = { name, canonical: lines[index].canonical, value: lines[index].value + entry.node.value, source };
          continue;
        }
      }
      lines.push(new OwnLine(entry, current, canonicalName(dialect, name)));
    }
    // An exact-size copy: a pushed array keeps room for 17+ lines, and there is one per section (10k+).
    memo.set(current, lines.slice());
  }
  return memo.get(section)!;
}

/**
 * A section's own line as an effective line. Most lines of a 10k-endpoint file are own lines, so it
 * keeps only what it is made of and hands out the name, value and provenance on demand.
 */
class OwnLine implements EffectiveLine {
  constructor(
    private readonly entry: Entry,
    private readonly section: Section,
    readonly canonical: string,
  ) {}

  get name(): string {
    return this.entry.node.key;
  }

  get value(): string {
    return this.entry.node.value;
  }

  get source(): Provenance {
    return { kind: 'own', section: this.section, entry: this.entry };
  }
}

const canonicalCache = { sip: new Map<string, string>(), iax: new Map<string, string>() };

/** The catalog's canonical name for a key as written (aliases resolved), cached: it runs per line. */
function canonicalName(dialect: FileDialect, name: string): string {
  if (!isChannelDialect(dialect)) return name.toLowerCase();
  const cache = canonicalCache[dialect];
  let canonical = cache.get(name);
  if (canonical === undefined) {
    const lower = name.toLowerCase();
    canonical = lookupOption(dialect, lower)?.name ?? lower;
    if (cache.size < 10000) cache.set(name, canonical);
  }
  return canonical;
}

/**
 * How a section of a dialect without a channel driver would be read: buildModel and patchModel build
 * endpoints only for sip.conf and iax.conf, so this only keeps buildEndpoint total.
 */
const PLAIN_READING: DeviceReading = {
  typeLines: 'definitions',
  contextLine: 'last',
  generalContext: true,
  readsInsecure: false,
  peersMatchedByAddress: false,
  inboundSecrets: (has) => (has('secret') ? ['secret'] : []),
  outboundSecrets: (has) => [...(has('secret') ? (['secret'] as const) : []), ...(has('outkey') ? (['outkey'] as const) : [])],
  signInAs: ['username'],
  peerOnlyOptions: new Set(),
};

function deviceReading(dialect: FileDialect): DeviceReading {
  return channelProfile(dialect)?.device ?? PLAIN_READING;
}

/** [general] values that act as defaults for every device (the last line of each name wins). */
export type GeneralDefaults = ReadonlyMap<string, EffectiveValue>;

/** `generals`: [general] and its `[general](+)` sections in file order (generalSections), read as one. */
export function generalDefaults(generals: readonly Section[], dialect: FileDialect): GeneralDefaults {
  const defaults = new Map<string, EffectiveValue>();
  for (const general of generals) {
    for (const entry of general.entries) {
      const name = canonicalName(dialect, entry.node.key);
      if (isDeviceDefault(dialect, name)) defaults.set(name, { value: entry.node.value, source: { kind: 'general', section: general, entry } });
    }
  }
  return defaults;
}

function isDeviceDefault(dialect: FileDialect, name: string): boolean {
  if (!isChannelDialect(dialect)) return false;
  const option = lookupOption(dialect, name);
  if (!option || !option.sections.includes('general')) return false;
  return option.sections.some((scope) => scope === 'device' || scope === 'user' || scope === 'peer');
}

function typeBitsOf(value: string): TypeBits | undefined {
  switch (value.toLowerCase()) {
    case 'user':
      return { user: true, peer: false };
    case 'peer':
      return { user: false, peer: true };
    case 'friend':
      return { user: true, peer: true };
    default:
      return undefined;
  }
}

export function buildEndpoint(
  group: readonly Section[],
  dialect: FileDialect,
  generals: readonly Section[],
  memo: EffectiveLines = new Map(),
  defaults: GeneralDefaults = generalDefaults(generals, dialect),
): Endpoint {
  // One section (the usual case) shares its memoised lines: an endpoint adds no copy of them.
  let lines = effectiveLines(group[0], dialect, memo);
  let ignored: IgnoredSection[] | undefined;
  /** With several typed definitions: the type line of each (iax builds a user and a peer from different ones). */
  let definitionTypes: readonly EffectiveLine[] | undefined;
  let definitions: readonly Definition[] | undefined;
  if (group.length > 1) ({ lines, ignored, definitionTypes, definitions } = mergeDuplicates(group, dialect, memo));
  const generalDefaultsHere = generals[0] !== group[0] && defaults.size ? defaults : undefined;
  const options = new EffectiveOptions(lines, generalDefaultsHere);

  const typeLines = options.get('type') ?? [];
  const type = typeLines[0];
  let bits: TypeBits = { user: false, peer: false };
  const reading = deviceReading(dialect);
  if (type && typeBitsOf(type.value)) {
    if (reading.typeLines === 'all') {
      // build_peer ORs every type line (a template's friend cannot be narrowed).
      for (const line of typeLines) {
        const lineBits = typeBitsOf(line.value);
        if (lineBits) bits = { user: bits.user || lineBits.user, peer: bits.peer || lineBits.peer };
      }
    } else {
      bits = typeBitsOf(type.value)!;
      for (const line of definitionTypes ?? []) {
        const lineBits = typeBitsOf(line.value);
        if (lineBits) bits = { user: bits.user || lineBits.user, peer: bits.peer || lineBits.peer };
      }
    }
  }
  const direction =
    reading.typeLines === 'definitions' && definitions && !sameRoles(definitions)
      ? directionByRole(bits, definitions, generalDefaultsHere, reading, generals)
      : directionOf(bits, options, reading, generals);
  // Literals with a fixed set of keys (no spreads): V8 then shares one shape among 10k endpoints.
  return { section: group[0], type, bits, options, direction, ignored };
}

/** A typed definition of a name defined more than once: its type's bits and its lines. */
interface Definition {
  readonly bits: TypeBits;
  readonly lines: readonly EffectiveLine[];
}

function sameRoles(definitions: readonly Definition[]): boolean {
  return definitions.every(({ bits }) => bits.user === definitions[0].bits.user && bits.peer === definitions[0].bits.peer);
}

/**
 * chan_iax2 keeps users and peers apart: a definition builds (or adds to) the user and/or the peer its type
 * names, so `[x]` as a user and again as a peer are two objects, each from its own lines (Asterisk 20:
 * the peer of such a pair shows no secret when only the user definition has one). The inbound side is read
 * from the user definitions, the outbound side from the peer ones.
 */
function directionByRole(
  bits: TypeBits,
  definitions: readonly Definition[],
  defaults: GeneralDefaults | undefined,
  reading: DeviceReading,
  generals: readonly Section[],
): Direction {
  const linesOf = (role: keyof TypeBits): EffectiveLine[] => definitions.filter((definition) => definition.bits[role]).flatMap((definition) => [...definition.lines]);
  const inbound = bits.user ? directionOf({ user: true, peer: false }, new EffectiveOptions(linesOf('user'), defaults), reading, generals).inbound : undefined;
  const outbound = bits.peer ? directionOf({ user: false, peer: true }, new EffectiveOptions(linesOf('peer'), defaults), reading, generals).outbound : undefined;
  if (inbound && outbound) return { inbound, outbound };
  if (inbound) return { inbound };
  return outbound ? { outbound } : {};
}

/**
 * The lines of a name defined more than once, as the driver applies them: `[x](+)` lines join the first
 * `[x]` (config.c appends to the first category of the name); every other `[x]` is a definition of its
 * own, applied on top of what came before only when it has a valid type (own or a template's) — without
 * one the driver skips it ("lacks type"), checked with Asterisk 20 (test/fixtures/oracle/duplicates-appends).
 */
function mergeDuplicates(
  group: readonly Section[],
  dialect: FileDialect,
  memo: EffectiveLines,
): { lines: EffectiveLine[]; ignored?: IgnoredSection[]; definitionTypes?: EffectiveLine[]; definitions?: Definition[] } {
  const first: EffectiveLine[] = [...effectiveLines(group[0], dialect, memo)];
  const categories: { section: Section; lines: readonly EffectiveLine[] }[] = [{ section: group[0], lines: first }];
  for (const section of group.slice(1)) {
    if (section.header.isAppend) for (const line of effectiveLines(section, dialect, memo)) first.push(line);
    else categories.push({ section, lines: effectiveLines(section, dialect, memo) });
  }
  if (categories.length === 1) return { lines: first };
  const all: EffectiveLine[] = [];
  const definitionTypes: EffectiveLine[] = [];
  const definitions: Definition[] = [];
  let ignored: IgnoredSection[] | undefined;
  for (const category of categories) {
    const type = category.lines.find((line) => line.canonical === 'type');
    const bits = type && typeBitsOf(type.value);
    if (!type || !bits) {
      (ignored ??= []).push(type ? { section: category.section, type } : { section: category.section });
      continue;
    }
    definitionTypes.push(type);
    definitions.push({ bits, lines: category.lines });
    for (const line of category.lines) all.push(line);
  }
  // No definition has a type: the endpoint itself is reported (missing-type / unknown-type), as one.
  if (!all.length) return { lines: categories.flatMap((category) => [...category.lines]) };
  return ignored ? { lines: all, ignored, definitionTypes, definitions } : { lines: all, definitionTypes, definitions };
}

function last(options: ReadonlyMap<string, readonly EffectiveValue[]>, name: string): EffectiveValue | undefined {
  const list = options.get(name);
  return list && list.length ? list[list.length - 1] : undefined;
}

function hasValue(options: ReadonlyMap<string, readonly EffectiveValue[]>, name: string): boolean {
  return (last(options, name)?.value ?? '') !== '';
}

function contextOf(options: ReadonlyMap<string, readonly EffectiveValue[]>, reading: DeviceReading, generals: readonly Section[]): EffectiveValue {
  // iax users keep every context line and use the first; chan_sip keeps the last.
  const list = options.get('context');
  const own = list && list.length ? (reading.contextLine === 'first' ? list[0] : list[list.length - 1]) : undefined;
  if (own) return own;
  const general = lastGeneralLine(generals, 'context');
  if (general && reading.generalContext) return { value: general.entry.node.value, source: { kind: 'general', section: general.section, entry: general.entry } };
  // chan_iax2 never reads context in [general]: the built-in default, keeping the unread line for the texts.
  if (general) return { value: BUILTIN_CONTEXT, source: { kind: 'default', section: general.section, entry: general.entry } };
  return { value: BUILTIN_CONTEXT, source: { kind: 'default' } };
}

/** sip insecure= words in effect; a "no" word clears them. */
export function insecureWords(value: string | undefined): string[] {
  if (!value) return [];
  const words = value.toLowerCase().split(',').map((word) => word.trim()).filter(Boolean);
  if (words.some((word) => ['no', 'false', 'n', 'f', '0', 'off'].includes(word))) return [];
  return words.filter((word) => word === 'port' || word === 'invite');
}

function directionOf(bits: TypeBits, options: ReadonlyMap<string, readonly EffectiveValue[]>, reading: DeviceReading, generals: readonly Section[]): Direction {
  const host = last(options, 'host');
  const isDynamic = host?.value.toLowerCase() === 'dynamic';
  let inbound: InboundDirection | undefined;
  let outbound: OutboundDirection | undefined;
  const insecure = reading.readsInsecure ? insecureWords(last(options, 'insecure')?.value) : [];
  const has = (name: string): boolean => hasValue(options, name);

  const secretAuth: InboundAuth[] = reading.inboundSecrets(has);

  // A sip peer with a static host also receives calls: they are matched by source IP (seed; §2.2).
  const ipMatched = reading.peersMatchedByAddress && bits.peer && !!host && !isDynamic;
  if (bits.user || ipMatched) {
    let authenticatedBy: InboundAuth[] = [...secretAuth];
    if (ipMatched && !bits.user) authenticatedBy = insecure.includes('invite') ? ['ip-match'] : ['ip-match', ...secretAuth];
    else if (insecure.includes('invite')) authenticatedBy = ['ip-match'];
    inbound = {
      context: contextOf(options, reading, generals),
      authenticatedBy: authenticatedBy.length ? authenticatedBy : ['none'],
      insecure,
    };
  }

  if (bits.peer) {
    let location: Location;
    if (!host || host.value === '') location = { kind: 'missing' };
    else if (isDynamic) {
      const protectedBy: ('secret' | 'md5secret' | 'inkeys')[] = [];
      for (const auth of secretAuth) if (auth === 'secret' || auth === 'md5secret' || auth === 'inkeys') protectedBy.push(auth);
      location = { kind: 'dynamic', host, protectedBy: protectedBy.slice() };
    } else location = { kind: 'static', host };
    const authenticatesWith: OutboundAuth[] = reading.outboundSecrets(has);
    let signInAs: EffectiveValue | undefined;
    for (const name of reading.signInAs) signInAs ??= last(options, name);
    const authenticates: OutboundAuth[] = authenticatesWith.length ? authenticatesWith.slice() : ['none'];
    outbound = signInAs ? { location, signInAs, authenticatesWith: authenticates } : { location, authenticatesWith: authenticates };
  }
  if (inbound && outbound) return { inbound, outbound };
  if (inbound) return { inbound };
  return outbound ? { outbound } : {};
}
