import type { SourceLocation } from "../diagnostics.ts";
import { describeTarget } from "../overlay/index.ts";
import type { Origin } from "./origin.ts";
import { sourceLocation, type ProvenanceInputs } from "./provenance-inputs.ts";

/** A field of the container's state (Docker's names), with one of its items. */
export interface StateField {
  readonly state: string;
  readonly item?: string;
}

/**
 * The input that set a field of the container's state, as create set it (create-container.ts): the
 * overlay key whose request field it is, what the engine derives from one (the doubled swap, the
 * masks that follow `privileged`), else the base's: the image's config or Docker's create
 * defaults for an image, the container's own settings for a container.
 */
export function stateOrigins(field: StateField, inputs: ProvenanceInputs): Origin[] {
  const requested = requestedOrigins(field, inputs);
  if (requested.length > 0) return requested;
  const derived = derivedOrigins(field, inputs);
  if (derived.length > 0) return derived;
  return inputs.base.kind === "image"
    ? [imageBaseOrigin(field, inputs)]
    : [containerOrigin(field, inputs)];
}

/** The overlay keys whose request field this is, at the item's own line when it has one. */
function requestedOrigins(field: StateField, inputs: ProvenanceInputs): Origin[] {
  if (!requestSets(field, inputs)) return [];
  const keys = inputs.keys.get(field.state) ?? [];
  if (keys.length === 0)
    return [{ kind: "unknown", what: `the overlay key behind ${field.state}` }];
  return keys.map((key): Origin => {
    const item = itemKey(key, field, inputs);
    const origins = inputs.overlay.origins;
    const found = item === undefined ? undefined : origins[item];
    const location = found ?? origins[key];
    if (location === undefined) return { kind: "unknown", what: `where the overlay sets ${key}` };
    return { kind: "overlay", key: found ? (item ?? key) : key, location };
  });
}

/** Whether the request sets the field (for list and map fields, the item). */
function requestSets(field: StateField, inputs: ProvenanceInputs): boolean {
  const { request } = inputs;
  const [section, name = ""] = field.state.split(".");
  if (section === "Mounts") {
    if (field.item === undefined) return request.mounts !== undefined;
    return (request.mounts ?? []).some((m) => m.Destination === field.item);
  }
  const fields: Readonly<Record<string, unknown>> =
    section === "Config" ? request.config : section === "HostConfig" ? request.hostConfig : {};
  const value = fields[name];
  if (value === undefined) return false;
  if (field.item === undefined) return true;
  if (name === "Env") return (value as string[]).some((e) => envName(e) === field.item);
  if (name === "Ulimits") return (value as { Name: string }[]).some((u) => u.Name === field.item);
  if (Array.isArray(value) || name === "Cmd" || name === "Entrypoint") return true;
  return typeof value === "object" && value !== null && Object.hasOwn(value, field.item);
}

/** The origin key of the item within an overlay key: `environment.NAME`, `volumes[2]`, `cap_add[0]`. */
function itemKey(key: string, field: StateField, inputs: ProvenanceInputs): string | undefined {
  const { item } = field;
  if (item === undefined) return undefined;
  if (field.state === "Mounts") {
    const index = (inputs.request.mounts ?? []).findIndex((m) => m.Destination === item);
    return `${key}[${index}]`;
  }
  if (field.state === "HostConfig.Tmpfs") {
    const index = Object.keys(inputs.request.hostConfig.Tmpfs ?? {}).indexOf(item);
    return `${key}[${index}]`;
  }
  const origins = inputs.overlay.origins;
  const indexed = `${key}[${item}]`;
  return origins[indexed] === undefined ? `${key}.${item}` : indexed;
}

/**
 * Fields the engine derives from another request field: the swap limit defaults to twice the
 * memory limit (adaptContainerSettings), the default masks follow `privileged` (create).
 */
function derivedOrigins(field: StateField, inputs: ProvenanceInputs): Origin[] {
  const from: Readonly<Record<string, string>> = {
    "HostConfig.MemorySwap": "HostConfig.Memory",
    "HostConfig.MaskedPaths": "HostConfig.Privileged",
    "HostConfig.ReadonlyPaths": "HostConfig.Privileged",
  };
  const source = from[field.state];
  if (source === undefined) return [];
  return requestedOrigins({ state: source }, inputs);
}

