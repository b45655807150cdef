/**
 * LSP glue: capabilities, the open documents, settings, and routing each request to the pure service.
 * It owns the per-document parse (kept incrementally), the analysis cache and the debounce; nothing
 * here knows Asterisk.
 */
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  ResponseError,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { analyze, type Analysis } from './service/analysis';
import { dialectOfDocument, dialectOfLanguage, type FileDialect } from './service/dialect';
import { ConfigDocument, type LineDelta } from './service/parser/configDocument';
import { applyTrackedChange, changeAffects, type DocumentChange } from './staleDocuments';
import { diskChangesAffect, isProjectConfig, WATCHED_GLOBS, type DiskChange } from './watchedFiles';
import { DEFAULT_SETTINGS, type ServiceSettings } from './service/settings';
import { ProjectSettings, type EditorSettings, type ProjectConfigResult } from './projectSettings';
import { doSyntaxValidation, publishDiagnostics } from './service/features/validation';
import { sameDiagnostics } from './service/features/sameDiagnostics';
import { convertToPjsip, CONVERT_TO_PJSIP_REQUEST } from './service/features/convertToPjsip';
import { getFoldingRanges, getSelectionRanges } from './service/features/folding';
import { getDocumentLinks } from './service/features/documentLinks';
import { SEMANTIC_TOKENS_LEGEND } from './service/features/semanticTokens';
import { format } from './service/features/formatting';
import type { DialectFeatures } from './service/dialects/dialect';
import { dialectModule } from './service/dialects/registry';
import { ConfigDirectory } from './service/model/configDirectory';
import type { IncludeHost } from './service/model/types';
import { folderOf } from './service/model/buildModel';
import { runSafe, runSafeNotification } from './utils/runner';

export interface RuntimeEnvironment {
  readonly timer: {
    setTimeout(callback: () => void, ms: number): { dispose(): void };
  };
  /** Follows #include on disk; open documents take precedence over disk. */
  createIncludeHost?(openDocument: (uri: string) => ConfigDocument | undefined, allowedRoots?: readonly string[]): IncludeHost;
  /** File names (not paths) in a folder given as a file URI; [] when unreadable. */
  listDirectory?(folderUri: string): string[];
  /** A cryptographic random number in [0, 1) for generated secrets. */
  random?(): number;
  /** The `.asterisk-conf.json` of a folder given as a URI, if there is one (see projectSettings.ts). */
  readProjectConfig?(folderUri: string): ProjectConfigResult | undefined;
  /** A file (or folder) changed on disk: what the include host keeps of it is read again (watchedFiles.ts). */
  fileChanged?(uri: string): void;
}

interface OpenDocument {
  readonly uri: string;
  readonly languageId: string;
  readonly dialect: FileDialect;
  readonly parsed: ConfigDocument;
  pending?: { dispose(): void };
  /**
   * `readFiles`: the files the analysis read, its include tree and its folder's dialplan tree (staleDocuments.ts);
   * `awaitsFile`: an include of its tree found no file (watchedFiles.ts).
   */
  cache?: { version: number; analysis: Analysis; readFiles: ReadonlySet<string>; awaitsFile: boolean };
  /**
   * What changed since the cached analysis, while it can take the keystroke path: every change in the
   * order applied (one keystroke, or a multi-cursor edit, a replace-all, a formatter's list), or 'many'.
   */
  changed?: LineDelta[] | 'many';
  /**
   * A change to another document, or to the settings, may have changed this one's analysis since the cache
   * (staleDocuments.ts): the next analysis is a full one, even for the same version.
   */
  stale: boolean;
  /**
   * The list last sent for this document (what the client shows for it): an equal list is not sent again,
   * whatever the version (issue #18). Unset until the first publish after open, which is always sent.
   */
  published?: readonly Diagnostic[];
}

/**
 * From this many lines on, opening a file publishes each line's own syntax problems at once and the full
 * list when the analysis is done (README "Large files"): at 10k endpoints the analysis takes a few hundred ms.
 */
const EARLY_SYNTAX_LINES = 20000;

/** Past this many changes since the cached analysis, the next one is a full rebuild anyway (see patchModel). */
const MAX_TRACKED_CHANGES = 64;

interface ServerOptions {
  validationDelay: number;
}

