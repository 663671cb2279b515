// The e-mail case's management summary as a PDF, read back with pdftotext as its reader would.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderEmailSummaryPdfFile } from '../../../main/report/renderEmailSummaryPdfFile';
import {
  emailCaseSummary,
  emailSummary,
  type EmailSummaryFacts,
} from '../../../renderer/core/email/emailCaseSummary';
import { readSuspiciousMessage } from '../../../renderer/core/email/messageSource';
import { traceMessage } from '../../../renderer/core/email/messageTrace';
import { reportReveals } from '../../../renderer/core/email/reportReveals';
import { screenshotPath } from '../../support/screenshots';

const scratch = mkdtempSync(join(resolve('.tmp'), 'email-summary-pdf-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

function facts(): EmailSummaryFacts {
  const message = readSuspiciousMessage(
    new Uint8Array(readFileSync(resolve('test/fixtures/email/written/phish-paypal.eml'))),
  );
  const trace = traceMessage(message.header, ['northwind-office.example']);
  return {
    caseTitle: 'PayPal phish to Anna <script>',
    trace,
    reveals: reportReveals(message.header, trace),
    owner: 'BT-CORPORATE',
    reportTo: 'zzdnsr@bt.com',
    clicked: 'clicked',
    writtenAt: Date.UTC(2026, 10, 4, 10, 0, 0),
    author: 'Dana',
  };
}

describe('the e-mail case summary', () => {
  it('says what arrived, who was targeted, where from, the click answer and the recommendation', () => {
    const text = emailCaseSummary(facts());
    expect(text).toContain('A suspicious e-mail with the subject "Your account has been limited"');
    expect(text).toContain('anna@northwind-office.example');
    expect(text).toContain('received it from the address 62.239.237.1, run by BT-CORPORATE');
    expect(text).toContain('Someone clicked a link in the message.');
    expect(text).toMatch(/Recommendation\nHave the computer of the person who clicked checked/);
  });

  it.skipIf(!hasPdftotext)(
    'renders the same sections as a PDF (pdftotext)',
    async () => {
      const bytes = await renderEmailSummaryPdfFile(emailSummary(facts()));
      const path = join(scratch, 'summary.pdf');
      writeFileSync(path, bytes);
      const kept = screenshotPath('email-summary.pdf');
      if (kept) writeFileSync(kept, bytes);
      const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
      expect(text).toContain('Management summary: PayPal phish to Anna');
      expect(text).toContain('Where it came from');
      expect(text).toContain('62.239.237.1');
      expect(text).toContain('Someone clicked a link in the message.');
    },
    60_000,
  );
});
