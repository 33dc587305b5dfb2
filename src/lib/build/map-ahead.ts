/**
 * Runs `start` on each item as it arrives, up to `window` items ahead of the consumer,
 * and yields the results in the source's order. Work can then run in parallel (in
 * worker threads) while the consumer still sees the files one by one, in a stable order.
 */
export async function* mapAhead<T, R>(
  source: AsyncIterable<T> | Iterable<T>,
  start: (item: T) => R | Promise<R>,
  window: number,
): AsyncGenerator<Awaited<R>> {
  if (!(window >= 1)) throw new RangeError(`window must be at least 1, not ${window}`);
  const pending: Promise<Awaited<R>>[] = [];
  for await (const item of source) {
    const result = Promise.resolve(start(item));
    // Awaited in order below; this only keeps a later failure from counting as unhandled meanwhile.
    result.catch(() => {});
    pending.push(result);
    if (pending.length >= window) yield await pending.shift()!;
  }
  while (pending.length) yield await pending.shift()!;
}
