import { describe, expect, it } from 'vitest';
import { groupLongHex, hexGroups } from '../../../../renderer/core/report/hexGroups';

const sha = '1e4912727fa88245113d41b16a0cd25ceadba7f931e1c406542885b91254264f';

describe('hexadecimal strings on a printed page', () => {
  it('prints a SHA-256 in eight groups of eight', () => {
    expect(hexGroups(sha)).toBe('1e491272 7fa88245 113d41b1 6a0cd25c eadba7f9 31e1c406 542885b9 1254264f');
  });

  it('groups long hex runs inside a sentence and leaves words, numbers and short codes alone', () => {
    expect(
      groupLongHex(`Evidence added: a.log (225,216 bytes, SHA-256 ${sha}): 2,000 lines; code 5-4ff3-01e1`),
    ).toBe(
      'Evidence added: a.log (225,216 bytes, SHA-256 1e491272 7fa88245 113d41b1 6a0cd25c eadba7f9 31e1c406 542885b9 1254264f): 2,000 lines; code 5-4ff3-01e1',
    );
    expect(groupLongHex('deadbeef and 20251210')).toBe('deadbeef and 20251210');
  });
});
