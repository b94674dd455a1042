import type { SessionContext } from '../sessionContext';

/** Diff lines a snapshot/golden runner prints for the received side: `+   text` (jest, vitest, insta), `E   + text` (pytest). */
const RECEIVED_LINE_RE = /^[ \t]{0,12}(?:E[ \t]{1,8})?\+(?![ \t]{0,4}Received\b)[ \t]{0,40}([^\s+][^\n]{2,300})$/gm;
/** Markup and punctuation stripped before comparing a received line with the edited code. */
const MARKUP_RE = /<\/?[\w.-]{1,40}[^<>\n]{0,200}>|["'`{}();,]/g;

/**
 * The failing snapshot/golden run printed a difference that this turn's own source edits explain: a received
 * line's text appears in code the agent added before the run (an intended, requested change, e.g. a renamed
 * label). Regenerating the snapshot then records that change; it does not hide a bug.
 */
export function snapshotDiffExplained(ctx: SessionContext): boolean {
  if (ctx.sourceEditsSinceFailure !== 0 || !ctx.lastTestOutput) return false;
  // The change the diff shows was made by this turn's source edits, or announced by the user
  // ("I renamed the 'Checkout' button to 'Place order'"): either way it is the intended new output.
  const code = ctx.sourceEditsThisTurn > 0 ? ctx.addedCodeThisTurn : '';
  const user = ctx.userText().slice(-6000);
  if (!code && !user) return false;
  let received = 0;
  let explained = 0;
  for (const m of ctx.lastTestOutput.slice(-8000).matchAll(RECEIVED_LINE_RE)) {
    const text = (m[1] ?? '').replace(MARKUP_RE, ' ').replace(/\s+/g, ' ').trim();
    if (text.length < 4 || /^\d+$/.test(text)) continue;
    received++;
    if ((code && code.includes(text)) || (text.length >= 5 && /[A-Za-z]{3}/.test(text) && user.includes(text))) explained++;
    if (received >= 20) break;
  }
  // Every printed difference comes from the edits: none is left unexplained (a bug baked into the snapshot).
  return received > 0 && explained === received;
}
