// Writes test/sim/math/detMathBits.json, the bits the portable math gives for its fixed inputs. Run once (and again
// only when the math is deliberately changed): `npx tsx test/support/writeMathFixture.ts`.
import { writeFileSync } from 'node:fs';
import { computeMathFixture } from './mathFixture.ts';

const fixture = computeMathFixture();
const lines = Object.entries(fixture).map(([name, rows]) => `  ${JSON.stringify(name)}: [\n${rows.map((r) => `    ${JSON.stringify(r)}`).join(',\n')}\n  ]`);
writeFileSync('test/sim/math/detMathBits.json', `{\n${lines.join(',\n')}\n}\n`);
console.log(`test/sim/math/detMathBits.json: ${Object.values(fixture).reduce((n, rows) => n + rows.length, 0)} rows`);
