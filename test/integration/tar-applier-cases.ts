import { rawEntry } from "../support/raw-tar.ts";
import {
  ESCAPED,
  dir,
  fifo,
  file,
  hardLink,
  layer,
  symlink,
  type TarCase,
} from "./tar-case-parts.ts";

/**
 * Layers that test Docker's applier rather than the tar format (moby pkg/archive Unpack, chrooted
 * into the layer's own directory, overlay2 whiteouts): symlinks that climb out and the entries
 * written through them, hard links, whiteouts in every position, one path given different types,
 * and the root's own entry. See tar-cases.ts for the fields.
 */
export const APPLIER_CASES: readonly TarCase[] = [
  // Symlinks are followed inside the layer's own directory, where `/` and `..` are its root.
  // Docker cannot `docker save` a layer with a file written through one: tar-split reads the
  // file back at its archived name, outside the chroot, where the symlink leads elsewhere.
  {
    name: "symlink-absolute-escape-written-through",
    layers: [
      layer(
        dir("etc/"),
        file("etc/issue", "i"),
        symlink("link", "/etc/../../.."),
        file(`link/${ESCAPED}`, "x"),
      ),
    ],
    docker: "accepts",
    saveFails: true,
  },
  {
    name: "symlink-absolute-escape-to-directory-the-layer-lacks",
    layers: [layer(symlink("link", "/etc/../../.."), file(`link/${ESCAPED}`, "x"))],
    docker: "refuses",
  },
  {
    name: "symlink-relative-escape-written-through",
    layers: [layer(dir("d/"), symlink("d/up", "../../../.."), file(`d/up/${ESCAPED}`, "x"))],
    docker: "accepts",
    saveFails: true,
  },
  {
    // The upper layer has no `link`: Docker makes it a directory there, which hides the symlink.
    name: "symlink-to-root-in-lower-layer-written-through",
    layers: [layer(symlink("link", "/")), layer(file(`link/${ESCAPED}`, "x"))],
    docker: "accepts",
  },
  {
    name: "symlink-to-parent-in-lower-layer-written-through",
    layers: [layer(symlink("link", "..")), layer(file(`link/${ESCAPED}`, "x"))],
    docker: "accepts",
  },
  {
    name: "symlink-to-lower-layer-directory-written-through",
    layers: [layer(dir("real/")), layer(symlink("link", "/real"), file("link/x", "x"))],
    docker: "refuses",
  },
  {
    name: "hardlink-through-symlink",
    layers: [layer(dir("real/"), file("real/f", "f"), symlink("s", "real"), hardLink("h", "s/f"))],
    docker: "accepts",
  },
  {
    name: "hardlink-through-escaping-symlink",
    layers: [layer(file("f", "f"), symlink("s", "../../.."), hardLink("h", "s/f"))],
    docker: "accepts",
  },
  {
    name: "hardlink-target-climbing-out",
    layers: [layer(file("f", "f"), hardLink("h", "../../f"))],
    docker: "accepts",
  },
  {
    name: "hardlink-to-symlink",
    layers: [
      layer(
        file("f", "f"),
        symlink("s", "f"),
        hardLink("t", "s", { uid: 5, gid: 6, mode: 0o600, mtime: 1 }),
      ),
    ],
    docker: "accepts",
  },
  {
    // link(2) does not follow the last component: `h` is the symlink `s` itself.
    name: "hardlink-through-symlink-to-directory",
    layers: [layer(dir("real/"), file("real/f", "f"), symlink("s", "/real"), hardLink("h", "s"))],
    docker: "accepts",
  },
  {
    name: "hardlink-to-fifo",
    layers: [layer(fifo("p", { mode: 0o600 }), hardLink("q", "p", { uid: 5, mode: 0o640 }))],
    docker: "accepts",
  },
  {
    name: "hardlink-to-char-device",
    layers: [
      layer(
        rawEntry({ name: "c", typeflag: "3", mode: 0o600, devmajor: 1, devminor: 3 }),
        hardLink("d", "c", { uid: 5, mode: 0o666 }),
      ),
    ],
    docker: "accepts",
  },
  {
    name: "hardlink-to-later-entry",
    layers: [layer(hardLink("h", "f"), file("f", "f"))],
    docker: "refuses",
  },
  { name: "hardlink-to-itself", layers: [layer(hardLink("h", "h"))], docker: "refuses" },
  {
    name: "hardlink-to-directory",
    layers: [layer(dir("d/"), hardLink("h", "d"))],
    docker: "refuses",
  },
  // Whiteouts: a 0/0 device made in the layer's own directory, in archive order.
  {
    name: "whiteout-after-its-entry-in-same-layer",
    layers: [layer(file("a", "old")), layer(file("a", "new"), file(".wh.a", ""))],
    docker: "refuses",
  },
  {
    name: "whiteout-before-its-entry-in-same-layer",
    layers: [layer(file("a", "old")), layer(file(".wh.a", ""), file("a", "new"))],
    docker: "accepts",
  },
  {
    // The directory replaces the device but is not opaque: the lower children show again.
    name: "whiteout-before-directory-of-same-name",
    layers: [
      layer(dir("d/"), file("d/old", "o")),
      layer(file(".wh.d", ""), dir("d/", { mode: 0o700 }), file("d/new", "n")),
    ],
    docker: "accepts",
  },
  {
    name: "whiteout-of-implicit-parent-in-same-layer",
    layers: [layer(dir("a/"), file("a/x", "x")), layer(file("a/y", "y"), file(".wh.a", ""))],
    docker: "refuses",
  },
  {
    name: "opaque-whiteout-after-siblings",
    layers: [
      layer(dir("d/"), file("d/old", "o")),
      layer(dir("d/"), file("d/new", "n"), file("d/.wh..wh..opq", "")),
    ],
    docker: "accepts",
  },
  {
    name: "opaque-whiteout-before-its-directory-entry",
    layers: [
      layer(dir("d/"), file("d/old", "o")),
      layer(file("d/.wh..wh..opq", ""), dir("d/", { mode: 0o711 }), file("d/new", "n")),
    ],
    docker: "accepts",
  },
  {
    name: "opaque-whiteout-through-same-layer-symlink",
    layers: [
      layer(dir("d/"), file("d/old", "o")),
      layer(dir("d/"), symlink("l", "d"), file("l/.wh..wh..opq", ""), file("d/new", "n")),
    ],
    docker: "accepts",
  },
  {
    name: "opaque-whiteout-at-root-hides-nothing",
    layers: [layer(file("a", "a")), layer(file(".wh..wh..opq", ""), file("b", "b"))],
    docker: "accepts",
  },
  {
    // `a` becomes a directory in the upper layer, over the lower file.
    name: "whiteouts-of-absent-paths",
    layers: [layer(file("a", "a")), layer(file(".wh.nothing", ""), file("a/.wh.x", ""))],
    docker: "accepts",
  },
  {
    name: "whiteout-under-lower-layer-symlink",
    layers: [
      layer(dir("real/"), file("real/x", "x"), file("real/y", "y"), symlink("link", "real")),
      layer(file("link/.wh.x", "")),
    ],
    docker: "accepts",
  },
  {
    name: "whiteout-under-same-layer-symlink",
    layers: [
      layer(dir("real/"), file("real/x", "x"), file("real/y", "y")),
      layer(dir("real/"), symlink("link", "/real"), file("link/.wh.x", "")),
    ],
    docker: "accepts",
  },
  {
    name: "whiteout-under-dangling-symlink",
    layers: [layer(symlink("l", "/nowhere"), file("l/.wh.x", ""))],
    docker: "refuses",
  },
  {
    name: "whiteout-with-empty-name",
    layers: [layer(file("a", "a")), layer(file(".wh.", ""))],
    docker: "refuses",
  },
  // One path, different types.
  {
    name: "file-then-directory-across-layers",
    layers: [layer(file("p", "p")), layer(dir("p/"), file("p/c", "c"))],
    docker: "accepts",
  },
  {
    name: "directory-then-file-across-layers",
    layers: [layer(dir("p/"), file("p/c", "c")), layer(file("p", "p"))],
    docker: "accepts",
  },
  {
    name: "directory-then-file-in-one-layer",
    layers: [layer(dir("twice/"), file("twice", "t"))],
    docker: "refuses",
  },
  {
    name: "file-replaces-implicit-parent-in-one-layer",
    layers: [layer(file("a/x", "x"), file("a", "a"))],
    docker: "accepts",
    saveFails: true,
  },
  {
    name: "file-replaces-parent-of-directory-entry",
    layers: [layer(dir("a/b/"), file("a", "a"))],
    docker: "refuses",
  },
  {
    name: "symlink-replaces-parent-of-directory-entry",
    layers: [layer(dir("t/"), dir("a/b/"), symlink("a", "t"))],
    docker: "refuses",
  },
  {
    name: "dotdot-inside-name",
    layers: [layer(dir("a/"), file("a/../b", "b"))],
    docker: "accepts",
  },
  // The root: a container's root is its own directory, 0755 0:0, whatever the image says.
  {
    name: "root-entry-dot",
    layers: [layer(dir("./", { mode: 0o700, uid: 5 }), file("a", "a"))],
    docker: "accepts",
  },
  {
    name: "root-entry-slash",
    layers: [layer(file("a", "a")), layer(dir("/", { mode: 0o777, uid: 1000, gid: 1000 }))],
    docker: "accepts",
  },
];
