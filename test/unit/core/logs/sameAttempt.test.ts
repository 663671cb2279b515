import { describe, expect, it } from 'vitest';
import { createSameAttemptMemory, sameUser } from '../../../../renderer/core/logs/sameAttempt';

describe('one attempt written as a check and an answer', () => {
  it('lets an answer claim the checks of its address written shortly before it, each once', () => {
    const memory = createSameAttemptMemory();
    memory.checked('203.0.113.5', 'bob', 10_000, 1);
    memory.checked('203.0.113.5', 'bob', 12_000, 2);
    expect(memory.answered('203.0.113.5', 'bob', 14_000, 1)).toEqual({ claimed: 1, firstLine: 1 });
    expect(memory.answered('203.0.113.5', 'bob', 14_000, 5)).toEqual({ claimed: 1, firstLine: 2 });
    expect(memory.answered('203.0.113.5', 'bob', 14_000, 1)).toEqual({ claimed: 0, firstLine: 0 });
  });

  it('does not pair other addresses, other user names, or checks long before the answer', () => {
    const memory = createSameAttemptMemory();
    memory.checked('203.0.113.5', 'bob', 10_000, 1);
    expect(memory.answered('203.0.113.6', 'bob', 11_000, 1).claimed).toBe(0);
    expect(memory.answered('203.0.113.5', 'alice', 11_000, 1).claimed).toBe(0);
    expect(memory.answered('203.0.113.5', 'bob', 60_000, 1).claimed).toBe(0);
    // "3 attempts in 60 secs": the connection's first check may be a minute before its end.
    expect(memory.answered('203.0.113.5', 'bob', 60_000, 3, 60_000).claimed).toBe(1);
  });

  it('takes an answer stamped before every check for an attempt of its own', () => {
    const memory = createSameAttemptMemory();
    memory.checked('203.0.113.5', 'bob', 10_000, 1);
    expect(memory.answered('203.0.113.5', 'bob', 8_000, 1).claimed).toBe(0);
  });

  it('matches a user name with the domain the check stripped, and an unknown name with any', () => {
    expect(sameUser('toto', 'toto@example.com')).toBe(true);
    expect(sameUser('Toto@example.com', 'toto@example.org')).toBe(true);
    expect(sameUser(undefined, 'bob')).toBe(true);
    expect(sameUser('bob', 'alice@example.com')).toBe(false);
  });
});
