<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
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
    <name>FirstStartDialog</name>
    <message>
        <source>Small: one province, 3 upper units, about 20 grassroots unions</source>
        <translation>Nhỏ: một tỉnh, 3 công đoàn cấp trên, khoảng 20 công đoàn cơ sở</translation>
    </message>
    <message>
        <source>Province: 3,655 grassroots unions (takes a few seconds)</source>
        <translation>Cấp tỉnh: 3.655 công đoàn cơ sở (mất vài giây)</translation>
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
        <source>Open demonstration data (a fictitious province, to try the program)</source>
        <translation>Mở dữ liệu mẫu (một tỉnh giả định, để dùng thử chương trình)</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Quy mô:</translation>
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
        <source>Campaigns, quotas and emulation clusters arrive in the next update.</source>
        <translation>Chương trình thi đua, chỉ tiêu và cụm thi đua sẽ có trong bản cập nhật tới.</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Initiative entry, search and Excel import arrive in a later update.</source>
        <translation>Nhập, tìm kiếm sáng kiến và nhập từ Excel sẽ có trong một bản cập nhật sau.</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Sáng kiến</translation>
    </message>
    <message>
        <source>Award decisions and certificates arrive in a later update.</source>
        <translation>Quyết định khen thưởng và in bằng khen, giấy khen sẽ có trong một bản cập nhật sau.</translation>
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
        <source>Delete {name} from this unit's list? Only a person entered by mistake should be deleted.</source>
        <translation>Xóa {name} khỏi danh sách của đơn vị? Chỉ nên xóa người đã nhập nhầm.</translation>
    </message>
    <message>
        <source>Deleted {name}.</source>
        <translation>Đã xóa {name}.</translation>
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
    <name>ServiceDialog</name>
    <message>
        <source>This unit no longer exists (it may have been deleted).</source>
        <translation>Đơn vị này không còn nữa (có thể đã bị xóa).</translation>
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