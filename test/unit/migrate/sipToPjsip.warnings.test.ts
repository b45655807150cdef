/**
 * "No warning the migration could have avoided" (issue #17): the migrated pjsip.conf of every fixture
 * (test/fixtures/migrate-oracle/*, examples/, and Asterisk's sip.conf.sample where ../shared has it) passes
 * our own pjsip diagnostics with no error, and with exactly these warnings, each carried over from what the
 * sip.conf meant:
 *
 * - pjsip-endpoint-without-aors on every `type=user`: chan_sip could never call a user either; an aor would
 *   make it callable, which the source did not allow.
 * - pjsip-open-by-address on every peer chan_sip let in by its address without a password (insecure=invite,
 *   or a fixed-host peer without secret) whose context can dial out (the fixture's extensions.conf, read by
 *   the rule since issue #16): the same calls come in the same way; the warning is the advice the sip.conf
 *   deserved as well, not something the migration could write away.
 * - pjsip-weak-password on the `<name>-auth` of every endpoint whose `secret` is weak (the same judgement
 *   as sip's weak-secret): the password is carried over as it is.
 *
 * The expected set is derived from our sip model of the source, never from the output.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseConfig } from '../../../server/src/service/parser/configDocument';
import { buildModel } from '../../../server/src/service/model/buildModel';
import type { ConfigModel } from '../../../server/src/service/model/types';
import { FileIncludeHost } from '../../../server/src/node/fileIncludeHost';
import { migrateSipConf } from '../../../server/src/service/migrate/sipToPjsip';
import { buildPjsipModel } from '../../../server/src/service/dialects/pjsip/model';
import { validatePjsip } from '../../../server/src/service/dialects/pjsip/rules';
import { weakSecretReason } from '../../../server/src/service/features/rules/weakSecret';
import { collectIncludeTree } from '../../../server/src/service/model/includeTree';
import { dialOutFrom, indexDialplan, type DialplanIndex } from '../../../server/src/service/model/dialplan';

const repo = path.resolve(__dirname, '../../../..');
const fixtures = path.join(repo, 'test/fixtures/migrate-oracle');
const sample = path.resolve(repo, '../shared/reference/asterisk-samples/sip.conf.sample');
const sources = [
  ...readdirSync(fixtures).map((folder) => path.join(fixtures, folder, 'sip.conf')),
  path.join(repo, 'examples/sip.conf'),
  ...(existsSync(sample) ? [sample] : []),
];

/** The warnings the source's meaning calls for, as `rule [object]`. */
function intended(model: ConfigModel, dialplan: DialplanIndex | undefined): string[] {
  const expected: string[] = [];
  for (const endpoint of model.endpoints) {
    const name = endpoint.section.name;
    if (endpoint.bits.user && !endpoint.bits.peer) expected.push(`pjsip-endpoint-without-aors [${name}]`);
    const inbound = endpoint.direction.inbound;
    const byAddress = endpoint.direction.outbound?.location.kind === 'static';
    const challenged = inbound?.authenticatedBy.some((auth) => auth === 'secret' || auth === 'md5secret') && !inbound.insecure.includes('invite');
    if (inbound && byAddress && !challenged && dialplan && dialOutFrom(dialplan, inbound.context.value)) expected.push(`pjsip-open-by-address [${name}]`);
    const secret = endpoint.section.entries.filter((entry) => entry.node.key.toLowerCase() === 'secret').pop()?.node.value ?? '';
    const names = [name, ...['defaultuser', 'username', 'fromuser'].map((key) => endpoint.section.entries.filter((entry) => entry.node.key.toLowerCase() === key).pop()?.node.value ?? '')];
    if (secret && weakSecretReason(secret, names)) expected.push(`pjsip-weak-password [${name}-auth]`);
  }
  return expected.sort();
}

describe('the migrated fixtures have no error and only the intended warnings', () => {
  it(`reads ${sources.length} sources${existsSync(sample) ? '' : ' (sip.conf.sample skipped: ../shared is not here)'}`, () => {
    assert.ok(sources.length >= 6);
  });

  for (const source of sources) {
    it(path.relative(repo, source), () => {
      const model = buildModel({ uri: `file://${source}`, document: parseConfig(readFileSync(source, 'utf8')) }, 'sip', { host: new FileIncludeHost() });
      const { text } = migrateSipConf(model);
      const lines = text.split('\n');
      const headerOf = (line: number): string => {
        let at = line;
        while (at > 0 && !lines[at].startsWith('[')) at--;
        return lines[at].replace(/\(.*$/, '');
      };
      const folder = path.dirname(source);
      const tree = collectIncludeTree(`file://${folder}/extensions.conf`, new FileIncludeHost(), `file://${folder}`);
      const dialplan = tree.files.length ? indexDialplan(tree.files) : undefined;
      const issues = validatePjsip(buildPjsipModel({ uri: 'file:///etc/asterisk/pjsip.conf', document: parseConfig(text) }), dialplan);
      assert.deepEqual(issues.filter((issue) => issue.severity === 'error').map((issue) => `${issue.rule} ${headerOf(issue.line)}`), []);
      assert.deepEqual(issues.filter((issue) => issue.severity !== 'error').map((issue) => `${issue.rule} ${headerOf(issue.line)}`).sort(), intended(model, dialplan));
    });
  }
});