export function startServer(connection: Connection, runtime: RuntimeEnvironment): void {
  const documents = new Map<string, OpenDocument>();
  let projectSettings = new ProjectSettings({ reportProblem: (message) => logger.error(message) });
  const options: ServerOptions = { validationDelay: 200 };
  let canPullConfiguration = false;
  let clientSendsFolderChanges = false;
  let canRegisterWatchers = false;
  let allowedRoots: string[] | undefined;
  const logger = { error: (message: string) => connection.console.error(message) };

  let host: IncludeHost | undefined;
  /** Roots and dialplans of the config directories (the same service the CLI uses). */
  let configDirectory: ConfigDirectory | undefined;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    canPullConfiguration = params.capabilities.workspace?.configuration === true;
    clientSendsFolderChanges = params.capabilities.workspace?.workspaceFolders === true;
    canRegisterWatchers = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    const init = params.initializationOptions as { validationDelay?: number; trusted?: boolean; workspaceFolders?: string[] } | undefined;
    if (typeof init?.validationDelay === 'number') options.validationDelay = init.validationDelay;
    // Restricted mode (untrusted workspace): never read a file outside the workspace folders.
    if (init?.trusted === false) allowedRoots = (params.workspaceFolders ?? []).map((folder) => folder.uri);
    host = runtime.createIncludeHost?.((uri) => documents.get(uri)?.parsed, allowedRoots);
    configDirectory = host ? new ConfigDirectory(host, (uri) => documents.has(uri)) : undefined;
    projectSettings = new ProjectSettings({ readProjectConfig: runtime.readProjectConfig, allowedRoots, reportProblem: (message) => logger.error(message) });
    projectSettings.setWorkspaceFolders((params.workspaceFolders ?? []).map((folder) => folder.uri));
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        completionProvider: { triggerCharacters: ['=', '>', '[', '(', ',', '@', ':', '/', '#', ' '], resolveProvider: false },
        hoverProvider: true,
        inlayHintProvider: true,
        codeLensProvider: { resolveProvider: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite, CodeActionKind.Source] },
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        foldingRangeProvider: true,
        selectionRangeProvider: true,
        definitionProvider: true,
        declarationProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        renameProvider: { prepareProvider: true },
        documentLinkProvider: { resolveProvider: false },
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'asterisk-conf' },
    };
  });

  connection.onInitialized(() => {
    // A folder added to (or removed from) the workspace: its settings and its .asterisk-conf.json apply at once.
    if (clientSendsFolderChanges) {
      connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) =>
        runSafeNotification(logger, 'didChangeWorkspaceFolders', () => {
          const gone = new Set(removed.map((folder) => folder.uri));
          const folders = projectSettings.folders.filter((folder) => !gone.has(folder));
          for (const folder of added) if (!folders.includes(folder.uri)) folders.push(folder.uri);
          projectSettings.setWorkspaceFolders(folders);
          void refreshSettings();
        }),
      );
    }
    // The configs and .asterisk-conf.json files changed on disk by another program (watchedFiles.ts).
    if (canRegisterWatchers) {
      connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: WATCHED_GLOBS.map((globPattern) => ({ globPattern })) })
        .catch((error: unknown) => logger.error(`Registering the file watchers failed: ${String(error)}`));
    }
    void refreshSettings();
  });
  connection.onDidChangeConfiguration(() => void refreshSettings());
  connection.onDidChangeWatchedFiles(({ changes }) =>
    runSafeNotification(logger, 'didChangeWatchedFiles', () => {
      // A .asterisk-conf.json was created, changed or deleted: the settings of every document.
      if (changes.some((change) => isProjectConfig(change.uri))) {
        projectSettings.changed();
        revalidateAll();
      }
      // An open file is the editor's: its buffer is what is read, whatever the disk holds.
      const onDisk: DiskChange[] = changes.filter((change) => !isProjectConfig(change.uri) && !documents.has(change.uri));
      for (const change of onDisk) runtime.fileChanged?.(change.uri);
      for (const document of documents.values()) {
        const dependent = { uri: document.uri, readFiles: document.cache?.readFiles, awaitsFile: document.cache?.awaitsFile ?? true };
        if (!diskChangesAffect(onDisk, dependent)) continue;
        document.stale = true;
        if (!document.pending) scheduleValidation(document);
      }
    }),
  );

  async function refreshSettings(): Promise<void> {
    if (canPullConfiguration) {
      try {
        // The settings are resource-scoped: one answer per workspace folder, and one for files outside them.
        const folders = projectSettings.folders;
        const answers = (await connection.workspace.getConfiguration([{ section: 'asterisk' }, ...folders.map((scopeUri) => ({ scopeUri, section: 'asterisk' }))])) as unknown[];
        const raw = answers[0] as { validation?: { delay?: unknown } } | null;
        projectSettings.setEditorSettings(readEditorSettings(raw), new Map(folders.map((folder, index) => [folder, readEditorSettings(answers[index + 1])])));
        if (typeof raw?.validation?.delay === 'number') options.validationDelay = raw.validation.delay;
      } catch (error) {
        logger.error(`Reading settings failed: ${String(error)}`);
      }
    } else projectSettings.changed();
    revalidateAll();
  }

  function revalidateAll(): void {
    for (const document of documents.values()) {
      document.stale = true;
      scheduleValidation(document);
    }
  }

  /**
   * A change to one document (an edit, an open, a close): the other open documents it can affect are stale
   * (staleDocuments.ts), and validated again after the usual delay so that their diagnostics follow
   * (sip.conf's unknown context, once extensions.conf defines it).
   */
  function markOthersStale(change: DocumentChange): void {
    for (const other of documents.values()) {
      if (!changeAffects(change, { uri: other.uri, readFiles: other.cache?.readFiles })) continue;
      other.stale = true;
      // A validation already pending analyses what is there when it runs: left as it is, so that a change
      // elsewhere never delays it (a large file's first full list, due at once after its open).
      if (!other.pending) scheduleValidation(other);
    }
  }

  /** The dialect a change to the document is judged by: its name's or its language's ('generic' for plain `asterisk`). */
  function changeOf(document: OpenDocument, mayChangeIncludes: boolean): DocumentChange {
    return { uri: document.uri, dialect: analysedAsOf(document), mayChangeIncludes };
  }

  connection.onDidOpenTextDocument(({ textDocument }) =>
    runSafeNotification(logger, 'didOpen', () => {
      documents.get(textDocument.uri)?.pending?.dispose();
      const document: OpenDocument = {
        uri: textDocument.uri,
        languageId: textDocument.languageId,
        dialect: dialectOfLanguage(textDocument.languageId),
        parsed: new ConfigDocument(textDocument.text, textDocument.version),
        stale: true,
      };
      documents.set(textDocument.uri, document);
      // The buffer replaces the file on disk, whatever it holds.
      markOthersStale(changeOf(document, true));
      if (document.parsed.lineCount < EARLY_SYNTAX_LINES) scheduleValidation(document, 0);
      else {
        // The analysis waits until the early list is written: the writer writes on the next turn of the
        // event loop, and a timer due by then would run the analysis (a second and more) first, so the
        // early list would reach the client with the full one (issue #18).
        const version = document.parsed.version;
        void publishSyntaxFirst(document).then(
          () => {
            if (documents.get(document.uri) === document && document.parsed.version === version) scheduleValidation(document, 0);
          },
          () => undefined,
        );
      }
    }),
  );

  connection.onDidChangeTextDocument(({ textDocument, contentChanges }) =>
    runSafeNotification(logger, 'didChange', () => {
      const document = documents.get(textDocument.uri);
      if (!document) return;
      if (textDocument.version !== null && textDocument.version <= document.parsed.version) {
        logger.error(`Ignoring a stale change to ${textDocument.uri} (version ${textDocument.version} ≤ ${document.parsed.version}).`);
        return;
      }
      // One by one, to see whether one of them may add or remove an include (staleDocuments.ts).
      const deltas: LineDelta[] = [];
      let mayChangeIncludes = false;
      for (const contentChange of contentChanges) {
        const tracked = applyTrackedChange(document.parsed, contentChange);
        deltas.push(tracked.delta);
        mayChangeIncludes ||= tracked.mayChangeIncludes;
      }
      document.parsed.version = textDocument.version ?? document.parsed.version + 1;
      if (document.changed !== 'many') {
        const changed: LineDelta[] = document.changed ?? [];
        document.changed = changed;
        for (const delta of deltas) changed.push(delta);
        if (changed.length > MAX_TRACKED_CHANGES) document.changed = 'many';
      }
      scheduleValidation(document);
      markOthersStale(changeOf(document, mayChangeIncludes));
    }),
  );

  connection.onDidCloseTextDocument(({ textDocument }) =>
    runSafeNotification(logger, 'didClose', () => {
      const document = documents.get(textDocument.uri);
      document?.pending?.dispose();
      documents.delete(textDocument.uri);
      // The file on disk is read again in place of the buffer.
      if (document) markOthersStale(changeOf(document, true));
      void connection.sendDiagnostics({ uri: textDocument.uri, diagnostics: [] });
    }),
  );

  /** The dialect a document is analysed as (the language id, or the file name for plain `asterisk`). */
  function analysedAsOf(document: OpenDocument): FileDialect {
    const dialect = dialectOfDocument(document.dialect, document.uri);
    return document.languageId === 'asterisk' ? 'generic' : dialect;
  }

  /** A large file's first diagnostics, before its analysis: each line's own syntax problems (doSyntaxValidation). */
  function publishSyntaxFirst(document: OpenDocument): Promise<void> {
    const diagnostics = doSyntaxValidation(document.parsed, analysedAsOf(document), projectSettings.settingsFor(document.uri, folderOf(document.uri)));
    document.published = diagnostics;
    return connection.sendDiagnostics({ uri: document.uri, version: document.parsed.version, diagnostics });
  }

  function analysisOf(document: OpenDocument): Analysis {
    const cached = document.cache;
    if (cached && cached.version === document.parsed.version && !document.stale) return cached.analysis;
    const dialect = dialectOfDocument(document.dialect, document.uri);
    const changed = document.changed;
    // The keystroke path only when nothing but this document's own lines changed since the cache: no change
    // elsewhere made it stale (staleDocuments.ts).
    const onlyThisChanged = cached !== undefined && !document.stale && changed !== 'many';
    // On the keystroke path nothing but this document changed: its root and the dialplan are the previous
    // analysis's, so a keystroke walks no include tree and touches no disk.
    const previous = onlyThisChanged ? cached?.analysis : undefined;
    const folder = folderOf(document.uri);
    // A file whose name says no dialect is read in the dialect of the root that includes it (as Asterisk
    // reads it, and as the CLI checks it); on the keystroke path, as the previous version was.
    const analysedAs = document.languageId === 'asterisk' ? (previous?.dialect ?? configDirectory?.dialectIncluding(document.uri) ?? 'generic') : dialect;
    const place = previous
      ? { root: previous.model.root.uri === document.uri ? undefined : previous.model.root, includerMissing: previous.documentContext.fragment === true }
      : configDirectory?.placeOf(document.uri, analysedAs);
    const analysis = analyze(document.uri, document.parsed, analysedAs, {
      host,
      root: place?.root,
      includerMissing: place?.includerMissing,
      dialplan: previous ? previous.dialplan : configDirectory?.dialplanFor(document.uri),
      settings: projectSettings.settingsFor(document.uri, folder),
      siblingFiles: runtime.listDirectory ? () => runtime.listDirectory!(folder) : undefined,
      previous: cached?.analysis,
      changedLines: onlyThisChanged && changed ? changed : undefined,
    });
    // The files of its include tree and of its dialplan. On the keystroke path the dialplan is the previous
    // one: while the include tree is too, so is the set (no new set per keystroke).
    let readFiles = cached?.readFiles;
    let awaitsFile = cached?.awaitsFile ?? true;
    if (!previous || !readFiles || analysis.model.files !== previous.model.files) {
      const files = new Set(analysis.model.files.map((file) => file.uri));
      for (const uri of analysis.dialplan?.files ?? []) files.add(uri);
      readFiles = files;
      awaitsFile = analysis.model.includes.some((link) => link.targets.length === 0);
    }
    document.cache = { version: document.parsed.version, analysis, readFiles, awaitsFile };
    document.changed = undefined;
    document.stale = false;
    return analysis;
  }

  function scheduleValidation(document: OpenDocument, delay = options.validationDelay): void {
    document.pending?.dispose();
    const version = document.parsed.version;
    document.pending = runtime.timer.setTimeout(() => {
      document.pending = undefined;
      // Never publish for a stale version: a newer change reschedules.
      if (documents.get(document.uri) !== document || document.parsed.version !== version) return;
      runSafeNotification(logger, 'validation', () => {
        // Capped (issue #19), and only the diagnostics shown are given their current lines (issue #18).
        const analysis = analysisOf(document);
        const diagnostics = publishDiagnostics(analysis);
        // The client already shows an equal list (issue #18): an edit that changed no diagnostic, its
        // position included (a line inserted above moves ranges: that is sent), a revalidation after a
        // settings change or of the full list after the early one. Closing clears it: a reopened document
        // publishes again.
        if (document.published && sameDiagnostics(document.published, diagnostics)) return;
        document.published = diagnostics;
        void connection.sendDiagnostics({ uri: document.uri, version, diagnostics });
      });
    }, delay);
  }

  /** Route a request about one document; unknown documents get the fallback. */
  function withAnalysis<T>(name: string, uri: string, token: CancellationToken, fallback: T, work: (analysis: Analysis) => T): T | ResponseError<void> {
    return runSafe(logger, name, token, fallback, () => {
      const document = documents.get(uri);
      return document ? work(analysisOf(document)) : fallback;
    });
  }

  /**
   * Route a request to the feature of the document's dialect (dialects/registry.ts); a dialect without
   * that feature answers with the fallback, never with another dialect's.
   */
  function withFeature<K extends keyof DialectFeatures, T>(
    name: string,
    uri: string,
    token: CancellationToken,
    fallback: T,
    feature: K,
    work: (hook: NonNullable<DialectFeatures[K]>, analysis: Analysis) => T,
  ): T | ResponseError<void> {
    return withAnalysis(name, uri, token, fallback, (analysis) => {
      const hook = dialectModule(analysis.dialect).features[feature];
      return hook ? work(hook as NonNullable<DialectFeatures[K]>, analysis) : fallback;
    });
  }

  connection.onCompletion((params, token) =>
    withFeature('completion', params.textDocument.uri, token, { isIncomplete: false, items: [] }, 'completion', (complete, a) => complete(a, params.position)),
  );
  connection.onHover((params, token) => withFeature('hover', params.textDocument.uri, token, null, 'hover', (hover, a) => hover(a, params.position)));
  connection.languages.inlayHint.on((params, token) =>
    withFeature('inlayHint', params.textDocument.uri, token, [], 'inlayHints', (hints, a) => (a.settings.directionHints === 'inlayHints' ? hints(a, params.range) : [])),
  );
  connection.onCodeLens((params, token) =>
    withFeature('codeLens', params.textDocument.uri, token, [], 'codeLenses', (lenses, a) => (a.settings.directionHints === 'codeLens' ? lenses(a) : [])),
  );
  connection.onCodeAction((params, token) =>
    withFeature('codeAction', params.textDocument.uri, token, [], 'codeActions', (actions, a) =>
      actions(a, params.range, params.context, runtime.random ? { random: runtime.random } : {}),
    ),
  );
  connection.onDocumentSymbol((params, token) => withFeature('documentSymbol', params.textDocument.uri, token, [], 'documentSymbols', (symbols, a) => symbols(a)));
  connection.onWorkspaceSymbol((params, token) =>
    runSafe(logger, 'workspaceSymbol', token, [], () => {
      // Each dialect lists the symbols of its own open documents.
      const byModule = new Map<DialectFeatures, Analysis[]>();
      for (const analysis of [...documents.values()].map(analysisOf)) {
        const features = dialectModule(analysis.dialect).features;
        byModule.set(features, [...(byModule.get(features) ?? []), analysis]);
      }
      return [...byModule].flatMap(([features, analyses]) => features.workspaceSymbols?.(analyses, params.query) ?? []);
    }),
  );
  connection.onFoldingRanges((params, token) => withAnalysis('foldingRange', params.textDocument.uri, token, [], (a) => getFoldingRanges(a)));
  connection.onSelectionRanges((params, token) =>
    withAnalysis('selectionRange', params.textDocument.uri, token, [], (a) => getSelectionRanges(a, params.positions)),
  );
  connection.onDefinition((params, token) => withFeature('definition', params.textDocument.uri, token, [], 'definition', (definition, a) => definition(a, params.position)));
  connection.onDeclaration((params, token) => withFeature('declaration', params.textDocument.uri, token, [], 'definition', (definition, a) => definition(a, params.position)));
  connection.onReferences((params, token) =>
    withFeature('references', params.textDocument.uri, token, [], 'references', (references, a) => references(a, params.position, params.context.includeDeclaration)),
  );
  connection.onDocumentHighlight((params, token) =>
    withFeature('documentHighlight', params.textDocument.uri, token, [], 'documentHighlights', (highlights, a) => highlights(a, params.position)),
  );
  connection.onPrepareRename((params, token) => {
    const result = withFeature('prepareRename', params.textDocument.uri, token, null, 'prepareRename', (prepare, a) => prepare(a, params.position));
    return result && 'error' in result ? new ResponseError(0, String(result.error)) : result;
  });
  connection.onRenameRequest((params, token) => {
    const result = withFeature('rename', params.textDocument.uri, token, null, 'rename', (rename, a) => rename(a, params.position, params.newName));
    return result && 'error' in result ? new ResponseError(0, String(result.error)) : result;
  });
  connection.onDocumentLinks((params, token) => withAnalysis('documentLinks', params.textDocument.uri, token, [], (a) => getDocumentLinks(a)));
  connection.onDocumentFormatting((params, token) => withAnalysis('formatting', params.textDocument.uri, token, [], (a) => format(a, undefined)));
  connection.onDocumentRangeFormatting((params, token) =>
    withAnalysis('rangeFormatting', params.textDocument.uri, token, [], (a) => format(a, params.range)),
  );
  connection.languages.semanticTokens.on((params, token) =>
    withFeature('semanticTokens', params.textDocument.uri, token, { data: [] }, 'semanticTokens', (tokens, a) => tokens(a)),
  );
  // For the client's language status item: the dialect, where #include names resolve, how many files come in.
  connection.onRequest('asterisk/documentInfo', (params: { uri: string }, token) =>
    withAnalysis('documentInfo', params.uri, token, null, (a) => ({
      dialect: a.dialect,
      configDirectory: folderOf(a.model.root.uri),
      includedFiles: a.model.files.length - 1,
    })),
  );

  // The client's "Convert sip.conf to pjsip.conf" command: the migration of the document's include tree.
  connection.onRequest(CONVERT_TO_PJSIP_REQUEST, (params: { uri: string }, token) => withAnalysis('convertToPjsip', params.uri, token, null, (a) => convertToPjsip(a)));

  connection.listen();
}

