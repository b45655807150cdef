/**
 * The language status item ({} in the status bar next to the language mode) for Asterisk files: the
 * dialect, the config directory #include names resolve against, and how many files the include tree
 * pulls in. The server knows all three; the item asks it with `asterisk/documentInfo`.
 */
import * as vscode from 'vscode';
import type { DocumentInfo } from './api';

const DIALECT_NAMES: Record<DocumentInfo['dialect'], string> = {
  sip: 'chan_sip (sip.conf)',
  iax: 'chan_iax2 (iax.conf)',
  pjsip: 'chan_pjsip (pjsip.conf)',
  generic: 'Asterisk config',
};
/** Typing changes the include count only when an #include line changes; a short pause is enough. */
const REFRESH_DELAY_MS = 500;

export function describeDocumentInfo(info: DocumentInfo): { text: string; detail: string } {
  const files = info.includedFiles === 1 ? '1 included file' : `${info.includedFiles} included files`;
  const directory = vscode.Uri.parse(info.configDirectory);
  return { text: `${DIALECT_NAMES[info.dialect]} · ${files}`, detail: `config directory ${directory.scheme === 'file' ? directory.fsPath : directory.toString()}` };
}

export function createLanguageStatus(
  selector: vscode.DocumentSelector,
  documentInfo: (uri: vscode.Uri) => Promise<DocumentInfo | null>,
): vscode.Disposable & { refresh(): void } {
  const item = vscode.languages.createLanguageStatusItem('asterisk.documentInfo', selector);
  item.name = 'Asterisk document';
  item.text = 'Asterisk';
  item.command = { title: 'Show server log', command: 'asterisk.showOutput' };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let request = 0;

  const refresh = (): void => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || vscode.languages.match(selector, editor.document) === 0) return;
    const uri = editor.document.uri;
    // Answers can arrive out of order (a slow first analysis); only the latest request may write.
    const thisRequest = ++request;
    item.busy = true;
    documentInfo(uri).then(
      (info) => {
        if (thisRequest !== request) return;
        item.busy = false;
        item.severity = vscode.LanguageStatusSeverity.Information;
        if (!info) {
          item.text = 'Asterisk';
          item.detail = 'not analysed yet';
          return;
        }
        const { text, detail } = describeDocumentInfo(info);
        item.text = text;
        item.detail = detail;
      },
      (error: unknown) => {
        if (thisRequest !== request) return;
        item.busy = false;
        item.severity = vscode.LanguageStatusSeverity.Warning;
        item.text = 'Asterisk: language server not running';
        item.detail = error instanceof Error ? error.message : String(error);
      },
    );
  };
  const refreshSoon = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(refresh, REFRESH_DELAY_MS);
  };

  const subscriptions = [
    item,
    vscode.window.onDidChangeActiveTextEditor(refresh),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document === vscode.window.activeTextEditor?.document) refreshSoon();
    }),
  ];
  refresh();
  return {
    refresh,
    dispose: () => {
      if (timer) clearTimeout(timer);
      for (const subscription of subscriptions) subscription.dispose();
    },
  };
}
