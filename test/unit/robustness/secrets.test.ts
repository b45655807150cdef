/**
 * Secrets never leave the document: every output surface (hovers at every position, symbols, inlay
 * hints, code lenses, completion, diagnostics, code action titles, the CLI, the server log) is searched
 * for the fixture's distinctive secrets. `asterisk.hover.revealSecrets` shows them in hovers only.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Analysis } from '../../../server/src/service/analysis';
import type { FileDialect } from '../../../server/src/service/dialect';
import { DEFAULT_SETTINGS } from '../../../server/src/service/settings';
import { doValidation } from '../../../server/src/service/features/validation';
import { doComplete } from '../../../server/src/service/features/completion';
import { doHover } from '../../../server/src/service/features/hover';
import { getCodeLenses, getInlayHints } from '../../../server/src/service/features/directionHints';
import { getCodeActions } from '../../../server/src/service/features/codeActions';
import { getDocumentSymbols, getWorkspaceSymbols } from '../../../server/src/service/features/documentSymbols';
import { getDocumentLinks } from '../../../server/src/service/features/documentLinks';
import { getSemanticTokens } from '../../../server/src/service/features/semanticTokens';
import { getFoldingRanges } from '../../../server/src/service/features/folding';
import { analyzeFuzzed } from '../../support/fuzzArbitraries';
import { analyze } from '../../../server/src/service/analysis';
import { parseConfig } from '../../../server/src/service/parser/configDocument';
import { FileIncludeHost } from '../../../server/src/node/fileIncludeHost';
import { LspSession } from '../../lsp/lspSession';

/** Each secret is distinctive, so a search cannot match anything else (and cannot miss a partial leak of its core). */
const SIP_SECRETS = {
  secret: 'Qz7-ALPHAsecret-1188',
  md5secret: '9f1c0ffee4d2BRAVOmd5a7e3b1c0d9e2',
  remotesecret: 'Qz7-CHARLIEremote-2299',
  dbsecret: 'sipusers/DELTAdbkey-3344',
  register: 'Qz7-ECHOregister-4455',
  auth: 'Qz7-FOXTROTauth-5566',
  authMd5: 'Qz7-GOLFauthmd5-6677',
  mwi: 'Qz7-HOTELmwi-7788',
};
const IAX_SECRETS = {
  secret: 'Qz7-INDIAiax-8899',
  register: 'Qz7-JULIETiaxreg-9900',
  dbsecret: 'iaxusers/KILOdbkey-1122',
};

const SIP_FIXTURE = `[general]
context=from-unknown
register => 4420017:${SIP_SECRETS.register}@sip.example-voip.net/7000
register => tcp://4420018:${SIP_SECRETS.register}:authuser@sip.example-voip.net:5061/7001~120
mwi => 4420017:${SIP_SECRETS.mwi}@sip.example-voip.net/201

[office-phone](!)
type=friend
host=dynamic
context=from-office

[alice](office-phone)
secret=${SIP_SECRETS.secret}

[bob](office-phone)
md5secret=${SIP_SECRETS.md5secret}

[carol](office-phone)
dbsecret=${SIP_SECRETS.dbsecret}

[provider]
type=peer
host=sip.example-voip.net
defaultuser=4420017
remotesecret=${SIP_SECRETS.remotesecret}
auth=4420017:${SIP_SECRETS.auth}@sip.example-voip.net
auth=4420019#${SIP_SECRETS.authMd5}@other.example.net
secret =  ${SIP_SECRETS.secret}  ; same secret, spaced out
context=from-provider

[dave]
type=user
secret=${SIP_SECRETS.secret}
context=from-office
`;

const IAX_FIXTURE = `[general]
register => head-office:${IAX_SECRETS.register}@branch.example.org

[branch-in]
type=user
secret=${IAX_SECRETS.secret}
context=from-branch

[branch-out]
type=peer
host=branch.example.org
username=head-office
secret=${IAX_SECRETS.secret}
dbsecret=${IAX_SECRETS.dbsecret}
`;

/**
 * Issue #19 items 7–9: secrets on the paths the first fixtures missed. Values glued with `+=`, register
 * lines Asterisk reads differently from what the writer meant (the password then sits in the peer, the
 * user, a dropped piece or a transport), a template's lines in the `[x](` completion, a typo'd secret key,
 * secrets in text after a section header and SIP-style credentials in iax.conf's `auth=`.
 */
