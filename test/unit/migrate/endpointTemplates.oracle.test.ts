/**
 * pjsip templates against real Asterisk 22 (STYLE.md rule 12): each fixture of test/fixtures/migrate-oracle
 * is migrated twice, with sip templates written as pjsip templates and with every template expanded, and
 * both are loaded into Asterisk 22. `pjsip show endpoint NAME` must list the same parameters and values for
 * every endpoint: what an heir inherits from `[name](!)` is what it had written out. Skips with one line
 * where Asterisk cannot run here.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parseConfig } from '../../../server/src/service/parser/configDocument';
import { buildModel } from '../../../server/src/service/model/buildModel';
import { FileIncludeHost } from '../../../server/src/node/fileIncludeHost';
import { migrateSipConf } from '../../../server/src/service/migrate/sipToPjsip';
import { pjsipComplaints, runAsterisk, skipOracle } from '../../support/asteriskOracle';

const fixtures = path.resolve(__dirname, '../../../../test/fixtures/migrate-oracle');

/** The `ParameterName : ParameterValue` rows of `pjsip show endpoint`. */
function parameters(shown: string): string[] {
  const start = shown.indexOf(' ParameterName');
  return start < 0 ? [] : shown.slice(start).split('\n').filter((line) => /^ \S+\s+: /.test(line) && !line.startsWith(' ParameterName')).map((line) => line.trim().replace(/\s+:/, ' :'));
}

for (const fixture of ['office', 'includes']) {
  describe(`pjsip templates oracle: ${fixture} (inherited = written out, on Asterisk 22)`, { skip: skipOracle }, () => {
    const sipPath = path.join(fixtures, fixture, 'sip.conf');
    const model = buildModel({ uri: `file://${sipPath}`, document: parseConfig(readFileSync(sipPath, 'utf8')) }, 'sip', { host: new FileIncludeHost() });
    const withTemplates = migrateSipConf(model);
    const expanded = migrateSipConf(model, { templates: false });
    const heirs = [...withTemplates.text.matchAll(/^\[([^\]]+)\]\([^!)]+\)$/gm)].map((match) => match[1]);
    const shown: Record<'templates' | 'expanded', Map<string, string>> = { templates: new Map(), expanded: new Map() };
    if (!skipOracle) {
      const folder = mkdtempSync(path.join(tmpdir(), `migrate-templates-${fixture}-`));
      try {
        for (const [kind, result] of [['templates', withTemplates], ['expanded', expanded]] as const) {
          const confDir = path.join(folder, kind);
          mkdirSync(confDir);
          copyFileSync(path.join(fixtures, fixture, 'extensions.conf'), path.join(confDir, 'extensions.conf'));
          writeFileSync(path.join(confDir, 'pjsip.conf'), result.text);
          shown[kind] = runAsterisk('22', confDir, withTemplates.endpoints.map((name) => `pjsip show endpoint ${name}`));
        }
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    }

    it('the fixture has sip templates shared by several endpoints, written as pjsip templates', () => {
      assert.ok(heirs.length >= 2, `no heirs in ${fixture}`);
      assert.doesNotMatch(expanded.text, /^\[[^\]]+\]\(/m);
    });

    it('every endpoint shows the same parameters with its template as expanded, and Asterisk complains of neither', () => {
      assert.deepEqual(pjsipComplaints(shown.templates.get('log') ?? ''), []);
      assert.deepEqual(pjsipComplaints(shown.expanded.get('log') ?? ''), []);
      for (const name of withTemplates.endpoints) {
        const inherited = parameters(shown.templates.get(`pjsip show endpoint ${name}`) ?? '');
        assert.ok(inherited.length > 50, `${name}: pjsip show endpoint listed ${inherited.length} parameters`);
        assert.deepEqual(inherited, parameters(shown.expanded.get(`pjsip show endpoint ${name}`) ?? ''), name);
      }
    });
  });
}
