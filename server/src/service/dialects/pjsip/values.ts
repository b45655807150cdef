/**
 * Which values Asterisk 22 refuses for a pjsip option. Refused means the object is not created at all
 * (observed: "Error parsing <option>=<value> ... Could not create an object"), so these are errors;
 * a bool that is neither yes nor no is accepted and read as no (observed for every bool of endpoint,
 * aor, registration and transport), so that is only a warning.
 *
 * Only what was observed is claimed (NOTE-16b lists the probe runs): numbers are checked for their
 * syntax and 32-bit range, not for the per-option bounds some options have; enums as listed in the
 * catalog, case-insensitively except where Asterisk compares exactly.
 */
import type { PjsipObjectType, PjsipOptionEntry } from './types';

/** Object types whose value parsing was probed against Asterisk 22. */
const PROBED: ReadonlySet<PjsipObjectType> = new Set<PjsipObjectType>([
  'endpoint',
  'aor',
  'auth',
  'identify',
  'registration',
  'transport',
  'outbound-publish',
  'resource_list',
  'domain_alias',
]);

/** Enums Asterisk accepts any word for (observed: `dtls_setup=bogus` loads). */
const ANY_WORD = new Set(['endpoint/dtls_setup', 'endpoint/dtls_fingerprint']);
/** Enums compared exactly (observed: `t38_udptl_ec=FEC` is refused, `dtmf_mode=RFC4733` is not). */
const EXACT_CASE = new Set(['endpoint/t38_udptl_ec', 'endpoint/incoming_call_offer_pref', 'endpoint/outgoing_call_offer_pref']);
/** Enums that accept an empty value (observed). */
const EMPTY_OK = new Set(['transport/method']);
/** Values this build cannot check (auth_type=google_oauth depends on how Asterisk was built). */
const BUILD_DEPENDENT = new Set(['auth/auth_type=google_oauth']);
/** Signed integers (OPT_INT_T): a leading minus is accepted (observed). */
const SIGNED = new Set(['transport/tcp_keepalive_idle_time', 'transport/tcp_keepalive_interval_time', 'transport/tcp_keepalive_probe_count']);

const TRUE_WORDS = ['yes', 'true', 'y', 't', '1', 'on'];
const FALSE_WORDS = ['no', 'false', 'n', 'f', '0', 'off'];

export type ValueProblem =
  | { readonly kind: 'invalid'; readonly expected: string; readonly candidates: readonly string[]; readonly item?: string }
  | { readonly kind: 'not-a-boolean' };

function integerProblem(value: string, signed: boolean): boolean {
  const match = /^([+-]?)(0x[0-9a-f]+|\d+)$/i.exec(value);
  if (!match) return true;
  if (match[1] === '-' && !signed) return true;
  const number = Number(match[2]);
  return signed ? number > 2147483647 : number > 4294967295;
}

/** The problem Asterisk has with `value` for `option`, or undefined when it takes it (or it was not probed). */
export function valueProblem(option: PjsipOptionEntry, rawValue: string): ValueProblem | undefined {
  if (!PROBED.has(option.objectType)) return undefined;
  const id = `${option.objectType}/${option.name}`;
  const value = rawValue.trim();
  switch (option.kind) {
    case 'bool': {
      const lower = value.toLowerCase();
      return TRUE_WORDS.includes(lower) || FALSE_WORDS.includes(lower) ? undefined : { kind: 'not-a-boolean' };
    }
    case 'int':
    case 'duration':
      if (id === 'endpoint/dtls_rekey') return /^[+-]?\d/.test(value) ? undefined : { kind: 'invalid', expected: 'a whole number', candidates: [] };
      return integerProblem(value, SIGNED.has(id)) ? { kind: 'invalid', expected: SIGNED.has(id) ? 'a whole number' : 'a whole number, 0 or more', candidates: [] } : undefined;
    case 'decimal':
      return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(value) ? undefined : { kind: 'invalid', expected: 'a number', candidates: [] };
    case 'enum': {
      if (ANY_WORD.has(id) || (value === '' && EMPTY_OK.has(id)) || BUILD_DEPENDENT.has(`${id}=${value.toLowerCase()}`)) return undefined;
      const values = (option.values ?? []).map((entry) => entry.value);
      const exact = EXACT_CASE.has(id);
      if (values.some((candidate) => (exact ? candidate === value : candidate.toLowerCase() === value.toLowerCase()))) return undefined;
      return { kind: 'invalid', expected: `one of ${values.join(', ')}`, candidates: values };
    }
    case 'enumList': {
      const values = (option.values ?? []).map((entry) => entry.value);
      for (const item of value.split(',').map((part) => part.trim())) {
        if (item === '' || values.some((candidate) => candidate.toLowerCase() === item.toLowerCase())) continue;
        return { kind: 'invalid', expected: `a comma list of ${values.join(', ')}`, candidates: values, item };
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/** A whole number as Asterisk reads it (decimal, or hex with 0x), or undefined when it is none. */
export function parseCount(value: string | undefined): number | undefined {
  const match = /^\+?(0x[0-9a-f]+|\d+)$/i.exec((value ?? '').trim());
  return match ? Number(match[1]) : undefined;
}
