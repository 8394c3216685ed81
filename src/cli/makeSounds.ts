// `npx tsx src/cli/makeSounds.ts`: synthesizes the drill's sound cues into public/sounds/*.wav — small mono
// 8-bit files, a few kilobytes each, made here rather than downloaded. Deterministic: the same files every run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const sampleRate = 11_025;
type Voice = (t: number) => number;

/** A tone of `hz` with a few odd harmonics (a clearer, more "electronic" timbre than a sine). */
const tone = (hz: number): Voice => (t) => Math.sin(2 * Math.PI * hz * t) + 0.25 * Math.sin(6 * Math.PI * hz * t);
/** Deterministic noise (a linear congruential generator), for the radio's squelch. */
function noise(seed: number): Voice {
  let state = seed;
  return () => { state = (state * 1_103_515_245 + 12_345) % 2 ** 31; return state / 2 ** 30 - 1; };
}

interface Note { startS: number; lengthS: number; voice: Voice; gain?: number; decay?: number }

function render(notes: readonly Note[]): Float32Array {
  const lengthS = Math.max(...notes.map((n) => n.startS + n.lengthS)) + 0.02;
  const out = new Float32Array(Math.ceil(lengthS * sampleRate));
  for (const note of notes) {
    const from = Math.floor(note.startS * sampleRate);
    const count = Math.floor(note.lengthS * sampleRate);
    for (let i = 0; i < count; i++) {
      const t = i / sampleRate;
      // A 5 ms fade at each end keeps the cue from clicking; `decay` makes bells ring out.
      const edge = Math.min(1, t / 0.005, (note.lengthS - t) / 0.005);
      const envelope = edge * (note.decay ? Math.exp(-t * note.decay) : 1);
      out[from + i] = (out[from + i] ?? 0) + (note.gain ?? 0.5) * envelope * note.voice(t);
    }
  }
  return out;
}

const beeps = (hz: number, count: number, lengthS: number, gapS: number): Note[] =>
  Array.from({ length: count }, (_, i) => ({ startS: i * (lengthS + gapS), lengthS, voice: tone(hz) }));

const cues: Record<string, Note[]> = {
  // A two-tone siren, eight half-periods.
  alarm: Array.from({ length: 8 }, (_, i) => ({ startS: i * 0.15, lengthS: 0.15, voice: tone(i % 2 === 0 ? 660 : 880), gain: 0.45 })),
  // A rising chirp and a blip: a unit is on its way.
  dispatch: [
    { startS: 0, lengthS: 0.22, voice: (t) => Math.sin(2 * Math.PI * (500 * t + (500 / 0.44) * t * t)), gain: 0.5 },
    { startS: 0.26, lengthS: 0.08, voice: tone(1000) },
  ],
  // Two bell notes: arrived.
  arrival: [{ startS: 0, lengthS: 0.3, voice: tone(880), decay: 9 }, { startS: 0.12, lengthS: 0.4, voice: tone(1320), decay: 8 }],
  // Squelch, a roger beep, squelch: a message over the radio.
  radio: [
    { startS: 0, lengthS: 0.08, voice: noise(7), gain: 0.3 },
    { startS: 0.1, lengthS: 0.16, voice: tone(1200), gain: 0.45 },
    { startS: 0.3, lengthS: 0.06, voice: noise(11), gain: 0.3 },
  ],
  // A low buzz: refused.
  refused: [{ startS: 0, lengthS: 0.28, voice: (t) => Math.sign(Math.sin(2 * Math.PI * 160 * t)) * 0.6, gain: 0.4 }],
  // Warnings: more and higher beeps the higher the colour.
  'warning-blue': beeps(600, 1, 0.5, 0),
  'warning-yellow': beeps(720, 2, 0.22, 0.1),
  'warning-orange': beeps(840, 3, 0.16, 0.08),
  'warning-red': beeps(980, 5, 0.1, 0.05),
};

/** 8-bit unsigned mono PCM in a RIFF/WAVE container. */
function wav(samples: Float32Array): Buffer {
  const data = Buffer.alloc(samples.length);
  samples.forEach((s, i) => data.writeUInt8(Math.round(128 + 127 * Math.max(-1, Math.min(1, s))), i));
  const header = Buffer.alloc(44);
  header.write('RIFF', 0); header.writeUInt32LE(36 + data.length, 4); header.write('WAVE', 8);
  header.write('fmt ', 12); header.writeUInt32LE(16, 16); header.writeUInt16LE(1, 20); header.writeUInt16LE(1, 22);
  header.writeUInt32LE(sampleRate, 24); header.writeUInt32LE(sampleRate, 28); header.writeUInt16LE(1, 32); header.writeUInt16LE(8, 34);
  header.write('data', 36); header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

const folder = join(dirname(fileURLToPath(import.meta.url)), '../../public/sounds');
mkdirSync(folder, { recursive: true });
for (const [name, notes] of Object.entries(cues)) {
  const file = wav(render(notes));
  writeFileSync(join(folder, `${name}.wav`), file);
  process.stdout.write(`public/sounds/${name}.wav  ${file.length} bytes\n`);
}
