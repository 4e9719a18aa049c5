import { parse, stringify } from "yaml";

/**
 * YAML with the 1.2 core schema, as Obsidian reads properties: an unquoted 2024-07-21 stays the
 * string "2024-07-21"; numbers, booleans, null, lists and maps are typed. Malformed YAML and
 * duplicate keys throw the `yaml` package's YAMLParseError.
 */
export function parseYaml(yaml: string): unknown {
	return parse(yaml, { schema: "core" }) as unknown;
}

/** Block style, no line folding, empty value for null (`key:`), as Obsidian writes properties. */
export function stringifyYaml(obj: unknown): string {
	return stringify(obj, { schema: "core", lineWidth: 0, nullStr: "" });
}
