// A refusal reads the same, in full, wherever it is shown: live under the control and later from the record.
import { describe, expect, it } from 'vitest';
import { recordedRefusalText, refusalText } from '../../src/i18n/refusalText.ts';
import { refuse, tinySimulation } from '../support/tinySimulation.ts';

describe('a refused order', () => {
  it('names the unit and the team by their names, live and in the review, with nothing elided', () => {
    const sim = tinySimulation();
    const refused = refuse(sim, { type: 'dispatchUnit', by: 'alpha', unit: 'beta-militia', to: { place: 'alpha' } });
    const live = refusalText(sim.world, 'zh', refused);
    expect(live).toBe('beta-militia队不归alpha中文指挥（需指挥部调配）');
    const recorded = sim.record().orders.at(-1)!;
    expect(recordedRefusalText(sim.world, 'zh', recorded)).toBe(live);
    expect(recordedRefusalText(sim.world, 'en', recorded)).not.toContain('…');
  });

  it('words a response level and a county force in the reader\'s language', () => {
    const sim = tinySimulation();
    expect(refusalText(sim.world, 'en', refuse(sim, { type: 'setResponseLevel', by: 'command-post', level: 'none' }))).toBe('the response is already at no response');
    expect(refusalText(sim.world, 'zh', refuse(sim, { type: 'requestCountySupport', by: 'command-post', force: 'medical' }))).toContain('急救力量');
  });

  it('still reads when a record kept before its particulars were recorded has only the code', () => {
    const sim = tinySimulation();
    refuse(sim, { type: 'recallUnit', by: 'command-post', unit: 'office-team' });
    const { refusalParams: _dropped, ...old } = sim.record().orders.at(-1)!;
    expect(recordedRefusalText(sim.world, 'zh', old)).toBe('（未记录）已在驻地');
    expect(recordedRefusalText(sim.world, 'en', old)).not.toMatch(/[{}…]/);
  });
});
