/**
 * A promise started ahead of the point where it is awaited (a file read while other work goes
 * on), marked as handled until then: should the caller fail before awaiting it, the caller's error
 * is the one reported, not this promise's as an unhandled rejection. Awaiting it still rejects.
 */
export function settledLater<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}
