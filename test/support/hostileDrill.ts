// The market gas-leak demo with scenario text written to break spreadsheets and documents: formulas, commas,
// quotes, line breaks and markup in the incident's title and an inject's message.
import { readFileSync } from 'node:fs';
import type { Drill } from '../../src/sim/index.ts';
import { formatProblems, loadDrill } from '../../src/sim/index.ts';
import { readWith } from './demoDrill.ts';

export const hostilePath = 'scenarios/demo-market-gas-leak.json';
export const hostileIncidentTitle = '=HYPERLINK("http://evil.example","点我"),泄漏';
export const hostileInjectMessage = '110转警："后厨"有气味，\n有人头晕，<script>alert(1)</script>';

export function hostileDrill(): Drill {
  const scenario = JSON.parse(readFileSync(hostilePath, 'utf8')) as { incidents: { titleZh: string; titleEn: string }[]; injects: { messageZh: string; messageEn: string }[] };
  scenario.incidents[0]!.titleZh = hostileIncidentTitle;
  scenario.incidents[0]!.titleEn = hostileIncidentTitle;
  scenario.injects[0]!.messageZh = hostileInjectMessage;
  scenario.injects[0]!.messageEn = hostileInjectMessage;
  const loaded = loadDrill(hostilePath, readWith({ [hostilePath]: JSON.stringify(scenario) }));
  if (!loaded.ok) throw new Error(formatProblems(loaded.problems));
  return loaded.value;
}
