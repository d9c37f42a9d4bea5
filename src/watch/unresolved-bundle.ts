import type { BundleCompilation } from "../compile.ts";
import { bundleLocation } from "../bundle-location.ts";
import { loadOverlay } from "../overlay/index.ts";

/**
 * A bundle that could not be compiled because the engine lacks its image or container, as far as
 * its overlay tells: enough to watch its files and wait for the engine object it names.
 */
export async function unresolvedBundle(dir: string): Promise<BundleCompilation> {
  const loaded = await loadOverlay(dir);
  return {
    ...bundleLocation(dir),
    ...(loaded.value === undefined ? {} : { overlay: loaded.value }),
    diagnostics: loaded.diagnostics,
  };
}
