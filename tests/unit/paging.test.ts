import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { groupDigits, pagedByPeriod, pager, rangeLabel, type Pager } from '../../src/output/paging.ts';
import { periodOf } from '../../src/output/periods.ts';
import { ViewKeeper } from '../../src/output/view/keep.ts';

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);
const urlOf = (n: number): string => (n === 1 ? '/places/aleppo/' : `/places/aleppo/p${n}/`);

describe('the line saying what a paged list shows', () => {
  test('a period that fits says how many items it holds', () => {
    assert.equal(rangeLabel({ from: 1, to: 170, total: 170, period: periodOf('2016-03', 1) }, 'Figures'), 'Figures in March 2016: 170');
    assert.equal(rangeLabel({ from: 1, to: 1, total: 1, period: periodOf('2016', 1) }, 'Events'), 'Events in 2016: 1');
    assert.equal(rangeLabel({ from: 1, to: 1204, total: 1204, period: periodOf('2017-01', 1) }, 'Articles'), 'Articles in January 2017: 1,204');
  });

  test('a part of a period says which of the period’s items it shows', () => {
    assert.equal(rangeLabel({ from: 101, to: 170, total: 170, period: periodOf('2016-03', 2) }, 'Figures'), 'Figures in March 2016, 101–170 of 170');
    assert.equal(rangeLabel({ from: 1, to: 100, total: 170, period: periodOf('2016-03', 1) }, 'Figures'), 'Figures in March 2016, 1–100 of 170');
  });

  test('the undated items are named so, not "in undated"', () => {
    assert.equal(rangeLabel({ from: 1, to: 12, total: 12, period: periodOf('undated', 1) }, 'Figures'), 'Undated figures: 12');
    assert.equal(rangeLabel({ from: 101, to: 101, total: 101, period: periodOf('undated', 2) }, 'Events'), 'Undated events, 101 of 101');
  });

  test('a list with no period says which items it shows, thousands grouped', () => {
    assert.equal(rangeLabel({ from: 101, to: 200, total: 4031, period: null }, 'Figures'), 'Figures 101–200 of 4,031');
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
      ['/places/aleppo/', '/places/aleppo/', '/places/aleppo/p2/', '/places/aleppo/p3/', '/places/aleppo/p3/'],
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

describe('an entity’s lists paged by period', () => {
  /** Items named by their day: '2016-03-11' is an item of that day, 'x…' an undated one. */
  const list = (days: readonly string[], size: number) => ({ items: days, size, dayOf: (d: string) => (d.startsWith('x') ? null : d) });
  const days = (month: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${month}-${String((i % 28) + 1).padStart(2, '0')}`);

  test('an entity whose lists all fit keeps one page at its own address, every list whole, with no pager or period', () => {
    const pages = pagedByPeriod('/p/', { events: list(days('2016-03', 50), 50), claims: list([], 100) });
    assert.equal(pages.length, 1);
    assert.deepEqual(
      { ...pages[0]!, events: pages[0]!.events?.items.length },
      {
        url: '/p/',
        first: true,
        period: null,
        canonical: null,
        periodPage: null,
        pager: null,
        events: 50,
        claims: { items: [], from: 0, to: 0, total: 0, paged: false, period: null },
      },
    );
  });

  test('one list too long pages the entity by year; its own page shows the first year, whose own page names it as canonical', () => {
    const pages = pagedByPeriod('/p/', { events: list([...days('2015-06', 3), ...days('2016-03', 48)], 50), claims: list(['2017-01-02'], 100) });
    assert.deepEqual(
      pages.map((p) => [p.url, p.first, p.period?.name, p.canonical, p.periodPage]),
      [
        ['/p/', true, '2015', null, '/p/2015/'],
        ['/p/2015/', false, '2015', '/p/', null],
        ['/p/2016/', false, '2016', null, null],
        ['/p/2017/', false, '2017', null, null],
      ],
    );
    assert.deepEqual(
      pages.map((p) => [p.events?.total ?? null, p.claims?.total ?? null]),
      [
        [3, null],
        [3, null],
        [48, null],
        [null, 1],
      ],
      'a list with nothing in a period shows nothing there',
    );
    assert.ok(pages.every((p) => Object.values(p).every((v) => !(v && typeof v === 'object' && 'paged' in v) || v.paged)));
  });

  test('a year too long for a page goes by month, the years that fit stay whole', () => {
    const pages = pagedByPeriod('/p/', { events: list([...days('2015-02', 2), ...days('2016-03', 30), ...days('2016-04', 30)], 50) });
    assert.deepEqual(
      pages.slice(1).map((p) => [p.url, p.period?.label, p.events?.total]),
      [
        ['/p/2015/', '2015', 2],
        ['/p/2016-03/', 'Mar 2016', 30],
        ['/p/2016-04/', 'Apr 2016', 30],
      ],
    );
  });

  test('a month too long for a page goes in parts of the page size, every list cut at the same part', () => {
    const pages = pagedByPeriod('/p/', { events: list(days('2016-03', 120), 50), claims: list(days('2016-03', 30), 100) });
    assert.deepEqual(
      pages.slice(1).map((p) => [p.url, p.period?.name, p.period?.label, p.events && [p.events.from, p.events.to, p.events.total], p.claims?.total ?? null]),
      [
        ['/p/2016-03/', 'March 2016', 'Mar 2016', [1, 50, 120], 30],
        ['/p/2016-03/2/', 'March 2016, part 2', 'Mar 2016 (2)', [51, 100, 120], null],
        ['/p/2016-03/3/', 'March 2016, part 3', 'Mar 2016 (3)', [101, 120, 120], null],
      ],
    );
  });

  test('undated items come last, in parts when many', () => {
    const pages = pagedByPeriod('/p/', { claims: list(['2016-01-01', 'x1', ...range(100).map((n) => `x${n}`), '2014-05-01'], 100) });
    assert.deepEqual(
      pages.slice(1).map((p) => [p.url, p.period?.name, p.claims?.items.length]),
      [
        ['/p/2014/', '2014', 1],
        ['/p/2016/', '2016', 1],
        ['/p/undated/', 'Undated', 100],
        ['/p/undated/2/', 'Undated, part 2', 1],
      ],
    );
  });

  test('within a period the items keep their order in the list, and every item is on exactly one period’s page', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom('x'),
            fc.integer({ min: 0, max: 40 }).map((n) => `201${n % 4}-0${(n % 3) + 1}-1${n % 10}`),
          ),
          { maxLength: 400 },
        ),
        fc.integer({ min: 1, max: 60 }),
        (items, size) => {
          const tagged = items.map((d, i) => (d === 'x' ? `x${i}` : `${d}#${i}`));
          const pages = pagedByPeriod('/p/', { a: { items: tagged, size, dayOf: (d) => (d.startsWith('x') ? null : d.slice(0, 10)) } });
          const periods = pages.length === 1 ? pages : pages.slice(1);
          const shown = periods.flatMap((p) => p.a?.items ?? []);
          assert.deepEqual([...shown].sort(), [...tagged].sort());
          for (const p of periods) {
            const at = (p.a?.items ?? []).map((x) => tagged.indexOf(x));
            assert.deepEqual(
              at,
              [...at].sort((x, y) => x - y),
            );
            assert.ok((p.a?.items.length ?? 0) <= size);
          }
          assert.equal(new Set(pages.map((p) => p.url)).size, pages.length, 'every page at an address of its own');
        },
      ),
    );
  });

  test('an item added in the middle changes only the pages of its own period (and the entity’s own page when it is the first)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 47 }), { minLength: 60, maxLength: 300 }),
        fc.integer({ min: 0, max: 47 }),
        fc.nat(),
        (months, added, at) => {
          const day = (m: number): string => `${2014 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-15`;
          const before = months.map((m, i) => `${day(m)}#${i}`);
          const after = [...before];
          after.splice(at % (before.length + 1), 0, `${day(added)}#new`);
          const paged = (items: string[]) => pagedByPeriod('/p/', { a: { items, size: 10, dayOf: (d) => d.slice(0, 10) } });
          const was = new Map(paged(before).map((p) => [p.url, JSON.stringify(p)]));
          const now = paged(after);
          if (now.length !== was.size) return; // a new period: the pager changes
          const changed = now.filter((p) => was.get(p.url) !== JSON.stringify(p));
          const key = (p: (typeof now)[number]): string => p.period!.key;
          const own = now.filter((p) => p.a?.items.includes(`${day(added)}#new`));
          assert.ok(
            changed.every((p) => p.first || own.some((o) => key(o) === key(p))),
            changed.map((p) => p.url).join(' '),
          );
        },
      ),
    );
  });

  test('a figure added to March 2016 of a long year changes March 2016’s page only', () => {
    const before = [...days('2015-06', 3), ...days('2016-02', 40), ...days('2016-03', 40), ...days('2016-04', 40)];
    const after = [...before.slice(0, 60), '2016-03-30', ...before.slice(60)];
    const pages = (items: string[]) => pagedByPeriod('/p/', { claims: list(items, 100), events: list([], 50) });
    const was = new Map(pages(before).map((p) => [p.url, JSON.stringify(p)]));
    const now = pages(after);
    assert.deepEqual(
      now.map((p) => p.url),
      [...was.keys()],
    );
    assert.deepEqual(
      now.filter((p) => was.get(p.url) !== JSON.stringify(p)).map((p) => p.url),
      ['/p/2016-03/'],
    );
  });

  test('with a keeper, a period whose items did not change keeps its chunk, and the period given the new item gets a new one', () => {
    const before = [...days('2015-06', 3), ...days('2016-02', 40), ...days('2016-03', 40), ...days('2016-04', 40)];
    const after = [...before.slice(0, 60), '2016-03-30', ...before.slice(60)];
    const keeper = new ViewKeeper();
    const pages = (items: string[]) => {
      keeper.begin();
      return pagedByPeriod('/p/', { claims: list(items, 100), events: list([], 50) }, { chunks: { keep: keeper, kind: 'place', id: 'p' } });
    };
    const was = new Map(pages(before).map((p) => [p.url, p.claims]));
    const now = pages(after);
    assert.deepEqual(
      now.filter((p) => p.claims !== was.get(p.url)).map((p) => p.url),
      ['/p/2016-03/'],
    );
    assert.deepEqual(
      now.map((p) => JSON.stringify(p)),
      pagedByPeriod('/p/', { claims: list(after, 100), events: list([], 50) }).map((p) => JSON.stringify(p)),
      'the same pages as made without a keeper',
    );
  });

  test('the pager lists the periods by label, marks the page’s own, and leads to the entity’s own page for the first', () => {
    const pages = pagedByPeriod('/p/', { events: list([...days('2015-06', 3), ...days('2016-03', 48), 'x'], 50) });
    const labels = (p: (typeof pages)[number]): string[] => p.pager!.items.map((i) => (i.current ? `[${i.label}]` : i.label));
    assert.deepEqual(labels(pages[0]!), ['[2015]', '2016', 'Undated', 'Next']);
    assert.deepEqual(labels(pages[1]!), ['[2015]', '2016', 'Undated', 'Next']);
    assert.deepEqual(labels(pages[2]!), ['Previous', '2015', '[2016]', 'Undated', 'Next']);
    assert.deepEqual(
      pages[2]!.pager!.items.map((i) => i.url),
      ['/p/', '/p/', '/p/2016/', '/p/undated/', '/p/undated/'],
    );
  });

  test('a long pager of periods shows the first, the last and the nearby ones', () => {
    const months = Array.from({ length: 30 }, (_, m) => `${2014 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`);
    const pages = pagedByPeriod('/p/', {
      events: list(
        months.flatMap((m) => days(m, 20)),
        50,
      ),
    });
    const page = pages.find((p) => p.url === '/p/2015-03/')!;
    assert.deepEqual(
      page.pager!.items.map((i) => (i.current ? `[${i.label}]` : i.label)),
      ['Previous', 'Jan 2014', '…', 'Jan 2015', 'Feb 2015', '[Mar 2015]', 'Apr 2015', 'May 2015', '…', 'Jun 2016', 'Next'],
    );
  });
});
