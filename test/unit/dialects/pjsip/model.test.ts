import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildPjsipModel, keyParts, objectKey, splitNames, valueOf, type PjsipModel } from '../../../../server/src/service/dialects/pjsip/model';
import { memoryHost, rootFile } from '../../../support/memoryHost';
import { pjsipObjectTypes } from '../../../../server/src/service/dialects/pjsip/objectTypes';

function model(text: string): PjsipModel {
  return buildPjsipModel(rootFile('pjsip.conf', text));
}

describe('pjsip model: objects by (type, name)', () => {
  it('one name may be an endpoint, an aor, an auth and an identify at once', () => {
    const built = model('[acme]\ntype=endpoint\n[acme]\ntype=aor\n[acme]\ntype=auth\n[acme]\ntype=identify\n');
    assert.deepEqual(built.named('acme').map((object) => object.type), ['endpoint', 'aor', 'auth', 'identify']);
    assert.equal(built.get('aor', 'acme')?.section.headerLine, 2);
    assert.deepEqual(built.duplicates, []);
  });

  it('named() lists the objects of a name in file order, whatever the order of the types', () => {
    const built = model('[acme]\ntype=identify\n[acme]\ntype=auth\n[other]\ntype=aor\n[acme]\ntype=endpoint\n[acme]\ntype=aor\n');
    assert.deepEqual(built.named('acme').map((object) => object.type), ['identify', 'auth', 'endpoint', 'aor']);
    assert.deepEqual(built.named('nobody'), []);
  });

  it('objectKey tells every (type, name) apart and keyParts gives them back', () => {
    const keys = new Set<string>();
    for (const { name: type } of pjsipObjectTypes) {
      for (const name of ['a', 'A', '', 'x\u0000y', 'endpoint']) {
        const key = objectKey(type, name);
        keys.add(key);
        assert.deepEqual(keyParts(key), { type, name });
      }
    }
    assert.equal(keys.size, pjsipObjectTypes.length * 5);
  });

  it('sections made of the same template alone have the same lines, each its own object', () => {
    const built = model('[t](!)\ntype=aor\nmax_contacts=1\n[a](t)\n[b](t)\n[c](t)\nmax_contacts=2\n');
    const [a, b, c] = built.ofType('aor');
    assert.deepEqual(
      [a, b, c].map((object) => [object.name, object.section.name, valueOf(object, 'max_contacts')]),
      [
        ['a', 'a', '1'],
        ['b', 'b', '1'],
        ['c', 'c', '2'],
      ],
    );
    assert.deepEqual(a.lines.map((line) => line.source.kind), ['template', 'template']);
  });

  it('a (+filter) may add to a section made of its template alone', () => {
    const built = model('[t](!)\ntype=aor\nmax_contacts=1\n[a](t)\n[b](t)\n[a](+type=aor)\nmax_contacts=3\n');
    assert.deepEqual(
      built.ofType('aor').map((object) => [object.name, valueOf(object, 'max_contacts'), object.appends.length]),
      [
        ['a', '3', 1],
        ['b', '1', 0],
      ],
    );
  });

  it('a second object of the same type and name is a duplicate; the first is kept', () => {
    const built = model('[a]\ntype=endpoint\ncontext=one\n[a]\ntype=endpoint\ncontext=two\n');
    assert.equal(valueOf(built.get('endpoint', 'a')!, 'context'), 'one');
    assert.deepEqual(built.duplicates.map((object) => object.section.headerLine), [3]);
  });

  it('ids are compared exactly (observed: [DUPA] and [dupa] are two aors; aors=alice does not find [Alice])', () => {
    const built = model('[dupa]\ntype=aor\n[DUPA]\ntype=aor\n');
    assert.equal(built.objects.length, 2);
    assert.deepEqual(built.duplicates, []);
    assert.equal(built.get('aor', 'Dupa'), undefined);
  });

  it('templates are never objects, and give their lines (type included) to heirs, marked as template lines', () => {
    const built = model('[phone](!)\ntype=endpoint\ncontext=internal\n[alice](phone)\nauth=alice\n');
    assert.deepEqual(built.objects.map((object) => `${object.type}:${object.name}`), ['endpoint:alice']);
    assert.deepEqual(built.templates.map((template) => [template.section.name, template.type]), [['phone', 'endpoint']]);
    const alice = built.get('endpoint', 'alice')!;
    assert.deepEqual(alice.lines.map((line) => [line.canonical, line.source.kind, line.source.section?.name, line.source.entry?.line]), [
      ['type', 'template', 'phone', 1],
      ['context', 'template', 'phone', 2],
      ['auth', 'own', 'alice', 4],
    ]);
  });

  it("the first type= line wins: a template's type beats the section's own", () => {
    const built = model('[tpl](!)\ntype=endpoint\n[x](tpl)\ntype=aor\n');
    assert.equal(built.named('x')[0].type, 'endpoint');
    assert.equal(built.named('x')[0].typeLine.source.kind, 'template');
  });

  it('records sections without type, with an unknown type, and with a type Asterisk never reads from the file', () => {
    const built = model('[a]\ncontext=x\n[b]\ntype=Endpoint\n[c]\ntype=contact\n[d]\ntype=friend\n');
    assert.deepEqual(built.untyped.map((untyped) => [untyped.section.name, untyped.reason]), [
      ['a', 'missing'],
      ['b', 'unknown'],
      ['c', 'not-from-file'],
      ['d', 'unknown'],
    ]);
    assert.deepEqual(built.objects, []);
  });

  it('(+) adds to the first non-template section of the name; (+type=aor) to the first whose lines match', () => {
    const built = model('[x]\ntype=endpoint\n[x]\ntype=aor\n[x](+)\ncontext=added\n[x](+type=aor)\nmax_contacts=2\n');
    const endpoint = built.get('endpoint', 'x')!;
    const aor = built.get('aor', 'x')!;
    assert.equal(valueOf(endpoint, 'context'), 'added');
    assert.equal(valueOf(aor, 'max_contacts'), '2');
    assert.equal(valueOf(endpoint, 'max_contacts'), undefined);
    assert.deepEqual(aor.appends.map((section) => section.headerLine), [6]);
  });

  it('a (+) filter with regex syntax is never run (a hostile pattern cannot hang us): it then asks for a line of that name', () => {
    const built = model(`[x]\ntype=endpoint\n[x]\ntype=aor\ncontact=sip:${'a'.repeat(40)}!\n[x](+contact=(a+)+$)\nmax_contacts=1\n`);
    assert.equal(valueOf(built.get('aor', 'x')!, 'max_contacts'), '1');
    assert.equal(valueOf(built.get('endpoint', 'x')!, 'max_contacts'), undefined);
  });

  it('a (+) with no earlier non-template section of its name adds to nothing', () => {
    const built = model('[t](!)\ntype=aor\n[t](+)\nmax_contacts=1\n[y](+)\ntype=aor\n');
    assert.deepEqual(built.objects, []);
    assert.equal(built.templates[0].lines.length, 1);
  });

  it('reads objects from included files', () => {
    const host = memoryHost({ 'pjsip.conf': '#include pjsip.aor.conf\n[alice]\ntype=endpoint\naors=alice\n', 'pjsip.aor.conf': '[alice]\ntype=aor\nmax_contacts=1\n' });
    const built = buildPjsipModel(rootFile('pjsip.conf', '#include pjsip.aor.conf\n[alice]\ntype=endpoint\naors=alice\n'), { host });
    assert.equal(built.get('aor', 'alice')?.section.uri, 'file:///etc/asterisk/pjsip.aor.conf');
    assert.equal(built.references[0].target, built.get('aor', 'alice'));
  });
});

