// Permalink and title as functions: Eleventy would otherwise compile a template string for every page.
export default {
  permalink: (data) => `sources/${data.src.id}/index.html`,
  eleventyComputed: { title: (data) => data.src.name },
};
