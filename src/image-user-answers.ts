import { readFile } from "node:fs/promises";
import { readLock } from "./bundle/index.ts";
import { bundleFile } from "./bundle-location.ts";
import {
  readImage,
  type DescribeOptions,
  type Engine,
  type ImageUserAnswers,
  type RecordedUserLookup,
} from "./resolve/index.ts";
import { reusableRootfs } from "./reusable-rootfs.ts";

/**
 * Where a compilation with its rootfs on finds its image's user lookup without a probe container
 * (resolve's answeringImageUsers):
 * - with `reuseCommitted`, in the bundle's committed lock, trusted as its rootfs.mtree is
 *   (reusable-rootfs.ts): a recorded lookup stands for the image id it names;
 * - in the read of the image that describes its manifest, unless that read will not happen
 *   because the committed rootfs.mtree is reused (then a probe costs less than the read).
 */
export async function imageUserAnswers(
  dir: string,
  engine: Engine,
  reads: { readonly reuseCommitted?: boolean },
  describe: DescribeOptions,
): Promise<ImageUserAnswers> {
  const reuse = reads.reuseCommitted === true;
  const recorded = reuse ? await lockedUserLookups(dir) : undefined;
  return {
    ...(recorded && { recorded }),
    imageRead: async (image) =>
      reuse && (await reusableRootfs(dir, { image })) !== undefined
        ? undefined
        : readImage(image, engine, describe),
  };
}

async function lockedUserLookups(
  dir: string,
): Promise<Readonly<Record<string, RecordedUserLookup>> | undefined> {
  const text = await readFile(bundleFile(dir, "bundle.lock"), "utf8").catch(() => undefined);
  const parsed = text === undefined ? undefined : readLock(text);
  return parsed !== undefined && "lock" in parsed ? parsed.lock.inputs.engine.users : undefined;
}
