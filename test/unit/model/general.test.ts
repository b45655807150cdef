import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildModel } from '../../../server/src/service/model/buildModel';
import { generalSections, lastGeneralLine, sameSections } from '../../../server/src/service/model/general';
import { rootFile } from '../../support/memoryHost';

const model = (text: string) => buildModel(rootFile('sip.conf', text), 'sip');

describe('model/general: [general] with its (+) sections', () => {
  it('is the first [general] and each [general](+), in file order, not a second [general] nor another name', () => {
    const built = model('[general]\n[general](+)\nnat=yes\n[a](+)\nport=5070\n[general]\nnat=no\n[general](+)\ntcpenable=yes\n');
    assert.deepEqual(generalSections(built).map((section) => section.headerLine), [0, 1, 7]);
    assert.deepEqual(generalSections(model('[a]\ntype=peer\n')), []);
  });

  it('lastGeneralLine: the last line of a name across them, with its section', () => {
    const generals = generalSections(model('[general]\ncontext=a\nCONTEXT=b\n[general](+)\nnat=no\n[general](+)\ncontext=c\nnat=yes\n'));
    const found = lastGeneralLine(generals, 'context');
    assert.deepEqual([found?.entry.node.value, found?.entry.line, found?.section.headerLine], ['c', 6, 5]);
    assert.equal(lastGeneralLine(generals.slice(0, 1), 'context')?.entry.node.value, 'b');
    assert.equal(lastGeneralLine(generals, 'allowguest'), undefined);
  });

  it('sameSections compares the sections by identity and order', () => {
    const generals = generalSections(model('[general]\n[general](+)\nnat=yes\n'));
    assert.equal(sameSections(generals, [...generals]), true);
    assert.equal(sameSections(generals, [...generals].reverse()), false);
    assert.equal(sameSections(generals, generals.slice(1)), false);
  });
});
