import { error, type Diagnostic } from "../diagnostics.ts";
import type { DockerRelease } from "../overlay/index.ts";
import type { HostConfig, HostDevice, HostDeviceTable } from "./container-state.ts";
import { findHostDevices, noDeviceMessage } from "./find-host-devices.ts";
import type { OciBlockIO } from "./oci-types.ts";

/** Each throttle list: its runtime-spec key, its overlay key under blkio_config, its HostConfig field. */
const throttles = [
  ["throttleReadBpsDevice", "device_read_bps", "BlkioDeviceReadBps"],
  ["throttleWriteBpsDevice", "device_write_bps", "BlkioDeviceWriteBps"],
  ["throttleReadIOPSDevice", "device_read_iops", "BlkioDeviceReadIOps"],
  ["throttleWriteIOPSDevice", "device_write_iops", "BlkioDeviceWriteIOps"],
] as const;

/**
 * `linux.resources.blockIO` (config-linux.md#block-io) as Docker's WithResources writes it: the
 * weight (20.10: always, 0 when unset; 26.1: only when non-zero, so a default container has
 * `blockIO: {}`), then per-device weights and throttles, each naming its device by the major and
 * minor numbers of the host node at its path (Docker stats the path at start; rbc looks it up
 * among the host devices the adapter resolved). Empty lists are left out.
 */
export function buildBlockIO(
  hc: HostConfig,
  table: HostDeviceTable,
  release: DockerRelease,
): { value: OciBlockIO; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const weight = hc.BlkioWeight ?? 0;
  const blockIO: OciBlockIO = release === "20.10" || weight !== 0 ? { weight } : {};
  const weights = lookUpEach("weight_device", hc.BlkioWeightDevice, table, diagnostics);
  if (weights.length > 0) {
    blockIO.weightDevice = weights.map(([device, item]) => ({
      ...majorMinor(device),
      weight: item.Weight,
    }));
  }
  for (const [specKey, overlayKey, field] of throttles) {
    const rates = lookUpEach(overlayKey, hc[field], table, diagnostics);
    if (rates.length > 0) {
      blockIO[specKey] = rates.map(([device, item]) => ({
        ...majorMinor(device),
        rate: item.Rate,
      }));
    }
  }
  return { value: blockIO, diagnostics };
}

/** Each listed path's host device node, or a diagnostic at `blkio_config.<key>[i]`. */
function lookUpEach<T extends { readonly Path: string }>(
  key: string,
  list: readonly T[] | null | undefined,
  table: HostDeviceTable,
  diagnostics: Diagnostic[],
): [HostDevice, T][] {
  const found: [HostDevice, T][] = [];
  (list ?? []).forEach((item, i) => {
    const devices = findHostDevices(table, item.Path);
    if (devices?.kind === "node") {
      found.push([devices.device, item]);
      return;
    }
    // Docker would take a directory's st_rdev (0:0); rbc asks for the device node itself.
    const message =
      devices === undefined ? noDeviceMessage(item.Path) : `${item.Path} is not a device node`;
    diagnostics.push(error("SPC505", message, { key: `blkio_config.${key}[${i}]` }));
  });
  return found;
}

function majorMinor(device: HostDevice): { major: number; minor: number } {
  return { major: device.major, minor: device.minor };
}
