/**
 * What this project says about an oracle fixture folder: the model of sip.conf / iax.conf (includes
 * followed like the CLI does) and every diagnostic of every file of the tree, at default severities.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
// DROPS_DEVICE: the rules whose diagnostic says the driver drops the whole device (`explain` uses it too).
import { DROPS_DEVICE } from '../../server/src/cli/explainDropped';
import { analyseTarget } from '../../server/src/cli/workspace';
import { doValidation } from '../../server/src/service/features/validation';
import { ruleById } from '../../server/src/service/lintRules';
import type { ConfigModel, Endpoint, EffectiveValue, Section } from '../../server/src/service/model/types';
import { natFlagsOf } from '../../server/src/service/features/rules/generalDependentRules';
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
  /**
   * Whether we say the driver declines to load at all though the file parses: chan_iax2 stops over a
   * bad `calltokenoptional` (bad-acl on that line, issue #15 B3), so it has no peers, users or registry.
   */
  readonly declined: boolean;
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
  const declined =
    driver === 'iax' &&
    diagnostics.some(({ file, diagnostic }) => {
      if (diagnostic.code !== 'bad-acl' || diagnostic.severity !== 1) return false;
      const line = readFileSync(path.join(folder, file), 'utf8').split(/\r?\n/)[diagnostic.range.start.line] ?? '';
      return /^\s*calltokenoptional\s*=/i.test(line);
    });
  return { driver, model: analysed[0].analysis.model, diagnostics, refused, declined, fileOf: (uri) => path.relative(folder, fileURLToPath(uri)) };
}

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
  if (view.refused || view.declined) return [];
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
  const port = words.includes('port') || words.includes('yes');
  const invite = words.includes('invite');
  return [port ? 'port' : '', invite ? 'invite' : ''].filter(Boolean).join(',') || 'no';
}

/**
 * nat= as `sip show peer` prints it (Force rport, Symmetric RTP). chan_sip's nat lines add up
 * (read with the product's natFlagsOf, so Asterisk checks it). A device with nat lines of its own (or a
 * template's) starts from cleared flags; one without reads [general]'s lines; none at all is auto_force_rport.
 */
export function natOf(endpoint: Endpoint): { forceRport: string; comedia: string } {
  const values = endpoint.options.get('nat') ?? [];
  const own = values.filter((value) => value.source.kind === 'own' || value.source.kind === 'template');
  const lines = (own.length ? own : values.filter((value) => value.source.kind === 'general')).map((value) => value.value);
  return natFlagsOf(lines.length ? lines : ['auto_force_rport']);
}
