// The user names one address tried, kept compact: a botnet of 300,000 addresses that try one or
// two names each is most of what the tally holds, and a Map with a record object per name cost
// 280 bytes an address where this costs about 100. Runs of four numbers per name (its number in
// the tally's book, "Failed …" attempts, "Invalid user" announcements, the login epoch it was
// last tried in), searched in order while there are few; an index is added once there are many.

export type TriedUsers = {
  /** [name, failed, announced, epoch] per name, in the order first tried. */
  users: number[];
  /** Name → position in `users`, once the address tried more than a few names. */
  userIndex: Map<number, number> | undefined;
};

const stride = 4;
export const failedAt = 1;
export const announcedAt = 2;
export const epochAt = 3;
/** Names searched one by one before an index pays for itself. */
const namesWithoutIndex = 8;

/** Position of `name` in tried.users, or -1. */
export function findTriedUser(tried: TriedUsers, name: number): number {
  if (tried.userIndex !== undefined) return tried.userIndex.get(name) ?? -1;
  const users = tried.users;
  for (let at = 0; at < users.length; at += stride) if (users[at] === name) return at;
  return -1;
}

/** Adds `name` (not yet tried) with no attempts and no epoch; returns its position. */
export function addTriedUser(tried: TriedUsers, name: number): number {
  const at = tried.users.length;
  if (at < namesWithoutIndex * stride) {
    // concat makes an array of exactly the length needed; push() would reserve 17 slots.
    tried.users = tried.users.concat(name, 0, 0, -1);
    return at;
  }
  if (tried.userIndex === undefined) {
    tried.userIndex = new Map();
    for (let each = 0; each < at; each += stride) tried.userIndex.set(tried.users[each]!, each);
  }
  tried.users.push(name, 0, 0, -1);
  tried.userIndex.set(name, at);
  return at;
}

export const triedUserCount = (tried: TriedUsers): number => tried.users.length / stride;

/** Each name with its attempts: the larger of "Failed …" lines and announcements (see attackTally). */
export function forEachTriedUser(tried: TriedUsers, visit: (name: number, attempts: number) => void): void {
  const users = tried.users;
  for (let at = 0; at < users.length; at += stride)
    visit(users[at]!, Math.max(users[at + failedAt]!, users[at + announcedAt]!));
}
