/** Drag-and-drop on a file field: the dropped files go where a pick through the input goes. */
export function dropProps(onFiles: (files: File[]) => void) {
	return {
		onDragOver: (e: DragEvent) => {
			e.preventDefault();
		},
		onDrop: (e: DragEvent) => {
			e.preventDefault();
			const files = [...(e.dataTransfer?.files ?? [])];
			if (files.length > 0) onFiles(files);
		},
	};
}
