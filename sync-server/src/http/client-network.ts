// What the rate limits count as one client: its IPv4 address, or for IPv6 its /64 network. One
// IPv6 subscriber is given a whole /64 and can send from any of its 2^64 addresses, so counting
// addresses would let one guesser rotate past every per-address limit.
import { isIPv6 } from 'node:net';

const MAPPED_IPV4 = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

export function clientNetwork(ip: string): string {
  // A dual-stack socket reports IPv4 clients as ::ffff:a.b.c.d: the same client either way.
  const mapped = MAPPED_IPV4.exec(ip);
  if (mapped?.[1]) return mapped[1];
  if (!isIPv6(ip)) return ip;
  const address = ip.toLowerCase().split('%')[0]!;
  const [head = '', tail] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  // A dotted IPv4 tail fills two of the eight groups.
  const rightGroups = right.reduce((n, g) => n + (g.includes('.') ? 2 : 1), 0);
  const groups =
    tail === undefined
      ? left
      : [...left, ...Array<string>(8 - left.length - rightGroups).fill('0'), ...right];
  const prefix = groups.slice(0, 4).map((g) => parseInt(g, 16).toString(16));
  return `${prefix.join(':')}::/64`;
}
