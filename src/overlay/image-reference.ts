/**
 * Docker's image reference grammar (github.com/distribution/reference, regexp.go and
 * normalize.go), checked before the engine is asked, so a reference Docker would refuse is the
 * user's error at the overlay's `image` line rather than an engine failure:
 *
 *   reference  := name [ ":" tag ] [ "@" digest ]
 *   name       := [ domain "/" ] path-component { "/" path-component }   (at most 255 characters)
 *   path-component := [a-z0-9]+ ( ( "." | "_" | "__" | "-"+ ) [a-z0-9]+ )*
 *   tag        := [\w][\w.-]{0,127}
 *   digest     := algorithm ":" hex, algorithm [A-Za-z][A-Za-z0-9]*([+._-][A-Za-z][A-Za-z0-9]*)*
 *
 * The first component is a domain when it holds a `.` or `:`, is `localhost`, or has an upper-case
 * letter (normalize.go splitDockerDomain). A 64-hex image ID (with or without `sha256:`) is an
 * image too, as `docker run` accepts it.
 */
const pathComponent = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/u;
const domainComponent = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/u;
const domainPattern = new RegExp(
  String.raw`^(?:\[[a-fA-F0-9:]+\]|[a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)*)(?::[0-9]+)?$`,
  "u",
);
const tagPattern = /^[\w][\w.-]{0,127}$/u;
const digestPattern = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/u;
const imageId = /^(?:sha256:)?[0-9a-f]{64}$/u;
const maxNameLength = 255;

/** Why Docker would refuse the reference, or undefined when it is valid. */
export function imageReferenceProblem(reference: string): string | undefined {
  if (imageId.test(reference)) return undefined;
  // A Compose habit: a bundle is compiled once and committed, so its image is written out.
  const variable = /\$\{[^}]*\}?|\$\w+/u.exec(reference)?.[0];
  if (variable !== undefined) {
    return `"${variable}" is a variable, which rbc does not substitute in "image" (write the tag itself)`;
  }
  const [beforeDigest = "", digest, ...more] = reference.split("@");
  if (more.length > 0) return "it has more than one @";
  if (digest !== undefined && !digestPattern.test(digest)) {
    return `"${digest}" is not a digest (algorithm:hex, for example sha256: and 64 hex digits)`;
  }
  const { name, tag } = splitTag(beforeDigest);
  if (tag !== undefined && !tagPattern.test(tag)) {
    return `"${tag}" is not a tag (letters, digits, _, . and -, at most 128, not starting with . or -)`;
  }
  return nameProblem(name);
}

/** The tag is what follows the last `:` after the last `/` (a `:` before it is a port). */
function splitTag(reference: string): { name: string; tag: string | undefined } {
  const colon = reference.lastIndexOf(":");
  if (colon <= reference.lastIndexOf("/")) return { name: reference, tag: undefined };
  return { name: reference.slice(0, colon), tag: reference.slice(colon + 1) };
}

function nameProblem(name: string): string | undefined {
  if (name === "") return "it names no repository";
  if (name.length > maxNameLength) return `the repository name is longer than ${maxNameLength}`;
  const components = name.split("/");
  const [first = "", ...rest] = components;
  const hasDomain =
    rest.length > 0 &&
    (/[.:]/u.test(first) || first === "localhost" || first !== first.toLowerCase());
  if (hasDomain && !validDomain(first)) return `"${first}" is not a registry host`;
  const path = hasDomain ? rest : components;
  for (const component of path) {
    if (component.toLowerCase() === component && pathComponent.test(component)) continue;
    return component !== component.toLowerCase()
      ? "the repository name must be lowercase"
      : `"${component}" is not a valid repository name component (a-z, 0-9, separated by ., _, __ or -)`;
  }
  return undefined;
}

function validDomain(domain: string): boolean {
  if (!domainPattern.test(domain)) return false;
  if (domain.startsWith("[")) return true;
  const host = domain.replace(/:[0-9]+$/u, "");
  return host.split(".").every((label) => domainComponent.test(label));
}
