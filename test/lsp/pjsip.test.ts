/**
 * pjsip.conf over stdio (issue #16): the dialect's diagnostics under their rule ids, its features routed by
 * the dialect registry (a chan_sip option gets the pjsip answer, never a sip.conf one), and a file that
 * pjsip.conf includes read as pjsip whatever its name.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, Hover, MarkupContent } from 'vscode-languageserver-types';
import { LspSession, sessionPerSuite } from './lspSession';

const PHONE = '[alice]\ntype=endpoint\naors=alice\nhost=dynamic\n\n[alice]\ntype=aor\nmax_contacts=1\n';

describe('pjsip.conf over stdio', () => {
  let session: LspSession;
  sessionPerSuite((started) => (session = started));

  it('publishes the pjsip diagnostic of a chan_sip option, with its rule id and exact range', async () => {
    const uri = 'file:///lsp-pjsip/pjsip.conf';
    const published = session.nextDiagnostics(uri);
    await session.open(uri, PHONE, 'asterisk-pjsip');
    const { diagnostics } = await published;
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.source, d.severity, d.range]),
      [['pjsip-chan-sip-option', 'asterisk', 1, { start: { line: 3, character: 0 }, end: { line: 3, character: 4 } }]],
    );
    const info = (await session.connection.sendRequest('asterisk/documentInfo', { uri })) as { dialect: string };
    assert.equal(info.dialect, 'pjsip');
  });

  it('answers a chan_sip option with pjsip\'s advice (never the sip hover), and offers the suppression comments for the diagnostic', async () => {
    const uri = 'file:///lsp-pjsip/pjsip.conf';
    // host=dynamic is a sip.conf option with a sip hover: pjsip.conf must not get it, but the pjsip way.
    const hover = (await session.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 2 } })) as Hover;
    const text = (hover.contents as MarkupContent).value;
    assert.ok(text.startsWith('`host` is a chan_sip option; a pjsip endpoint does not have it'), text);
    assert.ok(!text.includes('dynamic means'), text);
    const diagnostic: Diagnostic = {
      range: { start: { line: 3, character: 0 }, end: { line: 3, character: 4 } },
      code: 'pjsip-chan-sip-option',
      source: 'asterisk',
      message: 'x',
    };
    const actions = (await session.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    })) as CodeAction[];
    assert.deepEqual(
      actions.map((action) => action.title),
      ['Disable pjsip-chan-sip-option for this line', 'Disable pjsip-chan-sip-option for this file'],
    );
  });

  it('reads a file that pjsip.conf on disk includes as pjsip, whatever its name and language', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'asterisk-conf-lsp-pjsip-'));
    try {
      writeFileSync(path.join(folder, 'pjsip.conf'), '[alice]\ntype=endpoint\naors=alice\n#include custom_aors.conf\n');
      const text = '[alice]\ntype=aor\nmax_contactz=1\n';
      writeFileSync(path.join(folder, 'custom_aors.conf'), text);
      const uri = pathToFileURL(path.join(folder, 'custom_aors.conf')).href;
      const published = session.nextDiagnostics(uri);
      await session.open(uri, text, 'asterisk');
      assert.deepEqual(
        (await published).diagnostics.map((d) => [d.code, d.range.start.line]),
        // The misspelt max_contacts makes Asterisk refuse the aor: that is the one diagnostic (no
        // pjsip-aor-unreachable on an aor that does not exist).
        [['pjsip-unknown-option', 2]],
      );
      const info = (await session.connection.sendRequest('asterisk/documentInfo', { uri })) as { dialect: string; includedFiles: number };
      assert.deepEqual([info.dialect, info.includedFiles], ['pjsip', 1]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
