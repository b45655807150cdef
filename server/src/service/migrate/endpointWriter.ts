/**
 * What the per-endpoint parts of the migration share: the endpoint being written, the comments that
 * introduce it, the list of what was not carried over, and how effective sip options are read.
 */
import type { EffectiveValue, Endpoint } from '../model/types';
import type { PjsipBlock, UnmappedItem } from './pjsipWriter';

export interface Writer {
  readonly endpoint: PjsipBlock;
  readonly notes: string[];
  readonly unmapped: UnmappedItem[];
  readonly name: string;
}

/** Options whose values are never written into a comment. */
const SECRET_OPTIONS = new Set(['secret', 'md5secret', 'remotesecret', 'auth']);

/** The effective value of a sip option (the last line wins), undefined when unset or empty. */
export function last(endpoint: Endpoint, name: string): string | undefined {
  const list = endpoint.options.get(name);
  const value = list && list.length ? list[list.length - 1].value.trim() : undefined;
  return value === '' ? undefined : value;
}

export const words = (value: string | undefined): string[] => (value ?? '').toLowerCase().split(/[,|]/).map((word) => word.trim()).filter(Boolean);

/** chan_sip's ast_true / ast_false words. */
export const isTrue = (value: string | undefined): boolean => /^(yes|true|y|t|1|on)$/i.test(value?.trim() ?? '');
export const isFalse = (value: string | undefined): boolean => /^(no|false|n|f|0|off)$/i.test(value?.trim() ?? '');

/** Lists a line that has no pjsip equivalent, and writes it as a comment with the reason in the endpoint. */
export function unmap(writer: Writer, option: string, value: EffectiveValue | undefined, reason: string): void {
  const entry = value?.source.entry;
  writer.unmapped.push({ section: writer.name, option, uri: entry?.uri ?? '', line: entry?.line, reason });
  const shown = SECRET_OPTIONS.has(option) ? '…' : (value?.value ?? '');
  writer.endpoint.note(`${option}=${shown.replace(/[\r\n]/g, ' ')} — not migrated: ${reason}`);
}
