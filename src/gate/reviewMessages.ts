import { z } from 'zod';

/** Messages the review webview sends to the extension (validated; anything else is ignored). */
export const ReviewInboundSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('approve'), reviewId: z.string() }),
  z.object({ type: z.literal('approveSimilar'), reviewId: z.string() }),
  z.object({ type: z.literal('reject'), reviewId: z.string(), reason: z.string().max(4000) }),
  z.object({ type: z.literal('openDiff'), reviewId: z.string() }),
]);
export type ReviewInbound = z.infer<typeof ReviewInboundSchema>;

/** What the webview shows for one pending review (all plain text; rendered with textContent). */
export interface ReviewView {
  reviewId: string;
  title: string;
  agent: string;
  tool: string;
  /** File paths or the command. */
  target: string;
  score: number;
  threshold: number;
  reasons: string[];
  mandatory: string[];
  quotes: { monitor: string; severity: string; message: string; quote: string }[];
  similar?: string;
  editNote: string;
  position: number;
  pending: number;
  /** Seconds until the review times out (denied). */
  timeoutSeconds: number;
}

export type ReviewOutbound = { type: 'show'; view: ReviewView } | { type: 'empty'; pending: number };
