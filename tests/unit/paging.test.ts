import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { chunkOf, groupDigits, pageCount, pagedLists, pager, pageUrl, rangeLabel, type Pager } from '../../src/output/paging.ts';

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);
const urlOf = (n: number): string => pageUrl('/places/aleppo/', n);

describe('paging math', () => {
  test('an empty list still has one page, and a list of exactly k pages worth has k pages, not k + 1', () => {
    assert.equal(pageCount(0, 100), 1);
    assert.equal(pageCount(1, 100), 1);
    assert.equal(pageCount(100, 100), 1);
    assert.equal(pageCount(101, 100), 2);
    assert.equal(pageCount(200, 100), 2);
    assert.equal(pageCount(201, 100), 3);
    assert.throws(() => pageCount(5, 0), RangeError);
  });

  test('page k of a list shows items (k-1)·size+1 to k·size, the last page the rest', () => {
    const list = range(250);
    assert.deepEqual({ ...chunkOf(list, 100, 1)!, items: undefined }, { items: undefined, from: 1, to: 100, total: 250, paged: true });
    const second = chunkOf(list, 100, 2)!;
    assert.deepEqual([second.from, second.to, second.items[0], second.items.at(-1)], [101, 200, 101, 200]);
    const last = chunkOf(list, 100, 3)!;
    assert.deepEqual([last.from, last.to, last.items.length], [201, 250, 50]);
  });

  test('a page past the end of a list shows nothing of it, and an exact multiple leaves no empty last page', () => {
    assert.equal(chunkOf(range(200), 100, 3), null);
    assert.equal(chunkOf(range(200), 100, 2)!.items.length, 100);
    assert.equal(chunkOf(range(5), 100, 0), null);
  });

  test('the first page of an empty list is an empty chunk, not paged, from 0 to 0', () => {
    assert.deepEqual(chunkOf([], 50, 1), { items: [], from: 0, to: 0, total: 0, paged: false });
    assert.equal(chunkOf([], 50, 2), null);
  });

  test('a list that fits on one page is not marked as paged', () => {
    assert.equal(chunkOf(range(50), 50, 1)!.paged, false);
    assert.equal(chunkOf(range(51), 50, 1)!.paged, true);
  });

  test('page 1 is at the list’s own address, later pages under page/k/', () => {
    assert.equal(pageUrl('/places/aleppo/', 1), '/places/aleppo/');
    assert.equal(pageUrl('/places/aleppo/', 2), '/places/aleppo/page/2/');
    assert.equal(pageUrl('/articles/', 12), '/articles/page/12/');
  });

  test('a paged list says which items it shows, thousands grouped', () => {
    assert.equal(rangeLabel({ from: 101, to: 200, total: 4031 }, 'Figures'), 'Figures 101–200 of 4,031');
    assert.equal(rangeLabel({ from: 1001, to: 1001, total: 1001 }, 'Articles'), 'Articles 1,001 of 1,001');
    assert.equal(groupDigits(0), '0');
    assert.equal(groupDigits(999), '999');
    assert.equal(groupDigits(1234567), '1,234,567');
  });
});

