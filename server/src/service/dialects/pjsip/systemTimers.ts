/**
 * The SIP timers of the `type=system` object, as Asterisk 22 corrects them when it applies the object
 * (observed with run.sh 22, test/fixtures/pjsip-oracle/timers): a `timer_t1` below 100 ms is raised to
 * 100 ("Timer T1 setting is too low. Setting to 100"), then a `timer_b` below 64 × T1 — the T1 in effect,
 * after that raise; the default 32000 counts when timer_b is not written — is raised to 64 × T1 ("Timer B
 * setting is too low. Setting to N"). The object still loads, so these are warnings, not refusals.
 * One object in, its problems out: the rule pass (rules.ts) and the quick fix (features/codeActions.ts)
 * both call `systemTimerProblems`.
 */
import { lastLine, type PjsipLine, type PjsipObject } from './model';
import { parseCount } from './values';

/** Asterisk's floor for T1 and its defaults (the catalog's defaults; `pjsip show settings` prints them). */
export const MIN_TIMER_T1 = 100;
const DEFAULT_TIMER_T1 = 500;
const DEFAULT_TIMER_B = 32000;
/** RFC 3261: timer B is 64 × T1. */
const TIMER_B_FACTOR = 64;

export interface TimerProblem {
  /** The line to report on: the too-low timer's own line, or timer_t1's when timer_b is not written. */
  readonly line: PjsipLine;
  readonly option: 'timer_t1' | 'timer_b';
  /** The value Asterisk uses instead. */
  readonly raisedTo: number;
  /** Whether `option` is written at all (timer_b may be too low only by its default). */
  readonly written: boolean;
  readonly text: string;
}

/** The timers Asterisk raises in a `type=system` object, T1 first (the order it checks them). */
export function systemTimerProblems(system: PjsipObject): TimerProblem[] {
  if (system.type !== 'system') return [];
  const t1Line = lastLine(system.lines, 'timer_t1');
  const bLine = lastLine(system.lines, 'timer_b');
  const writtenT1 = t1Line ? parseCount(t1Line.value) : DEFAULT_TIMER_T1;
  const writtenB = bLine ? parseCount(bLine.value) : DEFAULT_TIMER_B;
  // A value that does not parse makes Asterisk refuse the object: nothing is raised then.
  if (writtenT1 === undefined || writtenB === undefined) return [];
  const problems: TimerProblem[] = [];
  const t1 = Math.max(writtenT1, MIN_TIMER_T1);
  if (t1Line && writtenT1 < MIN_TIMER_T1) {
    problems.push({
      line: t1Line,
      option: 'timer_t1',
      raisedTo: MIN_TIMER_T1,
      written: true,
      text: `timer_t1=${writtenT1} is below ${MIN_TIMER_T1} ms: Asterisk logs a warning when it loads the system object and uses ${MIN_TIMER_T1}. Write timer_t1=${MIN_TIMER_T1} or more`,
    });
  }
  const floorB = TIMER_B_FACTOR * t1;
  const reportOn = bLine ?? t1Line;
  if (writtenB < floorB && reportOn) {
    const b = bLine ? `timer_b=${writtenB}` : `timer_b (not written: ${DEFAULT_TIMER_B}, the default)`;
    problems.push({
      line: reportOn,
      option: 'timer_b',
      raisedTo: floorB,
      written: bLine !== undefined,
      text: `${b} is below 64 × timer_t1 (64 × ${t1} = ${floorB} ms), the least an INVITE transaction may wait: Asterisk logs a warning when it loads the system object and uses ${floorB}. Write timer_b=${floorB} or more`,
    });
  }
  return problems;
}
