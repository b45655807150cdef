/**
 * The contexts of the dialplan: what a sip.conf / iax.conf `context=` may name.
 *
 * pbx_config turns every category of extensions.conf (and of the files it includes) into a context,
 * except `[general]` and `[globals]`, which hold its settings and global variables (compared
 * case-insensitively). Templates (`[name](!)`) are skipped like everywhere else in Asterisk:
 * category browsing never returns them.
 *
 * Beyond the names, each context's routing facts that a security check needs (issue #16): its
 * extensions, its `include =>` contexts, and the first line where a pattern extension dials the number
 * that was called (`${EXTEN}` or a part of it) through a trunk — the sign that a caller who lands there
 * can dial arbitrary numbers out. `dialOutFrom` follows the includes transitively (cycles allowed).
 * Not read: `Goto`/`Gosub`/`Macro` into another context, `Local/` channels, template inheritance in
 * extensions.conf, `switch =>`; a dial-out reached only that way is not found.
 */
import type { ConfigDocument } from '../parser/configDocument';
import type { Span } from '../parser/nodes';

export interface DialplanContext {
  /** The name as written at the definition that is kept. */
  readonly name: string;
  readonly uri: string;
  readonly line: number;
  readonly nameSpan: Span;
}

/** A dialplan line that sends the called number out through a channel: `exten => _9.,1,Dial(PJSIP/${EXTEN:1}@trunk)`. */
export interface DialOutLine {
  /** The context it is written in, as written at its header. */
  readonly context: string;
  readonly uri: string;
  readonly line: number;
  /** The extension pattern it belongs to (`_9.`). */
  readonly pattern: string;
  /** The device the number goes to (`PJSIP/${EXTEN:1}@trunk`). */
  readonly device: string;
}

/** What a context does with a call, as far as the security checks need it. */
export interface ContextRouting {
  /** Extension names and patterns, in file order, each once. */
  readonly extensions: readonly string[];
  /** Lower-cased names of the contexts it includes, in file order. */
  readonly includes: readonly string[];
  /** The first line of the context that dials the called number out. */
  readonly dialsOut?: DialOutLine;
}

export interface DialplanIndex {
  /** By lower-cased name; the first definition in reading order. */
  readonly contexts: ReadonlyMap<string, DialplanContext>;
  /** By lower-cased name: every header of that name (`(+)` too) contributes its lines. */
  readonly routing: ReadonlyMap<string, ContextRouting>;
  /** The files it was read from (extensions.conf and what it includes), in reading order. */
  readonly files: readonly string[];
}

const SETTINGS_SECTIONS: ReadonlySet<string> = new Set(['general', 'globals']);

/** `files` in reading order: extensions.conf first, then what it includes (see collectIncludeTree). */
export function indexDialplan(files: readonly { uri: string; document: ConfigDocument }[]): DialplanIndex {
  const contexts = new Map<string, DialplanContext>();
  // An `(+)` header only extends a context; it counts as the definition only when there is no other.
  const fromAppend = new Set<string>();
  const routing = new Map<string, MutableRouting>();
  for (const file of files) {
    readRouting(file, routing);
    const lines = file.document.lines;
    for (const line of file.document.headerLines) {
      const node = lines[line];
      if (node.kind !== 'section' || node.isTemplate) continue;
      const key = node.name.toLowerCase();
      if (SETTINGS_SECTIONS.has(key)) continue;
      if (contexts.has(key) && !(fromAppend.has(key) && !node.isAppend)) continue;
      contexts.set(key, { name: node.name, uri: file.uri, line, nameSpan: node.nameSpan });
      if (node.isAppend) fromAppend.add(key);
      else fromAppend.delete(key);
    }
  }
  const facts = new Map<string, ContextRouting>();
  for (const [key, found] of routing) facts.set(key, { extensions: found.extensions, includes: found.includes, ...(found.dialsOut ? { dialsOut: found.dialsOut } : {}) });
  return { contexts, routing: facts, files: files.map((file) => file.uri) };
}

interface MutableRouting {
  extensions: string[];
  seen: Set<string>;
  includes: string[];
  dialsOut?: DialOutLine;
}

