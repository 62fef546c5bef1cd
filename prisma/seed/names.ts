// Name material for a fictional province. Place names are composed from common Vietnamese
// syllables; company stems are typical of each investor country without naming real groups.

export const PROVINCE = "Bình Minh";
export const BOARD_NAME = "Ban Quản lý các Khu công nghiệp tỉnh Bình Minh";
/** Projects outside every zone get their IRC from the province's department, not the board. */
export const DEPARTMENT_NAME = "Sở Tài chính tỉnh Bình Minh";

export interface District {
  name: string;
  mountain: boolean;
  /** Relative chance of hosting a KCN / a CCN. */
  kcnWeight: number;
  ccnWeight: number;
}

export const DISTRICTS: readonly District[] = [
  { name: "Thành phố Bình Minh", mountain: false, kcnWeight: 3, ccnWeight: 2 },
  { name: "Thị xã Đông Hải", mountain: false, kcnWeight: 3, ccnWeight: 2 },
  { name: "Huyện Tân Phước", mountain: false, kcnWeight: 2, ccnWeight: 3 },
  { name: "Huyện Vĩnh An", mountain: false, kcnWeight: 2, ccnWeight: 3 },
  { name: "Huyện Long Điền", mountain: false, kcnWeight: 1, ccnWeight: 3 },
  { name: "Huyện Gia Hưng", mountain: false, kcnWeight: 1, ccnWeight: 3 },
  { name: "Huyện Sơn Khê", mountain: true, kcnWeight: 0, ccnWeight: 2 },
  { name: "Huyện Mường Lư", mountain: true, kcnWeight: 0, ccnWeight: 2 },
];

export const PLACE_FIRST = [
  "Tân", "Phú", "Hòa", "Long", "An", "Đông", "Tây", "Nam", "Bắc", "Vĩnh",
  "Minh", "Gia", "Thuận", "Phước", "Quang", "Hưng", "Mỹ", "Kim", "Yên", "Thạch",
] as const;
export const PLACE_SECOND = [
  "Hòa", "Lâm", "Phát", "Thành", "Lộc", "Hưng", "Sơn", "Điền", "Khánh", "Xuân",
  "Thịnh", "Mỹ", "Bình", "Trung", "An", "Lợi", "Phong", "Đức", "Tiến", "Hải",
] as const;
export const MOUNTAIN_FIRST = ["Nà", "Bản", "Pác", "Cốc", "Mường", "Phiêng"] as const;
export const MOUNTAIN_SECOND = ["Khê", "Lư", "Pàng", "Sam", "Hin", "Lầu", "Chang", "Mạ"] as const;

export const SURNAMES = [
  "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
] as const;
export const MIDDLE_MALE = ["Văn", "Hữu", "Đức", "Minh", "Quốc", "Thành", "Công", "Xuân"] as const;
export const MIDDLE_FEMALE = ["Thị", "Ngọc", "Thu", "Thanh", "Kim", "Minh", "Bích"] as const;
export const GIVEN_MALE = ["Hùng", "Dũng", "Tuấn", "Minh", "Nam", "Long", "Hải", "Quân", "Phong", "Sơn", "Thắng", "Khánh", "Bảo", "Trung"] as const;
export const GIVEN_FEMALE = ["Lan", "Hương", "Hà", "Linh", "Mai", "Trang", "Thảo", "Ngọc", "Yến", "Hoa", "Nhung", "Vân"] as const;

