// Reads a saved drill record (from `npm run drill -- … --save-record FILE`, or the record inside a drill export
// from the review): its shape is checked, and its orders are replayed on the scenario so the events scored are the
// sim's own, not whatever the file says.
import { z } from 'zod';
import type { ContentProblem, Drill, DrillRecord, Loaded, Order } from '../sim/index.ts';
import { malformedOrderText, parseJsonText, parseOrder, replay, SeedText } from '../sim/index.ts';
import { drillExportKind } from '../review/drillExport.ts';
import { AppliedHazardSchema, PlacedAtSchema } from '../sim/index.ts';

const RecordFileSchema = z.object({
  schemaVersion: z.literal(1),
  scenarioId: z.string().min(1),
  seed: SeedText,
  timeCompression: z.number().positive(),
  orders: z.array(z.object({ atS: z.int().min(0), order: z.unknown(), rejected: z.string().nullable() })),
  events: z.array(z.unknown()),
  endS: z.int().min(0),
  hazards: z.array(AppliedHazardSchema).optional(),
  placedAt: PlacedAtSchema.optional(),
});
/** A checked record file: its orders parsed as the core's orders. */
export type RecordFile = Omit<z.infer<typeof RecordFileSchema>, 'orders'> & { orders: { atS: number; order: Order; rejected: string | null }[] };

/** A drill export (src/review/drillExport.ts) carries the record under `record`, beside its score and title. */
const DrillExportSchema = z.object({ schemaVersion: z.literal(1), kind: z.literal(drillExportKind), record: z.unknown() });

const isDrillExport = (json: unknown): boolean => typeof json === 'object' && json !== null && 'kind' in json && json.kind === drillExportKind;

export function parseRecordFile(file: string, text: string): Loaded<RecordFile> {
  const json = parseJsonText(file, text);
  if (!json.ok) return json;
  const issues = (error: z.ZodError, prefix: string) => error.issues.slice(0, 20).map((i) => ({ file, path: [prefix, ...i.path].filter((p) => p !== '').join('.'), problem: i.message }));
  let value = json.value;
  let at = '';
  if (isDrillExport(value)) {
    const wrapper = DrillExportSchema.safeParse(value);
    if (!wrapper.success) return { ok: false, problems: issues(wrapper.error, '') };
    value = wrapper.data.record;
    at = 'record';
  }
  const parsed = RecordFileSchema.safeParse(value);
  if (!parsed.success) return { ok: false, problems: issues(parsed.error, at) };
  const path = (rest: string) => (at ? `${at}.${rest}` : rest);
  const problems: ContentProblem[] = [];
  const orders = parsed.data.orders.flatMap((o, i) => {
    const order = parseOrder(o.order);
    if (order.ok) return [{ atS: o.atS, order: order.order, rejected: o.rejected }];
    problems.push({ file, path: path(`orders.${i}.order`), problem: malformedOrderText(order) });
    return [];
  });
  const sorted = parsed.data.orders.every((o, i, all) => i === 0 || all[i - 1]!.atS <= o.atS);
  if (!sorted) problems.push({ file, path: path('orders'), problem: 'orders must be in time order' });
  parsed.data.orders.forEach((o, i) => {
    if (o.atS > parsed.data.endS) problems.push({ file, path: path(`orders.${i}.atS`), problem: `comes after the record’s end (${parsed.data.endS} s)` });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: { ...parsed.data, orders } };
}

/** A problem when the record runs past the end of the drill it is of (a record cannot be replayed for ever). */
export function recordEndProblem(file: string, record: RecordFile, drill: Drill): ContentProblem | null {
  const { durationS } = drill.scenario;
  return record.endS > durationS ? { file, path: 'endS', problem: `${record.endS} s is after the drill ends (${durationS} s)` } : null;
}

/** The record as the sim makes it from the file's orders, and whether the file's own events agreed. */
export function rebuildRecord(drill: Drill, file: RecordFile): { record: DrillRecord; matches: boolean } {
  const given: DrillRecord = { ...file, orders: file.orders.map((o) => ({ atS: o.atS, order: o.order, rejected: null })), events: [] };
  const record = replay(drill, file.seed, given, file.endS).record();
  return { record, matches: JSON.stringify(record.events) === JSON.stringify(file.events) };
}
