import { describe, expect, it } from 'vitest';
import { computeRelated, htmlToText, RelatedCorpus, termCounts, tokenize, type RelatedInput } from '../../../src/lib/site/related.ts';

const doc = (slug: string, fields: Partial<RelatedInput> = {}): RelatedInput => ({ slug, date: null, title: slug, text: '', tags: [], ...fields });
const relatedOf = (docs: RelatedInput[], slug: string, options = {}) => computeRelated(docs, options).related.get(slug);

// Filler that shares no words between documents, so tests control what they have in common.
const noise = (seed: string) => `${seed}alpha ${seed}beta ${seed}gamma`;

describe('tokenize', () => {
  it('folds case and accents, and drops short words, numbers and stopwords', () => {
    expect(tokenize('The Árboles del río, 2025: año 3b OK')).toEqual(['arboles', 'rio']);
  });
});

describe('htmlToText', () => {
  it('keeps the text of elements and decodes entities', () => {
    expect(htmlToText('<p>Ferry &amp; bus<sup><a href="#n">1</a></sup></p><p>caf&#233; &#x2014;&nbsp;ok</p>')).toBe('Ferry & bus 1 café — ok');
  });

  it('drops script and style contents', () => {
    expect(htmlToText('<style>p{}</style><p>kept</p><script>lost()</script>')).toBe('kept');
  });
});

