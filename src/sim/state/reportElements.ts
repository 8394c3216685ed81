// The six elements of an accident report (《生产安全事故报告和调查处理条例》 Art. 12), each optional so a
// missing one is recorded as the players filed it (漏报 is judged by scoring, not refused here).
import { z } from 'zod';
import { Factor } from '../scenario/vocabulary.ts';

const Text = z.string().trim().min(1).max(4000);
const Count = z.int().min(0).max(100_000);

export const ReportElementsSchema = z.strictObject({
  /** 1. The unit where the accident happened (事故发生单位概况). */
  unit: Text.optional(),
  /** 2. Time, place and scene (发生的时间、地点以及事故现场情况). */
  occurredAtS: z.int().min(0).optional(),
  place: Text.optional(),
  scene: Text.optional(),
  factor: Factor.optional(),
  /** 3. A brief course of events (简要经过). */
  course: Text.optional(),
  /** 4. Casualties, including the missing, and the estimated direct loss (伤亡人数和初步估计的直接经济损失). */
  casualties: z.strictObject({ deaths: Count, injured: Count, missing: Count }).optional(),
  estimatedLossYuan: z.number().min(0).max(1e12).optional(),
  /** 5. Measures taken (已经采取的措施). */
  measures: Text.optional(),
  /** 6. Anything else (其他应当报告的情况). */
  other: Text.optional(),
});
export type ReportElements = z.infer<typeof ReportElementsSchema>;
