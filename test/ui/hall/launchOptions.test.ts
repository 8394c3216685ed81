import { describe, expect, it } from 'vitest';
import { readLaunchOptions } from '../../../src/ui/app/launchOptions.ts';
import { joinAddress } from '../../../src/ui/hall/joinCode.ts';

describe("the hall's screens open from the page's address", () => {
  it('opens a phone on the join page with the PIN of its code', () => {
    const launch = readLaunchOptions(new URL(joinAddress('http://192.168.1.20:4173', '042137')).search);
    expect([launch.screen, launch.pin]).toEqual(['join', '042137']);
  });

  it('takes no PIN that is not 6 digits, and keeps the app for an unknown screen', () => {
    expect(readLaunchOptions('?screen=projector&pin=12345').pin).toBeNull();
    expect(readLaunchOptions('?screen=projector&pin=12345x').pin).toBeNull();
    expect(readLaunchOptions('?screen=lobby').screen).toBeNull();
    expect(readLaunchOptions('?screen=seat&scenario=demo-heat-wave&team=hetan')).toMatchObject({ screen: 'seat', scenario: 'demo-heat-wave', team: 'hetan' });
  });

  it("opens a micro-drill's seat coached unless a test run is asked for", () => {
    expect(readLaunchOptions('?screen=seat&scenario=cadre-grass-fire-elderly-shangling&team=shangling').coach).toBe('coached');
    expect(readLaunchOptions('?screen=seat&scenario=cadre-grass-fire-elderly-shangling&team=shangling&coach=test').coach).toBe('test');
    expect(readLaunchOptions('?screen=seat&coach=exam').coach).toBe('coached');
  });
});
