/**
 * Reads a root file and its includes in Asterisk's order and builds the sections, endpoints and
 * register statements. An included file starts in the includer's current section; after the include
 * the includer keeps its own section (asterisk-facts.md §1.5).
 */
import type { FileDialect } from '../dialect';
import type { ConfigDocument } from '../parser/configDocument';
import type { DirectiveNode, SectionHeaderNode } from '../parser/nodes';
import { EntryRecord, SectionRecord } from './records';
import { buildEndpoint, effectiveLinesCache, generalDefaults, type EffectiveLines, type GeneralDefaults } from './endpoints';
import { channelProfile } from '../dialects/channel';
import type {
  ConfigFile,
  ConfigModel,
  Endpoint,
  FileStart,
  IncludeHost,
  IncludeLink,
  RegisterStatement,
  Section,
  SectionKind,
} from './types';

/** MAX_INCLUDE_LEVEL in main/config.c: the root file counts as level 1, so at most nine nested files. */
export const MAX_INCLUDE_DEPTH = 10;
/** Files included several times are read each time, as Asterisk does; this bounds a pathological tree. */
export const MAX_FILES_VISITED = 2000;
/**
 * The budget of the expanded model: lines read over every visit of every file, the root's included
 * (issue #19: 2000 includes of a 25,000-line file were 50 million entries). An include that would pass
 * it is not followed and says so on its line; README.md ("Limits") documents it.
 */
export const MAX_EXPANDED_LINES = 1_000_000;

export interface BuildOptions {
  readonly host?: IncludeHost;
  /** Where relative include names start; default: the folder of the root file. */
  readonly configDirectoryUri?: string;
  /**
   * The model of the previous version of the same root: sections, entries and endpoints whose lines
   * did not change (same node objects, same line numbers) are reused instead of rebuilt, so a
   * keystroke in a 90k-line file costs a walk over the lines, not a rebuild of every endpoint.
   */
  readonly previous?: ConfigModel;
  /** The budget of lines read over all visits (default MAX_EXPANDED_LINES; tests pass a smaller one). */
  readonly maxExpandedLines?: number;
}

/** Register statements of a section, kept while the section object is reused. */
const registerCache = new WeakMap<Section, readonly RegisterStatement[]>();

export function sectionKind(name: string, isTemplate: boolean, dialect: FileDialect): SectionKind {
  const key = name.toLowerCase();
  if (key === 'general') return 'general';
  const special = channelProfile(dialect)?.specialSections.get(key);
  if (special) return special;
  return isTemplate ? 'template' : 'endpoint';
}

/**
 * A host that throws (a file system error it did not expect) makes a problem of that include, never a
 * failed analysis: one bad #include line must not take every feature of the document down (issue #19).
 */
export function guarded<T extends object>(call: () => T): T | { readonly problem: 'unreadable'; readonly detail: string } {
  try {
    return call();
  } catch (error) {
    return { problem: 'unreadable', detail: error instanceof Error ? error.message : String(error) };
  }
}

export function folderOf(uri: string): string {
  const slash = uri.lastIndexOf('/');
  return slash >= 0 ? uri.slice(0, slash) : uri;
}

