import { PayloadTooLargeException, UnsupportedMediaTypeException } from '@nestjs/common';
import { RequestValidationFailed } from '@repaero/platform';
import type { Request } from 'express';

export const PDF_MEDIA_TYPE = 'application/pdf';
const PDF_MAGIC = Buffer.from('%PDF-');

/**
 * Reads a raw PDF request body up to `maxBytes`. An oversized body is drained, not cut off, so the
 * client reads a 413 instead of a reset connection.
 */
export async function readPdfBody(request: Request, maxBytes: number): Promise<Buffer> {
  const mediaType = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (mediaType !== PDF_MEDIA_TYPE) throw new UnsupportedMediaTypeException(`Content-Type must be ${PDF_MEDIA_TYPE}, the PDF itself as the body`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= maxBytes) chunks.push(chunk);
  }
  if (size > maxBytes) throw new PayloadTooLargeException(`body: the PDF is ${size} bytes, more than the ${maxBytes} allowed (REPAERO_DOCUMENT_MAX_MB)`);
  const bytes = Buffer.concat(chunks, size);
  if (bytes.length === 0) throw new RequestValidationFailed([{ field: 'body', message: 'must be a PDF file, got an empty body' }]);
  if (!bytes.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC)) throw new RequestValidationFailed([{ field: 'body', message: 'must be a PDF file (starting with %PDF-)' }]);
  return bytes;
}
