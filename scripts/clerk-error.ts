/**
 * An error whose message is already written for the clerk, in Thai, with what to do: commands
 * print it as it is, without the "for developers" hint. Kept apart from the modules that throw
 * it, so reporting a failure never loads the browser library.
 */
export class ClerkError extends Error {}
