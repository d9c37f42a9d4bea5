// Generated from schemas/oci-runtime-config.schema.json by scripts/generate-validators.ts. Do not edit by hand:
// change the schema and run `npm run generate`.
// @ts-nocheck
import type { ValidateFunction } from "ajv";
import runtime0Exports from "ajv/dist/runtime/ucs2length.js";

function runtimeModule(exports) {
  return exports?.__esModule === true ? exports : { default: exports };
}
const runtime0 = runtimeModule(runtime0Exports);

const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://rbc.dev/schemas/oci-runtime-config.schema.json","title":"OCI runtime config.json for Linux, as rbc emits it","description":"The config.json that rbc writes for runc on Linux, following OCI runtime-spec v1.0.2 (config.md, config-linux.md); a few later additions that sit in open objects (the time namespace, process.user.umask, resources.unified, seccomp defaultErrnoRet and listener fields) are accepted too. Strictness: the spec tells runtimes to ignore unknown properties, so nested objects stay open, but the top level, process, root, linux and every mounts item are closed (additionalProperties false): rbc generates them and users JSON-patch them, and an unknown key there is almost always a typo (\"terminall\", \"readOnly\") that runc would silently ignore. Being closed, they admit only v1.0.2 Linux members, so Windows/Solaris/VM sections and v1.1+ members such as domainname, process.ioPriority or linux.timeOffsets are rejected. process is required although the spec makes it optional, because runc refuses to create a container without it. Integers follow the spec's Go types (uint32, int64, uint64); values beyond 2^53 are compared approximately. Draft-07 cannot say that a namespace type or an rlimit type appears only once (both MUSTs of the spec); rbc's validateSpec checks that beside this schema.","type":"object","required":["ociVersion","root","process"],"additionalProperties":false,"properties":{"ociVersion":{"description":"Version of the runtime-spec the bundle complies with, in SemVer 2.0.0 form (Docker 20.10 writes \"1.0.2-dev\"). config.md#specification-version","type":"string","pattern":"^(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)(?:-(?:0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*)(?:\\.(?:0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*))*)?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?$"},"root":{"$ref":"#/definitions/root"},"process":{"$ref":"#/definitions/process"},"hostname":{"description":"Hostname seen inside the container; only settable with a private UTS namespace. config.md#hostname","type":"string"},"mounts":{"description":"Extra mounts, performed in this order after the root filesystem. config.md#mounts","type":"array","items":{"$ref":"#/definitions/mount"}},"hooks":{"$ref":"#/definitions/hooks"},"annotations":{"description":"Arbitrary metadata. Keys are non-empty strings (reverse domain notation recommended); values are strings. config.md#annotations","type":"object","propertyNames":{"type":"string","minLength":1},"additionalProperties":{"type":"string"}},"linux":{"$ref":"#/definitions/linux"}},"definitions":{"int32":{"type":"integer","minimum":-2147483648,"maximum":2147483647},"int64":{"type":"integer","minimum":-9223372036854776000,"maximum":9223372036854776000},"uint16":{"type":"integer","minimum":0,"maximum":65535},"uint32":{"type":"integer","minimum":0,"maximum":4294967295},"uint64":{"type":"integer","minimum":0,"maximum":18446744073709552000},"absolutePath":{"description":"A path that starts with \"/\".","type":"string","pattern":"^/"},"absolutePaths":{"type":"array","items":{"$ref":"#/definitions/absolutePath"}},"strings":{"type":"array","items":{"type":"string"}},"stringMap":{"type":"object","additionalProperties":{"type":"string"}},"environment":{"description":"Environment in the environ(7) form NAME=value; runc refuses an entry without \"=\".","type":"array","items":{"type":"string","pattern":"^[^=]+="}},"root":{"description":"The container's root filesystem; required on Linux. config.md#root","type":"object","required":["path"],"additionalProperties":false,"properties":{"path":{"description":"Root filesystem directory, absolute or relative to the bundle.","type":"string","minLength":1},"readonly":{"description":"Mount the root filesystem read-only.","type":"boolean"}}},"process":{"description":"The container process. Optional in the spec, but runc refuses to create a container without it, so rbc always writes it. config.md#process","type":"object","required":["user","args","cwd"],"additionalProperties":false,"properties":{"terminal":{"description":"Attach a pseudo-terminal to the process.","type":"boolean"},"consoleSize":{"description":"Initial size of the terminal, in characters.","type":"object","required":["height","width"],"properties":{"height":{"$ref":"#/definitions/uint32"},"width":{"$ref":"#/definitions/uint32"}}},"user":{"$ref":"#/definitions/user"},"args":{"description":"argv of the process, as for execvp; the first entry is the executable and at least one entry is required.","type":"array","minItems":1,"items":{"type":"string"}},"env":{"$ref":"#/definitions/environment"},"cwd":{"description":"Working directory of the process; must be absolute.","type":"string","pattern":"^/"},"capabilities":{"$ref":"#/definitions/capabilities"},"rlimits":{"description":"setrlimit(2) limits applied to the process; a type may appear only once (validateSpec checks that).","type":"array","items":{"$ref":"#/definitions/rlimit"}},"noNewPrivileges":{"description":"Set no_new_privs so the process cannot gain privileges (setuid binaries, file capabilities).","type":"boolean"},"apparmorProfile":{"description":"Name of the AppArmor profile to run the process under.","type":"string"},"oomScoreAdj":{"description":"Value written to /proc/<pid>/oom_score_adj (the kernel accepts -1000..1000).","$ref":"#/definitions/int32"},"selinuxLabel":{"description":"SELinux label of the process.","type":"string"}}},"user":{"description":"Numeric identity of the process inside the container. config.md#user","type":"object","required":["uid","gid"],"properties":{"uid":{"$ref":"#/definitions/uint32"},"gid":{"$ref":"#/definitions/uint32"},"umask":{"$ref":"#/definitions/uint32"},"additionalGids":{"description":"Supplementary group IDs.","type":"array","items":{"$ref":"#/definitions/uint32"}}}},"capabilityList":{"description":"Capability names as in capabilities(7), with the CAP_ prefix.","type":"array","items":{"type":"string","pattern":"^CAP_[A-Z_]+$"}},"capabilities":{"description":"Capability sets of the process; a set that is absent is empty. config.md#linux-process","type":"object","properties":{"bounding":{"$ref":"#/definitions/capabilityList"},"effective":{"$ref":"#/definitions/capabilityList"},"inheritable":{"$ref":"#/definitions/capabilityList"},"permitted":{"$ref":"#/definitions/capabilityList"},"ambient":{"$ref":"#/definitions/capabilityList"}}},"rlimit":{"description":"One resource limit; type names a resource of getrlimit(2). Unlimited is 2^64-1.","type":"object","required":["type","soft","hard"],"properties":{"type":{"type":"string","pattern":"^RLIMIT_[A-Z]+$"},"soft":{"$ref":"#/definitions/uint64"},"hard":{"$ref":"#/definitions/uint64"}}},"mount":{"description":"One mount, with mount(8) semantics. The destination must be absolute in v1.0.2. config.md#mounts","type":"object","required":["destination"],"additionalProperties":false,"properties":{"destination":{"description":"Mount point inside the container.","type":"string","pattern":"^/"},"type":{"description":"Filesystem type as listed in /proc/filesystems, or \"bind\".","type":"string"},"source":{"description":"Device, directory or dummy name to mount.","type":"string"},"options":{"description":"Mount options: flags and filesystem data, as for mount(8).","$ref":"#/definitions/strings"}}},"hook":{"description":"A program run by the runtime at a lifecycle point. config.md#posix-platform-hooks","type":"object","required":["path"],"properties":{"path":{"description":"Absolute path of the executable, in the runtime's namespace.","type":"string","pattern":"^/"},"args":{"$ref":"#/definitions/strings"},"env":{"$ref":"#/definitions/environment"},"timeout":{"description":"Seconds before the hook is aborted.","type":"integer","minimum":1}}},"hookList":{"type":"array","items":{"$ref":"#/definitions/hook"}},"hooks":{"description":"Lifecycle hooks. prestart is deprecated in favour of createRuntime, createContainer and startContainer but still honoured by runc (Docker uses it). config.md#posix-platform-hooks","type":"object","properties":{"prestart":{"$ref":"#/definitions/hookList"},"createRuntime":{"$ref":"#/definitions/hookList"},"createContainer":{"$ref":"#/definitions/hookList"},"startContainer":{"$ref":"#/definitions/hookList"},"poststart":{"$ref":"#/definitions/hookList"},"poststop":{"$ref":"#/definitions/hookList"}}},"linux":{"description":"Linux-specific configuration. config-linux.md","type":"object","additionalProperties":false,"properties":{"namespaces":{"description":"Namespaces the container joins (with path) or creates (without). A type may appear only once; validateSpec checks that. config-linux.md#namespaces","type":"array","items":{"$ref":"#/definitions/namespace"}},"uidMappings":{"description":"User namespace UID mappings. config-linux.md#user-namespace-mappings","type":"array","items":{"$ref":"#/definitions/idMapping"}},"gidMappings":{"description":"User namespace GID mappings. config-linux.md#user-namespace-mappings","type":"array","items":{"$ref":"#/definitions/idMapping"}},"devices":{"description":"Device nodes to create in the container. config-linux.md#devices","type":"array","items":{"$ref":"#/definitions/device"}},"cgroupsPath":{"description":"Cgroup path: absolute, or relative to the runtime's cgroup root. config-linux.md#cgroups-path","type":"string"},"resources":{"$ref":"#/definitions/resources"},"intelRdt":{"$ref":"#/definitions/intelRdt"},"sysctl":{"description":"Kernel parameters to set in the container, by name. config-linux.md#sysctl","$ref":"#/definitions/stringMap"},"seccomp":{"$ref":"#/definitions/seccomp"},"rootfsPropagation":{"description":"Mount propagation of the root filesystem; runc also accepts the recursive r-forms. config-linux.md#rootfs-mount-propagation","type":"string","enum":["private","shared","slave","unbindable","rprivate","rshared","rslave","runbindable"]},"maskedPaths":{"description":"Container paths made unreadable. config-linux.md#masked-paths","$ref":"#/definitions/absolutePaths"},"readonlyPaths":{"description":"Container paths made read-only. config-linux.md#readonly-paths","$ref":"#/definitions/absolutePaths"},"mountLabel":{"description":"SELinux context for the container's mounts. config-linux.md#mount-label","type":"string"},"personality":{"$ref":"#/definitions/personality"}}},"namespace":{"description":"One namespace. \"time\" is a runtime-spec v1.1 addition.","type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["pid","network","mount","ipc","uts","user","cgroup","time"]},"path":{"description":"Namespace file to join, e.g. /proc/<pid>/ns/net.","type":"string","pattern":"^/"}}},"idMapping":{"description":"Maps size IDs starting at containerID onto the host starting at hostID.","type":"object","required":["containerID","hostID","size"],"properties":{"containerID":{"$ref":"#/definitions/uint32"},"hostID":{"$ref":"#/definitions/uint32"},"size":{"$ref":"#/definitions/uint32"}}},"device":{"description":"A device node: c (character, u is an alias for unbuffered), b (block) or p (FIFO). major and minor are required except for FIFOs.","type":"object","required":["path","type"],"properties":{"path":{"$ref":"#/definitions/absolutePath"},"type":{"type":"string","enum":["c","b","u","p"]},"major":{"$ref":"#/definitions/int64"},"minor":{"$ref":"#/definitions/int64"},"fileMode":{"description":"Permission bits of the node (decimal in JSON, 420 is 0644).","$ref":"#/definitions/uint32"},"uid":{"$ref":"#/definitions/uint32"},"gid":{"$ref":"#/definitions/uint32"}},"if":{"properties":{"type":{"const":"p"}}},"else":{"properties":{"major":true,"minor":true},"required":["major","minor"]}},"resources":{"description":"Cgroup limits. config-linux.md#control-groups","type":"object","properties":{"devices":{"description":"Device cgroup allow/deny list, applied in order.","type":"array","items":{"$ref":"#/definitions/deviceRule"}},"memory":{"$ref":"#/definitions/memory"},"cpu":{"$ref":"#/definitions/cpu"},"pids":{"$ref":"#/definitions/pids"},"blockIO":{"$ref":"#/definitions/blockIO"},"hugepageLimits":{"description":"hugetlb limits per page size.","type":"array","items":{"$ref":"#/definitions/hugepageLimit"}},"network":{"$ref":"#/definitions/network"},"rdma":{"description":"RDMA limits, keyed by device name.","type":"object","additionalProperties":{"type":"object","properties":{"hcaHandles":{"$ref":"#/definitions/uint32"},"hcaObjects":{"$ref":"#/definitions/uint32"}}}},"unified":{"description":"cgroup v2 files to write, by file name (runtime-spec v1.1).","$ref":"#/definitions/stringMap"}}},"deviceRule":{"description":"One device cgroup rule. Absent type, major or minor mean all; access is a combination of r (read), w (write) and m (mknod), each at most once; the empty string is tolerated.","type":"object","required":["allow"],"properties":{"allow":{"type":"boolean"},"type":{"type":"string","enum":["a","b","c"]},"major":{"$ref":"#/definitions/int64"},"minor":{"$ref":"#/definitions/int64"},"access":{"type":"string","pattern":"^(?:([rwm])(?!.*\\1)){0,3}$"}}},"memory":{"description":"Memory cgroup. Byte values are int64, -1 meaning unlimited.","type":"object","properties":{"limit":{"$ref":"#/definitions/int64"},"reservation":{"$ref":"#/definitions/int64"},"swap":{"$ref":"#/definitions/int64"},"kernel":{"$ref":"#/definitions/int64"},"kernelTCP":{"$ref":"#/definitions/int64"},"swappiness":{"description":"Swap tendency, 0..100.","type":"integer","minimum":0,"maximum":100},"disableOOMKiller":{"type":"boolean"},"useHierarchy":{"type":"boolean"}}},"cpu":{"description":"CPU and cpuset cgroups.","type":"object","properties":{"shares":{"$ref":"#/definitions/uint64"},"quota":{"$ref":"#/definitions/int64"},"period":{"$ref":"#/definitions/uint64"},"realtimeRuntime":{"$ref":"#/definitions/int64"},"realtimePeriod":{"$ref":"#/definitions/uint64"},"cpus":{"description":"CPU list, e.g. \"0-3,7\".","type":"string"},"mems":{"description":"Memory node list, e.g. \"0-1\".","type":"string"}}},"pids":{"description":"pids cgroup; limit -1 (or 0 as Docker writes it) means unlimited.","type":"object","required":["limit"],"properties":{"limit":{"$ref":"#/definitions/int64"}}},"blkioWeight":{"description":"blkio weight: 10..1000, or 0 for \"not set\", which Docker writes by default.","type":"integer","anyOf":[{"const":0},{"minimum":10,"maximum":1000}]},"blockIO":{"description":"blkio cgroup.","type":"object","properties":{"weight":{"$ref":"#/definitions/blkioWeight"},"leafWeight":{"$ref":"#/definitions/blkioWeight"},"weightDevice":{"type":"array","items":{"type":"object","required":["major","minor"],"properties":{"major":{"$ref":"#/definitions/int64"},"minor":{"$ref":"#/definitions/int64"},"weight":{"$ref":"#/definitions/blkioWeight"},"leafWeight":{"$ref":"#/definitions/blkioWeight"}}}},"throttleReadBpsDevice":{"$ref":"#/definitions/throttleDevices"},"throttleWriteBpsDevice":{"$ref":"#/definitions/throttleDevices"},"throttleReadIOPSDevice":{"$ref":"#/definitions/throttleDevices"},"throttleWriteIOPSDevice":{"$ref":"#/definitions/throttleDevices"}}},"throttleDevices":{"description":"Per-device rate limits, in bytes or operations per second.","type":"array","items":{"type":"object","required":["major","minor","rate"],"properties":{"major":{"$ref":"#/definitions/int64"},"minor":{"$ref":"#/definitions/int64"},"rate":{"$ref":"#/definitions/uint64"}}}},"hugepageLimit":{"type":"object","required":["pageSize","limit"],"properties":{"pageSize":{"description":"Page size as in the hugetlb file names: 64KB, 2MB, 1GB.","type":"string","pattern":"^[1-9][0-9]*[KMGTPE]?B$"},"limit":{"$ref":"#/definitions/uint64"}}},"network":{"description":"net_cls and net_prio cgroups.","type":"object","properties":{"classID":{"$ref":"#/definitions/uint32"},"priorities":{"type":"array","items":{"type":"object","required":["name","priority"],"properties":{"name":{"type":"string"},"priority":{"$ref":"#/definitions/uint32"}}}}}},"intelRdt":{"description":"Intel Resource Director Technology (resctrl). config-linux.md#intelrdt","type":"object","properties":{"closID":{"type":"string"},"l3CacheSchema":{"type":"string"},"memBwSchema":{"type":"string"}}},"personality":{"description":"Execution domain of the process. config-linux.md#personality","type":"object","required":["domain"],"properties":{"domain":{"type":"string","enum":["LINUX","LINUX32"]},"flags":{"$ref":"#/definitions/strings"}}},"seccompAction":{"type":"string","enum":["SCMP_ACT_KILL","SCMP_ACT_KILL_PROCESS","SCMP_ACT_KILL_THREAD","SCMP_ACT_TRAP","SCMP_ACT_ERRNO","SCMP_ACT_TRACE","SCMP_ACT_ALLOW","SCMP_ACT_LOG","SCMP_ACT_NOTIFY"]},"seccomp":{"description":"Seccomp filter, in libseccomp terms. config-linux.md#seccomp","type":"object","required":["defaultAction"],"properties":{"defaultAction":{"$ref":"#/definitions/seccompAction"},"defaultErrnoRet":{"$ref":"#/definitions/uint32"},"architectures":{"description":"Architectures the filter also covers.","type":"array","items":{"type":"string","enum":["SCMP_ARCH_X86","SCMP_ARCH_X86_64","SCMP_ARCH_X32","SCMP_ARCH_ARM","SCMP_ARCH_AARCH64","SCMP_ARCH_MIPS","SCMP_ARCH_MIPS64","SCMP_ARCH_MIPS64N32","SCMP_ARCH_MIPSEL","SCMP_ARCH_MIPSEL64","SCMP_ARCH_MIPSEL64N32","SCMP_ARCH_PPC","SCMP_ARCH_PPC64","SCMP_ARCH_PPC64LE","SCMP_ARCH_S390","SCMP_ARCH_S390X","SCMP_ARCH_PARISC","SCMP_ARCH_PARISC64","SCMP_ARCH_RISCV64"]}},"flags":{"description":"seccomp(2) filter flags, e.g. SECCOMP_FILTER_FLAG_LOG.","type":"array","items":{"type":"string","pattern":"^SECCOMP_FILTER_FLAG_[A-Z_]+$"}},"listenerPath":{"type":"string"},"listenerMetadata":{"type":"string"},"syscalls":{"description":"Rules, matched in order: an action for some syscalls, optionally only for some arguments.","type":"array","items":{"$ref":"#/definitions/seccompSyscall"}}}},"seccompSyscall":{"type":"object","required":["names","action"],"properties":{"names":{"description":"Syscall names; at least one. Names the kernel does not know are skipped by runc.","type":"array","minItems":1,"items":{"type":"string"}},"action":{"$ref":"#/definitions/seccompAction"},"errnoRet":{"description":"errno returned by SCMP_ACT_ERRNO (and SCMP_ACT_TRACE).","$ref":"#/definitions/uint32"},"args":{"type":"array","items":{"$ref":"#/definitions/seccompArg"}}}},"seccompArg":{"description":"Condition on one syscall argument; MASKED_EQ compares (arg & value) with valueTwo.","type":"object","required":["index","value","op"],"properties":{"index":{"type":"integer","minimum":0,"maximum":5},"value":{"$ref":"#/definitions/uint64"},"valueTwo":{"$ref":"#/definitions/uint64"},"op":{"type":"string","enum":["SCMP_CMP_NE","SCMP_CMP_LT","SCMP_CMP_LE","SCMP_CMP_EQ","SCMP_CMP_GE","SCMP_CMP_GT","SCMP_CMP_MASKED_EQ"]}}}}};
const schema12 = {"description":"The container's root filesystem; required on Linux. config.md#root","type":"object","required":["path"],"additionalProperties":false,"properties":{"path":{"description":"Root filesystem directory, absolute or relative to the bundle.","type":"string","minLength":1},"readonly":{"description":"Mount the root filesystem read-only.","type":"boolean"}}};
const pattern0 = new RegExp("^(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)(?:-(?:0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*)(?:\\.(?:0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*))*)?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?$", "u");
const func2 = runtime0.default;
const schema13 = {"description":"The container process. Optional in the spec, but runc refuses to create a container without it, so rbc always writes it. config.md#process","type":"object","required":["user","args","cwd"],"additionalProperties":false,"properties":{"terminal":{"description":"Attach a pseudo-terminal to the process.","type":"boolean"},"consoleSize":{"description":"Initial size of the terminal, in characters.","type":"object","required":["height","width"],"properties":{"height":{"$ref":"#/definitions/uint32"},"width":{"$ref":"#/definitions/uint32"}}},"user":{"$ref":"#/definitions/user"},"args":{"description":"argv of the process, as for execvp; the first entry is the executable and at least one entry is required.","type":"array","minItems":1,"items":{"type":"string"}},"env":{"$ref":"#/definitions/environment"},"cwd":{"description":"Working directory of the process; must be absolute.","type":"string","pattern":"^/"},"capabilities":{"$ref":"#/definitions/capabilities"},"rlimits":{"description":"setrlimit(2) limits applied to the process; a type may appear only once (validateSpec checks that).","type":"array","items":{"$ref":"#/definitions/rlimit"}},"noNewPrivileges":{"description":"Set no_new_privs so the process cannot gain privileges (setuid binaries, file capabilities).","type":"boolean"},"apparmorProfile":{"description":"Name of the AppArmor profile to run the process under.","type":"string"},"oomScoreAdj":{"description":"Value written to /proc/<pid>/oom_score_adj (the kernel accepts -1000..1000).","$ref":"#/definitions/int32"},"selinuxLabel":{"description":"SELinux label of the process.","type":"string"}}};
const schema14 = {"type":"integer","minimum":0,"maximum":4294967295};
const schema21 = {"description":"Environment in the environ(7) form NAME=value; runc refuses an entry without \"=\".","type":"array","items":{"type":"string","pattern":"^[^=]+="}};
const schema31 = {"type":"integer","minimum":-2147483648,"maximum":2147483647};
const func3 = Object.prototype.hasOwnProperty;
const schema16 = {"description":"Numeric identity of the process inside the container. config.md#user","type":"object","required":["uid","gid"],"properties":{"uid":{"$ref":"#/definitions/uint32"},"gid":{"$ref":"#/definitions/uint32"},"umask":{"$ref":"#/definitions/uint32"},"additionalGids":{"description":"Supplementary group IDs.","type":"array","items":{"$ref":"#/definitions/uint32"}}}};

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.uid === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "uid"},message:"must have required property '"+"uid"+"'",schema:schema16.required,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.gid === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "gid"},message:"must have required property '"+"gid"+"'",schema:schema16.required,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.uid !== undefined){
let data0 = data.uid;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/uid",schemaPath:"#/definitions/uint32/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.type,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 4294967295 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/uid",schemaPath:"#/definitions/uint32/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295",schema:4294967295,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/uid",schemaPath:"#/definitions/uint32/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14,data:data0};
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
if(data.gid !== undefined){
let data1 = data.gid;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err5 = {instancePath:instancePath+"/gid",schemaPath:"#/definitions/uint32/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.type,parentSchema:schema14,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 4294967295 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/gid",schemaPath:"#/definitions/uint32/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295",schema:4294967295,parentSchema:schema14,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/gid",schemaPath:"#/definitions/uint32/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14,data:data1};
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
if(data.umask !== undefined){
let data2 = data.umask;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err8 = {instancePath:instancePath+"/umask",schemaPath:"#/definitions/uint32/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.type,parentSchema:schema14,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 4294967295 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/umask",schemaPath:"#/definitions/uint32/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295",schema:4294967295,parentSchema:schema14,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/umask",schemaPath:"#/definitions/uint32/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data.additionalGids !== undefined){
let data3 = data.additionalGids;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err11 = {instancePath:instancePath+"/additionalGids/" + i0,schemaPath:"#/definitions/uint32/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.type,parentSchema:schema14,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 4294967295 || isNaN(data4)){
const err12 = {instancePath:instancePath+"/additionalGids/" + i0,schemaPath:"#/definitions/uint32/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295",schema:4294967295,parentSchema:schema14,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err13 = {instancePath:instancePath+"/additionalGids/" + i0,schemaPath:"#/definitions/uint32/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
}
else {
const err14 = {instancePath:instancePath+"/additionalGids",schemaPath:"#/properties/additionalGids/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema16.properties.additionalGids.type,parentSchema:schema16.properties.additionalGids,data:data3};
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
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.type,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate12.errors = vErrors;
return errors === 0;
}

const schema22 = {"description":"Capability sets of the process; a set that is absent is empty. config.md#linux-process","type":"object","properties":{"bounding":{"$ref":"#/definitions/capabilityList"},"effective":{"$ref":"#/definitions/capabilityList"},"inheritable":{"$ref":"#/definitions/capabilityList"},"permitted":{"$ref":"#/definitions/capabilityList"},"ambient":{"$ref":"#/definitions/capabilityList"}}};
const schema23 = {"description":"Capability names as in capabilities(7), with the CAP_ prefix.","type":"array","items":{"type":"string","pattern":"^CAP_[A-Z_]+$"}};
const pattern3 = new RegExp("^CAP_[A-Z_]+$", "u");

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.bounding !== undefined){
let data0 = data.bounding;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 === "string"){
if(!pattern3.test(data1)){
const err0 = {instancePath:instancePath+"/bounding/" + i0,schemaPath:"#/definitions/capabilityList/items/pattern",keyword:"pattern",params:{pattern: "^CAP_[A-Z_]+$"},message:"must match pattern \""+"^CAP_[A-Z_]+$"+"\"",schema:"^CAP_[A-Z_]+$",parentSchema:schema23.items,data:data1};
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
const err1 = {instancePath:instancePath+"/bounding/" + i0,schemaPath:"#/definitions/capabilityList/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.type,parentSchema:schema23.items,data:data1};
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
const err2 = {instancePath:instancePath+"/bounding",schemaPath:"#/definitions/capabilityList/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.type,parentSchema:schema23,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.effective !== undefined){
let data2 = data.effective;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
let data3 = data2[i1];
if(typeof data3 === "string"){
if(!pattern3.test(data3)){
const err3 = {instancePath:instancePath+"/effective/" + i1,schemaPath:"#/definitions/capabilityList/items/pattern",keyword:"pattern",params:{pattern: "^CAP_[A-Z_]+$"},message:"must match pattern \""+"^CAP_[A-Z_]+$"+"\"",schema:"^CAP_[A-Z_]+$",parentSchema:schema23.items,data:data3};
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
const err4 = {instancePath:instancePath+"/effective/" + i1,schemaPath:"#/definitions/capabilityList/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.type,parentSchema:schema23.items,data:data3};
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
else {
const err5 = {instancePath:instancePath+"/effective",schemaPath:"#/definitions/capabilityList/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.type,parentSchema:schema23,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.inheritable !== undefined){
let data4 = data.inheritable;
if(Array.isArray(data4)){
const len2 = data4.length;
for(let i2=0; i2<len2; i2++){
let data5 = data4[i2];
if(typeof data5 === "string"){
if(!pattern3.test(data5)){
const err6 = {instancePath:instancePath+"/inheritable/" + i2,schemaPath:"#/definitions/capabilityList/items/pattern",keyword:"pattern",params:{pattern: "^CAP_[A-Z_]+$"},message:"must match pattern \""+"^CAP_[A-Z_]+$"+"\"",schema:"^CAP_[A-Z_]+$",parentSchema:schema23.items,data:data5};
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
const err7 = {instancePath:instancePath+"/inheritable/" + i2,schemaPath:"#/definitions/capabilityList/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.type,parentSchema:schema23.items,data:data5};
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
else {
const err8 = {instancePath:instancePath+"/inheritable",schemaPath:"#/definitions/capabilityList/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.type,parentSchema:schema23,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.permitted !== undefined){
let data6 = data.permitted;
if(Array.isArray(data6)){
const len3 = data6.length;
for(let i3=0; i3<len3; i3++){
let data7 = data6[i3];
if(typeof data7 === "string"){
if(!pattern3.test(data7)){
const err9 = {instancePath:instancePath+"/permitted/" + i3,schemaPath:"#/definitions/capabilityList/items/pattern",keyword:"pattern",params:{pattern: "^CAP_[A-Z_]+$"},message:"must match pattern \""+"^CAP_[A-Z_]+$"+"\"",schema:"^CAP_[A-Z_]+$",parentSchema:schema23.items,data:data7};
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
const err10 = {instancePath:instancePath+"/permitted/" + i3,schemaPath:"#/definitions/capabilityList/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.type,parentSchema:schema23.items,data:data7};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/permitted",schemaPath:"#/definitions/capabilityList/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.type,parentSchema:schema23,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.ambient !== undefined){
let data8 = data.ambient;
if(Array.isArray(data8)){
const len4 = data8.length;
for(let i4=0; i4<len4; i4++){
let data9 = data8[i4];
if(typeof data9 === "string"){
if(!pattern3.test(data9)){
const err12 = {instancePath:instancePath+"/ambient/" + i4,schemaPath:"#/definitions/capabilityList/items/pattern",keyword:"pattern",params:{pattern: "^CAP_[A-Z_]+$"},message:"must match pattern \""+"^CAP_[A-Z_]+$"+"\"",schema:"^CAP_[A-Z_]+$",parentSchema:schema23.items,data:data9};
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
const err13 = {instancePath:instancePath+"/ambient/" + i4,schemaPath:"#/definitions/capabilityList/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.items.type,parentSchema:schema23.items,data:data9};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/ambient",schemaPath:"#/definitions/capabilityList/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema23.type,parentSchema:schema23,data:data8};
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
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate14.errors = vErrors;
return errors === 0;
}

const schema28 = {"description":"One resource limit; type names a resource of getrlimit(2). Unlimited is 2^64-1.","type":"object","required":["type","soft","hard"],"properties":{"type":{"type":"string","pattern":"^RLIMIT_[A-Z]+$"},"soft":{"$ref":"#/definitions/uint64"},"hard":{"$ref":"#/definitions/uint64"}}};
const schema29 = {"type":"integer","minimum":0,"maximum":18446744073709552000};
const pattern8 = new RegExp("^RLIMIT_[A-Z]+$", "u");

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema28.required,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.soft === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "soft"},message:"must have required property '"+"soft"+"'",schema:schema28.required,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.hard === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "hard"},message:"must have required property '"+"hard"+"'",schema:schema28.required,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 === "string"){
if(!pattern8.test(data0)){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/pattern",keyword:"pattern",params:{pattern: "^RLIMIT_[A-Z]+$"},message:"must match pattern \""+"^RLIMIT_[A-Z]+$"+"\"",schema:"^RLIMIT_[A-Z]+$",parentSchema:schema28.properties.type,data:data0};
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
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.type.type,parentSchema:schema28.properties.type,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.soft !== undefined){
let data1 = data.soft;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err5 = {instancePath:instancePath+"/soft",schemaPath:"#/definitions/uint64/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema29.type,parentSchema:schema29,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 18446744073709552000 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/soft",schemaPath:"#/definitions/uint64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 18446744073709552000},message:"must be <= 18446744073709552000",schema:18446744073709552000,parentSchema:schema29,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/soft",schemaPath:"#/definitions/uint64/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema29,data:data1};
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
if(data.hard !== undefined){
let data2 = data.hard;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err8 = {instancePath:instancePath+"/hard",schemaPath:"#/definitions/uint64/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema29.type,parentSchema:schema29,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 18446744073709552000 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/hard",schemaPath:"#/definitions/uint64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 18446744073709552000},message:"must be <= 18446744073709552000",schema:18446744073709552000,parentSchema:schema29,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/hard",schemaPath:"#/definitions/uint64/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema29,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.type,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate16.errors = vErrors;
return errors === 0;
}

const pattern1 = new RegExp("^[^=]+=", "u");
const pattern2 = new RegExp("^/", "u");

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.user === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "user"},message:"must have required property '"+"user"+"'",schema:schema13.required,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.args === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "args"},message:"must have required property '"+"args"+"'",schema:schema13.required,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.cwd === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cwd"},message:"must have required property '"+"cwd"+"'",schema:schema13.required,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(func3.call(schema13.properties, key0))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.terminal !== undefined){
let data0 = data.terminal;
if(typeof data0 !== "boolean"){
const err4 = {instancePath:instancePath+"/terminal",schemaPath:"#/properties/terminal/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema13.properties.terminal.type,parentSchema:schema13.properties.terminal,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.consoleSize !== undefined){
let data1 = data.consoleSize;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.height === undefined){
const err5 = {instancePath:instancePath+"/consoleSize",schemaPath:"#/properties/consoleSize/required",keyword:"required",params:{missingProperty: "height"},message:"must have required property '"+"height"+"'",schema:schema13.properties.consoleSize.required,parentSchema:schema13.properties.consoleSize,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1.width === undefined){
const err6 = {instancePath:instancePath+"/consoleSize",schemaPath:"#/properties/consoleSize/required",keyword:"required",params:{missingProperty: "width"},message:"must have required property '"+"width"+"'",schema:schema13.properties.consoleSize.required,parentSchema:schema13.properties.consoleSize,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data1.height !== undefined){
let data2 = data1.height;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err7 = {instancePath:instancePath+"/consoleSize/height",schemaPath:"#/definitions/uint32/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.type,parentSchema:schema14,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 4294967295 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/consoleSize/height",schemaPath:"#/definitions/uint32/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295",schema:4294967295,parentSchema:schema14,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/consoleSize/height",schemaPath:"#/definitions/uint32/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14,data:data2};
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
if(data1.width !== undefined){
let data3 = data1.width;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err10 = {instancePath:instancePath+"/consoleSize/width",schemaPath:"#/definitions/uint32/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.type,parentSchema:schema14,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 4294967295 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/consoleSize/width",schemaPath:"#/definitions/uint32/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295",schema:4294967295,parentSchema:schema14,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err12 = {instancePath:instancePath+"/consoleSize/width",schemaPath:"#/definitions/uint32/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14,data:data3};
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
}
else {
const err13 = {instancePath:instancePath+"/consoleSize",schemaPath:"#/properties/consoleSize/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.properties.consoleSize.type,parentSchema:schema13.properties.consoleSize,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.user !== undefined){
if(!(validate12(data.user, {instancePath:instancePath+"/user",parentData:data,parentDataProperty:"user",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
if(data.args !== undefined){
let data5 = data.args;
if(Array.isArray(data5)){
if(data5.length < 1){
const err14 = {instancePath:instancePath+"/args",schemaPath:"#/properties/args/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema13.properties.args,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(typeof data6 !== "string"){
const err15 = {instancePath:instancePath+"/args/" + i0,schemaPath:"#/properties/args/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.args.items.type,parentSchema:schema13.properties.args.items,data:data6};
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
const err16 = {instancePath:instancePath+"/args",schemaPath:"#/properties/args/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema13.properties.args.type,parentSchema:schema13.properties.args,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.env !== undefined){
let data7 = data.env;
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
let data8 = data7[i1];
if(typeof data8 === "string"){
if(!pattern1.test(data8)){
const err17 = {instancePath:instancePath+"/env/" + i1,schemaPath:"#/definitions/environment/items/pattern",keyword:"pattern",params:{pattern: "^[^=]+="},message:"must match pattern \""+"^[^=]+="+"\"",schema:"^[^=]+=",parentSchema:schema21.items,data:data8};
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
const err18 = {instancePath:instancePath+"/env/" + i1,schemaPath:"#/definitions/environment/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.items.type,parentSchema:schema21.items,data:data8};
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
const err19 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/environment/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema21.type,parentSchema:schema21,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.cwd !== undefined){
let data9 = data.cwd;
if(typeof data9 === "string"){
if(!pattern2.test(data9)){
const err20 = {instancePath:instancePath+"/cwd",schemaPath:"#/properties/cwd/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\"",schema:"^/",parentSchema:schema13.properties.cwd,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/cwd",schemaPath:"#/properties/cwd/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.cwd.type,parentSchema:schema13.properties.cwd,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.capabilities !== undefined){
if(!(validate14(data.capabilities, {instancePath:instancePath+"/capabilities",parentData:data,parentDataProperty:"capabilities",rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
if(data.rlimits !== undefined){
let data11 = data.rlimits;
if(Array.isArray(data11)){
const len2 = data11.length;
for(let i2=0; i2<len2; i2++){
if(!(validate16(data11[i2], {instancePath:instancePath+"/rlimits/" + i2,parentData:data11,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
}
}
else {
const err22 = {instancePath:instancePath+"/rlimits",schemaPath:"#/properties/rlimits/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema13.properties.rlimits.type,parentSchema:schema13.properties.rlimits,data:data11};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.noNewPrivileges !== undefined){
let data13 = data.noNewPrivileges;
if(typeof data13 !== "boolean"){
const err23 = {instancePath:instancePath+"/noNewPrivileges",schemaPath:"#/properties/noNewPrivileges/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema13.properties.noNewPrivileges.type,parentSchema:schema13.properties.noNewPrivileges,data:data13};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.apparmorProfile !== undefined){
let data14 = data.apparmorProfile;
if(typeof data14 !== "string"){
const err24 = {instancePath:instancePath+"/apparmorProfile",schemaPath:"#/properties/apparmorProfile/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.apparmorProfile.type,parentSchema:schema13.properties.apparmorProfile,data:data14};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.oomScoreAdj !== undefined){
let data15 = data.oomScoreAdj;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err25 = {instancePath:instancePath+"/oomScoreAdj",schemaPath:"#/definitions/int32/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.type,parentSchema:schema31,data:data15};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 > 2147483647 || isNaN(data15)){
const err26 = {instancePath:instancePath+"/oomScoreAdj",schemaPath:"#/definitions/int32/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647",schema:2147483647,parentSchema:schema31,data:data15};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data15 < -2147483648 || isNaN(data15)){
const err27 = {instancePath:instancePath+"/oomScoreAdj",schemaPath:"#/definitions/int32/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648},message:"must be >= -2147483648",schema:-2147483648,parentSchema:schema31,data:data15};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
if(data.selinuxLabel !== undefined){
let data16 = data.selinuxLabel;
if(typeof data16 !== "string"){
const err28 = {instancePath:instancePath+"/selinuxLabel",schemaPath:"#/properties/selinuxLabel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.selinuxLabel.type,parentSchema:schema13.properties.selinuxLabel,data:data16};
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
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

const schema32 = {"description":"One mount, with mount(8) semantics. The destination must be absolute in v1.0.2. config.md#mounts","type":"object","required":["destination"],"additionalProperties":false,"properties":{"destination":{"description":"Mount point inside the container.","type":"string","pattern":"^/"},"type":{"description":"Filesystem type as listed in /proc/filesystems, or \"bind\".","type":"string"},"source":{"description":"Device, directory or dummy name to mount.","type":"string"},"options":{"description":"Mount options: flags and filesystem data, as for mount(8).","$ref":"#/definitions/strings"}}};
const schema33 = {"type":"array","items":{"type":"string"}};

function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.destination === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "destination"},message:"must have required property '"+"destination"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "destination") || (key0 === "type")) || (key0 === "source")) || (key0 === "options"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.destination !== undefined){
let data0 = data.destination;
if(typeof data0 === "string"){
if(!pattern2.test(data0)){
const err2 = {instancePath:instancePath+"/destination",schemaPath:"#/properties/destination/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\"",schema:"^/",parentSchema:schema32.properties.destination,data:data0};
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
const err3 = {instancePath:instancePath+"/destination",schemaPath:"#/properties/destination/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.destination.type,parentSchema:schema32.properties.destination,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.type.type,parentSchema:schema32.properties.type,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.source !== undefined){
let data2 = data.source;
if(typeof data2 !== "string"){
const err5 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.source.type,parentSchema:schema32.properties.source,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.options !== undefined){
let data3 = data.options;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 !== "string"){
const err6 = {instancePath:instancePath+"/options/" + i0,schemaPath:"#/definitions/strings/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.items.type,parentSchema:schema33.items,data:data4};
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
else {
const err7 = {instancePath:instancePath+"/options",schemaPath:"#/definitions/strings/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.type,parentSchema:schema33,data:data3};
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
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate19.errors = vErrors;
return errors === 0;
}

const schema34 = {"description":"Lifecycle hooks. prestart is deprecated in favour of createRuntime, createContainer and startContainer but still honoured by runc (Docker uses it). config.md#posix-platform-hooks","type":"object","properties":{"prestart":{"$ref":"#/definitions/hookList"},"createRuntime":{"$ref":"#/definitions/hookList"},"createContainer":{"$ref":"#/definitions/hookList"},"startContainer":{"$ref":"#/definitions/hookList"},"poststart":{"$ref":"#/definitions/hookList"},"poststop":{"$ref":"#/definitions/hookList"}}};
const schema35 = {"type":"array","items":{"$ref":"#/definitions/hook"}};
const schema36 = {"description":"A program run by the runtime at a lifecycle point. config.md#posix-platform-hooks","type":"object","required":["path"],"properties":{"path":{"description":"Absolute path of the executable, in the runtime's namespace.","type":"string","pattern":"^/"},"args":{"$ref":"#/definitions/strings"},"env":{"$ref":"#/definitions/environment"},"timeout":{"description":"Seconds before the hook is aborted.","type":"integer","minimum":1}}};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.path === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.path !== undefined){
let data0 = data.path;
if(typeof data0 === "string"){
if(!pattern2.test(data0)){
const err1 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\"",schema:"^/",parentSchema:schema36.properties.path,data:data0};
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
const err2 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.path.type,parentSchema:schema36.properties.path,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.args !== undefined){
let data1 = data.args;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 !== "string"){
const err3 = {instancePath:instancePath+"/args/" + i0,schemaPath:"#/definitions/strings/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.items.type,parentSchema:schema33.items,data:data2};
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
else {
const err4 = {instancePath:instancePath+"/args",schemaPath:"#/definitions/strings/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.type,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.env !== undefined){
let data3 = data.env;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
let data4 = data3[i1];
if(typeof data4 === "string"){
if(!pattern1.test(data4)){
const err5 = {instancePath:instancePath+"/env/" + i1,schemaPath:"#/definitions/environment/items/pattern",keyword:"pattern",params:{pattern: "^[^=]+="},message:"must match pattern \""+"^[^=]+="+"\"",schema:"^[^=]+=",parentSchema:schema21.items,data:data4};
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
const err6 = {instancePath:instancePath+"/env/" + i1,schemaPath:"#/definitions/environment/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.items.type,parentSchema:schema21.items,data:data4};
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
else {
const err7 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/environment/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema21.type,parentSchema:schema21,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.timeout !== undefined){
let data5 = data.timeout;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err8 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.timeout.type,parentSchema:schema36.properties.timeout,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 1 || isNaN(data5)){
const err9 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema36.properties.timeout,data:data5};
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
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate23(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.type,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.prestart !== undefined){
if(!(validate22(data.prestart, {instancePath:instancePath+"/prestart",parentData:data,parentDataProperty:"prestart",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.createRuntime !== undefined){
if(!(validate22(data.createRuntime, {instancePath:instancePath+"/createRuntime",parentData:data,parentDataProperty:"createRuntime",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.createContainer !== undefined){
if(!(validate22(data.createContainer, {instancePath:instancePath+"/createContainer",parentData:data,parentDataProperty:"createContainer",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.startContainer !== undefined){
if(!(validate22(data.startContainer, {instancePath:instancePath+"/startContainer",parentData:data,parentDataProperty:"startContainer",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.poststart !== undefined){
if(!(validate22(data.poststart, {instancePath:instancePath+"/poststart",parentData:data,parentDataProperty:"poststart",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.poststop !== undefined){
if(!(validate22(data.poststop, {instancePath:instancePath+"/poststop",parentData:data,parentDataProperty:"poststop",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}

const schema39 = {"description":"Linux-specific configuration. config-linux.md","type":"object","additionalProperties":false,"properties":{"namespaces":{"description":"Namespaces the container joins (with path) or creates (without). A type may appear only once; validateSpec checks that. config-linux.md#namespaces","type":"array","items":{"$ref":"#/definitions/namespace"}},"uidMappings":{"description":"User namespace UID mappings. config-linux.md#user-namespace-mappings","type":"array","items":{"$ref":"#/definitions/idMapping"}},"gidMappings":{"description":"User namespace GID mappings. config-linux.md#user-namespace-mappings","type":"array","items":{"$ref":"#/definitions/idMapping"}},"devices":{"description":"Device nodes to create in the container. config-linux.md#devices","type":"array","items":{"$ref":"#/definitions/device"}},"cgroupsPath":{"description":"Cgroup path: absolute, or relative to the runtime's cgroup root. config-linux.md#cgroups-path","type":"string"},"resources":{"$ref":"#/definitions/resources"},"intelRdt":{"$ref":"#/definitions/intelRdt"},"sysctl":{"description":"Kernel parameters to set in the container, by name. config-linux.md#sysctl","$ref":"#/definitions/stringMap"},"seccomp":{"$ref":"#/definitions/seccomp"},"rootfsPropagation":{"description":"Mount propagation of the root filesystem; runc also accepts the recursive r-forms. config-linux.md#rootfs-mount-propagation","type":"string","enum":["private","shared","slave","unbindable","rprivate","rshared","rslave","runbindable"]},"maskedPaths":{"description":"Container paths made unreadable. config-linux.md#masked-paths","$ref":"#/definitions/absolutePaths"},"readonlyPaths":{"description":"Container paths made read-only. config-linux.md#readonly-paths","$ref":"#/definitions/absolutePaths"},"mountLabel":{"description":"SELinux context for the container's mounts. config-linux.md#mount-label","type":"string"},"personality":{"$ref":"#/definitions/personality"}}};
const schema40 = {"description":"One namespace. \"time\" is a runtime-spec v1.1 addition.","type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["pid","network","mount","ipc","uts","user","cgroup","time"]},"path":{"description":"Namespace file to join, e.g. /proc/<pid>/ns/net.","type":"string","pattern":"^/"}}};
const schema89 = {"description":"Intel Resource Director Technology (resctrl). config-linux.md#intelrdt","type":"object","properties":{"closID":{"type":"string"},"l3CacheSchema":{"type":"string"},"memBwSchema":{"type":"string"}}};
const schema88 = {"type":"object","additionalProperties":{"type":"string"}};
const schema41 = {"description":"Maps size IDs starting at containerID onto the host starting at hostID.","type":"object","required":["containerID","hostID","size"],"properties":{"containerID":{"$ref":"#/definitions/uint32"},"hostID":{"$ref":"#/definitions/uint32"},"size":{"$ref":"#/definitions/uint32"}}};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.containerID === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "containerID"},message:"must have required property '"+"containerID"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.hostID === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "hostID"},message:"must have required property '"+"hostID"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.size === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.containerID !== undefined){
let data0 = data.containerID;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err3 = {instancePath:instancePath+"/containerID",schemaPath:"#/definitions/uint32/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.type,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 4294967295 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/containerID",schemaPath:"#/definitions/uint32/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295",schema:4294967295,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/containerID",schemaPath:"#/definitions/uint32/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14,data:data0};
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
if(data.hostID !== undefined){
let data1 = data.hostID;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err6 = {instancePath:instancePath+"/hostID",schemaPath:"#/definitions/uint32/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.type,parentSchema:schema14,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 4294967295 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/hostID",schemaPath:"#/definitions/uint32/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295",schema:4294967295,parentSchema:schema14,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err8 = {instancePath:instancePath+"/hostID",schemaPath:"#/definitions/uint32/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14,data:data1};
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
if(data.size !== undefined){
let data2 = data.size;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err9 = {instancePath:instancePath+"/size",schemaPath:"#/definitions/uint32/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.type,parentSchema:schema14,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 4294967295 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/size",schemaPath:"#/definitions/uint32/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295",schema:4294967295,parentSchema:schema14,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err11 = {instancePath:instancePath+"/size",schemaPath:"#/definitions/uint32/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14,data:data2};
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
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.type,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}

const schema45 = {"description":"A device node: c (character, u is an alias for unbuffered), b (block) or p (FIFO). major and minor are required except for FIFOs.","type":"object","required":["path","type"],"properties":{"path":{"$ref":"#/definitions/absolutePath"},"type":{"type":"string","enum":["c","b","u","p"]},"major":{"$ref":"#/definitions/int64"},"minor":{"$ref":"#/definitions/int64"},"fileMode":{"description":"Permission bits of the node (decimal in JSON, 420 is 0644).","$ref":"#/definitions/uint32"},"uid":{"$ref":"#/definitions/uint32"},"gid":{"$ref":"#/definitions/uint32"}},"if":{"properties":{"type":{"const":"p"}}},"else":{"properties":{"major":true,"minor":true},"required":["major","minor"]}};
const schema46 = {"description":"A path that starts with \"/\".","type":"string","pattern":"^/"};
const schema47 = {"type":"integer","minimum":-9223372036854776000,"maximum":9223372036854776000};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("p" !== data.type){
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
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(!_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.major === undefined){
const err1 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "major"},message:"must have required property '"+"major"+"'",schema:schema45.else.required,parentSchema:schema45.else,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.minor === undefined){
const err2 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "minor"},message:"must have required property '"+"minor"+"'",schema:schema45.else.required,parentSchema:schema45.else,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
}
if(!valid0){
const err3 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "else"},message:"must match \"else\" schema",schema:schema45.if,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.path === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.type === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.path !== undefined){
let data1 = data.path;
if(typeof data1 === "string"){
if(!pattern2.test(data1)){
const err6 = {instancePath:instancePath+"/path",schemaPath:"#/definitions/absolutePath/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\"",schema:"^/",parentSchema:schema46,data:data1};
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
const err7 = {instancePath:instancePath+"/path",schemaPath:"#/definitions/absolutePath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.type !== undefined){
let data2 = data.type;
if(typeof data2 !== "string"){
const err8 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.type.type,parentSchema:schema45.properties.type,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!((((data2 === "c") || (data2 === "b")) || (data2 === "u")) || (data2 === "p"))){
const err9 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema45.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema45.properties.type.enum,parentSchema:schema45.properties.type,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.major !== undefined){
let data3 = data.major;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err10 = {instancePath:instancePath+"/major",schemaPath:"#/definitions/int64/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.type,parentSchema:schema47,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 9223372036854776000 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/major",schemaPath:"#/definitions/int64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9223372036854776000},message:"must be <= 9223372036854776000",schema:9223372036854776000,parentSchema:schema47,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data3 < -9223372036854776000 || isNaN(data3)){
const err12 = {instancePath:instancePath+"/major",schemaPath:"#/definitions/int64/minimum",keyword:"minimum",params:{comparison: ">=", limit: -9223372036854776000},message:"must be >= -9223372036854776000",schema:-9223372036854776000,parentSchema:schema47,data:data3};
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
if(data.minor !== undefined){
let data4 = data.minor;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err13 = {instancePath:instancePath+"/minor",schemaPath:"#/definitions/int64/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.type,parentSchema:schema47,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 9223372036854776000 || isNaN(data4)){
const err14 = {instancePath:instancePath+"/minor",schemaPath:"#/definitions/int64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9223372036854776000},message:"must be <= 9223372036854776000",schema:9223372036854776000,parentSchema:schema47,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data4 < -9223372036854776000 || isNaN(data4)){
const err15 = {instancePath:instancePath+"/minor",schemaPath:"#/definitions/int64/minimum",keyword:"minimum",params:{comparison: ">=", limit: -9223372036854776000},message:"must be >= -9223372036854776000",schema:-9223372036854776000,parentSchema:schema47,data:data4};
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
if(data.fileMode !== undefined){
let data5 = data.fileMode;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err16 = {instancePath:instancePath+"/fileMode",schemaPath:"#/definitions/uint32/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.type,parentSchema:schema14,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 4294967295 || isNaN(data5)){
const err17 = {instancePath:instancePath+"/fileMode",schemaPath:"#/definitions/uint32/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295",schema:4294967295,parentSchema:schema14,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err18 = {instancePath:instancePath+"/fileMode",schemaPath:"#/definitions/uint32/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14,data:data5};
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
if(data.uid !== undefined){
let data6 = data.uid;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err19 = {instancePath:instancePath+"/uid",schemaPath:"#/definitions/uint32/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.type,parentSchema:schema14,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 4294967295 || isNaN(data6)){
const err20 = {instancePath:instancePath+"/uid",schemaPath:"#/definitions/uint32/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295",schema:4294967295,parentSchema:schema14,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data6 < 0 || isNaN(data6)){
const err21 = {instancePath:instancePath+"/uid",schemaPath:"#/definitions/uint32/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14,data:data6};
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
if(data.gid !== undefined){
let data7 = data.gid;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err22 = {instancePath:instancePath+"/gid",schemaPath:"#/definitions/uint32/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.type,parentSchema:schema14,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 4294967295 || isNaN(data7)){
const err23 = {instancePath:instancePath+"/gid",schemaPath:"#/definitions/uint32/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295",schema:4294967295,parentSchema:schema14,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data7 < 0 || isNaN(data7)){
const err24 = {instancePath:instancePath+"/gid",schemaPath:"#/definitions/uint32/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14,data:data7};
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
}
else {
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}

const schema52 = {"description":"Cgroup limits. config-linux.md#control-groups","type":"object","properties":{"devices":{"description":"Device cgroup allow/deny list, applied in order.","type":"array","items":{"$ref":"#/definitions/deviceRule"}},"memory":{"$ref":"#/definitions/memory"},"cpu":{"$ref":"#/definitions/cpu"},"pids":{"$ref":"#/definitions/pids"},"blockIO":{"$ref":"#/definitions/blockIO"},"hugepageLimits":{"description":"hugetlb limits per page size.","type":"array","items":{"$ref":"#/definitions/hugepageLimit"}},"network":{"$ref":"#/definitions/network"},"rdma":{"description":"RDMA limits, keyed by device name.","type":"object","additionalProperties":{"type":"object","properties":{"hcaHandles":{"$ref":"#/definitions/uint32"},"hcaObjects":{"$ref":"#/definitions/uint32"}}}},"unified":{"description":"cgroup v2 files to write, by file name (runtime-spec v1.1).","$ref":"#/definitions/stringMap"}}};
const schema53 = {"description":"One device cgroup rule. Absent type, major or minor mean all; access is a combination of r (read), w (write) and m (mknod), each at most once; the empty string is tolerated.","type":"object","required":["allow"],"properties":{"allow":{"type":"boolean"},"type":{"type":"string","enum":["a","b","c"]},"major":{"$ref":"#/definitions/int64"},"minor":{"$ref":"#/definitions/int64"},"access":{"type":"string","pattern":"^(?:([rwm])(?!.*\\1)){0,3}$"}}};
const pattern14 = new RegExp("^(?:([rwm])(?!.*\\1)){0,3}$", "u");

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.allow === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "allow"},message:"must have required property '"+"allow"+"'",schema:schema53.required,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.allow !== undefined){
let data0 = data.allow;
if(typeof data0 !== "boolean"){
const err1 = {instancePath:instancePath+"/allow",schemaPath:"#/properties/allow/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema53.properties.allow.type,parentSchema:schema53.properties.allow,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.type.type,parentSchema:schema53.properties.type,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(((data1 === "a") || (data1 === "b")) || (data1 === "c"))){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema53.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema53.properties.type.enum,parentSchema:schema53.properties.type,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.major !== undefined){
let data2 = data.major;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err4 = {instancePath:instancePath+"/major",schemaPath:"#/definitions/int64/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.type,parentSchema:schema47,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 9223372036854776000 || isNaN(data2)){
const err5 = {instancePath:instancePath+"/major",schemaPath:"#/definitions/int64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9223372036854776000},message:"must be <= 9223372036854776000",schema:9223372036854776000,parentSchema:schema47,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data2 < -9223372036854776000 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/major",schemaPath:"#/definitions/int64/minimum",keyword:"minimum",params:{comparison: ">=", limit: -9223372036854776000},message:"must be >= -9223372036854776000",schema:-9223372036854776000,parentSchema:schema47,data:data2};
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
if(data.minor !== undefined){
let data3 = data.minor;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err7 = {instancePath:instancePath+"/minor",schemaPath:"#/definitions/int64/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.type,parentSchema:schema47,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 9223372036854776000 || isNaN(data3)){
const err8 = {instancePath:instancePath+"/minor",schemaPath:"#/definitions/int64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9223372036854776000},message:"must be <= 9223372036854776000",schema:9223372036854776000,parentSchema:schema47,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data3 < -9223372036854776000 || isNaN(data3)){
const err9 = {instancePath:instancePath+"/minor",schemaPath:"#/definitions/int64/minimum",keyword:"minimum",params:{comparison: ">=", limit: -9223372036854776000},message:"must be >= -9223372036854776000",schema:-9223372036854776000,parentSchema:schema47,data:data3};
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
if(data.access !== undefined){
let data4 = data.access;
if(typeof data4 === "string"){
if(!pattern14.test(data4)){
const err10 = {instancePath:instancePath+"/access",schemaPath:"#/properties/access/pattern",keyword:"pattern",params:{pattern: "^(?:([rwm])(?!.*\\1)){0,3}$"},message:"must match pattern \""+"^(?:([rwm])(?!.*\\1)){0,3}$"+"\"",schema:"^(?:([rwm])(?!.*\\1)){0,3}$",parentSchema:schema53.properties.access,data:data4};
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
const err11 = {instancePath:instancePath+"/access",schemaPath:"#/properties/access/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.access.type,parentSchema:schema53.properties.access,data:data4};
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
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.type,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}

const schema56 = {"description":"Memory cgroup. Byte values are int64, -1 meaning unlimited.","type":"object","properties":{"limit":{"$ref":"#/definitions/int64"},"reservation":{"$ref":"#/definitions/int64"},"swap":{"$ref":"#/definitions/int64"},"kernel":{"$ref":"#/definitions/int64"},"kernelTCP":{"$ref":"#/definitions/int64"},"swappiness":{"description":"Swap tendency, 0..100.","type":"integer","minimum":0,"maximum":100},"disableOOMKiller":{"type":"boolean"},"useHierarchy":{"type":"boolean"}}};

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.limit !== undefined){
let data0 = data.limit;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err0 = {instancePath:instancePath+"/limit",schemaPath:"#/definitions/int64/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.type,parentSchema:schema47,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 9223372036854776000 || isNaN(data0)){
const err1 = {instancePath:instancePath+"/limit",schemaPath:"#/definitions/int64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9223372036854776000},message:"must be <= 9223372036854776000",schema:9223372036854776000,parentSchema:schema47,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0 < -9223372036854776000 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/limit",schemaPath:"#/definitions/int64/minimum",keyword:"minimum",params:{comparison: ">=", limit: -9223372036854776000},message:"must be >= -9223372036854776000",schema:-9223372036854776000,parentSchema:schema47,data:data0};
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
if(data.reservation !== undefined){
let data1 = data.reservation;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/reservation",schemaPath:"#/definitions/int64/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.type,parentSchema:schema47,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 9223372036854776000 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/reservation",schemaPath:"#/definitions/int64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9223372036854776000},message:"must be <= 9223372036854776000",schema:9223372036854776000,parentSchema:schema47,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1 < -9223372036854776000 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/reservation",schemaPath:"#/definitions/int64/minimum",keyword:"minimum",params:{comparison: ">=", limit: -9223372036854776000},message:"must be >= -9223372036854776000",schema:-9223372036854776000,parentSchema:schema47,data:data1};
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
if(data.swap !== undefined){
let data2 = data.swap;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err6 = {instancePath:instancePath+"/swap",schemaPath:"#/definitions/int64/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.type,parentSchema:schema47,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 9223372036854776000 || isNaN(data2)){
const err7 = {instancePath:instancePath+"/swap",schemaPath:"#/definitions/int64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9223372036854776000},message:"must be <= 9223372036854776000",schema:9223372036854776000,parentSchema:schema47,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data2 < -9223372036854776000 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/swap",schemaPath:"#/definitions/int64/minimum",keyword:"minimum",params:{comparison: ">=", limit: -9223372036854776000},message:"must be >= -9223372036854776000",schema:-9223372036854776000,parentSchema:schema47,data:data2};
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
if(data.kernel !== undefined){
let data3 = data.kernel;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err9 = {instancePath:instancePath+"/kernel",schemaPath:"#/definitions/int64/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.type,parentSchema:schema47,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 9223372036854776000 || isNaN(data3)){
const err10 = {instancePath:instancePath+"/kernel",schemaPath:"#/definitions/int64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9223372036854776000},message:"must be <= 9223372036854776000",schema:9223372036854776000,parentSchema:schema47,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data3 < -9223372036854776000 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/kernel",schemaPath:"#/definitions/int64/minimum",keyword:"minimum",params:{comparison: ">=", limit: -9223372036854776000},message:"must be >= -9223372036854776000",schema:-9223372036854776000,parentSchema:schema47,data:data3};
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
if(data.kernelTCP !== undefined){
let data4 = data.kernelTCP;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err12 = {instancePath:instancePath+"/kernelTCP",schemaPath:"#/definitions/int64/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.type,parentSchema:schema47,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 9223372036854776000 || isNaN(data4)){
const err13 = {instancePath:instancePath+"/kernelTCP",schemaPath:"#/definitions/int64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9223372036854776000},message:"must be <= 9223372036854776000",schema:9223372036854776000,parentSchema:schema47,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data4 < -9223372036854776000 || isNaN(data4)){
const err14 = {instancePath:instancePath+"/kernelTCP",schemaPath:"#/definitions/int64/minimum",keyword:"minimum",params:{comparison: ">=", limit: -9223372036854776000},message:"must be >= -9223372036854776000",schema:-9223372036854776000,parentSchema:schema47,data:data4};
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
if(data.swappiness !== undefined){
let data5 = data.swappiness;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err15 = {instancePath:instancePath+"/swappiness",schemaPath:"#/properties/swappiness/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema56.properties.swappiness.type,parentSchema:schema56.properties.swappiness,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 100 || isNaN(data5)){
const err16 = {instancePath:instancePath+"/swappiness",schemaPath:"#/properties/swappiness/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema56.properties.swappiness,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err17 = {instancePath:instancePath+"/swappiness",schemaPath:"#/properties/swappiness/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema56.properties.swappiness,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data.disableOOMKiller !== undefined){
let data6 = data.disableOOMKiller;
if(typeof data6 !== "boolean"){
const err18 = {instancePath:instancePath+"/disableOOMKiller",schemaPath:"#/properties/disableOOMKiller/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema56.properties.disableOOMKiller.type,parentSchema:schema56.properties.disableOOMKiller,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.useHierarchy !== undefined){
let data7 = data.useHierarchy;
if(typeof data7 !== "boolean"){
const err19 = {instancePath:instancePath+"/useHierarchy",schemaPath:"#/properties/useHierarchy/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema56.properties.useHierarchy.type,parentSchema:schema56.properties.useHierarchy,data:data7};
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
else {
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema56.type,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate41.errors = vErrors;
return errors === 0;
}

const schema62 = {"description":"CPU and cpuset cgroups.","type":"object","properties":{"shares":{"$ref":"#/definitions/uint64"},"quota":{"$ref":"#/definitions/int64"},"period":{"$ref":"#/definitions/uint64"},"realtimeRuntime":{"$ref":"#/definitions/int64"},"realtimePeriod":{"$ref":"#/definitions/uint64"},"cpus":{"description":"CPU list, e.g. \"0-3,7\".","type":"string"},"mems":{"description":"Memory node list, e.g. \"0-1\".","type":"string"}}};

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.shares !== undefined){
let data0 = data.shares;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err0 = {instancePath:instancePath+"/shares",schemaPath:"#/definitions/uint64/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema29.type,parentSchema:schema29,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 18446744073709552000 || isNaN(data0)){
const err1 = {instancePath:instancePath+"/shares",schemaPath:"#/definitions/uint64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 18446744073709552000},message:"must be <= 18446744073709552000",schema:18446744073709552000,parentSchema:schema29,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/shares",schemaPath:"#/definitions/uint64/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema29,data:data0};
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
if(data.quota !== undefined){
let data1 = data.quota;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/quota",schemaPath:"#/definitions/int64/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.type,parentSchema:schema47,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 9223372036854776000 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/quota",schemaPath:"#/definitions/int64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9223372036854776000},message:"must be <= 9223372036854776000",schema:9223372036854776000,parentSchema:schema47,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1 < -9223372036854776000 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/quota",schemaPath:"#/definitions/int64/minimum",keyword:"minimum",params:{comparison: ">=", limit: -9223372036854776000},message:"must be >= -9223372036854776000",schema:-9223372036854776000,parentSchema:schema47,data:data1};
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
if(data.period !== undefined){
let data2 = data.period;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err6 = {instancePath:instancePath+"/period",schemaPath:"#/definitions/uint64/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema29.type,parentSchema:schema29,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 18446744073709552000 || isNaN(data2)){
const err7 = {instancePath:instancePath+"/period",schemaPath:"#/definitions/uint64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 18446744073709552000},message:"must be <= 18446744073709552000",schema:18446744073709552000,parentSchema:schema29,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/period",schemaPath:"#/definitions/uint64/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema29,data:data2};
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
if(data.realtimeRuntime !== undefined){
let data3 = data.realtimeRuntime;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err9 = {instancePath:instancePath+"/realtimeRuntime",schemaPath:"#/definitions/int64/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.type,parentSchema:schema47,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 9223372036854776000 || isNaN(data3)){
const err10 = {instancePath:instancePath+"/realtimeRuntime",schemaPath:"#/definitions/int64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9223372036854776000},message:"must be <= 9223372036854776000",schema:9223372036854776000,parentSchema:schema47,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data3 < -9223372036854776000 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/realtimeRuntime",schemaPath:"#/definitions/int64/minimum",keyword:"minimum",params:{comparison: ">=", limit: -9223372036854776000},message:"must be >= -9223372036854776000",schema:-9223372036854776000,parentSchema:schema47,data:data3};
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
if(data.realtimePeriod !== undefined){
let data4 = data.realtimePeriod;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err12 = {instancePath:instancePath+"/realtimePeriod",schemaPath:"#/definitions/uint64/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema29.type,parentSchema:schema29,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 18446744073709552000 || isNaN(data4)){
const err13 = {instancePath:instancePath+"/realtimePeriod",schemaPath:"#/definitions/uint64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 18446744073709552000},message:"must be <= 18446744073709552000",schema:18446744073709552000,parentSchema:schema29,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err14 = {instancePath:instancePath+"/realtimePeriod",schemaPath:"#/definitions/uint64/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema29,data:data4};
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
if(data.cpus !== undefined){
let data5 = data.cpus;
if(typeof data5 !== "string"){
const err15 = {instancePath:instancePath+"/cpus",schemaPath:"#/properties/cpus/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.cpus.type,parentSchema:schema62.properties.cpus,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.mems !== undefined){
let data6 = data.mems;
if(typeof data6 !== "string"){
const err16 = {instancePath:instancePath+"/mems",schemaPath:"#/properties/mems/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.mems.type,parentSchema:schema62.properties.mems,data:data6};
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
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema62.type,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}

const schema68 = {"description":"pids cgroup; limit -1 (or 0 as Docker writes it) means unlimited.","type":"object","required":["limit"],"properties":{"limit":{"$ref":"#/definitions/int64"}}};

function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.limit === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "limit"},message:"must have required property '"+"limit"+"'",schema:schema68.required,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.limit !== undefined){
let data0 = data.limit;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/limit",schemaPath:"#/definitions/int64/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.type,parentSchema:schema47,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 9223372036854776000 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/limit",schemaPath:"#/definitions/int64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9223372036854776000},message:"must be <= 9223372036854776000",schema:9223372036854776000,parentSchema:schema47,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0 < -9223372036854776000 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/limit",schemaPath:"#/definitions/int64/minimum",keyword:"minimum",params:{comparison: ">=", limit: -9223372036854776000},message:"must be >= -9223372036854776000",schema:-9223372036854776000,parentSchema:schema47,data:data0};
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
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema68.type,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate45.errors = vErrors;
return errors === 0;
}

const schema70 = {"description":"blkio cgroup.","type":"object","properties":{"weight":{"$ref":"#/definitions/blkioWeight"},"leafWeight":{"$ref":"#/definitions/blkioWeight"},"weightDevice":{"type":"array","items":{"type":"object","required":["major","minor"],"properties":{"major":{"$ref":"#/definitions/int64"},"minor":{"$ref":"#/definitions/int64"},"weight":{"$ref":"#/definitions/blkioWeight"},"leafWeight":{"$ref":"#/definitions/blkioWeight"}}}},"throttleReadBpsDevice":{"$ref":"#/definitions/throttleDevices"},"throttleWriteBpsDevice":{"$ref":"#/definitions/throttleDevices"},"throttleReadIOPSDevice":{"$ref":"#/definitions/throttleDevices"},"throttleWriteIOPSDevice":{"$ref":"#/definitions/throttleDevices"}}};
const schema71 = {"description":"blkio weight: 10..1000, or 0 for \"not set\", which Docker writes by default.","type":"integer","anyOf":[{"const":0},{"minimum":10,"maximum":1000}]};
const schema77 = {"description":"Per-device rate limits, in bytes or operations per second.","type":"array","items":{"type":"object","required":["major","minor","rate"],"properties":{"major":{"$ref":"#/definitions/int64"},"minor":{"$ref":"#/definitions/int64"},"rate":{"$ref":"#/definitions/uint64"}}}};

function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.major === undefined){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "major"},message:"must have required property '"+"major"+"'",schema:schema77.items.required,parentSchema:schema77.items,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data0.minor === undefined){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "minor"},message:"must have required property '"+"minor"+"'",schema:schema77.items.required,parentSchema:schema77.items,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.rate === undefined){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "rate"},message:"must have required property '"+"rate"+"'",schema:schema77.items.required,parentSchema:schema77.items,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.major !== undefined){
let data1 = data0.major;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/" + i0+"/major",schemaPath:"#/definitions/int64/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.type,parentSchema:schema47,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 9223372036854776000 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/" + i0+"/major",schemaPath:"#/definitions/int64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9223372036854776000},message:"must be <= 9223372036854776000",schema:9223372036854776000,parentSchema:schema47,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1 < -9223372036854776000 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/" + i0+"/major",schemaPath:"#/definitions/int64/minimum",keyword:"minimum",params:{comparison: ">=", limit: -9223372036854776000},message:"must be >= -9223372036854776000",schema:-9223372036854776000,parentSchema:schema47,data:data1};
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
if(data0.minor !== undefined){
let data2 = data0.minor;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err6 = {instancePath:instancePath+"/" + i0+"/minor",schemaPath:"#/definitions/int64/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.type,parentSchema:schema47,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 9223372036854776000 || isNaN(data2)){
const err7 = {instancePath:instancePath+"/" + i0+"/minor",schemaPath:"#/definitions/int64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9223372036854776000},message:"must be <= 9223372036854776000",schema:9223372036854776000,parentSchema:schema47,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data2 < -9223372036854776000 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/" + i0+"/minor",schemaPath:"#/definitions/int64/minimum",keyword:"minimum",params:{comparison: ">=", limit: -9223372036854776000},message:"must be >= -9223372036854776000",schema:-9223372036854776000,parentSchema:schema47,data:data2};
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
if(data0.rate !== undefined){
let data3 = data0.rate;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err9 = {instancePath:instancePath+"/" + i0+"/rate",schemaPath:"#/definitions/uint64/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema29.type,parentSchema:schema29,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 18446744073709552000 || isNaN(data3)){
const err10 = {instancePath:instancePath+"/" + i0+"/rate",schemaPath:"#/definitions/uint64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 18446744073709552000},message:"must be <= 18446744073709552000",schema:18446744073709552000,parentSchema:schema29,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/" + i0+"/rate",schemaPath:"#/definitions/uint64/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema29,data:data3};
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
}
else {
const err12 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema77.items.type,parentSchema:schema77.items,data:data0};
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
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema77.type,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate48.errors = vErrors;
return errors === 0;
}


function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.weight !== undefined){
let data0 = data.weight;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err0 = {instancePath:instancePath+"/weight",schemaPath:"#/definitions/blkioWeight/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema71.type,parentSchema:schema71,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs4 = errors;
let valid2 = false;
const _errs5 = errors;
if(0 !== data0){
const err1 = {instancePath:instancePath+"/weight",schemaPath:"#/definitions/blkioWeight/anyOf/0/const",keyword:"const",params:{allowedValue: 0},message:"must be equal to constant",schema:0,parentSchema:schema71.anyOf[0],data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const _errs6 = errors;
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 1000 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/weight",schemaPath:"#/definitions/blkioWeight/anyOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema71.anyOf[1],data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0 < 10 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/weight",schemaPath:"#/definitions/blkioWeight/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 10},message:"must be >= 10",schema:10,parentSchema:schema71.anyOf[1],data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid0 = _errs6 === errors;
valid2 = valid2 || _valid0;
}
if(!valid2){
const err4 = {instancePath:instancePath+"/weight",schemaPath:"#/definitions/blkioWeight/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema71.anyOf,parentSchema:schema71,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
}
}
if(data.leafWeight !== undefined){
let data1 = data.leafWeight;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err5 = {instancePath:instancePath+"/leafWeight",schemaPath:"#/definitions/blkioWeight/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema71.type,parentSchema:schema71,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const _errs10 = errors;
let valid4 = false;
const _errs11 = errors;
if(0 !== data1){
const err6 = {instancePath:instancePath+"/leafWeight",schemaPath:"#/definitions/blkioWeight/anyOf/0/const",keyword:"const",params:{allowedValue: 0},message:"must be equal to constant",schema:0,parentSchema:schema71.anyOf[0],data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid1 = _errs11 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const _errs12 = errors;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 1000 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/leafWeight",schemaPath:"#/definitions/blkioWeight/anyOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema71.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1 < 10 || isNaN(data1)){
const err8 = {instancePath:instancePath+"/leafWeight",schemaPath:"#/definitions/blkioWeight/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 10},message:"must be >= 10",schema:10,parentSchema:schema71.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid1 = _errs12 === errors;
valid4 = valid4 || _valid1;
}
if(!valid4){
const err9 = {instancePath:instancePath+"/leafWeight",schemaPath:"#/definitions/blkioWeight/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema71.anyOf,parentSchema:schema71,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
}
if(data.weightDevice !== undefined){
let data2 = data.weightDevice;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.major === undefined){
const err10 = {instancePath:instancePath+"/weightDevice/" + i0,schemaPath:"#/properties/weightDevice/items/required",keyword:"required",params:{missingProperty: "major"},message:"must have required property '"+"major"+"'",schema:schema70.properties.weightDevice.items.required,parentSchema:schema70.properties.weightDevice.items,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data3.minor === undefined){
const err11 = {instancePath:instancePath+"/weightDevice/" + i0,schemaPath:"#/properties/weightDevice/items/required",keyword:"required",params:{missingProperty: "minor"},message:"must have required property '"+"minor"+"'",schema:schema70.properties.weightDevice.items.required,parentSchema:schema70.properties.weightDevice.items,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data3.major !== undefined){
let data4 = data3.major;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err12 = {instancePath:instancePath+"/weightDevice/" + i0+"/major",schemaPath:"#/definitions/int64/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.type,parentSchema:schema47,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 9223372036854776000 || isNaN(data4)){
const err13 = {instancePath:instancePath+"/weightDevice/" + i0+"/major",schemaPath:"#/definitions/int64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9223372036854776000},message:"must be <= 9223372036854776000",schema:9223372036854776000,parentSchema:schema47,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data4 < -9223372036854776000 || isNaN(data4)){
const err14 = {instancePath:instancePath+"/weightDevice/" + i0+"/major",schemaPath:"#/definitions/int64/minimum",keyword:"minimum",params:{comparison: ">=", limit: -9223372036854776000},message:"must be >= -9223372036854776000",schema:-9223372036854776000,parentSchema:schema47,data:data4};
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
if(data3.minor !== undefined){
let data5 = data3.minor;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err15 = {instancePath:instancePath+"/weightDevice/" + i0+"/minor",schemaPath:"#/definitions/int64/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.type,parentSchema:schema47,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 9223372036854776000 || isNaN(data5)){
const err16 = {instancePath:instancePath+"/weightDevice/" + i0+"/minor",schemaPath:"#/definitions/int64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9223372036854776000},message:"must be <= 9223372036854776000",schema:9223372036854776000,parentSchema:schema47,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data5 < -9223372036854776000 || isNaN(data5)){
const err17 = {instancePath:instancePath+"/weightDevice/" + i0+"/minor",schemaPath:"#/definitions/int64/minimum",keyword:"minimum",params:{comparison: ">=", limit: -9223372036854776000},message:"must be >= -9223372036854776000",schema:-9223372036854776000,parentSchema:schema47,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data3.weight !== undefined){
let data6 = data3.weight;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err18 = {instancePath:instancePath+"/weightDevice/" + i0+"/weight",schemaPath:"#/definitions/blkioWeight/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema71.type,parentSchema:schema71,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
const _errs26 = errors;
let valid11 = false;
const _errs27 = errors;
if(0 !== data6){
const err19 = {instancePath:instancePath+"/weightDevice/" + i0+"/weight",schemaPath:"#/definitions/blkioWeight/anyOf/0/const",keyword:"const",params:{allowedValue: 0},message:"must be equal to constant",schema:0,parentSchema:schema71.anyOf[0],data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid2 = _errs27 === errors;
valid11 = valid11 || _valid2;
if(!valid11){
const _errs28 = errors;
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 1000 || isNaN(data6)){
const err20 = {instancePath:instancePath+"/weightDevice/" + i0+"/weight",schemaPath:"#/definitions/blkioWeight/anyOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema71.anyOf[1],data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data6 < 10 || isNaN(data6)){
const err21 = {instancePath:instancePath+"/weightDevice/" + i0+"/weight",schemaPath:"#/definitions/blkioWeight/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 10},message:"must be >= 10",schema:10,parentSchema:schema71.anyOf[1],data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
var _valid2 = _errs28 === errors;
valid11 = valid11 || _valid2;
}
if(!valid11){
const err22 = {instancePath:instancePath+"/weightDevice/" + i0+"/weight",schemaPath:"#/definitions/blkioWeight/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema71.anyOf,parentSchema:schema71,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
else {
errors = _errs26;
if(vErrors !== null){
if(_errs26){
vErrors.length = _errs26;
}
else {
vErrors = null;
}
}
}
}
if(data3.leafWeight !== undefined){
let data7 = data3.leafWeight;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err23 = {instancePath:instancePath+"/weightDevice/" + i0+"/leafWeight",schemaPath:"#/definitions/blkioWeight/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema71.type,parentSchema:schema71,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
const _errs32 = errors;
let valid13 = false;
const _errs33 = errors;
if(0 !== data7){
const err24 = {instancePath:instancePath+"/weightDevice/" + i0+"/leafWeight",schemaPath:"#/definitions/blkioWeight/anyOf/0/const",keyword:"const",params:{allowedValue: 0},message:"must be equal to constant",schema:0,parentSchema:schema71.anyOf[0],data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid3 = _errs33 === errors;
valid13 = valid13 || _valid3;
if(!valid13){
const _errs34 = errors;
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 1000 || isNaN(data7)){
const err25 = {instancePath:instancePath+"/weightDevice/" + i0+"/leafWeight",schemaPath:"#/definitions/blkioWeight/anyOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema71.anyOf[1],data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data7 < 10 || isNaN(data7)){
const err26 = {instancePath:instancePath+"/weightDevice/" + i0+"/leafWeight",schemaPath:"#/definitions/blkioWeight/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 10},message:"must be >= 10",schema:10,parentSchema:schema71.anyOf[1],data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
var _valid3 = _errs34 === errors;
valid13 = valid13 || _valid3;
}
if(!valid13){
const err27 = {instancePath:instancePath+"/weightDevice/" + i0+"/leafWeight",schemaPath:"#/definitions/blkioWeight/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema71.anyOf,parentSchema:schema71,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
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
}
else {
const err28 = {instancePath:instancePath+"/weightDevice/" + i0,schemaPath:"#/properties/weightDevice/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema70.properties.weightDevice.items.type,parentSchema:schema70.properties.weightDevice.items,data:data3};
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
const err29 = {instancePath:instancePath+"/weightDevice",schemaPath:"#/properties/weightDevice/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema70.properties.weightDevice.type,parentSchema:schema70.properties.weightDevice,data:data2};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.throttleReadBpsDevice !== undefined){
if(!(validate48(data.throttleReadBpsDevice, {instancePath:instancePath+"/throttleReadBpsDevice",parentData:data,parentDataProperty:"throttleReadBpsDevice",rootData}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
if(data.throttleWriteBpsDevice !== undefined){
if(!(validate48(data.throttleWriteBpsDevice, {instancePath:instancePath+"/throttleWriteBpsDevice",parentData:data,parentDataProperty:"throttleWriteBpsDevice",rootData}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
if(data.throttleReadIOPSDevice !== undefined){
if(!(validate48(data.throttleReadIOPSDevice, {instancePath:instancePath+"/throttleReadIOPSDevice",parentData:data,parentDataProperty:"throttleReadIOPSDevice",rootData}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
if(data.throttleWriteIOPSDevice !== undefined){
if(!(validate48(data.throttleWriteIOPSDevice, {instancePath:instancePath+"/throttleWriteIOPSDevice",parentData:data,parentDataProperty:"throttleWriteIOPSDevice",rootData}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
}
else {
const err30 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema70.type,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
validate47.errors = vErrors;
return errors === 0;
}

const schema81 = {"type":"object","required":["pageSize","limit"],"properties":{"pageSize":{"description":"Page size as in the hugetlb file names: 64KB, 2MB, 1GB.","type":"string","pattern":"^[1-9][0-9]*[KMGTPE]?B$"},"limit":{"$ref":"#/definitions/uint64"}}};
const pattern15 = new RegExp("^[1-9][0-9]*[KMGTPE]?B$", "u");

function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.pageSize === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "pageSize"},message:"must have required property '"+"pageSize"+"'",schema:schema81.required,parentSchema:schema81,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.limit === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "limit"},message:"must have required property '"+"limit"+"'",schema:schema81.required,parentSchema:schema81,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.pageSize !== undefined){
let data0 = data.pageSize;
if(typeof data0 === "string"){
if(!pattern15.test(data0)){
const err2 = {instancePath:instancePath+"/pageSize",schemaPath:"#/properties/pageSize/pattern",keyword:"pattern",params:{pattern: "^[1-9][0-9]*[KMGTPE]?B$"},message:"must match pattern \""+"^[1-9][0-9]*[KMGTPE]?B$"+"\"",schema:"^[1-9][0-9]*[KMGTPE]?B$",parentSchema:schema81.properties.pageSize,data:data0};
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
const err3 = {instancePath:instancePath+"/pageSize",schemaPath:"#/properties/pageSize/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema81.properties.pageSize.type,parentSchema:schema81.properties.pageSize,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.limit !== undefined){
let data1 = data.limit;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/limit",schemaPath:"#/definitions/uint64/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema29.type,parentSchema:schema29,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 18446744073709552000 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/limit",schemaPath:"#/definitions/uint64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 18446744073709552000},message:"must be <= 18446744073709552000",schema:18446744073709552000,parentSchema:schema29,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/limit",schemaPath:"#/definitions/uint64/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema29,data:data1};
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
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema81.type,parentSchema:schema81,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate54.errors = vErrors;
return errors === 0;
}

const schema83 = {"description":"net_cls and net_prio cgroups.","type":"object","properties":{"classID":{"$ref":"#/definitions/uint32"},"priorities":{"type":"array","items":{"type":"object","required":["name","priority"],"properties":{"name":{"type":"string"},"priority":{"$ref":"#/definitions/uint32"}}}}}};

function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.classID !== undefined){
let data0 = data.classID;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err0 = {instancePath:instancePath+"/classID",schemaPath:"#/definitions/uint32/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.type,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 4294967295 || isNaN(data0)){
const err1 = {instancePath:instancePath+"/classID",schemaPath:"#/definitions/uint32/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295",schema:4294967295,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/classID",schemaPath:"#/definitions/uint32/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14,data:data0};
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
if(data.priorities !== undefined){
let data1 = data.priorities;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.name === undefined){
const err3 = {instancePath:instancePath+"/priorities/" + i0,schemaPath:"#/properties/priorities/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema83.properties.priorities.items.required,parentSchema:schema83.properties.priorities.items,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data2.priority === undefined){
const err4 = {instancePath:instancePath+"/priorities/" + i0,schemaPath:"#/properties/priorities/items/required",keyword:"required",params:{missingProperty: "priority"},message:"must have required property '"+"priority"+"'",schema:schema83.properties.priorities.items.required,parentSchema:schema83.properties.priorities.items,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.name !== undefined){
let data3 = data2.name;
if(typeof data3 !== "string"){
const err5 = {instancePath:instancePath+"/priorities/" + i0+"/name",schemaPath:"#/properties/priorities/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.priorities.items.properties.name.type,parentSchema:schema83.properties.priorities.items.properties.name,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data2.priority !== undefined){
let data4 = data2.priority;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err6 = {instancePath:instancePath+"/priorities/" + i0+"/priority",schemaPath:"#/definitions/uint32/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.type,parentSchema:schema14,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 4294967295 || isNaN(data4)){
const err7 = {instancePath:instancePath+"/priorities/" + i0+"/priority",schemaPath:"#/definitions/uint32/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295",schema:4294967295,parentSchema:schema14,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err8 = {instancePath:instancePath+"/priorities/" + i0+"/priority",schemaPath:"#/definitions/uint32/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14,data:data4};
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
const err9 = {instancePath:instancePath+"/priorities/" + i0,schemaPath:"#/properties/priorities/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema83.properties.priorities.items.type,parentSchema:schema83.properties.priorities.items,data:data2};
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
const err10 = {instancePath:instancePath+"/priorities",schemaPath:"#/properties/priorities/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema83.properties.priorities.type,parentSchema:schema83.properties.priorities,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema83.type,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate56.errors = vErrors;
return errors === 0;
}


function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.devices !== undefined){
let data0 = data.devices;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate39(data0[i0], {instancePath:instancePath+"/devices/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath:instancePath+"/devices",schemaPath:"#/properties/devices/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema52.properties.devices.type,parentSchema:schema52.properties.devices,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.memory !== undefined){
if(!(validate41(data.memory, {instancePath:instancePath+"/memory",parentData:data,parentDataProperty:"memory",rootData}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
}
if(data.cpu !== undefined){
if(!(validate43(data.cpu, {instancePath:instancePath+"/cpu",parentData:data,parentDataProperty:"cpu",rootData}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
if(data.pids !== undefined){
if(!(validate45(data.pids, {instancePath:instancePath+"/pids",parentData:data,parentDataProperty:"pids",rootData}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
}
if(data.blockIO !== undefined){
if(!(validate47(data.blockIO, {instancePath:instancePath+"/blockIO",parentData:data,parentDataProperty:"blockIO",rootData}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
}
if(data.hugepageLimits !== undefined){
let data6 = data.hugepageLimits;
if(Array.isArray(data6)){
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
if(!(validate54(data6[i1], {instancePath:instancePath+"/hugepageLimits/" + i1,parentData:data6,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/hugepageLimits",schemaPath:"#/properties/hugepageLimits/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema52.properties.hugepageLimits.type,parentSchema:schema52.properties.hugepageLimits,data:data6};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.network !== undefined){
if(!(validate56(data.network, {instancePath:instancePath+"/network",parentData:data,parentDataProperty:"network",rootData}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
}
if(data.rdma !== undefined){
let data9 = data.rdma;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key0 in data9){
let data10 = data9[key0];
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.hcaHandles !== undefined){
let data11 = data10.hcaHandles;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err2 = {instancePath:instancePath+"/rdma/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/hcaHandles",schemaPath:"#/definitions/uint32/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.type,parentSchema:schema14,data:data11};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 4294967295 || isNaN(data11)){
const err3 = {instancePath:instancePath+"/rdma/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/hcaHandles",schemaPath:"#/definitions/uint32/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295",schema:4294967295,parentSchema:schema14,data:data11};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data11 < 0 || isNaN(data11)){
const err4 = {instancePath:instancePath+"/rdma/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/hcaHandles",schemaPath:"#/definitions/uint32/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14,data:data11};
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
if(data10.hcaObjects !== undefined){
let data12 = data10.hcaObjects;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err5 = {instancePath:instancePath+"/rdma/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/hcaObjects",schemaPath:"#/definitions/uint32/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.type,parentSchema:schema14,data:data12};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 4294967295 || isNaN(data12)){
const err6 = {instancePath:instancePath+"/rdma/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/hcaObjects",schemaPath:"#/definitions/uint32/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295",schema:4294967295,parentSchema:schema14,data:data12};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data12 < 0 || isNaN(data12)){
const err7 = {instancePath:instancePath+"/rdma/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/hcaObjects",schemaPath:"#/definitions/uint32/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14,data:data12};
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
const err8 = {instancePath:instancePath+"/rdma/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/rdma/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.properties.rdma.additionalProperties.type,parentSchema:schema52.properties.rdma.additionalProperties,data:data10};
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
else {
const err9 = {instancePath:instancePath+"/rdma",schemaPath:"#/properties/rdma/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.properties.rdma.type,parentSchema:schema52.properties.rdma,data:data9};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.unified !== undefined){
let data13 = data.unified;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key1 in data13){
let data14 = data13[key1];
if(typeof data14 !== "string"){
const err10 = {instancePath:instancePath+"/unified/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/stringMap/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.additionalProperties.type,parentSchema:schema88.additionalProperties,data:data14};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/unified",schemaPath:"#/definitions/stringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema88.type,parentSchema:schema88,data:data13};
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
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.type,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}

const schema91 = {"description":"Seccomp filter, in libseccomp terms. config-linux.md#seccomp","type":"object","required":["defaultAction"],"properties":{"defaultAction":{"$ref":"#/definitions/seccompAction"},"defaultErrnoRet":{"$ref":"#/definitions/uint32"},"architectures":{"description":"Architectures the filter also covers.","type":"array","items":{"type":"string","enum":["SCMP_ARCH_X86","SCMP_ARCH_X86_64","SCMP_ARCH_X32","SCMP_ARCH_ARM","SCMP_ARCH_AARCH64","SCMP_ARCH_MIPS","SCMP_ARCH_MIPS64","SCMP_ARCH_MIPS64N32","SCMP_ARCH_MIPSEL","SCMP_ARCH_MIPSEL64","SCMP_ARCH_MIPSEL64N32","SCMP_ARCH_PPC","SCMP_ARCH_PPC64","SCMP_ARCH_PPC64LE","SCMP_ARCH_S390","SCMP_ARCH_S390X","SCMP_ARCH_PARISC","SCMP_ARCH_PARISC64","SCMP_ARCH_RISCV64"]}},"flags":{"description":"seccomp(2) filter flags, e.g. SECCOMP_FILTER_FLAG_LOG.","type":"array","items":{"type":"string","pattern":"^SECCOMP_FILTER_FLAG_[A-Z_]+$"}},"listenerPath":{"type":"string"},"listenerMetadata":{"type":"string"},"syscalls":{"description":"Rules, matched in order: an action for some syscalls, optionally only for some arguments.","type":"array","items":{"$ref":"#/definitions/seccompSyscall"}}}};
const schema92 = {"type":"string","enum":["SCMP_ACT_KILL","SCMP_ACT_KILL_PROCESS","SCMP_ACT_KILL_THREAD","SCMP_ACT_TRAP","SCMP_ACT_ERRNO","SCMP_ACT_TRACE","SCMP_ACT_ALLOW","SCMP_ACT_LOG","SCMP_ACT_NOTIFY"]};
const pattern16 = new RegExp("^SECCOMP_FILTER_FLAG_[A-Z_]+$", "u");
const schema94 = {"type":"object","required":["names","action"],"properties":{"names":{"description":"Syscall names; at least one. Names the kernel does not know are skipped by runc.","type":"array","minItems":1,"items":{"type":"string"}},"action":{"$ref":"#/definitions/seccompAction"},"errnoRet":{"description":"errno returned by SCMP_ACT_ERRNO (and SCMP_ACT_TRACE).","$ref":"#/definitions/uint32"},"args":{"type":"array","items":{"$ref":"#/definitions/seccompArg"}}}};
const schema97 = {"description":"Condition on one syscall argument; MASKED_EQ compares (arg & value) with valueTwo.","type":"object","required":["index","value","op"],"properties":{"index":{"type":"integer","minimum":0,"maximum":5},"value":{"$ref":"#/definitions/uint64"},"valueTwo":{"$ref":"#/definitions/uint64"},"op":{"type":"string","enum":["SCMP_CMP_NE","SCMP_CMP_LT","SCMP_CMP_LE","SCMP_CMP_EQ","SCMP_CMP_GE","SCMP_CMP_GT","SCMP_CMP_MASKED_EQ"]}}};

function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.index === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "index"},message:"must have required property '"+"index"+"'",schema:schema97.required,parentSchema:schema97,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.value === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema97.required,parentSchema:schema97,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.op === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'",schema:schema97.required,parentSchema:schema97,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.index !== undefined){
let data0 = data.index;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err3 = {instancePath:instancePath+"/index",schemaPath:"#/properties/index/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema97.properties.index.type,parentSchema:schema97.properties.index,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 5 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/index",schemaPath:"#/properties/index/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5},message:"must be <= 5",schema:5,parentSchema:schema97.properties.index,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/index",schemaPath:"#/properties/index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema97.properties.index,data:data0};
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
if(data.value !== undefined){
let data1 = data.value;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err6 = {instancePath:instancePath+"/value",schemaPath:"#/definitions/uint64/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema29.type,parentSchema:schema29,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 18446744073709552000 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/value",schemaPath:"#/definitions/uint64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 18446744073709552000},message:"must be <= 18446744073709552000",schema:18446744073709552000,parentSchema:schema29,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err8 = {instancePath:instancePath+"/value",schemaPath:"#/definitions/uint64/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema29,data:data1};
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
if(data.valueTwo !== undefined){
let data2 = data.valueTwo;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err9 = {instancePath:instancePath+"/valueTwo",schemaPath:"#/definitions/uint64/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema29.type,parentSchema:schema29,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 18446744073709552000 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/valueTwo",schemaPath:"#/definitions/uint64/maximum",keyword:"maximum",params:{comparison: "<=", limit: 18446744073709552000},message:"must be <= 18446744073709552000",schema:18446744073709552000,parentSchema:schema29,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err11 = {instancePath:instancePath+"/valueTwo",schemaPath:"#/definitions/uint64/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema29,data:data2};
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
if(data.op !== undefined){
let data3 = data.op;
if(typeof data3 !== "string"){
const err12 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema97.properties.op.type,parentSchema:schema97.properties.op,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!(((((((data3 === "SCMP_CMP_NE") || (data3 === "SCMP_CMP_LT")) || (data3 === "SCMP_CMP_LE")) || (data3 === "SCMP_CMP_EQ")) || (data3 === "SCMP_CMP_GE")) || (data3 === "SCMP_CMP_GT")) || (data3 === "SCMP_CMP_MASKED_EQ"))){
const err13 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/enum",keyword:"enum",params:{allowedValues: schema97.properties.op.enum},message:"must be equal to one of the allowed values",schema:schema97.properties.op.enum,parentSchema:schema97.properties.op,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema97.type,parentSchema:schema97,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate61.errors = vErrors;
return errors === 0;
}


function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.names === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "names"},message:"must have required property '"+"names"+"'",schema:schema94.required,parentSchema:schema94,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.action === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'",schema:schema94.required,parentSchema:schema94,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.names !== undefined){
let data0 = data.names;
if(Array.isArray(data0)){
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/names",schemaPath:"#/properties/names/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema94.properties.names,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/names/" + i0,schemaPath:"#/properties/names/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema94.properties.names.items.type,parentSchema:schema94.properties.names.items,data:data1};
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
else {
const err4 = {instancePath:instancePath+"/names",schemaPath:"#/properties/names/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema94.properties.names.type,parentSchema:schema94.properties.names,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.action !== undefined){
let data2 = data.action;
if(typeof data2 !== "string"){
const err5 = {instancePath:instancePath+"/action",schemaPath:"#/definitions/seccompAction/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema92.type,parentSchema:schema92,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(((((((((data2 === "SCMP_ACT_KILL") || (data2 === "SCMP_ACT_KILL_PROCESS")) || (data2 === "SCMP_ACT_KILL_THREAD")) || (data2 === "SCMP_ACT_TRAP")) || (data2 === "SCMP_ACT_ERRNO")) || (data2 === "SCMP_ACT_TRACE")) || (data2 === "SCMP_ACT_ALLOW")) || (data2 === "SCMP_ACT_LOG")) || (data2 === "SCMP_ACT_NOTIFY"))){
const err6 = {instancePath:instancePath+"/action",schemaPath:"#/definitions/seccompAction/enum",keyword:"enum",params:{allowedValues: schema92.enum},message:"must be equal to one of the allowed values",schema:schema92.enum,parentSchema:schema92,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.errnoRet !== undefined){
let data3 = data.errnoRet;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err7 = {instancePath:instancePath+"/errnoRet",schemaPath:"#/definitions/uint32/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.type,parentSchema:schema14,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 4294967295 || isNaN(data3)){
const err8 = {instancePath:instancePath+"/errnoRet",schemaPath:"#/definitions/uint32/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295",schema:4294967295,parentSchema:schema14,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err9 = {instancePath:instancePath+"/errnoRet",schemaPath:"#/definitions/uint32/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14,data:data3};
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
if(data.args !== undefined){
let data4 = data.args;
if(Array.isArray(data4)){
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
if(!(validate61(data4[i1], {instancePath:instancePath+"/args/" + i1,parentData:data4,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath:instancePath+"/args",schemaPath:"#/properties/args/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema94.properties.args.type,parentSchema:schema94.properties.args,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema94.type,parentSchema:schema94,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate60.errors = vErrors;
return errors === 0;
}


function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.defaultAction === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "defaultAction"},message:"must have required property '"+"defaultAction"+"'",schema:schema91.required,parentSchema:schema91,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.defaultAction !== undefined){
let data0 = data.defaultAction;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/defaultAction",schemaPath:"#/definitions/seccompAction/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema92.type,parentSchema:schema92,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!(((((((((data0 === "SCMP_ACT_KILL") || (data0 === "SCMP_ACT_KILL_PROCESS")) || (data0 === "SCMP_ACT_KILL_THREAD")) || (data0 === "SCMP_ACT_TRAP")) || (data0 === "SCMP_ACT_ERRNO")) || (data0 === "SCMP_ACT_TRACE")) || (data0 === "SCMP_ACT_ALLOW")) || (data0 === "SCMP_ACT_LOG")) || (data0 === "SCMP_ACT_NOTIFY"))){
const err2 = {instancePath:instancePath+"/defaultAction",schemaPath:"#/definitions/seccompAction/enum",keyword:"enum",params:{allowedValues: schema92.enum},message:"must be equal to one of the allowed values",schema:schema92.enum,parentSchema:schema92,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.defaultErrnoRet !== undefined){
let data1 = data.defaultErrnoRet;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/defaultErrnoRet",schemaPath:"#/definitions/uint32/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.type,parentSchema:schema14,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 4294967295 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/defaultErrnoRet",schemaPath:"#/definitions/uint32/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295",schema:4294967295,parentSchema:schema14,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/defaultErrnoRet",schemaPath:"#/definitions/uint32/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14,data:data1};
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
if(data.architectures !== undefined){
let data2 = data.architectures;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 !== "string"){
const err6 = {instancePath:instancePath+"/architectures/" + i0,schemaPath:"#/properties/architectures/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema91.properties.architectures.items.type,parentSchema:schema91.properties.architectures.items,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(((((((((((((((((((data3 === "SCMP_ARCH_X86") || (data3 === "SCMP_ARCH_X86_64")) || (data3 === "SCMP_ARCH_X32")) || (data3 === "SCMP_ARCH_ARM")) || (data3 === "SCMP_ARCH_AARCH64")) || (data3 === "SCMP_ARCH_MIPS")) || (data3 === "SCMP_ARCH_MIPS64")) || (data3 === "SCMP_ARCH_MIPS64N32")) || (data3 === "SCMP_ARCH_MIPSEL")) || (data3 === "SCMP_ARCH_MIPSEL64")) || (data3 === "SCMP_ARCH_MIPSEL64N32")) || (data3 === "SCMP_ARCH_PPC")) || (data3 === "SCMP_ARCH_PPC64")) || (data3 === "SCMP_ARCH_PPC64LE")) || (data3 === "SCMP_ARCH_S390")) || (data3 === "SCMP_ARCH_S390X")) || (data3 === "SCMP_ARCH_PARISC")) || (data3 === "SCMP_ARCH_PARISC64")) || (data3 === "SCMP_ARCH_RISCV64"))){
const err7 = {instancePath:instancePath+"/architectures/" + i0,schemaPath:"#/properties/architectures/items/enum",keyword:"enum",params:{allowedValues: schema91.properties.architectures.items.enum},message:"must be equal to one of the allowed values",schema:schema91.properties.architectures.items.enum,parentSchema:schema91.properties.architectures.items,data:data3};
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
else {
const err8 = {instancePath:instancePath+"/architectures",schemaPath:"#/properties/architectures/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema91.properties.architectures.type,parentSchema:schema91.properties.architectures,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.flags !== undefined){
let data4 = data.flags;
if(Array.isArray(data4)){
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
if(typeof data5 === "string"){
if(!pattern16.test(data5)){
const err9 = {instancePath:instancePath+"/flags/" + i1,schemaPath:"#/properties/flags/items/pattern",keyword:"pattern",params:{pattern: "^SECCOMP_FILTER_FLAG_[A-Z_]+$"},message:"must match pattern \""+"^SECCOMP_FILTER_FLAG_[A-Z_]+$"+"\"",schema:"^SECCOMP_FILTER_FLAG_[A-Z_]+$",parentSchema:schema91.properties.flags.items,data:data5};
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
const err10 = {instancePath:instancePath+"/flags/" + i1,schemaPath:"#/properties/flags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema91.properties.flags.items.type,parentSchema:schema91.properties.flags.items,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/flags",schemaPath:"#/properties/flags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema91.properties.flags.type,parentSchema:schema91.properties.flags,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.listenerPath !== undefined){
let data6 = data.listenerPath;
if(typeof data6 !== "string"){
const err12 = {instancePath:instancePath+"/listenerPath",schemaPath:"#/properties/listenerPath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema91.properties.listenerPath.type,parentSchema:schema91.properties.listenerPath,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.listenerMetadata !== undefined){
let data7 = data.listenerMetadata;
if(typeof data7 !== "string"){
const err13 = {instancePath:instancePath+"/listenerMetadata",schemaPath:"#/properties/listenerMetadata/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema91.properties.listenerMetadata.type,parentSchema:schema91.properties.listenerMetadata,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.syscalls !== undefined){
let data8 = data.syscalls;
if(Array.isArray(data8)){
const len2 = data8.length;
for(let i2=0; i2<len2; i2++){
if(!(validate60(data8[i2], {instancePath:instancePath+"/syscalls/" + i2,parentData:data8,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
}
}
else {
const err14 = {instancePath:instancePath+"/syscalls",schemaPath:"#/properties/syscalls/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema91.properties.syscalls.type,parentSchema:schema91.properties.syscalls,data:data8};
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
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema91.type,parentSchema:schema91,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate59.errors = vErrors;
return errors === 0;
}

const schema100 = {"type":"array","items":{"$ref":"#/definitions/absolutePath"}};

function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(typeof data0 === "string"){
if(!pattern2.test(data0)){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/absolutePath/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\"",schema:"^/",parentSchema:schema46,data:data0};
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
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/absolutePath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data0};
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
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema100.type,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate65.errors = vErrors;
return errors === 0;
}

const schema102 = {"description":"Execution domain of the process. config-linux.md#personality","type":"object","required":["domain"],"properties":{"domain":{"type":"string","enum":["LINUX","LINUX32"]},"flags":{"$ref":"#/definitions/strings"}}};

function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.domain === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "domain"},message:"must have required property '"+"domain"+"'",schema:schema102.required,parentSchema:schema102,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.domain !== undefined){
let data0 = data.domain;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/domain",schemaPath:"#/properties/domain/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema102.properties.domain.type,parentSchema:schema102.properties.domain,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!((data0 === "LINUX") || (data0 === "LINUX32"))){
const err2 = {instancePath:instancePath+"/domain",schemaPath:"#/properties/domain/enum",keyword:"enum",params:{allowedValues: schema102.properties.domain.enum},message:"must be equal to one of the allowed values",schema:schema102.properties.domain.enum,parentSchema:schema102.properties.domain,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.flags !== undefined){
let data1 = data.flags;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 !== "string"){
const err3 = {instancePath:instancePath+"/flags/" + i0,schemaPath:"#/definitions/strings/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.items.type,parentSchema:schema33.items,data:data2};
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
else {
const err4 = {instancePath:instancePath+"/flags",schemaPath:"#/definitions/strings/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.type,parentSchema:schema33,data:data1};
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
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema102.type,parentSchema:schema102,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate68.errors = vErrors;
return errors === 0;
}


function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func3.call(schema39.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.namespaces !== undefined){
let data0 = data.namespaces;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.type === undefined){
const err1 = {instancePath:instancePath+"/namespaces/" + i0,schemaPath:"#/definitions/namespace/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema40.required,parentSchema:schema40,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data1.type !== undefined){
let data2 = data1.type;
if(typeof data2 !== "string"){
const err2 = {instancePath:instancePath+"/namespaces/" + i0+"/type",schemaPath:"#/definitions/namespace/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.type.type,parentSchema:schema40.properties.type,data:data2};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!((((((((data2 === "pid") || (data2 === "network")) || (data2 === "mount")) || (data2 === "ipc")) || (data2 === "uts")) || (data2 === "user")) || (data2 === "cgroup")) || (data2 === "time"))){
const err3 = {instancePath:instancePath+"/namespaces/" + i0+"/type",schemaPath:"#/definitions/namespace/properties/type/enum",keyword:"enum",params:{allowedValues: schema40.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema40.properties.type.enum,parentSchema:schema40.properties.type,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.path !== undefined){
let data3 = data1.path;
if(typeof data3 === "string"){
if(!pattern2.test(data3)){
const err4 = {instancePath:instancePath+"/namespaces/" + i0+"/path",schemaPath:"#/definitions/namespace/properties/path/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\"",schema:"^/",parentSchema:schema40.properties.path,data:data3};
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
const err5 = {instancePath:instancePath+"/namespaces/" + i0+"/path",schemaPath:"#/definitions/namespace/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.path.type,parentSchema:schema40.properties.path,data:data3};
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
const err6 = {instancePath:instancePath+"/namespaces/" + i0,schemaPath:"#/definitions/namespace/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.type,parentSchema:schema40,data:data1};
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
else {
const err7 = {instancePath:instancePath+"/namespaces",schemaPath:"#/properties/namespaces/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema39.properties.namespaces.type,parentSchema:schema39.properties.namespaces,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.uidMappings !== undefined){
let data4 = data.uidMappings;
if(Array.isArray(data4)){
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
if(!(validate33(data4[i1], {instancePath:instancePath+"/uidMappings/" + i1,parentData:data4,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath:instancePath+"/uidMappings",schemaPath:"#/properties/uidMappings/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema39.properties.uidMappings.type,parentSchema:schema39.properties.uidMappings,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.gidMappings !== undefined){
let data6 = data.gidMappings;
if(Array.isArray(data6)){
const len2 = data6.length;
for(let i2=0; i2<len2; i2++){
if(!(validate33(data6[i2], {instancePath:instancePath+"/gidMappings/" + i2,parentData:data6,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath:instancePath+"/gidMappings",schemaPath:"#/properties/gidMappings/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema39.properties.gidMappings.type,parentSchema:schema39.properties.gidMappings,data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.devices !== undefined){
let data8 = data.devices;
if(Array.isArray(data8)){
const len3 = data8.length;
for(let i3=0; i3<len3; i3++){
if(!(validate36(data8[i3], {instancePath:instancePath+"/devices/" + i3,parentData:data8,parentDataProperty:i3,rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath:instancePath+"/devices",schemaPath:"#/properties/devices/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema39.properties.devices.type,parentSchema:schema39.properties.devices,data:data8};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.cgroupsPath !== undefined){
let data10 = data.cgroupsPath;
if(typeof data10 !== "string"){
const err11 = {instancePath:instancePath+"/cgroupsPath",schemaPath:"#/properties/cgroupsPath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.cgroupsPath.type,parentSchema:schema39.properties.cgroupsPath,data:data10};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.resources !== undefined){
if(!(validate38(data.resources, {instancePath:instancePath+"/resources",parentData:data,parentDataProperty:"resources",rootData}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
if(data.intelRdt !== undefined){
let data12 = data.intelRdt;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.closID !== undefined){
let data13 = data12.closID;
if(typeof data13 !== "string"){
const err12 = {instancePath:instancePath+"/intelRdt/closID",schemaPath:"#/definitions/intelRdt/properties/closID/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema89.properties.closID.type,parentSchema:schema89.properties.closID,data:data13};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data12.l3CacheSchema !== undefined){
let data14 = data12.l3CacheSchema;
if(typeof data14 !== "string"){
const err13 = {instancePath:instancePath+"/intelRdt/l3CacheSchema",schemaPath:"#/definitions/intelRdt/properties/l3CacheSchema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema89.properties.l3CacheSchema.type,parentSchema:schema89.properties.l3CacheSchema,data:data14};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data12.memBwSchema !== undefined){
let data15 = data12.memBwSchema;
if(typeof data15 !== "string"){
const err14 = {instancePath:instancePath+"/intelRdt/memBwSchema",schemaPath:"#/definitions/intelRdt/properties/memBwSchema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema89.properties.memBwSchema.type,parentSchema:schema89.properties.memBwSchema,data:data15};
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
const err15 = {instancePath:instancePath+"/intelRdt",schemaPath:"#/definitions/intelRdt/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema89.type,parentSchema:schema89,data:data12};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.sysctl !== undefined){
let data16 = data.sysctl;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
for(const key1 in data16){
let data17 = data16[key1];
if(typeof data17 !== "string"){
const err16 = {instancePath:instancePath+"/sysctl/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/stringMap/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.additionalProperties.type,parentSchema:schema88.additionalProperties,data:data17};
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
const err17 = {instancePath:instancePath+"/sysctl",schemaPath:"#/definitions/stringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema88.type,parentSchema:schema88,data:data16};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.seccomp !== undefined){
if(!(validate59(data.seccomp, {instancePath:instancePath+"/seccomp",parentData:data,parentDataProperty:"seccomp",rootData}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
}
if(data.rootfsPropagation !== undefined){
let data19 = data.rootfsPropagation;
if(typeof data19 !== "string"){
const err18 = {instancePath:instancePath+"/rootfsPropagation",schemaPath:"#/properties/rootfsPropagation/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.rootfsPropagation.type,parentSchema:schema39.properties.rootfsPropagation,data:data19};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!((((((((data19 === "private") || (data19 === "shared")) || (data19 === "slave")) || (data19 === "unbindable")) || (data19 === "rprivate")) || (data19 === "rshared")) || (data19 === "rslave")) || (data19 === "runbindable"))){
const err19 = {instancePath:instancePath+"/rootfsPropagation",schemaPath:"#/properties/rootfsPropagation/enum",keyword:"enum",params:{allowedValues: schema39.properties.rootfsPropagation.enum},message:"must be equal to one of the allowed values",schema:schema39.properties.rootfsPropagation.enum,parentSchema:schema39.properties.rootfsPropagation,data:data19};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.maskedPaths !== undefined){
if(!(validate65(data.maskedPaths, {instancePath:instancePath+"/maskedPaths",parentData:data,parentDataProperty:"maskedPaths",rootData}))){
vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
errors = vErrors.length;
}
}
if(data.readonlyPaths !== undefined){
if(!(validate65(data.readonlyPaths, {instancePath:instancePath+"/readonlyPaths",parentData:data,parentDataProperty:"readonlyPaths",rootData}))){
vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
errors = vErrors.length;
}
}
if(data.mountLabel !== undefined){
let data22 = data.mountLabel;
if(typeof data22 !== "string"){
const err20 = {instancePath:instancePath+"/mountLabel",schemaPath:"#/properties/mountLabel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.mountLabel.type,parentSchema:schema39.properties.mountLabel,data:data22};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.personality !== undefined){
if(!(validate68(data.personality, {instancePath:instancePath+"/personality",parentData:data,parentDataProperty:"personality",rootData}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.type,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://rbc.dev/schemas/oci-runtime-config.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.ociVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ociVersion"},message:"must have required property '"+"ociVersion"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.root === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "root"},message:"must have required property '"+"root"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.process === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "process"},message:"must have required property '"+"process"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "ociVersion") || (key0 === "root")) || (key0 === "process")) || (key0 === "hostname")) || (key0 === "mounts")) || (key0 === "hooks")) || (key0 === "annotations")) || (key0 === "linux"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.ociVersion !== undefined){
let data0 = data.ociVersion;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err4 = {instancePath:instancePath+"/ociVersion",schemaPath:"#/properties/ociVersion/pattern",keyword:"pattern",params:{pattern: "^(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)(?:-(?:0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*)(?:\\.(?:0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*))*)?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?$"},message:"must match pattern \""+"^(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)(?:-(?:0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*)(?:\\.(?:0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*))*)?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?$"+"\"",schema:"^(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)(?:-(?:0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*)(?:\\.(?:0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*))*)?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?$",parentSchema:schema11.properties.ociVersion,data:data0};
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
const err5 = {instancePath:instancePath+"/ociVersion",schemaPath:"#/properties/ociVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.ociVersion.type,parentSchema:schema11.properties.ociVersion,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.root !== undefined){
let data1 = data.root;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.path === undefined){
const err6 = {instancePath:instancePath+"/root",schemaPath:"#/definitions/root/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema12.required,parentSchema:schema12,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "path") || (key1 === "readonly"))){
const err7 = {instancePath:instancePath+"/root",schemaPath:"#/definitions/root/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema12,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1.path !== undefined){
let data2 = data1.path;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err8 = {instancePath:instancePath+"/root/path",schemaPath:"#/definitions/root/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.properties.path,data:data2};
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
const err9 = {instancePath:instancePath+"/root/path",schemaPath:"#/definitions/root/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.path.type,parentSchema:schema12.properties.path,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.readonly !== undefined){
let data3 = data1.readonly;
if(typeof data3 !== "boolean"){
const err10 = {instancePath:instancePath+"/root/readonly",schemaPath:"#/definitions/root/properties/readonly/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.readonly.type,parentSchema:schema12.properties.readonly,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/root",schemaPath:"#/definitions/root/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.process !== undefined){
if(!(validate11(data.process, {instancePath:instancePath+"/process",parentData:data,parentDataProperty:"process",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
if(data.hostname !== undefined){
let data5 = data.hostname;
if(typeof data5 !== "string"){
const err12 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.hostname.type,parentSchema:schema11.properties.hostname,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.mounts !== undefined){
let data6 = data.mounts;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
if(!(validate19(data6[i0], {instancePath:instancePath+"/mounts/" + i0,parentData:data6,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath:instancePath+"/mounts",schemaPath:"#/properties/mounts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.mounts.type,parentSchema:schema11.properties.mounts,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.hooks !== undefined){
if(!(validate21(data.hooks, {instancePath:instancePath+"/hooks",parentData:data,parentDataProperty:"hooks",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.annotations !== undefined){
let data9 = data.annotations;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key2 in data9){
const _errs21 = errors;
if(typeof key2 === "string"){
if(func2(key2) < 1){
const err14 = {instancePath:instancePath+"/annotations",schemaPath:"#/properties/annotations/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.annotations.propertyNames,data:key2,propertyName:key2};
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
const err15 = {instancePath:instancePath+"/annotations",schemaPath:"#/properties/annotations/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.annotations.propertyNames.type,parentSchema:schema11.properties.annotations.propertyNames,data:key2,propertyName:key2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var valid5 = _errs21 === errors;
if(!valid5){
const err16 = {instancePath:instancePath+"/annotations",schemaPath:"#/properties/annotations/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid",schema:schema11.properties.annotations.propertyNames,parentSchema:schema11.properties.annotations,data:data9};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
for(const key3 in data9){
let data10 = data9[key3];
if(typeof data10 !== "string"){
const err17 = {instancePath:instancePath+"/annotations/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/annotations/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.annotations.additionalProperties.type,parentSchema:schema11.properties.annotations.additionalProperties,data:data10};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/annotations",schemaPath:"#/properties/annotations/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.annotations.type,parentSchema:schema11.properties.annotations,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.linux !== undefined){
if(!(validate32(data.linux, {instancePath:instancePath+"/linux",parentData:data,parentDataProperty:"linux",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

/** Checks a value against schemas/oci-runtime-config.schema.json; ajv's errors are left on `.errors`. */
export const validateRuntimeConfig: ValidateFunction = validate10;
