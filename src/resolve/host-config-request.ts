import type { HostConfig } from "../spec/index.ts";

/** T with its readonly modifiers dropped, for request objects filled field by field. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The HostConfig fields a create request sets (each request builder fills its own part). */
export type HostConfigRequest = Partial<Mutable<HostConfig>>;
