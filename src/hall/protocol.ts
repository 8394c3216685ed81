// Every message between a client and a hall room (src/server): the zod schemas of what clients send, the types of
// what rooms send back, and the limits. Later changes are additive only: browser screens and scripts depend on it.
//
// The flow (Colyseus 0.16 on the wire; `room.send(type, message)` both ways, msgpack-encoded):
// 1. The director opens a drill: `client.create(roomName, OpenRoom)`. The room's id IS its 6-digit PIN. The opener
//    receives `opened` (PIN, director key, evaluator key): keep the keys; only the director's screen shows them.
// 2. Others join by PIN: `client.joinById(pin, JoinRoom)`: a team seat (`seat` + team; several phones per team), the
//    projector, an evaluator (evaluator key), or the director again (director key). A seat receives `welcome` with a
//    seat token: keep it (localStorage) and join with it after any drop or server restart to get the same seat back.
//    A refused join rejects joinById with an error whose message is a JSON `HallRefusal`: `refusalOfJoinError(e)`.
// 3. A seat sends `order` (the core's Order; `by` must be the seat's team, checked by the room) with its own `ref`;
//    the room answers `outcome` with that ref once the order is written to the room's record, then pushes the view.
//    A seat gets ONLY its team's view: whole (`view`) on joining, then only what changed (`view.patch`, versioned;
//    apply it with src/hall/viewReceiver.ts, which asks `view.resync` for the whole view on a missed version). Patches
//    arrive once a second while the clock runs, and at once after the team's own orders. The director and evaluators get `director.view` once a second, the projector `public.view`.
// 4. The director sends `director` commands with the director key (start, pause, speed, injects, curveballs, lock a
//    team, move a seat, ask for the seat list) and receives `director.view` (the truth, the inject board, seats).
//    The projector receives `public.view`. An evaluator receives `director.view` minus the keys and sends `note`.
// 5. Anything refused that is not an order's outcome arrives as `refusal` (a code + params, worded by src/i18n via
//    `hallRefusalText`). A malformed or oversized message, or a flood, closes that client only, never the room.
// County drills: `client.create(countyRoomName, {})` opens a county room (PIN + director key likewise); a seat
// joins it with team `county` and receives `county.report` for every report to the county from every township.
import { z } from 'zod';
import type { DrillScore, RefusalParams, RejectionReason, SimEvent, TeamView } from '../sim/index.ts';

/** The Colyseus room names. */
export const drillRoomName = 'drill';
export const countyRoomName = 'county';

/** The largest message a client may send, in bytes (a long order is well under 4 KB); larger closes the client. */
export const maxMessageBytes = 16 * 1024;
/** Messages a client may send per second on average, and in a burst; beyond that they are dropped and refused. */
export const messagesPerSecond = 10;
export const messageBurst = 20;
/** Wrong PINs an address may try in a minute; past that, every join from it is refused until the minute is out. */
export const pinTriesPerMinute = 10;
/** The drill's speeds the director may choose (sim seconds per wall second; 0 is not a speed: pause instead). */
export const maxSpeed = 60;

export const Pin = z.string().regex(/^\d{6}$/, { error: 'a PIN is 6 digits' });
const HallId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'must be a lower-case id' }).max(64);
const Secret = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, { error: 'not a key' });
const Speed = z.int().min(1).max(maxSpeed);
const Label = z.string().trim().min(1).max(40);

/** `client.create(drillRoomName, …)`: the scenario by id (scenarios/<id>.json), its speed at the start, its seed. */
export const OpenRoom = z.strictObject({
  scenario: HallId,
  speed: Speed.optional(),
  seed: z.string().min(1).max(128).optional(),
  /** The county's code when several townships drill together (default: the one county of this deployment). */
  county: HallId.optional(),
  /** Ends the drill at this sim second instead of the scenario's end (a short rehearsal, a test). */
  untilS: z.int().min(1).optional(),
});
export type OpenRoom = z.infer<typeof OpenRoom>;

export const roles = ['director', 'seat', 'projector', 'evaluator'] as const;
export type Role = (typeof roles)[number];

/** `client.joinById(pin, …)`. A seat names its team, or brings its seat token back (which names it for it). */
export const JoinRoom = z.discriminatedUnion('role', [
  z.strictObject({ role: z.literal('seat'), team: HallId.optional(), seatToken: Secret.optional(), label: Label.optional() }),
  z.strictObject({ role: z.literal('projector') }),
  z.strictObject({ role: z.literal('evaluator'), evaluatorKey: Secret, label: Label.optional() }),
  z.strictObject({ role: z.literal('director'), directorKey: Secret }),
]);
export type JoinRoom = z.infer<typeof JoinRoom>;

/** `order`: one order of the seat's team. `ref` is the client's own number, echoed in the outcome. */
export const OrderMessage = z.strictObject({ ref: z.int().min(0).max(2 ** 31), order: z.unknown() });
export type OrderMessage = z.infer<typeof OrderMessage>;

