// `npm run demo`: Vigil doing its main job, with nothing to sign up for. Starts a real VS Code in the
// browser (code-server on 127.0.0.1) with Vigil installed from a freshly packaged .vsix, opens a temp copy
// of samples/demo/workspace and replays the bundled Claude Code session (samples/demo/claude-session.jsonl)
// line by line, with delays, into a temp CLAUDE_CONFIG_DIR, exactly where Claude Code would write it.
// Vigil picks the session up like a live one: reasoning streams into the panel and the monitors flag the
// agent special-casing a failing test and weakening an assertion. The session's edits are applied to the
// workspace files as they happen.
//
//   npm run demo [-- --port 8080] [-- --no-open] [-- --delay 1500] [-- --vsix vigil.vsix]
//   npm run demo -- --check      headless: start, replay, verify the panel shows it, screenshot, exit 0/1
//
// Runs scripts/setupVscodeTestEnv.sh itself (code-server + Node 24 + Chromium; cached after the first run).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  ROOT, holdE2eLock, startCodeServer, launchBrowser, pipeConsole, openWorkbench, openVigilPanel, webviewFrame, screenshot, tempDir, summaryLine,
} from '../test/e2e/harness.mjs';
import { packageVsix } from './packageVsix.mjs';

const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const CHECK = args.includes('--check');
const DELAY_MS = Number(opt('--delay') ?? (CHECK ? 150 : 1500));
const PLACEHOLDER_CWD = '/home/USER/projects/invoice-app'; // as in samples/demo/generateSession.mjs
const SAMPLE = path.join(ROOT, 'samples/demo/claude-session.jsonl');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const log = (s) => console.log(`[demo] ${s}`);

if (args.includes('--help') || args.includes('-h')) {
  console.log('usage: npm run demo [-- --port N] [--no-open] [--delay MS] [--vsix FILE] [--check]');
  process.exit(0);
}

