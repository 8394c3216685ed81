// Scenario clock text: the local time of day a sim second falls on, from the scenario's start.
const pad = (n: number) => String(n).padStart(2, '0');

/** `HH:MM:SS` (with `+Nd` past midnight) for `timeS` seconds after `start` (`YYYY-MM-DDTHH:MM[:SS]`). */
export function clockAt(start: string, timeS: number): string {
  const [, hh = '0', mm = '0', ss = '0'] = /T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(start) ?? [];
  const total = Number(hh) * 3600 + Number(mm) * 60 + Number(ss) + timeS;
  const days = Math.floor(total / 86_400);
  const s = total % 86_400;
  const text = `${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
  return days > 0 ? `${text} +${days}d` : text;
}

/** A duration as players say it: `6 min 49 s` / `6分49秒`. */
export function durationText(language: 'zh' | 'en', seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  if (language === 'zh') return m > 0 ? `${m}分${s > 0 ? `${s}秒` : '钟'}` : `${s}秒`;
  return m > 0 ? `${m} min${s > 0 ? ` ${s} s` : ''}` : `${s} s`;
}
