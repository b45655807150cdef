/**
 * Everything a feature needs about one open document, computed once per document version
 * (STYLE.md rule 1): the parse, the model of the include tree the document belongs to, the dialplan
 * contexts, the settings. Features take an `Analysis` and never re-parse.
 */
import type { FileDialect } from './dialect';
import type { PjsipModel } from './dialects/pjsip/model';
import { dialectCore } from './dialects/cores';
import type { ConfigDocument } from './parser/configDocument';
import type { DocumentContext } from './parser/documentIssues';
import { buildModel } from './model/buildModel';
import { patchModel, type DocumentChanges } from './model/patchModel';
import type { DialplanIndex } from './model/dialplan';
import type { ConfigFile, ConfigModel, IncludeHost, Section } from './model/types';
import { DEFAULT_SETTINGS, type ServiceSettings } from './settings';

export interface Analysis {
  /** The document the request is about. */
  readonly uri: string;
  readonly document: ConfigDocument;
  readonly dialect: FileDialect;
  /** The model of the include tree; its root may be another file that includes this one. */
  readonly model: ConfigModel;
  /** The pjsip model of the include tree (objects, references), for pjsip.conf and the files it includes. */
  readonly pjsip?: PjsipModel;
  /** Contexts of extensions.conf in the same config directory, when there is one. */
  readonly dialplan?: DialplanIndex;
  readonly settings: ServiceSettings;
  /** How the document starts (in a section, after sections of earlier files), for the parse checks. */
  readonly documentContext: DocumentContext;
  /** Other files of the config directory (for #include completion): listed only when asked for. */
  readonly siblingFiles?: () => readonly string[];
}

export interface AnalyzeOptions {
  readonly host?: IncludeHost;
  /** The file that includes this document, when it is not a root itself. */
  readonly root?: ConfigFile;
  /**
   * No root includes this document although it is not one itself (sip_nat.conf opened alone): lines before
   * its first section are a fragment's, noted once instead of refused (see configDirectory.ts).
   */
  readonly includerMissing?: boolean;
  readonly dialplan?: DialplanIndex;
  readonly settings?: ServiceSettings;
  readonly siblingFiles?: () => readonly string[];
  /** The analysis of the previous version: what did not change is reused (see buildModel). */
  readonly previous?: Analysis;
  /**
   * What changed in this document since `previous`, when that is all: lines changed in place, one change,
   * or every change in the order applied (multi-cursor, replace-all). Enables the keystroke path (patchModel).
   */
  readonly changedLines?: DocumentChanges;
}

export function analyze(uri: string, document: ConfigDocument, dialect: FileDialect, options: AnalyzeOptions = {}): Analysis {
  const root = options.root ?? { uri, document };
  const core = dialectCore(dialect);
  let model: ConfigModel;
  let pjsip: PjsipModel | undefined;
  if (core.buildModels) {
    const previous = options.previous;
    const changedLines = previous && root.uri === uri ? options.changedLines : undefined;
    ({ model, pjsip } = core.buildModels(root, { host: options.host, ...(previous ? { previous: { model: previous.model, pjsip: previous.pjsip } } : {}), ...(changedLines ? { changedLines } : {}) }));
  } else {
    const previous = options.previous?.model;
    const patched = previous && options.changedLines && root.uri === uri ? patchModel(previous, document, options.changedLines, dialect) : undefined;
    model = patched ?? buildModel(root, dialect, { host: options.host, previous });
  }
  return {
    uri,
    document,
    dialect,
    model,
    ...(pjsip ? { pjsip } : {}),
    dialplan: options.dialplan,
    settings: options.settings ?? DEFAULT_SETTINGS,
    documentContext: root.uri === uri && options.includerMissing ? { fragment: true } : documentContextOf(model, uri),
    siblingFiles: options.siblingFiles,
  };
}

/** For an included file: whether a section is open where it is included, and the sections before it. */
function documentContextOf(model: ConfigModel, uri: string): DocumentContext {
  if (model.root.uri === uri) return {};
  const start = model.fileStarts.get(uri);
  if (!start) return {};
  const sectionsBefore = new Map<string, { isTemplate: boolean }>();
  for (const section of model.sections.slice(0, start.sectionCount)) {
    if (!sectionsBefore.has(section.key)) sectionsBefore.set(section.key, { isTemplate: section.header.isTemplate });
  }
  return { startsInSection: start.inSection, sectionsBefore };
}

/** The section (of this document) that contains `line`, if any: found through the header index, not a scan. */
export function sectionAtLine(analysis: Analysis, line: number): Section | undefined {
  if (line < 0 || line >= analysis.document.lineCount) return undefined;
  const header = analysis.document.sectionHeaderAt(line);
  if (!header) return undefined;
  return analysis.model.sectionsByKey.get(header.node.name.toLowerCase())?.find((section) => section.uri === analysis.uri && section.headerLine === header.line);
}
