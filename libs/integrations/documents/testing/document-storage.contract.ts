import { createHash } from 'node:crypto';
import type { DocumentStorage } from '../document-storage.port';

/** The behaviour every DocumentStorage adapter shares; call it inside a describe with a fresh storage per test. */
export function documentStorageContract(open: () => Promise<{ storage: DocumentStorage; close(): Promise<void> }>): void {
  let storage: DocumentStorage;
  let close: () => Promise<void>;
  const bytes = Buffer.from('%PDF-1.7\n% maintenance data\n%%EOF\n');
  const sha256 = createHash('sha256').update(bytes).digest('hex');

  beforeEach(async () => {
    ({ storage, close } = await open());
  });
  afterEach(() => close());

  it('stores bytes under the SHA-256 it computes, and gives them back', async () => {
    await expect(storage.put(bytes)).resolves.toEqual({ sha256, size: bytes.length });
    await expect(storage.has(sha256)).resolves.toBe(true);
    await expect(storage.get(sha256)).resolves.toEqual(bytes);
  });

  it('is idempotent by content: the same bytes twice are one document', async () => {
    const first = await storage.put(bytes);
    await expect(storage.put(Buffer.from(bytes))).resolves.toEqual(first);
    await expect(storage.get(sha256)).resolves.toEqual(bytes);
  });

  it('knows nothing of a hash it never stored, nor of something that is not a hash', async () => {
    const other = createHash('sha256').update('other').digest('hex');
    await expect(storage.has(other)).resolves.toBe(false);
    await expect(storage.get(other)).resolves.toBeUndefined();
    await expect(storage.get('../../etc/passwd')).resolves.toBeUndefined();
    await expect(storage.has('../../etc/passwd')).resolves.toBe(false);
  });

  it('keeps different contents apart', async () => {
    const other = Buffer.from('%PDF-1.4\nanother revision\n');
    const [a, b] = await Promise.all([storage.put(bytes), storage.put(other)]);
    expect(a.sha256).not.toBe(b.sha256);
    await expect(storage.get(b.sha256)).resolves.toEqual(other);
  });
}
