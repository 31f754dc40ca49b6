import { createHash, randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { SHA256_HEX, StoredDocumentCorrupted, type DocumentStorage, type StoredContent } from './document-storage.port';

/**
 * Documents in a local directory, one file per content hash at `ab/cd/<sha256>`. A file is written
 * under a temporary name, flushed to disk, then renamed: a crash leaves a stray temp file, never a
 * half file under the final name.
 */
export class LocalDirectoryDocumentStorage implements DocumentStorage {
  constructor(readonly root: string) {}

  pathOf(sha256: string): string {
    return join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async put(bytes: Uint8Array): Promise<StoredContent> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const stored = { sha256, size: bytes.byteLength };
    const target = this.pathOf(sha256);
    if (await this.has(sha256)) return stored;
    await mkdir(dirname(target), { recursive: true });
    const temporary = `${target}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
    const file = await open(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o640);
    try {
      await file.writeFile(bytes);
      await file.sync();
    } catch (error) {
      await file.close();
      await rm(temporary, { force: true });
      throw error;
    }
    await file.close();
    // Same bytes under the same name: a concurrent writer of the same content is harmless.
    await rename(temporary, target);
    await syncDirectory(dirname(target));
    return stored;
  }

  async get(sha256: string): Promise<Buffer | undefined> {
    if (!SHA256_HEX.test(sha256)) return undefined;
    let bytes: Buffer;
    try {
      bytes = await readFile(this.pathOf(sha256));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    if (createHash('sha256').update(bytes).digest('hex') !== sha256) throw new StoredDocumentCorrupted(sha256);
    return bytes;
  }

  async has(sha256: string): Promise<boolean> {
    if (!SHA256_HEX.test(sha256)) return false;
    try {
      return (await stat(this.pathOf(sha256))).isFile();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
  }
}

/** The rename is durable only once its directory entry is on disk. */
async function syncDirectory(path: string): Promise<void> {
  const directory = await open(path, constants.O_RDONLY);
  try {
    await directory.sync();
  } catch (error) {
    // Some file systems refuse fsync on a directory; the file itself is already synced.
    if (!['EINVAL', 'EPERM', 'EISDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
  } finally {
    await directory.close();
  }
}
