// Starts the Pagefind UI on /search/; result links get the site's path prefix,
// a query from the masthead form (?q=) is searched at once, and the index's other
// shards (pagefind-shards.json) are merged into the primary one.
(() => {
  var element = document.getElementById('search');
  if (!element) return;
  if (typeof window.PagefindUI !== 'function') {
    document.getElementById('search-missing').hidden = false;
    return;
  }
  var base = element.getAttribute('data-base') || '/';
  // The index is in parts (shards), merged here: the build lists the others in pagefind-shards.json.
  var start = (shards) => {
    var ui = new window.PagefindUI({
      element: '#search',
      baseUrl: base,
      mergeIndex: shards.map((folder) => ({ bundlePath: `${base}${folder}/`, baseUrl: base })),
      showSubResults: true,
      showImages: false,
      translations: { placeholder: 'Search articles, places, claimants' },
    });
    labelInput();
    var q = new URLSearchParams(window.location.search).get('q');
    if (q) ui.triggerSearch(q);
  };
  // Pagefind's input has only a placeholder; give it a name that screen readers announce.
  var labelInput = () => {
    var input = element.querySelector('input[type="text"], input[type="search"]');
    if (input) input.setAttribute('aria-label', 'Search the site');
    else window.requestAnimationFrame(labelInput);
  };
  fetch(`${base}pagefind-shards.json`)
    .then((r) => (r.ok ? r.json() : []))
    .catch(() => [])
    .then((shards) => start(Array.isArray(shards) ? shards.filter((f) => typeof f === 'string' && /^pagefind-[a-z]\d+$/.test(f)) : []));
})();
