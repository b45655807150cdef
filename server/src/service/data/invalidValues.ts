/**
 * What each channel driver does with a value it cannot read, per option (issue #15 B3). The tables are
 * the dialects' (dialects/sip/invalidValues.ts, dialects/iax/invalidValues.ts, through their profiles);
 * options not listed there are never reported as invalid values (their kind is free text or checked
 * elsewhere).
 */
import type { Dialect } from './catalogTypes';
import { profileOf } from '../dialects/channel';
import type { InvalidValueFacts } from '../dialects/consequences';

export { atoi, type InvalidValueFacts } from '../dialects/consequences';

/** What the driver does with a value of `option` it cannot read; undefined when the table has no entry. */
export function invalidValueConsequence(dialect: Dialect, option: string, facts: InvalidValueFacts): string | undefined {
  const table = profileOf(dialect).invalidValues;
  return Object.prototype.hasOwnProperty.call(table, option) ? table[option](facts) : undefined;
}

/** Every option the table describes, per dialect (the catalog test checks each is a real option). */
export function describedOptions(dialect: Dialect): readonly string[] {
  return Object.keys(profileOf(dialect).invalidValues);
}
