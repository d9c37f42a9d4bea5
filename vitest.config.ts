import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: ["test/integration/**", "test/e2e/**", "test/differential/**"],
          // A hang guard, not a speed check: the first in-process CLI test of a file imports the
          // whole CLI, which takes over vitest's default 5 s on a loaded 2-core machine.
          testTimeout: 30_000,
          setupFiles: ["test/support/cache-setup.ts"],
        },
      },
      {
        test: {
          name: "engine",
          include: [
            "test/integration/**/*.test.ts",
            "test/e2e/**/*.test.ts",
            "test/differential/**/*.test.ts",
          ],
          globalSetup: ["test/support/global-setup.ts"],
          setupFiles: ["test/support/cache-setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
