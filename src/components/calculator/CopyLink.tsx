/**
 * The "copy scenario link" button: copies the link to the current scenario, and confirms. Beside it,
 * "Bagikan" / "Share" opens the device's share sheet with the page's title and the scenario's link
 * (shown and handled by the heading-link script, config/heading-links.ts, only where
 * `navigator.share` exists), and
 * "Tampilkan kode QR" / "Show QR code" draws the scenario's QR code in the page (printable, the same
 * drawing as the trainers' page); the QR encoder loads only when asked for.
 */
import { useState } from 'preact/hooks';
import type { Dictionary } from '../../i18n/id.ts';
import { fill } from '../../lib/i18n/fill.ts';
import type { ScenarioQr } from './ScenarioQr.tsx';

interface Props {
	id: string;
	common: Dictionary['common'];
	/** Builds the link from the calculator's current state, hash included. */
	link: () => string;
}

export function CopyLink({ id, common, link }: Props) {
	const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
	const [url, setUrl] = useState('');
	// The QR code's component and encoder, once loaded; the code is drawn from the current link on
	// every render, so it follows the scenario while it is shown.
	const [Qr, setQr] = useState<typeof ScenarioQr | 'failed' | undefined>();
	const [qrOpen, setQrOpen] = useState(false);
	const copy = async () => {
		const href = link();
		setUrl(href);
		// Clear first so a second copy is announced again by the live region.
		setStatus('idle');
		try {
			await navigator.clipboard.writeText(href);
			setTimeout(() => {
				setStatus('copied');
			}, 50);
		} catch {
			// Clipboard access can be refused (permissions, insecure origin): offer the link to copy.
			setStatus('failed');
		}
	};
	const toggleQr = async () => {
		setQrOpen(!qrOpen);
		if (qrOpen || typeof Qr === 'function') return;
		try {
			const module = await import('./ScenarioQr.tsx');
			setQr(() => module.ScenarioQr);
		} catch {
			setQr('failed');
		}
	};
	const strings = common.share;
	return (
		<>
			<div class="ib-copy">
				<button type="button" onClick={() => void copy()}>
					{common.copyLink}
				</button>
				{/* Shown and handled by the heading-link script where navigator.share exists; the
				    link is set here first, as the click reaches the button before the document. */}
				<button
					type="button"
					class="ib-share"
					onClick={(e) => {
						e.currentTarget.dataset['share'] = link();
					}}
				>
					{strings.button}
				</button>
				<button
					type="button"
					class="ib-qr-toggle"
					aria-expanded={qrOpen ? 'true' : 'false'}
					aria-controls={`${id}-qr`}
					onClick={() => void toggleQr()}
				>
					{qrOpen ? strings.hideQr : strings.showQr}
				</button>
				<p role="status" class="ib-copy-status">
					{status === 'copied' && common.copied}
					{status === 'failed' && (
						<>
							<label for={`${id}-url`}>{common.copyFailed}</label>{' '}
							<input
								id={`${id}-url`}
								readOnly
								value={url}
								onFocus={(e) => {
									e.currentTarget.select();
								}}
							/>
						</>
					)}
				</p>
			</div>
			<div id={`${id}-qr`} class="ib-scenario-qr">
				{qrOpen && Qr === 'failed' && <p role="alert">{strings.qrFailed}</p>}
				{qrOpen && typeof Qr === 'function' && (
					<Qr url={link()} label={fill(strings.qrLabel, { url: link() })} />
				)}
			</div>
		</>
	);
}
