import { describe, expect, it } from "vitest";
import { credentialReason, looksRandom, shannonEntropy } from "../../src/secrets/index.ts";

/**
 * Realistic credentials, all fake (random characters in each service's format; the AWS pair is
 * AWS's own documentation example), each in the variable a configuration would hold it in.
 */
const credentials: readonly (readonly [string, string])[] = [
  ["GITHUB_TOKEN", "ghp_ErQHQwjyaxErPZDS3MoJaQNjCxkv5ndK0meG"],
  ["GH_OAUTH", "gho_R0vRzZ1fb6d06QGofB8ChQBiIu4NJkS4dJkG"],
  [
    "CI_GITHUB",
    "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",
  ],
  ["AWS_ACCESS_KEY_ID", "AKIALMOARVLPA6CPHX86"],
  ["AWS_ACCESS_KEY", "AKIAIOSFODNN7EXAMPLE"],
  ["STS_ID", "ASIAJBURHO7645WQ2K2S"],
  ["AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"],
  ["SLACK_BOT", "xoxb-904587348400-0284623367089-NU679qWcABLf5zYmLJwxOVyK"],
  ["SLACK", "xoxp-202001683615-344879913896-9316551521442-db506fef51ae7a370bb86d974a5ec7ee"],
  [
    "ALERTS_WEBHOOK",
    "https://hooks.slack.com/services/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",
  ],
  ["STRIPE", "sk_live_ujiqPc1QMYYyABNQqvAXyFy8"],
  ["STRIPE_RESTRICTED", "rk_live_z0ZlkYn1qhrH4d31P3V0TwV6"],
  ["GITLAB", "glpat-NrNBdNfbvzuzLyxNcnU-"],
  ["MAPS", "AIzaz5maqY_L7TX1dJct_Un2ZVjqShDn2khbFdo"],
  ["NPM_CONFIG", "npm_RRKN79U9PV28bLoL7ZEOnDWvBPI1uZpzfPMv"],
  ["MAIL", "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"],
  ["OPENAI", "sk-proj-u_lNv4DKiDyzJpBx9N6q9Y47XUIzE_RTZNrdjLXL9t1OwH20"],
  [
    "SESSION",
    "eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJzdWIiOiAiMTIzNDU2Nzg5MCIsICJuYW1lIjogInN2YyIsICJpYXQiOiAxNzE2MjM5MDIyfQ.gsg5oNFuApW_NlysDWGUyqAnEHe4n_xh3Mc-XTZkj6Z",
  ],
  [
    "TLS",
    "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA0Z3VS5JJcds3xfn/ygWyF8PbnGy0AHB7MhgHcTz6sE2I2yPB\n",
  ],
  ["DEPLOY", "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ"],
  ["SIGNER", "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5"],
  ["DATABASE_URL", "postgres://app:hunter2@db.internal:5432/app"],
  ["CACHE_URL", "redis://:s3cr3tPassw0rd@cache:6379/0"],
  ["AMQP_URL", "amqps://svc:Zm9vYmFy@mq.example.com/vhost"],
  ["API_TOKEN", "lqNeuE7RCHfBPz6mk926KPlPKjfISkUu"],
  ["DB_PASSWORD", "bV1sdQjJNCM0JYkfKUKSkpfositrvwTCZcsK66Pv"],
  ["SESSION_SECRET", "809dd650bb93fbdba1909a41a763225da81d7baa1af6723ff56eca645fe436d6"],
  ["ENCRYPTION_KEY", "vfD8+rul6Dt/sJFHGkYuId2f5qz3xhcbpsZMAl4lwLiu="],
  ["PARTNER_API_KEY", "550e8400-e29b-41d4-a716-446655440000"],
  ["ADMIN_PASSWORD", "Tr0ub4dor&3xkcd936"],
];

