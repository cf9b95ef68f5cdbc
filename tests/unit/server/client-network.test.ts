// What the rate limits count as one client: an IPv4 address, or an IPv6 /64.
import { describe, expect, it } from 'vitest';
import { clientNetwork } from '../../../sync-server/src/http/client-network';

describe('clientNetwork', () => {
  it('keeps an IPv4 address, also when a dual-stack socket maps it into IPv6', () => {
    expect(clientNetwork('203.0.113.7')).toBe('203.0.113.7');
    expect(clientNetwork('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(clientNetwork('::FFFF:203.0.113.7')).toBe('203.0.113.7');
  });

  it('counts every address of an IPv6 /64 as one client, however it is written', () => {
    const net = '2001:db8:85a3:42::/64';
    for (const ip of [
      '2001:db8:85a3:42::1',
      '2001:0DB8:85a3:0042:ffff:ffff:ffff:fffe',
      '2001:db8:85a3:42:1::7',
      '2001:db8:85a3:42::9%eth0',
    ]) {
      expect(clientNetwork(ip)).toBe(net);
    }
    expect(clientNetwork('2001:db8:85a3:43::1')).toBe('2001:db8:85a3:43::/64');
    expect(clientNetwork('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientNetwork('::1')).toBe('0:0:0:0::/64');
    expect(clientNetwork('64:ff9b::192.0.2.1')).toBe('64:ff9b:0:0::/64');
  });
});
