// CrowdSec hub test logs (../shared/samples/corpora/crowdsec-hub/<test>/, MIT licence). Their
// parser.assert says what CrowdSec's parsers extracted, not what is an attack (DECISIONS.md), and
// scenario tests have none: every line is labelled here, by the rules below, written from the
// services' own wording and independent of the analyzer. Where parser.assert names a source_ip
// for a line, the label's address must agree with it (checked in crowdsecLines).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusLine, LineLabel } from './corpusLine';

type Rule = {
  service: string;
  pattern: RegExp;
  label: LineLabel;
  note?: string;
};

// An IPv4 address (without a port after it), or an IPv6 one (possibly IPv4-mapped).
const ip = '(?<ip>\\d{1,3}(?:\\.\\d{1,3}){3}|[0-9a-fA-F]*:[0-9a-fA-F:.]*[0-9a-fA-F])';

// Ordered: the first rule whose pattern matches labels the line. The address is the named group
// "ip" when the rule has one.
const rules: Rule[] = [
  // sshd
  {
    service: 'sshd',
    pattern: new RegExp(`sshd(?:-session)?\\[\\d+\\]: Invalid user .* from ${ip}`),
    label: 'attack',
  },
  { service: 'sshd', pattern: new RegExp(`sshd\\b.* Invalid user .* from ${ip}`), label: 'attack' },
  {
    service: 'sshd',
    pattern: new RegExp(`sshd\\[\\d+\\]: Failed \\S+ for .* from ${ip} port`),
    label: 'attack',
  },
  {
    service: 'sshd',
    pattern: new RegExp(`sshd\\[\\d+\\]: pam_unix\\(sshd:auth\\): authentication failure;.* rhost=${ip}`),
    label: 'attack',
  },
  {
    service: 'sshd',
    pattern: new RegExp(`sshd\\[\\d+\\]: User \\S+ from ${ip} not allowed because`),
    label: 'attack',
  },
  {
    service: 'sshd',
    pattern: new RegExp(
      `sshd\\[\\d+\\]: (?:Disconnected from|Connection (?:closed|reset) by) (?:invalid|authenticating) user .* ${ip} port \\d+`,
    ),
    label: 'attack',
    note: 'the end of a login attempt: an attempt when nothing else in the file names it',
  },
  {
    service: 'sshd',
    pattern: new RegExp(`sshd\\[\\d+\\]: refused connect from .*\\(${ip}\\)`),
    label: 'attack',
  },
  {
    service: 'sshd',
    pattern: new RegExp(
      `sshd\\[\\d+\\]: (?:fatal: )?(?:Timeout before authentication for|Unable to negotiate with|banner exchange: Connection from|ssh_dispatch_run_fatal: Connection from|Connection closed by) ${ip}(?: port \\d+)?`,
    ),
    label: 'probe',
  },
  {
    service: 'sshd',
    pattern: new RegExp(`sshd\\[\\d+\\]: Magic value check failed .* from ${ip}`),
    label: 'probe',
  },
  {
    service: 'sshd',
    pattern: /sshd\[\d+\]: (?:Accepted|Close session|error: kex_exchange_identification)/,
    label: 'benign',
  },
  {
    service: 'sshd',
    pattern: /sshd\[\d+\]: Disconnected from totobad user/,
    label: 'benign',
    note: 'not a message sshd writes ("totobad user"): a parser test of CrowdSec',
  },
  // sudo/pam: local, no address
  {
    service: 'sudo',
    pattern: /sudo: pam_(?:unix|tally2)\(sudo:auth\)/,
    label: 'benign',
    note: 'a local sudo failure: no address',
  },
  // Dovecot
  {
    service: 'dovecot',
    pattern: new RegExp(`dovecot(?:\\[\\d+\\])?: \\S+-login: .*\\(auth failed, \\d+ attempts?.*rip=${ip}`),
    label: 'attack',
  },
  {
    service: 'dovecot',
    pattern: new RegExp(
      `dovecot.*\\((?:[^,()]*),${ip}(?:,<[^>]*>)?\\): (?:unknown user|pam_authenticate\\(\\) failed|Password mismatch)`,
    ),
    label: 'attack',
  },
  {
    service: 'dovecot',
    pattern:
      /dovecot: \S+-login: (?:Info: )?(?:Login:|Disconnected: Disconnected: Too many bad commands \(no auth attempts)/,
    label: 'benign',
  },
  // Postfix
  {
    service: 'postfix',
    pattern: new RegExp(
      `postfix/\\S*smtpd\\[\\d+\\]: warning: \\S*\\[${ip}\\](?::\\d+)?: SASL \\S+ authentication failed`,
    ),
    label: 'attack',
  },
  {
    service: 'postfix',
    pattern: /postfix\/\S*smtpd\[\d+\]: (?:NOQUEUE: reject: RCPT|warning: non-SMTP command)/,
    label: 'out',
    note: 'a relay, spam or protocol rejection: not a login attempt',
  },
  // Exim (its own main log)
  {
    service: 'exim',
    pattern: new RegExp(`authenticator failed for .*\\[${ip}\\](?::\\d+)?: 535`),
    label: 'attack',
  },
  {
    service: 'exim',
    pattern: / H=.* (?:rejected RCPT|temporarily rejected connection|sender verify fail)/,
    label: 'out',
    note: 'a relay, spam or sender check: not a login attempt',
  },
  // nginx mail proxy and nginx basic auth
  { service: 'nginx mail', pattern: new RegExp(`client login failed: .* client: ${ip}`), label: 'attack' },
  {
    service: 'nginx mail',
    pattern: /\] \d+#\d+: \*\d+ (?:client \S+ connected to|client logged in|proxied session done)/,
    label: 'benign',
  },
  {
    service: 'nginx mail',
    pattern: /could not be resolved .* while in resolving client address/,
    label: 'benign',
  },
  {
    service: 'web (basic auth)',
    pattern: new RegExp(
      `\\] \\d+#\\d+: \\*\\d+ user ".*"(?:: password mismatch| was not found in).* client: ${ip}`,
    ),
    label: 'attack',
  },
  {
    service: 'web (basic auth)',
    pattern: new RegExp(`\\[auth_basic:error\\].*\\[client ${ip}(?::\\d+)?\\] AH0161[78]`),
    label: 'attack',
  },
  {
    service: 'web (scan)',
    pattern: /\] \d+#\d+: \*\d+ directory index of .* is forbidden/,
    label: 'out',
    note: 'a web page scan, not a login',
  },
  {
    service: 'web (scan)',
    pattern: /\[ssl:info\].*AH02006/,
    label: 'out',
    note: 'a TLS handshake stop, not a login',
  },
  // Web access logs: 401 answers are failed HTTP logins; WordPress answers a failed login with 200.
  {
    service: 'web (401)',
    pattern: new RegExp(`^(?:\\S+ \\S+: )*(?:\\S+ )?${ip} - \\S+ \\[[^\\]]+\\] "[A-Z]+ [^"]*" 401 `),
    label: 'attack',
  },
  {
    service: 'web (WordPress login)',
    pattern: new RegExp(`${ip} - \\S+ \\[[^\\]]+\\] "POST /\\S*wp-login\\.php[^"]*" 200 `),
    label: 'attack',
  },
  {
    service: 'web (scan)',
    pattern: /^(?:\S+ )?[0-9a-fA-F.:]+ - \S+ \[[^\]]+\] "[A-Z]+ [^"]*" (?!401 )\d{3} /,
    label: 'out',
    note: 'a web request that is not a login',
  },
  // Caddy (JSON access log): basic-auth failures are 401 answers to requests that carried
  // credentials; a 401 to a request without an Authorization header is the password challenge
  // (the hub's test sends none: curl without -u), labelled a probe here.
  {
    service: 'web (401)',
    pattern: new RegExp(`^\\{(?=.*"Authorization").*"remote_ip":"${ip}".*"status":401`),
    label: 'attack',
  },
  {
    service: 'web (401)',
    pattern: new RegExp(`^\\{.*"remote_ip":"${ip}".*"status":401`),
    label: 'probe',
    note: 'a 401 to a request without credentials is the password challenge, not a password tried',
  },
  // FTP
  {
    service: 'proftpd',
    pattern: new RegExp(
      `proftpd\\[\\d+\\]:? \\S+ \\(\\S*\\[${ip}\\]\\):? (?:- )?USER .*(?:\\(Login failed\\)|no such user)`,
    ),
    label: 'attack',
  },
  {
    service: 'pure-ftpd',
    pattern: new RegExp(`pure-ftpd(?:\\[\\d+\\])?: \\(\\S*@${ip}\\) \\[WARNING\\] Authentication failed`),
    label: 'attack',
  },
  {
    service: 'pure-ftpd',
    pattern: /pure-ftpd(?:\[\d+\])?: \(\S*@\S+\) \[INFO\] .* is now logged in/,
    label: 'benign',
  },
  {
    service: 'vsftpd',
    pattern: new RegExp(`\\[pid \\d+\\] \\[.*\\] FAIL LOGIN: Client "${ip}"`),
    label: 'attack',
  },
  {
    service: 'vsftpd',
    pattern: /\[pid \d+\] (?:CONNECT:|\[.*\] OK LOGIN:|\[.*\] FTP response:)/,
    label: 'benign',
  },
  // Samba
  {
    service: 'samba',
    pattern: new RegExp(
      `Auth: \\[.*\\] status \\[NT_STATUS_(?:NO_SUCH_USER|WRONG_PASSWORD|LOGON_FAILURE)\\].* remote host \\[ipv[46]:${ip}:\\d+\\]`,
    ),
    label: 'attack',
  },
  // Databases
  { service: 'mysql', pattern: new RegExp(`Access denied for user '[^']*'@'${ip}'`), label: 'attack' },
  {
    service: 'mssql',
    pattern: new RegExp(`Logon\\s+Login failed for user .*\\[CLIENT: ${ip}\\]`),
    label: 'attack',
  },
  {
    service: 'mssql',
    pattern: /Logon\s+Error: 18456/,
    label: 'benign',
    note: 'the error code line before "Login failed", which carries the address',
  },
  // Windows Security events (XML, one event per line in the hub's tests)
  {
    service: 'windows',
    pattern: new RegExp(`<EventID>4625</EventID>.*<Data Name='?"?IpAddress'?"?>${ip}</Data>`),
    label: 'attack',
  },
];

