/**
 * Values, checked against the option's kind: enumerations (with the `<int>` patterns of the catalog),
 * yes/no words, numbers, codec names, ACL entries, deprecated values, and iax's one-way encryption.
 */
import type { EnumValue, OptionEntry } from '../../data/catalogTypes';
import { invalidValueConsequence } from '../../data/invalidValues';
import type { Endpoint, Entry, Section } from '../../model/types';
import { generalSections, lastGeneralLine } from '../../model/general';
import { checkAddress } from './addressRules';
import { checkContextValue } from './directionRules';
import { checkTransportItem } from './generalDependentRules';
import { checkSecretEntry } from './securityRules';
import { holdsSecret, SECRET_MASK } from '../secretMask';
import { driverName, FALSE_WORDS, isFalseWord, isTrueWord, TRUE_WORDS, valueRange, type RuleContext } from './ruleContext';
import { clip, quote } from '../../quote';

/** Builtin format names (main/codec_builtin.c); `all` is the allow/disallow keyword. */
const CODECS: ReadonlySet<string> = new Set(
  (
    'all codec2 g723 ulaw alaw gsm g726 g726aal2 adpcm slin slin12 slin16 slin24 slin32 slin44 slin48 slin96 slin192 lpc10 g729 speex ' +
    'speex16 speex32 ilbc g722 siren7 siren14 g719 opus jpeg png h261 h263 h263p h264 h265 mpeg4 vp8 vp9 red t140 t38 none silk8 silk12 silk16 silk24'
  ).split(' '),
);

/** A piece of a value: its text and its index range in `node.value`. */
interface Item {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

function splitItems(value: string, separators: RegExp): Item[] {
  const items: Item[] = [];
  let start = 0;
  for (let index = 0; index <= value.length; index++) {
    if (index < value.length && !separators.test(value[index])) continue;
    const raw = value.slice(start, index);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) items.push({ text, start: start + lead, end: start + lead + text.length });
    start = index + 1;
  }
  return items;
}

const INTEGER = /^[+-]?\d+$/;

/** Does `word` match an enum value — a keyword, or a pattern such as `<int>` / `maxdatagram=<int>`? */
function matchEnumValue(values: readonly EnumValue[], word: string): EnumValue | undefined {
  const lower = word.toLowerCase();
  for (const candidate of values) {
    const pattern = candidate.value.toLowerCase();
    if (!pattern.includes('<')) {
      if (pattern === lower) return candidate;
      continue;
    }
    const prefix = pattern.slice(0, pattern.indexOf('<'));
    if (lower.startsWith(prefix) && INTEGER.test(lower.slice(prefix.length))) return candidate;
  }
  return undefined;
}

function acceptsBoolWords(values: readonly EnumValue[]): boolean {
  return values.some((candidate) => candidate.value === 'yes') && values.some((candidate) => candidate.value === 'no');
}

/** transport words are matched on their first letters (strncasecmp, asterisk-facts.md §2.8). */
function isTransportWord(word: string): boolean {
  const lower = word.toLowerCase();
  return ['udp', 'tcp', 'tls', 'wss'].includes(lower.slice(0, 3)) || lower.slice(0, 2) === 'ws';
}

