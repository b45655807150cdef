import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver-types';
import { headerCompletions, headerSpotAt, includeCompletions, skeletonCompletions, startsBetweenSections } from '../../../server/src/service/features/completionSections';
import { parseConfig } from '../../../server/src/service/parser/configDocument';
import { analyzeText, withCaret } from '../../support/fixture';

/** label@start-end (kind) of each item. */
function brief(items: readonly CompletionItem[]): string[] {
  return items.map((item) => {
    const edit = item.textEdit;
    assert.ok(edit && 'range' in edit);
    return `${item.label}@${edit.range.start.character}-${edit.range.end.character}:${item.kind}`;
  });
}

function headerAt(textWithCaret: string) {
  const { text, position } = withCaret(textWithCaret);
  return headerCompletions(analyzeText(text), position.line, position.character, 'sip');
}

describe('startsBetweenSections', () => {
  const analysis = analyzeText(['[a]', 'x=1', '', '; c', '[b]', 'y=2', ''].join('\n'));

  it('is true when only blank and comment lines lie between the line and the next header or the end', () => {
    assert.deepEqual(
      [0, 1, 2, 3, 4, 5, 6].map((line) => startsBetweenSections(analysis, line)),
      [false, true, true, true, false, true, true],
    );
  });

  it('gives up after 200 lines of comments', () => {
    const longComment = analyzeText(['[a]', '', ...Array.from({ length: 250 }, () => '; note'), '[b]'].join('\n'));
    assert.equal(startsBetweenSections(longComment, 1), false);
    assert.equal(startsBetweenSections(longComment, 100), true);
  });
});

describe('skeletonCompletions', () => {
  it('offers the dialect’s skeletons as snippets at the cursor, sorted after everything else', () => {
    const items = skeletonCompletions(analyzeText('[a]\n\n'), 1, 0, 'iax');
    assert.deepEqual(brief(items), [`phone that registers to us@0-0:${CompletionItemKind.Snippet}`, `IAX trunk to another Asterisk@0-0:${CompletionItemKind.Snippet}`]);
    assert.deepEqual(items.map((item) => [item.insertTextFormat, item.sortText, item.filterText]), [
      [InsertTextFormat.Snippet, '90', 'phone that registers to us'],
      [InsertTextFormat.Snippet, '91', 'IAX trunk to another Asterisk'],
    ]);
  });

  it('offers the dialplan’s contexts as the context choice', () => {
    const [phone] = skeletonCompletions(analyzeText('', { dialplan: '[office]\n[public]' }), 0, 0, 'sip');
    assert.ok(phone.textEdit?.newText.includes('context=${3|office,public|}'));
  });

  it('replaces a typed [ and keeps the filter text matching it', () => {
    const [phone] = skeletonCompletions(analyzeText('[]'), 0, 1, 'sip', { start: 0, end: 2 });
    assert.deepEqual(brief([phone]), [`phone that registers to us@0-2:${CompletionItemKind.Snippet}`]);
    assert.equal(phone.filterText, '[phone that registers to us');
  });
});

