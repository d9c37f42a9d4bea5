import { describe, expect, it } from "vitest";
import { blobDiffId, legacyLayerIndex, topLevelMembers } from "../../src/rootfs/layer-identity.ts";

// `docker save rbc.local/app:1` from Docker 20.10: its two layer directories' `json` parts.
const diffIds = [
  "sha256:c0542f9d0c625db82ba12a75bee200702dd339709ecb278afbda644ac25b7591",
  "sha256:c6e001a473b4712f596120b6a015842b48823fdf923a39f4ecfbb53f3dd84d02",
];
const emptyConfig =
  '{"Hostname":"","Domainname":"","User":"","AttachStdin":false,"AttachStdout":false,"AttachStderr":false,"Tty":false,"OpenStdin":false,"StdinOnce":false,"Env":null,"Cmd":null,"Image":"","Volumes":null,"WorkingDir":"","Entrypoint":null,"OnBuild":null,"Labels":null}';
const baseId = "acdc00394fa93310134c7ff119ab778f2fb5dbdac400d4110b4741116d3dfda4";
const baseJson = `{"id":"${baseId}","created":"1970-01-01T00:00:00Z","container_config":${emptyConfig},"os":"linux"}`;
const topId = "7e6f15e9c34b81f41ea9dbd2da6482c12400ef29d890da3a2b7383b8977b3e7b";
const topJson = `{"id":"${topId}","parent":"${baseId}","created":"2024-01-01T00:00:00Z","container_config":${emptyConfig},"config":{"Hostname":"","Domainname":"","User":"alice","AttachStdin":false,"AttachStdout":false,"AttachStderr":false,"ExposedPorts":{"8080/tcp":{}},"Tty":false,"OpenStdin":false,"StdinOnce":false,"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","APP_MODE=production","GREETING=hello world"],"Cmd":["default-arg"],"Image":"","Volumes":{"/data":{}},"WorkingDir":"/app","Entrypoint":["/bin/sh","/app/run.sh"],"OnBuild":null,"Labels":{"org.opencontainers.image.title":"rbc app","tier":"demo"},"StopSignal":"SIGQUIT"},"architecture":"amd64","os":"linux"}`;

describe("legacyLayerIndex", () => {
  it("places each layer directory of a Docker 20.10 archive by recomputing its v1 id", () => {
    expect(legacyLayerIndex(baseId, baseJson, diffIds)).toBe(0);
    expect(legacyLayerIndex(topId, topJson, diffIds)).toBe(1);
  });

  it("places nothing when the directory name is not the id its json and a chain id give", () => {
    expect(legacyLayerIndex(topId, baseJson, diffIds)).toBeUndefined();
    expect(legacyLayerIndex(baseId, baseJson, [...diffIds].reverse())).toBeUndefined();
    expect(legacyLayerIndex(baseId, baseJson.replace("1970", "1971"), diffIds)).toBeUndefined();
    expect(legacyLayerIndex("../etc", baseJson, diffIds)).toBeUndefined();
  });

  it("places nothing for json it cannot split exactly (whitespace, not an object)", () => {
    expect(legacyLayerIndex(baseId, baseJson.replace(",", ", "), diffIds)).toBeUndefined();
    expect(legacyLayerIndex(baseId, "[1,2]", diffIds)).toBeUndefined();
    expect(legacyLayerIndex(baseId, "{", diffIds)).toBeUndefined();
  });
});

describe("topLevelMembers", () => {
  it("keeps each value's text as written", () => {
    const members = topLevelMembers('{"a":1.50,"b":"x\\"}","c":{"d":[1,{"e":null}]},"f":true}');
    expect([...(members ?? [])]).toEqual([
      ["a", "1.50"],
      ["b", '"x\\"}"'],
      ["c", '{"d":[1,{"e":null}]}'],
      ["f", "true"],
    ]);
    expect([...(topLevelMembers("{}") ?? [])]).toEqual([]);
  });
});

describe("blobDiffId", () => {
  it("reads an OCI layout blob name as the diff_id it is, when the image has that layer", () => {
    const hex = diffIds[1]?.slice("sha256:".length) ?? "";
    expect(blobDiffId(`blobs/sha256/${hex}`, diffIds)).toBe(diffIds[1]);
    expect(blobDiffId(`blobs/sha256/${"0".repeat(64)}`, diffIds)).toBeUndefined();
    expect(blobDiffId(`${hex}/layer.tar`, diffIds)).toBeUndefined();
  });
});
