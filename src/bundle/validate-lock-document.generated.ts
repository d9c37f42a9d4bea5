// Generated from schemas/bundle-lock.schema.json by scripts/generate-validators.ts. Do not edit by hand:
// change the schema and run `npm run generate`.
// @ts-nocheck
import type { ValidateFunction } from "ajv";
import runtime0Exports from "ajv/dist/runtime/ucs2length.js";

function runtimeModule(exports) {
  return exports?.__esModule === true ? exports : { default: exports };
}
const runtime0 = runtimeModule(runtime0Exports);

const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://rbc.dev/schemas/bundle-lock.schema.json","title":"rbc bundle lock","description":"bundles/<name>/bundle.lock: what a bundle was resolved from, and the engine's answers that let rbc compile config.json again without an engine. Written by rbc build; never edit by hand.","type":"object","additionalProperties":false,"required":["lockVersion","source","image","rootfs","inputs"],"properties":{"lockVersion":{"const":1,"description":"Format version of this file."},"source":{"description":"The overlay's source, as written.","oneOf":[{"type":"object","additionalProperties":false,"required":["image"],"properties":{"image":{"type":"string","minLength":1}}},{"type":"object","additionalProperties":false,"required":["container"],"properties":{"container":{"type":"string","minLength":1}}}]},"image":{"type":"object","additionalProperties":false,"required":["id","configDigest","repoDigests","platform","diffIds"],"properties":{"id":{"$ref":"#/definitions/digest","description":"The engine's image id."},"configDigest":{"$ref":"#/definitions/digest","description":"Digest of the image config, from its archive."},"repoDigests":{"type":"array","items":{"type":"string"},"description":"Registry digests the engine knows for the image."},"platform":{"type":"object","additionalProperties":false,"required":["os","architecture"],"properties":{"os":{"type":"string"},"architecture":{"type":"string"},"variant":{"type":"string"}}},"diffIds":{"type":"array","items":{"$ref":"#/definitions/digest"},"description":"Layer diff_ids, lowest layer first."}}},"container":{"type":"object","additionalProperties":false,"required":["id","name"],"properties":{"id":{"type":"string"},"name":{"type":"string"}},"description":"For container sources: the container the bundle reproduces."},"target":{"description":"The Docker release and cgroup version the bundle reproduces. Absent in locks written before targets existed, which reproduced Docker 20.10 on cgroup v1.","type":"object","additionalProperties":false,"required":["docker","cgroup"],"properties":{"docker":{"enum":["20.10","26.1"]},"cgroup":{"enum":["v1","v2"]}}},"identity":{"description":"The runc container id the bundle runs as, and what it was made from: the repository's root commit and the bundle's path in it (absolute outside a repository), or the overlay's container_name alone. Absent in locks written before bundles had one.","type":"object","additionalProperties":false,"required":["containerId"],"properties":{"containerId":{"type":"string","pattern":"^[a-zA-Z0-9][a-zA-Z0-9_.-]+$"},"repository":{"type":"string","pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$","description":"The root commit reached from HEAD by first parents."},"path":{"type":"string","minLength":1,"description":"The bundle directory, relative to the work tree's top (absolute outside a repository)."}}},"rootfs":{"type":"object","additionalProperties":false,"required":["manifest","sha256"],"properties":{"manifest":{"const":"rootfs.mtree"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$","description":"sha256 of the committed rootfs.mtree."},"format":{"type":"integer","minimum":1,"description":"The version of what rbc's manifest says for given layers. Absent in locks written before rbc recorded it; a committed rootfs.mtree is reused (the image not read) only when it is this rbc's."}}},"inputs":{"type":"object","additionalProperties":false,"required":["engine","hostDevices"],"properties":{"engine":{"type":"object","additionalProperties":false,"required":["images","containers","users"],"description":"The engine's answers while the bundle compiled: image and container inspect data (as rbc reads them) and the user lookup made in the image's or container's /etc/passwd and /etc/group.","properties":{"images":{"type":"object","additionalProperties":{"type":"object"}},"containers":{"type":"object","additionalProperties":{"type":"object"}},"users":{"type":"object","description":"image:<id> or container:<id> → the user lookup made there: what it asked (user, groupAdd) and only the passwd and group entries it needed, reduced to the fields the lookup reads (never the whole files).","additionalProperties":{"type":"object","additionalProperties":false,"required":["user","groupAdd"],"properties":{"user":{"type":"string","description":"The user spec looked up (`user`; empty for the image's default)."},"groupAdd":{"type":"array","items":{"type":"string"},"description":"The group_add entries looked up, in order."},"passwd":{"type":"string","maxLength":65536,"description":"The passwd entry the user matched, as name:x:uid:gid."},"group":{"type":"string","maxLength":65536,"description":"The group entries the lookup needed, as name:x:gid:member."}}}}}},"hostDevices":{"type":"object","description":"Device nodes of the build host that devices and blkio settings named.","additionalProperties":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["path","type","major","minor","fileMode","uid","gid"],"properties":{"path":{"type":"string"},"type":{"enum":["c","b","p"]},"major":{"type":"integer","minimum":0},"minor":{"type":"integer","minimum":0},"fileMode":{"type":"integer","minimum":0},"uid":{"type":"integer","minimum":0},"gid":{"type":"integer","minimum":0}}}}}}}},"definitions":{"digest":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"}}};
const schema12 = {"type":"string","pattern":"^sha256:[0-9a-f]{64}$"};
const func2 = runtime0.default;
const pattern0 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
const pattern3 = new RegExp("^[a-zA-Z0-9][a-zA-Z0-9_.-]+$", "u");
const pattern4 = new RegExp("^[0-9a-f]{40}([0-9a-f]{24})?$", "u");
const pattern5 = new RegExp("^[0-9a-f]{64}$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://rbc.dev/schemas/bundle-lock.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.lockVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "lockVersion"},message:"must have required property '"+"lockVersion"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.source === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.image === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "image"},message:"must have required property '"+"image"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.rootfs === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rootfs"},message:"must have required property '"+"rootfs"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.inputs === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "inputs"},message:"must have required property '"+"inputs"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "lockVersion") || (key0 === "source")) || (key0 === "image")) || (key0 === "container")) || (key0 === "target")) || (key0 === "identity")) || (key0 === "rootfs")) || (key0 === "inputs"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.lockVersion !== undefined){
if(1 !== data.lockVersion){
const err6 = {instancePath:instancePath+"/lockVersion",schemaPath:"#/properties/lockVersion/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.source !== undefined){
let data1 = data.source;
const _errs4 = errors;
let valid1 = false;
let passing0 = null;
const _errs5 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.image === undefined){
const err7 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/oneOf/0/required",keyword:"required",params:{missingProperty: "image"},message:"must have required property '"+"image"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key1 in data1){
if(!(key1 === "image")){
const err8 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.image !== undefined){
let data2 = data1.image;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err9 = {instancePath:instancePath+"/source/image",schemaPath:"#/properties/source/oneOf/0/properties/image/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err10 = {instancePath:instancePath+"/source/image",schemaPath:"#/properties/source/oneOf/0/properties/image/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err11 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs5 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs10 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.container === undefined){
const err12 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/oneOf/1/required",keyword:"required",params:{missingProperty: "container"},message:"must have required property '"+"container"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key2 in data1){
if(!(key2 === "container")){
const err13 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data1.container !== undefined){
let data3 = data1.container;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err14 = {instancePath:instancePath+"/source/container",schemaPath:"#/properties/source/oneOf/1/properties/container/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err15 = {instancePath:instancePath+"/source/container",schemaPath:"#/properties/source/oneOf/1/properties/container/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err16 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid0 = _errs10 === errors;
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
const err17 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
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
if(data.image !== undefined){
let data4 = data.image;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.id === undefined){
const err18 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data4.configDigest === undefined){
const err19 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/required",keyword:"required",params:{missingProperty: "configDigest"},message:"must have required property '"+"configDigest"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data4.repoDigests === undefined){
const err20 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/required",keyword:"required",params:{missingProperty: "repoDigests"},message:"must have required property '"+"repoDigests"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data4.platform === undefined){
const err21 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/required",keyword:"required",params:{missingProperty: "platform"},message:"must have required property '"+"platform"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data4.diffIds === undefined){
const err22 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/required",keyword:"required",params:{missingProperty: "diffIds"},message:"must have required property '"+"diffIds"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key3 in data4){
if(!(((((key3 === "id") || (key3 === "configDigest")) || (key3 === "repoDigests")) || (key3 === "platform")) || (key3 === "diffIds"))){
const err23 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data4.id !== undefined){
let data5 = data4.id;
if(typeof data5 === "string"){
if(!pattern0.test(data5)){
const err24 = {instancePath:instancePath+"/image/id",schemaPath:"#/definitions/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/image/id",schemaPath:"#/definitions/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data4.configDigest !== undefined){
let data6 = data4.configDigest;
if(typeof data6 === "string"){
if(!pattern0.test(data6)){
const err26 = {instancePath:instancePath+"/image/configDigest",schemaPath:"#/definitions/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/image/configDigest",schemaPath:"#/definitions/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data4.repoDigests !== undefined){
let data7 = data4.repoDigests;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
if(typeof data7[i0] !== "string"){
const err28 = {instancePath:instancePath+"/image/repoDigests/" + i0,schemaPath:"#/properties/image/properties/repoDigests/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err29 = {instancePath:instancePath+"/image/repoDigests",schemaPath:"#/properties/image/properties/repoDigests/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data4.platform !== undefined){
let data9 = data4.platform;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.os === undefined){
const err30 = {instancePath:instancePath+"/image/platform",schemaPath:"#/properties/image/properties/platform/required",keyword:"required",params:{missingProperty: "os"},message:"must have required property '"+"os"+"'"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data9.architecture === undefined){
const err31 = {instancePath:instancePath+"/image/platform",schemaPath:"#/properties/image/properties/platform/required",keyword:"required",params:{missingProperty: "architecture"},message:"must have required property '"+"architecture"+"'"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
for(const key4 in data9){
if(!(((key4 === "os") || (key4 === "architecture")) || (key4 === "variant"))){
const err32 = {instancePath:instancePath+"/image/platform",schemaPath:"#/properties/image/properties/platform/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data9.os !== undefined){
if(typeof data9.os !== "string"){
const err33 = {instancePath:instancePath+"/image/platform/os",schemaPath:"#/properties/image/properties/platform/properties/os/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data9.architecture !== undefined){
if(typeof data9.architecture !== "string"){
const err34 = {instancePath:instancePath+"/image/platform/architecture",schemaPath:"#/properties/image/properties/platform/properties/architecture/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data9.variant !== undefined){
if(typeof data9.variant !== "string"){
const err35 = {instancePath:instancePath+"/image/platform/variant",schemaPath:"#/properties/image/properties/platform/properties/variant/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err36 = {instancePath:instancePath+"/image/platform",schemaPath:"#/properties/image/properties/platform/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data4.diffIds !== undefined){
let data13 = data4.diffIds;
if(Array.isArray(data13)){
const len1 = data13.length;
for(let i1=0; i1<len1; i1++){
let data14 = data13[i1];
if(typeof data14 === "string"){
if(!pattern0.test(data14)){
const err37 = {instancePath:instancePath+"/image/diffIds/" + i1,schemaPath:"#/definitions/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
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
const err38 = {instancePath:instancePath+"/image/diffIds/" + i1,schemaPath:"#/definitions/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err39 = {instancePath:instancePath+"/image/diffIds",schemaPath:"#/properties/image/properties/diffIds/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err40 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.container !== undefined){
let data15 = data.container;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.id === undefined){
const err41 = {instancePath:instancePath+"/container",schemaPath:"#/properties/container/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data15.name === undefined){
const err42 = {instancePath:instancePath+"/container",schemaPath:"#/properties/container/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
for(const key5 in data15){
if(!((key5 === "id") || (key5 === "name"))){
const err43 = {instancePath:instancePath+"/container",schemaPath:"#/properties/container/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data15.id !== undefined){
if(typeof data15.id !== "string"){
const err44 = {instancePath:instancePath+"/container/id",schemaPath:"#/properties/container/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data15.name !== undefined){
if(typeof data15.name !== "string"){
const err45 = {instancePath:instancePath+"/container/name",schemaPath:"#/properties/container/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err46 = {instancePath:instancePath+"/container",schemaPath:"#/properties/container/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.target !== undefined){
let data18 = data.target;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.docker === undefined){
const err47 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/required",keyword:"required",params:{missingProperty: "docker"},message:"must have required property '"+"docker"+"'"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data18.cgroup === undefined){
const err48 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/required",keyword:"required",params:{missingProperty: "cgroup"},message:"must have required property '"+"cgroup"+"'"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
for(const key6 in data18){
if(!((key6 === "docker") || (key6 === "cgroup"))){
const err49 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data18.docker !== undefined){
let data19 = data18.docker;
if(!((data19 === "20.10") || (data19 === "26.1"))){
const err50 = {instancePath:instancePath+"/target/docker",schemaPath:"#/properties/target/properties/docker/enum",keyword:"enum",params:{allowedValues: schema11.properties.target.properties.docker.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data18.cgroup !== undefined){
let data20 = data18.cgroup;
if(!((data20 === "v1") || (data20 === "v2"))){
const err51 = {instancePath:instancePath+"/target/cgroup",schemaPath:"#/properties/target/properties/cgroup/enum",keyword:"enum",params:{allowedValues: schema11.properties.target.properties.cgroup.enum},message:"must be equal to one of the allowed values"};
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
const err52 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.identity !== undefined){
let data21 = data.identity;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.containerId === undefined){
const err53 = {instancePath:instancePath+"/identity",schemaPath:"#/properties/identity/required",keyword:"required",params:{missingProperty: "containerId"},message:"must have required property '"+"containerId"+"'"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
for(const key7 in data21){
if(!(((key7 === "containerId") || (key7 === "repository")) || (key7 === "path"))){
const err54 = {instancePath:instancePath+"/identity",schemaPath:"#/properties/identity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data21.containerId !== undefined){
let data22 = data21.containerId;
if(typeof data22 === "string"){
if(!pattern3.test(data22)){
const err55 = {instancePath:instancePath+"/identity/containerId",schemaPath:"#/properties/identity/properties/containerId/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]+$"},message:"must match pattern \""+"^[a-zA-Z0-9][a-zA-Z0-9_.-]+$"+"\""};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/identity/containerId",schemaPath:"#/properties/identity/properties/containerId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data21.repository !== undefined){
let data23 = data21.repository;
if(typeof data23 === "string"){
if(!pattern4.test(data23)){
const err57 = {instancePath:instancePath+"/identity/repository",schemaPath:"#/properties/identity/properties/repository/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$"},message:"must match pattern \""+"^[0-9a-f]{40}([0-9a-f]{24})?$"+"\""};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath:instancePath+"/identity/repository",schemaPath:"#/properties/identity/properties/repository/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data21.path !== undefined){
let data24 = data21.path;
if(typeof data24 === "string"){
if(func2(data24) < 1){
const err59 = {instancePath:instancePath+"/identity/path",schemaPath:"#/properties/identity/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err60 = {instancePath:instancePath+"/identity/path",schemaPath:"#/properties/identity/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err61 = {instancePath:instancePath+"/identity",schemaPath:"#/properties/identity/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data.rootfs !== undefined){
let data25 = data.rootfs;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(data25.manifest === undefined){
const err62 = {instancePath:instancePath+"/rootfs",schemaPath:"#/properties/rootfs/required",keyword:"required",params:{missingProperty: "manifest"},message:"must have required property '"+"manifest"+"'"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(data25.sha256 === undefined){
const err63 = {instancePath:instancePath+"/rootfs",schemaPath:"#/properties/rootfs/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
for(const key8 in data25){
if(!(((key8 === "manifest") || (key8 === "sha256")) || (key8 === "format"))){
const err64 = {instancePath:instancePath+"/rootfs",schemaPath:"#/properties/rootfs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data25.manifest !== undefined){
if("rootfs.mtree" !== data25.manifest){
const err65 = {instancePath:instancePath+"/rootfs/manifest",schemaPath:"#/properties/rootfs/properties/manifest/const",keyword:"const",params:{allowedValue: "rootfs.mtree"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data25.sha256 !== undefined){
let data27 = data25.sha256;
if(typeof data27 === "string"){
if(!pattern5.test(data27)){
const err66 = {instancePath:instancePath+"/rootfs/sha256",schemaPath:"#/properties/rootfs/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
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
const err67 = {instancePath:instancePath+"/rootfs/sha256",schemaPath:"#/properties/rootfs/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data25.format !== undefined){
let data28 = data25.format;
if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){
const err68 = {instancePath:instancePath+"/rootfs/format",schemaPath:"#/properties/rootfs/properties/format/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if((typeof data28 == "number") && (isFinite(data28))){
if(data28 < 1 || isNaN(data28)){
const err69 = {instancePath:instancePath+"/rootfs/format",schemaPath:"#/properties/rootfs/properties/format/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
}
else {
const err70 = {instancePath:instancePath+"/rootfs",schemaPath:"#/properties/rootfs/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data.inputs !== undefined){
let data29 = data.inputs;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.engine === undefined){
const err71 = {instancePath:instancePath+"/inputs",schemaPath:"#/properties/inputs/required",keyword:"required",params:{missingProperty: "engine"},message:"must have required property '"+"engine"+"'"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data29.hostDevices === undefined){
const err72 = {instancePath:instancePath+"/inputs",schemaPath:"#/properties/inputs/required",keyword:"required",params:{missingProperty: "hostDevices"},message:"must have required property '"+"hostDevices"+"'"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
for(const key9 in data29){
if(!((key9 === "engine") || (key9 === "hostDevices"))){
const err73 = {instancePath:instancePath+"/inputs",schemaPath:"#/properties/inputs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data29.engine !== undefined){
let data30 = data29.engine;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.images === undefined){
const err74 = {instancePath:instancePath+"/inputs/engine",schemaPath:"#/properties/inputs/properties/engine/required",keyword:"required",params:{missingProperty: "images"},message:"must have required property '"+"images"+"'"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(data30.containers === undefined){
const err75 = {instancePath:instancePath+"/inputs/engine",schemaPath:"#/properties/inputs/properties/engine/required",keyword:"required",params:{missingProperty: "containers"},message:"must have required property '"+"containers"+"'"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(data30.users === undefined){
const err76 = {instancePath:instancePath+"/inputs/engine",schemaPath:"#/properties/inputs/properties/engine/required",keyword:"required",params:{missingProperty: "users"},message:"must have required property '"+"users"+"'"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
for(const key10 in data30){
if(!(((key10 === "images") || (key10 === "containers")) || (key10 === "users"))){
const err77 = {instancePath:instancePath+"/inputs/engine",schemaPath:"#/properties/inputs/properties/engine/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data30.images !== undefined){
let data31 = data30.images;
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
for(const key11 in data31){
let data32 = data31[key11];
if(!(data32 && typeof data32 == "object" && !Array.isArray(data32))){
const err78 = {instancePath:instancePath+"/inputs/engine/images/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/inputs/properties/engine/properties/images/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err79 = {instancePath:instancePath+"/inputs/engine/images",schemaPath:"#/properties/inputs/properties/engine/properties/images/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data30.containers !== undefined){
let data33 = data30.containers;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
for(const key12 in data33){
let data34 = data33[key12];
if(!(data34 && typeof data34 == "object" && !Array.isArray(data34))){
const err80 = {instancePath:instancePath+"/inputs/engine/containers/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/inputs/properties/engine/properties/containers/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err81 = {instancePath:instancePath+"/inputs/engine/containers",schemaPath:"#/properties/inputs/properties/engine/properties/containers/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data30.users !== undefined){
let data35 = data30.users;
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
for(const key13 in data35){
let data36 = data35[key13];
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
if(data36.user === undefined){
const err82 = {instancePath:instancePath+"/inputs/engine/users/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/inputs/properties/engine/properties/users/additionalProperties/required",keyword:"required",params:{missingProperty: "user"},message:"must have required property '"+"user"+"'"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if(data36.groupAdd === undefined){
const err83 = {instancePath:instancePath+"/inputs/engine/users/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/inputs/properties/engine/properties/users/additionalProperties/required",keyword:"required",params:{missingProperty: "groupAdd"},message:"must have required property '"+"groupAdd"+"'"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
for(const key14 in data36){
if(!((((key14 === "user") || (key14 === "groupAdd")) || (key14 === "passwd")) || (key14 === "group"))){
const err84 = {instancePath:instancePath+"/inputs/engine/users/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/inputs/properties/engine/properties/users/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data36.user !== undefined){
if(typeof data36.user !== "string"){
const err85 = {instancePath:instancePath+"/inputs/engine/users/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/user",schemaPath:"#/properties/inputs/properties/engine/properties/users/additionalProperties/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data36.groupAdd !== undefined){
let data38 = data36.groupAdd;
if(Array.isArray(data38)){
const len2 = data38.length;
for(let i2=0; i2<len2; i2++){
if(typeof data38[i2] !== "string"){
const err86 = {instancePath:instancePath+"/inputs/engine/users/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/groupAdd/" + i2,schemaPath:"#/properties/inputs/properties/engine/properties/users/additionalProperties/properties/groupAdd/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err87 = {instancePath:instancePath+"/inputs/engine/users/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/groupAdd",schemaPath:"#/properties/inputs/properties/engine/properties/users/additionalProperties/properties/groupAdd/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data36.passwd !== undefined){
let data40 = data36.passwd;
if(typeof data40 === "string"){
if(func2(data40) > 65536){
const err88 = {instancePath:instancePath+"/inputs/engine/users/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/passwd",schemaPath:"#/properties/inputs/properties/engine/properties/users/additionalProperties/properties/passwd/maxLength",keyword:"maxLength",params:{limit: 65536},message:"must NOT have more than 65536 characters"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
else {
const err89 = {instancePath:instancePath+"/inputs/engine/users/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/passwd",schemaPath:"#/properties/inputs/properties/engine/properties/users/additionalProperties/properties/passwd/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data36.group !== undefined){
let data41 = data36.group;
if(typeof data41 === "string"){
if(func2(data41) > 65536){
const err90 = {instancePath:instancePath+"/inputs/engine/users/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/group",schemaPath:"#/properties/inputs/properties/engine/properties/users/additionalProperties/properties/group/maxLength",keyword:"maxLength",params:{limit: 65536},message:"must NOT have more than 65536 characters"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
else {
const err91 = {instancePath:instancePath+"/inputs/engine/users/" + key13.replace(/~/g, "~0").replace(/\//g, "~1")+"/group",schemaPath:"#/properties/inputs/properties/engine/properties/users/additionalProperties/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
}
else {
const err92 = {instancePath:instancePath+"/inputs/engine/users/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/inputs/properties/engine/properties/users/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
}
else {
const err93 = {instancePath:instancePath+"/inputs/engine/users",schemaPath:"#/properties/inputs/properties/engine/properties/users/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
else {
const err94 = {instancePath:instancePath+"/inputs/engine",schemaPath:"#/properties/inputs/properties/engine/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data29.hostDevices !== undefined){
let data42 = data29.hostDevices;
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
for(const key15 in data42){
let data43 = data42[key15];
if(Array.isArray(data43)){
const len3 = data43.length;
for(let i3=0; i3<len3; i3++){
let data44 = data43[i3];
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
if(data44.path === undefined){
const err95 = {instancePath:instancePath+"/inputs/hostDevices/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i3,schemaPath:"#/properties/inputs/properties/hostDevices/additionalProperties/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if(data44.type === undefined){
const err96 = {instancePath:instancePath+"/inputs/hostDevices/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i3,schemaPath:"#/properties/inputs/properties/hostDevices/additionalProperties/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
if(data44.major === undefined){
const err97 = {instancePath:instancePath+"/inputs/hostDevices/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i3,schemaPath:"#/properties/inputs/properties/hostDevices/additionalProperties/items/required",keyword:"required",params:{missingProperty: "major"},message:"must have required property '"+"major"+"'"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(data44.minor === undefined){
const err98 = {instancePath:instancePath+"/inputs/hostDevices/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i3,schemaPath:"#/properties/inputs/properties/hostDevices/additionalProperties/items/required",keyword:"required",params:{missingProperty: "minor"},message:"must have required property '"+"minor"+"'"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(data44.fileMode === undefined){
const err99 = {instancePath:instancePath+"/inputs/hostDevices/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i3,schemaPath:"#/properties/inputs/properties/hostDevices/additionalProperties/items/required",keyword:"required",params:{missingProperty: "fileMode"},message:"must have required property '"+"fileMode"+"'"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
if(data44.uid === undefined){
const err100 = {instancePath:instancePath+"/inputs/hostDevices/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i3,schemaPath:"#/properties/inputs/properties/hostDevices/additionalProperties/items/required",keyword:"required",params:{missingProperty: "uid"},message:"must have required property '"+"uid"+"'"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
if(data44.gid === undefined){
const err101 = {instancePath:instancePath+"/inputs/hostDevices/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i3,schemaPath:"#/properties/inputs/properties/hostDevices/additionalProperties/items/required",keyword:"required",params:{missingProperty: "gid"},message:"must have required property '"+"gid"+"'"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
for(const key16 in data44){
if(!(((((((key16 === "path") || (key16 === "type")) || (key16 === "major")) || (key16 === "minor")) || (key16 === "fileMode")) || (key16 === "uid")) || (key16 === "gid"))){
const err102 = {instancePath:instancePath+"/inputs/hostDevices/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i3,schemaPath:"#/properties/inputs/properties/hostDevices/additionalProperties/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data44.path !== undefined){
if(typeof data44.path !== "string"){
const err103 = {instancePath:instancePath+"/inputs/hostDevices/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i3+"/path",schemaPath:"#/properties/inputs/properties/hostDevices/additionalProperties/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data44.type !== undefined){
let data46 = data44.type;
if(!(((data46 === "c") || (data46 === "b")) || (data46 === "p"))){
const err104 = {instancePath:instancePath+"/inputs/hostDevices/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i3+"/type",schemaPath:"#/properties/inputs/properties/hostDevices/additionalProperties/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema11.properties.inputs.properties.hostDevices.additionalProperties.items.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data44.major !== undefined){
let data47 = data44.major;
if(!(((typeof data47 == "number") && (!(data47 % 1) && !isNaN(data47))) && (isFinite(data47)))){
const err105 = {instancePath:instancePath+"/inputs/hostDevices/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i3+"/major",schemaPath:"#/properties/inputs/properties/hostDevices/additionalProperties/items/properties/major/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
if((typeof data47 == "number") && (isFinite(data47))){
if(data47 < 0 || isNaN(data47)){
const err106 = {instancePath:instancePath+"/inputs/hostDevices/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i3+"/major",schemaPath:"#/properties/inputs/properties/hostDevices/additionalProperties/items/properties/major/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
}
if(data44.minor !== undefined){
let data48 = data44.minor;
if(!(((typeof data48 == "number") && (!(data48 % 1) && !isNaN(data48))) && (isFinite(data48)))){
const err107 = {instancePath:instancePath+"/inputs/hostDevices/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i3+"/minor",schemaPath:"#/properties/inputs/properties/hostDevices/additionalProperties/items/properties/minor/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
if((typeof data48 == "number") && (isFinite(data48))){
if(data48 < 0 || isNaN(data48)){
const err108 = {instancePath:instancePath+"/inputs/hostDevices/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i3+"/minor",schemaPath:"#/properties/inputs/properties/hostDevices/additionalProperties/items/properties/minor/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
}
if(data44.fileMode !== undefined){
let data49 = data44.fileMode;
if(!(((typeof data49 == "number") && (!(data49 % 1) && !isNaN(data49))) && (isFinite(data49)))){
const err109 = {instancePath:instancePath+"/inputs/hostDevices/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i3+"/fileMode",schemaPath:"#/properties/inputs/properties/hostDevices/additionalProperties/items/properties/fileMode/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
if((typeof data49 == "number") && (isFinite(data49))){
if(data49 < 0 || isNaN(data49)){
const err110 = {instancePath:instancePath+"/inputs/hostDevices/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i3+"/fileMode",schemaPath:"#/properties/inputs/properties/hostDevices/additionalProperties/items/properties/fileMode/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
}
if(data44.uid !== undefined){
let data50 = data44.uid;
if(!(((typeof data50 == "number") && (!(data50 % 1) && !isNaN(data50))) && (isFinite(data50)))){
const err111 = {instancePath:instancePath+"/inputs/hostDevices/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i3+"/uid",schemaPath:"#/properties/inputs/properties/hostDevices/additionalProperties/items/properties/uid/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
if((typeof data50 == "number") && (isFinite(data50))){
if(data50 < 0 || isNaN(data50)){
const err112 = {instancePath:instancePath+"/inputs/hostDevices/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i3+"/uid",schemaPath:"#/properties/inputs/properties/hostDevices/additionalProperties/items/properties/uid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
}
if(data44.gid !== undefined){
let data51 = data44.gid;
if(!(((typeof data51 == "number") && (!(data51 % 1) && !isNaN(data51))) && (isFinite(data51)))){
const err113 = {instancePath:instancePath+"/inputs/hostDevices/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i3+"/gid",schemaPath:"#/properties/inputs/properties/hostDevices/additionalProperties/items/properties/gid/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
if((typeof data51 == "number") && (isFinite(data51))){
if(data51 < 0 || isNaN(data51)){
const err114 = {instancePath:instancePath+"/inputs/hostDevices/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i3+"/gid",schemaPath:"#/properties/inputs/properties/hostDevices/additionalProperties/items/properties/gid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
}
}
else {
const err115 = {instancePath:instancePath+"/inputs/hostDevices/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i3,schemaPath:"#/properties/inputs/properties/hostDevices/additionalProperties/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err116 = {instancePath:instancePath+"/inputs/hostDevices/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/inputs/properties/hostDevices/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
}
else {
const err117 = {instancePath:instancePath+"/inputs/hostDevices",schemaPath:"#/properties/inputs/properties/hostDevices/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
}
else {
const err118 = {instancePath:instancePath+"/inputs",schemaPath:"#/properties/inputs/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
}
else {
const err119 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

/** Checks a value against schemas/bundle-lock.schema.json; ajv's errors are left on `.errors`. */
export const validateLockDocument: ValidateFunction = validate10;