const SIP_HOSTILE_SECRETS = {
  appended1: 'Qz7-LIMAappend-1001',
  appended2: 'Qz7-MIKEappend-1002',
  questionEnd: 'Qz7-NOVEMBERq-1003',
  slashes: 'Qz7-OSCARslash-1004',
  questionInside: 'Qz7-PAPAone?QUEBECtwo-1005',
  mwi1: 'Qz7-ROMEOmwi-1006',
  mwi2: 'Qz7-SIERRAmwi-1007',
  template: 'Qz7-TANGOtpl-1008',
  typo: 'Qz7-UNIFORMtypo-1009',
  auth1: 'Qz7-VICTORauth-1010',
  auth2: 'Qz7-WHISKEYauth-1011',
  header: 'Qz7-XRAYheader-1012',
  typo2: 'Qz7-YANKEEtypo-1013',
  header2: 'Qz7-ZULUspace-1014',
  header3: 'Qz7-ALFAspaces-1015',
};

const SIP_HOSTILE_FIXTURE = `[general]
context=from-unknown
register => me:${SIP_HOSTILE_SECRETS.appended1}@r1.example.net
register += me2:${SIP_HOSTILE_SECRETS.appended2}@r2.example.net
register => 1001:${SIP_HOSTILE_SECRETS.questionEnd}?@host.example.net
register => reguser9:${SIP_HOSTILE_SECRETS.slashes}//@host.example.net
register => 1002:${SIP_HOSTILE_SECRETS.questionInside}@host.example.net
mwi => mb:${SIP_HOSTILE_SECRETS.mwi1}@h.example.net/100
mwi += x:${SIP_HOSTILE_SECRETS.mwi2}@h.example.net/101

[tpl](!)
type=friend
host=dynamic
context=from-office
mwi=mbox:${SIP_HOSTILE_SECRETS.template}@h.example.net/100
sceret=${SIP_HOSTILE_SECRETS.typo}
md5secert=${SIP_HOSTILE_SECRETS.typo2}

[x](tpl)
auth=u:${SIP_HOSTILE_SECRETS.auth1}@r1.example.net
auth+=u2:${SIP_HOSTILE_SECRETS.auth2}@r2.example.net

[y] secret=${SIP_HOSTILE_SECRETS.header}
type=peer
host=h.example.net

[w] (!,secret=${SIP_HOSTILE_SECRETS.header2})
[v](!, secret=${SIP_HOSTILE_SECRETS.header3})

[z](
`;

const IAX_HOSTILE_SECRETS = {
  transport: 'Qz7-ZULUudp-2001',
  colon1: 'Qz7-ALFAcolon-2002',
  colon2: 'Qz7-BRAVOcolon-2003',
  appended1: 'Qz7-CHARLIEiax-2004',
  appended2: 'Qz7-DELTAiax-2005',
  sipAuth: 'Qz7-ECHOsipauth-2006',
  at: 'Qz7-FOXTROTat-2007',
};

const IAX_HOSTILE_FIXTURE = `[general]
register => udp://u:${IAX_HOSTILE_SECRETS.transport}@h.example.org
register => u:${IAX_HOSTILE_SECRETS.colon1}:${IAX_HOSTILE_SECRETS.colon2}@h.example.org
register => u:${IAX_HOSTILE_SECRETS.at}@x@h.example.org

[p]
type=peer
host=h.example.org
secret=${IAX_HOSTILE_SECRETS.appended1}
secret+=${IAX_HOSTILE_SECRETS.appended2}
auth=u:${IAX_HOSTILE_SECRETS.sipAuth}@realm
`;

/** The distinctive middle of every secret (e.g. ALPHAsecret), so a half-masked secret is found too. */
function secretCores(secrets: Record<string, string>): string[] {
  return Object.values(secrets).flatMap((secret) => [secret, ...secret.match(/[A-Z]{4,}[a-z0-9]+/g)!]);
}

function leaks(surface: string, output: unknown, secrets: Record<string, string>): string[] {
  const text = typeof output === 'string' ? output : JSON.stringify(output);
  return secretCores(secrets)
    .filter((core) => text.includes(core))
    .map((core) => `${surface}: ${core}`);
}

function everyPosition(text: string): { line: number; character: number }[] {
  return text.split('\n').flatMap((line, index) => Array.from({ length: line.length + 1 }, (_, character) => ({ line: index, character })));
}

