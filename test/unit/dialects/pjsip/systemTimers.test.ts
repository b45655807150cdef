/**
 * The system object's timers (systemTimers.ts, rule pjsip-timer-too-low): unit cases through
 * validatePjsip, then test/fixtures/pjsip-oracle/timers loaded into real Asterisk 22 — it logs exactly
 * the raises we predict, to the values we compute, and shows them in `pjsip show settings`.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildPjsipModel } from '../../../../server/src/service/dialects/pjsip/model';
import { validatePjsip } from '../../../../server/src/service/dialects/pjsip/rules';
import { systemTimerProblems } from '../../../../server/src/service/dialects/pjsip/systemTimers';
import { parseConfig } from '../../../../server/src/service/parser/configDocument';
import { runAsterisk, skipOracle } from '../../../support/asteriskOracle';
import { rootFile } from '../../../support/memoryHost';

/** `severity line:start-end` of each pjsip-timer-too-low issue. */
function timers(text: string): string[] {
  return validatePjsip(buildPjsipModel(rootFile('pjsip.conf', text)))
    .filter((issue) => issue.rule === 'pjsip-timer-too-low')
    .map((issue) => `${issue.severity} ${issue.line}:${issue.span.start}-${issue.span.end}`);
}

const system = (lines: string): string => `[system]\ntype=system\n${lines}`;

/** What each problem says Asterisk raises, as `option→value`. */
function raises(text: string): string[] {
  const model = buildPjsipModel(rootFile('pjsip.conf', text));
  return model.ofType('system').flatMap((object) => systemTimerProblems(object).map((problem) => `${problem.option}→${problem.raisedTo}`));
}

describe('pjsip-timer-too-low', () => {
  it('timer_b below 64 × timer_t1 is a warning on timer_b\'s value (the defaults, 500 and 32000, are fine)', () => {
    assert.deepEqual(timers(system('timer_b=31999\n')), ['warning 2:8-13']);
    assert.deepEqual(raises(system('timer_b=31999\n')), ['timer_b→32000']);
    assert.deepEqual(timers(system('timer_b=32000\n')), []);
    assert.deepEqual(timers(system('timer_t1=100\ntimer_b=6399\n')), ['warning 3:8-12']);
    assert.deepEqual(timers(system('timer_b=20000\ntimer_t1=200\n')), []);
    assert.deepEqual(timers(system('')), []);
  });

  it('a timer_t1 above 500 makes the default timer_b too low: reported on timer_t1, raised to 64 × T1', () => {
    assert.deepEqual(timers(system('timer_t1=1000\n')), ['warning 2:9-13']);
    assert.deepEqual(raises(system('timer_t1=1000\n')), ['timer_b→64000']);
    assert.deepEqual(raises(system('timer_t1=0x200\n')), ['timer_b→32768']);
  });

  it('timer_t1 below 100 is raised to 100 first, and timer_b is then compared with 64 × 100', () => {
    assert.deepEqual(raises(system('timer_t1=50\ntimer_b=5000\n')), ['timer_t1→100', 'timer_b→6400']);
    assert.deepEqual(raises(system('timer_t1=50\ntimer_b=6400\n')), ['timer_t1→100']);
    assert.deepEqual(raises(system('timer_t1=0\n')), ['timer_t1→100']);
  });

  it('a value that does not parse (Asterisk refuses the object), other object types, templates', () => {
    assert.deepEqual(timers(system('timer_b=-1\n')), []);
    assert.deepEqual(timers(system('timer_t1=soon\n')), []);
    assert.deepEqual(timers(`[t](!)\ntype=system\ntimer_b=100\n[s](t)\n`), ['warning 2:8-11']);
    assert.deepEqual(timers('[g]\ntype=global\nuser_agent=x\n'), []);
  });
});

describe('pjsip oracle: the timers Asterisk raises (real Asterisk 22)', { skip: skipOracle }, () => {
  const folder = path.resolve(__dirname, '../../../../../test/fixtures/pjsip-oracle/timers');
  const model = buildPjsipModel({ uri: `file://${folder}/pjsip.conf`, document: parseConfig(readFileSync(path.join(folder, 'pjsip.conf'), 'utf8')) });
  const problems = model.ofType('system').flatMap(systemTimerProblems);

  it('each raise we predict is logged with our value, no other, and `pjsip show settings` shows the raised values', () => {
    const blocks = runAsterisk('22', folder, ['pjsip show settings']);
    const logged = [...new Set((blocks.get('log') ?? '').split('\n').filter((line) => line.includes('config_system.c')))];
    const names = { timer_t1: 'T1', timer_b: 'B' } as const;
    assert.ok(problems.length === 2);
    assert.deepEqual(logged, problems.map((problem) => `WARNING res_pjsip/config_system.c: Timer ${names[problem.option]} setting is too low. Setting to ${problem.raisedTo}`));
    for (const problem of problems) assert.match(blocks.get('pjsip show settings') ?? '', new RegExp(`^\\s*${problem.option}\\s*:\\s*${problem.raisedTo}$`, 'm'));
  });
});
