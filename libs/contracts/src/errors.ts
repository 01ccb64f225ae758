/**
 * Every error the API returns has a stable `code` from this table. The web app translates codes with
 * the same messages, so a message changes in one place only.
 */
export const ERROR_MESSAGES = {
  VALIDATION_FAILED: {
    vi: 'Dữ liệu không hợp lệ. Vui lòng kiểm tra các trường được đánh dấu.',
    en: 'Some of the information is not valid. Check the highlighted fields.',
  },
  MALFORMED_JSON: {
    vi: 'Nội dung gửi lên bị lỗi nên không đọc được. Hãy tải lại trang rồi thử lại.',
    en: 'What was sent could not be read. Reload the page and try again.',
  },
  PAYLOAD_TOO_LARGE: {
    vi: 'Dữ liệu gửi lên vượt quá giới hạn cho phép.',
    en: 'What was sent is larger than allowed.',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    vi: 'Định dạng dữ liệu không được hỗ trợ.',
    en: 'This kind of content is not supported.',
  },
  AUTH_REQUIRED: {
    vi: 'Vui lòng đăng nhập để tiếp tục.',
    en: 'Please sign in to continue.',
  },
  AUTH_INVALID_CREDENTIALS: {
    vi: 'Email hoặc mật khẩu không đúng.',
    en: 'The email or password is incorrect.',
  },
  AUTH_TOO_MANY_ATTEMPTS: {
    vi: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ít phút.',
    en: 'Too many failed sign-ins. Please try again in a few minutes.',
  },
  AUTH_SESSION_EXPIRED: {
    vi: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
    en: 'Your session has expired. Please sign in again.',
  },
  AUTH_CSRF_MISMATCH: {
    vi: 'Yêu cầu bị từ chối vì thiếu mã bảo vệ của trang hoặc mã đã cũ. Hãy tải lại trang rồi thử lại.',
    en: "The request was refused because the page's security code is missing or out of date. Reload the page and try again.",
  },
  AUTH_EMAIL_TAKEN: {
    vi: 'Email này đã được đăng ký.',
    en: 'This email is already registered.',
  },
  AUTH_ACCOUNT_NOT_ACTIVATED: {
    vi: 'Tài khoản chưa đặt mật khẩu. Hãy dùng liên kết trong thư mời.',
    en: 'This account has no password yet. Use the link in your invitation email.',
  },
  INVITATION_INVALID: {
    vi: 'Liên kết mời không hợp lệ, đã dùng hoặc đã hết hạn.',
    en: 'The invitation link is invalid, used or expired.',
  },
  REGISTRATION_LINK_INVALID: {
    vi: 'Liên kết xác nhận đăng ký không hợp lệ, đã dùng hoặc đã hết hạn. Hãy đăng ký lại hoặc đăng nhập.',
    en: 'The registration link is invalid, used or expired. Register again or sign in.',
  },
  FORBIDDEN: {
    vi: 'Bạn không có quyền thực hiện thao tác này.',
    en: 'You are not allowed to do this.',
  },
  NOT_FOUND: {
    vi: 'Không tìm thấy nội dung yêu cầu.',
    en: 'The requested resource was not found.',
  },
  RATE_LIMITED: {
    vi: 'Quá nhiều yêu cầu. Vui lòng thử lại sau.',
    en: 'Too many requests. Please try again later.',
  },
  AWARD_NOT_FOUND: {
    vi: 'Không tìm thấy giải báo chí.',
    en: 'Award not found.',
  },
  AWARD_STATUS_TRANSITION_INVALID: {
    vi: 'Không thể chuyển giải sang trạng thái này từ trạng thái hiện tại.',
    en: 'The award cannot move to this status from its current status.',
  },
  AWARD_NOT_READY_TO_OPEN: {
    vi: 'Giải chưa đủ thông tin để mở nhận tác phẩm (cần thể lệ và ít nhất một hạng mục).',
    en: 'The award is not ready to open: it needs complete rules and at least one category.',
  },
  AWARD_NOT_EDITABLE: {
    vi: 'Giải đã công bố kết quả, không thể sửa.',
    en: 'The award is published and can no longer be edited.',
  },
  AWARD_RULES_LOCKED: {
    vi: 'Không thể thay đổi thể lệ này khi giải đã mở nhận tác phẩm.',
    en: 'This rule cannot change once the award has opened for entries.',
  },
  AWARD_RULES_INVALID: {
    vi: 'Thể lệ giải không hợp lệ.',
    en: 'The award rules are not valid.',
  },
  CATEGORY_CODE_TAKEN: {
    vi: 'Mã hạng mục đã tồn tại trong giải này.',
    en: 'This category code already exists in the award.',
  },
  CATEGORY_NOT_FOUND: {
    vi: 'Không tìm thấy hạng mục.',
    en: 'Category not found.',
  },
  CATEGORY_MEDIA_TYPE_NOT_ALLOWED: {
    vi: 'Thể lệ giải chưa cho phép loại hình báo chí này.',
    en: 'The award rules do not allow this media type.',
  },
  MEMBER_ALREADY_EXISTS: {
    vi: 'Người này đã có vai trò này trong giải.',
    en: 'This person already has this role in the award.',
  },
  MEMBER_NOT_FOUND: {
    vi: 'Không tìm thấy thành viên.',
    en: 'Member not found.',
  },
  MEMBER_LAST_ORGANIZER: {
    vi: 'Không thể xóa thành viên Ban Tổ chức cuối cùng của giải.',
    en: 'The last organizer of an award cannot be removed.',
  },
  ENTRY_NOT_FOUND: {
    vi: 'Không tìm thấy tác phẩm dự giải.',
    en: 'Entry not found.',
  },
  ENTRY_NOT_EDITABLE: {
    vi: 'Tác phẩm đã nộp, không thể sửa hoặc xóa. Hãy rút tác phẩm trước hạn nếu cần sửa.',
    en: 'The entry has been submitted and can no longer be changed. Withdraw it before the deadline to edit.',
  },
  ENTRY_NOT_SUBMITTED: {
    vi: 'Tác phẩm chưa được nộp.',
    en: 'The entry has not been submitted.',
  },
  ENTRY_NOT_ELIGIBLE: {
    vi: 'Tác phẩm chưa đáp ứng thể lệ giải. Xem chi tiết từng mục.',
    en: 'The entry does not meet the award rules. See the details.',
  },
  CATEGORY_NOT_IN_AWARD: {
    vi: 'Hạng mục không thuộc giải này.',
    en: 'The category does not belong to this award.',
  },
  AWARD_NOT_OPEN: {
    vi: 'Giải hiện không nhận tác phẩm.',
    en: 'The award is not accepting entries.',
  },
  SUBMISSION_DEADLINE_PASSED: {
    vi: 'Đã hết hạn nhận tác phẩm.',
    en: 'The submission deadline has passed.',
  },
  PUBLICATION_OUTSIDE_WINDOW: {
    vi: 'Ngày đăng/phát nằm ngoài thời gian quy định của giải.',
    en: "The publication date is outside the award's publication window.",
  },
  TOO_MANY_PARTS: {
    vi: 'Loạt bài có nhiều kỳ hơn thể lệ cho phép.',
    en: 'The series has more parts than the rules allow.',
  },
  TOO_MANY_AUTHORS: {
    vi: 'Tác phẩm có nhiều tác giả hơn thể lệ cho phép.',
    en: 'The work lists more authors than the rules allow.',
  },
  LANGUAGE_NOT_ALLOWED: {
    vi: 'Giải không nhận tác phẩm bằng ngôn ngữ này.',
    en: 'The award does not accept works in this language.',
  },
  TRANSLATION_REQUIRED: {
    vi: 'Tác phẩm không bằng tiếng Việt cần kèm bản dịch tiếng Việt.',
    en: 'A work not in Vietnamese needs a Vietnamese translation.',
  },
  WORK_FILE_REQUIRED: {
    vi: 'Thiếu tệp tác phẩm (bản báo in, bản chụp, âm thanh, video hoặc ảnh).',
    en: 'The work itself is missing (page scan, capture, audio, video or photo).',
  },
  NATIONAL_PRESS_AWARD_WINNER: {
    vi: 'Tác phẩm đã đoạt Giải Báo chí Quốc gia không được dự giải.',
    en: 'Works that won the National Press Award cannot enter.',
  },
  AUTHOR_ENTRY_LIMIT_REACHED: {
    vi: 'Tác giả đã có đủ số tác phẩm dự giải theo thể lệ.',
    en: 'This author already has as many entries as the rules allow.',
  },
  AUTHOR_BIRTH_DATE_REQUIRED: {
    vi: 'Hãy nhập ngày sinh của tác giả — Thể lệ giới hạn số tác phẩm của mỗi tác giả.',
    en: "Enter the author's date of birth: the rules limit how many works each author may enter.",
  },
  UNKNOWN_TOPIC_PRIZE: {
    vi: 'Giải chuyên đề không tồn tại trong giải này.',
    en: 'This topic prize does not exist in the award.',
  },
  AGENCY_CONFIRMATION_REQUIRED: {
    vi: 'Giải này chỉ nhận tác phẩm do cơ quan báo chí hoặc cơ quan, đơn vị gửi: tác phẩm phải nằm trong một hồ sơ gửi giải đã có công văn.',
    en: 'This award takes entries only through a press agency or committee: the entry must be in a batch with a covering letter.',
  },
  BATCH_NOT_FOUND: {
    vi: 'Không tìm thấy hồ sơ gửi giải.',
    en: 'The batch was not found.',
  },
  ORGANIZATION_ACCOUNT_REQUIRED: {
    vi: 'Chỉ tài khoản của cơ quan, đơn vị mới lập được hồ sơ gửi giải.',
    en: 'Only an organization account can open a batch.',
  },
  DUPLICATE_AUTHOR: {
    vi: 'Một tác giả được khai hai lần.',
    en: 'The same author is listed twice.',
  },
  FILE_REQUIRED: {
    vi: 'Chưa chọn tệp để tải lên.',
    en: 'No file was uploaded.',
  },
  FILE_EMPTY: {
    vi: 'Tệp rỗng.',
    en: 'The file is empty.',
  },
  FILE_TRUNCATED: {
    vi: 'Tệp bị cắt cụt hoặc tải lên không trọn vẹn.',
    en: 'The file is truncated or the upload was incomplete.',
  },
  FILE_CONTENT_TOO_LARGE: {
    vi: 'Nội dung tệp vượt quá giới hạn của giải (số điểm ảnh, số trang, thời lượng hoặc số luồng). Hãy xuất lại tệp nhỏ hơn.',
    en: "The file's content exceeds the award's limits (pixels, pages, duration or streams). Export a smaller file.",
  },
  FILE_TRAILING_DATA: {
    vi: 'Tệp chứa dữ liệu lạ sau phần kết thúc của định dạng (có thể là tệp ghép). Hãy xuất lại tệp gốc.',
    en: 'The file carries unexpected data after its format ends (possibly a disguised file). Export the file again.',
  },
  FILE_TOO_LARGE: {
    vi: 'Tệp vượt quá dung lượng cho phép.',
    en: 'The file is larger than allowed.',
  },
  FILE_TYPE_NOT_ALLOWED: {
    vi: 'Định dạng tệp không được phép cho loại hình này (hệ thống kiểm tra nội dung tệp, không dựa vào tên tệp).',
    en: 'This file type is not allowed here (the content is checked, not the file name).',
  },
  FILE_NOT_FOUND: {
    vi: 'Không tìm thấy tệp.',
    en: 'File not found.',
  },
  UPLOAD_NOT_FOUND: {
    vi: 'Không tìm thấy lượt tải lên này. Hãy tải tệp lên lại từ đầu.',
    en: 'This upload was not found. Start the upload again.',
  },
  UPLOAD_EXPIRED: {
    vi: 'Lượt tải lên này đã hết hạn. Hãy tải tệp lên lại từ đầu.',
    en: 'This upload has expired. Start the upload again.',
  },
  UPLOAD_OFFSET_CONFLICT: {
    vi: 'Vị trí tiếp tục tải lên không khớp với phần máy chủ đã nhận. Hãy tiếp tục từ vị trí máy chủ báo.',
    en: 'The position to resume from does not match what the server has received. Resume from the position the server reports.',
  },
  UPLOAD_OFFSET_INVALID: {
    vi: 'Thiếu hoặc sai vị trí tiếp tục tải lên. Hãy tải tệp lên lại.',
    en: 'The position to resume the upload from is missing or not valid. Upload the file again.',
  },
  UPLOAD_LENGTH_INVALID: {
    vi: 'Thiếu hoặc sai dung lượng của tệp cần tải lên.',
    en: 'The size of the file to upload is missing or not valid.',
  },
  UPLOAD_TOO_LARGE: {
    vi: 'Dữ liệu gửi lên vượt quá dung lượng đã khai báo hoặc giới hạn của máy chủ.',
    en: 'More bytes were sent than the upload declared or the server allows.',
  },
  UPLOAD_METADATA_INVALID: {
    vi: 'Thông tin kèm theo lượt tải lên (tác phẩm, kỳ, tên tệp) không hợp lệ.',
    en: 'The information sent with the upload (entry, part, file name) is not valid.',
  },
  UPLOAD_CONTENT_TYPE_INVALID: {
    vi: 'Dữ liệu tải lên được gửi không đúng cách. Hãy tải tệp lên lại.',
    en: 'The upload was sent in the wrong form. Upload the file again.',
  },
  UPLOAD_EXTENSION_UNSUPPORTED: {
    vi: 'Máy chủ không hỗ trợ kiểu tải lên này (ví dụ tải song song nhiều phần).',
    en: 'The server does not support this kind of upload (e.g. parallel partial uploads).',
  },
  UPLOAD_BUSY: {
    vi: 'Lượt tải lên đang được xử lý bởi một yêu cầu khác hoặc vừa bị ngắt. Hãy thử lại sau giây lát.',
    en: 'Another request is working on this upload, or it was interrupted. Try again in a moment.',
  },
  TUS_VERSION_UNSUPPORTED: {
    vi: 'Trình tải lên không tương thích với máy chủ. Hãy tải lại trang rồi thử lại.',
    en: 'The uploader is not compatible with the server. Reload the page and try again.',
  },
  SCREENING_NOT_ALLOWED: {
    vi: 'Không thể thẩm định tác phẩm ở trạng thái này (chưa nộp, đã rút, hoặc giải đã vào vòng chấm).',
    en: 'The entry cannot be screened now (not submitted, withdrawn, or the award is already being judged).',
  },
  SCREENING_REASON_REQUIRED: {
    vi: 'Cần ghi lý do khi kết luận không đủ điều kiện hoặc yêu cầu bổ sung.',
    en: 'A reason is required for an ineligible or needs-revision decision.',
  },
  BULK_COUNT_MISMATCH: {
    vi: 'Số tác phẩm xác nhận không khớp với số tác phẩm được chọn.',
    en: 'The confirmed count does not match the number of entries selected.',
  },
  REVISION_DEADLINE_PASSED: {
    vi: 'Đã hết hạn bổ sung, sửa chữa tác phẩm.',
    en: 'The revision deadline has passed.',
  },
  DOCUMENT_NOT_FOUND: {
    vi: 'Không tìm thấy văn bản.',
    en: 'Document not found.',
  },
  DOCUMENT_NOT_READY: {
    vi: 'Chưa đủ dữ liệu để lập văn bản này (vòng chấm chưa đóng, hội đồng chưa lập, chưa quyết định giải, hoặc chưa chọn vòng/đợt gửi).',
    en: 'The data this document is built from is not final yet (the round is not closed, the council is not set, no prizes are decided, or no round or batch was chosen).',
  },
  DOCUMENT_FORMAT_UNAVAILABLE: {
    vi: 'Văn bản này không có định dạng đã chọn.',
    en: 'This document is not available in that format.',
  },
  ROUND_NOT_FOUND: {
    vi: 'Không tìm thấy vòng chấm.',
    en: 'Round not found.',
  },
  ROUND_ORDER_TAKEN: {
    vi: 'Giải đã có vòng chấm với thứ tự này.',
    en: 'The award already has a round in this position.',
  },
  ROUND_NOT_EDITABLE: {
    vi: 'Vòng chấm đã đóng, không thể thay đổi.',
    en: 'The round is closed and can no longer change.',
  },
  PANEL_CATEGORY_TAKEN: {
    vi: 'Hạng mục đã thuộc một tiểu ban khác của vòng này.',
    en: 'A category already belongs to another panel of this round.',
  },
  JUDGE_NOT_MEMBER: {
    vi: 'Người này không phải giám khảo của giải.',
    en: 'This person is not a judge of the award.',
  },
  COUNCIL_NOT_FOUND: {
    vi: 'Vòng chấm này chưa có hội đồng.',
    en: 'This round has no council.',
  },
  COUNCIL_MEMBER_INVALID: {
    vi: 'Chủ tịch, phó chủ tịch hội đồng phải là giám khảo của giải; thư ký hội đồng là giám khảo hoặc thành viên Ban Thư ký.',
    en: "The council's chair and vice chair must be judges of the award; its secretary a judge or a member of the secretariat.",
  },
  COUNCIL_OFFICES_OVERLAP: {
    vi: 'Một người không thể giữ hai chức danh trong cùng một hội đồng.',
    en: 'One person cannot hold two offices in the same council.',
  },
  COUNCIL_LEADER_INVALID: {
    vi: 'Trưởng tiểu ban phải là giám khảo của chính tiểu ban đó trong vòng chấm này.',
    en: "A subcommittee's leader must be one of that subcommittee's judges in this round.",
  },
  ENTRY_NOT_CODED: {
    vi: 'Chỉ tác phẩm đủ điều kiện và đã có mã mới được đưa vào vòng chấm.',
    en: 'Only eligible entries with a blind code can enter a round.',
  },
  ENTRY_NOT_IN_ROUND: {
    vi: 'Tác phẩm không thuộc vòng chấm này.',
    en: 'The entry is not in this round.',
  },
  CONFLICT_OF_INTEREST: {
    vi: 'Giám khảo có xung đột lợi ích với tác phẩm này (cùng cơ quan, quan hệ đã khai, hoặc là tác giả/đồng tác giả).',
    en: 'The judge has a conflict of interest with this entry (same agency, a declared relationship, or an author or co-author).',
  },
  ASSIGNMENT_EXISTS: {
    vi: 'Giám khảo đã được phân công tác phẩm này.',
    en: 'The judge is already assigned this entry.',
  },
  ASSIGNMENT_NOT_FOUND: {
    vi: 'Không tìm thấy phân công.',
    en: 'Assignment not found.',
  },
  ASSIGNMENT_INFEASIBLE: {
    vi: 'Không thể phân công đủ giám khảo cho một số tác phẩm. Xem chi tiết từng tác phẩm.',
    en: 'Some entries cannot get enough judges. See the details for each.',
  },
  SHEET_VERSION_CONFLICT: {
    vi: 'Phiếu chấm đã được lưu ở nơi khác (tab hoặc thiết bị khác). Hãy tải lại để xem bản mới nhất.',
    en: 'The score sheet was saved elsewhere (another tab or device). Reload to see the latest version.',
  },
  SHEET_ALREADY_SUBMITTED: {
    vi: 'Phiếu chấm đã nộp, không thể sửa.',
    en: 'The score sheet has been submitted and can no longer change.',
  },
  ROUND_NOT_OPEN: {
    vi: 'Vòng chấm không mở.',
    en: 'The round is not open.',
  },
  SCORE_INVALID: {
    vi: 'Điểm không hợp lệ. Xem chi tiết từng tiêu chí.',
    en: 'Invalid scores. See the details for each criterion.',
  },
  ROUND_ENTRIES_INPUT: {
    vi: 'Hãy chọn các tác phẩm, hoặc chọn vòng trước cùng số tác phẩm điểm cao nhất hay điểm tối thiểu cần lấy.',
    en: 'Choose the entries, or choose an earlier round with how many top entries or which minimum score to take.',
  },
  ROUND_NOT_CLOSED: {
    vi: 'Vòng trước chưa đóng.',
    en: 'The earlier round is not closed yet.',
  },
  PRIZE_TIER_UNKNOWN: {
    vi: 'Hạng giải không có trong cơ cấu giải.',
    en: 'This tier is not in the prize structure.',
  },
  PRIZE_NOTE_REQUIRED: {
    vi: 'Vượt số lượng dự kiến của hạng giải: cần ghi chú lý do.',
    en: "This goes over the tier's planned count: a note is required.",
  },
  PRIZES_LOCKED: {
    vi: 'Chỉ xét giải khi giải đang chấm hoặc đã có kết quả, trước khi công bố.',
    en: 'Prizes can be set only while the award is being judged or has its results decided, before publication.',
  },
  TOPIC_PRIZE_CONDITION_UNMET: {
    vi: 'Tác phẩm không đáp ứng điều kiện của giải chuyên đề đã chọn.',
    en: 'The work does not meet the conditions of the chosen topic prize.',
  },
  TOPIC_PRIZE_AUTHOR_DATA_MISSING: {
    vi: 'Thiếu thông tin về tác giả để xét giải chuyên đề đã chọn.',
    en: 'Some author details needed to decide the chosen topic prize are missing.',
  },
  RESULTS_NOT_PUBLISHED: {
    vi: 'Kết quả chưa được công bố.',
    en: 'The results have not been published.',
  },
  RESULTS_EXPORT_NOT_AVAILABLE: {
    vi: 'Chỉ xuất được kết quả khi giải đang chấm, đã có kết quả hoặc đã công bố.',
    en: 'Results can be exported only while the award is being judged, has its results decided or is published.',
  },
  CERTIFICATE_NOT_AVAILABLE: {
    vi: 'Tác phẩm này không có giấy chứng nhận: kết quả chưa công bố hoặc tác phẩm không đoạt giải.',
    en: 'There is no certificate for this entry: the results are not published or it won no prize.',
  },
  COLLECTIVE_PRIZES_LOCKED: {
    vi: 'Chỉ xét giải tập thể khi giải đang chấm hoặc đã có kết quả, trước khi công bố.',
    en: 'Collective prizes can be set only while the award is being judged or has its results decided, before publication.',
  },
  COLLECTIVE_PRIZE_NOT_FOUND: {
    vi: 'Không tìm thấy giải tập thể.',
    en: 'The collective prize was not found.',
  },
  PRIZE_APPROVAL_CLOSED: {
    vi: 'Chỉ phê duyệt danh sách giải khi giải đã có kết quả và chưa công bố.',
    en: 'The prize list can be approved only while the award has its results decided, before publication.',
  },
  VERIFICATION_PACKAGE_RESTRICTED: {
    vi: 'Giải này chỉ cho Ban Chỉ đạo, Ban Tổ chức và người được giao kiểm tra xem gói dữ liệu kiểm chứng kết quả.',
    en: "This award's verification package is open only to its steering committee, organizers and named auditors.",
  },
  FORWARD_SOURCE_NOT_PUBLISHED: {
    vi: 'Chỉ chuyển tác phẩm đoạt giải lên giải toàn quốc sau khi đã công bố kết quả.',
    en: 'Winners can be forwarded only after the results are published.',
  },
  FORWARD_TARGET_INVALID: {
    vi: 'Giải nhận tác phẩm phải là một giải khác đang mở nhận tác phẩm.',
    en: 'The receiving award must be another award that is open for entries.',
  },
  FORWARD_NOTHING_CHOSEN: {
    vi: 'Hãy chọn hạng giải hoặc tác phẩm cần chuyển.',
    en: 'Choose the tiers or the entries to forward.',
  },
  FORWARD_CATEGORY_MISSING: {
    vi: 'Giải nhận không có hạng mục cho loại hình báo chí của tác phẩm.',
    en: 'The receiving award has no category for this media type.',
  },
  ENTRY_ALREADY_FORWARDED: {
    vi: 'Tác phẩm này đã được chuyển lên giải đó.',
    en: 'This entry has already been forwarded to that award.',
  },
  COMPLAINT_BEFORE_PUBLICATION: {
    vi: 'Chỉ ghi nhận khiếu nại sau khi kết quả đã công bố.',
    en: 'Complaints are recorded only after the results are published.',
  },
  COMPLAINT_NOT_FOUND: {
    vi: 'Không tìm thấy khiếu nại.',
    en: 'The complaint was not found.',
  },
  COMPLAINT_ALREADY_RESOLVED: {
    vi: 'Khiếu nại này đã được giải quyết.',
    en: 'This complaint has already been resolved.',
  },
  COMPLAINT_NO_PRIZE: {
    vi: 'Tác phẩm không có giải để thu hồi.',
    en: 'The entry holds no prize to revoke.',
  },
  SERVICE_UNAVAILABLE: {
    vi: 'Hệ thống đang tạm thời gián đoạn. Vui lòng thử lại sau ít phút.',
    en: 'The service is briefly unavailable. Please try again in a few moments.',
  },
  INTERNAL_ERROR: {
    vi: 'Đã có lỗi xảy ra. Vui lòng thử lại.',
    en: 'Something went wrong. Please try again.',
  },
} as const satisfies Record<string, { vi: string; en: string }>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

