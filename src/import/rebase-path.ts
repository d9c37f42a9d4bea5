/**
 * A path relative to the Compose project directory, rewritten relative to a bundle directory:
 * `./data` with the project at `../..` is `../../data`. Absolute paths stay as they are. The
 * result starts with `.` or `/`, which is what makes a volume source a host path (Compose's and
 * rbc's short syntax alike).
 */
export function rebasePath(projectFromBundle: string, path: string): string {
  if (path.startsWith("/")) return path;
  const parts: string[] = [];
  for (const part of `${projectFromBundle}/${path}`.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === ".." && parts.length > 0 && parts[parts.length - 1] !== "..") parts.pop();
    else parts.push(part);
  }
  const joined = parts.join("/");
  if (joined === "") return ".";
  return joined.startsWith("..") ? joined : `./${joined}`;
}
