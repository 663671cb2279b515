// Lines written by hand in OpenSSH's wording (documentation addresses, invented hosts and PIDs).
import { describe, expect, it } from 'vitest';
import type { AuthEvent } from '../../../../renderer/core/logs/authEvent';
import { sshdFormat } from '../../../../renderer/core/logs/sshd';

function parse(line: string, timeZone = 'UTC') {
  const events: AuthEvent[] = [];
  const parser = sshdFormat.createParser({ year: 2026, timeZone });
  const recognized = parser.parseLine(line, 7, (event) => events.push(event));
  parser.finish?.((event) => events.push(event));
  return { recognized, events };
}

function only(line: string): AuthEvent {
  const { recognized, events } = parse(line);
  expect(recognized).toBe(true);
  expect(events).toHaveLength(1);
  return events[0]!;
}

const at = 'Nov 21 10:48:21 srv01 sshd[4242]: ';

describe('sshd failed logins', () => {
  it('reads "Failed password for U from IP port P ssh2" as one auth-failure for U', () => {
    expect(only(`${at}Failed password for root from 203.0.113.5 port 52144 ssh2`)).toEqual({
      time: Date.parse('2026-11-21T10:48:21Z'),
      service: 'sshd',
      kind: 'auth-failure',
      ip: '203.0.113.5',
      port: 52144,
      user: 'root',
      method: 'password',
      count: 1,
      line: 7,
      pid: 4242,
    });
  });

  it('reads "Failed password for invalid user U" with the user name only', () => {
    const event = only(`${at}Failed password for invalid user oracle from 203.0.113.5 port 40022 ssh2`);
    expect(event).toMatchObject({ kind: 'auth-failure', user: 'oracle', ip: '203.0.113.5', port: 40022 });
  });

  it.each(['publickey', 'keyboard-interactive/pam', 'none'])(
    'reads "Failed %s" as an auth-failure with that method',
    (method) => {
      const event = only(`${at}Failed ${method} for invalid user git from 198.51.100.20 port 61000 ssh2`);
      expect(event).toMatchObject({ kind: 'auth-failure', method, user: 'git' });
    },
  );

  it('reads a failed publickey line that carries the key fingerprint', () => {
    const event = only(
      `${at}Failed publickey for deploy from 198.51.100.20 port 61000 ssh2: ED25519 SHA256:AbCdEf012345`,
    );
    expect(event).toMatchObject({ kind: 'auth-failure', user: 'deploy', ip: '198.51.100.20', port: 61000 });
  });

  it('takes the LAST " from IP port P" when the user name itself contains one', () => {
    const event = only(
      `${at}Failed password for invalid user admin from 192.0.2.1 from 203.0.113.9 port 22 ssh2`,
    );
    expect(event).toMatchObject({ user: 'admin from 192.0.2.1', ip: '203.0.113.9', port: 22 });
  });

  it('keeps user names with spaces, "port" and "from" in them', () => {
    expect(only(`${at}Failed password for invalid user a b from 203.0.113.9 port 1 ssh2`).user).toBe('a b');
    expect(only(`${at}Failed password for invalid user root port 22 from 203.0.113.9 port 2 ssh2`).user).toBe(
      'root port 22',
    );
    expect(only(`${at}Failed password for invalid user from from 203.0.113.9 port 3 ssh2`).user).toBe('from');
  });

  it('accepts an empty user name', () => {
    expect(only(`${at}Failed password for invalid user  from 203.0.113.9 port 4 ssh2`)).toMatchObject({
      user: '',
      ip: '203.0.113.9',
    });
  });

  it('reads IPv6 addresses and writes IPv4-mapped ones as IPv4', () => {
    expect(only(`${at}Failed password for root from 2001:db8:4f8::1819 port 40000 ssh2`).ip).toBe(
      '2001:db8:4f8::1819',
    );
    expect(only(`${at}Failed password for root from ::ffff:203.0.113.7 port 40000 ssh2`).ip).toBe(
      '203.0.113.7',
    );
  });
});

