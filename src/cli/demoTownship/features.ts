// What stands on the land of 示范乡: roads, water lines, villages, stations, facilities, shelters and places (in cells).
import { EMBANKMENT_CREST_M, WIDTH, riverY } from './geography.ts';

export type Pt = readonly [number, number]; // x, y in cells from the map's top-left corner
type Props = Record<string, string | number | boolean>;
export interface Line { id: string; nameZh: string; nameEn: string; pts: Pt[]; props: Props }
export interface Spot { id: string; nameZh: string; nameEn: string; at: Pt; props: Props }

/** A point on the river's bank line: `off` cells from the centre line (negative = north bank). */
const bank = (x: number, off: number): Pt => [x, Math.round((riverY(x) + off) * 4) / 4];

// Junctions: the same constant is used in every road that meets there, so the coordinates are exactly equal.
const J = {
  westEntry: [0.5, 37] as Pt, xicun: [9, 38.5] as Pt, shangling: [19, 36.5] as Pt, bend: [29.5, 40.75] as Pt,
  hetan: [44, 44] as Pt, seat: [56, 45] as Pt, qinglong: [64, 45] as Pt, liuwan: [68, 44.75] as Pt,
  eastEntry: [99.5, 44] as Pt, beishan: [53, 13] as Pt, shanglingVillage: [20, 21.5] as Pt,
  hetanVillage: bank(46, -5.5), liuwanVillage: bank(68, -5.5),
  hetanDike: bank(46, -2.25), liuwanDike: bank(68, -2.25), bridgeNorth: bank(57, -2.25), bridgeSouth: bank(57, 2.25),
  nanpo: [59.5, 70] as Pt, waterPlant: bank(35, -4), weakPoint: bank(72, -2.25), pumping: bank(52, -2.25),
};

const road = (id: string, nameZh: string, nameEn: string, roadClass: string, pts: Pt[], bridge = false): Line =>
  ({ id, nameZh, nameEn, pts, props: bridge ? { roadClass, nameZh, nameEn, bridge } : { roadClass, nameZh, nameEn } });

/** The embankment and the dike-top road follow the north bank from x = 40 to 76 (and meet the bridge at 57). */
const dikeLine: Pt[] = [40, 42, 44, 46, 48, 50, 52, 54, 56, 57, 58, 60, 62, 64, 66, 68, 70, 72, 74, 76].map((x) => bank(x, -2.25));

export const roads: Line[] = [
  road('s215', '省道S215', 'Provincial Road S215', 'provincial', [
    J.westEntry, [4, 37.5], J.xicun, [14, 37.5], J.shangling, [23, 37], [26, 38.5], [28, 40.25], J.bend, [31, 40],
    [32.5, 39.5], [35, 40.5], [39, 42.5], J.hetan, [49, 45], [52, 45], J.seat, [60, 45], J.qinglong, J.liuwan,
    [72, 44.5], [77, 43.5], [82, 43], [85, 43.5], [88, 44], [94, 44.5], J.eastEntry]),
  road('x031-north', '县道X031（北段）', 'County Road X031 (north)', 'county', [
    [50, 0.5], [51.5, 5], [52.5, 9], J.beishan, [54, 18], [54.5, 23], [55.5, 29], [56, 34], [56, 38], [56, 42], J.seat]),
  road('x031-south', '县道X031（集镇—大桥）', 'County Road X031 (seat to bridge)', 'county', [
    J.seat, [56.5, 48], [57, 52], J.bridgeNorth]),
  road('x031-bridge', '清水河大桥', 'Qingshui River Bridge', 'county', [J.bridgeNorth, J.bridgeSouth], true),
  road('x031-nanpo', '县道X031（南段）', 'County Road X031 (south)', 'county', [
    J.bridgeSouth, [58, 66], J.nanpo, [60.5, 75], [61, 79.5]]),
  road('road-shangling', '上岭村道', 'Shangling village road', 'village', [
    J.shangling, [18.5, 32], [19.5, 27], J.shanglingVillage]),
  road('road-hetan', '河滩村道', 'Hetan village road', 'village', [J.hetan, [45, 48], J.hetanVillage, J.hetanDike]),
  road('road-liuwan', '柳湾村道', 'Liuwan village road', 'village', [J.liuwan, [68.5, 49], J.liuwanVillage, J.liuwanDike]),
  road('road-xicun-hetan', '西村—河滩村道', 'Xicun–Hetan village road', 'village', [
    J.xicun, [12, 44], [17, 48.5], [23, 52], [29, 55], J.waterPlant, [40, 58], J.hetanVillage]),
  road('road-qinglong', '青龙山旅游路', 'Qinglong scenic road', 'village', [
    J.qinglong, [64.5, 41], [65.5, 37], [66.5, 33], [68, 29], [69.5, 25.5]]),
  road('road-mine', '北山煤矿运输路', 'Beishan mine haul road', 'village', [J.beishan, [49, 13.5], [45, 13]]),
  road('track-xiling', '西岭防火通道', 'Xiling fire access track', 'track', [J.shanglingVillage, [21.5, 18], [23.5, 14.5]]),
  road('dike-road', '清水河堤顶路', 'Qingshui dike-top road', 'track', dikeLine),
];

