/**
 * What the extension returns from activate(): a small API for the extension-host tests (and any
 * extension that wants to know about the server). Tests reach it with
 * `vscode.extensions.getExtension('asterisk-conf.asterisk-conf').exports`.
 */
import type * as vscode from 'vscode';

/** The answer of the server's `asterisk/documentInfo` request. */
export interface DocumentInfo {
  readonly dialect: 'sip' | 'iax' | 'pjsip' | 'generic';
  /** URI of the folder #include names are resolved against (the folder of the root file). */
  readonly configDirectory: string;
  /** Files the document's include tree pulls in besides its root. */
  readonly includedFiles: number;
}

export type ServerState = 'starting' | 'running' | 'stopped';

export interface AsteriskConfApi {
  /** The pid of the language server process while it runs (test use: the crash test kills it). */
  serverPid(): number | undefined;
  serverState(): ServerState;
  /** Fires on every state change of the language client (a crash: running → starting → running). */
  readonly onDidChangeServerState: vscode.Event<ServerState>;
  /** The messages shown to the user about server crashes, oldest first. */
  crashMessages(): readonly string[];
  documentInfo(uri: vscode.Uri): Promise<DocumentInfo | null>;
}
