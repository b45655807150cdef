/**
 * The IncludeHost of the language server and the CLI: follows `#include` on disk the way Asterisk's
 * glob(3) call does (GLOB_BRACE | GLOB_NOMAGIC, asterisk-facts.md §1.5), but defensively, because the
 * config being edited is not trusted: every read is capped, nothing but regular files is opened (a
 * FIFO would block the server forever), glob work is bounded, and in an untrusted workspace nothing
 * outside the allowed folders is looked at.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseConfig, type ConfigDocument } from '../service/parser/configDocument';
import type { IncludeHost, IncludeProblem, LoadResult, ResolveResult } from '../service/model/types';
import { isSystemPath, notConfigReason } from './configContent';

export interface FileIncludeHostOptions {
  /** Documents open in the editor win over the disk: they hold what the user is typing. */
  readonly openDocuments?: (uri: string) => ConfigDocument | undefined;
  /** Files larger than this are reported, never read. Default 20 MB. */
  readonly maxFileBytes?: number;
  /** A pattern matching more files than this is reported and not followed. Default 1000. */
  readonly maxGlobMatches?: number;
  /** Set in an untrusted workspace: nothing outside these folders (paths or file URIs) is resolved or read. */
  readonly allowedRoots?: readonly string[];
  /** Reads at most maxBytes + 1 bytes of a regular file (tests inject failures here). */
  readonly readFile?: (filePath: string, maxBytes: number) => Uint8Array;
}

type Problem = { readonly problem: IncludeProblem; readonly detail?: string };

const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;
const DEFAULT_MAX_GLOB_MATCHES = 1000;
/** Directory entries one resolve may look at, so `*\/*\/*\/*` over a big tree stays cheap. */
const MAX_ENTRIES_EXAMINED = 200_000;
/** `{a,b}{c,d}…` doubles with every brace. */
const MAX_BRACE_ALTERNATIVES = 1024;
const MAX_CACHED_FILES = 500;
const READ_CHUNK = 64 * 1024;

class NotARegularFile extends Error {}

/** Opens without blocking (a FIFO swapped in after the stat) and reads at most maxBytes + 1 bytes. */
export function readFileCapped(filePath: string, maxBytes: number): Uint8Array {
  const fd = fs.openSync(filePath, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOCTTY ?? 0));
  try {
    if (!fs.fstatSync(fd).isFile()) throw new NotARegularFile(filePath);
    const chunks: Buffer[] = [];
    let total = 0;
    while (total <= maxBytes) {
      const chunk = Buffer.allocUnsafe(Math.min(READ_CHUNK, maxBytes + 1 - total));
      const read = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(read === chunk.length ? chunk : chunk.subarray(0, read));
      total += read;
    }
    return Buffer.concat(chunks, total);
  } finally {
    fs.closeSync(fd);
  }
}

function kindOfNonFile(stats: fs.Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

function problemOfError(error: unknown, filePath: string): Problem {
  if (error instanceof NotARegularFile) return { problem: 'not-a-file', detail: `${filePath} is not a regular file` };
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { problem: 'missing', detail: filePath };
  if (code === 'EACCES' || code === 'EPERM') return { problem: 'unreadable', detail: `${filePath}: permission denied` };
  if (code === 'ELOOP') return { problem: 'unreadable', detail: `${filePath}: symbolic link loop` };
  return { problem: 'unreadable', detail: `${filePath}: ${code ?? String(error)}` };
}

function isWithin(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

function entryExists(filePath: string): boolean {
  try {
    fs.lstatSync(filePath);
    return true;
  } catch {
    return false;
  }
}

/** The real path, or for a missing file the real path of its nearest existing ancestor plus the rest. */
function realPathOrNearest(filePath: string): string {
  const rest: string[] = [];
  for (let current = filePath; ; ) {
    try {
      return path.join(fs.realpathSync.native(current), ...rest.reverse());
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return filePath;
      rest.push(path.basename(current));
      current = parent;
    }
  }
}

// ---- glob(3) patterns ------------------------------------------------------------------------

/** GLOB_BRACE: expands the first `{...}` (nesting allowed) and recurses; an unclosed `{` is literal. */
function expandBraces(pattern: string, out: string[]): boolean {
  let open = -1;
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++;
    else if (pattern[i] === '{') {
      open = i;
      break;
    }
  }
  let close = -1;
  const commas: number[] = [];
  for (let i = open + 1, depth = 0; open >= 0 && i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '\\') i++;
    else if (char === '{') depth++;
    else if (char === ',' && depth === 0) commas.push(i);
    else if (char === '}' && depth-- === 0) {
      close = i;
      break;
    }
  }
  if (close < 0) {
    out.push(pattern);
    return out.length <= MAX_BRACE_ALTERNATIVES;
  }
  const prefix = pattern.slice(0, open);
  const suffix = pattern.slice(close + 1);
  let start = open + 1;
  for (const end of [...commas, close]) {
    if (!expandBraces(prefix + pattern.slice(start, end) + suffix, out)) return false;
    start = end + 1;
  }
  return true;
}

