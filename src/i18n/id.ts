/**
 * Strings of our own components in Indonesian: the source of truth. `en.ts` must have the same
 * shape (`satisfies Dictionary`), so a new message or code cannot ship in one language only.
 * Placeholders in braces (`{limit}`) are filled by `fill()` in `src/lib/i18n/fill.ts`.
 */
export const id = {
	common: {
		summary: 'Ringkasan hasil',
		allResults: 'Lihat semua hasil',
		/** The disclosure holding the results beyond the few that answer the page's question. */
		moreResults: 'Hasil lainnya',
		notComputable: '—',
		copyLink: 'Salin tautan skenario',
		copied: 'Tautan disalin.',
		copyFailed: 'Tautan tidak bisa disalin otomatis. Salin dari kolom ini:',
		rejectedNotice:
			'Sebagian nilai di tautan ini tidak valid sehingga diabaikan: {names}. Kolom itu dibiarkan kosong.',
		fixMarked: 'Perbaiki kolom yang ditandai terlebih dahulu.',
		readAsDecimal: 'Dibaca sebagai {value} (tanda pemisah itu dianggap sebagai tanda desimal).',
		readAsCompact: 'Dibaca sebagai {value} (sudah dibulatkan oleh aplikasi platform).',
		results: 'Hasil',
		warnings: 'Perhatikan aturan platform',
		source: 'Sumber',
		unofficial: 'tidak resmi',
		share: {
			button: 'Bagikan',
			showQr: 'Tampilkan kode QR',
			hideQr: 'Sembunyikan kode QR',
			qrLabel: 'Kode QR untuk {url}',
			qrFailed: 'Kode QR gagal dimuat. Muat ulang halaman lalu coba lagi.',
		},
		compare: {
			start: 'Bandingkan',
			startHint: 'Salin skenario ini menjadi skenario B, lalu ubah angkanya dan lihat selisihnya.',
			stop: 'Tutup perbandingan',
			scenarioA: 'Skenario A',
			scenarioB: 'Skenario B',
			difference: '{difference} dibanding A',
			same: 'Sama dengan A',
			point: 'poin persentase',
			points: 'poin persentase',
			failed: 'Perbandingan gagal dimuat. Muat ulang halaman lalu coba lagi.',
		},
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
		action: 'Cara terhubung di LinkedIn',
		actions: {
			follow: 'Mengikuti (satu arah)',
			connect: 'Mengirim undangan koneksi (dua arah)',
		},
		actionHint:
			'Di LinkedIn, mengikuti bersifat satu arah dan bukan koneksi; batas 30.000 koneksi dan batas undangan hanya berlaku untuk undangan koneksi.',
		attempt: 'Percobaan Anda',
		account: 'Akun Anda sekarang',
		plan: 'Rencana',
		fields: {
			followed: {
				label: 'Akun yang Anda ikuti dalam percobaan',
				hint: 'Dalam satu percobaan ikuti balik.',
			},
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
			retention: {
				label: 'Yang bertahan setelah sebulan (%)',
				hint: 'Opsional. Dari yang mengikuti balik, berapa persen yang masih mengikuti Anda sebulan kemudian. Jika kosong, dihitung 100%: perkiraan yang paling optimistis.',
			},
			days: {
				label: 'Hari yang tersedia',
				hint: 'Opsional; untuk menghitung kecepatan harian yang dibutuhkan.',
			},
		},
		results: {
			followBackRate: 'Tingkat ikuti balik',
			followBackRateLow: 'Tingkat ikuti balik, batas bawah',
			followBackRateHigh: 'Tingkat ikuti balik, batas atas',
			notFollowingBack: 'Tidak mengikuti balik',
			ratio: 'Rasio pengikut (pengikut ÷ yang diikuti)',
			followsNeeded: 'Akun yang perlu diikuti',
			followsNeededLow: 'Akun yang perlu diikuti, paling sedikit',
			followsNeededHigh: 'Akun yang perlu diikuti, paling banyak',
			daysNeeded: 'Hari yang dibutuhkan',
			daysNeededLow: 'Hari yang dibutuhkan, paling sedikit',
			daysNeededHigh: 'Hari yang dibutuhkan, paling banyak',
			hoursNeeded: 'Jam kerja yang dibutuhkan',
			followingAfter: 'Akun yang Anda ikuti sesudahnya',
			perDayNeeded: 'Akun per hari agar tepat waktu',
			gainInDays: 'Pengikut baru dalam waktu yang tersedia',
		},
		interval:
			'Dengan sampel {followed} akun, tingkat yang sebenarnya kemungkinan besar (95%) berada antara {low} dan {high}. Makin banyak akun dalam percobaan, makin sempit rentang ini.',
		headline: {
			followBackRate: 'Tingkat ikuti balik',
			followsNeeded: 'Perlu diikuti',
			daysNeeded: 'Waktu',
		},
		/** Units of what is sent (followed), of the count the platform limits, and of what is gained. */
		units: { sent: 'akun', count: 'akun', gained: 'pengikut', days: 'hari', hours: 'jam' },
		ratioNote:
			'Arah rasio di sini: pengikut dibagi akun yang diikuti. Kisaran seperti “di bawah 1” atau “2 ke atas” hanyalah aturan praktis tidak resmi dari 2008–2009, bukan aturan platform.',
		missing: {
			'needs-followed': 'Isi jumlah akun yang Anda ikuti dalam percobaan.',
			'needs-followed-back': 'Isi berapa yang mengikuti balik.',
			'needs-followers': 'Isi jumlah pengikut Anda sekarang.',
			'needs-following': 'Isi jumlah akun yang Anda ikuti sekarang.',
			'needs-target': 'Isi target pengikut baru.',
			'needs-per-day': 'Isi berapa akun yang Anda ikuti per hari.',
			'needs-minutes-each': 'Isi menit per akun.',
			'needs-days': 'Isi hari yang tersedia.',
			'zero-low-rate':
				'Tidak bisa dihitung: dengan sampel ini, tingkat ikuti balik yang sebenarnya bisa saja 0%.',
			'zero-retention':
				'Tidak bisa dihitung: jika tidak ada yang bertahan, target tidak akan tercapai.',
			'zero-days': 'Tidak bisa dihitung: isi lebih dari 0 hari.',
			'following-zero': 'Tidak bisa dihitung: Anda belum mengikuti siapa pun.',
			'no-ratio-for-connections':
				'Tidak dihitung untuk undangan koneksi: koneksi selalu dua arah, jadi tidak punya rasio pengikut.',
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
			'retention-above-100':
				'Isi paling banyak 100%: yang bertahan tidak bisa lebih banyak daripada yang mengikuti balik.',
		},
		warnings: {
			'daily-limit':
				'X membatasi akun yang baru diikuti hingga {limit} per hari. Jumlah hari dihitung dengan {limit} per hari, bukan dengan kecepatan rencana Anda.',
			'per-day-needed-over-limit':
				'Agar tepat waktu, Anda perlu mengikuti lebih dari {limit} akun per hari, padahal X membatasi akun yang baru diikuti hingga {limit} per hari. Tambah harinya atau kurangi targetnya.',
			'weekly-invitations':
				'Rencana ini berarti lebih dari {limit} undangan seminggu. Banyak pengguna melaporkan batas sekitar {limit} undangan per minggu (tidak resmi; LinkedIn tidak pernah mengonfirmasinya). LinkedIn sendiri menyatakan dapat membatasi akun yang mengirim banyak undangan dalam waktu singkat.',
			'unpublished-action-limits':
				'Instagram membatasi jumlah tindakan per jam dan per hari tanpa mengumumkan angkanya; aturan spam Meta melarang berinteraksi “dengan frekuensi sangat tinggi”.',
			'following-threshold':
				'Rencana ini membawa Anda melewati {limit} akun yang diikuti. Di X, setelah {limit} akun, bisa tidaknya Anda mengikuti akun lain bergantung pada rasio pengikut Anda, dan rasio yang disyaratkan tidak diumumkan.',
			'following-cap':
				'Rencana ini melewati batas {limit} akun di platform ini. Anda tidak akan bisa mengikuti akun sebanyak itu.',
			'following-cap-reported':
				'Rencana ini melewati batas {limit} akun yang banyak dilaporkan untuk Instagram (tidak resmi: belum ada halaman bantuan resmi yang mengonfirmasinya).',
			'connection-cap':
				'Rencana ini melewati batas {limit} koneksi tingkat pertama di LinkedIn yang banyak dilaporkan. Anda tidak akan bisa punya koneksi sebanyak itu.',
			'follow-churn-x':
				'X melarang secara tegas mengikuti lalu berhenti mengikuti banyak akun agar bisa terus mengikuti atau memperbaiki rasio.',
			'follow-churn-meta':
				'Mengikuti lalu berhenti mengikuti banyak akun agar bisa terus mengikuti atau memperbaiki rasio berisiko: Meta (Facebook, Instagram) melarang upaya menaikkan popularitas secara artifisial dan berinteraksi “dengan frekuensi sangat tinggi”.',
			'follow-churn-unpublished':
				'Mengikuti lalu berhenti mengikuti banyak akun agar bisa terus mengikuti berisiko. Kami tidak menemukan aturan platform ini yang khusus tentang hal itu; jangan anggap itu sebagai izin.',
		},
		chart: {
			title: 'Perkiraan jumlah akun yang Anda ikuti',
			day: 'Hari',
			limit: 'Batas {limit}',
			summary:
				'Grafik: jumlah akun yang Anda ikuti naik dari {start} menjadi {end} dalam {days} hari.',
			summaryReachedPassed:
				'Batas platform ({limit} akun) tercapai pada hari ke-{reached} dan terlampaui pada hari ke-{passed}.',
			summaryReachedSameDay:
				'Batas platform ({limit} akun) tercapai dan terlampaui pada hari yang sama, hari ke-{day}.',
			summaryReachedOnly:
				'Batas platform ({limit} akun) tercapai pada hari ke-{day}, tetapi tidak terlampaui.',
			summaryUnderLimit: 'Batas platform ({limit} akun) tidak terlampaui.',
			summaryAboveLimit: 'Anda sudah berada di atas batas platform ({limit} akun) sejak awal.',
			summaryRatio:
				'Pada akhir hari ke-{day}, rasio pengikut Anda tinggal {ratio} (di awal {start}), jika yang mengikuti balik melakukannya pada hari yang sama.',
			range: 'Rentang',
			summaryRange:
				'Dengan rentang tingkat ikuti balik, rencana selesai antara hari ke-{low} dan hari ke-{high} (bagian yang diwarnai).',
		},
		/** LinkedIn connection invitations: the same fields and results, named for invitations and connections. */
		connect: {
			fields: {
				followed: {
					label: 'Undangan yang Anda kirim dalam percobaan',
					hint: 'Undangan koneksi dalam satu percobaan.',
				},
				followedBack: {
					label: 'Undangan yang diterima',
					hint: 'Dari undangan yang Anda kirim tadi.',
				},
				followers: { label: 'Pengikut Anda sekarang', hint: 'Tidak dipakai untuk koneksi.' },
				following: {
					label: 'Koneksi Anda sekarang',
					hint: 'Opsional; untuk grafik dan batas koneksi.',
				},
				target: { label: 'Target koneksi baru', hint: 'Berapa koneksi baru yang Anda inginkan.' },
				perDay: {
					label: 'Undangan yang dikirim per hari',
					hint: 'Kecepatan yang Anda rencanakan.',
				},
				minutesEach: {
					label: 'Menit per undangan',
					hint: 'Termasuk memeriksa profilnya. Boleh desimal, misalnya 1,5.',
				},
				retention: {
					label: 'Yang tetap terhubung setelah sebulan (%)',
					hint: 'Opsional. Dari undangan yang diterima, berapa persen yang masih terhubung dengan Anda sebulan kemudian. Jika kosong, dihitung 100%: perkiraan yang paling optimistis.',
				},
				days: {
					label: 'Hari yang tersedia',
					hint: 'Opsional; untuk menghitung kecepatan harian yang dibutuhkan.',
				},
			},
			results: {
				followBackRate: 'Tingkat penerimaan undangan',
				followBackRateLow: 'Tingkat penerimaan undangan, batas bawah',
				followBackRateHigh: 'Tingkat penerimaan undangan, batas atas',
				notFollowingBack: 'Undangan yang tidak diterima',
				ratio: 'Rasio pengikut (pengikut ÷ yang diikuti)',
				followsNeeded: 'Undangan yang perlu dikirim',
				followsNeededLow: 'Undangan yang perlu dikirim, paling sedikit',
				followsNeededHigh: 'Undangan yang perlu dikirim, paling banyak',
				daysNeeded: 'Hari yang dibutuhkan',
				daysNeededLow: 'Hari yang dibutuhkan, paling sedikit',
				daysNeededHigh: 'Hari yang dibutuhkan, paling banyak',
				hoursNeeded: 'Jam kerja yang dibutuhkan',
				followingAfter: 'Koneksi sesudahnya',
				perDayNeeded: 'Undangan per hari agar tepat waktu',
				gainInDays: 'Koneksi baru dalam waktu yang tersedia',
			},
			headline: {
				followBackRate: 'Diterima',
				followsNeeded: 'Perlu dikirim',
				daysNeeded: 'Waktu',
			},
			units: { sent: 'undangan', count: 'koneksi', gained: 'koneksi', days: 'hari', hours: 'jam' },
			interval:
				'Dengan sampel {followed} undangan, tingkat penerimaan yang sebenarnya kemungkinan besar (95%) berada antara {low} dan {high}. Makin banyak undangan dalam percobaan, makin sempit rentang ini.',
			missing: {
				'needs-followed': 'Isi jumlah undangan yang Anda kirim dalam percobaan.',
				'needs-followed-back': 'Isi berapa undangan yang diterima.',
				'needs-followers': 'Isi jumlah pengikut Anda sekarang.',
				'needs-following': 'Isi jumlah koneksi Anda sekarang.',
				'needs-target': 'Isi target koneksi baru.',
				'needs-per-day': 'Isi berapa undangan yang Anda kirim per hari.',
				'needs-minutes-each': 'Isi menit per undangan.',
				'needs-days': 'Isi hari yang tersedia.',
				'zero-low-rate':
					'Tidak bisa dihitung: dengan sampel ini, tingkat penerimaan yang sebenarnya bisa saja 0%.',
				'zero-retention':
					'Tidak bisa dihitung: jika tidak ada yang tetap terhubung, target tidak akan tercapai.',
				'zero-days': 'Tidak bisa dihitung: isi lebih dari 0 hari.',
				'following-zero': 'Tidak bisa dihitung: Anda belum mengikuti siapa pun.',
				'no-ratio-for-connections':
					'Tidak dihitung untuk undangan koneksi: koneksi selalu dua arah, jadi tidak punya rasio pengikut.',
				'zero-rate':
					'Tidak bisa dihitung: tidak ada undangan yang diterima, jadi berapa pun undangan yang Anda kirim, target tidak akan tercapai.',
				'zero-pace':
					'Tidak bisa dihitung: kecepatan 0 undangan per hari tidak akan mencapai target.',
				'input-error': 'Perbaiki kolom yang ditandai terlebih dahulu.',
				'out-of-range':
					'Hasilnya terlalu besar untuk dihitung. Periksa angka yang sangat kecil atau sangat besar.',
			},
			errors: {
				'followed-back-exceeds-followed':
					'Undangan yang diterima tidak bisa lebih banyak daripada undangan yang Anda kirim.',
				'followed-zero':
					'Isi lebih dari 0: tingkat penerimaan dihitung dari undangan yang Anda kirim.',
				'retention-above-100':
					'Isi paling banyak 100%: yang tetap terhubung tidak bisa lebih banyak daripada undangan yang diterima.',
			},
			chart: {
				title: 'Perkiraan jumlah koneksi Anda',
				day: 'Hari',
				limit: 'Batas {limit}',
				summary: 'Grafik: jumlah koneksi Anda naik dari {start} menjadi {end} dalam {days} hari.',
				summaryReachedPassed:
					'Batas platform ({limit} koneksi) tercapai pada hari ke-{reached} dan terlampaui pada hari ke-{passed}.',
				summaryReachedSameDay:
					'Batas platform ({limit} koneksi) tercapai dan terlampaui pada hari yang sama, hari ke-{day}.',
				summaryReachedOnly:
					'Batas platform ({limit} koneksi) tercapai pada hari ke-{day}, tetapi tidak terlampaui.',
				summaryUnderLimit: 'Batas platform ({limit} koneksi) tidak terlampaui.',
				summaryAboveLimit: 'Anda sudah berada di atas batas platform ({limit} koneksi) sejak awal.',
				summaryRatio:
					'Pada akhir hari ke-{day}, rasio pengikut Anda tinggal {ratio} (di awal {start}), jika yang mengikuti balik melakukannya pada hari yang sama.',
				range: 'Rentang',
				summaryRange:
					'Dengan rentang tingkat penerimaan, rencana selesai antara hari ke-{low} dan hari ke-{high} (bagian yang diwarnai).',
			},
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
				hint: 'Total komentar. Tidak setiap komentar adalah percakapan: banyak yang hanya pujian singkat.',
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
			views: {
				label: 'Tayangan',
				hint: 'Opsional: total tayangan (Views), termasuk tayangan berulang oleh orang yang sama.',
			},
			targetRate: {
				label: 'Target tingkat engagement terhadap pengikut (%)',
				hint: 'Opsional: tingkat per unggahan yang ingin Anda capai, misalnya 1,5.',
			},
		},
		target: 'Target',
		metricHints: {
			instagram:
				'Instagram: sejak 2024 halaman statistik Instagram melaporkan tayangan (Views) dan akun yang dijangkau, bukan impresi. Isi kolom tayangan dan jangkauan.',
			facebook:
				'Facebook: isi metrik yang ditampilkan halaman statistik Anda, di kolom yang namanya sama. Impresi dan tayangan adalah metrik yang berbeda.',
			x: 'X melaporkan impresi. Isi kolom impresi.',
			tiktok: 'TikTok melaporkan tayangan (Views). Isi kolom tayangan.',
			linkedin: 'LinkedIn melaporkan impresi. Isi kolom impresi.',
			other:
				'Isi metrik yang dilaporkan platform Anda, di kolom yang namanya sama. Impresi dan tayangan adalah metrik yang berbeda.',
		},
		results: {
			interactions: 'Interaksi',
			erFollowers: 'Tingkat engagement terhadap pengikut (per unggahan)',
			erReach: 'Tingkat engagement terhadap jangkauan',
			erImpressions: 'Tingkat engagement terhadap impresi',
			erViews: 'Tingkat engagement terhadap tayangan',
			interactionsNeeded: 'Interaksi per unggahan untuk mencapai target',
			interactionsGap: 'Kekurangan interaksi per unggahan',
			conversationShare: 'Porsi komentar (komentar ÷ interaksi)',
			benchmark: 'Median platform (tolok ukur)',
			benchmarkMultiple: 'Kelipatan tolok ukur',
		},
		headline: {
			erFollowers: 'Terhadap pengikut',
			erReach: 'Terhadap jangkauan',
			erImpressions: 'Terhadap impresi',
			erViews: 'Terhadap tayangan',
		},
		formulas: {
			interactions: '{likes} + {comments} + {shares} + {saves} = {result}',
			erFollowers: '{interactions} ÷ {posts} ÷ {followers} × 100 = {result}',
			erReach: '{interactions} ÷ {reach} × 100 = {result}',
			erImpressions: '{interactions} ÷ {impressions} × 100 = {result}',
			erViews: '{interactions} ÷ {views} × 100 = {result}',
			interactionsNeeded: '⌈{targetRate} ÷ 100 × {followers}⌉ = {result}',
			interactionsGap:
				'{interactionsNeeded} − {interactions} ÷ {posts} = {result} (tidak pernah negatif)',
			conversationShare: '{comments} ÷ {interactions} × 100 = {result}',
			benchmarkMultiple: '{erFollowers} ÷ {benchmark} = {result}',
		},
		benchmarkSource:
			'Rival IQ, laporan tolok ukur 2023 (data {year}): median engagement per unggahan terhadap pengikut',
		commentShareNote:
			'Porsi komentar hanya batas atas percakapan, bukan ukurannya: sebagian besar komentar, misalnya pujian singkat, bukan percakapan.',
		benchmarkNote:
			'Hanya tingkat engagement terhadap pengikut yang dibandingkan dengan tolok ukur, karena pembaginya sama. Tingkat terhadap jangkauan, impresi, atau tayangan memakai pembagi lain. Itulah sebabnya alat yang berbeda bisa melaporkan angka yang jauh berbeda untuk unggahan yang sama.',
		missing: {
			'needs-posts': 'Isi jumlah unggahan.',
			'needs-interactions': 'Isi setidaknya satu jenis interaksi.',
			'needs-followers': 'Isi jumlah pengikut.',
			'needs-reach': 'Isi jangkauan untuk menghitung tingkat ini.',
			'needs-impressions': 'Isi impresi untuk menghitung tingkat ini.',
			'needs-views': 'Isi tayangan untuk menghitung tingkat ini.',
			'needs-target-rate': 'Isi target tingkat engagement.',
			'views-zero': 'Tidak bisa dihitung: tayangan 0.',
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
			'reach-exceeds-views':
				'Jangkauan tidak bisa lebih besar daripada tayangan: setiap akun yang dijangkau melihat unggahan setidaknya sekali.',
		},
		chart: {
			title: 'Engagement Anda dibanding median platform',
			yours: 'Anda',
			median: 'Median',
			summary:
				'Tingkat engagement Anda terhadap pengikut (per unggahan) {yours}, median platform {median}: {multiple} kali median.',
		},
	},
	// Link parameters and keys keep the name `broadcast`; readers see what they do: post for many.
	reach: {
		label: 'Kalkulator jangkauan',
		groups: {
			week: 'Waktu Anda per minggu',
			conversation: 'Percakapan',
			broadcast: 'Unggahan untuk banyak orang',
			customers: 'Dari jangkauan menjadi pelanggan',
		},
		fields: {
			hours: {
				label: 'Jam per minggu',
				hint: 'Waktu yang Anda pakai untuk media sosial dalam seminggu. Boleh desimal.',
			},
			conversationShare: {
				label: 'Porsi waktu percakapan (%)',
				hint: 'Berapa persen dari jam itu untuk percakapan empat mata: membalas, mengobrol, berkirim pesan.',
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
			conversationConversion: {
				label: 'Konversi lewat percakapan (%)',
				hint: 'Opsional: berapa persen orang yang diajak bercakap menjadi pelanggan.',
			},
			broadcastConversion: {
				label: 'Konversi lewat unggahan (%)',
				hint: 'Opsional: berapa persen orang yang dijangkau unggahan menjadi pelanggan.',
			},
		},
		slider: 'Geser pembagian waktu',
		sliderValue: '{conversation}% percakapan, {broadcast}% unggahan',
		results: {
			conversations: 'Orang yang dijangkau lewat percakapan',
			posts: 'Unggahan per minggu',
			broadcastReach: 'Orang yang dijangkau lewat unggahan',
			totalReach: 'Jangkauan total',
			reachRatio: 'Rasio jangkauan per menit (unggahan : percakapan)',
			conversationCustomers: 'Pelanggan lewat percakapan',
			broadcastCustomers: 'Pelanggan lewat unggahan',
			totalCustomers: 'Pelanggan total',
			breakEvenConversion: 'Konversi percakapan yang menyamai unggahan',
		},
		headline: {
			conversations: 'Lewat percakapan',
			broadcastReach: 'Lewat unggahan',
			totalReach: 'Total',
		},
		units: { people: 'orang', posts: 'unggahan', customers: 'pelanggan' },
		postsAverage: 'rata-rata {perWeek} per minggu: {posts} unggahan setiap {weeks} minggu',
		missing: {
			'needs-hours': 'Isi jam per minggu.',
			'needs-share': 'Isi porsi waktu percakapan.',
			'needs-minutes-per-conversation': 'Isi menit per percakapan.',
			'needs-minutes-per-post': 'Isi menit per unggahan.',
			'needs-reach-per-post': 'Isi orang yang dijangkau per unggahan.',
			'needs-conversation-conversion': 'Isi konversi lewat percakapan.',
			'needs-broadcast-conversion': 'Isi konversi lewat unggahan.',
			'zero-minutes-per-conversation': 'Tidak bisa dihitung: percakapan 0 menit.',
			'zero-minutes-per-post': 'Tidak bisa dihitung: unggahan 0 menit.',
			'input-error': 'Perbaiki kolom yang ditandai terlebih dahulu.',
			'out-of-range':
				'Hasilnya terlalu besar untuk dihitung. Periksa angka yang sangat kecil atau sangat besar.',
		},
		errors: {
			'hours-above-week': 'Satu minggu hanya punya 168 jam.',
			'share-above-100': 'Porsi waktu percakapan paling banyak 100%.',
			'conversion-above-100': 'Tingkat konversi paling banyak 100%.',
		},
		chart: {
			title: 'Orang yang dijangkau per minggu',
			summary: 'Grafik: {conversations} orang lewat percakapan, {broadcast} orang lewat unggahan.',
			conversation: 'Percakapan',
			broadcast: 'Unggahan',
		},
		conclusionBroadcast:
			'Dengan angka Anda, satu menit untuk unggahan menjangkau {ratio} kali lebih banyak orang daripada satu menit percakapan: {conversations} orang lewat percakapan, {broadcast} orang lewat unggahan ({posts}). Artikel sumber berpendapat bahwa pemasaran membutuhkan rasio yang lebih baik daripada 1:1, sedangkan satu percakapan hanya menjangkau satu orang.',
		conclusionConversation:
			'Dengan angka Anda, satu menit percakapan menjangkau orang sama banyak dengan satu menit untuk unggahan, atau lebih banyak (rasio {ratio} : 1): {conversations} orang lewat percakapan, {broadcast} orang lewat unggahan ({posts}). Menurut artikel sumber, memasarkan lewat percakapan mungkin sepadan bagi selebritas media sosial yang nafkahnya sebagian besar berasal dari menjadi “seseorang” di Twitter (kini X), seperti Gary Vaynerchuk atau Chris Brogan, tetapi tidak masuk akal bagi sebagian besar bisnis.',
		breakEven:
			'Agar satu jam percakapan menghasilkan pelanggan sebanyak satu jam membuat unggahan, {breakEven}% orang yang diajak bercakap harus menjadi pelanggan.',
		breakEvenImpossible:
			'Agar satu jam percakapan menghasilkan pelanggan sebanyak satu jam membuat unggahan, {breakEven}% orang yang diajak bercakap harus menjadi pelanggan. Itu lebih dari 100%, jadi dengan angka ini percakapan tidak bisa menyamai unggahan dalam jumlah pelanggan.',
		caveat:
			'Namun, jangkauan bukan hubungan. Orang yang melihat unggahan belum tentu membacanya, peduli, atau membalas, sedangkan percakapan membangun hubungan yang tidak dibangun oleh unggahan untuk banyak orang.',
	},
	training: {
		filterLabel: 'Saring bagian',
		filterHint: 'Ketik sebagian judul, misalnya “risiko” atau “kalkulator”.',
		matches: '{count} dari {total} bagian cocok.',
		copy: 'Salin',
		copyLabel: 'Salin tautan: {title}',
		copied: 'Tautan disalin.',
		otherLanguage: 'English',
		otherLanguageLabel: '(bagian yang sama dalam bahasa Inggris: {title})',
		qrLabel: 'Kode QR untuk {url}',
		page: 'Halaman',
	},
	headingLink: { copied: 'Tautan disalin' },
	share: {
		shareLabel: 'Bagikan tautan: {title}',
		imageAlt: 'Kartu pratinjau bertuliskan “{text}”',
	},
};

/** The shape of a dictionary: the same keys as Indonesian, any strings. */
export type Dictionary = Widen<typeof id>;

/** Turns string literal types into `string`, recursively, so translations can differ in wording. */
type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };
