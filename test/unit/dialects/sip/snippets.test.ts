import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SIP_REGISTER_SNIPPET, SIP_SKELETONS } from '../../../../server/src/service/dialects/sip/snippets';
import { sipProfile } from '../../../../server/src/service/dialects/sip/profile';

/** The snippet with every placeholder replaced by its default text. */
const expand = (snippet: string): string => snippet.replace(/\$\{\d+:([^}]*)\}/g, '$1');

describe('sip snippets', () => {
  it('are what the sip profile offers', () => {
    assert.equal(sipProfile.registerSnippet, SIP_REGISTER_SNIPPET);
    assert.equal(sipProfile.skeletons, SIP_SKELETONS);
  });

  it("register snippet: a line the driver's own grammar accepts", () => {
    const value = expand(SIP_REGISTER_SNIPPET).replace(/^register\s*=>\s*/, '');
    const parsed = sipProfile.parseRegister(value);
    assert.equal(parsed.accepted, true);
    assert.deepEqual(parsed.problems, []);
  });

  it("skeletons: every dial string in their comments uses the driver's technology", () => {
    const dials = SIP_SKELETONS.flatMap((skeleton) => [...skeleton.body.matchAll(/Dial\(([A-Z0-9]+)\//g)].map((match) => match[1]));
    assert.ok(dials.length > 0);
    assert.deepEqual(new Set(dials), new Set([sipProfile.technology]));
  });
});
