// The evaluator's notes reach the review: the end of a hall drill carries them in time order, each at the
// scenario's clock time under its rubric item's name (never its id), in Chinese and in English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EndedMessage } from '../../src/hall/protocol.ts';
import { reviewNotes } from '../../src/server/reviewNotes.ts';
import type { InProcessHall } from '../support/hallInProcess.ts';
import { joinDrill, openDrill, startInProcessHall } from '../support/hallInProcess.ts';
import { scenarioDrill } from '../support/demoDrill.ts';

let hall: InProcessHall;
beforeAll(async () => { hall = await startInProcessHall('review-notes'); });
afterAll(async () => { await hall.stop(); });

const drill = scenarioDrill('scenarios/demo-market-gas-leak.json');

describe('the evaluator\'s notes in the review', () => {
  it('are in time order, at the clock time, under the rubric item\'s names in both languages', () => {
    const notes = reviewNotes(drill, [
      { atS: 600, measure: 'on-time', text: '指挥部11:40前电话报县', by: null },
      { atS: 90, measure: null, text: 'the hall was noisy', by: null },
      { atS: 300, measure: 'no-such-item', text: '派出所出警迅速', by: null },
    ]);
    expect(notes.map((n) => n.zh)).toEqual([
      '11:31:30【未对应评分项】the hall was noisy',
      '11:35:00【未对应评分项】派出所出警迅速',
      '11:40:00【按时限报告（无迟报、瞒报）】指挥部11:40前电话报县',
    ]);
    expect(notes.map((n) => n.en)).toEqual([
      '11:31:30 [no rubric item] the hall was noisy',
      '11:35:00 [no rubric item] 派出所出警迅速',
      '11:40:00 [reports on time (not late, not concealed)] 指挥部11:40前电话报县',
    ]);
    expect(notes[2]).toMatchObject({ atS: 600, clock: '11:40:00', itemZh: '按时限报告（无迟报、瞒报）', itemEn: 'reports on time (not late, not concealed)' });
    expect(JSON.stringify(notes)).not.toContain('no-such-item');
  });

  it('come with the end of a hall drill to everyone in the room', async () => {
    const { director, opened } = await openDrill(hall.url, { scenario: 'demo-market-gas-leak', speed: 60, untilS: 120 });
    const evaluator = await joinDrill(hall.url, opened.pin, { role: 'evaluator', evaluatorKey: opened.evaluatorKey });
    evaluator.send('note', { evaluatorKey: opened.evaluatorKey, atS: 60, measure: 'response-started', text: '指挥长到位' });
    director.send('director', { ref: 1, directorKey: opened.directorKey, command: { kind: 'start' } });
    const ended = await director.next<EndedMessage>('ended');
    expect(ended.notes.map((n) => [n.zh, n.en])).toEqual([['11:31:00【及时启动应急响应】指挥长到位', '11:31:00 [emergency response started in time] 指挥长到位']]);
    expect((await evaluator.next<EndedMessage>('ended')).notes).toEqual(ended.notes);
  }, 60_000);
});
