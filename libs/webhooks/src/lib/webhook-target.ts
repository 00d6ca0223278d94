import { lookup } from 'node:dns';
import { BlockList, isIP } from 'node:net';
import type { LookupFunction } from 'node:net';

/** Addresses a webhook may not reach (SSRF): loopback, private, link-local, shared, unspecified. */
const FORBIDDEN = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  FORBIDDEN.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  FORBIDDEN.addSubnet(net, bits, 'ipv6');

/** Whether a webhook may not be sent to this IP address (an IPv4-mapped IPv6 one as its IPv4). */
export function isForbiddenAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return FORBIDDEN.check(mapped[1], 'ipv4');
  const family = isIP(address);
  if (family === 0) return true;
  return FORBIDDEN.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * What is wrong with an endpoint's address, or null: an absolute https:// URL without
 * credentials (http:// too when private targets are allowed, for tests and development).
 */
export function urlProblem(raw: string, allowPrivate: boolean): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'url must be an absolute URL, e.g. https://example.org/hooks/alianza';
  }
  if (url.protocol !== 'https:' && !(allowPrivate && url.protocol === 'http:'))
    return 'url must start with https://';
  if (url.username || url.password) return 'url must not carry a user name or password';
  if (url.hash) return 'url must not have a #fragment';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivate && (host === 'localhost' || host.endsWith('.localhost')))
    return 'url must not point at this machine (localhost)';
  if (!allowPrivate && isIP(host) !== 0 && isForbiddenAddress(host))
    return 'url must not point at a loopback, private or link-local address';
  return null;
}

/** Raised when a host name resolves to an address webhooks may not reach. */
export class ForbiddenTargetError extends Error {}

/**
 * A `lookup` for `http.request` that refuses forbidden addresses: checked on the address the
 * connection is actually made to, so a name that resolves elsewhere later (DNS rebinding) is
 * still refused. IP literals do not go through `lookup`: see `urlProblem`, checked again before
 * each attempt.
 */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return ((hostname: string, options: object, callback: (...args: unknown[]) => void) => {
    lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error);
      const list = addresses;
      const bad = list.find((a) => isForbiddenAddress(a.address));
      if (bad && !allowPrivate)
        return callback(
          new ForbiddenTargetError(
            `${hostname} resolves to ${bad.address}, which webhooks may not reach`,
          ),
        );
      if ((options as { all?: boolean }).all) return callback(null, list);
      const first = list[0];
      if (!first) return callback(new Error(`${hostname} has no address`));
      return callback(null, first.address, first.family);
    });
  }) as LookupFunction;
}
