import type { EngineTarget } from "../../src/overlay/index.ts";

/** Docker 20.10 on a cgroup v1 host: what rbc v1 reproduced, and what most unit tests assert. */
export const docker2010v1: EngineTarget = { docker: "20.10", cgroup: "v1" };

/** Docker 26.1 on a cgroup v1 host. */
export const docker261v1: EngineTarget = { docker: "26.1", cgroup: "v1" };

/** Docker 26.1 on a cgroup v2 host: rbc's default target. */
export const docker261v2: EngineTarget = { docker: "26.1", cgroup: "v2" };
