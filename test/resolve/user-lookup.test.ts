import { describe, expect, it } from "vitest";
import { EnvironmentError } from "../../src/errors/index.ts";
import {
  forEachLine,
  LineTooLongError,
  lookUpUserEntries,
  USER_LOOKUP_LIMITS,
  type ReadUserFile,
} from "../../src/resolve/user-lookup.ts";

const encode = (text: string) => new TextEncoder().encode(text);

async function* pieces(...parts: (string | Uint8Array)[]): AsyncGenerator<Uint8Array> {
  for (const part of parts)
    yield await Promise.resolve(typeof part === "string" ? encode(part) : part);
}

async function lines(body: AsyncIterable<Uint8Array>, max = 100): Promise<string[]> {
  const out: string[] = [];
  await forEachLine(body, max, (line) => out.push(line));
  return out;
}

/** A filesystem of user files, each streamed in chunks of `chunk` bytes, with their sizes. */
function files(contents: Record<string, string>, chunk = 7, sizes: Record<string, number> = {}) {
  const read: ReadUserFile = async (path, use) => {
    const text = contents[path];
    if (text === undefined) return false;
    const bytes = encode(text);
    const parts: Uint8Array[] = [];
    for (let i = 0; i < bytes.length; i += chunk) parts.push(bytes.subarray(i, i + chunk));
    await use({ size: sizes[path] ?? bytes.length, body: pieces(...parts) });
    return true;
  };
  return read;
}

describe("forEachLine", () => {
  it("splits lines across chunk boundaries and keeps a last line without a newline", async () => {
    expect(await lines(pieces("ro", "ot:x\n", "\nbob:", "x:1\nlast"))).toEqual([
      "root:x",
      "",
      "bob:x:1",
      "last",
    ]);
  });

  it("decodes a UTF-8 character split between chunks", async () => {
    const bytes = encode("zoë\n");
    expect(await lines(pieces(bytes.subarray(0, 3), bytes.subarray(3)))).toEqual(["zoë"]);
  });

  it("fails on a line longer than the limit, with or without its newline", async () => {
    await expect(lines(pieces("a".repeat(6), "\n"), 5)).rejects.toBeInstanceOf(LineTooLongError);
    await expect(lines(pieces("a".repeat(3), "a".repeat(3)), 5)).rejects.toBeInstanceOf(
      LineTooLongError,
    );
    expect(await lines(pieces("a".repeat(5), "\n"), 5)).toEqual(["aaaaa"]);
  });
});

describe("lookUpUserEntries", () => {
  const db = {
    "/etc/passwd": "root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000::/home/app:/bin/sh\n",
    "/etc/group": "root:x:0:\nstaff:x:50:app,other\napp:x:1000:\n",
  };

  it("returns the entries the lookup needs, from files streamed in small chunks", async () => {
    const query = { user: "app", groupAdd: [] };
    expect(await lookUpUserEntries(files(db), query, "image sha256:1")).toEqual({
      passwd: "app:x:1000:1000\n",
      group: "staff:x:50:app\n",
    });
  });

  it("treats missing files as empty, as runc does", async () => {
    expect(await lookUpUserEntries(files({}), { user: "", groupAdd: [] }, "x")).toEqual({});
  });

  it("refuses a file over the size limit before reading it, naming the file", async () => {
    const read = files(db, 7, { "/etc/passwd": USER_LOOKUP_LIMITS.fileBytes + 1 });
    const lookUp = lookUpUserEntries(read, { user: "", groupAdd: [] }, "image sha256:1");
    await expect(lookUp).rejects.toBeInstanceOf(EnvironmentError);
    await expect(lookUp).rejects.toThrow(
      "image sha256:1: /etc/passwd is 128.0 MiB, more than rbc reads (128.0 MiB)",
    );
  });

  it("refuses a passwd line of 64 KiB, as Docker's lookup fails on it, without quoting it", async () => {
    const long = `x${"y".repeat(64 * 1024)}:x:0:0\n`;
    const read = files({ "/etc/passwd": `root:x:0:0\n${long}` }, 4096);
    const lookUp = lookUpUserEntries(read, { user: "", groupAdd: [] }, "image sha256:1");
    await expect(lookUp).rejects.toThrow(
      "image sha256:1: /etc/passwd has a line of 65536 bytes or more (Docker's lookup fails)",
    );
  });

  it("refuses more kept entries than the limit", async () => {
    const groups = Array.from({ length: 10_000 }, (_, i) => `g${String(i)}:x:${String(i)}:app`);
    const read = files({ ...db, "/etc/group": `${groups.join("\n")}\n` }, 65_536);
    const lookUp = lookUpUserEntries(read, { user: "app", groupAdd: [] }, "image sha256:1");
    await expect(lookUp).rejects.toThrow(
      "image sha256:1: /etc/group has more than 64 KiB of entries for the user",
    );
  });
});
