// What the person decided in the Confirm and Logins steps, stored per case and journaled in the
// same transaction: the attack confirmed or dismissed, each flagged login expected or not, the
// containment steps ticked, the thresholds, and the addresses and user names that are "ours".
import type { NotebookDatabase } from './schema';
import type { AttackThresholds } from '../core/analysis/attackThresholds';
import type { KnownGood } from '../core/analysis/knownGood';
import type { Login } from '../core/analysis/attackSource';
import type { LoginDecision } from '../core/analysis/accessVerdict';
import type { JournalEntryInput } from '../core/journal/journalEntry';
import { withDefaultThresholds } from '../core/analysis/attackThresholds';
import { loginKey } from '../core/analysis/accessVerdict';
import type { LoginQuestion } from '../core/analysis/loginQuestions';
import { appendJournalEntry } from './journal';

export type AttackDecision = { verdict: 'attack' | 'false-alarm'; reason: string; decidedAt: number };

const topics = {
  attack: 'attack',
  thresholds: 'thresholds',
  knownGood: 'known-good',
  login: (key: string) => `login:${key}`,
  containment: (step: string) => `containment:${step}`,
};

async function readTopic(db: NotebookDatabase, caseId: number, topic: string): Promise<unknown> {
  return (await db.caseDecisions.where('[caseId+topic]').equals([caseId, topic]).first())?.value;
}

/** Writes the value and its journal entry together, or neither. */
async function writeTopic(
  db: NotebookDatabase,
  caseId: number,
  topic: string,
  value: unknown,
  entry: JournalEntryInput,
  now = Date.now(),
): Promise<void> {
  await db.transaction('rw', [db.caseDecisions, db.journal, db.cases], async () => {
    const existing = await db.caseDecisions.where('[caseId+topic]').equals([caseId, topic]).first();
    if (existing) await db.caseDecisions.update(existing.id, { value, decidedAt: now });
    else await db.caseDecisions.add({ caseId, topic, value, decidedAt: now });
    await appendJournalEntry(db, caseId, entry, now);
  });
}

export async function caseAttackDecision(
  db: NotebookDatabase,
  caseId: number,
): Promise<AttackDecision | undefined> {
  const value = (await readTopic(db, caseId, topics.attack)) as AttackDecision | undefined;
  return value && (value.verdict === 'attack' || value.verdict === 'false-alarm') ? value : undefined;
}

export async function decideAttack(
  db: NotebookDatabase,
  caseId: number,
  verdict: AttackDecision['verdict'],
  reason: string,
  now = Date.now(),
): Promise<void> {
  const summary =
    verdict === 'attack'
      ? `Confirmed: this is an attack. ${reason}`.trim()
      : `Dismissed as a false alarm: ${reason}`;
  await writeTopic(
    db,
    caseId,
    topics.attack,
    { verdict, reason, decidedAt: now },
    {
      kind: 'decision',
      summary,
      author: 'person',
      details: { decision: verdict, reason },
    },
    now,
  );
}

export async function caseThresholds(db: NotebookDatabase, caseId: number): Promise<AttackThresholds> {
  return withDefaultThresholds(
    (await readTopic(db, caseId, topics.thresholds)) as Record<string, unknown> | undefined,
  );
}

export async function saveCaseThresholds(
  db: NotebookDatabase,
  caseId: number,
  thresholds: AttackThresholds,
  changed: string,
): Promise<void> {
  await writeTopic(db, caseId, topics.thresholds, thresholds, {
    kind: 'decision',
    summary: `Changed a threshold of the analysis: ${changed}.`,
    author: 'person',
  });
}

/** The addresses, networks and user names marked "ours": never in a report to others. */
export async function caseKnownGood(db: NotebookDatabase, caseId: number): Promise<KnownGood> {
  const value = (await readTopic(db, caseId, topics.knownGood)) as Partial<KnownGood> | undefined;
  const strings = (list: unknown) =>
    Array.isArray(list) ? list.filter((item) => typeof item === 'string') : [];
  return { networks: strings(value?.networks), userNames: strings(value?.userNames) };
}

