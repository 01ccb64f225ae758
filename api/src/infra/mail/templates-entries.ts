/** Mails about an entry's life: the submission receipt, screening decisions, forwarding. */
import type { OutgoingMail } from './mail.service';

function formatBytes(size: number): string {
  if (size >= 1024 * 1024)
    return `${(size / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
  if (size >= 1024)
    return `${(size / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} KB`;
  return `${size} B`;
}

/** The submission receipt: what was received, with each file's sha256 so the reporter can verify it. */
export function receiptMail(input: {
  to: string;
  fullName: string;
  awardName: string;
  entryTitle: string;
  receiptNumber: string;
  submittedAt: Date;
  files: { name: string; size: number; sha256: string }[];
}): OutgoingMail {
  const when = input.submittedAt.toLocaleString('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  const files = input.files.map(
    (file, index) =>
      `  ${index + 1}. ${file.name} (${formatBytes(file.size)})\n     sha256: ${file.sha256}`,
  );
  return {
    to: input.to,
    template: 'receipt',
    subject: `Biên nhận ${input.receiptNumber} – ${input.awardName} / Receipt`,
    text: [
      `Kính gửi ${input.fullName},`,
      '',
      `Ban Tổ chức ${input.awardName} đã nhận tác phẩm "${input.entryTitle}".`,
      `Số biên nhận: ${input.receiptNumber}`,
      `Thời điểm nộp: ${when} (giờ Việt Nam)`,
      '',
      'Các tệp đã nhận:',
      ...files,
      '',
      '---',
      `Dear ${input.fullName},`,
      '',
      `Your entry "${input.entryTitle}" to ${input.awardName} has been received.`,
      `Receipt number: ${input.receiptNumber}, submitted ${when} (Vietnam time).`,
      'The files listed above, with their SHA-256, are what the organizers hold.',
    ].join('\n'),
  };
}

/** A screening decision that asks something of the reporter, or ends the entry. */
export function screeningMail(input: {
  to: string;
  fullName: string;
  awardName: string;
  entryTitle: string;
  decision: 'ineligible' | 'needs_revision' | 'eligible';
  reason: string;
  revisionDeadline: Date | null;
  link: string;
}): OutgoingMail {
  const until = input.revisionDeadline?.toLocaleString('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  const revision = input.decision === 'needs_revision';
  return {
    to: input.to,
    template: revision ? 'screening-needs-revision' : 'screening-ineligible',
    subject: revision
      ? `Yêu cầu bổ sung tác phẩm – ${input.awardName} / Revision requested`
      : `Kết quả thẩm định tác phẩm – ${input.awardName} / Screening result`,
    text: [
      `Kính gửi ${input.fullName},`,
      '',
      revision
        ? `Ban Thư ký đề nghị bổ sung, sửa chữa tác phẩm "${input.entryTitle}" trước ${until} (giờ Việt Nam).`
        : `Tác phẩm "${input.entryTitle}" không đủ điều kiện dự giải.`,
      `Lý do: ${input.reason}`,
      revision ? `Sửa và nộp lại tại: ${input.link}` : '',
      '',
      '---',
      `Dear ${input.fullName},`,
      '',
      revision
        ? `The secretariat asks you to revise "${input.entryTitle}" before ${until} (Vietnam time).`
        : `"${input.entryTitle}" is not eligible for the award.`,
      `Reason: ${input.reason}`,
      revision ? `Edit and resubmit: ${input.link}` : '',
    ].join('\n'),
  };
}

/** A provincial winner forwarded to a national award: the new receipt and the files the national award holds. */
export function forwardedMail(input: {
  to: string;
  fullName: string;
  sourceAwardName: string;
  targetAwardName: string;
  entryTitle: string;
  tierLabel: string | null;
  receiptNumber: string;
  files: { name: string; size: number; sha256: string }[];
  link: string;
}): OutgoingMail {
  const prize = input.tierLabel ? ` (${input.tierLabel})` : '';
  const files = input.files.map(
    (file, index) =>
      `  ${index + 1}. ${file.name} (${formatBytes(file.size)})\n     sha256: ${file.sha256}`,
  );
  return {
    to: input.to,
    template: 'entry-forwarded',
    subject: `Tác phẩm được giới thiệu dự ${input.targetAwardName} / Entry forwarded`,
    text: [
      `Kính gửi ${input.fullName},`,
      '',
      `Ban Tổ chức ${input.sourceAwardName} đã giới thiệu tác phẩm đoạt giải "${input.entryTitle}"${prize} dự ${input.targetAwardName}.`,
      `Số biên nhận tại ${input.targetAwardName}: ${input.receiptNumber}`,
      '',
      'Các tệp đã chuyển:',
      ...files,
      '',
      `Xem tác phẩm: ${input.link}`,
      '',
      '---',
      `Dear ${input.fullName},`,
      '',
      `The organizers of ${input.sourceAwardName} have forwarded your winning entry "${input.entryTitle}"${prize} to ${input.targetAwardName}.`,
      `Receipt number there: ${input.receiptNumber}. The files listed above, with their SHA-256, are what it holds.`,
      `See the entry: ${input.link}`,
    ].join('\n'),
  };
}
