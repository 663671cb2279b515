import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { NotebookDatabase } from '../../../renderer/db/schema';
import { createCase } from '../../../renderer/db/queries';
import { caseJournal } from '../../../renderer/db/journal';
import {
  caseAttackDecision,
  caseContainmentTicks,
  caseKnownGood,
  caseLoginDecisions,
  caseThresholds,
  decideAttack,
  decideLogin,
  markKnownGood,
  saveCaseThresholds,
  tickContainmentStep,
} from '../../../renderer/db/decisions';
import { defaultAttackThresholds } from '../../../renderer/core/analysis/attackThresholds';

async function newCase() {
  const db = new NotebookDatabase(`decisions-${Math.random()}`);
  const caseId = await createCase(db, { title: 'T', server: 's', description: '', noticedBy: '' });
  return { db, caseId };
}

describe('case decisions', () => {
  it('keeps the latest attack decision and journals each one, written by the person', async () => {
    const { db, caseId } = await newCase();
    await decideAttack(db, caseId, 'attack', 'hundreds of passwords', 1_000);
    await decideAttack(db, caseId, 'false-alarm', 'our monitoring script', 2_000);
    expect(await caseAttackDecision(db, caseId)).toEqual({
      verdict: 'false-alarm',
      reason: 'our monitoring script',
      decidedAt: 2_000,
    });
    const journal = await caseJournal(db, caseId);
    expect(journal.map((entry) => [entry.kind, entry.author, entry.summary])).toEqual([
      ['decision', 'person', 'Confirmed: this is an attack. hundreds of passwords'],
      ['decision', 'person', 'Dismissed as a false alarm: our monitoring script'],
    ]);
  });

  it('stores known-good networks and user names per case, for the reports (caseKnownGood)', async () => {
    const { db, caseId } = await newCase();
    const other = await newCase();
    await markKnownGood(db, caseId, { network: '192.168.1.0/24' }, true);
    await markKnownGood(db, caseId, { userName: 'alice' }, true);
    await markKnownGood(db, caseId, { userName: 'alice' }, true);
    expect(await caseKnownGood(db, caseId)).toEqual({ networks: ['192.168.1.0/24'], userNames: ['alice'] });
    expect(await caseKnownGood(other.db, other.caseId)).toEqual({ networks: [], userNames: [] });
    await markKnownGood(db, caseId, { network: '192.168.1.0/24' }, false);
    expect((await caseKnownGood(db, caseId)).networks).toEqual([]);
  });

  it('records each login decision and containment tick, and falls back to default thresholds', async () => {
    const { db, caseId } = await newCase();
    const login = { file: 'auth.log', line: 2826, user: 'admin', ip: '34.23.190.173', time: 0 };
    await decideLogin(db, caseId, login, { expected: false, note: 'not us' });
    expect(await caseLoginDecisions(db, caseId)).toEqual(
      new Map([['auth.log:2826', { expected: false, note: 'not us' }]]),
    );
    await tickContainmentStep(db, caseId, { id: 'keep-logs', title: 'Keep copies of the logs' }, true);
    expect(await caseContainmentTicks(db, caseId)).toEqual(new Set(['keep-logs']));
    expect(await caseThresholds(db, caseId)).toEqual(defaultAttackThresholds);
    await saveCaseThresholds(
      db,
      caseId,
      { ...defaultAttackThresholds, bruteForceMinAttempts: 20 },
      'brute force 10 → 20',
    );
    expect((await caseThresholds(db, caseId)).bruteForceMinAttempts).toBe(20);
    expect((await caseJournal(db, caseId)).map((entry) => entry.kind)).toEqual([
      'decision',
      'checklist',
      'decision',
    ]);
  });
});
