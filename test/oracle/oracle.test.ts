/**
 * Differential tests against real Asterisk 20 (issue #15 A): every folder under test/fixtures/oracle/ is
 * loaded into Asterisk and into our model, and what Asterisk reports must equal what we say: the
 * whole-file verdict, the endpoints it loaded, the fields of each that decide direction and security,
 * the registrations, and its warnings (each one ours on the same line; none of ours it did not log).
 *
 * A folder may hold an `expect.json` for what cannot be derived: `{ "refused": ["sip"], "logs": ["regex"] }`
 * asserts that Asterisk refuses those files and logs lines matching those patterns (so a broken fixture
 * keeps exercising what it was written for).
 */
import { after, before, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { detailFields, findOracle, listingRows, pool, REPO_ROOT, runAsterisk, type AsteriskRun } from './asterisk';
import { ENVIRONMENT, IAX_REFUSED, LOG_PATTERNS, SIP_REFUSED, type LogLocation } from './logPatterns';
import { insecureOf, lastValue, loadedEndpoints, natOf, ourView, type Driver, type OurView } from './ourSide';
import type { Endpoint, Section } from '../../server/src/service/model/types';

const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'oracle');
const oracle = findOracle();

interface Expectations {
  readonly refused?: readonly Driver[];
  readonly logs?: readonly string[];
}

interface Fixture {
  readonly name: string;
  readonly folder: string;
  readonly views: Partial<Record<Driver, OurView>>;
  readonly expect: Expectations;
  readonly commands: string[];
}

/** Column widths of the listings: Asterisk cuts longer names. */
const NAME_WIDTH: Record<Driver, number> = { sip: 25, iax: 15 };

function loadFixture(name: string): Fixture {
  const folder = path.join(FIXTURES, name);
  const views: Partial<Record<Driver, OurView>> = {};
  for (const driver of ['sip', 'iax'] as const) {
    const view = ourView(folder, driver);
    if (view) views[driver] = view;
  }
  const expectPath = path.join(folder, 'expect.json');
  const expect = existsSync(expectPath) ? (JSON.parse(readFileSync(expectPath, 'utf8')) as Expectations) : {};
  const commands = ['sip show peers', 'sip show users', 'sip show registry', 'iax2 show peers', 'iax2 show users', 'iax2 show registry'];
  for (const endpoint of views.sip?.model.endpoints ?? []) {
    if (endpoint.bits.peer) commands.push(`sip show peer ${endpoint.section.name}`);
    if (endpoint.bits.user) commands.push(`sip show user ${endpoint.section.name}`);
  }
  for (const endpoint of views.iax?.model.endpoints ?? []) if (endpoint.bits.peer) commands.push(`iax2 show peer ${endpoint.section.name}`);
  return { name, folder, views, expect, commands };
}

const names = existsSync(FIXTURES) ? readdirSync(FIXTURES).filter((name) => statSync(path.join(FIXTURES, name)).isDirectory()).sort() : [];

