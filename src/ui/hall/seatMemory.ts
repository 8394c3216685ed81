// The phone remembers its seat's token per room (PIN), so a reload or a dropped connection takes the same seat back.
const key = (pin: string): string => `drillhall.seat.${pin}`;

function storage(): Storage | null {
  try { return window.localStorage; } catch { return null; }
}

export function rememberSeat(pin: string, seatToken: string): void {
  try { storage()?.setItem(key(pin), seatToken); } catch { /* a browser that refuses storage only loses the rejoin after a reload */ }
}

export function rememberedSeat(pin: string): string | null {
  try { return storage()?.getItem(key(pin)) ?? null; } catch { return null; }
}

export function forgetSeat(pin: string): void {
  try { storage()?.removeItem(key(pin)); } catch { /* nothing to forget */ }
}