const POSIX = path.sep === '/';
const GLOB_SPECIAL = /[\\*?[\]{},]/g;
const CLASS_SPECIAL = /[\\\]^[-]/g;
const NAMED_CLASSES: Readonly<Record<string, string>> = {
  alpha: '\\p{L}', digit: '0-9', alnum: '\\p{L}0-9', upper: '\\p{Lu}', lower: '\\p{Ll}',
  space: '\\s', blank: ' \\t', punct: '!-/:-@\\[-`{-~', xdigit: '0-9A-Fa-f',
};

/** One character of a pattern component; `star` is the only token that spans several. */
type Token =
  | { readonly kind: 'char'; readonly char: string }
  | { readonly kind: 'any' }
  | { readonly kind: 'class'; readonly test: RegExp }
  | { readonly kind: 'star' };

/** `[...]` starting at `open`: a one-character class and where it ends, or undefined when it never closes. */
function bracketClass(chars: readonly string[], open: number): { token: Token; end: number } | undefined {
  let i = open + 1;
  const negate = chars[i] === '!' || chars[i] === '^';
  if (negate) i++;
  const members: string[] = [];
  const escape = (char: string): string => char.replace(CLASS_SPECIAL, '\\$&');
  for (let first = true; i < chars.length; first = false) {
    if (chars[i] === ']' && !first) {
      const source = members.length ? `[${negate ? '^' : ''}${members.join('')}]` : negate ? '.' : '[]';
      return { token: { kind: 'class', test: new RegExp(`^${source}$`, 'su') }, end: i + 1 };
    }
    const named = chars[i] === '[' && chars[i + 1] === ':' ? /^\[:([a-z]+):\]/.exec(chars.slice(i, i + 12).join('')) : null;
    if (named && NAMED_CLASSES[named[1]]) {
      members.push(NAMED_CLASSES[named[1]]);
      i += named[0].length;
      continue;
    }
    let low = chars[i];
    if (low === '\\' && i + 1 < chars.length) low = chars[++i];
    i++;
    if (chars[i] === '-' && i + 1 < chars.length && chars[i + 1] !== ']') {
      let high = chars[i + 1];
      i += 2;
      if (high === '\\' && i < chars.length) high = chars[i++];
      // glibc matches nothing for a reversed range; a RegExp would throw.
      if ((low.codePointAt(0) ?? 0) <= (high.codePointAt(0) ?? 0)) members.push(`${escape(low)}-${escape(high)}`);
    } else {
      members.push(escape(low));
    }
  }
  return undefined;
}

interface ComponentMatcher {
  readonly tokens: readonly Token[];
  /** glob(3) without GLOB_PERIOD: a leading dot must be written, not matched by `*`, `?` or `[.]`. */
  readonly allowsLeadingDot: boolean;
}

/** A matcher for a path component with magic, or the literal name (escapes removed) when it has none. */
function compileComponent(component: string): ComponentMatcher | string {
  const chars = Array.from(component);
  const tokens: Token[] = [];
  let literal = '';
  let magic = false;
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i];
    const bracket = char === '[' ? bracketClass(chars, i) : undefined;
    if (char === '\\' && i + 1 < chars.length) {
      literal += chars[++i];
      tokens.push({ kind: 'char', char: chars[i] });
    } else if (char === '*' || char === '?') {
      magic = true;
      // Consecutive stars are one star; collapsing them keeps the matcher linear.
      if (char === '?') tokens.push({ kind: 'any' });
      else if (tokens[tokens.length - 1]?.kind !== 'star') tokens.push({ kind: 'star' });
    } else if (bracket) {
      magic = true;
      tokens.push(bracket.token);
      i = bracket.end - 1;
    } else {
      literal += char;
      tokens.push({ kind: 'char', char });
    }
  }
  if (!magic) return literal;
  return { tokens, allowsLeadingDot: component.startsWith('.') };
}

