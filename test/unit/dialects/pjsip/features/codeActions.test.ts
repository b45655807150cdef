import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { getPjsipCodeActions, PLAIN_RENAMES } from '../../../../../server/src/service/dialects/pjsip/features/codeActions';
import type { PjsipFeatureContext } from '../../../../../server/src/service/dialects/pjsip/features/featureContext';
import { chanSipKeys } from '../../../../../server/src/service/dialects/pjsip/chanSipKeys';
import { lookupPjsipOption } from '../../../../../server/src/service/dialects/pjsip/options';
import { validatePjsip, type PjsipRuleId } from '../../../../../server/src/service/dialects/pjsip/rules';
import { applyEdits } from '../../../../support/fixture';
import { pjsipContext } from '../../../../support/pjsipFixture';

/** The diagnostics the wiring publishes for this document: one per validatePjsip issue, code = rule id. */
function diagnosticsOf(context: PjsipFeatureContext, rule: PjsipRuleId): Diagnostic[] {
  return validatePjsip(context.model)
    .filter((issue) => issue.rule === rule && issue.uri === context.uri)
    .map((issue) => ({
      range: { start: { line: issue.line, character: issue.span.start }, end: { line: issue.line, character: issue.span.end } },
      message: issue.message,
      code: issue.rule,
      source: 'asterisk',
    }));
}

function fixesFor(text: string, rule: PjsipRuleId): { context: PjsipFeatureContext; actions: CodeAction[] } {
  const context = pjsipContext(text);
  const diagnostics = diagnosticsOf(context, rule);
  assert.equal(diagnostics.length, 1, `expected one ${rule} diagnostic`);
  const actions = getPjsipCodeActions(context, diagnostics[0].range, { diagnostics }, { random: () => 0 });
  for (const action of actions) assert.deepEqual(action.diagnostics, diagnostics);
  return { context, actions };
}

function applied(text: string, action: CodeAction, uri: string): string {
  return applyEdits(text, action.edit!.changes![uri]);
}

/** The rule is gone after the fix (it fixes what it claims) and nothing else appears. */
function assertCured(text: string, rule: PjsipRuleId): void {
  const after = validatePjsip(pjsipContext(text).model).map((issue) => issue.rule);
  assert.ok(!after.includes(rule), `${rule} still there: ${after.join(', ')}`);
}

