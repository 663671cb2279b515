// The abuse-email half of the Report step: masking choices, one draft per abuse mailbox, and
// what gets no email (internal addresses, addresses whose owner is not known yet).
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../appServices';
import type { CaseReport, MaskingChoices } from '../../db/reports';
import { saveMaskingChoices } from '../../db/reports';
import { caseCorrespondence } from '../../db/correspondence';
import { composeAbuseEmail } from '../../core/report/abuseEmail';
import { abuseIpdbCsv } from '../../core/report/abuseIpdbCsv';
import { createMasker, type RedactionRules } from '../../core/report/redaction';
import { utf8Bytes } from '../../core/report/emlMessage';
import { useNavigation } from '../../state/store';
import { MaskingPanel } from './MaskingPanel';
import { AbuseDraftCard } from './AbuseDraftCard';
import { caseFileStem } from './reportFiles';
import { WithoutContact } from './WithoutContact';

export function defaultMasking(report: CaseReport): MaskingChoices {
  // Every account that logged in is a real account of ours: hide it unless the person says otherwise.
  const ourUsers = [
    ...new Set([...report.knownGoodUsers, ...report.facts.logins.map((login) => login.user)]),
  ].filter(Boolean);
  const hosts = [...new Set([...report.evidence.hostNames, report.facts.server.trim()])].filter(Boolean);
  return {
    maskUsers: ourUsers,
    hostNames: hosts,
    ourServer: '',
    maskInternalAddresses: true,
    includeXarf: false,
  };
}

export function AbuseEmails({ report, saved }: { report: CaseReport; saved: MaskingChoices | null }) {
  const { db, api } = useServices();
  const { goToStep } = useNavigation();
  const [choices, setChoices] = useState<MaskingChoices>(() => saved ?? defaultMasking(report));
  const sent = useLiveQuery(() => caseCorrespondence(db, report.caseId), [db, report.caseId]);
  const rules: RedactionRules = useMemo(
    () => ({
      knownGood: report.facts.knownGood,
      maskUsers: choices.maskUsers,
      hostNames: choices.hostNames,
      ourAddresses: [],
      maskInternalAddresses: choices.maskInternalAddresses,
    }),
    [report, choices],
  );
  const emails = useMemo(
    () =>
      report.audience.recipients.map((recipient) =>
        composeAbuseEmail({
          recipient,
          linesByAddress: report.evidence.byAddress,
          portsByAddress: new Map([...report.evidence.byAddress].map(([ip, seen]) => [ip, seen.ports])),
          reporter: report.reporter,
          logTimeZone: report.logTimeZone,
          ourServer: choices.ourServer === '' ? null : choices.ourServer,
          rules,
          reference: report.reference,
          includeXarf: choices.includeXarf,
        }),
      ),
    [report, rules, choices],
  );
  const stem = caseFileStem(report.facts.caseTitle);
  const { recipients, internal, withoutContact } = report.audience;

  async function saveCsv() {
    const sources = recipients.flatMap((recipient) => recipient.sources).concat(withoutContact);
    const csv = abuseIpdbCsv(sources, createMasker(rules));
    await api.saveFile({
      suggestedName: `${stem}-abuseipdb.csv`,
      mimeType: 'text/csv',
      bytes: new Uint8Array(utf8Bytes(csv)),
    });
  }

  return (
    <section aria-labelledby="abuse-title">
      <h3 id="abuse-title">Abuse emails</h3>
      <p>
        {recipients.length === 0
          ? 'No abuse email to write yet.'
          : `${recipients.length === 1 ? 'One email, to the one abuse desk found so far' : `${recipients.length} emails, one per abuse desk`}. They are polite on purpose: the machine attacking you is often someone else's hacked computer.`}{' '}
        Check each preview: it is exactly what will leave this computer.
      </p>
      {report.reporter.email === '' && (
        <p className="hint">
          Your name and email address are not set yet (“Your details”, top right): the emails go out unsigned
          and without a reply address until you add them.
        </p>
      )}
      <MaskingPanel
        choices={choices}
        onChange={setChoices}
        onDone={() => saveMaskingChoices(db, report.caseId, choices)}
      />
      {recipients.map((recipient, index) => {
        const email = emails[index];
        if (!email) return null;
        const originalLines = recipient.sources.flatMap(
          (source) => report.evidence.byAddress.get(source.ip)?.lines ?? [],
        );
        return (
          <AbuseDraftCard
            key={recipient.abuseEmail}
            caseId={report.caseId}
            fileStem={stem}
            recipient={recipient}
            email={email}
            originalLines={originalLines}
            sent={sent?.find((row) => row.abuseEmail === recipient.abuseEmail)}
          />
        );
      })}
      {withoutContact.length > 0 && (
        <WithoutContact
          sources={withoutContact}
          owners={report.facts.owners}
          onLookUp={() => goToStep('source')}
        />
      )}
      {internal.length > 0 && (
        <p>
          {internal.map((source) => source.ip).join(', ')} {internal.length === 1 ? 'is' : 'are'} inside your
          own network: no email; find that machine and check it.
        </p>
      )}
      {recipients.length + withoutContact.length > 0 && (
        <p>
          <button type="button" onClick={saveCsv}>
            Save an AbuseIPDB bulk-report file (CSV)
          </button>{' '}
          <span className="hint">
            Optional: upload it yourself at abuseipdb.com to warn other server owners.
          </span>
        </p>
      )}
    </section>
  );
}
