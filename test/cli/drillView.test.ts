import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function drill(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/drill.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const fire = 'scenarios/demo-xiling-grassland-fire.json';
const plan = 'scenarios/plans/demo-xiling-grassland-fire.json';

describe('npm run drill --view', { timeout: 60_000 }, () => {
  it('lists no incident for the command post when nobody reported the fire', () => {
    const { code, stdout } = drill(fire, '--until', '20', '--view', 'command-post', '--json');
    expect(code).toBe(0);
    const view = JSON.parse(stdout) as { team: string; timeS: number; incidents: unknown[]; units: unknown[]; messages: unknown[] };
    expect(view).toMatchObject({ team: 'command-post', timeS: 1200, incidents: [] });
    expect(view.units.length).toBeGreaterThan(0);
  });

  it('lists the fire by its title, with the reported figures and the actions that fit it, once 林草站 filed its report', () => {
    const { code, stdout } = drill(fire, '--orders', plan, '--until', '20', '--view', 'command-post', '--json');
    expect(code).toBe(0);
    const view = JSON.parse(stdout) as { incidents: Record<string, unknown>[]; messages: Record<string, unknown>[] };
    expect(view.incidents).toEqual([expect.objectContaining({ id: 'xiling-grass-fire', factor: 'fire', knownSinceS: 270, casualties: { deaths: 0, injured: 0, missing: 0 } })]);
    expect(view.incidents[0]).toMatchObject({ titleZh: '西岭草场火灾', titleEn: 'Xiling grassland fire' });
    expect((view.incidents[0]!.actions as unknown[]).length).toBeGreaterThan(0);
    expect(view.messages).toContainEqual(expect.objectContaining({ kind: 'report', from: 'linchaozhan', atS: 270 }));
  });

  it('shows the fire over for the crew that saw it put out, and still burning for the county nobody told', () => {
    const over = (team: string) => {
      const { code, stdout } = drill(fire, '--orders', plan, '--until', '60', '--view', team, '--json');
      expect(code).toBe(0);
      return (JSON.parse(stdout) as { incidents: Record<string, unknown>[] }).incidents[0];
    };
    expect(over('linchaozhan')).toMatchObject({ id: 'xiling-grass-fire', ended: true, endedS: 3060, phase: 'extinguished' });
    expect(over('county')).toMatchObject({ id: 'xiling-grass-fire', ended: false, endedS: null });
  });

  it('exits 2 naming a team the scenario does not have', () => {
    const { code, stderr } = drill(fire, '--view', 'atlantis', '--json');
    expect(code).toBe(2);
    expect(stderr).toContain('"atlantis"');
  });

  it('reads a view in words, names not ids', () => {
    const { code, stdout } = drill(fire, '--orders', plan, '--until', '20', '--view', 'command-post', '--lang', 'en');
    expect(code).toBe(0);
    expect(stdout).toContain('Xiling grassland fire');
    expect(stdout).not.toContain('xiling-grass-fire');
  });

  it('says in words what phase the team knows the fire in, and since when it knows it is over', () => {
    const { code, stdout } = drill(fire, '--orders', plan, '--view', 'linchaozhan');
    expect(code).toBe(0);
    expect(stdout).toMatch(/西岭草场火灾: 获悉于第\d+分钟，彻底熄灭，.*第51分钟起已结束/);
    expect(stdout).not.toContain('extinguished');
  });
});
