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

const schema6 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://rbc.dev/schemas/bundle.schema.json","title":"rbc bundle overlay","description":"A bundle overlay (bundles/<name>/bundle.yaml): a Docker image or container plus Compose-style service settings that rbc compiles into an OCI runtime bundle for runc. Keys and value forms follow the Compose Specification.","type":"object","additionalProperties":false,"patternProperties":{"^x-":{}},"properties":{"image":{"description":"Image to build the bundle from, as `docker run` names it (`nginx:1.27`, `ghcr.io/acme/api@sha256:…`). Set exactly one of `image` or `container`, here or in a base overlay.","type":"string","title":"an image reference Docker accepts, such as nginx:1.27 or ghcr.io/acme/api@sha256:… (a lowercase repository, an optional registry host, tag and digest; no variables)","errorMessage":"Expected an image reference Docker accepts, such as nginx:1.27 or ghcr.io/acme/api@sha256:… (a lowercase repository, an optional registry host, tag and digest; no variables).","pattern":"^(?:(?:sha256:)?[0-9a-f]{64}|(?=[^@]{1,255}(?::[\\w][\\w.-]{0,127})?(?:@|$))(?:(?:\\[[a-fA-F0-9:]+\\]|[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*)(?::[0-9]+)?/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*|[a-z0-9]+(?:(?:_|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)+|[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)(?::[\\w][\\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?)$"},"container":{"description":"Existing container (name or ID) whose configuration the bundle starts from. Set exactly one of `image` or `container`, here or in a base overlay.","type":"string","minLength":1},"extends":{"description":"Base overlay file(s) merged before this one, in list order, with paths relative to this file. `extends` itself is not inherited.","oneOf":[{"$ref":"#/definitions/overlayPath"},{"type":"array","minItems":1,"items":{"$ref":"#/definitions/overlayPath"}}]},"target":{"description":"The Docker Engine release and host cgroup version whose config.json rbc reproduces, whatever engine resolves the image. Inherited through `extends`, field by field. Default: `{docker: \"26.1\", cgroup: v2}`.","type":"object","additionalProperties":false,"properties":{"docker":{"description":"The Docker Engine release: \"20.10\" or \"26.1\". YAML reads an unquoted 20.10 as the number 20.1; rbc reads the value as written.","title":"\"20.10\" or \"26.1\"","enum":["20.10","26.1",20.1,26.1]},"cgroup":{"description":"The host's cgroup version: v1 (a legacy or hybrid hierarchy) or v2 (the unified hierarchy).","enum":["v1","v2"]}}},"command":{"description":"Overrides the image's CMD. A string is split into words like a POSIX shell would, without running one. An empty string or list leaves the image's CMD in place.","$ref":"#/definitions/commandLine"},"entrypoint":{"description":"Overrides the image's ENTRYPOINT. A string is split into words like a POSIX shell would. An empty string or list resets it, like `docker run --entrypoint \"\"`.","$ref":"#/definitions/commandLine"},"environment":{"description":"Environment variables, as a map (`FOO: bar`) or a list (`FOO=bar`). A variable with no value (`FOO:` or `- FOO`) removes it from the image's environment. Values take Compose's interpolation (`${VAR}`, `${VAR:-default}`, `${VAR:?error}`, `$$` for a literal `$`), filled in by `rbc run` from its own environment, never by the build: config.json keeps the template as written.","oneOf":[{"type":"object","propertyNames":{"title":"a variable name: not empty, without =","errorMessage":"Expected a variable name: not empty, without =.","pattern":"^[^=]+$"},"additionalProperties":{"type":["string","number","boolean","null"],"title":"a value whose ${…} interpolations are complete (write $$ for a literal $)","errorMessage":"Expected a value whose ${…} interpolations are complete (write $$ for a literal $).","pattern":"^(?:[^$]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})*\\})*\\}))*$"}},{"type":"array","items":{"type":"string","title":"KEY=VALUE or KEY, with a name and complete ${…} interpolations (write $$ for a literal $)","errorMessage":"Expected KEY=VALUE or KEY, with a name and complete ${…} interpolations (write $$ for a literal $).","pattern":"^[^=]+(?:=(?:[^$]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})*\\})*\\}))*)?$"}}]},"env_file":{"description":"Compose's env files, read by `rbc run` (never by the build), with paths relative to the overlay file that names them. A later file's variable replaces an earlier one's, and `environment` wins over them all. A missing file stops the run unless it has `required: false`.","oneOf":[{"type":"string","minLength":1},{"type":"array","items":{"oneOf":[{"type":"string","minLength":1},{"type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"type":"string","minLength":1},"required":{"description":"Whether a missing file stops the run (default true).","type":"boolean"}}}]}}]},"allow_plaintext":{"description":"Variables whose committed value may look like a credential: the build does not warn about them (SEC701). For values that are not secret, such as a test's fake token.","$ref":"#/definitions/stringList"},"user":{"description":"User (and optional group) the process runs as: `name`, `uid`, `name:group` or `uid:gid`, resolved against the image's /etc/passwd and /etc/group.","type":"string"},"working_dir":{"description":"Working directory of the process, overriding the image's WORKDIR: an absolute path, as Docker requires.","type":"string","title":"an absolute path, as Docker requires","errorMessage":"Expected an absolute path, as Docker requires.","pattern":"^/"},"container_name":{"description":"The runc container id the bundle runs as, instead of `rbc-<bundle directory name>-<hash>` (Docker's container name rule).","title":"a name of at least two letters, digits, _, . or -, starting with a letter or digit (Docker's [a-zA-Z0-9][a-zA-Z0-9_.-]+)","type":"string","pattern":"^[a-zA-Z0-9][a-zA-Z0-9_.-]+$","errorMessage":"Expected a name of at least two letters, digits, _, . or -, starting with a letter or digit (Docker's [a-zA-Z0-9][a-zA-Z0-9_.-]+)."},"hostname":{"description":"Hostname inside the container.","type":"string"},"domainname":{"description":"NIS domain name inside the container.","type":"string"},"tty":{"description":"Allocate a pseudo-terminal for the process (`docker run -t`).","type":"boolean"},"read_only":{"description":"Mount the root filesystem read-only.","type":"boolean"},"privileged":{"description":"Run with all capabilities and device access, as `docker run --privileged` does.","type":"boolean"},"cap_add":{"description":"Linux capabilities to add to Docker's default set (`NET_ADMIN`, `CAP_SYS_TIME`, `ALL`).","type":"array","items":{"$ref":"#/definitions/capability"}},"cap_drop":{"description":"Linux capabilities to drop from Docker's default set (`NET_RAW`, `ALL`).","type":"array","items":{"$ref":"#/definitions/capability"}},"volumes":{"description":"Mounts, in short syntax `SOURCE:TARGET[:MODE]` (a host path or a named volume) or `TARGET` alone for an anonymous volume, or in Compose long syntax (`type`, `source`, `target`, `read_only`, `bind`, `volume`, `tmpfs`). Later overlays replace a mount with the same target.","type":"array","items":{"oneOf":[{"$ref":"#/definitions/volume"},{"$ref":"#/definitions/longVolume"}]}},"tmpfs":{"description":"tmpfs mounts: `TARGET` or `TARGET:OPTIONS` (`/run`, `/tmp:size=64m,mode=1777`), as one string or a list.","title":"a tmpfs mount (TARGET or TARGET:OPTIONS) or a list of them","oneOf":[{"$ref":"#/definitions/tmpfsMount"},{"type":"array","items":{"$ref":"#/definitions/tmpfsMount"}}]},"labels":{"description":"Container labels, as a map (`tier: web`) or a list (`tier=web`); rbc writes them as OCI annotations.","oneOf":[{"type":"object","additionalProperties":{"type":"string"},"propertyNames":{"title":"a non-empty name","errorMessage":"Expected a non-empty name.","minLength":1}},{"$ref":"#/definitions/keyValueList"}]},"patches":{"description":"RFC 6902 JSON Patch operations applied, in order, to the generated config.json. Patches from base overlays apply first.","type":"array","items":{"$ref":"#/definitions/patchOperation"}},"group_add":{"description":"Additional groups (names or gids) the process belongs to, as `docker run --group-add` adds them.","type":"array","items":{"type":["string","integer"]}},"security_opt":{"description":"Security options as `docker run --security-opt` takes them: `seccomp=unconfined`, `seccomp=profile.json`, `apparmor=PROFILE`, `label=...`, `no-new-privileges`.","type":"array","items":{"$ref":"#/definitions/securityOption"}},"devices":{"description":"Host devices to add: `HOST[:CONTAINER][:PERMISSIONS]` (`/dev/fuse`, `/dev/sda:/dev/xvda:rwm`), as `docker run --device` takes them.","type":"array","items":{"$ref":"#/definitions/device"}},"device_cgroup_rules":{"description":"Rules added to the device cgroup allow list: `TYPE MAJOR:MINOR PERMISSIONS` (`c 1:3 mr`, `a *:* rwm`).","type":"array","items":{"$ref":"#/definitions/deviceCgroupRule"}},"ulimits":{"description":"Resource limits by name (`nofile`, `nproc`, `core`, ...): one integer for both soft and hard limits, or `{ soft, hard }`. -1 is unlimited.","type":"object","additionalProperties":false,"properties":{"core":{"$ref":"#/definitions/ulimit"},"cpu":{"$ref":"#/definitions/ulimit"},"data":{"$ref":"#/definitions/ulimit"},"fsize":{"$ref":"#/definitions/ulimit"},"locks":{"$ref":"#/definitions/ulimit"},"memlock":{"$ref":"#/definitions/ulimit"},"msgqueue":{"$ref":"#/definitions/ulimit"},"nice":{"$ref":"#/definitions/ulimit"},"nofile":{"$ref":"#/definitions/ulimit"},"nproc":{"$ref":"#/definitions/ulimit"},"rss":{"$ref":"#/definitions/ulimit"},"rtprio":{"$ref":"#/definitions/ulimit"},"rttime":{"$ref":"#/definitions/ulimit"},"sigpending":{"$ref":"#/definitions/ulimit"},"stack":{"$ref":"#/definitions/ulimit"}}},"sysctls":{"description":"Kernel parameters set in the container's namespaces, as a map (`net.core.somaxconn: 1024`) or a list (`net.core.somaxconn=1024`).","oneOf":[{"type":"object","propertyNames":{"title":"a namespaced sysctl Docker allows: net.*, fs.mqueue.* or kernel.msgmax, msgmnb, msgmni, sem, shmall, shmmax, shmmni, shm_rmid_forced","errorMessage":"Expected a namespaced sysctl Docker allows: net.*, fs.mqueue.* or kernel.msgmax, msgmnb, msgmni, sem, shmall, shmmax, shmmni, shm_rmid_forced.","pattern":"^(?:kernel\\.(?:msgmax|msgmnb|msgmni|sem|shmall|shmmax|shmmni|shm_rmid_forced)|net\\.[^=]*|fs\\.mqueue\\.[^=]*)$"},"additionalProperties":{"type":["string","number"]}},{"type":"array","items":{"type":"string","title":"NAME=VALUE, with NAME a namespaced sysctl Docker allows: net.*, fs.mqueue.* or kernel.msgmax, msgmnb, msgmni, sem, shmall, shmmax, shmmni, shm_rmid_forced","errorMessage":"Expected NAME=VALUE, with NAME a namespaced sysctl Docker allows: net.*, fs.mqueue.* or kernel.msgmax, msgmnb, msgmni, sem, shmall, shmmax, shmmni, shm_rmid_forced.","pattern":"^(?:kernel\\.(?:msgmax|msgmnb|msgmni|sem|shmall|shmmax|shmmni|shm_rmid_forced)|net\\.[^=]*|fs\\.mqueue\\.[^=]*)="}}]},"mem_limit":{"description":"Memory limit, at least 6m (Docker's minimum): bytes, or a number with a unit b, k, m or g (`512m`, `1.5g`; binary multiples).","$ref":"#/definitions/memorySize"},"mem_reservation":{"description":"Memory soft limit, at least 6m, at most `mem_limit`: bytes, or a number with a unit b, k, m or g.","$ref":"#/definitions/memorySize"},"memswap_limit":{"description":"Limit of memory plus swap, at least `mem_limit`: bytes, a number with a unit b, k, m or g, or -1 for unlimited swap.","oneOf":[{"$ref":"#/definitions/byteSize"},{"const":-1},{"const":"-1"}],"title":"a byte size such as 1073741824 or \"1g\", or -1"},"mem_swappiness":{"description":"How readily the kernel swaps the container's anonymous pages, from 0 to 100.","type":"integer","minimum":0,"maximum":100},"oom_kill_disable":{"description":"Disable the OOM killer for the container (best with a `mem_limit`).","type":"boolean"},"oom_score_adj":{"description":"Adjustment of the process's OOM score, from -1000 to 1000.","type":"integer","minimum":-1000,"maximum":1000},"cpus":{"description":"Number of CPUs the container may use, a decimal above 0 (`1.5`, or the string `\"0.5\"`), as `docker run --cpus`, with at most 9 decimals. Conflicts with `cpu_period` and `cpu_quota`.","title":"a number of CPUs greater than 0, such as 1.5","errorMessage":"Expected a number of CPUs greater than 0, such as 1.5, with at most 9 decimals.","oneOf":[{"type":"number","exclusiveMinimum":0},{"type":"string","pattern":"^\\s*(?=[0-9.]*[1-9])(?:[0-9]+(?:\\.[0-9]{0,9}0*)?|\\.[0-9]{1,9}0*)\\s*$"}]},"cpu_shares":{"description":"Relative CPU weight against other containers (Docker's default is 1024).","type":"integer","minimum":0},"cpu_quota":{"description":"CPU time in microseconds the container may use per `cpu_period`: at least 1000, or -1 for no limit.","title":"-1 or an integer of at least 1000 (microseconds)","type":"integer","anyOf":[{"minimum":-1,"maximum":0},{"minimum":1000}]},"cpu_period":{"description":"Length in microseconds of the CPU scheduling period `cpu_quota` applies to, from 1000 to 1000000.","title":"an integer from 1000 to 1000000 (microseconds)","type":"integer","anyOf":[{"const":0},{"minimum":1000,"maximum":1000000}]},"cpu_rt_runtime":{"description":"Realtime CPU time per `cpu_rt_period`: microseconds, or a duration (`95ms`).","title":"a number of microseconds or a duration such as \"95ms\"","oneOf":[{"type":"integer","minimum":0},{"$ref":"#/definitions/duration"}]},"cpu_rt_period":{"description":"Realtime scheduling period: microseconds, or a duration (`1s`).","title":"a number of microseconds or a duration such as \"1s\"","oneOf":[{"type":"integer","minimum":0},{"$ref":"#/definitions/duration"}]},"cpuset":{"description":"CPUs the container may run on, as a list or ranges (`0-3`, `0,2`).","$ref":"#/definitions/cpuList"},"cpuset_mems":{"description":"Memory nodes (NUMA) the container may use, as a list or ranges (`0`, `0-1`).","$ref":"#/definitions/cpuList"},"pids_limit":{"description":"Most processes the container may run; 0 or -1 is unlimited.","type":"integer"},"shm_size":{"description":"Size of /dev/shm: bytes, or a number with a unit b, k, m or g (`64m`).","$ref":"#/definitions/byteSize"},"blkio_config":{"description":"Block IO limits: a `weight` (10 to 1000), per-device weights and read/write rates in bytes (`10mb`) or operations per second.","type":"object","additionalProperties":false,"properties":{"weight":{"description":"Relative block IO weight, from 10 to 1000 (0: Docker's default).","$ref":"#/definitions/blkioWeight"},"weight_device":{"description":"Weights for single devices.","type":"array","items":{"type":"object","additionalProperties":false,"required":["path","weight"],"properties":{"path":{"$ref":"#/definitions/devicePath"},"weight":{"$ref":"#/definitions/blkioWeight"}}}},"device_read_bps":{"description":"Read rate limits, in bytes per second (`10mb`).","type":"array","items":{"$ref":"#/definitions/blkioByteRate"}},"device_write_bps":{"description":"Write rate limits, in bytes per second (`10mb`).","type":"array","items":{"$ref":"#/definitions/blkioByteRate"}},"device_read_iops":{"description":"Read rate limits, in operations per second.","type":"array","items":{"$ref":"#/definitions/blkioIoRate"}},"device_write_iops":{"description":"Write rate limits, in operations per second.","type":"array","items":{"$ref":"#/definitions/blkioIoRate"}}}},"init":{"description":"Run Docker's init (tini) as PID 1 to forward signals and reap processes, like `docker run --init`.","type":"boolean"},"ipc":{"description":"IPC namespace: `private`, `shareable`, `none`, `host`, or `container:NAME` to join another container's.","title":"private, shareable, none, host or container:NAME","type":"string","pattern":"^(private|shareable|none|host|container:.+)$","errorMessage":"Expected private, shareable, none, host or container:NAME."},"pid":{"description":"PID namespace: `host`, or `container:NAME` to join another container's; empty for a private one (the default).","title":"host, container:NAME or empty","type":"string","pattern":"^(|host|container:.+)$","errorMessage":"Expected host, container:NAME or empty."},"uts":{"description":"UTS namespace: `host` shares the host's hostname and domain name.","enum":["host"]},"userns_mode":{"description":"User namespace: `host` opts out of the daemon's user namespace remapping.","enum":["host"]},"cgroup":{"description":"Cgroup namespace: `host` or `private`.","enum":["host","private"]},"cgroup_parent":{"description":"Parent cgroup of the container's cgroup (`/docker`, `machine.slice`).","type":"string","minLength":1},"network_mode":{"description":"Network namespace: `bridge` (the default; `default` means the same), `none`, `host`, or `container:NAME` to join another container's.","title":"bridge, default, none, host or container:NAME","type":"string","pattern":"^(bridge|default|none|host|container:.+)$","errorMessage":"Expected bridge, default, none, host or container:NAME."},"dns":{"description":"DNS server IP addresses for the container's resolv.conf, as one string or a list.","title":"an IP address or a list of them","oneOf":[{"$ref":"#/definitions/ipAddress"},{"type":"array","items":{"$ref":"#/definitions/ipAddress"}}]},"dns_search":{"description":"DNS search domains for the container's resolv.conf, as one string or a list.","title":"a domain name or a list of them","oneOf":[{"$ref":"#/definitions/searchDomain"},{"type":"array","items":{"$ref":"#/definitions/searchDomain"}}]},"dns_opt":{"description":"Options for the container's resolv.conf (`ndots:2`, `use-vc`).","$ref":"#/definitions/stringList"},"extra_hosts":{"description":"Lines added to the container's /etc/hosts: a list of `HOST=IP` or `HOST:IP` (IPv6 addresses may be in brackets), or a map of host names to IPs. Docker's `host-gateway` is refused: its address is the Docker host's.","oneOf":[{"type":"object","propertyNames":{"title":"a host name without =, : or blanks","errorMessage":"Expected a host name without =, : or blanks.","pattern":"^[^=:\\s]+$"},"additionalProperties":{"type":"string","title":"an IP address (IPv6 optionally in brackets)","errorMessage":"Expected an IP address (IPv6 optionally in brackets).","pattern":"^(?:(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))|\\[(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))\\])$"}},{"type":"array","items":{"type":"string","title":"HOST=IP or HOST:IP with an IP address","errorMessage":"Expected HOST=IP or HOST:IP with an IP address.","pattern":"^[^=:\\s]+[=:](?:(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))|\\[(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))\\])$"}}]},"ports":{"description":"Published ports in Compose short syntax: `[[IP:][HOST_PORT]:]CONTAINER_PORT[/PROTOCOL]` (`8080:80`, `127.0.0.1:8443:443/tcp`, `53/udp`).","type":"array","items":{"$ref":"#/definitions/portSpec"}},"stop_signal":{"description":"Signal that stops the container (`SIGTERM`, `SIGQUIT`, `TERM` or a number).","type":"string","title":"a signal name such as SIGTERM or TERM (any case), or a number from 1 to 64","errorMessage":"Expected a signal name such as SIGTERM or TERM (any case), or a number from 1 to 64.","pattern":"^(?:0*(?:[1-9]|[1-5][0-9]|6[0-4])|(?:[Ss][Ii][Gg])?(?:[Aa][Bb][Rr][Tt]|[Aa][Ll][Rr][Mm]|[Bb][Uu][Ss]|[Cc][Hh][Ll][Dd]|[Cc][Ll][Dd]|[Cc][Oo][Nn][Tt]|[Ff][Pp][Ee]|[Hh][Uu][Pp]|[Ii][Ll][Ll]|[Ii][Nn][Tt]|[Ii][Oo]|[Ii][Oo][Tt]|[Kk][Ii][Ll][Ll]|[Pp][Ii][Pp][Ee]|[Pp][Oo][Ll][Ll]|[Pp][Rr][Oo][Ff]|[Pp][Ww][Rr]|[Qq][Uu][Ii][Tt]|[Ss][Ee][Gg][Vv]|[Ss][Tt][Kk][Ff][Ll][Tt]|[Ss][Tt][Oo][Pp]|[Ss][Yy][Ss]|[Tt][Ee][Rr][Mm]|[Tt][Rr][Aa][Pp]|[Tt][Ss][Tt][Pp]|[Tt][Tt][Ii][Nn]|[Tt][Tt][Oo][Uu]|[Uu][Rr][Gg]|[Uu][Ss][Rr]1|[Uu][Ss][Rr]2|[Vv][Tt][Aa][Ll][Rr][Mm]|[Ww][Ii][Nn][Cc][Hh]|[Xx][Cc][Pp][Uu]|[Xx][Ff][Ss][Zz]|[Rr][Tt][Mm][Ii][Nn](?:\\+(?:[1-9]|1[0-5]))?|[Rr][Tt][Mm][Aa][Xx](?:-(?:[1-9]|1[0-4]))?))$"},"stop_grace_period":{"description":"How long to wait after the stop signal before killing the container: a duration (`10s`, `1m30s`, `500ms`) or a number of seconds.","title":"a duration such as \"10s\" or \"1m30s\", or a number of seconds","oneOf":[{"type":"number","minimum":0,"maximum":9223372036.854774},{"$ref":"#/definitions/duration"}]},"annotations":{"description":"OCI annotations written to config.json as given, as a map (`org.example/key: value`) or a list (`org.example/key=value`).","oneOf":[{"type":"object","additionalProperties":{"type":"string"},"propertyNames":{"title":"a non-empty name","errorMessage":"Expected a non-empty name.","minLength":1}},{"$ref":"#/definitions/keyValueList"}]}},"definitions":{"overlayPath":{"description":"Path of an overlay file, relative to the file that names it.","type":"string","minLength":1},"stringList":{"type":"array","items":{"type":"string"}},"stringOrStringList":{"oneOf":[{"type":"string"},{"$ref":"#/definitions/stringList"}]},"keyValueList":{"description":"`KEY=VALUE` strings.","type":"array","items":{"type":"string","title":"KEY=VALUE with a non-empty KEY","errorMessage":"Expected KEY=VALUE with a non-empty KEY.","pattern":"^[^=]+="}},"volume":{"description":"Short-syntax mount: `SOURCE:TARGET[:MODE]` or `TARGET`. A SOURCE starting with / or . is a host path, any other a named volume; TARGET is absolute; MODE is a comma list of ro, rw, z, Z, nocopy and (for host paths) a propagation; a host path of Docker's data root (/var/lib/docker) or a directory above it takes only rslave or rshared.","type":"string","x-rbc-code":"SPC503","title":"SOURCE:TARGET[:MODE] or TARGET, with an absolute TARGET, a path (/…, ./…) or volume name as SOURCE, and MODE of ro, rw, z, Z, nocopy and (for paths) a propagation","errorMessage":"Expected SOURCE:TARGET[:MODE] or TARGET, with an absolute TARGET, a path (/…, ./…) or volume name as SOURCE, and MODE of ro, rw, z, Z, nocopy and (for paths) a propagation.","pattern":"^(?:/[^:]*|(?!(?:/var/lib/docker[^:]*|/(?:v(?:a(?:r(?:/(?:l(?:i(?:b(?:/(?:d(?:o(?:c(?:k(?:e)?)?)?)?)?)?)?)?)?)?)?)?)?/*):)[/.][^:]*:/[^:]*(?::(?:(?:ro|rw|z|Z|nocopy)|(?:private|rprivate|shared|rshared|slave|rslave))(?:,(?:(?:ro|rw|z|Z|nocopy)|(?:private|rprivate|shared|rshared|slave|rslave)))*)?|(?:/var/lib/docker[^:]*|/(?:v(?:a(?:r(?:/(?:l(?:i(?:b(?:/(?:d(?:o(?:c(?:k(?:e)?)?)?)?)?)?)?)?)?)?)?)?)?/*):/[^:]*(?::(?!(?:[^,]*,)*(?:private|rprivate|shared|slave)(?:,(?:ro|rw|z|Z|nocopy))*$)(?:(?:ro|rw|z|Z|nocopy)|(?:private|rprivate|shared|rshared|slave|rslave))(?:,(?:(?:ro|rw|z|Z|nocopy)|(?:private|rprivate|shared|rshared|slave|rslave)))*)?|[a-zA-Z0-9][a-zA-Z0-9_.-]*:/[^:]*(?::(?:ro|rw|z|Z|nocopy)(?:,(?:ro|rw|z|Z|nocopy))*)?)$"},"jsonPointer":{"title":"a JSON pointer such as \"/process/args\"","description":"RFC 6901 JSON pointer into config.json, such as `/process/args` or `/linux/sysctl/net.core.somaxconn`.","type":"string","pattern":"^(/([^~]|~[01])*)*$","errorMessage":"Expected a JSON pointer such as \"/process/args\"."},"patchOperation":{"description":"One RFC 6902 operation. `value` is required for add, replace and test; `from` for move and copy.","type":"object","additionalProperties":false,"required":["op","path"],"properties":{"op":{"description":"The operation.","enum":["add","remove","replace","move","copy","test"]},"path":{"description":"Where the operation applies.","$ref":"#/definitions/jsonPointer"},"value":{"description":"The value to add, to replace with, or to test against."},"from":{"description":"Where move and copy take the value from.","$ref":"#/definitions/jsonPointer"}},"allOf":[{"if":{"properties":{"op":{"enum":["add","replace","test"]}},"required":["op"]},"then":{"properties":{"value":true},"required":["value"]}},{"if":{"properties":{"op":{"enum":["move","copy"]}},"required":["op"]},"then":{"properties":{"from":true},"required":["from"]}}]},"byteSize":{"title":"a byte size such as 67108864 or \"64m\"","description":"Bytes, or a number with a unit b, k, m or g (`64m`, `1.5g`, `512k`; also kb, mb, gb, any case); units are binary multiples (1k = 1024). At most 2^53−1 bytes.","type":["integer","string"],"minimum":0,"maximum":9007199254740991,"errorMessage":"Expected a byte size such as 67108864 or \"64m\".","pattern":"^(?:(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,14}(?:\\.[0-9]+)?|0*[1-8][0-9]{15}(?:\\.[0-9]+)?|0*900[0-6][0-9]{12}(?:\\.[0-9]+)?|0*90070[0-9]{11}(?:\\.[0-9]+)?|0*90071[0-8][0-9]{10}(?:\\.[0-9]+)?|0*900719[0-8][0-9]{9}(?:\\.[0-9]+)?|0*9007199[0-1][0-9]{8}(?:\\.[0-9]+)?|0*90071992[0-4][0-9]{7}(?:\\.[0-9]+)?|0*900719925[0-3][0-9]{6}(?:\\.[0-9]+)?|0*9007199254[0-6][0-9]{5}(?:\\.[0-9]+)?|0*90071992547[0-3][0-9]{4}(?:\\.[0-9]+)?|0*9007199254740[0-8][0-9]{2}(?:\\.[0-9]+)?|0*90071992547409[0-8][0-9](?:\\.[0-9]+)?|0*900719925474099[0-1](?:\\.[0-9]+)?) ?[bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,11}(?:\\.[0-9]+)?|0*[1-7][0-9]{12}(?:\\.[0-9]+)?|0*8[0-6][0-9]{11}(?:\\.[0-9]+)?|0*87[0-8][0-9]{10}(?:\\.[0-9]+)?|0*879[0-5][0-9]{9}(?:\\.[0-9]+)?|0*87960[0-8][0-9]{7}(?:\\.[0-9]+)?|0*879609[0-2][0-9]{6}(?:\\.[0-9]+)?|0*87960930[0-1][0-9]{4}(?:\\.[0-9]+)?|0*879609302[0-1][0-9]{3}(?:\\.[0-9]+)?|0*8796093022[0-1][0-9]{2}(?:\\.[0-9]+)?|0*879609302220[0-7](?:\\.[0-9]+)?) ?[Kk][bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,8}(?:\\.[0-9]+)?|0*[1-7][0-9]{9}(?:\\.[0-9]+)?|0*8[0-4][0-9]{8}(?:\\.[0-9]+)?|0*85[0-7][0-9]{7}(?:\\.[0-9]+)?|0*858[0-8][0-9]{6}(?:\\.[0-9]+)?|0*8589[0-8][0-9]{5}(?:\\.[0-9]+)?|0*85899[0-2][0-9]{4}(?:\\.[0-9]+)?|0*858993[0-3][0-9]{3}(?:\\.[0-9]+)?|0*8589934[0-4][0-9]{2}(?:\\.[0-9]+)?|0*85899345[0-8][0-9](?:\\.[0-9]+)?|0*858993459[0-1](?:\\.[0-9]+)?) ?[Mm][bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,5}(?:\\.[0-9]+)?|0*[1-7][0-9]{6}(?:\\.[0-9]+)?|0*8[0-2][0-9]{5}(?:\\.[0-9]+)?|0*83[0-7][0-9]{4}(?:\\.[0-9]+)?|0*838[0-7][0-9]{3}(?:\\.[0-9]+)?|0*8388[0-5][0-9]{2}(?:\\.[0-9]+)?|0*838860[0-7](?:\\.[0-9]+)?) ?[Gg][bB]?)$"},"longVolume":{"description":"Compose long-syntax mount.","type":"object","additionalProperties":false,"patternProperties":{"^x-":{}},"required":["type","target"],"properties":{"type":{"description":"bind: a host path; volume: a named or anonymous volume; tmpfs: a memory filesystem.","enum":["bind","volume","tmpfs"]},"source":{"description":"Host path (bind, relative to the bundle) or volume name (volume; none for an anonymous volume). Not for tmpfs.","type":"string","minLength":1},"target":{"description":"Absolute path in the container.","type":"string","minLength":1,"title":"an absolute path","errorMessage":"Expected an absolute path.","pattern":"^/"},"read_only":{"description":"Mount read-only.","type":"boolean"},"bind":{"description":"Options for type bind.","type":"object","additionalProperties":false,"patternProperties":{"^x-":{}},"properties":{"propagation":{"description":"Mount propagation.","enum":["private","rprivate","shared","rshared","slave","rslave"]},"create_host_path":{"description":"Create the host path when missing.","type":"boolean"},"recursive":{"description":"`disabled` binds without the mounts below the source. With `read_only`: `writable` makes the bind read-only but not the mounts below the source, `readonly` makes them read-only too (target docker 26.1 only). `enabled`, the default, does what `readonly` does on docker 26.1 and what `writable` does on 20.10.","enum":["enabled","disabled","writable","readonly"]}}},"volume":{"description":"Options for type volume.","type":"object","additionalProperties":false,"patternProperties":{"^x-":{}},"properties":{"nocopy":{"description":"Do not copy the image's files into a new volume.","type":"boolean"}}},"tmpfs":{"description":"Options for type tmpfs.","type":"object","additionalProperties":false,"patternProperties":{"^x-":{}},"properties":{"size":{"description":"Size limit.","$ref":"#/definitions/byteSize"},"mode":{"description":"File mode, in octal: `0o1777`, or the string `\"1777\"` (at most 0o7777).","title":"a file mode from 0 to 0o7777, such as 0o1777 or \"1777\"","errorMessage":"Expected a file mode from 0 to 0o7777, such as 0o1777 or \"1777\".","oneOf":[{"type":"integer","minimum":0,"maximum":4095},{"type":"string","pattern":"^(?:0[oO])?0*[0-7]{1,4}$"}]}}}},"x-rbc-code":"SPC503","allOf":[{"if":{"properties":{"type":{"const":"bind"}},"required":["type"],"type":"object"},"then":{"errorMessage":"a bind mount needs a source (the host path)","properties":{"source":true},"required":["source"],"type":"object"}},{"if":{"properties":{"type":{"const":"bind"}},"required":["type"],"type":"object"},"then":{"properties":{"volume":{"not":{},"errorMessage":"volume options are for a volume mount, but this one has type bind"},"tmpfs":{"not":{},"errorMessage":"tmpfs options are for a tmpfs mount, but this one has type bind"}},"type":"object"}},{"if":{"properties":{"type":{"const":"volume"}},"required":["type"],"type":"object"},"then":{"properties":{"bind":{"not":{},"errorMessage":"bind options are for a bind mount, but this one has type volume"},"tmpfs":{"not":{},"errorMessage":"tmpfs options are for a tmpfs mount, but this one has type volume"}},"type":"object"}},{"if":{"properties":{"type":{"const":"tmpfs"}},"required":["type"],"type":"object"},"then":{"properties":{"source":{"not":{},"errorMessage":"a tmpfs mount takes no source"},"bind":{"not":{},"errorMessage":"bind options are for a bind mount, but this one has type tmpfs"},"volume":{"not":{},"errorMessage":"volume options are for a volume mount, but this one has type tmpfs"}},"type":"object"}},{"if":{"properties":{"type":{"const":"volume"},"source":true},"required":["type","source"],"type":"object"},"then":{"properties":{"source":{"title":"a volume name ([a-zA-Z0-9][a-zA-Z0-9_.-]*)","errorMessage":"Expected a volume name ([a-zA-Z0-9][a-zA-Z0-9_.-]*).","pattern":"^[a-zA-Z0-9][a-zA-Z0-9_.-]*$","type":"string"}},"type":"object"}},{"if":{"properties":{"bind":{"properties":{"recursive":{"enum":["writable","readonly"]}},"required":["recursive"],"type":"object"}},"required":["bind"],"type":"object"},"then":{"properties":{"read_only":{"const":true}},"errorMessage":"bind.recursive: writable and readonly need read_only: true","required":["read_only"],"type":"object"}},{"if":{"properties":{"type":{"const":"bind"},"source":{"pattern":"^(?:/var/lib/docker[^:]*|/(?:v(?:a(?:r(?:/(?:l(?:i(?:b(?:/(?:d(?:o(?:c(?:k(?:e)?)?)?)?)?)?)?)?)?)?)?)?)?/*)$","type":"string"},"bind":{"properties":{"propagation":true},"required":["propagation"],"type":"object"}},"required":["type","source","bind"],"type":"object"},"then":{"properties":{"bind":{"properties":{"propagation":{"enum":["rslave","rshared"],"errorMessage":"a bind of Docker's data root (/var/lib/docker) or a directory above it takes propagation rslave or rshared"}},"type":"object"}},"type":"object"}}]},"cpuList":{"title":"a list of numbers up to 8192 or ranges, such as \"0-3\" or \"0,2\"","type":"string","pattern":"^0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2]))(?:-0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2])))?(?:,0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2]))(?:-0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2])))?)*$","errorMessage":"Expected a list of numbers up to 8192 or ranges, such as \"0-3\" or \"0,2\"."},"devicePath":{"title":"a device path such as \"/dev/sda\"","description":"Path of a block device.","type":"string","pattern":"^/dev/.","x-rbc-code":"SPC505","errorMessage":"Expected a device path such as \"/dev/sda\"."},"blkioWeight":{"title":"0 or an integer from 10 to 1000","type":"integer","anyOf":[{"const":0},{"minimum":10,"maximum":1000}]},"blkioByteRate":{"description":"A device and its rate in bytes per second.","type":"object","additionalProperties":false,"required":["path","rate"],"properties":{"path":{"$ref":"#/definitions/devicePath"},"rate":{"$ref":"#/definitions/byteSize"}}},"blkioIoRate":{"description":"A device and its rate in operations per second.","type":"object","additionalProperties":false,"required":["path","rate"],"properties":{"path":{"$ref":"#/definitions/devicePath"},"rate":{"type":"integer","minimum":0}}},"commandLine":{"title":"a string or a list of strings","description":"A command line, split into words as a POSIX shell would split it (quotes must close; a final backslash must escape something), or a list of words.","oneOf":[{"type":"string","title":"a command line whose quotes close","errorMessage":"Expected a command line whose quotes close.","pattern":"^(?:[^'\"\\\\]|\\\\[\\s\\S]|'[^']*'|\"(?:[^\"\\\\]|\\\\[\\s\\S])*\")*$"},{"$ref":"#/definitions/stringList"}]},"capability":{"type":"string","x-rbc-code":"SPC502","title":"a Linux capability name such as NET_ADMIN or CAP_SYS_TIME (any case), or ALL","errorMessage":"Expected a Linux capability name such as NET_ADMIN or CAP_SYS_TIME (any case), or ALL.","pattern":"^(?:[Aa][Ll][Ll]|(?:[Cc][Aa][Pp]_)?(?:[Cc][Hh][Oo][Ww][Nn]|[Dd][Aa][Cc]_[Oo][Vv][Ee][Rr][Rr][Ii][Dd][Ee]|[Dd][Aa][Cc]_[Rr][Ee][Aa][Dd]_[Ss][Ee][Aa][Rr][Cc][Hh]|[Ff][Oo][Ww][Nn][Ee][Rr]|[Ff][Ss][Ee][Tt][Ii][Dd]|[Kk][Ii][Ll][Ll]|[Ss][Ee][Tt][Gg][Ii][Dd]|[Ss][Ee][Tt][Uu][Ii][Dd]|[Ss][Ee][Tt][Pp][Cc][Aa][Pp]|[Ll][Ii][Nn][Uu][Xx]_[Ii][Mm][Mm][Uu][Tt][Aa][Bb][Ll][Ee]|[Nn][Ee][Tt]_[Bb][Ii][Nn][Dd]_[Ss][Ee][Rr][Vv][Ii][Cc][Ee]|[Nn][Ee][Tt]_[Bb][Rr][Oo][Aa][Dd][Cc][Aa][Ss][Tt]|[Nn][Ee][Tt]_[Aa][Dd][Mm][Ii][Nn]|[Nn][Ee][Tt]_[Rr][Aa][Ww]|[Ii][Pp][Cc]_[Ll][Oo][Cc][Kk]|[Ii][Pp][Cc]_[Oo][Ww][Nn][Ee][Rr]|[Ss][Yy][Ss]_[Mm][Oo][Dd][Uu][Ll][Ee]|[Ss][Yy][Ss]_[Rr][Aa][Ww][Ii][Oo]|[Ss][Yy][Ss]_[Cc][Hh][Rr][Oo][Oo][Tt]|[Ss][Yy][Ss]_[Pp][Tt][Rr][Aa][Cc][Ee]|[Ss][Yy][Ss]_[Pp][Aa][Cc][Cc][Tt]|[Ss][Yy][Ss]_[Aa][Dd][Mm][Ii][Nn]|[Ss][Yy][Ss]_[Bb][Oo][Oo][Tt]|[Ss][Yy][Ss]_[Nn][Ii][Cc][Ee]|[Ss][Yy][Ss]_[Rr][Ee][Ss][Oo][Uu][Rr][Cc][Ee]|[Ss][Yy][Ss]_[Tt][Ii][Mm][Ee]|[Ss][Yy][Ss]_[Tt][Tt][Yy]_[Cc][Oo][Nn][Ff][Ii][Gg]|[Mm][Kk][Nn][Oo][Dd]|[Ll][Ee][Aa][Ss][Ee]|[Aa][Uu][Dd][Ii][Tt]_[Ww][Rr][Ii][Tt][Ee]|[Aa][Uu][Dd][Ii][Tt]_[Cc][Oo][Nn][Tt][Rr][Oo][Ll]|[Ss][Ee][Tt][Ff][Cc][Aa][Pp]|[Mm][Aa][Cc]_[Oo][Vv][Ee][Rr][Rr][Ii][Dd][Ee]|[Mm][Aa][Cc]_[Aa][Dd][Mm][Ii][Nn]|[Ss][Yy][Ss][Ll][Oo][Gg]|[Ww][Aa][Kk][Ee]_[Aa][Ll][Aa][Rr][Mm]|[Bb][Ll][Oo][Cc][Kk]_[Ss][Uu][Ss][Pp][Ee][Nn][Dd]|[Aa][Uu][Dd][Ii][Tt]_[Rr][Ee][Aa][Dd]|[Pp][Ee][Rr][Ff][Mm][Oo][Nn]|[Bb][Pp][Ff]|[Cc][Hh][Ee][Cc][Kk][Pp][Oo][Ii][Nn][Tt]_[Rr][Ee][Ss][Tt][Oo][Rr][Ee]))$"},"tmpfsMount":{"description":"A tmpfs mount: `TARGET` or `TARGET:OPTIONS`, OPTIONS a comma list of mount flags (ro, noexec, ...) and size, mode, uid, gid, nr_inodes, nr_blocks or mpol values.","type":"string","x-rbc-code":"SPC503","title":"TARGET or TARGET:OPTIONS, with an absolute TARGET and tmpfs options such as size=64m,mode=1777,noexec","errorMessage":"Expected TARGET or TARGET:OPTIONS, with an absolute TARGET and tmpfs options such as size=64m,mode=1777,noexec.","pattern":"^/[^:]*(?::(?:(?:(?:defaults|private|rprivate|shared|rshared|slave|rslave|unbindable|runbindable|bind|rbind|ro|rw|exec|noexec|suid|nosuid|dev|nodev|sync|async|atime|noatime|diratime|nodiratime|relatime|norelatime|strictatime|nostrictatime|mand|nomand)|(?:size|mode|uid|gid|nr_inodes|nr_blocks|mpol)=[^,]*)(?:,(?:(?:defaults|private|rprivate|shared|rshared|slave|rslave|unbindable|runbindable|bind|rbind|ro|rw|exec|noexec|suid|nosuid|dev|nodev|sync|async|atime|noatime|diratime|nodiratime|relatime|norelatime|strictatime|nostrictatime|mand|nomand)|(?:size|mode|uid|gid|nr_inodes|nr_blocks|mpol)=[^,]*))*)?)?$"},"securityOption":{"type":"string","x-rbc-code":"SPC506","title":"a security option Docker accepts: seccomp=unconfined, seccomp=<profile file>, apparmor=<profile>, label=<label>, no-new-privileges[=<bool>] or systempaths=unconfined","errorMessage":"Expected a security option Docker accepts: seccomp=unconfined, seccomp=<profile file>, apparmor=<profile>, label=<label>, no-new-privileges[=<bool>] or systempaths=unconfined.","pattern":"^(?:no-new-privileges|disable|systempaths=unconfined|(?:label|apparmor)(?:=[\\s\\S]*|:[^=]*)|no-new-privileges[=:](?:1|t|T|TRUE|true|True|0|f|F|FALSE|false|False)|seccomp(?:=[\\s\\S]+|:[^=]+))$"},"device":{"type":"string","x-rbc-code":"SPC505","title":"HOST[:CONTAINER][:PERMISSIONS] with absolute paths and permissions of r, w and m, each once","errorMessage":"Expected HOST[:CONTAINER][:PERMISSIONS] with absolute paths and permissions of r, w and m, each once.","pattern":"^/[^:]*(?::(?:(?:r|w|m|rw|rm|wr|wm|mr|mw|rwm|rmw|wrm|wmr|mrw|mwr)|/[^:]*)|:/[^:]*:(?:r|w|m|rw|rm|wr|wm|mr|mw|rwm|rmw|wrm|wmr|mrw|mwr))?$"},"deviceCgroupRule":{"type":"string","x-rbc-code":"SPC505","title":"TYPE MAJOR:MINOR PERMISSIONS, such as \"c 1:3 rwm\" or \"b 8:* r\"","errorMessage":"Expected TYPE MAJOR:MINOR PERMISSIONS, such as \"c 1:3 rwm\" or \"b 8:* r\".","pattern":"^[acb] (?:[0-9]+|\\*):(?:[0-9]+|\\*) [rwm]{1,3}$"},"ulimit":{"description":"One limit for both soft and hard (-1: unlimited), or `{ soft, hard }` with soft at most hard.","oneOf":[{"type":"integer","minimum":-1},{"type":"object","additionalProperties":false,"patternProperties":{"^x-":{}},"properties":{"soft":{"description":"Soft limit; -1 is unlimited.","type":"integer","minimum":-1},"hard":{"description":"Hard limit, at least the soft limit; -1 is unlimited.","type":"integer","minimum":-1}},"allOf":[{"if":{"properties":{"soft":{"const":-1}},"required":["soft"],"type":"object"},"then":{"properties":{"hard":{"const":-1,"errorMessage":"an unlimited (-1) soft limit needs an unlimited (-1) hard limit"}},"type":"object"}},{"if":{"properties":{"hard":{"const":-1}},"required":["hard"],"type":"object"},"then":{"properties":{"soft":{"const":-1,"errorMessage":"an unlimited (-1) hard limit needs an unlimited (-1) soft limit: Docker compares the two numbers"}},"type":"object"}}],"required":["soft","hard"]}]},"memorySize":{"title":"0 or a byte size of at least 6m, such as 67108864 or \"64m\"","errorMessage":"Expected 0 or a byte size of at least 6m (Docker's minimum), such as \"64m\".","description":"Bytes, or a number with a unit b, k, m or g (`512m`, `1.5g`); binary multiples. Docker's minimum is 6m; 0 means no limit.","type":["integer","string"],"anyOf":[{"type":"string","pattern":"^(?:(?:(?:0+(?:\\.[0-9]+)?)|(?=(?:0*[1-9][0-9]{7,}(?:\\.[0-9]+)?|0*[7-9][0-9]{6}(?:\\.[0-9]+)?|0*6[3-9][0-9]{5}(?:\\.[0-9]+)?|0*629[2-9][0-9]{3}(?:\\.[0-9]+)?|0*6291[5-9][0-9]{2}(?:\\.[0-9]+)?|0*62914[6-9][0-9](?:\\.[0-9]+)?|0*629145[7-9](?:\\.[0-9]+)?|0*6291456(?:\\.[0-9]+)?) ?[bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,14}(?:\\.[0-9]+)?|0*[1-8][0-9]{15}(?:\\.[0-9]+)?|0*900[0-6][0-9]{12}(?:\\.[0-9]+)?|0*90070[0-9]{11}(?:\\.[0-9]+)?|0*90071[0-8][0-9]{10}(?:\\.[0-9]+)?|0*900719[0-8][0-9]{9}(?:\\.[0-9]+)?|0*9007199[0-1][0-9]{8}(?:\\.[0-9]+)?|0*90071992[0-4][0-9]{7}(?:\\.[0-9]+)?|0*900719925[0-3][0-9]{6}(?:\\.[0-9]+)?|0*9007199254[0-6][0-9]{5}(?:\\.[0-9]+)?|0*90071992547[0-3][0-9]{4}(?:\\.[0-9]+)?|0*9007199254740[0-8][0-9]{2}(?:\\.[0-9]+)?|0*90071992547409[0-8][0-9](?:\\.[0-9]+)?|0*900719925474099[0-1](?:\\.[0-9]+)?)) ?[bB]?|(?:(?:0+(?:\\.0+)?|0+\\.000[0-8][0-9]*|0+\\.0009[0-6][0-9]*|0+\\.00097[0-5][0-9]*|0+\\.000976[0-4][0-9]*|0+\\.0009765[0-5][0-9]*|0+\\.00097656[0-1][0-9]*|0+\\.000976562[0-4][0-9]*|0+\\.00*|0+\\.000*|0+\\.0000*|0+\\.00090*|0+\\.000970*|0+\\.0009760*|0+\\.00097650*|0+\\.000976560*|0+\\.0009765620*)|(?=(?:0*[1-9][0-9]{4,}(?:\\.[0-9]+)?|0*[7-9][0-9]{3}(?:\\.[0-9]+)?|0*6[2-9][0-9]{2}(?:\\.[0-9]+)?|0*61[5-9][0-9](?:\\.[0-9]+)?|0*614[5-9](?:\\.[0-9]+)?|0*6144(?:\\.[0-9]+)?) ?[Kk][bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,11}(?:\\.[0-9]+)?|0*[1-7][0-9]{12}(?:\\.[0-9]+)?|0*8[0-6][0-9]{11}(?:\\.[0-9]+)?|0*87[0-8][0-9]{10}(?:\\.[0-9]+)?|0*879[0-5][0-9]{9}(?:\\.[0-9]+)?|0*87960[0-8][0-9]{7}(?:\\.[0-9]+)?|0*879609[0-2][0-9]{6}(?:\\.[0-9]+)?|0*87960930[0-1][0-9]{4}(?:\\.[0-9]+)?|0*879609302[0-1][0-9]{3}(?:\\.[0-9]+)?|0*8796093022[0-1][0-9]{2}(?:\\.[0-9]+)?|0*879609302220[0-7](?:\\.[0-9]+)?)) ?[Kk][bB]?|(?:(?:0+(?:\\.0+)?|0+\\.000000[0-8][0-9]*|0+\\.0000009[0-4][0-9]*|0+\\.00000095[0-2][0-9]*|0+\\.000000953[0-5][0-9]*|0+\\.0000009536[0-6][0-9]*|0+\\.00000095367[0-3][0-9]*|0+\\.000000953674[0-2][0-9]*|0+\\.00000095367430[0-9]*|0+\\.00000095367431[0-5][0-9]*|0+\\.000000953674316[0-3][0-9]*|0+\\.00000095367431640[0-5][0-9]*|0+\\.000000953674316406[0-1][0-9]*|0+\\.0000009536743164062[0-4][0-9]*|0+\\.00*|0+\\.000*|0+\\.0000*|0+\\.00000*|0+\\.000000*|0+\\.0000000*|0+\\.00000090*|0+\\.000000950*|0+\\.0000009530*|0+\\.00000095360*|0+\\.000000953670*|0+\\.0000009536740*|0+\\.00000095367430*|0+\\.000000953674310*|0+\\.0000009536743160*|0+\\.00000095367431640*|0+\\.000000953674316400*|0+\\.0000009536743164060*|0+\\.00000095367431640620*)|(?=(?:0*[1-9][0-9]{1,}(?:\\.[0-9]+)?|0*[7-9](?:\\.[0-9]+)?|0*6(?:\\.[0-9]+)?) ?[Mm][bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,8}(?:\\.[0-9]+)?|0*[1-7][0-9]{9}(?:\\.[0-9]+)?|0*8[0-4][0-9]{8}(?:\\.[0-9]+)?|0*85[0-7][0-9]{7}(?:\\.[0-9]+)?|0*858[0-8][0-9]{6}(?:\\.[0-9]+)?|0*8589[0-8][0-9]{5}(?:\\.[0-9]+)?|0*85899[0-2][0-9]{4}(?:\\.[0-9]+)?|0*858993[0-3][0-9]{3}(?:\\.[0-9]+)?|0*8589934[0-4][0-9]{2}(?:\\.[0-9]+)?|0*85899345[0-8][0-9](?:\\.[0-9]+)?|0*858993459[0-1](?:\\.[0-9]+)?)) ?[Mm][bB]?|(?:(?:0+(?:\\.0+)?|0+\\.000000000[0-8][0-9]*|0+\\.0000000009[0-2][0-9]*|0+\\.000000000930[0-9]*|0+\\.000000000931[0-2][0-9]*|0+\\.0000000009313[0-1][0-9]*|0+\\.00000000093132[0-1][0-9]*|0+\\.000000000931322[0-4][0-9]*|0+\\.0000000009313225[0-6][0-9]*|0+\\.00000000093132257[0-3][0-9]*|0+\\.000000000931322574[0-5][0-9]*|0+\\.00000000093132257460[0-9]*|0+\\.00000000093132257461[0-4][0-9]*|0+\\.000000000931322574615[0-3][0-9]*|0+\\.0000000009313225746154[0-6][0-9]*|0+\\.00000000093132257461547[0-7][0-9]*|0+\\.000000000931322574615478[0-4][0-9]*|0+\\.00000000093132257461547850[0-9]*|0+\\.00000000093132257461547851[0-4][0-9]*|0+\\.000000000931322574615478515[0-5][0-9]*|0+\\.0000000009313225746154785156[0-1][0-9]*|0+\\.00000000093132257461547851562[0-4][0-9]*|0+\\.00*|0+\\.000*|0+\\.0000*|0+\\.00000*|0+\\.000000*|0+\\.0000000*|0+\\.00000000*|0+\\.000000000*|0+\\.0000000000*|0+\\.00000000090*|0+\\.000000000930*|0+\\.0000000009310*|0+\\.00000000093130*|0+\\.000000000931320*|0+\\.0000000009313220*|0+\\.00000000093132250*|0+\\.000000000931322570*|0+\\.0000000009313225740*|0+\\.00000000093132257460*|0+\\.000000000931322574610*|0+\\.0000000009313225746150*|0+\\.00000000093132257461540*|0+\\.000000000931322574615470*|0+\\.0000000009313225746154780*|0+\\.00000000093132257461547850*|0+\\.000000000931322574615478510*|0+\\.0000000009313225746154785150*|0+\\.00000000093132257461547851560*|0+\\.000000000931322574615478515620*)|(?=(?:0*[1-9][0-9]*(?:\\.[0-9]+)?|0+\\.[1-9][0-9]*|0+\\.0[1-9][0-9]*|0+\\.00[6-9][0-9]*|0+\\.0059[0-9]*|0+\\.0058[6-9][0-9]*|0+\\.005859[4-9][0-9]*|0+\\.0058593[8-9][0-9]*|0+\\.00585937[6-9][0-9]*|0+\\.005859375[0-9]*) ?[Gg][bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,5}(?:\\.[0-9]+)?|0*[1-7][0-9]{6}(?:\\.[0-9]+)?|0*8[0-2][0-9]{5}(?:\\.[0-9]+)?|0*83[0-7][0-9]{4}(?:\\.[0-9]+)?|0*838[0-7][0-9]{3}(?:\\.[0-9]+)?|0*8388[0-5][0-9]{2}(?:\\.[0-9]+)?|0*838860[0-7](?:\\.[0-9]+)?)) ?[Gg][bB]?)$"},{"type":"integer","maximum":0,"minimum":0},{"type":"integer","minimum":6291456,"maximum":9007199254740991}]},"duration":{"type":"string","title":"a duration such as \"10s\", \"1m30s\" or \"500ms\" (units ns, us, ms, s, m, h)","errorMessage":"Expected a duration such as \"10s\", \"1m30s\" or \"500ms\" (units ns, us, ms, s, m, h).","pattern":"^(?:0|(?:(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:ns|us|µs|μs|ms|s|m|h))+)$"},"ipAddress":{"type":"string","title":"an IP address such as 192.0.2.1 or 2001:db8::1","errorMessage":"Expected an IP address such as 192.0.2.1 or 2001:db8::1.","pattern":"^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))$"},"searchDomain":{"type":"string","title":"a domain name such as example.com, or .","errorMessage":"Expected a domain name such as example.com, or ..","pattern":"^(?:\\.|(?=[\\s\\S]{1,255}$)(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*\\.?\\s*)$"},"portSpec":{"description":"Compose short syntax: `[[IP:][HOST_PORT]:]CONTAINER_PORT[/PROTOCOL]`, ports or ranges from 1 to 65535, PROTOCOL tcp, udp or sctp.","oneOf":[{"type":"integer","minimum":1,"maximum":65535},{"type":"string","title":"[[IP:][HOST_PORT]:]CONTAINER_PORT[/PROTOCOL] with ports from 1 to 65535, such as \"8080:80\" or \"127.0.0.1:8443:443/tcp\"","errorMessage":"Expected [[IP:][HOST_PORT]:]CONTAINER_PORT[/PROTOCOL] with ports from 1 to 65535, such as \"8080:80\" or \"127.0.0.1:8443:443/tcp\".","pattern":"^(?:(?:(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|\\[(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))\\]):)?(?:0*(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])(?:-0*(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5]))?)?:)?0*(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])(?:-0*(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5]))?(?:/(?:[tT][cC][pP]|[uU][dD][pP]|[sS][cC][tT][pP]))?$"}]}},"allOf":[{"if":{"properties":{"image":true},"required":["image"],"type":"object"},"then":{"not":{"properties":{"container":true},"required":["container"],"type":"object"},"errorMessage":"set exactly one of \"image\" or \"container\", not both","x-rbc-code":"OVL203"}}]};
const func2 = Object.prototype.hasOwnProperty;
const func3 = runtime0.default;
const pattern0 = new RegExp("^x-", "u");
const pattern1 = new RegExp("^(?:(?:sha256:)?[0-9a-f]{64}|(?=[^@]{1,255}(?::[\\w][\\w.-]{0,127})?(?:@|$))(?:(?:\\[[a-fA-F0-9:]+\\]|[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*)(?::[0-9]+)?/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*|[a-z0-9]+(?:(?:_|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)+|[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)(?::[\\w][\\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?)$", "u");
const pattern3 = new RegExp("^[^=]+$", "u");
const pattern4 = new RegExp("^(?:[^$]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})*\\})*\\}))*$", "u");
const pattern5 = new RegExp("^[^=]+(?:=(?:[^$]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})*\\})*\\}))*)?$", "u");
const pattern6 = new RegExp("^/", "u");
const pattern7 = new RegExp("^[a-zA-Z0-9][a-zA-Z0-9_.-]+$", "u");
const pattern26 = new RegExp("^(?:kernel\\.(?:msgmax|msgmnb|msgmni|sem|shmall|shmmax|shmmni|shm_rmid_forced)|net\\.[^=]*|fs\\.mqueue\\.[^=]*)$", "u");
const pattern27 = new RegExp("^(?:kernel\\.(?:msgmax|msgmnb|msgmni|sem|shmall|shmmax|shmmni|shm_rmid_forced)|net\\.[^=]*|fs\\.mqueue\\.[^=]*)=", "u");
const pattern29 = new RegExp("^\\s*(?=[0-9.]*[1-9])(?:[0-9]+(?:\\.[0-9]{0,9}0*)?|\\.[0-9]{1,9}0*)\\s*$", "u");
const pattern33 = new RegExp("^(private|shareable|none|host|container:.+)$", "u");
const pattern34 = new RegExp("^(|host|container:.+)$", "u");
const pattern35 = new RegExp("^(bridge|default|none|host|container:.+)$", "u");
const pattern38 = new RegExp("^[^=:\\s]+$", "u");
const pattern39 = new RegExp("^(?:(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))|\\[(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))\\])$", "u");
const pattern40 = new RegExp("^[^=:\\s]+[=:](?:(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))|\\[(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))\\])$", "u");
const pattern42 = new RegExp("^(?:0*(?:[1-9]|[1-5][0-9]|6[0-4])|(?:[Ss][Ii][Gg])?(?:[Aa][Bb][Rr][Tt]|[Aa][Ll][Rr][Mm]|[Bb][Uu][Ss]|[Cc][Hh][Ll][Dd]|[Cc][Ll][Dd]|[Cc][Oo][Nn][Tt]|[Ff][Pp][Ee]|[Hh][Uu][Pp]|[Ii][Ll][Ll]|[Ii][Nn][Tt]|[Ii][Oo]|[Ii][Oo][Tt]|[Kk][Ii][Ll][Ll]|[Pp][Ii][Pp][Ee]|[Pp][Oo][Ll][Ll]|[Pp][Rr][Oo][Ff]|[Pp][Ww][Rr]|[Qq][Uu][Ii][Tt]|[Ss][Ee][Gg][Vv]|[Ss][Tt][Kk][Ff][Ll][Tt]|[Ss][Tt][Oo][Pp]|[Ss][Yy][Ss]|[Tt][Ee][Rr][Mm]|[Tt][Rr][Aa][Pp]|[Tt][Ss][Tt][Pp]|[Tt][Tt][Ii][Nn]|[Tt][Tt][Oo][Uu]|[Uu][Rr][Gg]|[Uu][Ss][Rr]1|[Uu][Ss][Rr]2|[Vv][Tt][Aa][Ll][Rr][Mm]|[Ww][Ii][Nn][Cc][Hh]|[Xx][Cc][Pp][Uu]|[Xx][Ff][Ss][Zz]|[Rr][Tt][Mm][Ii][Nn](?:\\+(?:[1-9]|1[0-5]))?|[Rr][Tt][Mm][Aa][Xx](?:-(?:[1-9]|1[0-4]))?))$", "u");
const schema7 = {"description":"Path of an overlay file, relative to the file that names it.","type":"string","minLength":1};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data === "string"){
if(func3(data) < 1){
const err0 = {instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema7,data};
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
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.type,parentSchema:schema7,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}

const schema8 = {"title":"a string or a list of strings","description":"A command line, split into words as a POSIX shell would split it (quotes must close; a final backslash must escape something), or a list of words.","oneOf":[{"type":"string","title":"a command line whose quotes close","errorMessage":"Expected a command line whose quotes close.","pattern":"^(?:[^'\"\\\\]|\\\\[\\s\\S]|'[^']*'|\"(?:[^\"\\\\]|\\\\[\\s\\S])*\")*$"},{"$ref":"#/definitions/stringList"}]};
const pattern2 = new RegExp("^(?:[^'\"\\\\]|\\\\[\\s\\S]|'[^']*'|\"(?:[^\"\\\\]|\\\\[\\s\\S])*\")*$", "u");
const schema9 = {"type":"array","items":{"type":"string"}};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(typeof data0 !== "string"){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.items.type,parentSchema:schema9.items,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema9.type,parentSchema:schema9,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}


function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(typeof data === "string"){
if(!pattern2.test(data)){
const err0 = {instancePath,schemaPath:"#/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^(?:[^'\"\\\\]|\\\\[\\s\\S]|'[^']*'|\"(?:[^\"\\\\]|\\\\[\\s\\S])*\")*$"},message:"must match pattern \""+"^(?:[^'\"\\\\]|\\\\[\\s\\S]|'[^']*'|\"(?:[^\"\\\\]|\\\\[\\s\\S])*\")*$"+"\"",schema:"^(?:[^'\"\\\\]|\\\\[\\s\\S]|'[^']*'|\"(?:[^\"\\\\]|\\\\[\\s\\S])*\")*$",parentSchema:schema8.oneOf[0],data};
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
const err1 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema8.oneOf[0].type,parentSchema:schema8.oneOf[0],data};
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
if(!(validate26(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
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
const err2 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema8.oneOf,parentSchema:schema8,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
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
validate25.errors = vErrors;
return errors === 0;
}

const schema10 = {"type":"string","x-rbc-code":"SPC502","title":"a Linux capability name such as NET_ADMIN or CAP_SYS_TIME (any case), or ALL","errorMessage":"Expected a Linux capability name such as NET_ADMIN or CAP_SYS_TIME (any case), or ALL.","pattern":"^(?:[Aa][Ll][Ll]|(?:[Cc][Aa][Pp]_)?(?:[Cc][Hh][Oo][Ww][Nn]|[Dd][Aa][Cc]_[Oo][Vv][Ee][Rr][Rr][Ii][Dd][Ee]|[Dd][Aa][Cc]_[Rr][Ee][Aa][Dd]_[Ss][Ee][Aa][Rr][Cc][Hh]|[Ff][Oo][Ww][Nn][Ee][Rr]|[Ff][Ss][Ee][Tt][Ii][Dd]|[Kk][Ii][Ll][Ll]|[Ss][Ee][Tt][Gg][Ii][Dd]|[Ss][Ee][Tt][Uu][Ii][Dd]|[Ss][Ee][Tt][Pp][Cc][Aa][Pp]|[Ll][Ii][Nn][Uu][Xx]_[Ii][Mm][Mm][Uu][Tt][Aa][Bb][Ll][Ee]|[Nn][Ee][Tt]_[Bb][Ii][Nn][Dd]_[Ss][Ee][Rr][Vv][Ii][Cc][Ee]|[Nn][Ee][Tt]_[Bb][Rr][Oo][Aa][Dd][Cc][Aa][Ss][Tt]|[Nn][Ee][Tt]_[Aa][Dd][Mm][Ii][Nn]|[Nn][Ee][Tt]_[Rr][Aa][Ww]|[Ii][Pp][Cc]_[Ll][Oo][Cc][Kk]|[Ii][Pp][Cc]_[Oo][Ww][Nn][Ee][Rr]|[Ss][Yy][Ss]_[Mm][Oo][Dd][Uu][Ll][Ee]|[Ss][Yy][Ss]_[Rr][Aa][Ww][Ii][Oo]|[Ss][Yy][Ss]_[Cc][Hh][Rr][Oo][Oo][Tt]|[Ss][Yy][Ss]_[Pp][Tt][Rr][Aa][Cc][Ee]|[Ss][Yy][Ss]_[Pp][Aa][Cc][Cc][Tt]|[Ss][Yy][Ss]_[Aa][Dd][Mm][Ii][Nn]|[Ss][Yy][Ss]_[Bb][Oo][Oo][Tt]|[Ss][Yy][Ss]_[Nn][Ii][Cc][Ee]|[Ss][Yy][Ss]_[Rr][Ee][Ss][Oo][Uu][Rr][Cc][Ee]|[Ss][Yy][Ss]_[Tt][Ii][Mm][Ee]|[Ss][Yy][Ss]_[Tt][Tt][Yy]_[Cc][Oo][Nn][Ff][Ii][Gg]|[Mm][Kk][Nn][Oo][Dd]|[Ll][Ee][Aa][Ss][Ee]|[Aa][Uu][Dd][Ii][Tt]_[Ww][Rr][Ii][Tt][Ee]|[Aa][Uu][Dd][Ii][Tt]_[Cc][Oo][Nn][Tt][Rr][Oo][Ll]|[Ss][Ee][Tt][Ff][Cc][Aa][Pp]|[Mm][Aa][Cc]_[Oo][Vv][Ee][Rr][Rr][Ii][Dd][Ee]|[Mm][Aa][Cc]_[Aa][Dd][Mm][Ii][Nn]|[Ss][Yy][Ss][Ll][Oo][Gg]|[Ww][Aa][Kk][Ee]_[Aa][Ll][Aa][Rr][Mm]|[Bb][Ll][Oo][Cc][Kk]_[Ss][Uu][Ss][Pp][Ee][Nn][Dd]|[Aa][Uu][Dd][Ii][Tt]_[Rr][Ee][Aa][Dd]|[Pp][Ee][Rr][Ff][Mm][Oo][Nn]|[Bb][Pp][Ff]|[Cc][Hh][Ee][Cc][Kk][Pp][Oo][Ii][Nn][Tt]_[Rr][Ee][Ss][Tt][Oo][Rr][Ee]))$"};
const pattern8 = new RegExp("^(?:[Aa][Ll][Ll]|(?:[Cc][Aa][Pp]_)?(?:[Cc][Hh][Oo][Ww][Nn]|[Dd][Aa][Cc]_[Oo][Vv][Ee][Rr][Rr][Ii][Dd][Ee]|[Dd][Aa][Cc]_[Rr][Ee][Aa][Dd]_[Ss][Ee][Aa][Rr][Cc][Hh]|[Ff][Oo][Ww][Nn][Ee][Rr]|[Ff][Ss][Ee][Tt][Ii][Dd]|[Kk][Ii][Ll][Ll]|[Ss][Ee][Tt][Gg][Ii][Dd]|[Ss][Ee][Tt][Uu][Ii][Dd]|[Ss][Ee][Tt][Pp][Cc][Aa][Pp]|[Ll][Ii][Nn][Uu][Xx]_[Ii][Mm][Mm][Uu][Tt][Aa][Bb][Ll][Ee]|[Nn][Ee][Tt]_[Bb][Ii][Nn][Dd]_[Ss][Ee][Rr][Vv][Ii][Cc][Ee]|[Nn][Ee][Tt]_[Bb][Rr][Oo][Aa][Dd][Cc][Aa][Ss][Tt]|[Nn][Ee][Tt]_[Aa][Dd][Mm][Ii][Nn]|[Nn][Ee][Tt]_[Rr][Aa][Ww]|[Ii][Pp][Cc]_[Ll][Oo][Cc][Kk]|[Ii][Pp][Cc]_[Oo][Ww][Nn][Ee][Rr]|[Ss][Yy][Ss]_[Mm][Oo][Dd][Uu][Ll][Ee]|[Ss][Yy][Ss]_[Rr][Aa][Ww][Ii][Oo]|[Ss][Yy][Ss]_[Cc][Hh][Rr][Oo][Oo][Tt]|[Ss][Yy][Ss]_[Pp][Tt][Rr][Aa][Cc][Ee]|[Ss][Yy][Ss]_[Pp][Aa][Cc][Cc][Tt]|[Ss][Yy][Ss]_[Aa][Dd][Mm][Ii][Nn]|[Ss][Yy][Ss]_[Bb][Oo][Oo][Tt]|[Ss][Yy][Ss]_[Nn][Ii][Cc][Ee]|[Ss][Yy][Ss]_[Rr][Ee][Ss][Oo][Uu][Rr][Cc][Ee]|[Ss][Yy][Ss]_[Tt][Ii][Mm][Ee]|[Ss][Yy][Ss]_[Tt][Tt][Yy]_[Cc][Oo][Nn][Ff][Ii][Gg]|[Mm][Kk][Nn][Oo][Dd]|[Ll][Ee][Aa][Ss][Ee]|[Aa][Uu][Dd][Ii][Tt]_[Ww][Rr][Ii][Tt][Ee]|[Aa][Uu][Dd][Ii][Tt]_[Cc][Oo][Nn][Tt][Rr][Oo][Ll]|[Ss][Ee][Tt][Ff][Cc][Aa][Pp]|[Mm][Aa][Cc]_[Oo][Vv][Ee][Rr][Rr][Ii][Dd][Ee]|[Mm][Aa][Cc]_[Aa][Dd][Mm][Ii][Nn]|[Ss][Yy][Ss][Ll][Oo][Gg]|[Ww][Aa][Kk][Ee]_[Aa][Ll][Aa][Rr][Mm]|[Bb][Ll][Oo][Cc][Kk]_[Ss][Uu][Ss][Pp][Ee][Nn][Dd]|[Aa][Uu][Dd][Ii][Tt]_[Rr][Ee][Aa][Dd]|[Pp][Ee][Rr][Ff][Mm][Oo][Nn]|[Bb][Pp][Ff]|[Cc][Hh][Ee][Cc][Kk][Pp][Oo][Ii][Nn][Tt]_[Rr][Ee][Ss][Tt][Oo][Rr][Ee]))$", "u");

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data === "string"){
if(!pattern8.test(data)){
const err0 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^(?:[Aa][Ll][Ll]|(?:[Cc][Aa][Pp]_)?(?:[Cc][Hh][Oo][Ww][Nn]|[Dd][Aa][Cc]_[Oo][Vv][Ee][Rr][Rr][Ii][Dd][Ee]|[Dd][Aa][Cc]_[Rr][Ee][Aa][Dd]_[Ss][Ee][Aa][Rr][Cc][Hh]|[Ff][Oo][Ww][Nn][Ee][Rr]|[Ff][Ss][Ee][Tt][Ii][Dd]|[Kk][Ii][Ll][Ll]|[Ss][Ee][Tt][Gg][Ii][Dd]|[Ss][Ee][Tt][Uu][Ii][Dd]|[Ss][Ee][Tt][Pp][Cc][Aa][Pp]|[Ll][Ii][Nn][Uu][Xx]_[Ii][Mm][Mm][Uu][Tt][Aa][Bb][Ll][Ee]|[Nn][Ee][Tt]_[Bb][Ii][Nn][Dd]_[Ss][Ee][Rr][Vv][Ii][Cc][Ee]|[Nn][Ee][Tt]_[Bb][Rr][Oo][Aa][Dd][Cc][Aa][Ss][Tt]|[Nn][Ee][Tt]_[Aa][Dd][Mm][Ii][Nn]|[Nn][Ee][Tt]_[Rr][Aa][Ww]|[Ii][Pp][Cc]_[Ll][Oo][Cc][Kk]|[Ii][Pp][Cc]_[Oo][Ww][Nn][Ee][Rr]|[Ss][Yy][Ss]_[Mm][Oo][Dd][Uu][Ll][Ee]|[Ss][Yy][Ss]_[Rr][Aa][Ww][Ii][Oo]|[Ss][Yy][Ss]_[Cc][Hh][Rr][Oo][Oo][Tt]|[Ss][Yy][Ss]_[Pp][Tt][Rr][Aa][Cc][Ee]|[Ss][Yy][Ss]_[Pp][Aa][Cc][Cc][Tt]|[Ss][Yy][Ss]_[Aa][Dd][Mm][Ii][Nn]|[Ss][Yy][Ss]_[Bb][Oo][Oo][Tt]|[Ss][Yy][Ss]_[Nn][Ii][Cc][Ee]|[Ss][Yy][Ss]_[Rr][Ee][Ss][Oo][Uu][Rr][Cc][Ee]|[Ss][Yy][Ss]_[Tt][Ii][Mm][Ee]|[Ss][Yy][Ss]_[Tt][Tt][Yy]_[Cc][Oo][Nn][Ff][Ii][Gg]|[Mm][Kk][Nn][Oo][Dd]|[Ll][Ee][Aa][Ss][Ee]|[Aa][Uu][Dd][Ii][Tt]_[Ww][Rr][Ii][Tt][Ee]|[Aa][Uu][Dd][Ii][Tt]_[Cc][Oo][Nn][Tt][Rr][Oo][Ll]|[Ss][Ee][Tt][Ff][Cc][Aa][Pp]|[Mm][Aa][Cc]_[Oo][Vv][Ee][Rr][Rr][Ii][Dd][Ee]|[Mm][Aa][Cc]_[Aa][Dd][Mm][Ii][Nn]|[Ss][Yy][Ss][Ll][Oo][Gg]|[Ww][Aa][Kk][Ee]_[Aa][Ll][Aa][Rr][Mm]|[Bb][Ll][Oo][Cc][Kk]_[Ss][Uu][Ss][Pp][Ee][Nn][Dd]|[Aa][Uu][Dd][Ii][Tt]_[Rr][Ee][Aa][Dd]|[Pp][Ee][Rr][Ff][Mm][Oo][Nn]|[Bb][Pp][Ff]|[Cc][Hh][Ee][Cc][Kk][Pp][Oo][Ii][Nn][Tt]_[Rr][Ee][Ss][Tt][Oo][Rr][Ee]))$"},message:"must match pattern \""+"^(?:[Aa][Ll][Ll]|(?:[Cc][Aa][Pp]_)?(?:[Cc][Hh][Oo][Ww][Nn]|[Dd][Aa][Cc]_[Oo][Vv][Ee][Rr][Rr][Ii][Dd][Ee]|[Dd][Aa][Cc]_[Rr][Ee][Aa][Dd]_[Ss][Ee][Aa][Rr][Cc][Hh]|[Ff][Oo][Ww][Nn][Ee][Rr]|[Ff][Ss][Ee][Tt][Ii][Dd]|[Kk][Ii][Ll][Ll]|[Ss][Ee][Tt][Gg][Ii][Dd]|[Ss][Ee][Tt][Uu][Ii][Dd]|[Ss][Ee][Tt][Pp][Cc][Aa][Pp]|[Ll][Ii][Nn][Uu][Xx]_[Ii][Mm][Mm][Uu][Tt][Aa][Bb][Ll][Ee]|[Nn][Ee][Tt]_[Bb][Ii][Nn][Dd]_[Ss][Ee][Rr][Vv][Ii][Cc][Ee]|[Nn][Ee][Tt]_[Bb][Rr][Oo][Aa][Dd][Cc][Aa][Ss][Tt]|[Nn][Ee][Tt]_[Aa][Dd][Mm][Ii][Nn]|[Nn][Ee][Tt]_[Rr][Aa][Ww]|[Ii][Pp][Cc]_[Ll][Oo][Cc][Kk]|[Ii][Pp][Cc]_[Oo][Ww][Nn][Ee][Rr]|[Ss][Yy][Ss]_[Mm][Oo][Dd][Uu][Ll][Ee]|[Ss][Yy][Ss]_[Rr][Aa][Ww][Ii][Oo]|[Ss][Yy][Ss]_[Cc][Hh][Rr][Oo][Oo][Tt]|[Ss][Yy][Ss]_[Pp][Tt][Rr][Aa][Cc][Ee]|[Ss][Yy][Ss]_[Pp][Aa][Cc][Cc][Tt]|[Ss][Yy][Ss]_[Aa][Dd][Mm][Ii][Nn]|[Ss][Yy][Ss]_[Bb][Oo][Oo][Tt]|[Ss][Yy][Ss]_[Nn][Ii][Cc][Ee]|[Ss][Yy][Ss]_[Rr][Ee][Ss][Oo][Uu][Rr][Cc][Ee]|[Ss][Yy][Ss]_[Tt][Ii][Mm][Ee]|[Ss][Yy][Ss]_[Tt][Tt][Yy]_[Cc][Oo][Nn][Ff][Ii][Gg]|[Mm][Kk][Nn][Oo][Dd]|[Ll][Ee][Aa][Ss][Ee]|[Aa][Uu][Dd][Ii][Tt]_[Ww][Rr][Ii][Tt][Ee]|[Aa][Uu][Dd][Ii][Tt]_[Cc][Oo][Nn][Tt][Rr][Oo][Ll]|[Ss][Ee][Tt][Ff][Cc][Aa][Pp]|[Mm][Aa][Cc]_[Oo][Vv][Ee][Rr][Rr][Ii][Dd][Ee]|[Mm][Aa][Cc]_[Aa][Dd][Mm][Ii][Nn]|[Ss][Yy][Ss][Ll][Oo][Gg]|[Ww][Aa][Kk][Ee]_[Aa][Ll][Aa][Rr][Mm]|[Bb][Ll][Oo][Cc][Kk]_[Ss][Uu][Ss][Pp][Ee][Nn][Dd]|[Aa][Uu][Dd][Ii][Tt]_[Rr][Ee][Aa][Dd]|[Pp][Ee][Rr][Ff][Mm][Oo][Nn]|[Bb][Pp][Ff]|[Cc][Hh][Ee][Cc][Kk][Pp][Oo][Ii][Nn][Tt]_[Rr][Ee][Ss][Tt][Oo][Rr][Ee]))$"+"\"",schema:"^(?:[Aa][Ll][Ll]|(?:[Cc][Aa][Pp]_)?(?:[Cc][Hh][Oo][Ww][Nn]|[Dd][Aa][Cc]_[Oo][Vv][Ee][Rr][Rr][Ii][Dd][Ee]|[Dd][Aa][Cc]_[Rr][Ee][Aa][Dd]_[Ss][Ee][Aa][Rr][Cc][Hh]|[Ff][Oo][Ww][Nn][Ee][Rr]|[Ff][Ss][Ee][Tt][Ii][Dd]|[Kk][Ii][Ll][Ll]|[Ss][Ee][Tt][Gg][Ii][Dd]|[Ss][Ee][Tt][Uu][Ii][Dd]|[Ss][Ee][Tt][Pp][Cc][Aa][Pp]|[Ll][Ii][Nn][Uu][Xx]_[Ii][Mm][Mm][Uu][Tt][Aa][Bb][Ll][Ee]|[Nn][Ee][Tt]_[Bb][Ii][Nn][Dd]_[Ss][Ee][Rr][Vv][Ii][Cc][Ee]|[Nn][Ee][Tt]_[Bb][Rr][Oo][Aa][Dd][Cc][Aa][Ss][Tt]|[Nn][Ee][Tt]_[Aa][Dd][Mm][Ii][Nn]|[Nn][Ee][Tt]_[Rr][Aa][Ww]|[Ii][Pp][Cc]_[Ll][Oo][Cc][Kk]|[Ii][Pp][Cc]_[Oo][Ww][Nn][Ee][Rr]|[Ss][Yy][Ss]_[Mm][Oo][Dd][Uu][Ll][Ee]|[Ss][Yy][Ss]_[Rr][Aa][Ww][Ii][Oo]|[Ss][Yy][Ss]_[Cc][Hh][Rr][Oo][Oo][Tt]|[Ss][Yy][Ss]_[Pp][Tt][Rr][Aa][Cc][Ee]|[Ss][Yy][Ss]_[Pp][Aa][Cc][Cc][Tt]|[Ss][Yy][Ss]_[Aa][Dd][Mm][Ii][Nn]|[Ss][Yy][Ss]_[Bb][Oo][Oo][Tt]|[Ss][Yy][Ss]_[Nn][Ii][Cc][Ee]|[Ss][Yy][Ss]_[Rr][Ee][Ss][Oo][Uu][Rr][Cc][Ee]|[Ss][Yy][Ss]_[Tt][Ii][Mm][Ee]|[Ss][Yy][Ss]_[Tt][Tt][Yy]_[Cc][Oo][Nn][Ff][Ii][Gg]|[Mm][Kk][Nn][Oo][Dd]|[Ll][Ee][Aa][Ss][Ee]|[Aa][Uu][Dd][Ii][Tt]_[Ww][Rr][Ii][Tt][Ee]|[Aa][Uu][Dd][Ii][Tt]_[Cc][Oo][Nn][Tt][Rr][Oo][Ll]|[Ss][Ee][Tt][Ff][Cc][Aa][Pp]|[Mm][Aa][Cc]_[Oo][Vv][Ee][Rr][Rr][Ii][Dd][Ee]|[Mm][Aa][Cc]_[Aa][Dd][Mm][Ii][Nn]|[Ss][Yy][Ss][Ll][Oo][Gg]|[Ww][Aa][Kk][Ee]_[Aa][Ll][Aa][Rr][Mm]|[Bb][Ll][Oo][Cc][Kk]_[Ss][Uu][Ss][Pp][Ee][Nn][Dd]|[Aa][Uu][Dd][Ii][Tt]_[Rr][Ee][Aa][Dd]|[Pp][Ee][Rr][Ff][Mm][Oo][Nn]|[Bb][Pp][Ff]|[Cc][Hh][Ee][Cc][Kk][Pp][Oo][Ii][Nn][Tt]_[Rr][Ee][Ss][Tt][Oo][Rr][Ee]))$",parentSchema:schema10,data};
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
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.type,parentSchema:schema10,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}

const schema11 = {"description":"Short-syntax mount: `SOURCE:TARGET[:MODE]` or `TARGET`. A SOURCE starting with / or . is a host path, any other a named volume; TARGET is absolute; MODE is a comma list of ro, rw, z, Z, nocopy and (for host paths) a propagation; a host path of Docker's data root (/var/lib/docker) or a directory above it takes only rslave or rshared.","type":"string","x-rbc-code":"SPC503","title":"SOURCE:TARGET[:MODE] or TARGET, with an absolute TARGET, a path (/…, ./…) or volume name as SOURCE, and MODE of ro, rw, z, Z, nocopy and (for paths) a propagation","errorMessage":"Expected SOURCE:TARGET[:MODE] or TARGET, with an absolute TARGET, a path (/…, ./…) or volume name as SOURCE, and MODE of ro, rw, z, Z, nocopy and (for paths) a propagation.","pattern":"^(?:/[^:]*|(?!(?:/var/lib/docker[^:]*|/(?:v(?:a(?:r(?:/(?:l(?:i(?:b(?:/(?:d(?:o(?:c(?:k(?:e)?)?)?)?)?)?)?)?)?)?)?)?)?/*):)[/.][^:]*:/[^:]*(?::(?:(?:ro|rw|z|Z|nocopy)|(?:private|rprivate|shared|rshared|slave|rslave))(?:,(?:(?:ro|rw|z|Z|nocopy)|(?:private|rprivate|shared|rshared|slave|rslave)))*)?|(?:/var/lib/docker[^:]*|/(?:v(?:a(?:r(?:/(?:l(?:i(?:b(?:/(?:d(?:o(?:c(?:k(?:e)?)?)?)?)?)?)?)?)?)?)?)?)?/*):/[^:]*(?::(?!(?:[^,]*,)*(?:private|rprivate|shared|slave)(?:,(?:ro|rw|z|Z|nocopy))*$)(?:(?:ro|rw|z|Z|nocopy)|(?:private|rprivate|shared|rshared|slave|rslave))(?:,(?:(?:ro|rw|z|Z|nocopy)|(?:private|rprivate|shared|rshared|slave|rslave)))*)?|[a-zA-Z0-9][a-zA-Z0-9_.-]*:/[^:]*(?::(?:ro|rw|z|Z|nocopy)(?:,(?:ro|rw|z|Z|nocopy))*)?)$"};
const pattern9 = new RegExp("^(?:/[^:]*|(?!(?:/var/lib/docker[^:]*|/(?:v(?:a(?:r(?:/(?:l(?:i(?:b(?:/(?:d(?:o(?:c(?:k(?:e)?)?)?)?)?)?)?)?)?)?)?)?)?/*):)[/.][^:]*:/[^:]*(?::(?:(?:ro|rw|z|Z|nocopy)|(?:private|rprivate|shared|rshared|slave|rslave))(?:,(?:(?:ro|rw|z|Z|nocopy)|(?:private|rprivate|shared|rshared|slave|rslave)))*)?|(?:/var/lib/docker[^:]*|/(?:v(?:a(?:r(?:/(?:l(?:i(?:b(?:/(?:d(?:o(?:c(?:k(?:e)?)?)?)?)?)?)?)?)?)?)?)?)?/*):/[^:]*(?::(?!(?:[^,]*,)*(?:private|rprivate|shared|slave)(?:,(?:ro|rw|z|Z|nocopy))*$)(?:(?:ro|rw|z|Z|nocopy)|(?:private|rprivate|shared|rshared|slave|rslave))(?:,(?:(?:ro|rw|z|Z|nocopy)|(?:private|rprivate|shared|rshared|slave|rslave)))*)?|[a-zA-Z0-9][a-zA-Z0-9_.-]*:/[^:]*(?::(?:ro|rw|z|Z|nocopy)(?:,(?:ro|rw|z|Z|nocopy))*)?)$", "u");

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data === "string"){
if(!pattern9.test(data)){
const err0 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^(?:/[^:]*|(?!(?:/var/lib/docker[^:]*|/(?:v(?:a(?:r(?:/(?:l(?:i(?:b(?:/(?:d(?:o(?:c(?:k(?:e)?)?)?)?)?)?)?)?)?)?)?)?)?/*):)[/.][^:]*:/[^:]*(?::(?:(?:ro|rw|z|Z|nocopy)|(?:private|rprivate|shared|rshared|slave|rslave))(?:,(?:(?:ro|rw|z|Z|nocopy)|(?:private|rprivate|shared|rshared|slave|rslave)))*)?|(?:/var/lib/docker[^:]*|/(?:v(?:a(?:r(?:/(?:l(?:i(?:b(?:/(?:d(?:o(?:c(?:k(?:e)?)?)?)?)?)?)?)?)?)?)?)?)?/*):/[^:]*(?::(?!(?:[^,]*,)*(?:private|rprivate|shared|slave)(?:,(?:ro|rw|z|Z|nocopy))*$)(?:(?:ro|rw|z|Z|nocopy)|(?:private|rprivate|shared|rshared|slave|rslave))(?:,(?:(?:ro|rw|z|Z|nocopy)|(?:private|rprivate|shared|rshared|slave|rslave)))*)?|[a-zA-Z0-9][a-zA-Z0-9_.-]*:/[^:]*(?::(?:ro|rw|z|Z|nocopy)(?:,(?:ro|rw|z|Z|nocopy))*)?)$"},message:"must match pattern \""+"^(?:/[^:]*|(?!(?:/var/lib/docker[^:]*|/(?:v(?:a(?:r(?:/(?:l(?:i(?:b(?:/(?:d(?:o(?:c(?:k(?:e)?)?)?)?)?)?)?)?)?)?)?)?)?/*):)[/.][^:]*:/[^:]*(?::(?:(?:ro|rw|z|Z|nocopy)|(?:private|rprivate|shared|rshared|slave|rslave))(?:,(?:(?:ro|rw|z|Z|nocopy)|(?:private|rprivate|shared|rshared|slave|rslave)))*)?|(?:/var/lib/docker[^:]*|/(?:v(?:a(?:r(?:/(?:l(?:i(?:b(?:/(?:d(?:o(?:c(?:k(?:e)?)?)?)?)?)?)?)?)?)?)?)?)?/*):/[^:]*(?::(?!(?:[^,]*,)*(?:private|rprivate|shared|slave)(?:,(?:ro|rw|z|Z|nocopy))*$)(?:(?:ro|rw|z|Z|nocopy)|(?:private|rprivate|shared|rshared|slave|rslave))(?:,(?:(?:ro|rw|z|Z|nocopy)|(?:private|rprivate|shared|rshared|slave|rslave)))*)?|[a-zA-Z0-9][a-zA-Z0-9_.-]*:/[^:]*(?::(?:ro|rw|z|Z|nocopy)(?:,(?:ro|rw|z|Z|nocopy))*)?)$"+"\"",schema:"^(?:/[^:]*|(?!(?:/var/lib/docker[^:]*|/(?:v(?:a(?:r(?:/(?:l(?:i(?:b(?:/(?:d(?:o(?:c(?:k(?:e)?)?)?)?)?)?)?)?)?)?)?)?)?/*):)[/.][^:]*:/[^:]*(?::(?:(?:ro|rw|z|Z|nocopy)|(?:private|rprivate|shared|rshared|slave|rslave))(?:,(?:(?:ro|rw|z|Z|nocopy)|(?:private|rprivate|shared|rshared|slave|rslave)))*)?|(?:/var/lib/docker[^:]*|/(?:v(?:a(?:r(?:/(?:l(?:i(?:b(?:/(?:d(?:o(?:c(?:k(?:e)?)?)?)?)?)?)?)?)?)?)?)?)?/*):/[^:]*(?::(?!(?:[^,]*,)*(?:private|rprivate|shared|slave)(?:,(?:ro|rw|z|Z|nocopy))*$)(?:(?:ro|rw|z|Z|nocopy)|(?:private|rprivate|shared|rshared|slave|rslave))(?:,(?:(?:ro|rw|z|Z|nocopy)|(?:private|rprivate|shared|rshared|slave|rslave)))*)?|[a-zA-Z0-9][a-zA-Z0-9_.-]*:/[^:]*(?::(?:ro|rw|z|Z|nocopy)(?:,(?:ro|rw|z|Z|nocopy))*)?)$",parentSchema:schema11,data};
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
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}

const schema12 = {"description":"Compose long-syntax mount.","type":"object","additionalProperties":false,"patternProperties":{"^x-":{}},"required":["type","target"],"properties":{"type":{"description":"bind: a host path; volume: a named or anonymous volume; tmpfs: a memory filesystem.","enum":["bind","volume","tmpfs"]},"source":{"description":"Host path (bind, relative to the bundle) or volume name (volume; none for an anonymous volume). Not for tmpfs.","type":"string","minLength":1},"target":{"description":"Absolute path in the container.","type":"string","minLength":1,"title":"an absolute path","errorMessage":"Expected an absolute path.","pattern":"^/"},"read_only":{"description":"Mount read-only.","type":"boolean"},"bind":{"description":"Options for type bind.","type":"object","additionalProperties":false,"patternProperties":{"^x-":{}},"properties":{"propagation":{"description":"Mount propagation.","enum":["private","rprivate","shared","rshared","slave","rslave"]},"create_host_path":{"description":"Create the host path when missing.","type":"boolean"},"recursive":{"description":"`disabled` binds without the mounts below the source. With `read_only`: `writable` makes the bind read-only but not the mounts below the source, `readonly` makes them read-only too (target docker 26.1 only). `enabled`, the default, does what `readonly` does on docker 26.1 and what `writable` does on 20.10.","enum":["enabled","disabled","writable","readonly"]}}},"volume":{"description":"Options for type volume.","type":"object","additionalProperties":false,"patternProperties":{"^x-":{}},"properties":{"nocopy":{"description":"Do not copy the image's files into a new volume.","type":"boolean"}}},"tmpfs":{"description":"Options for type tmpfs.","type":"object","additionalProperties":false,"patternProperties":{"^x-":{}},"properties":{"size":{"description":"Size limit.","$ref":"#/definitions/byteSize"},"mode":{"description":"File mode, in octal: `0o1777`, or the string `\"1777\"` (at most 0o7777).","title":"a file mode from 0 to 0o7777, such as 0o1777 or \"1777\"","errorMessage":"Expected a file mode from 0 to 0o7777, such as 0o1777 or \"1777\".","oneOf":[{"type":"integer","minimum":0,"maximum":4095},{"type":"string","pattern":"^(?:0[oO])?0*[0-7]{1,4}$"}]}}}},"x-rbc-code":"SPC503","allOf":[{"if":{"properties":{"type":{"const":"bind"}},"required":["type"],"type":"object"},"then":{"errorMessage":"a bind mount needs a source (the host path)","properties":{"source":true},"required":["source"],"type":"object"}},{"if":{"properties":{"type":{"const":"bind"}},"required":["type"],"type":"object"},"then":{"properties":{"volume":{"not":{},"errorMessage":"volume options are for a volume mount, but this one has type bind"},"tmpfs":{"not":{},"errorMessage":"tmpfs options are for a tmpfs mount, but this one has type bind"}},"type":"object"}},{"if":{"properties":{"type":{"const":"volume"}},"required":["type"],"type":"object"},"then":{"properties":{"bind":{"not":{},"errorMessage":"bind options are for a bind mount, but this one has type volume"},"tmpfs":{"not":{},"errorMessage":"tmpfs options are for a tmpfs mount, but this one has type volume"}},"type":"object"}},{"if":{"properties":{"type":{"const":"tmpfs"}},"required":["type"],"type":"object"},"then":{"properties":{"source":{"not":{},"errorMessage":"a tmpfs mount takes no source"},"bind":{"not":{},"errorMessage":"bind options are for a bind mount, but this one has type tmpfs"},"volume":{"not":{},"errorMessage":"volume options are for a volume mount, but this one has type tmpfs"}},"type":"object"}},{"if":{"properties":{"type":{"const":"volume"},"source":true},"required":["type","source"],"type":"object"},"then":{"properties":{"source":{"title":"a volume name ([a-zA-Z0-9][a-zA-Z0-9_.-]*)","errorMessage":"Expected a volume name ([a-zA-Z0-9][a-zA-Z0-9_.-]*).","pattern":"^[a-zA-Z0-9][a-zA-Z0-9_.-]*$","type":"string"}},"type":"object"}},{"if":{"properties":{"bind":{"properties":{"recursive":{"enum":["writable","readonly"]}},"required":["recursive"],"type":"object"}},"required":["bind"],"type":"object"},"then":{"properties":{"read_only":{"const":true}},"errorMessage":"bind.recursive: writable and readonly need read_only: true","required":["read_only"],"type":"object"}},{"if":{"properties":{"type":{"const":"bind"},"source":{"pattern":"^(?:/var/lib/docker[^:]*|/(?:v(?:a(?:r(?:/(?:l(?:i(?:b(?:/(?:d(?:o(?:c(?:k(?:e)?)?)?)?)?)?)?)?)?)?)?)?)?/*)$","type":"string"},"bind":{"properties":{"propagation":true},"required":["propagation"],"type":"object"}},"required":["type","source","bind"],"type":"object"},"then":{"properties":{"bind":{"properties":{"propagation":{"enum":["rslave","rshared"],"errorMessage":"a bind of Docker's data root (/var/lib/docker) or a directory above it takes propagation rslave or rshared"}},"type":"object"}},"type":"object"}}]};
const pattern10 = new RegExp("^[a-zA-Z0-9][a-zA-Z0-9_.-]*$", "u");
const pattern11 = new RegExp("^(?:/var/lib/docker[^:]*|/(?:v(?:a(?:r(?:/(?:l(?:i(?:b(?:/(?:d(?:o(?:c(?:k(?:e)?)?)?)?)?)?)?)?)?)?)?)?)?/*)$", "u");
const pattern18 = new RegExp("^(?:0[oO])?0*[0-7]{1,4}$", "u");
const schema13 = {"title":"a byte size such as 67108864 or \"64m\"","description":"Bytes, or a number with a unit b, k, m or g (`64m`, `1.5g`, `512k`; also kb, mb, gb, any case); units are binary multiples (1k = 1024). At most 2^53−1 bytes.","type":["integer","string"],"minimum":0,"maximum":9007199254740991,"errorMessage":"Expected a byte size such as 67108864 or \"64m\".","pattern":"^(?:(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,14}(?:\\.[0-9]+)?|0*[1-8][0-9]{15}(?:\\.[0-9]+)?|0*900[0-6][0-9]{12}(?:\\.[0-9]+)?|0*90070[0-9]{11}(?:\\.[0-9]+)?|0*90071[0-8][0-9]{10}(?:\\.[0-9]+)?|0*900719[0-8][0-9]{9}(?:\\.[0-9]+)?|0*9007199[0-1][0-9]{8}(?:\\.[0-9]+)?|0*90071992[0-4][0-9]{7}(?:\\.[0-9]+)?|0*900719925[0-3][0-9]{6}(?:\\.[0-9]+)?|0*9007199254[0-6][0-9]{5}(?:\\.[0-9]+)?|0*90071992547[0-3][0-9]{4}(?:\\.[0-9]+)?|0*9007199254740[0-8][0-9]{2}(?:\\.[0-9]+)?|0*90071992547409[0-8][0-9](?:\\.[0-9]+)?|0*900719925474099[0-1](?:\\.[0-9]+)?) ?[bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,11}(?:\\.[0-9]+)?|0*[1-7][0-9]{12}(?:\\.[0-9]+)?|0*8[0-6][0-9]{11}(?:\\.[0-9]+)?|0*87[0-8][0-9]{10}(?:\\.[0-9]+)?|0*879[0-5][0-9]{9}(?:\\.[0-9]+)?|0*87960[0-8][0-9]{7}(?:\\.[0-9]+)?|0*879609[0-2][0-9]{6}(?:\\.[0-9]+)?|0*87960930[0-1][0-9]{4}(?:\\.[0-9]+)?|0*879609302[0-1][0-9]{3}(?:\\.[0-9]+)?|0*8796093022[0-1][0-9]{2}(?:\\.[0-9]+)?|0*879609302220[0-7](?:\\.[0-9]+)?) ?[Kk][bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,8}(?:\\.[0-9]+)?|0*[1-7][0-9]{9}(?:\\.[0-9]+)?|0*8[0-4][0-9]{8}(?:\\.[0-9]+)?|0*85[0-7][0-9]{7}(?:\\.[0-9]+)?|0*858[0-8][0-9]{6}(?:\\.[0-9]+)?|0*8589[0-8][0-9]{5}(?:\\.[0-9]+)?|0*85899[0-2][0-9]{4}(?:\\.[0-9]+)?|0*858993[0-3][0-9]{3}(?:\\.[0-9]+)?|0*8589934[0-4][0-9]{2}(?:\\.[0-9]+)?|0*85899345[0-8][0-9](?:\\.[0-9]+)?|0*858993459[0-1](?:\\.[0-9]+)?) ?[Mm][bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,5}(?:\\.[0-9]+)?|0*[1-7][0-9]{6}(?:\\.[0-9]+)?|0*8[0-2][0-9]{5}(?:\\.[0-9]+)?|0*83[0-7][0-9]{4}(?:\\.[0-9]+)?|0*838[0-7][0-9]{3}(?:\\.[0-9]+)?|0*8388[0-5][0-9]{2}(?:\\.[0-9]+)?|0*838860[0-7](?:\\.[0-9]+)?) ?[Gg][bB]?)$"};
const pattern17 = new RegExp("^(?:(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,14}(?:\\.[0-9]+)?|0*[1-8][0-9]{15}(?:\\.[0-9]+)?|0*900[0-6][0-9]{12}(?:\\.[0-9]+)?|0*90070[0-9]{11}(?:\\.[0-9]+)?|0*90071[0-8][0-9]{10}(?:\\.[0-9]+)?|0*900719[0-8][0-9]{9}(?:\\.[0-9]+)?|0*9007199[0-1][0-9]{8}(?:\\.[0-9]+)?|0*90071992[0-4][0-9]{7}(?:\\.[0-9]+)?|0*900719925[0-3][0-9]{6}(?:\\.[0-9]+)?|0*9007199254[0-6][0-9]{5}(?:\\.[0-9]+)?|0*90071992547[0-3][0-9]{4}(?:\\.[0-9]+)?|0*9007199254740[0-8][0-9]{2}(?:\\.[0-9]+)?|0*90071992547409[0-8][0-9](?:\\.[0-9]+)?|0*900719925474099[0-1](?:\\.[0-9]+)?) ?[bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,11}(?:\\.[0-9]+)?|0*[1-7][0-9]{12}(?:\\.[0-9]+)?|0*8[0-6][0-9]{11}(?:\\.[0-9]+)?|0*87[0-8][0-9]{10}(?:\\.[0-9]+)?|0*879[0-5][0-9]{9}(?:\\.[0-9]+)?|0*87960[0-8][0-9]{7}(?:\\.[0-9]+)?|0*879609[0-2][0-9]{6}(?:\\.[0-9]+)?|0*87960930[0-1][0-9]{4}(?:\\.[0-9]+)?|0*879609302[0-1][0-9]{3}(?:\\.[0-9]+)?|0*8796093022[0-1][0-9]{2}(?:\\.[0-9]+)?|0*879609302220[0-7](?:\\.[0-9]+)?) ?[Kk][bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,8}(?:\\.[0-9]+)?|0*[1-7][0-9]{9}(?:\\.[0-9]+)?|0*8[0-4][0-9]{8}(?:\\.[0-9]+)?|0*85[0-7][0-9]{7}(?:\\.[0-9]+)?|0*858[0-8][0-9]{6}(?:\\.[0-9]+)?|0*8589[0-8][0-9]{5}(?:\\.[0-9]+)?|0*85899[0-2][0-9]{4}(?:\\.[0-9]+)?|0*858993[0-3][0-9]{3}(?:\\.[0-9]+)?|0*8589934[0-4][0-9]{2}(?:\\.[0-9]+)?|0*85899345[0-8][0-9](?:\\.[0-9]+)?|0*858993459[0-1](?:\\.[0-9]+)?) ?[Mm][bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,5}(?:\\.[0-9]+)?|0*[1-7][0-9]{6}(?:\\.[0-9]+)?|0*8[0-2][0-9]{5}(?:\\.[0-9]+)?|0*83[0-7][0-9]{4}(?:\\.[0-9]+)?|0*838[0-7][0-9]{3}(?:\\.[0-9]+)?|0*8388[0-5][0-9]{2}(?:\\.[0-9]+)?|0*838860[0-7](?:\\.[0-9]+)?) ?[Gg][bB]?)$", "u");

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if((!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))) && (typeof data !== "string")){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema13.type},message:"must be integer,string",schema:schema13.type,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data == "number") && (isFinite(data))){
if(data > 9007199254740991 || isNaN(data)){
const err1 = {instancePath,schemaPath:"#/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data < 0 || isNaN(data)){
const err2 = {instancePath,schemaPath:"#/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(typeof data === "string"){
if(!pattern17.test(data)){
const err3 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^(?:(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,14}(?:\\.[0-9]+)?|0*[1-8][0-9]{15}(?:\\.[0-9]+)?|0*900[0-6][0-9]{12}(?:\\.[0-9]+)?|0*90070[0-9]{11}(?:\\.[0-9]+)?|0*90071[0-8][0-9]{10}(?:\\.[0-9]+)?|0*900719[0-8][0-9]{9}(?:\\.[0-9]+)?|0*9007199[0-1][0-9]{8}(?:\\.[0-9]+)?|0*90071992[0-4][0-9]{7}(?:\\.[0-9]+)?|0*900719925[0-3][0-9]{6}(?:\\.[0-9]+)?|0*9007199254[0-6][0-9]{5}(?:\\.[0-9]+)?|0*90071992547[0-3][0-9]{4}(?:\\.[0-9]+)?|0*9007199254740[0-8][0-9]{2}(?:\\.[0-9]+)?|0*90071992547409[0-8][0-9](?:\\.[0-9]+)?|0*900719925474099[0-1](?:\\.[0-9]+)?) ?[bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,11}(?:\\.[0-9]+)?|0*[1-7][0-9]{12}(?:\\.[0-9]+)?|0*8[0-6][0-9]{11}(?:\\.[0-9]+)?|0*87[0-8][0-9]{10}(?:\\.[0-9]+)?|0*879[0-5][0-9]{9}(?:\\.[0-9]+)?|0*87960[0-8][0-9]{7}(?:\\.[0-9]+)?|0*879609[0-2][0-9]{6}(?:\\.[0-9]+)?|0*87960930[0-1][0-9]{4}(?:\\.[0-9]+)?|0*879609302[0-1][0-9]{3}(?:\\.[0-9]+)?|0*8796093022[0-1][0-9]{2}(?:\\.[0-9]+)?|0*879609302220[0-7](?:\\.[0-9]+)?) ?[Kk][bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,8}(?:\\.[0-9]+)?|0*[1-7][0-9]{9}(?:\\.[0-9]+)?|0*8[0-4][0-9]{8}(?:\\.[0-9]+)?|0*85[0-7][0-9]{7}(?:\\.[0-9]+)?|0*858[0-8][0-9]{6}(?:\\.[0-9]+)?|0*8589[0-8][0-9]{5}(?:\\.[0-9]+)?|0*85899[0-2][0-9]{4}(?:\\.[0-9]+)?|0*858993[0-3][0-9]{3}(?:\\.[0-9]+)?|0*8589934[0-4][0-9]{2}(?:\\.[0-9]+)?|0*85899345[0-8][0-9](?:\\.[0-9]+)?|0*858993459[0-1](?:\\.[0-9]+)?) ?[Mm][bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,5}(?:\\.[0-9]+)?|0*[1-7][0-9]{6}(?:\\.[0-9]+)?|0*8[0-2][0-9]{5}(?:\\.[0-9]+)?|0*83[0-7][0-9]{4}(?:\\.[0-9]+)?|0*838[0-7][0-9]{3}(?:\\.[0-9]+)?|0*8388[0-5][0-9]{2}(?:\\.[0-9]+)?|0*838860[0-7](?:\\.[0-9]+)?) ?[Gg][bB]?)$"},message:"must match pattern \""+"^(?:(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,14}(?:\\.[0-9]+)?|0*[1-8][0-9]{15}(?:\\.[0-9]+)?|0*900[0-6][0-9]{12}(?:\\.[0-9]+)?|0*90070[0-9]{11}(?:\\.[0-9]+)?|0*90071[0-8][0-9]{10}(?:\\.[0-9]+)?|0*900719[0-8][0-9]{9}(?:\\.[0-9]+)?|0*9007199[0-1][0-9]{8}(?:\\.[0-9]+)?|0*90071992[0-4][0-9]{7}(?:\\.[0-9]+)?|0*900719925[0-3][0-9]{6}(?:\\.[0-9]+)?|0*9007199254[0-6][0-9]{5}(?:\\.[0-9]+)?|0*90071992547[0-3][0-9]{4}(?:\\.[0-9]+)?|0*9007199254740[0-8][0-9]{2}(?:\\.[0-9]+)?|0*90071992547409[0-8][0-9](?:\\.[0-9]+)?|0*900719925474099[0-1](?:\\.[0-9]+)?) ?[bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,11}(?:\\.[0-9]+)?|0*[1-7][0-9]{12}(?:\\.[0-9]+)?|0*8[0-6][0-9]{11}(?:\\.[0-9]+)?|0*87[0-8][0-9]{10}(?:\\.[0-9]+)?|0*879[0-5][0-9]{9}(?:\\.[0-9]+)?|0*87960[0-8][0-9]{7}(?:\\.[0-9]+)?|0*879609[0-2][0-9]{6}(?:\\.[0-9]+)?|0*87960930[0-1][0-9]{4}(?:\\.[0-9]+)?|0*879609302[0-1][0-9]{3}(?:\\.[0-9]+)?|0*8796093022[0-1][0-9]{2}(?:\\.[0-9]+)?|0*879609302220[0-7](?:\\.[0-9]+)?) ?[Kk][bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,8}(?:\\.[0-9]+)?|0*[1-7][0-9]{9}(?:\\.[0-9]+)?|0*8[0-4][0-9]{8}(?:\\.[0-9]+)?|0*85[0-7][0-9]{7}(?:\\.[0-9]+)?|0*858[0-8][0-9]{6}(?:\\.[0-9]+)?|0*8589[0-8][0-9]{5}(?:\\.[0-9]+)?|0*85899[0-2][0-9]{4}(?:\\.[0-9]+)?|0*858993[0-3][0-9]{3}(?:\\.[0-9]+)?|0*8589934[0-4][0-9]{2}(?:\\.[0-9]+)?|0*85899345[0-8][0-9](?:\\.[0-9]+)?|0*858993459[0-1](?:\\.[0-9]+)?) ?[Mm][bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,5}(?:\\.[0-9]+)?|0*[1-7][0-9]{6}(?:\\.[0-9]+)?|0*8[0-2][0-9]{5}(?:\\.[0-9]+)?|0*83[0-7][0-9]{4}(?:\\.[0-9]+)?|0*838[0-7][0-9]{3}(?:\\.[0-9]+)?|0*8388[0-5][0-9]{2}(?:\\.[0-9]+)?|0*838860[0-7](?:\\.[0-9]+)?) ?[Gg][bB]?)$"+"\"",schema:"^(?:(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,14}(?:\\.[0-9]+)?|0*[1-8][0-9]{15}(?:\\.[0-9]+)?|0*900[0-6][0-9]{12}(?:\\.[0-9]+)?|0*90070[0-9]{11}(?:\\.[0-9]+)?|0*90071[0-8][0-9]{10}(?:\\.[0-9]+)?|0*900719[0-8][0-9]{9}(?:\\.[0-9]+)?|0*9007199[0-1][0-9]{8}(?:\\.[0-9]+)?|0*90071992[0-4][0-9]{7}(?:\\.[0-9]+)?|0*900719925[0-3][0-9]{6}(?:\\.[0-9]+)?|0*9007199254[0-6][0-9]{5}(?:\\.[0-9]+)?|0*90071992547[0-3][0-9]{4}(?:\\.[0-9]+)?|0*9007199254740[0-8][0-9]{2}(?:\\.[0-9]+)?|0*90071992547409[0-8][0-9](?:\\.[0-9]+)?|0*900719925474099[0-1](?:\\.[0-9]+)?) ?[bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,11}(?:\\.[0-9]+)?|0*[1-7][0-9]{12}(?:\\.[0-9]+)?|0*8[0-6][0-9]{11}(?:\\.[0-9]+)?|0*87[0-8][0-9]{10}(?:\\.[0-9]+)?|0*879[0-5][0-9]{9}(?:\\.[0-9]+)?|0*87960[0-8][0-9]{7}(?:\\.[0-9]+)?|0*879609[0-2][0-9]{6}(?:\\.[0-9]+)?|0*87960930[0-1][0-9]{4}(?:\\.[0-9]+)?|0*879609302[0-1][0-9]{3}(?:\\.[0-9]+)?|0*8796093022[0-1][0-9]{2}(?:\\.[0-9]+)?|0*879609302220[0-7](?:\\.[0-9]+)?) ?[Kk][bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,8}(?:\\.[0-9]+)?|0*[1-7][0-9]{9}(?:\\.[0-9]+)?|0*8[0-4][0-9]{8}(?:\\.[0-9]+)?|0*85[0-7][0-9]{7}(?:\\.[0-9]+)?|0*858[0-8][0-9]{6}(?:\\.[0-9]+)?|0*8589[0-8][0-9]{5}(?:\\.[0-9]+)?|0*85899[0-2][0-9]{4}(?:\\.[0-9]+)?|0*858993[0-3][0-9]{3}(?:\\.[0-9]+)?|0*8589934[0-4][0-9]{2}(?:\\.[0-9]+)?|0*85899345[0-8][0-9](?:\\.[0-9]+)?|0*858993459[0-1](?:\\.[0-9]+)?) ?[Mm][bB]?|(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,5}(?:\\.[0-9]+)?|0*[1-7][0-9]{6}(?:\\.[0-9]+)?|0*8[0-2][0-9]{5}(?:\\.[0-9]+)?|0*83[0-7][0-9]{4}(?:\\.[0-9]+)?|0*838[0-7][0-9]{3}(?:\\.[0-9]+)?|0*8388[0-5][0-9]{2}(?:\\.[0-9]+)?|0*838860[0-7](?:\\.[0-9]+)?) ?[Gg][bB]?)$",parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
validate37.errors = vErrors;
return errors === 0;
}


function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
const err3 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema12.allOf[0].then.required,parentSchema:schema12.allOf[0].then,data};
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
const err4 = {instancePath,schemaPath:"#/allOf/0/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.allOf[0].then.type,parentSchema:schema12.allOf[0].then,data};
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
const err5 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema12.allOf[0].if,parentSchema:schema12.allOf[0],data};
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
const err9 = {instancePath:instancePath+"/volume",schemaPath:"#/allOf/1/then/properties/volume/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema12.allOf[1].then.properties.volume.not,parentSchema:schema12.allOf[1].then.properties.volume,data:data.volume};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.tmpfs !== undefined){
const err10 = {instancePath:instancePath+"/tmpfs",schemaPath:"#/allOf/1/then/properties/tmpfs/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema12.allOf[1].then.properties.tmpfs.not,parentSchema:schema12.allOf[1].then.properties.tmpfs,data:data.tmpfs};
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
const err11 = {instancePath,schemaPath:"#/allOf/1/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.allOf[1].then.type,parentSchema:schema12.allOf[1].then,data};
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
const err12 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema12.allOf[1].if,parentSchema:schema12.allOf[1],data};
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
const err16 = {instancePath:instancePath+"/bind",schemaPath:"#/allOf/2/then/properties/bind/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema12.allOf[2].then.properties.bind.not,parentSchema:schema12.allOf[2].then.properties.bind,data:data.bind};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data.tmpfs !== undefined){
const err17 = {instancePath:instancePath+"/tmpfs",schemaPath:"#/allOf/2/then/properties/tmpfs/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema12.allOf[2].then.properties.tmpfs.not,parentSchema:schema12.allOf[2].then.properties.tmpfs,data:data.tmpfs};
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
const err18 = {instancePath,schemaPath:"#/allOf/2/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.allOf[2].then.type,parentSchema:schema12.allOf[2].then,data};
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
const err19 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema12.allOf[2].if,parentSchema:schema12.allOf[2],data};
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
const err23 = {instancePath:instancePath+"/source",schemaPath:"#/allOf/3/then/properties/source/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema12.allOf[3].then.properties.source.not,parentSchema:schema12.allOf[3].then.properties.source,data:data.source};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data.bind !== undefined){
const err24 = {instancePath:instancePath+"/bind",schemaPath:"#/allOf/3/then/properties/bind/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema12.allOf[3].then.properties.bind.not,parentSchema:schema12.allOf[3].then.properties.bind,data:data.bind};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data.volume !== undefined){
const err25 = {instancePath:instancePath+"/volume",schemaPath:"#/allOf/3/then/properties/volume/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema12.allOf[3].then.properties.volume.not,parentSchema:schema12.allOf[3].then.properties.volume,data:data.volume};
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
const err26 = {instancePath,schemaPath:"#/allOf/3/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.allOf[3].then.type,parentSchema:schema12.allOf[3].then,data};
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
const err27 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema12.allOf[3].if,parentSchema:schema12.allOf[3],data};
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
if(!pattern10.test(data12)){
const err31 = {instancePath:instancePath+"/source",schemaPath:"#/allOf/4/then/properties/source/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"},message:"must match pattern \""+"^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"+"\"",schema:"^[a-zA-Z0-9][a-zA-Z0-9_.-]*$",parentSchema:schema12.allOf[4].then.properties.source,data:data12};
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
const err32 = {instancePath:instancePath+"/source",schemaPath:"#/allOf/4/then/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.allOf[4].then.properties.source.type,parentSchema:schema12.allOf[4].then.properties.source,data:data12};
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
const err33 = {instancePath,schemaPath:"#/allOf/4/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.allOf[4].then.type,parentSchema:schema12.allOf[4].then,data};
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
const err34 = {instancePath,schemaPath:"#/allOf/4/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema12.allOf[4].if,parentSchema:schema12.allOf[4],data};
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
const err40 = {instancePath,schemaPath:"#/allOf/5/then/required",keyword:"required",params:{missingProperty: "read_only"},message:"must have required property '"+"read_only"+"'",schema:schema12.allOf[5].then.required,parentSchema:schema12.allOf[5].then,data};
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
const err41 = {instancePath:instancePath+"/read_only",schemaPath:"#/allOf/5/then/properties/read_only/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant",schema:true,parentSchema:schema12.allOf[5].then.properties.read_only,data:data15};
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
const err42 = {instancePath,schemaPath:"#/allOf/5/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.allOf[5].then.type,parentSchema:schema12.allOf[5].then,data};
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
const err43 = {instancePath,schemaPath:"#/allOf/5/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema12.allOf[5].if,parentSchema:schema12.allOf[5],data};
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
if(!pattern11.test(data17)){
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
const err51 = {instancePath:instancePath+"/bind/propagation",schemaPath:"#/allOf/6/then/properties/bind/properties/propagation/enum",keyword:"enum",params:{allowedValues: schema12.allOf[6].then.properties.bind.properties.propagation.enum},message:"must be equal to one of the allowed values",schema:schema12.allOf[6].then.properties.bind.properties.propagation.enum,parentSchema:schema12.allOf[6].then.properties.bind.properties.propagation,data:data20};
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
const err52 = {instancePath:instancePath+"/bind",schemaPath:"#/allOf/6/then/properties/bind/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.allOf[6].then.properties.bind.type,parentSchema:schema12.allOf[6].then.properties.bind,data:data19};
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
const err53 = {instancePath,schemaPath:"#/allOf/6/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.allOf[6].then.type,parentSchema:schema12.allOf[6].then,data};
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
const err54 = {instancePath,schemaPath:"#/allOf/6/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema12.allOf[6].if,parentSchema:schema12.allOf[6],data};
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
const err55 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(data.target === undefined){
const err56 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'",schema:schema12.required,parentSchema:schema12,data};
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
const err57 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema12,data};
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
const err58 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema12.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.type.enum,parentSchema:schema12.properties.type,data:data21};
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
const err59 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.properties.source,data:data22};
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
const err60 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.source.type,parentSchema:schema12.properties.source,data:data22};
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
const err61 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.properties.target,data:data23};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(!pattern6.test(data23)){
const err62 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\"",schema:"^/",parentSchema:schema12.properties.target,data:data23};
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
const err63 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.target.type,parentSchema:schema12.properties.target,data:data23};
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
const err64 = {instancePath:instancePath+"/read_only",schemaPath:"#/properties/read_only/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.read_only.type,parentSchema:schema12.properties.read_only,data:data24};
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
const err65 = {instancePath:instancePath+"/bind",schemaPath:"#/properties/bind/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.bind,data:data25};
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
const err66 = {instancePath:instancePath+"/bind/propagation",schemaPath:"#/properties/bind/properties/propagation/enum",keyword:"enum",params:{allowedValues: schema12.properties.bind.properties.propagation.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.bind.properties.propagation.enum,parentSchema:schema12.properties.bind.properties.propagation,data:data26};
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
const err67 = {instancePath:instancePath+"/bind/create_host_path",schemaPath:"#/properties/bind/properties/create_host_path/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.bind.properties.create_host_path.type,parentSchema:schema12.properties.bind.properties.create_host_path,data:data27};
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
const err68 = {instancePath:instancePath+"/bind/recursive",schemaPath:"#/properties/bind/properties/recursive/enum",keyword:"enum",params:{allowedValues: schema12.properties.bind.properties.recursive.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.bind.properties.recursive.enum,parentSchema:schema12.properties.bind.properties.recursive,data:data28};
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
const err69 = {instancePath:instancePath+"/bind",schemaPath:"#/properties/bind/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.bind.type,parentSchema:schema12.properties.bind,data:data25};
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
const err70 = {instancePath:instancePath+"/volume",schemaPath:"#/properties/volume/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.volume,data:data29};
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
const err71 = {instancePath:instancePath+"/volume/nocopy",schemaPath:"#/properties/volume/properties/nocopy/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.volume.properties.nocopy.type,parentSchema:schema12.properties.volume.properties.nocopy,data:data30};
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
const err72 = {instancePath:instancePath+"/volume",schemaPath:"#/properties/volume/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.volume.type,parentSchema:schema12.properties.volume,data:data29};
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
const err73 = {instancePath:instancePath+"/tmpfs",schemaPath:"#/properties/tmpfs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.tmpfs,data:data31};
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
if(!(validate37(data31.size, {instancePath:instancePath+"/tmpfs/size",parentData:data31,parentDataProperty:"size",rootData}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
}
if(data31.mode !== undefined){
let data33 = data31.mode;
const _errs101 = errors;
let valid27 = false;
let passing0 = null;
const _errs102 = errors;
if(!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))){
const err74 = {instancePath:instancePath+"/tmpfs/mode",schemaPath:"#/properties/tmpfs/properties/mode/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.tmpfs.properties.mode.oneOf[0].type,parentSchema:schema12.properties.tmpfs.properties.mode.oneOf[0],data:data33};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if((typeof data33 == "number") && (isFinite(data33))){
if(data33 > 4095 || isNaN(data33)){
const err75 = {instancePath:instancePath+"/tmpfs/mode",schemaPath:"#/properties/tmpfs/properties/mode/oneOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4095},message:"must be <= 4095",schema:4095,parentSchema:schema12.properties.tmpfs.properties.mode.oneOf[0],data:data33};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(data33 < 0 || isNaN(data33)){
const err76 = {instancePath:instancePath+"/tmpfs/mode",schemaPath:"#/properties/tmpfs/properties/mode/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema12.properties.tmpfs.properties.mode.oneOf[0],data:data33};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
var _valid7 = _errs102 === errors;
if(_valid7){
valid27 = true;
passing0 = 0;
}
const _errs104 = errors;
if(typeof data33 === "string"){
if(!pattern18.test(data33)){
const err77 = {instancePath:instancePath+"/tmpfs/mode",schemaPath:"#/properties/tmpfs/properties/mode/oneOf/1/pattern",keyword:"pattern",params:{pattern: "^(?:0[oO])?0*[0-7]{1,4}$"},message:"must match pattern \""+"^(?:0[oO])?0*[0-7]{1,4}$"+"\"",schema:"^(?:0[oO])?0*[0-7]{1,4}$",parentSchema:schema12.properties.tmpfs.properties.mode.oneOf[1],data:data33};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
else {
const err78 = {instancePath:instancePath+"/tmpfs/mode",schemaPath:"#/properties/tmpfs/properties/mode/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.tmpfs.properties.mode.oneOf[1].type,parentSchema:schema12.properties.tmpfs.properties.mode.oneOf[1],data:data33};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
var _valid7 = _errs104 === errors;
if(_valid7 && valid27){
valid27 = false;
passing0 = [passing0, 1];
}
else {
if(_valid7){
valid27 = true;
passing0 = 1;
}
}
if(!valid27){
const err79 = {instancePath:instancePath+"/tmpfs/mode",schemaPath:"#/properties/tmpfs/properties/mode/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema12.properties.tmpfs.properties.mode.oneOf,parentSchema:schema12.properties.tmpfs.properties.mode,data:data33};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
else {
errors = _errs101;
if(vErrors !== null){
if(_errs101){
vErrors.length = _errs101;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err80 = {instancePath:instancePath+"/tmpfs",schemaPath:"#/properties/tmpfs/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.tmpfs.type,parentSchema:schema12.properties.tmpfs,data:data31};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
}
else {
const err81 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}

const schema14 = {"description":"A tmpfs mount: `TARGET` or `TARGET:OPTIONS`, OPTIONS a comma list of mount flags (ro, noexec, ...) and size, mode, uid, gid, nr_inodes, nr_blocks or mpol values.","type":"string","x-rbc-code":"SPC503","title":"TARGET or TARGET:OPTIONS, with an absolute TARGET and tmpfs options such as size=64m,mode=1777,noexec","errorMessage":"Expected TARGET or TARGET:OPTIONS, with an absolute TARGET and tmpfs options such as size=64m,mode=1777,noexec.","pattern":"^/[^:]*(?::(?:(?:(?:defaults|private|rprivate|shared|rshared|slave|rslave|unbindable|runbindable|bind|rbind|ro|rw|exec|noexec|suid|nosuid|dev|nodev|sync|async|atime|noatime|diratime|nodiratime|relatime|norelatime|strictatime|nostrictatime|mand|nomand)|(?:size|mode|uid|gid|nr_inodes|nr_blocks|mpol)=[^,]*)(?:,(?:(?:defaults|private|rprivate|shared|rshared|slave|rslave|unbindable|runbindable|bind|rbind|ro|rw|exec|noexec|suid|nosuid|dev|nodev|sync|async|atime|noatime|diratime|nodiratime|relatime|norelatime|strictatime|nostrictatime|mand|nomand)|(?:size|mode|uid|gid|nr_inodes|nr_blocks|mpol)=[^,]*))*)?)?$"};
const pattern19 = new RegExp("^/[^:]*(?::(?:(?:(?:defaults|private|rprivate|shared|rshared|slave|rslave|unbindable|runbindable|bind|rbind|ro|rw|exec|noexec|suid|nosuid|dev|nodev|sync|async|atime|noatime|diratime|nodiratime|relatime|norelatime|strictatime|nostrictatime|mand|nomand)|(?:size|mode|uid|gid|nr_inodes|nr_blocks|mpol)=[^,]*)(?:,(?:(?:defaults|private|rprivate|shared|rshared|slave|rslave|unbindable|runbindable|bind|rbind|ro|rw|exec|noexec|suid|nosuid|dev|nodev|sync|async|atime|noatime|diratime|nodiratime|relatime|norelatime|strictatime|nostrictatime|mand|nomand)|(?:size|mode|uid|gid|nr_inodes|nr_blocks|mpol)=[^,]*))*)?)?$", "u");

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data === "string"){
if(!pattern19.test(data)){
const err0 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^/[^:]*(?::(?:(?:(?:defaults|private|rprivate|shared|rshared|slave|rslave|unbindable|runbindable|bind|rbind|ro|rw|exec|noexec|suid|nosuid|dev|nodev|sync|async|atime|noatime|diratime|nodiratime|relatime|norelatime|strictatime|nostrictatime|mand|nomand)|(?:size|mode|uid|gid|nr_inodes|nr_blocks|mpol)=[^,]*)(?:,(?:(?:defaults|private|rprivate|shared|rshared|slave|rslave|unbindable|runbindable|bind|rbind|ro|rw|exec|noexec|suid|nosuid|dev|nodev|sync|async|atime|noatime|diratime|nodiratime|relatime|norelatime|strictatime|nostrictatime|mand|nomand)|(?:size|mode|uid|gid|nr_inodes|nr_blocks|mpol)=[^,]*))*)?)?$"},message:"must match pattern \""+"^/[^:]*(?::(?:(?:(?:defaults|private|rprivate|shared|rshared|slave|rslave|unbindable|runbindable|bind|rbind|ro|rw|exec|noexec|suid|nosuid|dev|nodev|sync|async|atime|noatime|diratime|nodiratime|relatime|norelatime|strictatime|nostrictatime|mand|nomand)|(?:size|mode|uid|gid|nr_inodes|nr_blocks|mpol)=[^,]*)(?:,(?:(?:defaults|private|rprivate|shared|rshared|slave|rslave|unbindable|runbindable|bind|rbind|ro|rw|exec|noexec|suid|nosuid|dev|nodev|sync|async|atime|noatime|diratime|nodiratime|relatime|norelatime|strictatime|nostrictatime|mand|nomand)|(?:size|mode|uid|gid|nr_inodes|nr_blocks|mpol)=[^,]*))*)?)?$"+"\"",schema:"^/[^:]*(?::(?:(?:(?:defaults|private|rprivate|shared|rshared|slave|rslave|unbindable|runbindable|bind|rbind|ro|rw|exec|noexec|suid|nosuid|dev|nodev|sync|async|atime|noatime|diratime|nodiratime|relatime|norelatime|strictatime|nostrictatime|mand|nomand)|(?:size|mode|uid|gid|nr_inodes|nr_blocks|mpol)=[^,]*)(?:,(?:(?:defaults|private|rprivate|shared|rshared|slave|rslave|unbindable|runbindable|bind|rbind|ro|rw|exec|noexec|suid|nosuid|dev|nodev|sync|async|atime|noatime|diratime|nodiratime|relatime|norelatime|strictatime|nostrictatime|mand|nomand)|(?:size|mode|uid|gid|nr_inodes|nr_blocks|mpol)=[^,]*))*)?)?$",parentSchema:schema14,data};
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
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}

const schema15 = {"description":"`KEY=VALUE` strings.","type":"array","items":{"type":"string","title":"KEY=VALUE with a non-empty KEY","errorMessage":"Expected KEY=VALUE with a non-empty KEY.","pattern":"^[^=]+="}};
const pattern20 = new RegExp("^[^=]+=", "u");

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(typeof data0 === "string"){
if(!pattern20.test(data0)){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/pattern",keyword:"pattern",params:{pattern: "^[^=]+="},message:"must match pattern \""+"^[^=]+="+"\"",schema:"^[^=]+=",parentSchema:schema15.items,data:data0};
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
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.items.type,parentSchema:schema15.items,data:data0};
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
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.type,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}

const schema16 = {"description":"One RFC 6902 operation. `value` is required for add, replace and test; `from` for move and copy.","type":"object","additionalProperties":false,"required":["op","path"],"properties":{"op":{"description":"The operation.","enum":["add","remove","replace","move","copy","test"]},"path":{"description":"Where the operation applies.","$ref":"#/definitions/jsonPointer"},"value":{"description":"The value to add, to replace with, or to test against."},"from":{"description":"Where move and copy take the value from.","$ref":"#/definitions/jsonPointer"}},"allOf":[{"if":{"properties":{"op":{"enum":["add","replace","test"]}},"required":["op"]},"then":{"properties":{"value":true},"required":["value"]}},{"if":{"properties":{"op":{"enum":["move","copy"]}},"required":["op"]},"then":{"properties":{"from":true},"required":["from"]}}]};
const schema17 = {"title":"a JSON pointer such as \"/process/args\"","description":"RFC 6901 JSON pointer into config.json, such as `/process/args` or `/linux/sysctl/net.core.somaxconn`.","type":"string","pattern":"^(/([^~]|~[01])*)*$","errorMessage":"Expected a JSON pointer such as \"/process/args\"."};
const pattern21 = new RegExp("^(/([^~]|~[01])*)*$", "u");

function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data === "string"){
if(!pattern21.test(data)){
const err0 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^(/([^~]|~[01])*)*$"},message:"must match pattern \""+"^(/([^~]|~[01])*)*$"+"\"",schema:"^(/([^~]|~[01])*)*$",parentSchema:schema17,data};
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
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.type,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate46.errors = vErrors;
return errors === 0;
}


function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
const err2 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema16.allOf[0].then.required,parentSchema:schema16.allOf[0].then,data};
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
const err3 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema16.allOf[0].if,parentSchema:schema16.allOf[0],data};
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
const err6 = {instancePath,schemaPath:"#/allOf/1/then/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema16.allOf[1].then.required,parentSchema:schema16.allOf[1].then,data};
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
const err7 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema16.allOf[1].if,parentSchema:schema16.allOf[1],data};
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
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'",schema:schema16.required,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.path === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema16.required,parentSchema:schema16,data};
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
const err10 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema16,data};
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
const err11 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/enum",keyword:"enum",params:{allowedValues: schema16.properties.op.enum},message:"must be equal to one of the allowed values",schema:schema16.properties.op.enum,parentSchema:schema16.properties.op,data:data2};
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
if(!(validate46(data.path, {instancePath:instancePath+"/path",parentData:data,parentDataProperty:"path",rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data.from !== undefined){
if(!(validate46(data.from, {instancePath:instancePath+"/from",parentData:data,parentDataProperty:"from",rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.type,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate45.errors = vErrors;
return errors === 0;
}

const schema18 = {"type":"string","x-rbc-code":"SPC506","title":"a security option Docker accepts: seccomp=unconfined, seccomp=<profile file>, apparmor=<profile>, label=<label>, no-new-privileges[=<bool>] or systempaths=unconfined","errorMessage":"Expected a security option Docker accepts: seccomp=unconfined, seccomp=<profile file>, apparmor=<profile>, label=<label>, no-new-privileges[=<bool>] or systempaths=unconfined.","pattern":"^(?:no-new-privileges|disable|systempaths=unconfined|(?:label|apparmor)(?:=[\\s\\S]*|:[^=]*)|no-new-privileges[=:](?:1|t|T|TRUE|true|True|0|f|F|FALSE|false|False)|seccomp(?:=[\\s\\S]+|:[^=]+))$"};
const pattern22 = new RegExp("^(?:no-new-privileges|disable|systempaths=unconfined|(?:label|apparmor)(?:=[\\s\\S]*|:[^=]*)|no-new-privileges[=:](?:1|t|T|TRUE|true|True|0|f|F|FALSE|false|False)|seccomp(?:=[\\s\\S]+|:[^=]+))$", "u");

function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data === "string"){
if(!pattern22.test(data)){
const err0 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^(?:no-new-privileges|disable|systempaths=unconfined|(?:label|apparmor)(?:=[\\s\\S]*|:[^=]*)|no-new-privileges[=:](?:1|t|T|TRUE|true|True|0|f|F|FALSE|false|False)|seccomp(?:=[\\s\\S]+|:[^=]+))$"},message:"must match pattern \""+"^(?:no-new-privileges|disable|systempaths=unconfined|(?:label|apparmor)(?:=[\\s\\S]*|:[^=]*)|no-new-privileges[=:](?:1|t|T|TRUE|true|True|0|f|F|FALSE|false|False)|seccomp(?:=[\\s\\S]+|:[^=]+))$"+"\"",schema:"^(?:no-new-privileges|disable|systempaths=unconfined|(?:label|apparmor)(?:=[\\s\\S]*|:[^=]*)|no-new-privileges[=:](?:1|t|T|TRUE|true|True|0|f|F|FALSE|false|False)|seccomp(?:=[\\s\\S]+|:[^=]+))$",parentSchema:schema18,data};
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
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate50.errors = vErrors;
return errors === 0;
}

const schema19 = {"type":"string","x-rbc-code":"SPC505","title":"HOST[:CONTAINER][:PERMISSIONS] with absolute paths and permissions of r, w and m, each once","errorMessage":"Expected HOST[:CONTAINER][:PERMISSIONS] with absolute paths and permissions of r, w and m, each once.","pattern":"^/[^:]*(?::(?:(?:r|w|m|rw|rm|wr|wm|mr|mw|rwm|rmw|wrm|wmr|mrw|mwr)|/[^:]*)|:/[^:]*:(?:r|w|m|rw|rm|wr|wm|mr|mw|rwm|rmw|wrm|wmr|mrw|mwr))?$"};
const pattern23 = new RegExp("^/[^:]*(?::(?:(?:r|w|m|rw|rm|wr|wm|mr|mw|rwm|rmw|wrm|wmr|mrw|mwr)|/[^:]*)|:/[^:]*:(?:r|w|m|rw|rm|wr|wm|mr|mw|rwm|rmw|wrm|wmr|mrw|mwr))?$", "u");

function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data === "string"){
if(!pattern23.test(data)){
const err0 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^/[^:]*(?::(?:(?:r|w|m|rw|rm|wr|wm|mr|mw|rwm|rmw|wrm|wmr|mrw|mwr)|/[^:]*)|:/[^:]*:(?:r|w|m|rw|rm|wr|wm|mr|mw|rwm|rmw|wrm|wmr|mrw|mwr))?$"},message:"must match pattern \""+"^/[^:]*(?::(?:(?:r|w|m|rw|rm|wr|wm|mr|mw|rwm|rmw|wrm|wmr|mrw|mwr)|/[^:]*)|:/[^:]*:(?:r|w|m|rw|rm|wr|wm|mr|mw|rwm|rmw|wrm|wmr|mrw|mwr))?$"+"\"",schema:"^/[^:]*(?::(?:(?:r|w|m|rw|rm|wr|wm|mr|mw|rwm|rmw|wrm|wmr|mrw|mwr)|/[^:]*)|:/[^:]*:(?:r|w|m|rw|rm|wr|wm|mr|mw|rwm|rmw|wrm|wmr|mrw|mwr))?$",parentSchema:schema19,data};
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
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate52.errors = vErrors;
return errors === 0;
}

const schema20 = {"type":"string","x-rbc-code":"SPC505","title":"TYPE MAJOR:MINOR PERMISSIONS, such as \"c 1:3 rwm\" or \"b 8:* r\"","errorMessage":"Expected TYPE MAJOR:MINOR PERMISSIONS, such as \"c 1:3 rwm\" or \"b 8:* r\".","pattern":"^[acb] (?:[0-9]+|\\*):(?:[0-9]+|\\*) [rwm]{1,3}$"};
const pattern24 = new RegExp("^[acb] (?:[0-9]+|\\*):(?:[0-9]+|\\*) [rwm]{1,3}$", "u");

function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data === "string"){
if(!pattern24.test(data)){
const err0 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[acb] (?:[0-9]+|\\*):(?:[0-9]+|\\*) [rwm]{1,3}$"},message:"must match pattern \""+"^[acb] (?:[0-9]+|\\*):(?:[0-9]+|\\*) [rwm]{1,3}$"+"\"",schema:"^[acb] (?:[0-9]+|\\*):(?:[0-9]+|\\*) [rwm]{1,3}$",parentSchema:schema20,data};
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
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate54.errors = vErrors;
return errors === 0;
}

const schema21 = {"description":"One limit for both soft and hard (-1: unlimited), or `{ soft, hard }` with soft at most hard.","oneOf":[{"type":"integer","minimum":-1},{"type":"object","additionalProperties":false,"patternProperties":{"^x-":{}},"properties":{"soft":{"description":"Soft limit; -1 is unlimited.","type":"integer","minimum":-1},"hard":{"description":"Hard limit, at least the soft limit; -1 is unlimited.","type":"integer","minimum":-1}},"allOf":[{"if":{"properties":{"soft":{"const":-1}},"required":["soft"],"type":"object"},"then":{"properties":{"hard":{"const":-1,"errorMessage":"an unlimited (-1) soft limit needs an unlimited (-1) hard limit"}},"type":"object"}},{"if":{"properties":{"hard":{"const":-1}},"required":["hard"],"type":"object"},"then":{"properties":{"soft":{"const":-1,"errorMessage":"an unlimited (-1) hard limit needs an unlimited (-1) soft limit: Docker compares the two numbers"}},"type":"object"}}],"required":["soft","hard"]}]};

function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
const err0 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema21.oneOf[0].type,parentSchema:schema21.oneOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data == "number") && (isFinite(data))){
if(data < -1 || isNaN(data)){
const err1 = {instancePath,schemaPath:"#/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema21.oneOf[0],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs3 = errors;
const _errs6 = errors;
let valid2 = true;
const _errs7 = errors;
if(errors === _errs7){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.soft === undefined) && (missing0 = "soft")){
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
if(data.soft !== undefined){
if(-1 !== data.soft){
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
}
}
else {
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid1 = _errs7 === errors;
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs10 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.hard !== undefined){
let data1 = data.hard;
if(-1 !== data1){
const err5 = {instancePath:instancePath+"/hard",schemaPath:"#/oneOf/1/allOf/0/then/properties/hard/const",keyword:"const",params:{allowedValue: -1},message:"must be equal to constant",schema:-1,parentSchema:schema21.oneOf[1].allOf[0].then.properties.hard,data:data1};
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
else {
const err6 = {instancePath,schemaPath:"#/oneOf/1/allOf/0/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.oneOf[1].allOf[0].then.type,parentSchema:schema21.oneOf[1].allOf[0].then,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid1 = _errs10 === errors;
valid2 = _valid1;
}
if(!valid2){
const err7 = {instancePath,schemaPath:"#/oneOf/1/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema21.oneOf[1].allOf[0].if,parentSchema:schema21.oneOf[1].allOf[0],data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const _errs14 = errors;
let valid5 = true;
const _errs15 = errors;
if(errors === _errs15){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.hard === undefined) && (missing1 = "hard")){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
if(data.hard !== undefined){
if(-1 !== data.hard){
const err9 = {};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
}
else {
const err10 = {};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var _valid2 = _errs15 === errors;
errors = _errs14;
if(vErrors !== null){
if(_errs14){
vErrors.length = _errs14;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs18 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.soft !== undefined){
let data3 = data.soft;
if(-1 !== data3){
const err11 = {instancePath:instancePath+"/soft",schemaPath:"#/oneOf/1/allOf/1/then/properties/soft/const",keyword:"const",params:{allowedValue: -1},message:"must be equal to constant",schema:-1,parentSchema:schema21.oneOf[1].allOf[1].then.properties.soft,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/oneOf/1/allOf/1/then/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.oneOf[1].allOf[1].then.type,parentSchema:schema21.oneOf[1].allOf[1].then,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid2 = _errs18 === errors;
valid5 = _valid2;
}
if(!valid5){
const err13 = {instancePath,schemaPath:"#/oneOf/1/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema21.oneOf[1].allOf[1].if,parentSchema:schema21.oneOf[1].allOf[1],data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.soft === undefined){
const err14 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "soft"},message:"must have required property '"+"soft"+"'",schema:schema21.oneOf[1].required,parentSchema:schema21.oneOf[1],data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data.hard === undefined){
const err15 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "hard"},message:"must have required property '"+"hard"+"'",schema:schema21.oneOf[1].required,parentSchema:schema21.oneOf[1],data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "soft") || (key0 === "hard")) || (pattern0.test(key0)))){
const err16 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema21.oneOf[1],data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.soft !== undefined){
let data4 = data.soft;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err17 = {instancePath:instancePath+"/soft",schemaPath:"#/oneOf/1/properties/soft/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema21.oneOf[1].properties.soft.type,parentSchema:schema21.oneOf[1].properties.soft,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < -1 || isNaN(data4)){
const err18 = {instancePath:instancePath+"/soft",schemaPath:"#/oneOf/1/properties/soft/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema21.oneOf[1].properties.soft,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data.hard !== undefined){
let data5 = data.hard;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err19 = {instancePath:instancePath+"/hard",schemaPath:"#/oneOf/1/properties/hard/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema21.oneOf[1].properties.hard.type,parentSchema:schema21.oneOf[1].properties.hard,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < -1 || isNaN(data5)){
const err20 = {instancePath:instancePath+"/hard",schemaPath:"#/oneOf/1/properties/hard/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema21.oneOf[1].properties.hard,data:data5};
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
}
else {
const err21 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.oneOf[1].type,parentSchema:schema21.oneOf[1],data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
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
const err22 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema21.oneOf,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
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
validate56.errors = vErrors;
return errors === 0;
}

const schema22 = {"title":"0 or a byte size of at least 6m, such as 67108864 or \"64m\"","errorMessage":"Expected 0 or a byte size of at least 6m (Docker's minimum), such as \"64m\".","description":"Bytes, or a number with a unit b, k, m or g (`512m`, `1.5g`); binary multiples. Docker's minimum is 6m; 0 means no limit.","type":["integer","string"],"anyOf":[{"type":"string","pattern":"^(?:(?:(?:0+(?:\\.[0-9]+)?)|(?=(?:0*[1-9][0-9]{7,}(?:\\.[0-9]+)?|0*[7-9][0-9]{6}(?:\\.[0-9]+)?|0*6[3-9][0-9]{5}(?:\\.[0-9]+)?|0*629[2-9][0-9]{3}(?:\\.[0-9]+)?|0*6291[5-9][0-9]{2}(?:\\.[0-9]+)?|0*62914[6-9][0-9](?:\\.[0-9]+)?|0*629145[7-9](?:\\.[0-9]+)?|0*6291456(?:\\.[0-9]+)?) ?[bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,14}(?:\\.[0-9]+)?|0*[1-8][0-9]{15}(?:\\.[0-9]+)?|0*900[0-6][0-9]{12}(?:\\.[0-9]+)?|0*90070[0-9]{11}(?:\\.[0-9]+)?|0*90071[0-8][0-9]{10}(?:\\.[0-9]+)?|0*900719[0-8][0-9]{9}(?:\\.[0-9]+)?|0*9007199[0-1][0-9]{8}(?:\\.[0-9]+)?|0*90071992[0-4][0-9]{7}(?:\\.[0-9]+)?|0*900719925[0-3][0-9]{6}(?:\\.[0-9]+)?|0*9007199254[0-6][0-9]{5}(?:\\.[0-9]+)?|0*90071992547[0-3][0-9]{4}(?:\\.[0-9]+)?|0*9007199254740[0-8][0-9]{2}(?:\\.[0-9]+)?|0*90071992547409[0-8][0-9](?:\\.[0-9]+)?|0*900719925474099[0-1](?:\\.[0-9]+)?)) ?[bB]?|(?:(?:0+(?:\\.0+)?|0+\\.000[0-8][0-9]*|0+\\.0009[0-6][0-9]*|0+\\.00097[0-5][0-9]*|0+\\.000976[0-4][0-9]*|0+\\.0009765[0-5][0-9]*|0+\\.00097656[0-1][0-9]*|0+\\.000976562[0-4][0-9]*|0+\\.00*|0+\\.000*|0+\\.0000*|0+\\.00090*|0+\\.000970*|0+\\.0009760*|0+\\.00097650*|0+\\.000976560*|0+\\.0009765620*)|(?=(?:0*[1-9][0-9]{4,}(?:\\.[0-9]+)?|0*[7-9][0-9]{3}(?:\\.[0-9]+)?|0*6[2-9][0-9]{2}(?:\\.[0-9]+)?|0*61[5-9][0-9](?:\\.[0-9]+)?|0*614[5-9](?:\\.[0-9]+)?|0*6144(?:\\.[0-9]+)?) ?[Kk][bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,11}(?:\\.[0-9]+)?|0*[1-7][0-9]{12}(?:\\.[0-9]+)?|0*8[0-6][0-9]{11}(?:\\.[0-9]+)?|0*87[0-8][0-9]{10}(?:\\.[0-9]+)?|0*879[0-5][0-9]{9}(?:\\.[0-9]+)?|0*87960[0-8][0-9]{7}(?:\\.[0-9]+)?|0*879609[0-2][0-9]{6}(?:\\.[0-9]+)?|0*87960930[0-1][0-9]{4}(?:\\.[0-9]+)?|0*879609302[0-1][0-9]{3}(?:\\.[0-9]+)?|0*8796093022[0-1][0-9]{2}(?:\\.[0-9]+)?|0*879609302220[0-7](?:\\.[0-9]+)?)) ?[Kk][bB]?|(?:(?:0+(?:\\.0+)?|0+\\.000000[0-8][0-9]*|0+\\.0000009[0-4][0-9]*|0+\\.00000095[0-2][0-9]*|0+\\.000000953[0-5][0-9]*|0+\\.0000009536[0-6][0-9]*|0+\\.00000095367[0-3][0-9]*|0+\\.000000953674[0-2][0-9]*|0+\\.00000095367430[0-9]*|0+\\.00000095367431[0-5][0-9]*|0+\\.000000953674316[0-3][0-9]*|0+\\.00000095367431640[0-5][0-9]*|0+\\.000000953674316406[0-1][0-9]*|0+\\.0000009536743164062[0-4][0-9]*|0+\\.00*|0+\\.000*|0+\\.0000*|0+\\.00000*|0+\\.000000*|0+\\.0000000*|0+\\.00000090*|0+\\.000000950*|0+\\.0000009530*|0+\\.00000095360*|0+\\.000000953670*|0+\\.0000009536740*|0+\\.00000095367430*|0+\\.000000953674310*|0+\\.0000009536743160*|0+\\.00000095367431640*|0+\\.000000953674316400*|0+\\.0000009536743164060*|0+\\.00000095367431640620*)|(?=(?:0*[1-9][0-9]{1,}(?:\\.[0-9]+)?|0*[7-9](?:\\.[0-9]+)?|0*6(?:\\.[0-9]+)?) ?[Mm][bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,8}(?:\\.[0-9]+)?|0*[1-7][0-9]{9}(?:\\.[0-9]+)?|0*8[0-4][0-9]{8}(?:\\.[0-9]+)?|0*85[0-7][0-9]{7}(?:\\.[0-9]+)?|0*858[0-8][0-9]{6}(?:\\.[0-9]+)?|0*8589[0-8][0-9]{5}(?:\\.[0-9]+)?|0*85899[0-2][0-9]{4}(?:\\.[0-9]+)?|0*858993[0-3][0-9]{3}(?:\\.[0-9]+)?|0*8589934[0-4][0-9]{2}(?:\\.[0-9]+)?|0*85899345[0-8][0-9](?:\\.[0-9]+)?|0*858993459[0-1](?:\\.[0-9]+)?)) ?[Mm][bB]?|(?:(?:0+(?:\\.0+)?|0+\\.000000000[0-8][0-9]*|0+\\.0000000009[0-2][0-9]*|0+\\.000000000930[0-9]*|0+\\.000000000931[0-2][0-9]*|0+\\.0000000009313[0-1][0-9]*|0+\\.00000000093132[0-1][0-9]*|0+\\.000000000931322[0-4][0-9]*|0+\\.0000000009313225[0-6][0-9]*|0+\\.00000000093132257[0-3][0-9]*|0+\\.000000000931322574[0-5][0-9]*|0+\\.00000000093132257460[0-9]*|0+\\.00000000093132257461[0-4][0-9]*|0+\\.000000000931322574615[0-3][0-9]*|0+\\.0000000009313225746154[0-6][0-9]*|0+\\.00000000093132257461547[0-7][0-9]*|0+\\.000000000931322574615478[0-4][0-9]*|0+\\.00000000093132257461547850[0-9]*|0+\\.00000000093132257461547851[0-4][0-9]*|0+\\.000000000931322574615478515[0-5][0-9]*|0+\\.0000000009313225746154785156[0-1][0-9]*|0+\\.00000000093132257461547851562[0-4][0-9]*|0+\\.00*|0+\\.000*|0+\\.0000*|0+\\.00000*|0+\\.000000*|0+\\.0000000*|0+\\.00000000*|0+\\.000000000*|0+\\.0000000000*|0+\\.00000000090*|0+\\.000000000930*|0+\\.0000000009310*|0+\\.00000000093130*|0+\\.000000000931320*|0+\\.0000000009313220*|0+\\.00000000093132250*|0+\\.000000000931322570*|0+\\.0000000009313225740*|0+\\.00000000093132257460*|0+\\.000000000931322574610*|0+\\.0000000009313225746150*|0+\\.00000000093132257461540*|0+\\.000000000931322574615470*|0+\\.0000000009313225746154780*|0+\\.00000000093132257461547850*|0+\\.000000000931322574615478510*|0+\\.0000000009313225746154785150*|0+\\.00000000093132257461547851560*|0+\\.000000000931322574615478515620*)|(?=(?:0*[1-9][0-9]*(?:\\.[0-9]+)?|0+\\.[1-9][0-9]*|0+\\.0[1-9][0-9]*|0+\\.00[6-9][0-9]*|0+\\.0059[0-9]*|0+\\.0058[6-9][0-9]*|0+\\.005859[4-9][0-9]*|0+\\.0058593[8-9][0-9]*|0+\\.00585937[6-9][0-9]*|0+\\.005859375[0-9]*) ?[Gg][bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,5}(?:\\.[0-9]+)?|0*[1-7][0-9]{6}(?:\\.[0-9]+)?|0*8[0-2][0-9]{5}(?:\\.[0-9]+)?|0*83[0-7][0-9]{4}(?:\\.[0-9]+)?|0*838[0-7][0-9]{3}(?:\\.[0-9]+)?|0*8388[0-5][0-9]{2}(?:\\.[0-9]+)?|0*838860[0-7](?:\\.[0-9]+)?)) ?[Gg][bB]?)$"},{"type":"integer","maximum":0,"minimum":0},{"type":"integer","minimum":6291456,"maximum":9007199254740991}]};
const pattern28 = new RegExp("^(?:(?:(?:0+(?:\\.[0-9]+)?)|(?=(?:0*[1-9][0-9]{7,}(?:\\.[0-9]+)?|0*[7-9][0-9]{6}(?:\\.[0-9]+)?|0*6[3-9][0-9]{5}(?:\\.[0-9]+)?|0*629[2-9][0-9]{3}(?:\\.[0-9]+)?|0*6291[5-9][0-9]{2}(?:\\.[0-9]+)?|0*62914[6-9][0-9](?:\\.[0-9]+)?|0*629145[7-9](?:\\.[0-9]+)?|0*6291456(?:\\.[0-9]+)?) ?[bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,14}(?:\\.[0-9]+)?|0*[1-8][0-9]{15}(?:\\.[0-9]+)?|0*900[0-6][0-9]{12}(?:\\.[0-9]+)?|0*90070[0-9]{11}(?:\\.[0-9]+)?|0*90071[0-8][0-9]{10}(?:\\.[0-9]+)?|0*900719[0-8][0-9]{9}(?:\\.[0-9]+)?|0*9007199[0-1][0-9]{8}(?:\\.[0-9]+)?|0*90071992[0-4][0-9]{7}(?:\\.[0-9]+)?|0*900719925[0-3][0-9]{6}(?:\\.[0-9]+)?|0*9007199254[0-6][0-9]{5}(?:\\.[0-9]+)?|0*90071992547[0-3][0-9]{4}(?:\\.[0-9]+)?|0*9007199254740[0-8][0-9]{2}(?:\\.[0-9]+)?|0*90071992547409[0-8][0-9](?:\\.[0-9]+)?|0*900719925474099[0-1](?:\\.[0-9]+)?)) ?[bB]?|(?:(?:0+(?:\\.0+)?|0+\\.000[0-8][0-9]*|0+\\.0009[0-6][0-9]*|0+\\.00097[0-5][0-9]*|0+\\.000976[0-4][0-9]*|0+\\.0009765[0-5][0-9]*|0+\\.00097656[0-1][0-9]*|0+\\.000976562[0-4][0-9]*|0+\\.00*|0+\\.000*|0+\\.0000*|0+\\.00090*|0+\\.000970*|0+\\.0009760*|0+\\.00097650*|0+\\.000976560*|0+\\.0009765620*)|(?=(?:0*[1-9][0-9]{4,}(?:\\.[0-9]+)?|0*[7-9][0-9]{3}(?:\\.[0-9]+)?|0*6[2-9][0-9]{2}(?:\\.[0-9]+)?|0*61[5-9][0-9](?:\\.[0-9]+)?|0*614[5-9](?:\\.[0-9]+)?|0*6144(?:\\.[0-9]+)?) ?[Kk][bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,11}(?:\\.[0-9]+)?|0*[1-7][0-9]{12}(?:\\.[0-9]+)?|0*8[0-6][0-9]{11}(?:\\.[0-9]+)?|0*87[0-8][0-9]{10}(?:\\.[0-9]+)?|0*879[0-5][0-9]{9}(?:\\.[0-9]+)?|0*87960[0-8][0-9]{7}(?:\\.[0-9]+)?|0*879609[0-2][0-9]{6}(?:\\.[0-9]+)?|0*87960930[0-1][0-9]{4}(?:\\.[0-9]+)?|0*879609302[0-1][0-9]{3}(?:\\.[0-9]+)?|0*8796093022[0-1][0-9]{2}(?:\\.[0-9]+)?|0*879609302220[0-7](?:\\.[0-9]+)?)) ?[Kk][bB]?|(?:(?:0+(?:\\.0+)?|0+\\.000000[0-8][0-9]*|0+\\.0000009[0-4][0-9]*|0+\\.00000095[0-2][0-9]*|0+\\.000000953[0-5][0-9]*|0+\\.0000009536[0-6][0-9]*|0+\\.00000095367[0-3][0-9]*|0+\\.000000953674[0-2][0-9]*|0+\\.00000095367430[0-9]*|0+\\.00000095367431[0-5][0-9]*|0+\\.000000953674316[0-3][0-9]*|0+\\.00000095367431640[0-5][0-9]*|0+\\.000000953674316406[0-1][0-9]*|0+\\.0000009536743164062[0-4][0-9]*|0+\\.00*|0+\\.000*|0+\\.0000*|0+\\.00000*|0+\\.000000*|0+\\.0000000*|0+\\.00000090*|0+\\.000000950*|0+\\.0000009530*|0+\\.00000095360*|0+\\.000000953670*|0+\\.0000009536740*|0+\\.00000095367430*|0+\\.000000953674310*|0+\\.0000009536743160*|0+\\.00000095367431640*|0+\\.000000953674316400*|0+\\.0000009536743164060*|0+\\.00000095367431640620*)|(?=(?:0*[1-9][0-9]{1,}(?:\\.[0-9]+)?|0*[7-9](?:\\.[0-9]+)?|0*6(?:\\.[0-9]+)?) ?[Mm][bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,8}(?:\\.[0-9]+)?|0*[1-7][0-9]{9}(?:\\.[0-9]+)?|0*8[0-4][0-9]{8}(?:\\.[0-9]+)?|0*85[0-7][0-9]{7}(?:\\.[0-9]+)?|0*858[0-8][0-9]{6}(?:\\.[0-9]+)?|0*8589[0-8][0-9]{5}(?:\\.[0-9]+)?|0*85899[0-2][0-9]{4}(?:\\.[0-9]+)?|0*858993[0-3][0-9]{3}(?:\\.[0-9]+)?|0*8589934[0-4][0-9]{2}(?:\\.[0-9]+)?|0*85899345[0-8][0-9](?:\\.[0-9]+)?|0*858993459[0-1](?:\\.[0-9]+)?)) ?[Mm][bB]?|(?:(?:0+(?:\\.0+)?|0+\\.000000000[0-8][0-9]*|0+\\.0000000009[0-2][0-9]*|0+\\.000000000930[0-9]*|0+\\.000000000931[0-2][0-9]*|0+\\.0000000009313[0-1][0-9]*|0+\\.00000000093132[0-1][0-9]*|0+\\.000000000931322[0-4][0-9]*|0+\\.0000000009313225[0-6][0-9]*|0+\\.00000000093132257[0-3][0-9]*|0+\\.000000000931322574[0-5][0-9]*|0+\\.00000000093132257460[0-9]*|0+\\.00000000093132257461[0-4][0-9]*|0+\\.000000000931322574615[0-3][0-9]*|0+\\.0000000009313225746154[0-6][0-9]*|0+\\.00000000093132257461547[0-7][0-9]*|0+\\.000000000931322574615478[0-4][0-9]*|0+\\.00000000093132257461547850[0-9]*|0+\\.00000000093132257461547851[0-4][0-9]*|0+\\.000000000931322574615478515[0-5][0-9]*|0+\\.0000000009313225746154785156[0-1][0-9]*|0+\\.00000000093132257461547851562[0-4][0-9]*|0+\\.00*|0+\\.000*|0+\\.0000*|0+\\.00000*|0+\\.000000*|0+\\.0000000*|0+\\.00000000*|0+\\.000000000*|0+\\.0000000000*|0+\\.00000000090*|0+\\.000000000930*|0+\\.0000000009310*|0+\\.00000000093130*|0+\\.000000000931320*|0+\\.0000000009313220*|0+\\.00000000093132250*|0+\\.000000000931322570*|0+\\.0000000009313225740*|0+\\.00000000093132257460*|0+\\.000000000931322574610*|0+\\.0000000009313225746150*|0+\\.00000000093132257461540*|0+\\.000000000931322574615470*|0+\\.0000000009313225746154780*|0+\\.00000000093132257461547850*|0+\\.000000000931322574615478510*|0+\\.0000000009313225746154785150*|0+\\.00000000093132257461547851560*|0+\\.000000000931322574615478515620*)|(?=(?:0*[1-9][0-9]*(?:\\.[0-9]+)?|0+\\.[1-9][0-9]*|0+\\.0[1-9][0-9]*|0+\\.00[6-9][0-9]*|0+\\.0059[0-9]*|0+\\.0058[6-9][0-9]*|0+\\.005859[4-9][0-9]*|0+\\.0058593[8-9][0-9]*|0+\\.00585937[6-9][0-9]*|0+\\.005859375[0-9]*) ?[Gg][bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,5}(?:\\.[0-9]+)?|0*[1-7][0-9]{6}(?:\\.[0-9]+)?|0*8[0-2][0-9]{5}(?:\\.[0-9]+)?|0*83[0-7][0-9]{4}(?:\\.[0-9]+)?|0*838[0-7][0-9]{3}(?:\\.[0-9]+)?|0*8388[0-5][0-9]{2}(?:\\.[0-9]+)?|0*838860[0-7](?:\\.[0-9]+)?)) ?[Gg][bB]?)$", "u");

function validate72(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if((!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))) && (typeof data !== "string")){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema22.type},message:"must be integer,string",schema:schema22.type,parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs1 = errors;
let valid0 = false;
const _errs2 = errors;
if(typeof data === "string"){
if(!pattern28.test(data)){
const err1 = {instancePath,schemaPath:"#/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^(?:(?:(?:0+(?:\\.[0-9]+)?)|(?=(?:0*[1-9][0-9]{7,}(?:\\.[0-9]+)?|0*[7-9][0-9]{6}(?:\\.[0-9]+)?|0*6[3-9][0-9]{5}(?:\\.[0-9]+)?|0*629[2-9][0-9]{3}(?:\\.[0-9]+)?|0*6291[5-9][0-9]{2}(?:\\.[0-9]+)?|0*62914[6-9][0-9](?:\\.[0-9]+)?|0*629145[7-9](?:\\.[0-9]+)?|0*6291456(?:\\.[0-9]+)?) ?[bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,14}(?:\\.[0-9]+)?|0*[1-8][0-9]{15}(?:\\.[0-9]+)?|0*900[0-6][0-9]{12}(?:\\.[0-9]+)?|0*90070[0-9]{11}(?:\\.[0-9]+)?|0*90071[0-8][0-9]{10}(?:\\.[0-9]+)?|0*900719[0-8][0-9]{9}(?:\\.[0-9]+)?|0*9007199[0-1][0-9]{8}(?:\\.[0-9]+)?|0*90071992[0-4][0-9]{7}(?:\\.[0-9]+)?|0*900719925[0-3][0-9]{6}(?:\\.[0-9]+)?|0*9007199254[0-6][0-9]{5}(?:\\.[0-9]+)?|0*90071992547[0-3][0-9]{4}(?:\\.[0-9]+)?|0*9007199254740[0-8][0-9]{2}(?:\\.[0-9]+)?|0*90071992547409[0-8][0-9](?:\\.[0-9]+)?|0*900719925474099[0-1](?:\\.[0-9]+)?)) ?[bB]?|(?:(?:0+(?:\\.0+)?|0+\\.000[0-8][0-9]*|0+\\.0009[0-6][0-9]*|0+\\.00097[0-5][0-9]*|0+\\.000976[0-4][0-9]*|0+\\.0009765[0-5][0-9]*|0+\\.00097656[0-1][0-9]*|0+\\.000976562[0-4][0-9]*|0+\\.00*|0+\\.000*|0+\\.0000*|0+\\.00090*|0+\\.000970*|0+\\.0009760*|0+\\.00097650*|0+\\.000976560*|0+\\.0009765620*)|(?=(?:0*[1-9][0-9]{4,}(?:\\.[0-9]+)?|0*[7-9][0-9]{3}(?:\\.[0-9]+)?|0*6[2-9][0-9]{2}(?:\\.[0-9]+)?|0*61[5-9][0-9](?:\\.[0-9]+)?|0*614[5-9](?:\\.[0-9]+)?|0*6144(?:\\.[0-9]+)?) ?[Kk][bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,11}(?:\\.[0-9]+)?|0*[1-7][0-9]{12}(?:\\.[0-9]+)?|0*8[0-6][0-9]{11}(?:\\.[0-9]+)?|0*87[0-8][0-9]{10}(?:\\.[0-9]+)?|0*879[0-5][0-9]{9}(?:\\.[0-9]+)?|0*87960[0-8][0-9]{7}(?:\\.[0-9]+)?|0*879609[0-2][0-9]{6}(?:\\.[0-9]+)?|0*87960930[0-1][0-9]{4}(?:\\.[0-9]+)?|0*879609302[0-1][0-9]{3}(?:\\.[0-9]+)?|0*8796093022[0-1][0-9]{2}(?:\\.[0-9]+)?|0*879609302220[0-7](?:\\.[0-9]+)?)) ?[Kk][bB]?|(?:(?:0+(?:\\.0+)?|0+\\.000000[0-8][0-9]*|0+\\.0000009[0-4][0-9]*|0+\\.00000095[0-2][0-9]*|0+\\.000000953[0-5][0-9]*|0+\\.0000009536[0-6][0-9]*|0+\\.00000095367[0-3][0-9]*|0+\\.000000953674[0-2][0-9]*|0+\\.00000095367430[0-9]*|0+\\.00000095367431[0-5][0-9]*|0+\\.000000953674316[0-3][0-9]*|0+\\.00000095367431640[0-5][0-9]*|0+\\.000000953674316406[0-1][0-9]*|0+\\.0000009536743164062[0-4][0-9]*|0+\\.00*|0+\\.000*|0+\\.0000*|0+\\.00000*|0+\\.000000*|0+\\.0000000*|0+\\.00000090*|0+\\.000000950*|0+\\.0000009530*|0+\\.00000095360*|0+\\.000000953670*|0+\\.0000009536740*|0+\\.00000095367430*|0+\\.000000953674310*|0+\\.0000009536743160*|0+\\.00000095367431640*|0+\\.000000953674316400*|0+\\.0000009536743164060*|0+\\.00000095367431640620*)|(?=(?:0*[1-9][0-9]{1,}(?:\\.[0-9]+)?|0*[7-9](?:\\.[0-9]+)?|0*6(?:\\.[0-9]+)?) ?[Mm][bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,8}(?:\\.[0-9]+)?|0*[1-7][0-9]{9}(?:\\.[0-9]+)?|0*8[0-4][0-9]{8}(?:\\.[0-9]+)?|0*85[0-7][0-9]{7}(?:\\.[0-9]+)?|0*858[0-8][0-9]{6}(?:\\.[0-9]+)?|0*8589[0-8][0-9]{5}(?:\\.[0-9]+)?|0*85899[0-2][0-9]{4}(?:\\.[0-9]+)?|0*858993[0-3][0-9]{3}(?:\\.[0-9]+)?|0*8589934[0-4][0-9]{2}(?:\\.[0-9]+)?|0*85899345[0-8][0-9](?:\\.[0-9]+)?|0*858993459[0-1](?:\\.[0-9]+)?)) ?[Mm][bB]?|(?:(?:0+(?:\\.0+)?|0+\\.000000000[0-8][0-9]*|0+\\.0000000009[0-2][0-9]*|0+\\.000000000930[0-9]*|0+\\.000000000931[0-2][0-9]*|0+\\.0000000009313[0-1][0-9]*|0+\\.00000000093132[0-1][0-9]*|0+\\.000000000931322[0-4][0-9]*|0+\\.0000000009313225[0-6][0-9]*|0+\\.00000000093132257[0-3][0-9]*|0+\\.000000000931322574[0-5][0-9]*|0+\\.00000000093132257460[0-9]*|0+\\.00000000093132257461[0-4][0-9]*|0+\\.000000000931322574615[0-3][0-9]*|0+\\.0000000009313225746154[0-6][0-9]*|0+\\.00000000093132257461547[0-7][0-9]*|0+\\.000000000931322574615478[0-4][0-9]*|0+\\.00000000093132257461547850[0-9]*|0+\\.00000000093132257461547851[0-4][0-9]*|0+\\.000000000931322574615478515[0-5][0-9]*|0+\\.0000000009313225746154785156[0-1][0-9]*|0+\\.00000000093132257461547851562[0-4][0-9]*|0+\\.00*|0+\\.000*|0+\\.0000*|0+\\.00000*|0+\\.000000*|0+\\.0000000*|0+\\.00000000*|0+\\.000000000*|0+\\.0000000000*|0+\\.00000000090*|0+\\.000000000930*|0+\\.0000000009310*|0+\\.00000000093130*|0+\\.000000000931320*|0+\\.0000000009313220*|0+\\.00000000093132250*|0+\\.000000000931322570*|0+\\.0000000009313225740*|0+\\.00000000093132257460*|0+\\.000000000931322574610*|0+\\.0000000009313225746150*|0+\\.00000000093132257461540*|0+\\.000000000931322574615470*|0+\\.0000000009313225746154780*|0+\\.00000000093132257461547850*|0+\\.000000000931322574615478510*|0+\\.0000000009313225746154785150*|0+\\.00000000093132257461547851560*|0+\\.000000000931322574615478515620*)|(?=(?:0*[1-9][0-9]*(?:\\.[0-9]+)?|0+\\.[1-9][0-9]*|0+\\.0[1-9][0-9]*|0+\\.00[6-9][0-9]*|0+\\.0059[0-9]*|0+\\.0058[6-9][0-9]*|0+\\.005859[4-9][0-9]*|0+\\.0058593[8-9][0-9]*|0+\\.00585937[6-9][0-9]*|0+\\.005859375[0-9]*) ?[Gg][bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,5}(?:\\.[0-9]+)?|0*[1-7][0-9]{6}(?:\\.[0-9]+)?|0*8[0-2][0-9]{5}(?:\\.[0-9]+)?|0*83[0-7][0-9]{4}(?:\\.[0-9]+)?|0*838[0-7][0-9]{3}(?:\\.[0-9]+)?|0*8388[0-5][0-9]{2}(?:\\.[0-9]+)?|0*838860[0-7](?:\\.[0-9]+)?)) ?[Gg][bB]?)$"},message:"must match pattern \""+"^(?:(?:(?:0+(?:\\.[0-9]+)?)|(?=(?:0*[1-9][0-9]{7,}(?:\\.[0-9]+)?|0*[7-9][0-9]{6}(?:\\.[0-9]+)?|0*6[3-9][0-9]{5}(?:\\.[0-9]+)?|0*629[2-9][0-9]{3}(?:\\.[0-9]+)?|0*6291[5-9][0-9]{2}(?:\\.[0-9]+)?|0*62914[6-9][0-9](?:\\.[0-9]+)?|0*629145[7-9](?:\\.[0-9]+)?|0*6291456(?:\\.[0-9]+)?) ?[bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,14}(?:\\.[0-9]+)?|0*[1-8][0-9]{15}(?:\\.[0-9]+)?|0*900[0-6][0-9]{12}(?:\\.[0-9]+)?|0*90070[0-9]{11}(?:\\.[0-9]+)?|0*90071[0-8][0-9]{10}(?:\\.[0-9]+)?|0*900719[0-8][0-9]{9}(?:\\.[0-9]+)?|0*9007199[0-1][0-9]{8}(?:\\.[0-9]+)?|0*90071992[0-4][0-9]{7}(?:\\.[0-9]+)?|0*900719925[0-3][0-9]{6}(?:\\.[0-9]+)?|0*9007199254[0-6][0-9]{5}(?:\\.[0-9]+)?|0*90071992547[0-3][0-9]{4}(?:\\.[0-9]+)?|0*9007199254740[0-8][0-9]{2}(?:\\.[0-9]+)?|0*90071992547409[0-8][0-9](?:\\.[0-9]+)?|0*900719925474099[0-1](?:\\.[0-9]+)?)) ?[bB]?|(?:(?:0+(?:\\.0+)?|0+\\.000[0-8][0-9]*|0+\\.0009[0-6][0-9]*|0+\\.00097[0-5][0-9]*|0+\\.000976[0-4][0-9]*|0+\\.0009765[0-5][0-9]*|0+\\.00097656[0-1][0-9]*|0+\\.000976562[0-4][0-9]*|0+\\.00*|0+\\.000*|0+\\.0000*|0+\\.00090*|0+\\.000970*|0+\\.0009760*|0+\\.00097650*|0+\\.000976560*|0+\\.0009765620*)|(?=(?:0*[1-9][0-9]{4,}(?:\\.[0-9]+)?|0*[7-9][0-9]{3}(?:\\.[0-9]+)?|0*6[2-9][0-9]{2}(?:\\.[0-9]+)?|0*61[5-9][0-9](?:\\.[0-9]+)?|0*614[5-9](?:\\.[0-9]+)?|0*6144(?:\\.[0-9]+)?) ?[Kk][bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,11}(?:\\.[0-9]+)?|0*[1-7][0-9]{12}(?:\\.[0-9]+)?|0*8[0-6][0-9]{11}(?:\\.[0-9]+)?|0*87[0-8][0-9]{10}(?:\\.[0-9]+)?|0*879[0-5][0-9]{9}(?:\\.[0-9]+)?|0*87960[0-8][0-9]{7}(?:\\.[0-9]+)?|0*879609[0-2][0-9]{6}(?:\\.[0-9]+)?|0*87960930[0-1][0-9]{4}(?:\\.[0-9]+)?|0*879609302[0-1][0-9]{3}(?:\\.[0-9]+)?|0*8796093022[0-1][0-9]{2}(?:\\.[0-9]+)?|0*879609302220[0-7](?:\\.[0-9]+)?)) ?[Kk][bB]?|(?:(?:0+(?:\\.0+)?|0+\\.000000[0-8][0-9]*|0+\\.0000009[0-4][0-9]*|0+\\.00000095[0-2][0-9]*|0+\\.000000953[0-5][0-9]*|0+\\.0000009536[0-6][0-9]*|0+\\.00000095367[0-3][0-9]*|0+\\.000000953674[0-2][0-9]*|0+\\.00000095367430[0-9]*|0+\\.00000095367431[0-5][0-9]*|0+\\.000000953674316[0-3][0-9]*|0+\\.00000095367431640[0-5][0-9]*|0+\\.000000953674316406[0-1][0-9]*|0+\\.0000009536743164062[0-4][0-9]*|0+\\.00*|0+\\.000*|0+\\.0000*|0+\\.00000*|0+\\.000000*|0+\\.0000000*|0+\\.00000090*|0+\\.000000950*|0+\\.0000009530*|0+\\.00000095360*|0+\\.000000953670*|0+\\.0000009536740*|0+\\.00000095367430*|0+\\.000000953674310*|0+\\.0000009536743160*|0+\\.00000095367431640*|0+\\.000000953674316400*|0+\\.0000009536743164060*|0+\\.00000095367431640620*)|(?=(?:0*[1-9][0-9]{1,}(?:\\.[0-9]+)?|0*[7-9](?:\\.[0-9]+)?|0*6(?:\\.[0-9]+)?) ?[Mm][bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,8}(?:\\.[0-9]+)?|0*[1-7][0-9]{9}(?:\\.[0-9]+)?|0*8[0-4][0-9]{8}(?:\\.[0-9]+)?|0*85[0-7][0-9]{7}(?:\\.[0-9]+)?|0*858[0-8][0-9]{6}(?:\\.[0-9]+)?|0*8589[0-8][0-9]{5}(?:\\.[0-9]+)?|0*85899[0-2][0-9]{4}(?:\\.[0-9]+)?|0*858993[0-3][0-9]{3}(?:\\.[0-9]+)?|0*8589934[0-4][0-9]{2}(?:\\.[0-9]+)?|0*85899345[0-8][0-9](?:\\.[0-9]+)?|0*858993459[0-1](?:\\.[0-9]+)?)) ?[Mm][bB]?|(?:(?:0+(?:\\.0+)?|0+\\.000000000[0-8][0-9]*|0+\\.0000000009[0-2][0-9]*|0+\\.000000000930[0-9]*|0+\\.000000000931[0-2][0-9]*|0+\\.0000000009313[0-1][0-9]*|0+\\.00000000093132[0-1][0-9]*|0+\\.000000000931322[0-4][0-9]*|0+\\.0000000009313225[0-6][0-9]*|0+\\.00000000093132257[0-3][0-9]*|0+\\.000000000931322574[0-5][0-9]*|0+\\.00000000093132257460[0-9]*|0+\\.00000000093132257461[0-4][0-9]*|0+\\.000000000931322574615[0-3][0-9]*|0+\\.0000000009313225746154[0-6][0-9]*|0+\\.00000000093132257461547[0-7][0-9]*|0+\\.000000000931322574615478[0-4][0-9]*|0+\\.00000000093132257461547850[0-9]*|0+\\.00000000093132257461547851[0-4][0-9]*|0+\\.000000000931322574615478515[0-5][0-9]*|0+\\.0000000009313225746154785156[0-1][0-9]*|0+\\.00000000093132257461547851562[0-4][0-9]*|0+\\.00*|0+\\.000*|0+\\.0000*|0+\\.00000*|0+\\.000000*|0+\\.0000000*|0+\\.00000000*|0+\\.000000000*|0+\\.0000000000*|0+\\.00000000090*|0+\\.000000000930*|0+\\.0000000009310*|0+\\.00000000093130*|0+\\.000000000931320*|0+\\.0000000009313220*|0+\\.00000000093132250*|0+\\.000000000931322570*|0+\\.0000000009313225740*|0+\\.00000000093132257460*|0+\\.000000000931322574610*|0+\\.0000000009313225746150*|0+\\.00000000093132257461540*|0+\\.000000000931322574615470*|0+\\.0000000009313225746154780*|0+\\.00000000093132257461547850*|0+\\.000000000931322574615478510*|0+\\.0000000009313225746154785150*|0+\\.00000000093132257461547851560*|0+\\.000000000931322574615478515620*)|(?=(?:0*[1-9][0-9]*(?:\\.[0-9]+)?|0+\\.[1-9][0-9]*|0+\\.0[1-9][0-9]*|0+\\.00[6-9][0-9]*|0+\\.0059[0-9]*|0+\\.0058[6-9][0-9]*|0+\\.005859[4-9][0-9]*|0+\\.0058593[8-9][0-9]*|0+\\.00585937[6-9][0-9]*|0+\\.005859375[0-9]*) ?[Gg][bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,5}(?:\\.[0-9]+)?|0*[1-7][0-9]{6}(?:\\.[0-9]+)?|0*8[0-2][0-9]{5}(?:\\.[0-9]+)?|0*83[0-7][0-9]{4}(?:\\.[0-9]+)?|0*838[0-7][0-9]{3}(?:\\.[0-9]+)?|0*8388[0-5][0-9]{2}(?:\\.[0-9]+)?|0*838860[0-7](?:\\.[0-9]+)?)) ?[Gg][bB]?)$"+"\"",schema:"^(?:(?:(?:0+(?:\\.[0-9]+)?)|(?=(?:0*[1-9][0-9]{7,}(?:\\.[0-9]+)?|0*[7-9][0-9]{6}(?:\\.[0-9]+)?|0*6[3-9][0-9]{5}(?:\\.[0-9]+)?|0*629[2-9][0-9]{3}(?:\\.[0-9]+)?|0*6291[5-9][0-9]{2}(?:\\.[0-9]+)?|0*62914[6-9][0-9](?:\\.[0-9]+)?|0*629145[7-9](?:\\.[0-9]+)?|0*6291456(?:\\.[0-9]+)?) ?[bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,14}(?:\\.[0-9]+)?|0*[1-8][0-9]{15}(?:\\.[0-9]+)?|0*900[0-6][0-9]{12}(?:\\.[0-9]+)?|0*90070[0-9]{11}(?:\\.[0-9]+)?|0*90071[0-8][0-9]{10}(?:\\.[0-9]+)?|0*900719[0-8][0-9]{9}(?:\\.[0-9]+)?|0*9007199[0-1][0-9]{8}(?:\\.[0-9]+)?|0*90071992[0-4][0-9]{7}(?:\\.[0-9]+)?|0*900719925[0-3][0-9]{6}(?:\\.[0-9]+)?|0*9007199254[0-6][0-9]{5}(?:\\.[0-9]+)?|0*90071992547[0-3][0-9]{4}(?:\\.[0-9]+)?|0*9007199254740[0-8][0-9]{2}(?:\\.[0-9]+)?|0*90071992547409[0-8][0-9](?:\\.[0-9]+)?|0*900719925474099[0-1](?:\\.[0-9]+)?)) ?[bB]?|(?:(?:0+(?:\\.0+)?|0+\\.000[0-8][0-9]*|0+\\.0009[0-6][0-9]*|0+\\.00097[0-5][0-9]*|0+\\.000976[0-4][0-9]*|0+\\.0009765[0-5][0-9]*|0+\\.00097656[0-1][0-9]*|0+\\.000976562[0-4][0-9]*|0+\\.00*|0+\\.000*|0+\\.0000*|0+\\.00090*|0+\\.000970*|0+\\.0009760*|0+\\.00097650*|0+\\.000976560*|0+\\.0009765620*)|(?=(?:0*[1-9][0-9]{4,}(?:\\.[0-9]+)?|0*[7-9][0-9]{3}(?:\\.[0-9]+)?|0*6[2-9][0-9]{2}(?:\\.[0-9]+)?|0*61[5-9][0-9](?:\\.[0-9]+)?|0*614[5-9](?:\\.[0-9]+)?|0*6144(?:\\.[0-9]+)?) ?[Kk][bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,11}(?:\\.[0-9]+)?|0*[1-7][0-9]{12}(?:\\.[0-9]+)?|0*8[0-6][0-9]{11}(?:\\.[0-9]+)?|0*87[0-8][0-9]{10}(?:\\.[0-9]+)?|0*879[0-5][0-9]{9}(?:\\.[0-9]+)?|0*87960[0-8][0-9]{7}(?:\\.[0-9]+)?|0*879609[0-2][0-9]{6}(?:\\.[0-9]+)?|0*87960930[0-1][0-9]{4}(?:\\.[0-9]+)?|0*879609302[0-1][0-9]{3}(?:\\.[0-9]+)?|0*8796093022[0-1][0-9]{2}(?:\\.[0-9]+)?|0*879609302220[0-7](?:\\.[0-9]+)?)) ?[Kk][bB]?|(?:(?:0+(?:\\.0+)?|0+\\.000000[0-8][0-9]*|0+\\.0000009[0-4][0-9]*|0+\\.00000095[0-2][0-9]*|0+\\.000000953[0-5][0-9]*|0+\\.0000009536[0-6][0-9]*|0+\\.00000095367[0-3][0-9]*|0+\\.000000953674[0-2][0-9]*|0+\\.00000095367430[0-9]*|0+\\.00000095367431[0-5][0-9]*|0+\\.000000953674316[0-3][0-9]*|0+\\.00000095367431640[0-5][0-9]*|0+\\.000000953674316406[0-1][0-9]*|0+\\.0000009536743164062[0-4][0-9]*|0+\\.00*|0+\\.000*|0+\\.0000*|0+\\.00000*|0+\\.000000*|0+\\.0000000*|0+\\.00000090*|0+\\.000000950*|0+\\.0000009530*|0+\\.00000095360*|0+\\.000000953670*|0+\\.0000009536740*|0+\\.00000095367430*|0+\\.000000953674310*|0+\\.0000009536743160*|0+\\.00000095367431640*|0+\\.000000953674316400*|0+\\.0000009536743164060*|0+\\.00000095367431640620*)|(?=(?:0*[1-9][0-9]{1,}(?:\\.[0-9]+)?|0*[7-9](?:\\.[0-9]+)?|0*6(?:\\.[0-9]+)?) ?[Mm][bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,8}(?:\\.[0-9]+)?|0*[1-7][0-9]{9}(?:\\.[0-9]+)?|0*8[0-4][0-9]{8}(?:\\.[0-9]+)?|0*85[0-7][0-9]{7}(?:\\.[0-9]+)?|0*858[0-8][0-9]{6}(?:\\.[0-9]+)?|0*8589[0-8][0-9]{5}(?:\\.[0-9]+)?|0*85899[0-2][0-9]{4}(?:\\.[0-9]+)?|0*858993[0-3][0-9]{3}(?:\\.[0-9]+)?|0*8589934[0-4][0-9]{2}(?:\\.[0-9]+)?|0*85899345[0-8][0-9](?:\\.[0-9]+)?|0*858993459[0-1](?:\\.[0-9]+)?)) ?[Mm][bB]?|(?:(?:0+(?:\\.0+)?|0+\\.000000000[0-8][0-9]*|0+\\.0000000009[0-2][0-9]*|0+\\.000000000930[0-9]*|0+\\.000000000931[0-2][0-9]*|0+\\.0000000009313[0-1][0-9]*|0+\\.00000000093132[0-1][0-9]*|0+\\.000000000931322[0-4][0-9]*|0+\\.0000000009313225[0-6][0-9]*|0+\\.00000000093132257[0-3][0-9]*|0+\\.000000000931322574[0-5][0-9]*|0+\\.00000000093132257460[0-9]*|0+\\.00000000093132257461[0-4][0-9]*|0+\\.000000000931322574615[0-3][0-9]*|0+\\.0000000009313225746154[0-6][0-9]*|0+\\.00000000093132257461547[0-7][0-9]*|0+\\.000000000931322574615478[0-4][0-9]*|0+\\.00000000093132257461547850[0-9]*|0+\\.00000000093132257461547851[0-4][0-9]*|0+\\.000000000931322574615478515[0-5][0-9]*|0+\\.0000000009313225746154785156[0-1][0-9]*|0+\\.00000000093132257461547851562[0-4][0-9]*|0+\\.00*|0+\\.000*|0+\\.0000*|0+\\.00000*|0+\\.000000*|0+\\.0000000*|0+\\.00000000*|0+\\.000000000*|0+\\.0000000000*|0+\\.00000000090*|0+\\.000000000930*|0+\\.0000000009310*|0+\\.00000000093130*|0+\\.000000000931320*|0+\\.0000000009313220*|0+\\.00000000093132250*|0+\\.000000000931322570*|0+\\.0000000009313225740*|0+\\.00000000093132257460*|0+\\.000000000931322574610*|0+\\.0000000009313225746150*|0+\\.00000000093132257461540*|0+\\.000000000931322574615470*|0+\\.0000000009313225746154780*|0+\\.00000000093132257461547850*|0+\\.000000000931322574615478510*|0+\\.0000000009313225746154785150*|0+\\.00000000093132257461547851560*|0+\\.000000000931322574615478515620*)|(?=(?:0*[1-9][0-9]*(?:\\.[0-9]+)?|0+\\.[1-9][0-9]*|0+\\.0[1-9][0-9]*|0+\\.00[6-9][0-9]*|0+\\.0059[0-9]*|0+\\.0058[6-9][0-9]*|0+\\.005859[4-9][0-9]*|0+\\.0058593[8-9][0-9]*|0+\\.00585937[6-9][0-9]*|0+\\.005859375[0-9]*) ?[Gg][bB]?$)(?:0+(?:\\.[0-9]+)?|0*[1-9][0-9]{0,5}(?:\\.[0-9]+)?|0*[1-7][0-9]{6}(?:\\.[0-9]+)?|0*8[0-2][0-9]{5}(?:\\.[0-9]+)?|0*83[0-7][0-9]{4}(?:\\.[0-9]+)?|0*838[0-7][0-9]{3}(?:\\.[0-9]+)?|0*8388[0-5][0-9]{2}(?:\\.[0-9]+)?|0*838860[0-7](?:\\.[0-9]+)?)) ?[Gg][bB]?)$",parentSchema:schema22.anyOf[0],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.anyOf[0].type,parentSchema:schema22.anyOf[0],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs4 = errors;
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
const err3 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.anyOf[1].type,parentSchema:schema22.anyOf[1],data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data == "number") && (isFinite(data))){
if(data > 0 || isNaN(data)){
const err4 = {instancePath,schemaPath:"#/anyOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 0},message:"must be <= 0",schema:0,parentSchema:schema22.anyOf[1],data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data < 0 || isNaN(data)){
const err5 = {instancePath,schemaPath:"#/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema22.anyOf[1],data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs6 = errors;
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
const err6 = {instancePath,schemaPath:"#/anyOf/2/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema22.anyOf[2].type,parentSchema:schema22.anyOf[2],data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data == "number") && (isFinite(data))){
if(data > 9007199254740991 || isNaN(data)){
const err7 = {instancePath,schemaPath:"#/anyOf/2/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema22.anyOf[2],data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data < 6291456 || isNaN(data)){
const err8 = {instancePath,schemaPath:"#/anyOf/2/minimum",keyword:"minimum",params:{comparison: ">=", limit: 6291456},message:"must be >= 6291456",schema:6291456,parentSchema:schema22.anyOf[2],data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid0 = _errs6 === errors;
valid0 = valid0 || _valid0;
}
}
if(!valid0){
const err9 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema22.anyOf,parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
validate72.errors = vErrors;
return errors === 0;
}

const schema23 = {"type":"string","title":"a duration such as \"10s\", \"1m30s\" or \"500ms\" (units ns, us, ms, s, m, h)","errorMessage":"Expected a duration such as \"10s\", \"1m30s\" or \"500ms\" (units ns, us, ms, s, m, h).","pattern":"^(?:0|(?:(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:ns|us|µs|μs|ms|s|m|h))+)$"};
const pattern30 = new RegExp("^(?:0|(?:(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:ns|us|µs|μs|ms|s|m|h))+)$", "u");

function validate76(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data === "string"){
if(!pattern30.test(data)){
const err0 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^(?:0|(?:(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:ns|us|µs|μs|ms|s|m|h))+)$"},message:"must match pattern \""+"^(?:0|(?:(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:ns|us|µs|μs|ms|s|m|h))+)$"+"\"",schema:"^(?:0|(?:(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:ns|us|µs|μs|ms|s|m|h))+)$",parentSchema:schema23,data};
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
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.type,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate76.errors = vErrors;
return errors === 0;
}

const schema24 = {"title":"a list of numbers up to 8192 or ranges, such as \"0-3\" or \"0,2\"","type":"string","pattern":"^0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2]))(?:-0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2])))?(?:,0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2]))(?:-0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2])))?)*$","errorMessage":"Expected a list of numbers up to 8192 or ranges, such as \"0-3\" or \"0,2\"."};
const pattern31 = new RegExp("^0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2]))(?:-0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2])))?(?:,0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2]))(?:-0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2])))?)*$", "u");

function validate79(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data === "string"){
if(!pattern31.test(data)){
const err0 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2]))(?:-0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2])))?(?:,0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2]))(?:-0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2])))?)*$"},message:"must match pattern \""+"^0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2]))(?:-0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2])))?(?:,0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2]))(?:-0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2])))?)*$"+"\"",schema:"^0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2]))(?:-0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2])))?(?:,0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2]))(?:-0*(?:[0-9]{1,3}|[1-7][0-9]{3}|8(?:0[0-9]{2}|1[0-8][0-9]|19[0-2])))?)*$",parentSchema:schema24,data};
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
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.type,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate79.errors = vErrors;
return errors === 0;
}

const schema25 = {"title":"0 or an integer from 10 to 1000","type":"integer","anyOf":[{"const":0},{"minimum":10,"maximum":1000}]};

function validate83(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema25.type,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs1 = errors;
let valid0 = false;
const _errs2 = errors;
if(0 !== data){
const err1 = {instancePath,schemaPath:"#/anyOf/0/const",keyword:"const",params:{allowedValue: 0},message:"must be equal to constant",schema:0,parentSchema:schema25.anyOf[0],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs3 = errors;
if((typeof data == "number") && (isFinite(data))){
if(data > 1000 || isNaN(data)){
const err2 = {instancePath,schemaPath:"#/anyOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema25.anyOf[1],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data < 10 || isNaN(data)){
const err3 = {instancePath,schemaPath:"#/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 10},message:"must be >= 10",schema:10,parentSchema:schema25.anyOf[1],data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
}
if(!valid0){
const err4 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema25.anyOf,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
validate83.errors = vErrors;
return errors === 0;
}

const schema26 = {"title":"a device path such as \"/dev/sda\"","description":"Path of a block device.","type":"string","pattern":"^/dev/.","x-rbc-code":"SPC505","errorMessage":"Expected a device path such as \"/dev/sda\"."};
const pattern32 = new RegExp("^/dev/.", "u");

function validate85(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data === "string"){
if(!pattern32.test(data)){
const err0 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^/dev/."},message:"must match pattern \""+"^/dev/."+"\"",schema:"^/dev/.",parentSchema:schema26,data};
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
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.type,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate85.errors = vErrors;
return errors === 0;
}

const schema27 = {"description":"A device and its rate in bytes per second.","type":"object","additionalProperties":false,"required":["path","rate"],"properties":{"path":{"$ref":"#/definitions/devicePath"},"rate":{"$ref":"#/definitions/byteSize"}}};

function validate88(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.path === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema27.required,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.rate === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rate"},message:"must have required property '"+"rate"+"'",schema:schema27.required,parentSchema:schema27,data};
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
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema27,data};
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
if(!(validate85(data.path, {instancePath:instancePath+"/path",parentData:data,parentDataProperty:"path",rootData}))){
vErrors = vErrors === null ? validate85.errors : vErrors.concat(validate85.errors);
errors = vErrors.length;
}
}
if(data.rate !== undefined){
if(!(validate37(data.rate, {instancePath:instancePath+"/rate",parentData:data,parentDataProperty:"rate",rootData}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema27.type,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate88.errors = vErrors;
return errors === 0;
}

const schema28 = {"description":"A device and its rate in operations per second.","type":"object","additionalProperties":false,"required":["path","rate"],"properties":{"path":{"$ref":"#/definitions/devicePath"},"rate":{"type":"integer","minimum":0}}};

function validate93(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.path === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema28.required,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.rate === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rate"},message:"must have required property '"+"rate"+"'",schema:schema28.required,parentSchema:schema28,data};
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
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema28,data};
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
if(!(validate85(data.path, {instancePath:instancePath+"/path",parentData:data,parentDataProperty:"path",rootData}))){
vErrors = vErrors === null ? validate85.errors : vErrors.concat(validate85.errors);
errors = vErrors.length;
}
}
if(data.rate !== undefined){
let data1 = data.rate;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/rate",schemaPath:"#/properties/rate/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema28.properties.rate.type,parentSchema:schema28.properties.rate,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/rate",schemaPath:"#/properties/rate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema28.properties.rate,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.type,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate93.errors = vErrors;
return errors === 0;
}

const schema29 = {"type":"string","title":"an IP address such as 192.0.2.1 or 2001:db8::1","errorMessage":"Expected an IP address such as 192.0.2.1 or 2001:db8::1.","pattern":"^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))$"};
const pattern36 = new RegExp("^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))$", "u");

function validate97(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data === "string"){
if(!pattern36.test(data)){
const err0 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))$"},message:"must match pattern \""+"^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))$"+"\"",schema:"^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))$",parentSchema:schema29,data};
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
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.type,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate97.errors = vErrors;
return errors === 0;
}

const schema30 = {"type":"string","title":"a domain name such as example.com, or .","errorMessage":"Expected a domain name such as example.com, or ..","pattern":"^(?:\\.|(?=[\\s\\S]{1,255}$)(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*\\.?\\s*)$"};
const pattern37 = new RegExp("^(?:\\.|(?=[\\s\\S]{1,255}$)(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*\\.?\\s*)$", "u");

function validate100(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data === "string"){
if(!pattern37.test(data)){
const err0 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^(?:\\.|(?=[\\s\\S]{1,255}$)(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*\\.?\\s*)$"},message:"must match pattern \""+"^(?:\\.|(?=[\\s\\S]{1,255}$)(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*\\.?\\s*)$"+"\"",schema:"^(?:\\.|(?=[\\s\\S]{1,255}$)(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*\\.?\\s*)$",parentSchema:schema30,data};
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
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate100.errors = vErrors;
return errors === 0;
}

const schema31 = {"description":"Compose short syntax: `[[IP:][HOST_PORT]:]CONTAINER_PORT[/PROTOCOL]`, ports or ranges from 1 to 65535, PROTOCOL tcp, udp or sctp.","oneOf":[{"type":"integer","minimum":1,"maximum":65535},{"type":"string","title":"[[IP:][HOST_PORT]:]CONTAINER_PORT[/PROTOCOL] with ports from 1 to 65535, such as \"8080:80\" or \"127.0.0.1:8443:443/tcp\"","errorMessage":"Expected [[IP:][HOST_PORT]:]CONTAINER_PORT[/PROTOCOL] with ports from 1 to 65535, such as \"8080:80\" or \"127.0.0.1:8443:443/tcp\".","pattern":"^(?:(?:(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|\\[(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))\\]):)?(?:0*(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])(?:-0*(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5]))?)?:)?0*(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])(?:-0*(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5]))?(?:/(?:[tT][cC][pP]|[uU][dD][pP]|[sS][cC][tT][pP]))?$"}]};
const pattern41 = new RegExp("^(?:(?:(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|\\[(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))\\]):)?(?:0*(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])(?:-0*(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5]))?)?:)?0*(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])(?:-0*(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5]))?(?:/(?:[tT][cC][pP]|[uU][dD][pP]|[sS][cC][tT][pP]))?$", "u");

function validate104(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
const err0 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.oneOf[0].type,parentSchema:schema31.oneOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data == "number") && (isFinite(data))){
if(data > 65535 || isNaN(data)){
const err1 = {instancePath,schemaPath:"#/oneOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema31.oneOf[0],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data < 1 || isNaN(data)){
const err2 = {instancePath,schemaPath:"#/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.oneOf[0],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs3 = errors;
if(typeof data === "string"){
if(!pattern41.test(data)){
const err3 = {instancePath,schemaPath:"#/oneOf/1/pattern",keyword:"pattern",params:{pattern: "^(?:(?:(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|\\[(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))\\]):)?(?:0*(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])(?:-0*(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5]))?)?:)?0*(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])(?:-0*(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5]))?(?:/(?:[tT][cC][pP]|[uU][dD][pP]|[sS][cC][tT][pP]))?$"},message:"must match pattern \""+"^(?:(?:(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|\\[(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))\\]):)?(?:0*(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])(?:-0*(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5]))?)?:)?0*(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])(?:-0*(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5]))?(?:/(?:[tT][cC][pP]|[uU][dD][pP]|[sS][cC][tT][pP]))?$"+"\"",schema:"^(?:(?:(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|\\[(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))\\]):)?(?:0*(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])(?:-0*(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5]))?)?:)?0*(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])(?:-0*(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5]))?(?:/(?:[tT][cC][pP]|[uU][dD][pP]|[sS][cC][tT][pP]))?$",parentSchema:schema31.oneOf[1],data};
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
const err4 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.oneOf[1].type,parentSchema:schema31.oneOf[1],data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
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
const err5 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema31.oneOf,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
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
validate104.errors = vErrors;
return errors === 0;
}


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
const err4 = {instancePath,schemaPath:"#/allOf/0/then/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema6.allOf[0].then.not,parentSchema:schema6.allOf[0].then,data};
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
const err5 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema6.allOf[0].if,parentSchema:schema6.allOf[0],data};
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
if(!((func2.call(schema6.properties, key0)) || (pattern0.test(key0)))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema6,data};
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
const err7 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/pattern",keyword:"pattern",params:{pattern: "^(?:(?:sha256:)?[0-9a-f]{64}|(?=[^@]{1,255}(?::[\\w][\\w.-]{0,127})?(?:@|$))(?:(?:\\[[a-fA-F0-9:]+\\]|[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*)(?::[0-9]+)?/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*|[a-z0-9]+(?:(?:_|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)+|[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)(?::[\\w][\\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?)$"},message:"must match pattern \""+"^(?:(?:sha256:)?[0-9a-f]{64}|(?=[^@]{1,255}(?::[\\w][\\w.-]{0,127})?(?:@|$))(?:(?:\\[[a-fA-F0-9:]+\\]|[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*)(?::[0-9]+)?/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*|[a-z0-9]+(?:(?:_|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)+|[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)(?::[\\w][\\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?)$"+"\"",schema:"^(?:(?:sha256:)?[0-9a-f]{64}|(?=[^@]{1,255}(?::[\\w][\\w.-]{0,127})?(?:@|$))(?:(?:\\[[a-fA-F0-9:]+\\]|[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*)(?::[0-9]+)?/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*|[a-z0-9]+(?:(?:_|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)+|[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)(?::[\\w][\\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?)$",parentSchema:schema6.properties.image,data:data0};
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
const err8 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.image.type,parentSchema:schema6.properties.image,data:data0};
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
const err9 = {instancePath:instancePath+"/container",schemaPath:"#/properties/container/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema6.properties.container,data:data1};
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
const err10 = {instancePath:instancePath+"/container",schemaPath:"#/properties/container/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.container.type,parentSchema:schema6.properties.container,data:data1};
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
if(!(validate22(data2, {instancePath:instancePath+"/extends",parentData:data,parentDataProperty:"extends",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
var _valid1 = _errs16 === errors;
if(_valid1){
valid4 = true;
passing0 = 0;
}
const _errs17 = errors;
if(Array.isArray(data2)){
if(data2.length < 1){
const err11 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema6.properties.extends.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate22(data2[i0], {instancePath:instancePath+"/extends/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema6.properties.extends.oneOf[1].type,parentSchema:schema6.properties.extends.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid1 = _errs17 === errors;
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
const err13 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema6.properties.extends.oneOf,parentSchema:schema6.properties.extends,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
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
const err14 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema6.properties.target,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data4.docker !== undefined){
let data5 = data4.docker;
if(!((((data5 === "20.10") || (data5 === "26.1")) || (data5 === 20.1)) || (data5 === 26.1))){
const err15 = {instancePath:instancePath+"/target/docker",schemaPath:"#/properties/target/properties/docker/enum",keyword:"enum",params:{allowedValues: schema6.properties.target.properties.docker.enum},message:"must be equal to one of the allowed values",schema:schema6.properties.target.properties.docker.enum,parentSchema:schema6.properties.target.properties.docker,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data4.cgroup !== undefined){
let data6 = data4.cgroup;
if(!((data6 === "v1") || (data6 === "v2"))){
const err16 = {instancePath:instancePath+"/target/cgroup",schemaPath:"#/properties/target/properties/cgroup/enum",keyword:"enum",params:{allowedValues: schema6.properties.target.properties.cgroup.enum},message:"must be equal to one of the allowed values",schema:schema6.properties.target.properties.cgroup.enum,parentSchema:schema6.properties.target.properties.cgroup,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.properties.target.type,parentSchema:schema6.properties.target,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.command !== undefined){
if(!(validate25(data.command, {instancePath:instancePath+"/command",parentData:data,parentDataProperty:"command",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.entrypoint !== undefined){
if(!(validate25(data.entrypoint, {instancePath:instancePath+"/entrypoint",parentData:data,parentDataProperty:"entrypoint",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.environment !== undefined){
let data9 = data.environment;
const _errs28 = errors;
let valid8 = false;
let passing1 = null;
const _errs29 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key2 in data9){
const _errs31 = errors;
if(typeof key2 === "string"){
if(!pattern3.test(key2)){
const err18 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/oneOf/0/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[^=]+$"},message:"must match pattern \""+"^[^=]+$"+"\"",schema:"^[^=]+$",parentSchema:schema6.properties.environment.oneOf[0].propertyNames,data:key2,propertyName:key2};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
var valid9 = _errs31 === errors;
if(!valid9){
const err19 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/oneOf/0/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid",schema:schema6.properties.environment.oneOf[0].propertyNames,parentSchema:schema6.properties.environment.oneOf[0],data:data9};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
for(const key3 in data9){
let data10 = data9[key3];
if((((typeof data10 !== "string") && (!((typeof data10 == "number") && (isFinite(data10))))) && (typeof data10 !== "boolean")) && (data10 !== null)){
const err20 = {instancePath:instancePath+"/environment/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/environment/oneOf/0/additionalProperties/type",keyword:"type",params:{type: schema6.properties.environment.oneOf[0].additionalProperties.type},message:"must be string,number,boolean,null",schema:schema6.properties.environment.oneOf[0].additionalProperties.type,parentSchema:schema6.properties.environment.oneOf[0].additionalProperties,data:data10};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(typeof data10 === "string"){
if(!pattern4.test(data10)){
const err21 = {instancePath:instancePath+"/environment/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/environment/oneOf/0/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^(?:[^$]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})*\\})*\\}))*$"},message:"must match pattern \""+"^(?:[^$]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})*\\})*\\}))*$"+"\"",schema:"^(?:[^$]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})*\\})*\\}))*$",parentSchema:schema6.properties.environment.oneOf[0].additionalProperties,data:data10};
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
const err22 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.properties.environment.oneOf[0].type,parentSchema:schema6.properties.environment.oneOf[0],data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid2 = _errs29 === errors;
if(_valid2){
valid8 = true;
passing1 = 0;
}
const _errs35 = errors;
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
let data11 = data9[i1];
if(typeof data11 === "string"){
if(!pattern5.test(data11)){
const err23 = {instancePath:instancePath+"/environment/" + i1,schemaPath:"#/properties/environment/oneOf/1/items/pattern",keyword:"pattern",params:{pattern: "^[^=]+(?:=(?:[^$]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})*\\})*\\}))*)?$"},message:"must match pattern \""+"^[^=]+(?:=(?:[^$]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})*\\})*\\}))*)?$"+"\"",schema:"^[^=]+(?:=(?:[^$]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*(?:\\}|(?::-|:\\?|:\\+|-|\\?|\\+)(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})|\\{(?:[^${}]|\\$\\$|\\$(?![{$])|\\$\\{[_a-zA-Z][_a-zA-Z0-9]*\\})*\\})*\\})*\\})*\\}))*)?$",parentSchema:schema6.properties.environment.oneOf[1].items,data:data11};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/environment/" + i1,schemaPath:"#/properties/environment/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.environment.oneOf[1].items.type,parentSchema:schema6.properties.environment.oneOf[1].items,data:data11};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema6.properties.environment.oneOf[1].type,parentSchema:schema6.properties.environment.oneOf[1],data:data9};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid2 = _errs35 === errors;
if(_valid2 && valid8){
valid8 = false;
passing1 = [passing1, 1];
}
else {
if(_valid2){
valid8 = true;
passing1 = 1;
}
}
if(!valid8){
const err26 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema6.properties.environment.oneOf,parentSchema:schema6.properties.environment,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
else {
errors = _errs28;
if(vErrors !== null){
if(_errs28){
vErrors.length = _errs28;
}
else {
vErrors = null;
}
}
}
}
if(data.env_file !== undefined){
let data12 = data.env_file;
const _errs40 = errors;
let valid13 = false;
let passing2 = null;
const _errs41 = errors;
if(typeof data12 === "string"){
if(func3(data12) < 1){
const err27 = {instancePath:instancePath+"/env_file",schemaPath:"#/properties/env_file/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema6.properties.env_file.oneOf[0],data:data12};
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
const err28 = {instancePath:instancePath+"/env_file",schemaPath:"#/properties/env_file/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.env_file.oneOf[0].type,parentSchema:schema6.properties.env_file.oneOf[0],data:data12};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid3 = _errs41 === errors;
if(_valid3){
valid13 = true;
passing2 = 0;
}
const _errs43 = errors;
if(Array.isArray(data12)){
const len2 = data12.length;
for(let i2=0; i2<len2; i2++){
let data13 = data12[i2];
const _errs46 = errors;
let valid16 = false;
let passing3 = null;
const _errs47 = errors;
if(typeof data13 === "string"){
if(func3(data13) < 1){
const err29 = {instancePath:instancePath+"/env_file/" + i2,schemaPath:"#/properties/env_file/oneOf/1/items/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema6.properties.env_file.oneOf[1].items.oneOf[0],data:data13};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/env_file/" + i2,schemaPath:"#/properties/env_file/oneOf/1/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.env_file.oneOf[1].items.oneOf[0].type,parentSchema:schema6.properties.env_file.oneOf[1].items.oneOf[0],data:data13};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid4 = _errs47 === errors;
if(_valid4){
valid16 = true;
passing3 = 0;
}
const _errs49 = errors;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.path === undefined){
const err31 = {instancePath:instancePath+"/env_file/" + i2,schemaPath:"#/properties/env_file/oneOf/1/items/oneOf/1/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema6.properties.env_file.oneOf[1].items.oneOf[1].required,parentSchema:schema6.properties.env_file.oneOf[1].items.oneOf[1],data:data13};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
for(const key4 in data13){
if(!((key4 === "path") || (key4 === "required"))){
const err32 = {instancePath:instancePath+"/env_file/" + i2,schemaPath:"#/properties/env_file/oneOf/1/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema6.properties.env_file.oneOf[1].items.oneOf[1],data:data13};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data13.path !== undefined){
let data14 = data13.path;
if(typeof data14 === "string"){
if(func3(data14) < 1){
const err33 = {instancePath:instancePath+"/env_file/" + i2+"/path",schemaPath:"#/properties/env_file/oneOf/1/items/oneOf/1/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema6.properties.env_file.oneOf[1].items.oneOf[1].properties.path,data:data14};
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
const err34 = {instancePath:instancePath+"/env_file/" + i2+"/path",schemaPath:"#/properties/env_file/oneOf/1/items/oneOf/1/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.env_file.oneOf[1].items.oneOf[1].properties.path.type,parentSchema:schema6.properties.env_file.oneOf[1].items.oneOf[1].properties.path,data:data14};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data13.required !== undefined){
let data15 = data13.required;
if(typeof data15 !== "boolean"){
const err35 = {instancePath:instancePath+"/env_file/" + i2+"/required",schemaPath:"#/properties/env_file/oneOf/1/items/oneOf/1/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema6.properties.env_file.oneOf[1].items.oneOf[1].properties.required.type,parentSchema:schema6.properties.env_file.oneOf[1].items.oneOf[1].properties.required,data:data15};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/env_file/" + i2,schemaPath:"#/properties/env_file/oneOf/1/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.properties.env_file.oneOf[1].items.oneOf[1].type,parentSchema:schema6.properties.env_file.oneOf[1].items.oneOf[1],data:data13};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var _valid4 = _errs49 === errors;
if(_valid4 && valid16){
valid16 = false;
passing3 = [passing3, 1];
}
else {
if(_valid4){
valid16 = true;
passing3 = 1;
}
}
if(!valid16){
const err37 = {instancePath:instancePath+"/env_file/" + i2,schemaPath:"#/properties/env_file/oneOf/1/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf",schema:schema6.properties.env_file.oneOf[1].items.oneOf,parentSchema:schema6.properties.env_file.oneOf[1].items,data:data13};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
else {
errors = _errs46;
if(vErrors !== null){
if(_errs46){
vErrors.length = _errs46;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err38 = {instancePath:instancePath+"/env_file",schemaPath:"#/properties/env_file/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema6.properties.env_file.oneOf[1].type,parentSchema:schema6.properties.env_file.oneOf[1],data:data12};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var _valid3 = _errs43 === errors;
if(_valid3 && valid13){
valid13 = false;
passing2 = [passing2, 1];
}
else {
if(_valid3){
valid13 = true;
passing2 = 1;
}
}
if(!valid13){
const err39 = {instancePath:instancePath+"/env_file",schemaPath:"#/properties/env_file/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf",schema:schema6.properties.env_file.oneOf,parentSchema:schema6.properties.env_file,data:data12};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
else {
errors = _errs40;
if(vErrors !== null){
if(_errs40){
vErrors.length = _errs40;
}
else {
vErrors = null;
}
}
}
}
if(data.allow_plaintext !== undefined){
if(!(validate26(data.allow_plaintext, {instancePath:instancePath+"/allow_plaintext",parentData:data,parentDataProperty:"allow_plaintext",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data.user !== undefined){
let data17 = data.user;
if(typeof data17 !== "string"){
const err40 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.user.type,parentSchema:schema6.properties.user,data:data17};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.working_dir !== undefined){
let data18 = data.working_dir;
if(typeof data18 === "string"){
if(!pattern6.test(data18)){
const err41 = {instancePath:instancePath+"/working_dir",schemaPath:"#/properties/working_dir/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\"",schema:"^/",parentSchema:schema6.properties.working_dir,data:data18};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/working_dir",schemaPath:"#/properties/working_dir/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.working_dir.type,parentSchema:schema6.properties.working_dir,data:data18};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.container_name !== undefined){
let data19 = data.container_name;
if(typeof data19 === "string"){
if(!pattern7.test(data19)){
const err43 = {instancePath:instancePath+"/container_name",schemaPath:"#/properties/container_name/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]+$"},message:"must match pattern \""+"^[a-zA-Z0-9][a-zA-Z0-9_.-]+$"+"\"",schema:"^[a-zA-Z0-9][a-zA-Z0-9_.-]+$",parentSchema:schema6.properties.container_name,data:data19};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/container_name",schemaPath:"#/properties/container_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.container_name.type,parentSchema:schema6.properties.container_name,data:data19};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.hostname !== undefined){
let data20 = data.hostname;
if(typeof data20 !== "string"){
const err45 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.hostname.type,parentSchema:schema6.properties.hostname,data:data20};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.domainname !== undefined){
let data21 = data.domainname;
if(typeof data21 !== "string"){
const err46 = {instancePath:instancePath+"/domainname",schemaPath:"#/properties/domainname/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.domainname.type,parentSchema:schema6.properties.domainname,data:data21};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.tty !== undefined){
let data22 = data.tty;
if(typeof data22 !== "boolean"){
const err47 = {instancePath:instancePath+"/tty",schemaPath:"#/properties/tty/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema6.properties.tty.type,parentSchema:schema6.properties.tty,data:data22};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.read_only !== undefined){
let data23 = data.read_only;
if(typeof data23 !== "boolean"){
const err48 = {instancePath:instancePath+"/read_only",schemaPath:"#/properties/read_only/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema6.properties.read_only.type,parentSchema:schema6.properties.read_only,data:data23};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.privileged !== undefined){
let data24 = data.privileged;
if(typeof data24 !== "boolean"){
const err49 = {instancePath:instancePath+"/privileged",schemaPath:"#/properties/privileged/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema6.properties.privileged.type,parentSchema:schema6.properties.privileged,data:data24};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.cap_add !== undefined){
let data25 = data.cap_add;
if(Array.isArray(data25)){
const len3 = data25.length;
for(let i3=0; i3<len3; i3++){
if(!(validate31(data25[i3], {instancePath:instancePath+"/cap_add/" + i3,parentData:data25,parentDataProperty:i3,rootData}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
}
else {
const err50 = {instancePath:instancePath+"/cap_add",schemaPath:"#/properties/cap_add/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema6.properties.cap_add.type,parentSchema:schema6.properties.cap_add,data:data25};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.cap_drop !== undefined){
let data27 = data.cap_drop;
if(Array.isArray(data27)){
const len4 = data27.length;
for(let i4=0; i4<len4; i4++){
if(!(validate31(data27[i4], {instancePath:instancePath+"/cap_drop/" + i4,parentData:data27,parentDataProperty:i4,rootData}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
}
else {
const err51 = {instancePath:instancePath+"/cap_drop",schemaPath:"#/properties/cap_drop/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema6.properties.cap_drop.type,parentSchema:schema6.properties.cap_drop,data:data27};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.volumes !== undefined){
let data29 = data.volumes;
if(Array.isArray(data29)){
const len5 = data29.length;
for(let i5=0; i5<len5; i5++){
let data30 = data29[i5];
const _errs82 = errors;
let valid24 = false;
let passing4 = null;
const _errs83 = errors;
if(!(validate34(data30, {instancePath:instancePath+"/volumes/" + i5,parentData:data29,parentDataProperty:i5,rootData}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
var _valid5 = _errs83 === errors;
if(_valid5){
valid24 = true;
passing4 = 0;
}
const _errs84 = errors;
if(!(validate36(data30, {instancePath:instancePath+"/volumes/" + i5,parentData:data29,parentDataProperty:i5,rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
var _valid5 = _errs84 === errors;
if(_valid5 && valid24){
valid24 = false;
passing4 = [passing4, 1];
}
else {
if(_valid5){
valid24 = true;
passing4 = 1;
}
}
if(!valid24){
const err52 = {instancePath:instancePath+"/volumes/" + i5,schemaPath:"#/properties/volumes/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing4},message:"must match exactly one schema in oneOf",schema:schema6.properties.volumes.items.oneOf,parentSchema:schema6.properties.volumes.items,data:data30};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
else {
errors = _errs82;
if(vErrors !== null){
if(_errs82){
vErrors.length = _errs82;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err53 = {instancePath:instancePath+"/volumes",schemaPath:"#/properties/volumes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema6.properties.volumes.type,parentSchema:schema6.properties.volumes,data:data29};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data.tmpfs !== undefined){
let data31 = data.tmpfs;
const _errs86 = errors;
let valid25 = false;
let passing5 = null;
const _errs87 = errors;
if(!(validate40(data31, {instancePath:instancePath+"/tmpfs",parentData:data,parentDataProperty:"tmpfs",rootData}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
var _valid6 = _errs87 === errors;
if(_valid6){
valid25 = true;
passing5 = 0;
}
const _errs88 = errors;
if(Array.isArray(data31)){
const len6 = data31.length;
for(let i6=0; i6<len6; i6++){
if(!(validate40(data31[i6], {instancePath:instancePath+"/tmpfs/" + i6,parentData:data31,parentDataProperty:i6,rootData}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
}
}
else {
const err54 = {instancePath:instancePath+"/tmpfs",schemaPath:"#/properties/tmpfs/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema6.properties.tmpfs.oneOf[1].type,parentSchema:schema6.properties.tmpfs.oneOf[1],data:data31};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
var _valid6 = _errs88 === errors;
if(_valid6 && valid25){
valid25 = false;
passing5 = [passing5, 1];
}
else {
if(_valid6){
valid25 = true;
passing5 = 1;
}
}
if(!valid25){
const err55 = {instancePath:instancePath+"/tmpfs",schemaPath:"#/properties/tmpfs/oneOf",keyword:"oneOf",params:{passingSchemas: passing5},message:"must match exactly one schema in oneOf",schema:schema6.properties.tmpfs.oneOf,parentSchema:schema6.properties.tmpfs,data:data31};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
else {
errors = _errs86;
if(vErrors !== null){
if(_errs86){
vErrors.length = _errs86;
}
else {
vErrors = null;
}
}
}
}
if(data.labels !== undefined){
let data33 = data.labels;
const _errs92 = errors;
let valid28 = false;
let passing6 = null;
const _errs93 = errors;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
for(const key5 in data33){
const _errs95 = errors;
if(typeof key5 === "string"){
if(func3(key5) < 1){
const err56 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/oneOf/0/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema6.properties.labels.oneOf[0].propertyNames,data:key5,propertyName:key5};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
var valid29 = _errs95 === errors;
if(!valid29){
const err57 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/oneOf/0/propertyNames",keyword:"propertyNames",params:{propertyName: key5},message:"property name must be valid",schema:schema6.properties.labels.oneOf[0].propertyNames,parentSchema:schema6.properties.labels.oneOf[0],data:data33};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
for(const key6 in data33){
let data34 = data33[key6];
if(typeof data34 !== "string"){
const err58 = {instancePath:instancePath+"/labels/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/labels/oneOf/0/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.labels.oneOf[0].additionalProperties.type,parentSchema:schema6.properties.labels.oneOf[0].additionalProperties,data:data34};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
else {
const err59 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.properties.labels.oneOf[0].type,parentSchema:schema6.properties.labels.oneOf[0],data:data33};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
var _valid7 = _errs93 === errors;
if(_valid7){
valid28 = true;
passing6 = 0;
}
const _errs99 = errors;
if(!(validate43(data33, {instancePath:instancePath+"/labels",parentData:data,parentDataProperty:"labels",rootData}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
var _valid7 = _errs99 === errors;
if(_valid7 && valid28){
valid28 = false;
passing6 = [passing6, 1];
}
else {
if(_valid7){
valid28 = true;
passing6 = 1;
}
}
if(!valid28){
const err60 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/oneOf",keyword:"oneOf",params:{passingSchemas: passing6},message:"must match exactly one schema in oneOf",schema:schema6.properties.labels.oneOf,parentSchema:schema6.properties.labels,data:data33};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
else {
errors = _errs92;
if(vErrors !== null){
if(_errs92){
vErrors.length = _errs92;
}
else {
vErrors = null;
}
}
}
}
if(data.patches !== undefined){
let data35 = data.patches;
if(Array.isArray(data35)){
const len7 = data35.length;
for(let i7=0; i7<len7; i7++){
if(!(validate45(data35[i7], {instancePath:instancePath+"/patches/" + i7,parentData:data35,parentDataProperty:i7,rootData}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
}
}
else {
const err61 = {instancePath:instancePath+"/patches",schemaPath:"#/properties/patches/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema6.properties.patches.type,parentSchema:schema6.properties.patches,data:data35};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data.group_add !== undefined){
let data37 = data.group_add;
if(Array.isArray(data37)){
const len8 = data37.length;
for(let i8=0; i8<len8; i8++){
let data38 = data37[i8];
if((typeof data38 !== "string") && (!(((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38))) && (isFinite(data38))))){
const err62 = {instancePath:instancePath+"/group_add/" + i8,schemaPath:"#/properties/group_add/items/type",keyword:"type",params:{type: schema6.properties.group_add.items.type},message:"must be string,integer",schema:schema6.properties.group_add.items.type,parentSchema:schema6.properties.group_add.items,data:data38};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/group_add",schemaPath:"#/properties/group_add/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema6.properties.group_add.type,parentSchema:schema6.properties.group_add,data:data37};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data.security_opt !== undefined){
let data39 = data.security_opt;
if(Array.isArray(data39)){
const len9 = data39.length;
for(let i9=0; i9<len9; i9++){
if(!(validate50(data39[i9], {instancePath:instancePath+"/security_opt/" + i9,parentData:data39,parentDataProperty:i9,rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
}
}
else {
const err64 = {instancePath:instancePath+"/security_opt",schemaPath:"#/properties/security_opt/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema6.properties.security_opt.type,parentSchema:schema6.properties.security_opt,data:data39};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data.devices !== undefined){
let data41 = data.devices;
if(Array.isArray(data41)){
const len10 = data41.length;
for(let i10=0; i10<len10; i10++){
if(!(validate52(data41[i10], {instancePath:instancePath+"/devices/" + i10,parentData:data41,parentDataProperty:i10,rootData}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
}
}
else {
const err65 = {instancePath:instancePath+"/devices",schemaPath:"#/properties/devices/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema6.properties.devices.type,parentSchema:schema6.properties.devices,data:data41};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data.device_cgroup_rules !== undefined){
let data43 = data.device_cgroup_rules;
if(Array.isArray(data43)){
const len11 = data43.length;
for(let i11=0; i11<len11; i11++){
if(!(validate54(data43[i11], {instancePath:instancePath+"/device_cgroup_rules/" + i11,parentData:data43,parentDataProperty:i11,rootData}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
else {
const err66 = {instancePath:instancePath+"/device_cgroup_rules",schemaPath:"#/properties/device_cgroup_rules/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema6.properties.device_cgroup_rules.type,parentSchema:schema6.properties.device_cgroup_rules,data:data43};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data.ulimits !== undefined){
let data45 = data.ulimits;
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
for(const key7 in data45){
if(!(func2.call(schema6.properties.ulimits.properties, key7))){
const err67 = {instancePath:instancePath+"/ulimits",schemaPath:"#/properties/ulimits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema6.properties.ulimits,data:data45};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data45.core !== undefined){
if(!(validate56(data45.core, {instancePath:instancePath+"/ulimits/core",parentData:data45,parentDataProperty:"core",rootData}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
}
if(data45.cpu !== undefined){
if(!(validate56(data45.cpu, {instancePath:instancePath+"/ulimits/cpu",parentData:data45,parentDataProperty:"cpu",rootData}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
}
if(data45.data !== undefined){
if(!(validate56(data45.data, {instancePath:instancePath+"/ulimits/data",parentData:data45,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
}
if(data45.fsize !== undefined){
if(!(validate56(data45.fsize, {instancePath:instancePath+"/ulimits/fsize",parentData:data45,parentDataProperty:"fsize",rootData}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
}
if(data45.locks !== undefined){
if(!(validate56(data45.locks, {instancePath:instancePath+"/ulimits/locks",parentData:data45,parentDataProperty:"locks",rootData}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
}
if(data45.memlock !== undefined){
if(!(validate56(data45.memlock, {instancePath:instancePath+"/ulimits/memlock",parentData:data45,parentDataProperty:"memlock",rootData}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
}
if(data45.msgqueue !== undefined){
if(!(validate56(data45.msgqueue, {instancePath:instancePath+"/ulimits/msgqueue",parentData:data45,parentDataProperty:"msgqueue",rootData}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
}
if(data45.nice !== undefined){
if(!(validate56(data45.nice, {instancePath:instancePath+"/ulimits/nice",parentData:data45,parentDataProperty:"nice",rootData}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
}
if(data45.nofile !== undefined){
if(!(validate56(data45.nofile, {instancePath:instancePath+"/ulimits/nofile",parentData:data45,parentDataProperty:"nofile",rootData}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
}
if(data45.nproc !== undefined){
if(!(validate56(data45.nproc, {instancePath:instancePath+"/ulimits/nproc",parentData:data45,parentDataProperty:"nproc",rootData}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
}
if(data45.rss !== undefined){
if(!(validate56(data45.rss, {instancePath:instancePath+"/ulimits/rss",parentData:data45,parentDataProperty:"rss",rootData}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
}
if(data45.rtprio !== undefined){
if(!(validate56(data45.rtprio, {instancePath:instancePath+"/ulimits/rtprio",parentData:data45,parentDataProperty:"rtprio",rootData}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
}
if(data45.rttime !== undefined){
if(!(validate56(data45.rttime, {instancePath:instancePath+"/ulimits/rttime",parentData:data45,parentDataProperty:"rttime",rootData}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
}
if(data45.sigpending !== undefined){
if(!(validate56(data45.sigpending, {instancePath:instancePath+"/ulimits/sigpending",parentData:data45,parentDataProperty:"sigpending",rootData}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
}
if(data45.stack !== undefined){
if(!(validate56(data45.stack, {instancePath:instancePath+"/ulimits/stack",parentData:data45,parentDataProperty:"stack",rootData}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
}
}
else {
const err68 = {instancePath:instancePath+"/ulimits",schemaPath:"#/properties/ulimits/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.properties.ulimits.type,parentSchema:schema6.properties.ulimits,data:data45};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data.sysctls !== undefined){
let data61 = data.sysctls;
const _errs135 = errors;
let valid42 = false;
let passing7 = null;
const _errs136 = errors;
if(data61 && typeof data61 == "object" && !Array.isArray(data61)){
for(const key8 in data61){
const _errs138 = errors;
if(typeof key8 === "string"){
if(!pattern26.test(key8)){
const err69 = {instancePath:instancePath+"/sysctls",schemaPath:"#/properties/sysctls/oneOf/0/propertyNames/pattern",keyword:"pattern",params:{pattern: "^(?:kernel\\.(?:msgmax|msgmnb|msgmni|sem|shmall|shmmax|shmmni|shm_rmid_forced)|net\\.[^=]*|fs\\.mqueue\\.[^=]*)$"},message:"must match pattern \""+"^(?:kernel\\.(?:msgmax|msgmnb|msgmni|sem|shmall|shmmax|shmmni|shm_rmid_forced)|net\\.[^=]*|fs\\.mqueue\\.[^=]*)$"+"\"",schema:"^(?:kernel\\.(?:msgmax|msgmnb|msgmni|sem|shmall|shmmax|shmmni|shm_rmid_forced)|net\\.[^=]*|fs\\.mqueue\\.[^=]*)$",parentSchema:schema6.properties.sysctls.oneOf[0].propertyNames,data:key8,propertyName:key8};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
var valid43 = _errs138 === errors;
if(!valid43){
const err70 = {instancePath:instancePath+"/sysctls",schemaPath:"#/properties/sysctls/oneOf/0/propertyNames",keyword:"propertyNames",params:{propertyName: key8},message:"property name must be valid",schema:schema6.properties.sysctls.oneOf[0].propertyNames,parentSchema:schema6.properties.sysctls.oneOf[0],data:data61};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
for(const key9 in data61){
let data62 = data61[key9];
if((typeof data62 !== "string") && (!((typeof data62 == "number") && (isFinite(data62))))){
const err71 = {instancePath:instancePath+"/sysctls/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/sysctls/oneOf/0/additionalProperties/type",keyword:"type",params:{type: schema6.properties.sysctls.oneOf[0].additionalProperties.type},message:"must be string,number",schema:schema6.properties.sysctls.oneOf[0].additionalProperties.type,parentSchema:schema6.properties.sysctls.oneOf[0].additionalProperties,data:data62};
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
const err72 = {instancePath:instancePath+"/sysctls",schemaPath:"#/properties/sysctls/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.properties.sysctls.oneOf[0].type,parentSchema:schema6.properties.sysctls.oneOf[0],data:data61};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
var _valid8 = _errs136 === errors;
if(_valid8){
valid42 = true;
passing7 = 0;
}
const _errs142 = errors;
if(Array.isArray(data61)){
const len12 = data61.length;
for(let i12=0; i12<len12; i12++){
let data63 = data61[i12];
if(typeof data63 === "string"){
if(!pattern27.test(data63)){
const err73 = {instancePath:instancePath+"/sysctls/" + i12,schemaPath:"#/properties/sysctls/oneOf/1/items/pattern",keyword:"pattern",params:{pattern: "^(?:kernel\\.(?:msgmax|msgmnb|msgmni|sem|shmall|shmmax|shmmni|shm_rmid_forced)|net\\.[^=]*|fs\\.mqueue\\.[^=]*)="},message:"must match pattern \""+"^(?:kernel\\.(?:msgmax|msgmnb|msgmni|sem|shmall|shmmax|shmmni|shm_rmid_forced)|net\\.[^=]*|fs\\.mqueue\\.[^=]*)="+"\"",schema:"^(?:kernel\\.(?:msgmax|msgmnb|msgmni|sem|shmall|shmmax|shmmni|shm_rmid_forced)|net\\.[^=]*|fs\\.mqueue\\.[^=]*)=",parentSchema:schema6.properties.sysctls.oneOf[1].items,data:data63};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
else {
const err74 = {instancePath:instancePath+"/sysctls/" + i12,schemaPath:"#/properties/sysctls/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.sysctls.oneOf[1].items.type,parentSchema:schema6.properties.sysctls.oneOf[1].items,data:data63};
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
const err75 = {instancePath:instancePath+"/sysctls",schemaPath:"#/properties/sysctls/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema6.properties.sysctls.oneOf[1].type,parentSchema:schema6.properties.sysctls.oneOf[1],data:data61};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
var _valid8 = _errs142 === errors;
if(_valid8 && valid42){
valid42 = false;
passing7 = [passing7, 1];
}
else {
if(_valid8){
valid42 = true;
passing7 = 1;
}
}
if(!valid42){
const err76 = {instancePath:instancePath+"/sysctls",schemaPath:"#/properties/sysctls/oneOf",keyword:"oneOf",params:{passingSchemas: passing7},message:"must match exactly one schema in oneOf",schema:schema6.properties.sysctls.oneOf,parentSchema:schema6.properties.sysctls,data:data61};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
else {
errors = _errs135;
if(vErrors !== null){
if(_errs135){
vErrors.length = _errs135;
}
else {
vErrors = null;
}
}
}
}
if(data.mem_limit !== undefined){
if(!(validate72(data.mem_limit, {instancePath:instancePath+"/mem_limit",parentData:data,parentDataProperty:"mem_limit",rootData}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
}
if(data.mem_reservation !== undefined){
if(!(validate72(data.mem_reservation, {instancePath:instancePath+"/mem_reservation",parentData:data,parentDataProperty:"mem_reservation",rootData}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
}
if(data.memswap_limit !== undefined){
let data66 = data.memswap_limit;
const _errs149 = errors;
let valid47 = false;
let passing8 = null;
const _errs150 = errors;
if(!(validate37(data66, {instancePath:instancePath+"/memswap_limit",parentData:data,parentDataProperty:"memswap_limit",rootData}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
var _valid9 = _errs150 === errors;
if(_valid9){
valid47 = true;
passing8 = 0;
}
const _errs151 = errors;
if(-1 !== data66){
const err77 = {instancePath:instancePath+"/memswap_limit",schemaPath:"#/properties/memswap_limit/oneOf/1/const",keyword:"const",params:{allowedValue: -1},message:"must be equal to constant",schema:-1,parentSchema:schema6.properties.memswap_limit.oneOf[1],data:data66};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
var _valid9 = _errs151 === errors;
if(_valid9 && valid47){
valid47 = false;
passing8 = [passing8, 1];
}
else {
if(_valid9){
valid47 = true;
passing8 = 1;
}
const _errs152 = errors;
if("-1" !== data66){
const err78 = {instancePath:instancePath+"/memswap_limit",schemaPath:"#/properties/memswap_limit/oneOf/2/const",keyword:"const",params:{allowedValue: "-1"},message:"must be equal to constant",schema:"-1",parentSchema:schema6.properties.memswap_limit.oneOf[2],data:data66};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
var _valid9 = _errs152 === errors;
if(_valid9 && valid47){
valid47 = false;
passing8 = [passing8, 2];
}
else {
if(_valid9){
valid47 = true;
passing8 = 2;
}
}
}
if(!valid47){
const err79 = {instancePath:instancePath+"/memswap_limit",schemaPath:"#/properties/memswap_limit/oneOf",keyword:"oneOf",params:{passingSchemas: passing8},message:"must match exactly one schema in oneOf",schema:schema6.properties.memswap_limit.oneOf,parentSchema:schema6.properties.memswap_limit,data:data66};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
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
if(data.mem_swappiness !== undefined){
let data67 = data.mem_swappiness;
if(!(((typeof data67 == "number") && (!(data67 % 1) && !isNaN(data67))) && (isFinite(data67)))){
const err80 = {instancePath:instancePath+"/mem_swappiness",schemaPath:"#/properties/mem_swappiness/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema6.properties.mem_swappiness.type,parentSchema:schema6.properties.mem_swappiness,data:data67};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if((typeof data67 == "number") && (isFinite(data67))){
if(data67 > 100 || isNaN(data67)){
const err81 = {instancePath:instancePath+"/mem_swappiness",schemaPath:"#/properties/mem_swappiness/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema6.properties.mem_swappiness,data:data67};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if(data67 < 0 || isNaN(data67)){
const err82 = {instancePath:instancePath+"/mem_swappiness",schemaPath:"#/properties/mem_swappiness/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema6.properties.mem_swappiness,data:data67};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
if(data.oom_kill_disable !== undefined){
let data68 = data.oom_kill_disable;
if(typeof data68 !== "boolean"){
const err83 = {instancePath:instancePath+"/oom_kill_disable",schemaPath:"#/properties/oom_kill_disable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema6.properties.oom_kill_disable.type,parentSchema:schema6.properties.oom_kill_disable,data:data68};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data.oom_score_adj !== undefined){
let data69 = data.oom_score_adj;
if(!(((typeof data69 == "number") && (!(data69 % 1) && !isNaN(data69))) && (isFinite(data69)))){
const err84 = {instancePath:instancePath+"/oom_score_adj",schemaPath:"#/properties/oom_score_adj/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema6.properties.oom_score_adj.type,parentSchema:schema6.properties.oom_score_adj,data:data69};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if((typeof data69 == "number") && (isFinite(data69))){
if(data69 > 1000 || isNaN(data69)){
const err85 = {instancePath:instancePath+"/oom_score_adj",schemaPath:"#/properties/oom_score_adj/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema6.properties.oom_score_adj,data:data69};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(data69 < -1000 || isNaN(data69)){
const err86 = {instancePath:instancePath+"/oom_score_adj",schemaPath:"#/properties/oom_score_adj/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000},message:"must be >= -1000",schema:-1000,parentSchema:schema6.properties.oom_score_adj,data:data69};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
if(data.cpus !== undefined){
let data70 = data.cpus;
const _errs160 = errors;
let valid48 = false;
let passing9 = null;
const _errs161 = errors;
if((typeof data70 == "number") && (isFinite(data70))){
if(data70 <= 0 || isNaN(data70)){
const err87 = {instancePath:instancePath+"/cpus",schemaPath:"#/properties/cpus/oneOf/0/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema6.properties.cpus.oneOf[0],data:data70};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
else {
const err88 = {instancePath:instancePath+"/cpus",schemaPath:"#/properties/cpus/oneOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema6.properties.cpus.oneOf[0].type,parentSchema:schema6.properties.cpus.oneOf[0],data:data70};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
var _valid10 = _errs161 === errors;
if(_valid10){
valid48 = true;
passing9 = 0;
}
const _errs163 = errors;
if(typeof data70 === "string"){
if(!pattern29.test(data70)){
const err89 = {instancePath:instancePath+"/cpus",schemaPath:"#/properties/cpus/oneOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*(?=[0-9.]*[1-9])(?:[0-9]+(?:\\.[0-9]{0,9}0*)?|\\.[0-9]{1,9}0*)\\s*$"},message:"must match pattern \""+"^\\s*(?=[0-9.]*[1-9])(?:[0-9]+(?:\\.[0-9]{0,9}0*)?|\\.[0-9]{1,9}0*)\\s*$"+"\"",schema:"^\\s*(?=[0-9.]*[1-9])(?:[0-9]+(?:\\.[0-9]{0,9}0*)?|\\.[0-9]{1,9}0*)\\s*$",parentSchema:schema6.properties.cpus.oneOf[1],data:data70};
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
const err90 = {instancePath:instancePath+"/cpus",schemaPath:"#/properties/cpus/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.cpus.oneOf[1].type,parentSchema:schema6.properties.cpus.oneOf[1],data:data70};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
var _valid10 = _errs163 === errors;
if(_valid10 && valid48){
valid48 = false;
passing9 = [passing9, 1];
}
else {
if(_valid10){
valid48 = true;
passing9 = 1;
}
}
if(!valid48){
const err91 = {instancePath:instancePath+"/cpus",schemaPath:"#/properties/cpus/oneOf",keyword:"oneOf",params:{passingSchemas: passing9},message:"must match exactly one schema in oneOf",schema:schema6.properties.cpus.oneOf,parentSchema:schema6.properties.cpus,data:data70};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
else {
errors = _errs160;
if(vErrors !== null){
if(_errs160){
vErrors.length = _errs160;
}
else {
vErrors = null;
}
}
}
}
if(data.cpu_shares !== undefined){
let data71 = data.cpu_shares;
if(!(((typeof data71 == "number") && (!(data71 % 1) && !isNaN(data71))) && (isFinite(data71)))){
const err92 = {instancePath:instancePath+"/cpu_shares",schemaPath:"#/properties/cpu_shares/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema6.properties.cpu_shares.type,parentSchema:schema6.properties.cpu_shares,data:data71};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if((typeof data71 == "number") && (isFinite(data71))){
if(data71 < 0 || isNaN(data71)){
const err93 = {instancePath:instancePath+"/cpu_shares",schemaPath:"#/properties/cpu_shares/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema6.properties.cpu_shares,data:data71};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
}
if(data.cpu_quota !== undefined){
let data72 = data.cpu_quota;
if(!(((typeof data72 == "number") && (!(data72 % 1) && !isNaN(data72))) && (isFinite(data72)))){
const err94 = {instancePath:instancePath+"/cpu_quota",schemaPath:"#/properties/cpu_quota/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema6.properties.cpu_quota.type,parentSchema:schema6.properties.cpu_quota,data:data72};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
const _errs169 = errors;
let valid49 = false;
const _errs170 = errors;
if((typeof data72 == "number") && (isFinite(data72))){
if(data72 > 0 || isNaN(data72)){
const err95 = {instancePath:instancePath+"/cpu_quota",schemaPath:"#/properties/cpu_quota/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 0},message:"must be <= 0",schema:0,parentSchema:schema6.properties.cpu_quota.anyOf[0],data:data72};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if(data72 < -1 || isNaN(data72)){
const err96 = {instancePath:instancePath+"/cpu_quota",schemaPath:"#/properties/cpu_quota/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema6.properties.cpu_quota.anyOf[0],data:data72};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
var _valid11 = _errs170 === errors;
valid49 = valid49 || _valid11;
if(!valid49){
const _errs171 = errors;
if((typeof data72 == "number") && (isFinite(data72))){
if(data72 < 1000 || isNaN(data72)){
const err97 = {instancePath:instancePath+"/cpu_quota",schemaPath:"#/properties/cpu_quota/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1000},message:"must be >= 1000",schema:1000,parentSchema:schema6.properties.cpu_quota.anyOf[1],data:data72};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
var _valid11 = _errs171 === errors;
valid49 = valid49 || _valid11;
}
if(!valid49){
const err98 = {instancePath:instancePath+"/cpu_quota",schemaPath:"#/properties/cpu_quota/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema6.properties.cpu_quota.anyOf,parentSchema:schema6.properties.cpu_quota,data:data72};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
else {
errors = _errs169;
if(vErrors !== null){
if(_errs169){
vErrors.length = _errs169;
}
else {
vErrors = null;
}
}
}
}
if(data.cpu_period !== undefined){
let data73 = data.cpu_period;
if(!(((typeof data73 == "number") && (!(data73 % 1) && !isNaN(data73))) && (isFinite(data73)))){
const err99 = {instancePath:instancePath+"/cpu_period",schemaPath:"#/properties/cpu_period/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema6.properties.cpu_period.type,parentSchema:schema6.properties.cpu_period,data:data73};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
const _errs174 = errors;
let valid50 = false;
const _errs175 = errors;
if(0 !== data73){
const err100 = {instancePath:instancePath+"/cpu_period",schemaPath:"#/properties/cpu_period/anyOf/0/const",keyword:"const",params:{allowedValue: 0},message:"must be equal to constant",schema:0,parentSchema:schema6.properties.cpu_period.anyOf[0],data:data73};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
var _valid12 = _errs175 === errors;
valid50 = valid50 || _valid12;
if(!valid50){
const _errs176 = errors;
if((typeof data73 == "number") && (isFinite(data73))){
if(data73 > 1000000 || isNaN(data73)){
const err101 = {instancePath:instancePath+"/cpu_period",schemaPath:"#/properties/cpu_period/anyOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema6.properties.cpu_period.anyOf[1],data:data73};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if(data73 < 1000 || isNaN(data73)){
const err102 = {instancePath:instancePath+"/cpu_period",schemaPath:"#/properties/cpu_period/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1000},message:"must be >= 1000",schema:1000,parentSchema:schema6.properties.cpu_period.anyOf[1],data:data73};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
var _valid12 = _errs176 === errors;
valid50 = valid50 || _valid12;
}
if(!valid50){
const err103 = {instancePath:instancePath+"/cpu_period",schemaPath:"#/properties/cpu_period/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema6.properties.cpu_period.anyOf,parentSchema:schema6.properties.cpu_period,data:data73};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
else {
errors = _errs174;
if(vErrors !== null){
if(_errs174){
vErrors.length = _errs174;
}
else {
vErrors = null;
}
}
}
}
if(data.cpu_rt_runtime !== undefined){
let data74 = data.cpu_rt_runtime;
const _errs178 = errors;
let valid51 = false;
let passing10 = null;
const _errs179 = errors;
if(!(((typeof data74 == "number") && (!(data74 % 1) && !isNaN(data74))) && (isFinite(data74)))){
const err104 = {instancePath:instancePath+"/cpu_rt_runtime",schemaPath:"#/properties/cpu_rt_runtime/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema6.properties.cpu_rt_runtime.oneOf[0].type,parentSchema:schema6.properties.cpu_rt_runtime.oneOf[0],data:data74};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
if((typeof data74 == "number") && (isFinite(data74))){
if(data74 < 0 || isNaN(data74)){
const err105 = {instancePath:instancePath+"/cpu_rt_runtime",schemaPath:"#/properties/cpu_rt_runtime/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema6.properties.cpu_rt_runtime.oneOf[0],data:data74};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
var _valid13 = _errs179 === errors;
if(_valid13){
valid51 = true;
passing10 = 0;
}
const _errs181 = errors;
if(!(validate76(data74, {instancePath:instancePath+"/cpu_rt_runtime",parentData:data,parentDataProperty:"cpu_rt_runtime",rootData}))){
vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
errors = vErrors.length;
}
var _valid13 = _errs181 === errors;
if(_valid13 && valid51){
valid51 = false;
passing10 = [passing10, 1];
}
else {
if(_valid13){
valid51 = true;
passing10 = 1;
}
}
if(!valid51){
const err106 = {instancePath:instancePath+"/cpu_rt_runtime",schemaPath:"#/properties/cpu_rt_runtime/oneOf",keyword:"oneOf",params:{passingSchemas: passing10},message:"must match exactly one schema in oneOf",schema:schema6.properties.cpu_rt_runtime.oneOf,parentSchema:schema6.properties.cpu_rt_runtime,data:data74};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
else {
errors = _errs178;
if(vErrors !== null){
if(_errs178){
vErrors.length = _errs178;
}
else {
vErrors = null;
}
}
}
}
if(data.cpu_rt_period !== undefined){
let data75 = data.cpu_rt_period;
const _errs183 = errors;
let valid52 = false;
let passing11 = null;
const _errs184 = errors;
if(!(((typeof data75 == "number") && (!(data75 % 1) && !isNaN(data75))) && (isFinite(data75)))){
const err107 = {instancePath:instancePath+"/cpu_rt_period",schemaPath:"#/properties/cpu_rt_period/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema6.properties.cpu_rt_period.oneOf[0].type,parentSchema:schema6.properties.cpu_rt_period.oneOf[0],data:data75};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
if((typeof data75 == "number") && (isFinite(data75))){
if(data75 < 0 || isNaN(data75)){
const err108 = {instancePath:instancePath+"/cpu_rt_period",schemaPath:"#/properties/cpu_rt_period/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema6.properties.cpu_rt_period.oneOf[0],data:data75};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
var _valid14 = _errs184 === errors;
if(_valid14){
valid52 = true;
passing11 = 0;
}
const _errs186 = errors;
if(!(validate76(data75, {instancePath:instancePath+"/cpu_rt_period",parentData:data,parentDataProperty:"cpu_rt_period",rootData}))){
vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
errors = vErrors.length;
}
var _valid14 = _errs186 === errors;
if(_valid14 && valid52){
valid52 = false;
passing11 = [passing11, 1];
}
else {
if(_valid14){
valid52 = true;
passing11 = 1;
}
}
if(!valid52){
const err109 = {instancePath:instancePath+"/cpu_rt_period",schemaPath:"#/properties/cpu_rt_period/oneOf",keyword:"oneOf",params:{passingSchemas: passing11},message:"must match exactly one schema in oneOf",schema:schema6.properties.cpu_rt_period.oneOf,parentSchema:schema6.properties.cpu_rt_period,data:data75};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
else {
errors = _errs183;
if(vErrors !== null){
if(_errs183){
vErrors.length = _errs183;
}
else {
vErrors = null;
}
}
}
}
if(data.cpuset !== undefined){
if(!(validate79(data.cpuset, {instancePath:instancePath+"/cpuset",parentData:data,parentDataProperty:"cpuset",rootData}))){
vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
errors = vErrors.length;
}
}
if(data.cpuset_mems !== undefined){
if(!(validate79(data.cpuset_mems, {instancePath:instancePath+"/cpuset_mems",parentData:data,parentDataProperty:"cpuset_mems",rootData}))){
vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
errors = vErrors.length;
}
}
if(data.pids_limit !== undefined){
let data78 = data.pids_limit;
if(!(((typeof data78 == "number") && (!(data78 % 1) && !isNaN(data78))) && (isFinite(data78)))){
const err110 = {instancePath:instancePath+"/pids_limit",schemaPath:"#/properties/pids_limit/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema6.properties.pids_limit.type,parentSchema:schema6.properties.pids_limit,data:data78};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data.shm_size !== undefined){
if(!(validate37(data.shm_size, {instancePath:instancePath+"/shm_size",parentData:data,parentDataProperty:"shm_size",rootData}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
}
if(data.blkio_config !== undefined){
let data80 = data.blkio_config;
if(data80 && typeof data80 == "object" && !Array.isArray(data80)){
for(const key10 in data80){
if(!((((((key10 === "weight") || (key10 === "weight_device")) || (key10 === "device_read_bps")) || (key10 === "device_write_bps")) || (key10 === "device_read_iops")) || (key10 === "device_write_iops"))){
const err111 = {instancePath:instancePath+"/blkio_config",schemaPath:"#/properties/blkio_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema6.properties.blkio_config,data:data80};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data80.weight !== undefined){
if(!(validate83(data80.weight, {instancePath:instancePath+"/blkio_config/weight",parentData:data80,parentDataProperty:"weight",rootData}))){
vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
errors = vErrors.length;
}
}
if(data80.weight_device !== undefined){
let data82 = data80.weight_device;
if(Array.isArray(data82)){
const len13 = data82.length;
for(let i13=0; i13<len13; i13++){
let data83 = data82[i13];
if(data83 && typeof data83 == "object" && !Array.isArray(data83)){
if(data83.path === undefined){
const err112 = {instancePath:instancePath+"/blkio_config/weight_device/" + i13,schemaPath:"#/properties/blkio_config/properties/weight_device/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema6.properties.blkio_config.properties.weight_device.items.required,parentSchema:schema6.properties.blkio_config.properties.weight_device.items,data:data83};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
if(data83.weight === undefined){
const err113 = {instancePath:instancePath+"/blkio_config/weight_device/" + i13,schemaPath:"#/properties/blkio_config/properties/weight_device/items/required",keyword:"required",params:{missingProperty: "weight"},message:"must have required property '"+"weight"+"'",schema:schema6.properties.blkio_config.properties.weight_device.items.required,parentSchema:schema6.properties.blkio_config.properties.weight_device.items,data:data83};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
for(const key11 in data83){
if(!((key11 === "path") || (key11 === "weight"))){
const err114 = {instancePath:instancePath+"/blkio_config/weight_device/" + i13,schemaPath:"#/properties/blkio_config/properties/weight_device/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema6.properties.blkio_config.properties.weight_device.items,data:data83};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data83.path !== undefined){
if(!(validate85(data83.path, {instancePath:instancePath+"/blkio_config/weight_device/" + i13+"/path",parentData:data83,parentDataProperty:"path",rootData}))){
vErrors = vErrors === null ? validate85.errors : vErrors.concat(validate85.errors);
errors = vErrors.length;
}
}
if(data83.weight !== undefined){
if(!(validate83(data83.weight, {instancePath:instancePath+"/blkio_config/weight_device/" + i13+"/weight",parentData:data83,parentDataProperty:"weight",rootData}))){
vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
errors = vErrors.length;
}
}
}
else {
const err115 = {instancePath:instancePath+"/blkio_config/weight_device/" + i13,schemaPath:"#/properties/blkio_config/properties/weight_device/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.properties.blkio_config.properties.weight_device.items.type,parentSchema:schema6.properties.blkio_config.properties.weight_device.items,data:data83};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
}
else {
const err116 = {instancePath:instancePath+"/blkio_config/weight_device",schemaPath:"#/properties/blkio_config/properties/weight_device/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema6.properties.blkio_config.properties.weight_device.type,parentSchema:schema6.properties.blkio_config.properties.weight_device,data:data82};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
if(data80.device_read_bps !== undefined){
let data86 = data80.device_read_bps;
if(Array.isArray(data86)){
const len14 = data86.length;
for(let i14=0; i14<len14; i14++){
if(!(validate88(data86[i14], {instancePath:instancePath+"/blkio_config/device_read_bps/" + i14,parentData:data86,parentDataProperty:i14,rootData}))){
vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
errors = vErrors.length;
}
}
}
else {
const err117 = {instancePath:instancePath+"/blkio_config/device_read_bps",schemaPath:"#/properties/blkio_config/properties/device_read_bps/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema6.properties.blkio_config.properties.device_read_bps.type,parentSchema:schema6.properties.blkio_config.properties.device_read_bps,data:data86};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
if(data80.device_write_bps !== undefined){
let data88 = data80.device_write_bps;
if(Array.isArray(data88)){
const len15 = data88.length;
for(let i15=0; i15<len15; i15++){
if(!(validate88(data88[i15], {instancePath:instancePath+"/blkio_config/device_write_bps/" + i15,parentData:data88,parentDataProperty:i15,rootData}))){
vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
errors = vErrors.length;
}
}
}
else {
const err118 = {instancePath:instancePath+"/blkio_config/device_write_bps",schemaPath:"#/properties/blkio_config/properties/device_write_bps/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema6.properties.blkio_config.properties.device_write_bps.type,parentSchema:schema6.properties.blkio_config.properties.device_write_bps,data:data88};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data80.device_read_iops !== undefined){
let data90 = data80.device_read_iops;
if(Array.isArray(data90)){
const len16 = data90.length;
for(let i16=0; i16<len16; i16++){
if(!(validate93(data90[i16], {instancePath:instancePath+"/blkio_config/device_read_iops/" + i16,parentData:data90,parentDataProperty:i16,rootData}))){
vErrors = vErrors === null ? validate93.errors : vErrors.concat(validate93.errors);
errors = vErrors.length;
}
}
}
else {
const err119 = {instancePath:instancePath+"/blkio_config/device_read_iops",schemaPath:"#/properties/blkio_config/properties/device_read_iops/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema6.properties.blkio_config.properties.device_read_iops.type,parentSchema:schema6.properties.blkio_config.properties.device_read_iops,data:data90};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data80.device_write_iops !== undefined){
let data92 = data80.device_write_iops;
if(Array.isArray(data92)){
const len17 = data92.length;
for(let i17=0; i17<len17; i17++){
if(!(validate93(data92[i17], {instancePath:instancePath+"/blkio_config/device_write_iops/" + i17,parentData:data92,parentDataProperty:i17,rootData}))){
vErrors = vErrors === null ? validate93.errors : vErrors.concat(validate93.errors);
errors = vErrors.length;
}
}
}
else {
const err120 = {instancePath:instancePath+"/blkio_config/device_write_iops",schemaPath:"#/properties/blkio_config/properties/device_write_iops/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema6.properties.blkio_config.properties.device_write_iops.type,parentSchema:schema6.properties.blkio_config.properties.device_write_iops,data:data92};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
}
else {
const err121 = {instancePath:instancePath+"/blkio_config",schemaPath:"#/properties/blkio_config/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.properties.blkio_config.type,parentSchema:schema6.properties.blkio_config,data:data80};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
if(data.init !== undefined){
let data94 = data.init;
if(typeof data94 !== "boolean"){
const err122 = {instancePath:instancePath+"/init",schemaPath:"#/properties/init/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema6.properties.init.type,parentSchema:schema6.properties.init,data:data94};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
if(data.ipc !== undefined){
let data95 = data.ipc;
if(typeof data95 === "string"){
if(!pattern33.test(data95)){
const err123 = {instancePath:instancePath+"/ipc",schemaPath:"#/properties/ipc/pattern",keyword:"pattern",params:{pattern: "^(private|shareable|none|host|container:.+)$"},message:"must match pattern \""+"^(private|shareable|none|host|container:.+)$"+"\"",schema:"^(private|shareable|none|host|container:.+)$",parentSchema:schema6.properties.ipc,data:data95};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
else {
const err124 = {instancePath:instancePath+"/ipc",schemaPath:"#/properties/ipc/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.ipc.type,parentSchema:schema6.properties.ipc,data:data95};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
if(data.pid !== undefined){
let data96 = data.pid;
if(typeof data96 === "string"){
if(!pattern34.test(data96)){
const err125 = {instancePath:instancePath+"/pid",schemaPath:"#/properties/pid/pattern",keyword:"pattern",params:{pattern: "^(|host|container:.+)$"},message:"must match pattern \""+"^(|host|container:.+)$"+"\"",schema:"^(|host|container:.+)$",parentSchema:schema6.properties.pid,data:data96};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
else {
const err126 = {instancePath:instancePath+"/pid",schemaPath:"#/properties/pid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.pid.type,parentSchema:schema6.properties.pid,data:data96};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data.uts !== undefined){
let data97 = data.uts;
if(!(data97 === "host")){
const err127 = {instancePath:instancePath+"/uts",schemaPath:"#/properties/uts/enum",keyword:"enum",params:{allowedValues: schema6.properties.uts.enum},message:"must be equal to one of the allowed values",schema:schema6.properties.uts.enum,parentSchema:schema6.properties.uts,data:data97};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
if(data.userns_mode !== undefined){
let data98 = data.userns_mode;
if(!(data98 === "host")){
const err128 = {instancePath:instancePath+"/userns_mode",schemaPath:"#/properties/userns_mode/enum",keyword:"enum",params:{allowedValues: schema6.properties.userns_mode.enum},message:"must be equal to one of the allowed values",schema:schema6.properties.userns_mode.enum,parentSchema:schema6.properties.userns_mode,data:data98};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
if(data.cgroup !== undefined){
let data99 = data.cgroup;
if(!((data99 === "host") || (data99 === "private"))){
const err129 = {instancePath:instancePath+"/cgroup",schemaPath:"#/properties/cgroup/enum",keyword:"enum",params:{allowedValues: schema6.properties.cgroup.enum},message:"must be equal to one of the allowed values",schema:schema6.properties.cgroup.enum,parentSchema:schema6.properties.cgroup,data:data99};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
if(data.cgroup_parent !== undefined){
let data100 = data.cgroup_parent;
if(typeof data100 === "string"){
if(func3(data100) < 1){
const err130 = {instancePath:instancePath+"/cgroup_parent",schemaPath:"#/properties/cgroup_parent/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema6.properties.cgroup_parent,data:data100};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
else {
const err131 = {instancePath:instancePath+"/cgroup_parent",schemaPath:"#/properties/cgroup_parent/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.cgroup_parent.type,parentSchema:schema6.properties.cgroup_parent,data:data100};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
if(data.network_mode !== undefined){
let data101 = data.network_mode;
if(typeof data101 === "string"){
if(!pattern35.test(data101)){
const err132 = {instancePath:instancePath+"/network_mode",schemaPath:"#/properties/network_mode/pattern",keyword:"pattern",params:{pattern: "^(bridge|default|none|host|container:.+)$"},message:"must match pattern \""+"^(bridge|default|none|host|container:.+)$"+"\"",schema:"^(bridge|default|none|host|container:.+)$",parentSchema:schema6.properties.network_mode,data:data101};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
else {
const err133 = {instancePath:instancePath+"/network_mode",schemaPath:"#/properties/network_mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.network_mode.type,parentSchema:schema6.properties.network_mode,data:data101};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
if(data.dns !== undefined){
let data102 = data.dns;
const _errs229 = errors;
let valid65 = false;
let passing12 = null;
const _errs230 = errors;
if(!(validate97(data102, {instancePath:instancePath+"/dns",parentData:data,parentDataProperty:"dns",rootData}))){
vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
errors = vErrors.length;
}
var _valid15 = _errs230 === errors;
if(_valid15){
valid65 = true;
passing12 = 0;
}
const _errs231 = errors;
if(Array.isArray(data102)){
const len18 = data102.length;
for(let i18=0; i18<len18; i18++){
if(!(validate97(data102[i18], {instancePath:instancePath+"/dns/" + i18,parentData:data102,parentDataProperty:i18,rootData}))){
vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
errors = vErrors.length;
}
}
}
else {
const err134 = {instancePath:instancePath+"/dns",schemaPath:"#/properties/dns/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema6.properties.dns.oneOf[1].type,parentSchema:schema6.properties.dns.oneOf[1],data:data102};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
var _valid15 = _errs231 === errors;
if(_valid15 && valid65){
valid65 = false;
passing12 = [passing12, 1];
}
else {
if(_valid15){
valid65 = true;
passing12 = 1;
}
}
if(!valid65){
const err135 = {instancePath:instancePath+"/dns",schemaPath:"#/properties/dns/oneOf",keyword:"oneOf",params:{passingSchemas: passing12},message:"must match exactly one schema in oneOf",schema:schema6.properties.dns.oneOf,parentSchema:schema6.properties.dns,data:data102};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
else {
errors = _errs229;
if(vErrors !== null){
if(_errs229){
vErrors.length = _errs229;
}
else {
vErrors = null;
}
}
}
}
if(data.dns_search !== undefined){
let data104 = data.dns_search;
const _errs235 = errors;
let valid68 = false;
let passing13 = null;
const _errs236 = errors;
if(!(validate100(data104, {instancePath:instancePath+"/dns_search",parentData:data,parentDataProperty:"dns_search",rootData}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
var _valid16 = _errs236 === errors;
if(_valid16){
valid68 = true;
passing13 = 0;
}
const _errs237 = errors;
if(Array.isArray(data104)){
const len19 = data104.length;
for(let i19=0; i19<len19; i19++){
if(!(validate100(data104[i19], {instancePath:instancePath+"/dns_search/" + i19,parentData:data104,parentDataProperty:i19,rootData}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
}
else {
const err136 = {instancePath:instancePath+"/dns_search",schemaPath:"#/properties/dns_search/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema6.properties.dns_search.oneOf[1].type,parentSchema:schema6.properties.dns_search.oneOf[1],data:data104};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
var _valid16 = _errs237 === errors;
if(_valid16 && valid68){
valid68 = false;
passing13 = [passing13, 1];
}
else {
if(_valid16){
valid68 = true;
passing13 = 1;
}
}
if(!valid68){
const err137 = {instancePath:instancePath+"/dns_search",schemaPath:"#/properties/dns_search/oneOf",keyword:"oneOf",params:{passingSchemas: passing13},message:"must match exactly one schema in oneOf",schema:schema6.properties.dns_search.oneOf,parentSchema:schema6.properties.dns_search,data:data104};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
else {
errors = _errs235;
if(vErrors !== null){
if(_errs235){
vErrors.length = _errs235;
}
else {
vErrors = null;
}
}
}
}
if(data.dns_opt !== undefined){
if(!(validate26(data.dns_opt, {instancePath:instancePath+"/dns_opt",parentData:data,parentDataProperty:"dns_opt",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data.extra_hosts !== undefined){
let data107 = data.extra_hosts;
const _errs242 = errors;
let valid71 = false;
let passing14 = null;
const _errs243 = errors;
if(data107 && typeof data107 == "object" && !Array.isArray(data107)){
for(const key12 in data107){
const _errs245 = errors;
if(typeof key12 === "string"){
if(!pattern38.test(key12)){
const err138 = {instancePath:instancePath+"/extra_hosts",schemaPath:"#/properties/extra_hosts/oneOf/0/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[^=:\\s]+$"},message:"must match pattern \""+"^[^=:\\s]+$"+"\"",schema:"^[^=:\\s]+$",parentSchema:schema6.properties.extra_hosts.oneOf[0].propertyNames,data:key12,propertyName:key12};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
var valid72 = _errs245 === errors;
if(!valid72){
const err139 = {instancePath:instancePath+"/extra_hosts",schemaPath:"#/properties/extra_hosts/oneOf/0/propertyNames",keyword:"propertyNames",params:{propertyName: key12},message:"property name must be valid",schema:schema6.properties.extra_hosts.oneOf[0].propertyNames,parentSchema:schema6.properties.extra_hosts.oneOf[0],data:data107};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
for(const key13 in data107){
let data108 = data107[key13];
if(typeof data108 === "string"){
if(!pattern39.test(data108)){
const err140 = {instancePath:instancePath+"/extra_hosts/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/extra_hosts/oneOf/0/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^(?:(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))|\\[(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))\\])$"},message:"must match pattern \""+"^(?:(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))|\\[(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))\\])$"+"\"",schema:"^(?:(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))|\\[(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))\\])$",parentSchema:schema6.properties.extra_hosts.oneOf[0].additionalProperties,data:data108};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
else {
const err141 = {instancePath:instancePath+"/extra_hosts/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/extra_hosts/oneOf/0/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.extra_hosts.oneOf[0].additionalProperties.type,parentSchema:schema6.properties.extra_hosts.oneOf[0].additionalProperties,data:data108};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
}
else {
const err142 = {instancePath:instancePath+"/extra_hosts",schemaPath:"#/properties/extra_hosts/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.properties.extra_hosts.oneOf[0].type,parentSchema:schema6.properties.extra_hosts.oneOf[0],data:data107};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
var _valid17 = _errs243 === errors;
if(_valid17){
valid71 = true;
passing14 = 0;
}
const _errs249 = errors;
if(Array.isArray(data107)){
const len20 = data107.length;
for(let i20=0; i20<len20; i20++){
let data109 = data107[i20];
if(typeof data109 === "string"){
if(!pattern40.test(data109)){
const err143 = {instancePath:instancePath+"/extra_hosts/" + i20,schemaPath:"#/properties/extra_hosts/oneOf/1/items/pattern",keyword:"pattern",params:{pattern: "^[^=:\\s]+[=:](?:(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))|\\[(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))\\])$"},message:"must match pattern \""+"^[^=:\\s]+[=:](?:(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))|\\[(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))\\])$"+"\"",schema:"^[^=:\\s]+[=:](?:(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))|\\[(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){6}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|::(?:(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,5}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){0}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,5}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,4}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){1}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,4}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){2}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,3}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,2}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){3}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,2}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,1}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){4}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,1}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){0,0}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3})?|(?:[0-9a-fA-F]{1,4}:){5}[0-9a-fA-F]{1,4}::(?:(?:[0-9a-fA-F]{1,4}:){0,0}[0-9a-fA-F]{1,4})?|(?:[0-9a-fA-F]{1,4}:){6}[0-9a-fA-F]{1,4}::))\\])$",parentSchema:schema6.properties.extra_hosts.oneOf[1].items,data:data109};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
else {
const err144 = {instancePath:instancePath+"/extra_hosts/" + i20,schemaPath:"#/properties/extra_hosts/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.extra_hosts.oneOf[1].items.type,parentSchema:schema6.properties.extra_hosts.oneOf[1].items,data:data109};
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
const err145 = {instancePath:instancePath+"/extra_hosts",schemaPath:"#/properties/extra_hosts/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema6.properties.extra_hosts.oneOf[1].type,parentSchema:schema6.properties.extra_hosts.oneOf[1],data:data107};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
var _valid17 = _errs249 === errors;
if(_valid17 && valid71){
valid71 = false;
passing14 = [passing14, 1];
}
else {
if(_valid17){
valid71 = true;
passing14 = 1;
}
}
if(!valid71){
const err146 = {instancePath:instancePath+"/extra_hosts",schemaPath:"#/properties/extra_hosts/oneOf",keyword:"oneOf",params:{passingSchemas: passing14},message:"must match exactly one schema in oneOf",schema:schema6.properties.extra_hosts.oneOf,parentSchema:schema6.properties.extra_hosts,data:data107};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
else {
errors = _errs242;
if(vErrors !== null){
if(_errs242){
vErrors.length = _errs242;
}
else {
vErrors = null;
}
}
}
}
if(data.ports !== undefined){
let data110 = data.ports;
if(Array.isArray(data110)){
const len21 = data110.length;
for(let i21=0; i21<len21; i21++){
if(!(validate104(data110[i21], {instancePath:instancePath+"/ports/" + i21,parentData:data110,parentDataProperty:i21,rootData}))){
vErrors = vErrors === null ? validate104.errors : vErrors.concat(validate104.errors);
errors = vErrors.length;
}
}
}
else {
const err147 = {instancePath:instancePath+"/ports",schemaPath:"#/properties/ports/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema6.properties.ports.type,parentSchema:schema6.properties.ports,data:data110};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
if(data.stop_signal !== undefined){
let data112 = data.stop_signal;
if(typeof data112 === "string"){
if(!pattern42.test(data112)){
const err148 = {instancePath:instancePath+"/stop_signal",schemaPath:"#/properties/stop_signal/pattern",keyword:"pattern",params:{pattern: "^(?:0*(?:[1-9]|[1-5][0-9]|6[0-4])|(?:[Ss][Ii][Gg])?(?:[Aa][Bb][Rr][Tt]|[Aa][Ll][Rr][Mm]|[Bb][Uu][Ss]|[Cc][Hh][Ll][Dd]|[Cc][Ll][Dd]|[Cc][Oo][Nn][Tt]|[Ff][Pp][Ee]|[Hh][Uu][Pp]|[Ii][Ll][Ll]|[Ii][Nn][Tt]|[Ii][Oo]|[Ii][Oo][Tt]|[Kk][Ii][Ll][Ll]|[Pp][Ii][Pp][Ee]|[Pp][Oo][Ll][Ll]|[Pp][Rr][Oo][Ff]|[Pp][Ww][Rr]|[Qq][Uu][Ii][Tt]|[Ss][Ee][Gg][Vv]|[Ss][Tt][Kk][Ff][Ll][Tt]|[Ss][Tt][Oo][Pp]|[Ss][Yy][Ss]|[Tt][Ee][Rr][Mm]|[Tt][Rr][Aa][Pp]|[Tt][Ss][Tt][Pp]|[Tt][Tt][Ii][Nn]|[Tt][Tt][Oo][Uu]|[Uu][Rr][Gg]|[Uu][Ss][Rr]1|[Uu][Ss][Rr]2|[Vv][Tt][Aa][Ll][Rr][Mm]|[Ww][Ii][Nn][Cc][Hh]|[Xx][Cc][Pp][Uu]|[Xx][Ff][Ss][Zz]|[Rr][Tt][Mm][Ii][Nn](?:\\+(?:[1-9]|1[0-5]))?|[Rr][Tt][Mm][Aa][Xx](?:-(?:[1-9]|1[0-4]))?))$"},message:"must match pattern \""+"^(?:0*(?:[1-9]|[1-5][0-9]|6[0-4])|(?:[Ss][Ii][Gg])?(?:[Aa][Bb][Rr][Tt]|[Aa][Ll][Rr][Mm]|[Bb][Uu][Ss]|[Cc][Hh][Ll][Dd]|[Cc][Ll][Dd]|[Cc][Oo][Nn][Tt]|[Ff][Pp][Ee]|[Hh][Uu][Pp]|[Ii][Ll][Ll]|[Ii][Nn][Tt]|[Ii][Oo]|[Ii][Oo][Tt]|[Kk][Ii][Ll][Ll]|[Pp][Ii][Pp][Ee]|[Pp][Oo][Ll][Ll]|[Pp][Rr][Oo][Ff]|[Pp][Ww][Rr]|[Qq][Uu][Ii][Tt]|[Ss][Ee][Gg][Vv]|[Ss][Tt][Kk][Ff][Ll][Tt]|[Ss][Tt][Oo][Pp]|[Ss][Yy][Ss]|[Tt][Ee][Rr][Mm]|[Tt][Rr][Aa][Pp]|[Tt][Ss][Tt][Pp]|[Tt][Tt][Ii][Nn]|[Tt][Tt][Oo][Uu]|[Uu][Rr][Gg]|[Uu][Ss][Rr]1|[Uu][Ss][Rr]2|[Vv][Tt][Aa][Ll][Rr][Mm]|[Ww][Ii][Nn][Cc][Hh]|[Xx][Cc][Pp][Uu]|[Xx][Ff][Ss][Zz]|[Rr][Tt][Mm][Ii][Nn](?:\\+(?:[1-9]|1[0-5]))?|[Rr][Tt][Mm][Aa][Xx](?:-(?:[1-9]|1[0-4]))?))$"+"\"",schema:"^(?:0*(?:[1-9]|[1-5][0-9]|6[0-4])|(?:[Ss][Ii][Gg])?(?:[Aa][Bb][Rr][Tt]|[Aa][Ll][Rr][Mm]|[Bb][Uu][Ss]|[Cc][Hh][Ll][Dd]|[Cc][Ll][Dd]|[Cc][Oo][Nn][Tt]|[Ff][Pp][Ee]|[Hh][Uu][Pp]|[Ii][Ll][Ll]|[Ii][Nn][Tt]|[Ii][Oo]|[Ii][Oo][Tt]|[Kk][Ii][Ll][Ll]|[Pp][Ii][Pp][Ee]|[Pp][Oo][Ll][Ll]|[Pp][Rr][Oo][Ff]|[Pp][Ww][Rr]|[Qq][Uu][Ii][Tt]|[Ss][Ee][Gg][Vv]|[Ss][Tt][Kk][Ff][Ll][Tt]|[Ss][Tt][Oo][Pp]|[Ss][Yy][Ss]|[Tt][Ee][Rr][Mm]|[Tt][Rr][Aa][Pp]|[Tt][Ss][Tt][Pp]|[Tt][Tt][Ii][Nn]|[Tt][Tt][Oo][Uu]|[Uu][Rr][Gg]|[Uu][Ss][Rr]1|[Uu][Ss][Rr]2|[Vv][Tt][Aa][Ll][Rr][Mm]|[Ww][Ii][Nn][Cc][Hh]|[Xx][Cc][Pp][Uu]|[Xx][Ff][Ss][Zz]|[Rr][Tt][Mm][Ii][Nn](?:\\+(?:[1-9]|1[0-5]))?|[Rr][Tt][Mm][Aa][Xx](?:-(?:[1-9]|1[0-4]))?))$",parentSchema:schema6.properties.stop_signal,data:data112};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
else {
const err149 = {instancePath:instancePath+"/stop_signal",schemaPath:"#/properties/stop_signal/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.stop_signal.type,parentSchema:schema6.properties.stop_signal,data:data112};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
if(data.stop_grace_period !== undefined){
let data113 = data.stop_grace_period;
const _errs259 = errors;
let valid78 = false;
let passing15 = null;
const _errs260 = errors;
if((typeof data113 == "number") && (isFinite(data113))){
if(data113 > 9223372036.854774 || isNaN(data113)){
const err150 = {instancePath:instancePath+"/stop_grace_period",schemaPath:"#/properties/stop_grace_period/oneOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9223372036.854774},message:"must be <= 9223372036.854774",schema:9223372036.854774,parentSchema:schema6.properties.stop_grace_period.oneOf[0],data:data113};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
if(data113 < 0 || isNaN(data113)){
const err151 = {instancePath:instancePath+"/stop_grace_period",schemaPath:"#/properties/stop_grace_period/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema6.properties.stop_grace_period.oneOf[0],data:data113};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
else {
const err152 = {instancePath:instancePath+"/stop_grace_period",schemaPath:"#/properties/stop_grace_period/oneOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema6.properties.stop_grace_period.oneOf[0].type,parentSchema:schema6.properties.stop_grace_period.oneOf[0],data:data113};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
var _valid18 = _errs260 === errors;
if(_valid18){
valid78 = true;
passing15 = 0;
}
const _errs262 = errors;
if(!(validate76(data113, {instancePath:instancePath+"/stop_grace_period",parentData:data,parentDataProperty:"stop_grace_period",rootData}))){
vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
errors = vErrors.length;
}
var _valid18 = _errs262 === errors;
if(_valid18 && valid78){
valid78 = false;
passing15 = [passing15, 1];
}
else {
if(_valid18){
valid78 = true;
passing15 = 1;
}
}
if(!valid78){
const err153 = {instancePath:instancePath+"/stop_grace_period",schemaPath:"#/properties/stop_grace_period/oneOf",keyword:"oneOf",params:{passingSchemas: passing15},message:"must match exactly one schema in oneOf",schema:schema6.properties.stop_grace_period.oneOf,parentSchema:schema6.properties.stop_grace_period,data:data113};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
else {
errors = _errs259;
if(vErrors !== null){
if(_errs259){
vErrors.length = _errs259;
}
else {
vErrors = null;
}
}
}
}
if(data.annotations !== undefined){
let data114 = data.annotations;
const _errs264 = errors;
let valid79 = false;
let passing16 = null;
const _errs265 = errors;
if(data114 && typeof data114 == "object" && !Array.isArray(data114)){
for(const key14 in data114){
const _errs267 = errors;
if(typeof key14 === "string"){
if(func3(key14) < 1){
const err154 = {instancePath:instancePath+"/annotations",schemaPath:"#/properties/annotations/oneOf/0/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema6.properties.annotations.oneOf[0].propertyNames,data:key14,propertyName:key14};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
var valid80 = _errs267 === errors;
if(!valid80){
const err155 = {instancePath:instancePath+"/annotations",schemaPath:"#/properties/annotations/oneOf/0/propertyNames",keyword:"propertyNames",params:{propertyName: key14},message:"property name must be valid",schema:schema6.properties.annotations.oneOf[0].propertyNames,parentSchema:schema6.properties.annotations.oneOf[0],data:data114};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
for(const key15 in data114){
let data115 = data114[key15];
if(typeof data115 !== "string"){
const err156 = {instancePath:instancePath+"/annotations/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/annotations/oneOf/0/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema6.properties.annotations.oneOf[0].additionalProperties.type,parentSchema:schema6.properties.annotations.oneOf[0].additionalProperties,data:data115};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
}
else {
const err157 = {instancePath:instancePath+"/annotations",schemaPath:"#/properties/annotations/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.properties.annotations.oneOf[0].type,parentSchema:schema6.properties.annotations.oneOf[0],data:data114};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
var _valid19 = _errs265 === errors;
if(_valid19){
valid79 = true;
passing16 = 0;
}
const _errs271 = errors;
if(!(validate43(data114, {instancePath:instancePath+"/annotations",parentData:data,parentDataProperty:"annotations",rootData}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
var _valid19 = _errs271 === errors;
if(_valid19 && valid79){
valid79 = false;
passing16 = [passing16, 1];
}
else {
if(_valid19){
valid79 = true;
passing16 = 1;
}
}
if(!valid79){
const err158 = {instancePath:instancePath+"/annotations",schemaPath:"#/properties/annotations/oneOf",keyword:"oneOf",params:{passingSchemas: passing16},message:"must match exactly one schema in oneOf",schema:schema6.properties.annotations.oneOf,parentSchema:schema6.properties.annotations,data:data114};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
else {
errors = _errs264;
if(vErrors !== null){
if(_errs264){
vErrors.length = _errs264;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err159 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema6.type,parentSchema:schema6,data};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}

/** Checks a value against schemas/bundle.schema.json; ajv's errors are left on `.errors`. */
export const validateBundleDocument: ValidateFunction<BundleDocument> = validate21;
