/**
 * [general] as chan_sip and chan_iax2 read it: the first [general] and every `[general](+)` that adds to
 * it, in file order. config.c merges an append into the first category of its name before the driver
 * reads anything, so a line in a later `[general](+)` is a [general] line for every device (checked with
 * Asterisk 20: context, allowguest, tcpenable, nat and iax encryption; oracle fixture
 * claim-16-general-append).
 */
import type { ConfigModel, Entry, Section } from './types';

export function generalSections(model: Pick<ConfigModel, 'general' | 'sectionsByKey'>): readonly Section[] {
  const general = model.general;
  if (!general) return [];
  const group = model.sectionsByKey.get('general');
  if (!group || group.length === 1) return [general];
  return [general, ...group.filter((section) => section !== general && section.header.isAppend)];
}

/** The last line named `name` (lower case) in those sections, and its section: the value the driver keeps. */
export function lastGeneralLine(generals: readonly Section[], name: string): { readonly section: Section; readonly entry: Entry } | undefined {
  for (let at = generals.length - 1; at >= 0; at--) {
    const { entries } = generals[at];
    for (let index = entries.length - 1; index >= 0; index--) if (entries[index].node.key.toLowerCase() === name) return { section: generals[at], entry: entries[index] };
  }
  return undefined;
}

/** Whether two lists hold the same sections in the same order (a model reuses what [general] built only then). */
export function sameSections(a: readonly Section[], b: readonly Section[]): boolean {
  return a.length === b.length && a.every((section, index) => section === b[index]);
}
