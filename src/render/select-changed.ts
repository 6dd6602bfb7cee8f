/**
 * Which pages a rebuild renders and which it carries over from the previous build:
 * a page is carried when its fingerprint is the one recorded for the previous build
 * and that build's file is there. A template paginated one item a page renders only
 * its changed items (its list cut down to them), unless another template that renders
 * reads the same list: that one must see the whole list, so all pages of the list render.
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
}

/**
 * Picks the pages to render; `previous` maps each page of the previous build to its fingerprint.
 * @example selectChanged(plan, null, () => false).carried // [] (a cold build renders every page)
 */
export function selectChanged(plan: PagePlan, previous: ReadonlyMap<string, string> | null, exists: (path: string) => boolean): Selection {
  const changed = new Map<string, number[]>();
  const pagesOf = new Map<string, number>();
  for (const p of plan.pages) {
    pagesOf.set(p.template, (pagesOf.get(p.template) ?? 0) + 1);
    const same = previous !== null && previous.get(p.path) === p.fingerprint && exists(p.path);
    if (same) continue;
    const items = changed.get(p.template);
    if (items) items.push(p.item ?? -1);
    else changed.set(p.template, [p.item ?? -1]);
  }
  const rendering = [...changed.keys()];
  const render = new Map<string, readonly number[] | null>();
  for (const [template, items] of changed) {
    const list = plan.lists.get(template);
    const sharedList =
      list === undefined || rendering.some((other) => other !== template && (plan.lists.get(other) === list || (plan.reads.get(other) ?? []).includes(list)));
    render.set(template, sharedList || items.length === pagesOf.get(template) ? null : items);
  }
  const cut = new Map([...render].map(([t, items]) => [t, items === null ? null : new Set(items)]));
  const carried = plan.pages.filter((p) => {
    const items = cut.get(p.template);
    return items === undefined || (items !== null && !items.has(p.item ?? -1));
  });
  const rendered = plan.pages.length - carried.length;
  const renderedBy = new Map<string, number>();
  for (const [template, items] of render) renderedBy.set(template, items === null ? (pagesOf.get(template) ?? 0) : items.length);
  return { carried: carried.map((p) => p.path), render, rendered, renderedBy };
}

/** The view an Eleventy run renders from: each cut-down list holds only its items to render. */
export function cutDown(view: SiteView, plan: PagePlan, selection: Selection): SiteView {
  const part: Record<string, unknown> = { ...view };
  for (const [template, items] of selection.render) {
    const key = plan.lists.get(template);
    if (items === null || key === undefined) continue;
    const list = view[key] as readonly unknown[];
    part[key] = items.map((i) => list[i]);
  }
  return part as unknown as SiteView;
}
