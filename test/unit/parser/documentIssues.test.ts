import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfig } from '../../../server/src/service/parser/configDocument';
import { collectParseIssues, type DocumentContext } from '../../../server/src/service/parser/documentIssues';
import type { ParseIssue } from '../../../server/src/service/parser/nodes';

function issuesOf(lines: readonly string[], context?: DocumentContext): ParseIssue[] {
  return collectParseIssues(parseConfig(lines.join('\n')), context);
}

/** `code@line:start-end` (plus the argument when there is one): compact enough to compare whole lists. */
function brief(issues: readonly ParseIssue[]): string[] {
  return issues.map((issue) => `${issue.code}@${issue.line}:${issue.span.start}-${issue.span.end}${issue.argument !== undefined ? ` ${issue.argument}` : ''}`);
}

function sectionsBefore(entries: Record<string, boolean>): DocumentContext['sectionsBefore'] {
  return new Map(Object.entries(entries).map(([name, isTemplate]) => [name, { isTemplate }]));
}

describe('collectParseIssues', () => {
  it('returns nothing for an empty document or a clean one', () => {
    assert.deepEqual(issuesOf(['']), []);
    assert.deepEqual(issuesOf(['[general]', 'bindport=5060', '[alice]', 'type=friend']), []);
  });

  describe('key-before-section', () => {
    it('covers key to value end of a key line above the first section', () => {
      assert.deepEqual(brief(issuesOf(['foo = bar', '[a]', 'x=y'])), ['key-before-section@0:0-9']);
    });

    it('covers the content of an invalid line, after its own missing-equals', () => {
      assert.deepEqual(brief(issuesOf(['  bar  ', '[a]'])), ['missing-equals@0:2-5', 'key-before-section@0:2-5']);
    });

    it('ignores comments, blank lines and directives above the first section', () => {
      assert.deepEqual(brief(issuesOf(['; note', '', '#include extra.conf', '[a]'])), []);
    });

    it('is not reported in an included file that starts inside the includer’s section', () => {
      assert.deepEqual(issuesOf(['foo=bar', 'baz'], { startsInSection: true }).map((issue) => issue.code), ['missing-equals']);
    });

    it('is reported in an included file that starts outside any section', () => {
      assert.deepEqual(brief(issuesOf(['foo=bar'], { startsInSection: false })), ['key-before-section@0:0-7']);
    });
  });

  describe('fragment-without-includer', () => {
    it('replaces the key-before-section errors of a fragment nobody includes by one note at its first line', () => {
      assert.deepEqual(brief(issuesOf(['; generated', 'nat=force_rport', 'localnet=10.0.0.0/8', '[extra]', 'x=y'], { fragment: true })), ['fragment-without-includer@1:0-15']);
    });

    it('keeps the line issues of the fragment’s lines', () => {
      assert.deepEqual(brief(issuesOf(['bar', 'foo=baz'], { fragment: true })), ['missing-equals@0:0-3', 'fragment-without-includer@0:0-3']);
    });
  });

  describe('unknown-template', () => {
    it('points at a base defined only further down', () => {
      assert.deepEqual(brief(issuesOf(['[a](tpl)', '[tpl](!)', '[b](tpl)'])), ['unknown-template@0:4-7 tpl']);
    });

    it('accepts an ordinary section as a base, case-insensitively', () => {
      assert.deepEqual(issuesOf(['[Base]', '[a](base)']), []);
    });

    it('accepts a base defined in an earlier file of the include tree', () => {
      assert.deepEqual(issuesOf(['[b](tpl)'], { sectionsBefore: sectionsBefore({ tpl: true }) }), []);
    });

    it('points at each unknown name of the option list', () => {
      assert.deepEqual(brief(issuesOf(['[t](!)', '[a](!,t,x,y)'])), ['unknown-template@1:8-9 x', 'unknown-template@1:10-11 y']);
    });

    it('leaves names with spaces to space-in-options', () => {
      assert.deepEqual(
        issuesOf(['[t](!)', '[a](!, t)']).map((issue) => issue.code),
        ['space-in-options'],
      );
    });
  });

  describe('append-to-unknown', () => {
    it('flags (+) before the section exists and (+) onto a template', () => {
      assert.deepEqual(brief(issuesOf(['[a](+)', '[a]', '[a](+)', '[t](!)', '[t](+)'])), ['append-to-unknown@0:1-2 a', 'append-to-unknown@4:1-2 t']);
    });

    it('accepts (+) onto a section of an earlier file, but not onto a template of one', () => {
      assert.deepEqual(issuesOf(['[a](+)'], { sectionsBefore: sectionsBefore({ a: false }) }), []);
      assert.deepEqual(brief(issuesOf(['[t](+)'], { sectionsBefore: sectionsBefore({ t: true }) })), ['append-to-unknown@0:1-2 t']);
    });

    it('(!) together with (+) turns the existing section into a template: a later (+) finds none', () => {
      assert.deepEqual(brief(issuesOf(['[a]', '[a](!,+)', '[a](+)'])), ['append-to-unknown@2:1-2 a']);
    });

    it('a later [a](!) without (+) does not change what the first [a] is', () => {
      assert.deepEqual(brief(issuesOf(['[a]', '[a](!)', '[a](+)'])), ['append-to-unknown@2:1-2 a']);
      assert.deepEqual(issuesOf(['[a]', '[a]', '[a](+)']), []);
    });
  });

  describe('duplicate-general', () => {
    it('flags a second [general] but not [general](+)', () => {
      assert.deepEqual(brief(issuesOf(['[general]', 'a=1', '[general]', '[general](+)'])), ['duplicate-general@2:1-8']);
    });

    it('flags [general] when an earlier file of the include tree already has one', () => {
      assert.deepEqual(brief(issuesOf(['[general]'], { sectionsBefore: sectionsBefore({ general: false }) })), ['duplicate-general@0:1-8']);
      assert.deepEqual(issuesOf(['[general](+)'], { sectionsBefore: sectionsBefore({ general: false }) }), []);
    });
  });

  describe('unterminated-block-comment', () => {
    it('points at the ;-- that opened the comment, not at the end of the file', () => {
      assert.deepEqual(brief(issuesOf(['[a]', 'x=1 ;-- open', 'y=2', 'z=3'])), ['unterminated-block-comment@1:4-7']);
    });

    it('points at the outermost opener when comments nest', () => {
      assert.deepEqual(brief(issuesOf(['[a]', ';-- one', ';-- two --;', 'z=3'])), ['unterminated-block-comment@1:0-3']);
    });

    it('points at the last opener of a line whose earlier comment was closed', () => {
      assert.deepEqual(brief(issuesOf(['[a]', 'x=1 ;-- a --; ;-- b', 'y'])), ['unterminated-block-comment@1:14-17']);
    });

    it('is not reported for ;-- inside a line comment', () => {
      assert.deepEqual(issuesOf(['[a]', 'x=1 ; note ;-- not a block', 'y=2']), []);
    });
  });

  it('returns every issue in line order, then column order', () => {
    const issues = issuesOf(['a=b', '[s](nope)', 'c', ';-- open']);
    assert.deepEqual(brief(issues), ['key-before-section@0:0-3', 'unknown-template@1:4-8 nope', 'missing-equals@2:0-1', 'unterminated-block-comment@3:0-3']);
    const sorted = [...issues].sort((a, b) => a.line - b.line || a.span.start - b.span.start);
    assert.deepEqual(issues, sorted);
  });
});

describe('documentIssues: regressions', () => {
  it('an unterminated comment opened after one that closed on the same line is reported at the second ;--', () => {
    const issues = collectParseIssues(parseConfig('[a]\nx=1 ;-- a\n--; y=2 ;-- b\nz')).filter((issue) => issue.code === 'unterminated-block-comment');
    assert.deepEqual(issues, [{ code: 'unterminated-block-comment', span: { start: 8, end: 11 }, line: 2 }]);
  });
});
