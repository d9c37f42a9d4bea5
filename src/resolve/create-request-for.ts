import type { Result } from "../diagnostics.ts";
import type { LoadedOverlay } from "../overlay/index.ts";
import { overlayToRequest, type CreateRequest } from "./create-request.ts";
import { readReferencedFiles } from "./referenced-files.ts";
import { requestKeys, type RequestKeys } from "./request-keys.ts";
import { seccompProfileFiles } from "./security-opts.ts";

/**
 * The create request `docker run` would send for the overlay, and the overlay keys behind each of
 * its fields. Like the Docker CLI, it reads the files settings name (seccomp profiles, relative to
 * the bundle) before it builds the request.
 */
export async function createRequestFor(
  overlay: LoadedOverlay,
  bundleDir: string,
): Promise<Result<CreateRequest> & { readonly keys?: RequestKeys }> {
  const referenced = await readReferencedFiles(
    bundleDir,
    seccompProfileFiles(overlay.settings.security_opt ?? []),
  );
  if (referenced.value === undefined)
    return { value: undefined, diagnostics: referenced.diagnostics };
  const request = overlayToRequest(overlay.settings, referenced.value);
  return { ...request, keys: requestKeys(overlay.settings, referenced.value) };
}
