/** The stand-in parts the channel profile tests (sip, iax) hand to a profile's texts and checks. */
import type { Entry, Section } from '../../server/src/service/model/types';

/** A predicate true for the option names given. */
export const has =
  (...set: string[]) =>
  (name: string): boolean =>
    set.includes(name);

/** The parts of an entry and a section the profile's texts read. */
export const entry = (key: string, value: string, line = 4): Entry => ({ line, node: { key, value } }) as unknown as Entry;
export const section = (name: string, kind: Section['kind']): Section => ({ name, kind }) as unknown as Section;
