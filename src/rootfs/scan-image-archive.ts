import { createHash } from "node:crypto";
import { digestWhile } from "./digest-stream.ts";
import type { KeepFiles, KeptFile } from "./kept-file.ts";
import type { LayerEntry } from "./layer-entry.ts";
import { blobDiffId, legacyLayerIndex } from "./layer-identity.ts";
import { scanLayerKeeping } from "./scan-layer.ts";
import { readTarStream } from "./tar-stream.ts";
import { ImageArchiveError, LayerDigestMismatchError } from "../errors/index.ts";

/**
 * Reads a `docker save` stream (Engine API `GET /images/{name}/get`) in one pass without
 * extracting it. Docker 20.10 writes the parts in name order: `<config-sha256>.json`, then one
 * `<v1-id>/{VERSION,json,layer.tar}` directory per layer (v1 ids, so NOT in layer order), then
 * `manifest.json` and `repositories`. Layer order is only known at the end, so each layer tar is
 * scanned as it arrives (nested tar read, per-file sha256, whole-tar sha256 = diff_id) and kept
 * as entry metadata: memory grows with the number of files, not their size. The OCI layout of
 * Docker >= 25 (`blobs/sha256/<hex>` named by the same manifest.json) is read the same way.
 * A layer given in `known` (scanned before, kept by diff_id) is neither scanned nor digested when
 * the archive shows which layer a tar is before its bytes (layer-identity.ts).
 */

export interface ScannedLayer {
  /** The layer tar's name inside the archive (e.g. `<id>/layer.tar`). */
  readonly archivePath: string;
  /** `sha256:<hex>` of the uncompressed layer tar. */
  readonly diffId: string;
  readonly entries: readonly LayerEntry[];
  /** The bytes of the files `keep` asked for that the layer has (scanLayerKeeping). */
  readonly files: readonly KeptFile[];
  /** Set when the entries are `known`'s: the tar was digested, not scanned. */
  readonly known?: true;
}

export interface ImageArchiveScan {
  /** `sha256:<hex>` of the image config blob (the image ID with the classic image store). */
  readonly configDigest: string;
  readonly repoTags: readonly string[];
  /** In manifest order, lowest first; each checked against the config's `rootfs.diff_ids`. */
  readonly layers: readonly ScannedLayer[];
}

export interface ScanImageArchiveOptions {
  /** Largest JSON part kept in memory (default 16 MiB). */
  readonly maxJsonSize?: number;
  /** Layers scanned before, which need not be scanned again. */
  readonly known?: KnownLayers;
  /** Files whose bytes each scanned layer keeps (default none). */
  readonly keep?: KeepFiles;
}

/** Layers scanned before (rbc's layer cache), by diff_id. */
export interface KnownLayers {
  /** The image's diff_ids, lowest first, as the engine reports them (`RootFS.Layers`). */
  readonly diffIds: readonly string[];
  /** diff_id → what scanLayer gave for that layer. */
  readonly entries: ReadonlyMap<string, readonly LayerEntry[]>;
  /** diff_id → the files it kept, for a scan that kept any (see ScanImageArchiveOptions.keep). */
  readonly files?: ReadonlyMap<string, readonly KeptFile[]>;
}

interface ArchiveLayer {
  readonly diffId: string;
  readonly entries: readonly LayerEntry[];
  readonly files: readonly KeptFile[];
  readonly known?: true;
}

interface ArchiveParts {
  readonly json: Map<string, Uint8Array>;
  readonly layers: Map<string, ArchiveLayer>;
  /** `<v1-id>/json` of the legacy layout, the part just before its `layer.tar`. */
  readonly v1Json: Map<string, Uint8Array>;
}

const DEFAULT_MAX_JSON = 16 << 20;

export async function scanImageArchive(
  source: AsyncIterable<Uint8Array>,
  options: ScanImageArchiveOptions = {},
): Promise<ImageArchiveScan> {
  const maxJson = options.maxJsonSize ?? DEFAULT_MAX_JSON;
  const parts: ArchiveParts = { json: new Map(), layers: new Map(), v1Json: new Map() };
  for await (const { header, body } of readTarStream(source)) {
    const name = archiveName(header.path);
    if (header.type !== "file") continue;
    const kind = classifyPart(name);
    if (kind === "skip") continue;
    const [first, rest] = await peek(body);
    if (kind === "v1json") {
      parts.v1Json.set(name, await readAll(rest, maxJson, name));
    } else if (kind === "json" || (kind === "blob" && isJsonBlob(first))) {
      parts.json.set(name, await readAll(rest, maxJson, name));
    } else {
      if (isCompressed(first)) throw new ImageArchiveError(`${name} is compressed (unsupported)`);
      parts.layers.set(name, await readLayer(name, rest, parts, options));
    }
  }
  return assemble(parts);
}

/**
 * A layer tar: scanned while it is digested, unless it is a known layer. Then its bytes are only
 * drained: the archive proved which layer it is before they came (layer-identity.ts), and the
 * known entries describe that layer by its digest, whatever bytes pass. (Materialization, which
 * writes the bytes, checks every layer's digest.)
 */
async function readLayer(
  name: string,
  body: AsyncIterable<Uint8Array>,
  parts: ArchiveParts,
  options: ScanImageArchiveOptions,
): Promise<ArchiveLayer> {
  const { known, keep = { paths: [], maxBytes: 0 } } = options;
  const diffId = known && knownDiffId(name, parts, known);
  const entries = diffId === undefined ? undefined : known?.entries.get(diffId);
  if (diffId === undefined || entries === undefined) {
    const scanned = await digestWhile(body, (tapped) => scanLayerKeeping(tapped, keep));
    return { diffId: `sha256:${scanned.sha256}`, ...scanned.value };
  }
  const bytes = body[Symbol.asyncIterator]();
  while ((await bytes.next()).done !== true) {
    // Drained, so that the archive's reader goes on past it.
  }
  return { diffId, entries, files: known?.files?.get(diffId) ?? [], known: true };
}

