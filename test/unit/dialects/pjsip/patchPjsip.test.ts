import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Diagnostic } from 'vscode-languageserver-types';
import { analyze, type Analysis } from '../../../../server/src/service/analysis';
import { dialectPlacedUpdates, doValidation, publishDiagnostics } from '../../../../server/src/service/features/validation';
import { dialectModule } from '../../../../server/src/service/dialects/registry';
import { pjsipPatchOf } from '../../../../server/src/service/dialects/pjsip/patchPjsip';
import type { PjsipModel, PjsipObject } from '../../../../server/src/service/dialects/pjsip/model';
import { indexDialplan } from '../../../../server/src/service/model/dialplan';
import { parseConfig, type ConfigDocument, type LineDelta } from '../../../../server/src/service/parser/configDocument';
import { lineChange, type LineEditKind } from '../../../support/lineEdits';

/** Property runs per `npm test`; FUZZ_RUNS raises it. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 400);
const URI = 'file:///etc/asterisk/pjsip.conf';
const DIALPLAN = indexDialplan([{ uri: 'file:///etc/asterisk/extensions.conf', document: parseConfig('[phones]\nexten => _X.,1,Dial(PJSIP/${EXTEN}@trunk)\n[from-trunk]\nexten => 100,1,Answer()\n') }]);

/** Lines that exercise every cross-object check: templates, `(+)`, references both ways, identify, registrations, transports. */
const HEADERS = ['[phone](!)', '[carol]', '[dave](phone)', '[trunk](+)', '[alice](phone)', '[alice]', '[alice](+)', '[alice](+type=aor)', '[bob]', '[bob](phone)', '[trunk]', '[trunk-out]', '[udp]', '[udp2]', '[general]'];
const OPTIONS = [
  'type=endpoint',
  'type=aor',
  'type=auth',
  'type=identify',
  'type=registration',
  'type=transport',
  'type=friend',
  'type=Endpoint',
  'aors=alice',
  'aors=alice,bob',
  'aors=trunk',
  'auth=alice',
  'auth=trunk-out',
  'outbound_auth=trunk-out',
  'outbound_auth=alice',
  'endpoint=trunk',
  'endpoint=alice',
  'endpoint=carol',
  'auth=carol',
  'aors=dave,carol',
  'outbound_auth=carol',
  'match=192.0.2.1',
  'match=10.0.0.0/8',
  'server_uri=sip:192.0.2.1',
  'server_uri=sip:provider.example',
  'client_uri=sip:me@192.0.2.1',
  'line=yes',
  'transport=udp',
  'transport=udp9',
  'protocol=udp',
  'bind=0.0.0.0:5060',
  'bind=0.0.0.0',
  'username=alice',
  'password=1234',
  'password=Xk29fLq0zPw7aa',
  'auth_type=md5',
  'max_contacts=0',
  'max_contacts=1',
  'contact=sip:bob@10.0.0.2',
  'context=phones',
  'context=from-trunk',
  'qualify_frequency=90000',
  'direct_media=maybe',
  'host=dynamic',
  'bogus=1',
  '; a comment',
  '; asterisk-conf-disable-next-line pjsip-weak-password',
  '',
];
const LINES = [...HEADERS, ...OPTIONS];

