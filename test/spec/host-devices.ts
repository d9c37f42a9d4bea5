import type { HostDevice, HostDeviceTable } from "../../src/spec/container-state.ts";

/** Device nodes as `stat` showed them on the capture host. */
export const nullDevice: HostDevice = {
  path: "/dev/null",
  type: "c",
  major: 1,
  minor: 3,
  fileMode: 0o666,
  uid: 0,
  gid: 0,
};
export const zeroDevice: HostDevice = { ...nullDevice, path: "/dev/zero", minor: 5 };
export const tunDevice: HostDevice = {
  path: "/dev/net/tun",
  type: "c",
  major: 10,
  minor: 200,
  fileMode: 0o600,
  uid: 0,
  gid: 0,
};
export const vdaDevice: HostDevice = {
  path: "/dev/vda",
  type: "b",
  major: 254,
  minor: 0,
  fileMode: 0o600,
  uid: 0,
  gid: 0,
};

/** The table the adapter would build for these paths: nodes map to themselves, /dev/net to tun. */
export function hostDeviceTable(...extra: [string, HostDevice[]][]): HostDeviceTable {
  return new Map<string, HostDevice[]>([
    ["/dev/null", [nullDevice]],
    ["/dev/zero", [zeroDevice]],
    ["/dev/net", [tunDevice]],
    ["/dev/vda", [vdaDevice]],
    ...extra,
  ]);
}
