/** Shell command helpers for Codex tool calls: argv/string unwrapping and apply_patch detection. */

const SHELLS = /^(?:.*[\\/])?(?:bash|sh|zsh|dash|ksh|fish)(?:\.exe)?$/i;
const PWSH = /^(?:.*[\\/])?(?:pwsh|powershell)(?:\.exe)?$/i;

/** Undoes one level of POSIX shell quoting of a whole word ('…', "…"), else returns the text as is. */
function unquote(s: string): string {
  const t = s.trim();
  if (t.length >= 2 && t.startsWith("'") && t.endsWith("'")) return t.slice(1, -1).replace(/'\\''/g, "'");
  if (t.length >= 2 && t.startsWith('"') && t.endsWith('"')) return t.slice(1, -1).replace(/\\(["\\$`])/g, '$1');
  return t;
}

/** Quotes an argv word for display when it needs it. */
function quoteWord(w: string): string {
  return /^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`;
}

/**
 * The command line a person would read: `["bash","-lc","npm test"]` → `npm test`,
 * `bash -lc 'npm test'` → `npm test`, other argv joined with quoting.
 */
export function shellCommandText(cmd: unknown): string | undefined {
  if (typeof cmd === 'string') {
    const m = /^\s*(?:\S*[\\/])?(?:bash|sh|zsh)\s+-l?c\s+([\s\S]+)$/.exec(cmd);
    return m?.[1] ? unquote(m[1]) : cmd;
  }
  if (!Array.isArray(cmd)) return undefined;
  const argv = cmd.filter((w): w is string => typeof w === 'string');
  if (!argv.length) return undefined;
  const [exe = '', flag = '', script] = argv;
  if (SHELLS.test(exe) && /^-l?c$|^-lc$|^-cl$/.test(flag) && typeof script === 'string') return script;
  if (PWSH.test(exe) && /^-(?:c|command)$/i.test(flag) && typeof script === 'string') return argv.slice(2).join(' ');
  if (/^cmd(?:\.exe)?$/i.test(exe) && /^\/c$/i.test(flag)) return argv.slice(2).join(' ');
  return argv.map(quoteWord).join(' ');
}

/** A patch passed to apply_patch inside a shell call, with the directory it runs in when it says (`cd dir && …`). */
export interface ShellPatch {
  patch: string;
  /** Directory from a leading `cd DIR &&`, relative or absolute. */
  cdDir?: string;
}

const BEGIN = '*** Begin Patch';
const END = '*** End Patch';

/**
 * Finds an apply_patch invocation in a shell call: argv `["apply_patch", patch]`, or a command
 * string `apply_patch <<'EOF' … EOF` (optionally after `cd dir &&`), possibly inside `bash -lc`.
 */
export function findShellPatch(cmd: unknown): ShellPatch | undefined {
  if (Array.isArray(cmd)) {
    const argv = cmd.filter((w): w is string => typeof w === 'string');
    if (argv.length >= 2 && /^(?:.*[\\/])?(?:apply_patch|applypatch)$/.test(argv[0] ?? '') && (argv[1] ?? '').includes(BEGIN)) {
      return { patch: argv[1] ?? '' };
    }
    const text = shellCommandText(argv);
    return text !== undefined && text !== argv.join(' ') ? findShellPatch(text) : undefined;
  }
  if (typeof cmd !== 'string') return undefined;
  const text = shellCommandText(cmd) ?? cmd;
  const call = /(?:^|[;&|\n])\s*(?:apply_patch|applypatch)\b/.exec(text);
  if (!call) return undefined;
  const begin = text.indexOf(BEGIN, call.index);
  if (begin < 0) return undefined;
  const endAt = text.indexOf(END, begin);
  const patch = endAt < 0 ? text.slice(begin) : text.slice(begin, endAt + END.length);
  const cd = /^\s*cd\s+("[^"]*"|'[^']*'|\S+)\s*&&/.exec(text.slice(0, call.index + call[0].length));
  return cd?.[1] ? { patch, cdDir: unquote(cd[1]) } : { patch };
}
