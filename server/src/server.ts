/**
 * LSP glue: capabilities, the open documents, and routing each request to the pure service.
 * Nothing here knows Asterisk; it owns the per-document parse (kept incrementally) and the debounce.
 */
import {
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { ConfigDocument } from './service/parser/configDocument';
import { dialectOfLanguage, type FileDialect } from './service/dialect';
import { doValidation, type ValidationSettings } from './service/features/validation';
import type { RuleSetting } from './service/rules';
import { runSafeNotification } from './utils/runner';

export interface RuntimeEnvironment {
  readonly timer: {
    setTimeout(callback: () => void, ms: number): { dispose(): void };
  };
}

interface OpenDocument {
  readonly uri: string;
  readonly languageId: string;
  readonly dialect: FileDialect;
  readonly parsed: ConfigDocument;
  pending?: { dispose(): void };
}

interface ServerSettings {
  readonly lint: Readonly<Record<string, RuleSetting | undefined>>;
  readonly validationDelay: number;
}

const DEFAULT_SETTINGS: ServerSettings = { lint: {}, validationDelay: 200 };

export function startServer(connection: Connection, runtime: RuntimeEnvironment): void {
  const documents = new Map<string, OpenDocument>();
  let settings: ServerSettings = DEFAULT_SETTINGS;
  let canPullConfiguration = false;
  const logger = { error: (message: string) => connection.console.error(message) };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    canPullConfiguration = params.capabilities.workspace?.configuration === true;
    const options = params.initializationOptions as { validationDelay?: number } | undefined;
    if (typeof options?.validationDelay === 'number') settings = { ...settings, validationDelay: options.validationDelay };
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      },
      serverInfo: { name: 'asterisk-conf' },
    };
  });

  connection.onInitialized(() => {
    void refreshSettings();
  });

  connection.onDidChangeConfiguration(() => {
    void refreshSettings();
  });

  async function refreshSettings(): Promise<void> {
    if (canPullConfiguration) {
      try {
        const section = (await connection.workspace.getConfiguration('asterisk')) as
          | { lint?: Record<string, RuleSetting>; validation?: { delay?: number } }
          | null;
        settings = {
          lint: section?.lint ?? {},
          validationDelay: typeof section?.validation?.delay === 'number' ? section.validation.delay : settings.validationDelay,
        };
      } catch (error) {
        logger.error(`Reading settings failed: ${String(error)}`);
      }
    }
    for (const document of documents.values()) scheduleValidation(document);
  }

  connection.onDidOpenTextDocument(({ textDocument }) =>
    runSafeNotification(logger, 'didOpen', () => {
      const document: OpenDocument = {
        uri: textDocument.uri,
        languageId: textDocument.languageId,
        dialect: dialectOfLanguage(textDocument.languageId),
        parsed: new ConfigDocument(textDocument.text, textDocument.version),
      };
      documents.get(textDocument.uri)?.pending?.dispose();
      documents.set(textDocument.uri, document);
      scheduleValidation(document, 0);
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
      document.parsed.applyChanges(contentChanges, textDocument.version ?? document.parsed.version + 1);
      scheduleValidation(document);
    }),
  );

  connection.onDidCloseTextDocument(({ textDocument }) =>
    runSafeNotification(logger, 'didClose', () => {
      const document = documents.get(textDocument.uri);
      document?.pending?.dispose();
      documents.delete(textDocument.uri);
      void connection.sendDiagnostics({ uri: textDocument.uri, diagnostics: [] });
    }),
  );

  function scheduleValidation(document: OpenDocument, delay = settings.validationDelay): void {
    document.pending?.dispose();
    const version = document.parsed.version;
    document.pending = runtime.timer.setTimeout(() => {
      document.pending = undefined;
      // Never publish for a stale version: a newer change reschedules.
      if (documents.get(document.uri) !== document || document.parsed.version !== version) return;
      runSafeNotification(logger, 'validation', () => {
        const validationSettings: ValidationSettings = { rules: settings.lint };
        const diagnostics = doValidation(document.parsed, {}, validationSettings);
        void connection.sendDiagnostics({ uri: document.uri, version, diagnostics });
      });
    }, delay);
  }

  connection.listen();
}
