// The journal head a PDF carries, read back as its readers would: the one line and the code in
// the text (pdftotext), and the signed head in the file's metadata, where "Check against an
// earlier report" finds it when given the PDF itself.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSummaryPdfFile } from '../../../main/report/renderSummaryPdfFile';
import { defaultVerdict } from '../../../renderer/core/report/managementSummary';
import { summaryReport, type ReportJournalWitness } from '../../../renderer/core/report/summaryReport';
import { reportTimeline } from '../../../renderer/core/report/reportTimeline';
import { headCode, keyFingerprint, readHeadKeywords } from '../../../renderer/core/journal/journalHead';
import { analyseSample, sampleOwners } from '../core/report/sampleCase';

const scratch = mkdtempSync(join(resolve('.tmp'), 'witness-pdf-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const sample = analyseSample();
const hash = '3f9ac21b7d04e5a1'.repeat(4);
const publicKey = 'ab'.repeat(32);
const witness: ReportJournalWitness = {
  caseKey: 'cd'.repeat(16),
  seq: 45,
  hash,
  code: headCode({ seq: 45, hash }),
  signature: 'ef'.repeat(64),
  publicKey,
  fingerprint: keyFingerprint(publicKey),
  recordLine: 'Record checked: nothing changed since it was written (45 entries).',
};
const input = {
  ...summaryReport(
    {
      caseTitle: 'Failed logins on srv01',
      server: 'srv01',
      organisation: 'Example Office GmbH',
      author: 'Dana Example',
      timeZone: 'UTC',
      sources: sample.sources,
      logins: sample.logins,
      owners: sampleOwners,
      knownGood: [],
      verdict: defaultVerdict(sample.logins),
      journal: [],
    },
    {},
    {
      timeline: reportTimeline([sample.timeline]),
      journal: [
        { seq: 45, occurredAt: Date.UTC(2026, 10, 21, 9), kind: 'note', summary: 'Called', author: 'person' },
      ],
      evidence: [],
      chainHead: hash,
      generatedAt: Date.UTC(2026, 10, 21, 12),
    },
  ),
  journalWitness: witness,
};

let text = '';
let raw = '';

beforeAll(async () => {
  const bytes = await renderSummaryPdfFile(input);
  const path = join(scratch, 'summary.pdf');
  writeFileSync(path, bytes);
  text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  raw = Buffer.from(bytes).toString('latin1');
}, 60_000);

describe('the journal head in the summary PDF', () => {
  it('says in one line how the record checked, and gives the code on every page', () => {
    expect(text).toContain('Record checked: nothing changed since it was written (45 entries).');
    expect(text).toContain('Check code: 45-3f9a-c21b-7d04-e5a1');
    const pages = text.split('\f').filter((page) => page.trim() !== '');
    for (const page of pages) expect(page).toContain(`check code 45-3f9a-c21b-7d04-e5a1`);
  });

  it('names the signature and the key’s fingerprint in the appendix', () => {
    expect(text).toContain(`Signed by the key with fingerprint ${keyFingerprint(publicKey)}`);
    expect(text.replace(/\s+/g, '')).toContain(`Signature:${'ef'.repeat(64)}`);
  });

  it('keeps the signed head in the file itself, to be read back from the PDF', () => {
    expect(readHeadKeywords(raw)).toEqual({
      seq: 45,
      hash,
      caseKey: witness.caseKey,
      signature: witness.signature,
      publicKey,
    });
  });
});
