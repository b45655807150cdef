import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, sectionAtLine, type Analysis } from '../../server/src/service/analysis';
import { parseConfig } from '../../server/src/service/parser/configDocument';
import { DEFAULT_SETTINGS } from '../../server/src/service/settings';
import type { IncludeHost } from '../../server/src/service/model/types';
import { doValidation } from '../../server/src/service/features/validation';
import { doHover } from '../../server/src/service/features/hover';
import { getDocumentSymbols } from '../../server/src/service/features/documentSymbols';
import { analyzeText, uriOf } from '../support/fixture';

const SIP = [
  '[general]', // 0
  'context=public', // 1
  '[phone](!)', // 2
  'type=friend', // 3
  'host=dynamic', // 4
  '[alice](phone)', // 5
  'secret=one', // 6
  '', // 7
  '[bob]', // 8
  'type=peer', // 9
  'host=10.0.0.2', // 10
].join('\n');

/** What features read of the endpoints, in comparable form. */
function endpointSummary(analysis: Analysis): unknown {
  return analysis.model.endpoints.map((endpoint) => [
    endpoint.section.name,
    endpoint.section.headerLine,
    endpoint.bits,
    [...endpoint.options].map(([name, values]) => [name, values.map((value) => [value.value, value.source.kind, value.source.entry?.line])]),
  ]);
}

describe('analyze', () => {
  it('bundles the document, dialect, settings and a model rooted at the document itself', () => {
    const document = parseConfig(SIP);
    const analysis = analyze(uriOf('sip.conf'), document, 'sip');
    assert.equal(analysis.uri, uriOf('sip.conf'));
    assert.equal(analysis.document, document);
    assert.equal(analysis.dialect, 'sip');
    assert.equal(analysis.model.root.uri, uriOf('sip.conf'));
    assert.equal(analysis.settings, DEFAULT_SETTINGS);
    assert.deepEqual(analysis.documentContext, {});
    assert.deepEqual(
      analysis.model.endpoints.map((endpoint) => endpoint.section.name),
      ['alice', 'bob'],
    );
  });

  describe('documentContext of an included file', () => {
    it('starts in a section and knows the sections read before it', () => {
      const root = ['[general]', '[tpl](!)', '[alice]', '#include extra.conf', '[bob]'].join('\n');
      const analysis = analyzeText('foo=bar\n[carol](tpl)', { fileName: 'extra.conf', files: { 'sip.conf': root } });
      assert.equal(analysis.model.root.uri, uriOf('sip.conf'));
      assert.equal(analysis.documentContext.startsInSection, true);
      assert.deepEqual(
        [...(analysis.documentContext.sectionsBefore ?? [])],
        [
          ['general', { isTemplate: false }],
          ['tpl', { isTemplate: true }],
          ['alice', { isTemplate: false }],
        ],
      );
    });

    it('does not start in a section when included above the first header', () => {
      const analysis = analyzeText('[x]', { fileName: 'extra.conf', files: { 'sip.conf': '#include extra.conf\n[general]' } });
      assert.equal(analysis.documentContext.startsInSection, false);
      assert.deepEqual([...(analysis.documentContext.sectionsBefore ?? [])], []);
    });

    it('is empty for a file the root does not include', () => {
      const analysis = analyzeText('[x]', { fileName: 'extra.conf', files: { 'sip.conf': '[general]' } });
      assert.deepEqual(analysis.documentContext, {});
    });
  });

  describe('sectionAtLine', () => {
    const analysis = analyzeText(SIP);

    it('finds the section from its header line to the line before the next header', () => {
      assert.equal(sectionAtLine(analysis, 2)?.name, 'phone');
      assert.equal(sectionAtLine(analysis, 4)?.name, 'phone');
      assert.equal(sectionAtLine(analysis, 5)?.name, 'alice');
      assert.equal(sectionAtLine(analysis, 7)?.name, 'alice');
      assert.equal(sectionAtLine(analysis, 10)?.name, 'bob');
    });

    it('finds nothing above the first header or past the end', () => {
      const withPreamble = analyzeText('; preamble\n[a]\nx=1');
      assert.equal(sectionAtLine(withPreamble, 0), undefined);
      assert.equal(sectionAtLine(withPreamble, 1)?.name, 'a');
      assert.equal(sectionAtLine(analysis, 11), undefined);
      assert.equal(sectionAtLine(analysis, -1), undefined);
    });

    it('only returns sections of the analysed document', () => {
      const root = ['[general]', '[alice]', '#include extra.conf', 'after=1'].join('\n');
      const included = analyzeText('foo=bar\n[carol]\nx=1', { fileName: 'extra.conf', files: { 'sip.conf': root } });
      assert.equal(sectionAtLine(included, 0), undefined);
      assert.equal(sectionAtLine(included, 1)?.name, 'carol');
      assert.equal(sectionAtLine(included, 1)?.uri, uriOf('extra.conf'));
    });
  });

  describe('reuse of the previous analysis', () => {
    it('keeps the endpoints a keystroke did not touch as the same objects', () => {
      const document = parseConfig(SIP);
      const before = analyze(uriOf('sip.conf'), document, 'sip');
      document.applyChange({ range: { start: { line: 10, character: 12 }, end: { line: 10, character: 13 } }, text: '9' });
      const after = analyze(uriOf('sip.conf'), document, 'sip', { previous: before });
      assert.equal(after.model.endpointsByKey.get('alice'), before.model.endpointsByKey.get('alice'));
      assert.notEqual(after.model.endpointsByKey.get('bob'), before.model.endpointsByKey.get('bob'));
      assert.equal(after.model.endpointsByKey.get('bob')?.options.get('host')?.[0].value, '10.0.0.9');
    });

    it('with changedLines takes the patch path, and equals a fresh analysis', () => {
      const document = parseConfig(SIP);
      const before = analyze(uriOf('sip.conf'), document, 'sip');
      const delta = document.applyChange({ range: { start: { line: 10, character: 12 }, end: { line: 10, character: 13 } }, text: '9' });
      const after = analyze(uriOf('sip.conf'), document, 'sip', { previous: before, changedLines: { start: delta.startLine, end: delta.reusedFrom } });
      // The patch copies the previous model and swaps one section: the arrays it did not touch are shared.
      assert.equal(after.model.registers, before.model.registers);
      assert.equal(after.model.includes, before.model.includes);
      assert.equal(after.model.files, before.model.files);
      assert.equal(after.model.endpointsByKey.get('alice'), before.model.endpointsByKey.get('alice'));
      const fresh = analyze(uriOf('sip.conf'), parseConfig(document.getText()), 'sip');
      assert.notEqual(fresh.model.registers, before.model.registers);
      assert.deepEqual(endpointSummary(after), endpointSummary(fresh));
      assert.deepEqual(after.documentContext, fresh.documentContext);
    });

    it('patches a renamed endpoint header (its name defined once, inherited by nothing), equal to a fresh analysis', () => {
      const document = parseConfig(SIP);
      const before = analyze(uriOf('sip.conf'), document, 'sip');
      document.applyChange({ range: { start: { line: 8, character: 1 }, end: { line: 8, character: 4 } }, text: 'carol' });
      const after = analyze(uriOf('sip.conf'), document, 'sip', { previous: before, changedLines: { start: 8, end: 9 } });
      assert.equal(after.model.registers, before.model.registers, 'patched, not rebuilt');
      assert.equal(after.model.endpointsByKey.get('alice'), before.model.endpointsByKey.get('alice'));
      assert.deepEqual(
        after.model.endpoints.map((endpoint) => endpoint.section.name),
        ['alice', 'carol'],
      );
      assert.deepEqual(endpointSummary(after), endpointSummary(analyze(uriOf('sip.conf'), parseConfig(document.getText()), 'sip')));
    });

    it('rebuilds when the changed header is a template others inherit from', () => {
      const document = parseConfig(SIP);
      const before = analyze(uriOf('sip.conf'), document, 'sip');
      document.applyChange({ range: { start: { line: 2, character: 1 }, end: { line: 2, character: 6 } }, text: 'desk' });
      const after = analyze(uriOf('sip.conf'), document, 'sip', { previous: before, changedLines: { start: 2, end: 3 } });
      assert.notEqual(after.model.registers, before.model.registers);
      assert.deepEqual(endpointSummary(after), endpointSummary(analyze(uriOf('sip.conf'), parseConfig(document.getText()), 'sip')));
    });
  });
});

