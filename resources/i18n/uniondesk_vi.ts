<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>AmountEdit</name>
    <message>
        <source>e.g. 1.234.567 or 1,5 tỷ</source>
        <translation>ví dụ 1.234.567 hoặc 1,5 tỷ</translation>
    </message>
</context>
<context>
    <name>AuthorNameEdit</name>
    <message>
        <source>Name of a member, or a new name</source>
        <translation>Tên đoàn viên, hoặc nhập tên mới</translation>
    </message>
</context>
<context>
    <name>AuthorsModel</name>
    <message>
        <source>Author</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>Tỷ lệ %</translation>
    </message>
    <message>
        <source>A member of the unit</source>
        <translation>Người trong danh sách của đơn vị</translation>
    </message>
    <message>
        <source>A new name (not yet in the unit's list)</source>
        <translation>Tên mới (chưa có trong danh sách của đơn vị)</translation>
    </message>
</context>
<context>
    <name>AwardEditor</name>
    <message>
        <source>e.g. Đã có thành tích xuất sắc trong phong trào “{campaign}”.</source>
        <translation>ví dụ: Đã có thành tích xuất sắc trong phong trào “{campaign}”.</translation>
    </message>
    <message>
        <source>Placeholders (click to insert): {links}</source>
        <translation>Chỗ trống (bấm để chèn): {links}</translation>
    </message>
    <message>
        <source>Save decision</source>
        <translation>Lưu quyết định</translation>
    </message>
    <message>
        <source>(no campaign)</source>
        <translation>(không gắn chương trình)</translation>
    </message>
    <message>
        <source>No decision selected</source>
        <translation>Chưa chọn quyết định</translation>
    </message>
    <message>
        <source>New award decision</source>
        <translation>Quyết định khen thưởng mới</translation>
    </message>
    <message>
        <source>Decision no. {number} of {date} — {status}</source>
        <translation>Quyết định số {number} ngày {date} — {status}</translation>
    </message>
    <message>
        <source>Signed decision: it can no longer be changed, and its register numbers are given. To correct a mistake, revoke it by another decision.</source>
        <translation>Quyết định đã ký: không sửa được nữa và đã cấp số vào sổ. Nếu có sai sót, hãy thu hồi bằng một quyết định khác.</translation>
    </message>
    <message>
        <source>Revoked on {date} by decision no. {number}: {reason}</source>
        <translation>Đã thu hồi ngày {date} theo Quyết định số {number}: {reason}</translation>
    </message>
    <message>
        <source>Decision of an office above: view only.</source>
        <translation>Quyết định của cấp trên: chỉ xem.</translation>
    </message>
    <message>
        <source>Choose the issuing unit from the list.</source>
        <translation>Hãy chọn đơn vị ban hành trong danh sách gợi ý.</translation>
    </message>
    <message>
        <source>Enter the date of the decision (dd/mm/yyyy).</source>
        <translation>Hãy nhập ngày ký quyết định (ngày/tháng/năm).</translation>
    </message>
    <message>
        <source>Created decision no. {number}.</source>
        <translation>Đã tạo Quyết định số {number}.</translation>
    </message>
    <message>
        <source>Nothing to save: decision no. {number} is unchanged.</source>
        <translation>Không có gì để lưu: Quyết định số {number} không thay đổi.</translation>
    </message>
    <message>
        <source>Saved decision no. {number}.</source>
        <translation>Đã lưu Quyết định số {number}.</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>&amp;Số quyết định:</translation>
    </message>
    <message>
        <source>e.g. 125/QĐ-LĐLĐ</source>
        <translation>ví dụ 125/QĐ-LĐLĐ</translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation>Ngà&amp;y ký:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>&amp;Issuing unit:</source>
        <translation>Đơn vị &amp;ban hành:</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Hình thức:</translation>
    </message>
    <message>
        <source>the form's title, e.g. Giấy chứng nhận</source>
        <translation>tên hình thức, ví dụ Giấy chứng nhận</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Chương trình:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Địa &amp;danh:</translation>
    </message>
    <message>
        <source>where it is signed, e.g. Thanh Hóa</source>
        <translation>nơi ký, ví dụ Thanh Hóa</translation>
    </message>
    <message>
        <source>Signer's &amp;title:</source>
        <translation>Chức &amp;vụ người ký:</translation>
    </message>
    <message>
        <source>one or two lines, e.g. TM. BAN THƯỜNG VỤ / CHỦ TỊCH</source>
        <translation>một hoặc hai dòng, ví dụ TM. BAN THƯỜNG VỤ / CHỦ TỊCH</translation>
    </message>
    <message>
        <source>Signer's na&amp;me:</source>
        <translation>Họ tên n&amp;gười ký:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Nội dung khen:</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Khôi &amp;phục</translation>
    </message>
    <message>
        <source>&amp;Save decision</source>
        <translation>&amp;Lưu quyết định</translation>
    </message>
</context>
<context>
    <name>AwardLabels</name>
    <message>
        <source>Certificate of merit</source>
        <translation>Bằng khen</translation>
    </message>
    <message>
        <source>Letter of commendation</source>
        <translation>Giấy khen</translation>
    </message>
    <message>
        <source>Creative Labour certificate</source>
        <translation>Bằng Lao động sáng tạo</translation>
    </message>
    <message>
        <source>A form defined by the office</source>
        <translation>Hình thức do đơn vị quy định</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Đã ký</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Đã thu hồi</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>Tập thể</translation>
    </message>
    <message>
        <source>the person or collective rewarded</source>
        <translation>người hoặc tập thể được khen</translation>
    </message>
    <message>
        <source>their unit</source>
        <translation>đơn vị</translation>
    </message>
    <message>
        <source>the campaign's name</source>
        <translation>tên chương trình, phong trào</translation>
    </message>
    <message>
        <source>the recipient's own achievement</source>
        <translation>thành tích riêng của người được khen</translation>
    </message>
</context>
<context>
    <name>AwardPrintPanel</name>
    <message>
        <source>Full design (plain paper)</source>
        <translation>Đầy đủ hoa văn (giấy trắng)</translation>
    </message>
    <message>
        <source>Text only (pre-printed blank)</source>
        <translation>Chỉ in chữ (lên phôi)</translation>
    </message>
    <message>
        <source>default printer</source>
        <translation>máy in mặc định</translation>
    </message>
    <message>
        <source>Select a recipient to see their certificate.</source>
        <translation>Chọn một người được khen để xem trước bằng khen.</translation>
    </message>
    <message>
        <source>No decision selected.</source>
        <translation>Chưa chọn quyết định.</translation>
    </message>
    <message>
        <source>Calibration saved for {template} on {printer}.</source>
        <translation>Đã lưu căn chỉnh mẫu {template} cho {printer}.</translation>
    </message>
    <message>
        <source>the default printer</source>
        <translation>máy in mặc định</translation>
    </message>
    <message>
        <source>Export certificates</source>
        <translation>Xuất bằng khen ra PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote {pages} certificates to {path} in {seconds} s.</source>
        <translation>Đã ghi {pages} bằng vào {path} trong {seconds} giây.</translation>
    </message>
    <message>
        <source>Writing certificates…</source>
        <translation>Đang ghi bằng khen…</translation>
    </message>
    <message>
        <source>Sent {pages} certificates to the printer.</source>
        <translation>Đã gửi {pages} bằng tới máy in.</translation>
    </message>
    <message>
        <source>Printing certificates…</source>
        <translation>Đang in bằng khen…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Recipient list</source>
        <translation>Danh sách người được khen</translation>
    </message>
    <message>
        <source>Wrote the recipient list to {path}.</source>
        <translation>Đã ghi danh sách người được khen vào {path}.</translation>
    </message>
    <message>
        <source>Writing the recipient list…</source>
        <translation>Đang ghi danh sách người được khen…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Đã hủy: không ghi tệp nào.</translation>
    </message>
    <message>
        <source>Te&amp;mplate:</source>
        <translation>&amp;Mẫu:</translation>
    </message>
    <message>
        <source>Mo&amp;de:</source>
        <translation>Các&amp;h in:</translation>
    </message>
    <message>
        <source>Printe&amp;r:</source>
        <translation>Máy &amp;in:</translation>
    </message>
    <message>
        <source>&amp;Calibration…</source>
        <translation>Căn &amp;chỉnh…</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>&amp;Xuất PDF…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>In &amp;bằng…</translation>
    </message>
    <message>
        <source>Recipient &amp;list (PDF/Excel)…</source>
        <translation>&amp;Danh sách (PDF/Excel)…</translation>
    </message>
</context>
<context>
    <name>AwardPrinting</name>
    <message>
        <source>The printer could not be opened (switched off, out of paper, or the output file cannot be written).</source>
        <translation>Không mở được máy in (máy tắt, hết giấy, hoặc không ghi được tệp ra).</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Đã hủy in.</translation>
    </message>
    <message>
        <source>The printer takes no more pages (out of paper or disconnected).</source>
        <translation>Máy in không nhận thêm trang (hết giấy hoặc mất kết nối).</translation>
    </message>
    <message>
        <source>Printed {done} of {total} pages</source>
        <translation>Đã in {done}/{total} trang</translation>
    </message>
</context>
<context>
    <name>AwardProposalsDialog</name>
    <message>
        <source>Reading the figures of “{campaign}”…</source>
        <translation>Đang đọc số liệu của “{campaign}”…</translation>
    </message>
    <message>
        <source>Add ticked</source>
        <translation>Thêm những người đã đánh dấu</translation>
    </message>
    <message>
        <source>Everyone proposed</source>
        <translation>Tất cả đề xuất</translation>
    </message>
    <message>
        <source>Reading the campaign's figures…</source>
        <translation>Đang đọc số liệu của chương trình…</translation>
    </message>
    <message>
        <source>{count} proposals from the figures of “{campaign}”. Tick who to reward (Space ticks the current row); those in brown are already rewarded for this campaign.</source>
        <translation>{count} đề xuất từ số liệu của “{campaign}”. Đánh dấu những người sẽ khen (phím cách đánh dấu dòng đang chọn); dòng màu nâu là đã được khen trong chương trình này.</translation>
    </message>
    <message>
        <source>{ticked} of {total} ticked</source>
        <translation>Đã đánh dấu {ticked}/{total}</translation>
    </message>
    <message>
        <source>Tick at least one proposal, or Cancel.</source>
        <translation>Hãy đánh dấu ít nhất một đề xuất, hoặc bấm Hủy.</translation>
    </message>
    <message>
        <source>Adding recipients…</source>
        <translation>Đang thêm người được khen…</translation>
    </message>
    <message>
        <source>Proposals from the campaign</source>
        <translation>Đề xuất khen thưởng từ chương trình</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Hiện:</translation>
    </message>
    <message>
        <source>&amp;Tick all shown</source>
        <translation>&amp;Đánh dấu tất cả</translation>
    </message>
    <message>
        <source>&amp;Untick all</source>
        <translation>&amp;Bỏ đánh dấu</translation>
    </message>
</context>
<context>
    <name>AwardRecipientDialog</name>
    <message>
        <source>Add people</source>
        <translation>Thêm cá nhân</translation>
    </message>
    <message>
        <source>Add a unit (collective)</source>
        <translation>Thêm tập thể</translation>
    </message>
    <message>
        <source>Find their unit by code or name (accents not needed), then select the people to reward.</source>
        <translation>Tìm đơn vị theo mã hoặc tên (gõ không dấu cũng được), rồi chọn những người được khen.</translation>
    </message>
    <message>
        <source>Find the unit to reward as a collective, by code or name (accents not needed).</source>
        <translation>Tìm đơn vị được khen (tập thể) theo mã hoặc tên (gõ không dấu cũng được).</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Choose a unit from the list.</source>
        <translation>Hãy chọn một đơn vị trong danh sách gợi ý.</translation>
    </message>
    <message>
        <source>Select one or more people of the unit (this unit has {count}).</source>
        <translation>Hãy chọn một hoặc nhiều người của đơn vị (đơn vị có {count} người).</translation>
    </message>
    <message>
        <source>Adding recipients…</source>
        <translation>Đang thêm người được khen…</translation>
    </message>
    <message>
        <source>Add recipients</source>
        <translation>Thêm người được khen</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>Own &amp;reason:</source>
        <translation>&amp;Lý do riêng:</translation>
    </message>
    <message>
        <source>empty: the decision's reason</source>
        <translation>để trống: dùng nội dung của quyết định</translation>
    </message>
    <message>
        <source>&amp;People of the unit (select one or more):</source>
        <translation>&amp;Người của đơn vị (chọn một hoặc nhiều người):</translation>
    </message>
</context>
<context>
    <name>AwardRecipients</name>
    <message>
        <source>{collectives} collectives, {individuals} individuals</source>
        <translation>{collectives} tập thể, {individuals} cá nhân</translation>
    </message>
    <message>
        <source>Choose the decision's campaign first.</source>
        <translation>Hãy chọn chương trình của quyết định trước.</translation>
    </message>
    <message>
        <source>Certificate {number} of {total}: {name}</source>
        <translation>Bằng {number}/{total}: {name}</translation>
    </message>
    <message>
        <source>Rewarded again for this campaign. Reason: {reason}</source>
        <translation>Được khen lần nữa trong chương trình này. Lý do: {reason}</translation>
    </message>
    <message>
        <source>Selected recipient</source>
        <translation>Người được khen đang chọn</translation>
    </message>
    <message>
        <source>Added {count} to decision no. {number}.</source>
        <translation>Đã thêm {count} người vào Quyết định số {number}.</translation>
    </message>
    <message>
        <source>Added {count} proposed recipients to decision no. {number}.</source>
        <translation>Đã thêm {count} người được đề xuất vào Quyết định số {number}.</translation>
    </message>
    <message>
        <source>Remove recipient</source>
        <translation>Bỏ người được khen</translation>
    </message>
    <message>
        <source>Remove {name} from decision no. {number}?</source>
        <translation>Bỏ {name} khỏi Quyết định số {number}?</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>Đã bỏ {name}.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>Đã lưu {name}.</translation>
    </message>
    <message>
        <source>Revoke one award</source>
        <translation>Thu hồi khen thưởng của một người</translation>
    </message>
    <message>
        <source>Revoke the award of {name} given by decision no. {number}. The rest of the decision stands; the register number stays taken.</source>
        <translation>Thu hồi khen thưởng của {name} theo Quyết định số {number}. Phần còn lại của quyết định vẫn giữ nguyên; số vào sổ không dùng lại.</translation>
    </message>
    <message>
        <source>Revoked the award of {name}.</source>
        <translation>Đã thu hồi khen thưởng của {name}.</translation>
    </message>
    <message>
        <source>Add &amp;people…</source>
        <translation>Thêm cá &amp;nhân…</translation>
    </message>
    <message>
        <source>Add a &amp;unit…</source>
        <translation>Thêm tập t&amp;hể…</translation>
    </message>
    <message>
        <source>Pr&amp;oposals…</source>
        <translation>Đề &amp;xuất…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Bỏ &amp;ra</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>Chuyển lên (Ctrl+Mũi tên lên)</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>Chuyển xuống (Ctrl+Mũi tên xuống)</translation>
    </message>
    <message>
        <source>Revo&amp;ke this award…</source>
        <translation>Thu hồi khen thưởng n&amp;ày…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Tê&amp;n:</translation>
    </message>
    <message>
        <source>Posi&amp;tion:</source>
        <translation>Chức &amp;vụ:</translation>
    </message>
    <message>
        <source>Uni&amp;t:</source>
        <translation>Đơn v&amp;ị:</translation>
    </message>
    <message>
        <source>Own reaso&amp;n:</source>
        <translation>&amp;Lý do riêng:</translation>
    </message>
    <message>
        <source>empty: the decision's reason</source>
        <translation>để trống: dùng nội dung của quyết định</translation>
    </message>
    <message>
        <source>Ac&amp;hievement:</source>
        <translation>Thành tíc&amp;h:</translation>
    </message>
    <message>
        <source>fills {achievement} in the reason</source>
        <translation>điền vào chỗ {achievement} của nội dung</translation>
    </message>
    <message>
        <source>Move text (mm):</source>
        <translation>Dịch chữ (mm):</translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation>Sang &amp;phải:</translation>
    </message>
    <message>
        <source>Do&amp;wn:</source>
        <translation>Xuốn&amp;g dưới:</translation>
    </message>
    <message>
        <source>Save recipi&amp;ent</source>
        <translation>Lưu người nà&amp;y</translation>
    </message>
</context>
<context>
    <name>AwardRepeatDialog</name>
    <message>
        <source>Award again</source>
        <translation>Vẫn khen thưởng</translation>
    </message>
    <message>
        <source>Write why the award is given again; without a reason nothing is added.</source>
        <translation>Hãy ghi lý do khen thưởng lần nữa; không có lý do thì không thêm gì.</translation>
    </message>
    <message>
        <source>Nothing was changed: the award would repeat an earlier one.</source>
        <translation>Không có gì thay đổi: khen thưởng này trùng với lần khen trước.</translation>
    </message>
    <message>
        <source>Already rewarded</source>
        <translation>Đã được khen thưởng</translation>
    </message>
    <message>
        <source>To award again all the same, write the &amp;reason (it is kept with the award):</source>
        <translation>Nếu vẫn khen thưởng, hãy ghi rõ &amp;lý do (lý do được lưu cùng khen thưởng):</translation>
    </message>
</context>
<context>
    <name>AwardRevokeDialog</name>
    <message>
        <source>Revoke</source>
        <translation>Thu hồi</translation>
    </message>
    <message>
        <source>Revoking decision &amp;number:</source>
        <translation>&amp;Số quyết định thu hồi:</translation>
    </message>
    <message>
        <source>e.g. 140/QĐ-LĐLĐ</source>
        <translation>ví dụ 140/QĐ-LĐLĐ</translation>
    </message>
    <message>
        <source>Revoked &amp;on:</source>
        <translation>&amp;Ngày thu hồi:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do thu hồi:</translation>
    </message>
</context>
<context>
    <name>AwardsTab</name>
    <message>
        <source>Recipients</source>
        <translation>Số người</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>{count} decisions</source>
        <translation>{count} quyết định</translation>
    </message>
    <message>
        <source>The decision you were editing has unsaved changes. Discard them?</source>
        <translation>Quyết định đang sửa có thay đổi chưa lưu. Bỏ các thay đổi đó?</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Xóa dự thảo</translation>
    </message>
    <message>
        <source>Delete the draft decision no. {number} and its {count} recipients?</source>
        <translation>Xóa dự thảo Quyết định số {number} cùng {count} người được khen?</translation>
    </message>
    <message>
        <source>Deleted the draft decision no. {number}.</source>
        <translation>Đã xóa dự thảo Quyết định số {number}.</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Đang xóa…</translation>
    </message>
    <message>
        <source>Sign decision</source>
        <translation>Ký quyết định</translation>
    </message>
    <message>
        <source>Sign decision no. {number} for {count} recipients? It can no longer be changed afterwards, and each recipient gets the next register number of {unit} for {year}.</source>
        <translation>Ký Quyết định số {number} khen thưởng {count} tập thể, cá nhân? Sau khi ký không sửa được nữa, và mỗi người được cấp số vào sổ tiếp theo của {unit} năm {year}.</translation>
    </message>
    <message>
        <source>Signed decision no. {number}: register numbers are given.</source>
        <translation>Đã ký Quyết định số {number}: đã cấp số vào sổ.</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Đang ký và cấp số vào sổ…</translation>
    </message>
    <message>
        <source>Revoke decision</source>
        <translation>Thu hồi quyết định</translation>
    </message>
    <message>
        <source>Revoke decision no. {number}: every award it gave is withdrawn. Its register numbers stay taken.</source>
        <translation>Thu hồi Quyết định số {number}: mọi khen thưởng của quyết định bị thu hồi. Các số vào sổ đã cấp không dùng lại.</translation>
    </message>
    <message>
        <source>Revoked decision no. {number}.</source>
        <translation>Đã thu hồi Quyết định số {number}.</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Trạng thái:</translation>
    </message>
    <message>
        <source>&amp;New decision</source>
        <translation>Quyết định &amp;mới</translation>
    </message>
    <message>
        <source>De&amp;lete draft</source>
        <translation>Xóa &amp;dự thảo</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>&amp;Ký…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Th&amp;u hồi…</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Quyết định</translation>
    </message>
    <message>
        <source>&amp;Recipients and certificates</source>
        <translation>Người được khen và in &amp;bằng</translation>
    </message>
</context>
<context>
    <name>BundleExportDialog</name>
    <message>
        <source>the office above</source>
        <translation>văn phòng cấp trên</translation>
    </message>
    <message>
        <source>an office below</source>
        <translation>văn phòng cấp dưới</translation>
    </message>
    <message>
        <source>Another unit below…</source>
        <translation>Đơn vị cấp dưới khác…</translation>
    </message>
    <message>
        <source>Type the code or the name of a unit below this office.</source>
        <translation>Gõ mã hoặc tên một đơn vị cấp dưới của văn phòng này.</translation>
    </message>
    <message>
        <source>Counting what a bundle would hold…</source>
        <translation>Đang đếm những gì gói sẽ chứa…</translation>
    </message>
    <message>
        <source>A full bundle would hold {records} records: {initiatives} initiatives, benefit {benefit} VND.</source>
        <translation>Gói đầy đủ sẽ có {records} bản ghi: {initiatives} sáng kiến, giá trị làm lợi {benefit} đồng.</translation>
    </message>
    <message>
        <source>A bundle now would hold the {records} records it has not acknowledged: {initiatives} initiatives, benefit {benefit} VND.</source>
        <translation>Gói gửi bây giờ sẽ có {records} bản ghi văn phòng này chưa xác nhận: {initiatives} sáng kiến, làm lợi {benefit} đồng.</translation>
    </message>
    <message>
        <source>It has acknowledged everything: a bundle now would hold no records, only receipts.</source>
        <translation>Văn phòng này đã xác nhận mọi thứ: gói gửi bây giờ không có bản ghi nào, chỉ có biên nhận.</translation>
    </message>
    <message>
        <source>Last sent: {sent}. Acknowledged: {acked}.&lt;br&gt;Last received from them: {received}.</source>
        <translation>Gửi gần nhất: {sent}. Đã xác nhận: {acked}.&lt;br&gt;Nhận gần nhất từ văn phòng này: {received}.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hôm nay</translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation>{n} ngày trước</translation>
    </message>
    <message>
        <source>no. {seq} on {date} ({ago})</source>
        <translation>số {seq} ngày {date} ({ago})</translation>
    </message>
    <message>
        <source>The key file of the destination office</source>
        <translation>Tệp khóa của văn phòng nhận</translation>
    </message>
    <message>
        <source>UnionDesk key (*.key *.json);;All files (*)</source>
        <translation>Khóa UnionDesk (*.key *.json);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>This key file belongs to {office}, not to {destination}.</source>
        <translation>Tệp khóa này là của {office}, không phải của {destination}.</translation>
    </message>
    <message>
        <source>The key of this office is not known here yet: choose its key file, or encrypt with a passphrase.</source>
        <translation>Chưa biết khóa của văn phòng này: hãy chọn tệp khóa của họ, hoặc mã hóa bằng mật khẩu.</translation>
    </message>
    <message>
        <source>The passphrase must have at least {n} characters: a short sentence is easy to say by phone and hard to guess.</source>
        <translation>Mật khẩu phải có ít nhất {n} ký tự: một câu ngắn vừa dễ đọc qua điện thoại vừa khó đoán.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same: type it again.</source>
        <translation>Hai lần nhập mật khẩu không giống nhau: hãy nhập lại.</translation>
    </message>
    <message>
        <source>Choose the destination office first.</source>
        <translation>Hãy chọn văn phòng nhận trước.</translation>
    </message>
    <message>
        <source>Save the bundle</source>
        <translation>Lưu gói dữ liệu</translation>
    </message>
    <message>
        <source>UnionDesk bundle (*.udbundle)</source>
        <translation>Gói dữ liệu UnionDesk (*.udbundle)</translation>
    </message>
    <message>
        <source>Exporting the bundle…</source>
        <translation>Đang xuất gói…</translation>
    </message>
    <message>
        <source>Setup bundle</source>
        <translation>Gói thiết lập</translation>
    </message>
    <message>
        <source>Full data bundle</source>
        <translation>Gói dữ liệu đầy đủ</translation>
    </message>
    <message>
        <source>Data bundle</source>
        <translation>Gói dữ liệu</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>không mã hóa</translation>
    </message>
    <message>
        <source>encrypted for the recipient's key</source>
        <translation>đã mã hóa theo khóa của văn phòng nhận</translation>
    </message>
    <message>
        <source>encrypted with a passphrase</source>
        <translation>đã mã hóa bằng mật khẩu</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kind} no. {seq} for {destination} is written&lt;/b&gt; ({size}, {sealed}):</source>
        <translation>&lt;b&gt;{kind} số {seq} cho {destination} đã được ghi&lt;/b&gt; ({size}, {sealed}):</translation>
    </message>
    <message>
        <source>{records} records: {initiatives} initiatives, benefit {benefit} VND.</source>
        <translation>{records} bản ghi: {initiatives} sáng kiến, giá trị làm lợi {benefit} đồng.</translation>
    </message>
    <message>
        <source>Read this office's fingerprint to the new office by phone: &lt;b&gt;{fingerprint}&lt;/b&gt;.&lt;br&gt;They compare it when they create their office from this bundle.</source>
        <translation>Hãy đọc dấu vân tay của văn phòng này cho văn phòng mới qua điện thoại: &lt;b&gt;{fingerprint}&lt;/b&gt;.&lt;br&gt;Họ đối chiếu khi tạo văn phòng từ gói này.</translation>
    </message>
    <message>
        <source>Give the passphrase to the other office by phone, never in the e-mail.</source>
        <translation>Hãy báo mật khẩu cho văn phòng kia qua điện thoại, không bao giờ ghi trong thư điện tử.</translation>
    </message>
    <message>
        <source>UnionDesk bundle no. {seq} from {sender} to {destination}</source>
        <translation>Gói dữ liệu UnionDesk số {seq} của {sender} gửi {destination}</translation>
    </message>
    <message>
        <source>[Attach the file {path} to this e-mail, then delete this line.]

