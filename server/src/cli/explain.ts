/**
 * `asterisk-conf explain <file> [section]`: who calls whom and who authenticates whom, for every
 * endpoint and register statement (pjsip.conf: every endpoint and registration, explainPjsip.ts) — the
 * direction model as a report. Secrets are always masked.
 * It agrees with `check`: when the diagnostics say Asterisk refuses the whole file, that comes first
 * and no endpoint is described as if it worked; a register line outside [general] is shown as ignored.
 */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeEndpoint, describeRegister, directionLabel } from '../service/features/directionText';
import { refusesWholeFile } from '../service/features/refusal';
import { doValidation } from '../service/features/validation';
import { DEFAULT_SETTINGS } from '../service/settings';
import type { FileDialect } from '../service/dialect';
import { droppedBy } from './explainDropped';
import { explainPjsip } from './explainPjsip';
import { printable } from './formatters';
import { analyseTarget, findTargets, UsageError } from './workspace';

export function runExplain(file: string, sectionName: string | undefined, dialect: FileDialect | undefined, write: (text: string) => void): number {
  const targets = findTargets([file], dialect);
  if (targets.length !== 1) throw new UsageError(`explain takes one sip.conf, iax.conf or pjsip.conf file (got ${targets.length} candidates under ${file})`);
  const analysed = analyseTarget(targets[0], DEFAULT_SETTINGS);
  const { model } = analysed[0].analysis;
  const pjsip = analysed[0].analysis.pjsip !== undefined;
  const wanted = sectionName?.toLowerCase();
  const endpoints = pjsip ? [] : model.endpoints.filter((endpoint) => !wanted || endpoint.section.key === wanted);
  if (!pjsip && wanted && !endpoints.length) throw new UsageError(`No endpoint [${sectionName}] in ${file}`);
  // pjsip.conf's objects are found by their exact names (Asterisk compares ids exactly).
  const pjsipReport = pjsip ? explainPjsip(analysed[0].analysis, sectionName, file) : [];
  const out: string[] = [`${path.basename(targets[0].filePath)} — seen from Asterisk's side`, ''];
  // The same diagnostics `check` reports, for the file and what it includes.
  const refusals = analysed.flatMap(({ filePath, analysis }) =>
    doValidation(analysis)
      .filter(refusesWholeFile)
      .map((diagnostic) => ({ filePath, diagnostic })),
  );
  if (refusals.length) {
    out.push('Asterisk refuses this whole file: it loads none of its endpoints and register lines (on a reload the old configuration stays). Because of:');
    for (const { filePath, diagnostic } of refusals) {
      const where = filePath === targets[0].filePath ? '' : `${path.basename(filePath)} `;
      out.push(`  ${where}line ${diagnostic.range.start.line + 1}: ${diagnostic.message} (${String(diagnostic.code)})`);
    }
    out.push('', `Fix ${refusals.length === 1 ? 'this' : 'these'} first (asterisk-conf check lists every problem); then explain shows who calls whom.`);
    write(`${out.map(printable).join('\n')}\n`);
    return 0;
  }
  if (pjsip) {
    write(`${[...out, ...pjsipReport].map(printable).join('\n')}\n`);
    return 0;
  }
  // A device the driver deletes at load (bad-acl in chan_sip) is described as not loaded, with the reason.
  const placed = analysed.flatMap(({ analysis }) => doValidation(analysis).map((diagnostic) => ({ uri: analysis.uri, diagnostic })));
  const rows = endpoints.map((endpoint) => {
    const description = describeEndpoint(endpoint, model.dialect, { revealSecrets: false });
    return { endpoint, description, dropped: droppedBy(endpoint, model.dialect, placed) };
  });
  const nameWidth = Math.max(8, ...rows.map((row) => row.endpoint.section.name.length));
  out.push(`${'endpoint'.padEnd(nameWidth)}  ${'type'.padEnd(6)}  direction`);
  out.push(`${'-'.repeat(nameWidth)}  ------  ${'-'.repeat(12)}`);
  for (const { endpoint, dropped } of rows) {
    const label = dropped ? '— not loaded (deleted at load)' : directionLabel(endpoint) ?? '— ignored by Asterisk';
    out.push(`${endpoint.section.name.padEnd(nameWidth)}  ${(endpoint.type?.value ?? '(none)').padEnd(6)}  ${label}`);
  }
  for (const { endpoint, description, dropped } of rows) {
    out.push('', `[${endpoint.section.name}]`);
    if (dropped) {
      const where = dropped.uri === model.root.uri ? '' : `${path.basename(fileURLToPath(dropped.uri))} `;
      out.push(`  not loaded: Asterisk deletes this device at load, so it neither calls nor is called. ${where}line ${dropped.diagnostic.range.start.line + 1}: ${dropped.diagnostic.message} (${String(dropped.diagnostic.code)})`);
      continue;
    }
    if (description.inbound) out.push(`  in:  ${description.inbound}`);
    if (description.outbound) out.push(`  out: ${description.outbound}`);
    if (!description.inbound && !description.outbound) out.push(`  ${description.summary}`);
    for (const note of description.notes) out.push(`  note: ${note}`);
  }
  if (!wanted && model.registers.length) {
    // Asterisk reads register lines in [general] only (the register-outside-general rule).
    const active = model.registers.filter((register) => register.section.kind === 'general');
    const ignored = model.registers.filter((register) => register.section.kind !== 'general');
    const where = (register: (typeof model.registers)[number]) => {
      const inRoot = register.entry.uri === model.root.uri;
      return `${inRoot ? '' : `${path.basename(fileURLToPath(register.entry.uri))} `}line ${register.entry.line + 1}`;
    };
    if (active.length) {
      out.push('', 'Register statements (we sign in to a remote server):');
      for (const register of active) out.push(`  ${where(register)}: ${describeRegister(register, model.dialect, { revealSecrets: false }).summary}`);
    }
    if (ignored.length) {
      out.push('', 'Register lines Asterisk ignores (they are read in [general] only; we never sign in to these):');
      for (const register of ignored) out.push(`  ${where(register)}: in [${register.section.name}]`);
    }
  }
  // Names and values come from the config: no control character reaches the terminal.
  write(`${out.map(printable).join('\n')}\n`);
  return 0;
}