/** `endpoint`: the endpoint named like the section (messages name its role; secrets must not equal its user names). */
export function checkValue(context: RuleContext, section: Section, entry: Entry, option: OptionEntry, endpoint: Endpoint | undefined): void {
  const value = entry.node.value;
  if (context.profile.checks.oneWayEncryption && option.name === 'encryption' && section.kind !== 'general') checkIaxEncryption(context, entry);
  switch (option.kind) {
    case 'bool':
      checkBool(context, entry, option);
      return;
    case 'enum':
      checkEnum(context, section, entry, option, { text: value.trim(), start: 0, end: value.length });
      return;
    case 'text':
      // iax qualify / autokill / rtautoclear (and sip rtautoclear): yes, no or a number.
      if (option.values?.length) checkEnum(context, section, entry, { ...option, values: [...option.values, { value: '<int>', description: '' }] }, { text: value.trim(), start: 0, end: value.length });
      return;
    case 'enumList':
      checkEnumList(context, section, entry, option);
      return;
    case 'int':
    case 'port':
      checkInteger(context, section, entry, option);
      return;
    case 'codecList':
      checkCodecs(context, entry);
      return;
    case 'acl':
      checkAcl(context, section, entry, option);
      return;
    case 'addr':
      checkAddress(context, section, entry, option);
      return;
    case 'tos':
      if (!/^(0x[0-9a-f]+|\d+|cs[0-7]|af[1-4][1-3]|ef)$/i.test(value.trim())) {
        invalid(context, section, entry, option, 'a number or one of CS0–CS7, AF11–AF43, EF', ['CS0', 'CS3', 'AF41', 'EF']);
      }
      return;
    case 'cos':
      if (!/^[0-7]$/.test(value.trim())) invalid(context, section, entry, option, 'a number from 0 to 7', []);
      return;
    case 'context':
      checkContextValue(context, section, entry, option, endpoint);
      return;
    case 'secret':
    case 'auth':
      checkSecretEntry(context, section, entry, option, endpoint);
      return;
    default:
      return;
  }
}

function invalid(context: RuleContext, section: Section, entry: Entry, option: OptionEntry, expected: string, values: readonly string[], item?: Item): void {
  // A credential written where a list belongs (iax.conf `auth=user:secret@realm`) is not quoted.
  const secret = holdsSecret(context.dialect, entry.node.key, entry.node.value);
  const shown = item ? item.text : entry.node.value.trim();
  const quoted = secret ? 'This value' : quote(shown);
  const range = item ? valueRange(entry, item.start, item.end) : valueRange(entry);
  context.report('invalid-value', range, `${quoted} is not a valid ${option.name}: expected ${expected}. ${consequence(context, section, option, entry, shown, secret)}`, { expected: values });
}

/** What the driver does with this value, from the per-option table (data/invalidValues.ts). */
function consequence(context: RuleContext, section: Section, option: OptionEntry, entry: Entry, value: string, secret: boolean): string {
  const facts = { value: secret ? SECRET_MASK : clip(value), whole: secret ? SECRET_MASK : clip(entry.node.value.trim()), line: entry.line + 1, section: clip(section.name), inGeneral: section.kind === 'general' };
  return invalidValueConsequence(context.dialect, option.name, facts) ?? `${driverName(context.dialect)} does not read it as written.`;
}

function checkBool(context: RuleContext, entry: Entry, option: OptionEntry): void {
  const value = entry.node.value.trim();
  if (isTrueWord(value) || isFalseWord(value)) return;
  // tcpenable is the exception that tests ast_false: every other word turns it on.
  const reading = option.name === 'tcpenable' ? 'as "yes" (only a false word turns tcpenable off)' : 'as "no"';
  context.report(
    'silent-false',
    valueRange(entry),
    `${quote(value)} is neither a yes word (${[...TRUE_WORDS].join(', ')}) nor a no word (${[...FALSE_WORDS].join(', ')}): ${driverName(context.dialect)} reads it ${reading} without any warning.`,
    { expected: ['yes', 'no'] },
  );
}

function checkEnum(context: RuleContext, section: Section, entry: Entry, option: OptionEntry, item: Item): void {
  const values = option.values ?? [];
  const match = matchEnumValue(values, item.text);
  if (match?.deprecatedBy) {
    deprecatedValue(context, section, entry, option, match, item);
    return;
  }
  if (match) return;
  if (acceptsBoolWords(values) && (isTrueWord(item.text) || isFalseWord(item.text))) return;
  const keywords = values.map((candidate) => candidate.value).filter((word) => !isPattern(word));
  invalid(context, section, entry, option, `one of ${values.map((candidate) => candidate.value).join(', ')}`, keywords, item.end - item.start === entry.node.value.length ? undefined : item);
}

/** True for the pattern values (`<int>`), which cannot be offered as replacements. */
function isPattern(word: string): boolean {
  return word.includes('<');
}

