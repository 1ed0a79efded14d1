/**
 * `npm run serve:room`: serves the site from a laptop to the phones on a training room's Wi-Fi or
 * hotspot, with no internet. It builds the site with `SITE_URL` set to the laptop's address on that
 * network (so the trainers' full links and QR codes point at the laptop), then serves `dist/` on
 * every interface (0.0.0.0).
 *
 *   npm run serve:room                         # finds the laptop's address itself
 *   npm run serve:room -- 192.168.43.10        # or give it (an address or a full URL)
 *   SITE_URL=http://192.168.43.10:4321 npm run serve:room
 *
 * PORT changes the port (default 4321); BASE_PATH works as for `npm run build`.
 */
import { spawnSync } from 'node:child_process';
import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';
import { fileURLToPath } from 'node:url';

/** The laptop's first IPv4 address that other devices can reach (not loopback). */
export function lanAddress(
	interfaces: Readonly<Record<string, NetworkInterfaceInfo[] | undefined>>,
): string | undefined {
	for (const list of Object.values(interfaces)) {
		for (const info of list ?? []) {
			if (info.family === 'IPv4' && !info.internal) return info.address;
		}
	}
	return undefined;
}

/** The `SITE_URL` to build with: the argument, else `SITE_URL`, else the laptop's own address. */
export function roomSiteUrl(
	arg: string | undefined,
	env: Readonly<Record<string, string | undefined>>,
	port: number,
	interfaces: Readonly<Record<string, NetworkInterfaceInfo[] | undefined>>,
): string {
	const given = [arg, env['SITE_URL']].map((value) => value?.trim()).find(Boolean);
	if (given) {
		const url = new URL(/^https?:\/\//.test(given) ? given : `http://${given}:${String(port)}`);
		return url.origin;
	}
	const address = lanAddress(interfaces);
	if (!address)
		throw new Error(
			'No network address found: join the room’s Wi-Fi or start the hotspot, or pass the address: npm run serve:room -- 192.168.43.10',
		);
	return `http://${address}:${String(port)}`;
}

function main(): void {
	const port = Number(process.env['PORT'] ?? 4321);
	if (!Number.isInteger(port) || port < 1 || port > 65_535)
		throw new Error(`Bad PORT: ${String(process.env['PORT'])}`);
	const siteUrl = roomSiteUrl(process.argv[2], process.env, port, networkInterfaces());
	const root = fileURLToPath(new URL('..', import.meta.url));
	const astro = `${root}node_modules/astro/bin/astro.mjs`;
	const env = { ...process.env, SITE_URL: siteUrl, ASTRO_TELEMETRY_DISABLED: '1' };
	process.stderr.write(`• building for ${siteUrl}\n`);
	const build = spawnSync(process.execPath, [astro, 'build'], { cwd: root, stdio: 'inherit', env });
	if (build.status !== 0) process.exit(build.status ?? 1);
	process.stderr.write(`• serving dist/ at ${siteUrl}/ (Ctrl+C stops)\n`);
	const preview = spawnSync(
		process.execPath,
		[astro, 'preview', '--host', '0.0.0.0', '--port', String(port)],
		{ cwd: root, stdio: 'inherit', env },
	);
	process.exit(preview.status ?? 0);
}

if (import.meta.main) main();
