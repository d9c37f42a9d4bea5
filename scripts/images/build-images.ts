/**
 * Builds the deterministic example/test images and loads the missing ones into the engine.
 *
 *   npx tsx scripts/images/build-images.ts            build, write .cache/images/, docker load
 *   npx tsx scripts/images/build-images.ts --no-load  build and write the tarballs only
 *
 * Prints one line per image to stdout: name, image ID, tarball sha256, and what was done.
 */
import { buildImages, syncImages } from "./ensure-images.ts";

const noLoad = process.argv.includes("--no-load");

if (noLoad) {
  for (const image of await buildImages()) {
    process.stdout.write(`${image.name} ${image.id} tarball=sha256:${image.tarballSha256}\n`);
  }
} else {
  for (const image of await syncImages()) {
    const action = image.loaded ? "loaded" : "present";
    process.stdout.write(
      `${image.name} ${image.id} tarball=sha256:${image.tarballSha256} ${action}\n`,
    );
  }
}
