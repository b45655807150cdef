/**
 * The media format names Asterisk's format registry knows (main/codec_builtin.c, asterisk-facts.md
 * §2.8): the one list completion offers, the unknown-codec rule accepts and the did-you-mean fix
 * suggests from. Codec modules may register more names; these are the builtin ones.
 */
import type { EnumValue } from './catalogTypes';

/** The builtin format names of Asterisk's codec_builtin.c (asterisk-facts.md §2.8), audio first. */
export const BUILTIN_CODECS: readonly EnumValue[] = [
  { value: 'ulaw', description: 'G.711 µ-law, 64 kbit/s: the usual codec in North America and Japan; supported by nearly everything.' },
  { value: 'alaw', description: 'G.711 A-law, 64 kbit/s: the usual codec in Europe and most of the world.' },
  { value: 'g722', description: 'G.722 wideband (16 kHz) at 64 kbit/s: "HD voice" on most desk phones.' },
  { value: 'g729', description: 'G.729, 8 kbit/s narrowband; needs a codec module for transcoding.' },
  { value: 'gsm', description: 'GSM full rate, 13 kbit/s.' },
  { value: 'opus', description: 'Opus, variable bitrate, narrow to full band; needs the codec_opus module for transcoding.' },
  { value: 'ilbc', description: 'iLBC, 13.3 / 15.2 kbit/s, robust against packet loss.' },
  { value: 'g726', description: 'G.726 ADPCM, 32 kbit/s (RFC 3551 bit order).' },
  { value: 'g726aal2', description: 'G.726 ADPCM, 32 kbit/s in the AAL2 bit order.' },
  { value: 'g723', description: 'G.723.1, 5.3 / 6.3 kbit/s (pass-through only without a codec module; the name is g723, not g723.1).' },
  { value: 'adpcm', description: 'Dialogic ADPCM, 32 kbit/s.' },
  { value: 'speex', description: 'Speex narrowband (8 kHz).' },
  { value: 'speex16', description: 'Speex wideband (16 kHz).' },
  { value: 'speex32', description: 'Speex ultra-wideband (32 kHz).' },
  { value: 'siren7', description: 'Siren7 (G.722.1), 16 kHz at 32 kbit/s.' },
  { value: 'siren14', description: 'Siren14 (G.722.1 Annex C), 32 kHz at 48 kbit/s.' },
  { value: 'g719', description: 'G.719 full band, 48 kHz.' },
  { value: 'lpc10', description: 'LPC-10, 2.4 kbit/s.' },
  { value: 'codec2', description: 'Codec2, 2.4 kbit/s.' },
  { value: 'silk8', description: 'SILK at 8 kHz (needs a codec module).' },
  { value: 'silk12', description: 'SILK at 12 kHz (needs a codec module).' },
  { value: 'silk16', description: 'SILK at 16 kHz (needs a codec module).' },
  { value: 'silk24', description: 'SILK at 24 kHz (needs a codec module).' },
  { value: 'jpeg', description: 'JPEG still images.' },
  { value: 'png', description: 'PNG still images.' },
  { value: 't140', description: 'T.140 real-time text.' },
  { value: 'red', description: 'T.140 real-time text with redundancy (RFC 2198).' },
  { value: 't38', description: 'T.38 fax (as a format name).' },
  { value: 'none', description: 'No format.' },
  { value: 'slin', description: 'Signed linear PCM at 8 kHz: what Asterisk transcodes through; rarely offered to phones.' },
  { value: 'slin12', description: 'Signed linear PCM at 12 kHz.' },
  { value: 'slin16', description: 'Signed linear PCM at 16 kHz (wideband).' },
  { value: 'slin24', description: 'Signed linear PCM at 24 kHz.' },
  { value: 'slin32', description: 'Signed linear PCM at 32 kHz.' },
  { value: 'slin44', description: 'Signed linear PCM at 44.1 kHz.' },
  { value: 'slin48', description: 'Signed linear PCM at 48 kHz.' },
  { value: 'slin96', description: 'Signed linear PCM at 96 kHz.' },
  { value: 'slin192', description: 'Signed linear PCM at 192 kHz.' },
  { value: 'h261', description: 'H.261 video (pass-through).' },
  { value: 'h263', description: 'H.263 video (pass-through).' },
  { value: 'h263p', description: 'H.263+ video (pass-through).' },
  { value: 'h264', description: 'H.264 video (pass-through).' },
  { value: 'h265', description: 'H.265 video (pass-through).' },
  { value: 'mpeg4', description: 'MPEG-4 video (pass-through).' },
  { value: 'vp8', description: 'VP8 video (pass-through).' },
  { value: 'vp9', description: 'VP9 video (pass-through).' },
];

/** Every builtin name, lower case. */
export const CODEC_NAMES: ReadonlySet<string> = new Set(BUILTIN_CODECS.map((codec) => codec.value));
