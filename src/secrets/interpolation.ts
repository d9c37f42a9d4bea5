/**
 * Compose's variable interpolation (compose-go template/template.go), parsed once and evaluated at
 * run time. The syntax:
 *
 * - `$NAME` and `${NAME}`: the variable's value, or "" when it is not set; a name is
 *   `[_a-zA-Z][_a-zA-Z0-9]*` (Compose's pattern, case-insensitive);
 * - `${NAME:-default}` / `${NAME-default}`: the default when the variable is unset or empty / unset;
 * - `${NAME:?error}` / `${NAME?error}`: an error when it is unset or empty / unset;
 * - `${NAME:+other}` / `${NAME+other}`: `other` when it is set and not empty / set, else its value;
 * - `$$`: a literal `$`.
 *
 * A default, error or alternative is a template itself (`${A:-${B}}`), and ends at the `}` that
 * balances the `{` of its `${`. A `$` that starts none of these (`$1`, `$ `, a trailing `$`) is
 * literal, as Compose leaves text its pattern does not match; a `${` that does not continue into
 * one of the braced forms is an invalid template, as in Compose.
 */

/** What a braced variable does with its argument. */
export type TemplateOperator = ":-" | "-" | ":?" | "?" | ":+" | "+";

/** One piece of a parsed template: literal text (`$$` already made `$`) or a variable. */
export type TemplatePart =
  | { readonly kind: "text"; readonly text: string }
  | {
      readonly kind: "variable";
      readonly name: string;
      readonly operator?: TemplateOperator;
      /** The default, error message or alternative, itself a template. */
      readonly argument?: readonly TemplatePart[];
    };

export type Template = readonly TemplatePart[];

/** A template, or where and why it is not one (a 0-based offset into the text). */
export type ParsedTemplate =
  { readonly template: Template } | { readonly problem: string; readonly offset: number };

const nameStart = /[_a-zA-Z]/u;
const nameRest = /[_a-zA-Z0-9]/u;
// Longest first, so `:-` is not read as `:` followed by `-`.
const operators: readonly TemplateOperator[] = [":-", ":?", ":+", "-", "?", "+"];

/** Parses a Compose template (an `environment` value, an env file value). */
export function parseTemplate(text: string): ParsedTemplate {
  const parts: TemplatePart[] = [];
  let literal = "";
  let i = 0;
  while (i < text.length) {
    const dollar = text.indexOf("$", i);
    if (dollar === -1) {
      literal += text.slice(i);
      break;
    }
    literal += text.slice(i, dollar);
    const next = text[dollar + 1];
    if (next === "$") {
      literal += "$";
      i = dollar + 2;
    } else if (next === "{") {
      const braced = parseBraced(text, dollar);
      if ("problem" in braced) return braced;
      pushText(parts, literal);
      literal = "";
      parts.push(braced.part);
      i = braced.end;
    } else if (next !== undefined && nameStart.test(next)) {
      const end = nameEnd(text, dollar + 1);
      pushText(parts, literal);
      literal = "";
      parts.push({ kind: "variable", name: text.slice(dollar + 1, end) });
      i = end;
    } else {
      literal += "$";
      i = dollar + 1;
    }
  }
  pushText(parts, literal);
  return { template: parts };
}

function pushText(parts: TemplatePart[], text: string): void {
  if (text !== "") parts.push({ kind: "text", text });
}

function nameEnd(text: string, start: number): number {
  let end = start + 1;
  while (end < text.length && nameRest.test(text[end] ?? "")) end += 1;
  return end;
}

