import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildModel } from '../../../server/src/service/model/buildModel';
import type { IncludeHost } from '../../../server/src/service/model/types';
import { memoryHost, rootFile, CONFIG_DIR } from '../../support/memoryHost';

describe('buildModel: sections', () => {
  it('classifies general, authentication, templates and endpoints (sip)', () => {
    const model = buildModel(rootFile('sip.conf', '[general]\n[authentication]\n[phone](!)\n[alice](phone)\n[GENERAL](+)\n'), 'sip');
    assert.deepEqual(model.sections.map((s) => [s.name, s.kind]), [
      ['general', 'general'],
      ['authentication', 'authentication'],
      ['phone', 'template'],
      ['alice', 'endpoint'],
      ['GENERAL', 'general'],
    ]);
    assert.equal(model.general?.headerLine, 0);
    assert.deepEqual(model.endpoints.map((e) => e.section.name), ['alice']);
  });

  it('[callnumberlimits] is special in iax, an ordinary endpoint name in sip', () => {
    assert.equal(buildModel(rootFile('iax.conf', '[callnumberlimits]\n'), 'iax').sections[0].kind, 'callnumberlimits');
    assert.equal(buildModel(rootFile('sip.conf', '[callnumberlimits]\n'), 'sip').sections[0].kind, 'endpoint');
  });

  it('resolves bases to sections defined earlier, case-insensitively', () => {
    const model = buildModel(rootFile('sip.conf', '[Phone](!)\n[alice](phone,later)\n[later]\n'), 'sip');
    const alice = model.sections[1];
    assert.equal(alice.bases[0]?.name, 'Phone');
    assert.equal(alice.bases[1], undefined, 'a base defined after the section is not found');
  });

  it('after lines move, reuses the sections and endpoints after the edit, with their new lines', () => {
    const file = rootFile('sip.conf', '[general]\nport=5060\n[alice]\ntype=peer\nhost=a.example\n[bob]\ntype=peer\nhost=b.example\n');
    const before = buildModel(file, 'sip');
    const bob = before.sectionsByKey.get('bob')![0];
    file.document.applyChange({ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, text: 'qualify=yes\n' });
    const after = buildModel(file, 'sip', { previous: before });
    assert.equal(after.sectionsByKey.get('bob')![0], bob, 'the section after the edit is the same object');
    assert.equal(after.endpointsByKey.get('bob'), before.endpointsByKey.get('bob'));
    assert.notEqual(after.sectionsByKey.get('alice')![0], before.sectionsByKey.get('alice')![0]);
    assert.deepEqual([bob.headerLine, bob.endLine, bob.entries.map((entry) => entry.line)], [6, 10, [7, 8]]);
    const fresh = buildModel(rootFile('sip.conf', file.document.getText()), 'sip');
    const lines = (model: typeof after) => model.sections.map((s) => [s.name, s.headerLine, s.endLine, s.entries.map((entry) => [entry.line, entry.node.key])]);
    assert.deepEqual(lines(after), lines(fresh));
  });

  it('knows where each section ends in its file', () => {
    const model = buildModel(rootFile('sip.conf', '[general]\nport=5060\n\n[alice]\ntype=peer\n'), 'sip');
    assert.deepEqual(model.sections.map((s) => [s.headerLine, s.endLine]), [[0, 3], [3, 6]]);
  });

  it('lists register statements with their parsed parts, and #exec lines', () => {
    const model = buildModel(rootFile('sip.conf', '[general]\nregister => me:pw@provider.example/100\n#exec /usr/bin/make-peers\n'), 'sip');
    assert.equal(model.registers.length, 1);
    const register = model.registers[0];
    assert.equal(register.parsed.dialect, 'sip');
    assert.equal(register.parsed.host?.text, 'provider.example');
    assert.equal(register.valueStart, 12);
    assert.deepEqual(model.execs, [{ uri: `${CONFIG_DIR}/sip.conf`, line: 2 }]);
  });
});

