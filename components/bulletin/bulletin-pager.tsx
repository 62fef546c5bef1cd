"use client";

import { Pagination } from "@/components/data-table/pagination";
import { useTableUrl } from "@/components/data-table/use-table-url";
import type { PerPage } from "@/lib/data-table/paging";

/** The bulletin list's pages, in its URL (?page=&perPage=) as every list keeps them. */
export function BulletinPager(props: { page: number; perPage: PerPage; count: number; totalPages: number }) {
  const { navigate } = useTableUrl();
  return <Pagination {...props} onPage={(page) => navigate({ page })} onPerPage={(perPage) => navigate({ perPage }, { resetPage: true })} />;
}
