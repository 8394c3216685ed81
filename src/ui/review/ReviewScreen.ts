// The after-action review (复盘评估) of a finished drill: verdict and score sheet, the team scorecards and
// findings, the casualty and evacuation curves, the village and unit tables, the incidents and reports, the
// timeline by kind, and the replay. The score is computed in a worker; until it arrives the facts show and the
// verdict says "scoring…"; a drill run with the ledger's open hazards shows what each cost, and a finding can be sent
// to the hazard ledger. The screen redraws itself in a new language, keeping the replay where it was.
import { durationText } from '../../i18n/clock.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { DrillSeries } from '../../review/drillSeries.ts';
import type { TimelineKind } from '../../review/timelineEntries.ts';
import { timelineKinds } from '../../review/timelineEntries.ts';
import type { DrillScore, Finding, HazardCost } from '../../sim/index.ts';
import type { AppSettings } from '../app/AppSettings.ts';
import type { RendererChoice } from '../app/launchOptions.ts';
import { fill, h } from '../buildElement.ts';
import { capabilityTable } from './capabilityTable.ts';
import type { CurveCharts } from './curveCharts.ts';
import { incidentTable, reportTable } from './factTables.ts';
import { findingsList } from './findingsList.ts';
import type { ReplayProbe } from './ReplayPanel.ts';
import { ReplayPanel } from './ReplayPanel.ts';
import type { ReviewActions } from './reviewActions.ts';
import { reviewActionBar } from './reviewActions.ts';
import type { FinishedDrill, ReviewContext } from './reviewContext.ts';
import { reviewContext } from './reviewContext.ts';
import { scoreInBackground } from './scoreInBackground.ts';
import { scorecardTable } from './scorecardTable.ts';
import { timelineSection } from './timelineSection.ts';
import { unitTable } from './unitTable.ts';
import type { ScoreStatus } from './verdictSection.ts';
import { verdictSection } from './verdictSection.ts';
import { villageTable } from './villageTable.ts';
import './review.css';

/** What the test hook may read of the review. */
export interface ReviewProbe {
  status: ScoreStatus['kind'];
  score: DrillScore | null;
  message: string | null;
  /** The charts drawn: lines in each, points per line. */
  curves: { series: number; points: number }[];
  replay: ReplayProbe;
}

export interface ReviewOptions {
  drill: FinishedDrill;
  settings: AppSettings;
  renderer: RendererChoice;
  actions: ReviewActions;
  /** Called once, when the score arrives. */
  onScored(score: DrillScore): void;
  /** The page's localStorage, where the hazard ledger findings are sent to is kept (null where the browser refuses it). */
  storage: Storage | null;
}

export class ReviewScreen {
  readonly element = h('div', { className: 'screen debrief review', attrs: { 'data-testid': 'debrief' } });
  private status: ScoreStatus = { kind: 'scoring' };
  /** What each open hazard the drill ran with cost (from the scoring worker); empty for a drill without hazards. */
  private costs: HazardCost[] = [];
  private readonly costSection = h('div');
  private series: DrillSeries | null = null;
  private charts: CurveCharts | null = null;
  private readonly curves = h('div', { className: 'curves', attrs: { 'data-testid': 'review-curves' } });
  private readonly timeline = h('div');
  /** What the app tells the hall about this drill (kept in the rehearsal log or not), kept across re-renders. */
  private readonly notices = h('div', { className: 'notices', attrs: { 'data-testid': 'review-notices', role: 'status' } });
  private readonly shown = new Set<TimelineKind>(timelineKinds);
  private readonly replay: ReplayPanel;
  private ctx: ReviewContext;
  private readonly disposers: (() => void)[] = [];
  private alive = true;

  constructor(private readonly options: ReviewOptions) {
    this.ctx = reviewContext(options.settings.get().language, options.drill);
    this.replay = new ReplayPanel(this.ctx, options.settings, options.renderer);
    let { language, projector } = options.settings.get();
    this.disposers.push(options.settings.subscribe((s) => {
      if (s.language !== language) this.render();
      else if (s.projector !== projector) this.replay.redrawMap();
      language = s.language;
      projector = s.projector;
    }));
  }

