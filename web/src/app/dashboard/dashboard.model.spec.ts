import type { AwardDashboardResponse } from '@press-award/contracts';
import {
  bucketLabel,
  defaultJudgeKey,
  entriesChart,
  histogramChart,
  judgeOptions,
  percent,
  progressChart,
  progressOptions,
  progressRows,
  STATUS_COLORS,
  tiersChart,
} from './dashboard.model';

const entryLabels = {
  language: 'vi' as const,
  media: (mediaType: string) => `M:${mediaType}`,
  status: (status: string) => `S:${status}`,
  total: 'Tổng',
  mediaType: 'Loại hình',
};
const progressLabels = {
  language: 'vi' as const,
  wholeCouncil: 'Cả hội đồng',
  outsidePanels: 'Ngoài các tiểu ban',
  round: 'Vòng',
  panel: 'Tiểu ban',
  submitted: 'Đã nộp',
  assigned: 'Được giao',
  percent: '%',
  none: '—',
};
const buckets = (max: number, counts: Record<number, number>) =>
  Array.from({ length: 10 }, (_, index) => ({
    from: (index * max) / 10,
    to: ((index + 1) * max) / 10,
    count: counts[index] ?? 0,
  }));

describe('dashboard charts', () => {
  describe(entriesChart.name, () => {
    it('should stack statuses per media type in the declared order, with only the types and statuses that occur', () => {
      const chart = entriesChart(
        [
          { mediaType: 'tv', status: 'eligible', count: 3 },
          { mediaType: 'print', status: 'ineligible', count: 1 },
          { mediaType: 'print', status: 'submitted', count: 4 },
          { mediaType: 'print', status: 'eligible', count: 2 },
        ],
        entryLabels,
      );
      expect(chart.data.labels).toEqual(['M:print', 'M:tv']);
      expect(chart.data.datasets.map((dataset) => [dataset.label, dataset.data])).toEqual([
        ['S:submitted', [4, 0]],
        ['S:eligible', [2, 3]],
        ['S:ineligible', [1, 0]],
      ]);
      expect(chart.data.datasets.every((dataset) => dataset.stack === 'entries')).toBe(true);
      expect(chart.data.datasets[2]?.backgroundColor).toBe(STATUS_COLORS.ineligible);
      expect(chart.table).toEqual({
        columns: ['Loại hình', 'S:submitted', 'S:eligible', 'S:ineligible', 'Tổng'],
        rows: [
          { header: 'M:print', cells: ['4', '2', '1', '7'] },
          { header: 'M:tv', cells: ['0', '3', '0', '3'] },
        ],
      });
    });

    it('should draw nothing for no entries', () => {
      const chart = entriesChart([], entryLabels);
      expect(chart.data.labels).toEqual([]);
      expect(chart.data.datasets).toEqual([]);
      expect(chart.table.rows).toEqual([]);
    });

    it('should write large counts the Vietnamese way', () => {
      const chart = entriesChart(
        [{ mediaType: 'print', status: 'submitted', count: 1710 }],
        entryLabels,
      );
      expect(chart.table.rows[0]?.cells).toEqual(['1.710', '1.710']);
    });
  });

  describe(progressChart.name, () => {
    const rows: AwardDashboardResponse['judgingProgress'] = [
      {
        roundId: 'r1',
        roundName: 'Sơ khảo',
        panelId: 'p1',
        panelName: 'Tiểu ban Báo in',
        assigned: 4,
        submitted: 3,
      },
      {
        roundId: 'r1',
        roundName: 'Sơ khảo',
        panelId: 'p2',
        panelName: 'Tiểu ban Ảnh',
        assigned: 0,
        submitted: 0,
      },
      {
        roundId: 'r1',
        roundName: 'Sơ khảo',
        panelId: '',
        panelName: '',
        assigned: 2,
        submitted: 2,
      },
      {
        roundId: 'r2',
        roundName: 'Chung khảo',
        panelId: '',
        panelName: '',
        assigned: 3,
        submitted: 1,
      },
    ];

    it('should name rows without a panel by whether their round has panels', () => {
      expect(progressRows(rows, progressLabels).map((row) => row.label)).toEqual([
        'Sơ khảo — Tiểu ban Báo in',
        'Sơ khảo — Tiểu ban Ảnh',
        'Sơ khảo — Ngoài các tiểu ban',
        'Chung khảo — Cả hội đồng',
      ]);
    });

    it('should chart the submitted share and leave "nothing assigned" apart from 0 %', () => {
      const chart = progressChart(rows, progressLabels);
      expect(chart.data.datasets[0]?.data).toEqual([75, 0, 100, 33]);
      expect(chart.rows.map((row) => row.percent)).toEqual([75, null, 100, 33]);
      expect(chart.table.rows[1]).toEqual({
        header: 'Sơ khảo',
        cells: ['Tiểu ban Ảnh', '0', '0', '—'],
      });
      expect(chart.table.rows[0]).toEqual({
        header: 'Sơ khảo',
        cells: ['Tiểu ban Báo in', '3', '4', '75 %'],
      });
    });

    it('should give the tooltip the sheets of the hovered bar', () => {
      const chart = progressChart(rows, progressLabels);
      const options = progressOptions(
        chart.rows,
        (row) => `${row.submitted}/${row.assigned}`,
        'vi',
      );
      const label = options.plugins?.tooltip?.callbacks?.label as unknown as (item: {
        dataIndex: number;
      }) => string;
      expect(label({ dataIndex: 3 })).toBe('1/3');
      expect(label({ dataIndex: 9 })).toBe('');
      expect(options.indexAxis).toBe('y');
    });
  });

  it('should round percentages and refuse to invent one for nothing assigned', () => {
    expect(percent(2, 3)).toBe(67);
    expect(percent(0, 5)).toBe(0);
    expect(percent(0, 0)).toBeNull();
  });

  describe(judgeOptions.name, () => {
    const response: Pick<AwardDashboardResponse, 'scoreDistributions' | 'judgingProgress'> = {
      judgingProgress: [
        {
          roundId: 'r1',
          roundName: 'Sơ khảo',
          panelId: '',
          panelName: '',
          assigned: 1,
          submitted: 1,
        },
      ],
      scoreDistributions: [
        { roundId: 'r1', judgeId: 'j1', judgeName: 'An', buckets: buckets(10, { 9: 2 }) },
        { roundId: 'r1', judgeId: 'j2', judgeName: 'Bình', buckets: buckets(10, { 4: 1 }) },
        { roundId: 'r2', judgeId: 'j1', judgeName: 'An', buckets: buckets(15, { 5: 3 }) },
      ],
    };

    it('should group judges by round, count their sheets and start on the last round', () => {
      const groups = judgeOptions(response);
      expect(
        groups.map((group) => [
          group.roundName,
          group.judges.map((judge) => [judge.key, judge.sheets]),
        ]),
      ).toEqual([
        [
          'Sơ khảo',
          [
            ['r1:j1', 2],
            ['r1:j2', 1],
          ],
        ],
        // A round the progress list does not name falls back to its id rather than vanishing.
        ['r2', [['r2:j1', 3]]],
      ]);
      expect(defaultJudgeKey(groups)).toBe('r2:j1');
      expect(defaultJudgeKey([])).toBeNull();
    });
  });

  describe(histogramChart.name, () => {
    it('should label buckets by their score range and keep every bucket, empty ones too', () => {
      const chart = histogramChart(
        { roundId: 'r2', judgeId: 'j1', judgeName: 'An', buckets: buckets(15, { 5: 3, 9: 1 }) },
        { language: 'vi', range: 'Khoảng', sheets: 'Phiếu' },
      );
      expect(chart.data.labels).toHaveLength(10);
      expect(chart.data.labels?.[0]).toBe('0–1,5');
      expect(chart.data.labels?.[5]).toBe('7,5–9');
      expect(chart.data.datasets[0]?.data).toEqual([0, 0, 0, 0, 0, 3, 0, 0, 0, 1]);
      expect(chart.table.rows[5]).toEqual({ header: '7,5–9', cells: ['3'] });
      expect(chart.table.columns).toEqual(['Khoảng', 'Phiếu']);
    });

    it('should write bucket bounds in Vietnamese number format', () => {
      expect(bucketLabel({ from: 9, to: 10 }, 'vi')).toBe('9–10');
      expect(bucketLabel({ from: 0.25, to: 0.5 }, 'vi')).toBe('0,25–0,5');
      expect(bucketLabel({ from: 0.25, to: 0.5 }, 'en')).toBe('0.25–0.5');
    });
  });

  describe(tiersChart.name, () => {
    it('should set the standing prizes beside the targets and show the difference with its sign', () => {
      const chart = tiersChart(
        [
          { code: 'A', label: 'Giải A', targetCount: 5, current: 5 },
          { code: 'C', label: 'Giải C', targetCount: 15, current: 16 },
          { code: 'KK', label: 'Giải Khuyến khích', targetCount: 25, current: 20 },
        ],
        {
          language: 'vi',
          tier: 'Hạng',
          target: 'Dự kiến',
          current: 'Đã trao',
          difference: 'Chênh lệch',
        },
      );
      expect(chart.data.labels).toEqual(['Giải A', 'Giải C', 'Giải Khuyến khích']);
      expect(chart.data.datasets.map((dataset) => [dataset.label, dataset.data])).toEqual([
        ['Đã trao', [5, 16, 20]],
        ['Dự kiến', [5, 15, 25]],
      ]);
      expect(chart.table.rows.map((row) => row.cells[2])).toEqual(['0', '+1', '-5']);
    });
  });
});
