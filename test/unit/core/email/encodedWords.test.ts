import { describe, expect, it } from 'vitest';
import { decodeEncodedWords } from '../../../../renderer/core/email/encodedWords';

describe('RFC 2047 encoded words', () => {
  it('decodes B and Q words, joining adjacent words without the space between them', () => {
    expect(decodeEncodedWords('=?UTF-8?B?WsO2ZQ==?= =?utf-8?Q?_M=C3=BCller?=')).toBe('Zöe Müller');
    expect(decodeEncodedWords('Re: =?iso-8859-1?Q?Caf=E9?= menu')).toBe('Re: Café menu');
  });

  it('leaves unknown charsets as written and turns hidden line breaks into spaces', () => {
    expect(decodeEncodedWords('=?koi8-r?B?8NLJ18XU?=')).toBe('=?koi8-r?B?8NLJ18XU?=');
    expect(decodeEncodedWords('=?utf-8?Q?a=0D=0ABcc:_x?=')).toBe('a Bcc: x');
  });
});
