import { describe, expect, it } from "vitest";
import {
  hasVariables,
  interpolate,
  literalTexts,
  parseTemplate,
  templateVariables,
  type Template,
} from "../../src/secrets/index.ts";

function parsed(text: string): Template {
  const result = parseTemplate(text);
  if ("problem" in result) throw new Error(`${text}: ${result.problem}`);
  return result.template;
}

const environment: Readonly<Record<string, string>> = {
  USER: "app",
  EMPTY: "",
  HOST: "db.internal",
  lower_case: "yes",
};

/** Fills `text` in from `environment`, as Compose does. */
function fill(text: string): string {
  const result = interpolate(parsed(text), (name) => environment[name]);
  if ("missing" in result) throw new Error(`missing ${result.missing.name}`);
  return result.value;
}

describe("parseTemplate and interpolate (Compose's template rules)", () => {
  it.each([
    ["plain text", "plain text"],
    ["$USER", "app"],
    ["${USER}", "app"],
    ["${USER}name", "appname"],
    ["$USER.name", "app.name"],
    ["$USERname", ""],
    ["${lower_case}", "yes"],
    ["postgres://${USER}@${HOST}/db", "postgres://app@db.internal/db"],
    ["$$", "$"],
    ["$$USER", "$USER"],
    ["$${USER}", "${USER}"],
    ["$$$USER", "$app"],
    ["cost: 5$", "cost: 5$"],
    ["$1 and $ and $-", "$1 and $ and $-"],
    ["${UNSET}", ""],
    ["$UNSET", ""],
    ["${UNSET:-fallback}", "fallback"],
    ["${UNSET-fallback}", "fallback"],
    ["${EMPTY:-fallback}", "fallback"],
    ["${EMPTY-fallback}", ""],
    ["${USER:-fallback}", "app"],
    ["${USER-fallback}", "app"],
    ["${UNSET:-}", ""],
    ["${UNSET:-a b:c}", "a b:c"],
    ["${UNSET:-${USER}}", "app"],
    ["${UNSET:-${ALSO_UNSET:-deep}}", "deep"],
    ["${UNSET:-$$literal}", "$literal"],
    ["${UNSET:-{braced}}", "{braced}"],
    ["${UNSET:-a}b}", "ab}"],
    ["${USER:+set}", "set"],
    ["${USER+set}", "set"],
    ["${EMPTY:+set}", ""],
    ["${EMPTY+set}", "set"],
    ["${UNSET+set}", ""],
    ["${UNSET:+set}", ""],
    ["${USER:?must be set}", "app"],
    ["${EMPTY?must be set}", ""],
    ["${UNSET-a-b}", "a-b"],
    ["${UNSET-x:-y}", "x:-y"],
  ])("%s → %s", (text, expected) => {
    expect(fill(text)).toBe(expected);
  });

  it.each([
    ["${UNSET:?needs a value}", "UNSET", "needs a value"],
    ["${UNSET?}", "UNSET", ""],
    ["${EMPTY:?empty is not enough}", "EMPTY", "empty is not enough"],
    ["${UNSET:?set ${USER}}", "UNSET", "set app"],
    ["before ${A:-${UNSET:?deep}} after", "UNSET", "deep"],
  ])("%s stops at the required variable", (text, name, message) => {
    expect(interpolate(parsed(text), (n) => environment[n])).toEqual({
      missing: { name, message },
    });
  });

  it.each([
    ["${}", 0],
    ["${1ABC}", 0],
    ["${USER", 0],
    ["${USER:x}", 0],
    ["${USER:}", 0],
    ["${USER!}", 0],
    ["${ USER}", 0],
    ["ok ${UNSET:-unclosed", 3],
    ["${A:-${}}", 5],
  ])("refuses %s at offset %i", (text, offset) => {
    const result = parseTemplate(text);
    expect(result).toMatchObject({ offset });
    expect("problem" in result && result.problem).toMatch(/interpolation/);
  });

  it("reports each variable read without a default that is not set, once", () => {
    const result = interpolate(parsed("${A}/${B}/${A}/${C:-x}/${USER}"), (n) => environment[n]);
    expect(result).toEqual({ value: "///x/app", unset: ["A", "B"] });
  });

  it("names the variables a template reads, defaults included", () => {
    const template = parsed("$A ${B:-${C}} ${D:?${E}} $$F ${A}");
    expect(templateVariables(template)).toEqual(["A", "B", "C", "D", "E"]);
    expect(hasVariables(template)).toBe(true);
    expect(hasVariables(parsed("no $$variables here"))).toBe(false);
  });

  it("tells the text written down from what run time fills in", () => {
    const template = parsed("postgres://app:${DB_PASSWORD}@db/${DB:-main}?x=$$y");
    expect(literalTexts(template)).toEqual(["postgres://app:", "@db/", "main", "?x=$y"]);
  });
});
