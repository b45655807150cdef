/**
 * The VS Code side: starts the language server over node-ipc and adds the small UI a user expects
 * (output channel, restart command). Everything about Asterisk lives in the server.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

const LANGUAGES = ['asterisk-sip', 'asterisk-iax', 'asterisk'];
let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const outputChannel = vscode.window.createOutputChannel('Asterisk Config Language Server', { log: true });
  context.subscriptions.push(outputChannel);
  const clientOptions: LanguageClientOptions = {
    documentSelector: LANGUAGES.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
      { scheme: 'vscode-remote', language },
    ]),
    synchronize: { configurationSection: 'asterisk' },
    outputChannel,
  };
  client = new LanguageClient('asterisk', 'Asterisk Config Language Server', serverOptions, clientOptions);
  context.subscriptions.push(
    vscode.commands.registerCommand('asterisk.restartServer', async () => {
      outputChannel.appendLine('Restarting the language server…');
      await client?.restart();
    }),
    vscode.commands.registerCommand('asterisk.showOutput', () => outputChannel.show(true)),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
