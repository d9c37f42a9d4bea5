import { describe, expect, it } from "vitest";
import type { RunEnvironment } from "../../src/contract/index.ts";
import { fillEnvironment, type EnvFileText } from "../../src/secrets/index.ts";

const shell: Readonly<Record<string, string>> = { DB_PASSWORD: "pw", STAGE: "prod" };
const lookup = (name: string): string | undefined => shell[name];

function run(partial: Partial<RunEnvironment>): RunEnvironment {
  return { interpolate: [], envFiles: [], environment: [], ...partial };
}

describe("fillEnvironment", () => {
  it("fills in the templates config.json names, and nothing else", () => {
    const env = [
      "PATH=/bin",
      "DATABASE_URL=postgres://app:${DB_PASSWORD}@db/app",
      "LITERAL=${DB_PASSWORD}",
      "PRICE=$$5 for ${STAGE:-dev}",
    ];
    const filled = fillEnvironment(
      env,
      run({ interpolate: ["DATABASE_URL", "PRICE"] }),
      lookup,
      [],
    );
    expect(filled).toEqual({
      env: [
        "PATH=/bin",
        "DATABASE_URL=postgres://app:pw@db/app",
        "LITERAL=${DB_PASSWORD}",
        "PRICE=$5 for prod",
      ],
      unset: [],
    });
  });

  it("uses a blank string for an unset variable and says so", () => {
    const filled = fillEnvironment(["A=${NOPE}x"], run({ interpolate: ["A"] }), lookup, []);
    expect(filled).toEqual({ env: ["A=x"], unset: ["NOPE"] });
  });

  it("stops at a required variable that is not set, naming both variables", () => {
    const filled = fillEnvironment(
      ["TOKEN=${API_TOKEN:?ask the ops team}"],
      run({ interpolate: ["TOKEN"] }),
      lookup,
      [],
    );
    expect(filled).toEqual({
      problem: "TOKEN needs API_TOKEN, which is not set: ask the ops team",
    });
  });

  it("adds env file variables: replacing image ones in place, never the overlay's own", () => {
    const env = ["PATH=/bin", "HOSTNAME=web", "IMAGE_VAR=image", "OWN=overlay"];
    const files: EnvFileText[] = [
      { path: "a.env", text: "PATH=/usr/bin\nIMAGE_VAR=file\nOWN=file\nREMOVED=file\nNEW=a\n" },
      { path: "b.env", text: "NEW=b\nSECOND=${NEW}-${STAGE}\n" },
    ];
    const runEnv = run({
      envFiles: [
        { path: "a.env", required: true },
        { path: "b.env", required: true },
      ],
      environment: ["OWN", "REMOVED"],
    });
    expect(fillEnvironment(env, runEnv, lookup, files)).toEqual({
      env: [
        "PATH=/usr/bin",
        "HOSTNAME=web",
        "IMAGE_VAR=file",
        "OWN=overlay",
        "NEW=b",
        "SECOND=b-prod",
      ],
      unset: [],
    });
  });

  it("lets env files read the rbc environment first, then the overlay's variables", () => {
    const files: EnvFileText[] = [
      { path: "x.env", text: "A=${STAGE}-${OWN}\nSTAGE=ignored\nB=$STAGE" },
    ];
    const runEnv = run({ envFiles: [{ path: "x.env", required: true }], environment: ["OWN"] });
    expect(fillEnvironment(["OWN=mine"], runEnv, lookup, files)).toMatchObject({
      env: ["OWN=mine", "A=prod-mine", "STAGE=ignored", "B=prod"],
    });
  });

  it("skips a missing optional env file and stops at a missing required one", () => {
    const optional = run({ envFiles: [{ path: "opt.env", required: false }] });
    expect(
      fillEnvironment(["A=1"], optional, lookup, [{ path: "opt.env", text: undefined }]),
    ).toEqual({
      env: ["A=1"],
      unset: [],
    });
    const required = run({ envFiles: [{ path: "req.env", required: true }] });
    expect(
      fillEnvironment(["A=1"], required, lookup, [{ path: "req.env", text: undefined }]),
    ).toEqual({
      problem: "env file req.env not found",
    });
  });

  it("names the env file and line of a problem, not its content", () => {
    const runEnv = run({ envFiles: [{ path: "bad.env", required: true }] });
    const filled = fillEnvironment([], runEnv, lookup, [
      { path: "bad.env", text: "A=1\nB='s3cret" },
    ]);
    expect(filled).toEqual({
      problem: "env file bad.env, line 2: unterminated single-quoted value",
    });
  });
});
