// Runs node's test runner on every *.test.js under the given folders of out/ (Node 20's --test takes
// no glob patterns, and given a folder it would also run every helper module under a "test" folder).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function find(folder) {
  let names;
  try {
    names = readdirSync(folder).sort();
  } catch {
    console.error(`run-tests: ${folder} does not exist (run \`npm run compile\` first)`);
    process.exit(2);
  }
  return names.flatMap((name) => {
    const full = join(folder, name);
    if (statSync(full).isDirectory()) return find(full);
    return name.endsWith('.test.js') ? [full] : [];
  });
}

const files = process.argv.slice(2).flatMap(find);
if (!files.length) {
  console.error('run-tests: no *.test.js found');
  process.exit(2);
}
const result = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
