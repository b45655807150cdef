import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseConfig } from '../../../server/src/service/parser/configDocument';
import { buildModel } from '../../../server/src/service/model/buildModel';
import { endpointAt, endpointCount, patchModel, patchOf, sectionAt, sectionCount } from '../../../server/src/service/model/patchModel';
import type { ConfigModel } from '../../../server/src/service/model/types';

const URI = 'file:///etc/asterisk/sip.conf';
const TEXT = [
  '[general]',
  'context=public',
  'register => me:pw@prov.example',
  '[phone](!)',
  'type=friend',
  'host=dynamic',
  '[alice](phone)',
  'secret=one',
  'context=office',
  '',
  '[bob]',
  'type=peer',
  'host=10.0.0.2',
  '; a comment',
  'qualify=yes',
].join('\n');

/** What features read of a model, in comparable form. */
function summary(model: ConfigModel): unknown {
  return {
    sections: model.sections.map((s) => [s.name, s.headerLine, s.endLine, s.kind, s.entries.map((e) => [e.line, e.node.key, e.node.value])]),
    endpoints: model.endpoints.map((e) => [
      e.section.name,
      e.bits,
      [...e.options].map(([name, values]) => [name, values.map((v) => [v.value, v.source.kind, v.source.section?.name, v.source.entry?.line])]),
      JSON.stringify(e.direction, (key, value) => (key === 'section' || key === 'entry' ? undefined : value)),
    ]),
    registers: model.registers.map((r) => [r.entry.line, r.parsed.host?.text]),
  };
}