To {destination},

{sender} sends bundle no. {seq}: {records} records, {initiatives} initiatives, benefit {benefit} VND.
{sealed}Import it in UnionDesk: File → Import a bundle.
</source>
        <translation>[Hãy đính kèm tệp {path} vào thư này, rồi xóa dòng này.]

Kính gửi {destination},

{sender} gửi gói dữ liệu số {seq}: {records} bản ghi, {initiatives} sáng kiến, giá trị làm lợi {benefit} đồng.
{sealed}Xin nhập gói vào UnionDesk: Tệp → Nhập gói dữ liệu.
</translation>
    </message>
    <message>
        <source>The bundle is encrypted; the passphrase comes by phone.
</source>
        <translation>Gói đã được mã hóa; mật khẩu sẽ được báo qua điện thoại.
</translation>
    </message>
    <message>
        <source>Your mail program was opened with the e-mail written: &lt;b&gt;attach the file yourself&lt;/b&gt;&lt;br&gt;(a mail link cannot attach it); its folder is open.</source>
        <translation>Chương trình thư điện tử đã mở với thư soạn sẵn: &lt;b&gt;hãy tự đính kèm tệp&lt;/b&gt;&lt;br&gt;(liên kết thư không thể đính kèm tệp); thư mục chứa tệp đã được mở.</translation>
    </message>
    <message>
        <source>No mail program could be opened: write the e-mail yourself and attach the file.</source>
        <translation>Không mở được chương trình thư điện tử: hãy tự viết thư và đính kèm tệp.</translation>
    </message>
    <message>
        <source>The file is {size}: most mail services refuse attachments over 20 MB;&lt;br&gt;carry it on a USB stick instead.</source>
        <translation>Tệp nặng {size}: phần lớn dịch vụ thư điện tử từ chối tệp đính kèm trên 20 MB;&lt;br&gt;hãy chuyển bằng USB.</translation>
    </message>
    <message>
        <source>A new office has no key yet:&lt;br&gt;use a passphrase.</source>
        <translation>Văn phòng mới chưa có khóa:&lt;br&gt;hãy dùng mật khẩu.</translation>
    </message>
    <message>
        <source>Not known here yet:&lt;br&gt;choose its key file.</source>
        <translation>Chưa biết khóa của văn phòng này:&lt;br&gt;hãy chọn tệp khóa.</translation>
    </message>
    <message>
        <source>{office}&lt;br&gt;fingerprint {fingerprint}</source>
        <translation>{office}&lt;br&gt;dấu vân tay {fingerprint}</translation>
    </message>
    <message>
        <source>Saved in the outbox folder; the mail program&lt;br&gt;opens with the e-mail written, and you&lt;br&gt;attach the file.</source>
        <translation>Gói được lưu vào thư mục hộp thư đi; chương trình&lt;br&gt;thư điện tử mở ra với thư đã soạn sẵn,&lt;br&gt;bạn tự đính kèm tệp.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Encrypting it is recommended.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nên mã hóa gói.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Export a bundle…</source>
        <translation>&amp;Xuất gói dữ liệu…</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>Xuất gói dữ liệu</translation>
    </message>
    <message>
        <source>Destination office</source>
        <translation>Văn phòng nhận</translation>
    </message>
    <message>
        <source>&amp;Send to:</source>
        <translation>&amp;Gửi đến:</translation>
    </message>
    <message>
        <source>Another &amp;unit below:</source>
        <translation>Đơn vị cấp &amp;dưới khác:</translation>
    </message>
    <message>
        <source>What to send</source>
        <translation>Nội dung gói</translation>
    </message>
    <message>
        <source>&amp;Data bundle</source>
        <translation>Gói dữ &amp;liệu</translation>
    </message>
    <message>
        <source>&amp;Everything, not only what they have not acknowledged</source>
        <translation>&amp;Toàn bộ, không chỉ phần họ chưa xác nhận</translation>
    </message>
    <message>
        <source>Set&amp;up bundle for a new office</source>
        <translation>Gói thiết lập cho văn phòng &amp;mới</translation>
    </message>
    <message>
        <source>How it travels</source>
        <translation>Cách chuyển gói</translation>
    </message>
    <message>
        <source>Save to a &amp;folder or USB stick</source>
        <translation>Lưu vào thư mục hoặc &amp;USB</translation>
    </message>
    <message>
        <source>Send by e-&amp;mail</source>
        <translation>Gửi qua &amp;e-mail</translation>
    </message>
    <message>
        <source>Encryption (recommended for e-mail: members' personal data travels)</source>
        <translation>Mã hóa (nên dùng khi gửi e-mail: gói chứa thông tin cá nhân của đoàn viên)</translation>
    </message>
    <message>
        <source>N&amp;o encryption</source>
        <translation>&amp;Không mã hóa</translation>
    </message>
    <message>
        <source>For the &amp;recipient's key</source>
        <translation>Theo khóa của &amp;văn phòng nhận</translation>
    </message>
    <message>
        <source>Choose a &amp;key file…</source>
        <translation>Chọn tệp khó&amp;a…</translation>
    </message>
    <message>
        <source>With a &amp;passphrase:</source>
        <translation>&amp;Bằng mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>N&amp;hập lại:</translation>
    </message>
    <message>
        <source>Give the passphrase to the other office by phone, never in the same e-mail as the bundle.</source>
        <translation>Hãy báo mật khẩu cho văn phòng kia qua điện thoại, không bao giờ gửi chung thư với gói.</translation>
    </message>
    <message>
        <source>Open the fo&amp;lder</source>
        <translation>Mở thư mụ&amp;c</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Xuất gói</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
</context>
<context>
    <name>BundleImportDialog</name>
    <message>
        <source>Import a bundle — {name}</source>
        <translation>Nhập gói dữ liệu — {name}</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Đang kiểm tra {name}…</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>Đang kiểm tra gói…</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>đã tin cậy</translation>
    </message>
    <message>
        <source>trusted by its fingerprint, first bundle</source>
        <translation>tin cậy theo dấu vân tay, gói đầu tiên</translation>
    </message>
    <message>
        <source>NOT trusted yet: compare the fingerprint by phone</source>
        <translation>CHƯA được tin cậy: hãy đối chiếu dấu vân tay qua điện thoại</translation>
    </message>
    <message>
        <source>Bundle no. {seq} from {sender}, written {date} {time}.
Fingerprint of the sender's key: {fingerprint} ({trust}).
{records} records: {initiatives} initiatives, benefit {benefit} VND.
Importing it would add {new}, update {newer}, leave {same} unchanged and ignore {older} older ones.</source>
        <translation>Gói số {seq} của {sender}, tạo lúc {date} {time}.
Dấu vân tay khóa của văn phòng gửi: {fingerprint} ({trust}).
{records} bản ghi: {initiatives} sáng kiến, giá trị làm lợi {benefit} đồng.
Nếu nhập: thêm mới {new}, cập nhật {newer}, giữ nguyên {same}, bỏ qua {older} bản ghi cũ hơn.</translation>
    </message>
    <message>
        <source>Importing the bundle…</source>
        <translation>Đang nhập gói…</translation>
    </message>
    <message>
        <source>Imported: {summary}</source>
        <translation>Đã nhập: {summary}</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Lưu báo cáo nhập gói</translation>
    </message>
    <message>
        <source>Text (*.txt);;JSON (*.json)</source>
        <translation>Văn bản (*.txt);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Nhập gói dữ liệu</translation>
    </message>
    <message>
        <source>UnionDesk bundle (*.udbundle)</source>
        <translation>Gói dữ liệu UnionDesk (*.udbundle)</translation>
    </message>
    <message>
        <source>&amp;Import a bundle…</source>
        <translation>&amp;Nhập gói dữ liệu…</translation>
    </message>
    <message>
        <source>&amp;Passphrase of this bundle:</source>
        <translation>&amp;Mật khẩu của gói:</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Kiểm tra lại</translation>
    </message>
    <message>
        <source>I compared this fingerprint with the sending office by phone: &amp;trust it</source>
        <translation>Tôi đã đối chiếu dấu vân tay này với văn phòng gửi qua điện thoại: &amp;tin cậy văn phòng đó</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Lưu báo cáo…</translation>
    </message>
    <message>
        <source>P&amp;rint report…</source>
        <translation>&amp;In báo cáo…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>{template} on printer: {printer}</source>
        <translation>{template} trên máy in: {printer}</translation>
    </message>
    <message>
        <source>(default printer)</source>
        <translation>(máy in mặc định)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save the calibration page</source>
        <translation>Lưu trang căn chỉnh</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}. Print it at 100 % scale, then measure the + marks.</source>
        <translation>Đã lưu {path}. Hãy in ở tỷ lệ 100 % rồi đo các dấu +.</translation>
    </message>
    <message>
        <source>Printer calibration</source>
        <translation>Căn chỉnh máy in</translation>
    </message>
    <message>
        <source>1. Print the calibration page onto a blank (or plain paper of the same size) at 100 % scale.
