/**
 * Option names: unknown to the driver, in the wrong kind of section, deprecated, realtime-only or
 * never read; scalar options set twice in a section; `+=` without a separator. Values are checked by
 * valueRules once the name is known to be right for the section.
 */
import { combineOf, getCatalog, lookupOption } from '../../data/catalog';
import type { OptionEntry } from '../../data/catalogTypes';
import { effectiveLines, effectiveLinesCache, inheritanceCut, MAX_INHERITANCE_WORK } from '../../model/endpoints';
import type { Endpoint, Entry, Section } from '../../model/types';
import { accumulate, clip, quote, quoteAccumulated, type Accumulated } from '../../quote';
import { checkNatAgainstGeneral } from './generalDependentRules';
import { checkValue } from './valueRules';
import { bearsSecrets } from '../secretMask';
import { driverName, isFalseWord, isTrueWord, keyRange, sectionNameRange, valueRange, type RuleContext } from './ruleContext';

/** Deprecated in the sample's words but still parsed, with no option that does the same job. */
const LEGACY_OPTIONS: ReadonlyMap<string, string> = new Map([
  ['call-limit', 'call-limit still works (it caps simultaneous calls), but it is the old way: callcounter=yes with busylevel, or GROUP()/GROUP_COUNT() in the dialplan, is what the sample recommends.'],
]);

const LIST_KINDS: ReadonlySet<string> = new Set(['codecList', 'acl', 'aclName', 'enumList']);

export function checkOptions(context: RuleContext): void {
  const model = context.analysis.model;
  const usedByGeneral = basesOfGeneral(model.sectionsByKey.get('general'));
  for (const section of model.sections) checkSectionOptions(context, section, model.endpointsByKey.get(section.key), usedByGeneral.has(section));
}

/** Sections a [general] inherits from: their options are read as [general] options too. */
export function basesOfGeneral(generals: readonly Section[] | undefined): Set<Section> {
  const bases = new Set<Section>();
  for (const section of generals ?? []) if (section.kind === 'general') for (const base of section.bases) if (base) bases.add(base);
  return bases;
}

/**
 * The option checks of one section. What they read besides the section (and its bases): the endpoint
 * named like it, whether a [general] inherits it, and [general]: iax its encryption line, sip the facts
 * of sipGeneralKey (nat, tcpenable, tlsenable).
 */
export function checkSectionOptions(context: RuleContext, section: Section, endpoint: Endpoint | undefined, templateOfGeneral: boolean): void {
  if (section.kind === 'callnumberlimits') return;
  const cut = inheritanceCut(section);
  // Said once where the chain gets too large (on the first section past the limit) and on each endpoint it leaves incomplete.
  if (cut && context.isHere(section.uri) && (section.kind === 'endpoint' || !section.bases.some((base) => base && inheritanceCut(base)))) {
    context.report(
      'analysis-limit',
      sectionNameRange(section),
      `The templates of [${clip(section.name)}] are too large to follow here (Asterisk copies every inherited line into each section, over ${MAX_INHERITANCE_WORK} lines for this chain): its inherited options are not checked${section.kind === 'endpoint' ? ', nor its type, direction and security' : ''}.`,
    );
  }
  let hasHere = false;
  let hasAppend = false;
  for (const entry of section.entries) {
    if (entry.node.operator === '+=') hasAppend = true;
    if (!context.isHere(entry.uri)) continue;
    hasHere = true;
    if (section.kind === 'authentication') {
      const auth = entry.node.key.toLowerCase() === 'auth' ? lookupOption(context.dialect, 'auth') : undefined;
      if (auth) checkValue(context, section, entry, auth, endpoint);
      else context.report('unknown-option', keyRange(entry), `[authentication] reads only auth= lines: chan_sip ignores ${quote(entry.node.key)} here.`, { candidates: ['auth'] });
      continue;
    }
    checkEntry(context, section, entry, templateOfGeneral, endpoint);
  }
  if (endpoint && endpoint.section === section) checkNatAgainstGeneral(context, endpoint);
  if (hasHere) {
    checkDuplicates(context, section);
    if (hasAppend && !cut) checkAppends(context, section);
  }
}

