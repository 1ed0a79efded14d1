/** The label of each field from a dictionary's `fields` entry, by field name. */
export function labelsOf(
	fields: Readonly<Record<string, { label: string }>>,
): Record<string, string> {
	return Object.fromEntries(Object.entries(fields).map(([name, f]) => [name, f.label]));
}
