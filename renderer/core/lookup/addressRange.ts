// Network ranges as registries write them ("074.125.000.000", "62.239.237.0/32",
// "200.57.128/19", "196.11.239.0 - 196.11.246.255") turned into canonical CIDR blocks.
import ipaddr from 'ipaddr.js';

type Parsed = { bits: 32 | 128; value: bigint };

function toBigInt(bytes: number[]): bigint {
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  return value;
}

/** Reads an address as a registry may write it; null when it is not one. */
export function parseRegistryAddress(text: string): Parsed | null {
  let address = text.trim();
  // RIPE writes start and end addresses as "/32" or "/128" host prefixes.
  address = address.replace(/\/(32|128)$/, '');
  if (address.includes(':')) {
    if (!ipaddr.IPv6.isValid(address)) return null;
    return { bits: 128, value: toBigInt(ipaddr.IPv6.parse(address).toByteArray()) };
  }
  // ARIN pads octets with zeros ("074.125.000.000"); ipaddr.js would read those as octal.
  const octets = address.split('.');
  if (octets.length !== 4 || !octets.every((octet) => /^\d{1,3}$/.test(octet) && Number(octet) <= 255)) {
    return null;
  }
  return { bits: 32, value: toBigInt(octets.map(Number)) };
}

export function formatAddress({ bits, value }: Parsed): string {
  const bytes: number[] = [];
  for (let index = 0; index < bits / 8; index++) bytes.unshift(Number((value >> BigInt(index * 8)) & 0xffn));
  return ipaddr.fromByteArray(bytes).toString();
}

/** The smallest list of CIDR blocks that covers start..end exactly. */
export function rangeToCidrs(start: Parsed, end: Parsed): string[] {
  if (start.bits !== end.bits || start.value > end.value) return [];
  const blocks: string[] = [];
  let current = start.value;
  while (current <= end.value && blocks.length < 64) {
    let size = 0;
    // Grow the block while it stays aligned and inside the range.
    while (size < start.bits) {
      const next = 1n << BigInt(size + 1);
      if (current % next !== 0n || current + next - 1n > end.value) break;
      size++;
    }
    blocks.push(`${formatAddress({ bits: start.bits, value: current })}/${start.bits - size}`);
    current += 1n << BigInt(size);
  }
  return blocks;
}

export type AddressRange = { start: string; end: string; cidr: string; size: bigint };

export function rangeFromEnds(startText: string, endText: string): AddressRange | null {
  const start = parseRegistryAddress(startText);
  const end = parseRegistryAddress(endText);
  if (!start || !end) return null;
  const cidrs = rangeToCidrs(start, end);
  if (cidrs.length === 0) return null;
  return {
    start: formatAddress(start),
    end: formatAddress(end),
    cidr: cidrs.join(', '),
    size: end.value - start.value + 1n,
  };
}

/** "a - b", "a/len" or LACNIC's shortened "200.57.128/19". */
export function rangeFromText(text: string): AddressRange | null {
  const dash = text.split(/\s+-\s+/);
  if (dash.length === 2 && dash[0] && dash[1]) return rangeFromEnds(dash[0], dash[1]);
  const slash = /^\s*([0-9a-fA-F:.]+)\/(\d{1,3})\s*$/.exec(text);
  if (!slash || !slash[1] || !slash[2]) return null;
  let base = slash[1];
  if (!base.includes(':')) {
    const octets = base.split('.');
    while (octets.length < 4) octets.push('0');
    base = octets.join('.');
  }
  const start = parseRegistryAddress(base);
  const length = Number(slash[2]);
  if (!start || length > start.bits) return null;
  const hostBits = BigInt(start.bits - length);
  const first = (start.value >> hostBits) << hostBits;
  const last = first + (1n << hostBits) - 1n;
  return rangeFromEnds(
    formatAddress({ bits: start.bits, value: first }),
    formatAddress({ bits: start.bits, value: last }),
  );
}
