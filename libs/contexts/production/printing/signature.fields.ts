import { formatUtcDateTime, type LabelledCell } from '@repaero/printing';
import type { SignatureView } from './common.view';

/** The boxes of a signature; each stays blank (to sign by hand) until the signature is recorded. */
export function signatureFields(nameLabel: string, signature: SignatureView | undefined): readonly LabelledCell[] {
  return [
    { label: nameLabel, value: signature?.name, weight: 1.4 },
    { label: 'Licence', value: signature === undefined ? undefined : (signature.licenceRef ?? 'none (authorised person)'), weight: 1.2 },
    { label: 'Authorisation', value: signature?.authorisationRef, weight: 1 },
    { label: 'Date / time (UTC)', value: signature === undefined ? undefined : formatUtcDateTime(signature.signedAt), weight: 1.3 },
    { label: 'Device', value: signature === undefined ? undefined : (signature.deviceId ?? 'desk'), weight: 0.8 },
    { label: 'Signature', value: signature === undefined ? undefined : 'signed electronically', weight: 1.3 },
  ];
}
