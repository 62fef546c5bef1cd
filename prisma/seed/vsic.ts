// The VSIC classes (Decision 27/2018/QĐ-TTg) that secondary projects in the province register,
// written as section letter + 4-digit class, e.g. "C2610". Weights say how often FDI and DDI pick them.

export interface VsicClass {
  code: string;
  title: string;
  /** The start of a project name ("Nhà máy sản xuất linh kiện điện tử" + brand). */
  projectName: string;
  viSector: string;
  enSector: string;
  fdiWeight: number;
  ddiWeight: number;
  /** Jobs a project creates per million USD of capital; labour-intensive sectors create far more. */
  jobsPerMillionUsd: readonly [number, number];
}

export const VSIC: readonly VsicClass[] = [
  { code: "C2610", title: "Sản xuất linh kiện điện tử", projectName: "Nhà máy sản xuất linh kiện điện tử", viSector: "Điện tử", enSector: "Electronics", fdiWeight: 14, ddiWeight: 1, jobsPerMillionUsd: [15, 40] },
  { code: "C2620", title: "Sản xuất máy vi tính và thiết bị ngoại vi của máy vi tính", projectName: "Nhà máy sản xuất thiết bị ngoại vi máy tính", viSector: "Công nghệ", enSector: "Technology", fdiWeight: 3, ddiWeight: 0.2, jobsPerMillionUsd: [10, 30] },
  { code: "C2640", title: "Sản xuất sản phẩm điện tử dân dụng", projectName: "Nhà máy sản xuất sản phẩm điện tử dân dụng", viSector: "Điện tử", enSector: "Electronics", fdiWeight: 5, ddiWeight: 0.5, jobsPerMillionUsd: [15, 35] },
  { code: "C2670", title: "Sản xuất thiết bị và dụng cụ quang học", projectName: "Nhà máy sản xuất thiết bị quang học", viSector: "Quang học", enSector: "Optical", fdiWeight: 2, ddiWeight: 0.1, jobsPerMillionUsd: [10, 30] },
  { code: "C2710", title: "Sản xuất mô tơ, máy phát, biến thế điện, thiết bị phân phối và điều khiển điện", projectName: "Nhà máy sản xuất mô tơ và thiết bị điện", viSector: "Thiết bị điện", enSector: "Electric", fdiWeight: 4, ddiWeight: 1, jobsPerMillionUsd: [10, 25] },
  { code: "C2732", title: "Sản xuất dây, cáp điện và điện tử khác", projectName: "Nhà máy sản xuất dây và cáp điện", viSector: "Dây cáp điện", enSector: "Cable", fdiWeight: 3, ddiWeight: 1.5, jobsPerMillionUsd: [10, 25] },
  { code: "C1410", title: "May trang phục (trừ trang phục từ da lông thú)", projectName: "Nhà máy may mặc", viSector: "Dệt may", enSector: "Garment", fdiWeight: 9, ddiWeight: 6, jobsPerMillionUsd: [80, 160] },
  { code: "C1520", title: "Sản xuất giày, dép", projectName: "Nhà máy sản xuất giày dép", viSector: "Da giày", enSector: "Footwear", fdiWeight: 6, ddiWeight: 1.5, jobsPerMillionUsd: [90, 180] },
  { code: "C1311", title: "Sản xuất sợi", projectName: "Nhà máy kéo sợi", viSector: "Sợi", enSector: "Textile", fdiWeight: 3, ddiWeight: 1.5, jobsPerMillionUsd: [10, 25] },
  { code: "C1313", title: "Hoàn thiện sản phẩm dệt", projectName: "Nhà máy dệt nhuộm và hoàn thiện vải", viSector: "Dệt nhuộm", enSector: "Textile", fdiWeight: 2, ddiWeight: 1, jobsPerMillionUsd: [15, 35] },
  { code: "C2220", title: "Sản xuất sản phẩm từ plastic", projectName: "Nhà máy sản xuất sản phẩm nhựa", viSector: "Nhựa", enSector: "Plastics", fdiWeight: 6, ddiWeight: 5, jobsPerMillionUsd: [10, 30] },
  { code: "C2211", title: "Sản xuất săm, lốp cao su; đắp và tái chế lốp cao su", projectName: "Nhà máy sản xuất săm lốp cao su", viSector: "Cao su", enSector: "Rubber", fdiWeight: 2, ddiWeight: 0.5, jobsPerMillionUsd: [8, 20] },
  { code: "C2930", title: "Sản xuất phụ tùng và bộ phận phụ trợ cho xe có động cơ", projectName: "Nhà máy sản xuất linh kiện ô tô", viSector: "Phụ tùng ô tô", enSector: "Auto Parts", fdiWeight: 6, ddiWeight: 1, jobsPerMillionUsd: [15, 35] },
  { code: "C2592", title: "Gia công cơ khí; xử lý và tráng phủ kim loại", projectName: "Nhà máy gia công cơ khí chính xác", viSector: "Cơ khí", enSector: "Precision", fdiWeight: 6, ddiWeight: 4, jobsPerMillionUsd: [15, 35] },
  { code: "C2511", title: "Sản xuất các cấu kiện kim loại", projectName: "Nhà máy sản xuất kết cấu thép", viSector: "Kết cấu thép", enSector: "Steel Structure", fdiWeight: 2, ddiWeight: 4, jobsPerMillionUsd: [10, 25] },
  { code: "C2599", title: "Sản xuất sản phẩm khác bằng kim loại chưa được phân vào đâu", projectName: "Nhà máy sản xuất sản phẩm kim loại", viSector: "Kim khí", enSector: "Metal", fdiWeight: 3, ddiWeight: 2, jobsPerMillionUsd: [10, 30] },
  { code: "C3100", title: "Sản xuất giường, tủ, bàn, ghế", projectName: "Nhà máy sản xuất đồ gỗ nội thất", viSector: "Nội thất", enSector: "Furniture", fdiWeight: 3, ddiWeight: 5, jobsPerMillionUsd: [40, 100] },
  { code: "C1629", title: "Sản xuất sản phẩm khác từ gỗ; sản xuất sản phẩm từ tre, nứa, rơm, rạ và vật liệu tết bện", projectName: "Nhà máy chế biến gỗ", viSector: "Lâm sản", enSector: "Wood", fdiWeight: 1, ddiWeight: 4, jobsPerMillionUsd: [30, 80] },
  { code: "C1079", title: "Sản xuất thực phẩm khác chưa được phân vào đâu", projectName: "Nhà máy chế biến thực phẩm", viSector: "Thực phẩm", enSector: "Food", fdiWeight: 2, ddiWeight: 7, jobsPerMillionUsd: [15, 40] },
  { code: "C1080", title: "Sản xuất thức ăn gia súc, gia cầm và thủy sản", projectName: "Nhà máy sản xuất thức ăn chăn nuôi", viSector: "Nông nghiệp", enSector: "Feed", fdiWeight: 1.5, ddiWeight: 4, jobsPerMillionUsd: [5, 15] },
  { code: "C1702", title: "Sản xuất giấy nhăn, bìa nhăn, bao bì từ giấy và bìa", projectName: "Nhà máy sản xuất bao bì giấy", viSector: "Bao bì", enSector: "Packaging", fdiWeight: 2, ddiWeight: 4, jobsPerMillionUsd: [10, 25] },
  { code: "C2023", title: "Sản xuất mỹ phẩm, xà phòng, chất tẩy rửa, làm bóng và chế phẩm vệ sinh", projectName: "Nhà máy sản xuất mỹ phẩm và chất tẩy rửa", viSector: "Hóa mỹ phẩm", enSector: "Chemical", fdiWeight: 1.5, ddiWeight: 2, jobsPerMillionUsd: [8, 20] },
  { code: "C2100", title: "Sản xuất thuốc, hoá dược và dược liệu", projectName: "Nhà máy sản xuất dược phẩm", viSector: "Dược phẩm", enSector: "Pharma", fdiWeight: 1, ddiWeight: 2, jobsPerMillionUsd: [8, 20] },
  { code: "C2395", title: "Sản xuất bê tông và các sản phẩm từ xi măng và thạch cao", projectName: "Nhà máy sản xuất bê tông và cấu kiện đúc sẵn", viSector: "Vật liệu xây dựng", enSector: "Building Materials", fdiWeight: 0.5, ddiWeight: 4, jobsPerMillionUsd: [5, 15] },
  { code: "C3290", title: "Sản xuất khác chưa được phân vào đâu", projectName: "Nhà máy sản xuất hàng tiêu dùng", viSector: "Sản xuất và Thương mại", enSector: "Industrial", fdiWeight: 2, ddiWeight: 1, jobsPerMillionUsd: [20, 50] },
  { code: "D3511", title: "Sản xuất điện", projectName: "Dự án điện mặt trời mái nhà", viSector: "Năng lượng", enSector: "Energy", fdiWeight: 1, ddiWeight: 3, jobsPerMillionUsd: [1, 3] },
  { code: "E3700", title: "Thoát nước và xử lý nước thải", projectName: "Nhà máy xử lý nước thải", viSector: "Môi trường", enSector: "Environmental", fdiWeight: 0.3, ddiWeight: 1, jobsPerMillionUsd: [2, 6] },
  { code: "F4100", title: "Xây dựng nhà các loại", projectName: "Dự án đầu tư xây dựng nhà xưởng", viSector: "Xây dựng", enSector: "Construction", fdiWeight: 0.5, ddiWeight: 3, jobsPerMillionUsd: [2, 8] },
  { code: "H5210", title: "Kho bãi và lưu giữ hàng hóa", projectName: "Trung tâm kho vận", viSector: "Logistics", enSector: "Logistics", fdiWeight: 2, ddiWeight: 3, jobsPerMillionUsd: [3, 10] },
  { code: "L6810", title: "Kinh doanh bất động sản, quyền sử dụng đất thuộc chủ sở hữu, chủ sử dụng hoặc đi thuê", projectName: "Dự án nhà xưởng xây sẵn cho thuê", viSector: "Đầu tư", enSector: "Industrial Park", fdiWeight: 1.5, ddiWeight: 2, jobsPerMillionUsd: [1, 4] },
];

/** The class a zone's own infrastructure project registers under. */
export const INFRASTRUCTURE_VSIC = "L6810";

/** Sectors each country is known for in Vietnam; multiplies the base weight. */
export const COUNTRY_AFFINITY: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  KR: { C2610: 3, C2640: 2, C2620: 2 },
  JP: { C2930: 3, C2592: 2.5, C2670: 2 },
  CN: { C1410: 2, C2710: 2, C2732: 2, C2220: 1.5 },
  TW: { C1520: 3, C1311: 2, C1313: 2 },
  HK: { C1410: 2.5, C1520: 1.5 },
  SG: { H5210: 4, L6810: 4 },
  US: { C2620: 2, C2670: 2 },
  DE: { C2710: 2, C2592: 2 },
};

export function vsicSection(code: string): string {
  const section = code.charAt(0);
  if (!/^[A-U]$/.test(section)) throw new Error(`Not a VSIC code: ${code}`);
  return section;
}
