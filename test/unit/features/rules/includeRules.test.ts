import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { doValidation } from '../../../../server/src/service/features/validation';
import { analyze } from '../../../../server/src/service/analysis';
import { parseConfig } from '../../../../server/src/service/parser/configDocument';
import { DEFAULT_SETTINGS } from '../../../../server/src/service/settings';
import type { IncludeHost } from '../../../../server/src/service/model/types';
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

    it('a file that is no Asterisk config: said once on the include, its text never quoted (issue #19)', () => {
      const host: IncludeHost = {
        resolve: (argument) => ({ uris: [`file:///etc/asterisk/${argument}`] }),
        load: (uri) => ({ problem: 'not-a-config', detail: `${uri.slice('file://'.length)}: a key or certificate` }),
      };
      const text = '[general]\nallowguest=no\n#include server.key\n';
      const diagnostics = doValidation(analyze('file:///etc/asterisk/sip.conf', parseConfig(text), 'sip', { host, settings: DEFAULT_SETTINGS }));
      assert.deepEqual(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start.line, diagnostic.data]), [['include-not-followed', 2, { problem: 'not-a-config', directive: 'include' }]]);
      assert.equal(
        messageOf(diagnostics[0]),
        "This file is not an Asterisk config: not read (/etc/asterisk/server.key: a key or certificate). None of its text is shown or checked, and nothing in it counts for this file's checks.",
      );
    });
  });
});

