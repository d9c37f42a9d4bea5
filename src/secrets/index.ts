/**
 * Secrets out of git (pure): Compose's `${VAR}` interpolation and env file format, which fill a
 * bundle's environment in at run time, the filling itself, and the heuristics that warn when a
 * build would commit a value that looks like a credential.
 */
export {
  hasVariables,
  interpolate,
  literalTexts,
  parseTemplate,
  templateVariables,
  type Interpolated,
  type Lookup,
  type ParsedTemplate,
  type Template,
  type TemplateOperator,
  type TemplatePart,
} from "./interpolation.ts";
export { parseEnvFile, type EnvFileVariable, type ParsedEnvFile } from "./env-file.ts";
export { fillEnvironment, type EnvFileText, type FilledEnvironment } from "./fill-environment.ts";
export { credentialReason, looksRandom, shannonEntropy } from "./credential.ts";
