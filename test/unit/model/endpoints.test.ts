import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildModel } from '../../../server/src/service/model/buildModel';
import { effectiveLines, inheritanceCut, MAX_INHERITANCE_WORK } from '../../../server/src/service/model/endpoints';
import type { Endpoint } from '../../../server/src/service/model/types';
import { rootFile } from '../../support/memoryHost';

function endpoint(text: string, name: string, dialect: 'sip' | 'iax' = 'sip'): Endpoint {
  const found = buildModel(rootFile(`${dialect}.conf`, text), dialect).endpointsByKey.get(name);
  assert.ok(found, `endpoint ${name}`);
  return found;
}
function values(e: Endpoint, name: string): string[] {
  return (e.options.get(name) ?? []).map((v) => v.value);
}

describe('endpoints: effective options', () => {
  it('copies template lines first, in the order bases are listed, then own lines', () => {
    const e = endpoint('[a](!)\nallow=ulaw\n[b](!)\nallow=alaw\n[x](a,b)\ntype=peer\nallow=g722\n', 'x');
    assert.deepEqual(values(e, 'allow'), ['ulaw', 'alaw', 'g722']);
    assert.deepEqual(e.options.get('allow')!.map((v) => [v.source.kind, v.source.section?.name]), [
      ['template', 'a'],
      ['template', 'b'],
      ['own', 'x'],
    ]);
  });

  it('multi-level templates keep the section a line was written in', () => {
    const e = endpoint('[base](!)\ncontext=internal\n[phone](!,base)\n[alice](phone)\ntype=friend\n', 'alice');
    const context = e.options.get('context')![0];
    assert.equal(context.source.kind, 'template');
    assert.equal(context.source.section?.name, 'base');
  });

  it('+= appends raw text to the last line of exactly that name', () => {
    assert.deepEqual(values(endpoint('[x]\ntype=peer\nallow=ulaw\nallow+=,g729\n', 'x'), 'allow'), ['ulaw,g729']);
    assert.deepEqual(values(endpoint('[x]\ntype=peer\nallow=ulaw\nallow+=g729\n', 'x'), 'allow'), ['ulawg729']);
    assert.deepEqual(values(endpoint('[x]\ntype=peer\nallow=ulaw\nALLOW+=g729\n', 'x'), 'allow'), ['ulaw', 'g729']);
  });

  it('takes [general] values as defaults for device options, not for general-only ones', () => {
    const e = endpoint('[general]\ncontext=public\nbindport=5060\n[x]\ntype=peer\n', 'x');
    assert.equal(e.options.get('context')?.[0].source.kind, 'general');
    assert.equal(e.options.has('bindport'), false);
  });

  it('regression: [general](+) lines are device defaults too, in file order (only the first [general] was read)', () => {
    const e = endpoint('[general]\ncontext=public\nqualify=no\n[x]\ntype=friend\nhost=dynamic\n[general](+)\ncontext=office\n', 'x');
    assert.deepEqual(values(e, 'context'), ['office']);
    assert.equal(e.options.get('context')?.[0].source.section?.headerLine, 6);
    assert.deepEqual(values(e, 'qualify'), ['no']);
    assert.equal(e.direction.inbound?.context.value, 'office');
    assert.equal(e.direction.inbound?.context.source.section?.headerLine, 6);
    // A second [general] without (+) is a category of its own: chan_sip does not read it as [general].
    assert.deepEqual(values(endpoint('[general]\ncontext=public\n[x]\ntype=user\n[general]\ncontext=office\n', 'x'), 'context'), ['public']);
  });

  it('resolves aliases to the canonical option', () => {
    assert.deepEqual(values(endpoint('[x]\ntype=peer\ncanreinvite=no\n', 'x'), 'directmedia'), ['no']);
  });

  it('adds (+) lines to the first section and skips a second definition without a type (regression: merged it)', () => {
    const e = endpoint('[x]\ntype=peer\n[x]\nhost=a.example\n[x](+)\nport=5070\n', 'x');
    assert.deepEqual([...e.options.keys()], ['type', 'port']);
    assert.deepEqual(
      e.ignored?.map((ignored) => [ignored.section.headerLine, ignored.type?.value]),
      [[2, undefined]],
    );
  });

  it('applies a second definition with a type after the first one and its (+) additions', () => {
    const e = endpoint('[x]\ntype=peer\ncontext=a\n[x]\ntype=peer\ncontext=b\n[x](+)\ncontext=c\n', 'x');
    assert.deepEqual(values(e, 'context'), ['a', 'c', 'b']);
    assert.equal(e.ignored, undefined);
  });

  it('a second definition with an unknown type is skipped; the types of the others add up', () => {
    const e = endpoint('[x]\ntype=user\n[x]\ntype=phone\nhost=b\n[x]\ntype=peer\nhost=c\n', 'x', 'iax');
    assert.deepEqual(e.bits, { user: true, peer: true });
    assert.deepEqual(values(e, 'host'), ['c']);
    assert.deepEqual(e.ignored?.map((ignored) => ignored.type?.value), ['phone']);
  });
});

