/** Mails about accounts and award membership: invitations, sign-in locks, registration. */
import type { AwardRole } from '@press-award/contracts';
import type { OutgoingMail } from './mail.service';
import { formatVietnamDate } from '../../app/results/export-format';

/** Emails are bilingual, Vietnamese first: the recipient's language is not known in advance. */
const ROLE_NAMES: Record<AwardRole, { vi: string; en: string }> = {
  organizer: { vi: 'thành viên Ban Tổ chức', en: 'organizer' },
  secretary: { vi: 'Ban Thư ký', en: 'secretariat' },
  judge: { vi: 'Giám khảo', en: 'judge' },
  steering: { vi: 'thành viên Ban Chỉ đạo', en: 'member of the steering committee' },
  auditor: { vi: 'người kiểm tra kết quả', en: 'results auditor' },
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
