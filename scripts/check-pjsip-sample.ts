/**
 * Development check (not part of `npm test`, which must not need ../shared): every option line of
 * Asterisk's pjsip.conf.sample, active or commented out (`;key=value`), must be known to our pjsip catalog
 * for the object type of its section. It also keeps two test fixtures in step with ../shared:
 * test/fixtures/pjsip/pjsip-options.json (a copy of the reference option table: names, kinds, defaults,
 * versions, no prose) and sample-shingles.txt (hashes of every 8-word run of the sample, so that the unit
 * tests can prove no description copies it without the repository holding Asterisk's text).
 * With --asterisk it also loads one object per catalog option into real Asterisk 22 (../shared/tools/
 * asterisk/run.sh) and fails on any "Could not find option" line: every name in the catalog exists there.
 *   npx tsc -p . && node out/scripts/check-pjsip-sample.js [../shared/reference] [--write] [--asterisk]
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { isKnownPjsipOption, lookupPjsipOption, pjsipOptions } from '../server/src/service/dialects/pjsip/options';
import { isPjsipObjectType, pjsipObjectTypes } from '../server/src/service/dialects/pjsip/objectTypes';
import type { PjsipObjectType, PjsipOptionEntry, PjsipValueKind } from '../server/src/service/dialects/pjsip/types';

export interface SampleKey {
  readonly line: number; // 1-based
  readonly key: string;
  readonly value: string;
  readonly commented: boolean;
}

export interface SampleSection {
  readonly name: string;
  readonly line: number;
  readonly templates: readonly string[];
  readonly keys: SampleKey[];
  /** The object type: its own `type=`, else a template's, else the section name when it is a type name. */
  objectType?: PjsipObjectType;
}

/**
 * Option lines of Asterisk's own sample that Asterisk itself rejects: reported with the reason, not failed.
 * Each was loaded into real Asterisk 22 (`run.sh 22`) to confirm it.
 */
export const KNOWN_SAMPLE_ERRORS: Readonly<Record<string, string>> = {
  t38_bind_rtp_to_media_address:
    'the sample misspells t38_bind_udptl_to_media_address; Asterisk 22 logs "Could not find option suitable for category" and does not create the endpoint (observed)',
};

export interface UnknownKey {
  readonly line: number;
  readonly section: string;
  readonly objectType: PjsipObjectType | undefined;
  readonly key: string;
}

export interface SampleReport {
  readonly sections: readonly SampleSection[];
  readonly keys: number;
  readonly typed: number;
  readonly unknown: readonly UnknownKey[];
}

/** A commented-out option is `;key=value` with the key right after the semicolons; prose has a space there. */
const COMMENTED_KEY = /^;+([A-Za-z0-9_*][A-Za-z0-9_*-]*)\s*=>?\s*(.*)$/;
const ACTIVE_KEY = /^([A-Za-z0-9_*][A-Za-z0-9_*-]*)\s*=>?\s*(.*)$/;
const HEADER = /^\[([^\]]+)\]\s*(?:\(([^)]*)\))?/;

function stripComment(value: string): string {
  const at = value.search(/(?<!\\);/);
  return (at < 0 ? value : value.slice(0, at)).trim();
}