/** The extension lines of one file, attributed to the context of the section they are in. */
function readRouting(file: { uri: string; document: ConfigDocument }, routing: Map<string, MutableRouting>): void {
  let current: MutableRouting | undefined;
  let contextName = '';
  let pattern = '';
  const lines = file.document.lines;
  for (let index = 0; index < lines.length; index++) {
    const node = lines[index];
    if (node.kind === 'section') {
      const key = node.name.toLowerCase();
      // Templates are no contexts; [general] / [globals] hold settings. Their lines belong to nothing.
      current = node.isTemplate || SETTINGS_SECTIONS.has(key) ? undefined : routingOf(routing, key);
      contextName = node.name;
      pattern = '';
      continue;
    }
    if (node.kind !== 'keyValue' || !current) continue;
    const key = node.key.toLowerCase();
    let application: string;
    if (key === 'exten') {
      const [name, ...rest] = splitTop(node.value, 3);
      pattern = stripCallerId(name.trim());
      if (pattern && !current.seen.has(pattern)) {
        current.seen.add(pattern);
        current.extensions.push(pattern);
      }
      application = rest[1] ?? '';
    } else if (key === 'same') {
      application = splitTop(node.value, 2)[1] ?? '';
    } else {
      if (key === 'include') {
        const target = splitTop(node.value, 2)[0].trim().toLowerCase();
        if (target && !current.includes.includes(target)) current.includes.push(target);
      }
      continue;
    }
    if (current.dialsOut || !pattern.startsWith('_')) continue;
    const device = dialedOutDevice(application);
    if (device) current.dialsOut = { context: contextName, uri: file.uri, line: index, pattern, device };
  }
}

function routingOf(routing: Map<string, MutableRouting>, key: string): MutableRouting {
  let found = routing.get(key);
  if (!found) {
    found = { extensions: [], seen: new Set(), includes: [] };
    routing.set(key, found);
  }
  return found;
}

/** `_X./5551234` (an extension matched by caller ID too): the extension part. */
function stripCallerId(name: string): string {
  const slash = name.indexOf('/');
  return slash < 0 ? name : name.slice(0, slash);
}

/**
 * Splits at top-level commas (not inside `(...)`, `${...}`, `$[...]`), into at most `limit` parts, the
 * last part keeping the rest.
 */
function splitTop(text: string, limit: number): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length && parts.length < limit - 1; index++) {
    const char = text[index];
    if (char === '(' || char === '{' || char === '[') depth++;
    else if ((char === ')' || char === '}' || char === ']') && depth > 0) depth--;
    else if (char === ',' && depth === 0) {
      parts.push(text.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

const EXTEN = /\$\{EXTEN(?::[^}]*)?\}/i;

/**
 * The device of `Dial(...)` that sends the called number through a trunk, if any: `${EXTEN}` (or a
 * substring of it) after the channel's first part — `PJSIP/${EXTEN}@trunk`, `PJSIP/trunk/sip:${EXTEN}@host`,
 * `SIP/trunk/${EXTEN:1}`, `DAHDI/g1/${EXTEN}`, `${TRUNK}/${EXTEN}`. `PJSIP/${EXTEN}` alone dials the endpoint named like the
 * number (a local phone), and `Local/` goes back into the dialplan: neither counts.
 */
export function dialedOutDevice(application: string): string | undefined {
  const open = application.indexOf('(');
  if (open < 0 || application.slice(0, open).trim().toLowerCase() !== 'dial') return undefined;
  const close = application.lastIndexOf(')');
  const argumentsText = application.slice(open + 1, close > open ? close : application.length);
  const devices = splitTop(argumentsText, 2)[0];
  for (const raw of devices.split('&')) {
    const device = raw.trim();
    const slash = device.indexOf('/');
    if (slash <= 0) continue;
    const technology = device.slice(0, slash);
    const resource = device.slice(slash + 1);
    if (technology.toLowerCase() === 'local' || !EXTEN.test(resource)) continue;
    // The number alone as the resource names a local endpoint; with a trunk around it, it goes out. A
    // channel held in a variable (`${TRUNK}/${EXTEN}`, TRUNK=SIP/provider) is taken for a trunk.
    if (resource.replace(EXTEN, '').trim() === '' && !technology.includes('${')) continue;
    return device;
  }
  return undefined;
}

/**
 * The line through which a call landing in `name` can dial out: in the context itself or in one it
 * includes, directly or further down (breadth first, each context once, so include cycles end), with the
 * chain of includes that leads there (`via`, without `name` itself).
 */
export function dialOutFrom(index: DialplanIndex, name: string): { readonly line: DialOutLine; readonly via: readonly string[] } | undefined {
  const start = name.toLowerCase();
  const cameFrom = new Map<string, string | undefined>([[start, undefined]]);
  const queue = [start];
  for (let position = 0; position < queue.length; position++) {
    const key = queue[position];
    const routing = index.routing.get(key);
    if (!routing) continue;
    if (routing.dialsOut) {
      const via: string[] = [];
      for (let step: string | undefined = key; step !== undefined && step !== start; step = cameFrom.get(step)) via.unshift(index.contexts.get(step)?.name ?? step);
      return { line: routing.dialsOut, via };
    }
    for (const included of routing.includes) {
      if (cameFrom.has(included)) continue;
      cameFrom.set(included, key);
      queue.push(included);
    }
  }
  return undefined;
}

export function findContext(index: DialplanIndex, name: string): DialplanContext | undefined {
  return index.contexts.get(name.toLowerCase());
}