/** `${...}` starting at `dollar`: the variable and the offset just past its closing brace. */
function parseBraced(
  text: string,
  dollar: number,
): { readonly part: TemplatePart; readonly end: number } | { problem: string; offset: number } {
  const invalid = {
    problem: `invalid interpolation ${quoteSnippet(text, dollar)}`,
    offset: dollar,
  };
  const start = dollar + 2;
  if (!nameStart.test(text[start] ?? "")) return invalid;
  const end = nameEnd(text, start);
  const name = text.slice(start, end);
  if (text[end] === "}") return { part: { kind: "variable", name }, end: end + 1 };
  const operator = operators.find((op) => text.startsWith(op, end));
  if (operator === undefined) return invalid;
  const argumentStart = end + operator.length;
  const close = balancingBrace(text, argumentStart);
  if (close === -1) {
    const problem = `unclosed interpolation ${quoteSnippet(text, dollar)}: no "}" balances its "\${"`;
    return { problem, offset: dollar };
  }
  const argument = parseTemplate(text.slice(argumentStart, close));
  if ("problem" in argument) return { ...argument, offset: argument.offset + argumentStart };
  return {
    part: { kind: "variable", name, operator, argument: argument.template },
    end: close + 1,
  };
}

/** The index of the `}` that closes a `{` just before `from`, counting nested braces. */
function balancingBrace(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i += 1) {
    if (text[i] === "{") depth += 1;
    else if (text[i] === "}") {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** At most 40 characters from `offset`, quoted, for messages about a template. */
function quoteSnippet(text: string, offset: number): string {
  const snippet = text.slice(offset, offset + 40);
  return JSON.stringify(snippet.length < text.length - offset ? `${snippet}…` : snippet);
}

/** Whether the template reads any variable (a template of text alone needs no run time). */
export function hasVariables(template: Template): boolean {
  return template.some((part) => part.kind === "variable");
}

/** Every variable the template reads, in order, each once (arguments included). */
export function templateVariables(template: Template): string[] {
  const names = new Set<string>();
  const visit = (parts: Template): void => {
    for (const part of parts) {
      if (part.kind !== "variable") continue;
      names.add(part.name);
      if (part.argument !== undefined) visit(part.argument);
    }
  };
  visit(template);
  return [...names];
}

/**
 * The text a template writes down itself, piece by piece: its literal text and that of its
 * defaults, errors and alternatives, never a variable's value. What would go to git as it is.
 */
export function literalTexts(template: Template): string[] {
  return template.flatMap((part) => {
    if (part.kind === "text") return [part.text];
    return part.argument === undefined ? [] : literalTexts(part.argument);
  });
}

/** How a template's variables are looked up: undefined for a variable that is not set. */
export type Lookup = (name: string) => string | undefined;

/** A filled-in template, or the required variable that stopped it. */
export type Interpolated =
  | {
      readonly value: string;
      /** Variables read without a default that are not set (Compose warns: "" is used). */
      readonly unset: readonly string[];
    }
  | { readonly missing: { readonly name: string; readonly message: string } };

/** Fills a template in, as Compose does. */
export function interpolate(template: Template, lookup: Lookup): Interpolated {
  let value = "";
  const unset: string[] = [];
  for (const part of template) {
    if (part.kind === "text") {
      value += part.text;
      continue;
    }
    const filled = fillVariable(part, lookup);
    if ("missing" in filled) return filled;
    value += filled.value;
    unset.push(...filled.unset);
  }
  return { value, unset: [...new Set(unset)] };
}

function fillVariable(
  part: Extract<TemplatePart, { kind: "variable" }>,
  lookup: Lookup,
): Interpolated {
  const current = lookup(part.name);
  const { operator, argument = [] } = part;
  if (operator === undefined) {
    return current === undefined
      ? { value: "", unset: [part.name] }
      : { value: current, unset: [] };
  }
  // `:` makes an empty value count as unset.
  const present = current !== undefined && (current !== "" || !operator.startsWith(":"));
  const own = { value: current ?? "", unset: [] };
  switch (operator) {
    case ":-":
    case "-":
      return present ? own : interpolate(argument, lookup);
    case ":+":
    case "+":
      return present ? interpolate(argument, lookup) : own;
    default: {
      if (present) return own;
      const message = interpolate(argument, lookup);
      const text = "value" in message ? message.value : "";
      return { missing: { name: part.name, message: text } };
    }
  }
}
