import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The request id of the request being served, for code that has no context object: Apollo's
 * formatError runs for errors raised before a GraphQL context exists (parse, CSRF, bad
 * variables), and every error carries the id all the same.
 */
const storage = new AsyncLocalStorage<{ requestId: string }>();

export function runWithRequestId<T>(requestId: string, work: () => T): T {
  return storage.run({ requestId }, work);
}

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
