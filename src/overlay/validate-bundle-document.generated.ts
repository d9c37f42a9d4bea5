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

const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://rbc.dev/schemas/bundle.schema.json","title":"rbc bundle overlay","description":"A bundle overlay (bundles/<name>/bundle.yaml): a Docker image or container plus Compose-style service settings that rbc compiles into an OCI runtime bundle for runc. Keys and value forms follow the Compose Specification.","type":"object","additionalProperties":false,"patternProperties":{"^x-":{}},"properties":{"image":{"description":"Image to build the bundle from, as `docker run` names it (`nginx:1.27`, `ghcr.io/acme/api@sha256:…`). Set exactly one of `image` or `container`, here or in a base overlay.","type":"string","minLength":1},"container":{"description":"Existing container (name or ID) whose configuration the bundle starts from. Set exactly one of `image` or `container`, here or in a base overlay.","type":"string","minLength":1},"extends":{"description":"Base overlay file(s) merged before this one, in list order, with paths relative to this file. `extends` itself is not inherited.","oneOf":[{"$ref":"#/definitions/overlayPath"},{"type":"array","minItems":1,"items":{"$ref":"#/definitions/overlayPath"}}]},"target":{"description":"The Docker Engine release and host cgroup version whose config.json rbc reproduces, whatever engine resolves the image. Inherited through `extends`, field by field. Default: `{docker: \"26.1\", cgroup: v2}`.","type":"object","additionalProperties":false,"properties":{"docker":{"description":"The Docker Engine release: \"20.10\" or \"26.1\". YAML reads an unquoted 20.10 as the number 20.1; rbc reads the value as written.","title":"\"20.10\" or \"26.1\"","enum":["20.10","26.1",20.1,26.1]},"cgroup":{"description":"The host's cgroup version: v1 (a legacy or hybrid hierarchy) or v2 (the unified hierarchy).","enum":["v1","v2"]}}},"command":{"description":"Overrides the image's CMD. A string is split into words like a POSIX shell would, without running one. An empty string or list leaves the image's CMD in place.","$ref":"#/definitions/stringOrStringList"},"entrypoint":{"description":"Overrides the image's ENTRYPOINT. A string is split into words like a POSIX shell would. An empty string or list resets it, like `docker run --entrypoint \"\"`.","$ref":"#/definitions/stringOrStringList"},"environment":{"description":"Environment variables, as a map (`FOO: bar`) or a list (`FOO=bar`). A variable with no value (`FOO:` or `- FOO`) removes it from the image's environment. Values take Compose's interpolation (`${VAR}`, `${VAR:-default}`, `${VAR:?error}`, `$$` for a literal `$`), filled in by `rbc run` from its own environment, never by the build: config.json keeps the template as written.","oneOf":[{"type":"object","additionalProperties":{"type":["string","number","boolean","null"]}},{"$ref":"#/definitions/keyValueList"}]},"env_file":{"description":"Compose's env files, read by `rbc run` (never by the build), with paths relative to the overlay file that names them. A later file's variable replaces an earlier one's, and `environment` wins over them all. A missing file stops the run unless it has `required: false`.","oneOf":[{"type":"string","minLength":1},{"type":"array","items":{"oneOf":[{"type":"string","minLength":1},{"type":"object","additionalProperties":false,"required":["path"],"properties":{"path":{"type":"string","minLength":1},"required":{"description":"Whether a missing file stops the run (default true).","type":"boolean"}}}]}}]},"allow_plaintext":{"description":"Variables whose committed value may look like a credential: the build does not warn about them (SEC701). For values that are not secret, such as a test's fake token.","$ref":"#/definitions/stringList"},"user":{"description":"User (and optional group) the process runs as: `name`, `uid`, `name:group` or `uid:gid`, resolved against the image's /etc/passwd and /etc/group.","type":"string"},"working_dir":{"description":"Working directory of the process, overriding the image's WORKDIR.","type":"string"},"container_name":{"description":"The runc container id the bundle runs as, instead of `rbc-<bundle directory name>-<hash>` (Docker's container name rule).","title":"a name of at least two letters, digits, _, . or -, starting with a letter or digit (Docker's [a-zA-Z0-9][a-zA-Z0-9_.-]+)","type":"string","pattern":"^[a-zA-Z0-9][a-zA-Z0-9_.-]+$"},"hostname":{"description":"Hostname inside the container.","type":"string"},"domainname":{"description":"NIS domain name inside the container.","type":"string"},"tty":{"description":"Allocate a pseudo-terminal for the process (`docker run -t`).","type":"boolean"},"read_only":{"description":"Mount the root filesystem read-only.","type":"boolean"},"privileged":{"description":"Run with all capabilities and device access, as `docker run --privileged` does.","type":"boolean"},"cap_add":{"description":"Linux capabilities to add to Docker's default set (`NET_ADMIN`, `CAP_SYS_TIME`, `ALL`).","$ref":"#/definitions/stringList"},"cap_drop":{"description":"Linux capabilities to drop from Docker's default set (`NET_RAW`, `ALL`).","$ref":"#/definitions/stringList"},"volumes":{"description":"Mounts, in short syntax `SOURCE:TARGET[:MODE]` (a host path or a named volume) or `TARGET` alone for an anonymous volume, or in Compose long syntax (`type`, `source`, `target`, `read_only`, `bind`, `volume`, `tmpfs`). Later overlays replace a mount with the same target.","type":"array","items":{"oneOf":[{"$ref":"#/definitions/volume"},{"$ref":"#/definitions/longVolume"}]}},"tmpfs":{"description":"tmpfs mounts: `TARGET` or `TARGET:OPTIONS` (`/run`, `/tmp:size=64m,mode=1777`), as one string or a list.","$ref":"#/definitions/stringOrStringList"},"labels":{"description":"Container labels, as a map (`tier: web`) or a list (`tier=web`); rbc writes them as OCI annotations.","oneOf":[{"type":"object","additionalProperties":{"type":"string"}},{"$ref":"#/definitions/keyValueList"}]},"patches":{"description":"RFC 6902 JSON Patch operations applied, in order, to the generated config.json. Patches from base overlays apply first.","type":"array","items":{"$ref":"#/definitions/patchOperation"}},"group_add":{"description":"Additional groups (names or gids) the process belongs to, as `docker run --group-add` adds them.","type":"array","items":{"type":["string","integer"]}},"security_opt":{"description":"Security options as `docker run --security-opt` takes them: `seccomp=unconfined`, `seccomp=profile.json`, `apparmor=PROFILE`, `label=...`, `no-new-privileges`.","$ref":"#/definitions/stringList"},"devices":{"description":"Host devices to add: `HOST[:CONTAINER][:PERMISSIONS]` (`/dev/fuse`, `/dev/sda:/dev/xvda:rwm`), as `docker run --device` takes them.","$ref":"#/definitions/stringList"},"device_cgroup_rules":{"description":"Rules added to the device cgroup allow list: `TYPE MAJOR:MINOR PERMISSIONS` (`c 1:3 mr`, `a *:* rwm`).","$ref":"#/definitions/stringList"},"ulimits":{"description":"Resource limits by name (`nofile`, `nproc`, `core`, ...): one integer for both soft and hard limits, or `{ soft, hard }`. -1 is unlimited.","type":"object","additionalProperties":{"oneOf":[{"type":"integer","minimum":-1},{"type":"object","additionalProperties":false,"patternProperties":{"^x-":{}},"required":["soft","hard"],"properties":{"soft":{"description":"Soft limit; -1 is unlimited.","type":"integer","minimum":-1},"hard":{"description":"Hard limit, at least the soft limit; -1 is unlimited.","type":"integer","minimum":-1}}}]}},"sysctls":{"description":"Kernel parameters set in the container's namespaces, as a map (`net.core.somaxconn: 1024`) or a list (`net.core.somaxconn=1024`).","oneOf":[{"type":"object","additionalProperties":{"type":["string","number"]}},{"$ref":"#/definitions/keyValueList"}]},"mem_limit":{"description":"Memory limit: bytes, or a number with a unit b, k, m or g (`512m`, `1.5g`; binary multiples).","$ref":"#/definitions/byteSize"},"mem_reservation":{"description":"Memory soft limit, at most `mem_limit`: bytes, or a number with a unit b, k, m or g.","$ref":"#/definitions/byteSize"},"memswap_limit":{"description":"Limit of memory plus swap, at least `mem_limit`: bytes, a number with a unit b, k, m or g, or -1 for unlimited swap.","oneOf":[{"$ref":"#/definitions/byteSize"},{"const":-1}],"title":"a byte size such as 1073741824 or \"1g\", or -1"},"mem_swappiness":{"description":"How readily the kernel swaps the container's anonymous pages, from 0 to 100.","type":"integer","minimum":0,"maximum":100},"oom_kill_disable":{"description":"Disable the OOM killer for the container (best with a `mem_limit`).","type":"boolean"},"oom_score_adj":{"description":"Adjustment of the process's OOM score, from -1000 to 1000.","type":"integer","minimum":-1000,"maximum":1000},"cpus":{"description":"Number of CPUs the container may use, a decimal above 0 (`1.5`, or the string `\"0.5\"`), as `docker run --cpus`. Conflicts with `cpu_period` and `cpu_quota`.","title":"a number of CPUs greater than 0, such as 1.5","type":["number","string"],"exclusiveMinimum":0},"cpu_shares":{"description":"Relative CPU weight against other containers (Docker's default is 1024).","type":"integer","minimum":0},"cpu_quota":{"description":"CPU time in microseconds the container may use per `cpu_period`: at least 1000, or -1 for no limit.","title":"-1 or an integer of at least 1000 (microseconds)","type":"integer","anyOf":[{"minimum":-1,"maximum":0},{"minimum":1000}]},"cpu_period":{"description":"Length in microseconds of the CPU scheduling period `cpu_quota` applies to, from 1000 to 1000000.","title":"an integer from 1000 to 1000000 (microseconds)","type":"integer","anyOf":[{"const":0},{"minimum":1000,"maximum":1000000}]},"cpu_rt_runtime":{"description":"Realtime CPU time per `cpu_rt_period`: microseconds, or a duration (`95ms`).","title":"a number of microseconds or a duration such as \"95ms\"","type":["integer","string"],"minimum":0},"cpu_rt_period":{"description":"Realtime scheduling period: microseconds, or a duration (`1s`).","title":"a number of microseconds or a duration such as \"1s\"","type":["integer","string"],"minimum":0},"cpuset":{"description":"CPUs the container may run on, as a list or ranges (`0-3`, `0,2`).","$ref":"#/definitions/cpuList"},"cpuset_mems":{"description":"Memory nodes (NUMA) the container may use, as a list or ranges (`0`, `0-1`).","$ref":"#/definitions/cpuList"},"pids_limit":{"description":"Most processes the container may run; 0 or -1 is unlimited.","type":"integer"},"shm_size":{"description":"Size of /dev/shm: bytes, or a number with a unit b, k, m or g (`64m`).","$ref":"#/definitions/byteSize"},"blkio_config":{"description":"Block IO limits: a `weight` (10 to 1000), per-device weights and read/write rates in bytes (`10mb`) or operations per second.","type":"object","additionalProperties":false,"properties":{"weight":{"description":"Relative block IO weight, from 10 to 1000 (0: Docker's default).","$ref":"#/definitions/blkioWeight"},"weight_device":{"description":"Weights for single devices.","type":"array","items":{"type":"object","additionalProperties":false,"required":["path","weight"],"properties":{"path":{"$ref":"#/definitions/devicePath"},"weight":{"$ref":"#/definitions/blkioWeight"}}}},"device_read_bps":{"description":"Read rate limits, in bytes per second (`10mb`).","type":"array","items":{"$ref":"#/definitions/blkioByteRate"}},"device_write_bps":{"description":"Write rate limits, in bytes per second (`10mb`).","type":"array","items":{"$ref":"#/definitions/blkioByteRate"}},"device_read_iops":{"description":"Read rate limits, in operations per second.","type":"array","items":{"$ref":"#/definitions/blkioIoRate"}},"device_write_iops":{"description":"Write rate limits, in operations per second.","type":"array","items":{"$ref":"#/definitions/blkioIoRate"}}}},"init":{"description":"Run Docker's init (tini) as PID 1 to forward signals and reap processes, like `docker run --init`.","type":"boolean"},"ipc":{"description":"IPC namespace: `private`, `shareable`, `none`, `host`, or `container:NAME` to join another container's.","title":"private, shareable, none, host or container:NAME","type":"string","pattern":"^(private|shareable|none|host|container:.+)$"},"pid":{"description":"PID namespace: `host`, or `container:NAME` to join another container's; empty for a private one (the default).","title":"host, container:NAME or empty","type":"string","pattern":"^(|host|container:.+)$"},"uts":{"description":"UTS namespace: `host` shares the host's hostname and domain name.","enum":["host"]},"userns_mode":{"description":"User namespace: `host` opts out of the daemon's user namespace remapping.","enum":["host"]},"cgroup":{"description":"Cgroup namespace: `host` or `private`.","enum":["host","private"]},"cgroup_parent":{"description":"Parent cgroup of the container's cgroup (`/docker`, `machine.slice`).","type":"string","minLength":1},"network_mode":{"description":"Network namespace: `bridge` (the default; `default` means the same), `none`, `host`, or `container:NAME` to join another container's.","title":"bridge, default, none, host or container:NAME","type":"string","pattern":"^(bridge|default|none|host|container:.+)$"},"dns":{"description":"DNS server IP addresses for the container's resolv.conf, as one string or a list.","$ref":"#/definitions/stringOrStringList"},"dns_search":{"description":"DNS search domains for the container's resolv.conf, as one string or a list.","$ref":"#/definitions/stringOrStringList"},"dns_opt":{"description":"Options for the container's resolv.conf (`ndots:2`, `use-vc`).","$ref":"#/definitions/stringList"},"extra_hosts":{"description":"Lines added to the container's /etc/hosts: a list of `HOST=IP` or `HOST:IP` (IPv6 addresses may be in brackets), or a map of host names to IPs. `host-gateway` stands for the host.","oneOf":[{"type":"object","additionalProperties":{"type":"string"}},{"$ref":"#/definitions/stringList"}]},"ports":{"description":"Published ports in Compose short syntax: `[[IP:][HOST_PORT]:]CONTAINER_PORT[/PROTOCOL]` (`8080:80`, `127.0.0.1:8443:443/tcp`, `53/udp`).","type":"array","items":{"type":["string","integer"]}},"stop_signal":{"description":"Signal that stops the container (`SIGTERM`, `SIGQUIT`, `TERM` or a number).","type":"string","minLength":1},"stop_grace_period":{"description":"How long to wait after the stop signal before killing the container: a duration (`10s`, `1m30s`, `500ms`) or a number of seconds.","title":"a duration such as \"10s\" or \"1m30s\", or a number of seconds","type":["number","string"],"minimum":0},"annotations":{"description":"OCI annotations written to config.json as given, as a map (`org.example/key: value`) or a list (`org.example/key=value`).","oneOf":[{"type":"object","additionalProperties":{"type":"string"}},{"$ref":"#/definitions/keyValueList"}]}},"definitions":{"overlayPath":{"description":"Path of an overlay file, relative to the file that names it.","type":"string","minLength":1},"stringList":{"type":"array","items":{"type":"string"}},"stringOrStringList":{"oneOf":[{"type":"string"},{"$ref":"#/definitions/stringList"}]},"keyValueList":{"description":"`KEY=VALUE` strings.","type":"array","items":{"type":"string"}},"volume":{"description":"Short-syntax mount: `SOURCE:TARGET[:MODE]` or `TARGET`.","type":"string"},"jsonPointer":{"title":"a JSON pointer such as \"/process/args\"","description":"RFC 6901 JSON pointer into config.json, such as `/process/args` or `/linux/sysctl/net.core.somaxconn`.","type":"string","pattern":"^(/([^~]|~[01])*)*$"},"patchOperation":{"description":"One RFC 6902 operation. `value` is required for add, replace and test; `from` for move and copy.","type":"object","additionalProperties":false,"required":["op","path"],"properties":{"op":{"description":"The operation.","enum":["add","remove","replace","move","copy","test"]},"path":{"description":"Where the operation applies.","$ref":"#/definitions/jsonPointer"},"value":{"description":"The value to add, to replace with, or to test against."},"from":{"description":"Where move and copy take the value from.","$ref":"#/definitions/jsonPointer"}},"allOf":[{"if":{"properties":{"op":{"enum":["add","replace","test"]}},"required":["op"]},"then":{"properties":{"value":true},"required":["value"]}},{"if":{"properties":{"op":{"enum":["move","copy"]}},"required":["op"]},"then":{"properties":{"from":true},"required":["from"]}}]},"byteSize":{"title":"a byte size such as 67108864 or \"64m\"","description":"Bytes, or a number with a unit b, k, m or g (`64m`, `1.5g`, `512k`); units are binary multiples (1k = 1024).","type":["integer","string"],"minimum":0},"longVolume":{"description":"Compose long-syntax mount.","type":"object","additionalProperties":false,"patternProperties":{"^x-":{}},"required":["type","target"],"properties":{"type":{"description":"bind: a host path; volume: a named or anonymous volume; tmpfs: a memory filesystem.","enum":["bind","volume","tmpfs"]},"source":{"description":"Host path (bind, relative to the bundle) or volume name (volume; none for an anonymous volume). Not for tmpfs.","type":"string","minLength":1},"target":{"description":"Absolute path in the container.","type":"string","minLength":1},"read_only":{"description":"Mount read-only.","type":"boolean"},"bind":{"description":"Options for type bind.","type":"object","additionalProperties":false,"patternProperties":{"^x-":{}},"properties":{"propagation":{"description":"Mount propagation.","enum":["private","rprivate","shared","rshared","slave","rslave"]},"create_host_path":{"description":"Create the host path when missing.","type":"boolean"},"recursive":{"description":"`disabled` binds without the mounts below the source. With `read_only`: `writable` makes the bind read-only but not the mounts below the source, `readonly` makes them read-only too (target docker 26.1 only). `enabled`, the default, does what `readonly` does on docker 26.1 and what `writable` does on 20.10.","enum":["enabled","disabled","writable","readonly"]}}},"volume":{"description":"Options for type volume.","type":"object","additionalProperties":false,"patternProperties":{"^x-":{}},"properties":{"nocopy":{"description":"Do not copy the image's files into a new volume.","type":"boolean"}}},"tmpfs":{"description":"Options for type tmpfs.","type":"object","additionalProperties":false,"patternProperties":{"^x-":{}},"properties":{"size":{"description":"Size limit.","$ref":"#/definitions/byteSize"},"mode":{"description":"File mode, in octal: `0o1777`, `01777` or the string `\"1777\"`.","title":"a file mode such as 0o1777 or \"1777\"","type":["integer","string"],"minimum":0}}}}},"cpuList":{"title":"a list of numbers or ranges such as \"0-3\" or \"0,2\"","type":"string","pattern":"^\\d+(-\\d+)?(,\\d+(-\\d+)?)*$"},"devicePath":{"title":"a device path such as \"/dev/sda\"","description":"Path of a block device.","type":"string","pattern":"^/dev/."},"blkioWeight":{"title":"0 or an integer from 10 to 1000","type":"integer","anyOf":[{"const":0},{"minimum":10,"maximum":1000}]},"blkioByteRate":{"description":"A device and its rate in bytes per second.","type":"object","additionalProperties":false,"required":["path","rate"],"properties":{"path":{"$ref":"#/definitions/devicePath"},"rate":{"$ref":"#/definitions/byteSize"}}},"blkioIoRate":{"description":"A device and its rate in operations per second.","type":"object","additionalProperties":false,"required":["path","rate"],"properties":{"path":{"$ref":"#/definitions/devicePath"},"rate":{"type":"integer","minimum":0}}}}};
const schema12 = {"description":"Path of an overlay file, relative to the file that names it.","type":"string","minLength":1};
const schema16 = {"description":"`KEY=VALUE` strings.","type":"array","items":{"type":"string"}};
const schema15 = {"type":"array","items":{"type":"string"}};
const schema20 = {"description":"Short-syntax mount: `SOURCE:TARGET[:MODE]` or `TARGET`.","type":"string"};
const schema22 = {"title":"a byte size such as 67108864 or \"64m\"","description":"Bytes, or a number with a unit b, k, m or g (`64m`, `1.5g`, `512k`); units are binary multiples (1k = 1024).","type":["integer","string"],"minimum":0};
const schema34 = {"title":"a list of numbers or ranges such as \"0-3\" or \"0,2\"","type":"string","pattern":"^\\d+(-\\d+)?(,\\d+(-\\d+)?)*$"};
const schema37 = {"title":"0 or an integer from 10 to 1000","type":"integer","anyOf":[{"const":0},{"minimum":10,"maximum":1000}]};
const schema38 = {"title":"a device path such as \"/dev/sda\"","description":"Path of a block device.","type":"string","pattern":"^/dev/."};
const func2 = Object.prototype.hasOwnProperty;
const func3 = runtime0.default;
const pattern0 = new RegExp("^x-", "u");
const pattern1 = new RegExp("^[a-zA-Z0-9][a-zA-Z0-9_.-]+$", "u");
const pattern9 = new RegExp("^\\d+(-\\d+)?(,\\d+(-\\d+)?)*$", "u");
const pattern11 = new RegExp("^/dev/.", "u");
const pattern14 = new RegExp("^(private|shareable|none|host|container:.+)$", "u");
const pattern15 = new RegExp("^(|host|container:.+)$", "u");
const pattern16 = new RegExp("^(bridge|default|none|host|container:.+)$", "u");
const schema14 = {"oneOf":[{"type":"string"},{"$ref":"#/definitions/stringList"}]};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.oneOf[0].type,parentSchema:schema14.oneOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
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
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/stringList/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.items.type,parentSchema:schema15.items,data:data0};
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
const err2 = {instancePath,schemaPath:"#/definitions/stringList/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.type,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
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
const err3 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema14.oneOf,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
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

const schema21 = {"description":"Compose long-syntax mount.","type":"object","additionalProperties":false,"patternProperties":{"^x-":{}},"required":["type","target"],"properties":{"type":{"description":"bind: a host path; volume: a named or anonymous volume; tmpfs: a memory filesystem.","enum":["bind","volume","tmpfs"]},"source":{"description":"Host path (bind, relative to the bundle) or volume name (volume; none for an anonymous volume). Not for tmpfs.","type":"string","minLength":1},"target":{"description":"Absolute path in the container.","type":"string","minLength":1},"read_only":{"description":"Mount read-only.","type":"boolean"},"bind":{"description":"Options for type bind.","type":"object","additionalProperties":false,"patternProperties":{"^x-":{}},"properties":{"propagation":{"description":"Mount propagation.","enum":["private","rprivate","shared","rshared","slave","rslave"]},"create_host_path":{"description":"Create the host path when missing.","type":"boolean"},"recursive":{"description":"`disabled` binds without the mounts below the source. With `read_only`: `writable` makes the bind read-only but not the mounts below the source, `readonly` makes them read-only too (target docker 26.1 only). `enabled`, the default, does what `readonly` does on docker 26.1 and what `writable` does on 20.10.","enum":["enabled","disabled","writable","readonly"]}}},"volume":{"description":"Options for type volume.","type":"object","additionalProperties":false,"patternProperties":{"^x-":{}},"properties":{"nocopy":{"description":"Do not copy the image's files into a new volume.","type":"boolean"}}},"tmpfs":{"description":"Options for type tmpfs.","type":"object","additionalProperties":false,"patternProperties":{"^x-":{}},"properties":{"size":{"description":"Size limit.","$ref":"#/definitions/byteSize"},"mode":{"description":"File mode, in octal: `0o1777`, `01777` or the string `\"1777\"`.","title":"a file mode such as 0o1777 or \"1777\"","type":["integer","string"],"minimum":0}}}}};

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema21.required,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.target === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'",schema:schema21.required,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "type") || (key0 === "source")) || (key0 === "target")) || (key0 === "read_only")) || (key0 === "bind")) || (key0 === "volume")) || (key0 === "tmpfs")) || (pattern0.test(key0)))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if(!(((data0 === "bind") || (data0 === "volume")) || (data0 === "tmpfs"))){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema21.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema21.properties.type.enum,parentSchema:schema21.properties.type,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.source !== undefined){
let data1 = data.source;
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err4 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.source,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.source.type,parentSchema:schema21.properties.source,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.target !== undefined){
let data2 = data.target;
if(typeof data2 === "string"){
if(func3(data2) < 1){
const err6 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.target,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.target.type,parentSchema:schema21.properties.target,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.read_only !== undefined){
let data3 = data.read_only;
if(typeof data3 !== "boolean"){
const err8 = {instancePath:instancePath+"/read_only",schemaPath:"#/properties/read_only/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema21.properties.read_only.type,parentSchema:schema21.properties.read_only,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.bind !== undefined){
let data4 = data.bind;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
if(!((((key1 === "propagation") || (key1 === "create_host_path")) || (key1 === "recursive")) || (pattern0.test(key1)))){
const err9 = {instancePath:instancePath+"/bind",schemaPath:"#/properties/bind/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema21.properties.bind,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data4.propagation !== undefined){
let data5 = data4.propagation;
if(!((((((data5 === "private") || (data5 === "rprivate")) || (data5 === "shared")) || (data5 === "rshared")) || (data5 === "slave")) || (data5 === "rslave"))){
const err10 = {instancePath:instancePath+"/bind/propagation",schemaPath:"#/properties/bind/properties/propagation/enum",keyword:"enum",params:{allowedValues: schema21.properties.bind.properties.propagation.enum},message:"must be equal to one of the allowed values",schema:schema21.properties.bind.properties.propagation.enum,parentSchema:schema21.properties.bind.properties.propagation,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data4.create_host_path !== undefined){
let data6 = data4.create_host_path;
if(typeof data6 !== "boolean"){
const err11 = {instancePath:instancePath+"/bind/create_host_path",schemaPath:"#/properties/bind/properties/create_host_path/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema21.properties.bind.properties.create_host_path.type,parentSchema:schema21.properties.bind.properties.create_host_path,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data4.recursive !== undefined){
let data7 = data4.recursive;
if(!((((data7 === "enabled") || (data7 === "disabled")) || (data7 === "writable")) || (data7 === "readonly"))){
const err12 = {instancePath:instancePath+"/bind/recursive",schemaPath:"#/properties/bind/properties/recursive/enum",keyword:"enum",params:{allowedValues: schema21.properties.bind.properties.recursive.enum},message:"must be equal to one of the allowed values",schema:schema21.properties.bind.properties.recursive.enum,parentSchema:schema21.properties.bind.properties.recursive,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/bind",schemaPath:"#/properties/bind/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.properties.bind.type,parentSchema:schema21.properties.bind,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.volume !== undefined){
let data8 = data.volume;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key2 in data8){
if(!((key2 === "nocopy") || (pattern0.test(key2)))){
const err14 = {instancePath:instancePath+"/volume",schemaPath:"#/properties/volume/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema21.properties.volume,data:data8};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data8.nocopy !== undefined){
let data9 = data8.nocopy;
if(typeof data9 !== "boolean"){
const err15 = {instancePath:instancePath+"/volume/nocopy",schemaPath:"#/properties/volume/properties/nocopy/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema21.properties.volume.properties.nocopy.type,parentSchema:schema21.properties.volume.properties.nocopy,data:data9};
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
const err16 = {instancePath:instancePath+"/volume",schemaPath:"#/properties/volume/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.properties.volume.type,parentSchema:schema21.properties.volume,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.tmpfs !== undefined){
let data10 = data.tmpfs;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key3 in data10){
if(!(((key3 === "size") || (key3 === "mode")) || (pattern0.test(key3)))){
const err17 = {instancePath:instancePath+"/tmpfs",schemaPath:"#/properties/tmpfs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema21.properties.tmpfs,data:data10};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data10.size !== undefined){
let data11 = data10.size;
if((!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))) && (typeof data11 !== "string")){
const err18 = {instancePath:instancePath+"/tmpfs/size",schemaPath:"#/definitions/byteSize/type",keyword:"type",params:{type: schema22.type},message:"must be integer,string",schema:schema22.type,parentSchema:schema22,data:data11};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
const err19 = {instancePath:instancePath+"/tmpfs/size",schemaPath:"#/definitions/byteSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema22,data:data11};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
if(data10.mode !== undefined){
let data12 = data10.mode;
if((!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))) && (typeof data12 !== "string")){
const err20 = {instancePath:instancePath+"/tmpfs/mode",schemaPath:"#/properties/tmpfs/properties/mode/type",keyword:"type",params:{type: schema21.properties.tmpfs.properties.mode.type},message:"must be integer,string",schema:schema21.properties.tmpfs.properties.mode.type,parentSchema:schema21.properties.tmpfs.properties.mode,data:data12};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err21 = {instancePath:instancePath+"/tmpfs/mode",schemaPath:"#/properties/tmpfs/properties/mode/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema21.properties.tmpfs.properties.mode,data:data12};
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
const err22 = {instancePath:instancePath+"/tmpfs",schemaPath:"#/properties/tmpfs/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.properties.tmpfs.type,parentSchema:schema21.properties.tmpfs,data:data10};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.type,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate14.errors = vErrors;
return errors === 0;
}

const schema24 = {"description":"One RFC 6902 operation. `value` is required for add, replace and test; `from` for move and copy.","type":"object","additionalProperties":false,"required":["op","path"],"properties":{"op":{"description":"The operation.","enum":["add","remove","replace","move","copy","test"]},"path":{"description":"Where the operation applies.","$ref":"#/definitions/jsonPointer"},"value":{"description":"The value to add, to replace with, or to test against."},"from":{"description":"Where move and copy take the value from.","$ref":"#/definitions/jsonPointer"}},"allOf":[{"if":{"properties":{"op":{"enum":["add","replace","test"]}},"required":["op"]},"then":{"properties":{"value":true},"required":["value"]}},{"if":{"properties":{"op":{"enum":["move","copy"]}},"required":["op"]},"then":{"properties":{"from":true},"required":["from"]}}]};
const schema25 = {"title":"a JSON pointer such as \"/process/args\"","description":"RFC 6901 JSON pointer into config.json, such as `/process/args` or `/linux/sysctl/net.core.somaxconn`.","type":"string","pattern":"^(/([^~]|~[01])*)*$"};
const pattern6 = new RegExp("^(/([^~]|~[01])*)*$", "u");

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
const err2 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema24.allOf[0].then.required,parentSchema:schema24.allOf[0].then,data};
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
const err3 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema24.allOf[0].if,parentSchema:schema24.allOf[0],data};
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
const err6 = {instancePath,schemaPath:"#/allOf/1/then/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema24.allOf[1].then.required,parentSchema:schema24.allOf[1].then,data};
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
const err7 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema24.allOf[1].if,parentSchema:schema24.allOf[1],data};
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
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'",schema:schema24.required,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.path === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema24.required,parentSchema:schema24,data};
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
const err10 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema24,data};
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
const err11 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/enum",keyword:"enum",params:{allowedValues: schema24.properties.op.enum},message:"must be equal to one of the allowed values",schema:schema24.properties.op.enum,parentSchema:schema24.properties.op,data:data2};
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
if(!pattern6.test(data3)){
const err12 = {instancePath:instancePath+"/path",schemaPath:"#/definitions/jsonPointer/pattern",keyword:"pattern",params:{pattern: "^(/([^~]|~[01])*)*$"},message:"must match pattern \""+"^(/([^~]|~[01])*)*$"+"\"",schema:"^(/([^~]|~[01])*)*$",parentSchema:schema25,data:data3};
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
const err13 = {instancePath:instancePath+"/path",schemaPath:"#/definitions/jsonPointer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.type,parentSchema:schema25,data:data3};
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
if(!pattern6.test(data4)){
const err14 = {instancePath:instancePath+"/from",schemaPath:"#/definitions/jsonPointer/pattern",keyword:"pattern",params:{pattern: "^(/([^~]|~[01])*)*$"},message:"must match pattern \""+"^(/([^~]|~[01])*)*$"+"\"",schema:"^(/([^~]|~[01])*)*$",parentSchema:schema25,data:data4};
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
const err15 = {instancePath:instancePath+"/from",schemaPath:"#/definitions/jsonPointer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.type,parentSchema:schema25,data:data4};
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
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.type,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate17.errors = vErrors;
return errors === 0;
}

const schema40 = {"description":"A device and its rate in bytes per second.","type":"object","additionalProperties":false,"required":["path","rate"],"properties":{"path":{"$ref":"#/definitions/devicePath"},"rate":{"$ref":"#/definitions/byteSize"}}};

function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.path === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema40.required,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.rate === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rate"},message:"must have required property '"+"rate"+"'",schema:schema40.required,parentSchema:schema40,data};
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
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema40,data};
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
if(!pattern11.test(data0)){
const err3 = {instancePath:instancePath+"/path",schemaPath:"#/definitions/devicePath/pattern",keyword:"pattern",params:{pattern: "^/dev/."},message:"must match pattern \""+"^/dev/."+"\"",schema:"^/dev/.",parentSchema:schema38,data:data0};
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
const err4 = {instancePath:instancePath+"/path",schemaPath:"#/definitions/devicePath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data0};
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
const err5 = {instancePath:instancePath+"/rate",schemaPath:"#/definitions/byteSize/type",keyword:"type",params:{type: schema22.type},message:"must be integer,string",schema:schema22.type,parentSchema:schema22,data:data1};
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
const err6 = {instancePath:instancePath+"/rate",schemaPath:"#/definitions/byteSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema22,data:data1};
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
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.type,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate19.errors = vErrors;
return errors === 0;
}

const schema43 = {"description":"A device and its rate in operations per second.","type":"object","additionalProperties":false,"required":["path","rate"],"properties":{"path":{"$ref":"#/definitions/devicePath"},"rate":{"type":"integer","minimum":0}}};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.path === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema43.required,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.rate === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rate"},message:"must have required property '"+"rate"+"'",schema:schema43.required,parentSchema:schema43,data};
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
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema43,data};
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
if(!pattern11.test(data0)){
const err3 = {instancePath:instancePath+"/path",schemaPath:"#/definitions/devicePath/pattern",keyword:"pattern",params:{pattern: "^/dev/."},message:"must match pattern \""+"^/dev/."+"\"",schema:"^/dev/.",parentSchema:schema38,data:data0};
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
const err4 = {instancePath:instancePath+"/path",schemaPath:"#/definitions/devicePath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data0};
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
const err5 = {instancePath:instancePath+"/rate",schemaPath:"#/properties/rate/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema43.properties.rate.type,parentSchema:schema43.properties.rate,data:data1};
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
const err6 = {instancePath:instancePath+"/rate",schemaPath:"#/properties/rate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema43.properties.rate,data:data1};
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
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.type,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://rbc.dev/schemas/bundle.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((func2.call(schema11.properties, key0)) || (pattern0.test(key0)))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.image !== undefined){
let data0 = data.image;
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err1 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.image,data:data0};
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
const err2 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.image.type,parentSchema:schema11.properties.image,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.container !== undefined){
let data1 = data.container;
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err3 = {instancePath:instancePath+"/container",schemaPath:"#/properties/container/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.container,data:data1};
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
const err4 = {instancePath:instancePath+"/container",schemaPath:"#/properties/container/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.container.type,parentSchema:schema11.properties.container,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.extends !== undefined){
let data2 = data.extends;
const _errs7 = errors;
let valid1 = false;
let passing0 = null;
const _errs8 = errors;
if(typeof data2 === "string"){
if(func3(data2) < 1){
const err5 = {instancePath:instancePath+"/extends",schemaPath:"#/definitions/overlayPath/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/extends",schemaPath:"#/definitions/overlayPath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs8 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs11 = errors;
if(Array.isArray(data2)){
if(data2.length < 1){
const err7 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.extends.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(func3(data3) < 1){
const err8 = {instancePath:instancePath+"/extends/" + i0,schemaPath:"#/definitions/overlayPath/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/extends/" + i0,schemaPath:"#/definitions/overlayPath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data3};
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
else {
const err10 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.extends.oneOf[1].type,parentSchema:schema11.properties.extends.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs11 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err11 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema11.properties.extends.oneOf,parentSchema:schema11.properties.extends,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
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
const err12 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.target,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data4.docker !== undefined){
let data5 = data4.docker;
if(!((((data5 === "20.10") || (data5 === "26.1")) || (data5 === 20.1)) || (data5 === 26.1))){
const err13 = {instancePath:instancePath+"/target/docker",schemaPath:"#/properties/target/properties/docker/enum",keyword:"enum",params:{allowedValues: schema11.properties.target.properties.docker.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.target.properties.docker.enum,parentSchema:schema11.properties.target.properties.docker,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data4.cgroup !== undefined){
let data6 = data4.cgroup;
if(!((data6 === "v1") || (data6 === "v2"))){
const err14 = {instancePath:instancePath+"/target/cgroup",schemaPath:"#/properties/target/properties/cgroup/enum",keyword:"enum",params:{allowedValues: schema11.properties.target.properties.cgroup.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.target.properties.cgroup.enum,parentSchema:schema11.properties.target.properties.cgroup,data:data6};
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
else {
const err15 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.target.type,parentSchema:schema11.properties.target,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
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
const _errs24 = errors;
let valid7 = false;
let passing1 = null;
const _errs25 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key2 in data9){
let data10 = data9[key2];
if((((typeof data10 !== "string") && (!((typeof data10 == "number") && (isFinite(data10))))) && (typeof data10 !== "boolean")) && (data10 !== null)){
const err16 = {instancePath:instancePath+"/environment/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/environment/oneOf/0/additionalProperties/type",keyword:"type",params:{type: schema11.properties.environment.oneOf[0].additionalProperties.type},message:"must be string,number,boolean,null",schema:schema11.properties.environment.oneOf[0].additionalProperties.type,parentSchema:schema11.properties.environment.oneOf[0].additionalProperties,data:data10};
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
const err17 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.environment.oneOf[0].type,parentSchema:schema11.properties.environment.oneOf[0],data:data9};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid1 = _errs25 === errors;
if(_valid1){
valid7 = true;
passing1 = 0;
}
const _errs30 = errors;
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
let data11 = data9[i1];
if(typeof data11 !== "string"){
const err18 = {instancePath:instancePath+"/environment/" + i1,schemaPath:"#/definitions/keyValueList/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.items.type,parentSchema:schema16.items,data:data11};
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
else {
const err19 = {instancePath:instancePath+"/environment",schemaPath:"#/definitions/keyValueList/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema16.type,parentSchema:schema16,data:data9};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid1 = _errs30 === errors;
if(_valid1 && valid7){
valid7 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid7 = true;
passing1 = 1;
}
}
if(!valid7){
const err20 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema11.properties.environment.oneOf,parentSchema:schema11.properties.environment,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
else {
errors = _errs24;
if(vErrors !== null){
if(_errs24){
vErrors.length = _errs24;
}
else {
vErrors = null;
}
}
}
}
if(data.env_file !== undefined){
let data12 = data.env_file;
const _errs36 = errors;
let valid12 = false;
let passing2 = null;
const _errs37 = errors;
if(typeof data12 === "string"){
if(func3(data12) < 1){
const err21 = {instancePath:instancePath+"/env_file",schemaPath:"#/properties/env_file/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.env_file.oneOf[0],data:data12};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/env_file",schemaPath:"#/properties/env_file/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.env_file.oneOf[0].type,parentSchema:schema11.properties.env_file.oneOf[0],data:data12};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid2 = _errs37 === errors;
if(_valid2){
valid12 = true;
passing2 = 0;
}
const _errs39 = errors;
if(Array.isArray(data12)){
const len2 = data12.length;
for(let i2=0; i2<len2; i2++){
let data13 = data12[i2];
const _errs42 = errors;
let valid15 = false;
let passing3 = null;
const _errs43 = errors;
if(typeof data13 === "string"){
if(func3(data13) < 1){
const err23 = {instancePath:instancePath+"/env_file/" + i2,schemaPath:"#/properties/env_file/oneOf/1/items/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.env_file.oneOf[1].items.oneOf[0],data:data13};
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
const err24 = {instancePath:instancePath+"/env_file/" + i2,schemaPath:"#/properties/env_file/oneOf/1/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.env_file.oneOf[1].items.oneOf[0].type,parentSchema:schema11.properties.env_file.oneOf[1].items.oneOf[0],data:data13};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid3 = _errs43 === errors;
if(_valid3){
valid15 = true;
passing3 = 0;
}
const _errs45 = errors;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.path === undefined){
const err25 = {instancePath:instancePath+"/env_file/" + i2,schemaPath:"#/properties/env_file/oneOf/1/items/oneOf/1/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema11.properties.env_file.oneOf[1].items.oneOf[1].required,parentSchema:schema11.properties.env_file.oneOf[1].items.oneOf[1],data:data13};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
for(const key3 in data13){
if(!((key3 === "path") || (key3 === "required"))){
const err26 = {instancePath:instancePath+"/env_file/" + i2,schemaPath:"#/properties/env_file/oneOf/1/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.env_file.oneOf[1].items.oneOf[1],data:data13};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data13.path !== undefined){
let data14 = data13.path;
if(typeof data14 === "string"){
if(func3(data14) < 1){
const err27 = {instancePath:instancePath+"/env_file/" + i2+"/path",schemaPath:"#/properties/env_file/oneOf/1/items/oneOf/1/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.env_file.oneOf[1].items.oneOf[1].properties.path,data:data14};
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
const err28 = {instancePath:instancePath+"/env_file/" + i2+"/path",schemaPath:"#/properties/env_file/oneOf/1/items/oneOf/1/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.env_file.oneOf[1].items.oneOf[1].properties.path.type,parentSchema:schema11.properties.env_file.oneOf[1].items.oneOf[1].properties.path,data:data14};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data13.required !== undefined){
let data15 = data13.required;
if(typeof data15 !== "boolean"){
const err29 = {instancePath:instancePath+"/env_file/" + i2+"/required",schemaPath:"#/properties/env_file/oneOf/1/items/oneOf/1/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.env_file.oneOf[1].items.oneOf[1].properties.required.type,parentSchema:schema11.properties.env_file.oneOf[1].items.oneOf[1].properties.required,data:data15};
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
else {
const err30 = {instancePath:instancePath+"/env_file/" + i2,schemaPath:"#/properties/env_file/oneOf/1/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.env_file.oneOf[1].items.oneOf[1].type,parentSchema:schema11.properties.env_file.oneOf[1].items.oneOf[1],data:data13};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid3 = _errs45 === errors;
if(_valid3 && valid15){
valid15 = false;
passing3 = [passing3, 1];
}
else {
if(_valid3){
valid15 = true;
passing3 = 1;
}
}
if(!valid15){
const err31 = {instancePath:instancePath+"/env_file/" + i2,schemaPath:"#/properties/env_file/oneOf/1/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf",schema:schema11.properties.env_file.oneOf[1].items.oneOf,parentSchema:schema11.properties.env_file.oneOf[1].items,data:data13};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
else {
errors = _errs42;
if(vErrors !== null){
if(_errs42){
vErrors.length = _errs42;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err32 = {instancePath:instancePath+"/env_file",schemaPath:"#/properties/env_file/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.env_file.oneOf[1].type,parentSchema:schema11.properties.env_file.oneOf[1],data:data12};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var _valid2 = _errs39 === errors;
if(_valid2 && valid12){
valid12 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid12 = true;
passing2 = 1;
}
}
if(!valid12){
const err33 = {instancePath:instancePath+"/env_file",schemaPath:"#/properties/env_file/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf",schema:schema11.properties.env_file.oneOf,parentSchema:schema11.properties.env_file,data:data12};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
else {
errors = _errs36;
if(vErrors !== null){
if(_errs36){
vErrors.length = _errs36;
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
const err34 = {instancePath:instancePath+"/allow_plaintext/" + i3,schemaPath:"#/definitions/stringList/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.items.type,parentSchema:schema15.items,data:data17};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/allow_plaintext",schemaPath:"#/definitions/stringList/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.type,parentSchema:schema15,data:data16};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.user !== undefined){
let data18 = data.user;
if(typeof data18 !== "string"){
const err36 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.user.type,parentSchema:schema11.properties.user,data:data18};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.working_dir !== undefined){
let data19 = data.working_dir;
if(typeof data19 !== "string"){
const err37 = {instancePath:instancePath+"/working_dir",schemaPath:"#/properties/working_dir/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.working_dir.type,parentSchema:schema11.properties.working_dir,data:data19};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.container_name !== undefined){
let data20 = data.container_name;
if(typeof data20 === "string"){
if(!pattern1.test(data20)){
const err38 = {instancePath:instancePath+"/container_name",schemaPath:"#/properties/container_name/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]+$"},message:"must match pattern \""+"^[a-zA-Z0-9][a-zA-Z0-9_.-]+$"+"\"",schema:"^[a-zA-Z0-9][a-zA-Z0-9_.-]+$",parentSchema:schema11.properties.container_name,data:data20};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/container_name",schemaPath:"#/properties/container_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.container_name.type,parentSchema:schema11.properties.container_name,data:data20};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.hostname !== undefined){
let data21 = data.hostname;
if(typeof data21 !== "string"){
const err40 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.hostname.type,parentSchema:schema11.properties.hostname,data:data21};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.domainname !== undefined){
let data22 = data.domainname;
if(typeof data22 !== "string"){
const err41 = {instancePath:instancePath+"/domainname",schemaPath:"#/properties/domainname/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domainname.type,parentSchema:schema11.properties.domainname,data:data22};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.tty !== undefined){
let data23 = data.tty;
if(typeof data23 !== "boolean"){
const err42 = {instancePath:instancePath+"/tty",schemaPath:"#/properties/tty/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.tty.type,parentSchema:schema11.properties.tty,data:data23};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.read_only !== undefined){
let data24 = data.read_only;
if(typeof data24 !== "boolean"){
const err43 = {instancePath:instancePath+"/read_only",schemaPath:"#/properties/read_only/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.read_only.type,parentSchema:schema11.properties.read_only,data:data24};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.privileged !== undefined){
let data25 = data.privileged;
if(typeof data25 !== "boolean"){
const err44 = {instancePath:instancePath+"/privileged",schemaPath:"#/properties/privileged/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.privileged.type,parentSchema:schema11.properties.privileged,data:data25};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
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
if(typeof data27 !== "string"){
const err45 = {instancePath:instancePath+"/cap_add/" + i4,schemaPath:"#/definitions/stringList/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.items.type,parentSchema:schema15.items,data:data27};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath:instancePath+"/cap_add",schemaPath:"#/definitions/stringList/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.type,parentSchema:schema15,data:data26};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
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
if(typeof data29 !== "string"){
const err47 = {instancePath:instancePath+"/cap_drop/" + i5,schemaPath:"#/definitions/stringList/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.items.type,parentSchema:schema15.items,data:data29};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath:instancePath+"/cap_drop",schemaPath:"#/definitions/stringList/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.type,parentSchema:schema15,data:data28};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
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
const _errs86 = errors;
let valid28 = false;
let passing4 = null;
const _errs87 = errors;
if(typeof data31 !== "string"){
const err49 = {instancePath:instancePath+"/volumes/" + i6,schemaPath:"#/definitions/volume/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:data31};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
var _valid4 = _errs87 === errors;
if(_valid4){
valid28 = true;
passing4 = 0;
}
const _errs90 = errors;
if(!(validate14(data31, {instancePath:instancePath+"/volumes/" + i6,parentData:data30,parentDataProperty:i6,rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
var _valid4 = _errs90 === errors;
if(_valid4 && valid28){
valid28 = false;
passing4 = [passing4, 1];
}
else {
if(_valid4){
valid28 = true;
passing4 = 1;
}
}
if(!valid28){
const err50 = {instancePath:instancePath+"/volumes/" + i6,schemaPath:"#/properties/volumes/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing4},message:"must match exactly one schema in oneOf",schema:schema11.properties.volumes.items.oneOf,parentSchema:schema11.properties.volumes.items,data:data31};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
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
}
else {
const err51 = {instancePath:instancePath+"/volumes",schemaPath:"#/properties/volumes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.volumes.type,parentSchema:schema11.properties.volumes,data:data30};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.tmpfs !== undefined){
if(!(validate11(data.tmpfs, {instancePath:instancePath+"/tmpfs",parentData:data,parentDataProperty:"tmpfs",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
if(data.labels !== undefined){
let data33 = data.labels;
const _errs93 = errors;
let valid30 = false;
let passing5 = null;
const _errs94 = errors;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
for(const key4 in data33){
let data34 = data33[key4];
if(typeof data34 !== "string"){
const err52 = {instancePath:instancePath+"/labels/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/labels/oneOf/0/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.labels.oneOf[0].additionalProperties.type,parentSchema:schema11.properties.labels.oneOf[0].additionalProperties,data:data34};
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
const err53 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.labels.oneOf[0].type,parentSchema:schema11.properties.labels.oneOf[0],data:data33};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
var _valid5 = _errs94 === errors;
if(_valid5){
valid30 = true;
passing5 = 0;
}
const _errs99 = errors;
if(Array.isArray(data33)){
const len7 = data33.length;
for(let i7=0; i7<len7; i7++){
let data35 = data33[i7];
if(typeof data35 !== "string"){
const err54 = {instancePath:instancePath+"/labels/" + i7,schemaPath:"#/definitions/keyValueList/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.items.type,parentSchema:schema16.items,data:data35};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/labels",schemaPath:"#/definitions/keyValueList/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema16.type,parentSchema:schema16,data:data33};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
var _valid5 = _errs99 === errors;
if(_valid5 && valid30){
valid30 = false;
passing5 = [passing5, 1];
}
else {
if(_valid5){
valid30 = true;
passing5 = 1;
}
}
if(!valid30){
const err56 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/oneOf",keyword:"oneOf",params:{passingSchemas: passing5},message:"must match exactly one schema in oneOf",schema:schema11.properties.labels.oneOf,parentSchema:schema11.properties.labels,data:data33};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
else {
errors = _errs93;
if(vErrors !== null){
if(_errs93){
vErrors.length = _errs93;
}
else {
vErrors = null;
}
}
}
}
if(data.patches !== undefined){
let data36 = data.patches;
if(Array.isArray(data36)){
const len8 = data36.length;
for(let i8=0; i8<len8; i8++){
if(!(validate17(data36[i8], {instancePath:instancePath+"/patches/" + i8,parentData:data36,parentDataProperty:i8,rootData}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
}
else {
const err57 = {instancePath:instancePath+"/patches",schemaPath:"#/properties/patches/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.patches.type,parentSchema:schema11.properties.patches,data:data36};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data.group_add !== undefined){
let data38 = data.group_add;
if(Array.isArray(data38)){
const len9 = data38.length;
for(let i9=0; i9<len9; i9++){
let data39 = data38[i9];
if((typeof data39 !== "string") && (!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39))))){
const err58 = {instancePath:instancePath+"/group_add/" + i9,schemaPath:"#/properties/group_add/items/type",keyword:"type",params:{type: schema11.properties.group_add.items.type},message:"must be string,integer",schema:schema11.properties.group_add.items.type,parentSchema:schema11.properties.group_add.items,data:data39};
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
const err59 = {instancePath:instancePath+"/group_add",schemaPath:"#/properties/group_add/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.group_add.type,parentSchema:schema11.properties.group_add,data:data38};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data.security_opt !== undefined){
let data40 = data.security_opt;
if(Array.isArray(data40)){
const len10 = data40.length;
for(let i10=0; i10<len10; i10++){
let data41 = data40[i10];
if(typeof data41 !== "string"){
const err60 = {instancePath:instancePath+"/security_opt/" + i10,schemaPath:"#/definitions/stringList/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.items.type,parentSchema:schema15.items,data:data41};
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
const err61 = {instancePath:instancePath+"/security_opt",schemaPath:"#/definitions/stringList/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.type,parentSchema:schema15,data:data40};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data.devices !== undefined){
let data42 = data.devices;
if(Array.isArray(data42)){
const len11 = data42.length;
for(let i11=0; i11<len11; i11++){
let data43 = data42[i11];
if(typeof data43 !== "string"){
const err62 = {instancePath:instancePath+"/devices/" + i11,schemaPath:"#/definitions/stringList/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.items.type,parentSchema:schema15.items,data:data43};
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
const err63 = {instancePath:instancePath+"/devices",schemaPath:"#/definitions/stringList/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.type,parentSchema:schema15,data:data42};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data.device_cgroup_rules !== undefined){
let data44 = data.device_cgroup_rules;
if(Array.isArray(data44)){
const len12 = data44.length;
for(let i12=0; i12<len12; i12++){
let data45 = data44[i12];
if(typeof data45 !== "string"){
const err64 = {instancePath:instancePath+"/device_cgroup_rules/" + i12,schemaPath:"#/definitions/stringList/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.items.type,parentSchema:schema15.items,data:data45};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
else {
const err65 = {instancePath:instancePath+"/device_cgroup_rules",schemaPath:"#/definitions/stringList/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.type,parentSchema:schema15,data:data44};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data.ulimits !== undefined){
let data46 = data.ulimits;
if(data46 && typeof data46 == "object" && !Array.isArray(data46)){
for(const key5 in data46){
let data47 = data46[key5];
const _errs130 = errors;
let valid49 = false;
let passing6 = null;
const _errs131 = errors;
if(!(((typeof data47 == "number") && (!(data47 % 1) && !isNaN(data47))) && (isFinite(data47)))){
const err66 = {instancePath:instancePath+"/ulimits/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/ulimits/additionalProperties/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.ulimits.additionalProperties.oneOf[0].type,parentSchema:schema11.properties.ulimits.additionalProperties.oneOf[0],data:data47};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if((typeof data47 == "number") && (isFinite(data47))){
if(data47 < -1 || isNaN(data47)){
const err67 = {instancePath:instancePath+"/ulimits/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/ulimits/additionalProperties/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema11.properties.ulimits.additionalProperties.oneOf[0],data:data47};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
var _valid6 = _errs131 === errors;
if(_valid6){
valid49 = true;
passing6 = 0;
}
const _errs133 = errors;
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
if(data47.soft === undefined){
const err68 = {instancePath:instancePath+"/ulimits/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/ulimits/additionalProperties/oneOf/1/required",keyword:"required",params:{missingProperty: "soft"},message:"must have required property '"+"soft"+"'",schema:schema11.properties.ulimits.additionalProperties.oneOf[1].required,parentSchema:schema11.properties.ulimits.additionalProperties.oneOf[1],data:data47};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(data47.hard === undefined){
const err69 = {instancePath:instancePath+"/ulimits/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/ulimits/additionalProperties/oneOf/1/required",keyword:"required",params:{missingProperty: "hard"},message:"must have required property '"+"hard"+"'",schema:schema11.properties.ulimits.additionalProperties.oneOf[1].required,parentSchema:schema11.properties.ulimits.additionalProperties.oneOf[1],data:data47};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
for(const key6 in data47){
if(!(((key6 === "soft") || (key6 === "hard")) || (pattern0.test(key6)))){
const err70 = {instancePath:instancePath+"/ulimits/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/ulimits/additionalProperties/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.ulimits.additionalProperties.oneOf[1],data:data47};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data47.soft !== undefined){
let data48 = data47.soft;
if(!(((typeof data48 == "number") && (!(data48 % 1) && !isNaN(data48))) && (isFinite(data48)))){
const err71 = {instancePath:instancePath+"/ulimits/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/soft",schemaPath:"#/properties/ulimits/additionalProperties/oneOf/1/properties/soft/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.ulimits.additionalProperties.oneOf[1].properties.soft.type,parentSchema:schema11.properties.ulimits.additionalProperties.oneOf[1].properties.soft,data:data48};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if((typeof data48 == "number") && (isFinite(data48))){
if(data48 < -1 || isNaN(data48)){
const err72 = {instancePath:instancePath+"/ulimits/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/soft",schemaPath:"#/properties/ulimits/additionalProperties/oneOf/1/properties/soft/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema11.properties.ulimits.additionalProperties.oneOf[1].properties.soft,data:data48};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
}
if(data47.hard !== undefined){
let data49 = data47.hard;
if(!(((typeof data49 == "number") && (!(data49 % 1) && !isNaN(data49))) && (isFinite(data49)))){
const err73 = {instancePath:instancePath+"/ulimits/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/hard",schemaPath:"#/properties/ulimits/additionalProperties/oneOf/1/properties/hard/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.ulimits.additionalProperties.oneOf[1].properties.hard.type,parentSchema:schema11.properties.ulimits.additionalProperties.oneOf[1].properties.hard,data:data49};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if((typeof data49 == "number") && (isFinite(data49))){
if(data49 < -1 || isNaN(data49)){
const err74 = {instancePath:instancePath+"/ulimits/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/hard",schemaPath:"#/properties/ulimits/additionalProperties/oneOf/1/properties/hard/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema11.properties.ulimits.additionalProperties.oneOf[1].properties.hard,data:data49};
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
}
else {
const err75 = {instancePath:instancePath+"/ulimits/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/ulimits/additionalProperties/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.ulimits.additionalProperties.oneOf[1].type,parentSchema:schema11.properties.ulimits.additionalProperties.oneOf[1],data:data47};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
var _valid6 = _errs133 === errors;
if(_valid6 && valid49){
valid49 = false;
passing6 = [passing6, 1];
}
else {
if(_valid6){
valid49 = true;
passing6 = 1;
}
}
if(!valid49){
const err76 = {instancePath:instancePath+"/ulimits/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/ulimits/additionalProperties/oneOf",keyword:"oneOf",params:{passingSchemas: passing6},message:"must match exactly one schema in oneOf",schema:schema11.properties.ulimits.additionalProperties.oneOf,parentSchema:schema11.properties.ulimits.additionalProperties,data:data47};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
else {
errors = _errs130;
if(vErrors !== null){
if(_errs130){
vErrors.length = _errs130;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err77 = {instancePath:instancePath+"/ulimits",schemaPath:"#/properties/ulimits/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.ulimits.type,parentSchema:schema11.properties.ulimits,data:data46};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data.sysctls !== undefined){
let data50 = data.sysctls;
const _errs141 = errors;
let valid51 = false;
let passing7 = null;
const _errs142 = errors;
if(data50 && typeof data50 == "object" && !Array.isArray(data50)){
for(const key7 in data50){
let data51 = data50[key7];
if((typeof data51 !== "string") && (!((typeof data51 == "number") && (isFinite(data51))))){
const err78 = {instancePath:instancePath+"/sysctls/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/sysctls/oneOf/0/additionalProperties/type",keyword:"type",params:{type: schema11.properties.sysctls.oneOf[0].additionalProperties.type},message:"must be string,number",schema:schema11.properties.sysctls.oneOf[0].additionalProperties.type,parentSchema:schema11.properties.sysctls.oneOf[0].additionalProperties,data:data51};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
else {
const err79 = {instancePath:instancePath+"/sysctls",schemaPath:"#/properties/sysctls/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.sysctls.oneOf[0].type,parentSchema:schema11.properties.sysctls.oneOf[0],data:data50};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
var _valid7 = _errs142 === errors;
if(_valid7){
valid51 = true;
passing7 = 0;
}
const _errs147 = errors;
if(Array.isArray(data50)){
const len13 = data50.length;
for(let i13=0; i13<len13; i13++){
let data52 = data50[i13];
if(typeof data52 !== "string"){
const err80 = {instancePath:instancePath+"/sysctls/" + i13,schemaPath:"#/definitions/keyValueList/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.items.type,parentSchema:schema16.items,data:data52};
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
const err81 = {instancePath:instancePath+"/sysctls",schemaPath:"#/definitions/keyValueList/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema16.type,parentSchema:schema16,data:data50};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
var _valid7 = _errs147 === errors;
if(_valid7 && valid51){
valid51 = false;
passing7 = [passing7, 1];
}
else {
if(_valid7){
valid51 = true;
passing7 = 1;
}
}
if(!valid51){
const err82 = {instancePath:instancePath+"/sysctls",schemaPath:"#/properties/sysctls/oneOf",keyword:"oneOf",params:{passingSchemas: passing7},message:"must match exactly one schema in oneOf",schema:schema11.properties.sysctls.oneOf,parentSchema:schema11.properties.sysctls,data:data50};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
else {
errors = _errs141;
if(vErrors !== null){
if(_errs141){
vErrors.length = _errs141;
}
else {
vErrors = null;
}
}
}
}
if(data.mem_limit !== undefined){
let data53 = data.mem_limit;
if((!(((typeof data53 == "number") && (!(data53 % 1) && !isNaN(data53))) && (isFinite(data53)))) && (typeof data53 !== "string")){
const err83 = {instancePath:instancePath+"/mem_limit",schemaPath:"#/definitions/byteSize/type",keyword:"type",params:{type: schema22.type},message:"must be integer,string",schema:schema22.type,parentSchema:schema22,data:data53};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if((typeof data53 == "number") && (isFinite(data53))){
if(data53 < 0 || isNaN(data53)){
const err84 = {instancePath:instancePath+"/mem_limit",schemaPath:"#/definitions/byteSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema22,data:data53};
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
if(data.mem_reservation !== undefined){
let data54 = data.mem_reservation;
if((!(((typeof data54 == "number") && (!(data54 % 1) && !isNaN(data54))) && (isFinite(data54)))) && (typeof data54 !== "string")){
const err85 = {instancePath:instancePath+"/mem_reservation",schemaPath:"#/definitions/byteSize/type",keyword:"type",params:{type: schema22.type},message:"must be integer,string",schema:schema22.type,parentSchema:schema22,data:data54};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if((typeof data54 == "number") && (isFinite(data54))){
if(data54 < 0 || isNaN(data54)){
const err86 = {instancePath:instancePath+"/mem_reservation",schemaPath:"#/definitions/byteSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema22,data:data54};
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
if(data.memswap_limit !== undefined){
let data55 = data.memswap_limit;
const _errs159 = errors;
let valid58 = false;
let passing8 = null;
const _errs160 = errors;
if((!(((typeof data55 == "number") && (!(data55 % 1) && !isNaN(data55))) && (isFinite(data55)))) && (typeof data55 !== "string")){
const err87 = {instancePath:instancePath+"/memswap_limit",schemaPath:"#/definitions/byteSize/type",keyword:"type",params:{type: schema22.type},message:"must be integer,string",schema:schema22.type,parentSchema:schema22,data:data55};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if((typeof data55 == "number") && (isFinite(data55))){
if(data55 < 0 || isNaN(data55)){
const err88 = {instancePath:instancePath+"/memswap_limit",schemaPath:"#/definitions/byteSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema22,data:data55};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
var _valid8 = _errs160 === errors;
if(_valid8){
valid58 = true;
passing8 = 0;
}
const _errs163 = errors;
if(-1 !== data55){
const err89 = {instancePath:instancePath+"/memswap_limit",schemaPath:"#/properties/memswap_limit/oneOf/1/const",keyword:"const",params:{allowedValue: -1},message:"must be equal to constant",schema:-1,parentSchema:schema11.properties.memswap_limit.oneOf[1],data:data55};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
var _valid8 = _errs163 === errors;
if(_valid8 && valid58){
valid58 = false;
passing8 = [passing8, 1];
}
else {
if(_valid8){
valid58 = true;
passing8 = 1;
}
}
if(!valid58){
const err90 = {instancePath:instancePath+"/memswap_limit",schemaPath:"#/properties/memswap_limit/oneOf",keyword:"oneOf",params:{passingSchemas: passing8},message:"must match exactly one schema in oneOf",schema:schema11.properties.memswap_limit.oneOf,parentSchema:schema11.properties.memswap_limit,data:data55};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
else {
errors = _errs159;
if(vErrors !== null){
if(_errs159){
vErrors.length = _errs159;
}
else {
vErrors = null;
}
}
}
}
if(data.mem_swappiness !== undefined){
let data56 = data.mem_swappiness;
if(!(((typeof data56 == "number") && (!(data56 % 1) && !isNaN(data56))) && (isFinite(data56)))){
const err91 = {instancePath:instancePath+"/mem_swappiness",schemaPath:"#/properties/mem_swappiness/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.mem_swappiness.type,parentSchema:schema11.properties.mem_swappiness,data:data56};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if((typeof data56 == "number") && (isFinite(data56))){
if(data56 > 100 || isNaN(data56)){
const err92 = {instancePath:instancePath+"/mem_swappiness",schemaPath:"#/properties/mem_swappiness/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema11.properties.mem_swappiness,data:data56};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if(data56 < 0 || isNaN(data56)){
const err93 = {instancePath:instancePath+"/mem_swappiness",schemaPath:"#/properties/mem_swappiness/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.mem_swappiness,data:data56};
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
if(data.oom_kill_disable !== undefined){
let data57 = data.oom_kill_disable;
if(typeof data57 !== "boolean"){
const err94 = {instancePath:instancePath+"/oom_kill_disable",schemaPath:"#/properties/oom_kill_disable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.oom_kill_disable.type,parentSchema:schema11.properties.oom_kill_disable,data:data57};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data.oom_score_adj !== undefined){
let data58 = data.oom_score_adj;
if(!(((typeof data58 == "number") && (!(data58 % 1) && !isNaN(data58))) && (isFinite(data58)))){
const err95 = {instancePath:instancePath+"/oom_score_adj",schemaPath:"#/properties/oom_score_adj/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.oom_score_adj.type,parentSchema:schema11.properties.oom_score_adj,data:data58};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if((typeof data58 == "number") && (isFinite(data58))){
if(data58 > 1000 || isNaN(data58)){
const err96 = {instancePath:instancePath+"/oom_score_adj",schemaPath:"#/properties/oom_score_adj/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema11.properties.oom_score_adj,data:data58};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
if(data58 < -1000 || isNaN(data58)){
const err97 = {instancePath:instancePath+"/oom_score_adj",schemaPath:"#/properties/oom_score_adj/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000},message:"must be >= -1000",schema:-1000,parentSchema:schema11.properties.oom_score_adj,data:data58};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
}
if(data.cpus !== undefined){
let data59 = data.cpus;
if((!((typeof data59 == "number") && (isFinite(data59)))) && (typeof data59 !== "string")){
const err98 = {instancePath:instancePath+"/cpus",schemaPath:"#/properties/cpus/type",keyword:"type",params:{type: schema11.properties.cpus.type},message:"must be number,string",schema:schema11.properties.cpus.type,parentSchema:schema11.properties.cpus,data:data59};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if((typeof data59 == "number") && (isFinite(data59))){
if(data59 <= 0 || isNaN(data59)){
const err99 = {instancePath:instancePath+"/cpus",schemaPath:"#/properties/cpus/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.cpus,data:data59};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
}
if(data.cpu_shares !== undefined){
let data60 = data.cpu_shares;
if(!(((typeof data60 == "number") && (!(data60 % 1) && !isNaN(data60))) && (isFinite(data60)))){
const err100 = {instancePath:instancePath+"/cpu_shares",schemaPath:"#/properties/cpu_shares/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.cpu_shares.type,parentSchema:schema11.properties.cpu_shares,data:data60};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
if((typeof data60 == "number") && (isFinite(data60))){
if(data60 < 0 || isNaN(data60)){
const err101 = {instancePath:instancePath+"/cpu_shares",schemaPath:"#/properties/cpu_shares/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.cpu_shares,data:data60};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
}
if(data.cpu_quota !== undefined){
let data61 = data.cpu_quota;
if(!(((typeof data61 == "number") && (!(data61 % 1) && !isNaN(data61))) && (isFinite(data61)))){
const err102 = {instancePath:instancePath+"/cpu_quota",schemaPath:"#/properties/cpu_quota/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.cpu_quota.type,parentSchema:schema11.properties.cpu_quota,data:data61};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
const _errs176 = errors;
let valid60 = false;
const _errs177 = errors;
if((typeof data61 == "number") && (isFinite(data61))){
if(data61 > 0 || isNaN(data61)){
const err103 = {instancePath:instancePath+"/cpu_quota",schemaPath:"#/properties/cpu_quota/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 0},message:"must be <= 0",schema:0,parentSchema:schema11.properties.cpu_quota.anyOf[0],data:data61};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if(data61 < -1 || isNaN(data61)){
const err104 = {instancePath:instancePath+"/cpu_quota",schemaPath:"#/properties/cpu_quota/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema11.properties.cpu_quota.anyOf[0],data:data61};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
var _valid9 = _errs177 === errors;
valid60 = valid60 || _valid9;
if(!valid60){
const _errs178 = errors;
if((typeof data61 == "number") && (isFinite(data61))){
if(data61 < 1000 || isNaN(data61)){
const err105 = {instancePath:instancePath+"/cpu_quota",schemaPath:"#/properties/cpu_quota/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1000},message:"must be >= 1000",schema:1000,parentSchema:schema11.properties.cpu_quota.anyOf[1],data:data61};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
var _valid9 = _errs178 === errors;
valid60 = valid60 || _valid9;
}
if(!valid60){
const err106 = {instancePath:instancePath+"/cpu_quota",schemaPath:"#/properties/cpu_quota/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.cpu_quota.anyOf,parentSchema:schema11.properties.cpu_quota,data:data61};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
else {
errors = _errs176;
if(vErrors !== null){
if(_errs176){
vErrors.length = _errs176;
}
else {
vErrors = null;
}
}
}
}
if(data.cpu_period !== undefined){
let data62 = data.cpu_period;
if(!(((typeof data62 == "number") && (!(data62 % 1) && !isNaN(data62))) && (isFinite(data62)))){
const err107 = {instancePath:instancePath+"/cpu_period",schemaPath:"#/properties/cpu_period/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.cpu_period.type,parentSchema:schema11.properties.cpu_period,data:data62};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
const _errs181 = errors;
let valid61 = false;
const _errs182 = errors;
if(0 !== data62){
const err108 = {instancePath:instancePath+"/cpu_period",schemaPath:"#/properties/cpu_period/anyOf/0/const",keyword:"const",params:{allowedValue: 0},message:"must be equal to constant",schema:0,parentSchema:schema11.properties.cpu_period.anyOf[0],data:data62};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
var _valid10 = _errs182 === errors;
valid61 = valid61 || _valid10;
if(!valid61){
const _errs183 = errors;
if((typeof data62 == "number") && (isFinite(data62))){
if(data62 > 1000000 || isNaN(data62)){
const err109 = {instancePath:instancePath+"/cpu_period",schemaPath:"#/properties/cpu_period/anyOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema11.properties.cpu_period.anyOf[1],data:data62};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
if(data62 < 1000 || isNaN(data62)){
const err110 = {instancePath:instancePath+"/cpu_period",schemaPath:"#/properties/cpu_period/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1000},message:"must be >= 1000",schema:1000,parentSchema:schema11.properties.cpu_period.anyOf[1],data:data62};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
var _valid10 = _errs183 === errors;
valid61 = valid61 || _valid10;
}
if(!valid61){
const err111 = {instancePath:instancePath+"/cpu_period",schemaPath:"#/properties/cpu_period/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.cpu_period.anyOf,parentSchema:schema11.properties.cpu_period,data:data62};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
else {
errors = _errs181;
if(vErrors !== null){
if(_errs181){
vErrors.length = _errs181;
}
else {
vErrors = null;
}
}
}
}
if(data.cpu_rt_runtime !== undefined){
let data63 = data.cpu_rt_runtime;
if((!(((typeof data63 == "number") && (!(data63 % 1) && !isNaN(data63))) && (isFinite(data63)))) && (typeof data63 !== "string")){
const err112 = {instancePath:instancePath+"/cpu_rt_runtime",schemaPath:"#/properties/cpu_rt_runtime/type",keyword:"type",params:{type: schema11.properties.cpu_rt_runtime.type},message:"must be integer,string",schema:schema11.properties.cpu_rt_runtime.type,parentSchema:schema11.properties.cpu_rt_runtime,data:data63};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
if((typeof data63 == "number") && (isFinite(data63))){
if(data63 < 0 || isNaN(data63)){
const err113 = {instancePath:instancePath+"/cpu_rt_runtime",schemaPath:"#/properties/cpu_rt_runtime/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.cpu_rt_runtime,data:data63};
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
if(data.cpu_rt_period !== undefined){
let data64 = data.cpu_rt_period;
if((!(((typeof data64 == "number") && (!(data64 % 1) && !isNaN(data64))) && (isFinite(data64)))) && (typeof data64 !== "string")){
const err114 = {instancePath:instancePath+"/cpu_rt_period",schemaPath:"#/properties/cpu_rt_period/type",keyword:"type",params:{type: schema11.properties.cpu_rt_period.type},message:"must be integer,string",schema:schema11.properties.cpu_rt_period.type,parentSchema:schema11.properties.cpu_rt_period,data:data64};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
if((typeof data64 == "number") && (isFinite(data64))){
if(data64 < 0 || isNaN(data64)){
const err115 = {instancePath:instancePath+"/cpu_rt_period",schemaPath:"#/properties/cpu_rt_period/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.cpu_rt_period,data:data64};
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
if(data.cpuset !== undefined){
let data65 = data.cpuset;
if(typeof data65 === "string"){
if(!pattern9.test(data65)){
const err116 = {instancePath:instancePath+"/cpuset",schemaPath:"#/definitions/cpuList/pattern",keyword:"pattern",params:{pattern: "^\\d+(-\\d+)?(,\\d+(-\\d+)?)*$"},message:"must match pattern \""+"^\\d+(-\\d+)?(,\\d+(-\\d+)?)*$"+"\"",schema:"^\\d+(-\\d+)?(,\\d+(-\\d+)?)*$",parentSchema:schema34,data:data65};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
else {
const err117 = {instancePath:instancePath+"/cpuset",schemaPath:"#/definitions/cpuList/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data65};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
if(data.cpuset_mems !== undefined){
let data66 = data.cpuset_mems;
if(typeof data66 === "string"){
if(!pattern9.test(data66)){
const err118 = {instancePath:instancePath+"/cpuset_mems",schemaPath:"#/definitions/cpuList/pattern",keyword:"pattern",params:{pattern: "^\\d+(-\\d+)?(,\\d+(-\\d+)?)*$"},message:"must match pattern \""+"^\\d+(-\\d+)?(,\\d+(-\\d+)?)*$"+"\"",schema:"^\\d+(-\\d+)?(,\\d+(-\\d+)?)*$",parentSchema:schema34,data:data66};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
else {
const err119 = {instancePath:instancePath+"/cpuset_mems",schemaPath:"#/definitions/cpuList/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data66};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data.pids_limit !== undefined){
let data67 = data.pids_limit;
if(!(((typeof data67 == "number") && (!(data67 % 1) && !isNaN(data67))) && (isFinite(data67)))){
const err120 = {instancePath:instancePath+"/pids_limit",schemaPath:"#/properties/pids_limit/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.pids_limit.type,parentSchema:schema11.properties.pids_limit,data:data67};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
if(data.shm_size !== undefined){
let data68 = data.shm_size;
if((!(((typeof data68 == "number") && (!(data68 % 1) && !isNaN(data68))) && (isFinite(data68)))) && (typeof data68 !== "string")){
const err121 = {instancePath:instancePath+"/shm_size",schemaPath:"#/definitions/byteSize/type",keyword:"type",params:{type: schema22.type},message:"must be integer,string",schema:schema22.type,parentSchema:schema22,data:data68};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
if((typeof data68 == "number") && (isFinite(data68))){
if(data68 < 0 || isNaN(data68)){
const err122 = {instancePath:instancePath+"/shm_size",schemaPath:"#/definitions/byteSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema22,data:data68};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
}
if(data.blkio_config !== undefined){
let data69 = data.blkio_config;
if(data69 && typeof data69 == "object" && !Array.isArray(data69)){
for(const key8 in data69){
if(!((((((key8 === "weight") || (key8 === "weight_device")) || (key8 === "device_read_bps")) || (key8 === "device_write_bps")) || (key8 === "device_read_iops")) || (key8 === "device_write_iops"))){
const err123 = {instancePath:instancePath+"/blkio_config",schemaPath:"#/properties/blkio_config/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.blkio_config,data:data69};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
if(data69.weight !== undefined){
let data70 = data69.weight;
if(!(((typeof data70 == "number") && (!(data70 % 1) && !isNaN(data70))) && (isFinite(data70)))){
const err124 = {instancePath:instancePath+"/blkio_config/weight",schemaPath:"#/definitions/blkioWeight/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.type,parentSchema:schema37,data:data70};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
const _errs205 = errors;
let valid67 = false;
const _errs206 = errors;
if(0 !== data70){
const err125 = {instancePath:instancePath+"/blkio_config/weight",schemaPath:"#/definitions/blkioWeight/anyOf/0/const",keyword:"const",params:{allowedValue: 0},message:"must be equal to constant",schema:0,parentSchema:schema37.anyOf[0],data:data70};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
var _valid11 = _errs206 === errors;
valid67 = valid67 || _valid11;
if(!valid67){
const _errs207 = errors;
if((typeof data70 == "number") && (isFinite(data70))){
if(data70 > 1000 || isNaN(data70)){
const err126 = {instancePath:instancePath+"/blkio_config/weight",schemaPath:"#/definitions/blkioWeight/anyOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema37.anyOf[1],data:data70};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
if(data70 < 10 || isNaN(data70)){
const err127 = {instancePath:instancePath+"/blkio_config/weight",schemaPath:"#/definitions/blkioWeight/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 10},message:"must be >= 10",schema:10,parentSchema:schema37.anyOf[1],data:data70};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
var _valid11 = _errs207 === errors;
valid67 = valid67 || _valid11;
}
if(!valid67){
const err128 = {instancePath:instancePath+"/blkio_config/weight",schemaPath:"#/definitions/blkioWeight/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema37.anyOf,parentSchema:schema37,data:data70};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
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
if(data69.weight_device !== undefined){
let data71 = data69.weight_device;
if(Array.isArray(data71)){
const len14 = data71.length;
for(let i14=0; i14<len14; i14++){
let data72 = data71[i14];
if(data72 && typeof data72 == "object" && !Array.isArray(data72)){
if(data72.path === undefined){
const err129 = {instancePath:instancePath+"/blkio_config/weight_device/" + i14,schemaPath:"#/properties/blkio_config/properties/weight_device/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema11.properties.blkio_config.properties.weight_device.items.required,parentSchema:schema11.properties.blkio_config.properties.weight_device.items,data:data72};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
if(data72.weight === undefined){
const err130 = {instancePath:instancePath+"/blkio_config/weight_device/" + i14,schemaPath:"#/properties/blkio_config/properties/weight_device/items/required",keyword:"required",params:{missingProperty: "weight"},message:"must have required property '"+"weight"+"'",schema:schema11.properties.blkio_config.properties.weight_device.items.required,parentSchema:schema11.properties.blkio_config.properties.weight_device.items,data:data72};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
for(const key9 in data72){
if(!((key9 === "path") || (key9 === "weight"))){
const err131 = {instancePath:instancePath+"/blkio_config/weight_device/" + i14,schemaPath:"#/properties/blkio_config/properties/weight_device/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.blkio_config.properties.weight_device.items,data:data72};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
if(data72.path !== undefined){
let data73 = data72.path;
if(typeof data73 === "string"){
if(!pattern11.test(data73)){
const err132 = {instancePath:instancePath+"/blkio_config/weight_device/" + i14+"/path",schemaPath:"#/definitions/devicePath/pattern",keyword:"pattern",params:{pattern: "^/dev/."},message:"must match pattern \""+"^/dev/."+"\"",schema:"^/dev/.",parentSchema:schema38,data:data73};
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
const err133 = {instancePath:instancePath+"/blkio_config/weight_device/" + i14+"/path",schemaPath:"#/definitions/devicePath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data73};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
if(data72.weight !== undefined){
let data74 = data72.weight;
if(!(((typeof data74 == "number") && (!(data74 % 1) && !isNaN(data74))) && (isFinite(data74)))){
const err134 = {instancePath:instancePath+"/blkio_config/weight_device/" + i14+"/weight",schemaPath:"#/definitions/blkioWeight/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.type,parentSchema:schema37,data:data74};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
const _errs219 = errors;
let valid73 = false;
const _errs220 = errors;
if(0 !== data74){
const err135 = {instancePath:instancePath+"/blkio_config/weight_device/" + i14+"/weight",schemaPath:"#/definitions/blkioWeight/anyOf/0/const",keyword:"const",params:{allowedValue: 0},message:"must be equal to constant",schema:0,parentSchema:schema37.anyOf[0],data:data74};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
var _valid12 = _errs220 === errors;
valid73 = valid73 || _valid12;
if(!valid73){
const _errs221 = errors;
if((typeof data74 == "number") && (isFinite(data74))){
if(data74 > 1000 || isNaN(data74)){
const err136 = {instancePath:instancePath+"/blkio_config/weight_device/" + i14+"/weight",schemaPath:"#/definitions/blkioWeight/anyOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema37.anyOf[1],data:data74};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
if(data74 < 10 || isNaN(data74)){
const err137 = {instancePath:instancePath+"/blkio_config/weight_device/" + i14+"/weight",schemaPath:"#/definitions/blkioWeight/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 10},message:"must be >= 10",schema:10,parentSchema:schema37.anyOf[1],data:data74};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
var _valid12 = _errs221 === errors;
valid73 = valid73 || _valid12;
}
if(!valid73){
const err138 = {instancePath:instancePath+"/blkio_config/weight_device/" + i14+"/weight",schemaPath:"#/definitions/blkioWeight/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema37.anyOf,parentSchema:schema37,data:data74};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
else {
errors = _errs219;
if(vErrors !== null){
if(_errs219){
vErrors.length = _errs219;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err139 = {instancePath:instancePath+"/blkio_config/weight_device/" + i14,schemaPath:"#/properties/blkio_config/properties/weight_device/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.blkio_config.properties.weight_device.items.type,parentSchema:schema11.properties.blkio_config.properties.weight_device.items,data:data72};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
}
else {
const err140 = {instancePath:instancePath+"/blkio_config/weight_device",schemaPath:"#/properties/blkio_config/properties/weight_device/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.blkio_config.properties.weight_device.type,parentSchema:schema11.properties.blkio_config.properties.weight_device,data:data71};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
if(data69.device_read_bps !== undefined){
let data75 = data69.device_read_bps;
if(Array.isArray(data75)){
const len15 = data75.length;
for(let i15=0; i15<len15; i15++){
if(!(validate19(data75[i15], {instancePath:instancePath+"/blkio_config/device_read_bps/" + i15,parentData:data75,parentDataProperty:i15,rootData}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
}
}
else {
const err141 = {instancePath:instancePath+"/blkio_config/device_read_bps",schemaPath:"#/properties/blkio_config/properties/device_read_bps/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.blkio_config.properties.device_read_bps.type,parentSchema:schema11.properties.blkio_config.properties.device_read_bps,data:data75};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
if(data69.device_write_bps !== undefined){
let data77 = data69.device_write_bps;
if(Array.isArray(data77)){
const len16 = data77.length;
for(let i16=0; i16<len16; i16++){
if(!(validate19(data77[i16], {instancePath:instancePath+"/blkio_config/device_write_bps/" + i16,parentData:data77,parentDataProperty:i16,rootData}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
}
}
else {
const err142 = {instancePath:instancePath+"/blkio_config/device_write_bps",schemaPath:"#/properties/blkio_config/properties/device_write_bps/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.blkio_config.properties.device_write_bps.type,parentSchema:schema11.properties.blkio_config.properties.device_write_bps,data:data77};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
if(data69.device_read_iops !== undefined){
let data79 = data69.device_read_iops;
if(Array.isArray(data79)){
const len17 = data79.length;
for(let i17=0; i17<len17; i17++){
if(!(validate22(data79[i17], {instancePath:instancePath+"/blkio_config/device_read_iops/" + i17,parentData:data79,parentDataProperty:i17,rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err143 = {instancePath:instancePath+"/blkio_config/device_read_iops",schemaPath:"#/properties/blkio_config/properties/device_read_iops/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.blkio_config.properties.device_read_iops.type,parentSchema:schema11.properties.blkio_config.properties.device_read_iops,data:data79};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
if(data69.device_write_iops !== undefined){
let data81 = data69.device_write_iops;
if(Array.isArray(data81)){
const len18 = data81.length;
for(let i18=0; i18<len18; i18++){
if(!(validate22(data81[i18], {instancePath:instancePath+"/blkio_config/device_write_iops/" + i18,parentData:data81,parentDataProperty:i18,rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err144 = {instancePath:instancePath+"/blkio_config/device_write_iops",schemaPath:"#/properties/blkio_config/properties/device_write_iops/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.blkio_config.properties.device_write_iops.type,parentSchema:schema11.properties.blkio_config.properties.device_write_iops,data:data81};
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
const err145 = {instancePath:instancePath+"/blkio_config",schemaPath:"#/properties/blkio_config/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.blkio_config.type,parentSchema:schema11.properties.blkio_config,data:data69};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
if(data.init !== undefined){
let data83 = data.init;
if(typeof data83 !== "boolean"){
const err146 = {instancePath:instancePath+"/init",schemaPath:"#/properties/init/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.init.type,parentSchema:schema11.properties.init,data:data83};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
if(data.ipc !== undefined){
let data84 = data.ipc;
if(typeof data84 === "string"){
if(!pattern14.test(data84)){
const err147 = {instancePath:instancePath+"/ipc",schemaPath:"#/properties/ipc/pattern",keyword:"pattern",params:{pattern: "^(private|shareable|none|host|container:.+)$"},message:"must match pattern \""+"^(private|shareable|none|host|container:.+)$"+"\"",schema:"^(private|shareable|none|host|container:.+)$",parentSchema:schema11.properties.ipc,data:data84};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
else {
const err148 = {instancePath:instancePath+"/ipc",schemaPath:"#/properties/ipc/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.ipc.type,parentSchema:schema11.properties.ipc,data:data84};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
if(data.pid !== undefined){
let data85 = data.pid;
if(typeof data85 === "string"){
if(!pattern15.test(data85)){
const err149 = {instancePath:instancePath+"/pid",schemaPath:"#/properties/pid/pattern",keyword:"pattern",params:{pattern: "^(|host|container:.+)$"},message:"must match pattern \""+"^(|host|container:.+)$"+"\"",schema:"^(|host|container:.+)$",parentSchema:schema11.properties.pid,data:data85};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
else {
const err150 = {instancePath:instancePath+"/pid",schemaPath:"#/properties/pid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pid.type,parentSchema:schema11.properties.pid,data:data85};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
if(data.uts !== undefined){
let data86 = data.uts;
if(!(data86 === "host")){
const err151 = {instancePath:instancePath+"/uts",schemaPath:"#/properties/uts/enum",keyword:"enum",params:{allowedValues: schema11.properties.uts.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.uts.enum,parentSchema:schema11.properties.uts,data:data86};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
if(data.userns_mode !== undefined){
let data87 = data.userns_mode;
if(!(data87 === "host")){
const err152 = {instancePath:instancePath+"/userns_mode",schemaPath:"#/properties/userns_mode/enum",keyword:"enum",params:{allowedValues: schema11.properties.userns_mode.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.userns_mode.enum,parentSchema:schema11.properties.userns_mode,data:data87};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
if(data.cgroup !== undefined){
let data88 = data.cgroup;
if(!((data88 === "host") || (data88 === "private"))){
const err153 = {instancePath:instancePath+"/cgroup",schemaPath:"#/properties/cgroup/enum",keyword:"enum",params:{allowedValues: schema11.properties.cgroup.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.cgroup.enum,parentSchema:schema11.properties.cgroup,data:data88};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
if(data.cgroup_parent !== undefined){
let data89 = data.cgroup_parent;
if(typeof data89 === "string"){
if(func3(data89) < 1){
const err154 = {instancePath:instancePath+"/cgroup_parent",schemaPath:"#/properties/cgroup_parent/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.cgroup_parent,data:data89};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
else {
const err155 = {instancePath:instancePath+"/cgroup_parent",schemaPath:"#/properties/cgroup_parent/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.cgroup_parent.type,parentSchema:schema11.properties.cgroup_parent,data:data89};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
if(data.network_mode !== undefined){
let data90 = data.network_mode;
if(typeof data90 === "string"){
if(!pattern16.test(data90)){
const err156 = {instancePath:instancePath+"/network_mode",schemaPath:"#/properties/network_mode/pattern",keyword:"pattern",params:{pattern: "^(bridge|default|none|host|container:.+)$"},message:"must match pattern \""+"^(bridge|default|none|host|container:.+)$"+"\"",schema:"^(bridge|default|none|host|container:.+)$",parentSchema:schema11.properties.network_mode,data:data90};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
else {
const err157 = {instancePath:instancePath+"/network_mode",schemaPath:"#/properties/network_mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.network_mode.type,parentSchema:schema11.properties.network_mode,data:data90};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
if(data.dns !== undefined){
if(!(validate11(data.dns, {instancePath:instancePath+"/dns",parentData:data,parentDataProperty:"dns",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
if(data.dns_search !== undefined){
if(!(validate11(data.dns_search, {instancePath:instancePath+"/dns_search",parentData:data,parentDataProperty:"dns_search",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
if(data.dns_opt !== undefined){
let data93 = data.dns_opt;
if(Array.isArray(data93)){
const len19 = data93.length;
for(let i19=0; i19<len19; i19++){
let data94 = data93[i19];
if(typeof data94 !== "string"){
const err158 = {instancePath:instancePath+"/dns_opt/" + i19,schemaPath:"#/definitions/stringList/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.items.type,parentSchema:schema15.items,data:data94};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
}
else {
const err159 = {instancePath:instancePath+"/dns_opt",schemaPath:"#/definitions/stringList/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.type,parentSchema:schema15,data:data93};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
if(data.extra_hosts !== undefined){
let data95 = data.extra_hosts;
const _errs255 = errors;
let valid85 = false;
let passing9 = null;
const _errs256 = errors;
if(data95 && typeof data95 == "object" && !Array.isArray(data95)){
for(const key10 in data95){
let data96 = data95[key10];
if(typeof data96 !== "string"){
const err160 = {instancePath:instancePath+"/extra_hosts/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/extra_hosts/oneOf/0/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.extra_hosts.oneOf[0].additionalProperties.type,parentSchema:schema11.properties.extra_hosts.oneOf[0].additionalProperties,data:data96};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
}
else {
const err161 = {instancePath:instancePath+"/extra_hosts",schemaPath:"#/properties/extra_hosts/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.extra_hosts.oneOf[0].type,parentSchema:schema11.properties.extra_hosts.oneOf[0],data:data95};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
var _valid13 = _errs256 === errors;
if(_valid13){
valid85 = true;
passing9 = 0;
}
const _errs261 = errors;
if(Array.isArray(data95)){
const len20 = data95.length;
for(let i20=0; i20<len20; i20++){
let data97 = data95[i20];
if(typeof data97 !== "string"){
const err162 = {instancePath:instancePath+"/extra_hosts/" + i20,schemaPath:"#/definitions/stringList/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.items.type,parentSchema:schema15.items,data:data97};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
}
else {
const err163 = {instancePath:instancePath+"/extra_hosts",schemaPath:"#/definitions/stringList/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.type,parentSchema:schema15,data:data95};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
var _valid13 = _errs261 === errors;
if(_valid13 && valid85){
valid85 = false;
passing9 = [passing9, 1];
}
else {
if(_valid13){
valid85 = true;
passing9 = 1;
}
}
if(!valid85){
const err164 = {instancePath:instancePath+"/extra_hosts",schemaPath:"#/properties/extra_hosts/oneOf",keyword:"oneOf",params:{passingSchemas: passing9},message:"must match exactly one schema in oneOf",schema:schema11.properties.extra_hosts.oneOf,parentSchema:schema11.properties.extra_hosts,data:data95};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
else {
errors = _errs255;
if(vErrors !== null){
if(_errs255){
vErrors.length = _errs255;
}
else {
vErrors = null;
}
}
}
}
if(data.ports !== undefined){
let data98 = data.ports;
if(Array.isArray(data98)){
const len21 = data98.length;
for(let i21=0; i21<len21; i21++){
let data99 = data98[i21];
if((typeof data99 !== "string") && (!(((typeof data99 == "number") && (!(data99 % 1) && !isNaN(data99))) && (isFinite(data99))))){
const err165 = {instancePath:instancePath+"/ports/" + i21,schemaPath:"#/properties/ports/items/type",keyword:"type",params:{type: schema11.properties.ports.items.type},message:"must be string,integer",schema:schema11.properties.ports.items.type,parentSchema:schema11.properties.ports.items,data:data99};
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
else {
const err166 = {instancePath:instancePath+"/ports",schemaPath:"#/properties/ports/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.ports.type,parentSchema:schema11.properties.ports,data:data98};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
if(data.stop_signal !== undefined){
let data100 = data.stop_signal;
if(typeof data100 === "string"){
if(func3(data100) < 1){
const err167 = {instancePath:instancePath+"/stop_signal",schemaPath:"#/properties/stop_signal/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.stop_signal,data:data100};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
else {
const err168 = {instancePath:instancePath+"/stop_signal",schemaPath:"#/properties/stop_signal/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.stop_signal.type,parentSchema:schema11.properties.stop_signal,data:data100};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
if(data.stop_grace_period !== undefined){
let data101 = data.stop_grace_period;
if((!((typeof data101 == "number") && (isFinite(data101)))) && (typeof data101 !== "string")){
const err169 = {instancePath:instancePath+"/stop_grace_period",schemaPath:"#/properties/stop_grace_period/type",keyword:"type",params:{type: schema11.properties.stop_grace_period.type},message:"must be number,string",schema:schema11.properties.stop_grace_period.type,parentSchema:schema11.properties.stop_grace_period,data:data101};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
if((typeof data101 == "number") && (isFinite(data101))){
if(data101 < 0 || isNaN(data101)){
const err170 = {instancePath:instancePath+"/stop_grace_period",schemaPath:"#/properties/stop_grace_period/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.stop_grace_period,data:data101};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
}
if(data.annotations !== undefined){
let data102 = data.annotations;
const _errs275 = errors;
let valid92 = false;
let passing10 = null;
const _errs276 = errors;
if(data102 && typeof data102 == "object" && !Array.isArray(data102)){
for(const key11 in data102){
let data103 = data102[key11];
if(typeof data103 !== "string"){
const err171 = {instancePath:instancePath+"/annotations/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/annotations/oneOf/0/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.annotations.oneOf[0].additionalProperties.type,parentSchema:schema11.properties.annotations.oneOf[0].additionalProperties,data:data103};
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
else {
const err172 = {instancePath:instancePath+"/annotations",schemaPath:"#/properties/annotations/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.annotations.oneOf[0].type,parentSchema:schema11.properties.annotations.oneOf[0],data:data102};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
var _valid14 = _errs276 === errors;
if(_valid14){
valid92 = true;
passing10 = 0;
}
const _errs281 = errors;
if(Array.isArray(data102)){
const len22 = data102.length;
for(let i22=0; i22<len22; i22++){
let data104 = data102[i22];
if(typeof data104 !== "string"){
const err173 = {instancePath:instancePath+"/annotations/" + i22,schemaPath:"#/definitions/keyValueList/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.items.type,parentSchema:schema16.items,data:data104};
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
const err174 = {instancePath:instancePath+"/annotations",schemaPath:"#/definitions/keyValueList/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema16.type,parentSchema:schema16,data:data102};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
var _valid14 = _errs281 === errors;
if(_valid14 && valid92){
valid92 = false;
passing10 = [passing10, 1];
}
else {
if(_valid14){
valid92 = true;
passing10 = 1;
}
}
if(!valid92){
const err175 = {instancePath:instancePath+"/annotations",schemaPath:"#/properties/annotations/oneOf",keyword:"oneOf",params:{passingSchemas: passing10},message:"must match exactly one schema in oneOf",schema:schema11.properties.annotations.oneOf,parentSchema:schema11.properties.annotations,data:data102};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
else {
errors = _errs275;
if(vErrors !== null){
if(_errs275){
vErrors.length = _errs275;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err176 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

/** Checks a value against schemas/bundle.schema.json; ajv's errors are left on `.errors`. */
export const validateBundleDocument: ValidateFunction<BundleDocument> = validate10;
