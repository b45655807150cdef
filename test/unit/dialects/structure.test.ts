/**
 * Issue #16's structure, pinned: the shared model, rules and features, the server and the CLI ask the
 * dialect (its core, module or channel profile, or the registry) instead of testing which dialect they are
 * in. A comparison with a dialect id anywhere in server/src outside service/dialects/ fails this test, unless ALLOWED below lists it with its reason; a listed file that has fewer
 * comparisons than listed fails too, so the list shrinks with the code.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const SOURCE = path.resolve(__dirname, '../../../../server/src');

/** `x === 'sip'`, `x !== 'iax'`, `case 'pjsip':` ... with any of the dialect ids. */
const DIALECT_TEST = /[!=]==\s*'(?:sip|iax|pjsip|generic)'|case\s+'(?:sip|iax|pjsip|generic)'\s*:/g;

/**
 * What may still test a dialect id, per file (relative to server/src), and why: none is left. A comparison
 * that must stay is listed here as `'path': { count, reason }`.
 */
const ALLOWED: Readonly<Record<string, { readonly count: number; readonly reason: string }>> = {};

function sourceFiles(folder: string): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) files.push(...sourceFiles(full));
    else if (entry.name.endsWith('.ts')) files.push(full);
  }
  return files;
}

describe('structure: features ask the dialect (issue #16)', () => {
  const counts = new Map<string, number>();
  for (const file of sourceFiles(SOURCE)) {
    const relative = path.relative(SOURCE, file).split(path.sep).join('/');
    if (relative.startsWith('service/dialects/')) continue;
    const found = fs.readFileSync(file, 'utf8').match(DIALECT_TEST)?.length ?? 0;
    if (found) counts.set(relative, found);
  }

  it('no file outside dialects/ tests a dialect id beyond what ALLOWED lists', () => {
    const over = [...counts].filter(([file, found]) => found > (ALLOWED[file]?.count ?? 0)).map(([file, found]) => `${file}: ${found}`);
    assert.deepEqual(over, []);
  });

  it('ALLOWED lists no more than is left (shrink it when a branch moves)', () => {
    const stale = Object.entries(ALLOWED)
      .filter(([file, allowed]) => (counts.get(file) ?? 0) < allowed.count)
      .map(([file]) => file);
    assert.deepEqual(stale, []);
  });

  it('catches the shapes it is meant to catch', () => {
    const sample = "if (dialect === 'sip') x(); if (d !== 'iax') y(); switch (d) { case 'pjsip': }; a === 'generic'; b === 'sipx';";
    assert.equal(sample.match(DIALECT_TEST)?.length, 4);
  });
});
