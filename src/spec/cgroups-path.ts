/** rbc's cgroup parent when the overlay names none; Docker's cgroupfs default is `/docker`. */
const defaultCgroupParent = "/rbc";

/**
 * `linux.cgroupsPath` (config-linux.md#cgroups-path) as Docker's cgroupfs driver builds it:
 * `filepath.Join(CgroupParent or the default, <container id>)`, with the bundle's runc id: a cgroup
 * path is global to the host, as the id is. A relative parent stays relative (runc then places it under
 * its own cgroup).
 */
export function buildCgroupsPath(cgroupParent: string | undefined, containerId: string): string {
  const parent =
    cgroupParent === undefined || cgroupParent === "" ? defaultCgroupParent : cgroupParent;
  return joinPath(parent, containerId);
}

/** Go's filepath.Join: the non-empty elements joined by `/`, then cleaned. */
function joinPath(...elements: readonly string[]): string {
  const joined = elements.filter((e) => e !== "").join("/");
  return joined === "" ? "" : cleanGoPath(joined);
}

/**
 * Go's filepath.Clean: repeated slashes and `.` removed, `..` resolved against the preceding
 * element; `..` above the root vanishes, at the start of a relative path it stays; "" becomes ".".
 */
export function cleanGoPath(path: string): string {
  const rooted = path.startsWith("/");
  const parts: string[] = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part !== "..") parts.push(part);
    else if (parts.length > 0 && parts.at(-1) !== "..") parts.pop();
    else if (!rooted) parts.push("..");
  }
  const body = parts.join("/");
  if (rooted) return `/${body}`;
  return body === "" ? "." : body;
}