/** Values a configuration commits on purpose, in the variables they are found in. */
const ordinary: readonly (readonly [string, string])[] = [
  ["PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],
  ["HOME", "/home/app"],
  ["DATA_DIR", "/var/lib/app/data"],
  ["CONFIG_FILE", "./config/production.yaml"],
  ["TLS_KEY_FILE", "/run/secrets/tls.key"],
  ["SSH_KEY", "/home/app/.ssh/id_ed25519"],
  ["DB_PASSWORD_FILE", "/run/secrets/db_password"],
  ["DB_HOST", "db.internal.example.com"],
  ["REDIS_HOST", "redis-master-0.redis-headless.default.svc.cluster.local"],
  ["SMTP_HOST", "smtp.mailgun.org"],
  ["HOSTNAME", "web-1"],
  ["BIND_ADDRESS", "0.0.0.0:8080"],
  ["LISTEN", "[::]:443"],
  ["PORT", "8080"],
  ["DB_PORT", "5432"],
  ["FEATURE_NEW_CHECKOUT", "true"],
  ["ENABLE_METRICS", "false"],
  ["DEBUG", "1"],
  ["MAINTENANCE_MODE", "off"],
  ["LOG_LEVEL", "info"],
  ["RUST_LOG", "actix_web=debug,sqlx=warn"],
  ["NODE_ENV", "production"],
  ["APP_VERSION", "2.14.3"],
  ["IMAGE_TAG", "v1.27.0-rc.2+build.1234"],
  ["GIT_SHA", "4f9c2d1"],
  ["JAVA_VERSION", "21.0.3+9"],
  ["PUBLIC_URL", "https://www.example.com/app"],
  ["API_BASE_URL", "https://api.example.com/v2/"],
  ["DATABASE_URL", "postgres://app@db.internal:5432/app?sslmode=require"],
  ["UPSTREAM", "http://localhost:3000"],
  ["S3_ENDPOINT", "https://s3.eu-west-1.amazonaws.com"],
  ["WEBHOOK_URL", "https://hooks.example.com/deploy?env=prod&notify=true"],
  ["CALLBACK", "https://auth.example.com/callback?user=admin"],
  ["REQUEST_ID", "550e8400-e29b-41d4-a716-446655440000"],
  ["TENANT_ID", "6ba7b810-9dad-11d1-80b4-00c04fd430c8"],
  ["AWS_REGION", "eu-central-1"],
  ["AWS_ACCOUNT_ID", "123456789012"],
  ["TZ", "Europe/Berlin"],
  ["LANG", "en_US.UTF-8"],
  ["JAVA_OPTS", "-Xms256m -Xmx1g -XX:+UseG1GC"],
  ["GREETING", "hello from rbc"],
  ["ADMIN_EMAIL", "ops@example.com"],
  ["ALLOWED_HOSTS", "example.com,www.example.com,localhost"],
  ["CORS_ORIGINS", "https://app.example.com https://admin.example.com"],
  ["CRON_SCHEDULE", "*/5 * * * *"],
  ["TIMEOUT", "30s"],
  ["MAX_UPLOAD_SIZE", "64MiB"],
  ["WORKERS", "4"],
  ["CACHE_KEY_PREFIX", "myapp:v2"],
  ["TOKEN_TTL", "3600"],
  ["PASSWORD_MIN_LENGTH", "12"],
  ["SORT_KEY", "created_at"],
  ["API_KEY", "change-me-in-production"],
  ["SECRET_KEY", "CHANGE_ME_BEFORE_DEPLOYING"],
  ["DB_PASSWORD", "postgres"],
  ["GOOGLE_ANALYTICS_ID", "UA-12345678-1"],
  ["BUILD_ID", "20240611.4"],
  ["SENTRY_ENVIRONMENT", "staging"],
  ["JSON_CONFIG", '{"retries": 3, "backoff": "exponential"}'],
  ["CHECKSUM", "sha256"],
  ["CONTAINER", "docker"],
  ["PYTHONUNBUFFERED", "1"],
];

describe("credentialReason", () => {
  it(`warns on each of ${credentials.length} realistic credentials`, () => {
    expect(credentials.length).toBeGreaterThanOrEqual(20);
    const silent = credentials.filter(([name, value]) => !credentialReason(name, [value]));
    expect(silent).toEqual([]);
  });

  it(`stays silent on each of ${ordinary.length} ordinary values`, () => {
    expect(ordinary.length).toBeGreaterThanOrEqual(50);
    const flagged = ordinary
      .map(([name, value]) => [name, value, credentialReason(name, [value])] as const)
      .filter(([, , reason]) => reason !== undefined);
    expect(flagged).toEqual([]);
  });

  it("says what the value looks like", () => {
    expect(credentialReason("X", ["ghp_ErQHQwjyaxErPZDS3MoJaQNjCxkv5ndK0meG"])).toBe(
      "it looks like a GitHub token",
    );
    expect(credentialReason("X", ["mysql://root:pw@db/app"])).toBe("it is a URL with a password");
    expect(credentialReason("API_TOKEN", ["lqNeuE7RCHfBPz6mk926KPlPKjfISkUu"])).toBe(
      "it is a long random-looking value in a variable named like a secret",
    );
  });

  it("judges each piece of literal text on its own (a template's text around its variables)", () => {
    expect(credentialReason("DATABASE_URL", ["postgres://app:", "@db/app"])).toBeUndefined();
    expect(credentialReason("API_TOKEN", [])).toBeUndefined();
    expect(credentialReason("DATABASE_URL", ["", "postgres://u:pw@h/db"])).toBeDefined();
  });

  it("leaves a random value alone in a variable not named like a secret", () => {
    expect(credentialReason("BUILD_HASH", ["lqNeuE7RCHfBPz6mk926KPlPKjfISkUu"])).toBeUndefined();
  });
});

describe("looksRandom and shannonEntropy", () => {
  it("measures bits per character", () => {
    expect(shannonEntropy("aaaa")).toBe(0);
    expect(shannonEntropy("abab")).toBe(1);
    expect(shannonEntropy("0123456789abcdef")).toBe(4);
  });

  it("wants 16 characters, two character classes, no spaces and no path", () => {
    expect(looksRandom("aB3dE5gH7jK9mN1p")).toBe(true);
    expect(looksRandom("aB3dE5gH7jK9mN1")).toBe(false);
    expect(looksRandom("abcdefghijklmnopqrstuvwxyz")).toBe(false);
    expect(looksRandom("aB3dE5gH 7jK9mN1pq")).toBe(false);
    expect(looksRandom("/aB3dE5gH7jK9mN1p")).toBe(false);
  });
});
