import { describe, expect, it } from "vitest";
import type { JsonPatchOperation } from "../../src/overlay/index.ts";
import type { SpecInput } from "../../src/spec/build-spec.ts";
import { compileSpec } from "../../src/spec/index.ts";
import type { HostConfig } from "../../src/spec/container-state.ts";
import { containerState } from "../helpers/container-state.ts";
import { specInput as specInputOf } from "./spec-input.ts";

function specInput(hostConfig: Partial<HostConfig>): SpecInput {
  return specInputOf(containerState({ hostConfig }));
}

/** The index of the network namespace in the generated spec, for patches that aim at it. */
function networkIndex(hostConfig: Partial<HostConfig>): number {
  const namespaces = compileSpec(specInput(hostConfig), []).value?.generated.linux.namespaces;
  return namespaces?.findIndex((ns) => ns.type === "network") ?? -1;
}

describe("compileSpec", () => {
  it("refuses patches that take a bridge container's own network namespace away", () => {
    const index = networkIndex({ NetworkMode: "default" });
    expect(index).toBeGreaterThanOrEqual(0);
    const cases: JsonPatchOperation[][] = [
      [{ op: "remove", path: `/linux/namespaces/${index}` }],
      [{ op: "add", path: `/linux/namespaces/${index}/path`, value: "/proc/1/ns/net" }],
      [{ op: "replace", path: "/linux/namespaces", value: [] }],
    ];
    for (const patches of cases) {
      const compiled = compileSpec(specInput({ NetworkMode: "default" }), patches);
      expect(compiled.value, JSON.stringify(patches)).toBeUndefined();
      expect(compiled.diagnostics).toMatchObject([
        { code: "SPC504", severity: "error", key: "patches" },
      ]);
      expect(compiled.diagnostics[0]?.message).toMatch(
        /^network_mode bridge needs a network namespace/,
      );
    }
  });

  it("refuses the same for network_mode none, whose hook brings lo up", () => {
    const index = networkIndex({ NetworkMode: "none" });
    const patches: JsonPatchOperation[] = [{ op: "remove", path: `/linux/namespaces/${index}` }];
    const compiled = compileSpec(specInput({ NetworkMode: "none" }), patches);
    expect(compiled.diagnostics).toMatchObject([{ code: "SPC504", key: "patches" }]);
  });

  it("lets patches change other namespaces, and host networking keep none", () => {
    const patches: JsonPatchOperation[] = [
      { op: "add", path: "/linux/namespaces/-", value: { type: "cgroup" } },
    ];
    expect(compileSpec(specInput({ NetworkMode: "default" }), patches).value).toBeDefined();
    expect(compileSpec(specInput({ NetworkMode: "host" }), []).value).toBeDefined();
  });

  it("warns of each hook a patch adds, naming its command, and of none of rbc's own", () => {
    const patches: JsonPatchOperation[] = [
      {
        op: "add",
        path: "/hooks/prestart",
        value: [{ path: "/bin/sh", args: ["sh", "-c", "id"] }],
      },
    ];
    const compiled = compileSpec(specInput({ NetworkMode: "default" }), patches);
    expect(compiled.value).toBeDefined();
    expect(compiled.diagnostics).toEqual([
      {
        code: "SPC507",
        severity: "warning",
        key: "patches",
        message:
          "config.json runs a prestart hook rbc did not generate, as root on the host under rbc run: /bin/sh -c id",
      },
    ]);
    expect(compileSpec(specInput({ NetworkMode: "default" }), []).diagnostics).toEqual([]);
  });
});
