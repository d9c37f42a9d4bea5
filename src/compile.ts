import {
  buildLock,
  planBundleFiles,
  sha256Hex,
  specHostname,
  type BundleLock,
  type FileSet,
} from "./bundle/index.ts";
import { error, type Diagnostic } from "./diagnostics.ts";
import { stringifyJson } from "./json/index.ts";
import {
  engineTarget,
  loadOverlay,
  locateDiagnostic,
  type EngineTarget,
  type LoadedOverlay,
} from "./overlay/index.ts";
import { bundleLocation, bundleNameProblem, type BundleLocation } from "./bundle-location.ts";
import { identifyBundle, withJoinedBundles } from "./bundle-identity.ts";
import { findGitRepository, type BundleIdentity } from "./identity/index.ts";
import {
  answeringImageUsers,
  createImageMemo,
  createRequestFor,
  describeRootfs,
  hostDevicePaths,
  readHostDevices,
  recordedEngine,
  resolveSource,
  type DescribeOptions,
  type CreateRequest,
  type Engine,
  type EngineRecording,
  type RequestKeys,
  type ImageMemo,
  type ResolvedSource,
} from "./resolve/index.ts";
import { MANIFEST_FORMAT } from "./manifest-format.ts";
import type { ImageRootfs } from "./rootfs/index.ts";
import type { LayerCache } from "./cache/index.ts";
import { reusableRootfs } from "./reusable-rootfs.ts";
import { imageUserAnswers } from "./image-user-answers.ts";
import { compileSpec, specRecorder, type HostDeviceTable, type SpecInput } from "./spec/index.ts";
import { specProvenance, type ProvenanceInputs, type SpecProvenance } from "./provenance/index.ts";
import { formatRunEnvironment, RUN_ENVIRONMENT_ANNOTATION } from "./contract/index.ts";
import type { OnProgress } from "./progress.ts";
import { credentialWarnings, runEnvironmentOf, withheldVariables } from "./overlay-secrets.ts";

/** One bundle's compilation: its files, or the diagnostics that stopped it. */
export interface BundleCompilation extends BundleLocation {
  readonly overlay?: LoadedOverlay;
  /** The container id it runs as and what it was made from (recorded in the lock). */
  readonly identity?: BundleIdentity;
  readonly files?: FileSet;
  /** Which input decided each field of config.json. */
  readonly provenance?: SpecProvenance;
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
  /** The target to compile for instead of the overlay's (rbc check: the lock's, to tell changes apart). */
  readonly target?: EngineTarget;
  /** The identity to compile with instead of the bundle's own (rbc check: the lock's, to tell a move apart). */
  readonly identity?: BundleIdentity;
  /** Where the slow reads of the rootfs (`docker save`, `docker export`) report their bytes. */
  readonly onProgress?: OnProgress;
  /** How the rootfs manifest may be had without reading the whole image (default: it is read). */
  readonly rootfsReads?: RootfsReads;
}

/** Ways to describe a rootfs without reading every layer of the image again. */
export interface RootfsReads {
  /**
   * Take the committed rootfs.mtree when it is provably the image's (reusable-rootfs.ts): for
   * commands that describe the manifest only, never for those that materialize it.
   */
  readonly reuseCommitted?: boolean;
  /** The layer cache: layers scanned before are not scanned again. */
  readonly cache?: LayerCache | undefined;
}

/**
 * Compile one bundle directory, the pipeline in order: overlay (load, validate, merge) → create
 * request → resolve through the engine → spec and patches → bundle files → rootfs manifest and
 * lock. User errors come back as diagnostics located in the overlay; engine failures throw
 * (DockerUnavailableError, ImageNotFoundError, ContainerNotFoundError).
 */
