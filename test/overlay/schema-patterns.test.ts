import { describe, expect, it } from "vitest";
import schema from "../../schemas/bundle.schema.json" with { type: "json" };
import type { Diagnostic } from "../../src/diagnostics.ts";
import { parseByteSize } from "../../src/overlay/byte-size.ts";
import { deviceTarget } from "../../src/overlay/device-entries.ts";
import { parseDuration } from "../../src/overlay/duration.ts";
import { imageReferenceProblem } from "../../src/overlay/image-reference.ts";
import { isIPAddress } from "../../src/overlay/ip-address.ts";
import { tmpfsTarget, volumeTarget } from "../../src/overlay/mount-target.ts";
import { portEntries } from "../../src/overlay/network-entries.ts";
import { replacedReaders } from "../../src/overlay/replaced-key-readers.ts";
import { splitShellWords } from "../../src/overlay/shell-words.ts";
import { stopSignalProblem } from "../../src/overlay/stop-signal.ts";
import type { OverlaySettings } from "../../src/overlay/types.ts";
import { namespaceRequest } from "../../src/resolve/namespace-request.ts";
import { parseDevice } from "../../src/resolve/parse-device.ts";
import { parsePortSpec } from "../../src/resolve/parse-ports.ts";
import { parseVolume } from "../../src/resolve/parse-volume.ts";
import { nanoCpus } from "../../src/resolve/resource-request.ts";
import { parseSecurityOpts } from "../../src/resolve/security-opts.ts";
import { parseTemplate } from "../../src/secrets/interpolation.ts";
import { normalizeCapabilities } from "../../src/spec/capabilities.ts";
import { allCapabilities } from "../../src/spec/docker-defaults.ts";
import { tmpfsOptionProblem } from "../../src/spec/tmpfs-options.ts";
import { invalidReferences, validReferences } from "../fixtures/image-references.ts";

// Each pattern of schemas/bundle.schema.json against the parser rbc reads the same value with, on
// the values both were written for and on random strings over the characters that matter.

type Node = Record<string, unknown>;

/** The `pattern` of the schema node at a JSON pointer, as ajv compiles it. */
function pattern(pointer: string): RegExp {
  let node: unknown = schema;
  for (const segment of pointer.split("/").slice(1)) node = (node as Node)[segment];
  const source = (node as Node).pattern;
  if (typeof source !== "string") throw new Error(`no pattern at ${pointer}`);
  return new RegExp(source, "u");
}

/** A deterministic stream of strings over `alphabet`, up to `maxLength` long. */
function randomStrings(alphabet: string, count: number, maxLength: number, seed = 1): string[] {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const chars = Array.from(alphabet);
  return Array.from({ length: count }, () => {
    const length = 1 + Math.floor(next() * maxLength);
    return Array.from({ length }, () => chars[Math.floor(next() * chars.length)]).join("");
  });
}

/**
 * The strings where the pattern and rbc's parser disagree; none, on samples that hold values of
 * both kinds (so the comparison says something).
 */
function disagreements(
  re: RegExp,
  samples: readonly string[],
  accepts: (s: string) => boolean,
): string[] {
  const accepted = samples.filter((s) => accepts(s)).length;
  expect(accepted, "samples rbc accepts").toBeGreaterThan(0);
  expect(accepted, "samples rbc refuses").toBeLessThan(samples.length);
  return samples.filter((s) => re.test(s) !== accepts(s));
}

function resolves(settings: Omit<OverlaySettings, "source">): boolean {
  const diagnostics: Diagnostic[] = [];
  namespaceRequest({ source: { kind: "image", ref: "a" }, ...settings }, diagnostics);
  return diagnostics.length === 0;
}

