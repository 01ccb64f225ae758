import type { DashboardDictionary } from './dashboard.vi';

export const dashboardEn: DashboardDictionary = {
  'dashboard.title': 'Award overview',
  'dashboard.subtitle':
    'Entries, judging progress, how each judge scores, and the prize structure. Only the organizing committee and the secretariat can see this.',
  'dashboard.refresh': 'Refresh figures',
  'dashboard.showTable': 'Show the data table',
  'dashboard.hideTable': 'Hide the data table',
  'dashboard.chartAlt': '{caption}. The figures are in the table that goes with it.',

  'entries.title': 'Entries by media type',
  'entries.caption': 'Submitted entries by media type and status (drafts not counted)',
  'entries.empty': 'No entries have been submitted yet.',
  'entries.mediaType': 'Media type',
  'entries.total': 'Total',
  'entries.grandTotal': 'Entries submitted in all: {count}',

  'progress.title': 'Judging progress by round and panel',
  'progress.caption': 'Score sheets submitted as a share of sheets assigned, per round and panel',
  'progress.empty': 'There are no judging rounds yet.',
  'progress.round': 'Round',
  'progress.panel': 'Panel',
  'progress.submitted': 'Sheets submitted',
  'progress.assigned': 'Sheets assigned',
  'progress.percent': 'Completed (%)',
  'progress.none': 'Nothing assigned',
  'progress.wholeCouncil': 'Whole council',
  'progress.outsidePanels': 'Outside the panels',
  'progress.tooltip': {
    plural: 'assigned',
    one: '{submitted}/{assigned} sheet ({percent})',
    other: '{submitted}/{assigned} sheets ({percent})',
  },

  'histogram.title': 'How each judge scores',
  'histogram.caption': 'Sheets submitted by {judge} ({round}) per range of total score',
  'histogram.empty': 'No score sheets have been submitted yet.',
  'histogram.judge': 'Judge',
  'histogram.judgeOption': {
    plural: 'count',
    one: '{judge} — {count} sheet',
    other: '{judge} — {count} sheets',
  },
  'histogram.range': 'Score range',
  'histogram.sheets': 'Sheets',
  'histogram.hint':
    'Compare judges to spot one who scores much more strictly or generously than the council.',

  'tiers.title': 'Prize structure: awarded against planned',
  'tiers.caption': 'Prizes standing in each tier against the planned count',
  'tiers.empty': 'The award has no prize structure yet.',
  'tiers.tier': 'Tier',
  'tiers.current': 'Awarded (standing)',
  'tiers.target': 'Planned',
  'tiers.difference': 'Difference',
  'tiers.note':
    'Planned counts are targets, not hard caps. Prizes revoked or works withdrawn after a complaint are not counted.',
};
