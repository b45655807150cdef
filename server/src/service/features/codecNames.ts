/**
 * Media format names Asterisk's format registry knows (main/codec_builtin.c), offered in place of an
 * unknown one (`g723.1` → `g723`). Must stay the set the unknown-codec rule accepts, or a fix could
 * trade one diagnostic for another (a shared export in data/ would remove this copy).
 */
export const KNOWN_CODECS: readonly string[] = (
  'codec2 g723 ulaw alaw gsm g726 g726aal2 adpcm slin slin12 slin16 slin24 slin32 slin44 slin48 slin96 slin192 lpc10 g729 speex ' +
  'speex16 speex32 ilbc g722 siren7 siren14 g719 opus jpeg png h261 h263 h263p h264 h265 mpeg4 vp8 vp9 red t140 t38 none silk8 silk12 silk16 silk24'
).split(' ');