function checkEntry(context: RuleContext, section: Section, entry: Entry, templateOfGeneral: boolean, endpoint: Endpoint | undefined): void {
  const key = entry.node.key;
  const lower = key.toLowerCase();
  const driver = driverName(context.dialect);
  const option = lookupOption(context.dialect, key);
  if (!option) {
    const foreign = FOREIGN_NAMES.get(`${context.dialect}:${lower}`);
    const candidates = foreign ? [...foreign.candidates] : didYouMean(context, lower);
    const hint = foreign ? ` ${foreign.text}` : candidates.length ? ` Did you mean ${candidates.map((name) => quote(name)).join(', ')}?` : '';
    context.report('unknown-option', keyRange(entry), `${driver} does not know ${quote(key)} and ignores it without a word.${hint}`, { candidates });
    return;
  }
  if (lower === 'register') return; // registerRules
  if (isDead(context, section, entry, option)) return;
  const isGeneral = section.kind === 'general';
  if (isGeneral && !option.sections.includes('general')) {
    // port= in [general] is nearly always meant as the port Asterisk listens on.
    const listen = option.name === 'port' ? ` The port ${driver} listens on is bindport.` : '';
    context.report(
      'option-device-only',
      keyRange(entry),
      `${option.name} is read only in device sections: in [general] ${driver} ignores it (it does not become a default for the devices). Set it in each device or in a template.${listen}`,
      option.name === 'port' ? { replacement: 'bindport' } : undefined,
    );
    return;
  }
  const deviceScopes = option.sections.some((scope) => scope === 'device' || scope === 'user' || scope === 'peer');
  if (!isGeneral && !templateOfGeneral && !deviceScopes) {
    context.report('option-general-only', keyRange(entry), `${option.name} works only in [general]: in [${section.name}] ${driver} ignores it. Move it to [general].`);
    return;
  }
  checkDeprecation(context, entry, option, lower);
  // type values belong to typeRules (unknown-type), which knows which type line Asterisk validates.
  if (option.name !== 'type') checkValue(context, section, entry, option, endpoint);
}

/** Options Asterisk never reads from a file: nothing else about them matters. */
function isDead(context: RuleContext, section: Section, entry: Entry, option: OptionEntry): boolean {
  if (option.realtimeOnly) {
    context.report('realtime-only-option', keyRange(entry), `${option.name} is read only for realtime peers (from a database): in a file ${driverName(context.dialect)} ignores it.`);
    return true;
  }
  const noEffect = noEffectReason(context, option.name, section);
  if (noEffect) context.report('no-effect-option', keyRange(entry), noEffect);
  return noEffect !== undefined;
}

/**
 * What Asterisk logs when it reads a deprecated option name (asterisk-facts.md §2.10), per dialect and
 * name; `when` limits it to the values that trigger the log. Names not listed are read without a word.
 */
interface LoggedDeprecation {
  readonly log: string;
  readonly when?: (value: string) => boolean;
}

const LOGGED_DEPRECATIONS: ReadonlyMap<string, LoggedDeprecation> = new Map<string, LoggedDeprecation>([
  ['sip:username', { log: "NOTICE \"The 'username' field for sip peers has been deprecated in favor of the term 'defaultuser'\" (once per Asterisk process)" }],
  ['sip:storesipcause', { log: 'WARNING "Usage of SIP_CAUSE is deprecated.  Please use HANGUPCAUSE instead."', when: (value: string) => isTrueWord(value) }],
  ['sip:cc_callback_macro', { log: 'WARNING "Usage of cc_callback_macro is deprecated.  Please use cc_callback_sub instead."' }],
]);

function checkDeprecation(context: RuleContext, entry: Entry, option: OptionEntry, lower: string): void {
  const aliasReplacement = option.deprecatedAliases?.[lower];
  if (aliasReplacement) {
    // Read silently: a hint (struck through), not a warning — real files carry these on every device.
    context.report('deprecated-alias', keyRange(entry), `${quote(entry.node.key)} is the old name of ${aliasReplacement}: ${driverName(context.dialect)} still reads it without a word, but write ${aliasReplacement}.`, {
      replacement: aliasReplacement,
    });
    return;
  }
  if (!option.deprecatedBy || lower !== option.name) return;
  const legacy = LEGACY_OPTIONS.get(option.name);
  if (legacy) {
    context.report('legacy-option', keyRange(entry), legacy);
    return;
  }
  const isOption = lookupOption(context.dialect, option.deprecatedBy) !== undefined;
  const data = isOption ? { replacement: option.deprecatedBy } : {};
  const logged = LOGGED_DEPRECATIONS.get(`${context.dialect}:${option.name}`);
  if (logged && (!logged.when || logged.when(entry.node.value))) {
    context.report('deprecated-option', keyRange(entry), `${option.name} is deprecated; Asterisk logs ${logged.log}. Use ${option.deprecatedBy}.`, data);
  } else {
    context.report('deprecated-alias', keyRange(entry), `${option.name} is deprecated (${driverName(context.dialect)} still reads it without a word): use ${option.deprecatedBy}.`, data);
  }
}