export async function compileBundle(
  dir: string,
  liveEngine: Engine,
  options: CompileOptions = {},
): Promise<BundleCompilation> {
  const location = bundleLocation(dir);
  const badName = bundleNameProblem(location.name);
  if (badName !== undefined) {
    const at = { file: location.overlayFile, line: 1, col: 1 };
    return { ...location, diagnostics: [error("OVL103", badName, { location: at })] };
  }
  const identify = identityOf(dir, options.identity);
  const loaded = await loadOverlay(dir);
  const overlay = loaded.value;
  if (overlay === undefined) return { ...location, diagnostics: loaded.diagnostics };
  const fail = (diagnostics: readonly Diagnostic[]): BundleCompilation => ({
    ...location,
    overlay,
    diagnostics: diagnostics.map((d) => locateDiagnostic(d, overlay)),
  });

  const { engine, recording, describe } = await engineFor(dir, liveEngine, overlay, options);
  const request = await createRequestFor(overlay, dir);
  if (request.value === undefined) return fail(request.diagnostics);
  const target = options.target ?? engineTarget(overlay.settings);
  const resolved = await resolveSource(overlay, request.value, engine, target);
  if (resolved.state === undefined) return fail(resolved.diagnostics);
  const state = await withJoinedBundles(dir, resolved.state);
  const identity = await identify(overlay.settings.container_name);
  const readDevices = options.hostDevices ?? readHostDevices;
  const hostDevices = await readDevices(hostDevicePaths(state.HostConfig));
  const specInput = {
    containerId: identity.containerId,
    target,
    state,
    users: resolved.users,
    image: resolved.image,
    hostDevices,
    annotations: annotationsOf(overlay),
  };
  const compiled = compileTraced(specInput, overlay, [request.value, request.keys], resolved);
  if (compiled.value === undefined) return fail(compiled.diagnostics);
  const { provenance } = compiled;
  const hostname = specHostname(compiled.value.generated, overlay.name);
  const files = planBundleFiles(
    compiled.value.spec,
    hostname,
    state.HostConfig,
    envFilesInside(overlay),
  );
  // Warnings of the stages that succeeded: resolve's (RES404), the spec's (SPC507), and the
  // credentials the overlay would commit (SEC701).
  const warnings = [
    ...resolved.diagnostics,
    ...compiled.diagnostics,
    ...credentialWarnings(overlay, state, resolved.image),
  ];
  const diagnostics = warnings.map((d) => locateDiagnostic(d, overlay));
  const bundle = { ...location, overlay, identity, files, provenance, diagnostics };
  if (options.rootfs === false) return bundle;
  const reads = options.rootfsReads ?? {};
  return withRootfs(bundle, { resolved, engine, recording, hostDevices, target, reads, describe });
}

/**
 * The engine one compilation talks to, recording its answers for the lock, and how it reads the
 * image (memo, cache, progress). With the rootfs on, an image's user lookup is answered from the
 * lock or from the image's read when it can (imageUserAnswers); the memo, one per compilation at
 * least, lets the user lookup and the manifest share that read.
 */
async function engineFor(
  dir: string,
  liveEngine: Engine,
  overlay: LoadedOverlay,
  options: CompileOptions,
): Promise<{ engine: Engine; recording: EngineRecording; describe: DescribeOptions }> {
  const memo = options.imageMemo ?? createImageMemo();
  const reads = options.rootfsReads ?? {};
  const { source } = overlay.settings;
  const progress = options.onProgress && {
    onProgress: options.onProgress,
    ...(source.kind === "image" && { imageName: source.ref }),
  };
  const describe: DescribeOptions = { memo, cache: reads.cache, progress };
  const answering =
    options.rootfs === false
      ? liveEngine
      : answeringImageUsers(liveEngine, await imageUserAnswers(dir, liveEngine, reads, describe));
  return { ...recordedEngine(answering, memo), describe };
}

/**
 * The bundle's identity for its `container_name`: `identity` when given, else identifyBundle's,
 * with git asked at once, before the overlay loads, so that it runs meanwhile (its answer goes
 * unused when the overlay sets `container_name`).
 */
function identityOf(
  dir: string,
  identity: BundleIdentity | undefined,
): (containerName: string | undefined) => Promise<BundleIdentity> {
  if (identity !== undefined) return () => Promise.resolve(identity);
  const repository = findGitRepository(dir);
  // A failure shows where the identity is awaited, if it is.
  void repository.catch(() => undefined);
  return (containerName) => identifyBundle(dir, containerName, repository);
}

