import { describe, expect, it } from 'vitest';
import { countText, countWordingOf } from '../../../../renderer/core/analysis/attackCounts';

describe('the count words of a Windows case', () => {
  it('says failed logons and successful logons when every file is a Windows event log', () => {
    const wording = countWordingOf(['windows-evtx', 'windows-xml']);
    expect(wording).toBe('windows');
    expect(countText(0, 'attempts', wording)).toBe('0 failed logons');
    expect(countText(1, 'logins', wording)).toBe('1 successful logon');
    // Counts Windows has no word of its own for keep the common ones.
    expect(countText(2, 'passwords', wording)).toBe('2 passwords tried');
  });

  it('keeps login attempts for any case with another log, and for an empty one', () => {
    expect(countWordingOf(['windows-evtx', 'openssh'])).toBe('logins');
    expect(countWordingOf([])).toBe('logins');
    expect(countText(3, 'attempts')).toBe('3 login attempts');
  });
});
