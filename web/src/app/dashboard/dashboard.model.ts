import {
  ENTRY_STATUSES,
  MEDIA_TYPES,
  type AwardDashboardResponse,
  type EntryStatus,
  type MediaType,
  type UiLanguage,
} from '@press-award/contracts';
import type { ChartData, ChartOptions, TooltipItem } from 'chart.js';
import { formatNumber, formatPercent, numberLocale } from '../core/format/format';

/**
 * Pure mapping from the dashboard response to what the charts draw and what their data tables say.
 * Chart.js is only a type here, so these functions are tested without a canvas, and every number a
 * chart shows is also in its table (screen readers and anyone who prefers figures read the table).
 */

/** The same numbers as a chart, as a table: one header per row, one cell per column. */
export interface DataTable {
  columns: string[];
  rows: { header: string; cells: string[] }[];
}

export interface BarChartModel {
  data: ChartData<'bar', number[], string>;
  table: DataTable;
}

/** `panelId` of the row of assignments outside every panel (the API's convention). */
export const NO_PANEL_ID = '';

/** Colours with enough contrast on white, one per entry status (drafts never reach the dashboard). */
export const STATUS_COLORS: Readonly<Record<EntryStatus, string>> = {
  draft: '#9e9e9e',
  submitted: '#2e7d32',
  withdrawn: '#8d6e63',
  eligible: '#0b6fa4',
  ineligible: '#b71c1c',
  needs_revision: '#c77700',
};
export const PROGRESS_COLOR = '#1a3f8f';
export const HISTOGRAM_COLOR = '#5b2a86';
export const TIER_CURRENT_COLOR = '#b71c1c';
export const TIER_TARGET_COLOR = '#bdbdbd';

/** Every builder takes the UI language with its words: figures are written the language's way. */
interface InLanguage {
  language: UiLanguage;
}

export interface EntryLabels extends InLanguage {
  media: (mediaType: MediaType) => string;
  status: (status: EntryStatus) => string;
  total: string;
  mediaType: string;
}

/**
 * A stacked bar per media type, one dataset per status. Only media types and statuses that occur
 * are drawn (an empty "radio" bar says nothing), in the order the contracts declare them.
 */
export function entriesChart(
  rows: AwardDashboardResponse['entriesByMediaType'],
  labels: EntryLabels,
): BarChartModel {
  const mediaTypes = MEDIA_TYPES.filter((mediaType) =>
    rows.some((row) => row.mediaType === mediaType),
  );
  const statuses = ENTRY_STATUSES.filter((status) => rows.some((row) => row.status === status));
  const count = (mediaType: MediaType, status: EntryStatus): number =>
    rows
      .filter((row) => row.mediaType === mediaType && row.status === status)
      .reduce((sum, row) => sum + row.count, 0);
  return {
    data: {
      labels: mediaTypes.map(labels.media),
      datasets: statuses.map((status) => ({
        label: labels.status(status),
        data: mediaTypes.map((mediaType) => count(mediaType, status)),
        backgroundColor: STATUS_COLORS[status],
        stack: 'entries',
      })),
    },
    table: {
      columns: [labels.mediaType, ...statuses.map(labels.status), labels.total],
      rows: mediaTypes.map((mediaType) => {
        const counts = statuses.map((status) => count(mediaType, status));
        return {
          header: labels.media(mediaType),
          cells: [...counts, counts.reduce((sum, value) => sum + value, 0)].map((value) =>
            formatNumber(value, labels.language),
          ),
        };
      }),
    },
  };
}

/** Submitted as a whole percentage of assigned; null when nothing is assigned (no work, not 0 %). */
export function percent(submitted: number, assigned: number): number | null {
  return assigned > 0 ? Math.round((submitted / assigned) * 100) : null;
}

export interface ProgressLabels extends InLanguage {
  /** The row of a round without panels: the whole council. */
  wholeCouncil: string;
  /** Assignments of categories no panel covers, in a round that has panels. */
  outsidePanels: string;
  round: string;
  panel: string;
  submitted: string;
  assigned: string;
  percent: string;
  none: string;
}

