/**
 * Option names: unknown to the driver, in the wrong kind of section, deprecated, realtime-only or
 * never read; scalar options set twice in a section; `+=` without a separator. Values are checked by
 * valueRules once the name is known to be right for the section.
 */
import { getCatalog, lookupOption } from '../../data/catalog';
import type { OptionEntry } from '../../data/catalogTypes';
import { effectiveLines, effectiveLinesCache } from '../../model/endpoints';
import type { Endpoint, Entry, Section } from '../../model/types';
import { checkValue } from './valueRules';
import { bearsSecrets } from '../secretMask';
import { driverName, keyRange, valueRange, type RuleContext } from './ruleContext';

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
 * named like it, whether a [general] inherits it, and — iax encryption only — [general]'s encryption line.
 */
export function checkSectionOptions(context: RuleContext, section: Section, endpoint: Endpoint | undefined, templateOfGeneral: boolean): void {
  if (section.kind === 'callnumberlimits') return;
  let hasHere = false;
  let hasAppend = false;
  for (const entry of section.entries) {
    if (entry.node.operator === '+=') hasAppend = true;
    if (!context.isHere(entry.uri)) continue;
    hasHere = true;
    if (section.kind === 'authentication') {
      const auth = entry.node.key.toLowerCase() === 'auth' ? lookupOption(context.dialect, 'auth') : undefined;
      if (auth) checkValue(context, section, entry, auth, endpoint);
      else context.report('unknown-option', keyRange(entry), `[authentication] reads only auth= lines: chan_sip ignores '${entry.node.key}' here.`, { candidates: ['auth'] });
      continue;
    }
    checkEntry(context, section, entry, templateOfGeneral, endpoint);
  }
  if (hasHere) {
    checkDuplicates(context, section);
    if (hasAppend) checkAppends(context, section);
  }
}

