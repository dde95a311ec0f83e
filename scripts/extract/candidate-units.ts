/** The units of values found in sentences, shared by the candidates' search and the concordance's reader. */

/** Units a value may be written in, longest first where one starts another (the concordance's reader knows them too). */
export const CANDIDATE_UNITS = [
  String.raw`%\s*\/\s*năm`,
  "%",
  "lần",
  "(?:nghìn |triệu )?(?:tỷ|tỉ) đồng",
  String.raw`triệu đồng(?:\s*\/\s*(?:người|tháng|ha|năm)(?:\s*\/\s*năm)?)?`,
  "(?:tỷ|tỉ|triệu) (?:USD|đô la Mỹ(?: \\(USD\\))?)",
  String.raw`USD(?:\s*\/\s*người)?`,
  "(?:triệu |nghìn )?(?:tấn|lượt khách|lượt người|lượt|ha|km|người|lao động|hộ)",
  String.raw`(?:giường(?: bệnh)?|bác sĩ)(?:\s*\/\s*(?:0?1\s+)?vạn dân)?`,
  "(?:triệu |tỷ )?kWh",
  "MW",
  "doanh nghiệp",
  "hợp tác xã",
  "HTX",
  "xã",
  "căn(?: hộ)?",
  "trường",
  "sản phẩm",
  "công trình",
  "dự án",
  "điểm",
];
