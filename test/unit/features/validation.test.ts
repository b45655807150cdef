import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { capDiagnostics, doSyntaxValidation, doValidation, publishDiagnostics } from '../../../server/src/service/features/validation';
import { parseConfig } from '../../../server/src/service/parser/configDocument';
import { DEFAULT_SETTINGS } from '../../../server/src/service/settings';
import { ALL_RULES, ruleById } from '../../../server/src/service/lintRules';
import type { RuleSetting } from '../../../server/src/service/rules';
import { analyzeText, type FixtureOptions } from '../../support/fixture';

const USER = '[alice]\ntype=user\nsecret=Xk9-Long-Pass\n';
const validate = (text: string, options: FixtureOptions = {}) => doValidation(analyzeText(text, options));

describe('validation', () => {
  it('every rule id is unique, kebab-case, and found by ruleById', () => {
    const ids = ALL_RULES.map((rule) => rule.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) {
      assert.match(id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
      assert.equal(ruleById(id)?.id, id);
    }
    assert.equal(ruleById('user-without-context')?.defaultSeverity, 'warning');
    assert.equal(ruleById('no-such-rule'), undefined);
  });

  it('parse and semantic diagnostics together, in document order, with source and code', () => {
    const diagnostics = validate(`${USER}[bob] (!)\ntype=peer\nhost=h.example.net\n`);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.source, d.range.start.line]),
      [
        ['user-without-context', 'asterisk', 0],
        ['space-before-options', 'asterisk', 3],
      ],
    );
  });

  describe('settings', () => {
    const severityOf = (setting: unknown): DiagnosticSeverity | undefined =>
      validate(USER, { settings: { lint: { 'user-without-context': setting as RuleSetting } } }).find((d) => d.code === 'user-without-context')?.severity;
    it('each rule severity can be changed or ignored', () => {
      assert.equal(severityOf(undefined), DiagnosticSeverity.Warning);
      assert.equal(severityOf('error'), DiagnosticSeverity.Error);
      assert.equal(severityOf('hint'), DiagnosticSeverity.Hint);
      assert.equal(severityOf('information'), DiagnosticSeverity.Information);
      assert.equal(severityOf('info'), DiagnosticSeverity.Information);
      assert.equal(severityOf('ignore'), undefined);
    });
    it('an invalid setting falls back to the default', () => {
      assert.equal(severityOf('loud'), DiagnosticSeverity.Warning);
      assert.equal(severityOf(3), DiagnosticSeverity.Warning);
      assert.equal(severityOf('toString'), DiagnosticSeverity.Warning);
    });
  });

  it('extensions.conf (the generic dialect) gets parse checks only', () => {
    assert.deepEqual(validate('[default]\nexten => 1,1,Answer()\nallow=g723.1\n', { dialect: 'generic' }), []);
  });

  describe('included files', () => {
    const root = '[general]\nallowguest=no\n[tpl](!)\ntype=friend\ncontext=office\n#include phones.conf\n';
    it('are checked in the includer context: the template of sip.conf counts, and only their own lines are reported', () => {
      const diagnostics = validate('[alice](tpl)\nhost=dynamic\nallow=g723.1\n', { fileName: 'phones.conf', files: { 'sip.conf': root } });
      assert.deepEqual(
        diagnostics.map((d) => [d.code, d.range.start.line]),
        [
          ['dynamic-without-secret', 0],
          ['unknown-codec', 2],
        ],
      );
    });
    it('the includer does not get the included file problems', () => {
      const diagnostics = validate(root, { files: { 'phones.conf': '[alice](tpl)\nhost=dynamic\n' } });
      assert.deepEqual(diagnostics, []);
    });
  });

  it('a realistic office configuration raises nothing', () => {
    const text = [
      '[general]',
      'context=from-unknown',
      'allowguest=no',
      'alwaysauthreject=yes',
      'udpbindaddr=0.0.0.0:5060',
      // nat in [general], not per device: a device nat that differs makes Asterisk warn at load.
      'nat=force_rport,comedia',
      'disallow=all',
      'allow=ulaw,alaw,g722',
      'register => 4420017:Xq7-tR2p-Lm9w@sip.example-voip.net/7000',
      '[office-phone](!)',
      'type=friend',
      'host=dynamic',
      'context=from-office',
      'qualify=yes',
      '[alice](office-phone)',
      'secret=Fh3k-92jd-QpZ1',
      'callerid="Alice Smith" <201>',
      '[example-voip]',
      'type=peer',
      'host=sip.example-voip.net',
      'defaultuser=4420017',
      'remotesecret=Xq7-tR2p-Lm9w',
      'insecure=port,invite',
      'context=from-provider',
      'directmedia=no',
      '',
    ].join('\n');
    const dialplan = '[from-unknown]\n[from-office]\n[from-provider]\n';
    assert.deepEqual(validate(text, { dialplan }), []);
  });
});

