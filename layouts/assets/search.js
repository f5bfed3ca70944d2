// Starts pagefind's search UI on the search page, with the query from ?q= if there is one.
(function () {
  var fallback = document.getElementById('search-fallback');
  if (fallback) fallback.hidden = true;
  var ui = new PagefindUI({ element: '#search', showSubResults: true, showImages: false, resetStyles: false });
  var query = new URLSearchParams(window.location.search).get('q');
  if (query) ui.triggerSearch(query);
})();