export const water: Line[] = [
  { id: 'qingshui-river', nameZh: '清水河', nameEn: 'Qingshui River',
    pts: Array.from({ length: 51 }, (_, i) => bank(Math.min(0.25 + 2 * i, WIDTH - 0.25), 0)),
    props: { kind: 'river', nameZh: '清水河', nameEn: 'Qingshui River' } },
  { id: 'qingshui-dike', nameZh: '清水河北岸堤防', nameEn: 'Qingshui north-bank embankment', pts: dikeLine,
    props: { kind: 'embankment', crestElevationM: EMBANKMENT_CREST_M, nameZh: '清水河北岸堤防', nameEn: 'Qingshui north-bank embankment' } },
];

const village = (id: string, nameZh: string, nameEn: string, at: Pt, population: number, elderlyAlone: number,
  cadres: number, militia: number, volunteers: number, gridWorkers: number, infoReporterZh: string, infoReporterEn: string): Spot =>
  ({ id, nameZh, nameEn, at, props: { nameZh, nameEn, population, households: Math.round(population / 3.2), elderlyAlone,
    children: Math.round(population * 0.16), cadres, militia, volunteers, gridWorkers, infoReporterZh, infoReporterEn } });

export const villages: Spot[] = [
  village('xicun', '西村', 'Xicun Village', [9, 40], 1350, 48, 6, 16, 18, 3, '王建国（村党支部书记）', 'Wang Jianguo (party secretary)'),
  village('shangling', '上岭村', 'Shangling Village', [20.5, 22.5], 640, 58, 5, 10, 9, 2, '赵德山（村委会主任）', 'Zhao Deshan (village head)'),
  village('beishan', '北山村', 'Beishan Village', [51.5, 12], 980, 45, 6, 14, 15, 3, '孙桂兰（村党支部书记）', 'Sun Guilan (party secretary)'),
  village('hetan', '河滩村', 'Hetan Village', bank(47, -5.5), 1860, 96, 8, 24, 32, 5, '李明（村党支部书记）', 'Li Ming (party secretary)'),
  village('liuwan', '柳湾村', 'Liuwan Village', bank(69, -5.5), 1420, 74, 7, 20, 26, 4, '陈红梅（村党支部书记）', 'Chen Hongmei (party secretary)'),
  village('dongcun', '东村', 'Dongcun Village', [82, 42], 2380, 62, 9, 28, 40, 6, '刘志强（村党支部书记兼村委会主任）', 'Liu Zhiqiang (party secretary and village head)'),
  village('nanpo', '南坡村', 'Nanpo Village', [60.5, 71], 1120, 52, 6, 15, 14, 3, '周永福（村委会主任）', 'Zhou Yongfu (village head)'),
];

const spot = (id: string, nameZh: string, nameEn: string, at: Pt, props: Props = {}): Spot =>
  ({ id, nameZh, nameEn, at, props: { nameZh, nameEn, ...props } });

export const stations: Spot[] = [
  spot('yingjiban', '乡应急办', 'Township Emergency Office', [55, 43.5], { kind: 'emergencyOffice' }),
  spot('paichusuo', '派出所', 'Police Station', [57.5, 43.5], { kind: 'police' }),
  spot('weishengyuan', '乡卫生院', 'Township Clinic', [58.5, 46.5], { kind: 'clinic' }),
  spot('zhongxinxiao', '中心校', 'Central School Office', [54.5, 47], { kind: 'school' }),
  spot('jiaojing', '交警中队', 'Traffic Police Squadron', [61, 44], { kind: 'trafficPolice' }),
  spot('shuiguansuo', '水管所', 'Water Management Station', [58, 49.5], { kind: 'waterManagement' }),
  spot('gongdiansuo', '供电所', 'Power Supply Station', [60.5, 46.5], { kind: 'powerSupply' }),
  spot('linchaozhan', '林草站', 'Forestry and Grassland Station', [54.5, 41.5], { kind: 'forestry' }),
  spot('zhujian', '住建办', 'Housing and Construction Office', [53.5, 43.5], { kind: 'housing' }),
  spot('wenlv', '文化旅游办', 'Culture and Tourism Office', [57.5, 41.5], { kind: 'cultureTourism' }),
  spot('shichangjianguan', '市场监管所', 'Market Regulation Office', [52, 46.5], { kind: 'marketRegulation' }),
  spot('ziranziyuan', '自然资源所', 'Natural Resources Office', [52.5, 43.5], { kind: 'naturalResources' }),
];

const facility = (id: string, nameZh: string, nameEn: string, at: Pt, domain: string, kind: string, occupants: number, village?: string): Spot =>
  spot(id, nameZh, nameEn, at, village ? { domain, kind, occupants, village } : { domain, kind, occupants });

