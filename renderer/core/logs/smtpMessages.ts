// Mail submission (SMTP AUTH): Postfix, OpenSMTPD, Exim, Sendmail. Wording from each server's
// sources and the fail2ban/SSHGuard filters written against them. Relay, spam and sender checks
// ("NOQUEUE: reject: RCPT", "rejected RCPT", "sender verify fail", postscreen) are no login
// attempts: they are not read here and stay "not about logins".
import type { AuthEvent } from './authEvent';
import { addressPattern, byRules, firstOf, serviceEvent, userOf, type ServiceReader } from './serviceRules';
import type { SameAttemptMemory } from './sameAttempt';

const a = addressPattern;

/**
 * Postfix smtpd, and OpenSMTPD, which logs under the same name "smtpd". `checks` holds Dovecot's
 * credential checks of the same log (Postfix's SASL usually asks Dovecot).
 */
export function createSmtpdReader(checks: SameAttemptMemory): ServiceReader {
  // Per smtpd process: the address of its last SASL failure, so the "lost connection after AUTH"
  // that ends the same connection is not a second attempt.
  const lastFailure = new Map<number, { ip: string; line: number }>();
  const postfix: ServiceReader = byRules([
    {
      // "warning: unknown[203.0.113.5]: SASL LOGIN authentication failed: UGFzc3dvcmQ6[, sasl_username=bob]"
      // (smtpd_client_port_logging adds ":48123" after the address)
      pattern: new RegExp(
        `^warning: [^\\s[]*\\[(${a})\\](?::(\\d+))?: SASL (\\S+) authentication failed:(?:.*, sasl_username=(\\S+))?`,
      ),
      read: (m, t, l, pid) => {
        const event = answered(
          checks,
          serviceEvent('postfix', 'auth-failure', t, l, {
            ip: m[1],
            port: m[2],
            method: `SASL ${m[3]}`,
            user: userOf(m[4]),
          }),
        );
        // The line that counts the attempt: this one, or the check it answered.
        if (pid !== 0) lastFailure.set(pid, { ip: event.ip!, line: event.sameAttemptAs ?? l });
        return event;
      },
    },
    {
      // Bots send AUTH PLAIN with the credentials and hang up without waiting for the answer.
      pattern: new RegExp(`^lost connection after AUTH from [^\\s[]*\\[(${a})\\](?::(\\d+))?`),
      read: (m, t, l, pid) => {
        const event = serviceEvent('postfix', 'auth-failure', t, l, {
          ip: m[1],
          port: m[2],
          method: 'SASL',
          status: 'hung up during AUTH',
        });
        const earlier = pid === 0 ? undefined : lastFailure.get(pid);
        if (earlier !== undefined && earlier.ip === event.ip) {
          lastFailure.delete(pid);
          return { ...event, kind: 'other', sameAttemptAs: earlier.line };
        }
        return event;
      },
    },
    {
      pattern: new RegExp(`^lost connection after CONNECT from [^\\s[]*\\[(${a})\\](?::(\\d+))?`),
      read: (m, t, l) => serviceEvent('postfix', 'probe', t, l, { ip: m[1], port: m[2] }),
    },
    {
      pattern: new RegExp(
        `client=[^\\s[]*\\[(${a})\\](?::(\\d+))?, sasl_method=([^,\\s]+),? sasl_username=([^,\\s]+)`,
      ),
      read: (m, t, l) =>
        serviceEvent('postfix', 'success', t, l, {
          ip: m[1],
          port: m[2],
          method: `SASL ${m[3]}`,
          user: m[4],
        }),
    },
  ]);
  return firstOf(postfix, openSmtpd);
}

// OpenSMTPD 6.4+: "38dd06274cde1fd7 smtp event=failed-command address=185.236.202.133 host=… command="AUTH LOGIN" result="503 5.5.1 …""
// and "… smtp authentication user=bob address=203.0.113.5 host=… result=permfail".
const openSmtpd = byRules([
  {
    pattern: new RegExp(
      `^\\S+ smtp (?:event=)?failed-command address=(${a}) host=\\S* command="AUTH (\\S+)[^"]*" result="(\\d{3})`,
    ),
    read: (m, t, l) =>
      serviceEvent('opensmtpd', m[3] === '535' ? 'auth-failure' : 'refused', t, l, {
        ip: m[1],
        method: `SASL ${m[2]}`,
        status: m[3] === '535' ? undefined : 'AUTH is not offered here',
      }),
  },
  {
    pattern: new RegExp(
      `^\\S+ smtp (?:event=)?authentication user=(\\S*) address=(${a}) host=\\S* result=(ok|permfail|tempfail)`,
    ),
    read: (m, t, l) =>
      m[3] === 'tempfail'
        ? serviceEvent('opensmtpd', 'other', t, l, { ip: m[2], user: userOf(m[1]) })
        : serviceEvent('opensmtpd', m[3] === 'ok' ? 'success' : 'auth-failure', t, l, {
            ip: m[2],
            user: userOf(m[1]),
            method: 'SASL',
          }),
  },
]);

