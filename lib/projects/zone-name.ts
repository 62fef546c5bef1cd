/**
 * A zone's name the way the board writes it in tables: "Khu công nghiệp Phước Lộc" → "KCN Phước Lộc",
 * "Cụm công nghiệp An Tiến" → "CCN An Tiến" (the glossary's abbreviations). Other names are unchanged.
 */
export function zoneShortName(name: string): string {
  return name.replace(/^khu công nghiệp\s+/iu, "KCN ").replace(/^cụm công nghiệp\s+/iu, "CCN ");
}
