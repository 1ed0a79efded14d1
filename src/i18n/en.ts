/** Strings of our own components in English; same shape as `id.ts`, the source of truth. */
import type { Dictionary } from './id.ts';

export const en = {
	common: {
		summary: 'Results at a glance',
		allResults: 'See all results',
		moreResults: 'More results',
		notComputable: '—',
		copyLink: 'Copy scenario link',
		copied: 'Link copied.',
		copyFailed: 'The link could not be copied automatically. Copy it from this field:',
		rejectedNotice:
			'Some values in this link are not valid and were ignored: {names}. Those fields are left empty.',
		fixMarked: 'Fix the marked fields first.',
		readAsDecimal: 'Read as {value} (that separator was taken as the decimal point).',
		readAsCompact: 'Read as {value} (already rounded by the platform’s app).',
		results: 'Results',
		warnings: 'Mind the platform rules',
		source: 'Source',
		unofficial: 'unofficial',
		share: {
			button: 'Share',
			showQr: 'Show QR code',
			hideQr: 'Hide QR code',
			qrLabel: 'QR code for {url}',
			qrFailed: 'The QR code could not be loaded. Reload the page and try again.',
		},
		compare: {
			start: 'Compare',
			startHint:
				'Copy this scenario as scenario B, then change its numbers and see the differences.',
			stop: 'Stop comparing',
			scenarioA: 'Scenario A',
			scenarioB: 'Scenario B',
			difference: '{difference} compared with A',
			same: 'Same as A',
			point: 'percentage point',
			points: 'percentage points',
			failed: 'The comparison could not be loaded. Reload the page and try again.',
		},
		parseErrors: {
			empty: 'This field is required.',
			'ambiguous-m': 'Write the full number, for example 1,200,000.',
			'not-a-number': 'Enter a number only, for example 1,234 or 12.5.',
			'two-decimal-marks': 'This number has two decimal points. Use one, for example 12.5.',
			'bad-grouping':
				'The thousands separators are off. Use a comma every three digits and a point for decimals, for example 1,234.5.',
			exponent:
				'Exponent notation (such as 1e5) is not supported. Write the number out, for example 100,000.',
			negative: 'The number cannot be negative.',
			'fraction-in-count': 'Enter a whole number: a count cannot be a fraction.',
			'too-large': 'The number is too large. The limit is 1,000,000,000,000.',
		},
	},
	reciprocity: {
		label: 'Follow-back calculator',
		platform: 'Platform',
		platforms: {
			x: 'X (formerly Twitter)',
			instagram: 'Instagram',
			facebook: 'Facebook',
			linkedin: 'LinkedIn',
			other: 'Other',
		},
		action: 'How you reach out on LinkedIn',
		actions: {
			follow: 'Follow (one-way)',
			connect: 'Send connection invitations (two-way)',
		},
		actionHint:
			'On LinkedIn a follow is one-way and is not a connection; the 30,000-connection limit and the invitation limits apply to connection invitations only.',
		attempt: 'Your attempt',
		account: 'Your account now',
		plan: 'Plan',
		fields: {
			followed: { label: 'Accounts you followed', hint: 'In one follow-back attempt.' },
			followedBack: { label: 'Followed you back', hint: 'Out of the accounts you followed.' },
			followers: { label: 'Your followers now', hint: 'Optional; for the ratio.' },
			following: {
				label: 'Accounts you follow now',
				hint: 'Optional; for the ratio and the chart.',
			},
			target: { label: 'New followers wanted', hint: 'How many new followers you want.' },
			perDay: { label: 'Accounts to follow a day', hint: 'The pace you plan.' },
			minutesEach: {
				label: 'Minutes per account',
				hint: 'Including checking the profile. Decimals are fine, for example 1.5.',
			},
			retention: {
				label: 'Still following after a month (%)',
				hint: 'Optional. Of those who followed back, the percentage still following you a month later. Left empty, it counts as 100%: the most optimistic case.',
			},
			days: {
				label: 'Days available',
				hint: 'Optional; to work out the daily pace needed.',
			},
		},
		results: {
			followBackRate: 'Follow-back rate',
			followBackRateLow: 'Follow-back rate, lower bound',
			followBackRateHigh: 'Follow-back rate, upper bound',
			notFollowingBack: 'Did not follow back',
			ratio: 'Follower ratio (followers ÷ following)',
			followsNeeded: 'Accounts to follow',
			followsNeededLow: 'Accounts to follow, fewest',
			followsNeededHigh: 'Accounts to follow, most',
			daysNeeded: 'Days needed',
			daysNeededLow: 'Days needed, fewest',
			daysNeededHigh: 'Days needed, most',
			hoursNeeded: 'Hours of work needed',
			followingAfter: 'Accounts you follow afterwards',
			perDayNeeded: 'Accounts a day to finish in time',
			gainInDays: 'New followers in the days available',
		},
		interval:
			'With a sample of {followed} accounts, the true rate is likely (95%) between {low} and {high}. The more accounts in the attempt, the narrower this range.',
		headline: {
			followBackRate: 'Follow-back rate',
			followsNeeded: 'Follows needed',
			daysNeeded: 'Time',
		},
		units: {
			sent: 'accounts',
			count: 'accounts',
			gained: 'followers',
			days: 'days',
			hours: 'hours',
		},
		ratioNote:
			'The ratio here is followers divided by accounts followed. Bands such as “below 1” or “2 and up” are informal rules of thumb from 2008–09, not platform rules.',
		missing: {
			'needs-followed': 'Enter how many accounts you followed.',
			'needs-followed-back': 'Enter how many followed you back.',
			'needs-followers': 'Enter your follower count now.',
			'needs-following': 'Enter how many accounts you follow now.',
			'needs-target': 'Enter the new followers you want.',
			'needs-per-day': 'Enter how many accounts you follow a day.',
			'needs-minutes-each': 'Enter the minutes per account.',
			'needs-days': 'Enter the days available.',
			'zero-low-rate':
				'Cannot be worked out: with this sample, the true follow-back rate could be 0%.',
			'zero-retention': 'Cannot be worked out: if nobody stays, the target is never reached.',
			'zero-days': 'Cannot be worked out: enter more than 0 days.',
			'following-zero': 'Cannot be worked out: you do not follow anyone yet.',
			'no-ratio-for-connections':
				'Not worked out for connection invitations: a connection is always two-way, so it has no follower ratio.',
			'zero-rate':
				'Cannot be worked out: nobody followed back, so no matter how many accounts you follow, you will not reach the target.',
			'zero-pace': 'Cannot be worked out: a pace of 0 accounts a day never reaches the target.',
			'input-error': 'Fix the marked fields first.',
			'out-of-range':
				'The result is too large to work out. Check for very small or very large numbers.',
		},
		errors: {
			'followed-back-exceeds-followed':
				'The accounts that followed you back cannot outnumber the accounts you followed.',
			'followed-zero':
				'Enter more than 0: the follow-back rate is worked out from the accounts you followed.',
			'retention-above-100':
				'Enter at most 100%: you cannot keep more followers than followed you back.',
		},
		warnings: {
			'daily-limit':
				'X limits new follows to {limit} a day. The number of days is worked out at {limit} a day, not at your planned pace.',
			'per-day-needed-over-limit':
				'To finish in time you would need more than {limit} follows a day, but X limits new follows to {limit} a day. Allow more days or lower the target.',
			'weekly-invitations':
				'This plan means more than {limit} invitations a week. Many users report a cap of about {limit} invitations a week (unofficial; LinkedIn has never confirmed it). LinkedIn itself says it may restrict accounts that send many invitations in a short time.',
			'unpublished-action-limits':
				'Instagram limits actions per hour and per day without publishing the numbers; Meta’s spam rule bans engaging “at very high frequencies”.',
			'following-threshold':
				'This plan takes you past {limit} accounts followed. On X, past {limit} accounts, whether you can follow more depends on your follower ratio, and the ratio required is not published.',
			'following-cap':
				'This plan goes past the limit of {limit} accounts on this platform. You will not be able to follow that many accounts.',
			'following-cap-reported':
				'This plan goes past the widely reported Instagram limit of {limit} accounts (unofficial: no official help page has confirmed it).',
			'connection-cap':
				'This plan goes past LinkedIn’s widely reported limit of {limit} first-degree connections. You will not be able to have that many connections.',
			'follow-churn-x':
				'X explicitly bans following and then unfollowing many accounts so you can keep following, or to improve your ratio.',
			'follow-churn-meta':
				'Following and then unfollowing many accounts so you can keep following, or to improve your ratio, is risky: Meta (Facebook, Instagram) bans artificially boosting popularity and engaging “at very high frequencies”.',
			'follow-churn-unpublished':
				'Following and then unfollowing many accounts so you can keep following is risky. We found no rule of this platform specifically about it; do not take that as permission.',
		},
		chart: {
			title: 'Projected number of accounts you follow',
			day: 'Day',
			limit: 'Limit {limit}',
			summary: 'Chart: the accounts you follow rise from {start} to {end} over {days} days.',
			summaryReachedPassed:
				'The platform limit of {limit} accounts is reached on day {reached} and passed on day {passed}.',
			summaryReachedSameDay:
				'The platform limit of {limit} accounts is reached and passed on the same day, day {day}.',
			summaryReachedOnly:
				'The platform limit of {limit} accounts is reached on day {day} but not passed.',
			summaryUnderLimit: 'The platform limit of {limit} accounts is not passed.',
			summaryAboveLimit: 'You are above the platform limit of {limit} accounts from the start.',
			summaryRatio:
				'At the end of day {day}, your follower ratio is down to {ratio} (from {start} at the start), if those who follow back do so the same day.',
			range: 'Range',
			summaryRange:
				'Across the range of follow-back rates, the plan ends between day {low} and day {high} (the colored band).',
		},
		connect: {
			fields: {
				followed: {
					label: 'Invitations you sent',
					hint: 'Connection invitations in one attempt.',
				},
				followedBack: {
					label: 'Invitations accepted',
					hint: 'Out of the invitations you sent.',
				},
				followers: { label: 'Your followers now', hint: 'Not used for connections.' },
				following: {
					label: 'Your connections now',
					hint: 'Optional; for the chart and the connection limit.',
				},
				target: { label: 'New connections wanted', hint: 'How many new connections you want.' },
				perDay: { label: 'Invitations to send a day', hint: 'The pace you plan.' },
				minutesEach: {
					label: 'Minutes per invitation',
					hint: 'Including checking the profile. Decimals are fine, for example 1.5.',
				},
				retention: {
					label: 'Still connected after a month (%)',
					hint: 'Optional. Of the invitations accepted, the percentage still connected with you a month later. Left empty, it counts as 100%: the most optimistic case.',
				},
				days: {
					label: 'Days available',
					hint: 'Optional; to work out the daily pace needed.',
				},
			},
			results: {
				followBackRate: 'Acceptance rate',
				followBackRateLow: 'Acceptance rate, lower bound',
				followBackRateHigh: 'Acceptance rate, upper bound',
				notFollowingBack: 'Invitations not accepted',
				ratio: 'Follower ratio (followers ÷ following)',
				followsNeeded: 'Invitations to send',
				followsNeededLow: 'Invitations to send, fewest',
				followsNeededHigh: 'Invitations to send, most',
				daysNeeded: 'Days needed',
				daysNeededLow: 'Days needed, fewest',
				daysNeededHigh: 'Days needed, most',
				hoursNeeded: 'Hours of work needed',
				followingAfter: 'Connections afterwards',
				perDayNeeded: 'Invitations a day to finish in time',
				gainInDays: 'New connections in the days available',
			},
			headline: {
				followBackRate: 'Accepted',
				followsNeeded: 'To send',
				daysNeeded: 'Time',
			},
			units: {
				sent: 'invitations',
				count: 'connections',
				gained: 'connections',
				days: 'days',
				hours: 'hours',
			},
			interval:
				'With a sample of {followed} invitations, the true acceptance rate is likely (95%) between {low} and {high}. The more invitations in the attempt, the narrower this range.',
			missing: {
				'needs-followed': 'Enter how many invitations you sent.',
				'needs-followed-back': 'Enter how many invitations were accepted.',
				'needs-followers': 'Enter your follower count now.',
				'needs-following': 'Enter how many connections you have now.',
				'needs-target': 'Enter the new connections you want.',
				'needs-per-day': 'Enter how many invitations you send a day.',
				'needs-minutes-each': 'Enter the minutes per invitation.',
				'needs-days': 'Enter the days available.',
				'zero-low-rate':
					'Cannot be worked out: with this sample, the true acceptance rate could be 0%.',
				'zero-retention':
					'Cannot be worked out: if nobody stays connected, the target is never reached.',
				'zero-days': 'Cannot be worked out: enter more than 0 days.',
				'following-zero': 'Cannot be worked out: you do not follow anyone yet.',
				'no-ratio-for-connections':
					'Not worked out for connection invitations: a connection is always two-way, so it has no follower ratio.',
				'zero-rate':
					'Cannot be worked out: no invitation was accepted, so no matter how many you send, you will not reach the target.',
				'zero-pace':
					'Cannot be worked out: a pace of 0 invitations a day never reaches the target.',
				'input-error': 'Fix the marked fields first.',
				'out-of-range':
					'The result is too large to work out. Check for very small or very large numbers.',
			},
			errors: {
				'followed-back-exceeds-followed':
					'The invitations accepted cannot outnumber the invitations you sent.',
				'followed-zero':
					'Enter more than 0: the acceptance rate is worked out from the invitations you sent.',
				'retention-above-100':
					'Enter at most 100%: you cannot keep more connections than accepted your invitations.',
			},
			chart: {
				title: 'Projected number of your connections',
				day: 'Day',
				limit: 'Limit {limit}',
				summary: 'Chart: your connections rise from {start} to {end} over {days} days.',
				summaryReachedPassed:
					'The platform limit of {limit} connections is reached on day {reached} and passed on day {passed}.',
				summaryReachedSameDay:
					'The platform limit of {limit} connections is reached and passed on the same day, day {day}.',
				summaryReachedOnly:
					'The platform limit of {limit} connections is reached on day {day} but not passed.',
				summaryUnderLimit: 'The platform limit of {limit} connections is not passed.',
				summaryAboveLimit:
					'You are above the platform limit of {limit} connections from the start.',
				summaryRatio:
					'At the end of day {day}, your follower ratio is down to {ratio} (from {start} at the start), if those who follow back do so the same day.',
				range: 'Range',
				summaryRange:
					'Across the range of acceptance rates, the plan ends between day {low} and day {high} (the colored band).',
			},
		},
	},
	engagement: {
		label: 'Engagement-rate calculator',
		platform: 'Platform',
		platforms: {
			instagram: 'Instagram',
			facebook: 'Facebook',
			x: 'X (formerly Twitter)',
			tiktok: 'TikTok',
			linkedin: 'LinkedIn',
			other: 'Other',
		},
		groups: {
			posts: 'Posts',
			interactions: 'Interactions (totals over all those posts)',
			audience: 'Audience',
		},
		fields: {
			posts: { label: 'Number of posts', hint: 'How many posts the numbers below cover.' },
			likes: { label: 'Likes', hint: 'Total likes.' },
			comments: {
				label: 'Comments',
				hint: 'Total comments. Not every comment is conversation: many are a quick compliment.',
			},
			shares: { label: 'Shares', hint: 'Total times the posts were shared.' },
			saves: {
				label: 'Saves',
				hint: 'Total times the posts were saved. Leave empty if there are none.',
			},
			followers: { label: 'Followers', hint: 'The account’s follower count.' },
			reach: { label: 'Reach', hint: 'Optional: total accounts those posts reached.' },
			views: {
				label: 'Views',
				hint: 'Optional: total views, including repeat views by the same person.',
			},
			targetRate: {
				label: 'Target engagement rate by followers (%)',
				hint: 'Optional: the rate per post you aim for, for example 1.5.',
			},
			impressions: {
				label: 'Impressions',
				hint: 'Optional: total impressions, the times those posts were shown.',
			},
		},
		target: 'Target',
		metricHints: {
			instagram:
				'Instagram: since 2024, Insights reports views and accounts reached, not impressions. Fill in views and reach.',
			facebook:
				'Facebook: enter the metrics your Insights shows, in the field of the same name. Impressions and views are different metrics.',
			x: 'X reports impressions. Fill in impressions.',
			tiktok: 'TikTok reports views. Fill in views.',
			linkedin: 'LinkedIn reports impressions. Fill in impressions.',
			other:
				'Enter the metrics your platform reports, in the field of the same name. Impressions and views are different metrics.',
		},
		results: {
			interactions: 'Interactions',
			erFollowers: 'Engagement rate by followers (per post)',
			erReach: 'Engagement rate by reach',
			erImpressions: 'Engagement rate by impressions',
			erViews: 'Engagement rate by views',
			interactionsNeeded: 'Interactions per post to reach the target',
			interactionsGap: 'Interactions per post still missing',
			conversationShare: 'Comment share (comments ÷ interactions)',
			benchmark: 'Platform median (benchmark)',
			benchmarkMultiple: 'Benchmark multiple',
		},
		headline: {
			erFollowers: 'By followers',
			erReach: 'By reach',
			erImpressions: 'By impressions',
			erViews: 'By views',
		},
		formulas: {
			interactions: '{likes} + {comments} + {shares} + {saves} = {result}',
			erFollowers: '{interactions} ÷ {posts} ÷ {followers} × 100 = {result}',
			erReach: '{interactions} ÷ {reach} × 100 = {result}',
			erImpressions: '{interactions} ÷ {impressions} × 100 = {result}',
			erViews: '{interactions} ÷ {views} × 100 = {result}',
			interactionsNeeded: '⌈{targetRate} ÷ 100 × {followers}⌉ = {result}',
			interactionsGap:
				'{interactionsNeeded} − {interactions} ÷ {posts} = {result} (never negative)',
			conversationShare: '{comments} ÷ {interactions} × 100 = {result}',
			benchmarkMultiple: '{erFollowers} ÷ {benchmark} = {result}',
		},
		benchmarkSource:
			'Rival IQ, 2023 benchmark report ({year} data): median engagement per post by followers',
		commentShareNote:
			'The comment share is at most an upper bound on conversation, not a measure of it: most comments, such as a quick compliment, are not conversation.',
		benchmarkNote:
			'Only the engagement rate by followers is compared with the benchmark, because the two share a denominator. The rates by reach, by impressions and by views use other denominators. That is why different tools can report very different rates for the same posts.',
		missing: {
			'needs-posts': 'Enter the number of posts.',
			'needs-interactions': 'Enter at least one kind of interaction.',
			'needs-followers': 'Enter the follower count.',
			'needs-reach': 'Enter the reach to work out this rate.',
			'needs-impressions': 'Enter the impressions to work out this rate.',
			'needs-views': 'Enter the views to work out this rate.',
			'needs-target-rate': 'Enter the target engagement rate.',
			'views-zero': 'Cannot be worked out: 0 views.',
			'followers-zero': 'Cannot be worked out: the account has no followers.',
			'reach-zero': 'Cannot be worked out: the reach is 0.',
			'impressions-zero': 'Cannot be worked out: the impressions are 0.',
			'no-interactions': 'Cannot be worked out: there are no interactions yet.',
			'no-benchmark': 'The benchmark report does not cover this platform.',
			'input-error': 'Fix the marked fields first.',
			'out-of-range':
				'The result is too large to work out. Check for very small or very large numbers.',
		},
		errors: {
			'posts-zero': 'Enter more than 0: engagement is worked out per post.',
			'reach-exceeds-impressions':
				'Reach cannot be larger than impressions: every account reached saw the post at least once.',
			'reach-exceeds-views':
				'Reach cannot be larger than views: every account reached saw the post at least once.',
		},
		chart: {
			title: 'Your engagement against the platform median',
			yours: 'You',
			median: 'Median',
			summary:
				'Your engagement rate by followers (per post) is {yours}, the platform median {median}: {multiple} times the median.',
		},
	},
	reach: {
		label: 'Reach calculator',
		groups: {
			week: 'Your time a week',
			conversation: 'Conversation',
			broadcast: 'Posting to many',
			customers: 'From reach to customers',
		},
		fields: {
			hours: {
				label: 'Hours a week',
				hint: 'The time you spend on social media in a week. Decimals are fine.',
			},
			conversationShare: {
				label: 'Conversation time share (%)',
				hint: 'What percentage of those hours goes to one-to-one conversation: replying, chatting, messaging.',
			},
			minutesPerConversation: {
				label: 'Minutes per conversation',
				hint: 'Average time spent talking with one person.',
			},
			minutesPerPost: { label: 'Minutes per post', hint: 'Time to make and publish one post.' },
			reachPerPost: {
				label: 'People reached per post',
				hint: 'Look up the reach in your account’s statistics.',
			},
			conversationConversion: {
				label: 'Conversion by conversation (%)',
				hint: 'Optional: the percentage of the people you talk with who become customers.',
			},
			broadcastConversion: {
				label: 'Conversion by posting (%)',
				hint: 'Optional: the percentage of the people a post reaches who become customers.',
			},
		},
		slider: 'Slide to split the time',
		sliderValue: '{conversation}% conversation, {broadcast}% posting',
		results: {
			conversations: 'People reached by conversation',
			posts: 'Posts a week',
			broadcastReach: 'People reached by posting',
			totalReach: 'Total reach',
			reachRatio: 'Reach ratio per minute (posting : conversation)',
			conversationCustomers: 'Customers by conversation',
			broadcastCustomers: 'Customers by posting',
			totalCustomers: 'Total customers',
			breakEvenConversion: 'Conversation conversion that matches posting',
		},
		headline: {
			conversations: 'By conversation',
			broadcastReach: 'By posting',
			totalReach: 'Total',
		},
		units: { people: 'people', posts: 'posts', customers: 'customers' },
		postsAverage: 'on average {perWeek} a week: {posts} posts every {weeks} weeks',
		missing: {
			'needs-hours': 'Enter the hours a week.',
			'needs-share': 'Enter the conversation time share.',
			'needs-minutes-per-conversation': 'Enter the minutes per conversation.',
			'needs-minutes-per-post': 'Enter the minutes per post.',
			'needs-reach-per-post': 'Enter the people reached per post.',
			'needs-conversation-conversion': 'Enter the conversion by conversation.',
			'needs-broadcast-conversion': 'Enter the conversion by posting.',
			'zero-minutes-per-conversation': 'Cannot be worked out: a 0-minute conversation.',
			'zero-minutes-per-post': 'Cannot be worked out: a 0-minute post.',
			'input-error': 'Fix the marked fields first.',
			'out-of-range':
				'The result is too large to work out. Check for very small or very large numbers.',
		},
		errors: {
			'hours-above-week': 'A week has only 168 hours.',
			'share-above-100': 'The conversation time share can be 100% at most.',
			'conversion-above-100': 'A conversion rate can be 100% at most.',
		},
		chart: {
			title: 'People reached a week',
			summary: 'Chart: {conversations} people by conversation, {broadcast} people by posting.',
			conversation: 'Conversation',
			broadcast: 'Posting',
		},
		conclusionBroadcast:
			'With your numbers, one minute of posting reaches {ratio} times as many people as one minute of conversation: {conversations} people by conversation, {broadcast} people by posting ({posts}). The source article argues that marketing needs a ratio better than 1:1, while one conversation reaches only one person.',
		conclusionConversation:
			'With your numbers, one minute of conversation reaches as many people as one minute of posting, or more (a ratio of {ratio} : 1): {conversations} people by conversation, {broadcast} people by posting ({posts}). According to the source article, marketing through conversation may pay off for social media celebrities who make most of their living from being “somebody” on Twitter (now X), such as Gary Vaynerchuk or Chris Brogan, but makes no sense for most businesses.',
		breakEven:
			'For an hour of conversation to win as many customers as an hour of making posts, {breakEven}% of the people you talk with would have to become customers.',
		breakEvenImpossible:
			'For an hour of conversation to win as many customers as an hour of making posts, {breakEven}% of the people you talk with would have to become customers. That is more than 100%, so with these numbers conversation cannot match posting in customers.',
		caveat:
			'But reach is not a relationship. People who see a post do not necessarily read it, care or reply, while conversation builds relationships that posting to many does not.',
	},
	training: {
		filterLabel: 'Filter sections',
		filterHint: 'Type part of a title, for example “risk” or “calculator”.',
		matches: '{count} of {total} sections match.',
		copy: 'Copy',
		copyLabel: 'Copy link: {title}',
		copied: 'Link copied.',
		otherLanguage: 'Bahasa Indonesia',
		otherLanguageLabel: '(the same section in Indonesian: {title})',
		qrLabel: 'QR code for {url}',
		page: 'Page',
	},
	headingLink: { copied: 'Link copied' },
	share: {
		shareLabel: 'Share link: {title}',
		imageAlt: 'Preview card reading “{text}”',
	},
} satisfies Dictionary;