2. Measure from the left and top edges of the paper to the centre of each + mark; the figures in brackets are where it should be.
3. Add the differences to the values below: positive moves the print right and down. Scale corrects a printer that stretches the page.</source>
        <translation>1. In trang căn chỉnh lên một phôi (hoặc giấy trắng cùng khổ) ở tỷ lệ 100 %.
2. Đo từ mép trái và mép trên của tờ giấy đến tâm mỗi dấu +; số trong ngoặc là vị trí đúng.
3. Cộng chênh lệch vào các giá trị dưới đây: số dương dịch chữ sang phải và xuống dưới. Tỷ lệ dùng cho máy in làm giãn trang.</translation>
    </message>
    <message>
        <source>&amp;Horizontal offset (mm):</source>
        <translation>Lệch &amp;ngang (mm):</translation>
    </message>
    <message>
        <source>&amp;Vertical offset (mm):</source>
        <translation>Lệch &amp;dọc (mm):</translation>
    </message>
    <message>
        <source>Scale &amp;across:</source>
        <translation>Tỷ lệ n&amp;gang:</translation>
    </message>
    <message>
        <source>Scale do&amp;wn:</source>
        <translation>Tỷ lệ dọ&amp;c:</translation>
    </message>
    <message>
        <source>&amp;Print the calibration page…</source>
        <translation>&amp;In trang căn chỉnh…</translation>
    </message>
    <message>
        <source>&amp;Reset to zero</source>
        <translation>Đặt &amp;lại về 0</translation>
    </message>
</context>
<context>
    <name>CampaignEditor</name>
    <message>
        <source>No campaign selected</source>
        <translation>Chưa chọn chương trình</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Chương trình mới</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Trạng thái: {status}</translation>
    </message>
    <message>
        <source>Choose the organising unit from the list.</source>
        <translation>Hãy chọn đơn vị tổ chức trong danh sách gợi ý.</translation>
    </message>
    <message>
        <source>Created the campaign “{name}”.</source>
        <translation>Đã tạo chương trình “{name}”.</translation>
    </message>
    <message>
        <source>Nothing to save: “{name}” is unchanged.</source>
        <translation>Không có gì để lưu: “{name}” không thay đổi.</translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation>Đã lưu “{name}”.</translation>
    </message>
    <message>
        <source>“{name}” is now: {status}.</source>
        <translation>Chương trình “{name}” nay ở trạng thái: {status}.</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation>Xóa chương trình</translation>
    </message>
    <message>
        <source>Delete the draft campaign “{name}”? Only a campaign without quotas or initiatives can be deleted.</source>
        <translation>Xóa chương trình dự thảo “{name}”? Chỉ xóa được chương trình chưa giao chỉ tiêu và chưa có sáng kiến.</translation>
    </message>
    <message>
        <source>Deleted the campaign “{name}”.</source>
        <translation>Đã xóa chương trình “{name}”.</translation>
    </message>
    <message>
        <source>Campaign of an office above: view only.</source>
        <translation>Chương trình của cấp trên: chỉ xem.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <source>e.g. 75K-2021</source>
        <translation>ví dụ 75K-2021</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên chương trình:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>L&amp;oại:</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>Đơn &amp;vị tổ chức:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Bắt đầu – kết thúc:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>Initiatives applied &amp;between:</source>
        <translation>Sáng kiến áp &amp;dụng từ – đến:</translation>
    </message>
    <message>
        <source>&amp;Target, initiatives:</source>
        <translation>Chỉ tiêu &amp;sáng kiến:</translation>
    </message>
    <message>
        <source>e.g. 75.000</source>
        <translation>ví dụ 75.000</translation>
    </message>
    <message>
        <source>Target, &amp;members taking part:</source>
        <translation>Chỉ tiêu người tham gi&amp;a:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>không bắt buộc</translation>
    </message>
    <message>
        <source>P&amp;hases (optional):</source>
        <translation>&amp;Giai đoạn (nếu có):</translation>
    </message>
    <message>
        <source>&amp;Add phase</source>
        <translation>Thêm giai đoạ&amp;n</translation>
    </message>
    <message>
        <source>Re&amp;move phase</source>
        <translation>&amp;Xóa giai đoạn</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Mô tả, &amp;ghi chú:</translation>
    </message>
    <message>
        <source>O&amp;pen campaign</source>
        <translation>Mở &amp;chương trình</translation>
    </message>
    <message>
        <source>&amp;End campaign</source>
        <translation>&amp;Kết thúc</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Mở &amp;lại</translation>
    </message>
    <message>
        <source>Ne&amp;w campaign</source>
        <translation>Chương trình &amp;mới</translation>
    </message>
    <message>
        <source>&amp;Delete draft</source>
        <translation>Xóa &amp;dự thảo</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
