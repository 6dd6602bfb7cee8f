// Eleventy 3 configuration: templates in layouts/, pages only present the data
// that scripts/build.ts prepares (global data `site`, see src/output/view.ts).
import { HtmlBasePlugin } from '@11ty/eleventy';

/** @param {import('@11ty/eleventy').UserConfig} eleventyConfig */
export default function (eleventyConfig) {
  // --- safety: every value is escaped unless a template says otherwise (none does)
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false });

  // --- links: every absolute URL gets the path prefix, so the site works under a sub-path
  eleventyConfig.addPlugin(HtmlBasePlugin);

  // --- assets
  eleventyConfig.addPassthroughCopy({ 'layouts/assets': 'assets' });

  // --- filters (presentation only)
  eleventyConfig.addFilter('plural', (n, one, many) => `${n} ${n === 1 ? one : many}`);

  return {
    dir: { input: 'layouts', includes: '_includes', data: '_data' },
    templateFormats: ['njk'],
    htmlTemplateEngine: 'njk',
  };
}
