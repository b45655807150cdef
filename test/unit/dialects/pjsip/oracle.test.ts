/**
 * Differential test against real Asterisk 22 (STYLE.md rule 12): each fixture folder of
 * test/fixtures/pjsip-oracle is loaded once into Asterisk through ../shared/tools/asterisk/run.sh.
 * - valid/: what `pjsip show endpoints|aors|identifies|registrations` lists equals what our model and
 *   direction resolve (endpoints, InAuth/OutAuth, aors with max contacts and contacts, identifies and
 *   their matches, contexts, registrations), and validatePjsip reports no error;
 * - errors/: every error we report is followed by the log line it predicts, every object Asterisk
 *   refuses carries one of our errors, and what we call silent leaves no log line.
 * Skips with one line where Asterisk cannot run here (no ../shared, not root).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FileIncludeHost } from '../../../../server/src/node/fileIncludeHost';
import { parseConfig } from '../../../../server/src/service/parser/configDocument';
import { buildPjsipModel, valueOf, type PjsipModel } from '../../../../server/src/service/dialects/pjsip/model';
import { endpointDirection, registrationDirection } from '../../../../server/src/service/dialects/pjsip/direction';
import { validatePjsip, type PjsipIssue } from '../../../../server/src/service/dialects/pjsip/rules';
import { asNetwork, parseEndpoints, pjsipComplaints, runAsterisk as runAsteriskIn, skipOpenssl, skipOracle, writeThrowAwayTlsPair, type ShownEndpoint } from '../../../support/asteriskOracle';

const root = path.resolve(__dirname, '../../../../..');
const fixtures = path.join(root, 'test/fixtures/pjsip-oracle');
const skip = skipOracle;

/** The model of a fixture's pjsip.conf with its includes read from disk, as the CLI reads them. */
function modelOf(folder: string): PjsipModel {
  const file = path.join(fixtures, folder, 'pjsip.conf');
  return buildPjsipModel({ uri: pathToFileURL(file).toString(), document: parseConfig(readFileSync(file, 'utf8')) }, { host: new FileIncludeHost() });
}

/** The key and certificate files the TLS transports of a fixture name (relative: Asterisk's working folder). */
function tlsPairsOf(model: PjsipModel): { key: string; cert: string }[] {
  return model
    .ofType('transport')
    .map((transport) => ({ key: valueOf(transport, 'priv_key_file'), cert: valueOf(transport, 'cert_file') }))
    .filter((pair): pair is { key: string; cert: string } => pair.key !== undefined && pair.cert !== undefined);
}

/**
 * Runs Asterisk in a fresh working folder holding a throw-away key pair, made now, for each TLS transport of
 * the fixture: the repository holds no private key (it once did: trunks/test-only-pbx.key).
 */
function runAsterisk(folder: string, commands: readonly string[]): Map<string, string> {
  const workingFolder = mkdtempSync(path.join(tmpdir(), 'pjsip-oracle-'));
  try {
    for (const pair of tlsPairsOf(modelOf(folder))) writeThrowAwayTlsPair(path.resolve(workingFolder, pair.key), path.resolve(workingFolder, pair.cert));
    return runAsteriskIn('22', path.join(fixtures, folder), commands, { cwd: workingFolder });
  } finally {
    rmSync(workingFolder, { recursive: true, force: true });
  }
}

/** Rows of a `pjsip show aors|auths|identifies|transports` listing: `label: first second`, header rows left out. */
function listing(text: string, label: string): string[] {
  return text
    .split('\n')
    .map((line) => new RegExp(`^\\s*${label}:\\s+(\\S+)(?:\\s+(\\S+))?`).exec(line))
    .filter((match): match is RegExpExecArray => match !== null && !match[1].startsWith('<'))
    .map((match) => (match[2] === undefined ? match[1] : `${match[1]} ${match[2]}`));
}

type Shown = ShownEndpoint;

const sorted = (list: readonly string[]): string[] => [...list].sort();