const At = z.strictObject({ xM: z.number().finite(), yM: z.number().finite() });

/** What the director may do; the core's facilitator orders (injects, curveballs) go through the drill's record. */
export const DirectorCommand = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('start') }),
  z.strictObject({ kind: z.literal('pause') }),
  z.strictObject({ kind: z.literal('speed'), speed: Speed }),
  z.strictObject({ kind: z.literal('fireInject'), inject: HallId }),
  z.strictObject({ kind: z.literal('skipInject'), inject: HallId }),
  z.strictObject({ kind: z.literal('deferInject'), inject: HallId, dueS: z.int().min(0) }),
  z.strictObject({ kind: z.literal('curveball'), template: HallId, at: At }),
  z.strictObject({ kind: z.literal('lockTeam'), team: HallId, locked: z.boolean() }),
  z.strictObject({ kind: z.literal('moveSeat'), seat: z.int().min(1), team: HallId }),
  z.strictObject({ kind: z.literal('seats') }),
  /** Let the computer hold a team's seat while no phone holds it (its play comes from the teams' doctrine). */
  z.strictObject({ kind: z.literal('computerHolds'), team: HallId, holds: z.boolean() }),
  z.strictObject({ kind: z.literal('end') }),
]);
export type DirectorCommand = z.infer<typeof DirectorCommand>;

/** `director`: a command with the director's key. `ref` is echoed in the refusal if it is refused. */
export const DirectorMessage = z.strictObject({ ref: z.int().min(0).max(2 ** 31), directorKey: Secret, command: DirectorCommand });
export type DirectorMessage = z.infer<typeof DirectorMessage>;

/** `note`: an evaluator's observation against a rubric item (a measure id) at a sim time; it goes into the review. */
/** (seatui) A rubric item is a measure id, which is camelCase (`warningBeforeImpact`): wider than a lower-case HallId. */
const MeasureId = z.string().regex(/^[a-zA-Z][a-zA-Z0-9-]*$/, { error: 'must be a rubric item id' }).max(64);
/** (hallscreens) `by`: the evaluator's name as they gave it (else the name they joined with, if any). */
export const NoteMessage = z.strictObject({ evaluatorKey: Secret, atS: z.int().min(0), measure: MeasureId.optional(), text: z.string().trim().min(1).max(2000), by: Label.optional() });
export type NoteMessage = z.infer<typeof NoteMessage>;

/** `view.resync`: a seat that missed a version of its view (or could not apply a patch) asks for the whole view. */
export const ViewResyncMessage = z.strictObject({ have: z.int().min(0).nullable() });
export type ViewResyncMessage = z.infer<typeof ViewResyncMessage>;

/** The schema of each message type a client may send; any other type closes the client. */
export const clientMessages = { order: OrderMessage, director: DirectorMessage, note: NoteMessage, 'view.resync': ViewResyncMessage } as const;
export type ClientMessageType = keyof typeof clientMessages;

// ---- What rooms send (types only: the server is the one writing them) ----

export interface Clock { timeS: number; durationS: number; speed: number; paused: boolean; ended: boolean }

/** `opened`, to the director who opened the room. */
export interface OpenedMessage {
  pin: string; directorKey: string; evaluatorKey: string; scenario: string;
  /** (Added by seatui, optional) the server's LAN origin (`http://192.168.1.20:4173`) for the phones' join code; the
   *  director's page uses its own origin when absent. */
  lanOrigin?: string;
}

/** `welcome`, to every client once joined. `seat` numbers the phones of a room (1, 2, …) for the director's list. */
export interface WelcomeMessage {
  role: Role; pin: string; scenario: string; team: string | null; seat: number | null; seatToken: string | null;
  /** (Added by seatui, optional) the teams the director has locked, so a join page can show them as locked. */
  lockedTeams?: string[];
}

/**
 * `view`, to a seat on joining (and when it asks, `view.resync`): its team's whole view (its own orders with their
 * outcomes included), the clock, and the view's version. After it, only `view.patch` (what changed) arrives.
 */
export interface ViewMessage { view: TeamView; clock: Clock; version: number }

/** The fields of a team's view, each of which a patch may change. */
export const teamViewFields = ['team', 'timeS', 'units', 'villages', 'incidents', 'readings', 'warnings', 'responseLevel', 'closedRoads', 'shelters', 'messages', 'injects', 'orders'] as const satisfies readonly (keyof TeamView)[];
// Every field of TeamView is one a patch may change (a field added to TeamView and not here fails to compile).
const everyViewField: Exclude<keyof TeamView, (typeof teamViewFields)[number]> extends never ? true : never = true;
void everyViewField;
const ViewField = z.enum(teamViewFields);

/**
 * A list of the view after a patch: its new length, the items whose place holds something else (index, item), and
 * the items that changed only some of their fields (index, those fields' new values, the fields they no longer have).
 */
