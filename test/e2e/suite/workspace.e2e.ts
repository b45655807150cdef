// Preconditions of the suite itself, checked first so a broken setup fails loudly rather than oddly.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test, workspaceFile } from './harness';

test('the fixture workspace is open, with auto save off (the suite edits fixtures in memory only)', async () => {
  assert.equal(vscode.workspace.workspaceFolders?.length, 1);
  // VS Code for the web defaults to files.autoSave=afterDelay, which once wrote a test's edit into a fixture.
  assert.equal(vscode.workspace.getConfiguration('files').get('autoSave'), 'off');
  const broken = await vscode.workspace.openTextDocument(workspaceFile('asterisk/broken/sip.conf'));
  assert.equal(broken.lineAt(0).text, 'qualify=yes', 'asterisk/broken/sip.conf was changed on disk; restore it from git');
});
