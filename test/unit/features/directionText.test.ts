import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  describeEndpoint,
  describeOptionForEndpoint,
  describeRegister,
  describeSource,
  directionLabel,
  displayValue,
  registerLabel,
  SECRET_MASK,
} from '../../../server/src/service/features/directionText';
import type { Endpoint, RegisterStatement } from '../../../server/src/service/model/types';
import type { FileDialect } from '../../../server/src/service/dialect';
import { analyzeText } from '../../support/fixture';

function endpointOf(text: string, name: string, dialect: FileDialect = 'sip'): Endpoint {
  const endpoint = analyzeText(text, { dialect }).model.endpointsByKey.get(name);
  assert.ok(endpoint, `endpoint ${name}`);
  return endpoint;
}

function registerOf(text: string, dialect: FileDialect = 'sip'): RegisterStatement {
  const register = analyzeText(text, { dialect }).model.registers[0];
  assert.ok(register, 'a register statement');
  return register;
}

const PROVIDER = '[provider]\ntype=peer\nhost=sip.example.com\ndefaultuser=4420017\nremotesecret=Prov1derPw\ninsecure=port,invite\ncontext=from-provider\n';

describe('directionText: endpoints', () => {
  it('a user: accepted into its context, never called', () => {
    const endpoint = endpointOf('[general]\ncontext=from-internal\n[alice]\ntype=user\nsecret=S3cr3tAlice\n', 'alice');
    const description = describeEndpoint(endpoint, 'sip');
    assert.equal(description.label, '⇐ calls us');
    assert.equal(
      description.summary,
      'Asterisk accepts calls from alice (authenticated by secret) into context from-internal (from [general]); it cannot call alice (type=user has no location)',
    );
  });

  it('an iax user without context: the built-in default, [general]\'s context is not read', () => {
    const endpoint = endpointOf('[general]\ncontext=from-internal\n[alice]\ntype=user\nsecret=S3cr3tAlice\n', 'alice', 'iax');
    assert.equal(
      describeEndpoint(endpoint, 'iax').summary,
      "Asterisk accepts calls from alice (authenticated by secret) into context default (Asterisk's built-in default: the context= in [general] is not read for devices); it cannot call alice (type=user has no location)",
    );
  });

  it('a provider peer: called at its host as defaultuser, its calls matched by IP', () => {
    const description = describeEndpoint(endpointOf(PROVIDER, 'provider'), 'sip');
    assert.equal(description.label, '⇒ we call');
    assert.equal(description.outbound, 'Asterisk calls provider at sip.example.com, signing in as 4420017 (remotesecret)');
    assert.equal(
      description.inbound,
      "calls from that host's IP (any port) are matched to this peer (insecure=port,invite: no password asked) and go into context from-provider",
    );
    assert.ok(description.summary.startsWith('Asterisk calls provider at sip.example.com'));
    assert.ok(!description.summary.includes('Prov1derPw'));
  });

  it('a dynamic friend protected by a secret', () => {
    const description = describeEndpoint(endpointOf('[alice]\ntype=friend\nhost=dynamic\nsecret=S3cr3tAlice\ncontext=internal\n', 'alice'), 'sip');
    assert.equal(description.label, '⇄ both');
    assert.match(description.outbound ?? '', /alice must REGISTER to us to be reachable; secret protects that$/);
    assert.match(description.inbound ?? '', /^Asterisk accepts calls from alice \(authenticated by secret\) into context internal$/);
    assert.deepEqual(description.notes, [
      'A friend is a user and a peer at once; defining a separate user and peer gives finer control over each direction.',
    ]);
  });

  it('a dynamic peer without secret: anyone can register', () => {
    const description = describeEndpoint(endpointOf('[bob]\ntype=peer\nhost=dynamic\n', 'bob'), 'sip');
    assert.match(description.outbound ?? '', /bob must REGISTER to us to be reachable; nothing protects that: anyone can register as bob$/);
    assert.equal(description.inbound, 'Asterisk does not accept calls from bob by name (type=peer: only users and friends are matched by name)');
  });

  it('names the built-in context and the template a context came from', () => {
    assert.match(describeEndpoint(endpointOf('[a]\ntype=user\n', 'a'), 'sip').summary, /into context default \(Asterisk's built-in default/);
    const fromTemplate = describeEndpoint(endpointOf('[t](!)\ncontext=office\n[a](t)\ntype=user\n', 'a'), 'sip');
    assert.match(fromTemplate.summary, /into context office \(from template \[t\]\)/);
  });

  it('a peer without host cannot be called', () => {
    assert.equal(
      describeEndpoint(endpointOf('[p]\ntype=peer\n', 'p'), 'sip').outbound,
      'Asterisk cannot call p: no host= is set (give its address, or host=dynamic to let it register)',
    );
  });

  it('no type or an unknown type: Asterisk skips the section', () => {
    const missing = describeEndpoint(endpointOf('[x]\nhost=1.2.3.4\n', 'x'), 'sip');
    assert.equal(missing.label, undefined);
    assert.equal(missing.summary, '[x] has no type=: Asterisk skips it (user, peer or friend is required)');
    assert.equal(describeEndpoint(endpointOf('[x]\ntype=phone\n', 'x'), 'sip').summary, 'type=phone is not user, peer or friend: Asterisk skips [x]');
    assert.equal(directionLabel(endpointOf('[x]\ntype=phone\n', 'x')), undefined);
  });

  it('iax: keys in both directions, and a peer takes no calls', () => {
    const user = describeEndpoint(endpointOf('[office]\ntype=user\ninkeys=office\ncontext=in\n', 'office', 'iax'), 'iax');
    assert.equal(user.inbound, 'Asterisk accepts calls from office (authenticated by RSA key (inkeys=office)) into context in');
    const peer = describeEndpoint(endpointOf('[hq]\ntype=peer\nhost=hq.example.com\nusername=branch\noutkey=branch\n', 'hq', 'iax'), 'iax');
    assert.equal(peer.outbound, 'Asterisk calls hq at hq.example.com, signing in as branch (RSA key outkey=branch)');
    assert.equal(peer.inbound, 'Asterisk takes no calls from hq (type=peer: only users and friends accept incoming calls)');
  });
});

describe('directionText: one option for one endpoint', () => {
  it('secret acts in both directions of a friend; remotesecret takes over outbound', () => {
    const friend = endpointOf('[a]\ntype=friend\nhost=dynamic\nsecret=x\n', 'a');
    assert.equal(
      describeOptionForEndpoint(friend, 'secret', 'sip'),
      "For [a]: inbound: calls from [a] must prove it; registrations of [a] must prove it; outbound: Asterisk answers [a]'s challenges with it.",
    );
    const provider = endpointOf('[p]\ntype=peer\nhost=h\nsecret=x\nremotesecret=y\n', 'p');
    assert.match(describeOptionForEndpoint(provider, 'secret', 'sip') ?? '', /outbound: not used, remotesecret is/);
  });

  it('outbound options do nothing on a user', () => {
    const user = endpointOf('[u]\ntype=user\ndefaultuser=x\n', 'u');
    assert.equal(describeOptionForEndpoint(user, 'defaultuser', 'sip'), 'For [u]: type=user: Asterisk never calls [u], so this does nothing here.');
  });

  it('says when a later line overrides the one described', () => {
    const analysis = analyzeText('[a]\ntype=user\ncontext=first\ncontext=second\n');
    const endpoint = analysis.model.endpointsByKey.get('a')!;
    const firstLine = endpoint.section.entries[1];
    const note = describeOptionForEndpoint(endpoint, 'context', 'sip', { entry: firstLine });
    assert.match(note ?? '', /Not in effect: \[a\] uses context=second from line 4\.$/);
    assert.ok(!(describeOptionForEndpoint(endpoint, 'context', 'sip', { entry: endpoint.section.entries[2] }) ?? '').includes('Not in effect'));
  });

  it('masks an overriding secret', () => {
    const analysis = analyzeText('[a]\ntype=friend\nhost=dynamic\nsecret=0ldSecret\nsecret=N3wSecret\n');
    const endpoint = analysis.model.endpointsByKey.get('a')!;
    const note = describeOptionForEndpoint(endpoint, 'secret', 'sip', { entry: endpoint.section.entries[2] }) ?? '';
    assert.match(note, new RegExp(`uses secret=${SECRET_MASK} from line 5`));
    assert.ok(!note.includes('N3wSecret') && !note.includes('0ldSecret'));
  });
});

describe('directionText: values and sources', () => {
  it('masks secrets and the password inside auth, unless revealed', () => {
    assert.equal(displayValue('Secret', 'abc'), SECRET_MASK);
    assert.equal(displayValue('remotesecret', 'abc'), SECRET_MASK);
    assert.equal(displayValue('auth', 'bob:Hidd3n@realm.example'), `bob:${SECRET_MASK}@realm.example`);
    assert.equal(displayValue('auth', 'bob#0123456789abcdef0123456789abcdef@realm'), `bob#${SECRET_MASK}@realm`);
    assert.equal(displayValue('mwi', 'bob:Mw1Secret:auth@pbx.example.com/100'), `bob:${SECRET_MASK}:auth@pbx.example.com/100`);
    assert.equal(displayValue('mwi', 'bob@pbx.example.com/100'), 'bob@pbx.example.com/100');
    assert.equal(displayValue('secret', 'abc', true), 'abc');
    assert.equal(displayValue('context', 'abc'), 'abc');
  });

  it('describes where a value came from, with the file when it is another one', () => {
    const analysis = analyzeText('[general]\nallow=ulaw\n[t](!)\nallow=alaw\n[a](t)\ntype=peer\n#include "more.conf"\n', {
      files: { 'more.conf': 'allow=g722\n' },
    });
    const sources = analysis.model.endpointsByKey.get('a')!.options.get('allow')!.map((value) => describeSource(value.source, analysis.uri));
    assert.deepEqual(sources, ['template [t] line 4', 'line 1 of more.conf']);
    const fromGeneral = analyzeText('[general]\nqualify=yes\n[a]\ntype=peer\n');
    const qualify = fromGeneral.model.endpointsByKey.get('a')!.options.get('qualify')![0];
    assert.equal(describeSource(qualify.source, fromGeneral.uri), '[general] line 2');
    assert.equal(describeSource({ kind: 'default' }), "Asterisk's default");
  });
});

describe('directionText: register statements', () => {
  it('sip: every part named, the secret masked, the whole statement in words', () => {
    const description = describeRegister(registerOf('[general]\nregister => tcp://4420017:Reg1sterPw:authme@sip.example.com:5070/1234~300\n'), 'sip');
    assert.deepEqual(
      description.parts.map((part) => [part.name, part.text]),
      [
        ['transport', 'tcp'],
        ['user', '4420017'],
        ['secret', SECRET_MASK],
        ['authUser', 'authme'],
        ['host', 'sip.example.com'],
        ['port', '5070'],
        ['extension', '1234'],
        ['expiry', '300'],
      ],
    );
    assert.equal(
      description.summary,
      `Asterisk authenticates to sip.example.com:5070 over tcp as 4420017, authenticating as authme with secret ${SECRET_MASK} and tells it where to reach us, renewed every 300 seconds; calls come back to extension 1234; the remote must define us with host=dynamic`,
    );
    assert.ok(!JSON.stringify(description).includes('Reg1sterPw'));
  });

  it('sip: defaults, and a rejected line', () => {
    const plain = describeRegister(registerOf('[general]\nregister => bob@pbx.example.com\n'), 'sip');
    assert.match(plain.summary, /without a secret .*renewed every defaultexpiry seconds .*extension s;/);
    const rejected = describeRegister(registerOf('[general]\nregister => bob-at-nowhere\n'), 'sip');
    assert.match(rejected.summary, /^No '@' separates the user from the host: Asterisk drops this registration\. Format: /);
  });

  it('iax: key name secrets are shown as a key, passwords masked', () => {
    const keyed = describeRegister(registerOf('[general]\nregister => branch:[branchkey]@hq.example.com\n', 'iax'), 'iax');
    assert.deepEqual(keyed.parts.map((part) => [part.name, part.text]), [['user', 'branch'], ['keyName', 'branchkey'], ['host', 'hq.example.com']]);
    assert.match(keyed.summary, /as branch signing with RSA key branchkey/);
    const password = describeRegister(registerOf('[general]\nregister => branch:S3cret@hq.example.com:4570\n', 'iax'), 'iax');
    assert.match(password.summary, new RegExp(`^Asterisk authenticates to hq.example.com:4570 as branch with secret ${SECRET_MASK}`));
    assert.ok(!JSON.stringify(password).includes('S3cret'));
  });

  it('labels an accepted statement with its host', () => {
    assert.equal(registerLabel(registerOf('[general]\nregister => u:p@sip.example.com\n')), '⇒ we register to sip.example.com');
    assert.equal(registerLabel(registerOf('[general]\nregister => nothing\n')), undefined);
  });
});
