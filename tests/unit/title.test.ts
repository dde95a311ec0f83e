/** The size a page title is set at (src/lib/title.ts), on real titles of the documents and indicators. */
import { describe, expect, it } from "vitest";
import { titleClass } from "../../src/lib/title.ts";

describe("a page title's size", () => {
  it.each([
    ["Tài liệu", undefined],
    ["3. Nhiệm vụ, giải pháp chủ yếu", undefined],
    ["I. LĨNH VỰC KINH TẾ - XÃ HỘI", "title-caps"],
    ["Tốc độ tăng trưởng GRDP (giá so sánh 2010) – Thuế sản phẩm trừ trợ cấp sản phẩm", "title-long"],
    ["II. CÔNG TÁC XÂY DỰNG ĐẢNG, CHÍNH QUYỀN, MẶT TRẬN TỔ QUỐC VÀ CÁC TỔ CHỨC CHÍNH TRỊ - XÃ HỘI", "title-long title-caps"],
    ["Phần thứ nhất – KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ TỈNH LẦN THỨ XVII, NHIỆM KỲ 2020 - 2025", "title-long title-caps"],
    [
      "PHẦN THỨ NHẤT – ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG VÀ TỈNH HẢI DƯƠNG NHIỆM KỲ 2020 - 2025",
      "title-longer title-caps",
    ],
    [
      "PHỤ LỤC 1 – Kết quả thực hiện các chỉ tiêu xây dựng Đảng, phát triển kinh tế - xã hội của Thành phố Hải Phòng và Tỉnh Hải Dương",
      "title-long",
    ],
  ])("sets %j with %j", (title, cls) => {
    expect(titleClass(title)).toBe(cls);
  });
});
