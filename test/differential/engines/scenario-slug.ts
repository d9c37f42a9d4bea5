/** A file name for a scenario: its name in lower case, every run of other characters a dash. */
export function scenarioSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
