// Nothing understood, nothing concluded: how a file was read adds up, and a file the app read
// nothing of (or mostly could not read) never yields "No one got in".
import { describe, expect, it } from 'vitest';
import {
  lineAccounting,
  lineAccountingText,
  unreadableReason,
} from '../../../../renderer/core/analysis/lineAccounting';
import { caseVerdict } from '../../../../renderer/core/analysis/caseVerdict';
import { createLogAnalyzer } from '../../../../renderer/core/analysis/logAnalyzer';
import { defaultAttackThresholds } from '../../../../renderer/core/analysis/attackThresholds';
import { flagLogins } from '../../../../renderer/core/analysis/loginFlags';
import { sshdFormat } from '../../../../renderer/core/logs/sshd';
import { createTextShape } from '../../../../renderer/core/file/textShape';
import { fixtureText } from './analyzeFixture';

/** The text as the import reads it (lone CRs decided per file), analysed and judged. */
function judge(name: string, text: string) {
  const analyzer = createLogAnalyzer({
    file: name,
    format: sshdFormat,
    time: { year: 2026, timeZone: 'UTC' },
  });
  const shape = createTextShape((piece) => analyzer.push(piece));
  shape.push(text);
  shape.end();
  const analysis = analyzer.finish();
  const verdict = caseVerdict({
    logins: flagLogins(analysis.logins, analysis.sources),
    timelines: [analysis.timeline],
    formatIds: [analysis.summary.format],
    files: [{ ...analysis.summary, name }],
    thresholds: defaultAttackThresholds,
  });
  return { summary: analysis.summary, verdict };
}

describe('line accounting', () => {
  it('adds up: lines = about logins + not about logins + unreadable, in one sentence', () => {
    const { summary } = judge('sample-auth.log', fixtureText('sample-auth.log'));
    const accounting = lineAccounting(summary);
    expect(accounting).toEqual({
      known: true,
      unit: 'line',
      units: 4_000,
      aboutLogins: 3_186,
      notAboutLogins: 814,
      unreadable: 0,
    });
    expect(lineAccountingText(summary)).toBe('4,000 lines: 3,186 about logins, 814 not about logins');
  });

  it('reads the lines of a file with CR-only endings, and counts them as the LF file does', () => {
    const lf = fixtureText('attacker-succeeds.log');
    const cr = judge('cr-only.log', lf.replaceAll('\r\n', '\n').replaceAll('\n', '\r'));
    expect(lineAccounting(cr.summary)).toEqual(lineAccounting(judge('lf.log', lf).summary));
    expect(cr.verdict.status).toBe('access');
  });

  it('says only what an old evidence row knows, and makes nothing up', () => {
    expect(lineAccounting({ lines: 20, unrecognized: 3 })).toEqual({
      known: false,
      lines: 20,
      notAboutLoginsOrUnreadable: 3,
    });
    expect(lineAccountingText({ lines: 20, unrecognized: 3 })).toBe(
      '20 lines, 3 of them not about logins or unreadable',
    );
    expect(unreadableReason({ lines: 20, unrecognized: 3 })).toBeUndefined();
    expect(unreadableReason({ lines: 20, unrecognized: 20 })).toBe('nothing in it was about logins');
  });

  it('names the reason when more than half the lines could not be read', () => {
    const read = {
      lines: 10,
      unrecognized: 6,
      unit: 'line',
      units: 10,
      aboutLogins: 4,
      notAboutLogins: 0,
      unreadable: 6,
    } as const;
    expect(unreadableReason(read)).toBe('6 of its 10 lines could not be read (more than 50%)');
    expect(unreadableReason({ ...read, unreadable: 5, notAboutLogins: 1 })).toBeUndefined();
  });
});

describe('the verdict on a file nothing was understood of', () => {
  it('says "cannot tell", with the reason and what to collect, instead of "No one got in"', () => {
    const { verdict } = judge(
      'mail.log',
      'Nov 21 10:00:00 mx postfix/smtpd[1]: NOQUEUE: reject: RCPT from x\n'.repeat(5),
    );
    expect(verdict.status).toBe('unknown');
    expect(verdict.reason).toBe(
      'Cannot tell from "mail.log": nothing in it was about logins, so a login in it would not have been seen.',
    );
    expect(verdict.collectNext[0]).toMatch(
      /^Import the server's own login log instead: \/var\/log\/auth\.log/,
    );
  });

  it('still says who got in when another file shows it: strong evidence is not hidden by a weak file', () => {
    const { summary } = judge('mail.log', 'Nov 21 10:00:00 mx postfix/smtpd[1]: NOQUEUE: reject\n');
    const analyzer = createLogAnalyzer({
      file: 'auth.log',
      format: sshdFormat,
      time: { year: 2026, timeZone: 'UTC' },
    });
    analyzer.push(fixtureText('attacker-succeeds.log'));
    const analysis = analyzer.finish();
    const verdict = caseVerdict({
      logins: flagLogins(analysis.logins, analysis.sources),
      timelines: [analysis.timeline],
      formatIds: ['openssh', 'openssh'],
      files: [
        { ...analysis.summary, name: 'auth.log' },
        { ...summary, name: 'mail.log' },
      ],
      thresholds: defaultAttackThresholds,
    });
    expect(verdict.status).toBe('access');
  });
});
