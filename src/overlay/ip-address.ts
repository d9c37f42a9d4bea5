/** Whether `text` is an IPv4 address in dotted-quad form (`10.0.0.1`). */
export function isIPv4(text: string): boolean {
  const parts = text.split(".");
  return parts.length === 4 && parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) <= 255);
}

/**
 * Whether `text` is an IPv6 address (`::1`, `fe80::1`, `::ffff:10.0.0.1`), written without brackets
 * or a zone, as Go's net.ParseIP (and so Docker) accepts it.
 */
export function isIPv6(text: string): boolean {
  const lastColon = text.lastIndexOf(":");
  if (lastColon === -1) return false;
  let hex = text;
  const tail = text.slice(lastColon + 1);
  if (tail.includes(".")) {
    // An embedded IPv4 address fills the last two groups.
    if (!isIPv4(tail)) return false;
    hex = `${text.slice(0, lastColon + 1)}0:0`;
  }
  const halves = hex.split("::");
  if (halves.length > 2) return false;
  const groups = halves.flatMap((half) => (half === "" ? [] : half.split(":")));
  if (!groups.every((group) => /^[0-9a-f]{1,4}$/i.test(group))) return false;
  return halves.length === 2 ? groups.length <= 7 : groups.length === 8;
}

export function isIPAddress(text: string): boolean {
  return isIPv4(text) || isIPv6(text);
}
