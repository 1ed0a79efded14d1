/** The "copy scenario link" button: copies the page URL with its query and hash, and confirms. */
import { useState } from 'preact/hooks';
import type { Dictionary } from '../../i18n/id.ts';

export function CopyLink({ id, common }: { id: string; common: Dictionary['common'] }) {
	const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
	const [url, setUrl] = useState('');
	const copy = async () => {
		const href = location.href;
		setUrl(href);
		try {
			await navigator.clipboard.writeText(href);
			setStatus('copied');
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
