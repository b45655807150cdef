/**
 * The server under a misbehaving client: requests about unknown or closed documents, positions and
 * ranges outside the document, stale and overlapping changes, a burst of 1000 changes, cancelled
 * requests, malformed messages. Every answer is an error or an empty result, and after each step the
 * server is alive and still answers a hover and a completion on a good document.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CompletionList, DocumentSymbol, Hover, Range } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CancellationTokenSource, LSPErrorCodes, ResponseError, ErrorCodes } from 'vscode-languageserver-protocol/node';
import { getDocumentSymbols } from '../../server/src/service/features/documentSymbols';
import { analyzeFuzzed } from '../support/fuzzArbitraries';
import { LspSession } from './lspSession';

const GOOD_URI = 'file:///abuse/good/sip.conf';
const GOOD_TEXT = '[general]\ncontext=default\n\n[alice]\ntype=friend\nhost=dynamic\nsecret=Fh3k\ncontext=from-office\n';
const SCRATCH_URI = 'file:///abuse/scratch/sip.conf';

const POSITION_REQUESTS = [
  'textDocument/hover',
  'textDocument/completion',
  'textDocument/definition',
  'textDocument/declaration',
  'textDocument/references',
  'textDocument/documentHighlight',
  'textDocument/prepareRename',
] as const;

function isEmptyAnswer(answer: unknown): boolean {
  if (answer === null || answer === undefined) return true;
  if (Array.isArray(answer)) return answer.length === 0;
  if (typeof answer === 'object') {
    const record = answer as Record<string, unknown>;
    if (Array.isArray(record.items)) return record.items.length === 0;
    if (Array.isArray(record.data)) return record.data.length === 0;
    if ('changes' in record || 'documentChanges' in record) return Object.keys(record.changes ?? {}).length === 0 && !(record.documentChanges as unknown[] | undefined)?.length;
  }
  return false;
}

/** Resolves with the answer, or with the ResponseError the server sent (never rejects for those). */
async function answerOf(session: LspSession, method: string, params: unknown): Promise<unknown> {
  try {
    return await session.connection.sendRequest(method, params);
  } catch (error) {
    if (error instanceof ResponseError) return error;
    throw error;
  }
}

async function expectErrorOrEmpty(session: LspSession, method: string, params: unknown): Promise<void> {
  const answer = await answerOf(session, method, params);
  assert.ok(answer instanceof ResponseError || isEmptyAnswer(answer), `${method} ${JSON.stringify(params)} answered ${JSON.stringify(answer)}`);
}

function allRequests(uri: string, position: { line: number; character: number }, range: Range): Array<[string, unknown]> {
  const doc = { textDocument: { uri } };
  return [
    ...POSITION_REQUESTS.map((method): [string, unknown] => [method, { ...doc, position, context: { includeDeclaration: true } }]),
    ['textDocument/rename', { ...doc, position, newName: 'bob' }],
    ['textDocument/selectionRange', { ...doc, positions: [position] }],
    ['textDocument/inlayHint', { ...doc, range }],
    ['textDocument/codeAction', { ...doc, range, context: { diagnostics: [] } }],
    ['textDocument/rangeFormatting', { ...doc, range, options: { tabSize: 4, insertSpaces: true } }],
  ];
}

function documentRequests(uri: string): Array<[string, unknown]> {
  const doc = { textDocument: { uri } };
  return [
    ['textDocument/documentSymbol', doc],
    ['textDocument/codeLens', doc],
    ['textDocument/foldingRange', doc],
    ['textDocument/documentLink', doc],
    ['textDocument/formatting', { ...doc, options: { tabSize: 4, insertSpaces: true } }],
    ['textDocument/semanticTokens/full', doc],
  ];
}

