// 毒 food poisoning every minute: each meal of the suspect food served before it is sealed makes some diners ill
// after a log-normal incubation; cases appear, the severe wait for treatment, and the grade and reporting follow.
import { foodPoisoningLevel, foodPoisoningReportable } from '../../models/foodPoisoningGrade.ts';
import { sartwellIncubationS } from '../../models/incubation.ts';
import type { SimContext } from '../../simContext.ts';
import type { System } from '../../systems/system.ts';
import { activeIncidents, sendToIncident } from '../incidentHost.ts';
import { careStep, noPatients, recordToll } from './patientCare.ts';
import type { FoodPoisoningSpec } from './foodSpec.ts';
import type { FoodPhysics } from './poisoningPhysics.ts';

export const initialFoodPhysics = (): FoodPhysics => ({
  kind: 'foodPoisoning', nextMeal: 0, servedMealCount: 0, cancelledMealCount: 0, mildOnsetsS: [], severeOnsetsS: [], casesCount: 0, severeCount: 0, care: noPatients(),
});

const cadenceS = 60;

/** A uniform draw strictly inside (0, 1), as an inverse CDF needs. */
function openUniform(ctx: SimContext): number {
  return Math.min(Math.max(ctx.random.next('poisoning'), 1e-12), 1 - 1e-12);
}

/** Serves the meals that are due: each diner falls ill with the attack rate, after an incubation drawn by Sartwell's law. */
function serveMeals(ctx: SimContext, food: FoodPoisoningSpec, physics: FoodPhysics, startedS: number, sealed: boolean): void {
  while (physics.nextMeal < food.meals.length && startedS + food.meals[physics.nextMeal]!.afterS <= ctx.state.timeS) {
    const meal = food.meals[physics.nextMeal]!;
    physics.nextMeal += 1;
    if (sealed) { physics.cancelledMealCount += 1; continue; }
    physics.servedMealCount += 1;
    const ill = ctx.random.binomial('poisoning', meal.dinersCount, food.attackRate);
    for (let i = 0; i < ill; i++) {
      const onsetS = startedS + meal.afterS + sartwellIncubationS({ medianS: food.incubationMedianS, dispersionFactor: food.incubationDispersion, uniform: openUniform(ctx) });
      (ctx.random.next('poisoning') < food.severeShare ? physics.severeOnsetsS : physics.mildOnsetsS).push(Math.ceil(onsetS));
    }
    physics.mildOnsetsS.sort((a, b) => a - b);
    physics.severeOnsetsS.sort((a, b) => a - b);
  }
}

/** Removes and counts the onsets due by `nowS` from an ascending list. */
function takeDue(onsetsS: number[], nowS: number): number {
  let due = 0;
  while (due < onsetsS.length && onsetsS[due]! <= nowS) due++;
  onsetsS.splice(0, due);
  return due;
}

export const foodSystem: System = {
  name: 'poisoning.food',
  cadenceS,
  run(ctx) {
    for (const { spec, incident } of activeIncidents(ctx, 'poisoning')) {
      const { physics } = incident;
      if (spec.kind !== 'foodPoisoning' || physics.kind !== 'foodPoisoning') continue;
      const sealed = incident.machine.context.foodSealedS !== null;
      const now = ctx.state.timeS;
      serveMeals(ctx, spec.food, physics, incident.startedS!, sealed);
      const newSevereCount = takeDue(physics.severeOnsetsS, now);
      physics.casesCount += takeDue(physics.mildOnsetsS, now) + newSevereCount;
      physics.severeCount += newSevereCount;
      const care = physics.care;
      careStep(ctx, care, spec.care, { incident: incident.id, newSevereCount, dtS: cadenceS });
      const deathsCount = care.deadCount;
      const mealsLeft = sealed ? 0 : spec.food.meals.slice(physics.nextMeal).reduce((n, m) => n + m.dinersCount, 0);
      const pendingCount = physics.mildOnsetsS.length + physics.severeOnsetsS.length + mealsLeft;
      recordToll(ctx, incident, care, { deadCount: deathsCount, injuredCount: physics.casesCount - deathsCount, seriousInjuredCount: physics.severeCount - deathsCount },
        pendingCount === 0 && care.waitingCount === 0);
      sendToIncident(ctx, incident, {
        type: 'clock.tick', timeS: now, waitingCount: care.waitingCount, casesCount: physics.casesCount, pendingCount,
        level: foodPoisoningLevel({ casesCount: physics.casesCount, deathsCount }),
        reportable: foodPoisoningReportable({ casesCount: physics.casesCount, deathsCount, collectiveUnit: spec.food.collectiveUnit }),
      });
    }
  },
};
