/**
 * Calls `fn` on each item of `source`, in order and one at a time, while the next item
 * is already being produced: a slow consumer (the database) and a slow producer (parsing)
 * overlap, and at most two items exist at once. When `fn` throws, the source is closed
 * (after the item in flight) so it releases what it holds, and the error is rethrown.
 */
export async function forEachPrefetched<T>(source: AsyncIterable<T>, fn: (item: T) => Promise<void>): Promise<void> {
  const it = source[Symbol.asyncIterator]();
  let next = it.next();
  try {
    for (;;) {
      const r = await next;
      if (r.done) return;
      next = it.next();
      next.catch(() => {}); // awaited on the next turn, unless fn fails first
      await fn(r.value);
    }
  } finally {
    await it.return?.().catch(() => {});
  }
}
