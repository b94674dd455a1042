import type { Detector, RedactionHit } from './redactionTypes';

/** Account names that are not personal (redacting them would mangle ordinary words like "root"). */
const GENERIC_ACCOUNTS = new Set([
  'root', 'admin', 'administrator', 'user', 'users', 'guest', 'default', 'public', 'shared', 'node',
  'runner', 'ubuntu', 'debian', 'ec2-user', 'vscode', 'codespace', 'codespaces', 'app', 'home', 'me',
]);

/** /home/<name>, /Users/<name>, C:\Users\<name> (either slash), in paths and file URLs. */
const HOME_PATH = /(?:(?<![A-Za-z0-9_.-])\/(?:home|Users)\/|(?<![A-Za-z0-9_])[A-Za-z]:(?:\\\\?|\/)Users(?:\\\\?|\/))([A-Za-z0-9_.][A-Za-z0-9_.@-]{0,63})/dg;
/** Claude's project folder names encode the cwd with dashes: -home-<name>-projects-… */
const DASHED_HOME = /(?<![A-Za-z0-9])-(?:home|Users)-([A-Za-z0-9_.]{1,32})(?=-)/dg;

export interface IdentityOptions {
  /** Home folders to replace with `~` (e.g. os.homedir()). */
  homeDirs: readonly string[];
  /** User names to replace wherever they stand as a word (e.g. os.userInfo().username). */
  userNames: readonly string[];
}

export function isPersonalName(name: string): boolean {
  return name.length >= 3 && !GENERIC_ACCOUNTS.has(name.toLowerCase()) && !/^[.]+$/.test(name);
}

/** Names that appear in home paths of a text (a pre-pass collects them so they are redacted everywhere). */
export function collectHomeNames(text: string, into: Set<string>): void {
  if (!text.includes('Users') && !text.includes('home')) return;
  for (const re of [HOME_PATH, DASHED_HOME]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const name = m[1];
      if (name && isPersonalName(name)) into.add(name);
    }
  }
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** Builds the detector for one redaction run: literal home dirs, generic home patterns, then names as words. */
export function createIdentityDetector(opts: IdentityOptions): Detector {
  const homes = [...new Set(opts.homeDirs.map((h) => h.replace(/[\\/]+$/, '')).filter((h) => h.length >= 4))]
    .sort((a, b) => b.length - a.length);
  const homeLiteral = homes.length
    ? new RegExp(`(?:${homes.map(escapeRegex).join('|')})(?![A-Za-z0-9_.-])`, 'g')
    : undefined;
  const names = [...new Set(opts.userNames.filter(isPersonalName))].sort((a, b) => b.length - a.length);
  const nameRe = names.length
    ? new RegExp(`(?<![A-Za-z0-9_])(?:${names.map(escapeRegex).join('|')})(?![A-Za-z0-9_])`, 'g')
    : undefined;
  return {
    name: 'identity',
    find(text: string, out: RedactionHit[]) {
      if (homeLiteral) {
        homeLiteral.lastIndex = 0;
        for (let m = homeLiteral.exec(text); m; m = homeLiteral.exec(text)) {
          out.push({ start: m.index, end: m.index + m[0].length, kind: 'home-path', replacement: '~' });
        }
      }
      HOME_PATH.lastIndex = 0;
      for (let m = HOME_PATH.exec(text); m; m = HOME_PATH.exec(text)) {
        const name = m[1] ?? '';
        if (!isPersonalName(name)) continue;
        out.push({ start: m.index, end: m.index + m[0].length, kind: 'home-path', replacement: '~' });
      }
      if (nameRe) {
        nameRe.lastIndex = 0;
        for (let m = nameRe.exec(text); m; m = nameRe.exec(text)) {
          out.push({ start: m.index, end: m.index + m[0].length, kind: 'user-name', replacement: '[user]' });
        }
      }
    },
  };
}
