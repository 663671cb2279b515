// The zone names a person knows today. Browsers list zones by their ICU names, some of which the
// time-zone database renamed years ago ("Asia/Calcutta" is Asia/Kolkata since 1993's spelling
// change, "Europe/Kiev" is Europe/Kyiv since 2022): we offer and store the current names, which
// every browser and Node also accept.

const renamed: Readonly<Record<string, string>> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Rangoon': 'Asia/Yangon',
  'Europe/Kiev': 'Europe/Kyiv',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Godthab': 'America/Nuuk',
  'America/Coral_Harbour': 'America/Atikokan',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Pacific/Truk': 'Pacific/Chuuk',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Africa/Asmera': 'Africa/Asmara',
};

/** The current name of a zone ("Asia/Calcutta" → "Asia/Kolkata"); other names unchanged. */
export function currentZoneName(zone: string): string {
  return renamed[zone] ?? zone;
}

/** Every zone this browser knows, by its current name, sorted, each once; UTC first. */
export function currentZoneNames(): string[] {
  let listed: string[] = [];
  try {
    listed = Intl.supportedValuesOf('timeZone');
  } catch {
    // An old engine: UTC alone still works.
  }
  const names = new Set(listed.map(currentZoneName));
  names.delete('UTC');
  return ['UTC', ...[...names].sort()];
}

/** Does `zone` match what a person typed? By its current name or a former one ("Calcutta"), any case. */
export function zoneMatches(zone: string, typed: string): boolean {
  const wanted = typed.trim().toLowerCase().replace(/\s+/g, '_');
  if (wanted === '') return true;
  const names = [zone, ...Object.keys(renamed).filter((old) => renamed[old] === zone)];
  return names.some((name) => name.toLowerCase().includes(wanted));
}
