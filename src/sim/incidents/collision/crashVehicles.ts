// The vehicles a township road crash involves, and the default share of each START category among their
// occupants: planning defaults a scenario may override per vehicle.
import { z } from 'zod';

export const crashVehicleKinds = ['bus', 'schoolBus', 'van', 'car', 'truck', 'tractor'] as const;
/** 乡村客运班车 bus, 校车 school bus, 面包车 van, 小汽车 car, 货车 truck, 拖拉机 tractor. */
export const CrashVehicleKind = z.enum(crashVehicleKinds);
export type CrashVehicleKind = z.infer<typeof CrashVehicleKind>;

/** Share of occupants in each START category (weights; they need not add up to 1). */
export const TriageMix = z.strictObject({
  red: z.number().min(0).max(1),
  yellow: z.number().min(0).max(1),
  green: z.number().min(0).max(1),
  black: z.number().min(0).max(1),
}).refine((m) => m.red + m.yellow + m.green + m.black > 0, { error: 'at least one share must be above 0' });
export type TriageMix = z.infer<typeof TriageMix>;

export interface VehicleDefaults { mix: TriageMix; trappedShare: number }

/**
 * Default mix per vehicle kind. No published road-crash triage distribution exists (hazard-models §13 item 10):
 * the bus row is the planning default of hazard-models §4.3 (red 10–20 %, yellow 20–30 %, green 50–70 %,
 * black 0–10 %), taken at its middle; the others are assumptions within or beside that range — small vehicles
 * and trucks' cabs crush more (more red, black and trapped), an open tractor's rollover pins its driver.
 * `trappedShare` is the part of the occupants who cannot walk that is trapped in the wreck.
 */
export const vehicleDefaults: Record<CrashVehicleKind, VehicleDefaults> = {
  bus: { mix: { red: 0.15, yellow: 0.25, green: 0.55, black: 0.05 }, trappedShare: 0.15 },
  schoolBus: { mix: { red: 0.12, yellow: 0.25, green: 0.6, black: 0.03 }, trappedShare: 0.15 },
  van: { mix: { red: 0.2, yellow: 0.3, green: 0.4, black: 0.1 }, trappedShare: 0.3 },
  car: { mix: { red: 0.2, yellow: 0.3, green: 0.4, black: 0.1 }, trappedShare: 0.35 },
  truck: { mix: { red: 0.25, yellow: 0.3, green: 0.35, black: 0.1 }, trappedShare: 0.5 },
  tractor: { mix: { red: 0.3, yellow: 0.25, green: 0.3, black: 0.15 }, trappedShare: 0.4 },
};

/** One vehicle in the crash: its kind, how many were aboard, and optional overrides of its kind's defaults. */
export const CrashVehicle = z.strictObject({
  kind: CrashVehicleKind,
  occupantCount: z.int().min(0).max(120),
  mix: TriageMix.optional(),
  trappedShare: z.number().min(0).max(1).optional(),
});
export type CrashVehicle = z.infer<typeof CrashVehicle>;
