/**
 * The “Your data” worker as a hook: started on the first request (so the page loads no reader
 * until a file is chosen), ended with the island, its answers handed to every section listening.
 */
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { WorkerRequest, WorkerResponse } from '../../workers/data-import-messages.ts';

export interface DataWorker {
	send: (request: WorkerRequest) => void;
	/** Calls `listener` with each answer until the returned function is called. */
	subscribe: (listener: (message: WorkerResponse) => void) => () => void;
}

export function useDataWorker(): DataWorker {
	const state = useRef<{ worker: Worker | null; listeners: Set<(m: WorkerResponse) => void> }>({
		worker: null,
		listeners: new Set(),
	});
	useEffect(
		() => () => {
			state.current.worker?.terminate();
		},
		[],
	);
	return useMemo(
		() => ({
			send: (request) => {
				const s = state.current;
				if (!s.worker) {
					s.worker = new Worker(new URL('../../workers/data-import.ts', import.meta.url), {
						type: 'module',
					});
					s.worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
						for (const listener of s.listeners) listener(event.data);
					};
				}
				s.worker.postMessage(request);
			},
			subscribe: (listener) => {
				state.current.listeners.add(listener);
				return () => {
					state.current.listeners.delete(listener);
				};
			},
		}),
		[],
	);
}