/** compileSpec, with the provenance of what it compiled. */
function compileTraced(
  specInput: SpecInput,
  overlay: LoadedOverlay,
  [value, keys]: readonly [CreateRequest, RequestKeys | undefined],
  resolved: ResolvedSource,
): ReturnType<typeof compileSpec> & { readonly provenance: SpecProvenance } {
  const recorder = specRecorder();
  const compiled = compileSpec(specInput, overlay.settings.patches ?? [], recorder);
  const request = { request: value, keys };
  const provenance = specProvenance(
    recorder.causes,
    provenanceInputs(overlay, request, resolved, specInput.target),
  );
  return { ...compiled, provenance };
}

/** What provenance resolves the recorded causes against: the overlay, its request, the base. */
function provenanceInputs(
  overlay: LoadedOverlay,
  request: { readonly request: CreateRequest; readonly keys: RequestKeys | undefined },
  resolved: ResolvedSource,
  target: EngineTarget,
): ProvenanceInputs {
  return {
    overlay,
    request: request.request,
    keys: request.keys ?? new Map(),
    base:
      resolved.base === undefined
        ? { kind: "image", ref: imageName(overlay), config: resolved.image.Config }
        : { kind: "container", ref: overlay.settings.source.ref, state: resolved.base },
    image: imageName(overlay, resolved.image.RepoTags[0] ?? resolved.image.Id),
    target,
  };
}

/** The image as the overlay names it, or (for a container source) as the engine does. */
function imageName(overlay: LoadedOverlay, fallback = ""): string {
  const { source } = overlay.settings;
  return source.kind === "image" ? source.ref : fallback;
}

/** The env files the overlay names inside the bundle directory: its .gitignore keeps them out. */
function envFilesInside(overlay: LoadedOverlay): string[] {
  return runEnvironmentOf(overlay)
    .envFiles.map((file) => file.path)
    .filter((path) => !path.startsWith("/") && path !== ".." && !path.startsWith("../"));
}

/**
 * The annotations config.json gets from the overlay: its own `annotations`, over what run time
 * fills in of the environment (contract/run-environment.ts), when anything is.
 */
function annotationsOf(overlay: LoadedOverlay): Readonly<Record<string, string>> {
  const run = formatRunEnvironment(runEnvironmentOf(overlay));
  const own = overlay.settings.annotations ?? {};
  return run === undefined ? own : { [RUN_ENVIRONMENT_ANNOTATION]: run, ...own };
}

/** The compilation with its rootfs manifest and lock: `rootfs.mtree` and `bundle.lock` added. */
async function withRootfs(
  bundle: BundleCompilation & {
    readonly overlay: LoadedOverlay;
    readonly identity: BundleIdentity;
    readonly files: FileSet;
  },
  inputs: {
    readonly resolved: ResolvedSource;
    readonly engine: Engine;
    readonly recording: EngineRecording;
    readonly hostDevices: HostDeviceTable;
    readonly target: EngineTarget;
    readonly reads: RootfsReads;
    readonly describe: DescribeOptions;
  },
): Promise<BundleCompilation> {
  const { resolved, reads } = inputs;
  const reused =
    reads.reuseCommitted === true ? await reusableRootfs(bundle.dir, resolved) : undefined;
  const rootfs = reused ?? (await describeRootfs(resolved, inputs.engine, inputs.describe));
  const lock = buildLock({
    source: bundle.overlay.settings.source,
    target: inputs.target,
    identity: bundle.identity,
    image: resolved.image,
    configDigest: rootfs.configDigest,
    diffIds: rootfs.diffIds,
    ...(resolved.container ? { container: resolved.container } : {}),
    manifestSha256: rootfs.mtreeSha256 ?? sha256Hex(rootfs.mtree),
    manifestFormat: MANIFEST_FORMAT,
    recording: inputs.recording,
    hostDevices: inputs.hostDevices,
    withheldVariables: withheldVariables(bundle.overlay),
  });
  const files = new Map([
    ...bundle.files,
    ["rootfs.mtree", rootfs.mtree],
    ["bundle.lock", stringifyJson(lock)],
  ]);
  return { ...bundle, files, lock, ...(rootfs.image ? { imageRootfs: rootfs.image } : {}) };
}
