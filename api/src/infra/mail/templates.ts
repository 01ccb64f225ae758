import type { AwardRole } from '@press-award/contracts';
import type { OutgoingMail } from './mail.service';
import { formatVietnamDate } from '../../app/results/export-format';

/** Emails are bilingual, Vietnamese first: the recipient's language is not known in advance. */
const ROLE_NAMES: Record<AwardRole, { vi: string; en: string }> = {
  organizer: { vi: 'thành viên Ban Tổ chức', en: 'organizer' },
  secretary: { vi: 'Ban Thư ký', en: 'secretariat' },
  judge: { vi: 'Giám khảo', en: 'judge' },
};

export function invitationMail(input: {
  to: string;
  fullName: string;
  awardName: string;
  role: AwardRole;
  link: string;
  expiresAt: Date;
}): OutgoingMail {
  const role = ROLE_NAMES[input.role];
  const expires = input.expiresAt.toLocaleDateString('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  });
  return {
    to: input.to,
    template: 'invitation',
    subject: `Lời mời tham gia ${input.awardName} / Invitation to ${input.awardName}`,
    text: [
      `Kính gửi ${input.fullName},`,
      '',
      `Ông/Bà được mời tham gia ${input.awardName} với vai trò ${role.vi}.`,
      `Vui lòng đặt mật khẩu tại liên kết sau (hiệu lực đến ${expires}):`,
      input.link,
      '',
      '---',
      `Dear ${input.fullName},`,
      '',
      `You are invited to ${input.awardName} as ${role.en}.`,
      `Please set your password at this link (valid until ${expires}):`,
      input.link,
    ].join('\n'),
  };
}

export function addedToAwardMail(input: {
  to: string;
  fullName: string;
  awardName: string;
  role: AwardRole;
  link: string;
}): OutgoingMail {
  const role = ROLE_NAMES[input.role];
  return {
    to: input.to,
    template: 'member-added',
    subject: `Phân công tại ${input.awardName} / Your role in ${input.awardName}`,
    text: [
      `Kính gửi ${input.fullName},`,
      '',
      `Ông/Bà đã được phân công vai trò ${role.vi} tại ${input.awardName}.`,
      `Đăng nhập: ${input.link}`,
      '',
      '---',
      `Dear ${input.fullName},`,
      '',
      `You now have the role of ${role.en} in ${input.awardName}.`,
      `Sign in: ${input.link}`,
    ].join('\n'),
  };
}

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

export function judgeReminderMail(input: {
  to: string;
  fullName: string;
  roundName: string;
  submitted: number;
  assigned: number;
  link: string;
}): OutgoingMail {
  return {
    to: input.to,
    template: 'judge-reminder',
    subject: `Nhắc chấm điểm – ${input.roundName} / Scoring reminder`,
    text: [
      `Kính gửi ${input.fullName},`,
      '',
      `Ông/Bà đã nộp ${input.submitted}/${input.assigned} phiếu chấm của ${input.roundName}.`,
      `Vui lòng hoàn thành tại: ${input.link}`,
      '',
      '---',
      `Dear ${input.fullName},`,
      '',
      `You have submitted ${input.submitted} of ${input.assigned} score sheets in ${input.roundName}.`,
      `Please complete them at: ${input.link}`,
    ].join('\n'),
  };
}

/** "A", "A và B", "A, B và C" (or "and" in English). */
function listOf(items: string[], and: string): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

const TOPIC_PRIZE_WORDS = 'Giải chuyên đề';

/**
 * What a work won, in words: the tier and each topic prize ("Giải A và Giải chuyên đề Tác giả cao
 * tuổi"), or null for no prize. A topic prize whose label already says "Giải chuyên đề" is not
 * prefixed twice.
 */
export function prizeNames(
  tierLabel: string | null,
  topicPrizeLabels: readonly string[] = [],
): { vi: string; en: string } | null {
  if (!tierLabel && topicPrizeLabels.length === 0) return null;
  const topicsVi = topicPrizeLabels.map((label) =>
    label
      .normalize('NFC')
      .toLocaleLowerCase('vi')
      .startsWith(TOPIC_PRIZE_WORDS.toLocaleLowerCase('vi'))
      ? label
      : `${TOPIC_PRIZE_WORDS} ${label}`,
  );
  const topicsEn = topicPrizeLabels.length
    ? `the topic ${topicPrizeLabels.length === 1 ? 'prize' : 'prizes'} ${listOf([...topicPrizeLabels], 'and')}`
    : null;
  return {
    vi: listOf([...(tierLabel ? [tierLabel] : []), ...topicsVi], 'và'),
    en: [tierLabel, topicsEn].filter(Boolean).join(' and '),
  };
}

/** The outcome of one entry, sent when the results are published: a tier, topic prizes, both, or no prize. */
export function outcomeMail(input: {
  to: string;
  fullName: string;
  awardName: string;
  entryTitle: string;
  tierLabel: string | null;
  topicPrizeLabels?: readonly string[];
  link: string;
}): OutgoingMail {
  const prize = prizeNames(input.tierLabel, input.topicPrizeLabels);
  return {
    to: input.to,
    template: 'outcome',
    subject: `Kết quả ${input.awardName} / Results`,
    text: [
      `Kính gửi ${input.fullName},`,
      '',
      prize
        ? `Chúc mừng: tác phẩm "${input.entryTitle}" đạt ${prize.vi}.`
        : `Tác phẩm "${input.entryTitle}" không đạt giải lần này. Cảm ơn Ông/Bà đã tham gia.`,
      `Kết quả: ${input.link}`,
      '',
      '---',
      `Dear ${input.fullName},`,
      '',
      prize
        ? `Congratulations: "${input.entryTitle}" won ${prize.en}.`
        : `"${input.entryTitle}" did not win a prize this time. Thank you for taking part.`,
      `Results: ${input.link}`,
    ].join('\n'),
  };
}

const COMPLAINT_OUTCOMES: Record<
  'dismissed' | 'withdrawn' | 'revoked',
  { vi: string; en: string }
> = {
  dismissed: {
    vi: 'không có căn cứ; kết quả của tác phẩm được giữ nguyên',
    en: 'dismissed; the result of the entry stands',
  },
  withdrawn: { vi: 'tác phẩm bị rút khỏi giải', en: 'the work is withdrawn from the award' },
  revoked: { vi: 'giải thưởng của tác phẩm bị thu hồi', en: 'the prize of the work is revoked' },
};

/**
 * How a complaint against a published result was resolved. The organizers' note stays with them and
 * in the audit trail: it may name the complainant, so the author hears the outcome, not the file.
 */
export function complaintOutcomeMail(input: {
  to: string;
  fullName: string;
  awardName: string;
  entryTitle: string;
  tierLabel: string | null;
  topicPrizeLabels?: readonly string[];
  outcome: 'dismissed' | 'withdrawn' | 'revoked';
  link: string;
}): OutgoingMail {
  const outcome = COMPLAINT_OUTCOMES[input.outcome];
  const names = prizeNames(input.tierLabel, input.topicPrizeLabels);
  return {
    to: input.to,
    template: `complaint-${input.outcome}`,
    subject: `Kết quả giải quyết khiếu nại – ${input.awardName} / Complaint resolved`,
    text: [
      `Kính gửi ${input.fullName},`,
      '',
      `Ban Tổ chức ${input.awardName} đã giải quyết khiếu nại liên quan đến tác phẩm "${input.entryTitle}"${names ? ` (${names.vi})` : ''}: ${outcome.vi}.`,
      'Mọi thắc mắc xin liên hệ Ban Tổ chức.',
      `Kết quả giải: ${input.link}`,
      '',
      '---',
      `Dear ${input.fullName},`,
      '',
      `The organizers of ${input.awardName} have resolved a complaint about "${input.entryTitle}"${names ? ` (${names.en})` : ''}: ${outcome.en}.`,
      'Please contact the organizers with any questions.',
      `Results: ${input.link}`,
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

/**
 * To an account's owner when one address made too many failed sign-ins for it. That address waits;
 * the owner signing in from anywhere else is not held back.
 */
export function signInLockedMail(input: {
  to: string;
  fullName: string;
  clientAddress: string;
  at: Date;
  lockMinutes: number;
  link: string;
}): OutgoingMail {
  const when = formatVietnamDate(input.at, true);
  return {
    to: input.to,
    template: 'sign-in-locked',
    subject:
      'Cảnh báo: nhiều lần đăng nhập sai vào tài khoản của bạn / Failed sign-ins to your account',
    text: [
      `Kính gửi ${input.fullName},`,
      '',
      `Lúc ${when} (giờ Việt Nam) có nhiều lần đăng nhập sai mật khẩu vào tài khoản ${input.to} từ địa chỉ ${input.clientAddress}.`,
      `Địa chỉ đó tạm thời bị chặn đăng nhập vào tài khoản này trong ${input.lockMinutes} phút.`,
      'Việc Ông/Bà đăng nhập từ máy hoặc mạng khác vẫn hoạt động bình thường.',
      `Nếu đó không phải là Ông/Bà, hãy đổi mật khẩu ngay (liên hệ quản trị hệ thống nếu cần đặt lại): ${input.link}`,
      '',
      '---',
      `Dear ${input.fullName},`,
      '',
      `At ${when} (Vietnam time) there were several failed sign-ins to ${input.to} from the address ${input.clientAddress}.`,
      `That address may not sign in to this account for ${input.lockMinutes} minutes.`,
      'Signing in yourself from another device or network still works.',
      `If it was not you, change your password now (ask the system administrator if it needs resetting): ${input.link}`,
    ].join('\n'),
  };
}

/** The link that creates the account: registering never creates it directly (see registrationAttemptMail). */
export function registrationConfirmMail(input: {
  to: string;
  fullName: string;
  link: string;
  expiresAt: Date;
}): OutgoingMail {
  const until = formatVietnamDate(input.expiresAt, true);
  return {
    to: input.to,
    template: 'registration-confirm',
    subject: 'Xác nhận đăng ký tài khoản / Confirm your registration',
    text: [
      `Kính gửi ${input.fullName},`,
      '',
      'Để hoàn tất đăng ký tài khoản dự giải, vui lòng mở liên kết sau',
      `(hiệu lực đến ${until}, giờ Việt Nam):`,
      input.link,
      'Nếu Ông/Bà không đăng ký, hãy bỏ qua thư này: không có tài khoản nào được tạo.',
      '',
      '---',
      `Dear ${input.fullName},`,
      '',
      `To finish creating your account, open this link (valid until ${until}, Vietnam time):`,
      input.link,
      'If you did not register, ignore this email: no account has been created.',
    ].join('\n'),
  };
}

/** To the owner of an email that someone tried to register again: the registration form says nothing. */
export function registrationAttemptMail(input: {
  to: string;
  fullName: string;
  loginLink: string;
}): OutgoingMail {
  return {
    to: input.to,
    template: 'registration-attempt',
    subject: 'Có người đăng ký bằng email của bạn / Someone tried to register with your email',
    text: [
      `Kính gửi ${input.fullName},`,
      '',
      `Có người vừa đăng ký tài khoản mới bằng địa chỉ ${input.to}, nhưng địa chỉ này đã có tài khoản nên không có tài khoản nào được tạo.`,
      `Nếu đó là Ông/Bà, hãy đăng nhập bằng tài khoản hiện có: ${input.loginLink}`,
      'Nếu quên mật khẩu, hãy liên hệ quản trị hệ thống để đặt lại. Nếu không phải Ông/Bà, không cần làm gì.',
      '',
      '---',
      `Dear ${input.fullName},`,
      '',
      `Someone just tried to register a new account with ${input.to}. This address already has an account, so nothing was created.`,
      `If it was you, sign in with your existing account: ${input.loginLink}`,
      'If you forgot your password, ask the system administrator to reset it. If it was not you, there is nothing to do.',
    ].join('\n'),
  };
}
