import { describe, expect, it } from 'vitest';
import { addressTrust } from '../../../../renderer/core/lookup/addressTrust';

describe('whether an attacking address can be believed', () => {
  it('is real for a TCP login (SSH, mail, Windows), and its owner most likely a victim', () => {
    expect(addressTrust(['sshd'])).toMatch(
      /^This address is real: .*cannot come from a forged address\. Its owner is most likely a victim too/,
    );
    expect(addressTrust(['windows', 'dovecot'])).toMatch(/^This address is real:/);
  });

  it('is real for a web login unless a proxy wrote its own address', () => {
    expect(addressTrust(['web'])).toMatch(/^This address is real, unless a proxy or load balancer/);
  });

  it('is not vouched for over UDP (OpenVPN), nor when the log says nothing of the service', () => {
    expect(addressTrust(['openvpn', 'sshd'])).toMatch(/may not be where they came from/);
    expect(addressTrust(['fail2ban'])).toBeUndefined();
    expect(addressTrust([])).toBeUndefined();
  });

  it('is said once for several addresses of the same services, in the plural', () => {
    expect(addressTrust(['sshd'], { many: true })).toMatch(
      /^These addresses are real: .*Their owners are most likely victims too/,
    );
    expect(addressTrust(['openvpn'], { many: true })).toMatch(/these addresses may not be where/);
  });
});