export const ListChange = z.strictObject({
  length: z.int().min(0),
  set: z.array(z.tuple([z.int().min(0), z.unknown()])),
  edit: z.array(z.tuple([z.int().min(0), z.record(z.string(), z.unknown()), z.array(z.string())])).optional(),
});
export type ListChange = z.infer<typeof ListChange>;
/** What changed in a team's view: top-level values replaced whole, lists by place (src/hall/viewPatch.ts). */
export const ViewChanges = z.strictObject({ values: z.partialRecord(ViewField, z.unknown()), lists: z.partialRecord(ViewField, ListChange) });
export type ViewChanges = z.infer<typeof ViewChanges>;

const ClockSchema = z.strictObject({ timeS: z.number(), durationS: z.number(), speed: z.number(), paused: z.boolean(), ended: z.boolean() });
/**
 * `view.patch`, to a seat: its team's view went from version `from` to `to` (versions are the room's, shared by all
 * teams, so a moved seat can never apply another team's patch). A seat holding another version than `from` asks for
 * the whole view (`view.resync`); a patch not older than its view that does not parse is treated the same way.
 */
export const ViewPatchMessage = z.strictObject({ from: z.int().min(0), to: z.int().min(1), clock: ClockSchema, changes: ViewChanges.nullable() });
export type ViewPatchMessage = z.infer<typeof ViewPatchMessage>;

/** `outcome`, to the seat that gave the order: accepted, or the core's refusal (words: src/i18n refusalText). */
export interface OutcomeMessage { ref: number; atS: number; outcome: { ok: true } | { ok: false; reason: RejectionReason; params: RefusalParams } }

export interface SeatInfo { seat: number; team: string; label: string | null; connected: boolean }
export interface InjectInfo { inject: string; status: 'pending' | 'delivered' | 'skipped'; dueS: number; to: string }

/** `director.view`, to the director and evaluators: the truth, the inject board, the seats, locked teams. */
export interface DirectorViewMessage { truth: TeamView; injects: InjectInfo[]; seats: SeatInfo[]; lockedTeams: string[]; clock: Clock; notes: Note[]; computerTeams: string[] }

/** `public.view`, to the projector: what the whole hall may see (the command post's view of the incidents). */
export interface PublicViewMessage {
  clock: Clock;
  /** Public events only (warnings, response level, reports, arrivals …), the last ones. */
  feed: SimEvent[];
  /** Each with its title (a curveball's is known only from a view), so the projector names it. */
  incidents: { id: string; factor: string; titleZh: string; titleEn: string; at: { xM: number; yM: number }; phase: string | null }[];
  responseLevel: string | null;
}

export interface Note { atS: number; measure: string | null; text: string; by: string | null }

/** `county.report`: a report to the county from one township's drill, in names (the county knows no township's ids). */
export interface CountyReportMessage {
  pin: string;
  township: { zh: string; en: string };
  atS: number;
  from: { zh: string; en: string };
  kind: string;
  incident: { zh: string; en: string } | null;
  figures: Record<string, unknown> | null;
}

/** `ended`, to everyone when the drill ends: the score, and the hash of the final state (equal runs, equal hashes). */
/** An evaluator's note as the review carries it: the clock time, rubric item by name, evaluator, and a line in each language. */
export interface ReviewNote { atS: number; clock: string; itemZh: string | null; itemEn: string | null; by: string | null; text: string; zh: string; en: string }
/** The end of the drill: its score, and the evaluators' notes for the review (in time order) — to the director and
 *  evaluators only: every other client's `notes` is empty. */
export interface EndedMessage { clock: Clock; score: DrillScore | null; stateHash: string; notes: ReviewNote[] }

// ---- Refusals that are not an order's outcome ----

export const hallRefusalCodes = [
  'wrong-pin', 'pin-tries', 'unknown-team', 'team-locked', 'seat-token-unknown', 'wrong-key', 'not-your-team',
  'malformed-message', 'too-large', 'too-fast', 'unknown-scenario', 'room-full', 'drill-ended', 'unknown-seat',
  'server-unreachable',
] as const;
export type HallRefusalCode = (typeof hallRefusalCodes)[number];

/** `refusal`: a code and its particulars (ids worded by the client through the drill's names), never raw text. */
export interface HallRefusal { code: HallRefusalCode; params: { team?: string; by?: string; seat?: number; ref?: number; detail?: string } }

/** A failed join's error as a refusal (the room puts a JSON HallRefusal in the error's message). */
export function refusalOfJoinError(error: unknown): HallRefusal {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  try {
    const parsed = JSON.parse(message) as Partial<HallRefusal>;
    if (parsed && typeof parsed.code === 'string' && (hallRefusalCodes as readonly string[]).includes(parsed.code)) {
      return { code: parsed.code, params: parsed.params ?? {} };
    }
  } catch { /* not one of ours: the matchmaker's own error */ }
  if (/not found|invalid room|room.*id/i.test(message)) return { code: 'wrong-pin', params: {} };
  return { code: 'server-unreachable', params: { detail: message.slice(0, 200) } };
}
