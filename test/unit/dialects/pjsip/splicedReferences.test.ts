import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, type Analysis } from '../../../../server/src/service/analysis';
import { indexOf, objectKey, type PjsipModel } from '../../../../server/src/service/dialects/pjsip/model';
import { pjsipPatchOf } from '../../../../server/src/service/dialects/pjsip/patchPjsip';
import { SplicedReferences } from '../../../../server/src/service/dialects/pjsip/splicedReferences';
import { parseConfig, type LineDelta } from '../../../../server/src/service/parser/configDocument';

const URI = 'file:///etc/asterisk/pjsip.conf';
/** More phones naming the transport than a patch copies a list for (patchPjsip's MAX_COPIED). */
const PHONES = 70;

/** Two transports, and phones that each name one (the last ones none): 4 lines per phone, the transport= line second. */
function phonesText(): string {
  const lines = ['[udp]', 'type=transport', 'protocol=udp', 'bind=0.0.0.0:5060', '[tcp]', 'type=transport', 'protocol=tcp', 'bind=0.0.0.0:5061'];
  for (let phone = 0; phone < PHONES; phone++) lines.push(`[p${phone}]`, 'type=endpoint', phone < PHONES - 5 ? 'transport=udp' : '; no transport', 'context=phones');
  return lines.join('\n');
}

/** Who names each transport, as plain data: the naming object (type, name, header line) and the option. */
function namedBy(model: PjsipModel) {
  return ['udp', 'tcp'].map((name) => model.referencesTo(model.get('transport', name)!).map((reference) => [reference.from.type, reference.from.name, reference.from.section.headerLine, reference.option, reference.target === model.get('transport', name)]));
}

describe('SplicedReferences: a much-named object\'s references after keystrokes in the objects naming it', () => {
  it('property: after keystrokes that change, add and remove transport= lines, the list equals a fresh build and is spliced, not copied', () => {
    let spliced = 0;
    const lineText = fc.constantFrom('transport=udp', 'transport=tcp', 'transport=udp9', '; no transport', 'transport=', 'transport=tcp,udp');
    fc.assert(
      fc.property(fc.array(fc.array(fc.tuple(fc.nat(PHONES - 1), lineText), { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 10 }), (didChanges) => {
        const document = parseConfig(phonesText());
        let analysis: Analysis = analyze(URI, document, 'pjsip');
        for (const edits of didChanges) {
          // One didChange of several changes (a multi-cursor edit), bottom-up as editors send them.
          const lines = [...new Set(edits.map(([phone]) => phone))].sort((a, b) => b - a).map((phone) => [10 + phone * 4, edits.find(([p]) => p === phone)![1]] as const);
          const deltas: LineDelta[] = document.applyChanges(
            lines.map(([line, text]) => ({ range: { start: { line, character: 0 }, end: { line, character: document.lineText(line).length } }, text })),
            document.version + 1,
          );
          analysis = analyze(URI, document, 'pjsip', { previous: analysis, changedLines: deltas });
          const model = analysis.pjsip!;
          if (pjsipPatchOf(model) && indexOf(model)?.referencesTo.get(objectKey('transport', 'udp')) instanceof SplicedReferences) spliced++;
          assert.deepEqual(namedBy(model), namedBy(analyze(URI, parseConfig(document.getText()), 'pjsip').pjsip!));
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 100) },
    );
    assert.ok(spliced > 50, `only ${spliced} spliced lists`);
  });

  it('lists a run added by an object that named nothing before in file order, and drops the run of one that stops naming it', () => {
    const document = parseConfig(phonesText());
    const first = analyze(URI, document, 'pjsip');
    const last = 10 + (PHONES - 1) * 4;
    const middle = 10 + 10 * 4;
    const deltas = document.applyChanges(
      [
        { range: { start: { line: last, character: 0 }, end: { line: last, character: document.lineText(last).length } }, text: 'transport=udp' },
        { range: { start: { line: middle, character: 0 }, end: { line: middle, character: document.lineText(middle).length } }, text: 'transport=tcp' },
      ],
      2,
    );
    const model = analyze(URI, document, 'pjsip', { previous: first, changedLines: deltas }).pjsip!;
    assert.ok(indexOf(model)?.referencesTo.get(objectKey('transport', 'udp')) instanceof SplicedReferences);
    const udpUsers = model.referencesTo(model.get('transport', 'udp')!).map((reference) => reference.from.name);
    assert.equal(udpUsers.length, PHONES - 5);
    assert.ok(!udpUsers.includes('p10'));
    assert.equal(udpUsers[udpUsers.length - 1], `p${PHONES - 1}`);
    assert.deepEqual(model.referencesTo(model.get('transport', 'tcp')!).map((reference) => reference.from.name), ['p10']);
    assert.equal(model.referencesTo(model.get('transport', 'udp')!).find((reference) => reference.from.name === `p${PHONES - 1}`)?.from, model.get('endpoint', `p${PHONES - 1}`));
  });
});
