import type { Engine, EngineEvent } from "../resolve/index.ts";
import type { EngineReferences } from "./engine-references.ts";
import { describeEvent, eventTargets, needsResolution } from "./event-targets.ts";
import { followEngineEvents } from "./follow-events.ts";

/**
 * Turn the engine's events into rebuild triggers: each event is matched against what every
 * watched bundle references (`references()`, read when the event arrives) and `rebuild` is called
 * per affected bundle with a label naming the event. After the stream was lost and is back, every
 * bundle that references engine objects is rebuilt, since events in between were missed.
 */
export function engineTriggers(
  engine: Engine,
  references: () => ReadonlyMap<string, EngineReferences>,
  rebuild: (dir: string, label: string) => void,
  log: (line: string) => void,
): { close: () => Promise<void> } {
  const onEvent = async (event: EngineEvent): Promise<void> => {
    const refs = references();
    const resolved = needsResolution(event) ? await resolveNames(engine, refs) : undefined;
    const label = `engine: ${describeEvent(event)}`;
    for (const dir of eventTargets(event, refs, resolved)) rebuild(dir, label);
  };
  return followEngineEvents(engine, {
    event: (event) => {
      onEvent(event).catch((cause: unknown) => {
        log(`engine: error: ${cause instanceof Error ? cause.message : String(cause)}`);
      });
    },
    reconnected: () => {
      for (const [dir, refs] of references()) {
        if (refs.imageNames.length + refs.imageIds.length + refs.containerNames.length > 0)
          rebuild(dir, "engine: events were lost for a while");
      }
    },
    log,
  });
}

/** What each watched image name resolves to now (names the engine lacks are left out). */
async function resolveNames(
  engine: Engine,
  refs: ReadonlyMap<string, EngineReferences>,
): Promise<Map<string, string>> {
  const names = new Set([...refs.values()].flatMap((r) => r.imageNames));
  const resolved = new Map<string, string>();
  for (const name of names) {
    const image = await engine.inspectImage(name).catch(() => undefined);
    if (image !== undefined) resolved.set(name, image.Id);
  }
  return resolved;
}
