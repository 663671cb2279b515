// The management summary of an e-mail case as plain text: what arrived, who was targeted, where
// it came from, whether anyone clicked or replied, what was done, and the recommendation. Short
// and without jargon: it is read by someone who does not know what a Received line is.
import { utcStamp } from '../report/reportTime';
import type { MessageTrace } from './messageTrace';
import type { ReportReveals } from './reportReveals';

export type ClickOutcome = 'nobody' | 'clicked' | 'replied' | 'not-known' | null;

export type EmailSummaryFacts = {
  caseTitle: string;
  trace: MessageTrace;
  reveals: ReportReveals;
  /** Who runs the originating network, from the lookup; null before one. */
  owner: string | null;
  reportTo: string | null;
  clicked: ClickOutcome;
  writtenAt: number;
  author: string;
};

const clickedWords: Record<Exclude<ClickOutcome, null>, string> = {
  nobody: 'Nobody clicked a link or replied.',
  clicked: 'Someone clicked a link in the message.',
  replied: 'Someone replied or entered a password or other details.',
  'not-known': 'It is not known yet whether anyone clicked or replied.',
};

function recommendation(clicked: ClickOutcome): string {
  if (clicked === 'clicked')
    return 'Have the computer of the person who clicked checked for malware and change the passwords used after the click. Remind everyone how to recognise such mail.';
  if (clicked === 'replied')
    return 'Treat the details given away as stolen: change those passwords everywhere, turn on two-step login, and tell the bank if payment details were given.';
  if (clicked === 'not-known' || clicked === null)
    return 'Find out whether anyone clicked or replied; until then, treat it as if someone did.';
  return 'No further action is needed beyond the report. Remind everyone to forward such mail to IT instead of opening links.';
}

export type EmailSummarySection = { heading: string; lines: string[] };

export type EmailSummary = { title: string; byline: string; sections: EmailSummarySection[] };

/** The summary as sections: the PDF and the text file are both made from these. */
export function emailSummary(facts: EmailSummaryFacts): EmailSummary {
  const { trace } = facts;
  const handover = trace.handover.status === 'found' ? trace.hops[trace.handover.index]! : null;
  const arrived = handover?.time ?? null;
  const sections: EmailSummarySection[] = [
    {
      heading: 'What arrived',
      lines: [
        `A suspicious e-mail with the subject "${trace.subject ?? '(none)'}", claiming to come from ${trace.from ?? 'an unknown sender'}${arrived !== null ? `, received ${utcStamp(arrived)}` : ''}.`,
      ],
    },
    {
      heading: 'Who was targeted',
      lines: [
        facts.reveals.recipients.length > 0
          ? facts.reveals.recipients.join(', ')
          : 'Not known from the message.',
      ],
    },
    {
      heading: 'Where it came from',
      lines: [
        trace.originatingAddress
          ? `Our mail server received it from the address ${trace.originatingAddress}${facts.owner ? `, run by ${facts.owner}` : ''}. What the message says about earlier servers was written by the sender and may be forged.`
          : trace.sentence,
      ],
    },
    ...(trace.flags.length > 0
      ? [{ heading: 'What looked odd', lines: trace.flags.map((flag) => `- ${flag.words}`) }]
      : []),
    {
      heading: 'Did anyone click or reply?',
      lines: [facts.clicked ? clickedWords[facts.clicked] : 'Not answered yet.'],
    },
    {
      heading: 'What was done',
      lines: [
        `The message was kept as evidence with its SHA-256 and every step was recorded in the case journal.${facts.reportTo ? ` A report was prepared for ${facts.reportTo}.` : ''}`,
      ],
    },
    { heading: 'Recommendation', lines: [recommendation(facts.clicked)] },
  ];
  return {
    title: `Management summary: ${facts.caseTitle}`,
    byline: `Written ${utcStamp(facts.writtenAt)}${facts.author ? ` by ${facts.author}` : ''}`,
    sections,
  };
}

/** The summary as a plain text file. */
export function emailCaseSummary(facts: EmailSummaryFacts): string {
  const summary = emailSummary(facts);
  const lines = [summary.title, summary.byline];
  for (const section of summary.sections) {
    lines.push('', section.heading);
    for (const line of section.lines) lines.push(line);
  }
  return lines.join('\n') + '\n';
}
