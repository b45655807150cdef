import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildPjsipModel } from '../../../../server/src/service/dialects/pjsip/model';
import { Collector, PJSIP_RULES, quote } from '../../../../server/src/service/dialects/pjsip/ruleTable';
import { rootFile } from '../../../support/memoryHost';

const model = buildPjsipModel(rootFile('pjsip.conf', '[phone]\ntype=endpoint\ncontext=in\n'));
const phone = model.get('endpoint', 'phone')!;
const contextEntry = phone.lines.find((line) => line.canonical === 'context')!.source.entry!;

describe('pjsip rule table and collector', () => {
  it('each issue takes its rule\'s default severity and message, at the header, key or value span', () => {
    const out = new Collector();
    out.atHeader('pjsip-endpoint-without-aors', phone.section, 'no aors');
    out.atKey('pjsip-unknown-option', contextEntry, 'a key');
    out.atValue('pjsip-invalid-value', contextEntry, 'a value');
    assert.deepEqual(
      out.issues.map((issue) => [issue.rule, issue.severity, issue.uri, issue.line, issue.span.start, issue.span.end, issue.message]),
      [
        ['pjsip-endpoint-without-aors', 'warning', phone.section.uri, 0, 1, 6, PJSIP_RULES['pjsip-endpoint-without-aors'].message('no aors')],
        ['pjsip-unknown-option', 'error', phone.section.uri, 2, 0, 7, PJSIP_RULES['pjsip-unknown-option'].message('a key')],
        ['pjsip-invalid-value', 'error', phone.section.uri, 2, 8, 10, PJSIP_RULES['pjsip-invalid-value'].message('a value')],
      ],
    );
  });

  it('candidates are kept only when there are some', () => {
    const out = new Collector();
    out.atKey('pjsip-unknown-option', contextEntry, 'x', []);
    out.atKey('pjsip-unknown-option', contextEntry, 'x', ['contact']);
    assert.equal('candidates' in out.issues[0], false);
    assert.deepEqual(out.issues[1].candidates, ['contact']);
  });

  it('the refusing rules say the object is not created; quote wraps a name in single quotes', () => {
    assert.match(PJSIP_RULES['pjsip-auth-without-username'].message('auth'), /^auth Asterisk then does not create the object at all\.$/);
    assert.equal(quote('p'), "'p'");
  });
});
