/** Test helpers of the migration's spec tests: migrate inline sip.conf text and read the result back as pjsip. */
import assert from 'node:assert/strict';
import { buildModel } from '../../server/src/service/model/buildModel';
import { migrateSipConf, type MigrationResult } from '../../server/src/service/migrate/sipToPjsip';
import { buildPjsipModel, type PjsipModel } from '../../server/src/service/dialects/pjsip/model';
import { validatePjsip } from '../../server/src/service/dialects/pjsip/rules';
import { memoryHost, rootFile } from './memoryHost';

export function migrate(text: string, files: Record<string, string> = {}): MigrationResult & { pjsip: PjsipModel } {
  const result = migrateSipConf(buildModel(rootFile('sip.conf', text), 'sip', { host: memoryHost({ 'sip.conf': text, ...files }) }));
  return { ...result, pjsip: buildPjsipModel(rootFile('pjsip.conf', result.text)) };
}

/** The options of one pjsip object as `name=value` rows (type line excluded). */
export function rows(pjsip: PjsipModel, type: Parameters<PjsipModel['get']>[0], name: string): string[] {
  const object = pjsip.get(type, name);
  assert.ok(object, `no ${type} ${name}`);
  return object.lines.filter((line) => line.canonical !== 'type').map((line) => `${line.canonical}=${line.value}`);
}

export const errors = (pjsip: PjsipModel) => validatePjsip(pjsip).filter((issue) => issue.severity === 'error').map((issue) => `${issue.rule}: ${issue.message}`);

