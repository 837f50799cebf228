<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>All kinds</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <source>No activity matches these filters. Press “Clear filter” to see them all.</source>
        <translation>Không có hoạt động nào khớp bộ lọc. Nhấn “Bỏ lọc” để xem tất cả.</translation>
    </message>
    <message>
        <source>No activity recorded yet. Type the first one in the quick entry row above and press Enter.</source>
        <translation>Chưa ghi nhận hoạt động nào. Nhập hoạt động đầu tiên ở ô Nhập nhanh phía trên rồi nhấn Enter.</translation>
    </message>
    <message>
        <source>Delete the activity “%1”?</source>
        <translation>Xóa hoạt động “%1”?</translation>
    </message>
    <message>
        <source>Delete the %1 selected activities?</source>
        <translation>Xóa %1 hoạt động đã chọn?</translation>
    </message>
    <message>
        <source>Delete activities</source>
        <translation>Xóa hoạt động</translation>
    </message>
    <message>
        <source>(no task)</source>
        <translation>(không gắn nhiệm vụ)</translation>
    </message>
    <message>
        <source>Showing %1 of %2 activities</source>
        <translation>Đang hiển thị %1 trong %2 hoạt động</translation>
    </message>
</context>
<context>
    <name>ActivitiesPageForm</name>
    <message>
        <source>Activities</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Quick entry (Enter adds and keeps the cursor here for the next one)</source>
        <translation>Nhập nhanh (nhấn Enter để thêm, con trỏ ở lại đây để nhập tiếp)</translation>
    </message>
    <message>
        <source>Title or content</source>
        <translation>Tiêu đề hoặc nội dung</translation>
    </message>
    <message>
        <source>Task of the plan this activity carries out</source>
        <translation>Nhiệm vụ trong kế hoạch mà hoạt động này thực hiện</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Thê&amp;m</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>Ngà&amp;y:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>Số lượn&amp;g:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;iêu đề:</translation>
    </message>
    <message>
        <source>Ta&amp;sk:</source>
        <translation>&amp;Nhiệm vụ:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>Đường &amp;dẫn:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>nếu có</translation>
    </message>
    <message>
        <source>Add the activity (Enter)</source>
        <translation>Thêm hoạt động (Enter)</translation>
    </message>
    <message>
        <source>Search titles… (Ctrl+F)</source>
        <translation>Tìm theo tiêu đề… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Type words from the title, with or without diacritics</source>
        <translation>Gõ từ trong tiêu đề, có dấu hoặc không dấu đều được</translation>
    </message>
    <message>
        <source>Show only this kind</source>
        <translation>Chỉ hiện loại này</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Clear filte&amp;r</source>
        <translation>&amp;Bỏ lọc</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>&amp;Xóa mục đã chọn</translation>
    </message>
    <message>
        <source>Delete the selected activities (Delete)</source>
        <translation>Xóa các hoạt động đã chọn (Delete)</translation>
    </message>
</context>
<context>
    <name>ActivityDelegate</name>
    <message>
        <source>(no task)</source>
        <translation>(không gắn nhiệm vụ)</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề, nội dung</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Đường dẫn</translation>
    </message>
    <message>
        <source>This value cannot be used here.</source>
        <translation>Giá trị này không dùng được ở đây.</translation>
    </message>
</context>
<context>
    <name>BackupControls</name>
    <message>
        <source>Data file: %1</source>
        <translation>Tệp dữ liệu: %1</translation>
    </message>
    <message>
        <source>Not backed up yet.</source>
        <translation>Chưa sao lưu lần nào.</translation>
    </message>
    <message>
        <source>Last backup: %1 — %2</source>
        <translation>Lần sao lưu gần nhất: %1 — %2</translation>
    </message>
    <message>
        <source>Backing up the data…</source>
        <translation>Đang sao lưu dữ liệu…</translation>
    </message>
    <message>
        <source>Back up everything to</source>
        <translation>Sao lưu toàn bộ vào tệp</translation>
    </message>
    <message>
        <source>Whole backup (*.zip)</source>
        <translation>Bản sao lưu toàn bộ (*.zip)</translation>
    </message>
    <message>
        <source>Backing up everything…</source>
        <translation>Đang sao lưu toàn bộ…</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Đã sao lưu vào %1.</translation>
    </message>
    <message>
        <source>Backed up everything to %1: %2 evidence files, %3 reports.</source>
        <translation>Đã sao lưu toàn bộ vào %1: %2 tệp minh chứng, %3 báo cáo.</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Chọn bản sao lưu để khôi phục</translation>
    </message>
    <message>
        <source>BKFI Desktop backups (*.zip *.db);;All files (*)</source>
        <translation>Bản sao lưu BKFI Desktop (*.zip *.db);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Replace all current data with the backup “%1”? The current data is backed up first.</source>
        <translation>Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu “%1”? Dữ liệu hiện tại sẽ được sao lưu trước.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Restoring the data…</source>
        <translation>Đang khôi phục dữ liệu…</translation>
    </message>
    <message>
        <source>The data was restored. The data from before the restore was saved in %1.</source>
        <translation>Đã khôi phục dữ liệu. Dữ liệu trước khi khôi phục được lưu tại %1.</translation>
    </message>
</context>
<context>
    <name>CompilationBoard</name>
    <message>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <source>Export the board as</source>
        <translation>Xuất bảng tình hình nộp thành</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Board exported: %1</source>
        <translation>Đã xuất bảng tình hình nộp: %1</translation>
    </message>
</context>
<context>
    <name>CompilationTables</name>
    <message>
        <source>Accepted reports</source>
        <translation>Báo cáo được nhận</translation>
    </message>
    <message>
        <source>Refused files</source>
        <translation>Tệp bị từ chối</translation>
    </message>
    <message>
        <source>Units compiled</source>
        <translation>Số đơn vị được tổng hợp</translation>
    </message>
    <message>
        <source>Activities (total quantity)</source>
        <translation>Hoạt động (tổng số lượng)</translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation>Lớp tập huấn, bồi dưỡng</translation>
    </message>
    <message>
        <source>organised by the units</source>
        <translation>do đơn vị tổ chức</translation>
    </message>
    <message>
        <source>attended by the units&apos; staff</source>
        <translation>cử cán bộ tham gia</translation>
    </message>
    <message>
        <source>Training participants</source>
        <translation>Lượt người tập huấn</translation>
    </message>
    <message>
        <source>Training hours</source>
        <translation>Số giờ tập huấn</translation>
    </message>
    <message>
        <source>Foreign-language courses</source>
        <translation>Lớp ngoại ngữ</translation>
    </message>
    <message>
        <source>Tasks reported</source>
        <translation>Nhiệm vụ được báo cáo</translation>
    </message>
    <message>
        <source>done</source>
        <translation>đã hoàn thành</translation>
    </message>
    <message>
        <source>Units with an officer in charge</source>
        <translation>Đơn vị có cán bộ phụ trách</translation>
    </message>
    <message>
        <source>Units with a detailed plan</source>
        <translation>Đơn vị có kế hoạch chi tiết</translation>
    </message>
</context>
<context>
    <name>CompileDialog</name>
    <message>
        <source>Add the units&apos; signed reports, then press Compile.</source>
        <translation>Thêm các báo cáo đã ký số của đơn vị, rồi bấm Tổng hợp.</translation>
    </message>
    <message>
        <source>Choose the units&apos; signed reports</source>
        <translation>Chọn các báo cáo đã ký số của đơn vị</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a folder of signed reports</source>
        <translation>Chọn thư mục chứa báo cáo đã ký số</translation>
    </message>
    <message>
        <source>The folder %1 holds no PDF file.</source>
        <translation>Thư mục %1 không có tệp PDF nào.</translation>
    </message>
    <message>
        <source>Automatic: the period most reports share</source>
        <translation>Tự động: kỳ của đa số báo cáo</translation>
    </message>
    <message>
        <source>Add at least one signed report first.</source>
        <translation>Hãy thêm ít nhất một báo cáo đã ký số trước.</translation>
    </message>
    <message>
        <source>Checking the signatures…</source>
        <translation>Đang kiểm tra chữ ký số…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
    <message>
        <source>Compilation stopped; nothing was compiled.</source>
        <translation>Đã dừng tổng hợp; chưa tổng hợp gì.</translation>
    </message>
    <message>
        <source>The list or the period changed: press Compile again.</source>
        <translation>Danh sách tệp hoặc kỳ báo cáo đã thay đổi: bấm Tổng hợp lại.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>chưa xác định</translation>
    </message>
    <message>
        <source>Period %1: %2 unit(s) compiled, %3 file(s) refused.</source>
        <translation>Kỳ %1: tổng hợp %2 đơn vị, %3 tệp bị từ chối.</translation>
    </message>
    <message>
        <source>The refused files are not counted; see the reasons in red.</source>
        <translation>Số liệu của tệp bị từ chối không được cộng; xem lý do (chữ đỏ) ở bảng dưới.</translation>
    </message>
    <message>
        <source>1. Reports received from the units</source>
        <translation>1. Báo cáo các đơn vị gửi đến</translation>
    </message>
    <message>
        <source>Compile the units&apos; signed reports</source>
        <translation>Tổng hợp báo cáo các đơn vị</translation>
    </message>
    <message>
        <source>Drop the units&apos; signed PDF reports (or a folder of them) here, or use the buttons.</source>
        <translation>Kéo thả các báo cáo PDF đã ký số của đơn vị (hoặc cả thư mục) vào đây, hoặc dùng các nút bên phải.</translation>
    </message>
    <message>
        <source>Reports to compile</source>
        <translation>Các báo cáo cần tổng hợp</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>Thêm &amp;tệp…</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>Thêm thư &amp;mục…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Bỏ khỏi danh sách</translation>
    </message>
    <message>
        <source>Remove the selected files from the list (Delete)</source>
        <translation>Bỏ các tệp đang chọn khỏi danh sách (phím Delete)</translation>
    </message>
    <message>
        <source>C&amp;lear the list</source>
        <translation>Bỏ &amp;hết</translation>
    </message>
    <message>
        <source>2. Report &amp;period:</source>
        <translation>2. &amp;Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>Choose a period, or type one such as 2025-H1, 2025-Y or 2025-Q3</source>
        <translation>Chọn kỳ, hoặc gõ mã kỳ như 2025-H1, 2025-Y, 2025-Q3</translation>
    </message>
    <message>
        <source>3. &amp;Compile</source>
        <translation>3. Tổng &amp;hợp</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Stop the compilation (Esc)</source>
        <translation>Dừng tổng hợp (phím Esc)</translation>
    </message>
    <message>
        <source>Who reported, and the totals</source>
        <translation>Tình hình nộp và số liệu tổng hợp</translation>
    </message>
    <message>
        <source>Who has reported</source>
        <translation>Tình hình nộp báo cáo của các đơn vị</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Hiện:</translation>
    </message>
    <message>
        <source>Show units by status</source>
        <translation>Hiện đơn vị theo tình trạng</translation>
    </message>
    <message>
        <source>Accept this si&amp;gner…</source>
        <translation>Chấp &amp;nhận người ký này…</translation>
    </message>
    <message>
        <source>Count the selected report although its signer&apos;s certificate names another organisation (e.g. a leader who signs for two units)</source>
        <translation>Tính báo cáo đang chọn dù chứng thư của người ký ghi tổ chức khác (ví dụ lãnh đạo ký thay cho hai đơn vị)</translation>
    </message>
    <message>
        <source>&amp;Units that must report…</source>
        <translation>&amp;Danh sách đơn vị phải báo cáo…</translation>
    </message>
    <message>
        <source>&amp;Import revocation lists (CRL)…</source>
        <translation>Nhập danh sách thu hồi (C&amp;RL)…</translation>
    </message>
    <message>
        <source>5. Bu&amp;ild the consolidated report…</source>
        <translation>5. Lập báo cáo tổng hợ&amp;p…</translation>
    </message>
    <message>
        <source>Sign the lett&amp;er…</source>
        <translation>Ký số côn&amp;g văn…</translation>
    </message>
    <message>
        <source>Sign the reminder letter just built (USB token or .p12 file)</source>
        <translation>Ký số công văn đôn đốc vừa lập (USB token hoặc tệp .p12)</translation>
    </message>
    <message>
        <source>E&amp;xport the board…</source>
        <translation>&amp;Xuất bảng tình hình nộp…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Số ngày muộn</translation>
    </message>
    <message>
        <source>Accepted reports</source>
        <translation>Báo cáo được nhận</translation>
    </message>
    <message>
        <source>The office&apos;s own report from the accepted reports: a PDF with its data embedded, ready to sign, and an editable Word file</source>
        <translation>Báo cáo của cơ quan tổng hợp từ các báo cáo được nhận: tệp PDF có dữ liệu đính kèm, sẵn sàng ký số, và tệp Word để sửa</translation>
    </message>
    <message>
        <source>Si&amp;gn…</source>
        <translation>Ký &amp;số…</translation>
    </message>
    <message>
        <source>Sign the consolidated report just built (USB token or .p12 file)</source>
        <translation>Ký số báo cáo tổng hợp vừa lập (USB token hoặc tệp .p12)</translation>
    </message>
    <message>
        <source>Build the re&amp;minder letter…</source>
        <translation>Lập công văn đôn đố&amp;c…</translation>
    </message>
    <message>
        <source>The official letter (công văn đôn đốc) to the units that still owe a valid report</source>
        <translation>Công văn đôn đốc gửi các đơn vị chưa gửi báo cáo hợp lệ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>No. and symbol</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Thời gian ký</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Refused files</source>
        <translation>Tệp bị từ chối</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Totals of the accepted units</source>
        <translation>Số liệu tổng hợp</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <source>By task</source>
        <translation>Theo nhiệm vụ</translation>
    </message>
    <message>
        <source>4. &amp;Save the compiled Excel workbook…</source>
        <translation>4. &amp;Lưu bảng tổng hợp Excel…</translation>
    </message>
