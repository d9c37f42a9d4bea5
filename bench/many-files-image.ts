import { createImageArchive } from "../scripts/images/image-archive.ts";
import type { ImageArchive } from "../scripts/images/image-archive.ts";
import type { TarEntry } from "../scripts/images/tar-writer.ts";

/**
 * The materialize benchmark's images: one layer of `count` small regular files, 1,000 per
 * directory (`files/d000/f000000` …), plus, every 100th file, a symlink to it and a hard link
 * to it, so the writer's link paths are exercised too. Each file holds its own name, so no two
 * digests agree. Built with the project's deterministic tar writer: the same count always gives
 * the same bytes and the same image ID.
 */

export const FILES_PER_DIR = 1000;

/** Every 100th file also gets a symlink and a hard link (in `links/`). */
const LINK_EVERY = 100;

/** `bytes` > 0: each file holds that many bytes (its name, repeated), not just its name. */
export function manyFilesArchive(name: string, count: number, bytes = 0): ImageArchive {
  return createImageArchive({
    repoTags: [name],
    config: { Cmd: ["/never-started"] },
    layers: [{ entries: manyFilesEntries(count, bytes), createdBy: `${count} files` }],
  });
}

/** The layer's entries in archive order (each directory before its contents). */
export function manyFilesEntries(count: number, bytes = 0): TarEntry[] {
  const entries: TarEntry[] = [
    { type: "dir", path: "files/" },
    { type: "dir", path: "links/" },
  ];
  const links: TarEntry[] = [];
  for (let index = 0; index < count; index += 1) {
    const dir = `files/d${String(Math.floor(index / FILES_PER_DIR)).padStart(3, "0")}`;
    if (index % FILES_PER_DIR === 0) entries.push({ type: "dir", path: `${dir}/` });
    const path = `${dir}/f${String(index).padStart(6, "0")}`;
    const data =
      bytes > 0
        ? `${path}\n`.repeat(Math.ceil(bytes / (path.length + 1))).slice(0, bytes)
        : `${path}\n`;
    entries.push({ type: "file", path, data, mode: index % 7 === 0 ? 0o755 : 0o644 });
    if (index % LINK_EVERY === 0) {
      links.push(
        { type: "symlink", path: `links/s${String(index).padStart(6, "0")}`, target: `../${path}` },
        { type: "hardlink", path: `links/h${String(index).padStart(6, "0")}`, target: path },
      );
    }
  }
  return [...entries, ...links];
}
