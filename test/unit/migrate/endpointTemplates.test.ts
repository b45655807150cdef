import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildModel } from '../../../server/src/service/model/buildModel';
import { migrateSipConf } from '../../../server/src/service/migrate/sipToPjsip';
import { buildPjsipModel, type PjsipModel } from '../../../server/src/service/dialects/pjsip/model';
import { memoryHost, rootFile } from '../../support/memoryHost';
import { errors, migrate, rows } from '../../support/migrate';

const PHONES = [
  '[phone](!)',
  'type=friend',
  'host=dynamic',
  'context=office',
  'dtmfmode=rfc2833',
  'nat=force_rport,comedia',
  'deny=0.0.0.0/0',
  'permit=10.0.0.0/8',
  '',
  '[alice](phone)',
  'secret=Fh3k92jdQpZ1',
  '',
  '[bob](phone)',
  'secret=Zr8wL1pa44Xe',
  'allow=g722',
  '',
].join('\n');

/** The same sip.conf migrated with every template expanded into its endpoints. */
function expanded(text: string): PjsipModel {
  const result = migrateSipConf(buildModel(rootFile('sip.conf', text), 'sip', { host: memoryHost({ 'sip.conf': text }) }), { templates: false });
  return buildPjsipModel(rootFile('pjsip.conf', result.text));
}

/** Each option's values in order (the order within one option is what res_pjsip applies). */
function byOption(lines: readonly string[]): Record<string, string[]> {
  const options: Record<string, string[]> = {};
  for (const line of lines) {
    const [option] = line.split('=', 1);
    (options[option] ??= []).push(line.slice(option.length + 1));
  }
  return options;
}

describe('sip templates become pjsip endpoint templates', () => {
  it('what every heir shares is written once in [phone](!); each heir inherits it and keeps its own lines', () => {
    const { text, pjsip } = migrate(PHONES);
    assert.match(text, /^\[phone\]\(!\)\ntype=endpoint\ncontext=office\ndtmf_mode=rfc4733\nforce_rport=yes\nrewrite_contact=yes\nrtp_symmetric=yes\ndeny=0\.0\.0\.0\/0\npermit=10\.0\.0\.0\/8$/m);
    assert.match(text, /^\[alice\]\(phone\)\ntype=endpoint\ndisallow=all\nallow=ulaw,alaw,gsm,h263\nauth=alice-auth\naors=alice$/m);
    assert.match(text, /^\[bob\]\(phone\)\ntype=endpoint\ndisallow=all\nallow=ulaw,alaw,gsm,h263,g722\nauth=bob-auth\naors=bob$/m);
    // The template comes first, with what it was.
    assert.ok(text.indexOf('[phone](!)') < text.indexOf('[alice](phone)'));
    assert.match(text, /; \[phone\]\(!\) was a sip\.conf template of alice, bob/);
    assert.deepEqual(errors(pjsip), []);
  });

  it('each endpoint ends up with the options it has with the template expanded, value for value', () => {
    const { pjsip } = migrate(PHONES);
    const flat = expanded(PHONES);
    for (const name of ['alice', 'bob']) assert.deepEqual(byOption(rows(pjsip, 'endpoint', name)), byOption(rows(flat, 'endpoint', name)), name);
  });

  it('lines that act together move together: allow/disallow stay in each heir when one heir differs', () => {
    const { text } = migrate(PHONES);
    const template = /^\[phone\]\(!\)\n(?:.+\n)+/m.exec(text)?.[0] ?? '';
    assert.doesNotMatch(template, /allow/);
  });

  it('a template with one heir, or a section with two bases, is expanded as before', () => {
    const one = migrate('[phone](!)\ntype=friend\nhost=dynamic\ncontext=office\n[alice](phone)\nsecret=Fh3k92jdQpZ1\n');
    assert.doesNotMatch(one.text, /\(!\)|\(phone\)/);
    assert.deepEqual(rows(one.pjsip, 'endpoint', 'alice').slice(0, 1), ['context=office']);
    const two = migrate('[a](!)\ntype=friend\nhost=dynamic\n[b](!)\ncontext=office\n[x](a,b)\nsecret=Fh3k92jdQpZ1\n[y](a,b)\nsecret=Zr8wL1pa44Xe\n');
    assert.doesNotMatch(two.text, /\(!\)|\(a\)/);
  });
});