</context>
<context>
    <name>CampaignLabels</name>
    <message>
        <source>Initiative programme</source>
        <translation>Chương trình sáng kiến</translation>
    </message>
    <message>
        <source>Emulation movement</source>
        <translation>Phong trào thi đua</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Đang diễn ra</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã kết thúc</translation>
    </message>
</context>
<context>
    <name>CampaignListModel</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên chương trình</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Đơn vị tổ chức</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>CampaignsTab</name>
    <message>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Chương trình mới</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Mọi năm</translation>
    </message>
    <message>
        <source>{count} campaigns</source>
        <translation>{count} chương trình</translation>
    </message>
    <message>
        <source>The campaign you were editing has unsaved changes. Discard them?</source>
        <translation>Chương trình đang sửa có thay đổi chưa lưu. Bỏ các thay đổi đó?</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>T&amp;rạng thái:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>Nă&amp;m:</translation>
    </message>
    <message>
        <source>Campaign &amp;details</source>
        <translation>Thông tin chương trìn&amp;h</translation>
    </message>
    <message>
        <source>&amp;Quotas and progress</source>
        <translation>Chỉ tiê&amp;u và tiến độ</translation>
    </message>
    <message>
        <source>Emulation &amp;clusters</source>
        <translation>&amp;Cụm thi đua</translation>
    </message>
</context>
<context>
    <name>CloseUnitDialog</name>
    <message>
        <source>Reopen unit</source>
        <translation>Cho hoạt động trở lại</translation>
    </message>
    <message>
        <source>Reopen “{unit}” under “{parent}”.</source>
        <translation>Cho “{unit}” hoạt động trở lại, trực thuộc “{parent}”.</translation>
    </message>
    <message>
        <source>Dissolve “{unit}”. It stays in the tree's history with its figures and can be reopened later.</source>
        <translation>Giải thể “{unit}”. Đơn vị vẫn được giữ trong lịch sử cùng số liệu của mình và có thể cho hoạt động trở lại sau này.</translation>
    </message>
    <message>
        <source>Reopening “{unit}”…</source>
        <translation>Đang cho “{unit}” hoạt động trở lại…</translation>
    </message>
    <message>
        <source>Dissolving “{unit}”…</source>
        <translation>Đang giải thể “{unit}”…</translation>
    </message>
    <message>
        <source>Reopened “{unit}” from {date}.</source>
        <translation>Đã cho “{unit}” hoạt động trở lại từ ngày {date}.</translation>
    </message>
    <message>
        <source>Dissolved “{unit}” from {date}.</source>
        <translation>Đã giải thể “{unit}” từ ngày {date}.</translation>
    </message>
    <message>
        <source>Dissolve unit</source>
        <translation>Giải thể đơn vị</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
</context>
<context>
    <name>ClusterPanel</name>
    <message>
        <source>No grouping yet: create one below.</source>
        <translation>Chưa có bảng cụm thi đua: hãy tạo ở bên dưới.</translation>
    </message>
    <message>
        <source>Set up by {owner}.</source>
        <translation>Do {owner} lập.</translation>
    </message>
    <message>
        <source>Set up by {owner}, an office above: view only.</source>
        <translation>Do {owner} (cấp trên) lập: chỉ xem.</translation>
    </message>
    <message>
        <source>Select a cluster to see its members.</source>
        <translation>Chọn một cụm để xem các thành viên.</translation>
    </message>
    <message>
        <source>Members of “{cluster}”</source>
        <translation>Thành viên của “{cluster}”</translation>
    </message>
    <message>
        <source>Remove as &amp;leader</source>
        <translation>Thôi làm cụm &amp;trưởng</translation>
    </message>
    <message>
        <source>Make cluster &amp;leader</source>
        <translation>Đặt làm cụm &amp;trưởng</translation>
    </message>
    <message>
        <source>The year is a number such as 2022.</source>
        <translation>Năm phải là một số, ví dụ 2022.</translation>
    </message>
    <message>
        <source>Created the grouping “{name}”.</source>
        <translation>Đã tạo bảng cụm thi đua “{name}”.</translation>
    </message>
    <message>
        <source>Added the cluster “{name}”.</source>
        <translation>Đã thêm cụm “{name}”.</translation>
    </message>
    <message>
        <source>Renamed the cluster to “{name}”.</source>
        <translation>Đã đổi tên cụm thành “{name}”.</translation>
    </message>
    <message>
        <source>Delete cluster</source>
        <translation>Xóa cụm</translation>
    </message>
    <message>
        <source>Delete the cluster “{name}” with its member list and covenants?</source>
        <translation>Xóa cụm “{name}” cùng danh sách thành viên và các giao ước của cụm?</translation>
    </message>
    <message>
        <source>Deleted the cluster “{name}”.</source>
        <translation>Đã xóa cụm “{name}”.</translation>
    </message>
    <message>
        <source>Choose the unit to add from the list.</source>
        <translation>Hãy chọn đơn vị cần thêm trong danh sách gợi ý.</translation>
    </message>
    <message>
        <source>Added {unit} to the cluster.</source>
        <translation>Đã thêm {unit} vào cụm.</translation>
    </message>
    <message>
        <source>Removed the unit from the cluster.</source>
        <translation>Đã bỏ đơn vị khỏi cụm.</translation>
    </message>
    <message>
        <source>Cluster leader changed.</source>
        <translation>Đã đổi cụm trưởng.</translation>
    </message>
    <message>
        <source>Recorded the covenant signed on {date}.</source>
        <translation>Đã ghi giao ước thi đua ký ngày {date}.</translation>
    </message>
    <message>
        <source>&amp;Grouping:</source>
        <translation>&amp;Bảng cụm:</translation>
    </message>
    <message>
        <source>&amp;New grouping:</source>
        <translation>Tạo bảng cụm &amp;mới:</translation>
    </message>
    <message>
        <source>e.g. Emulation clusters 2022</source>
        <translation>ví dụ Cụm thi đua năm 2022</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>Nă&amp;m:</translation>
    </message>
    <message>
        <source>yyyy</source>
        <translation>năm</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>Tạ&amp;o</translation>
    </message>
    <message>
        <source>C&amp;lusters of the grouping:</source>
        <translation>&amp;Các cụm trong bảng:</translation>
    </message>
    <message>
        <source>Cluster name</source>
        <translation>Tên cụm</translation>
    </message>
    <message>
        <source>&amp;Add cluster</source>
        <translation>Thêm c&amp;ụm</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Đổi tê&amp;n</translation>
    </message>
    <message>
        <source>&amp;Delete cluster</source>
        <translation>&amp;Xóa cụm</translation>
    </message>
    <message>
        <source>Add &amp;member</source>
        <translation>Thêm thành &amp;viên</translation>
    </message>
    <message>
        <source>Re&amp;move member</source>
        <translation>Bỏ thành viê&amp;n</translation>
    </message>
    <message>
        <source>Co&amp;venants signed:</source>
        <translation>&amp;Giao ước thi đua đã ký:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>Document reference</source>
        <translation>Số văn bản, ví dụ 12/GƯTĐ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>&amp;Record covenant</source>
        <translation>Ghi &amp;giao ước</translation>
    </message>
</context>
<context>
    <name>ClustersModel</name>
    <message>
        <source>Cluster</source>
        <translation>Cụm</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Cụm trưởng</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Số thành viên</translation>
    </message>
</context>
<context>
    <name>CovenantsModel</name>
    <message>
        <source>Signed on</source>
        <translation>Ngày ký</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>DecisionListModel</name>
    <message>
        <source>Number</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Issuing unit</source>
        <translation>Đơn vị ban hành</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Số người</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>{collectives} collectives, {individuals} individuals</source>
        <translation>{collectives} tập thể, {individuals} cá nhân</translation>
    </message>
</context>
<context>
    <name>DuplicateGroupsModel</name>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên sáng kiến</translation>
    </message>
    <message>
        <source>Unit applied</source>
        <translation>Đơn vị áp dụng</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Alike</source>
        <translation>Giống</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>same unit</source>
        <translation>cùng đơn vị</translation>
    </message>
    <message>
        <source>shared author</source>
        <translation>cùng tác giả</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>UnionDesk</source>
        <translation>UnionDesk</translation>
    </message>
    <message>
        <source>UnionDesk: unexpected error</source>
        <translation>UnionDesk: lỗi không mong đợi</translation>
    </message>
    <message>
        <source>UnionDesk met an unexpected error. Your data saved so far is safe.

Please send the log file to your support contact:
{path}</source>
        <translation>UnionDesk gặp một lỗi không mong đợi. Dữ liệu đã lưu vẫn an toàn.

Hãy gửi tệp nhật ký cho người hỗ trợ kỹ thuật:
{path}</translation>
    </message>
</context>
<context>
    <name>ExcelActions</name>
    <message>
        <source>Export to Excel…</source>
        <translation>Xuất ra Excel…</translation>
    </message>
    <message>
        <source>Excel template…</source>
        <translation>Mẫu Excel…</translation>
    </message>
    <message>
        <source>Import Excel…</source>
        <translation>Nhập từ Excel…</translation>
    </message>
    <message>
        <source>Find duplicates…</source>
        <translation>Tìm trùng lặp…</translation>
    </message>
    <message>
        <source>There is no campaign yet: create one in the Campaigns tab first.</source>
        <translation>Chưa có chương trình nào: hãy tạo chương trình ở thẻ Chương trình trước.</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Chương trình:</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Xuất ra Excel</translation>
    </message>
    <message>
        <source> The other filters of the list do not apply to the export.</source>
        <translation> Các điều kiện lọc khác của danh sách không áp dụng cho tệp xuất.</translation>
    </message>
    <message>
        <source>Exporting to Excel…</source>
        <translation>Đang xuất ra Excel…</translation>
    </message>
    <message>
        <source>Exported {count} initiatives to {path}.</source>
        <translation>Đã xuất {count} sáng kiến ra tệp {path}.</translation>
    </message>
    <message>
        <source>Excel template</source>
        <translation>Mẫu Excel</translation>
    </message>
    <message>
        <source>Writing the template…</source>
        <translation>Đang tạo tệp mẫu…</translation>
    </message>
    <message>
        <source>Template saved: {path}. Send it to the units to fill in.</source>
        <translation>Đã lưu tệp mẫu: {path}. Gửi cho các đơn vị điền rồi gửi lại.</translation>
    </message>
    <message>
        <source>Import Excel</source>
        <translation>Nhập từ Excel</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>Tìm trùng lặp</translation>
    </message>
    <message>
        <source>Stopped; nothing was written.</source>
        <translation>Đã dừng; không ghi gì.</translation>
    </message>
