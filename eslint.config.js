import js from "@eslint/js";
import tseslint from "typescript-eslint";

const pureFolders = ["src/overlay", "src/spec", "src/json"];

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "bin/", "coverage/", "eslint.config.js"] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      "no-restricted-syntax": [
        "error",
        { selector: "ExportDefaultDeclaration", message: "Use named exports." },
      ],
    },
  },
  {
    // Tool configuration files must default-export their config.
    files: ["vitest.config.ts"],
    rules: { "no-restricted-syntax": "off" },
  },
  {
    // The compiler core is pure: parsing, merging and spec generation do no I/O.
    files: pureFolders.map((folder) => `${folder}/**/*.ts`),
    // load.ts reads files; bundle-location.ts resolves `.` against the working directory.
    ignores: ["src/overlay/load.ts", "src/overlay/bundle-location.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["node:*"], message: "Pure stage: no Node built-ins; do I/O in an adapter." },
            { group: ["dockerode", "chokidar"], message: "Pure stage: adapters only." },
          ],
        },
      ],
    },
  },
);
