#!/usr/bin/env node
// `npm run screenshots`: refreshes the README images in docs/images/ from real VS Code: the VS Code server
// of the e2e tools cache (npm run e2e:setup) with this folder's extension loaded, driven by Chromium
// through playwright-core with the keyboard, as a user would. It works on a copy of examples/ (with auto
// save off), so the edits it types never reach the repository.
//
// Needs: npx tsc -p . (it reuses out/test/e2e/runServer.js) and node scripts/build.mjs (dist/).
// Env: SCREENSHOTS_DIR (default docs/images), E2E_VERBOSE=1 (echo the server's output).
//
//   hover.png       the direction hover on type=peer in sip.conf
//   completion.png  completion after type= in a new section
//   quickfix.png    a diagnostic (in the Problems panel, squiggled in the editor) with its quick-fix menu
//   outline.png     the outline of sip.conf in the explorer
//   pjsip-hover.png the direction hover on the provider's endpoint header in pjsip.conf
//   migrate.png     "Asterisk: Convert sip.conf to pjsip.conf": sip.conf and the new pjsip document side by side
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const compiledRunner = join(repoRoot, 'out', 'test', 'e2e', 'runServer.js');
const outputDir = process.env.SCREENSHOTS_DIR ?? join(repoRoot, 'docs', 'images');
const verbose = process.env.E2E_VERBOSE === '1';
const VIEWPORT = { width: 1280, height: 800 };
const WAIT_MS = 30_000;

function fail(message) {
  console.error(`screenshots: ${message}`);
  process.exit(1);
}

if (!existsSync(compiledRunner)) fail(`missing ${compiledRunner}; run: npx tsc -p .`);
if (!existsSync(join(repoRoot, 'dist', 'client.js'))) fail('missing dist/client.js; run: npm run build');
const { CHROMIUM_ARGS, freePort, startServer, stopServer } = require(compiledRunner);
const { tools } = require(join(repoRoot, 'out', 'test', 'e2e', 'paths.js'));
for (const [name, file] of Object.entries(tools)) if (!existsSync(file)) fail(`missing ${name} (${file}); run: npm run e2e:setup`);

/** A copy of examples/ named examples (the window title shows it), with settings for clean pictures. */
function prepareWorkspace(tempDir) {
  const workspace = join(tempDir, 'examples');
  cpSync(join(repoRoot, 'examples'), workspace, { recursive: true });
  mkdirSync(join(workspace, '.vscode'));
  const settings = {
    // VS Code for the web saves after a delay by default; the typed edits must stay in memory.
    'files.autoSave': 'off',
    'workbench.startupEditor': 'none',
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'chat.disableAIFeatures': true,
    'editor.minimap.enabled': false,
    'editor.fontSize': 15,
    'editor.hover.delay': 100,
    'editor.quickSuggestionsDelay': 0,
    'workbench.tips.enabled': false,
    'files.exclude': { '**/.vscode': true },
  };
  writeFileSync(join(workspace, '.vscode', 'settings.json'), `${JSON.stringify(settings, null, 2)}\n`);
  return workspace;
}

/** The workbench, driven through the keyboard: F1 opens the command palette, as for a user. */
class Workbench {
  constructor(page) {
    this.page = page;
  }

