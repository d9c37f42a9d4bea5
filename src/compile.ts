import type { Diagnostic, SourceLocation } from "./diagnostics.ts";
import { error, hasErrors } from "./diagnostics.ts";
import { planBundleFiles, specHostname, type FileSet } from "./bundle/plan.ts";
import { loadOverlay, type LoadedOverlay } from "./overlay/index.ts";
import { containerFromInspect } from "./resolve/container-from-inspect.ts";
import { createFromContainer, createFromImage } from "./resolve/create-container.ts";
import { overlayToRequest, type CreateRequest } from "./resolve/create-request.ts";
import { donorNames, lookUpDonors, withDonors } from "./resolve/donors.ts";
import type { Engine } from "./resolve/engine.ts";
import { hostDevicePaths, readHostDevices } from "./resolve/host-devices.ts";
import { readReferencedFiles } from "./resolve/referenced-files.ts";
import { seccompProfileFiles } from "./resolve/security-opts.ts";
import { applyPatches } from "./spec/apply-patches.ts";
import { buildSpec } from "./spec/build-spec.ts";
import type { ContainerState, ImageInfo, UserDatabase } from "./spec/container-state.ts";
import type { OciSpec } from "./spec/oci-types.ts";
import { InternalError } from "./errors.ts";
import { validateSpec } from "./spec/validate-spec.ts";

/** One bundle's compilation: its files, or the diagnostics that stopped it. */
export interface BundleCompilation {
  readonly name: string;
  readonly dir: string;
  readonly overlayFile: string;
  readonly overlay?: LoadedOverlay;
  readonly files?: FileSet;
  readonly diagnostics: readonly Diagnostic[];
}

/** The resolved inputs spec generation needs, fetched from the engine. */
interface Resolved {
  readonly state: ContainerState | undefined;
  readonly image: ImageInfo;
  readonly users: UserDatabase;
  readonly diagnostics: readonly Diagnostic[];
}

const userFiles = ["/etc/passwd", "/etc/group"] as const;

/**
 * Compile one bundle directory: overlay → create request → resolve through the engine → spec →
 * patches → files. User errors come back as diagnostics located in the overlay; engine failures
 * throw (DockerUnavailableError, ImageNotFoundError, ContainerNotFoundError).
 */
export async function compileBundle(dir: string, engine: Engine): Promise<BundleCompilation> {
  const loaded = await loadOverlay(dir);
  const overlayFile = `${dir.replace(/\/+$/, "")}/bundle.yaml`;
  const name = baseName(dir);
  const overlay = loaded.value;
  if (overlay === undefined) return { name, dir, overlayFile, diagnostics: loaded.diagnostics };

  const fail = (diagnostics: readonly Diagnostic[]): BundleCompilation => ({
    name,
    dir,
    overlayFile,
    overlay,
    diagnostics: diagnostics.map((d) => locate(d, overlay)),
  });
  // Like the Docker CLI, read the files settings name (seccomp profiles) before the request.
  const referenced = await readReferencedFiles(
    dir,
    seccompProfileFiles(overlay.settings.security_opt ?? []),
  );
  if (referenced.value === undefined) return fail(referenced.diagnostics);
  const request = overlayToRequest(overlay.settings, referenced.value);
  if (request.value === undefined) return fail(request.diagnostics);

  const resolved = await resolve(overlay, request.value, engine);
  if (resolved.state === undefined) return fail(resolved.diagnostics);
  const { state } = resolved;

  const built = buildSpec({
    bundleName: overlay.name,
    state,
    users: resolved.users,
    image: resolved.image,
    hostDevices: await readHostDevices(hostDevicePaths(state.HostConfig)),
    annotations: overlay.settings.annotations ?? {},
  });
  if (built.value === undefined) return fail(built.diagnostics);

  const patched = patchSpec(built.value, overlay);
  if (hasErrors(patched.diagnostics)) return fail(patched.diagnostics);
  const hostname = specHostname(built.value, overlay.name);
  const files = planBundleFiles(patched.spec, hostname, state.HostConfig);
  return { name, dir, overlayFile, overlay, files, diagnostics: built.diagnostics };
}

