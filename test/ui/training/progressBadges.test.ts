// @vitest-environment happy-dom
// The self-training catalog's progress slots: each micro-drill row shows the best and last score and how it was
// passed, the suggested drill carries the "next" marker with why, and words come in the page's language.
import { describe, expect, it } from 'vitest';
import { progressByDrill } from '../../../src/training/drillProgress.ts';
import type { MicroDrill } from '../../../src/training/nextDrill.ts';
import type { TrainingAttempt } from '../../../src/training/trainingAttempt.ts';
import { fillProgress } from '../../../src/ui/training/progressBadges.ts';

const drills: MicroDrill[] = [
  { id: 'reporter-grass-fire-shangling', role: 'informationReporter', team: 'shangling', factors: ['fire'] },
  { id: 'reporter-coal-stove-co-beishan', role: 'informationReporter', team: 'beishan', factors: ['poisoning'] },
  { id: 'militia-flood-elderly-liuwan', role: 'militiaLeader', team: 'liuwan', factors: ['flood'] },
];

const attempt = (scenarioId: string, scorePercent: number, passed: boolean, mode: 'coached' | 'test', finishedAtIso: string): TrainingAttempt =>
  ({ scenarioId, role: 'shangling', scorePercent, passed, mode, finishedAtIso, record: {} });

/** A catalog as the self-training screen lays it out: one row per micro-drill, each with its progress slot. */
function catalog(lang: string): HTMLElement {
  const root = document.createElement('section');
  root.setAttribute('lang', lang);
  for (const d of drills) {
    const row = document.createElement('div');
    row.className = 'row';
    row.append(Object.assign(document.createElement('h3'), { textContent: d.id }));
    const slot = document.createElement('div');
    slot.dataset.progressFor = d.id;
    row.append(slot);
    root.append(row);
  }
  document.body.replaceChildren(root);
  return root;
}

const slotOf = (root: HTMLElement, id: string) => root.querySelector<HTMLElement>(`[data-progress-for="${id}"]`)!;
const fire = 'reporter-grass-fire-shangling';
const stove = 'reporter-coal-stove-co-beishan';

describe('the progress slots of the self-training catalog', () => {
  it('shows the best and last score of a drill tried, how it was passed, and “not tried yet” on the others', async () => {
    const attempts = [attempt(fire, 92, true, 'coached', '2026-12-05T10:00:00Z'), attempt(fire, 55, false, 'test', '2026-12-06T10:00:00Z')];
    const root = catalog('zh-CN');
    await fillProgress(root, { drills, read: () => Promise.resolve({ attempts, progress: progressByDrill(attempts), problems: [] }) });
    expect(slotOf(root, fire).querySelector('[data-testid="progress-scores"]')!.textContent).toBe('最好 92 分 · 最近 55 分 · 共 2 次');
    expect(slotOf(root, fire).querySelector('[data-testid="progress-pass"]')!.textContent).toBe('有提示时通过');
    expect(slotOf(root, stove).textContent).toContain('尚未练习');
    expect(slotOf(root, stove).querySelector('[data-testid="progress-pass"]')).toBeNull();
  });

  it('marks the suggested drill “next” with why, in English on an English page, and only that one', async () => {
    const attempts = [attempt(fire, 90, true, 'test', '2026-12-05T10:00:00Z')];
    const root = catalog('en');
    await fillProgress(root, { drills, read: () => Promise.resolve({ attempts, progress: progressByDrill(attempts), problems: [] }) });
    expect(root.querySelectorAll('[data-next="true"]')).toHaveLength(1);
    expect(slotOf(root, stove).dataset.next).toBe('true');
    expect(slotOf(root, stove).querySelector('[data-testid="progress-next"]')!.textContent)
      .toBe('Next · not yet done in your role · trains a factor you have not trained: poisoning');
    expect(slotOf(root, fire).querySelector('[data-testid="progress-pass"]')!.textContent).toBe('passed in a test');
    expect(slotOf(root, fire).textContent).toContain('best 90 · last 90 · 1 attempt');
  });

  it('moves the marker when filled again after another attempt, and leaves the slots empty when progress could not be read', async () => {
    const root = catalog('zh-CN');
    const first = [attempt(fire, 90, true, 'test', '2026-12-05T10:00:00Z')];
    await fillProgress(root, { drills, read: () => Promise.resolve({ attempts: first, progress: progressByDrill(first), problems: [] }) });
    const second = [...first, attempt(stove, 40, false, 'test', '2026-12-06T10:00:00Z')];
    await fillProgress(root, { drills, read: () => Promise.resolve({ attempts: second, progress: progressByDrill(second), problems: [] }) });
    expect(root.querySelectorAll('[data-next="true"]')).toHaveLength(1);
    expect(slotOf(root, stove).querySelector('[data-testid="progress-next"]')!.textContent).toBe('下一个推荐 · 上次没有通过，再练一次');
    const unread = catalog('zh-CN');
    await fillProgress(unread, { drills, read: () => Promise.resolve(null) });
    expect(slotOf(unread, fire).childElementCount).toBe(0);
  });

  it('tells the trainee when kept attempts are damaged, naming them, and shows the rest', async () => {
    const attempts = [attempt(fire, 90, true, 'test', '2026-12-05T10:00:00Z')];
    const root = catalog('zh-CN');
    await fillProgress(root, { drills, read: () => Promise.resolve({ attempts, progress: progressByDrill(attempts), problems: ['training attempt #2: scorePercent: Too big'] }) });
    expect(document.querySelector('[data-testid="training-progress-alert"]')!.textContent).toContain('有 1 条训练记录已损坏，已略过：training attempt #2: scorePercent');
    expect(slotOf(root, fire).textContent).toContain('最好 90 分');
  });
});
