import { describe, expect, it } from 'vitest';
import { mcArthurDangerRating } from '../../../src/sim/models/fireDangerRating';

describe('mcArthurDangerRating', () => {
  it('bands the grassland index 0–11, 12–24, 25–49, 50–99, 100–149, ≥ 150 (Copernicus C3S Mk5 classes)', () => {
    const bands = [[0, 'lowModerate'], [11.9, 'lowModerate'], [12, 'high'], [24.9, 'high'], [25, 'veryHigh'], [49, 'veryHigh'], [50, 'severe'], [99, 'severe'], [100, 'extreme'], [149, 'extreme'], [150, 'catastrophic']] as const;
    for (const [index, rating] of bands) expect(mcArthurDangerRating('grass', index), `GFDI ${index}`).toBe(rating);
  });

  it('bands the forest index with lower severe, extreme and catastrophic floors (50, 75, 100)', () => {
    const bands = [[11, 'lowModerate'], [12, 'high'], [25, 'veryHigh'], [50, 'severe'], [74, 'severe'], [75, 'extreme'], [99, 'extreme'], [100, 'catastrophic']] as const;
    for (const [index, rating] of bands) expect(mcArthurDangerRating('forest', index), `FFDI ${index}`).toBe(rating);
  });

  it('refuses a negative index', () => {
    expect(() => mcArthurDangerRating('grass', -1)).toThrow(RangeError);
  });
});