function matchesOne(token: Token, char: string): boolean {
  if (token.kind === 'char') return token.char === char;
  if (token.kind === 'class') return token.test.test(char);
  return token.kind === 'any';
}

/**
 * Wildcard matching that retries only from the last star: O(name × pattern). A RegExp built from
 * `*a*a*a*…b` would backtrack exponentially on a long name, and the pattern comes from the config.
 */
function matchesName(tokens: readonly Token[], name: string): boolean {
  const chars = Array.from(name);
  let token = 0;
  let char = 0;
  let starToken = -1;
  let starChar = 0;
  while (char < chars.length) {
    const current = tokens[token];
    if (current && current.kind === 'star') {
      starToken = token++;
      starChar = char;
    } else if (current && matchesOne(current, chars[char])) {
      token++;
      char++;
    } else if (starToken >= 0) {
      token = starToken + 1;
      char = ++starChar;
    } else {
      return false;
    }
  }
  while (tokens[token]?.kind === 'star') token++;
  return token === tokens.length;
}

function hasMagic(pattern: string): boolean {
  return pattern.split('/').some((component) => typeof compileComponent(component) !== 'string');
}

// ---- the host --------------------------------------------------------------------------------

interface AllowedRoot {
  readonly lexical: string;
  readonly real: string;
}

interface GlobRun {
  readonly matches: string[];
  refused?: string;
  /** The first directory that could not be listed (glob(3) skips it; reported when nothing matched). */
  unreadable?: Problem;
  entriesLeft: number;
  readonly visited: Set<string>;
}

export class FileIncludeHost implements IncludeHost {
  private readonly maxFileBytes: number;
  private readonly maxGlobMatches: number;
  private readonly roots: readonly AllowedRoot[] | undefined;
  private readonly readFile: (filePath: string, maxBytes: number) => Uint8Array;
  private readonly cache = new Map<string, { mtimeMs: number; size: number; loaded: { document: ConfigDocument } | Problem }>();
  private readonly decoder = new TextDecoder('utf-8');

  constructor(private readonly options: FileIncludeHostOptions = {}) {
    this.maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    this.maxGlobMatches = options.maxGlobMatches ?? DEFAULT_MAX_GLOB_MATCHES;
    this.readFile = options.readFile ?? readFileCapped;
    this.roots = options.allowedRoots?.map((root) => {
      const lexical = path.resolve(root.startsWith('file:') ? fileURLToPath(root) : root);
      return { lexical, real: realPathOrNearest(lexical) };
    });
  }

  resolve(argument: string, configDirectoryUri: string): ResolveResult {
    let pattern = argument;
    if (!path.isAbsolute(pattern)) {
      let configDirectory: string;
      try {
        configDirectory = fileURLToPath(configDirectoryUri);
      } catch {
        return { problem: 'missing', detail: `${argument}: relative to a document that is not on disk` };
      }
      // The folder is a workspace path, not part of the pattern: `my [project]` must stay literal.
      pattern = path.join(POSIX ? configDirectory.replace(GLOB_SPECIAL, '\\$&') : configDirectory, pattern);
    }
    // Windows has no escapes: backslashes are separators there, and the walk splits at `/`.
    if (!POSIX) pattern = pattern.replace(/\\/g, '/');
    const alternatives: string[] = [];
    if (!expandBraces(pattern, alternatives)) {
      return { problem: 'too-large', detail: `${argument} expands to more than ${MAX_BRACE_ALTERNATIVES} alternatives` };
    }
    if (alternatives.length === 1 && alternatives[0] === pattern && !hasMagic(pattern)) return this.resolveLiteral(pattern);

    const run: GlobRun = { matches: [], entriesLeft: MAX_ENTRIES_EXAMINED, visited: new Set() };
    for (const alternative of alternatives) {
      const start = run.matches.length;
      this.globOne(alternative, run);
      // glob(3) sorts each brace alternative's matches and appends them in the order written.
      const sorted = run.matches.splice(start).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      for (const match of sorted) run.matches.push(match);
    }
    if (run.refused !== undefined) return { problem: 'outside-workspace', detail: run.refused };
    const count = run.matches.length;
    if (run.entriesLeft <= 0) {
      return { problem: 'too-large', detail: `${argument}: searching stopped after ${MAX_ENTRIES_EXAMINED} directory entries (${count} matched so far)` };
    }
    if (count > this.maxGlobMatches) {
      return { problem: 'too-large', detail: `${argument} matches ${count} files; at most ${this.maxGlobMatches} are followed` };
    }
    if (count === 0) return run.unreadable ?? { problem: 'glob-no-match', detail: argument };
    return { uris: run.matches.map((match) => pathToFileURL(match).href) };
  }

