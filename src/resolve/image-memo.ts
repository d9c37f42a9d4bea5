import type { ImageInfo, UserDatabase } from "../spec/index.ts";
import type { DescribedImage } from "./described-image.ts";
import type { Engine } from "./engine.ts";

/**
 * What compilations share about images, keyed by image id. An image id is the digest of the
 * image's config, which names its layers by digest, so these answers never go stale; a retagged
 * image has another id and is read afresh. rbc watch keeps one for its whole life.
 */
export interface ImageMemo {
  /** Image id and user query → the user lookup's answer. */
  readonly users: Map<string, Promise<UserDatabase>>;
  readonly manifests: Map<string, Promise<DescribedImage>>;
  /**
   * Image reference as asked (a tag or an id) → its inspection, for one run only (runImageMemo):
   * a tag may move at any time, so this holds only while the run takes the engine's images as
   * one snapshot.
   */
  readonly references?: Map<string, Promise<ImageInfo>>;
}

export function createImageMemo(): ImageMemo {
  return { users: new Map(), manifests: new Map() };
}

/**
 * The memo of one run (one `rbc build` or `rbc check`, one batch of rbc watch's rebuilds), which
 * takes the engine's images as one snapshot: `memo`'s answers by image id (a fresh memo by
 * default), and each reference inspected once, however many bundles name it. Every bundle's
 * recording still gets the answer under the reference it asked (engine-recording.ts).
 */
export function runImageMemo(memo: ImageMemo = createImageMemo()): ImageMemo {
  return { users: memo.users, manifests: memo.manifests, references: new Map() };
}

/** The engine with image answers taken from `memo` when it has asked before. */
export function memoizedImageReads(engine: Engine, memo: ImageMemo): Engine {
  const { references } = memo;
  return {
    ...engine,
    ...(references && {
      inspectImage: (ref: string) => remember(references, ref, () => engine.inspectImage(ref)),
    }),
    lookUpUsers: (source, query) =>
      source.kind === "image"
        ? remember(memo.users, [source.id, query.user, ...query.groupAdd].join("\0"), () =>
            engine.lookUpUsers(source, query),
          )
        : engine.lookUpUsers(source, query),
  };
}

/** `read()`'s promise, kept under `key`; a failure is not kept, so the next call asks again. */
export function remember<T>(
  memo: Map<string, Promise<T>>,
  key: string,
  read: () => Promise<T>,
): Promise<T> {
  const known = memo.get(key);
  if (known !== undefined) return known;
  const reading = read();
  memo.set(key, reading);
  void reading.catch(() => memo.delete(key));
  return reading;
}
