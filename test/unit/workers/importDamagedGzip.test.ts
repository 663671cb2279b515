// A rotated .gz whose last member was cut while being copied (issue #15's table, DECISIONS.md
// "Damaged input"): refused with one sentence and nothing kept; imported only when the person
// chooses "Import the readable part anyway", and then with the note that says where it was cut,
// in the evidence, the journal and the timeline, and no "no one got in" for the time after.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { NotebookDatabase } from '../../../renderer/db/schema';
import { caseEvidence, createCase } from '../../../renderer/db/queries';
import { readEvidenceLines } from '../../../renderer/db/evidenceFiles';
import { importFile } from '../../../renderer/workers/importFile';
import { DamagedFileProblem } from '../../../renderer/core/file/importProblem';
import { caseVerdict } from '../../../renderer/core/analysis/caseVerdict';
import { defaultAttackThresholds } from '../../../renderer/core/analysis/attackThresholds';
import { backupLogins, cutMultiMemberGzip } from '../../support/largeLogs';

const lines = [...backupLogins(120_000, 10)];
const cutCopy = cutMultiMemberGzip(lines, 3, 300);
const utc2026 = { year: 2026, timeZone: 'UTC' };

async function newCase() {
  const db = new NotebookDatabase(`import-damaged-${Math.random()}`);
  const caseId = await createCase(db, { title: 't', server: '', description: '', noticedBy: '' });
  return { db, caseId };
}

describe('a multi-member .gz of 120,000 lines whose last member is cut', { timeout: 60_000 }, () => {
  it('is refused in one sentence by default, and nothing of it is kept', async () => {
    const { db, caseId } = await newCase();
    const file = new File([cutCopy.slice()], 'auth.log.2.gz');
    const refused = importFile(
      db,
      { caseId, file, time: utc2026 },
      () => undefined,
      new AbortController().signal,
    );
    await expect(refused).rejects.toBeInstanceOf(DamagedFileProblem);
    await expect(refused).rejects.toThrow(
      /^"auth\.log\.2\.gz" is a compressed \(\.gz\) file that is cut off .* after line 119,9\d\d: nothing from it was kept; copy it from the server again, or import the readable part anyway\.$/,
    );
    expect(await db.evidence.count()).toBe(0);
    expect(await db.logins.count()).toBe(0);
    expect((await db.journal.toArray()).filter((entry) => entry.kind === 'evidence')).toEqual([]);
  });

  it('keeps the readable lines with the note, the journal entry and the cut in the timeline when accepted', async () => {
    const { db, caseId } = await newCase();
    const file = new File([cutCopy.slice()], 'auth.log.2.gz');
    const { summary } = await importFile(
      db,
      { caseId, file, time: utc2026, acceptDamaged: true },
      () => undefined,
      new AbortController().signal,
    );
    expect(summary.lines).toBeGreaterThan(119_900);
    expect(summary.lines).toBeLessThan(120_000);
    // Every line kept is a whole line: the cut one is not read.
    expect(await db.logins.count()).toBe(summary.lines);
    const lastLine = summary.lines.toLocaleString('en-US');
    const note = expect.stringMatching(
      new RegExp(
        `^Only the readable part of this compressed file was imported, as you chose: it is cut off .*read up to line ${lastLine}, the last readable one \\(2026-11-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC\\)`,
      ),
    );
    expect(summary.notes).toEqual([note]);
    const [evidence] = await caseEvidence(db, caseId);
    expect(evidence!.readingNotes).toEqual([note]);
    const [entry] = (await db.journal.toArray()).filter((written) => written.kind === 'evidence');
    expect(entry!.summary).toContain(`read up to line ${lastLine}, the last readable one`);
    // The excerpt reader reads the readable part of the stored copy too.
    expect(await readEvidenceLines(db, evidence!.id, summary.lines, summary.lines)).toEqual([
      lines[summary.lines - 1],
    ]);

    const [timeline] = await db.attemptTimelines.toArray();
    expect(timeline!.cutOff).toEqual({
      file: 'auth.log.2.gz',
      line: summary.lines,
      time: Date.UTC(2026, 10, 1) + (summary.lines - 1) * 10_000,
    });
    expect(timeline!.logEnd).toBe(timeline!.cutOff!.time);
    const verdict = caseVerdict({
      logins: await db.logins.toArray(),
      timelines: [timeline!],
      formatIds: ['openssh'],
      thresholds: defaultAttackThresholds,
    });
    expect(verdict.status).toBe('unknown');
    expect(verdict.reason).toMatch(
      /^Cannot tell for the time after \d+ Nov \d\d:\d\d \(UTC\): "auth\.log\.2\.gz" is a damaged copy read only up to the damage/,
    );
    expect(verdict.reason).not.toMatch(/^No one got in/);
    expect(verdict.collectNext[0]).toMatch(/^Copy "auth\.log\.2\.gz" from the server again/);
  });
});
