import { basicScenarios } from "./scenarios/basics.ts";
import { combinationScenarios, lifecycleScenarios } from "./scenarios/combinations.ts";
import { deviceScenarios } from "./scenarios/devices.ts";
import { mountScenarios } from "./scenarios/mounts.ts";
import { namespaceScenarios } from "./scenarios/namespaces.ts";
import { networkScenarios } from "./scenarios/network.ts";
import { resourceScenarios } from "./scenarios/resources.ts";
import { securityScenarios } from "./scenarios/security.ts";
import { userScenarios } from "./scenarios/users.ts";
import type { Scenario } from "./scenario.ts";

export type { Donor, Scenario } from "./scenario.ts";

/** Every differential scenario, by area (the area names the summary and the test titles use). */
export const scenarioAreas: Readonly<Record<string, readonly Scenario[]>> = {
  basics: basicScenarios,
  users: userScenarios,
  security: securityScenarios,
  mounts: mountScenarios,
  devices: deviceScenarios,
  resources: resourceScenarios,
  namespaces: namespaceScenarios,
  network: networkScenarios,
  lifecycle: lifecycleScenarios,
  combinations: combinationScenarios,
};

export const scenarios: readonly Scenario[] = Object.values(scenarioAreas).flat();
