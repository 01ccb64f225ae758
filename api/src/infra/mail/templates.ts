import type { AwardRole } from '@press-award/contracts';
import type { OutgoingMail } from './mail.service';

/** Emails are bilingual, Vietnamese first: the recipient's language is not known in advance. */
const ROLE_NAMES: Record<AwardRole, { vi: string; en: string }> = {
  organizer: { vi: 'Ban Tổ chức', en: 'organizer' },
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
  const expires = input.expiresAt.toLocaleDateString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' });
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

export function addedToAwardMail(input: { to: string; fullName: string; awardName: string; role: AwardRole; link: string }): OutgoingMail {
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
