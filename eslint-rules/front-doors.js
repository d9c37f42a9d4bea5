// ESLint rule rbc/front-doors: a file under src/<folder>/ may import another folder of src/ only
// through that folder's index.ts, its front door. Files directly in src/ (the composition) count
// as outside every folder. Type imports, re-exports and dynamic imports count too.
import { dirname, join, normalize, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** The project's src/, found from this file so the rule works whatever the working directory. */
const srcDir = fileURLToPath(new URL("../src", import.meta.url));

/** The top-level folder of src/ a path is in, or undefined for src/ itself and outside it. */
function folderOf(path, srcDir) {
  const parts = relative(srcDir, path).split(sep);
  if (parts[0] === ".." || parts.length < 2) return undefined;
  return parts[0];
}

/** @type {import("eslint").Rule.RuleModule} */
export const frontDoors = {
  meta: {
    type: "problem",
    docs: { description: "Import another folder of src/ only through its index.ts" },
    messages: {
      internal:
        "{{target}} is internal to src/{{folder}}/: import it from src/{{folder}}/index.ts, and export it there if it is part of the folder's surface.",
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const own = folderOf(file, srcDir);
    const check = (node, source) => {
      if (typeof source !== "string" || !source.startsWith(".")) return;
      const target = normalize(join(dirname(file), source));
      const folder = folderOf(target, srcDir);
      if (folder === undefined || folder === own) return;
      if (relative(join(srcDir, folder), target) === "index.ts") return;
      context.report({
        node,
        messageId: "internal",
        data: { target: relative(dirname(srcDir), target), folder },
      });
    };
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) =>
        node.source.type === "Literal" && check(node.source, node.source.value),
    };
  },
};