export interface ProgressRow {
  label: string;
  roundName: string;
  panelName: string;
  submitted: number;
  assigned: number;
  percent: number | null;
}

/** Names the unnamed rows: a round without panels is the whole council, leftovers are outside panels. */
export function progressRows(
  rows: AwardDashboardResponse['judgingProgress'],
  labels: Pick<ProgressLabels, 'wholeCouncil' | 'outsidePanels'>,
): ProgressRow[] {
  const roundsWithPanels = new Set(
    rows.filter((row) => row.panelId !== NO_PANEL_ID).map((row) => row.roundId),
  );
  return rows.map((row) => {
    const panelName =
      row.panelId !== NO_PANEL_ID
        ? row.panelName
        : roundsWithPanels.has(row.roundId)
          ? labels.outsidePanels
          : labels.wholeCouncil;
    return {
      label: `${row.roundName} — ${panelName}`,
      roundName: row.roundName,
      panelName,
      submitted: row.submitted,
      assigned: row.assigned,
      percent: percent(row.submitted, row.assigned),
    };
  });
}

/** One horizontal bar per round × panel: the share of assigned sheets already submitted. */
export function progressChart(
  rows: AwardDashboardResponse['judgingProgress'],
  labels: ProgressLabels,
): BarChartModel & { rows: ProgressRow[] } {
  const named = progressRows(rows, labels);
  return {
    rows: named,
    data: {
      labels: named.map((row) => row.label),
      datasets: [
        {
          label: labels.percent,
          data: named.map((row) => row.percent ?? 0),
          backgroundColor: PROGRESS_COLOR,
        },
      ],
    },
    table: {
      columns: [labels.round, labels.panel, labels.submitted, labels.assigned, labels.percent],
      rows: named.map((row) => ({
        header: row.roundName,
        cells: [
          row.panelName,
          formatNumber(row.submitted, labels.language),
          formatNumber(row.assigned, labels.language),
          row.percent === null ? labels.none : formatPercent(row.percent, labels.language),
        ],
      })),
    },
  };
}

export interface JudgeOption {
  /** `roundId:judgeId`, unique across rounds. */
  key: string;
  roundId: string;
  roundName: string;
  judgeName: string;
  sheets: number;
}

export const judgeKey = (roundId: string, judgeId: string): string => `${roundId}:${judgeId}`;

/**
 * The judges to choose from, grouped by round in the dashboard's round order (the API sends the
 * distributions ordered by round, then judge). Rounds the progress list does not name keep their id.
 */
export function judgeOptions(
  response: Pick<AwardDashboardResponse, 'scoreDistributions' | 'judgingProgress'>,
): { roundId: string; roundName: string; judges: JudgeOption[] }[] {
  const roundNames = new Map(response.judgingProgress.map((row) => [row.roundId, row.roundName]));
  const groups: { roundId: string; roundName: string; judges: JudgeOption[] }[] = [];
  for (const distribution of response.scoreDistributions) {
    let group = groups.find((candidate) => candidate.roundId === distribution.roundId);
    if (!group) {
      group = {
        roundId: distribution.roundId,
        roundName: roundNames.get(distribution.roundId) ?? distribution.roundId,
        judges: [],
      };
      groups.push(group);
    }
    group.judges.push({
      key: judgeKey(distribution.roundId, distribution.judgeId),
      roundId: distribution.roundId,
      roundName: group.roundName,
      judgeName: distribution.judgeName,
      sheets: distribution.buckets.reduce((sum, bucket) => sum + bucket.count, 0),
    });
  }
  return groups;
}

/** The judge shown first: the first judge of the last round with sheets (the work in progress). */
export function defaultJudgeKey(groups: ReturnType<typeof judgeOptions>): string | null {
  return groups.at(-1)?.judges[0]?.key ?? null;
}

