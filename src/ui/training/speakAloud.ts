// Reads a card aloud with the browser's speech synthesis where the device has it (zh-CN for Chinese, en-US for
// English): the text is always on screen as well, and a device without speech synthesis simply has no voice.
import type { Language } from '../../i18n/translate.ts';

/** What of the Web Speech API a card needs: the synthesiser and a way to make an utterance. */
export interface Speech {
  cancel(): void;
  speak(utterance: SpeechSynthesisUtterance): void;
  utterance(text: string): SpeechSynthesisUtterance;
}

/** The BCP 47 language a card is read in. */
export function speechLanguage(language: Language): 'zh-CN' | 'en-US' {
  return language === 'zh' ? 'zh-CN' : 'en-US';
}

/** The page's speech synthesis, or null where the browser has none (or refuses it). */
export function browserSpeech(scope: { speechSynthesis?: SpeechSynthesis; SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance } = globalThis): Speech | null {
  try {
    const synth = scope.speechSynthesis;
    const Utterance = scope.SpeechSynthesisUtterance;
    if (!synth || typeof Utterance !== 'function') return null;
    return { cancel: () => synth.cancel(), speak: (u) => synth.speak(u), utterance: (text) => new Utterance(text) };
  } catch {
    return null;
  }
}

/** Reads `text` aloud in `language`, stopping what was being read; false when there is no voice to read with. */
export function speakAloud(speech: Speech | null, text: string, language: Language): boolean {
  if (!speech) return false;
  try {
    const utterance = speech.utterance(text);
    utterance.lang = speechLanguage(language);
    speech.cancel();
    speech.speak(utterance);
    return true;
  } catch {
    return false;
  }
}