const lineArb = fc.constantFrom(...LINES);
const optionArb = fc.constantFrom(...OPTIONS);
/** A provider trunk and two phones, as a real file has them; random sections are added to it. */
const BASE = [
  '[udp]', 'type=transport', 'protocol=udp', 'bind=0.0.0.0:5060',
  '[phone](!)', 'type=endpoint', 'transport=udp', 'context=phones',
  '[trunk]', 'type=registration', 'server_uri=sip:192.0.2.1', 'client_uri=sip:me@192.0.2.1', 'outbound_auth=trunk-out',
  '[trunk-out]', 'type=auth', 'username=me', 'password=Xk29fLq0zPw7aa',
  '[trunk]', 'type=endpoint', 'context=from-trunk', 'aors=trunk', 'outbound_auth=trunk-out',
  '[trunk]', 'type=aor', 'contact=sip:192.0.2.1',
  '[trunk]', 'type=identify', 'endpoint=trunk', 'match=192.0.2.1',
  '[carol](phone)', 'auth=carol', 'aors=carol',
  '[carol]', 'type=auth', 'username=carol', 'password=Yq38gMr1aQx8bb',
  '[carol]', 'type=aor', 'max_contacts=1',
  '[dave](phone)', 'auth=dave', 'aors=dave',
  '[dave]', 'type=auth', 'username=dave', 'password=Zr47hNs2bRy9cc',
  '[dave]', 'type=aor', 'max_contacts=1',
];
const sectionsArb = fc
  .array(fc.tuple(fc.constantFrom(...HEADERS), fc.array(optionArb, { maxLength: 6 })), { minLength: 0, maxLength: 5 })
  .map((sections) => sections.flatMap(([header, options]) => [header, ...options]));
const documentArb = fc.oneof(
  { weight: 1, arbitrary: sectionsArb.filter((lines) => lines.length > 0) },
  { weight: 3, arbitrary: fc.tuple(sectionsArb, sectionsArb).map(([before, after]) => [...before, ...BASE, ...after]) },
);
/** A pasted object: a header and its lines (a phone's endpoint, aor or auth, or anything). */
const pastedObjectArb = fc.tuple(fc.constantFrom(...HEADERS, '[erin]', '[erin](phone)', '[frank]'), fc.array(optionArb, { maxLength: 5 })).map(([header, options]) => [header, ...options]);
/** Mostly edits inside option lines (the keystroke path), some that add or remove lines or headers, and the editor's bigger ones. */
const editArb = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), text: optionArb }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('type' as const), at: fc.nat(), text: fc.constantFrom('x', '1', ',', 'e', ' ') }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('erase' as const), at: fc.nat(), text: fc.constant('') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), text: lineArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: lineArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), text: fc.constant('') }) },
  // A paste of lines with or without objects in them.
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('paste' as const), at: fc.nat(), text: fc.array(pastedObjectArb, { minLength: 1, maxLength: 3 }).map((objects) => objects.flat().join('\n')) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('paste' as const), at: fc.nat(), text: fc.array(optionArb, { minLength: 2, maxLength: 8 }).map((lines) => lines.join('\n')) }) },
  // A whole object deleted, header to the next header.
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteObject' as const), at: fc.nat(), text: fc.constant('') }) },
  // Several cursors typing, or a replace-all rewriting several lines, in one didChange (bottom-up, as editors send them).
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cursors' as const), at: fc.nat(), text: fc.constantFrom('x', '1', '\nlanguage=en', '\ntype=aor', '\n[zed]\ntype=aor') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('replaceAll' as const), at: fc.nat(), text: optionArb }) },
);

type Edit = { kind: LineEditKind | 'paste' | 'deleteObject' | 'cursors' | 'replaceAll'; at: number; text: string };

/** Where an edit lands; typing and option replacements go to the next option line (a header is edited by the others). */
function lineOf(document: ConfigDocument, edit: Edit): number {
  let line = edit.at % document.lineCount;
  if (edit.kind === 'type' || edit.kind === 'erase' || (edit.kind === 'replace' && !edit.text.startsWith('['))) {
    let next = line;
    while (next < document.lineCount && document.line(next).kind === 'section') next++;
    if (next < document.lineCount) line = next;
  }
  return line;
}

type TextChange = ReturnType<typeof lineChange>;
const range = (line: number, character: number, endLine = line, endCharacter = character) => ({ start: { line, character }, end: { line: endLine, character: endCharacter } });

