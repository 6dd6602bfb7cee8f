// Permalink and title as functions: Eleventy would otherwise compile a template string for every page.
export default {
  permalink: (data) => `claimants/${data.cl.id}/index.html`,
  eleventyComputed: { title: (data) => data.cl.name },
};