describe('a misbehaving client cannot break the server', () => {
  let session: LspSession;
  let version = 1;

  async function assertStillServing(): Promise<void> {
    assert.ok(session.alive, `server exited; stderr: ${session.stderr}`);
    const hover = (await session.connection.sendRequest('textDocument/hover', { textDocument: { uri: GOOD_URI }, position: { line: 4, character: 2 } })) as Hover | null;
    assert.ok(hover && JSON.stringify(hover.contents).length > 10, `no hover on type=: ${JSON.stringify(hover)}`);
    const completion = (await session.connection.sendRequest('textDocument/completion', { textDocument: { uri: GOOD_URI }, position: { line: 8, character: 0 } })) as CompletionList;
    assert.ok(completion.items.length > 0, 'no completion at the start of a line in [alice]');
  }

  async function serverSymbols(uri: string): Promise<string[]> {
    const symbols = (await session.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
    return symbols.map((symbol) => symbol.name);
  }

  before(async () => {
    session = new LspSession();
    await session.initialize({ validationDelay: 0 });
    const published = session.nextDiagnostics(GOOD_URI);
    await session.open(GOOD_URI, GOOD_TEXT);
    await published;
  });
  after(async () => {
    await session.shutdown();
  });

  it('starts serving', async () => {
    await assertStillServing();
  });

  it('requests about a document that was never opened answer empty', async () => {
    const range = { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } };
    for (const [method, params] of [...allRequests('file:///abuse/never-opened.conf', { line: 0, character: 0 }, range), ...documentRequests('untitled:Untitled-1')]) {
      await expectErrorOrEmpty(session, method, params);
    }
    await assertStillServing();
  });

  it('requests about a closed document answer empty, and closing twice or changing it is harmless', async () => {
    const uri = 'file:///abuse/closed/sip.conf';
    await session.open(uri, GOOD_TEXT);
    assert.deepEqual(await serverSymbols(uri), ['general', 'alice']);
    await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 9 }, contentChanges: [{ text: '[x]\n' }] });
    const range = { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } };
    for (const [method, params] of [...allRequests(uri, { line: 4, character: 2 }, range), ...documentRequests(uri)]) await expectErrorOrEmpty(session, method, params);
    await assertStillServing();
  });

  it('positions and ranges outside the document answer empty, or as at the end of the line', async () => {
    const outside = [
      { line: 9999, character: 0 },
      { line: 3, character: 9999 },
      { line: -1, character: 0 },
      { line: 0, character: -1 },
      { line: 2 ** 31 - 1, character: 2 ** 31 - 1 },
    ];
    const ALWAYS_ANSWERED = ['textDocument/inlayHint', 'textDocument/codeAction', 'textDocument/rangeFormatting', 'textDocument/selectionRange'];
    for (const position of outside) {
      const range = { start: position, end: { line: position.line + 5, character: position.character } };
      const lineEnd = { line: position.line, character: '[alice]'.length };
      const atLineEnd = new Map(allRequests(GOOD_URI, lineEnd, range));
      for (const [method, params] of allRequests(GOOD_URI, position, range)) {
        const answer = await answerOf(session, method, params);
        if (ALWAYS_ANSWERED.includes(method)) {
          // Ranges that still overlap the document get real answers; selectionRange answers one range per position.
          assert.ok(!(answer instanceof Error) || answer instanceof ResponseError, `${method}: ${String(answer)}`);
        } else if (position.line > 8) {
          assert.ok(answer instanceof ResponseError || isEmptyAnswer(answer), `${method} ${JSON.stringify(params)} answered ${JSON.stringify(answer)}`);
        } else if (position.character > 8) {
          // LSP: "If the character value is greater than the line length it defaults back to the line length."
          assert.deepEqual(answer, await answerOf(session, method, atLineEnd.get(method)), method);
        }
      }
      await assertStillServing();
    }
  });

  it('malformed requests get an error, unknown methods MethodNotFound', async () => {
    const missing = await answerOf(session, 'textDocument/hover', { textDocument: { uri: GOOD_URI } });
    assert.ok(missing instanceof ResponseError || missing === null);
    const wrongTypes = await answerOf(session, 'textDocument/completion', { textDocument: { uri: 42 }, position: 'here' });
    assert.ok(wrongTypes instanceof ResponseError || isEmptyAnswer(wrongTypes));
    const unknown = await answerOf(session, 'textDocument/noSuchRequest', {});
    assert.ok(unknown instanceof ResponseError && unknown.code === ErrorCodes.MethodNotFound);
    await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///abuse/bad.conf' } });
    await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri: GOOD_URI, version: 'x' }, contentChanges: null });
    await assertStillServing();
  });

  it('a stale change is ignored', async () => {
    await session.open(SCRATCH_URI, '[one]\ntype=peer\n', 'asterisk-sip', 5);
    version = 5;
    await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri: SCRATCH_URI, version: 5 }, contentChanges: [{ text: '[stale]\n' }] });
    await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri: SCRATCH_URI, version: 2 }, contentChanges: [{ text: '[older]\n' }] });
    assert.deepEqual(await serverSymbols(SCRATCH_URI), ['one']);
    await assertStillServing();
  });

  it('overlapping, reversed and out-of-range change ranges apply as TextDocument applies them', async () => {
    let expected = TextDocument.create(SCRATCH_URI, 'asterisk-sip', version, '[one]\ntype=peer\n');
    const changes = [
      { range: { start: { line: 0, character: 1 }, end: { line: 0, character: 4 } }, text: 'alpha' },
      { range: { start: { line: 0, character: 3 }, end: { line: 0, character: 2 } }, text: 'XY' },
      { range: { start: { line: 50, character: 0 }, end: { line: 60, character: 5 } }, text: '\n[beta]\nhost=dynamic' },
      { range: { start: { line: -4, character: -4 }, end: { line: 0, character: 0 } }, text: '; head\n' },
      { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 999 } }, text: '[gamma]' },
      { range: { start: { line: 2, character: 0 }, end: { line: 1, character: 3 } }, text: '' },
    ];
    for (const change of changes) expected = TextDocument.update(TextDocument.create(SCRATCH_URI, 'asterisk-sip', version, expected.getText()), [change], version + 1);
    version++;
    // All in one notification: each range is read against the text the previous change left.
    await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri: SCRATCH_URI, version }, contentChanges: changes });
    // The server's document must be exactly the expected text: its outline equals the service's outline of it.
    assert.equal(expected.getText(), '; head\n[gatype=peer\n\n[beta]\nhost=dynamic');
    const outline = getDocumentSymbols(analyzeFuzzed(expected.getText(), 'sip')).map((symbol) => symbol.name);
    assert.deepEqual(await serverSymbols(SCRATCH_URI), outline);
    await assertStillServing();
  });

  it('a burst of 1000 changes ends in the final text, diagnosed as the final text', async () => {
    const base = version;
    const typed = '[burst]\ntype=friend\nhost=dynamic\ncontext=from-office\n';
    const finalVersion = base + 1000;
    const sends: Array<Promise<void>> = [session.connection.sendNotification('textDocument/didChange', { textDocument: { uri: SCRATCH_URI, version: base + 1 }, contentChanges: [{ text: '' }] })];
    let text = '';
    for (let step = 2; step <= 1000; step++) {
      const character = typed[(step - 2) % typed.length];
      const lines = text.split('\n');
      const end = { line: lines.length - 1, character: lines[lines.length - 1].length };
      sends.push(session.connection.sendNotification('textDocument/didChange', { textDocument: { uri: SCRATCH_URI, version: base + step }, contentChanges: [{ range: { start: end, end }, text: character }] }));
      text += character;
    }
    await Promise.all(sends);
    version = finalVersion;
    // The final version publishes nothing when its list equals the last one sent (issue #18): what the
    // client shows once the server has caught up must be the list of the final text opened fresh.
    const shown = await session.settled(SCRATCH_URI);
    const freshUri = 'file:///abuse/scratch-fresh/sip.conf';
    const fresh = session.nextDiagnostics(freshUri);
    await session.open(freshUri, text);
    // The same list but for the URI a duplicate-section diagnostic names in its data.
    assert.deepEqual(shown?.diagnostics, JSON.parse(JSON.stringify((await fresh).diagnostics).replaceAll(freshUri, SCRATCH_URI)));
    const expectedSections = text.split('\n').filter((line) => line === '[burst]').length;
    assert.equal((await serverSymbols(SCRATCH_URI)).filter((name) => name === 'burst').length, expectedSections);
    await assertStillServing();
  });

  it('a cancelled request answers RequestCancelled or its result, and the next request is served', async () => {
    const bigUri = 'file:///abuse/big/sip.conf';
    const sections: string[] = [];
    for (let index = 0; index < 20000; index++) sections.push(`[phone${index}](office-phone)\nsecret=x${index}\ncontext=from-office\n`);
    await session.open(bigUri, `[office-phone](!)\ntype=friend\nhost=dynamic\n${sections.join('')}`);
    const outcomes: string[] = [];
    for (const method of ['textDocument/semanticTokens/full', 'textDocument/documentSymbol', 'textDocument/foldingRange', 'textDocument/hover'] as const) {
      const source = new CancellationTokenSource();
      const params = method === 'textDocument/hover' ? { textDocument: { uri: bigUri }, position: { line: 40000, character: 2 } } : { textDocument: { uri: bigUri } };
      const answer = session.connection.sendRequest(method, params, source.token).then(
        (result) => (result === undefined ? 'undefined' : 'result'),
        (error: unknown) => (error instanceof ResponseError && error.code === LSPErrorCodes.RequestCancelled ? 'cancelled' : `error ${String(error)}`),
      );
      setTimeout(() => source.cancel(), method === 'textDocument/hover' ? 0 : 5);
      outcomes.push(await answer);
    }
    assert.deepEqual(
      outcomes.filter((outcome) => outcome !== 'cancelled' && outcome !== 'result'),
      [],
    );
    await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri: bigUri } });
    await assertStillServing();
  });

  it('a request cancelled while queued behind a slow one is answered, and the server goes on', async () => {
    const bigUri = 'file:///abuse/big2/sip.conf';
    await session.open(bigUri, '[a]\ntype=peer\nhost=h\n'.repeat(30000));
    const slow = session.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: bigUri } });
    const source = new CancellationTokenSource();
    const queued = session.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: bigUri } }, source.token).then(
      () => 'result',
      (error: unknown) => (error instanceof ResponseError && error.code === LSPErrorCodes.RequestCancelled ? 'cancelled' : `error ${String(error)}`),
    );
    source.cancel();
    assert.ok(['cancelled', 'result'].includes(await queued));
    assert.ok(((await slow) as { data: number[] }).data.length > 0);
    await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri: bigUri } });
    await assertStillServing();
  });

  it('opening the same document twice and reopening after close start from the new text', async () => {
    const uri = 'file:///abuse/reopen/sip.conf';
    await session.open(uri, '[first]\n');
    await session.open(uri, '[second]\n');
    assert.deepEqual(await serverSymbols(uri), ['second']);
    await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await session.open(uri, '[third]\n');
    assert.deepEqual(await serverSymbols(uri), ['third']);
    await assertStillServing();
  });

  it('never logged an uncaught exception', () => {
    assert.ok(!session.stderr.includes('Uncaught'), session.stderr);
    assert.ok(session.alive);
  });
});