describe('computeRelated', () => {
  it('relates articles that share a tag, never an article to itself', () => {
    const docs = [doc('a', { tags: ['ferries'], text: noise('a') }), doc('b', { tags: ['ferries'], text: noise('b') }), doc('c', { text: noise('c') })];
    const { related } = computeRelated(docs);
    expect(related.get('a')).toEqual(['b']);
    expect(related.get('b')).toEqual(['a']);
  });

  it('gives articles with nothing in common no related articles', () => {
    const docs = [doc('a', { tags: ['one'], text: noise('a') }), doc('b', { tags: ['two'], text: noise('b') })];
    expect(computeRelated(docs).related).toEqual(new Map([['a', []], ['b', []]]));
  });

  it('ignores words found in too many documents', () => {
    // "harbour" is the whole text of 8 of 20 documents.
    const docs = Array.from({ length: 20 }, (_, i) => doc(`d${i}`, { text: i < 8 ? 'harbour' : noise(`n${i}`) }));
    expect(relatedOf(docs, 'd0', { maxDocShare: 0.25, minDocCap: 2 })).toEqual([]);
    expect(relatedOf(docs, 'd0', { maxDocShare: 0.5, minDocCap: 2 })).toEqual(['d1', 'd2', 'd3', 'd4', 'd5']);
    expect(relatedOf(docs, 'd0')).toHaveLength(5);
  });

  it('never indexes a word found in over half of the documents', () => {
    const docs = Array.from({ length: 20 }, (_, i) => doc(`d${i}`, { text: i < 11 ? 'harbour' : noise(`n${i}`) }));
    expect(relatedOf(docs, 'd0')).toEqual([]);
  });

  it('does not relate documents over one word when most of their words are their own', () => {
    const docs = [doc('a', { text: `harbour ${noise('a')}` }), doc('b', { text: `harbour ${noise('b')}` }), doc('c', { text: noise('c') }), doc('d', { text: noise('d') })];
    expect(relatedOf(docs, 'a')).toEqual([]);
    expect(relatedOf(docs, 'a', { minScore: 0 })).toEqual(['b']);
  });

  it('relates articles by shared words and ranks the closer text first', () => {
    const docs = [
      doc('query', { title: 'Harbour dredging delayed', text: 'The harbour dredging contract was delayed by storms and silt.' }),
      doc('close', { title: 'Dredging of the harbour delayed', text: 'Harbour dredging is delayed again after storms moved silt into the channel.' }),
      doc('medium', { title: 'Silt after the storms', text: 'Storms left silt on the beach and in the harbour.' }),
      doc('unrelated', { title: 'Library opens late', text: 'The library will open until nine on Thursdays.' }),
      doc('other', { title: 'Library cafe', text: 'A cafe opens in the library.' }),
      doc('third', { title: 'School choir wins', text: 'The choir won the regional contest.' }),
    ];
    expect(relatedOf(docs, 'query')).toEqual(['close', 'medium']);
  });

  it('counts a title word more than a body word', () => {
    const docs = [
      doc('q', { title: 'Tram', text: 'bridge' }),
      doc('shares-title-word', { title: 'Tram', text: 'aaa' }),
      doc('shares-body-word', { title: 'Bbb', text: 'bridge' }),
      ...['x', 'y', 'z'].map((s) => doc(s, { title: noise(s) })),
    ];
    expect(relatedOf(docs, 'q', { minScore: 0 })).toEqual(['shares-title-word', 'shares-body-word']);
  });

  it('breaks ties by newer date, undated last, then slug', () => {
    const docs = [
      doc('query', { tags: ['t'] }),
      doc('b-undated', { tags: ['t'] }),
      doc('a-undated', { tags: ['t'] }),
      doc('old', { tags: ['t'], date: '2020-01-01' }),
      doc('z-new', { tags: ['t'], date: '2025-01-01' }),
      doc('y-new', { tags: ['t'], date: '2025-01-01' }),
      doc('outsider', { tags: ['u'] }),
    ];
    expect(relatedOf(docs, 'query', { limit: 10 })).toEqual(['y-new', 'z-new', 'old', 'a-undated', 'b-undated']);
  });

  it('returns at most `limit` articles, best first', () => {
    const docs = [
      doc('q', { tags: ['a'], title: 'Tram tunnel' }),
      ...['p1', 'p2', 'p3', 'p4', 'p5', 'p6'].map((s) => doc(s, { tags: ['a'] })),
      doc('best', { tags: ['a'], title: 'Tram tunnel' }),
      ...['x', 'y', 'z'].map((s) => doc(s, { tags: [s] })),
    ];
    const list = relatedOf(docs, 'q')!;
    expect(list).toHaveLength(5);
    expect(list[0]).toBe('best');
  });

  it('gives the same answer whatever the input order', () => {
    const docs = synthetic(60);
    const forward = computeRelated(docs).related;
    const backward = computeRelated([...docs].reverse()).related;
    expect([...backward].sort()).toEqual([...forward].sort());
  });

  it('keeps the comparisons on 2,000 documents far below n² and still finds topic neighbours', () => {
    const docs = synthetic(2000);
    const { related, stats } = computeRelated(docs);
    const n = docs.length;
    expect(stats.documents).toBe(n);
    expect(stats.candidatePairs).toBeLessThan((n * n) / 20);
    expect(stats.postingsRead).toBeLessThan((n * n) / 5);
    let sameTopic = 0;
    let total = 0;
    for (const d of docs) {
      const list = related.get(d.slug)!;
      expect(list).not.toContain(d.slug);
      for (const slug of list) {
        total++;
        if (slug.split('-')[1] === d.slug.split('-')[1]) sameTopic++;
      }
    }
    expect(total).toBeGreaterThan(n * 3);
    expect(sameTopic / total).toBeGreaterThan(0.9);
  });
});

