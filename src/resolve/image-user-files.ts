import type { KeepFiles } from "../rootfs/index.ts";
import type { DescribedImage } from "./described-image.ts";
import { userFilesInMemory, type ReadUserFile } from "./user-lookup.ts";

const USER_FILES = ["etc/passwd", "etc/group"] as const;

/**
 * What an image read keeps of its layers for the user lookup: their /etc/passwd and /etc/group,
 * up to 1 MiB each (a larger one is left to the probe container, which reads up to
 * USER_LOOKUP_LIMITS.fileBytes). Kept whatever the layers above do with them: only the final tree
 * says which, if any, a container sees.
 */
export const USER_FILES_KEPT: KeepFiles = { paths: USER_FILES, maxBytes: 1024 * 1024 };

/**
 * The image's /etc/passwd and /etc/group as a container of it sees them, from the image's final
 * tree (layers applied, whiteouts and opaque directories honoured, the topmost layer winning) and
 * the bytes its read kept; undefined when the tree alone does not settle what Docker's lookup
 * would read, and the probe container must (docker.ts):
 * - a user file that is a symbolic link, or under an `etc` that is one: Docker resolves the path
 *   inside the container's filesystem (moby daemon getUser: container.GetResourcePath, that is
 *   symlink.FollowSymlinkInScope on the whole path), which the probe's archive reads reproduce;
 * - a user file that is no regular file (the probe reads none), or whose bytes the read did not
 *   keep (over the size limit, or a hard link to a file of another name).
 * A file the tree does not have is absent, as runc's lookup takes a missing file.
 */
export function userFileReader(
  image: Pick<DescribedImage, "entries" | "files">,
): ReadUserFile | undefined {
  const wanted = new Set<string>(["etc", ...USER_FILES]);
  const entries = new Map(image.entries.filter((e) => wanted.has(e.path)).map((e) => [e.path, e]));
  const etc = entries.get("etc");
  if (etc !== undefined && etc.type !== "dir") return undefined;
  const contents = new Map<string, Uint8Array>();
  for (const path of USER_FILES) {
    const entry = entries.get(path);
    if (entry === undefined) continue;
    const kept = entry.type === "file" && image.files.find((file) => file.sha256 === entry.sha256);
    if (kept === undefined || kept === false) return undefined;
    contents.set(`/${path}`, kept.bytes);
  }
  return userFilesInMemory(contents);
}
