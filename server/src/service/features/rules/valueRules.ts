/**
 * Values, checked against the option's kind: enumerations (with the `<int>` patterns of the catalog),
 * yes/no words, numbers, codec names, ACL entries, deprecated values, and iax's one-way encryption.
 */
import type { EnumValue, OptionEntry } from '../../data/catalogTypes';
import type { Endpoint, Entry, Section } from '../../model/types';
import { checkContextValue } from './directionRules';
import { checkSecretEntry } from './securityRules';
import { holdsSecret } from '../secretMask';
import { driverName, FALSE_WORDS, isFalseWord, isTrueWord, lastEntry, TRUE_WORDS, valueRange, type RuleContext } from './ruleContext';

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
  if (context.dialect === 'iax' && option.name === 'encryption' && section.kind !== 'general') checkIaxEncryption(context, entry);
  switch (option.kind) {
    case 'bool':
      checkBool(context, entry, option);
      return;
    case 'enum':
      checkEnum(context, entry, option, { text: value.trim(), start: 0, end: value.length });
      return;
    case 'text':
      // iax qualify / autokill / rtautoclear (and sip rtautoclear): yes, no or a number.
      if (option.values?.length) checkEnum(context, entry, { ...option, values: [...option.values, { value: '<int>', description: '' }] }, { text: value.trim(), start: 0, end: value.length });
      return;
    case 'enumList':
      checkEnumList(context, entry, option);
      return;
    case 'int':
    case 'port':
      checkInteger(context, entry, option);
      return;
    case 'codecList':
      checkCodecs(context, entry);
      return;
    case 'acl':
      checkAcl(context, section, entry, option);
      return;
    case 'tos':
      if (!/^(0x[0-9a-f]+|\d+|cs[0-7]|af[1-4][1-3]|ef)$/i.test(value.trim())) {
        invalid(context, entry, option, 'a number or one of CS0–CS7, AF11–AF43, EF', ['CS0', 'CS3', 'AF41', 'EF']);
      }
      return;
    case 'cos':
      if (!/^[0-7]$/.test(value.trim())) invalid(context, entry, option, 'a number from 0 to 7', []);
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

function invalid(context: RuleContext, entry: Entry, option: OptionEntry, expected: string, values: readonly string[], item?: Item): void {
  // A credential written where a list belongs (iax.conf `auth=user:secret@realm`) is not quoted.
  const quoted = holdsSecret(context.dialect, entry.node.key, entry.node.value) ? 'This value' : `'${item ? item.text : entry.node.value}'`;
  const range = item ? valueRange(entry, item.start, item.end) : valueRange(entry);
  context.report('invalid-value', range, `${quoted} is not a valid ${option.name}: expected ${expected}. ${consequence(context, option)}`, { expected: values });
}

function consequence(context: RuleContext, option: OptionEntry): string {
  if (option.kind === 'int' || option.kind === 'port') return `${driverName(context.dialect)} logs a warning or reads 0 / the default instead.`;
  return `${driverName(context.dialect)} logs a warning (or silently ignores it) and keeps the default${option.default ? ` (${option.default})` : ''}.`;
}

function checkBool(context: RuleContext, entry: Entry, option: OptionEntry): void {
  const value = entry.node.value.trim();
  if (isTrueWord(value) || isFalseWord(value)) return;
  // tcpenable is the exception that tests ast_false: every other word turns it on.
  const reading = option.name === 'tcpenable' ? 'as "yes" (only a false word turns tcpenable off)' : 'as "no"';
  context.report(
    'silent-false',
    valueRange(entry),
    `'${value}' is neither a yes word (${[...TRUE_WORDS].join(', ')}) nor a no word (${[...FALSE_WORDS].join(', ')}): ${driverName(context.dialect)} reads it ${reading} without any warning.`,
    { expected: ['yes', 'no'] },
  );
}

function checkEnum(context: RuleContext, entry: Entry, option: OptionEntry, item: Item): void {
  const values = option.values ?? [];
  const match = matchEnumValue(values, item.text);
  if (match?.deprecatedBy) {
    deprecatedValue(context, entry, option, match, item);
    return;
  }
  if (match) return;
  if (acceptsBoolWords(values) && (isTrueWord(item.text) || isFalseWord(item.text))) return;
  const keywords = values.map((candidate) => candidate.value).filter((word) => !isPattern(word));
  invalid(context, entry, option, `one of ${values.map((candidate) => candidate.value).join(', ')}`, keywords, item.end - item.start === entry.node.value.length ? undefined : item);
}

/** True for the pattern values (`<int>`), which cannot be offered as replacements. */
function isPattern(word: string): boolean {
  return word.includes('<');
}

function deprecatedValue(context: RuleContext, entry: Entry, option: OptionEntry, match: EnumValue, item: Item): void {
  context.report(
    'deprecated-value',
    valueRange(entry, item.start, item.end),
    `${option.name}=${item.text} is deprecated: ${match.description} Write ${option.name}=${match.deprecatedBy}.`,
    { replacement: match.deprecatedBy },
  );
}

function checkEnumList(context: RuleContext, entry: Entry, option: OptionEntry): void {
  const value = entry.node.value;
  const values = option.values ?? [];
  // iax auth is searched with strstr: any separator works.
  const items = splitItems(value, option.name === 'auth' && context.dialect === 'iax' ? /[^A-Za-z0-9]/ : /,/);
  for (const item of items) {
    if (option.name === 'transport' && isTransportWord(item.text)) continue;
    // nat / insecure / directmedia / faxdetect: a false word clears the list, a true word means yes.
    if (acceptsBoolWords(values) || option.name === 'insecure' || option.name === 'directmedia') {
      if (isFalseWord(item.text) || (acceptsBoolWords(values) && isTrueWord(item.text) && !matchEnumValue(values, item.text)?.deprecatedBy)) continue;
    }
    const match = matchEnumValue(values, item.text);
    if (match?.deprecatedBy) deprecatedValue(context, entry, option, match, item);
    else if (!match) {
      const keywords = values.map((entryValue) => entryValue.value).filter((word) => !isPattern(word) && !values.find((v) => v.value === word)?.deprecatedBy);
      invalid(context, entry, option, `a comma list of ${keywords.join(', ')}`, keywords, item);
    }
  }
}

function checkInteger(context: RuleContext, entry: Entry, option: OptionEntry): void {
  const value = entry.node.value.trim();
  const min = option.kind === 'port' ? 1 : option.min;
  const max = option.kind === 'port' ? 65535 : option.max;
  const bounds = min !== undefined && max !== undefined ? ` from ${min} to ${max}` : min !== undefined ? ` of at least ${min}` : max !== undefined ? ` of at most ${max}` : '';
  if (!INTEGER.test(value)) {
    invalid(context, entry, option, `a whole number${bounds}${option.unit ? ` (${option.unit})` : ''}`, []);
    return;
  }
  const number = Number(value);
  if ((min !== undefined && number < min) || (max !== undefined && number > max)) invalid(context, entry, option, `a whole number${bounds}`, []);
}

function checkCodecs(context: RuleContext, entry: Entry): void {
  for (const item of splitItems(entry.node.value, /[,|]/)) {
    const name = item.text.replace(/^!/, '').split(':')[0].trim().toLowerCase();
    if (name === '' || CODECS.has(name)) continue;
    const suggestion = name.startsWith('g723') ? " (the format is called 'g723')" : name.startsWith('g729') ? " (the format is called 'g729')" : '';
    context.report(
      'unknown-codec',
      valueRange(entry, item.start, item.end),
      `Asterisk knows no codec '${item.text}'${suggestion}: it logs "Cannot allow unknown format" and skips it, so this codec is never offered.`,
      { codec: item.text, ...(suggestion ? { replacement: name.startsWith('g723') ? 'g723' : 'g729' } : {}) },
    );
  }
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

function isIpv6(text: string): boolean {
  const bare = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  return bare.includes(':') && /^[0-9a-f:.]+$/i.test(bare) && (bare.match(/::/g)?.length ?? 0) <= 1;
}

/** `[!]address[/mask]`: mask as prefix length or dotted / colon netmask (main/acl.c ast_append_ha). */
export function isAclEntry(text: string): boolean {
  const body = text.startsWith('!') ? text.slice(1).trim() : text;
  const [address, mask, extra] = body.split('/');
  if (extra !== undefined || !address) return false;
  const v4 = IPV4.test(address);
  if (!v4 && !isIpv6(address)) return false;
  if (mask === undefined) return true;
  if (/^\d+$/.test(mask)) return Number(mask) <= (v4 ? 32 : 128);
  return v4 ? IPV4.test(mask) : isIpv6(mask);
}

function checkAcl(context: RuleContext, section: Section, entry: Entry, option: OptionEntry): void {
  const generalContact = option.name.startsWith('contact') && section.kind === 'general';
  for (const item of splitItems(entry.node.value, /,/)) {
    if (isAclEntry(item.text)) continue;
    const effect =
      option.name === 'localnet' || option.name === 'calltokenoptional'
        ? 'Asterisk logs an error and ignores this entry'
        : generalContact
          ? 'in [general] a bad contact ACL makes chan_sip fail to load'
          : 'Asterisk logs "Bad ACL entry" and deletes the whole device';
    context.report('bad-acl', valueRange(entry, item.start, item.end), `'${item.text}' is not address[/mask] (e.g. 192.168.1.0/24 or 192.168.1.0/255.255.255.0): ${effect}.`, { entry: item.text });
  }
}

/** chan_iax2 ORs encryption into what [general] set: a device cannot turn it off (§3.5). */
function checkIaxEncryption(context: RuleContext, entry: Entry): void {
  if (!isFalseWord(entry.node.value)) return;
  const general = lastEntry(context.analysis.model.general, 'encryption');
  if (!general || entry === general) return;
  const value = general.node.value.trim().toLowerCase();
  if (!isTrueWord(value) && value !== 'aes128') return;
  context.report(
    'iax-encryption-no',
    valueRange(entry),
    `[general] sets encryption=${general.node.value}, and chan_iax2 adds a device's encryption to that instead of replacing it: encryption=no here does not turn it off. Remove encryption from [general] and enable it per device instead.`,
  );
}
