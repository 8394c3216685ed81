// @vitest-environment happy-dom
// A seat's incident card shows what the team knows: an incident it knows is over is greyed out and says so in words,
// and its reports tab lists what each report stated of the incident.
import { describe, expect, it } from 'vitest';
import type { IncidentView, TeamView } from '../../../src/sim/index.ts';
import { buildWorld } from '../../../src/sim/index.ts';
import { SeatDesk } from '../../../src/ui/seat/SeatDesk.ts';
import type { CardContext } from '../../../src/ui/seat/seatCards.ts';
import { incidentCard } from '../../../src/ui/seat/seatCards.ts';
import type { SeatSource } from '../../../src/ui/seat/seatSource.ts';
import { tabContent } from '../../../src/ui/seat/seatTabs.ts';
import { scenarioDrill } from '../../support/demoDrill.ts';
import { teamViewOf } from '../../support/teamViewOf.ts';

const fire = 'xiling-grass-fire';
const drill = scenarioDrill('scenarios/demo-xiling-grassland-fire.json');

function cardContext(view: TeamView): CardContext {
  const source: SeatSource = {
    drill, world: buildWorld(drill), team: view.team, view: () => view, running: () => false, connection: () => 'connected',
    give: () => Promise.resolve({ ok: true } as never), subscribe: () => () => {}, leave: () => {},
  };
  return { desk: new SeatDesk(source, () => 'zh'), view, lang: 'zh', give: () => {} };
}

const known = (parts: Partial<IncidentView>): TeamView => {
  const view = teamViewOf('command-post', { incidents: [{ id: fire, knownSinceS: 300 }] });
  return { ...view, incidents: view.incidents.map((i) => ({ ...i, ...parts })) };
};

describe("a seat's incident card", () => {
  it('greys out an incident the team knows is over, and says it is over', () => {
    const view = known({ phase: 'extinguished', ended: true, endedS: 3600, toldBy: 'shangling' });
    const over = incidentCard(cardContext(view), view.incidents[0]!);
    expect(over.getAttribute('data-status')).toBe('ended');
    expect(over.classList.contains('ended')).toBe(true);
    expect(over.textContent).toContain('彻底熄灭（事件已结束）');
  });

  it('shows a burning fire as burning', () => {
    const view = known({ phase: 'spreading' });
    const card = incidentCard(cardContext(view), view.incidents[0]!);
    expect(card.getAttribute('data-status')).toBe('active');
    expect(card.textContent).toContain('火势蔓延');
    expect(card.textContent).not.toContain('事件已结束');
  });
});

describe("a seat's reports tab", () => {
  it('lists a 续报 with the state of the incident it stated', () => {
    const view: TeamView = { ...known({}), orders: [{ atS: 900, order: { type: 'fileReport', by: 'command-post', kind: 'followUp', incident: fire, elements: {}, phase: 'extinguished' }, rejected: null }] };
    const ctx = cardContext(view);
    const text = tabContent('reports', ctx, ctx.desk.world).map((c) => (c instanceof Node ? c.textContent : String(c))).join(' ');
    expect(text).toContain('续报');
    expect(text).toContain('事件进展：彻底熄灭（事件已结束）');
  });
});
