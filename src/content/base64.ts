/** Base64 to bytes: natively where the engine can (Chrome 140, Firefox 133), else through atob. */
export function decodeBase64(text: string): Uint8Array {
  const native = Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array };
  if (typeof native.fromBase64 === 'function') return native.fromBase64(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
