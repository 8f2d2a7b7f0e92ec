import { base64ToBytes, bytesToBase64 } from './base64';

describe('base64', () => {
  it('round-trips every byte value', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
  });

  it('encodes files far larger than the call stack allows in one go', () => {
    const bytes = new Uint8Array(600_000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = i % 251;
    const encoded = bytesToBase64(bytes);
    expect(encoded.length).toBe(800_000);
    const back = base64ToBytes(encoded);
    expect(back.length).toBe(bytes.length);
    expect(back.every((b, i) => b === bytes[i])).toBe(true);
  });
});
