/**
 * Spec-style fixtures for the pjsip editor features: inline pjsip.conf text (with an optional `|` caret),
 * parsed with the project's parser, the pjsip model built over its include tree, wrapped in the
 * PjsipFeatureContext the features take.
 */
import type { Position } from 'vscode-languageserver-types';
import { buildPjsipModel } from '../../server/src/service/dialects/pjsip/model';
import type { PjsipFeatureContext } from '../../server/src/service/dialects/pjsip/features/featureContext';
import { indexDialplan } from '../../server/src/service/model/dialplan';
import { parseConfig } from '../../server/src/service/parser/configDocument';
import { DEFAULT_SETTINGS, type ServiceSettings } from '../../server/src/service/settings';
import { CONFIG_DIR, memoryHost } from './memoryHost';
import { uriOf, withCaret } from './fixture';

export interface PjsipFixtureOptions {
  /** File name of the document (default pjsip.conf). */
  readonly fileName?: string;
  /** Other files of the config directory, by name (included files, or pjsip.conf when the document is included). */
  readonly files?: Record<string, string>;
  /** Text of extensions.conf; its contexts are indexed. */
  readonly dialplan?: string;
  readonly settings?: Partial<ServiceSettings>;
}

export function pjsipContext(text: string, options: PjsipFixtureOptions = {}): PjsipFeatureContext {
  const fileName = options.fileName ?? 'pjsip.conf';
  const files = { ...(options.files ?? {}), [fileName]: text };
  const document = parseConfig(text);
  const rootText = fileName !== 'pjsip.conf' ? options.files?.['pjsip.conf'] : undefined;
  const root = rootText !== undefined ? { uri: uriOf('pjsip.conf'), document: parseConfig(rootText) } : { uri: uriOf(fileName), document };
  const model = buildPjsipModel(root, { host: memoryHost(files), configDirectoryUri: CONFIG_DIR });
  const dialplan = options.dialplan !== undefined ? indexDialplan([{ uri: uriOf('extensions.conf'), document: parseConfig(options.dialplan) }]) : undefined;
  return {
    uri: uriOf(fileName),
    document,
    model,
    ...(dialplan ? { dialplan } : {}),
    settings: { ...DEFAULT_SETTINGS, ...(options.settings ?? {}) },
  };
}

/** A context and the caret's position, from text with a `|` caret. */
export function pjsipAt(textWithCaret: string, options: PjsipFixtureOptions = {}): { context: PjsipFeatureContext; position: Position } {
  const { text, position } = withCaret(textWithCaret);
  return { context: pjsipContext(text, options), position };
}
