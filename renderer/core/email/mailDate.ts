// Dates in mail headers (RFC 5322 3.3, with the obsolete forms of 4.3 that real Received lines
// still carry): "Thu, 30 Aug 2001 11:13:19 +0000 (Eire)", "14 Jun 2002 19:55:43 -0000",
// "Sun, 18 Feb 2001 08:28:16 GMT", two-digit years, "EST". Written by hand so that the page, the
// worker and Node read a date the same way (Date.parse differs between engines).

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// RFC 5322 4.3: the US zones and UT/GMT; military letters are unreliable and read as unknown.
const zoneMinutes: Record<string, number> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
};

const dateShape =
  /(?:^|[\s,])(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[A-Za-z]{1,5})?/;

/** UTC milliseconds of a mail date, or null when the text holds none that can be read. */
export function readMailDate(text: string): number | null {
  const match = dateShape.exec(text);
  if (!match) return null;
  const [, day, monthName, yearText, hour, minute, second, zone] = match;
  const month = months.indexOf(monthName!.toLowerCase());
  if (month < 0) return null;
  let year = Number(yearText);
  // RFC 5322 4.3: two digits are 19xx from 50, 20xx below; three digits add 1900.
  if (yearText!.length === 2) year += year < 50 ? 2000 : 1900;
  else if (yearText!.length === 3) year += 1900;
  const offset = zoneOffsetMinutes(zone);
  const local = Date.UTC(year, month, Number(day), Number(hour), Number(minute), Number(second ?? 0));
  if (Number(day) > 31 || Number(hour) > 23 || Number(minute) > 59) return null;
  return local - offset * 60_000;
}

/** Minutes east of UTC; an unknown or missing zone is read as UTC ("-0000" means unknown too). */
function zoneOffsetMinutes(zone: string | undefined): number {
  if (zone === undefined) return 0;
  if (/^[+-]\d{4}$/.test(zone)) {
    const sign = zone.startsWith('-') ? -1 : 1;
    return sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5)));
  }
  return zoneMinutes[zone.toLowerCase()] ?? 0;
}
