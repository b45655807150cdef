import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadAsteriskGrammar, repositoryRoot, scopesPerColumn } from './annotatedFixture';

interface LanguageConfiguration {
  readonly comments: { readonly lineComment: string; readonly blockComment: readonly [string, string] };
  readonly brackets: readonly (readonly [string, string])[];
  readonly autoClosingPairs: readonly { readonly open: string; readonly close: string; readonly notIn?: readonly string[] }[];
  readonly surroundingPairs: readonly (readonly [string, string])[];
  readonly folding: { readonly markers: { readonly start: string; readonly end: string } };
  readonly wordPattern: string;
}

const configuration = JSON.parse(
  fs.readFileSync(path.join(repositoryRoot, 'language-configuration.json'), 'utf8'),
) as LanguageConfiguration;

function wordsOf(text: string): string[] {
  return text.match(new RegExp(configuration.wordPattern, 'g')) ?? [];
}

describe('language configuration', () => {
  test('comments use ";" and the ";-- --;" block form', () => {
    assert.deepEqual(configuration.comments, { lineComment: ';', blockComment: [';--', '--;'] });
  });

  test('a block comment toggled by VS Code is a block comment for Asterisk and for the grammar', async () => {
    // VS Code pads the markers with a space, so the opener is never followed by "-" (";---" is a line comment).
    const [opener, closer] = configuration.comments.blockComment;
    const toggled = `a=1 ${opener} b=2 ${closer}`;
    const [columns] = scopesPerColumn(await loadAsteriskGrammar(), [toggled]);
    const commentStart = toggled.indexOf(opener);
    const blockColumns = columns.slice(commentStart).map((scopes) => scopes.includes('comment.block.asterisk'));
    assert.deepEqual(blockColumns, Array<boolean>(toggled.length - commentStart).fill(true));
  });

  test('section brackets and template lists are brackets; quotes close automatically outside comments', () => {
    assert.deepEqual(configuration.brackets, [['[', ']'], ['(', ')']]);
    assert.deepEqual(
      configuration.autoClosingPairs.map((pair) => [pair.open, pair.close, pair.notIn]),
      [['[', ']', ['comment']], ['(', ')', ['comment']], ['"', '"', ['comment']]],
    );
    assert.deepEqual(configuration.surroundingPairs, [['[', ']'], ['(', ')'], ['"', '"'], ['<', '>']]);
  });

  test('a word is a whole option name, dashes and underscores included', () => {
    assert.deepEqual(wordsOf('session-timers=originate'), ['session-timers', 'originate']);
    assert.deepEqual(wordsOf('tos_audio = ef ; cc_agent_policy'), ['tos_audio', 'ef', 'cc_agent_policy']);
    assert.deepEqual(wordsOf('[office-phone](!,basic)'), ['office-phone', 'basic']);
    assert.deepEqual(wordsOf('jbmaxsize=200.5'), ['jbmaxsize', '200.5']);
  });

  test('folding markers pair a block comment opened at the start of a line with its closing line', () => {
    const start = new RegExp(configuration.folding.markers.start);
    const end = new RegExp(configuration.folding.markers.end);
    const kinds = (line: string): string => (start.test(line) ? 'start' : end.test(line) ? 'end' : '-');
    assert.deepEqual(
      [';-- disabled peers', '  ;-- indented', 'context=x --;', '--;', ';-- one line --;', ';--- a line comment', 'a=1 ;-- inline --;2'].map(kinds),
      ['start', 'start', 'end', 'end', '-', '-', '-'],
    );
  });
});