/** The changes of one edit: one, or several listed bottom-up (multi-cursor, replace-all). */
function changesOf(document: ConfigDocument, edit: Edit): TextChange[] {
  const line = lineOf(document, edit);
  switch (edit.kind) {
    case 'paste':
      return [{ range: range(line, 0), text: `${edit.text}\n` }];
    case 'deleteObject': {
      let header = line;
      while (header > 0 && document.line(header).kind !== 'section') header--;
      let next = header + 1;
      while (next < document.lineCount && document.line(next).kind !== 'section') next++;
      return [next < document.lineCount ? { range: range(header, 0, next, 0), text: '' } : { range: range(header, 0, next - 1, document.lineText(next - 1).length), text: '' }];
    }
    case 'cursors':
    case 'replaceAll': {
      // Up to four lines, every third from the edit's line on, bottom-up.
      const lines = [...new Set([0, 3, 6, 9].map((step) => (line + step) % document.lineCount))].sort((a, b) => b - a);
      return lines.map((at) => {
        const end = document.lineText(at).length;
        return edit.kind === 'cursors' ? { range: range(at, end), text: edit.text } : { range: range(at, 0, at, end), text: edit.text };
      });
    }
    default:
      return [lineChange(document, line, edit.kind, edit.text)];
  }
}

const keyOf = (object: PjsipObject | undefined): string | undefined => (object ? `${object.type} ${object.name} @${object.section.headerLine}` : undefined);

/** Everything the pjsip model says, as plain data: objects and their lines, references both ways, the lookups. */
function snapshot(model: PjsipModel) {
  const lines = (object: { readonly lines: PjsipObject['lines'] }) => object.lines.map((line) => [line.name, line.canonical, line.value, line.source.kind, line.source.entry?.line]);
  const object = (item: PjsipObject) => ({ key: keyOf(item), appends: item.appends.map((section) => section.headerLine), lines: lines(item), typeLine: item.typeLine.source.entry?.line });
  const references = model.references.map((reference) => [keyOf(reference.from), reference.option, reference.name, reference.line.source.entry?.line, reference.span, keyOf(reference.target)]);
  return {
    objects: model.objects.map(object),
    duplicates: model.duplicates.map(object),
    templates: model.templates.map((template) => [template.section.headerLine, template.type, lines(template)]),
    untyped: model.untyped.map((untyped) => [untyped.section.headerLine, untyped.reason, lines(untyped)]),
    references,
    lookups: model.objects.map((item) => [
      keyOf(model.get(item.type, item.name)),
      model.named(item.name).map(keyOf),
      model.ofType(item.type).map(keyOf),
      model.referencesTo(item).map((reference) => [keyOf(reference.from), reference.option, keyOf(reference.target)]),
      model.referencesFrom(item).map((reference) => [reference.option, reference.name, keyOf(reference.target)]),
    ]),
  };
}

function fresh(text: string): { analysis: Analysis; model: PjsipModel; diagnostics: readonly Diagnostic[] } {
  const analysis = analyze(URI, parseConfig(text), 'pjsip', { dialplan: DIALPLAN });
  return { analysis, model: analysis.pjsip!, diagnostics: doValidation(analysis) };
}

/** What the editor features answer at a few places of a line (they read the model's indexes: section owners, references). */
function answersAt(analysis: Analysis, line: number) {
  const features = dialectModule('pjsip').features;
  const end = analysis.document.lineText(line).length;
  return [0, 2, Math.max(0, end - 1), end].map((character) => ({
    hover: features.hover?.(analysis, { line, character }) ?? null,
    completion: features.completion?.(analysis, { line, character }),
    definition: features.definition?.(analysis, { line, character }),
  }));
}

