import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { convertToPjsip, CONVERT_TO_PJSIP_COMMAND, getConvertToPjsipActions } from '../../../server/src/service/features/convertToPjsip';
import { analyzeText, uriOf } from '../../support/fixture';

const SIP = '[general]\nsrvlookup=yes\n\n#include sip_phones.conf\n';
const PHONES = '[phones](!)\ntype=friend\nhost=dynamic\n\n[alice](phones)\nsecret=Xk3pQ9vLm2RtZw7\n';

describe('the source action "Convert sip.conf to pjsip.conf"', () => {
  it('is offered on a sip.conf and runs the client command with the document', () => {
    const actions = getConvertToPjsipActions(analyzeText('[alice]\ntype=friend\n'), { diagnostics: [] });
    assert.deepEqual(
      actions.map((action) => [action.kind, action.command?.command, action.command?.arguments]),
      [['source.convertToPjsip', CONVERT_TO_PJSIP_COMMAND, [uriOf('sip.conf')]]],
    );
    assert.equal(actions[0].edit, undefined, 'it opens a new document, it edits nothing');
  });

  it('answers a request for source actions, and only for those', () => {
    const analysis = analyzeText('[alice]\ntype=friend\n');
    assert.equal(getConvertToPjsipActions(analysis, { diagnostics: [], only: ['source'] }).length, 1);
    assert.equal(getConvertToPjsipActions(analysis, { diagnostics: [], only: ['source.convertToPjsip'] }).length, 1);
    assert.equal(getConvertToPjsipActions(analysis, { diagnostics: [], only: ['quickfix'] }).length, 0);
    assert.equal(getConvertToPjsipActions(analysis, { diagnostics: [], only: ['source.organizeImports'] }).length, 0);
  });

  it('is not offered on iax.conf or extensions.conf', () => {
    assert.deepEqual(getConvertToPjsipActions(analyzeText('[bob]\ntype=friend\n', { dialect: 'iax' }), { diagnostics: [] }), []);
    assert.deepEqual(getConvertToPjsipActions(analyzeText('[default]\nexten => 1,1,NoOp()\n', { dialect: 'generic' }), { diagnostics: [] }), []);
    assert.equal(convertToPjsip(analyzeText('[bob]\ntype=friend\n', { dialect: 'iax' })), null);
  });
});

describe('the conversion the command opens', () => {
  it('migrates the whole include tree from an included file, templates resolved', () => {
    const result = convertToPjsip(analyzeText(PHONES, { fileName: 'sip_phones.conf', files: { 'sip.conf': SIP } }));
    assert.ok(result);
    assert.equal(result.rootUri, uriOf('sip.conf'));
    assert.deepEqual(result.endpoints, ['alice']);
    assert.match(result.text, /^\[alice\]\ntype=endpoint$/m);
    assert.match(result.text, /^\[alice-auth\]\ntype=auth$/m);
    assert.deepEqual(
      result.unmapped.map((item) => [item.section, item.option, item.line]),
      [['general', 'srvlookup', 1]],
    );
  });
});