describe('validation of pjsip.conf', () => {
  it('runs the parse checks but not those of chan_sip / chan_iax2: a second [general] is just a section', () => {
    const text = '[general]\ntype=system\n\n[general]\ntype=global\nnoequals\n';
    assert.deepEqual(
      validate(text, { dialect: 'pjsip' }).map((d) => d.code),
      ['missing-equals'],
    );
    assert.ok(validate(text.replace(/type=\w+/g, 'context=x'), { dialect: 'sip' }).some((d) => d.code === 'duplicate-general'), 'the same text as sip.conf');
  });
});

describe('validation: publishDiagnostics (what the server sends)', () => {
  const phones = (count: number) => Array.from({ length: count }, (_, i) => `[p${i}]\ntype=friend\nhost=dynamic\ncontext=office\nsecret=1234`).join('\n');

  it('is the capped list: the first ones in document order, then where the rest starts and how many they are', () => {
    const analysis = analyzeText(phones(6), { dialplan: '[office]\n' });
    const all = doValidation(analysis);
    assert.ok(all.length > 4);
    const published = publishDiagnostics(analysis, 4);
    assert.deepEqual(published, capDiagnostics(analysis, all, 4));
    assert.equal(published.length, 5);
    assert.equal(published[4].code, 'analysis-limit');
    assert.deepEqual(publishDiagnostics(analysis, all.length), all, 'under the cap: the whole list');
  });

  it('after suppressions the count is of what is left', () => {
    const analysis = analyzeText(`; asterisk-conf-disable weak-secret\n${phones(6)}`, { dialplan: '[office]\n' });
    assert.deepEqual(publishDiagnostics(analysis, 2), capDiagnostics(analysis, doValidation(analysis), 2));
  });
});

describe('validation: doSyntaxValidation (the early list of a large file)', () => {
  const TEXT = ['bindport=5060', '[general]', 'allowguest=no', '[broken', '[alice]', 'type=friend', 'bogus=1', '; asterisk-conf-disable-next-line unclosed-section', '[quiet'].join('\n');

  it("lists each line's own syntax problems only, and each of them is in the full list", () => {
    const early = doSyntaxValidation(parseConfig(TEXT), 'sip', DEFAULT_SETTINGS);
    // Not key-before-section (line 0: it depends on where the file is included) nor bogus=1 (needs the model).
    assert.deepEqual(early.map((d) => [d.code, d.range.start.line]), [['unclosed-section', 3]]);
    const full = validate(TEXT);
    for (const diagnostic of early) assert.ok(full.some((d) => JSON.stringify(d) === JSON.stringify(diagnostic)), JSON.stringify(diagnostic));
  });

  it('lexes only the lines that may have a problem (the analysis lexes the others later, issue #18)', () => {
    const document = parseConfig(['[general]', '; a comment', ...Array.from({ length: 500 }, (_, i) => `[p${i}](tpl)\ntype=friend`), '[broken', 'bogus'].join('\n'));
    const lexedBefore = document.lexedLineCount;
    const early = doSyntaxValidation(document, 'sip', DEFAULT_SETTINGS);
    assert.deepEqual(early.map((d) => [d.code, d.range.start.line]), [['unclosed-section', 1002], ['missing-equals', 1003]]);
    assert.equal(document.lexedLineCount - lexedBefore, 2, 'the two lines with a problem, none of the 1002 others');
  });

  it('property: the same list whether the lines were lexed before or not', () => {
    const piece = fc.constantFrom('[', ']', '(', ')', ',', '!', ';', '--', '\\', '=', ' ', '\n', 'a', '#include', ' asterisk-conf-disable-next-line ', 'missing-equals');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const lexed = parseConfig(text);
        void lexed.lines;
        assert.deepEqual(doSyntaxValidation(parseConfig(text), 'sip', DEFAULT_SETTINGS), doSyntaxValidation(lexed, 'sip', DEFAULT_SETTINGS), JSON.stringify(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('follows the severity settings and stops at the cap', () => {
    assert.deepEqual(doSyntaxValidation(parseConfig(TEXT), 'sip', { ...DEFAULT_SETTINGS, lint: { 'unclosed-section': 'ignore' } }), []);
    const many = parseConfig('[general]\n' + '[x\n'.repeat(50));
    assert.equal(doSyntaxValidation(many, 'sip', DEFAULT_SETTINGS, 10).length, 10);
  });
});