function noEffectReason(context: RuleContext, name: string, section: Section): string | undefined {
  return context.profile.noEffectReason(name, section, context.version);
}

/**
 * Names from other products whose closest spelling here means something else (authid is not auth,
 * which takes user:secret@realm): what to write instead, per dialect.
 */
const FOREIGN_NAMES: ReadonlyMap<string, { readonly candidates: readonly string[]; readonly text: string }> = new Map([
  [
    'sip:authid',
    {
      candidates: ['defaultuser'],
      text: "There is no separate authentication id in chan_sip: a device authenticates to us with the section name, and the user name we present when we call it is 'defaultuser'.",
    },
  ],
  ['iax:authid', { candidates: ['username'], text: "There is no separate authentication id in chan_iax2: the name we present to a peer is 'username'." }],
]);

/** Misspellings repeat across a file (and across keystrokes): remember the candidates per name. */
const candidateCache = new Map<string, string[]>();
const CANDIDATE_CACHE_SIZE = 1000;

/** At most three names within a small edit distance, closest first (STYLE.md rule 5). */
function didYouMean(context: RuleContext, name: string): string[] {
  const cacheKey = `${context.dialect}:${name}`;
  const cached = candidateCache.get(cacheKey);
  if (cached) return [...cached];
  const candidates = rankCandidates(context, name);
  if (candidateCache.size >= CANDIDATE_CACHE_SIZE) candidateCache.clear();
  candidateCache.set(cacheKey, candidates);
  return [...candidates];
}

function rankCandidates(context: RuleContext, name: string): string[] {
  const limit = Math.max(2, Math.floor(name.length / 3));
  const scored: { name: string; distance: number }[] = [];
  for (const option of getCatalog(context.dialect).options) {
    const distance = editDistance(name, option.name, limit);
    if (distance <= limit) scored.push({ name: option.name, distance });
  }
  scored.sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name));
  return scored.slice(0, 3).map((candidate) => candidate.name);
}

/** Levenshtein distance, giving up early (returns limit + 1) once it cannot stay within `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}

/**
 * Options written twice in one section. How the lines combine comes from the catalog (`combineOf`):
 * list options never get here; for `replace` options the last line wins; `accumulate` options add up
 * until a line that starts over.
 */
function checkDuplicates(context: RuleContext, section: Section): void {
  if (section.entries.length < 2) return;
  const byName = new Map<string, { option: OptionEntry; entries: Entry[] }>();
  for (const entry of section.entries) {
    if (entry.node.operator === '+=') continue;
    const option = lookupOption(context.dialect, entry.node.key);
    if (!option || combineOf(option) === 'list' || option.name === 'register') continue;
    const group = byName.get(option.name);
    if (group) group.entries.push(entry);
    else byName.set(option.name, { option, entries: [entry] });
  }
  for (const { option, entries } of byName.values()) {
    if (entries.length < 2) continue;
    if (option.accumulates) reportAccumulated(context, option, entries);
    else reportReplaced(context, option, entries);
  }
}

function reportReplaced(context: RuleContext, option: OptionEntry, entries: readonly Entry[]): void {
  let winner = entries[entries.length - 1];
  let why = `${driverName(context.dialect)} reads every line and keeps the last one`;
  if (option.name === 'type') {
    if (context.profile.typeLineWinner(context.version) === 'first') winner = entries[0];
    why = context.profile.typeLinesWhy(context.version);
  }
  for (const entry of entries) {
    if (entry === winner || !context.isHere(entry.uri)) continue;
    context.report('duplicate-option', keyRange(entry), `${clip(entry.node.key)} is set again on ${lineRef(winner, entry)}: ${why}, so line ${winner.line + 1} wins. Remove one.`, {
      winnerLine: winner.line,
      winnerUri: winner.uri,
      combine: 'replace',
    });
  }
}