// Exim: "dovecot_login authenticator failed for (helo) [1.2.3.4]:55379: 535 Incorrect authentication data (set_id=info@test.com)".
// The host may be written before the HELO name in parentheses, which may itself be "([1.2.3.5])":
// the client's address is the bracketed one outside parentheses.
const eximClient = `(?:[^\\s(\\[]\\S* )?(?:\\([^)]*\\) )?\\[(${a})\\](?::(\\d+))?`;

export function createEximReader(checks: SameAttemptMemory): ServiceReader {
  return byRules([
    {
      pattern: new RegExp(`^(?:(\\S+) )?authenticator failed for ${eximClient}.*?: (\\d)\\d\\d\\b(.*)$`),
      read: (m, t, l) => {
        // "(set_id=NAME)" ends a 535 line (the name is the client's text and may hold a ")");
        // a 435 adds the backend's complaint after it.
        const setId = /\(set_id=(.*)\)\s*$/.exec(m[5]!) ?? /\(set_id=([^)]*)\)/.exec(m[5]!);
        const user = userOf(setId?.[1]);
        const fields = { ip: m[2], port: m[3], user, method: m[1] === undefined ? 'SMTP AUTH' : m[1] };
        // 435 "Unable to authenticate at present": the server's own trouble, not a rejected password.
        if (m[4] !== '5')
          return serviceEvent('exim', 'other', t, l, { ...fields, status: 'authenticator unavailable' });
        return answered(checks, serviceEvent('exim', 'auth-failure', t, l, fields));
      },
    },
    {
      // A client insisting on AUTH where it is not offered: refused before any password.
      pattern: new RegExp(
        `^SMTP protocol error in "AUTH (\\S+)[^"]*" H=${eximClient} (.*?)(?::\\s*\\d+ Time\\(s\\))?\\s*$`,
      ),
      read: (m, t, l) =>
        serviceEvent('exim', 'refused', t, l, {
          ip: m[2],
          port: m[3],
          method: `SMTP AUTH ${m[1]}`,
          status: m[4],
        }),
    },
    {
      // "1oXXXX-000000-00 <= info@example.com H=(helo) [1.2.3.4]:55379 P=esmtpsa … A=dovecot_login:info@example.com S=…"
      pattern: new RegExp(`^\\S+ <= \\S+ .*?H=${eximClient} .*?\\bA=([^:\\s]+):(\\S+)`),
      read: (m, t, l) =>
        serviceEvent('exim', 'success', t, l, { ip: m[1], port: m[2], method: m[3], user: m[4] }),
    },
  ]);
}

// Sendmail: "AUTH failure (LOGIN): authentication failure (-13) SASL(-13): authentication failure: checkpass failed, user=bob, relay=host [1.2.3.4]"
export const sendmail = byRules([
  {
    pattern: new RegExp(
      `^(?:\\S+: )?AUTH failure \\((\\S+)\\):.*?(?:user=([^,\\s]*),? )?relay=.*?\\[(${a})\\]`,
    ),
    read: (m, t, l) =>
      serviceEvent('sendmail', 'auth-failure', t, l, {
        ip: m[3],
        user: userOf(m[2]),
        method: `SASL ${m[1]}`,
      }),
  },
  {
    pattern: new RegExp(
      `^(?:\\S+: )?AUTH=server, relay=.*?\\[(${a})\\].*?, authid=([^,\\s]+), mech=(\\S+?),`,
    ),
    read: (m, t, l) =>
      serviceEvent('sendmail', 'success', t, l, { ip: m[1], user: m[2], method: `SASL ${m[3]}` }),
  },
]);

/**
 * A front end's failure that Dovecot's auth process may have counted already (Postfix and Exim
 * ask Dovecot): then it is the same attempt, named by the check's line.
 */
export function answered(checks: SameAttemptMemory, event: AuthEvent): AuthEvent {
  if (event.ip === undefined) return event;
  const { claimed, firstLine } = checks.answered(event.ip, event.user, event.time, event.count);
  if (claimed === 0) return event;
  if (claimed >= event.count) return { ...event, kind: 'other', sameAttemptAs: firstLine };
  return { ...event, count: event.count - claimed };
}
