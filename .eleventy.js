// Eleventy 3 configuration: templates in layouts/, pages only present the data
// that scripts/build.ts prepares (global data `site`, see src/output/view/).
// The templates are TypeScript (layouts/*.11ty.ts, JavaScript templates that Eleventy
// imports through tsx: every build runs under tsx). They escape every value through
// the `html` tag of src/output/html.ts; nothing is put on a page unescaped.
import { HtmlBasePlugin } from '@11ty/eleventy';

/** @param {import('@11ty/eleventy').UserConfig} eleventyConfig */
export default function (eleventyConfig) {
  // --- templates: TypeScript modules exporting `data` and `render(data)`
  eleventyConfig.addExtension(['11ty.ts'], { key: '11ty.js' });

  // --- links: every absolute URL gets the path prefix, so the site works under a sub-path
  eleventyConfig.addPlugin(HtmlBasePlugin);

  // --- assets
  eleventyConfig.addPassthroughCopy({ 'layouts/assets': 'assets' });

  return {
    dir: { input: 'layouts', includes: '_includes', data: '_data' },
    templateFormats: ['11ty.ts'],
  };
}
