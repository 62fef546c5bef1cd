import type { InvestorKind } from "../../lib/generated/prisma/enums";
import { stamp, type Day } from "./dates";
import {
  COUNTRY_STYLES,
  FOREIGN_PERSONS,
  GIVEN_FEMALE,
  GIVEN_MALE,
  MIDDLE_FEMALE,
  MIDDLE_MALE,
  SURNAMES,
  VN_COMPANY_FORMS,
  VN_STEMS,
} from "./names";
import { Rng, Weighted } from "./random";
import type { InvestorRow } from "./rows";
import type { VsicClass } from "./vsic";

export interface InvestorSeed {
  row: InvestorRow;
  /** What its projects are called after ("Hanil Vina", "Minh Phát"). */
  brand: string;
}

const VN_FORMS = new Weighted(VN_COMPANY_FORMS);
const NAME_ATTEMPTS = 6;

/**
 * The province's register of investors, filled as projects arrive: a project's lead is either an
 * investor already in the province (groups come back with second and third projects) or a new one.
 */
export class InvestorBook {
  readonly investors: InvestorSeed[] = [];
  private readonly organisationsByCountry = new Map<string, InvestorSeed[]>();
  private readonly identifiers = new Set<string>();
  private readonly names = new Set<string>();
  private readonly developers = new Map<string, InvestorSeed>();

  constructor(private readonly rng: Rng) {}

  /** A returning organisation of that country (with chance 1 − newShare) or a new investor. */
  lead(country: string, vsic: VsicClass, on: Day, newShare: number, individualShare: number): InvestorSeed {
    const known = this.organisationsByCountry.get(country);
    if (known && known.length > 0 && !this.rng.chance(newShare)) return this.rng.pick(known);
    const kind: InvestorKind = this.rng.chance(individualShare) ? "INDIVIDUAL" : "ORGANIZATION";
    return this.create(country, kind, vsic, on);
  }

  create(
    country: string,
    kind: InvestorKind,
    vsic: VsicClass,
    on: Day,
    named?: { name: string; brand: string },
    returning = kind === "ORGANIZATION",
  ): InvestorSeed {
    const { name, brand } = named ?? this.uniqueName(country, kind, vsic);
    const created = stamp(on);
    const seed: InvestorSeed = {
      row: {
        id: this.investors.length + 1,
        name,
        kind,
        country,
        identifier: this.uniqueIdentifier(country, kind),
        createdAt: created,
        updatedAt: created,
      },
      brand,
    };
    this.investors.push(seed);
    if (returning) {
      const list = this.organisationsByCountry.get(country) ?? [];
      list.push(seed);
      this.organisationsByCountry.set(country, list);
    }
    return seed;
  }

  /** A company registered in Vietnam but majority foreign-owned: Article 23 of the 2020 Investment Law makes its projects FDI. */
  foreignOwnedVietnameseCompany(parentCountry: string, vsic: VsicClass, on: Day): InvestorSeed {
    const style = COUNTRY_STYLES[parentCountry];
    if (!style) throw new Error(`No naming style for investor country ${parentCountry}`);
    const brand = `${this.rng.pick(style.stems)} ${style.brandSuffix}`;
    return this.create("VN", "ORGANIZATION", vsic, on, { name: `Công ty TNHH ${brand}`, brand });
  }

  /** The developer of a zone, named in the zone's record; one developer may build several zones. */
  developer(name: string, vsic: VsicClass, on: Day): InvestorSeed {
    const known = this.developers.get(name);
    if (known) return known;
    // Developers lead their zones' infrastructure projects only, so they are kept out of the returning pool.
    const investor = this.create("VN", "ORGANIZATION", vsic, on, { name, brand: name }, false);
    this.developers.set(name, investor);
    return investor;
  }

  private uniqueName(country: string, kind: InvestorKind, vsic: VsicClass): { name: string; brand: string } {
    let candidate = this.name(country, kind, vsic);
    // Past a few attempts a repeated name is accepted: real registers have namesakes too.
    for (let i = 1; i < NAME_ATTEMPTS && this.names.has(candidate.name); i++) candidate = this.name(country, kind, vsic);
    this.names.add(candidate.name);
    return candidate;
  }

  private name(country: string, kind: InvestorKind, vsic: VsicClass): { name: string; brand: string } {
    const rng = this.rng;
    if (country === "VN") {
      if (kind === "INDIVIDUAL") return { name: vietnamesePerson(rng), brand: rng.pick(VN_STEMS) };
      const stem = rng.pick(VN_STEMS);
      const form = rng.weighted(VN_FORMS);
      return { name: form === "Tập đoàn" ? `Tập đoàn ${stem}` : `${form} ${vsic.viSector} ${stem}`, brand: stem };
    }
    const style = COUNTRY_STYLES[country];
    if (!style) throw new Error(`No naming style for investor country ${country}`);
    const stem = rng.pick(style.stems);
    const brand = `${stem} ${style.brandSuffix}`;
    const persons = FOREIGN_PERSONS[country];
    if (kind === "INDIVIDUAL" && persons) return { name: rng.pick(persons), brand };
    return { name: style.format(stem, vsic.enSector, (items) => rng.pick(items)), brand };
  }

  private uniqueIdentifier(country: string, kind: InvestorKind): string {
    for (;;) {
      const id = identifier(this.rng, country, kind);
      const key = `${country}|${id}`;
      if (!this.identifiers.has(key)) {
        this.identifiers.add(key);
        return id;
      }
    }
  }
}

export function vietnamesePerson(rng: Rng): string {
  const male = rng.chance(0.6);
  return [rng.pick(SURNAMES), rng.pick(male ? MIDDLE_MALE : MIDDLE_FEMALE), rng.pick(male ? GIVEN_MALE : GIVEN_FEMALE)].join(" ");
}

/** Registration numbers in each country's usual shape (tax code, USCC, UEN, EIN…). */
function identifier(rng: Rng, country: string, kind: InvestorKind): string {
  if (kind === "INDIVIDUAL") {
    return country === "VN" ? `0${String(rng.int(1, 96)).padStart(2, "0")}${rng.int(0, 3)}${rng.digits(8)}` : `${rng.letter()}${rng.digits(8)}`;
  }
  switch (country) {
    case "VN":
      return `${rng.pick(["01", "02", "03", "04", "23", "25", "26", "27", "46", "48"])}${rng.digits(8)}`;
    case "KR":
      return `${rng.digits(3)}-${rng.digits(2)}-${rng.digits(5)}`;
    case "CN":
      return `91${rng.digits(6)}MA${alphanumeric(rng, 8)}`;
    case "JP":
      return rng.digits(13);
    case "SG":
      return `${rng.int(1995, 2023)}${rng.digits(5)}${rng.letter()}`;
    case "TW":
      return rng.digits(8);
    case "HK":
      return rng.digits(7);
    case "US":
      return `${rng.digits(2)}-${rng.digits(7)}`;
    case "DE":
      return `HRB ${rng.digits(6)}`;
    default:
      return rng.digits(9);
  }
}

function alphanumeric(rng: Rng, length: number): string {
  let result = "";
  for (let i = 0; i < length; i++) result += rng.chance(0.5) ? rng.letter() : rng.digits(1);
  return result;
}
