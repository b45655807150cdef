/**
 * The register => statement, as each grammar reads it (issue #16): the parts of the line in order, what each
 * part is, and what Asterisk does with the line. The shared features (direction texts, semantic tokens,
 * rename of a `peer?` prefix) ask `readRegister(parsed)` instead of testing which grammar parsed the line;
 * the grammars are dialects/sip/register.ts and dialects/iax/register.ts. A next grammar is one more entry of
 * `RegisterByGrammar` and `GRAMMARS`.
 */
import type { IaxRegister, RegisterPart, SipRegister } from '../model/registerStatement';
import { iaxRegisterGrammar } from './iax/register';
import { sipRegisterGrammar } from './sip/register';

/** The parsed statement of each grammar, by the tag it carries. */
export interface RegisterByGrammar {
  readonly sip: SipRegister;
  readonly iax: IaxRegister;
}

export type ParsedRegister = RegisterByGrammar[keyof RegisterByGrammar];

export type RegisterPartName =
  | 'peer'
  | 'transport'
  | 'user'
  | 'domain'
  | 'domainPort'
  | 'secret'
  | 'keyName'
  | 'authUser'
  | 'host'
  | 'port'
  | 'extension'
  | 'expiry'
  | 'ignored';

/** One part of the line as written, with what it is. */
export interface NamedRegisterPart {
  readonly name: RegisterPartName;
  readonly part: RegisterPart;
}

/** How a summary shows the parts: masked unless secrets are revealed. */
export interface RegisterShown {
  /** A part as shown (any password in it masked). */
  part(part: RegisterPart | undefined): string;
  /** The password as shown: itself when revealed, else the mask. */
  secret(text: string): string;
}

/** What one grammar says about its own statements. */
export interface RegisterGrammar<Statement> {
  /** The parts written on the line, in the order of the line. */
  parts(parsed: Statement): readonly NamedRegisterPart[];
  /** What a part of this grammar is, in one line for the hover. */
  partText(name: RegisterPartName): string;
  /** Why Asterisk drops the line (the parser's message), when it does. */
  rejectedBecause(parsed: Statement): string | undefined;
  /** What Asterisk does with an accepted line, from its side, in one sentence without its final period. */
  summary(parsed: Statement, shown: RegisterShown): string;
  /** The password written on the line, to keep out of every text; undefined when there is none (a key name is no secret). */
  secret(parsed: Statement): string | undefined;
}

/** One parsed statement with what its grammar says about it. */
export interface RegisterReading {
  readonly parts: readonly NamedRegisterPart[];
  partText(name: RegisterPartName): string;
  readonly rejectedBecause: string | undefined;
  summary(shown: RegisterShown): string;
  readonly secret: string | undefined;
}

const GRAMMARS: { readonly [K in keyof RegisterByGrammar]: RegisterGrammar<RegisterByGrammar[K]> } = {
  sip: sipRegisterGrammar,
  iax: iaxRegisterGrammar,
};

/** The reading of a parsed statement by the grammar that parsed it. */
export function readRegister(parsed: ParsedRegister): RegisterReading {
  return readWith(parsed.dialect, parsed);
}

function readWith<K extends keyof RegisterByGrammar>(grammarId: K, parsed: RegisterByGrammar[K]): RegisterReading {
  const grammar: RegisterGrammar<RegisterByGrammar[K]> = GRAMMARS[grammarId];
  return {
    parts: grammar.parts(parsed),
    partText: (name) => grammar.partText(name),
    rejectedBecause: grammar.rejectedBecause(parsed),
    summary: (shown) => grammar.summary(parsed, shown),
    secret: grammar.secret(parsed),
  };
}
