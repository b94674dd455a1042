import type { PanelSession, PanelSettings } from '../shared/protocol';
import { clear, h } from './dom';

export interface BannerInfo {
  level: 'ok' | 'partial' | 'blind';
  text: string;
  /** Offer the button that turns on Claude Code's thinking summaries. */
  offerSummaries: boolean;
}

/** Says plainly whether the monitors see this session's reasoning or only assistant text and actions. */
export function bannerInfo(s: PanelSession, settings: PanelSettings): BannerInfo {
  const { reasoning, reasoningVisible } = s.counts;
  const claude = s.session.agent === 'claude-code';
  if (!settings.monitorsReasoning) return { level: 'blind', text: 'The reasoning monitor is off (vigil.monitors.reasoning): only actions are monitored.', offerSummaries: false };
  if (reasoning === 0) return { level: 'partial', text: 'No reasoning in this transcript yet: monitors see only assistant text and actions.', offerSummaries: false };
  if (reasoningVisible === 0)
    return {
      level: 'blind',
      text: `Reasoning hidden by the agent (${reasoning} block${reasoning === 1 ? '' : 's'}, no text): monitors see only assistant text and actions.${claude ? ' Claude Code’s showThinkingSummaries setting restores summaries.' : ''}`,
      offerSummaries: claude,
    };
  if (reasoningVisible < reasoning)
    return { level: 'partial', text: `Monitors see the reasoning in ${reasoningVisible} of ${reasoning} blocks; the rest was hidden by the agent.`, offerSummaries: claude };
  return { level: 'ok', text: `Monitors see the reasoning (${reasoning} block${reasoning === 1 ? '' : 's'}), assistant text and actions.`, offerSummaries: false };
}

export function renderBanner(el: HTMLElement, s: PanelSession | undefined, settings: PanelSettings): void {
  clear(el);
  if (!s) {
    el.hidden = true;
    return;
  }
  const info = bannerInfo(s, settings);
  el.hidden = false;
  el.className = `banner banner-${info.level}`;
  el.append(h('span', { class: 'banner-text' }, info.text));
  if (info.offerSummaries) el.append(h('button', { type: 'button', 'data-action': 'enableSummaries' }, 'Enable thinking summaries'));
  if (s.readOnly || s.source === 'report') el.append(h('span', { class: 'badge readonly' }, 'read-only report'));
}
