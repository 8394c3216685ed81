// The card of a selected village: its people (the vulnerable counted apart), who is still at home, its warning
// and its evacuation; move its people to a shelter, warn it, or send a unit there.
import { translate } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { TabletopController } from '../app/TabletopController.ts';
import { button, fill, h } from '../buildElement.ts';
import { displayName } from '../displayName.ts';
import { dispatchHere } from './dispatchHere.ts';
import type { SelectionCard } from './selectionCard.ts';
import { actions, cardFrame, fact } from './selectionCard.ts';
import { evacuateControls } from './evacuateControls.ts';

export function villageCard(ctx: TabletopController, id: string, openWarning: (villages: string[]) => void): SelectionCard {
  const lang = ctx.language();
  const village = ctx.drill.map.villages.find((v) => v.id === id);
  const facts = h('div', { className: 'facts' });
  const refresh = (): void => {
    const state = ctx.view().villages.find((v) => v.id === id);
    if (!village || !state) return;
    const evacuation = state.evacuation;
    fill(facts, [
      fact(ui(lang, 'village.atHome'), ui(lang, 'village.people', { count: state.atHomeCount + state.atHomeVulnerableCount, vulnerable: state.atHomeVulnerableCount })),
      fact(ui(lang, 'village.moved'), ui(lang, 'village.people', { count: state.movedCount, vulnerable: state.movedVulnerableCount })),
      fact(ui(lang, 'village.warning'), state.warning ? translate(lang, `colour.${state.warning}`) : ui(lang, 'village.noWarning')),
      evacuation ? fact(ui(lang, 'village.evacuation'), ui(lang, evacuation.completedS !== null ? 'village.evacuationDone' : evacuation.stalled ? 'village.evacuationStalled' : 'village.evacuationUnderway',
        { shelter: displayName(ctx.world, evacuation.shelter, lang) })) : null,
    ]);
  };
  const subtitle = village ? ui(lang, 'village.profile', { population: village.population, households: village.households, elderly: village.elderlyAlone, children: village.children }) : '';
  const element = cardFrame(displayName(ctx.world, id, lang), subtitle, [
    village ? h('p', { className: 'card-note' }, [ui(lang, 'village.force', {
      cadres: village.cadres, militia: village.militia, volunteers: village.volunteers, reporter: lang === 'zh' ? village.infoReporterZh : village.infoReporterEn,
    })]) : null,
    facts,
    actions(ui(lang, 'village.evacuateTo'), [evacuateControls(ctx, { villages: [id] })]),
    actions(ui(lang, 'village.warn'), [button(ui(lang, 'order.warningForm'), () => openWarning([id]), { attrs: { 'data-testid': 'warn-village' } })]),
    actions(ui(lang, 'order.sendUnitHere'), [dispatchHere(ctx, { place: id })]),
  ], 'village-card');
  refresh();
  return { element, refresh };
}
