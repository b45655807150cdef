// Diagnostics travel from the language server to the editor, and follow edits.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, test, waitForDiagnostics, workspaceFile } from './harness';

const KEY_BEFORE_SECTION = 'key-before-section';

function isKeyBeforeSection(diagnostic: vscode.Diagnostic): boolean {
  return codeOf(diagnostic) === KEY_BEFORE_SECTION;
}

test('a key line before any section is reported, and the report goes away once it is fixed', async () => {
  const uri = workspaceFile('asterisk/broken/sip.conf');
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);

  const reported = await waitForDiagnostics(uri, (all) => all.some(isKeyBeforeSection), `a ${KEY_BEFORE_SECTION} diagnostic`);
  const diagnostic = reported.find(isKeyBeforeSection);
  assert.ok(diagnostic);
  assert.equal(diagnostic.source, 'asterisk');
  assert.equal(diagnostic.range.start.line, 0);

  // Give the stray key a section of its own, as a user would.
  const fix = new vscode.WorkspaceEdit();
  fix.insert(uri, new vscode.Position(0, 0), '[general]\n');
  assert.equal(await vscode.workspace.applyEdit(fix), true);
  assert.equal(document.lineAt(0).text, '[general]');
  await waitForDiagnostics(uri, (all) => !all.some(isKeyBeforeSection), `the ${KEY_BEFORE_SECTION} diagnostic to go away after the fix`);

  // Leave the fixture as found: take the line out again (the report comes back), then save, which
  // rewrites the file's original bytes. (The revert command acts on whatever editor has focus, which
  // in the headless workbench is not always this one.)
  const undo = new vscode.WorkspaceEdit();
  undo.delete(uri, new vscode.Range(0, 0, 1, 0));
  assert.equal(await vscode.workspace.applyEdit(undo), true);
  assert.equal(document.lineAt(0).text, 'qualify=yes');
  await waitForDiagnostics(uri, (all) => all.some(isKeyBeforeSection), `the ${KEY_BEFORE_SECTION} diagnostic to come back after the line is removed`);
  assert.equal(await document.save(), true);
});