describe('headerCompletions', () => {
  it('offers templates, then ordinary sections defined above, then !, never [general] or itself', () => {
    const list = headerAt('[general]\n[t](!)\ntype=friend\n[b]\n[c](|)\n[later]');
    assert.deepEqual(brief(list.items), [`t@4-4:${CompletionItemKind.Class}`, `b@4-4:${CompletionItemKind.Reference}`, `!@4-4:${CompletionItemKind.Keyword}`]);
    assert.deepEqual(
      list.items.map((item) => item.sortText),
      ['000000', '100000', '2'],
    );
    assert.equal(list.isIncomplete, false);
  });

  it('leaves out the names (and !) already written, and replaces the word under the cursor', () => {
    assert.deepEqual(brief(headerAt('[t](!)\n[b]\n[c](t,|)').items), [`b@6-6:${CompletionItemKind.Reference}`, `!@6-6:${CompletionItemKind.Keyword}`]);
    assert.deepEqual(brief(headerAt('[t](!)\n[b]\n[c](!,b|x)').items), [`b@6-8:${CompletionItemKind.Reference}`]);
  });

  it('offers the skeletons right after a typed [ (closed by the editor or not)', () => {
    assert.deepEqual(
      headerAt('[|]').items.map((item) => item.label),
      ['phone that registers to us', 'provider trunk'],
    );
    assert.deepEqual(brief(headerAt('[|').items)[0], `phone that registers to us@0-1:${CompletionItemKind.Snippet}`);
  });

  it('offers nothing on a section name, after the header or on other lines', () => {
    assert.deepEqual(headerAt('[a]|').items, []);
    assert.deepEqual(headerAt('[a|b]').items, []);
    assert.deepEqual(headerAt('[a]\nx=|1').items, []);
    assert.deepEqual(headerAt('[t](!)\n[a](t)|').items, []);
  });

  it('never shows a secret in a base’s summary', () => {
    const [base] = headerAt('[t](!)\nsecret=hunter2\nmd5secret=abc\ncontext=office\n[a](|)').items;
    const documentation = base.documentation;
    assert.ok(documentation && typeof documentation !== 'string');
    assert.ok(!documentation.value.includes('hunter2') && !documentation.value.includes('abc'));
    assert.ok(documentation.value.includes('context=office'));
  });

  it('masks a base’s lines the way every other surface does: an mwi password, a typo’d secret (issue #19)', () => {
    const [base] = headerAt('[t](!)\nmwi=mbox:Pw1-mwi@h/100\nsceret=Pw2-typo\nauth=u:Pw3-auth@r\ncontext=office\n[x](|)').items;
    const documentation = base.documentation;
    assert.ok(documentation && typeof documentation !== 'string');
    assert.equal(documentation.value, 'Inherit every line of `[t](!)` (line 1)\n\n```\nmwi=mbox:••••••@h/100\nsceret=••••••\nauth=u:••••••@r\ncontext=office\n```');
  });

  it('a base’s line with a backtick fence cannot close the summary’s code block', () => {
    const [base] = headerAt('[t](!)\ncallerid=```\n[x](|)').items;
    const documentation = base.documentation;
    assert.ok(documentation && typeof documentation !== 'string');
    assert.ok(documentation.value.endsWith('\n\n````\ncallerid=```\n````'), documentation.value);
  });
});

describe('includeCompletions', () => {
  it('offers the other .conf files of the folder, sorted, never the file itself or its root', () => {
    const analysis = analyzeText('[a]\n#include ', { files: { 'users.conf': '', 'extra.conf': '', 'notes.txt': '' } });
    assert.deepEqual(brief(includeCompletions(analysis, 1, undefined, 9)), [`extra.conf@9-9:${CompletionItemKind.File}`, `users.conf@9-9:${CompletionItemKind.File}`]);
  });

  it('replaces the argument typed so far', () => {
    const analysis = analyzeText('[a]\n#include ex', { files: { 'extra.conf': '' } });
    assert.deepEqual(brief(includeCompletions(analysis, 1, { start: 9, end: 11 }, 10)), [`extra.conf@9-11:${CompletionItemKind.File}`]);
  });

  it('a file name with backticks stays inside its code span', () => {
    const [item] = includeCompletions(analyzeText('[a]\n#include ', { files: { 'a`b.conf': '' } }), 1, undefined, 9);
    assert.deepEqual(item.documentation, { kind: 'markdown', value: 'Reads `` a`b.conf `` here, as if its lines were written in place of this directive.' });
  });

  it('offers nothing without sibling files', () => {
    assert.deepEqual(includeCompletions(analyzeText('#include '), 0, undefined, 9), []);
  });
});

describe('headerSpotAt (the header line, shared by sip/iax and pjsip completion)', () => {
  const spot = (line: string, character: number) => {
    const node = parseConfig(line).line(0);
    assert.equal(node.kind, 'section');
    return node.kind === 'section' ? headerSpotAt(line, node, 0, character) : undefined;
  };

  it('after a lone `[` (closed or not): skeletons replace the whole header', () => {
    assert.deepEqual(spot('[', 1), { kind: 'skeleton', replace: { start: 0, end: 1 } });
    assert.deepEqual(spot('[]', 1), { kind: 'skeleton', replace: { start: 0, end: 2 } });
    assert.equal(spot('[alice]', 3), undefined);
  });

  it('inside `(…)`: the option under the cursor, what is typed of it, what is written, whether it is empty', () => {
    assert.deepEqual(spot('[a](!,ph', 8), {
      kind: 'option',
      range: { start: { line: 0, character: 6 }, end: { line: 0, character: 8 } },
      typed: 'ph',
      written: new Set(['!', 'ph']),
      empty: false,
    });
    const empty = spot('[a]()', 4);
    assert.equal(empty?.kind === 'option' && empty.empty, true);
    assert.equal(spot('[a](x) ; note', 10), undefined);
  });
});
