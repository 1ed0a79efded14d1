import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, test } from 'vitest';
import { lanAddress, roomSiteUrl } from '../../../scripts/serve-room.ts';

const info = (address: string, internal = false, family: 'IPv4' | 'IPv6' = 'IPv4') =>
	({ address, internal, family, netmask: '', mac: '', cidr: null }) as NetworkInterfaceInfo;
const interfaces = {
	lo: [info('127.0.0.1', true)],
	wlan0: [info('fe80::1', false, 'IPv6'), info('192.168.43.10')],
};

describe('serve:room’s address', () => {
	test('finds the first reachable IPv4 address, never loopback', () => {
		expect(lanAddress(interfaces)).toBe('192.168.43.10');
		expect(lanAddress({ lo: [info('127.0.0.1', true)] })).toBeUndefined();
	});

	test('builds for the argument, else SITE_URL, else the laptop’s own address', () => {
		expect(roomSiteUrl('10.0.0.5', {}, 4321, interfaces)).toBe('http://10.0.0.5:4321');
		expect(roomSiteUrl('http://10.0.0.5:8080/x', {}, 4321, interfaces)).toBe(
			'http://10.0.0.5:8080',
		);
		expect(roomSiteUrl(undefined, { SITE_URL: 'http://172.20.10.2:4321' }, 4321, interfaces)).toBe(
			'http://172.20.10.2:4321',
		);
		expect(roomSiteUrl(undefined, {}, 8000, interfaces)).toBe('http://192.168.43.10:8000');
	});

	test('says what to do when the laptop is on no network', () => {
		expect(() => roomSiteUrl(undefined, {}, 4321, { lo: [info('127.0.0.1', true)] })).toThrow(
			/npm run serve:room -- /,
		);
	});
});
