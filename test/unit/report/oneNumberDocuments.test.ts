// One number everywhere (issue 14), the documents' half: the PDF as pdftotext reads it, each abuse
// e-mail as mailparser reads the .eml (with its X-ARF report), the AbuseIPDB CSV, the attack-source
// CSV and the internal note, all built from the app's import as the Report step builds them, must
// say the command line's numbers per address and in total. The screens: test/ui/oneNumberEverywhere.
import 'fake-indexeddb/auto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatherCaseReport, type CaseReport } from '../../../renderer/db/reports';
import { recordManualAbuseContact } from '../../../renderer/db/lookups';
import { caseAttackSources } from '../../../renderer/db/queries';
import { summaryReport } from '../../../renderer/core/report/summaryReport';
import { composeAbuseEmail } from '../../../renderer/core/report/abuseEmail';
import { abuseIpdbCsv } from '../../../renderer/core/report/abuseIpdbCsv';
import { createMasker } from '../../../renderer/core/report/redaction';
import { internalAddressNotes } from '../../../renderer/core/report/internalNote';
import { attackSourcesCsv } from '../../../renderer/core/export/attackSourcesCsv';
import { renderSummaryPdfFile } from '../../../main/report/renderSummaryPdfFile';
import { composeEml } from '../../../main/report/composeEml';
import {
  appCase,
  attackersOf,
  cliAnalysis,
  countedLogs,
  haveSharedSamples,
  missingSharedSamples,
  numberIn,
  type CliDocument,
} from '../../support/countSurfaces';

let havePdftotext = true;
try {
  execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
} catch {
  havePdftotext = false;
  console.warn('oneNumberDocuments: pdftotext is missing, the PDF is not read back');
}
if (!haveSharedSamples) console.warn(`oneNumberDocuments: ${missingSharedSamples}`);

mkdirSync(resolve('.tmp'), { recursive: true });
const scratch = mkdtempSync(join(resolve('.tmp'), 'one-number-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const rules = (report: CaseReport) => ({
  knownGood: report.facts.knownGood,
  maskUsers: [],
  hostNames: report.evidence.hostNames,
  ourAddresses: [],
  maskInternalAddresses: true,
});

