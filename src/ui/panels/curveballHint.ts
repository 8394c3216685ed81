// Where a curveball may go, for the facilitator whose click was refused: the township's facilities for a fire in a
// building, a leak, a collapse, a toxic release, a crowd or workers in the heat; its villages for a food poisoning,
// carbon monoxide or the elderly in the heat. Null where the refusal already says it (a road, a dike, open ground).
import type { Language } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { CurveballTemplateView, TownshipMap } from '../../sim/index.ts';
import { listText } from '../listText.ts';

/** Names shown at most, so the hint stays one line. */
const shownNames = 6;

function candidates(map: TownshipMap, template: CurveballTemplateView): readonly { nameZh: string; nameEn: string }[] {
  const incident = template.incident;
  switch (incident.factor) {
    case 'fire': return incident.kind === 'building' ? map.facilities : [];
    case 'explosion': case 'collapse': case 'crowd': return map.facilities;
    case 'poisoning': return incident.kind === 'toxicRelease' ? map.facilities : map.villages;
    case 'heat': return incident.group.kind === 'elderlyAlone' ? map.villages : map.facilities;
    default: return [];
  }
}

export function curveballHint(map: TownshipMap, template: CurveballTemplateView, lang: Language): string | null {
  const names = candidates(map, template).map((o) => (lang === 'zh' ? o.nameZh : o.nameEn));
  if (names.length === 0) return null;
  const shown = listText(lang, names.slice(0, shownNames)) + (names.length > shownNames ? (lang === 'zh' ? '等' : ', …') : '');
  return ui(lang, 'curveball.hint', { places: shown });
}
