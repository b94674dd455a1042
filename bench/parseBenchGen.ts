import fs from 'node:fs';
import path from 'node:path';

const fixturesFrom = (root: string): string => path.resolve(root, '..', 'shared', 'fixtures', 'public');

/** Repository root: the parent of bench/ (sources) or dist/ (bundle), else the working directory. */
export const benchRepoRoot = [path.resolve(__dirname, '..'), process.cwd()].find((r) => fs.existsSync(fixturesFrom(r))) ?? process.cwd();

const CLAUDE = fixturesFrom(benchRepoRoot);
const PROJECTS = path.join(CLAUDE, 'claude-config', 'projects');

/** The real Claude transcripts the generator repeats. */
export const CLAUDE_SOURCES = {
  long: path.join(PROJECTS, '-home-USER-projects-spotter-worktrees-spotter-gqc', '258c7280-ae70-4798-800f-63464d01a85d.jsonl'),
  subagent: path.join(PROJECTS, '-home-USER-projects-spotter-worktrees-spotter-gqc', '258c7280-ae70-4798-800f-63464d01a85d', 'subagents', 'agent-a881341.jsonl'),
  task: path.join(PROJECTS, '-home-marco-projects-spotter', '491e126e-1e71-469c-ade2-fcc8af567c74.jsonl'),
  short: path.join(PROJECTS, '-home-marco-projects-spotter', '55604662-cf2a-4331-851a-ec234028f8ca.jsonl'),
  recordTypes: path.join(CLAUDE, 'record-types', 'claude-code-2.1.80-2.1.220-small.jsonl'),
};

function fixtureLines(file: string): string[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
}

const UUID_FIELD = /"(uuid|parentUuid|messageId|leafUuid|sourceToolAssistantUUID)":"([^"\\]{1,200})"/g;

/** One fixture line with record ids made unique for repetition `rep` (uuids and tool-use ids). */
function freshIds(line: string, rep: number): string {
  return line.replace(UUID_FIELD, (_m, k: string, v: string) => `"${k}":"${v}-r${rep}"`).split('toolu_').join(`toolu_r${rep}_`);
}

/**
 * Writes a Claude transcript of about `targetBytes` to `out` by repeating the lines of `sources` in
 * order with fresh ids (the first source's session keeps its id so it parses as one session).
 * Returns the bytes and lines written.
 */
export function generateClaudeTranscript(out: string, targetBytes: number, sources: string[]): { bytes: number; lines: number } {
  const lines = sources.flatMap(fixtureLines);
  const fd = fs.openSync(out, 'w');
  let bytes = 0;
  let count = 0;
  try {
    let batch: string[] = [];
    let batchBytes = 0;
    for (let rep = 0; bytes < targetBytes; rep++) {
      for (const l of lines) {
        const s = `${freshIds(l, rep)}\n`;
        batch.push(s);
        batchBytes += s.length;
        count++;
        if (batchBytes >= 1 << 20) {
          bytes += fs.writeSync(fd, batch.join(''));
          batch = [];
          batchBytes = 0;
        }
      }
      if (batch.length) {
        bytes += fs.writeSync(fd, batch.join(''));
        batch = [];
        batchBytes = 0;
      }
    }
  } finally {
    fs.closeSync(fd);
  }
  return { bytes: fs.statSync(out).size, lines: count };
}
