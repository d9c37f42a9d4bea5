import { describe, expect, it } from "vitest";
import { parseEnvFile } from "../../src/secrets/index.ts";

const environment: Readonly<Record<string, string>> = { HOME: "/root", EMPTY: "" };

/** The variables an env file sets, as a record, read with `environment` as the environment. */
function variables(text: string): Record<string, string> {
  const parsed = parseEnvFile(text, (name) => environment[name]);
  if ("problem" in parsed) throw new Error(`line ${parsed.line}: ${parsed.problem}`);
  return Object.fromEntries(parsed.variables.map(({ name, value }) => [name, value]));
}

describe("parseEnvFile (Compose's env file format)", () => {
  it.each([
    ["KEY=value", "value"],
    ["KEY = value", "value"],
    ["KEY: value", "value"],
    ["KEY:value", "value"],
    ["export KEY=value", "value"],
    ["export   KEY=value", "value"],
    ["KEY=", ""],
    ["KEY=  ", ""],
    ["KEY=value   ", "value"],
    ["KEY=value # a comment", "value"],
    ["KEY=value# not a comment", "value# not a comment"],
    ["KEY=#not a comment", "#not a comment"],
    ["KEY=a=b=c", "a=b=c"],
    ["KEY=some\\tvalue", "some\\tvalue"],
    ['KEY="value"', "value"],
    ["KEY='value'", "value"],
    ['KEY="value # not a comment"', "value # not a comment"],
    ['KEY="value" # a comment', "value"],
    ["KEY='$HOME'", "$HOME"],
    ["KEY='${HOME}'", "${HOME}"],
    ['KEY="$HOME"', "/root"],
    ["KEY=$HOME/bin", "/root/bin"],
    ["KEY=${UNSET:-fallback}", "fallback"],
    ["KEY=$$HOME", "$HOME"],
    ['KEY="\\$HOME"', "$HOME"],
    ["KEY=\\$HOME", "\\/root"],
    ["KEY='Let\\'s go!'", "Let's go!"],
    ['KEY="{\\"hello\\": \\"json\\"}"', '{"hello": "json"}'],
    ['KEY="some\\tvalue"', "some\tvalue"],
    ["KEY='some\\tvalue'", "some\\tvalue"],
    ['KEY="line1\\nline2"', "line1\nline2"],
    ['KEY="back\\\\slash"', "back\\slash"],
    ['KEY="back\\\\nslash"', "back\\nslash"],
    ['KEY="octal \\0101"', "octal A"],
    ['KEY="unknown \\q escape"', "unknown \\q escape"],
    ['KEY="multi\nline"', "multi\nline"],
    ["KEY='multi\nline'", "multi\nline"],
    ["KEY=value\r", "value"],
    ["\uFEFFKEY=value", "value"],
    ["KEY=ünïcödé ✓", "ünïcödé ✓"],
  ])("%j sets KEY to %j", (text, expected) => {
    expect(variables(text)).toEqual({ KEY: expected });
  });

  it("reads a whole file: comments, blank lines, CRLF, names with dots and dashes", () => {
    const text = [
      "# database",
      "",
      "DB_HOST=db.internal\r",
      "   # indented comment",
      "DB_PORT=5432",
      "spring.datasource.url=jdbc:postgresql://db/app",
      "my-var[0]=x",
      "",
    ].join("\n");
    expect(variables(text)).toEqual({
      DB_HOST: "db.internal",
      DB_PORT: "5432",
      "spring.datasource.url": "jdbc:postgresql://db/app",
      "my-var[0]": "x",
    });
  });

  it("interpolates from the environment first, then from earlier variables of the file", () => {
    const text = "HOME=/home/app\nBASE=/srv\nDATA=${BASE}/data\nCONFIG=$HOME/.config\n";
    expect(variables(text)).toEqual({
      HOME: "/home/app",
      BASE: "/srv",
      DATA: "/srv/data",
      CONFIG: "/root/.config",
    });
  });

  it("takes a name alone from the environment, and leaves it out when it is not set there", () => {
    expect(variables("HOME\nUNSET\nEMPTY\nLAST")).toEqual({ HOME: "/root", EMPTY: "" });
  });

  it("keeps a repeated name in its first place with the later value", () => {
    const parsed = parseEnvFile("A=1\nB=2\nA=3\n", () => undefined);
    expect(parsed).toEqual({
      variables: [
        { name: "A", value: "3" },
        { name: "B", value: "2" },
      ],
      unset: [],
    });
  });

  it("reports variables read without a default that are not set", () => {
    expect(parseEnvFile("A=${X}\nB=$Y\nC=${Z:-z}", () => undefined)).toMatchObject({
      unset: ["X", "Y"],
    });
  });

  it.each([
    ["A=1\nB C=2", 2, "cannot contain a space"],
    ["A=1\n\n\nB/C=2", 4, 'unexpected character "/"'],
    ['A=1\nB="unterminated\nC=3', 2, "unterminated double-quoted value"],
    ["A='open", 1, "unterminated single-quoted value"],
    ["=value", 1, "no name"],
    ["A=${B", 1, "invalid interpolation"],
    ['A="x"\nB=${UNSET:?set it}', 2, "required variable UNSET is missing a value: set it"],
  ])("refuses %j at line %i, without quoting the value", (text, line, message) => {
    const parsed = parseEnvFile(text, () => undefined);
    expect(parsed).toMatchObject({ line });
    const problem = "problem" in parsed ? parsed.problem : "";
    expect(problem).toContain(message);
    expect(problem).not.toContain("unterminated\n");
    expect(problem).not.toContain("open");
  });
});
