// An X-ARF v2 ("Version": "2") LoginAttack report: JSON the larger providers' abuse systems read
// automatically. Shape after the login-attack sample of the xarf-spec (github.com/xarf/xarf-spec);
// one report per email, listing the first source with the others as further samples.
import type { AbuseRecipient } from './abuseGroups';
import type { Reporter } from './abuseEmailDraft';
import { attackAttempts } from '../analysis/attackOrder';

export type XarfInput = {
  recipient: AbuseRecipient;
  reporter: Reporter;
  /** The redacted, masked excerpt: the same lines the email carries. */
  excerpt: readonly string[];
  reference: string;
  ports: ReadonlyMap<string, readonly number[]>;
};

const maxSamples = 200;
const maxSources = 1000;

export function xarfLoginAttack({ recipient, reporter, excerpt, reference, ports }: XarfInput): string {
  const [first] = recipient.sources;
  const report = {
    Version: '2',
    ReporterInfo: {
      ReporterOrg: reporter.organisation || reporter.name || 'unknown',
      ReporterOrgEmail: reporter.email,
      ReporterContactEmail: reporter.email,
      ReporterContactName: reporter.name,
    },
    Disclosure: true,
    Report: {
      ReportClass: 'Activity',
      ReportType: 'LoginAttack',
      Date: new Date(first?.firstSeen ?? 0).toISOString(),
      SourceIp: first?.ip ?? '',
      SourcePort: ports.get(first?.ip ?? '')?.[0],
      DestinationPort: 22,
      Protocol: 'tcp',
      Service: 'ssh',
      Ongoing: false,
      Count: recipient.sources.reduce((sum, source) => sum + attackAttempts(source), 0),
      Reference: reference,
      // Bounded like the samples: Count has every attempt, Sources the busiest addresses.
      Sources: recipient.sources.slice(0, maxSources).map((source) => ({
        SourceIp: source.ip,
        FirstSeen: new Date(source.firstSeen).toISOString(),
        LastSeen: new Date(source.lastSeen).toISOString(),
        Attempts: attackAttempts(source),
      })),
      Samples: excerpt.slice(0, maxSamples),
    },
  };
  // JSON.stringify escapes whatever the log lines hold: they stay strings.
  return JSON.stringify(report, null, 2) + '\n';
}