export function buildModel(root: ConfigFile, dialect: FileDialect, options: BuildOptions = {}): ConfigModel {
  const configDirectoryUri = options.configDirectoryUri ?? folderOf(root.uri);
  const files: ConfigFile[] = [];
  const sections: SectionRecord[] = [];
  const sectionsByKey = new Map<string, SectionRecord[]>();
  const includes: IncludeLink[] = [];
  const execs: { uri: string; line: number }[] = [];
  const previous = options.previous && options.previous.dialect === dialect && options.previous.root.uri === root.uri ? options.previous : undefined;
  const previousByHeader = new Map<SectionHeaderNode, Section>();
  if (previous) for (const section of previous.sections) previousByHeader.set(section.header, section);
  /** For each new section, the previous section with the same header node (a reuse candidate). */
  const candidates = new Map<SectionRecord, Section>();

  const fileStarts = new Map<string, FileStart>();
  /** Each file is loaded (and parsed) once per build, however often it is included. */
  const loadedFiles = new Map<string, ReturnType<IncludeHost['load']>>();
  let linesVisited = 0;
  const maxExpandedLines = options.maxExpandedLines ?? MAX_EXPANDED_LINES;
  const visit = (file: ConfigFile, depth: number, stack: readonly string[], current: SectionRecord | undefined): void => {
    files.push(file);
    linesVisited += file.document.lines.length;
    if (!fileStarts.has(file.uri)) fileStarts.set(file.uri, { sectionCount: sections.length, inSection: current !== undefined });
    const document = file.document;
    const lines = document.lines;
    // Sections and entries read their lines through the document's header index (see records.ts).
    void document.headerLines;
    let headerIndex = -1;
    let anchorLine = 0;
    for (let line = 0; line < lines.length; line++) {
      const node = lines[line];
      if (node.kind === 'section') {
        headerIndex++;
        anchorLine = line;
        const key = node.name.toLowerCase();
        const order = sections.length;
        const section = new SectionRecord(file.uri, document, headerIndex, node, node.name, key, sectionKind(node.name, node.isTemplate, dialect), order);
        for (const option of node.options ?? []) {
          if (option.kind !== 'inherit') continue;
          section.bases.push(sectionsByKey.get(option.text.toLowerCase())?.[0]);
        }
        sections.push(section);
        const candidate = previousByHeader.get(node);
        if (candidate) candidates.set(section, candidate);
        const same = sectionsByKey.get(key);
        if (same) same.push(section);
        else sectionsByKey.set(key, [section]);
        current = section;
      } else if (node.kind === 'keyValue') {
        if (current) {
          const offset = line - anchorLine;
          const previousEntry = candidates.get(current)?.entries[current.entries.length];
          const reusable =
            previousEntry instanceof EntryRecord &&
            previousEntry.node === node &&
            previousEntry.document === document &&
            previousEntry.anchor === headerIndex &&
            previousEntry.header === current.anchor &&
            previousEntry.offset === offset &&
            previousEntry.uri === file.uri;
          current.entries.push(reusable ? previousEntry : new EntryRecord(file.uri, document, headerIndex, offset, node));
        }
      } else if (node.kind === 'directive' && node.argument !== undefined) {
        if (node.name === 'exec') execs.push({ uri: file.uri, line });
        else if (node.name === 'include' || node.name === 'tryinclude') {
          followInclude(file, line, node, depth, stack, current);
        }
      }
    }
  };

  const followInclude = (
    file: ConfigFile,
    line: number,
    node: DirectiveNode,
    depth: number,
    stack: readonly string[],
    current: SectionRecord | undefined,
  ): void => {
    const base = { uri: file.uri, line, argumentSpan: node.argumentSpan!, directive: node.name as 'include' | 'tryinclude' };
    const host = options.host;
    if (!host) {
      includes.push({ ...base, targets: [] });
      return;
    }
    const resolved = guarded(() => host.resolve(node.argument!, configDirectoryUri));
    if ('problem' in resolved) {
      includes.push({ ...base, targets: [], problem: resolved.problem, problemDetail: resolved.detail });
      return;
    }
    // depth counts from 0 for the root; Asterisk's include level counts the root as 1.
    if (depth + 1 >= MAX_INCLUDE_DEPTH) {
      includes.push({ ...base, targets: resolved.uris, problem: 'depth', problemDetail: `more than ${MAX_INCLUDE_DEPTH} nested files` });
      return;
    }
    const link: { problem?: IncludeLink['problem']; problemDetail?: string } = {};
    for (const uri of resolved.uris) {
      if (files.length >= MAX_FILES_VISITED) {
        link.problem = 'budget';
        link.problemDetail = `more than ${MAX_FILES_VISITED} files read through includes`;
        break;
      }
      if (stack.includes(uri)) {
        link.problem = 'cycle';
        link.problemDetail = uri;
        continue;
      }
      let loaded = loadedFiles.get(uri);
      if (!loaded) {
        loaded = guarded(() => host.load(uri));
        loadedFiles.set(uri, loaded);
      }
      if ('problem' in loaded) {
        link.problem = loaded.problem;
        link.problemDetail = loaded.detail ?? uri;
        continue;
      }
      if (linesVisited + loaded.document.lines.length > maxExpandedLines) {
        link.problem = 'budget';
        link.problemDetail = `${linesVisited} lines read so far, ${loaded.document.lines.length} more here; at most ${maxExpandedLines} in all`;
        break;
      }
      visit({ uri, document: loaded.document }, depth + 1, [...stack, uri], current);
    }
    includes.push({ ...base, targets: resolved.uris, ...link });
  };

  visit(root, 0, [root.uri], undefined);
  const rootHeaderVersion = root.document.headerVersion;
  const rootAnchorVersion = root.document.anchorVersion;
  const finalSections = reuseUnchanged(sections, candidates);
  // The sections made by this build (not those reused from the previous one, compacted when they were made).
  for (let index = 0; index < sections.length; index++) if (finalSections[index] === sections[index]) sections[index].compact();
  const finalByKey = new Map<string, Section[]>();
  for (const section of finalSections) {
    const same = finalByKey.get(section.key);
    if (same) same.push(section);
    else finalByKey.set(section.key, [section]);
  }

  const general = finalByKey.get('general')?.[0];
  const endpoints: Endpoint[] = [];
  const endpointsByKey = new Map<string, Endpoint>();
  const registers: RegisterStatement[] = [];
  const profile = channelProfile(dialect);
  if (profile) {
    const memo: EffectiveLines = effectiveLinesCache;
    const defaults = previous && previous.general === general && previousDefaults.get(previous) ? previousDefaults.get(previous)! : generalDefaults(general, dialect);
    for (const [key, group] of finalByKey) {
      const first = group[0];
      if (first.kind !== 'endpoint') continue;
      const members = group.length === 1 ? group : group.filter((section) => section.kind === 'endpoint');
      const before = previous?.endpointsByKey.get(key);
      const beforeGroup = before && previous!.sectionsByKey.get(key);
      const unchanged =
        before &&
        beforeGroup &&
        previous!.general === general &&
        beforeGroup.length === group.length &&
        beforeGroup.every((section, index) => section === group[index]);
      const endpoint = unchanged ? before : buildEndpoint(members, dialect, general, memo, defaults);
      endpoints.push(endpoint);
      endpointsByKey.set(key, endpoint);
    }
    endpoints.sort((a, b) => a.section.order - b.section.order);
    for (const section of finalSections) {
      let own = registerCache.get(section);
      if (!own) {
        const found: RegisterStatement[] = [];
        for (const entry of section.entries) {
          const key = entry.node.key;
          if (key.length !== 8 || key.toLowerCase() !== 'register') continue;
          const parsed = profile.parseRegister(entry.node.value);
          found.push({ entry, section, parsed, valueStart: entry.node.valueSpan.start });
        }
        own = found;
        registerCache.set(section, own);
      }
      for (const register of own) registers.push(register);
    }
    const model = { dialect, root, files, sections: finalSections, sectionsByKey: finalByKey, general, endpoints, endpointsByKey, registers, includes, execs, fileStarts };
    previousDefaults.set(model, defaults);
    headerVersions.set(model, rootHeaderVersion);
    anchorVersions.set(model, rootAnchorVersion);
    return model;
  }

  const model: ConfigModel = {
    dialect,
    root,
    files,
    sections: finalSections,
    sectionsByKey: finalByKey,
    general,
    endpoints,
    endpointsByKey,
    registers,
    includes,
    execs,
    fileStarts,
  };
  headerVersions.set(model, rootHeaderVersion);
  anchorVersions.set(model, rootAnchorVersion);
  return model;
}

