/**
 * Who each dialect is and how its files are read (dialect.ts `DialectCore`), for the Analysis, the config
 * directory and the language ids. The full modules, with features and checks, are in registry.ts; this
 * table imports no feature, so the Analysis can ask it.
 */
import type { FileDialect } from '../dialect';
import type { DialectCore } from './dialect';
import { genericCore } from './generic/core';
import { iaxCore } from './iax/core';
import { pjsipCore } from './pjsip/core';
import { sipCore } from './sip/core';

/** In the order that decides which dialect claims a file name (the first that matches). */
export const DIALECT_CORES: readonly DialectCore[] = [sipCore, iaxCore, pjsipCore, genericCore];

export function dialectCore(id: FileDialect): DialectCore {
  return DIALECT_CORES.find((core) => core.id === id) ?? genericCore;
}

/** The dialect of a VS Code language id; undefined for a language that is none of ours. */
export function dialectOfLanguageId(languageId: string): DialectCore | undefined {
  return DIALECT_CORES.find((core) => core.languageId === languageId);
}

/** The dialect that claims files of this name (folder and case ignored); undefined when none does. */
export function dialectClaiming(fileName: string): DialectCore | undefined {
  const base = fileName.replace(/^.*[\\/]/, '').toLowerCase();
  return DIALECT_CORES.find((core) => core.matchesFileName(base));
}

/** The dialect whose files have this name (folder and case ignored); the generic one when none claims it. */
export function dialectOfBaseName(fileName: string): DialectCore {
  return dialectClaiming(fileName) ?? genericCore;
}
