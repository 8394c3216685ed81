// The panel for what is selected: one card per kind of selection, rebuilt when the selection or the language
// changes and refreshed in place as the drill moves on. With nothing selected it says how to pick.
import { ui } from '../../i18n/ui/uiText.ts';
import type { MapSelection } from '../../game/mapSelection.ts';
import type { TabletopController } from '../app/TabletopController.ts';
import { fill, h } from '../buildElement.ts';
import { incidentCard } from '../selection/incidentCard.ts';
import { objectCard } from '../selection/objectCard.ts';
import { areaCard, pointCard } from '../selection/placeCards.ts';
import { roadCard } from '../selection/roadCard.ts';
import type { SelectionCard } from '../selection/selectionCard.ts';
import { unitCard } from '../selection/unitCard.ts';
import { villageCard } from '../selection/villageCard.ts';

export interface FormOpeners {
  warning(villages: string[]): void;
  report(incident: string | null): void;
}

export class SelectionPanel {
  readonly element = h('section', { className: 'panel selection', attrs: { 'data-testid': 'selection-panel' } });
  private card: SelectionCard | null = null;
  private readonly hint = h('p', { className: 'pick-hint', attrs: { role: 'status' } });

  constructor(private readonly ctx: TabletopController, private readonly forms: FormOpeners) {
    // A change of pick mode only changes the hint: the card keeps the outcome of the order it is giving.
    ctx.subscribe((change) => { if (change === 'pickMode') this.showHint(); else this.render(); });
    ctx.session.subscribe(() => this.card?.refresh());
    this.render();
  }

  render(): void {
    const lang = this.ctx.language();
    const selection = this.ctx.selection();
    this.card = selection ? this.cardFor(selection) : null;
    fill(this.element, [this.hint, this.card ? this.card.element : h('p', { className: 'empty' }, [ui(lang, 'selection.none')])]);
    this.showHint();
  }

  private showHint(): void {
    const lang = this.ctx.language();
    const mode = this.ctx.pickMode();
    this.hint.hidden = mode === 'select' || mode === 'place';
    this.hint.textContent = mode === 'target' ? ui(lang, 'selection.pickTarget') : mode === 'area' ? ui(lang, 'selection.drawArea') : '';
  }

  private cardFor(selection: MapSelection): SelectionCard {
    const { ctx, forms } = this;
    switch (selection.kind) {
      case 'unit': return unitCard(ctx, selection.id);
      case 'incident': return incidentCard(ctx, selection.id, (incident) => forms.report(incident));
      case 'road': return roadCard(ctx, selection.id);
      case 'village': return villageCard(ctx, selection.id, (villages) => forms.warning(villages));
      case 'point': return pointCard(ctx, selection);
      case 'area': return areaCard(ctx, selection, (villages) => forms.warning(villages));
      default: return objectCard(ctx, selection.kind, selection.id);
    }
  }
}
