// How much heat a stream of water takes out of a fire: warming to 100 °C and boiling off, times the share that does.
import { requireAtLeast, requireWithin } from './rangeGuards';

/** Specific heat of liquid water, kJ/(kg·K), and its latent heat of vaporisation at 100 °C, kJ/kg (steam tables). */
export const WATER_SPECIFIC_HEAT_KJ_KG_K = 4.18;
export const WATER_LATENT_HEAT_KJ_KG = 2257;

/**
 * Cooling power of water applied at `flowLs` litres (kg) per second: Q = ṁ (c_p (100 − T_w) + L_v) η kW, where η is
 * the share of the water that is actually heated and boiled off in the fire (the rest runs off). With η = 1 water
 * at 10 °C takes 2.63 MJ/kg, the "2.6 MJ per litre" of fire-fighting texts (Särdqvist 2002, Water and other
 * extinguishing agents, ch. 3). Throws RangeError for a negative flow, η outside 0–1, or water outside 0–100 °C.
 */
export function waterCoolingKw(flowLs: number, efficiency: number, waterTempC = 10): number {
  requireAtLeast('flowLs', flowLs, 0);
  requireWithin('efficiency', efficiency, 0, 1);
  requireWithin('waterTempC', waterTempC, 0, 100);
  return flowLs * (WATER_SPECIFIC_HEAT_KJ_KG_K * (100 - waterTempC) + WATER_LATENT_HEAT_KJ_KG) * efficiency;
}
