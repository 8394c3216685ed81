import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../src/sim/index.ts';
import { dispatchNotice } from '../../../src/ui/selection/dispatchOutcome.ts';
import { scenarioDrill } from '../../support/demoDrill.ts';
import { tellEveryone } from '../../support/toldEveryone.ts';

describe('sending a unit', () => {
  const drill = scenarioDrill('scenarios/demo-xiling-grassland-fire.json');
  const sim = createSimulation(drill);
  sim.advance(1200);
  const fire = sim.snapshot().incidents[0]!.id;
  tellEveryone(sim, fire);
  const send = (unit: string) => sim.dispatch({ type: 'dispatchUnit', by: 'command-post', unit, to: { incident: fire } });

  it('cautions at once when the unit is over an hour away on foot (the police auxiliaries to the grass fire)', () => {
    const notice = dispatchNotice(send('pcs-auxiliary'), 'zh', '辅警队');
    expect(notice?.caution).toBe(true);
    expect(notice?.text).toContain('79分钟');
    expect(notice?.text).toContain('就近力量');
  });

  it('says when a near unit will arrive, without a caution', () => {
    const notice = dispatchNotice(send('pcs-car-1'), 'en', 'patrol car 1');
    expect(notice).toEqual({ caution: false, text: 'patrol car 1 sent, due in 9 min' });
  });

  it('says nothing of arrival for a refused order', () => {
    expect(dispatchNotice(sim.dispatch({ type: 'dispatchUnit', by: 'hetan', unit: 'pcs-car-2', to: { incident: fire } }), 'zh', 'x')).toBeNull();
  });
});
