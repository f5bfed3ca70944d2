// Dates each group's meetings on its cadence, so that all groups together hold N meetings.

const DAY_MS = 86_400_000;

/**
 * Splits `total` meetings over `groups` in proportion to how often each meets (a weekly group
 * holds four times as many as a monthly one over the same years), then dates them backwards
 * from `lastDay` on the group's cadence, skipping about one meeting in twenty (holidays).
 * Monthly groups meet on the same day of each month.
 * @param {import('./prng.js').Prng} rng
 * @param {import('./groups.js').Group[]} groups
 * @param {number} total
 * @param {string} lastDay `YYYY-MM-DD`: no meeting is later
 * @returns {Map<string, string[]>} group id → `YYYY-MM-DD` dates, oldest first
 */
export function scheduleMeetings(rng, groups, total, lastDay) {
  const rates = groups.map((group) => 1 / group.cadenceDays);
  const sum = rates.reduce((a, b) => a + b, 0);
  const counts = rates.map((rate) => Math.floor((total * rate) / sum));
  for (let i = 0, left = total - counts.reduce((a, b) => a + b, 0); left > 0; i++, left--) counts[i % counts.length]++;

  const end = Date.parse(`${lastDay}T00:00:00Z`);
  return new Map(
    groups.map((group, index) => {
      const dates = [];
      let day = new Date(end - rng.int(0, group.cadenceDays - 1) * DAY_MS);
      if (group.cadenceDays === 30) day.setUTCDate(Math.min(day.getUTCDate(), 28));
      while (dates.length < counts[index]) {
        if (!rng.chance(0.05)) dates.push(day.toISOString().slice(0, 10));
        day = previous(day, group.cadenceDays);
      }
      return [group.id, dates.reverse()];
    }),
  );
}

function previous(day, cadenceDays) {
  if (cadenceDays !== 30) return new Date(day.getTime() - cadenceDays * DAY_MS);
  const earlier = new Date(day);
  earlier.setUTCMonth(earlier.getUTCMonth() - 1);
  return earlier;
}
