// Harness for Vigil's tests in a real VS Code: code-server (from npm, runs on Node 24) driven by headless
// Debian Chromium through playwright-core. See ../shared/vscode-testing.md for why it works this way.
//
// Convention for test/e2e/*.e2e.mjs: each file is a plain Node script run by `npm run test:e2e`
// (scripts/runE2e.mjs, one file after another) or on its own (`node test/e2e/x.e2e.mjs`). Write it as
//
//   import { e2e } from './harness.mjs';
//   await e2e('panel', async (t) => {
//     const v = await t.launchVigil({ settings: { 'vigil.claude.configDir': dir }, env: { FOO: '1' } });
//     await t.test('shows the panel', async () => { await openVigilPanel(v.page); ... });
//   });
//
// e2e() takes the machine-wide lock (/tmp/vigil-e2e.lock: one code-server/Chromium at a time), runs the
// tests in order (a failing test screenshots the page into test-results/ and the next test still runs),
// stops every server and browser it started, prints `N passed, N failed` as its last line and exits 0/1.
//
// Helpers: launchVigil (code-server + Chromium + workspace, 'dev' or 'vsix' mode), startCodeServer,
// launchBrowser, pipeConsole, openWorkbench, openVigilPanel, webviewFrame(page, marker) (PANEL_MARKER for
// the Reasoning panel; any CSS selector for other webviews, e.g. the review panel), runCommand(page, title),
// waitForNotification, screenshot(page, name) -> test-results/<name>.png, holdE2eLock, testToolEnv.
// The lock is also detected when a parent is `flock /tmp/vigil-e2e.lock …` (no deadlock when wrapped).
//
// Environment for the extension host: code-server hands its own environment to the extension host, so
// `startCodeServer({ env })` / `launchVigil({ env })` is how a test gives the extension e.g. CLAUDE_CONFIG_DIR.
// By default every run gets a fresh HOME (so ~/.claude, ~/.codex and hook installs never touch the real
// user's files), XDG dirs and a short TMPDIR, all under one temp folder removed on stop (KEEP=1 keeps it).
//
// Env read here: CODE_SERVER, NODE24_BIN (else scripts/setupVscodeTestEnv.sh is run to get them),
// CHROMIUM (default /usr/bin/chromium), VERBOSE=1 (code-server log + all console lines), KEEP=1.
import { chromium } from 'playwright-core';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import util from 'node:util';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const RESULTS_DIR = path.join(ROOT, 'test-results');
export const EXTENSION_ID = 'vigil-dev.vigil';
export const LOCK_FILE = process.env.VIGIL_E2E_LOCK || '/tmp/vigil-e2e.lock';
const TMP_ROOT = process.env.HARNESS_TMP || os.tmpdir();
const VERBOSE = !!process.env.VERBOSE;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Re-runs the current script under `flock LOCK_FILE` unless this process already holds the lock
 * (VIGIL_E2E_LOCK_HELD=1). Call it first thing in every script that starts code-server or Chromium.
 * Returns only in the process that holds the lock.
 */
export function holdE2eLock() {
  if (process.env.VIGIL_E2E_LOCK_HELD === '1' || ancestorHoldsLock()) return;
  const r = spawnSync('flock', [LOCK_FILE, process.execPath, ...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit', env: { ...process.env, VIGIL_E2E_LOCK_HELD: '1' },
  });
  if (r.error) throw r.error;
  process.exit(r.status ?? 1);
}