describe('buildModel: includes', () => {
  it('an included file continues the includer\'s section; the includer keeps its own afterwards', () => {
    const host = memoryHost({ 'sip_alice.conf': 'secret=pw\n[bob]\ntype=peer\n' });
    const model = buildModel(rootFile('sip.conf', '[alice]\ntype=friend\n#include sip_alice.conf\nhost=dynamic\n'), 'sip', { host });
    const alice = model.endpointsByKey.get('alice')!;
    assert.deepEqual([...alice.options.keys()], ['type', 'secret', 'host']);
    assert.equal(alice.options.get('secret')![0].source.entry?.uri, `${CONFIG_DIR}/sip_alice.conf`);
    assert.deepEqual(model.files.map((f) => f.uri.slice(CONFIG_DIR.length + 1)), ['sip.conf', 'sip_alice.conf']);
    assert.equal(model.endpointsByKey.get('bob')?.options.has('host'), false);
  });

  it('reports missing files, and stops at cycles', () => {
    const root = '[general]\n#include a.conf\n#include nope.conf\n#tryinclude maybe.conf\n';
    const host = memoryHost({ 'sip.conf': root, 'a.conf': '#include sip.conf\n' });
    const model = buildModel(rootFile('sip.conf', root), 'sip', { host });
    assert.deepEqual(model.includes.map((link) => [link.uri.slice(CONFIG_DIR.length + 1), link.line, link.problem]), [
      ['a.conf', 0, 'cycle'],
      ['sip.conf', 1, undefined],
      ['sip.conf', 2, 'missing'],
      ['sip.conf', 3, 'missing'],
    ]);
  });

  it('stops at ten nested files, the root counting as the first', () => {
    const files: Record<string, string> = {};
    for (let level = 1; level <= 12; level++) files[`l${level}.conf`] = `#include l${level + 1}.conf\n`;
    const model = buildModel(rootFile('sip.conf', '[general]\n#include l1.conf\n'), 'sip', { host: memoryHost(files) });
    const depth = model.includes.find((link) => link.problem === 'depth');
    assert.equal(depth?.uri, `${CONFIG_DIR}/l9.conf`);
    assert.equal(model.files.length, 10);
  });

  it('expands a glob in sorted order', () => {
    const host = memoryHost({ 'sip_b.conf': '[b]\n', 'sip_a.conf': '[a]\n' });
    const model = buildModel(rootFile('sip.conf', '#include sip_*.conf\n'), 'sip', { host });
    assert.deepEqual(model.sections.map((s) => s.name), ['a', 'b']);
  });
});

describe('buildModel: the expansion budget (issue #19)', () => {
  /** memoryHost, counting the loads of each file. */
  function countingHost(files: Record<string, string>): { host: IncludeHost; loads: Map<string, number> } {
    const inner = memoryHost(files);
    const loads = new Map<string, number>();
    return {
      loads,
      host: {
        resolve: (argument, configDirectoryUri) => inner.resolve(argument, configDirectoryUri),
        load(uri) {
          loads.set(uri, (loads.get(uri) ?? 0) + 1);
          return inner.load(uri);
        },
      },
    };
  }

  it('regression: many includes of a large file read at most the budget of lines, load the file once, and say on the include line where the budget ran out (2000 × a 25,000-line file: 50 million entries)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 1, max: 2500 }), fc.integer({ min: 1000, max: 20000 }), (includeCount, bigLines, budget) => {
        const files = { 'big.conf': '[bigdev]\ntype=friend\n' + 'allow=ulaw\n'.repeat(bigLines) };
        const { host, loads } = countingHost(files);
        const root = rootFile('sip.conf', '[general]\n[dev0]\n' + '#include big.conf\n'.repeat(includeCount));
        const model = buildModel(root, 'sip', { host, maxExpandedLines: budget });
        const visited = model.files.reduce((sum, file) => sum + file.document.lines.length, 0);
        assert.ok(visited <= Math.max(budget, root.document.lines.length), `${visited} lines read with a budget of ${budget}`);
        assert.ok([...loads.values()].every((count) => count === 1), 'each file loaded once');
        const stopped = model.includes.filter((link) => link.problem === 'budget');
        const wanted = root.document.lines.length + includeCount * (bigLines + 3);
        assert.equal(stopped.length > 0, wanted > budget);
        for (const link of stopped) assert.equal(link.uri, root.uri);
      }),
      { numRuns: 30 },
    );
  });
});
