// A tiny test runner for the extension host: named async tests, run one after another, one line per
// result, and a thrown error at the end if any failed (the workbench turns that into a non-zero exit).
// In-house so the suite needs no mocha; the same module runs under the server and the Electron runners.
import * as vscode from 'vscode';

export interface ExtensionHostTest {
  readonly name: string;
  readonly body: () => Promise<void>;
}

const registeredTests: ExtensionHostTest[] = [];

/** Registers one test; suite files call this at load time, in the order they should run. */
export function test(name: string, body: () => Promise<void>): void {
  registeredTests.push({ name, body });
}

/**
 * Runs the registered tests in order. E2E_GREP (passed through the runner's environment) narrows the run
 * to tests whose name contains it; the summary says how many it left out, so a narrowed run is never
 * mistaken for a full one.
 */
export async function runRegisteredTests(): Promise<void> {
  const failures: string[] = [];
  const started = Date.now();
  const grep = process.env.E2E_GREP;
  const selectedTests = grep ? registeredTests.filter((t) => t.name.includes(grep)) : registeredTests;
  if (grep) console.log(`e2e: E2E_GREP=${JSON.stringify(grep)} selects ${selectedTests.length} of ${registeredTests.length} tests`);
  for (const { name, body } of selectedTests) {
    const testStarted = Date.now();
    try {
      await body();
      console.log(`  ✔ ${name} (${Date.now() - testStarted} ms)`);
    } catch (error) {
      failures.push(name);
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      console.error(`  ✖ ${name} (${Date.now() - testStarted} ms)\n${indent(detail)}`);
    }
  }
  const passed = selectedTests.length - failures.length;
  const leftOut = registeredTests.length - selectedTests.length;
  console.log(`e2e: ${passed} passed, ${failures.length} failed${leftOut > 0 ? `, ${leftOut} left out by E2E_GREP` : ''} (${Date.now() - started} ms)`);
  if (selectedTests.length === 0) throw new Error('e2e: no tests ran');
  if (failures.length > 0) throw new Error(`e2e: ${failures.length} failed: ${failures.join('; ')}`);
}

function indent(text: string): string {
  return text.split('\n').map((line) => `      ${line}`).join('\n');
}

/** Rejects with a message naming what we waited for, so a hang becomes a readable failure. */
export function withTimeout<T>(promise: Promise<T>, timeoutMs: number, waitingFor: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${waitingFor}`)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Resolves with the diagnostics of `uri` once `accept` holds for them: checks the current state first,
 * then re-checks on every diagnostics change event (never a fixed sleep).
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: readonly vscode.Diagnostic[]) => boolean,
  waitingFor: string,
  timeoutMs = 15_000,
): Promise<readonly vscode.Diagnostic[]> {
  let subscription: vscode.Disposable | undefined;
  const settled = new Promise<readonly vscode.Diagnostic[]>((resolve) => {
    const check = (): boolean => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (!accept(diagnostics)) return false;
      resolve(diagnostics);
      return true;
    };
    // Subscribe before the first check so a change between the two cannot be missed.
    subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    check();
  });
  const describe = (): string => {
    const current = vscode.languages.getDiagnostics(uri).map((d) => `${codeOf(d)}@${d.range.start.line}`);
    return `${waitingFor} (current: [${current.join(', ')}])`;
  };
  return withTimeout(settled, timeoutMs, waitingFor)
    .catch((error: unknown) => {
      throw error instanceof Error && error.message.startsWith('timed out') ? new Error(`timed out after ${timeoutMs} ms waiting for ${describe()}`) : error;
    })
    .finally(() => subscription?.dispose());
}

/**
 * Resolves once `accept` holds for the document: checks now, then on every change event for it (content
 * and dirty-state changes both fire onDidChangeTextDocument). Commands such as revert resolve before
 * the extension host has seen their effect, hence the wait.
 */
export function waitForDocument(
  document: vscode.TextDocument,
  accept: (document: vscode.TextDocument) => boolean,
  waitingFor: string,
  timeoutMs = 10_000,
): Promise<void> {
  let subscription: vscode.Disposable | undefined;
  const settled = new Promise<void>((resolve) => {
    subscription = vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document === document && accept(document)) resolve();
    });
    if (accept(document)) resolve();
  });
  return withTimeout(settled, timeoutMs, waitingFor).finally(() => subscription?.dispose());
}

/** Diagnostic.code may be a plain value or `{ value, target }`; tests compare the plain id. */
export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/** A file of the fixture workspace (test/fixtures/workspace), resolved against the opened folder. */
export function workspaceFile(relativePath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open: the runner must open test/fixtures/workspace');
  return vscode.Uri.joinPath(folder.uri, ...relativePath.split('/'));
}

export const EXTENSION_ID = 'asterisk-conf.asterisk-conf';

/** Opens a fixture file in an editor (features such as formatting act on shown documents too). */
export async function openFixture(relativePath: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(relativePath));
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

/** Hover contents flattened to text (markdown strings and plain strings alike). */
export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

/**
 * Resolves with the first event of `event` that `accept` holds for (never a fixed sleep). `alreadyTrue`
 * is checked first, after subscribing, for states reached before the call.
 */
export function waitForEvent<T>(
  event: vscode.Event<T>,
  accept: (value: T) => boolean,
  waitingFor: string,
  alreadyTrue: () => boolean = () => false,
  timeoutMs = 20_000,
): Promise<void> {
  let subscription: vscode.Disposable | undefined;
  const settled = new Promise<void>((resolve) => {
    subscription = event((value) => {
      if (accept(value)) resolve();
    });
    if (alreadyTrue()) resolve();
  });
  return withTimeout(settled, timeoutMs, waitingFor).finally(() => subscription?.dispose());
}
