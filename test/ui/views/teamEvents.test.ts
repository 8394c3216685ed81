// A team's feed carries its own messages, its orders' outcomes and what happens at the incidents it knows — never
// another team's inject, the truth's toll, or an incident before the team knew of it.
import { describe, expect, it } from 'vitest';
import type { SimEvent } from '../../../src/sim/index.ts';
import { teamSeesEvent } from '../../../src/ui/views/teamEvents.ts';
import { teamViewOf } from '../../support/teamViewOf.ts';

const event = (e: Record<string, unknown>): SimEvent => e as unknown as SimEvent;
const station = teamViewOf('linchaozhan', { incidents: [{ id: 'fire', knownSinceS: 300 }], units: ['lcz-firecrew'] });

describe("a team's feed", () => {
  it('carries the injects delivered to the team and not those delivered to another', () => {
    expect(teamSeesEvent(station, event({ type: 'inject.delivered', inject: 'smoke', to: 'linchaozhan', timeS: 10 }))).toBe(true);
    expect(teamSeesEvent(station, event({ type: 'inject.delivered', inject: 'smell', to: 'paichusuo', timeS: 10 }))).toBe(false);
  });

  it("shows an incident's phase only from when the team knew of it, and never the true toll", () => {
    expect(teamSeesEvent(station, event({ type: 'incident.phaseChanged', incident: 'fire', from: null, to: 'spreading', timeS: 200 }))).toBe(false);
    expect(teamSeesEvent(station, event({ type: 'incident.phaseChanged', incident: 'fire', from: 'spreading', to: 'crowning', timeS: 320 }))).toBe(true);
    expect(teamSeesEvent(station, event({ type: 'incident.casualties', incident: 'fire', deadCount: 1, injuredCount: 0, seriousInjuredCount: 0, missingCount: 0, timeS: 320 }))).toBe(false);
  });

  it('tells a team an incident is over only once the team knows it ended', () => {
    const over = event({ type: 'incident.ended', incident: 'fire', timeS: 3060 });
    expect(teamSeesEvent(station, over)).toBe(false);
    const seenOut = { ...station, incidents: station.incidents.map((i) => ({ ...i, ended: true, endedS: 3060 })) };
    expect(teamSeesEvent(seenOut, over)).toBe(true);
  });

  it('tells a team told later that the fire is out when it learns it, not when the fire went out', () => {
    const toldLater = { ...station, incidents: station.incidents.map((i) => ({ ...i, phase: 'extinguished', ended: true, endedS: 3600 })) };
    expect(teamSeesEvent(toldLater, event({ type: 'incident.phaseChanged', incident: 'fire', from: 'watch', to: 'extinguished', timeS: 3060 }))).toBe(false);
    expect(teamSeesEvent(toldLater, event({ type: 'incident.ended', incident: 'fire', timeS: 3060 }))).toBe(false);
    expect(teamSeesEvent(toldLater, event({ type: 'knowledge.gained', team: 'linchaozhan', incident: 'fire', via: 'report', from: 'shangling', phase: 'extinguished', casualties: null, lossYuan: null, timeS: 3600 }))).toBe(true);
  });

  it('shows the fire going out to a team that sees it go out, and its course before the end to a team that knows it', () => {
    const stillBurning = station;
    expect(teamSeesEvent(stillBurning, event({ type: 'incident.phaseChanged', incident: 'fire', from: 'spreading', to: 'contained', timeS: 1500 }))).toBe(true);
    expect(teamSeesEvent(stillBurning, event({ type: 'incident.phaseChanged', incident: 'fire', from: 'watch', to: 'extinguished', timeS: 3060 }))).toBe(false);
    const sawIt = { ...station, incidents: station.incidents.map((i) => ({ ...i, phase: 'extinguished', ended: true, endedS: 3060 })) };
    expect(teamSeesEvent(sawIt, event({ type: 'incident.phaseChanged', incident: 'fire', from: 'watch', to: 'extinguished', timeS: 3060 }))).toBe(true);
  });

  it('carries what the team itself learnt and its own units, not what another team learnt or moved', () => {
    expect(teamSeesEvent(station, event({ type: 'knowledge.gained', team: 'linchaozhan', incident: 'fire', via: 'sight', from: null, phase: null, casualties: null, lossYuan: null, timeS: 300 }))).toBe(true);
    expect(teamSeesEvent(station, event({ type: 'knowledge.gained', team: 'command-post', incident: 'fire', via: 'report', from: 'linchaozhan', phase: null, casualties: null, lossYuan: null, timeS: 300 }))).toBe(false);
    expect(teamSeesEvent(station, event({ type: 'unit.arrived', unit: 'lcz-firecrew', target: { incident: 'fire' }, timeS: 400 }))).toBe(true);
    expect(teamSeesEvent(station, event({ type: 'unit.arrived', unit: 'psz-car', target: { incident: 'fire' }, timeS: 400 }))).toBe(false);
  });

  it('shows the facilitator everything', () => {
    expect(teamSeesEvent(teamViewOf('facilitator'), event({ type: 'incident.casualties', incident: 'fire', deadCount: 1, injuredCount: 0, seriousInjuredCount: 0, missingCount: 0, timeS: 1 }))).toBe(true);
  });
});
