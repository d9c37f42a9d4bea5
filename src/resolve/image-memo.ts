import type { UserDatabase } from "../spec/index.ts";
import type { DescribedImage } from "./described-image.ts";
import type { Engine } from "./engine.ts";

/**
 * What a long-running rbc (watch) keeps between compilations: answers about images, keyed by image
 * id. An image id is the digest of the image's config, which names its layers by digest, so these
 * answers never go stale; a retagged image has another id and is read afresh.
 */
export interface ImageMemo {
  /** Image id and user query → the user lookup's answer. */
  readonly users: Map<string, Promise<UserDatabase>>;
  readonly manifests: Map<string, Promise<DescribedImage>>;
}

export function createImageMemo(): ImageMemo {
  return { users: new Map(), manifests: new Map() };
}

/** The engine with image user lookups answered from `memo` when it has asked before. */
export function memoizedImageReads(engine: Engine, memo: ImageMemo): Engine {
  return {
    ...engine,
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
