import { describe, expect, it } from 'vitest';
import type { Speech } from '../../../src/ui/training/speakAloud.ts';
import { browserSpeech, speakAloud } from '../../../src/ui/training/speakAloud.ts';

/** A voice that keeps what it was asked to read. */
function fakeSpeech(): Speech & { read: { text: string; lang: string }[] } {
  const read: { text: string; lang: string }[] = [];
  return {
    read,
    cancel: () => undefined,
    speak: (u) => { read.push({ text: u.text, lang: u.lang }); },
    utterance: (text) => ({ text, lang: '' }) as SpeechSynthesisUtterance,
  };
}

describe('a card can be read aloud where the device has a voice', () => {
  it('reads a Chinese card in zh-CN and an English one in en-US', () => {
    const speech = fakeSpeech();
    expect(speakAloud(speech, '你先做什么？', 'zh')).toBe(true);
    expect(speakAloud(speech, 'What do you do first?', 'en')).toBe(true);
    expect(speech.read).toEqual([{ text: '你先做什么？', lang: 'zh-CN' }, { text: 'What do you do first?', lang: 'en-US' }]);
  });

  it('does nothing, and never throws, where there is no speech synthesis or it fails', () => {
    expect(browserSpeech({})).toBeNull();
    expect(speakAloud(null, '你先做什么？', 'zh')).toBe(false);
    const broken: Speech = { cancel: () => undefined, speak: () => { throw new Error('not-allowed'); }, utterance: (text) => ({ text, lang: '' }) as SpeechSynthesisUtterance };
    expect(speakAloud(broken, '你先做什么？', 'zh')).toBe(false);
  });
});
