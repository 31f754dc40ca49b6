import { bearer, type RunningApi } from './api';

export interface Accepted {
  readonly streamId: string;
  readonly version: number;
  readonly position: number;
}

export interface RegisteredPart extends Accepted {
  readonly partId: string;
}

let counter = 0;

/** A part number no other test in this process uses. */
export function uniquePartNumber(prefix = 'E2E'): string {
  counter += 1;
  return `${prefix}-${process.pid}-${counter}`;
}

/** Stock commands over HTTP; each expects success and answers the command result. */
export function stockClient(api: RunningApi, token: string) {
  const post = (path: string, body: unknown) => api.http().post(`/api/v1/stock${path}`).set(bearer(token)).send(body as object);
  const accepted = async <T = Accepted>(response: Promise<{ status: number; body: unknown; text: string }>, what: string): Promise<T> => {
    const { status, body, text } = await response;
    if (status !== 201) throw new Error(`${what} answered ${status}: ${text}`);
    return body as T;
  };
  return {
    register: (partNumber = uniquePartNumber(), unit = 'EA') =>
      accepted<RegisteredPart>(post('/parts', { partNumber, description: `Part ${partNumber}`, unit }), 'register'),
    receive: (partId: string, quantity: number, locationCode = 'MAIN-A01') =>
      accepted(post(`/parts/${partId}/receipts`, { locationCode, quantity }), 'receipt'),
    issue: (partId: string, quantity: number, locationCode = 'MAIN-A01', workOrderRef = 'WO-E2E-1') =>
      accepted(post(`/parts/${partId}/issues`, { locationCode, quantity, workOrderRef }), 'issue'),
  };
}
