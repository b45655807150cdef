import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mergeSettings, ProjectSettings, type ProjectConfigResult } from '../../server/src/projectSettings';
import { DEFAULT_SETTINGS } from '../../server/src/service/settings';

const WORKSPACE = 'file:///home/me/pbx';
const CONFIG_DIR = 'file:///home/me/pbx/asterisk';

function projectSettings(files: Record<string, ProjectConfigResult>, allowedRoots?: string[]) {
  const reads: string[] = [];
  const problems: string[] = [];
  const settings = new ProjectSettings({
    readProjectConfig: (folder) => {
      reads.push(folder);
      return files[folder];
    },
    allowedRoots,
    reportProblem: (message) => problems.push(message),
  });
  settings.setWorkspaceFolders([WORKSPACE]);
  return { settings, reads, problems };
}

describe('project settings: the editor reads .asterisk-conf.json like the CLI', () => {
  it('the workspace folder file applies; the config directory file wins over it', () => {
    const { settings } = projectSettings({
      [WORKSPACE]: { config: { rules: { 'weak-secret': 'error', 'unknown-option': 'ignore' }, asteriskVersion: 18 } },
      [CONFIG_DIR]: { config: { rules: { 'weak-secret': 'hint' } } },
    });
    const result = settings.settingsFor(`${CONFIG_DIR}/sip.conf`, CONFIG_DIR);
    assert.deepEqual(result.lint, { 'weak-secret': 'hint', 'unknown-option': 'ignore' });
    assert.equal(result.asteriskVersion, 18);
  });

  it('a rule or version the user set in the editor wins over the file; defaults give way to it', () => {
    const editor = { settings: { ...DEFAULT_SETTINGS, lint: { 'weak-secret': 'warning' as const, 'unknown-option': 'information' as const }, asteriskVersion: 20 }, explicitKeys: new Set(['lint.unknown-option', 'asteriskVersion']) };
    const merged = mergeSettings(editor, [{ rules: { 'weak-secret': 'error', 'unknown-option': 'ignore' }, asteriskVersion: 18 }]);
    assert.deepEqual(merged.lint, { 'weak-secret': 'error', 'unknown-option': 'information' });
    assert.equal(merged.asteriskVersion, 20);
  });

  it('without word from the client, a rule it sent counts as set, others come from the file', () => {
    const merged = mergeSettings({ settings: { ...DEFAULT_SETTINGS, lint: { 'weak-secret': 'ignore' } } }, [{ rules: { 'weak-secret': 'error', 'exec-present': 'error' }, asteriskVersion: 21 }]);
    assert.deepEqual(merged.lint, { 'weak-secret': 'ignore', 'exec-present': 'error' });
    assert.equal(merged.asteriskVersion, 21);
  });

  it('editor settings are per workspace folder (resource scope)', () => {
    const { settings } = projectSettings({});
    const other = 'file:///srv/other';
    settings.setWorkspaceFolders([WORKSPACE, other]);
    settings.setEditorSettings(
      { settings: DEFAULT_SETTINGS },
      new Map([[other, { settings: { ...DEFAULT_SETTINGS, lint: { 'weak-secret': 'ignore' as const } } }]]),
    );
    assert.deepEqual(settings.settingsFor(`${other}/sip.conf`, other).lint, { 'weak-secret': 'ignore' });
    assert.deepEqual(settings.settingsFor(`${CONFIG_DIR}/sip.conf`, CONFIG_DIR).lint, {});
  });

  it('reads each file once and keeps the same settings object until something changes', () => {
    const { settings, reads } = projectSettings({ [WORKSPACE]: { config: { rules: { 'weak-secret': 'error' } } } });
    const first = settings.settingsFor(`${CONFIG_DIR}/sip.conf`, CONFIG_DIR);
    assert.equal(settings.settingsFor(`${CONFIG_DIR}/iax.conf`, CONFIG_DIR), first);
    assert.deepEqual(reads, [WORKSPACE, CONFIG_DIR]);
    settings.changed();
    assert.notEqual(settings.settingsFor(`${CONFIG_DIR}/sip.conf`, CONFIG_DIR), first);
    assert.deepEqual(reads, [WORKSPACE, CONFIG_DIR, WORKSPACE, CONFIG_DIR]);
  });

  it('a file it cannot use is reported and ignored, never thrown', () => {
    const { settings, problems } = projectSettings({ [WORKSPACE]: { problem: "Unknown rule 'bogus' in .asterisk-conf.json" } });
    assert.equal(settings.settingsFor(`${CONFIG_DIR}/sip.conf`, CONFIG_DIR).lint, DEFAULT_SETTINGS.lint);
    assert.deepEqual(problems, [".asterisk-conf.json ignored: Unknown rule 'bogus' in .asterisk-conf.json"]);
  });

  it('in restricted mode it reads no file outside the workspace folders', () => {
    const { settings, reads } = projectSettings({}, [WORKSPACE]);
    settings.settingsFor('file:///etc/asterisk/sip.conf', 'file:///etc/asterisk');
    settings.settingsFor(`${CONFIG_DIR}/sip.conf`, CONFIG_DIR);
    assert.deepEqual(reads, [WORKSPACE, CONFIG_DIR]);
  });
});
