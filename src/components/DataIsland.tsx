/**
 * The “Your data” island: hands the chosen files to a same-origin Web Worker and shows what it
 * answers, in two sections (follower exports, post statistics). It never receives, shows or stores
 * an account name. What it decides lives in `src/lib/imports/`; what it shows, in `./data/`.
 */
import type { DataImportDictionary } from '../i18n/data-import.ts';
import type { Locale } from '../lib/number/index.ts';
import FollowSection from './data/FollowSection.tsx';
import PostSection from './data/PostSection.tsx';
import { useDataWorker } from './data/useDataWorker.ts';

export interface DataIslandProps {
	locale: Locale;
	strings: DataImportDictionary;
	/** The follow-back and engagement calculators in this language, base path included. */
	reciprocityHref: string;
	engagementHref: string;
}

export default function DataIsland({
	locale,
	strings: t,
	reciprocityHref,
	engagementHref,
}: DataIslandProps) {
	const worker = useDataWorker();
	return (
		<div class="ib-calculator ib-data">
			<FollowSection worker={worker} locale={locale} t={t} reciprocityHref={reciprocityHref} />
			<PostSection worker={worker} locale={locale} t={t} engagementHref={engagementHref} />
		</div>
	);
}
