/**
 * Test support for differential tests against real Asterisk (STYLE.md rule 12): where run.sh is, why a
 * test must skip, one run's output split per command, and `pjsip show endpoints` read per endpoint.
 */
import { existsSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../../..');
export const runner = process.env.ASTERISK_RUN_SH ?? path.join(root, '../shared/tools/asterisk/run.sh');

/** False when real Asterisk can run here, else the one-line reason to skip. */
export const skipOracle: string | false = !existsSync(runner)
  ? `real Asterisk not found at ${runner} (set ASTERISK_RUN_SH to your run.sh)`
  : process.getuid?.() !== 0
    ? 'real Asterisk needs root here (run.sh uses a network namespace)'
    : false;

/** run.sh's output for one config folder, split into `=== <command>` blocks (and `log`). */
export function runAsterisk(version: '20' | '22', folder: string, commands: readonly string[], options: { cwd?: string } = {}): Map<string, string> {
  // `cwd`: Asterisk reads relative file names (a TLS transport's cert_file) from its working folder.
  const output = execFileSync(runner, [version, folder, ...commands], { encoding: 'utf8', timeout: 60_000, ...(options.cwd ? { cwd: options.cwd } : {}) });
  const blocks = new Map<string, string>();
  for (const block of output.split(/^=== /m).slice(1)) {
    const newline = block.indexOf('\n');
    blocks.set(block.slice(0, newline), block.slice(newline + 1));
  }
  return blocks;
}

export interface ShownEndpoint {
  inAuth: string[];
  outAuth: string[];
  aors: string[];
  contacts: string[];
  identifies: string[];
  matches: string[];
}

/**
 * `pjsip show endpoints`, per endpoint (the header rows of the listing are skipped: they hold `<...>`).
 * An endpoint with a caller id number is listed `name/number`: the name is what comes before the `/`.
 */
export function parseEndpoints(text: string): Map<string, ShownEndpoint> {
  const endpoints = new Map<string, ShownEndpoint>();
  let current: ShownEndpoint | undefined;
  for (const line of text.split('\n')) {
    const match = /^\s*(Endpoint|InAuth|OutAuth|Aor|Contact|Identify|Match):\s+(\S+)(?:\s+(\S+))?/.exec(line);
    if (!match || match[2].startsWith('<')) continue;
    const [, label, first, second] = match;
    if (label === 'Endpoint') endpoints.set(first.split('/')[0], (current = { inAuth: [], outAuth: [], aors: [], contacts: [], identifies: [], matches: [] }));
    else if (!current) continue;
    else if (label === 'InAuth') current.inAuth.push(first);
    else if (label === 'OutAuth') current.outAuth.push(first);
    else if (label === 'Aor') current.aors.push(`${first} ${second}`);
    else if (label === 'Contact') current.contacts.push(first);
    else if (label === 'Identify') current.identifies.push(first);
    else current.matches.push(first);
  }
  return endpoints;
}

/** Asterisk prints a single IPv4 address as a /32 network, a single IPv6 address as a /128. */
export const asNetwork = (entry: string): string =>
  entry.includes('/') ? entry : /^\d+\.\d+\.\d+\.\d+$/.test(entry) ? `${entry}/32` : /^[0-9a-f:]+$/i.test(entry) && entry.includes(':') ? `${entry}/128` : entry;

/**
 * The sandbox, not the config: run.sh's network namespace has only loopback, so a qualify OPTIONS or a
 * REGISTER that Asterisk sends fails with "Network is unreachable", or gets no response — when Asterisk gets
 * that far before it is stopped, which depends on the machine's load (seen under load, about one run in ten:
 * a provider's qualify OPTIONS, and "No response received ... on registration attempt").
 */
const SANDBOX_NETWORK = /'Network is unreachable' sending |No response received from '[^']*' on registration attempt/;

/** Log lines of the pjsip core that mean a config was refused or misread. */
export const pjsipComplaints = (log: string, sources: RegExp = /^(ERROR|WARNING) (res_pjsip|res_sorcery|config_options)/): string[] =>
  log.split('\n').filter((line) => sources.test(line) && !SANDBOX_NETWORK.test(line));

/** False when `openssl` runs here, else the one-line reason to skip a test that needs a TLS key pair. */
export const skipOpenssl: string | false = spawnSync('openssl', ['version'], { stdio: 'ignore' }).status === 0 ? false : 'openssl not found (it makes the throw-away TLS key pair)';

/**
 * Writes a self-signed throw-away key pair (an EC P-256 key and its certificate) for a TLS transport that a
 * fixture names: made at test time so that no private key is ever committed, and valid for one day only.
 */
export function writeThrowAwayTlsPair(keyFile: string, certFile: string): void {
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', keyFile, '-out', certFile, '-subj', '/CN=asterisk-conf test only', '-days', '1'],
    { stdio: 'ignore', timeout: 30_000 },
  );
}
