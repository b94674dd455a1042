import type { Detector } from './redactionTypes';

/**
 * Generic secrets: long random-looking tokens. A token is a run of base64/base64url characters
 * (found by one linear regex), then judged by
 *  - length between MIN_LEN and MAX_LEN (longer runs are data blobs, not credentials);
 *  - all three character classes (lower, upper, digit);
 *  - not hex-only (git SHAs, sha256 digests), not a UUID, not a known non-secret id prefix
 *    (Claude `toolu_`, OpenAI `call_`, integrity `sha512-`), few '/' (paths);
 *  - not wordy: at most WORDY_MAX of its characters sit in runs of 4+ lowercase letters (identifiers
 *    like `createAnalyzerForSession2` are mostly such runs; random strings rarely are), and
 *  - Shannon entropy per char of at least ENTROPY_MIN × log2(min(length, 64)), i.e. close to what a
 *    random string of that length reaches.
 */
export const MIN_LEN = 24;
export const MAX_LEN = 512;
export const ENTROPY_MIN = 0.82;

const TOKEN = /(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/=_-]{24,}/g;
const NON_SECRET_PREFIX = /^(?:toolu_|srvtoolu_|call_|msg_|req_|resp_|fc_|rs_|run_|thread_|asst_|file-|chatcmpl-|sha(?:1|256|384|512)-|data-|sk-|x-)/;
const HEX = /^[0-9a-fA-F-]+$/;
const WORD_RUN = /[a-z]{4,}|[A-Z]{6,}/g;
export const WORDY_MAX = 0.3;

function wordyShare(s: string): number {
  let n = 0;
  for (const m of s.matchAll(WORD_RUN)) n += m[0].length;
  return n / s.length;
}

export function shannonEntropy(s: string): number {
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

export function looksLikeRandomSecret(token: string): boolean {
  const body = token.replace(/=+$/, '');
  if (body.length < MIN_LEN || body.length > MAX_LEN) return false;
  if (HEX.test(body) || NON_SECRET_PREFIX.test(body)) return false;
  if (body.split('/').length > 3 || body.includes('//') || body.includes('--') || body.includes('__')) return false;
  if (!/[0-9]/.test(body) || !/[a-z]/.test(body) || !/[A-Z]/.test(body)) return false;
  if (wordyShare(body) > WORDY_MAX) return false;
  return shannonEntropy(body) >= ENTROPY_MIN * Math.log2(Math.min(body.length, 64));
}

export const highEntropy: Detector = {
  name: 'highEntropy',
  find(text, out) {
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
      if (!looksLikeRandomSecret(m[0])) continue;
      out.push({ start: m.index, end: m.index + m[0].length, kind: 'high-entropy', replacement: '[REDACTED:high-entropy]' });
    }
  },
};
