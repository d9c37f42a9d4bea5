import { describe, expect, it } from "vitest";
import { imageReferenceProblem } from "../../src/overlay/image-reference.ts";
import { invalidReferences, validReferences } from "../fixtures/image-references.ts";

describe("imageReferenceProblem (Docker's reference grammar)", () => {
  it.each(validReferences.map((r) => [r]))("accepts %s", (reference) => {
    expect(imageReferenceProblem(reference)).toBeUndefined();
  });

  it.each(invalidReferences.map((r) => [r]))("refuses %s", (reference) => {
    expect(imageReferenceProblem(reference)).toEqual(expect.any(String));
  });

  it("says why, in Docker's words where Docker has them", () => {
    expect(imageReferenceProblem("NewUser/App:1")).toBe("the repository name must be lowercase");
    expect(imageReferenceProblem("newuser/app:${APP_TAG:-1}")).toBe(
      '"${APP_TAG:-1}" is a variable, which rbc does not substitute in "image" (write the tag itself)',
    );
    expect(imageReferenceProblem("app@sha256:abc")).toMatch(/^"sha256:abc" is not a digest/);
  });
});