/** The editor's settings of one scope, with the keys the user set when the client says (`explicitKeys`, see languageClient.ts). */
export function readEditorSettings(raw: unknown): EditorSettings {
  const explicit = (raw as { explicitKeys?: unknown } | null | undefined)?.explicitKeys;
  const explicitKeys = Array.isArray(explicit) ? new Set(explicit.filter((key): key is string => typeof key === 'string')) : undefined;
  return { settings: readSettings(raw), ...(explicitKeys ? { explicitKeys } : {}) };
}

/** The `asterisk` configuration section, defensively read (a user can write anything in settings.json). */
export function readSettings(raw: unknown): ServiceSettings {
  const section = (raw ?? {}) as Record<string, unknown>;
  const lint = typeof section.lint === 'object' && section.lint !== null ? (section.lint as ServiceSettings['lint']) : {};
  const format = (section.format ?? {}) as Record<string, unknown>;
  const hover = (section.hover ?? {}) as Record<string, unknown>;
  const hints = section.directionHints;
  return {
    lint,
    asteriskVersion: typeof section.asteriskVersion === 'number' ? section.asteriskVersion : DEFAULT_SETTINGS.asteriskVersion,
    revealSecretsInHover: hover.revealSecrets === true,
    directionHints: hints === 'codeLens' || hints === 'off' || hints === 'inlayHints' ? hints : DEFAULT_SETTINGS.directionHints,
    format: {
      spaceAroundOperator: format.spaceAroundOperator === true,
      alignOperators: format.alignOperators === true,
    },
  };
}