describe('patchPjsip: the keystroke path of the pjsip model and its checks', () => {
  it('property: after any sequence of didChanges, the incremental model, diagnostics and feature answers equal a fresh analysis', () => {
    let patched = 0;
    /** Patched models where objects came or went (a paste with sections, a deletion). */
    let swapped = 0;
    const placedBefore = { ...dialectPlacedUpdates };
    fc.assert(
      fc.property(documentArb, fc.array(fc.tuple(fc.array(editArb, { minLength: 1, maxLength: 3 }), fc.boolean()), { minLength: 1, maxLength: 12 }), (lines, didChanges) => {
        const document = parseConfig(lines.join('\n'));
        let analysis: Analysis = analyze(URI, document, 'pjsip', { dialplan: DIALPLAN });
        doValidation(analysis);
        // As the server does: every change since the last analysis, in order; a validation may be skipped.
        let changed: LineDelta[] = [];
        for (const [edits, validate] of didChanges) {
          // Each edit's changes in one didChange (applied in order, as the server does): computed on the text before it.
          for (const edit of edits) for (const delta of document.applyChanges(changesOf(document, edit), document.version + 1)) changed.push(delta);
          analysis = analyze(URI, document, 'pjsip', { dialplan: DIALPLAN, previous: analysis, changedLines: changed });
          changed = [];
          const patch = pjsipPatchOf(analysis.pjsip!);
          if (patch) patched++;
          if (patch && patch.added.length + patch.removed.length > 0) swapped++;
          if (!validate) continue;
          const expected = fresh(document.getText());
          assert.deepEqual(snapshot(analysis.pjsip!), snapshot(expected.model));
          assert.deepEqual(doValidation(analysis), expected.diagnostics);
          assert.deepEqual(publishDiagnostics(analysis), publishDiagnostics(expected.analysis));
          const line = lineOf(document, edits[edits.length - 1]);
          assert.deepEqual(answersAt(analysis, line), answersAt(expected.analysis, line));
        }
      }),
      { numRuns: RUNS },
    );
    // The property is about the patched models: a fair share of the edits must have taken that path.
    assert.ok(patched >= RUNS / 2, `only ${patched} patched models in ${RUNS} runs`);
    // And of those, the pastes and deletions of objects: the path that adds and removes objects is taken.
    assert.ok(swapped >= RUNS / 20, `only ${swapped} models patched with objects added or removed in ${RUNS} runs`);
    // And so are the published lists: the findings kept placed, updated by what changed (issue #18), also after lines moved.
    const placed = { edits: dialectPlacedUpdates.edits - placedBefore.edits, moved: dialectPlacedUpdates.moved - placedBefore.moved };
    assert.ok(placed.edits >= RUNS / 10 && placed.moved >= RUNS / 100, `only ${placed.edits} lists updated (${placed.moved} after lines moved) in ${RUNS} runs`);
  });

  it('property: with a finding in most phones, keystrokes and Enter update the published list in place, equal to a fresh one', () => {
    const placedBefore = { ...dialectPlacedUpdates };
    /** A phone: an endpoint and its auth, with a weak password or not; a template every phone uses. */
    const phoneArb = fc.tuple(fc.constantFrom('1234', 'Xk29fLq0zPw7aa', 'alice'), fc.boolean());
    const phonesArb = fc.array(phoneArb, { minLength: 1, maxLength: 8 }).map((phones) => [
      '[phone](!)', 'type=endpoint', 'context=phones',
      ...phones.flatMap(([password, aor], index) => [
        `[p${index}](phone)`, `auth=p${index}`, ...(aor ? [`aors=p${index}`, `[p${index}]`, 'type=aor', 'max_contacts=1'] : []),
        `[p${index}]`, 'type=auth', `username=p${index}`, `password=${password}`,
      ]),
    ]);
    // Typing and Enter inside the objects (never on a header: that rebuilds the model).
    const keystrokeArb = fc.oneof(
      fc.record({ kind: fc.constant('type' as const), at: fc.nat(), text: fc.constantFrom('x', '1', 'e') }),
      fc.record({ kind: fc.constant('erase' as const), at: fc.nat(), text: fc.constant('') }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom('language=en', '; a comment') }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), text: fc.constant('') }),
      fc.record({ kind: fc.constant('cursors' as const), at: fc.nat(), text: fc.constantFrom('\nlanguage=en', '\n; a comment') }),
      fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), text: fc.constantFrom('password=1234', 'password=Yq38gMr1aQx8bb', 'context=phones', 'bogus=1') }),
    );
    fc.assert(
      fc.property(phonesArb, fc.array(keystrokeArb, { minLength: 1, maxLength: 10 }), (lines, edits) => {
        const document = parseConfig(lines.join('\n'));
        let analysis: Analysis = analyze(URI, document, 'pjsip', { dialplan: DIALPLAN });
        publishDiagnostics(analysis);
        for (const edit of edits) {
          const changed = document.applyChanges(changesOf(document, edit), document.version + 1);
          analysis = analyze(URI, document, 'pjsip', { dialplan: DIALPLAN, previous: analysis, changedLines: changed });
          const expected = fresh(document.getText());
          assert.deepEqual(publishDiagnostics(analysis), publishDiagnostics(expected.analysis));
          assert.deepEqual(doValidation(analysis), expected.diagnostics);
        }
      }),
      { numRuns: RUNS / 2 },
    );
    const placed = { edits: dialectPlacedUpdates.edits - placedBefore.edits, moved: dialectPlacedUpdates.moved - placedBefore.moved };
    assert.ok(placed.edits >= RUNS / 2 && placed.moved >= RUNS / 8, `only ${placed.edits} lists updated (${placed.moved} after lines moved) in ${RUNS / 2} runs`);
  });

  it('property: a generic file (the same patch of the shared model, without pjsip objects) equals a fresh analysis', () => {
    const uri = 'file:///etc/asterisk/custom.conf';
    const sections = (analysis: Analysis) =>
      analysis.model.sections.map((section) => [section.name, section.kind, section.headerLine, section.bases.map((base) => base?.headerLine), section.entries.map((entry) => [entry.line, entry.node.key, entry.node.value])]);
    fc.assert(
      fc.property(documentArb, fc.array(fc.array(editArb, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 8 }), (lines, didChanges) => {
        const document = parseConfig(lines.join('\n'));
        let analysis: Analysis = analyze(uri, document, 'generic');
        doValidation(analysis);
        for (const edits of didChanges) {
          const changed = edits.flatMap((edit) => document.applyChanges(changesOf(document, edit), document.version + 1));
          analysis = analyze(uri, document, 'generic', { previous: analysis, changedLines: changed });
          const expected = analyze(uri, parseConfig(document.getText()), 'generic');
          assert.deepEqual(sections(analysis), sections(expected));
          assert.deepEqual(doValidation(analysis), doValidation(expected));
        }
      }),
      { numRuns: RUNS / 4 },
    );
  });

  it('a keystroke in one phone rebuilds its object only, and its checks follow (a weak password appears, then goes)', () => {
    const text = ['[phone](!)', 'type=endpoint', 'context=phones', '[alice](phone)', 'auth=alice', 'aors=alice', '[alice]', 'type=auth', 'username=alice', 'password=Xk29fLq0zPw7', '[alice]', 'type=aor', 'max_contacts=1', '[bob](phone)', 'aors=bob', '[bob]', 'type=aor', 'max_contacts=1'].join('\n');
    const document = parseConfig(text);
    let analysis = analyze(URI, document, 'pjsip', { dialplan: DIALPLAN });
    assert.deepEqual(doValidation(analysis), []);
    const bob = analysis.pjsip!.get('endpoint', 'bob');
    // password=Xk29fLq0zPw7 → password=alice: as weak as it gets.
    const delta = document.applyChange({ range: { start: { line: 9, character: 9 }, end: { line: 9, character: 21 } }, text: 'alice' });
    analysis = analyze(URI, document, 'pjsip', { dialplan: DIALPLAN, previous: analysis, changedLines: [delta] });
    assert.deepEqual(pjsipPatchOf(analysis.pjsip!)?.replaced.map(([, object]) => keyOf(object)), ['auth alice @6']);
    assert.equal(analysis.pjsip!.get('endpoint', 'bob'), bob);
    // The endpoint's reference now names the rebuilt auth.
    assert.equal(analysis.pjsip!.referencesFrom(analysis.pjsip!.get('endpoint', 'alice')!).find((reference) => reference.option === 'auth')?.target, analysis.pjsip!.get('auth', 'alice'));
    assert.deepEqual(doValidation(analysis).map((d) => [d.code, d.range.start.line]), [['pjsip-weak-password', 9]]);
    assert.deepEqual(doValidation(analysis), fresh(document.getText()).diagnostics);
  });

  it('Enter inside one object moves the findings below it with their lines', () => {
    const text = ['[alice]', 'type=auth', 'username=alice', 'password=1234', '[bob]', 'type=auth', 'username=bob', 'password=1234'].join('\n');
    const document = parseConfig(text);
    let analysis = analyze(URI, document, 'pjsip', { dialplan: DIALPLAN });
    assert.deepEqual(doValidation(analysis).filter((d) => d.code === 'pjsip-weak-password').map((d) => d.range.start.line), [3, 7]);
    // A new line after "username=alice": bob's password is now on line 8.
    const delta = document.applyChange({ range: { start: { line: 2, character: 14 }, end: { line: 2, character: 14 } }, text: '\nrealm=office' });
    analysis = analyze(URI, document, 'pjsip', { dialplan: DIALPLAN, previous: analysis, changedLines: [delta] });
    assert.ok(pjsipPatchOf(analysis.pjsip!));
    const after = doValidation(analysis);
    assert.deepEqual(after.filter((d) => d.code === 'pjsip-weak-password').map((d) => d.range.start.line), [4, 8]);
    assert.deepEqual(after, fresh(document.getText()).diagnostics);
  });

  it('an edit to a template rebuilds the model (every heir changes)', () => {
    const document = parseConfig(['[phone](!)', 'type=endpoint', '[alice](phone)', 'aors=alice'].join('\n'));
    const analysis = analyze(URI, document, 'pjsip', { dialplan: DIALPLAN });
    const delta = document.applyChange({ range: { start: { line: 1, character: 13 }, end: { line: 1, character: 13 } }, text: 'x' });
    const next = analyze(URI, document, 'pjsip', { dialplan: DIALPLAN, previous: analysis, changedLines: [delta] });
    assert.equal(pjsipPatchOf(next.pjsip!), undefined);
    assert.deepEqual(snapshot(next.pjsip!), snapshot(fresh(document.getText()).model));
  });
  /** One didChange on `document` after `analysis`: the next analysis, checked against a fresh one (model, diagnostics, published list). */
  function step(document: ConfigDocument, analysis: Analysis, changes: readonly TextChange[]): Analysis {
    const deltas = document.applyChanges(changes, document.version + 1);
    const next = analyze(URI, document, 'pjsip', { dialplan: DIALPLAN, previous: analysis, changedLines: deltas });
    const expected = fresh(document.getText());
    assert.deepEqual(snapshot(next.pjsip!), snapshot(expected.model));
    assert.deepEqual(doValidation(next), expected.diagnostics);
    assert.deepEqual(publishDiagnostics(next), publishDiagnostics(expected.analysis));
    return next;
  }
  const PHONES = [
    '[udp]', 'type=transport', 'protocol=udp', 'bind=0.0.0.0:5060',
    '[phone](!)', 'type=endpoint', 'transport=udp', 'context=phones',
    '[alice](phone)', 'auth=alice', 'aors=alice',
    '[alice]', 'type=auth', 'username=alice', 'password=Xk29fLq0zPw7aa',
    '[alice]', 'type=aor', 'max_contacts=1',
    '[bob](phone)', 'auth=bob', 'aors=bob',
    '[bob]', 'type=auth', 'username=bob', 'password=Yq38gMr1aQx8bb',
    '[carol](phone)', 'aors=carol',
    '[carol]', 'type=aor', 'max_contacts=1',
  ];
  const validated = (text: string): { document: ConfigDocument; analysis: Analysis } => {
    const document = parseConfig(text);
    const analysis = analyze(URI, document, 'pjsip', { dialplan: DIALPLAN });
    doValidation(analysis);
    return { document, analysis };
  };
  const named = (object: PjsipObject): string => `${object.type} ${object.name}`;
  const codes = (analysis: Analysis) => doValidation(analysis).map((d) => [d.code, d.range.start.line]);

  it('a pasted object is found by the references that named nothing: [bob] type=auth was missing, its aor now comes', () => {
    const { document, analysis } = validated(PHONES.join('\n'));
    assert.ok(codes(analysis).some(([code, line]) => code === 'pjsip-wrong-reference-type' && line === 20), 'aors=bob names no aor');
    // The aor pasted right before [carol](phone).
    const next = step(document, analysis, [{ range: range(25, 0), text: '[bob]\ntype=aor\nmax_contacts=1\n' }]);
    const patch = pjsipPatchOf(next.pjsip!);
    // The header the paste landed on was read again (its object came anew): the aor is the first that came.
    assert.deepEqual(patch?.added.map(keyOf)[0], 'aor bob @25');
    const aor = next.pjsip!.get('aor', 'bob')!;
    assert.deepEqual(next.pjsip!.referencesTo(aor).map((reference) => keyOf(reference.from)), ['endpoint bob @18']);
    assert.ok(!codes(next).some(([code]) => code === 'pjsip-wrong-reference-type'));
  });

  it('the deletion of an object others name: their references name nothing now, and say so', () => {
    const { document, analysis } = validated(PHONES.join('\n'));
    // [alice] type=auth (lines 11-14) deleted.
    const next = step(document, analysis, [{ range: range(11, 0, 15, 0), text: '' }]);
    // The aor's header, joined to the deleted text's start, was read again: its object went and came too.
    assert.deepEqual(pjsipPatchOf(next.pjsip!)?.removed.map(named), ['auth alice', 'aor alice']);
    const endpoint = next.pjsip!.get('endpoint', 'alice')!;
    assert.equal(next.pjsip!.referencesFrom(endpoint).find((reference) => reference.option === 'auth')?.target, undefined);
    assert.ok(codes(next).some(([code, line]) => code === 'pjsip-wrong-reference-type' && line === 9), 'alice is an endpoint and an aor, no auth');
    // Undone: pasted back, the reference names it again.
    const back = step(document, next, [{ range: range(11, 0), text: '[alice]\ntype=auth\nusername=alice\npassword=Xk29fLq0zPw7aa\n' }]);
    assert.ok(pjsipPatchOf(back.pjsip!)?.added.map(keyOf).includes('auth alice @11'));
    assert.ok(!codes(back).some(([code, line]) => code === 'pjsip-wrong-reference-type' && line === 9));
    assert.equal(back.pjsip!.referencesFrom(back.pjsip!.get('endpoint', 'alice')!).find((reference) => reference.option === 'auth')?.target, back.pjsip!.get('auth', 'alice'));
  });

  it('a phone of a name defined three times (endpoint, aor, auth) pasted and deleted, a name of another type reported', () => {
    const { document, analysis } = validated(PHONES.join('\n'));
    // Before [carol](phone).
    const pasted = step(document, analysis, [{ range: range(25, 0), text: '[dave](phone)\nauth=dave\naors=dave\n[dave]\ntype=aor\nmax_contacts=1\n[dave]\ntype=auth\nusername=dave\npassword=Zr47hNs2bRy9cc\n' }]);
    assert.deepEqual(pjsipPatchOf(pasted.pjsip!)?.added.map(keyOf).slice(0, 3), ['endpoint dave @25', 'aor dave @28', 'auth dave @31']);
    // Its aor deleted: `aors=dave` names an endpoint and an auth, no aor.
    const deleted = step(document, pasted, [{ range: range(28, 0, 31, 0), text: '' }]);
    assert.ok(pjsipPatchOf(deleted.pjsip!)?.removed.map(named).includes('aor dave'));
    assert.ok(codes(deleted).some(([code, line]) => code === 'pjsip-wrong-reference-type' && line === 27));
    // And the whole phone deleted, endpoint and auth.
    const gone = step(document, deleted, [{ range: range(25, 0, 32, 0), text: '' }]);
    const removed = pjsipPatchOf(gone.pjsip!)?.removed.map(named) ?? [];
    assert.ok(removed.includes('auth dave') && removed.includes('endpoint dave'));
  });

  it('the section a paste lands in is rebuilt in place, not removed and added: the transport every phone names keeps its references', () => {
    const { document, analysis } = validated(PHONES.join('\n'));
    // Inside [udp], before its bind= line: [udp] loses that line to the pasted aor.
    const next = step(document, analysis, [{ range: range(3, 0), text: '[erin]\ntype=aor\nmax_contacts=1\n' }]);
    const patch = pjsipPatchOf(next.pjsip!)!;
    assert.deepEqual(patch.replaced.map(([, object]) => named(object)), ['transport udp']);
    assert.deepEqual(patch.added.map(named), ['aor erin']);
    assert.deepEqual(patch.removed, []);
    assert.equal(next.pjsip!.referencesTo(next.pjsip!.get('transport', 'udp')!).length, 3);
  });

  it('the deletion of the first of two objects of one type and name is right (rebuilt)', () => {
    const { document, analysis } = validated([...PHONES, '[carol]', 'type=aor', 'max_contacts=2'].join('\n'));
    assert.ok(codes(analysis).some(([code]) => code === 'pjsip-duplicate-object'));
    const next = step(document, analysis, [{ range: range(27, 0, 29, 0), text: '' }]);
    assert.equal(pjsipPatchOf(next.pjsip!)?.removed.length ?? 0, 0);
    assert.ok(!codes(next).some(([code]) => code === 'pjsip-duplicate-object'));
  });

  it('property: pastes and deletions of phones in a file of phones equal a fresh analysis, and are patched', () => {
    const pieces = [
      '[erin](phone)\nauth=erin\naors=erin',
      '[erin]\ntype=aor\nmax_contacts=1',
      '[erin]\ntype=auth\nusername=erin\npassword=Qw12erTy34uiOP',
      '[bob]\ntype=aor\nmax_contacts=1',
      '[bob]\ntype=aor\nmax_contacts=0',
      '[alice]\ntype=identify\nendpoint=alice\nmatch=10.0.0.1',
      '[frank](phone)\naors=carol,erin\nauth=bob',
      '[udp2]\ntype=transport\nprotocol=udp\nbind=0.0.0.0:5070',
      '[carol]\ntype=endpoint',
      '[tpl](!)\ntype=aor',
      'max_contacts=2',
    ];
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('paste' as const), at: fc.nat(), text: fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 3 }).map((items) => items.join('\n')) }),
      fc.record({ kind: fc.constant('deleteObject' as const), at: fc.nat(), text: fc.constant('') }),
      fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), text: fc.constantFrom('password=1234', 'aors=erin', 'auth=erin', 'max_contacts=0', 'transport=udp2') }),
    );
    let swapped = 0;
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        const start = validated(PHONES.join('\n'));
        const document = start.document;
        let analysis = start.analysis;
        for (const item of edits) {
          if (document.lineCount < 4) break;
          analysis = step(document, analysis, changesOf(document, item));
          const patch = pjsipPatchOf(analysis.pjsip!);
          if (patch && patch.added.length + patch.removed.length > 0) swapped++;
        }
      }),
      { numRuns: RUNS / 2 },
    );
    assert.ok(swapped >= RUNS / 4, `only ${swapped} models patched with objects added or removed`);
  });
});