/** Lines of an OR-ed setting: those before the last line that starts over are lost, the rest add up. */
function reportAccumulated(context: RuleContext, option: OptionEntry, entries: readonly Entry[]): void {
  const accumulation = option.accumulates;
  if (!accumulation) return;
  let start = 0;
  entries.forEach((entry, index) => {
    if (startsOver(accumulation.resetBy, entry.node.value)) start = index;
  });
  const reset = entries[start];
  const kept = entries.slice(start);
  const last = entries[entries.length - 1];
  // A comma list can say the sum on one line; a single-value option (sendrpid, iax encryption) cannot.
  const advice = option.kind === 'enumList' ? `Here the result is ${clip(`${option.name}=${kept.map((entry) => entry.node.value.trim()).join(',')}`)}; write it on one line.` : 'Keep one line with the value you mean.';
  for (const [index, entry] of entries.entries()) {
    if (entry === last || !context.isHere(entry.uri)) continue;
    if (index < start) {
      context.report(
        'duplicate-option',
        keyRange(entry),
        `${clip(entry.node.key)} is set again on ${lineRef(reset, entry)} with a value that starts over (${accumulation.note}), so this line has no effect. Remove one.`,
        { winnerLine: reset.line, winnerUri: reset.uri, combine: 'accumulate', startsOver: true },
      );
    } else {
      context.report(
        'duplicate-option',
        keyRange(entry),
        `${clip(entry.node.key)} is set again on ${lineRef(last, entry)}, and the lines add up instead of the last one winning: ${accumulation.note} ${advice}`,
        { winnerLine: last.line, winnerUri: last.uri, combine: 'accumulate' },
      );
    }
  }
}

/** Does one of the value's comma items start the setting over (catalog `resetBy`)? */
function startsOver(resetBy: readonly string[], value: string): boolean {
  return value.split(',').some((item) => {
    const word = item.trim().toLowerCase();
    return resetBy.some((reset) => (reset === 'false' ? isFalseWord(word) : reset === 'true' ? isTrueWord(word) : reset === word));
  });
}

function lineRef(target: Entry, from: Entry): string {
  return `line ${target.line + 1}${target.uri === from.uri ? '' : ' of another file'}`;
}

/**
 * `allow+=g729` after `allow=ulaw` gives `ulawg729`: `+=` appends raw text (asterisk-facts.md §1.4).
 * The values built so far are kept only as far as the message quotes them (issue #19: 100,000 `+=`
 * lines made each message repeat the whole value, quadratic in time and memory).
 */
function checkAppends(context: RuleContext, section: Section): void {
  const earlier = new Map<string, Accumulated>();
  // The model's shared memo: a base's lines depend only on the base, which is immutable once built.
  for (const base of section.bases) {
    if (base && base.order < section.order) for (const line of effectiveLines(base, context.dialect, effectiveLinesCache)) earlier.set(line.name, accumulate(undefined, line.value));
  }
  for (const entry of section.entries) {
    const node = entry.node;
    const previous = earlier.get(node.key);
    const built = node.operator === '+=' && previous !== undefined ? accumulate(previous, node.value) : accumulate(undefined, node.value);
    earlier.set(node.key, built);
    if (node.operator !== '+=' || previous === undefined || previous.length === 0 || !context.isHere(entry.uri)) continue;
    const option = lookupOption(context.dialect, node.key);
    if (!option || !(LIST_KINDS.has(option.kind) || option.repeatable) || node.value === '' || /^[,|]/.test(node.value)) continue;
    // A password may be in either piece, and the glued whole cuts differently: quote neither (issue #19).
    if (bearsSecrets(node.key)) {
      context.report('append-without-separator', valueRange(entry, 0, 1), `+= glues this text to the previous ${clip(node.key)} without a separator: Asterisk reads the two as one value. Start the text with a ','.`);
      continue;
    }
    context.report(
      'append-without-separator',
      valueRange(entry, 0, 1),
      `+= glues this text to the previous ${clip(node.key)} without a separator: Asterisk reads ${quoteAccumulated(built)}. Write ${clip(`${node.key}+=,${node.value}`)}.`,
      { fixedValue: `,${node.value}` },
    );
  }
}
