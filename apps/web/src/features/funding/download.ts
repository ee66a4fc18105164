/**
 * Saves a text file through the browser (a Blob and a link with `download`): it lands in the browser's downloads
 * folder. CSV for Excel (French settings) keeps its UTF-8 byte-order mark so that accents read right.
 */
export function downloadTextFile(filename: string, content: string, type = 'text/csv;charset=utf-8'): void {
  const withBom = type.startsWith('text/csv') && !content.startsWith('\ufeff') ? `\ufeff${content}` : content;
  const url = URL.createObjectURL(new Blob([withBom], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked once the browser has started the download.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
