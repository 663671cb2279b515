// Addresses that share an abuse contact belong to one provider: one email later covers them all.

export type ContactGroup<Item> = {
  /** The shared first-ranked abuse mailbox, or null for an address without one (alone in its group). */
  abuseEmail: string | null;
  items: Item[];
};

/** Groups keep the order of their first member; mailboxes are compared without case. */
export function groupByAbuseContact<Item>(
  items: readonly Item[],
  abuseEmailOf: (item: Item) => string | null,
  keyOf: (item: Item) => string,
): ContactGroup<Item>[] {
  const groups = new Map<string, ContactGroup<Item>>();
  for (const item of items) {
    const email = abuseEmailOf(item);
    const key = email ? `email:${email.toLowerCase()}` : `item:${keyOf(item)}`;
    const group = groups.get(key) ?? { abuseEmail: email, items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  return [...groups.values()];
}
