import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/service/analysis';
import { doValidation } from '../../../server/src/service/features/validation';
import { refusesWholeFile } from '../../../server/src/service/features/refusal';
import { parseConfig } from '../../../server/src/service/parser/configDocument';
import { memoryHost } from '../../support/memoryHost';

const ROOT = 'file:///etc/asterisk/sip.conf';

function refusals(text: string, files: Record<string, string> = {}): string[] {
  const analysis = analyze(ROOT, parseConfig(text), 'sip', { host: memoryHost(files) });
  return doValidation(analysis)
    .filter(refusesWholeFile)
    .map((d) => `${String(d.code)}@${d.range.start.line}`);
}

describe('refusesWholeFile: the diagnostics that make Asterisk refuse the whole file', () => {
  it('a key before any section, an unclosed header and an unknown template refuse the file', () => {
    assert.deepEqual(refusals('bindport=5060\n[general]\n[x\n[alice](nope)\ntype=friend\n'), ['key-before-section@0', 'unclosed-section@2', 'unknown-template@3']);
  });

  it('a missing #include refuses the file, a missing #tryinclude does not', () => {
    assert.deepEqual(refusals('[general]\n#tryinclude optional.conf\n#include missing.conf\n'), ['include-problem@2']);
  });

  it('warnings and errors that do not refuse the file are not counted', () => {
    assert.deepEqual(refusals('[general]\nnoequals\n[alice]\ntype=friend\nhost=dynamic\n'), []);
  });
});
