// Step "Source": who is behind each attacking address — owner, network, abuse contact — looked up
// only when the person asks, grouped so that one email later goes to each provider.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { AttackSource } from '../../core/analysis/attackSource';
import { attackingSources } from '../../core/analysis/attackHeadline';
import { groupByAbuseContact, type ContactGroup } from '../../core/lookup/contactGroups';
import { lookupEligibility } from '../../core/lookup/lookupEligibility';
import { caseAddressFindings } from '../../db/lookups';
import { caseAttackSources, caseEvidence } from '../../db/queries';
import { readSettings, updateSettings } from '../../db/settings';
import { useServices } from '../appServices';
import { plural } from '../shared/format';
import { AddressCard } from './AddressCard';
import { addressTrust } from '../../core/lookup/addressTrust';
import { LookupAdvice } from './LookupAdvice';
import { LookupControls } from './LookupControls';
import { useAddressLookups } from './useAddressLookups';
import { HostNameCard } from './HostNameCard';
import { useHostNameAnswers } from './useHostNameAnswers';
import { caseHostNameAnswers } from '../../db/hostNames';

export function SourceStep({ caseId }: { caseId: number }) {
  const { db } = useServices();
  const sources = useLiveQuery(() => caseAttackSources(db, caseId), [db, caseId]);
  const findings = useLiveQuery(() => caseAddressFindings(db, caseId), [db, caseId]);
  const settings = useLiveQuery(() => readSettings(db), [db]);
  const hostNameAnswers = useLiveQuery(() => caseHostNameAnswers(db, caseId), [db, caseId]);
  const evidence = useLiveQuery(() => caseEvidence(db, caseId), [db, caseId]);
  // The checkbox follows the click at once; the stored setting catches up a moment later.
  const [offlineChoice, setOfflineChoice] = useState<boolean | null>(null);
  const offline = offlineChoice ?? settings?.offlineMode ?? true;
  const { running, problems, progress, lookUp, lookUpAll } = useAddressLookups(caseId, offline);
  const hostNames = useHostNameAnswers(caseId, offline);
  if (
    sources === undefined ||
    findings === undefined ||
    settings === undefined ||
    hostNameAnswers === undefined ||
    evidence === undefined
  ) {
    return <p role="status">Reading the addresses…</p>;
  }

  // The addresses that made a login attempt, as the count model counts them (attackCounts.ts).
  const attackers = attackingSources(sources);
  const lookable = attackers.filter((source) => lookupEligibility(source.ip).eligible);
  // A host name is neither inside nor looked up as it is: DNS first, on the person's request.
  const named = attackers.filter((source) => source.scope === 'host-name');
  const inside = attackers.filter(
    (source) => source.scope !== 'host-name' && !lookupEligibility(source.ip).eligible,
  );
  // "All" means the ones without an answer yet; once every address has one, it refreshes them all.
  const unanswered = lookable.filter((source) => {
    const latest = findings.get(source.ip)?.latest;
    return !latest || latest.error !== null;
  });
  const toLookUp = unanswered.length > 0 ? unanswered : lookable;
  const groups = groupByAbuseContact(
    lookable,
    (source) => findings.get(source.ip)?.abuseContacts[0]?.email ?? null,
    (source) => source.ip,
  );
  // Said once above the cards when every address can be believed for the same reason (the usual
  // case: all came over SSH), not repeated on each card.
  const trustOfEach = new Set(lookable.map((source) => addressTrust(source.services)));
  const sharedTrust =
    lookable.length > 1 && trustOfEach.size === 1
      ? addressTrust(lookable[0]!.services, { many: true })
      : undefined;
  const card = (source: AttackSource) => (
    <AddressCard
      trustSaid={sharedTrust !== undefined && lookupEligibility(source.ip).eligible}
      key={source.ip}
      caseId={caseId}
      source={source}
      findings={findings.get(source.ip)}
      offline={offline}
      running={running.has(source.ip)}
      problem={problems[source.ip]}
      onLookUp={(ip) => void lookUp(ip)}
    />
  );

  const groupCards = (group: ContactGroup<AttackSource>) =>
    group.abuseEmail && group.items.length > 1 ? (
      <section
        key={group.abuseEmail}
        className="contact-group"
        aria-label={`Addresses for ${group.abuseEmail}`}
      >
        <h3>
          {plural(group.items.length, 'address shares', 'addresses share')} one abuse contact:{' '}
          {group.abuseEmail}
        </h3>
        <p>One report to this provider can cover all of them.</p>
        {group.items.map(card)}
      </section>
    ) : (
      group.items.map(card)
    );
  // The busiest addresses first, the long tail of a botnet one click away: a newcomer reports the
  // worst ones, and twenty cards of two attempts each would bury them.
  const { shown: shownGroups, later: laterGroups } = splitGroups(groups, shownAddresses);
  const laterCount = laterGroups.reduce((sum, group) => sum + group.items.length, 0);

  return (
    <div className="source-step">
      <h2>Who is behind it</h2>
      {attackers.length === 0 ? (
        <p>
          {evidence.length === 0
            ? 'No address has failed to log in yet. Import a log on the Import step first.'
            : 'No address failed to log in in these logs, so there is no one to look up or write to. ' +
              (evidence.some((file) => file.unplacedAttempts !== undefined)
                ? 'Their failed attempts named no address (see the Confirm step).'
                : 'Go on to the Report step for the summary to management.')}
        </p>
      ) : (
        <p className="headline">
          {plural(lookable.length, 'public address', 'public addresses')} can be looked up
          {inside.length > 0 &&
            `; ${plural(inside.length, 'address is', 'addresses are')} not on the public internet and need no lookup`}
          {named.length > 0 &&
            `; ${plural(named.length, 'source is', 'sources are')} named by host name: ask DNS for ${named.length === 1 ? 'its address' : 'their addresses'} first`}
          . Find the abuse contact of each provider, then write the reports on the Report step.
        </p>
      )}
      {sharedTrust && <p className="address-trust">{sharedTrust}</p>}
      <LookupAdvice />
      <LookupControls
        count={toLookUp.length}
        again={unanswered.length === 0}
        offline={offline}
        progress={progress}
        onOfflineChange={(value) => {
          setOfflineChoice(value);
          void updateSettings(db, { offlineMode: value });
        }}
        onLookUpAll={() => void lookUpAll(toLookUp.map((source) => source.ip))}
      />
      {shownGroups.map(groupCards)}
      {laterGroups.length > 0 && (
        <details className="later-sources">
          <summary>
            {plural(laterCount, 'more address', 'more addresses')}, with fewer attempts each: look{' '}
            {laterCount === 1 ? 'it' : 'them'} up too if you want to report every one
          </summary>
          {laterGroups.map(groupCards)}
        </details>
      )}
      {named.length > 0 && (
        <section aria-labelledby="source-named-title">
          <h3 id="source-named-title">Sources the log named by host name</h3>
          {named.map((source) => (
            <HostNameCard
              key={source.ip}
              source={source}
              answer={hostNameAnswers.get(source.ip)}
              findings={findings}
              offline={offline}
              resolving={hostNames.resolving.has(source.ip)}
              running={running}
              problem={hostNames.problems[source.ip]}
              onResolve={(name) => void hostNames.resolve(name)}
              onLookUp={(ip) => void lookUp(ip)}
            />
          ))}
        </section>
      )}
      {inside.length > 0 && (
        <section aria-labelledby="source-inside-title">
          <h3 id="source-inside-title">Addresses that need no lookup</h3>
          {inside.map(card)}
        </section>
      )}
    </div>
  );
}

/** Address cards shown before the rest fold away. */
const shownAddresses = 5;

/** The first groups holding `count` addresses (a shared contact's group is never cut), and the rest. */
function splitGroups<Item>(
  groups: ContactGroup<Item>[],
  count: number,
): { shown: ContactGroup<Item>[]; later: ContactGroup<Item>[] } {
  let addresses = 0;
  let at = 0;
  while (at < groups.length && addresses < count) addresses += groups[at++]!.items.length;
  return { shown: groups.slice(0, at), later: groups.slice(at) };
}