describe('sshd "message repeated N times"', () => {
  it('counts "message repeated N times" as N failures', () => {
    const event = only(
      `${at}message repeated 5 times: [ Failed password for root from 203.0.113.5 port 42393 ssh2]`,
    );
    expect(event).toMatchObject({
      kind: 'auth-failure',
      user: 'root',
      ip: '203.0.113.5',
      port: 42393,
      count: 5,
    });
  });

  it('keeps a hostile user name inside a repeated message', () => {
    const event = only(
      `${at}message repeated 2 times: [ Failed password for invalid user x] y from 203.0.113.5 port 1 ssh2]`,
    );
    expect(event).toMatchObject({ user: 'x] y', count: 2 });
  });

  it('keeps a repeated disconnect as "other", not as attempts', () => {
    expect(
      only(
        `${at}message repeated 3 times: [ Received disconnect from 203.0.113.5 port 1:11: Bye Bye [preauth]]`,
      ),
    ).toMatchObject({ kind: 'other', ip: '203.0.113.5', count: 3 });
  });

  it('does not count a repeated message that is not about logins', () => {
    expect(parse(`${at}message repeated 3 times: [ Server listening on 0.0.0.0 port 22.]`).recognized).toBe(
      false,
    );
  });
});

describe('sshd invalid users', () => {
  it('reads "Invalid user U from IP port P" as invalid-user', () => {
    expect(only(`${at}Invalid user ubnt from 203.0.113.8 port 33411`)).toMatchObject({
      kind: 'invalid-user',
      user: 'ubnt',
      ip: '203.0.113.8',
      port: 33411,
    });
  });

  it('reads the older form without a port', () => {
    expect(only(`${at}Invalid user test from 203.0.113.8`)).toMatchObject({
      user: 'test',
      ip: '203.0.113.8',
      port: undefined,
    });
  });

  it('takes the last " from" for a hostile invalid user name', () => {
    expect(only(`${at}Invalid user admin from 192.0.2.1 from 203.0.113.8 port 60805`)).toMatchObject({
      user: 'admin from 192.0.2.1',
      ip: '203.0.113.8',
    });
  });
});

describe('sshd logins and sessions', () => {
  it.each([
    ['password', `Accepted password for alice from 198.51.100.4 port 50022 ssh2`],
    ['publickey', `Accepted publickey for bob from 198.51.100.4 port 50022 ssh2: ED25519 SHA256:q1w2e3r4t5`],
    [
      'keyboard-interactive/pam',
      `Accepted keyboard-interactive/pam for carol from 198.51.100.4 port 50022 ssh2`,
    ],
  ])('reads "Accepted %s" as a success with that method', (method, message) => {
    expect(only(at + message)).toMatchObject({ kind: 'success', method, ip: '198.51.100.4', port: 50022 });
  });

  it('reads session opened and closed with the user name', () => {
    expect(
      only(`${at}pam_unix(sshd:session): session opened for user alice(uid=1000) by (uid=0)`),
    ).toMatchObject({
      kind: 'session-open',
      user: 'alice',
      ip: undefined,
    });
    expect(only(`${at}pam_unix(sshd:session): session opened for user alice by (uid=0)`).user).toBe('alice');
    expect(only(`${at}pam_unix(sshd:session): session closed for user alice`)).toMatchObject({
      kind: 'session-close',
      user: 'alice',
    });
  });
});

describe('sshd PAM lines', () => {
  it('counts a pam_unix authentication failure that no "Failed" line repeats as one failure', () => {
    const event = only(
      `${at}pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=203.0.113.5  user=root`,
    );
    expect(event).toMatchObject({ kind: 'auth-failure', ip: '203.0.113.5', user: 'root', count: 1 });
  });

  it('reads the old Red Hat "sshd(pam_unix)" lines the same way', () => {
    const line =
      'Jun 14 15:16:01 combo sshd(pam_unix)[19939]: authentication failure; logname= uid=0 euid=0 tty=NODEVssh ruser= rhost=203.0.113.5 ';
    expect(only(line)).toMatchObject({ kind: 'auth-failure', ip: '203.0.113.5', user: undefined });
  });

  it('keeps the host name as the source when PAM names a host instead of an address (UseDNS)', () => {
    const line = `${at}pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=Scanner.Example.NET`;
    expect(only(line)).toMatchObject({ kind: 'auth-failure', ip: 'scanner.example.net' });
  });
});

