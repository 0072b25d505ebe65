import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { HttpFailure, type HttpClient, type HttpRequest, type HttpResponse } from '../contract';

/**
 * Addresses outbound requests never reach unless an admin allows it for that connection or
 * subscription: loopback, private networks, link-local (cloud metadata at 169.254.169.254),
 * carrier-grade NAT, multicast and reserved ranges, in IPv4 and IPv6.
 */
const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  blocked.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['2001:db8::', 32],
  ['100::', 64],
] as const)
  blocked.addSubnet(net, prefix, 'ipv6');

/** True for addresses an unprivileged outbound request must not reach. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return blocked.check(address, 'ipv4');
  if (family !== 6) return true;
  const lower = address.toLowerCase();
  // IPv4-mapped (::ffff:a.b.c.d), and NAT64 (64:ff9b::a.b.c.d): judge the IPv4 address inside.
  const embedded = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower)?.[1];
  if (embedded) return blocked.check(embedded, 'ipv4');
  const mappedHex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (mappedHex) {
    const n = (parseInt(mappedHex[1]!, 16) << 16) | parseInt(mappedHex[2]!, 16);
    return blocked.check([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.'), 'ipv4');
  }
  return blocked.check(address, 'ipv6');
}

/**
 * A DNS lookup that refuses the whole name when any of its addresses is private: checking only
 * the first would let a name with one public and one private address through on the second try.
 */
function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, '', 0);
      const bad = allowPrivate ? undefined : addresses.find((a) => isPrivateAddress(a.address));
      if (bad) {
        return callback(new HttpFailure('refused_address', `${hostname} resolves to a private address (${bad.address})`), '', 0);
      }
      if ((options as { all?: boolean }).all)
        return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const first = addresses[0]!;
      callback(null, first.address, first.family);
    });
  };
}

const MAX_BODY = 64 * 1024;

/**
 * The HTTP client adapters and webhook deliveries get: resolves the host and refuses private
 * addresses (unless `allowPrivate`), never follows redirects (a redirect could point anywhere),
 * times out, and reads at most 64 KiB of the answer.
 */
export function createSafeHttpClient(opts: { allowPrivate: boolean; defaultTimeoutMs?: number }): HttpClient {
  return (req) => request(req, opts.allowPrivate, req.timeoutMs ?? opts.defaultTimeoutMs ?? 10_000);
}

function request(req: HttpRequest, allowPrivate: boolean, timeoutMs: number): Promise<HttpResponse> {
  let url: URL;
  try {
    url = new URL(req.url);
  } catch {
    return Promise.reject(new HttpFailure('invalid_url', 'the URL is not valid'));
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return Promise.reject(new HttpFailure('invalid_url', 'only http and https URLs can be called'));
  }
  if (url.username || url.password) return Promise.reject(new HttpFailure('invalid_url', 'URLs with credentials are refused'));
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // Literal addresses skip DNS, so they are judged here.
  if (isIP(host) && !allowPrivate && isPrivateAddress(host)) {
    return Promise.reject(new HttpFailure('refused_address', `${host} is a private address`));
  }
  const lib = url.protocol === 'https:' ? https : http;
  return new Promise<HttpResponse>((resolve, reject) => {
    const r = lib.request(
      url,
      {
        method: req.method ?? 'POST',
        headers: { 'user-agent': 'Balie-Webhooks/1', ...req.headers },
        lookup: guardedLookup(allowPrivate),
        timeout: timeoutMs,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          if (size < MAX_BODY) chunks.push(chunk.subarray(0, MAX_BODY - size));
          size += chunk.length;
        });
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', (err) => reject(new HttpFailure('network', err.message)));
      },
    );
    r.on('timeout', () => r.destroy(new HttpFailure('timeout', `no answer within ${timeoutMs} ms`)));
    r.on('error', (err) => {
      if (err instanceof HttpFailure) reject(err);
      else if ((err as { cause?: unknown }).cause instanceof HttpFailure) reject((err as { cause: HttpFailure }).cause);
      else reject(new HttpFailure('network', err.message));
    });
    if (req.body !== undefined) r.write(req.body);
    r.end();
  });
}
