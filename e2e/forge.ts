import { request as playwrightRequest, type Page, type Request } from "@playwright/test";
import { storageStateOf, type RoleName } from "./roles";

/** A real server-action request, recorded from the browser, to replay under another identity. */
export type CapturedAction = { url: string; headers: Record<string, string>; body: Buffer };

/** Runs `act` on `page` and records the server-action POST it sends (without its cookies). */
export async function captureAction(page: Page, act: () => Promise<void>): Promise<CapturedAction> {
  const sent = page.waitForRequest((r: Request) => r.method() === "POST" && !!r.headers()["next-action"]);
  await act();
  const request = await sent;
  const headers = { ...request.headers() };
  delete headers.cookie;
  return { url: request.url(), headers, body: request.postDataBuffer() ?? Buffer.alloc(0) };
}

/**
 * Sends the recorded bytes again as `role` (or anonymously), the way a crafted POST would:
 * no page, no button, only the server's own checks stand in the way. Returns the response text.
 */
export async function replayAction(baseURL: string, action: CapturedAction, role: RoleName | null, body = action.body) {
  const api = await playwrightRequest.newContext({ baseURL, storageState: role ? storageStateOf(role) : undefined });
  try {
    const response = await api.post(action.url, { headers: action.headers, data: body, maxRedirects: 0 });
    return { status: response.status(), text: await response.text() };
  } finally {
    await api.dispose();
  }
}
