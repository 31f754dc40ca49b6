import type { CommandMetadata } from '@repaero/event-sourcing';
import { RequestValidationFailed } from '@repaero/platform';

/** DOMAIN rule 16: every signature records the device it was made on (`X-Device-Id`). */
export function signatureDevice(metadata: CommandMetadata): string {
  if (metadata.device) return metadata.device;
  throw new RequestValidationFailed([{ field: 'X-Device-Id', message: 'is required to sign: the device (iPad id or desk name) the signature is made on' }]);
}
