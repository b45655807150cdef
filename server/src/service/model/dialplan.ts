/**
 * The contexts of the dialplan: what a sip.conf / iax.conf `context=` may name.
 *
 * pbx_config turns every category of extensions.conf (and of the files it includes) into a context,
 * except `[general]` and `[globals]`, which hold its settings and global variables (compared
 * case-insensitively). Templates (`[name](!)`) are skipped like everywhere else in Asterisk:
 * category browsing never returns them.
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

export interface DialplanIndex {
  /** By lower-cased name; the first definition in reading order. */
  readonly contexts: ReadonlyMap<string, DialplanContext>;
}

const SETTINGS_SECTIONS: ReadonlySet<string> = new Set(['general', 'globals']);

/** `files` in reading order: extensions.conf first, then what it includes (see collectIncludeTree). */
export function indexDialplan(files: readonly { uri: string; document: ConfigDocument }[]): DialplanIndex {
  const contexts = new Map<string, DialplanContext>();
  // An `(+)` header only extends a context; it counts as the definition only when there is no other.
  const fromAppend = new Set<string>();
  for (const file of files) {
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
  return { contexts };
}

export function findContext(index: DialplanIndex, name: string): DialplanContext | undefined {
  return index.contexts.get(name.toLowerCase());
}
