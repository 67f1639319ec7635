/**
 * ISTAT publishes some CSV files in Windows-1252, not UTF-8. Decode strictly as UTF-8 first and
 * fall back to Windows-1252, so accented names (Forlì, Sant'Angelo…) reach the server intact.
 */
export async function readTextFile(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
