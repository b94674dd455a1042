import { WebviewMessageSchema, type HostMessage, type RequestKind, type ResultOf, type WebviewRequest } from '../shared/protocol';

/** One small handler per request kind. */
export type Handlers = { [K in RequestKind]: (msg: Extract<WebviewRequest, { kind: K }>) => Promise<ResultOf[K]> | ResultOf[K] };

export interface RouterDeps {
  handlers: Handlers;
  post: (msg: HostMessage) => void;
  onReady: () => void;
  log: (message: string) => void;
}

/**
 * Validates every webview message (zod) and dispatches it by kind: `ready` to the handshake,
 * requests to their handler, whose result or error goes back as a `response` with the same id.
 */
export function createRouter(deps: RouterDeps): (raw: unknown) => Promise<void> {
  return async (raw) => {
    const parsed = WebviewMessageSchema.safeParse(raw);
    if (!parsed.success) {
      deps.log(`panel: rejected webview message: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      const id = (raw as { id?: unknown } | null)?.id;
      if (typeof id === 'number') deps.post({ kind: 'response', id, ok: false, error: 'invalid message' });
      return;
    }
    const msg = parsed.data;
    if (msg.kind === 'ready') {
      deps.onReady();
      return;
    }
    const handler = deps.handlers[msg.kind] as (m: WebviewRequest) => Promise<unknown> | unknown;
    try {
      const result = await handler(msg);
      deps.post({ kind: 'response', id: msg.id, ok: true, result });
    } catch (err) {
      deps.post({ kind: 'response', id: msg.id, ok: false, error: err instanceof Error ? err.message : String(err) });
    }
  };
}
