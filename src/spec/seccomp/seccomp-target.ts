import type { DockerRelease } from "../../overlay/index.ts";
import type { KernelVersion } from "./seccomp-profile.ts";

/** Where the profile is applied: the Docker release, the daemon's native arch and the host kernel. */
export interface SeccompTarget {
  /** Which release's default profile, profile format and output fields. */
  readonly release: DockerRelease;
  /**
   * Go arch name (`runtime.GOARCH` of dockerd, which is the OCI image arch on a native host):
   * `amd64`, `arm64`, `arm`, `386`, `s390x`, `ppc64le`, `mips64le`, ...
   */
  readonly arch: string;
  /** The first two numbers of the host kernel release (6.18.44 → `{major: 6, minor: 18}`). */
  readonly kernel: KernelVersion;
}
