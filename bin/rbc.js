#!/usr/bin/env node
import module from "node:module";

const args = process.argv.slice(2);

// `rbc --version` answers before the command line loads (commander and rbc's modules take about
// half again Node's own start-up): scripts and tools call it to probe rbc. Its output is
// commander's, which `rbc --version` with anything else still goes through.
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  const { default: packageJson } = await import("../package.json", { with: { type: "json" } });
  process.stdout.write(`${packageJson.version}\n`);
} else {
  // Loading rbc's modules is most of a short command. Node 22.1 and later keep their compiled
  // code in a cache on disk (NODE_COMPILE_CACHE, NODE_DISABLE_COMPILE_CACHE); Node 20 has no such
  // cache, and goes on without one.
  module.enableCompileCache?.();
  const { main } = await import("../dist/cli/index.js");
  process.exitCode = await main(args);
}
