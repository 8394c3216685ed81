import { describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/ui/uiText.ts';
import { uiEn } from '../../src/i18n/ui/en.ts';

describe('English counts agree with their noun', () => {
  it('says "1 incident" and "1 inject" but "2 incidents" on the home screen', () => {
    const one = ui('en', 'home.meta', { date: 'd', duration: 'x', incidents: 1, injects: 1 });
    expect(one).toContain('1 incident ·');
    expect(one).toMatch(/1 inject$/);
    expect(ui('en', 'home.meta', { date: 'd', duration: 'x', incidents: 2, injects: 0 })).toContain('2 incidents · 0 injects');
  });

  it('says "1 order" in the review\'s toll', () => {
    const toll = ui('en', 'review.toll', { dead: 0, injured: 0, missing: 0, moved: 1, vulnerable: 0, orders: 1, refused: 0 });
    expect(toll).toContain('1 order,');
    expect(toll).toContain('1 person moved out');
  });

  it('leaves no English message with a number before a plural noun that cannot agree', () => {
    const bare = Object.entries(uiEn).filter(([, text]) => /\{(count|orders|incidents|injects)\} (orders|incidents|injects|times|teams)\b/.test(text));
    expect(bare).toEqual([]);
  });

  it('keeps Chinese, which has no plural, untouched', () => {
    expect(ui('zh', 'home.meta', { date: 'd', duration: 'x', incidents: 1, injects: 1 })).not.toContain('|');
  });
});

describe('a plural form may hold the count itself', () => {
  it('asks to delete "the only rehearsal" or "all 3 rehearsals"', () => {
    expect(ui('en', 'rehearsals.deleteScenarioConfirm', { count: 1, title: 'T' })).toContain('Delete the only rehearsal of');
    expect(ui('en', 'rehearsals.deleteScenarioConfirm', { count: 3, title: 'T' })).toContain('Delete all 3 rehearsals of');
  });
});
