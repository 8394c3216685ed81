// Ids reach a person only through the content's names: an inject by its message, a unit by its name.
import { describe, expect, it } from 'vitest';
import { contentName } from '../../src/i18n/contentName.ts';
import { describeEvent } from '../../src/i18n/describeEvent.ts';
import { refusalText } from '../../src/i18n/refusalText.ts';
import { give, refuse, tinySimulation } from '../support/tinySimulation.ts';

describe('the feed and the refusals', () => {
  it('name a skipped or deferred inject by its message, never by its id', () => {
    const sim = tinySimulation();
    const message = sim.world.drill.scenario.injects.find((i) => i.id === 'first-call')!;
    const [skipped] = give(sim, { type: 'skipInject', by: 'facilitator', inject: 'first-call' });
    expect(describeEvent(sim.world, skipped!, 'zh')).toContain(message.messageZh);
    expect(describeEvent(sim.world, skipped!, 'en')).not.toContain('first-call');
    const again = refuse(sim, { type: 'skipInject', by: 'facilitator', inject: 'first-call' });
    expect(refusalText(sim.world, 'en', again)).toContain(message.messageEn);
  });
});

describe('a warning in the English feed', () => {
  it('reads as English around the words the warner chose, quoted as given', () => {
    const sim = tinySimulation();
    const [issued] = give(sim, { type: 'issueWarning', by: 'command-post', colour: 'orange', to: 'township', message: '注意防汛' });
    expect(describeEvent(sim.world, issued!, 'en')).toBe('township command post warned the whole township (orange): “注意防汛”');
  });
});

describe('an incident added during a drill whose record is not at hand', () => {
  it('reads as a numbered added incident in either language, never as its id', () => {
    const sim = tinySimulation();
    const name = contentName(sim.world, 'curveball-2');
    expect(name.zh).toBe('演练中临时加入的险情（第 2 个）');
    expect(name.en).toBe('incident added during the drill (no. 2)');
  });
});
