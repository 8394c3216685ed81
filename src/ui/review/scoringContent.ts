// What the scoring worker reads: the page's bundled content plus the scenarios' reference plans, which scoring
// runs as the yardstick of a drill's outcome, and the hazard effects, which time what an open hazard cost. Kept out of the first page load; only the worker imports this.
import type { ReadContent } from '../../sim/index.ts';
import { readContent } from '../app/scenarioCatalog.ts';

const plans = import.meta.glob<string>(['../../../scenarios/plans/*.json', '../../../scenarios/ledger/effects.json'], { query: '?raw', import: 'default', eager: true });
const planFiles = new Map(Object.entries(plans).map(([key, text]) => [key.replace(/^(\.\.\/)+/, ''), text]));

export const readScoringContent: ReadContent = (path) => planFiles.get(path) ?? readContent(path);
