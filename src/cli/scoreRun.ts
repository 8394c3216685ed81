// Scores a drill record against its scenario's rubric, with a no-response run on the same seed as the baseline.
// The core does it (src/sim/scoring/scoreWithBaseline.ts), so the command line and the browser score alike.
export { scoreRecord } from '../sim/index.ts';
