/**
 * The VS Code side: starts the language server and adds the small UI a user expects (output channel,
 * restart command, language status item, workspace trust). Everything about Asterisk lives in the server.
 */
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import type { AsteriskConfApi, DocumentInfo, ServerState } from './api';
import { createLanguageClient, DOCUMENT_SELECTOR } from './languageClient';
import { createLanguageStatus } from './languageStatus';
import { convertToPjsip, CONVERT_TO_PJSIP_COMMAND } from './convertToPjsip';
import { RestartLimitErrorHandler, type ServerCrash } from './restartPolicy';
import { restartServer } from './restartServer';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<AsteriskConfApi> {
  const outputChannel = vscode.window.createOutputChannel('Asterisk Config Language Server', { log: true });
  const stateEmitter = new vscode.EventEmitter<ServerState>();
  const crashMessages: string[] = [];
  context.subscriptions.push(outputChannel, stateEmitter);

  // The handler needs the client's process and the client needs the handler: the arrow reads it later.
  const errorHandler = new RestartLimitErrorHandler(
    (crash) => reportCrash(crash, outputChannel, crashMessages),
    () => {
      const serverProcess = languageClient.serverProcess;
      return serverProcess === undefined || !serverProcess.connected || serverProcess.exitCode !== null || serverProcess.signalCode !== null;
    },
  );
  const languageClient: LanguageClient = createLanguageClient(context, outputChannel, errorHandler);
  client = languageClient;
  const documentInfo = async (uri: vscode.Uri): Promise<DocumentInfo | null> =>
    languageClient.sendRequest<DocumentInfo | null>('asterisk/documentInfo', { uri: languageClient.code2ProtocolConverter.asUri(uri) });
  const status = createLanguageStatus(DOCUMENT_SELECTOR, documentInfo);
  let state: ServerState = 'stopped';
  context.subscriptions.push(
    languageClient.onDidChangeState(({ newState }) => {
      state = newState === State.Running ? 'running' : newState === State.Starting ? 'starting' : 'stopped';
      stateEmitter.fire(state);
      if (state === 'running') status.refresh();
    }),
  );


  const restart = async (reason: string): Promise<void> => {
    outputChannel.info(`Restarting the language server (${reason}).`);
    errorHandler.reset();
    await restartServer(languageClient, (message) => outputChannel.warn(message));
  };
  context.subscriptions.push(
    status,
    vscode.commands.registerCommand('asterisk.restartServer', () => restart('restart command')),
    vscode.commands.registerCommand('asterisk.showOutput', () => outputChannel.show(true)),
    vscode.commands.registerCommand(CONVERT_TO_PJSIP_COMMAND, (argument: unknown) => convertToPjsip(languageClient, argument)),
    // Restricted mode keeps #include inside the workspace; once trusted, the server starts over unrestricted.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void restart('workspace trust granted')),
  );

  await languageClient.start();
  return {
    serverPid: () => (languageClient.state === State.Running ? languageClient.serverProcess?.pid : undefined),
    serverState: () => state,
    onDidChangeServerState: stateEmitter.event,
    crashMessages: () => [...crashMessages],
    documentInfo,
  };
}

function reportCrash(crash: ServerCrash, outputChannel: vscode.LogOutputChannel, crashMessages: string[]): void {
  crashMessages.push(crash.message);
  outputChannel.error(crash.message);
  // Not awaited: a notification stays until the user dismisses it, and the restart must not wait for that.
  if (crash.restarting) {
    void vscode.window.showWarningMessage(crash.message, 'Show Log').then((choice) => choice && outputChannel.show(true));
  } else {
    void vscode.window.showErrorMessage(crash.message, 'Restart Server', 'Show Log').then((choice) => {
      if (choice === 'Restart Server') void vscode.commands.executeCommand('asterisk.restartServer');
      else if (choice === 'Show Log') outputChannel.show(true);
    });
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
