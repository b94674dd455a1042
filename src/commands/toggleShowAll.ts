import type { Cmd, VigilContext } from '../context';

/** `vigil.toggleShowAll`: sessions from every project vs. only the open workspace's. Returns the new value. */
export function toggleShowAll(ctx: VigilContext): Cmd {
  return async (value?: unknown): Promise<boolean> => {
    const next = typeof value === 'boolean' ? value : !ctx.sessions.isShowAll();
    ctx.sessions.setShowAll(next);
    await ctx.config.update('sessions.showAll', next);
    ctx.log.info(`show all sessions: ${next}`);
    return next;
  };
}
