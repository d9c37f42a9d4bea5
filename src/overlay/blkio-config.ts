import { parseByteSize } from "./byte-size.ts";
import type { Draft } from "./draft.ts";
import type { BlkioItem, BlkioRateField } from "./layer.ts";
import type { BlkioDocument } from "./overlay-document.ts";
import type { BlkioSettings } from "./types.ts";

const byteRateFields = ["device_read_bps", "device_write_bps"] as const;
const ioRateFields = ["device_read_iops", "device_write_iops"] as const;

/** The order `blkio_config` fields merge and print in. */
const blkioFields = ["weight", "weight_device", ...byteRateFields, ...ioRateFields] as const;

/**
 * `blkio_config` taken apart into its `weight` and one item per device entry, so each merges on its
 * own (merge.ts). Byte rates may be sizes (`10mb`); operation rates are integers.
 */
export function blkioEntries(raw: BlkioDocument): Draft<BlkioItem>[] {
  const key = "blkio_config";
  const items: Draft<BlkioItem>[] = [];
  if (raw.weight !== undefined) {
    items.push({ path: [key, "weight"], value: { field: "weight", weight: raw.weight } });
  }
  (raw.weight_device ?? []).forEach(({ path, weight }, i) => {
    const value = { field: "weight_device", device: { path, weight } } as const;
    items.push({ path: [key, "weight_device", i], value });
  });
  for (const field of byteRateFields) {
    (raw[field] ?? []).forEach(({ path, rate }, i) => {
      const bytes = parseByteSize(rate);
      items.push(
        "problem" in bytes
          ? { path: [key, field, i, "rate"], problem: bytes.problem }
          : { path: [key, field, i], value: rateItem(field, path, bytes.value) },
      );
    });
  }
  for (const field of ioRateFields) {
    (raw[field] ?? []).forEach(({ path, rate }, i) => {
      items.push({ path: [key, field, i], value: rateItem(field, path, rate) });
    });
  }
  return items;
}

function rateItem(field: BlkioRateField, path: string, rate: number): BlkioItem {
  return { field, device: { path, rate } };
}

/** Items with one identity are one setting: the weight, or one device in one list. */
export function blkioIdentity(item: BlkioItem): string {
  return item.field === "weight" ? item.field : `${item.field} ${item.device.path}`;
}

/** Origin keys of merged items, after `blkio_config`: `.weight`, `.device_read_bps[0]`. */
export function blkioOriginKeys(items: readonly BlkioItem[]): string[] {
  const counts = new Map<string, number>();
  return items.map((item) => {
    if (item.field === "weight") return ".weight";
    const index = counts.get(item.field) ?? 0;
    counts.set(item.field, index + 1);
    return `.${item.field}[${index}]`;
  });
}

/** Merged items back into one `blkio_config`, fields in schema order, empty lists left out. */
export function blkioSettings(items: readonly BlkioItem[]): BlkioSettings {
  const settings: { -readonly [F in keyof BlkioSettings]: BlkioSettings[F] } = {};
  for (const field of blkioFields) {
    for (const item of items) {
      if (item.field !== field) continue;
      if (item.field === "weight") settings.weight = item.weight;
      else if (item.field === "weight_device") {
        settings.weight_device = [...(settings.weight_device ?? []), item.device];
      } else settings[item.field] = [...(settings[item.field] ?? []), item.device];
    }
  }
  return settings;
}
