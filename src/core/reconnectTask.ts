/**
 * The task Reconnect writes into the daily note for a contact, `- [ ] Reconnect with [[Jane Doe]] —
 * congratulate on the promotion`, and how it is recognised wherever it is read: the duplicate
 * check before a draft is inserted, the tick that records the contact, the sentences already
 * drafted today, and the follow-ups (a reminder to write is not a follow-up). One writer and one
 * reader, side by side, so they cannot drift apart.
 */

/** The task line for a contact, linked by `linktext`, with what to do after the dash. */
export function reconnectTaskLine(linktext: string, summary: string): string {
	return `- [ ] Reconnect with [[${linktext}]] — ${summary}`;
}

/** A reconnect task on a line: in any checkbox state, with any list marker and indentation. */
const TASK = /^\s*(?:[-*+]|\d{1,9}[.)])\s+\[(.)\]\s+reconnect with \[\[([^\]|#]+)(?:#[^\]|]*)?(?:\|[^\]]*)?\]\]/iu;

export interface ReconnectTask {
	/** The checkbox's character: " " while open. */
	status: string;
	/** The link text, without a heading or an alias. */
	linktext: string;
}

/** The reconnect task on a line, or null. */
export function parseReconnectTask(line: string): ReconnectTask | null {
	const match = TASK.exec(line);
	return match ? { status: match[1] ?? " ", linktext: (match[2] ?? "").trim() } : null;
}

/** Does a line hold the reconnect task for `linktext` (compared case-insensitively)? */
export function reconnectTaskMatcher(linktext: string): (line: string) => boolean {
	const wanted = linktext.trim().toLowerCase();
	return (line) => parseReconnectTask(line)?.linktext.toLowerCase() === wanted;
}

/** Are a task's words (without its checkbox) a reconnect task? Such a task is not a follow-up. */
export function isReconnectTaskWords(words: string): boolean {
	return /^reconnect with \[\[/i.test(words.trim());
}