if ('unavailable' in oracle) {
  test('oracle: differential tests against real Asterisk', { skip: `no Asterisk to ask: ${oracle.unavailable}` }, () => undefined);
} else {
  const fixtures = names.map(loadFixture);
  const started = Date.now();
  // Two Asterisk runs at a time: each mostly waits for Asterisk to boot.
  const runs = pool(fixtures, 2, (fixture) => runAsterisk(oracle, fixture.folder, fixture.commands));
  after(() => console.log(`oracle: ${fixtures.length} folders through Asterisk ${oracle.version} in ${((Date.now() - started) / 1000).toFixed(1)} s`));

  test('oracle: there are fixture folders', () => assert.ok(fixtures.length > 0, `no folders under ${FIXTURES}`));

  for (const fixture of fixtures) {
    describe(`oracle: ${fixture.name}`, () => {
      let run: AsteriskRun;
      before(async () => {
        run = await runs.get(fixture)!;
      });
      const drivers = (Object.keys(fixture.views) as Driver[]).filter((driver) => fixture.views[driver]);
      const refusedByAsterisk = (driver: Driver) => run.log.some((line) => (driver === 'sip' ? SIP_REFUSED : IAX_REFUSED).test(line));

      test('whole-file verdict equals Asterisk’s', () => {
        for (const driver of drivers) {
          assert.equal(fixture.views[driver]!.refused, refusedByAsterisk(driver), `${driver}: we say ${fixture.views[driver]!.refused ? 'refused' : 'accepted'}`);
        }
        for (const driver of fixture.expect.refused ?? []) assert.ok(refusedByAsterisk(driver), `expect.json: Asterisk should refuse ${driver}`);
        for (const pattern of fixture.expect.logs ?? []) {
          assert.ok(
            run.log.some((line) => new RegExp(pattern).test(line)),
            `expect.json: Asterisk should log /${pattern}/\n${run.log.join('\n')}`,
          );
        }
      });

      test('endpoints Asterisk loaded are our peers, users and friends', () => {
        for (const driver of drivers) {
          const view = fixture.views[driver]!;
          const loaded = loadedEndpoints(view);
          const prefix = driver === 'sip' ? 'sip' : 'iax2';
          for (const kind of ['peers', 'users'] as const) {
            const theirs = listingRows(run.outputs.get(`${prefix} show ${kind}`)).map((row) => Object.values(row)[0].split('/')[0]);
            const ours = loaded.filter((endpoint) => (kind === 'peers' ? endpoint.bits.peer : endpoint.bits.user)).map((endpoint) => endpoint.section.name.slice(0, NAME_WIDTH[driver]));
            assert.deepEqual([...theirs].sort(), [...ours].sort(), `${driver} ${kind}`);
          }
        }
      });

      test('each endpoint’s context, host, secret, insecure and nat equal our effective options', () => {
        for (const driver of drivers) {
          for (const endpoint of loadedEndpoints(fixture.views[driver]!)) {
            if (driver === 'sip') checkSipEndpoint(run, endpoint);
            else checkIaxEndpoint(run, endpoint);
          }
        }
      });

      test('registrations equal our register statements', () => {
        for (const driver of drivers) {
          const view = fixture.views[driver]!;
          const rows = listingRows(run.outputs.get(`${driver === 'sip' ? 'sip' : 'iax2'} show registry`));
          const ours = view.refused || view.declined
            ? []
            : view.model.registers
                .filter((register) => register.section.kind === 'general' && register.parsed.accepted)
                .map((register) => {
                  const parsed = register.parsed;
                  const port = parsed.dialect === 'sip' ? parsed.effective.port : parsed.effectivePort;
                  return { host: `${parsed.host?.text ?? ''}:${port}`, user: parsed.user?.text ?? '' };
                });
          assert.deepEqual(rows.map((row) => row.Host).sort(), ours.map((register) => register.host).sort(), `${driver} registry hosts`);
          for (const row of rows) {
            assert.ok(
              ours.some((register) => register.host === row.Host && row.Username !== '' && register.user.startsWith(row.Username)),
              `${driver} registry: ${row.Host} as ${row.Username}`,
            );
          }
        }
      });

      test('every warning Asterisk logs about the config is ours on that line', () => {
        const problems: string[] = [];
        for (const line of run.log) {
          if (!/^(WARNING|ERROR) /.test(line) || ENVIRONMENT.some((pattern) => pattern.test(line))) continue;
          const entry = LOG_PATTERNS.map((candidate) => ({ candidate, match: candidate.pattern.exec(line) })).find(({ match }) => match);
          if (!entry) {
            problems.push(`not in the log table (test/oracle/logPatterns.ts): ${line}`);
            continue;
          }
          const location = entry.candidate.locate(entry.match!);
          const views = viewsFor(line, fixture.views);
          const found = views.some((view) => {
            const places = placesOf(view, location);
            return view.diagnostics.some(({ file, diagnostic }) => entry.candidate.rules.includes(String(diagnostic.code)) && places.has(`${file}:${diagnostic.range.start.line}`));
          });
          if (!found) problems.push(`no diagnostic ${entry.candidate.rules.join(' | ') || '(no rule yet)'} on the line of: ${line}`);
        }
        assert.deepEqual(problems, []);
      });

      test('no diagnostic of ours claims a log line Asterisk did not write', () => {
        const problems: string[] = [];
        for (const driver of drivers) {
          const view = fixture.views[driver]!;
          // In a refused file the driver reads no section, so it logs nothing about them.
          if (view.refused || refusedByAsterisk(driver)) continue;
          for (const { file, diagnostic } of view.diagnostics) {
            const message = typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
            for (const quoted of message.matchAll(/logs "([^"]+)"/g)) {
              if (!run.log.some((line) => line.toLowerCase().includes(quoted[1].toLowerCase()))) {
                problems.push(`${file}:${diagnostic.range.start.line + 1} ${String(diagnostic.code)} claims Asterisk logs "${quoted[1]}"`);
              }
            }
            // A rule of the log table that says Asterisk logs: a matching line must point here.
            const patterns = LOG_PATTERNS.filter((entry) => entry.rules.includes(String(diagnostic.code)));
            if (!patterns.length || !/\blogs\b/.test(message)) continue;
            const here = `${file}:${diagnostic.range.start.line}`;
            const logged = run.log.some((line) =>
              patterns.some((entry) => {
                const match = entry.pattern.exec(line);
                return match !== null && viewsFor(line, fixture.views).includes(view) && placesOf(view, entry.locate(match)).has(here);
              }),
            );
            if (!logged) problems.push(`${here} ${String(diagnostic.code)} says Asterisk logs something; it logged nothing about this line`);
          }
        }
        assert.deepEqual(problems, []);
      });
    });
  }
}

