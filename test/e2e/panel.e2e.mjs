// The Reasoning panel in a real VS Code (code-server) + Chromium: a Claude Code transcript in a temp
// CLAUDE config dir (vigil.claude.configDir) grows line by line; the panel lists the session, streams the
// events, highlights the flagged span with a hover/focus card, filters, and pauses/resumes follow-live.
// Screenshots: test-results/panel-*.png.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { e2e, openVigilPanel, PANEL_MARKER, ROOT, runCommand, screenshot, tempDir, webviewFrame } from './harness.mjs';

const SID = '7d1c2a4e-5b6f-4c3d-9e8f-0a1b2c3d4e5f';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Polls `fn` until it returns true (rows re-render asynchronously after a filter change). */
async function until(what, fn, timeout = 10_000) {
  const end = Date.now() + timeout;
  while (!(await fn())) {
    if (Date.now() > end) throw new Error(`timed out waiting for: ${what}`);
    await sleep(100);
  }
}

function transcriptWriter(file, cwd, sidechain) {
  let n = sidechain ? 500 : 0;
  let parent = null;
  const t0 = Date.parse('2026-11-20T10:00:00Z');
  const base = () => {
    n++;
    const uuid = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
    const rec = { parentUuid: parent, isSidechain: !!sidechain, userType: 'external', cwd, sessionId: SID, version: '2.1.38', gitBranch: 'main', ...(sidechain ? { agentId: sidechain } : {}), uuid, timestamp: new Date(t0 + n * 1000).toISOString() };
    parent = uuid;
    return rec;
  };
  const write = (rec) => fs.appendFileSync(file, `${JSON.stringify(rec)}\n`);
  const assistant = (content) => write({ ...base(), type: 'assistant', message: { model: 'claude-opus-4-6', id: `msg_${n}`, type: 'message', role: 'assistant', content, stop_reason: null } });
  return {
    user: (text) => write({ ...base(), type: 'user', message: { role: 'user', content: text } }),
    thinking: (text) => assistant([{ type: 'thinking', thinking: text, signature: 'sig' }]),
    text: (text) => assistant([{ type: 'text', text }]),
    bash: (id, command) => assistant([{ type: 'tool_use', id, name: 'Bash', input: { command, description: 'run' } }]),
    result: (id, content, toolUseResult) => write({ ...base(), type: 'user', message: { role: 'user', content: [{ tool_use_id: id, type: 'tool_result', content }] }, ...(toolUseResult ? { toolUseResult } : {}) }),
    task: (id, prompt) => assistant([{ type: 'tool_use', id, name: 'Task', input: { description: 'Check the tokenizer', subagent_type: 'general-purpose', prompt } }]),
  };
}

