import { describe, expect, it } from 'vitest';
import { describeEvent } from '../../../src/i18n/describeEvent.ts';
import { createSimulation } from '../../../src/sim/index.ts';
import { withoutEchoes } from '../../../src/ui/panels/feedEchoes.ts';
import { scenarioDrill } from '../../support/demoDrill.ts';

describe('the event feed', () => {
  const drill = scenarioDrill('scenarios/demo-xiling-grassland-fire.json');
  const sim = createSimulation(drill);
  sim.advance(drill.scenario.durationS);
  const events = sim.record().events;
  const shown = withoutEchoes(events);

  it('says a phase change once, not again as a notice in the same second (火线逼近村庄 / 火线逼近村庄或设施)', () => {
    const threatened = events.filter((e) => e.type === 'incident.notice' && e.notice === 'villageThreatened');
    expect(threatened.length).toBeGreaterThan(0);
    const lines = shown.map((e) => describeEvent(sim.world, e, 'zh'));
    expect(lines.some((l) => l.includes('火线逼近村庄或设施'))).toBe(false);
    expect(lines.some((l) => l.includes('火线逼近村庄'))).toBe(true);
  });

  it('keeps every other line', () => {
    expect(events.length - shown.length).toBe(events.filter((e) => e.type === 'incident.notice').length - shown.filter((e) => e.type === 'incident.notice').length);
    expect(shown.filter((e) => e.type !== 'incident.notice')).toEqual(events.filter((e) => e.type !== 'incident.notice'));
  });
});
