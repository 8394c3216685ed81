// The join code the director shows: a QR code of the join address (the page's join screen with the room's PIN),
// drawn locally as SVG squares (qrcode-generator; nothing fetched), so phones on the hall's Wi-Fi scan and join.
import qrcode from 'qrcode-generator';

const svgNs = 'http://www.w3.org/2000/svg';

/** The address a phone opens to join the room with this PIN, on the server at `origin`. */
export function joinAddress(origin: string, pin: string): string {
  return `${origin.replace(/\/$/, '')}/?screen=join&pin=${pin}`;
}

export function joinCode(address: string, label: string): SVGSVGElement {
  const code = qrcode(0, 'M');
  code.addData(address);
  code.make();
  const n = code.getModuleCount();
  const quiet = 4;
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('viewBox', `0 0 ${n + 2 * quiet} ${n + 2 * quiet}`);
  svg.setAttribute('class', 'join-code');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('data-testid', 'join-code');
  svg.setAttribute('data-address', address);
  const back = document.createElementNS(svgNs, 'rect');
  for (const [k, v] of [['width', n + 2 * quiet], ['height', n + 2 * quiet], ['fill', '#fff']] as const) back.setAttribute(k, String(v));
  let path = '';
  for (let row = 0; row < n; row++) for (let col = 0; col < n; col++) if (code.isDark(row, col)) path += `M${col + quiet} ${row + quiet}h1v1h-1z`;
  const dark = document.createElementNS(svgNs, 'path');
  dark.setAttribute('d', path);
  dark.setAttribute('fill', '#000');
  svg.append(back, dark);
  return svg;
}
