import { Ajv } from "ajv";
import schema from "../../schemas/cli-output.schema.json" with { type: "json" };

const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

/** The errors of `--json` output against schemas/cli-output.schema.json; empty when it is valid. */
export function cliOutputErrors(stdout: string): string[] {
  const valid: boolean = validate(JSON.parse(stdout) as unknown);
  if (valid) return [];
  return (validate.errors ?? []).map(
    (e) => `${e.instancePath || "/"} ${e.message ?? "is invalid"}`,
  );
}