/** Sections and option lines of a pjsip.conf, reading commented-out sections and options as if active. */
export function scanPjsipSample(text: string): SampleSection[] {
  const sections: SampleSection[] = [];
  let current: SampleSection | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    const trimmed = raw.trim();
    const commented = trimmed.startsWith(';');
    const body = commented ? trimmed.replace(/^;+/, '') : trimmed;
    const header = HEADER.exec(body);
    if (header && !/^\s/.test(body)) {
      const templates = (header[2] ?? '').split(',').map((name) => name.trim()).filter((name) => name !== '' && name !== '!');
      current = { name: header[1].trim(), line: index + 1, templates, keys: [] };
      sections.push(current);
      return;
    }
    const match = commented ? COMMENTED_KEY.exec(trimmed) : ACTIVE_KEY.exec(trimmed);
    if (!match || !current) return;
    current.keys.push({ line: index + 1, key: match[1], value: stripComment(match[2]), commented });
  });
  for (const section of sections) {
    const type = [...section.keys].reverse().find((entry) => entry.key.toLowerCase() === 'type')?.value;
    if (type && isPjsipObjectType(type)) section.objectType = type;
  }
  // Inherited types: a section without its own type= takes its templates' (the last earlier section of that name).
  sections.forEach((section, position) => {
    if (section.objectType) return;
    for (const template of section.templates) {
      const parent = sections.slice(0, position).reverse().find((candidate) => candidate.name === template);
      if (parent?.objectType) {
        section.objectType = parent.objectType;
        return;
      }
    }
    // The sample's reference blocks are headed by the type's own name (`;[endpoint]`) with an empty `type=`.
    if (isPjsipObjectType(section.name)) section.objectType = section.name;
  });
  return sections;
}

/** Every option line checked against the catalog; a line in a section of unknown type must be an option of some type. */
export function checkPjsipSample(text: string): SampleReport {
  const sections = scanPjsipSample(text);
  const unknown: UnknownKey[] = [];
  let keys = 0;
  let typed = 0;
  for (const section of sections) {
    for (const entry of section.keys) {
      keys++;
      const type = section.objectType;
      if (type) typed++;
      // Without a type, the name must be a catalog option of some type (phoneprov's "any name" does not count).
      const known = type ? isKnownPjsipOption(type, entry.key) : pjsipObjectTypes.some((candidate) => lookupPjsipOption(candidate.name, entry.key));
      if (!known) unknown.push({ line: entry.line, section: section.name, objectType: type, key: entry.key });
    }
  }
  return { sections, keys, typed, unknown };
}

/** Lower-cased words: letters, digits and `_`, so punctuation and comment markers do not hide a copy. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9_]+/g) ?? [];
}

export const SHINGLE_WORDS = 8;

/** Hashes (12 hex digits of SHA-1) of every run of SHINGLE_WORDS consecutive words. */
export function shingleHashes(text: string): Set<string> {
  const list = words(text);
  const hashes = new Set<string>();
  for (let start = 0; start + SHINGLE_WORDS <= list.length; start++) {
    hashes.add(createHash('sha1').update(list.slice(start, start + SHINGLE_WORDS).join(' ')).digest('hex').slice(0, 12));
  }
  return hashes;
}

/** A value of the right shape for each kind; Asterisk may still refuse it (a missing file, a bad hash), but never the name. */
const PROBE_VALUE: Partial<Record<PjsipValueKind, string>> = {
  bool: 'no',
  int: '1',
  decimal: '1.0',
  duration: '1',
  codecList: 'ulaw',
  address: '127.0.0.1',
  addressList: '127.0.0.1',
  acl: '127.0.0.1',
  uri: 'sip:probe@127.0.0.1',
  context: 'default',
  variable: 'PROBE=1',
  group: '1',
};

function probeValue(option: PjsipOptionEntry): string {
  return option.default ?? option.values?.[0]?.value ?? PROBE_VALUE[option.kind] ?? 'probe';
}

/**
 * A pjsip.conf with every catalog option of the types Asterisk reads from the file: one object per option
 * (an unknown name rejects only its own object, so each name is judged alone), except the singleton
 * global and system, which get one object each holding all their options.
 */
export function catalogProbeConfig(): string {
  const lines: string[] = [];
  const sectionOf = new Map<PjsipObjectType, string[]>();
  pjsipOptions.forEach((option, index) => {
    const type = pjsipObjectTypes.find((candidate) => candidate.name === option.objectType);
    if (!type?.fromFile || option.name === 'type') return;
    const line = `${option.name}=${probeValue(option)}`;
    if (type.name === 'global' || type.name === 'system') {
      const list = sectionOf.get(type.name) ?? [];
      list.push(line);
      sectionOf.set(type.name, list);
    } else lines.push(`[probe-${index}]`, `type=${type.name}`, line, '');
  });
  for (const [type, options] of sectionOf) lines.push(`[${type}]`, `type=${type}`, ...options, '');
  return lines.join('\n');
}

