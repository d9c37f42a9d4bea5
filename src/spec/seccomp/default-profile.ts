import type { DockerRelease } from "../../overlay/index.ts";
import { defaultSeccompProfile2010 } from "./default-profile-20.10.ts";
import { defaultSeccompProfile261 } from "./default-profile-26.1.ts";
import type { SeccompProfile } from "./seccomp-profile.ts";

/** The default profile built into each Docker release rbc targets. */
export function defaultSeccompProfile(release: DockerRelease): SeccompProfile {
  return release === "20.10" ? defaultSeccompProfile2010 : defaultSeccompProfile261;
}
