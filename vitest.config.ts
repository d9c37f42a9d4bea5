import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: ["test/integration/**", "test/e2e/**", "test/differential/**"],
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
