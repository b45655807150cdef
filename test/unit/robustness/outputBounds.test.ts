/**
 * Issue #19, crashes and freezes: small hostile files whose answers grew faster than the file. Each
 * property asserts a bound on the size or number of what comes out (messages, diagnostics, symbols,
 * lines visited), never a duration: bench/ measures time.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Diagnostic, DocumentSymbol } from 'vscode-languageserver-types';
import { capDiagnostics, doValidation } from '../../../server/src/service/features/validation';
import { getDocumentSymbols } from '../../../server/src/service/features/documentSymbols';
import { getInlayHints } from '../../../server/src/service/features/directionHints';
import { doHover } from '../../../server/src/service/features/hover';
import { getSemanticTokens } from '../../../server/src/service/features/semanticTokens';
import { MAX_DIAGNOSTICS_PER_FILE, MAX_DOCUMENT_SYMBOLS, MAX_SEMANTIC_TOKENS } from '../../../server/src/service/limits';
import { getCodeActions } from '../../../server/src/service/features/codeActions';
import type { FileDialect } from '../../../server/src/service/dialect';
import { EffectiveOptions } from '../../../server/src/service/model/effectiveOptions';
import { effectiveLinesCache, MAX_INHERITANCE_WORK } from '../../../server/src/service/model/endpoints';
import { analyzeFuzzed, fuzzParameters } from '../../support/fuzzArbitraries';

/** No message quotes more than this much: the longest fixed text of a message plus a few clipped quotes. */
const MESSAGE_BOUND = 1000;

function longestMessage(diagnostics: readonly Diagnostic[]): number {
  let longest = 0;
  for (const diagnostic of diagnostics) longest = Math.max(longest, String(diagnostic.message).length);
  return longest;
}

describe('output bounds (issue #19)', () => {
  it('regression: 20,000 `allow+=ulaw` lines (each message quoted the whole value built so far: 2.4 GB, never published)', () => {
    const text = '[general]\nallow=ulaw\n' + 'allow+=ulaw\n'.repeat(20000);
    const analysis = analyzeFuzzed(text, 'sip');
    const diagnostics = doValidation(analysis);
    assert.equal(diagnostics.filter((item) => item.code === 'append-without-separator').length > 0, true);
    assert.ok(longestMessage(diagnostics) <= MESSAGE_BOUND, `a message of ${longestMessage(diagnostics)} characters`);
  });

  it('no message or quick-fix title grows with the length of a value, a key or a name', () => {
    const long = fc.string({ minLength: 1, maxLength: 3000 }).map((text) => text.replace(/[\r\n;[\]=]/g, 'x'));
    fc.assert(
      fc.property(long, long, fc.integer({ min: 1, max: 300 }), (value, key, appends) => {
        const text = `[general]\nallow=${value}\n${`allow+=${value}\n`.repeat(appends)}[${key}](!)\n${key}=${value}\ntype=${value}\n[p](${key})\ncontext=${value}\nallowguest=${value}\npermit=${value}\n`;
        const analysis = analyzeFuzzed(text, 'sip');
        const diagnostics = doValidation(analysis);
        assert.ok(longestMessage(diagnostics) <= MESSAGE_BOUND, `a message of ${longestMessage(diagnostics)} characters`);
        for (const diagnostic of diagnostics.slice(0, 20)) {
          for (const action of getCodeActions(analysis, diagnostic.range, { diagnostics: [diagnostic] })) assert.ok(action.title.length <= MESSAGE_BOUND, `a title of ${action.title.length} characters`);
        }
      }),
      fuzzParameters(40),
    );
  });
});

describe('hover bounds (issue #19)', () => {
  it('regression: an endpoint hover shows a value built by 20,000 `+=` lines and a 5,000-character value clipped (it showed them whole: 116 KB)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 20000 }), fc.integer({ min: 100, max: 5000 }), (appends, width) => {
        const text = `[t](!)\ntype=friend\nhost=dynamic\nallow=ulaw\n${'allow+=,alaw\n'.repeat(appends)}callerid=${'x'.repeat(width)}\n[p](t)\ncontext=${'c'.repeat(width)}\n`;
        const analysis = analyzeFuzzed(text, 'sip');
        const hover = doHover(analysis, { line: analysis.document.lineCount - 3, character: 1 });
        assert.ok(hover);
        const size = JSON.stringify(hover).length;
        assert.ok(size <= 10000, `a hover of ${size} characters`);
      }),
      fuzzParameters(6),
    );
  });
});

