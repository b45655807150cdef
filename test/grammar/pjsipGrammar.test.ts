import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pjsipObjectTypes } from '../../server/src/service/dialects/pjsip/objectTypes';
import { pjsipOptions } from '../../server/src/service/dialects/pjsip/options';
import {
  findScopeMismatches,
  loadPjsipGrammar,
  parseAnnotatedFixture,
  pjsipFixtureDirectory,
  pjsipGrammarPath,
  pjsipScopeName,
  scopesPerColumn,
} from './annotatedFixture';

interface Rule {
  readonly begin?: string;
  readonly match?: string;
  readonly patterns?: readonly Rule[];
}

const grammar = JSON.parse(fs.readFileSync(pjsipGrammarPath, 'utf8')) as { scopeName: string; repository: Record<string, Rule> };

/** The names of the `(?i:a|b|c)` group of a rule's begin, or of the `(?:a|b)` group of its first match. */
function alternatives(expression: string | undefined, group: RegExp): string[] {
  const found = group.exec(expression ?? '');
  assert.ok(found, `no name list in ${expression}`);
  return found[1].replace(/\\-/g, '-').split('|').sort();
}

describe('pjsip grammar file', () => {
  test('is the grammar package.json gives asterisk-pjsip', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as {
      contributes: { grammars: { language: string; scopeName: string; path: string }[] };
    };
    const entry = manifest.contributes.grammars.find((g) => g.language === 'asterisk-pjsip');
    assert.equal(grammar.scopeName, pjsipScopeName);
    assert.equal(entry?.scopeName, pjsipScopeName);
    assert.equal(path.resolve(path.join(__dirname, '..', '..', '..'), entry?.path ?? ''), pjsipGrammarPath);
  });

  test('names exactly the object types and the options of the pjsip catalog', () => {
    assert.deepEqual(alternatives(grammar.repository.type.patterns?.[0].match, /\(\?:([^)]*)\)/), pjsipObjectTypes.map((type) => type.name).sort());
    const options = [...new Set(pjsipOptions.map((option) => option.name))].filter((name) => name !== 'type').sort();
    assert.deepEqual(alternatives(grammar.repository.option.begin, /\(\?i:([^)]*)\)/), options);
    const references = [...new Set(pjsipOptions.filter((option) => option.references).map((option) => option.name))].sort();
    assert.deepEqual(alternatives(grammar.repository.reference.begin, /\(\?i:([^)]*)\)/), references);
  });

  test('loads in vscode-textmate with the shared grammar it includes', async () => {
    const [[firstColumn]] = scopesPerColumn(await loadPjsipGrammar(), ['[general]']);
    assert.deepEqual(firstColumn, [pjsipScopeName, 'meta.section.header.asterisk', 'punctuation.definition.section.begin.asterisk']);
  });
});

describe('pjsip annotated fixtures', () => {
  const fixtureFiles = fs.readdirSync(pjsipFixtureDirectory).filter((name) => name.endsWith('.conf')).sort();

  for (const fileName of fixtureFiles) {
    test(`${fileName} is highlighted as annotated`, async () => {
      const fixture = parseAnnotatedFixture(fs.readFileSync(path.join(pjsipFixtureDirectory, fileName), 'utf8'));
      assert.ok(fixture.assertions.length > 0, 'a fixture without annotations tests nothing');
      assert.deepEqual(findScopeMismatches(await loadPjsipGrammar(), fixture), []);
    });
  }
});
