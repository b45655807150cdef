import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { dialectOfCopy, findTargets, UsageError } from '../../../server/src/cli/workspace';

describe('cli workspace: targets and their dialect', () => {
  it('reads the dialect of a copy from the name before its suffix', () => {
    assert.equal(dialectOfCopy('/etc/asterisk/iax.conf.sample'), 'iax');
    assert.equal(dialectOfCopy('/etc/asterisk/sip.conf.bak'), 'sip');
    assert.equal(dialectOfCopy('sip_custom.conf.dpkg-old'), 'sip');
    assert.equal(dialectOfCopy('iax.conf~'), 'iax');
    assert.equal(dialectOfCopy('iax.conf.orig.bak'), 'iax');
    assert.equal(dialectOfCopy('iax.conf'), 'iax');
    // Not a copy of a sip/iax file: the name says nothing.
    assert.equal(dialectOfCopy('extensions.conf.sample'), 'generic');
    assert.equal(dialectOfCopy('notes.sample'), 'generic');
  });

  it('checks a named iax.conf.sample as iax, other unnamed files as sip, and obeys --dialect', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'asterisk-conf-targets-'));
    const iaxSample = path.join(folder, 'iax.conf.sample');
    const other = path.join(folder, 'pbx.conf');
    writeFileSync(iaxSample, '[general]\nbandwidth=high\n');
    writeFileSync(other, '[general]\n');
    assert.deepEqual(findTargets([iaxSample, other]), [
      { filePath: iaxSample, dialect: 'iax' },
      { filePath: other, dialect: 'sip' },
    ]);
    assert.deepEqual(findTargets([iaxSample], 'sip'), [{ filePath: iaxSample, dialect: 'sip' }]);
  });

  it('finds the sip.conf and iax.conf roots in a folder, not the copies beside them', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'asterisk-conf-targets-'));
    mkdirSync(path.join(folder, 'asterisk'));
    for (const name of ['sip.conf', 'iax.conf', 'sip.conf.sample', 'extensions.conf']) writeFileSync(path.join(folder, 'asterisk', name), '[general]\n');
    assert.deepEqual(
      findTargets([folder]).map((target) => [path.basename(target.filePath), target.dialect]),
      [
        ['iax.conf', 'iax'],
        ['sip.conf', 'sip'],
      ],
    );
  });

  it('reads a named pjsip.conf (and pjsip_*.conf, pjsip.*.conf, their copies) as pjsip, unless --dialect says otherwise', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'asterisk-conf-targets-'));
    const names = ['pjsip.conf', 'pjsip_trunks.conf', 'pjsip.endpoints.conf', 'pjsip.conf.bak', 'pjsipx.conf'];
    for (const name of names) writeFileSync(path.join(folder, name), '[6001]\ntype=endpoint\n');
    assert.deepEqual(
      findTargets(names.map((name) => path.join(folder, name))).map((target) => [path.basename(target.filePath), target.dialect]),
      [
        ['pjsip.conf', 'pjsip'],
        ['pjsip_trunks.conf', 'pjsip'],
        ['pjsip.endpoints.conf', 'pjsip'],
        ['pjsip.conf.bak', 'pjsip'],
        // A name of no dialect is read as sip.conf, as before.
        ['pjsipx.conf', 'sip'],
      ],
    );
    assert.deepEqual(findTargets([path.join(folder, 'pjsip.conf')], 'sip'), [{ filePath: path.join(folder, 'pjsip.conf'), dialect: 'sip' }]);
    // A folder: its root pjsip.conf only (the other files are read through its includes).
    assert.deepEqual(
      findTargets([folder]).map((target) => [path.basename(target.filePath), target.dialect]),
      [['pjsip.conf', 'pjsip']],
    );
  });

  it('says which path does not exist', () => {
    assert.throws(() => findTargets(['/no/such/asterisk/sip.conf']), (error: unknown) => error instanceof UsageError && /No such file or directory/.test(error.message));
  });
});

describe('cli workspace: the folder walk (issue #19)', () => {
  it('takes each folder and each root once by its real path, whatever links loop back or point twice at one file', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'asterisk-conf-walk-'));
    mkdirSync(path.join(folder, 'pbx'));
    writeFileSync(path.join(folder, 'pbx', 'sip.conf'), '[general]\n');
    writeFileSync(path.join(folder, 'iax.conf'), '[general]\n');
    for (let index = 1; index <= 6; index++) symlinkSync('.', path.join(folder, `l${index}`));
    symlinkSync('..', path.join(folder, 'pbx', 'up'));
    symlinkSync(path.join(folder, 'pbx'), path.join(folder, 'again'));
    assert.deepEqual(
      findTargets([folder]).map((target) => path.relative(folder, target.filePath)),
      ['again/sip.conf', 'iax.conf'],
    );
  });
});

