import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildPjsipModel } from '../../../../server/src/service/dialects/pjsip/model';
import { validatePjsip, validatePjsipChanges } from '../../../../server/src/service/dialects/pjsip/phaseEngine';
import { analyze } from '../../../../server/src/service/analysis';
import { pjsipPatchOf } from '../../../../server/src/service/dialects/pjsip/patchPjsip';
import { indexDialplan } from '../../../../server/src/service/model/dialplan';
import { parseConfig } from '../../../../server/src/service/parser/configDocument';
import { rootFile } from '../../../support/memoryHost';

const codes = (issues: readonly { rule: string; line: number }[]): string[] => issues.map((issue) => `${issue.rule} ${issue.line}`);

describe('pjsip phase engine (validatePjsip)', () => {
  it('a template line every heir reports is reported once, where first found', () => {
    const model = buildPjsipModel(rootFile('pjsip.conf', '[t](!)\ntype=aor\nbogus=1\nmax_contacts=1\n[a](t)\n[b](t)\n'));
    assert.deepEqual(codes(validatePjsip(model)), ['pjsip-unknown-option 2']);
  });

  it('asking again for one model gives the same issues in a new array (the caller may change it)', () => {
    const model = buildPjsipModel(rootFile('pjsip.conf', '[e]\ntype=endpoint\n[a]\ntype=auth\n'));
    const first = validatePjsip(model);
    const expected = codes(first);
    first.length = 0;
    const second = validatePjsip(model);
    assert.notEqual(second, first);
    assert.deepEqual(codes(second), expected);
    assert.deepEqual(expected, ['pjsip-auth-without-username 2', 'pjsip-auth-without-password 2', 'pjsip-endpoint-without-aors 0']);
  });

  it('another dialplan is not served from the cache of the first', () => {
    const trunk = '[p]\ntype=endpoint\ncontext=in\naors=p\n[p]\ntype=aor\ncontact=sip:192.0.2.1\n[p]\ntype=identify\nendpoint=p\nmatch=192.0.2.1\n';
    const model = buildPjsipModel(rootFile('pjsip.conf', trunk));
    assert.deepEqual(codes(validatePjsip(model)), []);
    const dialplan = indexDialplan([{ uri: 'file:///etc/asterisk/extensions.conf', document: parseConfig('[in]\nexten => _X.,1,Dial(PJSIP/${EXTEN}@p)\n') }]);
    assert.deepEqual(codes(validatePjsip(model, dialplan)), ['pjsip-open-by-address 0']);
    assert.deepEqual(codes(validatePjsip(model)), []);
  });

  it('validatePjsipChanges: a keystroke changes the findings of the objects run again; none when the last list dropped a repeat', () => {
    const uri = 'file:///etc/asterisk/pjsip.conf';
    const document = parseConfig('[a]\ntype=auth\nusername=a\npassword=1234\n[b]\ntype=auth\nusername=b\npassword=1234\n');
    const first = analyze(uri, document, 'pjsip');
    const start = validatePjsipChanges(first.pjsip!);
    assert.equal(start.changes, undefined);
    assert.deepEqual(codes(start.issues), ['pjsip-weak-password 3', 'pjsip-weak-password 7']);
    // A digit typed into a's password: a's finding is found again (left and came), b's is kept.
    const deltas = document.applyChanges([{ range: { start: { line: 3, character: 13 }, end: { line: 3, character: 13 } }, text: '5' }], 2);
    const next = validatePjsipChanges(analyze(uri, document, 'pjsip', { previous: first, changedLines: deltas }).pjsip!);
    assert.equal(next.changes?.from, start.token);
    assert.deepEqual(next.changes?.removed, [start.issues[0]]);
    assert.deepEqual(codes(next.changes?.added ?? []), ['pjsip-weak-password 3']);
    assert.equal(next.issues[1], start.issues[1]);

    // A template line every heir reports is a repeat: which heir's finding is listed may change without it running again.
    const template = parseConfig('[t](!)\ntype=aor\nbogus=1\n[a](t)\nmax_contacts=1\n[b](t)\nmax_contacts=1\n');
    const before = analyze(uri, template, 'pjsip');
    assert.deepEqual(codes(validatePjsipChanges(before.pjsip!).issues), ['pjsip-unknown-option 2']);
    const typed = template.applyChanges([{ range: { start: { line: 4, character: 14 }, end: { line: 4, character: 14 } }, text: '0' }], 2);
    const after = analyze(uri, template, 'pjsip', { previous: before, changedLines: typed });
    assert.ok(pjsipPatchOf(after.pjsip!));
    assert.equal(validatePjsipChanges(after.pjsip!).changes, undefined);
  });
});
