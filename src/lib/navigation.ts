/** The site's main sections (the header's menu) and the links of the footer, in one place. */

export const sections = [
  { url: "/tai-lieu/", label: "Tài liệu" },
  { url: "/chi-tieu/", label: "Chỉ tiêu" },
  { url: "/so-sanh/", label: "So sánh" },
  { url: "/chu-de/", label: "Chủ đề" },
  { url: "/du-lieu/", label: "Dữ liệu" },
] as const;

export const footerLinks = [
  { url: "/gioi-thieu/", label: "Giới thiệu và phương pháp" },
  { url: "/tim-kiem/", label: "Tìm kiếm" },
  { url: "/van-ban/", label: "Văn bản được trích dẫn" },
  { url: "/thuat-ngu/", label: "Thuật ngữ và chữ viết tắt" },
] as const;

/**
 * How a section's link is marked on a page: “page” on the section's own page, “true” on a page
 * inside it (the header shows both as the current section), nothing elsewhere.
 */
export function currentMark(sectionUrl: string, pathname: string): "page" | "true" | undefined {
  if (pathname === sectionUrl) return "page";
  return pathname.startsWith(sectionUrl) ? "true" : undefined;
}

/** A mailto: link that opens a message about this page, with its address and a form to fill in; a form's address as it is. */
export function reportLink(address: string, title: string, url: string): string {
  if (/^https:\/\//.test(address)) return address;
  const subject = `Báo lỗi: ${title}`;
  const body = [
    `Trang: ${url}`,
    "",
    "Chỗ sai (bấm nút # cạnh đoạn, dòng bảng hay chỉ tiêu để chép đường dẫn của nó rồi dán vào đây):",
    "",
    "Trang ghi:",
    "",
    "Văn bản gốc ghi (nếu có, kèm trang hoặc dòng):",
    "",
  ].join("\n");
  return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
