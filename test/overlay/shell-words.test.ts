import { describe, expect, it } from "vitest";
import { splitShellWords } from "../../src/overlay/shell-words.ts";

describe("splitShellWords", () => {
  it.each([
    ["nginx -g 'daemon off;'", ["nginx", "-g", "daemon off;"]],
    ["  a \t b\nc  ", ["a", "b", "c"]],
    ["", []],
    ["   ", []],
    ["sh -c 'echo \"$HOME\"'", ["sh", "-c", 'echo "$HOME"']],
    ['echo "a \\"b\\" \\\\ \\$x \\n"', ["echo", 'a "b" \\ $x \\n']],
    ["echo a\\ b \\'c\\'", ["echo", "a b", "'c'"]],
    ["a'b'\"c\"d", ["abcd"]],
    ["a '' \"\" b", ["a", "", "", "b"]],
    ["echo 'it'\\''s'", ["echo", "it's"]],
    ["a \\\n b", ["a", "b"]],
    ["long\\\nword", ["longword"]],
    ['"multi\\\nline"', ["multiline"]],
    ["echo $HOME * # | ; && >out", ["echo", "$HOME", "*", "#", "|", ";", "&&", ">out"]],
    ["'back\\slash'", ["back\\slash"]],
  ])("splits %j", (text, words) => {
    expect(splitShellWords(text)).toEqual({ words });
  });

  it("reports an unterminated single quote with its position", () => {
    expect(splitShellWords("echo 'oops")).toEqual({
      problem: "unterminated single quote at character 6",
    });
  });

  it("reports an unterminated double quote, even after an escaped quote", () => {
    expect(splitShellWords('echo "a\\"')).toEqual({
      problem: "unterminated double quote at character 6",
    });
  });

  it("reports a trailing backslash", () => {
    expect(splitShellWords("echo \\")).toEqual({
      problem: "ends with a backslash that escapes nothing",
    });
  });
});
