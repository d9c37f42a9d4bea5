import { randomBytes } from "node:crypto";
import { link, mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { error, type Diagnostic, type Result } from "./diagnostics.ts";
import { BundleWriteError } from "./errors/index.ts";
import { existingPaths } from "./existing-paths.ts";
import { importCompose, importedFiles, type ServiceImport } from "./import/index.ts";
import { OVERLAY_FILE_MAX_BYTES, readBoundedText } from "./overlay/index.ts";

export interface ImportRequest {
  /** The Compose file, as given. */
  readonly composeFile: string;
  /** Where the bundle directories go (`bundles/`). */
  readonly out: string;
  /** Replace overlay files that exist. */
  readonly force: boolean;
}

/** What an import wrote: each service's bundle directory and notes, and the bases. */
export interface ImportResult {
  readonly services: readonly (ServiceImport & { readonly dir: string })[];
  /** Every file written, as a path joined to `out`. */
  readonly files: readonly string[];
}

const schemaFile = fileURLToPath(new URL("../schemas/bundle.schema.json", import.meta.url));

/**
 * `rbc import`: reads the Compose file (and the `.env` beside it), maps its services
 * (src/import/) and writes `<out>/<service>/bundle.yaml` and `<out>/_base/*.yaml`. An overlay
 * file that exists is an error (IMP803) unless `force`; nothing is written then, or when the
 * Compose file has an error. Each file is written to a temporary name and renamed into place.
 */
export async function importBundles(
  request: ImportRequest,
  environment: NodeJS.ProcessEnv,
): Promise<Result<ImportResult>> {
  const { composeFile, out } = request;
  const text = await readText(composeFile);
  if ("problem" in text) return failed(text.problem);
  const projectDir = dirname(resolve(composeFile));
  const dotenvFile = join(dirname(composeFile), ".env");
  const dotenv = await readText(dotenvFile, true);
  if ("problem" in dotenv) return failed(dotenv.problem);
  const bundleDir = resolve(out, "bundle");
  const imported = importCompose({
    text: text.text ?? "",
    file: composeFile,
    ...(dotenv.text === undefined ? {} : { dotenv: { text: dotenv.text, file: dotenvFile } }),
    environment: (name) => environment[name],
    directoryName: basename(projectDir),
    projectFromBundle: posix(relative(bundleDir, projectDir)) || ".",
  });
  if (imported.value === undefined) return { value: undefined, diagnostics: imported.diagnostics };
  const files = importedFiles(imported.value, composeFile, posix(relative(bundleDir, schemaFile)));
  const paths = files.map((f) => join(out, f.path));
  const existing = request.force ? [] : await existingPaths(paths);
  if (existing.length > 0) return failed(...existing.map(overwriteRefused));
  await writeFiles(
    files.map((f, i) => ({ path: paths[i] ?? f.path, text: f.text })),
    request.force,
  );
  const services = imported.value.services.map((s) => ({ ...s, dir: join(out, s.name) }));
  return { value: { services, files: paths }, diagnostics: imported.diagnostics };
}

function failed(...diagnostics: Diagnostic[]): Result<ImportResult> {
  return { value: undefined, diagnostics };
}

async function readText(
  file: string,
  optional = false,
): Promise<{ readonly text?: string } | { readonly problem: Diagnostic }> {
  const location = { file, line: 1, col: 1 };
  try {
    const read = await readBoundedText(file, OVERLAY_FILE_MAX_BYTES);
    if ("text" in read) return { text: read.text };
    return { problem: error("IMP801", `cannot read ${file}: ${read.refused}`, { location }) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (optional && code === "ENOENT") return {};
    const why = code === "ENOENT" ? "no such file" : e instanceof Error ? e.message : String(e);
    return { problem: error("IMP801", `cannot read ${file}: ${why}`, { location }) };
  }
}

function overwriteRefused(path: string): Diagnostic {
  const message = `${path} exists: rbc import does not replace it (--force replaces it)`;
  return error("IMP803", message, { location: { file: path, line: 1, col: 1 } });
}

/**
 * Every file staged under a temporary name first, then moved into place: with `force` by rename
 * (replacing), else by link, which fails rather than replace a file created since the check.
 */
async function writeFiles(
  files: readonly { readonly path: string; readonly text: string }[],
  force: boolean,
): Promise<void> {
  const staged: { temp: string; path: string }[] = [];
  let current = "";
  try {
    for (const { path, text } of files) {
      current = path;
      await mkdir(dirname(path), { recursive: true });
      const temp = join(dirname(path), `.${randomBytes(6).toString("hex")}.rbc-tmp`);
      await writeFile(temp, text, { mode: 0o644, flag: "wx" });
      staged.push({ temp, path });
    }
    for (const { temp, path } of staged) {
      current = path;
      if (force) await rename(temp, path);
      else await link(temp, path);
    }
  } catch (cause) {
    throw new BundleWriteError(current, cause);
  } finally {
    for (const { temp } of staged) await rm(temp, { force: true });
  }
}

function posix(path: string): string {
  return path.split(sep).join("/");
}
