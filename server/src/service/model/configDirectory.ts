/**
 * The config directory a document lives in, as Asterisk sees it: the root file that includes it (an
 * included file starts inside the includer's current section), and the dialplan contexts of
 * extensions.conf there. The language server and the CLI both ask this, so an included file is checked
 * the same way in the editor and on the command line. Pure: files come through the IncludeHost.
 */
import { analyze, type Analysis } from '../analysis';
import type { FileDialect } from '../dialect';
import type { ConfigDocument } from '../parser/configDocument';
import { DIALECT_CORES, dialectCore } from '../dialects/cores';
import type { ServiceSettings } from '../settings';
import { folderOf } from './buildModel';
import { indexDialplan, type DialplanIndex } from './dialplan';
import { collectIncludeTree } from './includeTree';
import type { ConfigFile, IncludeHost } from './types';

/** The file Asterisk loads by name (sip.conf, pjsip.conf); anything else of the dialect is read only through an #include. */
function rootNameOf(dialect: FileDialect): string | undefined {
  return dialectCore(dialect).rootFileName;
}

function baseName(uri: string): string {
  return uri.slice(uri.lastIndexOf('/') + 1).toLowerCase();
}

/** Where a document stands: the root that includes it, or why there is none. */
export interface DocumentPlace {
  /** The file that includes the document, when it is not a root itself. */
  readonly root?: ConfigFile;
  /** The document is a file on disk, no root (not sip.conf / iax.conf), and no root of its folder includes it. */
  readonly includerMissing: boolean;
}

export interface AnalysedFile {
  readonly uri: string;
  readonly analysis: Analysis;
}

export class ConfigDirectory {
  /** Per folder: the documents the index was built from (the host's, compared by identity) and their versions. */
  private readonly dialplans = new Map<string, { files: readonly { uri: string; document: ConfigDocument; version: number }[]; index: DialplanIndex }>();

  /**
   * @param host reads files (open editor documents first, when the host knows them).
   * @param isOpen whether a file is open in an editor: its version numbers are then the editor's, so a
   *   cached dialplan index is never trusted for it.
   */
  constructor(
    private readonly host: IncludeHost,
    private readonly isOpen: (uri: string) => boolean = () => false,
  ) {}

  /** The root of the document's folder that includes it (sip.conf for sip_custom.conf), if any. */
  rootFor(uri: string, dialect: FileDialect): ConfigFile | undefined {
    const rootName = rootNameOf(dialect);
    if (rootName === undefined) return undefined;
    const rootUri = `${folderOf(uri)}/${rootName}`;
    if (rootUri === uri) return undefined;
    const loaded = this.host.load(rootUri);
    if (!('document' in loaded)) return undefined;
    const tree = collectIncludeTree(rootUri, this.host, folderOf(rootUri));
    return tree.files.some((file) => file.uri === uri) ? { uri: rootUri, document: loaded.document } : undefined;
  }

  /**
   * The dialect of the root of the document's folder that includes it (pjsip.conf includes
   * custom_endpoints.conf: pjsip), for a file whose name says no dialect. The first root, in the order of
   * dialects/cores.ts, that includes it.
   */
  dialectIncluding(uri: string): FileDialect | undefined {
    for (const core of DIALECT_CORES) if (core.rootFileName !== undefined && this.rootFor(uri, core.id)) return core.id;
    return undefined;
  }

  /** The root that includes the document, or whether it is a fragment nobody includes. */
  placeOf(uri: string, dialect: FileDialect): DocumentPlace {
    const root = this.rootFor(uri, dialect);
    if (root) return { root, includerMissing: false };
    // An unsaved buffer (untitled:) has no folder to be included from: it is read as a whole file.
    const rootName = rootNameOf(dialect);
    return { includerMissing: rootName !== undefined && uri.startsWith('file:') && baseName(uri) !== rootName };
  }

  /**
   * extensions.conf of the document's folder (with its includes), indexed again only when one of its files
   * changed. A file read from disk again is a new document (of the same version 0): the documents are
   * compared, not only their versions, or a change on disk would keep the old contexts.
   */
  dialplanFor(uri: string): DialplanIndex | undefined {
    const folder = folderOf(uri);
    const tree = collectIncludeTree(`${folder}/extensions.conf`, this.host, folder);
    if (!tree.files.length) return undefined;
    const cached = this.dialplans.get(folder);
    const unchanged =
      cached !== undefined &&
      cached.files.length === tree.files.length &&
      tree.files.every((file, index) => {
        const before = cached.files[index];
        return before.uri === file.uri && before.document === file.document && before.version === file.document.version && !this.isOpen(file.uri);
      });
    if (cached && unchanged) return cached.index;
    const index = indexDialplan(tree.files);
    this.dialplans.set(folder, { files: tree.files.map((file) => ({ uri: file.uri, document: file.document, version: file.document.version })), index });
    return index;
  }

  /**
   * A file as the command line checks it: analysed where Asterisk reads it (inside the root that includes
   * it, when there is one), followed by every file it includes, each analysed in the same root's context.
   * A problem when the file itself cannot be read.
   */
  analyseTree(uri: string, dialect: FileDialect, settings: ServiceSettings): AnalysedFile[] | { readonly problem: string; readonly detail?: string } {
    const loaded = this.host.load(uri);
    if ('problem' in loaded) return { problem: loaded.problem, detail: loaded.detail };
    const place = this.placeOf(uri, dialect);
    const dialplan = this.dialplanFor(uri);
    const host = this.host;
    const first = analyze(uri, loaded.document, dialect, { host, root: place.root, includerMissing: place.includerMissing, dialplan, settings });
    const root = place.root ?? { uri, document: loaded.document };
    const results: AnalysedFile[] = [{ uri, analysis: first }];
    const seen = new Set([uri, root.uri]);
    // The files this one brings in: for a root all of its tree, for an included file those after it that it includes.
    const own = place.root ? includedBy(first, uri) : first.model.files.map((file) => file.uri);
    for (const file of first.model.files) {
      if (seen.has(file.uri) || !own.includes(file.uri)) continue;
      seen.add(file.uri);
      results.push({ uri: file.uri, analysis: analyze(file.uri, file.document, dialect, { host, root, dialplan, settings }) });
    }
    return results;
  }
}

/** The files an included file itself includes, directly or further down. */
function includedBy(analysis: Analysis, uri: string): string[] {
  const found = new Set<string>([uri]);
  for (const link of analysis.model.includes) if (found.has(link.uri)) for (const target of link.targets) found.add(target);
  found.delete(uri);
  return [...found];
}
