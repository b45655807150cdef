/**
 * Every feature entry point the server routes, on fuzzed configs and at fuzzed positions (negative,
 * past the end, huge): nothing throws, every call returns well within a hang guard, and every Range
 * or Position of every answer (edits and decoded semantic tokens included) lies inside the document.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  CALL_BOUND_MS,
  CORPUS,
  anyConfig,
  codeUnitText,
  dialect,
  fuzzParameters,
  mutatedConfig,
  position,
  randomBytesText,
  randomConfig,
  runEveryFeature,
  settings,
  slowest,
} from '../../support/fuzzArbitraries';

const positions = fc.array(position, { minLength: 1, maxLength: 6 });

function everyFeatureHolds(text: string, fileDialect: Parameters<typeof runEveryFeature>[1], at: Parameters<typeof runEveryFeature>[2], userSettings?: Parameters<typeof runEveryFeature>[3]): void {
  const { problems, timings } = runEveryFeature(text, fileDialect, at, userSettings);
  assert.deepEqual(problems, []);
  const worst = slowest(timings);
  assert.ok(worst.ms < CALL_BOUND_MS, `${worst.name} took ${worst.ms.toFixed(0)} ms`);
}

describe('feature fuzzing', () => {
  it('the project corpus is there to mutate', () => {
    assert.ok(CORPUS.length >= 8, `only ${CORPUS.length} fixture files found`);
  });

  it('every corpus file at every position: no throw, ranges inside', () => {
    CORPUS.forEach((text, index) => {
      const lines = text.split(/\r\n|\r|\n/);
      const everywhere = lines.flatMap((line, lineIndex) => Array.from({ length: line.length + 2 }, (_, character) => ({ line: lineIndex, character })));
      // Each file once at every position, in one dialect (rotating), to keep the suite fast.
      everyFeatureHolds(text, (['sip', 'iax', 'generic'] as const)[index % 3], everywhere);
    });
  });

  it('mutated fixtures', () => {
    fc.assert(fc.property(mutatedConfig, dialect, positions, (text, fileDialect, at) => everyFeatureHolds(text, fileDialect, at)), fuzzParameters(400));
  });

  it('random configs with mixed line ends, BOMs and unusual settings', () => {
    fc.assert(
      fc.property(randomConfig, dialect, positions, settings, (text, fileDialect, at, userSettings) => everyFeatureHolds(text, fileDialect, at, userSettings)),
      fuzzParameters(400),
    );
  });

  it('random bytes decoded as latin1, utf8 or utf16, and raw code units with lone surrogates', () => {
    fc.assert(
      fc.property(fc.oneof(randomBytesText, codeUnitText), dialect, positions, (text, fileDialect, at) => everyFeatureHolds(text, fileDialect, at)),
      fuzzParameters(300),
    );
  });

  it('any config in any dialect with any settings', () => {
    fc.assert(
      fc.property(anyConfig, dialect, positions, settings, (text, fileDialect, at, userSettings) => everyFeatureHolds(text, fileDialect, at, userSettings)),
      fuzzParameters(400),
    );
  });
});
