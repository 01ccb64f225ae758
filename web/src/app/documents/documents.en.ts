import type { DocumentsDictionary } from './documents.vi';

export const documentsEn: DocumentsDictionary = {
  'documents.title': 'Documents',
  'documents.subtitle':
    'Decisions, minutes, submissions and lists built from the award’s data in the Party’s document format, numbered per issuing body and year.',
  'documents.issuer': 'Issued by: {issuer} · symbol {symbol}',
  'documents.create': 'New document',
  'documents.type': 'Document',
  'documents.round': 'Round',
  'documents.chooseRound': '— Choose a round —',
  'documents.issuedOn': 'Date of issue',
  'documents.issuedOnHint':
    'Empty: today (minutes: the day the round closed). The year of this date decides the numbering sequence.',
  'documents.submit': 'Generate and number',
  'documents.submitting': 'Generating…',
  'documents.created': 'Document {reference} generated.',
  'documents.needRound': 'Choose a round.',
  'documents.list': 'Generated documents',
  'documents.count': { plural: 'count', one: '{count} document', other: '{count} documents' },
  'documents.empty': 'No documents yet.',
  'documents.reference': 'Number',
  'documents.name': 'Document',
  'documents.date': 'Date',
  'documents.hash': 'SHA-256',
  'documents.download': 'Download',
  'documents.downloadAs': 'Download {format}',
  'documents.downloadNamed': 'Download {reference} ({format})',
  'documents.downloading': 'Downloading…',

  'type.council_decision': 'Decision establishing the council',
  'type.round_minutes': 'Minutes of a closed round',
  'type.prize_proposal': 'Submission proposing the prizes',
  'type.prize_decision': 'Decision awarding the prizes',
  'type.payment_list': 'Prize payment list (Excel)',
  'type.batch_list': 'List of a submission batch',
};
