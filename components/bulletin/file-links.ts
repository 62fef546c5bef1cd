import type { BulletinFileKind } from "@/lib/bulletin/schemas";

/** Where a kept bulletin's files and print view are served (app/api/bulletins, app/(app)/reports/[id]/print). */
export const bulletinFileHref = (id: number, kind: BulletinFileKind) => `/api/bulletins/${id}/${kind}`;
export const bulletinPrintHref = (id: number) => `/reports/${id}/print`;
