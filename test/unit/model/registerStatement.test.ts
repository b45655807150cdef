import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  parseIaxRegister,
  parseSipRegister,
  separateRawArgs,
  type IaxRegister,
  type RegisterPart,
  type SipRegister,
  type Span,
} from '../../../server/src/service/model/registerStatement';

const SIP_FIELDS = ['peer', 'transport', 'user', 'domain', 'domainPort', 'secret', 'authUser', 'host', 'port', 'extension', 'expiry'] as const;
const IAX_FIELDS = ['user', 'secret', 'keyName', 'host', 'port', 'ignored'] as const;

/** The text of every field that is present: absent fields are absent here too. */
function sipTexts(reg: SipRegister): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const name of SIP_FIELDS) {
    const part: RegisterPart | undefined = reg[name];
    if (part) texts[name] = part.text;
  }
  return texts;
}
function iaxTexts(reg: IaxRegister): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const name of IAX_FIELDS) {
    const part: RegisterPart | undefined = reg[name];
    if (part) texts[name] = part.text;
  }
  return texts;
}
function codes(reg: SipRegister | IaxRegister): string[] {
  return reg.problems.map((problem) => problem.code);
}
/** The text a span covers. */
function at(text: string, span: Span | undefined): string | undefined {
  return span && text.slice(span.start, span.end);
}
function fields(text: string, delimiter: string, max: number): string[] {
  return separateRawArgs(text, delimiter, max).map((span) => text.slice(span.start, span.end));
}

describe('separateRawArgs (Asterisk AST_NONSTANDARD_RAW_ARGS)', () => {
  it('gives the remainder to the last field', () => {
    assert.deepEqual(fields('a:b:c', ':', 2), ['a', 'b:c']);
    assert.deepEqual(fields('a:b:c', ':', 3), ['a', 'b', 'c']);
    assert.deepEqual(fields('a', ':', 3), ['a']);
  });

  it('yields a final empty field after a trailing delimiter, and no field for an empty string', () => {
    assert.deepEqual(fields('a:', ':', 3), ['a', '']);
    assert.deepEqual(fields(':', ':', 2), ['', '']);
    assert.deepEqual(fields('', ':', 3), []);
  });

  it('ignores delimiters inside quotes, brackets, parentheses and after a backslash, keeping those characters', () => {
    assert.deepEqual(fields('"a:b":c', ':', 3), ['"a:b"', 'c']);
    assert.deepEqual(fields('[::1]:5060', ':', 2), ['[::1]', '5060']);
    assert.deepEqual(fields('(a:b):c', ':', 3), ['(a:b)', 'c']);
    assert.deepEqual(fields('a\\:b:c', ':', 3), ['a\\:b', 'c']);
  });

  it('shares the nesting counters between fields, so an unclosed [ protects the rest', () => {
    assert.deepEqual(fields('[a:b:c', ':', 3), ['[a:b:c']);
  });

  it('splits only the given range and reports offsets in the whole string', () => {
    assert.deepEqual(separateRawArgs('xx a:b yy', ':', 2, 3, 6), [{ start: 3, end: 4 }, { start: 5, end: 6 }]);
  });
});

