// One number everywhere (issue 14): each log goes through the command line's analysis and through
// the app's import, and every number the Import, Confirm, Source and Report screens show — per
// address and in total — must be the command line's. The documents (PDF, .eml, X-ARF, CSV) are
// compared in test/unit/report/oneNumberDocuments.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { AppServicesProvider } from '../../renderer/ui/appServices';
import type { NotebookApi } from '../../preload/api';
import type { ImportRunner } from '../../renderer/state/importRunner';
import type { NotebookDatabase } from '../../renderer/db/schema';
import { caseAttackReview } from '../../renderer/db/attackReview';
import { caseEvidence } from '../../renderer/db/queries';
import { recordManualAbuseContact } from '../../renderer/db/lookups';
import { ConfirmStep } from '../../renderer/ui/confirmStep/ConfirmStep';
import { SourceStep } from '../../renderer/ui/sourceStep/SourceStep';
import { ReportStep } from '../../renderer/ui/reportStep/ReportStep';
import { EvidenceList } from '../../renderer/ui/importStep/EvidenceList';
import { lineAccountingText } from '../../renderer/core/analysis/lineAccounting';
import {
  appCase,
  attackersOf,
  cliAnalysis,
  countedLogs,
  haveSharedSamples,
  missingSharedSamples,
  numberIn,
  type CliDocument,
} from '../support/countSurfaces';

// jsdom lays nothing out: give the address table room for every row, so none is virtualized away.
const tallEnough = 1_000_000;
const measured = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight');
beforeAll(() => {
  Object.defineProperty(Element.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('sources-scroll') ? tallEnough : 0;
    },
  });
});
afterAll(() => {
  if (measured) Object.defineProperty(Element.prototype, 'clientHeight', measured);
});

function renderStep(db: NotebookDatabase, step: React.ReactNode) {
  const services = { db, api: {} as NotebookApi, importRunner: {} as ImportRunner };
  return render(<AppServicesProvider services={services}>{step}</AppServicesProvider>);
}

const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;

if (!haveSharedSamples) console.warn(`oneNumberEverywhere: ${missingSharedSamples}`);

