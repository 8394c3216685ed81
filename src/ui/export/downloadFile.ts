// Hands the browser a file to save, from text or bytes made in the page: nothing is fetched or uploaded.
export function downloadFile(content: string | Uint8Array, fileName: string, mimeType: string): void {
  const part: BlobPart = typeof content === 'string' ? content : new Uint8Array(content);
  const url = URL.createObjectURL(new Blob([part], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the object URL is let go a little later so slow browsers still read it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