describe('patchModel: the keystroke path', () => {
  it('rebuilds only the edited endpoint and reuses the others', () => {
    const document = parseConfig(TEXT);
    const before = buildModel({ uri: URI, document }, 'sip');
    document.applyChange({ range: { start: { line: 12, character: 12 }, end: { line: 12, character: 13 } }, text: '9' });
    const patched = patchModel(before, document, { start: 12, end: 13 }, 'sip');
    assert.ok(patched, 'an option line inside [bob] is patched');
    assert.equal(patched.endpointsByKey.get('alice'), before.endpointsByKey.get('alice'));
    assert.equal(patched.endpointsByKey.get('bob')?.options.get('host')?.[0].value, '10.0.0.9');
    assert.deepEqual(summary(patched), summary(buildModel({ uri: URI, document }, 'sip')));
    // It says where it differs, so the validation need not compare every slot.
    const patch = patchOf(patched);
    assert.equal(patch?.previous, before);
    assert.deepEqual(patch?.sectionWindows.map((window) => patched.sections[window.from].name), ['bob']);
    assert.notEqual(patched.sections[patch!.sectionWindows[0].from], before.sections[patch!.sectionWindows[0].oldFrom]);
    assert.deepEqual(patch?.endpointWindows.map((window) => patched.endpoints[window.from]), [patched.endpointsByKey.get('bob')]);
    assert.equal(patchOf(before), undefined);
    // Its lists are read slot by slot without building the arrays, and agree with them when built.
    assert.equal(sectionCount(patched), before.sections.length);
    assert.equal(endpointCount(patched), before.endpoints.length);
    for (let index = 0; index < sectionCount(patched); index++) assert.equal(sectionAt(patched, index), patched.sections[index]);
    for (let index = 0; index < endpointCount(patched); index++) assert.equal(endpointAt(patched, index), patched.endpoints[index]);
    assert.equal(sectionAt(before, 0), before.sections[0]);
  });

  it('declines what it cannot patch: headers, templates, [general], register lines', () => {
    const cases: [number, string][] = [
      [6, '[alice](phone)x'],
      [4, 'type=peer'],
      [1, 'context=other'],
      [2, 'register => me:pw@other.example'],
    ];
    for (const [line, text] of cases) {
      const document = parseConfig(TEXT);
      const before = buildModel({ uri: URI, document }, 'sip');
      document.applyChange({ range: { start: { line, character: 0 }, end: { line, character: document.lineText(line).length } }, text });
      assert.equal(patchModel(before, document, { start: line, end: line + 1 }, 'sip'), undefined, `line ${line}`);
    }
  });

  it('patches an edit that inserts or removes lines inside one endpoint, keeping the sections after it', () => {
    const document = parseConfig(TEXT);
    const before = buildModel({ uri: URI, document }, 'sip');
    // Enter at the end of "type=peer" in [bob], and a new option typed on the new line.
    const delta = document.applyChange({ range: { start: { line: 11, character: 9 }, end: { line: 11, character: 9 } }, text: '\nnat=no' });
    assert.deepEqual([delta.startLine, delta.removed, delta.inserted], [11, 1, 2]);
    const patched = patchModel(before, document, delta, 'sip');
    assert.ok(patched, 'a line inserted inside [bob] is patched');
    assert.equal(patched.endpointsByKey.get('alice'), before.endpointsByKey.get('alice'));
    assert.equal(patched.endpointsByKey.get('bob')?.options.get('nat')?.[0].value, 'no');
    assert.deepEqual(summary(patched), summary(buildModel({ uri: URI, document }, 'sip')));
    // Lines removed again.
    const back = document.applyChange({ range: { start: { line: 11, character: 9 }, end: { line: 12, character: 6 } }, text: '' });
    const again = patchModel(patched, document, back, 'sip');
    assert.ok(again);
    assert.deepEqual(summary(again), summary(buildModel({ uri: URI, document }, 'sip')));
  });

  it('patches several changes of one didChange in different endpoints (multi-cursor), in the order applied', () => {
    const document = parseConfig(TEXT);
    const before = buildModel({ uri: URI, document }, 'sip');
    // Bottom-up, as editors send them: Enter in [bob], then a keystroke in [alice] above it.
    const changes = [
      document.applyChange({ range: { start: { line: 11, character: 9 }, end: { line: 11, character: 9 } }, text: '\nnat=no' }),
      document.applyChange({ range: { start: { line: 8, character: 14 }, end: { line: 8, character: 14 } }, text: 'x' }),
    ];
    const patched = patchModel(before, document, changes, 'sip');
    assert.ok(patched, 'two endpoints changed in one didChange are patched');
    assert.deepEqual(patchOf(patched)?.sectionWindows.map((window) => patched.sections[window.from].name), ['alice', 'bob']);
    assert.equal(patched.endpointsByKey.get('alice')?.options.get('context')?.[0].value, 'officex');
    assert.deepEqual(summary(patched), summary(buildModel({ uri: URI, document }, 'sip')));
  });

  it('declines a list with one change it cannot patch, wherever it is in the list', () => {
    const document = parseConfig(TEXT);
    const before = buildModel({ uri: URI, document }, 'sip');
    const changes = [
      document.applyChange({ range: { start: { line: 12, character: 12 }, end: { line: 12, character: 13 } }, text: '9' }),
      // [general] (line 1): every endpoint reads it.
      document.applyChange({ range: { start: { line: 1, character: 8 }, end: { line: 1, character: 14 } }, text: 'other' }),
    ];
    assert.equal(patchModel(before, document, changes, 'sip'), undefined);
  });

  it('patches a paste that brings new sections, and the deletion of a whole section, keeping the others', () => {
    const document = parseConfig(TEXT);
    const before = buildModel({ uri: URI, document }, 'sip');
    // Two endpoints pasted inside [alice], after its secret line: the rest of [alice] now belongs to [dave].
    const paste = document.applyChange({ range: { start: { line: 8, character: 0 }, end: { line: 8, character: 0 } }, text: '[carol](phone)\nsecret=c\n[dave]\ntype=peer\n' });
    const pasted = patchModel(before, document, [paste], 'sip');
    assert.ok(pasted, 'a paste of new sections is patched');
    assert.equal(pasted.endpointsByKey.get('bob'), before.endpointsByKey.get('bob'));
    assert.equal(pasted.sectionsByKey.get('carol')?.[0].bases[0], before.sectionsByKey.get('phone')?.[0]);
    assert.deepEqual(summary(pasted), summary(buildModel({ uri: URI, document }, 'sip')));
    // [carol] deleted, from its header to the next one.
    const deletion = document.applyChange({ range: { start: { line: 8, character: 0 }, end: { line: 10, character: 0 } }, text: '' });
    const deleted = patchModel(pasted, document, [deletion], 'sip');
    assert.ok(deleted, 'the deletion of a section is patched');
    assert.equal(deleted.sectionsByKey.get('carol'), undefined);
    assert.equal(deleted.endpointsByKey.has('carol'), false);
    assert.deepEqual(summary(deleted), summary(buildModel({ uri: URI, document }, 'sip')));
  });

  it('declines new sections that another section names, that duplicate a name, or in a file with includes', () => {
    const cases: [string, string][] = [
      [TEXT, '[phone2]\n'], // fine: the control case below asserts it is patched
      [TEXT.replace('[bob]', '[bob](carol)'), '[carol]\n'], // [bob] inherits a [carol] that now exists
      [TEXT, '[bob]\n'], // a second [bob]
      [`#include extra.conf\n${TEXT}`, '[carol]\n'],
    ];
    cases.forEach(([text, pasted], index) => {
      const document = parseConfig(text);
      const before = buildModel({ uri: URI, document }, 'sip');
      const line = document.lineCount - 2;
      const change = document.applyChange({ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: pasted });
      const patched = patchModel(before, document, [change], 'sip');
      if (index === 0) assert.ok(patched, 'control');
      else assert.equal(patched, undefined, `case ${index}`);
    });
  });

  it('regression: a patched endpoint keeps the defaults of [general](+), and an edit in the (+) rebuilds what reads it', () => {
    const text = `${TEXT}\n[general](+)\ncontext=office`;
    const document = parseConfig(text);
    const before = buildModel({ uri: URI, document }, 'sip');
    assert.equal(before.endpointsByKey.get('bob')?.direction.inbound?.context.value, 'office');
    document.applyChange({ range: { start: { line: 12, character: 12 }, end: { line: 12, character: 13 } }, text: '9' });
    const patched = patchModel(before, document, { start: 12, end: 13 }, 'sip');
    assert.ok(patched, 'an option line inside [bob] is patched');
    assert.equal(patched.endpointsByKey.get('bob')?.direction.inbound?.context.value, 'office');
    assert.deepEqual(summary(patched), summary(buildModel({ uri: URI, document }, 'sip')));
    // The (+) is [general]: patchModel declines it, and the rebuild does not reuse the endpoints built with the old value.
    document.applyChange({ range: { start: { line: 16, character: 8 }, end: { line: 16, character: 14 } }, text: 'lobby' });
    assert.equal(patchModel(patched, document, { start: 16, end: 17 }, 'sip'), undefined);
    const rebuilt = buildModel({ uri: URI, document }, 'sip', { previous: patched });
    assert.equal(rebuilt.endpointsByKey.get('bob')?.direction.inbound?.context.value, 'lobby');
    assert.deepEqual(summary(rebuilt), summary(buildModel({ uri: URI, document }, 'sip')));
  });

  it('property: a patched model equals a full rebuild, with a [general](+) among the sections', () => {
    const text = `${TEXT}\n[general](+)\ncontext=office`;
    const lineText = fc.constantFrom('secret=x', 'context=a', 'context=b', 'host=dynamic', 'type=user', '', '; note', 'nat=no\nqualify=yes', 'a=1\n\nb=2');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 16 }), lineText), { minLength: 1, maxLength: 6 }), (edits) => {
        const document = parseConfig(text);
        let model = buildModel({ uri: URI, document }, 'sip');
        for (const [at, line] of edits) {
          const index = at % document.lineCount;
          const delta = document.applyChange({ range: { start: { line: index, character: 0 }, end: { line: index, character: document.lineText(index).length } }, text: line });
          const changed = delta.removed === delta.inserted ? { start: index, end: index + 1 } : delta;
          model = patchModel(model, document, changed, 'sip') ?? buildModel({ uri: URI, document }, 'sip', { previous: model });
          assert.deepEqual(summary(model), summary(buildModel({ uri: URI, document }, 'sip')));
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });

  it('property: a patched model equals a full rebuild', () => {
    const lineText = fc.constantFrom('secret=x', 'context=a', 'host=dynamic', 'type=user', '', '; note', 'qualify=no', 'allow+=,g729', 'bad line', 'register => a@b', 'nat=no\nqualify=yes', '\n', 'a=1\n\nb=2');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 14 }), lineText), { minLength: 1, maxLength: 6 }), (edits) => {
        const document = parseConfig(TEXT);
        let model = buildModel({ uri: URI, document }, 'sip');
        for (const [line, text] of edits) {
          // Replace the line, or (for a text with a line break) split it in two: an edit that moves lines.
          const delta = document.applyChange({ range: { start: { line, character: 0 }, end: { line, character: document.lineText(line).length } }, text });
          const changed = delta.removed === delta.inserted ? { start: line, end: line + 1 } : delta;
          model = patchModel(model, document, changed, 'sip') ?? buildModel({ uri: URI, document }, 'sip', { previous: model });
          assert.deepEqual(summary(model), summary(buildModel({ uri: URI, document }, 'sip')));
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });

  it('property: a model patched with a list of changes equals a full rebuild', () => {
    const lineText = fc.constantFrom('secret=x', 'context=a', 'host=dynamic', '', '; note', 'allow+=,g729', 'bad line', 'register => a@b', 'nat=no\nqualify=yes', '\n', '[carol]\ntype=peer', 'a=1\n\nb=2');
    fc.assert(
      fc.property(fc.array(fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), lineText), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }), (didChanges) => {
        const document = parseConfig(TEXT);
        let model = buildModel({ uri: URI, document }, 'sip');
        for (const edits of didChanges) {
          const changes = edits.map(([line, text]) => {
            const at = line % document.lineCount;
            return document.applyChange({ range: { start: { line: at, character: 0 }, end: { line: at, character: document.lineText(at).length } }, text });
          });
          model = patchModel(model, document, changes, 'sip') ?? buildModel({ uri: URI, document }, 'sip', { previous: model });
          assert.deepEqual(summary(model), summary(buildModel({ uri: URI, document }, 'sip')));
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });
});

