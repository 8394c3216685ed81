// What makes a scenario a micro-drill (单项微演练): the one team the trainee plays, the kind of role, what it teaches
// and the rule it trains, and the decision points where coaching pauses the clock to ask.
import { z } from 'zod';
import { Id, NonEmptyText } from '../scenario/vocabulary.ts';

/** The roles self-training serves (信息员, 民兵班长, 志愿者, 村干部, 站所值班员). */
export const trainingRoles = ['informationReporter', 'militiaLeader', 'volunteer', 'villageCadre', 'stationDutyOfficer'] as const;
export const TrainingRole = z.enum(trainingRoles);
export type TrainingRole = z.infer<typeof TrainingRole>;

export const DecisionPointSchema = z.strictObject({
  id: Id,
  /** When the clock pauses to ask. */
  atS: z.int().min(0),
  /** What the role knows at that moment (only what reached it). */
  factsZh: NonEmptyText,
  factsEn: NonEmptyText,
  questionZh: NonEmptyText,
  questionEn: NonEmptyText,
  /** The hint shown in a coached run (left out of a test run). */
  hintZh: NonEmptyText,
  hintEn: NonEmptyText,
});
export type DecisionPoint = z.infer<typeof DecisionPointSchema>;

export const TrainingSchema = z.strictObject({
  /** The team the trainee plays: a village, a station, an enterprise or the command post. */
  team: Id,
  role: TrainingRole,
  learningGoalZh: NonEmptyText,
  learningGoalEn: NonEmptyText,
  ruleZh: NonEmptyText,
  ruleEn: NonEmptyText,
  decisionPoints: z.array(DecisionPointSchema).max(20).default([]),
});
export type Training = z.infer<typeof TrainingSchema>;
