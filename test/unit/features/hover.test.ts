import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Hover, MarkupContent, Range } from 'vscode-languageserver-types';
import { doHover } from '../../../server/src/service/features/hover';
import { renderOptionDocumentation, renderValueDocumentation } from '../../../server/src/service/features/optionDocs';
import { SECRET_MASK } from '../../../server/src/service/features/directionText';
import { lookupOption } from '../../../server/src/service/data/catalog';
import { analyzeText, withCaret, type FixtureOptions } from '../../support/fixture';

function hoverAt(textWithCaret: string, options: FixtureOptions = {}): Hover | null {
  const { text, position } = withCaret(textWithCaret);
  return doHover(analyzeText(text, options), position);
}

function contentOf(hover: Hover | null): string {
  assert.ok(hover, 'expected a hover');
  return (hover.contents as MarkupContent).value;
}

function range(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

const SECRETS = ['S3cr3tAlice', 'Prov1derPw', 'Reg1sterPw', 'T3mplPw', 'Hidd3nAuth', 'Mw1Secret', 'Rej3cted'];

function assertNoSecret(text: string): void {
  for (const secret of SECRETS) assert.ok(!text.includes(secret), `secret ${secret} leaked into: ${text}`);
}

const PROVIDER = '[provider]\ntype=pe|er\nhost=sip.example.com\ndefaultuser=4420017\nremotesecret=Prov1derPw\ninsecure=port,invite\ncontext=from-provider\n';

describe('hover: type= tells the direction of this section', () => {
  it('a user: accepted with its secret into the [general] context, never called', () => {
    const hover = hoverAt('[general]\ncontext=from-internal\n[alice]\ntype=us|er\nsecret=S3cr3tAlice\n');
    const text = contentOf(hover);
    assert.ok(text.startsWith('**[alice]**: **type** = `user` (⇐ calls us)'));
    assert.ok(text.includes('Asterisk accepts calls from alice (authenticated by secret) into context from-internal (from [general]); it cannot call alice (type=user has no location).'));
    assert.deepEqual(hover!.range, range(3, 5, 9));
    assertNoSecret(text);
  });

  it('a provider peer: called at its host as defaultuser; its calls matched by IP without password', () => {
    const text = contentOf(hoverAt(PROVIDER));
    assert.ok(text.includes('Asterisk calls provider at sip.example.com, signing in as 4420017 (remotesecret)'));
    assert.ok(text.includes("calls from that host's IP (any port) are matched to this peer (insecure=port,invite: no password asked) and go into context from-provider"));
    assertNoSecret(text);
  });

  it('a friend: both directions, and the hint that it could be split', () => {
    const text = contentOf(hoverAt('[alice]\ntype=fri|end\nhost=dynamic\nsecret=S3cr3tAlice\n'));
    assert.ok(text.includes('(⇄ both)'));
    assert.ok(text.includes('alice must REGISTER to us to be reachable; secret protects that'));
    assert.ok(text.includes('defining a separate user and peer gives finer control'));
    const typeValue = lookupOption('sip', 'type')!.values!.find((value) => value.value === 'friend')!;
    assert.ok(text.includes(renderValueDocumentation(lookupOption('sip', 'type')!, typeValue, 'sip').value));
    assertNoSecret(text);
  });

  it('the type key also says the direction', () => {
    const text = contentOf(hoverAt('[bob]\nty|pe=peer\nhost=dynamic\nsecret=S3cr3tAlice\n'));
    assert.ok(text.includes('For [bob]: Asterisk calls bob at the address it registered from, answering its challenges with secret; bob must REGISTER to us to be reachable; secret protects that;'));
    assertNoSecret(text);
  });

  it('chan_sip checks the first type line: a later one says which one counts', () => {
    const text = contentOf(hoverAt('[t](!)\ntype=friend\n[a](t)\ntype=pe|er\nhost=dynamic\n'));
    assert.ok(text.includes('The type Asterisk checks is the first one it reads: type=friend from template [t] line 2.'));
  });
});

describe('hover: host=dynamic and the options that act in one direction', () => {
  it('host=dynamic without secret: anyone can register', () => {
    const text = contentOf(hoverAt('[alice]\ntype=friend\nhost=dyn|amic\n'));
    assert.ok(text.includes('host=dynamic means [alice] tells us where it is by registering (REGISTER)'));
    assert.ok(text.includes('Nothing protects that: no secret is set, so anyone can register as alice'));
  });

  it('host=dynamic with a secret from a template: the secret protects it', () => {
    const text = contentOf(hoverAt('[t](!)\nsecret=T3mplPw\n[alice](t)\ntype=peer\nhost=dyn|amic\n'));
    assert.ok(text.includes('Secret protects that: a registration must prove it.'));
    assertNoSecret(text);
  });

  it('context on a key: where calls of this endpoint enter, plus the catalog text', () => {
    const hover = hoverAt('[alice]\ntype=user\ncon|text=internal\n');
    const text = contentOf(hover);
    assert.ok(text.includes('For [alice] (inbound): calls from [alice] enter the dialplan at context internal.'));
    assert.ok(text.includes(renderOptionDocumentation(lookupOption('sip', 'context')!, 'sip').value));
    assert.deepEqual(hover!.range, range(2, 0, 7));
  });

  it('remotesecret: outbound only; its value is masked', () => {
    const text = contentOf(hoverAt(PROVIDER.replace('type=pe|er', 'type=peer').replace('remotesecret=Prov1', 'remotesecret=Pr|ov1')));
    assert.ok(text.startsWith(`**remotesecret** = \`${SECRET_MASK}\``));
    assert.ok(text.includes("For [provider] (outbound only): Asterisk answers [provider]'s challenges with it"));
    assertNoSecret(text);
  });

  it('secret overridden by a later line says so, masked', () => {
    const text = contentOf(hoverAt('[a]\ntype=friend\nhost=dynamic\nsecret=T3m|plPw\nsecret=S3cr3tAlice\n'));
    assert.ok(text.includes(`Not in effect: [a] uses secret=${SECRET_MASK} from line 5.`));
    assertNoSecret(text);
  });

  it('revealSecretsInHover shows the secret', () => {
    const text = contentOf(hoverAt('[a]\ntype=friend\nsecret=S3cr|3tAlice\n', { settings: { revealSecretsInHover: true } }));
    assert.ok(text.startsWith('**secret** = `S3cr3tAlice`'));
  });

  it('auth: outbound, its password masked', () => {
    const text = contentOf(hoverAt('[p]\ntype=peer\nhost=h.example.com\nauth=bob:Hidd3nAuth@re|alm\n'));
    assert.ok(text.startsWith(`**auth** = \`bob:${SECRET_MASK}@realm\``));
    assert.ok(text.includes('For [p] (outbound): when a realm challenges a call Asterisk places to [p], these credentials answer it.'));
    assertNoSecret(text);
  });

  it('insecure on a key: the words in effect for this peer', () => {
    const text = contentOf(hoverAt(PROVIDER.replace('type=pe|er', 'type=peer').replace('insecure', 'insec|ure')));
    assert.ok(text.includes('For [provider] (inbound): port: calls from its host are matched by IP alone, from any port; invite: INVITEs from [provider] are not challenged for a password.'));
  });

  it('iax inkeys / outkey', () => {
    const inkeys = contentOf(hoverAt('[office]\ntype=user\ninkeys=of|fice\n', { dialect: 'iax' }));
    assert.ok(inkeys.includes('For [office] (inbound): calls from [office] must be signed with one of these public keys.'));
    const outkey = contentOf(hoverAt('[hq]\ntype=peer\nhost=hq.example.com\nout|key=branch\n', { dialect: 'iax' }));
    assert.ok(outkey.includes('For [hq] (outbound): Asterisk signs the calls it places to [hq] with this private key.'));
  });
});

describe('hover: section headers', () => {
  const FILES = { 'alice-extra.conf': 'callerid="Alice" <100>\n' };
  const TEXT = '[general]\nqualify=yes\n[phone](!)\ncontext=internal\nsecret=T3mplPw\n[al|ice](phone)\ntype=friend\nhost=dynamic\nsecret=S3cr3tAlice\n#include "alice-extra.conf"\n';

  it('a sip endpoint: the pjsip objects the migration makes of it (object names, never a password)', () => {
    const text = contentOf(hoverAt(TEXT, { files: FILES }));
    assert.ok(text.includes('**In pjsip.conf** (*Asterisk: Convert sip.conf to pjsip.conf*): endpoint `alice`, auth `alice-auth`, aor `alice`.'), text);
    const shared = contentOf(hoverAt(`${TEXT.replace('[al|ice]', '[alice]')}[b|ob](phone)\ntype=friend\nhost=dynamic\nsecret=Zr8wL1pa44Xe\n`, { files: FILES }));
    assert.ok(shared.includes('): template `phone`, endpoint `bob`, auth `bob-auth`, aor `bob`.'), shared);
    assertNoSecret(shared);
    assert.ok(!contentOf(hoverAt('[al|ice]\ntype=friend\nhost=dynamic\nsecret=S3cr3tAlice\n', { dialect: 'iax' })).includes('pjsip'));
  });

  it('an endpoint: summary, then every effective option with where it came from', () => {
    const hover = hoverAt(TEXT, { files: FILES });
    const text = contentOf(hover);
    assert.ok(text.startsWith('**[alice]**: type=friend (⇄ both)'));
    assert.ok(text.includes('**Inbound**: Asterisk accepts calls from alice (authenticated by secret) into context internal (from template [phone]).'));
    assert.ok(text.includes('**Outbound**: Asterisk calls alice at the address it registered from'));
    // Cells are escaped markdown: `\[phone\]` renders as [phone].
    for (const row of [
      '| context | internal | template \\[phone\\] line 4 |',
      `| secret | ${SECRET_MASK} | template \\[phone\\] line 5 |`,
      `| secret | ${SECRET_MASK} | line 9 |`,
      '| type | friend | line 7 |',
      '| callerid | "Alice" \\<100\\> | line 1 of alice-extra.conf |',
      '| qualify | yes | \\[general\\] line 2 |',
    ]) {
      assert.ok(text.includes(row), `missing row ${row}`);
    }
    assert.deepEqual(hover!.range, range(5, 1, 6));
    assertNoSecret(text);
  });

  it('a value is shown as text, never as markup: no image, link or HTML from the config (issue #19)', () => {
    const text = contentOf(hoverAt('[al|ice]\ntype=friend\nhost=dynamic\ncallerid=![b](https://evil.example/b.png)\nsetvar=<img src=x>\n'));
    assert.ok(text.includes('| callerid | \\!\\[b\\](https://evil.example/b.png) | line 4 |'), text);
    assert.ok(text.includes('| setvar | \\<img src=x\\> | line 5 |'), text);
    assert.doesNotMatch(text, /(?<!\\)!(?<!\\)\[b/);
  });

  it('no hover anywhere turns config text into an image, a link or HTML: sentences and titles escape it too (issue #19)', () => {
    const text = '[general]\nregister => u:pw@![x](https://e.example/r.png)/100\n[al![i](https://e.example/s.png)ce]\ntype=friend\nhost=dynamic\ncontext=![c](https://e.example/c.png)\ncallerid=![b](https://evil.example/b.png)\ndefaultuser=<img src=x>\n[t](!)\n[u_*x*](t)\ntype=peer\nhost=h\n';
    const analysis = analyzeText(text);
    const lines = text.split('\n');
    let hovers = 0;
    lines.forEach((lineText, line) => {
      for (let character = 0; character <= lineText.length; character++) {
        const hover = doHover(analysis, { line, character });
        if (!hover) continue;
        hovers++;
        // Outside code spans, every ! [ ( < * _ from the config is escaped.
        const prose = (hover.contents as MarkupContent).value.replace(/(`+)[^`]*?\1/g, '');
        assert.doesNotMatch(prose, /(?<!\\)!(?<!\\)\[|(?<!\\)\]\(|(?<!\\)<img|(?<!\\)\*x(?<!\\)\*/, `${line}:${character}: ${prose}`);
      }
    });
    assert.ok(hovers > 50);
    const endpoint = contentOf(doHover(analysis, { line: 2, character: 2 }));
    assert.ok(endpoint.includes('into context !\\[c]\\(https://e.example/c.png)'), endpoint);
  });

  it('a value with backticks stays inside its code span', () => {
    const text = contentOf(hoverAt('[alice]\ntype=friend\nhost=dynamic\ncallerid=a|``b`c\n'));
    assert.ok(text.startsWith('**callerid** = ``` a``b`c ```'), text);
  });

  it('a template: who inherits it', () => {
    const text = contentOf(hoverAt(TEXT.replace('[phone](!)', '[ph|one](!)').replace('[al|ice]', '[alice]') + '[bob](phone)\ntype=user\n', { files: FILES }));
    // `[phone](!)` unescaped would be a link to "!".
    assert.ok(text.startsWith('**[phone]\\(!)**: template'), text);
    assert.ok(text.includes('Inherited by 2 sections: [alice], [bob].'));
  });

  it('[general]: what it is', () => {
    const text = contentOf(hoverAt('[gen|eral]\nbindport=5060\n'));
    assert.ok(text.startsWith('**[general]**\n\nGlobal settings of chan_sip'));
  });

  it('an inherited base names the section it copies', () => {
    const text = contentOf(hoverAt('[phone](!)\n[alice](pho|ne)\ntype=user\n'));
    assert.equal(text, "Inherits template **[phone]** (line 1): its lines are copied here first; this section's own lines come after and win.");
  });
});

describe('hover: register statements', () => {
  const LINE = '[general]\nregister => tcp://4420017:Reg1sterPw@sip.example.com:5070/1234~300\n';

  function hoverRegister(marker: string, dialect: 'sip' | 'iax' = 'sip', text = LINE): Hover | null {
    const at = text.indexOf(marker);
    return hoverAt(text.slice(0, at) + '|' + text.slice(at), { dialect });
  }

  it('each part says what it is; the statement is explained under it', () => {
    const host = hoverRegister('example.com');
    const text = contentOf(host);
    assert.ok(text.startsWith('**host** `sip.example.com`: the registrar we send REGISTER to'));
    assert.ok(text.includes('Asterisk authenticates to sip.example.com:5070 over tcp as 4420017'));
    assert.ok(text.includes('calls come back to extension 1234; the remote must define us with host=dynamic.'));
    assert.deepEqual(host!.range, range(1, 37, 52));
    assert.ok(contentOf(hoverRegister('4420017')).startsWith('**user** `4420017`'));
    assert.ok(contentOf(hoverRegister('1234')).startsWith('**extension** `1234`'));
    assert.ok(contentOf(hoverRegister('300')).startsWith('**expiry** `300`'));
    assert.ok(contentOf(hoverRegister('tcp')).startsWith('**transport** `tcp`'));
  });

  it('the secret part is masked', () => {
    const hover = hoverRegister('Reg1');
    const text = contentOf(hover);
    assert.ok(text.startsWith(`**secret** \`${SECRET_MASK}\``));
    assert.deepEqual(hover!.range, range(1, 26, 36));
    assertNoSecret(text);
  });

  it('maps parts through escaped semicolons to the right columns', () => {
    const text = '[general]\nregister => bob:pa\\;ss@pbx.example.com\n';
    const hover = hoverRegister('pbx', 'sip', text);
    assert.ok(contentOf(hover).startsWith('**host** `pbx.example.com`'));
    assert.deepEqual(hover!.range, range(1, 23, 38));
    const user = hoverRegister('pa\\;', 'sip', '[general]\nregister => pa\\;ul:pw@pbx.example.com\n');
    assert.ok(contentOf(user).startsWith('**user** `pa;ul`'));
    assert.deepEqual(user!.range, range(1, 12, 18));
  });

  it('iax register', () => {
    const text = '[general]\nregister => branch:Reg1sterPw@hq.example.com:4570\n';
    const secret = hoverRegister('Reg1', 'iax', text);
    assert.ok(contentOf(secret).startsWith(`**secret** \`${SECRET_MASK}\``));
    assert.ok(contentOf(secret).includes('as branch with secret'));
    assertNoSecret(contentOf(secret));
    assert.ok(contentOf(hoverRegister('4570', 'iax', text)).startsWith('**port** `4570`: where the server listens (default 4569)'));
  });

  it('the register key explains the statement too', () => {
    const text = contentOf(hoverAt(LINE.replace('register', 'regi|ster')));
    assert.ok(text.startsWith('**register**'));
    assert.ok(text.includes('Asterisk authenticates to sip.example.com:5070'));
    assertNoSecret(text);
  });
});

describe('hover: option keys and values from the catalog', () => {
  it('a known key shows the shared rendering', () => {
    const hover = hoverAt('[general]\nna|t=force_rport\n');
    assert.ok(contentOf(hover).endsWith(renderOptionDocumentation(lookupOption('sip', 'nat')!, 'sip').value));
    assert.deepEqual(hover!.range, range(1, 0, 3));
  });

  it('an enum value shows that value', () => {
    const nat = lookupOption('sip', 'insecure')!;
    const hover = hoverAt('[p]\ntype=peer\nhost=h\ninsecure=port,inv|ite\n');
    assert.equal(contentOf(hover).endsWith(renderValueDocumentation(nat, nat.values!.find((value) => value.value === 'invite')!, 'sip').value), true);
    assert.deepEqual(hover!.range, range(3, 14, 20));
  });

  it('an unknown key: a short note; generic files: nothing', () => {
    assert.equal(contentOf(hoverAt('[a]\ntype=peer\nfoo|bar=1\n')), '`foobar` is not an option chan_sip reads: it silently ignores this line.');
    assert.equal(contentOf(hoverAt('[a]\ntype=peer\nfoo|bar=1\n', { dialect: 'iax' })), '`foobar` is not an option chan_iax2 reads: it silently ignores this line.');
    assert.equal(hoverAt('[a]\nexten|=>s,1,NoOp\n', { dialect: 'generic' }), null);
  });
});

describe('hover: directives', () => {
  it('#include: the resolved file', () => {
    const hover = hoverAt('[a]\n#include "us|ers.conf"\n', { files: { 'users.conf': 'type=peer\n' } });
    assert.equal(contentOf(hover), '**#include** `users.conf`\n\nIncludes one file:\n- users.conf (file:///etc/asterisk/users.conf)');
    assert.deepEqual(hover!.range, range(1, 10, 20));
  });

  it('#include of a missing file: the problem', () => {
    assert.ok(contentOf(hoverAt('#include gone|.conf\n')).includes('Problem: the file does not exist'));
    assert.ok(contentOf(hoverAt('#tryinclude gone|.conf\n')).includes('#tryinclude accepts that silently'));
  });

  it('#exec is never run', () => {
    assert.ok(contentOf(hoverAt('#exec /usr/bin/ge|nerate\n')).startsWith('**#exec**: never executed by this extension. Asterisk runs the command only when `execincludes = yes`'));
  });
});

describe('hover: never crashes, never leaks', () => {
  it('no hover on comments, blank lines, outside the document, in an empty one', () => {
    assert.equal(hoverAt('[a]\ntype=peer ; a co|mment\n'), null);
    assert.equal(hoverAt('[a]\n|\n'), null);
    assert.equal(doHover(analyzeText(''), { line: 0, character: 0 }), null);
    assert.equal(doHover(analyzeText('[a]\n'), { line: 5, character: 0 }), null);
    assert.equal(doHover(analyzeText('[a]\n'), { line: -1, character: -4 }), null);
  });

  it('every position of a config with secrets: no exception, no secret', () => {
    const text =
      '[general]\nregister => 4420017:Reg1sterPw@sip.example.com\nregister => bob:Rej3cted\nmwi => bob:Mw1Secret@pbx/100\n[t](!)\nsecret=T3mplPw\n' +
      '[alice](t)\ntype=friend\nhost=dynamic\nsecret=S3cr3tAlice\nauth=bob:Hidd3nAuth@realm\nmd5secret=Prov1derPw\n[broken\n=x\n#include\n';
    const analysis = analyzeText(text);
    const lines = text.split('\n');
    for (let line = 0; line < lines.length; line++) {
      for (let character = 0; character <= lines[line].length + 1; character++) {
        const hover = doHover(analysis, { line, character });
        if (hover) assertNoSecret((hover.contents as MarkupContent).value);
      }
    }
  });
});
