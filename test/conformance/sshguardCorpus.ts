// SSHGuard's parser test corpus (../shared/samples/corpora/sshguard/tests.txt, ISC licence): a log
// line, then "SERVICE ADDRESS FAMILY DANGER" for an attack or "*" for a line that is not one;
// "M" lines and comments in between. Most lines are a message without its syslog header: the
// harness gives those a synthetic one, written by the program the service code names (never the
// analyzer: DECISIONS.md).
import { readFileSync } from 'node:fs';
import type { CorpusLine, LineLabel } from './corpusLine';

type ServiceCode = { service: string; program: string; scope?: 'out'; why?: string };

// SSHGuard's service codes (src/parser/attack.h) with the program that writes such lines.
const serviceCodes: Record<number, ServiceCode> = {
  100: { service: 'sshd', program: 'sshd' },
  101: { service: 'dropbear', program: 'dropbear' },
  110: { service: 'sshguard relay', program: 'sshguard', scope: 'out', why: "another SSHGuard's report" },
  120: { service: 'bind', program: 'named', scope: 'out', why: 'a DNS query denial, not a login' },
  200: { service: 'uw-imap', program: 'imapd' },
  210: { service: 'dovecot', program: 'dovecot' },
  220: { service: 'cyrus', program: 'imaps' },
  230: { service: 'cucipop', program: 'cucipop' },
  240: { service: 'exim', program: 'exim' },
  250: { service: 'sendmail', program: 'sendmail', scope: 'out', why: 'a relay rejection, not a login' },
  260: { service: 'postfix', program: 'postfix/smtpd' },
  270: { service: 'opensmtpd', program: 'smtpd' },
  280: { service: 'courier', program: 'imapd' },
  300: { service: 'ftpd', program: 'ftpd' },
  310: { service: 'proftpd', program: 'proftpd' },
  320: { service: 'pure-ftpd', program: 'pure-ftpd' },
  330: { service: 'vsftpd', program: 'vsftpd' },
  340: { service: 'cockpit', program: 'cockpit-session' },
  350: { service: 'web (401)', program: 'nginx' },
  360: {
    service: 'web (scan)',
    program: 'nginx',
    scope: 'out',
    why: 'a web page scan (404, 403), not a login',
  },
  370: { service: 'web (WordPress login)', program: 'nginx' },
  380: { service: 'pfsense', program: 'php-fpm' },
  400: { service: 'openvpn', program: 'openvpn' },
  410: { service: 'openvpn', program: 'openvpn' },
  500: { service: 'gitea', program: 'gitea' },
  600: { service: 'mssql', program: 'sqlservr' },
  601: { service: 'mysql', program: 'mysqld' },
  700: { service: 'proxmox', program: 'pvedaemon' },
};

/** Lines that are probes by nature: a probe event is enough (DECISIONS.md, "Recall"). */
const probeNature =
  /Did not receive identification string|Bad protocol version identification|Unable to negotiate with|banner exchange: |Connection closed by [0-9a-fA-F.:]+ (?:port \d+ )?\[preauth\]|Timeout before authentication|drop connection #|Exit before auth from|TLS Error|port-share-redirect|lost connection after CONNECT|Disconnected from [0-9a-fA-F.:]+ port \d+ \[preauth\]/;

/** Where this harness judges a line otherwise than the corpus, and why. */
const judgedOtherwise: { pattern: RegExp; label: LineLabel; note: string }[] = [
  {
    pattern: /Received disconnect from .*: 3: .*Auth fail/,
    label: 'attack',
    note: 'the client gave up after failed authentication (JSch "Auth fail"): an attack (DECISIONS.md)',
  },
  {
    pattern: /non-SMTP command from|postgrey\[|PREGREET|DNSBL rank|HANGUP after/,
    label: 'out',
    note: 'spam-bot behaviour seen by postscreen/postgrey, not a login attempt',
  },
  {
    // Apache's %u and nginx's $remote_user hold the name a client sent, even when it was wrong;
    // "-" means no name was sent at all: the 401 is the server asking for one (every browser
    // gets one before it logs in), so the line is a probe, not a password tried. A POST answered
    // 401 (Roundcube's failed form login) stays an attack.
    pattern: /^\S+ - - \[[^\]]+\] "(?:GET|HEAD) [^"]*" 401 /,
    label: 'probe',
    note: 'a 401 to a request without credentials is the password challenge, not a password tried',
  },
  {
    pattern: /Length specified in network packet payload/,
    label: 'out',
    note: 'an MSSQL packet error, not a login attempt (DECISIONS.md)',
  },
];

/** A line that already carries a header of its own (syslog, or the program's own log format). */
const hasHeader =
  // eslint-disable-next-line no-control-regex -- ESC starts a coloured line (Gitea)
  /^(?:[A-Z][a-z]{2} [ \d]?\d |\d{4}-\d\d-\d\d[T ]|<\d+>|\d{4}\/\d\d\/\d\d |\[|\x1b|[0-9a-fA-F:.]+ - )/;

export function readSshguardCorpus(path: string): (CorpusLine & { text: string })[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const cases: (CorpusLine & { text: string })[] = [];
  let pendingLine: { text: string; number: number } | undefined;
  lines.forEach((line, index) => {
    if (line === '' || line.startsWith('#') || line === 'M' || line.startsWith('M ')) return;
    if (pendingLine === undefined) {
      pendingLine = { text: line, number: index + 1 };
      return;
    }
    const text = pendingLine.text;
    const origin = `tests.txt:${pendingLine.number}`;
    pendingLine = undefined;
    if (line === '*') {
      const { service, program } = serviceOfText(text);
      cases.push({
        ...judged(text, 'benign', undefined),
        corpus: 'sshguard',
        origin,
        service,
        text: withHeader(text, program),
      });
      return;
    }
    const [codeText, address] = line.split(' ');
    const code = serviceCodes[Number(codeText)];
    if (code === undefined) throw new Error(`${origin}: unknown service code ${codeText}`);
    const label: LineLabel = code.scope === 'out' ? 'out' : probeNature.test(text) ? 'probe' : 'attack';
    cases.push({
      ...judged(text, label, code.why),
      corpus: 'sshguard',
      origin,
      service: code.service,
      address,
      text: withHeader(text, code.program),
    });
  });
  return cases;
}

function judged(
  text: string,
  label: LineLabel,
  why: string | undefined,
): { label: LineLabel; note?: string } {
  const other = judgedOtherwise.find((rule) => rule.pattern.test(text));
  if (other !== undefined) return { label: other.label, note: other.note };
  return why === undefined ? { label } : { label, note: why };
}

/** For lines marked "*", which carry no service code: the service they would belong to. */
function serviceOfText(text: string): { service: string; program: string } {
  if (/^\S+ -+ /.test(text)) return { service: 'web (401)', program: 'nginx' };
  if (/TLS negotiation failed/.test(text)) return { service: 'cyrus', program: 'imaps' };
  return { service: 'sshd', program: 'sshd' };
}

/** The line as a server would write it: a synthetic syslog header unless it has a header already. */
function withHeader(text: string, program: string): string {
  if (hasHeader.test(text)) return text;
  return `Jan 15 10:00:00 corpus-host ${program}[4321]: ${text}`;
}