/** Every surface except hovers; none of them may show a secret, whatever the settings. */
function nonHoverSurfaces(analysis: Analysis, text: string): Array<[string, unknown]> {
  const whole = { start: { line: 0, character: 0 }, end: { line: analysis.document.lineCount, character: 0 } };
  const diagnostics = doValidation(analysis);
  const surfaces: Array<[string, unknown]> = [
    ['document symbols', getDocumentSymbols(analysis)],
    ['inlay hints', getInlayHints(analysis, whole)],
    ['code lenses', getCodeLenses(analysis)],
    ['document links', getDocumentLinks(analysis)],
    ['semantic tokens', getSemanticTokens(analysis)],
    ['folding ranges', getFoldingRanges(analysis)],
    ['diagnostics', diagnostics.map((diagnostic) => [diagnostic.message, diagnostic.relatedInformation, diagnostic.data])],
    // Edits may carry the line they rewrite; what the user reads (titles, messages) may not.
    ['code action titles', getCodeActions(analysis, whole, { diagnostics: [...diagnostics] }).map((action) => [action.title, action.diagnostics?.map((d) => d.message)])],
  ];
  for (const query of ['', 'a', 'Qz7', 'ALPHA', 'secret']) surfaces.push([`workspace symbols '${query}'`, getWorkspaceSymbols([analysis], query)]);
  for (const at of everyPosition(text)) {
    const completion = doComplete(analysis, at);
    // The text a completion inserts over a secret value may be that value; what it shows may not.
    surfaces.push([`completion @${at.line}:${at.character}`, completion.items.map((item) => [item.label, item.detail, item.documentation, item.labelDetails, item.filterText === item.label ? undefined : item.filterText])]);
  }
  return surfaces;
}

const CASES: Array<{ name: string; dialect: FileDialect; text: string; secrets: Record<string, string>; endpoints: string[]; revealed: string }> = [
  { name: 'sip.conf', dialect: 'sip', text: SIP_FIXTURE, secrets: SIP_SECRETS, endpoints: ['provider', 'alice', 'bob', 'carol'], revealed: SIP_SECRETS.secret },
  { name: 'iax.conf', dialect: 'iax', text: IAX_FIXTURE, secrets: IAX_SECRETS, endpoints: ['branch-in', 'branch-out'], revealed: IAX_SECRETS.secret },
  { name: 'hostile/sip.conf', dialect: 'sip', text: SIP_HOSTILE_FIXTURE, secrets: SIP_HOSTILE_SECRETS, endpoints: ['x', 'y'], revealed: SIP_HOSTILE_SECRETS.auth1 },
  { name: 'hostile/iax.conf', dialect: 'iax', text: IAX_HOSTILE_FIXTURE, secrets: IAX_HOSTILE_SECRETS, endpoints: ['p'], revealed: IAX_HOSTILE_SECRETS.appended1 },
];

describe('secrets never leak', () => {
  for (const { name, dialect, text, secrets, revealed } of CASES) {
    it(`${name}: the fixture really holds every secret (the search below cannot pass by accident)`, () => {
      assert.deepEqual(leaks('fixture', text, secrets).length, secretCores(secrets).length);
    });

    it(`${name}: no hover at any position shows a secret by default`, () => {
      const analysis = analyzeFuzzed(text, dialect);
      const found = everyPosition(text).flatMap((at) => leaks(`hover @${at.line}:${at.character}`, doHover(analysis, at), secrets));
      assert.deepEqual(found, []);
    });

    it(`${name}: no symbol, hint, lens, link, token, diagnostic, code action title or completion shows a secret`, () => {
      const analysis = analyzeFuzzed(text, dialect);
      assert.deepEqual(nonHoverSurfaces(analysis, text).flatMap(([surface, output]) => leaks(surface, output, secrets)), []);
    });

    it(`${name}: with revealSecretsInHover a hover shows the secret, and still nothing else does`, () => {
      const analysis = analyzeFuzzed(text, dialect, { ...DEFAULT_SETTINGS, revealSecretsInHover: true });
      const shown = everyPosition(text).flatMap((at) => leaks(`hover @${at.line}:${at.character}`, doHover(analysis, at), secrets));
      assert.ok(shown.some((leak) => leak.endsWith(revealed)), `no hover reveals ${revealed}`);
      assert.deepEqual(nonHoverSurfaces(analysis, text).flatMap(([surface, output]) => leaks(surface, output, secrets)), []);
    });
  }
});

const REPO_ROOT = path.resolve(__dirname, '../../../..');
const CLI = path.join(REPO_ROOT, 'dist/cli.js');

