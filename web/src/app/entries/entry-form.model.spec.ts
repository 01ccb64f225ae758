import { TestBed } from '@angular/core/testing';
import { FormBuilder, type NonNullableFormBuilder } from '@angular/forms';
import type { AwardRules, EntryResponse } from '@press-award/contracts';
import { I18nService } from '../core/i18n/i18n.service';
import {
  acceptsEntries,
  createAuthorForm,
  createEntryForm,
  createPartForm,
  createPriorAwardForm,
  entryClientErrors,
  localizeDetails,
  moveRow,
  rowPaths,
  toEntryInput,
  type EntryForm,
  type EntryRulesContext,
} from './entry-form.model';

const RULES: AwardRules = {
  publicationFrom: '2019-11-01',
  publicationTo: '2020-10-31',
  submissionDeadline: '2020-11-10T17:00:00+07:00',
  maxEntriesPerAuthor: 1,
  maxCoAuthors: 3,
  maxSeriesParts: 2,
  languages: ['vi', 'hmn'],
  files: { tv: { maxBytes: 4 * 1024 ** 3, types: ['video/mp4'] } },
};
const CONTEXT: EntryRulesContext = {
  rules: RULES,
  topicPrizeCodes: ['DAI_HOI'],
  categoryIds: ['cat-tv'],
};
const ME = {
  fullName: 'Nguyễn Văn An',
  penName: 'An Nhiên',
  organizationName: 'Đài PT-TH Bình Định',
  email: 'an@btv.vn',
};

function entryFactory(overrides: Partial<EntryResponse> = {}): EntryResponse {
  return {
    id: 'entry-1',
    awardId: 'award-1',
    categoryId: 'cat-tv',
    mediaType: 'tv',
    status: 'draft',
    title: 'Giữ lửa ở bản vùng cao',
    genre: 'Phóng sự',
    language: 'vi',
    summary: null,
    parts: [{ index: 0, title: 'Kỳ 1', outlet: 'VTV1', publishedAt: '2020-05-19', url: null }],
    authors: [
      {
        index: 0,
        userId: 'u1',
        fullName: 'Nguyễn Văn An',
        penName: null,
        role: 'author',
        organizationName: null,
        email: null,
        dateOfBirth: null,
      },
    ],
    priorAwards: [],
    topicPrizes: [],
    files: [],
    receiptNumber: null,
    submittedAt: null,
    outcome: null,
    createdAt: '2020-06-01T00:00:00Z',
    updatedAt: '2020-06-01T00:00:00Z',
    ...overrides,
  };
}

/** A complete, valid form for a TV entry. */
function filledForm(fb: NonNullableFormBuilder): EntryForm {
  const form = createEntryForm(fb, null, ME);
  form.patchValue({ categoryId: 'cat-tv', title: '  Giữ lửa ở bản vùng cao ', language: 'vi' });
  form.controls.parts
    .at(0)
    .patchValue({ title: 'Kỳ 1', outlet: 'VTV1', publishedAt: '2020-05-19' });
  return form;
}

function fields(errors: { field: string }[]): string[] {
  return errors.map((error) => error.field);
}

