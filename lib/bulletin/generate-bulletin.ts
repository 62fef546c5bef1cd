import "server-only";
import { AppError } from "@/lib/actions/app-error";
import { toFieldErrors } from "@/lib/actions/field-errors";
import { writeAudit } from "@/lib/audit/write-audit";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { reportPeriod } from "@/lib/reports/period";
import { getSettings } from "@/lib/settings/get-settings";
import { collectBulletinFigures } from "./collect-figures";
import { buildBulletinDocument, buildBulletinFrame, type BulletinDocument } from "./document";
import { renderBulletinHtml } from "./html";
import { readPeriodLists } from "./read-period-lists";
import { openPrinter, type Printer } from "./pdf";
import { PRINTED_LIST_LIMIT } from "./project-lists";
import { generateBulletinSchema, parseIsoDay, type GenerateBulletinInput } from "./schemas";
import { buildBulletinXlsx } from "./xlsx";

type Files = { document: BulletinDocument; xlsx: Buffer; pdf: Buffer };

/**
 * Three readers at once: the figures (lib/reports, through Prisma), the settings, and the lists'
 * counts and first rows (their own snapshot, read-period-lists.ts). With the lists and settings
 * the frame is known and the XLSX writes every list row from that snapshot; with the figures the
 * document is complete, the PDF prints and the XLSX adds its sheets of figures.
 */
async function makeFiles(actor: CurrentUser, reportDate: Date, generatedAt: Date, printer: Printer): Promise<Files> {
  const period = reportPeriod(reportDate);
  const reading = collectBulletinFigures(actor, period);
  const settings = getSettings();
  const [, , files] = await Promise.all([
    reading,
    settings,
    readPeriodLists(actor, period, PRINTED_LIST_LIMIT, async ({ newProjects, increases, stream }): Promise<Files> => {
      const frame = buildBulletinFrame({ period, settings: await settings, newProjects, increases }, { at: generatedAt, by: actor.name });
      const document = reading.then((figures) => buildBulletinDocument(frame, figures));
      const [pdf, xlsx] = await Promise.all([
        document.then((doc) => printer.print(renderBulletinHtml(doc))),
        buildBulletinXlsx(frame, document, { stream }, generatedAt),
      ]);
      return { document: await document, xlsx, pdf };
    }),
  ]);
  return files;
}

export type GeneratedBulletin = { id: number; reportDate: string };

/**
 * Generates the bulletin for a report date: reads the figures (lib/reports, as the dashboard),
 * formats them once, writes the XLSX and prints the PDF, then keeps all three with the audit event
 * in one transaction. The files are made before the transaction, so a failure leaves nothing.
 */
export async function generateBulletin(actor: CurrentUser | null, input: GenerateBulletinInput): Promise<GeneratedBulletin> {
  assertCan(actor, "reports:generate");
  const parsed = generateBulletinSchema.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", toFieldErrors(parsed.error));
  const reportDate = parseIsoDay(parsed.data.reportDate);
  if (!reportDate) throw new AppError("VALIDATION", { reportDate: [{ key: "bulletin.errors.date" }] });

  const generatedAt = new Date();
  const printer = openPrinter();
  const { document, xlsx, pdf } = await makeFiles(actor, reportDate, generatedAt, printer).finally(() => {
    // Chromium takes about a second to shut down; the files are stored meanwhile. A browser that
    // fails to close has nothing left to lose.
    void printer.close().catch(() => undefined);
  });

  return db.$transaction(async (tx) => {
    const bulletin = await tx.bulletin.create({
      data: {
        reportDate,
        generatedAt,
        generatedById: actor.id,
        generatedByName: actor.name,
        document: document as unknown as Prisma.InputJsonObject,
        xlsx: new Uint8Array(xlsx),
        pdf: new Uint8Array(pdf),
      },
      select: { id: true },
    });
    await writeAudit(tx, {
      actor,
      action: "GENERATE",
      entity: "Bulletin",
      entityId: bulletin.id,
      meta: {
        reportDate: document.reportDate,
        newProjects: document.newProjects.total,
        increases: document.increases.total,
        pdfBytes: pdf.length,
        xlsxBytes: xlsx.length,
      },
    });
    return { id: bulletin.id, reportDate: document.reportDate };
  });
}