describe('work bounds (issue #19)', () => {
  /** Counts the lines EffectiveOptions lookups scan while `body` runs: the work of the per-endpoint lookups. */
  function linesScanned(body: () => void): number {
    const original = EffectiveOptions.prototype.get;
    let scanned = 0;
    EffectiveOptions.prototype.get = function (this: EffectiveOptions, name: string) {
      scanned += (this as unknown as { lines: readonly unknown[] }).lines.length;
      return original.call(this, name);
    };
    try {
      body();
    } finally {
      EffectiveOptions.prototype.get = original;
    }
    return scanned;
  }

  it('regression: thousands of same-named sections with a secret are checked in linear work (each secret line looked the user names up in every line: 64,000 sections took 98 s)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 500, max: 4000 }), fc.constantFrom<FileDialect>('sip', 'iax'), (count, fileDialect) => {
        const text = '[d]\ntype=friend\nhost=dynamic\nsecret=Zr8w-L1pa\ncontext=default\n'.repeat(count);
        const lines = count * 5;
        const scanned = linesScanned(() => doValidation(analyzeFuzzed(text, fileDialect)));
        assert.ok(scanned <= 50 * lines, `${scanned} lines scanned for a file of ${lines} lines`);
      }),
      fuzzParameters(4),
    );
  });

  it('regression: inlay hints over thousands of same-named sections describe their one endpoint once (each header described it again: 64,000 sections took 74 s)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 500, max: 1500 }), (count) => {
        const text = '[d]\ntype=friend\nhost=dynamic\nsecret=Zr8w-L1pa\ncontext=default\n'.repeat(count);
        const analysis = analyzeFuzzed(text, 'sip');
        const whole = { start: { line: 0, character: 0 }, end: { line: analysis.document.lineCount, character: 0 } };
        let hints = 0;
        const scanned = linesScanned(() => (hints = getInlayHints(analysis, whole).length));
        assert.equal(hints, count);
        assert.ok(scanned <= 50 * count * 5, `${scanned} lines scanned for ${count} hints`);
      }),
      fuzzParameters(4),
    );
  });
});

describe('answer caps (issue #19)', () => {
  /** Entries of an outline, sections and their lines together. */
  function outlineSize(symbols: readonly DocumentSymbol[]): number {
    let count = 0;
    for (const symbol of symbols) count += 1 + outlineSize(symbol.children ?? []);
    return count;
  }

  it('regression: a file of 100,000 problem lines gives at most the capped diagnostics, outline and tokens (1,000,000 lines published 1,000,001 diagnostics and a 211 MB outline)', () => {
    const line = fc.constantFrom('bogus=1\n', 'allow=g723.1\n', 'type=friend\n', '[d]\n', 'nat=yes\n', 'register => u:p@h\n');
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 50 }), fc.integer({ min: 2000, max: 100000 }), (pattern, lineCount) => {
        const body: string[] = [];
        for (let index = 0; body.length < lineCount; index++) body.push(pattern[index % pattern.length]);
        const analysis = analyzeFuzzed(`[general]\n${body.join('')}`, 'sip');
        const published = capDiagnostics(analysis, doValidation(analysis));
        assert.ok(published.length <= MAX_DIAGNOSTICS_PER_FILE + 1, `${published.length} diagnostics`);
        const symbols = getDocumentSymbols(analysis);
        assert.ok(outlineSize(symbols) <= MAX_DOCUMENT_SYMBOLS, `${outlineSize(symbols)} outline entries`);
        assert.ok(JSON.stringify(symbols).length <= MAX_DOCUMENT_SYMBOLS * 1000, 'outline size');
        assert.ok(getSemanticTokens(analysis).data.length <= MAX_SEMANTIC_TOKENS * 5, 'semantic tokens');
      }),
      fuzzParameters(6),
    );
  });
});

describe('inheritance bounds (issue #19)', () => {
  it('regression: a long chain of templates holds a bounded number of effective lines, says where it stops following, and reports no false missing type (20,000 chained templates took 3.7 GB)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1500, max: 50000 }), fc.integer({ min: 0, max: 3 }), (depth, ownLines) => {
        const chain = ['[t0](!)\ntype=friend\nhost=dynamic\n'];
        for (let index = 1; index < depth; index++) chain.push(`[t${index}](!,t${index - 1})\n${'allow=ulaw\n'.repeat(ownLines)}`);
        chain.push(`[phone](t${depth - 1})\nsecret=Zr8w-L1pa\n`);
        const text = chain.join('');
        const analysis = analyzeFuzzed(text, 'sip');
        const diagnostics = doValidation(analysis);
        let held = 0;
        for (const section of analysis.model.sections) held += effectiveLinesCache.get(section)?.length ?? 0;
        const fileLines = analysis.document.lineCount;
        assert.ok(held <= MAX_INHERITANCE_WORK + fileLines, `${held} effective lines held for a file of ${fileLines} lines`);
        const limits = diagnostics.filter((diagnostic) => diagnostic.code === 'analysis-limit');
        assert.ok(limits.length <= 2, `${limits.length} analysis-limit diagnostics`);
        assert.equal(diagnostics.some((diagnostic) => diagnostic.code === 'missing-type'), false);
      }),
      fuzzParameters(8),
    );
  });
});