  /**
   * The names in a folder, for `#include` completion; nothing for a folder outside the allowed roots (a
   * document opened from outside the workspace, through a symlinked folder or `..` in its URI).
   */
  listDirectory(folderUri: string): string[] {
    let folder: string;
    try {
      folder = fileURLToPath(folderUri);
    } catch {
      return [];
    }
    if (this.isOutside(folder)) return [];
    try {
      return fs.readdirSync(folder).sort();
    } catch {
      return [];
    }
  }

  /**
   * Drops the cached text of a file changed on disk (and of everything under it, for a folder), so the next
   * load reads it again: the cache trusts an unchanged size and mtime, and a rewrite of the same size in the
   * same mtime tick (a coarse clock, a script writing twice) would keep the old text.
   */
  forget(uri: string): void {
    let filePath: string;
    try {
      filePath = fileURLToPath(uri);
    } catch {
      return;
    }
    const under = filePath.endsWith(path.sep) ? filePath : `${filePath}${path.sep}`;
    for (const cached of [...this.cache.keys()]) if (cached === filePath || cached.startsWith(under)) this.cache.delete(cached);
  }

  /** Parsed files are cached and shared between callers: never applyChange() a loaded document. */
  load(uri: string): LoadResult {
    // Even outside the allowed roots: the user opened it, and nothing is read from disk.
    const open = this.options.openDocuments?.(uri);
    if (open) return { document: open };
    let filePath: string;
    try {
      filePath = fileURLToPath(uri);
    } catch {
      return { problem: 'missing', detail: `${uri} is not a file on disk` };
    }
    if (this.isOutside(filePath)) return { problem: 'outside-workspace', detail: filePath };
    // The kernel's live state (/proc/self/environ holds the server's environment) is never read.
    if (isSystemPath(path.resolve(filePath)) || isSystemPath(realPathOrNearest(path.resolve(filePath)))) {
      return { problem: 'not-a-config', detail: `${filePath}: a system file` };
    }
    let stats: fs.Stats;
    try {
      stats = fs.statSync(filePath);
    } catch (error) {
      return problemOfError(error, filePath);
    }
    if (!stats.isFile()) return { problem: 'not-a-file', detail: `${filePath} is ${kindOfNonFile(stats)}` };
    if (stats.size > this.maxFileBytes) return this.tooLarge(filePath, stats.size);

    const cached = this.cache.get(filePath);
    if (cached && cached.mtimeMs === stats.mtimeMs && cached.size === stats.size) {
      this.cache.delete(filePath);
      this.cache.set(filePath, cached);
      return cached.loaded;
    }
    let bytes: Uint8Array;
    try {
      bytes = this.readFile(filePath, this.maxFileBytes);
    } catch (error) {
      return problemOfError(error, filePath);
    }
    if (bytes.length > this.maxFileBytes) return this.tooLarge(filePath);
    const text = this.decoder.decode(bytes);
    // A file that is no config (binary, a key, prose) is refused whole: none of its text is ever shown.
    const reason = notConfigReason(text);
    const loaded = reason !== undefined ? { problem: 'not-a-config' as const, detail: `${filePath}: ${reason}` } : { document: parseConfig(text) };
    // Keyed by the stat taken before the read: if the file changed meanwhile, the next stat differs.
    this.cache.delete(filePath);
    this.cache.set(filePath, { mtimeMs: stats.mtimeMs, size: stats.size, loaded });
    if (this.cache.size > MAX_CACHED_FILES) this.cache.delete(this.cache.keys().next().value!);
    return loaded;
  }

