import { request } from "node:http";
import { describe, expect, it } from "vitest";
import { imageReferenceProblem } from "../../src/overlay/image-reference.ts";
import { invalidReferences, validReferences } from "../fixtures/image-references.ts";

/**
 * rbc's reference grammar agrees with the engine's own: the engine answers an inspection of a
 * reference it cannot parse with 400 "invalid reference format", and of a valid one it does not
 * hold with 404. References with a space or an empty path component are left out: HTTP carries
 * the former badly and the router cleans the latter away before Docker parses the name.
 */
function engineVerdict(reference: string): Promise<number> {
  return new Promise((done, fail) => {
    const path = `/images/${reference.replaceAll("%", "%25").replaceAll("?", "%3F").replaceAll("#", "%23")}/json`;
    const req = request({ socketPath: "/var/run/docker.sock", path }, (res) => {
      res.resume();
      done(res.statusCode ?? 0);
    });
    req.on("error", fail);
    req.end();
  });
}

const carried = (r: string) => !/\s/u.test(r) && !/\/\/|\/$/u.test(r);

describe("the reference grammar agrees with the engine", () => {
  it.each([...validReferences, ...invalidReferences].filter(carried).map((r) => [r]))(
    "%s",
    async (reference) => {
      const status = await engineVerdict(reference);
      expect([200, 400, 404]).toContain(status);
      expect(imageReferenceProblem(reference) === undefined).toBe(status !== 400);
    },
  );
});
