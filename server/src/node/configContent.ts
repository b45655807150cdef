/**
 * Whether a file an `#include` names looks like an Asterisk config at all (issue #19). An include can name
 * any file (`#include /proc/self/environ`, a private key), and whatever we read we parse and may quote in a
 * hover, a completion or a message: a file that is not a config is refused whole, and none of its text
 * is ever shown. What it is (binary, a key, a system file) is said; what it holds is not.
 */

/** Trees of the kernel's live state (the process environment, memory maps) and devices: never configs. */
const SYSTEM_TREES = ['/proc', '/sys', '/dev'];

/** A key or certificate in PEM form, or an OpenSSH public / private key line. */
const KEY_MATERIAL = /-----BEGIN [A-Z0-9 ]{1,40}-----|^\s*(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-\S+|sk-\S+@openssh\.com) AAAA/m;

/** The fraction of unprintable characters (or undecodable bytes) above which a file is binary. */
const MAX_UNPRINTABLE_SHARE = 0.05;

/** True for a path inside /proc, /sys or /dev (compare the real path too: a link can lead there). */
export function isSystemPath(filePath: string): boolean {
  const normal = filePath.replace(/\\/g, '/');
  return SYSTEM_TREES.some((tree) => normal === tree || normal.startsWith(`${tree}/`));
}

function isUnprintable(code: number): boolean {
  // Tab, line feed, vertical tab, form feed and carriage return are whitespace in a config.
  return (code < 0x20 && (code < 0x09 || code > 0x0d)) || code === 0x7f || code === 0xfffd;
}

/** A line Asterisk's parser gives meaning to: a header, a directive, or something with an `=`. */
function isConfigLine(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.startsWith('[') || trimmed.startsWith('#') || trimmed.includes('=');
}

/**
 * Why `text` (decoded from a file) is not an Asterisk config, in words that quote none of it; undefined when
 * it may be one. An empty file, or one of comments only, may be: it is just empty.
 */
export function notConfigReason(text: string): string | undefined {
  if (text.includes('\u0000')) return 'binary content (NUL bytes)';
  if (KEY_MATERIAL.test(text)) return 'a key or certificate';
  let unprintable = 0;
  for (let index = 0; index < text.length; index++) if (isUnprintable(text.charCodeAt(index))) unprintable++;
  if (unprintable > 0 && unprintable >= text.length * MAX_UNPRINTABLE_SHARE) return 'binary content';
  let content = 0;
  let structured = 0;
  let inBlockComment = false;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const trimmed = line.trim();
    // A ;-- block --; comment may hold prose: it is no content (nesting does not matter for a share).
    if (inBlockComment) {
      inBlockComment = !trimmed.includes('--;');
      continue;
    }
    if (trimmed.startsWith(';--')) {
      inBlockComment = !trimmed.slice(3).includes('--;');
      continue;
    }
    if (trimmed === '' || trimmed.startsWith(';')) continue;
    content++;
    if (isConfigLine(line)) structured++;
  }
  // Most lines of a config are headers, directives or key=value; prose or data has few or none.
  if (content > 0 && structured * 2 < content) return 'no [section] or key=value structure';
  return undefined;
}
