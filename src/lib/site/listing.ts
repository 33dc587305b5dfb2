/** Ordering and paging of article lists, shared by the index, tags and feeds. */
import type { Article } from '../content/schema.ts';

export const PAGE_SIZE = 20;

/** Newest first; undated articles last; ties broken by title so builds are stable. */
export function compareNewestFirst(a: Pick<Article, 'date' | 'title'>, b: Pick<Article, 'date' | 'title'>): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.title.localeCompare(b.title);
}

export interface Page<T> {
  items: T[];
  /** 1-based. */
  number: number;
  total: number;
}

export function paginate<T>(items: readonly T[], size = PAGE_SIZE): Page<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({ items: items.slice(i * size, (i + 1) * size), number: i + 1, total }));
}

/** Page numbers to show around the current one: first, last, and `radius` either side, with gaps. */
export function pageWindow(current: number, total: number, radius = 2): (number | 'gap')[] {
  const shown: (number | 'gap')[] = [];
  for (let n = 1; n <= total; n++) {
    if (n === 1 || n === total || Math.abs(n - current) <= radius) shown.push(n);
    else if (shown.at(-1) !== 'gap') shown.push('gap');
  }
  return shown;
}
