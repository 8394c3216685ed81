// The facilitator's curveball controls (导演组·突发情况): choose one of the township's templates, then click the map
// where it happens; the core places it (or says why it cannot, here). Esc, or the button again, cancels placing.
import { ui } from '../../i18n/ui/uiText.ts';
import type { CurveballTemplateView } from '../../sim/index.ts';
import type { MapSelection } from '../../game/mapSelection.ts';
import type { TabletopController } from '../app/TabletopController.ts';
import { button, fill, h } from '../buildElement.ts';
import type { OutcomeLine } from '../outcomeLine.ts';
import { createOutcomeLine } from '../outcomeLine.ts';
import { curveballHint } from './curveballHint.ts';

export class CurveballPanel {
  readonly element = h('section', { className: 'panel curveballs', attrs: { 'data-testid': 'curveball-panel' } });
  private readonly hint = h('p', { className: 'pick-hint', attrs: { role: 'status', 'data-testid': 'curveball-hint' } });
  private readonly choice: HTMLSelectElement = h('select');
  /** The template being placed, while the map waits for the click. */
  private placing: CurveballTemplateView | null = null;

  private readonly outcome: OutcomeLine;

  constructor(private readonly ctx: TabletopController) {
    this.outcome = createOutcomeLine(() => ctx.world);
    ctx.subscribe((change) => { if (change === 'pickMode' || change === 'selection') this.pickModeChanged(); });
    this.render();
  }

  render(): void {
    const lang = this.ctx.language();
    const templates = this.ctx.drill.curveballs;
    if (templates.length === 0) {
      fill(this.element, [h('h2', {}, [ui(lang, 'curveball.title')]), h('p', { className: 'empty' }, [ui(lang, 'curveball.none')])]);
      return;
    }
    const chosen = this.choice.value;
    this.choice.replaceChildren(...templates.map((t) => h('option', { attrs: { value: t.id } }, [
      `${ui(lang, `factor.${t.incident.factor}`)} · ${lang === 'zh' ? t.nameZh : t.nameEn}`,
    ])));
    if (templates.some((t) => t.id === chosen)) this.choice.value = chosen;
    this.choice.setAttribute('aria-label', ui(lang, 'curveball.choose'));
    this.choice.setAttribute('data-testid', 'curveball-template');
    const place = button(this.placing ? ui(lang, 'curveball.cancel') : ui(lang, 'curveball.place'), () => this.toggle(), {
      className: this.placing ? 'active' : '', attrs: { 'data-testid': 'curveball-place', 'aria-pressed': String(this.placing !== null) },
    });
    this.showHint();
    fill(this.element, [
      h('h2', {}, [ui(lang, 'curveball.title')]),
      h('p', { className: 'about' }, [ui(lang, 'curveball.about')]),
      h('div', { className: 'curveball-controls' }, [this.choice, place]),
      this.hint,
      this.outcome.element,
    ]);
  }

  private toggle(): void {
    if (this.placing) {
      this.ctx.setPickMode('select');
      return;
    }
    const template = this.ctx.drill.curveballs.find((t) => t.id === this.choice.value);
    if (!template) return;
    this.placing = template;
    this.outcome.clear();
    this.ctx.onPlacePicked = (pick) => this.place(template, pick);
    this.ctx.setPickMode('place');
    this.render();
  }

  private place(template: CurveballTemplateView, pick: MapSelection): void {
    this.placing = null;
    this.ctx.onPlacePicked = null;
    const lang = this.ctx.language();
    if (pick.kind !== 'point') return;
    const result = this.ctx.give({ type: 'addIncident', by: 'facilitator', template: template.id, at: { xM: pick.xM, yM: pick.yM } });
    this.outcome.show(result, lang, ui(lang, 'curveball.added', { name: lang === 'zh' ? template.incident.titleZh : template.incident.titleEn }));
    const hint = result.ok ? null : curveballHint(this.ctx.drill.map, template, lang);
    if (hint) this.outcome.element.append(h('span', { className: 'hint', attrs: { 'data-testid': 'curveball-hint' } }, [` ${hint}`]));
  }

  /** Leaving place mode without a click (Esc, another tool) cancels placing. */
  private pickModeChanged(): void {
    if (this.ctx.pickMode() === 'place') return;
    if (this.placing) {
      this.placing = null;
      this.ctx.onPlacePicked = null;
      this.outcome.refuse(ui(this.ctx.language(), 'curveball.cancelled'));
    }
    this.render();
  }

  private showHint(): void {
    const lang = this.ctx.language();
    this.hint.hidden = this.placing === null;
    this.hint.textContent = this.placing ? ui(lang, 'curveball.placing', { name: lang === 'zh' ? this.placing.nameZh : this.placing.nameEn }) : '';
  }
}