function expectedFromModel(model: PjsipModel): Map<string, Shown> {
  const endpoints = new Map<string, Shown>();
  for (const endpoint of model.ofType('endpoint')) {
    const direction = endpointDirection(model, endpoint);
    const aors = direction.outbound.aors.filter((aor) => aor.exists);
    endpoints.set(endpoint.name, {
      inAuth: direction.inbound.challengedWith.map((auth) => `${auth.name}/${auth.username ?? ''}`),
      outAuth: direction.outbound.answersWith.map((auth) => `${auth.name}/${auth.username ?? ''}`),
      aors: aors.map((aor) => `${aor.name} ${aor.maxContacts}`),
      contacts: aors.flatMap((aor) => aor.contacts.map((contact) => `${aor.name}/${contact}`)),
      identifies: direction.inbound.identifies.map((identify) => `${identify.name}/${endpoint.name}`),
      matches: direction.inbound.identifies.flatMap((identify) => identify.match.map(asNetwork)),
    });
  }
  return endpoints;
}

/**
 * Valid folders: `valid` (one file: phones, a provider, templates and (+)), `freepbx` (pjsip.conf split the
 * way a PBX GUI writes it, with pjsip_custom*.conf hand edits and (+) additions across files) and `trunks`
 * (IP-authenticated, proxied, TLS with a key pair made at test time, WebRTC, md5 auth, template heirs,
 * global/system/acl/domain_alias) and
 * `edge` (IPv4 and IPv6 transports on one port, IPv6 identify, identify by header and by auth user name,
 * a chain of templates, escaped URI parameters, a named ACL from acl.conf).
 */
for (const folder of ['valid', 'freepbx', 'trunks', 'edge']) {
  const model = modelOf(folder);
  const skip = skipOracle || (tlsPairsOf(model).length > 0 && skipOpenssl);
  describe(`pjsip oracle: ${folder} loads as our model says (real Asterisk 22)`, { skip }, () => {
    const endpointNames = model.ofType('endpoint').map((endpoint) => endpoint.name);
    const blocks = skip
      ? new Map<string, string>()
      : runAsterisk(folder, ['pjsip show endpoints', 'pjsip show registrations', 'pjsip show aors', 'pjsip show auths', 'pjsip show identifies', 'pjsip show transports', ...endpointNames.map((name) => `pjsip show endpoint ${name}`)]);

    it('Asterisk logs no pjsip error, and we report none', () => {
      const log = blocks.get('log') ?? '';
      assert.deepEqual(pjsipComplaints(log, /^(ERROR|WARNING) (res_pjsip|res_sorcery|config_options|config\.c)/), []);
      assert.deepEqual(validatePjsip(model).filter((issue) => issue.severity === 'error'), []);
    });

    it('the endpoints, their InAuth/OutAuth, aors, contacts, identifies and matches equal ours', () => {
      const shown = parseEndpoints(blocks.get('pjsip show endpoints') ?? '');
      const expected = expectedFromModel(model);
      assert.deepEqual(sorted([...shown.keys()]), sorted([...expected.keys()]));
      for (const [name, ours] of expected) {
        const theirs = shown.get(name)!;
        for (const field of ['inAuth', 'outAuth', 'aors', 'contacts', 'identifies', 'matches'] as const) {
          assert.deepEqual(sorted(theirs[field]), sorted(ours[field]), `${name} ${field}`);
        }
      }
    });

    it('every aor, auth, identify and transport Asterisk lists is one of ours, and no other', () => {
      const aors = model.ofType('aor').map((aor) => {
        const max = valueOf(aor, 'max_contacts');
        return `${aor.name} ${max === undefined ? 0 : Number(max)}`;
      });
      assert.deepEqual(sorted(listing(blocks.get('pjsip show aors') ?? '', 'Aor')), sorted(aors));
      const auths = model.ofType('auth').map((auth) => `${auth.name}/${valueOf(auth, 'username') ?? ''}`);
      assert.deepEqual(sorted(listing(blocks.get('pjsip show auths') ?? '', 'Auth')), sorted(auths));
      const identifies = model.ofType('identify').map((identify) => `${identify.name}/${valueOf(identify, 'endpoint') ?? ''}`);
      assert.deepEqual(sorted(listing(blocks.get('pjsip show identifies') ?? '', 'Identify')), sorted(identifies));
      const transports = model.ofType('transport').map((transport) => `${transport.name} ${valueOf(transport, 'protocol') ?? 'udp'}`);
      assert.deepEqual(sorted(listing(blocks.get('pjsip show transports') ?? '', 'Transport')), sorted(transports));
    });

    it('each endpoint lands in the context we resolve (templates and (+) included)', () => {
      for (const endpoint of model.ofType('endpoint')) {
        const detail = blocks.get(`pjsip show endpoint ${endpoint.name}`) ?? '';
        const context = /^\s*context\s*:\s*(\S*)/m.exec(detail)?.[1];
        assert.equal(context, endpointDirection(model, endpoint).inbound.context.value, endpoint.name);
      }
    });

    it('the registrations: server URI and outbound auth', () => {
      const rows = (blocks.get('pjsip show registrations') ?? '')
        .split('\n')
        .map((line) => /^\s*(\S+\/sips?:\S+)\s+(\S+)\s+(Unregistered|Registered|Rejected|Stopped|Unknown)/.exec(line))
        .filter((match): match is RegExpExecArray => match !== null)
        .map((match) => `${match[1]} ${match[2]}`);
      const ours = model.ofType('registration').map((registration) => {
        const direction = registrationDirection(model, registration);
        return `${direction.registration}/${direction.serverUri ?? ''} ${direction.answersWith.map((auth) => auth.name).join(',')}`;
      });
      assert.deepEqual(sorted(rows), sorted(ours));
    });
  });
}

