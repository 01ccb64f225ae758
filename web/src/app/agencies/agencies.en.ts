import type { AgenciesDictionary } from './agencies.vi';

export const agenciesEn: AgenciesDictionary = {
  'batches.title': 'Batches',
  'batches.subtitle':
    'Organizations file entries on behalf of their authors: each batch holds the entries sent to one award and its covering letter.',
  'batches.notOrganization':
    "Only an organization's account can open batches. Authors submit their own entries from the award's page.",
  'batches.create': 'Open a batch',
  'batches.createHint':
    'Choose an award that takes entries and name the batch (for example: Batch 1).',
  'batches.award': 'Award',
  'batches.awardChoose': '— Choose an award —',
  'batches.noOpenAward': 'No award is taking entries at the moment.',
  'batches.batchTitle': 'Name of the batch',
  'batches.submit': 'Open the batch',
  'batches.submitting': 'Opening…',
  'batches.created': 'Batch opened. Add its entries and upload the covering letter.',
  'batches.mine': "The organization's batches",
  'batches.empty': 'No batches yet.',
  'batches.letter': 'Covering letter',
  'batches.noLetter': 'No covering letter yet',
  'batches.progress': {
    plural: 'count',
    one: '{submitted} of {count} entry submitted',
    other: '{submitted} of {count} entries submitted',
  },
  'batches.open': 'Open the batch',
  'batches.letterLine': 'No. {number} of {date}',

  'batch.back': '← Batches',
  'batch.organization': 'Filed by {name}',
  'batch.letterTitle': 'Covering letter',
  'batch.letterHint':
    'A PDF scan of the signed and sealed letter. The file is checked by its content, not by its name.',
  'batch.letterOnFile': 'Covering letter No. {number} of {date} on file ({file}).',
  'batch.letterNumber': 'Number and symbol of the letter',
  'batch.letterNumberHint': 'For example: 45-CV/BTCTU',
  'batch.letterDate': "The letter's date",
  'batch.letterFile': 'The letter (PDF)',
  'batch.letterFileMissing': "Choose the letter's PDF file.",
  'batch.letterUpload': 'Upload the letter',
  'batch.letterReplace': 'Replace the letter',
  'batch.letterUploading': 'Uploading…',
  'batch.letterSaved': 'Covering letter No. {number} saved.',
  'batch.letterDownload': 'Download the letter',
  'batch.letterDownloading': 'Downloading…',
  'batch.entries': 'Entries in this batch',
  'batch.entriesHint':
    'Each entry names its own authors and pen names. Once added, upload the work and submit it.',
  'batch.addEntry': '+ Add an entry',
  'batch.noEntries': 'This batch has no entries yet.',
  'batch.entryTitle': 'Entry',
  'batch.category': 'Category',
  'batch.authors': 'Authors',
  'batch.status': 'Status',
  'batch.receipt': 'Receipt number',
  'batch.list': 'Download the list of entries (PDF)',
  'batch.listBusy': 'Preparing the list…',
  'batch.listHint':
    'The list in the Party document format, sent with the covering letter; once submitted, it shows each entry’s receipt number.',
  'batch.count': { plural: 'count', one: '{count} entry', other: '{count} entries' },
};
