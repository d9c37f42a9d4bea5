import { describe, expect, it } from "vitest";
import { importCompose, type ComposeInput } from "../../src/import/index.ts";

function imported(text: string, more: Partial<ComposeInput> = {}) {
  return importCompose({
    text,
    file: "compose.yaml",
    environment: () => undefined,
    directoryName: "shop",
    projectFromBundle: "../..",
    ...more,
  });
}

function service(text: string, name: string, more: Partial<ComposeInput> = {}) {
  const result = imported(text, more);
  const found = result.value?.services.find((s) => s.name === name);
  if (found === undefined) throw new Error(JSON.stringify(result.diagnostics));
  return found;
}

function keys(s: ReturnType<typeof service>): Record<string, unknown> {
  return Object.fromEntries(s.entries.map((e) => [e.key, e.value]));
}

describe("importCompose", () => {
  it("takes the keys rbc supports as they are, image first", () => {
    const s = service(
      `services:
  web:
    user: "1000"
    image: rbc.local/app:1
    command: [sleep, "300"]
    read_only: true
    cap_drop: [ALL]
    sysctls: {net.core.somaxconn: 1024}
`,
      "web",
    );
    expect(s.entries.map((e) => e.key)).toEqual([
      "image",
      "user",
      "command",
      "read_only",
      "cap_drop",
      "sysctls",
    ]);
    expect(keys(s)).toMatchObject({
      command: ["sleep", "300"],
      sysctls: { "net.core.somaxconn": 1024 },
    });
    expect(s.notes).toEqual([]);
  });

  it("turns build, depends_on and restart into notes at their lines", () => {
    const s = service(
      `services:
  web:
    image: rbc.local/app:1
    build: .
    depends_on: [db]
    restart: always
  db:
    image: rbc.local/app:1
`,
      "web",
    );
    expect(s.entries.map((e) => e.key)).toEqual(["image"]);
    expect(s.notes.map((n) => [n.key, n.location?.line])).toEqual([
      ["build", 4],
      ["depends_on", 5],
      ["restart", 6],
    ]);
    expect(s.notes[2]?.message).toMatch(/^not carried over: runc has no restart policy/);
  });

  it("refuses a service with only build, naming the image Compose would tag", () => {
    const result = imported(`services:\n  api:\n    build: ./api\n`);
    expect(result.value).toBeUndefined();
    expect(result.diagnostics).toMatchObject([
      { code: "IMP802", location: { file: "compose.yaml", line: 3 } },
    ]);
    expect(result.diagnostics[0]?.message).toContain("image: shop-api");
  });

  it("writes long-syntax ports in the short syntax", () => {
    const s = service(
      `services:
  web:
    image: rbc.local/app:1
    ports:
      - 80
      - "8443:443"
      - {target: 53, published: 5353, protocol: udp}
      - {target: 8080, host_ip: 127.0.0.1}
      - {target: 9000, published: "9000", host_ip: "::1", mode: host}
`,
      "web",
    );
    expect(keys(s)["ports"]).toEqual([
      80,
      "8443:443",
      "5353:53/udp",
      "127.0.0.1::8080",
      "[::1]:9000:9000",
    ]);
    expect(s.notes.map((n) => n.key)).toEqual(["ports[4].mode"]);
  });

  it("rewrites relative host paths from the project directory to the bundle's", () => {
    const s = service(
      `services:
  web:
    image: rbc.local/app:1
    volumes:
      - ./html:/srv:ro
      - ../shared:/shared
      - /etc/ssl:/etc/ssl:ro
      - {type: bind, source: ./conf, target: /conf, read_only: true}
      - /scratch
    env_file: [./web.env, {path: local.env, required: false}]
`,
      "web",
    );
    expect(keys(s)["volumes"]).toEqual([
      "../../html:/srv:ro",
      "../../../shared:/shared",
      "/etc/ssl:/etc/ssl:ro",
      { type: "bind", source: "../../conf", target: "/conf", read_only: true },
      "/scratch",
    ]);
    expect(keys(s)["env_file"]).toEqual([
      "../../web.env",
      { path: "../../local.env", required: false },
    ]);
  });

  it("notes that a named volume is the bundle's own directory, not the project's Docker volume", () => {
    const s = service(
      `services:
  db:
    image: rbc.local/app:1
    volumes: ["data:/var/lib/data", {type: volume, source: logs, target: /logs}]
volumes:
  data: {}
  logs: {external: true}
`,
      "db",
    );
    expect(s.notes.map((n) => n.message)).toEqual([
      expect.stringContaining(`Docker volume "shop_data", which every service naming it shares`),
      expect.stringContaining(`Docker volume "logs" (external)`),
    ]);
  });

  it("fills in ${VAR} outside environment at import, and keeps environment's for rbc run", () => {
    const text = `services:
  web:
    image: rbc.local/app:\${TAG:-1}
    mem_limit: \${MEM}
    cpus: \${CPUS}
    read_only: \${RO}
    command: ["echo", "$$HOME"]
    environment:
      URL: postgres://app:\${DB_PASSWORD}@db/app
      PRICE: $$5
      FROM_SHELL:
`;
    const env: Record<string, string> = { MEM: "64m", DB_PASSWORD: "hunter2" };
    const s = service(text, "web", {
      environment: (name) => env[name],
      dotenv: { text: "CPUS=0.5\nRO=true\n", file: ".env" },
    });
    expect(keys(s)).toMatchObject({
      image: "rbc.local/app:1",
      mem_limit: "64m",
      cpus: 0.5,
      read_only: true,
      command: ["echo", "$HOME"],
      environment: {
        URL: "postgres://app:${DB_PASSWORD}@db/app",
        PRICE: "$$5",
        FROM_SHELL: "${FROM_SHELL}",
      },
    });
    expect(s.notes.map((n) => `${n.key}: ${n.message}`)).toEqual([
      expect.stringMatching(/^environment.FROM_SHELL: "FROM_SHELL" has no value/),
      "image: ${TAG} is not set: the default is written",
      "mem_limit: ${MEM} filled in at import from the environment: the overlay holds its value",
      "cpus: ${CPUS} filled in at import from .env: the overlay holds its value",
      "read_only: ${RO} filled in at import from .env: the overlay holds its value",
    ]);
  });

  it("refuses a required variable that is not set, at its line", () => {
    const result = imported(`services:\n  web:\n    image: "app:\${TAG:?set TAG}"\n`);
    expect(result.diagnostics).toMatchObject([
      {
        code: "IMP801",
        message: "required variable TAG is not set: set TAG",
        location: { line: 3, col: 12 },
      },
    ]);
  });

  it("takes environment as a list or a map, and notes a variable only .env sets", () => {
    const s = service(
      `services:
  web:
    image: rbc.local/app:1
    environment:
      - A=1
      - TOKEN=\${API_TOKEN}
      - FROM_SHELL
`,
      "web",
      { dotenv: { text: "API_TOKEN=x\n", file: ".env" } },
    );
    expect(keys(s)["environment"]).toEqual([
      "A=1",
      "TOKEN=${API_TOKEN}",
      "FROM_SHELL=${FROM_SHELL}",
    ]);
    expect(s.notes.map((n) => n.key)).toEqual(["environment[1]", "environment[2]"]);
    expect(s.notes[0]?.message).toBe(
      "${API_TOKEN} is set in .env, which rbc run does not read: export it where the bundle starts",
    );
  });

  it("maps deploy's resource limits to keys and notes the rest of deploy", () => {
    const s = service(
      `services:
  web:
    image: rbc.local/app:1
    deploy:
      replicas: 2
      resources:
        limits: {memory: 64m, cpus: "0.5", pids: 100}
        reservations: {memory: 32m}
`,
      "web",
    );
    expect(keys(s)).toMatchObject({
      mem_limit: "64m",
      cpus: "0.5",
      pids_limit: 100,
      mem_reservation: "32m",
    });
    expect(s.entries.find((e) => e.key === "mem_limit")?.comment).toBe(
      "from deploy.resources.limits.memory",
    );
    expect(s.notes.map((n) => n.key)).toEqual(["deploy.replicas"]);
  });

  it("makes service:NAME container:NAME, the bundle beside", () => {
    const s = service(
      `services:
  web: {image: rbc.local/app:1}
  sidecar: {image: rbc.local/app:1, network_mode: "service:web", pid: "service:web"}
`,
      "sidecar",
    );
    expect(keys(s)).toMatchObject({ network_mode: "container:web", pid: "container:web" });
    expect(s.notes.map((n) => n.key)).toEqual(["network_mode", "pid"]);
    expect(s.notes[0]?.message).toContain(`rbc build also reads the Docker container "web"`);
  });

  it("refuses what rbc refuses in an overlay, at the Compose file's line", () => {
    const result = imported(`services:
  web:
    image: rbc.local/app:1
    extra_hosts: ["gw:host-gateway"]
    mem_limt: 64m
`);
    expect(result.diagnostics.map((d) => [d.code, d.location?.line])).toEqual([
      ["OVL202", 4],
      ["OVL201", 5],
    ]);
  });

  it("refuses Compose's own extends and include, pointing at docker compose config", () => {
    const result = imported(`include: [other.yaml]
services:
  web: {image: rbc.local/app:1}
`);
    expect(result.diagnostics[0]).toMatchObject({ code: "IMP801", location: { line: 1 } });
    const extended = imported(`services:
  base: {image: rbc.local/app:1}
  web: {extends: {service: base}}
`);
    expect(extended.diagnostics.map((d) => d.code)).toContain("IMP801");
    expect(extended.diagnostics[0]?.message).toContain("docker compose config");
  });

  it("moves settings two or more services share to a base, per set of services", () => {
    const result = imported(`services:
  a:
    image: rbc.local/app:1
    cap_drop: [ALL]
    environment: {LOG: info, A: "1"}
  b:
    image: rbc.local/app:1
    cap_drop: [ALL]
    environment: [LOG=info]
    read_only: true
  c:
    image: rbc.local/app:1
    cap_drop: [ALL]
    read_only: true
`);
    const value = result.value;
    expect(
      value?.bases.map((b) => [b.name, b.services, b.entries.map((e) => [e.key, e.value])]),
    ).toEqual([
      ["shared", ["a", "b", "c"], [["cap_drop", ["ALL"]]]],
      ["a-b", ["a", "b"], [["environment", { LOG: "info" }]]],
      ["b-c", ["b", "c"], [["read_only", true]]],
    ]);
    expect(
      value?.services.map((s) => [s.name, s.extends, s.entries.map((e) => [e.key, e.value])]),
    ).toEqual([
      [
        "a",
        ["shared", "a-b"],
        [
          ["image", "rbc.local/app:1"],
          ["environment", { A: "1" }],
        ],
      ],
      ["b", ["shared", "a-b", "b-c"], [["image", "rbc.local/app:1"]]],
      ["c", ["shared", "b-c"], [["image", "rbc.local/app:1"]]],
    ]);
  });

  it("shares a map setting's value as Compose's text: 1, \"1\" and A=1 are one value", () => {
    const result = imported(`services:
  a:
    image: rbc.local/app:1
    environment: {A: 1, ON: true}
    labels: {tier: "1"}
  b:
    image: rbc.local/app:1
    environment: {A: "1", ON: "true"}
    labels: [tier=1]
  c:
    image: rbc.local/app:1
    environment: [A=1, ON=true]
    labels: {tier: 1}
`);
    expect(
      result.value?.bases.map((b) => [b.name, b.entries.map((e) => [e.key, e.value])]),
    ).toEqual([
      [
        "shared",
        [
          ["environment", { A: "1", ON: "true" }],
          ["labels", { tier: "1" }],
        ],
      ],
    ]);
    expect(result.value?.services.map((s) => s.entries.map((e) => e.key))).toEqual([
      ["image"],
      ["image"],
      ["image"],
    ]);
  });

  it("notes expose as the exposed-ports annotation rbc init writes, not as without effect", () => {
    const s = service(
      `services:
  web:
    image: rbc.local/app:1
    expose: ["9000"]
`,
      "web",
    );
    expect(s.notes.map((n) => [n.key, n.message])).toEqual([
      [
        "expose",
        "not carried over: rbc has no expose key: exposed ports reach config.json only as the org.opencontainers.image.exposedPorts annotation (the image's EXPOSE and the published ports); to add these, set that annotation in annotations with all of them, as rbc init does for --expose (ports publishes)",
      ],
    ]);
  });
});
