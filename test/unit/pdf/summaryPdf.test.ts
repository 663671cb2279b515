// The management summary rendered to a real PDF in Node and read back with pdftotext, the way a
// reader's PDF viewer would see it: every section, the window in UTC, the verdict, the chain head.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSummaryPdfFile } from '../../../main/report/renderSummaryPdfFile';
import { defaultVerdict, summarySectionTitles } from '../../../renderer/core/report/managementSummary';
import { summaryReport } from '../../../renderer/core/report/summaryReport';
import { reportTimeline } from '../../../renderer/core/report/reportTimeline';
import { analyseSample, sampleOwners } from '../core/report/sampleCase';

const scratch = mkdtempSync(join(resolve('.tmp'), 'summary-pdf-'));
afterAll(() => (process.env.KEEP_PDF ? undefined : rmSync(scratch, { recursive: true, force: true })));

const sample = analyseSample();
const chainHead = 'a3f1'.repeat(16);
const input = summaryReport(
  {
    caseTitle: 'Failed logins on srv01',
    server: 'srv01',
    organisation: 'Example Office GmbH',
    author: 'Dana Example',
    timeZone: 'Europe/Berlin',
    sources: sample.sources,
    logins: sample.logins,
    owners: sampleOwners,
    knownGood: ['38.158.13.0/24'],
    verdict: { ...defaultVerdict(sample.logins), attack: 'confirmed' },
    journal: [
      { occurredAt: Date.UTC(2026, 10, 21, 9, 30), kind: 'evidence', summary: 'Imported sample-auth.log' },
    ],
  },
  { recommendation: 'Our own words: =cmd| <b>not markup</b>' },
  {
    timeline: reportTimeline([sample.timeline]),
    journal: [
      { seq: 1, occurredAt: Date.UTC(2026, 10, 21, 9), kind: 'case', summary: 'Case opened', author: 'app' },
      {
        seq: 2,
        occurredAt: Date.UTC(2026, 10, 21, 9, 30),
        kind: 'evidence',
        summary: 'Imported sample-auth.log',
        author: 'app',
      },
    ],
    evidence: [{ name: 'sample-auth.log', size: 427_000, sha256: 'c0ffee'.repeat(10) + 'abcd' }],
    chainHead,
    generatedAt: Date.UTC(2026, 10, 21, 12, 0, 0),
  },
);

let text = '';
let pdfPath = '';

beforeAll(async () => {
  const bytes = await renderSummaryPdfFile(input);
  pdfPath = join(scratch, 'summary.pdf');
  writeFileSync(pdfPath, bytes);
  text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
}, 60_000);

describe('the management summary PDF', () => {
  it('has every section, by its title', () => {
    for (const title of Object.values(summarySectionTitles)) expect(text).toContain(title);
    expect(text).toContain('Appendix A: the journal');
    expect(text).toContain('Appendix B: the evidence');
  });

  it('states the attack window in UTC and in office time', () => {
    expect(text).toMatch(
      /In UTC \(the time abuse desks use\): from 2026-11-19 \d\d:\d\d:\d\d UTC to 2026-11-20/,
    );
    expect(text).toContain('Europe/Berlin (UTC+01:00)');
  });

  it('prints the verdict on the first page', () => {
    const firstPage = text.split('\f')[0] ?? '';
    expect(firstPage).toContain(
      'Verdict: Attack confirmed; possible break-in, treat the server as compromised.',
    );
  });

  it('puts the journal chain head, the case name and the page number in every page footer', () => {
    const pages = text.split('\f').filter((page) => page.trim() !== '');
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((page, index) => {
      expect(page).toContain(`Journal chain head: ${chainHead}`);
      expect(page).toContain('Failed logins on srv01 · generated 2026-11-21 12:00:00 UTC');
      expect(page).toContain(`Page ${index + 1} of ${pages.length}`);
    });
  });

  it('keeps the person’s edit, as text', () => {
    expect(text).toContain('Our own words: =cmd| <b>not markup</b>');
  });

  it('lists the top sources, the evidence with its SHA-256 and the journal', () => {
    expect(text).toContain('14.217.4.117');
    expect(text).toContain('VNPT Corp');
    // The fingerprint in groups of eight, so it wraps on the page instead of running off it.
    expect(text).toContain('c0ffeec0 ffeec0ff eec0ffee');
    expect(text).toContain('Imported sample-auth.log');
    expect(text.replace(/\s+/g, ' ')).toMatch(/busiest hour began 2026-11-\d\d \d\d:00:00 UTC/);
  });

  it('says how long the attack went on in the same words in "When" and under the chart', () => {
    const flat = text.replace(/\s+/g, ' ');
    const duration = /The attempts went on for ([^.]+)\./.exec(flat)?.[1];
    expect(duration).toBeDefined();
    expect(flat).toContain(`login attempts, which went on for ${duration}; the busiest hour`);
  });

  it('still makes a sensible document for a case without any failed login', async () => {
    const empty = summaryReport(
      {
        caseTitle: 'Quiet night on srv01',
        server: 'srv01',
        organisation: '',
        author: '',
        timeZone: 'UTC',
        sources: [],
        logins: [],
        owners: new Map(),
        knownGood: [],
        verdict: { attack: 'dismissed', access: 'none-found' },
        journal: [],
      },
      {},
      {
        timeline: { start: 0, bucketMs: 3_600_000, counts: [] },
        journal: [],
        evidence: [],
        chainHead,
        generatedAt: 0,
      },
    );
    const path = join(scratch, 'empty.pdf');
    writeFileSync(path, await renderSummaryPdfFile(empty));
    const emptyText = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    expect(emptyText).toContain('The logs of srv01 show no failed login attempts from outside.');
    expect(emptyText).toContain('No login attempts to chart.');
    expect(emptyText).toContain('No address failed to log in.');
  }, 60_000);
});
