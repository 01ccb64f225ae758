import {
  PDFArray,
  PDFBool,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNull,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
  type PDFContext,
  type PDFObject,
} from 'pdf-lib';

/**
 * The judge's copy of a PDF, rebuilt from an allow-list: a new document whose pages hold only what
 * draws them — content streams and the fonts, images, forms, patterns, shadings and graphics states
 * they use. Everything else is simply never copied: the document information, XMP anywhere,
 * attachments and name trees, annotations and form fields, JavaScript and actions, outlines, page
 * labels, PieceInfo, structure trees, optional-content names, ICC profiles (their descriptions are
 * free text) and every key this file does not name. Embedded fonts get neutral names.
 *
 * It works on the objects, not on the drawing operators: hidden layers, marked-content text
 * (ActualText, Alt) and resource names inside content streams are the job of the Ghostscript pass
 * that runs before it (see anonymizer.ts).
 */

/** Every dictionary key that takes part in drawing a page, across the object types copied here. */
const DRAWING_KEYS = new Set([
  // streams
  'Length',
  'Filter',
  'DecodeParms',
  // resources
  'Font',
  'XObject',
  'ExtGState',
  'ColorSpace',
  'Pattern',
  'Shading',
  'ProcSet',
  // images and forms
  'Type',
  'Subtype',
  'Width',
  'Height',
  'BitsPerComponent',
  'Intent',
  'ImageMask',
  'Mask',
  'Decode',
  'Interpolate',
  'SMask',
  'SMaskInData',
  'Matte',
  'FormType',
  'BBox',
  'Matrix',
  'Resources',
  'Group',
  'S',
  'CS',
  'I',
  'K',
  // fonts
  'BaseFont',
  'FirstChar',
  'LastChar',
  'Widths',
  'FontDescriptor',
  'Encoding',
  'BaseEncoding',
  'Differences',
  'ToUnicode',
  'DescendantFonts',
  'CIDSystemInfo',
  'Registry',
  'Ordering',
  'Supplement',
  'CIDToGIDMap',
  'W',
  'W2',
  'DW',
  'DW2',
  'FontBBox',
  'FontMatrix',
  'CharProcs',
  'FontName',
  'FontStretch',
  'FontWeight',
  'Flags',
  'ItalicAngle',
  'Ascent',
  'Descent',
  'Leading',
  'CapHeight',
  'XHeight',
  'StemV',
  'StemH',
  'AvgWidth',
  'MaxWidth',
  'MissingWidth',
  'FontFile',
  'FontFile2',
  'FontFile3',
  'CIDSet',
  'Length1',
  'Length2',
  'Length3',
  'UseCMap',
  'WMode',
  // graphics states and soft masks
  'LW',
  'LC',
  'LJ',
  'ML',
  'D',
  'RI',
  'OP',
  'op',
  'OPM',
  'BG',
  'BG2',
  'UCR',
  'UCR2',
  'TR',
  'TR2',
  'HT',
  'FL',
  'SM',
  'SA',
  'BM',
  'CA',
  'ca',
  'AIS',
  'TK',
  'G',
  'BC',
  // patterns, shadings and functions
  'PatternType',
  'PaintType',
  'TilingType',
  'XStep',
  'YStep',
  'ShadingType',
  'Background',
  'AntiAlias',
  'Coords',
  'Domain',
  'Function',
  'Extend',
  'BitsPerCoordinate',
  'BitsPerFlag',
  'VerticesPerRow',
  'FunctionType',
  'Range',
  'Size',
  'BitsPerSample',
  'Order',
  'Encode',
  'C0',
  'C1',
  'N',
  'Functions',
  'Bounds',
  // halftones
  'HalftoneType',
  'Frequency',
  'Angle',
  'SpotFunction',
  'AccurateScreens',
  'TransferFunction',
]);

/** Values that are free text by nature are dropped even under an allowed key, except these. */
const STANDARD_FONTS = new Set([
  'Times-Roman',
  'Times-Bold',
  'Times-Italic',
  'Times-BoldItalic',
  'Helvetica',
  'Helvetica-Bold',
  'Helvetica-Oblique',
  'Helvetica-BoldOblique',
  'Courier',
  'Courier-Bold',
  'Courier-Oblique',
  'Courier-BoldOblique',
  'Symbol',
  'ZapfDingbats',
]);
const CID_ORDERINGS = new Set(['Identity', 'UCS', 'Japan1', 'GB1', 'CNS1', 'Korea1', 'KR']);
const DEVICE_SPACE_BY_COMPONENTS: Record<number, string> = {
  1: 'DeviceGray',
  3: 'DeviceRGB',
  4: 'DeviceCMYK',
};

export interface RebuiltPdf {
  bytes: Uint8Array;
  pageCount: number;
}

class AllowListCopier {
  private readonly copied = new Map<PDFRef, PDFRef>();
  private fontCount = 0;

  constructor(
    private readonly from: PDFContext,
    private readonly to: PDFContext,
  ) {}