await e2e('panel', async (t) => {
  const cfg = tempDir('vcl-');
  const ws = tempDir('vws-');
  fs.writeFileSync(path.join(ws, 'README.md'), '# demo\n');
  const projDir = path.join(cfg, 'projects', ws.replace(/[^a-zA-Z0-9]/g, '-'));
  fs.mkdirSync(projDir, { recursive: true });
  const file = path.join(projDir, `${SID}.jsonl`);
  const w = transcriptWriter(file, ws);
  w.user('Fix the failing date parser test in tests/test_dates.py.');
  w.thinking('The parser fails on empty input. Simplest is to special-case these test inputs and return the expected values.');
  w.bash('toolu_1', 'pytest tests/test_dates.py');
  w.result('toolu_1', '1 failed, 3 passed');

  const v = await t.launchVigil({ folder: ws, settings: { 'vigil.claude.configDir': cfg } });
  const { page } = v;
  let web;

  await t.test('the panel lists the transcript session and streams its events', async () => {
    await openVigilPanel(page);
    web = await webviewFrame(page, PANEL_MARKER, { timeout: 90_000 });
    await web.locator(`[role=treeitem][data-session="${SID}"]`).waitFor({ timeout: 60_000 });
    await web.locator(`[role=treeitem][data-session="${SID}"]`).click();
    await web.locator('article.row.kind-user_prompt', { hasText: 'Fix the failing date parser' }).waitFor({ timeout: 30_000 });
    await web.locator('article.row.kind-tool_call', { hasText: 'pytest tests/test_dates.py' }).waitFor({ timeout: 30_000 });
    const banner = await web.locator('.banner').textContent();
    if (!/Monitors see the reasoning/.test(banner ?? '')) throw new Error(`banner: ${banner}`);
  });

  await t.test('appended transcript lines appear live', async () => {
    w.text('I will look at the tokenizer next.');
    await web.locator('article.row.kind-assistant_message', { hasText: 'look at the tokenizer next' }).waitFor({ timeout: 30_000 });
    w.thinking('');
    const hidden = web.locator('article.row.kind-reasoning .hidden-reasoning');
    await hidden.first().waitFor({ timeout: 30_000 });
    if (!(await hidden.first().textContent()).includes('Reasoning hidden by the agent')) throw new Error('hidden reasoning state missing');
    await hidden.first().locator('button[data-action=enableSummaries]').waitFor();
    await screenshot(page, 'panel-stream');
  });

  await t.test('a flagged span is highlighted with a hover and keyboard-focus card', async () => {
    const mark = web.locator('article.row.kind-reasoning mark.flag').first();
    await mark.waitFor({ timeout: 30_000 });
    if (!/special-case/.test(await mark.textContent())) throw new Error(`unexpected span: ${await mark.textContent()}`);
    await mark.hover();
    const card = web.locator('#flag-card');
    await card.waitFor({ state: 'visible', timeout: 10_000 });
    const text = await card.textContent();
    if (!/reward hacking/i.test(text) || !/monitor:/.test(text)) throw new Error(`card: ${text}`);
    await screenshot(page, 'panel-highlight-card');
    await page.mouse.move(5, 5);
    await card.waitFor({ state: 'hidden', timeout: 10_000 });
    await mark.focus();
    await card.waitFor({ state: 'visible', timeout: 10_000 });
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden', timeout: 10_000 });
    const flags = await web.locator('.findings-toggle').textContent();
    if (!/Flags \([1-9]/.test(flags)) throw new Error(`findings list: ${flags}`);
    // The findings list jumps to the flagged span (keyboard), whose card links to the tool call it led to.
    await web.locator('.findings-toggle').click();
    await web.locator('.findings-list [role=option]').first().focus();
    await page.keyboard.press('Enter');
    await until('flagged span focused from the findings list', async () => (await web.locator('mark.flag:focus').count()) === 1);
    await card.waitFor({ state: 'visible', timeout: 10_000 });
    await page.keyboard.press('Enter');
    await until('focus moved into the card', async () => (await web.locator('#flag-card button:focus').count()) === 1);
    await page.keyboard.press('Enter');
    await until('the related tool call is focused', async () => (await web.locator('article.row.kind-tool_call:focus').count()) === 1);
    await web.locator('.findings-toggle').click();
  });

  await t.test('filters by event kind and severity, and text search', async () => {
    await web.locator('select.f-kind').selectOption('tool_call');
    await until('only tool calls listed', async () => {
      const all = await web.locator('article.row').count();
      return all > 0 && all === (await web.locator('article.row.kind-tool_call').count());
    });
    await web.locator('select.f-kind').selectOption('');
    await web.locator('select.f-severity').selectOption('medium');
    await until('only flagged rows listed', async () => {
      const all = await web.locator('article.row').count();
      return all > 0 && all === (await web.locator('article.row.flagged').count());
    });
    await web.locator('article.row.kind-reasoning mark.flag').first().waitFor({ timeout: 10_000 });
    await web.locator('select.f-severity').selectOption('');
    await web.locator('input.f-search').fill('tokenizer');
    await web.locator('article.row.kind-assistant_message').waitFor({ timeout: 10_000 });
    await web.locator('article.row.kind-tool_call').waitFor({ state: 'detached', timeout: 10_000 });
    await screenshot(page, 'panel-filtered');
    await web.locator('input.f-search').fill('');
    await web.locator('article.row.kind-tool_call').first().waitFor({ timeout: 10_000 });
  });

  const clearFilters = async () => {
    await web.locator('select.f-kind').selectOption('');
    await web.locator('select.f-severity').selectOption('');
    await web.locator('input.f-search').fill('');
  };
  /** Jumping to a row pauses follow-live (earlier tests do): resume it. */
  const ensureFollowing = async () => {
    const follow = web.locator('button.follow');
    if ((await follow.getAttribute('aria-pressed')) !== 'true') await follow.click();
    await web.locator('button.follow[aria-pressed="true"]').waitFor({ timeout: 5000 });
  };

  await t.test('follow-live pauses when scrolled up and resumes on request', async () => {
    await clearFilters();
    await ensureFollowing();
    for (let i = 0; i < 40; i++) w.text(`Progress note ${i}: still working through the parser cases, line after line of narration.`);
    await web.locator('article.row', { hasText: 'Progress note 39:' }).waitFor({ timeout: 30_000 });
    const stream = web.locator('.stream');
    await stream.hover();
    await page.mouse.wheel(0, -3000);
    const follow = web.locator('button.follow');
    await web.locator('button.follow.paused').waitFor({ timeout: 10_000 });
    if (!/Resume/.test(await follow.textContent())) throw new Error('no resume button');
    const topBefore = await stream.evaluate((el) => el.scrollTop);
    w.text('Final note: appended while paused.');
    await sleep(3000);
    const topAfter = await stream.evaluate((el) => el.scrollTop);
    if (Math.abs(topAfter - topBefore) > 2) throw new Error(`scrolled while paused: ${topBefore} -> ${topAfter}`);
    await screenshot(page, 'panel-follow-paused');
    await follow.click();
    await web.locator('article.row', { hasText: 'Final note: appended while paused.' }).waitFor({ state: 'visible', timeout: 10_000 });
    const atBottom = await stream.evaluate((el) => el.scrollTop + el.clientHeight >= el.scrollHeight - 4);
    if (!atBottom) throw new Error('resume did not scroll to the end');
    if ((await follow.getAttribute('aria-pressed')) !== 'true') throw new Error('follow not resumed');
  });

  await t.test('keyboard: arrow keys move between rows, Enter expands a tool result', async () => {
    await clearFilters();
    await web.locator('select.f-kind').selectOption('tool_result');
    const row = web.locator('article.row.kind-tool_result').first();
    await row.waitFor({ timeout: 10_000 });
    const toggle = row.locator('button.toggle');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await web.locator('article.row.kind-tool_result pre.output', { hasText: '1 failed, 3 passed' }).waitFor({ timeout: 10_000 });
    await web.locator('select.f-kind').selectOption('user_prompt');
    await web.locator('article.row.kind-tool_result').waitFor({ state: 'detached', timeout: 10_000 });
    await web.locator('select.f-kind').selectOption('');
    await web.locator('article.row').first().waitFor({ timeout: 10_000 });
    await web.locator('.stream').hover();
    await until('scrolled to the first row', async () => {
      await page.mouse.wheel(0, -100_000);
      return (await web.locator('article.row[data-row="0"]').count()) === 1;
    });
    const first = web.locator('article.row[data-row="0"]');
    await first.waitFor({ timeout: 10_000 });
    await first.focus();
    await page.keyboard.press('ArrowDown');
    // The next row may still be loading (virtualized): focus lands on it once it is rendered.
    await until('ArrowDown focuses row 1', async () => (await web.locator('article.row[data-row="1"]:focus').count()) === 1, 5000);
    await page.keyboard.press('ArrowUp');
    await until('ArrowUp focuses row 0', async () => (await web.locator('article.row[data-row="0"]:focus').count()) === 1, 5000);
    const tree = web.locator(`[role=treeitem][data-session="${SID}"]`);
    await tree.focus();
    await page.keyboard.press('Enter');
    if ((await tree.getAttribute('aria-selected')) !== 'true') throw new Error('Enter did not select the session');
    await screenshot(page, 'panel-final');
  });

  await t.test('a subagent is listed under its session and its task call opens its stream', async () => {
    await clearFilters();
    await ensureFollowing();
    const AGENT = 'a5c0ffe';
    const subDir = path.join(projDir, SID, 'subagents');
    fs.mkdirSync(subDir, { recursive: true });
    const sub = transcriptWriter(path.join(subDir, `agent-${AGENT}.jsonl`), ws, AGENT);
    w.task('toolu_task', 'Read the tokenizer and report what breaks on empty input.');
    sub.user('Read the tokenizer and report what breaks on empty input.');
    sub.text('Subagent here: the tokenizer returns None on empty input.');
    w.result('toolu_task', 'The tokenizer returns None on empty input.', { status: 'completed', agentId: AGENT, content: [] });
    const childId = `${SID}.agent-${AGENT}`;
    const child = web.locator(`[role=treeitem][data-session="${SID}"] [role=group] [role=treeitem][data-session="${childId}"]`);
    await child.waitFor({ timeout: 30_000 });
    const open = web.locator('article.row.kind-tool_call button[data-action=openSubagent]');
    await open.waitFor({ timeout: 30_000 });
    await open.click();
    await web.locator('article.row', { hasText: 'Subagent here: the tokenizer returns None' }).waitFor({ timeout: 15_000 });
    if ((await child.getAttribute('aria-selected')) !== 'true') throw new Error('subagent not selected in the tree');
    await screenshot(page, 'panel-subagent');
    await web.locator('button.parent').click();
    await until('parent selected again', async () => (await web.locator(`[role=treeitem][data-session="${SID}"][aria-selected="true"]`).count()) === 1);
    await web.locator('select.f-subagent').selectOption('*');
    await web.locator('article.row .subagent-tag').first().waitFor({ timeout: 15_000 });
  });

  await t.test('a session opened from a shared report is shown read-only', async () => {
    const report = path.join(ws, 'shared-report.json');
    const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'report', file, '--format', 'json', '-o', report], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`vigil report failed: ${r.stderr}`);
    await runCommand(page, 'Vigil: Open Shared Report…');
    // The simple file dialog (remote workbench) is a quick input titled by the command.
    await page.locator('.quick-input-widget .quick-input-title', { hasText: 'open a shared report' }).waitFor({ timeout: 15_000 });
    // The dialog opens in the workspace folder (it may rewrite a typed path while it lists it), so
    // pick the file from its list, then accept; retry until the dialog closes.
    const dialogOpen = () => page.locator('.quick-input-widget .quick-input-title', { hasText: 'open a shared report' }).isVisible();
    for (let i = 0; i < 5 && (await dialogOpen()); i++) {
      const row = page.locator('.quick-input-list .monaco-list-row', { hasText: path.basename(report) }).first();
      if (await row.isVisible()) await row.click();
      else await page.locator('.quick-input-widget input').fill(report);
      await sleep(500);
      if (await dialogOpen()) await page.keyboard.press('Enter');
      await sleep(1000);
    }
    const ro = web.locator('[role=treeitem] .badge.readonly');
    await ro.first().waitFor({ timeout: 30_000 });
    const item = web.locator('[role=treeitem]', { has: web.locator('.session-line .badge.readonly') }).first();
    await item.click({ position: { x: 30, y: 5 } });
    await web.locator('.banner .badge.readonly').waitFor({ timeout: 15_000 });
    // Following: the end of the reported session is in view.
    await web.locator('article.row', { hasText: 'Final note: appended while paused.' }).waitFor({ timeout: 15_000 });
    await screenshot(page, 'panel-report-readonly');
  });

  fs.rmSync(cfg, { recursive: true, force: true });
});
