import { stat } from "node:fs/promises";

/**
 * Which of `paths` exist, in the order given: what `rbc init` and `rbc import` check before they
 * write, so that nothing is replaced without `--force`.
 */
export async function existingPaths(paths: readonly string[]): Promise<string[]> {
  const found = await Promise.all(
    paths.map((path) =>
      stat(path).then(
        () => path,
        () => undefined,
      ),
    ),
  );
  return found.filter((path) => path !== undefined);
}
