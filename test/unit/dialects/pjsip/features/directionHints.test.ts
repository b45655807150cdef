import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { getPjsipCodeLenses, getPjsipInlayHints } from '../../../../../server/src/service/dialects/pjsip/features/directionHints';
import { pjsipContext } from '../../../../support/pjsipFixture';

const TEXT = [
  '[alice]', // 0
  'type=endpoint',
  'auth=alice',
  'aors=alice',
  '[alice]', // 4
  'type=aor',
  'max_contacts=1',
  '[pbx]', // 7
  'type=endpoint',
  'aors=pbx',
  'identify_by=ip',
  '[pbx]', // 11
  'type=aor',
  'contact=sip:192.0.2.20',
  '[in]', // 14
  'type=endpoint',
  'identify_by=username',
  '[prov]', // 17
  'type=registration',
  'server_uri=sip:sip.example.com',
  'client_uri=sip:4711@sip.example.com',
  '[lost]', // 21
  'type=endpoint',
  'identify_by=ip',
].join('\n');

const ALL = { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } };

describe('pjsip direction hints', () => {
  it('endpoint headers get ⇄ / ⇒ / ⇐, a registration its server, an endpoint with no way in or out nothing', () => {
    const hints = getPjsipInlayHints(pjsipContext(TEXT), ALL);
    assert.deepEqual(
      hints.map((hint) => [hint.position.line, hint.position.character, hint.label]),
      [
        [0, 7, '⇄ both'],
        [7, 5, '⇒ we call'],
        [14, 4, '⇐ calls us'],
        [17, 6, '⇒ we register to sip:sip.example.com'],
      ],
    );
    assert.ok(String(hints[0].tooltip).includes('⇐ challenged: auth alice (missing)'));
    assert.ok(!String(hints[0].tooltip).includes('`'));
  });

  it('only the lines asked for, and only this document\'s headers', () => {
    assert.deepEqual(getPjsipInlayHints(pjsipContext(TEXT), { start: { line: 5, character: 0 }, end: { line: 15, character: 0 } }).map((hint) => hint.position.line), [7, 14]);
    const included = pjsipContext('#include more.conf\n', { files: { 'more.conf': '[a]\ntype=endpoint\n' } });
    assert.deepEqual(getPjsipInlayHints(included, ALL), []);
  });

  it('code lenses: the same labels as titles on the header line', () => {
    const lenses = getPjsipCodeLenses(pjsipContext(TEXT));
    assert.deepEqual(lenses.map((lens) => [lens.range.start.line, lens.command?.title, lens.command?.command]), [
      [0, '⇄ both', ''],
      [7, '⇒ we call', ''],
      [14, '⇐ calls us', ''],
      [17, '⇒ we register to sip:sip.example.com', ''],
    ]);
  });
});
