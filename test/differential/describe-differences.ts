/**
 * The differences between Docker's normalized spec and rbc's, one line per differing JSON path
 * (`process.user.additionalGids: Docker [0,44], rbc [0]`), so that a failing scenario reads as a
 * bug report. Mounts are matched by destination, since their count may differ.
 */
export function describeDifferences(docker: unknown, rbc: unknown, path = ""): string[] {
  if (same(docker, rbc)) return [];
  if (Array.isArray(docker) && Array.isArray(rbc)) {
    if (path === "mounts") return describeMounts(docker, rbc);
    if (isScalarList(docker) && isScalarList(rbc)) return [describeScalarLists(docker, rbc, path)];
    if (docker.length === rbc.length) {
      return docker.flatMap((d, i) => describeDifferences(d, rbc[i], `${path}[${i}]`));
    }
  } else if (isObject(docker) && isObject(rbc)) {
    const keys = [...new Set([...Object.keys(docker), ...Object.keys(rbc)])];
    return keys.flatMap((k) => describeDifferences(docker[k], rbc[k], path ? `${path}.${k}` : k));
  }
  return [`${path || "(root)"}: Docker ${show(docker)}, rbc ${show(rbc)}`];
}

function describeMounts(docker: unknown[], rbc: unknown[]): string[] {
  const key = (m: unknown, i: number): string =>
    isObject(m) && typeof m.destination === "string" ? m.destination : `#${i}`;
  const dockerKeys = docker.map(key);
  const rbcKeys = rbc.map(key);
  const lines: string[] = [];
  if (!same(dockerKeys, rbcKeys)) {
    lines.push(`mounts (destinations): Docker ${show(dockerKeys)}, rbc ${show(rbcKeys)}`);
  }
  dockerKeys.forEach((k, i) => {
    const j = rbcKeys.indexOf(k);
    if (j !== -1) lines.push(...describeDifferences(docker[i], rbc[j], `mounts[${k}]`));
  });
  return lines;
}

type Scalar = string | number | bigint | boolean | null;

function isScalarList(list: unknown[]): list is Scalar[] {
  return list.every((x) => x === null || typeof x !== "object");
}

/** Lists of names or numbers (capabilities, masked paths, gids): what only one side has. */
function describeScalarLists(docker: Scalar[], rbc: Scalar[], path: string): string {
  const onlyIn = (a: Scalar[], b: Scalar[]) => a.filter((x) => !b.includes(x));
  const [dockerOnly, rbcOnly] = [onlyIn(docker, rbc), onlyIn(rbc, docker)];
  if (dockerOnly.length + rbcOnly.length === 0 || docker.length !== new Set(docker).size) {
    return `${path}: Docker ${show(docker)}, rbc ${show(rbc)}`;
  }
  return `${path}: only Docker's ${show(dockerOnly)}, only rbc's ${show(rbcOnly)}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function same(a: unknown, b: unknown): boolean {
  return show(a, Infinity) === show(b, Infinity);
}

function show(value: unknown, limit = 300): string {
  if (value === undefined) return "(absent)";
  const text = JSON.stringify(value, (_k, v: unknown) =>
    typeof v === "bigint" ? v.toString() : v,
  );
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
}
