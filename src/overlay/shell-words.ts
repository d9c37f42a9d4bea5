/** Words, or why the text cannot be split. */
export type ShellWords = { readonly words: string[] } | { readonly problem: string };

const blank = new Set([" ", "\t", "\n", "\r"]);
// POSIX: inside double quotes a backslash escapes only these; before anything else it stays.
const escapableInDoubleQuotes = new Set(["$", "`", '"', "\\", "\n"]);

/**
 * Splits a string command into words the way a POSIX shell's tokenizer would, without running a
 * shell: blanks separate words, single quotes keep text literally, double quotes allow backslash
 * escapes, and a backslash outside quotes escapes the next character. Nothing is expanded: `$HOME`,
 * `*`, `#` and `|` are ordinary characters, since no shell will ever see them.
 */
export function splitShellWords(text: string): ShellWords {
  const words: string[] = [];
  let word: string | undefined;
  let i = 0;
  while (i < text.length) {
    const c = text.charAt(i);
    if (blank.has(c)) {
      if (word !== undefined) words.push(word);
      word = undefined;
      i += 1;
      continue;
    }
    if (text.startsWith("\\\n", i)) {
      i += 2; // a line continuation joins lines without starting a word
      continue;
    }
    const token =
      c === "'" ? singleQuoted(text, i) : c === '"' ? doubleQuoted(text, i) : bare(text, i);
    if ("problem" in token) return token;
    word = (word ?? "") + token.text;
    i = token.end;
  }
  if (word !== undefined) words.push(word);
  return { words };
}

type Token = { readonly text: string; readonly end: number } | { readonly problem: string };

function singleQuoted(text: string, start: number): Token {
  const close = text.indexOf("'", start + 1);
  if (close === -1) return { problem: `unterminated single quote at character ${start + 1}` };
  return { text: text.slice(start + 1, close), end: close + 1 };
}

function doubleQuoted(text: string, start: number): Token {
  let value = "";
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '"') return { text: value, end: i + 1 };
    const next = text.charAt(i + 1);
    if (c === "\\" && escapableInDoubleQuotes.has(next)) {
      value += next === "\n" ? "" : next;
      i += 1;
    } else {
      value += c;
    }
  }
  return { problem: `unterminated double quote at character ${start + 1}` };
}

function bare(text: string, start: number): Token {
  const c = text.charAt(start);
  if (c !== "\\") return { text: c, end: start + 1 };
  if (start + 1 >= text.length) return { problem: "ends with a backslash that escapes nothing" };
  return { text: text.charAt(start + 1), end: start + 2 };
}