</context>
<context>
    <name>ExcelImportDialog</name>
    <message>
        <source>Import initiatives into “{campaign}”</source>
        <translation>Nhập sáng kiến vào chương trình “{campaign}”</translation>
    </message>
    <message>
        <source>Choose the workbook</source>
        <translation>Chọn tệp Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Checking every row of “{name}”…</source>
        <translation>Đang kiểm tra từng dòng của “{name}”…</translation>
    </message>
    <message>
        <source>Checking the workbook…</source>
        <translation>Đang kiểm tra tệp…</translation>
    </message>
    <message>
        <source>{rows} rows read: {valid} valid, {invalid} with errors, {unchanged} already imported before (not imported again).</source>
        <translation>Đã đọc {rows} dòng: {valid} dòng hợp lệ, {invalid} dòng có lỗi, {unchanged} dòng đã nhập từ trước (không nhập lại).</translation>
    </message>
    <message>
        <source>Import the valid rows now and send the error report back to the unit, or import nothing until the file is corrected.</source>
        <translation>Có thể nhập ngay các dòng hợp lệ rồi gửi báo cáo lỗi lại cho đơn vị, hoặc không nhập gì cho đến khi tệp được sửa.</translation>
    </message>
    <message>
        <source>There is nothing new to import.</source>
        <translation>Không có sáng kiến mới nào để nhập.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <source>Imported {imported} initiatives from “{name}”; {unchanged} were already there, {invalid} rows with errors were left out.</source>
        <translation>Đã nhập {imported} sáng kiến từ “{name}”; {unchanged} sáng kiến đã có từ trước, {invalid} dòng có lỗi không được nhập.</translation>
    </message>
    <message>
        <source>Save the error report</source>
        <translation>Lưu báo cáo lỗi</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Đang ghi báo cáo…</translation>
    </message>
    <message>
        <source>Report saved: {path}</source>
        <translation>Đã lưu báo cáo: {path}</translation>
    </message>
    <message>
        <source>Stopped: nothing was imported.</source>
        <translation>Đã dừng: chưa nhập sáng kiến nào.</translation>
    </message>
    <message>
        <source>The file could not be read; nothing was imported.</source>
        <translation>Không đọc được tệp; chưa nhập sáng kiến nào.</translation>
    </message>
    <message>
        <source>&amp;Import all {count} rows</source>
        <translation>&amp;Nhập tất cả {count} dòng</translation>
    </message>
    <message>
        <source>&amp;Import the valid rows</source>
        <translation>&amp;Nhập các dòng hợp lệ</translation>
    </message>
    <message>
        <source>Import initiatives from Excel</source>
        <translation>Nhập sáng kiến từ Excel</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <source>Choose the workbook a unit sent (.xlsx)</source>
        <translation>Chọn tệp Excel đơn vị gửi lên (.xlsx)</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <source>Choose a file: every row is checked first, nothing is imported until you decide.</source>
        <translation>Chọn một tệp: mọi dòng được kiểm tra trước, chưa nhập gì cho đến khi anh/chị quyết định.</translation>
    </message>
    <message>
        <source>&amp;Save error report…</source>
        <translation>&amp;Lưu báo cáo lỗi…</translation>
    </message>
    <message>
        <source>Import &amp;nothing</source>
        <translation>&amp;Không nhập gì</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Small: one province, 3 upper units, about 20 grassroots unions</source>
        <translation>Nhỏ: một tỉnh, 3 công đoàn cấp trên, khoảng 20 công đoàn cơ sở</translation>
    </message>
    <message>
        <source>Province: 3,655 grassroots unions, 170,324 initiatives (takes about a minute)</source>
        <translation>Cấp tỉnh: 3.655 công đoàn cơ sở, 170.324 sáng kiến (mất khoảng một phút)</translation>
    </message>
    <message>
        <source>Building the demonstration data…</source>
        <translation>Đang tạo dữ liệu mẫu…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Đã hủy: chưa có gì được ghi.</translation>
    </message>
    <message>
        <source>Choose the setup bundle</source>
        <translation>Chọn gói thiết lập</translation>
    </message>
    <message>
        <source>UnionDesk bundle (*.udbundle)</source>
        <translation>Gói dữ liệu UnionDesk (*.udbundle)</translation>
    </message>
    <message>
        <source>This bundle is sealed with a passphrase: type the passphrase the upper office told you, then press Check.</source>
        <translation>Gói này được mã hóa bằng mật khẩu: hãy nhập mật khẩu mà văn phòng cấp trên đã báo, rồi bấm Kiểm tra.</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Đang kiểm tra {name}…</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>Đang kiểm tra gói…</translation>
    </message>
    <message>
        <source>This file is an ordinary data bundle, not a setup bundle: ask the upper office for the “setup bundle” of your unit.</source>
        <translation>Tệp này là gói dữ liệu thường, không phải gói thiết lập: hãy xin văn phòng cấp trên “gói thiết lập” cho đơn vị của bạn.</translation>
    </message>
    <message>
        <source>This office will serve: {office}</source>
        <translation>Văn phòng này sẽ phục vụ: {office}</translation>
    </message>
    <message>
        <source>Sent by the upper office {sender} on {date}.</source>
        <translation>Do văn phòng cấp trên {sender} gửi ngày {date}.</translation>
    </message>
    <message>
        <source>Fingerprint of the upper office's key:</source>
        <translation>Dấu vân tay khóa của văn phòng cấp trên:</translation>
    </message>
    <message>
        <source>Phone the upper office and ask them to read out their own fingerprint: every group must be the same. If it is not, this file did not come from them; do not go on.</source>
        <translation>Hãy gọi điện cho văn phòng cấp trên và nhờ họ đọc dấu vân tay của chính họ: mọi nhóm ký tự phải giống hệt. Nếu khác, tệp này không phải do họ gửi; đừng tiếp tục.</translation>
    </message>
    <message>
        <source>Choose the setup bundle the upper office sent you.</source>
        <translation>Hãy chọn gói thiết lập mà văn phòng cấp trên đã gửi cho bạn.</translation>
    </message>
    <message>
        <source>Phone the upper office and compare the fingerprint first, then tick “I compared the fingerprint with the upper office”.</source>
        <translation>Hãy gọi điện cho văn phòng cấp trên để đối chiếu dấu vân tay trước, rồi đánh dấu ô “Tôi đã đối chiếu dấu vân tay với văn phòng cấp trên”.</translation>
    </message>
    <message>
        <source>Creating the office from the setup bundle…</source>
        <translation>Đang tạo văn phòng từ gói thiết lập…</translation>
    </message>
    <message>
        <source>This installation now serves {office} and trusts the upper office {upper} ({records} records received).

The fingerprint of this office's own key is:

{fingerprint}

Write it down: when you send your first bundle, the upper office will phone you and compare it; read it to them group by group.</source>
        <translation>Bản cài đặt này nay phục vụ {office} và tin cậy văn phòng cấp trên {upper} (đã nhận {records} bản ghi).

Dấu vân tay khóa của chính văn phòng này là:

{fingerprint}

Hãy ghi lại: khi bạn gửi gói dữ liệu đầu tiên, văn phòng cấp trên sẽ gọi điện để đối chiếu; hãy đọc cho họ từng nhóm ký tự.</translation>
    </message>
    <message>
        <source>Office created</source>
        <translation>Đã tạo văn phòng</translation>
    </message>
    <message>
        <source>Welcome to UnionDesk</source>
        <translation>Chào mừng đến với UnionDesk</translation>
    </message>
    <message>
        <source>This installation keeps the data of one union office on this computer. Tell us who you are and which office it serves.</source>
        <translation>Bản cài đặt này lưu dữ liệu của một cơ quan công đoàn trên máy tính này. Hãy cho biết bạn là ai và bản cài đặt phục vụ cơ quan nào.</translation>
    </message>
    <message>
        <source>Your full name:</source>
        <translation>Họ và tên của bạn:</translation>
    </message>
    <message>
        <source>e.g. Nguyễn Thị Lan</source>
        <translation>ví dụ: Nguyễn Thị Lan</translation>
    </message>
    <message>
        <source>Create a new office</source>
        <translation>Tạo cơ quan mới</translation>
    </message>
    <message>
        <source>Your office</source>
        <translation>Cơ quan của bạn</translation>
    </message>
    <message>
        <source>Office name:</source>
        <translation>Tên cơ quan:</translation>
    </message>
    <message>
        <source>e.g. Liên đoàn Lao động huyện Mường Lát</source>
        <translation>ví dụ: Liên đoàn Lao động huyện Mường Lát</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Mã:</translation>
    </message>
    <message>
        <source>e.g. TH.ML</source>
        <translation>ví dụ: TH.ML</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Cấp:</translation>
    </message>
    <message>
        <source>Create from the upper office's setup bundle</source>
        <translation>Tạo từ gói của cấp trên</translation>
    </message>
    <message>
        <source>Setup bundle sent by the upper office</source>
        <translation>Gói thiết lập do văn phòng cấp trên gửi</translation>
    </message>
    <message>
        <source>Choose the .udbundle file, or drop it on this window</source>
        <translation>Chọn tệp .udbundle, hoặc kéo thả tệp vào cửa sổ này</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Chọ&amp;n tệp…</translation>
    </message>
    <message>
        <source>&amp;Passphrase of the bundle:</source>
        <translation>&amp;Mật khẩu của gói:</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>&amp;Kiểm tra</translation>
    </message>
    <message>
        <source>I &amp;compared the fingerprint with the upper office</source>
        <translation>Tôi đã đối &amp;chiếu dấu vân tay với văn phòng cấp trên</translation>
    </message>
    <message>
        <source>Open demonstration data (a fictitious province, to try the program)</source>
        <translation>Mở dữ liệu mẫu (một tỉnh giả định, để dùng thử chương trình)</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Quy mô:</translation>
    </message>
</context>
<context>
    <name>ImportErrorsModel</name>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Ô</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Lỗi</translation>
    </message>
</context>
<context>
    <name>InitiativeDuplicatesDialog</name>
    <message>
        <source>Likely duplicates in “{campaign}”</source>
        <translation>Các sáng kiến có thể trùng lặp trong “{campaign}”</translation>
    </message>
    <message>
        <source>Initiatives with very similar titles and the same unit or a shared author are grouped together.</source>
        <translation>Các sáng kiến có tên rất giống nhau và cùng đơn vị hoặc cùng tác giả được xếp chung một nhóm.</translation>
    </message>
    <message>
        <source>Comparing the titles of the campaign…</source>
        <translation>Đang so sánh tên các sáng kiến của chương trình…</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Đang tìm sáng kiến trùng lặp…</translation>
    </message>
    <message>
        <source>{groups} groups of likely duplicates ({members} initiatives). Double-click one to open it.</source>
        <translation>{groups} nhóm có thể trùng lặp ({members} sáng kiến). Nháy đúp vào một sáng kiến để mở.</translation>
    </message>
    <message>
        <source>No likely duplicates in this campaign.</source>
        <translation>Không thấy sáng kiến nào có thể trùng lặp trong chương trình này.</translation>
    </message>
    <message>
        <source>Search stopped.</source>
        <translation>Đã dừng tìm kiếm.</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>Tìm trùng lặp</translation>
    </message>
    <message>
        <source>&amp;Search again</source>
        <translation>&amp;Tìm lại</translation>
    </message>
    <message>
        <source>&amp;Open the selected initiative</source>
        <translation>&amp;Mở sáng kiến đã chọn</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
</context>
<context>
    <name>InitiativeEntry</name>
    <message>
        <source>(no phase)</source>
        <translation>(không chia đợt)</translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation>Sáng kiến mới</translation>
    </message>
    <message>
        <source>Editing: {title}</source>
        <translation>Đang sửa: {title}</translation>
    </message>
    <message>
        <source>Saved the changes to “{title}”.</source>
        <translation>Đã lưu thay đổi của “{title}”.</translation>
    </message>
    <message>
        <source>Saved “{title}”. Type the next one.</source>
        <translation>Đã lưu “{title}”. Mời nhập sáng kiến tiếp theo.</translation>
    </message>
    <message>
        <source>Choose the campaign.</source>
        <translation>Hãy chọn chương trình.</translation>
    </message>
    <message>
        <source>Choose the unit from the list (type its code or name, then pick it).</source>
        <translation>Hãy chọn đơn vị trong danh sách (gõ mã hoặc tên rồi chọn).</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Có thể trùng lặp</translation>
    </message>
    <message>
        <source>Already entered:

{list}

Save it all the same?</source>
        <translation>Đã nhập trước đó:

{list}

Vẫn lưu sáng kiến này?</translation>
    </message>
    <message>
        <source>Save all the same</source>
        <translation>Vẫn lưu</translation>
    </message>
    <message>
        <source>Go back and check</source>
        <translation>Quay lại kiểm tra</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Chương trình:</translation>
    </message>
    <message>
        <source>P&amp;hase:</source>
        <translation>Đợ&amp;t:</translation>
    </message>
    <message>
        <source>&amp;Unit applied:</source>
        <translation>Đơn &amp;vị áp dụng:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Tê&amp;n sáng kiến:</translation>
    </message>
    <message>
        <source>The initiative's name, as on the form</source>
        <translation>Tên sáng kiến, như trên phiếu đăng ký</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Lĩnh vực:</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>Tó&amp;m tắt nội dung:</translation>
    </message>
    <message>
        <source>What was done and how (Ctrl+Enter saves)</source>
        <translation>Đã làm gì và làm thế nào (Ctrl+Enter để lưu)</translation>
    </message>
    <message>
        <source>&amp;Authors:</source>
        <translation>Tác &amp;giả:</translation>
    </message>
    <message>
        <source>C&amp;ollective author: the unit itself</source>
        <translation>Tác giả là tậ&amp;p thể đơn vị</translation>
    </message>
    <message>
        <source>&amp;Benefit (VND):</source>
        <translation>Giá t&amp;rị làm lợi (đồng):</translation>
    </message>
    <message>
        <source>So&amp;cial benefit:</source>
        <translation>Lợi ích &amp;xã hội:</translation>
    </message>
    <message>
        <source>In words, when not in money</source>
        <translation>Mô tả bằng lời, khi không tính được bằng tiền</translation>
    </message>
    <message>
        <source>&amp;Registered on:</source>
        <translation>Ngày đăng &amp;ký:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>First a&amp;pplied on:</source>
        <translation>Ngày áp &amp;dụng:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Trạng t&amp;hái:</translation>
    </message>
    <message>
        <source>Recognised b&amp;y:</source>
        <translation>Cấp công nhận:</translation>
    </message>
    <message>
        <source>Recogn&amp;ised on:</source>
        <translation>Ngày công nhận:</translation>
    </message>
    <message>
        <source>&amp;Decision no.:</source>
        <translation>Số &amp;quyết định:</translation>
    </message>
    <message>
        <source>e.g. 12/QĐ-HĐSK</source>
        <translation>ví dụ 12/QĐ-HĐSK</translation>
    </message>
    <message>
        <source>Decision dat&amp;e:</source>
        <translation>Ngày q&amp;uyết định:</translation>
    </message>
    <message>
        <source>Co&amp;nfidential (technology secret): only the title and benefit are shown</source>
        <translation>&amp;Bảo mật (bí mật công nghệ): chỉ hiện tên và giá trị làm lợi</translation>
    </message>
    <message>
        <source>Enter saves and starts the next form · Ctrl+Enter inside the summary</source>
        <translation>Enter: lưu và nhập phiếu tiếp theo · Ctrl+Enter khi đang ở ô tóm tắt</translation>
    </message>
    <message>
        <source>New (Ctrl+N)</source>
        <translation>Phiếu mới (Ctrl+N)</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Lưu (Enter)</translation>
    </message>
    <message>
        <source>Similar initiatives in this campaign</source>
        <translation>Sáng kiến tương tự trong chương trình</translation>
    </message>
    <message>
        <source>Type a title: initiatives with similar titles appear here.</source>
        <translation>Gõ tên sáng kiến: các sáng kiến có tên tương tự sẽ hiện ở đây.</translation>
    </message>
