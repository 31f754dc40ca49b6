/** Where uploaded documents live, addressed by the SHA-256 of their bytes; events keep only the hash. */
export interface StoredContent {
  readonly sha256: string;
  readonly size: number;
}

export interface DocumentStorage {
  /** Idempotent: the same bytes stored twice are one file. */
  put(bytes: Uint8Array): Promise<StoredContent>;
  /** Undefined when nothing is stored under that hash; throws when the stored bytes no longer match it. */
  get(sha256: string): Promise<Buffer | undefined>;
  has(sha256: string): Promise<boolean>;
}

export const DOCUMENT_STORAGE = Symbol('DOCUMENT_STORAGE');

export const SHA256_HEX = /^[0-9a-f]{64}$/;

export class StoredDocumentCorrupted extends Error {
  constructor(readonly sha256: string) {
    super(`the stored document ${sha256} no longer matches its hash`);
    this.name = 'StoredDocumentCorrupted';
  }
}
