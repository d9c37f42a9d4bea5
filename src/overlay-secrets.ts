import { isAbsolute, normalize, relative, resolve } from "node:path";
import type { RunEnvironment } from "./contract/index.ts";
import { error, type Diagnostic } from "./diagnostics.ts";
import type { LoadedOverlay } from "./overlay/index.ts";
import { credentialReason, literalTexts, parseTemplate } from "./secrets/index.ts";
import type { ContainerState, ImageInfo } from "./spec/index.ts";

/**
 * What of a bundle's environment never goes to git: which variables run time fills in, which
 * values the lock withholds, and the warning for a committed value that looks like a credential.
 */

/**
 * What `rbc run` fills in (the `rbc.environment` annotation): the templated variables, the env
 * files with paths relative to the bundle directory (absolute ones as written), and the names
 * the overlay's `environment` sets or removes.
 */
export function runEnvironmentOf(overlay: LoadedOverlay): RunEnvironment {
  const environment = overlay.settings.environment ?? [];
  return {
    interpolate: environment.filter((entry) => entry.template === true).map((entry) => entry.name),
    envFiles: (overlay.settings.env_file ?? []).map((entry) => ({
      path: bundlePath(overlay.dir, entry.file, entry.path),
      required: entry.required,
    })),
    environment: environment.map((entry) => entry.name),
  };
}

/**
 * An env file's path as config.json names it: relative to the bundle directory, so the bundle
 * reads the same on any machine; absolute when written so, or when named by a base overlay that
 * was itself reached by an absolute path.
 */
function bundlePath(bundleDir: string, overlayFile: string, path: string): string {
  if (isAbsolute(path)) return normalize(path);
  const file = resolve(overlayFile, "..", path);
  if (isAbsolute(overlayFile) && !isAbsolute(bundleDir)) return file;
  return relative(resolve(bundleDir), file);
}

/**
 * Variables whose values the lock must not record: those the overlay removes or fills in at run
 * time. Their image's or container's values never reach config.json, whatever they are.
 */
export function withheldVariables(overlay: LoadedOverlay): string[] {
  return (overlay.settings.environment ?? [])
    .filter((entry) => entry.value === null || entry.template === true)
    .map((entry) => entry.name);
}

/**
 * SEC701 warnings for the values about to be committed that look like credentials: the overlay's
 * `environment` values (their literal text only: a template's variables are filled in at run
 * time), at their lines; and, for a `container:` source, the container's own variables the
 * overlay leaves in place, at the `container` line. Variables in `allow_plaintext` are left out.
 * Messages never hold the value.
 */
export function credentialWarnings(
  overlay: LoadedOverlay,
  state: ContainerState,
  image: ImageInfo,
): Diagnostic[] {
  const allowed = new Set(overlay.settings.allow_plaintext ?? []);
  const environment = overlay.settings.environment ?? [];
  const warnings: Diagnostic[] = [];
  for (const { name, value, template } of environment) {
    if (value === null || allowed.has(name)) continue;
    const parsed = template === true ? parseTemplate(value) : undefined;
    const texts = parsed && "template" in parsed ? literalTexts(parsed.template) : [value];
    const reason = credentialReason(name, texts);
    const key = `environment.${name}`;
    if (reason !== undefined) warnings.push(warning(name, reason, key, overlay.origins[key]));
  }
  if (overlay.settings.source.kind !== "container") return warnings;
  const named = new Set(environment.map((entry) => entry.name));
  const imageEnv = new Set(image.Config.Env ?? []);
  for (const entry of state.Config.Env) {
    const name = entry.split("=")[0] ?? entry;
    if (named.has(name) || allowed.has(name) || imageEnv.has(entry) || !entry.includes("=")) {
      continue;
    }
    const reason = credentialReason(name, [entry.slice(name.length + 1)]);
    const origin = overlay.origins.container;
    if (reason !== undefined) warnings.push(warning(name, reason, "container", origin, true));
  }
  return warnings;
}

function warning(
  name: string,
  reason: string,
  key: string,
  location: Diagnostic["location"],
  fromContainer = false,
): Diagnostic {
  const whose = fromContainer ? `the container's variable ${name}` : `the value of ${name}`;
  const removal = fromContainer ? `remove it (${name}: null), ` : "";
  const message =
    `${whose} will be committed in config.json and ${reason}: ${removal}take it from the ` +
    `run-time environment (${name}: \${${name}}) or an env_file, or list ${name} in allow_plaintext`;
  return { ...error("SEC701", message, { key, location }), severity: "warning" };
}
