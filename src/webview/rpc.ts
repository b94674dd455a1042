import { HostMessageSchema, RESULT_SCHEMAS, type HostMessage, type RequestKind, type ResultOf, type WebviewMessage, type WebviewRequest } from '../shared/protocol';

export interface VsCodeApi {
  postMessage(msg: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

type Pending = { kind: RequestKind; resolve: (v: unknown) => void; reject: (e: Error) => void };
type Payload<K extends RequestKind> = Omit<Extract<WebviewRequest, { kind: K }>, 'kind' | 'id'>;

/**
 * Request/response over postMessage with correlation ids. Every host message is validated with
 * zod; responses are validated against the schema of the request kind they answer.
 */
export class Rpc {
  private nextId = 1;
  private pending = new Map<number, Pending>();
  rejected = 0;

  constructor(
    private readonly api: VsCodeApi,
    private readonly onNotify: (msg: Exclude<HostMessage, { kind: 'response' }>) => void,
  ) {}

  send(msg: WebviewMessage): void {
    this.api.postMessage(msg);
  }

  request<K extends RequestKind>(kind: K, payload: Payload<K>): Promise<ResultOf[K]> {
    const id = this.nextId++;
    return new Promise<ResultOf[K]>((resolve, reject) => {
      this.pending.set(id, { kind, resolve: resolve as (v: unknown) => void, reject });
      this.api.postMessage({ kind, id, ...payload });
    });
  }

  /** Entry point for `window.message` events. */
  receive(data: unknown): void {
    const parsed = HostMessageSchema.safeParse(data);
    if (!parsed.success) {
      this.rejected++;
      console.warn('vigil panel: rejected host message', parsed.error.issues.slice(0, 3));
      return;
    }
    const msg = parsed.data;
    if (msg.kind !== 'response') return this.onNotify(msg);
    const p = this.pending.get(msg.id);
    if (!p) return;
    this.pending.delete(msg.id);
    if (!msg.ok) return p.reject(new Error(msg.error ?? 'request failed'));
    const r = RESULT_SCHEMAS[p.kind].safeParse(msg.result);
    if (r.success) p.resolve(r.data);
    else p.reject(new Error(`invalid ${p.kind} result`));
  }
}
