import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Position } from 'vscode-languageserver-types';
import { pjsipContextOf, pjsipDialect, pjsipFeatures } from '../../../../server/src/service/dialects/pjsip/module';
import type { PjsipFeatureContext } from '../../../../server/src/service/dialects/pjsip/features/featureContext';
import { analyzeText, uriOf, withCaret } from '../../../support/fixture';

const PHONE = '[alice]\ntype=endpoint\naors=alice\nauth=alice\ncontext=phones\n\n[alice]\ntype=aor\nmax_contacts=1\n\n[alice]\ntype=auth\nusername=alice\npassword=s3cret-Long-enough\n';

describe('pjsip dialect module', () => {
  it('builds the pjsip model of the document for its Analysis', () => {
    const analysis = analyzeText(PHONE, { dialect: 'pjsip' });
    assert.equal(analysis.dialect, 'pjsip');
    assert.deepEqual(
      analysis.pjsip?.objects.map((object) => `${object.type} ${object.name}`),
      ['endpoint alice', 'aor alice', 'auth alice'],
    );
    assert.equal(analysis.model, analysis.pjsip?.base, 'the shared model is the pjsip model’s base, built once');
  });

  it('builds the model of the include tree from pjsip.conf for an included file', () => {
    const analysis = analyzeText('[bob]\ntype=aor\nmax_contacts=1\n', {
      dialect: 'pjsip',
      fileName: 'pjsip.aor.conf',
      files: { 'pjsip.conf': '[bob]\ntype=endpoint\naors=bob\n#include pjsip.aor.conf\n' },
    });
    const endpoint = analysis.pjsip?.get('endpoint', 'bob');
    assert.ok(endpoint);
    assert.equal(analysis.pjsip?.referencesFrom(endpoint).find((reference) => reference.option === 'aors')?.target?.section.uri, uriOf('pjsip.aor.conf'));
  });

  it('gives a feature the document, its pjsip model, the dialplan and the settings', () => {
    const analysis = analyzeText(PHONE, { dialect: 'pjsip', dialplan: '[phones]\nexten => 1,1,Answer()\n' });
    const context = pjsipContextOf(analysis);
    assert.ok(context);
    assert.equal(context.uri, analysis.uri);
    assert.equal(context.document, analysis.document);
    assert.equal(context.model, analysis.pjsip);
    assert.equal(context.dialplan, analysis.dialplan);
    assert.equal(context.settings, analysis.settings);
    assert.equal(pjsipContextOf(analyzeText('[a]\ntype=friend\n')), undefined, 'a sip.conf has no pjsip context');
  });

  it('answers empty for every feature not wired yet, never with a sip.conf answer', () => {
    const { text, position } = withCaret('[alice]\ntype=endpoint\nhost=dyn|amic\n');
    const analysis = analyzeText(text, { dialect: 'pjsip' });
    const features = pjsipFeatures({});
    const range = { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } };
    assert.equal(features.hover?.(analysis, position), null);
    assert.deepEqual(features.completion?.(analysis, position), { isIncomplete: false, items: [] });
    assert.deepEqual(features.inlayHints?.(analysis, range), []);
    assert.deepEqual(features.codeLenses?.(analysis), []);
    assert.deepEqual(features.documentSymbols?.(analysis), []);
    assert.deepEqual(features.codeActions?.(analysis, range, { diagnostics: [] }, {}), []);
    assert.deepEqual(features.definition?.(analysis, position), []);
    assert.deepEqual(features.references?.(analysis, position, true), []);
    assert.deepEqual(features.documentHighlights?.(analysis, position), []);
    assert.equal(features.prepareRename?.(analysis, position), null);
    assert.equal(features.rename?.(analysis, position, 'x'), null);
    assert.deepEqual(features.semanticTokens?.(analysis), { data: [] });
    assert.deepEqual(features.workspaceSymbols?.([analysis], ''), []);
  });

  it('the wired module answers through the pjsip features (hover, completion, tokens, symbols)', () => {
    const text = '[alice]\ntype=endpoint\naors=\n[alice]\ntype=aor\nmax_contacts=1\n';
    const analysis = analyzeText(text, { dialect: 'pjsip' });
    const { features } = pjsipDialect;
    const hover = features.hover?.(analysis, { line: 0, character: 2 });
    assert.ok(hover && typeof hover.contents === 'object' && 'value' in hover.contents && hover.contents.value.startsWith('**endpoint `alice`**'));
    assert.deepEqual(features.completion?.(analysis, { line: 2, character: 5 }).items.map((item) => item.label), ['alice']);
    assert.ok((features.semanticTokens?.(analysis).data.length ?? 0) > 0);
    assert.deepEqual(features.workspaceSymbols?.([analysis], 'alice').map((symbol) => symbol.containerName), ['endpoint · pjsip.conf', 'aor · pjsip.conf']);
  });

  it('passes the server\'s random source to the quick fixes (the password of a created auth)', () => {
    const text = '[e]\ntype=endpoint\naors=e\nauth=e-in\n[e]\ntype=aor\nmax_contacts=1\n';
    const analysis = analyzeText(text, { dialect: 'pjsip' });
    const range = { start: { line: 3, character: 5 }, end: { line: 3, character: 9 } };
    const diagnostic = { range, message: 'x', code: 'pjsip-missing-reference', source: 'asterisk' };
    const actions = pjsipDialect.features.codeActions?.(analysis, range, { diagnostics: [diagnostic] }, { random: () => 0 }) ?? [];
    const create = actions.find((action) => action.title.startsWith('Create auth'));
    assert.ok(create?.edit?.changes?.[analysis.uri]?.[0].newText.includes(`password=${'A'.repeat(24)}`));
  });

  it('calls a registered hook with the context built from the Analysis', () => {
    const { text, position } = withCaret('[al|ice]\ntype=endpoint\n');
    const analysis = analyzeText(text, { dialect: 'pjsip' });
    const seen: { context: PjsipFeatureContext; position: Position }[] = [];
    const features = pjsipFeatures({
      hover: (context, at) => {
        seen.push({ context, position: at });
        return { contents: context.model.objects.map((object) => object.name).join(',') };
      },
    });
    assert.deepEqual(features.hover?.(analysis, position), { contents: 'alice' });
    assert.equal(seen[0].context.model, analysis.pjsip);
    assert.deepEqual(seen[0].position, position);
  });

  it('offers the suppression comments for its diagnostics beside the hook’s quick fixes', () => {
    const analysis = analyzeText('[alice]\ntype=endpoint\nhost=x\n', { dialect: 'pjsip' });
    const diagnostic = {
      range: { start: { line: 2, character: 0 }, end: { line: 2, character: 4 } },
      code: 'pjsip-chan-sip-option',
      source: 'asterisk',
      message: 'm',
    };
    const features = pjsipFeatures({ codeActions: () => [{ title: 'from the hook' }] });
    const titles = features.codeActions?.(analysis, diagnostic.range, { diagnostics: [diagnostic] }, {}).map((action) => action.title);
    assert.deepEqual(titles, ['from the hook', 'Disable pjsip-chan-sip-option for this line', 'Disable pjsip-chan-sip-option for this file']);
  });
});