  async quickInput(text) {
    await this.page.keyboard.press('F1');
    await this.page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: WAIT_MS });
    // F1 starts the input with ">" (commands); for files and :line, replace it.
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.type(text);
  }

  async command(label) {
    await this.quickInput(`>${label}`);
    await this.page.locator('.quick-input-list .monaco-list-row').filter({ hasText: label }).first().waitFor({ state: 'visible', timeout: WAIT_MS });
    await this.page.keyboard.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: WAIT_MS });
  }

  async openFile(name) {
    await this.quickInput(name);
    try {
      await this.page.locator('.quick-input-list .monaco-list-row').filter({ hasText: name }).first().waitFor({ state: 'visible', timeout: WAIT_MS });
      await this.page.keyboard.press('Enter');
    } catch {
      // Quick Open's file search can find nothing on a busy machine: open it from the explorer instead.
      await this.page.keyboard.press('Escape');
      await this.page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: new RegExp(`^${name.replace(/[.]/g, '\\.')}$`) }).first().click();
    }
    await this.page.locator('.tab.active').filter({ hasText: name }).waitFor({ state: 'visible', timeout: WAIT_MS });
    await this.page.locator('.part.editor .monaco-editor .view-lines').first().waitFor({ state: 'visible', timeout: WAIT_MS });
  }

  /** 1-based line and column, as Go to Line takes them. */
  async goTo(line, column) {
    await this.quickInput(`:${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: WAIT_MS });
  }

  /** Resolves once the locator is visible; `retry` re-issues the action that shows it (the server may still be starting). */
  async waitVisible(locator, what, retry) {
    const deadline = Date.now() + 60_000;
    for (;;) {
      try {
        await locator.waitFor({ state: 'visible', timeout: retry ? 5_000 : WAIT_MS });
        return;
      } catch (error) {
        if (!retry || Date.now() > deadline) throw new Error(`screenshots: ${what} did not appear (${error.message.split("\n")[0]})`, { cause: error });
        await retry();
      }
    }
  }

  /** Crops to the smallest rectangle holding every part in `clipSelectors` (the whole window without). */
  async screenshot(name, ...clipSelectors) {
    const file = join(outputDir, name);
    const boxes = (await Promise.all(clipSelectors.map((selector) => this.page.locator(selector).first().boundingBox()))).filter(Boolean);
    const box = boxes.length === 0 ? undefined : boxes.reduce((union, next) => {
      const x = Math.min(union.x, next.x);
      const y = Math.min(union.y, next.y);
      return { x, y, width: Math.max(union.x + union.width, next.x + next.width) - x, height: Math.max(union.y + union.height, next.y + next.height) - y };
    });
    await this.page.screenshot({ path: file, ...(box ? { clip: box } : {}) });
    console.log(`screenshots: wrote ${file}${box ? ` (${Math.round(box.width)}×${Math.round(box.height)})` : ''}`);
  }
}

async function takeScreenshots(page) {
  const workbench = new Workbench(page);
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
  await workbench.openFile('sip.conf');
  const lines = readFileSync(join(repoRoot, 'examples', 'sip.conf'), 'utf8').split('\n');
  const lineOf = (text) => {
    const index = lines.indexOf(text);
    if (index < 0) fail(`examples/sip.conf has no line "${text}"`);
    return index + 1;
  };

  // The chat side bar takes half the window in a fresh profile; notifications would cover the editor.
  await workbench.command('View: Hide Secondary Side Bar').catch(() => undefined);

  // 1. The direction hover on the provider's type=peer.
  const peerType = lineOf('type=peer');
  const hover = page.locator('.monaco-hover').filter({ hasText: 'Asterisk calls' });
  const showHover = async () => {
    await workbench.command('Notifications: Clear All Notifications').catch(() => undefined);
    await workbench.goTo(peerType, 7);
    await workbench.command('Show or Focus Hover');
  };
  await showHover();
  await workbench.waitVisible(hover, 'the direction hover', showHover);
  await workbench.screenshot('hover.png', '.part.editor');
  await page.keyboard.press('Escape');

  // 2. The outline, before anything is typed into the file, in a side bar widened to show the details.
  await workbench.command('Explorer: Focus on Outline View');
  // Collapse the file list so the outline gets the height of the side bar.
  await page.locator('.part.sidebar .pane-header').filter({ hasText: 'examples' }).first().click();
  await workbench.waitVisible(page.locator('.outline-pane .monaco-list-row').filter({ hasText: 'example-voip' }).first(), 'the outline');
  const widenSidebar = async (by) => {
    const sidebar = await page.locator('.part.sidebar').boundingBox();
    if (!sidebar) return;
    const sashX = sidebar.x + sidebar.width + 1;
    await page.mouse.move(sashX, sidebar.y + 200);
    await page.mouse.down();
    await page.mouse.move(sashX + by, sidebar.y + 200, { steps: 10 });
    await page.mouse.up();
  };
  await widenSidebar(330);
  await workbench.screenshot('outline.png');
  await widenSidebar(-330);

  // 3. A phone built on the template but without a secret: host=dynamic without a password. The Problems
  //    panel shows the message; Ctrl+. on the section opens its quick fixes.
  await workbench.goTo(lines.length, 1);
  await page.keyboard.insertText('\n[carol](office-phone)\ncallerid="Carol" <203>\n');
  const carolLine = lines.length + 1;
  await workbench.command('Problems: Focus on Problems View');
  await workbench.waitVisible(page.locator('.markers-panel .monaco-list-row').filter({ hasText: 'carol is host=dynamic' }), 'the dynamic-without-secret problem');
  await workbench.goTo(carolLine, 3);
  const openQuickFix = () => page.keyboard.press('Control+.');
  await openQuickFix();
  await workbench.waitVisible(page.locator('.action-widget').filter({ hasText: 'Add secret=' }), 'the quick-fix menu', openQuickFix);
  await workbench.screenshot('quickfix.png', '.part.editor', '.part.panel');
  await page.keyboard.press('Escape');

  // 4. Completion after type= in a new section (the Problems panel closed again, for room).
  await page.keyboard.press('Control+J');
  await workbench.goTo(lines.length + 3, 1);
  await page.keyboard.insertText('\n[lobby]\n');
  await page.keyboard.type('type=');
  const suggestions = page.locator('.suggest-widget .monaco-list-row').filter({ hasText: 'friend' });
  await workbench.waitVisible(suggestions, 'the completion list', () => page.keyboard.press('Control+Space'));
  // Ctrl+Space in an open list shows the selected item's documentation beside it.
  const showDetails = () => page.keyboard.press('Control+Space');
  await showDetails();
  await workbench.waitVisible(page.locator('.suggest-details').filter({ hasText: 'user' }), 'the completion details', showDetails);
  await workbench.screenshot('completion.png', '.part.editor');
  await page.keyboard.press('Escape');

  // 5. pjsip.conf: the direction hover on the provider's endpoint header (the sip.conf edits stay unsaved).
  await workbench.openFile('pjsip.conf');
  const pjsipLines = readFileSync(join(repoRoot, 'examples', 'pjsip.conf'), 'utf8').split('\n');
  const endpointHeader = pjsipLines.findIndex((text, index) => text === '[example-voip]' && pjsipLines[index + 1] === 'type=endpoint');
  if (endpointHeader < 0) fail('examples/pjsip.conf has no [example-voip] endpoint');
  const pjsipHover = page.locator('.monaco-hover').filter({ hasText: 'we answer its challenges' });
  const showPjsipHover = async () => {
    await workbench.command('Notifications: Clear All Notifications').catch(() => undefined);
    await workbench.goTo(endpointHeader + 1, 4);
    await workbench.command('Show or Focus Hover');
  };
  await showPjsipHover();
  await workbench.waitVisible(pjsipHover, 'the pjsip direction hover', showPjsipHover);
  await workbench.screenshot('pjsip-hover.png', '.part.editor');
  await page.keyboard.press('Escape');

  // 6. The conversion to pjsip.conf of sip.conf as it is in examples/ (the typed lines reverted first), the
  //    result in a new editor beside it, the side bar closed for room.
  await workbench.openFile('sip.conf');
  await workbench.command('File: Revert File');
  await workbench.command('View: Close Primary Side Bar').catch(() => undefined);
  await workbench.command('Notifications: Clear All Notifications').catch(() => undefined);
  await workbench.goTo(1, 1);
  await workbench.command('Asterisk: Convert sip.conf to pjsip.conf');
  await workbench.waitVisible(page.locator('.part.editor .editor-group-container').nth(1).locator('.view-lines').filter({ hasText: 'type=endpoint' }), 'the converted document');
  // The summary toast (how many lines were not carried over) is in the picture when it is still up.
  await page.locator('.notification-toast').filter({ hasText: 'Converted' }).waitFor({ state: 'visible', timeout: 5_000 }).catch(() => undefined);
  await workbench.screenshot('migrate.png', '.part.editor');
}

async function main() {
  const tempDir = mkdtempSync(join(tmpdir(), 'asterisk-conf-screenshots-'));
  let server;
  let browser;
  let page;
  const cleanUp = () => {
    stopServer(server?.process);
    rmSync(tempDir, { recursive: true, force: true });
  };
  process.once('SIGINT', () => {
    cleanUp();
    process.exit(130);
  });
  try {
    const workspace = prepareWorkspace(tempDir);
    mkdirSync(outputDir, { recursive: true });
    mkdirSync(join(tempDir, 'extensions'));
    const port = await freePort();
    server = await startServer(port, join(tempDir, 'data'), join(tempDir, 'extensions'), verbose);
    const playwright = require(tools.playwrightCore);
    browser = await playwright.chromium.launch({ executablePath: tools.chromium, headless: true, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: VIEWPORT });
    const payload = [
      ['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${port}${repoRoot}`],
      ['skipWelcome', 'true'],
    ];
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`, { timeout: 60_000 });
    await takeScreenshots(page);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    // What the workbench showed when it went wrong, outside the images folder.
    const failureShot = join(tmpdir(), 'asterisk-conf-screenshots-failure.png');
    if (await page?.screenshot({ path: failureShot }).then(() => true, () => false)) console.error(`screenshots: the workbench at the failure: ${failureShot}`);
    process.exitCode = 1;
  } finally {
    await browser?.close().catch(() => undefined);
    cleanUp();
  }
}

await main();