</context>
<context>
    <name>InitiativeLabels</name>
    <message>
        <source>Technical solution</source>
        <translation>Giải pháp kỹ thuật</translation>
    </message>
    <message>
        <source>Management solution</source>
        <translation>Giải pháp quản lý</translation>
    </message>
    <message>
        <source>Operational solution</source>
        <translation>Giải pháp tác nghiệp</translation>
    </message>
    <message>
        <source>Applied technical progress</source>
        <translation>Ứng dụng tiến bộ kỹ thuật</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Đã đăng ký</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>Được công nhận</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Không được công nhận</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Đã áp dụng</translation>
    </message>
    <message>
        <source>Recognition withdrawn</source>
        <translation>Bị hủy công nhận</translation>
    </message>
    <message>
        <source>Initiative council</source>
        <translation>Hội đồng sáng kiến</translation>
    </message>
    <message>
        <source>Head of the unit</source>
        <translation>Thủ trưởng đơn vị</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Mật</translation>
    </message>
</context>
<context>
    <name>InitiativeList</name>
    <message>
        <source>Search titles, summaries and authors (accents not needed)…</source>
        <translation>Tìm theo tên, tóm tắt, tác giả (gõ không dấu cũng được)…</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation>&amp;Chương trình:</translation>
    </message>
    <message>
        <source>U&amp;nit (with units below):</source>
        <translation>Đơn &amp;vị (cả đơn vị trực thuộc):</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Trạng thái:</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Lĩnh vực:</translation>
    </message>
    <message>
        <source>&amp;Registered from:</source>
        <translation>Đăng &amp;ký từ ngày:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>&amp;Benefit from:</source>
        <translation>&amp;Giá trị làm lợi từ:</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Bỏ lọc</translation>
    </message>
</context>
<context>
    <name>InitiativeListModel</name>
    <message>
        <source>Title</source>
        <translation>Tên sáng kiến</translation>
    </message>
    <message>
        <source>Unit applied</source>
        <translation>Đơn vị áp dụng</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Benefit (VND)</source>
        <translation>Làm lợi (đồng)</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Ngày đăng ký</translation>
    </message>
    <message>
        <source>First applied</source>
        <translation>Ngày áp dụng</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Confidential initiative: only its title, benefit and award are shown.</source>
        <translation>Sáng kiến bảo mật: chỉ hiện tên, giá trị làm lợi và khen thưởng.</translation>
    </message>
    <message>
        <source>First applied outside the campaign's eligibility window.</source>
        <translation>Ngày áp dụng nằm ngoài thời gian được tính của chương trình.</translation>
    </message>
</context>
<context>
    <name>InitiativeStatusDialog</name>
    <message>
        <source>Recognise…</source>
        <translation>Công nhận…</translation>
    </message>
    <message>
        <source>The initiative is recognised on this date.</source>
        <translation>Sáng kiến được công nhận vào ngày này.</translation>
    </message>
    <message>
        <source>Not recognised…</source>
        <translation>Không công nhận…</translation>
    </message>
    <message>
        <source>The council decided on this date not to recognise the initiative.</source>
        <translation>Hội đồng quyết định không công nhận sáng kiến vào ngày này.</translation>
    </message>
    <message>
        <source>Applied…</source>
        <translation>Đã áp dụng…</translation>
    </message>
    <message>
        <source>The initiative was first applied on this date (kept if a date was entered already).</source>
        <translation>Sáng kiến được áp dụng lần đầu vào ngày này (giữ nguyên nếu đã có ngày áp dụng).</translation>
    </message>
    <message>
        <source>Withdraw recognition…</source>
        <translation>Hủy công nhận…</translation>
    </message>
    <message>
        <source>Recognition is withdrawn on this date; the reason is recorded with the initiative.</source>
        <translation>Hủy công nhận từ ngày này; lý do được ghi lại cùng sáng kiến.</translation>
    </message>
    <message>
        <source>Back to registered…</source>
        <translation>Trở lại trạng thái đã đăng ký…</translation>
    </message>
    <message>
        <source>Undo a decision taken by mistake: the initiative is again waiting for review.</source>
        <translation>Bỏ một quyết định ghi nhầm: sáng kiến trở lại chờ xét.</translation>
    </message>
    <message>
        <source>“{title}”: {old} → {new}</source>
        <translation>“{title}”: {old} → {new}</translation>
    </message>
    <message>
        <source>“{title}” is now: {status}.</source>
        <translation>“{title}” nay ở trạng thái: {status}.</translation>
    </message>
    <message>
        <source>Change the status</source>
        <translation>Đổi trạng thái</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>Recognised b&amp;y:</source>
        <translation>&amp;Cấp công nhận:</translation>
    </message>
    <message>
        <source>De&amp;cision no.:</source>
        <translation>Số &amp;quyết định:</translation>
    </message>
    <message>
        <source>e.g. 12/QĐ-HĐSK</source>
        <translation>ví dụ 12/QĐ-HĐSK</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
</context>
<context>
    <name>InitiativesTab</name>
    <message>
        <source>List</source>
        <translation>Danh sách</translation>
    </message>
    <message>
        <source>Entry form</source>
        <translation>Nhập sáng kiến</translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation>Nhập sáng kiến mới</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Xóa…</translation>
    </message>
    <message>
        <source>Show the list</source>
        <translation>Xem danh sách</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Tất cả chương trình</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>e.g. 100 triệu</source>
        <translation>vd. 100 triệu</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>Mọi lĩnh vực</translation>
    </message>
    <message>
        <source>{count} initiatives match.</source>
        <translation>{count} sáng kiến phù hợp.</translation>
    </message>
    <message>
        <source>{count} initiatives in this campaign.</source>
        <translation>{count} sáng kiến của chương trình.</translation>
    </message>
    <message>
        <source>{count} initiatives.</source>
        <translation>{count} sáng kiến.</translation>
    </message>
    <message>
        <source>No initiative matches.</source>
        <translation>Không có sáng kiến nào phù hợp.</translation>
    </message>
    <message>
        <source>This initiative no longer exists (it may have been deleted).</source>
        <translation>Sáng kiến này không còn (có thể đã bị xóa).</translation>
    </message>
    <message>
        <source>Delete initiative</source>
        <translation>Xóa sáng kiến</translation>
    </message>
    <message>
        <source>Delete “{title}” ({unit})? Only an initiative entered by mistake should be deleted; one that was not recognised keeps its status instead.</source>
        <translation>Xóa “{title}” ({unit})? Chỉ nên xóa sáng kiến nhập nhầm; sáng kiến không được công nhận thì giữ lại với trạng thái đó.</translation>
    </message>
    <message>
        <source>Deleted “{title}”.</source>
        <translation>Đã xóa “{title}”.</translation>
    </message>
