import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../src/sim/index.ts';
import { missingReportElements, reportPrefill, timeOfDay } from '../../../src/ui/forms/reportPrefill.ts';
import { scenarioDrill } from '../../support/demoDrill.ts';

const firePath = 'scenarios/demo-elder-home-fire.json';

/** The elder-home fire run until 应急办 (yingjiban), its discoverer, knows of it. */
function fireKnown() {
  const drill = scenarioDrill(firePath);
  const sim = createSimulation(drill);
  for (let i = 0; i < 240 && !sim.snapshot().incidents.some((x) => x.discoveredS !== null); i++) sim.advance(30);
  const incident = sim.snapshot().incidents.find((x) => x.discoveredS !== null)!;
  return { drill, sim, incident };
}

describe('the report form starts where the team left off', () => {
  it('starts a first report at the time the team came to know of the incident, with nothing else filled', () => {
    const { sim, incident } = fireKnown();
    const view = sim.viewOf('yingjiban');
    const p = reportPrefill(view, incident.id);
    expect(p.kind).toBe('initial');
    expect(p.elements).toEqual({});
    expect(p.occurredAtS).toBe(view.incidents.find((i) => i.id === incident.id)!.knownSinceS);
    expect(p.occurredAtS).toBeGreaterThan(incident.startedS!);
    expect(reportPrefill(sim.viewOf('facilitator'), incident.id).occurredAtS).toBe(incident.startedS);
  });

  it('starts a team that knows nothing of the incident at the present moment', () => {
    const { sim, incident } = fireKnown();
    expect(reportPrefill(sim.viewOf('paichusuo'), incident.id).occurredAtS).toBe(sim.timeS());
  });

  it("starts a follow-up from the team's last report on the incident, not another team's", () => {
    const { sim, incident } = fireKnown();
    const elements = { unit: '敬老院', place: '镇东', occurredAtS: incident.startedS ?? 0, casualties: { deaths: 0, injured: 2, missing: 1 } };
    expect(sim.dispatch({ type: 'fileReport', by: 'yingjiban', kind: 'initial', incident: incident.id, elements }).ok).toBe(true);
    const p = reportPrefill(sim.viewOf('yingjiban'), incident.id);
    expect(p.kind).toBe('followUp');
    expect(p.elements).toEqual(elements);
    expect(reportPrefill(sim.viewOf('weishengyuan'), incident.id).kind).toBe('initial');
  });

  it('writes the time of day in 24 hours', () => {
    expect(timeOfDay('2025-07-01T13:00', 25 * 60)).toBe('13:25');
    expect(timeOfDay('2025-07-01T23:50', 20 * 60)).toBe('00:10');
  });

  it('names the required elements a report leaves out, and not the optional "other"', () => {
    expect(missingReportElements({ unit: 'x', occurredAtS: 0, place: 'p', scene: 's', course: 'c', measures: 'm', casualties: { deaths: 0, injured: 0, missing: 0 } })).toEqual(['estimatedLossYuan']);
    expect(missingReportElements({})).toContain('occurredAtS');
  });
});
