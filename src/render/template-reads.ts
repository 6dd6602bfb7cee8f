/**
 * What each page template reads of the site-wide view, besides the item it is a page of:
 * a page's fingerprint covers exactly these, so a page is rendered again when they change
 * and carried over when they do not. tests/unit/template-reads.test.ts renders every
 * template with a view that records what is read, and fails when a template reads more
 * than is listed here. A template not listed is taken to read the whole view.
 */
import type { ClaimantPage, Link, PlacePage, SiteView, SourcePage } from '../output/view/types.ts';

/** The page shell (layouts/_includes/base.ts) reads only whether there is an About page and whether there are problems. */
export function shellInputs(view: SiteView): { readonly about: boolean; readonly problems: boolean } {
  return { about: view.about !== null, problems: view.diagnostics.length > 0 };
}

/** The keys of the view the shell's inputs come from (allowed to every template; see shellInputs). */
export const SHELL_KEYS: readonly (keyof SiteView)[] = ['about', 'diagnostics'];

/** Per template file: the keys of the view it reads, not counting the list it is paginated over. */
export const TEMPLATE_READS: Readonly<Record<string, readonly (keyof SiteView)[]>> = {
  '404.11ty.ts': [],
  'about.11ty.ts': ['about'],
  'article.11ty.ts': [],
  'articles.11ty.ts': [],
  'claimant.11ty.ts': [],
  'claimants.11ty.ts': ['claimants'],
  'data.11ty.ts': [],
  'event.11ty.ts': [],
  'index.11ty.ts': ['counts', 'chart', 'years', 'months', 'map', 'mapBase', 'places', 'sources', 'claimants'],
  'place.11ty.ts': ['mapBase'],
  'places.11ty.ts': ['places'],
  'report.11ty.ts': [],
  'search.11ty.ts': [],
  'source.11ty.ts': [],
  'sources.11ty.ts': ['sources'],
  'year.11ty.ts': [],
};

/** A place's, an outlet's or a claimant's name and link: all that the pages after its first show of it. */
const named = ({ id, name, url }: Link): Link => ({ id, name, url });

/**
 * Per template paginated over pages of a place, an outlet or a claimant: the part of a page's
 * item the page reads. Its first page shows all of the place (its map, which changes with any
 * place's count of events, its charts, its totals); the pages after show its name and link
 * and their own part of its lists, so their fingerprints cover only that, and an added article
 * renders again the later pages of the places it is about, not those of every place.
 * tests/unit/template-reads.test.ts renders every page from this part alone.
 */
export const ITEM_READS: Readonly<Record<string, (item: never) => unknown>> = {
  'place.11ty.ts': (pg: PlacePage) => (pg.first ? pg : { ...pg, place: named(pg.place) }),
  'source.11ty.ts': (pg: SourcePage) => (pg.first ? pg : { ...pg, source: named(pg.source) }),
  'claimant.11ty.ts': (pg: ClaimantPage) => (pg.first ? pg : { ...pg, claimant: named(pg.claimant) }),
};
