/**
 * Builds the LanguageClient: the server module over node-ipc, the documents it serves, what it is told at
 * initialize (workspace trust), and the bounded restart policy.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ConfigurationMiddleware, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { RestartLimitErrorHandler } from './restartPolicy';

export const LANGUAGES = ['asterisk-sip', 'asterisk-iax', 'asterisk-pjsip', 'asterisk'] as const;

/** file: local; untitled: new buffers; vscode-remote: a workspace opened through a remote authority. */
export const DOCUMENT_SELECTOR: { readonly scheme: string; readonly language: string }[] = LANGUAGES.flatMap((language) =>
  ['file', 'untitled', 'vscode-remote'].map((scheme) => ({ scheme, language })),
);

/**
 * What the server reads in onInitialize. `trusted: false` (restricted mode) makes it follow #include only
 * inside the workspace folders, which it takes from the standard `workspaceFolders` of initialize; the
 * copy here documents what restricted mode is scoped to. A function, so a restart re-reads trust.
 */
export function initializationOptions(): { trusted: boolean; workspaceFolders: string[] } {
  return {
    trusted: vscode.workspace.isTrusted,
    workspaceFolders: (vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.toString()),
  };
}

/** The settings the server lets a folder's .asterisk-conf.json decide unless the user set them. */
function explicitKeysOf(scopeUri: string | undefined): string[] {
  const configuration = vscode.workspace.getConfiguration('asterisk', scopeUri ? vscode.Uri.parse(scopeUri) : undefined);
  const lint = configuration.get<Record<string, unknown>>('lint') ?? {};
  return ['asteriskVersion', ...Object.keys(lint).map((id) => `lint.${id}`)].filter((key) => {
    const inspected = configuration.inspect(key);
    return (
      inspected !== undefined &&
      [inspected.globalValue, inspected.workspaceValue, inspected.workspaceFolderValue, inspected.globalLanguageValue, inspected.workspaceLanguageValue, inspected.workspaceFolderLanguageValue].some((value) => value !== undefined)
    );
  });
}

/**
 * Answers the server's `workspace/configuration` as usual, and adds to each `asterisk` section the keys
 * the user set (`explicitKeys`): VS Code fills in every default, and the server must tell a rule left at
 * its default (the project's .asterisk-conf.json decides) from one the user chose (the editor wins).
 */
const withExplicitKeys: ConfigurationMiddleware['configuration'] = async (params, token, next) => {
  const answers = await next(params, token);
  if (!Array.isArray(answers)) return answers;
  return answers.map((answer: unknown, index) => {
    const item = params.items[index];
    if (item?.section !== 'asterisk' || typeof answer !== 'object' || answer === null) return answer;
    return { ...answer, explicitKeys: explicitKeysOf(item.scopeUri) };
  });
};

export function createLanguageClient(
  context: vscode.ExtensionContext,
  outputChannel: vscode.LogOutputChannel,
  errorHandler: RestartLimitErrorHandler,
): LanguageClient {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    // No fileEvents here: the server registers its own watchers (the configs it reads and .asterisk-conf.json,
    // server/src/watchedFiles.ts), the same way for every editor that lets it.
    synchronize: { configurationSection: 'asterisk' },
    middleware: { workspace: { configuration: withExplicitKeys } },
    outputChannel,
    initializationOptions,
    errorHandler,
  };
  // The id 'asterisk' is also the settings prefix the client reads its trace level from: asterisk.trace.server.
  return new LanguageClient('asterisk', 'Asterisk Config Language Server', serverOptions, clientOptions);
}
