import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, resolveLocale } from "./locale";
import { loadMessages } from "./messages";

// next-intl without locale routing: the language lives in a cookie, Vietnamese by default.
export default getRequestConfig(async () => {
  const locale = resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale, messages: loadMessages(locale), timeZone: "Asia/Ho_Chi_Minh" };
});