describe('entry form model', () => {
  let fb: NonNullableFormBuilder;
  let i18n: I18nService;

  beforeEach(() => {
    localStorage.clear();
    TestBed.resetTestingModule();
    fb = TestBed.inject(FormBuilder).nonNullable;
    i18n = TestBed.inject(I18nService);
  });

  describe(createEntryForm.name, () => {
    it('should start a new entry with one part and the signed-in reporter as lead author', () => {
      const form = createEntryForm(fb, null, ME);
      expect(form.controls.parts.length).toBe(1);
      expect(form.getRawValue().authors).toEqual([
        {
          fullName: 'Nguyễn Văn An',
          penName: 'An Nhiên',
          role: 'author',
          organizationName: 'Đài PT-TH Bình Định',
          email: 'an@btv.vn',
          dateOfBirth: '',
          overseas: false,
        },
      ]);
      expect(form.getRawValue().language).toBe('vi');
    });

    it('should load a saved entry as it is', () => {
      const form = createEntryForm(fb, entryFactory({ topicPrizes: ['DAI_HOI'] }));
      expect(form.getRawValue()).toMatchObject({
        categoryId: 'cat-tv',
        genre: 'Phóng sự',
        summary: '',
        topicPrizes: ['DAI_HOI'],
      });
      expect(form.getRawValue().parts[0]).toEqual({
        title: 'Kỳ 1',
        outlet: 'VTV1',
        publishedAt: '2020-05-19',
        url: '',
      });
    });
  });

  describe(toEntryInput.name, () => {
    it('should trim texts and send empty optional fields as null', () => {
      const form = filledForm(fb);
      form.controls.authors.at(0).patchValue({ email: ' AN@BTV.VN ', penName: '  ' });
      const input = toEntryInput(form.getRawValue());
      expect(input.title).toBe('Giữ lửa ở bản vùng cao');
      expect(input.genre).toBeNull();
      expect(input.summary).toBeNull();
      expect(input.parts).toEqual([
        { title: 'Kỳ 1', outlet: 'VTV1', publishedAt: '2020-05-19', url: null },
      ]);
      expect(input.authors[0]).toMatchObject({
        email: 'an@btv.vn',
        penName: null,
        role: 'author',
        dateOfBirth: null,
      });
      expect(input.priorAwards).toEqual([]);
    });

    it('should send an author declared as living abroad, and leave the flag out for the others', () => {
      const form = filledForm(fb);
      form.controls.authors.push(
        createAuthorForm(fb, {
          fullName: 'Phạm Kiều Anh',
          dateOfBirth: '1992-02-02',
          overseas: true,
        }),
      );
      const input = toEntryInput(form.getRawValue());
      expect(input.authors[1]).toMatchObject({ fullName: 'Phạm Kiều Anh', overseas: true });
      expect(input.authors[0]).not.toHaveProperty('overseas');
      // A saved author keeps the flag when the entry is opened again.
      const saved = createEntryForm(
        fb,
        entryFactory({
          authors: [
            {
              index: 0,
              userId: null,
              fullName: 'Phạm Kiều Anh',
              penName: null,
              role: null,
              organizationName: null,
              email: null,
              dateOfBirth: '1992-02-02',
              overseas: true,
            },
          ],
        }),
      );
      expect(saved.getRawValue().authors[0]?.overseas).toBe(true);
    });
  });

  describe(entryClientErrors.name, () => {
    it('should find nothing wrong with a complete entry', () => {
      expect(entryClientErrors(filledForm(fb).getRawValue(), CONTEXT, i18n)).toEqual([]);
    });

    it('should require the category, title and every part field, on the matching paths', () => {
      const form = createEntryForm(fb, null, ME);
      expect(fields(entryClientErrors(form.getRawValue(), CONTEXT, i18n))).toEqual([
        'categoryId',
        'title',
        'parts.0.title',
        'parts.0.outlet',
        'parts.0.publishedAt',
      ]);
    });

    it('should refuse a publication date outside the window and say which window, in dd/MM/yyyy', () => {
      const form = filledForm(fb);
      form.controls.parts.at(0).patchValue({ publishedAt: '2020-11-01' });
      const [error] = entryClientErrors(form.getRawValue(), CONTEXT, i18n);
      expect(error).toMatchObject({
        field: 'parts.0.publishedAt',
        code: 'PUBLICATION_OUTSIDE_WINDOW',
      });
      expect(error?.message).toContain('01/11/2019');
      expect(error?.message).toContain('31/10/2020');
    });

    it('should enforce the caps on parts and authors from the rules', () => {
      const form = filledForm(fb);
      for (let index = 1; index < 3; index++)
        form.controls.parts.push(
          createPartForm(fb, {
            title: `Kỳ ${index + 1}`,
            outlet: 'VTV1',
            publishedAt: '2020-06-01',
          }),
        );
      for (let index = 1; index < 4; index++)
        form.controls.authors.push(createAuthorForm(fb, { fullName: `Đồng tác giả ${index}` }));
      const errors = entryClientErrors(form.getRawValue(), CONTEXT, i18n);
      expect(errors.find((error) => error.code === 'TOO_MANY_PARTS')).toMatchObject({
        field: 'parts',
        params: { max: 2 },
      });
      expect(errors.find((error) => error.code === 'TOO_MANY_AUTHORS')?.message).toBe(
        'Mỗi tác phẩm chỉ được có tối đa 3 tác giả.',
      );
    });

    it('should refuse a National Press Award winner, a bad email and an invalid URL', () => {
      const form = filledForm(fb);
      form.controls.priorAwards.push(
        createPriorAwardForm(fb, {
          kind: 'national_press_award',
          name: 'Giải Báo chí Quốc gia',
          year: 2019,
        }),
      );
      form.controls.authors.at(0).patchValue({ email: 'not-an-email' });
      form.controls.parts.at(0).patchValue({ url: 'vtv.vn/bai-viet' });
      expect(fields(entryClientErrors(form.getRawValue(), CONTEXT, i18n))).toEqual([
        'parts.0.url',
        'authors.0.email',
        'priorAwards.0.kind',
      ]);
    });

    it('should refuse a language the award does not take, and a topic prize it does not have', () => {
      const form = filledForm(fb);
      form.patchValue({ language: 'fr', topicPrizes: ['KHONG_CO'] });
      expect(fields(entryClientErrors(form.getRawValue(), CONTEXT, i18n))).toEqual([
        'language',
        'topicPrizes.0',
      ]);
    });

    it('should answer in English when the UI is in English', () => {
      i18n.setLanguage('en');
      const form = createEntryForm(fb, null, ME);
      expect(entryClientErrors(form.getRawValue(), CONTEXT, i18n)[0]?.message).toBe(
        'This field is required.',
      );
    });

    it("should ask for every author's birth date when submitting, not when saving a draft", () => {
      const form = filledForm(fb);
      form.controls.authors.push(
        createAuthorForm(fb, { fullName: 'Lê Văn Tám', role: 'camera', dateOfBirth: '1970-07-27' }),
      );
      expect(entryClientErrors(form.getRawValue(), CONTEXT, i18n)).toEqual([]);
      expect(entryClientErrors(form.getRawValue(), CONTEXT, i18n, 'submit')).toEqual([
        {
          field: 'authors.0.dateOfBirth',
          code: 'AUTHOR_BIRTH_DATE_REQUIRED',
          message: 'Hãy nhập ngày sinh của tác giả — Thể lệ giới hạn số tác phẩm của mỗi tác giả.',
        },
      ]);
      i18n.setLanguage('en');
      expect(entryClientErrors(form.getRawValue(), CONTEXT, i18n, 'submit')[0]?.message).toBe(
        "Enter the author's date of birth: the rules limit how many works each author may enter.",
      );
      form.controls.authors.at(0).patchValue({ dateOfBirth: '1985-03-08' });
      expect(entryClientErrors(form.getRawValue(), CONTEXT, i18n, 'submit')).toEqual([]);
    });
  });

  describe(localizeDetails.name, () => {
    it('should reword known codes with their params and keep other server messages', () => {
      const details = localizeDetails(
        [
          {
            field: 'authors.1',
            code: 'AUTHOR_ENTRY_LIMIT_REACHED',
            message: 'raw',
            params: { max: 1 },
          },
          { field: 'parts.0.title', code: 'isNotEmpty', message: 'Không được để trống.' },
        ],
        i18n,
      );
      expect(details[0]?.message).toBe('Mỗi tác giả chỉ được dự tối đa 1 tác phẩm.');
      expect(details[1]?.message).toBe('Không được để trống.');
    });
  });

  describe(rowPaths.name, () => {
    it('should name every list and row an error may point at', () => {
      const value = filledForm(fb).getRawValue();
      expect(rowPaths(value)).toEqual([
        'parts',
        'authors',
        'priorAwards',
        'files',
        'parts.0',
        'authors.0',
      ]);
    });
  });

  describe(moveRow.name, () => {
    it('should reorder rows and ignore moves past either end', () => {
      const form = filledForm(fb);
      form.controls.parts.push(createPartForm(fb, { title: 'Kỳ 2' }));
      moveRow(form.controls.parts, 1, -1);
      expect(form.getRawValue().parts.map((part) => part.title)).toEqual(['Kỳ 2', 'Kỳ 1']);
      moveRow(form.controls.parts, 0, -1);
      moveRow(form.controls.parts, 1, 1);
      expect(form.getRawValue().parts.map((part) => part.title)).toEqual(['Kỳ 2', 'Kỳ 1']);
    });
  });

  describe(acceptsEntries.name, () => {
    it('should take entries only while open and until the deadline', () => {
      const before = new Date('2020-11-10T09:59:00Z');
      const after = new Date('2020-11-10T10:01:00Z');
      expect(acceptsEntries('open', RULES, before)).toBe(true);
      expect(acceptsEntries('open', RULES, after)).toBe(false);
      expect(acceptsEntries('closed', RULES, before)).toBe(false);
    });
  });
});