/** True when a parent process is `flock <LOCK_FILE> …` (e.g. `flock /tmp/vigil-e2e.lock npm run test:e2e`): taking it again would deadlock. */
function ancestorHoldsLock() {
  try {
    for (let pid = process.ppid; pid > 1;) {
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      if (path.basename(cmd[0] ?? '') === 'flock' && cmd.includes(LOCK_FILE)) return true;
      pid = Number(fs.readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')[1]);
    }
  } catch { /* no /proc: rely on VIGIL_E2E_LOCK_HELD */ }
  return false;
}

let toolEnv;
/** CODE_SERVER and NODE24_BIN: from the environment, else from the (idempotent) setup script. */
export function testToolEnv() {
  if (toolEnv) return toolEnv;
  let { CODE_SERVER, NODE24_BIN } = process.env;
  if (!CODE_SERVER || !NODE24_BIN) {
    const r = spawnSync('bash', [path.join(ROOT, 'scripts/setupVscodeTestEnv.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    if (r.status !== 0) throw new Error(`scripts/setupVscodeTestEnv.sh failed (exit ${r.status})`);
    for (const m of r.stdout.matchAll(/^export (\w+)=(.*)$/gm)) process.env[m[1]] = m[2];
    ({ CODE_SERVER, NODE24_BIN } = process.env);
  }
  if (!CODE_SERVER || !fs.existsSync(CODE_SERVER)) throw new Error(`code-server not found (CODE_SERVER=${CODE_SERVER})`);
  toolEnv = { CODE_SERVER, NODE24_BIN };
  return toolEnv;
}

export const freePort = () => new Promise((resolve, reject) => {
  const s = net.createServer().once('error', reject).listen(0, '127.0.0.1', () => {
    const { port } = s.address();
    s.close(() => resolve(port));
  });
});

/** Fresh temp dir under the harness temp root (short paths: unix sockets are limited to 108 chars). */
export const tempDir = (prefix) => fs.mkdtempSync(path.join(TMP_ROOT, prefix));

const DEFAULT_SETTINGS = {
  'workbench.startupEditor': 'none', 'workbench.tips.enabled': false, 'telemetry.telemetryLevel': 'off',
  'chat.disableAIFeatures': true, 'extensions.autoUpdate': false, 'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true, 'update.mode': 'none', 'git.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden', 'workbench.reduceMotion': 'on',
  'security.workspace.trust.enabled': false, 'window.commandCenter': false,
};

const running = new Set(); // servers still up: killed synchronously (and their dirs removed) if the process exits early
process.on('exit', () => {
  for (const { proc, dir } of running) {
    try { process.kill(-proc.pid, 'SIGKILL'); } catch { /* gone */ }
    if (!process.env.KEEP) fs.rmSync(dir, { recursive: true, force: true });
  }
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130));

/**
 * Starts code-server on a free 127.0.0.1 port with fresh user-data, extensions, HOME, XDG and TMP dirs.
 * smokeDriver: needed for the extensionDevelopmentPath/extensionTestsPath URL payload; it hides toasts.
 * vsix: .vsix files installed (`--install-extension`) before start. env: extra variables for the server
 * and therefore for the extension host. freshHome: false keeps the real HOME. port: default a free one.
 */
export async function startCodeServer({ settings = {}, smokeDriver = true, vsix = [], env = {}, freshHome = true, port, verbose = VERBOSE } = {}) {
  const { CODE_SERVER, NODE24_BIN } = testToolEnv();
  port ??= await freePort();
  const dir = tempDir('vcs-');
  for (const d of ['ud/User', 'exts', 'home', 'xdg/config', 'xdg/data', 'xdg/cache', 'tmp']) fs.mkdirSync(path.join(dir, d), { recursive: true });
  fs.writeFileSync(`${dir}/ud/User/settings.json`, JSON.stringify({ ...DEFAULT_SETTINGS, ...settings }, null, 1));
  fs.writeFileSync(`${dir}/config.yaml`, 'auth: none\n'); // keeps code-server away from ~/.config/code-server
  const procEnv = {
    ...process.env, PATH: `${NODE24_BIN}:${process.env.PATH}`,
    XDG_CONFIG_HOME: `${dir}/xdg/config`, XDG_DATA_HOME: `${dir}/xdg/data`, XDG_CACHE_HOME: `${dir}/xdg/cache`,
    TMPDIR: `${dir}/tmp`, ...(freshHome ? { HOME: `${dir}/home` } : {}), ...env,
  };
  delete procEnv.VSCODE_IPC_HOOK_CLI; // when run from a VS Code terminal
  const base = ['--config', `${dir}/config.yaml`, '--user-data-dir', `${dir}/ud`, '--extensions-dir', `${dir}/exts`];
  for (const v of [].concat(vsix)) {
    const r = spawnSync(CODE_SERVER, [...base, '--install-extension', path.resolve(v), '--force'], { env: procEnv, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`installing ${v} failed:\n${r.stdout}${r.stderr}`);
  }
  const proc = spawn(CODE_SERVER, [
    ...base, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override',
    ...(smokeDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
  ], { env: procEnv, stdio: ['ignore', 'pipe', 'pipe'], detached: true }); // own process group: killed as one
  const entry = { proc, dir };
  running.add(entry);
  let log = '';
  const onData = (d) => { log += d; if (verbose) process.stdout.write(`[code-server] ${d}`); };
  proc.stdout.on('data', onData);
  proc.stderr.on('data', onData);
  const t0 = Date.now();
  for (;;) {
    try { if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break; } catch { /* not up yet */ }
    if (proc.exitCode !== null || Date.now() - t0 > 60_000) {
      try { process.kill(-proc.pid, 'SIGKILL'); } catch { /* gone */ }
      throw new Error(`code-server did not start:\n${log}`);
    }
    await sleep(100);
  }
  const remoteUri = (p) => `vscode-remote://127.0.0.1:${port}${path.resolve(p)}`; // workbench: remoteAuthority = location.host
  return {
    port, dir, proc, home: `${dir}/home`, env: procEnv, log: () => log, remoteUri,
    /** Workbench URL; extensionDevelopmentPath/extensionTestsPath need smokeDriver. */
    url({ folder, extensionDevelopmentPath, extensionTestsPath } = {}) {
      const payload = [];
      if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remoteUri(extensionDevelopmentPath)]);
      if (extensionTestsPath) payload.push(['extensionTestsPath', remoteUri(extensionTestsPath)]);
      let u = `http://127.0.0.1:${port}/?${folder ? `folder=${encodeURIComponent(path.resolve(folder))}` : 'ew=true'}`;
      if (payload.length) u += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
      return u;
    },
    async stop() {
      if (proc.exitCode === null && proc.signalCode === null) {
        const exited = new Promise((r) => proc.once('exit', r));
        try { process.kill(-proc.pid, 'SIGTERM'); } catch { /* gone */ }
        if (await Promise.race([exited.then(() => true), sleep(5000)]) !== true) {
          try { process.kill(-proc.pid, 'SIGKILL'); } catch { /* gone */ }
          await exited;
        }
      }
      try { process.kill(-proc.pid, 'SIGKILL'); } catch { /* whole group already gone */ }
      running.delete(entry);
      if (!process.env.KEEP) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Headless Debian Chromium with a fresh profile (HOME/TMPDIR pointed into it). */
export async function launchBrowser({ viewport = { width: 1400, height: 900 } } = {}) {
  const profile = tempDir('chr-');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, viewport,
    env: { ...process.env, HOME: profile, TMPDIR: profile, XDG_CONFIG_HOME: `${profile}/.config`, XDG_CACHE_HOME: `${profile}/.cache` },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const page = context.pages()[0] ?? await context.newPage();
  return {
    context, page,
    async close() {
      // bounded: if Chromium does not close in time, Playwright kills it when this process exits
      await Promise.race([context.close().catch(() => {}), sleep(15_000)]);
      if (!process.env.KEEP) fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

const NOISE = /Failed to load resource|ENOTFOUND|ERR_NAME_NOT_RESOLVED|AgentHost|ChatModelSelection|AccountPolicyGate|connection token|Creating a socket|grace time|sandboxing|same-origin iframe|Service Worker|builtin extensions cache|open-vsx|^Canceled|^\s*$/;
/**
 * Prints the page console (which includes the extension host's console, e.g. mocha output), with VS Code's
 * `('%c INFO', 'color: …', fmt, ...args)` lines reformatted and known offline noise dropped.
 * Returns flush(): await it before closing the browser, console events arrive asynchronously.
 */
export function pipeConsole(page, { all = VERBOSE, print = true, onLine = () => {} } = {}) {
  let chain = Promise.resolve();
  page.on('console', (m) => {
    // jsonValue() can stall while a page or webview is being torn down: fall back to the plain text after 2 s
    const values = Promise.race([Promise.all(m.args().map((a) => a.jsonValue())), sleep(2000).then(() => { throw new Error('stalled'); })]);
    const line = values.then((a) => {
      if (typeof a[0] === 'string' && a[0].startsWith('%c')) a = a.slice(2);
      return util.format(...a);
    }, () => m.text());
    chain = chain.then(() => line).then((l) => { onLine(l); if (print && (all || !NOISE.test(l))) console.log(l); });
  });
  return async () => { await sleep(200); await Promise.race([chain, sleep(5000)]); };
}

/** Goes to url and waits until the workbench is restored (smoke driver) or its activity bar is shown. */
export async function openWorkbench(page, url, { timeout = 90_000 } = {}) {
  await page.goto(url);
  await page.locator('.monaco-workbench .activitybar').first().waitFor({ timeout });
  if (await page.evaluate(() => !!window.driver)) await page.evaluate(() => window.driver.whenWorkbenchRestored());
}

/** Shows Vigil's activity-bar container (does not toggle it closed when it is already shown). */
export async function openVigilPanel(page, { timeout = 60_000 } = {}) {
  const item = page.locator('.activitybar a.action-label[aria-label^="Vigil"]').first();
  await item.waitFor({ timeout });
  const li = item.locator('xpath=ancestor::li[1]');
  if (!/\bchecked\b/.test((await li.getAttribute('class')) ?? '')) await item.click();
  await page.locator('.sidebar .composite.title', { hasText: /vigil/i }).first().waitFor({ timeout });
}

/** webviewFrame() marker of the Reasoning panel once its script has started (src/webview/panel.ts sets data-ready). */
export const PANEL_MARKER = 'body[data-ready="1"] [aria-label="Vigil reasoning panel"]';

/**
 * The FrameLocator of a Vigil webview (view or editor panel) whose document matches `marker`, a CSS
 * selector evaluated inside the webview (e.g. 'body[data-ready="1"] #timeline'). Several webviews may be
 * open at once (the panel and the review panel); each sits in `iframe.webview` > `#active-frame`, so we
 * look into each and return a locator pinned to the matching one (by the outer iframe's unique name).
 */
export async function webviewFrame(page, marker = 'body', { timeout = 60_000 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const outers = page.locator(`iframe.webview.ready[src*="extensionId=${EXTENSION_ID}"]`);
    for (let i = 0, n = await outers.count(); i < n; i++) {
      const name = await outers.nth(i).getAttribute('name').catch(() => null);
      if (!name) continue;
      const frame = page.frameLocator(`iframe.webview[name="${name}"]`).frameLocator('#active-frame');
      if (await frame.locator(marker).count().catch(() => 0)) return frame;
    }
    if (Date.now() > deadline) throw new Error(`no Vigil webview matching ${marker} within ${timeout} ms`);
    await sleep(250);
  }
}

/** Runs a command from the palette by its title, e.g. 'Vigil: Export Report'. */
export async function runCommand(page, title, { timeout = 30_000 } = {}) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout });
  await input.fill(`>${title}`);
  const rows = page.locator('.quick-input-list .monaco-list-row', { hasText: title });
  await rows.first().waitFor({ timeout });
  const exact = rows.filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }) });
  await ((await exact.count()) ? exact.first() : rows.first()).click();
}

/** Text of a notification: toasts without the smoke driver, the notification center with it. */
export async function waitForNotification(page, text, { timeout = 30_000 } = {}) {
  const smoke = await page.evaluate(() => !!window.driver);
  if (smoke) {
    const center = page.locator('.notifications-center');
    if (!(await center.isVisible())) await page.locator('#status\\.notifications a').first().click();
    return center.locator('.notification-list-item-message', { hasText: text }).first().waitFor({ timeout });
  }
  return page.locator('.notification-toast .notification-list-item-message', { hasText: text }).first().waitFor({ timeout });
}

/** Saves test-results/<name>.png (animations off) and returns its path. */
export async function screenshot(page, name) {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name.replace(/[^\w.-]+/g, '_')}.png`);
  await page.screenshot({ path: file, animations: 'disabled' });
  return file;
}

/**
 * code-server + Chromium with Vigil loaded and a workspace folder open; resolves once the workbench is up.
 * mode 'dev' loads the repo (run `node esbuild.mjs` first) via extensionDevelopmentPath with the smoke
 * driver (no toasts); mode 'vsix' installs `vsix` and runs without the smoke driver.
 * folder: workspace (default: a fresh temp folder, filled from `files` {relPath: text}).
 */
export async function launchVigil({ mode = 'dev', vsix, extensionPath = ROOT, settings = {}, env = {}, folder, files = {}, console: showConsole = true } = {}) {
  const ws = folder ?? tempDir('vws-');
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(ws, rel)), { recursive: true });
    fs.writeFileSync(path.join(ws, rel), text);
  }
  const cs = await startCodeServer({ settings, env, smokeDriver: mode === 'dev', vsix: mode === 'vsix' ? [vsix] : [] });
  let browser;
  try {
    browser = await launchBrowser();
    const flush = pipeConsole(browser.page, { print: showConsole });
    await openWorkbench(browser.page, cs.url({ folder: ws, extensionDevelopmentPath: mode === 'dev' ? extensionPath : undefined }));
    return {
      cs, browser, page: browser.page, folder: ws, flush,
      async close() {
        await flush().catch(() => {});
        await browser.close();
        await cs.stop();
        if (!folder && !process.env.KEEP) fs.rmSync(ws, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await browser?.close();
    await cs.stop();
    throw e;
  }
}

/** Prints the closing line the CI log reader recognises. */
export const summaryLine = (passed, failed) => `${passed} passed, ${failed} failed`;

/**
 * Runs one e2e file's tests (see the convention at the top). `t.test(name, fn)` records a test;
 * `t.launchVigil/startCodeServer/launchBrowser` are the functions above with automatic cleanup;
 * `t.page` (set by launchVigil/launchBrowser) is screenshotted when a test fails.
 */
export async function e2e(suiteName, body) {
  holdE2eLock();
  const cleanups = [];
  let passed = 0, failed = 0;
  const t = {
    page: undefined,
    async launchVigil(o) { const v = await launchVigil(o); cleanups.push(() => v.close()); t.page = v.page; return v; },
    async startCodeServer(o) { const s = await startCodeServer(o); cleanups.push(() => s.stop()); return s; },
    async launchBrowser(o) { const b = await launchBrowser(o); cleanups.push(() => b.close()); t.page = b.page; return b; },
    async test(name, fn) {
      const t0 = Date.now();
      try {
        await fn();
        passed++;
        console.log(`  ✔ ${name} (${Date.now() - t0} ms)`);
      } catch (e) {
        failed++;
        console.log(`  ✖ ${name} (${Date.now() - t0} ms)\n    ${String(e?.stack ?? e).split('\n').join('\n    ')}`);
        if (t.page) await screenshot(t.page, `${suiteName}-FAILED-${name}`).then((f) => console.log(`    screenshot: ${f}`), () => {});
      }
    },
  };
  console.log(`e2e ${suiteName}`);
  const stale = `${suiteName}-FAILED-`.replace(/[^\w.-]+/g, '_'); // failure screenshots of an earlier run
  for (const f of fs.existsSync(RESULTS_DIR) ? fs.readdirSync(RESULTS_DIR) : []) if (f.startsWith(stale)) fs.rmSync(path.join(RESULTS_DIR, f));
  try {
    await body(t);
  } catch (e) {
    failed++;
    console.log(`  ✖ ${suiteName}: setup failed\n    ${String(e?.stack ?? e).split('\n').join('\n    ')}`);
    if (t.page) await screenshot(t.page, `${suiteName}-FAILED-setup`).catch(() => {});
  }
  for (const c of cleanups.reverse()) await c().catch((e) => console.log(`  cleanup: ${e}`));
  if (passed + failed === 0) failed = 1; // a file that ran no test is a failure, not a silent pass
  console.log(summaryLine(passed, failed));
  process.exit(failed ? 1 : 0);
}
