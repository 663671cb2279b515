// Log text is chosen by attackers, and a terminal obeys what it prints: ESC [2J clears the screen,
// OSC 52 writes the clipboard, a C1 CSI (U+009B) does the same as ESC [ in some terminals, and a
// bidirectional override turns "toor" into "root". What the command line prints and the text
// files it writes carry such characters as visible escapes instead: "\x1b", "\u202e".

// C0 controls, DEL, C1 controls, bidi marks, overrides and isolates, line and paragraph separators.
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

const hex = (code: number, digits: number) => code.toString(16).padStart(digits, '0');

function escaped(character: string): string {
  const code = character.charCodeAt(0);
  return code <= 0xff ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`;
}

/** One value (an address, a user name, a file name) as visible text: every control escaped. */
export function terminalText(value: string): string {
  return value.replace(controlCharacters, escaped);
}

// JSON.stringify escapes C0 controls already; these it leaves as they are.
const unescapedByJson = /[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/** JSON.stringify, and the controls it leaves raw written as \u escapes: the same JSON value. */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value).replace(
    unescapedByJson,
    (character) => `\\u${hex(character.charCodeAt(0), 4)}`,
  );
}