/** One failed field: `field` is a dotted path into the request body (`rules.publicationTo`). */
export interface FieldError {
  field: string;
  code: string;
  message: string;
  /** Values that make the message concrete, e.g. `{ max: 5 }` or the publication window. */
  params?: Record<string, string | number>;
}

/** The one error shape of the API. */
export interface ApiError {
  statusCode: number;
  code: ErrorCode;
  message: string;
  details?: FieldError[];
}

/**
 * Field-level codes produced by the domain checks (not class-validator), with their messages.
 * Class-validator constraints are translated by name in `VALIDATION_MESSAGES`.
 */
export const FIELD_ERROR_MESSAGES = {
  PUBLICATION_WINDOW_INVERTED: {
    vi: 'Ngày kết thúc thời gian đăng/phát phải sau ngày bắt đầu.',
    en: 'The publication window must end after it starts.',
  },
  DEADLINE_BEFORE_WINDOW_OPENS: {
    vi: 'Hạn nhận tác phẩm phải sau ngày bắt đầu thời gian đăng/phát.',
    en: 'The submission deadline must come after the publication window opens.',
  },
  UNKNOWN_MEDIA_TYPE: {
    vi: 'Loại hình báo chí không xác định.',
    en: 'Unknown media type.',
  },
  FILE_TYPE_NOT_SUPPORTED: {
    vi: 'Định dạng tệp không được hỗ trợ cho loại hình này.',
    en: 'This file type is not supported for the media type.',
  },
  DUPLICATE_CODE: {
    vi: 'Mã bị trùng.',
    en: 'Duplicate code.',
  },
  MEDIA_TYPE_HAS_NO_FILE_RULE: {
    vi: 'Loại hình này chưa có quy định về tệp (định dạng, dung lượng).',
    en: 'This media type has no file rule (types and size).',
  },
  REQUIRED: {
    vi: 'Trường này là bắt buộc.',
    en: 'This field is required.',
  },
  UNKNOWN_FIELD: {
    vi: 'Trường này không được phép.',
    en: 'This field is not allowed.',
  },
  INVALID_DATE: {
    vi: 'Ngày không hợp lệ. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 31/10/2020.',
    en: 'This is not a valid date. Enter it as day/month/year, e.g. 31/10/2020.',
  },
  INVALID_DATETIME: {
    vi: 'Thời điểm không hợp lệ. Hãy nhập ngày và giờ (giờ Việt Nam), ví dụ 10/11/2020 17:00.',
    en: 'This is not a valid date and time. Enter a date and a time (Vietnam time), e.g. 10/11/2020 17:00.',
  },
  OUT_OF_RANGE: {
    vi: 'Giá trị phải là số nguyên trong khoảng cho phép.',
    en: 'The value must be a whole number within the allowed range.',
  },
  UNKNOWN_LANGUAGE: {
    vi: 'Ngôn ngữ không xác định.',
    en: 'Unknown language.',
  },
  NOT_AN_OBJECT: {
    vi: 'Mục này bị thiếu hoặc không đúng dạng.',
    en: 'This section is missing or not in the right form.',
  },
  NOT_A_LIST: {
    vi: 'Phải là danh sách.',
    en: 'Must be a list.',
  },
  NO_CATEGORIES: {
    vi: 'Cần ít nhất một hạng mục.',
    en: 'Add at least one category.',
  },
  DEADLINE_PASSED: {
    vi: 'Hạn nhận tác phẩm đã qua.',
    en: 'The submission deadline has already passed.',
  },
  SCORE_OUT_OF_RANGE: {
    vi: 'Điểm nằm ngoài khoảng cho phép của tiêu chí.',
    en: "The score is outside the criterion's range.",
  },
  SCORE_OFF_STEP: {
    vi: 'Điểm không đúng bước điểm của tiêu chí.',
    en: "The score is not on the criterion's step.",
  },
  SCORE_MISSING: {
    vi: 'Chưa chấm tiêu chí này.',
    en: 'This criterion has no score yet.',
  },
  UNKNOWN_CRITERION: {
    vi: 'Tiêu chí không có trong phiếu chấm.',
    en: 'This criterion is not on the rubric.',
  },
  STEP_DOES_NOT_DIVIDE_MAX: {
    vi: 'Bước điểm phải chia hết điểm tối đa (ví dụ 5 điểm, bước 0,25).',
    en: 'The step must divide the maximum score (e.g. 5 points in steps of 0.25).',
  },
  LANGUAGE_REQUIRED: {
    vi: 'Cần ít nhất một ngôn ngữ, trong đó có tiếng Việt.',
    en: 'At least one language is needed, Vietnamese included.',
  },
  TIER_MIN_SCORE_OUT_OF_RANGE: {
    vi: 'Điểm gợi ý phải là số từ 0 đến 10 (thang 10).',
    en: 'The suggestion threshold must be a number from 0 to 10 (10-point scale).',
  },
  TIER_MIN_SCORE_TOO_PRECISE: {
    vi: 'Điểm gợi ý có tối đa 2 chữ số thập phân (ví dụ 8,75).',
    en: 'The suggestion threshold has at most 2 decimals (e.g. 8.75).',
  },
  TIER_MIN_SCORE_ABOVE_EARLIER_TIER: {
    vi: 'Điểm gợi ý không được cao hơn điểm gợi ý của giải xếp trên.',
    en: 'The suggestion threshold cannot be higher than that of a tier listed above it.',
  },
  // Codes whose values are named by `PARAM_MESSAGES` (message-text.ts) when the detail has them.
  PART_NOT_FOUND: {
    vi: 'Tác phẩm không có kỳ này.',
    en: 'The entry has no such part.',
  },
  IMAGE_TOO_MANY_PIXELS: {
    vi: 'Ảnh có quá nhiều điểm ảnh so với giới hạn của giải. Hãy xuất lại ảnh nhỏ hơn.',
    en: "The image has more pixels than the award's limit. Export a smaller image.",
  },
  PDF_TOO_MANY_PAGES: {
    vi: 'Tệp PDF có nhiều trang hơn giới hạn của giải.',
    en: "The PDF has more pages than the award's limit.",
  },
  PDF_TOO_MANY_OBJECTS: {
    vi: 'Tệp PDF quá phức tạp. Hãy xuất lại tệp PDF đơn giản hơn.',
    en: 'The PDF is too complex. Export a simpler PDF.',
  },
  MEDIA_TOO_LONG: {
    vi: 'Tệp dài hơn thời lượng tối đa của giải.',
    en: "The recording is longer than the award's maximum.",
  },
  MEDIA_TOO_MANY_STREAMS: {
    vi: 'Tệp có quá nhiều luồng âm thanh, hình ảnh. Hãy xuất lại tệp chỉ gồm nội dung tác phẩm.',
    en: 'The file has too many audio and video streams. Export the work alone.',
  },
  TOPIC_PRIZE_CONDITION_UNKNOWN: {
    vi: 'Điều kiện của giải chuyên đề không xác định.',
    en: 'Unknown condition for a topic prize.',
  },
  // Why a topic prize was refused, one detail each (with its params, see PARAM_MESSAGES).
  TOPIC_PRIZE_NEEDS_AUTHOR_AGE_AT_LEAST: {
    vi: 'Giải chuyên đề này dành cho tác giả cao tuổi; tác phẩm không có tác giả nào đủ tuổi.',
    en: 'This topic prize is for older authors; no author of this work is old enough.',
  },
  TOPIC_PRIZE_NEEDS_AUTHOR_YOUNGER_THAN: {
    vi: 'Giải chuyên đề này dành cho tác giả trẻ; tác phẩm không có tác giả nào đủ trẻ.',
    en: 'This topic prize is for young authors; no author of this work is young enough.',
  },
  TOPIC_PRIZE_NEEDS_OVERSEAS_AUTHOR: {
    vi: 'Giải chuyên đề này dành cho tác giả là người Việt Nam ở nước ngoài; tác phẩm không có tác giả nào được khai là sinh sống ở nước ngoài.',
    en: 'This topic prize is for overseas Vietnamese authors; no author of this work is declared as living abroad.',
  },
  NOT_A_BOOLEAN: {
    vi: 'Phải là có hoặc không.',
    en: 'This must be yes or no.',
  },
  LETTER_DATE_IN_FUTURE: {
    vi: 'Ngày công văn không được sau ngày hôm nay.',
    en: "The letter's date cannot be later than today.",
  },
  TOPIC_PRIZE_AUTHOR_BIRTH_DATE_MISSING: {
    vi: 'Thiếu ngày sinh của tác giả để xét giải chuyên đề này.',
    en: "An author's date of birth is missing; it is needed to decide this topic prize.",
  },
} as const satisfies Record<string, { vi: string; en: string }>;