/** The diff_id the archive shows a layer tar to have before its bytes, if it does. */
function knownDiffId(name: string, parts: ArchiveParts, known: KnownLayers): string | undefined {
  const blob = blobDiffId(name, known.diffIds);
  if (blob !== undefined) return blob;
  const dir = name.slice(0, -"/layer.tar".length);
  const json = parts.v1Json.get(`${dir}/json`);
  if (!name.endsWith("/layer.tar") || json === undefined) return undefined;
  const index = legacyLayerIndex(dir, new TextDecoder().decode(json), known.diffIds);
  return index === undefined ? undefined : known.diffIds[index];
}

/** Archive names without a leading `./`. */
export function archiveName(path: string): string {
  return path.replace(/^(\.\/)+/, "");
}

function classifyPart(name: string): "json" | "v1json" | "layer" | "blob" | "skip" {
  if (name.endsWith("/layer.tar")) return "layer";
  if (/^[0-9a-f]{64}\/json$/.test(name)) return "v1json";
  if (name.startsWith("blobs/")) return "blob";
  if (!name.includes("/") && name.endsWith(".json") && name !== "index.json") return "json";
  return "skip";
}

/** An OCI blob is a config, manifest or index when it starts like JSON and not like a tar. */
function isJsonBlob(first: Uint8Array | undefined): boolean {
  const magic = new TextDecoder().decode(first?.subarray(257, 262));
  return first?.[0] === 0x7b && magic !== "ustar";
}

/** gzip or zstd magic: Docker's own save writes uncompressed layers. */
function isCompressed(first: Uint8Array | undefined): boolean {
  const [a, b, c, d] = first ?? [];
  return (a === 0x1f && b === 0x8b) || (a === 0x28 && b === 0xb5 && c === 0x2f && d === 0xfd);
}

function assemble(parts: ArchiveParts): ImageArchiveScan {
  const manifest = parseArchiveManifest(jsonPart(parts, "manifest.json"));
  const configBytes = parts.json.get(manifest.config);
  if (configBytes === undefined) throw new ImageArchiveError(`config ${manifest.config} missing`);
  const diffIds = parseDiffIds(parseJsonPart(configBytes, manifest.config));
  if (diffIds.length !== manifest.layers.length) {
    throw new ImageArchiveError(
      `manifest.json lists ${manifest.layers.length} layers, the config ${diffIds.length}`,
    );
  }
  const layers = manifest.layers.map((archivePath, index): ScannedLayer => {
    const layer = parts.layers.get(archivePath);
    if (layer === undefined) throw new ImageArchiveError(`layer ${archivePath} missing`);
    const expected = diffIds[index] ?? "";
    if (layer.diffId !== expected)
      throw new LayerDigestMismatchError(index, expected, layer.diffId);
    return { archivePath, ...layer };
  });
  const configDigest = `sha256:${createHash("sha256").update(configBytes).digest("hex")}`;
  return { configDigest, repoTags: manifest.repoTags, layers };
}

interface ArchiveManifest {
  readonly config: string;
  readonly repoTags: readonly string[];
  readonly layers: readonly string[];
}

function parseArchiveManifest(value: unknown): ArchiveManifest {
  if (!Array.isArray(value) || value.length !== 1) {
    throw new ImageArchiveError("manifest.json must describe exactly one image");
  }
  const image: unknown = value[0];
  if (typeof image !== "object" || image === null) {
    throw new ImageArchiveError("manifest.json entry is not an object");
  }
  const { Config: config, RepoTags: repoTags, Layers: layers } = image as Record<string, unknown>;
  if (typeof config !== "string" || !isStringArray(layers)) {
    throw new ImageArchiveError("manifest.json entry lacks Config or Layers");
  }
  return {
    config: archiveName(config),
    repoTags: isStringArray(repoTags) ? repoTags : [],
    layers: layers.map(archiveName),
  };
}

function parseDiffIds(config: unknown): string[] {
  const rootfs = (config as { rootfs?: { diff_ids?: unknown } } | null)?.rootfs;
  if (!isStringArray(rootfs?.diff_ids)) {
    throw new ImageArchiveError("image config has no rootfs.diff_ids");
  }
  return rootfs.diff_ids;
}

function jsonPart(parts: ArchiveParts, name: string): unknown {
  const bytes = parts.json.get(name);
  if (bytes === undefined) throw new ImageArchiveError(`${name} missing`);
  return parseJsonPart(bytes, name);
}

function parseJsonPart(bytes: Uint8Array, name: string): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch (cause) {
    throw new ImageArchiveError(`${name} is not valid JSON: ${String(cause)}`);
  }
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

/** The first chunk of a stream, and a stream that still yields every chunk from the start. */
async function peek(
  body: AsyncIterable<Uint8Array>,
): Promise<[Uint8Array | undefined, AsyncIterable<Uint8Array>]> {
  const iterator = body[Symbol.asyncIterator]();
  const first = await iterator.next();
  async function* replay(): AsyncGenerator<Uint8Array, void, undefined> {
    if (first.done === true) return;
    yield first.value;
    for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) {
      yield next.value;
    }
  }
  return [first.done === true ? undefined : first.value, replay()];
}

async function readAll(
  body: AsyncIterable<Uint8Array>,
  limit: number,
  name: string,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of body) {
    total += chunk.length;
    if (total > limit) throw new ImageArchiveError(`${name} is larger than ${limit} bytes`);
    chunks.push(chunk);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
