// Runs the search page on pagefind's own API (45 KB), instead of its 120 KB bundled interface:
// results are plain links with excerpts, announced to screen readers through the status line.
// Results follow the typing (after a short pause); Enter searches at once.
const form = document.querySelector('.search-form');
const input = document.getElementById('search-q');
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');
// Everything is found from this file's own address, so the search works wherever the site is
// served: at the root, or under a path such as /minutes/ (then this file is /minutes/assets/search.js).
const siteRoot = new URL('../', import.meta.url);
const pagefind = await import(new URL('pagefind/pagefind.js', siteRoot).href);
// Result URLs are site paths (/groups/x/); pagefind puts the site's own path in front.
await pagefind.options({ baseUrl: siteRoot.pathname });
// A large wiki's index is written in parts (src/site/search-index.ts), listed beside the first:
// each is searched too, and the results ranked together. No list (an older site): one part.
const more = await fetch(new URL('pagefind/sigwiki-parts.json', siteRoot)).then((answer) => (answer.ok ? answer.json() : { parts: [] }), () => ({ parts: [] }));
await Promise.all(more.parts.map((part) => pagefind.mergeIndex(new URL(part, siteRoot).pathname, { baseUrl: siteRoot.pathname })));

// Each run has a number: a slow answer to an earlier query must not replace a later one's.
let latest = 0;

async function run(query) {
  const ticket = ++latest;
  if (!query.trim()) {
    list.replaceChildren();
    status.textContent = 'Type a word, a name or an action id.';
    return;
  }
  status.textContent = 'Searching…';
  const search = await pagefind.search(query);
  const results = await Promise.all(search.results.slice(0, 20).map((result) => result.data()));
  if (ticket !== latest) return;
  list.replaceChildren();
  status.textContent = `${search.results.length} result${search.results.length === 1 ? '' : 's'} for “${query}”`;
  for (const result of results) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = result.url;
    link.textContent = result.meta.title || result.url;
    item.append(link);
    // Whose meeting and when (or "Person", "Group"): set by the page in data-pagefind-meta.
    if (result.meta.context) {
      const context = document.createElement('span');
      context.className = 'search-context';
      context.textContent = result.meta.context;
      item.append(' ', context);
    }
    const excerpt = document.createElement('p');
    // pagefind's excerpt is escaped text with <mark> around the matches.
    excerpt.innerHTML = result.excerpt;
    item.append(excerpt);
    const sections = (result.sub_results || []).filter((sub) => sub.url !== result.url).slice(0, 3);
    if (sections.length > 0) {
      const nested = document.createElement('ul');
      for (const sub of sections) {
        const subItem = document.createElement('li');
        const subLink = document.createElement('a');
        subLink.href = sub.url;
        subLink.textContent = sub.title;
        subItem.append(subLink);
        nested.append(subItem);
      }
      item.append(nested);
    }
    list.append(item);
  }
}

function remember(query) {
  const url = new URL(window.location.href);
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  history.replaceState(null, '', url);
}

let pause;
input.addEventListener('input', () => {
  clearTimeout(pause);
  pause = setTimeout(() => {
    remember(input.value);
    run(input.value);
  }, 200);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(pause);
  remember(input.value);
  run(input.value);
});
const query = new URLSearchParams(window.location.search).get('q') || '';
input.value = query;
status.textContent = '';
if (query) run(query);
