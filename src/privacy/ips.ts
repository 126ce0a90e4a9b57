// IPv4, IPv6 and MAC addresses: the customer's network and devices.
import { besideCurrency } from './currency';
import { spans } from './spans';

// Zero-padded octets too ("010.001.002.003", "192.168.001.010"): the same address to the network. Padded to
// three digits only: "3.00.01.02" is a version.
const OCTET = '(?:0\\d\\d|25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`(?<![\\w.])${OCTET}(?:\\.${OCTET}){3}(?!\\w|\\.\\d)`, 'g');
// A round number in thousands ("1.000.000.000 users") or an amount is no address.
const notAnAmount = (value: string, at: number, text: string) =>
  !/^\d{1,3}(?:\.000){3}$/.test(value) && !besideCurrency(text, at, at + value.length);
// Full or compressed ("fe80::1", "2001:db8::8a2e:370:7334") IPv6; validated below.
const IPV6 = /(?<![\w:])(?:[0-9a-f]{1,4}|:)?(?::[0-9a-f]{0,4}){2,7}(?![\w:])/gi;
function looksLikeIpv6(value: string): boolean {
  const compressed = value.split('::').length - 1;
  const groups = value.split(':').filter(Boolean);
  if (compressed > 1 || groups.length > 8 || (!compressed && groups.length !== 8)) return false;
  // Times like 10:30:00 are all digits; an address written out has hex letters or "::".
  // "::1" (loopback) has one group.
  return (groups.length >= 2 || (compressed === 1 && groups.length === 1)) && (/[a-f]/i.test(value) || compressed === 1);
}
// A device's MAC address names the customer's router or phone as surely as its IP does: six hex pairs
// with one separator throughout ("3C:22:FB:9A:01:7E", "3c-22-fb-9a-01-7e"); a hex letter in it, so a time
// ("10:30:00:12:45:00") is none.
// Cisco writes it as three dotted groups of four ("3c22.fb9a.017e").
const MAC =
  /(?<![\w:-])[0-9a-f]{2}([:-])[0-9a-f]{2}(?:\1[0-9a-f]{2}){4}(?![\w:-])|(?<![\w.])[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}(?![\w]|\.\w)/gi;
export const findIps = (text: string) => [
  ...spans(text, IPV4, 'IP', (value, at) => notAnAmount(value, at, text)),
  ...spans(text, IPV6, 'IP', looksLikeIpv6),
  ...spans(text, MAC, 'IP', (value) => /[a-f]/i.test(value)),
];
