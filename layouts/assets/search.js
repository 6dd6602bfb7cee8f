// Starts the Pagefind UI on /search/; result links get the site's path prefix,
// and a query from the masthead form (?q=) is searched at once.
(() => {
  var element = document.getElementById('search');
  if (!element) return;
  if (typeof window.PagefindUI !== 'function') {
    document.getElementById('search-missing').hidden = false;
    return;
  }
  var ui = new window.PagefindUI({
    element: '#search',
    baseUrl: element.getAttribute('data-base') || '/',
    showSubResults: true,
    showImages: false,
    translations: { placeholder: 'Search articles, places, claimants' },
  });
  // Pagefind's input has only a placeholder; give it a name that screen readers announce.
  var labelInput = () => {
    var input = element.querySelector('input[type="text"], input[type="search"]');
    if (input) input.setAttribute('aria-label', 'Search the site');
    else window.requestAnimationFrame(labelInput);
  };
  labelInput();
  var q = new URLSearchParams(window.location.search).get('q');
  if (q) ui.triggerSearch(q);
})();
