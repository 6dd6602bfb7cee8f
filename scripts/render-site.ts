import Eleventy from '@11ty/eleventy';
import type { SiteView } from '../src/output/view.ts';

export interface RenderOptions {
  readonly view: SiteView;
  readonly out: string;
  readonly pathPrefix: string;
}

/**
 * Runs Eleventy over layouts/ with the prepared view as global data; returns the pages written.
 * @example await renderSite({ view, out: '_site', pathPrefix: '/' }) // 42
 */
export async function renderSite({ view, out, pathPrefix }: RenderOptions): Promise<number> {
  const elev = new Eleventy('layouts', out, {
    configPath: '.eleventy.js',
    pathPrefix,
    quietMode: true,
    config(config) {
      config.addGlobalData('site', view);
    },
  });
  const result = (await elev.write()) as unknown as [unknown, { outputPath?: string }[]] | { outputPath?: string }[];
  const written = Array.isArray(result) && Array.isArray(result[1]) ? result[1] : (result as { outputPath?: string }[]);
  return written.filter((p) => typeof p?.outputPath === 'string' && p.outputPath.endsWith('.html')).length;
}
