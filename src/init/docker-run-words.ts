import { error, type Diagnostic, type Result } from "../diagnostics.ts";
import { closestName } from "../overlay/index.ts";

/** A `docker run` command line, read: what to give `docker create`, and the default bundle name. */
export interface DockerRunWords {
  /** The flags rbc carries over, the image and the command, in their order. */
  readonly createArgs: readonly string[];
  /** The image the command line names (the first word that is no flag). */
  readonly image: string;
  /** `--name`, which names the bundle directory when none is given. */
  readonly name?: string;
  /** Warnings for flags left out because they change nothing in config.json. */
  readonly warnings: readonly Diagnostic[];
}

/** Flags whose setting reaches config.json and an overlay key (or a patch) carries over. */
const carried = new Set(
  [
    "-t --tty --privileged --read-only --init --oom-kill-disable -e --env --env-file -u --user",
    "-w --workdir --entrypoint -h --hostname --domainname -l --label --label-file --cap-add",
    "--cap-drop -v --volume --mount --tmpfs --group-add --security-opt --device",
    "--device-cgroup-rule --ulimit --sysctl -m --memory --memory-reservation --memory-swap",
    "--memory-swappiness --oom-score-adj --cpus -c --cpu-shares --cpu-quota --cpu-period",
    "--cpu-rt-runtime --cpu-rt-period --cpuset-cpus --cpuset-mems --pids-limit --shm-size",
    "--blkio-weight --blkio-weight-device --device-read-bps --device-write-bps",
    "--device-read-iops --device-write-iops --ipc --pid --uts --userns --cgroupns",
    "--cgroup-parent --network --net --dns --dns-search --dns-option --dns-opt --add-host",
    "-p --publish --expose --stop-signal --stop-timeout --annotation",
  ].flatMap((line) => line.split(" ")),
);

/** Flags that change how `docker run` runs or keeps the container, not its config.json. */
const noEffect = new Set(
  [
    "-d --detach -i --interactive --rm --name --restart --log-driver --log-opt --health-cmd",
    "--health-interval --health-retries --health-timeout --health-start-period",
    "--health-start-interval --no-healthcheck --pull -q --quiet --sig-proxy --detach-keys",
    "--cidfile -a --attach --disable-content-trust",
  ].flatMap((line) => line.split(" ")),
);

/**
 * The other flags of `docker run` (Docker CLI 28, with the hidden aliases and Windows-only flags
 * it still accepts): their settings no overlay key carries. Any flag in none of these lists is
 * not a `docker run` flag at all.
 */
const notCarried = new Set(
  [
    "--gpus --ip --ip6 --isolation --kernel-memory --link --link-local-ip --mac-address",
    "--network-alias --net-alias --platform -P --publish-all --runtime --storage-opt",
    "--use-api-socket --volume-driver --volumes-from --cpu-count --cpu-percent",
    "--io-maxbandwidth --io-maxiops --help",
  ].flatMap((line) => line.split(" ")),
);

/** Flags that take no value (the others take the next word, or `=VALUE`). */
const booleans = new Set(
  [
    "-t --tty --privileged --read-only --init --oom-kill-disable -d --detach -i --interactive",
    "--rm --no-healthcheck -q --quiet --sig-proxy --disable-content-trust -P --publish-all",
    "--help",
  ].flatMap((line) => line.split(" ")),
);

/**
 * Reads `docker run [FLAGS] IMAGE [COMMAND…]` (the words after `docker run`) as the Docker CLI
 * does (pflag): `--flag value`, `--flag=value`, `-abc` for booleans, `-pVALUE`; the first word
 * that is no flag is the image, and the rest its command. A flag whose setting rbc cannot
 * reproduce is an error (INI802) naming it; one that changes nothing in config.json is left out
 * with a warning (INI803).
 */
export function readDockerRun(words: readonly string[]): Result<DockerRunWords> {
  const createArgs: string[] = [];
  const diagnostics: Diagnostic[] = [];
  let name: string | undefined;
  let i = 0;
  while (i < words.length) {
    const word = words[i] ?? "";
    if (word === "--" || !word.startsWith("-") || word === "-") {
      createArgs.push(...words.slice(word === "--" ? i + 1 : i));
      break;
    }
    const flags = splitFlag(word, words[i + 1]);
    i += flags.consumed;
    for (const { flag, value } of flags.parsed) {
      if (flag === "--name") name = value;
      if (carried.has(flag)) createArgs.push(value === undefined ? flag : `${flag}=${value}`);
      else if (noEffect.has(flag)) diagnostics.push(leftOut(flag));
      else if (notCarried.has(flag)) diagnostics.push(refused(flag));
      else diagnostics.push(unknown(flag));
    }
  }
  const image = createArgs.find((w) => !w.startsWith("-"));
  if (image === undefined) {
    diagnostics.push(error("INI802", "the docker run command line names no image"));
  }
  const failed = diagnostics.some((d) => d.severity === "error");
  const warnings = diagnostics.filter((d) => d.severity === "warning");
  return {
    value:
      failed || image === undefined
        ? undefined
        : { createArgs, image, ...(name === undefined ? {} : { name }), warnings },
    diagnostics,
  };
}

interface ParsedFlags {
  readonly parsed: readonly { flag: string; value?: string }[];
  /** How many words the flag took: 1, or 2 when its value is the next word. */
  readonly consumed: number;
}

function splitFlag(word: string, next: string | undefined): ParsedFlags {
  if (word.startsWith("--")) {
    const eq = word.indexOf("=");
    if (eq !== -1)
      return { parsed: [{ flag: word.slice(0, eq), value: word.slice(eq + 1) }], consumed: 1 };
    if (booleans.has(word) || next === undefined) return { parsed: [{ flag: word }], consumed: 1 };
    return { parsed: [{ flag: word, value: next }], consumed: 2 };
  }
  // Short flags: booleans may share a dash (`-it`); a flag with a value takes the rest, or the next word.
  const parsed: { flag: string; value?: string }[] = [];
  for (let j = 1; j < word.length; j++) {
    const flag = `-${word[j] ?? ""}`;
    if (booleans.has(flag)) {
      parsed.push({ flag });
      continue;
    }
    const rest = word.slice(j + 1).replace(/^=/, "");
    if (rest !== "") return { parsed: [...parsed, { flag, value: rest }], consumed: 1 };
    if (next === undefined) return { parsed: [...parsed, { flag }], consumed: 1 };
    return { parsed: [...parsed, { flag, value: next }], consumed: 2 };
  }
  return { parsed, consumed: 1 };
}

function leftOut(flag: string): Diagnostic {
  return {
    code: "INI803",
    severity: "warning",
    message: `${flag} changes nothing in config.json (how docker runs or keeps the container): left out`,
  };
}

function refused(flag: string): Diagnostic {
  return error(
    "INI802",
    `${flag}: rbc cannot reproduce this docker run flag (not one of the settings an overlay carries; see the README's rbc init)`,
  );
}

/** A word that is no `docker run` flag, with the one it most likely meant (a typo). */
function unknown(flag: string): Diagnostic {
  const known = [...carried, ...noEffect, ...notCarried].filter((f) => f.startsWith("--"));
  const meant = flag.startsWith("--")
    ? closestName(
        flag.slice(2),
        known.map((f) => f.slice(2)),
      )
    : undefined;
  const hint = meant === undefined ? "" : ` (did you mean --${meant}?)`;
  return error("INI804", `${flag} is not a docker run flag${hint}`);
}