export type FieldErrorCode = keyof typeof FIELD_ERROR_MESSAGES;

/** Vietnamese text for class-validator constraint names (as class-validator spells them: `isUuid`). */
export const VALIDATION_MESSAGES_VI: Record<string, string> = {
  isDefined: 'Trường này là bắt buộc.',
  isNotEmpty: 'Không được để trống.',
  isEmail: 'Email không hợp lệ.',
  isString: 'Phải là văn bản.',
  isInt: 'Phải là số nguyên.',
  isNumber: 'Phải là số.',
  isBoolean: 'Phải là có hoặc không.',
  isIn: 'Giá trị không nằm trong danh sách cho phép.',
  isEnum: 'Giá trị không nằm trong danh sách cho phép.',
  isUuid: 'Mã định danh không hợp lệ.',
  isIso8601: 'Ngày giờ không hợp lệ.',
  isDateString: 'Ngày không hợp lệ.',
  min: 'Giá trị quá nhỏ.',
  max: 'Giá trị quá lớn.',
  minLength: 'Quá ngắn.',
  maxLength: 'Quá dài.',
  matches: 'Không đúng định dạng.',
  isArray: 'Phải là danh sách.',
  arrayMinSize: 'Danh sách có quá ít phần tử.',
  arrayMaxSize: 'Danh sách có quá nhiều phần tử.',
  arrayUnique: 'Danh sách có phần tử trùng lặp.',
  isObject: 'Mục này bị thiếu hoặc không đúng dạng.',
  nestedValidation: 'Một số thông tin trong mục này không hợp lệ.',
  whitelistValidation: 'Trường này không được phép.',
  isUrl: 'Địa chỉ URL không hợp lệ.',
  isPhoneNumber: 'Số điện thoại không hợp lệ.',
  isStrongPassword: 'Mật khẩu chưa đủ mạnh.',
};

