import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Location } from 'vscode-languageserver-types';
import { findPjsipReferences, getPjsipDefinition, getPjsipDocumentHighlights } from '../../../../../server/src/service/dialects/pjsip/features/navigation';
import { pjsipAt, type PjsipFixtureOptions } from '../../../../support/pjsipFixture';

function where(locations: readonly Location[]): string[] {
  return locations.map((location) => `${location.uri.replace(/^.*\//, '')}:${location.range.start.line}:${location.range.start.character}-${location.range.end.character}`);
}

function definition(textWithCaret: string, options: PjsipFixtureOptions = {}): string[] {
  const { context, position } = pjsipAt(textWithCaret, options);
  return where(getPjsipDefinition(context, position));
}

function references(textWithCaret: string, includeDeclaration = true, options: PjsipFixtureOptions = {}): string[] {
  const { context, position } = pjsipAt(textWithCaret, options);
  return where(findPjsipReferences(context, position, includeDeclaration));
}

/** Same name, three types; an identify and a registration naming the endpoint. */
const SPLIT = {
  'pjsip.conf': '#include pjsip.endpoint.conf\n#include pjsip.aor.conf\n#include pjsip.identify.conf\n',
  'pjsip.endpoint.conf': '[alice]\ntype=endpoint\naors=alice\nauth=alice\n[alice]\ntype=auth\nusername=alice\npassword=x\n',
  'pjsip.aor.conf': '[alice]\ntype=aor\nmax_contacts=1\n',
  'pjsip.identify.conf': '[alice-id]\ntype=identify\nendpoint=alice\nmatch=192.0.2.1\n',
};

describe('pjsip go to definition', () => {
  it('aors=alice goes to the aor across files, auth=alice to the auth, endpoint=alice to the endpoint', () => {
    const files = { ...SPLIT };
    assert.deepEqual(definition('[alice]\ntype=endpoint\naors=al|ice\nauth=alice\n[alice]\ntype=auth\nusername=alice\npassword=x\n', { fileName: 'pjsip.endpoint.conf', files }), ['pjsip.aor.conf:0:1-6']);
    assert.deepEqual(definition('[alice]\ntype=endpoint\naors=alice\nauth=ali|ce\n[alice]\ntype=auth\nusername=alice\npassword=x\n', { fileName: 'pjsip.endpoint.conf', files }), ['pjsip.endpoint.conf:4:1-6']);
    assert.deepEqual(definition('[alice-id]\ntype=identify\nendpoint=al|ice\nmatch=192.0.2.1\n', { fileName: 'pjsip.identify.conf', files }), ['pjsip.endpoint.conf:0:1-6']);
  });

  it('a missing object: nowhere; context= goes to the dialplan; a (+) header to the object it adds to', () => {
    assert.deepEqual(definition('[e]\ntype=endpoint\naors=no|ne\n'), []);
    assert.deepEqual(definition('[e]\ntype=endpoint\ncontext=int|ernal\n', { dialplan: '[other]\n[internal]\n' }), ['extensions.conf:1:1-9']);
    assert.deepEqual(definition('[a]\ntype=aor\n[a](|+)\nmax_contacts=1\n'), ['pjsip.conf:0:1-2']);
    assert.deepEqual(definition('[t](!)\ntype=aor\n[a](|t)\n'), ['pjsip.conf:0:1-2']);
  });
});

describe('pjsip references and highlights', () => {
  it('the aor: its header and aors= references, not the endpoint or auth of the same name', () => {
    assert.deepEqual(references('[al|ice]\ntype=aor\nmax_contacts=1\n', true, { fileName: 'pjsip.aor.conf', files: SPLIT }), ['pjsip.aor.conf:0:1-6', 'pjsip.endpoint.conf:2:5-10']);
  });

  it('the endpoint: its header and the identify naming it; without the declaration only the use', () => {
    const text = '[al|ice]\ntype=endpoint\naors=alice\nauth=alice\n[alice]\ntype=auth\nusername=alice\npassword=x\n';
    assert.deepEqual(references(text, true, { fileName: 'pjsip.endpoint.conf', files: SPLIT }), ['pjsip.endpoint.conf:0:1-6', 'pjsip.identify.conf:2:9-14']);
    assert.deepEqual(references(text, false, { fileName: 'pjsip.endpoint.conf', files: SPLIT }), ['pjsip.identify.conf:2:9-14']);
  });

  it('a template line naming the object counts once; an inheriting header and a (+) header count too', () => {
    const text = '[b|ase]\ntype=aor\nmax_contacts=1\n[t](!)\ntype=endpoint\naors=base\n[e1](t)\n[e2](t)\n[x](base)\n[base](+)\nqualify_frequency=60\n';
    assert.deepEqual(references(text), ['pjsip.conf:0:1-5', 'pjsip.conf:9:1-5', 'pjsip.conf:8:4-8', 'pjsip.conf:5:5-9']);
  });

  it('highlights: this document only, the header as write', () => {
    const { context, position } = pjsipAt('[e]\ntype=endpoint\naors=|a\n[a]\ntype=aor\nmax_contacts=1\n');
    assert.deepEqual(getPjsipDocumentHighlights(context, position).map((highlight) => [highlight.range.start.line, highlight.kind]), [[3, 3], [2, 2]]);
  });
});
