// The doctrine follows each team's duty per factor: who reports, who leads, who moves whom — read from the drill record
// of a demo scenario played by the doctrine alone (seed 1).
import { describe, expect, it } from 'vitest';
import { actionsOn, knownSinceS, ordersBy, runByDoctrine } from '../../support/doctrineRun.ts';
import { scenarioDrill } from '../../support/demoDrill.ts';

const path = (id: string) => `scenarios/demo-${id}.json`;
const played = (id: string) => runByDoctrine(path(id), { seed: 1 }).record;

describe('the doctrine', { timeout: 120_000 }, () => {
  it.each(['market-gas-leak', 'banquet-food-poisoning', 'xiling-grassland-fire', 's215-bus-crash'])('the command post reports to the county within an hour of knowing (%s)', (id) => {
    const record = played(id);
    const hourS = 3600 / scenarioDrill(path(id)).scenario.timeCompression;
    for (const incident of scenarioDrill(path(id)).scenario.incidents) {
      const knewS = knownSinceS(record, 'command-post', incident.id)!;
      const report = ordersBy(record, 'command-post', 'fileReport').find((r) => r.order.kind === 'initial' && r.order.incident === incident.id);
      expect(report, incident.id).toBeDefined();
      expect(report!.atS - knewS).toBeLessThanOrEqual(hourS);
      expect(report!.atS).toBeGreaterThan(knewS);
    }
  });

  it('the command post tells the county by phone before its written report', () => {
    const record = played('market-gas-leak');
    const call = ordersBy(record, 'command-post', 'relayInformation').find((c) => c.order.to === 'county')!;
    const report = ordersBy(record, 'command-post', 'fileReport')[0]!;
    expect(call.atS).toBeLessThan(report.atS);
  });

  it('the health centre leads a food poisoning, with market regulation sealing the food', () => {
    const record = played('banquet-food-poisoning');
    expect(ordersBy(record, 'weishengyuan', 'dispatchUnit').map((d) => d.order.to)).toContainEqual({ incident: 'liuwan-banquet' });
    const actions = actionsOn(record, 'liuwan-banquet');
    expect(actions).toContainEqual(expect.objectContaining({ action: 'sealFood', by: 'weishengyuan' }));
    expect(actions).toContainEqual(expect.objectContaining({ action: 'sealFood', by: 'shichangjianguan' }));
  });

  it('林草站 leads the grass fire: its crews set out within a minute of knowing and cut a firebreak', () => {
    const record = played('xiling-grassland-fire');
    const knewS = knownSinceS(record, 'linchaozhan', 'xiling-grass-fire')!;
    const sent = ordersBy(record, 'linchaozhan', 'dispatchUnit');
    expect(sent.map((d) => d.order.unit).sort()).toEqual(['lcz-firecrew', 'lcz-tanker']);
    expect(sent[0]!.atS - knewS).toBeLessThanOrEqual(60);
    expect(actionsOn(record, 'xiling-grass-fire')).toContainEqual(expect.objectContaining({ action: 'cutFirebreak', by: 'linchaozhan' }));
  });

  it('a village that sees a fire calls the command post', () => {
    const record = played('xiling-grassland-fire');
    const sawS = record.events.find((e) => e.type === 'knowledge.gained' && e.team === 'shangling' && e.via === 'sight')!.timeS;
    const call = ordersBy(record, 'shangling', 'relayInformation').find((c) => c.order.to === 'command-post')!;
    expect(call.order.incident).toBe('xiling-grass-fire');
    expect(call.atS - sawS).toBeLessThanOrEqual(90);
  });

  it('the command post warns the village the grass fire threatens, and the village moves out', () => {
    const record = played('xiling-grassland-fire');
    expect(ordersBy(record, 'command-post', 'issueWarning').map((w) => w.order.to)).toEqual([['shangling']]);
    expect(ordersBy(record, 'shangling', 'evacuate').map((e) => e.order.villages)).toEqual([['shangling']]);
  });

  it('the militia moves the elderly living alone first: each riverside village sends its own squad home once warned', () => {
    const run = runByDoctrine(path('river-flood'), { seed: 1 });
    const warnedS = ordersBy(run.record, 'command-post', 'issueWarning')[0]!.atS;
    for (const village of ['hetan', 'liuwan']) {
      const militia = ordersBy(run.record, village, 'dispatchUnit').find((d) => d.order.unit === `${village}-militia`)!;
      expect(militia.order.to).toEqual({ place: village });
      expect(militia.atS).toBeGreaterThan(warnedS);
      const state = run.sim.snapshot().villages.find((v) => v.id === village)!;
      expect(state.atHomeVulnerableCount).toBe(0);
    }
  });

  it('水管所 pumps at the weak point and the traffic police close the dike road', () => {
    const record = played('river-flood');
    expect(actionsOn(record, 'qingshui-flood')).toContainEqual(expect.objectContaining({ action: 'pump', by: 'shuiguansuo' }));
    expect(ordersBy(record, 'jiaojing', 'closeRoad').map((c) => c.order.road)).toEqual(['dike-road']);
  });

  it('a forecast of a flood warns the riverside villages orange and both move out', () => {
    const record = played('flood-transfer');
    expect(ordersBy(record, 'command-post', 'issueWarning').map((w) => [w.order.colour, w.order.to])).toEqual([['orange', ['hetan', 'liuwan']]]);
    expect(ordersBy(record, 'hetan', 'evacuate')).toHaveLength(1);
    expect(ordersBy(record, 'liuwan', 'evacuate')).toHaveLength(1);
  });

  it('market regulation shuts the gas valve and the power station cuts the power', () => {
    const actions = actionsOn(played('market-gas-leak'), 'market-lpg-leak');
    expect(actions).toContainEqual(expect.objectContaining({ action: 'closeValve', by: 'shichangjianguan' }));
    expect(actions).toContainEqual(expect.objectContaining({ action: 'cutPower', by: 'gongdiansuo' }));
  });

  it('the traffic police secure the crash and the clinic triages and takes the red patients first', () => {
    const actions = actionsOn(played('s215-bus-crash'), 's215-bus-crash').map((a) => `${a.by}:${a.action}`);
    expect(actions).toEqual(expect.arrayContaining(['jiaojing:secureScene', 'weishengyuan:triage', 'weishengyuan:transportRedFirst']));
  });

  it('住建 secures the collapsed site and the builders shore it', () => {
    const actions = actionsOn(played('site-formwork-collapse'), 'housing-formwork-collapse').map((a) => `${a.by}:${a.action}`);
    expect(actions).toEqual(expect.arrayContaining(['zhujian:secureSite', 'site-housing:shore']));
  });

  it('the scenic spot stops the inflow at the temple fair and 文旅 broadcasts', () => {
    const actions = actionsOn(played('temple-fair-crush'), 'miaohui-crowd').map((a) => `${a.by}:${a.action}`);
    expect(actions).toEqual(expect.arrayContaining(['qinglong-scenic:stopInflow', 'wenlv:broadcast']));
  });

  it('the water plant isolates the chlorine and the villages downwind are told to shelter in place, not to move', () => {
    const record = played('water-plant-chlorine');
    expect(actionsOn(record, 'water-plant-chlorine')).toContainEqual(expect.objectContaining({ action: 'isolateSource', by: 'water-plant' }));
    const warnings = ordersBy(record, 'command-post', 'issueWarning');
    expect(warnings.map((w) => [w.order.to, w.order.instruction])).toEqual([[['hetan', 'dongcun'], 'shelterInPlace']]);
    expect(record.orders.filter((o) => o.order.type === 'evacuate')).toEqual([]);
  });

  it('北山村 sends its three-in-one door to door for carbon monoxide', () => {
    const actions = actionsOn(played('coal-stove-co'), 'beishan-co');
    expect(actions.filter((a) => a.action === 'doorToDoorChecks' && a.by === 'beishan').length).toBeGreaterThanOrEqual(2);
  });

  it('in the heat the school suspends training, the site stops outdoor work and the clinic treats cases', () => {
    const record = played('heat-wave');
    expect(actionsOn(record, 'heat-school-training')).toContainEqual(expect.objectContaining({ action: 'suspendTraining', by: 'zhongxinxiao' }));
    expect(actionsOn(record, 'heat-site-housing')).toContainEqual(expect.objectContaining({ action: 'stopOutdoorWork' }));
    const treated = ['heat-site-housing', 'heat-hetan-elderly', 'heat-dongcun-elderly', 'heat-school-training']
      .filter((i) => actionsOn(record, i).some((a) => a.action === 'treatCases' && a.by === 'weishengyuan'));
    expect(treated.length).toBeGreaterThanOrEqual(2);
  });

  it('orders are given by the teams they belong to, never by the facilitator', () => {
    const record = played('market-gas-leak');
    const by = new Set(record.orders.map((o) => o.order.by));
    expect(by.has('facilitator')).toBe(false);
    expect([...by]).toEqual(expect.arrayContaining(['command-post', 'paichusuo', 'shichangjianguan', 'gongdiansuo']));
  });
});
