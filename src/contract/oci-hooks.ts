/**
 * The `hooks` of config.json as rbc writes and reads them (runtime-spec config.md#posix-platform-hooks).
 * spec/oci-types.ts uses these same types for the whole config.
 */
export interface OciHook {
  path: string;
  args?: string[];
  env?: string[];
  timeout?: number;
}

export interface OciHooks {
  prestart?: OciHook[];
  createRuntime?: OciHook[];
  poststart?: OciHook[];
  poststop?: OciHook[];
}