describe('analysis: regressions', () => {
  it('a file with no sections included above the first header starts outside any section', () => {
    const root = '#include extra.conf\n[general]\n[alice]\ntype=peer\n';
    const analysis = analyzeText('foo=bar\n', { fileName: 'extra.conf', files: { 'sip.conf': root } });
    assert.equal(analysis.model.root.uri, uriOf('sip.conf'));
    assert.equal(analysis.documentContext.startsInSection, false);
    assert.deepEqual([...(analysis.documentContext.sectionsBefore?.keys() ?? [])], []);
  });
});

describe('analysis: a host that throws (issue #19)', () => {
  it('makes an unreadable include of the line, and every feature of the document still answers', () => {
    const text = '[general]\nallowguest=no\n#tryinclude /proc/1/map_files/*\n[alice]\ntype=friend\nhost=dynamic\n';
    const host: IncludeHost = {
      resolve() {
        throw new Error("EACCES: permission denied, readdir '/proc/1/map_files'");
      },
      load() {
        throw new Error('EIO: i/o error');
      },
    };
    const analysis = analyze(uriOf('sip.conf'), parseConfig(text), 'sip', { host });
    assert.deepEqual(
      analysis.model.includes.map((link) => [link.line, link.problem]),
      [[2, 'unreadable']],
    );
    assert.ok(doValidation(analysis).some((diagnostic) => diagnostic.code === 'dynamic-without-secret'));
    assert.ok(doHover(analysis, { line: 4, character: 2 }));
    assert.equal(getDocumentSymbols(analysis).length, 2);
  });
});

