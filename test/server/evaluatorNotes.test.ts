// The evaluators' notes reach the review: the end of a hall drill carries them to the director and the evaluators in
// time order, each at the scenario's clock time under its rubric item's name (never its id), with the evaluator who
// noted it, in Chinese and in English — and no team seat or projector is ever sent one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EndedMessage, WelcomeMessage } from '../../src/hall/protocol.ts';
import { reviewNotes } from '../../src/hall/reviewNotes.ts';
import type { InProcessHall } from '../support/hallInProcess.ts';
import { joinDrill, openDrill, startInProcessHall } from '../support/hallInProcess.ts';
import { scenarioDrill } from '../support/demoDrill.ts';

let hall: InProcessHall;
beforeAll(async () => { hall = await startInProcessHall('review-notes'); });
afterAll(async () => { await hall.stop(); });

const drill = scenarioDrill('scenarios/demo-market-gas-leak.json');

describe('the evaluators\' notes in the review', () => {
  it('are in time order, at the clock time, under the rubric item\'s names, by their evaluator, in both languages', () => {
    const notes = reviewNotes(drill, [
      { atS: 600, measure: 'on-time', text: '指挥部11:40前电话报县', by: '王评估' },
      { atS: 90, measure: null, text: 'the hall was noisy', by: null },
      { atS: 300, measure: 'no-such-item', text: '派出所出警迅速', by: 'Li' },
      { atS: 300, measure: 'responseLevelSet', text: '启动IV级响应', by: 'Li' },
    ]);
    expect(notes.map((n) => n.zh)).toEqual([
      '11:31:30【未对应评分项】评估组：the hall was noisy',
      '11:35:00【未对应评分项】Li：派出所出警迅速',
      '11:35:00【及时启动应急响应】Li：启动IV级响应',
      '11:40:00【按时限报告（无迟报、瞒报）】王评估：指挥部11:40前电话报县',
    ]);
    expect(notes.map((n) => n.en)).toEqual([
      '11:31:30 [no rubric item] evaluator: the hall was noisy',
      '11:35:00 [no rubric item] Li: 派出所出警迅速',
      '11:35:00 [emergency response started in time] Li: 启动IV级响应',
      '11:40:00 [reports on time (not late, not concealed)] 王评估: 指挥部11:40前电话报县',
    ]);
    expect(notes[3]).toMatchObject({ atS: 600, clock: '11:40:00', itemZh: '按时限报告（无迟报、瞒报）', itemEn: 'reports on time (not late, not concealed)', by: '王评估' });
    expect(JSON.stringify(notes)).not.toMatch(/no-such-item|responseLevelSet/);
  });

  it('come with the end of a hall drill to the director and the evaluators, and never to a team seat or the projector', async () => {
    const { director, opened } = await openDrill(hall.url, { scenario: 'demo-market-gas-leak', speed: 60, untilS: 120 });
    const evaluator = await joinDrill(hall.url, opened.pin, { role: 'evaluator', evaluatorKey: opened.evaluatorKey, label: '王评估' });
    const seat = await joinDrill(hall.url, opened.pin, { role: 'seat', team: 'command-post' });
    const projector = await joinDrill(hall.url, opened.pin, { role: 'projector' });
    evaluator.send('note', { evaluatorKey: opened.evaluatorKey, atS: 60, measure: 'response-started', text: '指挥长到位' });
    evaluator.send('note', { evaluatorKey: opened.evaluatorKey, atS: 90, text: '会场秩序良好', by: 'Li' });
    await director.next<{ notes: unknown[] }>('director.view', (v) => v.notes.length === 2);
    director.send('director', { ref: 1, directorKey: opened.directorKey, command: { kind: 'start' } });
    const ended = await director.next<EndedMessage>('ended');
    expect(ended.notes.map((n) => [n.zh, n.en])).toEqual([
      ['11:31:00【及时启动应急响应】王评估：指挥长到位', '11:31:00 [emergency response started in time] 王评估: 指挥长到位'],
      ['11:31:30【未对应评分项】Li：会场秩序良好', '11:31:30 [no rubric item] Li: 会场秩序良好'],
    ]);
    expect((await evaluator.next<EndedMessage>('ended')).notes).toEqual(ended.notes);
    // The seat and the projector hear that the drill ended, with its score, and not one word of a note.
    expect((await seat.next<EndedMessage>('ended')).notes).toEqual([]);
    expect((await projector.next<EndedMessage>('ended')).notes).toEqual([]);
    for (const frames of [seat.received, projector.received]) {
      expect(frames.length).toBeGreaterThan(1);
      expect(JSON.stringify(frames)).not.toMatch(/指挥长到位|会场秩序良好|王评估/);
    }
  }, 60_000);

  it('are told again, with the end, to a director who reloads after the drill ended, and a seat back on its phone hears the end without them', async () => {
    const { director, opened } = await openDrill(hall.url, { scenario: 'demo-market-gas-leak', speed: 60, untilS: 60 });
    const seat = await joinDrill(hall.url, opened.pin, { role: 'seat', team: 'command-post' });
    const { seatToken } = await seat.next<WelcomeMessage>('welcome');
    const evaluator = await joinDrill(hall.url, opened.pin, { role: 'evaluator', evaluatorKey: opened.evaluatorKey });
    evaluator.send('note', { evaluatorKey: opened.evaluatorKey, atS: 30, text: '指挥长到位', by: 'Li' });
    await director.next<{ notes: unknown[] }>('director.view', (v) => v.notes.length === 1);
    director.send('director', { ref: 1, directorKey: opened.directorKey, command: { kind: 'start' } });
    const ended = await director.next<EndedMessage>('ended');
    await seat.next<EndedMessage>('ended');
    await seat.room.leave();
    await director.room.leave();
    // The evaluator stays: a room is let go once nobody is left in it after the end.

    const reloaded = await joinDrill(hall.url, opened.pin, { role: 'director', directorKey: opened.directorKey });
    expect(await reloaded.next<EndedMessage>('ended')).toEqual(ended);
    expect(ended.notes.map((n) => n.zh)).toEqual(['11:30:30【未对应评分项】Li：指挥长到位']);
    const phone = await joinDrill(hall.url, opened.pin, { role: 'seat', seatToken });
    const told = await phone.next<EndedMessage>('ended');
    expect(told).toEqual({ ...ended, notes: [] });
  }, 60_000);
});
