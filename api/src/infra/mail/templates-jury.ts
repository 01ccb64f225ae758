import type { OutgoingMail } from './mail.service';

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
