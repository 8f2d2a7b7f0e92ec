import { base64ToBytes } from './base64';

// Long enough for the browser (or Electron's save dialog) to have taken the file.
const REVOKE_AFTER_MS = 10_000;

/** Offers a file for download as a person would get it from a link: a Blob URL and an <a download>. */
export function downloadFile({
  fileName,
  mime,
  dataBase64,
}: {
  fileName: string;
  mime: string;
  dataBase64: string;
}) {
  const url = URL.createObjectURL(new Blob([base64ToBytes(dataBase64)], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
