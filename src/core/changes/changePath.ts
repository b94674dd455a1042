import path from 'node:path';

/** Path module matching the style of `cwd` (Windows drive/UNC paths vs POSIX). */
function pathFor(p: string): typeof path.posix {
  return /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\') ? path.win32 : path.posix;
}

/**
 * Normalises a path an agent gave for a file change: `path` is relative to `cwd` when the file lies
 * inside it (forward slashes), else absolute as given; `absPath` is the absolute path when it can be
 * known. Never throws.
 */
export function changePath(given: string, cwd: string | undefined): { path: string; absPath?: string } {
  const p = typeof given === 'string' ? given.trim() : '';
  if (!p) return { path: '' };
  const mod = pathFor(cwd && !pathFor(p).isAbsolute(p) ? cwd : p);
  const isAbs = mod.isAbsolute(p);
  if (!cwd || !mod.isAbsolute(cwd)) return isAbs ? { path: p, absPath: mod.normalize(p) } : { path: toSlashes(mod.normalize(p)) };
  const absPath = isAbs ? mod.normalize(p) : mod.resolve(cwd, p);
  const rel = mod.relative(cwd, absPath);
  const inside = rel !== '' && !rel.startsWith('..') && !mod.isAbsolute(rel);
  return { path: inside ? toSlashes(rel) : absPath, absPath };
}

function toSlashes(p: string): string {
  return p.replace(/\\/g, '/');
}
