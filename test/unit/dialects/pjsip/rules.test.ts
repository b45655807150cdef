import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildPjsipModel } from '../../../../server/src/service/dialects/pjsip/model';
import { PJSIP_RULES, validatePjsip, type PjsipIssue } from '../../../../server/src/service/dialects/pjsip/rules';
import { indexDialplan } from '../../../../server/src/service/model/dialplan';
import { parseConfig } from '../../../../server/src/service/parser/configDocument';
import { rootFile } from '../../../support/memoryHost';

function check(text: string, extensions?: string): PjsipIssue[] {
  const dialplan = extensions === undefined ? undefined : indexDialplan([{ uri: 'file:///etc/asterisk/extensions.conf', document: parseConfig(extensions) }]);
  return validatePjsip(buildPjsipModel(rootFile('pjsip.conf', text)), dialplan);
}

/** `rule line:start-end` for each issue, so a test states codes and ranges, not prose. */
function codes(text: string, only?: string): string[] {
  return check(text)
    .filter((issue) => !only || issue.rule === only)
    .map((issue) => `${issue.rule} ${issue.line}:${issue.span.start}-${issue.span.end}`);
}

const AOR = '[ok]\ntype=aor\nmax_contacts=1\n';

describe('pjsip rules: the table', () => {
  it('ids are kebab-case with the pjsip- prefix, each keyed by its own id', () => {
    for (const [key, rule] of Object.entries(PJSIP_RULES)) {
      assert.equal(rule.id, key);
      assert.match(rule.id, /^pjsip-[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });
});

describe('pjsip rules: options and values (Asterisk refuses the object)', () => {
  it('an unknown option is an error on its key, with did-you-mean candidates', () => {
    const [issue] = check(`[e]\ntype=endpoint\naors=ok\nrewrite_contcat=yes\n${AOR}`);
    assert.deepEqual([issue.rule, issue.severity, issue.line, issue.span], ['pjsip-unknown-option', 'error', 3, { start: 0, end: 15 }]);
    assert.deepEqual(issue.candidates, ['rewrite_contact']);
  });

  it('a chan_sip option gets its own rule (the advice replaces did-you-mean); username is fine in an auth', () => {
    assert.deepEqual(codes(`[e]\ntype=endpoint\naors=ok\nsecret=x\n${AOR}`), ['pjsip-chan-sip-option 3:0-6']);
    assert.deepEqual(codes('[a]\ntype=auth\nusername=u\npassword=Long-Random-7731\n'), []);
  });

  it('an unknown option in a template is reported once, on the template line', () => {
    assert.deepEqual(codes(`[t](!)\ntype=endpoint\nhost=x\n[a](t)\naors=ok\n[b](t)\naors=ok\n${AOR}`, 'pjsip-chan-sip-option'), ['pjsip-chan-sip-option 2:0-4']);
  });

  it('invalid enums, numbers and lists are errors on the value; a bool that is not yes/no is a warning', () => {
    const text = `[e]\ntype=endpoint\naors=ok\ndtmf_mode=rfc4743\nidentify_by=username,bogus\ndirect_media=maybe\n[x]\ntype=aor\nqualify_frequency=30s\nmax_contacts=-1\nqualify_timeout=abc\n${AOR}`;
    assert.deepEqual(codes(text).filter((code) => !code.startsWith('pjsip-aor')), [
      'pjsip-invalid-value 3:10-17',
      'pjsip-invalid-value 4:12-26',
      'pjsip-not-a-boolean 5:13-18',
      'pjsip-invalid-value 8:18-21',
      'pjsip-invalid-value 9:13-15',
      'pjsip-invalid-value 10:16-19',
    ]);
    assert.deepEqual(check(text)[0].candidates, ['rfc4733']);
  });

  it('accepts what Asterisk accepts: case-insensitive enums, hex and plus signs, signed keepalives, lenient dtls words', () => {
    const text =
      '[e]\ntype=endpoint\naors=ok\ndtmf_mode=RFC4733\nrtp_timeout=+5\ndtls_setup=whatever\nidentify_by=\n' +
      `[t]\ntype=transport\nprotocol=udp\nbind=0.0.0.0\ntcp_keepalive_idle_time=-1\n[y]\ntype=aor\nmax_contacts=0x10\nqualify_timeout=1e2\n${AOR}`;
    assert.deepEqual(codes(text), []);
  });

  it('t38_udptl_ec is compared exactly (Asterisk refuses FEC)', () => {
    assert.deepEqual(codes(`[e]\ntype=endpoint\naors=ok\nt38_udptl_ec=FEC\n${AOR}`), ['pjsip-invalid-value 3:13-16']);
  });
});

describe('pjsip rules: types and duplicates', () => {
  it('no type= warns on the header; a misspelt type is an error with candidates; chan_sip types get advice', () => {
    const issues = check('[a]\ncontext=x\n[b]\ntype=endpiont\n[c]\ntype=friend\n[d]\ntype=contact\n');
    assert.deepEqual(
      issues.map((issue) => `${issue.rule} ${issue.severity} ${issue.line}:${issue.span.start}-${issue.span.end}`),
      ['pjsip-missing-type warning 0:1-2', 'pjsip-unknown-type error 3:5-13', 'pjsip-unknown-type error 5:5-11', 'pjsip-type-not-from-file warning 7:5-12'],
    );
    assert.deepEqual(issues[1].candidates, ['endpoint']);
    assert.equal(issues[2].candidates, undefined);
  });

  it('type=Endpoint (a case-only miss) offers endpoint as its first candidate', () => {
    const issue = check('[alice]\ntype=Endpoint\n').find((candidate) => candidate.rule === 'pjsip-unknown-type');
    assert.deepEqual(issue?.candidates, ['endpoint']);
    assert.deepEqual(check('[x]\ntype=AOR\n').find((candidate) => candidate.rule === 'pjsip-unknown-type')?.candidates, ['aor']);
  });

  it('a duplicate object of one type is an error on the second header; same name of another type is fine', () => {
    assert.deepEqual(codes('[d]\ntype=domain_alias\ndomain=a\n[d]\ntype=domain_alias\ndomain=b\n[d]\ntype=aor\nmax_contacts=1\n'), ['pjsip-duplicate-object 3:1-2']);
  });
});

describe('pjsip rules: references', () => {
  it('a missing object is an error on the name, with candidates among objects of the right type', () => {
    const issues = check('[e]\ntype=endpoint\naors=alcie\n[alice]\ntype=aor\nmax_contacts=1\n');
    assert.deepEqual(issues.map((issue) => `${issue.rule} ${issue.line}:${issue.span.start}-${issue.span.end}`), ['pjsip-missing-reference 2:5-10']);
    assert.deepEqual(issues[0].candidates, ['alice']);
  });

  it('the wrong-type message reads as English: an aor, an endpoint, an identify', () => {
    const issue = check('[ep]\ntype=endpoint\naors=ep\n[id]\ntype=identify\nendpoint=ep\nmatch=192.0.2.1\n[x]\ntype=endpoint\naors=id\n').filter((candidate) => candidate.rule === 'pjsip-wrong-reference-type');
    assert.deepEqual(issue.map((candidate) => /needs (an?) (\w+); '\w+' is (an?) (\w+)/.exec(candidate.message)?.slice(1)), [
      ['an', 'aor', 'an', 'endpoint'],
      ['an', 'aor', 'an', 'identify'],
    ]);
  });

  it('a reference to an object of another type is its own error', () => {
    assert.deepEqual(codes(`[e]\ntype=endpoint\naors=ok\noutbound_auth=ok\n${AOR}`), ['pjsip-wrong-reference-type 3:14-16']);
  });
});

describe('pjsip rules: required parts', () => {
  it('auth without password (userpass, digest), md5 without md5_cred, auth without username', () => {
    assert.deepEqual(codes('[a]\ntype=auth\nusername=u\n[b]\ntype=auth\nauth_type=md5\nusername=u\n[c]\ntype=auth\npassword=Long-Random-7731\n[d]\ntype=auth\nusername=u\npassword_digest=x\n'), [
      'pjsip-auth-without-password 0:1-2',
      'pjsip-auth-without-password 3:1-2',
      'pjsip-auth-without-username 7:1-2',
    ]);
  });

  it('registration without server_uri or client_uri; identify without match or endpoint', () => {
    const text = '[r]\ntype=registration\nclient_uri=sip:a@b\n[i]\ntype=identify\n[e]\ntype=endpoint\n';
    assert.deepEqual(codes(text).filter((code) => !/aors|open|unmatched/.test(code)), [
      'pjsip-registration-without-uri 0:1-2',
      'pjsip-identify-incomplete 3:1-2',
    ]);
    assert.match(check(text).find((issue) => issue.rule === 'pjsip-identify-incomplete')!.message, /matches nothing .* and names no endpoint/);
  });
});

describe('pjsip rules: transports', () => {
  it('a later UDP transport on a port already bound (same address, or a wildcard) is an error; TCP on the same port is not', () => {
    const text =
      '[a]\ntype=transport\nprotocol=udp\nbind=127.0.0.1\n' +
      '[b]\ntype=transport\nprotocol=udp\nbind=127.0.0.1:5060\n' +
      '[c]\ntype=transport\nprotocol=udp\nbind=0.0.0.0:5060\n' +
      '[d]\ntype=transport\nprotocol=tcp\nbind=127.0.0.1:5060\n' +
      '[e]\ntype=transport\nprotocol=udp\nbind=127.0.0.2:5060\n';
    assert.deepEqual(codes(text), ['pjsip-transport-bind-conflict 4:1-2', 'pjsip-transport-bind-conflict 8:1-2']);
  });

  it('IPv4 and IPv6 on one port do not conflict, wildcard or not (both started in Asterisk 22); [::] and [::1] do', () => {
    const text =
      '[udp4]\ntype=transport\nprotocol=udp\nbind=0.0.0.0:5060\n' +
      '[udp6]\ntype=transport\nprotocol=udp\nbind=[::]:5060\n' +
      '[lo6]\ntype=transport\nprotocol=udp\nbind=[::1]:5060\n' +
      '[lo4]\ntype=transport\nprotocol=udp\nbind=127.0.0.1:5062\n' +
      '[any6]\ntype=transport\nprotocol=udp\nbind=[::]:5062\n';
    assert.deepEqual(codes(text), ['pjsip-transport-bind-conflict 8:1-4']);
  });
});

describe('pjsip rules: directions (pjsip-facts.md §2)', () => {
  it('an endpoint without aors, and an aor with max_contacts=0 and no contact', () => {
    assert.deepEqual(codes('[e]\ntype=endpoint\n[f]\ntype=endpoint\naors=f\n[f]\ntype=aor\n'), ['pjsip-aor-unreachable 5:1-2', 'pjsip-endpoint-without-aors 0:1-2']);
  });

  it('an aor Asterisk refuses (a bad value) gets only the refusal, not pjsip-aor-unreachable as well (regression)', () => {
    assert.deepEqual(codes('[e]\ntype=endpoint\naors=f\n[f]\ntype=aor\nmax_contacts=one\n'), ['pjsip-invalid-value 5:13-16', 'pjsip-refused-aor 2:5-6']);
    assert.deepEqual(codes('[t](!)\nqualify_frequency=30s\n[f](t)\ntype=aor\n'), ['pjsip-invalid-value 1:18-21']);
    assert.deepEqual(codes('[f]\ntype=aor\n[f](+)\nqualify_frequency=86401\n'), ['pjsip-value-out-of-range 3:18-23']);
    // A warning does not refuse: the aor exists and nothing can reach it.
    assert.deepEqual(codes('[f]\ntype=aor\nremove_existing=maybe\n'), ['pjsip-not-a-boolean 2:16-21', 'pjsip-aor-unreachable 0:1-2']);
  });

  it('an endpoint whose aors= names an aor Asterisk refuses gets pjsip-refused-aor on that name (regression: no note at all)', () => {
    const text = `[e]\ntype=endpoint\naors=ok, f\n[f]\ntype=aor\nmax_contacts=1\nbogus=yes\n${AOR}`;
    assert.deepEqual(codes(text), ['pjsip-unknown-option 6:0-5', 'pjsip-refused-aor 2:9-10']);
    const [note] = check(text).filter((issue) => issue.rule === 'pjsip-refused-aor');
    assert.equal(note.severity, 'warning');
    assert.match(note.message, /404/);
    // Its only aor refused: Asterisk has nothing at all to call.
    assert.match(check('[e]\ntype=endpoint\naors=f\n[f]\ntype=aor\nmax_contacts=one\n').find((issue) => issue.rule === 'pjsip-refused-aor')!.message, /no other aor/);
    // Refused for its template's line, or for a line of [f](+): the same.
    assert.deepEqual(codes('[t](!)\nqualify_frequency=30s\n[f](t)\ntype=aor\n[e]\ntype=endpoint\naors=f\n', 'pjsip-refused-aor'), ['pjsip-refused-aor 6:5-6']);
    assert.deepEqual(codes('[f]\ntype=aor\n[f](+)\nqualify_frequency=86401\n[e]\ntype=endpoint\naors=f\n', 'pjsip-refused-aor'), ['pjsip-refused-aor 6:5-6']);
    // A warning in the aor does not refuse it; an aor that exists fine gets nothing.
    assert.deepEqual(codes(`[e]\ntype=endpoint\naors=ok,f\n[f]\ntype=aor\nmax_contacts=1\nremove_existing=maybe\n${AOR}`, 'pjsip-refused-aor'), []);
  });

  const provider = (endpointAuth: string): string =>
    '[p-auth]\ntype=auth\nusername=1\npassword=Long-Random-7731\n' +
    '[p]\ntype=registration\nserver_uri=sip:192.0.2.1\nclient_uri=sip:1@192.0.2.1\noutbound_auth=p-auth\n' +
    `[p]\ntype=endpoint\ncontext=in\naors=p\n${endpointAuth}\n[p]\ntype=aor\ncontact=sip:192.0.2.1\n`;

  it('auth= on the provider we register to, where outbound_auth= is meant (and the auth then serves both ways)', () => {
    const issues = check(provider('auth=p-auth'));
    assert.deepEqual(
      issues.map((issue) => `${issue.rule} ${issue.line}:${issue.span.start}-${issue.span.end}`),
      ['pjsip-registration-calls-unmatched 4:1-2', 'pjsip-auth-both-ways 0:1-7', 'pjsip-auth-instead-of-outbound-auth 13:0-4'],
    );
    assert.deepEqual(codes(provider('outbound_auth=p-auth')).filter((code) => code.includes('auth')), []);
  });

  it('a registration whose calls no endpoint matches; an identify covering the server fixes it, and lets the calls in by address', () => {
    assert.deepEqual(codes(provider('outbound_auth=p-auth'), 'pjsip-registration-calls-unmatched'), ['pjsip-registration-calls-unmatched 4:1-2']);
    const identified = `${provider('outbound_auth=p-auth')}[p]\ntype=identify\nendpoint=p\nmatch=192.0.2.0/28\n`;
    assert.deepEqual(codes(identified), []);
  });

  it('a server_uri by host name: the provider endpoint\'s identify by address is taken as matching (no DNS here), a stranger\'s is not', () => {
    const byName = provider('outbound_auth=p-auth').replace(/192\.0\.2\.1/g, 'sip.provider.example');
    assert.deepEqual(codes(byName, 'pjsip-registration-calls-unmatched'), ['pjsip-registration-calls-unmatched 4:1-2']);
    assert.deepEqual(codes(`${byName}[p]\ntype=identify\nendpoint=p\nmatch=192.0.2.0/24\n`, 'pjsip-registration-calls-unmatched'), []);
    const stranger = `${byName}[other]\ntype=endpoint\ncontext=in\n[other]\ntype=identify\nendpoint=other\nmatch=192.0.2.0/24\n`;
    assert.deepEqual(codes(stranger, 'pjsip-registration-calls-unmatched'), ['pjsip-registration-calls-unmatched 4:1-2']);
  });

  it('no message ever holds a password', () => {
    const text = `[a]\ntype=auth\npassword=TOPSECRET\nusername=u\nbogus=1\n[e]\ntype=endpoint\nauth=a\noutbound_auth=a\nsecret=TOPSECRET2\n`;
    for (const issue of check(text)) assert.doesNotMatch(issue.message, /TOPSECRET/);
  });
});

describe('pjsip rules: open by address (reads the dialplan)', () => {
  const trunk = '[p]\ntype=endpoint\ncontext=in\naors=p\n[p]\ntype=aor\ncontact=sip:192.0.2.1\n[p]\ntype=identify\nendpoint=p\nmatch=192.0.2.1\n';
  const issues = (extensions?: string): PjsipIssue[] => check(trunk, extensions).filter((issue) => issue.rule === 'pjsip-open-by-address');

  it('the usual provider trunk: identify, no auth, a context that only answers — no warning', () => {
    assert.deepEqual(issues('[in]\nexten => 7000,1,Dial(PJSIP/reception)\n'), []);
  });

  it('no warning when no extensions.conf is known (the normal pattern must not be noise)', () => {
    assert.deepEqual(issues(), []);
  });

  it('warns when the context dials any number out, naming the context and the line, at the endpoint header', () => {
    const [issue] = issues('[in]\nexten => 7000,1,Answer()\nexten => _X.,1,Dial(PJSIP/${EXTEN}@p)\n');
    assert.deepEqual([issue.severity, issue.line, issue.span], ['warning', 0, { start: 1, end: 2 }]);
    assert.match(issue.message, /context 'in'.*extensions\.conf:3/);
  });

  it('warns through an include, naming the chain, and survives an include cycle', () => {
    const [issue] = issues('[in]\ninclude => mid\n[mid]\ninclude => in\ninclude => out\n[out]\nexten => _9.,1,Dial(SIP/trunk/${EXTEN:1})\n');
    assert.match(issue.message, /'out' at extensions\.conf:7.*include => 'mid' => 'out'/);
  });

  it('no warning when the endpoint challenges its callers (auth=)', () => {
    const withAuth = `${trunk}[p](+)\nauth=pa\n[pa]\ntype=auth\nusername=u\npassword=Long-Random-7731\n`;
    const dialplan = '[in]\nexten => _X.,1,Dial(PJSIP/${EXTEN}@p)\n';
    assert.deepEqual(check(withAuth, dialplan).filter((issue) => issue.rule === 'pjsip-open-by-address'), []);
  });

  it('an endpoint matched by a header with no auth is judged the same, as at least as open (regression: it was not judged)', () => {
    const byHeader = '[h]\ntype=endpoint\ncontext=in\nidentify_by=header\n[h]\ntype=identify\nendpoint=h\nmatch_header=X-Carrier: acme\n';
    const [issue, ...rest] = check(byHeader, '[in]\nexten => _X.,1,Dial(PJSIP/${EXTEN}@p)\n').filter((candidate) => candidate.rule === 'pjsip-open-by-address');
    assert.deepEqual([issue.line, issue.span, rest], [0, { start: 1, end: 2 }, []]);
    assert.match(issue.message, /header 'X-Carrier: acme'.*anyone who can reach this SIP port can send it/);
    const challenged = `${byHeader}[h](+)\nauth=ha\n[ha]\ntype=auth\nusername=u\npassword=Long-Random-7731\n`;
    assert.deepEqual(check(challenged, '[in]\nexten => _X.,1,Dial(PJSIP/${EXTEN}@p)\n').filter((candidate) => candidate.rule === 'pjsip-open-by-address'), []);
  });

  it('an identify lets calls in whatever identify_by says (observed on Asterisk 22): identify_by=username does not close it', () => {
    const [issue] = check(trunk.replace('context=in\n', 'context=in\nidentify_by=username\n'), '[in]\nexten => _X.,1,Dial(PJSIP/${EXTEN}@p)\n').filter((candidate) => candidate.rule === 'pjsip-open-by-address');
    assert.match(issue.message, /^Calls from 192\.0\.2\.1 reach endpoint 'p'/);
  });

  it('never quotes the dial string (an IAX2 dial string may hold a password)', () => {
    const [issue] = issues('[in]\nexten => _X.,1,Dial(IAX2/user:TOPSECRET@host/${EXTEN})\n');
    assert.doesNotMatch(issue.message, /TOPSECRET/);
  });
});

describe('pjsip rules: weak passwords', () => {
  const weak = (text: string): string[] => codes(text, 'pjsip-weak-password');

  it('short, digits only, common, or equal to the auth\'s name, its username or a user of it; on the password\'s value', () => {
    assert.deepEqual(weak('[a]\ntype=auth\nusername=u\npassword=abc\n'), ['pjsip-weak-password 3:9-12']);
    assert.deepEqual(weak('[a]\ntype=auth\nusername=u\npassword=4021198377\n'), ['pjsip-weak-password 3:9-19']);
    assert.deepEqual(weak('[a]\ntype=auth\nusername=u\npassword=password1\n'), ['pjsip-weak-password 3:9-18']);
    assert.deepEqual(weak('[office-7001]\ntype=auth\nusername=u\npassword=Office-7001\n'), ['pjsip-weak-password 3:9-20']);
    assert.deepEqual(weak('[a]\ntype=auth\nusername=alice-smith\npassword=alice-smith\n'), ['pjsip-weak-password 3:9-20']);
    assert.deepEqual(weak('[a]\ntype=auth\nusername=u\npassword=reception-1\n[reception-1]\ntype=endpoint\nauth=a\naors=x\n'), ['pjsip-weak-password 3:9-20']);
  });

  it('a long random password, an empty one (another rule\'s), md5_cred (a hash) and digest hashes are not judged', () => {
    assert.deepEqual(weak('[a]\ntype=auth\nusername=u\npassword=Long-Random-7731\n'), []);
    assert.deepEqual(weak('[a]\ntype=auth\nusername=u\npassword=\n'), []);
    assert.deepEqual(weak('[a]\ntype=auth\nauth_type=md5\nusername=u\nmd5_cred=abc\n'), []);
  });

  it('a template\'s weak password is reported once, on the template\'s line', () => {
    assert.deepEqual(weak('[t](!)\ntype=auth\npassword=abc\n[a](t)\nusername=u\n[b](t)\nusername=v\n'), ['pjsip-weak-password 2:9-12']);
  });

  it('says who could use it, and never quotes it', () => {
    const text = '[a]\ntype=auth\nusername=u\npassword=ab12\n[ep]\ntype=endpoint\nauth=a\naors=ep\n[ep]\ntype=aor\nmax_contacts=1\n';
    const [issue] = check(text).filter((found) => found.rule === 'pjsip-weak-password');
    assert.equal(issue.severity, 'warning');
    assert.match(issue.message, /call in as 'ep'/);
    assert.doesNotMatch(issue.message, /ab12/);
    const outbound = check('[a]\ntype=auth\nusername=u\npassword=ab12\n[r]\ntype=registration\nserver_uri=sip:x\nclient_uri=sip:u@x\noutbound_auth=a\n');
    assert.match(outbound.find((found) => found.rule === 'pjsip-weak-password')?.message ?? '', /our account at the far end of 'r'/);
  });
});