describe('the pager', () => {
  const labels = (p: Pager | null): string[] => p?.items.map((i) => (i.current ? `[${i.label}]` : i.label)) ?? [];

  test('a single page has no pager', () => {
    assert.equal(pager(1, 1, urlOf), null);
  });

  test('a few pages are all linked, the current one marked, with previous and next where they exist', () => {
    assert.deepEqual(labels(pager(1, 3, urlOf)), ['[1]', '2', '3', 'Next']);
    assert.deepEqual(labels(pager(2, 3, urlOf)), ['Previous', '1', '[2]', '3', 'Next']);
    assert.deepEqual(labels(pager(3, 3, urlOf)), ['Previous', '1', '2', '[3]']);
    const p = pager(2, 3, urlOf)!;
    assert.deepEqual(
      p.items.map((i) => i.url),
      ['/places/aleppo/', '/places/aleppo/', '/places/aleppo/page/2/', '/places/aleppo/page/3/', '/places/aleppo/page/3/'],
    );
    assert.deepEqual(
      p.items.filter((i) => i.rel).map((i) => i.rel),
      ['prev', 'next'],
    );
  });

  test('many pages show the first, the last and the nearby pages, with gaps between', () => {
    assert.deepEqual(labels(pager(50, 280, urlOf)), ['Previous', '1', '…', '48', '49', '[50]', '51', '52', '…', '280', 'Next']);
    assert.deepEqual(labels(pager(1, 280, urlOf)), ['[1]', '2', '3', '…', '280', 'Next']);
    assert.deepEqual(labels(pager(280, 280, urlOf)), ['Previous', '1', '…', '278', '279', '[280]']);
    // A gap of a single page shows that page instead.
    assert.deepEqual(labels(pager(4, 20, urlOf)), ['Previous', '1', '2', '3', '[4]', '5', '6', '…', '20', 'Next']);
    assert.equal(pager(4, 20, urlOf)!.items.find((i) => i.label === '…')!.url, null);
  });

  test('following the pagers’ links from page 1 reaches every page, and every link is a real page', () => {
    for (let count = 1; count <= 60; count++) {
      const seen = new Set([1]);
      const todo = [1];
      while (todo.length) {
        const n = todo.pop()!;
        for (const item of pager(n, count, (k) => String(k))?.items ?? []) {
          if (!item.url) continue;
          const k = Number(item.url);
          assert.ok(k >= 1 && k <= count, `page ${k} of ${count} exists`);
          if (!seen.has(k)) {
            seen.add(k);
            todo.push(k);
          }
        }
      }
      assert.equal(seen.size, count, `${count} pages all reachable`);
    }
  });

  test('each page marks exactly itself as the current page', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 500 }), fc.nat(), (count, k) => {
        const number = (k % count) + 1;
        const current = pager(number, count, urlOf)!.items.filter((i) => i.current);
        assert.deepEqual(
          current.map((i) => i.url),
          [urlOf(number)],
        );
      }),
    );
  });
});

describe('an entity’s lists paged together', () => {
  test('it has as many pages as its longest list needs; page k shows chunk k of each list, or nothing of a list that has run out', () => {
    const pages = pagedLists('/p/', { events: [range(120), 50], claims: [range(30), 100] });
    assert.deepEqual(
      pages.map((p) => [p.number, p.count, p.url]),
      [
        [1, 3, '/p/'],
        [2, 3, '/p/page/2/'],
        [3, 3, '/p/page/3/'],
      ],
    );
    assert.deepEqual(
      pages.map((p) => p.events?.from),
      [1, 51, 101],
    );
    assert.deepEqual(
      pages.map((p) => p.claims?.total ?? null),
      [30, null, null],
    );
    assert.equal(pages[0]!.pager!.items.length, 4);
  });

  test('an entity whose lists are all short has one page and no pager', () => {
    const pages = pagedLists('/p/', { events: [[], 50], claims: [range(100), 100] });
    assert.equal(pages.length, 1);
    assert.equal(pages[0]!.pager, null);
    assert.deepEqual(pages[0]!.events, { items: [], from: 0, to: 0, total: 0, paged: false });
  });

  test('every item of every list appears on exactly one page, in order', () => {
    fc.assert(
      fc.property(fc.nat(700), fc.nat(300), fc.integer({ min: 1, max: 120 }), fc.integer({ min: 1, max: 120 }), (a, b, sa, sb) => {
        const pages = pagedLists('/p/', { a: [range(a), sa], b: [range(b), sb] });
        assert.equal(pages.length, Math.max(pageCount(a, sa), pageCount(b, sb)));
        assert.deepEqual(
          pages.flatMap((p) => p.a?.items ?? []),
          range(a),
        );
        assert.deepEqual(
          pages.flatMap((p) => p.b?.items ?? []),
          range(b),
        );
      }),
    );
  });
});
