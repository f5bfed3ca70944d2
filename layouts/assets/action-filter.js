// Narrows the open-actions list by group, owner and overdue; the choice is kept in the address
// (?group=centos-virt&owner=lars-kurth&overdue=1) so a view can be shared. The list comes in
// pages of 100: while a filter is on, the other pages are fetched once and their actions join
// this one's, so the filter covers every open action. Without JavaScript the page offers links
// to each group's and person's own list instead.
(function () {
  var form = document.querySelector('.filter-form');
  if (!form) return;
  var list = document.querySelector('.action-list');
  var status = form.querySelector('.filter-status');
  var pager = document.querySelector('.prev-next');
  var pageNumber = Number(list.getAttribute('data-page') || 1);
  var pageCount = Number(list.getAttribute('data-pages') || 1);
  var total = Number(list.getAttribute('data-total') || 0);
  var own = [].slice.call(list.querySelectorAll(':scope > li[data-group]'));
  // Every page's items, by page number; this page's are there from the start.
  var pages = {};
  pages[pageNumber] = own;
  var loading = null;
  // The menus' choices, from the links shown without JavaScript (…/lars-kurth/#open-actions,
  // "7" or "15, 2 overdue"): "Name (count)".
  ['group', 'owner'].forEach(function (name) {
    [].forEach.call(document.querySelectorAll('[data-filter="' + name + '"] > li'), function (item) {
      var link = item.querySelector('a');
      var option = document.createElement('option');
      option.value = link.getAttribute('href').replace(/\/#open-actions$/, '').split('/').pop();
      option.textContent = link.textContent + ' (' + parseInt(item.querySelector('.meta').textContent, 10) + ')';
      form.elements[name].appendChild(option);
    });
  });
  var params = new URLSearchParams(window.location.search);
  var select = function (name) {
    var field = form.elements[name];
    var wanted = params.get(name) || '';
    // Only a value the list offers: an unknown one shows everything.
    if ([].some.call(field.options, function (option) { return option.value === wanted; })) field.value = wanted;
  };
  select('group');
  select('owner');
  form.elements.overdue.checked = params.get('overdue') === '1';

  // Page n's address: /actions/ is page 1, /actions/2/ page 2; works under any base path.
  var base = window.location.pathname.replace(/index\.html$/, '').replace(pageNumber > 1 ? new RegExp(pageNumber + '/$') : /$/, '');
  var pageUrl = function (n) {
    return n === 1 ? base : base + n + '/';
  };
  var loadAll = function () {
    if (loading) return loading;
    var wanted = [];
    for (var n = 1; n <= pageCount; n += 1) if (!pages[n]) wanted.push(n);
    loading = Promise.all(
      wanted.map(function (n) {
        return fetch(pageUrl(n))
          .then(function (response) {
            if (!response.ok) throw new Error(response.status);
            return response.text();
          })
          .then(function (html) {
            var doc = new DOMParser().parseFromString(html, 'text/html');
            pages[n] = [].map.call(doc.querySelectorAll('.action-list > li[data-group]'), function (item) {
              return document.importNode(item, true);
            });
          });
      }),
    ).then(
      function () {
        return true;
      },
      function () {
        loading = null;
        return false;
      },
    );
    return loading;
  };
  // Puts the items of `numbers` (in page order, so overdue ones stay first) into the list.
  var show = function (numbers) {
    var fragment = document.createDocumentFragment();
    numbers.forEach(function (n) {
      (pages[n] || []).forEach(function (item) {
        fragment.appendChild(item);
      });
    });
    list.textContent = '';
    list.appendChild(fragment);
  };

  var run = 0;
  var apply = function (remember) {
    var group = form.elements.group.value;
    var owner = form.elements.owner.value;
    var overdue = form.elements.overdue.checked;
    var filtering = !!(group || owner || overdue);
    var mine = (run += 1);
    if (remember) {
      var url = new URL(window.location.href);
      ['group', 'owner'].forEach(function (name) {
        if (form.elements[name].value) url.searchParams.set(name, form.elements[name].value);
        else url.searchParams.delete(name);
      });
      if (overdue) url.searchParams.set('overdue', '1');
      else url.searchParams.delete('overdue');
      history.replaceState(null, '', url);
    }
    var narrow = function (complete) {
      if (mine !== run) return; // a later choice has taken over
      var numbers = [];
      for (var n = 1; n <= pageCount; n += 1) if (filtering && complete ? true : n === pageNumber) numbers.push(n);
      show(numbers);
      var shown = 0;
      [].forEach.call(list.children, function (item) {
        var match =
          (!group || item.getAttribute('data-group') === group) &&
          (!owner || item.getAttribute('data-owners').split(' ').indexOf(owner) !== -1) &&
          (!overdue || item.classList.contains('action-item--overdue'));
        item.hidden = !match;
        if (match) shown += 1;
      });
      // While narrowed, the list holds every page's matches: the page links would mislead.
      if (pager) pager.hidden = filtering && complete && pageCount > 1;
      if (!filtering) status.textContent = '';
      else if (complete) status.textContent = 'Showing ' + shown + ' of ' + (total || list.children.length) + ' open actions.';
      else status.textContent = 'Showing ' + shown + ' on this page; the other pages could not be loaded.';
    };
    if (filtering && pageCount > 1) {
      status.textContent = 'Looking through all ' + pageCount + ' pages…';
      loadAll().then(narrow);
    } else narrow(true);
  };
  form.addEventListener('change', function () {
    apply(true);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
  });
  form.hidden = false;
  document.querySelector('.filter-links').hidden = true;
  apply(false);
})();