describe('pjsip quick fixes: did you mean', () => {
  it('an unknown option: the close names of the object\'s type', () => {
    const text = '[a]\ntype=aor\nmax_contact=1\n';
    const { context, actions } = fixesFor(text, 'pjsip-unknown-option');
    assert.deepEqual(actions.map((action) => action.title), ["Change 'max_contact' to 'max_contacts'"]);
    assert.equal(actions[0].isPreferred, true);
    const fixed = applied(text, actions[0], context.uri);
    assert.equal(fixed, '[a]\ntype=aor\nmax_contacts=1\n');
    assertCured(fixed, 'pjsip-unknown-option');
  });

  it('candidates carried in data.candidates are the ones offered', () => {
    const context = pjsipContext('[a]\ntype=aor\nmax_contact=1\n');
    const diagnostic = { ...diagnosticsOf(context, 'pjsip-unknown-option')[0], data: { candidates: ['max_contacts', 'minimum_expiration'] } };
    const actions = getPjsipCodeActions(context, diagnostic.range, { diagnostics: [diagnostic] });
    assert.deepEqual(actions.map((action) => action.title), ["Change 'max_contact' to 'max_contacts'", "Change 'max_contact' to 'minimum_expiration'"]);
  });

  it('an invalid enum value, and the one bad word of an enum list', () => {
    const text = '[e]\ntype=endpoint\ndtmf_mode=rfc4773\n';
    const { context, actions } = fixesFor(text, 'pjsip-invalid-value');
    assert.equal(actions[0].title, "Change 'rfc4773' to 'rfc4733'");
    assert.equal(applied(text, actions[0], context.uri), '[e]\ntype=endpoint\ndtmf_mode=rfc4733\n');
    const list = '[e]\ntype=endpoint\nidentify_by=username, ipp\n';
    const listFix = fixesFor(list, 'pjsip-invalid-value');
    const fixed = applied(list, listFix.actions.find((action) => action.title === "Change 'ipp' to 'ip'")!, listFix.context.uri);
    assert.equal(fixed, '[e]\ntype=endpoint\nidentify_by=username, ip\n');
    assertCured(fixed, 'pjsip-invalid-value');
  });

  it('an unknown type: the close type, and a case change first', () => {
    const text = '[e]\ntype=endpont\n';
    const { context, actions } = fixesFor(text, 'pjsip-unknown-type');
    assert.equal(applied(text, actions[0], context.uri), '[e]\ntype=endpoint\n');
    const upper = fixesFor('[e]\ntype=Endpoint\n', 'pjsip-unknown-type');
    assert.deepEqual(upper.actions.map((action) => action.title), ["Change 'Endpoint' to 'endpoint' (type= is written in lower case)"]);
    assert.deepEqual(fixesFor('[e]\ntype=friend\n', 'pjsip-unknown-type').actions, []);
  });

  it('a missing reference: the close names of the right type only', () => {
    const text = '[alice]\ntype=aor\nmax_contacts=1\n[alicee]\ntype=auth\nusername=a\npassword=S3cret-long-enough\n[e]\ntype=endpoint\naors=alicf\n';
    const { context, actions } = fixesFor(text, 'pjsip-missing-reference');
    assert.equal(actions[0].title, "Change 'alicf' to 'alice'");
    assert.ok(!actions.some((action) => action.title.includes("'alicee'")));
    assert.equal(applied(text, actions[0], context.uri), text.replace('aors=alicf', 'aors=alice'));
  });
});

describe('pjsip quick fixes: a missing type', () => {
  it('the type under which every option of the section is known, right after the header', () => {
    const text = '[alice]\n  max_contacts=1\n  remove_existing=yes\n';
    const { context, actions } = fixesFor(text, 'pjsip-missing-type');
    assert.deepEqual(actions.map((action) => [action.title, action.isPreferred]), [['Add type=aor (every option here is one of a aor)', true]]);
    const fixed = applied(text, actions[0], context.uri);
    assert.equal(fixed, '[alice]\n  type=aor\n  max_contacts=1\n  remove_existing=yes\n');
    assertCured(fixed, 'pjsip-missing-type');
  });

  it('an empty section: endpoint, aor or auth; options of no type: nothing', () => {
    assert.deepEqual(fixesFor('[x]\n', 'pjsip-missing-type').actions.map((action) => action.title), ['Add type=endpoint', 'Add type=aor', 'Add type=auth']);
    assert.deepEqual(fixesFor('[x]\nhost=192.0.2.1\n', 'pjsip-missing-type').actions, []);
  });
});

describe('pjsip quick fixes: create the missing object', () => {
  it('a missing aor: appended after a blank line, and the reference resolves', () => {
    const text = '[e]\ntype=endpoint\naors=bob\n';
    const { context, actions } = fixesFor(text, 'pjsip-missing-reference');
    const create = actions.find((action) => action.title.startsWith('Create aor'))!;
    const fixed = applied(text, create, context.uri);
    assert.equal(fixed, '[e]\ntype=endpoint\naors=bob\n\n[bob]\ntype=aor\nmax_contacts=1\n');
    assertCured(fixed, 'pjsip-missing-reference');
  });

  it('a missing auth for auth=: generated password; for outbound_auth=: the password left to fill in', () => {
    const text = '[e]\ntype=endpoint\naors=e\nauth=e-in\n[e]\ntype=aor\nmax_contacts=1';
    const { context, actions } = fixesFor(text, 'pjsip-missing-reference');
    const fixed = applied(text, actions.find((action) => action.title.startsWith('Create auth'))!, context.uri);
    assert.equal(fixed, `${text}\n\n[e-in]\ntype=auth\nauth_type=userpass\nusername=e-in\npassword=${'A'.repeat(24)}`);
    assertCured(fixed, 'pjsip-missing-reference');
    const outbound = '[p]\ntype=endpoint\naors=p\noutbound_auth=p-out\n[p]\ntype=aor\ncontact=sip:192.0.2.1\n';
    const out = fixesFor(outbound, 'pjsip-missing-reference');
    const created = applied(outbound, out.actions.find((action) => action.title.startsWith('Create auth'))!, out.context.uri);
    assert.ok(created.endsWith('[p-out]\ntype=auth\nauth_type=userpass\nusername=p-out\n; password= the one the far end gave us (until then Asterisk does not load this auth)\n'));
    assert.ok(!created.includes('password=A'));
  });

  it('a reference to an object of another type: create the one of the right type', () => {
    const text = '[alice]\ntype=endpoint\naors=alice\n';
    const { context, actions } = fixesFor(text, 'pjsip-wrong-reference-type');
    const fixed = applied(text, actions[0], context.uri);
    assert.equal(fixed, '[alice]\ntype=endpoint\naors=alice\n\n[alice]\ntype=aor\nmax_contacts=1\n');
    assertCured(fixed, 'pjsip-wrong-reference-type');
  });
});

