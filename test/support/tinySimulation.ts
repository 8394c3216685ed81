// A running drill on the tiny township, with small helpers that read like a facilitator's actions.
import { expect } from 'vitest';
import type { Bilingual } from '../../src/i18n/translate.ts';
import type { DispatchResult, Simulation } from '../../src/sim/index.ts';
import { createSimulation } from '../../src/sim/index.ts';
import { refusalWords } from '../../src/i18n/refusalText.ts';
import { tinyDrill } from './tinyTownship.ts';

export function tinySimulation(seed: string | number = 7, parts?: Parameters<typeof tinyDrill>[0]): Simulation {
  return createSimulation(tinyDrill(parts), seed);
}

/** Dispatches an order that must be accepted, returning its events. */
export function give(sim: Simulation, order: object) {
  const result = sim.dispatch(order);
  if (!result.ok) throw new Error(`order refused: ${result.reason} (${refusalWords(sim.world, result).en})`);
  return result.events;
}

/** Dispatches an order that must be refused; checks nothing changed and returns the refusal. */
export function refuse(sim: Simulation, order: object): Extract<DispatchResult, { ok: false }> & { message: Bilingual } {
  const before = JSON.stringify(sim.snapshot());
  const result = sim.dispatch(order);
  if (result.ok) throw new Error(`order accepted but should be refused: ${JSON.stringify(order)}`);
  expect(JSON.stringify(sim.snapshot())).toBe(before);
  const message = refusalWords(sim.world, result);
  expect(message.zh.length).toBeGreaterThan(0);
  expect(message.en.length).toBeGreaterThan(0);
  return { ...result, message };
}

export function unitOf(sim: Simulation, id: string) {
  const unit = sim.snapshot().units.find((u) => u.id === id);
  if (!unit) throw new Error(`no unit ${id}`);
  return unit;
}

export function villageOf(sim: Simulation, id: string) {
  const village = sim.snapshot().villages.find((v) => v.id === id);
  if (!village) throw new Error(`no village ${id}`);
  return village;
}