</context>
<context>
    <name>CompileOutputs</name>
    <message>
        <source>Save the compiled workbook as</source>
        <translation>Lưu bảng tổng hợp Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the compiled workbook</source>
        <translation>Lưu bảng tổng hợp</translation>
    </message>
    <message>
        <source>Compiled workbook saved: %1</source>
        <translation>Đã lưu bảng tổng hợp: %1</translation>
    </message>
    <message>
        <source>Stopped; no file was written.</source>
        <translation>Đã dừng; không ghi tệp nào.</translation>
    </message>
    <message>
        <source>Save the consolidated report as (a Word file is saved beside it)</source>
        <translation>Lưu báo cáo tổng hợp thành (tệp Word được lưu cùng chỗ)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Building the consolidated report…</source>
        <translation>Đang lập báo cáo tổng hợp…</translation>
    </message>
    <message>
        <source>Consolidated report built: %1 (and the Word file %2, to edit). Press Sign… to sign it.</source>
        <translation>Đã lập báo cáo tổng hợp: %1 (và tệp Word %2 để sửa). Bấm Ký số… để ký.</translation>
    </message>
    <message>
        <source>Consolidated report signed: %1. It can be sent, and compiled at the next level.</source>
        <translation>Đã ký số báo cáo tổng hợp: %1. Có thể gửi đi để cấp trên tổng hợp tiếp.</translation>
    </message>
    <message>
        <source>Save the reminder letter as</source>
        <translation>Lưu công văn đôn đốc thành</translation>
    </message>
    <message>
        <source>Building the reminder letter…</source>
        <translation>Đang lập công văn đôn đốc…</translation>
    </message>
    <message>
        <source>Reminder letter saved: %1. It names %2 unit(s): %3. Press Sign the letter… to sign it.</source>
        <translation>Đã lưu công văn đôn đốc: %1. Công văn nêu %2 đơn vị: %3. Bấm Ký số công văn… để ký.</translation>
    </message>
    <message>
        <source>Reminder letter (công văn đôn đốc)</source>
        <translation>Công văn đôn đốc</translation>
    </message>
    <message>
        <source>Reminder letter signed: %1. It can be sent to the units.</source>
        <translation>Đã ký số công văn đôn đốc: %1. Có thể gửi tới các đơn vị.</translation>
    </message>
</context>
<context>
    <name>CompileTasksTab</name>
    <message>
        <source>All lines</source>
        <translation>Tất cả các dòng</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Đã báo cáo</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Chưa báo cáo</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <source>%1 task(s), %2 line(s) shown, %3 not reported</source>
        <translation>%1 nhiệm vụ, %2 dòng đang hiện, %3 dòng chưa báo cáo</translation>
    </message>
    <message>
        <source>Task %1: %2</source>
        <translation>Nhiệm vụ %1: %2</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Kết quả: %1</translation>
    </message>
    <message>
        <source>Export the table by task as</source>
        <translation>Xuất bảng theo nhiệm vụ thành</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>Đã xuất: %1</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>Nh&amp;iệm vụ:</translation>
    </message>
    <message>
        <source>code or words of the task</source>
        <translation>mã hoặc từ trong nội dung nhiệm vụ</translation>
    </message>
    <message>
        <source>Show the tasks whose code or text contains</source>
        <translation>Hiện các nhiệm vụ có mã hoặc nội dung chứa</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>Show one unit&apos;s lines</source>
        <translation>Chỉ hiện các dòng của một đơn vị</translation>
    </message>
    <message>
        <source>Show reported or missing lines</source>
        <translation>Hiện dòng đã báo cáo hoặc chưa báo cáo</translation>
    </message>
    <message>
        <source>Export t&amp;his table…</source>
        <translation>Xuất bảng nà&amp;y…</translation>
    </message>
    <message>
        <source>What each unit reported, task by task</source>
        <translation>Kết quả từng đơn vị báo cáo, theo từng nhiệm vụ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>Tiến độ (%)</translation>
    </message>
    <message>
        <source>Result reported</source>
        <translation>Kết quả đơn vị báo cáo</translation>
    </message>
    <message>
        <source>The selected line in full</source>
        <translation>Toàn văn dòng đang chọn</translation>
    </message>
    <message>
        <source>Select a line to read the task and the unit&apos;s result in full.</source>
        <translation>Chọn một dòng để đọc đầy đủ nhiệm vụ và kết quả của đơn vị.</translation>
    </message>
</context>
<context>
    <name>CrlDialog</name>
    <message>
        <source>Up to date</source>
        <translation>Còn hiệu lực</translation>
    </message>
    <message>
        <source>No revocation list imported: signatures are reported as not checked for revocation.</source>
        <translation>Chưa nhập danh sách thu hồi nào: chữ ký được ghi là chưa kiểm tra thu hồi chứng thư.</translation>
    </message>
    <message>
        <source>Choose the revocation lists to import</source>
        <translation>Chọn các danh sách thu hồi (CRL) cần nhập</translation>
    </message>
    <message>
        <source>Revocation lists (*.crl *.pem *.der);;All files (*)</source>
        <translation>Danh sách thu hồi (*.crl *.pem *.der);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Imported: %1. Signatures are checked against it from now on.</source>
        <translation>Đã nhập: %1. Từ nay chữ ký được kiểm tra theo danh sách này.</translation>
    </message>
    <message>
        <source>Remove the revocation list of %1? Its certificates are then no longer checked for revocation.</source>
        <translation>Bỏ danh sách thu hồi của %1? Sau đó chứng thư do nơi này cấp không còn được kiểm tra thu hồi.</translation>
    </message>
    <message>
        <source>Remove a revocation list</source>
        <translation>Bỏ danh sách thu hồi</translation>
    </message>
    <message>
        <source>Removed the revocation list of %1.</source>
        <translation>Đã bỏ danh sách thu hồi của %1.</translation>
    </message>
    <message>
        <source>Certificate revocation lists (CRL)</source>
        <translation>Danh sách chứng thư bị thu hồi (CRL)</translation>
    </message>
    <message>
        <source>Download the revocation list (.crl) from each certificate authority&apos;s site on a connected computer and import it here: every signature check then refuses a certificate revoked before the signing time. A signer no imported list covers is reported as not checked for revocation.</source>
        <translation>Tải danh sách thu hồi (.crl) từ trang của từng tổ chức cung cấp dịch vụ chứng thực trên một máy có Internet rồi nhập vào đây: từ đó mọi lần kiểm tra chữ ký đều từ chối chứng thư đã bị thu hồi trước thời điểm ký. Người ký mà chưa danh sách nào đã nhập bao quát được ghi là chưa kiểm tra thu hồi chứng thư.</translation>
    </message>
    <message>
        <source>Imported revocation lists</source>
        <translation>Các danh sách thu hồi đã nhập</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Nơi cấp</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ngày phát hành</translation>
    </message>
    <message>
        <source>Next update</source>
        <translation>Cập nhật tiếp theo</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Số chứng thư bị thu hồi</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>&amp;Import CRL files…</source>
        <translation>&amp;Nhập tệp CRL…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Bỏ danh sách đã chọn</translation>
    </message>
</context>
<context>
    <name>CutoffDates</name>
    <message>
        <source>the month before the period starts</source>
        <translation>của tháng trước tháng đầu kỳ</translation>
    </message>
    <message>
        <source>the month the period starts</source>
        <translation>của tháng đầu kỳ</translation>
    </message>
    <message>
        <source>two months before the period starts</source>
        <translation>của tháng thứ hai trước tháng đầu kỳ</translation>
    </message>
    <message>
        <source>Report for %1: %2, due %3</source>
        <translation>Báo cáo %1: số liệu %2, hạn gửi %3</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>(the unit is not chosen yet: see Settings)</source>
        <translation>(chưa chọn đơn vị: xem mục Cài đặt)</translation>
    </message>
    <message>
        <source>Unit: %1 · Today: %2</source>
        <translation>Đơn vị: %1 · Hôm nay: %2</translation>
    </message>
    <message>
        <source>All the unit&apos;s tasks: %1</source>
        <translation>Tất cả nhiệm vụ của đơn vị: %1</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Quá hạn: %1</translation>
    </message>
    <message>
        <source>Due within %1 days: %2</source>
        <translation>Đến hạn trong %1 ngày tới: %2</translation>
    </message>
    <message>
        <source>Training: %1 sessions, %2 participants</source>
        <translation>Tập huấn, bồi dưỡng: %1 lớp, %2 lượt người</translation>
    </message>
    <message>
        <source>Activities: %1 in total</source>
        <translation>Hoạt động, kết quả: tổng số %1</translation>
    </message>
    <message>
        <source>No activity recorded in this period yet.</source>
        <translation>Chưa ghi nhận hoạt động nào trong kỳ này.</translation>
    </message>
    <message>
        <source>No task list yet. Start by importing the plan&apos;s task list (the Excel appendix, the Word document or a text file you received); the tasks, deadlines and reports follow from it.</source>
        <translation>Chưa có danh sách nhiệm vụ. Hãy bắt đầu bằng việc nhập danh sách nhiệm vụ của Kế hoạch (phụ lục Excel, văn bản Word hoặc tệp văn bản đơn vị nhận được); nhiệm vụ, thời hạn và báo cáo đều dựa trên danh sách này.</translation>
    </message>
    <message>
        <source>Choose your unit in Settings: the dashboard then counts the tasks the plan gives it.</source>
        <translation>Hãy chọn đơn vị của mình tại mục Cài đặt để Tổng quan đếm các nhiệm vụ Kế hoạch giao cho đơn vị.</translation>
    </message>
    <message>
        <source>a leader in charge</source>
        <translation>lãnh đạo phụ trách</translation>
    </message>
    <message>
        <source>an officer in charge</source>
        <translation>cán bộ phụ trách</translation>
    </message>
    <message>
        <source>The plan (§II.5, §IV.3) requires the unit to name %1; none is named yet.</source>
        <translation>Kế hoạch (mục II.5, IV.3) yêu cầu đơn vị phân công %1; hiện chưa có người được phân công.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> và </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Đến hạn</translation>
    </message>
    <message>
        <source>Nothing overdue or due in the next 30 days.</source>
        <translation>Không có nhiệm vụ quá hạn hoặc đến hạn trong 30 ngày tới.</translation>
    </message>
    <message>
        <source>Report for %1</source>
        <translation>Báo cáo %1</translation>
    </message>
    <message>
        <source>Figures counted from %1 to %2</source>
        <translation>Số liệu tính từ ngày %1 đến ngày %2</translation>
    </message>
    <message>
        <source>Due on %1 (in %2 days)</source>
        <translation>Hạn gửi: %1 (còn %2 ngày)</translation>
    </message>
    <message>
        <source>Was due on %1 (%2 days ago)</source>
        <translation>Hạn gửi: %1 (đã quá %2 ngày)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>&amp;Import the task list…</source>
        <translation>&amp;Nhập danh sách nhiệm vụ…</translation>
    </message>
    <message>
        <source>Import the plan&apos;s task list from an Excel, Word or text file (Ctrl+I)</source>
        <translation>Nhập danh sách nhiệm vụ của Kế hoạch từ tệp Excel, Word hoặc tệp văn bản (Ctrl+I)</translation>
    </message>
    <message>
        <source>Choose the unit in &amp;Settings…</source>
        <translation>Chọn đơn vị tại mục &amp;Cài đặt…</translation>
    </message>
    <message>
        <source>Name them in Staff…</source>
        <translation>Phân công tại mục Cán bộ…</translation>
    </message>
    <message>
        <source>The unit&apos;s tasks</source>
        <translation>Nhiệm vụ của đơn vị</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Tasks overdue or due soon</source>
        <translation>Nhiệm vụ quá hạn hoặc sắp đến hạn</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the task</source>
        <translation>Nhấp đúp hoặc nhấn Enter để mở nhiệm vụ</translation>
    </message>
    <message>
        <source>Next report</source>
        <translation>Báo cáo kỳ tới</translation>
    </message>
    <message>
        <source>Open reports</source>
        <translation>Mở mục Báo cáo</translation>
    </message>
    <message>
        <source>This reporting period</source>
        <translation>Trong kỳ báo cáo này</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Nhìn nhanh</translation>
    </message>
    <message>
        <source>The unit&apos;s tasks by status</source>
        <translation>Nhiệm vụ của đơn vị theo tình trạng</translation>
    </message>
    <message>
        <source>Average progress of each group of tasks</source>
        <translation>Tiến độ trung bình của từng nhóm nhiệm vụ</translation>
    </message>
    <message>
        <source>Activities recorded per month, this year against last year</source>
        <translation>Số hoạt động ghi nhận theo tháng, năm nay so với năm trước</translation>
    </message>
    <message>
        <source>Trainings and participants per quarter of this year</source>
        <translation>Số lớp tập huấn và lượt người theo quý của năm nay</translation>
    </message>
    <message>
        <source>Leader &amp;summary (PDF)…</source>
        <translation>Tóm tắt cho &amp;lãnh đạo (PDF)…</translation>
    </message>
    <message>
        <source>Save a one-page summary with these charts for the unit&apos;s leader</source>
        <translation>Lưu bản tóm tắt một trang kèm các biểu đồ này cho lãnh đạo đơn vị</translation>
    </message>