describe('endpoints: type bits', () => {
  it('sip ORs every type line: a friend template cannot be narrowed', () => {
    const e = endpoint('[t](!)\ntype=friend\n[x](t)\ntype=peer\n', 'x');
    assert.equal(e.type?.value, 'friend');
    assert.deepEqual(e.bits, { user: true, peer: true });
  });

  it('iax uses the first type line', () => {
    const e = endpoint('[t](!)\ntype=user\n[x](t)\ntype=peer\n', 'x', 'iax');
    assert.deepEqual(e.bits, { user: true, peer: false });
  });

  it('an unknown first type gives no bits', () => {
    assert.deepEqual(endpoint('[x]\ntype=phone\n', 'x').bits, { user: false, peer: false });
    assert.equal(endpoint('[x]\nhost=dynamic\n', 'x').type, undefined);
  });
});

describe('endpoints: direction of authentication', () => {
  it('a user calls us: inbound only, authenticated by its secret, into its context', () => {
    const e = endpoint('[alice]\ntype=user\nsecret=pw\ncontext=from-office\n', 'alice');
    assert.equal(e.direction.outbound, undefined);
    assert.equal(e.direction.inbound?.context.value, 'from-office');
    assert.deepEqual(e.direction.inbound?.authenticatedBy, ['secret']);
  });

  it('a user without context lands in [general]\'s, else in the built-in default', () => {
    assert.equal(endpoint('[general]\ncontext=public\n[a]\ntype=user\n', 'a').direction.inbound?.context.source.kind, 'general');
    const builtin = endpoint('[a]\ntype=user\n', 'a').direction.inbound?.context;
    assert.deepEqual([builtin?.value, builtin?.source.kind], ['default', 'default']);
  });

  it('an iax user without context lands in the built-in default: chan_iax2 never reads [general]\'s (Asterisk 20 oracle claim-16-iax-general-context)', () => {
    for (const text of ['[general]\ncontext=public\n[a]\ntype=user\n', '[general]\n[a]\ntype=friend\nhost=dynamic\n[general](+)\ncontext=public\n']) {
      const context = endpoint(text, 'a', 'iax').direction.inbound?.context;
      assert.deepEqual([context?.value, context?.source.kind], ['default', 'default']);
      // The unread [general] line is kept, so the checks and texts can say why it did not count.
      assert.equal(context?.source.entry?.node.value, 'public');
    }
    const own = endpoint('[general]\ncontext=public\n[a]\ntype=user\ncontext=phones\n', 'a', 'iax').direction.inbound?.context;
    assert.deepEqual([own?.value, own?.source.kind], ['phones', 'own']);
  });

  it('a dynamic peer must register; its secret is what protects that', () => {
    const protectedPeer = endpoint('[p]\ntype=peer\nhost=dynamic\nmd5secret=0123\n', 'p').direction.outbound?.location;
    assert.deepEqual(protectedPeer?.kind === 'dynamic' && protectedPeer.protectedBy, ['md5secret']);
    const open = endpoint('[p]\ntype=peer\nhost=dynamic\n', 'p').direction.outbound?.location;
    assert.deepEqual(open?.kind === 'dynamic' && open.protectedBy, []);
  });

  it('a provider peer: we call its host signing in as defaultuser with remotesecret; its calls are matched by IP', () => {
    const e = endpoint('[prov]\ntype=peer\nhost=sip.example.net\ndefaultuser=me\nremotesecret=x\ninsecure=port,invite\ncontext=in\n', 'prov');
    assert.equal(e.direction.outbound?.location.kind, 'static');
    assert.equal(e.direction.outbound?.signInAs?.value, 'me');
    assert.deepEqual(e.direction.outbound?.authenticatesWith, ['remotesecret']);
    assert.deepEqual(e.direction.inbound?.authenticatedBy, ['ip-match']);
    assert.equal(e.direction.inbound?.context.value, 'in');
  });

  it('a peer with no host has nowhere to send calls', () => {
    assert.equal(endpoint('[p]\ntype=peer\n', 'p').direction.outbound?.location.kind, 'missing');
  });

  // Regression: [x] as a user and again as a peer was read as one set of lines, so the peer got the user's
  // secret ("secret protects that"); Asterisk 20 builds the peer from its own definition (Secret <Not set>).
  it('iax: a name defined as a user and again as a peer is two objects, each from its own definition', () => {
    const text = '[usr]\ntype=user\nsecret=Uu1i-Oo2p\ncontext=from-site\n[usr]\ntype=peer\nhost=dynamic\n';
    const e = endpoint(text, 'usr', 'iax');
    assert.deepEqual(e.bits, { user: true, peer: true });
    assert.equal(e.direction.inbound?.context.value, 'from-site');
    assert.deepEqual(e.direction.inbound?.authenticatedBy, ['secret']);
    assert.deepEqual(e.direction.outbound?.location.kind === 'dynamic' && e.direction.outbound.location.protectedBy, []);
    // A friend and then a peer: the peer side adds up (chan_iax2 applies it on top), the user side is the friend's.
    const friend = endpoint('[f]\ntype=friend\nhost=dynamic\ncontext=a\n[f]\ntype=peer\nsecret=Pp9o-Ll8k\ncontext=b\n', 'f', 'iax');
    assert.equal(friend.direction.inbound?.context.value, 'a');
    assert.deepEqual(friend.direction.inbound?.authenticatedBy, ['none']);
    assert.deepEqual(friend.direction.outbound?.location.kind === 'dynamic' && friend.direction.outbound.location.protectedBy, ['secret']);
    // chan_sip has one object per name: the lines add up as before.
    const sip = endpoint(text, 'usr', 'sip');
    assert.deepEqual(sip.direction.outbound?.location.kind === 'dynamic' && sip.direction.outbound.location.protectedBy, ['secret']);
  });

  it('iax: inkeys authenticate a user, outkey signs our calls to a peer', () => {
    const e = endpoint('[b]\ntype=friend\ninkeys=branch\noutkey=head\nhost=b.example\nusername=head\n', 'b', 'iax');
    assert.deepEqual(e.direction.inbound?.authenticatedBy, ['inkeys']);
    assert.deepEqual(e.direction.outbound?.authenticatesWith, ['outkey']);
    assert.equal(e.direction.outbound?.signInAs?.value, 'head');
  });
});

