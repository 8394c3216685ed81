// The heat wave a heat incident lives through (暑): its days' extremes and humidity, the sun, and the hours the
// statutory outdoor-work rule counts as the hottest. Shared by every heat incident of a drill.
import { z } from 'zod';

const HeatDay = z.strictObject({
  /** The day's forecast maximum and minimum air temperature (地市级以上 forecast), °C. */
  tmaxC: z.number().min(-10).max(50),
  tminC: z.number().min(-30).max(40),
  /** Relative humidity when the maximum is reached; the day's vapour pressure is taken as constant from it. */
  rhAtTmaxPct: z.number().min(1).max(100),
  /** Share of full sunshine (1 clear, 0 overcast). */
  sunshineShare: z.number().min(0).max(1).default(0.9),
}).refine((d) => d.tminC <= d.tmaxC, { error: 'tminC must not exceed tmaxC' });

export const HeatWaveSpec = z.strictObject({
  /** One entry per day from the drill's first day (the scenario's `start` date); the last day repeats after the list. */
  days: z.array(HeatDay).min(1).max(14),
  /** Days in a row with a maximum ≥ 35 °C just before the first listed day (for the CMA yellow signal and the heat-event risk). */
  hotDaysBeforeCount: z.int().min(0).max(90).default(0),
  /** Hours of the daily minimum and maximum temperature (piecewise-cosine course between them). */
  tminHour: z.number().min(0).max(12).default(5),
  tmaxHour: z.number().min(12).max(20).default(15),
  /** Sunrise and sunset, for the sun's load on people outdoors (summer in North China: about 05:00 and 19:30). */
  sunriseHour: z.number().min(3).max(9).default(5),
  sunsetHour: z.number().min(16).max(22).default(19.5),
  /** The statutory "3 hottest hours" when no outdoor work is allowed on 37–40 °C days start at this hour (12:00–15:00). */
  hottestHoursStart: z.number().min(9).max(16).default(12),
  /** In full sun and light wind: the black globe's rise above the air, and the natural wet bulb's above the psychrometric (°C). */
  globeSolarExcessC: z.number().min(0).max(25).default(12),
  wetBulbSolarExcessC: z.number().min(0).max(5).default(1.5),
});
export type HeatWaveSpec = z.infer<typeof HeatWaveSpec>;
