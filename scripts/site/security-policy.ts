/**
 * The Content-Security-Policy every page carries in a `<meta http-equiv>` element: the site may
 * load only its own stylesheets, fonts and images, and runs no script at all, so clerk text that
 * slipped through as HTML could neither run nor restyle the page.
 *
 * `'self'` covers all three ways the site is opened: from a subfolder over http, from
 * http://report.localhost by the PDF printer, and straight from disk, where Chromium lets
 * `'self'` in a file:// page match the other files on disk (measured in Chromium 156; an
 * explicit `file:` is not needed). Left out on purpose: `upgrade-insecure-requests` (it would
 * send an http subfolder's own files to https), and `frame-ancestors`, `report-uri` and
 * `sandbox`, which a `<meta>` policy may not set.
 * Templates write it into the attribute unescaped, for a policy an auditor can read: it must
 * hold no `"`, `&` or `<`.
 * https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/CSP
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "style-src 'self'",
  "font-src 'self'",
  // The print page's favicon is `data:,`, so the browser asks the printer for nothing.
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

/**
 * The preview (`npm run dev`) also runs Eleventy's live-reload script and its WebSocket, both
 * served by the preview itself.
 * https://www.11ty.dev/docs/dev-server/
 */
export const PREVIEW_SECURITY_POLICY = `${CONTENT_SECURITY_POLICY}; script-src 'self'; connect-src 'self'`;

/**
 * A page with a script of the site's own (the OIT page's copy buttons) may run files from the
 * site, never inline code.
 */
export const SCRIPTED_SECURITY_POLICY = `${CONTENT_SECURITY_POLICY}; script-src 'self'`;

/**
 * The policy for Eleventy's run mode (the global `eleventy.env.runMode`) and the page.
 * @example securityPolicy("serve") // => PREVIEW_SECURITY_POLICY
 */
export function securityPolicy(runMode: string, scripts: readonly string[] = []): string {
  if (runMode === "serve") return PREVIEW_SECURITY_POLICY;
  return scripts.length > 0 ? SCRIPTED_SECURITY_POLICY : CONTENT_SECURITY_POLICY;
}
