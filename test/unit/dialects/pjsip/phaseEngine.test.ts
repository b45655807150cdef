import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildPjsipModel } from '../../../../server/src/service/dialects/pjsip/model';
import { indexOfUnit, validatePjsip, validatePjsipChanges, type Found } from '../../../../server/src/service/dialects/pjsip/phaseEngine';
import type { Unit } from '../../../../server/src/service/dialects/pjsip/phases';
import { SlotList } from '../../../../server/src/service/model/slotList';
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

  it('indexOfUnit finds a unit by its order within each rank (a rank worked out on an earlier model), and not one that is absent', () => {
    const unit = (order: number): Unit => ({ section: { order } }) as unknown as Unit;
    // Ranks 0, 1, 2 (auth, registration, identify), each in file order; two units share order 7 (not the same unit).
    const units = [unit(1), unit(5), unit(2), unit(7), unit(7), unit(3), unit(9)];
    const ranks = [0, 0, 1, 1, 1, 2, 2];
    const items: Found[] = units.map((it, index) => ({ unit: it, rank: ranks[index], order: it.section.order, issues: [] }));
    // Split into pieces the way a spliced list is (reads cross piece boundaries).
    const list = SlotList.of(items).splice(3, 0, [items[0]]).splice(3, 1);
    units.forEach((it, index) => assert.equal(indexOfUnit(list, it), index));
    assert.equal(indexOfUnit(list, unit(5)), -1);
    assert.equal(indexOfUnit(SlotList.of<Found>([]), units[0]), -1);
  });

  it('a keystroke in one phone of many takes out and puts in its own findings only; the list equals a fresh one', () => {
    const uri = 'file:///etc/asterisk/pjsip.conf';
    const phones = Array.from({ length: 40 }, (_, n) => `[p${n}]\ntype=auth\nusername=p${n}\npassword=1234\n[p${n}]\ntype=identify\n`).join('');
    const document = parseConfig(phones);
    const first = analyze(uri, document, 'pjsip');
    const start = validatePjsipChanges(first.pjsip!);
    // p20's password line is line 20 * 6 + 3; its identify has no endpoint/match (rank 2 of the required checks).
    const line = 20 * 6 + 3;
    const deltas = document.applyChanges([{ range: { start: { line, character: 13 }, end: { line, character: 13 } }, text: '5' }], 2);
    const second = analyze(uri, document, 'pjsip', { previous: first, changedLines: deltas });
    assert.ok(pjsipPatchOf(second.pjsip!));
    const next = validatePjsipChanges(second.pjsip!);
    assert.equal(next.changes?.from, start.token);
    assert.deepEqual(codes(next.changes?.removed ?? []), codes(start.issues.filter((issue) => issue.line >= line - 3 && issue.line < line + 1)));
    assert.deepEqual(codes(next.changes?.added ?? []), codes(next.changes?.removed ?? []));
    assert.deepEqual(codes(next.issues), codes(validatePjsip(analyze(uri, parseConfig(document.getText()), 'pjsip').pjsip!)));
    // Every other finding is the very object of the first list.
    const kept = new Set(start.issues);
    assert.equal(next.issues.filter((issue) => kept.has(issue)).length, start.issues.length - (next.changes?.removed.length ?? 0));
  });
});
