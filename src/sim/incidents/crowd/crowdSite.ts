// A crowd site's local plan (a temple-fair square, a school stairwell's landing): a rectangle in metres, walled
// round except at its openings, with obstacles inside. Local x grows east and y south from the north-west corner.
import { z } from 'zod';
import { Id, NonEmptyText } from '../../scenario/vocabulary.ts';
import { detMath } from '../../math/detMath.ts';

const Metres = z.number().min(0).max(500);
/** A straight piece [x1, y1, x2, y2] in local metres. */
export const Segment = z.tuple([Metres, Metres, Metres, Metres]);
export type Segment = z.infer<typeof Segment>;

const openingShape = { id: Id, nameZh: NonEmptyText, nameEn: NonEmptyText, segment: Segment };

export const CrowdSite = z.strictObject({
  schemaVersion: z.literal(1),
  nameZh: NonEmptyText,
  nameEn: NonEmptyText,
  widthM: z.number().min(4).max(500),
  depthM: z.number().min(4).max(500),
  /** Obstacles inside the site (stalls, an incense burner, railings); the outline is walled by itself. */
  walls: z.array(Segment).max(400).default([]),
  /** Where visitors come in, each with its arrival rate at the start of the incident. */
  gates: z.array(z.strictObject({ ...openingShape, arrivalsPerMin: z.number().min(0).max(3000) })).min(1).max(8),
  /** The narrow passage the crowd presses toward (a temple gate, the head of the stairs); beyond it people leave the plan. */
  bottleneck: z.strictObject(openingShape),
  /** Other ways out: side gates, fire exits; closed ones are wall until a unit opens them, in this order. */
  exits: z.array(z.strictObject({ ...openingShape, openAtStart: z.boolean() })).max(8).default([]),
  /** Where the people already on the site stand when the incident starts: [x1, y1, x2, y2]. */
  standingArea: Segment,
  /** Steps, thresholds, ramps: areas [x1, y1, x2, y2] where nobody moves faster than `speedMs`, however hard they are pushed. */
  slowZones: z.array(z.strictObject({ area: Segment, speedMs: z.number().min(0.1).max(3) })).max(20).default([]),
}).superRefine((site, ctx) => {
  const onEdge = ([x1, y1, x2, y2]: Segment) =>
    (y1 === y2 && (y1 === 0 || y1 === site.depthM) && Math.max(x1, x2) <= site.widthM)
    || (x1 === x2 && (x1 === 0 || x1 === site.widthM) && Math.max(y1, y2) <= site.depthM);
  const openings = [
    ...site.gates.map((g, i) => ({ path: ['gates', i], o: g })),
    { path: ['bottleneck'], o: site.bottleneck },
    ...site.exits.map((e, i) => ({ path: ['exits', i], o: e })),
  ];
  const seen = new Set<string>();
  for (const { path, o } of openings) {
    const [x1, y1, x2, y2] = o.segment;
    if (!onEdge(o.segment)) ctx.addIssue({ code: 'custom', path: [...path, 'segment'], message: 'must lie along one edge of the site (x = 0 or widthM, or y = 0 or depthM)' });
    if (detMath.hypot(x2 - x1, y2 - y1) < 0.8) ctx.addIssue({ code: 'custom', path: [...path, 'segment'], message: 'must be at least 0.8 m wide to let a person through' });
    if (seen.has(o.id)) ctx.addIssue({ code: 'custom', path: [...path, 'id'], message: `"${o.id}" is used twice on this site` });
    seen.add(o.id);
  }
  site.walls.forEach(([x1, y1, x2, y2], i) => {
    if (Math.max(x1, x2) > site.widthM || Math.max(y1, y2) > site.depthM) ctx.addIssue({ code: 'custom', path: ['walls', i], message: 'must lie inside the site' });
  });
  const areas = [{ path: ['standingArea'], area: site.standingArea }, ...site.slowZones.map((z, i) => ({ path: ['slowZones', i, 'area'], area: z.area }))];
  for (const { path, area: [ax, ay, bx, by] } of areas) {
    if (ax >= bx || ay >= by || bx > site.widthM || by > site.depthM) ctx.addIssue({ code: 'custom', path, message: 'must be [x1, y1, x2, y2] with x1 < x2 ≤ widthM and y1 < y2 ≤ depthM' });
  }
});
export type CrowdSite = z.infer<typeof CrowdSite>;
export type SiteOpening = CrowdSite['bottleneck'];
