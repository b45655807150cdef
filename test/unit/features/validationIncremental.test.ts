import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Diagnostic } from 'vscode-languageserver-types';
import { analyze, type Analysis } from '../../../server/src/service/analysis';
import { capDiagnostics, doValidation, publishDiagnostics } from '../../../server/src/service/features/validation';
import { indexDialplan } from '../../../server/src/service/model/dialplan';
import { parseConfig, type LineDelta } from '../../../server/src/service/parser/configDocument';
import { DEFAULT_SETTINGS } from '../../../server/src/service/settings';
import { setNodeSize } from '../../../server/src/service/features/rules/phaseList';
import { lineChange, type LineEditKind } from '../../support/lineEdits';

/** Property runs per `npm test`; FUZZ_RUNS raises it. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const URI = 'file:///etc/asterisk/sip.conf';
const DIALPLAN = indexDialplan([{ uri: 'file:///etc/asterisk/extensions.conf', document: parseConfig('[office]\n[from-trunk]\n[public]\n') }]);

/** Lines that exercise every cross-section rule: templates, duplicates, registers and their hosts, [general]. */
const LINES = [
  '[general]',
  // Its lines are [general] lines for every device too: an edit in it must reach what depends on [general].
  '[general](+)',
  'allowguest=yes',
  'allowguest=no',
  'context=office',
  'context=public',
  'context=nowhere',
  'encryption=yes',
  'encryption=no',
  'register => me:pw@prov.example',
  'register => me:pw@other.example/100',
  'register => bad@',
  '[phone](!)',
  '[phone](!,base)',
  '[base](!)',
  '[alice](phone)',
  '[alice]',
  '[alice](+)',
  '[bob]',
  '[bob](base)',
  '[Bob]',
  'type=friend',
  'type=peer',
  'type=user',
  'type=frend',
  'host=dynamic',
  'host=prov.example',
  'host=10.0.0.2',
  'secret=1234',
  'secret=Xk29fLq0zPw7',
  'md5secret=abc',
  'insecure=invite',
  'insecure=very,invite',
  'defaultuser=alice',
  'qualify=yes',
  'qualify=maybe',
  'nat=yes',
  'allow=ulaw',
  'allow+=g729',
  'allow+=,g723.1',
  'permit=10.0.0.0/33',
  'canreinvite=no',
  'call-limit=2',
  'trustrpid=perhaps',
  'port=99999',
  'username=bob',
  'autocreatepeer=yes',
  'alwaysauthreject=no',
  'inkeys=k',
  'bogusoption=1',
  '#exec /bin/true',
  '; a comment',
  '; asterisk-conf-disable-next-line weak-secret',
  '; asterisk-conf-disable unknown-option',
  ';-- block',
  '--;',
  'no equals here',
  '',
];

const HEADERS = LINES.filter((line) => line.startsWith('['));
const lineArb = fc.constantFrom(...LINES);
const optionArb = fc.constantFrom(...LINES.filter((line) => !line.startsWith('[')));
/** Documents made of sections from a few names, so duplicates, templates and their heirs are common. */
const documentArb = fc
  .array(fc.tuple(fc.constantFrom(...HEADERS), fc.array(optionArb, { maxLength: 6 })), { minLength: 1, maxLength: 8 })
  .map((sections) => sections.flatMap(([header, options]) => [header, ...options]));
/** A single-line edit: replace a line, insert a line, delete a line, or type / erase one character. */
const editArb = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), text: lineArb }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), text: optionArb }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), text: optionArb }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: lineArb }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), text: fc.constant('') }),
  fc.record({ kind: fc.constant('type' as const), at: fc.nat(), text: fc.constantFrom('x', '=', '1', ' ', ']', ';', '!') }),
  fc.record({ kind: fc.constant('erase' as const), at: fc.nat(), text: fc.constant('') }),
  // A paste of several lines, with or without section headers among them.
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.array(optionArb, { minLength: 2, maxLength: 5 }).map((lines) => lines.join('\n')) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: documentArb.map((lines) => lines.join('\n')) }),
  // A whole section deleted: from its header to the next one.
  fc.record({ kind: fc.constant('deleteSection' as const), at: fc.nat(), text: fc.constant('') }),
);

