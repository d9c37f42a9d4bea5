import { STOP_SIGNAL_ANNOTATION } from "../contract/index.ts";

/**
 * The signal `runc kill` should send to stop a bundle's container, from its config.json
 * annotations: `SIGTERM`, `term` and `15` are all accepted (runc takes a bare name or a number);
 * absent or unreadable → `TERM`, as Docker does.
 */
export function stopSignal(annotations: Readonly<Record<string, string>> | undefined): string {
  return normalizeSignal(annotations?.[STOP_SIGNAL_ANNOTATION]) ?? "TERM";
}

/** A signal as runc kill takes it (`TERM`, `RTMIN+3`, `15`), or undefined when it is not one. */
export function normalizeSignal(signal: string | undefined): string | undefined {
  if (signal === undefined) return undefined;
  const trimmed = signal.trim();
  if (/^\d+$/.test(trimmed)) {
    const number = Number(trimmed);
    return number >= 1 && number <= 64 ? String(number) : undefined;
  }
  const upper = trimmed.toUpperCase();
  const name = upper.startsWith("SIG") ? upper.slice(3) : upper;
  return /^[A-Z][A-Z0-9]*([+-]\d+)?$/.test(name) ? name : undefined;
}
