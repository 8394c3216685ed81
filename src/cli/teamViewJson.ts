// The CLI's window on one team's view: what that team's screen would show at the end of the run, as JSON or lines.
import type { TeamView, World } from '../sim/index.ts';
import { contentName } from '../i18n/contentName.ts';
import { wordOfFactor } from '../i18n/factorWord.ts';
import type { Language } from '../i18n/translate.ts';
import { namesWith } from '../i18n/names.ts';

/** The view as JSON: each incident with its title (both languages) and the actions that fit it, as the team's screen shows it. */
export function teamViewJson(view: TeamView) {
  return {
    team: view.team,
    timeS: view.timeS,
    incidents: view.incidents.map((i) => ({
      id: i.id, titleZh: i.titleZh, titleEn: i.titleEn, factor: i.factor, knownSinceS: i.knownSinceS, toldBy: i.toldBy, via: i.via,
      casualties: i.casualties, lossYuan: i.lossYuan, phase: i.phase, ended: i.ended, endedS: i.endedS, actions: i.actions,
    })),
    readings: view.readings,
    units: view.units,
    villages: view.villages,
    warnings: view.warnings,
    messages: view.messages,
    orders: view.orders,
  };
}

/** A short reading of the view for a person: names, not ids (a curveball's title from the view). */
export function teamViewLines(world: World, view: TeamView, language: Language): string[] {
  const names = namesWith(world, view.incidents);
  const name = (id: string) => contentName(names, id)[language];
  const none = language === 'zh' ? '无' : 'none';
  const head = language === 'zh' ? `${name(view.team)}所知（第${Math.round(view.timeS / 60)}分钟）` : `What ${name(view.team)} knows (minute ${Math.round(view.timeS / 60)})`;
  const incidents = view.incidents.map((i) => {
    const c = i.casualties;
    const toll = c === null ? '' : language === 'zh' ? `，死${c.deaths}伤${c.injured}失踪${c.missing}` : `, ${c.deaths} dead, ${c.injured} injured, ${c.missing} missing`;
    const from = i.toldBy === null ? '' : language === 'zh' ? `，${name(i.toldBy)}告知` : `, told by ${name(i.toldBy)}`;
    const phase = i.phase === null ? '' : `${language === 'zh' ? '，' : ', '}${wordOfFactor('phase', i.factor, i.phase)[language]}`;
    const over = i.endedS === null ? '' : language === 'zh' ? `，第${Math.round(i.endedS / 60)}分钟起已结束` : `, over since minute ${Math.round(i.endedS / 60)}`;
    return `  ${name(i.id)}: ${language === 'zh' ? '获悉于第' : 'known since minute '}${Math.round(i.knownSinceS / 60)}${language === 'zh' ? '分钟' : ''}${from}${phase}${toll}${over}`;
  });
  return [head, ...(incidents.length > 0 ? incidents : [`  ${none}`])];
}
