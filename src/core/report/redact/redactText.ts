import os from 'node:os';
import { credentialContext } from './credentialContext';
import { highEntropy } from './highEntropy';
import { createIdentityDetector, type IdentityOptions } from './identity';
import { privateKeys } from './privateKeys';
import { providerTokens } from './providerTokens';
import type { Detector, RedactionHit } from './redactionTypes';

export interface RedactedText {
  text: string;
  /** Applied replacements, sorted, non-overlapping, in the original string's offsets. */
  hits: RedactionHit[];
}

export interface Redactor {
  redact(text: string): RedactedText;
}

/** Identity of the user running Vigil: home folder and account name (both redacted by default). */
export function localIdentity(): IdentityOptions {
  const homeDirs: string[] = [];
  const userNames: string[] = [];
  try {
    homeDirs.push(os.homedir());
    userNames.push(os.userInfo().username);
  } catch {
    // no passwd entry (containers): fall back to the environment
  }
  for (const v of [process.env.HOME, process.env.USERPROFILE]) if (v) homeDirs.push(v);
  for (const v of [process.env.USER, process.env.USERNAME, process.env.LOGNAME]) if (v) userNames.push(v);
  return { homeDirs, userNames };
}

/**
 * Detectors in priority order: when two hits overlap, the one from the earlier detector wins
 * (a key inside a PEM block counts as a private key; an `sk-ant-` key in `API_KEY=` as an Anthropic key).
 */
export function createRedactor(identity: IdentityOptions): Redactor {
  const detectors: Detector[] = [privateKeys, providerTokens, credentialContext, createIdentityDetector(identity), highEntropy];
  return {
    redact(text) {
      if (text.length < 3) return { text, hits: [] };
      let accepted: RedactionHit[] = [];
      for (const d of detectors) {
        const found: RedactionHit[] = [];
        d.find(text, found);
        if (found.length) accepted = mergeLowerPriority(accepted, found);
      }
      if (!accepted.length) return { text, hits: [] };
      let out = '';
      let at = 0;
      for (const h of accepted) {
        out += text.slice(at, h.start) + h.replacement;
        at = h.end;
      }
      return { text: out + text.slice(at), hits: accepted };
    },
  };
}

/**
 * Merges a detector's hits into the accepted ones (sorted, non-overlapping) in linear time: a new hit
 * is kept only when it overlaps no accepted hit and no new hit kept before it.
 */
function mergeLowerPriority(accepted: RedactionHit[], found: RedactionHit[]): RedactionHit[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: RedactionHit[] = [];
  let i = 0;
  let lastEnd = -1;
  for (const h of found) {
    while (i < accepted.length && (accepted[i] as RedactionHit).start < h.start) {
      const a = accepted[i++] as RedactionHit;
      out.push(a);
      lastEnd = Math.max(lastEnd, a.end);
    }
    const next = accepted[i];
    if (h.start < lastEnd || (next !== undefined && next.start < h.end)) continue;
    out.push(h);
    lastEnd = h.end;
  }
  while (i < accepted.length) out.push(accepted[i++] as RedactionHit);
  return out;
}

/** Maps an offset of the original string to the redacted one. Offsets inside a hit snap to its edges. */
export function mapOffset(hits: readonly RedactionHit[], offset: number, side: 'start' | 'end'): number {
  let delta = 0;
  for (const h of hits) {
    if (h.end <= offset) {
      delta += h.replacement.length - (h.end - h.start);
      continue;
    }
    if (h.start < offset) return side === 'start' ? h.start + delta : h.start + delta + h.replacement.length;
    break;
  }
  return offset + delta;
}
