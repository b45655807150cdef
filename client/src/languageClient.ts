/**
 * Builds the LanguageClient: the server module over node-ipc, the documents it serves, what it is told at
 * initialize (workspace trust), and the bounded restart policy.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { RestartLimitErrorHandler } from './restartPolicy';

export const LANGUAGES = ['asterisk-sip', 'asterisk-iax', 'asterisk'] as const;

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
    synchronize: { configurationSection: 'asterisk' },
    outputChannel,
    initializationOptions,
    errorHandler,
  };
  // The id 'asterisk' is also the settings prefix the client reads its trace level from: asterisk.trace.server.
  return new LanguageClient('asterisk', 'Asterisk Config Language Server', serverOptions, clientOptions);
}
