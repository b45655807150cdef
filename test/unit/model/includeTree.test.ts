import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseConfig } from '../../../server/src/service/parser/configDocument';
import { collectIncludeTree } from '../../../server/src/service/model/includeTree';
import type { IncludeHost, IncludeProblem, LoadResult, ResolveResult } from '../../../server/src/service/model/types';
import { FileIncludeHost } from '../../../server/src/node/fileIncludeHost';

const DIR = 'mem:///etc/asterisk';
const uriOf = (name: string): string => `${DIR}/${name}`;

/** Files by name; `broken` names load with the given problem. Records every call. */
function memoryHost(files: Record<string, string>, broken: Record<string, IncludeProblem> = {}) {
  const resolved: string[] = [];
  const loaded: string[] = [];
  const host: IncludeHost = {
    resolve(argument: string, configDirectoryUri: string): ResolveResult {
      resolved.push(argument);
      assert.equal(configDirectoryUri, DIR);
      const exists = argument in files || argument in broken;
      return exists ? { uris: [uriOf(argument)] } : { problem: 'missing', detail: argument };
    },
    load(uri: string): LoadResult {
      loaded.push(uri);
      const name = uri.slice(DIR.length + 1);
      if (broken[name]) return { problem: broken[name], detail: name };
      return name in files ? { document: parseConfig(files[name]) } : { problem: 'missing' };
    },
  };
  return { host, resolved, loaded };
}

function collect(files: Record<string, string>, broken: Record<string, IncludeProblem> = {}) {
  const memory = memoryHost(files, broken);
  const tree = collectIncludeTree(uriOf('extensions.conf'), memory.host, DIR);
  const names = (uris: readonly string[]) => uris.map((uri) => uri.slice(DIR.length + 1));
  const links = tree.includes.map((link) => ({
    from: names([link.uri])[0],
    line: link.line,
    directive: link.directive,
    targets: names(link.targets),
    problem: link.problem,
  }));
  return { tree, files: names(tree.files.map((file) => file.uri)), links, ...memory };
}

