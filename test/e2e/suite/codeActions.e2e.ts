// A quick fix travels from a published diagnostic to an applied edit, and the diagnostic goes away.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, openFixture, test, waitForDiagnostics } from './harness';

const SPACE_BEFORE_OPTIONS = 'space-before-options';

test('the quick fix for "[phones] (!)" removes the space and the diagnostic', async () => {
  // Edits stay in memory (never saved): the fixture on disk is unchanged after the run.
  const document = await openFixture('asterisk/quickfix/sip.conf');
  const uri = document.uri;
  const isSpaceBeforeOptions = (diagnostic: vscode.Diagnostic): boolean => codeOf(diagnostic) === SPACE_BEFORE_OPTIONS;
  const diagnostics = await waitForDiagnostics(uri, (all) => all.some(isSpaceBeforeOptions), `a ${SPACE_BEFORE_OPTIONS} diagnostic`);
  const diagnostic = diagnostics.find(isSpaceBeforeOptions);
  assert.ok(diagnostic);
  assert.equal(diagnostic.range.start.line, 5);

  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
  const fix = actions.find((action) => action.title === 'Write [phones](!) without the space');
  assert.ok(fix, `no quick fix among: ${actions.map((action) => action.title).join(' | ')}`);
  // (vscode.executeCodeActionProvider hands back title, kind, edit and command, not `diagnostics`:
  // the link to the diagnostic is checked in test/lsp; here, that applying the edit clears it.)
  assert.equal(fix.kind?.value, vscode.CodeActionKind.QuickFix.value);
  assert.ok(fix.edit, 'the quick fix carries a WorkspaceEdit, not a server command');
  assert.equal(await vscode.workspace.applyEdit(fix.edit), true);
  assert.equal(document.lineAt(5).text, '[phones](!)');
  await waitForDiagnostics(uri, (all) => !all.some(isSpaceBeforeOptions), `the ${SPACE_BEFORE_OPTIONS} diagnostic to go away`);
});