function checkEntry(context: RuleContext, section: Section, entry: Entry, templateOfGeneral: boolean, endpoint: Endpoint | undefined): void {
  const key = entry.node.key;
  const lower = key.toLowerCase();
  const driver = driverName(context.dialect);
  const option = lookupOption(context.dialect, key);
  if (!option) {
    const candidates = didYouMean(context, lower);
    const hint = candidates.length ? ` Did you mean ${candidates.map((name) => `'${name}'`).join(', ')}?` : '';
    context.report('unknown-option', keyRange(entry), `${driver} does not know '${key}' and ignores it without a word.${hint}`, { candidates });
    return;
  }
  if (lower === 'register') return; // registerRules
  if (isDead(context, entry, option)) return;
  const isGeneral = section.kind === 'general';
  if (isGeneral && !option.sections.includes('general')) {
    context.report(
      'option-device-only',
      keyRange(entry),
      `${option.name} is read only in device sections: in [general] ${driver} ignores it (it does not become a default for the devices). Set it in each device or in a template.`,
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
function isDead(context: RuleContext, entry: Entry, option: OptionEntry): boolean {
  if (option.realtimeOnly) {
    context.report('realtime-only-option', keyRange(entry), `${option.name} is read only for realtime peers (from a database): in a file ${driverName(context.dialect)} ignores it.`);
    return true;
  }
  const noEffect = noEffectReason(context, option.name);
  if (noEffect) context.report('no-effect-option', keyRange(entry), noEffect);
  return noEffect !== undefined;
}

function checkDeprecation(context: RuleContext, entry: Entry, option: OptionEntry, lower: string): void {
  const aliasReplacement = option.deprecatedAliases?.[lower];
  if (aliasReplacement) {
    context.report('deprecated-option', keyRange(entry), `'${entry.node.key}' is the old name of ${aliasReplacement}: Asterisk still reads it, but write ${aliasReplacement}.`, {
      replacement: aliasReplacement,
    });
  } else if (option.deprecatedBy && lower === option.name) {
    const legacy = LEGACY_OPTIONS.get(option.name);
    if (legacy) context.report('legacy-option', keyRange(entry), legacy);
    else {
      const isOption = lookupOption(context.dialect, option.deprecatedBy) !== undefined;
      context.report('deprecated-option', keyRange(entry), `${option.name} is deprecated (Asterisk logs a notice or still reads it for now): use ${option.deprecatedBy}.`, isOption ? { replacement: option.deprecatedBy } : {});
    }
  }
}

function noEffectReason(context: RuleContext, name: string): string | undefined {
  if (context.dialect === 'sip' && name === 'template') return "chan_sip never reads 'template' (it only appears in the sample's option list): to inherit, write [name](template-name).";
  if (context.dialect === 'iax' && name === 'keyrotate') return 'chan_iax2 never reads keyrotate (it only appears in the sample file): key rotation cannot be turned off this way.';
  if (context.dialect === 'iax' && name === 'hasvoicemail' && context.version >= 23) return `hasvoicemail was removed with the users.conf integration in Asterisk 23: Asterisk ${context.version} ignores it. Use mailbox=.`;
  return undefined;
}

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

/** Scalar options written twice in one section: every driver loop reads all lines, the last one wins. */
function checkDuplicates(context: RuleContext, section: Section): void {
  if (section.entries.length < 2) return;
  const byName = new Map<string, Entry[]>();
  for (const entry of section.entries) {
    if (entry.node.operator === '+=') continue;
    const option = lookupOption(context.dialect, entry.node.key);
    if (!option || option.repeatable || option.name === 'register') continue;
    const list = byName.get(option.name);
    if (list) list.push(entry);
    else byName.set(option.name, [entry]);
  }
  for (const [name, entries] of byName) {
    if (entries.length < 2) continue;
    let winner = entries[entries.length - 1];
    let why = `${driverName(context.dialect)} reads every line and keeps the last one`;
    if (name === 'type') {
      if (context.dialect === 'sip') why = 'chan_sip validates the first type line and combines them all (user + peer = friend)';
      else if (context.version < 23) {
        winner = entries[0];
        why = `chan_iax2 (Asterisk ${context.version}) reads only the first type line`;
      } else why = 'chan_iax2 (Asterisk 23+) reads only the last type line';
    }
    for (const entry of entries) {
      if (entry === winner || !context.isHere(entry.uri)) continue;
      context.report('duplicate-option', keyRange(entry), `${entry.node.key} is set again on line ${winner.line + 1}${winner.uri === entry.uri ? '' : ' of another file'}: ${why}, so line ${winner.line + 1} wins. Remove one.`, {
        winnerLine: winner.line,
        winnerUri: winner.uri,
      });
    }
  }
}

/** `allow+=g729` after `allow=ulaw` gives `ulawg729`: `+=` appends raw text (asterisk-facts.md §1.4). */
function checkAppends(context: RuleContext, section: Section): void {
  const earlier = new Map<string, string>();
  // The model's shared memo: a base's lines depend only on the base, which is immutable once built.
  for (const base of section.bases) if (base && base.order < section.order) for (const line of effectiveLines(base, context.dialect, effectiveLinesCache)) earlier.set(line.name, line.value);
  for (const entry of section.entries) {
    const node = entry.node;
    const previous = earlier.get(node.key);
    earlier.set(node.key, node.operator === '+=' && previous !== undefined ? previous + node.value : node.value);
    if (node.operator !== '+=' || previous === undefined || previous === '' || !context.isHere(entry.uri)) continue;
    const option = lookupOption(context.dialect, node.key);
    if (!option || !(LIST_KINDS.has(option.kind) || option.repeatable) || node.value === '' || /^[,|]/.test(node.value)) continue;
    // A password may be in either piece, and the glued whole cuts differently: quote neither (issue #19).
    if (bearsSecrets(node.key)) {
      context.report('append-without-separator', valueRange(entry, 0, 1), `+= glues this text to the previous ${node.key} without a separator: Asterisk reads the two as one value. Start the text with a ','.`);
      continue;
    }
    context.report(
      'append-without-separator',
      valueRange(entry, 0, 1),
      `+= glues this text to the previous ${node.key} without a separator: Asterisk reads '${previous}${node.value}'. Write ${node.key}+=,${node.value}.`,
      { fixedValue: `,${node.value}` },
    );
  }
}
