import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PARSE_RULES, parseRule } from '../../server/src/service/rules';
import type { ParseIssueCode } from '../../server/src/service/parser/nodes';

const SEVERITIES = ['error', 'warning', 'information', 'hint'];
const KEBAB_CASE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const codes = Object.keys(PARSE_RULES) as ParseIssueCode[];

describe('PARSE_RULES', () => {
  it('keys every rule by its own id', () => {
    for (const code of codes) assert.equal(PARSE_RULES[code].id, code);
  });

  it('has unique kebab-case ids', () => {
    assert.equal(new Set(codes).size, codes.length);
    for (const code of codes) assert.match(code, KEBAB_CASE);
  });

  it('has a default severity that the severity setting knows', () => {
    for (const code of codes) assert.ok(SEVERITIES.includes(PARSE_RULES[code].defaultSeverity), code);
  });

  it('makes every rule that invalidates the whole file an error', () => {
    const fileInvalid = codes.filter((code) => PARSE_RULES[code].fileInvalid);
    assert.deepEqual(fileInvalid, [
      'key-before-section',
      'unclosed-section',
      'unclosed-options',
      'unknown-template',
      'append-to-unknown',
      'space-in-options',
      'invalid-escape',
    ]);
    for (const code of fileInvalid) assert.equal(PARSE_RULES[code].defaultSeverity, 'error', code);
  });

  it('has a one-line summary and a message with and without an argument', () => {
    for (const code of codes) {
      const rule = PARSE_RULES[code];
      assert.ok(rule.summary.length > 0 && !rule.summary.includes('\n'), code);
      for (const message of [rule.message(), rule.message('tpl')]) {
        assert.equal(typeof message, 'string', code);
        assert.ok(message.trim().length > 0, code);
      }
    }
  });

  it('puts the argument into the message of the rules that take one', () => {
    for (const code of ['unknown-template', 'append-to-unknown', 'space-before-options', 'space-in-options', 'text-after-options', 'unknown-directive', 'missing-directive-argument'] as const) {
      assert.ok(PARSE_RULES[code].message('xyzzy').includes('xyzzy'), code);
    }
  });
});

describe('parseRule', () => {
  it('returns the table entry of a code', () => {
    for (const code of codes) assert.equal(parseRule(code), PARSE_RULES[code]);
    assert.equal(parseRule('duplicate-general').defaultSeverity, 'warning');
    assert.equal(parseRule('key-before-section').defaultSeverity, 'error');
  });
});
