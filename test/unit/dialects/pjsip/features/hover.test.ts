import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Hover, MarkupContent, Range } from 'vscode-languageserver-types';
import { doPjsipHover, hardBreaks } from '../../../../../server/src/service/dialects/pjsip/features/hover';
import { renderPjsipOptionDocumentation, renderPjsipValueDocumentation } from '../../../../../server/src/service/dialects/pjsip/features/optionDocs';
import { endpointDirection, registrationDirection, renderEndpointDirection, renderRegistrationDirection } from '../../../../../server/src/service/dialects/pjsip/direction';
import { lookupPjsipOption } from '../../../../../server/src/service/dialects/pjsip/options';
import { SECRET_MASK } from '../../../../../server/src/service/features/secretMask';
import { pjsipAt, type PjsipFixtureOptions } from '../../../../support/pjsipFixture';

function hoverAt(textWithCaret: string, options: PjsipFixtureOptions = {}): Hover | null {
  const { context, position } = pjsipAt(textWithCaret, options);
  return doPjsipHover(context, position);
}

function contentOf(hover: Hover | null): string {
  assert.ok(hover, 'expected a hover');
  return (hover.contents as MarkupContent).value;
}

function range(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

const PHONE = ['[alice]', 'type=endpoint', 'context=internal', 'auth=alice-in', 'aors=alice', '[alice-in]', 'type=auth', 'username=alice', 'password=S3cretAlice', '[alice]', 'type=aor', 'max_contacts=2'];

const TRUNK = [
  '[prov-out]', 'type=auth', 'username=4711', 'password=Prov1derPw',
  '[prov]', 'type=registration', 'server_uri=sip:192.0.2.10', 'client_uri=sip:4711@192.0.2.10', 'outbound_auth=prov-out',
  '[prov]', 'type=endpoint', 'context=from-prov', 'outbound_auth=prov-out', 'aors=prov',
  '[prov]', 'type=aor', 'contact=sip:192.0.2.10',
  '[prov]', 'type=identify', 'endpoint=prov', 'match=192.0.2.0/24',
];

function withCaretAt(lines: readonly string[], line: number, column: number): string {
  return lines.map((text, index) => (index === line ? text.slice(0, column) + '|' + text.slice(column) : text)).join('\n');
}

describe('pjsip hover: the direction of an endpoint, from Asterisk\'s side', () => {
  it('on the endpoint header: matched by its name, challenged with its auth, lands in its context, reached by what registers', () => {
    const { context, position } = pjsipAt(withCaretAt(PHONE, 0, 2));
    const hover = doPjsipHover(context, position);
    const text = contentOf(hover);
    const endpoint = context.model.get('endpoint', 'alice')!;
    assert.equal(text, hardBreaks(renderEndpointDirection(endpointDirection(context.model, endpoint))));
    assert.ok(text.includes('challenged: auth `alice-in` (user `alice`)'));
    assert.ok(text.includes('lands in context `internal`'));
    assert.ok(text.includes('up to 2 registered devices'));
    assert.deepEqual(hover!.range, range(0, 1, 6));
    assert.ok(!text.includes('S3cretAlice'));
  });

  it('one fact per line: hard line breaks, so markdown does not run them together', () => {
    const text = contentOf(hoverAt(withCaretAt(PHONE, 0, 2)));
    assert.ok(text.includes('(user `alice`)  \n⇐ lands in context'));
  });

  it('on the type=endpoint line (key and value) the same direction', () => {
    const { context, position } = pjsipAt(withCaretAt(PHONE, 1, 8));
    const text = contentOf(doPjsipHover(context, position));
    assert.ok(text.includes(hardBreaks(renderEndpointDirection(endpointDirection(context.model, context.model.get('endpoint', 'alice')!)))));
    assert.ok(text.startsWith('**type** = `endpoint`'));
    const onKey = contentOf(hoverAt(withCaretAt(PHONE, 1, 2)));
    assert.ok(onKey.includes('⇐ lands in context `internal`'));
    assert.ok(onKey.includes(renderPjsipOptionDocumentation(lookupPjsipOption('endpoint', 'type')!).value));
  });

  it('a provider endpoint: matched by its identify, answered with outbound_auth, called at the aor contact', () => {
    const text = contentOf(hoverAt(withCaretAt(TRUNK, 9, 2)));
    assert.ok(text.includes('identify `prov` (192.0.2.0/24)'));
    assert.ok(text.includes('we answer its challenges with auth `prov-out` (user `4711`)'));
    assert.ok(text.includes('we call `sip:192.0.2.10`'));
    assert.ok(!text.includes('Prov1derPw'));
  });
});

describe('pjsip hover: a registration', () => {
  it('we sign in to server_uri as client_uri with outbound_auth, and its calls land at the identified endpoint', () => {
    const { context, position } = pjsipAt(withCaretAt(TRUNK, 4, 2));
    const text = contentOf(doPjsipHover(context, position));
    assert.equal(text, hardBreaks(renderRegistrationDirection(registrationDirection(context.model, context.model.get('registration', 'prov')!))));
    assert.ok(text.includes('we register to `sip:192.0.2.10`'));
    assert.ok(text.includes('as `sip:4711@192.0.2.10`'));
    assert.ok(text.includes('its calls land at endpoint `prov` (by its identify)'));
  });
});

describe('pjsip hover: option documentation for the object\'s type', () => {
  it('an aor key shows the aor option, not an endpoint option of another meaning', () => {
    const hover = hoverAt('[a]\ntype=aor\nmax_con|tacts=1\n');
    assert.equal(contentOf(hover), `**max_contacts**\n\n${renderPjsipOptionDocumentation(lookupPjsipOption('aor', 'max_contacts')!).value}`);
    assert.deepEqual(hover!.range, range(2, 0, 12));
    assert.ok(contentOf(hover).includes('Valid in: `type=aor` objects'));
  });

  it('an option inherited through a template is documented for the template\'s type', () => {
    const text = contentOf(hoverAt('[t](!)\ntype=endpoint\ndirect_me|dia=no\n[a](t)\n'));
    assert.ok(text.startsWith('**direct_media**'));
  });

  it('an enum value shows that value\'s meaning', () => {
    const hover = hoverAt('[a]\ntype=endpoint\ndtmf_mode=rfc|4733\n');
    const option = lookupPjsipOption('endpoint', 'dtmf_mode')!;
    assert.equal(contentOf(hover), renderPjsipValueDocumentation(option, option.values!.find((value) => value.value === 'rfc4733')!).value);
    assert.deepEqual(hover!.range, range(2, 10, 17));
  });

  it('a chan_sip option says what the pjsip way is', () => {
    const text = contentOf(hoverAt('[a]\ntype=endpoint\nho|st=192.0.2.1\n'));
    assert.ok(text.includes('is a chan_sip option'));
    assert.ok(text.includes('pjsip has no host'));
  });

  it('an unknown option says Asterisk refuses the object', () => {
    assert.ok(contentOf(hoverAt('[a]\ntype=aor\nmax_contact|z=1\n')).includes('is not an option of a pjsip aor: Asterisk refuses to create the object.'));
  });

  it('a misspelt type value says Asterisk drops the section', () => {
    assert.ok(contentOf(hoverAt('[a]\ntype=End|point\n')).includes('`Endpoint` is no pjsip object type (they are written exactly, in lower case)'));
    assert.ok(contentOf(hoverAt('[a]\ntype=con|tact\n')).includes('Asterisk keeps objects of this type itself'));
  });

  it('a section without type says it makes no object', () => {
    assert.ok(contentOf(hoverAt('[l|ost]\ncontext=x\n')).includes('No `type=`: Asterisk makes no object of this section'));
  });
});

describe('pjsip hover: a template named in an heir\'s header', () => {
  it('(desk) in [300](desk): the template, its type and where it is, across files', () => {
    const files = { 'pjsip.conf': '[desk](!)\ntype=endpoint\ncontext=phones\n#include pjsip.endpoint.conf\n', 'pjsip.endpoint.conf': '[300](desk)\naors=300\n' };
    const hover = hoverAt('[300](de|sk)\naors=300\n', { fileName: 'pjsip.endpoint.conf', files });
    assert.match(contentOf(hover), /^\*\*\[desk\]\*\* \(line 1 of pjsip\.conf\): template of `type=endpoint` objects/);
    assert.deepEqual(hover?.range, range(0, 6, 10));
    assert.equal(hoverAt('[300](nowhere|)\ntype=aor\n'), null);
  });
});

describe('pjsip hover: a reference names an object', () => {
  it('aors=alice: the aor, its reach and who names it', () => {
    const hover = hoverAt(withCaretAt(PHONE, 4, 7));
    const text = contentOf(hover);
    assert.ok(text.startsWith('**aor `alice`**'));
    assert.ok(text.includes('up to `2` device(s) may register to it'));
    assert.ok(text.includes('Named by `endpoint alice (aors)`'));
    assert.deepEqual(hover!.range, range(4, 5, 10));
  });

  it('aors= naming an aor Asterisk refuses: the hover says it is refused, not what it would reach (regression)', () => {
    const text = contentOf(hoverAt('[e]\ntype=endpoint\naors=|f\n[f]\ntype=aor\nmax_contacts=2\nqualify=yes\n'));
    assert.ok(text.startsWith('**aor `f`**'));
    assert.match(text, /Asterisk refuses this aor \(an error in it\)/);
    assert.ok(!text.includes('may register to it'));
  });

  it('auth= or transport= naming an object Asterisk refuses, and a refused endpoint: the hover says it is not created (regression: its uses and direction)', () => {
    const auth = contentOf(hoverAt('[e]\ntype=endpoint\nauth=|a\n[a]\ntype=auth\nusername=u\n'));
    assert.match(auth, /^\*\*auth `a`\*\*: Asterisk refuses this auth \(an error in it\): it is not created/);
    assert.ok(auth.includes('Named by `endpoint e (auth)`'));
    assert.ok(!auth.includes('challenges the calls'));
    assert.match(contentOf(hoverAt('[e]\ntype=endpoint\ntransport=|t\n[t]\ntype=transport\nbind=0.0.0.0\nbogus=1\n')), /Asterisk refuses this transport/);
    const endpoint = contentOf(hoverAt('[|e]\ntype=endpoint\nhost=192.0.2.1\n'));
    assert.match(endpoint, /Asterisk refuses this endpoint \(an error in it\): it is not created, so no request is matched to it/);
    assert.ok(!endpoint.includes('⇐'));
  });

  it('auth=alice-in: the auth with its user name and uses, never its password', () => {
    const text = contentOf(hoverAt(withCaretAt(PHONE, 3, 8)));
    assert.ok(text.includes('User name `alice`, auth_type `userpass`'));
    assert.ok(text.includes('⇐ challenges the calls of `endpoint alice` (auth=)'));
    assert.ok(!text.includes('S3cretAlice'));
  });

  it('one word of a list: the object under the cursor', () => {
    const hover = hoverAt('[a]\ntype=aor\nmax_contacts=1\n[b]\ntype=aor\ncontact=sip:192.0.2.1\n[e]\ntype=endpoint\naors=a, |b\n');
    assert.ok(contentOf(hover).startsWith('**aor `b`**'));
    assert.deepEqual(hover!.range, range(8, 8, 9));
  });

  it('a name of another type, or of nothing, says so', () => {
    assert.ok(contentOf(hoverAt('[alice]\ntype=endpoint\naors=al|ice\n')).includes('`alice` is a endpoint, not a aor'));
    assert.ok(contentOf(hoverAt('[e]\ntype=endpoint\naors=no|ne\n')).includes('No aor named `none`'));
  });

  it('across included files: the object defined in another file', () => {
    const text = contentOf(hoverAt('[e]\ntype=endpoint\naors=b|ob\n#include pjsip.aor.conf\n', { files: { 'pjsip.aor.conf': '[bob]\ntype=aor\nmax_contacts=1\n' } }));
    assert.ok(text.startsWith('**aor `bob`**'));
  });
});

describe('pjsip hover: secrets', () => {
  it('password is masked unless revealSecrets asks to show it', () => {
    const masked = contentOf(hoverAt('[a]\ntype=auth\nusername=a\npassword=S3c|ret\n'));
    assert.ok(masked.startsWith(`**password** = \`${SECRET_MASK}\``));
    assert.ok(!masked.includes('S3cret'));
    assert.ok(contentOf(hoverAt('[a]\ntype=auth\nusername=a\npassword=S3c|ret\n', { settings: { revealSecretsInHover: true } })).includes('S3cret'));
  });

  it('md5_cred and a typo of password are masked too', () => {
    assert.ok(!contentOf(hoverAt('[a]\ntype=auth\nauth_type=md5\nmd5_cred=abc|def0123\n')).includes('abcdef0123'));
    assert.equal(hoverAt('[a]\ntype=auth\npasword=S3c|ret\n'), null);
  });
});

describe('pjsip hover: config text is data, never markup', () => {
  it('an aor name, a contact or a match with backticks and a link shows as written (no live link or image)', () => {
    const text = contentOf(
      hoverAt('[e|]\ntype=endpoint\naors=x`[a](https://evil.example/a)`, c\n[c]\ntype=aor\ncontact=sip:`![i](https://evil.example/i.png)`\n[id]\ntype=identify\nendpoint=e\nmatch=[m](https://evil.example/m)\n'),
    );
    // A live link or image is `](` right after text that markdown reads as a link label: every one must be escaped or inside code.
    const outsideCode = text.replace(/(`+)(?:(?!\1)[\s\S])*?\1/g, '');
    assert.ok(!/\]\(https:/.test(outsideCode), outsideCode);
  });
});