describe('inheritanceCut (issue #19)', () => {
  it('follows ordinary template chains whole', () => {
    const model = buildModel(rootFile('sip.conf', '[a](!)\ntype=friend\n[b](!,a)\nhost=dynamic\n[c](b)\nsecret=Zr8w-L1pa\n'), 'sip');
    assert.ok(model.sections.every((section) => !inheritanceCut(section)));
    assert.deepEqual(values(model.endpointsByKey.get('c')!, 'type'), ['friend']);
  });

  it('stops following a chain at the first section whose copies would pass MAX_INHERITANCE_WORK, and from there on', () => {
    const chain = ['[t0](!)\ntype=friend\n'];
    for (let index = 1; index < 3000; index++) chain.push(`[t${index}](!,t${index - 1})\nallow=ulaw\n`);
    const model = buildModel(rootFile('sip.conf', chain.join('')), 'sip');
    const first = model.sections.findIndex((section) => inheritanceCut(section));
    assert.ok(first > 0);
    // Section k holds k + 1 lines; the work of section k is the sum over its chain: about k²/2.
    const work = (first + 1) * (first + 2) / 2;
    assert.ok(work > MAX_INHERITANCE_WORK && work - (first + 1) <= MAX_INHERITANCE_WORK, `first cut at t${first}`);
    assert.ok(model.sections.slice(first).every((section) => inheritanceCut(section)));
    assert.deepEqual(effectiveLines(model.sections[first], 'sip').map((line) => line.value), ['ulaw']);
  });
});

