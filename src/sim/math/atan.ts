// atan x and atan2(y, x) with the same bits in every engine: fdlibm's s_atan.c and e_atan2.c (Sun Microsystems,
// 1993) in plain arithmetic. |x| is reduced to |t| ≤ 7/16 around atan 0, ½, 1, 1.5 or ∞ (each kept in two
// parts), then atan t by a degree-22 odd polynomial. Error below 1 ulp.
const ATAN_HI = [4.63647609000806093515e-01, 7.85398163397448278999e-01, 9.82793723247329054082e-01, 1.57079632679489655800e+00] as const;
const ATAN_LO = [2.26987774529616870924e-17, 3.06161699786838301793e-17, 1.39033110312309984516e-17, 6.12323399573676603587e-17] as const;
const AT = [
  3.33333333333329318027e-01, -1.99999999998764832476e-01, 1.42857142725034663711e-01, -1.11111104054623557880e-01,
  9.09088713343650656196e-02, -7.69187620504482999495e-02, 6.66107313738753120669e-02, -5.83357013379057348645e-02,
  4.97687799461593236017e-02, -3.65315727442169155270e-02, 1.62858201153657823623e-02,
] as const;
const PI = Math.PI;
const PI_LO = 1.2246467991473532e-16; // π − Math.PI

/** The reduced argument and which of the four reference angles it is measured from (-1: from 0). */
function reduceAtan(ax: number): { t: number; id: -1 | 0 | 1 | 2 | 3 } {
  if (ax < 0.4375) return { t: ax, id: -1 };
  if (ax < 0.6875) return { t: (2 * ax - 1) / (2 + ax), id: 0 };
  if (ax < 1.1875) return { t: (ax - 1) / (ax + 1), id: 1 };
  if (ax < 2.4375) return { t: (ax - 1.5) / (1 + 1.5 * ax), id: 2 };
  return { t: -1 / ax, id: 3 };
}

/** atan x in (−π/2, π/2), within 1 ulp, bit-identical in every IEEE-754 engine. */
export function atan(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const ax = Math.abs(x);
  if (ax >= 7.378697629483821e19) return x > 0 ? ATAN_HI[3] + ATAN_LO[3] : -ATAN_HI[3] - ATAN_LO[3]; // |x| ≥ 2^66
  if (ax < 7.450580596923828e-9) return x; // |x| < 2^-27
  const { t, id } = reduceAtan(ax);
  const z = t * t;
  const w = z * z;
  const s1 = z * (AT[0] + w * (AT[2] + w * (AT[4] + w * (AT[6] + w * (AT[8] + w * AT[10])))));
  const s2 = w * (AT[1] + w * (AT[3] + w * (AT[5] + w * (AT[7] + w * AT[9]))));
  if (id === -1) return x - x * (s1 + s2);
  const result = ATAN_HI[id] - ((t * (s1 + s2) - ATAN_LO[id]) - t);
  return x < 0 ? -result : result;
}

/** The angle of the point (x, y) from the positive x axis, in (−π, π], as Math.atan2, within 2 ulps. */
export function atan2(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  const yNegative = y < 0 || Object.is(y, -0);
  const xNegative = x < 0 || Object.is(x, -0);
  const signed = (v: number) => (yNegative ? -v : v);
  if (y === 0) return xNegative ? signed(PI) : signed(0);
  if (x === 0) return signed(ATAN_HI[3] + ATAN_LO[3]);
  if (Math.abs(x) === Infinity) {
    if (Math.abs(y) === Infinity) return signed(xNegative ? 3 * (PI / 4) : PI / 4);
    return xNegative ? signed(PI) : signed(0);
  }
  if (Math.abs(y) === Infinity) return signed(ATAN_HI[3] + ATAN_LO[3]);
  const z = atan(Math.abs(y / x));
  if (!xNegative) return signed(z);
  return signed(PI - (z - PI_LO));
}