async function resolve(
  overlay: LoadedOverlay,
  request: CreateRequest,
  engine: Engine,
): Promise<Resolved> {
  const source = overlay.settings.source;
  if (source.kind === "image") {
    const image = await engine.inspectImage(source.ref);
    const users = toUserDatabase(await engine.readImageFiles(image.Id, userFiles));
    const created = createFromImage(request, image.Config, overlay.name);
    const state = created.value && (await joinDonors(created.value, engine));
    return { state, image, users, diagnostics: created.diagnostics };
  }
  const inspect = await engine.inspectContainer(source.ref);
  const image = await engine.inspectImage(inspect.Image);
  const users = toUserDatabase(await engine.readContainerFiles(inspect.Id, userFiles));
  // The engine stores container:<id> modes; the donors give the names rbc keeps instead.
  const baseDonors = await lookUpDonors(donorNames(inspect.HostConfig), engine);
  const base = containerFromInspect(inspect, overlay.name, baseDonors);
  const created = createFromContainer(request, base);
  const state = created.value && (await joinDonors(created.value, engine));
  return { state, image, users, diagnostics: created.diagnostics };
}

/** Looks up the donors the overlay's `container:NAME` modes add (a missing one throws). */
async function joinDonors(state: ContainerState, engine: Engine): Promise<ContainerState> {
  const missing = donorNames(state.HostConfig).filter((name) => state.Donors?.[name] === undefined);
  return withDonors(state, await lookUpDonors(missing, engine));
}

function toUserDatabase(files: ReadonlyMap<string, string>): UserDatabase {
  const passwd = files.get("/etc/passwd");
  const group = files.get("/etc/group");
  return { ...(passwd === undefined ? {} : { passwd }), ...(group === undefined ? {} : { group }) };
}

/** Apply the overlay's JSON patches last, then check the result is still a valid runtime config. */
function patchSpec(
  spec: OciSpec,
  overlay: LoadedOverlay,
): { spec: unknown; diagnostics: Diagnostic[] } {
  const patches = overlay.settings.patches ?? [];
  if (patches.length === 0) {
    const problems = validateSpec(spec);
    // Without patches, an invalid spec is rbc's own mistake, never the user's.
    if (problems.length > 0)
      throw new InternalError(`generated an invalid config.json: ${problems.join("; ")}`);
    return { spec, diagnostics: [] };
  }
  const patched = applyPatches(spec, patches);
  if ("failed" in patched) {
    const key = `patches[${patched.failed}]`;
    return {
      spec,
      diagnostics: [error("SPC501", `patch does not apply: ${patched.reason}`, { key })],
    };
  }
  const problems = validateSpec(patched.value);
  const diagnostics = problems.map((p) =>
    error("SPC504", `patched config.json is not a valid runtime config: ${p}`, { key: "patches" }),
  );
  return { spec: patched.value, diagnostics };
}

/** Give a stage's diagnostic the overlay location of its key (or of the nearest enclosing key). */
function locate(d: Diagnostic, overlay: LoadedOverlay): Diagnostic {
  if (d.location !== undefined) return d;
  const location = d.key === undefined ? undefined : originOf(d.key, overlay);
  return { ...d, location: location ?? { file: overlay.file, line: 1, col: 1 } };
}

function originOf(key: string, overlay: LoadedOverlay): SourceLocation | undefined {
  let k = key;
  for (;;) {
    const found = overlay.origins[k];
    if (found !== undefined) return found;
    const cut = Math.max(k.lastIndexOf("."), k.lastIndexOf("["));
    if (cut <= 0) return undefined;
    k = k.slice(0, cut);
  }
}

function baseName(dir: string): string {
  const parts = dir.split("/").filter((p) => p !== "" && p !== ".");
  return parts[parts.length - 1] ?? dir;
}