/** Brand stems of Vietnamese companies ("Công ty Cổ phần Nhựa Minh Phát"). */
export const VN_STEMS = [
  "Minh Phát", "Thành Công", "Hòa Bình", "Phú Thịnh", "An Khang", "Tân Á", "Đại Dương", "Hưng Thịnh", "Sao Mai",
  "Thái Sơn", "Kim Long", "Phúc Lộc", "Trường An", "Bảo Ngọc", "Đông Á", "Hải Hà", "Nam Việt", "Quang Minh",
  "Vạn Xuân", "Thiên Phú", "Hoàng Gia", "Tiến Đạt", "Phương Đông", "Việt Hưng", "Toàn Thắng", "Hồng Phát",
  "Lộc Phát", "Đức Long", "Gia Khang", "Thuận Phát", "Ánh Dương", "Trí Việt", "Nhật Quang", "Bình Minh Xanh",
  "Tâm Đức", "Kim Thành", "Hợp Nhất", "Thịnh Vượng", "Đại Phát", "Tân Tiến",
] as const;
export const VN_COMPANY_FORMS: readonly (readonly [string, number])[] = [
  ["Công ty Cổ phần", 45],
  ["Công ty TNHH", 40],
  ["Công ty TNHH MTV", 10],
  ["Tập đoàn", 5],
];

export interface CountryStyle {
  /** How a company from this country names itself, given a stem and a sector word. */
  format: (stem: string, sector: string, pick: <T>(items: readonly T[]) => T) => string;
  stems: readonly string[];
  /** The suffix its Vietnamese subsidiary usually takes ("Hanil Vina", "Tanaka Việt Nam"). */
  brandSuffix: string;
}

const coLtd = (stem: string, sector: string) => `${stem} ${sector} Co., Ltd.`;

