/**
 * `asterisk-conf explain <file> [section]`: who calls whom and who authenticates whom, for every
 * endpoint and register statement — the direction model as a report. Secrets are always masked.
 */
import * as path from 'node:path';
import { describeEndpoint, describeRegister, directionLabel } from '../service/features/directionText';
import { DEFAULT_SETTINGS } from '../service/settings';
import type { FileDialect } from '../service/dialect';
import { analyseTarget, findTargets, UsageError } from './workspace';

export function runExplain(file: string, sectionName: string | undefined, dialect: FileDialect | undefined, write: (text: string) => void): number {
  const targets = findTargets([file], dialect);
  if (targets.length !== 1) throw new UsageError(`explain takes one sip.conf or iax.conf file (got ${targets.length} candidates under ${file})`);
  if (targets[0].notChecked) throw new UsageError(`Cannot explain ${file}: ${targets[0].notChecked}`);
  const [root] = analyseTarget(targets[0], DEFAULT_SETTINGS);
  const { model } = root.analysis;
  const wanted = sectionName?.toLowerCase();
  const endpoints = model.endpoints.filter((endpoint) => !wanted || endpoint.section.key === wanted);
  if (wanted && !endpoints.length) throw new UsageError(`No endpoint [${sectionName}] in ${file}`);
  const out: string[] = [`${path.basename(targets[0].filePath)} — seen from Asterisk's side`, ''];
  const rows = endpoints.map((endpoint) => {
    const description = describeEndpoint(endpoint, model.dialect, { revealSecrets: false });
    return { endpoint, description };
  });
  const nameWidth = Math.max(8, ...rows.map((row) => row.endpoint.section.name.length));
  out.push(`${'endpoint'.padEnd(nameWidth)}  ${'type'.padEnd(6)}  direction`);
  out.push(`${'-'.repeat(nameWidth)}  ------  ${'-'.repeat(12)}`);
  for (const { endpoint } of rows) {
    out.push(`${endpoint.section.name.padEnd(nameWidth)}  ${(endpoint.type?.value ?? '(none)').padEnd(6)}  ${directionLabel(endpoint) ?? '— ignored by Asterisk'}`);
  }
  for (const { endpoint, description } of rows) {
    out.push('', `[${endpoint.section.name}]`);
    if (description.inbound) out.push(`  in:  ${description.inbound}`);
    if (description.outbound) out.push(`  out: ${description.outbound}`);
    if (!description.inbound && !description.outbound) out.push(`  ${description.summary}`);
    for (const note of description.notes) out.push(`  note: ${note}`);
  }
  if (!wanted && model.registers.length) {
    out.push('', 'Register statements (we sign in to a remote server):');
    for (const register of model.registers) {
      const description = describeRegister(register, model.dialect, { revealSecrets: false });
      out.push(`  line ${register.entry.line + 1}: ${description.summary}`);
    }
  }
  write(`${out.join('\n')}\n`);
  return 0;
}
