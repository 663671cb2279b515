// One number everywhere (issue 14), over every fixture and every log in ../shared/samples: the
// command line's analysis and the app's import of the same file give the same counts per address
// and in total, the same line accounting (which adds up) and the same verdict, and a file nothing
// was understood of never says "No one got in". The screens and documents of a representative set
// are compared in test/ui/oneNumberEverywhere.test.tsx and test/unit/report/oneNumberDocuments.
import 'fake-indexeddb/auto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseAttackReview } from '../../../renderer/db/attackReview';
import { caseEvidence } from '../../../renderer/db/queries';
import { sourceCounts } from '../../../renderer/core/analysis/attackCounts';
import { timelineAttempts } from '../../../renderer/core/analysis/attemptTimeline';
import { unreadableReason } from '../../../renderer/core/analysis/lineAccounting';
import {
  appCase,
  cliAnalysis,
  haveSharedSamples,
  missingSharedSamples,
  sharedSamples,
} from '../../support/countSurfaces';

/** What is a log and not a registry answer, a mail, a parser's description or a licence. */
const notALog =
  /\.(md|yaml|assert|csv|json|eml|msg|txt)$|\/(rdap|whois|email|eml|report-whois)\/|ORIGIN|LICENSE|COPYING/;

function logsUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => join(folder, name))
    .filter((path) => statSync(path).isFile() && !notALog.test(path))
    .sort();
}

const fixtures = logsUnder('test/fixtures');
const samples = haveSharedSamples ? logsUnder(sharedSamples) : [];
if (!haveSharedSamples) console.warn(`oneNumberEverywhere (cli): ${missingSharedSamples}`);

describe('the command line and the app count every log the same', { timeout: 120_000 }, () => {
  it.each([...fixtures, ...samples])('%s', async (path) => {
    let cli;
    try {
      cli = await cliAnalysis(path);
    } catch (error) {
      // A file the command line refuses (a year in the future, not a log) is refused by the app too.
      await expect(appCase(path)).rejects.toThrow();
      expect(String(error)).not.toBe('');
      return;
    }
    const app = await appCase(path);
    const [evidence] = await caseEvidence(app.db, app.caseId);
    const [file] = cli.files;
    expect(file!.units).toBe(file!.aboutLogins! + file!.notAboutLogins! + file!.unreadable!);
    expect(evidence).toMatchObject({
      units: file!.units,
      aboutLogins: file!.aboutLogins,
      notAboutLogins: file!.notAboutLogins,
      unreadable: file!.unreadable,
    });

    const review = await caseAttackReview(app.db, app.caseId);
    const appSources = new Map(review.sources.map((source) => [source.ip, sourceCounts(source)]));
    for (const source of cli.sources) {
      expect(appSources.get(source.ip), source.ip).toMatchObject({
        attempts: source.attempts,
        passwords: source.passwordsTried,
        unknownUserGuesses: source.unknownUserGuesses,
        otherCredentials: source.keysOrEmptyLogins,
        refusals: source.refusals,
        connectionsOnly: source.connectionsOnly,
        logins: source.logins,
      });
    }
    expect(appSources.size).toBe(cli.sources.length);
    const sum = cli.sources.reduce((total, source) => total + source.attempts, 0);
    expect(cli.counts.attempts).toBe(sum);
    expect(timelineAttempts(review.timelines)).toBe(cli.counts.attempts);
    expect(review.verdict.status).toBe(cli.verdict.status);
    if (unreadableReason(evidence!) !== undefined) expect(cli.verdict.status).not.toBe('no-access');
  });
});
