// The evaluator's table (test/support/evaluatorTable.ts) over these demo scenarios; the others are in this folder's
// other files, so the runner can spread the scenarios over its workers.
import { evaluatorTable } from '../../support/evaluatorTable.ts';

evaluatorTable(['demo-temple-fair-crush.json', 'demo-elder-home-fire.json', 'demo-xiling-grassland-fire.json']);
