import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { codeBlock, escapeMarkdown, escapeProse, inlineCode } from '../../../server/src/service/features/markdown';

describe('markdown: config text as data', () => {
  it('escapes what starts a link, an image, emphasis, code, an entity, a tag or a table cell', () => {
    assert.equal(escapeMarkdown('![b](https://evil.example/b.png)'), '\\!\\[b\\](https://evil.example/b.png)');
    assert.equal(escapeMarkdown('<img src=x> &amp; *a* _b_ `c` ~d~ e|f \\'), '\\<img src=x\\> \\&amp; \\*a\\* \\_b\\_ \\`c\\` \\~d\\~ e\\|f \\\\');
    assert.equal(escapeMarkdown('10.0.0.1:5060 "Alice" <100>'), '10.0.0.1:5060 "Alice" \\<100\\>');
  });

  it('keeps a table cell on one line', () => {
    assert.equal(escapeMarkdown('a\r\nb\nc'), 'a b c');
  });

  it('inline code: a fence longer than every backtick run inside', () => {
    assert.equal(inlineCode('plain'), '`plain`');
    assert.equal(inlineCode(''), '` `');
    assert.equal(inlineCode('a`b'), '`` a`b ``');
    assert.equal(inlineCode('a``b`c'), '``` a``b`c ```');
  });

  it('code block: a fence longer than every backtick run inside, at least three', () => {
    assert.equal(codeBlock('x=1'), '```\nx=1\n```');
    assert.equal(codeBlock('x=```\ny=````'), '`````\nx=```\ny=````\n`````');
  });

  it('prose: no link, image, HTML, code or emphasis can form; brackets alone stay as written', () => {
    assert.equal(escapeProse('into context ![c](https://e.example/c.png)'), 'into context !\\[c]\\(https://e.example/c.png)');
    assert.equal(escapeProse('[general] sets it; as <img src=x> & *me* _you_ `x` ~y~'), '[general] sets it; as \\<img src=x\\> \\& \\*me\\* \\_you\\_ \\`x\\` \\~y\\~');
  });
});
