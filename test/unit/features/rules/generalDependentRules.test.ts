import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { forceRportOf, generalSections, natFlagsOf, sipGeneralKey } from '../../../../server/src/service/features/rules/generalDependentRules';
import { analyzeText } from '../../../support/fixture';
import { only, rangesOf } from './diagnose';

const PHONE = (name: string, extra: string) => `[${name}]\ntype=friend\nhost=dynamic\nsecret=Xk9-Long-Pass\ncontext=office\n${extra}`;

describe('generalDependentRules (issue #15 B5)', () => {
  describe('natFlagsOf', () => {
    it('adds nat lines up as sip show peer prints them: no and yes start over, auto_ words win over their flag', () => {
      assert.deepEqual(natFlagsOf([]), { forceRport: 'No', comedia: 'No' });
      assert.deepEqual(natFlagsOf(['force_rport', 'comedia']), { forceRport: 'Yes', comedia: 'Yes' });
      assert.deepEqual(natFlagsOf(['comedia', 'no', 'force_rport']), { forceRport: 'Yes', comedia: 'No' });
      assert.deepEqual(natFlagsOf(['yes,auto_comedia']), { forceRport: 'Yes', comedia: 'Yes' });
      assert.deepEqual(natFlagsOf(['auto_force_rport,force_rport', 'auto_comedia']), { forceRport: 'Auto', comedia: 'Auto' });
    });
  });

  describe('forceRportOf', () => {
    it('reads nat like sip_parse_nat_option on cleared flags', () => {
      assert.equal(forceRportOf([]), false);
      assert.equal(forceRportOf(['force_rport']), true);
      assert.equal(forceRportOf(['yes']), true);
      assert.equal(forceRportOf(['comedia']), false);
      assert.equal(forceRportOf(['auto_force_rport,force_rport']), false);
      assert.equal(forceRportOf(['force_rport', 'no']), false);
      assert.equal(forceRportOf(['comedia', 'force_rport']), true);
      assert.equal(forceRportOf(['auto']), false);
    });
  });

  describe('transport-not-enabled', () => {
    it('flags tcp and tls in a device while [general] leaves them off, on the word', () => {
      const text = `[general]\ncontext=public\n${PHONE('a', 'transport=tcp,udp\n')}${PHONE('b', 'transport=udp,TLS\n')}`;
      assert.deepEqual(rangesOf('transport-not-enabled', text), [
        [7, 10, 13],
        [13, 14, 17],
      ]);
    });
    it('flags tcp in [general] transport too', () => {
      assert.deepEqual(only('transport-not-enabled', '[general]\ntransport=udp,tcp\n').data, { transport: 'tcp' });
    });
    it('accepts them once enabled (tcpenable: any word but a no word; tlsenable: a yes word)', () => {
      assert.deepEqual(rangesOf('transport-not-enabled', `[general]\ntcpenable=on\ntlsenable=yes\n${PHONE('a', 'transport=tcp,tls\n')}`), []);
      assert.deepEqual(rangesOf('transport-not-enabled', `[general]\nsslenable=yes\n${PHONE('a', 'transport=tls\n')}`), []);
      assert.deepEqual(rangesOf('transport-not-enabled', `[general]\ntcpenable=no\n${PHONE('a', 'transport=tcp\n')}`), [[7, 10, 13]]);
    });
    it('says nothing for iax', () => {
      assert.deepEqual(rangesOf('transport-not-enabled', '[general]\nbindport=4569\n', { dialect: 'iax' }), []);
    });
  });

  describe('nat-differs-from-general', () => {
    it('flags a device nat whose force_rport differs from [general], on its nat line', () => {
      const diagnostic = only('nat-differs-from-general', `[general]\ncontext=public\n${PHONE('a', 'nat=force_rport,comedia\n')}`);
      assert.deepEqual(diagnostic.range, { start: { line: 7, character: 0 }, end: { line: 7, character: 3 } });
      assert.match(String(diagnostic.message), /^This nat gives force_rport=yes while \[general\] gives no: /);
      // Issue #18: a publish at FreePBX scale is mostly this warning; nothing reads data from it.
      assert.equal(diagnostic.data, undefined);
    });
    it('flags nat=no under a [general] nat=force_rport', () => {
      assert.deepEqual(rangesOf('nat-differs-from-general', `[general]\nnat=force_rport\n${PHONE('a', 'nat=no\n')}`), [[7, 0, 3]]);
    });
    it('a nat inherited from a template is reported on each device header', () => {
      const device = (name: string) => `[${name}](natted)\ntype=friend\nhost=dynamic\nsecret=Xk9-Long-Pass\ncontext=office\n`;
      const text = `[natted](!)\nnat=force_rport\n${device('a')}${device('b')}`;
      assert.deepEqual(rangesOf('nat-differs-from-general', text), [
        [2, 1, 2],
        [7, 1, 2],
      ]);
    });
    it('accepts the same force_rport, and comedia alone (only force_rport is compared)', () => {
      assert.deepEqual(rangesOf('nat-differs-from-general', `[general]\nnat=force_rport\n${PHONE('a', 'nat=force_rport,comedia\n')}`), []);
      assert.deepEqual(rangesOf('nat-differs-from-general', PHONE('a', 'nat=comedia\n')), []);
      assert.deepEqual(rangesOf('nat-differs-from-general', PHONE('a', '')), []);
    });
  });

  // Regression: the checks read only the first [general]; chan_sip merges [general](+) into it before any
  // device (Asterisk 20, oracle fixture claim-16-general-append).
  describe('[general](+)', () => {
    it('its tcpenable enables tcp for every device, wherever it is written', () => {
      const text = `[general]\n${PHONE('a', 'transport=tcp,udp\n')}[general](+)\ntcpenable=yes\n`;
      assert.deepEqual(rangesOf('transport-not-enabled', text), []);
      assert.deepEqual(rangesOf('transport-not-enabled', `${text}[general](+)\ntcpenable=no\n`), [[6, 10, 13]]);
    });

    it('its nat is the global force_rport the devices are compared with', () => {
      const text = `[general]\n${PHONE('a', 'nat=force_rport\n')}${PHONE('b', 'nat=no\n')}[general](+)\nnat=force_rport\n`;
      assert.deepEqual(rangesOf('nat-differs-from-general', text), [[12, 0, 3]]);
    });

    it('generalSections: the first [general] and its additions, not another section', () => {
      const { model } = analyzeText('[general]\n[a]\ntype=peer\nhost=192.0.2.1\n[general](+)\nnat=yes\n[a](+)\nport=5070\n');
      assert.deepEqual(generalSections(model).map((section) => section.headerLine), [0, 4]);
      assert.deepEqual(generalSections(analyzeText('[a]\ntype=peer\nhost=192.0.2.1\n').model), []);
    });
  });

  it('the section cache key changes only with the facts the checks read', () => {
    const key = (text: string) => sipGeneralKey(generalSections(analyzeText(text).model));
    assert.equal(key('[general]\ncontext=a\n'), key('[general]\ncontext=b\nallowguest=no\n'));
    assert.equal(key('[general]\n[general](+)\ntcpenable=yes\n'), key('[general]\ntcpenable=yes\n'));
    assert.notEqual(key('[general]\n'), key('[general]\nnat=force_rport\n'));
    assert.notEqual(key('[general]\n'), key('[general]\ntcpenable=yes\n'));
    assert.notEqual(key('[general]\n'), key('[general]\ntlsenable=yes\n'));
  });
});
