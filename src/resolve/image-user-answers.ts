import type { ImageInfo, UserDatabase, UserQuery } from "../spec/index.ts";
import type { DescribedImage } from "./described-image.ts";
import type { Engine } from "./engine.ts";
import { answersQuery, userSourceKey, type RecordedUserLookup } from "./engine-recording.ts";
import { userFileReader } from "./image-user-files.ts";
import { lookUpUserEntries, userFilesInMemory } from "./user-lookup.ts";

/** Where an image's user lookup may be answered without a probe container. */
export interface ImageUserAnswers {
  /**
   * The user lookups a committed lock recorded (bundle.lock `inputs.engine.users`), for a
   * compilation that trusts the lock as it trusts its rootfs.mtree (RootfsReads.reuseCommitted).
   */
  readonly recorded?: Readonly<Record<string, RecordedUserLookup>>;
  /**
   * The read of the image that the compilation makes anyway for its manifest (describe-rootfs.ts
   * readImage, shared through the memo); resolves undefined when it will not read the image.
   */
  readonly imageRead?: (image: ImageInfo) => Promise<DescribedImage | undefined>;
}

/**
 * The engine with an image's user lookup answered, in this order:
 * 1. from the lock's recording of a lookup in the same image id with the same query: an image id
 *    is the digest of the image's config, which names its layers by digest, so the entries a
 *    lookup needs cannot have changed under it;
 * 2. from the image read that describes its manifest (image-user-files.ts), when the compilation
 *    makes one: the same files, from the same layers, in the same pass;
 * 3. else by the engine, through a probe container (docker.ts): when the committed manifest is
 *    reused and the lock lacks this query, when the tree alone does not settle the files (a
 *    symbolic link on the way), or when the read failed (the probe then answers as it always
 *    did, and the manifest's read fails again where it always failed).
 * A container's lookup always goes to the engine: its filesystem can change under the same id.
 */
export function answeringImageUsers(engine: Engine, answers: ImageUserAnswers): Engine {
  const inspected = new Map<string, ImageInfo>();
  const answer = async (id: string, query: UserQuery): Promise<UserDatabase | undefined> => {
    const where = `image ${id}`;
    const recorded = answers.recorded?.[userSourceKey({ kind: "image", id })];
    const fromLock = recorded && (await recordedAnswer(recorded, query, where));
    if (fromLock !== undefined) return fromLock;
    const image = inspected.get(id);
    if (image === undefined || answers.imageRead === undefined) return undefined;
    const read = await answers.imageRead(image).catch(() => undefined);
    const reader = read && userFileReader(read);
    return reader && lookUpUserEntries(reader, query, where);
  };
  return {
    ...engine,
    inspectImage: async (ref) => {
      const image = await engine.inspectImage(ref);
      inspected.set(image.Id, image);
      return image;
    },
    lookUpUsers: async (source, query) =>
      (source.kind === "image" ? await answer(source.id, query) : undefined) ??
      engine.lookUpUsers(source, query),
  };
}

/**
 * The recorded entries, when they answer `query` and are what this rbc's lookup keeps of them
 * (the lookup run over them gives them back unchanged): a hand-edited lock or one whose entries
 * this rbc would write differently is not taken, and the image is read instead.
 */
async function recordedAnswer(
  recorded: RecordedUserLookup,
  query: UserQuery,
  where: string,
): Promise<UserDatabase | undefined> {
  if (!answersQuery(recorded, query)) return undefined;
  const files = new Map<string, Uint8Array>();
  const encoder = new TextEncoder();
  if (recorded.passwd !== undefined) files.set("/etc/passwd", encoder.encode(recorded.passwd));
  if (recorded.group !== undefined) files.set("/etc/group", encoder.encode(recorded.group));
  const again = await lookUpUserEntries(userFilesInMemory(files), query, where).catch(
    () => undefined,
  );
  const same = again?.passwd === recorded.passwd && again?.group === recorded.group;
  return same ? again : undefined;
}
