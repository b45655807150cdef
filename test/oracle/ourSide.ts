/**
 * What this project says about an oracle fixture folder: the model of sip.conf / iax.conf (includes
 * followed like the CLI does) and every diagnostic of every file of the tree, at default severities.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { analyseTarget } from '../../server/src/cli/workspace';
import { doValidation } from '../../server/src/service/features/validation';
import { ruleById } from '../../server/src/service/lintRules';
import type { ConfigModel, Endpoint, EffectiveValue, Section } from '../../server/src/service/model/types';
import { DEFAULT_SETTINGS } from '../../server/src/service/settings';
import { fileURLToPath } from 'node:url';

export type Driver = 'sip' | 'iax';

export interface FileDiagnostic {
  /** Path relative to the fixture folder. */
  readonly file: string;
  readonly diagnostic: Diagnostic;
}

export interface OurView {
  readonly driver: Driver;
  readonly model: ConfigModel;
  readonly diagnostics: readonly FileDiagnostic[];
  /** Whether we say Asterisk refuses the whole file (a file-invalid rule fired somewhere in the tree). */
  readonly refused: boolean;
  /** Relative path of a file of the tree, by its URI. */
  readonly fileOf: (uri: string) => string;
}

/** Our view of `folder`'s sip.conf or iax.conf, or undefined when the folder has none. */
export function ourView(folder: string, driver: Driver): OurView | undefined {
  const filePath = path.join(folder, driver === 'sip' ? 'sip.conf' : 'iax.conf');
  if (!existsSync(filePath)) return undefined;
  const analysed = analyseTarget({ filePath, dialect: driver }, DEFAULT_SETTINGS);
  const diagnostics: FileDiagnostic[] = [];
  for (const { filePath: file, analysis } of analysed) {
    for (const diagnostic of doValidation(analysis)) diagnostics.push({ file: path.relative(folder, file), diagnostic });
  }
  const refused = diagnostics.some(({ diagnostic }) => {
    if (diagnostic.severity !== 1) return false;
    if (ruleById(String(diagnostic.code))?.fileInvalid) return true;
    // A failed #include refuses the file; a failed #tryinclude is skipped (includeRules.ts).
    return diagnostic.code === 'include-problem' && (diagnostic.data as { directive?: string } | undefined)?.directive === 'include';
  });
  return { driver, model: analysed[0].analysis.model, diagnostics, refused, fileOf: (uri) => path.relative(folder, fileURLToPath(uri)) };
}

/** Rules whose diagnostic says the driver drops the whole device (chan_sip deletes a device with a bad ACL). */
const DROPS_DEVICE: Record<Driver, readonly string[]> = { sip: ['bad-acl'], iax: [] };

/** Every (file, line) that belongs to the endpoint's sections: headers and own lines. */
export function linesOf(view: OurView, sections: readonly Section[]): Set<string> {
  const lines = new Set<string>();
  for (const section of sections) {
    lines.add(`${view.fileOf(section.uri)}:${section.headerLine}`);
    for (const entry of section.entries) lines.add(`${view.fileOf(entry.uri)}:${entry.line}`);
  }
  return lines;
}

/** The endpoints we say Asterisk loads: a valid type, and no diagnostic that says the device is dropped. */
export function loadedEndpoints(view: OurView): Endpoint[] {
  if (view.refused) return [];
  return view.model.endpoints.filter((endpoint) => {
    if (!endpoint.bits.user && !endpoint.bits.peer) return false;
    const lines = linesOf(view, view.model.sectionsByKey.get(endpoint.section.key) ?? [endpoint.section]);
    return !view.diagnostics.some(({ file, diagnostic }) => DROPS_DEVICE[view.driver].includes(String(diagnostic.code)) && lines.has(`${file}:${diagnostic.range.start.line}`));
  });
}

export function lastValue(endpoint: Endpoint, name: string): string | undefined {
  const values: readonly EffectiveValue[] | undefined = endpoint.options.get(name);
  return values && values.length ? values[values.length - 1].value.trim() : undefined;
}

/** insecure= as `sip show peer` prints it: `no`, `port`, `invite` or `port,invite`. */
export function insecureOf(endpoint: Endpoint): string {
  const words = (lastValue(endpoint, 'insecure') ?? 'no').toLowerCase().split(',').map((word) => word.trim());
  const port = words.includes('port') || words.includes('very') || words.includes('yes');
  const invite = words.includes('invite') || words.includes('very');
  return [port ? 'port' : '', invite ? 'invite' : ''].filter(Boolean).join(',') || 'no';
}

/** nat= as `sip show peer` prints it (Force rport, Symmetric RTP), from the value in effect. */
export function natOf(endpoint: Endpoint): { forceRport: string; comedia: string } {
  const value = lastValue(endpoint, 'nat');
  // chan_sip's default is auto_force_rport.
  const words = (value ?? 'auto_force_rport').toLowerCase().split(',').map((word) => word.trim());
  const has = (word: string) => words.includes(word);
  const forceRport = has('yes') || has('force_rport') ? 'Yes' : has('auto_force_rport') ? 'Auto' : 'No';
  const comedia = has('yes') || has('comedia') ? 'Yes' : has('auto_comedia') ? 'Auto' : 'No';
  return { forceRport, comedia };
}
