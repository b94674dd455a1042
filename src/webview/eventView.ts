import type { Finding, VigilEvent } from '../core/model/events';
import type { PanelRow } from '../shared/protocol';
import { h, shortTime } from './dom';
import { flaggedText } from './highlight';
import { findingsForField } from '../core/model/spans';

export interface RenderCtx {
  findingsFor(eventId: string): Finding[] | undefined;
  /** Findings on other events whose `relatedEventId` is this event (the flagged thought behind a call). */
  relatedTo(eventId: string): Finding[] | undefined;
  expanded: Set<string>;
  /** Agent of the selected session (hints differ for Claude and Codex). */
  agent: string | undefined;
  /** Label of the subagent a row comes from, when subagents are merged in the stream. */
  sessionLabel(sessionId: string): string | undefined;
  monitorsSeeReasoning: boolean;
}

const KIND_LABEL: Record<VigilEvent['kind'], string> = {
  user_prompt: 'Prompt',
  reasoning: 'Reasoning',
  assistant_message: 'Assistant',
  tool_call: 'Tool',
  tool_result: 'Result',
  notice: 'Notice',
  finding: 'Flag',
  gate_decision: 'Gate',
};

function cutNote(row: PanelRow, field: string): HTMLElement | null {
  const full = row.cut?.[field];
  if (full === undefined) return null;
  return h('button', { class: 'link load-full', type: 'button', 'data-action': 'loadFull', 'data-event': row.event.id, 'data-field': field }, `… ${full.toLocaleString()} characters in full — show all`);
}

function chips(findings: readonly Finding[]): HTMLElement | null {
  const unspanned = findings.filter((f) => !f.span || f.field === 'path' || f.field === 'content' || f.field === 'input');
  if (!unspanned.length) return null;
  return h(
    'ul',
    { class: 'chips', 'aria-label': 'Flags on this event' },
    ...unspanned.map((f) =>
      h('li', {}, h('mark', { class: `flag chip sev-${f.severity}`, tabindex: 0, 'data-findings': f.id }, `${f.severity} · ${f.category.replace(/_/g, ' ')}: ${f.message}`)),
    ),
  );
}

function hiddenReasoning(ctx: RenderCtx): HTMLElement {
  const claude = ctx.agent === 'claude-code';
  return h(
    'div',
    { class: 'hidden-reasoning', role: 'note' },
    h('strong', {}, 'Reasoning hidden by the agent'),
    h(
      'p',
      {},
      claude
        ? 'Claude Code wrote a thinking block but withheld its text. Turning on its showThinkingSummaries setting restores summaries, which Vigil then monitors.'
        : 'The agent withheld this reasoning (encrypted or empty). Enable reasoning summaries in the agent (Codex: model_reasoning_summary) so monitors can read it.',
    ),
    claude ? h('button', { type: 'button', 'data-action': 'enableSummaries' }, 'Enable thinking summaries') : null,
  );
}

function firstLine(e: Extract<VigilEvent, { kind: 'tool_call' }>, path: string): number | undefined {
  const c = e.changes?.find((x) => x.path === path);
  return c?.hunks?.[0]?.newStart || undefined;
}

function toolCall(row: PanelRow, e: Extract<VigilEvent, { kind: 'tool_call' }>, ctx: RenderCtx, fs: Finding[]): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (e.command !== undefined) {
    const cmd = flaggedText(e.command, findingsForField(fs, 'command'), 'command');
    out.push(h('pre', { class: 'cmd', 'aria-label': 'Command' }, cmd), ...[cutNote(row, 'command')].filter((x): x is HTMLElement => !!x));
  }
  const paths = [...new Set([...(e.changes?.map((c) => c.path) ?? []), ...(e.paths ?? [])])];
  if (paths.length) {
    out.push(
      h(
        'ul',
        { class: 'paths', 'aria-label': 'Files' },
        ...paths.slice(0, 20).map((p) => {
          const line = firstLine(e, p);
          return h('li', {}, h('button', { class: 'link path', type: 'button', 'data-action': 'open', 'data-path': p, 'data-line': line }, line ? `${p}:${line}` : p));
        }),
      ),
    );
  }
  if (e.toolKind === 'subagent') {
    out.push(
      e.subagentSessionId
        ? h('button', { type: 'button', class: 'subagent-open', 'data-action': 'openSubagent', 'data-session': e.subagentSessionId }, 'Open subagent stream →')
        : h('div', { class: 'muted' }, 'Subagent stream not found yet'),
    );
  }
  const related = ctx.relatedTo(e.id) ?? [];
  if (related.length) {
    const f = related[0]!;
    out.push(
      h('button', { type: 'button', class: `link backlink sev-${f.severity}`, 'data-action': 'jump', 'data-event': f.eventId }, `⚑ This call follows a flagged thought (${f.category.replace(/_/g, ' ')}) — show it`),
    );
  }
  if (row.inputPreview && e.command === undefined) out.push(collapsible(row, 'input', 'Input', row.inputPreview, ctx));
  return out;
}

