import { parseTemplate } from "../secrets/index.ts";
import { imageReferenceProblem } from "./image-reference.ts";
import type { PathSegment } from "./key-path.ts";
import { replacedKeys } from "./layer.ts";
import type { ReplacedKey } from "./layer.ts";
import type { OverlayDocument } from "./overlay-document.ts";
import { replacedReaders } from "./replaced-key-readers.ts";

/**
 * Where the schema's pattern only says a value is not of its form, the parser that reads the value
 * can often say what is wrong with it (which quote is open, which interpolation is broken, which
 * signal was meant). `subject` is the quoted key path of `path` (`"command"`); undefined when the
 * parser has nothing to add to the schema's own message.
 */
export function patternProblem(
  path: readonly PathSegment[],
  subject: string,
  value: unknown,
): string | undefined {
  if (typeof value !== "string") return undefined;
  const [setting] = path;
  if (setting === "image") {
    const problem = imageReferenceProblem(value);
    return (
      problem && `${subject} ${JSON.stringify(value)} is not a reference Docker accepts: ${problem}`
    );
  }
  if ((setting === "cap_add" || setting === "cap_drop") && path.length === 2) {
    return `unknown capability ${JSON.stringify(value)}`;
  }
  if (setting === "environment") {
    // A list item is KEY=VALUE; a map value is the value alone.
    const listItem = typeof path[1] === "number";
    const cut = value.indexOf("=");
    const template = parseTemplate(listItem ? value.slice(cut + 1) : value);
    // Named as the map form names it, whichever form the variable is written in.
    const named = listItem && cut > 0 ? `"environment.${value.slice(0, cut)}"` : subject;
    return "problem" in template
      ? `${named} has an ${template.problem} (write $$ for a literal $)`
      : undefined;
  }
  if (path.length === 1 && worded.has(setting)) return readerProblem(setting, value);
  return undefined;
}

/** Settings whose reader checks the whole form of a string, not only what the schema leaves. */
const worded: ReadonlySet<PathSegment | undefined> = new Set<ReplacedKey>([
  "command",
  "entrypoint",
  "working_dir",
  "mem_limit",
  "mem_reservation",
  "memswap_limit",
  "shm_size",
  "cpus",
  "cpu_rt_runtime",
  "cpu_rt_period",
  "stop_signal",
  "stop_grace_period",
]);

/** The problem the key's own reader finds in a string value the schema already refused. */
function readerProblem(key: PathSegment | undefined, value: string): string | undefined {
  if (!isReplacedKey(key)) return undefined;
  // The schema refused the value, so no reader here turns it into a setting; each takes a string.
  const read = (replacedReaders[key] as (raw: NonNullable<OverlayDocument[ReplacedKey]>) => object)(
    value,
  );
  return "problem" in read && typeof read.problem === "string" ? read.problem : undefined;
}

function isReplacedKey(key: PathSegment | undefined): key is ReplacedKey {
  return (replacedKeys as readonly unknown[]).includes(key);
}