describe('sshd connections without a login attempt', () => {
  it.each([
    'Connection closed by 203.0.113.30 port 40112 [preauth]',
    'Connection reset by 203.0.113.30 port 40112 [preauth]',
    'Connection closed by 203.0.113.30 [preauth]',
    'Did not receive identification string from 203.0.113.30 port 40112',
    'Unable to negotiate with 203.0.113.30 port 40112: no matching host key type found. Their offer: ssh-dss',
    'banner exchange: Connection from 203.0.113.30 port 40112: invalid format',
  ])('reads "%s" as a probe', (message) => {
    expect(only(at + message)).toMatchObject({ kind: 'probe', ip: '203.0.113.30' });
  });

  it('counts a connection closed while authenticating as the attempt it ends, when no other line names one', () => {
    expect(
      only(`${at}Connection closed by authenticating user root 203.0.113.30 port 40112 [preauth]`),
    ).toMatchObject({ kind: 'auth-failure', user: 'root', ip: '203.0.113.30', port: 40112 });
  });
});

describe('sshd line headers', () => {
  it('reads RFC 3339 stamps with their own zone', () => {
    const event = only(
      '2026-11-21T10:48:21.123456+01:00 srv01 sshd[4242]: Failed password for root from 203.0.113.5 port 1 ssh2',
    );
    expect(new Date(event.time).toISOString()).toBe('2026-11-21T09:48:21.123Z');
  });

  it('reads classic stamps in the confirmed zone', () => {
    const { events } = parse(`${at}Failed password for root from 203.0.113.5 port 1 ssh2`, 'Europe/Berlin');
    expect(new Date(events[0]!.time).toISOString()).toBe('2026-11-21T09:48:21.000Z');
  });

  it('reads the sshd-session process name of OpenSSH 9.8 and later', () => {
    expect(
      only('Nov 21 10:48:21 srv01 sshd-session[4242]: Invalid user pi from 203.0.113.8 port 2').kind,
    ).toBe('invalid-user');
  });

  it.each([
    'Nov 21 10:50:01 srv01 CRON[2032]: pam_unix(cron:session): session opened for user root(uid=0) by (uid=0)',
    'Nov 21 10:50:01 srv01 systemd-logind[612]: New session 4 of user alice.',
    'Nov 21 10:50:01 srv01 sshd[4242]: pam_unix(sshd:auth): check pass; user unknown',
    'Nov 21 10:50:01 srv01 sshd-keygen[1]: Failed password for root from 203.0.113.5 port 1 ssh2',
    'Nov 21 10:50:01 srv01 notsshd[1]: Failed password for root from 203.0.113.5 port 1 ssh2',
    'Failed password for root from 203.0.113.5 port 1 ssh2',
    'Nov 99 10:50:01 srv01 sshd[4242]: Failed password for root from 203.0.113.5 port 1 ssh2',
    '',
  ])('leaves %j unrecognized', (line) => {
    expect(parse(line)).toEqual({ recognized: false, events: [] });
  });
});

describe('sshdFormat.detect', () => {
  it('is sure of an auth.log that is mostly sshd', () => {
    expect(
      sshdFormat.detect([
        `${at}Invalid user a from 203.0.113.8`,
        `${at}Failed password for root from 203.0.113.5 port 1 ssh2`,
      ]),
    ).toBe(1);
  });

  it('says yes to an auth.log whose first lines are mostly CRON', () => {
    const cron = 'Nov 21 10:50:01 srv01 CRON[2032]: pam_unix(cron:session): session closed for user root';
    expect(sshdFormat.detect([cron, cron, cron, `${at}Invalid user a from 203.0.113.8`])).toBeGreaterThan(
      0.5,
    );
  });

  it('says no to a file without sshd lines', () => {
    expect(
      sshdFormat.detect(['<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">', '{"a":1}']),
    ).toBe(0);
    expect(sshdFormat.detect([])).toBe(0);
  });
});

describe('sshd addresses, line after line', () => {
  it('are read from what each line writes, not from what an earlier address became', () => {
    // "[2001:DB8::1]" is stored as "2001:db8::1"; a later "2001:db8::1" is the same source. "1x%9"
    // and "1x" are neither an address nor a host name.
    const lines = ['[2001:DB8::1]', '2001:db8::1', '1x%9', '1x'].map(
      (address, index) =>
        `Mar  3 10:00:0${index} srv01 sshd[${100 + index}]: Failed password for root from ${address} port 22 ssh2`,
    );
    const ips: (string | undefined)[] = [];
    const parser = sshdFormat.createParser({ year: 2026, timeZone: 'UTC' });
    lines.forEach((line, index) => parser.parseLine(line, index + 1, (event) => ips.push(event.ip)));
    parser.finish?.((event) => ips.push(event.ip));
    // Text that is neither an address nor a host name makes the line unreadable: no event at all.
    expect(ips).toEqual(['2001:db8::1', '2001:db8::1']);
  });
});