function collapsible(row: PanelRow, key: string, label: string, body: string, ctx: RenderCtx, extra?: string): HTMLElement {
  const id = `${row.event.id}:${key}`;
  const open = ctx.expanded.has(id);
  const wrap = h('div', { class: 'collapsible' });
  wrap.append(h('button', { type: 'button', class: 'toggle', 'aria-expanded': open ? 'true' : 'false', 'data-action': 'toggle', 'data-key': id }, `${open ? '▾' : '▸'} ${label}${extra ?? ''}`));
  if (open) {
    wrap.append(h('pre', { class: 'output' }, body));
    const note = cutNote(row, key);
    if (note) wrap.append(note);
  }
  return wrap;
}

function body(row: PanelRow, ctx: RenderCtx, fs: Finding[]): (HTMLElement | null)[] {
  const e = row.event;
  switch (e.kind) {
    case 'user_prompt':
    case 'assistant_message':
      return [flaggedText(e.text, findingsForField(fs, 'text')), cutNote(row, 'text')];
    case 'reasoning':
      if (e.visibility === 'hidden' || e.text.trim() === '') return [hiddenReasoning(ctx)];
      return [flaggedText(e.text, findingsForField(fs, 'text'), 'text reasoning-text'), cutNote(row, 'text')];
    case 'notice':
      return [h('div', { class: 'text muted' }, e.text), cutNote(row, 'text')];
    case 'tool_call':
      return toolCall(row, e, ctx, fs);
    case 'tool_result': {
      const lines = e.output.split('\n').length;
      return [collapsible(row, 'output', e.isError ? 'Error output' : 'Output', e.output, ctx, ` (${lines} line${lines === 1 ? '' : 's'}${e.rejected ? ', rejected by the user' : ''})`)];
    }
    case 'finding':
      return [h('div', { class: `text sev-${e.finding.severity}` }, `${e.finding.severity} · ${e.finding.category}: ${e.finding.message}`)];
    case 'gate_decision': {
      const d = e.decision;
      return [
        h('div', { class: `gate gate-${d.decision}` }, `${d.decision === 'allow' ? 'Allowed' : 'Denied'} by ${d.decidedBy}${d.reviewer ? ` (${d.reviewer})` : ''} · risk ${d.score}`),
        d.reason ? h('div', { class: 'text' }, d.reason) : null,
        d.reasons.length ? h('ul', { class: 'reasons' }, ...d.reasons.slice(0, 8).map((r) => h('li', {}, r))) : null,
        d.toolUseId ? h('button', { type: 'button', class: 'link', 'data-action': 'reveal', 'data-tool': d.toolUseId }, 'Show the tool call') : null,
      ];
    }
  }
}

function title(e: VigilEvent): string {
  switch (e.kind) {
    case 'reasoning':
      return `Reasoning${e.visibility === 'summary' ? ' (summary)' : e.visibility === 'hidden' || !e.text.trim() ? ' (hidden)' : ''}`;
    case 'tool_call':
      return `Tool · ${e.name}`;
    case 'tool_result':
      return e.isError ? 'Result · error' : 'Result';
    case 'gate_decision':
      return `Gate · ${e.decision.decision}`;
    default:
      return KIND_LABEL[e.kind];
  }
}

/** One stream row (an ARIA feed article) for a trimmed event. */
export function renderRow(row: PanelRow, total: number, ctx: RenderCtx): HTMLElement {
  const e = row.event;
  const fs = ctx.findingsFor(e.id) ?? [];
  const sev = fs.reduce<string | undefined>((m, f) => (!m || ['low', 'medium', 'high', 'critical'].indexOf(f.severity) > ['low', 'medium', 'high', 'critical'].indexOf(m) ? f.severity : m), undefined);
  const sub = ctx.sessionLabel(e.sessionId);
  const head = h(
    'div',
    { class: 'row-head' },
    h('span', { class: 'kind' }, title(e)),
    sub ? h('span', { class: 'subagent-tag' }, sub) : null,
    sev ? h('span', { class: `sev-badge sev-${sev}` }, `${fs.length} flag${fs.length > 1 ? 's' : ''}`) : null,
    h('span', { class: 'ts' }, shortTime(e.ts)),
  );
  return h(
    'article',
    {
      class: `row kind-${e.kind}${sev ? ` flagged sev-${sev}` : ''}`,
      'data-row': row.row,
      'data-event': e.id,
      tabindex: -1,
      'aria-posinset': row.row + 1,
      'aria-setsize': total,
      'aria-label': `${title(e)}${sev ? `, flagged ${sev}` : ''}`,
    },
    head,
    ...body(row, ctx, fs),
    chips(fs),
  );
}