/** An image's config, or what Docker's create does when neither the image nor the overlay says. */
function imageBaseOrigin(field: StateField, inputs: ProvenanceInputs): Origin {
  const location = sourceLocation(inputs);
  const imageKey = imageConfigKey(field, inputs);
  if (imageKey !== undefined) {
    return { kind: "image", key: imageKey, image: inputs.image, ...(location && { location }) };
  }
  if (field.state === "Config.Hostname") {
    return {
      kind: "rbc",
      convention: "the bundle's name as its hostname (Docker: the container id)",
    };
  }
  return engineDefault(createRule(field.state), inputs);
}

/** The image config key behind a Config field or an image VOLUME, if the image has it. */
function imageConfigKey(field: StateField, inputs: ProvenanceInputs): string | undefined {
  if (inputs.base.kind !== "image") return undefined;
  const config = inputs.base.config;
  const [section, name = ""] = field.state.split(".");
  if (section === "Mounts")
    return field.item === undefined ? "Volumes" : `Volumes["${field.item}"]`;
  if (section !== "Config") return undefined;
  if (name === "Env") {
    const index = (config.Env ?? []).findIndex((e) => envName(e) === field.item);
    return index === -1 ? "Env" : `Env[${index}]`;
  }
  if (name === "Labels") return field.item === undefined ? "Labels" : `Labels["${field.item}"]`;
  const fromImage = ["User", "Cmd", "Entrypoint", "WorkingDir", "StopSignal", "ExposedPorts"];
  if (!fromImage.includes(name)) return undefined;
  const indexed = (name === "Cmd" || name === "Entrypoint") && field.item !== undefined;
  return indexed ? `${name}[${field.item}]` : name;
}

/** A `container:` source's own setting, named as `docker inspect` names it. */
function containerOrigin(field: StateField, inputs: ProvenanceInputs): Origin {
  const location = sourceLocation(inputs);
  let key = field.state;
  if (field.item !== undefined) {
    const base = inputs.base.kind === "container" ? inputs.base.state : undefined;
    const index =
      field.state === "Config.Env"
        ? (base?.Config.Env ?? []).findIndex((e) => envName(e) === field.item)
        : -1;
    key = index === -1 ? `${field.state}["${field.item}"]` : `${field.state}[${index}]`;
  }
  return { kind: "container", key, container: inputs.base.ref, ...(location && { location }) };
}

/** The Docker rule behind a create-time default. */
function createRule(state: string): string {
  const rules: Readonly<Record<string, string>> = {
    "HostConfig.ShmSize": "the daemon's --default-shm-size, 64 MiB (adaptContainerSettings)",
    "HostConfig.IpcMode": "the daemon's default IPC mode, private (adaptContainerSettings)",
    "HostConfig.CgroupnsMode":
      "the daemon's default cgroup namespace mode (adaptContainerSettings)",
    "HostConfig.NetworkMode": "the default network, bridge (runconfig)",
    "HostConfig.MaskedPaths": "the default masked paths (oci.DefaultLinuxSpec, stored at create)",
    "HostConfig.ReadonlyPaths":
      "the default read-only paths (oci.DefaultLinuxSpec, stored at create)",
    "HostConfig.OomKillDisable": "an unset OOM-killer switch is false (adaptContainerSettings)",
  };
  const key = overlayKeyOf[state];
  if (key !== undefined)
    return `${key} not set in the overlay: docker run's default (daemon create)`;
  return rules[state] ?? `${state} unset: docker run's default (daemon create)`;
}

/**
 * The overlay key that would set a state field the create leaves at Docker's default: what a
 * reader can change (resolve/resource-request.ts and create-request.ts map them the other way).
 */
const overlayKeyOf: Readonly<Record<string, string>> = {
  "Config.Tty": "tty",
  "HostConfig.Memory": "mem_limit",
  "HostConfig.MemoryReservation": "mem_reservation",
  "HostConfig.MemorySwappiness": "mem_swappiness",
  "HostConfig.PidsLimit": "pids_limit",
  "HostConfig.Ulimits": "ulimits",
  "HostConfig.CpuShares": "cpu_shares",
  "HostConfig.BlkioWeight": "blkio_config.weight",
  "HostConfig.OomScoreAdj": "oom_score_adj",
};

function engineDefault(rule: string, inputs: ProvenanceInputs): Origin {
  const location: SourceLocation | undefined = inputs.overlay.origins["target"];
  const target = describeTarget(inputs.target);
  return { kind: "engine-default", target, rule, ...(location && { location }) };
}

/** An engine-default origin for a rule of the target (exported for the spec's own rules). */
export function targetRule(rule: string, inputs: ProvenanceInputs): Origin {
  return engineDefault(rule, inputs);
}

function envName(entry: string): string {
  const eq = entry.indexOf("=");
  return eq === -1 ? entry : entry.slice(0, eq);
}