describe.each(countedLogs.filter((log) => haveSharedSamples || !log.shared))(
  'one number everywhere for $path',
  { timeout: 60_000 },
  ({ path }) => {
    let cli: CliDocument;
    let app: Awaited<ReturnType<typeof appCase>>;
    beforeAll(async () => {
      cli = await cliAnalysis(path);
      app = await appCase(path);
    }, 60_000);

    it("Import: the line accounting and the evidence row are the command line's", async () => {
      const [evidence] = await caseEvidence(app.db, app.caseId);
      const [file] = cli.files;
      expect(evidence).toMatchObject({
        units: file!.units,
        aboutLogins: file!.aboutLogins,
        notAboutLogins: file!.notAboutLogins,
        unreadable: file!.unreadable,
      });
      expect(file!.units).toBe(file!.aboutLogins! + file!.notAboutLogins! + file!.unreadable!);
      render(<EvidenceList evidence={[evidence!]} />);
      const row = within(screen.getByRole('table', { name: 'Evidence' })).getByRole('row', {
        name: new RegExp(app.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
      });
      const cells = within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
      expect(cells.slice(3, 5).map((cell) => numberIn(cell ?? ''))).toEqual([file!.units, file!.aboutLogins]);
      expect(lineAccountingText(evidence!)).toMatch(
        new RegExp(`^${file!.units!.toLocaleString('en-US')} (lines|records): `),
      );
    });

    it("Confirm: the headline, every address row and the chart add up to the command line's counts", async () => {
      const attackers = attackersOf(cli);
      const review = await caseAttackReview(app.db, app.caseId);
      expect(review.verdict.status).toBe(cli.verdict.status);
      renderStep(app.db, <ConfirmStep caseId={app.caseId} />);
      const headline = await screen.findByText(/^(Between|These logs)/);
      if (cli.counts.attempts > 0) {
        expect(headline.textContent).toContain(
          `${plural(cli.counts.sourcesThatTried, 'address', 'addresses')} made ${plural(cli.counts.attempts, 'login attempt', 'login attempts')}`,
        );
      } else {
        expect(headline.textContent).toMatch(/^These logs show no failed logins/);
        return;
      }
      if (cli.counts.sourcesThatOnlyConnected > 0) {
        expect(headline.textContent).toContain(
          `${plural(cli.counts.sourcesThatOnlyConnected, 'more address', 'more addresses')} only connected`,
        );
      }
      const table = screen.getByRole('table', { name: 'Addresses that tried to log in and failed' });
      const shown = new Map(
        within(table)
          .getAllByRole('row')
          .slice(1)
          .filter((row) => within(row).queryByRole('rowheader'))
          .map((row) => {
            const cells = within(row)
              .getAllByRole('cell')
              .map((cell) => numberIn(cell.textContent ?? ''));
            return [within(row).getByRole('rowheader').textContent ?? '', cells.slice(1, 4)];
          }),
      );
      expect([...shown.keys()].sort()).toEqual([...attackers.keys()].sort());
      for (const [ip, source] of attackers) {
        expect(shown.get(ip), ip).toEqual([
          source.attempts,
          source.passwordsTried,
          source.unknownUserGuesses,
        ]);
      }
      // The chart's numbers, as its table offers them: they sum to the attempts.
      // A Windows case says them in Windows' word (countWordingOf): the same numbers.
      const bars = screen.getByRole('table', { name: /^(Login attempts|Failed logons) per/ });
      const perBar = within(bars)
        .getAllByRole('row')
        .slice(1)
        .map((row) => numberIn(within(row).getAllByRole('cell')[1]?.textContent ?? ''));
      expect(perBar.reduce((sum, count) => sum + count, 0)).toBe(cli.counts.attempts);
    });

    it("Source: every address and host-name card says the command line's login attempts", async () => {
      const attackers = attackersOf(cli);
      renderStep(app.db, <SourceStep caseId={app.caseId} />);
      if (attackers.size === 0) return;
      // An address's card, or a host name's (a source UseDNS named without its address).
      const cardName = /^(Address|Host name) /;
      await screen.findAllByRole('article', { name: cardName });
      const cards = screen.getAllByRole('article', { name: cardName });
      const shown = new Map(
        cards.map((card) => [
          card.getAttribute('aria-label')?.replace(cardName, '') ?? '',
          numberIn(
            /^([\d,]+) login attempts?/.exec(card.querySelector('.address-meta')?.textContent ?? '')?.[1] ??
              'NaN',
          ),
        ]),
      );
      expect([...shown.keys()].sort()).toEqual([...attackers.keys()].sort());
      for (const [ip, source] of attackers) expect(shown.get(ip), ip).toBe(source.attempts);
    });

    it("Report: the summary and every e-mail draft say the command line's numbers", async () => {
      const attackers = attackersOf(cli);
      for (const source of attackers.values()) {
        if (source.scope === 'public') {
          await recordManualAbuseContact(app.db, app.caseId, source.ip, 'abuse@network.example');
        }
      }
      renderStep(app.db, <ReportStep caseId={app.caseId} />);
      await screen.findByRole('heading', { name: 'Management summary' }, { timeout: 20_000 });
      const text = document.body.textContent ?? '';
      if (cli.verdict.status === 'unknown') expect(text).toContain('cannot');
      if (cli.counts.attempts === 0) return;
      expect(text).toContain(
        `${plural(cli.counts.sourcesThatTried, 'address', 'addresses')} tried to log in to srv01: ${plural(cli.counts.attempts, 'login attempt', 'login attempts')}`,
      );
      // Addresses outside our network are listed one by one, with their owner.
      const publicAttackers = [...attackers.values()].filter((source) => source.scope === 'public');
      const bullets = [...text.matchAll(/• (\S+): ([\d,]+) login attempts?;/g)];
      expect(bullets.length).toBe(Math.min(publicAttackers.length, 10));
      for (const [, ip, count] of bullets) expect(numberIn(count!), ip).toBe(attackers.get(ip!)?.attempts);
      const drafts = document.querySelectorAll('pre.email-preview');
      const listed = [...drafts].flatMap((draft) => [
        ...(draft.textContent ?? '').matchAll(
          / {2}- (\S+?)(?:,[^\n]*)?\n[^\n]*\n\s+([\d,]+) login attempts?/g,
        ),
      ]);
      if (publicAttackers.length > 0) expect(listed.length).toBeGreaterThan(0);
      for (const [, ip, count] of listed) expect(numberIn(count!), ip).toBe(attackers.get(ip!)?.attempts);
    });
  },
);
