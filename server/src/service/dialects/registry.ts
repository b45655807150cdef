/**
 * The dialect modules (dialect.ts `DialectModule`: core, rules, checks, features), asked by the server,
 * the CLI and the validation pipeline instead of branching on the dialect (issue #16). Adding a dialect:
 * a folder with its core.ts and module.ts, listed here and in cores.ts.
 */
import type { FileDialect } from '../dialect';
import type { DialectModule } from './dialect';
import { genericDialect } from './generic/module';
import { iaxDialect } from './iax/module';
import { pjsipDialect } from './pjsip/module';
import { sipDialect } from './sip/module';

let modules: readonly DialectModule[] | undefined;

/**
 * Every module, in the order of cores.ts. Listed on first use: the modules import the features, and a
 * feature module that is still loading when this file loads would be read as undefined.
 */
export function allDialects(): readonly DialectModule[] {
  modules ??= [sipDialect, iaxDialect, pjsipDialect, genericDialect];
  return modules;
}

export function dialectModule(id: FileDialect): DialectModule {
  return allDialects().find((module) => module.id === id) ?? genericDialect;
}