describe('pjsip model: references', () => {
  const built = model(
    [
      '[alice]', //0
      'type=endpoint', //1
      'aors=alice, desk ,gone', //2
      'auth=alice-in', //3
      'outbound_auth=alice', //4
      '[alice]', //5
      'type=aor', //6
      '[desk]', //7
      'type=aor', //8
      '[alice-in]', //9
      'type=auth', //10
      '[alice-id]', //11
      'type=identify', //12
      'endpoint=alice', //13
      '[prov]', //14
      'type=registration', //15
      'endpoint=alice', //16
    ].join('\n'),
  );

  it('resolves each name of a list with its columns, to the object of the right type or to nothing', () => {
    const aors = built.references.filter((reference) => reference.option === 'aors');
    assert.deepEqual(aors.map((reference) => [reference.name, reference.span.start, reference.span.end, reference.target?.name]), [
      ['alice', 5, 10, 'alice'],
      ['desk', 12, 16, 'desk'],
      ['gone', 18, 22, undefined],
    ]);
    const outbound = built.references.find((reference) => reference.option === 'outbound_auth')!;
    assert.equal(outbound.target, undefined, 'alice exists, but as an endpoint and an aor, not an auth');
  });

  it('answers reverse lookups: which identifies and registrations point at an endpoint', () => {
    const from = built.referencesTo(built.get('endpoint', 'alice')!).map((reference) => `${reference.from.type}:${reference.from.name}`);
    assert.deepEqual(from, ['identify:alice-id', 'registration:prov']);
    assert.equal(built.referencesFrom(built.get('endpoint', 'alice')!).length, 5);
    // Named once: the lone reference is handed out as a list of one, the same each time in content.
    assert.deepEqual(
      built.referencesTo(built.get('aor', 'desk')!).map((reference) => [reference.from.name, reference.option, reference.targetType, reference.span]),
      [['alice', 'aors', 'aor', { start: 12, end: 16 }]],
    );
    assert.deepEqual(built.referencesTo(built.get('auth', 'alice-in')!).length, 1);
    assert.deepEqual(built.referencesTo(built.get('aor', 'alice')!).length, 1);
  });

  it('splitNames keeps the columns of each trimmed name and skips empty ones', () => {
    assert.deepEqual(splitNames(' a,,b ', 10), [
      { name: 'a', span: { start: 11, end: 12 } },
      { name: 'b', span: { start: 14, end: 15 } },
    ]);
  });
});
