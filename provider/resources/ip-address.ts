/**
 * IP addresses and CIDR ranges as IP restrictions take them ("IP or CIDR (v4 and v6 are supported)", identity.json),
 * parsed strictly and written in one canonical spelling, so that `10.0.0.1/32` and `10.0.0.1`, or `2001:DB8::/32`
 * and `2001:db8:0:0::/32`, name one restriction and never show as a change.
 *
 * Canonical form: IPv4 dotted decimal without leading zeros; IPv6 as RFC 5952 recommends (lower case, no leading
 * zeros, the longest run of two or more zero groups written `::`), in hexadecimal throughout; a range with the
 * bits after its prefix cleared (`10.1.2.3/8` is the range `10.0.0.0/8`); a single-address range (`/32`, `/128`)
 * as the bare address.
 */

/** An address or range that parsed, or why it did not (a phrase completing "ip ..."). */
export type ParsedIp = { readonly ok: true; readonly canonical: string } | { readonly ok: false; readonly reason: string };

const EXAMPLES = "such as 203.0.113.7, 203.0.113.0/24 or 2001:db8::/32";
const NOT_AN_ADDRESS = `must be an IPv4 or IPv6 address, or a CIDR range, ${EXAMPLES}`;

/** Parses `text` as an IPv4 or IPv6 address, optionally with a prefix length. */
export function parseIpOrCidr(text: string): ParsedIp {
  const parts = text.split("/");
  if (parts.length > 2 || text.trim() !== text || text === "") return { ok: false, reason: NOT_AN_ADDRESS };
  const [address = "", prefixText] = parts;
  const bytes = address.includes(":") ? ipv6Bytes(address) : ipv4Bytes(address);
  if (typeof bytes === "string") return { ok: false, reason: bytes };
  const bits = bytes.length * 8;
  if (prefixText === undefined) return { ok: true, canonical: format(bytes) };
  if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > bits) {
    return { ok: false, reason: `must have a prefix length from 0 to ${bits} after "/" for an IPv${bits === 32 ? 4 : 6} range` };
  }
  const prefix = Number(prefixText);
  if (prefix === bits) return { ok: true, canonical: format(bytes) };
  return { ok: true, canonical: `${format(masked(bytes, prefix))}/${prefix}` };
}

/** The canonical spelling of `text`, or `text` itself when it does not parse (to be reported by validation). */
export function canonicalIp(text: string): string {
  const parsed = parseIpOrCidr(text);
  return parsed.ok ? parsed.canonical : text;
}

function ipv4Bytes(text: string): number[] | string {
  const parts = text.split(".");
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p))) return NOT_AN_ADDRESS;
  if (parts.some((p) => Number(p) > 255 || (p.length > 1 && p.startsWith("0")))) {
    return `must have four parts from 0 to 255 without leading zeros for an IPv4 address, ${EXAMPLES}`;
  }
  return parts.map(Number);
}

function ipv6Bytes(text: string): number[] | string {
  const reason = `must be an IPv6 address of eight groups of 1 to 4 hexadecimal digits, "::" standing for zero groups once at most, ${EXAMPLES}`;
  if (text.includes("%")) return `must not name an IPv6 zone such as "%eth0", ${EXAMPLES}`;
  const halves = text.split("::");
  if (halves.length > 2) return reason;
  const groupsOf = (half: string): number[] | undefined => {
    if (half === "") return [];
    const groups: number[] = [];
    const pieces = half.split(":");
    for (const [index, piece] of pieces.entries()) {
      if (index === pieces.length - 1 && piece.includes(".")) {
        // An embedded IPv4 address (`::ffff:192.0.2.1`) fills the last two groups.
        const v4 = ipv4Bytes(piece);
        if (typeof v4 === "string") return undefined;
        groups.push((v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!);
      } else if (/^[0-9A-Fa-f]{1,4}$/.test(piece)) {
        groups.push(parseInt(piece, 16));
      } else {
        return undefined;
      }
    }
    return groups;
  };
  const head = groupsOf(halves[0]!);
  const tail = halves.length === 2 ? groupsOf(halves[1]!) : [];
  if (!head || !tail) return reason;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return reason;
  const groups = [...head, ...new Array<number>(missing).fill(0), ...tail];
  return groups.flatMap((g) => [g >> 8, g & 0xff]);
}

function masked(bytes: readonly number[], prefix: number): number[] {
  return bytes.map((byte, i) => {
    const keep = Math.max(0, Math.min(8, prefix - i * 8));
    return byte & ((0xff << (8 - keep)) & 0xff);
  });
}

function format(bytes: readonly number[]): string {
  if (bytes.length === 4) return bytes.join(".");
  const groups = Array.from({ length: 8 }, (_, i) => (bytes[2 * i]! << 8) | bytes[2 * i + 1]!);
  // The longest run of two or more zero groups (the first of equal runs) becomes "::".
  let best = { start: -1, length: 0 };
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > best.length) best = { start: i, length: j - i };
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best.length < 2) return hex.join(":");
  return `${hex.slice(0, best.start).join(":")}::${hex.slice(best.start + best.length).join(":")}`;
}

/** Diff comparison of `ip`: the same address or range, however spelled. */
export function sameIp(current: unknown, desired: unknown): boolean {
  if (typeof current !== "string" || typeof desired !== "string") return current === desired;
  return canonicalIp(current) === canonicalIp(desired);
}
