/**
 * Writing YAML scalars that read back as the same value: plain when that is unambiguous, else
 * double-quoted with escapes. Strings that YAML 1.2 or 1.1 parsers would read as another type
 * (numbers, booleans, null) are quoted; dates such as 2026-11-25 stay plain, as people write them.
 */

export function yamlKey(key: string): string {
	// A key that starts with a digit could read as a number or a date in some parsers.
	return isPlainSafe(key, false) && !/^[0-9]/.test(key) && key !== "<<" ? key : doubleQuoted(key);
}

export function scalarText(value: string | number | boolean, inFlow: boolean): string {
	if (typeof value === "number") return numberText(value);
	if (typeof value === "boolean") return value ? "true" : "false";
	return isPlainSafe(value, inFlow) ? value : doubleQuoted(value);
}

function numberText(n: number): string {
	if (Number.isNaN(n)) return ".nan";
	if (n === Infinity) return ".inf";
	if (n === -Infinity) return "-.inf";
	return Object.is(n, -0) ? "-0" : String(n);
}

/** Words YAML 1.2 (core) or 1.1 parsers read as null, booleans or numbers. */
const NOT_A_STRING = [
	/^(?:~|null|Null|NULL)$/,
	/^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/,
	/^[-+]?(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9_]+)(?:[eE][-+]?[0-9]+)?$/,
	/^[-+]?0(?:x[0-9a-fA-F_]+|o[0-7_]+|b[01_]+)$/,
	/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/,
	/^[-+]?\.(?:inf|Inf|INF)$/,
	/^\.(?:nan|NaN|NAN)$/,
];

function isPlainSafe(s: string, inFlow: boolean): boolean {
	if (s === "" || s !== s.trim() || s === "<<") return false;
	if ("-?:,[]{}#&*!|>'\"%@`".includes(s.charAt(0))) return false;
	if (s.includes(": ") || s.includes(":\t") || s.endsWith(":") || s.includes(" #") || s.includes("\t#")) return false;
	if (inFlow && /[,[\]{}]/.test(s)) return false;
	if (hasUnsafeCharacter(s)) return false;
	return !NOT_A_STRING.some((re) => re.test(s));
}

/** Control characters, line or paragraph separators, BOMs and lone surrogates need escapes. */
function hasUnsafeCharacter(s: string): boolean {
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029 || c === 0xfeff) return true;
		if (c >= 0xd800 && c <= 0xdbff) {
			const low = s.charCodeAt(i + 1);
			if (!(low >= 0xdc00 && low <= 0xdfff)) return true;
			i++;
		} else if (c >= 0xdc00 && c <= 0xdfff) {
			return true;
		}
	}
	return false;
}

/** JSON strings are valid YAML double-quoted scalars; a few more characters are escaped for YAML 1.1. */
function doubleQuoted(s: string): string {
	return JSON.stringify(s).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
