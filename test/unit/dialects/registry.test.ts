import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { allDialects, dialectModule } from '../../../server/src/service/dialects/registry';
import { DIALECT_CORES, dialectCore, dialectOfBaseName, dialectOfLanguageId } from '../../../server/src/service/dialects/cores';
import { LANGUAGE_IDS } from '../../../server/src/service/dialect';
import { CHANNEL_FEATURES } from '../../../server/src/service/dialects/channelFeatures';
import { analyzeText, withCaret } from '../../support/fixture';

describe('dialect registry', () => {
  it('has one module per dialect, each with its own language id', () => {
    assert.deepEqual(
      allDialects().map((module) => [module.id, module.languageId]),
      [
        ['sip', 'asterisk-sip'],
        ['iax', 'asterisk-iax'],
        ['pjsip', 'asterisk-pjsip'],
        ['generic', 'asterisk'],
      ],
    );
    for (const module of allDialects()) {
      assert.equal(dialectModule(module.id), module);
      assert.equal(dialectOfLanguageId(module.languageId), dialectCore(module.id));
    }
    assert.equal(dialectOfLanguageId('ini'), undefined);
    assert.deepEqual(allDialects().map((module) => module.languageId), LANGUAGE_IDS);
  });

  it('gives each file name to exactly one module, the generic one when none claims it', () => {
    const cases: Record<string, string> = {
      'sip.conf': 'sip',
      'sip_custom.conf': 'sip',
      'iax-trunks.conf': 'iax',
      'pjsip.conf': 'pjsip',
      'pjsip_custom.conf': 'pjsip',
      'pjsip.registration.conf': 'pjsip',
      'extensions.conf': 'generic',
      // The config wizard's file is another dialect (type=wizard), not pjsip.conf's.
      'pjsip_wizard.conf': 'generic',
    };
    for (const [name, dialect] of Object.entries(cases)) {
      assert.equal(dialectOfBaseName(name).id, dialect, name);
      assert.ok(allDialects().filter((module) => module.matchesFileName(name)).length <= 1, name);
    }
  });

  it('lists the modules in the order of the cores, each made of its core', () => {
    assert.deepEqual(
      allDialects().map((module) => module.id),
      DIALECT_CORES.map((core) => core.id),
    );
    for (const module of allDialects()) for (const [key, value] of Object.entries(dialectCore(module.id))) assert.equal(module[key as keyof typeof module], value, `${module.id}.${key}`);
  });

  it('names the root Asterisk loads for each channel dialect', () => {
    assert.deepEqual(
      allDialects().map((module) => module.rootFileName),
      ['sip.conf', 'iax.conf', 'pjsip.conf', undefined],
    );
  });

  it('runs the chan_sip / chan_iax2 checks on sip and iax only', () => {
    assert.deepEqual(
      allDialects().filter((module) => module.channelChecks).map((module) => module.id),
      ['sip', 'iax'],
    );
  });

  it('routes sip, iax and other .conf files to the features of today', () => {
    for (const id of ['iax', 'generic'] as const) assert.equal(dialectModule(id).features, CHANNEL_FEATURES, id);
    // sip.conf has the same features, and its code actions add the source action converting it to pjsip.conf.
    const sip = dialectModule('sip').features;
    for (const [key, feature] of Object.entries(CHANNEL_FEATURES)) if (key !== 'codeActions') assert.equal(sip[key as keyof typeof sip], feature, key);
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const sources = sip.codeActions?.(analyzeText('[alice]\ntype=friend\n'), range, { diagnostics: [], only: ['source'] }, {}) ?? [];
    assert.deepEqual(sources.map((action) => action.kind), ['source.convertToPjsip']);
    const { text, position } = withCaret('[alice]\ntype=friend\nhost=dyn|amic\n');
    const hover = dialectModule('sip').features.hover?.(analyzeText(text), position);
    assert.ok(hover, 'the sip module answers a hover on a sip option');
  });
});
