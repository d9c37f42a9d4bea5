import { describe, expect, it } from "vitest";
import {
  bundleDirOfState,
  formatRunEnvironment,
  readRunEnvironment,
  RUN_ENVIRONMENT_ANNOTATION,
} from "../../src/contract/index.ts";

describe("the rbc.environment annotation", () => {
  it("is absent when nothing is filled in at run time", () => {
    expect(
      formatRunEnvironment({ interpolate: [], envFiles: [], environment: ["A"] }),
    ).toBeUndefined();
  });

  it("reads back what it writes, in a fixed field order", () => {
    const run = {
      interpolate: ["DATABASE_URL"],
      envFiles: [{ path: "../shared.env", required: false }],
      environment: ["DATABASE_URL", "REMOVED"],
    };
    const text = formatRunEnvironment(run);
    expect(text).toBe(
      '{"interpolate":["DATABASE_URL"],"envFiles":[{"path":"../shared.env","required":false}],"environment":["DATABASE_URL","REMOVED"]}',
    );
    expect(readRunEnvironment({ [RUN_ENVIRONMENT_ANNOTATION]: text ?? "" })).toEqual(run);
  });

  it("lists the overlay's own variables only when there are env files to override", () => {
    const text = formatRunEnvironment({
      interpolate: ["A"],
      envFiles: [],
      environment: ["A", "B"],
    });
    expect(text).toBe('{"interpolate":["A"],"envFiles":[],"environment":[]}');
  });

  it.each([
    "not json",
    "[]",
    '{"interpolate":[1],"envFiles":[],"environment":[]}',
    '{"interpolate":[],"envFiles":[{"path":""}],"environment":[]}',
    '{"interpolate":[],"envFiles":[{"path":"a","required":"yes"}],"environment":[]}',
  ])("refuses an edited annotation %j", (text) => {
    expect(readRunEnvironment({ [RUN_ENVIRONMENT_ANNOTATION]: text })).toHaveProperty("problem");
  });

  it("is undefined when config.json has no such annotation", () => {
    expect(readRunEnvironment({})).toBeUndefined();
    expect(readRunEnvironment(undefined)).toBeUndefined();
  });
});

describe("bundleDirOfState", () => {
  it("follows the rbc.bundle annotation from rbc's runtime directory of that container only", () => {
    const annotations = { "rbc.bundle": "/repo/bundles/web" };
    expect(
      bundleDirOfState({ id: "rbc-web", bundle: "/run/rbc/.bundles/rbc-web", annotations }),
    ).toBe("/repo/bundles/web");
    expect(
      bundleDirOfState({ id: "rbc-api", bundle: "/run/rbc/.bundles/rbc-web", annotations }),
    ).toBe("/run/rbc/.bundles/rbc-web");
    expect(bundleDirOfState({ id: "rbc-web", bundle: "/repo/bundles/web" })).toBe(
      "/repo/bundles/web",
    );
    expect(
      bundleDirOfState({
        id: "rbc-web",
        bundle: "/run/rbc/.bundles/rbc-web",
        annotations: { "rbc.bundle": "relative" },
      }),
    ).toBe("/run/rbc/.bundles/rbc-web");
  });
});