</context>
<context>
    <name>DateTyping</name>
    <message>
        <source>Type the date as day/month/year, for example 15/03/2026.</source>
        <translation>Hãy gõ ngày theo dạng ngày/tháng/năm, ví dụ 15/03/2026.</translation>
    </message>
    <message>
        <source>%1 is not a real date.</source>
        <translation>Không có ngày %1 trong lịch.</translation>
    </message>
    <message>
        <source>%1 is outside the dates this field takes (%2 – %3).</source>
        <translation>Ngày %1 nằm ngoài khoảng ô này nhận (%2 – %3).</translation>
    </message>
    <message>
        <source>The field keeps %1.</source>
        <translation>Ô vẫn giữ ngày %1.</translation>
    </message>
</context>
<context>
    <name>DeadlineMeaning</name>
    <message>
        <source>repeats; this period&apos;s due date %1</source>
        <translation>lặp lại; hạn của kỳ này %1</translation>
    </message>
    <message>
        <source>ongoing from %1 to %2</source>
        <translation>thực hiện liên tục từ %1 đến %2</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>hạn %1</translation>
    </message>
    <message>
        <source>ongoing from %1, no due date</source>
        <translation>thực hiện liên tục từ %1, không có hạn cuối</translation>
    </message>
    <message>
        <source>ongoing, no due date</source>
        <translation>thường xuyên, không có hạn cuối</translation>
    </message>
    <message>
        <source>when it arises, no due date</source>
        <translation>khi phát sinh, không có hạn cố định</translation>
    </message>
    <message>
        <source>no year given: dated once the plan&apos;s year is known</source>
        <translation>không ghi năm: sẽ tính theo năm của kế hoạch</translation>
    </message>
    <message>
        <source>no date could be read</source>
        <translation>chưa đọc được ngày</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>&lt;b&gt;Sample data&lt;/b&gt; — this is the demo workspace (unit %1), for trying the program. Nothing here goes into your unit&apos;s data.</source>
        <translation>&lt;b&gt;Dữ liệu mẫu&lt;/b&gt; — đây là vùng làm việc mẫu (đơn vị %1) để dùng thử chương trình. Không có gì ở đây được đưa vào dữ liệu của đơn vị bạn.</translation>
    </message>
    <message>
        <source>Open my unit&apos;s data</source>
        <translation>Mở dữ liệu của đơn vị mình</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sample data&lt;/b&gt; — this data file holds the demo unit %1, added by an earlier version of the program.</source>
        <translation>&lt;b&gt;Dữ liệu mẫu&lt;/b&gt; — tệp dữ liệu này đang chứa đơn vị mẫu %1 do phiên bản trước của chương trình tự thêm vào.</translation>
    </message>
    <message>
        <source>Clear the sample data…</source>
        <translation>Xoá dữ liệu mẫu…</translation>
    </message>
    <message>
        <source>Opening the data file…</source>
        <translation>Đang mở tệp dữ liệu…</translation>
    </message>
    <message>
        <source>Remove all data from %1: the demo unit %2 with its staff, trainings, activities and reports, and anything added since? A backup is made first, in %3.</source>
        <translation>Xoá toàn bộ dữ liệu trong %1: đơn vị mẫu %2 cùng cán bộ, tập huấn, hoạt động, báo cáo và mọi thứ đã thêm sau đó? Chương trình sao lưu trước vào %3.</translation>
    </message>
    <message>
        <source>Clear the sample data</source>
        <translation>Xoá dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Clearing the sample data…</source>
        <translation>Đang xoá dữ liệu mẫu…</translation>
    </message>
    <message>
        <source>The sample data was removed. The data from before is kept in %1.</source>
        <translation>Đã xoá dữ liệu mẫu. Dữ liệu trước khi xoá được giữ trong %1.</translation>
    </message>
</context>
<context>
    <name>DetailedPlanDialog</name>
    <message>
        <source>not yet</source>
        <translation>chưa có số</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã NV</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Estimate (đồng)</source>
        <translation>Dự kiến kinh phí (đồng)</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Save the detailed plan</source>
        <translation>Lưu Kế hoạch chi tiết</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Building the detailed plan…</source>
        <translation>Đang lập Kế hoạch chi tiết…</translation>
    </message>
    <message>
        <source>The detailed plan is saved (%1 pages). The PDF carries its data and a signature field, so it is signed like a report; the Word file is for changes the office asks for.
%2</source>
        <translation>Đã lưu Kế hoạch chi tiết (%1 trang). Tệp PDF mang dữ liệu kế hoạch và ô chữ ký nên được ký số như báo cáo; tệp Word dùng để chỉnh sửa khi cơ quan yêu cầu.
%2</translation>
    </message>
    <message>
        <source>Detailed plan No. %1</source>
        <translation>Kế hoạch chi tiết số %1</translation>
    </message>
    <message>
        <source>Detailed plan (no number yet)</source>
        <translation>Kế hoạch chi tiết (chưa có số)</translation>
    </message>
    <message>
        <source>Detailed plan (Kế hoạch chi tiết)</source>
        <translation>Kế hoạch chi tiết</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>Kế hoạ&amp;ch:</translation>
    </message>
    <message>
        <source>The document number the records clerk gives; 0 leaves room to write it in</source>
        <translation>Số văn bản do văn thư cấp; để 0 thì chừa chỗ ghi số sau</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>The subject line under KẾ HOẠCH (trích yếu)</source>
        <translation>Trích yếu nằm dưới chữ KẾ HOẠCH</translation>
    </message>
    <message>
        <source>&amp;Opening</source>
        <translation>Đoạn &amp;mở đầu</translation>
    </message>
    <message>
        <source>The opening paragraph that cites the city plan</source>
        <translation>Đoạn mở đầu dẫn kế hoạch của cấp trên</translation>
    </message>
    <message>
        <source>One paragraph per line</source>
        <translation>Mỗi dòng là một đoạn văn</translation>
    </message>
    <message>
        <source>III. &amp;Budget note</source>
        <translation>III. Kinh &amp;phí</translation>
    </message>
    <message>
        <source>Where the money comes from; the estimates are in the tables</source>
        <translation>Nguồn kinh phí; số dự kiến nhập ở bảng Dự toán</translation>
    </message>
    <message>
        <source>Closing instructions; who does what is listed from the owners of tasks and sub-tasks</source>
        <translation>Đoạn kết; phân công ai làm gì được lập từ người phụ trách nhiệm vụ và việc cần làm</translation>
    </message>
    <message>
        <source>&amp;Estimates</source>
        <translation>&amp;Dự toán</translation>
    </message>
    <message>
        <source>Optional: the estimated cost of each task in đồng (e.g. 2.500.000). Tasks left empty are not listed under III. KINH PHÍ.</source>
        <translation>Không bắt buộc: kinh phí dự kiến của từng nhiệm vụ, tính bằng đồng (ví dụ 2.500.000). Nhiệm vụ để trống không được liệt kê ở mục III. KINH PHÍ.</translation>
    </message>
    <message>
        <source>Activities the unit adds on its own (not in the city plan): they are listed after the plan&apos;s tasks.</source>
        <translation>Các hoạt động đơn vị tự bổ sung (không có trong kế hoạch cấp trên): được liệt kê sau các nhiệm vụ của kế hoạch.</translation>
    </message>
    <message>
        <source>&amp;Add activity</source>
        <translation>Thêm &amp;hoạt động</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Số:</translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation>&amp;Trích yếu</translation>
    </message>
    <message>
        <source>I.1 Pu&amp;rpose</source>
        <translation>I.&amp;1 Mục đích</translation>
    </message>
    <message>
        <source>I.2 Re&amp;quirements</source>
        <translation>I.&amp;2 Yêu cầu</translation>
    </message>
    <message>
        <source>IV. Or&amp;ganisation</source>
        <translation>I&amp;V. Tổ chức thực hiện</translation>
    </message>
    <message>
        <source>Own acti&amp;vities</source>
        <translation>Hoạt động &amp;bổ sung</translation>
    </message>
    <message>
        <source>Re&amp;move activity</source>
        <translation>&amp;Xóa hoạt động</translation>
    </message>
    <message>
        <source>Restore default &amp;texts</source>
        <translation>Khô&amp;i phục nội dung mặc định</translation>
    </message>
    <message>
        <source>Put back the texts the program writes from the plan and the unit</source>
        <translation>Đặt lại các đoạn văn chương trình soạn sẵn từ kế hoạch và đơn vị</translation>
    </message>
    <message>
        <source>Also save a &amp;Word file (.docx)</source>
        <translation>Lưu thêm tệp &amp;Word (.docx)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Keep these texts and estimates for next time</source>
        <translation>Giữ các nội dung và dự toán này cho lần sau</translation>
    </message>
    <message>
        <source>Build PD&amp;F…</source>
        <translation>Lập PD&amp;F…</translation>
    </message>
    <message>
        <source>S&amp;ign…</source>
        <translation>&amp;Ký số…</translation>
    </message>
    <message>
        <source>Sign the PDF just built with the leader&apos;s USB token or .p12 file, like a report</source>
        <translation>Ký số tệp PDF vừa lập bằng USB token hoặc tệp .p12 của lãnh đạo, như ký báo cáo</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
