/**
 * No cache leak: opening and closing 1000 documents returns the heap to where it started. Each check
 * runs in a child process started with --expose-gc (the test runner itself is plain `node --test`), so
 * the heap is measured after real collections; the bound is generous (a leak of one analysis per
 * document would be far above it), so GC noise never fails it.
 */
import { describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const OUT = path.resolve(__dirname, '../../..');
const REPO_ROOT = path.resolve(OUT, '..');
/** Heap growth allowed after 1000 documents: about 4 KB per document, where one kept analysis costs far more. */
const GROWTH_BOUND_BYTES = 4 * 1024 * 1024;

interface HeapReport {
  readonly before: number;
  readonly after: number;
  readonly peak: number;
  readonly documents: number;
}

/** Runs `body` (CommonJS, may use `await`, ends by calling report()) in `node --expose-gc`. */
function describeGrowth(result: HeapReport): string {
  return `heap ${(result.before / 1048576).toFixed(1)} MB before, ${(result.after / 1048576).toFixed(1)} MB after ${result.documents} documents (growth ${((result.after - result.before) / 1024).toFixed(0)} KB, peak ${(result.peak / 1048576).toFixed(1)} MB)`;
}

function inChild(body: string): HeapReport {
  const script = `
    const OUT = ${JSON.stringify(OUT)};
    const measure = () => { for (let i = 0; i < 4; i++) global.gc(); return process.memoryUsage().heapUsed; };
    const report = (value) => process.stdout.write(JSON.stringify(value));
    (async () => { ${body} })().catch((error) => { console.error(error && error.stack || error); process.exit(1); });
  `;
  const run = spawnSync(process.execPath, ['--expose-gc', '-e', script], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120000 });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as HeapReport;
}

/** A realistic document, different each time (so no cache can answer from an earlier one). */
const DOCUMENT_TEMPLATE = `
  const documentText = (index) => '[general]\\ncontext=from-unknown\\nregister => 4420017:pw' + index + '@sip.example.net/7000\\n' +
    '[office-phone](!)\\ntype=friend\\nhost=dynamic\\ncontext=from-office\\n' +
    Array.from({ length: 20 }, (_, n) => '[phone' + index + '-' + n + '](office-phone)\\nsecret=s' + index + '-' + n + '\\ncallerid="Phone ' + n + '" <' + n + '>\\n').join('') +
    '#include missing-' + index + '.conf\\n';
`;

describe('memory', () => {
  it('1000 analyses with validation, symbols and hovers keep nothing once dropped', (t: TestContext) => {
    const result = inChild(`
      ${DOCUMENT_TEMPLATE}
      const { analyzeFuzzed } = require(OUT + '/test/support/fuzzArbitraries.js');
      const { doValidation } = require(OUT + '/server/src/service/features/validation.js');
      const { doHover } = require(OUT + '/server/src/service/features/hover.js');
      const { getDocumentSymbols } = require(OUT + '/server/src/service/features/documentSymbols.js');
      const round = (index) => {
        const analysis = analyzeFuzzed(documentText(index), 'sip');
        doValidation(analysis);
        getDocumentSymbols(analysis);
        doHover(analysis, { line: 4, character: 2 });
      };
      for (let index = 0; index < 50; index++) round(-index - 1); // warm up: code, catalogs, regexps
      const before = measure();
      let peak = 0;
      for (let index = 0; index < 1000; index++) {
        round(index);
        if (index % 100 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
      }
      report({ before, after: measure(), peak, documents: 1000 });
    `);
    t.diagnostic(describeGrowth(result));
    assert.ok(result.after - result.before < GROWTH_BOUND_BYTES, `heap grew by ${((result.after - result.before) / 1024).toFixed(0)} KB (${JSON.stringify(result)})`);
  });

  it('the server: opening, analysing and closing 1000 documents returns the heap to where it started', (t: TestContext) => {
    const result = inChild(`
      ${DOCUMENT_TEMPLATE}
      const { PassThrough } = require('node:stream');
      const { createConnection, ProposedFeatures } = require('vscode-languageserver/node');
      const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-languageserver-protocol/node');
      const { startServer } = require(OUT + '/server/src/server.js');
      const { FileIncludeHost } = require(OUT + '/server/src/node/fileIncludeHost.js');
      const toServer = new PassThrough();
      const toClient = new PassThrough();
      const serverConnection = createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
      startServer(serverConnection, {
        timer: { setTimeout(callback, ms) { const handle = setTimeout(callback, ms); return { dispose: () => clearTimeout(handle) }; } },
        createIncludeHost: (openDocuments, allowedRoots) => new FileIncludeHost({ openDocuments, allowedRoots }),
        listDirectory: () => [],
      });
      const client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
      const published = new Map();
      client.onNotification('textDocument/publishDiagnostics', (params) => {
        const waiter = published.get(params.uri);
        if (waiter) { published.delete(params.uri); waiter(); }
      });
      client.onRequest('workspace/configuration', () => [null]);
      client.listen();
      await client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {}, initializationOptions: { validationDelay: 0 } });
      await client.sendNotification('initialized', {});
      const round = async (index) => {
        const uri = 'file:///nonexistent-asterisk-conf-memory/d' + index + '/sip.conf';
        const diagnosed = new Promise((resolve) => published.set(uri, resolve));
        await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'asterisk-sip', version: 1, text: documentText(index) } });
        await diagnosed;
        await client.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
        await client.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 2 } });
        await client.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 5, character: 0 } });
        await client.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } });
        // Closing publishes empty diagnostics: wait for them, so nothing of this document is in flight.
        const cleared = new Promise((resolve) => published.set(uri, resolve));
        await client.sendNotification('textDocument/didClose', { textDocument: { uri } });
        await cleared;
      };
      for (let index = 0; index < 50; index++) await round(-index - 1);
      const before = measure();
      let peak = 0;
      for (let index = 0; index < 1000; index++) {
        await round(index);
        if (index % 100 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
      const after = measure();
      report({ before, after, peak, documents: 1000 });
      process.exit(0);
    `);
    t.diagnostic(describeGrowth(result));
    assert.ok(result.after - result.before < GROWTH_BOUND_BYTES, `heap grew by ${((result.after - result.before) / 1024).toFixed(0)} KB (${JSON.stringify(result)})`);
  });

  it('a leak of one analysis per document would fail the bound (the check can see a leak)', (t: TestContext) => {
    const result = inChild(`
      ${DOCUMENT_TEMPLATE}
      const { analyzeFuzzed } = require(OUT + '/test/support/fuzzArbitraries.js');
      const kept = [];
      for (let index = 0; index < 50; index++) analyzeFuzzed(documentText(-index - 1), 'sip');
      const before = measure();
      for (let index = 0; index < 1000; index++) kept.push(analyzeFuzzed(documentText(index), 'sip'));
      report({ before, after: measure(), peak: 0, documents: kept.length });
    `);
    t.diagnostic(describeGrowth(result));
    assert.ok(result.after - result.before > GROWTH_BOUND_BYTES, `keeping 1000 analyses grew the heap by only ${result.after - result.before} bytes`);
  });
});
