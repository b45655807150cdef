import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../support/fixture';
import { getDocumentLinks } from '../../../server/src/service/features/documentLinks';

const links = (text: string, files: Record<string, string>) =>
  getDocumentLinks(analyzeText(text, { files })).map((link) => [link.range.start.line, link.range.start.character, link.range.end.character, link.target, link.tooltip]);

describe('document links', () => {
  it('links #include and #tryinclude arguments to the file they read', () => {
    assert.deepEqual(links('[general]\n#include peers.conf\n#tryinclude "users.conf"\n', { 'peers.conf': '', 'users.conf': '' }), [
      [1, 9, 19, 'file:///etc/asterisk/peers.conf', 'Open peers.conf'],
      [2, 13, 23, 'file:///etc/asterisk/users.conf', 'Open users.conf'],
    ]);
  });

  it('no link for a missing file, a glob, or a glob that matches one file', () => {
    assert.deepEqual(links('#include missing.conf\n#tryinclude gone.conf\n#include sip_*.conf\n#include only*.conf\n', { 'sip_a.conf': '', 'sip_b.conf': '', 'only1.conf': '' }), []);
  });

  it('still links a file that is not read again because of a cycle: it exists and can be opened', () => {
    assert.deepEqual(links('#include sip.conf\n[a]\n', {}), [[0, 9, 17, 'file:///etc/asterisk/sip.conf', 'Open sip.conf']]);
  });

  it('an included file links its own includes; one link per line when the file is read twice', () => {
    const analysis = analyzeText('#include more.conf\n', {
      fileName: 'peers.conf',
      files: { 'sip.conf': '#include peers.conf\n#include peers.conf\n', 'more.conf': '[x]\n' },
    });
    assert.deepEqual(getDocumentLinks(analysis).map((link) => [link.range.start.line, link.target]), [[0, 'file:///etc/asterisk/more.conf']]);
  });

  it('#exec is never a link', () => {
    assert.deepEqual(links('#exec /bin/echo hi\n', {}), []);
  });
});