type Edit = { kind: LineEditKind | 'deleteSection'; at: number; text: string };

/** The LSP change for an edit of the document's current text. */
function changeOf(document: ReturnType<typeof parseConfig>, edit: Edit) {
  const line = edit.at % document.lineCount;
  switch (edit.kind) {
    case 'deleteSection': {
      let header = line;
      while (header > 0 && document.line(header).kind !== 'section') header--;
      let next = header + 1;
      while (next < document.lineCount && document.line(next).kind !== 'section') next++;
      return next < document.lineCount
        ? { range: { start: { line: header, character: 0 }, end: { line: next, character: 0 } }, text: '' }
        : { range: { start: { line: header, character: 0 }, end: { line: next - 1, character: document.lineText(next - 1).length } }, text: '' };
    }
    default:
      return lineChange(document, line, edit.kind, edit.text);
  }
}

function fresh(text: string, dialect: 'sip' | 'iax', settings = DEFAULT_SETTINGS): readonly Diagnostic[] {
  return doValidation(analyze(URI, parseConfig(text), dialect, { dialplan: DIALPLAN, settings }));
}

/** After any sequence of didChanges, the incremental diagnostics equal a fresh validation. */
function checkDidChanges(numRuns: number): void {
  fc.assert(
    fc.property(
      fc.oneof(documentArb, fc.array(lineArb, { minLength: 1, maxLength: 30 })),
      // A didChange of several changes: multi-cursor typing, a replace-all, a formatter's edit list; then
      // the whole list (the CLI) or, as the server publishes, the first few (-1: the whole list).
      fc.array(fc.tuple(fc.array(editArb, { minLength: 1, maxLength: 4 }), fc.boolean(), fc.integer({ min: -1, max: 4 })), { minLength: 1, maxLength: 10 }),
      fc.constantFrom('sip' as const, 'iax' as const),
      (lines, didChanges, dialect) => {
        const document = parseConfig(lines.join('\n'));
        let analysis: Analysis = analyze(URI, document, dialect, { dialplan: DIALPLAN });
        doValidation(analysis);
        // As the server does: every change since the last analysis, in order; a validation may be skipped.
        let changed: LineDelta[] = [];
        for (const [edits, validate, shown] of didChanges) {
          // Each change applies to the text the one before it left, as LSP's contentChanges do.
          for (const edit of edits) changed.push(document.applyChange(changeOf(document, edit)));
          if (!validate) continue;
          analysis = analyze(URI, document, dialect, { dialplan: DIALPLAN, previous: analysis, changedLines: changed });
          changed = [];
          if (shown < 0) assert.deepEqual(doValidation(analysis), fresh(document.getText(), dialect));
          else assert.deepEqual(publishDiagnostics(analysis, shown), capDiagnostics(analysis, fresh(document.getText(), dialect), shown));
        }
      },
    ),
    { numRuns },
  );
}

