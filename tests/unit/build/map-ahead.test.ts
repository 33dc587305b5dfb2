import { describe, expect, it } from 'vitest';
import { mapAhead } from '../../../src/lib/build/map-ahead.ts';

const collect = async <T>(source: AsyncIterable<T>) => {
  const out: T[] = [];
  for await (const item of source) out.push(item);
  return out;
};

/** A promise the test settles by hand, to finish work out of order. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('mapAhead', () => {
  it('yields results in source order even when later work finishes first', async () => {
    const work = [deferred<string>(), deferred<string>(), deferred<string>()];
    const results = collect(mapAhead([0, 1, 2], (i) => work[i]!.promise, 3));
    work[2]!.resolve('c');
    work[1]!.resolve('b');
    work[0]!.resolve('a');
    expect(await results).toEqual(['a', 'b', 'c']);
  });

  it('starts at most `window` items before the consumer takes one', async () => {
    const started: number[] = [];
    const iterator = mapAhead([1, 2, 3, 4, 5], (i) => (started.push(i), i * 10), 2);
    expect(await iterator.next()).toEqual({ value: 10, done: false });
    expect(started).toEqual([1, 2]);
    expect(await iterator.next()).toEqual({ value: 20, done: false });
    expect(started).toEqual([1, 2, 3]);
    expect(await collect(iterator)).toEqual([30, 40, 50]);
  });

  it('takes plain values and async sources alike', async () => {
    async function* source() {
      yield 'x';
      yield 'y';
    }
    expect(await collect(mapAhead(source(), (s) => s.toUpperCase(), 4))).toEqual(['X', 'Y']);
  });

  it('rethrows a failure at its place in the order, without an unhandled rejection before', async () => {
    const late = deferred<string>();
    const iterator = mapAhead([0, 1], (i) => (i === 0 ? late.promise : Promise.reject(new Error('second failed'))), 2);
    const first = iterator.next();
    await new Promise((r) => setTimeout(r, 10));
    late.resolve('first');
    expect(await first).toEqual({ value: 'first', done: false });
    await expect(iterator.next()).rejects.toThrow('second failed');
  });

  it('refuses a window below one', async () => {
    await expect(mapAhead([1], (i) => i, 0).next()).rejects.toThrow(RangeError);
  });
});
