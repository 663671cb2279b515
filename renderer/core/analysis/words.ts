// How analysis sentences write numbers, names and times. Core code runs without the page, so it
// cannot use the UI's formatters; the wording matches them ("1,284", "21 Nov 02:14").
const counts = new Intl.NumberFormat('en-US');

export const formatCount = (value: number): string => counts.format(value);

/** "1 address", "3 addresses". */
export function plural(value: number, one: string, many: string): string {
  return `${formatCount(value)} ${value === 1 ? one : many}`;
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "21 Nov 02:14" in UTC; callers say "(UTC)" once per sentence. */
export function formatDayTime(time: number): string {
  if (!Number.isFinite(time)) return 'an unknown time';
  const iso = new Date(time).toISOString();
  return `${Number(iso.slice(8, 10))} ${months[Number(iso.slice(5, 7)) - 1]} ${iso.slice(11, 16)}`;
}

/** "02:14" in UTC. */
export function formatClock(time: number): string {
  return Number.isFinite(time) ? new Date(time).toISOString().slice(11, 16) : '--:--';
}

/** Attacker-chosen names quoted as text: `"root", "admin" and 3 more`. An empty name is said so. */
export function nameList(names: readonly string[], shown = 3): string {
  const quoted = names.slice(0, shown).map((name) => (name === '' ? '(an empty name)' : `"${name}"`));
  const more = names.length - quoted.length;
  if (more > 0) return `${quoted.join(', ')} and ${formatCount(more)} more`;
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}