</context>
<context>
    <name>ListEditorMixin</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>UnionDesk — {office}</source>
        <translation>UnionDesk — {office}</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Sáng kiến</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Back up the database…</source>
        <translation>&amp;Sao lưu cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Open the &amp;data folder</source>
        <translation>Mở thư mục &amp;dữ liệu</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Cài đặt</translation>
    </message>
    <message>
        <source>Your &amp;name…</source>
        <translation>&amp;Tên của bạn…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Trợ giúp</translation>
    </message>
    <message>
        <source>&amp;About UnionDesk</source>
        <translation>&amp;Giới thiệu UnionDesk</translation>
    </message>
    <message>
        <source>Office: {office} · Officer: {officer}</source>
        <translation>Cơ quan: {office} · Cán bộ: {officer}</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Sao lưu cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>UnionDesk database (*.sqlite3)</source>
        <translation>Cơ sở dữ liệu UnionDesk (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation>Đã lưu bản sao lưu: {path}</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tên của bạn</translation>
    </message>
    <message>
        <source>Your full name (recorded with every change):</source>
        <translation>Họ và tên của bạn (được ghi kèm mỗi thay đổi):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>The new language applies the next time UnionDesk starts.</source>
        <translation>Ngôn ngữ mới sẽ được dùng từ lần mở UnionDesk tiếp theo.</translation>
    </message>
    <message>
        <source>About UnionDesk</source>
        <translation>Giới thiệu UnionDesk</translation>
    </message>
    <message>
        <source>UnionDesk {version}
Offline work for trade-union offices.

Database: {db}
Log file: {log}</source>
        <translation>UnionDesk {version}
Phần mềm làm việc không cần mạng cho các cơ quan công đoàn.

Cơ sở dữ liệu: {db}
Tệp nhật ký: {log}</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
</context>
<context>
    <name>MergeUnitDialog</name>
    <message>
        <source>Merge “{unit}” into another unit.</source>
        <translation>Sáp nhập “{unit}” vào một đơn vị khác.</translation>
    </message>
    <message>
        <source>From the chosen date “{unit}” stops working and points to the unit it is merged into. Its {members} members, its {children} child units and its people go to that unit; figures already entered for “{unit}” stay with it.</source>
        <translation>Từ ngày đã chọn, “{unit}” ngừng hoạt động và được ghi là đã sáp nhập vào đơn vị nhận. {members} đoàn viên, {children} đơn vị trực thuộc và danh sách người của đơn vị chuyển sang đơn vị nhận; số liệu đã nhập cho “{unit}” vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>Merging “{unit}”…</source>
        <translation>Đang sáp nhập “{unit}”…</translation>
    </message>
    <message>
        <source>Merged “{unit}” into “{target}” from {date}.</source>
        <translation>Đã sáp nhập “{unit}” vào “{target}” từ ngày {date}.</translation>
    </message>
    <message>
        <source>Merge unit</source>
        <translation>Sáp nhập đơn vị</translation>
    </message>
    <message>
        <source>Merge &amp;into:</source>
        <translation>Sáp nhập &amp;vào:</translation>
    </message>
    <message>
        <source>From &amp;date:</source>
        <translation>Từ &amp;ngày:</translation>
    </message>
</context>
<context>
    <name>MoveUnitDialog</name>
    <message>
        <source>Move “{unit}” (now under “{parent}”) with all its child units to a new parent unit.</source>
        <translation>Chuyển “{unit}” (hiện trực thuộc “{parent}”) cùng toàn bộ đơn vị trực thuộc sang đơn vị cấp trên mới.</translation>
    </message>
    <message>
        <source>Moving “{unit}”…</source>
        <translation>Đang chuyển “{unit}”…</translation>
    </message>
    <message>
        <source>Moved “{unit}” under “{parent}” from {date}.</source>
        <translation>Đã chuyển “{unit}” về trực thuộc “{parent}” từ ngày {date}.</translation>
    </message>
    <message>
        <source>Move unit</source>
        <translation>Chuyển đơn vị</translation>
    </message>
    <message>
        <source>New &amp;parent unit:</source>
        <translation>Đơn vị cấp &amp;trên mới:</translation>
    </message>
    <message>
        <source>From &amp;date:</source>
        <translation>Từ &amp;ngày:</translation>
    </message>
</context>
<context>
    <name>OfficeStatus</name>
    <message>
        <source>Exchanges bundles with this office ({relation}).</source>
        <translation>Có trao đổi gói dữ liệu với văn phòng này ({relation}).</translation>
    </message>
    <message>
        <source>Last sent: {event}</source>
        <translation>Gửi gần nhất: {event}</translation>
    </message>
    <message>
        <source>Last received: {event}</source>
        <translation>Nhận gần nhất: {event}</translation>
    </message>
    <message>
        <source>Last acknowledged: {event}</source>
        <translation>Được xác nhận gần nhất: {event}</translation>
    </message>
    <message>
        <source>Its key is revoked: its bundles are refused.</source>
        <translation>Khóa của văn phòng này đã bị thu hồi: các gói của họ bị từ chối.</translation>
    </message>
    <message>
        <source>⚠ Not heard from for {days} days (the limit is {limit} days).</source>
        <translation>⚠ Đã {days} ngày không có tin (giới hạn {limit} ngày).</translation>
    </message>
</context>
<context>
    <name>OfficeWarningLabel</name>
    <message>
        <source>⚠ {count} offices not heard from for over {days} days</source>
        <translation>⚠ {count} văn phòng đã quá {days} ngày không có tin</translation>
    </message>
    <message>
        <source>Click, or see Settings → Offices and keys…</source>
        <translation>Bấm vào đây, hoặc xem Cài đặt → Văn phòng và khóa…</translation>
    </message>
</context>
<context>
    <name>OfficesDialog</name>
    <message>
        <source>Reading the offices…</source>
        <translation>Đang đọc danh sách văn phòng…</translation>
    </message>
    <message>
        <source>(this installation serves no unit yet)</source>
        <translation>(bản cài đặt này chưa phục vụ đơn vị nào)</translation>
    </message>
    <message>
        <source>Trust a key file</source>
        <translation>Tin cậy một tệp khóa</translation>
    </message>
    <message>
        <source>UnionDesk key file (*.udkey *.json);;All files (*)</source>
        <translation>Tệp khóa UnionDesk (*.udkey *.json);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Trust “{office}”?

Fingerprint of its key: {fingerprint}

Call that office and ask them to read their fingerprint to you: trust the key only if every group matches.</source>
        <translation>Tin cậy “{office}”?

Dấu vân tay khóa của văn phòng đó: {fingerprint}

Hãy gọi điện cho văn phòng đó và nhờ họ đọc dấu vân tay của họ: chỉ tin cậy khóa khi mọi nhóm ký tự đều khớp.</translation>
    </message>
    <message>
        <source>Trusting the office…</source>
        <translation>Đang tin cậy văn phòng…</translation>
    </message>
    <message>
        <source>Trusted “{office}” (fingerprint {fingerprint}).</source>
        <translation>Đã tin cậy “{office}” (dấu vân tay {fingerprint}).</translation>
    </message>
    <message>
        <source>Trust by fingerprint</source>
        <translation>Tin cậy theo dấu vân tay</translation>
    </message>
    <message>
        <source>The fingerprint the office read to you over the phone (20 characters, e.g. 7K2Q-8HD0-…).
Its first bundle signed with this key will be accepted.</source>
        <translation>Dấu vân tay mà văn phòng đó đã đọc cho bạn qua điện thoại (20 ký tự, ví dụ 7K2Q-8HD0-…).
Gói đầu tiên được ký bằng khóa này sẽ được nhận.</translation>
    </message>
    <message>
        <source>Trusting the fingerprint…</source>
        <translation>Đang tin cậy dấu vân tay…</translation>
    </message>
    <message>
        <source>Trusted the fingerprint {fingerprint}: the first bundle signed with this key will be accepted.</source>
        <translation>Đã tin cậy dấu vân tay {fingerprint}: gói đầu tiên được ký bằng khóa này sẽ được nhận.</translation>
    </message>
    <message>
        <source>Stop trusting “{office}”?

Key fingerprint: {fingerprint}

From now on its bundles are refused. It can be trusted again later from its key file or fingerprint.</source>
        <translation>Thôi tin cậy “{office}”?

Dấu vân tay khóa: {fingerprint}

Từ nay các gói của văn phòng này sẽ bị từ chối. Có thể tin cậy lại sau, từ tệp khóa hoặc dấu vân tay của họ.</translation>
    </message>
    <message>
        <source>Revoke an office</source>
        <translation>Thu hồi tin cậy một văn phòng</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Đang thu hồi…</translation>
    </message>
    <message>
        <source>Revoked “{office}”: its bundles are refused from now on.</source>
        <translation>Đã thu hồi tin cậy “{office}”: từ nay các gói của văn phòng này bị từ chối.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>Save this office's key file</source>
        <translation>Lưu tệp khóa của văn phòng này</translation>
    </message>
    <message>
        <source>UnionDesk key file (*.udkey)</source>
        <translation>Tệp khóa UnionDesk (*.udkey)</translation>
    </message>
    <message>
        <source>Saved the key file {path}. Its fingerprint: {fingerprint}.</source>
        <translation>Đã lưu tệp khóa {path}. Dấu vân tay: {fingerprint}.</translation>
    </message>
    <message>
        <source>&amp;Offices and keys…</source>
        <translation>&amp;Văn phòng và khóa…</translation>
    </message>
    <message>
        <source>Offices and keys</source>
        <translation>Văn phòng và khóa</translation>
    </message>
    <message>
        <source>This office</source>
        <translation>Văn phòng này</translation>
    </message>
    <message>
        <source>Key &amp;fingerprint:</source>
        <translation>&amp;Dấu vân tay khóa:</translation>
    </message>
    <message>
        <source>&amp;Save the key file…</source>
        <translation>&amp;Lưu tệp khóa…</translation>
    </message>
    <message>
        <source>Read the fingerprint over the phone to an office that is about to trust this one, or send it the key file.</source>
        <translation>Hãy đọc dấu vân tay này qua điện thoại cho văn phòng sắp tin cậy văn phòng này, hoặc gửi cho họ tệp khóa.</translation>
    </message>
    <message>
        <source>Offices this one &amp;trusts or exchanges bundles with:</source>
        <translation>Các văn phòng được &amp;tin cậy hoặc có trao đổi gói dữ liệu:</translation>
    </message>
    <message>
        <source>Trust a &amp;key file…</source>
        <translation>Tin cậy tệp &amp;khóa…</translation>
    </message>
    <message>
        <source>Trust by finger&amp;print…</source>
        <translation>Tin cậy theo dấu &amp;vân tay…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>T&amp;hu hồi…</translation>
    </message>
    <message>
        <source>&amp;Warn when an office has not been heard from for</source>
        <translation>&amp;Cảnh báo khi không nhận được tin của một văn phòng sau</translation>
    </message>
    <message>
        <source>days</source>
        <translation>ngày</translation>
    </message>
</context>
<context>
    <name>OfficesModel</name>
    <message>
        <source>Office</source>
        <translation>Văn phòng</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Dấu vân tay khóa</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Tin cậy</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Gửi gần nhất</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Nhận gần nhất</translation>
    </message>
    <message>
        <source>Last acknowledged</source>
        <translation>Xác nhận gần nhất</translation>
    </message>
    <message>
        <source>Unacknowledged</source>
        <translation>Chưa xác nhận</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Records an incremental bundle to this office would carry now: what it has not acknowledged yet</source>
        <translation>Số bản ghi mà một gói gửi văn phòng này lúc này sẽ mang theo: những gì văn phòng đó chưa xác nhận đã nhận</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hôm nay</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hôm qua</translation>
    </message>
    <message>
        <source>{days} days ago</source>
        <translation>{days} ngày trước</translation>
    </message>
    <message>
        <source>{date} ({ago})</source>
        <translation>{date} ({ago})</translation>
    </message>
    <message>
        <source>above</source>
        <translation>cấp trên</translation>
    </message>
    <message>
        <source>below</source>
        <translation>cấp dưới</translation>
    </message>
    <message>
        <source>⚠ No news for {days} days</source>
        <translation>⚠ {days} ngày không có tin</translation>
    </message>
    <message>
        <source>(an office whose first bundle has not arrived yet)</source>
        <translation>(văn phòng chưa gửi gói đầu tiên)</translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation>chưa tin cậy</translation>
    </message>
    <message>
        <source>revoked
{date}</source>
        <translation>đã thu hồi
{date}</translation>
    </message>
    <message>
        <source>{date}
fingerprint only</source>
        <translation>{date}
chỉ có dấu vân tay</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>đang đếm…</translation>
    </message>
    <message>
        <source>Bundle no. {seq}</source>
        <translation>Gói số {seq}</translation>
    </message>
    <message>
        <source>{count} bundles sent are kept until this office acknowledges them.</source>
        <translation>{count} gói đã gửi đang được giữ lại cho đến khi văn phòng này xác nhận.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <source>&amp;Add person…</source>
        <translation>&amp;Thêm người…</translation>
    </message>
    <message>
        <source>Edit person…</source>
        <translation>Sửa thông tin…</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Xóa người</translation>
    </message>
    <message>
        <source>Loading the list…</source>
        <translation>Đang tải danh sách…</translation>
    </message>
    <message>
        <source>The list could not be read.</source>
        <translation>Không đọc được danh sách.</translation>
    </message>
    <message>
        <source>No one is listed in this unit yet.</source>
        <translation>Đơn vị này chưa có người nào trong danh sách.</translation>
    </message>
    <message>
        <source>People: {count}</source>
        <translation>Số người: {count}</translation>
    </message>
    <message>
        <source>Delete {name} from this unit's list? Only a person entered by mistake should be deleted.</source>
        <translation>Xóa {name} khỏi danh sách của đơn vị? Chỉ nên xóa người đã nhập nhầm.</translation>
    </message>
    <message>
        <source>Deleted {name}.</source>
        <translation>Đã xóa {name}.</translation>
    </message>
    <message>
        <source>Deleting {name}…</source>
        <translation>Đang xóa {name}…</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Sửa thông tin người</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Thêm người</translation>
    </message>
    <message>
        <source>Unit: {unit}</source>
        <translation>Đơn vị: {unit}</translation>
    </message>
    <message>
        <source>The birth year must be a number such as 1985.</source>
        <translation>Năm sinh phải là một số, ví dụ 1985.</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>Đang lưu {name}…</translation>
    </message>
    <message>
        <source>Added {name} to “{unit}”.</source>
        <translation>Đã thêm {name} vào “{unit}”.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>Đã lưu thông tin {name}.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Người</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Giới tính:</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>Năm &amp;sinh:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Chức vụ:</translation>
    </message>
</context>
<context>
    <name>PhasesModel</name>
    <message>
        <source>Phase</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Phase {number}: {reason}</source>
        <translation>Giai đoạn {number}: {reason}</translation>
    </message>
</context>
<context>
    <name>ProposalsModel</name>
    <message>
        <source>Recipient</source>
        <translation>Người, tập thể</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Position, unit</source>
        <translation>Chức vụ, đơn vị</translation>
    </message>
    <message>
        <source>Why proposed</source>
        <translation>Căn cứ đề xuất</translation>
    </message>
    <message>
        <source>Already rewarded</source>
        <translation>Đã được khen</translation>
    </message>
    <message>
        <source>{form} no. {number} of {date}</source>
        <translation>{form} theo QĐ số {number} ngày {date}</translation>
    </message>
</context>
<context>
    <name>QuotaPanel</name>
    <message>
        <source>Up one level</source>
        <translation>Lên một cấp</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Đang tính…</translation>
    </message>
    <message>
        <source>Counting progress…</source>
        <translation>Đang tính tiến độ…</translation>
    </message>
    <message>
        <source>Select a campaign to see its quotas and progress.</source>
        <translation>Chọn một chương trình để xem chỉ tiêu và tiến độ.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>Quota of {unit}: {quota}</source>
        <translation>Chỉ tiêu của {unit}: {quota}</translation>
    </message>
    <message>
        <source>allocated: {sum}</source>
        <translation>đã giao: {sum}</translation>
    </message>
    <message>
        <source>left: {left}</source>
        <translation>còn lại: {left}</translation>
    </message>
    <message>
        <source>entered: {count} initiatives</source>
        <translation>đã nhập: {count} sáng kiến</translation>
    </message>
    <message>
        <source>starts on {date}</source>
        <translation>bắt đầu ngày {date}</translation>
    </message>
    <message>
        <source>ended on {date}</source>
        <translation>đã kết thúc ngày {date}</translation>
    </message>
    <message>
        <source>{days} days left</source>
        <translation>còn {days} ngày</translation>
    </message>
    <message>
        <source>“{unit}” has no units below it.</source>
        <translation>“{unit}” không có đơn vị trực thuộc.</translation>
    </message>
    <message>
        <source>Saving the quota…</source>
        <translation>Đang lưu chỉ tiêu…</translation>
    </message>
    <message>
        <source>Export quota sheet</source>
        <translation>Xuất bảng chỉ tiêu</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the quota sheet…</source>
        <translation>Đang ghi bảng chỉ tiêu…</translation>
    </message>
    <message>
        <source>Quota sheet saved: {path}</source>
        <translation>Đã lưu bảng chỉ tiêu: {path}</translation>
    </message>
    <message>
        <source>Import quota sheet</source>
        <translation>Nhập bảng chỉ tiêu</translation>
    </message>
    <message>
        <source>Quotas imported from {path}.</source>
        <translation>Đã nhập chỉ tiêu từ {path}.</translation>
    </message>
    <message>
        <source>Reading the quota sheet…</source>
        <translation>Đang đọc bảng chỉ tiêu…</translation>
    </message>
    <message>
        <source>Row {row}: {reason}</source>
        <translation>Dòng {row}: {reason}</translation>
    </message>
    <message>
        <source>Quota sheet refused</source>
        <translation>Không nhập được bảng chỉ tiêu</translation>
    </message>
    <message>
        <source>Nothing was changed. Correct the sheet and import it again.</source>
        <translation>Chưa có gì thay đổi. Hãy sửa bảng rồi nhập lại.</translation>
    </message>
    <message>
        <source>▲ &amp;Up one level</source>
        <translation>▲ Lên &amp;một cấp</translation>
    </message>
    <message>
        <source>E&amp;xport quota sheet…</source>
        <translation>&amp;Xuất bảng chỉ tiêu…</translation>
    </message>
    <message>
        <source>&amp;Import quota sheet…</source>
        <translation>&amp;Nhập bảng chỉ tiêu…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>Type a number in the Quota column and press Enter to allocate it (empty removes it). Double-click a unit, or press Enter on it, to see the units below it.</source>
        <translation>Gõ số vào cột Chỉ tiêu rồi nhấn Enter để giao (để trống là bỏ chỉ tiêu). Nhấp đúp hoặc nhấn Enter trên một đơn vị để xem các đơn vị trực thuộc.</translation>
    </message>
</context>
<context>
    <name>QuotaProgressModel</name>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Sáng kiến</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>Công nhận</translation>
    </message>
    <message>
        <source>Grassroots
taking part</source>
        <translation>CĐCS
tham gia</translation>
    </message>
    <message>
        <source>Members
taking part</source>
        <translation>Người
tham gia</translation>
    </message>
    <message>
        <source>Benefit
(VND)</source>
        <translation>Làm lợi
(đồng)</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cụm</translation>
    </message>
    <message>
        <source>Rank in
cluster</source>
        <translation>Hạng
trong cụm</translation>
    </message>
    <message>
        <source>Grassroots unions with at least one initiative</source>
        <translation>Số công đoàn cơ sở có ít nhất một sáng kiến</translation>
    </message>
    <message>
        <source>Distinct authors of the initiatives</source>
        <translation>Số tác giả (mỗi người tính một lần)</translation>
    </message>
    <message>
        <source>Initiatives entered against the quota</source>
        <translation>Số sáng kiến đã nhập so với chỉ tiêu</translation>
    </message>
</context>
<context>
    <name>RecipientsModel</name>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Người, tập thể được khen</translation>
    </message>
    <message>
        <source>Position, unit</source>
        <translation>Chức vụ, đơn vị</translation>
    </message>
    <message>
        <source>Own reason</source>
        <translation>Lý do riêng</translation>
    </message>
    <message>
        <source>Register no.</source>
        <translation>Số vào sổ</translation>
    </message>
    <message>
        <source>Moved (mm)</source>
        <translation>Dịch (mm)</translation>
    </message>
    <message>
        <source>Achievement: {text}</source>
        <translation>Thành tích: {text}</translation>
    </message>
    <message>
        <source>Rewarded again for this campaign: {reason}</source>
        <translation>Được khen lần nữa trong chương trình này: {reason}</translation>
    </message>
    <message>
        <source>Revoked on {date}</source>
        <translation>Đã thu hồi ngày {date}</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>This unit no longer exists (it may have been deleted).</source>
        <translation>Đơn vị này không còn nữa (có thể đã bị xóa).</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
</context>
<context>
    <name>SimilarModel</name>
    <message>
        <source>Title {score} % alike</source>
        <translation>Tên giống {score} %</translation>
    </message>
    <message>
        <source>an author in common</source>
        <translation>có tác giả chung</translation>
    </message>
    <message>
        <source>the same unit</source>
        <translation>cùng đơn vị</translation>
    </message>
</context>
<context>
    <name>SimilarPanel</name>
    <message>
        <source>Type a title: initiatives with similar titles appear here.</source>
        <translation>Gõ tên sáng kiến: các sáng kiến có tên tương tự sẽ hiện ở đây.</translation>
    </message>
    <message>
        <source>{count} similar initiatives; the red ones look like duplicates.</source>
        <translation>{count} sáng kiến tương tự; các dòng màu đỏ có thể là trùng lặp.</translation>
    </message>
    <message>
        <source>No similar initiative in this campaign.</source>
        <translation>Không có sáng kiến tương tự trong chương trình này.</translation>
    </message>
</context>
<context>
    <name>SplitUnitDialog</name>
    <message>
        <source>Split “{unit}” ({members} members) into new units under “{parent}”. The members of the new units must add up to {members}.</source>
        <translation>Chia tách “{unit}” ({members} đoàn viên) thành các đơn vị mới trực thuộc “{parent}”. Tổng số đoàn viên của các đơn vị mới phải bằng {members}.</translation>
    </message>
    <message>
        <source>{count} still to place</source>
        <translation>còn thiếu {count}</translation>
    </message>
    <message>
        <source>{count} too many</source>
        <translation>thừa {count}</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>đã khớp</translation>
    </message>
    <message>
        <source>Total: {total} / {members} members — {state}</source>
        <translation>Tổng: {total} / {members} đoàn viên — {state}</translation>
    </message>
    <message>
        <source>Splitting “{unit}”…</source>
        <translation>Đang chia tách “{unit}”…</translation>
    </message>
    <message>
        <source>Split “{unit}” into {count} units from {date}.</source>
        <translation>Đã chia tách “{unit}” thành {count} đơn vị từ ngày {date}.</translation>
    </message>
    <message>
        <source>Split unit</source>
        <translation>Chia tách đơn vị</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name of the new unit</source>
        <translation>Tên đơn vị mới</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <source>&amp;Add a unit</source>
        <translation>&amp;Thêm đơn vị</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Bỏ dòng</translation>
    </message>
    <message>
        <source>From &amp;date:</source>
        <translation>Từ &amp;ngày:</translation>
    </message>
    <message>
        <source>The child units and the people of the unit go to the first new unit; you can move them on afterwards.</source>
        <translation>Các đơn vị trực thuộc và danh sách người của đơn vị được chuyển sang đơn vị mới đầu tiên; có thể chuyển tiếp sau.</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>UnitDetailPanel</name>
    <message>
        <source>No unit selected</source>
        <translation>Chưa chọn đơn vị</translation>
    </message>
    <message>
        <source>Select a unit in the tree to see and edit it.</source>
        <translation>Chọn một đơn vị trên cây để xem và sửa thông tin.</translation>
    </message>
    <message>
        <source>New unit under “{parent}”</source>
        <translation>Đơn vị mới trực thuộc “{parent}”</translation>
    </message>
    <message>
        <source>Fill in the new unit and press Save; Revert gives up.</source>
        <translation>Nhập thông tin đơn vị mới rồi bấm Lưu; bấm Hoàn tác để bỏ.</translation>
    </message>
    <message>
        <source>Under: {parent}</source>
        <translation>Trực thuộc: {parent}</translation>
    </message>
    <message>
        <source>Top of the tree</source>
        <translation>Cấp cao nhất</translation>
    </message>
    <message>
        <source>{status} → {successor}</source>
        <translation>{status} → {successor}</translation>
    </message>
    <message>
        <source>With the units under it: {members} members (the tree's figure); below, its own members.</source>
        <translation>Cả các đơn vị trực thuộc: {members} đoàn viên (số trên cây); ô dưới đây là số đoàn viên của riêng đơn vị.</translation>
    </message>
    <message>
        <source>Saving the unit…</source>
        <translation>Đang lưu đơn vị…</translation>
    </message>
    <message>
        <source>Added “{name}” under “{parent}”.</source>
        <translation>Đã thêm “{name}” trực thuộc “{parent}”.</translation>
    </message>
    <message>
        <source>Nothing to save: “{name}” is unchanged.</source>
        <translation>Không có gì để lưu: “{name}” chưa thay đổi.</translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation>Đã lưu “{name}”.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên đơn vị:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>Số đoàn &amp;viên:</translation>
    </message>
    <message>
        <source>e.g. 1.234</source>
        <translation>ví dụ 1.234</translation>
    </message>
    <message>
        <source>Members counted &amp;on:</source>
        <translation>Tính đến &amp;ngày:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>&amp;Founded on:</source>
        <translation>Ngày thành &amp;lập:</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
</context>
<context>
    <name>UnitHistory</name>
    <message>
        <source>Founded</source>
        <translation>Thành lập</translation>
    </message>
    <message>
        <source>Founded under {unit}</source>
        <translation>Thành lập, trực thuộc {unit}</translation>
    </message>
    <message>
        <source>Edited: {fields}</source>
        <translation>Sửa: {fields}</translation>
    </message>
    <message>
        <source>Moved under {unit}</source>
        <translation>Chuyển về {unit}</translation>
    </message>
    <message>
        <source>Merged into {unit} ({members} members)</source>
        <translation>Sáp nhập vào {unit} ({members} đoàn viên)</translation>
    </message>
    <message>
        <source>Took in {unit} by merger ({members} members)</source>
        <translation>Nhận sáp nhập {unit} ({members} đoàn viên)</translation>
    </message>
    <message>
        <source>Split: {unit} set up with {members} members</source>
        <translation>Chia tách: thành lập {unit} với {members} đoàn viên</translation>
    </message>
    <message>
        <source>Set up by splitting {unit} ({members} members)</source>
        <translation>Thành lập do chia tách {unit} ({members} đoàn viên)</translation>
    </message>
    <message>
        <source>Dissolved</source>
        <translation>Giải thể</translation>
    </message>
    <message>
        <source>Dissolved: {reason}</source>
        <translation>Giải thể: {reason}</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Hoạt động trở lại</translation>
    </message>
    <message>
        <source>Members counted: {members} (before: {before})</source>
        <translation>Số đoàn viên: {members} (trước đó: {before})</translation>
    </message>
    <message>
        <source>Record created</source>
        <translation>Tạo mới</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>code</source>
        <translation>mã</translation>
    </message>
    <message>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>loại</translation>
    </message>
    <message>
        <source>members</source>
        <translation>số đoàn viên</translation>
    </message>
    <message>
        <source>date members were counted</source>
        <translation>ngày tính số đoàn viên</translation>
    </message>
    <message>
        <source>founding date</source>
        <translation>ngày thành lập</translation>
    </message>
    <message>
        <source>parent unit</source>
        <translation>đơn vị cấp trên</translation>
    </message>
    <message>
        <source>status</source>
        <translation>trạng thái</translation>
    </message>
    <message>
        <source>closing date</source>
        <translation>ngày ngừng hoạt động</translation>
    </message>
    <message>
        <source>successor unit</source>
        <translation>đơn vị kế thừa</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>xóa</translation>
    </message>
</context>
<context>
    <name>UnitHistoryModel</name>
    <message>
        <source>Recorded by {officer}</source>
        <translation>Người ghi: {officer}</translation>
    </message>
</context>
<context>
    <name>UnitLabels</name>
    <message>
        <source>National confederation</source>
        <translation>Tổng Liên đoàn</translation>
    </message>
    <message>
        <source>Provincial federation</source>
        <translation>LĐLĐ tỉnh, thành phố</translation>
    </message>
    <message>
        <source>Central sector union</source>
        <translation>Công đoàn ngành TW</translation>
    </message>
    <message>
        <source>Upper-level union</source>
        <translation>Công đoàn cấp trên cơ sở</translation>
    </message>
    <message>
        <source>Grassroots union</source>
        <translation>Công đoàn cơ sở</translation>
    </message>
    <message>
        <source>Union section</source>
        <translation>Công đoàn bộ phận</translation>
    </message>
    <message>
        <source>Union team</source>
        <translation>Tổ công đoàn</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Dissolved {date}</source>
        <translation>Đã giải thể {date}</translation>
    </message>
    <message>
        <source>Merged {date}</source>
        <translation>Đã sáp nhập {date}</translation>
    </message>
    <message>
        <source>Split {date}</source>
        <translation>Đã chia tách {date}</translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <source>Type a code or a name (accents not needed)…</source>
        <translation>Gõ mã hoặc tên đơn vị (không cần dấu)…</translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <source>Unit name</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <source>Grassroots unions</source>
        <translation>CĐCS</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>UnitsTab</name>
    <message>
        <source>Add child unit</source>
        <translation>Thêm đơn vị trực thuộc</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Chuyển đơn vị…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Sáp nhập…</translation>
    </message>
    <message>
        <source>Split…</source>
        <translation>Chia tách…</translation>
    </message>
    <message>
        <source>Dissolve…</source>
        <translation>Giải thể…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Hoạt động lại…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>The unit you were editing has unsaved changes. Discard them?</source>
        <translation>Đơn vị đang sửa có thay đổi chưa lưu. Bỏ các thay đổi đó?</translation>
    </message>
    <message>
        <source>Showing the first {count} units found; type more to narrow the search.</source>
        <translation>Chỉ hiện {count} đơn vị tìm thấy đầu tiên; hãy gõ thêm để thu hẹp kết quả.</translation>
    </message>
    <message>
        <source>{count} units found.</source>
        <translation>Tìm thấy {count} đơn vị.</translation>
    </message>
    <message>
        <source>No unit matches “{text}”.</source>
        <translation>Không có đơn vị nào khớp với “{text}”.</translation>
    </message>
    <message>
        <source>Delete unit</source>
        <translation>Xóa đơn vị</translation>
    </message>
    <message>
        <source>Delete “{unit}”? Only a unit entered by mistake, with no records, can be deleted; a unit that has stopped working should be dissolved instead.</source>
        <translation>Xóa “{unit}”? Chỉ xóa được đơn vị nhập nhầm và chưa có dữ liệu; đơn vị đã ngừng hoạt động thì hãy giải thể.</translation>
    </message>
    <message>
        <source>Deleting “{unit}”…</source>
        <translation>Đang xóa “{unit}”…</translation>
    </message>
    <message>
        <source>Deleted “{unit}”.</source>
        <translation>Đã xóa “{unit}”.</translation>
    </message>
    <message>
        <source>Move unit</source>
        <translation>Chuyển đơn vị</translation>
    </message>
    <message>
        <source>Move “{unit}” with all its child units under “{parent}”?</source>
        <translation>Chuyển “{unit}” cùng toàn bộ đơn vị trực thuộc về “{parent}”?</translation>
    </message>
    <message>
        <source>“Move today” dates the move {date}; “Choose date…” lets you date it.</source>
        <translation>“Chuyển từ hôm nay” ghi ngày chuyển là {date}; “Chọn ngày…” để chọn ngày khác.</translation>
    </message>
    <message>
        <source>Move today</source>
        <translation>Chuyển từ hôm nay</translation>
    </message>
    <message>
        <source>Choose date…</source>
        <translation>Chọn ngày…</translation>
    </message>
    <message>
        <source>Moving “{unit}”…</source>
        <translation>Đang chuyển “{unit}”…</translation>
    </message>
    <message>
        <source>Moved “{unit}” under “{parent}” from {date}.</source>
        <translation>Đã chuyển “{unit}” về trực thuộc “{parent}” từ ngày {date}.</translation>
    </message>
    <message>
        <source>Find a unit (accents not needed)…</source>
        <translation>Tìm đơn vị (không cần dấu)…</translation>
    </message>
    <message>
        <source>Show &amp;closed units</source>
        <translation>Hiện cả đơn vị đã &amp;ngừng hoạt động</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Members / people</source>
        <translation>Đoàn viên / người</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
</context>
</TS>