export type CrowdsecLine = CorpusLine & { test: string; file: string; lineNumber: number; text: string };

/** Every line of every hub test log, labelled; throws, listing them, when lines match no rule. */
export function readCrowdsecCorpus(root: string): {
  files: { test: string; path: string }[];
  lines: CrowdsecLine[];
} {
  const files: { test: string; path: string }[] = [];
  const lines: CrowdsecLine[] = [];
  const unlabelled: string[] = [];
  for (const test of readdirSync(root).sort()) {
    const dir = join(root, test);
    const config = join(dir, 'config.yaml');
    if (!existsSync(config)) continue;
    const logFile = /^log_file: (\S+)/m.exec(readFileSync(config, 'utf8'))?.[1];
    if (logFile === undefined || !existsSync(join(dir, logFile))) continue;
    const path = join(dir, logFile);
    const text = readFileSync(path, 'utf8');
    if (text.trim() === '') continue;
    files.push({ test, path });
    const asserted = assertedAddresses(join(dir, 'parser.assert'));
    text
      .split('\n')
      .map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line))
      .forEach((line, index) => {
        if (line.trim() === '') return;
        const origin = `${test}/${logFile}:${index + 1}`;
        const labelled = labelLine(line);
        if (labelled === undefined) {
          unlabelled.push(`${origin}: ${line.slice(0, 200)}`);
          return;
        }
        const expected = asserted.get(index);
        if (
          expected !== undefined &&
          labelled.address !== undefined &&
          plain(expected) !== plain(labelled.address)
        ) {
          unlabelled.push(`${origin}: labelled ${labelled.address}, parser.assert says ${expected}`);
        }
        lines.push({
          ...labelled,
          corpus: 'crowdsec',
          origin,
          test,
          file: path,
          lineNumber: index + 1,
          text: line,
        });
      });
  }
  if (unlabelled.length > 0) throw new Error(`lines without a label:\n${unlabelled.join('\n')}`);
  return { files, lines };
}

function labelLine(line: string): Omit<CorpusLine, 'corpus' | 'origin'> | undefined {
  for (const rule of rules) {
    const m = rule.pattern.exec(line);
    if (!m) continue;
    const address = m.groups?.['ip'];
    return {
      service: rule.service,
      label: rule.label,
      ...(address === undefined || rule.label === 'benign' || rule.label === 'out' ? {} : { address }),
      ...(rule.note === undefined ? {} : { note: rule.note }),
    };
  }
  return undefined;
}

/** parser.assert's source_ip per line index of the s01 parser (the line's own parse). */
function assertedAddresses(path: string): Map<number, string> {
  const addresses = new Map<number, string>();
  if (!existsSync(path)) return addresses;
  const pattern = /^results\["s01-parse"\]\["[^"]+"\]\[(\d+)\]\.Evt\.Meta\["source_ip"\] == "([^"]+)"/gm;
  for (const m of readFileSync(path, 'utf8').matchAll(pattern)) addresses.set(Number(m[1]), m[2]!);
  return addresses;
}

/** An address as the two corpora may both write it: lower case, an IPv4-mapped IPv6 as its IPv4. */
function plain(address: string): string {
  return address.toLowerCase().replace(/^::ffff:(?=\d+\.)/, '');
}
