import { deflateRawSync, crc32 } from "node:zlib";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/actions/app-error";
import { makeUser } from "@/lib/testing/factories";
import { MAX_FILE_BYTES, MAX_ROWS } from "./limits";
import { projectRow, projectsXlsx } from "./testing/project-sheet";
import { uploadImport } from "./upload-import";

// Limits and refusals: each file is refused with its own message, before any job is stored.

async function refusal(fileName: string, bytes: Buffer): Promise<string | undefined> {
  const staff = await makeUser("STAFF");
  const error = await uploadImport(staff, { kind: "PROJECTS", fileName, bytes }).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe("VALIDATION");
  return (error as AppError).fieldErrors?.file?.[0]?.key;
}

/** A real zip: each entry deflated, with local headers, a central directory and its end record. */
function zip(entries: { name: string; data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const packed = deflateRawSync(e.data, { level: 9 });
    const crc = crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(e.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

describe("import limits and refusals", () => {
  it("refuses a file of more than 100,000 rows", async () => {
    const header = "Mã dự án,Tên dự án\n";
    const body = Array.from({ length: MAX_ROWS + 1 }, (_, i) => `DA-${i},Dự án ${i}`).join("\n");
    expect(await refusal("nhieu-dong.csv", Buffer.from(header + body))).toBe("imports.errors.tooManyRows");
  });

  it("accepts exactly 100,000 rows as far as the row limit goes", async () => {
    const staff = await makeUser("STAFF");
    const body = Array.from({ length: MAX_ROWS }, (_, i) => `DA-${i},Dự án ${i}`).join("\n");
    const { id } = await uploadImport(staff, { kind: "PROJECTS", fileName: "du.csv", bytes: Buffer.from(`Mã dự án,Tên dự án\n${body}`) });
    expect((await db.importJob.findUniqueOrThrow({ where: { id } })).total).toBe(MAX_ROWS);
  });

  it("refuses a file larger than 20 MB", async () => {
    expect(await refusal("lon.csv", Buffer.alloc(MAX_FILE_BYTES + 1, "a"))).toBe("imports.errors.fileTooLarge");
  });

  it("refuses an .xlsx that is a zip bomb, without inflating it", async () => {
    const bomb = zip([
      { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
      { name: "xl/workbook.xml", data: Buffer.from("<workbook/>") },
      { name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(64 * 1024 * 1024, " ") },
    ]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await refusal("bom.xlsx", bomb)).toBe("imports.errors.zipBomb");
  });

  it("refuses an .exe renamed .csv, a binary .csv, a non-UTF-8 .csv and a non-zip .xlsx", async () => {
    const exe = Buffer.concat([Buffer.from("MZ"), Buffer.from([0x90, 0, 3, 0, 0, 0, 4, 0]), Buffer.from("This program cannot be run in DOS mode")]);
    expect(await refusal("du-an.csv", exe)).toBe("imports.errors.notText");
    expect(await refusal("du-an.csv", Buffer.from([0x61, 0x2c, 0x00, 0x62]))).toBe("imports.errors.notText");
    expect(await refusal("du-an.csv", Buffer.from([0x4d, 0xe3, 0x20, 0x64, 0x1b]))).toBe("imports.errors.notUtf8");
    expect(await refusal("du-an.xlsx", Buffer.from("Mã dự án,Tên\nDA-1,x"))).toBe("imports.errors.notXlsx");
    expect(await refusal("du-an.exe", exe)).toBe("imports.errors.fileType");
  });

  it("accepts a real workbook (the checks do not refuse what exceljs writes)", async () => {
    const staff = await makeUser("STAFF");
    await expect(uploadImport(staff, { kind: "PROJECTS", fileName: "ok.xlsx", bytes: await projectsXlsx([projectRow()]) })).resolves.toHaveProperty("id");
  });
});
