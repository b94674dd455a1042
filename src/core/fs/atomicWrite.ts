import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import path from 'node:path';

/**
 * Writes a file atomically: the text goes to a temporary file in the same folder (same filesystem),
 * is flushed to disk, then renamed over the target, so readers see the old file or the whole new one,
 * never a partial write. The temporary file is removed on failure. An existing file keeps its mode.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array, mode?: number): Promise<void> {
  let keepMode = mode;
  if (keepMode === undefined) {
    try {
      keepMode = (await fsp.stat(file)).mode & 0o777;
    } catch {
      keepMode = 0o644;
    }
  }
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await fsp.open(tmp, 'wx', keepMode);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fsp.rename(tmp, file);
  } catch (err) {
    await fsp.rm(tmp, { force: true });
    throw err;
  }
}
