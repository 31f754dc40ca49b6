import { bearer, type RunningApi } from './api';
import type { Accepted, RegisteredPart } from './stock';

export interface ReceivedItem extends Accepted {
  readonly itemId: string;
}

/** A complete EASA Form 1 for a part and its serial or batch number. */
export function easaForm1(partNumber: string, serialOrBatchNumber: string) {
  return {
    kind: 'easa-form-1',
    trackingNumber: `F1-${serialOrBatchNumber}`,
    approvalReference: 'FR.145.0123',
    partNumber,
    serialOrBatchNumber,
    block11Status: 'OVERHAULED',
    signatory: 'J. Martin',
    signedOn: '2026-02-20',
    fileRef: `documents/F1-${serialOrBatchNumber}.pdf`,
  };
}

/** A manufacturer's certificate of conformity, acceptable for consumables and standard parts. */
export function certificateOfConformity(partNumber: string, batchNumber: string) {
  return {
    kind: 'certificate-of-conformity',
    trackingNumber: `COC-${batchNumber}`,
    issuer: 'Aero Distribution 1ABC5',
    partNumber,
    serialOrBatchNumber: batchNumber,
    signatory: 'A. Durand',
    signedOn: '2026-02-25',
    fileRef: `documents/COC-${batchNumber}.pdf`,
  };
}

/** Catalogue and item commands over HTTP; each expects success and answers the command result. */
export function stockItemsClient(api: RunningApi, token: string) {
  const send = async <T = Accepted>(method: 'post' | 'put', path: string, body: object): Promise<T> => {
    const { status, body: answer, text } = await api.http()[method](`/api/v1/stock${path}`).set(bearer(token)).send(body);
    if (status !== 201 && status !== 200) throw new Error(`${method.toUpperCase()} ${path} answered ${status}: ${text}`);
    return answer as T;
  };
  return {
    register: (partNumber: string, manufacturer?: string) =>
      send<RegisteredPart>('post', '/parts', { partNumber, manufacturer, description: `Part ${partNumber}`, unit: 'EA' }),
    classify: (partId: string, classification: { partClass: string; tracking: string; shelfLifeLimited?: boolean; lifeLimited?: boolean }) =>
      send('post', `/parts/${partId}/classification`, { shelfLifeLimited: false, lifeLimited: false, ...classification }),
    assignGtin: (partId: string, code: string) => send('post', `/parts/${partId}/barcodes`, { scheme: 'gtin', code }),
    receive: (receipt: Record<string, unknown>) => send<ReceivedItem>('post', '/items', { locationCode: 'MAIN-A01', quantity: 1, ...receipt }),
    attachReleaseDocument: (itemId: string, document: object) => send('post', `/items/${itemId}/release-documents`, document),
  };
}