describe('validation: incremental by identity', () => {
  it('property: after any sequence of didChanges (each one or several changes), the incremental diagnostics equal a fresh validation', () => {
    checkDidChanges(RUNS);
  });

  it('property: the same with phase lists of nodes of 2 to 4 units (trees of several levels from small files)', () => {
    const restore = setNodeSize(4, 2);
    try {
      checkDidChanges(RUNS / 4);
    } finally {
      restore();
    }
  });

  it('property: the single-range form of changedLines (lines changed in place, merged) still equals a fresh validation', () => {
    fc.assert(
      fc.property(
        fc.oneof(documentArb, fc.array(lineArb, { minLength: 1, maxLength: 30 })),
        fc.array(fc.tuple(editArb, fc.boolean()), { minLength: 1, maxLength: 12 }),
        fc.constantFrom('sip' as const, 'iax' as const),
        (lines, edits, dialect) => {
          const document = parseConfig(lines.join('\n'));
          let analysis: Analysis = analyze(URI, document, dialect, { dialplan: DIALPLAN });
          doValidation(analysis);
          let changed: { start: number; end: number } | LineDelta | 'many' | undefined;
          for (const [edit, validate] of edits) {
            const delta = document.applyChange(changeOf(document, edit));
            if (changed === 'many' || (changed && 'startLine' in changed)) changed = 'many';
            else if (delta.removed !== delta.inserted) changed = changed === undefined ? delta : 'many';
            else changed = { start: Math.min(changed?.start ?? delta.startLine, delta.startLine), end: Math.max(changed?.end ?? delta.reusedFrom, delta.reusedFrom) };
            if (!validate) continue;
            analysis = analyze(URI, document, dialect, { dialplan: DIALPLAN, previous: analysis, changedLines: changed === 'many' ? undefined : changed });
            changed = undefined;
            assert.deepEqual(doValidation(analysis), fresh(document.getText(), dialect));
          }
        },
      ),
      { numRuns: RUNS / 4 },
    );
  });

  it('regression: the findings of a header erased in place go with it, when the section before it did not change', () => {
    // Found by the property: [alice](phone) erased to an empty line left its unknown-template finding behind.
    const document = parseConfig('[bob](base)\n[alice](phone)');
    let analysis = analyze(URI, document, 'sip', { dialplan: DIALPLAN });
    doValidation(analysis);
    const delta = document.applyChange({ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 14 } }, text: '' });
    analysis = analyze(URI, document, 'sip', { dialplan: DIALPLAN, previous: analysis, changedLines: [delta] });
    assert.deepEqual(doValidation(analysis), fresh(document.getText(), 'sip'));
  });

  it('a keystroke in one peer changes only what that peer says, and register-no-peer follows its host', () => {
    const text = ['[general]', 'register => me:pw@prov.example', 'allowguest=no', '[prov]', 'type=peer', 'host=prov.example', 'context=public', '[alice]', 'type=friend', 'host=dynamic', 'secret=Xk29fLq0zPw7', 'context=office'].join('\n');
    const document = parseConfig(text);
    let analysis = analyze(URI, document, 'sip', { dialplan: DIALPLAN });
    assert.deepEqual(doValidation(analysis), []);
    // host=prov.example → host=prov.exampl: the register no longer has a peer.
    const delta = document.applyChange({ range: { start: { line: 5, character: 16 }, end: { line: 5, character: 17 } }, text: '' });
    analysis = analyze(URI, document, 'sip', { dialplan: DIALPLAN, previous: analysis, changedLines: { start: delta.startLine, end: delta.reusedFrom } });
    const after = doValidation(analysis);
    assert.deepEqual(
      after.map((d) => [d.code, d.range.start.line, d.range.start.character]),
      [['register-no-peer', 1, 18]],
    );
    assert.deepEqual(after, fresh(document.getText(), 'sip'));
  });

  it('an edit in [general](+) reaches the devices that read [general]: its context (sip) and encryption (iax)', () => {
    const cases: ['sip' | 'iax', string[], number, string, string][] = [
      ['sip', ['[general]', 'allowguest=no', '[alice]', 'type=friend', 'host=dynamic', 'secret=Xk29fLq0zPw7', '[general](+)', 'context=office'], 7, 'xontext=office', 'user-without-context'],
      // In a template: no endpoint of its own is rebuilt, only the [general] key says to check it again.
      ['iax', ['[general]', '[t](!)', 'encryption=no', '[b](t)', 'type=user', 'secret=Xk29fLq0zPw7', 'context=office', '[general](+)', 'encryption=no'], 8, 'encryption=yes', 'iax-encryption-no'],
    ];
    for (const [dialect, lines, line, text, code] of cases) {
      const document = parseConfig(lines.join('\n'));
      let analysis = analyze(URI, document, dialect, { dialplan: DIALPLAN });
      assert.deepEqual(doValidation(analysis).map((d) => d.code), [], dialect);
      const delta = document.applyChange({ range: { start: { line, character: 0 }, end: { line, character: document.lineText(line).length } }, text });
      analysis = analyze(URI, document, dialect, { dialplan: DIALPLAN, previous: analysis, changedLines: [delta] });
      const after = doValidation(analysis);
      assert.ok(after.some((d) => d.code === code), `${dialect}: ${code} after the edit`);
      assert.deepEqual(after, fresh(document.getText(), dialect));
    }
  });

  it('a section defined twice is checked again when an edit in the first one changes their endpoint', () => {
    const text = ['[alice]', 'type=friend', 'context=office', 'secret=Xk29fLq0zPw7', 'host=dynamic', '[alice](+)', 'qualify=yes'].join('\n');
    const document = parseConfig(text);
    let analysis = analyze(URI, document, 'sip', { dialplan: DIALPLAN });
    assert.deepEqual(doValidation(analysis), []);
    // type=friend → type=user: qualify in the second [alice] now acts in a direction alice lacks.
    const delta = document.applyChange({ range: { start: { line: 1, character: 5 }, end: { line: 1, character: 11 } }, text: 'user' });
    analysis = analyze(URI, document, 'sip', { dialplan: DIALPLAN, previous: analysis, changedLines: { start: delta.startLine, end: delta.reusedFrom } });
    const after = doValidation(analysis);
    assert.ok(after.some((d) => d.code === 'wrong-direction-option' && d.range.start.line === 6));
    assert.deepEqual(after, fresh(document.getText(), 'sip'));
  });

  it('Enter inside one peer moves the diagnostics after it instead of checking everything again', () => {
    const text = ['[alice]', 'type=friend', 'host=dynamic', 'secret=1234', 'context=office', '[bob]', 'type=friend', 'host=dynamic', 'secret=1234', 'context=office'].join('\n');
    const document = parseConfig(text);
    let analysis = analyze(URI, document, 'sip', { dialplan: DIALPLAN });
    const before = doValidation(analysis).filter((d) => d.code === 'weak-secret');
    assert.deepEqual(before.map((d) => d.range.start.line), [3, 8]);
    // A new line after "type=friend" in [alice]: everything below moves down by one.
    const delta = document.applyChange({ range: { start: { line: 1, character: 11 }, end: { line: 1, character: 11 } }, text: '\nqualify=yes' });
    analysis = analyze(URI, document, 'sip', { dialplan: DIALPLAN, previous: analysis, changedLines: delta });
    const after = doValidation(analysis);
    assert.deepEqual(after.filter((d) => d.code === 'weak-secret').map((d) => d.range.start.line), [4, 9]);
    assert.deepEqual(after, fresh(document.getText(), 'sip'));
  });

  it('a message that names a line of an included file follows it when that file (open, edited) moves lines', () => {
    const extraUri = 'file:///etc/asterisk/extra.conf';
    const extra = parseConfig('; shared peers\n[bob]\ntype=peer\nhost=10.0.0.2');
    const root = parseConfig(['#include extra.conf', '[bob]', 'qualify=yes'].join('\n'));
    const host = {
      resolve: (argument: string) => ({ uris: [`file:///etc/asterisk/${argument}`] }),
      load: (uri: string) => (uri === extraUri ? { document: extra } : { problem: 'missing' as const }),
    };
    const duplicate = (analysis: Analysis) => String(doValidation(analysis).find((d) => d.code === 'duplicate-section')?.message);
    let analysis = analyze(URI, root, 'sip', { dialplan: DIALPLAN, host });
    assert.match(duplicate(analysis), /line 2 of another file/);
    // Two lines inserted at the top of extra.conf (open in the editor): its [bob] is now on line 4.
    extra.applyChange({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '; a\n; b\n' });
    analysis = analyze(URI, root, 'sip', { dialplan: DIALPLAN, host, previous: analysis });
    assert.match(duplicate(analysis), /line 4 of another file/);
  });

  it('new settings are never answered from the cache of the old ones', () => {
    const text = '[alice]\ntype=friend\nhost=dynamic\nsecret=1234\ncontext=office';
    const document = parseConfig(text);
    const analysis = analyze(URI, document, 'sip', { dialplan: DIALPLAN });
    assert.ok(doValidation(analysis).some((d) => d.code === 'weak-secret'));
    const quiet = { ...DEFAULT_SETTINGS, lint: { 'weak-secret': 'ignore' as const } };
    const again = analyze(URI, document, 'sip', { dialplan: DIALPLAN, settings: quiet, previous: analysis });
    assert.deepEqual(doValidation(again), fresh(text, 'sip', quiet));
    assert.ok(!doValidation(again).some((d) => d.code === 'weak-secret'));
  });
});
