import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { renderPjsipOptionDocumentation, renderPjsipValueDocumentation } from '../../../../../server/src/service/dialects/pjsip/features/optionDocs';
import { lookupPjsipOption, pjsipOptions } from '../../../../../server/src/service/dialects/pjsip/options';

describe('pjsip option docs through the one renderer', () => {
  it('every option of the catalog renders, with its description and its object type', () => {
    for (const option of pjsipOptions) {
      const text = renderPjsipOptionDocumentation(option).value;
      assert.ok(text.includes(option.description), `${option.objectType}/${option.name}`);
      assert.ok(text.includes(`Valid in: \`type=${option.objectType}\` objects`), `${option.objectType}/${option.name}`);
    }
  });

  it('a reference says which object type it names; a duration its unit; the version that brought it', () => {
    const aors = renderPjsipOptionDocumentation(lookupPjsipOption('endpoint', 'aors')!).value;
    assert.ok(aors.includes('names of objects, separated by commas (each a `type=aor` object)'));
    const expiration = lookupPjsipOption('aor', 'default_expiration')!;
    assert.ok(renderPjsipOptionDocumentation(expiration).value.includes(`(${expiration.unit === 's' ? 'seconds' : 'milliseconds'})`));
    assert.ok(aors.includes(`Since Asterisk ${lookupPjsipOption('endpoint', 'aors')!.since}`));
  });

  it('a secret shows no default', () => {
    const password = { ...lookupPjsipOption('auth', 'password')!, default: 'never-shown' };
    assert.ok(!renderPjsipOptionDocumentation(password).value.includes('never-shown'));
  });

  it('a value: its meaning, and whether it is the default', () => {
    const option = lookupPjsipOption('endpoint', 'direct_media')!;
    const values = option.values ?? [{ value: 'yes', description: 'x' }];
    const text = renderPjsipValueDocumentation(option, values[0]).value;
    assert.ok(text.startsWith(`\`direct_media=${values[0].value}\``));
  });
});
