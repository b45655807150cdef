// The editor reads the workspace's .asterisk-conf.json like the CLI does (server/src/projectSettings.ts);
// a rule the user sets in the editor wins over it (the client tells the server which: languageClient.ts).
import * as vscode from 'vscode';
import { codeOf, test, waitForDiagnostics, workspaceFile } from './harness';

const RULE = 'key-before-section';

function severityOf(all: readonly vscode.Diagnostic[]): vscode.DiagnosticSeverity | undefined {
  return all.find((diagnostic) => codeOf(diagnostic) === RULE)?.severity;
}

test('.asterisk-conf.json sets rule severities in the editor; a setting the user chose wins over it', async () => {
  const uri = workspaceFile('asterisk/broken/sip.conf');
  const projectFile = workspaceFile('.asterisk-conf.json');
  const lint = vscode.workspace.getConfiguration('asterisk');
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  await waitForDiagnostics(uri, (all) => severityOf(all) === vscode.DiagnosticSeverity.Error, `${RULE} as an error (its default)`);
  try {
    await vscode.workspace.fs.writeFile(projectFile, Buffer.from(JSON.stringify({ rules: { [RULE]: 'hint' } })));
    await waitForDiagnostics(uri, (all) => severityOf(all) === vscode.DiagnosticSeverity.Hint, `${RULE} as a hint, from .asterisk-conf.json`);
    await lint.update(`lint.${RULE}`, 'warning', vscode.ConfigurationTarget.Global);
    await waitForDiagnostics(uri, (all) => severityOf(all) === vscode.DiagnosticSeverity.Warning, `${RULE} as a warning, from the user's setting`);
    await lint.update(`lint.${RULE}`, undefined, vscode.ConfigurationTarget.Global);
    await waitForDiagnostics(uri, (all) => severityOf(all) === vscode.DiagnosticSeverity.Hint, `${RULE} as a hint again once the setting is removed`);
  } finally {
    await lint.update(`lint.${RULE}`, undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.fs.delete(projectFile).then(undefined, () => undefined);
  }
  await waitForDiagnostics(uri, (all) => severityOf(all) === vscode.DiagnosticSeverity.Error, `${RULE} as an error again once the file is gone`);
});
