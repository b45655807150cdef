// Configs changed on disk by another program (server/src/watchedFiles.ts): the server registers its file
// watchers with VS Code, and the open sip.conf's diagnostics follow files no editor has open.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { codeOf, test, waitForDiagnostics, workspaceFile } from './harness';

const SIP = '[general]\nallowguest=no\n#include sip_custom.conf\n[alice]\ntype=friend\nhost=dynamic\nsecret=Xk9-Long-Pass\ncontext=office\n';

const has = (code: string) => (all: readonly vscode.Diagnostic[]) => all.some((diagnostic) => codeOf(diagnostic) === code);
const hasNot = (code: string) => (all: readonly vscode.Diagnostic[]) => !has(code)(all);

test('extensions.conf and an included file changed on disk by another program update the open sip.conf’s diagnostics', async () => {
  // A folder of its own, made here and removed after: no other test reads it.
  const folder = workspaceFile('asterisk/watched');
  const onDisk = (name: string) => path.join(folder.fsPath, name);
  fs.mkdirSync(folder.fsPath, { recursive: true });
  try {
    fs.writeFileSync(onDisk('sip.conf'), SIP);
    fs.writeFileSync(onDisk('extensions.conf'), '[general]\n[sales]\nexten => 100,1,NoOp()\n');
    const uri = vscode.Uri.joinPath(folder, 'sip.conf');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
    await waitForDiagnostics(uri, (all) => has('unknown-context')(all) && has('include-problem')(all), 'unknown-context and the missing sip_custom.conf');

    fs.writeFileSync(onDisk('extensions.conf'), '[general]\n[sales]\nexten => 100,1,NoOp()\n[office]\nexten => 200,1,NoOp()\n');
    await waitForDiagnostics(uri, hasNot('unknown-context'), 'unknown-context to go once extensions.conf on disk defines office');
    fs.writeFileSync(onDisk('extensions.conf'), '[general]\n[sales]\nexten => 100,1,NoOp()\n[orders]\nexten => 200,1,NoOp()\n');
    await waitForDiagnostics(uri, has('unknown-context'), 'unknown-context to come back once office is renamed on disk');

    fs.writeFileSync(onDisk('sip_custom.conf'), '; written by a script\n');
    await waitForDiagnostics(uri, hasNot('include-problem'), 'the include problem to go once sip_custom.conf is created');
    fs.rmSync(onDisk('sip_custom.conf'));
    await waitForDiagnostics(uri, has('include-problem'), 'the include problem to come back once sip_custom.conf is deleted');
  } finally {
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    fs.rmSync(folder.fsPath, { recursive: true, force: true });
  }
});
