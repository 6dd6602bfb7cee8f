/**
 * Which pages a rebuild renders and which it carries over from the previous build:
 * a page is carried when its fingerprint is the one recorded for the previous build
 * and that build's file is there. A template paginated one item a page renders only
 * its changed items (its list cut down to them). When another template that renders
 * reads the same list, that one must see the whole list:
 * the paginated template then renders in an Eleventy run of its own, with its list cut
 * down, rather than every page of the list again (at 10,000 articles a year page lists
 * thousands of events). The view avoids this where it can: the year pages are made from
 * a list of their own (yearPages), not from the years the home page lists, so they render in
 * the same run. Two templates paginated over the same list render all of it.
 */
import type { SiteView } from '../output/view/types.ts';
import type { PagePlan } from './page-plan.ts';

export interface Selection {
  /** Pages carried over unchanged, as paths under the output folder. */
  readonly carried: readonly string[];
  /** Templates to render: with the places of the items to render in their list, or null for every page. */
  readonly render: ReadonlyMap<string, readonly number[] | null>;
  /** Pages to be rendered. */
  readonly rendered: number;
  /** Pages to be rendered, by template (in template order). */
  readonly renderedBy: ReadonlyMap<string, number>;
  /** Templates to render in a run of their own, their list cut down: another template rendering reads the whole list. */
  readonly alone: ReadonlySet<string>;
}

/**
 * Picks the pages to render; `previous` maps each page of the previous build to its fingerprint, and
 * `exists` says whether a page of the same fingerprint can be had without rendering it (its file is there).
 * @example selectChanged(plan, null, () => false).carried // [] (a cold build renders every page)
 */
export function selectChanged(plan: PagePlan, previous: ReadonlyMap<string, string> | null, exists: (path: string, fingerprint: string) => boolean): Selection {
  const changed = new Map<string, number[]>();
  const pagesOf = new Map<string, number>();
  for (const p of plan.pages) {
    pagesOf.set(p.template, (pagesOf.get(p.template) ?? 0) + 1);
    const same = previous !== null && previous.get(p.path) === p.fingerprint && exists(p.path, p.fingerprint);
    if (same) continue;
    const items = changed.get(p.template);
    if (items) items.push(p.item ?? -1);
    else changed.set(p.template, [p.item ?? -1]);
  }
  const rendering = [...changed.keys()];
  const render = new Map<string, readonly number[] | null>();
  const alone = new Set<string>();
  for (const [template, items] of changed) {
    const list = plan.lists.get(template);
    const others = rendering.filter((other) => other !== template);
    if (list === undefined || items.length === pagesOf.get(template) || others.some((other) => plan.lists.get(other) === list)) {
      render.set(template, null);
      continue;
    }
    render.set(template, items);
    if (others.some((other) => (plan.reads.get(other) ?? []).includes(list))) alone.add(template);
  }
  const cut = new Map([...render].map(([t, items]) => [t, items === null ? null : new Set(items)]));
  const carried = plan.pages.filter((p) => {
    const items = cut.get(p.template);
    return items === undefined || (items !== null && !items.has(p.item ?? -1));
  });
  const rendered = plan.pages.length - carried.length;
  const renderedBy = new Map<string, number>();
  for (const [template, items] of render) renderedBy.set(template, items === null ? (pagesOf.get(template) ?? 0) : items.length);
  return { carried: carried.map((p) => p.path), render, rendered, renderedBy, alone };
}

/**
 * The view an Eleventy run renders from: each cut-down list holds only its items to render.
 * `only` names the templates whose lists are cut (default: all but those rendered alone).
 * @example cutDown(view, plan, selection).articles // the articles whose pages are to be rendered
 */
export function cutDown(view: SiteView, plan: PagePlan, selection: Selection, only?: ReadonlySet<string>): SiteView {
  const part: Record<string, unknown> = { ...view };
  for (const [template, items] of selection.render) {
    const key = plan.lists.get(template);
    if (items === null || key === undefined) continue;
    if (only ? !only.has(template) : selection.alone.has(template)) continue;
    const list = view[key] as readonly unknown[];
    part[key] = items.map((i) => list[i]);
  }
  return part as unknown as SiteView;
}