/** "6–7"; the last bucket also holds the maximum, so it reads "9–10" like the others. */
export function bucketLabel(bucket: { from: number; to: number }, language: UiLanguage): string {
  return `${formatNumber(bucket.from, language)}–${formatNumber(bucket.to, language)}`;
}

export interface HistogramLabels extends InLanguage {
  range: string;
  sheets: string;
}

/** One judge's submitted totals, bucket by bucket. */
export function histogramChart(
  distribution: AwardDashboardResponse['scoreDistributions'][number],
  labels: HistogramLabels,
): BarChartModel {
  return {
    data: {
      labels: distribution.buckets.map((bucket) => bucketLabel(bucket, labels.language)),
      datasets: [
        {
          label: labels.sheets,
          data: distribution.buckets.map((bucket) => bucket.count),
          backgroundColor: HISTOGRAM_COLOR,
          categoryPercentage: 1,
          barPercentage: 0.95,
        },
      ],
    },
    table: {
      columns: [labels.range, labels.sheets],
      rows: distribution.buckets.map((bucket) => ({
        header: bucketLabel(bucket, labels.language),
        cells: [formatNumber(bucket.count, labels.language)],
      })),
    },
  };
}

export interface TierLabels extends InLanguage {
  tier: string;
  target: string;
  current: string;
  difference: string;
}

/** Grouped bars per tier: prizes standing now beside the planned count (targets, not caps). */
export function tiersChart(
  tiers: AwardDashboardResponse['tiers'],
  labels: TierLabels,
): BarChartModel {
  return {
    data: {
      labels: tiers.map((tier) => tier.label),
      datasets: [
        {
          label: labels.current,
          data: tiers.map((tier) => tier.current),
          backgroundColor: TIER_CURRENT_COLOR,
        },
        {
          label: labels.target,
          data: tiers.map((tier) => tier.targetCount),
          backgroundColor: TIER_TARGET_COLOR,
        },
      ],
    },
    table: {
      columns: [labels.tier, labels.current, labels.target, labels.difference],
      rows: tiers.map((tier) => {
        const difference = tier.current - tier.targetCount;
        return {
          header: tier.label,
          cells: [
            formatNumber(tier.current, labels.language),
            formatNumber(tier.targetCount, labels.language),
            `${difference > 0 ? '+' : ''}${formatNumber(difference, labels.language)}`,
          ],
        };
      }),
    },
  };
}

/** Counts are whole numbers: no "0.5 entries" ticks. Numbers read the UI language's way. */
const countAxis = { beginAtZero: true, ticks: { precision: 0 } } as const;

export function stackedCountOptions(language: UiLanguage): ChartOptions<'bar'> {
  return {
    responsive: true,
    maintainAspectRatio: false,
    locale: numberLocale(language),
    scales: { x: { stacked: true }, y: { ...countAxis, stacked: true } },
  };
}

export function countOptions(language: UiLanguage): ChartOptions<'bar'> {
  return {
    responsive: true,
    maintainAspectRatio: false,
    locale: numberLocale(language),
    scales: { y: countAxis },
  };
}

/** Horizontal bars on a 0–100 % axis; the tooltip gives the sheets behind the percentage. */
export function progressOptions(
  rows: readonly ProgressRow[],
  tooltip: (row: ProgressRow) => string,
  language: UiLanguage,
): ChartOptions<'bar'> {
  return {
    responsive: true,
    maintainAspectRatio: false,
    locale: numberLocale(language),
    indexAxis: 'y',
    scales: {
      x: {
        min: 0,
        max: 100,
        ticks: { callback: (value) => formatPercent(Number(value), language) },
      },
    },
    plugins: {
      tooltip: {
        callbacks: {
          label: (item: TooltipItem<'bar'>) => {
            const row = rows[item.dataIndex];
            return row ? tooltip(row) : '';
          },
        },
      },
    },
  };
}

/** Bars tall enough to read their labels: a fixed height per round × panel row. */
export function progressHeight(rowCount: number): number {
  return Math.max(160, 48 + rowCount * 36);
}
