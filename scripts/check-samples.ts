/**
 * Development check (not part of `npm test`, which must not need ../shared): every active key of
 * Asterisk's own sample sip.conf / iax.conf must be known to our catalog for its section.
 *   npx tsc -p . && node out/scripts/check-samples.js ../shared/reference/asterisk-samples
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseConfig } from '../server/src/service/parser/configDocument';
import { buildModel } from '../server/src/service/model/buildModel';
import { lookupOption } from '../server/src/service/data/catalog';

const folder = process.argv[2] ?? '../shared/reference/asterisk-samples';
let unknown = 0;
for (const [file, dialect] of [['sip.conf.sample', 'sip'], ['iax.conf.sample', 'iax']] as const) {
  const text = readFileSync(path.join(folder, file), 'utf8');
  const model = buildModel({ uri: `file:///samples/${file}`, document: parseConfig(text) }, dialect);
  let keys = 0;
  for (const section of model.sections) {
    for (const entry of section.entries) {
      keys++;
      const option = lookupOption(dialect, entry.node.key);
      if (!option && section.kind !== 'callnumberlimits') {
        unknown++;
        console.log(`${file}:${entry.line + 1} [${section.name}] unknown option '${entry.node.key}'`);
      }
    }
  }
  console.log(`${file}: ${model.sections.length} sections, ${keys} active keys checked`);
}
console.log(unknown === 0 ? 'OK: no unknown option' : `${unknown} unknown option(s)`);
process.exitCode = unknown === 0 ? 0 : 1;
