import { EnvironmentError } from "./rbc-error.ts";

/**
 * A bind's source does not exist and the overlay does not let rbc create it: a long-syntax
 * `type: bind` without `bind.create_host_path: true`, which Docker refuses the same way
 * (`--mount`: "bind source path does not exist", volume/mounts linux_parser.go) (exit 3).
 */
export class BindSourceMissingError extends EnvironmentError {
  constructor(source: string, destination: string) {
    super(
      "BIND_SOURCE_MISSING",
      `bind source path does not exist: ${source} (mounted at ${destination}); create it, or set bind.create_host_path: true`,
    );
  }
}
