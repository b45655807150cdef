/**
 * Quoting written text in messages, titles and labels (issue #19): a value can be a megabyte long, or be
 * built by 100,000 `+=` lines, and a message that repeats it whole makes every diagnostic as large as the
 * file. Every message that quotes a key, value or name goes through `quote` / `clip`, which keep the start
 * and the end of a long text around an ellipsis.
 */

/** The most characters of written text a message quotes (the ellipsis replaces the middle of longer text). */
export const MAX_QUOTED_LENGTH = 80;

const ELLIPSIS = '…';

/** `text`, or its start and end around an ellipsis when it is longer than `max` characters. */
export function clip(text: string, max = MAX_QUOTED_LENGTH): string {
  if (text.length <= max) return text;
  const tail = Math.floor((max - 1) / 2);
  const head = max - 1 - tail;
  return text.slice(0, head) + ELLIPSIS + text.slice(text.length - tail);
}

/** `'text'`, clipped (see `clip`). */
export function quote(text: string, max = MAX_QUOTED_LENGTH): string {
  return `'${clip(text, max)}'`;
}

/**
 * A value built line by line (`allow=ulaw`, then `allow+=...` many times), kept only as far as a message
 * can quote it: its start, its end and its length. Appending costs O(MAX_QUOTED_LENGTH) whatever the
 * length of the whole, so checking n `+=` lines stays linear.
 */
export interface Accumulated {
  readonly head: string;
  readonly tail: string;
  readonly length: number;
}

export function accumulate(previous: Accumulated | undefined, value: string): Accumulated {
  if (!previous) return value.length <= MAX_QUOTED_LENGTH ? { head: value, tail: value, length: value.length } : { head: value.slice(0, MAX_QUOTED_LENGTH), tail: value.slice(-MAX_QUOTED_LENGTH), length: value.length };
  const length = previous.length + value.length;
  const head = previous.head.length >= MAX_QUOTED_LENGTH ? previous.head : (previous.head + value).slice(0, MAX_QUOTED_LENGTH);
  const tail = value.length >= MAX_QUOTED_LENGTH ? value.slice(-MAX_QUOTED_LENGTH) : (previous.tail + value).slice(-MAX_QUOTED_LENGTH);
  return { head, tail, length };
}

/** The accumulated text as `quote` would show the whole of it. */
export function quoteAccumulated(text: Accumulated, max = MAX_QUOTED_LENGTH): string {
  if (text.length <= MAX_QUOTED_LENGTH) return quote(text.head, max);
  const tailLength = Math.floor((max - 1) / 2);
  return `'${text.head.slice(0, max - 1 - tailLength)}${ELLIPSIS}${text.tail.slice(text.tail.length - tailLength)}'`;
}
