/**
 * The catalog loader: one entry point for every feature that needs option data. The catalogs are plain
 * arrays; this file builds, once per dialect, a lookup map keyed by lower-cased name and alias, because
 * Asterisk matches option names case-insensitively and completion / validation look names up per line.
 */

import type { Combine, Dialect, OptionCatalog, OptionEntry, SectionScope } from './catalogTypes';
import { profileOf } from '../dialects/channel';

interface IndexedCatalog {
  readonly catalog: OptionCatalog;
  /** Lower-cased canonical names and aliases → entry. */
  readonly byName: ReadonlyMap<string, OptionEntry>;
}

function indexCatalog(dialect: Dialect, options: readonly OptionEntry[]): IndexedCatalog {
  const byName = new Map<string, OptionEntry>();
  // Canonical names first, so an alias can never shadow a real option of the same name.
  for (const option of options) {
    const key = option.name.toLowerCase();
    if (!byName.has(key)) byName.set(key, option);
  }
  for (const option of options) {
    for (const alias of option.aliases ?? []) {
      const key = alias.toLowerCase();
      if (!byName.has(key)) byName.set(key, option);
    }
  }
  return { catalog: { dialect, options }, byName };
}

const indexed = new Map<Dialect, IndexedCatalog>();

/** Built lazily so that importing the module costs nothing until a catalog is actually used. */
function indexedCatalog(dialect: Dialect): IndexedCatalog {
  let entry = indexed.get(dialect);
  if (!entry) {
    const options = profileOf(dialect).options();
    entry = indexCatalog(dialect, options);
    indexed.set(dialect, entry);
  }
  return entry;
}

export function getCatalog(dialect: Dialect): OptionCatalog {
  return indexedCatalog(dialect).catalog;
}

/** Finds an option by name or alias, ignoring case like Asterisk does. Aliases resolve to the canonical entry. */
export function lookupOption(dialect: Dialect, name: string): OptionEntry | undefined {
  return indexedCatalog(dialect).byName.get(name.trim().toLowerCase());
}

/** Every option accepted in the given section scope, in catalog order. */
export function optionsForScope(dialect: Dialect, scope: SectionScope): readonly OptionEntry[] {
  return getCatalog(dialect).options.filter((option) => option.sections.includes(scope));
}

/** How several lines of the option in one section combine (catalogTypes `Combine`). */
export function combineOf(option: OptionEntry): Combine {
  if (option.accumulates) return 'accumulate';
  return option.repeatable ? 'list' : 'replace';
}
