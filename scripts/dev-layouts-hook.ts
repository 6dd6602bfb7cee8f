/**
 * A module resolve hook for `npm run dev` (registered by scripts/dev.ts): the page
 * templates in layouts/ are TypeScript modules, and Node keeps every module it has
 * imported. Eleventy imports each page template afresh on every build, but not the
 * parts they import (layouts/_includes/*.ts), so an edit there would not show until
 * a restart. This hook gives every module under layouts/ a version in its URL: the
 * time of the latest edit under layouts/, so after an edit every template and every
 * part is imported again, and otherwise they come from Node's cache.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { InitializeHook, ResolveHook } from 'node:module';
import { fileURLToPath } from 'node:url';

/** file: URL of the layouts folder, ending in '/'. */
let layoutsUrl = '';

export const initialize: InitializeHook<{ layoutsUrl: string }> = (data) => {
  layoutsUrl = data.layoutsUrl;
};

/** Time of the latest edit of a module under layouts/. */
function version(): string {
  const dir = fileURLToPath(layoutsUrl);
  let latest = 0;
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (file.endsWith('.ts')) latest = Math.max(latest, statSync(join(dir, file)).mtimeMs);
  }
  return String(latest);
}

export const resolve: ResolveHook = async (specifier, context, nextResolve) => {
  const resolved = await nextResolve(specifier, context);
  if (!layoutsUrl || !resolved.url.startsWith(layoutsUrl) || !/\.ts(?:\?|$)/.test(resolved.url)) return resolved;
  const url = new URL(resolved.url);
  url.searchParams.set('layouts', version());
  return { ...resolved, url: url.href };
};