</context>
<context>
    <name>EvidenceLinkDialog</name>
    <message>
        <source>Add an evidence link</source>
        <translation>Thêm liên kết minh chứng</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Địa &amp;chỉ:</translation>
    </message>
    <message>
        <source>Paste the address, e.g. https://… or www.facebook.com/…</source>
        <translation>Dán địa chỉ, ví dụ https://… hoặc www.facebook.com/…</translation>
    </message>
    <message>
        <source>The web address of the article or post (https:// is added when missing)</source>
        <translation>Địa chỉ trang web của tin, bài hoặc bài đăng (thiếu https:// thì tự thêm)</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Tên hiển thị:</translation>
    </message>
    <message>
        <source>Optional, e.g. News item on the ward&apos;s portal</source>
        <translation>Không bắt buộc, ví dụ: Tin trên cổng thông tin điện tử phường</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Choose evidence files</source>
        <translation>Chọn tệp minh chứng</translation>
    </message>
    <message>
        <source>Copying evidence files…</source>
        <translation>Đang sao chép tệp minh chứng…</translation>
    </message>
    <message>
        <source>Cannot open “%1”.</source>
        <translation>Không mở được “%1”.</translation>
    </message>
    <message>
        <source>Remove the evidence “%1” from this task?</source>
        <translation>Xóa minh chứng “%1” khỏi nhiệm vụ này?</translation>
    </message>
</context>
<context>
    <name>ImportPreviewTree</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>The unit&apos;s role</source>
        <translation>Vai trò của đơn vị</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Phối hợp</translation>
    </message>
    <message>
        <source>Deadline (the date it means)</source>
        <translation>Thời hạn (ngày được hiểu)</translation>
    </message>
    <message>
        <source>New tasks</source>
        <translation>Nhiệm vụ mới</translation>
    </message>
    <message>
        <source>Changed tasks (old → new)</source>
        <translation>Nhiệm vụ thay đổi (cũ → mới)</translation>
    </message>
    <message>
        <source>Tasks withdrawn from the plan (kept with their history)</source>
        <translation>Nhiệm vụ bị rút khỏi kế hoạch (vẫn giữ lịch sử)</translation>
    </message>
    <message>
        <source>Unchanged tasks</source>
        <translation>Nhiệm vụ giữ nguyên</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Implementing</source>
        <translation>Thực hiện</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Lưu ý</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… và %1 mục khác</translation>
    </message>
    <message>
        <source>New units</source>
        <translation>Đơn vị mới</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Step 1 of 3: choose the file</source>
        <translation>Bước 1/3: chọn tệp</translation>
    </message>
    <message>
        <source>Step 2 of 3: check what will change</source>
        <translation>Bước 2/3: kiểm tra những thay đổi</translation>
    </message>
    <message>
        <source>Step 3 of 3: done</source>
        <translation>Bước 3/3: hoàn tất</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Task lists (%1);;All files (*)</source>
        <translation>Danh sách nhiệm vụ (%1);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Choose the task list</source>
        <translation>Chọn tệp danh sách nhiệm vụ</translation>
    </message>
    <message>
        <source>(find the task table automatically)</source>
        <translation>(tự tìm bảng nhiệm vụ)</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Hãy chọn tệp trước.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>Không tìm thấy tệp “%1”.</translation>
    </message>
    <message>
        <source>Comparing with the current task list…</source>
        <translation>Đang so sánh với danh sách nhiệm vụ hiện có…</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Đang đọc “%1”…</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 withdrawn, %4 unchanged tasks; %5 new units; %6 warnings (⚠). Check the tasks below, then press Import to apply.</source>
        <translation>%1 nhiệm vụ mới, %2 thay đổi, %3 rút khỏi kế hoạch, %4 giữ nguyên; %5 đơn vị mới; %6 lưu ý (⚠). Hãy xem các nhiệm vụ dưới đây rồi bấm Nhập để áp dụng.</translation>
    </message>
    <message>
        <source>This file belongs to the plan “%1” already in the workspace (%2): importing updates it.</source>
        <translation>Tệp này thuộc kế hoạch “%1” đã có trong dữ liệu (%2): nhập sẽ cập nhật kế hoạch đó.</translation>
    </message>
    <message>
        <source>This file may belong to the plan “%1” already in the workspace (%2). Choose whether to update that plan or import the file as a new plan.</source>
        <translation>Tệp này có thể thuộc kế hoạch “%1” đã có trong dữ liệu (%2). Hãy chọn cập nhật kế hoạch đó hay nhập tệp thành một kế hoạch mới.</translation>
    </message>
    <message>
        <source>Update the plan “%1”</source>
        <translation>Cập nhật kế hoạch “%1”</translation>
    </message>
    <message>
        <source>Import as a new plan</source>
        <translation>Nhập thành kế hoạch mới</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Choose the plan this file belongs to first.</source>
        <translation>Hãy chọn kế hoạch mà tệp này thuộc về trước.</translation>
    </message>
    <message>
        <source>Importing the task list…</source>
        <translation>Đang nhập danh sách nhiệm vụ…</translation>
    </message>
    <message>
        <source>Import a task list</source>
        <translation>Nhập danh sách nhiệm vụ</translation>
    </message>
    <message>
        <source>Choose the task list your unit received: the plan&apos;s Excel appendix (.xlsx), the plan document (.docx) or a text file. You can also drag the file onto this window. Nothing changes until you confirm on the next step.</source>
        <translation>Chọn danh sách nhiệm vụ đơn vị nhận được: phụ lục Excel của kế hoạch (.xlsx), văn bản kế hoạch (.docx) hoặc tệp văn bản. Có thể kéo thả tệp vào cửa sổ này. Dữ liệu chỉ thay đổi sau khi bạn xác nhận ở bước tiếp theo.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>T&amp;rang tính:</translation>
    </message>
    <message>
        <source>Drop the file here</source>
        <translation>Thả tệp vào đây</translation>
    </message>
    <message>
        <source>P&amp;lan:</source>
        <translation>&amp;Kế hoạch:</translation>
    </message>
    <message>
        <source>What the import will change</source>
        <translation>Những thay đổi khi nhập</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Preview &gt;</source>
        <translation>&amp;Xem trước &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
</context>
<context>
    <name>InterfaceLanguage</name>
    <message>
        <source>Saved. The new language is used the next time the program starts.</source>
        <translation>Đã lưu. Ngôn ngữ mới được dùng từ lần mở chương trình sau.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About BKFI Desktop</source>
        <translation>Giới thiệu BKFI Desktop</translation>
    </message>
    <message>
        <source>Data file: %1</source>
        <translation>Tệp dữ liệu: %1</translation>
    </message>
    <message>
        <source>BKFI Desktop, version %1</source>
        <translation>BKFI Desktop, phiên bản %1</translation>
    </message>
    <message>
        <source>BKFI Desktop: tasks, progress and periodic reports on the plans a unit carries out.</source>
        <translation>BKFI Desktop: theo dõi nhiệm vụ, tiến độ và báo cáo định kỳ việc thực hiện các kế hoạch của đơn vị.</translation>
    </message>
    <message>
        <source>Not backed up yet</source>
        <translation>Chưa sao lưu lần nào</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Sao lưu gần nhất: %1</translation>
    </message>
    <message>
        <source>Some work is still running. Cancel it and close the program?</source>
        <translation>Công việc đang chạy chưa xong. Hủy công việc và đóng chương trình?</translation>
    </message>
    <message>
        <source>Close BKFI Desktop</source>
        <translation>Đóng BKFI Desktop</translation>
    </message>
    <message>
        <source>BKFI Desktop</source>
        <translation>BKFI Desktop</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Danh mục chức năng</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>T&amp;rợ giúp</translation>
    </message>
    <message>
        <source>&amp;Import task list…</source>
        <translation>&amp;Nhập danh sách nhiệm vụ…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Check a signed report…</source>
        <translation>&amp;Kiểm tra chữ ký số báo cáo…</translation>
    </message>
    <message>
        <source>&amp;Detailed plan (Kế hoạch chi tiết)…</source>
        <translation>&amp;Kế hoạch chi tiết…</translation>
    </message>
    <message>
        <source>Build the unit&apos;s detailed plan from its tasks, sub-tasks and owners: PDF and Word</source>
        <translation>Lập Kế hoạch chi tiết của đơn vị từ nhiệm vụ, việc cần làm và người phụ trách: PDF và Word</translation>
    </message>
    <message>
        <source>C&amp;ompile units&apos; signed reports…</source>
        <translation>Tổng hợp &amp;báo cáo các đơn vị…</translation>
    </message>
    <message>
        <source>&amp;Revocation lists (CRL)…</source>
        <translation>Danh sách &amp;thu hồi chứng thư (CRL)…</translation>
    </message>
    <message>
        <source>Import the certificate authorities&apos; revocation lists that every signature check uses</source>
        <translation>Nhập danh sách chứng thư bị thu hồi của các tổ chức cấp chứng thư, dùng cho mọi lần kiểm tra chữ ký</translation>
    </message>
    <message>
        <source>&amp;Unit directory…</source>
        <translation>&amp;Danh bạ đơn vị…</translation>
    </message>
    <message>
        <source>&amp;Plans…</source>
        <translation>&amp;Kế hoạch…</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Thêm mới</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Tìm &amp;kiếm</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;About BKFI Desktop</source>
        <translation>&amp;Giới thiệu BKFI Desktop</translation>
    </message>
</context>
<context>
    <name>MaximumGuard</name>
    <message>
        <source>%1 is more than %2, the most this field takes. The field keeps %3.</source>
        <translation>%1 vượt quá mức tối đa %2 của ô này. Ô vẫn giữ %3.</translation>
    </message>
</context>
<context>
    <name>OfficeTools</name>
    <message>
        <source>no organisation named</source>
        <translation>không ghi tổ chức</translation>
    </message>
    <message>
        <source>Accept %1, whose certificate belongs to “%2”, as signer of the reports of %3?

Do this only when you know this person signs for %3 (e.g. a leader in charge of two units). This report and later ones they sign for %3 are then counted; the acceptance is recorded.</source>
        <translation>Chấp nhận %1, người có chứng thư thuộc “%2”, là người ký báo cáo của %3?

Chỉ chấp nhận khi biết chắc người này ký cho %3 (ví dụ lãnh đạo phụ trách hai đơn vị). Báo cáo này và các báo cáo sau người này ký cho %3 sẽ được tính; việc chấp nhận được ghi vào nhật ký.</translation>
    </message>
    <message>
        <source>Accept this signer</source>
        <translation>Chấp nhận người ký</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>The preview needs the PySide6-Pdf package; the report itself can still be built.</source>
        <translation>Cần cài gói PySide6-Pdf để xem trước; vẫn lập được báo cáo bình thường.</translation>
    </message>
    <message>
        <source>The file %1 cannot be shown.</source>
        <translation>Không hiển thị được tệp %1.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This page is not available in this version yet.</source>
        <translation>Trang này chưa có trong phiên bản hiện tại.</translation>
    </message>
</context>
<context>
    <name>PlanChoice</name>
    <message>
        <source>The unit&apos;s whole work (one section per plan)</source>
        <translation>Toàn bộ công tác của đơn vị (mỗi kế hoạch một mục)</translation>
    </message>
</context>
<context>
    <name>PlanDetailsDialog</name>
    <message>
        <source>Archived</source>
        <translation>Đã lưu trữ</translation>
    </message>
    <message>
        <source>No plan yet: import a task list first (File ▸ Import task list…).</source>
        <translation>Chưa có kế hoạch nào: hãy nhập danh sách nhiệm vụ trước (Tệp ▸ Nhập danh sách nhiệm vụ…).</translation>
    </message>
    <message>
        <source>&amp;Restore from archive…</source>
        <translation>Đưa &amp;ra khỏi lưu trữ…</translation>
    </message>
    <message>
        <source>&amp;Archive plan…</source>
        <translation>&amp;Lưu trữ kế hoạch…</translation>
    </message>
    <message>
        <source>Archived: read-only. Restore it from the archive to correct it.</source>
        <translation>Đã lưu trữ: chỉ xem. Muốn sửa, hãy đưa kế hoạch ra khỏi lưu trữ trước.</translation>
    </message>
    <message>
        <source>%1 task(s).</source>
        <translation>%1 nhiệm vụ.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Có hiệu lực từ ngày</translation>
    </message>
    <message>
        <source>In force until</source>
        <translation>Có hiệu lực đến ngày</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was saved.</source>
        <translation>%1: %2 Chưa lưu thay đổi nào.</translation>
    </message>
    <message>
        <source>Nothing to save: the details are as they were.</source>
        <translation>Không có gì để lưu: thông tin vẫn như cũ.</translation>
    </message>
    <message>
        <source>Saved the details of %1.</source>
        <translation>Đã lưu thông tin của %1.</translation>
    </message>
    <message>
        <source>Restore %1 from the archive? Its tasks come back to the daily lists and can be worked on again.</source>
        <translation>Đưa %1 ra khỏi lưu trữ? Các nhiệm vụ của kế hoạch trở lại danh sách hằng ngày và có thể cập nhật tiếp.</translation>
    </message>
    <message>
        <source>Restore plan</source>
        <translation>Đưa kế hoạch ra khỏi lưu trữ</translation>
    </message>
    <message>
        <source>Archive %1? Its tasks and the work recorded on them are kept, read-only, and leave the daily lists and new reports. You can restore it later.</source>
        <translation>Lưu trữ %1? Các nhiệm vụ và kết quả đã ghi được giữ nguyên, chỉ xem, không còn trong danh sách hằng ngày và các báo cáo mới. Có thể đưa ra khỏi lưu trữ sau.</translation>
    </message>
    <message>
        <source>Archive plan</source>
        <translation>Lưu trữ kế hoạch</translation>
    </message>
    <message>
        <source>Archived %1.</source>
        <translation>Đã lưu trữ %1.</translation>
    </message>
    <message>
        <source>Restored %1 from the archive.</source>
        <translation>Đã đưa %1 ra khỏi lưu trữ.</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Correct what an import read wrongly or left blank. An archived plan keeps all its work but is read-only and leaves today&apos;s lists.</source>
        <translation>Sửa những thông tin mà khi nhập tệp đọc sai hoặc còn để trống. Kế hoạch đã lưu trữ được giữ nguyên toàn bộ công việc nhưng chỉ xem và không còn trong danh sách hằng ngày.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Thời gian hiệu lực</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tên kế hoạch:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Số, ký hiệu:</translation>
    </message>
    <message>
        <source>e.g. 125/KH-UBND</source>
        <translation>ví dụ 125/KH-UBND</translation>
    </message>
    <message>
        <source>&amp;Dated:</source>
        <translation>&amp;Ngày ban hành:</translation>
    </message>
    <message>
        <source>&amp;Issued by:</source>
        <translation>&amp;Cơ quan ban hành:</translation>
    </message>
    <message>
        <source>e.g. Ủy ban nhân dân thành phố Bắc Kạn</source>
        <translation>ví dụ Ủy ban nhân dân thành phố Bắc Kạn</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>&amp;Lĩnh vực:</translation>
    </message>
    <message>
        <source>e.g. thông tin đối ngoại, chuyển đổi số</source>
        <translation>ví dụ: thông tin đối ngoại, chuyển đổi số</translation>
    </message>
    <message>
        <source>What the plan is about, in the words its reports use</source>
        <translation>Kế hoạch về việc gì, theo cách gọi dùng trong báo cáo</translation>
    </message>
    <message>
        <source>In force &amp;from:</source>
        <translation>Hiệu lực &amp;từ ngày:</translation>
    </message>
    <message>
        <source>&amp;until:</source>
        <translation>đến &amp;ngày:</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Lưu thay đổi</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Please wait</source>
        <translation>Vui lòng chờ</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Đang xử lý…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation>Vui lòng chờ…</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>Chọn &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Tăng</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Giảm</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Tìm trong:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Loại tệp:</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Tìm trong:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Xem dạng danh sách</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Xem chi tiết</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Thanh bên</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Chọn thư mục</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xoá</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Hiện tệp ẩ&amp;n</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Nơi mở gần đây</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Máy tính của tôi</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 đã có.
Có muốn ghi đè không?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Có chắc muốn xoá “%1” không?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ngày sửa</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Máy tính của tôi</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>C&amp;ắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Xem chi tiết…</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>K&amp;hông với tất cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>C&amp;ắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Sao chép địa chỉ &amp;liên kết</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Tiếp</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Thực hiện</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>T&amp;rợ giúp</translation>
    </message>
</context>
<context>
    <name>ReportHistory</name>
    <message>
        <source>(no number)</source>
        <translation>(chưa cấp số)</translation>
    </message>
    <message>
        <source>Record this report as sent to the receiving office?</source>
        <translation>Ghi nhận báo cáo này đã được gửi cơ quan tổng hợp?</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Đánh dấu đã gửi</translation>
    </message>
</context>
<context>
    <name>ReportNumbering</name>
    <message>
        <source>Number and date of the signed report.</source>
        <translation>Số và ngày của báo cáo đã ký.</translation>
    </message>
    <message>
        <source>Given when the report was built.</source>
        <translation>Đã cấp khi lập báo cáo.</translation>
    </message>
    <message>
        <source>Change it only if the register says otherwise.</source>
        <translation>Chỉ sửa nếu sổ đăng ký văn bản ghi khác.</translation>
    </message>
    <message>
        <source>Suggested: the next free number of %1.</source>
        <translation>Gợi ý: số kế tiếp còn trống của năm %1.</translation>
    </message>
    <message>
        <source>Type the number from the register if the records clerk gives another.</source>
        <translation>Nếu văn thư cấp số khác theo sổ đăng ký, hãy nhập số đó.</translation>
    </message>
    <message>
        <source>The period counts until %1: work recorded until then will be missing from this report. Build it now anyway?</source>
        <translation>Kỳ báo cáo tính số liệu đến hết ngày %1: công việc ghi nhận từ nay đến đó sẽ không có trong báo cáo này. Vẫn lập báo cáo bây giờ?</translation>
    </message>
    <message>
        <source>This report was due on %1, %2 day(s) ago. Build it now anyway?</source>
        <translation>Hạn gửi báo cáo kỳ này là ngày %1, đã quá %2 ngày. Vẫn lập báo cáo?</translation>
    </message>
    <message>
        <source>Build the report</source>
        <translation>Lập báo cáo</translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <source>Building was cancelled; nothing was written.</source>
        <translation>Đã hủy lập báo cáo; chưa có tệp nào được ghi.</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Đang lập báo cáo…</translation>
    </message>
    <message>
        <source>Report No. %1 built: %2</source>
        <translation>Đã lập báo cáo số %1: %2</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Lưu báo cáo thành</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the Excel appendix as</source>
        <translation>Lưu phụ lục Excel thành</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The file %1 is no longer there; build the report again.</source>
        <translation>Không còn tệp %1; hãy lập lại báo cáo.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Không lưu được %1: %2</translation>
    </message>
    <message>
        <source>Saved a copy to %1.</source>
        <translation>Đã lưu một bản sang %1.</translation>
    </message>
</context>
<context>
    <name>ReportPreviewer</name>
    <message>
        <source>Updating the preview…</source>
        <translation>Đang cập nhật bản xem trước…</translation>
    </message>
    <message>
        <source>Preview, %1 page(s). The number and date are given when you build the report.</source>
        <translation>Bản xem trước, %1 trang. Số văn bản và ngày ban hành được cấp khi lập báo cáo.</translation>
    </message>
    <message>
        <source>Preview of report No. %1, %2 page(s); build again to save the changes.</source>
        <translation>Bản xem trước của báo cáo số %1, %2 trang; hãy lập lại báo cáo để lưu thay đổi.</translation>
    </message>
    <message>
        <source>The file of this report is no longer at %1.</source>
        <translation>Tệp của báo cáo này không còn ở %1.</translation>
    </message>
    <message>
        <source>Report No. %1 as saved in %2.</source>
        <translation>Báo cáo số %1, đúng như tệp đã lưu %2.</translation>
    </message>
</context>
<context>
    <name>ReportSummary</name>
    <message>
        <source>Tasks of the unit</source>
        <translation>Nhiệm vụ của đơn vị</translation>
    </message>
    <message>
        <source>%1 done, %2 in progress, %3 as lead</source>
        <translation>%1 hoàn thành, %2 đang thực hiện, %3 chủ trì</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Tập huấn, bồi dưỡng</translation>
    </message>
    <message>
        <source>%1 participant(s), %2 hour(s), %3 foreign-language course(s)</source>
        <translation>%1 lượt người, %2 giờ, %3 khóa ngoại ngữ</translation>
    </message>
    <message>
        <source>Activities (total quantity)</source>
        <translation>Hoạt động (tổng số lượng)</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 lần ghi nhận</translation>
    </message>
    <message>
        <source>leader in charge: %1</source>
        <translation>lãnh đạo phụ trách: %1</translation>
    </message>
    <message>
        <source>officer in charge: %1</source>
        <translation>cán bộ phụ trách: %1</translation>
    </message>
    <message>
        <source>Report of %1; %2.</source>
        <translation>Báo cáo %1; %2.</translation>
    </message>
    <message>
        <source>no leader or officer in charge named</source>
        <translation>chưa phân công lãnh đạo, cán bộ phụ trách</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>1. Reporting period</source>
        <translation>1. Kỳ báo cáo</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>Báo cáo &amp;về:</translation>
    </message>
    <message>
        <source>With several plans, a report is about one plan or about the unit&apos;s whole work with one section per plan</source>
        <translation>Khi có nhiều kế hoạch, báo cáo về một kế hoạch hoặc về toàn bộ công tác của đơn vị, mỗi kế hoạch một mục</translation>
    </message>
    <message>
        <source>2. What the report counts</source>
        <translation>2. Số liệu được tính trong kỳ</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>3. Narrative (saved when you leave a field)</source>
        <translation>3. Nội dung báo cáo (tự lưu khi rời ô soạn thảo)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Kết quả đạt được</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>Tồn tại, hạn chế</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Nguyên nhân</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Phương hướng kỳ tới</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Đề xuất, kiến nghị</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Ngày văn bản</translation>
    </message>
    <message>
        <source>6-month report</source>
        <translation>Báo cáo 6 tháng</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>Báo cáo năm</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>Quý %1</translation>
    </message>
    <message>
        <source>Counts from %1 to %2 (cut-off window); due by %3.</source>
        <translation>Số liệu tính từ ngày %1 đến ngày %2 (thời gian chốt số liệu); hạn gửi: %3.</translation>
    </message>
    <message>
        <source>Counting the period…</source>
        <translation>Đang tổng hợp số liệu trong kỳ…</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Đã lưu lúc %1.</translation>
    </message>
    <message>
        <source>New report: nothing saved yet. The narrative below is written from the data; edit it freely.</source>
        <translation>Báo cáo mới, chưa lưu gì. Nội dung dưới đây được viết sẵn từ số liệu; có thể sửa tùy ý.</translation>
    </message>
    <message>
        <source>no number yet</source>
        <translation>chưa cấp số</translation>
    </message>
    <message>
        <source>Report %1 — %2.</source>
        <translation>Báo cáo %1 — %2.</translation>
    </message>
    <message>
        <source>It is signed and so issued; it can no longer be changed.</source>
        <translation>Báo cáo đã ký số, tức là đã ban hành; không sửa được nữa.</translation>
    </message>
    <message>
        <source>It is issued once the leader signs it.</source>
        <translation>Báo cáo được ban hành khi lãnh đạo ký số.</translation>
    </message>
    <message>
        <source>&amp;Build report</source>
        <translation>&amp;Lập báo cáo</translation>
    </message>
    <message>
        <source>&amp;Build report again</source>
        <translation>&amp;Lập lại báo cáo</translation>
    </message>
    <message>
        <source>Build the report first; a signed report is not signed again.</source>
        <translation>Hãy lập báo cáo trước; báo cáo đã ký thì không ký lại.</translation>
    </message>
    <message>
        <source>Give the report its number and write the PDF and the Excel appendix</source>
        <translation>Cấp số văn bản, ghi tệp PDF và phụ lục Excel</translation>
    </message>
    <message>
        <source>Save &amp;PDF as…</source>
        <translation>Lưu &amp;PDF…</translation>
    </message>
    <message>
        <source>Save &amp;Excel as…</source>
        <translation>Lưu &amp;Excel…</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>Ký &amp;số…</translation>
    </message>
    <message>
        <source>&amp;Check a signature…</source>
        <translation>Kiểm &amp;tra chữ ký…</translation>
    </message>
    <message>
        <source>Reports made</source>
        <translation>Các báo cáo đã lập</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Document &amp;No.:</source>
        <translation>&amp;Số văn bản:</translation>
    </message>
    <message>
        <source>The number the records clerk gives from the register; the program suggests the next free one</source>
        <translation>Số do văn thư cấp theo sổ đăng ký văn bản; chương trình gợi ý số kế tiếp còn trống</translation>
    </message>
    <message>
        <source>&amp;dated</source>
        <translation>&amp;ngày</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation>&amp;Mở lại</translation>
    </message>
    <message>
        <source>Record that this report was sent to the receiving office (the next report counts it)</source>
        <translation>Ghi nhận báo cáo đã gửi cơ quan tổng hợp (báo cáo kỳ sau sẽ tính việc này)</translation>
    </message>
    <message>
        <source>Mark as s&amp;ent</source>
        <translation>Đánh dấu đã &amp;gửi</translation>
    </message>
    <message>
        <source>4. Preview</source>
        <translation>4. Xem trước</translation>
    </message>
    <message>
        <source>The report will appear here once the period is counted.</source>
        <translation>Báo cáo sẽ hiện ở đây sau khi tổng hợp xong số liệu của kỳ.</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <source>Every plan</source>
        <translation>Mọi kế hoạch</translation>
    </message>
    <message>
        <source>set by the office</source>
        <translation>do cơ quan tổng hợp đặt</translation>
    </message>
    <message>
        <source>default (Nghị định 09)</source>
        <translation>mặc định (theo Nghị định 09)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>Not required this period</source>
        <translation>Không phải báo cáo kỳ này</translation>
    </message>
    <message>
        <source>Type the unit to add, as in the unit directory.</source>
        <translation>Gõ tên đơn vị cần thêm, như trong danh bạ đơn vị.</translation>
    </message>
    <message>
        <source>“%1” is not in the unit directory; correct the name or add the unit in Edit ▸ Unit directory.</source>
        <translation>“%1” không có trong danh bạ đơn vị; sửa lại tên hoặc thêm đơn vị ở Sửa ▸ Danh bạ đơn vị.</translation>
    </message>
    <message>
        <source>%1 is already on the list.</source>
        <translation>%1 đã có trong danh sách.</translation>
    </message>
    <message>
        <source>Units that must report</source>
        <translation>Danh sách đơn vị phải báo cáo</translation>
    </message>
    <message>
        <source>The units expected to report for a plan and period (by default every unit with a role in the plan&apos;s tasks) and the office&apos;s own deadline. Untick a unit that need not report this period.</source>
        <translation>Các đơn vị phải báo cáo theo kế hoạch và kỳ (mặc định: mọi đơn vị có vai trò trong các nhiệm vụ của kế hoạch) và hạn nộp do cơ quan tổng hợp đặt. Bỏ dấu chọn ở đơn vị không phải báo cáo kỳ này.</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Kế hoạch:</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>Kỳ &amp;báo cáo:</translation>
    </message>
    <message>
        <source>&amp;Deadline for the units:</source>
        <translation>&amp;Hạn nộp của các đơn vị:</translation>
    </message>
    <message>
        <source>Deadline for the units&apos; reports</source>
        <translation>Hạn nộp báo cáo của các đơn vị</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Reports this period</source>
        <translation>Phải báo cáo kỳ này</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>Type a unit of the directory</source>
        <translation>Gõ tên một đơn vị trong danh bạ</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Thêm</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Bỏ khỏi &amp;danh sách</translation>
    </message>
    <message>
        <source>&amp;Not required this period</source>
        <translation>Không &amp;phải báo cáo kỳ này</translation>
    </message>
    <message>
        <source>The selected unit need not report this period (press again to require it)</source>
        <translation>Đơn vị đang chọn không phải báo cáo kỳ này (bấm lần nữa để yêu cầu lại)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
</context>
<context>
    <name>SettingsPageForm</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Unit profile</source>
        <translation>Thông tin đơn vị</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>e.g. Phòng Văn hoá và Thông tin</source>
        <translation>VD: Phòng Văn hoá và Thông tin</translation>
    </message>
    <message>
        <source>&amp;Parent agency:</source>
        <translation>&amp;Cơ quan chủ quản:</translation>
    </message>
    <message>
        <source>e.g. UBND thành phố Bắc Kạn</source>
        <translation>VD: UBND thành phố Bắc Kạn</translation>
    </message>
    <message>
        <source>Place &amp;name:</source>
        <translation>Đị&amp;a danh:</translation>
    </message>
    <message>
        <source>e.g. Bắc Kạn</source>
        <translation>VD: Bắc Kạn</translation>
    </message>
    <message>
        <source>Number p&amp;refix:</source>
        <translation>&amp;Ký hiệu số văn bản:</translation>
    </message>
    <message>
        <source>e.g. UBND, VHTT</source>
        <translation>VD: UBND, VHTT</translation>
    </message>
    <message>
        <source>&amp;Signer&apos;s name:</source>
        <translation>&amp;Người ký:</translation>
    </message>
    <message>
        <source>Signer&apos;s p&amp;osition:</source>
        <translation>C&amp;hức vụ người ký:</translation>
    </message>
    <message>
        <source>e.g. CHỦ TỊCH, TRƯỞNG PHÒNG</source>
        <translation>VD: CHỦ TỊCH, TRƯỞNG PHÒNG</translation>
    </message>
    <message>
        <source>&amp;Authority line:</source>
        <translation>Thẩm qu&amp;yền ký:</translation>
    </message>
    <message>
        <source>e.g. TM. ỦY BAN NHÂN DÂN, KT. TRƯỞNG PHÒNG</source>
        <translation>VD: TM. ỦY BAN NHÂN DÂN, KT. TRƯỞNG PHÒNG</translation>
    </message>
    <message>
        <source>Recei&amp;ving office:</source>
        <translation>Cơ &amp;quan nhận báo cáo:</translation>
    </message>
    <message>
        <source>Re&amp;cipients (one per line):</source>
        <translation>Nơi nhận (mỗi dòng &amp;một nơi):</translation>
    </message>
    <message>
        <source>Report periods</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>Windows start on &amp;day:</source>
        <translation>Chốt số liệu từ &amp;ngày:</translation>
    </message>
    <message>
        <source>&amp;of the month:</source>
        <translation>tính theo thán&amp;g:</translation>
    </message>
    <message>
        <source>Report &amp;due after (working days):</source>
        <translation>&amp;Hạn gửi sau ngày chốt (ngày làm việc):</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Ví dụ:</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Sao lưu &amp;ngay</translation>
    </message>
    <message>
        <source>Back up &amp;everything…</source>
        <translation>Sao lưu &amp;toàn bộ…</translation>
    </message>
    <message>
        <source>One .zip with the data, evidence files, trusted roots, reports, signature and seal images and settings, to move to another PC</source>
        <translation>Một tệp .zip gồm dữ liệu, tệp minh chứng, chứng thư gốc tin cậy, báo cáo, ảnh chữ ký, con dấu và thiết lập, để chuyển sang máy khác</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>Back up everything &amp;automatically once a day</source>
        <translation>Tự động sao lưu toàn bộ &amp;mỗi ngày một lần</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>&amp;Giữ số bản mới nhất:</translation>
    </message>
    <message>
        <source>Digital signature</source>
        <translation>Chữ ký số</translation>
    </message>
    <message>
        <source>Si&amp;gnature image (PNG):</source>
        <translation>Ảnh &amp;chữ ký (PNG):</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>S&amp;eal image (PNG):</source>
        <translation>Ảnh con &amp;dấu (PNG):</translation>
    </message>
    <message>
        <source>PKCS#&amp;11 library (token driver):</source>
        <translation>Thư viện PKCS#&amp;11 (trình điều khiển token):</translation>
    </message>
    <message>
        <source>&amp;Timestamp server URL:</source>
        <translation>Địa chỉ máy chủ dấu thời &amp;gian:</translation>
    </message>
    <message>
        <source>Trusted root certificates:</source>
        <translation>Chứng thư gốc tin cậy:</translation>
    </message>
    <message>
        <source>&amp;Import certificate…</source>
        <translation>&amp;Nhập chứng thư…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Gỡ &amp;bỏ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Ngôn ngữ giao diện:</translation>
    </message>
    <message>
        <source>The new language is used the next time the program starts.</source>
        <translation>Ngôn ngữ mới được dùng từ lần mở chương trình sau.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Ký</translation>
    </message>
    <message>
        <source>Report No. %1: %2</source>
        <translation>Báo cáo số %1: %2</translation>
    </message>
    <message>
        <source>Choose the token&apos;s PKCS#11 library</source>
        <translation>Chọn thư viện PKCS#11 của token</translation>
    </message>
    <message>
        <source>Libraries (*.dll *.so *.dylib);;All files (*)</source>
        <translation>Thư viện (*.dll *.so *.dylib);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>Chọn tệp chứng thư số</translation>
    </message>
    <message>
        <source>Certificate files (*.p12 *.pfx);;All files (*)</source>
        <translation>Tệp chứng thư số (*.p12 *.pfx);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Save the signed report as</source>
        <translation>Lưu báo cáo đã ký thành</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The signature is kept in the file only; nothing is drawn on the page.</source>
        <translation>Chữ ký chỉ nằm trong tệp; không in hình gì lên trang.</translation>
    </message>
    <message>
        <source>signature image</source>
        <translation>có ảnh chữ ký</translation>
    </message>
    <message>
        <source>no signature image</source>
        <translation>chưa có ảnh chữ ký</translation>
    </message>
    <message>
        <source>seal image</source>
        <translation>có ảnh con dấu</translation>
    </message>
    <message>
        <source>no seal image</source>
        <translation>chưa có ảnh con dấu</translation>
    </message>
    <message>
        <source>Drawn in the signing block: %1 (set the images in Settings).</source>
        <translation>Hiện ở phần ký: %1 (chọn ảnh trong Cài đặt).</translation>
    </message>
    <message>
        <source>Choose the PKCS#11 library (driver) of your token first.</source>
        <translation>Hãy chọn thư viện PKCS#11 (driver) của token trước.</translation>
    </message>
    <message>
        <source>Reading the tokens…</source>
        <translation>Đang đọc token…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>No certificate found: is the token plugged in?</source>
        <translation>Không thấy chứng thư số nào: token đã được cắm chưa?</translation>
    </message>
    <message>
        <source>%1 certificate(s) found, %2 can sign.</source>
        <translation>Tìm thấy %1 chứng thư số, %2 chứng thư ký được.</translation>
    </message>
    <message>
        <source>Choose the certificate file (.p12 or .pfx).</source>
        <translation>Hãy chọn tệp chứng thư số (.p12 hoặc .pfx).</translation>
    </message>
    <message>
        <source>Choose a certificate that can sign from the list (read the token first).</source>
        <translation>Hãy chọn trong danh sách một chứng thư số ký được (đọc token trước).</translation>
    </message>
    <message>
        <source>Type the token&apos;s PIN, or tick the keypad option if the token has one.</source>
        <translation>Hãy nhập mã PIN của token, hoặc đánh dấu ô nhập PIN trên bàn phím của token nếu token có.</translation>
    </message>
    <message>
        <source>Choose where to save the signed file.</source>
        <translation>Hãy chọn nơi lưu tệp đã ký.</translation>
    </message>
    <message>
        <source>Save the signed file under another name; the report built stays as it is.</source>
        <translation>Hãy lưu tệp đã ký với tên khác; tệp báo cáo đã lập được giữ nguyên.</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>Đã có tệp %1. Ghi đè lên tệp này?</translation>
    </message>
    <message>
        <source>Sign the report</source>
        <translation>Ký số báo cáo</translation>
    </message>
    <message>
        <source>Signed by %1; saved as %2.</source>
        <translation>Đã ký bởi %1; lưu tại %2.</translation>
    </message>
    <message>
        <source>Sign with</source>
        <translation>Ký bằng</translation>
    </message>
    <message>
        <source>A USB &amp;token (PKCS#11)</source>
        <translation>&amp;Token USB (PKCS#11)</translation>
    </message>
    <message>
        <source>Token &amp;driver:</source>
        <translation>T&amp;hư viện token:</translation>
    </message>
    <message>
        <source>The PKCS#11 library from the token vendor, e.g. C:\Windows\System32\vnptca_p11_v8.dll</source>
        <translation>Thư viện PKCS#11 của nhà cung cấp token, ví dụ C:\Windows\System32\vnptca_p11_v8.dll</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>&amp;Read the token</source>
        <translation>Đọc &amp;danh sách</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Người sở hữu</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Hiệu lực</translation>
    </message>
    <message>
        <source>Can sign?</source>
        <translation>Ký được?</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>Mã &amp;PIN:</translation>
    </message>
    <message>
        <source>Type the PIN on the token&apos;s own &amp;keypad</source>
        <translation>Nhập PIN trên &amp;bàn phím của token</translation>
    </message>
    <message>
        <source>A certificate &amp;file (.p12, .pfx)</source>
        <translation>Tệp &amp;chứng thư số (.p12, .pfx)</translation>
    </message>
    <message>
        <source>Certificate f&amp;ile:</source>
        <translation>&amp;Vị trí tệp:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>Signed file</source>
        <translation>Tệp đã ký</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Lưu thành:</translation>
    </message>
    <message>
        <source>&amp;Invisible signature (no signature or seal image on the page)</source>
        <translation>Chữ ký ẩ&amp;n (không in ảnh chữ ký, con dấu lên trang)</translation>
    </message>
</context>
<context>
    <name>SigningFiles</name>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>Choose the signature image</source>
        <translation>Chọn ảnh chữ ký</translation>
    </message>
    <message>
        <source>Choose the seal image</source>
        <translation>Chọn ảnh con dấu</translation>
    </message>
    <message>
        <source>Choose the token&apos;s PKCS#11 library</source>
        <translation>Chọn thư viện PKCS#11 của token</translation>
    </message>
    <message>
        <source>Libraries (*.dll *.so *.dylib);;All files (*)</source>
        <translation>Thư viện (*.dll *.so *.dylib);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>%1 — valid until %2</source>
        <translation>%1 — hiệu lực đến %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Dấu vân tay SHA-256: %1</translation>
    </message>
    <message>
        <source>Choose a root certificate</source>
        <translation>Chọn chứng thư gốc</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.der *.cer *.crt);;All files (*)</source>
        <translation>Chứng thư số (*.pem *.der *.cer *.crt);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>%1 certificate(s) added.</source>
        <translation>Đã thêm %1 chứng thư.</translation>
    </message>
    <message>
        <source>Stop trusting “%1”? Signatures that lead only to it will no longer be trusted.</source>
        <translation>Thôi tin cậy “%1”? Các chữ ký chỉ dẫn về chứng thư này sẽ không còn được tin cậy.</translation>
    </message>
    <message>
        <source>Remove a root certificate</source>
        <translation>Gỡ bỏ chứng thư gốc</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Edit staff member</source>
        <translation>Sửa thông tin cán bộ</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>Thêm cán bộ</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>e.g. Nguyễn Thị Hoa</source>
        <translation>VD: Nguyễn Thị Hoa</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Chức vụ:</translation>
    </message>
    <message>
        <source>e.g. Phó Trưởng phòng</source>
        <translation>VD: Phó Trưởng phòng</translation>
    </message>
    <message>
        <source>TTĐN &amp;role:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Điện &amp;thoại:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>In the role &amp;from:</source>
        <translation>Đảm nhiệm từ ngà&amp;y:</translation>
    </message>
    <message>
        <source>&amp;Left on:</source>
        <translation>&amp;Nghỉ, chuyển công tác ngày:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Nobody matches the search.</source>
        <translation>Không có cán bộ nào khớp từ khóa tìm kiếm.</translation>
    </message>
    <message>
        <source>No staff recorded yet. Press “New…” (Ctrl+N) to add the leader in charge and the officer in charge first.</source>
        <translation>Chưa có cán bộ nào. Nhấn “Thêm mới…” (Ctrl+N) để thêm, trước hết là lãnh đạo phụ trách và cán bộ phụ trách.</translation>
    </message>
    <message>
        <source>%1 has %2 record(s) (trainings attended, tasks owned). Deleting would remove them from past reports. Mark this person as having left instead?</source>
        <translation>%1 có %2 bản ghi liên quan (tập huấn đã tham gia, nhiệm vụ phụ trách). Xóa sẽ làm mất các bản ghi này trong báo cáo các kỳ trước. Ghi nhận cán bộ đã nghỉ, chuyển công tác thay vì xóa?</translation>
    </message>
    <message>
        <source>Staff member has records</source>
        <translation>Cán bộ có bản ghi liên quan</translation>
    </message>
    <message>
        <source>Delete staff member %1?</source>
        <translation>Xóa cán bộ %1?</translation>
    </message>
    <message>
        <source>Delete staff member</source>
        <translation>Xóa cán bộ</translation>
    </message>
    <message>
        <source>Not yet named: %1 (required by the plan).</source>
        <translation>Chưa phân công: %1 (theo yêu cầu của kế hoạch).</translation>
    </message>
</context>
<context>
    <name>StaffPageForm</name>
    <message>
        <source>Staff</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Search by name, title, phone… (Ctrl+F)</source>
        <translation>Tìm theo tên, chức vụ, điện thoại… (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>Thêm &amp;mới…</translation>
    </message>
    <message>
        <source>Add a staff member (Ctrl+N)</source>
        <translation>Thêm cán bộ (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Sử&amp;a…</translation>
    </message>
    <message>
        <source>Edit the selected staff member (Enter or double-click)</source>
        <translation>Sửa thông tin cán bộ đang chọn (Enter hoặc nhấp đúp)</translation>
    </message>
    <message>
        <source>Mark as &amp;left…</source>
        <translation>&amp;Ghi nhận nghỉ, chuyển công tác…</translation>
    </message>
    <message>
        <source>Record the date this person left the unit or the role; their records are kept</source>
        <translation>Ghi ngày cán bộ thôi đảm nhiệm hoặc rời đơn vị; các bản ghi của cán bộ vẫn được giữ</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Delete the selected staff member (Delete)</source>
        <translation>Xóa cán bộ đã chọn (Delete)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Print the staff list with their roles as PDF or Excel</source>
        <translation>In danh sách cán bộ và vai trò ra PDF hoặc Excel</translation>
    </message>
    <message>
        <source>&amp;Show staff who have left</source>
        <translation>&amp;Hiện cả cán bộ đã nghỉ, chuyển công tác</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>TTĐN role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Nghỉ từ ngày</translation>
    </message>
    <message>
        <source>Role history of the selected person</source>
        <translation>Quá trình đảm nhiệm của cán bộ đang chọn</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
</context>
<context>
    <name>SubtaskDialog</name>
    <message>
        <source>Edit sub-task</source>
        <translation>Sửa việc cần làm</translation>
    </message>
    <message>
        <source>&amp;Sub-task:</source>
        <translation>&amp;Việc cần làm:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Hạn:</translation>
    </message>
</context>
<context>
    <name>SubtaskPanel</name>
    <message>
        <source>Overdue: not done by %1</source>
        <translation>Quá hạn: chưa xong trước %1</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (hạn %2)</translation>
    </message>
    <message>
        <source>Remove the sub-task “%1”?</source>
        <translation>Xóa việc cần làm “%1”?</translation>
    </message>
</context>
<context>
    <name>TaskDetailController</name>
    <message>
        <source>(nobody yet)</source>
        <translation>(chưa phân công)</translation>
    </message>
    <message>
        <source>The unit&apos;s role</source>
        <translation>Vai trò của đơn vị</translation>
    </message>
    <message>
        <source>not assigned to the unit</source>
        <translation>không giao cho đơn vị</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Phối hợp</translation>
    </message>
    <message>
        <source>Implementing</source>
        <translation>Thực hiện</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Nội dung chi tiết</translation>
    </message>
</context>
<context>
    <name>TaskTreeModel</name>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Thời hạn</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>Any</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>No task list yet. Press “Import task list…” (Ctrl+I) and choose the plan&apos;s Excel appendix, Word document or text file.</source>
        <translation>Chưa có danh sách nhiệm vụ. Nhấn “Nhập danh sách nhiệm vụ…” (Ctrl+I) rồi chọn phụ lục Excel, văn bản Word hoặc tệp văn bản của Kế hoạch.</translation>
    </message>
    <message>
        <source>No task matches these filters. Choose “Any” or clear the search box to see more.</source>
        <translation>Không có nhiệm vụ nào khớp bộ lọc. Chọn “Tất cả” hoặc xóa ô tìm kiếm để xem thêm.</translation>
    </message>
    <message>
        <source>%1 of %2 tasks shown</source>
        <translation>Đang hiện %1/%2 nhiệm vụ</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Hiển thị:</translation>
    </message>
    <message>
        <source>The unit&apos;s tasks</source>
        <translation>Nhiệm vụ của đơn vị</translation>
    </message>
    <message>
        <source>All tasks of the plan</source>
        <translation>Tất cả nhiệm vụ của kế hoạch</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Trạn&amp;g thái:</translation>
    </message>
    <message>
        <source>D&amp;eadline:</source>
        <translation>Thời hạ&amp;n:</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>Đến hạn trong 30 ngày</translation>
    </message>
    <message>
        <source>Search tasks… (Ctrl+F)</source>
        <translation>Tìm nhiệm vụ… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Type words from the task; accents and capital letters do not matter</source>
        <translation>Gõ từ có trong nhiệm vụ; có dấu hay không dấu, chữ hoa hay chữ thường đều được</translation>
    </message>
    <message>
        <source>&amp;Import task list…</source>
        <translation>Nhập &amp;danh sách nhiệm vụ…</translation>
    </message>
    <message>
        <source>Import or update the plan&apos;s task list from an Excel, Word or text file (Ctrl+I)</source>
        <translation>Nhập hoặc cập nhật danh sách nhiệm vụ từ tệp Excel, Word hoặc văn bản (Ctrl+I)</translation>
    </message>
    <message>
        <source>Detailed &amp;plan…</source>
        <translation>Kế hoạch &amp;chi tiết…</translation>
    </message>
    <message>
        <source>Build the unit&apos;s detailed plan (Kế hoạch chi tiết) from its tasks, sub-tasks and owners: PDF and Word</source>
        <translation>Lập Kế hoạch chi tiết của đơn vị từ nhiệm vụ, việc cần làm và người phụ trách: PDF và Word</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Print the task list shown (the unit&apos;s or all) as PDF or Excel</source>
        <translation>In danh sách nhiệm vụ đang xem (của đơn vị hoặc tất cả) ra PDF hoặc Excel</translation>
    </message>
    <message>
        <source>Task list</source>
        <translation>Danh sách nhiệm vụ</translation>
    </message>
    <message>
        <source>Choose a task on the left to see and record the unit&apos;s work on it.</source>
        <translation>Chọn một nhiệm vụ ở bên trái để xem và cập nhật kết quả thực hiện của đơn vị.</translation>
    </message>
    <message>
        <source>The unit&apos;s work</source>
        <translation>Kết quả thực hiện của đơn vị</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Trạng thái thự&amp;c hiện:</translation>
    </message>
    <message>
        <source>&amp;Progress:</source>
        <translation>T&amp;iến độ:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Người &amp;phụ trách:</translation>
    </message>
    <message>
        <source>Own &amp;due date:</source>
        <translation>Hạn của đơn &amp;vị:</translation>
    </message>
    <message>
        <source>&amp;Results:</source>
        <translation>&amp;Kết quả:</translation>
    </message>
    <message>
        <source>What the unit has done (saved automatically)</source>
        <translation>Những việc đơn vị đã làm (tự động lưu)</translation>
    </message>
    <message>
        <source>The unit&apos;s detailed plan (sub-tasks)</source>
        <translation>Kế hoạch chi tiết của đơn vị (việc cần làm)</translation>
    </message>
    <message>
        <source>Sub-tasks</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <source>Tick a sub-task when it is done; double-click or F2 changes it; Delete removes it</source>
        <translation>Đánh dấu khi đã xong; nhấp đúp hoặc F2 để sửa; phím Delete để xóa</translation>
    </message>
    <message>
        <source>Evidence (files and links)</source>
        <translation>Minh chứng (tệp và liên kết)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <source>Drop files or web addresses here, or paste them (Ctrl+V); double-click or Enter opens</source>
        <translation>Kéo thả tệp hoặc địa chỉ trang web vào đây, hoặc dán (Ctrl+V); nhấp đúp hoặc Enter để mở</translation>
    </message>
    <message>
        <source>New sub-task, then Enter</source>
        <translation>Việc mới, nhấn Enter</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Hạn:</translation>
    </message>
    <message>
        <source>Give the new sub-task a due date</source>
        <translation>Đặt hạn cho việc cần làm mới</translation>
    </message>
    <message>
        <source>Due date of the new sub-task</source>
        <translation>Hạn của việc cần làm mới</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Thê&amp;m tệp…</translation>
    </message>
    <message>
        <source>Add &amp;link…</source>
        <translation>Thêm &amp;liên kết…</translation>
    </message>
    <message>
        <source>Add the address of an article or post (the ward&apos;s portal, Facebook, Zalo…)</source>
        <translation>Thêm địa chỉ tin, bài hoặc bài đăng (cổng thông tin phường, Facebook, Zalo…)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>Edit training session</source>
        <translation>Sửa lớp tập huấn</translation>
    </message>
    <message>
        <source>New training session</source>
        <translation>Thêm lớp tập huấn</translation>
    </message>
    <message>
        <source>%1 staff + %2 external = %3 participants</source>
        <translation>%1 cán bộ + %2 người ngoài đơn vị = %3 người tham gia</translation>
    </message>
    <message>
        <source>Choose at least one topic.</source>
        <translation>Hãy chọn ít nhất một chủ đề.</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>Lớp tập huấn, bồi dưỡng</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tên lớp:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Hình thức:</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>Từ &amp;ngày:</translation>
    </message>
    <message>
        <source>E&amp;nd date:</source>
        <translation>Đến ngà&amp;y:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>Số &amp;giờ:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Phương thức:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Đị&amp;a điểm:</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>Đơn &amp;vị tổ chức:</translation>
    </message>
    <message>
        <source>E&amp;xternal participants:</source>
        <translation>&amp;Số người ngoài đơn vị:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>Ghi &amp;chú:</translation>
    </message>
    <message>
        <source>To&amp;pics:</source>
        <translation>Chủ đề tập h&amp;uấn:</translation>
    </message>
    <message>
        <source>Staff who took p&amp;art:</source>
        <translation>Cán &amp;bộ tham gia:</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>No session matches the search.</source>
        <translation>Không có lớp nào khớp từ khóa tìm kiếm.</translation>
    </message>
    <message>
        <source>No training session in this period. Press “New…” (Ctrl+N) to record one the unit organised or sent staff to, or widen the period above.</source>
        <translation>Chưa có lớp tập huấn nào trong khoảng thời gian này. Nhấn “Thêm mới…” (Ctrl+N) để ghi nhận lớp đơn vị tổ chức hoặc cử cán bộ tham gia, hoặc mở rộng khoảng thời gian ở trên.</translation>
    </message>
    <message>
        <source>Sessions: %1 (organised %2, attended %3)</source>
        <translation>Số lớp: %1 (tổ chức %2, cử người tham gia %3)</translation>
    </message>
    <message>
        <source>Participants: %1 (%2 staff trained)</source>
        <translation>Lượt người tham gia: %1 (%2 cán bộ được tập huấn)</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>Số giờ: %1</translation>
    </message>
    <message>
        <source>Foreign-language courses: %1</source>
        <translation>Lớp ngoại ngữ: %1</translation>
    </message>
    <message>
        <source>Delete the training session “%1”?</source>
        <translation>Xóa lớp tập huấn “%1”?</translation>
    </message>
    <message>
        <source>Delete training session</source>
        <translation>Xóa lớp tập huấn</translation>
    </message>
</context>
<context>
    <name>TrainingPageForm</name>
    <message>
        <source>Training</source>
        <translation>Tập huấn, bồi dưỡng</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Khoảng thời gian</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>Từ &amp;ngày:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Đến n&amp;gày:</translation>
    </message>
    <message>
        <source>This &amp;year</source>
        <translation>Năm na&amp;y</translation>
    </message>
    <message>
        <source>Search title, place, organiser… (Ctrl+F)</source>
        <translation>Tìm theo tên lớp, địa điểm, đơn vị tổ chức… (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>Thêm &amp;mới…</translation>
    </message>
    <message>
        <source>Add a training session (Ctrl+N)</source>
        <translation>Thêm lớp tập huấn (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Sử&amp;a…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Delete the selected session (Delete)</source>
        <translation>Xóa lớp đã chọn (Delete)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Print the sessions of the period shown as PDF or Excel</source>
        <translation>In các lớp tập huấn trong khoảng thời gian đang xem ra PDF hoặc Excel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên lớp</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Phương thức</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Số giờ</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Người tham gia</translation>
    </message>
    <message>
        <source>Place / organiser</source>
        <translation>Địa điểm / đơn vị tổ chức</translation>
    </message>
</context>
<context>
    <name>UnitDirectoryDialog</name>
    <message>
        <source>Unit directory</source>
        <translation>Danh bạ đơn vị</translation>
    </message>
    <message>
        <source>Correct the units an import created: the old names are kept as other names, so the next import finds the corrected unit.</source>
        <translation>Sửa các đơn vị do lần nhập tạo ra: tên cũ được giữ làm tên gọi khác, nên lần nhập sau vẫn tìm đúng đơn vị đã sửa.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Tên gọi khác</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Đổ&amp;i tên</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Set category</source>
        <translation>Đặt l&amp;oại</translation>
    </message>
    <message>
        <source>&amp;Other name:</source>
        <translation>Tên &amp;gọi khác:</translation>
    </message>
    <message>
        <source>e.g. CA TP</source>
        <translation>ví dụ: CA TP</translation>
    </message>
    <message>
        <source>&amp;Add other name</source>
        <translation>Thêm tên gọi &amp;khác</translation>
    </message>
    <message>
        <source>&amp;Same unit as:</source>
        <translation>&amp;Cùng là đơn vị:</translation>
    </message>
    <message>
        <source>&amp;Merge into it</source>
        <translation>Gộ&amp;p vào đơn vị này</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>No file checked yet.</source>
        <translation>Chưa kiểm tra tệp nào.</translation>
    </message>
    <message>
        <source>Choose a signed report</source>
        <translation>Chọn báo cáo đã ký</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Tệp: %1</translation>
    </message>
    <message>
        <source>Checking the signature…</source>
        <translation>Đang kiểm tra chữ ký…</translation>
    </message>
    <message>
        <source>VALID: the report is intact, signed by a trusted certificate, and its data is covered by the signature.</source>
        <translation>HỢP LỆ: báo cáo còn nguyên vẹn, được ký bằng chứng thư số tin cậy, dữ liệu báo cáo nằm trong phần đã ký.</translation>
    </message>
    <message>
        <source>The signature does not meet every requirement.</source>
        <translation>Chữ ký chưa đáp ứng đủ mọi yêu cầu.</translation>
    </message>
    <message>
        <source>NOT VALID: %1</source>
        <translation>KHÔNG HỢP LỆ: %1</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Đã ký số</translation>
    </message>
    <message>
        <source>Yes: %1 signature(s) found; the last one is checked</source>
        <translation>Có: tìm thấy %1 chữ ký; kiểm tra chữ ký sau cùng</translation>
    </message>
    <message>
        <source>No signature in the file</source>
        <translation>Tệp không có chữ ký số</translation>
    </message>
    <message>
        <source>Intact (not altered since signing)</source>
        <translation>Nguyên vẹn (không bị sửa từ khi ký)</translation>
    </message>
    <message>
        <source>Yes: the signed content matches the signature</source>
        <translation>Có: nội dung đã ký khớp với chữ ký</translation>
    </message>
    <message>
        <source>No: the signed content no longer matches the signature</source>
        <translation>Không: nội dung đã ký không còn khớp với chữ ký</translation>
    </message>
    <message>
        <source>Signer trusted (chains to an installed root)</source>
        <translation>Người ký được tin cậy (dẫn về chứng thư gốc đã cài)</translation>
    </message>
    <message>
        <source>Signature covers the whole file</source>
        <translation>Chữ ký bao trùm toàn bộ tệp</translation>
    </message>
    <message>
        <source>Yes: every byte of the file is signed</source>
        <translation>Có: toàn bộ tệp nằm trong phần đã ký</translation>
    </message>
    <message>
        <source>No: data was added after the signed part</source>
        <translation>Không: có dữ liệu được thêm sau phần đã ký</translation>
    </message>
    <message>
        <source>Unchanged after signing</source>
        <translation>Không có thay đổi sau khi ký</translation>
    </message>
    <message>
        <source>Report data (bkfi-report.json) present</source>
        <translation>Có dữ liệu báo cáo (bkfi-report.json)</translation>
    </message>
    <message>
        <source>Yes: the file carries its report data</source>
        <translation>Có: tệp mang dữ liệu báo cáo</translation>
    </message>
    <message>
        <source>No: the file carries no report data</source>
        <translation>Không: tệp không mang dữ liệu báo cáo</translation>
    </message>
    <message>
        <source>Report data inside the signed part</source>
        <translation>Dữ liệu báo cáo nằm trong phần đã ký</translation>
    </message>
    <message>
        <source>Yes: the report data is covered by the signature</source>
        <translation>Có: dữ liệu báo cáo nằm trong phần đã ký</translation>
    </message>
    <message>
        <source>No: the report data is not covered by a valid signature</source>
        <translation>Không: dữ liệu báo cáo không nằm trong phần có chữ ký hợp lệ</translation>
    </message>
    <message>
        <source>Not checked: the signature value itself is damaged</source>
        <translation>Chưa kiểm tra được: bản thân giá trị chữ ký bị hỏng</translation>
    </message>
    <message>
        <source>Yes: the certificate chains to an installed trusted root</source>
        <translation>Có: chứng thư dẫn về chứng thư gốc tin cậy đã cài đặt</translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation>Không: %1</translation>
    </message>
    <message>
        <source>Yes: nothing was added or changed after signing</source>
        <translation>Có: không có gì được thêm hay sửa sau khi ký</translation>
    </message>
    <message>
        <source>the signed content itself was changed</source>
        <translation>chính nội dung đã ký bị thay đổi</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>có thay đổi</translation>
    </message>
    <message>
        <source>(from a timestamp server)</source>
        <translation>(theo máy chủ dấu thời gian)</translation>
    </message>
    <message>
        <source>(the signer&apos;s computer clock)</source>
        <translation>(theo đồng hồ máy tính của người ký)</translation>
    </message>
    <message>
        <source>serial %1, valid until %2</source>
        <translation>số hiệu %1, hiệu lực đến %2</translation>
    </message>
    <message>
        <source>Check a signed report</source>
        <translation>Kiểm tra chữ ký số của báo cáo</translation>
    </message>
    <message>
        <source>Drop a signed PDF here, or</source>
        <translation>Kéo thả tệp PDF đã ký vào đây, hoặc</translation>
    </message>
    <message>
        <source>&amp;Open a file…</source>
        <translation>&amp;Mở tệp…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Nội dung kiểm tra</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Ký bởi:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Cơ quan:</translation>
    </message>
    <message>
        <source>Signed at:</source>
        <translation>Thời gian ký:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Chứng thư số:</translation>
    </message>
    <message>
        <source>What is wrong:</source>
        <translation>Vấn đề phát hiện:</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Opening the data file…</source>
        <translation>Đang mở tệp dữ liệu…</translation>
    </message>
    <message>
        <source>Cannot open the data file</source>
        <translation>Không mở được tệp dữ liệu</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>An unexpected error occurred: %1</source>
        <translation>Đã xảy ra lỗi ngoài dự kiến: %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Xác nhận</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Tập huấn</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Saved: %1</source>
        <translation>Đã lưu: %1</translation>
    </message>
    <message>
        <source>Print the list</source>
        <translation>In danh sách</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>Tệp PDF (*.pdf);;Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Printing the list…</source>
        <translation>Đang in danh sách…</translation>
    </message>
    <message>
        <source>Leader summary</source>
        <translation>Tóm tắt cho lãnh đạo</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Making the leader summary…</source>
        <translation>Đang lập tóm tắt cho lãnh đạo…</translation>
    </message>
</context>
</TS>
