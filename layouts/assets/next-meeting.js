// Shows meeting times in the reader's own time zone, from the instants the page carries (about
// six months of them), so a site built months ago still names the right next meeting, with its
// venue and join link. Each time says which zone it is in; the calendar page's list and month
// grid follow. Without JavaScript the page shows the build-time answer, in the group's zone.
(function () {
  var reader = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  // Browsers may report a zone by its old name (Asia/Calcutta for Asia/Kolkata).
  var renamed = { 'Asia/Calcutta': 'Kolkata', 'Asia/Saigon': 'Ho Chi Minh', 'Asia/Katmandu': 'Kathmandu', 'Asia/Rangoon': 'Yangon', 'Europe/Kiev': 'Kyiv' };
  var city = function (zone) {
    if (renamed[zone]) return renamed[zone];
    return zone === 'UTC' || zone === 'Etc/UTC' ? 'UTC' : zone.split('/').pop().replace(/_/g, ' ');
  };
  var day = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short' });
  var clock = function (zone) {
    return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone });
  };
  var yours = clock(undefined);
  var span = function (format, start, end) {
    return format.format(start) + '–' + format.format(end);
  };
  // "Tue 24 Nov, 21:30–22:30 your time (Kolkata); 11:00–12:00 in New York"
  var whenText = function (meeting) {
    var start = new Date(meeting.start);
    var end = new Date(meeting.end);
    var text = day.format(start) + ', ' + span(yours, start, end) + ' your time (' + city(reader) + ')';
    if (meeting.zone !== reader) text += '; ' + span(clock(meeting.zone), start, end) + ' in ' + city(meeting.zone);
    return text;
  };
  var now = Date.now();

  // The page's meetings, soonest first, from the compact form src/site/meeting-instants.ts writes:
  // slots of zone, length and venue, each with epoch-minute starts (first value, then deltas,
  // `delta*count` for a repeated delta).
  var decode = function (text) {
    var data = JSON.parse(text || '{}');
    var meetings = [];
    (data.slots || []).forEach(function (slot) {
      var minute = 0;
      String(slot.starts || '').split(' ').forEach(function (part, index) {
        var pieces = part.split('*');
        var times = pieces.length > 1 ? Number(pieces[1]) : 1;
        for (var k = 0; k < times; k++) {
          minute = index === 0 ? Number(pieces[0]) : minute + Number(pieces[0]);
          meetings.push({ start: minute * 60000, end: (minute + slot.minutes) * 60000, zone: slot.zone, venue: slot.venue });
        }
      });
    });
    return meetings.sort(function (a, b) { return a.start - b.start; });
  };

  document.querySelectorAll('[data-meetings]').forEach(function (element) {
    var next = decode(element.getAttribute('data-meetings')).find(function (meeting) {
      return meeting.end > now;
    });
    var when = element.querySelector('.next-meeting-when');
    var where = element.querySelector('.next-meeting-where');
    var note = element.querySelector('.next-meeting-note');
    if (!when) return;
    if (!next) {
      when.textContent = 'none in the dates this page knows; see the group page';
      if (where) where.textContent = '';
      return;
    }
    when.textContent = whenText(next);
    if (where) {
      where.textContent = '';
      if (next.venue) {
        where.append(next.venue.url ? '. Join: ' : ', ');
        if (next.venue.url) {
          var link = document.createElement('a');
          link.href = next.venue.url;
          link.textContent = next.venue.name;
          where.append(link);
        } else {
          where.append(next.venue.name);
        }
      }
    }
    if (note) note.textContent = '';
    var row = document.querySelector('.zones .your-time');
    if (row) {
      row.querySelector('td').textContent = day.format(new Date(next.start)) + ', ' + yours.format(new Date(next.start));
      row.hidden = false;
    }
  });

  // The coming meetings in the reader's zone, each still showing the group's own time.
  var coming = document.querySelectorAll('.coming [data-start]');
  coming.forEach(function (item) {
    var start = new Date(item.getAttribute('data-start'));
    var end = new Date(item.getAttribute('data-end'));
    var zone = item.getAttribute('data-zone');
    item.querySelector('.coming-date').textContent = day.format(start);
    item.querySelector('.coming-time').textContent =
      span(yours, start, end) + ' your time' + (zone !== reader ? ' (' + span(clock(zone), start, end) + ' ' + city(zone) + ')' : '');
  });
  var caption = document.querySelector('.coming-zone');
  if (caption && coming.length) caption.textContent = 'Times in your time zone, ' + reader + ', with the group\u2019s own.';

  // The calendar page: the list in the reader's zone, with each group's own time; the month grid
  // in the reader's zone, each meeting moved to the day it falls on there.
  var agenda = document.querySelectorAll('.calendar-list [data-end]');
  agenda.forEach(function (item) {
    var time = item.querySelector('time');
    time.textContent = whenText({ start: time.dateTime, end: item.getAttribute('data-end'), zone: item.getAttribute('data-zone') });
  });
  var dateIn = function (instant) {
    var parts = {};
    new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant).forEach(function (part) {
      parts[part.type] = part.value;
    });
    return parts.year + '-' + parts.month + '-' + parts.day;
  };
  // A date's cell: in its own month's table rather than among another month's leading days.
  var cells = {};
  var days = document.querySelectorAll('table.month td[data-date]');
  days.forEach(function (cell) {
    var date = cell.getAttribute('data-date');
    if (!cells[date] || (cells[date].classList.contains('other-month') && !cell.classList.contains('other-month'))) cells[date] = cell;
  });
  var entries = Array.prototype.slice.call(document.querySelectorAll('table.month .month-meeting'));
  entries.sort(function (a, b) {
    return a.querySelector('time').dateTime.localeCompare(b.querySelector('time').dateTime);
  });
  entries.forEach(function (entry) {
    var time = entry.querySelector('time');
    var start = new Date(time.dateTime);
    var cell = cells[dateIn(start)];
    if (!cell) return; // outside the months drawn: left on its group's day, in its group's time
    cell.append(entry);
    time.textContent = yours.format(start) + ' ' + city(reader);
  });
  days.forEach(function (cell) {
    cell.classList.toggle('has-meetings', !!cell.querySelector('.month-meeting'));
  });
  var zoneNote = document.querySelector('.calendar-zone');
  if (zoneNote && agenda.length) zoneNote.textContent = 'Times in your time zone, ' + reader + '; the list also gives each group\u2019s own.';
})();
