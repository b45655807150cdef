import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction } from 'vscode-languageserver-types';
import { getCodeActions } from '../../../server/src/service/features/codeActions';
import { analyzeText, type FixtureOptions } from '../../support/fixture';
import { applyAction, codesIn, rangeOn } from './codeActionsFixture';

function refactorsAt(text: string, line: number, options: FixtureOptions = {}): CodeAction[] {
  return getCodeActions(analyzeText(text, options), rangeOn(line, 0, 0), { diagnostics: [], only: ['refactor'] });
}

describe('splitting a friend into a peer and a user', () => {
  it('sends each option to the direction the catalog gives it, comments travel with their line', () => {
    const text = [
      '[phones](!)',
      'disallow=all',
      '',
      '[alice](phones) ; desk',
      'type=friend',
      '; who may call in',
      'context=internal',
      'host=dynamic',
      'secret=Xk3pQ9vLm2RtZw7',
      'permit=10.0.0.0/8',
      'defaultuser=alice',
      'allow=ulaw',
      '',
      '[bob]',
      'type=peer',
      'host=b.example',
      '',
    ].join('\n');
    const actions = refactorsAt(text, 3);
    assert.deepEqual(
      actions.map((action) => [action.title, action.kind]),
      [['Split friend [alice] into peer [alice] (we call it) and user [alice-in] (it calls us); sections of one name would merge', 'refactor.rewrite']],
    );
    const fixed = applyAction(text, actions[0]);
    // The dynamic peer keeps what guards its registration (secret, permit); the user gets the context.
    assert.equal(
      fixed,
      [
        '[phones](!)',
        'disallow=all',
        '',
        '[alice](phones) ; desk',
        'type=peer',
        'host=dynamic',
        'secret=Xk3pQ9vLm2RtZw7',
        'permit=10.0.0.0/8',
        'defaultuser=alice',
        'allow=ulaw',
        '',
        '[alice-in](phones) ; desk',
        'type=user',
        '; who may call in',
        'context=internal',
        'secret=Xk3pQ9vLm2RtZw7',
        'permit=10.0.0.0/8',
        'allow=ulaw',
        '',
        '[bob]',
        'type=peer',
        'host=b.example',
        '',
      ].join('\n'),
    );
    for (const code of ['duplicate-section', 'missing-type', 'user-without-context', 'peer-without-host', 'wrong-direction-option', 'type-narrowing']) {
      assert.ok(!codesIn(fixed).includes(code), `split text raises ${code}`);
    }
  });

  it('keeps iax user-only and peer-only options apart, and picks a free name', () => {
    const options = { dialect: 'iax' as const };
    const text = '[alice-in]\ntype=user\ncontext=internal\n\n[alice]\ntype=friend\nhost=a.example\ncontext=internal\nsecret=Xk3pQ9vLm2RtZw7\noutkey=ours\nsetvar=A=1\nmailbox=100@default\n';
    const actions = refactorsAt(text, 5, options);
    assert.equal(actions.length, 1);
    assert.equal(
      applyAction(text, actions[0], options),
      '[alice-in]\ntype=user\ncontext=internal\n\n[alice]\ntype=peer\nhost=a.example\nsecret=Xk3pQ9vLm2RtZw7\noutkey=ours\nmailbox=100@default\n\n[alice-in2]\ntype=user\ncontext=internal\nsecret=Xk3pQ9vLm2RtZw7\nsetvar=A=1\n',
    );
  });

  it('is offered only on the header or the type line of a friend whose type is its own', () => {
    const text = '[tpl](!)\ntype=friend\n\n[carol](tpl)\nhost=c.example\n\n[dave]\ntype=friend\nhost=d.example\ncontext=internal\n\n[erin]\ntype=peer\nhost=e.example\n';
    assert.deepEqual(refactorsAt(text, 3), [], 'type inherited from a template');
    assert.equal(refactorsAt(text, 6).length, 1, 'header');
    assert.equal(refactorsAt(text, 7).length, 1, 'type line');
    assert.deepEqual(refactorsAt(text, 8), [], 'another line');
    assert.deepEqual(refactorsAt(text, 11), [], 'a peer');
  });

  it('is not offered for a friend others inherit from, or one that includes a file', () => {
    const text = '[base]\ntype=friend\nhost=a.example\n\n[child](base)\ncontext=x\n';
    assert.deepEqual(refactorsAt(text, 0), []);
    const withInclude = '[alice]\ntype=friend\n#include extra.conf\n';
    assert.deepEqual(refactorsAt(withInclude, 0, { files: { 'extra.conf': 'host=a.example\n' } }), []);
  });

  it('is left out when only quick fixes are asked for', () => {
    const text = '[dave]\ntype=friend\nhost=d.example\n';
    assert.deepEqual(getCodeActions(analyzeText(text), rangeOn(0, 0, 0), { diagnostics: [], only: ['quickfix'] }), []);
  });
});
