import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { doPjsipRename, preparePjsipRename } from '../../../../../server/src/service/dialects/pjsip/features/rename';
import { applyEdits, uriOf } from '../../../../support/fixture';
import { pjsipAt, type PjsipFixtureOptions } from '../../../../support/pjsipFixture';

function rename(textWithCaret: string, newName: string, options: PjsipFixtureOptions = {}): WorkspaceEdit | { readonly error: string } | null {
  const { context, position } = pjsipAt(textWithCaret, options);
  return doPjsipRename(context, position, newName);
}

function renamed(textWithCaret: string, newName: string): string {
  const result = rename(textWithCaret, newName);
  assert.ok(result && 'changes' in result, JSON.stringify(result));
  const text = textWithCaret.replace('|', '');
  return applyEdits(text, (result.changes![uriOf('pjsip.conf')] ?? []) as TextEdit[]);
}

const PHONE = '[alice]\ntype=endpoint\naors=alice\nauth=alice\n[alice]\ntype=auth\nusername=alice\npassword=x\n[alice]\ntype=aor\nmax_contacts=1\n[id]\ntype=identify\nendpoint=alice\nmatch=192.0.2.1\n';

describe('pjsip rename', () => {
  it('the aor: its header and aors=, not the endpoint, the auth, auth= or endpoint=', () => {
    const text = PHONE.replace('[alice]\ntype=aor', '[al|ice]\ntype=aor');
    assert.equal(renamed(text, 'alice-aor'), PHONE.replace('aors=alice', 'aors=alice-aor').replace('[alice]\ntype=aor', '[alice-aor]\ntype=aor'));
  });

  it('the endpoint from a reference: its header and identify endpoint=', () => {
    const text = PHONE.replace('endpoint=alice', 'endpoint=ali|ce');
    assert.equal(renamed(text, 'bob'), PHONE.replace('[alice]\ntype=endpoint', '[bob]\ntype=endpoint').replace('endpoint=alice', 'endpoint=bob'));
  });

  it('one name of a list; a (+) header; an inheriting header', () => {
    assert.equal(renamed('[a]\ntype=aor\n[b|]\ntype=aor\n[a](+)\n[e]\ntype=endpoint\naors=a, b\n', 'c'), '[a]\ntype=aor\n[c]\ntype=aor\n[a](+)\n[e]\ntype=endpoint\naors=a, c\n');
    assert.equal(renamed('[a|]\ntype=aor\n[a](+)\nmax_contacts=1\n[x](a)\n', 'z'), '[z]\ntype=aor\n[z](+)\nmax_contacts=1\n[x](z)\n');
  });

  it('across the include tree', () => {
    const files = { 'pjsip.conf': '[e]\ntype=endpoint\naors=alice\n#include pjsip.aor.conf\n', 'pjsip.aor.conf': '[alice]\ntype=aor\n' };
    const result = rename('[ali|ce]\ntype=aor\n', 'bob', { fileName: 'pjsip.aor.conf', files });
    assert.ok(result && 'changes' in result);
    assert.deepEqual(Object.keys(result.changes!).sort(), [uriOf('pjsip.aor.conf'), uriOf('pjsip.conf')]);
  });

  it('refuses a name taken by the same type, a name Asterisk cannot read back, and escaped values', () => {
    assert.deepEqual(rename('[a|]\ntype=aor\n[b]\ntype=aor\n', 'b'), { error: "A aor named 'b' already exists." });
    assert.ok('changes' in (rename('[a|]\ntype=aor\n[b]\ntype=endpoint\n', 'b') as object));
    assert.ok('error' in (rename('[a|]\ntype=aor\n', 'x,y') as object));
    assert.ok('error' in (rename('[a|]\ntype=aor\n', 'x=y') as object));
    assert.ok('error' in (rename('[a|]\ntype=aor\n[e]\ntype=endpoint\naors=a;-- c --;,b\n[b]\ntype=aor\n', 'c') as object));
  });

  it('prepare: the name under the cursor, nothing on a missing object or another line', () => {
    const { context, position } = pjsipAt('[e]\ntype=endpoint\naors=|a\n[a]\ntype=aor\n');
    assert.deepEqual(preparePjsipRename(context, position), { range: { start: { line: 2, character: 5 }, end: { line: 2, character: 6 } }, placeholder: 'a' });
    const missing = pjsipAt('[e]\ntype=endpoint\naors=|zz\n');
    assert.equal(preparePjsipRename(missing.context, missing.position), null);
    const key = pjsipAt('[e]\nty|pe=endpoint\n');
    assert.equal(preparePjsipRename(key.context, key.position), null);
  });
});
