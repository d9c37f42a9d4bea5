import { describe, expect, it } from "vitest";
import { compileBundleDirs } from "../src/compile-bundles.ts";
import type { BundleCompilation } from "../src/compile.ts";
import { bundleLocation } from "../src/bundle-location.ts";
import { ImageNotFoundError, InternalError } from "../src/errors/index.ts";

/** Bundle directories that do not exist: the compile function below never reads them. */
const dirs = [
  "/nonexistent/rbc/bundles/a",
  "/nonexistent/rbc/bundles/b",
  "/nonexistent/rbc/bundles/c",
];

function compiled(dir: string): BundleCompilation {
  return { ...bundleLocation(dir), diagnostics: [] };
}

/** Compiles each bundle after `delays[name]` turns of the event loop, so they finish out of order. */
function compileAfter(delays: Readonly<Record<string, number>>, fail?: Record<string, Error>) {
  let running = 0;
  let most = 0;
  const compile = async (dir: string): Promise<BundleCompilation> => {
    running += 1;
    most = Math.max(most, running);
    const name = bundleLocation(dir).name;
    for (let i = 0; i < (delays[name] ?? 0); i += 1) await new Promise((r) => setImmediate(r));
    running -= 1;
    const error = fail?.[name];
    if (error !== undefined) throw error;
    return compiled(dir);
  };
  return { compile, most: () => most };
}

describe("compileBundleDirs", () => {
  it("compiles up to `jobs` bundles at once and gives them in path order, whatever order they finish in", async () => {
    const { compile, most } = compileAfter({ a: 5, b: 1, c: 3 });
    const seen: string[] = [];
    const result = await compileBundleDirs(dirs, compile, {
      jobs: 2,
      onCompiled: (bundle) => {
        seen.push(bundle.name);
      },
    });
    expect(result.compiled.map((b) => b.name)).toEqual(["a", "b", "c"]);
    expect(seen).toEqual(["a", "b", "c"]);
    expect(most()).toBe(2);
  });

  it("compiles one at a time by default", async () => {
    const { compile, most } = compileAfter({ a: 2, b: 1, c: 1 });
    await compileBundleDirs(dirs, compile);
    expect(most()).toBe(1);
  });

  it("fails only its bundle for an EnvironmentError, and goes on with the others", async () => {
    const missing = new ImageNotFoundError("rbc.local/missing:1");
    const { compile } = compileAfter({ a: 3, b: 1, c: 2 }, { b: missing });
    const seen: string[] = [];
    const result = await compileBundleDirs(dirs, compile, {
      jobs: 3,
      onCompiled: (bundle) => {
        seen.push(bundle.name);
      },
    });
    expect(result.compiled.map((b) => b.name)).toEqual(["a", "c"]);
    expect(seen).toEqual(["a", "c"]);
    expect(result.unavailable).toEqual([
      { dir: dirs[1], overlayFile: `${dirs[1] ?? ""}/bundle.yaml`, error: missing },
    ]);
  });

  it("passes any other failure on: it is a bug, not the bundle's", async () => {
    const { compile } = compileAfter({ a: 1 }, { a: new InternalError("broken invariant") });
    await expect(compileBundleDirs(dirs, compile, { jobs: 2 })).rejects.toThrow("broken invariant");
  });
});
