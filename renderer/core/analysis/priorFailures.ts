// Counts, while a file streams past, what each address failed before each of its logins. A
// colleague who mistypes once and then logs in differs from a brute-force success only in this
// order of events, which totals per address cannot show.
import type { AuthEvent } from '../logs/authEvent';
import type { PriorFailures } from './attackSource';
import { detachText } from '../text/detachText';

type AddressHistory = {
  total: number;
  sinceLastLogin: number;
  usersSinceLastLogin: Set<string>;
};

export type PriorFailureTracker = {
  add(event: AuthEvent): void;
  /** What the event's address failed before it; call before add() for the success itself. */
  priorOf(event: AuthEvent): PriorFailures;
};

export function createPriorFailureTracker(): PriorFailureTracker {
  const histories = new Map<string, AddressHistory>();
  // Failures come in runs from one address: the same one as the last event needs no lookup.
  let lastIp: string | undefined;
  let lastHistory: AddressHistory | undefined;

  function historyOf(ip: string): AddressHistory {
    if (ip === lastIp && lastHistory !== undefined) return lastHistory;
    let history = histories.get(ip);
    if (history === undefined) {
      history = { total: 0, sinceLastLogin: 0, usersSinceLastLogin: new Set() };
      ip = detachText(ip);
      histories.set(ip, history);
    }
    lastIp = ip;
    lastHistory = history;
    return history;
  }

  return {
    add(event) {
      if (event.ip === undefined) return;
      if (event.kind === 'auth-failure') {
        const history = historyOf(event.ip);
        history.total += event.count;
        history.sinceLastLogin += event.count;
        if (event.user !== undefined && !history.usersSinceLastLogin.has(event.user)) {
          history.usersSinceLastLogin.add(detachText(event.user));
        }
      } else if (event.kind === 'invalid-user') {
        // The password tries for a missing name come as auth-failure lines; the name still counts.
        if (event.user === undefined) return;
        const history = historyOf(event.ip);
        if (!history.usersSinceLastLogin.has(event.user))
          history.usersSinceLastLogin.add(detachText(event.user));
      } else if (event.kind === 'success') {
        const history = histories.get(event.ip);
        if (history === undefined) return;
        history.sinceLastLogin = 0;
        history.usersSinceLastLogin.clear();
      }
    },
    priorOf(event) {
      const history = event.ip === undefined ? undefined : histories.get(event.ip);
      if (history === undefined) return { total: 0, sinceLastLogin: 0, otherUsersSinceLastLogin: 0 };
      let otherUsers = history.usersSinceLastLogin.size;
      if (event.user !== undefined && history.usersSinceLastLogin.has(event.user)) otherUsers -= 1;
      return {
        total: history.total,
        sinceLastLogin: history.sinceLastLogin,
        otherUsersSinceLastLogin: otherUsers,
      };
    },
  };
}
