// @vitest-environment happy-dom
// Keeping an attempt on a device whose browser will not store it: the trainee is told at once, on whatever screen,
// and offered the attempt as a file for the facilitator instead; the call itself never rejects.
import { describe, expect, it } from 'vitest';
import type { TrainingAttempt } from '../../../src/ui/training/progressStore.ts';
import { readTrainingProgress, saveTrainingAttempt } from '../../../src/ui/training/progressStore.ts';

const attempt: TrainingAttempt = {
  scenarioId: 'reporter-grass-fire-shangling', role: 'shangling', scorePercent: 80, passed: true, mode: 'coached',
  finishedAtIso: '2026-12-07T10:00:00.000Z', record: {},
};

describe('keeping an attempt when the device refuses storage', () => {
  it('tells the trainee at once in the page’s language and offers to export the attempt', async () => {
    expect(typeof indexedDB).toBe('undefined'); // this browser (happy-dom) has no IndexedDB: as a locked-down phone
    document.documentElement.lang = 'zh-CN';
    await expect(saveTrainingAttempt(attempt)).resolves.toBeUndefined();
    const alert = document.querySelector('[data-testid="training-progress-alert"]');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(alert?.textContent).toContain('这台设备的浏览器不允许保存训练进度');
    expect(alert?.textContent).toContain('刚完成的这次训练可以先导出成文件');
    expect(alert?.querySelector('[data-testid="progress-export-button"]')?.textContent).toBe('导出这次训练');
  });

  it('tells the trainee when the progress cannot be read, and gives nothing to show', async () => {
    document.body.replaceChildren();
    document.documentElement.lang = 'en';
    expect(await readTrainingProgress()).toBeNull();
    expect(document.querySelector('[data-testid="training-progress-alert"]')?.textContent).toContain('This browser does not allow training progress to be kept');
    expect(document.querySelector('[data-testid="progress-export-button"]')).toBeNull();
  });
});
