/** Site paths that calculator islands link to, with the configured base path. */
import type { Locale } from '../../lib/number/index.ts';

/** The sources page in `locale`, e.g. `/ikuti-balik/en/referensi/sumber/` under a base path. */
export function sourcesPath(locale: Locale): string {
	const base = import.meta.env.BASE_URL.replace(/\/$/, '');
	return `${base}${locale === 'en' ? '/en' : ''}/referensi/sumber/`;
}