  /** `size` is unknown when the file grew past the cap between the stat and the read. */
  private tooLarge(filePath: string, size?: number): Problem {
    return { problem: 'too-large', detail: `${filePath} has ${size ?? `over ${this.maxFileBytes}`} bytes; the limit is ${this.maxFileBytes}` };
  }

  /** GLOB_NOMAGIC: a plain name is returned as written when it exists (even a directory: load tells). */
  private resolveLiteral(pattern: string): ResolveResult {
    const filePath = path.normalize(POSIX ? pattern.replace(/\\(.)/gs, '$1') : pattern);
    if (this.isOutside(filePath)) return { problem: 'outside-workspace', detail: filePath };
    try {
      fs.lstatSync(filePath);
    } catch (error) {
      return problemOfError(error, filePath);
    }
    return { uris: [pathToFileURL(filePath).href] };
  }

  private globOne(pattern: string, run: GlobRun): void {
    const { root } = path.parse(pattern);
    const components = pattern.slice(root.length).split('/').filter((component) => component !== '');
    let candidates = [root];
    let lastIsLiteral = true;
    components.forEach((component, index) => {
      const matcher = compileComponent(component);
      const isLast = index === components.length - 1;
      lastIsLiteral = typeof matcher === 'string';
      const next: string[] = [];
      for (const directory of candidates) {
        if (typeof matcher === 'string') next.push(path.join(directory, matcher));
        else this.readMatching(directory, matcher, index, isLast, next, run);
      }
      candidates = next;
    });
    for (const candidate of candidates) {
      // Refused before it is looked up: whether a file outside exists must not change the answer
      // (`s[u]b/../../../root/.bashrc` told "exists" from "does not exist", issue #19).
      if (this.isOutside(candidate)) {
        run.refused ??= candidate;
        continue;
      }
      // A trailing literal name was not looked up on the way: it must exist (lstat: a dangling link
      // still counts, as in glob(3); load() reports it). Names read from a directory exist.
      if (lastIsLiteral && !entryExists(candidate)) continue;
      run.matches.push(candidate);
    }
  }

  private readMatching(directory: string, matcher: ComponentMatcher, index: number, isLast: boolean, out: string[], run: GlobRun): void {
    if (run.entriesLeft <= 0) return;
    if (this.isOutside(directory)) {
      run.refused ??= directory;
      return;
    }
    let real: string;
    try {
      real = fs.realpathSync.native(directory);
    } catch {
      return;
    }
    // The same real directory at the same pattern position only repeats matches (symlinks to a
    // parent, `a -> .`): read it once, so a symlink loop costs one directory read.
    const key = `${index}\0${real}`;
    if (run.visited.has(key)) return;
    run.visited.add(key);
    let handle: fs.Dir;
    try {
      handle = fs.opendirSync(directory);
    } catch (error) {
      run.unreadable ??= problemOfError(error, directory);
      return; // glob(3) without GLOB_ERR skips unreadable directories
    }
    try {
      // Listing can fail after the open succeeded (EACCES on /proc/1/map_files, issue #19): skip it too.
      for (let entry = handle.readSync(); entry; entry = handle.readSync()) {
        if (--run.entriesLeft <= 0) return;
        const name = entry.name;
        if (name.startsWith('.') && !matcher.allowsLeadingDot) continue;
        if (!matchesName(matcher.tokens, name)) continue;
        const candidate = path.join(directory, name);
        if (!isLast && !this.isDirectory(entry, candidate)) continue;
        out.push(candidate);
      }
    } catch (error) {
      run.unreadable ??= problemOfError(error, directory);
    } finally {
      handle.closeSync();
    }
  }

  private isDirectory(entry: fs.Dirent, candidate: string): boolean {
    if (entry.isDirectory()) return true;
    if (!entry.isSymbolicLink()) return false;
    try {
      return fs.statSync(candidate).isDirectory();
    } catch {
      return false; // dangling or looping link
    }
  }

  /** Untrusted workspace: outside when lexically outside every root, or when its real path escapes them. */
  private isOutside(filePath: string): boolean {
    if (!this.roots) return false;
    const absolute = path.resolve(filePath);
    if (!this.roots.some((root) => isWithin(root.lexical, absolute) || isWithin(root.real, absolute))) return true;
    const real = realPathOrNearest(absolute);
    return !this.roots.some((root) => isWithin(root.real, real));
  }
}
