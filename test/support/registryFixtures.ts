// The recorded registry answers are named after the address they were asked about.

/** "apnic__210.107.73.73.txt" → 210.107.73.73; "arin__2001_4860_4860__8888.json" → 2001:4860:4860::8888. */
export const addressOfFixture = (name: string): string =>
  name
    .replace(/^[a-z]+__/, '')
    .replace(/\.(txt|json)$/, '')
    .replace(/_/g, ':');
