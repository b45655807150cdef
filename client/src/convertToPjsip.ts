/**
 * The command "Asterisk: Convert sip.conf to pjsip.conf": asks the server for the migration of a sip.conf
 * (its include tree resolved there) and opens the result as a new untitled pjsip document beside the
 * source. It never writes a file: the user reviews the result and saves it where they want.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export const CONVERT_TO_PJSIP_COMMAND = 'asterisk.convertToPjsip';
const CONVERT_TO_PJSIP_REQUEST = 'asterisk/convertToPjsip';
const PJSIP_LANGUAGE = 'asterisk-pjsip';

/** The server's answer (server/src/service/features/convertToPjsip.ts). */
interface ConvertToPjsipResult {
  readonly rootUri: string;
  readonly text: string;
  readonly endpoints: readonly string[];
  readonly unmapped: readonly { readonly section: string; readonly option: string; readonly reason: string }[];
}

/** What the command hands back to a caller (the extension-host tests read it). */
export interface ConvertedDocument {
  readonly document: vscode.TextDocument;
  readonly endpoints: readonly string[];
  readonly unmapped: number;
}

/** The source: a URI string (the server's source action), a Uri (explorer, editor title), else the active editor. */
function sourceOf(argument: unknown): vscode.Uri | undefined {
  if (typeof argument === 'string') return vscode.Uri.parse(argument);
  if (argument instanceof vscode.Uri) return argument;
  return vscode.window.activeTextEditor?.document.uri;
}

export async function convertToPjsip(client: LanguageClient, argument: unknown): Promise<ConvertedDocument | undefined> {
  const uri = sourceOf(argument);
  if (!uri) {
    void vscode.window.showErrorMessage('Open a sip.conf to convert it to pjsip.conf.');
    return undefined;
  }
  // Opening it tells the server about it (a file chosen in the explorer may not be open yet).
  const source = await vscode.workspace.openTextDocument(uri);
  if (source.languageId !== 'asterisk-sip') {
    void vscode.window.showErrorMessage(`${vscode.workspace.asRelativePath(uri)} is not a sip.conf (language ${source.languageId}): only chan_sip configurations are converted.`);
    return undefined;
  }
  const result = await client.sendRequest<ConvertToPjsipResult | null>(CONVERT_TO_PJSIP_REQUEST, { uri: client.code2ProtocolConverter.asUri(uri) });
  if (!result) {
    void vscode.window.showErrorMessage('The language server could not convert this file.');
    return undefined;
  }
  // Until the pjsip language is contributed, VS Code would refuse the id: the result opens as plain text.
  const language = (await vscode.languages.getLanguages()).includes(PJSIP_LANGUAGE) ? PJSIP_LANGUAGE : 'plaintext';
  const document = await vscode.workspace.openTextDocument({ language, content: result.text });
  await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  const endpoints = `${result.endpoints.length} endpoint${result.endpoints.length === 1 ? '' : 's'}`;
  const count = result.unmapped.length;
  const message =
    count === 0
      ? `Converted ${vscode.workspace.asRelativePath(vscode.Uri.parse(result.rootUri))} to pjsip.conf: ${endpoints}, every line carried over. Review it, then save it.`
      : `Converted to pjsip.conf: ${endpoints}; ${count} line${count === 1 ? '' : 's'} could not be carried over (each is a comment with its reason in the new document).`;
  void vscode.window.showInformationMessage(message);
  return { document, endpoints: result.endpoints, unmapped: count };
}
