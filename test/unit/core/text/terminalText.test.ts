import { describe, expect, it } from 'vitest';
import { terminalJson, terminalText } from '../../../../renderer/core/text/terminalText';

describe('terminalText', () => {
  it('writes every control character as a visible escape', () => {
    expect(terminalText('1\x1b[2J\x1b[H1')).toBe('1\\x1b[2J\\x1b[H1');
    expect(terminalText('r\u009b31m \x07\r\n\t')).toBe('r\\x9b31m \\x07\\x0d\\x0a\\x09');
    expect(terminalText('toor\u202e')).toBe('toor\\u202e');
    expect(terminalText('Zoë 山田 plain')).toBe('Zoë 山田 plain');
  });
});

describe('terminalJson', () => {
  it('escapes what JSON.stringify leaves raw, and the JSON still reads the same', () => {
    const value = { user: 'r\u009b31m\u007f\u202e\x1b]52;c;aGk=\x07', ip: '2001:db8::1' };
    const json = terminalJson(value);
    // eslint-disable-next-line no-control-regex
    expect(json).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
