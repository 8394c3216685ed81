// A food-poisoning outbreak (a village banquet, a school canteen): what a scenario says about it.
import { z } from 'zod';

const Meal = z.strictObject({
  /** Seconds after the incident starts when the meal is served (the first meal is usually at 0). */
  afterS: z.int().min(0).max(72 * 3600),
  /** People who eat the suspect food at this meal. */
  dinersCount: z.int().min(1).max(100_000),
});

export const FoodPoisoningSpec = z.strictObject({
  /** Meals that serve the suspect food, in time order; a meal served after the food is sealed poisons nobody. */
  meals: z.array(Meal).min(1).max(50),
  /** Share of the diners who fall ill. */
  attackRate: z.number().min(0).max(1),
  /** Median time from the meal to the first symptoms (nitrite ≈ 1–3 h, staphylococcal toxin ≈ 2–4 h, salmonella ≈ 12–36 h). */
  incubationMedianS: z.int().min(60).max(14 * 86_400),
  /** Sartwell's dispersion factor of the log-normal incubation (geometric standard deviation). */
  incubationDispersion: z.number().min(1).max(10).default(1.6),
  /** Share of the cases severe enough to die without treatment (nitrite: cyanosis needing methylene blue). */
  severeShare: z.number().min(0).max(1),
  /** A school, kindergarten, canteen or construction site: the reporting threshold is 5 cases instead of 30. */
  collectiveUnit: z.boolean().default(false),
});
export type FoodPoisoningSpec = z.infer<typeof FoodPoisoningSpec>;
