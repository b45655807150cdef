/**
 * Every pjsip editor feature (dialects/pjsip/features/) on fuzzed pjsip.conf text and at fuzzed positions:
 * nothing throws, and every Range or Position of every answer (edits and decoded tokens included) lies
 * inside the document. The texts: the project's pjsip fixtures mutated, and random lines built from
 * pjsip fragments (object types, references, templates, `(+)` filters) and noise.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { Diagnostic, Position } from 'vscode-languageserver-types';
import { getPjsipCodeActions } from '../../../server/src/service/dialects/pjsip/features/codeActions';
import { doPjsipComplete } from '../../../server/src/service/dialects/pjsip/features/completion';
import { getPjsipCodeLenses, getPjsipInlayHints } from '../../../server/src/service/dialects/pjsip/features/directionHints';
import { getPjsipDocumentSymbols, getPjsipWorkspaceSymbols } from '../../../server/src/service/dialects/pjsip/features/documentSymbols';
import { doPjsipHover } from '../../../server/src/service/dialects/pjsip/features/hover';
import { findPjsipReferences, getPjsipDefinition, getPjsipDocumentHighlights } from '../../../server/src/service/dialects/pjsip/features/navigation';
import { doPjsipRename, preparePjsipRename } from '../../../server/src/service/dialects/pjsip/features/rename';
import { getPjsipSemanticTokens } from '../../../server/src/service/dialects/pjsip/features/semanticTokens';
import { validatePjsip } from '../../../server/src/service/dialects/pjsip/rules';
import type { ServiceSettings } from '../../../server/src/service/settings';
import { fuzzParameters, lineEnd, position, RangeChecker, settings } from '../../support/fuzzArbitraries';
import { pjsipContext } from '../../support/pjsipFixture';

const FIXTURES = path.resolve(__dirname, '../../../../test/fixtures/pjsip-oracle');
const CORPUS: readonly string[] = readdirSync(FIXTURES).map((folder) => readFileSync(path.join(FIXTURES, folder, 'pjsip.conf'), 'utf8'));

const NAMES = ['alice', 'prov', 'alice-in', 'tpl', 'Alice', 'a b', '', ' ', ']', '`x`', '日本'];
const fragment: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...NAMES).map((name) => `[${name}]`),
  fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom('!', '+', '+type=aor', 'tpl', '!,tpl', '', ',,')).map(([name, options]) => `[${name}](${options})`),
  fc.constantFrom('endpoint', 'aor', 'auth', 'identify', 'registration', 'transport', 'contact', 'Endpoint', 'friend', '').map((type) => `type=${type}`),
  fc.tuple(
    fc.constantFrom('aors', 'auth', 'outbound_auth', 'endpoint', 'transport', 'context', 'match', 'contact', 'max_contacts', 'identify_by', 'dtmf_mode', 'password', 'username', 'server_uri', 'client_uri', 'line', 'host', 'callgroup', 'max_contact'),
    fc.constantFrom('=', ' = ', '+=', ''),
    fc.constantFrom(...NAMES, 'alice, prov', 'sip:192.0.2.1', '192.0.2.0/24', 'yes', '0x10', 'rfc4773', 'username,ipp', 'a\\;b', 'x;-- c --;,y', ''),
  ).map(([key, op, value]) => `${key}${op}${value}`),
  fc.constantFrom(';', ';--', '--;', '#include pjsip.aor.conf', '#include pjsip.conf', '#exec x'),
  fc.constantFrom('\t', '  ', '\u0000', '\ufeff', '\ud800', '\r'),
  fc.string({ maxLength: 10 }),
);

const pjsipText: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.tuple(fc.array(fragment, { maxLength: 3 }).map((parts) => parts.join('')), lineEnd), { maxLength: 40 }).map((lines) => lines.map(([line, end]) => line + end).join('')),
  fc.tuple(fc.constantFrom(...CORPUS), fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 30 }), fragment), { minLength: 1, maxLength: 5 })).map(([seed, edits]) =>
    edits.reduce((text, [where, length, insert]) => {
      const at = Math.floor(where * text.length);
      return text.slice(0, at) + insert + text.slice(at + length);
    }, seed),
  ),
);

function everyFeatureHolds(text: string, positions: readonly Position[], userSettings?: ServiceSettings): void {
  const context = pjsipContext(text, { ...(userSettings ? { settings: userSettings } : {}), files: { 'pjsip.aor.conf': '[alice]\ntype=aor\nmax_contacts=1\n' }, dialplan: '[internal]\n' });
  const check = new RangeChecker(context.uri, text);
  const whole = { start: { line: 0, character: 0 }, end: { line: check.lineCount, character: 0 } };
  const diagnostics: Diagnostic[] = validatePjsip(context.model)
    .filter((issue) => issue.uri === context.uri)
    .map((issue) => ({ range: { start: { line: issue.line, character: issue.span.start }, end: { line: issue.line, character: issue.span.end } }, message: issue.message, code: issue.rule, source: 'asterisk' }));
  diagnostics.forEach((diagnostic, index) => check.range(`diagnostic[${index}]`, diagnostic.range));
  check.codeActions('codeActions', getPjsipCodeActions(context, whole, { diagnostics }, { random: () => 0.5 }));
  check.symbols('documentSymbols', getPjsipDocumentSymbols(context));
  getPjsipWorkspaceSymbols([context], '').forEach((symbol) => (symbol.location.uri === context.uri ? check.range('workspaceSymbol', symbol.location.range) : check.wellFormed('workspaceSymbol', symbol.location.range)));
  check.semanticTokens('semanticTokens', getPjsipSemanticTokens(context).data);
  getPjsipInlayHints(context, whole).forEach((hint) => check.position('inlayHint', hint.position));
  getPjsipCodeLenses(context).forEach((lens) => check.range('codeLens', lens.range));
  for (const at of positions) {
    const here = `at ${at.line}:${at.character}`;
    const hover = doPjsipHover(context, at);
    if (hover?.range) check.range(`hover ${here}`, hover.range);
    for (const item of doPjsipComplete(context, at).items) if (item.textEdit && 'range' in item.textEdit) check.range(`completion ${here} ${item.label}`, item.textEdit.range);
    for (const location of [...getPjsipDefinition(context, at), ...findPjsipReferences(context, at, true)]) {
      if (location.uri === context.uri) check.range(`navigation ${here}`, location.range);
      else check.wellFormed(`navigation ${here}`, location.range);
    }
    getPjsipDocumentHighlights(context, at).forEach((highlight) => check.range(`highlight ${here}`, highlight.range));
    const prepared = preparePjsipRename(context, at);
    if (prepared && 'range' in prepared) check.range(`prepareRename ${here}`, prepared.range);
    const renamed = doPjsipRename(context, at, 'renamed');
    if (renamed && !('error' in renamed)) check.workspaceEdit(`rename ${here}`, renamed);
  }
  assert.deepEqual(check.problems, []);
}

describe('pjsip feature fuzzing', () => {
  it('the pjsip fixtures are there to mutate', () => {
    assert.ok(CORPUS.length >= 2);
  });

  it('every pjsip fixture at every position', () => {
    for (const text of CORPUS) {
      const positions = text.split('\n').flatMap((line, lineIndex) => Array.from({ length: line.length + 2 }, (_, character) => ({ line: lineIndex, character })));
      everyFeatureHolds(text, positions);
    }
  });

  it('random and mutated pjsip configs at random positions, with unusual settings', () => {
    fc.assert(
      fc.property(pjsipText, fc.array(position, { minLength: 1, maxLength: 6 }), settings, (text, positions, userSettings) => everyFeatureHolds(text, positions, userSettings)),
      fuzzParameters(300),
    );
  });
});
