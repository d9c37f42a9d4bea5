#!/usr/bin/env node
const args = process.argv.slice(2);

// `rbc --version` answers before the command line loads (commander and rbc's modules take about
// half again Node's own start-up): scripts and tools call it to probe rbc. Its output is
// commander's, which `rbc --version` with anything else still goes through.
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  const { default: packageJson } = await import("../package.json", { with: { type: "json" } });
  process.stdout.write(`${packageJson.version}\n`);
} else {
  const { main } = await import("../dist/cli/index.js");
  process.exitCode = await main(args);
}
