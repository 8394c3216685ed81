// The core's transcendental functions, with the same bits in every engine. ECMAScript leaves Math.exp, Math.log,
// Math.sin … "implementation-approximated", and Node and Chromium differ in the last bit for a few percent of
// inputs — enough to move a drill's outcome. These are written with + − × ÷, Math.sqrt, Math.floor, Math.round,
// Math.abs and integer work on the bits only, which IEEE-754 makes exact everywhere. Lint forbids the Math ones in
// src/sim and src/machines; call these instead (`detMath.exp(x)` for `Math.exp(x)`, `detMath.pow(a, b)` for
// `a ** b`). Accuracy against Math.* is stated and checked in test/sim/math.
import { atan, atan2 } from './atan.ts';
import { cbrt } from './cbrt.ts';
import { exp } from './exp.ts';
import { hypot } from './hypot.ts';
import { log, log10 } from './log.ts';
import { pow } from './pow.ts';
import { cos, sin } from './trig.ts';

export const detMath = Object.freeze({ exp, log, log10, pow, cbrt, sin, cos, atan, atan2, hypot });

export type DetMathFunction = keyof typeof detMath;