/**
 * English text for the same constraints: class-validator's own messages name the property
 * (`publishedAt must be…`), which users never see.
 */
export const VALIDATION_MESSAGES_EN: Record<string, string> = {
  isDefined: 'This field is required.',
  isNotEmpty: 'This field must not be empty.',
  isEmail: 'This is not a valid email address.',
  isString: 'This must be text.',
  isInt: 'This must be a whole number.',
  isNumber: 'This must be a number.',
  isBoolean: 'This must be yes or no.',
  isIn: 'This value is not one of the allowed choices.',
  isEnum: 'This value is not one of the allowed choices.',
  isUuid: 'This identifier is not valid.',
  isIso8601: 'This is not a valid date and time.',
  isDateString: 'This is not a valid date.',
  min: 'The value is too small.',
  max: 'The value is too large.',
  minLength: 'This is too short.',
  maxLength: 'This is too long.',
  matches: 'This is not in the expected form.',
  isArray: 'This must be a list.',
  arrayMinSize: 'The list has too few items.',
  arrayMaxSize: 'The list has too many items.',
  arrayUnique: 'The list has the same item twice.',
  isObject: 'This section is missing or not in the right form.',
  nestedValidation: 'Some details in this section are not valid.',
  whitelistValidation: 'This field is not allowed.',
  isUrl: 'This web address is not valid.',
  isPhoneNumber: 'This phone number is not valid.',
  isStrongPassword: 'The password is not strong enough.',
};
