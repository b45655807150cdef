import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { KNOWN_SAMPLE_ERRORS, catalogProbeConfig, checkPjsipSample, scanPjsipSample } from '../../../scripts/check-pjsip-sample';
import { pjsipOptions } from '../../../server/src/service/dialects/pjsip/options';

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

describe('check-pjsip-sample --asterisk: the probe config for real Asterisk', () => {
  const sections = scanPjsipSample(catalogProbeConfig());

  it('holds every option of the types Asterisk reads from the file, once, in an object of its type', () => {
    const probed = sections.flatMap((section) => section.keys.filter((key) => key.key !== 'type').map((key) => `${section.objectType}/${key.key}`));
    const expected = pjsipOptions
      .filter((option) => option.name !== 'type' && option.objectType !== 'contact' && option.objectType !== 'subscription_persistence')
      .map((option) => `${option.objectType}/${option.name}`);
    assert.deepEqual([...probed].sort(), [...expected].sort());
  });

  it('judges each option alone, except in the one global and one system object', () => {
    for (const section of sections) {
      if (section.objectType === 'global' || section.objectType === 'system') continue;
      assert.equal(section.keys.length, 2, section.name);
    }
    assert.equal(sections.filter((section) => section.objectType === 'global').length, 1);
    assert.equal(sections.filter((section) => section.objectType === 'system').length, 1);
  });
});
