/**
 * A page is carried over from the previous build when its fingerprint is unchanged, and
 * its fingerprint covers only the parts of the view its template is listed as reading
 * (src/render/template-reads.ts). A template that reads more than listed would leave
 * stale pages: every template is rendered here with a view that records what is read.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';
import { buildView, type SiteView } from '../../src/output/view/index.ts';
import { ITEM_READS, SHELL_KEYS, TEMPLATE_READS } from '../../src/render/template-reads.ts';
import { fixtureTimeline } from '../browser/fixture-timeline.ts';
import { ROOT } from '../helpers/build-site.ts';
import { bigTimeline } from '../integration/big-timeline.ts';

interface TemplateModule {
  readonly data?: { readonly pagination?: { readonly data: string; readonly size: number; readonly alias: string } };
  render(data: object): string;
}

const LAYOUTS = join(ROOT, 'layouts');
const PROBLEM = {
  file: 'content/articles/a.txt',
  severity: 'warning',
  code: 'no-date',
  message: 'no publication date found',
} as unknown as SiteView['diagnostics'][number];
const load = async (name: string): Promise<TemplateModule> => (await import(pathToFileURL(join(LAYOUTS, name)).href)) as TemplateModule;

/** The view, with every top-level key read from it recorded. */
function recording(view: SiteView, read: Set<string>): SiteView {
  return new Proxy(view, {
    get(target, key, receiver) {
      if (typeof key === 'string') read.add(key);
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

/** Renders every page of a template and returns the keys of the view it read, besides its own list. */
async function keysRead(name: string, view: SiteView): Promise<string[]> {
  const module = await load(name);
  const read = new Set<string>();
  const site = recording(view, read);
  const pagination = module.data?.pagination;
  const list = pagination ? (view[pagination.data.replace(/^site\./, '') as keyof SiteView] as readonly unknown[]) : [null];
  const size = pagination?.size ?? 1;
  for (let i = 0; i < list.length; i += size) {
    const item = size === 1 ? list[i] : list.slice(i, i + size);
    module.render({ site, pathPrefix: '/', page: { url: '/x/' }, ...(pagination ? { [pagination.alias]: item } : {}) });
  }
  const own = pagination?.data.replace(/^site\./, '');
  return [...read].filter((k) => k !== own).sort();
}

describe('what each page template reads of the view', () => {
  const view = buildView(fixtureTimeline(), { title: 'About the desk', html: '<p>Notes.</p>', file: 'about.md' } as never);
  const templates = readdirSync(LAYOUTS)
    .filter((f) => f.endsWith('.11ty.ts'))
    .sort();

  test('every template reads only the keys listed for it and the shell', async () => {
    for (const name of templates) {
      const listed = TEMPLATE_READS[name];
      if (!listed) continue;
      const extra = (await keysRead(name, view)).filter((k) => !listed.includes(k as keyof SiteView) && !SHELL_KEYS.includes(k as keyof SiteView));
      assert.deepEqual(extra, [], `${name} reads ${extra.join(', ')}: list it in src/render/template-reads.ts`);
    }
  });

  test('the listing names only templates that exist', () => {
    assert.deepEqual(
      Object.keys(TEMPLATE_READS).filter((t) => !templates.includes(t)),
      [],
    );
    assert.deepEqual(
      Object.keys(ITEM_READS).filter((t) => !templates.includes(t)),
      [],
    );
  });

  test('every page of a place, an outlet or a claimant renders the same from the part of its item listed as read', async () => {
    const big = buildView(bigTimeline());
    for (const [name, part] of Object.entries(ITEM_READS)) {
      const module = await load(name);
      const pagination = module.data?.pagination;
      assert.ok(pagination, `${name} is paginated`);
      const list = big[pagination.data.replace(/^site\./, '') as keyof SiteView] as readonly { first: boolean; url: string }[];
      assert.ok(
        list.some((pg) => !pg.first),
        `${name} has pages after the first`,
      );
      for (const item of list) {
        const page = (pg: unknown): string => module.render({ site: big, pathPrefix: '/', page: { url: '/x/' }, [pagination.alias]: pg });
        assert.equal(page((part as (item: unknown) => unknown)(item)), page(item), `${name}, page ${item.url}`);
      }
    }
  });

  test('the page shell shows the same whatever the number of problems and the About page title', async () => {
    const { render } = await load('404.11ty.ts');
    const page = (v: SiteView): string => render({ site: v, pathPrefix: '/', page: { url: '/404.html' } });
    const one = { ...view, diagnostics: [PROBLEM] };
    assert.equal(page({ ...view, diagnostics: [...one.diagnostics, ...one.diagnostics] }), page(one));
    assert.equal(page({ ...one, about: { ...view.about!, title: 'Another title' } }), page(one));
  });

  test('the page shell changes when the report page comes or goes', async () => {
    const { render } = await load('404.11ty.ts');
    const page = (v: SiteView): string => render({ site: v, pathPrefix: '/', page: { url: '/404.html' } });
    assert.notEqual(page({ ...view, diagnostics: [] }), page({ ...view, diagnostics: [PROBLEM] }));
  });
});