  /** Shows the review, starts the replay's map and the scoring; call once the element is in the page. */
  start(): void {
    this.render();
    void this.replay.mount();
    const { drill } = this.options;
    const scoring = scoreInBackground(drill.scenarioPath, drill.record);
    this.disposers.push(() => scoring.cancel());
    scoring.result.then((scored) => {
      if (!this.alive) return;
      this.status = { kind: 'scored', score: scored.score };
      this.series = scored.series;
      this.costs = scored.costs;
      this.render();
      this.options.onScored(scored.score);
    }, (error: unknown) => {
      if (!this.alive) return;
      this.status = { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
      this.render();
    });
  }

  /** Shows a notice under the buttons, as plain text (a problem in red). */
  tell(text: string, problem = false): void {
    this.notices.append(h('p', { className: problem ? 'notice problem' : 'notice' }, [text]));
  }

  probe(): ReviewProbe {
    const score = this.status.kind === 'scored' ? structuredClone(this.status.score) : null;
    return { status: this.status.kind, score, message: this.status.kind === 'failed' ? this.status.message : null, curves: this.charts?.drawn ?? [], replay: this.replay.probe() };
  }

  dispose(): void {
    this.alive = false;
    for (const dispose of this.disposers) dispose();
    this.charts?.destroy();
    this.replay.dispose();
  }

  private render(): void {
    const ctx = reviewContext(this.options.settings.get().language, this.options.drill);
    this.ctx = ctx;
    const { lang } = ctx;
    const scenario = ctx.drill.world.drill.scenario;
    const { state } = ctx.drill;
    const mode = ctx.drill.mode === 'hall' ? ui(lang, 'review.mode.hall') : ui(lang, 'review.mode.training', { team: ctx.name(ctx.drill.team ?? '') });
    const score = this.status.kind === 'scored' ? this.status.score : null;
    this.replay.render(ctx);
    this.renderTimeline();
    fill(this.element, [
      h('h2', {}, [ui(lang, 'review.title', { title: lang === 'zh' ? scenario.titleZh : scenario.titleEn })]),
      h('p', {}, [ui(lang, 'review.reached', { time: ctx.at(state.timeS), elapsed: durationText(lang, state.timeS), mode })]),
      reviewActionBar(ctx, this.options.actions, score !== null),
      this.notices,
      verdictSection(ctx, this.status),
      score ? capabilityTable(ctx, score) : null,
      score ? scorecardTable(ctx, score) : null,
      this.costSection,
      score ? findingsList(ctx, score, (finding) => void this.sendToLedger(finding)) : null,
      h('section', {}, [h('h3', {}, [ui(lang, 'review.curves')]), this.curves]),
      villageTable(ctx),
      unitTable(ctx),
      incidentTable(ctx),
      reportTable(ctx),
      this.timeline,
      this.replay.element,
    ]);
    void this.drawCurves();
    void this.drawCosts();
  }

  /** The hazards' costs, once scored, worded from the ledger (loaded with them, and only for a drill that ran with hazards). */
  private async drawCosts(): Promise<void> {
    if (this.costs.length === 0) { fill(this.costSection, []); return; }
    const ctx = this.ctx;
    const { hazardCostSection } = await import('./hazardCostSection.ts');
    if (this.alive && ctx === this.ctx) fill(this.costSection, [hazardCostSection(ctx, this.costs, this.options.storage)]);
  }

  /** Sends one finding to the hazard ledger this browser keeps, and tells the hall its number, team and deadline. */
  private async sendToLedger(finding: Finding): Promise<void> {
    const { sendFindingInBrowser } = await import('../ledger/sendFindingInBrowser.ts');
    const { drill } = this.options;
    const sent = sendFindingInBrowser(this.ctx.lang, drill.world, finding, drill.finishedAt, this.options.storage);
    this.tell(sent.text, !sent.ok);
  }

  private renderTimeline(): void {
    fill(this.timeline, [timelineSection(this.ctx, this.shown, (kind) => {
      if (!this.shown.delete(kind)) this.shown.add(kind);
      this.renderTimeline();
    })]);
  }

  /** Draws the curves (loading uPlot the first time) once the series are known; again after a change of language. */
  private async drawCurves(): Promise<void> {
    this.charts?.destroy();
    this.charts = null;
    const series = this.series;
    if (!series) { fill(this.curves, [h('p', { className: 'muted' }, [ui(this.ctx.lang, 'review.curves.waiting')])]); return; }
    fill(this.curves, []);
    const ctx = this.ctx;
    const { drawCurveCharts } = await import('./curveCharts.ts');
    if (!this.alive || ctx !== this.ctx || this.charts) return;
    this.charts = drawCurveCharts(ctx, this.curves, series);
  }
}