  copy(object: PDFObject | undefined, key?: string): PDFObject | undefined {
    if (object === undefined) return undefined;
    if (object instanceof PDFRef) return this.copyRef(object, key);
    if (object instanceof PDFNumber || object instanceof PDFBool || object === PDFNull)
      return object;
    if (object instanceof PDFName) return this.copyName(object, key);
    if (object instanceof PDFString || object instanceof PDFHexString)
      return this.copyString(object, key);
    if (object instanceof PDFArray) return this.copyArray(object, key);
    if (object instanceof PDFStream) return this.copyStream(object);
    if (object instanceof PDFDict) return this.copyDict(object, key);
    return undefined;
  }

  private copyRef(ref: PDFRef, key?: string): PDFObject | undefined {
    const known = this.copied.get(ref);
    if (known) return known;
    const target = this.from.lookup(ref);
    if (target === undefined) return undefined;
    const reserved = this.to.nextRef();
    this.copied.set(ref, reserved);
    const copy = this.copy(target, key);
    if (copy === undefined) {
      this.to.assign(reserved, PDFNull);
      return reserved;
    }
    this.to.assign(reserved, copy);
    return reserved;
  }

  private copyName(name: PDFName, key?: string): PDFName {
    const value = name.decodeText();
    if ((key === 'BaseFont' || key === 'FontName') && !STANDARD_FONTS.has(value))
      return PDFName.of(`PAAAAA+F${++this.fontCount}`);
    return name;
  }

  /** Strings in drawing objects are data (palettes) or CID registries; anything else is dropped. */
  private copyString(value: PDFString | PDFHexString, key?: string): PDFObject | undefined {
    if (key === 'Registry') return PDFString.of('Adobe');
    if (key === 'Ordering')
      return PDFString.of(CID_ORDERINGS.has(value.decodeText()) ? value.decodeText() : 'Identity');
    if (key === 'lookup') return value;
    return undefined;
  }

  private copyArray(array: PDFArray, key?: string): PDFObject | undefined {
    const first = array.get(0);
    const family = first instanceof PDFName ? first.decodeText() : '';
    // An ICC profile carries free-text descriptions: the device space with as many components replaces it.
    if (family === 'ICCBased') {
      const profile = this.from.lookup(array.get(1));
      const components =
        profile instanceof PDFStream ? profile.dict.get(PDFName.of('N')) : undefined;
      return PDFName.of(
        DEVICE_SPACE_BY_COMPONENTS[components instanceof PDFNumber ? components.asNumber() : 3] ??
          'DeviceRGB',
      );
    }
    const copy = PDFArray.withContext(this.to);
    for (let index = 0; index < array.size(); index++) {
      // [/Indexed base hival lookup]: the lookup is a palette, kept as it is.
      const itemKey =
        family === 'Indexed' && index === 3
          ? 'lookup'
          : key === 'Differences'
            ? 'Differences'
            : undefined;
      const item = this.copy(array.get(index), itemKey);
      copy.push(item ?? PDFNull);
    }
    return copy;
  }

  private copyDict(dict: PDFDict, parentKey?: string): PDFDict {
    const copy = PDFDict.withContext(this.to);
    // Resource dictionaries are keyed by the names the content streams use: every entry is kept.
    const isResourceMap =
      parentKey !== undefined &&
      ['Font', 'XObject', 'ExtGState', 'ColorSpace', 'Pattern', 'Shading', 'CharProcs'].includes(
        parentKey,
      );
    for (const [name, value] of dict.entries()) {
      const key = name.decodeText();
      if (!isResourceMap && !DRAWING_KEYS.has(key)) continue;
      const item = this.copy(value, isResourceMap ? undefined : key);
      if (item !== undefined) copy.set(name, item);
    }
    return copy;
  }

  private copyStream(stream: PDFStream): PDFObject | undefined {
    if (!(stream instanceof PDFRawStream)) return undefined;
    const dict = this.copyDict(stream.dict);
    return PDFRawStream.of(dict, stream.contents);
  }
}

/** Rebuilds `input` page by page; throws when it cannot be read (damaged or encrypted). */
export async function rebuildPdf(input: Uint8Array): Promise<RebuiltPdf> {
  const source = await PDFDocument.load(input, { updateMetadata: false });
  const target = await PDFDocument.create({ updateMetadata: false });
  const copier = new AllowListCopier(source.context, target.context);
  for (const page of source.getPages()) {
    const media = page.getMediaBox();
    const copy = target.addPage([media.width, media.height]);
    copy.setMediaBox(media.x, media.y, media.width, media.height);
    const crop = page.getCropBox();
    if (
      crop.x !== media.x ||
      crop.y !== media.y ||
      crop.width !== media.width ||
      crop.height !== media.height
    )
      copy.setCropBox(crop.x, crop.y, crop.width, crop.height);
    copy.setRotation(page.getRotation());
    const contents = copier.copy(page.node.get(PDFName.of('Contents')), 'Contents');
    if (contents) copy.node.set(PDFName.of('Contents'), contents);
    const resources = copier.copy(page.node.Resources(), 'Resources');
    if (resources) copy.node.set(PDFName.of('Resources'), resources);
  }
  return {
    bytes: await target.save({ useObjectStreams: false }),
    pageCount: target.getPageCount(),
  };
}
