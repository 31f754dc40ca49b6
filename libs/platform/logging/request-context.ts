import { AsyncLocalStorage } from 'node:async_hooks';

/** What every log line and problem document of one request carries. */
export interface RequestContext {
  readonly correlationId: string;
  /** Set by the auth guard once the caller is known. */
  userId?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();
const ON_REQUEST = Symbol.for('repaero.requestContext');

type CarriesContext = { [ON_REQUEST]?: RequestContext };

export const requestContext = {
  run<T>(context: RequestContext, fn: () => T): T {
    return storage.run(context, fn);
  },
  current(): RequestContext | undefined {
    return storage.getStore();
  },
  /** Also kept on the request object: error handlers may run outside the async scope of the request. */
  attach(request: object, context: RequestContext): void {
    (request as CarriesContext)[ON_REQUEST] = context;
  },
  of(request: object): RequestContext | undefined {
    return (request as CarriesContext)[ON_REQUEST] ?? storage.getStore();
  },
};
