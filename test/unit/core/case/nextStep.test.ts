import { describe, expect, it } from 'vitest';
import { nextStep, type CaseProgress } from '../../../../renderer/core/case/nextStep';

/** A case with logs in and nothing decided yet. */
const fresh: CaseProgress = {
  logsImported: 1,
  attackers: 3,
  attackDecision: undefined,
  breakInsUnanswered: 0,
  breakInsConfirmed: 0,
  containmentLeft: 6,
  loginQuestionsUnanswered: 0,
  addressesNotLookedUp: 2,
  busiestNotLookedUp: '198.51.100.7',
  abuseContacts: 0,
  abuseContactsWritten: 0,
  summaryExported: false,
  followUpsDue: 0,
  closed: false,
};

describe('what to do now', () => {
  it('asks for the logs first: everything else is read from them', () => {
    expect(nextStep({ ...fresh, logsImported: 0 })).toMatchObject({ screen: 'import', urgent: false });
  });

  it('puts a possible break-in before everything, the attack decision included', () => {
    const next = nextStep({ ...fresh, breakInsUnanswered: 2 });
    expect(next).toMatchObject({ screen: 'logins', urgent: true, action: 'Check the logins now' });
    expect(next.sentence).toBe(
      '2 logins look like a break-in. Say whether you know them before anything else.',
    );
  });

  it('sends the person to the containment checklist once a break-in is confirmed, until it is ticked', () => {
    const gotIn = { ...fresh, breakInsConfirmed: 1, containmentLeft: 2 };
    expect(nextStep(gotIn)).toMatchObject({ screen: 'logins', urgent: true });
    expect(nextStep(gotIn).sentence).toMatch(/^Someone got in\. 2 steps of the checklist/);
    expect(nextStep({ ...gotIn, containmentLeft: 0 }).screen).toBe('confirm');
  });

  it('then asks for the attack decision, then the open login questions, then the lookups', () => {
    expect(nextStep(fresh)).toMatchObject({ screen: 'confirm', action: 'Confirm the attack' });
    expect(nextStep(fresh).sentence).toBe(
      '3 addresses tried to log in. Decide whether this is an attack, and record why.',
    );
    const decided = { ...fresh, attackDecision: 'attack' as const };
    expect(nextStep({ ...decided, loginQuestionsUnanswered: 1 }).screen).toBe('logins');
    expect(nextStep(decided)).toMatchObject({ screen: 'source', action: 'Look up the owners' });
    expect(nextStep(decided).sentence).toBe(
      'Find out who is behind 198.51.100.7, the address with the most attempts, so the report goes to the right abuse desk (1 other public address waits too, if you want to report them all).',
    );
  });

  it('moves on from the lookups once the busiest address is looked up, however many others wait', () => {
    const decided = { ...fresh, attackDecision: 'attack' as const, busiestNotLookedUp: undefined };
    expect(nextStep({ ...decided, addressesNotLookedUp: 22 }).screen).toBe('report');
  });

  it('after the lookups: the summary, the e-mails not yet sent, the follow-ups due, then nothing', () => {
    const lookedUp = {
      ...fresh,
      attackDecision: 'attack' as const,
      addressesNotLookedUp: 0,
      busiestNotLookedUp: undefined,
      abuseContacts: 2,
    };
    expect(nextStep(lookedUp)).toMatchObject({ screen: 'report', action: 'Write the summary' });
    const exported = { ...lookedUp, summaryExported: true, abuseContactsWritten: 1 };
    expect(nextStep(exported)).toMatchObject({ screen: 'report', action: 'Write the e-mails' });
    expect(nextStep(exported).sentence).toMatch(/to 1 abuse desk not written to yet/);
    const written = { ...exported, abuseContactsWritten: 2 };
    expect(nextStep({ ...written, followUpsDue: 1 })).toMatchObject({ screen: 'follow-up' });
    expect(nextStep(written).sentence).toMatch(/^Nothing is waiting\./);
  });

  it('a false alarm needs only the short summary and closing, no lookups or letters', () => {
    const dismissed = { ...fresh, attackDecision: 'false-alarm' as const };
    expect(nextStep(dismissed)).toMatchObject({ screen: 'report', action: 'Write the summary' });
    expect(nextStep({ ...dismissed, summaryExported: true })).toMatchObject({
      screen: 'case',
      action: 'Close the case',
    });
  });

  it('a closed case only speaks up for a follow-up past its date', () => {
    expect(nextStep({ ...fresh, closed: true }).sentence).toBe('The case is closed. Nothing is waiting.');
    expect(nextStep({ ...fresh, closed: true, followUpsDue: 2 }).screen).toBe('follow-up');
  });
});
