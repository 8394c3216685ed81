import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../src/review/exportFileName.ts';

describe('export file names', () => {
  it('name the scenario, the wall-clock minute the drill finished and what the file is, in Chinese', () => {
    expect(exportFileName('docx', 'demo-market-gas-leak', '2026-07-15T16:05:42+08:00', 'zh')).toBe('demo-market-gas-leak-20260715-1605-评估报告.docx');
    expect(exportFileName('eventsCsv', 'demo-market-gas-leak', '2026-07-15T16:05:42+08:00', 'zh')).toBe('demo-market-gas-leak-20260715-1605-事件表.csv');
    expect(exportFileName('json', 'demo-market-gas-leak', '2026-07-15T16:05:42+08:00', 'zh')).toBe('demo-market-gas-leak-20260715-1605-记录与评分.json');
  });

  it('are in English when asked', () => {
    expect(exportFileName('scoresCsv', 'demo-heat-wave', '2026-08-01T09:30:00Z', 'en')).toBe('demo-heat-wave-20260801-0930-scores.csv');
    expect(exportFileName('docx', 'demo-heat-wave', '2026-08-01T09:30:00Z', 'en')).toBe('demo-heat-wave-20260801-0930-evaluation-report.docx');
  });
});
