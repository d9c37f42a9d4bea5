import type Docker from "dockerode";
import { createRequire, Module } from "node:module";

/**
 * dockerode (a CommonJS package), loaded on first use: the runc hooks (`rbc hook …`, run on every
 * container start and delete) never talk to Docker. Two of its modules load only when called:
 * dockerode's BuildKit session (gRPC and protobufjs, for image builds rbc never makes) and
 * docker-modem's SSH transport (ssh2, for `ssh://` endpoints alone). Loading them up front took
 * over half of dockerode's load time, which every online command pays.
 */
export function loadDockerode(): typeof Docker {
  const require = createRequire(import.meta.url);
  const dockerode = require.resolve("dockerode");
  const modem = createRequire(dockerode).resolve("docker-modem");
  deferFunctionModule(createRequire(dockerode).resolve("./session"));
  deferFunctionModule(createRequire(modem).resolve("./ssh"));
  return require(dockerode) as typeof Docker;
}

/**
 * Puts a stand-in for a CommonJS module that exports one function into the require cache, so
 * whoever requires it gets a function that loads the real module on its first call and forwards
 * every call to it. A module already loaded is left as it is.
 */
function deferFunctionModule(path: string): void {
  const cache = createRequire(path).cache;
  if (cache[path] !== undefined) return;
  let real: ((...args: unknown[]) => unknown) | undefined;
  const load = () => {
    // The stand-in leaves the cache, so the path's own module loads in its place.
    Reflect.deleteProperty(cache, path);
    return createRequire(path)(path) as (...args: unknown[]) => unknown;
  };
  const standIn = new Module(path);
  standIn.filename = path;
  standIn.loaded = true;
  standIn.exports = function deferred(this: unknown, ...args: unknown[]): unknown {
    real ??= load();
    return real.apply(this, args);
  };
  cache[path] = standIn;
}
