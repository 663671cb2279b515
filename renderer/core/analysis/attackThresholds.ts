// The numbers every judgement in the Confirm and Logins steps rests on, in one plain object.
// They are shown beside each reason and can be changed per case, so no verdict hides a magic number.

export type AttackThresholds = {
  /** One address with at least this many failed passwords is a brute-force attempt… */
  bruteForceMinAttempts: number;
  /** …when it tries more than this many passwords per user name on average. */
  sprayingMaxPerUser: number;
  /** Password spraying: at least this many user names, few passwords each (see above). */
  sprayingMinUsers: number;
  /** Distributed: at least this many addresses, most of them below the brute-force count… */
  distributedMinAddresses: number;
  /** …sharing a user list: a name counts as shared when this share of the addresses tried it. */
  distributedSharedShare: number;
  /** A mistyped password: at most this many failures from an address that then logged in. */
  mistypeMaxFailures: number;
  /** A login is from an attacking address after at least this many failures since its last login… */
  loginAfterFailures: number;
  /** …or after failures for at least this many other user names. */
  loginAfterOtherUsers: number;
  /** A login is "from a new address" only once this many earlier logins show what is usual. */
  newAddressBaselineLogins: number;
  /** A user's usual hours are judged only from at least this many of their other logins. */
  unusualHourMinLogins: number;
  /** A login hour this far (in hours) from every other login of the user is unusual. */
  unusualHourDistance: number;
  /** The log starts mid-attack when this many failures come in its first minutes (next value). */
  midAttackMinFailures: number;
  midAttackMinutes: number;
};

export const defaultAttackThresholds: AttackThresholds = {
  bruteForceMinAttempts: 10,
  sprayingMaxPerUser: 3,
  sprayingMinUsers: 5,
  distributedMinAddresses: 5,
  distributedSharedShare: 0.5,
  mistypeMaxFailures: 3,
  loginAfterFailures: 5,
  loginAfterOtherUsers: 2,
  newAddressBaselineLogins: 3,
  unusualHourMinLogins: 5,
  unusualHourDistance: 3,
  midAttackMinFailures: 3,
  midAttackMinutes: 2,
};

/** What each number means, for the settings form and the reasons. */
export const attackThresholdLabels: Record<keyof AttackThresholds, string> = {
  bruteForceMinAttempts: 'Brute force: failed passwords from one address, at least',
  sprayingMaxPerUser: 'Password spraying: passwords per user name, at most',
  sprayingMinUsers: 'Password spraying: user names from one address, at least',
  distributedMinAddresses: 'Distributed: addresses sharing one user list, at least',
  distributedSharedShare: 'Distributed: share of addresses that tried a name for it to count as shared (0–1)',
  mistypeMaxFailures: 'Mistyped password: failures before the login, at most',
  loginAfterFailures: 'Suspicious login: failures from its address since its last login, at least',
  loginAfterOtherUsers: 'Suspicious login: other user names its address failed for, at least',
  newAddressBaselineLogins: 'New address: earlier logins needed before judging, at least',
  unusualHourMinLogins: 'Unusual hour: other logins of the user needed, at least',
  unusualHourDistance: 'Unusual hour: hours away from every other login of the user, at least',
  midAttackMinFailures: 'Log starts mid-attack: failures in its first minutes, at least',
  midAttackMinutes: 'Log starts mid-attack: first minutes looked at',
};

/**
 * Stored thresholds over the defaults: a value of the wrong type or out of range (an old
 * version, a bad restore, a typo) falls back to the default.
 */
export function withDefaultThresholds(
  stored: Partial<Record<string, unknown>> | undefined,
): AttackThresholds {
  const thresholds = { ...defaultAttackThresholds };
  if (!stored) return thresholds;
  for (const key of Object.keys(defaultAttackThresholds) as (keyof AttackThresholds)[]) {
    const value = stored[key];
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) thresholds[key] = value;
  }
  return thresholds;
}
