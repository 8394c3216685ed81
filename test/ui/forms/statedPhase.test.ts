// @vitest-environment happy-dom
// The report and call forms offer the state of the incident as words — the factor's phases, the final ones saying the
// incident is over — starting from what the reporting team knows, and send only a phase that was chosen.
import { describe, expect, it } from 'vitest';
import type { IncidentView } from '../../../src/sim/index.ts';
import { factors } from '../../../src/sim/index.ts';
import { fillPhaseSelect, phaseChoices, phaseLabel, phaseSelect, statedPhase } from '../../../src/ui/forms/statedPhase.ts';
import { teamViewOf } from '../../support/teamViewOf.ts';

const known = (parts: Partial<IncidentView> = {}): IncidentView => ({ ...teamViewOf('shangling', { incidents: [{ id: 'fire', knownSinceS: 300 }] }).incidents[0]!, ...parts });
const labels = (choices: readonly (readonly [string, string])[]) => choices.map(([, label]) => label);

describe('the state of the incident a report or a call states', () => {
  it('offers the fire out in Chinese and English, as words that say the incident is over', () => {
    const zh = phaseChoices(known({ phase: 'spreading' }), 'zh');
    const en = phaseChoices(known({ phase: 'spreading' }), 'en');
    expect(zh).toContainEqual(['extinguished', '彻底熄灭（事件已结束）']);
    expect(en).toContainEqual(['extinguished', 'extinguished (the incident is over)']);
    expect(labels(zh)).toContain('火势蔓延');
    expect(labels(en)).toContain('contained');
  });

  it('never shows a code: every phase of every factor is a Chinese word, and an English one not spelt as a code', () => {
    for (const factor of factors) {
      for (const [phase, label] of phaseChoices(known({ factor, phase: null }), 'zh').slice(1)) expect(label, `${factor}.${phase}`).toMatch(/^[\u4e00-\u9fff]/);
      for (const [phase, label] of phaseChoices(known({ factor, phase: null }), 'en').slice(1)) expect(label, `${factor}.${phase}`).not.toMatch(/[a-z][A-Z]/);
    }
  });

  it('offers a food poisoning the phases of a food poisoning, not those of a chlorine leak', () => {
    const choices = phaseChoices(known({ factor: 'poisoning', phase: 'outbreak' }), 'zh').map(([phase]) => phase);
    expect(choices).toEqual(['', 'outbreak', 'traced', 'outbreakOver']);
  });

  it('starts from the phase the team knows, and from nothing stated when it knows none', () => {
    const select = phaseSelect('report-phase', known({ phase: 'contained' }), 'zh');
    expect(select.value).toBe('contained');
    fillPhaseSelect(select, known({ phase: null }), 'zh');
    expect(select.value).toBe('');
    expect(statedPhase(select)).toEqual({});
  });

  it('starts from "over" for an incident the team already knows has ended', () => {
    const select = phaseSelect('report-phase', known({ phase: 'extinguished', ended: true, endedS: 3060 }), 'en');
    expect(select.value).toBe('extinguished');
    expect(select.selectedOptions[0]?.textContent).toBe('extinguished (the incident is over)');
  });

  it('sends the phase chosen, so a village can report the fire out', () => {
    const select = phaseSelect('seat-call-phase', known({ phase: 'spreading' }), 'zh');
    select.value = 'extinguished';
    expect(statedPhase(select)).toEqual({ phase: 'extinguished' });
  });

  it('names a stated phase in the review as the form offered it, "over" after a final one', () => {
    expect(phaseLabel('fire', 'extinguished', 'zh')).toBe('彻底熄灭（事件已结束）');
    expect(phaseLabel('fire', 'contained', 'en')).toBe('contained');
    expect(phaseLabel('explosion', 'averted', 'en')).toMatch(/\(the incident is over\)$/);
  });

  it('offers nothing but "not stated" when the report names no incident', () => {
    expect(phaseChoices(undefined, 'en')).toEqual([['', '(not stated)']]);
  });
});
