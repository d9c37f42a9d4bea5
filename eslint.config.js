import js from "@eslint/js";
import tseslint from "typescript-eslint";
import { frontDoors } from "./eslint-rules/front-doors.js";

/** The compiler core is pure: parsing, merging, spec generation and manifests do no I/O. */
const pureFiles = [
  "src/overlay/**/*.ts",
  "src/spec/**/*.ts",
  "src/json/**/*.ts",
  "src/contract/**/*.ts",
  "src/errors/**/*.ts",
  "src/secrets/**/*.ts",
  "src/import/**/*.ts",
  // The manifest code of rootfs/: tar reading, layer application, mtree, tree comparison.
  ...[
    "apply-layers",
    "byte-reader",
    "container-manifest",
    "diff-rootfs",
    "entry-path",
    "image-manifest",
    "layer-entry",
    "mtree-escape",
    "read-mtree",
    "resolve-scoped-path",
    "rootfs-entry",
    "runtime-mountpoints",
    "tar-header",
    "tar-stream",
    "write-mtree",
  ].map((name) => `src/rootfs/${name}.ts`),
  // What a bundle's mounts need at run time, planned from config.json and the overlay.
  ...["volume-intents", "plan-volumes"].map((name) => `src/volumes/${name}.ts`),
  // The bundle's files and its drift, planned and explained without reading or writing.
  ...[
    "bundle-lock",
    "drift-reasons",
    "explain-drift",
    "gitignore-file",
    "network-files",
    "plan",
    "read-lock",
    "spec-provenance",
    "unified-diff",
  ].map((name) => `src/bundle/${name}.ts`),
  // rbc init's mapping and the overlay file it writes; the I/O is in src/init-*.ts.
  "src/init/**/*.ts",
];

export default tseslint.config(
  {
    ignores: [
      ...["dist/", "node_modules/", "bin/", "coverage/", "eslint.config.js", "eslint-rules/"],
      // ajv's standalone code (scripts/generate-validators.ts), checked against its schemas by a test.
      "src/**/validate-*.generated.ts",
    ],
  },
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
    // Each folder of src/ is one stage or concept; its index.ts is its only public surface.
    // Import cycles between files are checked by scripts/check-import-cycles.ts (npm run lint).
    files: ["src/**/*.ts"],
    plugins: { rbc: { rules: { "front-doors": frontDoors } } },
    rules: {
      "rbc/front-doors": "error",
      // Small functions (style guide: ≤40 lines); data tables are constants, not functions.
      "max-lines-per-function": [
        "error",
        { max: 60, skipBlankLines: true, skipComments: true, IIFEs: true },
      ],
    },
  },
  {
    // Tool configuration files must default-export their config.
    files: ["vitest.config.ts"],
    rules: { "no-restricted-syntax": "off" },
  },
  {
    files: pureFiles,
    // load.ts reads the overlay files.
    ignores: ["src/overlay/load.ts"],
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
