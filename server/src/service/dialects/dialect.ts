/**
 * One dialect of Asterisk configuration (sip.conf, iax.conf, pjsip.conf, any other .conf) behind one
 * interface (issue #16): who it is (id, language id, the files it owns), how the model of an Analysis is
 * built for it, which rules it adds to the global rule table, and the editor features it answers. The
 * server and the CLI ask the registry (registry.ts) for the module of a document's dialect instead of
 * branching on the dialect; a feature a module does not provide answers empty.
 *
 * A next dialect (users.conf, pjsip_wizard.conf) is one new folder with a module of this shape, added to
 * the registry.
 */
import type {
  CodeAction,
  CodeActionContext,
  CodeLens,
  CompletionList,
  Diagnostic,
  DocumentHighlight,
  DocumentSymbol,
  Hover,
  InlayHint,
  Location,
  Position,
  Range,
  SemanticTokens,
  SymbolInformation,
  WorkspaceEdit,
} from 'vscode-languageserver-types';
import type { Analysis } from '../analysis';
import type { FileDialect, LanguageId } from '../dialect';
import type { DocumentChanges } from '../model/patchModel';
import type { ConfigFile, ConfigModel, IncludeHost } from '../model/types';
import type { ParseIssueCode } from '../parser/nodes';
import type { Rule } from '../rules';
import type { PjsipModel } from './pjsip/model';
import type { DialectSecrets } from './secrets';

/** What `prepareRename` answers: the range and name to edit, a refusal the editor shows, or nothing to rename here. */
export type PrepareRenameResult = { range: Range; placeholder: string } | { readonly error: string } | null;
/** What `rename` answers: the edit, a refusal, or nothing to rename here. */
export type RenameAnswer = WorkspaceEdit | { readonly error: string } | null;

export interface CodeActionEnvironment {
  /** Random numbers in [0, 1) for generated secrets (the server passes a cryptographic source). */
  readonly random?: () => number;
}

/**
 * The editor features of a dialect, each taking the document's Analysis. Every hook is optional: the
 * server answers a missing one with the empty answer (no hover, no items), never with another dialect's.
 */
export interface DialectFeatures {
  hover?(analysis: Analysis, position: Position): Hover | null;
  completion?(analysis: Analysis, position: Position): CompletionList;
  inlayHints?(analysis: Analysis, range: Range): InlayHint[];
  codeLenses?(analysis: Analysis): CodeLens[];
  documentSymbols?(analysis: Analysis): DocumentSymbol[];
  codeActions?(analysis: Analysis, range: Range, context: CodeActionContext, environment: CodeActionEnvironment): CodeAction[];
  definition?(analysis: Analysis, position: Position): Location[];
  references?(analysis: Analysis, position: Position, includeDeclaration: boolean): Location[];
  documentHighlights?(analysis: Analysis, position: Position): DocumentHighlight[];
  prepareRename?(analysis: Analysis, position: Position): PrepareRenameResult;
  rename?(analysis: Analysis, position: Position, newName: string): RenameAnswer;
  semanticTokens?(analysis: Analysis): SemanticTokens;
  /** The symbols matching `query` in the open documents of this dialect (a module gets only its own). */
  workspaceSymbols?(analyses: readonly Analysis[], query: string): SymbolInformation[];
}

/** The models an Analysis carries: the shared one (sections, includes, templates), and the dialect's own. */
export interface AnalysisModels {
  readonly model: ConfigModel;
  /** pjsip.conf's objects and references (dialects/pjsip/model.ts), for the pjsip dialect only. */
  readonly pjsip?: PjsipModel;
}

/**
 * Who a dialect is and how its files are read: what the Analysis and the config directory need. Kept
 * apart from the features (DialectModule) so the Analysis can ask it without importing every feature.
 */
export interface DialectCore {
  readonly id: FileDialect;
  readonly languageId: LanguageId;
  /** The file Asterisk loads by name (`sip.conf`): the root the other files of the dialect are included from. */
  readonly rootFileName?: string;
  /** Whether a file of this (lower-case, folder-less) name is of this dialect, as package.json's filenamePatterns say. */
  matchesFileName(baseName: string): boolean;
  /** What holds a password in this dialect's files (dialects/secrets.ts); without it, chan_sip's and chan_iax2's secret options. */
  readonly secrets?: DialectSecrets;
  /** Parse checks that mean nothing in this dialect (a second [general] is not special in pjsip.conf). */
  readonly parseChecksOff?: ReadonlySet<ParseIssueCode>;
  /**
   * Whether the chan_sip / chan_iax2 semantic checks of features/rules run on this dialect's files (kept
   * incremental per section and endpoint in validation.ts).
   */
  readonly channelChecks: boolean;
  /**
   * How the models of an Analysis are built for this dialect's files. Without it the shared model is built
   * with this dialect's id, reusing the previous version's (and patched on a keystroke, patchModel.ts).
   */
  buildModels?(root: ConfigFile, options: BuildModelsOptions): AnalysisModels;
}

export interface BuildModelsOptions {
  readonly host?: IncludeHost;
  /** The models of the previous version of the same root: what did not change is reused. */
  readonly previous?: AnalysisModels;
  /** What changed in the root document since `previous`, when that is all (the keystroke path). */
  readonly changedLines?: DocumentChanges;
}

export interface DialectModule extends DialectCore {
  /**
   * The dialect's rules beyond the parse rules (ids, default severities, summaries): they join the global
   * rule table (lintRules.ts), so they get settings, suppression comments, SARIF and the README table.
   */
  readonly rules: readonly Rule[];
  /**
   * The dialect's own semantic checks over its model, run after the parse checks on every validation;
   * the diagnostics' severities already follow the user's settings. Suppression comments and the
   * per-file cap are applied by the validation pipeline.
   */
  checks?(analysis: Analysis): Diagnostic[];
  /**
   * The same diagnostics as `checks`, for a validation that keeps its list placed between runs (issue
   * #18): what changed since the run whose `token` is `last`, so that a keystroke costs what it changed.
   */
  placedChecks?(analysis: Analysis, last: object | undefined): PlacedChecks;
  readonly features: DialectFeatures;
}

/** One run of a dialect's checks, as `placedChecks` answers (features/validation.ts keeps them placed). */
export interface PlacedChecks {
  /** Stands for this run: passed back as `last` by the next run. */
  readonly token: object;
  /** The diagnostics computed afresh every run, in `checks`' order: they come before the findings there. */
  readonly everyRun: readonly Diagnostic[];
  /**
   * What changed in the findings since the run `last` stands for, when that is known: the diagnostics given
   * for those gone (the very objects: as `findings` gave them, or `added`), and those come, at their lines
   * now. A finding that moved with its line is in neither; its diagnostic keeps the range it was given.
   */
  readonly changes?: { readonly removed: readonly Diagnostic[]; readonly added: readonly Diagnostic[] };
  /**
   * Every finding in `checks`' order: the diagnostic given for it, and its line now when that is not the
   * diagnostic's own (it moved with its line since it was made).
   */
  findings(): { readonly items: readonly Diagnostic[]; readonly lines: ReadonlyMap<Diagnostic, number> };
}
