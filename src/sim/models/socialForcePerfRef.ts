// The perf-ref crowd model's walls and integrator (../shared/perf-ref, socialforce.c: compute_forces and integrate)
// with every operation in the C's form and order: a reciprocal multiplied where it multiplies, the tangential and
// normal wall terms added one after the other, the speed cap tested on the squared speed, glibc's exp. With the pair
// sums (which Newton's third law leaves bit for bit as the C's, see socialForcePairs) a run follows the C double build.
import { glibcExp } from '../math/glibcExp';
import type { SegmentGrid } from './agentGrid';
import { cellAt } from './agentGrid';
import type { Drive, Pedestrians, SocialForceParameters, StepScratch } from './socialForce';

/** Σ_W f_iW as socialforce.c adds it, for the walls within the cutoff (1e-12 ≤ d² < cutoff²) of each agent. */
export function addWallForcesAsPerfRef(peds: Pedestrians, walls: SegmentGrid, agentCells: Int32Array | null, cutoffM: number, p: SocialForceParameters, work: StepScratch): void {
  const { fx, fy } = work;
  const { xM, yM, vxMs, vyMs, radiusM } = peds;
  const s = walls.segments;
  const { repulsionN: a, bodyStiffnessKgS2: k, frictionKgMS: kappa } = p;
  const inverseB = 1 / p.repulsionRangeM;
  const cutoffSq = cutoffM * cutoffM;
  for (let i = 0; i < peds.count; i++) {
    const xi = xM[i]!;
    const yi = yM[i]!;
    const ri = radiusM[i]!;
    const c = agentCells ? agentCells[i]! : cellAt(walls.grid, xi, yi);
    let fxi = fx[i]!;
    let fyi = fy[i]!;
    for (let item = walls.cellStart[c]!; item < walls.cellStart[c + 1]!; item++) {
      const w = 4 * walls.items[item]!;
      const x0 = s[w]!;
      const y0 = s[w + 1]!;
      const ex = s[w + 2]! - x0;
      const ey = s[w + 3]! - y0;
      const inverseLengthSq = 1 / (ex * ex + ey * ey);
      const projected = ((xi - x0) * ex + (yi - y0) * ey) * inverseLengthSq;
      const t = projected < 0 ? 0 : projected > 1 ? 1 : projected;
      const dx = xi - (x0 + t * ex);
      const dy = yi - (y0 + t * ey);
      const d2 = dx * dx + dy * dy;
      if (d2 >= cutoffSq || d2 < 1e-12) continue;
      const d = Math.sqrt(d2);
      const inverseD = 1 / d;
      const nx = dx * inverseD;
      const ny = dy * inverseD;
      const overlapM = ri - d;
      let fn = a * glibcExp(overlapM * inverseB);
      if (overlapM > 0) {
        fn += k * overlapM;
        const ft = -kappa * overlapM * (vxMs[i]! * -ny + vyMs[i]! * nx);
        fxi += ft * -ny;
        fyi += ft * nx;
      }
      fxi += fn * nx;
      fyi += fn * ny;
    }
    fx[i] = fxi;
    fy[i] = fyi;
  }
}

/** Semi-implicit Euler as socialforce.c integrates: a = (v⁰e − v)·(1/τ) + f·(1/m), v += a dt, |v|² > v_max² capped, x += v dt. */
export function integrateAsPerfRef(peds: Pedestrians, drive: Drive, p: SocialForceParameters, dtS: number, work: StepScratch): void {
  const { xM, yM, vxMs, vyMs } = peds;
  const { fx, fy } = work;
  const { desiredVxMs, desiredVyMs, maxSpeedMs, fixed } = drive;
  const inverseTau = 1 / p.relaxationS;
  const inverseMass = 1 / p.massKg;
  for (let i = 0; i < peds.count; i++) {
    if (fixed[i]) { vxMs[i] = 0; vyMs[i] = 0; continue; }
    let vx = vxMs[i]! + ((desiredVxMs[i]! - vxMs[i]!) * inverseTau + fx[i]! * inverseMass) * dtS;
    let vy = vyMs[i]! + ((desiredVyMs[i]! - vyMs[i]!) * inverseTau + fy[i]! * inverseMass) * dtS;
    const cap = maxSpeedMs[i]!;
    const speedSq = vx * vx + vy * vy;
    if (speedSq > cap * cap) {
      const f = cap / Math.sqrt(speedSq);
      vx *= f;
      vy *= f;
    }
    vxMs[i] = vx; vyMs[i] = vy;
    xM[i]! += vx * dtS;
    yM[i]! += vy * dtS;
  }
}
