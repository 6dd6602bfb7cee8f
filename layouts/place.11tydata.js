// Permalink and title as functions: Eleventy would otherwise compile a template string for every page.
export default {
  permalink: (data) => `places/${data.pl.id}/index.html`,
  eleventyComputed: { title: (data) => data.pl.name },
};