describe('secrets never leak from the CLI', () => {
  let folder: string;
  before(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'asterisk-conf-secrets-'));
    writeFileSync(path.join(folder, 'sip.conf'), SIP_FIXTURE);
    writeFileSync(path.join(folder, 'iax.conf'), IAX_FIXTURE);
    mkdirSync(path.join(folder, 'hostile'));
    writeFileSync(path.join(folder, 'hostile', 'sip.conf'), SIP_HOSTILE_FIXTURE);
    writeFileSync(path.join(folder, 'hostile', 'iax.conf'), IAX_HOSTILE_FIXTURE);
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('the CLI is built (node scripts/build.mjs)', () => {
    assert.ok(existsSync(CLI), `${CLI} is missing`);
  });

  for (const { name, secrets, endpoints } of CASES) {
    const runs: string[][] = [['explain', name], ...endpoints.map((endpoint) => ['explain', name, endpoint]), ['check', name], ['check', '--format', 'json', name], ['check', '--format', 'sarif', name]];
    for (const args of runs) {
      it(`asterisk-conf ${args.join(' ')}`, () => {
        const run = spawnSync(process.execPath, [CLI, ...args], { cwd: folder, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
        assert.ok(run.status !== null && run.status <= 2, `exit ${run.status}: ${run.stderr}`);
        if (args[0] === 'explain') assert.equal(run.status, 0, run.stderr);
        if (args[0] === 'explain' && args.length === 2) assert.ok(run.stdout.includes('••••••'), `explain shows no masked secret:\n${run.stdout}`);
        assert.deepEqual([...leaks('stdout', run.stdout, secrets), ...leaks('stderr', run.stderr, secrets)], []);
      });
    }
  }
});

describe('secrets never leak into the server log', () => {
  it('a session that opens the fixtures and runs every request logs no secret', async () => {
    const session = new LspSession();
    const logged: unknown[] = [];
    for (const method of ['window/logMessage', 'window/showMessage', 'telemetry/event', '$/logTrace']) {
      session.connection.onNotification(method, (params: unknown) => {
        logged.push(params);
      });
    }
    try {
      await session.initialize({ validationDelay: 0 });
      for (const { name, text, dialect } of CASES) {
        const uri = pathToFileURL(path.join(tmpdir(), 'asterisk-conf-secrets-session', name)).toString();
        const languageId = dialect === 'sip' ? 'asterisk-sip' : 'asterisk-iax';
        const diagnostics = session.nextDiagnostics(uri);
        await session.open(uri, text, languageId);
        await diagnostics;
        const doc = { textDocument: { uri } };
        const whole = { start: { line: 0, character: 0 }, end: { line: 60, character: 0 } };
        const requests: Array<Promise<unknown>> = [];
        for (const at of everyPosition(text).filter((_, index) => index % 3 === 0)) {
          for (const method of ['textDocument/hover', 'textDocument/completion', 'textDocument/definition', 'textDocument/references', 'textDocument/documentHighlight', 'textDocument/prepareRename']) {
            requests.push(session.connection.sendRequest(method, { ...doc, position: at, context: { includeDeclaration: true } }).catch((error: unknown) => error));
          }
          requests.push(session.connection.sendRequest('textDocument/rename', { ...doc, position: at, newName: 'x y' }).catch((error: unknown) => error));
        }
        const wholeDocumentRequests: Array<[string, unknown]> = [
          ['textDocument/documentSymbol', doc],
          ['workspace/symbol', { query: '' }],
          ['textDocument/inlayHint', { ...doc, range: whole }],
          ['textDocument/codeLens', doc],
          ['textDocument/codeAction', { ...doc, range: whole, context: { diagnostics: [] } }],
          ['textDocument/foldingRange', doc],
          ['textDocument/selectionRange', { ...doc, positions: [{ line: 2, character: 20 }] }],
          ['textDocument/documentLink', doc],
          ['textDocument/formatting', { ...doc, options: { tabSize: 4, insertSpaces: true } }],
          ['textDocument/rangeFormatting', { ...doc, range: whole, options: { tabSize: 4, insertSpaces: true } }],
          ['textDocument/semanticTokens/full', doc],
          // Requests that fail on purpose, so the error paths log too.
          ['textDocument/hover', { ...doc, position: { line: -1, character: -1 } }],
          ['textDocument/completion', { ...doc, position: { line: 1e9, character: 1e9 } }],
        ];
        for (const [method, params] of wholeDocumentRequests) requests.push(session.connection.sendRequest(method, params).catch((error: unknown) => error));
        await Promise.all(requests);
        // A stale change is logged (it names the document): it must not quote the text.
        await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 0 }, contentChanges: [{ text }] });
        await session.connection.sendNotification('textDocument/didClose', doc);
      }
      await session.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///nowhere.conf' }, position: { line: 0, character: 0 } });
      assert.ok(session.alive);
      // The stale change above is logged: the capture works, so an empty search means something.
      assert.ok(logged.some((params) => JSON.stringify(params).includes('stale')), `nothing captured: ${JSON.stringify(logged)}`);
      const published = session.published.map((params) => params.diagnostics.map((diagnostic) => diagnostic.message));
      for (const { secrets } of CASES) {
        assert.deepEqual([...leaks('window/logMessage', logged, secrets), ...leaks('stderr', session.stderr, secrets), ...leaks('published diagnostics', published, secrets)], []);
      }
    } finally {
      await session.shutdown();
    }
  });
});

