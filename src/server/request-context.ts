import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The request id follows the request through every await, so that the error
 * formatter, which Apollo calls without the context, can still name it.
 */
export const requestScope = new AsyncLocalStorage<{ readonly requestId: string }>();

export function currentRequestId(): string | undefined {
  return requestScope.getStore()?.requestId;
}
