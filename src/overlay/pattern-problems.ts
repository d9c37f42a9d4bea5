import { parseTemplate } from "../secrets/index.ts";
import { imageReferenceProblem } from "./image-reference.ts";
import type { PathSegment } from "./key-path.ts";
import { splitShellWords } from "./shell-words.ts";
import { stopSignalProblem } from "./stop-signal.ts";

/**
 * Where the schema's pattern only says a value is not of its form, the parser that reads the value
 * can say what is wrong with it (which quote is open, which interpolation is broken, which signal
 * was meant). `subject` is the quoted key path of `path` (`"command"`); undefined when there is nothing to
 * add to the schema's own message.
 */
export function patternProblem(
  path: readonly PathSegment[],
  subject: string,
  value: unknown,
): string | undefined {
  if (typeof value !== "string") return undefined;
  switch (path[0]) {
    case "image": {
      const problem = imageReferenceProblem(value);
      return (
        problem &&
        `${subject} ${JSON.stringify(value)} is not a reference Docker accepts: ${problem}`
      );
    }
    case "command":
    case "entrypoint": {
      const split = splitShellWords(value);
      return "problem" in split
        ? `${subject} cannot be split into words: ${split.problem}`
        : undefined;
    }
    case "environment": {
      // A list item is KEY=VALUE; a map value is the value alone.
      const listItem = typeof path[1] === "number";
      const template = parseTemplate(listItem ? value.slice(value.indexOf("=") + 1) : value);
      return "problem" in template
        ? `${subject} has an ${template.problem} (write $$ for a literal $)`
        : undefined;
    }
    case "stop_signal":
      return stopSignalProblem(value);
    default:
      return undefined;
  }
}
