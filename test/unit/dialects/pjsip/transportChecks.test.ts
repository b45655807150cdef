import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildPjsipModel } from '../../../../server/src/service/dialects/pjsip/model';
import { Collector } from '../../../../server/src/service/dialects/pjsip/ruleTable';
import { checkTransports } from '../../../../server/src/service/dialects/pjsip/transportChecks';
import { rootFile } from '../../../support/memoryHost';

function conflicts(text: string): string[] {
  const out = new Collector();
  checkTransports(out, buildPjsipModel(rootFile('pjsip.conf', text)));
  return out.issues.map((issue) => `${issue.rule} ${issue.line}:${issue.span.start}-${issue.span.end}`);
}

const transport = (name: string, bind: string, protocol = 'udp'): string => `[${name}]\ntype=transport\nprotocol=${protocol}\nbind=${bind}\n`;

describe('pjsip transport check', () => {
  it('a later UDP transport on an address and port an earlier one binds (5060 by default, or the wildcard) is a conflict at its header', () => {
    assert.deepEqual(conflicts(transport('a', '0.0.0.0') + transport('b', '192.0.2.1:5060')), ['pjsip-transport-bind-conflict 4:1-2']);
    assert.deepEqual(conflicts(transport('a', '192.0.2.1:5070') + transport('b', '192.0.2.1:5070')), ['pjsip-transport-bind-conflict 4:1-2']);
  });

  it('other ports, the other address family\'s wildcard, and TCP transports are no conflict', () => {
    assert.deepEqual(conflicts(transport('a', '0.0.0.0:5060') + transport('b', '0.0.0.0:5061')), []);
    assert.deepEqual(conflicts(transport('a', '0.0.0.0') + transport('b', '[::]')), []);
    assert.deepEqual(conflicts(transport('a', '0.0.0.0', 'tcp') + transport('b', '0.0.0.0', 'tcp')), []);
  });
});
