import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { iaxRegisterGrammar } from '../../../../server/src/service/dialects/iax/register';
import { parseIaxRegister } from '../../../../server/src/service/model/registerStatement';
import type { RegisterShown } from '../../../../server/src/service/dialects/register';

const shown: RegisterShown = { part: (part) => part?.text ?? '', secret: () => '***' };

describe("chan_iax2's register grammar", () => {
  it('names user, secret, host, port and each dropped piece as ignored', () => {
    const value = 'alice:pw@iax.example.org:4570@extra';
    assert.deepEqual(
      iaxRegisterGrammar.parts(parseIaxRegister(value)).map(({ name, part }) => [name, value.slice(part.span.start, part.span.end)]),
      [
        ['user', 'alice'],
        ['secret', 'pw'],
        ['host', 'iax.example.org'],
        ['port', '4570'],
        ['ignored', '@extra'],
      ],
    );
  });

  it('names a [keyname] secret a key name, over the whole bracketed field, and keeps it out of the secrets', () => {
    const parsed = parseIaxRegister('alice:[mykey]@h');
    const keyName = iaxRegisterGrammar.parts(parsed).find((named) => named.name === 'keyName');
    assert.deepEqual(keyName?.part, { text: 'mykey', span: parsed.secret!.span });
    assert.equal(iaxRegisterGrammar.secret(parsed), undefined);
    assert.match(iaxRegisterGrammar.summary(parsed, shown), /signing with RSA key mykey/);
  });

  it('gives the problem that drops the line as its reason, not a warning before it', () => {
    // SIP's transport:// comes first as a warning; the bad port is what drops the line.
    const parsed = parseIaxRegister('tcp://alice:pw@h:xx');
    assert.equal(parsed.problems[0]?.code, 'register-iax-sip-syntax');
    assert.equal(iaxRegisterGrammar.rejectedBecause(parsed), parsed.problems.find((problem) => problem.code === 'register-bad-port')?.message);
  });

  it('says where and as whom we register, with a port only when it is not 4569', () => {
    assert.match(iaxRegisterGrammar.summary(parseIaxRegister('alice:pw@h:4570'), shown), /^Asterisk authenticates to h:4570 as alice with secret \*\*\* /);
    assert.match(iaxRegisterGrammar.summary(parseIaxRegister('alice@h'), shown), /^Asterisk authenticates to h as alice without a secret/);
  });
});
