import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
	i18n: defineCollection({
		loader: i18nLoader(),
		// Our own UI strings, required in id.json and en.json alike.
		schema: i18nSchema({
			extend: z.object({
				// The hint after the other language's name in the header's language switch.
				'languageSwitch.hint': z.string(),
				// The home pages' hero actions: into the guide, the calculators, the trainers' page.
				'home.actions.guide': z.string(),
				'home.actions.calculators': z.string(),
				'home.actions.trainers': z.string(),
			}),
		}),
	}),
};
