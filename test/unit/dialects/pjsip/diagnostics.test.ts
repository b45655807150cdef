import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { pjsipDiagnostics } from '../../../../server/src/service/dialects/pjsip/diagnostics';
import { PJSIP_RULES } from '../../../../server/src/service/dialects/pjsip/rules';
import { doValidation } from '../../../../server/src/service/features/validation';
import { SECRET_MASK } from '../../../../server/src/service/features/secretMask';
import { ruleById } from '../../../../server/src/service/lintRules';
import { analyzeText, type FixtureOptions } from '../../../support/fixture';

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

  it('never shows a password in a message', () => {
    const diagnostics = pjsipDiagnostics(analyzeText('[a]\ntype=auth\nusername=a\npassword=hunter2\nauth_type=userpass,password=hunter2\n', { dialect: 'pjsip' }));
    assert.ok(diagnostics.length > 0);
    const messages = diagnostics.map((d) => String(d.message));
    for (const message of messages) assert.ok(!message.includes('hunter2'), message);
    assert.ok(messages.some((message) => message.includes(SECRET_MASK)), 'the value that held it is masked, not dropped');
  });
});
