/** Bounded regex pieces shared by cue families (linear-time: disjoint classes, bounded repeats). */

/** Up to three words between a verb and its object ("skip the two flaky tests"). */
export const W3 = String.raw`(?:\s[\w\x60'"().:/-]{1,40}){0,3}\s`;
/** Up to 40 chars inside one sentence. */
export const GAP = String.raw`[^.!?\n]{0,40}`;

export function re(source: string): RegExp {
  return new RegExp(source, 'gi');
}
