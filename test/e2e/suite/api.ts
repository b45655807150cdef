// The extension's exported API (client/src/api.ts), as the tests reach it.
import * as vscode from 'vscode';
import type { AsteriskConfApi } from '../../../client/src/api';
import { EXTENSION_ID, withTimeout } from './harness';

export async function extensionApi(): Promise<AsteriskConfApi> {
  const extension = vscode.extensions.getExtension<AsteriskConfApi>(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not installed in this extension host`);
  return withTimeout(Promise.resolve(extension.activate()), 30_000, `${EXTENSION_ID} to activate`);
}
