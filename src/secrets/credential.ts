/**
 * Whether a value about to be committed looks like a credential. Two kinds of evidence, in the
 * manner of secret scanners (gitleaks, GitHub secret scanning): the shape of well-known tokens,
 * whatever the variable is called, and a long random-looking value in a variable named like a
 * secret. Only text written in the overlay is checked, never a value filled in at run time.
 */

/** Tokens recognisable by their own shape, with what each is. */
const tokenShapes: readonly { readonly what: string; readonly pattern: RegExp }[] = [
  { what: "a GitHub token", pattern: /\bgh[pousr]_[A-Za-z0-9]{36,}/u },
  { what: "a GitHub fine-grained token", pattern: /\bgithub_pat_[A-Za-z0-9_]{22,}/u },
  { what: "an AWS access key id", pattern: /\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b/u },
  { what: "a Slack token", pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/u },
  {
    what: "a Slack webhook URL",
    pattern: /hooks\.slack\.com\/services\/T[A-Za-z0-9]+\/B[A-Za-z0-9]+\/[A-Za-z0-9]{16,}/u,
  },
  { what: "a Stripe secret key", pattern: /\b[rs]k_(?:live|test)_[A-Za-z0-9]{16,}/u },
  { what: "a GitLab token", pattern: /\bglpat-[A-Za-z0-9_-]{20,}/u },
  { what: "a Google API key", pattern: /\bAIza[0-9A-Za-z_-]{35}/u },
  { what: "an npm token", pattern: /\bnpm_[A-Za-z0-9]{36}\b/u },
  { what: "an OpenAI or Anthropic key", pattern: /\bsk-(?:proj-|ant-)?[A-Za-z0-9_-]{32,}/u },
  { what: "a SendGrid key", pattern: /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}\b/u },
  { what: "a private key", pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/u },
  {
    what: "a JSON Web Token",
    pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/u,
  },
];

/** `scheme://user:password@host`: a URL that carries its password. */
const urlWithPassword = /\b[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^\s/?#@:]*:([^\s/?#@]+)@/u;

/** Names of variables that hold secrets: `*_TOKEN`, `*_PASSWORD`, `*_SECRET`, `*_KEY`, ... */
const secretName =
  /(?:^|_)(?:TOKEN|PASSWORD|PASSWD|PASS|PWD|SECRET|KEY|APIKEY|CREDENTIALS?|AUTH)$/iu;

/**
 * Why `value` (the text written down for variable `name`) looks like a credential, or undefined.
 * `texts` are the pieces of literal text a value is made of (a template's text around its
 * variables, its defaults); each is judged on its own.
 */
export function credentialReason(name: string, texts: readonly string[]): string | undefined {
  for (const text of texts) {
    const reason = textReason(name, text);
    if (reason !== undefined) return reason;
  }
  return undefined;
}

function textReason(name: string, text: string): string | undefined {
  const shape = tokenShapes.find(({ pattern }) => pattern.test(text));
  if (shape !== undefined) return `it looks like ${shape.what}`;
  if (urlWithPassword.test(text)) return "it is a URL with a password";
  if (secretName.test(name) && looksRandom(text)) {
    return "it is a long random-looking value in a variable named like a secret";
  }
  return undefined;
}

/**
 * A value a person would not have typed: at least 16 characters with no spaces, not a path or a
 * URL, mixing at least two of lower case, upper case and digits, with at least 3 bits of entropy
 * per character (hex keys have 4, base64 keys 6; words and placeholders such as
 * `change-me-in-production` have fewer, or one letter case only).
 */
export function looksRandom(text: string): boolean {
  if (text.length < 16 || /\s/u.test(text)) return false;
  if (/^(?:\.{0,2}\/|~\/|[a-zA-Z][a-zA-Z0-9+.-]*:\/\/)/u.test(text)) return false;
  const classes = [/[a-z]/u, /[A-Z]/u, /[0-9]/u].filter((c) => c.test(text)).length;
  return classes >= 2 && shannonEntropy(text) >= 3;
}

/** Bits per character of the text's own character distribution. */
export function shannonEntropy(text: string): number {
  const counts = new Map<string, number>();
  let length = 0;
  for (const char of text) {
    counts.set(char, (counts.get(char) ?? 0) + 1);
    length += 1;
  }
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / length;
    bits -= p * Math.log2(p);
  }
  return bits;
}
