/**
 * The pjsip checks that read one unit alone (an object, a template, a section that makes no object):
 * its options and values, its type, its name's uniqueness, the parts its type requires. Their results
 * stand while the unit does (phases.ts marks them pure).
 */
import { closestCandidates } from '../../features/codeActionEdits';
import { chanSipAdvice, chanSipTypeValues } from './chanSipKeys';
import { valueOf, type PjsipLine, type PjsipObject, type UntypedSection } from './model';
import { pjsipObjectTypes } from './objectTypes';
import { isKnownPjsipOption, lookupPjsipOption, pjsipOptionsFor } from './options';
import type { PjsipObjectType } from './types';
import { endpointPairProblems, rangeProblem } from './ranges';
import { refusalsOf } from './refused';
import { Collector, quote } from './ruleTable';
import { systemTimerProblems } from './systemTimers';
import { valueProblem } from './values';

export function checkLines(out: Collector, type: PjsipObjectType, owner: string, lines: readonly PjsipLine[]): void {
  for (const line of lines) {
    const entry = line.source.entry;
    if (!entry || line.canonical === 'type') continue;
    if (!isKnownPjsipOption(type, line.canonical)) {
      const advice = chanSipAdvice(type, line.canonical);
      if (advice) out.atKey('pjsip-chan-sip-option', entry, `${quote(line.name)} is a chan_sip option, unknown to a pjsip ${type}: ${advice.advice}`);
      else {
        const names = pjsipOptionsFor(type).map((option) => option.name);
        const candidates = closestCandidates(line.name, names).map((candidate) => candidate.text);
        out.atKey('pjsip-unknown-option', entry, `A pjsip ${type} has no option ${quote(line.name)} (${owner})`, candidates);
      }
      continue;
    }
    const option = lookupPjsipOption(type, line.canonical);
    const problem = option && valueProblem(option, line.value);
    if (option && !problem) {
      const outOfRange = rangeProblem(type, option.name, line.value);
      if (outOfRange) out.atValue('pjsip-value-out-of-range', entry, `${quote(line.value.trim())}: ${outOfRange} (${owner})`);
    }
    if (!option || !problem) continue;
    if (problem.kind === 'not-a-boolean') {
      out.atValue('pjsip-not-a-boolean', entry, `${quote(line.value)} is not yes or no: Asterisk loads it and reads ${option.name} as no`);
    } else {
      const written = problem.item ?? line.value.trim();
      const candidates = problem.candidates.length ? closestCandidates(written, problem.candidates).map((candidate) => candidate.text) : undefined;
      out.atValue('pjsip-invalid-value', entry, `${quote(written)} is not valid for ${option.name} (${problem.expected}; ${owner})`, candidates);
    }
  }
}

const typeNames = pjsipObjectTypes.filter((type) => type.fromFile).map((type) => type.name);

export function checkUntyped(out: Collector, untyped: UntypedSection): void {
  const { section, typeLine } = untyped;
  if (untyped.reason === 'missing') {
    out.atHeader('pjsip-missing-type', section, `[${section.name}] has no type=: Asterisk makes no object of it and says nothing. Add type=endpoint, aor, auth, identify ...`);
    return;
  }
  const entry = typeLine?.source.entry;
  if (!typeLine || !entry) return;
  const value = typeLine.value.trim();
  if (untyped.reason === 'not-from-file') {
    out.atValue('pjsip-type-not-from-file', entry, `Asterisk keeps ${value} objects itself and does not load [${section.name}] from pjsip.conf.`);
    return;
  }
  const chanSip = chanSipTypeValues[value.toLowerCase() as keyof typeof chanSipTypeValues];
  // A case-only miss (`Endpoint`) is the likeliest fix; closestCandidates skips names equal ignoring case.
  const sameWord = typeNames.filter((name) => name === value.toLowerCase());
  const candidates = chanSip ? undefined : [...sameWord, ...closestCandidates(value, typeNames).map((candidate) => candidate.text)].slice(0, 3);
  const text = chanSip
    ? `type=${value} is chan_sip's; Asterisk drops [${section.name}] silently. ${chanSip}`
    : `${quote(value)} is no pjsip object type (written exactly, in lower case): Asterisk drops [${section.name}] silently.`;
  out.atValue('pjsip-unknown-type', entry, text, candidates);
}

