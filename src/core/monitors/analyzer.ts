import type { Finding, Risk, ToolCallEvent, VigilEvent } from '../model/events';
import { emptyRules, type TeamRules } from '../rules/parseRules';
import { isAllowListed, overriddenSeverity, scanRulePatterns, teamProtectedPaths } from '../rules/applyRules';
import { scoreRisk, type ThoughtInput } from '../risk/riskScore';
import { ACTION_MONITORS } from './actionMonitorList';
import { builtinProtectedPaths } from './action/protectedPaths';
import { addedText, changeLines } from './action/changeLines';
import { injectionChain } from './action/injectionChain';
import { ThoughtLinker } from './correlation';
import { rankCallFindings } from './ranking';
import { cancelDisclosed } from './disclosure';
import { lowerMovedTestDeletes } from './movedTests';
import type { RawFinding, TextSource } from './monitorTypes';
import { secretValuesIn } from './secretEcho';
import { SessionContext } from './sessionContext';
import { TEXT_MONITORS } from './textMonitorList';
import type { Analyzer, AnalyzerOptions } from './types';
import { requestedByUser } from './userRequest';

/** The task text a subagent call hands over (Claude Task/Agent `prompt`, Codex sub-agent `message`). */
function subagentPrompt(call: ToolCallEvent): string | undefined {
  if (call.toolKind !== 'subagent' || typeof call.input !== 'object' || call.input === null) return undefined;
  const input = call.input as Record<string, unknown>;
  const text = [input.prompt, input.message, input.task, input.description].find((v): v is string => typeof v === 'string' && v.length > 0);
  return text;
}

interface TurnThought {
  finding: Finding;
  /** Number of tool calls in the turn when the thought was raised. */
  callIndex: number;
}

