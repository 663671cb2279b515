// Remediation never locks people out: each command that could carries its precondition from the
// evidence of who logged in, and how.
import { describe, expect, it } from 'vitest';
import type { Login } from '../../../../renderer/core/analysis/attackSource';
import {
  remediationChecklist,
  type RemediationItem,
} from '../../../../renderer/core/report/remediationChecklist';

const login = (user: string, method: string, fields: Partial<Login> = {}) => ({
  user,
  method,
  ip: '198.51.100.4',
  service: 'sshd',
  flags: [] as Login['flags'],
  ...fields,
});

const item = (items: RemediationItem[], id: string) => items.find((each) => each.id === id);

describe('the remediation checklist', () => {
  it('offers "PasswordAuthentication no" when every login used a key', () => {
    const items = remediationChecklist([], {
      logins: [login('alice', 'publickey'), login('bob', 'publickey')],
      keysConfirmed: false,
    });
    expect(item(items, 'sshd-no-passwords')?.precondition).toEqual({
      met: true,
      text: 'Every login in these logs used a key.',
    });
  });

  it('holds it back while a login used a password, until the person confirms keys exist', () => {
    const logins = [
      login('alice', 'publickey'),
      login('bob', 'password'),
      login('carol', 'keyboard-interactive/pam'),
    ];
    const held = item(remediationChecklist([], { logins, keysConfirmed: false }), 'sshd-no-passwords');
    expect(held?.precondition).toEqual({
      met: false,
      text:
        'Not yet: 2 logins in these logs did not use a key ("bob", "carol"): with this line those accounts could ' +
        'no longer log in. Set up a key for each person, check that it works, then confirm here.',
      confirm: 'Every account that logs in over SSH has a working key',
    });
    const confirmed = item(remediationChecklist([], { logins, keysConfirmed: true }), 'sshd-no-passwords');
    expect(confirmed?.precondition?.met).toBe(true);
    expect(
      item(remediationChecklist([], { logins: [], keysConfirmed: false }), 'sshd-no-passwords')?.precondition
        ?.text,
    ).toMatch(/^Not yet: No SSH login is in these logs/);
  });

  it('warns before "PermitRootLogin no" when root logged in', () => {
    const items = remediationChecklist([], {
      logins: [
        login('root', 'password', { ip: '203.0.113.5' }),
        login('root', 'publickey', { ip: '10.0.0.2' }),
      ],
      keysConfirmed: false,
    });
    expect(item(items, 'sshd-no-root')?.warning).toBe(
      'root logged in 2 times in these logs (from 203.0.113.5, 10.0.0.2): whoever does that needs an account of ' +
        'their own with sudo first, or they are locked out.',
    );
    const quiet = remediationChecklist([], { logins: [login('alice', 'publickey')], keysConfirmed: false });
    expect(item(quiet, 'sshd-no-root')?.warning).toBeUndefined();
  });

  it('lists every account that logged in after AllowUsers, with a warning, the break-in account too', () => {
    const breakIn = login('admin', 'password', { ip: '203.0.113.7', flags: ['from-attacking-address'] });
    const items = remediationChecklist([], {
      logins: [
        login('alice', 'publickey'),
        login('deploy', 'publickey'),
        breakIn,
        login('alice', 'publickey'),
      ],
      keysConfirmed: false,
    });
    expect(item(items, 'sshd-allow-users')).toMatchObject({
      command: 'AllowUsers alice deploy admin',
      warning:
        'These are all 3 accounts that logged in in these logs. An account that logs in rarely (backups, ' +
        'monitoring) and is not in them would be locked out: add it. "admin" logged in like the break-in: keep ' +
        'it only after the password is changed.',
    });
  });

  it('does not offer AllowUsers when no login is known, or one name cannot be written safely', () => {
    expect(
      item(remediationChecklist([], { logins: [], keysConfirmed: false }), 'sshd-allow-users'),
    ).toBeUndefined();
    const hostile = remediationChecklist([], {
      logins: [login('alice', 'publickey'), login('$(reboot)', 'password')],
      keysConfirmed: false,
    });
    expect(item(hostile, 'sshd-allow-users')).toBeUndefined();
  });

  it('judges only SSH logins: a Windows logon says nothing about sshd', () => {
    const items = remediationChecklist([], {
      logins: [login('alice', 'publickey'), login('Administrator', 'NTLM', { service: 'windows' })],
      keysConfirmed: false,
    });
    expect(item(items, 'sshd-no-passwords')?.precondition?.met).toBe(true);
    expect(item(items, 'sshd-allow-users')?.command).toBe('AllowUsers alice');
  });
});
