// The kinds of collapse a township drills, the three depths at which people are trapped, and each kind's usual
// share of the trapped at each depth (the default when a scenario gives none).
import { z } from 'zod';

/**
 * scaffold 脚手架坍塌 · formwork 高支模/模板支撑坍塌 (a slab pour) · oldHouse 危旧房倒塌 (often in heavy rain) ·
 * mineRoof 矿井冒顶 · landslide 滑坡掩埋房屋.
 */
export const collapseKinds = ['scaffold', 'formwork', 'oldHouse', 'mineRoof', 'landslide'] as const;
export const CollapseKind = z.enum(collapseKinds);
export type CollapseKind = z.infer<typeof CollapseKind>;

/**
 * How a person is trapped, which sets who can find and free them (INSARAG ASR3/ASR4, hazard-models.md §5.2):
 * surface — pinned under light debris, seen or heard at once, freed by hand (light rescue);
 * void — in a void under a slab or beam, found by calling and listening, freed by breaching and cutting (medium);
 * deep — buried under heavy debris or concrete with no void, freed only with heavy lifting (heavy rescue).
 */
export const depths = ['surface', 'void', 'deep'] as const;
export const Depth = z.enum(depths);
export type Depth = z.infer<typeof Depth>;
export type PerDepth = Record<Depth, number>;

/**
 * The share of the trapped at each depth by kind, when the scenario gives none. Planning judgements, not
 * published figures: a scaffold throws most people onto the surface of the heap, a slab pour buries a third in
 * concrete, an old house leaves voids beside furniture and beams, a roof fall or a landslide buries most deep.
 */
export const kindDepthShares: Readonly<Record<CollapseKind, PerDepth>> = {
  scaffold: { surface: 0.6, void: 0.3, deep: 0.1 },
  formwork: { surface: 0.3, void: 0.4, deep: 0.3 },
  oldHouse: { surface: 0.3, void: 0.5, deep: 0.2 },
  mineRoof: { surface: 0.2, void: 0.3, deep: 0.5 },
  landslide: { surface: 0.1, void: 0.3, deep: 0.6 },
};