describe('RelatedCorpus', () => {
  it('relates documents added one at a time as computeRelated relates them all at once', () => {
    const docs = synthetic(300);
    const corpus = new RelatedCorpus();
    for (const d of [...docs].reverse()) corpus.add(d);
    expect(corpus.compute()).toEqual(computeRelated(docs));
  });

  it('gives the same lists from kept term counts as from the texts, after an edit as on a cold build', () => {
    const docs = synthetic(400);
    // A build keeps each document's counts; the next one edits a few texts and counts only those again.
    const kept = new Map(docs.map((d) => [d.slug, [...termCounts(d)]]));
    const edited = docs.map((d, i) => (i % 97 === 0 ? { ...d, text: `${d.text} ${d.text.split(' ').slice(0, 30).join(' ')} harbour` } : d));
    const incremental = new RelatedCorpus();
    edited.forEach((d, i) => incremental.addCounts(d, i % 97 === 0 ? termCounts(d) : kept.get(d.slug)!));
    const cold = computeRelated(edited);
    expect(incremental.compute()).toEqual(cold);
    expect(cold.related).not.toEqual(computeRelated(docs).related);
  });

  it('gives the same lists from bags kept by id with their vocabulary, whatever order the vocabulary has', () => {
    const docs = synthetic(300);
    const first = new RelatedCorpus();
    const bags = docs.map((d) => first.bagOf(termCounts(d)));
    const expected = computeRelated(docs);
    const again = new RelatedCorpus(first.vocabulary);
    docs.forEach((d, i) => again.addBag(d, bags[i]!));
    expect(again.compute()).toEqual(expected);
    // Ids decide nothing: with the vocabulary reversed (and the bags renumbered), ties still go by name.
    const reversed = [...first.vocabulary].reverse();
    const last = reversed.length - 1;
    const flipped = new RelatedCorpus(reversed);
    docs.forEach((d, i) => flipped.addBag(d, { keys: bags[i]!.keys.map((id) => last - id), counts: bags[i]!.counts }));
    expect(flipped.compute()).toEqual(expected);
  });

  it('refuses a vocabulary that names a term twice, and a bag that does not fit it, naming the document', () => {
    expect(() => new RelatedCorpus(['ferry', 'tram', 'ferry'])).toThrow(/names a term twice/);
    const corpus = new RelatedCorpus(['ferry', 'tram']);
    const bag = (keys: number[], counts: number[]) => ({ keys: Uint32Array.from(keys), counts: Uint32Array.from(counts) });
    const d = doc('harbour-news');
    expect(() => corpus.addBag(d, bag([2], [1]))).toThrow(/"harbour-news" does not fit the vocabulary \(term id 2/);
    expect(() => corpus.addBag(d, bag([0, 0], [1, 1]))).toThrow(/term id 0/);
    expect(() => corpus.addBag(d, bag([1], [0]))).toThrow(/count 0/);
    expect(() => corpus.addBag(d, bag([0, 1], [1]))).toThrow(/2 terms and 1 counts/);
    corpus.addBag(d, bag([1, 0], [2, 1]));
    expect(corpus.compute().related.get('harbour-news')).toEqual([]);
  });

  it('counts the title twice, the text once, in the order terms first occur', () => {
    expect([...termCounts({ title: 'Ferry timetable', text: 'late ferry crossings' })]).toEqual([['ferry', 3], ['timetable', 2], ['late', 1], ['crossings', 1]]);
  });

  it('takes options when computing', () => {
    const corpus = new RelatedCorpus();
    for (const d of synthetic(100)) corpus.add(d);
    for (const list of corpus.compute({ limit: 2 }).related.values()) expect(list.length).toBeLessThanOrEqual(2);
  });

  it('matches long words as well as short ones', () => {
    const corpus = new RelatedCorpus();
    const long = 'infrastructureinvestmentplan';
    corpus.add(doc('a', { text: `${long} ${noise('a')}`, title: long }));
    corpus.add(doc('b', { text: `${long} ${noise('b')}`, title: long }));
    for (const s of ['c', 'd', 'e']) corpus.add(doc(s, { text: noise(s) }));
    expect(corpus.compute().related.get('a')).toEqual(['b']);
  });
});

/**
 * Documents in 40 topics: each draws words from its topic's vocabulary and from a shared
 * general one, with a deterministic generator so the test never varies.
 */
function synthetic(count: number): RelatedInput[] {
  let state = 12345;
  const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const word = (prefix: string, i: number) => `${prefix}${i.toString(36)}x`;
  const pick = (n: number) => Math.floor(random() ** 2 * n); // skewed towards low numbers, like real word use
  return Array.from({ length: count }, (_, i) => {
    const topic = i % 40;
    const words: string[] = [];
    for (let w = 0; w < 120; w++) words.push(random() < 0.3 ? word(`t${topic}w`, pick(60)) : word('gen', pick(3000)));
    return {
      slug: `doc-${topic}-${i}`,
      date: `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`,
      title: `${word(`t${topic}w`, pick(60))} ${word('gen', pick(3000))}`,
      text: words.join(' '),
      tags: random() < 0.7 ? [`topic${topic}`] : [],
    };
  });
}