/** Runs the probe through real Asterisk 22; returns the log lines that say an option name is unknown. */
function probeAsterisk(reference: string): string[] | undefined {
  const runner = path.resolve(reference, '../tools/asterisk/run.sh');
  const folder = mkdtempSync(path.join(tmpdir(), 'pjsip-probe-'));
  writeFileSync(path.join(folder, 'pjsip.conf'), catalogProbeConfig());
  const result = spawnSync(runner, ['22', folder, 'pjsip show endpoints'], { encoding: 'utf8' });
  if (result.status !== 0 && !result.stdout) return undefined;
  return result.stdout.split('\n').filter((line) => /Could not find option suitable/.test(line));
}

function main(): void {
  const args = process.argv.slice(2);
  const write = args.includes('--write');
  const asterisk = args.includes('--asterisk');
  const reference = args.find((arg) => !arg.startsWith('--')) ?? '../shared/reference';
  const fixtures = path.resolve(__dirname, '../../test/fixtures/pjsip');
  let failures = 0;

  const sample = readFileSync(path.join(reference, 'asterisk-samples/pjsip.conf.sample'), 'utf8');
  const report = checkPjsipSample(sample);
  let unexpected = 0;
  for (const entry of report.unknown) {
    const known = KNOWN_SAMPLE_ERRORS[entry.key.toLowerCase()];
    if (!known) unexpected++;
    const where = `pjsip.conf.sample:${entry.line} [${entry.section}] (${entry.objectType ?? 'type unknown'})`;
    console.log(known ? `${where} '${entry.key}': not an option, as expected: ${known}` : `${where} unknown option '${entry.key}'`);
  }
  const untyped = report.sections.filter((section) => !section.objectType).map((section) => `[${section.name}]:${section.line}`);
  console.log(`pjsip.conf.sample: ${report.sections.length} sections, ${report.keys} option lines (${report.typed} in a section of known type)`);
  if (untyped.length > 0) console.log(`sections of unknown type (checked against every type): ${untyped.join(' ')}`);
  console.log(unexpected === 0 ? `OK: no unknown option (${report.unknown.length - unexpected} known error(s) of the sample itself)` : `${unexpected} unknown option(s)`);
  failures += unexpected;

  const options = readFileSync(path.join(reference, 'pjsip-options.json'), 'utf8');
  const shingles = [...shingleHashes(sample)].sort().join('\n') + '\n';
  for (const [file, content] of [['pjsip-options.json', options], ['sample-shingles.txt', shingles]] as const) {
    const target = path.join(fixtures, file);
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      // A missing fixture is simply out of date.
    }
    if (current === content) console.log(`fixture ${file}: up to date`);
    else if (write) {
      writeFileSync(target, content);
      console.log(`fixture ${file}: written`);
    } else {
      console.log(`fixture ${file}: OUT OF DATE (run with --write)`);
      failures++;
    }
  }
  if (asterisk) {
    const unknownNames = probeAsterisk(reference);
    const probed = catalogProbeConfig().split('\n').filter((line) => /^[^[;].*=/.test(line) && !line.startsWith('type=')).length;
    if (!unknownNames) {
      console.log('asterisk probe: could not run ../tools/asterisk/run.sh');
      failures++;
    } else {
      for (const line of unknownNames) console.log(`asterisk probe: ${line}`);
      console.log(`asterisk probe: ${probed} catalog options loaded into Asterisk 22, ${unknownNames.length} unknown to it`);
      failures += unknownNames.length;
    }
  }
  process.exitCode = failures === 0 ? 0 : 1;
}

if (require.main === module) main();
