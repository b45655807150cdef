import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseConfig } from '../../../server/src/service/parser/configDocument';
import { FileIncludeHost, readFileCapped } from '../../../server/src/node/fileIncludeHost';
import type { LoadResult, ResolveResult } from '../../../server/src/service/model/types';

const uri = (filePath: string): string => pathToFileURL(filePath).href;

/** The resolved files relative to `base`, or the problem. */
function relativeUris(result: ResolveResult, base: string): string[] | { problem: string; detail?: string } {
  if ('problem' in result) return { problem: result.problem, detail: result.detail };
  return result.uris.map((target) => path.relative(base, fileURLToPath(target)));
}

function sectionNames(result: LoadResult): string[] {
  assert.ok('document' in result, `expected a document, got ${JSON.stringify(result)}`);
  return result.document.lines.flatMap((node) => (node.kind === 'section' ? [node.name] : []));
}

describe('FileIncludeHost', () => {
  let workspace: string;
  let configDir: string;
  let configDirUri: string;
  const write = (relative: string, text: string): string => {
    const filePath = path.join(workspace, relative);
    fs.mkdirSync(path.dirname(filePath), { recursive: true });
    fs.writeFileSync(filePath, text);
    return filePath;
  };

  before(() => {
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'asterisk-include-'));
    configDir = path.join(workspace, 'asterisk');
    configDirUri = uri(configDir);
    write('asterisk/sip.conf', '[general]\n#include sip_peers.conf\n');
    write('asterisk/sip_peers.conf', '[alice]\ntype=friend\n');
    write('asterisk/sip_users.conf', '[bob]\n');
    write('asterisk/sip_notes.txt', '');
    write('asterisk/.sip_hidden.conf', '');
    write('asterisk/peers/office/a.conf', '[a]\n');
    write('asterisk/peers/office/b.conf', '[b]\n');
    write('asterisk/peers/home/c.conf', '[c]\n');
    write('asterisk/peers/lab/d.conf', '[d]\n');
    write('elsewhere/shared.conf', '[shared]\n');
    write('outside/secret.conf', '[secret]\n');
  });
  after(() => {
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  describe('resolve', () => {
    const host = new FileIncludeHost();

    it('resolves a relative name against the config directory', () => {
      assert.deepEqual(relativeUris(host.resolve('sip_peers.conf', configDirUri), configDir), ['sip_peers.conf']);
      assert.deepEqual(relativeUris(host.resolve('peers/home/c.conf', configDirUri), configDir), ['peers/home/c.conf']);
    });

    it('takes an absolute name as it is', () => {
      const shared = path.join(workspace, 'elsewhere/shared.conf');
      assert.deepEqual(host.resolve(shared, configDirUri), { uris: [uri(shared)] });
    });

    it('expands * in alphabetical order, without hidden files', () => {
      assert.deepEqual(relativeUris(host.resolve('sip_*.conf', configDirUri), configDir), ['sip_peers.conf', 'sip_users.conf']);
    });

    it('expands * in directory components', () => {
      assert.deepEqual(relativeUris(host.resolve('peers/*/*.conf', configDirUri), configDir), [
        'peers/home/c.conf',
        'peers/lab/d.conf',
        'peers/office/a.conf',
        'peers/office/b.conf',
      ]);
    });

    it('expands {a,b} in the order written, each alternative sorted, like GLOB_BRACE', () => {
      assert.deepEqual(relativeUris(host.resolve('peers/{office,home}/*.conf', configDirUri), configDir), [
        'peers/office/a.conf',
        'peers/office/b.conf',
        'peers/home/c.conf',
      ]);
      assert.deepEqual(relativeUris(host.resolve('sip_{users,peers,absent}.conf', configDirUri), configDir), ['sip_users.conf', 'sip_peers.conf']);
    });

    it('expands ? and [...] classes, including negated ones', () => {
      assert.deepEqual(relativeUris(host.resolve('peers/office/?.conf', configDirUri), configDir), ['peers/office/a.conf', 'peers/office/b.conf']);
      assert.deepEqual(relativeUris(host.resolve('peers/office/[b-z].conf', configDirUri), configDir), ['peers/office/b.conf']);
      assert.deepEqual(relativeUris(host.resolve('peers/office/[!b].conf', configDirUri), configDir), ['peers/office/a.conf']);
    });

    it('matches a hidden file only when the pattern writes the dot', () => {
      assert.deepEqual(relativeUris(host.resolve('.sip_*.conf', configDirUri), configDir), ['.sip_hidden.conf']);
    });

    it('expands named classes and treats a backslash-escaped * as a literal star', () => {
      write('asterisk/odd/star*.conf', '');
      write('asterisk/odd/start.conf', '');
      assert.deepEqual(relativeUris(host.resolve('odd/star\\*.conf', configDirUri), configDir), ['odd/star*.conf']);
      assert.deepEqual(relativeUris(host.resolve('odd/star[[:alpha:]].conf', configDirUri), configDir), ['odd/start.conf']);
    });

    it('keeps glob characters in the config directory literal', () => {
      const odd = path.join(workspace, 'my [project] {a,b}');
      fs.mkdirSync(odd);
      fs.writeFileSync(path.join(odd, 'x.conf'), '');
      assert.deepEqual(relativeUris(host.resolve('x.conf', uri(odd)), odd), ['x.conf']);
      assert.deepEqual(relativeUris(host.resolve('*.conf', uri(odd)), odd), ['x.conf']);
    });

    it('matches a star-heavy pattern against a long name in linear time (no regex backtracking)', () => {
      write(`asterisk/slow/${'a'.repeat(200)}.conf`, '');
      const started = performance.now();
      assert.deepEqual(host.resolve(`slow/${'*a'.repeat(40)}*b.conf`, configDirUri), { problem: 'glob-no-match', detail: `slow/${'*a'.repeat(40)}*b.conf` });
      assert.ok(performance.now() - started < 1000);
      assert.deepEqual(relativeUris(host.resolve(`slow/${'*a'.repeat(40)}*.conf`, configDirUri), configDir), [`slow/${'a'.repeat(200)}.conf`]);
    });

    it('reports a plain name that does not exist as missing', () => {
      assert.deepEqual(host.resolve('sip_missing.conf', configDirUri), { problem: 'missing', detail: path.join(configDir, 'sip_missing.conf') });
    });

    it('reports a pattern that matches nothing as glob-no-match', () => {
      assert.deepEqual(host.resolve('nothing-*.conf', configDirUri), { problem: 'glob-no-match', detail: 'nothing-*.conf' });
      assert.deepEqual(host.resolve('{x,y}.conf', configDirUri), { problem: 'glob-no-match', detail: '{x,y}.conf' });
    });

    it('refuses a pattern that matches more files than the cap, saying how many matched', () => {
      const many = path.join(configDir, 'many');
      fs.mkdirSync(many);
      for (let index = 0; index < 10_000; index++) fs.writeFileSync(path.join(many, `peer${String(index).padStart(5, '0')}.conf`), '');
      assert.deepEqual(host.resolve('many/*.conf', configDirUri), {
        problem: 'too-large',
        detail: 'many/*.conf matches 10000 files; at most 1000 are followed',
      });
      const roomy = new FileIncludeHost({ maxGlobMatches: 10_000 });
      const all = relativeUris(roomy.resolve('many/*.conf', configDirUri), configDir);
      assert.ok(Array.isArray(all));
      assert.equal(all.length, 10_000);
      assert.deepEqual([all[0], all[1], all[9_999]], ['many/peer00000.conf', 'many/peer00001.conf', 'many/peer09999.conf']);
    });

    it('terminates on a directory symlink loop, reading each real directory once per pattern position', () => {
      write('asterisk/tree/x.conf', '[x]\n');
      fs.symlinkSync('.', path.join(configDir, 'tree/again'));
      assert.deepEqual(relativeUris(host.resolve('tree/*/*.conf', configDirUri), configDir), ['tree/again/x.conf']);
      const deep = relativeUris(host.resolve('tree/*/*/*/*/*/*/*.conf', configDirUri), configDir);
      assert.deepEqual(deep, ['tree/again/again/again/again/again/again/x.conf']);
    });
  });

  describe('load', () => {
    const host = new FileIncludeHost();

    it('reads and parses a file', () => {
      assert.deepEqual(sectionNames(host.load(uri(path.join(configDir, 'sip_peers.conf')))), ['alice']);
    });

    it('refuses a file that is no config, and keeps none of its text (issue #19)', () => {
      const key = write('asterisk/keys/server.key', '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\nx73OyQ==\n-----END PRIVATE KEY-----\n');
      const blob = write('asterisk/blob.conf', '[a]\nx=\u0000\u0001\u0002\n');
      const prose = write('asterisk/README.conf', 'This folder holds the phones.\nAsk Bob before changing them.\nThanks\n');
      for (const [filePath, reason] of [[key, 'a key or certificate'], [blob, 'binary content (NUL bytes)'], [prose, 'no [section] or key=value structure']]) {
        const result = host.load(uri(filePath));
        assert.deepEqual(result, { problem: 'not-a-config', detail: `${filePath}: ${reason}` });
      }
    });

    it('never reads /proc, /sys or /dev, even through a link (issue #19)', () => {
      const reads: string[] = [];
      const counting = new FileIncludeHost({ readFile: (file, max) => (reads.push(file), readFileCapped(file, max)) });
      assert.deepEqual(counting.load('file:///proc/self/environ'), { problem: 'not-a-config', detail: '/proc/self/environ: a system file' });
      const link = path.join(configDir, 'environ.conf');
      fs.symlinkSync('/proc/self/environ', link);
      assert.deepEqual(counting.load(uri(link)), { problem: 'not-a-config', detail: `${link}: a system file` });
      assert.deepEqual(reads, []);
    });

    it('serves an open editor document before the disk', () => {
      const typed = parseConfig('[typed-but-unsaved]\n');
      const target = uri(path.join(configDir, 'not-saved-yet.conf'));
      const withEditor = new FileIncludeHost({ openDocuments: (asked) => (asked === target ? typed : undefined) });
      assert.deepEqual(withEditor.load(target), { document: typed });
    });

    it('caches by path, mtime and size, and re-reads a changed file', () => {
      const filePath = write('asterisk/cached.conf', '[one]\n');
      const reads: string[] = [];
      const counting = new FileIncludeHost({ readFile: (file, max) => (reads.push(file), readFileCapped(file, max)) });
      const first = counting.load(uri(filePath));
      const second = counting.load(uri(filePath));
      assert.ok('document' in first && 'document' in second);
      assert.equal(second.document, first.document);
      assert.equal(reads.length, 1);
      fs.writeFileSync(filePath, '[one]\n[two]\n');
      assert.deepEqual(sectionNames(counting.load(uri(filePath))), ['one', 'two']);
      assert.equal(reads.length, 2);
    });

    it('forget drops the cached text of a file (or of a folder) changed on disk: a rewrite of the same size and mtime is read again', () => {
      const filePath = write('asterisk/rewritten/peers.conf', '[one]\n');
      // Whole seconds: utimes sets them exactly, as a coarse clock would.
      const [atime, mtime] = [1_700_000_000, 1_700_000_000];
      fs.utimesSync(filePath, atime, mtime);
      const caching = new FileIncludeHost();
      assert.deepEqual(sectionNames(caching.load(uri(filePath))), ['one']);
      fs.writeFileSync(filePath, '[two]\n');
      fs.utimesSync(filePath, atime, mtime);
      assert.deepEqual(sectionNames(caching.load(uri(filePath))), ['one'], 'same size and mtime: the cache cannot tell');
      caching.forget(uri(filePath));
      assert.deepEqual(sectionNames(caching.load(uri(filePath))), ['two']);
      fs.writeFileSync(filePath, '[six]\n');
      fs.utimesSync(filePath, atime, mtime);
      caching.forget(uri(path.dirname(filePath)));
      assert.deepEqual(sectionNames(caching.load(uri(filePath))), ['six'], 'a folder forgets what is under it');
      caching.forget('untitled:Untitled-1');
    });

    it('reports a missing file', () => {
      const missing = path.join(configDir, 'gone.conf');
      assert.deepEqual(host.load(uri(missing)), { problem: 'missing', detail: missing });
    });

    it('reports a directory as not-a-file', () => {
      const peers = path.join(configDir, 'peers');
      assert.deepEqual(host.resolve('peers', configDirUri), { uris: [uri(peers)] });
      assert.deepEqual(host.load(uri(peers)), { problem: 'not-a-file', detail: `${peers} is a directory` });
    });

    it('reports a FIFO as not-a-file without opening it (opening would block)', { timeout: 5000 }, () => {
      const fifo = path.join(configDir, 'pipe.conf');
      execSync(`mkfifo '${fifo}'`);
      assert.deepEqual(host.load(uri(fifo)), { problem: 'not-a-file', detail: `${fifo} is a named pipe` });
      assert.deepEqual(relativeUris(host.resolve('pipe.*', configDirUri), configDir), ['pipe.conf']);
    });

    it('reports a file over the size cap without reading it', () => {
      const big = write('asterisk/big.conf', `[big]\n${'x=1\n'.repeat(50)}`);
      const reads: string[] = [];
      const capped = new FileIncludeHost({ maxFileBytes: 100, readFile: (file, max) => (reads.push(file), readFileCapped(file, max)) });
      assert.deepEqual(capped.load(uri(big)), { problem: 'too-large', detail: `${big} has 206 bytes; the limit is 100` });
      assert.deepEqual(reads, []);
      const fits = write('asterisk/fits.conf', `[fits]\n${'y'.repeat(92)}\n`);
      assert.deepEqual(sectionNames(capped.load(uri(fits))), ['fits']);
    });

    it('never reads past the cap when a file grows after the stat', () => {
      const growing = write('asterisk/growing.conf', '[small]\n');
      const capped = new FileIncludeHost({ maxFileBytes: 100, readFile: () => new Uint8Array(101) });
      assert.deepEqual(capped.load(uri(growing)), { problem: 'too-large', detail: `${growing} has over 100 bytes; the limit is 100` });
      assert.equal(readFileCapped(write('asterisk/long.conf', 'z'.repeat(5000)), 100).length, 101);
    });

    it('reports a read refused with EACCES as unreadable', () => {
      const locked = write('asterisk/locked.conf', '[locked]\n');
      const refusing = new FileIncludeHost({
        readFile: () => {
          throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
        },
      });
      assert.deepEqual(refusing.load(uri(locked)), { problem: 'unreadable', detail: `${locked}: permission denied` });
    });

    it('handles a chmod 000 file as the file system does: unreadable, except for root', () => {
      const locked = write('asterisk/chmod000.conf', '[locked]\n');
      fs.chmodSync(locked, 0o000);
      const result = host.load(uri(locked));
      fs.chmodSync(locked, 0o644);
      if (process.getuid?.() !== 0) assert.deepEqual(result, { problem: 'unreadable', detail: `${locked}: permission denied` });
      else assert.deepEqual(sectionNames(result), ['locked']);
    });

    it('reports a symlink loop as unreadable', () => {
      const loop = path.join(configDir, 'loop.conf');
      fs.symlinkSync('loop.conf', loop);
      assert.deepEqual(host.resolve('loop.conf', configDirUri), { uris: [uri(loop)] });
      assert.deepEqual(host.load(uri(loop)), { problem: 'unreadable', detail: `${loop}: symbolic link loop` });
    });

    it('reports binary content instead of failing (and reads none of it into a document, issue #19)', () => {
      const binary = path.join(configDir, 'binary.conf');
      fs.writeFileSync(binary, Buffer.from([0x5b, 0x61, 0x5d, 0x0a, 0x00, 0x01, 0xff, 0x0a]));
      assert.deepEqual(host.load(uri(binary)), { problem: 'not-a-config', detail: `${binary}: binary content (NUL bytes)` });
    });
  });

  describe('allowedRoots (untrusted workspace)', () => {
    let trusted: FileIncludeHost;
    before(() => {
      trusted = new FileIncludeHost({ allowedRoots: [configDir] });
      fs.symlinkSync('../outside/secret.conf', path.join(configDir, 'escape.conf'));
      fs.symlinkSync('../outside', path.join(configDir, 'escape-dir'));
    });

    it('resolves and reads inside the roots', () => {
      assert.deepEqual(relativeUris(trusted.resolve('sip_*.conf', configDirUri), configDir), ['sip_peers.conf', 'sip_users.conf']);
      assert.deepEqual(sectionNames(trusted.load(uri(path.join(configDir, 'sip_peers.conf')))), ['alice']);
    });

    it('refuses ../outside, whether the file exists or not', () => {
      const secret = path.join(workspace, 'outside/secret.conf');
      assert.deepEqual(trusted.resolve('../outside/secret.conf', configDirUri), { problem: 'outside-workspace', detail: secret });
      assert.deepEqual(trusted.resolve('../outside/nothing.conf', configDirUri), {
        problem: 'outside-workspace',
        detail: path.join(workspace, 'outside/nothing.conf'),
      });
      assert.deepEqual(trusted.resolve('../outside/*.conf', configDirUri), { problem: 'outside-workspace', detail: path.join(workspace, 'outside') });
      assert.deepEqual(trusted.resolve(secret, configDirUri), { problem: 'outside-workspace', detail: secret });
      assert.deepEqual(trusted.load(uri(secret)), { problem: 'outside-workspace', detail: secret });
    });

    it('refuses symlinks inside the roots that point outside', () => {
      const escape = path.join(configDir, 'escape.conf');
      assert.deepEqual(trusted.resolve('escape.conf', configDirUri), { problem: 'outside-workspace', detail: escape });
      assert.deepEqual(trusted.load(uri(escape)), { problem: 'outside-workspace', detail: escape });
      assert.deepEqual(trusted.resolve('escape-dir/*.conf', configDirUri), { problem: 'outside-workspace', detail: path.join(configDir, 'escape-dir') });
    });

    it('refuses a path that leaves the roots after a pattern the same way whether the file exists or not (issue #19)', () => {
      // `p[e]ers` is read from inside; the `..` after it lead outside, where nothing may be looked up.
      // Absolute, so that the `..` are walked, not folded away by joining with the config folder.
      const exists = trusted.resolve(`${configDir}/p[e]ers/../../outside/secret.conf`, configDirUri);
      const missing = trusted.resolve(`${configDir}/p[e]ers/../../outside/nothing.conf`, configDirUri);
      assert.deepEqual(exists, { problem: 'outside-workspace', detail: path.join(workspace, 'outside/secret.conf') });
      assert.deepEqual(missing, { problem: 'outside-workspace', detail: path.join(workspace, 'outside/nothing.conf') });
    });

    it('lists a folder for completion only inside the roots: not through a symlinked folder or `..` (issue #19)', () => {
      assert.ok(trusted.listDirectory(configDirUri).includes('sip_peers.conf'));
      assert.deepEqual(trusted.listDirectory(uri(path.join(workspace, 'outside'))), []);
      assert.deepEqual(trusted.listDirectory(`${configDirUri}/../outside`), []);
      assert.deepEqual(trusted.listDirectory(uri(path.join(configDir, 'escape-dir'))), []);
      assert.deepEqual(trusted.listDirectory('untitled:Untitled-1'), []);
      // Trusted: any folder.
      assert.ok(new FileIncludeHost().listDirectory(uri(path.join(workspace, 'outside'))).includes('secret.conf'));
    });

    it('accepts roots given as file URIs', () => {
      const byUri = new FileIncludeHost({ allowedRoots: [configDirUri] });
      assert.deepEqual(relativeUris(byUri.resolve('sip_peers.conf', configDirUri), configDir), ['sip_peers.conf']);
      assert.deepEqual(byUri.resolve('../elsewhere/shared.conf', configDirUri), {
        problem: 'outside-workspace',
        detail: path.join(workspace, 'elsewhere/shared.conf'),
      });
    });
  });

  describe('folders that cannot be listed (issue #19)', () => {
    /** Runs `body` while listing `directory` fails with `code` after it was opened, as /proc/1/map_files does for root. */
    function withUnlistable<T>(directory: string, code: string, body: () => T): T {
      const original = fs.opendirSync;
      const patched = (target: fs.PathLike, options?: fs.OpenDirOptions): fs.Dir => {
        const handle = original(target, options);
        if (path.resolve(String(target)) !== directory) return handle;
        return Object.assign(Object.create(handle) as fs.Dir, {
          readSync: () => {
            throw Object.assign(new Error(`${code}: permission denied, readdir '${directory}'`), { code });
          },
          closeSync: () => handle.closeSync(),
        });
      };
      // The module object itself (an `import * as` binding only has getters onto it).
      const nodeFs = createRequire(__filename)('node:fs') as { opendirSync: typeof fs.opendirSync };
      nodeFs.opendirSync = patched as typeof fs.opendirSync;
      try {
        return body();
      } finally {
        nodeFs.opendirSync = original;
      }
    }

    it('regression: a pattern over a folder whose listing fails is an unreadable include, not an exception ("internal error: EACCES … readdir")', () => {
      const locked = path.join(workspace, 'locked');
      fs.mkdirSync(locked, { recursive: true });
      fs.writeFileSync(path.join(locked, 'a.conf'), '[a]\n');
      const result = withUnlistable(locked, 'EACCES', () => new FileIncludeHost().resolve(`${locked}/*`, configDirUri));
      assert.deepEqual(result, { problem: 'unreadable', detail: `${locked}: permission denied` });
    });
  });
});

