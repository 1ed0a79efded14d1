/**
 * A scenario's QR code, drawn in the page as the trainers' page draws its codes (src/lib/qr/svg.ts):
 * for a projector or a printed handout. Loaded with its encoder only when a reader asks for it.
 */
import { qrSvg } from '../../lib/qr/svg.ts';

export function ScenarioQr({ url, label }: { url: string; label: string }) {
	const qr = qrSvg(url);
	const side = String(qr.size);
	return (
		<figure>
			<svg
				class="ib-qr"
				viewBox={`0 0 ${side} ${side}`}
				role="img"
				aria-label={label}
				shape-rendering="crispEdges"
			>
				<rect width={qr.size} height={qr.size} fill="#fff" />
				<path d={qr.path} fill="#000" />
			</svg>
			<figcaption>
				<code>{url}</code>
			</figcaption>
		</figure>
	);
}
