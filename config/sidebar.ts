import type { StarlightUserConfig } from '@astrojs/starlight/types';

/**
 * Sidebar groups. Labels are Indonesian with English translations; page links use each page's own
 * title in the reader's language, so a page renamed in one language updates the sidebar by itself.
 */
export const sidebar = [
	{
		label: 'Mulai',
		translations: { en: 'Start' },
		items: [{ slug: 'index' }],
	},
] satisfies NonNullable<StarlightUserConfig['sidebar']>;