describe('pjsip quick fixes: chan_sip leftovers and directions', () => {
  it('a plain chan_sip rename: the key only', () => {
    const text = '[e]\ntype=endpoint\naors=e\ncallgroup=1\n[e]\ntype=aor\nmax_contacts=1\n';
    const { context, actions } = fixesFor(text, 'pjsip-chan-sip-option');
    assert.deepEqual(actions.map((action) => action.title), ["Rename 'callgroup' to 'call_group' (the pjsip name of the same option)"]);
    assert.equal(applied(text, actions[0], context.uri), text.replace('callgroup=1', 'call_group=1'));
  });

  it('a chan_sip option that changes shape (host) gets no rename; nor a rename onto another object type', () => {
    assert.deepEqual(fixesFor('[e]\ntype=endpoint\nhost=192.0.2.1\n', 'pjsip-chan-sip-option').actions, []);
    assert.deepEqual(fixesFor('[e]\ntype=endpoint\ndefaultexpiry=60\n', 'pjsip-chan-sip-option').actions, []);
  });

  it('dtmfmode and mailbox (regression: advice but no fix): renamed with the value mapped where pjsip has its equal', () => {
    const phone = (line: string): string => `[e]\ntype=endpoint\naors=e\n${line}\n[e]\ntype=aor\nmax_contacts=1\n`;
    const cases: [string, string][] = [
      ['dtmfmode=rfc2833', 'dtmf_mode=rfc4733'],
      ['dtmfmode=RFC2833', 'dtmf_mode=rfc4733'],
      ['dtmfmode = info', 'dtmf_mode = info'],
      ['dtmfmode=inband', 'dtmf_mode=inband'],
      ['dtmfmode=auto', 'dtmf_mode=auto'],
      ['mailbox=1234@default,5678', 'mailboxes=1234@default,5678'],
    ];
    for (const [before, after] of cases) {
      const text = phone(before);
      const { context, actions } = fixesFor(text, 'pjsip-chan-sip-option');
      assert.equal(actions.length, 1, before);
      assert.equal(actions[0].isPreferred, true);
      const fixed = applied(text, actions[0], context.uri);
      assert.equal(fixed, text.replace(before, after));
      assert.deepEqual(validatePjsip(pjsipContext(fixed).model), [], after);
    }
    const aor = '[e]\ntype=aor\nmax_contacts=1\nmailbox=100@vm\n';
    const { context, actions } = fixesFor(aor, 'pjsip-chan-sip-option');
    assert.equal(applied(aor, actions[0], context.uri), aor.replace('mailbox=', 'mailboxes='));
  });

  it('no rename where pjsip has no equal value or no such option there: dtmfmode=shortinfo, a dtmfmode in an aor', () => {
    assert.deepEqual(fixesFor('[e]\ntype=endpoint\ndtmfmode=shortinfo\n', 'pjsip-chan-sip-option').actions, []);
    assert.deepEqual(fixesFor('[e]\ntype=endpoint\ndtmfmode=rfc2834\n', 'pjsip-chan-sip-option').actions, []);
    assert.deepEqual(fixesFor('[e]\ntype=aor\nmax_contacts=1\ndtmfmode=info\n', 'pjsip-chan-sip-option').actions, []);
  });

  it('every plain rename names exactly one option of one type in the catalog', () => {
    for (const name of PLAIN_RENAMES) {
      const key = chanSipKeys.find((entry) => entry.name === name);
      assert.ok(key, name);
      assert.equal(key.replacements.length, 1, name);
      assert.ok(lookupPjsipOption(key.replacements[0].objectType, key.replacements[0].name), name);
    }
  });

  it('auth= on a provider we register to becomes outbound_auth=', () => {
    const text = [
      '[prov-out]', 'type=auth', 'username=4711', 'password=Prov1derPw-long',
      '[prov]', 'type=registration', 'server_uri=sip:192.0.2.10', 'client_uri=sip:4711@192.0.2.10', 'outbound_auth=prov-out',
      '[prov]', 'type=endpoint', 'aors=prov', 'auth=prov-out',
      '[prov]', 'type=aor', 'contact=sip:192.0.2.10',
      '',
    ].join('\n');
    const { context, actions } = fixesFor(text, 'pjsip-auth-instead-of-outbound-auth');
    const fixed = applied(text, actions[0], context.uri);
    assert.equal(fixed, text.replace('aors=prov\nauth=prov-out', 'aors=prov\noutbound_auth=prov-out'));
    assertCured(fixed, 'pjsip-auth-instead-of-outbound-auth');
  });

  it('diagnostics of other sources or without a known code get nothing; only filters', () => {
    const context = pjsipContext('[a]\ntype=aor\nmax_contact=1\n');
    const [diagnostic] = diagnosticsOf(context, 'pjsip-unknown-option');
    assert.deepEqual(getPjsipCodeActions(context, diagnostic.range, { diagnostics: [{ ...diagnostic, source: 'other' }] }), []);
    assert.deepEqual(getPjsipCodeActions(context, diagnostic.range, { diagnostics: [{ ...diagnostic, code: 'pjsip-duplicate-object' }] }), []);
    assert.deepEqual(getPjsipCodeActions(context, diagnostic.range, { diagnostics: [diagnostic], only: ['refactor'] }), []);
  });
});

