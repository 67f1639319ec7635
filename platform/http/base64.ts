/** Sizes of base64 uploads carried in JSON; pure, so request contracts (server and web) share them. */

/** Bytes a base64 text decodes to, without decoding it. */
export function base64Size(text: string): number {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return Math.floor((text.length * 3) / 4) - padding;
}

/** The size limit of a JSON body carrying up to `files` base64-encoded files of `fileBytes` each (a third larger), plus `otherBytes` for the rest. */
export const base64BodyBytes = (files: number, fileBytes: number, otherBytes: number) => Math.ceil((files * fileBytes * 4) / 3) + otherBytes;