function checkSipEndpoint(run: AsteriskRun, endpoint: Endpoint): void {
  const name = endpoint.section.name;
  const context = endpoint.direction.inbound?.context.value ?? lastValue(endpoint, 'context') ?? 'default';
  const secretSet = (lastValue(endpoint, 'secret') ?? '') !== '';
  if (endpoint.bits.peer) {
    const fields = detailFields(run.outputs.get(`sip show peer ${name}`));
    assert.ok(fields, `sip show peer ${name}: not found`);
    const nat = natOf(endpoint);
    assert.deepEqual(
      {
        context: fields.get('Context'),
        secret: fields.get('Secret'),
        remoteSecret: fields.get('Remote Secret'),
        dynamic: fields.get('Dynamic'),
        insecure: fields.get('Insecure'),
        forceRport: fields.get('Force rport')?.replace(/ \(.*\)$/, ''),
        comedia: fields.get('Symmetric RTP'),
      },
      {
        context,
        secret: secretSet ? '<Set>' : '<Not set>',
        remoteSecret: (lastValue(endpoint, 'remotesecret') ?? '') !== '' ? '<Set>' : '<Not set>',
        dynamic: lastValue(endpoint, 'host')?.toLowerCase() === 'dynamic' ? 'Yes' : 'No',
        insecure: insecureOf(endpoint),
        forceRport: nat.forceRport,
        comedia: nat.comedia === 'Auto' ? 'No' : nat.comedia,
      },
      `sip peer ${name}`,
    );
  }
  if (endpoint.bits.user) {
    const fields = detailFields(run.outputs.get(`sip show user ${name}`));
    assert.ok(fields, `sip show user ${name}: not found`);
    assert.deepEqual({ context: fields.get('Context'), secret: fields.get('Secret') }, { context, secret: secretSet ? '<Set>' : '<Not set>' }, `sip user ${name}`);
  }
}

