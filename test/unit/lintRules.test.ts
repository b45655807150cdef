import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PJSIP_RULES } from '../../server/src/service/dialects/pjsip/rules';
import { ALL_RULES, SEMANTIC_RULES, ruleById, type SemanticRuleId } from '../../server/src/service/lintRules';
import { PARSE_RULES } from '../../server/src/service/rules';

const SEVERITIES = ['error', 'warning', 'information', 'hint'];
const KEBAB_CASE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const ids = Object.keys(SEMANTIC_RULES) as SemanticRuleId[];

describe('SEMANTIC_RULES', () => {
  it('keys every rule by its own id', () => {
    for (const id of ids) assert.equal(SEMANTIC_RULES[id].id, id);
  });

  it('has kebab-case ids that no parse rule uses', () => {
    for (const id of ids) {
      assert.match(id, KEBAB_CASE);
      assert.equal(Object.prototype.hasOwnProperty.call(PARSE_RULES, id), false, id);
    }
  });

  it('has a known default severity and a one-line summary for each rule', () => {
    for (const id of ids) {
      const rule = SEMANTIC_RULES[id];
      assert.ok(SEVERITIES.includes(rule.defaultSeverity), id);
      assert.ok(rule.summary.length > 0 && !rule.summary.includes('\n'), id);
    }
  });

  it('message: the text the check composed, else the summary', () => {
    for (const id of ids) {
      const rule = SEMANTIC_RULES[id];
      assert.equal(rule.message('composed by the check'), 'composed by the check');
      assert.equal(rule.message(), rule.summary);
    }
  });

  it('has the severities the seed rules are documented with', () => {
    assert.equal(SEMANTIC_RULES['user-without-context'].defaultSeverity, 'warning');
    assert.equal(SEMANTIC_RULES['missing-type'].defaultSeverity, 'error');
    assert.equal(SEMANTIC_RULES['register-no-peer'].defaultSeverity, 'information');
    assert.equal(SEMANTIC_RULES['bad-acl'].defaultSeverity, 'error');
  });
});

describe('ALL_RULES', () => {
  it('lists the parse rules first, then the semantic rules, then the pjsip rules, in table order', () => {
    const parseIds = Object.keys(PARSE_RULES);
    assert.deepEqual(
      ALL_RULES.map((rule) => rule.id),
      [...parseIds, ...ids, ...Object.keys(PJSIP_RULES)],
    );
  });

  it('has unique ids', () => {
    const all = ALL_RULES.map((rule) => rule.id);
    assert.equal(new Set(all).size, all.length);
  });
});

describe('ruleById', () => {
  it('finds parse and semantic rules as the same objects as the tables', () => {
    assert.equal(ruleById('key-before-section'), PARSE_RULES['key-before-section']);
    assert.equal(ruleById('user-without-context'), SEMANTIC_RULES['user-without-context']);
    for (const rule of ALL_RULES) assert.equal(ruleById(rule.id), rule);
  });

  it('returns undefined for anything else, case-sensitively', () => {
    assert.equal(ruleById('no-such-rule'), undefined);
    assert.equal(ruleById('User-Without-Context'), undefined);
    assert.equal(ruleById(''), undefined);
  });
});
