/**
 * Numbers Asterisk 22 refuses although they parse: per-option ranges and the pairs of options checked
 * together when an object is applied. Every bound here was observed with `run.sh 22` (probe folders of
 * boundary values, and test/fixtures/pjsip-oracle/ranges, which ranges.test.ts loads): the object is
 * then not created ("Error parsing k=v", or the apply handler's message, then "Could not create an
 * object"). Nothing is claimed that was not seen: an aor's minimum/maximum/default_expiration out of
 * order, `remove_existing` with `max_contacts` 0 or 1, `cos` above 7 and negative `qualify_timeout` all
 * loaded without a word, so they are not here. Syntax (digits, hex, signs) is values.ts's.
 */
import { lastLine, type PjsipLine } from './model';
import type { PjsipObjectType } from './types';
import { parseCount } from './values';

interface Range {
  readonly min: number;
  readonly max: number;
  /** Why, in a few words, for the message. */
  readonly what: string;
}

const PORT: Range = { min: 0, max: 65535, what: 'a port number' };

/** `type/option` → the range Asterisk accepts (observed bounds: the last value taken and the first refused). */
const RANGES: ReadonlyMap<string, Range> = new Map([
  ['aor/qualify_frequency', { min: 0, max: 86400, what: 'seconds, at most a day' }], // 86400 and +86400 load, 86401 / 0x15181 refused
  ['endpoint/rtp_port_start', PORT], // 65535 loads, 65536 refused
  ['endpoint/rtp_port_end', PORT],
  ['transport/external_signaling_port', PORT], // 65535 loads, 65536 / 0x10000 refused
  ['transport/websocket_write_timeout', { min: 1, max: 2147483647, what: 'milliseconds, at least 1' }], // 0, -1, 2147483648 refused
  ['endpoint/timers_min_se', { min: 90, max: 4294967295, what: 'seconds, at least 90 (RFC 4028)' }], // 89 and 0 refused, 90 loads
  ['registration/expiration', { min: 1, max: 4294967295, what: 'seconds, at least 1' }], // 0 refused (pjproject assert), 1 loads
]);

/** Asterisk's own defaults where a pair check reads an option that is not written (the catalog's). */
const TIMERS_MIN_SE_DEFAULT = 90;
const TIMERS_SESS_EXPIRES_DEFAULT = 1800;

/** The reason a written number is out of its option's range, or undefined (also when it does not parse: values.ts says so). */
export function rangeProblem(type: PjsipObjectType, option: string, value: string): string | undefined {
  const range = RANGES.get(`${type}/${option}`);
  if (!range) return undefined;
  const trimmed = value.trim();
  const number = /^-\d+$/.test(trimmed) ? Number(trimmed) : parseCount(trimmed);
  if (number === undefined || (number >= range.min && number <= range.max)) return undefined;
  return `${option} is ${range.what} (${range.min}–${range.max})`;
}

/** Whether the range table knows the option (for the tests' completeness checks). */
export function hasRange(type: PjsipObjectType, option: string): boolean {
  return RANGES.has(`${type}/${option}`);
}

export interface PairProblem {
  /** The line to report on: the later-written option of the pair, or the one written. */
  readonly line: PjsipLine;
  readonly text: string;
}

const countOf = (line: PjsipLine | undefined): number | undefined => (line ? parseCount(line.value) : undefined);

/**
 * An endpoint's pairs, as its apply handler checks them: rtp_port_start / rtp_port_end both set (0 is
 * unset) with end > start; timers_sess_expires ≥ timers_min_se (equal loads; the defaults count when a
 * side is not written). A side that does not parse or is out of range is left to the other checks.
 */
export function endpointPairProblems(lines: readonly PjsipLine[]): PairProblem[] {
  const problems: PairProblem[] = [];
  const startLine = lastLine(lines, 'rtp_port_start');
  const endLine = lastLine(lines, 'rtp_port_end');
  const start = countOf(startLine) ?? (startLine ? undefined : 0);
  const end = countOf(endLine) ?? (endLine ? undefined : 0);
  if (start !== undefined && end !== undefined && start <= PORT.max && end <= PORT.max && (start || end)) {
    const later = laterOf(lines, startLine, endLine);
    if (!start || !end) problems.push({ line: later, text: 'rtp_port_start and rtp_port_end must be set together (0 counts as not set)' });
    else if (end <= start) problems.push({ line: later, text: `rtp_port_end (${end}) must be greater than rtp_port_start (${start})` });
  }
  const minLine = lastLine(lines, 'timers_min_se');
  const sessLine = lastLine(lines, 'timers_sess_expires');
  const minSe = minLine ? countOf(minLine) : TIMERS_MIN_SE_DEFAULT;
  const sessExpires = sessLine ? countOf(sessLine) : TIMERS_SESS_EXPIRES_DEFAULT;
  if ((minLine || sessLine) && minSe !== undefined && sessExpires !== undefined && minSe >= TIMERS_MIN_SE_DEFAULT && sessExpires < minSe) {
    problems.push({
      line: laterOf(lines, minLine, sessLine),
      text: `timers_sess_expires (${sessExpires}${sessLine ? '' : ', the default'}) must not be below timers_min_se (${minSe}${minLine ? '' : ', the default'})`,
    });
  }
  return problems;
}

/** Of two lines (at least one present), the one applied later (the object's lines are in Asterisk's order). */
function laterOf(lines: readonly PjsipLine[], first: PjsipLine | undefined, second: PjsipLine | undefined): PjsipLine {
  if (!first) return second!;
  if (!second) return first;
  return lines.lastIndexOf(second) >= lines.lastIndexOf(first) ? second : first;
}