const previousDefaults = new WeakMap<ConfigModel, GeneralDefaults>();

/** The root document's header version each model was built at (a patched model keeps its base's). */
const headerVersions = new WeakMap<ConfigModel, number>();

/** Whether the root document's headers are still those `model`'s sections index (see records.ts). */
export function headersUnchanged(model: ConfigModel, document: ConfigDocument): boolean {
  return headerVersions.get(model) === document.headerVersion;
}

/** The root document's anchor version each model was built at: its sections' anchors are maintained while it holds. */
const anchorVersions = new WeakMap<ConfigModel, number>();

/** Whether the anchors of `model`'s root sections are still those the document keeps up to date. */
export function anchorsUnchanged(model: ConfigModel, document: ConfigDocument): boolean {
  return anchorVersions.get(model) === document.anchorVersion;
}

/** For patchModel: the patched model indexes the same headers as the one it came from (or, `headerVersion`, the document's now). */
export function inheritHeaderVersion(model: ConfigModel, from: ConfigModel, headerVersion?: number): void {
  const version = headerVersion ?? headerVersions.get(from);
  if (version !== undefined) headerVersions.set(model, version);
  const anchors = anchorVersions.get(from);
  if (anchors !== undefined) anchorVersions.set(model, anchors);
}

/**
 * Swaps each new section for its previous object when nothing about it changed: same header node,
 * line, end, order, the very same entries, and bases that are themselves the reused objects.
 */
function reuseUnchanged(sections: readonly SectionRecord[], candidates: ReadonlyMap<SectionRecord, Section>): Section[] {
  const replaced = new Map<Section, Section>();
  const result: Section[] = new Array<Section>(sections.length);
  for (let index = 0; index < sections.length; index++) {
    const section = sections[index];
    for (let b = 0; b < section.bases.length; b++) {
      const base = section.bases[b];
      if (base) section.bases[b] = replaced.get(base) ?? base;
    }
    const candidate = candidates.get(section);
    const same =
      candidate instanceof SectionRecord &&
      candidate.document === section.document &&
      candidate.headerIndex === section.headerIndex &&
      candidate.anchor === section.anchor &&
      candidate.order === section.order &&
      candidate.uri === section.uri &&
      candidate.kind === section.kind &&
      candidate.entries.length === section.entries.length &&
      candidate.entries.every((entry, e) => entry === section.entries[e]) &&
      candidate.bases.length === section.bases.length &&
      candidate.bases.every((base, b) => base === section.bases[b]);
    if (same) replaced.set(section, candidate);
    result[index] = same ? candidate : section;
  }
  return result;
}
