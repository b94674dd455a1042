/** Converts a path glob (`**`, `*`, `?`) to an anchored RegExp; matches the path or any suffix after a '/'. */
export function globToRegExp(glob: string): RegExp {
  const g = glob.replace(/\\/g, '/').replace(/^\.\//, '');
  let re = '';
  for (let i = 0; i < g.length; i++) {
    const c = g[i] ?? '';
    if (c === '*') {
      if (g[i + 1] === '*') {
        re += '.*';
        i++;
        if (g[i + 1] === '/') i++;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`(?:^|/)${re}$`);
}

export function matchesAnyGlob(path: string, globs: readonly RegExp[]): boolean {
  const p = path.replace(/\\/g, '/');
  return globs.some((g) => g.test(p));
}