export const COUNTRY_STYLES: Readonly<Record<string, CountryStyle>> = {
  KR: {
    stems: ["Hanil", "Daewon", "Seojin", "Woojin", "Sungwoo", "Haesung", "Jinwoo", "Dongyang", "Samil", "Youngpoong",
      "Kukdong", "Taeyang", "Hwaseung", "Myungjin", "Daesung", "Shinsung", "Pyunghwa", "Dongsung", "Sejin", "Hanwool",
      "Kwangjin", "Iljin", "Mirae", "Bumjin", "Chungwoo", "Sambo", "Hyundong", "Gaon", "Joowon", "Seohan"],
    format: coLtd,
    brandSuffix: "Vina",
  },
  CN: {
    stems: ["Huaxing", "Jiali", "Hongda", "Xinyuan", "Tianrun", "Jinlong", "Haitian", "Ruifeng", "Yongsheng", "Dachang",
      "Kaixin", "Mingyang", "Hengtong", "Zhongxin", "Baoli", "Xinhua", "Guangyu", "Shengtai"],
    format: (stem, sector, pick) =>
      `${pick(["Shenzhen", "Ningbo", "Suzhou", "Xiamen", "Dongguan", "Guangzhou", "Wuxi", "Qingdao", "Foshan", "Hangzhou", "Changzhou", "Wenzhou"])} ${stem} ${sector} Co., Ltd.`,
    brandSuffix: "Việt Nam",
  },
  JP: {
    stems: ["Tanaka", "Nishimura", "Yamamoto", "Kobayashi", "Matsuda", "Okamoto", "Hayashi", "Morita", "Sanwa", "Daiichi",
      "Tokai", "Chubu", "Shinwa", "Nakano", "Fujimoto", "Ishikawa", "Yoshida", "Asahi Kasei"],
    format: (stem, sector, pick) => `${stem} ${sector} ${pick(["Co., Ltd.", "Co., Ltd.", "Corporation"])}`,
    brandSuffix: "Việt Nam",
  },
  SG: {
    stems: ["Straits", "Merlion", "Orchid", "Lion City", "Pacific Crest", "Marina", "Evergreen Asia", "Kallang", "Jurong", "Tanjong"],
    format: (stem, _sector, pick) => `${stem} ${pick(["Holdings", "Investments", "Ventures", "Capital", "Industrial"])} Pte. Ltd.`,
    brandSuffix: "Việt Nam",
  },
  TW: {
    stems: ["Chien Hung", "Yuan Feng", "Tai Ming", "Sheng Hua", "Kuo Yang", "Chang Yi", "Hsin Tai", "Fu Chun", "Ho Ping", "Lien Fa", "Jui Li", "Kang Ning"],
    format: coLtd,
    brandSuffix: "Việt Nam",
  },
  HK: {
    stems: ["Wing Tai", "Kam Lung", "Fortune Ocean", "Sun Wah", "Golden Crown", "Tak Shing", "Man Yee", "Lucky Star", "Pearl River", "Hop Hing"],
    format: (stem, _sector, pick) => `${stem} ${pick(["International", "Holdings", "Industrial", "Trading"])} Limited`,
    brandSuffix: "Việt Nam",
  },
  US: {
    stems: ["Summit", "Pinnacle", "Bluewater", "Redwood", "Keystone", "Lakeside", "Ironwood", "Silver Creek", "Northstar", "Harbor"],
    format: (stem, sector, pick) => `${stem} ${sector} ${pick(["Inc.", "Inc.", "LLC"])}`,
    brandSuffix: "Việt Nam",
  },
  TH: { stems: ["Chao Phraya", "Rattana", "Sukhothai", "Thanakorn", "Siriwat"], format: coLtd, brandSuffix: "Việt Nam" },
  MY: { stems: ["Perdana", "Seri", "Mutiara", "Gemilang", "Sinar"], format: (stem, sector) => `${stem} ${sector} Sdn. Bhd.`, brandSuffix: "Việt Nam" },
  DE: { stems: ["Hoffmann", "Becker", "Schneider", "Krüger", "Weber"], format: (stem, _s, pick) => `${stem} ${pick(["Technik", "Maschinenbau", "Industrie"])} GmbH`, brandSuffix: "Việt Nam" },
  NL: { stems: ["Van Dijk", "De Vries", "Jansen"], format: (stem) => `${stem} Holding B.V.`, brandSuffix: "Việt Nam" },
  FR: { stems: ["Durand", "Moreau", "Laurent"], format: (stem) => `${stem} Industries S.A.S.`, brandSuffix: "Việt Nam" },
  GB: { stems: ["Ashford", "Whitmore", "Kingsley"], format: (stem) => `${stem} Holdings Ltd`, brandSuffix: "Việt Nam" },
  VG: { stems: ["Grand Ocean", "Asia Star", "Everwin", "Glory Rise"], format: (stem) => `${stem} Holdings Limited`, brandSuffix: "Việt Nam" },
  AU: { stems: ["Southern Cross", "Coral Bay"], format: (stem) => `${stem} Pty Ltd`, brandSuffix: "Việt Nam" },
  IN: { stems: ["Shree Ganesh", "Vardhman", "Sahyadri"], format: (stem) => `${stem} Industries Pvt. Ltd.`, brandSuffix: "Việt Nam" },
};

/** Where the province's FDI comes from, roughly as in northern Vietnam's bulletins. */
export const FDI_COUNTRIES: readonly (readonly [string, number])[] = [
  ["KR", 27], ["CN", 20], ["JP", 13], ["SG", 9], ["TW", 9], ["HK", 7], ["US", 3], ["TH", 2], ["MY", 2],
  ["DE", 2], ["VG", 2], ["NL", 1], ["FR", 1], ["GB", 1], ["AU", 0.5], ["IN", 0.5],
];

/** Foreign individuals are named the way their passports print them. */
export const FOREIGN_PERSONS: Readonly<Record<string, readonly string[]>> = {
  KR: ["KIM SUNG HO", "LEE JAE WON", "PARK MIN SOO", "CHOI YOUNG JIN", "JUNG HYUN WOO"],
  CN: ["ZHANG WEI", "WANG FANG", "LI QIANG", "LIU YANG", "CHEN JIE"],
  JP: ["TANAKA HIROSHI", "SATO KENJI", "SUZUKI YUKI"],
  TW: ["LIN CHIH-MING", "HUANG WEN-HSIUNG", "CHEN SHU-FEN"],
};
