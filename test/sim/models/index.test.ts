import { describe, expect, it } from 'vitest';
import * as models from '../../../src/sim/models';

/** Every function named in shared/reference/models-api.md. */
const API = [
  'mcArthurGrassland', 'alexandridisWindFactor', 'tSquaredHrrKw', 'kingeryBulmashKpa', 'blastOverpressureKpa',
  'eardrumRuptureProbability', 'lungDeathProbability', 'briggsRuralSigmas', 'plumeConcentrationGm3', 'heatIndexF',
  'heatIndexC', 'wbgtOutdoorC', 'highTempSignal', 'outdoorWorkRule', 'startTriage', 'trappedSurvivalProbability',
  'floodHazardRating', 'scsRunoffMm', 'rainstormSignal', 'weidmannSpeedMs', 'fruinWalkwayLos', 'accidentGrade',
] as const;

describe('hazard model library index', () => {
  it.each(API)('re-exports %s as a function', (name) => {
    expect(typeof models[name]).toBe('function');
  });
});
