// Narrows the open-actions list by group, owner and overdue, in place; the choice is kept in the
// address (?group=centos-virt&owner=lars-kurth&overdue=1) so a view can be shared. Without
// JavaScript the page offers links to each group's and person's own list instead.
(function () {
  var form = document.querySelector('.filter-form');
  if (!form) return;
  var items = document.querySelectorAll('.action-list > li[data-group]');
  var status = form.querySelector('.filter-status');
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

  var apply = function (remember) {
    var group = form.elements.group.value;
    var owner = form.elements.owner.value;
    var overdue = form.elements.overdue.checked;
    var shown = 0;
    items.forEach(function (item) {
      var show =
        (!group || item.getAttribute('data-group') === group) &&
        (!owner || item.getAttribute('data-owners').split(' ').indexOf(owner) !== -1) &&
        (!overdue || item.classList.contains('action-item--overdue'));
      item.hidden = !show;
      if (show) shown += 1;
    });
    status.textContent = group || owner || overdue ? 'Showing ' + shown + ' of ' + items.length + ' open actions.' : '';
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