function deprecatedValue(context: RuleContext, section: Section, entry: Entry, option: OptionEntry, match: EnumValue, item: Item): void {
  // The line the driver logs when it reads a deprecated value (chan_sip config_parser.c, set_insecure_flags; chan_iax2 auth).
  const log = context.profile.deprecatedValueLog(section, entry, option);
  context.report(
    'deprecated-value',
    valueRange(entry, item.start, item.end),
    `${option.name}=${item.text} is deprecated${log ? `; Asterisk logs ${log}` : ''}. ${match.description} Write ${option.name}=${match.deprecatedBy}.`,
    { replacement: match.deprecatedBy },
  );
}

function checkEnumList(context: RuleContext, section: Section, entry: Entry, option: OptionEntry): void {
  const value = entry.node.value;
  const values = option.values ?? [];
  const items = splitItems(value, context.profile.listSeparator(option));
  for (const item of items) {
    if (option.name === 'transport' && isTransportWord(item.text)) {
      checkTransportItem(context, section, entry, item);
      continue;
    }
    // nat / insecure / directmedia / faxdetect: a false word clears the list, a true word means yes.
    if (acceptsBoolWords(values) || option.name === 'insecure' || option.name === 'directmedia') {
      if (isFalseWord(item.text) || (acceptsBoolWords(values) && isTrueWord(item.text) && !matchEnumValue(values, item.text)?.deprecatedBy)) continue;
    }
    const match = matchEnumValue(values, item.text);
    if (match?.deprecatedBy) deprecatedValue(context, section, entry, option, match, item);
    else if (!match) {
      const keywords = values.map((entryValue) => entryValue.value).filter((word) => !isPattern(word) && !values.find((v) => v.value === word)?.deprecatedBy);
      invalid(context, section, entry, option, `a comma list of ${keywords.join(', ')}`, keywords, item);
    }
  }
}

function checkInteger(context: RuleContext, section: Section, entry: Entry, option: OptionEntry): void {
  const value = entry.node.value.trim();
  // A port is 1-65535 unless the catalog narrows it (iax bindport: 1024 and up).
  const min = option.min ?? (option.kind === 'port' ? 1 : undefined);
  const max = option.max ?? (option.kind === 'port' ? 65535 : undefined);
  const range = min !== undefined && max !== undefined ? ` from ${min} to ${max}` : min !== undefined ? ` of at least ${min}` : max !== undefined ? ` of at most ${max}` : '';
  const bounds = option.alsoAllowed?.length ? ` (${option.alsoAllowed.join(', ')}, or${range})` : range;
  if (!INTEGER.test(value)) {
    invalid(context, section, entry, option, `a whole number${bounds}${option.unit ? ` (${option.unit})` : ''}`, []);
    return;
  }
  const number = Number(value);
  if (option.alsoAllowed?.includes(number)) return;
  if ((min !== undefined && number < min) || (max !== undefined && number > max)) invalid(context, section, entry, option, `a whole number${bounds}`, []);
}

