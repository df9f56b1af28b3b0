// Starts Pagefind's UI on /search/. An external module, so a strict Content-Security-Policy
// (no inline script) allows it; pagefind-ui.js (deferred, earlier in the page) has run by now.
const element = document.querySelector('[data-search]');
if (element && typeof window.PagefindUI === 'function') {
  const ui = new window.PagefindUI({
    element,
    bundlePath: element.dataset.bundle,
    showSubResults: true,
    showImages: false,
    resetStyles: false,
  });
  // /search/?q=... opens with results, so the page can be a browser search engine.
  const query = new URLSearchParams(window.location.search).get('q');
  if (query) ui.triggerSearch(query);
}
