/**
 * The resolve stage: an overlay becomes the create request `docker run` would send, and the
 * request is resolved through the Docker engine (the Engine port) into a container's state, as
 * `docker create` would: the image's config or an existing container's settings, Docker's create
 * defaults, the donors of `container:NAME` modes. Also the engine adapters: Docker (dockerode,
 * loaded on first use), a recording engine for the lock, and the lock's engine for offline checks.
 */
export { createRequestFor } from "./create-request-for.ts";
/** `docker run IMAGE` as inspect would show it: what an overlay's unset keys leave in place. */
export { createFromImage } from "./create-container.ts";
export type { CreateRequest } from "./create-request.ts";
export type { RequestKeys } from "./request-keys.ts";
export { resolveSource } from "./resolve-source.ts";
export { resolveContainer, type ResolvedContainer } from "./resolve-container.ts";
export type { ResolvedSource } from "./resolve-source.ts";
export { describeRootfs, readImage } from "./describe-rootfs.ts";
export type { DescribedRootfs, DescribeOptions, RootfsReadProgress } from "./describe-rootfs.ts";
export { hostDevicePaths, readHostDevices } from "./host-devices.ts";

/** The engine port and its adapters. */
export type {
  ContainerInspect,
  Engine,
  EngineEvent,
  EventFilter,
  EventListener,
  EventSubscription,
} from "./engine.ts";
export { connectEngine } from "./connect-engine.ts";
export { recordedEngine } from "./engine-recording.ts";
export type { EngineRecording } from "./engine-recording.ts";
export { createImageMemo, runImageMemo } from "./image-memo.ts";
export type { ImageMemo } from "./image-memo.ts";
export { lockedEngine } from "./locked-engine.ts";
/** Image user lookups answered from the lock or the image's read, without a probe container. */
export { answeringImageUsers } from "./image-user-answers.ts";
export type { ImageUserAnswers } from "./image-user-answers.ts";
export type { RecordedUserLookup } from "./engine-recording.ts";

/** What watch needs to know of what a bundle references. */
export { joinedContainer } from "./donors.ts";
export { seccompProfileFiles } from "./security-opts.ts";