// Each test compares tens of thousands of strings: seconds on a loaded machine.
describe("schemas/bundle.schema.json patterns and rbc's parsers", { timeout: 60_000 }, () => {
  it("image: Docker's reference grammar", () => {
    const re = pattern("#/properties/image");
    const samples = [
      ...validReferences,
      ...invalidReferences,
      ...randomStrings("ab1.-_/:@A", 20_000, 14),
      ...randomStrings("a:5/b.c@sha256:0123456789abcdef", 5_000, 40, 7),
    ];
    expect(disagreements(re, samples, (s) => imageReferenceProblem(s) === undefined)).toEqual([]);
  });

  it("IP addresses: Go's net.ParseIP", () => {
    const re = pattern("#/definitions/ipAddress");
    const samples = [
      ...["::", "::1", "1::", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7::", "::ffff:1.2.3.4", "1::2::3"],
      ...["1.2.3.4", "01.2.3.4", "256.1.1.1", "1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:7:1.2.3.4"],
      ...randomStrings("0129af:.", 40_000, 18),
      ...randomStrings("1:.", 20_000, 24, 3),
    ];
    expect(disagreements(re, samples, isIPAddress)).toEqual([]);
  });

  it("byte sizes and memory sizes: Docker's RAMInBytes, the 6m minimum and 2^53 bytes", () => {
    const size = pattern("#/definitions/byteSize");
    const memory = pattern("#/definitions/memorySize/anyOf/0");
    const samples = [
      ...["6m", "6291456", "6291455", "6144k", "6143.99k", "0.005859375g", "0", "0.5", "0.4b"],
      ...["8388607.99g", "8388608g", "9007199254740991", "9007199254740992", "64 MB", "1t"],
      ...randomStrings("0123456789. kmgbKMGB", 40_000, 10),
      ...randomStrings("0.6m", 10_000, 12, 5),
    ];
    const read = (s: string) => parseByteSize(s);
    expect(disagreements(size, samples, (s) => "value" in read(s))).toEqual([]);
    const atLeast6m = (s: string) => {
      const bytes = read(s);
      return "value" in bytes && (bytes.value === 0 || bytes.value >= 6 * 1024 * 1024);
    };
    expect(disagreements(memory, samples, atLeast6m)).toEqual([]);
  });

  it("durations: Go's time.ParseDuration units", () => {
    const re = pattern("#/definitions/duration");
    const samples = [...randomStrings("01.5nsumhµμ ", 30_000, 8), "0", "1h2m3s4ms5us6ns", "-1s"];
    expect(disagreements(re, samples, (s) => parseDuration(s) !== undefined)).toEqual([]);
  });

  it("cpus: a decimal above 0 that NanoCpus holds exactly", () => {
    const re = pattern("#/properties/cpus/oneOf/1");
    const samples = [
      ...randomStrings("0123456789. ", 40_000, 14),
      ...["0.000000001", "0.0000000001", "1.10000000000", ".5", "5.", " 1 ", "0", "0.0"],
    ];
    const accepts = (s: string) => {
      const read = replacedReaders.cpus(s);
      return "value" in read && nanoCpus(read.value) !== undefined;
    };
    expect(disagreements(re, samples, accepts)).toEqual([]);
  });

  it("stop_signal: Docker's signal names and numbers", () => {
    const re = pattern("#/properties/stop_signal");
    const names = ["TERM", "sigquit", "SigKill", "RTMIN+15", "rtmax-14", "RTMIN+16", "RTMAX-0"];
    const samples = [...names, ...randomStrings("SIGTERMrtmin+-0169", 5_000, 9)];
    expect(disagreements(re, samples, (s) => stopSignalProblem(s) === undefined)).toEqual([]);
  });

  it("capabilities: the names Docker 26.1 knows, any case, with or without CAP_", () => {
    const re = pattern("#/definitions/capability");
    const known = allCapabilities("26.1").flatMap((cap) => [cap, cap.slice(4).toLowerCase()]);
    const samples = [...known, "ALL", "all", "CAP_ALL", "SYS_ADMINN", "CAP_", "cap_sys_Time"];
    const accepts = (s: string) => "caps" in normalizeCapabilities([s], "26.1");
    expect(disagreements(re, samples, accepts)).toEqual([]);
  });

  it("command lines: POSIX shell words", () => {
    const re = pattern("#/definitions/commandLine/oneOf/0");
    const samples = randomStrings(`a '"\\\n`, 40_000, 10);
    expect(disagreements(re, samples, (s) => "words" in splitShellWords(s))).toEqual([]);
  });

  it("environment values: Compose interpolation", () => {
    const re = pattern("#/properties/environment/oneOf/0/additionalProperties");
    const samples = randomStrings("${}:-?+A1 ", 60_000, 12);
    expect(disagreements(re, samples, (s) => "template" in parseTemplate(s))).toEqual([]);
  });

  it("ports: the short syntax, except ranges that run backwards or differ in length", () => {
    const re = pattern("#/definitions/portSpec/oneOf/1");
    const samples = [
      ...randomStrings("0189:./[]tcpu", 40_000, 12),
      ...randomStrings("1:[]ab.-/", 10_000, 14, 9),
    ].filter((s) => !s.includes("-"));
    const accepts = (s: string) => {
      const [entry] = portEntries([s], () => undefined);
      return entry !== undefined && "value" in entry && "mappings" in parsePortSpec(s);
    };
    expect(disagreements(re, samples, accepts)).toEqual([]);
  });

  it("short volumes: Docker's volume syntax, modes and data-root rule", () => {
    const re = pattern("#/definitions/volume");
    const samples = [
      ...randomStrings("/.:adr,o", 40_000, 10),
      ...["/var/lib/docker:/d:private", "/var/lib/dockerx:/d:rslave", "/var/:/d:shared,rslave"],
      ...["/v:/d:slave", "/var/lib/docke:/d:rshared,private", "data:/d:nocopy", "./x:/y:z,Z"],
    ].filter((s) => !/\/\.|\/\//.test(s));
    const accepts = (s: string) => volumeTarget(s) !== undefined && "mount" in parseVolume(s);
    expect(disagreements(re, samples, accepts)).toEqual([]);
  });

  it("tmpfs mounts: an absolute target and Docker's tmpfs options", () => {
    const re = pattern("#/definitions/tmpfsMount");
    const samples = [
      ...randomStrings("/r:,=", 20_000, 8),
      ...["/run:size=1m,noexec", "/run:", "/run:rw,", "/run:foo=1", "/run:size=1:2", "run"],
    ];
    const accepts = (s: string) => {
      if (tmpfsTarget(s) === undefined) return false;
      const colon = s.indexOf(":");
      const data = colon === -1 ? "" : s.slice(colon + 1);
      return data === "" || data.split(",").every((o) => tmpfsOptionProblem(o) === undefined);
    };
    expect(disagreements(re, samples, accepts)).toEqual([]);
  });

  it("devices: HOST[:CONTAINER][:PERMISSIONS]", () => {
    const re = pattern("#/definitions/device");
    const samples = randomStrings("/d:rwmx", 40_000, 10);
    const accepts = (s: string) => deviceTarget(s) !== undefined && "device" in parseDevice(s);
    expect(disagreements(re, samples, accepts)).toEqual([]);
  });

  it("security options: what the Docker CLI and daemon accept", () => {
    const re = pattern("#/definitions/securityOption");
    const samples = [
      ...randomStrings("=:labeprmoTt1", 40_000, 10),
      ...["seccomp=p.json", "seccomp=", "systempaths=unconfined", "no-new-privileges:true"],
    ];
    const files = new Map(samples.map((s) => [s.slice(s.search(/[=:]/) + 1), "{}"]));
    const accepts = (s: string) => {
      const diagnostics: Diagnostic[] = [];
      parseSecurityOpts([s], files, diagnostics);
      return diagnostics.length === 0;
    };
    expect(disagreements(re, samples, accepts)).toEqual([]);
  });

  it("dns_search: Docker's domain names", () => {
    const re = pattern("#/definitions/searchDomain");
    const samples = [...randomStrings("a-.1 _", 30_000, 10), "a".repeat(256), "."];
    expect(disagreements(re, samples, (s) => resolves({ dns_search: [s] }))).toEqual([]);
  });
});