describe.each(countedLogs.filter((log) => haveSharedSamples || !log.shared))(
  'the documents of $path',
  { timeout: 60_000 },
  ({ path }) => {
    let cli: CliDocument;
    let report: CaseReport;
    let attackers: ReturnType<typeof attackersOf>;
    beforeAll(async () => {
      cli = await cliAnalysis(path);
      attackers = attackersOf(cli);
      const app = await appCase(path);
      for (const source of attackers.values()) {
        if (source.scope === 'public')
          await recordManualAbuseContact(app.db, app.caseId, source.ip, 'abuse@network.example');
      }
      const gathered = await gatherCaseReport(app.db, app.caseId, Date.UTC(2026, 11, 3));
      if (!gathered) throw new Error('no report');
      report = gathered;
      // The attack-source CSV is exported from the stored rows (Cases screen).
      csvText = attackSourcesCsv(await caseAttackSources(app.db, app.caseId));
    }, 60_000);
    let csvText = '';

    it.skipIf(!havePdftotext)(
      'the PDF says the total, each top address and the chart as the command line',
      async () => {
        const input = summaryReport(report.facts, {}, report.extras);
        for (const row of input.topSources)
          expect(row.attempts, row.ip).toBe(attackers.get(row.ip)?.attempts);
        const pdf = join(scratch, `${Math.random()}.pdf`);
        writeFileSync(pdf, await renderSummaryPdfFile(input));
        const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
        if (cli.counts.attempts === 0) {
          expect(text).toContain('No login attempts to chart.');
          return;
        }
        expect(text).toContain(`${cli.counts.attempts.toLocaleString('en-US')} login attempt`);
        // The chart's sentence: its bars sum to the attempts, and it says
        // how long they went on for in the When section's own words.
        expect(text).toMatch(
          new RegExp(`${cli.counts.attempts.toLocaleString('en-US')} login attempts?, which went on for `),
        );
        // The table of top sources: address, then its attempts.
        for (const row of input.topSources) {
          expect(text, row.ip).toContain(`${row.ip} ${row.attempts.toLocaleString('en-US')} `);
        }
      },
    );

    it("each .eml and its X-ARF report say the command line's attempts per address and in all", async () => {
      const publicAttackers = [...attackers.values()].filter((source) => source.scope === 'public');
      expect(report.audience.recipients.length).toBe(publicAttackers.length > 0 ? 1 : 0);
      for (const recipient of report.audience.recipients) {
        const { draft } = composeAbuseEmail({
          recipient,
          linesByAddress: report.evidence.byAddress,
          portsByAddress: new Map([...report.evidence.byAddress].map(([ip, seen]) => [ip, seen.ports])),
          reporter: { name: 'Dana', organisation: 'Example Office', email: 'dana@office.example' },
          logTimeZone: report.logTimeZone,
          ourServer: null,
          rules: rules(report),
          reference: report.reference,
          includeXarf: true,
        });
        const mail = await simpleParser(
          Buffer.from(await composeEml(draft, new Date(Date.UTC(2026, 11, 3)))),
        );
        const listed = [
          ...(mail.text ?? '').matchAll(/ {2}- (\S+?)(?:,[^\n]*)?\n[^\n]*\n\s+([\d,]+) login attempts?/g),
        ];
        expect(listed.length).toBeGreaterThan(0);
        for (const [, ip, count] of listed) expect(numberIn(count!), ip).toBe(attackers.get(ip!)?.attempts);
        const xarf = mail.attachments.find((attachment) => attachment.filename?.endsWith('-xarf.json'));
        const parsed = JSON.parse(xarf!.content.toString('utf8')) as {
          Report: { Count: number; Sources: { SourceIp: string; Attempts: number }[] };
        };
        const total = recipient.sources.reduce(
          (sum, source) => sum + (attackers.get(source.ip)?.attempts ?? NaN),
          0,
        );
        expect(parsed.Report.Count).toBe(total);
        const recorded = /Our server recorded ([\d,]+) login attempts?/.exec(mail.text ?? '')?.[1];
        expect(numberIn(recorded ?? 'NaN')).toBe(total);
        for (const source of parsed.Report.Sources) {
          expect(source.Attempts, source.SourceIp).toBe(attackers.get(source.SourceIp)?.attempts);
        }
      }
    });

    it('the AbuseIPDB CSV, the attack-source CSV and the internal note say the same', () => {
      const { recipients, withoutContact, internal } = report.audience;
      const reported = recipients.flatMap((recipient) => recipient.sources).concat(withoutContact);
      const abuseIpdb = abuseIpdbCsv(reported, createMasker(rules(report)));
      for (const [, ip, count] of abuseIpdb.matchAll(
        /^"?([^",\s]+)"?,[^\n]*?"?([\d,]+) login attempts? on SSH/gm,
      )) {
        expect(numberIn(count!), ip).toBe(attackers.get(ip!)?.attempts);
      }
      expect([...abuseIpdb.matchAll(/login attempts? on SSH/g)].length).toBe(reported.length);

      const rows = csvText.split('\r\n').slice(1).filter(Boolean);
      const cells = rows.map((row) => row.split('","').map((cell) => cell.replace(/^"|"$/g, '')));
      for (const source of cli.sources) {
        const row = cells.find((cell) => cell[0] === source.ip);
        expect(row?.slice(2, 9).map(Number), source.ip).toEqual([
          source.attempts,
          source.passwordsTried,
          source.unknownUserGuesses,
          source.keysOrEmptyLogins,
          source.refusals,
          source.connectionsOnly,
          source.logins,
        ]);
      }
      for (const note of internalAddressNotes(internal)) {
        for (const [, ip, count] of note.text.matchAll(/^- (\S+): ([\d,]+) login attempts?/gm)) {
          expect(numberIn(count!), ip).toBe(attackers.get(ip!)?.attempts);
        }
      }
    });
  },
);
