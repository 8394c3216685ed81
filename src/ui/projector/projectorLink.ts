// What the facilitator's window tells the projector window, over a BroadcastChannel of the same browser (no
// server): the drill's scenario, seed and orders so far, the sim time reached and the language. The projector
// replays the orders on its own copy of the core, so both windows show the same drill second for second.
import { z } from 'zod';

export const projectorChannelName = 'drillhall.projector.v1';

const drillMessage = z.strictObject({
  kind: z.literal('drill'),
  scenarioPath: z.string(),
  seed: z.string(),
  /** Every order given so far with its sim time, oldest first; the projector's core checks each again. */
  orders: z.array(z.strictObject({ atS: z.number().int().nonnegative(), order: z.unknown() })),
  timeS: z.number().int().nonnegative(),
  language: z.enum(['zh', 'en']),
  paused: z.boolean(),
});

const projectorMessage = z.discriminatedUnion('kind', [
  drillMessage,
  /** A projector window has opened and asks for the drill as it stands. */
  z.strictObject({ kind: z.literal('hello') }),
  /** The facilitator ended the drill or left the tabletop. */
  z.strictObject({ kind: z.literal('ended') }),
]);

export type DrillMessage = z.infer<typeof drillMessage>;
export type ProjectorMessage = z.infer<typeof projectorMessage>;

/** The message, or null for anything else posted on the channel (another version of the app, a stray post). */
export function readProjectorMessage(data: unknown): ProjectorMessage | null {
  const parsed = projectorMessage.safeParse(data);
  return parsed.success ? parsed.data : null;
}

/** The channel, or null in a browser without BroadcastChannel (then there is simply no projector window). */
export function openProjectorChannel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(projectorChannelName);
}
