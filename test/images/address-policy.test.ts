import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileAllowList, refusedRange } from '../../src/images/address-policy.js';
import { parseIp, type IpAddress } from '../../src/images/ip-address.js';

function ip(text: string): IpAddress {
  const parsed = parseIp(text);
  assert.ok(parsed, text);
  return parsed;
}

test('non-public addresses are refused with the name of their range (decisions.md D6)', () => {
  const refused: Array<[string, string]> = [
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'shared (CGNAT)'],
    ['100.127.255.255', 'shared (CGNAT)'],
    ['169.254.169.254', 'link-local'],
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'reserved or broadcast'],
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['fc00::1', 'unique local (ULA)'],
    ['fd12:3456::1', 'unique local (ULA)'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'], // IPv4-mapped
    ['::ffff:a00:1', 'private'],
    ['::ffff:169.254.169.254', 'link-local'],
    ['64:ff9b::a9fe:a9fe', 'link-local'], // NAT64 of 169.254.169.254
    ['2002:c0a8:101::1', 'private'], // 6to4 of 192.168.1.1
    ['::127.0.0.1', 'IPv4-compatible (deprecated)'],
  ];
  for (const [text, range] of refused) assert.equal(refusedRange(ip(text)), range, text);
});

test('public addresses pass', () => {
  const public_ = ['8.8.8.8', '1.1.1.1', '100.63.255.255', '100.128.0.1', '172.15.255.255', '172.32.0.1'];
  public_.push('169.253.0.1', '223.255.255.255', '2606:4700:4700::1111', '::ffff:8.8.8.8', '64:ff9b::808:808');
  public_.push('2002:808:808::1');
  for (const text of public_) assert.equal(refusedRange(ip(text)), null, text);
});

test('allow-list entries: hostnames, addresses and CIDR ranges', () => {
  const allow = compileAllowList(['Images.Internal.', '127.0.0.1', '10.20.0.0/16', '[fd00::5]', 'fe80::/10', '  ']);
  assert.equal(allow.allowsHost('images.internal'), true);
  assert.equal(allow.allowsHost('IMAGES.INTERNAL.'), true);
  assert.equal(allow.allowsHost('other.internal'), false);
  assert.equal(allow.allowsHost('evil.images.internal'), false);
  assert.equal(allow.allowsAddress(ip('127.0.0.1')), true);
  assert.equal(allow.allowsAddress(ip('::ffff:127.0.0.1')), true); // an IPv4 entry covers its mapped form
  assert.equal(allow.allowsAddress(ip('127.0.0.2')), false);
  assert.equal(allow.allowsAddress(ip('10.20.255.1')), true);
  assert.equal(allow.allowsAddress(ip('10.21.0.1')), false);
  assert.equal(allow.allowsAddress(ip('fd00::5')), true);
  assert.equal(allow.allowsAddress(ip('fd00::6')), false);
  assert.equal(allow.allowsAddress(ip('fe80::abcd')), true);
  assert.equal(compileAllowList([]).allowsAddress(ip('127.0.0.1')), false);
});
