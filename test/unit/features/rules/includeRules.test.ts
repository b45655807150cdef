import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { diagnose, messageOf, only, rangesOf } from './diagnose';

describe('includeRules', () => {
  describe('include-problem', () => {
    it('a missing #include is an error on its argument: Asterisk refuses the file', () => {
      const diagnostic = only('include-problem', '[general]\nallowguest=no\n#include extra.conf\n');
      assert.deepEqual(diagnostic.range, { start: { line: 2, character: 9 }, end: { line: 2, character: 19 } });
      assert.equal(diagnostic.severity, 1);
      assert.deepEqual(diagnostic.data, { problem: 'missing', directive: 'include' });
    });
    it('a glob without a match is an error too', () => {
      assert.deepEqual(only('include-problem', '[general]\nallowguest=no\n#include peers/*.conf\n').data, { problem: 'glob-no-match', directive: 'include' });
    });
    it('#tryinclude of a missing file is silent, and an existing #include is fine', () => {
      assert.deepEqual(rangesOf('include-problem', '[general]\nallowguest=no\n#tryinclude extra.conf\n'), []);
      assert.deepEqual(rangesOf('include-problem', '[general]\nallowguest=no\n#include extra.conf\n', { files: { 'extra.conf': '' } }), []);
    });
    it('a cycle is reported on the include that closes it', () => {
      assert.deepEqual(only('include-problem', '#include sip.conf\n', { files: { 'sip.conf': '[general]\nallowguest=no\n#include a.conf\n' }, fileName: 'a.conf' }).data, {
        problem: 'cycle',
        directive: 'include',
      });
    });
  });
  describe('include-not-followed', () => {
    it('an include past the expansion budget is an information on its argument, once per include line not followed', () => {
      const text = '[general]\nallowguest=no\n' + '#include small.conf\n'.repeat(2001);
      const found = diagnose(text, { files: { 'small.conf': '[d]\ntype=peer\nhost=h\n' } }).filter((diagnostic) => diagnostic.code === 'include-not-followed');
      // The root is the first file read: 1999 includes fit under MAX_FILES_VISITED (2000), the last two do not.
      assert.deepEqual(found.map((diagnostic) => [diagnostic.range.start.line, diagnostic.severity, (diagnostic.data as { problem: string }).problem]), [
        [2001, 3, 'budget'],
        [2002, 3, 'budget'],
      ]);
      assert.match(messageOf(found[0]), /^Not followed: the include tree is too large to check here \(more than 2000 files read through includes\)/);
    });
  });
});

