import { describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/ui/uiText.ts';
import { uiEn } from '../../src/i18n/ui/en.ts';

// A plural form ("{orders|1 order|{orders} orders}") agrees by itself: only what stands outside one is checked.
const outsidePlurals = (text: string) => text.replace(/\{\w+\|(?:[^{}]|\{\w+\})*\}/g, '');

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
    const bare = Object.entries(uiEn).filter(([, text]) => /\{(count|orders|incidents|injects)\} (orders|incidents|injects|times|teams)\b/.test(outsidePlurals(text)));
    expect(bare).toEqual([]);
  });

  it('still finds a bare count before a plural noun beside a plural form that agrees', () => {
    expect(outsidePlurals('with {orders|1 order|{orders} orders} of yours')).toBe('with  of yours');
    expect(outsidePlurals('{count} teams and {orders|1 order|{orders} orders}')).toMatch(/^\{count\} teams/);
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
