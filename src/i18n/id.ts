/**
 * Strings of our own components in Indonesian: the source of truth. `en.ts` must have the same
 * shape (`satisfies Dictionary`), so a new message or code cannot ship in one language only.
 * Placeholders in braces (`{limit}`) are filled by `fill()` in `src/lib/i18n/fill.ts`.
 */
export const id = {
	common: {
		summary: 'Ringkasan hasil',
		allResults: 'Lihat semua hasil',
		notComputable: '—',
		copyLink: 'Salin tautan skenario',
		copied: 'Tautan disalin.',
		copyFailed: 'Tautan tidak bisa disalin otomatis. Salin dari kolom ini:',
		rejectedNotice:
			'Sebagian nilai di tautan ini tidak valid sehingga diabaikan: {names}. Kolom itu dibiarkan kosong.',
		fixMarked: 'Perbaiki kolom yang ditandai terlebih dahulu.',
		readAsDecimal: 'Dibaca sebagai {value} (tanda pemisah itu dianggap sebagai tanda desimal).',
		readAsCompact: 'Dibaca sebagai {value} (dibulatkan oleh aplikasi).',
		results: 'Hasil',
		warnings: 'Perhatikan aturan platform',
		source: 'Sumber',
		unofficial: 'tidak resmi',
		parseErrors: {
			empty: 'Kolom ini wajib diisi.',
			'ambiguous-m':
				'Huruf M bisa berarti juta atau miliar. Tulis jt untuk juta (misalnya 1,2 jt) atau angkanya utuh.',
			'not-a-number': 'Tulis angka saja, misalnya 1.234 atau 12,5.',
			'two-decimal-marks': 'Angka ini punya dua tanda desimal. Pakai satu koma, misalnya 12,5.',
			'bad-grouping':
				'Pemisah ribuan tidak tepat. Pakai titik setiap tiga angka dan koma untuk desimal, misalnya 1.234,5.',
			exponent:
				'Notasi eksponen (seperti 1e5) tidak didukung. Tulis angkanya utuh, misalnya 100.000.',
			negative: 'Angka tidak boleh negatif.',
			'fraction-in-count': 'Isi dengan bilangan bulat: jumlah tidak bisa berupa pecahan.',
			'too-large': 'Angka terlalu besar. Batasnya 1.000.000.000.000.',
		},
	},
	reciprocity: {
		label: 'Kalkulator ikuti balik',
		platform: 'Platform',
		platforms: {
			x: 'X (dulu Twitter)',
			instagram: 'Instagram',
			facebook: 'Facebook',
			linkedin: 'LinkedIn',
			other: 'Lainnya',
		},
		attempt: 'Percobaan Anda',
		account: 'Akun Anda sekarang',
		plan: 'Rencana',
		fields: {
			followed: { label: 'Akun yang Anda ikuti', hint: 'Dalam satu percobaan ikuti balik.' },
			followedBack: { label: 'Yang mengikuti balik', hint: 'Dari akun-akun yang Anda ikuti tadi.' },
			followers: { label: 'Pengikut Anda sekarang', hint: 'Opsional; untuk rasio.' },
			following: {
				label: 'Akun yang Anda ikuti sekarang',
				hint: 'Opsional; untuk rasio dan grafik.',
			},
			target: { label: 'Target pengikut baru', hint: 'Berapa pengikut baru yang Anda inginkan.' },
			perDay: { label: 'Akun yang diikuti per hari', hint: 'Kecepatan yang Anda rencanakan.' },
			minutesEach: {
				label: 'Menit per akun',
				hint: 'Termasuk memeriksa profilnya. Boleh desimal, misalnya 1,5.',
			},
		},
		results: {
			followBackRate: 'Tingkat ikuti balik',
			notFollowingBack: 'Tidak mengikuti balik',
			ratio: 'Rasio pengikut (pengikut ÷ yang diikuti)',
			followsNeeded: 'Akun yang perlu diikuti',
			daysNeeded: 'Hari yang dibutuhkan',
			hoursNeeded: 'Jam kerja yang dibutuhkan',
			followingAfter: 'Akun yang Anda ikuti sesudahnya',
		},
		headline: {
			followBackRate: 'Tingkat ikuti balik',
			followsNeeded: 'Perlu diikuti',
			daysNeeded: 'Waktu',
		},
		units: { accounts: 'akun', days: 'hari', hours: 'jam' },
		ratioNote:
			'Arah rasio di sini: pengikut dibagi akun yang diikuti. Kisaran seperti “di bawah 1” atau “2 ke atas” hanyalah kebiasaan tidak resmi dari 2008–2009, bukan aturan platform.',
		missing: {
			'needs-followed': 'Isi jumlah akun yang Anda ikuti.',
			'needs-followed-back': 'Isi berapa yang mengikuti balik.',
			'needs-followers': 'Isi jumlah pengikut Anda sekarang.',
			'needs-following': 'Isi jumlah akun yang Anda ikuti sekarang.',
			'needs-target': 'Isi target pengikut baru.',
			'needs-per-day': 'Isi berapa akun yang Anda ikuti per hari.',
			'needs-minutes-each': 'Isi menit per akun.',
			'following-zero': 'Tidak bisa dihitung: Anda belum mengikuti siapa pun.',
			'zero-rate':
				'Tidak bisa dihitung: tidak ada yang mengikuti balik, jadi berapa pun akun yang Anda ikuti, target tidak akan tercapai.',
			'zero-pace': 'Tidak bisa dihitung: kecepatan 0 akun per hari tidak akan mencapai target.',
			'input-error': 'Perbaiki kolom yang ditandai terlebih dahulu.',
			'out-of-range':
				'Hasilnya terlalu besar untuk dihitung. Periksa angka yang sangat kecil atau sangat besar.',
		},
		errors: {
			'followed-back-exceeds-followed':
				'Yang mengikuti balik tidak bisa lebih banyak daripada akun yang Anda ikuti.',
			'followed-zero': 'Isi lebih dari 0: tingkat ikuti balik dihitung dari akun yang Anda ikuti.',
		},
		warnings: {
			'daily-limit':
				'X membatasi akun yang baru diikuti hingga {limit} per hari. Jumlah hari dihitung dengan {limit} per hari, bukan dengan kecepatan rencana Anda.',
			'weekly-invitations':
				'Rencana ini berarti lebih dari {limit} undangan seminggu. Banyak pengguna melaporkan batas sekitar {limit} undangan per minggu (tidak resmi; LinkedIn tidak pernah mengonfirmasinya). LinkedIn sendiri menyatakan dapat membatasi akun yang mengirim banyak undangan dalam waktu singkat.',
			'unpublished-action-limits':
				'Instagram membatasi jumlah tindakan per jam dan per hari, tetapi tidak mengumumkan angkanya. Kecepatan tinggi bisa memicu pesan “action blocked”.',
			'following-threshold':
				'Rencana ini membawa Anda melewati {limit} akun yang diikuti. Di X, setelah {limit} akun, bisa tidaknya Anda mengikuti akun lain bergantung pada rasio pengikut Anda, dan rasio yang disyaratkan tidak diumumkan.',
			'following-cap':
				'Rencana ini melewati batas {limit} akun di platform ini. Anda tidak akan bisa mengikuti akun sebanyak itu.',
			'following-cap-reported':
				'Rencana ini melewati batas {limit} akun yang banyak dilaporkan untuk Instagram (tidak resmi: belum ada halaman bantuan resmi yang mengonfirmasinya).',
			'follow-churn':
				'Berhenti mengikuti banyak akun demi memberi ruang atau memperbaiki rasio disebut follow churn. X melarangnya secara tegas. Kebijakan Perilaku Tidak Autentik milik Meta (Facebook, Instagram) melarang upaya menaikkan popularitas secara artifisial. LinkedIn tidak menerbitkan aturan khusus tentang follow churn.',
		},
		chart: {
			title: 'Perkiraan jumlah akun yang Anda ikuti',
			day: 'Hari',
			limit: 'Batas {limit}',
			summary:
				'Grafik: jumlah akun yang Anda ikuti naik dari {start} menjadi {end} dalam {days} hari.',
			summaryLimit: 'Batas platform di {limit} akun terlampaui pada hari ke-{day}.',
			summaryUnderLimit: 'Batas platform di {limit} akun tidak terlampaui.',
			summaryAboveLimit: 'Anda sudah berada di atas batas platform ({limit} akun) sejak awal.',
		},
	},

	engagement: {
		label: 'Kalkulator engagement',
		platform: 'Platform',
		platforms: {
			instagram: 'Instagram',
			facebook: 'Facebook',
			x: 'X (dulu Twitter)',
			tiktok: 'TikTok',
			linkedin: 'LinkedIn',
			other: 'Lainnya',
		},
		groups: {
			posts: 'Unggahan',
			interactions: 'Interaksi (total dari semua unggahan itu)',
			audience: 'Audiens',
		},
		fields: {
			posts: {
				label: 'Jumlah unggahan',
				hint: 'Berapa unggahan yang dicakup angka-angka di bawah.',
			},
			likes: { label: 'Suka', hint: 'Total suka (likes).' },
			comments: {
				label: 'Komentar',
				hint: 'Total komentar. Komentar dihitung sebagai percakapan.',
			},
			shares: { label: 'Dibagikan', hint: 'Total berapa kali unggahan dibagikan (shares).' },
			saves: {
				label: 'Disimpan',
				hint: 'Total berapa kali unggahan disimpan (saves). Kosongkan jika tidak ada.',
			},
			followers: { label: 'Pengikut', hint: 'Jumlah pengikut akun.' },
			reach: {
				label: 'Jangkauan',
				hint: 'Opsional: total akun yang dijangkau unggahan-unggahan itu.',
			},
			impressions: {
				label: 'Impresi',
				hint: 'Opsional: total impresi, yaitu berapa kali unggahan-unggahan itu ditampilkan.',
			},
		},
		results: {
			interactions: 'Interaksi',
			erFollowers: 'Tingkat engagement terhadap pengikut (per unggahan)',
			erReach: 'Tingkat engagement terhadap jangkauan',
			erImpressions: 'Tingkat engagement terhadap impresi',
			conversationShare: 'Porsi percakapan (komentar ÷ interaksi)',
			benchmark: 'Median platform (tolok ukur)',
			benchmarkMultiple: 'Kelipatan tolok ukur',
		},
		headline: {
			erFollowers: 'Per pengikut',
			erReach: 'Per jangkauan',
			erImpressions: 'Per impresi',
		},
		formulas: {
			interactions: '{likes} + {comments} + {shares} + {saves} = {result}',
			erFollowers: '{interactions} ÷ {posts} ÷ {followers} × 100 = {result}',
			erReach: '{interactions} ÷ {reach} × 100 = {result}',
			erImpressions: '{interactions} ÷ {impressions} × 100 = {result}',
			conversationShare: '{comments} ÷ {interactions} × 100 = {result}',
			benchmarkMultiple: '{erFollowers} ÷ {benchmark} = {result}',
		},
		benchmarkSource:
			'Rival IQ, laporan tolok ukur 2023 (data {year}): median engagement per unggahan terhadap pengikut',
		benchmarkNote:
			'Hanya tingkat engagement terhadap pengikut yang dibandingkan dengan tolok ukur, karena pembaginya sama. Tingkat terhadap jangkauan atau impresi memakai pembagi lain. Itulah sebabnya alat yang berbeda bisa melaporkan angka yang jauh berbeda untuk unggahan yang sama.',
		missing: {
			'needs-posts': 'Isi jumlah unggahan.',
			'needs-interactions': 'Isi setidaknya satu jenis interaksi.',
			'needs-followers': 'Isi jumlah pengikut.',
			'needs-reach': 'Isi jangkauan untuk menghitung tingkat ini.',
			'needs-impressions': 'Isi impresi untuk menghitung tingkat ini.',
			'followers-zero': 'Tidak bisa dihitung: akun tanpa pengikut.',
			'reach-zero': 'Tidak bisa dihitung: jangkauan 0.',
			'impressions-zero': 'Tidak bisa dihitung: impresi 0.',
			'no-interactions': 'Tidak bisa dihitung: belum ada interaksi.',
			'no-benchmark': 'Laporan tolok ukur tidak mencakup platform ini.',
			'input-error': 'Perbaiki kolom yang ditandai terlebih dahulu.',
			'out-of-range':
				'Hasilnya terlalu besar untuk dihitung. Periksa angka yang sangat kecil atau sangat besar.',
		},
		errors: {
			'posts-zero': 'Isi lebih dari 0: engagement dihitung per unggahan.',
			'reach-exceeds-impressions':
				'Jangkauan tidak bisa lebih besar daripada impresi: setiap akun yang dijangkau melihat unggahan setidaknya sekali.',
		},
		chart: {
			title: 'Engagement Anda dibanding median platform',
			yours: 'Anda',
			median: 'Median',
			summary:
				'Tingkat engagement Anda terhadap pengikut (per unggahan) {yours}, median platform {median}: {multiple} kali median.',
		},
	},
	reach: {
		label: 'Kalkulator jangkauan',
		groups: { week: 'Waktu Anda per minggu', conversation: 'Percakapan', broadcast: 'Siaran' },
		fields: {
			hours: {
				label: 'Jam per minggu',
				hint: 'Waktu yang Anda pakai untuk media sosial dalam seminggu. Boleh desimal.',
			},
			conversationShare: {
				label: 'Porsi waktu percakapan (%)',
				hint: 'Berapa persen dari jam itu untuk percakapan satu lawan satu: membalas, mengobrol, berkirim pesan.',
			},
			minutesPerConversation: {
				label: 'Menit per percakapan',
				hint: 'Rata-rata waktu untuk bercakap dengan satu orang.',
			},
			minutesPerPost: {
				label: 'Menit per unggahan',
				hint: 'Waktu membuat dan menerbitkan satu unggahan.',
			},
			reachPerPost: {
				label: 'Orang yang dijangkau per unggahan',
				hint: 'Lihat angka jangkauan di statistik akun Anda.',
			},
		},
		slider: 'Geser pembagian waktu',
		sliderValue: '{conversation}% percakapan, {broadcast}% siaran',
		results: {
			conversations: 'Orang yang dijangkau lewat percakapan',
			posts: 'Unggahan per minggu',
			broadcastReach: 'Orang yang dijangkau lewat siaran',
			totalReach: 'Jangkauan total',
			reachRatio: 'Rasio jangkauan per menit (siaran : percakapan)',
		},
		headline: {
			conversations: 'Lewat percakapan',
			broadcastReach: 'Lewat siaran',
			totalReach: 'Total',
		},
		units: { people: 'orang', posts: 'unggahan' },
		missing: {
			'needs-hours': 'Isi jam per minggu.',
			'needs-share': 'Isi porsi waktu percakapan.',
			'needs-minutes-per-conversation': 'Isi menit per percakapan.',
			'needs-minutes-per-post': 'Isi menit per unggahan.',
			'needs-reach-per-post': 'Isi orang yang dijangkau per unggahan.',
			'zero-minutes-per-conversation': 'Tidak bisa dihitung: percakapan 0 menit.',
			'zero-minutes-per-post': 'Tidak bisa dihitung: unggahan 0 menit.',
			'input-error': 'Perbaiki kolom yang ditandai terlebih dahulu.',
			'out-of-range':
				'Hasilnya terlalu besar untuk dihitung. Periksa angka yang sangat kecil atau sangat besar.',
		},
		errors: {
			'hours-above-week': 'Satu minggu hanya punya 168 jam.',
			'share-above-100': 'Porsi waktu percakapan paling banyak 100%.',
		},
		chart: {
			title: 'Orang yang dijangkau per minggu',
			summary: 'Grafik: {conversations} orang lewat percakapan, {broadcast} orang lewat siaran.',
			conversation: 'Percakapan',
			broadcast: 'Siaran',
		},
		conclusionBroadcast:
			'Dengan angka Anda, satu menit siaran menjangkau {ratio} kali lebih banyak orang daripada satu menit percakapan: {conversations} orang lewat percakapan, {broadcast} orang lewat {posts} unggahan. Artikel sumber berpendapat bahwa pemasaran membutuhkan rasio yang lebih baik daripada 1:1, sedangkan satu percakapan hanya menjangkau satu orang.',
		conclusionConversation:
			'Dengan angka Anda, satu menit percakapan menjangkau orang sama banyak dengan satu menit siaran, atau lebih banyak (rasio {ratio} : 1): {conversations} orang lewat percakapan, {broadcast} orang lewat {posts} unggahan. Menurut artikel sumber, memasarkan lewat percakapan mungkin sepadan bagi selebritas media sosial yang nafkahnya sebagian besar berasal dari menjadi “seseorang” di Twitter (kini X), seperti Gary Vaynerchuk atau Chris Brogan, tetapi tidak masuk akal bagi sebagian besar bisnis.',
		caveat:
			'Namun, jangkauan bukan hubungan. Orang yang melihat unggahan belum tentu membacanya, peduli, atau membalas, sedangkan percakapan membangun hubungan yang tidak dibangun oleh siaran.',
	},
	training: {
		filterLabel: 'Saring bagian',
		filterHint: 'Ketik sebagian judul, misalnya “risiko” atau “kalkulator”.',
		matches: '{count} dari {total} bagian cocok.',
		copy: 'Salin',
		copyLabel: 'Salin tautan: {title}',
		copied: 'Tautan disalin.',
		otherLanguage: 'English',
		otherLanguageLabel: 'Bagian yang sama dalam bahasa Inggris: {title}',
		qrLabel: 'Kode QR untuk {url}',
		page: 'Halaman',
	},
	headingLink: { copied: 'Tautan disalin' },
};

/** The shape of a dictionary: the same keys as Indonesian, any strings. */
export type Dictionary = Widen<typeof id>;

/** Turns string literal types into `string`, recursively, so translations can differ in wording. */
type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };
