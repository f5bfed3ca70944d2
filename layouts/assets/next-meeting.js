// Shows each "next meeting" in the reader's own time zone, from the instants the page carries,
// so a site built weeks ago still names the right meeting. Without JavaScript the page shows the
// answer worked out at build time.
(function () {
  var dateTime = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
  var city = function (zone) {
    return zone === 'UTC' ? 'UTC' : zone.split('/').pop().replace(/_/g, ' ');
  };
  var now = Date.now();
  document.querySelectorAll('[data-meetings]').forEach(function (element) {
    var meetings = JSON.parse(element.getAttribute('data-meetings') || '[]');
    var next = meetings.find(function (meeting) {
      return Date.parse(meeting.end) > now;
    });
    var when = element.querySelector('.next-meeting-when');
    var note = element.querySelector('.next-meeting-note');
    if (!when) return;
    if (!next) {
      when.textContent = 'none in the dates this page knows; see the group page';
      return;
    }
    var start = new Date(next.start);
    var theirs = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: next.zone }).format(start);
    when.textContent = dateTime.format(start).replace(' at ', ', ') + ' your time (' + theirs + ' ' + city(next.zone) + ')';
    if (note) note.textContent = '';
    var yours = document.querySelector('.zones .your-time');
    if (yours) {
      yours.querySelector('td').textContent = dateTime.format(start).replace(' at ', ', ');
      yours.hidden = false;
    }
  });
})();
