import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lookupOption } from '../../../server/src/service/data/catalog';
import type { OptionEntry } from '../../../server/src/service/data/catalogTypes';
import { renderOptionDocumentation, renderValueDocumentation } from '../../../server/src/service/features/optionDocs';

function option(dialect: 'sip' | 'iax', name: string): OptionEntry {
  const found = lookupOption(dialect, name);
  assert.ok(found, `no option ${name}`);
  return found;
}

describe('renderOptionDocumentation', () => {
  it('renders description, direction, values, default and sections as markdown', () => {
    const nat = option('sip', 'nat');
    const { kind, value } = renderOptionDocumentation(nat, 'sip');
    assert.equal(kind, 'markdown');
    assert.ok(value.startsWith(nat.description));
    assert.match(value, /\*\*Both directions\*\*/);
    assert.match(value, /^Values \(several, separated by commas\):$/m);
    assert.match(value, /^- `comedia`: /m);
    assert.match(value, /^- `yes`: .*\*\(deprecated: use `force_rport,comedia`\)\*$/m);
    assert.match(value, /^Default: `auto_force_rport`/m);
    assert.match(value, /Valid in: `\[general\]`, device sections/);
  });

  it('puts a deprecated option\'s replacement first', () => {
    const { value } = renderOptionDocumentation(option('sip', 'username'), 'sip');
    assert.ok(value.startsWith('**Deprecated**: use `defaultuser` instead.'));
    assert.match(value, /\*\*Outbound\*\*/);
  });

  it('shows the register grammar of the dialect', () => {
    assert.match(renderOptionDocumentation(option('iax', 'register'), 'iax').value, /Value: `user\[:secret\]@host\[:port\]`\./);
    assert.match(renderOptionDocumentation(option('sip', 'register'), 'sip').value, /\[\/extension\]\[~expiry\]/);
  });

  it('flags an alias Asterisk reads only for compatibility', () => {
    assert.match(renderOptionDocumentation(option('sip', 'directmedia'), 'sip').value, /`canreinvite` \(deprecated: write `directmedia`\)/);
  });

  it('names a number\'s values allowed outside its range (iax trunkmtu: 0, or 172 to 3999)', () => {
    assert.match(renderOptionDocumentation(option('iax', 'trunkmtu'), 'iax').value, /0, or from 172 to 3999 \(bytes\)/);
  });

  it('names iax user and peer scopes by their type', () => {
    assert.match(renderOptionDocumentation(option('iax', 'trunk'), 'iax').value, /Valid in: users \(`type=user` or `friend`\), peers \(`type=peer` or `friend`\)/);
  });
});

describe('renderValueDocumentation', () => {
  it('shows the value with its option and its own description', () => {
    const type = option('sip', 'type');
    const user = type.values?.find((value) => value.value === 'user');
    assert.ok(user);
    const { value } = renderValueDocumentation(type, user, 'sip');
    assert.equal(value, `\`type=user\`\n\n${user.description}`);
  });

  it('says when the value is the default', () => {
    const dtmfmode = option('sip', 'dtmfmode');
    const rfc2833 = dtmfmode.values?.find((value) => value.value === 'rfc2833');
    assert.ok(rfc2833);
    assert.match(renderValueDocumentation(dtmfmode, rfc2833, 'sip').value, /This is the default\.$/);
  });
});
