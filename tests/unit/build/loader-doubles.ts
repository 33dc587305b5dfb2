// The loader's test doubles, shared by its test files: Astro's loader context over Maps, and
// the dumps of one site whose menu and footer lines repeat (template by repetition).
import { createHash } from 'node:crypto';

export function fakeContext() {
  const entries = new Map<string, any>();
  const metaValues = new Map<string, string>();
  return {
    entries,
    ctx: {
      store: { get: (id: string) => entries.get(id), set: (e: any) => (entries.set(e.id, e), true), keys: () => [...entries.keys()], delete: (id: string) => void entries.delete(id) },
      meta: { get: (k: string) => metaValues.get(k), set: (k: string, v: string) => void metaValues.set(k, v), has: (k: string) => metaValues.has(k), delete: (k: string) => void metaValues.delete(k) },
      logger: { warn: () => {}, info: () => {} },
      generateDigest: (data: string) => createHash('sha1').update(data).digest('hex'),
      parseData: async ({ data }: { data: any }) => data,
    } as any,
  };
}

export const prose = (topic: string, n: number) =>
  `The ${topic} committee met on the evening of day ${n} and agreed that the work on the ${topic} would go on through the winter, as the residents had asked.`;
/** A dump of one site: its own story between the same menu and footer lines as its siblings. */
export const dump = (title: string, n: number, footer = 'Support the Valley Gazette today') =>
  `${title}\n\n${title}\n\nValley Gazette front desk\n\n${prose(title.toLowerCase(), n)}\n\n${prose(`${title.toLowerCase()} budget`, n + 1)}\n\n${footer}\n`;
