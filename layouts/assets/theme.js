// The theme toggle: light, dark or the system's. Loaded in <head>, before the page is drawn, so
// a stored choice applies without a flash of the other theme; the toggle itself is made here, so
// a page without JavaScript shows none and simply follows the system.
(function () {
  var KEY = 'sigwiki-theme';
  var root = document.documentElement;
  var stored = function () {
    try {
      return localStorage.getItem(KEY);
    } catch (error) {
      return null; // storage blocked: the system's theme, every time
    }
  };
  var apply = function (theme) {
    if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
    else root.removeAttribute('data-theme');
  };
  apply(stored());

  document.addEventListener('DOMContentLoaded', function () {
    var header = document.querySelector('.site-header');
    if (!header) return;
    var label = document.createElement('label');
    label.className = 'theme-toggle';
    label.append('Theme ');
    var select = document.createElement('select');
    [['system', 'System'], ['light', 'Light'], ['dark', 'Dark']].forEach(function (option) {
      var element = document.createElement('option');
      element.value = option[0];
      element.textContent = option[1];
      select.append(element);
    });
    select.value = root.getAttribute('data-theme') || 'system';
    select.addEventListener('change', function () {
      try {
        if (select.value === 'system') localStorage.removeItem(KEY);
        else localStorage.setItem(KEY, select.value);
      } catch (error) {
        // not remembered, but still applied to this page
      }
      apply(select.value);
    });
    label.append(select);
    header.append(label);
  });
})();
