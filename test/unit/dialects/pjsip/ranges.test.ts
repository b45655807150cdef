/**
 * Ranges and pairs of pjsip options (ranges.ts): unit cases through validatePjsip, then the fixture
 * test/fixtures/pjsip-oracle/ranges loaded into real Asterisk 22 — it refuses exactly the objects we flag.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildPjsipModel } from '../../../../server/src/service/dialects/pjsip/model';
import { hasRange, rangeProblem } from '../../../../server/src/service/dialects/pjsip/ranges';
import { validatePjsip } from '../../../../server/src/service/dialects/pjsip/rules';
import { pjsipOptionsFor } from '../../../../server/src/service/dialects/pjsip/options';
import { parseConfig } from '../../../../server/src/service/parser/configDocument';
import { runAsterisk, skipOracle } from '../../../support/asteriskOracle';
import { rootFile } from '../../../support/memoryHost';

const AOR = '[phone]\ntype=aor\nmax_contacts=1\n';

/** `line:start-end` of each pjsip-value-out-of-range issue. */
function ranges(text: string): string[] {
  return validatePjsip(buildPjsipModel(rootFile('pjsip.conf', text)))
    .filter((issue) => issue.rule === 'pjsip-value-out-of-range')
    .map((issue) => `${issue.line}:${issue.span.start}-${issue.span.end}`);
}

const endpoint = (lines: string): string => `${AOR}[e]\ntype=endpoint\naors=phone\n${lines}`;

describe('rangeProblem', () => {
  it('takes the bounds, refuses one past them, reads hex and +, leaves unparsable values to values.ts', () => {
    assert.equal(rangeProblem('aor', 'qualify_frequency', '86400'), undefined);
    assert.equal(rangeProblem('aor', 'qualify_frequency', '+86400'), undefined);
    assert.match(rangeProblem('aor', 'qualify_frequency', '0x15181') ?? '', /qualify_frequency/);
    assert.equal(rangeProblem('endpoint', 'timers_min_se', '90'), undefined);
    assert.ok(rangeProblem('endpoint', 'timers_min_se', '89'));
    assert.ok(rangeProblem('transport', 'websocket_write_timeout', '0'));
    assert.ok(rangeProblem('transport', 'websocket_write_timeout', '-1'));
    assert.ok(rangeProblem('registration', 'expiration', '0'));
    assert.equal(rangeProblem('registration', 'expiration', 'soon'), undefined);
    assert.equal(rangeProblem('endpoint', 'rtp_timeout', '99999999'), undefined);
  });

  it('knows only options of the catalog, of the type it names', () => {
    for (const [type, option] of [
      ['aor', 'qualify_frequency'],
      ['endpoint', 'rtp_port_start'],
      ['endpoint', 'rtp_port_end'],
      ['endpoint', 'timers_min_se'],
      ['transport', 'external_signaling_port'],
      ['transport', 'websocket_write_timeout'],
      ['registration', 'expiration'],
    ] as const) {
      assert.ok(hasRange(type, option));
      assert.ok(pjsipOptionsFor(type).some((entry) => entry.name === option), `${type}/${option} in the catalog`);
    }
  });
});

describe('pjsip-value-out-of-range', () => {
  it('is an error on the value of the option out of range', () => {
    assert.deepEqual(ranges(`${AOR}[a]\ntype=aor\nqualify_frequency=90000\n`), ['5:18-23']);
    const [issue] = validatePjsip(buildPjsipModel(rootFile('pjsip.conf', `${AOR}[a]\ntype=aor\nqualify_frequency=90000\n`)));
    assert.equal(issue.severity, 'error');
  });

  it('rtp ports: both or none, end above start, on the line applied later', () => {
    assert.deepEqual(ranges(endpoint('rtp_port_start=10000\nrtp_port_end=10002\n')), []);
    assert.deepEqual(ranges(endpoint('rtp_port_start=10000\n')), ['6:15-20']);
    assert.deepEqual(ranges(endpoint('rtp_port_end=10000\nrtp_port_start=0\n')), ['7:15-16']);
    assert.deepEqual(ranges(endpoint('rtp_port_end=10000\nrtp_port_start=10000\n')), ['7:15-20']);
    // A port out of range is reported once, as a range, not again as a pair.
    assert.deepEqual(ranges(endpoint('rtp_port_start=10000\nrtp_port_end=70000\n')), ['7:13-18']);
  });

  it('a template\'s start and an heir\'s end: the heir\'s line', () => {
    const text = `${AOR}[t](!)\ntype=endpoint\naors=phone\nrtp_port_start=30000\n[e](t)\nrtp_port_end=29999\n[f](t)\nrtp_port_end=30001\n`;
    assert.deepEqual(ranges(text), ['8:13-18']);
  });

  it('session timers: min_se at least 90, sess_expires not below it, the defaults (90, 1800) counting', () => {
    assert.deepEqual(ranges(endpoint('timers_min_se=120\ntimers_sess_expires=120\n')), []);
    assert.deepEqual(ranges(endpoint('timers_min_se=89\n')), ['6:14-16']);
    assert.deepEqual(ranges(endpoint('timers_sess_expires=60\n')), ['6:20-22']);
    assert.deepEqual(ranges(endpoint('timers_min_se=2000\n')), ['6:14-18']);
    assert.deepEqual(ranges(endpoint('timers_sess_expires=1800\ntimers_min_se=1801\n')), ['7:14-18']);
  });

  it('what Asterisk loads without a word is not reported (aor expirations out of order, cos 8)', () => {
    assert.deepEqual(ranges(`${AOR}[a]\ntype=aor\nminimum_expiration=600\nmaximum_expiration=300\ndefault_expiration=10\n`), []);
    assert.deepEqual(ranges(endpoint('cos_audio=8\n')), []);
  });
});

describe('pjsip oracle: ranges and pairs (real Asterisk 22)', { skip: skipOracle }, () => {
  const folder = path.resolve(__dirname, '../../../../../test/fixtures/pjsip-oracle/ranges');
  const text = readFileSync(path.join(folder, 'pjsip.conf'), 'utf8');
  const model = buildPjsipModel({ uri: `file://${folder}/pjsip.conf`, document: parseConfig(text) });
  const issues = validatePjsip(model).filter((issue) => issue.severity === 'error');

  it('Asterisk refuses exactly the objects we flag, and our only errors there are out-of-range ones', () => {
    const log = runAsterisk('22', folder, ['pjsip show endpoints']).get('log') ?? '';
    const refused = new Set([...log.matchAll(/Could not create an object of type '[^']+' with id '([^']+)'/g)].map((match) => match[1]));
    const flagged = new Set(
      issues.map((issue) => model.base.sections.find((section) => section.headerLine <= issue.line && issue.line < section.endLine)!.name),
    );
    assert.deepEqual([...refused].sort(), [...flagged].sort());
    assert.ok([...refused].every((name) => name.startsWith('bad-')) && refused.size === (text.match(/^\[bad-/gm) ?? []).length);
    assert.deepEqual(new Set(issues.map((issue) => issue.rule)), new Set(['pjsip-value-out-of-range']));
  });
});
