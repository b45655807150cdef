import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import {
  asteriskScopeName,
  findScopeMismatches,
  fixtureDirectory,
  grammarPath,
  loadAsteriskGrammar,
  loadOniguruma,
  parseAnnotatedFixture,
  repositoryRoot,
  scopesPerColumn,
} from './annotatedFixture';

interface RawRule {
  readonly include?: string;
  readonly match?: string;
  readonly begin?: string;
  readonly end?: string;
  readonly patterns?: readonly RawRule[];
  readonly captures?: Readonly<Record<string, RawRule>>;
  readonly beginCaptures?: Readonly<Record<string, RawRule>>;
  readonly endCaptures?: Readonly<Record<string, RawRule>>;
}

interface RawGrammar extends RawRule {
  readonly scopeName: string;
  readonly repository: Readonly<Record<string, RawRule>>;
}

const rawGrammar = JSON.parse(fs.readFileSync(grammarPath, 'utf8')) as RawGrammar;

function allRules(grammar: RawGrammar): RawRule[] {
  const rules: RawRule[] = [];
  const visit = (rule: RawRule): void => {
    rules.push(rule);
    rule.patterns?.forEach(visit);
    for (const captures of [rule.captures, rule.beginCaptures, rule.endCaptures]) {
      Object.values(captures ?? {}).forEach(visit);
    }
  };
  visit(grammar);
  Object.values(grammar.repository).forEach(visit);
  return rules;
}

describe('grammar file', () => {
  test('declares the scope name that package.json gives every Asterisk language', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(repositoryRoot, 'package.json'), 'utf8')) as {
      contributes: { grammars: { language: string; scopeName: string; path: string }[] };
    };
    assert.equal(rawGrammar.scopeName, asteriskScopeName);
    // pjsip.conf has its own grammar, which includes this one (pjsipGrammar.test.ts).
    assert.deepEqual(
      manifest.contributes.grammars.filter((g) => g.language !== 'asterisk-pjsip').map((g) => [g.language, g.scopeName, path.resolve(repositoryRoot, g.path)]),
      ['asterisk-sip', 'asterisk-iax', 'asterisk'].map((language) => [language, asteriskScopeName, grammarPath]),
    );
  });

  test('every include names a rule of the repository', () => {
    // vscode-textmate silently ignores an unknown include, so a typo would just lose highlighting.
    const includes = allRules(rawGrammar).flatMap((rule) => (rule.include ? [rule.include] : []));
    assert.ok(includes.length > 0);
    const unresolved = includes.filter((include) => !(include.startsWith('#') && include.slice(1) in rawGrammar.repository));
    assert.deepEqual(unresolved, []);
  });

  test('every regular expression compiles with Oniguruma', async () => {
    // vscode-textmate compiles rules lazily, so a broken rule only fails when a line reaches it.
    await loadOniguruma();
    const expressions = allRules(rawGrammar).flatMap((rule) => [rule.match, rule.begin, rule.end]).filter((e) => e !== undefined);
    assert.ok(expressions.length > 20);
    const broken = expressions.filter((expression) => {
      try {
        new oniguruma.OnigScanner([expression]).dispose();
        return false;
      } catch {
        return true;
      }
    });
    assert.deepEqual(broken, []);
  });

  test('loads in vscode-textmate and tokenises a line', async () => {
    const grammar = await loadAsteriskGrammar();
    const [[firstColumn]] = scopesPerColumn(grammar, ['[general]']);
    assert.deepEqual(firstColumn, [asteriskScopeName, 'meta.section.header.asterisk', 'punctuation.definition.section.begin.asterisk']);
  });
});

describe('annotated fixtures', () => {
  const fixtureFiles = fs.readdirSync(fixtureDirectory).filter((name) => name.endsWith('.conf')).sort();

  test('exist', () => {
    assert.ok(fixtureFiles.length >= 5, `fixtures found: ${fixtureFiles.join(', ')}`);
  });

  for (const fileName of fixtureFiles) {
    test(`${fileName} is highlighted as annotated`, async () => {
      const fixture = parseAnnotatedFixture(fs.readFileSync(path.join(fixtureDirectory, fileName), 'utf8'));
      assert.ok(fixture.assertions.length > 0, 'a fixture without annotations tests nothing');
      const mismatches = findScopeMismatches(await loadAsteriskGrammar(), fixture);
      assert.deepEqual(mismatches, []);
    });
  }
});

describe('annotation checker', () => {
  test('reads caret and arrow markers, required and forbidden scopes, and skips annotation lines', () => {
    const fixture = parseAnnotatedFixture('a=1\n;@<- variable.other.key\n;@^ constant.numeric !string\nb=2\n');
    assert.deepEqual(fixture.sourceLines, ['a=1', 'b=2', '']);
    assert.deepEqual(fixture.assertions, [
      { annotationLine: 2, sourceLineIndex: 0, startColumn: 0, endColumn: 1, requiredScopes: ['variable.other.key'], forbiddenScopes: [] },
      { annotationLine: 3, sourceLineIndex: 0, startColumn: 2, endColumn: 3, requiredScopes: ['constant.numeric'], forbiddenScopes: ['string'] },
    ]);
  });

  test('reports a wrong scope, a forbidden scope and a column past the line end', async () => {
    const fixture = parseAnnotatedFixture('a=1\n;@<- comment\n;@^ !constant.numeric\n;@   ^ string\n');
    const mismatches = findScopeMismatches(await loadAsteriskGrammar(), fixture);
    assert.equal(mismatches.length, 3);
    assert.match(mismatches[0], /annotation line 2, column 0 "a".*missing comment/);
    assert.match(mismatches[1], /annotation line 3, column 2 "1".*unexpected constant\.numeric/);
    assert.match(mismatches[2], /annotation line 4, column 5.*past the end of the line/);
  });

  test('rejects an annotation without a marker or without a scope', () => {
    assert.throws(() => parseAnnotatedFixture('a=1\n;@ comment\n'), /expected "<--" or "\^\^"/);
    assert.throws(() => parseAnnotatedFixture('a=1\n;@  ^\n'), /names no scope/);
    assert.throws(() => parseAnnotatedFixture(';@<- comment\n'), /needs a source line above it/);
  });
});
