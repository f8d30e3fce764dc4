// The build finds a browser itself (scripts/pdf/browser.ts) and `npm run setup` installs one when
// none is found, so `npm ci` never tries a download that a closed network would make fail.
// https://pptr.dev/guides/configuration
module.exports = { skipDownload: true };
