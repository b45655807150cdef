import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { pjsipDiagnostics, pjsipPlacedChecks } from '../../../../server/src/service/dialects/pjsip/diagnostics';
import { PJSIP_RULES } from '../../../../server/src/service/dialects/pjsip/rules';
import { doValidation } from '../../../../server/src/service/features/validation';
import { SECRET_MASK } from '../../../../server/src/service/features/secretMask';
import { ruleById } from '../../../../server/src/service/lintRules';
import { analyzeText, type FixtureOptions } from '../../../support/fixture';
import { analyze } from '../../../../server/src/service/analysis';
import { parseConfig } from '../../../../server/src/service/parser/configDocument';

const AOR = '[alice]\ntype=aor\nmax_contacts=1\n';
const codes = (text: string, options: FixtureOptions = {}) =>
  doValidation(analyzeText(text, { dialect: 'pjsip', ...options })).map((d) => `${String(d.code)} ${d.range.start.line}:${d.range.start.character}-${d.range.end.character}`);

describe('pjsip diagnostics', () => {
  it('every pjsip rule is in the global rule table', () => {
    for (const rule of Object.values(PJSIP_RULES)) assert.equal(ruleById(rule.id), rule);
  });

  it('reports a pjsip mistake under its rule id, on its range, with the rule’s severity', () => {
    const diagnostics = doValidation(analyzeText(`[alice]\ntype=endpoint\naors=alice\nrewrite_contcat=yes\n${AOR}`, { dialect: 'pjsip' }));
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.severity, d.source, d.range.start.line, d.range.start.character, d.range.end.character]),
      [['pjsip-unknown-option', DiagnosticSeverity.Error, 'asterisk', 3, 0, 15]],
    );
    assert.deepEqual(diagnostics[0].data, { candidates: ['rewrite_contact'] });
  });

  it('follows the user’s severity and switches a rule off', () => {
    const text = `[alice]\ntype=endpoint\naors=alice\nhost=dynamic\n${AOR}`;
    const lint = (setting: 'ignore' | 'hint') => doValidation(analyzeText(text, { dialect: 'pjsip', settings: { lint: { 'pjsip-chan-sip-option': setting } } }));
    assert.deepEqual(lint('ignore'), []);
    assert.deepEqual(
      lint('hint').map((d) => [d.code, d.severity]),
      [['pjsip-chan-sip-option', DiagnosticSeverity.Hint]],
    );
  });

  it('honours suppression comments with a pjsip rule id', () => {
    assert.deepEqual(codes(`[alice]\ntype=endpoint\naors=alice\n; asterisk-conf-disable-next-line pjsip-chan-sip-option\nhost=dynamic\n${AOR}`), []);
    assert.deepEqual(codes(`; asterisk-conf-disable pjsip-endpoint-without-aors\n[alice]\ntype=endpoint\n`), []);
  });

  it('keeps the issues of this document only: an included file’s mistake is reported in that file', () => {
    const files = { 'pjsip.conf': '#include pjsip.aor.conf\n[alice]\ntype=endpoint\naors=alice\n' };
    const included = '[alice]\ntype=aor\nmax_contacts=1\nbogus=1\n';
    // The root file gets only what the refused aor costs its endpoint (pjsip-refused-aor), not the error itself.
    assert.deepEqual(codes(files['pjsip.conf'], { files: { 'pjsip.aor.conf': included } }), ['pjsip-refused-aor 3:5-10']);
    assert.deepEqual(codes(included, { fileName: 'pjsip.aor.conf', files }), ['pjsip-unknown-option 3:0-5']);
  });

  it('reports a missing #include as in every dialect, and no chan_sip check at all', () => {
    // A second [general] is a section like any other here: it has no type (not duplicate-general).
    assert.deepEqual(codes('#include pjsip.missing.conf\n[general]\ntype=global\n[general]\ncontext=x\n'), ['include-problem 0:9-27', 'pjsip-missing-type 3:1-8']);
  });

  it('a finding kept across a keystroke keeps its diagnostic; one moved by Enter is at its new line, as a fresh run has it', () => {
    const uri = 'file:///etc/asterisk/pjsip.conf';
    const text = ['[alice]', 'type=auth', 'username=alice', 'password=1234', '[bob]', 'type=auth', 'username=bob', 'password=1234'].join('\n');
    const document = parseConfig(text);
    const first = analyze(uri, document, 'pjsip');
    const before = pjsipDiagnostics(first);
    assert.deepEqual(before.map((d) => d.range.start.line), [3, 7]);
    // A keystroke in alice's username: bob's finding is kept, the very object.
    let deltas = document.applyChanges([{ range: { start: { line: 2, character: 14 }, end: { line: 2, character: 14 } }, text: 'x' }], 2);
    const second = analyze(uri, document, 'pjsip', { previous: first, changedLines: deltas });
    const kept = pjsipDiagnostics(second);
    assert.equal(kept[1], before[1]);
    // Enter in alice: bob's finding moves down a line, equal to what a fresh run reports.
    deltas = document.applyChanges([{ range: { start: { line: 2, character: 15 }, end: { line: 2, character: 15 } }, text: '\nrealm=office' }], 3);
    const third = analyze(uri, document, 'pjsip', { previous: second, changedLines: deltas });
    const moved = pjsipDiagnostics(third);
    assert.deepEqual(moved.map((d) => d.range.start.line), [4, 8]);
    assert.deepEqual(moved, pjsipDiagnostics(analyze(uri, parseConfig(document.getText()), 'pjsip')));
  });

  it('placed checks: the changes since the last run are the findings run again, not those an Enter moved', () => {
    const uri = 'file:///etc/asterisk/pjsip.conf';
    const text = ['[alice]', 'type=auth', 'username=alice', 'password=1234', '[bob]', 'type=auth', 'username=bob', 'password=1234'].join('\n');
    const document = parseConfig(text);
    const first = analyze(uri, document, 'pjsip');
    const start = pjsipPlacedChecks(first, undefined);
    assert.equal(start.changes, undefined);
    const [alice, bob] = start.findings().items;
    assert.deepEqual([alice.range.start.line, bob.range.start.line], [3, 7]);
    // The same model again: nothing changed.
    assert.deepEqual(pjsipPlacedChecks(first, start.token).changes, { removed: [], added: [] });
    // alice's password made strong: her finding leaves (the very diagnostic given), bob's stays.
    let deltas = document.applyChanges([{ range: { start: { line: 3, character: 9 }, end: { line: 3, character: 13 } }, text: 'Xk29fLq0zPw7aa' }], 2);
    const second = analyze(uri, document, 'pjsip', { previous: first, changedLines: deltas });
    const strong = pjsipPlacedChecks(second, start.token);
    assert.equal(strong.changes?.removed.length, 1);
    assert.equal(strong.changes?.removed[0], alice);
    assert.deepEqual(strong.changes?.added, []);
    // Enter in alice: bob's finding moved, which is no change; findings() gives his first diagnostic and his line now.
    deltas = document.applyChanges([{ range: { start: { line: 2, character: 14 }, end: { line: 2, character: 14 } }, text: '\nrealm=office' }], 3);
    const third = analyze(uri, document, 'pjsip', { previous: second, changedLines: deltas });
    const moved = pjsipPlacedChecks(third, strong.token);
    assert.deepEqual(moved.changes?.removed, []);
    assert.deepEqual(moved.changes?.added, []);
    const findings = moved.findings();
    assert.deepEqual(findings.items, [bob]);
    assert.equal(findings.lines.get(bob), 8);
    // Relative to a run it does not follow: not known (the caller builds its list anew).
    assert.equal(pjsipPlacedChecks(third, start.token).changes, undefined);
  });

  it('never shows a password in a message', () => {
    const diagnostics = pjsipDiagnostics(analyzeText('[a]\ntype=auth\nusername=a\npassword=hunter2\nauth_type=userpass,password=hunter2\n', { dialect: 'pjsip' }));
    assert.ok(diagnostics.length > 0);
    const messages = diagnostics.map((d) => String(d.message));
    for (const message of messages) assert.ok(!message.includes('hunter2'), message);
    assert.ok(messages.some((message) => message.includes(SECRET_MASK)), 'the value that held it is masked, not dropped');
  });
});
