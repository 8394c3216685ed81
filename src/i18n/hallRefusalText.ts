// A hall refusal (src/hall/protocol.ts: a wrong PIN, a locked team, a flood of messages …) as a person reads it, in
// both languages. Ids in its particulars are worded through the drill's names when the drill is known.
import type { World } from '../sim/index.ts';
import type { HallRefusal, HallRefusalCode } from '../hall/protocol.ts';
import { contentName } from './contentName.ts';
import type { Language } from './translate.ts';

const words: Readonly<Record<HallRefusalCode, { zh: string; en: string }>> = {
  'wrong-pin': { zh: '房间号不对：请核对导演台上显示的 6 位数字', en: 'Wrong PIN: check the 6 digits shown on the facilitator’s screen' },
  'pin-tries': { zh: '尝试次数过多：请一分钟后再输入房间号', en: 'Too many tries: wait a minute before entering the PIN again' },
  'unknown-team': { zh: '本次推演没有“{team}”这个队伍', en: 'There is no team “{team}” in this drill' },
  'team-locked': { zh: '导演组已锁定“{team}”，不能再加入', en: 'The facilitator has locked “{team}”: no more phones may join it' },
  'seat-token-unknown': { zh: '这个座位已失效，请重新输入房间号并选择队伍', en: 'This seat is no longer valid: enter the PIN and choose your team again' },
  'wrong-key': { zh: '导演密钥不对：只有导演台可以这样做', en: 'Wrong key: only the facilitator’s screen may do this' },
  'not-your-team': { zh: '本席位属于“{team}”，不能以“{by}”的名义下令', en: 'This seat belongs to “{team}”: it cannot give orders as “{by}”' },
  'malformed-message': { zh: '收到无法识别的消息，连接已关闭', en: 'A message could not be read: the connection was closed' },
  'too-large': { zh: '消息过大，连接已关闭', en: 'A message was too large: the connection was closed' },
  'too-fast': { zh: '操作太频繁，部分操作未被执行，请稍候再试', en: 'Too many actions at once: some were not carried out, try again in a moment' },
  'unknown-scenario': { zh: '没有这个演练脚本', en: 'There is no such scenario' },
  'room-full': { zh: '房间已满', en: 'The room is full' },
  'drill-ended': { zh: '推演已结束', en: 'The drill has ended' },
  'unknown-seat': { zh: '没有第 {seat} 号席位', en: 'There is no seat {seat}' },
  'server-unreachable': { zh: '连不上演练服务器，请检查网络', en: 'Cannot reach the drill server: check the network' },
};

/** The refusal in `language`; with the drill's world, team ids read as the teams' names. */
export function hallRefusalText(language: Language, refusal: HallRefusal, world?: World): string {
  const name = (id: string | undefined) => (id === undefined ? '' : world ? contentName(world, id)[language] : id);
  return words[refusal.code][language]
    .replace('{team}', name(refusal.params.team))
    .replace('{by}', name(refusal.params.by))
    .replace('{seat}', String(refusal.params.seat ?? ''));
}
