import { spawn } from 'node:child_process';

/**
 * Holds the machine-wide Chromium lock (/tmp/vigil-e2e.lock) while `fn` runs: a child `flock` keeps
 * the lock until we close its stdin. Skipped when the caller already holds it (VIGIL_E2E_LOCK_HELD=1).
 */
export async function withE2eLock<T>(fn: () => Promise<T>, waitSeconds = 840): Promise<T> {
  if (process.env.VIGIL_E2E_LOCK_HELD === '1') return fn();
  const lockFile = process.env.VIGIL_E2E_LOCK || '/tmp/vigil-e2e.lock';
  // -w: give up waiting in the end, so an orphaned waiter (its test killed) cannot queue forever.
  const child = spawn('flock', ['-w', String(waitSeconds), lockFile, 'sh', '-c', 'echo locked; cat >/dev/null'], { stdio: ['pipe', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`could not take ${lockFile} within ${waitSeconds} s (flock exit ${code})`)));
    child.stdout.on('data', (d: Buffer) => {
      if (d.toString().includes('locked')) resolve();
    });
  });
  try {
    return await fn();
  } finally {
    child.removeAllListeners('exit');
    child.stdin.end();
  }
}

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];