function checkCodecs(context: RuleContext, entry: Entry): void {
  const allowing = entry.node.key.toLowerCase() !== 'disallow';
  for (const item of splitItems(entry.node.value, /[,|]/)) {
    const name = item.text.replace(/^!/, '').split(':')[0].trim().toLowerCase();
    if (name === '' || CODECS.has(name)) continue;
    const suggestion = name.startsWith('g723') ? " (the format is called 'g723')" : name.startsWith('g729') ? " (the format is called 'g729')" : '';
    // main/format_cap.c logs the item; chan_sip adds a line naming the whole option line.
    const written = item.text.replace(/^!/, '').split(':')[0].trim();
    const sipLine = context.profile.codecErrorLine(entry);
    context.report(
      'unknown-codec',
      valueRange(entry, item.start, item.end),
      `Asterisk knows no codec ${quote(item.text)}${suggestion}: it logs WARNING "Cannot ${allowing ? 'allow' : 'disallow'} unknown format '${clip(written)}'"${sipLine}, and skips it, so this codec is ${allowing ? 'never offered' : 'not removed'}.`,
      { codec: item.text, ...(suggestion ? { replacement: name.startsWith('g723') ? 'g723' : 'g729' } : {}) },
    );
  }
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

function isIpv6(text: string): boolean {
  const bare = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  return bare.includes(':') && /^[0-9a-f:.]+$/i.test(bare) && (bare.match(/::/g)?.length ?? 0) <= 1;
}

/**
 * What main/acl.c (append_ha_core) logs for an entry it cannot read, or undefined when the entry is
 * fine: the address, then a dotted / colon netmask or a prefix length, each parsed without a lookup.
 */
export function aclEntryProblem(text: string): string | undefined {
  const body = text.startsWith('!') ? text.slice(1) : text;
  const slash = body.indexOf('/');
  const address = slash < 0 ? body : body.slice(0, slash);
  const mask = slash < 0 ? undefined : body.slice(slash + 1);
  const v4 = IPV4.test(address);
  if (!v4 && !isIpv6(address)) return `Invalid IP address: ${address}`;
  if (mask === undefined) return undefined;
  if (mask.includes('.') || mask.includes(':')) {
    const maskV4 = IPV4.test(mask);
    if (!maskV4 && !isIpv6(mask)) return `Invalid netmask: ${mask}`;
    return maskV4 === v4 ? undefined : 'Address and mask are not using same address scheme.';
  }
  return /^\d+$/.test(mask) && Number(mask) <= (v4 ? 32 : 128) ? undefined : `Invalid CIDR netmask: ${mask}`;
}

/** `[!]address[/mask]`: mask as prefix length or dotted / colon netmask (main/acl.c ast_append_ha). */
export function isAclEntry(text: string): boolean {
  return aclEntryProblem(text) === undefined;
}

function checkAcl(context: RuleContext, section: Section, entry: Entry, option: OptionEntry): void {
  const value = entry.node.value;
  let start = 0;
  // acl.c splits on commas and does not trim: ' 192.168.0.0/16' after a comma is not an address.
  for (const raw of value.split(',')) {
    const end = start + raw.length;
    const problem = aclEntryProblem(raw.replace(/(\/\d+)\s+$/, '$1'));
    if (problem !== undefined) {
      const spaced = raw.trim() !== raw && aclEntryProblem(raw.trim()) === undefined;
      const shown = raw.trim() === '' ? 'An empty entry' : quote(raw.trim());
      const what = spaced
        ? `${shown} has a space around it, and Asterisk does not trim ACL entries`
        : raw.trim() === ''
          ? `${shown} (a comma with nothing after it) is not address[/mask]`
          : `${shown} is not address[/mask] (e.g. 192.168.1.0/24 or 192.168.1.0/255.255.255.0)`;
      const range = raw === '' ? valueRange(entry, Math.max(0, start - 1), start) : valueRange(entry, start, end);
      const fixedValue = value.split(',').map((part) => part.trim()).join(',');
      context.report('bad-acl', range, `${what}: Asterisk logs WARNING "${problem}", ${context.profile.aclConsequence(section, entry, option)}.`, {
        entry: raw,
        ...(spaced ? { fixedValue } : {}),
      });
      // acl.c returns at the first bad entry: the rest of the line is never read.
      return;
    }
    start = end + 1;
  }
}

/** chan_iax2 ORs encryption into what [general] (with its `(+)` sections) set: a device cannot turn it off (§3.5). */
function checkIaxEncryption(context: RuleContext, entry: Entry): void {
  if (!isFalseWord(entry.node.value)) return;
  const general = iaxGeneralEncryption(generalSections(context.analysis.model));
  if (!general || entry === general) return;
  const value = general.node.value.trim().toLowerCase();
  if (!isTrueWord(value) && value !== 'aes128') return;
  context.report(
    'iax-encryption-no',
    valueRange(entry),
    `[general] sets encryption=${clip(general.node.value)}, and chan_iax2 adds a device's encryption to that instead of replacing it: encryption=no here does not turn it off. Remove encryption from [general] and enable it per device instead.`,
  );
}

/**
 * The [general] encryption line a device's encryption=no is compared with: the only thing the section
 * checks read of iax [general], so the section cache keys on its text (unitCache iaxGeneralKey).
 */
export function iaxGeneralEncryption(generals: readonly Section[]): Entry | undefined {
  return lastGeneralLine(generals, 'encryption')?.entry;
}