export async function markKnownGood(
  db: NotebookDatabase,
  caseId: number,
  entry: { network: string } | { userName: string },
  ours: boolean,
): Promise<void> {
  const current = await caseKnownGood(db, caseId);
  const isNetwork = 'network' in entry;
  const text = isNetwork ? entry.network.trim() : entry.userName;
  const list = isNetwork ? current.networks : current.userNames;
  const next = ours ? [...new Set([...list, text])] : list.filter((item) => item !== text);
  const value: KnownGood = isNetwork ? { ...current, networks: next } : { ...current, userNames: next };
  const what = isNetwork ? `the address or network ${text}` : `the user name "${text}"`;
  await writeTopic(db, caseId, topics.knownGood, value, {
    kind: 'decision',
    summary: ours
      ? `Marked ${what} as ours: set apart from the attackers and left out of reports to others.`
      : `No longer treating ${what} as ours.`,
    author: 'person',
    details: isNetwork ? { network: text, ours } : { userName: text, ours },
  });
}

export async function caseLoginDecisions(
  db: NotebookDatabase,
  caseId: number,
): Promise<Map<string, LoginDecision>> {
  const rows = await db.caseDecisions.where('caseId').equals(caseId).toArray();
  const decisions = new Map<string, LoginDecision>();
  for (const row of rows) {
    if (!row.topic.startsWith('login:')) continue;
    const value = row.value as Partial<LoginDecision> | undefined;
    if (typeof value?.expected === 'boolean') {
      decisions.set(row.topic.slice(6), { expected: value.expected, note: String(value.note ?? '') });
    }
  }
  return decisions;
}

export async function decideLogin(
  db: NotebookDatabase,
  caseId: number,
  login: Pick<Login, 'file' | 'line' | 'user' | 'ip' | 'time'>,
  decision: LoginDecision,
): Promise<void> {
  const which = `the login as ${login.user}${login.ip ? ` from ${login.ip}` : ''} (${login.file}, line ${login.line})`;
  await writeTopic(db, caseId, topics.login(loginKey(login)), decision, {
    kind: 'decision',
    summary: decision.expected
      ? `Marked ${which} as expected${decision.note ? `: ${decision.note}` : '.'}`
      : `Marked ${which} as NOT expected${decision.note ? `: ${decision.note}` : '.'}`,
    author: 'person',
    details: { file: login.file, line: login.line, expected: decision.expected, note: decision.note },
  });
}

/**
 * One answer for a group of logins (same user name, same source network): stored under the
 * group's key (topic "login:group:…"), so caseLoginDecisions returns it beside the per-login ones.
 */
export async function decideLoginGroup(
  db: NotebookDatabase,
  caseId: number,
  question: Pick<LoginQuestion, 'key' | 'user' | 'network' | 'logins'>,
  decision: LoginDecision,
): Promise<void> {
  const count = question.logins.length;
  const which =
    `${count === 1 ? 'the login' : `the ${count} logins`} as ${question.user}` +
    `${question.network ? ` from ${question.network}` : ''}`;
  const lines = question.logins.map((login) => `${login.file}:${login.line}`);
  await writeTopic(db, caseId, topics.login(question.key), decision, {
    kind: 'decision',
    summary: decision.expected
      ? `Marked ${which} as expected${decision.note ? `: ${decision.note}` : '.'}`
      : `Marked ${which} as NOT expected${decision.note ? `: ${decision.note}` : '.'}`,
    author: 'person',
    details: {
      user: question.user,
      network: question.network,
      lines: lines.join(', '),
      expected: decision.expected,
      note: decision.note,
    },
  });
}

export async function caseContainmentTicks(db: NotebookDatabase, caseId: number): Promise<Set<string>> {
  const rows = await db.caseDecisions.where('caseId').equals(caseId).toArray();
  return new Set(
    rows
      .filter((row) => row.topic.startsWith('containment:') && row.value === true)
      .map((row) => row.topic.slice(12)),
  );
}

export async function tickContainmentStep(
  db: NotebookDatabase,
  caseId: number,
  step: { id: string; title: string },
  done: boolean,
): Promise<void> {
  await writeTopic(db, caseId, topics.containment(step.id), done, {
    kind: 'checklist',
    summary: done ? `Done: ${step.title}` : `Not done after all: ${step.title}`,
    author: 'person',
    details: { step: step.id, done },
  });
}