describe('pjsip quick fixes: system timers Asterisk raises', () => {
  it('timer_b below 64 × timer_t1: set to 64 × T1', () => {
    const text = '[system]\ntype=system\ntimer_t1=1000\ntimer_b=20000\n';
    const { context, actions } = fixesFor(text, 'pjsip-timer-too-low');
    assert.deepEqual(actions.map((action) => action.title), ['Set timer_b to 64000 (64 × timer_t1, what Asterisk uses)']);
    const fixed = applied(text, actions[0], context.uri);
    assert.equal(fixed, text.replace('timer_b=20000', 'timer_b=64000'));
    assertCured(fixed, 'pjsip-timer-too-low');
  });

  it('timer_t1 above 500 and no timer_b: adds timer_b after timer_t1', () => {
    const text = '[system]\ntype=system\n  timer_t1=1000\ncompact_headers=no\n';
    const { context, actions } = fixesFor(text, 'pjsip-timer-too-low');
    const fixed = applied(text, actions[0], context.uri);
    assert.equal(fixed, '[system]\ntype=system\n  timer_t1=1000\n  timer_b=64000\ncompact_headers=no\n');
    assertCured(fixed, 'pjsip-timer-too-low');
  });

  it('timer_t1 below 100: set to 100', () => {
    const text = '[system]\ntype=system\ntimer_t1=20\n';
    const { context, actions } = fixesFor(text, 'pjsip-timer-too-low');
    const fixed = applied(text, actions[0], context.uri);
    assert.equal(fixed, text.replace('timer_t1=20', 'timer_t1=100'));
    assertCured(fixed, 'pjsip-timer-too-low');
  });
});