describe('patchModel: sections that come and go in another dialect (generic, the base of the pjsip model)', () => {
  const GENERIC_URI = 'file:///etc/asterisk/pjsip.conf';
  const GENERIC = [
    '[udp]',
    'type=transport',
    '[phone](!)',
    'type=endpoint',
    '[1000](phone)',
    'context=a',
    '[1000]',
    'type=aor',
    '[1000]',
    'type=auth',
    'password=x',
    '[1001](phone)',
    'context=b',
    '[1001]',
    'type=aor',
    '[tail]',
    'type=aor',
  ].join('\n');

  /** What readers take of a generic model: the sections, each name's group in order, each section's bases. */
  function genericSummary(model: ConfigModel): unknown {
    const place = (section: { headerLine: number } | undefined) => section?.headerLine;
    return {
      sections: model.sections.map((s) => [s.name, s.headerLine, s.endLine, s.kind, s.bases.map(place), s.entries.map((e) => [e.line, e.node.key, e.node.value])]),
      groups: [...model.sectionsByKey].map(([key, group]) => [key, group.map(place)]).sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
      orders: model.sections.every((s, i) => i === 0 || model.sections[i - 1].order < s.order),
    };
  }

  it('patches a paste of sections of a name defined three times, and the deletion of one of them', () => {
    const document = parseConfig(GENERIC);
    const before = buildModel({ uri: GENERIC_URI, document }, 'generic');
    const paste = document.applyChange({ range: { start: { line: 13, character: 0 }, end: { line: 13, character: 0 } }, text: '[2000](phone)\ncontext=c\n[2000]\ntype=aor\n[2000]\ntype=auth\n[1000]\ntype=identify\n' });
    const pasted = patchModel(before, document, [paste], 'generic');
    assert.ok(pasted, 'a paste of names defined several times is patched');
    assert.deepEqual(genericSummary(pasted), genericSummary(buildModel({ uri: GENERIC_URI, document }, 'generic')));
    assert.equal(pasted.sectionsByKey.get('1000')?.length, 4);
    assert.equal(patchOf(pasted)?.keepsDuplicates, false);
    // The second [1000] deleted: the group keeps the three others, in order.
    const deletion = document.applyChange({ range: { start: { line: 6, character: 0 }, end: { line: 8, character: 0 } }, text: '' });
    const deleted = patchModel(pasted, document, [deletion], 'generic');
    assert.ok(deleted, 'the deletion of one section of a group is patched');
    assert.deepEqual(genericSummary(deleted), genericSummary(buildModel({ uri: GENERIC_URI, document }, 'generic')));
  });

  it('declines sections of a name something inherits, templates, appends and what a (+) adds to', () => {
    const cases: [string, string, boolean][] = [
      [GENERIC, '[3000]\ntype=aor\n', true], // control
      [GENERIC, '[phone]\ntype=aor\n', false], // [1000](phone) inherits the name
      [GENERIC, '[tpl](!)\ntype=aor\n', false],
      [GENERIC, '[1000](+)\nmax_contacts=2\n', false],
      [`${GENERIC}\n[1001](+)\nmax_contacts=2`, '[1001]\ntype=auth\n', false],
    ];
    for (const [text, pasted, patched] of cases) {
      const document = parseConfig(text);
      const before = buildModel({ uri: GENERIC_URI, document }, 'generic');
      const change = document.applyChange({ range: { start: { line: 15, character: 0 }, end: { line: 15, character: 0 } }, text: pasted });
      assert.equal(patchModel(before, document, [change], 'generic') !== undefined, patched, pasted);
    }
  });

  it('property: a generic model patched through pastes and deletions of sections equals a full rebuild', () => {
    const pieces = fc.constantFrom(
      '[1000]\ntype=identify\n',
      '[1001]\ntype=auth\npassword=y\n',
      '[2000](phone)\ncontext=z\n[2000]\ntype=aor\n[2000]\ntype=auth\n',
      '[udp]\ntype=transport\n',
      '[phone]\ntype=aor\n',
      '[9]\n',
      'context=q\n',
      '[x](+)\na=1\n',
      '[t](!)\ntype=aor\n',
    );
    const edit = fc.oneof(fc.tuple(fc.constant('paste' as const), fc.integer({ min: 0, max: 40 }), pieces), fc.tuple(fc.constant('delete' as const), fc.integer({ min: 0, max: 40 }), fc.constant('')));
    let patchedCount = 0;
    let total = 0;
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        const document = parseConfig(GENERIC);
        let model = buildModel({ uri: GENERIC_URI, document }, 'generic');
        for (const [kind, at, text] of edits) {
          const line = at % document.lineCount;
          let change;
          if (kind === 'paste') change = document.applyChange({ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text });
          else {
            // A whole section: from its header to the next header (or the end).
            let header = line;
            while (header > 0 && document.line(header).kind !== 'section') header--;
            let next = header + 1;
            while (next < document.lineCount && document.line(next).kind !== 'section') next++;
            if (next >= document.lineCount || next - header >= document.lineCount - 1) continue;
            change = document.applyChange({ range: { start: { line: header, character: 0 }, end: { line: next, character: 0 } }, text: '' });
          }
          const patched = patchModel(model, document, [change], 'generic');
          total++;
          if (patched) patchedCount++;
          model = patched ?? buildModel({ uri: GENERIC_URI, document }, 'generic', { previous: model });
          assert.deepEqual(genericSummary(model), genericSummary(buildModel({ uri: GENERIC_URI, document }, 'generic')));
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
    // The property proves the patch only if the patch is taken: most of these edits are patchable.
    assert.ok(patchedCount > total / 4, `patched ${patchedCount} of ${total}`);
  });
});
