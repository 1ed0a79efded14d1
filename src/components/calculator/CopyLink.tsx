/** The "copy scenario link" button: copies the link to the current scenario, and confirms. */
import { useState } from 'preact/hooks';
import type { Dictionary } from '../../i18n/id.ts';

interface Props {
	id: string;
	common: Dictionary['common'];
	/** Builds the link from the calculator's current state, hash included. */
	link: () => string;
}

export function CopyLink({ id, common, link }: Props) {
	const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
	const [url, setUrl] = useState('');
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
	return (
		<div class="ib-copy">
			<button type="button" onClick={() => void copy()}>
				{common.copyLink}
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
	);
}