describe('parseSipRegister: the unit-test vectors of chan_sip (config_parser.c)', () => {
  it('name@domain', () => {
    const reg = parseSipRegister('name@domain');
    assert.equal(reg.accepted, true);
    assert.deepEqual(sipTexts(reg), { user: 'name', host: 'domain' });
    assert.deepEqual(reg.effective, { transport: 'udp', port: 5060, domainPort: 0, extension: 's' });
    assert.deepEqual(reg.problems, []);
  });

  it('name:pass@domain', () => {
    const reg = parseSipRegister('name:pass@domain');
    assert.deepEqual(sipTexts(reg), { user: 'name', secret: 'pass', host: 'domain' });
    assert.deepEqual(reg.secret?.span, { start: 5, end: 9 });
    assert.deepEqual(reg.problems, []);
  });

  it('name@namedomain:pass:authuser@domain', () => {
    const reg = parseSipRegister('name@namedomain:pass:authuser@domain');
    assert.deepEqual(sipTexts(reg), { user: 'name', domain: 'namedomain', secret: 'pass', authUser: 'authuser', host: 'domain' });
    assert.deepEqual(reg.effective, { transport: 'udp', port: 5060, domainPort: 0, extension: 's' });
    assert.deepEqual(reg.problems, []);
  });

  it('name@namedomain:pass:authuser@domain/extension', () => {
    const reg = parseSipRegister('name@namedomain:pass:authuser@domain/extension');
    assert.deepEqual(sipTexts(reg), {
      user: 'name', domain: 'namedomain', secret: 'pass', authUser: 'authuser', host: 'domain', extension: 'extension',
    });
    assert.equal(reg.effective.extension, 'extension');
  });

  it('tcp://name@namedomain:pass:authuser@domain/extension', () => {
    const reg = parseSipRegister('tcp://name@namedomain:pass:authuser@domain/extension');
    assert.deepEqual(sipTexts(reg), {
      transport: 'tcp', user: 'name', domain: 'namedomain', secret: 'pass', authUser: 'authuser', host: 'domain', extension: 'extension',
    });
    assert.deepEqual(reg.transport?.span, { start: 0, end: 3 });
    assert.deepEqual(reg.effective, { transport: 'tcp', port: 5060, domainPort: 0, extension: 'extension' });
    assert.deepEqual(reg.problems, []);
  });

  it('tls://name@namedomain:pass:authuser@domain/extension~111 (port 5061, expiry 111)', () => {
    const reg = parseSipRegister('tls://name@namedomain:pass:authuser@domain/extension~111');
    assert.deepEqual(sipTexts(reg), {
      transport: 'tls', user: 'name', domain: 'namedomain', secret: 'pass', authUser: 'authuser', host: 'domain',
      extension: 'extension', expiry: '111',
    });
    assert.deepEqual(reg.effective, { transport: 'tls', port: 5061, domainPort: 0, extension: 'extension', expiry: 111 });
    assert.deepEqual(reg.problems, []);
  });

  it('peer?tcp://name@namedomain:pass:authuser@domain:1234/extension~111, with every span', () => {
    const value = 'peer?tcp://name@namedomain:pass:authuser@domain:1234/extension~111';
    const reg = parseSipRegister(value);
    assert.deepEqual(sipTexts(reg), {
      peer: 'peer', transport: 'tcp', user: 'name', domain: 'namedomain', secret: 'pass', authUser: 'authuser',
      host: 'domain', port: '1234', extension: 'extension', expiry: '111',
    });
    assert.deepEqual(
      SIP_FIELDS.map((name) => reg[name]?.span),
      [
        { start: 0, end: 4 }, { start: 5, end: 8 }, { start: 11, end: 15 }, { start: 16, end: 26 }, undefined,
        { start: 27, end: 31 }, { start: 32, end: 40 }, { start: 41, end: 47 }, { start: 48, end: 52 },
        { start: 53, end: 62 }, { start: 63, end: 66 },
      ],
    );
    assert.deepEqual(reg.effective, { transport: 'tcp', port: 1234, domainPort: 0, extension: 'extension', expiry: 111 });
    assert.deepEqual(reg.problems, []);
  });

  it('peer?name@namedomain:pass:authuser@domain:1234/extension~111 (udp without a prefix)', () => {
    const reg = parseSipRegister('peer?name@namedomain:pass:authuser@domain:1234/extension~111');
    assert.deepEqual(sipTexts(reg), {
      peer: 'peer', user: 'name', domain: 'namedomain', secret: 'pass', authUser: 'authuser',
      host: 'domain', port: '1234', extension: 'extension', expiry: '111',
    });
    assert.equal(reg.effective.transport, 'udp');
  });

  it('name@namedomain:4321:pass:authuser@domain re-orders the fields: 4321 is the domain port', () => {
    const value = 'name@namedomain:4321:pass:authuser@domain';
    const reg = parseSipRegister(value);
    assert.deepEqual(sipTexts(reg), {
      user: 'name', domain: 'namedomain', domainPort: '4321', secret: 'pass', authUser: 'authuser', host: 'domain',
    });
    assert.equal(at(value, reg.domainPort?.span), '4321');
    assert.deepEqual(reg.secret?.span, { start: 21, end: 25 });
    assert.deepEqual(reg.authUser?.span, { start: 26, end: 34 });
    assert.equal(reg.effective.domainPort, 4321);
    assert.deepEqual(reg.problems, []);
  });

  it('name@namedomain:4321::@domain gives the domain port with an empty secret and auth user', () => {
    const reg = parseSipRegister('name@namedomain:4321::@domain');
    assert.deepEqual(sipTexts(reg), { user: 'name', domain: 'namedomain', domainPort: '4321', secret: '', authUser: '', host: 'domain' });
    assert.deepEqual(reg.secret?.span, { start: 21, end: 21 });
    assert.equal(reg.effective.domainPort, 4321);
    assert.deepEqual(reg.problems, []);
  });

  it('fails peer?name:pass:authuser:1234/extension~111 (no @)', () => {
    const reg = parseSipRegister('peer?name:pass:authuser:1234/extension~111');
    assert.equal(reg.accepted, false);
    assert.deepEqual(sipTexts(reg), {});
    assert.deepEqual(codes(reg), ['register-missing-at']);
    assert.deepEqual(reg.problems[0].span, { start: 0, end: 42 });
  });

  it('fails @domin:1234 (no user)', () => {
    const reg = parseSipRegister('@domin:1234');
    assert.equal(reg.accepted, false);
    assert.deepEqual(codes(reg), ['register-empty-user']);
    assert.deepEqual(reg.problems[0].span, { start: 0, end: 1 });
    assert.match(reg.problems[0].message, /drops this registration/);
  });
});

