/**
 * The words the per-driver tables of invalid values are written with (dialects/sip/invalidValues.ts,
 * dialects/iax/invalidValues.ts): C's atoi, and the usual shapes of "logs this and uses that".
 */
export interface InvalidValueFacts {
  /** The value as written (for list options: the one item). */
  readonly value: string;
  /** The whole value of the line (what Asterisk prints when it logs the line, not the item). */
  readonly whole: string;
  /** 1-based line in its own file, as Asterisk counts it. */
  readonly line: number;
  /** The section the line is in. */
  readonly section: string;
  readonly inGeneral: boolean;
}

export type Consequence = (facts: InvalidValueFacts) => string;

/** C's atoi: leading blanks, a sign, the digits; 0 when there are none. */
export function atoi(text: string): number {
  const match = /^\s*([+-]?\d+)/.exec(text);
  return match ? Number(match[1]) : 0;
}

/** The value an atoi reading gives, in words. */
export function atoiReading(value: string): string {
  const number = atoi(value);
  return /^\s*[+-]?\d/.test(value) ? `reads the leading number ${number}` : 'reads 0';
}

export const silentWord = (driver: string, result: string): Consequence => () => `${driver} reads any other word as ${result}, without a warning.`;

/** atoi without a warning; `floor`: the value below which the fallback applies (exclusive), with the fallback. */
export const atoiSilently =
  (driver: string, floor?: { readonly below: number; readonly fallback: string }): Consequence =>
  ({ value }) => {
    const number = atoi(value);
    const fallback = floor && number < floor.below ? `, and below ${floor.below} it uses ${floor.fallback}` : '';
    return `${driver} ${atoiReading(value)} without a warning${fallback}.`;
  };

export const logsAndUses =
  (driver: string, log: (facts: InvalidValueFacts) => string, instead: string | ((facts: InvalidValueFacts) => string)): Consequence =>
  (facts) =>
    `${driver} logs ${log(facts)} and ${typeof instead === 'string' ? instead : instead(facts)}.`;


export const generalOr = (general: string, device: string) => (facts: InvalidValueFacts) => (facts.inGeneral ? general : device);

export const qos = (name: string, driver: string): Consequence =>
  logsAndUses(driver, ({ line }) => `WARNING "Invalid ${name} value at line ${line}, refer to QoS documentation"`, 'keeps the value it had');
