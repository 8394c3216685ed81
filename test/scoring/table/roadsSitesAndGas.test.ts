// The evaluator's table (test/support/evaluatorTable.ts) over these demo scenarios; the others are in this folder's
// other files, so the runner can spread the scenarios over its workers.
import { evaluatorTable } from '../../support/evaluatorTable.ts';

evaluatorTable(['demo-s215-bus-crash.json', 'demo-site-formwork-collapse.json', 'demo-market-gas-leak.json']);
