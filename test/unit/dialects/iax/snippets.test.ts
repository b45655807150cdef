import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { IAX_REGISTER_SNIPPET, IAX_SKELETONS } from '../../../../server/src/service/dialects/iax/snippets';
import { iaxProfile } from '../../../../server/src/service/dialects/iax/profile';

/** The snippet with every placeholder replaced by its default text. */
const expand = (snippet: string): string => snippet.replace(/\$\{\d+:([^}]*)\}/g, '$1');

describe('iax snippets', () => {
  it('are what the iax profile offers', () => {
    assert.equal(iaxProfile.registerSnippet, IAX_REGISTER_SNIPPET);
    assert.equal(iaxProfile.skeletons, IAX_SKELETONS);
  });

  it("register snippet: a line the driver's own grammar accepts", () => {
    const value = expand(IAX_REGISTER_SNIPPET).replace(/^register\s*=>\s*/, '');
    const parsed = iaxProfile.parseRegister(value);
    assert.equal(parsed.accepted, true);
    assert.deepEqual(parsed.problems, []);
  });

  it("skeletons: every dial string in their comments uses the driver's technology", () => {
    const dials = IAX_SKELETONS.flatMap((skeleton) => [...skeleton.body.matchAll(/Dial\(([A-Z0-9]+)\//g)].map((match) => match[1]));
    assert.ok(dials.length > 0);
    assert.deepEqual(new Set(dials), new Set([iaxProfile.technology]));
  });
});
