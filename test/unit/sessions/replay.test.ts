import { describe, expect, it } from 'vitest';
import type { DraftEvent, Session, VigilEvent } from '../../../src/core/model/events';
import { SessionLog } from '../../../src/core/session/sessionLog';
import type { SessionAppend } from '../../../src/core/session/types';
import { replayDurationMs, startReplay, type ReplaySink } from '../../../src/sessions/replay';

class Sink implements ReplaySink {
  logs = new Map<string, SessionLog>();
  appends: SessionAppend[] = [];
  addStatic(session: Session, events: readonly (VigilEvent | DraftEvent)[], opts: { source: 'replay'; readOnly: boolean }): SessionLog {
    const log = new SessionLog({ session, ...opts });
    log.append(events);
    this.logs.set(session.id, log);
    return log;
  }
  appendTo(id: string, events: readonly (VigilEvent | DraftEvent)[]) {
    const r = this.logs.get(id)!.append(events);
    this.appends.push(r);
    return r;
  }
  end(id: string) {
    this.logs.get(id)!.end();
  }
}

const events: DraftEvent[] = Array.from({ length: 40 }, (_, i) => ({ id: `e${i}`, kind: 'assistant_message', text: `line ${i}` }));
const session: Session = { id: 's', agent: 'claude-code', title: 'Fix it' };

describe('replay', () => {
  it('instant: everything at once, ended', async () => {
    const sink = new Sink();
    const r = startReplay(sink, session, events, { speed: 0 });
    await r.done;
    const log = sink.logs.get(r.sessionId)!;
    expect(r.sessionId).toBe('replay:s');
    expect(log.session.title).toBe('Replay: Fix it');
    expect(log.events).toHaveLength(40);
    expect(log.state()).toBe('ended');
  });

  it('paced: events arrive in order over several ticks, then the session ends', async () => {
    const sink = new Sink();
    const r = startReplay(sink, session, events, { speed: 10, tickMs: 5 });
    const log = sink.logs.get(r.sessionId)!;
    expect(log.events).toHaveLength(0);
    expect(log.state()).not.toBe('ended');
    await r.done;
    expect(log.events.map((e) => e.id)).toEqual(events.map((e) => e.id));
    expect(sink.appends.length).toBeGreaterThan(5);
    expect(log.state()).toBe('ended');
  });

  it('stop ends early; duration is bounded', async () => {
    const sink = new Sink();
    const r = startReplay(sink, session, events, { speed: 1, tickMs: 1000 });
    r.stop();
    await r.done;
    expect(sink.logs.get(r.sessionId)!.state()).toBe('ended');
    expect(replayDurationMs(1)).toBe(1000);
    expect(replayDurationMs(100_000)).toBe(8000);
  });
});
