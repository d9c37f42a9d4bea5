// Generated from schemas/bundle.schema.json by scripts/generate-validators.ts. Do not edit by hand:
// change the schema and run `npm run generate`.
// @ts-nocheck
import type { ValidateFunction } from "ajv";
import type { BundleDocument } from "./bundle-document.generated.ts";
import runtime0Exports from "ajv/dist/runtime/ucs2length.js";

function runtimeModule(exports) {
  return exports?.__esModule === true ? exports : { default: exports };
}
const runtime0 = runtimeModule(runtime0Exports);

const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://rbc.dev/schemas/bundle.schema.json","title":"rbc bundle overlay","description":"A bundle overlay (bundles/<name>/bundle.yaml): a Docker image or container plus Compose-style service settings that rbc compiles into an OCI runtime bundle for runc. Keys and value forms follow the Compose Specification.","type":"object","additionalProperties":false,"patternProperties":{"^x-":{}},"properties":{"image":{"description":"Image to build the bundle from, as `docker run` names it (`nginx:1.27`, `ghcr.io/acme/api@sha256:…`). Set exactly one of `image` or `container`, here or in a base overlay.","type":"string","title":"an image reference Docker accepts, such as nginx:1.27 or ghcr.io/acme/api@sha256:… (a lowercase repository, an optional registry host, tag and digest; no variables)","errorMessage":"Expected an image reference Docker accepts, such as nginx:1.27 or ghcr.io/acme/api@sha256:… (a lowercase repository, an optional registry host, tag and digest; no variables).","pattern":"^(?:(?:sha256:)?[0-9a-f]{64}|(?=[^@]{1,255}(?::[\\w][\\w.-]{0,127})?(?:@|$))(?:(?:\\[[a-fA-F0-9:]+\\]|[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*)(?::[0-9]+)?/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*|[a-z0-9]+(?:(?:_|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)+|[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)(?::[\\w][\\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?)$"},"container":{"description":"Existing container (name or ID) whose configuration the bundle starts from. Set exactly one of `image` or `container`, here or in a base overlay.","type":"string","minLength":1},"extends":{"description":"Base overlay file(s) merged before this one, in list order, with paths relative to this file. `extends` itself is not inherited.","oneOf":[{"$ref":"#/definitions/overlayPath"},{"type":"array","minItems":1,"items":{"$ref":"#/definitions/overlayPath"}}]},"target":{"description":"The Docker Engine release and host cgroup version whose config.json rbc reproduces, whatever engine resolves the image. Inherited through `extends`, field by field. Default: `{docker: \"26.1\", cgroup: v2}`.","type":"object","additionalProperties":false,"properties":{"docker":{"description":"The Docker Engine release: \"20.10\" or \"26.1\". YAML reads an unquoted 20.10 as the number 20.1; rbc reads the value as written.","title":"\"20.10\" or \"26.1\"","enum":["20.10","26.1",20.1,26.1]},"cgroup":{"description":"The host's cgroup version: v1 (a legacy or hybrid hierarchy) or v2 (the unified hierarchy).","enum":["v1","v2"]}}},"command":{"description":"Overrides the image's CMD. A string is split into words like a POSIX shell would, without running one. An empty string or list leaves the image's CMD in place.","$ref":"#/definitions/commandLine"},"entrypoint":{"description":"Overrides the image's ENTRYPOINT. A string is split into words like a POSIX shell would. An empty string or list resets it, like `docker run --entrypoint \"\"`.","$ref":"#/definitions/commandLine"},"environment":{"description":"Environment variables, as a map (`FOO: bar`) or a list (`FOO=bar`). A variable with no value (`FOO:` or `- FOO`) removes it from the image's environment. Values take Compose's interpolation (`${VAR}`, `${VAR:-default}`, `${VAR:?error}`, `$$` for a literal `$`), filled in by `rbc run` from its own environment, never by the build: config.json keeps the template as written.","oneOf":[{"type":"object","propertyNames":{"title":"a variable name: not empty, without =","errorMessage":"Expected a variable name: not empty, without =.","pattern":"^[^=]+$"},"additionalProperties":{"type":["string","number","boolean","null"],"title":"a value whose ${…} interpolations are complete (write $$ for a literal $)","errorMessage":"Expected a value whose ${…} interpolations are complete (write $$ for a literal $).","pattern":"^(?:[^$]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})*\\})*\\}))*$"}},{"type":"array","items":{"type":"string","title":"KEY=VALUE or KEY, with a name and complete ${…} interpolations (write $$ for a literal $)","errorMessage":"Expected KEY=VALUE or KEY, with a name and complete ${…} interpolations (write $$ for a literal $).","pattern":"^[^=]+(?:=(?:[^$]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})*\\})*\\}))*)?$"}}]},"env_file":{"description":"Compose's env files, read by `rbc run` (never by the build), with paths relative to the overlay file that names them. A later file's variable replaces an earlier one's, and `environment` wins over them all. A missing file stops the run unless it has `required: false`.","oneOf":[{"type":"string","minLength":1},{"type":"array","items":{"oneOf":[{"type":"string","minLength":1},{"type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"type":"string","minLength":1},"required":{"description":"Whether a missing file stops the run (default true).","type":"boolean"}}}]}}]},"allow_plaintext":{"description":"Variables whose committed value may look like a credential: the build does not warn about them (SEC701). For values that are not secret, such as a test's fake token.","$ref":"#/definitions/stringList"},"user":{"description":"User (and optional group) the process runs as: `name`, `uid`, `name:group` or `uid:gid`, resolved against the image's /etc/passwd and /etc/group.","type":"string"},"working_dir":{"description":"Working directory of the process, overriding the image's WORKDIR: an absolute path, as Docker requires.","type":"string","title":"an absolute path, as Docker requires","errorMessage":"Expected an absolute path, as Docker requires.","pattern":"^/"},"container_name":{"description":"The runc container id the bundle runs as, instead of `rbc-<bundle directory name>-<hash>` (Docker's container name rule).","title":"a name of at least two letters, digits, _, . or -, starting with a letter or digit (Docker's [a-zA-Z0-9][a-zA-Z0-9_.-]+)","type":"string","pattern":"^[a-zA-Z0-9][a-zA-Z0-9_.-]+$","errorMessage":"Expected a name of at least two letters, digits, _, . or -, starting with a letter or digit (Docker's [a-zA-Z0-9][a-zA-Z0-9_.-]+)."},"hostname":{"description":"Hostname inside the container.","type":"string"},"domainname":{"description":"NIS domain name inside the container.","type":"string"},"tty":{"description":"Allocate a pseudo-terminal for the process (`docker run -t`).","type":"boolean"},"read_only":{"description":"Mount the root filesystem read-only.","type":"boolean"},"privileged":{"description":"Run with all capabilities and device access, as `docker run --privileged` does.","type":"boolean"},"cap_add":{"description":"Linux capabilities to add to Docker's default set (`NET_ADMIN`, `CAP_SYS_TIME`, `ALL`).","type":"array","items":{"$ref":"#/definitions/capability"}},"cap_drop":{"description":"Linux capabilities to drop from Docker's default set (`NET_RAW`, `ALL`).","type":"array","items":{"$ref":"#/definitions/capability"}},"volumes":{"description":"Mounts, in short syntax `SOURCE:TARGET[:MODE]` (a host path or a named volume) or `TARGET` alone for an anonymous volume, or in Compose long syntax (`type`, `source`, `target`, `read_only`, `bind`, `volume`, `tmpfs`). Later overlays replace a mount with the same target.","type":"array","items":{"oneOf":[{"$ref":"#/definitions/volume"},{"$ref":"#/definitions/longVolume"}]}},"tmpfs":{"description":"tmpfs mounts: `TARGET` or `TARGET:OPTIONS` (`/run`, `/tmp:size=64m,mode=1777`), as one string or a list.","title":"a tmpfs mount (TARGET or TARGET:OPTIONS) or a list of them","oneOf":[{"$ref":"#/definitions/tmpfsMount"},{"type":"array","items":{"$ref":"#/definitions/tmpfsMount"}}]},"labels":{"description":"Container labels, as a map (`tier: web`) or a list (`tier=web`); rbc writes them as OCI annotations.","oneOf":[{"type":"object","additionalProperties":{"type":"string"},"propertyNames":{"title":"a non-empty name","errorMessage":"Expected a non-empty name.","minLength":1}},{"$ref":"#/definitions/keyValueList"}]},"patches":{"description":"RFC 6902 JSON Patch operations applied, in order, to the generated config.json. Patches from base overlays apply first.","type":"array","items":{"$ref":"#/definitions/patchOperation"}},"group_add":{"description":"Additional groups (names or gids) the process belongs to, as `docker run --group-add` adds them.","type":"array","items":{"type":["string","integer"]}},"security_opt":{"description":"Security options as `docker run --security-opt` takes them: `seccomp=unconfined`, `seccomp=profile.json`, `apparmor=PROFILE`, `label=...`, `no-new-privileges`.","type":"array","items":{"$ref":"#/definitions/securityOption"}},"devices":{"description":"Host devices to add: `HOST[:CONTAINER][:PERMISSIONS]` (`/dev/fuse`, `/dev/sda:/dev/xvda:rwm`), as `docker run --device` takes them.","type":"array","items":{"$ref":"#/definitions/device"}},"device_cgroup_rules":{"description":"Rules added to the device cgroup allow list: `TYPE MAJOR:MINOR PERMISSIONS` (`c 1:3 mr`, `a *:* rwm`).","type":"array","items":{"$ref":"#/definitions/deviceCgroupRule"}},"ulimits":{"description":"Resource limits by name (`nofile`, `nproc`, `core`, ...): one integer for both soft and hard limits, or `{ soft, hard }`. -1 is unlimited.","type":"object","additionalProperties":false,"properties":{"core":{"$ref":"#/definitions/ulimit"},"cpu":{"$ref":"#/definitions/ulimit"},"data":{"$ref":"#/definitions/ulimit"},"fsize":{"$ref":"#/definitions/ulimit"},"locks":{"$ref":"#/definitions/ulimit"},"memlock":{"$ref":"#/definitions/ulimit"},"msgqueue":{"$ref":"#/definitions/ulimit"},"nice":{"$ref":"#/definitions/ulimit"},"nofile":{"$ref":"#/definitions/ulimit"},"nproc":{"$ref":"#/definitions/ulimit"},"rss":{"$ref":"#/definitions/ulimit"},"rtprio":{"$ref":"#/definitions/ulimit"},"rttime":{"$ref":"#/definitions/ulimit"},"sigpending":{"$ref":"#/definitions/ulimit"},"stack":{"$ref":"#/definitions/ulimit"}}},"sysctls":{"description":"Kernel parameters set in the container's namespaces, as a map (`net.core.somaxconn: 1024`) or a list (`net.core.somaxconn=1024`).","oneOf":[{"type":"object","propertyNames":{"title":"a namespaced sysctl Docker allows: net.*, fs.mqueue.* or kernel.msgmax, msgmnb, msgmni, sem, shmall, shmmax, shmmni, shm_rmid_forced","errorMessage":"Expected a namespaced sysctl Docker allows: net.*, fs.mqueue.* or kernel.msgmax, msgmnb, msgmni, sem, shmall, shmmax, shmmni, shm_rmid_forced.","pattern":"^(?:kernel\\.(?:msgmax|msgmnb|msgmni|sem|shmall|shmmax|shmmni|shm_rmid_forced)|net\\.[^=]*|fs\\.mqueue\\.[^=]*)$"},"additionalProperties":{"type":["string","number"]}},{"type":"array","items":{"type":"string","title":"NAME=VALUE, with NAME a namespaced sysctl Docker allows: net.*, fs.mqueue.* or kernel.msgmax, msgmnb, msgmni, sem, shmall, shmmax, shmmni, shm_rmid_forced","errorMessage":"Expected NAME=VALUE, with NAME a namespaced sysctl Docker allows: net.*, fs.mqueue.* or kernel.msgmax, msgmnb, msgmni, sem, shmall, shmmax, shmmni, shm_rmid_forced.","pattern":"^(?:kernel\\.(?:msgmax|msgmnb|msgmni|sem|shmall|shmmax|shmmni|shm_rmid_forced)|net\\.[^=]*|fs\\.mqueue\\.[^=]*)="}}]},"mem_limit":{"description":"Memory limit, at least 6m (Docker's minimum): bytes, or a number with a unit b, k, m or g (`512m`, `1.5g`; binary multiples).","$ref":"#/definitions/memorySize"},"mem_reservation":{"description":"Memory soft limit, at least 6m, at most `mem_limit`: bytes, or a number with a unit b, k, m or g.","$ref":"#/definitions/memorySize"},"memswap_limit":{"description":"Limit of memory plus swap, at least `mem_limit`: bytes, a number with a unit b, k, m or g, or -1 for unlimited swap.","oneOf":[{"$ref":"#/definitions/byteSize"},{"const":-1},{"const":"-1"}],"title":"a byte size such as 1073741824 or \"1g\", or -1"},"mem_swappiness":{"description":"How readily the kernel swaps the container's anonymous pages, from 0 to 100.","type":"integer","minimum":0,"maximum":100},"oom_kill_disable":{"description":"Disable the OOM killer for the container (best with a `mem_limit`).","type":"boolean"},"oom_score_adj":{"description":"Adjustment of the process's OOM score, from -1000 to 1000.","type":"integer","minimum":-1000,"maximum":1000},"cpus":{"description":"Number of CPUs the container may use, a decimal above 0 (`1.5`, or the string `\"0.5\"`), as `docker run --cpus`, with at most 9 decimals. Conflicts with `cpu_period` and `cpu_quota`.","title":"a number of CPUs greater than 0, such as 1.5","errorMessage":"Expected a number of CPUs greater than 0, such as 1.5, with at most 9 decimals.","oneOf":[{"type":"number","exclusiveMinimum":0},{"type":"string","pattern":"^\\s*(?=[0-9.]*[1-9])(?:[0-9]+(?:\\.[0-9]{0,9}0*)?|\\.[0-9]{1,9}0*)\\s*$"}]},"cpu_shares":{"description":"Relative CPU weight against other containers (Docker's default is 1024).","type":"integer","minimum":0},"cpu_quota":{"description":"CPU time in microseconds the container may use per `cpu_period`: at least 1000, or -1 for no limit.","title":"-1 or an integer of at least 1000 (microseconds)","type":"integer","anyOf":[{"minimum":-1,"maximum":0},{"minimum":1000}]},"cpu_period":{"description":"Length in microseconds of the CPU scheduling period `cpu_quota` applies to, from 1000 to 1000000.","title":"an integer from 1000 to 1000000 (microseconds)","type":"integer","anyOf":[{"const":0},{"minimum":1000,"maximum":1000000}]},"cpu_rt_runtime":{"description":"Realtime CPU time per `cpu_rt_period`: microseconds, or a duration (`95ms`).","title":"a number of microseconds or a duration such as \"95ms\"","oneOf":[{"type":"integer","minimum":0},{"$ref":"#/definitions/duration"}]},"cpu_rt_period":{"description":"Realtime scheduling period: microseconds, or a duration (`1s`).","title":"a number of microseconds or a duration such as \"1s\"","oneOf":[{"type":"integer","minimum":0},{"$ref":"#/definitions/duration"}]},"cpuset":{"description":"CPUs the container may run on, as a list or ranges (`0-3`, `0,2`).","$ref":"#/definitions/cpuList"},"cpuset_mems":{"description":"Memory nodes (NUMA) the container may use, as a list or ranges (`0`, `0-1`).","$ref":"#/definitions/cpuList"},"pids_limit":{"description":"Most processes the container may run; 0 or -1 is unlimited.","type":"integer"},"shm_size":{"description":"Size of /dev/shm: bytes, or a number with a unit b, k, m or g (`64m`).","$ref":"#/definitions/byteSize"},"blkio_config":{"description":"Block IO limits: a `weight` (10 to 1000), per-device weights and read/write rates in bytes (`10mb`) or operations per second.","type":"object","additionalProperties":false,"properties":{"weight":{"description":"Relative block IO weight, from 10 to 1000 (0: Docker's default).","$ref":"#/definitions/blkioWeight"},"weight_device":{"description":"Weights for single devices.","type":"array","items":{"type":"object","additionalProperties":false,"required":["path","weight"],"properties":{"path":{"$ref":"#/definitions/devicePath"},"weight":{"$ref":"#/definitions/blkioWeight"}}}},"device_read_bps":{"description":"Read rate limits, in bytes per second (`10mb`).","type":"array","items":{"$ref":"#/definitions/blkioByteRate"}},"device_write_bps":{"description":"Write rate limits, in bytes per second (`10mb`).","type":"array","items":{"$ref":"#/definitions/blkioByteRate"}},"device_read_iops":{"description":"Read rate limits, in operations per second.","type":"array","items":{"$ref":"#/definitions/blkioIoRate"}},"device_write_iops":{"description":"Write rate limits, in operations per second.","type":"array","items":{"$ref":"#/definitions/blkioIoRate"}}}},"init":{"description":"Run Docker's init (tini) as PID 1 to forward signals and reap processes, like `docker run --init`.","type":"boolean"},"ipc":{"description":"IPC namespace: `private`, `shareable`, `none`, `host`, or `container:NAME` to join another container's.","title":"private, shareable, none, host or container:NAME","type":"string","pattern":"^(private|shareable|none|host|container:.+)$","errorMessage":"Expected private, shareable, none, host or container:NAME."},"pid":{"description":"PID namespace: `host`, or `container:NAME` to join another container's; empty for a private one (the default).","title":"host, container:NAME or empty","type":"string","pattern":"^(|host|container:.+)$","errorMessage":"Expected host, container:NAME or empty."},"uts":{"description":"UTS namespace: `host` shares the host's hostname and domain name.","enum":["host"]},"userns_mode":{"description":"User namespace: `host` opts out of the daemon's user namespace remapping.","enum":["host"]},"cgroup":{"description":"Cgroup namespace: `host` or `private`.","enum":["host","private"]},"cgroup_parent":{"description":"Parent cgroup of the container's cgroup (`/docker`, `machine.slice`).","type":"string","minLength":1},"network_mode":{"description":"Network namespace: `bridge` (the default; `default` means the same), `none`, `host`, or `container:NAME` to join another container's.","title":"bridge, default, none, host or container:NAME","type":"string","pattern":"^(bridge|default|none|host|container:.+)$","errorMessage":"Expected bridge, default, none, host or container:NAME."},"dns":{"description":"DNS server IP addresses for the container's resolv.conf, as one string or a list.","title":"an IP address or a list of them","oneOf":[{"$ref":"#/definitions/ipAddress"},{"type":"array","items":{"$ref":"#/definitions/ipAddress"}}]},"dns_search":{"description":"DNS search domains for the container's resolv.conf, as one string or a list.","title":"a domain name or a list of them","oneOf":[{"$ref":"#/definitions/searchDomain"},{"type":"array","items":{"$ref":"#/definitions/searchDomain"}}]},"dns_opt":{"description":"Options for the container's resolv.conf (`ndots:2`, `use-vc`).","$ref":"#/definitions/stringList"},"extra_hosts":{"description":"Lines added to the container's /etc/hosts: a list of `HOST=IP` or `HOST:IP` (IPv6 addresses may be in brackets), or a map of host names to IPs. Docker's `host-gateway` is refused: its address is the Docker host's.","oneOf":[{"type":"object","propertyNames":{"title":"a host name without =, : or blanks","errorMessage":"Expected a host name without =, : or blanks.","pattern":"^[^=:\\s]+$"},"additionalProperties":{"type":"string","title":"an IP address (IPv6 optionally in brackets)","errorMessage":"Expected an IP address (IPv6 optionally in brackets).","pattern":"^(?:(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))|\\[(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))\\])$"}},{"type":"array","items":{"type":"string","title":"HOST=IP or HOST:IP with an IP address","errorMessage":"Expected HOST=IP or HOST:IP with an IP address.","pattern":"^[^=:\\s]+[=:](?:(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))|\\[(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))\\])$"}}]},"ports":{"description":"Published ports in Compose short syntax: `[[IP:][HOST_PORT]:]CONTAINER_PORT[/PROTOCOL]` (`8080:80`, `127.0.0.1:8443:443/tcp`, `53/udp`).","type":"array","items":{"$ref":"#/definitions/portSpec"}},"stop_signal":{"description":"Signal that stops the container (`SIGTERM`, `SIGQUIT`, `TERM` or a number).","type":"string","title":"a signal name such as SIGTERM or TERM (any case), or a number from 1 to 64","errorMessage":"Expected a signal name such as SIGTERM or TERM (any case), or a number from 1 to 64.","pattern":"^(?:0*(?:[1-9]|[1-5][0-9]|6[0-4])|(?:[Ss][Ii][Gg])?(?:[Aa][Bb][Rr][Tt]|[Aa][Ll][Rr][Mm]|[Bb][Uu][Ss]|[Cc][Hh][Ll][Dd]|[Cc][Ll][Dd]|[Cc][Oo][Nn][Tt]|[Ff][Pp][Ee]|[Hh][Uu][Pp]|[Ii][Ll][Ll]|[Ii][Nn][Tt]|[Ii][Oo]|[Ii][Oo][Tt]|[Kk][Ii][Ll][Ll]|[Pp][Ii][Pp][Ee]|[Pp][Oo][Ll][Ll]|[Pp][Rr][Oo][Ff]|[Pp][Ww][Rr]|[Qq][Uu][Ii][Tt]|[Ss][Ee][Gg][Vv]|[Ss][Tt][Kk][Ff][Ll][Tt]|[Ss][Tt][Oo][Pp]|[Ss][Yy][Ss]|[Tt][Ee][Rr][Mm]|[Tt][Rr][Aa][Pp]|[Tt][Ss][Tt][Pp]|[Tt][Tt][Ii][Nn]|[Tt][Tt][Oo][Uu]|[Uu][Rr][Gg]|[Uu][Ss][Rr]1|[Uu][Ss][Rr]2|[Vv][Tt][Aa][Ll][Rr][Mm]|[Ww][Ii][Nn][Cc][Hh]|[Xx][Cc][Pp][Uu]|[Xx][Ff][Ss][Zz]|[Rr][Tt][Mm][Ii][Nn](?:\\+(?:[1-9]|1[0-5]))?|[Rr][Tt][Mm][Aa][Xx](?:-(?:[1-9]|1[0-4]))?))$"},"stop_grace_period":{"description":"How long to wait after the stop signal before killing the container: a duration (`10s`, `1m30s`, `500ms`) or a number of seconds.","title":"a duration such as \"10s\" or \"1m30s\", or a number of seconds","oneOf":[{"type":"number","minimum":0,"maximum":9223372036.854774},{"$ref":"#/definitions/duration"}]},"annotations":{"description":"OCI annotations written to config.json as given, as a map (`org.example/key: value`) or a list (`org.example/key=value`).","oneOf":[{"type":"object","additionalProperties":{"type":"string"},"propertyNames":{"title":"a non-empty name","errorMessage":"Expected a non-empty name.","minLength":1}},{"$ref":"#/definitions/keyValueList"}]}},"definitions":{"overlayPath":{"description":"Path of an overlay file, relative to the file that names it.","type":"string","minLength":1},"stringList":{"type":"array","items":{"type":"string"}},"stringOrStringList":{"oneOf":[{"type":"string"},{"$ref":"#/definitions/stringList"}]},"keyValueList":{"description":"`KEY=VALUE` strings.","type":"array","items":{"type":"string","title":"KEY=VALUE with a non-empty KEY","errorMessage":"Expected KEY=VALUE with a non-empty KEY.","pattern":"^[^=]+="}},"volume":{"description":"Short-syntax mount: `SOURCE:TARGET[:MODE]` or `TARGET`. A SOURCE starting with / or . is a host path, any other a named volume; TARGET is absolute; MODE is a comma list of ro, rw, z, Z, nocopy and (for host paths) a propagation; a host path of Docker's data root (/var/lib/docker) or a directory above it takes only rslave or rshared.","type":"string","x-rbc-code":"SPC503","title":"SOURCE:TARGET[:MODE] or TARGET, with an absolute TARGET, a path (/…, ./…) or volume name as SOURCE, and MODE of ro, rw, z, Z, nocopy and (for paths) a propagation","errorMessage":"Expected SOURCE:TARGET[:MODE] or TARGET, with an absolute TARGET, a path (/…, ./…) or volume name as SOURCE, and MODE of ro, rw, z, Z, nocopy and (for paths) a propagation.","pattern":"^(?:/[^:]*|(?!(?:/var/lib/docker[^:]*|/(?:v(?:a(?:r(?:/(?:l(?:i(?:b(?:/(?:d(?:o(?:c(?:k(?:e)?)?)?)?)?)?)?)?)?)?)?)?)?/*):)[/.][^:]*:/[^:]*(?::(?:(?:ro|rw|z|Z|nocopy)|(?:private|rprivate|shared|rshared|slave|rslave))(?:,(?:(?:ro|rw|z|Z|nocopy)|(?:private|rprivate|shared|rshared|slave|rslave)))*)?|(?:/var/lib/docker[^:]*|/(?:v(?:a(?:r(?:/(?:l(?:i(?:b(?:/(?:d(?:o(?:c(?:k(?:e)?)?)?)?)?)?)?)?)?)?)?)?)?/*):/[^:]*(?::(?!(?:[^,]*,)*(?:private|rprivate|shared|slave)(?:,(?:ro|rw|z|Z|nocopy))*$)(?:(?:ro|rw|z|Z|nocopy)|(?:private|rprivate|shared|rshared|slave|rslave))(?:,(?:(?:ro|rw|z|Z|nocopy)|(?:private|rprivate|shared|rshared|slave|rslave)))*)?|[a-zA-Z0-9][a-zA-Z0-9_.-]*:/[^:]*(?::(?:ro|rw|z|Z|nocopy)(?:,(?:ro|rw|z|Z|nocopy))*)?)$"},"jsonPointer":{"title":"a JSON pointer such as \"/process/args\"","description":"RFC 6901 JSON pointer into config.json, such as `/process/args` or `/linux/sysctl/net.core.somaxconn`.","type":"string","pattern":"^(/([^~]|~[01])*)*$","errorMessage":"Expected a JSON pointer such as \"/process/args\"."},"patchOperation":{"description":"One RFC 6902 operation. `value` is required for add, replace and test; `from` for move and copy.","type":"object","additionalProperties":false,"required":["op","path"],"properties":{"op":{"description":"The operation.","enum":["add","remove","replace","move","copy","test"]},"path":{"description":"Where the operation applies.","$ref":"#/definitions/jsonPointer"},"value":{"description":"The value to add, to replace with, or to test against."},"from":{"description":"Where move and copy take the value from.","$ref":"#/definitions/jsonPointer"}},"allOf":[{"if":{"properties":{"op":{"enum":["add","replace","test"]}},"required":["op"]},"then":{"properties":{"value":true},"required":["value"]}},{"if":{"properties":{"op":{"enum":["move","copy"]}},"required":["op"]},"then":{"properties":{"from":true},"required":["from"]}}]},"byteSize":{"title":"a byte size such as 67108864 or \"64m\"","description":"Bytes, or a number with a unit b, k, m or g (`64m`, `1.5g`, `512k`; also kb, mb, gb, any case); units are binary multiples (1k = 1024). At most 2^53−1 bytes.","type":["integer","string"],"minimum":0,"maximum":9007199254740991,"errorMessage":"Expected a byte size such as 67108864 or \"64m\".","pattern":"^(?:(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,14}(?:\\.[0-9]+)?|0*[1-8][0-9]{15}(?:\\.[0-9]+)?|0*900[0-6][0-9]{12}(?:\\.[0-9]+)?|0*90070[0-9]{11}(?:\\.[0-9]+)?|0*90071[0-8][0-9]{10}(?:\\.[0-9]+)?|0*900719[0-8][0-9]{9}(?:\\.[0-9]+)?|0*9007199[0-1][0-9]{8}(?:\\.[0-9]+)?|0*90071992[0-4][0-9]{7}(?:\\.[0-9]+)?|0*900719925[0-3][0-9]{6}(?:\\.[0-9]+)?|0*9007199254[0-6][0-9]{5}(?:\\.[0-9]+)?|0*90071992547[0-3][0-9]{4}(?:\\.[0-9]+)?|0*9007199254740[0-8][0-9]{2}(?:\\.[0-9]+)?|0*90071992547409[0-8][0-9](?:\\.[0-9]+)?|0*900719925474099[0-1](?:\\.[0-9]+)?) ?[bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,11}(?:\\.[0-9]+)?|0*[1-7][0-9]{12}(?:\\.[0-9]+)?|0*8[0-6][0-9]{11}(?:\\.[0-9]+)?|0*87[0-8][0-9]{10}(?:\\.[0-9]+)?|0*879[0-5][0-9]{9}(?:\\.[0-9]+)?|0*87960[0-8][0-9]{7}(?:\\.[0-9]+)?|0*879609[0-2][0-9]{6}(?:\\.[0-9]+)?|0*87960930[0-1][0-9]{4}(?:\\.[0-9]+)?|0*879609302[0-1][0-9]{3}(?:\\.[0-9]+)?|0*8796093022[0-1][0-9]{2}(?:\\.[0-9]+)?|0*879609302220[0-7](?:\\.[0-9]+)?) ?[Kk][bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,8}(?:\\.[0-9]+)?|0*[1-7][0-9]{9}(?:\\.[0-9]+)?|0*8[0-4][0-9]{8}(?:\\.[0-9]+)?|0*85[0-7][0-9]{7}(?:\\.[0-9]+)?|0*858[0-8][0-9]{6}(?:\\.[0-9]+)?|0*8589[0-8][0-9]{5}(?:\\.[0-9]+)?|0*85899[0-2][0-9]{4}(?:\\.[0-9]+)?|0*858993[0-3][0-9]{3}(?:\\.[0-9]+)?|0*8589934[0-4][0-9]{2}(?:\\.[0-9]+)?|0*85899345[0-8][0-9](?:\\.[0-9]+)?|0*858993459[0-1](?:\\.[0-9]+)?) ?[Mm][bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,5}(?:\\.[0-9]+)?|0*[1-7][0-9]{6}(?:\\.[0-9]+)?|0*8[0-2][0-9]{5}(?:\\.[0-9]+)?|0*83[0-7][0-9]{4}(?:\\.[0-9]+)?|0*838[0-7][0-9]{3}(?:\\.[0-9]+)?|0*8388[0-5][0-9]{2}(?:\\.[0-9]+)?|0*838860[0-7](?:\\.[0-9]+)?) ?[Gg][bB]?)$"},"longVolume":{"description":"Compose long-syntax mount.","type":"object","additionalProperties":false,"patternProperties":{"^x-":{}},"required":["type","target"],"properties":{"type":{"description":"bind: a host path; volume: a named or anonymous volume; tmpfs: a memory filesystem.","enum":["bind","volume","tmpfs"]},"source":{"description":"Host path (bind, relative to the bundle) or volume name (volume; none for an anonymous volume). Not for tmpfs.","type":"string","minLength":1},"target":{"description":"Absolute path in the container.","type":"string","minLength":1,"title":"an absolute path","errorMessage":"Expected an absolute path.","pattern":"^/"},"read_only":{"description":"Mount read-only.","type":"boolean"},"bind":{"description":"Options for type bind.","type":"object","additionalProperties":false,"patternProperties":{"^x-":{}},"properties":{"propagation":{"description":"Mount propagation.","enum":["private","rprivate","shared","rshared","slave","rslave"]},"create_host_path":{"description":"Create the host path when missing.","type":"boolean"},"recursive":{"description":"`disabled` binds without the mounts below the source. With `read_only`: `writable` makes the bind read-only but not the mounts below the source, `readonly` makes them read-only too (target docker 26.1 only). `enabled`, the default, does what `readonly` does on docker 26.1 and what `writable` does on 20.10.","enum":["enabled","disabled","writable","readonly"]}}},"volume":{"description":"Options for type volume.","type":"object","additionalProperties":false,"patternProperties":{"^x-":{}},"properties":{"nocopy":{"description":"Do not copy the image's files into a new volume.","type":"boolean"}}},"tmpfs":{"description":"Options for type tmpfs.","type":"object","additionalProperties":false,"patternProperties":{"^x-":{}},"properties":{"size":{"description":"Size limit.","$ref":"#/definitions/byteSize"},"mode":{"description":"File mode, in octal: `0o1777`, or the string `\"1777\"` (at most 0o7777).","title":"a file mode from 0 to 0o7777, such as 0o1777 or \"1777\"","errorMessage":"Expected a file mode from 0 to 0o7777, such as 0o1777 or \"1777\".","oneOf":[{"type":"integer","minimum":0,"maximum":4095},{"type":"string","pattern":"^(?:0[oO])?0*[0-7]{1,4}$"}]}}}},"x-rbc-code":"SPC503","allOf":[{"if":{"properties":{"type":{"const":"bind"}},"required":["type"],"type":"object"},"then":{"errorMessage":"a bind mount needs a source (the host path)","properties":{"source":true},"required":["source"],"type":"object"}},{"if":{"properties":{"type":{"const":"bind"}},"required":["type"],"type":"object"},"then":{"properties":{"volume":{"not":{},"errorMessage":"volume options are for a volume mount, but this one has type bind"},"tmpfs":{"not":{},"errorMessage":"tmpfs options are for a tmpfs mount, but this one has type bind"}},"type":"object"}},{"if":{"properties":{"type":{"const":"volume"}},"required":["type"],"type":"object"},"then":{"properties":{"bind":{"not":{},"errorMessage":"bind options are for a bind mount, but this one has type volume"},"tmpfs":{"not":{},"errorMessage":"tmpfs options are for a tmpfs mount, but this one has type volume"}},"type":"object"}},{"if":{"properties":{"type":{"const":"tmpfs"}},"required":["type"],"type":"object"},"then":{"properties":{"source":{"not":{},"errorMessage":"a tmpfs mount takes no source"},"bind":{"not":{},"errorMessage":"bind options are for a bind mount, but this one has type tmpfs"},"volume":{"not":{},"errorMessage":"volume options are for a volume mount, but this one has type tmpfs"}},"type":"object"}},{"if":{"properties":{"type":{"const":"volume"},"source":true},"required":["type","source"],"type":"object"},"then":{"properties":{"source":{"title":"a volume name ([a-zA-Z0-9][a-zA-Z0-9_.-]*)","errorMessage":"Expected a volume name ([a-zA-Z0-9][a-zA-Z0-9_.-]*).","pattern":"^[a-zA-Z0-9][a-zA-Z0-9_.-]*$","type":"string"}},"type":"object"}},{"if":{"properties":{"bind":{"properties":{"recursive":{"enum":["writable","readonly"]}},"required":["recursive"],"type":"object"}},"required":["bind"],"type":"object"},"then":{"properties":{"read_only":{"const":true}},"errorMessage":"bind.recursive: writable and readonly need read_only: true","required":["read_only"],"type":"object"}},{"if":{"properties":{"type":{"const":"bind"},"source":{"pattern":"^(?:/var/lib/docker[^:]*|/(?:v(?:a(?:r(?:/(?:l(?:i(?:b(?:/(?:d(?:o(?:c(?:k(?:e)?)?)?)?)?)?)?)?)?)?)?)?)?/*)$","type":"string"},"bind":{"properties":{"propagation":true},"required":["propagation"],"type":"object"}},"required":["type","source","bind"],"type":"object"},"then":{"properties":{"bind":{"properties":{"propagation":{"enum":["rslave","rshared"],"errorMessage":"a bind of Docker's data root (/var/lib/docker) or a directory above it takes propagation rslave or rshared"}},"type":"object"}},"type":"object"}}]},"cpuList":{"title":"a list of numbers up to 8192 or ranges, such as \"0-3\" or \"0,2\"","type":"string","pattern":"^0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2]))(?:-0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2])))?(?:,0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2]))(?:-0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2])))?)*$","errorMessage":"Expected a list of numbers up to 8192 or ranges, such as \"0-3\" or \"0,2\"."},"devicePath":{"title":"a device path such as \"/dev/sda\"","description":"Path of a block device.","type":"string","pattern":"^/dev/.","x-rbc-code":"SPC505","errorMessage":"Expected a device path such as \"/dev/sda\"."},"blkioWeight":{"title":"0 or an integer from 10 to 1000","type":"integer","anyOf":[{"const":0},{"minimum":10,"maximum":1000}]},"blkioByteRate":{"description":"A device and its rate in bytes per second.","type":"object","additionalProperties":false,"required":["path","rate"],"properties":{"path":{"$ref":"#/definitions/devicePath"},"rate":{"$ref":"#/definitions/byteSize"}}},"blkioIoRate":{"description":"A device and its rate in operations per second.","type":"object","additionalProperties":false,"required":["path","rate"],"properties":{"path":{"$ref":"#/definitions/devicePath"},"rate":{"type":"integer","minimum":0}}},"commandLine":{"title":"a string or a list of strings","description":"A command line, split into words as a POSIX shell would split it (quotes must close; a final backslash must escape something), or a list of words.","oneOf":[{"type":"string","title":"a command line whose quotes close","errorMessage":"Expected a command line whose quotes close.","pattern":"^(?:[^'\"\\\\]|\\\\[\\s\\S]|'[^']*'|\"(?:[^\"\\\\]|\\\\[\\s\\S])*\")*$"},{"$ref":"#/definitions/stringList"}]},"capability":{"type":"string","x-rbc-code":"SPC502","title":"a Linux capability name such as NET_ADMIN or CAP_SYS_TIME (any case), or ALL","errorMessage":"Expected a Linux capability name such as NET_ADMIN or CAP_SYS_TIME (any case), or ALL.","pattern":"^(?:[Aa][Ll][Ll]|(?:[Cc][Aa][Pp]_)?(?:[Cc][Hh][Oo][Ww][Nn]|[Dd][Aa][Cc]_[Oo][Vv][Ee][Rr][Rr][Ii][Dd][Ee]|[Dd][Aa][Cc]_[Rr][Ee][Aa][Dd]_[Ss][Ee][Aa][Rr][Cc][Hh]|[Ff][Oo][Ww][Nn][Ee][Rr]|[Ff][Ss][Ee][Tt][Ii][Dd]|[Kk][Ii][Ll][Ll]|[Ss][Ee][Tt][Gg][Ii][Dd]|[Ss][Ee][Tt][Uu][Ii][Dd]|[Ss][Ee][Tt][Pp][Cc][Aa][Pp]|[Ll][Ii][Nn][Uu][Xx]_[Ii][Mm][Mm][Uu][Tt][Aa][Bb][Ll][Ee]|[Nn][Ee][Tt]_[Bb][Ii][Nn][Dd]_[Ss][Ee][Rr][Vv][Ii][Cc][Ee]|[Nn][Ee][Tt]_[Bb][Rr][Oo][Aa][Dd][Cc][Aa][Ss][Tt]|[Nn][Ee][Tt]_[Aa][Dd][Mm][Ii][Nn]|[Nn][Ee][Tt]_[Rr][Aa][Ww]|[Ii][Pp][Cc]_[Ll][Oo][Cc][Kk]|[Ii][Pp][Cc]_[Oo][Ww][Nn][Ee][Rr]|[Ss][Yy][Ss]_[Mm][Oo][Dd][Uu][Ll][Ee]|[Ss][Yy][Ss]_[Rr][Aa][Ww][Ii][Oo]|[Ss][Yy][Ss]_[Cc][Hh][Rr][Oo][Oo][Tt]|[Ss][Yy][Ss]_[Pp][Tt][Rr][Aa][Cc][Ee]|[Ss][Yy][Ss]_[Pp][Aa][Cc][Cc][Tt]|[Ss][Yy][Ss]_[Aa][Dd][Mm][Ii][Nn]|[Ss][Yy][Ss]_[Bb][Oo][Oo][Tt]|[Ss][Yy][Ss]_[Nn][Ii][Cc][Ee]|[Ss][Yy][Ss]_[Rr][Ee][Ss][Oo][Uu][Rr][Cc][Ee]|[Ss][Yy][Ss]_[Tt][Ii][Mm][Ee]|[Ss][Yy][Ss]_[Tt][Tt][Yy]_[Cc][Oo][Nn][Ff][Ii][Gg]|[Mm][Kk][Nn][Oo][Dd]|[Ll][Ee][Aa][Ss][Ee]|[Aa][Uu][Dd][Ii][Tt]_[Ww][Rr][Ii][Tt][Ee]|[Aa][Uu][Dd][Ii][Tt]_[Cc][Oo][Nn][Tt][Rr][Oo][Ll]|[Ss][Ee][Tt][Ff][Cc][Aa][Pp]|[Mm][Aa][Cc]_[Oo][Vv][Ee][Rr][Rr][Ii][Dd][Ee]|[Mm][Aa][Cc]_[Aa][Dd][Mm][Ii][Nn]|[Ss][Yy][Ss][Ll][Oo][Gg]|[Ww][Aa][Kk][Ee]_[Aa][Ll][Aa][Rr][Mm]|[Bb][Ll][Oo][Cc][Kk]_[Ss][Uu][Ss][Pp][Ee][Nn][Dd]|[Aa][Uu][Dd][Ii][Tt]_[Rr][Ee][Aa][Dd]|[Pp][Ee][Rr][Ff][Mm][Oo][Nn]|[Bb][Pp][Ff]|[Cc][Hh][Ee][Cc][Kk][Pp][Oo][Ii][Nn][Tt]_[Rr][Ee][Ss][Tt][Oo][Rr][Ee]))$"},"tmpfsMount":{"description":"A tmpfs mount: `TARGET` or `TARGET:OPTIONS`, OPTIONS a comma list of mount flags (ro, noexec, ...) and size, mode, uid, gid, nr_inodes, nr_blocks or mpol values.","type":"string","x-rbc-code":"SPC503","title":"TARGET or TARGET:OPTIONS, with an absolute TARGET and tmpfs options such as size=64m,mode=1777,noexec","errorMessage":"Expected TARGET or TARGET:OPTIONS, with an absolute TARGET and tmpfs options such as size=64m,mode=1777,noexec.","pattern":"^/[^:]*(?::(?:(?:(?:defaults|private|rprivate|shared|rshared|slave|rslave|unbindable|runbindable|bind|rbind|ro|rw|exec|noexec|suid|nosuid|dev|nodev|sync|async|atime|noatime|diratime|nodiratime|relatime|norelatime|strictatime|nostrictatime|mand|nomand)|(?:size|mode|uid|gid|nr_inodes|nr_blocks|mpol)=[^,]*)(?:,(?:(?:defaults|private|rprivate|shared|rshared|slave|rslave|unbindable|runbindable|bind|rbind|ro|rw|exec|noexec|suid|nosuid|dev|nodev|sync|async|atime|noatime|diratime|nodiratime|relatime|norelatime|strictatime|nostrictatime|mand|nomand)|(?:size|mode|uid|gid|nr_inodes|nr_blocks|mpol)=[^,]*))*)?)?$"},"securityOption":{"type":"string","x-rbc-code":"SPC506","title":"a security option Docker accepts: seccomp=unconfined, seccomp=<profile file>, apparmor=<profile>, label=<label>, no-new-privileges[=<bool>] or systempaths=unconfined","errorMessage":"Expected a security option Docker accepts: seccomp=unconfined, seccomp=<profile file>, apparmor=<profile>, label=<label>, no-new-privileges[=<bool>] or systempaths=unconfined.","pattern":"^(?:no-new-privileges|disable|systempaths=unconfined|(?:label|apparmor)(?:=[\\s\\S]*|:[^=]*)|no-new-privileges[=:](?:1|t|T|TRUE|true|True|0|f|F|FALSE|false|False)|seccomp(?:=[\\s\\S]+|:[^=]+))$"},"device":{"type":"string","x-rbc-code":"SPC505","title":"HOST[:CONTAINER][:PERMISSIONS] with absolute paths and permissions of r, w and m, each once","errorMessage":"Expected HOST[:CONTAINER][:PERMISSIONS] with absolute paths and permissions of r, w and m, each once.","pattern":"^/[^:]*(?::(?:(?:r|w|m|rw|rm|wr|wm|mr|mw|rwm|rmw|wrm|wmr|mrw|mwr)|/[^:]*)|:/[^:]*:(?:r|w|m|rw|rm|wr|wm|mr|mw|rwm|rmw|wrm|wmr|mrw|mwr))?$"},"deviceCgroupRule":{"type":"string","x-rbc-code":"SPC505","title":"TYPE MAJOR:MINOR PERMISSIONS, such as \"c 1:3 rwm\" or \"b 8:* r\"","errorMessage":"Expected TYPE MAJOR:MINOR PERMISSIONS, such as \"c 1:3 rwm\" or \"b 8:* r\".","pattern":"^[acb] (?:[0-9]+|\\*):(?:[0-9]+|\\*) [rwm]{1,3}$"},"ulimit":{"description":"One limit for both soft and hard (-1: unlimited), or `{ soft, hard }` with soft at most hard.","oneOf":[{"type":"integer","minimum":-1},{"type":"object","additionalProperties":false,"patternProperties":{"^x-":{}},"properties":{"soft":{"description":"Soft limit; -1 is unlimited.","type":"integer","minimum":-1},"hard":{"description":"Hard limit, at least the soft limit; -1 is unlimited.","type":"integer","minimum":-1}},"allOf":[{"if":{"properties":{"soft":{"const":-1}},"required":["soft"],"type":"object"},"then":{"properties":{"hard":{"const":-1,"errorMessage":"an unlimited (-1) soft limit needs an unlimited (-1) hard limit"}},"type":"object"}},{"if":{"properties":{"hard":{"const":-1}},"required":["hard"],"type":"object"},"then":{"properties":{"soft":{"const":-1,"errorMessage":"an unlimited (-1) hard limit needs an unlimited (-1) soft limit: Docker compares the two numbers"}},"type":"object"}}],"required":["soft","hard"]}]},"memorySize":{"title":"0 or a byte size of at least 6m, such as 67108864 or \"64m\"","errorMessage":"Expected 0 or a byte size of at least 6m (Docker's minimum), such as \"64m\".","description":"Bytes, or a number with a unit b, k, m or g (`512m`, `1.5g`); binary multiples. Docker's minimum is 6m; 0 means no limit.","type":["integer","string"],"anyOf":[{"type":"string","pattern":"^(?:(?:(?:0+(?:\\.[0-9]+)?)|(?=(?:0*[1-9][0-9]{7,}(?:\\.[0-9]+)?|0*[7-9][0-9]{6}(?:\\.[0-9]+)?|0*6[3-9][0-9]{5}(?:\\.[0-9]+)?|0*629[2-9][0-9]{3}(?:\\.[0-9]+)?|0*6291[5-9][0-9]{2}(?:\\.[0-9]+)?|0*62914[6-9][0-9](?:\\.[0-9]+)?|0*629145[7-9](?:\\.[0-9]+)?|0*6291456(?:\\.[0-9]+)?) ?[bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,14}(?:\\.[0-9]+)?|0*[1-8][0-9]{15}(?:\\.[0-9]+)?|0*900[0-6][0-9]{12}(?:\\.[0-9]+)?|0*90070[0-9]{11}(?:\\.[0-9]+)?|0*90071[0-8][0-9]{10}(?:\\.[0-9]+)?|0*900719[0-8][0-9]{9}(?:\\.[0-9]+)?|0*9007199[0-1][0-9]{8}(?:\\.[0-9]+)?|0*90071992[0-4][0-9]{7}(?:\\.[0-9]+)?|0*900719925[0-3][0-9]{6}(?:\\.[0-9]+)?|0*9007199254[0-6][0-9]{5}(?:\\.[0-9]+)?|0*90071992547[0-3][0-9]{4}(?:\\.[0-9]+)?|0*9007199254740[0-8][0-9]{2}(?:\\.[0-9]+)?|0*90071992547409[0-8][0-9](?:\\.[0-9]+)?|0*900719925474099[0-1](?:\\.[0-9]+)?)) ?[bB]?|(?:(?:0+(?:\\.0+)?|0+\\.000[0-8][0-9]*|0+\\.0009[0-6][0-9]*|0+\\.00097[0-5][0-9]*|0+\\.000976[0-4][0-9]*|0+\\.0009765[0-5][0-9]*|0+\\.00097656[0-1][0-9]*|0+\\.000976562[0-4][0-9]*|0+\\.00*|0+\\.000*|0+\\.0000*|0+\\.00090*|0+\\.000970*|0+\\.0009760*|0+\\.00097650*|0+\\.000976560*|0+\\.0009765620*)|(?=(?:0*[1-9][0-9]{4,}(?:\\.[0-9]+)?|0*[7-9][0-9]{3}(?:\\.[0-9]+)?|0*6[2-9][0-9]{2}(?:\\.[0-9]+)?|0*61[5-9][0-9](?:\\.[0-9]+)?|0*614[5-9](?:\\.[0-9]+)?|0*6144(?:\\.[0-9]+)?) ?[Kk][bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,11}(?:\\.[0-9]+)?|0*[1-7][0-9]{12}(?:\\.[0-9]+)?|0*8[0-6][0-9]{11}(?:\\.[0-9]+)?|0*87[0-8][0-9]{10}(?:\\.[0-9]+)?|0*879[0-5][0-9]{9}(?:\\.[0-9]+)?|0*87960[0-8][0-9]{7}(?:\\.[0-9]+)?|0*879609[0-2][0-9]{6}(?:\\.[0-9]+)?|0*87960930[0-1][0-9]{4}(?:\\.[0-9]+)?|0*879609302[0-1][0-9]{3}(?:\\.[0-9]+)?|0*8796093022[0-1][0-9]{2}(?:\\.[0-9]+)?|0*879609302220[0-7](?:\\.[0-9]+)?)) ?[Kk][bB]?|(?:(?:0+(?:\\.0+)?|0+\\.000000[0-8][0-9]*|0+\\.0000009[0-4][0-9]*|0+\\.00000095[0-2][0-9]*|0+\\.000000953[0-5][0-9]*|0+\\.0000009536[0-6][0-9]*|0+\\.00000095367[0-3][0-9]*|0+\\.000000953674[0-2][0-9]*|0+\\.00000095367430[0-9]*|0+\\.00000095367431[0-5][0-9]*|0+\\.000000953674316[0-3][0-9]*|0+\\.00000095367431640[0-5][0-9]*|0+\\.000000953674316406[0-1][0-9]*|0+\\.0000009536743164062[0-4][0-9]*|0+\\.00*|0+\\.000*|0+\\.0000*|0+\\.00000*|0+\\.000000*|0+\\.0000000*|0+\\.00000090*|0+\\.000000950*|0+\\.0000009530*|0+\\.00000095360*|0+\\.000000953670*|0+\\.0000009536740*|0+\\.00000095367430*|0+\\.000000953674310*|0+\\.0000009536743160*|0+\\.00000095367431640*|0+\\.000000953674316400*|0+\\.0000009536743164060*|0+\\.00000095367431640620*)|(?=(?:0*[1-9][0-9]{1,}(?:\\.[0-9]+)?|0*[7-9](?:\\.[0-9]+)?|0*6(?:\\.[0-9]+)?) ?[Mm][bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,8}(?:\\.[0-9]+)?|0*[1-7][0-9]{9}(?:\\.[0-9]+)?|0*8[0-4][0-9]{8}(?:\\.[0-9]+)?|0*85[0-7][0-9]{7}(?:\\.[0-9]+)?|0*858[0-8][0-9]{6}(?:\\.[0-9]+)?|0*8589[0-8][0-9]{5}(?:\\.[0-9]+)?|0*85899[0-2][0-9]{4}(?:\\.[0-9]+)?|0*858993[0-3][0-9]{3}(?:\\.[0-9]+)?|0*8589934[0-4][0-9]{2}(?:\\.[0-9]+)?|0*85899345[0-8][0-9](?:\\.[0-9]+)?|0*858993459[0-1](?:\\.[0-9]+)?)) ?[Mm][bB]?|(?:(?:0+(?:\\.0+)?|0+\\.000000000[0-8][0-9]*|0+\\.0000000009[0-2][0-9]*|0+\\.000000000930[0-9]*|0+\\.000000000931[0-2][0-9]*|0+\\.0000000009313[0-1][0-9]*|0+\\.00000000093132[0-1][0-9]*|0+\\.000000000931322[0-4][0-9]*|0+\\.0000000009313225[0-6][0-9]*|0+\\.00000000093132257[0-3][0-9]*|0+\\.000000000931322574[0-5][0-9]*|0+\\.00000000093132257460[0-9]*|0+\\.00000000093132257461[0-4][0-9]*|0+\\.000000000931322574615[0-3][0-9]*|0+\\.0000000009313225746154[0-6][0-9]*|0+\\.00000000093132257461547[0-7][0-9]*|0+\\.000000000931322574615478[0-4][0-9]*|0+\\.00000000093132257461547850[0-9]*|0+\\.00000000093132257461547851[0-4][0-9]*|0+\\.000000000931322574615478515[0-5][0-9]*|0+\\.0000000009313225746154785156[0-1][0-9]*|0+\\.00000000093132257461547851562[0-4][0-9]*|0+\\.00*|0+\\.000*|0+\\.0000*|0+\\.00000*|0+\\.000000*|0+\\.0000000*|0+\\.00000000*|0+\\.000000000*|0+\\.0000000000*|0+\\.00000000090*|0+\\.000000000930*|0+\\.0000000009310*|0+\\.00000000093130*|0+\\.000000000931320*|0+\\.0000000009313220*|0+\\.00000000093132250*|0+\\.000000000931322570*|0+\\.0000000009313225740*|0+\\.00000000093132257460*|0+\\.000000000931322574610*|0+\\.0000000009313225746150*|0+\\.00000000093132257461540*|0+\\.000000000931322574615470*|0+\\.0000000009313225746154780*|0+\\.00000000093132257461547850*|0+\\.000000000931322574615478510*|0+\\.0000000009313225746154785150*|0+\\.00000000093132257461547851560*|0+\\.000000000931322574615478515620*)|(?=(?:0*[1-9][0-9]*(?:\\.[0-9]+)?|0+\\.[1-9][0-9]*|0+\\.0[1-9][0-9]*|0+\\.00[6-9][0-9]*|0+\\.0059[0-9]*|0+\\.0058[6-9][0-9]*|0+\\.005859[4-9][0-9]*|0+\\.0058593[8-9][0-9]*|0+\\.00585937[6-9][0-9]*|0+\\.005859375[0-9]*) ?[Gg][bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,5}(?:\\.[0-9]+)?|0*[1-7][0-9]{6}(?:\\.[0-9]+)?|0*8[0-2][0-9]{5}(?:\\.[0-9]+)?|0*83[0-7][0-9]{4}(?:\\.[0-9]+)?|0*838[0-7][0-9]{3}(?:\\.[0-9]+)?|0*8388[0-5][0-9]{2}(?:\\.[0-9]+)?|0*838860[0-7](?:\\.[0-9]+)?)) ?[Gg][bB]?)$"},{"type":"integer","maximum":0,"minimum":0},{"type":"integer","minimum":6291456,"maximum":9007199254740991}]},"duration":{"type":"string","title":"a duration such as \"10s\", \"1m30s\" or \"500ms\" (units ns, us, ms, s, m, h)","errorMessage":"Expected a duration such as \"10s\", \"1m30s\" or \"500ms\" (units ns, us, ms, s, m, h).","pattern":"^(?:0|(?:(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:ns|us|µs|μs|ms|s|m|h))+)$"},"ipAddress":{"type":"string","title":"an IP address such as 192.0.2.1 or 2001:db8::1","errorMessage":"Expected an IP address such as 192.0.2.1 or 2001:db8::1.","pattern":"^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))$"},"searchDomain":{"type":"string","title":"a domain name such as example.com, or .","errorMessage":"Expected a domain name such as example.com, or ..","pattern":"^(?:\\.|(?=[\\s\\S]{1,255}$)(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*\\.?\\s*)$"},"portSpec":{"description":"Compose short syntax: `[[IP:][HOST_PORT]:]CONTAINER_PORT[/PROTOCOL]`, ports or ranges from 1 to 65535, PROTOCOL tcp, udp or sctp.","oneOf":[{"type":"integer","minimum":1,"maximum":65535},{"type":"string","title":"[[IP:][HOST_PORT]:]CONTAINER_PORT[/PROTOCOL] with ports from 1 to 65535, such as \"8080:80\" or \"127.0.0.1:8443:443/tcp\"","errorMessage":"Expected [[IP:][HOST_PORT]:]CONTAINER_PORT[/PROTOCOL] with ports from 1 to 65535, such as \"8080:80\" or \"127.0.0.1:8443:443/tcp\".","pattern":"^(?:(?:(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|\\[(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))\\]):)?(?:0*(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])(?:-0*(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5]))?)?:)?0*(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])(?:-0*(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5]))?(?:/(?:[tT][cC][pP]|[uU][dD][pP]|[sS][cC][tT][pP]))?$"}]}},"allOf":[{"if":{"properties":{"image":true},"required":["image"],"type":"object"},"then":{"not":{"properties":{"container":true},"required":["container"],"type":"object"},"errorMessage":"set exactly one of \"image\" or \"container\", not both","x-rbc-code":"OVL203"}}]};
const schema12 = {"description":"Path of an overlay file, relative to the file that names it.","type":"string","minLength":1};
const schema15 = {"type":"array","items":{"type":"string"}};
const schema17 = {"type":"string","x-rbc-code":"SPC502","title":"a Linux capability name such as NET_ADMIN or CAP_SYS_TIME (any case), or ALL","errorMessage":"Expected a Linux capability name such as NET_ADMIN or CAP_SYS_TIME (any case), or ALL.","pattern":"^(?:[Aa][Ll][Ll]|(?:[Cc][Aa][Pp]_)?(?:[Cc][Hh][Oo][Ww][Nn]|[Dd][Aa][Cc]_[Oo][Vv][Ee][Rr][Rr][Ii][Dd][Ee]|[Dd][Aa][Cc]_[Rr][Ee][Aa][Dd]_[Ss][Ee][Aa][Rr][Cc][Hh]|[Ff][Oo][Ww][Nn][Ee][Rr]|[Ff][Ss][Ee][Tt][Ii][Dd]|[Kk][Ii][Ll][Ll]|[Ss][Ee][Tt][Gg][Ii][Dd]|[Ss][Ee][Tt][Uu][Ii][Dd]|[Ss][Ee][Tt][Pp][Cc][Aa][Pp]|[Ll][Ii][Nn][Uu][Xx]_[Ii][Mm][Mm][Uu][Tt][Aa][Bb][Ll][Ee]|[Nn][Ee][Tt]_[Bb][Ii][Nn][Dd]_[Ss][Ee][Rr][Vv][Ii][Cc][Ee]|[Nn][Ee][Tt]_[Bb][Rr][Oo][Aa][Dd][Cc][Aa][Ss][Tt]|[Nn][Ee][Tt]_[Aa][Dd][Mm][Ii][Nn]|[Nn][Ee][Tt]_[Rr][Aa][Ww]|[Ii][Pp][Cc]_[Ll][Oo][Cc][Kk]|[Ii][Pp][Cc]_[Oo][Ww][Nn][Ee][Rr]|[Ss][Yy][Ss]_[Mm][Oo][Dd][Uu][Ll][Ee]|[Ss][Yy][Ss]_[Rr][Aa][Ww][Ii][Oo]|[Ss][Yy][Ss]_[Cc][Hh][Rr][Oo][Oo][Tt]|[Ss][Yy][Ss]_[Pp][Tt][Rr][Aa][Cc][Ee]|[Ss][Yy][Ss]_[Pp][Aa][Cc][Cc][Tt]|[Ss][Yy][Ss]_[Aa][Dd][Mm][Ii][Nn]|[Ss][Yy][Ss]_[Bb][Oo][Oo][Tt]|[Ss][Yy][Ss]_[Nn][Ii][Cc][Ee]|[Ss][Yy][Ss]_[Rr][Ee][Ss][Oo][Uu][Rr][Cc][Ee]|[Ss][Yy][Ss]_[Tt][Ii][Mm][Ee]|[Ss][Yy][Ss]_[Tt][Tt][Yy]_[Cc][Oo][Nn][Ff][Ii][Gg]|[Mm][Kk][Nn][Oo][Dd]|[Ll][Ee][Aa][Ss][Ee]|[Aa][Uu][Dd][Ii][Tt]_[Ww][Rr][Ii][Tt][Ee]|[Aa][Uu][Dd][Ii][Tt]_[Cc][Oo][Nn][Tt][Rr][Oo][Ll]|[Ss][Ee][Tt][Ff][Cc][Aa][Pp]|[Mm][Aa][Cc]_[Oo][Vv][Ee][Rr][Rr][Ii][Dd][Ee]|[Mm][Aa][Cc]_[Aa][Dd][Mm][Ii][Nn]|[Ss][Yy][Ss][Ll][Oo][Gg]|[Ww][Aa][Kk][Ee]_[Aa][Ll][Aa][Rr][Mm]|[Bb][Ll][Oo][Cc][Kk]_[Ss][Uu][Ss][Pp][Ee][Nn][Dd]|[Aa][Uu][Dd][Ii][Tt]_[Rr][Ee][Aa][Dd]|[Pp][Ee][Rr][Ff][Mm][Oo][Nn]|[Bb][Pp][Ff]|[Cc][Hh][Ee][Cc][Kk][Pp][Oo][Ii][Nn][Tt]_[Rr][Ee][Ss][Tt][Oo][Rr][Ee]))$"};
const schema19 = {"description":"Short-syntax mount: `SOURCE:TARGET[:MODE]` or `TARGET`. A SOURCE starting with / or . is a host path, any other a named volume; TARGET is absolute; MODE is a comma list of ro, rw, z, Z, nocopy and (for host paths) a propagation; a host path of Docker's data root (/var/lib/docker) or a directory above it takes only rslave or rshared.","type":"string","x-rbc-code":"SPC503","title":"SOURCE:TARGET[:MODE] or TARGET, with an absolute TARGET, a path (/…, ./…) or volume name as SOURCE, and MODE of ro, rw, z, Z, nocopy and (for paths) a propagation","errorMessage":"Expected SOURCE:TARGET[:MODE] or TARGET, with an absolute TARGET, a path (/…, ./…) or volume name as SOURCE, and MODE of ro, rw, z, Z, nocopy and (for paths) a propagation.","pattern":"^(?:/[^:]*|(?!(?:/var/lib/docker[^:]*|/(?:v(?:a(?:r(?:/(?:l(?:i(?:b(?:/(?:d(?:o(?:c(?:k(?:e)?)?)?)?)?)?)?)?)?)?)?)?)?/*):)[/.][^:]*:/[^:]*(?::(?:(?:ro|rw|z|Z|nocopy)|(?:private|rprivate|shared|rshared|slave|rslave))(?:,(?:(?:ro|rw|z|Z|nocopy)|(?:private|rprivate|shared|rshared|slave|rslave)))*)?|(?:/var/lib/docker[^:]*|/(?:v(?:a(?:r(?:/(?:l(?:i(?:b(?:/(?:d(?:o(?:c(?:k(?:e)?)?)?)?)?)?)?)?)?)?)?)?)?/*):/[^:]*(?::(?!(?:[^,]*,)*(?:private|rprivate|shared|slave)(?:,(?:ro|rw|z|Z|nocopy))*$)(?:(?:ro|rw|z|Z|nocopy)|(?:private|rprivate|shared|rshared|slave|rslave))(?:,(?:(?:ro|rw|z|Z|nocopy)|(?:private|rprivate|shared|rshared|slave|rslave)))*)?|[a-zA-Z0-9][a-zA-Z0-9_.-]*:/[^:]*(?::(?:ro|rw|z|Z|nocopy)(?:,(?:ro|rw|z|Z|nocopy))*)?)$"};
const schema22 = {"description":"A tmpfs mount: `TARGET` or `TARGET:OPTIONS`, OPTIONS a comma list of mount flags (ro, noexec, ...) and size, mode, uid, gid, nr_inodes, nr_blocks or mpol values.","type":"string","x-rbc-code":"SPC503","title":"TARGET or TARGET:OPTIONS, with an absolute TARGET and tmpfs options such as size=64m,mode=1777,noexec","errorMessage":"Expected TARGET or TARGET:OPTIONS, with an absolute TARGET and tmpfs options such as size=64m,mode=1777,noexec.","pattern":"^/[^:]*(?::(?:(?:(?:defaults|private|rprivate|shared|rshared|slave|rslave|unbindable|runbindable|bind|rbind|ro|rw|exec|noexec|suid|nosuid|dev|nodev|sync|async|atime|noatime|diratime|nodiratime|relatime|norelatime|strictatime|nostrictatime|mand|nomand)|(?:size|mode|uid|gid|nr_inodes|nr_blocks|mpol)=[^,]*)(?:,(?:(?:defaults|private|rprivate|shared|rshared|slave|rslave|unbindable|runbindable|bind|rbind|ro|rw|exec|noexec|suid|nosuid|dev|nodev|sync|async|atime|noatime|diratime|nodiratime|relatime|norelatime|strictatime|nostrictatime|mand|nomand)|(?:size|mode|uid|gid|nr_inodes|nr_blocks|mpol)=[^,]*))*)?)?$"};
const schema24 = {"description":"`KEY=VALUE` strings.","type":"array","items":{"type":"string","title":"KEY=VALUE with a non-empty KEY","errorMessage":"Expected KEY=VALUE with a non-empty KEY.","pattern":"^[^=]+="}};
const schema28 = {"type":"string","x-rbc-code":"SPC506","title":"a security option Docker accepts: seccomp=unconfined, seccomp=<profile file>, apparmor=<profile>, label=<label>, no-new-privileges[=<bool>] or systempaths=unconfined","errorMessage":"Expected a security option Docker accepts: seccomp=unconfined, seccomp=<profile file>, apparmor=<profile>, label=<label>, no-new-privileges[=<bool>] or systempaths=unconfined.","pattern":"^(?:no-new-privileges|disable|systempaths=unconfined|(?:label|apparmor)(?:=[\\s\\S]*|:[^=]*)|no-new-privileges[=:](?:1|t|T|TRUE|true|True|0|f|F|FALSE|false|False)|seccomp(?:=[\\s\\S]+|:[^=]+))$"};
const schema29 = {"type":"string","x-rbc-code":"SPC505","title":"HOST[:CONTAINER][:PERMISSIONS] with absolute paths and permissions of r, w and m, each once","errorMessage":"Expected HOST[:CONTAINER][:PERMISSIONS] with absolute paths and permissions of r, w and m, each once.","pattern":"^/[^:]*(?::(?:(?:r|w|m|rw|rm|wr|wm|mr|mw|rwm|rmw|wrm|wmr|mrw|mwr)|/[^:]*)|:/[^:]*:(?:r|w|m|rw|rm|wr|wm|mr|mw|rwm|rmw|wrm|wmr|mrw|mwr))?$"};
const schema30 = {"type":"string","x-rbc-code":"SPC505","title":"TYPE MAJOR:MINOR PERMISSIONS, such as \"c 1:3 rwm\" or \"b 8:* r\"","errorMessage":"Expected TYPE MAJOR:MINOR PERMISSIONS, such as \"c 1:3 rwm\" or \"b 8:* r\".","pattern":"^[acb] (?:[0-9]+|\\*):(?:[0-9]+|\\*) [rwm]{1,3}$"};
const schema31 = {"description":"One limit for both soft and hard (-1: unlimited), or `{ soft, hard }` with soft at most hard.","oneOf":[{"type":"integer","minimum":-1},{"type":"object","additionalProperties":false,"patternProperties":{"^x-":{}},"properties":{"soft":{"description":"Soft limit; -1 is unlimited.","type":"integer","minimum":-1},"hard":{"description":"Hard limit, at least the soft limit; -1 is unlimited.","type":"integer","minimum":-1}},"allOf":[{"if":{"properties":{"soft":{"const":-1}},"required":["soft"],"type":"object"},"then":{"properties":{"hard":{"const":-1,"errorMessage":"an unlimited (-1) soft limit needs an unlimited (-1) hard limit"}},"type":"object"}},{"if":{"properties":{"hard":{"const":-1}},"required":["hard"],"type":"object"},"then":{"properties":{"soft":{"const":-1,"errorMessage":"an unlimited (-1) hard limit needs an unlimited (-1) soft limit: Docker compares the two numbers"}},"type":"object"}}],"required":["soft","hard"]}]};
const schema46 = {"title":"0 or a byte size of at least 6m, such as 67108864 or \"64m\"","errorMessage":"Expected 0 or a byte size of at least 6m (Docker's minimum), such as \"64m\".","description":"Bytes, or a number with a unit b, k, m or g (`512m`, `1.5g`); binary multiples. Docker's minimum is 6m; 0 means no limit.","type":["integer","string"],"anyOf":[{"type":"string","pattern":"^(?:(?:(?:0+(?:\\.[0-9]+)?)|(?=(?:0*[1-9][0-9]{7,}(?:\\.[0-9]+)?|0*[7-9][0-9]{6}(?:\\.[0-9]+)?|0*6[3-9][0-9]{5}(?:\\.[0-9]+)?|0*629[2-9][0-9]{3}(?:\\.[0-9]+)?|0*6291[5-9][0-9]{2}(?:\\.[0-9]+)?|0*62914[6-9][0-9](?:\\.[0-9]+)?|0*629145[7-9](?:\\.[0-9]+)?|0*6291456(?:\\.[0-9]+)?) ?[bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,14}(?:\\.[0-9]+)?|0*[1-8][0-9]{15}(?:\\.[0-9]+)?|0*900[0-6][0-9]{12}(?:\\.[0-9]+)?|0*90070[0-9]{11}(?:\\.[0-9]+)?|0*90071[0-8][0-9]{10}(?:\\.[0-9]+)?|0*900719[0-8][0-9]{9}(?:\\.[0-9]+)?|0*9007199[0-1][0-9]{8}(?:\\.[0-9]+)?|0*90071992[0-4][0-9]{7}(?:\\.[0-9]+)?|0*900719925[0-3][0-9]{6}(?:\\.[0-9]+)?|0*9007199254[0-6][0-9]{5}(?:\\.[0-9]+)?|0*90071992547[0-3][0-9]{4}(?:\\.[0-9]+)?|0*9007199254740[0-8][0-9]{2}(?:\\.[0-9]+)?|0*90071992547409[0-8][0-9](?:\\.[0-9]+)?|0*900719925474099[0-1](?:\\.[0-9]+)?)) ?[bB]?|(?:(?:0+(?:\\.0+)?|0+\\.000[0-8][0-9]*|0+\\.0009[0-6][0-9]*|0+\\.00097[0-5][0-9]*|0+\\.000976[0-4][0-9]*|0+\\.0009765[0-5][0-9]*|0+\\.00097656[0-1][0-9]*|0+\\.000976562[0-4][0-9]*|0+\\.00*|0+\\.000*|0+\\.0000*|0+\\.00090*|0+\\.000970*|0+\\.0009760*|0+\\.00097650*|0+\\.000976560*|0+\\.0009765620*)|(?=(?:0*[1-9][0-9]{4,}(?:\\.[0-9]+)?|0*[7-9][0-9]{3}(?:\\.[0-9]+)?|0*6[2-9][0-9]{2}(?:\\.[0-9]+)?|0*61[5-9][0-9](?:\\.[0-9]+)?|0*614[5-9](?:\\.[0-9]+)?|0*6144(?:\\.[0-9]+)?) ?[Kk][bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,11}(?:\\.[0-9]+)?|0*[1-7][0-9]{12}(?:\\.[0-9]+)?|0*8[0-6][0-9]{11}(?:\\.[0-9]+)?|0*87[0-8][0-9]{10}(?:\\.[0-9]+)?|0*879[0-5][0-9]{9}(?:\\.[0-9]+)?|0*87960[0-8][0-9]{7}(?:\\.[0-9]+)?|0*879609[0-2][0-9]{6}(?:\\.[0-9]+)?|0*87960930[0-1][0-9]{4}(?:\\.[0-9]+)?|0*879609302[0-1][0-9]{3}(?:\\.[0-9]+)?|0*8796093022[0-1][0-9]{2}(?:\\.[0-9]+)?|0*879609302220[0-7](?:\\.[0-9]+)?)) ?[Kk][bB]?|(?:(?:0+(?:\\.0+)?|0+\\.000000[0-8][0-9]*|0+\\.0000009[0-4][0-9]*|0+\\.00000095[0-2][0-9]*|0+\\.000000953[0-5][0-9]*|0+\\.0000009536[0-6][0-9]*|0+\\.00000095367[0-3][0-9]*|0+\\.000000953674[0-2][0-9]*|0+\\.00000095367430[0-9]*|0+\\.00000095367431[0-5][0-9]*|0+\\.000000953674316[0-3][0-9]*|0+\\.00000095367431640[0-5][0-9]*|0+\\.000000953674316406[0-1][0-9]*|0+\\.0000009536743164062[0-4][0-9]*|0+\\.00*|0+\\.000*|0+\\.0000*|0+\\.00000*|0+\\.000000*|0+\\.0000000*|0+\\.00000090*|0+\\.000000950*|0+\\.0000009530*|0+\\.00000095360*|0+\\.000000953670*|0+\\.0000009536740*|0+\\.00000095367430*|0+\\.000000953674310*|0+\\.0000009536743160*|0+\\.00000095367431640*|0+\\.000000953674316400*|0+\\.0000009536743164060*|0+\\.00000095367431640620*)|(?=(?:0*[1-9][0-9]{1,}(?:\\.[0-9]+)?|0*[7-9](?:\\.[0-9]+)?|0*6(?:\\.[0-9]+)?) ?[Mm][bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,8}(?:\\.[0-9]+)?|0*[1-7][0-9]{9}(?:\\.[0-9]+)?|0*8[0-4][0-9]{8}(?:\\.[0-9]+)?|0*85[0-7][0-9]{7}(?:\\.[0-9]+)?|0*858[0-8][0-9]{6}(?:\\.[0-9]+)?|0*8589[0-8][0-9]{5}(?:\\.[0-9]+)?|0*85899[0-2][0-9]{4}(?:\\.[0-9]+)?|0*858993[0-3][0-9]{3}(?:\\.[0-9]+)?|0*8589934[0-4][0-9]{2}(?:\\.[0-9]+)?|0*85899345[0-8][0-9](?:\\.[0-9]+)?|0*858993459[0-1](?:\\.[0-9]+)?)) ?[Mm][bB]?|(?:(?:0+(?:\\.0+)?|0+\\.000000000[0-8][0-9]*|0+\\.0000000009[0-2][0-9]*|0+\\.000000000930[0-9]*|0+\\.000000000931[0-2][0-9]*|0+\\.0000000009313[0-1][0-9]*|0+\\.00000000093132[0-1][0-9]*|0+\\.000000000931322[0-4][0-9]*|0+\\.0000000009313225[0-6][0-9]*|0+\\.00000000093132257[0-3][0-9]*|0+\\.000000000931322574[0-5][0-9]*|0+\\.00000000093132257460[0-9]*|0+\\.00000000093132257461[0-4][0-9]*|0+\\.000000000931322574615[0-3][0-9]*|0+\\.0000000009313225746154[0-6][0-9]*|0+\\.00000000093132257461547[0-7][0-9]*|0+\\.000000000931322574615478[0-4][0-9]*|0+\\.00000000093132257461547850[0-9]*|0+\\.00000000093132257461547851[0-4][0-9]*|0+\\.000000000931322574615478515[0-5][0-9]*|0+\\.0000000009313225746154785156[0-1][0-9]*|0+\\.00000000093132257461547851562[0-4][0-9]*|0+\\.00*|0+\\.000*|0+\\.0000*|0+\\.00000*|0+\\.000000*|0+\\.0000000*|0+\\.00000000*|0+\\.000000000*|0+\\.0000000000*|0+\\.00000000090*|0+\\.000000000930*|0+\\.0000000009310*|0+\\.00000000093130*|0+\\.000000000931320*|0+\\.0000000009313220*|0+\\.00000000093132250*|0+\\.000000000931322570*|0+\\.0000000009313225740*|0+\\.00000000093132257460*|0+\\.000000000931322574610*|0+\\.0000000009313225746150*|0+\\.00000000093132257461540*|0+\\.000000000931322574615470*|0+\\.0000000009313225746154780*|0+\\.00000000093132257461547850*|0+\\.000000000931322574615478510*|0+\\.0000000009313225746154785150*|0+\\.00000000093132257461547851560*|0+\\.000000000931322574615478515620*)|(?=(?:0*[1-9][0-9]*(?:\\.[0-9]+)?|0+\\.[1-9][0-9]*|0+\\.0[1-9][0-9]*|0+\\.00[6-9][0-9]*|0+\\.0059[0-9]*|0+\\.0058[6-9][0-9]*|0+\\.005859[4-9][0-9]*|0+\\.0058593[8-9][0-9]*|0+\\.00585937[6-9][0-9]*|0+\\.005859375[0-9]*) ?[Gg][bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,5}(?:\\.[0-9]+)?|0*[1-7][0-9]{6}(?:\\.[0-9]+)?|0*8[0-2][0-9]{5}(?:\\.[0-9]+)?|0*83[0-7][0-9]{4}(?:\\.[0-9]+)?|0*838[0-7][0-9]{3}(?:\\.[0-9]+)?|0*8388[0-5][0-9]{2}(?:\\.[0-9]+)?|0*838860[0-7](?:\\.[0-9]+)?)) ?[Gg][bB]?)$"},{"type":"integer","maximum":0,"minimum":0},{"type":"integer","minimum":6291456,"maximum":9007199254740991}]};
const schema21 = {"title":"a byte size such as 67108864 or \"64m\"","description":"Bytes, or a number with a unit b, k, m or g (`64m`, `1.5g`, `512k`; also kb, mb, gb, any case); units are binary multiples (1k = 1024). At most 2^53−1 bytes.","type":["integer","string"],"minimum":0,"maximum":9007199254740991,"errorMessage":"Expected a byte size such as 67108864 or \"64m\".","pattern":"^(?:(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,14}(?:\\.[0-9]+)?|0*[1-8][0-9]{15}(?:\\.[0-9]+)?|0*900[0-6][0-9]{12}(?:\\.[0-9]+)?|0*90070[0-9]{11}(?:\\.[0-9]+)?|0*90071[0-8][0-9]{10}(?:\\.[0-9]+)?|0*900719[0-8][0-9]{9}(?:\\.[0-9]+)?|0*9007199[0-1][0-9]{8}(?:\\.[0-9]+)?|0*90071992[0-4][0-9]{7}(?:\\.[0-9]+)?|0*900719925[0-3][0-9]{6}(?:\\.[0-9]+)?|0*9007199254[0-6][0-9]{5}(?:\\.[0-9]+)?|0*90071992547[0-3][0-9]{4}(?:\\.[0-9]+)?|0*9007199254740[0-8][0-9]{2}(?:\\.[0-9]+)?|0*90071992547409[0-8][0-9](?:\\.[0-9]+)?|0*900719925474099[0-1](?:\\.[0-9]+)?) ?[bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,11}(?:\\.[0-9]+)?|0*[1-7][0-9]{12}(?:\\.[0-9]+)?|0*8[0-6][0-9]{11}(?:\\.[0-9]+)?|0*87[0-8][0-9]{10}(?:\\.[0-9]+)?|0*879[0-5][0-9]{9}(?:\\.[0-9]+)?|0*87960[0-8][0-9]{7}(?:\\.[0-9]+)?|0*879609[0-2][0-9]{6}(?:\\.[0-9]+)?|0*87960930[0-1][0-9]{4}(?:\\.[0-9]+)?|0*879609302[0-1][0-9]{3}(?:\\.[0-9]+)?|0*8796093022[0-1][0-9]{2}(?:\\.[0-9]+)?|0*879609302220[0-7](?:\\.[0-9]+)?) ?[Kk][bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,8}(?:\\.[0-9]+)?|0*[1-7][0-9]{9}(?:\\.[0-9]+)?|0*8[0-4][0-9]{8}(?:\\.[0-9]+)?|0*85[0-7][0-9]{7}(?:\\.[0-9]+)?|0*858[0-8][0-9]{6}(?:\\.[0-9]+)?|0*8589[0-8][0-9]{5}(?:\\.[0-9]+)?|0*85899[0-2][0-9]{4}(?:\\.[0-9]+)?|0*858993[0-3][0-9]{3}(?:\\.[0-9]+)?|0*8589934[0-4][0-9]{2}(?:\\.[0-9]+)?|0*85899345[0-8][0-9](?:\\.[0-9]+)?|0*858993459[0-1](?:\\.[0-9]+)?) ?[Mm][bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,5}(?:\\.[0-9]+)?|0*[1-7][0-9]{6}(?:\\.[0-9]+)?|0*8[0-2][0-9]{5}(?:\\.[0-9]+)?|0*83[0-7][0-9]{4}(?:\\.[0-9]+)?|0*838[0-7][0-9]{3}(?:\\.[0-9]+)?|0*8388[0-5][0-9]{2}(?:\\.[0-9]+)?|0*838860[0-7](?:\\.[0-9]+)?) ?[Gg][bB]?)$"};
const schema49 = {"type":"string","title":"a duration such as \"10s\", \"1m30s\" or \"500ms\" (units ns, us, ms, s, m, h)","errorMessage":"Expected a duration such as \"10s\", \"1m30s\" or \"500ms\" (units ns, us, ms, s, m, h).","pattern":"^(?:0|(?:(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:ns|us|µs|μs|ms|s|m|h))+)$"};
const schema51 = {"title":"a list of numbers up to 8192 or ranges, such as \"0-3\" or \"0,2\"","type":"string","pattern":"^0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2]))(?:-0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2])))?(?:,0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2]))(?:-0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2])))?)*$","errorMessage":"Expected a list of numbers up to 8192 or ranges, such as \"0-3\" or \"0,2\"."};
const schema54 = {"title":"0 or an integer from 10 to 1000","type":"integer","anyOf":[{"const":0},{"minimum":10,"maximum":1000}]};
const schema55 = {"title":"a device path such as \"/dev/sda\"","description":"Path of a block device.","type":"string","pattern":"^/dev/.","x-rbc-code":"SPC505","errorMessage":"Expected a device path such as \"/dev/sda\"."};
const schema62 = {"type":"string","title":"an IP address such as 192.0.2.1 or 2001:db8::1","errorMessage":"Expected an IP address such as 192.0.2.1 or 2001:db8::1.","pattern":"^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))$"};
const schema64 = {"type":"string","title":"a domain name such as example.com, or .","errorMessage":"Expected a domain name such as example.com, or ..","pattern":"^(?:\\.|(?=[\\s\\S]{1,255}$)(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*\\.?\\s*)$"};
const schema67 = {"description":"Compose short syntax: `[[IP:][HOST_PORT]:]CONTAINER_PORT[/PROTOCOL]`, ports or ranges from 1 to 65535, PROTOCOL tcp, udp or sctp.","oneOf":[{"type":"integer","minimum":1,"maximum":65535},{"type":"string","title":"[[IP:][HOST_PORT]:]CONTAINER_PORT[/PROTOCOL] with ports from 1 to 65535, such as \"8080:80\" or \"127.0.0.1:8443:443/tcp\"","errorMessage":"Expected [[IP:][HOST_PORT]:]CONTAINER_PORT[/PROTOCOL] with ports from 1 to 65535, such as \"8080:80\" or \"127.0.0.1:8443:443/tcp\".","pattern":"^(?:(?:(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|\\[(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))\\]):)?(?:0*(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])(?:-0*(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5]))?)?:)?0*(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])(?:-0*(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5]))?(?:/(?:[tT][cC][pP]|[uU][dD][pP]|[sS][cC][tT][pP]))?$"}]};
const func2 = Object.prototype.hasOwnProperty;
const func3 = runtime0.default;
const pattern0 = new RegExp("^x-", "u");
const pattern1 = new RegExp("^(?:(?:sha256:)?[0-9a-f]{64}|(?=[^@]{1,255}(?::[\\w][\\w.-]{0,127})?(?:@|$))(?:(?:\\[[a-fA-F0-9:]+\\]|[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*)(?::[0-9]+)?/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*|[a-z0-9]+(?:(?:_|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)+|[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)(?::[\\w][\\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?)$", "u");
const pattern3 = new RegExp("^[^=]+$", "u");
const pattern4 = new RegExp("^(?:[^$]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})*\\})*\\}))*$", "u");
const pattern5 = new RegExp("^[^=]+(?:=(?:[^$]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})*\\})*\\}))*)?$", "u");
const pattern6 = new RegExp("^/", "u");
const pattern7 = new RegExp("^[a-zA-Z0-9][a-zA-Z0-9_.-]+$", "u");
const pattern8 = new RegExp("^(?:[Aa][Ll][Ll]|(?:[Cc][Aa][Pp]_)?(?:[Cc][Hh][Oo][Ww][Nn]|[Dd][Aa][Cc]_[Oo][Vv][Ee][Rr][Rr][Ii][Dd][Ee]|[Dd][Aa][Cc]_[Rr][Ee][Aa][Dd]_[Ss][Ee][Aa][Rr][Cc][Hh]|[Ff][Oo][Ww][Nn][Ee][Rr]|[Ff][Ss][Ee][Tt][Ii][Dd]|[Kk][Ii][Ll][Ll]|[Ss][Ee][Tt][Gg][Ii][Dd]|[Ss][Ee][Tt][Uu][Ii][Dd]|[Ss][Ee][Tt][Pp][Cc][Aa][Pp]|[Ll][Ii][Nn][Uu][Xx]_[Ii][Mm][Mm][Uu][Tt][Aa][Bb][Ll][Ee]|[Nn][Ee][Tt]_[Bb][Ii][Nn][Dd]_[Ss][Ee][Rr][Vv][Ii][Cc][Ee]|[Nn][Ee][Tt]_[Bb][Rr][Oo][Aa][Dd][Cc][Aa][Ss][Tt]|[Nn][Ee][Tt]_[Aa][Dd][Mm][Ii][Nn]|[Nn][Ee][Tt]_[Rr][Aa][Ww]|[Ii][Pp][Cc]_[Ll][Oo][Cc][Kk]|[Ii][Pp][Cc]_[Oo][Ww][Nn][Ee][Rr]|[Ss][Yy][Ss]_[Mm][Oo][Dd][Uu][Ll][Ee]|[Ss][Yy][Ss]_[Rr][Aa][Ww][Ii][Oo]|[Ss][Yy][Ss]_[Cc][Hh][Rr][Oo][Oo][Tt]|[Ss][Yy][Ss]_[Pp][Tt][Rr][Aa][Cc][Ee]|[Ss][Yy][Ss]_[Pp][Aa][Cc][Cc][Tt]|[Ss][Yy][Ss]_[Aa][Dd][Mm][Ii][Nn]|[Ss][Yy][Ss]_[Bb][Oo][Oo][Tt]|[Ss][Yy][Ss]_[Nn][Ii][Cc][Ee]|[Ss][Yy][Ss]_[Rr][Ee][Ss][Oo][Uu][Rr][Cc][Ee]|[Ss][Yy][Ss]_[Tt][Ii][Mm][Ee]|[Ss][Yy][Ss]_[Tt][Tt][Yy]_[Cc][Oo][Nn][Ff][Ii][Gg]|[Mm][Kk][Nn][Oo][Dd]|[Ll][Ee][Aa][Ss][Ee]|[Aa][Uu][Dd][Ii][Tt]_[Ww][Rr][Ii][Tt][Ee]|[Aa][Uu][Dd][Ii][Tt]_[Cc][Oo][Nn][Tt][Rr][Oo][Ll]|[Ss][Ee][Tt][Ff][Cc][Aa][Pp]|[Mm][Aa][Cc]_[Oo][Vv][Ee][Rr][Rr][Ii][Dd][Ee]|[Mm][Aa][Cc]_[Aa][Dd][Mm][Ii][Nn]|[Ss][Yy][Ss][Ll][Oo][Gg]|[Ww][Aa][Kk][Ee]_[Aa][Ll][Aa][Rr][Mm]|[Bb][Ll][Oo][Cc][Kk]_[Ss][Uu][Ss][Pp][Ee][Nn][Dd]|[Aa][Uu][Dd][Ii][Tt]_[Rr][Ee][Aa][Dd]|[Pp][Ee][Rr][Ff][Mm][Oo][Nn]|[Bb][Pp][Ff]|[Cc][Hh][Ee][Cc][Kk][Pp][Oo][Ii][Nn][Tt]_[Rr][Ee][Ss][Tt][Oo][Rr][Ee]))$", "u");
const pattern10 = new RegExp("^(?:/[^:]*|(?!(?:/var/lib/docker[^:]*|/(?:v(?:a(?:r(?:/(?:l(?:i(?:b(?:/(?:d(?:o(?:c(?:k(?:e)?)?)?)?)?)?)?)?)?)?)?)?)?/*):)[/.][^:]*:/[^:]*(?::(?:(?:ro|rw|z|Z|nocopy)|(?:private|rprivate|shared|rshared|slave|rslave))(?:,(?:(?:ro|rw|z|Z|nocopy)|(?:private|rprivate|shared|rshared|slave|rslave)))*)?|(?:/var/lib/docker[^:]*|/(?:v(?:a(?:r(?:/(?:l(?:i(?:b(?:/(?:d(?:o(?:c(?:k(?:e)?)?)?)?)?)?)?)?)?)?)?)?)?/*):/[^:]*(?::(?!(?:[^,]*,)*(?:private|rprivate|shared|slave)(?:,(?:ro|rw|z|Z|nocopy))*$)(?:(?:ro|rw|z|Z|nocopy)|(?:private|rprivate|shared|rshared|slave|rslave))(?:,(?:(?:ro|rw|z|Z|nocopy)|(?:private|rprivate|shared|rshared|slave|rslave)))*)?|[a-zA-Z0-9][a-zA-Z0-9_.-]*:/[^:]*(?::(?:ro|rw|z|Z|nocopy)(?:,(?:ro|rw|z|Z|nocopy))*)?)$", "u");
const pattern20 = new RegExp("^/[^:]*(?::(?:(?:(?:defaults|private|rprivate|shared|rshared|slave|rslave|unbindable|runbindable|bind|rbind|ro|rw|exec|noexec|suid|nosuid|dev|nodev|sync|async|atime|noatime|diratime|nodiratime|relatime|norelatime|strictatime|nostrictatime|mand|nomand)|(?:size|mode|uid|gid|nr_inodes|nr_blocks|mpol)=[^,]*)(?:,(?:(?:defaults|private|rprivate|shared|rshared|slave|rslave|unbindable|runbindable|bind|rbind|ro|rw|exec|noexec|suid|nosuid|dev|nodev|sync|async|atime|noatime|diratime|nodiratime|relatime|norelatime|strictatime|nostrictatime|mand|nomand)|(?:size|mode|uid|gid|nr_inodes|nr_blocks|mpol)=[^,]*))*)?)?$", "u");
const pattern22 = new RegExp("^[^=]+=", "u");
const pattern25 = new RegExp("^(?:no-new-privileges|disable|systempaths=unconfined|(?:label|apparmor)(?:=[\\s\\S]*|:[^=]*)|no-new-privileges[=:](?:1|t|T|TRUE|true|True|0|f|F|FALSE|false|False)|seccomp(?:=[\\s\\S]+|:[^=]+))$", "u");
const pattern26 = new RegExp("^/[^:]*(?::(?:(?:r|w|m|rw|rm|wr|wm|mr|mw|rwm|rmw|wrm|wmr|mrw|mwr)|/[^:]*)|:/[^:]*:(?:r|w|m|rw|rm|wr|wm|mr|mw|rwm|rmw|wrm|wmr|mrw|mwr))?$", "u");
const pattern27 = new RegExp("^[acb] (?:[0-9]+|\\*):(?:[0-9]+|\\*) [rwm]{1,3}$", "u");
const pattern43 = new RegExp("^(?:kernel\\.(?:msgmax|msgmnb|msgmni|sem|shmall|shmmax|shmmni|shm_rmid_forced)|net\\.[^=]*|fs\\.mqueue\\.[^=]*)$", "u");
const pattern44 = new RegExp("^(?:kernel\\.(?:msgmax|msgmnb|msgmni|sem|shmall|shmmax|shmmni|shm_rmid_forced)|net\\.[^=]*|fs\\.mqueue\\.[^=]*)=", "u");
const pattern45 = new RegExp("^(?:(?:(?:0+(?:\\.[0-9]+)?)|(?=(?:0*[1-9][0-9]{7,}(?:\\.[0-9]+)?|0*[7-9][0-9]{6}(?:\\.[0-9]+)?|0*6[3-9][0-9]{5}(?:\\.[0-9]+)?|0*629[2-9][0-9]{3}(?:\\.[0-9]+)?|0*6291[5-9][0-9]{2}(?:\\.[0-9]+)?|0*62914[6-9][0-9](?:\\.[0-9]+)?|0*629145[7-9](?:\\.[0-9]+)?|0*6291456(?:\\.[0-9]+)?) ?[bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,14}(?:\\.[0-9]+)?|0*[1-8][0-9]{15}(?:\\.[0-9]+)?|0*900[0-6][0-9]{12}(?:\\.[0-9]+)?|0*90070[0-9]{11}(?:\\.[0-9]+)?|0*90071[0-8][0-9]{10}(?:\\.[0-9]+)?|0*900719[0-8][0-9]{9}(?:\\.[0-9]+)?|0*9007199[0-1][0-9]{8}(?:\\.[0-9]+)?|0*90071992[0-4][0-9]{7}(?:\\.[0-9]+)?|0*900719925[0-3][0-9]{6}(?:\\.[0-9]+)?|0*9007199254[0-6][0-9]{5}(?:\\.[0-9]+)?|0*90071992547[0-3][0-9]{4}(?:\\.[0-9]+)?|0*9007199254740[0-8][0-9]{2}(?:\\.[0-9]+)?|0*90071992547409[0-8][0-9](?:\\.[0-9]+)?|0*900719925474099[0-1](?:\\.[0-9]+)?)) ?[bB]?|(?:(?:0+(?:\\.0+)?|0+\\.000[0-8][0-9]*|0+\\.0009[0-6][0-9]*|0+\\.00097[0-5][0-9]*|0+\\.000976[0-4][0-9]*|0+\\.0009765[0-5][0-9]*|0+\\.00097656[0-1][0-9]*|0+\\.000976562[0-4][0-9]*|0+\\.00*|0+\\.000*|0+\\.0000*|0+\\.00090*|0+\\.000970*|0+\\.0009760*|0+\\.00097650*|0+\\.000976560*|0+\\.0009765620*)|(?=(?:0*[1-9][0-9]{4,}(?:\\.[0-9]+)?|0*[7-9][0-9]{3}(?:\\.[0-9]+)?|0*6[2-9][0-9]{2}(?:\\.[0-9]+)?|0*61[5-9][0-9](?:\\.[0-9]+)?|0*614[5-9](?:\\.[0-9]+)?|0*6144(?:\\.[0-9]+)?) ?[Kk][bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,11}(?:\\.[0-9]+)?|0*[1-7][0-9]{12}(?:\\.[0-9]+)?|0*8[0-6][0-9]{11}(?:\\.[0-9]+)?|0*87[0-8][0-9]{10}(?:\\.[0-9]+)?|0*879[0-5][0-9]{9}(?:\\.[0-9]+)?|0*87960[0-8][0-9]{7}(?:\\.[0-9]+)?|0*879609[0-2][0-9]{6}(?:\\.[0-9]+)?|0*87960930[0-1][0-9]{4}(?:\\.[0-9]+)?|0*879609302[0-1][0-9]{3}(?:\\.[0-9]+)?|0*8796093022[0-1][0-9]{2}(?:\\.[0-9]+)?|0*879609302220[0-7](?:\\.[0-9]+)?)) ?[Kk][bB]?|(?:(?:0+(?:\\.0+)?|0+\\.000000[0-8][0-9]*|0+\\.0000009[0-4][0-9]*|0+\\.00000095[0-2][0-9]*|0+\\.000000953[0-5][0-9]*|0+\\.0000009536[0-6][0-9]*|0+\\.00000095367[0-3][0-9]*|0+\\.000000953674[0-2][0-9]*|0+\\.00000095367430[0-9]*|0+\\.00000095367431[0-5][0-9]*|0+\\.000000953674316[0-3][0-9]*|0+\\.00000095367431640[0-5][0-9]*|0+\\.000000953674316406[0-1][0-9]*|0+\\.0000009536743164062[0-4][0-9]*|0+\\.00*|0+\\.000*|0+\\.0000*|0+\\.00000*|0+\\.000000*|0+\\.0000000*|0+\\.00000090*|0+\\.000000950*|0+\\.0000009530*|0+\\.00000095360*|0+\\.000000953670*|0+\\.0000009536740*|0+\\.00000095367430*|0+\\.000000953674310*|0+\\.0000009536743160*|0+\\.00000095367431640*|0+\\.000000953674316400*|0+\\.0000009536743164060*|0+\\.00000095367431640620*)|(?=(?:0*[1-9][0-9]{1,}(?:\\.[0-9]+)?|0*[7-9](?:\\.[0-9]+)?|0*6(?:\\.[0-9]+)?) ?[Mm][bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,8}(?:\\.[0-9]+)?|0*[1-7][0-9]{9}(?:\\.[0-9]+)?|0*8[0-4][0-9]{8}(?:\\.[0-9]+)?|0*85[0-7][0-9]{7}(?:\\.[0-9]+)?|0*858[0-8][0-9]{6}(?:\\.[0-9]+)?|0*8589[0-8][0-9]{5}(?:\\.[0-9]+)?|0*85899[0-2][0-9]{4}(?:\\.[0-9]+)?|0*858993[0-3][0-9]{3}(?:\\.[0-9]+)?|0*8589934[0-4][0-9]{2}(?:\\.[0-9]+)?|0*85899345[0-8][0-9](?:\\.[0-9]+)?|0*858993459[0-1](?:\\.[0-9]+)?)) ?[Mm][bB]?|(?:(?:0+(?:\\.0+)?|0+\\.000000000[0-8][0-9]*|0+\\.0000000009[0-2][0-9]*|0+\\.000000000930[0-9]*|0+\\.000000000931[0-2][0-9]*|0+\\.0000000009313[0-1][0-9]*|0+\\.00000000093132[0-1][0-9]*|0+\\.000000000931322[0-4][0-9]*|0+\\.0000000009313225[0-6][0-9]*|0+\\.00000000093132257[0-3][0-9]*|0+\\.000000000931322574[0-5][0-9]*|0+\\.00000000093132257460[0-9]*|0+\\.00000000093132257461[0-4][0-9]*|0+\\.000000000931322574615[0-3][0-9]*|0+\\.0000000009313225746154[0-6][0-9]*|0+\\.00000000093132257461547[0-7][0-9]*|0+\\.000000000931322574615478[0-4][0-9]*|0+\\.00000000093132257461547850[0-9]*|0+\\.00000000093132257461547851[0-4][0-9]*|0+\\.000000000931322574615478515[0-5][0-9]*|0+\\.0000000009313225746154785156[0-1][0-9]*|0+\\.00000000093132257461547851562[0-4][0-9]*|0+\\.00*|0+\\.000*|0+\\.0000*|0+\\.00000*|0+\\.000000*|0+\\.0000000*|0+\\.00000000*|0+\\.000000000*|0+\\.0000000000*|0+\\.00000000090*|0+\\.000000000930*|0+\\.0000000009310*|0+\\.00000000093130*|0+\\.000000000931320*|0+\\.0000000009313220*|0+\\.00000000093132250*|0+\\.000000000931322570*|0+\\.0000000009313225740*|0+\\.00000000093132257460*|0+\\.000000000931322574610*|0+\\.0000000009313225746150*|0+\\.00000000093132257461540*|0+\\.000000000931322574615470*|0+\\.0000000009313225746154780*|0+\\.00000000093132257461547850*|0+\\.000000000931322574615478510*|0+\\.0000000009313225746154785150*|0+\\.00000000093132257461547851560*|0+\\.000000000931322574615478515620*)|(?=(?:0*[1-9][0-9]*(?:\\.[0-9]+)?|0+\\.[1-9][0-9]*|0+\\.0[1-9][0-9]*|0+\\.00[6-9][0-9]*|0+\\.0059[0-9]*|0+\\.0058[6-9][0-9]*|0+\\.005859[4-9][0-9]*|0+\\.0058593[8-9][0-9]*|0+\\.00585937[6-9][0-9]*|0+\\.005859375[0-9]*) ?[Gg][bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,5}(?:\\.[0-9]+)?|0*[1-7][0-9]{6}(?:\\.[0-9]+)?|0*8[0-2][0-9]{5}(?:\\.[0-9]+)?|0*83[0-7][0-9]{4}(?:\\.[0-9]+)?|0*838[0-7][0-9]{3}(?:\\.[0-9]+)?|0*8388[0-5][0-9]{2}(?:\\.[0-9]+)?|0*838860[0-7](?:\\.[0-9]+)?)) ?[Gg][bB]?)$", "u");
const pattern18 = new RegExp("^(?:(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,14}(?:\\.[0-9]+)?|0*[1-8][0-9]{15}(?:\\.[0-9]+)?|0*900[0-6][0-9]{12}(?:\\.[0-9]+)?|0*90070[0-9]{11}(?:\\.[0-9]+)?|0*90071[0-8][0-9]{10}(?:\\.[0-9]+)?|0*900719[0-8][0-9]{9}(?:\\.[0-9]+)?|0*9007199[0-1][0-9]{8}(?:\\.[0-9]+)?|0*90071992[0-4][0-9]{7}(?:\\.[0-9]+)?|0*900719925[0-3][0-9]{6}(?:\\.[0-9]+)?|0*9007199254[0-6][0-9]{5}(?:\\.[0-9]+)?|0*90071992547[0-3][0-9]{4}(?:\\.[0-9]+)?|0*9007199254740[0-8][0-9]{2}(?:\\.[0-9]+)?|0*90071992547409[0-8][0-9](?:\\.[0-9]+)?|0*900719925474099[0-1](?:\\.[0-9]+)?) ?[bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,11}(?:\\.[0-9]+)?|0*[1-7][0-9]{12}(?:\\.[0-9]+)?|0*8[0-6][0-9]{11}(?:\\.[0-9]+)?|0*87[0-8][0-9]{10}(?:\\.[0-9]+)?|0*879[0-5][0-9]{9}(?:\\.[0-9]+)?|0*87960[0-8][0-9]{7}(?:\\.[0-9]+)?|0*879609[0-2][0-9]{6}(?:\\.[0-9]+)?|0*87960930[0-1][0-9]{4}(?:\\.[0-9]+)?|0*879609302[0-1][0-9]{3}(?:\\.[0-9]+)?|0*8796093022[0-1][0-9]{2}(?:\\.[0-9]+)?|0*879609302220[0-7](?:\\.[0-9]+)?) ?[Kk][bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,8}(?:\\.[0-9]+)?|0*[1-7][0-9]{9}(?:\\.[0-9]+)?|0*8[0-4][0-9]{8}(?:\\.[0-9]+)?|0*85[0-7][0-9]{7}(?:\\.[0-9]+)?|0*858[0-8][0-9]{6}(?:\\.[0-9]+)?|0*8589[0-8][0-9]{5}(?:\\.[0-9]+)?|0*85899[0-2][0-9]{4}(?:\\.[0-9]+)?|0*858993[0-3][0-9]{3}(?:\\.[0-9]+)?|0*8589934[0-4][0-9]{2}(?:\\.[0-9]+)?|0*85899345[0-8][0-9](?:\\.[0-9]+)?|0*858993459[0-1](?:\\.[0-9]+)?) ?[Mm][bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,5}(?:\\.[0-9]+)?|0*[1-7][0-9]{6}(?:\\.[0-9]+)?|0*8[0-2][0-9]{5}(?:\\.[0-9]+)?|0*83[0-7][0-9]{4}(?:\\.[0-9]+)?|0*838[0-7][0-9]{3}(?:\\.[0-9]+)?|0*8388[0-5][0-9]{2}(?:\\.[0-9]+)?|0*838860[0-7](?:\\.[0-9]+)?) ?[Gg][bB]?)$", "u");
const pattern48 = new RegExp("^\\s*(?=[0-9.]*[1-9])(?:[0-9]+(?:\\.[0-9]{0,9}0*)?|\\.[0-9]{1,9}0*)\\s*$", "u");
const pattern49 = new RegExp("^(?:0|(?:(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:ns|us|µs|μs|ms|s|m|h))+)$", "u");
const pattern51 = new RegExp("^0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2]))(?:-0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2])))?(?:,0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2]))(?:-0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2])))?)*$", "u");
const pattern54 = new RegExp("^/dev/.", "u");
const pattern58 = new RegExp("^(private|shareable|none|host|container:.+)$", "u");
const pattern59 = new RegExp("^(|host|container:.+)$", "u");
const pattern60 = new RegExp("^(bridge|default|none|host|container:.+)$", "u");
const pattern61 = new RegExp("^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))$", "u");
const pattern63 = new RegExp("^(?:\\.|(?=[\\s\\S]{1,255}$)(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*\\.?\\s*)$", "u");
const pattern65 = new RegExp("^[^=:\\s]+$", "u");
const pattern66 = new RegExp("^(?:(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))|\\[(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))\\])$", "u");
const pattern67 = new RegExp("^[^=:\\s]+[=:](?:(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))|\\[(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))\\])$", "u");
const pattern68 = new RegExp("^(?:(?:(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|\\[(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))\\]):)?(?:0*(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])(?:-0*(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5]))?)?:)?0*(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])(?:-0*(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5]))?(?:/(?:[tT][cC][pP]|[uU][dD][pP]|[sS][cC][tT][pP]))?$", "u");
const pattern69 = new RegExp("^(?:0*(?:[1-9]|[1-5][0-9]|6[0-4])|(?:[Ss][Ii][Gg])?(?:[Aa][Bb][Rr][Tt]|[Aa][Ll][Rr][Mm]|[Bb][Uu][Ss]|[Cc][Hh][Ll][Dd]|[Cc][Ll][Dd]|[Cc][Oo][Nn][Tt]|[Ff][Pp][Ee]|[Hh][Uu][Pp]|[Ii][Ll][Ll]|[Ii][Nn][Tt]|[Ii][Oo]|[Ii][Oo][Tt]|[Kk][Ii][Ll][Ll]|[Pp][Ii][Pp][Ee]|[Pp][Oo][Ll][Ll]|[Pp][Rr][Oo][Ff]|[Pp][Ww][Rr]|[Qq][Uu][Ii][Tt]|[Ss][Ee][Gg][Vv]|[Ss][Tt][Kk][Ff][Ll][Tt]|[Ss][Tt][Oo][Pp]|[Ss][Yy][Ss]|[Tt][Ee][Rr][Mm]|[Tt][Rr][Aa][Pp]|[Tt][Ss][Tt][Pp]|[Tt][Tt][Ii][Nn]|[Tt][Tt][Oo][Uu]|[Uu][Rr][Gg]|[Uu][Ss][Rr]1|[Uu][Ss][Rr]2|[Vv][Tt][Aa][Ll][Rr][Mm]|[Ww][Ii][Nn][Cc][Hh]|[Xx][Cc][Pp][Uu]|[Xx][Ff][Ss][Zz]|[Rr][Tt][Mm][Ii][Nn](?:\\+(?:[1-9]|1[0-5]))?|[Rr][Tt][Mm][Aa][Xx](?:-(?:[1-9]|1[0-4]))?))$", "u");
const schema14 = {"title":"a string or a list of strings","description":"A command line, split into words as a POSIX shell would split it (quotes must close; a final backslash must escape something), or a list of words.","oneOf":[{"type":"string","title":"a command line whose quotes close","errorMessage":"Expected a command line whose quotes close.","pattern":"^(?:[^'\"\\\\]|\\\\[\\s\\S]|'[^']*'|\"(?:[^\"\\\\]|\\\\[\\s\\S])*\")*$"},{"$ref":"#/definitions/stringList"}]};
const pattern2 = new RegExp("^(?:[^'\"\\\\]|\\\\[\\s\\S]|'[^']*'|\"(?:[^\"\\\\]|\\\\[\\s\\S])*\")*$", "u");

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(typeof data === "string"){
if(!pattern2.test(data)){
const err0 = {instancePath,schemaPath:"#/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^(?:[^'\"\\\\]|\\\\[\\s\\S]|'[^']*'|\"(?:[^\"\\\\]|\\\\[\\s\\S])*\")*$"},message:"must match pattern \""+"^(?:[^'\"\\\\]|\\\\[\\s\\S]|'[^']*'|\"(?:[^\"\\\\]|\\\\[\\s\\S])*\")*$"+"\"",schema:"^(?:[^'\"\\\\]|\\\\[\\s\\S]|'[^']*'|\"(?:[^\"\\\\]|\\\\[\\s\\S])*\")*$",parentSchema:schema14.oneOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.oneOf[0].type,parentSchema:schema14.oneOf[0],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs3 = errors;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/stringList/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.items.type,parentSchema:schema15.items,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/definitions/stringList/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.type,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err4 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema14.oneOf,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate11.errors = vErrors;
return errors === 0;
}

const schema20 = {"description":"Compose long-syntax mount.","type":"object","additionalProperties":false,"patternProperties":{"^x-":{}},"required":["type","target"],"properties":{"type":{"description":"bind: a host path; volume: a named or anonymous volume; tmpfs: a memory filesystem.","enum":["bind","volume","tmpfs"]},"source":{"description":"Host path (bind, relative to the bundle) or volume name (volume; none for an anonymous volume). Not for tmpfs.","type":"string","minLength":1},"target":{"description":"Absolute path in the container.","type":"string","minLength":1,"title":"an absolute path","errorMessage":"Expected an absolute path.","pattern":"^/"},"read_only":{"description":"Mount read-only.","type":"boolean"},"bind":{"description":"Options for type bind.","type":"object","additionalProperties":false,"patternProperties":{"^x-":{}},"properties":{"propagation":{"description":"Mount propagation.","enum":["private","rprivate","shared","rshared","slave","rslave"]},"create_host_path":{"description":"Create the host path when missing.","type":"boolean"},"recursive":{"description":"`disabled` binds without the mounts below the source. With `read_only`: `writable` makes the bind read-only but not the mounts below the source, `readonly` makes them read-only too (target docker 26.1 only). `enabled`, the default, does what `readonly` does on docker 26.1 and what `writable` does on 20.10.","enum":["enabled","disabled","writable","readonly"]}}},"volume":{"description":"Options for type volume.","type":"object","additionalProperties":false,"patternProperties":{"^x-":{}},"properties":{"nocopy":{"description":"Do not copy the image's files into a new volume.","type":"boolean"}}},"tmpfs":{"description":"Options for type tmpfs.","type":"object","additionalProperties":false,"patternProperties":{"^x-":{}},"properties":{"size":{"description":"Size limit.","$ref":"#/definitions/byteSize"},"mode":{"description":"File mode, in octal: `0o1777`, or the string `\"1777\"` (at most 0o7777).","title":"a file mode from 0 to 0o7777, such as 0o1777 or \"1777\"","errorMessage":"Expected a file mode from 0 to 0o7777, such as 0o1777 or \"1777\".","oneOf":[{"type":"integer","minimum":0,"maximum":4095},{"type":"string","pattern":"^(?:0[oO])?0*[0-7]{1,4}$"}]}}}},"x-rbc-code":"SPC503","allOf":[{"if":{"properties":{"type":{"const":"bind"}},"required":["type"],"type":"object"},"then":{"errorMessage":"a bind mount needs a source (the host path)","properties":{"source":true},"required":["source"],"type":"object"}},{"if":{"properties":{"type":{"const":"bind"}},"required":["type"],"type":"object"},"then":{"properties":{"volume":{"not":{},"errorMessage":"volume options are for a volume mount, but this one has type bind"},"tmpfs":{"not":{},"errorMessage":"tmpfs options are for a tmpfs mount, but this one has type bind"}},"type":"object"}},{"if":{"properties":{"type":{"const":"volume"}},"required":["type"],"type":"object"},"then":{"properties":{"bind":{"not":{},"errorMessage":"bind options are for a bind mount, but this one has type volume"},"tmpfs":{"not":{},"errorMessage":"tmpfs options are for a tmpfs mount, but this one has type volume"}},"type":"object"}},{"if":{"properties":{"type":{"const":"tmpfs"}},"required":["type"],"type":"object"},"then":{"properties":{"source":{"not":{},"errorMessage":"a tmpfs mount takes no source"},"bind":{"not":{},"errorMessage":"bind options are for a bind mount, but this one has type tmpfs"},"volume":{"not":{},"errorMessage":"volume options are for a volume mount, but this one has type tmpfs"}},"type":"object"}},{"if":{"properties":{"type":{"const":"volume"},"source":true},"required":["type","source"],"type":"object"},"then":{"properties":{"source":{"title":"a volume name ([a-zA-Z0-9][a-zA-Z0-9_.-]*)","errorMessage":"Expected a volume name ([a-zA-Z0-9][a-zA-Z0-9_.-]*).","pattern":"^[a-zA-Z0-9][a-zA-Z0-9_.-]*$","type":"string"}},"type":"object"}},{"if":{"properties":{"bind":{"properties":{"recursive":{"enum":["writable","readonly"]}},"required":["recursive"],"type":"object"}},"required":["bind"],"type":"object"},"then":{"properties":{"read_only":{"const":true}},"errorMessage":"bind.recursive: writable and readonly need read_only: true","required":["read_only"],"type":"object"}},{"if":{"properties":{"type":{"const":"bind"},"source":{"pattern":"^(?:/var/lib/docker[^:]*|/(?:v(?:a(?:r(?:/(?:l(?:i(?:b(?:/(?:d(?:o(?:c(?:k(?:e)?)?)?)?)?)?)?)?)?)?)?)?)?/*)$","type":"string"},"bind":{"properties":{"propagation":true},"required":["propagation"],"type":"object"}},"required":["type","source","bind"],"type":"object"},"then":{"properties":{"bind":{"properties":{"propagation":{"enum":["rslave","rshared"],"errorMessage":"a bind of Docker's data root (/var/lib/docker) or a directory above it takes propagation rslave or rshared"}},"type":"object"}},"type":"object"}}]};
const pattern11 = new RegExp("^[a-zA-Z0-9][a-zA-Z0-9_.-]*$", "u");
const pattern12 = new RegExp("^(?:/var/lib/docker[^:]*|/(?:v(?:a(?:r(?:/(?:l(?:i(?:b(?:/(?:d(?:o(?:c(?:k(?:e)?)?)?)?)?)?)?)?)?)?)?)?)?/*)$", "u");
const pattern19 = new RegExp("^(?:0[oO])?0*[0-7]{1,4}$", "u");

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(errors === _errs3){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.type !== undefined){
if("bind" !== data.type){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
else {
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.source === undefined){
const err3 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema20.allOf[0].then.required,parentSchema:schema20.allOf[0].then,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath,schemaPath:"#/allOf/0/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.allOf[0].then.type,parentSchema:schema20.allOf[0].then,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = _valid0;
}
if(!valid1){
const err5 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema20.allOf[0].if,parentSchema:schema20.allOf[0],data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const _errs9 = errors;
let valid3 = true;
const _errs10 = errors;
if(errors === _errs10){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.type === undefined) && (missing1 = "type")){
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
if(data.type !== undefined){
if("bind" !== data.type){
const err7 = {};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
}
else {
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid1 = _errs10 === errors;
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs13 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.volume !== undefined){
const err9 = {instancePath:instancePath+"/volume",schemaPath:"#/allOf/1/then/properties/volume/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema20.allOf[1].then.properties.volume.not,parentSchema:schema20.allOf[1].then.properties.volume,data:data.volume};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.tmpfs !== undefined){
const err10 = {instancePath:instancePath+"/tmpfs",schemaPath:"#/allOf/1/then/properties/tmpfs/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema20.allOf[1].then.properties.tmpfs.not,parentSchema:schema20.allOf[1].then.properties.tmpfs,data:data.tmpfs};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath,schemaPath:"#/allOf/1/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.allOf[1].then.type,parentSchema:schema20.allOf[1].then,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid1 = _errs13 === errors;
valid3 = _valid1;
}
if(!valid3){
const err12 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema20.allOf[1].if,parentSchema:schema20.allOf[1],data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const _errs20 = errors;
let valid6 = true;
const _errs21 = errors;
if(errors === _errs21){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.type === undefined) && (missing2 = "type")){
const err13 = {};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
if(data.type !== undefined){
if("volume" !== data.type){
const err14 = {};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
}
else {
const err15 = {};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
var _valid2 = _errs21 === errors;
errors = _errs20;
if(vErrors !== null){
if(_errs20){
vErrors.length = _errs20;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs24 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.bind !== undefined){
const err16 = {instancePath:instancePath+"/bind",schemaPath:"#/allOf/2/then/properties/bind/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema20.allOf[2].then.properties.bind.not,parentSchema:schema20.allOf[2].then.properties.bind,data:data.bind};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data.tmpfs !== undefined){
const err17 = {instancePath:instancePath+"/tmpfs",schemaPath:"#/allOf/2/then/properties/tmpfs/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema20.allOf[2].then.properties.tmpfs.not,parentSchema:schema20.allOf[2].then.properties.tmpfs,data:data.tmpfs};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath,schemaPath:"#/allOf/2/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.allOf[2].then.type,parentSchema:schema20.allOf[2].then,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid2 = _errs24 === errors;
valid6 = _valid2;
}
if(!valid6){
const err19 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema20.allOf[2].if,parentSchema:schema20.allOf[2],data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
const _errs31 = errors;
let valid9 = true;
const _errs32 = errors;
if(errors === _errs32){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.type === undefined) && (missing3 = "type")){
const err20 = {};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
else {
if(data.type !== undefined){
if("tmpfs" !== data.type){
const err21 = {};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
}
else {
const err22 = {};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
var _valid3 = _errs32 === errors;
errors = _errs31;
if(vErrors !== null){
if(_errs31){
vErrors.length = _errs31;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs35 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.source !== undefined){
const err23 = {instancePath:instancePath+"/source",schemaPath:"#/allOf/3/then/properties/source/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema20.allOf[3].then.properties.source.not,parentSchema:schema20.allOf[3].then.properties.source,data:data.source};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data.bind !== undefined){
const err24 = {instancePath:instancePath+"/bind",schemaPath:"#/allOf/3/then/properties/bind/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema20.allOf[3].then.properties.bind.not,parentSchema:schema20.allOf[3].then.properties.bind,data:data.bind};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data.volume !== undefined){
const err25 = {instancePath:instancePath+"/volume",schemaPath:"#/allOf/3/then/properties/volume/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema20.allOf[3].then.properties.volume.not,parentSchema:schema20.allOf[3].then.properties.volume,data:data.volume};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath,schemaPath:"#/allOf/3/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.allOf[3].then.type,parentSchema:schema20.allOf[3].then,data};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid3 = _errs35 === errors;
valid9 = _valid3;
}
if(!valid9){
const err27 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema20.allOf[3].if,parentSchema:schema20.allOf[3],data};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
const _errs44 = errors;
let valid12 = true;
const _errs45 = errors;
if(errors === _errs45){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if(((data.type === undefined) && (missing4 = "type")) || ((data.source === undefined) && (missing4 = "source"))){
const err28 = {};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
else {
if(data.type !== undefined){
if("volume" !== data.type){
const err29 = {};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
}
else {
const err30 = {};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
var _valid4 = _errs45 === errors;
errors = _errs44;
if(vErrors !== null){
if(_errs44){
vErrors.length = _errs44;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs48 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.source !== undefined){
let data12 = data.source;
if(typeof data12 === "string"){
if(!pattern11.test(data12)){
const err31 = {instancePath:instancePath+"/source",schemaPath:"#/allOf/4/then/properties/source/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"},message:"must match pattern \""+"^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"+"\"",schema:"^[a-zA-Z0-9][a-zA-Z0-9_.-]*$",parentSchema:schema20.allOf[4].then.properties.source,data:data12};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/source",schemaPath:"#/allOf/4/then/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.allOf[4].then.properties.source.type,parentSchema:schema20.allOf[4].then.properties.source,data:data12};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath,schemaPath:"#/allOf/4/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.allOf[4].then.type,parentSchema:schema20.allOf[4].then,data};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid4 = _errs48 === errors;
valid12 = _valid4;
}
if(!valid12){
const err34 = {instancePath,schemaPath:"#/allOf/4/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema20.allOf[4].if,parentSchema:schema20.allOf[4],data};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
const _errs53 = errors;
let valid15 = true;
const _errs54 = errors;
if(errors === _errs54){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing5;
if((data.bind === undefined) && (missing5 = "bind")){
const err35 = {};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
else {
if(data.bind !== undefined){
let data13 = data.bind;
const _errs56 = errors;
if(errors === _errs56){
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
let missing6;
if((data13.recursive === undefined) && (missing6 = "recursive")){
const err36 = {};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
else {
if(data13.recursive !== undefined){
let data14 = data13.recursive;
if(!((data14 === "writable") || (data14 === "readonly"))){
const err37 = {};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
}
else {
const err38 = {};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
}
}
else {
const err39 = {};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
var _valid5 = _errs54 === errors;
errors = _errs53;
if(vErrors !== null){
if(_errs53){
vErrors.length = _errs53;
}
else {
vErrors = null;
}
}
if(_valid5){
const _errs59 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.read_only === undefined){
const err40 = {instancePath,schemaPath:"#/allOf/5/then/required",keyword:"required",params:{missingProperty: "read_only"},message:"must have required property '"+"read_only"+"'",schema:schema20.allOf[5].then.required,parentSchema:schema20.allOf[5].then,data};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data.read_only !== undefined){
let data15 = data.read_only;
if(true !== data15){
const err41 = {instancePath:instancePath+"/read_only",schemaPath:"#/allOf/5/then/properties/read_only/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant",schema:true,parentSchema:schema20.allOf[5].then.properties.read_only,data:data15};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath,schemaPath:"#/allOf/5/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.allOf[5].then.type,parentSchema:schema20.allOf[5].then,data};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
var _valid5 = _errs59 === errors;
valid15 = _valid5;
}
if(!valid15){
const err43 = {instancePath,schemaPath:"#/allOf/5/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema20.allOf[5].if,parentSchema:schema20.allOf[5],data};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
const _errs63 = errors;
let valid19 = true;
const _errs64 = errors;
if(errors === _errs64){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing7;
if((((data.type === undefined) && (missing7 = "type")) || ((data.source === undefined) && (missing7 = "source"))) || ((data.bind === undefined) && (missing7 = "bind"))){
const err44 = {};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
else {
if(data.type !== undefined){
const _errs66 = errors;
if("bind" !== data.type){
const err45 = {};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
var valid20 = _errs66 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data.source !== undefined){
let data17 = data.source;
const _errs67 = errors;
if(errors === _errs67){
if(typeof data17 === "string"){
if(!pattern12.test(data17)){
const err46 = {};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
var valid20 = _errs67 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data.bind !== undefined){
let data18 = data.bind;
const _errs69 = errors;
if(errors === _errs69){
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
let missing8;
if((data18.propagation === undefined) && (missing8 = "propagation")){
const err48 = {};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
var valid20 = _errs69 === errors;
}
else {
var valid20 = true;
}
}
}
}
}
else {
const err50 = {};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
var _valid6 = _errs64 === errors;
errors = _errs63;
if(vErrors !== null){
if(_errs63){
vErrors.length = _errs63;
}
else {
vErrors = null;
}
}
if(_valid6){
const _errs71 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.bind !== undefined){
let data19 = data.bind;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.propagation !== undefined){
let data20 = data19.propagation;
if(!((data20 === "rslave") || (data20 === "rshared"))){
const err51 = {instancePath:instancePath+"/bind/propagation",schemaPath:"#/allOf/6/then/properties/bind/properties/propagation/enum",keyword:"enum",params:{allowedValues: schema20.allOf[6].then.properties.bind.properties.propagation.enum},message:"must be equal to one of the allowed values",schema:schema20.allOf[6].then.properties.bind.properties.propagation.enum,parentSchema:schema20.allOf[6].then.properties.bind.properties.propagation,data:data20};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
else {
const err52 = {instancePath:instancePath+"/bind",schemaPath:"#/allOf/6/then/properties/bind/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.allOf[6].then.properties.bind.type,parentSchema:schema20.allOf[6].then.properties.bind,data:data19};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
else {
const err53 = {instancePath,schemaPath:"#/allOf/6/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.allOf[6].then.type,parentSchema:schema20.allOf[6].then,data};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
var _valid6 = _errs71 === errors;
valid19 = _valid6;
}
if(!valid19){
const err54 = {instancePath,schemaPath:"#/allOf/6/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema20.allOf[6].if,parentSchema:schema20.allOf[6],data};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err55 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema20.required,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(data.target === undefined){
const err56 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'",schema:schema20.required,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "type") || (key0 === "source")) || (key0 === "target")) || (key0 === "read_only")) || (key0 === "bind")) || (key0 === "volume")) || (key0 === "tmpfs")) || (pattern0.test(key0)))){
const err57 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data.type !== undefined){
let data21 = data.type;
if(!(((data21 === "bind") || (data21 === "volume")) || (data21 === "tmpfs"))){
const err58 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema20.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema20.properties.type.enum,parentSchema:schema20.properties.type,data:data21};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data.source !== undefined){
let data22 = data.source;
if(typeof data22 === "string"){
if(func3(data22) < 1){
const err59 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.source,data:data22};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.source.type,parentSchema:schema20.properties.source,data:data22};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data.target !== undefined){
let data23 = data.target;
if(typeof data23 === "string"){
if(func3(data23) < 1){
const err61 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.target,data:data23};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(!pattern6.test(data23)){
const err62 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\"",schema:"^/",parentSchema:schema20.properties.target,data:data23};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
else {
const err63 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.target.type,parentSchema:schema20.properties.target,data:data23};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data.read_only !== undefined){
let data24 = data.read_only;
if(typeof data24 !== "boolean"){
const err64 = {instancePath:instancePath+"/read_only",schemaPath:"#/properties/read_only/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema20.properties.read_only.type,parentSchema:schema20.properties.read_only,data:data24};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data.bind !== undefined){
let data25 = data.bind;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
for(const key1 in data25){
if(!((((key1 === "propagation") || (key1 === "create_host_path")) || (key1 === "recursive")) || (pattern0.test(key1)))){
const err65 = {instancePath:instancePath+"/bind",schemaPath:"#/properties/bind/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.bind,data:data25};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data25.propagation !== undefined){
let data26 = data25.propagation;
if(!((((((data26 === "private") || (data26 === "rprivate")) || (data26 === "shared")) || (data26 === "rshared")) || (data26 === "slave")) || (data26 === "rslave"))){
const err66 = {instancePath:instancePath+"/bind/propagation",schemaPath:"#/properties/bind/properties/propagation/enum",keyword:"enum",params:{allowedValues: schema20.properties.bind.properties.propagation.enum},message:"must be equal to one of the allowed values",schema:schema20.properties.bind.properties.propagation.enum,parentSchema:schema20.properties.bind.properties.propagation,data:data26};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data25.create_host_path !== undefined){
let data27 = data25.create_host_path;
if(typeof data27 !== "boolean"){
const err67 = {instancePath:instancePath+"/bind/create_host_path",schemaPath:"#/properties/bind/properties/create_host_path/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema20.properties.bind.properties.create_host_path.type,parentSchema:schema20.properties.bind.properties.create_host_path,data:data27};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data25.recursive !== undefined){
let data28 = data25.recursive;
if(!((((data28 === "enabled") || (data28 === "disabled")) || (data28 === "writable")) || (data28 === "readonly"))){
const err68 = {instancePath:instancePath+"/bind/recursive",schemaPath:"#/properties/bind/properties/recursive/enum",keyword:"enum",params:{allowedValues: schema20.properties.bind.properties.recursive.enum},message:"must be equal to one of the allowed values",schema:schema20.properties.bind.properties.recursive.enum,parentSchema:schema20.properties.bind.properties.recursive,data:data28};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
else {
const err69 = {instancePath:instancePath+"/bind",schemaPath:"#/properties/bind/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.bind.type,parentSchema:schema20.properties.bind,data:data25};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data.volume !== undefined){
let data29 = data.volume;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
for(const key2 in data29){
if(!((key2 === "nocopy") || (pattern0.test(key2)))){
const err70 = {instancePath:instancePath+"/volume",schemaPath:"#/properties/volume/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.volume,data:data29};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data29.nocopy !== undefined){
let data30 = data29.nocopy;
if(typeof data30 !== "boolean"){
const err71 = {instancePath:instancePath+"/volume/nocopy",schemaPath:"#/properties/volume/properties/nocopy/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema20.properties.volume.properties.nocopy.type,parentSchema:schema20.properties.volume.properties.nocopy,data:data30};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
else {
const err72 = {instancePath:instancePath+"/volume",schemaPath:"#/properties/volume/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.volume.type,parentSchema:schema20.properties.volume,data:data29};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data.tmpfs !== undefined){
let data31 = data.tmpfs;
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
for(const key3 in data31){
if(!(((key3 === "size") || (key3 === "mode")) || (pattern0.test(key3)))){
const err73 = {instancePath:instancePath+"/tmpfs",schemaPath:"#/properties/tmpfs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.tmpfs,data:data31};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data31.size !== undefined){
let data32 = data31.size;
if((!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))) && (typeof data32 !== "string")){
const err74 = {instancePath:instancePath+"/tmpfs/size",schemaPath:"#/definitions/byteSize/type",keyword:"type",params:{type: schema21.type},message:"must be integer,string",schema:schema21.type,parentSchema:schema21,data:data32};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if((typeof data32 == "number") && (isFinite(data32))){
if(data32 > 9007199254740991 || isNaN(data32)){
const err75 = {instancePath:instancePath+"/tmpfs/size",schemaPath:"#/definitions/byteSize/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema21,data:data32};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(data32 < 0 || isNaN(data32)){
const err76 = {instancePath:instancePath+"/tmpfs/size",schemaPath:"#/definitions/byteSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema21,data:data32};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(typeof data32 === "string"){
if(!pattern18.test(data32)){
const err77 = {instancePath:instancePath+"/tmpfs/size",schemaPath:"#/definitions/byteSize/pattern",keyword:"pattern",params:{pattern: "^(?:(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,14}(?:\\.[0-9]+)?|0*[1-8][0-9]{15}(?:\\.[0-9]+)?|0*900[0-6][0-9]{12}(?:\\.[0-9]+)?|0*90070[0-9]{11}(?:\\.[0-9]+)?|0*90071[0-8][0-9]{10}(?:\\.[0-9]+)?|0*900719[0-8][0-9]{9}(?:\\.[0-9]+)?|0*9007199[0-1][0-9]{8}(?:\\.[0-9]+)?|0*90071992[0-4][0-9]{7}(?:\\.[0-9]+)?|0*900719925[0-3][0-9]{6}(?:\\.[0-9]+)?|0*9007199254[0-6][0-9]{5}(?:\\.[0-9]+)?|0*90071992547[0-3][0-9]{4}(?:\\.[0-9]+)?|0*9007199254740[0-8][0-9]{2}(?:\\.[0-9]+)?|0*90071992547409[0-8][0-9](?:\\.[0-9]+)?|0*900719925474099[0-1](?:\\.[0-9]+)?) ?[bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,11}(?:\\.[0-9]+)?|0*[1-7][0-9]{12}(?:\\.[0-9]+)?|0*8[0-6][0-9]{11}(?:\\.[0-9]+)?|0*87[0-8][0-9]{10}(?:\\.[0-9]+)?|0*879[0-5][0-9]{9}(?:\\.[0-9]+)?|0*87960[0-8][0-9]{7}(?:\\.[0-9]+)?|0*879609[0-2][0-9]{6}(?:\\.[0-9]+)?|0*87960930[0-1][0-9]{4}(?:\\.[0-9]+)?|0*879609302[0-1][0-9]{3}(?:\\.[0-9]+)?|0*8796093022[0-1][0-9]{2}(?:\\.[0-9]+)?|0*879609302220[0-7](?:\\.[0-9]+)?) ?[Kk][bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,8}(?:\\.[0-9]+)?|0*[1-7][0-9]{9}(?:\\.[0-9]+)?|0*8[0-4][0-9]{8}(?:\\.[0-9]+)?|0*85[0-7][0-9]{7}(?:\\.[0-9]+)?|0*858[0-8][0-9]{6}(?:\\.[0-9]+)?|0*8589[0-8][0-9]{5}(?:\\.[0-9]+)?|0*85899[0-2][0-9]{4}(?:\\.[0-9]+)?|0*858993[0-3][0-9]{3}(?:\\.[0-9]+)?|0*8589934[0-4][0-9]{2}(?:\\.[0-9]+)?|0*85899345[0-8][0-9](?:\\.[0-9]+)?|0*858993459[0-1](?:\\.[0-9]+)?) ?[Mm][bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,5}(?:\\.[0-9]+)?|0*[1-7][0-9]{6}(?:\\.[0-9]+)?|0*8[0-2][0-9]{5}(?:\\.[0-9]+)?|0*83[0-7][0-9]{4}(?:\\.[0-9]+)?|0*838[0-7][0-9]{3}(?:\\.[0-9]+)?|0*8388[0-5][0-9]{2}(?:\\.[0-9]+)?|0*838860[0-7](?:\\.[0-9]+)?) ?[Gg][bB]?)$"},message:"must match pattern \""+"^(?:(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,14}(?:\\.[0-9]+)?|0*[1-8][0-9]{15}(?:\\.[0-9]+)?|0*900[0-6][0-9]{12}(?:\\.[0-9]+)?|0*90070[0-9]{11}(?:\\.[0-9]+)?|0*90071[0-8][0-9]{10}(?:\\.[0-9]+)?|0*900719[0-8][0-9]{9}(?:\\.[0-9]+)?|0*9007199[0-1][0-9]{8}(?:\\.[0-9]+)?|0*90071992[0-4][0-9]{7}(?:\\.[0-9]+)?|0*900719925[0-3][0-9]{6}(?:\\.[0-9]+)?|0*9007199254[0-6][0-9]{5}(?:\\.[0-9]+)?|0*90071992547[0-3][0-9]{4}(?:\\.[0-9]+)?|0*9007199254740[0-8][0-9]{2}(?:\\.[0-9]+)?|0*90071992547409[0-8][0-9](?:\\.[0-9]+)?|0*900719925474099[0-1](?:\\.[0-9]+)?) ?[bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,11}(?:\\.[0-9]+)?|0*[1-7][0-9]{12}(?:\\.[0-9]+)?|0*8[0-6][0-9]{11}(?:\\.[0-9]+)?|0*87[0-8][0-9]{10}(?:\\.[0-9]+)?|0*879[0-5][0-9]{9}(?:\\.[0-9]+)?|0*87960[0-8][0-9]{7}(?:\\.[0-9]+)?|0*879609[0-2][0-9]{6}(?:\\.[0-9]+)?|0*87960930[0-1][0-9]{4}(?:\\.[0-9]+)?|0*879609302[0-1][0-9]{3}(?:\\.[0-9]+)?|0*8796093022[0-1][0-9]{2}(?:\\.[0-9]+)?|0*879609302220[0-7](?:\\.[0-9]+)?) ?[Kk][bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,8}(?:\\.[0-9]+)?|0*[1-7][0-9]{9}(?:\\.[0-9]+)?|0*8[0-4][0-9]{8}(?:\\.[0-9]+)?|0*85[0-7][0-9]{7}(?:\\.[0-9]+)?|0*858[0-8][0-9]{6}(?:\\.[0-9]+)?|0*8589[0-8][0-9]{5}(?:\\.[0-9]+)?|0*85899[0-2][0-9]{4}(?:\\.[0-9]+)?|0*858993[0-3][0-9]{3}(?:\\.[0-9]+)?|0*8589934[0-4][0-9]{2}(?:\\.[0-9]+)?|0*85899345[0-8][0-9](?:\\.[0-9]+)?|0*858993459[0-1](?:\\.[0-9]+)?) ?[Mm][bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,5}(?:\\.[0-9]+)?|0*[1-7][0-9]{6}(?:\\.[0-9]+)?|0*8[0-2][0-9]{5}(?:\\.[0-9]+)?|0*83[0-7][0-9]{4}(?:\\.[0-9]+)?|0*838[0-7][0-9]{3}(?:\\.[0-9]+)?|0*8388[0-5][0-9]{2}(?:\\.[0-9]+)?|0*838860[0-7](?:\\.[0-9]+)?) ?[Gg][bB]?)$"+"\"",schema:"^(?:(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,14}(?:\\.[0-9]+)?|0*[1-8][0-9]{15}(?:\\.[0-9]+)?|0*900[0-6][0-9]{12}(?:\\.[0-9]+)?|0*90070[0-9]{11}(?:\\.[0-9]+)?|0*90071[0-8][0-9]{10}(?:\\.[0-9]+)?|0*900719[0-8][0-9]{9}(?:\\.[0-9]+)?|0*9007199[0-1][0-9]{8}(?:\\.[0-9]+)?|0*90071992[0-4][0-9]{7}(?:\\.[0-9]+)?|0*900719925[0-3][0-9]{6}(?:\\.[0-9]+)?|0*9007199254[0-6][0-9]{5}(?:\\.[0-9]+)?|0*90071992547[0-3][0-9]{4}(?:\\.[0-9]+)?|0*9007199254740[0-8][0-9]{2}(?:\\.[0-9]+)?|0*90071992547409[0-8][0-9](?:\\.[0-9]+)?|0*900719925474099[0-1](?:\\.[0-9]+)?) ?[bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,11}(?:\\.[0-9]+)?|0*[1-7][0-9]{12}(?:\\.[0-9]+)?|0*8[0-6][0-9]{11}(?:\\.[0-9]+)?|0*87[0-8][0-9]{10}(?:\\.[0-9]+)?|0*879[0-5][0-9]{9}(?:\\.[0-9]+)?|0*87960[0-8][0-9]{7}(?:\\.[0-9]+)?|0*879609[0-2][0-9]{6}(?:\\.[0-9]+)?|0*87960930[0-1][0-9]{4}(?:\\.[0-9]+)?|0*879609302[0-1][0-9]{3}(?:\\.[0-9]+)?|0*8796093022[0-1][0-9]{2}(?:\\.[0-9]+)?|0*879609302220[0-7](?:\\.[0-9]+)?) ?[Kk][bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,8}(?:\\.[0-9]+)?|0*[1-7][0-9]{9}(?:\\.[0-9]+)?|0*8[0-4][0-9]{8}(?:\\.[0-9]+)?|0*85[0-7][0-9]{7}(?:\\.[0-9]+)?|0*858[0-8][0-9]{6}(?:\\.[0-9]+)?|0*8589[0-8][0-9]{5}(?:\\.[0-9]+)?|0*85899[0-2][0-9]{4}(?:\\.[0-9]+)?|0*858993[0-3][0-9]{3}(?:\\.[0-9]+)?|0*8589934[0-4][0-9]{2}(?:\\.[0-9]+)?|0*85899345[0-8][0-9](?:\\.[0-9]+)?|0*858993459[0-1](?:\\.[0-9]+)?) ?[Mm][bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,5}(?:\\.[0-9]+)?|0*[1-7][0-9]{6}(?:\\.[0-9]+)?|0*8[0-2][0-9]{5}(?:\\.[0-9]+)?|0*83[0-7][0-9]{4}(?:\\.[0-9]+)?|0*838[0-7][0-9]{3}(?:\\.[0-9]+)?|0*8388[0-5][0-9]{2}(?:\\.[0-9]+)?|0*838860[0-7](?:\\.[0-9]+)?) ?[Gg][bB]?)$",parentSchema:schema21,data:data32};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
}
if(data31.mode !== undefined){
let data33 = data31.mode;
const _errs103 = errors;
let valid28 = false;
let passing0 = null;
const _errs104 = errors;
if(!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))){
const err78 = {instancePath:instancePath+"/tmpfs/mode",schemaPath:"#/properties/tmpfs/properties/mode/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema20.properties.tmpfs.properties.mode.oneOf[0].type,parentSchema:schema20.properties.tmpfs.properties.mode.oneOf[0],data:data33};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if((typeof data33 == "number") && (isFinite(data33))){
if(data33 > 4095 || isNaN(data33)){
const err79 = {instancePath:instancePath+"/tmpfs/mode",schemaPath:"#/properties/tmpfs/properties/mode/oneOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4095},message:"must be <= 4095",schema:4095,parentSchema:schema20.properties.tmpfs.properties.mode.oneOf[0],data:data33};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if(data33 < 0 || isNaN(data33)){
const err80 = {instancePath:instancePath+"/tmpfs/mode",schemaPath:"#/properties/tmpfs/properties/mode/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema20.properties.tmpfs.properties.mode.oneOf[0],data:data33};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
var _valid7 = _errs104 === errors;
if(_valid7){
valid28 = true;
passing0 = 0;
}
const _errs106 = errors;
if(typeof data33 === "string"){
if(!pattern19.test(data33)){
const err81 = {instancePath:instancePath+"/tmpfs/mode",schemaPath:"#/properties/tmpfs/properties/mode/oneOf/1/pattern",keyword:"pattern",params:{pattern: "^(?:0[oO])?0*[0-7]{1,4}$"},message:"must match pattern \""+"^(?:0[oO])?0*[0-7]{1,4}$"+"\"",schema:"^(?:0[oO])?0*[0-7]{1,4}$",parentSchema:schema20.properties.tmpfs.properties.mode.oneOf[1],data:data33};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
else {
const err82 = {instancePath:instancePath+"/tmpfs/mode",schemaPath:"#/properties/tmpfs/properties/mode/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.tmpfs.properties.mode.oneOf[1].type,parentSchema:schema20.properties.tmpfs.properties.mode.oneOf[1],data:data33};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
var _valid7 = _errs106 === errors;
if(_valid7 && valid28){
valid28 = false;
passing0 = [passing0, 1];
}
else {
if(_valid7){
valid28 = true;
passing0 = 1;
}
}
if(!valid28){
const err83 = {instancePath:instancePath+"/tmpfs/mode",schemaPath:"#/properties/tmpfs/properties/mode/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema20.properties.tmpfs.properties.mode.oneOf,parentSchema:schema20.properties.tmpfs.properties.mode,data:data33};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
else {
errors = _errs103;
if(vErrors !== null){
if(_errs103){
vErrors.length = _errs103;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err84 = {instancePath:instancePath+"/tmpfs",schemaPath:"#/properties/tmpfs/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.tmpfs.type,parentSchema:schema20.properties.tmpfs,data:data31};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
else {
const err85 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.type,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
validate14.errors = vErrors;
return errors === 0;
}

const schema25 = {"description":"One RFC 6902 operation. `value` is required for add, replace and test; `from` for move and copy.","type":"object","additionalProperties":false,"required":["op","path"],"properties":{"op":{"description":"The operation.","enum":["add","remove","replace","move","copy","test"]},"path":{"description":"Where the operation applies.","$ref":"#/definitions/jsonPointer"},"value":{"description":"The value to add, to replace with, or to test against."},"from":{"description":"Where move and copy take the value from.","$ref":"#/definitions/jsonPointer"}},"allOf":[{"if":{"properties":{"op":{"enum":["add","replace","test"]}},"required":["op"]},"then":{"properties":{"value":true},"required":["value"]}},{"if":{"properties":{"op":{"enum":["move","copy"]}},"required":["op"]},"then":{"properties":{"from":true},"required":["from"]}}]};
const schema26 = {"title":"a JSON pointer such as \"/process/args\"","description":"RFC 6901 JSON pointer into config.json, such as `/process/args` or `/linux/sysctl/net.core.somaxconn`.","type":"string","pattern":"^(/([^~]|~[01])*)*$","errorMessage":"Expected a JSON pointer such as \"/process/args\"."};
const pattern23 = new RegExp("^(/([^~]|~[01])*)*$", "u");

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.op === undefined) && (missing0 = "op")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.op !== undefined){
let data0 = data.op;
if(!(((data0 === "add") || (data0 === "replace")) || (data0 === "test"))){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.value === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema25.allOf[0].then.required,parentSchema:schema25.allOf[0].then,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
}
if(!valid1){
const err3 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema25.allOf[0].if,parentSchema:schema25.allOf[0],data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs7 = errors;
let valid3 = true;
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.op === undefined) && (missing1 = "op")){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
if(data.op !== undefined){
let data1 = data.op;
if(!((data1 === "move") || (data1 === "copy"))){
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
var _valid1 = _errs8 === errors;
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs10 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.from === undefined){
const err6 = {instancePath,schemaPath:"#/allOf/1/then/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema25.allOf[1].then.required,parentSchema:schema25.allOf[1].then,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid1 = _errs10 === errors;
valid3 = _valid1;
}
if(!valid3){
const err7 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema25.allOf[1].if,parentSchema:schema25.allOf[1],data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.op === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'",schema:schema25.required,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.path === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema25.required,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "op") || (key0 === "path")) || (key0 === "value")) || (key0 === "from"))){
const err10 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.op !== undefined){
let data2 = data.op;
if(!((((((data2 === "add") || (data2 === "remove")) || (data2 === "replace")) || (data2 === "move")) || (data2 === "copy")) || (data2 === "test"))){
const err11 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/enum",keyword:"enum",params:{allowedValues: schema25.properties.op.enum},message:"must be equal to one of the allowed values",schema:schema25.properties.op.enum,parentSchema:schema25.properties.op,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.path !== undefined){
let data3 = data.path;
if(typeof data3 === "string"){
if(!pattern23.test(data3)){
const err12 = {instancePath:instancePath+"/path",schemaPath:"#/definitions/jsonPointer/pattern",keyword:"pattern",params:{pattern: "^(/([^~]|~[01])*)*$"},message:"must match pattern \""+"^(/([^~]|~[01])*)*$"+"\"",schema:"^(/([^~]|~[01])*)*$",parentSchema:schema26,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/path",schemaPath:"#/definitions/jsonPointer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.type,parentSchema:schema26,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.from !== undefined){
let data4 = data.from;
if(typeof data4 === "string"){
if(!pattern23.test(data4)){
const err14 = {instancePath:instancePath+"/from",schemaPath:"#/definitions/jsonPointer/pattern",keyword:"pattern",params:{pattern: "^(/([^~]|~[01])*)*$"},message:"must match pattern \""+"^(/([^~]|~[01])*)*$"+"\"",schema:"^(/([^~]|~[01])*)*$",parentSchema:schema26,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/from",schemaPath:"#/definitions/jsonPointer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.type,parentSchema:schema26,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.type,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate16.errors = vErrors;
return errors === 0;
}

const schema57 = {"description":"A device and its rate in bytes per second.","type":"object","additionalProperties":false,"required":["path","rate"],"properties":{"path":{"$ref":"#/definitions/devicePath"},"rate":{"$ref":"#/definitions/byteSize"}}};

function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.path === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema57.required,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.rate === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rate"},message:"must have required property '"+"rate"+"'",schema:schema57.required,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "path") || (key0 === "rate"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.path !== undefined){
let data0 = data.path;
if(typeof data0 === "string"){
if(!pattern54.test(data0)){
const err3 = {instancePath:instancePath+"/path",schemaPath:"#/definitions/devicePath/pattern",keyword:"pattern",params:{pattern: "^/dev/."},message:"must match pattern \""+"^/dev/."+"\"",schema:"^/dev/.",parentSchema:schema55,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/path",schemaPath:"#/definitions/devicePath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.type,parentSchema:schema55,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.rate !== undefined){
let data1 = data.rate;
if((!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))) && (typeof data1 !== "string")){
const err5 = {instancePath:instancePath+"/rate",schemaPath:"#/definitions/byteSize/type",keyword:"type",params:{type: schema21.type},message:"must be integer,string",schema:schema21.type,parentSchema:schema21,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 9007199254740991 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/rate",schemaPath:"#/definitions/byteSize/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema21,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/rate",schemaPath:"#/definitions/byteSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema21,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(typeof data1 === "string"){
if(!pattern18.test(data1)){
const err8 = {instancePath:instancePath+"/rate",schemaPath:"#/definitions/byteSize/pattern",keyword:"pattern",params:{pattern: "^(?:(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,14}(?:\\.[0-9]+)?|0*[1-8][0-9]{15}(?:\\.[0-9]+)?|0*900[0-6][0-9]{12}(?:\\.[0-9]+)?|0*90070[0-9]{11}(?:\\.[0-9]+)?|0*90071[0-8][0-9]{10}(?:\\.[0-9]+)?|0*900719[0-8][0-9]{9}(?:\\.[0-9]+)?|0*9007199[0-1][0-9]{8}(?:\\.[0-9]+)?|0*90071992[0-4][0-9]{7}(?:\\.[0-9]+)?|0*900719925[0-3][0-9]{6}(?:\\.[0-9]+)?|0*9007199254[0-6][0-9]{5}(?:\\.[0-9]+)?|0*90071992547[0-3][0-9]{4}(?:\\.[0-9]+)?|0*9007199254740[0-8][0-9]{2}(?:\\.[0-9]+)?|0*90071992547409[0-8][0-9](?:\\.[0-9]+)?|0*900719925474099[0-1](?:\\.[0-9]+)?) ?[bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,11}(?:\\.[0-9]+)?|0*[1-7][0-9]{12}(?:\\.[0-9]+)?|0*8[0-6][0-9]{11}(?:\\.[0-9]+)?|0*87[0-8][0-9]{10}(?:\\.[0-9]+)?|0*879[0-5][0-9]{9}(?:\\.[0-9]+)?|0*87960[0-8][0-9]{7}(?:\\.[0-9]+)?|0*879609[0-2][0-9]{6}(?:\\.[0-9]+)?|0*87960930[0-1][0-9]{4}(?:\\.[0-9]+)?|0*879609302[0-1][0-9]{3}(?:\\.[0-9]+)?|0*8796093022[0-1][0-9]{2}(?:\\.[0-9]+)?|0*879609302220[0-7](?:\\.[0-9]+)?) ?[Kk][bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,8}(?:\\.[0-9]+)?|0*[1-7][0-9]{9}(?:\\.[0-9]+)?|0*8[0-4][0-9]{8}(?:\\.[0-9]+)?|0*85[0-7][0-9]{7}(?:\\.[0-9]+)?|0*858[0-8][0-9]{6}(?:\\.[0-9]+)?|0*8589[0-8][0-9]{5}(?:\\.[0-9]+)?|0*85899[0-2][0-9]{4}(?:\\.[0-9]+)?|0*858993[0-3][0-9]{3}(?:\\.[0-9]+)?|0*8589934[0-4][0-9]{2}(?:\\.[0-9]+)?|0*85899345[0-8][0-9](?:\\.[0-9]+)?|0*858993459[0-1](?:\\.[0-9]+)?) ?[Mm][bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,5}(?:\\.[0-9]+)?|0*[1-7][0-9]{6}(?:\\.[0-9]+)?|0*8[0-2][0-9]{5}(?:\\.[0-9]+)?|0*83[0-7][0-9]{4}(?:\\.[0-9]+)?|0*838[0-7][0-9]{3}(?:\\.[0-9]+)?|0*8388[0-5][0-9]{2}(?:\\.[0-9]+)?|0*838860[0-7](?:\\.[0-9]+)?) ?[Gg][bB]?)$"},message:"must match pattern \""+"^(?:(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,14}(?:\\.[0-9]+)?|0*[1-8][0-9]{15}(?:\\.[0-9]+)?|0*900[0-6][0-9]{12}(?:\\.[0-9]+)?|0*90070[0-9]{11}(?:\\.[0-9]+)?|0*90071[0-8][0-9]{10}(?:\\.[0-9]+)?|0*900719[0-8][0-9]{9}(?:\\.[0-9]+)?|0*9007199[0-1][0-9]{8}(?:\\.[0-9]+)?|0*90071992[0-4][0-9]{7}(?:\\.[0-9]+)?|0*900719925[0-3][0-9]{6}(?:\\.[0-9]+)?|0*9007199254[0-6][0-9]{5}(?:\\.[0-9]+)?|0*90071992547[0-3][0-9]{4}(?:\\.[0-9]+)?|0*9007199254740[0-8][0-9]{2}(?:\\.[0-9]+)?|0*90071992547409[0-8][0-9](?:\\.[0-9]+)?|0*900719925474099[0-1](?:\\.[0-9]+)?) ?[bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,11}(?:\\.[0-9]+)?|0*[1-7][0-9]{12}(?:\\.[0-9]+)?|0*8[0-6][0-9]{11}(?:\\.[0-9]+)?|0*87[0-8][0-9]{10}(?:\\.[0-9]+)?|0*879[0-5][0-9]{9}(?:\\.[0-9]+)?|0*87960[0-8][0-9]{7}(?:\\.[0-9]+)?|0*879609[0-2][0-9]{6}(?:\\.[0-9]+)?|0*87960930[0-1][0-9]{4}(?:\\.[0-9]+)?|0*879609302[0-1][0-9]{3}(?:\\.[0-9]+)?|0*8796093022[0-1][0-9]{2}(?:\\.[0-9]+)?|0*879609302220[0-7](?:\\.[0-9]+)?) ?[Kk][bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,8}(?:\\.[0-9]+)?|0*[1-7][0-9]{9}(?:\\.[0-9]+)?|0*8[0-4][0-9]{8}(?:\\.[0-9]+)?|0*85[0-7][0-9]{7}(?:\\.[0-9]+)?|0*858[0-8][0-9]{6}(?:\\.[0-9]+)?|0*8589[0-8][0-9]{5}(?:\\.[0-9]+)?|0*85899[0-2][0-9]{4}(?:\\.[0-9]+)?|0*858993[0-3][0-9]{3}(?:\\.[0-9]+)?|0*8589934[0-4][0-9]{2}(?:\\.[0-9]+)?|0*85899345[0-8][0-9](?:\\.[0-9]+)?|0*858993459[0-1](?:\\.[0-9]+)?) ?[Mm][bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,5}(?:\\.[0-9]+)?|0*[1-7][0-9]{6}(?:\\.[0-9]+)?|0*8[0-2][0-9]{5}(?:\\.[0-9]+)?|0*83[0-7][0-9]{4}(?:\\.[0-9]+)?|0*838[0-7][0-9]{3}(?:\\.[0-9]+)?|0*8388[0-5][0-9]{2}(?:\\.[0-9]+)?|0*838860[0-7](?:\\.[0-9]+)?) ?[Gg][bB]?)$"+"\"",schema:"^(?:(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,14}(?:\\.[0-9]+)?|0*[1-8][0-9]{15}(?:\\.[0-9]+)?|0*900[0-6][0-9]{12}(?:\\.[0-9]+)?|0*90070[0-9]{11}(?:\\.[0-9]+)?|0*90071[0-8][0-9]{10}(?:\\.[0-9]+)?|0*900719[0-8][0-9]{9}(?:\\.[0-9]+)?|0*9007199[0-1][0-9]{8}(?:\\.[0-9]+)?|0*90071992[0-4][0-9]{7}(?:\\.[0-9]+)?|0*900719925[0-3][0-9]{6}(?:\\.[0-9]+)?|0*9007199254[0-6][0-9]{5}(?:\\.[0-9]+)?|0*90071992547[0-3][0-9]{4}(?:\\.[0-9]+)?|0*9007199254740[0-8][0-9]{2}(?:\\.[0-9]+)?|0*90071992547409[0-8][0-9](?:\\.[0-9]+)?|0*900719925474099[0-1](?:\\.[0-9]+)?) ?[bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,11}(?:\\.[0-9]+)?|0*[1-7][0-9]{12}(?:\\.[0-9]+)?|0*8[0-6][0-9]{11}(?:\\.[0-9]+)?|0*87[0-8][0-9]{10}(?:\\.[0-9]+)?|0*879[0-5][0-9]{9}(?:\\.[0-9]+)?|0*87960[0-8][0-9]{7}(?:\\.[0-9]+)?|0*879609[0-2][0-9]{6}(?:\\.[0-9]+)?|0*87960930[0-1][0-9]{4}(?:\\.[0-9]+)?|0*879609302[0-1][0-9]{3}(?:\\.[0-9]+)?|0*8796093022[0-1][0-9]{2}(?:\\.[0-9]+)?|0*879609302220[0-7](?:\\.[0-9]+)?) ?[Kk][bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,8}(?:\\.[0-9]+)?|0*[1-7][0-9]{9}(?:\\.[0-9]+)?|0*8[0-4][0-9]{8}(?:\\.[0-9]+)?|0*85[0-7][0-9]{7}(?:\\.[0-9]+)?|0*858[0-8][0-9]{6}(?:\\.[0-9]+)?|0*8589[0-8][0-9]{5}(?:\\.[0-9]+)?|0*85899[0-2][0-9]{4}(?:\\.[0-9]+)?|0*858993[0-3][0-9]{3}(?:\\.[0-9]+)?|0*8589934[0-4][0-9]{2}(?:\\.[0-9]+)?|0*85899345[0-8][0-9](?:\\.[0-9]+)?|0*858993459[0-1](?:\\.[0-9]+)?) ?[Mm][bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,5}(?:\\.[0-9]+)?|0*[1-7][0-9]{6}(?:\\.[0-9]+)?|0*8[0-2][0-9]{5}(?:\\.[0-9]+)?|0*83[0-7][0-9]{4}(?:\\.[0-9]+)?|0*838[0-7][0-9]{3}(?:\\.[0-9]+)?|0*8388[0-5][0-9]{2}(?:\\.[0-9]+)?|0*838860[0-7](?:\\.[0-9]+)?) ?[Gg][bB]?)$",parentSchema:schema21,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema57.type,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate18.errors = vErrors;
return errors === 0;
}

const schema60 = {"description":"A device and its rate in operations per second.","type":"object","additionalProperties":false,"required":["path","rate"],"properties":{"path":{"$ref":"#/definitions/devicePath"},"rate":{"type":"integer","minimum":0}}};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.path === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema60.required,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.rate === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rate"},message:"must have required property '"+"rate"+"'",schema:schema60.required,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "path") || (key0 === "rate"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.path !== undefined){
let data0 = data.path;
if(typeof data0 === "string"){
if(!pattern54.test(data0)){
const err3 = {instancePath:instancePath+"/path",schemaPath:"#/definitions/devicePath/pattern",keyword:"pattern",params:{pattern: "^/dev/."},message:"must match pattern \""+"^/dev/."+"\"",schema:"^/dev/.",parentSchema:schema55,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/path",schemaPath:"#/definitions/devicePath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.type,parentSchema:schema55,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.rate !== undefined){
let data1 = data.rate;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err5 = {instancePath:instancePath+"/rate",schemaPath:"#/properties/rate/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema60.properties.rate.type,parentSchema:schema60.properties.rate,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/rate",schemaPath:"#/properties/rate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema60.properties.rate,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema60.type,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://rbc.dev/schemas/bundle.schema.json" */;
let vErrors = null;
let errors = 0;
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(errors === _errs3){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.image === undefined) && (missing0 = "image")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.container === undefined) && (missing1 = "container")){
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var valid2 = _errs7 === errors;
if(valid2){
const err4 = {instancePath,schemaPath:"#/allOf/0/then/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema11.allOf[0].then.not,parentSchema:schema11.allOf[0].then,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
}
if(!valid1){
const err5 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema11.allOf[0].if,parentSchema:schema11.allOf[0],data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((func2.call(schema11.properties, key0)) || (pattern0.test(key0)))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.image !== undefined){
let data0 = data.image;
if(typeof data0 === "string"){
if(!pattern1.test(data0)){
const err7 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/pattern",keyword:"pattern",params:{pattern: "^(?:(?:sha256:)?[0-9a-f]{64}|(?=[^@]{1,255}(?::[\\w][\\w.-]{0,127})?(?:@|$))(?:(?:\\[[a-fA-F0-9:]+\\]|[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*)(?::[0-9]+)?/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*|[a-z0-9]+(?:(?:_|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)+|[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)(?::[\\w][\\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?)$"},message:"must match pattern \""+"^(?:(?:sha256:)?[0-9a-f]{64}|(?=[^@]{1,255}(?::[\\w][\\w.-]{0,127})?(?:@|$))(?:(?:\\[[a-fA-F0-9:]+\\]|[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*)(?::[0-9]+)?/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*|[a-z0-9]+(?:(?:_|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)+|[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)(?::[\\w][\\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?)$"+"\"",schema:"^(?:(?:sha256:)?[0-9a-f]{64}|(?=[^@]{1,255}(?::[\\w][\\w.-]{0,127})?(?:@|$))(?:(?:\\[[a-fA-F0-9:]+\\]|[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*)(?::[0-9]+)?/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*|[a-z0-9]+(?:(?:_|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)+|[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)(?::[\\w][\\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?)$",parentSchema:schema11.properties.image,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.image.type,parentSchema:schema11.properties.image,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.container !== undefined){
let data1 = data.container;
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err9 = {instancePath:instancePath+"/container",schemaPath:"#/properties/container/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.container,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/container",schemaPath:"#/properties/container/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.container.type,parentSchema:schema11.properties.container,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.extends !== undefined){
let data2 = data.extends;
const _errs15 = errors;
let valid4 = false;
let passing0 = null;
const _errs16 = errors;
if(typeof data2 === "string"){
if(func3(data2) < 1){
const err11 = {instancePath:instancePath+"/extends",schemaPath:"#/definitions/overlayPath/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/extends",schemaPath:"#/definitions/overlayPath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid1 = _errs16 === errors;
if(_valid1){
valid4 = true;
passing0 = 0;
}
const _errs19 = errors;
if(Array.isArray(data2)){
if(data2.length < 1){
const err13 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.extends.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(func3(data3) < 1){
const err14 = {instancePath:instancePath+"/extends/" + i0,schemaPath:"#/definitions/overlayPath/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/extends/" + i0,schemaPath:"#/definitions/overlayPath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.extends.oneOf[1].type,parentSchema:schema11.properties.extends.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid1 = _errs19 === errors;
if(_valid1 && valid4){
valid4 = false;
passing0 = [passing0, 1];
}
else {
if(_valid1){
valid4 = true;
passing0 = 1;
}
}
if(!valid4){
const err17 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema11.properties.extends.oneOf,parentSchema:schema11.properties.extends,data:data2};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
}
if(data.target !== undefined){
let data4 = data.target;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
if(!((key1 === "docker") || (key1 === "cgroup"))){
const err18 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.target,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data4.docker !== undefined){
let data5 = data4.docker;
if(!((((data5 === "20.10") || (data5 === "26.1")) || (data5 === 20.1)) || (data5 === 26.1))){
const err19 = {instancePath:instancePath+"/target/docker",schemaPath:"#/properties/target/properties/docker/enum",keyword:"enum",params:{allowedValues: schema11.properties.target.properties.docker.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.target.properties.docker.enum,parentSchema:schema11.properties.target.properties.docker,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data4.cgroup !== undefined){
let data6 = data4.cgroup;
if(!((data6 === "v1") || (data6 === "v2"))){
const err20 = {instancePath:instancePath+"/target/cgroup",schemaPath:"#/properties/target/properties/cgroup/enum",keyword:"enum",params:{allowedValues: schema11.properties.target.properties.cgroup.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.target.properties.cgroup.enum,parentSchema:schema11.properties.target.properties.cgroup,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.target.type,parentSchema:schema11.properties.target,data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.command !== undefined){
if(!(validate11(data.command, {instancePath:instancePath+"/command",parentData:data,parentDataProperty:"command",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
if(data.entrypoint !== undefined){
if(!(validate11(data.entrypoint, {instancePath:instancePath+"/entrypoint",parentData:data,parentDataProperty:"entrypoint",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
if(data.environment !== undefined){
let data9 = data.environment;
const _errs32 = errors;
let valid10 = false;
let passing1 = null;
const _errs33 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key2 in data9){
const _errs35 = errors;
if(typeof key2 === "string"){
if(!pattern3.test(key2)){
const err22 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/oneOf/0/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[^=]+$"},message:"must match pattern \""+"^[^=]+$"+"\"",schema:"^[^=]+$",parentSchema:schema11.properties.environment.oneOf[0].propertyNames,data:key2,propertyName:key2};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
var valid11 = _errs35 === errors;
if(!valid11){
const err23 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/oneOf/0/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid",schema:schema11.properties.environment.oneOf[0].propertyNames,parentSchema:schema11.properties.environment.oneOf[0],data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
for(const key3 in data9){
let data10 = data9[key3];
if((((typeof data10 !== "string") && (!((typeof data10 == "number") && (isFinite(data10))))) && (typeof data10 !== "boolean")) && (data10 !== null)){
const err24 = {instancePath:instancePath+"/environment/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/environment/oneOf/0/additionalProperties/type",keyword:"type",params:{type: schema11.properties.environment.oneOf[0].additionalProperties.type},message:"must be string,number,boolean,null",schema:schema11.properties.environment.oneOf[0].additionalProperties.type,parentSchema:schema11.properties.environment.oneOf[0].additionalProperties,data:data10};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(typeof data10 === "string"){
if(!pattern4.test(data10)){
const err25 = {instancePath:instancePath+"/environment/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/environment/oneOf/0/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^(?:[^$]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})*\\})*\\}))*$"},message:"must match pattern \""+"^(?:[^$]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})*\\})*\\}))*$"+"\"",schema:"^(?:[^$]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})*\\})*\\}))*$",parentSchema:schema11.properties.environment.oneOf[0].additionalProperties,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
}
else {
const err26 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.environment.oneOf[0].type,parentSchema:schema11.properties.environment.oneOf[0],data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid2 = _errs33 === errors;
if(_valid2){
valid10 = true;
passing1 = 0;
}
const _errs39 = errors;
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
let data11 = data9[i1];
if(typeof data11 === "string"){
if(!pattern5.test(data11)){
const err27 = {instancePath:instancePath+"/environment/" + i1,schemaPath:"#/properties/environment/oneOf/1/items/pattern",keyword:"pattern",params:{pattern: "^[^=]+(?:=(?:[^$]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})*\\})*\\}))*)?$"},message:"must match pattern \""+"^[^=]+(?:=(?:[^$]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})*\\})*\\}))*)?$"+"\"",schema:"^[^=]+(?:=(?:[^$]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})*\\})*\\}))*)?$",parentSchema:schema11.properties.environment.oneOf[1].items,data:data11};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/environment/" + i1,schemaPath:"#/properties/environment/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.environment.oneOf[1].items.type,parentSchema:schema11.properties.environment.oneOf[1].items,data:data11};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.environment.oneOf[1].type,parentSchema:schema11.properties.environment.oneOf[1],data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid2 = _errs39 === errors;
if(_valid2 && valid10){
valid10 = false;
passing1 = [passing1, 1];
}
else {
if(_valid2){
valid10 = true;
passing1 = 1;
}
}
if(!valid10){
const err30 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema11.properties.environment.oneOf,parentSchema:schema11.properties.environment,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
else {
errors = _errs32;
if(vErrors !== null){
if(_errs32){
vErrors.length = _errs32;
}
else {
vErrors = null;
}
}
}
}
if(data.env_file !== undefined){
let data12 = data.env_file;
const _errs44 = errors;
let valid15 = false;
let passing2 = null;
const _errs45 = errors;
if(typeof data12 === "string"){
if(func3(data12) < 1){
const err31 = {instancePath:instancePath+"/env_file",schemaPath:"#/properties/env_file/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.env_file.oneOf[0],data:data12};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/env_file",schemaPath:"#/properties/env_file/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.env_file.oneOf[0].type,parentSchema:schema11.properties.env_file.oneOf[0],data:data12};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var _valid3 = _errs45 === errors;
if(_valid3){
valid15 = true;
passing2 = 0;
}
const _errs47 = errors;
if(Array.isArray(data12)){
const len2 = data12.length;
for(let i2=0; i2<len2; i2++){
let data13 = data12[i2];
const _errs50 = errors;
let valid18 = false;
let passing3 = null;
const _errs51 = errors;
if(typeof data13 === "string"){
if(func3(data13) < 1){
const err33 = {instancePath:instancePath+"/env_file/" + i2,schemaPath:"#/properties/env_file/oneOf/1/items/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.env_file.oneOf[1].items.oneOf[0],data:data13};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/env_file/" + i2,schemaPath:"#/properties/env_file/oneOf/1/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.env_file.oneOf[1].items.oneOf[0].type,parentSchema:schema11.properties.env_file.oneOf[1].items.oneOf[0],data:data13};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var _valid4 = _errs51 === errors;
if(_valid4){
valid18 = true;
passing3 = 0;
}
const _errs53 = errors;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.path === undefined){
const err35 = {instancePath:instancePath+"/env_file/" + i2,schemaPath:"#/properties/env_file/oneOf/1/items/oneOf/1/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema11.properties.env_file.oneOf[1].items.oneOf[1].required,parentSchema:schema11.properties.env_file.oneOf[1].items.oneOf[1],data:data13};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
for(const key4 in data13){
if(!((key4 === "path") || (key4 === "required"))){
const err36 = {instancePath:instancePath+"/env_file/" + i2,schemaPath:"#/properties/env_file/oneOf/1/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.env_file.oneOf[1].items.oneOf[1],data:data13};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data13.path !== undefined){
let data14 = data13.path;
if(typeof data14 === "string"){
if(func3(data14) < 1){
const err37 = {instancePath:instancePath+"/env_file/" + i2+"/path",schemaPath:"#/properties/env_file/oneOf/1/items/oneOf/1/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.env_file.oneOf[1].items.oneOf[1].properties.path,data:data14};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/env_file/" + i2+"/path",schemaPath:"#/properties/env_file/oneOf/1/items/oneOf/1/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.env_file.oneOf[1].items.oneOf[1].properties.path.type,parentSchema:schema11.properties.env_file.oneOf[1].items.oneOf[1].properties.path,data:data14};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data13.required !== undefined){
let data15 = data13.required;
if(typeof data15 !== "boolean"){
const err39 = {instancePath:instancePath+"/env_file/" + i2+"/required",schemaPath:"#/properties/env_file/oneOf/1/items/oneOf/1/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.env_file.oneOf[1].items.oneOf[1].properties.required.type,parentSchema:schema11.properties.env_file.oneOf[1].items.oneOf[1].properties.required,data:data15};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/env_file/" + i2,schemaPath:"#/properties/env_file/oneOf/1/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.env_file.oneOf[1].items.oneOf[1].type,parentSchema:schema11.properties.env_file.oneOf[1].items.oneOf[1],data:data13};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
var _valid4 = _errs53 === errors;
if(_valid4 && valid18){
valid18 = false;
passing3 = [passing3, 1];
}
else {
if(_valid4){
valid18 = true;
passing3 = 1;
}
}
if(!valid18){
const err41 = {instancePath:instancePath+"/env_file/" + i2,schemaPath:"#/properties/env_file/oneOf/1/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf",schema:schema11.properties.env_file.oneOf[1].items.oneOf,parentSchema:schema11.properties.env_file.oneOf[1].items,data:data13};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
else {
errors = _errs50;
if(vErrors !== null){
if(_errs50){
vErrors.length = _errs50;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err42 = {instancePath:instancePath+"/env_file",schemaPath:"#/properties/env_file/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.env_file.oneOf[1].type,parentSchema:schema11.properties.env_file.oneOf[1],data:data12};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
var _valid3 = _errs47 === errors;
if(_valid3 && valid15){
valid15 = false;
passing2 = [passing2, 1];
}
else {
if(_valid3){
valid15 = true;
passing2 = 1;
}
}
if(!valid15){
const err43 = {instancePath:instancePath+"/env_file",schemaPath:"#/properties/env_file/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf",schema:schema11.properties.env_file.oneOf,parentSchema:schema11.properties.env_file,data:data12};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
else {
errors = _errs44;
if(vErrors !== null){
if(_errs44){
vErrors.length = _errs44;
}
else {
vErrors = null;
}
}
}
}
if(data.allow_plaintext !== undefined){
let data16 = data.allow_plaintext;
if(Array.isArray(data16)){
const len3 = data16.length;
for(let i3=0; i3<len3; i3++){
let data17 = data16[i3];
if(typeof data17 !== "string"){
const err44 = {instancePath:instancePath+"/allow_plaintext/" + i3,schemaPath:"#/definitions/stringList/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.items.type,parentSchema:schema15.items,data:data17};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/allow_plaintext",schemaPath:"#/definitions/stringList/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.type,parentSchema:schema15,data:data16};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.user !== undefined){
let data18 = data.user;
if(typeof data18 !== "string"){
const err46 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.user.type,parentSchema:schema11.properties.user,data:data18};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.working_dir !== undefined){
let data19 = data.working_dir;
if(typeof data19 === "string"){
if(!pattern6.test(data19)){
const err47 = {instancePath:instancePath+"/working_dir",schemaPath:"#/properties/working_dir/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\"",schema:"^/",parentSchema:schema11.properties.working_dir,data:data19};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/working_dir",schemaPath:"#/properties/working_dir/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.working_dir.type,parentSchema:schema11.properties.working_dir,data:data19};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.container_name !== undefined){
let data20 = data.container_name;
if(typeof data20 === "string"){
if(!pattern7.test(data20)){
const err49 = {instancePath:instancePath+"/container_name",schemaPath:"#/properties/container_name/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]+$"},message:"must match pattern \""+"^[a-zA-Z0-9][a-zA-Z0-9_.-]+$"+"\"",schema:"^[a-zA-Z0-9][a-zA-Z0-9_.-]+$",parentSchema:schema11.properties.container_name,data:data20};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/container_name",schemaPath:"#/properties/container_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.container_name.type,parentSchema:schema11.properties.container_name,data:data20};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.hostname !== undefined){
let data21 = data.hostname;
if(typeof data21 !== "string"){
const err51 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.hostname.type,parentSchema:schema11.properties.hostname,data:data21};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.domainname !== undefined){
let data22 = data.domainname;
if(typeof data22 !== "string"){
const err52 = {instancePath:instancePath+"/domainname",schemaPath:"#/properties/domainname/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domainname.type,parentSchema:schema11.properties.domainname,data:data22};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.tty !== undefined){
let data23 = data.tty;
if(typeof data23 !== "boolean"){
const err53 = {instancePath:instancePath+"/tty",schemaPath:"#/properties/tty/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.tty.type,parentSchema:schema11.properties.tty,data:data23};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data.read_only !== undefined){
let data24 = data.read_only;
if(typeof data24 !== "boolean"){
const err54 = {instancePath:instancePath+"/read_only",schemaPath:"#/properties/read_only/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.read_only.type,parentSchema:schema11.properties.read_only,data:data24};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.privileged !== undefined){
let data25 = data.privileged;
if(typeof data25 !== "boolean"){
const err55 = {instancePath:instancePath+"/privileged",schemaPath:"#/properties/privileged/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.privileged.type,parentSchema:schema11.properties.privileged,data:data25};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data.cap_add !== undefined){
let data26 = data.cap_add;
if(Array.isArray(data26)){
const len4 = data26.length;
for(let i4=0; i4<len4; i4++){
let data27 = data26[i4];
if(typeof data27 === "string"){
if(!pattern8.test(data27)){
const err56 = {instancePath:instancePath+"/cap_add/" + i4,schemaPath:"#/definitions/capability/pattern",keyword:"pattern",params:{pattern: "^(?:[Aa][Ll][Ll]|(?:[Cc][Aa][Pp]_)?(?:[Cc][Hh][Oo][Ww][Nn]|[Dd][Aa][Cc]_[Oo][Vv][Ee][Rr][Rr][Ii][Dd][Ee]|[Dd][Aa][Cc]_[Rr][Ee][Aa][Dd]_[Ss][Ee][Aa][Rr][Cc][Hh]|[Ff][Oo][Ww][Nn][Ee][Rr]|[Ff][Ss][Ee][Tt][Ii][Dd]|[Kk][Ii][Ll][Ll]|[Ss][Ee][Tt][Gg][Ii][Dd]|[Ss][Ee][Tt][Uu][Ii][Dd]|[Ss][Ee][Tt][Pp][Cc][Aa][Pp]|[Ll][Ii][Nn][Uu][Xx]_[Ii][Mm][Mm][Uu][Tt][Aa][Bb][Ll][Ee]|[Nn][Ee][Tt]_[Bb][Ii][Nn][Dd]_[Ss][Ee][Rr][Vv][Ii][Cc][Ee]|[Nn][Ee][Tt]_[Bb][Rr][Oo][Aa][Dd][Cc][Aa][Ss][Tt]|[Nn][Ee][Tt]_[Aa][Dd][Mm][Ii][Nn]|[Nn][Ee][Tt]_[Rr][Aa][Ww]|[Ii][Pp][Cc]_[Ll][Oo][Cc][Kk]|[Ii][Pp][Cc]_[Oo][Ww][Nn][Ee][Rr]|[Ss][Yy][Ss]_[Mm][Oo][Dd][Uu][Ll][Ee]|[Ss][Yy][Ss]_[Rr][Aa][Ww][Ii][Oo]|[Ss][Yy][Ss]_[Cc][Hh][Rr][Oo][Oo][Tt]|[Ss][Yy][Ss]_[Pp][Tt][Rr][Aa][Cc][Ee]|[Ss][Yy][Ss]_[Pp][Aa][Cc][Cc][Tt]|[Ss][Yy][Ss]_[Aa][Dd][Mm][Ii][Nn]|[Ss][Yy][Ss]_[Bb][Oo][Oo][Tt]|[Ss][Yy][Ss]_[Nn][Ii][Cc][Ee]|[Ss][Yy][Ss]_[Rr][Ee][Ss][Oo][Uu][Rr][Cc][Ee]|[Ss][Yy][Ss]_[Tt][Ii][Mm][Ee]|[Ss][Yy][Ss]_[Tt][Tt][Yy]_[Cc][Oo][Nn][Ff][Ii][Gg]|[Mm][Kk][Nn][Oo][Dd]|[Ll][Ee][Aa][Ss][Ee]|[Aa][Uu][Dd][Ii][Tt]_[Ww][Rr][Ii][Tt][Ee]|[Aa][Uu][Dd][Ii][Tt]_[Cc][Oo][Nn][Tt][Rr][Oo][Ll]|[Ss][Ee][Tt][Ff][Cc][Aa][Pp]|[Mm][Aa][Cc]_[Oo][Vv][Ee][Rr][Rr][Ii][Dd][Ee]|[Mm][Aa][Cc]_[Aa][Dd][Mm][Ii][Nn]|[Ss][Yy][Ss][Ll][Oo][Gg]|[Ww][Aa][Kk][Ee]_[Aa][Ll][Aa][Rr][Mm]|[Bb][Ll][Oo][Cc][Kk]_[Ss][Uu][Ss][Pp][Ee][Nn][Dd]|[Aa][Uu][Dd][Ii][Tt]_[Rr][Ee][Aa][Dd]|[Pp][Ee][Rr][Ff][Mm][Oo][Nn]|[Bb][Pp][Ff]|[Cc][Hh][Ee][Cc][Kk][Pp][Oo][Ii][Nn][Tt]_[Rr][Ee][Ss][Tt][Oo][Rr][Ee]))$"},message:"must match pattern \""+"^(?:[Aa][Ll][Ll]|(?:[Cc][Aa][Pp]_)?(?:[Cc][Hh][Oo][Ww][Nn]|[Dd][Aa][Cc]_[Oo][Vv][Ee][Rr][Rr][Ii][Dd][Ee]|[Dd][Aa][Cc]_[Rr][Ee][Aa][Dd]_[Ss][Ee][Aa][Rr][Cc][Hh]|[Ff][Oo][Ww][Nn][Ee][Rr]|[Ff][Ss][Ee][Tt][Ii][Dd]|[Kk][Ii][Ll][Ll]|[Ss][Ee][Tt][Gg][Ii][Dd]|[Ss][Ee][Tt][Uu][Ii][Dd]|[Ss][Ee][Tt][Pp][Cc][Aa][Pp]|[Ll][Ii][Nn][Uu][Xx]_[Ii][Mm][Mm][Uu][Tt][Aa][Bb][Ll][Ee]|[Nn][Ee][Tt]_[Bb][Ii][Nn][Dd]_[Ss][Ee][Rr][Vv][Ii][Cc][Ee]|[Nn][Ee][Tt]_[Bb][Rr][Oo][Aa][Dd][Cc][Aa][Ss][Tt]|[Nn][Ee][Tt]_[Aa][Dd][Mm][Ii][Nn]|[Nn][Ee][Tt]_[Rr][Aa][Ww]|[Ii][Pp][Cc]_[Ll][Oo][Cc][Kk]|[Ii][Pp][Cc]_[Oo][Ww][Nn][Ee][Rr]|[Ss][Yy][Ss]_[Mm][Oo][Dd][Uu][Ll][Ee]|[Ss][Yy][Ss]_[Rr][Aa][Ww][Ii][Oo]|[Ss][Yy][Ss]_[Cc][Hh][Rr][Oo][Oo][Tt]|[Ss][Yy][Ss]_[Pp][Tt][Rr][Aa][Cc][Ee]|[Ss][Yy][Ss]_[Pp][Aa][Cc][Cc][Tt]|[Ss][Yy][Ss]_[Aa][Dd][Mm][Ii][Nn]|[Ss][Yy][Ss]_[Bb][Oo][Oo][Tt]|[Ss][Yy][Ss]_[Nn][Ii][Cc][Ee]|[Ss][Yy][Ss]_[Rr][Ee][Ss][Oo][Uu][Rr][Cc][Ee]|[Ss][Yy][Ss]_[Tt][Ii][Mm][Ee]|[Ss][Yy][Ss]_[Tt][Tt][Yy]_[Cc][Oo][Nn][Ff][Ii][Gg]|[Mm][Kk][Nn][Oo][Dd]|[Ll][Ee][Aa][Ss][Ee]|[Aa][Uu][Dd][Ii][Tt]_[Ww][Rr][Ii][Tt][Ee]|[Aa][Uu][Dd][Ii][Tt]_[Cc][Oo][Nn][Tt][Rr][Oo][Ll]|[Ss][Ee][Tt][Ff][Cc][Aa][Pp]|[Mm][Aa][Cc]_[Oo][Vv][Ee][Rr][Rr][Ii][Dd][Ee]|[Mm][Aa][Cc]_[Aa][Dd][Mm][Ii][Nn]|[Ss][Yy][Ss][Ll][Oo][Gg]|[Ww][Aa][Kk][Ee]_[Aa][Ll][Aa][Rr][Mm]|[Bb][Ll][Oo][Cc][Kk]_[Ss][Uu][Ss][Pp][Ee][Nn][Dd]|[Aa][Uu][Dd][Ii][Tt]_[Rr][Ee][Aa][Dd]|[Pp][Ee][Rr][Ff][Mm][Oo][Nn]|[Bb][Pp][Ff]|[Cc][Hh][Ee][Cc][Kk][Pp][Oo][Ii][Nn][Tt]_[Rr][Ee][Ss][Tt][Oo][Rr][Ee]))$"+"\"",schema:"^(?:[Aa][Ll][Ll]|(?:[Cc][Aa][Pp]_)?(?:[Cc][Hh][Oo][Ww][Nn]|[Dd][Aa][Cc]_[Oo][Vv][Ee][Rr][Rr][Ii][Dd][Ee]|[Dd][Aa][Cc]_[Rr][Ee][Aa][Dd]_[Ss][Ee][Aa][Rr][Cc][Hh]|[Ff][Oo][Ww][Nn][Ee][Rr]|[Ff][Ss][Ee][Tt][Ii][Dd]|[Kk][Ii][Ll][Ll]|[Ss][Ee][Tt][Gg][Ii][Dd]|[Ss][Ee][Tt][Uu][Ii][Dd]|[Ss][Ee][Tt][Pp][Cc][Aa][Pp]|[Ll][Ii][Nn][Uu][Xx]_[Ii][Mm][Mm][Uu][Tt][Aa][Bb][Ll][Ee]|[Nn][Ee][Tt]_[Bb][Ii][Nn][Dd]_[Ss][Ee][Rr][Vv][Ii][Cc][Ee]|[Nn][Ee][Tt]_[Bb][Rr][Oo][Aa][Dd][Cc][Aa][Ss][Tt]|[Nn][Ee][Tt]_[Aa][Dd][Mm][Ii][Nn]|[Nn][Ee][Tt]_[Rr][Aa][Ww]|[Ii][Pp][Cc]_[Ll][Oo][Cc][Kk]|[Ii][Pp][Cc]_[Oo][Ww][Nn][Ee][Rr]|[Ss][Yy][Ss]_[Mm][Oo][Dd][Uu][Ll][Ee]|[Ss][Yy][Ss]_[Rr][Aa][Ww][Ii][Oo]|[Ss][Yy][Ss]_[Cc][Hh][Rr][Oo][Oo][Tt]|[Ss][Yy][Ss]_[Pp][Tt][Rr][Aa][Cc][Ee]|[Ss][Yy][Ss]_[Pp][Aa][Cc][Cc][Tt]|[Ss][Yy][Ss]_[Aa][Dd][Mm][Ii][Nn]|[Ss][Yy][Ss]_[Bb][Oo][Oo][Tt]|[Ss][Yy][Ss]_[Nn][Ii][Cc][Ee]|[Ss][Yy][Ss]_[Rr][Ee][Ss][Oo][Uu][Rr][Cc][Ee]|[Ss][Yy][Ss]_[Tt][Ii][Mm][Ee]|[Ss][Yy][Ss]_[Tt][Tt][Yy]_[Cc][Oo][Nn][Ff][Ii][Gg]|[Mm][Kk][Nn][Oo][Dd]|[Ll][Ee][Aa][Ss][Ee]|[Aa][Uu][Dd][Ii][Tt]_[Ww][Rr][Ii][Tt][Ee]|[Aa][Uu][Dd][Ii][Tt]_[Cc][Oo][Nn][Tt][Rr][Oo][Ll]|[Ss][Ee][Tt][Ff][Cc][Aa][Pp]|[Mm][Aa][Cc]_[Oo][Vv][Ee][Rr][Rr][Ii][Dd][Ee]|[Mm][Aa][Cc]_[Aa][Dd][Mm][Ii][Nn]|[Ss][Yy][Ss][Ll][Oo][Gg]|[Ww][Aa][Kk][Ee]_[Aa][Ll][Aa][Rr][Mm]|[Bb][Ll][Oo][Cc][Kk]_[Ss][Uu][Ss][Pp][Ee][Nn][Dd]|[Aa][Uu][Dd][Ii][Tt]_[Rr][Ee][Aa][Dd]|[Pp][Ee][Rr][Ff][Mm][Oo][Nn]|[Bb][Pp][Ff]|[Cc][Hh][Ee][Cc][Kk][Pp][Oo][Ii][Nn][Tt]_[Rr][Ee][Ss][Tt][Oo][Rr][Ee]))$",parentSchema:schema17,data:data27};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/cap_add/" + i4,schemaPath:"#/definitions/capability/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.type,parentSchema:schema17,data:data27};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath:instancePath+"/cap_add",schemaPath:"#/properties/cap_add/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.cap_add.type,parentSchema:schema11.properties.cap_add,data:data26};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data.cap_drop !== undefined){
let data28 = data.cap_drop;
if(Array.isArray(data28)){
const len5 = data28.length;
for(let i5=0; i5<len5; i5++){
let data29 = data28[i5];
if(typeof data29 === "string"){
if(!pattern8.test(data29)){
const err59 = {instancePath:instancePath+"/cap_drop/" + i5,schemaPath:"#/definitions/capability/pattern",keyword:"pattern",params:{pattern: "^(?:[Aa][Ll][Ll]|(?:[Cc][Aa][Pp]_)?(?:[Cc][Hh][Oo][Ww][Nn]|[Dd][Aa][Cc]_[Oo][Vv][Ee][Rr][Rr][Ii][Dd][Ee]|[Dd][Aa][Cc]_[Rr][Ee][Aa][Dd]_[Ss][Ee][Aa][Rr][Cc][Hh]|[Ff][Oo][Ww][Nn][Ee][Rr]|[Ff][Ss][Ee][Tt][Ii][Dd]|[Kk][Ii][Ll][Ll]|[Ss][Ee][Tt][Gg][Ii][Dd]|[Ss][Ee][Tt][Uu][Ii][Dd]|[Ss][Ee][Tt][Pp][Cc][Aa][Pp]|[Ll][Ii][Nn][Uu][Xx]_[Ii][Mm][Mm][Uu][Tt][Aa][Bb][Ll][Ee]|[Nn][Ee][Tt]_[Bb][Ii][Nn][Dd]_[Ss][Ee][Rr][Vv][Ii][Cc][Ee]|[Nn][Ee][Tt]_[Bb][Rr][Oo][Aa][Dd][Cc][Aa][Ss][Tt]|[Nn][Ee][Tt]_[Aa][Dd][Mm][Ii][Nn]|[Nn][Ee][Tt]_[Rr][Aa][Ww]|[Ii][Pp][Cc]_[Ll][Oo][Cc][Kk]|[Ii][Pp][Cc]_[Oo][Ww][Nn][Ee][Rr]|[Ss][Yy][Ss]_[Mm][Oo][Dd][Uu][Ll][Ee]|[Ss][Yy][Ss]_[Rr][Aa][Ww][Ii][Oo]|[Ss][Yy][Ss]_[Cc][Hh][Rr][Oo][Oo][Tt]|[Ss][Yy][Ss]_[Pp][Tt][Rr][Aa][Cc][Ee]|[Ss][Yy][Ss]_[Pp][Aa][Cc][Cc][Tt]|[Ss][Yy][Ss]_[Aa][Dd][Mm][Ii][Nn]|[Ss][Yy][Ss]_[Bb][Oo][Oo][Tt]|[Ss][Yy][Ss]_[Nn][Ii][Cc][Ee]|[Ss][Yy][Ss]_[Rr][Ee][Ss][Oo][Uu][Rr][Cc][Ee]|[Ss][Yy][Ss]_[Tt][Ii][Mm][Ee]|[Ss][Yy][Ss]_[Tt][Tt][Yy]_[Cc][Oo][Nn][Ff][Ii][Gg]|[Mm][Kk][Nn][Oo][Dd]|[Ll][Ee][Aa][Ss][Ee]|[Aa][Uu][Dd][Ii][Tt]_[Ww][Rr][Ii][Tt][Ee]|[Aa][Uu][Dd][Ii][Tt]_[Cc][Oo][Nn][Tt][Rr][Oo][Ll]|[Ss][Ee][Tt][Ff][Cc][Aa][Pp]|[Mm][Aa][Cc]_[Oo][Vv][Ee][Rr][Rr][Ii][Dd][Ee]|[Mm][Aa][Cc]_[Aa][Dd][Mm][Ii][Nn]|[Ss][Yy][Ss][Ll][Oo][Gg]|[Ww][Aa][Kk][Ee]_[Aa][Ll][Aa][Rr][Mm]|[Bb][Ll][Oo][Cc][Kk]_[Ss][Uu][Ss][Pp][Ee][Nn][Dd]|[Aa][Uu][Dd][Ii][Tt]_[Rr][Ee][Aa][Dd]|[Pp][Ee][Rr][Ff][Mm][Oo][Nn]|[Bb][Pp][Ff]|[Cc][Hh][Ee][Cc][Kk][Pp][Oo][Ii][Nn][Tt]_[Rr][Ee][Ss][Tt][Oo][Rr][Ee]))$"},message:"must match pattern \""+"^(?:[Aa][Ll][Ll]|(?:[Cc][Aa][Pp]_)?(?:[Cc][Hh][Oo][Ww][Nn]|[Dd][Aa][Cc]_[Oo][Vv][Ee][Rr][Rr][Ii][Dd][Ee]|[Dd][Aa][Cc]_[Rr][Ee][Aa][Dd]_[Ss][Ee][Aa][Rr][Cc][Hh]|[Ff][Oo][Ww][Nn][Ee][Rr]|[Ff][Ss][Ee][Tt][Ii][Dd]|[Kk][Ii][Ll][Ll]|[Ss][Ee][Tt][Gg][Ii][Dd]|[Ss][Ee][Tt][Uu][Ii][Dd]|[Ss][Ee][Tt][Pp][Cc][Aa][Pp]|[Ll][Ii][Nn][Uu][Xx]_[Ii][Mm][Mm][Uu][Tt][Aa][Bb][Ll][Ee]|[Nn][Ee][Tt]_[Bb][Ii][Nn][Dd]_[Ss][Ee][Rr][Vv][Ii][Cc][Ee]|[Nn][Ee][Tt]_[Bb][Rr][Oo][Aa][Dd][Cc][Aa][Ss][Tt]|[Nn][Ee][Tt]_[Aa][Dd][Mm][Ii][Nn]|[Nn][Ee][Tt]_[Rr][Aa][Ww]|[Ii][Pp][Cc]_[Ll][Oo][Cc][Kk]|[Ii][Pp][Cc]_[Oo][Ww][Nn][Ee][Rr]|[Ss][Yy][Ss]_[Mm][Oo][Dd][Uu][Ll][Ee]|[Ss][Yy][Ss]_[Rr][Aa][Ww][Ii][Oo]|[Ss][Yy][Ss]_[Cc][Hh][Rr][Oo][Oo][Tt]|[Ss][Yy][Ss]_[Pp][Tt][Rr][Aa][Cc][Ee]|[Ss][Yy][Ss]_[Pp][Aa][Cc][Cc][Tt]|[Ss][Yy][Ss]_[Aa][Dd][Mm][Ii][Nn]|[Ss][Yy][Ss]_[Bb][Oo][Oo][Tt]|[Ss][Yy][Ss]_[Nn][Ii][Cc][Ee]|[Ss][Yy][Ss]_[Rr][Ee][Ss][Oo][Uu][Rr][Cc][Ee]|[Ss][Yy][Ss]_[Tt][Ii][Mm][Ee]|[Ss][Yy][Ss]_[Tt][Tt][Yy]_[Cc][Oo][Nn][Ff][Ii][Gg]|[Mm][Kk][Nn][Oo][Dd]|[Ll][Ee][Aa][Ss][Ee]|[Aa][Uu][Dd][Ii][Tt]_[Ww][Rr][Ii][Tt][Ee]|[Aa][Uu][Dd][Ii][Tt]_[Cc][Oo][Nn][Tt][Rr][Oo][Ll]|[Ss][Ee][Tt][Ff][Cc][Aa][Pp]|[Mm][Aa][Cc]_[Oo][Vv][Ee][Rr][Rr][Ii][Dd][Ee]|[Mm][Aa][Cc]_[Aa][Dd][Mm][Ii][Nn]|[Ss][Yy][Ss][Ll][Oo][Gg]|[Ww][Aa][Kk][Ee]_[Aa][Ll][Aa][Rr][Mm]|[Bb][Ll][Oo][Cc][Kk]_[Ss][Uu][Ss][Pp][Ee][Nn][Dd]|[Aa][Uu][Dd][Ii][Tt]_[Rr][Ee][Aa][Dd]|[Pp][Ee][Rr][Ff][Mm][Oo][Nn]|[Bb][Pp][Ff]|[Cc][Hh][Ee][Cc][Kk][Pp][Oo][Ii][Nn][Tt]_[Rr][Ee][Ss][Tt][Oo][Rr][Ee]))$"+"\"",schema:"^(?:[Aa][Ll][Ll]|(?:[Cc][Aa][Pp]_)?(?:[Cc][Hh][Oo][Ww][Nn]|[Dd][Aa][Cc]_[Oo][Vv][Ee][Rr][Rr][Ii][Dd][Ee]|[Dd][Aa][Cc]_[Rr][Ee][Aa][Dd]_[Ss][Ee][Aa][Rr][Cc][Hh]|[Ff][Oo][Ww][Nn][Ee][Rr]|[Ff][Ss][Ee][Tt][Ii][Dd]|[Kk][Ii][Ll][Ll]|[Ss][Ee][Tt][Gg][Ii][Dd]|[Ss][Ee][Tt][Uu][Ii][Dd]|[Ss][Ee][Tt][Pp][Cc][Aa][Pp]|[Ll][Ii][Nn][Uu][Xx]_[Ii][Mm][Mm][Uu][Tt][Aa][Bb][Ll][Ee]|[Nn][Ee][Tt]_[Bb][Ii][Nn][Dd]_[Ss][Ee][Rr][Vv][Ii][Cc][Ee]|[Nn][Ee][Tt]_[Bb][Rr][Oo][Aa][Dd][Cc][Aa][Ss][Tt]|[Nn][Ee][Tt]_[Aa][Dd][Mm][Ii][Nn]|[Nn][Ee][Tt]_[Rr][Aa][Ww]|[Ii][Pp][Cc]_[Ll][Oo][Cc][Kk]|[Ii][Pp][Cc]_[Oo][Ww][Nn][Ee][Rr]|[Ss][Yy][Ss]_[Mm][Oo][Dd][Uu][Ll][Ee]|[Ss][Yy][Ss]_[Rr][Aa][Ww][Ii][Oo]|[Ss][Yy][Ss]_[Cc][Hh][Rr][Oo][Oo][Tt]|[Ss][Yy][Ss]_[Pp][Tt][Rr][Aa][Cc][Ee]|[Ss][Yy][Ss]_[Pp][Aa][Cc][Cc][Tt]|[Ss][Yy][Ss]_[Aa][Dd][Mm][Ii][Nn]|[Ss][Yy][Ss]_[Bb][Oo][Oo][Tt]|[Ss][Yy][Ss]_[Nn][Ii][Cc][Ee]|[Ss][Yy][Ss]_[Rr][Ee][Ss][Oo][Uu][Rr][Cc][Ee]|[Ss][Yy][Ss]_[Tt][Ii][Mm][Ee]|[Ss][Yy][Ss]_[Tt][Tt][Yy]_[Cc][Oo][Nn][Ff][Ii][Gg]|[Mm][Kk][Nn][Oo][Dd]|[Ll][Ee][Aa][Ss][Ee]|[Aa][Uu][Dd][Ii][Tt]_[Ww][Rr][Ii][Tt][Ee]|[Aa][Uu][Dd][Ii][Tt]_[Cc][Oo][Nn][Tt][Rr][Oo][Ll]|[Ss][Ee][Tt][Ff][Cc][Aa][Pp]|[Mm][Aa][Cc]_[Oo][Vv][Ee][Rr][Rr][Ii][Dd][Ee]|[Mm][Aa][Cc]_[Aa][Dd][Mm][Ii][Nn]|[Ss][Yy][Ss][Ll][Oo][Gg]|[Ww][Aa][Kk][Ee]_[Aa][Ll][Aa][Rr][Mm]|[Bb][Ll][Oo][Cc][Kk]_[Ss][Uu][Ss][Pp][Ee][Nn][Dd]|[Aa][Uu][Dd][Ii][Tt]_[Rr][Ee][Aa][Dd]|[Pp][Ee][Rr][Ff][Mm][Oo][Nn]|[Bb][Pp][Ff]|[Cc][Hh][Ee][Cc][Kk][Pp][Oo][Ii][Nn][Tt]_[Rr][Ee][Ss][Tt][Oo][Rr][Ee]))$",parentSchema:schema17,data:data29};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/cap_drop/" + i5,schemaPath:"#/definitions/capability/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.type,parentSchema:schema17,data:data29};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
else {
const err61 = {instancePath:instancePath+"/cap_drop",schemaPath:"#/properties/cap_drop/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.cap_drop.type,parentSchema:schema11.properties.cap_drop,data:data28};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data.volumes !== undefined){
let data30 = data.volumes;
if(Array.isArray(data30)){
const len6 = data30.length;
for(let i6=0; i6<len6; i6++){
let data31 = data30[i6];
const _errs94 = errors;
let valid31 = false;
let passing4 = null;
const _errs95 = errors;
if(typeof data31 === "string"){
if(!pattern10.test(data31)){
const err62 = {instancePath:instancePath+"/volumes/" + i6,schemaPath:"#/definitions/volume/pattern",keyword:"pattern",params:{pattern: "^(?:/[^:]*|(?!(?:/var/lib/docker[^:]*|/(?:v(?:a(?:r(?:/(?:l(?:i(?:b(?:/(?:d(?:o(?:c(?:k(?:e)?)?)?)?)?)?)?)?)?)?)?)?)?/*):)[/.][^:]*:/[^:]*(?::(?:(?:ro|rw|z|Z|nocopy)|(?:private|rprivate|shared|rshared|slave|rslave))(?:,(?:(?:ro|rw|z|Z|nocopy)|(?:private|rprivate|shared|rshared|slave|rslave)))*)?|(?:/var/lib/docker[^:]*|/(?:v(?:a(?:r(?:/(?:l(?:i(?:b(?:/(?:d(?:o(?:c(?:k(?:e)?)?)?)?)?)?)?)?)?)?)?)?)?/*):/[^:]*(?::(?!(?:[^,]*,)*(?:private|rprivate|shared|slave)(?:,(?:ro|rw|z|Z|nocopy))*$)(?:(?:ro|rw|z|Z|nocopy)|(?:private|rprivate|shared|rshared|slave|rslave))(?:,(?:(?:ro|rw|z|Z|nocopy)|(?:private|rprivate|shared|rshared|slave|rslave)))*)?|[a-zA-Z0-9][a-zA-Z0-9_.-]*:/[^:]*(?::(?:ro|rw|z|Z|nocopy)(?:,(?:ro|rw|z|Z|nocopy))*)?)$"},message:"must match pattern \""+"^(?:/[^:]*|(?!(?:/var/lib/docker[^:]*|/(?:v(?:a(?:r(?:/(?:l(?:i(?:b(?:/(?:d(?:o(?:c(?:k(?:e)?)?)?)?)?)?)?)?)?)?)?)?)?/*):)[/.][^:]*:/[^:]*(?::(?:(?:ro|rw|z|Z|nocopy)|(?:private|rprivate|shared|rshared|slave|rslave))(?:,(?:(?:ro|rw|z|Z|nocopy)|(?:private|rprivate|shared|rshared|slave|rslave)))*)?|(?:/var/lib/docker[^:]*|/(?:v(?:a(?:r(?:/(?:l(?:i(?:b(?:/(?:d(?:o(?:c(?:k(?:e)?)?)?)?)?)?)?)?)?)?)?)?)?/*):/[^:]*(?::(?!(?:[^,]*,)*(?:private|rprivate|shared|slave)(?:,(?:ro|rw|z|Z|nocopy))*$)(?:(?:ro|rw|z|Z|nocopy)|(?:private|rprivate|shared|rshared|slave|rslave))(?:,(?:(?:ro|rw|z|Z|nocopy)|(?:private|rprivate|shared|rshared|slave|rslave)))*)?|[a-zA-Z0-9][a-zA-Z0-9_.-]*:/[^:]*(?::(?:ro|rw|z|Z|nocopy)(?:,(?:ro|rw|z|Z|nocopy))*)?)$"+"\"",schema:"^(?:/[^:]*|(?!(?:/var/lib/docker[^:]*|/(?:v(?:a(?:r(?:/(?:l(?:i(?:b(?:/(?:d(?:o(?:c(?:k(?:e)?)?)?)?)?)?)?)?)?)?)?)?)?/*):)[/.][^:]*:/[^:]*(?::(?:(?:ro|rw|z|Z|nocopy)|(?:private|rprivate|shared|rshared|slave|rslave))(?:,(?:(?:ro|rw|z|Z|nocopy)|(?:private|rprivate|shared|rshared|slave|rslave)))*)?|(?:/var/lib/docker[^:]*|/(?:v(?:a(?:r(?:/(?:l(?:i(?:b(?:/(?:d(?:o(?:c(?:k(?:e)?)?)?)?)?)?)?)?)?)?)?)?)?/*):/[^:]*(?::(?!(?:[^,]*,)*(?:private|rprivate|shared|slave)(?:,(?:ro|rw|z|Z|nocopy))*$)(?:(?:ro|rw|z|Z|nocopy)|(?:private|rprivate|shared|rshared|slave|rslave))(?:,(?:(?:ro|rw|z|Z|nocopy)|(?:private|rprivate|shared|rshared|slave|rslave)))*)?|[a-zA-Z0-9][a-zA-Z0-9_.-]*:/[^:]*(?::(?:ro|rw|z|Z|nocopy)(?:,(?:ro|rw|z|Z|nocopy))*)?)$",parentSchema:schema19,data:data31};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
else {
const err63 = {instancePath:instancePath+"/volumes/" + i6,schemaPath:"#/definitions/volume/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data:data31};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
var _valid5 = _errs95 === errors;
if(_valid5){
valid31 = true;
passing4 = 0;
}
const _errs98 = errors;
if(!(validate14(data31, {instancePath:instancePath+"/volumes/" + i6,parentData:data30,parentDataProperty:i6,rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
var _valid5 = _errs98 === errors;
if(_valid5 && valid31){
valid31 = false;
passing4 = [passing4, 1];
}
else {
if(_valid5){
valid31 = true;
passing4 = 1;
}
}
if(!valid31){
const err64 = {instancePath:instancePath+"/volumes/" + i6,schemaPath:"#/properties/volumes/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing4},message:"must match exactly one schema in oneOf",schema:schema11.properties.volumes.items.oneOf,parentSchema:schema11.properties.volumes.items,data:data31};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
else {
errors = _errs94;
if(vErrors !== null){
if(_errs94){
vErrors.length = _errs94;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err65 = {instancePath:instancePath+"/volumes",schemaPath:"#/properties/volumes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.volumes.type,parentSchema:schema11.properties.volumes,data:data30};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data.tmpfs !== undefined){
let data32 = data.tmpfs;
const _errs100 = errors;
let valid33 = false;
let passing5 = null;
const _errs101 = errors;
if(typeof data32 === "string"){
if(!pattern20.test(data32)){
const err66 = {instancePath:instancePath+"/tmpfs",schemaPath:"#/definitions/tmpfsMount/pattern",keyword:"pattern",params:{pattern: "^/[^:]*(?::(?:(?:(?:defaults|private|rprivate|shared|rshared|slave|rslave|unbindable|runbindable|bind|rbind|ro|rw|exec|noexec|suid|nosuid|dev|nodev|sync|async|atime|noatime|diratime|nodiratime|relatime|norelatime|strictatime|nostrictatime|mand|nomand)|(?:size|mode|uid|gid|nr_inodes|nr_blocks|mpol)=[^,]*)(?:,(?:(?:defaults|private|rprivate|shared|rshared|slave|rslave|unbindable|runbindable|bind|rbind|ro|rw|exec|noexec|suid|nosuid|dev|nodev|sync|async|atime|noatime|diratime|nodiratime|relatime|norelatime|strictatime|nostrictatime|mand|nomand)|(?:size|mode|uid|gid|nr_inodes|nr_blocks|mpol)=[^,]*))*)?)?$"},message:"must match pattern \""+"^/[^:]*(?::(?:(?:(?:defaults|private|rprivate|shared|rshared|slave|rslave|unbindable|runbindable|bind|rbind|ro|rw|exec|noexec|suid|nosuid|dev|nodev|sync|async|atime|noatime|diratime|nodiratime|relatime|norelatime|strictatime|nostrictatime|mand|nomand)|(?:size|mode|uid|gid|nr_inodes|nr_blocks|mpol)=[^,]*)(?:,(?:(?:defaults|private|rprivate|shared|rshared|slave|rslave|unbindable|runbindable|bind|rbind|ro|rw|exec|noexec|suid|nosuid|dev|nodev|sync|async|atime|noatime|diratime|nodiratime|relatime|norelatime|strictatime|nostrictatime|mand|nomand)|(?:size|mode|uid|gid|nr_inodes|nr_blocks|mpol)=[^,]*))*)?)?$"+"\"",schema:"^/[^:]*(?::(?:(?:(?:defaults|private|rprivate|shared|rshared|slave|rslave|unbindable|runbindable|bind|rbind|ro|rw|exec|noexec|suid|nosuid|dev|nodev|sync|async|atime|noatime|diratime|nodiratime|relatime|norelatime|strictatime|nostrictatime|mand|nomand)|(?:size|mode|uid|gid|nr_inodes|nr_blocks|mpol)=[^,]*)(?:,(?:(?:defaults|private|rprivate|shared|rshared|slave|rslave|unbindable|runbindable|bind|rbind|ro|rw|exec|noexec|suid|nosuid|dev|nodev|sync|async|atime|noatime|diratime|nodiratime|relatime|norelatime|strictatime|nostrictatime|mand|nomand)|(?:size|mode|uid|gid|nr_inodes|nr_blocks|mpol)=[^,]*))*)?)?$",parentSchema:schema22,data:data32};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
else {
const err67 = {instancePath:instancePath+"/tmpfs",schemaPath:"#/definitions/tmpfsMount/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.type,parentSchema:schema22,data:data32};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
var _valid6 = _errs101 === errors;
if(_valid6){
valid33 = true;
passing5 = 0;
}
const _errs104 = errors;
if(Array.isArray(data32)){
const len7 = data32.length;
for(let i7=0; i7<len7; i7++){
let data33 = data32[i7];
if(typeof data33 === "string"){
if(!pattern20.test(data33)){
const err68 = {instancePath:instancePath+"/tmpfs/" + i7,schemaPath:"#/definitions/tmpfsMount/pattern",keyword:"pattern",params:{pattern: "^/[^:]*(?::(?:(?:(?:defaults|private|rprivate|shared|rshared|slave|rslave|unbindable|runbindable|bind|rbind|ro|rw|exec|noexec|suid|nosuid|dev|nodev|sync|async|atime|noatime|diratime|nodiratime|relatime|norelatime|strictatime|nostrictatime|mand|nomand)|(?:size|mode|uid|gid|nr_inodes|nr_blocks|mpol)=[^,]*)(?:,(?:(?:defaults|private|rprivate|shared|rshared|slave|rslave|unbindable|runbindable|bind|rbind|ro|rw|exec|noexec|suid|nosuid|dev|nodev|sync|async|atime|noatime|diratime|nodiratime|relatime|norelatime|strictatime|nostrictatime|mand|nomand)|(?:size|mode|uid|gid|nr_inodes|nr_blocks|mpol)=[^,]*))*)?)?$"},message:"must match pattern \""+"^/[^:]*(?::(?:(?:(?:defaults|private|rprivate|shared|rshared|slave|rslave|unbindable|runbindable|bind|rbind|ro|rw|exec|noexec|suid|nosuid|dev|nodev|sync|async|atime|noatime|diratime|nodiratime|relatime|norelatime|strictatime|nostrictatime|mand|nomand)|(?:size|mode|uid|gid|nr_inodes|nr_blocks|mpol)=[^,]*)(?:,(?:(?:defaults|private|rprivate|shared|rshared|slave|rslave|unbindable|runbindable|bind|rbind|ro|rw|exec|noexec|suid|nosuid|dev|nodev|sync|async|atime|noatime|diratime|nodiratime|relatime|norelatime|strictatime|nostrictatime|mand|nomand)|(?:size|mode|uid|gid|nr_inodes|nr_blocks|mpol)=[^,]*))*)?)?$"+"\"",schema:"^/[^:]*(?::(?:(?:(?:defaults|private|rprivate|shared|rshared|slave|rslave|unbindable|runbindable|bind|rbind|ro|rw|exec|noexec|suid|nosuid|dev|nodev|sync|async|atime|noatime|diratime|nodiratime|relatime|norelatime|strictatime|nostrictatime|mand|nomand)|(?:size|mode|uid|gid|nr_inodes|nr_blocks|mpol)=[^,]*)(?:,(?:(?:defaults|private|rprivate|shared|rshared|slave|rslave|unbindable|runbindable|bind|rbind|ro|rw|exec|noexec|suid|nosuid|dev|nodev|sync|async|atime|noatime|diratime|nodiratime|relatime|norelatime|strictatime|nostrictatime|mand|nomand)|(?:size|mode|uid|gid|nr_inodes|nr_blocks|mpol)=[^,]*))*)?)?$",parentSchema:schema22,data:data33};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
else {
const err69 = {instancePath:instancePath+"/tmpfs/" + i7,schemaPath:"#/definitions/tmpfsMount/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.type,parentSchema:schema22,data:data33};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
else {
const err70 = {instancePath:instancePath+"/tmpfs",schemaPath:"#/properties/tmpfs/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.tmpfs.oneOf[1].type,parentSchema:schema11.properties.tmpfs.oneOf[1],data:data32};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
var _valid6 = _errs104 === errors;
if(_valid6 && valid33){
valid33 = false;
passing5 = [passing5, 1];
}
else {
if(_valid6){
valid33 = true;
passing5 = 1;
}
}
if(!valid33){
const err71 = {instancePath:instancePath+"/tmpfs",schemaPath:"#/properties/tmpfs/oneOf",keyword:"oneOf",params:{passingSchemas: passing5},message:"must match exactly one schema in oneOf",schema:schema11.properties.tmpfs.oneOf,parentSchema:schema11.properties.tmpfs,data:data32};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
else {
errors = _errs100;
if(vErrors !== null){
if(_errs100){
vErrors.length = _errs100;
}
else {
vErrors = null;
}
}
}
}
if(data.labels !== undefined){
let data34 = data.labels;
const _errs110 = errors;
let valid38 = false;
let passing6 = null;
const _errs111 = errors;
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
for(const key5 in data34){
const _errs113 = errors;
if(typeof key5 === "string"){
if(func3(key5) < 1){
const err72 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/oneOf/0/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.labels.oneOf[0].propertyNames,data:key5,propertyName:key5};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
var valid39 = _errs113 === errors;
if(!valid39){
const err73 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/oneOf/0/propertyNames",keyword:"propertyNames",params:{propertyName: key5},message:"property name must be valid",schema:schema11.properties.labels.oneOf[0].propertyNames,parentSchema:schema11.properties.labels.oneOf[0],data:data34};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
for(const key6 in data34){
let data35 = data34[key6];
if(typeof data35 !== "string"){
const err74 = {instancePath:instancePath+"/labels/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/labels/oneOf/0/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.labels.oneOf[0].additionalProperties.type,parentSchema:schema11.properties.labels.oneOf[0].additionalProperties,data:data35};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
}
else {
const err75 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.labels.oneOf[0].type,parentSchema:schema11.properties.labels.oneOf[0],data:data34};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
var _valid7 = _errs111 === errors;
if(_valid7){
valid38 = true;
passing6 = 0;
}
const _errs117 = errors;
if(Array.isArray(data34)){
const len8 = data34.length;
for(let i8=0; i8<len8; i8++){
let data36 = data34[i8];
if(typeof data36 === "string"){
if(!pattern22.test(data36)){
const err76 = {instancePath:instancePath+"/labels/" + i8,schemaPath:"#/definitions/keyValueList/items/pattern",keyword:"pattern",params:{pattern: "^[^=]+="},message:"must match pattern \""+"^[^=]+="+"\"",schema:"^[^=]+=",parentSchema:schema24.items,data:data36};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
else {
const err77 = {instancePath:instancePath+"/labels/" + i8,schemaPath:"#/definitions/keyValueList/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.items.type,parentSchema:schema24.items,data:data36};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
}
else {
const err78 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/keyValueList/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema24.type,parentSchema:schema24,data:data34};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
var _valid7 = _errs117 === errors;
if(_valid7 && valid38){
valid38 = false;
passing6 = [passing6, 1];
}
else {
if(_valid7){
valid38 = true;
passing6 = 1;
}
}
if(!valid38){
const err79 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/oneOf",keyword:"oneOf",params:{passingSchemas: passing6},message:"must match exactly one schema in oneOf",schema:schema11.properties.labels.oneOf,parentSchema:schema11.properties.labels,data:data34};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
else {
errors = _errs110;
if(vErrors !== null){
if(_errs110){
vErrors.length = _errs110;
}
else {
vErrors = null;
}
}
}
}
if(data.patches !== undefined){
let data37 = data.patches;
if(Array.isArray(data37)){
const len9 = data37.length;
for(let i9=0; i9<len9; i9++){
if(!(validate16(data37[i9], {instancePath:instancePath+"/patches/" + i9,parentData:data37,parentDataProperty:i9,rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
}
}
else {
const err80 = {instancePath:instancePath+"/patches",schemaPath:"#/properties/patches/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.patches.type,parentSchema:schema11.properties.patches,data:data37};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data.group_add !== undefined){
let data39 = data.group_add;
if(Array.isArray(data39)){
const len10 = data39.length;
for(let i10=0; i10<len10; i10++){
let data40 = data39[i10];
if((typeof data40 !== "string") && (!(((typeof data40 == "number") && (!(data40 % 1) && !isNaN(data40))) && (isFinite(data40))))){
const err81 = {instancePath:instancePath+"/group_add/" + i10,schemaPath:"#/properties/group_add/items/type",keyword:"type",params:{type: schema11.properties.group_add.items.type},message:"must be string,integer",schema:schema11.properties.group_add.items.type,parentSchema:schema11.properties.group_add.items,data:data40};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
else {
const err82 = {instancePath:instancePath+"/group_add",schemaPath:"#/properties/group_add/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.group_add.type,parentSchema:schema11.properties.group_add,data:data39};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data.security_opt !== undefined){
let data41 = data.security_opt;
if(Array.isArray(data41)){
const len11 = data41.length;
for(let i11=0; i11<len11; i11++){
let data42 = data41[i11];
if(typeof data42 === "string"){
if(!pattern25.test(data42)){
const err83 = {instancePath:instancePath+"/security_opt/" + i11,schemaPath:"#/definitions/securityOption/pattern",keyword:"pattern",params:{pattern: "^(?:no-new-privileges|disable|systempaths=unconfined|(?:label|apparmor)(?:=[\\s\\S]*|:[^=]*)|no-new-privileges[=:](?:1|t|T|TRUE|true|True|0|f|F|FALSE|false|False)|seccomp(?:=[\\s\\S]+|:[^=]+))$"},message:"must match pattern \""+"^(?:no-new-privileges|disable|systempaths=unconfined|(?:label|apparmor)(?:=[\\s\\S]*|:[^=]*)|no-new-privileges[=:](?:1|t|T|TRUE|true|True|0|f|F|FALSE|false|False)|seccomp(?:=[\\s\\S]+|:[^=]+))$"+"\"",schema:"^(?:no-new-privileges|disable|systempaths=unconfined|(?:label|apparmor)(?:=[\\s\\S]*|:[^=]*)|no-new-privileges[=:](?:1|t|T|TRUE|true|True|0|f|F|FALSE|false|False)|seccomp(?:=[\\s\\S]+|:[^=]+))$",parentSchema:schema28,data:data42};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
else {
const err84 = {instancePath:instancePath+"/security_opt/" + i11,schemaPath:"#/definitions/securityOption/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.type,parentSchema:schema28,data:data42};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
else {
const err85 = {instancePath:instancePath+"/security_opt",schemaPath:"#/properties/security_opt/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.security_opt.type,parentSchema:schema11.properties.security_opt,data:data41};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data.devices !== undefined){
let data43 = data.devices;
if(Array.isArray(data43)){
const len12 = data43.length;
for(let i12=0; i12<len12; i12++){
let data44 = data43[i12];
if(typeof data44 === "string"){
if(!pattern26.test(data44)){
const err86 = {instancePath:instancePath+"/devices/" + i12,schemaPath:"#/definitions/device/pattern",keyword:"pattern",params:{pattern: "^/[^:]*(?::(?:(?:r|w|m|rw|rm|wr|wm|mr|mw|rwm|rmw|wrm|wmr|mrw|mwr)|/[^:]*)|:/[^:]*:(?:r|w|m|rw|rm|wr|wm|mr|mw|rwm|rmw|wrm|wmr|mrw|mwr))?$"},message:"must match pattern \""+"^/[^:]*(?::(?:(?:r|w|m|rw|rm|wr|wm|mr|mw|rwm|rmw|wrm|wmr|mrw|mwr)|/[^:]*)|:/[^:]*:(?:r|w|m|rw|rm|wr|wm|mr|mw|rwm|rmw|wrm|wmr|mrw|mwr))?$"+"\"",schema:"^/[^:]*(?::(?:(?:r|w|m|rw|rm|wr|wm|mr|mw|rwm|rmw|wrm|wmr|mrw|mwr)|/[^:]*)|:/[^:]*:(?:r|w|m|rw|rm|wr|wm|mr|mw|rwm|rmw|wrm|wmr|mrw|mwr))?$",parentSchema:schema29,data:data44};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
else {
const err87 = {instancePath:instancePath+"/devices/" + i12,schemaPath:"#/definitions/device/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.type,parentSchema:schema29,data:data44};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
else {
const err88 = {instancePath:instancePath+"/devices",schemaPath:"#/properties/devices/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.devices.type,parentSchema:schema11.properties.devices,data:data43};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data.device_cgroup_rules !== undefined){
let data45 = data.device_cgroup_rules;
if(Array.isArray(data45)){
const len13 = data45.length;
for(let i13=0; i13<len13; i13++){
let data46 = data45[i13];
if(typeof data46 === "string"){
if(!pattern27.test(data46)){
const err89 = {instancePath:instancePath+"/device_cgroup_rules/" + i13,schemaPath:"#/definitions/deviceCgroupRule/pattern",keyword:"pattern",params:{pattern: "^[acb] (?:[0-9]+|\\*):(?:[0-9]+|\\*) [rwm]{1,3}$"},message:"must match pattern \""+"^[acb] (?:[0-9]+|\\*):(?:[0-9]+|\\*) [rwm]{1,3}$"+"\"",schema:"^[acb] (?:[0-9]+|\\*):(?:[0-9]+|\\*) [rwm]{1,3}$",parentSchema:schema30,data:data46};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
else {
const err90 = {instancePath:instancePath+"/device_cgroup_rules/" + i13,schemaPath:"#/definitions/deviceCgroupRule/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data46};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
}
else {
const err91 = {instancePath:instancePath+"/device_cgroup_rules",schemaPath:"#/properties/device_cgroup_rules/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.device_cgroup_rules.type,parentSchema:schema11.properties.device_cgroup_rules,data:data45};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data.ulimits !== undefined){
let data47 = data.ulimits;
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
for(const key7 in data47){
if(!(func2.call(schema11.properties.ulimits.properties, key7))){
const err92 = {instancePath:instancePath+"/ulimits",schemaPath:"#/properties/ulimits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.ulimits,data:data47};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data47.core !== undefined){
let data48 = data47.core;
const _errs149 = errors;
let valid59 = false;
let passing7 = null;
const _errs150 = errors;
if(!(((typeof data48 == "number") && (!(data48 % 1) && !isNaN(data48))) && (isFinite(data48)))){
const err93 = {instancePath:instancePath+"/ulimits/core",schemaPath:"#/definitions/ulimit/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.oneOf[0].type,parentSchema:schema31.oneOf[0],data:data48};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if((typeof data48 == "number") && (isFinite(data48))){
if(data48 < -1 || isNaN(data48)){
const err94 = {instancePath:instancePath+"/ulimits/core",schemaPath:"#/definitions/ulimit/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema31.oneOf[0],data:data48};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
var _valid8 = _errs150 === errors;
if(_valid8){
valid59 = true;
passing7 = 0;
}
const _errs152 = errors;
const _errs155 = errors;
let valid61 = true;
const _errs156 = errors;
if(errors === _errs156){
if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
let missing2;
if((data48.soft === undefined) && (missing2 = "soft")){
const err95 = {};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
else {
if(data48.soft !== undefined){
if(-1 !== data48.soft){
const err96 = {};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
}
}
else {
const err97 = {};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
var _valid9 = _errs156 === errors;
errors = _errs155;
if(vErrors !== null){
if(_errs155){
vErrors.length = _errs155;
}
else {
vErrors = null;
}
}
if(_valid9){
const _errs159 = errors;
if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
if(data48.hard !== undefined){
let data50 = data48.hard;
if(-1 !== data50){
const err98 = {instancePath:instancePath+"/ulimits/core/hard",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/0/then/properties/hard/const",keyword:"const",params:{allowedValue: -1},message:"must be equal to constant",schema:-1,parentSchema:schema31.oneOf[1].allOf[0].then.properties.hard,data:data50};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
}
else {
const err99 = {instancePath:instancePath+"/ulimits/core",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/0/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.oneOf[1].allOf[0].then.type,parentSchema:schema31.oneOf[1].allOf[0].then,data:data48};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
var _valid9 = _errs159 === errors;
valid61 = _valid9;
}
if(!valid61){
const err100 = {instancePath:instancePath+"/ulimits/core",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.oneOf[1].allOf[0].if,parentSchema:schema31.oneOf[1].allOf[0],data:data48};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
const _errs163 = errors;
let valid64 = true;
const _errs164 = errors;
if(errors === _errs164){
if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
let missing3;
if((data48.hard === undefined) && (missing3 = "hard")){
const err101 = {};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
else {
if(data48.hard !== undefined){
if(-1 !== data48.hard){
const err102 = {};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
}
}
else {
const err103 = {};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
var _valid10 = _errs164 === errors;
errors = _errs163;
if(vErrors !== null){
if(_errs163){
vErrors.length = _errs163;
}
else {
vErrors = null;
}
}
if(_valid10){
const _errs167 = errors;
if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
if(data48.soft !== undefined){
let data52 = data48.soft;
if(-1 !== data52){
const err104 = {instancePath:instancePath+"/ulimits/core/soft",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/1/then/properties/soft/const",keyword:"const",params:{allowedValue: -1},message:"must be equal to constant",schema:-1,parentSchema:schema31.oneOf[1].allOf[1].then.properties.soft,data:data52};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
}
else {
const err105 = {instancePath:instancePath+"/ulimits/core",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/1/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.oneOf[1].allOf[1].then.type,parentSchema:schema31.oneOf[1].allOf[1].then,data:data48};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
var _valid10 = _errs167 === errors;
valid64 = _valid10;
}
if(!valid64){
const err106 = {instancePath:instancePath+"/ulimits/core",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.oneOf[1].allOf[1].if,parentSchema:schema31.oneOf[1].allOf[1],data:data48};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
if(data48.soft === undefined){
const err107 = {instancePath:instancePath+"/ulimits/core",schemaPath:"#/definitions/ulimit/oneOf/1/required",keyword:"required",params:{missingProperty: "soft"},message:"must have required property '"+"soft"+"'",schema:schema31.oneOf[1].required,parentSchema:schema31.oneOf[1],data:data48};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
if(data48.hard === undefined){
const err108 = {instancePath:instancePath+"/ulimits/core",schemaPath:"#/definitions/ulimit/oneOf/1/required",keyword:"required",params:{missingProperty: "hard"},message:"must have required property '"+"hard"+"'",schema:schema31.oneOf[1].required,parentSchema:schema31.oneOf[1],data:data48};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
for(const key8 in data48){
if(!(((key8 === "soft") || (key8 === "hard")) || (pattern0.test(key8)))){
const err109 = {instancePath:instancePath+"/ulimits/core",schemaPath:"#/definitions/ulimit/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema31.oneOf[1],data:data48};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data48.soft !== undefined){
let data53 = data48.soft;
if(!(((typeof data53 == "number") && (!(data53 % 1) && !isNaN(data53))) && (isFinite(data53)))){
const err110 = {instancePath:instancePath+"/ulimits/core/soft",schemaPath:"#/definitions/ulimit/oneOf/1/properties/soft/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.oneOf[1].properties.soft.type,parentSchema:schema31.oneOf[1].properties.soft,data:data53};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
if((typeof data53 == "number") && (isFinite(data53))){
if(data53 < -1 || isNaN(data53)){
const err111 = {instancePath:instancePath+"/ulimits/core/soft",schemaPath:"#/definitions/ulimit/oneOf/1/properties/soft/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema31.oneOf[1].properties.soft,data:data53};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
}
if(data48.hard !== undefined){
let data54 = data48.hard;
if(!(((typeof data54 == "number") && (!(data54 % 1) && !isNaN(data54))) && (isFinite(data54)))){
const err112 = {instancePath:instancePath+"/ulimits/core/hard",schemaPath:"#/definitions/ulimit/oneOf/1/properties/hard/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.oneOf[1].properties.hard.type,parentSchema:schema31.oneOf[1].properties.hard,data:data54};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
if((typeof data54 == "number") && (isFinite(data54))){
if(data54 < -1 || isNaN(data54)){
const err113 = {instancePath:instancePath+"/ulimits/core/hard",schemaPath:"#/definitions/ulimit/oneOf/1/properties/hard/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema31.oneOf[1].properties.hard,data:data54};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
}
}
else {
const err114 = {instancePath:instancePath+"/ulimits/core",schemaPath:"#/definitions/ulimit/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.oneOf[1].type,parentSchema:schema31.oneOf[1],data:data48};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
var _valid8 = _errs152 === errors;
if(_valid8 && valid59){
valid59 = false;
passing7 = [passing7, 1];
}
else {
if(_valid8){
valid59 = true;
passing7 = 1;
}
}
if(!valid59){
const err115 = {instancePath:instancePath+"/ulimits/core",schemaPath:"#/definitions/ulimit/oneOf",keyword:"oneOf",params:{passingSchemas: passing7},message:"must match exactly one schema in oneOf",schema:schema31.oneOf,parentSchema:schema31,data:data48};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
else {
errors = _errs149;
if(vErrors !== null){
if(_errs149){
vErrors.length = _errs149;
}
else {
vErrors = null;
}
}
}
}
if(data47.cpu !== undefined){
let data55 = data47.cpu;
const _errs177 = errors;
let valid69 = false;
let passing8 = null;
const _errs178 = errors;
if(!(((typeof data55 == "number") && (!(data55 % 1) && !isNaN(data55))) && (isFinite(data55)))){
const err116 = {instancePath:instancePath+"/ulimits/cpu",schemaPath:"#/definitions/ulimit/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.oneOf[0].type,parentSchema:schema31.oneOf[0],data:data55};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
if((typeof data55 == "number") && (isFinite(data55))){
if(data55 < -1 || isNaN(data55)){
const err117 = {instancePath:instancePath+"/ulimits/cpu",schemaPath:"#/definitions/ulimit/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema31.oneOf[0],data:data55};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
var _valid11 = _errs178 === errors;
if(_valid11){
valid69 = true;
passing8 = 0;
}
const _errs180 = errors;
const _errs183 = errors;
let valid71 = true;
const _errs184 = errors;
if(errors === _errs184){
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
let missing4;
if((data55.soft === undefined) && (missing4 = "soft")){
const err118 = {};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
else {
if(data55.soft !== undefined){
if(-1 !== data55.soft){
const err119 = {};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
}
}
else {
const err120 = {};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
var _valid12 = _errs184 === errors;
errors = _errs183;
if(vErrors !== null){
if(_errs183){
vErrors.length = _errs183;
}
else {
vErrors = null;
}
}
if(_valid12){
const _errs187 = errors;
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
if(data55.hard !== undefined){
let data57 = data55.hard;
if(-1 !== data57){
const err121 = {instancePath:instancePath+"/ulimits/cpu/hard",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/0/then/properties/hard/const",keyword:"const",params:{allowedValue: -1},message:"must be equal to constant",schema:-1,parentSchema:schema31.oneOf[1].allOf[0].then.properties.hard,data:data57};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
}
else {
const err122 = {instancePath:instancePath+"/ulimits/cpu",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/0/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.oneOf[1].allOf[0].then.type,parentSchema:schema31.oneOf[1].allOf[0].then,data:data55};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
var _valid12 = _errs187 === errors;
valid71 = _valid12;
}
if(!valid71){
const err123 = {instancePath:instancePath+"/ulimits/cpu",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.oneOf[1].allOf[0].if,parentSchema:schema31.oneOf[1].allOf[0],data:data55};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
const _errs191 = errors;
let valid74 = true;
const _errs192 = errors;
if(errors === _errs192){
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
let missing5;
if((data55.hard === undefined) && (missing5 = "hard")){
const err124 = {};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
else {
if(data55.hard !== undefined){
if(-1 !== data55.hard){
const err125 = {};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
}
}
else {
const err126 = {};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
var _valid13 = _errs192 === errors;
errors = _errs191;
if(vErrors !== null){
if(_errs191){
vErrors.length = _errs191;
}
else {
vErrors = null;
}
}
if(_valid13){
const _errs195 = errors;
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
if(data55.soft !== undefined){
let data59 = data55.soft;
if(-1 !== data59){
const err127 = {instancePath:instancePath+"/ulimits/cpu/soft",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/1/then/properties/soft/const",keyword:"const",params:{allowedValue: -1},message:"must be equal to constant",schema:-1,parentSchema:schema31.oneOf[1].allOf[1].then.properties.soft,data:data59};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
}
else {
const err128 = {instancePath:instancePath+"/ulimits/cpu",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/1/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.oneOf[1].allOf[1].then.type,parentSchema:schema31.oneOf[1].allOf[1].then,data:data55};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
var _valid13 = _errs195 === errors;
valid74 = _valid13;
}
if(!valid74){
const err129 = {instancePath:instancePath+"/ulimits/cpu",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.oneOf[1].allOf[1].if,parentSchema:schema31.oneOf[1].allOf[1],data:data55};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
if(data55.soft === undefined){
const err130 = {instancePath:instancePath+"/ulimits/cpu",schemaPath:"#/definitions/ulimit/oneOf/1/required",keyword:"required",params:{missingProperty: "soft"},message:"must have required property '"+"soft"+"'",schema:schema31.oneOf[1].required,parentSchema:schema31.oneOf[1],data:data55};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
if(data55.hard === undefined){
const err131 = {instancePath:instancePath+"/ulimits/cpu",schemaPath:"#/definitions/ulimit/oneOf/1/required",keyword:"required",params:{missingProperty: "hard"},message:"must have required property '"+"hard"+"'",schema:schema31.oneOf[1].required,parentSchema:schema31.oneOf[1],data:data55};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
for(const key9 in data55){
if(!(((key9 === "soft") || (key9 === "hard")) || (pattern0.test(key9)))){
const err132 = {instancePath:instancePath+"/ulimits/cpu",schemaPath:"#/definitions/ulimit/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema31.oneOf[1],data:data55};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
if(data55.soft !== undefined){
let data60 = data55.soft;
if(!(((typeof data60 == "number") && (!(data60 % 1) && !isNaN(data60))) && (isFinite(data60)))){
const err133 = {instancePath:instancePath+"/ulimits/cpu/soft",schemaPath:"#/definitions/ulimit/oneOf/1/properties/soft/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.oneOf[1].properties.soft.type,parentSchema:schema31.oneOf[1].properties.soft,data:data60};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
if((typeof data60 == "number") && (isFinite(data60))){
if(data60 < -1 || isNaN(data60)){
const err134 = {instancePath:instancePath+"/ulimits/cpu/soft",schemaPath:"#/definitions/ulimit/oneOf/1/properties/soft/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema31.oneOf[1].properties.soft,data:data60};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
}
if(data55.hard !== undefined){
let data61 = data55.hard;
if(!(((typeof data61 == "number") && (!(data61 % 1) && !isNaN(data61))) && (isFinite(data61)))){
const err135 = {instancePath:instancePath+"/ulimits/cpu/hard",schemaPath:"#/definitions/ulimit/oneOf/1/properties/hard/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.oneOf[1].properties.hard.type,parentSchema:schema31.oneOf[1].properties.hard,data:data61};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
if((typeof data61 == "number") && (isFinite(data61))){
if(data61 < -1 || isNaN(data61)){
const err136 = {instancePath:instancePath+"/ulimits/cpu/hard",schemaPath:"#/definitions/ulimit/oneOf/1/properties/hard/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema31.oneOf[1].properties.hard,data:data61};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
}
}
else {
const err137 = {instancePath:instancePath+"/ulimits/cpu",schemaPath:"#/definitions/ulimit/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.oneOf[1].type,parentSchema:schema31.oneOf[1],data:data55};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
var _valid11 = _errs180 === errors;
if(_valid11 && valid69){
valid69 = false;
passing8 = [passing8, 1];
}
else {
if(_valid11){
valid69 = true;
passing8 = 1;
}
}
if(!valid69){
const err138 = {instancePath:instancePath+"/ulimits/cpu",schemaPath:"#/definitions/ulimit/oneOf",keyword:"oneOf",params:{passingSchemas: passing8},message:"must match exactly one schema in oneOf",schema:schema31.oneOf,parentSchema:schema31,data:data55};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
else {
errors = _errs177;
if(vErrors !== null){
if(_errs177){
vErrors.length = _errs177;
}
else {
vErrors = null;
}
}
}
}
if(data47.data !== undefined){
let data62 = data47.data;
const _errs205 = errors;
let valid79 = false;
let passing9 = null;
const _errs206 = errors;
if(!(((typeof data62 == "number") && (!(data62 % 1) && !isNaN(data62))) && (isFinite(data62)))){
const err139 = {instancePath:instancePath+"/ulimits/data",schemaPath:"#/definitions/ulimit/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.oneOf[0].type,parentSchema:schema31.oneOf[0],data:data62};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
if((typeof data62 == "number") && (isFinite(data62))){
if(data62 < -1 || isNaN(data62)){
const err140 = {instancePath:instancePath+"/ulimits/data",schemaPath:"#/definitions/ulimit/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema31.oneOf[0],data:data62};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
var _valid14 = _errs206 === errors;
if(_valid14){
valid79 = true;
passing9 = 0;
}
const _errs208 = errors;
const _errs211 = errors;
let valid81 = true;
const _errs212 = errors;
if(errors === _errs212){
if(data62 && typeof data62 == "object" && !Array.isArray(data62)){
let missing6;
if((data62.soft === undefined) && (missing6 = "soft")){
const err141 = {};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
else {
if(data62.soft !== undefined){
if(-1 !== data62.soft){
const err142 = {};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
}
}
else {
const err143 = {};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
var _valid15 = _errs212 === errors;
errors = _errs211;
if(vErrors !== null){
if(_errs211){
vErrors.length = _errs211;
}
else {
vErrors = null;
}
}
if(_valid15){
const _errs215 = errors;
if(data62 && typeof data62 == "object" && !Array.isArray(data62)){
if(data62.hard !== undefined){
let data64 = data62.hard;
if(-1 !== data64){
const err144 = {instancePath:instancePath+"/ulimits/data/hard",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/0/then/properties/hard/const",keyword:"const",params:{allowedValue: -1},message:"must be equal to constant",schema:-1,parentSchema:schema31.oneOf[1].allOf[0].then.properties.hard,data:data64};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
}
else {
const err145 = {instancePath:instancePath+"/ulimits/data",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/0/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.oneOf[1].allOf[0].then.type,parentSchema:schema31.oneOf[1].allOf[0].then,data:data62};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
var _valid15 = _errs215 === errors;
valid81 = _valid15;
}
if(!valid81){
const err146 = {instancePath:instancePath+"/ulimits/data",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.oneOf[1].allOf[0].if,parentSchema:schema31.oneOf[1].allOf[0],data:data62};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
const _errs219 = errors;
let valid84 = true;
const _errs220 = errors;
if(errors === _errs220){
if(data62 && typeof data62 == "object" && !Array.isArray(data62)){
let missing7;
if((data62.hard === undefined) && (missing7 = "hard")){
const err147 = {};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
else {
if(data62.hard !== undefined){
if(-1 !== data62.hard){
const err148 = {};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
}
}
else {
const err149 = {};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
var _valid16 = _errs220 === errors;
errors = _errs219;
if(vErrors !== null){
if(_errs219){
vErrors.length = _errs219;
}
else {
vErrors = null;
}
}
if(_valid16){
const _errs223 = errors;
if(data62 && typeof data62 == "object" && !Array.isArray(data62)){
if(data62.soft !== undefined){
let data66 = data62.soft;
if(-1 !== data66){
const err150 = {instancePath:instancePath+"/ulimits/data/soft",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/1/then/properties/soft/const",keyword:"const",params:{allowedValue: -1},message:"must be equal to constant",schema:-1,parentSchema:schema31.oneOf[1].allOf[1].then.properties.soft,data:data66};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
}
else {
const err151 = {instancePath:instancePath+"/ulimits/data",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/1/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.oneOf[1].allOf[1].then.type,parentSchema:schema31.oneOf[1].allOf[1].then,data:data62};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
var _valid16 = _errs223 === errors;
valid84 = _valid16;
}
if(!valid84){
const err152 = {instancePath:instancePath+"/ulimits/data",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.oneOf[1].allOf[1].if,parentSchema:schema31.oneOf[1].allOf[1],data:data62};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
if(data62 && typeof data62 == "object" && !Array.isArray(data62)){
if(data62.soft === undefined){
const err153 = {instancePath:instancePath+"/ulimits/data",schemaPath:"#/definitions/ulimit/oneOf/1/required",keyword:"required",params:{missingProperty: "soft"},message:"must have required property '"+"soft"+"'",schema:schema31.oneOf[1].required,parentSchema:schema31.oneOf[1],data:data62};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
if(data62.hard === undefined){
const err154 = {instancePath:instancePath+"/ulimits/data",schemaPath:"#/definitions/ulimit/oneOf/1/required",keyword:"required",params:{missingProperty: "hard"},message:"must have required property '"+"hard"+"'",schema:schema31.oneOf[1].required,parentSchema:schema31.oneOf[1],data:data62};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
for(const key10 in data62){
if(!(((key10 === "soft") || (key10 === "hard")) || (pattern0.test(key10)))){
const err155 = {instancePath:instancePath+"/ulimits/data",schemaPath:"#/definitions/ulimit/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema31.oneOf[1],data:data62};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
if(data62.soft !== undefined){
let data67 = data62.soft;
if(!(((typeof data67 == "number") && (!(data67 % 1) && !isNaN(data67))) && (isFinite(data67)))){
const err156 = {instancePath:instancePath+"/ulimits/data/soft",schemaPath:"#/definitions/ulimit/oneOf/1/properties/soft/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.oneOf[1].properties.soft.type,parentSchema:schema31.oneOf[1].properties.soft,data:data67};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
if((typeof data67 == "number") && (isFinite(data67))){
if(data67 < -1 || isNaN(data67)){
const err157 = {instancePath:instancePath+"/ulimits/data/soft",schemaPath:"#/definitions/ulimit/oneOf/1/properties/soft/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema31.oneOf[1].properties.soft,data:data67};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
}
if(data62.hard !== undefined){
let data68 = data62.hard;
if(!(((typeof data68 == "number") && (!(data68 % 1) && !isNaN(data68))) && (isFinite(data68)))){
const err158 = {instancePath:instancePath+"/ulimits/data/hard",schemaPath:"#/definitions/ulimit/oneOf/1/properties/hard/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.oneOf[1].properties.hard.type,parentSchema:schema31.oneOf[1].properties.hard,data:data68};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
if((typeof data68 == "number") && (isFinite(data68))){
if(data68 < -1 || isNaN(data68)){
const err159 = {instancePath:instancePath+"/ulimits/data/hard",schemaPath:"#/definitions/ulimit/oneOf/1/properties/hard/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema31.oneOf[1].properties.hard,data:data68};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
}
}
else {
const err160 = {instancePath:instancePath+"/ulimits/data",schemaPath:"#/definitions/ulimit/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.oneOf[1].type,parentSchema:schema31.oneOf[1],data:data62};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
var _valid14 = _errs208 === errors;
if(_valid14 && valid79){
valid79 = false;
passing9 = [passing9, 1];
}
else {
if(_valid14){
valid79 = true;
passing9 = 1;
}
}
if(!valid79){
const err161 = {instancePath:instancePath+"/ulimits/data",schemaPath:"#/definitions/ulimit/oneOf",keyword:"oneOf",params:{passingSchemas: passing9},message:"must match exactly one schema in oneOf",schema:schema31.oneOf,parentSchema:schema31,data:data62};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
else {
errors = _errs205;
if(vErrors !== null){
if(_errs205){
vErrors.length = _errs205;
}
else {
vErrors = null;
}
}
}
}
if(data47.fsize !== undefined){
let data69 = data47.fsize;
const _errs233 = errors;
let valid89 = false;
let passing10 = null;
const _errs234 = errors;
if(!(((typeof data69 == "number") && (!(data69 % 1) && !isNaN(data69))) && (isFinite(data69)))){
const err162 = {instancePath:instancePath+"/ulimits/fsize",schemaPath:"#/definitions/ulimit/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.oneOf[0].type,parentSchema:schema31.oneOf[0],data:data69};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
if((typeof data69 == "number") && (isFinite(data69))){
if(data69 < -1 || isNaN(data69)){
const err163 = {instancePath:instancePath+"/ulimits/fsize",schemaPath:"#/definitions/ulimit/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema31.oneOf[0],data:data69};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
var _valid17 = _errs234 === errors;
if(_valid17){
valid89 = true;
passing10 = 0;
}
const _errs236 = errors;
const _errs239 = errors;
let valid91 = true;
const _errs240 = errors;
if(errors === _errs240){
if(data69 && typeof data69 == "object" && !Array.isArray(data69)){
let missing8;
if((data69.soft === undefined) && (missing8 = "soft")){
const err164 = {};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
else {
if(data69.soft !== undefined){
if(-1 !== data69.soft){
const err165 = {};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
}
}
else {
const err166 = {};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
var _valid18 = _errs240 === errors;
errors = _errs239;
if(vErrors !== null){
if(_errs239){
vErrors.length = _errs239;
}
else {
vErrors = null;
}
}
if(_valid18){
const _errs243 = errors;
if(data69 && typeof data69 == "object" && !Array.isArray(data69)){
if(data69.hard !== undefined){
let data71 = data69.hard;
if(-1 !== data71){
const err167 = {instancePath:instancePath+"/ulimits/fsize/hard",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/0/then/properties/hard/const",keyword:"const",params:{allowedValue: -1},message:"must be equal to constant",schema:-1,parentSchema:schema31.oneOf[1].allOf[0].then.properties.hard,data:data71};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
}
else {
const err168 = {instancePath:instancePath+"/ulimits/fsize",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/0/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.oneOf[1].allOf[0].then.type,parentSchema:schema31.oneOf[1].allOf[0].then,data:data69};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
var _valid18 = _errs243 === errors;
valid91 = _valid18;
}
if(!valid91){
const err169 = {instancePath:instancePath+"/ulimits/fsize",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.oneOf[1].allOf[0].if,parentSchema:schema31.oneOf[1].allOf[0],data:data69};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
const _errs247 = errors;
let valid94 = true;
const _errs248 = errors;
if(errors === _errs248){
if(data69 && typeof data69 == "object" && !Array.isArray(data69)){
let missing9;
if((data69.hard === undefined) && (missing9 = "hard")){
const err170 = {};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
else {
if(data69.hard !== undefined){
if(-1 !== data69.hard){
const err171 = {};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
}
}
else {
const err172 = {};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
var _valid19 = _errs248 === errors;
errors = _errs247;
if(vErrors !== null){
if(_errs247){
vErrors.length = _errs247;
}
else {
vErrors = null;
}
}
if(_valid19){
const _errs251 = errors;
if(data69 && typeof data69 == "object" && !Array.isArray(data69)){
if(data69.soft !== undefined){
let data73 = data69.soft;
if(-1 !== data73){
const err173 = {instancePath:instancePath+"/ulimits/fsize/soft",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/1/then/properties/soft/const",keyword:"const",params:{allowedValue: -1},message:"must be equal to constant",schema:-1,parentSchema:schema31.oneOf[1].allOf[1].then.properties.soft,data:data73};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
}
else {
const err174 = {instancePath:instancePath+"/ulimits/fsize",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/1/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.oneOf[1].allOf[1].then.type,parentSchema:schema31.oneOf[1].allOf[1].then,data:data69};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
var _valid19 = _errs251 === errors;
valid94 = _valid19;
}
if(!valid94){
const err175 = {instancePath:instancePath+"/ulimits/fsize",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.oneOf[1].allOf[1].if,parentSchema:schema31.oneOf[1].allOf[1],data:data69};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
if(data69 && typeof data69 == "object" && !Array.isArray(data69)){
if(data69.soft === undefined){
const err176 = {instancePath:instancePath+"/ulimits/fsize",schemaPath:"#/definitions/ulimit/oneOf/1/required",keyword:"required",params:{missingProperty: "soft"},message:"must have required property '"+"soft"+"'",schema:schema31.oneOf[1].required,parentSchema:schema31.oneOf[1],data:data69};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
if(data69.hard === undefined){
const err177 = {instancePath:instancePath+"/ulimits/fsize",schemaPath:"#/definitions/ulimit/oneOf/1/required",keyword:"required",params:{missingProperty: "hard"},message:"must have required property '"+"hard"+"'",schema:schema31.oneOf[1].required,parentSchema:schema31.oneOf[1],data:data69};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
for(const key11 in data69){
if(!(((key11 === "soft") || (key11 === "hard")) || (pattern0.test(key11)))){
const err178 = {instancePath:instancePath+"/ulimits/fsize",schemaPath:"#/definitions/ulimit/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema31.oneOf[1],data:data69};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
if(data69.soft !== undefined){
let data74 = data69.soft;
if(!(((typeof data74 == "number") && (!(data74 % 1) && !isNaN(data74))) && (isFinite(data74)))){
const err179 = {instancePath:instancePath+"/ulimits/fsize/soft",schemaPath:"#/definitions/ulimit/oneOf/1/properties/soft/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.oneOf[1].properties.soft.type,parentSchema:schema31.oneOf[1].properties.soft,data:data74};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
if((typeof data74 == "number") && (isFinite(data74))){
if(data74 < -1 || isNaN(data74)){
const err180 = {instancePath:instancePath+"/ulimits/fsize/soft",schemaPath:"#/definitions/ulimit/oneOf/1/properties/soft/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema31.oneOf[1].properties.soft,data:data74};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
}
if(data69.hard !== undefined){
let data75 = data69.hard;
if(!(((typeof data75 == "number") && (!(data75 % 1) && !isNaN(data75))) && (isFinite(data75)))){
const err181 = {instancePath:instancePath+"/ulimits/fsize/hard",schemaPath:"#/definitions/ulimit/oneOf/1/properties/hard/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.oneOf[1].properties.hard.type,parentSchema:schema31.oneOf[1].properties.hard,data:data75};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
if((typeof data75 == "number") && (isFinite(data75))){
if(data75 < -1 || isNaN(data75)){
const err182 = {instancePath:instancePath+"/ulimits/fsize/hard",schemaPath:"#/definitions/ulimit/oneOf/1/properties/hard/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema31.oneOf[1].properties.hard,data:data75};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
}
}
else {
const err183 = {instancePath:instancePath+"/ulimits/fsize",schemaPath:"#/definitions/ulimit/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.oneOf[1].type,parentSchema:schema31.oneOf[1],data:data69};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
var _valid17 = _errs236 === errors;
if(_valid17 && valid89){
valid89 = false;
passing10 = [passing10, 1];
}
else {
if(_valid17){
valid89 = true;
passing10 = 1;
}
}
if(!valid89){
const err184 = {instancePath:instancePath+"/ulimits/fsize",schemaPath:"#/definitions/ulimit/oneOf",keyword:"oneOf",params:{passingSchemas: passing10},message:"must match exactly one schema in oneOf",schema:schema31.oneOf,parentSchema:schema31,data:data69};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
else {
errors = _errs233;
if(vErrors !== null){
if(_errs233){
vErrors.length = _errs233;
}
else {
vErrors = null;
}
}
}
}
if(data47.locks !== undefined){
let data76 = data47.locks;
const _errs261 = errors;
let valid99 = false;
let passing11 = null;
const _errs262 = errors;
if(!(((typeof data76 == "number") && (!(data76 % 1) && !isNaN(data76))) && (isFinite(data76)))){
const err185 = {instancePath:instancePath+"/ulimits/locks",schemaPath:"#/definitions/ulimit/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.oneOf[0].type,parentSchema:schema31.oneOf[0],data:data76};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
if((typeof data76 == "number") && (isFinite(data76))){
if(data76 < -1 || isNaN(data76)){
const err186 = {instancePath:instancePath+"/ulimits/locks",schemaPath:"#/definitions/ulimit/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema31.oneOf[0],data:data76};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
var _valid20 = _errs262 === errors;
if(_valid20){
valid99 = true;
passing11 = 0;
}
const _errs264 = errors;
const _errs267 = errors;
let valid101 = true;
const _errs268 = errors;
if(errors === _errs268){
if(data76 && typeof data76 == "object" && !Array.isArray(data76)){
let missing10;
if((data76.soft === undefined) && (missing10 = "soft")){
const err187 = {};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
else {
if(data76.soft !== undefined){
if(-1 !== data76.soft){
const err188 = {};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
}
}
else {
const err189 = {};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
var _valid21 = _errs268 === errors;
errors = _errs267;
if(vErrors !== null){
if(_errs267){
vErrors.length = _errs267;
}
else {
vErrors = null;
}
}
if(_valid21){
const _errs271 = errors;
if(data76 && typeof data76 == "object" && !Array.isArray(data76)){
if(data76.hard !== undefined){
let data78 = data76.hard;
if(-1 !== data78){
const err190 = {instancePath:instancePath+"/ulimits/locks/hard",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/0/then/properties/hard/const",keyword:"const",params:{allowedValue: -1},message:"must be equal to constant",schema:-1,parentSchema:schema31.oneOf[1].allOf[0].then.properties.hard,data:data78};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
}
else {
const err191 = {instancePath:instancePath+"/ulimits/locks",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/0/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.oneOf[1].allOf[0].then.type,parentSchema:schema31.oneOf[1].allOf[0].then,data:data76};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
var _valid21 = _errs271 === errors;
valid101 = _valid21;
}
if(!valid101){
const err192 = {instancePath:instancePath+"/ulimits/locks",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.oneOf[1].allOf[0].if,parentSchema:schema31.oneOf[1].allOf[0],data:data76};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
const _errs275 = errors;
let valid104 = true;
const _errs276 = errors;
if(errors === _errs276){
if(data76 && typeof data76 == "object" && !Array.isArray(data76)){
let missing11;
if((data76.hard === undefined) && (missing11 = "hard")){
const err193 = {};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
else {
if(data76.hard !== undefined){
if(-1 !== data76.hard){
const err194 = {};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
}
}
}
else {
const err195 = {};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
var _valid22 = _errs276 === errors;
errors = _errs275;
if(vErrors !== null){
if(_errs275){
vErrors.length = _errs275;
}
else {
vErrors = null;
}
}
if(_valid22){
const _errs279 = errors;
if(data76 && typeof data76 == "object" && !Array.isArray(data76)){
if(data76.soft !== undefined){
let data80 = data76.soft;
if(-1 !== data80){
const err196 = {instancePath:instancePath+"/ulimits/locks/soft",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/1/then/properties/soft/const",keyword:"const",params:{allowedValue: -1},message:"must be equal to constant",schema:-1,parentSchema:schema31.oneOf[1].allOf[1].then.properties.soft,data:data80};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
}
else {
const err197 = {instancePath:instancePath+"/ulimits/locks",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/1/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.oneOf[1].allOf[1].then.type,parentSchema:schema31.oneOf[1].allOf[1].then,data:data76};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
var _valid22 = _errs279 === errors;
valid104 = _valid22;
}
if(!valid104){
const err198 = {instancePath:instancePath+"/ulimits/locks",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.oneOf[1].allOf[1].if,parentSchema:schema31.oneOf[1].allOf[1],data:data76};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
if(data76 && typeof data76 == "object" && !Array.isArray(data76)){
if(data76.soft === undefined){
const err199 = {instancePath:instancePath+"/ulimits/locks",schemaPath:"#/definitions/ulimit/oneOf/1/required",keyword:"required",params:{missingProperty: "soft"},message:"must have required property '"+"soft"+"'",schema:schema31.oneOf[1].required,parentSchema:schema31.oneOf[1],data:data76};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
if(data76.hard === undefined){
const err200 = {instancePath:instancePath+"/ulimits/locks",schemaPath:"#/definitions/ulimit/oneOf/1/required",keyword:"required",params:{missingProperty: "hard"},message:"must have required property '"+"hard"+"'",schema:schema31.oneOf[1].required,parentSchema:schema31.oneOf[1],data:data76};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
for(const key12 in data76){
if(!(((key12 === "soft") || (key12 === "hard")) || (pattern0.test(key12)))){
const err201 = {instancePath:instancePath+"/ulimits/locks",schemaPath:"#/definitions/ulimit/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema31.oneOf[1],data:data76};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
if(data76.soft !== undefined){
let data81 = data76.soft;
if(!(((typeof data81 == "number") && (!(data81 % 1) && !isNaN(data81))) && (isFinite(data81)))){
const err202 = {instancePath:instancePath+"/ulimits/locks/soft",schemaPath:"#/definitions/ulimit/oneOf/1/properties/soft/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.oneOf[1].properties.soft.type,parentSchema:schema31.oneOf[1].properties.soft,data:data81};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
if((typeof data81 == "number") && (isFinite(data81))){
if(data81 < -1 || isNaN(data81)){
const err203 = {instancePath:instancePath+"/ulimits/locks/soft",schemaPath:"#/definitions/ulimit/oneOf/1/properties/soft/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema31.oneOf[1].properties.soft,data:data81};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
}
}
if(data76.hard !== undefined){
let data82 = data76.hard;
if(!(((typeof data82 == "number") && (!(data82 % 1) && !isNaN(data82))) && (isFinite(data82)))){
const err204 = {instancePath:instancePath+"/ulimits/locks/hard",schemaPath:"#/definitions/ulimit/oneOf/1/properties/hard/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.oneOf[1].properties.hard.type,parentSchema:schema31.oneOf[1].properties.hard,data:data82};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
if((typeof data82 == "number") && (isFinite(data82))){
if(data82 < -1 || isNaN(data82)){
const err205 = {instancePath:instancePath+"/ulimits/locks/hard",schemaPath:"#/definitions/ulimit/oneOf/1/properties/hard/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema31.oneOf[1].properties.hard,data:data82};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
}
}
else {
const err206 = {instancePath:instancePath+"/ulimits/locks",schemaPath:"#/definitions/ulimit/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.oneOf[1].type,parentSchema:schema31.oneOf[1],data:data76};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
var _valid20 = _errs264 === errors;
if(_valid20 && valid99){
valid99 = false;
passing11 = [passing11, 1];
}
else {
if(_valid20){
valid99 = true;
passing11 = 1;
}
}
if(!valid99){
const err207 = {instancePath:instancePath+"/ulimits/locks",schemaPath:"#/definitions/ulimit/oneOf",keyword:"oneOf",params:{passingSchemas: passing11},message:"must match exactly one schema in oneOf",schema:schema31.oneOf,parentSchema:schema31,data:data76};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
else {
errors = _errs261;
if(vErrors !== null){
if(_errs261){
vErrors.length = _errs261;
}
else {
vErrors = null;
}
}
}
}
if(data47.memlock !== undefined){
let data83 = data47.memlock;
const _errs289 = errors;
let valid109 = false;
let passing12 = null;
const _errs290 = errors;
if(!(((typeof data83 == "number") && (!(data83 % 1) && !isNaN(data83))) && (isFinite(data83)))){
const err208 = {instancePath:instancePath+"/ulimits/memlock",schemaPath:"#/definitions/ulimit/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.oneOf[0].type,parentSchema:schema31.oneOf[0],data:data83};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
if((typeof data83 == "number") && (isFinite(data83))){
if(data83 < -1 || isNaN(data83)){
const err209 = {instancePath:instancePath+"/ulimits/memlock",schemaPath:"#/definitions/ulimit/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema31.oneOf[0],data:data83};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
}
var _valid23 = _errs290 === errors;
if(_valid23){
valid109 = true;
passing12 = 0;
}
const _errs292 = errors;
const _errs295 = errors;
let valid111 = true;
const _errs296 = errors;
if(errors === _errs296){
if(data83 && typeof data83 == "object" && !Array.isArray(data83)){
let missing12;
if((data83.soft === undefined) && (missing12 = "soft")){
const err210 = {};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
else {
if(data83.soft !== undefined){
if(-1 !== data83.soft){
const err211 = {};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
}
}
}
else {
const err212 = {};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
}
var _valid24 = _errs296 === errors;
errors = _errs295;
if(vErrors !== null){
if(_errs295){
vErrors.length = _errs295;
}
else {
vErrors = null;
}
}
if(_valid24){
const _errs299 = errors;
if(data83 && typeof data83 == "object" && !Array.isArray(data83)){
if(data83.hard !== undefined){
let data85 = data83.hard;
if(-1 !== data85){
const err213 = {instancePath:instancePath+"/ulimits/memlock/hard",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/0/then/properties/hard/const",keyword:"const",params:{allowedValue: -1},message:"must be equal to constant",schema:-1,parentSchema:schema31.oneOf[1].allOf[0].then.properties.hard,data:data85};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
}
}
else {
const err214 = {instancePath:instancePath+"/ulimits/memlock",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/0/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.oneOf[1].allOf[0].then.type,parentSchema:schema31.oneOf[1].allOf[0].then,data:data83};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
var _valid24 = _errs299 === errors;
valid111 = _valid24;
}
if(!valid111){
const err215 = {instancePath:instancePath+"/ulimits/memlock",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.oneOf[1].allOf[0].if,parentSchema:schema31.oneOf[1].allOf[0],data:data83};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
const _errs303 = errors;
let valid114 = true;
const _errs304 = errors;
if(errors === _errs304){
if(data83 && typeof data83 == "object" && !Array.isArray(data83)){
let missing13;
if((data83.hard === undefined) && (missing13 = "hard")){
const err216 = {};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
else {
if(data83.hard !== undefined){
if(-1 !== data83.hard){
const err217 = {};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
}
}
}
else {
const err218 = {};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
}
var _valid25 = _errs304 === errors;
errors = _errs303;
if(vErrors !== null){
if(_errs303){
vErrors.length = _errs303;
}
else {
vErrors = null;
}
}
if(_valid25){
const _errs307 = errors;
if(data83 && typeof data83 == "object" && !Array.isArray(data83)){
if(data83.soft !== undefined){
let data87 = data83.soft;
if(-1 !== data87){
const err219 = {instancePath:instancePath+"/ulimits/memlock/soft",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/1/then/properties/soft/const",keyword:"const",params:{allowedValue: -1},message:"must be equal to constant",schema:-1,parentSchema:schema31.oneOf[1].allOf[1].then.properties.soft,data:data87};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
}
}
else {
const err220 = {instancePath:instancePath+"/ulimits/memlock",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/1/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.oneOf[1].allOf[1].then.type,parentSchema:schema31.oneOf[1].allOf[1].then,data:data83};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
var _valid25 = _errs307 === errors;
valid114 = _valid25;
}
if(!valid114){
const err221 = {instancePath:instancePath+"/ulimits/memlock",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.oneOf[1].allOf[1].if,parentSchema:schema31.oneOf[1].allOf[1],data:data83};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
if(data83 && typeof data83 == "object" && !Array.isArray(data83)){
if(data83.soft === undefined){
const err222 = {instancePath:instancePath+"/ulimits/memlock",schemaPath:"#/definitions/ulimit/oneOf/1/required",keyword:"required",params:{missingProperty: "soft"},message:"must have required property '"+"soft"+"'",schema:schema31.oneOf[1].required,parentSchema:schema31.oneOf[1],data:data83};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
if(data83.hard === undefined){
const err223 = {instancePath:instancePath+"/ulimits/memlock",schemaPath:"#/definitions/ulimit/oneOf/1/required",keyword:"required",params:{missingProperty: "hard"},message:"must have required property '"+"hard"+"'",schema:schema31.oneOf[1].required,parentSchema:schema31.oneOf[1],data:data83};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
for(const key13 in data83){
if(!(((key13 === "soft") || (key13 === "hard")) || (pattern0.test(key13)))){
const err224 = {instancePath:instancePath+"/ulimits/memlock",schemaPath:"#/definitions/ulimit/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema31.oneOf[1],data:data83};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
}
if(data83.soft !== undefined){
let data88 = data83.soft;
if(!(((typeof data88 == "number") && (!(data88 % 1) && !isNaN(data88))) && (isFinite(data88)))){
const err225 = {instancePath:instancePath+"/ulimits/memlock/soft",schemaPath:"#/definitions/ulimit/oneOf/1/properties/soft/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.oneOf[1].properties.soft.type,parentSchema:schema31.oneOf[1].properties.soft,data:data88};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
if((typeof data88 == "number") && (isFinite(data88))){
if(data88 < -1 || isNaN(data88)){
const err226 = {instancePath:instancePath+"/ulimits/memlock/soft",schemaPath:"#/definitions/ulimit/oneOf/1/properties/soft/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema31.oneOf[1].properties.soft,data:data88};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
}
}
if(data83.hard !== undefined){
let data89 = data83.hard;
if(!(((typeof data89 == "number") && (!(data89 % 1) && !isNaN(data89))) && (isFinite(data89)))){
const err227 = {instancePath:instancePath+"/ulimits/memlock/hard",schemaPath:"#/definitions/ulimit/oneOf/1/properties/hard/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.oneOf[1].properties.hard.type,parentSchema:schema31.oneOf[1].properties.hard,data:data89};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
if((typeof data89 == "number") && (isFinite(data89))){
if(data89 < -1 || isNaN(data89)){
const err228 = {instancePath:instancePath+"/ulimits/memlock/hard",schemaPath:"#/definitions/ulimit/oneOf/1/properties/hard/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema31.oneOf[1].properties.hard,data:data89};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
}
}
}
else {
const err229 = {instancePath:instancePath+"/ulimits/memlock",schemaPath:"#/definitions/ulimit/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.oneOf[1].type,parentSchema:schema31.oneOf[1],data:data83};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
var _valid23 = _errs292 === errors;
if(_valid23 && valid109){
valid109 = false;
passing12 = [passing12, 1];
}
else {
if(_valid23){
valid109 = true;
passing12 = 1;
}
}
if(!valid109){
const err230 = {instancePath:instancePath+"/ulimits/memlock",schemaPath:"#/definitions/ulimit/oneOf",keyword:"oneOf",params:{passingSchemas: passing12},message:"must match exactly one schema in oneOf",schema:schema31.oneOf,parentSchema:schema31,data:data83};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
else {
errors = _errs289;
if(vErrors !== null){
if(_errs289){
vErrors.length = _errs289;
}
else {
vErrors = null;
}
}
}
}
if(data47.msgqueue !== undefined){
let data90 = data47.msgqueue;
const _errs317 = errors;
let valid119 = false;
let passing13 = null;
const _errs318 = errors;
if(!(((typeof data90 == "number") && (!(data90 % 1) && !isNaN(data90))) && (isFinite(data90)))){
const err231 = {instancePath:instancePath+"/ulimits/msgqueue",schemaPath:"#/definitions/ulimit/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.oneOf[0].type,parentSchema:schema31.oneOf[0],data:data90};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
if((typeof data90 == "number") && (isFinite(data90))){
if(data90 < -1 || isNaN(data90)){
const err232 = {instancePath:instancePath+"/ulimits/msgqueue",schemaPath:"#/definitions/ulimit/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema31.oneOf[0],data:data90};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
}
var _valid26 = _errs318 === errors;
if(_valid26){
valid119 = true;
passing13 = 0;
}
const _errs320 = errors;
const _errs323 = errors;
let valid121 = true;
const _errs324 = errors;
if(errors === _errs324){
if(data90 && typeof data90 == "object" && !Array.isArray(data90)){
let missing14;
if((data90.soft === undefined) && (missing14 = "soft")){
const err233 = {};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
else {
if(data90.soft !== undefined){
if(-1 !== data90.soft){
const err234 = {};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
}
}
}
else {
const err235 = {};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
}
var _valid27 = _errs324 === errors;
errors = _errs323;
if(vErrors !== null){
if(_errs323){
vErrors.length = _errs323;
}
else {
vErrors = null;
}
}
if(_valid27){
const _errs327 = errors;
if(data90 && typeof data90 == "object" && !Array.isArray(data90)){
if(data90.hard !== undefined){
let data92 = data90.hard;
if(-1 !== data92){
const err236 = {instancePath:instancePath+"/ulimits/msgqueue/hard",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/0/then/properties/hard/const",keyword:"const",params:{allowedValue: -1},message:"must be equal to constant",schema:-1,parentSchema:schema31.oneOf[1].allOf[0].then.properties.hard,data:data92};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
}
}
else {
const err237 = {instancePath:instancePath+"/ulimits/msgqueue",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/0/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.oneOf[1].allOf[0].then.type,parentSchema:schema31.oneOf[1].allOf[0].then,data:data90};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
var _valid27 = _errs327 === errors;
valid121 = _valid27;
}
if(!valid121){
const err238 = {instancePath:instancePath+"/ulimits/msgqueue",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.oneOf[1].allOf[0].if,parentSchema:schema31.oneOf[1].allOf[0],data:data90};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
const _errs331 = errors;
let valid124 = true;
const _errs332 = errors;
if(errors === _errs332){
if(data90 && typeof data90 == "object" && !Array.isArray(data90)){
let missing15;
if((data90.hard === undefined) && (missing15 = "hard")){
const err239 = {};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
else {
if(data90.hard !== undefined){
if(-1 !== data90.hard){
const err240 = {};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
}
}
}
else {
const err241 = {};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
}
var _valid28 = _errs332 === errors;
errors = _errs331;
if(vErrors !== null){
if(_errs331){
vErrors.length = _errs331;
}
else {
vErrors = null;
}
}
if(_valid28){
const _errs335 = errors;
if(data90 && typeof data90 == "object" && !Array.isArray(data90)){
if(data90.soft !== undefined){
let data94 = data90.soft;
if(-1 !== data94){
const err242 = {instancePath:instancePath+"/ulimits/msgqueue/soft",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/1/then/properties/soft/const",keyword:"const",params:{allowedValue: -1},message:"must be equal to constant",schema:-1,parentSchema:schema31.oneOf[1].allOf[1].then.properties.soft,data:data94};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
}
}
else {
const err243 = {instancePath:instancePath+"/ulimits/msgqueue",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/1/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.oneOf[1].allOf[1].then.type,parentSchema:schema31.oneOf[1].allOf[1].then,data:data90};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
var _valid28 = _errs335 === errors;
valid124 = _valid28;
}
if(!valid124){
const err244 = {instancePath:instancePath+"/ulimits/msgqueue",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.oneOf[1].allOf[1].if,parentSchema:schema31.oneOf[1].allOf[1],data:data90};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
if(data90 && typeof data90 == "object" && !Array.isArray(data90)){
if(data90.soft === undefined){
const err245 = {instancePath:instancePath+"/ulimits/msgqueue",schemaPath:"#/definitions/ulimit/oneOf/1/required",keyword:"required",params:{missingProperty: "soft"},message:"must have required property '"+"soft"+"'",schema:schema31.oneOf[1].required,parentSchema:schema31.oneOf[1],data:data90};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
if(data90.hard === undefined){
const err246 = {instancePath:instancePath+"/ulimits/msgqueue",schemaPath:"#/definitions/ulimit/oneOf/1/required",keyword:"required",params:{missingProperty: "hard"},message:"must have required property '"+"hard"+"'",schema:schema31.oneOf[1].required,parentSchema:schema31.oneOf[1],data:data90};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
for(const key14 in data90){
if(!(((key14 === "soft") || (key14 === "hard")) || (pattern0.test(key14)))){
const err247 = {instancePath:instancePath+"/ulimits/msgqueue",schemaPath:"#/definitions/ulimit/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema31.oneOf[1],data:data90};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
}
if(data90.soft !== undefined){
let data95 = data90.soft;
if(!(((typeof data95 == "number") && (!(data95 % 1) && !isNaN(data95))) && (isFinite(data95)))){
const err248 = {instancePath:instancePath+"/ulimits/msgqueue/soft",schemaPath:"#/definitions/ulimit/oneOf/1/properties/soft/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.oneOf[1].properties.soft.type,parentSchema:schema31.oneOf[1].properties.soft,data:data95};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
if((typeof data95 == "number") && (isFinite(data95))){
if(data95 < -1 || isNaN(data95)){
const err249 = {instancePath:instancePath+"/ulimits/msgqueue/soft",schemaPath:"#/definitions/ulimit/oneOf/1/properties/soft/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema31.oneOf[1].properties.soft,data:data95};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
}
}
if(data90.hard !== undefined){
let data96 = data90.hard;
if(!(((typeof data96 == "number") && (!(data96 % 1) && !isNaN(data96))) && (isFinite(data96)))){
const err250 = {instancePath:instancePath+"/ulimits/msgqueue/hard",schemaPath:"#/definitions/ulimit/oneOf/1/properties/hard/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.oneOf[1].properties.hard.type,parentSchema:schema31.oneOf[1].properties.hard,data:data96};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
if((typeof data96 == "number") && (isFinite(data96))){
if(data96 < -1 || isNaN(data96)){
const err251 = {instancePath:instancePath+"/ulimits/msgqueue/hard",schemaPath:"#/definitions/ulimit/oneOf/1/properties/hard/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema31.oneOf[1].properties.hard,data:data96};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
}
}
}
else {
const err252 = {instancePath:instancePath+"/ulimits/msgqueue",schemaPath:"#/definitions/ulimit/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.oneOf[1].type,parentSchema:schema31.oneOf[1],data:data90};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
var _valid26 = _errs320 === errors;
if(_valid26 && valid119){
valid119 = false;
passing13 = [passing13, 1];
}
else {
if(_valid26){
valid119 = true;
passing13 = 1;
}
}
if(!valid119){
const err253 = {instancePath:instancePath+"/ulimits/msgqueue",schemaPath:"#/definitions/ulimit/oneOf",keyword:"oneOf",params:{passingSchemas: passing13},message:"must match exactly one schema in oneOf",schema:schema31.oneOf,parentSchema:schema31,data:data90};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
else {
errors = _errs317;
if(vErrors !== null){
if(_errs317){
vErrors.length = _errs317;
}
else {
vErrors = null;
}
}
}
}
if(data47.nice !== undefined){
let data97 = data47.nice;
const _errs345 = errors;
let valid129 = false;
let passing14 = null;
const _errs346 = errors;
if(!(((typeof data97 == "number") && (!(data97 % 1) && !isNaN(data97))) && (isFinite(data97)))){
const err254 = {instancePath:instancePath+"/ulimits/nice",schemaPath:"#/definitions/ulimit/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.oneOf[0].type,parentSchema:schema31.oneOf[0],data:data97};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
if((typeof data97 == "number") && (isFinite(data97))){
if(data97 < -1 || isNaN(data97)){
const err255 = {instancePath:instancePath+"/ulimits/nice",schemaPath:"#/definitions/ulimit/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema31.oneOf[0],data:data97};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
}
var _valid29 = _errs346 === errors;
if(_valid29){
valid129 = true;
passing14 = 0;
}
const _errs348 = errors;
const _errs351 = errors;
let valid131 = true;
const _errs352 = errors;
if(errors === _errs352){
if(data97 && typeof data97 == "object" && !Array.isArray(data97)){
let missing16;
if((data97.soft === undefined) && (missing16 = "soft")){
const err256 = {};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
else {
if(data97.soft !== undefined){
if(-1 !== data97.soft){
const err257 = {};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
}
}
}
else {
const err258 = {};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
}
var _valid30 = _errs352 === errors;
errors = _errs351;
if(vErrors !== null){
if(_errs351){
vErrors.length = _errs351;
}
else {
vErrors = null;
}
}
if(_valid30){
const _errs355 = errors;
if(data97 && typeof data97 == "object" && !Array.isArray(data97)){
if(data97.hard !== undefined){
let data99 = data97.hard;
if(-1 !== data99){
const err259 = {instancePath:instancePath+"/ulimits/nice/hard",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/0/then/properties/hard/const",keyword:"const",params:{allowedValue: -1},message:"must be equal to constant",schema:-1,parentSchema:schema31.oneOf[1].allOf[0].then.properties.hard,data:data99};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
}
}
else {
const err260 = {instancePath:instancePath+"/ulimits/nice",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/0/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.oneOf[1].allOf[0].then.type,parentSchema:schema31.oneOf[1].allOf[0].then,data:data97};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
var _valid30 = _errs355 === errors;
valid131 = _valid30;
}
if(!valid131){
const err261 = {instancePath:instancePath+"/ulimits/nice",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.oneOf[1].allOf[0].if,parentSchema:schema31.oneOf[1].allOf[0],data:data97};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
const _errs359 = errors;
let valid134 = true;
const _errs360 = errors;
if(errors === _errs360){
if(data97 && typeof data97 == "object" && !Array.isArray(data97)){
let missing17;
if((data97.hard === undefined) && (missing17 = "hard")){
const err262 = {};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
else {
if(data97.hard !== undefined){
if(-1 !== data97.hard){
const err263 = {};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
}
}
}
else {
const err264 = {};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
}
var _valid31 = _errs360 === errors;
errors = _errs359;
if(vErrors !== null){
if(_errs359){
vErrors.length = _errs359;
}
else {
vErrors = null;
}
}
if(_valid31){
const _errs363 = errors;
if(data97 && typeof data97 == "object" && !Array.isArray(data97)){
if(data97.soft !== undefined){
let data101 = data97.soft;
if(-1 !== data101){
const err265 = {instancePath:instancePath+"/ulimits/nice/soft",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/1/then/properties/soft/const",keyword:"const",params:{allowedValue: -1},message:"must be equal to constant",schema:-1,parentSchema:schema31.oneOf[1].allOf[1].then.properties.soft,data:data101};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
}
}
else {
const err266 = {instancePath:instancePath+"/ulimits/nice",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/1/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.oneOf[1].allOf[1].then.type,parentSchema:schema31.oneOf[1].allOf[1].then,data:data97};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
var _valid31 = _errs363 === errors;
valid134 = _valid31;
}
if(!valid134){
const err267 = {instancePath:instancePath+"/ulimits/nice",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.oneOf[1].allOf[1].if,parentSchema:schema31.oneOf[1].allOf[1],data:data97};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
if(data97 && typeof data97 == "object" && !Array.isArray(data97)){
if(data97.soft === undefined){
const err268 = {instancePath:instancePath+"/ulimits/nice",schemaPath:"#/definitions/ulimit/oneOf/1/required",keyword:"required",params:{missingProperty: "soft"},message:"must have required property '"+"soft"+"'",schema:schema31.oneOf[1].required,parentSchema:schema31.oneOf[1],data:data97};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
if(data97.hard === undefined){
const err269 = {instancePath:instancePath+"/ulimits/nice",schemaPath:"#/definitions/ulimit/oneOf/1/required",keyword:"required",params:{missingProperty: "hard"},message:"must have required property '"+"hard"+"'",schema:schema31.oneOf[1].required,parentSchema:schema31.oneOf[1],data:data97};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
for(const key15 in data97){
if(!(((key15 === "soft") || (key15 === "hard")) || (pattern0.test(key15)))){
const err270 = {instancePath:instancePath+"/ulimits/nice",schemaPath:"#/definitions/ulimit/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties",schema:false,parentSchema:schema31.oneOf[1],data:data97};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
}
if(data97.soft !== undefined){
let data102 = data97.soft;
if(!(((typeof data102 == "number") && (!(data102 % 1) && !isNaN(data102))) && (isFinite(data102)))){
const err271 = {instancePath:instancePath+"/ulimits/nice/soft",schemaPath:"#/definitions/ulimit/oneOf/1/properties/soft/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.oneOf[1].properties.soft.type,parentSchema:schema31.oneOf[1].properties.soft,data:data102};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
if((typeof data102 == "number") && (isFinite(data102))){
if(data102 < -1 || isNaN(data102)){
const err272 = {instancePath:instancePath+"/ulimits/nice/soft",schemaPath:"#/definitions/ulimit/oneOf/1/properties/soft/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema31.oneOf[1].properties.soft,data:data102};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
}
}
if(data97.hard !== undefined){
let data103 = data97.hard;
if(!(((typeof data103 == "number") && (!(data103 % 1) && !isNaN(data103))) && (isFinite(data103)))){
const err273 = {instancePath:instancePath+"/ulimits/nice/hard",schemaPath:"#/definitions/ulimit/oneOf/1/properties/hard/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.oneOf[1].properties.hard.type,parentSchema:schema31.oneOf[1].properties.hard,data:data103};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
if((typeof data103 == "number") && (isFinite(data103))){
if(data103 < -1 || isNaN(data103)){
const err274 = {instancePath:instancePath+"/ulimits/nice/hard",schemaPath:"#/definitions/ulimit/oneOf/1/properties/hard/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema31.oneOf[1].properties.hard,data:data103};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
}
}
}
else {
const err275 = {instancePath:instancePath+"/ulimits/nice",schemaPath:"#/definitions/ulimit/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.oneOf[1].type,parentSchema:schema31.oneOf[1],data:data97};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
var _valid29 = _errs348 === errors;
if(_valid29 && valid129){
valid129 = false;
passing14 = [passing14, 1];
}
else {
if(_valid29){
valid129 = true;
passing14 = 1;
}
}
if(!valid129){
const err276 = {instancePath:instancePath+"/ulimits/nice",schemaPath:"#/definitions/ulimit/oneOf",keyword:"oneOf",params:{passingSchemas: passing14},message:"must match exactly one schema in oneOf",schema:schema31.oneOf,parentSchema:schema31,data:data97};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
else {
errors = _errs345;
if(vErrors !== null){
if(_errs345){
vErrors.length = _errs345;
}
else {
vErrors = null;
}
}
}
}
if(data47.nofile !== undefined){
let data104 = data47.nofile;
const _errs373 = errors;
let valid139 = false;
let passing15 = null;
const _errs374 = errors;
if(!(((typeof data104 == "number") && (!(data104 % 1) && !isNaN(data104))) && (isFinite(data104)))){
const err277 = {instancePath:instancePath+"/ulimits/nofile",schemaPath:"#/definitions/ulimit/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.oneOf[0].type,parentSchema:schema31.oneOf[0],data:data104};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
if((typeof data104 == "number") && (isFinite(data104))){
if(data104 < -1 || isNaN(data104)){
const err278 = {instancePath:instancePath+"/ulimits/nofile",schemaPath:"#/definitions/ulimit/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema31.oneOf[0],data:data104};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
}
var _valid32 = _errs374 === errors;
if(_valid32){
valid139 = true;
passing15 = 0;
}
const _errs376 = errors;
const _errs379 = errors;
let valid141 = true;
const _errs380 = errors;
if(errors === _errs380){
if(data104 && typeof data104 == "object" && !Array.isArray(data104)){
let missing18;
if((data104.soft === undefined) && (missing18 = "soft")){
const err279 = {};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
else {
if(data104.soft !== undefined){
if(-1 !== data104.soft){
const err280 = {};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
}
}
}
}
else {
const err281 = {};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
}
}
var _valid33 = _errs380 === errors;
errors = _errs379;
if(vErrors !== null){
if(_errs379){
vErrors.length = _errs379;
}
else {
vErrors = null;
}
}
if(_valid33){
const _errs383 = errors;
if(data104 && typeof data104 == "object" && !Array.isArray(data104)){
if(data104.hard !== undefined){
let data106 = data104.hard;
if(-1 !== data106){
const err282 = {instancePath:instancePath+"/ulimits/nofile/hard",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/0/then/properties/hard/const",keyword:"const",params:{allowedValue: -1},message:"must be equal to constant",schema:-1,parentSchema:schema31.oneOf[1].allOf[0].then.properties.hard,data:data106};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
}
}
}
else {
const err283 = {instancePath:instancePath+"/ulimits/nofile",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/0/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.oneOf[1].allOf[0].then.type,parentSchema:schema31.oneOf[1].allOf[0].then,data:data104};
if(vErrors === null){
vErrors = [err283];
}
else {
vErrors.push(err283);
}
errors++;
}
var _valid33 = _errs383 === errors;
valid141 = _valid33;
}
if(!valid141){
const err284 = {instancePath:instancePath+"/ulimits/nofile",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.oneOf[1].allOf[0].if,parentSchema:schema31.oneOf[1].allOf[0],data:data104};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
const _errs387 = errors;
let valid144 = true;
const _errs388 = errors;
if(errors === _errs388){
if(data104 && typeof data104 == "object" && !Array.isArray(data104)){
let missing19;
if((data104.hard === undefined) && (missing19 = "hard")){
const err285 = {};
if(vErrors === null){
vErrors = [err285];
}
else {
vErrors.push(err285);
}
errors++;
}
else {
if(data104.hard !== undefined){
if(-1 !== data104.hard){
const err286 = {};
if(vErrors === null){
vErrors = [err286];
}
else {
vErrors.push(err286);
}
errors++;
}
}
}
}
else {
const err287 = {};
if(vErrors === null){
vErrors = [err287];
}
else {
vErrors.push(err287);
}
errors++;
}
}
var _valid34 = _errs388 === errors;
errors = _errs387;
if(vErrors !== null){
if(_errs387){
vErrors.length = _errs387;
}
else {
vErrors = null;
}
}
if(_valid34){
const _errs391 = errors;
if(data104 && typeof data104 == "object" && !Array.isArray(data104)){
if(data104.soft !== undefined){
let data108 = data104.soft;
if(-1 !== data108){
const err288 = {instancePath:instancePath+"/ulimits/nofile/soft",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/1/then/properties/soft/const",keyword:"const",params:{allowedValue: -1},message:"must be equal to constant",schema:-1,parentSchema:schema31.oneOf[1].allOf[1].then.properties.soft,data:data108};
if(vErrors === null){
vErrors = [err288];
}
else {
vErrors.push(err288);
}
errors++;
}
}
}
else {
const err289 = {instancePath:instancePath+"/ulimits/nofile",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/1/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.oneOf[1].allOf[1].then.type,parentSchema:schema31.oneOf[1].allOf[1].then,data:data104};
if(vErrors === null){
vErrors = [err289];
}
else {
vErrors.push(err289);
}
errors++;
}
var _valid34 = _errs391 === errors;
valid144 = _valid34;
}
if(!valid144){
const err290 = {instancePath:instancePath+"/ulimits/nofile",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.oneOf[1].allOf[1].if,parentSchema:schema31.oneOf[1].allOf[1],data:data104};
if(vErrors === null){
vErrors = [err290];
}
else {
vErrors.push(err290);
}
errors++;
}
if(data104 && typeof data104 == "object" && !Array.isArray(data104)){
if(data104.soft === undefined){
const err291 = {instancePath:instancePath+"/ulimits/nofile",schemaPath:"#/definitions/ulimit/oneOf/1/required",keyword:"required",params:{missingProperty: "soft"},message:"must have required property '"+"soft"+"'",schema:schema31.oneOf[1].required,parentSchema:schema31.oneOf[1],data:data104};
if(vErrors === null){
vErrors = [err291];
}
else {
vErrors.push(err291);
}
errors++;
}
if(data104.hard === undefined){
const err292 = {instancePath:instancePath+"/ulimits/nofile",schemaPath:"#/definitions/ulimit/oneOf/1/required",keyword:"required",params:{missingProperty: "hard"},message:"must have required property '"+"hard"+"'",schema:schema31.oneOf[1].required,parentSchema:schema31.oneOf[1],data:data104};
if(vErrors === null){
vErrors = [err292];
}
else {
vErrors.push(err292);
}
errors++;
}
for(const key16 in data104){
if(!(((key16 === "soft") || (key16 === "hard")) || (pattern0.test(key16)))){
const err293 = {instancePath:instancePath+"/ulimits/nofile",schemaPath:"#/definitions/ulimit/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties",schema:false,parentSchema:schema31.oneOf[1],data:data104};
if(vErrors === null){
vErrors = [err293];
}
else {
vErrors.push(err293);
}
errors++;
}
}
if(data104.soft !== undefined){
let data109 = data104.soft;
if(!(((typeof data109 == "number") && (!(data109 % 1) && !isNaN(data109))) && (isFinite(data109)))){
const err294 = {instancePath:instancePath+"/ulimits/nofile/soft",schemaPath:"#/definitions/ulimit/oneOf/1/properties/soft/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.oneOf[1].properties.soft.type,parentSchema:schema31.oneOf[1].properties.soft,data:data109};
if(vErrors === null){
vErrors = [err294];
}
else {
vErrors.push(err294);
}
errors++;
}
if((typeof data109 == "number") && (isFinite(data109))){
if(data109 < -1 || isNaN(data109)){
const err295 = {instancePath:instancePath+"/ulimits/nofile/soft",schemaPath:"#/definitions/ulimit/oneOf/1/properties/soft/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema31.oneOf[1].properties.soft,data:data109};
if(vErrors === null){
vErrors = [err295];
}
else {
vErrors.push(err295);
}
errors++;
}
}
}
if(data104.hard !== undefined){
let data110 = data104.hard;
if(!(((typeof data110 == "number") && (!(data110 % 1) && !isNaN(data110))) && (isFinite(data110)))){
const err296 = {instancePath:instancePath+"/ulimits/nofile/hard",schemaPath:"#/definitions/ulimit/oneOf/1/properties/hard/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.oneOf[1].properties.hard.type,parentSchema:schema31.oneOf[1].properties.hard,data:data110};
if(vErrors === null){
vErrors = [err296];
}
else {
vErrors.push(err296);
}
errors++;
}
if((typeof data110 == "number") && (isFinite(data110))){
if(data110 < -1 || isNaN(data110)){
const err297 = {instancePath:instancePath+"/ulimits/nofile/hard",schemaPath:"#/definitions/ulimit/oneOf/1/properties/hard/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema31.oneOf[1].properties.hard,data:data110};
if(vErrors === null){
vErrors = [err297];
}
else {
vErrors.push(err297);
}
errors++;
}
}
}
}
else {
const err298 = {instancePath:instancePath+"/ulimits/nofile",schemaPath:"#/definitions/ulimit/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.oneOf[1].type,parentSchema:schema31.oneOf[1],data:data104};
if(vErrors === null){
vErrors = [err298];
}
else {
vErrors.push(err298);
}
errors++;
}
var _valid32 = _errs376 === errors;
if(_valid32 && valid139){
valid139 = false;
passing15 = [passing15, 1];
}
else {
if(_valid32){
valid139 = true;
passing15 = 1;
}
}
if(!valid139){
const err299 = {instancePath:instancePath+"/ulimits/nofile",schemaPath:"#/definitions/ulimit/oneOf",keyword:"oneOf",params:{passingSchemas: passing15},message:"must match exactly one schema in oneOf",schema:schema31.oneOf,parentSchema:schema31,data:data104};
if(vErrors === null){
vErrors = [err299];
}
else {
vErrors.push(err299);
}
errors++;
}
else {
errors = _errs373;
if(vErrors !== null){
if(_errs373){
vErrors.length = _errs373;
}
else {
vErrors = null;
}
}
}
}
if(data47.nproc !== undefined){
let data111 = data47.nproc;
const _errs401 = errors;
let valid149 = false;
let passing16 = null;
const _errs402 = errors;
if(!(((typeof data111 == "number") && (!(data111 % 1) && !isNaN(data111))) && (isFinite(data111)))){
const err300 = {instancePath:instancePath+"/ulimits/nproc",schemaPath:"#/definitions/ulimit/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.oneOf[0].type,parentSchema:schema31.oneOf[0],data:data111};
if(vErrors === null){
vErrors = [err300];
}
else {
vErrors.push(err300);
}
errors++;
}
if((typeof data111 == "number") && (isFinite(data111))){
if(data111 < -1 || isNaN(data111)){
const err301 = {instancePath:instancePath+"/ulimits/nproc",schemaPath:"#/definitions/ulimit/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema31.oneOf[0],data:data111};
if(vErrors === null){
vErrors = [err301];
}
else {
vErrors.push(err301);
}
errors++;
}
}
var _valid35 = _errs402 === errors;
if(_valid35){
valid149 = true;
passing16 = 0;
}
const _errs404 = errors;
const _errs407 = errors;
let valid151 = true;
const _errs408 = errors;
if(errors === _errs408){
if(data111 && typeof data111 == "object" && !Array.isArray(data111)){
let missing20;
if((data111.soft === undefined) && (missing20 = "soft")){
const err302 = {};
if(vErrors === null){
vErrors = [err302];
}
else {
vErrors.push(err302);
}
errors++;
}
else {
if(data111.soft !== undefined){
if(-1 !== data111.soft){
const err303 = {};
if(vErrors === null){
vErrors = [err303];
}
else {
vErrors.push(err303);
}
errors++;
}
}
}
}
else {
const err304 = {};
if(vErrors === null){
vErrors = [err304];
}
else {
vErrors.push(err304);
}
errors++;
}
}
var _valid36 = _errs408 === errors;
errors = _errs407;
if(vErrors !== null){
if(_errs407){
vErrors.length = _errs407;
}
else {
vErrors = null;
}
}
if(_valid36){
const _errs411 = errors;
if(data111 && typeof data111 == "object" && !Array.isArray(data111)){
if(data111.hard !== undefined){
let data113 = data111.hard;
if(-1 !== data113){
const err305 = {instancePath:instancePath+"/ulimits/nproc/hard",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/0/then/properties/hard/const",keyword:"const",params:{allowedValue: -1},message:"must be equal to constant",schema:-1,parentSchema:schema31.oneOf[1].allOf[0].then.properties.hard,data:data113};
if(vErrors === null){
vErrors = [err305];
}
else {
vErrors.push(err305);
}
errors++;
}
}
}
else {
const err306 = {instancePath:instancePath+"/ulimits/nproc",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/0/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.oneOf[1].allOf[0].then.type,parentSchema:schema31.oneOf[1].allOf[0].then,data:data111};
if(vErrors === null){
vErrors = [err306];
}
else {
vErrors.push(err306);
}
errors++;
}
var _valid36 = _errs411 === errors;
valid151 = _valid36;
}
if(!valid151){
const err307 = {instancePath:instancePath+"/ulimits/nproc",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.oneOf[1].allOf[0].if,parentSchema:schema31.oneOf[1].allOf[0],data:data111};
if(vErrors === null){
vErrors = [err307];
}
else {
vErrors.push(err307);
}
errors++;
}
const _errs415 = errors;
let valid154 = true;
const _errs416 = errors;
if(errors === _errs416){
if(data111 && typeof data111 == "object" && !Array.isArray(data111)){
let missing21;
if((data111.hard === undefined) && (missing21 = "hard")){
const err308 = {};
if(vErrors === null){
vErrors = [err308];
}
else {
vErrors.push(err308);
}
errors++;
}
else {
if(data111.hard !== undefined){
if(-1 !== data111.hard){
const err309 = {};
if(vErrors === null){
vErrors = [err309];
}
else {
vErrors.push(err309);
}
errors++;
}
}
}
}
else {
const err310 = {};
if(vErrors === null){
vErrors = [err310];
}
else {
vErrors.push(err310);
}
errors++;
}
}
var _valid37 = _errs416 === errors;
errors = _errs415;
if(vErrors !== null){
if(_errs415){
vErrors.length = _errs415;
}
else {
vErrors = null;
}
}
if(_valid37){
const _errs419 = errors;
if(data111 && typeof data111 == "object" && !Array.isArray(data111)){
if(data111.soft !== undefined){
let data115 = data111.soft;
if(-1 !== data115){
const err311 = {instancePath:instancePath+"/ulimits/nproc/soft",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/1/then/properties/soft/const",keyword:"const",params:{allowedValue: -1},message:"must be equal to constant",schema:-1,parentSchema:schema31.oneOf[1].allOf[1].then.properties.soft,data:data115};
if(vErrors === null){
vErrors = [err311];
}
else {
vErrors.push(err311);
}
errors++;
}
}
}
else {
const err312 = {instancePath:instancePath+"/ulimits/nproc",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/1/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.oneOf[1].allOf[1].then.type,parentSchema:schema31.oneOf[1].allOf[1].then,data:data111};
if(vErrors === null){
vErrors = [err312];
}
else {
vErrors.push(err312);
}
errors++;
}
var _valid37 = _errs419 === errors;
valid154 = _valid37;
}
if(!valid154){
const err313 = {instancePath:instancePath+"/ulimits/nproc",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.oneOf[1].allOf[1].if,parentSchema:schema31.oneOf[1].allOf[1],data:data111};
if(vErrors === null){
vErrors = [err313];
}
else {
vErrors.push(err313);
}
errors++;
}
if(data111 && typeof data111 == "object" && !Array.isArray(data111)){
if(data111.soft === undefined){
const err314 = {instancePath:instancePath+"/ulimits/nproc",schemaPath:"#/definitions/ulimit/oneOf/1/required",keyword:"required",params:{missingProperty: "soft"},message:"must have required property '"+"soft"+"'",schema:schema31.oneOf[1].required,parentSchema:schema31.oneOf[1],data:data111};
if(vErrors === null){
vErrors = [err314];
}
else {
vErrors.push(err314);
}
errors++;
}
if(data111.hard === undefined){
const err315 = {instancePath:instancePath+"/ulimits/nproc",schemaPath:"#/definitions/ulimit/oneOf/1/required",keyword:"required",params:{missingProperty: "hard"},message:"must have required property '"+"hard"+"'",schema:schema31.oneOf[1].required,parentSchema:schema31.oneOf[1],data:data111};
if(vErrors === null){
vErrors = [err315];
}
else {
vErrors.push(err315);
}
errors++;
}
for(const key17 in data111){
if(!(((key17 === "soft") || (key17 === "hard")) || (pattern0.test(key17)))){
const err316 = {instancePath:instancePath+"/ulimits/nproc",schemaPath:"#/definitions/ulimit/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties",schema:false,parentSchema:schema31.oneOf[1],data:data111};
if(vErrors === null){
vErrors = [err316];
}
else {
vErrors.push(err316);
}
errors++;
}
}
if(data111.soft !== undefined){
let data116 = data111.soft;
if(!(((typeof data116 == "number") && (!(data116 % 1) && !isNaN(data116))) && (isFinite(data116)))){
const err317 = {instancePath:instancePath+"/ulimits/nproc/soft",schemaPath:"#/definitions/ulimit/oneOf/1/properties/soft/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.oneOf[1].properties.soft.type,parentSchema:schema31.oneOf[1].properties.soft,data:data116};
if(vErrors === null){
vErrors = [err317];
}
else {
vErrors.push(err317);
}
errors++;
}
if((typeof data116 == "number") && (isFinite(data116))){
if(data116 < -1 || isNaN(data116)){
const err318 = {instancePath:instancePath+"/ulimits/nproc/soft",schemaPath:"#/definitions/ulimit/oneOf/1/properties/soft/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema31.oneOf[1].properties.soft,data:data116};
if(vErrors === null){
vErrors = [err318];
}
else {
vErrors.push(err318);
}
errors++;
}
}
}
if(data111.hard !== undefined){
let data117 = data111.hard;
if(!(((typeof data117 == "number") && (!(data117 % 1) && !isNaN(data117))) && (isFinite(data117)))){
const err319 = {instancePath:instancePath+"/ulimits/nproc/hard",schemaPath:"#/definitions/ulimit/oneOf/1/properties/hard/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.oneOf[1].properties.hard.type,parentSchema:schema31.oneOf[1].properties.hard,data:data117};
if(vErrors === null){
vErrors = [err319];
}
else {
vErrors.push(err319);
}
errors++;
}
if((typeof data117 == "number") && (isFinite(data117))){
if(data117 < -1 || isNaN(data117)){
const err320 = {instancePath:instancePath+"/ulimits/nproc/hard",schemaPath:"#/definitions/ulimit/oneOf/1/properties/hard/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema31.oneOf[1].properties.hard,data:data117};
if(vErrors === null){
vErrors = [err320];
}
else {
vErrors.push(err320);
}
errors++;
}
}
}
}
else {
const err321 = {instancePath:instancePath+"/ulimits/nproc",schemaPath:"#/definitions/ulimit/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.oneOf[1].type,parentSchema:schema31.oneOf[1],data:data111};
if(vErrors === null){
vErrors = [err321];
}
else {
vErrors.push(err321);
}
errors++;
}
var _valid35 = _errs404 === errors;
if(_valid35 && valid149){
valid149 = false;
passing16 = [passing16, 1];
}
else {
if(_valid35){
valid149 = true;
passing16 = 1;
}
}
if(!valid149){
const err322 = {instancePath:instancePath+"/ulimits/nproc",schemaPath:"#/definitions/ulimit/oneOf",keyword:"oneOf",params:{passingSchemas: passing16},message:"must match exactly one schema in oneOf",schema:schema31.oneOf,parentSchema:schema31,data:data111};
if(vErrors === null){
vErrors = [err322];
}
else {
vErrors.push(err322);
}
errors++;
}
else {
errors = _errs401;
if(vErrors !== null){
if(_errs401){
vErrors.length = _errs401;
}
else {
vErrors = null;
}
}
}
}
if(data47.rss !== undefined){
let data118 = data47.rss;
const _errs429 = errors;
let valid159 = false;
let passing17 = null;
const _errs430 = errors;
if(!(((typeof data118 == "number") && (!(data118 % 1) && !isNaN(data118))) && (isFinite(data118)))){
const err323 = {instancePath:instancePath+"/ulimits/rss",schemaPath:"#/definitions/ulimit/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.oneOf[0].type,parentSchema:schema31.oneOf[0],data:data118};
if(vErrors === null){
vErrors = [err323];
}
else {
vErrors.push(err323);
}
errors++;
}
if((typeof data118 == "number") && (isFinite(data118))){
if(data118 < -1 || isNaN(data118)){
const err324 = {instancePath:instancePath+"/ulimits/rss",schemaPath:"#/definitions/ulimit/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema31.oneOf[0],data:data118};
if(vErrors === null){
vErrors = [err324];
}
else {
vErrors.push(err324);
}
errors++;
}
}
var _valid38 = _errs430 === errors;
if(_valid38){
valid159 = true;
passing17 = 0;
}
const _errs432 = errors;
const _errs435 = errors;
let valid161 = true;
const _errs436 = errors;
if(errors === _errs436){
if(data118 && typeof data118 == "object" && !Array.isArray(data118)){
let missing22;
if((data118.soft === undefined) && (missing22 = "soft")){
const err325 = {};
if(vErrors === null){
vErrors = [err325];
}
else {
vErrors.push(err325);
}
errors++;
}
else {
if(data118.soft !== undefined){
if(-1 !== data118.soft){
const err326 = {};
if(vErrors === null){
vErrors = [err326];
}
else {
vErrors.push(err326);
}
errors++;
}
}
}
}
else {
const err327 = {};
if(vErrors === null){
vErrors = [err327];
}
else {
vErrors.push(err327);
}
errors++;
}
}
var _valid39 = _errs436 === errors;
errors = _errs435;
if(vErrors !== null){
if(_errs435){
vErrors.length = _errs435;
}
else {
vErrors = null;
}
}
if(_valid39){
const _errs439 = errors;
if(data118 && typeof data118 == "object" && !Array.isArray(data118)){
if(data118.hard !== undefined){
let data120 = data118.hard;
if(-1 !== data120){
const err328 = {instancePath:instancePath+"/ulimits/rss/hard",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/0/then/properties/hard/const",keyword:"const",params:{allowedValue: -1},message:"must be equal to constant",schema:-1,parentSchema:schema31.oneOf[1].allOf[0].then.properties.hard,data:data120};
if(vErrors === null){
vErrors = [err328];
}
else {
vErrors.push(err328);
}
errors++;
}
}
}
else {
const err329 = {instancePath:instancePath+"/ulimits/rss",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/0/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.oneOf[1].allOf[0].then.type,parentSchema:schema31.oneOf[1].allOf[0].then,data:data118};
if(vErrors === null){
vErrors = [err329];
}
else {
vErrors.push(err329);
}
errors++;
}
var _valid39 = _errs439 === errors;
valid161 = _valid39;
}
if(!valid161){
const err330 = {instancePath:instancePath+"/ulimits/rss",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.oneOf[1].allOf[0].if,parentSchema:schema31.oneOf[1].allOf[0],data:data118};
if(vErrors === null){
vErrors = [err330];
}
else {
vErrors.push(err330);
}
errors++;
}
const _errs443 = errors;
let valid164 = true;
const _errs444 = errors;
if(errors === _errs444){
if(data118 && typeof data118 == "object" && !Array.isArray(data118)){
let missing23;
if((data118.hard === undefined) && (missing23 = "hard")){
const err331 = {};
if(vErrors === null){
vErrors = [err331];
}
else {
vErrors.push(err331);
}
errors++;
}
else {
if(data118.hard !== undefined){
if(-1 !== data118.hard){
const err332 = {};
if(vErrors === null){
vErrors = [err332];
}
else {
vErrors.push(err332);
}
errors++;
}
}
}
}
else {
const err333 = {};
if(vErrors === null){
vErrors = [err333];
}
else {
vErrors.push(err333);
}
errors++;
}
}
var _valid40 = _errs444 === errors;
errors = _errs443;
if(vErrors !== null){
if(_errs443){
vErrors.length = _errs443;
}
else {
vErrors = null;
}
}
if(_valid40){
const _errs447 = errors;
if(data118 && typeof data118 == "object" && !Array.isArray(data118)){
if(data118.soft !== undefined){
let data122 = data118.soft;
if(-1 !== data122){
const err334 = {instancePath:instancePath+"/ulimits/rss/soft",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/1/then/properties/soft/const",keyword:"const",params:{allowedValue: -1},message:"must be equal to constant",schema:-1,parentSchema:schema31.oneOf[1].allOf[1].then.properties.soft,data:data122};
if(vErrors === null){
vErrors = [err334];
}
else {
vErrors.push(err334);
}
errors++;
}
}
}
else {
const err335 = {instancePath:instancePath+"/ulimits/rss",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/1/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.oneOf[1].allOf[1].then.type,parentSchema:schema31.oneOf[1].allOf[1].then,data:data118};
if(vErrors === null){
vErrors = [err335];
}
else {
vErrors.push(err335);
}
errors++;
}
var _valid40 = _errs447 === errors;
valid164 = _valid40;
}
if(!valid164){
const err336 = {instancePath:instancePath+"/ulimits/rss",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.oneOf[1].allOf[1].if,parentSchema:schema31.oneOf[1].allOf[1],data:data118};
if(vErrors === null){
vErrors = [err336];
}
else {
vErrors.push(err336);
}
errors++;
}
if(data118 && typeof data118 == "object" && !Array.isArray(data118)){
if(data118.soft === undefined){
const err337 = {instancePath:instancePath+"/ulimits/rss",schemaPath:"#/definitions/ulimit/oneOf/1/required",keyword:"required",params:{missingProperty: "soft"},message:"must have required property '"+"soft"+"'",schema:schema31.oneOf[1].required,parentSchema:schema31.oneOf[1],data:data118};
if(vErrors === null){
vErrors = [err337];
}
else {
vErrors.push(err337);
}
errors++;
}
if(data118.hard === undefined){
const err338 = {instancePath:instancePath+"/ulimits/rss",schemaPath:"#/definitions/ulimit/oneOf/1/required",keyword:"required",params:{missingProperty: "hard"},message:"must have required property '"+"hard"+"'",schema:schema31.oneOf[1].required,parentSchema:schema31.oneOf[1],data:data118};
if(vErrors === null){
vErrors = [err338];
}
else {
vErrors.push(err338);
}
errors++;
}
for(const key18 in data118){
if(!(((key18 === "soft") || (key18 === "hard")) || (pattern0.test(key18)))){
const err339 = {instancePath:instancePath+"/ulimits/rss",schemaPath:"#/definitions/ulimit/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties",schema:false,parentSchema:schema31.oneOf[1],data:data118};
if(vErrors === null){
vErrors = [err339];
}
else {
vErrors.push(err339);
}
errors++;
}
}
if(data118.soft !== undefined){
let data123 = data118.soft;
if(!(((typeof data123 == "number") && (!(data123 % 1) && !isNaN(data123))) && (isFinite(data123)))){
const err340 = {instancePath:instancePath+"/ulimits/rss/soft",schemaPath:"#/definitions/ulimit/oneOf/1/properties/soft/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.oneOf[1].properties.soft.type,parentSchema:schema31.oneOf[1].properties.soft,data:data123};
if(vErrors === null){
vErrors = [err340];
}
else {
vErrors.push(err340);
}
errors++;
}
if((typeof data123 == "number") && (isFinite(data123))){
if(data123 < -1 || isNaN(data123)){
const err341 = {instancePath:instancePath+"/ulimits/rss/soft",schemaPath:"#/definitions/ulimit/oneOf/1/properties/soft/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema31.oneOf[1].properties.soft,data:data123};
if(vErrors === null){
vErrors = [err341];
}
else {
vErrors.push(err341);
}
errors++;
}
}
}
if(data118.hard !== undefined){
let data124 = data118.hard;
if(!(((typeof data124 == "number") && (!(data124 % 1) && !isNaN(data124))) && (isFinite(data124)))){
const err342 = {instancePath:instancePath+"/ulimits/rss/hard",schemaPath:"#/definitions/ulimit/oneOf/1/properties/hard/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.oneOf[1].properties.hard.type,parentSchema:schema31.oneOf[1].properties.hard,data:data124};
if(vErrors === null){
vErrors = [err342];
}
else {
vErrors.push(err342);
}
errors++;
}
if((typeof data124 == "number") && (isFinite(data124))){
if(data124 < -1 || isNaN(data124)){
const err343 = {instancePath:instancePath+"/ulimits/rss/hard",schemaPath:"#/definitions/ulimit/oneOf/1/properties/hard/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema31.oneOf[1].properties.hard,data:data124};
if(vErrors === null){
vErrors = [err343];
}
else {
vErrors.push(err343);
}
errors++;
}
}
}
}
else {
const err344 = {instancePath:instancePath+"/ulimits/rss",schemaPath:"#/definitions/ulimit/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.oneOf[1].type,parentSchema:schema31.oneOf[1],data:data118};
if(vErrors === null){
vErrors = [err344];
}
else {
vErrors.push(err344);
}
errors++;
}
var _valid38 = _errs432 === errors;
if(_valid38 && valid159){
valid159 = false;
passing17 = [passing17, 1];
}
else {
if(_valid38){
valid159 = true;
passing17 = 1;
}
}
if(!valid159){
const err345 = {instancePath:instancePath+"/ulimits/rss",schemaPath:"#/definitions/ulimit/oneOf",keyword:"oneOf",params:{passingSchemas: passing17},message:"must match exactly one schema in oneOf",schema:schema31.oneOf,parentSchema:schema31,data:data118};
if(vErrors === null){
vErrors = [err345];
}
else {
vErrors.push(err345);
}
errors++;
}
else {
errors = _errs429;
if(vErrors !== null){
if(_errs429){
vErrors.length = _errs429;
}
else {
vErrors = null;
}
}
}
}
if(data47.rtprio !== undefined){
let data125 = data47.rtprio;
const _errs457 = errors;
let valid169 = false;
let passing18 = null;
const _errs458 = errors;
if(!(((typeof data125 == "number") && (!(data125 % 1) && !isNaN(data125))) && (isFinite(data125)))){
const err346 = {instancePath:instancePath+"/ulimits/rtprio",schemaPath:"#/definitions/ulimit/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.oneOf[0].type,parentSchema:schema31.oneOf[0],data:data125};
if(vErrors === null){
vErrors = [err346];
}
else {
vErrors.push(err346);
}
errors++;
}
if((typeof data125 == "number") && (isFinite(data125))){
if(data125 < -1 || isNaN(data125)){
const err347 = {instancePath:instancePath+"/ulimits/rtprio",schemaPath:"#/definitions/ulimit/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema31.oneOf[0],data:data125};
if(vErrors === null){
vErrors = [err347];
}
else {
vErrors.push(err347);
}
errors++;
}
}
var _valid41 = _errs458 === errors;
if(_valid41){
valid169 = true;
passing18 = 0;
}
const _errs460 = errors;
const _errs463 = errors;
let valid171 = true;
const _errs464 = errors;
if(errors === _errs464){
if(data125 && typeof data125 == "object" && !Array.isArray(data125)){
let missing24;
if((data125.soft === undefined) && (missing24 = "soft")){
const err348 = {};
if(vErrors === null){
vErrors = [err348];
}
else {
vErrors.push(err348);
}
errors++;
}
else {
if(data125.soft !== undefined){
if(-1 !== data125.soft){
const err349 = {};
if(vErrors === null){
vErrors = [err349];
}
else {
vErrors.push(err349);
}
errors++;
}
}
}
}
else {
const err350 = {};
if(vErrors === null){
vErrors = [err350];
}
else {
vErrors.push(err350);
}
errors++;
}
}
var _valid42 = _errs464 === errors;
errors = _errs463;
if(vErrors !== null){
if(_errs463){
vErrors.length = _errs463;
}
else {
vErrors = null;
}
}
if(_valid42){
const _errs467 = errors;
if(data125 && typeof data125 == "object" && !Array.isArray(data125)){
if(data125.hard !== undefined){
let data127 = data125.hard;
if(-1 !== data127){
const err351 = {instancePath:instancePath+"/ulimits/rtprio/hard",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/0/then/properties/hard/const",keyword:"const",params:{allowedValue: -1},message:"must be equal to constant",schema:-1,parentSchema:schema31.oneOf[1].allOf[0].then.properties.hard,data:data127};
if(vErrors === null){
vErrors = [err351];
}
else {
vErrors.push(err351);
}
errors++;
}
}
}
else {
const err352 = {instancePath:instancePath+"/ulimits/rtprio",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/0/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.oneOf[1].allOf[0].then.type,parentSchema:schema31.oneOf[1].allOf[0].then,data:data125};
if(vErrors === null){
vErrors = [err352];
}
else {
vErrors.push(err352);
}
errors++;
}
var _valid42 = _errs467 === errors;
valid171 = _valid42;
}
if(!valid171){
const err353 = {instancePath:instancePath+"/ulimits/rtprio",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.oneOf[1].allOf[0].if,parentSchema:schema31.oneOf[1].allOf[0],data:data125};
if(vErrors === null){
vErrors = [err353];
}
else {
vErrors.push(err353);
}
errors++;
}
const _errs471 = errors;
let valid174 = true;
const _errs472 = errors;
if(errors === _errs472){
if(data125 && typeof data125 == "object" && !Array.isArray(data125)){
let missing25;
if((data125.hard === undefined) && (missing25 = "hard")){
const err354 = {};
if(vErrors === null){
vErrors = [err354];
}
else {
vErrors.push(err354);
}
errors++;
}
else {
if(data125.hard !== undefined){
if(-1 !== data125.hard){
const err355 = {};
if(vErrors === null){
vErrors = [err355];
}
else {
vErrors.push(err355);
}
errors++;
}
}
}
}
else {
const err356 = {};
if(vErrors === null){
vErrors = [err356];
}
else {
vErrors.push(err356);
}
errors++;
}
}
var _valid43 = _errs472 === errors;
errors = _errs471;
if(vErrors !== null){
if(_errs471){
vErrors.length = _errs471;
}
else {
vErrors = null;
}
}
if(_valid43){
const _errs475 = errors;
if(data125 && typeof data125 == "object" && !Array.isArray(data125)){
if(data125.soft !== undefined){
let data129 = data125.soft;
if(-1 !== data129){
const err357 = {instancePath:instancePath+"/ulimits/rtprio/soft",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/1/then/properties/soft/const",keyword:"const",params:{allowedValue: -1},message:"must be equal to constant",schema:-1,parentSchema:schema31.oneOf[1].allOf[1].then.properties.soft,data:data129};
if(vErrors === null){
vErrors = [err357];
}
else {
vErrors.push(err357);
}
errors++;
}
}
}
else {
const err358 = {instancePath:instancePath+"/ulimits/rtprio",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/1/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.oneOf[1].allOf[1].then.type,parentSchema:schema31.oneOf[1].allOf[1].then,data:data125};
if(vErrors === null){
vErrors = [err358];
}
else {
vErrors.push(err358);
}
errors++;
}
var _valid43 = _errs475 === errors;
valid174 = _valid43;
}
if(!valid174){
const err359 = {instancePath:instancePath+"/ulimits/rtprio",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.oneOf[1].allOf[1].if,parentSchema:schema31.oneOf[1].allOf[1],data:data125};
if(vErrors === null){
vErrors = [err359];
}
else {
vErrors.push(err359);
}
errors++;
}
if(data125 && typeof data125 == "object" && !Array.isArray(data125)){
if(data125.soft === undefined){
const err360 = {instancePath:instancePath+"/ulimits/rtprio",schemaPath:"#/definitions/ulimit/oneOf/1/required",keyword:"required",params:{missingProperty: "soft"},message:"must have required property '"+"soft"+"'",schema:schema31.oneOf[1].required,parentSchema:schema31.oneOf[1],data:data125};
if(vErrors === null){
vErrors = [err360];
}
else {
vErrors.push(err360);
}
errors++;
}
if(data125.hard === undefined){
const err361 = {instancePath:instancePath+"/ulimits/rtprio",schemaPath:"#/definitions/ulimit/oneOf/1/required",keyword:"required",params:{missingProperty: "hard"},message:"must have required property '"+"hard"+"'",schema:schema31.oneOf[1].required,parentSchema:schema31.oneOf[1],data:data125};
if(vErrors === null){
vErrors = [err361];
}
else {
vErrors.push(err361);
}
errors++;
}
for(const key19 in data125){
if(!(((key19 === "soft") || (key19 === "hard")) || (pattern0.test(key19)))){
const err362 = {instancePath:instancePath+"/ulimits/rtprio",schemaPath:"#/definitions/ulimit/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties",schema:false,parentSchema:schema31.oneOf[1],data:data125};
if(vErrors === null){
vErrors = [err362];
}
else {
vErrors.push(err362);
}
errors++;
}
}
if(data125.soft !== undefined){
let data130 = data125.soft;
if(!(((typeof data130 == "number") && (!(data130 % 1) && !isNaN(data130))) && (isFinite(data130)))){
const err363 = {instancePath:instancePath+"/ulimits/rtprio/soft",schemaPath:"#/definitions/ulimit/oneOf/1/properties/soft/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.oneOf[1].properties.soft.type,parentSchema:schema31.oneOf[1].properties.soft,data:data130};
if(vErrors === null){
vErrors = [err363];
}
else {
vErrors.push(err363);
}
errors++;
}
if((typeof data130 == "number") && (isFinite(data130))){
if(data130 < -1 || isNaN(data130)){
const err364 = {instancePath:instancePath+"/ulimits/rtprio/soft",schemaPath:"#/definitions/ulimit/oneOf/1/properties/soft/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema31.oneOf[1].properties.soft,data:data130};
if(vErrors === null){
vErrors = [err364];
}
else {
vErrors.push(err364);
}
errors++;
}
}
}
if(data125.hard !== undefined){
let data131 = data125.hard;
if(!(((typeof data131 == "number") && (!(data131 % 1) && !isNaN(data131))) && (isFinite(data131)))){
const err365 = {instancePath:instancePath+"/ulimits/rtprio/hard",schemaPath:"#/definitions/ulimit/oneOf/1/properties/hard/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.oneOf[1].properties.hard.type,parentSchema:schema31.oneOf[1].properties.hard,data:data131};
if(vErrors === null){
vErrors = [err365];
}
else {
vErrors.push(err365);
}
errors++;
}
if((typeof data131 == "number") && (isFinite(data131))){
if(data131 < -1 || isNaN(data131)){
const err366 = {instancePath:instancePath+"/ulimits/rtprio/hard",schemaPath:"#/definitions/ulimit/oneOf/1/properties/hard/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema31.oneOf[1].properties.hard,data:data131};
if(vErrors === null){
vErrors = [err366];
}
else {
vErrors.push(err366);
}
errors++;
}
}
}
}
else {
const err367 = {instancePath:instancePath+"/ulimits/rtprio",schemaPath:"#/definitions/ulimit/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.oneOf[1].type,parentSchema:schema31.oneOf[1],data:data125};
if(vErrors === null){
vErrors = [err367];
}
else {
vErrors.push(err367);
}
errors++;
}
var _valid41 = _errs460 === errors;
if(_valid41 && valid169){
valid169 = false;
passing18 = [passing18, 1];
}
else {
if(_valid41){
valid169 = true;
passing18 = 1;
}
}
if(!valid169){
const err368 = {instancePath:instancePath+"/ulimits/rtprio",schemaPath:"#/definitions/ulimit/oneOf",keyword:"oneOf",params:{passingSchemas: passing18},message:"must match exactly one schema in oneOf",schema:schema31.oneOf,parentSchema:schema31,data:data125};
if(vErrors === null){
vErrors = [err368];
}
else {
vErrors.push(err368);
}
errors++;
}
else {
errors = _errs457;
if(vErrors !== null){
if(_errs457){
vErrors.length = _errs457;
}
else {
vErrors = null;
}
}
}
}
if(data47.rttime !== undefined){
let data132 = data47.rttime;
const _errs485 = errors;
let valid179 = false;
let passing19 = null;
const _errs486 = errors;
if(!(((typeof data132 == "number") && (!(data132 % 1) && !isNaN(data132))) && (isFinite(data132)))){
const err369 = {instancePath:instancePath+"/ulimits/rttime",schemaPath:"#/definitions/ulimit/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.oneOf[0].type,parentSchema:schema31.oneOf[0],data:data132};
if(vErrors === null){
vErrors = [err369];
}
else {
vErrors.push(err369);
}
errors++;
}
if((typeof data132 == "number") && (isFinite(data132))){
if(data132 < -1 || isNaN(data132)){
const err370 = {instancePath:instancePath+"/ulimits/rttime",schemaPath:"#/definitions/ulimit/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema31.oneOf[0],data:data132};
if(vErrors === null){
vErrors = [err370];
}
else {
vErrors.push(err370);
}
errors++;
}
}
var _valid44 = _errs486 === errors;
if(_valid44){
valid179 = true;
passing19 = 0;
}
const _errs488 = errors;
const _errs491 = errors;
let valid181 = true;
const _errs492 = errors;
if(errors === _errs492){
if(data132 && typeof data132 == "object" && !Array.isArray(data132)){
let missing26;
if((data132.soft === undefined) && (missing26 = "soft")){
const err371 = {};
if(vErrors === null){
vErrors = [err371];
}
else {
vErrors.push(err371);
}
errors++;
}
else {
if(data132.soft !== undefined){
if(-1 !== data132.soft){
const err372 = {};
if(vErrors === null){
vErrors = [err372];
}
else {
vErrors.push(err372);
}
errors++;
}
}
}
}
else {
const err373 = {};
if(vErrors === null){
vErrors = [err373];
}
else {
vErrors.push(err373);
}
errors++;
}
}
var _valid45 = _errs492 === errors;
errors = _errs491;
if(vErrors !== null){
if(_errs491){
vErrors.length = _errs491;
}
else {
vErrors = null;
}
}
if(_valid45){
const _errs495 = errors;
if(data132 && typeof data132 == "object" && !Array.isArray(data132)){
if(data132.hard !== undefined){
let data134 = data132.hard;
if(-1 !== data134){
const err374 = {instancePath:instancePath+"/ulimits/rttime/hard",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/0/then/properties/hard/const",keyword:"const",params:{allowedValue: -1},message:"must be equal to constant",schema:-1,parentSchema:schema31.oneOf[1].allOf[0].then.properties.hard,data:data134};
if(vErrors === null){
vErrors = [err374];
}
else {
vErrors.push(err374);
}
errors++;
}
}
}
else {
const err375 = {instancePath:instancePath+"/ulimits/rttime",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/0/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.oneOf[1].allOf[0].then.type,parentSchema:schema31.oneOf[1].allOf[0].then,data:data132};
if(vErrors === null){
vErrors = [err375];
}
else {
vErrors.push(err375);
}
errors++;
}
var _valid45 = _errs495 === errors;
valid181 = _valid45;
}
if(!valid181){
const err376 = {instancePath:instancePath+"/ulimits/rttime",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.oneOf[1].allOf[0].if,parentSchema:schema31.oneOf[1].allOf[0],data:data132};
if(vErrors === null){
vErrors = [err376];
}
else {
vErrors.push(err376);
}
errors++;
}
const _errs499 = errors;
let valid184 = true;
const _errs500 = errors;
if(errors === _errs500){
if(data132 && typeof data132 == "object" && !Array.isArray(data132)){
let missing27;
if((data132.hard === undefined) && (missing27 = "hard")){
const err377 = {};
if(vErrors === null){
vErrors = [err377];
}
else {
vErrors.push(err377);
}
errors++;
}
else {
if(data132.hard !== undefined){
if(-1 !== data132.hard){
const err378 = {};
if(vErrors === null){
vErrors = [err378];
}
else {
vErrors.push(err378);
}
errors++;
}
}
}
}
else {
const err379 = {};
if(vErrors === null){
vErrors = [err379];
}
else {
vErrors.push(err379);
}
errors++;
}
}
var _valid46 = _errs500 === errors;
errors = _errs499;
if(vErrors !== null){
if(_errs499){
vErrors.length = _errs499;
}
else {
vErrors = null;
}
}
if(_valid46){
const _errs503 = errors;
if(data132 && typeof data132 == "object" && !Array.isArray(data132)){
if(data132.soft !== undefined){
let data136 = data132.soft;
if(-1 !== data136){
const err380 = {instancePath:instancePath+"/ulimits/rttime/soft",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/1/then/properties/soft/const",keyword:"const",params:{allowedValue: -1},message:"must be equal to constant",schema:-1,parentSchema:schema31.oneOf[1].allOf[1].then.properties.soft,data:data136};
if(vErrors === null){
vErrors = [err380];
}
else {
vErrors.push(err380);
}
errors++;
}
}
}
else {
const err381 = {instancePath:instancePath+"/ulimits/rttime",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/1/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.oneOf[1].allOf[1].then.type,parentSchema:schema31.oneOf[1].allOf[1].then,data:data132};
if(vErrors === null){
vErrors = [err381];
}
else {
vErrors.push(err381);
}
errors++;
}
var _valid46 = _errs503 === errors;
valid184 = _valid46;
}
if(!valid184){
const err382 = {instancePath:instancePath+"/ulimits/rttime",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.oneOf[1].allOf[1].if,parentSchema:schema31.oneOf[1].allOf[1],data:data132};
if(vErrors === null){
vErrors = [err382];
}
else {
vErrors.push(err382);
}
errors++;
}
if(data132 && typeof data132 == "object" && !Array.isArray(data132)){
if(data132.soft === undefined){
const err383 = {instancePath:instancePath+"/ulimits/rttime",schemaPath:"#/definitions/ulimit/oneOf/1/required",keyword:"required",params:{missingProperty: "soft"},message:"must have required property '"+"soft"+"'",schema:schema31.oneOf[1].required,parentSchema:schema31.oneOf[1],data:data132};
if(vErrors === null){
vErrors = [err383];
}
else {
vErrors.push(err383);
}
errors++;
}
if(data132.hard === undefined){
const err384 = {instancePath:instancePath+"/ulimits/rttime",schemaPath:"#/definitions/ulimit/oneOf/1/required",keyword:"required",params:{missingProperty: "hard"},message:"must have required property '"+"hard"+"'",schema:schema31.oneOf[1].required,parentSchema:schema31.oneOf[1],data:data132};
if(vErrors === null){
vErrors = [err384];
}
else {
vErrors.push(err384);
}
errors++;
}
for(const key20 in data132){
if(!(((key20 === "soft") || (key20 === "hard")) || (pattern0.test(key20)))){
const err385 = {instancePath:instancePath+"/ulimits/rttime",schemaPath:"#/definitions/ulimit/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties",schema:false,parentSchema:schema31.oneOf[1],data:data132};
if(vErrors === null){
vErrors = [err385];
}
else {
vErrors.push(err385);
}
errors++;
}
}
if(data132.soft !== undefined){
let data137 = data132.soft;
if(!(((typeof data137 == "number") && (!(data137 % 1) && !isNaN(data137))) && (isFinite(data137)))){
const err386 = {instancePath:instancePath+"/ulimits/rttime/soft",schemaPath:"#/definitions/ulimit/oneOf/1/properties/soft/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.oneOf[1].properties.soft.type,parentSchema:schema31.oneOf[1].properties.soft,data:data137};
if(vErrors === null){
vErrors = [err386];
}
else {
vErrors.push(err386);
}
errors++;
}
if((typeof data137 == "number") && (isFinite(data137))){
if(data137 < -1 || isNaN(data137)){
const err387 = {instancePath:instancePath+"/ulimits/rttime/soft",schemaPath:"#/definitions/ulimit/oneOf/1/properties/soft/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema31.oneOf[1].properties.soft,data:data137};
if(vErrors === null){
vErrors = [err387];
}
else {
vErrors.push(err387);
}
errors++;
}
}
}
if(data132.hard !== undefined){
let data138 = data132.hard;
if(!(((typeof data138 == "number") && (!(data138 % 1) && !isNaN(data138))) && (isFinite(data138)))){
const err388 = {instancePath:instancePath+"/ulimits/rttime/hard",schemaPath:"#/definitions/ulimit/oneOf/1/properties/hard/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.oneOf[1].properties.hard.type,parentSchema:schema31.oneOf[1].properties.hard,data:data138};
if(vErrors === null){
vErrors = [err388];
}
else {
vErrors.push(err388);
}
errors++;
}
if((typeof data138 == "number") && (isFinite(data138))){
if(data138 < -1 || isNaN(data138)){
const err389 = {instancePath:instancePath+"/ulimits/rttime/hard",schemaPath:"#/definitions/ulimit/oneOf/1/properties/hard/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema31.oneOf[1].properties.hard,data:data138};
if(vErrors === null){
vErrors = [err389];
}
else {
vErrors.push(err389);
}
errors++;
}
}
}
}
else {
const err390 = {instancePath:instancePath+"/ulimits/rttime",schemaPath:"#/definitions/ulimit/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.oneOf[1].type,parentSchema:schema31.oneOf[1],data:data132};
if(vErrors === null){
vErrors = [err390];
}
else {
vErrors.push(err390);
}
errors++;
}
var _valid44 = _errs488 === errors;
if(_valid44 && valid179){
valid179 = false;
passing19 = [passing19, 1];
}
else {
if(_valid44){
valid179 = true;
passing19 = 1;
}
}
if(!valid179){
const err391 = {instancePath:instancePath+"/ulimits/rttime",schemaPath:"#/definitions/ulimit/oneOf",keyword:"oneOf",params:{passingSchemas: passing19},message:"must match exactly one schema in oneOf",schema:schema31.oneOf,parentSchema:schema31,data:data132};
if(vErrors === null){
vErrors = [err391];
}
else {
vErrors.push(err391);
}
errors++;
}
else {
errors = _errs485;
if(vErrors !== null){
if(_errs485){
vErrors.length = _errs485;
}
else {
vErrors = null;
}
}
}
}
if(data47.sigpending !== undefined){
let data139 = data47.sigpending;
const _errs513 = errors;
let valid189 = false;
let passing20 = null;
const _errs514 = errors;
if(!(((typeof data139 == "number") && (!(data139 % 1) && !isNaN(data139))) && (isFinite(data139)))){
const err392 = {instancePath:instancePath+"/ulimits/sigpending",schemaPath:"#/definitions/ulimit/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.oneOf[0].type,parentSchema:schema31.oneOf[0],data:data139};
if(vErrors === null){
vErrors = [err392];
}
else {
vErrors.push(err392);
}
errors++;
}
if((typeof data139 == "number") && (isFinite(data139))){
if(data139 < -1 || isNaN(data139)){
const err393 = {instancePath:instancePath+"/ulimits/sigpending",schemaPath:"#/definitions/ulimit/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema31.oneOf[0],data:data139};
if(vErrors === null){
vErrors = [err393];
}
else {
vErrors.push(err393);
}
errors++;
}
}
var _valid47 = _errs514 === errors;
if(_valid47){
valid189 = true;
passing20 = 0;
}
const _errs516 = errors;
const _errs519 = errors;
let valid191 = true;
const _errs520 = errors;
if(errors === _errs520){
if(data139 && typeof data139 == "object" && !Array.isArray(data139)){
let missing28;
if((data139.soft === undefined) && (missing28 = "soft")){
const err394 = {};
if(vErrors === null){
vErrors = [err394];
}
else {
vErrors.push(err394);
}
errors++;
}
else {
if(data139.soft !== undefined){
if(-1 !== data139.soft){
const err395 = {};
if(vErrors === null){
vErrors = [err395];
}
else {
vErrors.push(err395);
}
errors++;
}
}
}
}
else {
const err396 = {};
if(vErrors === null){
vErrors = [err396];
}
else {
vErrors.push(err396);
}
errors++;
}
}
var _valid48 = _errs520 === errors;
errors = _errs519;
if(vErrors !== null){
if(_errs519){
vErrors.length = _errs519;
}
else {
vErrors = null;
}
}
if(_valid48){
const _errs523 = errors;
if(data139 && typeof data139 == "object" && !Array.isArray(data139)){
if(data139.hard !== undefined){
let data141 = data139.hard;
if(-1 !== data141){
const err397 = {instancePath:instancePath+"/ulimits/sigpending/hard",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/0/then/properties/hard/const",keyword:"const",params:{allowedValue: -1},message:"must be equal to constant",schema:-1,parentSchema:schema31.oneOf[1].allOf[0].then.properties.hard,data:data141};
if(vErrors === null){
vErrors = [err397];
}
else {
vErrors.push(err397);
}
errors++;
}
}
}
else {
const err398 = {instancePath:instancePath+"/ulimits/sigpending",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/0/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.oneOf[1].allOf[0].then.type,parentSchema:schema31.oneOf[1].allOf[0].then,data:data139};
if(vErrors === null){
vErrors = [err398];
}
else {
vErrors.push(err398);
}
errors++;
}
var _valid48 = _errs523 === errors;
valid191 = _valid48;
}
if(!valid191){
const err399 = {instancePath:instancePath+"/ulimits/sigpending",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.oneOf[1].allOf[0].if,parentSchema:schema31.oneOf[1].allOf[0],data:data139};
if(vErrors === null){
vErrors = [err399];
}
else {
vErrors.push(err399);
}
errors++;
}
const _errs527 = errors;
let valid194 = true;
const _errs528 = errors;
if(errors === _errs528){
if(data139 && typeof data139 == "object" && !Array.isArray(data139)){
let missing29;
if((data139.hard === undefined) && (missing29 = "hard")){
const err400 = {};
if(vErrors === null){
vErrors = [err400];
}
else {
vErrors.push(err400);
}
errors++;
}
else {
if(data139.hard !== undefined){
if(-1 !== data139.hard){
const err401 = {};
if(vErrors === null){
vErrors = [err401];
}
else {
vErrors.push(err401);
}
errors++;
}
}
}
}
else {
const err402 = {};
if(vErrors === null){
vErrors = [err402];
}
else {
vErrors.push(err402);
}
errors++;
}
}
var _valid49 = _errs528 === errors;
errors = _errs527;
if(vErrors !== null){
if(_errs527){
vErrors.length = _errs527;
}
else {
vErrors = null;
}
}
if(_valid49){
const _errs531 = errors;
if(data139 && typeof data139 == "object" && !Array.isArray(data139)){
if(data139.soft !== undefined){
let data143 = data139.soft;
if(-1 !== data143){
const err403 = {instancePath:instancePath+"/ulimits/sigpending/soft",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/1/then/properties/soft/const",keyword:"const",params:{allowedValue: -1},message:"must be equal to constant",schema:-1,parentSchema:schema31.oneOf[1].allOf[1].then.properties.soft,data:data143};
if(vErrors === null){
vErrors = [err403];
}
else {
vErrors.push(err403);
}
errors++;
}
}
}
else {
const err404 = {instancePath:instancePath+"/ulimits/sigpending",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/1/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.oneOf[1].allOf[1].then.type,parentSchema:schema31.oneOf[1].allOf[1].then,data:data139};
if(vErrors === null){
vErrors = [err404];
}
else {
vErrors.push(err404);
}
errors++;
}
var _valid49 = _errs531 === errors;
valid194 = _valid49;
}
if(!valid194){
const err405 = {instancePath:instancePath+"/ulimits/sigpending",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.oneOf[1].allOf[1].if,parentSchema:schema31.oneOf[1].allOf[1],data:data139};
if(vErrors === null){
vErrors = [err405];
}
else {
vErrors.push(err405);
}
errors++;
}
if(data139 && typeof data139 == "object" && !Array.isArray(data139)){
if(data139.soft === undefined){
const err406 = {instancePath:instancePath+"/ulimits/sigpending",schemaPath:"#/definitions/ulimit/oneOf/1/required",keyword:"required",params:{missingProperty: "soft"},message:"must have required property '"+"soft"+"'",schema:schema31.oneOf[1].required,parentSchema:schema31.oneOf[1],data:data139};
if(vErrors === null){
vErrors = [err406];
}
else {
vErrors.push(err406);
}
errors++;
}
if(data139.hard === undefined){
const err407 = {instancePath:instancePath+"/ulimits/sigpending",schemaPath:"#/definitions/ulimit/oneOf/1/required",keyword:"required",params:{missingProperty: "hard"},message:"must have required property '"+"hard"+"'",schema:schema31.oneOf[1].required,parentSchema:schema31.oneOf[1],data:data139};
if(vErrors === null){
vErrors = [err407];
}
else {
vErrors.push(err407);
}
errors++;
}
for(const key21 in data139){
if(!(((key21 === "soft") || (key21 === "hard")) || (pattern0.test(key21)))){
const err408 = {instancePath:instancePath+"/ulimits/sigpending",schemaPath:"#/definitions/ulimit/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties",schema:false,parentSchema:schema31.oneOf[1],data:data139};
if(vErrors === null){
vErrors = [err408];
}
else {
vErrors.push(err408);
}
errors++;
}
}
if(data139.soft !== undefined){
let data144 = data139.soft;
if(!(((typeof data144 == "number") && (!(data144 % 1) && !isNaN(data144))) && (isFinite(data144)))){
const err409 = {instancePath:instancePath+"/ulimits/sigpending/soft",schemaPath:"#/definitions/ulimit/oneOf/1/properties/soft/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.oneOf[1].properties.soft.type,parentSchema:schema31.oneOf[1].properties.soft,data:data144};
if(vErrors === null){
vErrors = [err409];
}
else {
vErrors.push(err409);
}
errors++;
}
if((typeof data144 == "number") && (isFinite(data144))){
if(data144 < -1 || isNaN(data144)){
const err410 = {instancePath:instancePath+"/ulimits/sigpending/soft",schemaPath:"#/definitions/ulimit/oneOf/1/properties/soft/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema31.oneOf[1].properties.soft,data:data144};
if(vErrors === null){
vErrors = [err410];
}
else {
vErrors.push(err410);
}
errors++;
}
}
}
if(data139.hard !== undefined){
let data145 = data139.hard;
if(!(((typeof data145 == "number") && (!(data145 % 1) && !isNaN(data145))) && (isFinite(data145)))){
const err411 = {instancePath:instancePath+"/ulimits/sigpending/hard",schemaPath:"#/definitions/ulimit/oneOf/1/properties/hard/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.oneOf[1].properties.hard.type,parentSchema:schema31.oneOf[1].properties.hard,data:data145};
if(vErrors === null){
vErrors = [err411];
}
else {
vErrors.push(err411);
}
errors++;
}
if((typeof data145 == "number") && (isFinite(data145))){
if(data145 < -1 || isNaN(data145)){
const err412 = {instancePath:instancePath+"/ulimits/sigpending/hard",schemaPath:"#/definitions/ulimit/oneOf/1/properties/hard/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema31.oneOf[1].properties.hard,data:data145};
if(vErrors === null){
vErrors = [err412];
}
else {
vErrors.push(err412);
}
errors++;
}
}
}
}
else {
const err413 = {instancePath:instancePath+"/ulimits/sigpending",schemaPath:"#/definitions/ulimit/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.oneOf[1].type,parentSchema:schema31.oneOf[1],data:data139};
if(vErrors === null){
vErrors = [err413];
}
else {
vErrors.push(err413);
}
errors++;
}
var _valid47 = _errs516 === errors;
if(_valid47 && valid189){
valid189 = false;
passing20 = [passing20, 1];
}
else {
if(_valid47){
valid189 = true;
passing20 = 1;
}
}
if(!valid189){
const err414 = {instancePath:instancePath+"/ulimits/sigpending",schemaPath:"#/definitions/ulimit/oneOf",keyword:"oneOf",params:{passingSchemas: passing20},message:"must match exactly one schema in oneOf",schema:schema31.oneOf,parentSchema:schema31,data:data139};
if(vErrors === null){
vErrors = [err414];
}
else {
vErrors.push(err414);
}
errors++;
}
else {
errors = _errs513;
if(vErrors !== null){
if(_errs513){
vErrors.length = _errs513;
}
else {
vErrors = null;
}
}
}
}
if(data47.stack !== undefined){
let data146 = data47.stack;
const _errs541 = errors;
let valid199 = false;
let passing21 = null;
const _errs542 = errors;
if(!(((typeof data146 == "number") && (!(data146 % 1) && !isNaN(data146))) && (isFinite(data146)))){
const err415 = {instancePath:instancePath+"/ulimits/stack",schemaPath:"#/definitions/ulimit/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.oneOf[0].type,parentSchema:schema31.oneOf[0],data:data146};
if(vErrors === null){
vErrors = [err415];
}
else {
vErrors.push(err415);
}
errors++;
}
if((typeof data146 == "number") && (isFinite(data146))){
if(data146 < -1 || isNaN(data146)){
const err416 = {instancePath:instancePath+"/ulimits/stack",schemaPath:"#/definitions/ulimit/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema31.oneOf[0],data:data146};
if(vErrors === null){
vErrors = [err416];
}
else {
vErrors.push(err416);
}
errors++;
}
}
var _valid50 = _errs542 === errors;
if(_valid50){
valid199 = true;
passing21 = 0;
}
const _errs544 = errors;
const _errs547 = errors;
let valid201 = true;
const _errs548 = errors;
if(errors === _errs548){
if(data146 && typeof data146 == "object" && !Array.isArray(data146)){
let missing30;
if((data146.soft === undefined) && (missing30 = "soft")){
const err417 = {};
if(vErrors === null){
vErrors = [err417];
}
else {
vErrors.push(err417);
}
errors++;
}
else {
if(data146.soft !== undefined){
if(-1 !== data146.soft){
const err418 = {};
if(vErrors === null){
vErrors = [err418];
}
else {
vErrors.push(err418);
}
errors++;
}
}
}
}
else {
const err419 = {};
if(vErrors === null){
vErrors = [err419];
}
else {
vErrors.push(err419);
}
errors++;
}
}
var _valid51 = _errs548 === errors;
errors = _errs547;
if(vErrors !== null){
if(_errs547){
vErrors.length = _errs547;
}
else {
vErrors = null;
}
}
if(_valid51){
const _errs551 = errors;
if(data146 && typeof data146 == "object" && !Array.isArray(data146)){
if(data146.hard !== undefined){
let data148 = data146.hard;
if(-1 !== data148){
const err420 = {instancePath:instancePath+"/ulimits/stack/hard",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/0/then/properties/hard/const",keyword:"const",params:{allowedValue: -1},message:"must be equal to constant",schema:-1,parentSchema:schema31.oneOf[1].allOf[0].then.properties.hard,data:data148};
if(vErrors === null){
vErrors = [err420];
}
else {
vErrors.push(err420);
}
errors++;
}
}
}
else {
const err421 = {instancePath:instancePath+"/ulimits/stack",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/0/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.oneOf[1].allOf[0].then.type,parentSchema:schema31.oneOf[1].allOf[0].then,data:data146};
if(vErrors === null){
vErrors = [err421];
}
else {
vErrors.push(err421);
}
errors++;
}
var _valid51 = _errs551 === errors;
valid201 = _valid51;
}
if(!valid201){
const err422 = {instancePath:instancePath+"/ulimits/stack",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.oneOf[1].allOf[0].if,parentSchema:schema31.oneOf[1].allOf[0],data:data146};
if(vErrors === null){
vErrors = [err422];
}
else {
vErrors.push(err422);
}
errors++;
}
const _errs555 = errors;
let valid204 = true;
const _errs556 = errors;
if(errors === _errs556){
if(data146 && typeof data146 == "object" && !Array.isArray(data146)){
let missing31;
if((data146.hard === undefined) && (missing31 = "hard")){
const err423 = {};
if(vErrors === null){
vErrors = [err423];
}
else {
vErrors.push(err423);
}
errors++;
}
else {
if(data146.hard !== undefined){
if(-1 !== data146.hard){
const err424 = {};
if(vErrors === null){
vErrors = [err424];
}
else {
vErrors.push(err424);
}
errors++;
}
}
}
}
else {
const err425 = {};
if(vErrors === null){
vErrors = [err425];
}
else {
vErrors.push(err425);
}
errors++;
}
}
var _valid52 = _errs556 === errors;
errors = _errs555;
if(vErrors !== null){
if(_errs555){
vErrors.length = _errs555;
}
else {
vErrors = null;
}
}
if(_valid52){
const _errs559 = errors;
if(data146 && typeof data146 == "object" && !Array.isArray(data146)){
if(data146.soft !== undefined){
let data150 = data146.soft;
if(-1 !== data150){
const err426 = {instancePath:instancePath+"/ulimits/stack/soft",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/1/then/properties/soft/const",keyword:"const",params:{allowedValue: -1},message:"must be equal to constant",schema:-1,parentSchema:schema31.oneOf[1].allOf[1].then.properties.soft,data:data150};
if(vErrors === null){
vErrors = [err426];
}
else {
vErrors.push(err426);
}
errors++;
}
}
}
else {
const err427 = {instancePath:instancePath+"/ulimits/stack",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/1/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.oneOf[1].allOf[1].then.type,parentSchema:schema31.oneOf[1].allOf[1].then,data:data146};
if(vErrors === null){
vErrors = [err427];
}
else {
vErrors.push(err427);
}
errors++;
}
var _valid52 = _errs559 === errors;
valid204 = _valid52;
}
if(!valid204){
const err428 = {instancePath:instancePath+"/ulimits/stack",schemaPath:"#/definitions/ulimit/oneOf/1/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.oneOf[1].allOf[1].if,parentSchema:schema31.oneOf[1].allOf[1],data:data146};
if(vErrors === null){
vErrors = [err428];
}
else {
vErrors.push(err428);
}
errors++;
}
if(data146 && typeof data146 == "object" && !Array.isArray(data146)){
if(data146.soft === undefined){
const err429 = {instancePath:instancePath+"/ulimits/stack",schemaPath:"#/definitions/ulimit/oneOf/1/required",keyword:"required",params:{missingProperty: "soft"},message:"must have required property '"+"soft"+"'",schema:schema31.oneOf[1].required,parentSchema:schema31.oneOf[1],data:data146};
if(vErrors === null){
vErrors = [err429];
}
else {
vErrors.push(err429);
}
errors++;
}
if(data146.hard === undefined){
const err430 = {instancePath:instancePath+"/ulimits/stack",schemaPath:"#/definitions/ulimit/oneOf/1/required",keyword:"required",params:{missingProperty: "hard"},message:"must have required property '"+"hard"+"'",schema:schema31.oneOf[1].required,parentSchema:schema31.oneOf[1],data:data146};
if(vErrors === null){
vErrors = [err430];
}
else {
vErrors.push(err430);
}
errors++;
}
for(const key22 in data146){
if(!(((key22 === "soft") || (key22 === "hard")) || (pattern0.test(key22)))){
const err431 = {instancePath:instancePath+"/ulimits/stack",schemaPath:"#/definitions/ulimit/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties",schema:false,parentSchema:schema31.oneOf[1],data:data146};
if(vErrors === null){
vErrors = [err431];
}
else {
vErrors.push(err431);
}
errors++;
}
}
if(data146.soft !== undefined){
let data151 = data146.soft;
if(!(((typeof data151 == "number") && (!(data151 % 1) && !isNaN(data151))) && (isFinite(data151)))){
const err432 = {instancePath:instancePath+"/ulimits/stack/soft",schemaPath:"#/definitions/ulimit/oneOf/1/properties/soft/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.oneOf[1].properties.soft.type,parentSchema:schema31.oneOf[1].properties.soft,data:data151};
if(vErrors === null){
vErrors = [err432];
}
else {
vErrors.push(err432);
}
errors++;
}
if((typeof data151 == "number") && (isFinite(data151))){
if(data151 < -1 || isNaN(data151)){
const err433 = {instancePath:instancePath+"/ulimits/stack/soft",schemaPath:"#/definitions/ulimit/oneOf/1/properties/soft/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema31.oneOf[1].properties.soft,data:data151};
if(vErrors === null){
vErrors = [err433];
}
else {
vErrors.push(err433);
}
errors++;
}
}
}
if(data146.hard !== undefined){
let data152 = data146.hard;
if(!(((typeof data152 == "number") && (!(data152 % 1) && !isNaN(data152))) && (isFinite(data152)))){
const err434 = {instancePath:instancePath+"/ulimits/stack/hard",schemaPath:"#/definitions/ulimit/oneOf/1/properties/hard/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.oneOf[1].properties.hard.type,parentSchema:schema31.oneOf[1].properties.hard,data:data152};
if(vErrors === null){
vErrors = [err434];
}
else {
vErrors.push(err434);
}
errors++;
}
if((typeof data152 == "number") && (isFinite(data152))){
if(data152 < -1 || isNaN(data152)){
const err435 = {instancePath:instancePath+"/ulimits/stack/hard",schemaPath:"#/definitions/ulimit/oneOf/1/properties/hard/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema31.oneOf[1].properties.hard,data:data152};
if(vErrors === null){
vErrors = [err435];
}
else {
vErrors.push(err435);
}
errors++;
}
}
}
}
else {
const err436 = {instancePath:instancePath+"/ulimits/stack",schemaPath:"#/definitions/ulimit/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.oneOf[1].type,parentSchema:schema31.oneOf[1],data:data146};
if(vErrors === null){
vErrors = [err436];
}
else {
vErrors.push(err436);
}
errors++;
}
var _valid50 = _errs544 === errors;
if(_valid50 && valid199){
valid199 = false;
passing21 = [passing21, 1];
}
else {
if(_valid50){
valid199 = true;
passing21 = 1;
}
}
if(!valid199){
const err437 = {instancePath:instancePath+"/ulimits/stack",schemaPath:"#/definitions/ulimit/oneOf",keyword:"oneOf",params:{passingSchemas: passing21},message:"must match exactly one schema in oneOf",schema:schema31.oneOf,parentSchema:schema31,data:data146};
if(vErrors === null){
vErrors = [err437];
}
else {
vErrors.push(err437);
}
errors++;
}
else {
errors = _errs541;
if(vErrors !== null){
if(_errs541){
vErrors.length = _errs541;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err438 = {instancePath:instancePath+"/ulimits",schemaPath:"#/properties/ulimits/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.ulimits.type,parentSchema:schema11.properties.ulimits,data:data47};
if(vErrors === null){
vErrors = [err438];
}
else {
vErrors.push(err438);
}
errors++;
}
}
if(data.sysctls !== undefined){
let data153 = data.sysctls;
const _errs568 = errors;
let valid208 = false;
let passing22 = null;
const _errs569 = errors;
if(data153 && typeof data153 == "object" && !Array.isArray(data153)){
for(const key23 in data153){
const _errs571 = errors;
if(typeof key23 === "string"){
if(!pattern43.test(key23)){
const err439 = {instancePath:instancePath+"/sysctls",schemaPath:"#/properties/sysctls/oneOf/0/propertyNames/pattern",keyword:"pattern",params:{pattern: "^(?:kernel\\.(?:msgmax|msgmnb|msgmni|sem|shmall|shmmax|shmmni|shm_rmid_forced)|net\\.[^=]*|fs\\.mqueue\\.[^=]*)$"},message:"must match pattern \""+"^(?:kernel\\.(?:msgmax|msgmnb|msgmni|sem|shmall|shmmax|shmmni|shm_rmid_forced)|net\\.[^=]*|fs\\.mqueue\\.[^=]*)$"+"\"",schema:"^(?:kernel\\.(?:msgmax|msgmnb|msgmni|sem|shmall|shmmax|shmmni|shm_rmid_forced)|net\\.[^=]*|fs\\.mqueue\\.[^=]*)$",parentSchema:schema11.properties.sysctls.oneOf[0].propertyNames,data:key23,propertyName:key23};
if(vErrors === null){
vErrors = [err439];
}
else {
vErrors.push(err439);
}
errors++;
}
}
var valid209 = _errs571 === errors;
if(!valid209){
const err440 = {instancePath:instancePath+"/sysctls",schemaPath:"#/properties/sysctls/oneOf/0/propertyNames",keyword:"propertyNames",params:{propertyName: key23},message:"property name must be valid",schema:schema11.properties.sysctls.oneOf[0].propertyNames,parentSchema:schema11.properties.sysctls.oneOf[0],data:data153};
if(vErrors === null){
vErrors = [err440];
}
else {
vErrors.push(err440);
}
errors++;
}
}
for(const key24 in data153){
let data154 = data153[key24];
if((typeof data154 !== "string") && (!((typeof data154 == "number") && (isFinite(data154))))){
const err441 = {instancePath:instancePath+"/sysctls/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/sysctls/oneOf/0/additionalProperties/type",keyword:"type",params:{type: schema11.properties.sysctls.oneOf[0].additionalProperties.type},message:"must be string,number",schema:schema11.properties.sysctls.oneOf[0].additionalProperties.type,parentSchema:schema11.properties.sysctls.oneOf[0].additionalProperties,data:data154};
if(vErrors === null){
vErrors = [err441];
}
else {
vErrors.push(err441);
}
errors++;
}
}
}
else {
const err442 = {instancePath:instancePath+"/sysctls",schemaPath:"#/properties/sysctls/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.sysctls.oneOf[0].type,parentSchema:schema11.properties.sysctls.oneOf[0],data:data153};
if(vErrors === null){
vErrors = [err442];
}
else {
vErrors.push(err442);
}
errors++;
}
var _valid53 = _errs569 === errors;
if(_valid53){
valid208 = true;
passing22 = 0;
}
const _errs575 = errors;
if(Array.isArray(data153)){
const len14 = data153.length;
for(let i14=0; i14<len14; i14++){
let data155 = data153[i14];
if(typeof data155 === "string"){
if(!pattern44.test(data155)){
const err443 = {instancePath:instancePath+"/sysctls/" + i14,schemaPath:"#/properties/sysctls/oneOf/1/items/pattern",keyword:"pattern",params:{pattern: "^(?:kernel\\.(?:msgmax|msgmnb|msgmni|sem|shmall|shmmax|shmmni|shm_rmid_forced)|net\\.[^=]*|fs\\.mqueue\\.[^=]*)="},message:"must match pattern \""+"^(?:kernel\\.(?:msgmax|msgmnb|msgmni|sem|shmall|shmmax|shmmni|shm_rmid_forced)|net\\.[^=]*|fs\\.mqueue\\.[^=]*)="+"\"",schema:"^(?:kernel\\.(?:msgmax|msgmnb|msgmni|sem|shmall|shmmax|shmmni|shm_rmid_forced)|net\\.[^=]*|fs\\.mqueue\\.[^=]*)=",parentSchema:schema11.properties.sysctls.oneOf[1].items,data:data155};
if(vErrors === null){
vErrors = [err443];
}
else {
vErrors.push(err443);
}
errors++;
}
}
else {
const err444 = {instancePath:instancePath+"/sysctls/" + i14,schemaPath:"#/properties/sysctls/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.sysctls.oneOf[1].items.type,parentSchema:schema11.properties.sysctls.oneOf[1].items,data:data155};
if(vErrors === null){
vErrors = [err444];
}
else {
vErrors.push(err444);
}
errors++;
}
}
}
else {
const err445 = {instancePath:instancePath+"/sysctls",schemaPath:"#/properties/sysctls/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.sysctls.oneOf[1].type,parentSchema:schema11.properties.sysctls.oneOf[1],data:data153};
if(vErrors === null){
vErrors = [err445];
}
else {
vErrors.push(err445);
}
errors++;
}
var _valid53 = _errs575 === errors;
if(_valid53 && valid208){
valid208 = false;
passing22 = [passing22, 1];
}
else {
if(_valid53){
valid208 = true;
passing22 = 1;
}
}
if(!valid208){
const err446 = {instancePath:instancePath+"/sysctls",schemaPath:"#/properties/sysctls/oneOf",keyword:"oneOf",params:{passingSchemas: passing22},message:"must match exactly one schema in oneOf",schema:schema11.properties.sysctls.oneOf,parentSchema:schema11.properties.sysctls,data:data153};
if(vErrors === null){
vErrors = [err446];
}
else {
vErrors.push(err446);
}
errors++;
}
else {
errors = _errs568;
if(vErrors !== null){
if(_errs568){
vErrors.length = _errs568;
}
else {
vErrors = null;
}
}
}
}
if(data.mem_limit !== undefined){
let data156 = data.mem_limit;
if((!(((typeof data156 == "number") && (!(data156 % 1) && !isNaN(data156))) && (isFinite(data156)))) && (typeof data156 !== "string")){
const err447 = {instancePath:instancePath+"/mem_limit",schemaPath:"#/definitions/memorySize/type",keyword:"type",params:{type: schema46.type},message:"must be integer,string",schema:schema46.type,parentSchema:schema46,data:data156};
if(vErrors === null){
vErrors = [err447];
}
else {
vErrors.push(err447);
}
errors++;
}
const _errs582 = errors;
let valid214 = false;
const _errs583 = errors;
if(typeof data156 === "string"){
if(!pattern45.test(data156)){
const err448 = {instancePath:instancePath+"/mem_limit",schemaPath:"#/definitions/memorySize/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^(?:(?:(?:0+(?:\\.[0-9]+)?)|(?=(?:0*[1-9][0-9]{7,}(?:\\.[0-9]+)?|0*[7-9][0-9]{6}(?:\\.[0-9]+)?|0*6[3-9][0-9]{5}(?:\\.[0-9]+)?|0*629[2-9][0-9]{3}(?:\\.[0-9]+)?|0*6291[5-9][0-9]{2}(?:\\.[0-9]+)?|0*62914[6-9][0-9](?:\\.[0-9]+)?|0*629145[7-9](?:\\.[0-9]+)?|0*6291456(?:\\.[0-9]+)?) ?[bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,14}(?:\\.[0-9]+)?|0*[1-8][0-9]{15}(?:\\.[0-9]+)?|0*900[0-6][0-9]{12}(?:\\.[0-9]+)?|0*90070[0-9]{11}(?:\\.[0-9]+)?|0*90071[0-8][0-9]{10}(?:\\.[0-9]+)?|0*900719[0-8][0-9]{9}(?:\\.[0-9]+)?|0*9007199[0-1][0-9]{8}(?:\\.[0-9]+)?|0*90071992[0-4][0-9]{7}(?:\\.[0-9]+)?|0*900719925[0-3][0-9]{6}(?:\\.[0-9]+)?|0*9007199254[0-6][0-9]{5}(?:\\.[0-9]+)?|0*90071992547[0-3][0-9]{4}(?:\\.[0-9]+)?|0*9007199254740[0-8][0-9]{2}(?:\\.[0-9]+)?|0*90071992547409[0-8][0-9](?:\\.[0-9]+)?|0*900719925474099[0-1](?:\\.[0-9]+)?)) ?[bB]?|(?:(?:0+(?:\\.0+)?|0+\\.000[0-8][0-9]*|0+\\.0009[0-6][0-9]*|0+\\.00097[0-5][0-9]*|0+\\.000976[0-4][0-9]*|0+\\.0009765[0-5][0-9]*|0+\\.00097656[0-1][0-9]*|0+\\.000976562[0-4][0-9]*|0+\\.00*|0+\\.000*|0+\\.0000*|0+\\.00090*|0+\\.000970*|0+\\.0009760*|0+\\.00097650*|0+\\.000976560*|0+\\.0009765620*)|(?=(?:0*[1-9][0-9]{4,}(?:\\.[0-9]+)?|0*[7-9][0-9]{3}(?:\\.[0-9]+)?|0*6[2-9][0-9]{2}(?:\\.[0-9]+)?|0*61[5-9][0-9](?:\\.[0-9]+)?|0*614[5-9](?:\\.[0-9]+)?|0*6144(?:\\.[0-9]+)?) ?[Kk][bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,11}(?:\\.[0-9]+)?|0*[1-7][0-9]{12}(?:\\.[0-9]+)?|0*8[0-6][0-9]{11}(?:\\.[0-9]+)?|0*87[0-8][0-9]{10}(?:\\.[0-9]+)?|0*879[0-5][0-9]{9}(?:\\.[0-9]+)?|0*87960[0-8][0-9]{7}(?:\\.[0-9]+)?|0*879609[0-2][0-9]{6}(?:\\.[0-9]+)?|0*87960930[0-1][0-9]{4}(?:\\.[0-9]+)?|0*879609302[0-1][0-9]{3}(?:\\.[0-9]+)?|0*8796093022[0-1][0-9]{2}(?:\\.[0-9]+)?|0*879609302220[0-7](?:\\.[0-9]+)?)) ?[Kk][bB]?|(?:(?:0+(?:\\.0+)?|0+\\.000000[0-8][0-9]*|0+\\.0000009[0-4][0-9]*|0+\\.00000095[0-2][0-9]*|0+\\.000000953[0-5][0-9]*|0+\\.0000009536[0-6][0-9]*|0+\\.00000095367[0-3][0-9]*|0+\\.000000953674[0-2][0-9]*|0+\\.00000095367430[0-9]*|0+\\.00000095367431[0-5][0-9]*|0+\\.000000953674316[0-3][0-9]*|0+\\.00000095367431640[0-5][0-9]*|0+\\.000000953674316406[0-1][0-9]*|0+\\.0000009536743164062[0-4][0-9]*|0+\\.00*|0+\\.000*|0+\\.0000*|0+\\.00000*|0+\\.000000*|0+\\.0000000*|0+\\.00000090*|0+\\.000000950*|0+\\.0000009530*|0+\\.00000095360*|0+\\.000000953670*|0+\\.0000009536740*|0+\\.00000095367430*|0+\\.000000953674310*|0+\\.0000009536743160*|0+\\.00000095367431640*|0+\\.000000953674316400*|0+\\.0000009536743164060*|0+\\.00000095367431640620*)|(?=(?:0*[1-9][0-9]{1,}(?:\\.[0-9]+)?|0*[7-9](?:\\.[0-9]+)?|0*6(?:\\.[0-9]+)?) ?[Mm][bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,8}(?:\\.[0-9]+)?|0*[1-7][0-9]{9}(?:\\.[0-9]+)?|0*8[0-4][0-9]{8}(?:\\.[0-9]+)?|0*85[0-7][0-9]{7}(?:\\.[0-9]+)?|0*858[0-8][0-9]{6}(?:\\.[0-9]+)?|0*8589[0-8][0-9]{5}(?:\\.[0-9]+)?|0*85899[0-2][0-9]{4}(?:\\.[0-9]+)?|0*858993[0-3][0-9]{3}(?:\\.[0-9]+)?|0*8589934[0-4][0-9]{2}(?:\\.[0-9]+)?|0*85899345[0-8][0-9](?:\\.[0-9]+)?|0*858993459[0-1](?:\\.[0-9]+)?)) ?[Mm][bB]?|(?:(?:0+(?:\\.0+)?|0+\\.000000000[0-8][0-9]*|0+\\.0000000009[0-2][0-9]*|0+\\.000000000930[0-9]*|0+\\.000000000931[0-2][0-9]*|0+\\.0000000009313[0-1][0-9]*|0+\\.00000000093132[0-1][0-9]*|0+\\.000000000931322[0-4][0-9]*|0+\\.0000000009313225[0-6][0-9]*|0+\\.00000000093132257[0-3][0-9]*|0+\\.000000000931322574[0-5][0-9]*|0+\\.00000000093132257460[0-9]*|0+\\.00000000093132257461[0-4][0-9]*|0+\\.000000000931322574615[0-3][0-9]*|0+\\.0000000009313225746154[0-6][0-9]*|0+\\.00000000093132257461547[0-7][0-9]*|0+\\.000000000931322574615478[0-4][0-9]*|0+\\.00000000093132257461547850[0-9]*|0+\\.00000000093132257461547851[0-4][0-9]*|0+\\.000000000931322574615478515[0-5][0-9]*|0+\\.0000000009313225746154785156[0-1][0-9]*|0+\\.00000000093132257461547851562[0-4][0-9]*|0+\\.00*|0+\\.000*|0+\\.0000*|0+\\.00000*|0+\\.000000*|0+\\.0000000*|0+\\.00000000*|0+\\.000000000*|0+\\.0000000000*|0+\\.00000000090*|0+\\.000000000930*|0+\\.0000000009310*|0+\\.00000000093130*|0+\\.000000000931320*|0+\\.0000000009313220*|0+\\.00000000093132250*|0+\\.000000000931322570*|0+\\.0000000009313225740*|0+\\.00000000093132257460*|0+\\.000000000931322574610*|0+\\.0000000009313225746150*|0+\\.00000000093132257461540*|0+\\.000000000931322574615470*|0+\\.0000000009313225746154780*|0+\\.00000000093132257461547850*|0+\\.000000000931322574615478510*|0+\\.0000000009313225746154785150*|0+\\.00000000093132257461547851560*|0+\\.000000000931322574615478515620*)|(?=(?:0*[1-9][0-9]*(?:\\.[0-9]+)?|0+\\.[1-9][0-9]*|0+\\.0[1-9][0-9]*|0+\\.00[6-9][0-9]*|0+\\.0059[0-9]*|0+\\.0058[6-9][0-9]*|0+\\.005859[4-9][0-9]*|0+\\.0058593[8-9][0-9]*|0+\\.00585937[6-9][0-9]*|0+\\.005859375[0-9]*) ?[Gg][bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,5}(?:\\.[0-9]+)?|0*[1-7][0-9]{6}(?:\\.[0-9]+)?|0*8[0-2][0-9]{5}(?:\\.[0-9]+)?|0*83[0-7][0-9]{4}(?:\\.[0-9]+)?|0*838[0-7][0-9]{3}(?:\\.[0-9]+)?|0*8388[0-5][0-9]{2}(?:\\.[0-9]+)?|0*838860[0-7](?:\\.[0-9]+)?)) ?[Gg][bB]?)$"},message:"must match pattern \""+"^(?:(?:(?:0+(?:\\.[0-9]+)?)|(?=(?:0*[1-9][0-9]{7,}(?:\\.[0-9]+)?|0*[7-9][0-9]{6}(?:\\.[0-9]+)?|0*6[3-9][0-9]{5}(?:\\.[0-9]+)?|0*629[2-9][0-9]{3}(?:\\.[0-9]+)?|0*6291[5-9][0-9]{2}(?:\\.[0-9]+)?|0*62914[6-9][0-9](?:\\.[0-9]+)?|0*629145[7-9](?:\\.[0-9]+)?|0*6291456(?:\\.[0-9]+)?) ?[bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,14}(?:\\.[0-9]+)?|0*[1-8][0-9]{15}(?:\\.[0-9]+)?|0*900[0-6][0-9]{12}(?:\\.[0-9]+)?|0*90070[0-9]{11}(?:\\.[0-9]+)?|0*90071[0-8][0-9]{10}(?:\\.[0-9]+)?|0*900719[0-8][0-9]{9}(?:\\.[0-9]+)?|0*9007199[0-1][0-9]{8}(?:\\.[0-9]+)?|0*90071992[0-4][0-9]{7}(?:\\.[0-9]+)?|0*900719925[0-3][0-9]{6}(?:\\.[0-9]+)?|0*9007199254[0-6][0-9]{5}(?:\\.[0-9]+)?|0*90071992547[0-3][0-9]{4}(?:\\.[0-9]+)?|0*9007199254740[0-8][0-9]{2}(?:\\.[0-9]+)?|0*90071992547409[0-8][0-9](?:\\.[0-9]+)?|0*900719925474099[0-1](?:\\.[0-9]+)?)) ?[bB]?|(?:(?:0+(?:\\.0+)?|0+\\.000[0-8][0-9]*|0+\\.0009[0-6][0-9]*|0+\\.00097[0-5][0-9]*|0+\\.000976[0-4][0-9]*|0+\\.0009765[0-5][0-9]*|0+\\.00097656[0-1][0-9]*|0+\\.000976562[0-4][0-9]*|0+\\.00*|0+\\.000*|0+\\.0000*|0+\\.00090*|0+\\.000970*|0+\\.0009760*|0+\\.00097650*|0+\\.000976560*|0+\\.0009765620*)|(?=(?:0*[1-9][0-9]{4,}(?:\\.[0-9]+)?|0*[7-9][0-9]{3}(?:\\.[0-9]+)?|0*6[2-9][0-9]{2}(?:\\.[0-9]+)?|0*61[5-9][0-9](?:\\.[0-9]+)?|0*614[5-9](?:\\.[0-9]+)?|0*6144(?:\\.[0-9]+)?) ?[Kk][bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,11}(?:\\.[0-9]+)?|0*[1-7][0-9]{12}(?:\\.[0-9]+)?|0*8[0-6][0-9]{11}(?:\\.[0-9]+)?|0*87[0-8][0-9]{10}(?:\\.[0-9]+)?|0*879[0-5][0-9]{9}(?:\\.[0-9]+)?|0*87960[0-8][0-9]{7}(?:\\.[0-9]+)?|0*879609[0-2][0-9]{6}(?:\\.[0-9]+)?|0*87960930[0-1][0-9]{4}(?:\\.[0-9]+)?|0*879609302[0-1][0-9]{3}(?:\\.[0-9]+)?|0*8796093022[0-1][0-9]{2}(?:\\.[0-9]+)?|0*879609302220[0-7](?:\\.[0-9]+)?)) ?[Kk][bB]?|(?:(?:0+(?:\\.0+)?|0+\\.000000[0-8][0-9]*|0+\\.0000009[0-4][0-9]*|0+\\.00000095[0-2][0-9]*|0+\\.000000953[0-5][0-9]*|0+\\.0000009536[0-6][0-9]*|0+\\.00000095367[0-3][0-9]*|0+\\.000000953674[0-2][0-9]*|0+\\.00000095367430[0-9]*|0+\\.00000095367431[0-5][0-9]*|0+\\.000000953674316[0-3][0-9]*|0+\\.00000095367431640[0-5][0-9]*|0+\\.000000953674316406[0-1][0-9]*|0+\\.0000009536743164062[0-4][0-9]*|0+\\.00*|0+\\.000*|0+\\.0000*|0+\\.00000*|0+\\.000000*|0+\\.0000000*|0+\\.00000090*|0+\\.000000950*|0+\\.0000009530*|0+\\.00000095360*|0+\\.000000953670*|0+\\.0000009536740*|0+\\.00000095367430*|0+\\.000000953674310*|0+\\.0000009536743160*|0+\\.00000095367431640*|0+\\.000000953674316400*|0+\\.0000009536743164060*|0+\\.00000095367431640620*)|(?=(?:0*[1-9][0-9]{1,}(?:\\.[0-9]+)?|0*[7-9](?:\\.[0-9]+)?|0*6(?:\\.[0-9]+)?) ?[Mm][bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,8}(?:\\.[0-9]+)?|0*[1-7][0-9]{9}(?:\\.[0-9]+)?|0*8[0-4][0-9]{8}(?:\\.[0-9]+)?|0*85[0-7][0-9]{7}(?:\\.[0-9]+)?|0*858[0-8][0-9]{6}(?:\\.[0-9]+)?|0*8589[0-8][0-9]{5}(?:\\.[0-9]+)?|0*85899[0-2][0-9]{4}(?:\\.[0-9]+)?|0*858993[0-3][0-9]{3}(?:\\.[0-9]+)?|0*8589934[0-4][0-9]{2}(?:\\.[0-9]+)?|0*85899345[0-8][0-9](?:\\.[0-9]+)?|0*858993459[0-1](?:\\.[0-9]+)?)) ?[Mm][bB]?|(?:(?:0+(?:\\.0+)?|0+\\.000000000[0-8][0-9]*|0+\\.0000000009[0-2][0-9]*|0+\\.000000000930[0-9]*|0+\\.000000000931[0-2][0-9]*|0+\\.0000000009313[0-1][0-9]*|0+\\.00000000093132[0-1][0-9]*|0+\\.000000000931322[0-4][0-9]*|0+\\.0000000009313225[0-6][0-9]*|0+\\.00000000093132257[0-3][0-9]*|0+\\.000000000931322574[0-5][0-9]*|0+\\.00000000093132257460[0-9]*|0+\\.00000000093132257461[0-4][0-9]*|0+\\.000000000931322574615[0-3][0-9]*|0+\\.0000000009313225746154[0-6][0-9]*|0+\\.00000000093132257461547[0-7][0-9]*|0+\\.000000000931322574615478[0-4][0-9]*|0+\\.00000000093132257461547850[0-9]*|0+\\.00000000093132257461547851[0-4][0-9]*|0+\\.000000000931322574615478515[0-5][0-9]*|0+\\.0000000009313225746154785156[0-1][0-9]*|0+\\.00000000093132257461547851562[0-4][0-9]*|0+\\.00*|0+\\.000*|0+\\.0000*|0+\\.00000*|0+\\.000000*|0+\\.0000000*|0+\\.00000000*|0+\\.000000000*|0+\\.0000000000*|0+\\.00000000090*|0+\\.000000000930*|0+\\.0000000009310*|0+\\.00000000093130*|0+\\.000000000931320*|0+\\.0000000009313220*|0+\\.00000000093132250*|0+\\.000000000931322570*|0+\\.0000000009313225740*|0+\\.00000000093132257460*|0+\\.000000000931322574610*|0+\\.0000000009313225746150*|0+\\.00000000093132257461540*|0+\\.000000000931322574615470*|0+\\.0000000009313225746154780*|0+\\.00000000093132257461547850*|0+\\.000000000931322574615478510*|0+\\.0000000009313225746154785150*|0+\\.00000000093132257461547851560*|0+\\.000000000931322574615478515620*)|(?=(?:0*[1-9][0-9]*(?:\\.[0-9]+)?|0+\\.[1-9][0-9]*|0+\\.0[1-9][0-9]*|0+\\.00[6-9][0-9]*|0+\\.0059[0-9]*|0+\\.0058[6-9][0-9]*|0+\\.005859[4-9][0-9]*|0+\\.0058593[8-9][0-9]*|0+\\.00585937[6-9][0-9]*|0+\\.005859375[0-9]*) ?[Gg][bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,5}(?:\\.[0-9]+)?|0*[1-7][0-9]{6}(?:\\.[0-9]+)?|0*8[0-2][0-9]{5}(?:\\.[0-9]+)?|0*83[0-7][0-9]{4}(?:\\.[0-9]+)?|0*838[0-7][0-9]{3}(?:\\.[0-9]+)?|0*8388[0-5][0-9]{2}(?:\\.[0-9]+)?|0*838860[0-7](?:\\.[0-9]+)?)) ?[Gg][bB]?)$"+"\"",schema:"^(?:(?:(?:0+(?:\\.[0-9]+)?)|(?=(?:0*[1-9][0-9]{7,}(?:\\.[0-9]+)?|0*[7-9][0-9]{6}(?:\\.[0-9]+)?|0*6[3-9][0-9]{5}(?:\\.[0-9]+)?|0*629[2-9][0-9]{3}(?:\\.[0-9]+)?|0*6291[5-9][0-9]{2}(?:\\.[0-9]+)?|0*62914[6-9][0-9](?:\\.[0-9]+)?|0*629145[7-9](?:\\.[0-9]+)?|0*6291456(?:\\.[0-9]+)?) ?[bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,14}(?:\\.[0-9]+)?|0*[1-8][0-9]{15}(?:\\.[0-9]+)?|0*900[0-6][0-9]{12}(?:\\.[0-9]+)?|0*90070[0-9]{11}(?:\\.[0-9]+)?|0*90071[0-8][0-9]{10}(?:\\.[0-9]+)?|0*900719[0-8][0-9]{9}(?:\\.[0-9]+)?|0*9007199[0-1][0-9]{8}(?:\\.[0-9]+)?|0*90071992[0-4][0-9]{7}(?:\\.[0-9]+)?|0*900719925[0-3][0-9]{6}(?:\\.[0-9]+)?|0*9007199254[0-6][0-9]{5}(?:\\.[0-9]+)?|0*90071992547[0-3][0-9]{4}(?:\\.[0-9]+)?|0*9007199254740[0-8][0-9]{2}(?:\\.[0-9]+)?|0*90071992547409[0-8][0-9](?:\\.[0-9]+)?|0*900719925474099[0-1](?:\\.[0-9]+)?)) ?[bB]?|(?:(?:0+(?:\\.0+)?|0+\\.000[0-8][0-9]*|0+\\.0009[0-6][0-9]*|0+\\.00097[0-5][0-9]*|0+\\.000976[0-4][0-9]*|0+\\.0009765[0-5][0-9]*|0+\\.00097656[0-1][0-9]*|0+\\.000976562[0-4][0-9]*|0+\\.00*|0+\\.000*|0+\\.0000*|0+\\.00090*|0+\\.000970*|0+\\.0009760*|0+\\.00097650*|0+\\.000976560*|0+\\.0009765620*)|(?=(?:0*[1-9][0-9]{4,}(?:\\.[0-9]+)?|0*[7-9][0-9]{3}(?:\\.[0-9]+)?|0*6[2-9][0-9]{2}(?:\\.[0-9]+)?|0*61[5-9][0-9](?:\\.[0-9]+)?|0*614[5-9](?:\\.[0-9]+)?|0*6144(?:\\.[0-9]+)?) ?[Kk][bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,11}(?:\\.[0-9]+)?|0*[1-7][0-9]{12}(?:\\.[0-9]+)?|0*8[0-6][0-9]{11}(?:\\.[0-9]+)?|0*87[0-8][0-9]{10}(?:\\.[0-9]+)?|0*879[0-5][0-9]{9}(?:\\.[0-9]+)?|0*87960[0-8][0-9]{7}(?:\\.[0-9]+)?|0*879609[0-2][0-9]{6}(?:\\.[0-9]+)?|0*87960930[0-1][0-9]{4}(?:\\.[0-9]+)?|0*879609302[0-1][0-9]{3}(?:\\.[0-9]+)?|0*8796093022[0-1][0-9]{2}(?:\\.[0-9]+)?|0*879609302220[0-7](?:\\.[0-9]+)?)) ?[Kk][bB]?|(?:(?:0+(?:\\.0+)?|0+\\.000000[0-8][0-9]*|0+\\.0000009[0-4][0-9]*|0+\\.00000095[0-2][0-9]*|0+\\.000000953[0-5][0-9]*|0+\\.0000009536[0-6][0-9]*|0+\\.00000095367[0-3][0-9]*|0+\\.000000953674[0-2][0-9]*|0+\\.00000095367430[0-9]*|0+\\.00000095367431[0-5][0-9]*|0+\\.000000953674316[0-3][0-9]*|0+\\.00000095367431640[0-5][0-9]*|0+\\.000000953674316406[0-1][0-9]*|0+\\.0000009536743164062[0-4][0-9]*|0+\\.00*|0+\\.000*|0+\\.0000*|0+\\.00000*|0+\\.000000*|0+\\.0000000*|0+\\.00000090*|0+\\.000000950*|0+\\.0000009530*|0+\\.00000095360*|0+\\.000000953670*|0+\\.0000009536740*|0+\\.00000095367430*|0+\\.000000953674310*|0+\\.0000009536743160*|0+\\.00000095367431640*|0+\\.000000953674316400*|0+\\.0000009536743164060*|0+\\.00000095367431640620*)|(?=(?:0*[1-9][0-9]{1,}(?:\\.[0-9]+)?|0*[7-9](?:\\.[0-9]+)?|0*6(?:\\.[0-9]+)?) ?[Mm][bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,8}(?:\\.[0-9]+)?|0*[1-7][0-9]{9}(?:\\.[0-9]+)?|0*8[0-4][0-9]{8}(?:\\.[0-9]+)?|0*85[0-7][0-9]{7}(?:\\.[0-9]+)?|0*858[0-8][0-9]{6}(?:\\.[0-9]+)?|0*8589[0-8][0-9]{5}(?:\\.[0-9]+)?|0*85899[0-2][0-9]{4}(?:\\.[0-9]+)?|0*858993[0-3][0-9]{3}(?:\\.[0-9]+)?|0*8589934[0-4][0-9]{2}(?:\\.[0-9]+)?|0*85899345[0-8][0-9](?:\\.[0-9]+)?|0*858993459[0-1](?:\\.[0-9]+)?)) ?[Mm][bB]?|(?:(?:0+(?:\\.0+)?|0+\\.000000000[0-8][0-9]*|0+\\.0000000009[0-2][0-9]*|0+\\.000000000930[0-9]*|0+\\.000000000931[0-2][0-9]*|0+\\.0000000009313[0-1][0-9]*|0+\\.00000000093132[0-1][0-9]*|0+\\.000000000931322[0-4][0-9]*|0+\\.0000000009313225[0-6][0-9]*|0+\\.00000000093132257[0-3][0-9]*|0+\\.000000000931322574[0-5][0-9]*|0+\\.00000000093132257460[0-9]*|0+\\.00000000093132257461[0-4][0-9]*|0+\\.000000000931322574615[0-3][0-9]*|0+\\.0000000009313225746154[0-6][0-9]*|0+\\.00000000093132257461547[0-7][0-9]*|0+\\.000000000931322574615478[0-4][0-9]*|0+\\.00000000093132257461547850[0-9]*|0+\\.00000000093132257461547851[0-4][0-9]*|0+\\.000000000931322574615478515[0-5][0-9]*|0+\\.0000000009313225746154785156[0-1][0-9]*|0+\\.00000000093132257461547851562[0-4][0-9]*|0+\\.00*|0+\\.000*|0+\\.0000*|0+\\.00000*|0+\\.000000*|0+\\.0000000*|0+\\.00000000*|0+\\.000000000*|0+\\.0000000000*|0+\\.00000000090*|0+\\.000000000930*|0+\\.0000000009310*|0+\\.00000000093130*|0+\\.000000000931320*|0+\\.0000000009313220*|0+\\.00000000093132250*|0+\\.000000000931322570*|0+\\.0000000009313225740*|0+\\.00000000093132257460*|0+\\.000000000931322574610*|0+\\.0000000009313225746150*|0+\\.00000000093132257461540*|0+\\.000000000931322574615470*|0+\\.0000000009313225746154780*|0+\\.00000000093132257461547850*|0+\\.000000000931322574615478510*|0+\\.0000000009313225746154785150*|0+\\.00000000093132257461547851560*|0+\\.000000000931322574615478515620*)|(?=(?:0*[1-9][0-9]*(?:\\.[0-9]+)?|0+\\.[1-9][0-9]*|0+\\.0[1-9][0-9]*|0+\\.00[6-9][0-9]*|0+\\.0059[0-9]*|0+\\.0058[6-9][0-9]*|0+\\.005859[4-9][0-9]*|0+\\.0058593[8-9][0-9]*|0+\\.00585937[6-9][0-9]*|0+\\.005859375[0-9]*) ?[Gg][bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,5}(?:\\.[0-9]+)?|0*[1-7][0-9]{6}(?:\\.[0-9]+)?|0*8[0-2][0-9]{5}(?:\\.[0-9]+)?|0*83[0-7][0-9]{4}(?:\\.[0-9]+)?|0*838[0-7][0-9]{3}(?:\\.[0-9]+)?|0*8388[0-5][0-9]{2}(?:\\.[0-9]+)?|0*838860[0-7](?:\\.[0-9]+)?)) ?[Gg][bB]?)$",parentSchema:schema46.anyOf[0],data:data156};
if(vErrors === null){
vErrors = [err448];
}
else {
vErrors.push(err448);
}
errors++;
}
}
else {
const err449 = {instancePath:instancePath+"/mem_limit",schemaPath:"#/definitions/memorySize/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.anyOf[0].type,parentSchema:schema46.anyOf[0],data:data156};
if(vErrors === null){
vErrors = [err449];
}
else {
vErrors.push(err449);
}
errors++;
}
var _valid54 = _errs583 === errors;
valid214 = valid214 || _valid54;
if(!valid214){
const _errs585 = errors;
if(!(((typeof data156 == "number") && (!(data156 % 1) && !isNaN(data156))) && (isFinite(data156)))){
const err450 = {instancePath:instancePath+"/mem_limit",schemaPath:"#/definitions/memorySize/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema46.anyOf[1].type,parentSchema:schema46.anyOf[1],data:data156};
if(vErrors === null){
vErrors = [err450];
}
else {
vErrors.push(err450);
}
errors++;
}
if((typeof data156 == "number") && (isFinite(data156))){
if(data156 > 0 || isNaN(data156)){
const err451 = {instancePath:instancePath+"/mem_limit",schemaPath:"#/definitions/memorySize/anyOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 0},message:"must be <= 0",schema:0,parentSchema:schema46.anyOf[1],data:data156};
if(vErrors === null){
vErrors = [err451];
}
else {
vErrors.push(err451);
}
errors++;
}
if(data156 < 0 || isNaN(data156)){
const err452 = {instancePath:instancePath+"/mem_limit",schemaPath:"#/definitions/memorySize/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema46.anyOf[1],data:data156};
if(vErrors === null){
vErrors = [err452];
}
else {
vErrors.push(err452);
}
errors++;
}
}
var _valid54 = _errs585 === errors;
valid214 = valid214 || _valid54;
if(!valid214){
const _errs587 = errors;
if(!(((typeof data156 == "number") && (!(data156 % 1) && !isNaN(data156))) && (isFinite(data156)))){
const err453 = {instancePath:instancePath+"/mem_limit",schemaPath:"#/definitions/memorySize/anyOf/2/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema46.anyOf[2].type,parentSchema:schema46.anyOf[2],data:data156};
if(vErrors === null){
vErrors = [err453];
}
else {
vErrors.push(err453);
}
errors++;
}
if((typeof data156 == "number") && (isFinite(data156))){
if(data156 > 9007199254740991 || isNaN(data156)){
const err454 = {instancePath:instancePath+"/mem_limit",schemaPath:"#/definitions/memorySize/anyOf/2/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema46.anyOf[2],data:data156};
if(vErrors === null){
vErrors = [err454];
}
else {
vErrors.push(err454);
}
errors++;
}
if(data156 < 6291456 || isNaN(data156)){
const err455 = {instancePath:instancePath+"/mem_limit",schemaPath:"#/definitions/memorySize/anyOf/2/minimum",keyword:"minimum",params:{comparison: ">=", limit: 6291456},message:"must be >= 6291456",schema:6291456,parentSchema:schema46.anyOf[2],data:data156};
if(vErrors === null){
vErrors = [err455];
}
else {
vErrors.push(err455);
}
errors++;
}
}
var _valid54 = _errs587 === errors;
valid214 = valid214 || _valid54;
}
}
if(!valid214){
const err456 = {instancePath:instancePath+"/mem_limit",schemaPath:"#/definitions/memorySize/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema46.anyOf,parentSchema:schema46,data:data156};
if(vErrors === null){
vErrors = [err456];
}
else {
vErrors.push(err456);
}
errors++;
}
else {
errors = _errs582;
if(vErrors !== null){
if(_errs582){
vErrors.length = _errs582;
}
else {
vErrors = null;
}
}
}
}
if(data.mem_reservation !== undefined){
let data157 = data.mem_reservation;
if((!(((typeof data157 == "number") && (!(data157 % 1) && !isNaN(data157))) && (isFinite(data157)))) && (typeof data157 !== "string")){
const err457 = {instancePath:instancePath+"/mem_reservation",schemaPath:"#/definitions/memorySize/type",keyword:"type",params:{type: schema46.type},message:"must be integer,string",schema:schema46.type,parentSchema:schema46,data:data157};
if(vErrors === null){
vErrors = [err457];
}
else {
vErrors.push(err457);
}
errors++;
}
const _errs592 = errors;
let valid216 = false;
const _errs593 = errors;
if(typeof data157 === "string"){
if(!pattern45.test(data157)){
const err458 = {instancePath:instancePath+"/mem_reservation",schemaPath:"#/definitions/memorySize/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^(?:(?:(?:0+(?:\\.[0-9]+)?)|(?=(?:0*[1-9][0-9]{7,}(?:\\.[0-9]+)?|0*[7-9][0-9]{6}(?:\\.[0-9]+)?|0*6[3-9][0-9]{5}(?:\\.[0-9]+)?|0*629[2-9][0-9]{3}(?:\\.[0-9]+)?|0*6291[5-9][0-9]{2}(?:\\.[0-9]+)?|0*62914[6-9][0-9](?:\\.[0-9]+)?|0*629145[7-9](?:\\.[0-9]+)?|0*6291456(?:\\.[0-9]+)?) ?[bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,14}(?:\\.[0-9]+)?|0*[1-8][0-9]{15}(?:\\.[0-9]+)?|0*900[0-6][0-9]{12}(?:\\.[0-9]+)?|0*90070[0-9]{11}(?:\\.[0-9]+)?|0*90071[0-8][0-9]{10}(?:\\.[0-9]+)?|0*900719[0-8][0-9]{9}(?:\\.[0-9]+)?|0*9007199[0-1][0-9]{8}(?:\\.[0-9]+)?|0*90071992[0-4][0-9]{7}(?:\\.[0-9]+)?|0*900719925[0-3][0-9]{6}(?:\\.[0-9]+)?|0*9007199254[0-6][0-9]{5}(?:\\.[0-9]+)?|0*90071992547[0-3][0-9]{4}(?:\\.[0-9]+)?|0*9007199254740[0-8][0-9]{2}(?:\\.[0-9]+)?|0*90071992547409[0-8][0-9](?:\\.[0-9]+)?|0*900719925474099[0-1](?:\\.[0-9]+)?)) ?[bB]?|(?:(?:0+(?:\\.0+)?|0+\\.000[0-8][0-9]*|0+\\.0009[0-6][0-9]*|0+\\.00097[0-5][0-9]*|0+\\.000976[0-4][0-9]*|0+\\.0009765[0-5][0-9]*|0+\\.00097656[0-1][0-9]*|0+\\.000976562[0-4][0-9]*|0+\\.00*|0+\\.000*|0+\\.0000*|0+\\.00090*|0+\\.000970*|0+\\.0009760*|0+\\.00097650*|0+\\.000976560*|0+\\.0009765620*)|(?=(?:0*[1-9][0-9]{4,}(?:\\.[0-9]+)?|0*[7-9][0-9]{3}(?:\\.[0-9]+)?|0*6[2-9][0-9]{2}(?:\\.[0-9]+)?|0*61[5-9][0-9](?:\\.[0-9]+)?|0*614[5-9](?:\\.[0-9]+)?|0*6144(?:\\.[0-9]+)?) ?[Kk][bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,11}(?:\\.[0-9]+)?|0*[1-7][0-9]{12}(?:\\.[0-9]+)?|0*8[0-6][0-9]{11}(?:\\.[0-9]+)?|0*87[0-8][0-9]{10}(?:\\.[0-9]+)?|0*879[0-5][0-9]{9}(?:\\.[0-9]+)?|0*87960[0-8][0-9]{7}(?:\\.[0-9]+)?|0*879609[0-2][0-9]{6}(?:\\.[0-9]+)?|0*87960930[0-1][0-9]{4}(?:\\.[0-9]+)?|0*879609302[0-1][0-9]{3}(?:\\.[0-9]+)?|0*8796093022[0-1][0-9]{2}(?:\\.[0-9]+)?|0*879609302220[0-7](?:\\.[0-9]+)?)) ?[Kk][bB]?|(?:(?:0+(?:\\.0+)?|0+\\.000000[0-8][0-9]*|0+\\.0000009[0-4][0-9]*|0+\\.00000095[0-2][0-9]*|0+\\.000000953[0-5][0-9]*|0+\\.0000009536[0-6][0-9]*|0+\\.00000095367[0-3][0-9]*|0+\\.000000953674[0-2][0-9]*|0+\\.00000095367430[0-9]*|0+\\.00000095367431[0-5][0-9]*|0+\\.000000953674316[0-3][0-9]*|0+\\.00000095367431640[0-5][0-9]*|0+\\.000000953674316406[0-1][0-9]*|0+\\.0000009536743164062[0-4][0-9]*|0+\\.00*|0+\\.000*|0+\\.0000*|0+\\.00000*|0+\\.000000*|0+\\.0000000*|0+\\.00000090*|0+\\.000000950*|0+\\.0000009530*|0+\\.00000095360*|0+\\.000000953670*|0+\\.0000009536740*|0+\\.00000095367430*|0+\\.000000953674310*|0+\\.0000009536743160*|0+\\.00000095367431640*|0+\\.000000953674316400*|0+\\.0000009536743164060*|0+\\.00000095367431640620*)|(?=(?:0*[1-9][0-9]{1,}(?:\\.[0-9]+)?|0*[7-9](?:\\.[0-9]+)?|0*6(?:\\.[0-9]+)?) ?[Mm][bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,8}(?:\\.[0-9]+)?|0*[1-7][0-9]{9}(?:\\.[0-9]+)?|0*8[0-4][0-9]{8}(?:\\.[0-9]+)?|0*85[0-7][0-9]{7}(?:\\.[0-9]+)?|0*858[0-8][0-9]{6}(?:\\.[0-9]+)?|0*8589[0-8][0-9]{5}(?:\\.[0-9]+)?|0*85899[0-2][0-9]{4}(?:\\.[0-9]+)?|0*858993[0-3][0-9]{3}(?:\\.[0-9]+)?|0*8589934[0-4][0-9]{2}(?:\\.[0-9]+)?|0*85899345[0-8][0-9](?:\\.[0-9]+)?|0*858993459[0-1](?:\\.[0-9]+)?)) ?[Mm][bB]?|(?:(?:0+(?:\\.0+)?|0+\\.000000000[0-8][0-9]*|0+\\.0000000009[0-2][0-9]*|0+\\.000000000930[0-9]*|0+\\.000000000931[0-2][0-9]*|0+\\.0000000009313[0-1][0-9]*|0+\\.00000000093132[0-1][0-9]*|0+\\.000000000931322[0-4][0-9]*|0+\\.0000000009313225[0-6][0-9]*|0+\\.00000000093132257[0-3][0-9]*|0+\\.000000000931322574[0-5][0-9]*|0+\\.00000000093132257460[0-9]*|0+\\.00000000093132257461[0-4][0-9]*|0+\\.000000000931322574615[0-3][0-9]*|0+\\.0000000009313225746154[0-6][0-9]*|0+\\.00000000093132257461547[0-7][0-9]*|0+\\.000000000931322574615478[0-4][0-9]*|0+\\.00000000093132257461547850[0-9]*|0+\\.00000000093132257461547851[0-4][0-9]*|0+\\.000000000931322574615478515[0-5][0-9]*|0+\\.0000000009313225746154785156[0-1][0-9]*|0+\\.00000000093132257461547851562[0-4][0-9]*|0+\\.00*|0+\\.000*|0+\\.0000*|0+\\.00000*|0+\\.000000*|0+\\.0000000*|0+\\.00000000*|0+\\.000000000*|0+\\.0000000000*|0+\\.00000000090*|0+\\.000000000930*|0+\\.0000000009310*|0+\\.00000000093130*|0+\\.000000000931320*|0+\\.0000000009313220*|0+\\.00000000093132250*|0+\\.000000000931322570*|0+\\.0000000009313225740*|0+\\.00000000093132257460*|0+\\.000000000931322574610*|0+\\.0000000009313225746150*|0+\\.00000000093132257461540*|0+\\.000000000931322574615470*|0+\\.0000000009313225746154780*|0+\\.00000000093132257461547850*|0+\\.000000000931322574615478510*|0+\\.0000000009313225746154785150*|0+\\.00000000093132257461547851560*|0+\\.000000000931322574615478515620*)|(?=(?:0*[1-9][0-9]*(?:\\.[0-9]+)?|0+\\.[1-9][0-9]*|0+\\.0[1-9][0-9]*|0+\\.00[6-9][0-9]*|0+\\.0059[0-9]*|0+\\.0058[6-9][0-9]*|0+\\.005859[4-9][0-9]*|0+\\.0058593[8-9][0-9]*|0+\\.00585937[6-9][0-9]*|0+\\.005859375[0-9]*) ?[Gg][bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,5}(?:\\.[0-9]+)?|0*[1-7][0-9]{6}(?:\\.[0-9]+)?|0*8[0-2][0-9]{5}(?:\\.[0-9]+)?|0*83[0-7][0-9]{4}(?:\\.[0-9]+)?|0*838[0-7][0-9]{3}(?:\\.[0-9]+)?|0*8388[0-5][0-9]{2}(?:\\.[0-9]+)?|0*838860[0-7](?:\\.[0-9]+)?)) ?[Gg][bB]?)$"},message:"must match pattern \""+"^(?:(?:(?:0+(?:\\.[0-9]+)?)|(?=(?:0*[1-9][0-9]{7,}(?:\\.[0-9]+)?|0*[7-9][0-9]{6}(?:\\.[0-9]+)?|0*6[3-9][0-9]{5}(?:\\.[0-9]+)?|0*629[2-9][0-9]{3}(?:\\.[0-9]+)?|0*6291[5-9][0-9]{2}(?:\\.[0-9]+)?|0*62914[6-9][0-9](?:\\.[0-9]+)?|0*629145[7-9](?:\\.[0-9]+)?|0*6291456(?:\\.[0-9]+)?) ?[bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,14}(?:\\.[0-9]+)?|0*[1-8][0-9]{15}(?:\\.[0-9]+)?|0*900[0-6][0-9]{12}(?:\\.[0-9]+)?|0*90070[0-9]{11}(?:\\.[0-9]+)?|0*90071[0-8][0-9]{10}(?:\\.[0-9]+)?|0*900719[0-8][0-9]{9}(?:\\.[0-9]+)?|0*9007199[0-1][0-9]{8}(?:\\.[0-9]+)?|0*90071992[0-4][0-9]{7}(?:\\.[0-9]+)?|0*900719925[0-3][0-9]{6}(?:\\.[0-9]+)?|0*9007199254[0-6][0-9]{5}(?:\\.[0-9]+)?|0*90071992547[0-3][0-9]{4}(?:\\.[0-9]+)?|0*9007199254740[0-8][0-9]{2}(?:\\.[0-9]+)?|0*90071992547409[0-8][0-9](?:\\.[0-9]+)?|0*900719925474099[0-1](?:\\.[0-9]+)?)) ?[bB]?|(?:(?:0+(?:\\.0+)?|0+\\.000[0-8][0-9]*|0+\\.0009[0-6][0-9]*|0+\\.00097[0-5][0-9]*|0+\\.000976[0-4][0-9]*|0+\\.0009765[0-5][0-9]*|0+\\.00097656[0-1][0-9]*|0+\\.000976562[0-4][0-9]*|0+\\.00*|0+\\.000*|0+\\.0000*|0+\\.00090*|0+\\.000970*|0+\\.0009760*|0+\\.00097650*|0+\\.000976560*|0+\\.0009765620*)|(?=(?:0*[1-9][0-9]{4,}(?:\\.[0-9]+)?|0*[7-9][0-9]{3}(?:\\.[0-9]+)?|0*6[2-9][0-9]{2}(?:\\.[0-9]+)?|0*61[5-9][0-9](?:\\.[0-9]+)?|0*614[5-9](?:\\.[0-9]+)?|0*6144(?:\\.[0-9]+)?) ?[Kk][bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,11}(?:\\.[0-9]+)?|0*[1-7][0-9]{12}(?:\\.[0-9]+)?|0*8[0-6][0-9]{11}(?:\\.[0-9]+)?|0*87[0-8][0-9]{10}(?:\\.[0-9]+)?|0*879[0-5][0-9]{9}(?:\\.[0-9]+)?|0*87960[0-8][0-9]{7}(?:\\.[0-9]+)?|0*879609[0-2][0-9]{6}(?:\\.[0-9]+)?|0*87960930[0-1][0-9]{4}(?:\\.[0-9]+)?|0*879609302[0-1][0-9]{3}(?:\\.[0-9]+)?|0*8796093022[0-1][0-9]{2}(?:\\.[0-9]+)?|0*879609302220[0-7](?:\\.[0-9]+)?)) ?[Kk][bB]?|(?:(?:0+(?:\\.0+)?|0+\\.000000[0-8][0-9]*|0+\\.0000009[0-4][0-9]*|0+\\.00000095[0-2][0-9]*|0+\\.000000953[0-5][0-9]*|0+\\.0000009536[0-6][0-9]*|0+\\.00000095367[0-3][0-9]*|0+\\.000000953674[0-2][0-9]*|0+\\.00000095367430[0-9]*|0+\\.00000095367431[0-5][0-9]*|0+\\.000000953674316[0-3][0-9]*|0+\\.00000095367431640[0-5][0-9]*|0+\\.000000953674316406[0-1][0-9]*|0+\\.0000009536743164062[0-4][0-9]*|0+\\.00*|0+\\.000*|0+\\.0000*|0+\\.00000*|0+\\.000000*|0+\\.0000000*|0+\\.00000090*|0+\\.000000950*|0+\\.0000009530*|0+\\.00000095360*|0+\\.000000953670*|0+\\.0000009536740*|0+\\.00000095367430*|0+\\.000000953674310*|0+\\.0000009536743160*|0+\\.00000095367431640*|0+\\.000000953674316400*|0+\\.0000009536743164060*|0+\\.00000095367431640620*)|(?=(?:0*[1-9][0-9]{1,}(?:\\.[0-9]+)?|0*[7-9](?:\\.[0-9]+)?|0*6(?:\\.[0-9]+)?) ?[Mm][bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,8}(?:\\.[0-9]+)?|0*[1-7][0-9]{9}(?:\\.[0-9]+)?|0*8[0-4][0-9]{8}(?:\\.[0-9]+)?|0*85[0-7][0-9]{7}(?:\\.[0-9]+)?|0*858[0-8][0-9]{6}(?:\\.[0-9]+)?|0*8589[0-8][0-9]{5}(?:\\.[0-9]+)?|0*85899[0-2][0-9]{4}(?:\\.[0-9]+)?|0*858993[0-3][0-9]{3}(?:\\.[0-9]+)?|0*8589934[0-4][0-9]{2}(?:\\.[0-9]+)?|0*85899345[0-8][0-9](?:\\.[0-9]+)?|0*858993459[0-1](?:\\.[0-9]+)?)) ?[Mm][bB]?|(?:(?:0+(?:\\.0+)?|0+\\.000000000[0-8][0-9]*|0+\\.0000000009[0-2][0-9]*|0+\\.000000000930[0-9]*|0+\\.000000000931[0-2][0-9]*|0+\\.0000000009313[0-1][0-9]*|0+\\.00000000093132[0-1][0-9]*|0+\\.000000000931322[0-4][0-9]*|0+\\.0000000009313225[0-6][0-9]*|0+\\.00000000093132257[0-3][0-9]*|0+\\.000000000931322574[0-5][0-9]*|0+\\.00000000093132257460[0-9]*|0+\\.00000000093132257461[0-4][0-9]*|0+\\.000000000931322574615[0-3][0-9]*|0+\\.0000000009313225746154[0-6][0-9]*|0+\\.00000000093132257461547[0-7][0-9]*|0+\\.000000000931322574615478[0-4][0-9]*|0+\\.00000000093132257461547850[0-9]*|0+\\.00000000093132257461547851[0-4][0-9]*|0+\\.000000000931322574615478515[0-5][0-9]*|0+\\.0000000009313225746154785156[0-1][0-9]*|0+\\.00000000093132257461547851562[0-4][0-9]*|0+\\.00*|0+\\.000*|0+\\.0000*|0+\\.00000*|0+\\.000000*|0+\\.0000000*|0+\\.00000000*|0+\\.000000000*|0+\\.0000000000*|0+\\.00000000090*|0+\\.000000000930*|0+\\.0000000009310*|0+\\.00000000093130*|0+\\.000000000931320*|0+\\.0000000009313220*|0+\\.00000000093132250*|0+\\.000000000931322570*|0+\\.0000000009313225740*|0+\\.00000000093132257460*|0+\\.000000000931322574610*|0+\\.0000000009313225746150*|0+\\.00000000093132257461540*|0+\\.000000000931322574615470*|0+\\.0000000009313225746154780*|0+\\.00000000093132257461547850*|0+\\.000000000931322574615478510*|0+\\.0000000009313225746154785150*|0+\\.00000000093132257461547851560*|0+\\.000000000931322574615478515620*)|(?=(?:0*[1-9][0-9]*(?:\\.[0-9]+)?|0+\\.[1-9][0-9]*|0+\\.0[1-9][0-9]*|0+\\.00[6-9][0-9]*|0+\\.0059[0-9]*|0+\\.0058[6-9][0-9]*|0+\\.005859[4-9][0-9]*|0+\\.0058593[8-9][0-9]*|0+\\.00585937[6-9][0-9]*|0+\\.005859375[0-9]*) ?[Gg][bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,5}(?:\\.[0-9]+)?|0*[1-7][0-9]{6}(?:\\.[0-9]+)?|0*8[0-2][0-9]{5}(?:\\.[0-9]+)?|0*83[0-7][0-9]{4}(?:\\.[0-9]+)?|0*838[0-7][0-9]{3}(?:\\.[0-9]+)?|0*8388[0-5][0-9]{2}(?:\\.[0-9]+)?|0*838860[0-7](?:\\.[0-9]+)?)) ?[Gg][bB]?)$"+"\"",schema:"^(?:(?:(?:0+(?:\\.[0-9]+)?)|(?=(?:0*[1-9][0-9]{7,}(?:\\.[0-9]+)?|0*[7-9][0-9]{6}(?:\\.[0-9]+)?|0*6[3-9][0-9]{5}(?:\\.[0-9]+)?|0*629[2-9][0-9]{3}(?:\\.[0-9]+)?|0*6291[5-9][0-9]{2}(?:\\.[0-9]+)?|0*62914[6-9][0-9](?:\\.[0-9]+)?|0*629145[7-9](?:\\.[0-9]+)?|0*6291456(?:\\.[0-9]+)?) ?[bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,14}(?:\\.[0-9]+)?|0*[1-8][0-9]{15}(?:\\.[0-9]+)?|0*900[0-6][0-9]{12}(?:\\.[0-9]+)?|0*90070[0-9]{11}(?:\\.[0-9]+)?|0*90071[0-8][0-9]{10}(?:\\.[0-9]+)?|0*900719[0-8][0-9]{9}(?:\\.[0-9]+)?|0*9007199[0-1][0-9]{8}(?:\\.[0-9]+)?|0*90071992[0-4][0-9]{7}(?:\\.[0-9]+)?|0*900719925[0-3][0-9]{6}(?:\\.[0-9]+)?|0*9007199254[0-6][0-9]{5}(?:\\.[0-9]+)?|0*90071992547[0-3][0-9]{4}(?:\\.[0-9]+)?|0*9007199254740[0-8][0-9]{2}(?:\\.[0-9]+)?|0*90071992547409[0-8][0-9](?:\\.[0-9]+)?|0*900719925474099[0-1](?:\\.[0-9]+)?)) ?[bB]?|(?:(?:0+(?:\\.0+)?|0+\\.000[0-8][0-9]*|0+\\.0009[0-6][0-9]*|0+\\.00097[0-5][0-9]*|0+\\.000976[0-4][0-9]*|0+\\.0009765[0-5][0-9]*|0+\\.00097656[0-1][0-9]*|0+\\.000976562[0-4][0-9]*|0+\\.00*|0+\\.000*|0+\\.0000*|0+\\.00090*|0+\\.000970*|0+\\.0009760*|0+\\.00097650*|0+\\.000976560*|0+\\.0009765620*)|(?=(?:0*[1-9][0-9]{4,}(?:\\.[0-9]+)?|0*[7-9][0-9]{3}(?:\\.[0-9]+)?|0*6[2-9][0-9]{2}(?:\\.[0-9]+)?|0*61[5-9][0-9](?:\\.[0-9]+)?|0*614[5-9](?:\\.[0-9]+)?|0*6144(?:\\.[0-9]+)?) ?[Kk][bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,11}(?:\\.[0-9]+)?|0*[1-7][0-9]{12}(?:\\.[0-9]+)?|0*8[0-6][0-9]{11}(?:\\.[0-9]+)?|0*87[0-8][0-9]{10}(?:\\.[0-9]+)?|0*879[0-5][0-9]{9}(?:\\.[0-9]+)?|0*87960[0-8][0-9]{7}(?:\\.[0-9]+)?|0*879609[0-2][0-9]{6}(?:\\.[0-9]+)?|0*87960930[0-1][0-9]{4}(?:\\.[0-9]+)?|0*879609302[0-1][0-9]{3}(?:\\.[0-9]+)?|0*8796093022[0-1][0-9]{2}(?:\\.[0-9]+)?|0*879609302220[0-7](?:\\.[0-9]+)?)) ?[Kk][bB]?|(?:(?:0+(?:\\.0+)?|0+\\.000000[0-8][0-9]*|0+\\.0000009[0-4][0-9]*|0+\\.00000095[0-2][0-9]*|0+\\.000000953[0-5][0-9]*|0+\\.0000009536[0-6][0-9]*|0+\\.00000095367[0-3][0-9]*|0+\\.000000953674[0-2][0-9]*|0+\\.00000095367430[0-9]*|0+\\.00000095367431[0-5][0-9]*|0+\\.000000953674316[0-3][0-9]*|0+\\.00000095367431640[0-5][0-9]*|0+\\.000000953674316406[0-1][0-9]*|0+\\.0000009536743164062[0-4][0-9]*|0+\\.00*|0+\\.000*|0+\\.0000*|0+\\.00000*|0+\\.000000*|0+\\.0000000*|0+\\.00000090*|0+\\.000000950*|0+\\.0000009530*|0+\\.00000095360*|0+\\.000000953670*|0+\\.0000009536740*|0+\\.00000095367430*|0+\\.000000953674310*|0+\\.0000009536743160*|0+\\.00000095367431640*|0+\\.000000953674316400*|0+\\.0000009536743164060*|0+\\.00000095367431640620*)|(?=(?:0*[1-9][0-9]{1,}(?:\\.[0-9]+)?|0*[7-9](?:\\.[0-9]+)?|0*6(?:\\.[0-9]+)?) ?[Mm][bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,8}(?:\\.[0-9]+)?|0*[1-7][0-9]{9}(?:\\.[0-9]+)?|0*8[0-4][0-9]{8}(?:\\.[0-9]+)?|0*85[0-7][0-9]{7}(?:\\.[0-9]+)?|0*858[0-8][0-9]{6}(?:\\.[0-9]+)?|0*8589[0-8][0-9]{5}(?:\\.[0-9]+)?|0*85899[0-2][0-9]{4}(?:\\.[0-9]+)?|0*858993[0-3][0-9]{3}(?:\\.[0-9]+)?|0*8589934[0-4][0-9]{2}(?:\\.[0-9]+)?|0*85899345[0-8][0-9](?:\\.[0-9]+)?|0*858993459[0-1](?:\\.[0-9]+)?)) ?[Mm][bB]?|(?:(?:0+(?:\\.0+)?|0+\\.000000000[0-8][0-9]*|0+\\.0000000009[0-2][0-9]*|0+\\.000000000930[0-9]*|0+\\.000000000931[0-2][0-9]*|0+\\.0000000009313[0-1][0-9]*|0+\\.00000000093132[0-1][0-9]*|0+\\.000000000931322[0-4][0-9]*|0+\\.0000000009313225[0-6][0-9]*|0+\\.00000000093132257[0-3][0-9]*|0+\\.000000000931322574[0-5][0-9]*|0+\\.00000000093132257460[0-9]*|0+\\.00000000093132257461[0-4][0-9]*|0+\\.000000000931322574615[0-3][0-9]*|0+\\.0000000009313225746154[0-6][0-9]*|0+\\.00000000093132257461547[0-7][0-9]*|0+\\.000000000931322574615478[0-4][0-9]*|0+\\.00000000093132257461547850[0-9]*|0+\\.00000000093132257461547851[0-4][0-9]*|0+\\.000000000931322574615478515[0-5][0-9]*|0+\\.0000000009313225746154785156[0-1][0-9]*|0+\\.00000000093132257461547851562[0-4][0-9]*|0+\\.00*|0+\\.000*|0+\\.0000*|0+\\.00000*|0+\\.000000*|0+\\.0000000*|0+\\.00000000*|0+\\.000000000*|0+\\.0000000000*|0+\\.00000000090*|0+\\.000000000930*|0+\\.0000000009310*|0+\\.00000000093130*|0+\\.000000000931320*|0+\\.0000000009313220*|0+\\.00000000093132250*|0+\\.000000000931322570*|0+\\.0000000009313225740*|0+\\.00000000093132257460*|0+\\.000000000931322574610*|0+\\.0000000009313225746150*|0+\\.00000000093132257461540*|0+\\.000000000931322574615470*|0+\\.0000000009313225746154780*|0+\\.00000000093132257461547850*|0+\\.000000000931322574615478510*|0+\\.0000000009313225746154785150*|0+\\.00000000093132257461547851560*|0+\\.000000000931322574615478515620*)|(?=(?:0*[1-9][0-9]*(?:\\.[0-9]+)?|0+\\.[1-9][0-9]*|0+\\.0[1-9][0-9]*|0+\\.00[6-9][0-9]*|0+\\.0059[0-9]*|0+\\.0058[6-9][0-9]*|0+\\.005859[4-9][0-9]*|0+\\.0058593[8-9][0-9]*|0+\\.00585937[6-9][0-9]*|0+\\.005859375[0-9]*) ?[Gg][bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,5}(?:\\.[0-9]+)?|0*[1-7][0-9]{6}(?:\\.[0-9]+)?|0*8[0-2][0-9]{5}(?:\\.[0-9]+)?|0*83[0-7][0-9]{4}(?:\\.[0-9]+)?|0*838[0-7][0-9]{3}(?:\\.[0-9]+)?|0*8388[0-5][0-9]{2}(?:\\.[0-9]+)?|0*838860[0-7](?:\\.[0-9]+)?)) ?[Gg][bB]?)$",parentSchema:schema46.anyOf[0],data:data157};
if(vErrors === null){
vErrors = [err458];
}
else {
vErrors.push(err458);
}
errors++;
}
}
else {
const err459 = {instancePath:instancePath+"/mem_reservation",schemaPath:"#/definitions/memorySize/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.anyOf[0].type,parentSchema:schema46.anyOf[0],data:data157};
if(vErrors === null){
vErrors = [err459];
}
else {
vErrors.push(err459);
}
errors++;
}
var _valid55 = _errs593 === errors;
valid216 = valid216 || _valid55;
if(!valid216){
const _errs595 = errors;
if(!(((typeof data157 == "number") && (!(data157 % 1) && !isNaN(data157))) && (isFinite(data157)))){
const err460 = {instancePath:instancePath+"/mem_reservation",schemaPath:"#/definitions/memorySize/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema46.anyOf[1].type,parentSchema:schema46.anyOf[1],data:data157};
if(vErrors === null){
vErrors = [err460];
}
else {
vErrors.push(err460);
}
errors++;
}
if((typeof data157 == "number") && (isFinite(data157))){
if(data157 > 0 || isNaN(data157)){
const err461 = {instancePath:instancePath+"/mem_reservation",schemaPath:"#/definitions/memorySize/anyOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 0},message:"must be <= 0",schema:0,parentSchema:schema46.anyOf[1],data:data157};
if(vErrors === null){
vErrors = [err461];
}
else {
vErrors.push(err461);
}
errors++;
}
if(data157 < 0 || isNaN(data157)){
const err462 = {instancePath:instancePath+"/mem_reservation",schemaPath:"#/definitions/memorySize/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema46.anyOf[1],data:data157};
if(vErrors === null){
vErrors = [err462];
}
else {
vErrors.push(err462);
}
errors++;
}
}
var _valid55 = _errs595 === errors;
valid216 = valid216 || _valid55;
if(!valid216){
const _errs597 = errors;
if(!(((typeof data157 == "number") && (!(data157 % 1) && !isNaN(data157))) && (isFinite(data157)))){
const err463 = {instancePath:instancePath+"/mem_reservation",schemaPath:"#/definitions/memorySize/anyOf/2/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema46.anyOf[2].type,parentSchema:schema46.anyOf[2],data:data157};
if(vErrors === null){
vErrors = [err463];
}
else {
vErrors.push(err463);
}
errors++;
}
if((typeof data157 == "number") && (isFinite(data157))){
if(data157 > 9007199254740991 || isNaN(data157)){
const err464 = {instancePath:instancePath+"/mem_reservation",schemaPath:"#/definitions/memorySize/anyOf/2/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema46.anyOf[2],data:data157};
if(vErrors === null){
vErrors = [err464];
}
else {
vErrors.push(err464);
}
errors++;
}
if(data157 < 6291456 || isNaN(data157)){
const err465 = {instancePath:instancePath+"/mem_reservation",schemaPath:"#/definitions/memorySize/anyOf/2/minimum",keyword:"minimum",params:{comparison: ">=", limit: 6291456},message:"must be >= 6291456",schema:6291456,parentSchema:schema46.anyOf[2],data:data157};
if(vErrors === null){
vErrors = [err465];
}
else {
vErrors.push(err465);
}
errors++;
}
}
var _valid55 = _errs597 === errors;
valid216 = valid216 || _valid55;
}
}
if(!valid216){
const err466 = {instancePath:instancePath+"/mem_reservation",schemaPath:"#/definitions/memorySize/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema46.anyOf,parentSchema:schema46,data:data157};
if(vErrors === null){
vErrors = [err466];
}
else {
vErrors.push(err466);
}
errors++;
}
else {
errors = _errs592;
if(vErrors !== null){
if(_errs592){
vErrors.length = _errs592;
}
else {
vErrors = null;
}
}
}
}
if(data.memswap_limit !== undefined){
let data158 = data.memswap_limit;
const _errs600 = errors;
let valid217 = false;
let passing23 = null;
const _errs601 = errors;
if((!(((typeof data158 == "number") && (!(data158 % 1) && !isNaN(data158))) && (isFinite(data158)))) && (typeof data158 !== "string")){
const err467 = {instancePath:instancePath+"/memswap_limit",schemaPath:"#/definitions/byteSize/type",keyword:"type",params:{type: schema21.type},message:"must be integer,string",schema:schema21.type,parentSchema:schema21,data:data158};
if(vErrors === null){
vErrors = [err467];
}
else {
vErrors.push(err467);
}
errors++;
}
if((typeof data158 == "number") && (isFinite(data158))){
if(data158 > 9007199254740991 || isNaN(data158)){
const err468 = {instancePath:instancePath+"/memswap_limit",schemaPath:"#/definitions/byteSize/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema21,data:data158};
if(vErrors === null){
vErrors = [err468];
}
else {
vErrors.push(err468);
}
errors++;
}
if(data158 < 0 || isNaN(data158)){
const err469 = {instancePath:instancePath+"/memswap_limit",schemaPath:"#/definitions/byteSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema21,data:data158};
if(vErrors === null){
vErrors = [err469];
}
else {
vErrors.push(err469);
}
errors++;
}
}
if(typeof data158 === "string"){
if(!pattern18.test(data158)){
const err470 = {instancePath:instancePath+"/memswap_limit",schemaPath:"#/definitions/byteSize/pattern",keyword:"pattern",params:{pattern: "^(?:(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,14}(?:\\.[0-9]+)?|0*[1-8][0-9]{15}(?:\\.[0-9]+)?|0*900[0-6][0-9]{12}(?:\\.[0-9]+)?|0*90070[0-9]{11}(?:\\.[0-9]+)?|0*90071[0-8][0-9]{10}(?:\\.[0-9]+)?|0*900719[0-8][0-9]{9}(?:\\.[0-9]+)?|0*9007199[0-1][0-9]{8}(?:\\.[0-9]+)?|0*90071992[0-4][0-9]{7}(?:\\.[0-9]+)?|0*900719925[0-3][0-9]{6}(?:\\.[0-9]+)?|0*9007199254[0-6][0-9]{5}(?:\\.[0-9]+)?|0*90071992547[0-3][0-9]{4}(?:\\.[0-9]+)?|0*9007199254740[0-8][0-9]{2}(?:\\.[0-9]+)?|0*90071992547409[0-8][0-9](?:\\.[0-9]+)?|0*900719925474099[0-1](?:\\.[0-9]+)?) ?[bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,11}(?:\\.[0-9]+)?|0*[1-7][0-9]{12}(?:\\.[0-9]+)?|0*8[0-6][0-9]{11}(?:\\.[0-9]+)?|0*87[0-8][0-9]{10}(?:\\.[0-9]+)?|0*879[0-5][0-9]{9}(?:\\.[0-9]+)?|0*87960[0-8][0-9]{7}(?:\\.[0-9]+)?|0*879609[0-2][0-9]{6}(?:\\.[0-9]+)?|0*87960930[0-1][0-9]{4}(?:\\.[0-9]+)?|0*879609302[0-1][0-9]{3}(?:\\.[0-9]+)?|0*8796093022[0-1][0-9]{2}(?:\\.[0-9]+)?|0*879609302220[0-7](?:\\.[0-9]+)?) ?[Kk][bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,8}(?:\\.[0-9]+)?|0*[1-7][0-9]{9}(?:\\.[0-9]+)?|0*8[0-4][0-9]{8}(?:\\.[0-9]+)?|0*85[0-7][0-9]{7}(?:\\.[0-9]+)?|0*858[0-8][0-9]{6}(?:\\.[0-9]+)?|0*8589[0-8][0-9]{5}(?:\\.[0-9]+)?|0*85899[0-2][0-9]{4}(?:\\.[0-9]+)?|0*858993[0-3][0-9]{3}(?:\\.[0-9]+)?|0*8589934[0-4][0-9]{2}(?:\\.[0-9]+)?|0*85899345[0-8][0-9](?:\\.[0-9]+)?|0*858993459[0-1](?:\\.[0-9]+)?) ?[Mm][bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,5}(?:\\.[0-9]+)?|0*[1-7][0-9]{6}(?:\\.[0-9]+)?|0*8[0-2][0-9]{5}(?:\\.[0-9]+)?|0*83[0-7][0-9]{4}(?:\\.[0-9]+)?|0*838[0-7][0-9]{3}(?:\\.[0-9]+)?|0*8388[0-5][0-9]{2}(?:\\.[0-9]+)?|0*838860[0-7](?:\\.[0-9]+)?) ?[Gg][bB]?)$"},message:"must match pattern \""+"^(?:(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,14}(?:\\.[0-9]+)?|0*[1-8][0-9]{15}(?:\\.[0-9]+)?|0*900[0-6][0-9]{12}(?:\\.[0-9]+)?|0*90070[0-9]{11}(?:\\.[0-9]+)?|0*90071[0-8][0-9]{10}(?:\\.[0-9]+)?|0*900719[0-8][0-9]{9}(?:\\.[0-9]+)?|0*9007199[0-1][0-9]{8}(?:\\.[0-9]+)?|0*90071992[0-4][0-9]{7}(?:\\.[0-9]+)?|0*900719925[0-3][0-9]{6}(?:\\.[0-9]+)?|0*9007199254[0-6][0-9]{5}(?:\\.[0-9]+)?|0*90071992547[0-3][0-9]{4}(?:\\.[0-9]+)?|0*9007199254740[0-8][0-9]{2}(?:\\.[0-9]+)?|0*90071992547409[0-8][0-9](?:\\.[0-9]+)?|0*900719925474099[0-1](?:\\.[0-9]+)?) ?[bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,11}(?:\\.[0-9]+)?|0*[1-7][0-9]{12}(?:\\.[0-9]+)?|0*8[0-6][0-9]{11}(?:\\.[0-9]+)?|0*87[0-8][0-9]{10}(?:\\.[0-9]+)?|0*879[0-5][0-9]{9}(?:\\.[0-9]+)?|0*87960[0-8][0-9]{7}(?:\\.[0-9]+)?|0*879609[0-2][0-9]{6}(?:\\.[0-9]+)?|0*87960930[0-1][0-9]{4}(?:\\.[0-9]+)?|0*879609302[0-1][0-9]{3}(?:\\.[0-9]+)?|0*8796093022[0-1][0-9]{2}(?:\\.[0-9]+)?|0*879609302220[0-7](?:\\.[0-9]+)?) ?[Kk][bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,8}(?:\\.[0-9]+)?|0*[1-7][0-9]{9}(?:\\.[0-9]+)?|0*8[0-4][0-9]{8}(?:\\.[0-9]+)?|0*85[0-7][0-9]{7}(?:\\.[0-9]+)?|0*858[0-8][0-9]{6}(?:\\.[0-9]+)?|0*8589[0-8][0-9]{5}(?:\\.[0-9]+)?|0*85899[0-2][0-9]{4}(?:\\.[0-9]+)?|0*858993[0-3][0-9]{3}(?:\\.[0-9]+)?|0*8589934[0-4][0-9]{2}(?:\\.[0-9]+)?|0*85899345[0-8][0-9](?:\\.[0-9]+)?|0*858993459[0-1](?:\\.[0-9]+)?) ?[Mm][bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,5}(?:\\.[0-9]+)?|0*[1-7][0-9]{6}(?:\\.[0-9]+)?|0*8[0-2][0-9]{5}(?:\\.[0-9]+)?|0*83[0-7][0-9]{4}(?:\\.[0-9]+)?|0*838[0-7][0-9]{3}(?:\\.[0-9]+)?|0*8388[0-5][0-9]{2}(?:\\.[0-9]+)?|0*838860[0-7](?:\\.[0-9]+)?) ?[Gg][bB]?)$"+"\"",schema:"^(?:(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,14}(?:\\.[0-9]+)?|0*[1-8][0-9]{15}(?:\\.[0-9]+)?|0*900[0-6][0-9]{12}(?:\\.[0-9]+)?|0*90070[0-9]{11}(?:\\.[0-9]+)?|0*90071[0-8][0-9]{10}(?:\\.[0-9]+)?|0*900719[0-8][0-9]{9}(?:\\.[0-9]+)?|0*9007199[0-1][0-9]{8}(?:\\.[0-9]+)?|0*90071992[0-4][0-9]{7}(?:\\.[0-9]+)?|0*900719925[0-3][0-9]{6}(?:\\.[0-9]+)?|0*9007199254[0-6][0-9]{5}(?:\\.[0-9]+)?|0*90071992547[0-3][0-9]{4}(?:\\.[0-9]+)?|0*9007199254740[0-8][0-9]{2}(?:\\.[0-9]+)?|0*90071992547409[0-8][0-9](?:\\.[0-9]+)?|0*900719925474099[0-1](?:\\.[0-9]+)?) ?[bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,11}(?:\\.[0-9]+)?|0*[1-7][0-9]{12}(?:\\.[0-9]+)?|0*8[0-6][0-9]{11}(?:\\.[0-9]+)?|0*87[0-8][0-9]{10}(?:\\.[0-9]+)?|0*879[0-5][0-9]{9}(?:\\.[0-9]+)?|0*87960[0-8][0-9]{7}(?:\\.[0-9]+)?|0*879609[0-2][0-9]{6}(?:\\.[0-9]+)?|0*87960930[0-1][0-9]{4}(?:\\.[0-9]+)?|0*879609302[0-1][0-9]{3}(?:\\.[0-9]+)?|0*8796093022[0-1][0-9]{2}(?:\\.[0-9]+)?|0*879609302220[0-7](?:\\.[0-9]+)?) ?[Kk][bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,8}(?:\\.[0-9]+)?|0*[1-7][0-9]{9}(?:\\.[0-9]+)?|0*8[0-4][0-9]{8}(?:\\.[0-9]+)?|0*85[0-7][0-9]{7}(?:\\.[0-9]+)?|0*858[0-8][0-9]{6}(?:\\.[0-9]+)?|0*8589[0-8][0-9]{5}(?:\\.[0-9]+)?|0*85899[0-2][0-9]{4}(?:\\.[0-9]+)?|0*858993[0-3][0-9]{3}(?:\\.[0-9]+)?|0*8589934[0-4][0-9]{2}(?:\\.[0-9]+)?|0*85899345[0-8][0-9](?:\\.[0-9]+)?|0*858993459[0-1](?:\\.[0-9]+)?) ?[Mm][bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,5}(?:\\.[0-9]+)?|0*[1-7][0-9]{6}(?:\\.[0-9]+)?|0*8[0-2][0-9]{5}(?:\\.[0-9]+)?|0*83[0-7][0-9]{4}(?:\\.[0-9]+)?|0*838[0-7][0-9]{3}(?:\\.[0-9]+)?|0*8388[0-5][0-9]{2}(?:\\.[0-9]+)?|0*838860[0-7](?:\\.[0-9]+)?) ?[Gg][bB]?)$",parentSchema:schema21,data:data158};
if(vErrors === null){
vErrors = [err470];
}
else {
vErrors.push(err470);
}
errors++;
}
}
var _valid56 = _errs601 === errors;
if(_valid56){
valid217 = true;
passing23 = 0;
}
const _errs604 = errors;
if(-1 !== data158){
const err471 = {instancePath:instancePath+"/memswap_limit",schemaPath:"#/properties/memswap_limit/oneOf/1/const",keyword:"const",params:{allowedValue: -1},message:"must be equal to constant",schema:-1,parentSchema:schema11.properties.memswap_limit.oneOf[1],data:data158};
if(vErrors === null){
vErrors = [err471];
}
else {
vErrors.push(err471);
}
errors++;
}
var _valid56 = _errs604 === errors;
if(_valid56 && valid217){
valid217 = false;
passing23 = [passing23, 1];
}
else {
if(_valid56){
valid217 = true;
passing23 = 1;
}
const _errs605 = errors;
if("-1" !== data158){
const err472 = {instancePath:instancePath+"/memswap_limit",schemaPath:"#/properties/memswap_limit/oneOf/2/const",keyword:"const",params:{allowedValue: "-1"},message:"must be equal to constant",schema:"-1",parentSchema:schema11.properties.memswap_limit.oneOf[2],data:data158};
if(vErrors === null){
vErrors = [err472];
}
else {
vErrors.push(err472);
}
errors++;
}
var _valid56 = _errs605 === errors;
if(_valid56 && valid217){
valid217 = false;
passing23 = [passing23, 2];
}
else {
if(_valid56){
valid217 = true;
passing23 = 2;
}
}
}
if(!valid217){
const err473 = {instancePath:instancePath+"/memswap_limit",schemaPath:"#/properties/memswap_limit/oneOf",keyword:"oneOf",params:{passingSchemas: passing23},message:"must match exactly one schema in oneOf",schema:schema11.properties.memswap_limit.oneOf,parentSchema:schema11.properties.memswap_limit,data:data158};
if(vErrors === null){
vErrors = [err473];
}
else {
vErrors.push(err473);
}
errors++;
}
else {
errors = _errs600;
if(vErrors !== null){
if(_errs600){
vErrors.length = _errs600;
}
else {
vErrors = null;
}
}
}
}
if(data.mem_swappiness !== undefined){
let data159 = data.mem_swappiness;
if(!(((typeof data159 == "number") && (!(data159 % 1) && !isNaN(data159))) && (isFinite(data159)))){
const err474 = {instancePath:instancePath+"/mem_swappiness",schemaPath:"#/properties/mem_swappiness/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.mem_swappiness.type,parentSchema:schema11.properties.mem_swappiness,data:data159};
if(vErrors === null){
vErrors = [err474];
}
else {
vErrors.push(err474);
}
errors++;
}
if((typeof data159 == "number") && (isFinite(data159))){
if(data159 > 100 || isNaN(data159)){
const err475 = {instancePath:instancePath+"/mem_swappiness",schemaPath:"#/properties/mem_swappiness/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema11.properties.mem_swappiness,data:data159};
if(vErrors === null){
vErrors = [err475];
}
else {
vErrors.push(err475);
}
errors++;
}
if(data159 < 0 || isNaN(data159)){
const err476 = {instancePath:instancePath+"/mem_swappiness",schemaPath:"#/properties/mem_swappiness/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.mem_swappiness,data:data159};
if(vErrors === null){
vErrors = [err476];
}
else {
vErrors.push(err476);
}
errors++;
}
}
}
if(data.oom_kill_disable !== undefined){
let data160 = data.oom_kill_disable;
if(typeof data160 !== "boolean"){
const err477 = {instancePath:instancePath+"/oom_kill_disable",schemaPath:"#/properties/oom_kill_disable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.oom_kill_disable.type,parentSchema:schema11.properties.oom_kill_disable,data:data160};
if(vErrors === null){
vErrors = [err477];
}
else {
vErrors.push(err477);
}
errors++;
}
}
if(data.oom_score_adj !== undefined){
let data161 = data.oom_score_adj;
if(!(((typeof data161 == "number") && (!(data161 % 1) && !isNaN(data161))) && (isFinite(data161)))){
const err478 = {instancePath:instancePath+"/oom_score_adj",schemaPath:"#/properties/oom_score_adj/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.oom_score_adj.type,parentSchema:schema11.properties.oom_score_adj,data:data161};
if(vErrors === null){
vErrors = [err478];
}
else {
vErrors.push(err478);
}
errors++;
}
if((typeof data161 == "number") && (isFinite(data161))){
if(data161 > 1000 || isNaN(data161)){
const err479 = {instancePath:instancePath+"/oom_score_adj",schemaPath:"#/properties/oom_score_adj/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema11.properties.oom_score_adj,data:data161};
if(vErrors === null){
vErrors = [err479];
}
else {
vErrors.push(err479);
}
errors++;
}
if(data161 < -1000 || isNaN(data161)){
const err480 = {instancePath:instancePath+"/oom_score_adj",schemaPath:"#/properties/oom_score_adj/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000},message:"must be >= -1000",schema:-1000,parentSchema:schema11.properties.oom_score_adj,data:data161};
if(vErrors === null){
vErrors = [err480];
}
else {
vErrors.push(err480);
}
errors++;
}
}
}
if(data.cpus !== undefined){
let data162 = data.cpus;
const _errs613 = errors;
let valid219 = false;
let passing24 = null;
const _errs614 = errors;
if((typeof data162 == "number") && (isFinite(data162))){
if(data162 <= 0 || isNaN(data162)){
const err481 = {instancePath:instancePath+"/cpus",schemaPath:"#/properties/cpus/oneOf/0/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.cpus.oneOf[0],data:data162};
if(vErrors === null){
vErrors = [err481];
}
else {
vErrors.push(err481);
}
errors++;
}
}
else {
const err482 = {instancePath:instancePath+"/cpus",schemaPath:"#/properties/cpus/oneOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.cpus.oneOf[0].type,parentSchema:schema11.properties.cpus.oneOf[0],data:data162};
if(vErrors === null){
vErrors = [err482];
}
else {
vErrors.push(err482);
}
errors++;
}
var _valid57 = _errs614 === errors;
if(_valid57){
valid219 = true;
passing24 = 0;
}
const _errs616 = errors;
if(typeof data162 === "string"){
if(!pattern48.test(data162)){
const err483 = {instancePath:instancePath+"/cpus",schemaPath:"#/properties/cpus/oneOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*(?=[0-9.]*[1-9])(?:[0-9]+(?:\\.[0-9]{0,9}0*)?|\\.[0-9]{1,9}0*)\\s*$"},message:"must match pattern \""+"^\\s*(?=[0-9.]*[1-9])(?:[0-9]+(?:\\.[0-9]{0,9}0*)?|\\.[0-9]{1,9}0*)\\s*$"+"\"",schema:"^\\s*(?=[0-9.]*[1-9])(?:[0-9]+(?:\\.[0-9]{0,9}0*)?|\\.[0-9]{1,9}0*)\\s*$",parentSchema:schema11.properties.cpus.oneOf[1],data:data162};
if(vErrors === null){
vErrors = [err483];
}
else {
vErrors.push(err483);
}
errors++;
}
}
else {
const err484 = {instancePath:instancePath+"/cpus",schemaPath:"#/properties/cpus/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.cpus.oneOf[1].type,parentSchema:schema11.properties.cpus.oneOf[1],data:data162};
if(vErrors === null){
vErrors = [err484];
}
else {
vErrors.push(err484);
}
errors++;
}
var _valid57 = _errs616 === errors;
if(_valid57 && valid219){
valid219 = false;
passing24 = [passing24, 1];
}
else {
if(_valid57){
valid219 = true;
passing24 = 1;
}
}
if(!valid219){
const err485 = {instancePath:instancePath+"/cpus",schemaPath:"#/properties/cpus/oneOf",keyword:"oneOf",params:{passingSchemas: passing24},message:"must match exactly one schema in oneOf",schema:schema11.properties.cpus.oneOf,parentSchema:schema11.properties.cpus,data:data162};
if(vErrors === null){
vErrors = [err485];
}
else {
vErrors.push(err485);
}
errors++;
}
else {
errors = _errs613;
if(vErrors !== null){
if(_errs613){
vErrors.length = _errs613;
}
else {
vErrors = null;
}
}
}
}
if(data.cpu_shares !== undefined){
let data163 = data.cpu_shares;
if(!(((typeof data163 == "number") && (!(data163 % 1) && !isNaN(data163))) && (isFinite(data163)))){
const err486 = {instancePath:instancePath+"/cpu_shares",schemaPath:"#/properties/cpu_shares/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.cpu_shares.type,parentSchema:schema11.properties.cpu_shares,data:data163};
if(vErrors === null){
vErrors = [err486];
}
else {
vErrors.push(err486);
}
errors++;
}
if((typeof data163 == "number") && (isFinite(data163))){
if(data163 < 0 || isNaN(data163)){
const err487 = {instancePath:instancePath+"/cpu_shares",schemaPath:"#/properties/cpu_shares/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.cpu_shares,data:data163};
if(vErrors === null){
vErrors = [err487];
}
else {
vErrors.push(err487);
}
errors++;
}
}
}
if(data.cpu_quota !== undefined){
let data164 = data.cpu_quota;
if(!(((typeof data164 == "number") && (!(data164 % 1) && !isNaN(data164))) && (isFinite(data164)))){
const err488 = {instancePath:instancePath+"/cpu_quota",schemaPath:"#/properties/cpu_quota/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.cpu_quota.type,parentSchema:schema11.properties.cpu_quota,data:data164};
if(vErrors === null){
vErrors = [err488];
}
else {
vErrors.push(err488);
}
errors++;
}
const _errs622 = errors;
let valid220 = false;
const _errs623 = errors;
if((typeof data164 == "number") && (isFinite(data164))){
if(data164 > 0 || isNaN(data164)){
const err489 = {instancePath:instancePath+"/cpu_quota",schemaPath:"#/properties/cpu_quota/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 0},message:"must be <= 0",schema:0,parentSchema:schema11.properties.cpu_quota.anyOf[0],data:data164};
if(vErrors === null){
vErrors = [err489];
}
else {
vErrors.push(err489);
}
errors++;
}
if(data164 < -1 || isNaN(data164)){
const err490 = {instancePath:instancePath+"/cpu_quota",schemaPath:"#/properties/cpu_quota/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema11.properties.cpu_quota.anyOf[0],data:data164};
if(vErrors === null){
vErrors = [err490];
}
else {
vErrors.push(err490);
}
errors++;
}
}
var _valid58 = _errs623 === errors;
valid220 = valid220 || _valid58;
if(!valid220){
const _errs624 = errors;
if((typeof data164 == "number") && (isFinite(data164))){
if(data164 < 1000 || isNaN(data164)){
const err491 = {instancePath:instancePath+"/cpu_quota",schemaPath:"#/properties/cpu_quota/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1000},message:"must be >= 1000",schema:1000,parentSchema:schema11.properties.cpu_quota.anyOf[1],data:data164};
if(vErrors === null){
vErrors = [err491];
}
else {
vErrors.push(err491);
}
errors++;
}
}
var _valid58 = _errs624 === errors;
valid220 = valid220 || _valid58;
}
if(!valid220){
const err492 = {instancePath:instancePath+"/cpu_quota",schemaPath:"#/properties/cpu_quota/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.cpu_quota.anyOf,parentSchema:schema11.properties.cpu_quota,data:data164};
if(vErrors === null){
vErrors = [err492];
}
else {
vErrors.push(err492);
}
errors++;
}
else {
errors = _errs622;
if(vErrors !== null){
if(_errs622){
vErrors.length = _errs622;
}
else {
vErrors = null;
}
}
}
}
if(data.cpu_period !== undefined){
let data165 = data.cpu_period;
if(!(((typeof data165 == "number") && (!(data165 % 1) && !isNaN(data165))) && (isFinite(data165)))){
const err493 = {instancePath:instancePath+"/cpu_period",schemaPath:"#/properties/cpu_period/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.cpu_period.type,parentSchema:schema11.properties.cpu_period,data:data165};
if(vErrors === null){
vErrors = [err493];
}
else {
vErrors.push(err493);
}
errors++;
}
const _errs627 = errors;
let valid221 = false;
const _errs628 = errors;
if(0 !== data165){
const err494 = {instancePath:instancePath+"/cpu_period",schemaPath:"#/properties/cpu_period/anyOf/0/const",keyword:"const",params:{allowedValue: 0},message:"must be equal to constant",schema:0,parentSchema:schema11.properties.cpu_period.anyOf[0],data:data165};
if(vErrors === null){
vErrors = [err494];
}
else {
vErrors.push(err494);
}
errors++;
}
var _valid59 = _errs628 === errors;
valid221 = valid221 || _valid59;
if(!valid221){
const _errs629 = errors;
if((typeof data165 == "number") && (isFinite(data165))){
if(data165 > 1000000 || isNaN(data165)){
const err495 = {instancePath:instancePath+"/cpu_period",schemaPath:"#/properties/cpu_period/anyOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema11.properties.cpu_period.anyOf[1],data:data165};
if(vErrors === null){
vErrors = [err495];
}
else {
vErrors.push(err495);
}
errors++;
}
if(data165 < 1000 || isNaN(data165)){
const err496 = {instancePath:instancePath+"/cpu_period",schemaPath:"#/properties/cpu_period/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1000},message:"must be >= 1000",schema:1000,parentSchema:schema11.properties.cpu_period.anyOf[1],data:data165};
if(vErrors === null){
vErrors = [err496];
}
else {
vErrors.push(err496);
}
errors++;
}
}
var _valid59 = _errs629 === errors;
valid221 = valid221 || _valid59;
}
if(!valid221){
const err497 = {instancePath:instancePath+"/cpu_period",schemaPath:"#/properties/cpu_period/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.cpu_period.anyOf,parentSchema:schema11.properties.cpu_period,data:data165};
if(vErrors === null){
vErrors = [err497];
}
else {
vErrors.push(err497);
}
errors++;
}
else {
errors = _errs627;
if(vErrors !== null){
if(_errs627){
vErrors.length = _errs627;
}
else {
vErrors = null;
}
}
}
}
if(data.cpu_rt_runtime !== undefined){
let data166 = data.cpu_rt_runtime;
const _errs631 = errors;
let valid222 = false;
let passing25 = null;
const _errs632 = errors;
if(!(((typeof data166 == "number") && (!(data166 % 1) && !isNaN(data166))) && (isFinite(data166)))){
const err498 = {instancePath:instancePath+"/cpu_rt_runtime",schemaPath:"#/properties/cpu_rt_runtime/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.cpu_rt_runtime.oneOf[0].type,parentSchema:schema11.properties.cpu_rt_runtime.oneOf[0],data:data166};
if(vErrors === null){
vErrors = [err498];
}
else {
vErrors.push(err498);
}
errors++;
}
if((typeof data166 == "number") && (isFinite(data166))){
if(data166 < 0 || isNaN(data166)){
const err499 = {instancePath:instancePath+"/cpu_rt_runtime",schemaPath:"#/properties/cpu_rt_runtime/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.cpu_rt_runtime.oneOf[0],data:data166};
if(vErrors === null){
vErrors = [err499];
}
else {
vErrors.push(err499);
}
errors++;
}
}
var _valid60 = _errs632 === errors;
if(_valid60){
valid222 = true;
passing25 = 0;
}
const _errs634 = errors;
if(typeof data166 === "string"){
if(!pattern49.test(data166)){
const err500 = {instancePath:instancePath+"/cpu_rt_runtime",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^(?:0|(?:(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:ns|us|µs|μs|ms|s|m|h))+)$"},message:"must match pattern \""+"^(?:0|(?:(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:ns|us|µs|μs|ms|s|m|h))+)$"+"\"",schema:"^(?:0|(?:(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:ns|us|µs|μs|ms|s|m|h))+)$",parentSchema:schema49,data:data166};
if(vErrors === null){
vErrors = [err500];
}
else {
vErrors.push(err500);
}
errors++;
}
}
else {
const err501 = {instancePath:instancePath+"/cpu_rt_runtime",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.type,parentSchema:schema49,data:data166};
if(vErrors === null){
vErrors = [err501];
}
else {
vErrors.push(err501);
}
errors++;
}
var _valid60 = _errs634 === errors;
if(_valid60 && valid222){
valid222 = false;
passing25 = [passing25, 1];
}
else {
if(_valid60){
valid222 = true;
passing25 = 1;
}
}
if(!valid222){
const err502 = {instancePath:instancePath+"/cpu_rt_runtime",schemaPath:"#/properties/cpu_rt_runtime/oneOf",keyword:"oneOf",params:{passingSchemas: passing25},message:"must match exactly one schema in oneOf",schema:schema11.properties.cpu_rt_runtime.oneOf,parentSchema:schema11.properties.cpu_rt_runtime,data:data166};
if(vErrors === null){
vErrors = [err502];
}
else {
vErrors.push(err502);
}
errors++;
}
else {
errors = _errs631;
if(vErrors !== null){
if(_errs631){
vErrors.length = _errs631;
}
else {
vErrors = null;
}
}
}
}
if(data.cpu_rt_period !== undefined){
let data167 = data.cpu_rt_period;
const _errs638 = errors;
let valid224 = false;
let passing26 = null;
const _errs639 = errors;
if(!(((typeof data167 == "number") && (!(data167 % 1) && !isNaN(data167))) && (isFinite(data167)))){
const err503 = {instancePath:instancePath+"/cpu_rt_period",schemaPath:"#/properties/cpu_rt_period/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.cpu_rt_period.oneOf[0].type,parentSchema:schema11.properties.cpu_rt_period.oneOf[0],data:data167};
if(vErrors === null){
vErrors = [err503];
}
else {
vErrors.push(err503);
}
errors++;
}
if((typeof data167 == "number") && (isFinite(data167))){
if(data167 < 0 || isNaN(data167)){
const err504 = {instancePath:instancePath+"/cpu_rt_period",schemaPath:"#/properties/cpu_rt_period/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.cpu_rt_period.oneOf[0],data:data167};
if(vErrors === null){
vErrors = [err504];
}
else {
vErrors.push(err504);
}
errors++;
}
}
var _valid61 = _errs639 === errors;
if(_valid61){
valid224 = true;
passing26 = 0;
}
const _errs641 = errors;
if(typeof data167 === "string"){
if(!pattern49.test(data167)){
const err505 = {instancePath:instancePath+"/cpu_rt_period",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^(?:0|(?:(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:ns|us|µs|μs|ms|s|m|h))+)$"},message:"must match pattern \""+"^(?:0|(?:(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:ns|us|µs|μs|ms|s|m|h))+)$"+"\"",schema:"^(?:0|(?:(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:ns|us|µs|μs|ms|s|m|h))+)$",parentSchema:schema49,data:data167};
if(vErrors === null){
vErrors = [err505];
}
else {
vErrors.push(err505);
}
errors++;
}
}
else {
const err506 = {instancePath:instancePath+"/cpu_rt_period",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.type,parentSchema:schema49,data:data167};
if(vErrors === null){
vErrors = [err506];
}
else {
vErrors.push(err506);
}
errors++;
}
var _valid61 = _errs641 === errors;
if(_valid61 && valid224){
valid224 = false;
passing26 = [passing26, 1];
}
else {
if(_valid61){
valid224 = true;
passing26 = 1;
}
}
if(!valid224){
const err507 = {instancePath:instancePath+"/cpu_rt_period",schemaPath:"#/properties/cpu_rt_period/oneOf",keyword:"oneOf",params:{passingSchemas: passing26},message:"must match exactly one schema in oneOf",schema:schema11.properties.cpu_rt_period.oneOf,parentSchema:schema11.properties.cpu_rt_period,data:data167};
if(vErrors === null){
vErrors = [err507];
}
else {
vErrors.push(err507);
}
errors++;
}
else {
errors = _errs638;
if(vErrors !== null){
if(_errs638){
vErrors.length = _errs638;
}
else {
vErrors = null;
}
}
}
}
if(data.cpuset !== undefined){
let data168 = data.cpuset;
if(typeof data168 === "string"){
if(!pattern51.test(data168)){
const err508 = {instancePath:instancePath+"/cpuset",schemaPath:"#/definitions/cpuList/pattern",keyword:"pattern",params:{pattern: "^0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2]))(?:-0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2])))?(?:,0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2]))(?:-0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2])))?)*$"},message:"must match pattern \""+"^0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2]))(?:-0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2])))?(?:,0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2]))(?:-0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2])))?)*$"+"\"",schema:"^0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2]))(?:-0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2])))?(?:,0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2]))(?:-0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2])))?)*$",parentSchema:schema51,data:data168};
if(vErrors === null){
vErrors = [err508];
}
else {
vErrors.push(err508);
}
errors++;
}
}
else {
const err509 = {instancePath:instancePath+"/cpuset",schemaPath:"#/definitions/cpuList/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.type,parentSchema:schema51,data:data168};
if(vErrors === null){
vErrors = [err509];
}
else {
vErrors.push(err509);
}
errors++;
}
}
if(data.cpuset_mems !== undefined){
let data169 = data.cpuset_mems;
if(typeof data169 === "string"){
if(!pattern51.test(data169)){
const err510 = {instancePath:instancePath+"/cpuset_mems",schemaPath:"#/definitions/cpuList/pattern",keyword:"pattern",params:{pattern: "^0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2]))(?:-0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2])))?(?:,0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2]))(?:-0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2])))?)*$"},message:"must match pattern \""+"^0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2]))(?:-0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2])))?(?:,0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2]))(?:-0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2])))?)*$"+"\"",schema:"^0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2]))(?:-0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2])))?(?:,0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2]))(?:-0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2])))?)*$",parentSchema:schema51,data:data169};
if(vErrors === null){
vErrors = [err510];
}
else {
vErrors.push(err510);
}
errors++;
}
}
else {
const err511 = {instancePath:instancePath+"/cpuset_mems",schemaPath:"#/definitions/cpuList/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.type,parentSchema:schema51,data:data169};
if(vErrors === null){
vErrors = [err511];
}
else {
vErrors.push(err511);
}
errors++;
}
}
if(data.pids_limit !== undefined){
let data170 = data.pids_limit;
if(!(((typeof data170 == "number") && (!(data170 % 1) && !isNaN(data170))) && (isFinite(data170)))){
const err512 = {instancePath:instancePath+"/pids_limit",schemaPath:"#/properties/pids_limit/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.pids_limit.type,parentSchema:schema11.properties.pids_limit,data:data170};
if(vErrors === null){
vErrors = [err512];
}
else {
vErrors.push(err512);
}
errors++;
}
}
if(data.shm_size !== undefined){
let data171 = data.shm_size;
if((!(((typeof data171 == "number") && (!(data171 % 1) && !isNaN(data171))) && (isFinite(data171)))) && (typeof data171 !== "string")){
const err513 = {instancePath:instancePath+"/shm_size",schemaPath:"#/definitions/byteSize/type",keyword:"type",params:{type: schema21.type},message:"must be integer,string",schema:schema21.type,parentSchema:schema21,data:data171};
if(vErrors === null){
vErrors = [err513];
}
else {
vErrors.push(err513);
}
errors++;
}
if((typeof data171 == "number") && (isFinite(data171))){
if(data171 > 9007199254740991 || isNaN(data171)){
const err514 = {instancePath:instancePath+"/shm_size",schemaPath:"#/definitions/byteSize/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema21,data:data171};
if(vErrors === null){
vErrors = [err514];
}
else {
vErrors.push(err514);
}
errors++;
}
if(data171 < 0 || isNaN(data171)){
const err515 = {instancePath:instancePath+"/shm_size",schemaPath:"#/definitions/byteSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema21,data:data171};
if(vErrors === null){
vErrors = [err515];
}
else {
vErrors.push(err515);
}
errors++;
}
}
if(typeof data171 === "string"){
if(!pattern18.test(data171)){
const err516 = {instancePath:instancePath+"/shm_size",schemaPath:"#/definitions/byteSize/pattern",keyword:"pattern",params:{pattern: "^(?:(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,14}(?:\\.[0-9]+)?|0*[1-8][0-9]{15}(?:\\.[0-9]+)?|0*900[0-6][0-9]{12}(?:\\.[0-9]+)?|0*90070[0-9]{11}(?:\\.[0-9]+)?|0*90071[0-8][0-9]{10}(?:\\.[0-9]+)?|0*900719[0-8][0-9]{9}(?:\\.[0-9]+)?|0*9007199[0-1][0-9]{8}(?:\\.[0-9]+)?|0*90071992[0-4][0-9]{7}(?:\\.[0-9]+)?|0*900719925[0-3][0-9]{6}(?:\\.[0-9]+)?|0*9007199254[0-6][0-9]{5}(?:\\.[0-9]+)?|0*90071992547[0-3][0-9]{4}(?:\\.[0-9]+)?|0*9007199254740[0-8][0-9]{2}(?:\\.[0-9]+)?|0*90071992547409[0-8][0-9](?:\\.[0-9]+)?|0*900719925474099[0-1](?:\\.[0-9]+)?) ?[bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,11}(?:\\.[0-9]+)?|0*[1-7][0-9]{12}(?:\\.[0-9]+)?|0*8[0-6][0-9]{11}(?:\\.[0-9]+)?|0*87[0-8][0-9]{10}(?:\\.[0-9]+)?|0*879[0-5][0-9]{9}(?:\\.[0-9]+)?|0*87960[0-8][0-9]{7}(?:\\.[0-9]+)?|0*879609[0-2][0-9]{6}(?:\\.[0-9]+)?|0*87960930[0-1][0-9]{4}(?:\\.[0-9]+)?|0*879609302[0-1][0-9]{3}(?:\\.[0-9]+)?|0*8796093022[0-1][0-9]{2}(?:\\.[0-9]+)?|0*879609302220[0-7](?:\\.[0-9]+)?) ?[Kk][bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,8}(?:\\.[0-9]+)?|0*[1-7][0-9]{9}(?:\\.[0-9]+)?|0*8[0-4][0-9]{8}(?:\\.[0-9]+)?|0*85[0-7][0-9]{7}(?:\\.[0-9]+)?|0*858[0-8][0-9]{6}(?:\\.[0-9]+)?|0*8589[0-8][0-9]{5}(?:\\.[0-9]+)?|0*85899[0-2][0-9]{4}(?:\\.[0-9]+)?|0*858993[0-3][0-9]{3}(?:\\.[0-9]+)?|0*8589934[0-4][0-9]{2}(?:\\.[0-9]+)?|0*85899345[0-8][0-9](?:\\.[0-9]+)?|0*858993459[0-1](?:\\.[0-9]+)?) ?[Mm][bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,5}(?:\\.[0-9]+)?|0*[1-7][0-9]{6}(?:\\.[0-9]+)?|0*8[0-2][0-9]{5}(?:\\.[0-9]+)?|0*83[0-7][0-9]{4}(?:\\.[0-9]+)?|0*838[0-7][0-9]{3}(?:\\.[0-9]+)?|0*8388[0-5][0-9]{2}(?:\\.[0-9]+)?|0*838860[0-7](?:\\.[0-9]+)?) ?[Gg][bB]?)$"},message:"must match pattern \""+"^(?:(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,14}(?:\\.[0-9]+)?|0*[1-8][0-9]{15}(?:\\.[0-9]+)?|0*900[0-6][0-9]{12}(?:\\.[0-9]+)?|0*90070[0-9]{11}(?:\\.[0-9]+)?|0*90071[0-8][0-9]{10}(?:\\.[0-9]+)?|0*900719[0-8][0-9]{9}(?:\\.[0-9]+)?|0*9007199[0-1][0-9]{8}(?:\\.[0-9]+)?|0*90071992[0-4][0-9]{7}(?:\\.[0-9]+)?|0*900719925[0-3][0-9]{6}(?:\\.[0-9]+)?|0*9007199254[0-6][0-9]{5}(?:\\.[0-9]+)?|0*90071992547[0-3][0-9]{4}(?:\\.[0-9]+)?|0*9007199254740[0-8][0-9]{2}(?:\\.[0-9]+)?|0*90071992547409[0-8][0-9](?:\\.[0-9]+)?|0*900719925474099[0-1](?:\\.[0-9]+)?) ?[bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,11}(?:\\.[0-9]+)?|0*[1-7][0-9]{12}(?:\\.[0-9]+)?|0*8[0-6][0-9]{11}(?:\\.[0-9]+)?|0*87[0-8][0-9]{10}(?:\\.[0-9]+)?|0*879[0-5][0-9]{9}(?:\\.[0-9]+)?|0*87960[0-8][0-9]{7}(?:\\.[0-9]+)?|0*879609[0-2][0-9]{6}(?:\\.[0-9]+)?|0*87960930[0-1][0-9]{4}(?:\\.[0-9]+)?|0*879609302[0-1][0-9]{3}(?:\\.[0-9]+)?|0*8796093022[0-1][0-9]{2}(?:\\.[0-9]+)?|0*879609302220[0-7](?:\\.[0-9]+)?) ?[Kk][bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,8}(?:\\.[0-9]+)?|0*[1-7][0-9]{9}(?:\\.[0-9]+)?|0*8[0-4][0-9]{8}(?:\\.[0-9]+)?|0*85[0-7][0-9]{7}(?:\\.[0-9]+)?|0*858[0-8][0-9]{6}(?:\\.[0-9]+)?|0*8589[0-8][0-9]{5}(?:\\.[0-9]+)?|0*85899[0-2][0-9]{4}(?:\\.[0-9]+)?|0*858993[0-3][0-9]{3}(?:\\.[0-9]+)?|0*8589934[0-4][0-9]{2}(?:\\.[0-9]+)?|0*85899345[0-8][0-9](?:\\.[0-9]+)?|0*858993459[0-1](?:\\.[0-9]+)?) ?[Mm][bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,5}(?:\\.[0-9]+)?|0*[1-7][0-9]{6}(?:\\.[0-9]+)?|0*8[0-2][0-9]{5}(?:\\.[0-9]+)?|0*83[0-7][0-9]{4}(?:\\.[0-9]+)?|0*838[0-7][0-9]{3}(?:\\.[0-9]+)?|0*8388[0-5][0-9]{2}(?:\\.[0-9]+)?|0*838860[0-7](?:\\.[0-9]+)?) ?[Gg][bB]?)$"+"\"",schema:"^(?:(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,14}(?:\\.[0-9]+)?|0*[1-8][0-9]{15}(?:\\.[0-9]+)?|0*900[0-6][0-9]{12}(?:\\.[0-9]+)?|0*90070[0-9]{11}(?:\\.[0-9]+)?|0*90071[0-8][0-9]{10}(?:\\.[0-9]+)?|0*900719[0-8][0-9]{9}(?:\\.[0-9]+)?|0*9007199[0-1][0-9]{8}(?:\\.[0-9]+)?|0*90071992[0-4][0-9]{7}(?:\\.[0-9]+)?|0*900719925[0-3][0-9]{6}(?:\\.[0-9]+)?|0*9007199254[0-6][0-9]{5}(?:\\.[0-9]+)?|0*90071992547[0-3][0-9]{4}(?:\\.[0-9]+)?|0*9007199254740[0-8][0-9]{2}(?:\\.[0-9]+)?|0*90071992547409[0-8][0-9](?:\\.[0-9]+)?|0*900719925474099[0-1](?:\\.[0-9]+)?) ?[bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,11}(?:\\.[0-9]+)?|0*[1-7][0-9]{12}(?:\\.[0-9]+)?|0*8[0-6][0-9]{11}(?:\\.[0-9]+)?|0*87[0-8][0-9]{10}(?:\\.[0-9]+)?|0*879[0-5][0-9]{9}(?:\\.[0-9]+)?|0*87960[0-8][0-9]{7}(?:\\.[0-9]+)?|0*879609[0-2][0-9]{6}(?:\\.[0-9]+)?|0*87960930[0-1][0-9]{4}(?:\\.[0-9]+)?|0*879609302[0-1][0-9]{3}(?:\\.[0-9]+)?|0*8796093022[0-1][0-9]{2}(?:\\.[0-9]+)?|0*879609302220[0-7](?:\\.[0-9]+)?) ?[Kk][bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,8}(?:\\.[0-9]+)?|0*[1-7][0-9]{9}(?:\\.[0-9]+)?|0*8[0-4][0-9]{8}(?:\\.[0-9]+)?|0*85[0-7][0-9]{7}(?:\\.[0-9]+)?|0*858[0-8][0-9]{6}(?:\\.[0-9]+)?|0*8589[0-8][0-9]{5}(?:\\.[0-9]+)?|0*85899[0-2][0-9]{4}(?:\\.[0-9]+)?|0*858993[0-3][0-9]{3}(?:\\.[0-9]+)?|0*8589934[0-4][0-9]{2}(?:\\.[0-9]+)?|0*85899345[0-8][0-9](?:\\.[0-9]+)?|0*858993459[0-1](?:\\.[0-9]+)?) ?[Mm][bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,5}(?:\\.[0-9]+)?|0*[1-7][0-9]{6}(?:\\.[0-9]+)?|0*8[0-2][0-9]{5}(?:\\.[0-9]+)?|0*83[0-7][0-9]{4}(?:\\.[0-9]+)?|0*838[0-7][0-9]{3}(?:\\.[0-9]+)?|0*8388[0-5][0-9]{2}(?:\\.[0-9]+)?|0*838860[0-7](?:\\.[0-9]+)?) ?[Gg][bB]?)$",parentSchema:schema21,data:data171};
if(vErrors === null){
vErrors = [err516];
}
else {
vErrors.push(err516);
}
errors++;
}
}
}
if(data.blkio_config !== undefined){
let data172 = data.blkio_config;
if(data172 && typeof data172 == "object" && !Array.isArray(data172)){
for(const key25 in data172){
if(!((((((key25 === "weight") || (key25 === "weight_device")) || (key25 === "device_read_bps")) || (key25 === "device_write_bps")) || (key25 === "device_read_iops")) || (key25 === "device_write_iops"))){
const err517 = {instancePath:instancePath+"/blkio_config",schemaPath:"#/properties/blkio_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.blkio_config,data:data172};
if(vErrors === null){
vErrors = [err517];
}
else {
vErrors.push(err517);
}
errors++;
}
}
if(data172.weight !== undefined){
let data173 = data172.weight;
if(!(((typeof data173 == "number") && (!(data173 % 1) && !isNaN(data173))) && (isFinite(data173)))){
const err518 = {instancePath:instancePath+"/blkio_config/weight",schemaPath:"#/definitions/blkioWeight/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema54.type,parentSchema:schema54,data:data173};
if(vErrors === null){
vErrors = [err518];
}
else {
vErrors.push(err518);
}
errors++;
}
const _errs661 = errors;
let valid231 = false;
const _errs662 = errors;
if(0 !== data173){
const err519 = {instancePath:instancePath+"/blkio_config/weight",schemaPath:"#/definitions/blkioWeight/anyOf/0/const",keyword:"const",params:{allowedValue: 0},message:"must be equal to constant",schema:0,parentSchema:schema54.anyOf[0],data:data173};
if(vErrors === null){
vErrors = [err519];
}
else {
vErrors.push(err519);
}
errors++;
}
var _valid62 = _errs662 === errors;
valid231 = valid231 || _valid62;
if(!valid231){
const _errs663 = errors;
if((typeof data173 == "number") && (isFinite(data173))){
if(data173 > 1000 || isNaN(data173)){
const err520 = {instancePath:instancePath+"/blkio_config/weight",schemaPath:"#/definitions/blkioWeight/anyOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema54.anyOf[1],data:data173};
if(vErrors === null){
vErrors = [err520];
}
else {
vErrors.push(err520);
}
errors++;
}
if(data173 < 10 || isNaN(data173)){
const err521 = {instancePath:instancePath+"/blkio_config/weight",schemaPath:"#/definitions/blkioWeight/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 10},message:"must be >= 10",schema:10,parentSchema:schema54.anyOf[1],data:data173};
if(vErrors === null){
vErrors = [err521];
}
else {
vErrors.push(err521);
}
errors++;
}
}
var _valid62 = _errs663 === errors;
valid231 = valid231 || _valid62;
}
if(!valid231){
const err522 = {instancePath:instancePath+"/blkio_config/weight",schemaPath:"#/definitions/blkioWeight/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema54.anyOf,parentSchema:schema54,data:data173};
if(vErrors === null){
vErrors = [err522];
}
else {
vErrors.push(err522);
}
errors++;
}
else {
errors = _errs661;
if(vErrors !== null){
if(_errs661){
vErrors.length = _errs661;
}
else {
vErrors = null;
}
}
}
}
if(data172.weight_device !== undefined){
let data174 = data172.weight_device;
if(Array.isArray(data174)){
const len15 = data174.length;
for(let i15=0; i15<len15; i15++){
let data175 = data174[i15];
if(data175 && typeof data175 == "object" && !Array.isArray(data175)){
if(data175.path === undefined){
const err523 = {instancePath:instancePath+"/blkio_config/weight_device/" + i15,schemaPath:"#/properties/blkio_config/properties/weight_device/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema11.properties.blkio_config.properties.weight_device.items.required,parentSchema:schema11.properties.blkio_config.properties.weight_device.items,data:data175};
if(vErrors === null){
vErrors = [err523];
}
else {
vErrors.push(err523);
}
errors++;
}
if(data175.weight === undefined){
const err524 = {instancePath:instancePath+"/blkio_config/weight_device/" + i15,schemaPath:"#/properties/blkio_config/properties/weight_device/items/required",keyword:"required",params:{missingProperty: "weight"},message:"must have required property '"+"weight"+"'",schema:schema11.properties.blkio_config.properties.weight_device.items.required,parentSchema:schema11.properties.blkio_config.properties.weight_device.items,data:data175};
if(vErrors === null){
vErrors = [err524];
}
else {
vErrors.push(err524);
}
errors++;
}
for(const key26 in data175){
if(!((key26 === "path") || (key26 === "weight"))){
const err525 = {instancePath:instancePath+"/blkio_config/weight_device/" + i15,schemaPath:"#/properties/blkio_config/properties/weight_device/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key26},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.blkio_config.properties.weight_device.items,data:data175};
if(vErrors === null){
vErrors = [err525];
}
else {
vErrors.push(err525);
}
errors++;
}
}
if(data175.path !== undefined){
let data176 = data175.path;
if(typeof data176 === "string"){
if(!pattern54.test(data176)){
const err526 = {instancePath:instancePath+"/blkio_config/weight_device/" + i15+"/path",schemaPath:"#/definitions/devicePath/pattern",keyword:"pattern",params:{pattern: "^/dev/."},message:"must match pattern \""+"^/dev/."+"\"",schema:"^/dev/.",parentSchema:schema55,data:data176};
if(vErrors === null){
vErrors = [err526];
}
else {
vErrors.push(err526);
}
errors++;
}
}
else {
const err527 = {instancePath:instancePath+"/blkio_config/weight_device/" + i15+"/path",schemaPath:"#/definitions/devicePath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.type,parentSchema:schema55,data:data176};
if(vErrors === null){
vErrors = [err527];
}
else {
vErrors.push(err527);
}
errors++;
}
}
if(data175.weight !== undefined){
let data177 = data175.weight;
if(!(((typeof data177 == "number") && (!(data177 % 1) && !isNaN(data177))) && (isFinite(data177)))){
const err528 = {instancePath:instancePath+"/blkio_config/weight_device/" + i15+"/weight",schemaPath:"#/definitions/blkioWeight/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema54.type,parentSchema:schema54,data:data177};
if(vErrors === null){
vErrors = [err528];
}
else {
vErrors.push(err528);
}
errors++;
}
const _errs675 = errors;
let valid237 = false;
const _errs676 = errors;
if(0 !== data177){
const err529 = {instancePath:instancePath+"/blkio_config/weight_device/" + i15+"/weight",schemaPath:"#/definitions/blkioWeight/anyOf/0/const",keyword:"const",params:{allowedValue: 0},message:"must be equal to constant",schema:0,parentSchema:schema54.anyOf[0],data:data177};
if(vErrors === null){
vErrors = [err529];
}
else {
vErrors.push(err529);
}
errors++;
}
var _valid63 = _errs676 === errors;
valid237 = valid237 || _valid63;
if(!valid237){
const _errs677 = errors;
if((typeof data177 == "number") && (isFinite(data177))){
if(data177 > 1000 || isNaN(data177)){
const err530 = {instancePath:instancePath+"/blkio_config/weight_device/" + i15+"/weight",schemaPath:"#/definitions/blkioWeight/anyOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema54.anyOf[1],data:data177};
if(vErrors === null){
vErrors = [err530];
}
else {
vErrors.push(err530);
}
errors++;
}
if(data177 < 10 || isNaN(data177)){
const err531 = {instancePath:instancePath+"/blkio_config/weight_device/" + i15+"/weight",schemaPath:"#/definitions/blkioWeight/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 10},message:"must be >= 10",schema:10,parentSchema:schema54.anyOf[1],data:data177};
if(vErrors === null){
vErrors = [err531];
}
else {
vErrors.push(err531);
}
errors++;
}
}
var _valid63 = _errs677 === errors;
valid237 = valid237 || _valid63;
}
if(!valid237){
const err532 = {instancePath:instancePath+"/blkio_config/weight_device/" + i15+"/weight",schemaPath:"#/definitions/blkioWeight/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema54.anyOf,parentSchema:schema54,data:data177};
if(vErrors === null){
vErrors = [err532];
}
else {
vErrors.push(err532);
}
errors++;
}
else {
errors = _errs675;
if(vErrors !== null){
if(_errs675){
vErrors.length = _errs675;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err533 = {instancePath:instancePath+"/blkio_config/weight_device/" + i15,schemaPath:"#/properties/blkio_config/properties/weight_device/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.blkio_config.properties.weight_device.items.type,parentSchema:schema11.properties.blkio_config.properties.weight_device.items,data:data175};
if(vErrors === null){
vErrors = [err533];
}
else {
vErrors.push(err533);
}
errors++;
}
}
}
else {
const err534 = {instancePath:instancePath+"/blkio_config/weight_device",schemaPath:"#/properties/blkio_config/properties/weight_device/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.blkio_config.properties.weight_device.type,parentSchema:schema11.properties.blkio_config.properties.weight_device,data:data174};
if(vErrors === null){
vErrors = [err534];
}
else {
vErrors.push(err534);
}
errors++;
}
}
if(data172.device_read_bps !== undefined){
let data178 = data172.device_read_bps;
if(Array.isArray(data178)){
const len16 = data178.length;
for(let i16=0; i16<len16; i16++){
if(!(validate18(data178[i16], {instancePath:instancePath+"/blkio_config/device_read_bps/" + i16,parentData:data178,parentDataProperty:i16,rootData}))){
vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
errors = vErrors.length;
}
}
}
else {
const err535 = {instancePath:instancePath+"/blkio_config/device_read_bps",schemaPath:"#/properties/blkio_config/properties/device_read_bps/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.blkio_config.properties.device_read_bps.type,parentSchema:schema11.properties.blkio_config.properties.device_read_bps,data:data178};
if(vErrors === null){
vErrors = [err535];
}
else {
vErrors.push(err535);
}
errors++;
}
}
if(data172.device_write_bps !== undefined){
let data180 = data172.device_write_bps;
if(Array.isArray(data180)){
const len17 = data180.length;
for(let i17=0; i17<len17; i17++){
if(!(validate18(data180[i17], {instancePath:instancePath+"/blkio_config/device_write_bps/" + i17,parentData:data180,parentDataProperty:i17,rootData}))){
vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
errors = vErrors.length;
}
}
}
else {
const err536 = {instancePath:instancePath+"/blkio_config/device_write_bps",schemaPath:"#/properties/blkio_config/properties/device_write_bps/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.blkio_config.properties.device_write_bps.type,parentSchema:schema11.properties.blkio_config.properties.device_write_bps,data:data180};
if(vErrors === null){
vErrors = [err536];
}
else {
vErrors.push(err536);
}
errors++;
}
}
if(data172.device_read_iops !== undefined){
let data182 = data172.device_read_iops;
if(Array.isArray(data182)){
const len18 = data182.length;
for(let i18=0; i18<len18; i18++){
if(!(validate21(data182[i18], {instancePath:instancePath+"/blkio_config/device_read_iops/" + i18,parentData:data182,parentDataProperty:i18,rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err537 = {instancePath:instancePath+"/blkio_config/device_read_iops",schemaPath:"#/properties/blkio_config/properties/device_read_iops/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.blkio_config.properties.device_read_iops.type,parentSchema:schema11.properties.blkio_config.properties.device_read_iops,data:data182};
if(vErrors === null){
vErrors = [err537];
}
else {
vErrors.push(err537);
}
errors++;
}
}
if(data172.device_write_iops !== undefined){
let data184 = data172.device_write_iops;
if(Array.isArray(data184)){
const len19 = data184.length;
for(let i19=0; i19<len19; i19++){
if(!(validate21(data184[i19], {instancePath:instancePath+"/blkio_config/device_write_iops/" + i19,parentData:data184,parentDataProperty:i19,rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err538 = {instancePath:instancePath+"/blkio_config/device_write_iops",schemaPath:"#/properties/blkio_config/properties/device_write_iops/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.blkio_config.properties.device_write_iops.type,parentSchema:schema11.properties.blkio_config.properties.device_write_iops,data:data184};
if(vErrors === null){
vErrors = [err538];
}
else {
vErrors.push(err538);
}
errors++;
}
}
}
else {
const err539 = {instancePath:instancePath+"/blkio_config",schemaPath:"#/properties/blkio_config/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.blkio_config.type,parentSchema:schema11.properties.blkio_config,data:data172};
if(vErrors === null){
vErrors = [err539];
}
else {
vErrors.push(err539);
}
errors++;
}
}
if(data.init !== undefined){
let data186 = data.init;
if(typeof data186 !== "boolean"){
const err540 = {instancePath:instancePath+"/init",schemaPath:"#/properties/init/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.init.type,parentSchema:schema11.properties.init,data:data186};
if(vErrors === null){
vErrors = [err540];
}
else {
vErrors.push(err540);
}
errors++;
}
}
if(data.ipc !== undefined){
let data187 = data.ipc;
if(typeof data187 === "string"){
if(!pattern58.test(data187)){
const err541 = {instancePath:instancePath+"/ipc",schemaPath:"#/properties/ipc/pattern",keyword:"pattern",params:{pattern: "^(private|shareable|none|host|container:.+)$"},message:"must match pattern \""+"^(private|shareable|none|host|container:.+)$"+"\"",schema:"^(private|shareable|none|host|container:.+)$",parentSchema:schema11.properties.ipc,data:data187};
if(vErrors === null){
vErrors = [err541];
}
else {
vErrors.push(err541);
}
errors++;
}
}
else {
const err542 = {instancePath:instancePath+"/ipc",schemaPath:"#/properties/ipc/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.ipc.type,parentSchema:schema11.properties.ipc,data:data187};
if(vErrors === null){
vErrors = [err542];
}
else {
vErrors.push(err542);
}
errors++;
}
}
if(data.pid !== undefined){
let data188 = data.pid;
if(typeof data188 === "string"){
if(!pattern59.test(data188)){
const err543 = {instancePath:instancePath+"/pid",schemaPath:"#/properties/pid/pattern",keyword:"pattern",params:{pattern: "^(|host|container:.+)$"},message:"must match pattern \""+"^(|host|container:.+)$"+"\"",schema:"^(|host|container:.+)$",parentSchema:schema11.properties.pid,data:data188};
if(vErrors === null){
vErrors = [err543];
}
else {
vErrors.push(err543);
}
errors++;
}
}
else {
const err544 = {instancePath:instancePath+"/pid",schemaPath:"#/properties/pid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pid.type,parentSchema:schema11.properties.pid,data:data188};
if(vErrors === null){
vErrors = [err544];
}
else {
vErrors.push(err544);
}
errors++;
}
}
if(data.uts !== undefined){
let data189 = data.uts;
if(!(data189 === "host")){
const err545 = {instancePath:instancePath+"/uts",schemaPath:"#/properties/uts/enum",keyword:"enum",params:{allowedValues: schema11.properties.uts.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.uts.enum,parentSchema:schema11.properties.uts,data:data189};
if(vErrors === null){
vErrors = [err545];
}
else {
vErrors.push(err545);
}
errors++;
}
}
if(data.userns_mode !== undefined){
let data190 = data.userns_mode;
if(!(data190 === "host")){
const err546 = {instancePath:instancePath+"/userns_mode",schemaPath:"#/properties/userns_mode/enum",keyword:"enum",params:{allowedValues: schema11.properties.userns_mode.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.userns_mode.enum,parentSchema:schema11.properties.userns_mode,data:data190};
if(vErrors === null){
vErrors = [err546];
}
else {
vErrors.push(err546);
}
errors++;
}
}
if(data.cgroup !== undefined){
let data191 = data.cgroup;
if(!((data191 === "host") || (data191 === "private"))){
const err547 = {instancePath:instancePath+"/cgroup",schemaPath:"#/properties/cgroup/enum",keyword:"enum",params:{allowedValues: schema11.properties.cgroup.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.cgroup.enum,parentSchema:schema11.properties.cgroup,data:data191};
if(vErrors === null){
vErrors = [err547];
}
else {
vErrors.push(err547);
}
errors++;
}
}
if(data.cgroup_parent !== undefined){
let data192 = data.cgroup_parent;
if(typeof data192 === "string"){
if(func3(data192) < 1){
const err548 = {instancePath:instancePath+"/cgroup_parent",schemaPath:"#/properties/cgroup_parent/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.cgroup_parent,data:data192};
if(vErrors === null){
vErrors = [err548];
}
else {
vErrors.push(err548);
}
errors++;
}
}
else {
const err549 = {instancePath:instancePath+"/cgroup_parent",schemaPath:"#/properties/cgroup_parent/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.cgroup_parent.type,parentSchema:schema11.properties.cgroup_parent,data:data192};
if(vErrors === null){
vErrors = [err549];
}
else {
vErrors.push(err549);
}
errors++;
}
}
if(data.network_mode !== undefined){
let data193 = data.network_mode;
if(typeof data193 === "string"){
if(!pattern60.test(data193)){
const err550 = {instancePath:instancePath+"/network_mode",schemaPath:"#/properties/network_mode/pattern",keyword:"pattern",params:{pattern: "^(bridge|default|none|host|container:.+)$"},message:"must match pattern \""+"^(bridge|default|none|host|container:.+)$"+"\"",schema:"^(bridge|default|none|host|container:.+)$",parentSchema:schema11.properties.network_mode,data:data193};
if(vErrors === null){
vErrors = [err550];
}
else {
vErrors.push(err550);
}
errors++;
}
}
else {
const err551 = {instancePath:instancePath+"/network_mode",schemaPath:"#/properties/network_mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.network_mode.type,parentSchema:schema11.properties.network_mode,data:data193};
if(vErrors === null){
vErrors = [err551];
}
else {
vErrors.push(err551);
}
errors++;
}
}
if(data.dns !== undefined){
let data194 = data.dns;
const _errs704 = errors;
let valid246 = false;
let passing27 = null;
const _errs705 = errors;
if(typeof data194 === "string"){
if(!pattern61.test(data194)){
const err552 = {instancePath:instancePath+"/dns",schemaPath:"#/definitions/ipAddress/pattern",keyword:"pattern",params:{pattern: "^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))$"},message:"must match pattern \""+"^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))$"+"\"",schema:"^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))$",parentSchema:schema62,data:data194};
if(vErrors === null){
vErrors = [err552];
}
else {
vErrors.push(err552);
}
errors++;
}
}
else {
const err553 = {instancePath:instancePath+"/dns",schemaPath:"#/definitions/ipAddress/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.type,parentSchema:schema62,data:data194};
if(vErrors === null){
vErrors = [err553];
}
else {
vErrors.push(err553);
}
errors++;
}
var _valid64 = _errs705 === errors;
if(_valid64){
valid246 = true;
passing27 = 0;
}
const _errs708 = errors;
if(Array.isArray(data194)){
const len20 = data194.length;
for(let i20=0; i20<len20; i20++){
let data195 = data194[i20];
if(typeof data195 === "string"){
if(!pattern61.test(data195)){
const err554 = {instancePath:instancePath+"/dns/" + i20,schemaPath:"#/definitions/ipAddress/pattern",keyword:"pattern",params:{pattern: "^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))$"},message:"must match pattern \""+"^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))$"+"\"",schema:"^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))$",parentSchema:schema62,data:data195};
if(vErrors === null){
vErrors = [err554];
}
else {
vErrors.push(err554);
}
errors++;
}
}
else {
const err555 = {instancePath:instancePath+"/dns/" + i20,schemaPath:"#/definitions/ipAddress/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.type,parentSchema:schema62,data:data195};
if(vErrors === null){
vErrors = [err555];
}
else {
vErrors.push(err555);
}
errors++;
}
}
}
else {
const err556 = {instancePath:instancePath+"/dns",schemaPath:"#/properties/dns/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.dns.oneOf[1].type,parentSchema:schema11.properties.dns.oneOf[1],data:data194};
if(vErrors === null){
vErrors = [err556];
}
else {
vErrors.push(err556);
}
errors++;
}
var _valid64 = _errs708 === errors;
if(_valid64 && valid246){
valid246 = false;
passing27 = [passing27, 1];
}
else {
if(_valid64){
valid246 = true;
passing27 = 1;
}
}
if(!valid246){
const err557 = {instancePath:instancePath+"/dns",schemaPath:"#/properties/dns/oneOf",keyword:"oneOf",params:{passingSchemas: passing27},message:"must match exactly one schema in oneOf",schema:schema11.properties.dns.oneOf,parentSchema:schema11.properties.dns,data:data194};
if(vErrors === null){
vErrors = [err557];
}
else {
vErrors.push(err557);
}
errors++;
}
else {
errors = _errs704;
if(vErrors !== null){
if(_errs704){
vErrors.length = _errs704;
}
else {
vErrors = null;
}
}
}
}
if(data.dns_search !== undefined){
let data196 = data.dns_search;
const _errs714 = errors;
let valid251 = false;
let passing28 = null;
const _errs715 = errors;
if(typeof data196 === "string"){
if(!pattern63.test(data196)){
const err558 = {instancePath:instancePath+"/dns_search",schemaPath:"#/definitions/searchDomain/pattern",keyword:"pattern",params:{pattern: "^(?:\\.|(?=[\\s\\S]{1,255}$)(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*\\.?\\s*)$"},message:"must match pattern \""+"^(?:\\.|(?=[\\s\\S]{1,255}$)(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*\\.?\\s*)$"+"\"",schema:"^(?:\\.|(?=[\\s\\S]{1,255}$)(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*\\.?\\s*)$",parentSchema:schema64,data:data196};
if(vErrors === null){
vErrors = [err558];
}
else {
vErrors.push(err558);
}
errors++;
}
}
else {
const err559 = {instancePath:instancePath+"/dns_search",schemaPath:"#/definitions/searchDomain/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.type,parentSchema:schema64,data:data196};
if(vErrors === null){
vErrors = [err559];
}
else {
vErrors.push(err559);
}
errors++;
}
var _valid65 = _errs715 === errors;
if(_valid65){
valid251 = true;
passing28 = 0;
}
const _errs718 = errors;
if(Array.isArray(data196)){
const len21 = data196.length;
for(let i21=0; i21<len21; i21++){
let data197 = data196[i21];
if(typeof data197 === "string"){
if(!pattern63.test(data197)){
const err560 = {instancePath:instancePath+"/dns_search/" + i21,schemaPath:"#/definitions/searchDomain/pattern",keyword:"pattern",params:{pattern: "^(?:\\.|(?=[\\s\\S]{1,255}$)(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*\\.?\\s*)$"},message:"must match pattern \""+"^(?:\\.|(?=[\\s\\S]{1,255}$)(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*\\.?\\s*)$"+"\"",schema:"^(?:\\.|(?=[\\s\\S]{1,255}$)(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*\\.?\\s*)$",parentSchema:schema64,data:data197};
if(vErrors === null){
vErrors = [err560];
}
else {
vErrors.push(err560);
}
errors++;
}
}
else {
const err561 = {instancePath:instancePath+"/dns_search/" + i21,schemaPath:"#/definitions/searchDomain/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.type,parentSchema:schema64,data:data197};
if(vErrors === null){
vErrors = [err561];
}
else {
vErrors.push(err561);
}
errors++;
}
}
}
else {
const err562 = {instancePath:instancePath+"/dns_search",schemaPath:"#/properties/dns_search/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.dns_search.oneOf[1].type,parentSchema:schema11.properties.dns_search.oneOf[1],data:data196};
if(vErrors === null){
vErrors = [err562];
}
else {
vErrors.push(err562);
}
errors++;
}
var _valid65 = _errs718 === errors;
if(_valid65 && valid251){
valid251 = false;
passing28 = [passing28, 1];
}
else {
if(_valid65){
valid251 = true;
passing28 = 1;
}
}
if(!valid251){
const err563 = {instancePath:instancePath+"/dns_search",schemaPath:"#/properties/dns_search/oneOf",keyword:"oneOf",params:{passingSchemas: passing28},message:"must match exactly one schema in oneOf",schema:schema11.properties.dns_search.oneOf,parentSchema:schema11.properties.dns_search,data:data196};
if(vErrors === null){
vErrors = [err563];
}
else {
vErrors.push(err563);
}
errors++;
}
else {
errors = _errs714;
if(vErrors !== null){
if(_errs714){
vErrors.length = _errs714;
}
else {
vErrors = null;
}
}
}
}
if(data.dns_opt !== undefined){
let data198 = data.dns_opt;
if(Array.isArray(data198)){
const len22 = data198.length;
for(let i22=0; i22<len22; i22++){
let data199 = data198[i22];
if(typeof data199 !== "string"){
const err564 = {instancePath:instancePath+"/dns_opt/" + i22,schemaPath:"#/definitions/stringList/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.items.type,parentSchema:schema15.items,data:data199};
if(vErrors === null){
vErrors = [err564];
}
else {
vErrors.push(err564);
}
errors++;
}
}
}
else {
const err565 = {instancePath:instancePath+"/dns_opt",schemaPath:"#/definitions/stringList/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.type,parentSchema:schema15,data:data198};
if(vErrors === null){
vErrors = [err565];
}
else {
vErrors.push(err565);
}
errors++;
}
}
if(data.extra_hosts !== undefined){
let data200 = data.extra_hosts;
const _errs729 = errors;
let valid259 = false;
let passing29 = null;
const _errs730 = errors;
if(data200 && typeof data200 == "object" && !Array.isArray(data200)){
for(const key27 in data200){
const _errs732 = errors;
if(typeof key27 === "string"){
if(!pattern65.test(key27)){
const err566 = {instancePath:instancePath+"/extra_hosts",schemaPath:"#/properties/extra_hosts/oneOf/0/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[^=:\\s]+$"},message:"must match pattern \""+"^[^=:\\s]+$"+"\"",schema:"^[^=:\\s]+$",parentSchema:schema11.properties.extra_hosts.oneOf[0].propertyNames,data:key27,propertyName:key27};
if(vErrors === null){
vErrors = [err566];
}
else {
vErrors.push(err566);
}
errors++;
}
}
var valid260 = _errs732 === errors;
if(!valid260){
const err567 = {instancePath:instancePath+"/extra_hosts",schemaPath:"#/properties/extra_hosts/oneOf/0/propertyNames",keyword:"propertyNames",params:{propertyName: key27},message:"property name must be valid",schema:schema11.properties.extra_hosts.oneOf[0].propertyNames,parentSchema:schema11.properties.extra_hosts.oneOf[0],data:data200};
if(vErrors === null){
vErrors = [err567];
}
else {
vErrors.push(err567);
}
errors++;
}
}
for(const key28 in data200){
let data201 = data200[key28];
if(typeof data201 === "string"){
if(!pattern66.test(data201)){
const err568 = {instancePath:instancePath+"/extra_hosts/" + key28.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/extra_hosts/oneOf/0/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^(?:(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))|\\[(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))\\])$"},message:"must match pattern \""+"^(?:(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))|\\[(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))\\])$"+"\"",schema:"^(?:(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))|\\[(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))\\])$",parentSchema:schema11.properties.extra_hosts.oneOf[0].additionalProperties,data:data201};
if(vErrors === null){
vErrors = [err568];
}
else {
vErrors.push(err568);
}
errors++;
}
}
else {
const err569 = {instancePath:instancePath+"/extra_hosts/" + key28.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/extra_hosts/oneOf/0/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.extra_hosts.oneOf[0].additionalProperties.type,parentSchema:schema11.properties.extra_hosts.oneOf[0].additionalProperties,data:data201};
if(vErrors === null){
vErrors = [err569];
}
else {
vErrors.push(err569);
}
errors++;
}
}
}
else {
const err570 = {instancePath:instancePath+"/extra_hosts",schemaPath:"#/properties/extra_hosts/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.extra_hosts.oneOf[0].type,parentSchema:schema11.properties.extra_hosts.oneOf[0],data:data200};
if(vErrors === null){
vErrors = [err570];
}
else {
vErrors.push(err570);
}
errors++;
}
var _valid66 = _errs730 === errors;
if(_valid66){
valid259 = true;
passing29 = 0;
}
const _errs736 = errors;
if(Array.isArray(data200)){
const len23 = data200.length;
for(let i23=0; i23<len23; i23++){
let data202 = data200[i23];
if(typeof data202 === "string"){
if(!pattern67.test(data202)){
const err571 = {instancePath:instancePath+"/extra_hosts/" + i23,schemaPath:"#/properties/extra_hosts/oneOf/1/items/pattern",keyword:"pattern",params:{pattern: "^[^=:\\s]+[=:](?:(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))|\\[(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))\\])$"},message:"must match pattern \""+"^[^=:\\s]+[=:](?:(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))|\\[(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))\\])$"+"\"",schema:"^[^=:\\s]+[=:](?:(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))|\\[(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))\\])$",parentSchema:schema11.properties.extra_hosts.oneOf[1].items,data:data202};
if(vErrors === null){
vErrors = [err571];
}
else {
vErrors.push(err571);
}
errors++;
}
}
else {
const err572 = {instancePath:instancePath+"/extra_hosts/" + i23,schemaPath:"#/properties/extra_hosts/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.extra_hosts.oneOf[1].items.type,parentSchema:schema11.properties.extra_hosts.oneOf[1].items,data:data202};
if(vErrors === null){
vErrors = [err572];
}
else {
vErrors.push(err572);
}
errors++;
}
}
}
else {
const err573 = {instancePath:instancePath+"/extra_hosts",schemaPath:"#/properties/extra_hosts/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.extra_hosts.oneOf[1].type,parentSchema:schema11.properties.extra_hosts.oneOf[1],data:data200};
if(vErrors === null){
vErrors = [err573];
}
else {
vErrors.push(err573);
}
errors++;
}
var _valid66 = _errs736 === errors;
if(_valid66 && valid259){
valid259 = false;
passing29 = [passing29, 1];
}
else {
if(_valid66){
valid259 = true;
passing29 = 1;
}
}
if(!valid259){
const err574 = {instancePath:instancePath+"/extra_hosts",schemaPath:"#/properties/extra_hosts/oneOf",keyword:"oneOf",params:{passingSchemas: passing29},message:"must match exactly one schema in oneOf",schema:schema11.properties.extra_hosts.oneOf,parentSchema:schema11.properties.extra_hosts,data:data200};
if(vErrors === null){
vErrors = [err574];
}
else {
vErrors.push(err574);
}
errors++;
}
else {
errors = _errs729;
if(vErrors !== null){
if(_errs729){
vErrors.length = _errs729;
}
else {
vErrors = null;
}
}
}
}
if(data.ports !== undefined){
let data203 = data.ports;
if(Array.isArray(data203)){
const len24 = data203.length;
for(let i24=0; i24<len24; i24++){
let data204 = data203[i24];
const _errs744 = errors;
let valid267 = false;
let passing30 = null;
const _errs745 = errors;
if(!(((typeof data204 == "number") && (!(data204 % 1) && !isNaN(data204))) && (isFinite(data204)))){
const err575 = {instancePath:instancePath+"/ports/" + i24,schemaPath:"#/definitions/portSpec/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema67.oneOf[0].type,parentSchema:schema67.oneOf[0],data:data204};
if(vErrors === null){
vErrors = [err575];
}
else {
vErrors.push(err575);
}
errors++;
}
if((typeof data204 == "number") && (isFinite(data204))){
if(data204 > 65535 || isNaN(data204)){
const err576 = {instancePath:instancePath+"/ports/" + i24,schemaPath:"#/definitions/portSpec/oneOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema67.oneOf[0],data:data204};
if(vErrors === null){
vErrors = [err576];
}
else {
vErrors.push(err576);
}
errors++;
}
if(data204 < 1 || isNaN(data204)){
const err577 = {instancePath:instancePath+"/ports/" + i24,schemaPath:"#/definitions/portSpec/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema67.oneOf[0],data:data204};
if(vErrors === null){
vErrors = [err577];
}
else {
vErrors.push(err577);
}
errors++;
}
}
var _valid67 = _errs745 === errors;
if(_valid67){
valid267 = true;
passing30 = 0;
}
const _errs747 = errors;
if(typeof data204 === "string"){
if(!pattern68.test(data204)){
const err578 = {instancePath:instancePath+"/ports/" + i24,schemaPath:"#/definitions/portSpec/oneOf/1/pattern",keyword:"pattern",params:{pattern: "^(?:(?:(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|\\[(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))\\]):)?(?:0*(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])(?:-0*(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5]))?)?:)?0*(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])(?:-0*(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5]))?(?:/(?:[tT][cC][pP]|[uU][dD][pP]|[sS][cC][tT][pP]))?$"},message:"must match pattern \""+"^(?:(?:(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|\\[(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))\\]):)?(?:0*(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])(?:-0*(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5]))?)?:)?0*(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])(?:-0*(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5]))?(?:/(?:[tT][cC][pP]|[uU][dD][pP]|[sS][cC][tT][pP]))?$"+"\"",schema:"^(?:(?:(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|\\[(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))\\]):)?(?:0*(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])(?:-0*(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5]))?)?:)?0*(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])(?:-0*(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5]))?(?:/(?:[tT][cC][pP]|[uU][dD][pP]|[sS][cC][tT][pP]))?$",parentSchema:schema67.oneOf[1],data:data204};
if(vErrors === null){
vErrors = [err578];
}
else {
vErrors.push(err578);
}
errors++;
}
}
else {
const err579 = {instancePath:instancePath+"/ports/" + i24,schemaPath:"#/definitions/portSpec/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.oneOf[1].type,parentSchema:schema67.oneOf[1],data:data204};
if(vErrors === null){
vErrors = [err579];
}
else {
vErrors.push(err579);
}
errors++;
}
var _valid67 = _errs747 === errors;
if(_valid67 && valid267){
valid267 = false;
passing30 = [passing30, 1];
}
else {
if(_valid67){
valid267 = true;
passing30 = 1;
}
}
if(!valid267){
const err580 = {instancePath:instancePath+"/ports/" + i24,schemaPath:"#/definitions/portSpec/oneOf",keyword:"oneOf",params:{passingSchemas: passing30},message:"must match exactly one schema in oneOf",schema:schema67.oneOf,parentSchema:schema67,data:data204};
if(vErrors === null){
vErrors = [err580];
}
else {
vErrors.push(err580);
}
errors++;
}
else {
errors = _errs744;
if(vErrors !== null){
if(_errs744){
vErrors.length = _errs744;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err581 = {instancePath:instancePath+"/ports",schemaPath:"#/properties/ports/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.ports.type,parentSchema:schema11.properties.ports,data:data203};
if(vErrors === null){
vErrors = [err581];
}
else {
vErrors.push(err581);
}
errors++;
}
}
if(data.stop_signal !== undefined){
let data205 = data.stop_signal;
if(typeof data205 === "string"){
if(!pattern69.test(data205)){
const err582 = {instancePath:instancePath+"/stop_signal",schemaPath:"#/properties/stop_signal/pattern",keyword:"pattern",params:{pattern: "^(?:0*(?:[1-9]|[1-5][0-9]|6[0-4])|(?:[Ss][Ii][Gg])?(?:[Aa][Bb][Rr][Tt]|[Aa][Ll][Rr][Mm]|[Bb][Uu][Ss]|[Cc][Hh][Ll][Dd]|[Cc][Ll][Dd]|[Cc][Oo][Nn][Tt]|[Ff][Pp][Ee]|[Hh][Uu][Pp]|[Ii][Ll][Ll]|[Ii][Nn][Tt]|[Ii][Oo]|[Ii][Oo][Tt]|[Kk][Ii][Ll][Ll]|[Pp][Ii][Pp][Ee]|[Pp][Oo][Ll][Ll]|[Pp][Rr][Oo][Ff]|[Pp][Ww][Rr]|[Qq][Uu][Ii][Tt]|[Ss][Ee][Gg][Vv]|[Ss][Tt][Kk][Ff][Ll][Tt]|[Ss][Tt][Oo][Pp]|[Ss][Yy][Ss]|[Tt][Ee][Rr][Mm]|[Tt][Rr][Aa][Pp]|[Tt][Ss][Tt][Pp]|[Tt][Tt][Ii][Nn]|[Tt][Tt][Oo][Uu]|[Uu][Rr][Gg]|[Uu][Ss][Rr]1|[Uu][Ss][Rr]2|[Vv][Tt][Aa][Ll][Rr][Mm]|[Ww][Ii][Nn][Cc][Hh]|[Xx][Cc][Pp][Uu]|[Xx][Ff][Ss][Zz]|[Rr][Tt][Mm][Ii][Nn](?:\\+(?:[1-9]|1[0-5]))?|[Rr][Tt][Mm][Aa][Xx](?:-(?:[1-9]|1[0-4]))?))$"},message:"must match pattern \""+"^(?:0*(?:[1-9]|[1-5][0-9]|6[0-4])|(?:[Ss][Ii][Gg])?(?:[Aa][Bb][Rr][Tt]|[Aa][Ll][Rr][Mm]|[Bb][Uu][Ss]|[Cc][Hh][Ll][Dd]|[Cc][Ll][Dd]|[Cc][Oo][Nn][Tt]|[Ff][Pp][Ee]|[Hh][Uu][Pp]|[Ii][Ll][Ll]|[Ii][Nn][Tt]|[Ii][Oo]|[Ii][Oo][Tt]|[Kk][Ii][Ll][Ll]|[Pp][Ii][Pp][Ee]|[Pp][Oo][Ll][Ll]|[Pp][Rr][Oo][Ff]|[Pp][Ww][Rr]|[Qq][Uu][Ii][Tt]|[Ss][Ee][Gg][Vv]|[Ss][Tt][Kk][Ff][Ll][Tt]|[Ss][Tt][Oo][Pp]|[Ss][Yy][Ss]|[Tt][Ee][Rr][Mm]|[Tt][Rr][Aa][Pp]|[Tt][Ss][Tt][Pp]|[Tt][Tt][Ii][Nn]|[Tt][Tt][Oo][Uu]|[Uu][Rr][Gg]|[Uu][Ss][Rr]1|[Uu][Ss][Rr]2|[Vv][Tt][Aa][Ll][Rr][Mm]|[Ww][Ii][Nn][Cc][Hh]|[Xx][Cc][Pp][Uu]|[Xx][Ff][Ss][Zz]|[Rr][Tt][Mm][Ii][Nn](?:\\+(?:[1-9]|1[0-5]))?|[Rr][Tt][Mm][Aa][Xx](?:-(?:[1-9]|1[0-4]))?))$"+"\"",schema:"^(?:0*(?:[1-9]|[1-5][0-9]|6[0-4])|(?:[Ss][Ii][Gg])?(?:[Aa][Bb][Rr][Tt]|[Aa][Ll][Rr][Mm]|[Bb][Uu][Ss]|[Cc][Hh][Ll][Dd]|[Cc][Ll][Dd]|[Cc][Oo][Nn][Tt]|[Ff][Pp][Ee]|[Hh][Uu][Pp]|[Ii][Ll][Ll]|[Ii][Nn][Tt]|[Ii][Oo]|[Ii][Oo][Tt]|[Kk][Ii][Ll][Ll]|[Pp][Ii][Pp][Ee]|[Pp][Oo][Ll][Ll]|[Pp][Rr][Oo][Ff]|[Pp][Ww][Rr]|[Qq][Uu][Ii][Tt]|[Ss][Ee][Gg][Vv]|[Ss][Tt][Kk][Ff][Ll][Tt]|[Ss][Tt][Oo][Pp]|[Ss][Yy][Ss]|[Tt][Ee][Rr][Mm]|[Tt][Rr][Aa][Pp]|[Tt][Ss][Tt][Pp]|[Tt][Tt][Ii][Nn]|[Tt][Tt][Oo][Uu]|[Uu][Rr][Gg]|[Uu][Ss][Rr]1|[Uu][Ss][Rr]2|[Vv][Tt][Aa][Ll][Rr][Mm]|[Ww][Ii][Nn][Cc][Hh]|[Xx][Cc][Pp][Uu]|[Xx][Ff][Ss][Zz]|[Rr][Tt][Mm][Ii][Nn](?:\\+(?:[1-9]|1[0-5]))?|[Rr][Tt][Mm][Aa][Xx](?:-(?:[1-9]|1[0-4]))?))$",parentSchema:schema11.properties.stop_signal,data:data205};
if(vErrors === null){
vErrors = [err582];
}
else {
vErrors.push(err582);
}
errors++;
}
}
else {
const err583 = {instancePath:instancePath+"/stop_signal",schemaPath:"#/properties/stop_signal/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.stop_signal.type,parentSchema:schema11.properties.stop_signal,data:data205};
if(vErrors === null){
vErrors = [err583];
}
else {
vErrors.push(err583);
}
errors++;
}
}
if(data.stop_grace_period !== undefined){
let data206 = data.stop_grace_period;
const _errs752 = errors;
let valid268 = false;
let passing31 = null;
const _errs753 = errors;
if((typeof data206 == "number") && (isFinite(data206))){
if(data206 > 9223372036.854774 || isNaN(data206)){
const err584 = {instancePath:instancePath+"/stop_grace_period",schemaPath:"#/properties/stop_grace_period/oneOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9223372036.854774},message:"must be <= 9223372036.854774",schema:9223372036.854774,parentSchema:schema11.properties.stop_grace_period.oneOf[0],data:data206};
if(vErrors === null){
vErrors = [err584];
}
else {
vErrors.push(err584);
}
errors++;
}
if(data206 < 0 || isNaN(data206)){
const err585 = {instancePath:instancePath+"/stop_grace_period",schemaPath:"#/properties/stop_grace_period/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.stop_grace_period.oneOf[0],data:data206};
if(vErrors === null){
vErrors = [err585];
}
else {
vErrors.push(err585);
}
errors++;
}
}
else {
const err586 = {instancePath:instancePath+"/stop_grace_period",schemaPath:"#/properties/stop_grace_period/oneOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.stop_grace_period.oneOf[0].type,parentSchema:schema11.properties.stop_grace_period.oneOf[0],data:data206};
if(vErrors === null){
vErrors = [err586];
}
else {
vErrors.push(err586);
}
errors++;
}
var _valid68 = _errs753 === errors;
if(_valid68){
valid268 = true;
passing31 = 0;
}
const _errs755 = errors;
if(typeof data206 === "string"){
if(!pattern49.test(data206)){
const err587 = {instancePath:instancePath+"/stop_grace_period",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^(?:0|(?:(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:ns|us|µs|μs|ms|s|m|h))+)$"},message:"must match pattern \""+"^(?:0|(?:(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:ns|us|µs|μs|ms|s|m|h))+)$"+"\"",schema:"^(?:0|(?:(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:ns|us|µs|μs|ms|s|m|h))+)$",parentSchema:schema49,data:data206};
if(vErrors === null){
vErrors = [err587];
}
else {
vErrors.push(err587);
}
errors++;
}
}
else {
const err588 = {instancePath:instancePath+"/stop_grace_period",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.type,parentSchema:schema49,data:data206};
if(vErrors === null){
vErrors = [err588];
}
else {
vErrors.push(err588);
}
errors++;
}
var _valid68 = _errs755 === errors;
if(_valid68 && valid268){
valid268 = false;
passing31 = [passing31, 1];
}
else {
if(_valid68){
valid268 = true;
passing31 = 1;
}
}
if(!valid268){
const err589 = {instancePath:instancePath+"/stop_grace_period",schemaPath:"#/properties/stop_grace_period/oneOf",keyword:"oneOf",params:{passingSchemas: passing31},message:"must match exactly one schema in oneOf",schema:schema11.properties.stop_grace_period.oneOf,parentSchema:schema11.properties.stop_grace_period,data:data206};
if(vErrors === null){
vErrors = [err589];
}
else {
vErrors.push(err589);
}
errors++;
}
else {
errors = _errs752;
if(vErrors !== null){
if(_errs752){
vErrors.length = _errs752;
}
else {
vErrors = null;
}
}
}
}
if(data.annotations !== undefined){
let data207 = data.annotations;
const _errs759 = errors;
let valid270 = false;
let passing32 = null;
const _errs760 = errors;
if(data207 && typeof data207 == "object" && !Array.isArray(data207)){
for(const key29 in data207){
const _errs762 = errors;
if(typeof key29 === "string"){
if(func3(key29) < 1){
const err590 = {instancePath:instancePath+"/annotations",schemaPath:"#/properties/annotations/oneOf/0/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.annotations.oneOf[0].propertyNames,data:key29,propertyName:key29};
if(vErrors === null){
vErrors = [err590];
}
else {
vErrors.push(err590);
}
errors++;
}
}
var valid271 = _errs762 === errors;
if(!valid271){
const err591 = {instancePath:instancePath+"/annotations",schemaPath:"#/properties/annotations/oneOf/0/propertyNames",keyword:"propertyNames",params:{propertyName: key29},message:"property name must be valid",schema:schema11.properties.annotations.oneOf[0].propertyNames,parentSchema:schema11.properties.annotations.oneOf[0],data:data207};
if(vErrors === null){
vErrors = [err591];
}
else {
vErrors.push(err591);
}
errors++;
}
}
for(const key30 in data207){
let data208 = data207[key30];
if(typeof data208 !== "string"){
const err592 = {instancePath:instancePath+"/annotations/" + key30.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/annotations/oneOf/0/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.annotations.oneOf[0].additionalProperties.type,parentSchema:schema11.properties.annotations.oneOf[0].additionalProperties,data:data208};
if(vErrors === null){
vErrors = [err592];
}
else {
vErrors.push(err592);
}
errors++;
}
}
}
else {
const err593 = {instancePath:instancePath+"/annotations",schemaPath:"#/properties/annotations/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.annotations.oneOf[0].type,parentSchema:schema11.properties.annotations.oneOf[0],data:data207};
if(vErrors === null){
vErrors = [err593];
}
else {
vErrors.push(err593);
}
errors++;
}
var _valid69 = _errs760 === errors;
if(_valid69){
valid270 = true;
passing32 = 0;
}
const _errs766 = errors;
if(Array.isArray(data207)){
const len25 = data207.length;
for(let i25=0; i25<len25; i25++){
let data209 = data207[i25];
if(typeof data209 === "string"){
if(!pattern22.test(data209)){
const err594 = {instancePath:instancePath+"/annotations/" + i25,schemaPath:"#/definitions/keyValueList/items/pattern",keyword:"pattern",params:{pattern: "^[^=]+="},message:"must match pattern \""+"^[^=]+="+"\"",schema:"^[^=]+=",parentSchema:schema24.items,data:data209};
if(vErrors === null){
vErrors = [err594];
}
else {
vErrors.push(err594);
}
errors++;
}
}
else {
const err595 = {instancePath:instancePath+"/annotations/" + i25,schemaPath:"#/definitions/keyValueList/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.items.type,parentSchema:schema24.items,data:data209};
if(vErrors === null){
vErrors = [err595];
}
else {
vErrors.push(err595);
}
errors++;
}
}
}
else {
const err596 = {instancePath:instancePath+"/annotations",schemaPath:"#/definitions/keyValueList/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema24.type,parentSchema:schema24,data:data207};
if(vErrors === null){
vErrors = [err596];
}
else {
vErrors.push(err596);
}
errors++;
}
var _valid69 = _errs766 === errors;
if(_valid69 && valid270){
valid270 = false;
passing32 = [passing32, 1];
}
else {
if(_valid69){
valid270 = true;
passing32 = 1;
}
}
if(!valid270){
const err597 = {instancePath:instancePath+"/annotations",schemaPath:"#/properties/annotations/oneOf",keyword:"oneOf",params:{passingSchemas: passing32},message:"must match exactly one schema in oneOf",schema:schema11.properties.annotations.oneOf,parentSchema:schema11.properties.annotations,data:data207};
if(vErrors === null){
vErrors = [err597];
}
else {
vErrors.push(err597);
}
errors++;
}
else {
errors = _errs759;
if(vErrors !== null){
if(_errs759){
vErrors.length = _errs759;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err598 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err598];
}
else {
vErrors.push(err598);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

/** Checks a value against schemas/bundle.schema.json; ajv's errors are left on `.errors`. */
export const validateBundleDocument: ValidateFunction<BundleDocument> = validate10;