/** Creates the incremental monitor pipeline: text monitors, action monitors, correlation, risk. */
export function createAnalyzer(opts: AnalyzerOptions = {}): Analyzer {
  const reasoningOn = opts.reasoning !== false;
  const actionOn = opts.action !== false;
  const rules: TeamRules = opts.rules ?? emptyRules();
  const ctx = new SessionContext();
  const linker = new ThoughtLinker();
  const all: Finding[] = [];
  const byEvent = new Map<string, Finding[]>();
  let turnThoughts: TurnThought[] = [];
  /** Reasoning texts of this turn (bounded), for checking a later reply against them. */
  const turnTexts = new Map<string, string>();
  let callsInTurn = 0;
  let maxRisk = 0;
  const riskByEvent = new Map<string, Risk>();

  function finalize(raw: RawFinding, eventId: string, channel: Finding['channel'], command?: string, call?: ToolCallEvent): Finding | undefined {
    let severity = raw.severity;
    let message = raw.message;
    if (severity !== 'low' && requestedByUser(raw, ctx.userText(), call)) {
      severity = 'low';
      message = `${message} (requested by the user)`;
    }
    const override = overriddenSeverity(rules, raw.monitor);
    if (override) severity = override;
    if (isAllowListed(rules, raw, command)) return undefined;
    const n = (byEvent.get(eventId)?.length ?? 0) + 1;
    const { topic: _topic, hard: _hard, ...rest } = raw;
    return { ...rest, severity, message, id: `${eventId}/f${n}`, eventId, channel };
  }

  function record(f: Finding): void {
    all.push(f);
    const list = byEvent.get(f.eventId);
    if (list) list.push(f);
    else byEvent.set(f.eventId, [f]);
  }

  function textRaws(text: string, source: TextSource): RawFinding[] {
    const raws: RawFinding[] = [];
    if (reasoningOn) for (const m of TEXT_MONITORS) raws.push(...m.scan(text, source, ctx));
    raws.push(...scanRulePatterns(rules, source === 'reasoning' ? 'reasoning' : 'text', text));
    return raws;
  }

  function scanText(eventId: string, text: string, source: TextSource): Finding[] {
    if (!text) return [];
    if (source === 'assistant') cancelDisclosed(turnThoughts.map((t) => t.finding), text, (id) => turnTexts.get(id));
    else if (turnTexts.size < 200) turnTexts.set(eventId, text.slice(0, 50_000));
    const out: Finding[] = [];
    for (const r of textRaws(text, source)) {
      const f = finalize(r, eventId, 'reasoning');
      if (f) {
        record(f);
        out.push(f);
      }
    }
    linker.addThoughts(eventId, out);
    for (const f of out) turnThoughts.push({ finding: f, callIndex: callsInTurn });
    return out;
  }

  function actionRaws(call: ToolCallEvent): RawFinding[] {
    const raws: RawFinding[] = [];
    if (actionOn) for (const m of ACTION_MONITORS) raws.push(...m.scan(call, ctx));
    const chain = actionOn ? injectionChain(raws, ctx, (r) => requestedByUser(r, ctx.userText(), call)) : undefined;
    if (chain) raws.push(chain);
    if (call.command) raws.push(...scanRulePatterns(rules, 'command', call.command));
    for (const c of call.changes ?? []) {
      raws.push(...scanRulePatterns(rules, 'path', c.path, { path: c.path }));
      raws.push(...scanRulePatterns(rules, 'content', addedText(changeLines(c)), { path: c.path }));
    }
    for (const p of call.paths ?? []) raws.push(...scanRulePatterns(rules, 'path', p, { path: p }));
    return raws;
  }

  function protectedPathsOf(call: ToolCallEvent): string[] {
    const paths = [...new Set([...(call.paths ?? []), ...(call.changes ?? []).map((c) => c.path)])];
    const team = teamProtectedPaths(rules, paths);
    return [...new Set([...builtinProtectedPaths(call), ...team])];
  }

  function thoughtsFor(): ThoughtInput[] {
    return turnThoughts.map((t) => ({ finding: t.finding, distance: callsInTurn - t.callIndex }));
  }

  function riskFromFindings(call: ToolCallEvent, actionFindings: readonly Finding[]): Risk {
    return scoreRisk({ actionFindings, thoughts: thoughtsFor(), protectedPaths: protectedPathsOf(call) });
  }

  /** The agent's own instructions to a subagent say what it intends, like its assistant text. */
  function delegationFindings(call: ToolCallEvent): Finding[] {
    const prompt = subagentPrompt(call);
    if (!prompt) return [];
    const out: Finding[] = [];
    for (const r of textRaws(prompt, 'assistant')) {
      const f = finalize({ ...r, field: 'input', monitor: `${r.monitor}.delegated` }, call.id, 'reasoning');
      if (f) {
        record(f);
        out.push(f);
      }
    }
    return out;
  }

  function onToolCall(call: ToolCallEvent): Finding[] {
    const behind = linker.onToolCall(call);
    const out: Finding[] = delegationFindings(call);
    for (const r of rankCallFindings(actionRaws(call))) {
      const f = finalize(r, call.id, 'action', call.command, call);
      if (!f) continue;
      if (behind && !f.relatedEventId) f.relatedEventId = behind;
      record(f);
      out.push(f);
    }
    const risk = riskFromFindings(call, out);
    maxRisk = Math.max(maxRisk, risk.score);
    riskByEvent.set(call.id, risk);
    ctx.onToolCall(call);
    lowerMovedTestDeletes(all, call);
    callsInTurn++;
    return out;
  }

  return {
    push(event: VigilEvent): Finding[] {
      switch (event.kind) {
        case 'user_prompt':
          ctx.onUserPrompt(event.text);
          linker.reset();
          turnThoughts = [];
          turnTexts.clear();
          callsInTurn = 0;
          return [];
        case 'reasoning':
          return event.visibility === 'hidden' ? [] : scanText(event.id, event.text, 'reasoning');
        case 'assistant_message': {
          const found = scanText(event.id, event.text, 'assistant');
          ctx.noteAssistantText(event.text);
          return found;
        }
        case 'tool_call':
          return onToolCall(event);
        case 'tool_result': {
          ctx.onToolResult(event, event.id);
          // Values printed by a call flagged for reading credentials: a reply must not repeat them.
          const call = ctx.calls.get(event.toolUseId);
          if (call && (byEvent.get(call.id) ?? []).some((f) => f.category === 'secrets' && f.severity !== 'low')) ctx.secretValues.add(secretValuesIn(event.output));
          return [];
        }
        default:
          return [];
      }
    },
    riskFor(call: ToolCallEvent): Risk {
      const known = riskByEvent.get(call.id);
      if (known) return known;
      const findings: Finding[] = [];
      for (const r of rankCallFindings(actionRaws(call))) {
        const f = finalize(r, call.id, 'action', call.command, call);
        if (f) findings.push(f);
      }
      const prompt = subagentPrompt(call);
      for (const r of prompt ? textRaws(prompt, 'assistant') : []) {
        const f = finalize({ ...r, field: 'input', monitor: `${r.monitor}.delegated` }, call.id, 'reasoning');
        if (f) findings.push(f);
      }
      return riskFromFindings(call, findings);
    },
    findings: () => all,
    maxRisk: () => maxRisk,
  };
}
