import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StoredDocumentCorrupted } from './document-storage.port';
import { LocalDirectoryDocumentStorage } from './local-directory-document.storage';
import { documentStorageContract } from './testing/document-storage.contract';

async function tempStorage() {
  const root = await mkdtemp(join(tmpdir(), 'repaero-documents-'));
  return { root, storage: new LocalDirectoryDocumentStorage(join(root, 'documents')), close: () => rm(root, { recursive: true, force: true }) };
}

describe('local directory document storage', () => {
  describe('contract', () => documentStorageContract(tempStorage));

  const bytes = Buffer.from('%PDF-1.7\nrev 2\n');
  const sha256 = createHash('sha256').update(bytes).digest('hex');

  it('files each document at ab/cd/<sha256> and leaves no temporary file behind', async () => {
    const { storage, close } = await tempStorage();
    try {
      await storage.put(bytes);
      const directory = join(storage.root, sha256.slice(0, 2), sha256.slice(2, 4));
      await expect(readdir(directory)).resolves.toEqual([sha256]);
    } finally {
      await close();
    }
  });

  it('a temp file left by a crash mid-write is not a stored document, and the next put completes it', async () => {
    const { storage, close } = await tempStorage();
    try {
      const directory = join(storage.root, sha256.slice(0, 2), sha256.slice(2, 4));
      await mkdir(directory, { recursive: true });
      await writeFile(join(directory, `${sha256}.4242.abcdef.tmp`), bytes.subarray(0, 5));
      await expect(storage.has(sha256)).resolves.toBe(false);
      await storage.put(bytes);
      await expect(storage.get(sha256)).resolves.toEqual(bytes);
    } finally {
      await close();
    }
  });

  it('refuses to serve bytes that no longer match their hash', async () => {
    const { storage, close } = await tempStorage();
    try {
      await storage.put(bytes);
      await writeFile(storage.pathOf(sha256), 'tampered');
      await expect(storage.get(sha256)).rejects.toBeInstanceOf(StoredDocumentCorrupted);
    } finally {
      await close();
    }
  });
});
