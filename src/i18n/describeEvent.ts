// One line of the event feed in the chosen language, with names instead of ids.
import type { SimEvent, Target } from '../sim/index.ts';
import { factorPhases } from '../sim/index.ts';
import type { Names } from './names.ts';
import { namedIncident } from './names.ts';
import { durationText } from './clock.ts';
import { contentName } from './contentName.ts';
import { factorWord } from './factorWord.ts';
import type { Bilingual, Language, MessageParams } from './translate.ts';
import { bilingual, translate } from './translate.ts';

function targetName(world: Names, target: Target): Bilingual {
  if ('place' in target) return contentName(world, target.place);
  if ('incident' in target) return contentName(world, target.incident);
  const km = (m: number) => (m / 1000).toFixed(1);
  return { zh: `坐标(${km(target.xM)}, ${km(target.yM)})公里处`, en: `the point (${km(target.xM)}, ${km(target.yM)}) km` };
}

function eta(seconds: number): Bilingual {
  return { zh: `${durationText('zh', seconds)}后`, en: `in ${durationText('en', seconds)}` };
}

function paramsOf(world: Names, e: SimEvent): MessageParams {
  const name = (id: string) => contentName(world, id);
  switch (e.type) {
    case 'unit.dispatched': return { by: name(e.by), unit: name(e.unit), target: targetName(world, e.target), eta: eta(e.etaS) };
    case 'unit.arrived': return { unit: name(e.unit), target: targetName(world, e.target) };
    case 'unit.recalled': return { by: name(e.by), unit: name(e.unit), eta: eta(e.etaS) };
    case 'unit.returned': return { unit: name(e.unit) };
    case 'unit.rerouted': return { unit: name(e.unit), road: name(e.road), eta: eta(e.etaS) };
    case 'unit.stranded': return { unit: name(e.unit), road: name(e.road) };
    case 'unit.assigned': return { by: name(e.by), unit: name(e.unit), team: name(e.team) };
    case 'evacuation.ordered': return { by: name(e.by), village: name(e.village), shelter: name(e.shelter) };
    case 'evacuation.completed': return { village: name(e.village), count: e.movedCount };
    case 'shelter.opened': return { by: name(e.by), shelter: name(e.shelter) };
    case 'shelter.full': return { shelter: name(e.shelter), village: name(e.village) };
    case 'road.closed':
    case 'road.reopened': return { by: name(e.by), road: name(e.road) };
    case 'warning.issued': {
      const list = e.villages.map(name);
      const recipients = e.township ? bilingual('recipients.township') : { zh: list.map((n) => n.zh).join('、'), en: list.map((n) => n.en).join(', ') };
      return { by: name(e.by), colour: bilingual(`colour.${e.colour}`), recipients, message: e.message };
    }
    case 'report.filed': return { by: name(e.by), to: name(e.to), kind: bilingual(`report.${e.kind}`) };
    case 'county.requested': return { by: name(e.by), force: bilingual(`force.${e.force}`), eta: eta(e.arrivesS - e.timeS) };
    case 'county.arrived': return { unit: name(e.unit) };
    case 'response.levelSet': return { by: name(e.by), level: bilingual(`level.${e.level}`) };
    case 'inject.delivered': {
      const inject = world.drill.scenario.injects.find((i) => i.id === e.inject);
      return { to: name(e.to), message: inject ? { zh: inject.messageZh, en: inject.messageEn } : e.inject };
    }
    case 'inject.skipped': return { inject: contentName(world, e.inject) };
    case 'inject.deferred': return { inject: contentName(world, e.inject), eta: eta(e.dueS - e.timeS) };
    case 'drill.timeUp': return {};
    case 'incident.added': {
      const at = namedIncident(world, e.incident)?.at;
      return { incident: name(e.incident), by: name(e.by), place: targetName(world, at && 'place' in at ? { place: at.place } : { xM: e.xM, yM: e.yM }) };
    }
    case 'incident.started':
    case 'incident.ended': return { incident: name(e.incident) };
    case 'incident.discovered': return { incident: name(e.incident), by: name(e.by) };
    case 'incident.phaseChanged': return { incident: name(e.incident), phase: phaseName(world, e.incident, e.to) };
    case 'incident.notice': return { incident: name(e.incident), notice: noticeName(world, e.incident, e.notice) };
    case 'incident.loss': return { incident: name(e.incident), loss: { zh: `${(e.lossYuan / 10_000).toFixed(1)}万元`, en: `¥${Math.round(e.lossYuan).toLocaleString('en')}` } };
    case 'incident.casualties': return { incident: name(e.incident), changes: casualtyChanges(e) };
    case 'knowledge.gained': return {
      team: name(e.team), incident: name(e.incident), how: bilingual(`knowledge.via.${e.via}`, { from: e.from === null ? '' : name(e.from) }),
      ...(e.phase !== null ? { phase: phaseName(world, e.incident, e.phase) } : {}),
    };
    case 'call.placed': return { by: name(e.by), to: name(e.to), channel: bilingual(`channel.${e.channel}`), incident: name(e.incident) };
    case 'incident.action': return { incident: name(e.incident), by: name(e.by), action: actionName(world, e.incident, e.action), unit: e.unit ? name(e.unit) : name(e.by) };
  }
}

/** Only what changed, signed: 死亡+1、受伤−1 / dead +1, injured −1. */
function casualtyChanges(e: Extract<SimEvent, { type: 'incident.casualties' }>): Bilingual {
  const parts = [
    ['死亡', 'dead', e.deadCount], ['受伤', 'injured', e.injuredCount], ['其中重伤', 'of them seriously', e.seriousInjuredCount], ['失踪', 'missing', e.missingCount],
  ] as const;
  const signed = (n: number) => (n > 0 ? `+${n}` : `−${-n}`);
  const changed = parts.filter(([, , n]) => n !== 0);
  return { zh: changed.map(([zh, , n]) => `${zh}${signed(n)}`).join('、'), en: changed.map(([, en, n]) => `${en} ${signed(n)}`).join(', ') };
}

export const phaseName = (world: Names, incident: string, phase: string) => factorWord('phase', world, incident, phase);
export const actionName = (world: Names, incident: string, action: string) => factorWord('action', world, incident, action);
const noticeName = (world: Names, incident: string, notice: string) => factorWord('notice', world, incident, notice);

/** Whether the team learnt that the incident is over (a final phase of its factor): the feed says so in those words. */
function learntItIsOver(world: Names, e: SimEvent): boolean {
  if (e.type !== 'knowledge.gained' || e.phase === null) return false;
  const factor = namedIncident(world, e.incident)?.factor ?? '';
  return factorPhases(factor).some((p) => p.final && p.phase === e.phase);
}

export function describeEvent(world: Names, event: SimEvent, language: Language): string {
  return translate(language, learntItIsOver(world, event) ? 'event.knowledge.gainedOver' : `event.${event.type}`, paramsOf(world, event));
}