export const facilities: Spot[] = [
  facility('beishan-mine', '北山煤矿', 'Beishan Coal Mine', [44.5, 14.5], 'mining', 'coalMine', 86, 'beishan'),
  facility('lpg-station', '示范液化气充装站', 'Shifan LPG Filling Station', [72, 45.75], 'gas', 'lpgStation', 14, 'liuwan'),
  facility('gas-regulator', '集镇燃气调压站', 'Town-gas Regulator Station', [61.5, 47], 'gas', 'gasRegulatorStation', 2),
  facility('water-plant', '示范水厂（液氯消毒）', 'Shifan Water Plant (chlorine)', bank(35.5, -5), 'hazardousChemicals', 'waterPlant', 16, 'hetan'),
  facility('chem-plant', '东兴化工厂', 'Dongxing Chemical Plant', [88.5, 46], 'hazardousChemicals', 'chemicalPlant', 58, 'dongcun'),
  facility('site-housing', '集镇安置小区工地', 'Seat resettlement housing site', [63, 42.75], 'construction', 'constructionSite', 120),
  facility('site-coldstore', '东村冷链仓储工地', 'Dongcun cold-store building site', [85.5, 41.75], 'construction', 'constructionSite', 45, 'dongcun'),
  facility('qinglong-scenic', '青龙山景区', 'Qinglong Mountain Scenic Area', [70.5, 25], 'ruralTourism', 'scenicSpot', 600),
  facility('miaohui-square', '青龙庙会广场', 'Qinglong Temple-fair Square', [67.5, 33], 'ruralTourism', 'festivalSquare', 300),
  facility('market', '示范集贸市场', 'Shifan Market', [51, 46], 'publicPlaces', 'market', 800),
  facility('central-school', '示范乡中心学校', 'Shifan Central School', [54, 48.5], 'publicPlaces', 'school', 1180),
  facility('clinic-building', '乡卫生院门诊住院楼', 'Clinic outpatient and ward building', [59, 47.5], 'publicPlaces', 'clinic', 95),
  facility('xiling-lookout', '西岭森林防火瞭望塔', 'Xiling forest-fire lookout', [24, 13.5], 'floodAndFirePrevention', 'fireLookout', 2, 'shangling'),
  facility('hetan-pumping', '河滩排涝泵站', 'Hetan drainage pumping station', J.pumping, 'floodAndFirePrevention', 'pumpingStation', 3, 'hetan'),
  facility('elder-home', '示范乡敬老院', 'Township elder-care home', [52.5, 42.5], 'fireSafety', 'elderCareHome', 72),
  facility('fireworks-shop', '烟花爆竹零售点', 'Fireworks shop', [50.5, 44], 'fireSafety', 'fireworksShop', 3),
  facility('bus-station', '乡客运站（校车停靠点）', 'Township bus station (school-bus depot)', [49, 44], 'roadTraffic', 'busStation', 25),
];

export const shelters: Spot[] = [
  spot('shelter-school', '中心学校操场', 'Central school playground', [55, 49.5], { capacity: 1500, openAtStart: true }),
  spot('shelter-square', '乡政府广场', 'Township government square', [59, 43], { capacity: 1000, openAtStart: true }),
  spot('shelter-dongcun', '东村小学', 'Dongcun primary school', [80.5, 44.5], { capacity: 800, openAtStart: false }),
  spot('shelter-nanpo', '南坡村委会', 'Nanpo village hall (hillside)', [58.5, 68], { capacity: 400, openAtStart: false }),
  spot('shelter-xicun', '西村文化礼堂', 'Xicun culture hall', [10, 41], { capacity: 350, openAtStart: false }),
];

export const places: Spot[] = [
  spot('west-entry', '县界西入口（省道S215）', 'West county entry (S215)', J.westEntry, { kind: 'countyEntry' }),
  spot('east-entry', '县界东入口（省道S215）', 'East county entry (S215)', J.eastEntry, { kind: 'countyEntry' }),
  spot('zhihuibu', '乡应急指挥部', 'Township emergency command post', [55.25, 44], { kind: 'commandPost' }),
  spot('s215-bend', '省道S215鹰嘴弯', 'S215 Eagle-beak bend', J.bend, { kind: 'dangerousBend' }),
  spot('hetan-lowground', '河滩村低洼地', 'Hetan low ground', bank(50, -4.5), { kind: 'lowGround' }),
  spot('liuwan-weakpoint', '柳湾堤段险工', 'Liuwan embankment weak point', J.weakPoint, { kind: 'embankmentWeakPoint' }),
  spot('xiling-grassland', '西岭草场', 'Xiling grassland', [22.5, 17], { kind: 'grassland' }),
];

/** Built-up cells: the township seat's blocks and each village's houses (bigger villages spread wider). */
export function isBuiltUp(x: number, y: number): boolean {
  if (x >= 49.5 && x <= 62.5 && y >= 41 && y <= 50) return true;
  return villages.some((v) => Math.hypot(x - v.at[0], y - v.at[1]) <= 0.9 + Number(v.props.population) / 1400);
}

/** Bare cells: the mine's pit and spoil, and the two construction sites. */
export function isBare(x: number, y: number): boolean {
  return Math.hypot(x - 43.5, y - 15) <= 1.6 || [[63.5, 42.5], [85.5, 41.5]].some(([sx = 0, sy = 0]) => Math.hypot(x - sx, y - sy) <= 0.8);
}