/** The object an issue is about: the section its line lies in. */
function objectOf(model: PjsipModel, issue: PjsipIssue): { name: string; type?: string } {
  const section = model.base.sections.find((candidate) => candidate.uri === issue.uri && candidate.headerLine <= issue.line && issue.line < candidate.endLine)!;
  const object = [...model.objects, ...model.duplicates].find((candidate) => candidate.section === section);
  return object ? { name: object.name, type: object.type } : { name: section.name };
}

function spanText(model: PjsipModel, issue: PjsipIssue): string {
  const file = model.base.files.find((candidate) => candidate.uri === issue.uri)!;
  return file.document.lineText(issue.line).slice(issue.span.start, issue.span.end);
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The log line each error rule predicts; null: Asterisk says nothing (our diagnostic fills that silence). */
function predictedLog(model: PjsipModel, issue: PjsipIssue): RegExp | null | undefined {
  const { name, type } = objectOf(model, issue);
  const id = escape(name);
  const created = `Could not create an object of type '${type ?? ''}' with id '${id}'`;
  switch (issue.rule) {
    case 'pjsip-unknown-option':
    case 'pjsip-chan-sip-option':
      return new RegExp(`Could not find option suitable for category '${id}' named '${escape(spanText(model, issue))}'[^]*${created}`);
    case 'pjsip-invalid-value': {
      const entry = model.base.files.find((file) => file.uri === issue.uri)!.document.lines[issue.line];
      assert.ok(entry.kind === 'keyValue');
      return new RegExp(`Error parsing ${escape(entry.key)}=${escape(entry.value)} at line ${issue.line + 1}[^]*${created}`);
    }
    case 'pjsip-auth-without-password':
      return new RegExp(`${id}: No plain text or digest password found[^]*${created}`);
    case 'pjsip-auth-without-username':
      return new RegExp(`${id}: No authentication username[^]*${created}`);
    case 'pjsip-registration-without-uri':
      return new RegExp(`No (server|client) URI specified on outbound registration '${id}'[^]*${created}`);
    case 'pjsip-identify-incomplete':
      return new RegExp(`Identify '${id}' (is not configured to match anything|missing required endpoint name)[^]*${created}`);
    case 'pjsip-transport-bind-conflict':
      return new RegExp(`Transport '${id}' could not be started: Address already in use[^]*${created}`);
    case 'pjsip-duplicate-object':
      return new RegExp(`configuration contains a duplicate object: '${id}' of type '${type ?? ''}'`);
    case 'pjsip-unknown-type':
    case 'pjsip-missing-type':
    case 'pjsip-missing-reference':
    case 'pjsip-wrong-reference-type':
      return null;
    default:
      return undefined;
  }
}

describe('pjsip oracle: error fixtures produce the log lines our diagnostics predict (real Asterisk 22)', { skip }, () => {
  const model = modelOf('errors');
  const issues = validatePjsip(model).filter((issue) => issue.severity === 'error');
  const blocks = skip ? new Map<string, string>() : runAsterisk('errors', ['pjsip show endpoints']);
  const log = blocks.get('log') ?? '';

  it('the fixture exercises every error rule it is meant to', () => {
    const rules = new Set(issues.map((issue) => issue.rule));
    for (const id of ['pjsip-unknown-option', 'pjsip-chan-sip-option', 'pjsip-invalid-value', 'pjsip-auth-without-password', 'pjsip-auth-without-username', 'pjsip-registration-without-uri', 'pjsip-identify-incomplete', 'pjsip-duplicate-object', 'pjsip-unknown-type', 'pjsip-missing-reference', 'pjsip-transport-bind-conflict'] as const) {
      assert.ok(rules.has(id), id);
    }
  });

  it('each error is followed by the log line it predicts, or by silence where we say Asterisk is silent', () => {
    for (const issue of issues) {
      const predicted = predictedLog(model, issue);
      assert.notEqual(predicted, undefined, `no prediction for ${issue.rule}`);
      const { name } = objectOf(model, issue);
      if (predicted) assert.match(log, predicted, `${issue.rule} on ${name}`);
      else assert.doesNotMatch(log, new RegExp(`'${escape(name)}'`), `${issue.rule}: Asterisk says nothing about ${name}`);
    }
  });

  it('every object Asterisk refuses carries one of our errors', () => {
    const refused = [...log.matchAll(/Could not create an object of type '[^']+' with id '([^']+)'|duplicate object: '([^']+)'/g)].map((match) => match[1] ?? match[2]);
    assert.ok(refused.length > 0);
    const flagged = new Set(issues.map((issue) => objectOf(model, issue).name));
    for (const name of refused) assert.ok(flagged.has(name), `Asterisk refused ${name}; we said nothing`);
  });

  it('an aor Asterisk refuses gets no pjsip-aor-unreachable on top of its refusal (bad-duration, bad-int)', () => {
    const refused = new Set([...log.matchAll(/Could not create an object of type 'aor' with id '([^']+)'/g)].map((match) => match[1]));
    assert.ok(refused.has('bad-duration') && refused.has('bad-int'));
    const unreachable = validatePjsip(model).filter((issue) => issue.rule === 'pjsip-aor-unreachable').map((issue) => objectOf(model, issue).name);
    assert.deepEqual(unreachable.filter((name) => refused.has(name)), []);
  });

  it('objects dropped silently (no or unknown type) are absent, the one with a missing aor is loaded', () => {
    const shown = parseEndpoints(blocks.get('pjsip show endpoints') ?? '');
    assert.ok(!shown.has('misspelt-type') && !shown.has('friend-type') && !shown.has('no-type'));
    assert.deepEqual(shown.get('missing-aor')?.aors, []);
  });
});

describe("pjsip oracle: Asterisk's pjsip.conf.sample as shipped", { skip: existsSync(path.join(root, '../shared/reference/asterisk-samples/pjsip.conf.sample')) ? false : 'no ../shared/reference here' }, () => {
  it('gives no issue at all', () => {
    const text = readFileSync(path.join(root, '../shared/reference/asterisk-samples/pjsip.conf.sample'), 'utf8');
    assert.deepEqual(validatePjsip(buildPjsipModel({ uri: 'file:///etc/asterisk/pjsip.conf', document: parseConfig(text) })), []);
  });
});