export function checkDuplicate(out: Collector, duplicate: PjsipObject): void {
  out.atHeader(
    'pjsip-duplicate-object',
    duplicate.section,
    `A second ${duplicate.type} named ${quote(duplicate.name)}: Asterisk then loads no ${duplicate.type} at all from pjsip.conf. Rename it, or use [${duplicate.name}](+) to add to the first.`,
  );
}

export const filled = (object: PjsipObject, name: string): boolean => (valueOf(object, name) ?? '').trim() !== '';

export function checkRequired(out: Collector, object: PjsipObject): void {
  if (object.type === 'auth') {
    const auth = object;
    const authType = (valueOf(auth, 'auth_type') ?? 'userpass').trim().toLowerCase();
    if (authType === 'google_oauth') return;
    if (!filled(auth, 'username')) out.atHeader('pjsip-auth-without-username', auth.section, `auth ${quote(auth.name)} has no username.`);
    if (authType === 'md5' && !filled(auth, 'md5_cred')) out.atHeader('pjsip-auth-without-password', auth.section, `auth ${quote(auth.name)} has auth_type=md5 but no md5_cred.`);
    if ((authType === 'userpass' || authType === 'digest') && !filled(auth, 'password') && !filled(auth, 'password_digest')) {
      out.atHeader('pjsip-auth-without-password', auth.section, `auth ${quote(auth.name)} has no password (auth_type=${authType}).`);
    }
  } else if (object.type === 'registration') {
    const missing = ['server_uri', 'client_uri'].filter((name) => !filled(object, name));
    if (missing.length) out.atHeader('pjsip-registration-without-uri', object.section, `registration ${quote(object.name)} has no ${missing.join(' and no ')}.`);
  } else if (object.type === 'identify') {
    // One issue per identify (both problems share the header's range): say everything that is missing.
    const problems: string[] = [];
    if (!['match', 'match_header', 'match_request_uri'].some((name) => filled(object, name))) problems.push('matches nothing (give it match= with addresses, or match_header=)');
    if (!filled(object, 'endpoint')) problems.push('names no endpoint');
    if (problems.length) out.atHeader('pjsip-identify-incomplete', object.section, `identify ${quote(object.name)} ${problems.join(' and ')}.`);
  }
}

/**
 * Whether Asterisk refuses the object because of its own lines (an unknown option, a bad or out-of-range
 * value, a part its type requires left out, such as an auth's password: refused.ts), judged from the
 * object alone so that a check of one object can ask it. A UDP bind conflict is judged over every
 * transport (transportChecks.ts) and is not asked here.
 */
export function refusedForItsLines(object: PjsipObject): boolean {
  const scratch = new Collector();
  checkLines(scratch, object.type, '', object.lines);
  checkRequired(scratch, object);
  return refusalsOf(object, scratch.issues).length > 0;
}

/** A pair of endpoint options out of range together (ranges.ts): the values' problem. */
export function checkEndpointPairs(out: Collector, endpoint: PjsipObject): void {
  for (const pair of endpointPairProblems(endpoint.lines)) {
    const entry = pair.line.source.entry;
    if (entry) out.atValue('pjsip-value-out-of-range', entry, `${pair.text} (endpoint ${quote(endpoint.name)})`);
  }
}

/** A `type=system` object's timers (systemTimers.ts). */
export function checkSystemTimers(out: Collector, system: PjsipObject): void {
  for (const problem of systemTimerProblems(system)) if (problem.line.source.entry) out.atValue('pjsip-timer-too-low', problem.line.source.entry, problem.text);
}