// Package outside the machine-wide lock, then re-run this script under it (one code-server/Chromium at a time).
let vsix = opt('--vsix') ?? process.env.VIGIL_DEMO_VSIX;
if (!vsix) {
  const t0 = Date.now();
  log('packaging Vigil (production build + vsce) ...');
  const out = path.join(tempDir('vdemo-vsix-'), 'vigil.vsix');
  process.on('exit', () => fs.rmSync(path.dirname(out), { recursive: true, force: true }));
  vsix = process.env.VIGIL_DEMO_VSIX = packageVsix(out);
  log(`packaged in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
holdE2eLock();

const tmp = tempDir('vdemo-');
process.on('exit', () => { if (!process.env.KEEP) fs.rmSync(tmp, { recursive: true, force: true }); });
const workspace = path.join(tmp, 'invoice-app');
fs.cpSync(path.join(ROOT, 'samples/demo/workspace'), workspace, { recursive: true });
const claudeDir = path.join(tmp, 'claude');
const projectDir = path.join(claudeDir, 'projects', workspace.replace(/[^A-Za-z0-9]/g, '-')); // Claude Code's folder naming
fs.mkdirSync(projectDir, { recursive: true });
fs.mkdirSync(path.join(tmp, 'codex'));

const cs = await startCodeServer({
  smokeDriver: false, vsix: [vsix], port: opt('--port') ? Number(opt('--port')) : undefined,
  settings: { 'vigil.claude.configDir': claudeDir, 'vigil.codex.home': path.join(tmp, 'codex') },
  env: { CLAUDE_CONFIG_DIR: claudeDir, CODEX_HOME: path.join(tmp, 'codex') },
});
const url = cs.url({ folder: workspace });

/** Writes the sample session into the Claude projects folder, one record at a time, as Claude Code would. */
async function replay(delayMs) {
  const lines = fs.readFileSync(SAMPLE, 'utf8').split('\n').filter(Boolean);
  const target = path.join(projectDir, `${JSON.parse(lines.find((l) => l.includes('"sessionId"'))).sessionId}.jsonl`);
  log(`replaying ${lines.length} records into ${target}`);
  for (const line of lines) {
    const rec = JSON.parse(line.replaceAll(PLACEHOLDER_CWD, workspace));
    if (rec.timestamp) rec.timestamp = new Date().toISOString();
    applyEdit(rec.toolUseResult);
    fs.appendFileSync(target, `${JSON.stringify(rec)}\n`);
    const block = rec.message?.content?.[0];
    if (block?.type) log(`  ${rec.type} ${block.type}${block.name ? ` ${block.name}` : ''}`);
    await sleep(block?.type === 'thinking' ? delayMs * 2 : delayMs);
  }
  log('replay finished');
}
/** The agent's file changes, applied to the workspace when their tool result is logged. */
function applyEdit(r) {
  if (!r || typeof r !== 'object' || typeof r.filePath !== 'string' || !r.filePath.startsWith(workspace)) return;
  if (r.type === 'create' && typeof r.content === 'string') fs.writeFileSync(r.filePath, r.content);
  else if (typeof r.oldString === 'string' && typeof r.newString === 'string' && fs.existsSync(r.filePath)) {
    fs.writeFileSync(r.filePath, fs.readFileSync(r.filePath, 'utf8').replace(r.oldString, r.newString));
  }
}
/** Resolves once a browser has opened the workbench (code-server started an extension host). */
async function extensionHostStarted() {
  const logs = path.join(cs.dir, 'ud/logs');
  const has = (d) => fs.existsSync(d) && fs.readdirSync(d, { recursive: true }).some((f) => /exthost/i.test(String(f)));
  while (!has(logs)) await sleep(500);
}

if (CHECK) {
  let passed = 0, failed = 0;
  const browser = await launchBrowser();
  const flush = pipeConsole(browser.page, { print: !!process.env.VERBOSE });
  const check = async (name, fn) => {
    try { await fn(); passed++; log(`✔ ${name}`); } catch (e) { failed++; log(`✖ ${name}\n${e?.stack ?? e}`); }
  };
  let panel;
  await check('the workbench opens with Vigil installed from the vsix', async () => {
    await openWorkbench(browser.page, url);
    await openVigilPanel(browser.page);
    panel = await webviewFrame(browser.page, 'body *');
  });
  await replay(DELAY_MS);
  await check('the panel shows the replayed session and its worrying reasoning', async () => {
    if (!panel) throw new Error('no panel');
    await panel.getByText('The totals tests are failing in CI').first().waitFor({ timeout: 60_000 }); // the session is listed
    await panel.locator('input[type=search]').fill('special-case this exact cart'); // the stream's search box
    await panel.getByText('special-case this exact cart').first().waitFor({ timeout: 30_000 }); // its reasoning is shown
  });
  await check('the monitors flag it (reward hacking)', async () => {
    await panel.locator('.findings-counts [data-category="reward_hacking"]').first().waitFor({ timeout: 60_000 });
  });
  await screenshot(browser.page, 'demo-check').then((f) => log(`screenshot ${f}`), () => {});
  await flush();
  await browser.close();
  await cs.stop();
  console.log(summaryLine(passed, failed));
  process.exit(failed ? 1 : 0);
}

log(`Vigil demo is running. Open ${url.replace(/folder=[^&]*/, `folder=${workspace}`)}`);
log('The sample session starts replaying once the page is open. Ctrl-C stops the demo and removes its temp files.');
if (!args.includes('--no-open') && (process.env.DISPLAY || process.env.WAYLAND_DISPLAY || process.platform === 'darwin')) {
  spawn(process.platform === 'darwin' ? 'open' : 'xdg-open', [url], { stdio: 'ignore', detached: true }).on('error', () => {}).unref();
}
await extensionHostStarted();
await sleep(5000); // let Vigil activate and start watching
await replay(DELAY_MS);
log(`the session is in the panel; Ctrl-C to stop (workspace: ${workspace})`);
setInterval(() => {}, 1 << 30); // until Ctrl-C: the harness then stops code-server, the exit hook removes the temp files
