import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { planBundleFiles } from "../../src/bundle/plan.ts";

const run = promisify(execFile);

describe("planBundleFiles", () => {
  it("writes a .gitignore that git honours for directories, files and symlinks alike", async () => {
    const gitignore = planBundleFiles({}, "web", {}).get(".gitignore") ?? "";
    const repo = await mkdtemp(join(tmpdir(), "rbc-gitignore-"));
    try {
      await run("git", ["init", "--quiet", repo]);
      await writeFile(join(repo, ".gitignore"), gitignore);
      await symlink("/nonexistent", join(repo, ".rootfs"));
      await mkdir(join(repo, "volumes/data"), { recursive: true });
      await writeFile(join(repo, "volumes/data/file"), "");
      await writeFile(join(repo, ".rbc"), "");
      await writeFile(join(repo, "config.json"), "{}\n");
      for (const leftover of [".rbc-commit", ".config.json.rbc-new", ".0a1b2c3d4e5f.rbc-tmp"]) {
        await writeFile(join(repo, leftover), "");
      }
      const { stdout } = await run("git", ["status", "--porcelain", "--untracked-files=all"], {
        cwd: repo,
      });
      expect(stdout).toBe("?? .gitignore\n?? config.json\n");
    } finally {
      await rm(repo, { recursive: true, force: true });
    }
  });

  it("ignores the sources of writable binds inside the bundle, not read-only or outside ones", async () => {
    const bind = (source: string, destination: string, options = ["rbind", "rprivate"]) => ({
      destination,
      type: "bind",
      source,
      options,
    });
    const spec = {
      mounts: [
        { destination: "/proc", type: "proc", source: "proc" },
        bind("state", "/state"),
        bind("data/db file.sqlite", "/db"),
        bind("odd*[name] ", "/odd"),
        bind("shm", "/dev/shm"),
        bind("hosts", "/etc/hosts"),
        bind("config", "/etc/app", ["rbind", "ro", "rprivate"]),
        bind("committed", "/srv", ["rbind", "rro", "rprivate"]),
        bind("volumes/cache", "/cache"),
        bind("../shared", "/shared"),
        bind(".", "/bundle"),
        bind("/srv/www", "/www"),
      ],
    };
    const gitignore = planBundleFiles(spec, "web", {}).get(".gitignore") ?? "";
    expect(gitignore.split("\n").slice(6)).toEqual([
      "/data/db file.sqlite",
      "/odd\\*\\[name]\\ ",
      "/shm",
      "/state",
      "",
    ]);
    const repo = await mkdtemp(join(tmpdir(), "rbc-gitignore-"));
    try {
      await run("git", ["init", "--quiet", repo]);
      await writeFile(join(repo, ".gitignore"), gitignore);
      for (const dir of ["state", "data", "shm", "config", "committed"]) {
        await mkdir(join(repo, dir));
      }
      for (const file of ["state/x", "data/db file.sqlite", "odd*[name] ", "shm/seg"]) {
        await writeFile(join(repo, file), "");
      }
      await writeFile(join(repo, "config/app.ini"), "");
      await writeFile(join(repo, "committed/index.html"), "");
      await writeFile(join(repo, "hosts"), "");
      const { stdout } = await run("git", ["status", "--porcelain", "--untracked-files=all"], {
        cwd: repo,
      });
      expect(stdout).toBe("?? .gitignore\n?? committed/index.html\n?? config/app.ini\n?? hosts\n");
    } finally {
      await rm(repo, { recursive: true, force: true });
    }
  });

  it("keeps the env files the bundle names in its directory out of git, and nothing beside them", async () => {
    const secrets = ["secrets.env", "env/prod.env", "odd name [1]*.env", "!bang#.env"];
    const gitignore = planBundleFiles({}, "web", {}, secrets).get(".gitignore") ?? "";
    const repo = await mkdtemp(join(tmpdir(), "rbc-gitignore-"));
    try {
      await run("git", ["init", "--quiet", repo]);
      await writeFile(join(repo, ".gitignore"), gitignore);
      await mkdir(join(repo, "env"));
      const kept = ["other.env", "env/dev.env", "odd name 1.env", "odd name [1]x.env"];
      for (const file of [...secrets, ...kept]) await writeFile(join(repo, file), "");
      const { stdout } = await run("git", ["status", "--porcelain", "--untracked-files=all"], {
        cwd: repo,
      });
      const untracked = stdout.split("\n").filter((line) => line !== "");
      expect(untracked.map((line) => line.slice(3).replace(/^"|"$/g, "")).sort()).toEqual(
        [".gitignore", ...kept].sort(),
      );
    } finally {
      await rm(repo, { recursive: true, force: true });
    }
  });
});
