// Stands in for iconv-lite in the page (vite.web.config.ts and electron.vite.config.ts alias it).
// @kenjiuno/msgreader imports iconv-lite, which needs Node's Buffer and brings every code page
// table (~300 kB); it calls it only for 8-bit string properties when told their code page, which
// the app never does (Outlook's Unicode properties are decoded by msgreader itself). The browser's
// own TextDecoder does the rest.

/** iconv-lite's names ("cp1252", "windows1251", "shiftjis", "932") as TextDecoder labels. */
function decoderLabel(encoding: string): string {
  const name = encoding.toLowerCase().replace(/[^a-z0-9]/g, '');
  const codePage = /^(?:cp|windows|win)?(\d+)$/.exec(name)?.[1];
  if (codePage === '932') return 'shift_jis';
  if (codePage === '936') return 'gbk';
  if (codePage === '949') return 'euc-kr';
  if (codePage === '950') return 'big5';
  if (codePage === '65001') return 'utf-8';
  if (codePage) return `windows-${codePage}`;
  if (name === 'shiftjis' || name === 'sjis') return 'shift_jis';
  return encoding;
}

export function decode(bytes: Uint8Array, encoding: string): string {
  try {
    return new TextDecoder(decoderLabel(encoding)).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Only UTF-8: msgreader encodes when it writes a .msg, which the app never does. */
export function encode(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export default { decode, encode };
