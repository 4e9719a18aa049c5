/** Exit codes of the command line, as documented in the README. */
export const EXIT = {
	ok: 0,
	/** A usage error, or a contact that does not exist. */
	usage: 1,
	/** The vault cannot be read. */
	vault: 2,
	/** A write failed; nothing was changed. */
	write: 3,
} as const;

export class CliError extends Error {
	constructor(message: string, readonly exitCode: number) {
		super(message);
		this.name = "CliError";
	}
}
