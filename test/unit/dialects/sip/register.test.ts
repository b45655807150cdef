import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sipRegisterGrammar, sipRegisterOf } from '../../../../server/src/service/dialects/sip/register';
import { parseIaxRegister, parseSipRegister } from '../../../../server/src/service/model/registerStatement';
import type { RegisterShown } from '../../../../server/src/service/dialects/register';

const shown: RegisterShown = { part: (part) => part?.text ?? '', secret: () => '***' };

describe("chan_sip's register grammar", () => {
  it('names every part of the full grammar, in the order of the line', () => {
    const value = 'trunk?tcp://alice@example.org:5062:pw:authname@registrar.example.org:5070/inbound~300';
    const parts = sipRegisterGrammar.parts(parseSipRegister(value));
    assert.deepEqual(
      parts.map(({ name, part }) => [name, value.slice(part.span.start, part.span.end)]),
      [
        ['peer', 'trunk'],
        ['transport', 'tcp'],
        ['user', 'alice'],
        ['domain', 'example.org'],
        ['domainPort', '5062'],
        ['secret', 'pw'],
        ['authUser', 'authname'],
        ['host', 'registrar.example.org'],
        ['port', '5070'],
        ['extension', 'inbound'],
        ['expiry', '300'],
      ],
    );
  });

  it('says where, how and as whom we register, with the secret as the caller shows it', () => {
    const summary = sipRegisterGrammar.summary(parseSipRegister('tls://alice:pw@registrar.example.org/inbound~300'), shown);
    assert.match(summary, /^Asterisk authenticates to registrar\.example\.org over tls as alice with secret \*\*\* .* renewed every 300 seconds; calls come back to extension inbound/);
    assert.doesNotMatch(summary, /pw/);
  });

  it("gives the parser's first problem as the reason a line is dropped, and the secret to keep out of texts", () => {
    const rejected = parseSipRegister('alice');
    assert.equal(sipRegisterGrammar.rejectedBecause(rejected), rejected.problems[0]?.message);
    assert.equal(sipRegisterGrammar.secret(parseSipRegister('alice:pw@h')), 'pw');
    assert.equal(sipRegisterGrammar.secret(parseSipRegister('alice@h')), undefined);
  });

  it('hands the migration only statements chan_sip parsed', () => {
    const sip = parseSipRegister('alice@h');
    assert.equal(sipRegisterOf(sip), sip);
    assert.equal(sipRegisterOf(parseIaxRegister('alice@h')), undefined);
  });
});
