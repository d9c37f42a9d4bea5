import { constants } from "node:fs";
import { access } from "node:fs/promises";

/** Whether `path` is a file this process may execute (runc, a CNI plugin). */
export async function isExecutable(path: string): Promise<boolean> {
  return access(path, constants.X_OK).then(
    () => true,
    () => false,
  );
}
