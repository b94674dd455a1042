/**
 * The small review webview shown beside the diff: risk score, reasons, flagged reasoning quotes and
 * the Approve / Reject (with reason) / Approve-similar buttons. Strict CSP with a nonce; every agent
 * string is rendered with textContent; inbound messages are zod-validated.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { ReviewInboundSchema, type ReviewInbound, type ReviewOutbound } from './reviewMessages';

export class ReviewPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private ready = false;
  private last: ReviewOutbound | undefined;
  private readonly subs: vscode.Disposable[] = [];

  constructor(
    private readonly onMessage: (m: ReviewInbound) => void,
    private readonly log?: vscode.LogOutputChannel,
  ) {}

  /** Shows (or updates) the panel; `preserveFocus` keeps the diff focused. */
  show(msg: ReviewOutbound, preserveFocus = true): void {
    this.last = msg;
    if (!this.panel) this.create(preserveFocus);
    else if (!this.panel.visible) this.panel.reveal(vscode.ViewColumn.Beside, preserveFocus);
    if (this.ready) void this.panel?.webview.postMessage(msg);
  }

  hide(): void {
    this.panel?.dispose();
  }

  private create(preserveFocus: boolean): void {
    const panel = vscode.window.createWebviewPanel('vigil.review', 'Vigil review', { viewColumn: vscode.ViewColumn.Beside, preserveFocus }, {
      enableScripts: true,
      localResourceRoots: [],
      retainContextWhenHidden: true,
    });
    this.panel = panel;
    this.ready = false;
    panel.webview.html = html(randomBytes(16).toString('base64'), panel.webview.cspSource);
    this.subs.push(
      panel.webview.onDidReceiveMessage((raw: unknown) => {
        const m = ReviewInboundSchema.safeParse(raw);
        if (!m.success) {
          this.log?.warn(`Vigil review: ignored an invalid webview message: ${m.error.issues[0]?.message ?? ''}`);
          return;
        }
        if (m.data.type === 'ready') {
          this.ready = true;
          if (this.last) void panel.webview.postMessage(this.last);
        }
        this.onMessage(m.data);
      }),
      panel.onDidDispose(() => {
        if (this.panel === panel) {
          this.panel = undefined;
          this.ready = false;
        }
      }),
    );
  }

  dispose(): void {
    this.panel?.dispose();
    for (const s of this.subs) s.dispose();
  }
}

function html(nonce: string, cspSource: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${cspSource}; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><title>Vigil review</title>
<style nonce="${nonce}">
body{font-family:var(--vscode-font-family);font-size:var(--vscode-font-size);color:var(--vscode-foreground);padding:8px 14px}
h1{font-size:1.15em;margin:.2em 0}
.meta{color:var(--vscode-descriptionForeground);margin-bottom:.6em}
.score{display:inline-block;padding:2px 8px;border-radius:10px;font-weight:bold;background:var(--vscode-inputValidation-errorBackground,#5a1d1d);border:1px solid var(--vscode-inputValidation-errorBorder,#be1100)}
.target{font-family:var(--vscode-editor-font-family);white-space:pre-wrap;word-break:break-all;background:var(--vscode-textCodeBlock-background);padding:4px 6px;margin:.4em 0}
ul{padding-left:1.3em;margin:.3em 0}
blockquote{margin:.3em 0;padding:2px 8px;border-left:3px solid var(--vscode-editorWarning-foreground);white-space:pre-wrap}
.note{color:var(--vscode-descriptionForeground);font-style:italic}
textarea{width:100%;box-sizing:border-box;min-height:4em;font-family:inherit;color:var(--vscode-input-foreground);background:var(--vscode-input-background);border:1px solid var(--vscode-input-border,transparent)}
.buttons{display:flex;gap:6px;flex-wrap:wrap;margin-top:8px}
button{padding:4px 12px;border:none;cursor:pointer;color:var(--vscode-button-foreground);background:var(--vscode-button-background)}
button.secondary{color:var(--vscode-button-secondaryForeground);background:var(--vscode-button-secondaryBackground)}
button:disabled{opacity:.5;cursor:default}
</style></head>
<body><main id="root"><p class="note">Waiting for a review…</p></main>
<script nonce="${nonce}">
(function(){
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('root');
  let current;
  function el(tag, text, cls){ const e=document.createElement(tag); if(text!==undefined) e.textContent=String(text); if(cls) e.className=cls; return e; }
  function section(title, items, render){ if(!items.length) return; root.appendChild(el('h2', title)); const ul=el('ul'); for(const it of items){ const li=el('li'); render(li, it); ul.appendChild(li);} root.appendChild(ul); }
  function render(v){
    current = v; root.replaceChildren();
    root.appendChild(el('h1', v.title));
    const meta = el('div', '', 'meta');
    meta.append(el('span', 'Review ' + v.position + ' of ' + v.pending + ' pending · ' + v.agent + ' · ' + v.tool + ' · denied automatically after ' + v.timeoutSeconds + ' s'));
    root.appendChild(meta);
    const sc = el('div'); const badge = el('span', 'Risk ' + v.score + ' / 100', 'score'); badge.id='riskScore'; sc.append(badge, el('span', '  (review at ' + v.threshold + ' and above)')); root.appendChild(sc);
    const t = el('div', v.target, 'target'); t.id='target'; root.appendChild(t);
    section('Always reviewed', v.mandatory, (li, m) => li.textContent = m);
    section('Reasons', v.reasons, (li, r) => li.textContent = r);
    section('Findings and flagged reasoning', v.quotes, (li, q) => { li.append(el('strong', q.severity + ' · ' + q.monitor + ': '), el('span', q.message), el('blockquote', q.quote)); });
    if (v.editNote) root.appendChild(el('p', v.editNote, 'note'));
    const label = el('label', 'Reason for rejecting (sent to the agent):'); label.htmlFor='reason'; root.appendChild(label);
    const ta = el('textarea'); ta.id='reason'; ta.setAttribute('aria-label','Rejection reason'); ta.placeholder='e.g. Do not delete assertions; fix the code instead.'; root.appendChild(ta);
    const bs = el('div','', 'buttons');
    const approve = el('button', 'Approve'); approve.id='approve';
    const reject = el('button', 'Reject', 'secondary'); reject.id='reject';
    const similar = el('button', v.similar ? 'Approve similar for this session (' + v.similar + ')' : 'Approve similar (not available)', 'secondary'); similar.id='approveSimilar';
    if (!v.similar) similar.disabled = true;
    const diff = el('button', 'Show diff', 'secondary'); diff.id='openDiff';
    approve.addEventListener('click', () => send({ type:'approve', reviewId:v.reviewId }));
    similar.addEventListener('click', () => send({ type:'approveSimilar', reviewId:v.reviewId }));
    reject.addEventListener('click', () => send({ type:'reject', reviewId:v.reviewId, reason: ta.value }));
    diff.addEventListener('click', () => vscode.postMessage({ type:'openDiff', reviewId:v.reviewId }));
    bs.append(approve, reject, similar, diff); root.appendChild(bs);
  }
  function send(m){ for (const b of document.querySelectorAll('button')) b.disabled = true; vscode.postMessage(m); }
  window.addEventListener('message', (e) => {
    const m = e.data;
    if (!m || typeof m !== 'object') return;
    if (m.type === 'show' && m.view) render(m.view);
    else if (m.type === 'empty') { current = undefined; root.replaceChildren(el('p', 'No pending reviews.', 'note')); }
    document.body.dataset.ready = '1';
    document.body.dataset.review = current ? current.reviewId : '';
  });
  vscode.postMessage({ type:'ready' });
})();
</script></body></html>`;
}
