// Permalink and title as functions: Eleventy would otherwise compile a template string for every page.
export default {
  permalink: (data) => `articles/${data.art.id}/index.html`,
  eleventyComputed: { title: (data) => data.art.title },
};
