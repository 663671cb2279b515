// RFC 2047 encoded words ("=?utf-8?B?…?=", "=?iso-8859-1?Q?…?=") in a Subject or a display name,
// decoded for reading. UTF-8, US-ASCII, ISO-8859-1 and windows-1252 are decoded (the last two as
// Latin-1, which differs only in punctuation); any other charset is left as written. Controls a
// sender hid in a word become spaces: the result is shown as one line of text.
import { createDecoder } from '../file/textDecoding';

const encodedWord = /=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=/g;
const base64Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
// eslint-disable-next-line no-control-regex
const controls = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

function base64Bytes(text: string): Uint8Array {
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const character of text) {
    const value = base64Alphabet.indexOf(character);
    if (value < 0) continue;
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return Uint8Array.from(bytes);
}

function quotedBytes(text: string): Uint8Array {
  const bytes: number[] = [];
  for (let at = 0; at < text.length; at++) {
    const character = text[at]!;
    if (character === '_') bytes.push(0x20);
    else if (character === '=' && /^[0-9A-Fa-f]{2}$/.test(text.slice(at + 1, at + 3))) {
      bytes.push(parseInt(text.slice(at + 1, at + 3), 16));
      at += 2;
    } else bytes.push(character.charCodeAt(0) & 0xff);
  }
  return Uint8Array.from(bytes);
}

function decodeWord(charset: string, encoding: string, text: string): string | null {
  const name = charset.toLowerCase().replace(/\*.*$/, '');
  const bytes = encoding.toLowerCase() === 'b' ? base64Bytes(text) : quotedBytes(text);
  if (name === 'utf-8' || name === 'utf8' || name === 'us-ascii') return createDecoder('utf-8').decode(bytes);
  if (/^(iso-8859-1|latin1|windows-1252|cp1252)$/.test(name)) {
    let out = '';
    for (const byte of bytes) out += String.fromCharCode(byte);
    return out;
  }
  return null;
}

/** The header value with its encoded words decoded, on one line. */
export function decodeEncodedWords(value: string): string {
  // Whitespace between two encoded words is not part of the text (RFC 2047 section 6.2).
  const joined = value.replace(/(\?=)\s+(?==\?)/g, '$1');
  return joined
    .replace(
      encodedWord,
      (word, charset: string, encoding: string, text: string) => decodeWord(charset, encoding, text) ?? word,
    )
    .replace(controls, ' ');
}
