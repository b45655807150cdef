/**
 * Text from the configuration put into markdown (hover, completion documentation). A value is data, not
 * markup: `callerid=![b](https://evil.example/b.png)` must show as written, not load an image (issue #19).
 */

/** Characters that start markdown or HTML inline constructs: links, images, emphasis, code, entities, tags, tables. */
const INLINE_SPECIAL = /[\\`*_[\]<>&~|!]/g;

/** Plain text that renders as written inside markdown prose or a table cell (one line). */
export function escapeMarkdown(text: string): string {
  return text.replace(INLINE_SPECIAL, '\\$&').replace(/[\r\n]+/g, ' ');
}

function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}

/** An inline code span that holds any text: the fence is longer than every backtick run in it. */
export function inlineCode(text: string): string {
  const line = text.replace(/[\r\n]+/g, ' ');
  if (line === '') return '` `';
  const fence = '`'.repeat(longestBacktickRun(line) + 1);
  const pad = line.startsWith('`') || line.endsWith('`') || fence.length > 1 ? ' ' : '';
  return `${fence}${pad}${line}${pad}${fence}`;
}

/** A fenced code block that no line of `text` can close early. */
export function codeBlock(text: string): string {
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
  return `${fence}\n${text}\n${fence}`;
}

/**
 * Sentences that quote config text (names, contexts, hosts), as markdown prose: nothing in them can form a
 * link, an image, HTML, code or emphasis. Brackets stay as written: `[general]` reads as it is.
 */
export function escapeProse(text: string): string {
  return text.replace(/[\\`*_~<>&]/g, '\\$&').replace(/!\[/g, '!\\[').replace(/\]\(/g, ']\\(');
}