function checkIaxEndpoint(run: AsteriskRun, endpoint: Endpoint): void {
  const name = endpoint.section.name;
  // chan_iax2 keeps users and peers apart (a name defined as a user and again as a peer is two objects):
  // each side's secret is the one our direction of that side has.
  const peerSecretSet = endpoint.direction.outbound?.authenticatesWith.includes('secret') ?? false;
  const userSecretSet = endpoint.direction.inbound?.authenticatedBy.includes('secret') ?? false;
  if (endpoint.bits.peer) {
    // Our model keeps one set of options per name (only the directions are read per side), so the peer's
    // own context is compared only when its first definition is a peer (or friend).
    const peerFromFirstDefinition = endpoint.type === undefined || !/^user$/i.test(endpoint.type.value.trim());
    const fields = detailFields(run.outputs.get(`iax2 show peer ${name}`));
    assert.ok(fields, `iax2 show peer ${name}: not found`);
    assert.deepEqual(
      { secret: fields.get('Secret'), dynamic: fields.get('Dynamic'), username: fields.get('Username'), context: fields.get('Context') },
      {
        secret: peerSecretSet ? '<Set>' : '<Not set>',
        dynamic: lastValue(endpoint, 'host')?.toLowerCase() === 'dynamic' ? 'Yes' : 'No',
        username: lastValue(endpoint, 'username') ?? '',
        // A peer keeps its own context= (templates included); unlike a user it gets no 'default'.
        context: peerFromFirstDefinition ? (lastValue(endpoint, 'context') ?? '') : fields.get('Context'),
      },
      `iax2 peer ${name}`,
    );
  }
  if (endpoint.bits.user) {
    const row = listingRows(run.outputs.get('iax2 show users')).find((candidate) => candidate.Username === name.slice(0, NAME_WIDTH.iax));
    assert.ok(row, `iax2 show users: no ${name}`);
    const context = endpoint.direction.inbound?.context.value ?? lastValue(endpoint, 'context') ?? 'default';
    assert.deepEqual(
      { context: row['Def.Context'], secret: row.Secret !== '-no secret-' },
      { context: context.slice(0, 15), secret: userSecretSet },
      `iax2 user ${name}`,
    );
  }
}

/** The views a log line can be about: the driver's own, or both for what config.c / acl.c / format_cap.c log. */
function viewsFor(line: string, views: Partial<Record<Driver, OurView>>): OurView[] {
  if (/ chan_sip\.c: /.test(line)) return views.sip ? [views.sip] : [];
  if (/ chan_iax2\.c: /.test(line)) return views.iax ? [views.iax] : [];
  const named = /(?:of|in) \S*\/etc\/(\S+)$/.exec(line)?.[1];
  return (Object.values(views) as OurView[]).filter((view) => !named || view.model.files.some((file) => view.fileOf(file.uri) === named));
}

/** The (file:line) places a log location names, lines counted from 0 as in our diagnostics. */
function placesOf(view: OurView, location: LogLocation): Set<string> {
  const places = new Set<string>();
  const files = view.model.files.map((file) => view.fileOf(file.uri));
  switch (location.kind) {
    case 'line': {
      const named = location.file ? /\/etc\/(.+)$/.exec(location.file)?.[1] : undefined;
      for (const file of files) if (!named || file === named) places.add(`${file}:${location.line - 1}`);
      break;
    }
    case 'section': {
      const sections = view.model.sectionsByKey.get(location.section.toLowerCase()) ?? [];
      const withBases = (section: Section, seen: Set<Section>): Section[] =>
        seen.has(section) ? [] : (seen.add(section), [section, ...section.bases.flatMap((base) => (base ? withBases(base, seen) : []))]);
      const all = sections.flatMap((section) => withBases(section, new Set()));
      for (const section of sections) places.add(`${view.fileOf(section.uri)}:${section.headerLine}`);
      for (const section of all) {
        for (const entry of section.entries) {
          if (!location.keys || location.keys.includes(entry.node.key.toLowerCase())) places.add(`${view.fileOf(entry.uri)}:${entry.line}`);
        }
      }
      break;
    }
    case 'value':
      for (const section of view.model.sections) {
        for (const entry of section.entries) {
          if (location.keys.includes(entry.node.key.toLowerCase()) && entry.node.value.toLowerCase().includes(location.text.toLowerCase())) {
            places.add(`${view.fileOf(entry.uri)}:${entry.line}`);
          }
        }
      }
      break;
    case 'include':
      for (const link of view.model.includes) {
        if (link.targets.some((target) => target.endsWith(`/${location.file}`)) || link.problemDetail?.includes(location.file)) places.add(`${view.fileOf(link.uri)}:${link.line}`);
      }
      break;
  }
  return places;
}
