import { mkdir, stat } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { commitFiles, completePendingWrite } from "./bundle-journal.ts";
import { bundleLocation, bundleNameProblem } from "./bundle-location.ts";
import { error, type Diagnostic } from "./diagnostics.ts";
import { existingPaths } from "./existing-paths.ts";
import { BundleWriteError } from "./errors/index.ts";
import { overlayDocument, overlayFromContainer, type InitOverlay } from "./init/index.ts";
import { defaultTarget, imageReferenceProblem } from "./overlay/index.ts";
import { resolveContainer, type Engine } from "./resolve/index.ts";

/** What `rbc init` wrote, or the diagnostics that kept it from writing. */
export interface InitOutcome {
  /** The bundle directory. */
  readonly dir: string;
  /** The files written, relative to the bundle directory; empty when nothing was written. */
  readonly written: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
}

export interface InitOptions {
  /** Replace an existing bundle.yaml (and the files init writes beside it). */
  readonly force: boolean;
}

const schemaFile = fileURLToPath(new URL("../schemas/bundle.schema.json", import.meta.url));

/** `rbc init IMAGE DIR`: a starter overlay naming the image, under the schema comment. */
export async function initFromImage(
  imageRef: string,
  dir: string,
  options: InitOptions,
): Promise<InitOutcome> {
  // The check build makes at the `image` line (OVL202), made before the file is written.
  const badImage = imageReferenceProblem(imageRef);
  if (badImage !== undefined) {
    const message = `the image reference ${JSON.stringify(imageRef)} is invalid: ${badImage}`;
    return { dir, written: [], diagnostics: [error("OVL202", message, { key: "image" })] };
  }
  const overlay: InitOverlay = {
    entries: [{ key: "image", value: imageRef }],
    notes: [],
    files: {},
  };
  const header = [
    `Started by rbc init from the image ${imageRef}, which gives the command, environment,`,
    "user and working directory. Add the keys to change (command, environment, volumes, ports,",
    "mem_limit, …): your editor completes them from the schema above.",
  ];
  return writeInit(dir, overlay, header, options);
}

/**
 * `rbc init --from-container NAME DIR`: the smallest `image:` overlay that compiles to the
 * config.json `container: NAME` compiles to (see overlayFromContainer).
 */
export async function initFromContainer(
  ref: string,
  dir: string,
  engine: Engine,
  options: InitOptions & { readonly header?: readonly string[] },
): Promise<InitOutcome> {
  const bundleName = basename(resolve(dir));
  const container = await resolveContainer(ref, engine, bundleName);
  const tag = container.image.RepoTags[0];
  const overlay = overlayFromContainer({
    state: container.state,
    imageRef: tag ?? container.image.Id,
    image: container.image.Config,
    bundleName,
    target: defaultTarget,
  });
  const header = [
    ...(options.header ?? [
      `Started by rbc init from the container ${container.name}: the keys its settings`,
      "differ from the image's by, each with the Docker field it reproduces.",
    ]),
    ...(tag === undefined ? ["Its image has no tag any more: the overlay names it by id."] : []),
  ];
  return writeInit(dir, overlay, header, options);
}

/**
 * Writes bundle.yaml and the files it names as one unit (bundle-journal.ts): a crash leaves the
 * old files or all the new ones. An existing bundle.yaml (or file init would write) is an error
 * unless `force`.
 */
async function writeInit(
  dir: string,
  overlay: InitOverlay,
  header: readonly string[],
  options: InitOptions,
): Promise<InitOutcome> {
  const badDir = await dirProblem(dir);
  if (badDir !== undefined) return { dir, written: [], diagnostics: [badDir] };
  const files = new Map<string, string>(Object.entries(overlay.files));
  const schema = relative(resolve(dir), schemaFile);
  const notes =
    overlay.notes.length > 0 ? ["Not carried over:", ...overlay.notes.map((n) => `- ${n}`)] : [];
  const text = overlayDocument({ schema, header, entries: overlay.entries, notes });
  files.set("bundle.yaml", text);
  if (!options.force) {
    const existing = await existingPaths([...files.keys()].map((name) => join(dir, name)));
    if (existing.length > 0) {
      const message = `${existing.join(", ")} already exists: rbc init writes a new bundle (--force replaces it)`;
      return { dir, written: [], diagnostics: [error("INI801", message)] };
    }
  }
  await completePendingWrite(dir);
  try {
    await mkdir(dir, { recursive: true });
    await commitFiles(dir, files);
  } catch (cause) {
    throw new BundleWriteError(dir, cause);
  }
  return { dir, written: [...files.keys()].sort(), diagnostics: [] };
}

/**
 * Why `dir` cannot be the new bundle's directory: a name build refuses (OVL103, the container
 * id and hostname are made of it), or a file where the directory would be.
 */
export async function dirProblem(dir: string): Promise<Diagnostic | undefined> {
  const badName = bundleNameProblem(bundleLocation(dir).name);
  if (badName !== undefined) return error("OVL103", badName);
  // The nearest path that exists, from the directory up, must be a directory (mkdir makes the rest).
  for (let at = resolve(dir); ; at = dirname(at)) {
    const found = await stat(at).catch(() => undefined);
    if (found !== undefined) {
      if (found.isDirectory()) return undefined;
      const where = relative(process.cwd(), at) || at;
      return error("INI805", `${where} is a file, not a directory: give the bundle's directory`);
    }
    if (dirname(at) === at) return undefined;
  }
}
