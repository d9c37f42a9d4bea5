import { error, type Diagnostic } from "../diagnostics.ts";
import type { HostConfig, HostDevice, HostDeviceTable } from "./container-state.ts";
import { findHostDevices, noDeviceMessage } from "./find-host-devices.ts";
import type { OciBlockIO, OciThrottleDevice } from "./oci-types.ts";
import { optionalField } from "./optional-field.ts";

interface DevicePath {
  readonly Path: string;
}

/**
 * `linux.resources.blockIO` (config-linux.md#block-io) as Docker's WithResources writes it: the
 * weight always (0 when unset), then per-device weights and throttles, each naming its device by
 * the major and minor numbers of the host node at its path (Docker stats the path at start; rbc
 * looks it up among the host devices the adapter resolved). Empty lists are left out.
 */
export function buildBlockIO(
  hc: HostConfig,
  table: HostDeviceTable,
): { value: OciBlockIO; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const lookup = <T extends DevicePath, R>(
    key: string,
    list: readonly T[] | null | undefined,
    entry: (device: HostDevice, item: T) => R,
  ): R[] => lookUpEach(`blkio_config.${key}`, list ?? [], table, diagnostics, entry);
  const throttle = (device: HostDevice, item: { Rate: number }): OciThrottleDevice => ({
    major: device.major,
    minor: device.minor,
    rate: item.Rate,
  });
  const blockIO: OciBlockIO = {
    weight: hc.BlkioWeight ?? 0,
    ...optionalField(
      "weightDevice",
      lookup("weight_device", hc.BlkioWeightDevice, (device, item) => ({
        major: device.major,
        minor: device.minor,
        weight: item.Weight,
      })),
    ),
    ...optionalField(
      "throttleReadBpsDevice",
      lookup("device_read_bps", hc.BlkioDeviceReadBps, throttle),
    ),
    ...optionalField(
      "throttleWriteBpsDevice",
      lookup("device_write_bps", hc.BlkioDeviceWriteBps, throttle),
    ),
    ...optionalField(
      "throttleReadIOPSDevice",
      lookup("device_read_iops", hc.BlkioDeviceReadIOps, throttle),
    ),
    ...optionalField(
      "throttleWriteIOPSDevice",
      lookup("device_write_iops", hc.BlkioDeviceWriteIOps, throttle),
    ),
  };
  return { value: blockIO, diagnostics };
}

function lookUpEach<T extends DevicePath, R>(
  key: string,
  list: readonly T[],
  table: HostDeviceTable,
  diagnostics: Diagnostic[],
  entry: (device: HostDevice, item: T) => R,
): R[] {
  const result: R[] = [];
  list.forEach((item, i) => {
    const found = findHostDevices(table, item.Path);
    if (found?.kind === "node") result.push(entry(found.device, item));
    else {
      // Docker would take a directory's st_rdev (0:0); rbc asks for the device node itself.
      const message =
        found === undefined ? noDeviceMessage(item.Path) : `${item.Path} is not a device node`;
      diagnostics.push(error("SPC505", message, { key: `${key}[${i}]` }));
    }
  });
  return result;
}