describe('collectIncludeTree', () => {
  it('reads nested includes depth first, in the order Asterisk reads them', () => {
    const { files, links, tree } = collect({
      'extensions.conf': '[general]\n#include a.conf\n#include c.conf\n',
      'a.conf': '#include b.conf\n[from-a]\n',
      'b.conf': '[from-b]\n',
      'c.conf': '[from-c]\n',
    });
    assert.deepEqual(files, ['extensions.conf', 'a.conf', 'b.conf', 'c.conf']);
    assert.deepEqual(links, [
      { from: 'extensions.conf', line: 1, directive: 'include', targets: ['a.conf'], problem: undefined },
      { from: 'a.conf', line: 0, directive: 'include', targets: ['b.conf'], problem: undefined },
      { from: 'extensions.conf', line: 2, directive: 'include', targets: ['c.conf'], problem: undefined },
    ]);
    assert.deepEqual(tree.files.map((file) => [file.level, file.includedFrom?.line]), [[1, undefined], [2, 1], [3, 0], [2, 2]]);
    assert.equal(tree.rootProblem, undefined);
  });

  it('reports a cycle a → b → a on the directive that closes it, and does not follow it', () => {
    const { files, links, tree } = collect({
      'extensions.conf': '#include b.conf\n',
      'b.conf': '#include extensions.conf\n',
    });
    assert.deepEqual(files, ['extensions.conf', 'b.conf']);
    assert.deepEqual(links.map((link) => [link.from, link.problem]), [['extensions.conf', undefined], ['b.conf', 'cycle']]);
    assert.equal(tree.includes[1].problemDetail, `${uriOf('extensions.conf')} → ${uriOf('b.conf')} → ${uriOf('extensions.conf')}`);
  });

  it('reports a file including itself as a cycle', () => {
    const { files, links, loaded } = collect({ 'extensions.conf': '[default]\n#include extensions.conf\n' });
    assert.deepEqual(files, ['extensions.conf']);
    assert.deepEqual(links, [{ from: 'extensions.conf', line: 1, directive: 'include', targets: ['extensions.conf'], problem: 'cycle' }]);
    assert.deepEqual(loaded, [uriOf('extensions.conf')]);
  });

  it('stops at Asterisk\'s include level 10: the 11th nested file is a depth problem and never loaded', () => {
    const chain: Record<string, string> = { 'extensions.conf': '#include f2.conf\n' };
    for (let level = 2; level <= 11; level++) chain[`f${level}.conf`] = `[ctx${level}]\n#include f${level + 1}.conf\n`;
    const { files, links, loaded, tree } = collect(chain);
    assert.equal(files.length, 10);
    assert.equal(files[9], 'f10.conf');
    assert.deepEqual(links[9], { from: 'f10.conf', line: 1, directive: 'include', targets: ['f11.conf'], problem: 'depth' });
    assert.equal(tree.includes[9].problemDetail, 'more than 10 nested files');
    assert.equal(loaded.includes(uriOf('f11.conf')), false);
  });

  it('takes the depth limit as a parameter', () => {
    const memory = memoryHost({ 'extensions.conf': '#include a.conf\n', 'a.conf': '#include b.conf\n', 'b.conf': '' });
    const tree = collectIncludeTree(uriOf('extensions.conf'), memory.host, DIR, 2);
    assert.equal(tree.files.length, 2);
    assert.deepEqual(tree.includes.map((link) => link.problem), [undefined, 'depth']);
  });

  it('accepts a #tryinclude of a missing file silently, but reports an #include of one', () => {
    const { links, tree } = collect({ 'extensions.conf': '#tryinclude optional.conf\n#include required.conf\n' });
    assert.deepEqual(links, [
      { from: 'extensions.conf', line: 0, directive: 'tryinclude', targets: [], problem: undefined },
      { from: 'extensions.conf', line: 1, directive: 'include', targets: [], problem: 'missing' },
    ]);
    assert.equal(tree.includes[1].problemDetail, 'required.conf');
  });

  it('passes on what the host reports when loading, for #tryinclude too', () => {
    const { links, files } = collect(
      { 'extensions.conf': '#include huge.conf\n#tryinclude folder\n' },
      { 'huge.conf': 'too-large', folder: 'not-a-file' },
    );
    assert.deepEqual(files, ['extensions.conf']);
    assert.deepEqual(links.map((link) => [link.targets, link.problem]), [[['huge.conf'], 'too-large'], [['folder'], 'not-a-file']]);
  });

  it('lists #exec lines and never resolves or loads them', () => {
    const { tree, resolved, loaded } = collect({
      'extensions.conf': '#exec /usr/local/bin/make-dialplan --all\n#include a.conf\n',
      'a.conf': '#EXEC "/opt/more.sh"\n',
    });
    assert.deepEqual(
      tree.execs.map((exec) => [exec.uri.slice(DIR.length + 1), exec.line, exec.command]),
      [['extensions.conf', 0, '/usr/local/bin/make-dialplan --all'], ['a.conf', 0, '/opt/more.sh']],
    );
    assert.deepEqual(resolved, ['a.conf']);
    assert.deepEqual(loaded, [uriOf('extensions.conf'), uriOf('a.conf')]);
  });

  it('reads a file included from two places once', () => {
    const { files, links, loaded } = collect({
      'extensions.conf': '#include a.conf\n#include b.conf\n',
      'a.conf': '#include shared.conf\n',
      'b.conf': '#include shared.conf\n',
      'shared.conf': '[shared]\n',
    });
    assert.deepEqual(files, ['extensions.conf', 'a.conf', 'shared.conf', 'b.conf']);
    assert.deepEqual(links.map((link) => [link.from, link.targets, link.problem]), [
      ['extensions.conf', ['a.conf'], undefined],
      ['a.conf', ['shared.conf'], undefined],
      ['extensions.conf', ['b.conf'], undefined],
      ['b.conf', ['shared.conf'], undefined],
    ]);
    assert.equal(loaded.filter((uri) => uri === uriOf('shared.conf')).length, 1);
  });

  it('ignores directives inside block comments and directives without an argument', () => {
    const { links, resolved } = collect({ 'extensions.conf': ';--\n#include hidden.conf\n--;\n#include\n' });
    assert.deepEqual(links, []);
    assert.deepEqual(resolved, []);
  });

  it('returns the root problem and no files when the root cannot be loaded', () => {
    const memory = memoryHost({}, { 'extensions.conf': 'unreadable' });
    const tree = collectIncludeTree(uriOf('extensions.conf'), memory.host, DIR);
    assert.deepEqual(tree.files, []);
    assert.deepEqual(tree.rootProblem, { problem: 'unreadable', detail: 'extensions.conf' });
  });
});

describe('collectIncludeTree with FileIncludeHost: #exec never runs', () => {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'asterisk-exec-'));
  after(() => fs.rmSync(directory, { recursive: true, force: true }));

  it('creates no marker file, whatever form the #exec line takes', () => {
    const marker = path.join(directory, 'marker');
    const script = path.join(directory, 'make-marker.sh');
    fs.writeFileSync(script, `#!/bin/sh\ntouch '${marker}'\n`, { mode: 0o755 });
    fs.writeFileSync(
      path.join(directory, 'extensions.conf'),
      [
        `#exec ${script}`,
        `#exec "${script}"`,
        `#exec <${script}>`,
        `#exec ${script} --with args`,
        '#exec make-marker.sh',
        `#EXEC ${script}`,
        '#include inner.conf',
        '[default]',
      ].join('\n'),
    );
    fs.writeFileSync(path.join(directory, 'inner.conf'), `[inner]\n#exec ${script}\n`);

    const fileHost = new FileIncludeHost();
    const arguments_: string[] = [];
    const host: IncludeHost = {
      resolve: (argument, configDirectoryUri) => {
        arguments_.push(argument);
        return fileHost.resolve(argument, configDirectoryUri);
      },
      load: (uri) => fileHost.load(uri),
    };
    const tree = collectIncludeTree(pathToFileURL(path.join(directory, 'extensions.conf')).href, host, pathToFileURL(directory).href);

    assert.equal(fs.existsSync(marker), false);
    assert.equal(tree.files.length, 2);
    assert.deepEqual(arguments_, ['inner.conf']);
    assert.deepEqual(
      tree.execs.map((exec) => exec.command),
      [script, script, script, `${script} --with args`, 'make-marker.sh', script, script],
    );
    // The control: the script does create the marker when something does run it.
    execFileSync(script);
    assert.equal(fs.existsSync(marker), true);
  });
});