describe('parseSipRegister: quoting, brackets and slashes', () => {
  it('strips the quotes of a field: user:"pa:ss"@host has the secret pa:ss, its span covers the quotes', () => {
    const value = 'user:"pa:ss"@host';
    const reg = parseSipRegister(value);
    assert.deepEqual(sipTexts(reg), { user: 'user', secret: 'pa:ss', host: 'host' });
    assert.equal(at(value, reg.secret?.span), '"pa:ss"');
  });

  it('keeps an IPv6 host in brackets whole and reads the port after it', () => {
    const value = 'user@[2001:db8::1]:5070';
    const reg = parseSipRegister(value);
    assert.deepEqual(sipTexts(reg), { user: 'user', host: '[2001:db8::1]', port: '5070' });
    assert.deepEqual(reg.host?.span, { start: 5, end: 18 });
    assert.equal(reg.effective.port, 5070);
    assert.deepEqual(reg.problems, []);
  });

  it('reads an IPv6 address without brackets as host and a bad port, and says to add brackets', () => {
    const reg = parseSipRegister('user@2001:db8::1');
    assert.deepEqual(sipTexts(reg), { user: 'user', host: '2001', port: 'db8::1' });
    assert.deepEqual(codes(reg), ['register-bad-port']);
    assert.deepEqual(reg.problems[0].span, { start: 10, end: 16 });
    assert.match(reg.problems[0].message, /default port 5060.*brackets/);
    assert.equal(reg.effective.port, 5060);
  });

  it('accepts / in the secret only after an explicit udp:// prefix', () => {
    const reg = parseSipRegister('udp://user:pa/ss@host');
    assert.equal(reg.accepted, true);
    assert.deepEqual(sipTexts(reg), { transport: 'udp', user: 'user', secret: 'pa/ss', host: 'host' });
    assert.deepEqual(reg.problems, []);
  });

  it('drops user:pa/ss@host, whose / is taken for the transport separator, and suggests udp://', () => {
    const reg = parseSipRegister('user:pa/ss@host');
    assert.equal(reg.accepted, false);
    assert.deepEqual(codes(reg), ['register-transport-needs-empty-field']);
    assert.deepEqual(reg.problems[0].span, { start: 7, end: 10 });
    assert.match(reg.problems[0].message, /udp:\/\//);
  });

  it('drops tcp:/x@host: the field between the two slashes must be empty', () => {
    const reg = parseSipRegister('tcp:/x@host');
    assert.equal(reg.accepted, false);
    assert.deepEqual(codes(reg), ['register-transport-needs-empty-field']);
    assert.deepEqual(reg.problems[0].span, { start: 4, end: 6 });
  });

  it('splits at the last @: a quoted @ in the user part stays in the user part', () => {
    const reg = parseSipRegister('"a@b":pw@host');
    assert.deepEqual(sipTexts(reg), { user: 'a@b', secret: 'pw', host: 'host' });
  });

  it('reads peer?@host as the user peer (nothing follows the ?)', () => {
    const reg = parseSipRegister('peer?@host');
    assert.deepEqual(sipTexts(reg), { user: 'peer', host: 'host' });
    assert.deepEqual(codes(reg), ['register-peer-without-user']);
    assert.deepEqual(reg.problems[0].span, { start: 0, end: 5 });
  });
});

describe('parseSipRegister: values Asterisk replaces with defaults', () => {
  it('falls back to udp for an unknown transport', () => {
    const reg = parseSipRegister('ws://user@host');
    assert.equal(reg.transport?.text, 'ws');
    assert.deepEqual(codes(reg), ['register-bad-transport']);
    assert.deepEqual(reg.problems[0].span, { start: 0, end: 2 });
    assert.match(reg.problems[0].message, /uses udp/);
    assert.equal(reg.effective.transport, 'udp');
  });

  it('compares only the first three letters of the transport, case-insensitively', () => {
    assert.equal(parseSipRegister('TLS://user@host').effective.transport, 'tls');
    const reg = parseSipRegister('tcps://user@host');
    assert.equal(reg.effective.transport, 'tcp');
    assert.deepEqual(codes(reg), ['register-bad-transport']);
  });

  it('uses the default port for a port that is not a number (5061 with tls)', () => {
    const reg = parseSipRegister('tls://user@host:abc');
    assert.deepEqual(codes(reg), ['register-bad-port']);
    assert.deepEqual(reg.problems[0].span, { start: 16, end: 19 });
    assert.match(reg.problems[0].message, /default port 5061/);
    assert.equal(reg.effective.port, 5061);
  });

  it('flags an empty port after a colon, pointing at the colon', () => {
    const reg = parseSipRegister('user@host:');
    assert.deepEqual(codes(reg), ['register-bad-port']);
    assert.deepEqual(reg.problems[0].span, { start: 9, end: 10 });
  });

  it('reads the leading digits of a port and says what it ignores', () => {
    const reg = parseSipRegister('user@host:5080x');
    assert.equal(reg.effective.port, 5080);
    assert.deepEqual(codes(reg), ['register-port-trailing-text']);
    assert.deepEqual(reg.problems[0].span, { start: 14, end: 15 });
  });

  it('flags a domain port that is not a number', () => {
    const reg = parseSipRegister('user@dom:xx:pw:auth@host');
    assert.deepEqual(sipTexts(reg), { user: 'user', domain: 'dom', domainPort: 'xx', secret: 'pw', authUser: 'auth', host: 'host' });
    assert.deepEqual(codes(reg), ['register-bad-domain-port']);
    assert.deepEqual(reg.problems[0].span, { start: 9, end: 11 });
    assert.equal(reg.effective.domainPort, 0);
  });

  it('flags an expiry that is not a number of seconds, saying what atoi() makes of it', () => {
    const zero = parseSipRegister('user@host~soon');
    assert.deepEqual(codes(zero), ['register-bad-expiry']);
    assert.deepEqual(zero.problems[0].span, { start: 10, end: 14 });
    assert.equal(zero.effective.expiry, 0);
    const partial = parseSipRegister('user@host~60s');
    assert.equal(partial.effective.expiry, 60);
    assert.match(partial.problems[0].message, /reads 60/);
  });

  it('reads ~ before / : the extension then belongs to the expiry text', () => {
    const reg = parseSipRegister('user@host~60/ext');
    assert.deepEqual(sipTexts(reg), { user: 'user', host: 'host', expiry: '60/ext' });
    assert.equal(reg.effective.extension, 's');
    assert.deepEqual(codes(reg), ['register-bad-expiry']);
  });

  it('flags an empty user and an empty host that Asterisk still accepts', () => {
    const reg = parseSipRegister(':secret@:5060');
    assert.equal(reg.accepted, true);
    // The user field is empty before the '@' split, so Asterisk has no user field at all (it stores "").
    assert.deepEqual(sipTexts(reg), { secret: 'secret', host: '', port: '5060' });
    assert.deepEqual(codes(reg), ['register-empty-user', 'register-empty-host']);
  });

  it('reads only the first 255 bytes of a long line', () => {
    const value = `${'a'.repeat(250)}@host.example`;
    const reg = parseSipRegister(value);
    assert.equal(reg.host?.text, 'host');
    assert.deepEqual(codes(reg), ['register-too-long']);
    assert.deepEqual(reg.problems[0].span, { start: 255, end: 263 });
  });

  it('drops a line without @ and points at all of it', () => {
    const reg = parseSipRegister('user:secret');
    assert.equal(reg.accepted, false);
    assert.deepEqual(codes(reg), ['register-missing-at']);
    assert.deepEqual(reg.problems[0].span, { start: 0, end: 11 });
  });

  it('drops a line ending in @', () => {
    const reg = parseSipRegister('user@');
    assert.equal(reg.accepted, false);
    assert.deepEqual(codes(reg), ['register-empty-host']);
  });
});

describe('parseIaxRegister', () => {
  it('reads user:secret@host', () => {
    const reg = parseIaxRegister('marko:secretpass@tormenta.linux-support.net');
    assert.equal(reg.accepted, true);
    assert.deepEqual(iaxTexts(reg), { user: 'marko', secret: 'secretpass', host: 'tormenta.linux-support.net' });
    assert.deepEqual(reg.host?.span, { start: 17, end: 43 });
    assert.equal(reg.effectivePort, 4569);
    assert.equal(reg.secretIsKeyName, false);
    assert.deepEqual(reg.problems, []);
  });

  it('reads user@host:port', () => {
    const reg = parseIaxRegister('joe@remotehost:5656');
    assert.deepEqual(iaxTexts(reg), { user: 'joe', host: 'remotehost', port: '5656' });
    assert.equal(reg.effectivePort, 5656);
    assert.deepEqual(reg.problems, []);
  });

  it('recognises a [keyname] secret as an RSA key name', () => {
    const reg = parseIaxRegister('marko:[torkey]@tormenta.linux-support.net');
    assert.equal(reg.secretIsKeyName, true);
    assert.deepEqual(iaxTexts(reg), { user: 'marko', secret: '[torkey]', keyName: 'torkey', host: 'tormenta.linux-support.net' });
    assert.deepEqual(reg.keyName?.span, { start: 7, end: 13 });
    assert.deepEqual(reg.problems, []);
  });

  it('says which key an unclosed [keyname] really names', () => {
    const reg = parseIaxRegister('u:[key@h');
    assert.equal(reg.keyName?.text, 'ke');
    assert.deepEqual(codes(reg), ['register-iax-keyname-unclosed']);
  });

  it('splits at the first @: a@b@c has host b and drops @c', () => {
    const reg = parseIaxRegister('a@b@c');
    assert.deepEqual(iaxTexts(reg), { user: 'a', host: 'b', ignored: '@c' });
    assert.deepEqual(reg.ignored?.span, { start: 3, end: 5 });
    assert.deepEqual(codes(reg), ['register-iax-dropped-text']);
    assert.deepEqual(reg.problems[0].span, { start: 3, end: 5 });
  });

  it('drops the text after a second : in the user part and in the host part', () => {
    const reg = parseIaxRegister('u:s:x@h:1:y');
    assert.deepEqual(iaxTexts(reg), { user: 'u', secret: 's', host: 'h', port: '1', ignored: ':x' });
    assert.deepEqual(reg.dropped.map((part) => [part.text, part.span]), [[':x', { start: 3, end: 5 }], [':y', { start: 9, end: 11 }]]);
    assert.deepEqual(codes(reg), ['register-iax-dropped-text', 'register-iax-dropped-text']);
  });

  it('flags /extension: it becomes part of the host name', () => {
    const reg = parseIaxRegister('user@host/1234');
    assert.equal(reg.host?.text, 'host/1234');
    assert.deepEqual(codes(reg), ['register-iax-sip-syntax']);
    assert.deepEqual(reg.problems[0].span, { start: 9, end: 14 });
    assert.match(reg.problems[0].message, /host name 'host\/1234'/);
  });

  it('flags /extension after a port: it ends up in the port, of which Asterisk reads the number', () => {
    const reg = parseIaxRegister('user@host:4569/1234');
    assert.equal(reg.port?.text, '4569/1234');
    assert.equal(reg.effectivePort, 4569);
    assert.deepEqual(codes(reg), ['register-iax-sip-syntax']);
    assert.deepEqual(reg.problems[0].span, { start: 14, end: 19 });
    assert.match(reg.problems[0].message, /reads only 4569/);
  });

  it('flags ~expiry', () => {
    const reg = parseIaxRegister('user@host~60');
    assert.deepEqual(codes(reg), ['register-iax-sip-syntax']);
    assert.deepEqual(reg.problems[0].span, { start: 9, end: 12 });
    assert.match(reg.problems[0].message, /60 seconds/);
  });

  it('flags a tcp:// prefix and says it becomes the user name and the secret', () => {
    const reg = parseIaxRegister('tcp://user:pw@host');
    assert.deepEqual(iaxTexts(reg), { user: 'tcp', secret: '//user', host: 'host', ignored: ':pw' });
    assert.deepEqual(codes(reg), ['register-iax-sip-syntax', 'register-iax-dropped-text']);
    assert.deepEqual(reg.problems[0].span, { start: 0, end: 6 });
    assert.match(reg.problems[0].message, /user name as 'tcp' and the secret as '••••••'/);
  });

  it('flags a peer? prefix', () => {
    const reg = parseIaxRegister('peer?user@host');
    assert.equal(reg.user?.text, 'peer?user');
    assert.deepEqual(codes(reg), ['register-iax-sip-syntax']);
    assert.deepEqual(reg.problems[0].span, { start: 0, end: 5 });
  });

  it('flags an unbracketed IPv6 address that Asterisk reads as host and port', () => {
    const reg = parseIaxRegister('user@fe80::1');
    assert.deepEqual(iaxTexts(reg), { user: 'user', host: 'fe80', port: '', ignored: ':1' });
    assert.equal(reg.accepted, false);
    assert.deepEqual(codes(reg), ['register-iax-ipv6']);
  });

  it('flags an IPv6 address: the first : splits it, and the "port" drops the registration', () => {
    const reg = parseIaxRegister('user:pw@[2001:db8::1]:4569');
    assert.deepEqual(iaxTexts(reg), { user: 'user', secret: 'pw', host: '[2001', port: 'db8', ignored: '::1]:4569' });
    assert.equal(reg.accepted, false);
    assert.deepEqual(codes(reg), ['register-iax-ipv6']);
    assert.deepEqual(reg.problems[0].span, { start: 8, end: 26 });
  });

  it('reads the SIP domain form user@domain:secret@host as host domain with a bad port', () => {
    const reg = parseIaxRegister('user@domain:secret@host');
    assert.deepEqual(iaxTexts(reg), { user: 'user', host: 'domain', port: 'secret', ignored: '@host' });
    assert.equal(reg.accepted, false);
    assert.deepEqual(codes(reg), ['register-bad-port', 'register-iax-dropped-text']);
  });

  it('drops a line without @, and a line with an empty host', () => {
    const missing = parseIaxRegister('userhost');
    assert.equal(missing.accepted, false);
    assert.deepEqual(codes(missing), ['register-missing-at']);
    const empty = parseIaxRegister('user@');
    assert.equal(empty.accepted, false);
    assert.deepEqual(codes(empty), ['register-empty-host']);
  });

  it('flags an empty user name', () => {
    const reg = parseIaxRegister('@host');
    assert.equal(reg.user?.text, '');
    assert.deepEqual(codes(reg), ['register-empty-user']);
  });

  it('does not strip quotes: the quoted secret is cut at its colon', () => {
    const reg = parseIaxRegister('user:"pa:ss"@host');
    assert.deepEqual(iaxTexts(reg), { user: 'user', secret: '"pa', host: 'host', ignored: ':ss"' });
  });
});

describe('register parsers on arbitrary text', () => {
  // Characters that drive the grammars, so random strings hit the interesting paths.
  const unit = fc.constantFrom('a', 'b', '@', ':', '/', '?', '~', '"', '[', ']', '(', ')', '\\', 'tcp', '1', ' ', 'é');
  const inside = (span: Span, length: number): boolean => span.start >= 0 && span.start <= span.end && span.end <= length;

  it('never throws and keeps every span inside the value', () => {
    fc.assert(fc.property(fc.string({ unit, maxLength: 40 }), (value) => {
      const sip = parseSipRegister(value);
      const iax = parseIaxRegister(value);
      for (const name of SIP_FIELDS) {
        const part = sip[name];
        if (part) assert.ok(inside(part.span, value.length), `${name} of ${value}`);
      }
      for (const name of IAX_FIELDS) {
        const part = iax[name];
        if (part) assert.ok(inside(part.span, value.length), `${name} of ${value}`);
      }
      for (const problem of [...sip.problems, ...iax.problems]) {
        assert.ok(inside(problem.span, value.length), `${problem.code} of ${value}`);
      }
      // A rejected SIP line has no parts.
      if (!sip.accepted) assert.deepEqual(sipTexts(sip), {});
    }));
  });
});

describe('hidden ranges: where the password is, by role (issue #19)', () => {
  /** The value with every hidden range replaced by '#'. */
  function hiddenOf(value: string, reg: SipRegister | IaxRegister): string {
    let shown = value;
    for (const range of reg.hidden) shown = shown.slice(0, range.start) + '#'.repeat(range.end - range.start) + shown.slice(range.end);
    return shown;
  }
  function messages(reg: SipRegister | IaxRegister): string {
    return reg.problems.map((problem) => problem.message).join('\n');
  }

  it('sip: the secret Asterisk reads, and the one the writer meant when Asterisk reads another part', () => {
    assert.equal(hiddenOf('alice:pw:auth@host', parseSipRegister('alice:pw:auth@host')), 'alice:##:auth@host');
    // chan_sip reads peer `1002:pa` and user `ss1234`: both hold some of the password.
    assert.equal(hiddenOf('1002:pa?ss1234@host', parseSipRegister('1002:pa?ss1234@host')), '1002:#########@host');
    assert.equal(hiddenOf('1001:Summer2024?@host', parseSipRegister('1001:Summer2024?@host')), '1001:###########@host');
    assert.equal(hiddenOf('reguser9:SEC09//@h', parseSipRegister('reguser9:SEC09//@h')), 'reguser9:#######@h');
    // The domain-port form is read as written: the port is no secret.
    assert.equal(hiddenOf('a@d.com:5061:pw:auth@host', parseSipRegister('a@d.com:5061:pw:auth@host')), 'a@d.com:5061:##:auth@host');
    assert.equal(hiddenOf('tcp://a:pw@host', parseSipRegister('tcp://a:pw@host')), 'tcp://a:##@host');
  });

  it('iax: the secret IAX reads, and what follows the writer\'s user: up to the last @', () => {
    assert.equal(hiddenOf('udp://u:S3CRET@h', parseIaxRegister('udp://u:S3CRET@h')), 'udp:###:######@h');
    assert.equal(hiddenOf('u:pa:ss@h', parseIaxRegister('u:pa:ss@h')), 'u:#####@h');
    assert.equal(hiddenOf('u:p@ss@h', parseIaxRegister('u:p@ss@h')), 'u:####@h');
    // A [keyname] names a key file: nothing to hide.
    assert.deepEqual(parseIaxRegister('marko:[torkey]@host').hidden, []);
  });

  it('no problem message quotes any of it', () => {
    assert.equal(parseSipRegister('1001:Summer2024?@host').problems.length, 1);
    assert.equal(parseSipRegister('reguser9:SEC09//@h').problems.length, 1);
    for (const [value, secret] of [['1001:Summer2024?@host', 'Summer'], ['reguser9:SEC09//@h', 'SEC09'], ['1002:pa?ss1234@host', 'ss1234'], ['x:pw/1//ab@h:9x', 'pw']] as const) {
      const reg = parseSipRegister(value);
      assert.ok(!messages(reg).includes(secret), messages(reg));
    }
    for (const [value, secret] of [['udp://u:S3CRET@h', 'S3CRET'], ['udp://u:S3CRET@h', '//u'], ['u:pa:ss@h', ':ss'], ['u:p@ss@h:1/x', 'ss']] as const) {
      const reg = parseIaxRegister(value);
      assert.ok(reg.problems.length > 0, value);
      assert.ok(!messages(reg).includes(secret), messages(reg));
    }
  });
});