/**
 * Issue #19 item 10: an #include may name any file. Its text must never reach a hover, a completion, a
 * message or the CLI unless it looks like a config: /proc/self/environ (the server's environment, tokens
 * included) and a private key showed in a template's options table, the `[x](` docs and CLI messages.
 */
describe('content of files that are not configs is never shown', () => {
  const PEM_LINE = 'x73OyQ9Qz7PEMLINEkeyMATERIAL0aB1cD2eF3gH4iJ5kL6mN7oP8qR9sT0uV1wX2yZ3';
  let folder: string;
  before(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'asterisk-conf-content-'));
    mkdirSync(path.join(folder, 'keys'));
    writeFileSync(path.join(folder, 'keys', 'server.key'), `-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n${PEM_LINE}\n-----END PRIVATE KEY-----\n`);
    const config = '[general]\ncontext=public\nallowguest=no\n\n[t](!)\ntype=friend\nhost=dynamic\n#include /proc/self/environ\n#include keys/server.key\n\n[x](t)\nsecret=Xk9-Long-Pass\ncontext=public\n\n[y](\n';
    writeFileSync(path.join(folder, 'sip.conf'), config);
    // The same config without the includes: what it shows anyway (the tool's name may be in the environment).
    mkdirSync(path.join(folder, 'baseline'));
    writeFileSync(path.join(folder, 'baseline', 'sip.conf'), config.replace(/#include .*/g, '; nothing included'));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  /** Values of the environment this process started with that `baseline` (or a path the messages name) does not show anyway. */
  function environmentValues(baseline: string): string[] {
    return readFileSync('/proc/self/environ', 'latin1')
      .split('\u0000')
      .map((entry) => entry.slice(entry.indexOf('=') + 1))
      .filter((value) => value.length >= 8 && !baseline.includes(value) && !folder.includes(value) && !'/proc/self/environ'.includes(value));
  }

  /** Every hover and completion at every position, and the diagnostics, of the sip.conf in `at`. */
  function shownBy(at: string): { output: string; problems: (string | undefined)[] } {
    const filePath = path.join(at, 'sip.conf');
    const text = readFileSync(filePath, 'utf8');
    const analysis = analyze(pathToFileURL(filePath).href, parseConfig(text), 'sip', { host: new FileIncludeHost(), settings: DEFAULT_SETTINGS });
    const shown: string[] = [];
    for (const position of everyPosition(text)) {
      shown.push(JSON.stringify(doHover(analysis, position)));
      shown.push(JSON.stringify(doComplete(analysis, position).items.map((item) => [item.label, item.detail, item.documentation])));
    }
    shown.push(JSON.stringify(doValidation(analysis)));
    return { output: shown.join('\n'), problems: analysis.model.includes.map((link) => link.problem) };
  }

  it('hover and completion at every position show nothing of /proc/self/environ or of a private key (trusted workspace)', { skip: process.platform !== 'linux' }, () => {
    const { output, problems } = shownBy(folder);
    assert.deepEqual(problems, ['not-a-config', 'not-a-config']);
    assert.ok(output.includes('not an Asterisk config: not read'), 'the include lines say why');
    const values = [...environmentValues(shownBy(path.join(folder, 'baseline')).output), PEM_LINE, 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC'];
    for (const value of values) assert.ok(!output.includes(value), `shown: ${value.slice(0, 12)}…`);
  });

  it('asterisk-conf check reports the include once and quotes none of the file', () => {
    for (const format of ['text', 'json', 'sarif']) {
      const check = (cwd: string) => spawnSync(process.execPath, [CLI, 'check', '--format', format, 'sip.conf'], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      const run = check(folder);
      assert.ok(run.status !== null && run.status <= 1, `exit ${run.status}: ${run.stderr}`);
      assert.equal(run.stdout.split('not an Asterisk config: not read').length - 1, 2, run.stdout);
      const baseline = check(path.join(folder, 'baseline'));
      for (const value of [PEM_LINE, 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC', ...(process.platform === 'linux' ? environmentValues(baseline.stdout + baseline.stderr) : [])]) {
        assert.ok(!run.stdout.includes(value) && !run.stderr.includes(value), `${format} shows ${value.slice(0, 12)}…`);
      }
    }
  });
});
