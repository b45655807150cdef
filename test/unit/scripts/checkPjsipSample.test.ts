import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { KNOWN_SAMPLE_ERRORS, checkPjsipSample, scanPjsipSample } from '../../../scripts/check-pjsip-sample';

const sample = [
  ';[alice]',
  ';type=endpoint',
  ';aors=alice  ; a trailing comment',
  ';host=dynamic',
  '; context=prose, not an option line',
  '[trunk]',
  'type=aor',
  'contact=sip:trunk@192.0.2.1',
  'max_contacts=1',
  ';[tpl](!)',
  ';type=phoneprov',
  ';[1000](tpl)',
  ';MYVAR=1',
  ';[endpoint]',
  ';type=  ; the reference block of a type',
  ';t38_bind_rtp_to_media_address=yes',
  ';[mystery]',
  ';nosuch=1',
  ';match=192.0.2.1',
].join('\n');

describe('check-pjsip-sample: every option line of pjsip.conf.sample is known for its object type', () => {
  it('reads commented-out and active sections and their option lines, not prose', () => {
    const sections = scanPjsipSample(sample);
    assert.deepEqual(sections.map((section) => [section.name, section.objectType]), [
      ['alice', 'endpoint'],
      ['trunk', 'aor'],
      ['tpl', 'phoneprov'],
      ['1000', 'phoneprov'],
      ['endpoint', 'endpoint'],
      ['mystery', undefined],
    ]);
    assert.deepEqual(sections[0].keys.map((key) => [key.line, key.key, key.value, key.commented]), [
      [2, 'type', 'endpoint', true],
      [3, 'aors', 'alice', true],
      [4, 'host', 'dynamic', true],
    ]);
    assert.deepEqual(sections[1].keys.map((key) => key.commented), [false, false, false]);
  });

  it('reports unknown options with their line, section and type', () => {
    const report = checkPjsipSample(sample);
    assert.deepEqual(report.unknown, [
      { line: 4, section: 'alice', objectType: 'endpoint', key: 'host' },
      { line: 16, section: 'endpoint', objectType: 'endpoint', key: 't38_bind_rtp_to_media_address' },
      { line: 18, section: 'mystery', objectType: undefined, key: 'nosuch' },
    ]);
    assert.equal(report.keys, 12);
    assert.equal(report.typed, 10);
  });

  it('explains each known error of the sample itself', () => {
    assert.match(KNOWN_SAMPLE_ERRORS.t38_bind_rtp_to_media_address, /t38_bind_udptl_to_media_address/);
  });
});
