import type { Diagnostic, SourceLocation } from "./diagnostics.ts";
import { error, hasErrors } from "./diagnostics.ts";
import { planBundleFiles, specHostname, type FileSet } from "./bundle/plan.ts";
import { loadOverlay, type LoadedOverlay } from "./overlay/index.ts";
import { containerFromInspect } from "./resolve/container-from-inspect.ts";
import { createFromContainer, createFromImage } from "./resolve/create-container.ts";
import { overlayToRequest, type CreateRequest } from "./resolve/create-request.ts";
import { donorNames, lookUpDonors, withDonors } from "./resolve/donors.ts";
import type { Engine } from "./resolve/engine.ts";
import { memoizedImageReads, remember, type ImageMemo } from "./resolve/image-memo.ts";
import { hostDevicePaths, readHostDevices } from "./resolve/host-devices.ts";
import { readReferencedFiles } from "./resolve/referenced-files.ts";
import { seccompProfileFiles } from "./resolve/security-opts.ts";
import { applyPatches } from "./spec/apply-patches.ts";
import { buildSpec } from "./spec/build-spec.ts";
import type { ContainerState, ImageInfo, UserDatabase } from "./spec/container-state.ts";
import type { OciSpec } from "./spec/oci-types.ts";
import { buildLock, type BundleLock } from "./bundle/bundle-lock.ts";
import { sha256Hex } from "./bundle/sha256.ts";
import { stringifyJson } from "./json/index.ts";
import { emptyRecording, recordingEngine } from "./resolve/engine-recording.ts";
import {
  readContainerManifest,
  readImageManifest,
  writeMtree,
  type ImageRootfs,
} from "./rootfs/index.ts";
import type { HostDeviceTable } from "./spec/container-state.ts";
import { validateSpec } from "./spec/validate-spec.ts";
import { InternalError } from "./errors/index.ts";

/** One bundle's compilation: its files, or the diagnostics that stopped it. */
export interface BundleCompilation {
  readonly name: string;
  readonly dir: string;
  readonly overlayFile: string;
  readonly overlay?: LoadedOverlay;
  readonly files?: FileSet;
  /** The lock of a compilation with `rootfs` on. */
  readonly lock?: BundleLock;
  /** The image's rootfs, when compiled from an image with `rootfs` on (what materialization reuses). */
  readonly imageRootfs?: ImageRootfs;
  readonly diagnostics: readonly Diagnostic[];
}

export interface CompileOptions {
  /**
   * Also build `rootfs.mtree` and `bundle.lock` (default true). These need the image archive or
   * the container's filesystem from the engine; the offline check compiles without them.
   */
  readonly rootfs?: boolean;
  /** Where host devices come from (default: this host's /dev; offline: the lock). */
  readonly hostDevices?: (paths: readonly string[]) => Promise<HostDeviceTable>;
  /** Image answers kept from earlier compilations (rbc watch); none by default. */
  readonly imageMemo?: ImageMemo;
}

/** The resolved inputs spec generation needs, fetched from the engine. */
interface Resolved {
  readonly state: ContainerState | undefined;
  /** For container sources: the container resolved. */
  readonly container?: { readonly id: string; readonly name: string };
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
export async function compileBundle(
  dir: string,
  liveEngine: Engine,
  options: CompileOptions = {},
): Promise<BundleCompilation> {
  const recording = emptyRecording();
  const memo = options.imageMemo;
  const engine = recordingEngine(
    memo === undefined ? liveEngine : memoizedImageReads(liveEngine, memo),
    recording,
  );
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

  const hostDevices = await (options.hostDevices ?? readHostDevices)(
    hostDevicePaths(state.HostConfig),
  );
  const built = buildSpec({
    bundleName: overlay.name,
    state,
    users: resolved.users,
    image: resolved.image,
    hostDevices,
    annotations: overlay.settings.annotations ?? {},
  });
  if (built.value === undefined) return fail(built.diagnostics);

  const patched = patchSpec(built.value, overlay);
  if (hasErrors(patched.diagnostics)) return fail(patched.diagnostics);
  const hostname = specHostname(built.value, overlay.name);
  const files = planBundleFiles(patched.spec, hostname, state.HostConfig);
  const compiled = { name, dir, overlayFile, overlay, files, diagnostics: built.diagnostics };
  if (options.rootfs === false) return compiled;
  const rootfs = await describeRootfs(overlay, resolved, engine, memo);
  const lock = buildLock({
    source: overlay.settings.source,
    image: resolved.image,
    configDigest: rootfs.configDigest,
    diffIds: rootfs.diffIds,
    ...(resolved.container ? { container: resolved.container } : {}),
    manifestSha256: sha256Hex(rootfs.mtree),
    recording,
    hostDevices,
  });
  const withRootfs = new Map([
    ...files,
    ["rootfs.mtree", rootfs.mtree],
    ["bundle.lock", stringifyJson(lock)],
  ]);
  return {
    ...compiled,
    files: withRootfs,
    lock,
    ...(rootfs.image ? { imageRootfs: rootfs.image } : {}),
  };
}

/**
 * The rootfs manifest: an image's from its `docker save` archive (layers applied with whiteouts),
 * a container's from its `docker export` without the files Docker adds to every container.
 */
async function describeRootfs(
  overlay: LoadedOverlay,
  resolved: Resolved,
  engine: Engine,
  memo: ImageMemo | undefined,
): Promise<{
  mtree: string;
  configDigest: string;
  diffIds: readonly string[];
  image?: ImageRootfs;
}> {
  const id = resolved.image.Id;
  const read = async () => readImageManifest(await engine.saveImage(id));
  const image = await (memo === undefined ? read() : remember(memo.manifests, id, read));
  if (overlay.settings.source.kind === "image" || resolved.container === undefined) {
    return {
      mtree: writeMtree(image.entries),
      configDigest: image.configDigest,
      diffIds: image.diffIds,
      image,
    };
  }
  const exported = await engine.exportContainer(resolved.container.id);
  const container = await readContainerManifest(exported, { imageEntries: image.entries });
  return {
    mtree: writeMtree(container.entries),
    configDigest: image.configDigest,
    diffIds: image.diffIds,
  };
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
  const container = { id: inspect.Id, name: inspect.Name };
  return { state, container, image, users, diagnostics: created.diagnostics };
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
