import type { DraftEvent, Session, VigilEvent } from '../core/model/events';
import type { SessionLog } from '../core/session/sessionLog';
import type { SessionAppend } from '../core/session/types';

/** What a replay needs from the registry (`SessionRegistry` implements it). */
export interface ReplaySink {
  addStatic(session: Session, events: readonly (VigilEvent | DraftEvent)[], opts: { source: 'replay'; readOnly: boolean }): SessionLog;
  appendTo(sessionId: string, events: readonly (VigilEvent | DraftEvent)[]): SessionAppend | undefined;
  end(sessionId: string): void;
}

export interface ReplayOptions {
  /** 1 = the default pace (the whole replay takes about 1-8 s); 2 = twice as fast; 0 or Infinity = instant. */
  speed?: number;
  /** Tick period, ms. */
  tickMs?: number;
}

export interface Replay {
  sessionId: string;
  /** Resolves when every event was appended (or the replay was stopped). */
  done: Promise<void>;
  stop(): void;
}

/** Total replay time at speed 1 for `n` events: 25 ms per event, between 1 s and 8 s. */
export function replayDurationMs(n: number): number {
  return Math.min(8000, Math.max(1000, n * 25));
}

/**
 * Replays a finished transcript into a new read-only session, live-paced: events are spread evenly
 * over the replay time and appended once per tick, so the panel streams them as it would live.
 */
export function startReplay(registry: ReplaySink, session: Session, events: readonly (VigilEvent | DraftEvent)[], opts: ReplayOptions = {}): Replay {
  const speed = opts.speed ?? 1;
  const title = `Replay: ${session.title ?? session.id}`;
  const base: Session = { ...session, id: `replay:${session.id}`, title };
  const instant = !(speed > 0) || !Number.isFinite(speed);
  const log = registry.addStatic(base, instant ? events : [], { source: 'replay', readOnly: true });
  const id = log.session.id;
  if (instant || !events.length) {
    registry.end(id);
    return { sessionId: id, done: Promise.resolve(), stop: () => undefined };
  }
  const tickMs = opts.tickMs ?? 50;
  const perTick = Math.max(1, Math.ceil(events.length / Math.max(1, replayDurationMs(events.length) / speed / tickMs)));
  let next = 0;
  let timer: NodeJS.Timeout | undefined;
  let finish!: () => void;
  const done = new Promise<void>((r) => (finish = r));
  const stop = (): void => {
    if (timer) clearInterval(timer);
    timer = undefined;
    registry.end(id);
    finish();
  };
  timer = setInterval(() => {
    const batch = events.slice(next, next + perTick);
    next += batch.length;
    registry.appendTo(id, batch);
    if (next >= events.length) stop();
  }, tickMs);
  return { sessionId: id, done, stop };
}
