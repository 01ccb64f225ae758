import {
  canCancel,
  canDismiss,
  canResume,
  createUploadRow,
  failed,
  percent,
  precheckFile,
  resumed,
  succeeded,
  uploadFingerprint,
  withProgress,
  withResumeOffset,
  type UploadRow,
} from './upload-row';

const MB = 1024 * 1024;
const VIDEO = { name: 'phong-su.mp4', size: 100 * MB, type: 'video/mp4' };
const TV_RULE = { maxBytes: 4096 * MB, types: ['video/mp4', 'video/quicktime'] };

function row(): UploadRow {
  return createUploadRow('upload-1', VIDEO, 'work', null);
}

describe('upload rows', () => {
  describe(createUploadRow.name, () => {
    it('should start uploading at 0 of the file size', () => {
      expect(row()).toMatchObject({
        phase: 'uploading',
        bytesSent: 0,
        bytesTotal: 100 * MB,
        error: null,
        fileId: null,
      });
      expect(percent(row())).toBe(0);
    });
  });

  describe(withProgress.name, () => {
    it('should show whole percentages of what was sent', () => {
      const moving = withProgress(row(), 25 * MB + 1, 100 * MB);
      expect(moving.bytesSent).toBe(25 * MB + 1);
      expect(percent(moving)).toBe(25);
      expect(moving.phase).toBe('uploading');
    });

    it('should move to processing once the last byte is sent, and never count beyond the total', () => {
      const sent = withProgress(row(), 120 * MB, 100 * MB);
      expect(sent.bytesSent).toBe(100 * MB);
      expect(sent.phase).toBe('processing');
      expect(canCancel(sent)).toBe(false);
    });

    it('should ignore progress that arrives after a failure', () => {
      const broken = failed(withProgress(row(), 10 * MB, 100 * MB), null, {
        code: 'NETWORK_ERROR',
        message: 'offline',
      });
      expect(withProgress(broken, 50 * MB, 100 * MB)).toBe(broken);
    });
  });

  describe(failed.name, () => {
    it('should let a dropped connection resume from what the server holds', () => {
      const broken = failed(withProgress(row(), 40 * MB, 100 * MB), null, {
        code: 'NETWORK_ERROR',
        message: 'offline',
      });
      expect(broken.phase).toBe('failed');
      expect(canResume(broken)).toBe(true);
      expect(canCancel(broken)).toBe(true);
      expect(canDismiss(broken)).toBe(false);

      const again = resumed(broken);
      expect(again).toMatchObject({
        phase: 'uploading',
        error: null,
        bytesSent: 40 * MB,
        resumedFrom: 40 * MB,
      });
    });

    it('should treat a server error (5xx) and a lock or offset conflict as worth another try', () => {
      for (const status of [500, 502, 409, 423, 429]) {
        expect(failed(row(), status, { code: 'X', message: 'x' }).phase).toBe('failed');
      }
    });

    it('should make a refusal (type, size, not editable) final: no resume, only dismiss', () => {
      for (const status of [400, 403, 404, 413, 415]) {
        const refused = failed(row(), status, { code: 'FILE_TYPE_NOT_ALLOWED', message: 'no' });
        expect(refused.phase).toBe('refused');
        expect(canResume(refused)).toBe(false);
        expect(canCancel(refused)).toBe(false);
        expect(canDismiss(refused)).toBe(true);
        expect(resumed(refused)).toBe(refused);
      }
    });
  });

  describe(succeeded.name, () => {
    it('should show a full bar and keep the stored file id', () => {
      const done = succeeded(withProgress(row(), 100 * MB, 100 * MB), 'file-1');
      expect(done).toMatchObject({ phase: 'done', fileId: 'file-1', bytesSent: 100 * MB });
      expect(percent(done)).toBe(100);
      expect(canDismiss(done)).toBe(true);
      expect(canCancel(done)).toBe(false);
    });
  });

  describe(withResumeOffset.name, () => {
    it('should start the bar at the offset an earlier upload reached', () => {
      const continued = withResumeOffset(row(), 60 * MB);
      expect(continued).toMatchObject({ bytesSent: 60 * MB, resumedFrom: 60 * MB });
      expect(percent(continued)).toBe(60);
      expect(withResumeOffset(row(), 500 * MB).bytesSent).toBe(100 * MB);
    });
  });

  describe(precheckFile.name, () => {
    it('should accept a file the rules allow', () => {
      expect(precheckFile(VIDEO, TV_RULE)).toBeNull();
    });

    it('should refuse an empty file, a file over the limit and a type the rules exclude', () => {
      expect(precheckFile({ ...VIDEO, size: 0 }, TV_RULE)).toBe('FILE_EMPTY');
      expect(precheckFile({ ...VIDEO, size: 4096 * MB + 1 }, TV_RULE)).toBe('FILE_TOO_LARGE');
      expect(precheckFile({ name: 'anh.jpg', size: MB, type: 'image/jpeg' }, TV_RULE)).toBe(
        'FILE_TYPE_NOT_ALLOWED',
      );
    });

    it('should leave an unknown browser type to the server and read browser aliases', () => {
      expect(precheckFile({ name: 'ban-tin', size: MB, type: '' }, TV_RULE)).toBeNull();
      expect(
        precheckFile(
          { name: 'tin.wav', size: MB, type: 'audio/x-wav' },
          { maxBytes: 500 * MB, types: ['audio/wav'] },
        ),
      ).toBeNull();
    });
  });

  describe(uploadFingerprint.name, () => {
    it('should resume only the same file for the same entry, kind and part', () => {
      const file = { ...VIDEO, lastModified: 1 };
      const base = uploadFingerprint(file, 'entry-1', 'work', 0);
      expect(uploadFingerprint({ ...file }, 'entry-1', 'work', 0)).toBe(base);
      expect(uploadFingerprint(file, 'entry-2', 'work', 0)).not.toBe(base);
      expect(uploadFingerprint(file, 'entry-1', 'script', 0)).not.toBe(base);
      expect(uploadFingerprint(file, 'entry-1', 'work', 1)).not.toBe(base);
      expect(uploadFingerprint(file, 'entry-1', 'work', null)).not.toBe(base);
      expect(uploadFingerprint({ ...file, lastModified: 2 }, 'entry-1', 'work', 0)).not.toBe(base);
    });
  });
});
