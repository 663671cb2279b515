// The shipped sample log analysed once, with the evidence the reports read, for the report tests.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createLogAnalyzer } from '../../../../renderer/core/analysis/logAnalyzer';
import { sshdFormat } from '../../../../renderer/core/logs/sshd';
import { collectReportEvidence } from '../../../../renderer/core/report/reportEvidence';
import type { SourceOwner } from '../../../../renderer/core/report/abuseGroups';

export const sampleText = readFileSync(resolve('assets/sample-auth.log'), 'utf8');
const time = { year: 2026, timeZone: 'UTC' };

export function analyseSample() {
  const analyzer = createLogAnalyzer({ file: 'sample-auth.log', format: sshdFormat, time });
  analyzer.push(sampleText);
  const analysis = analyzer.finish();
  const evidence = collectReportEvidence(
    [{ name: 'sample-auth.log', text: sampleText, format: sshdFormat, time }],
    analysis.sources.map((source) => source.ip),
  );
  return { ...analysis, evidence };
}

const owner = (name: string, abuseEmail: string | null, country = 'US'): SourceOwner => ({
  owner: name,
  network: null,
  country,
  abuseEmail,
});

/** Two addresses share Google's mailbox; one has no mailbox; the rest were not looked up. */
export const sampleOwners = new Map<string, SourceOwner>([
  ['34.23.190.173', owner('Google LLC', 'network-abuse@google.com')],
  ['108.173.74.38', owner('Google LLC', 'Network-Abuse@google.com')],
  ['14.217.4.117', owner('VNPT Corp', 'abuse@vnpt.vn', 'VN')],
  ['54.246.117.204', owner('Amazon Data Services Ireland', 'abuse@amazonaws.com', 'IE')],
  ['146.39.102.88', owner('Nobody Ltd', null, 'DE')],
]);

export const reporter = {
  name: 'Dana Example',
  organisation: 'Example Office GmbH',
  email: 'it@example-office.test',
};
