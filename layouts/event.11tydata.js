// Permalink and title as functions: Eleventy would otherwise compile a template string for every page.
export default {
  permalink: (data) => `events/${data.ev.id}/index.html`,
  eleventyComputed: { title: (data) => data.ev.title },
};
