/**
 * T.38 and SRTP/DTLS of one sip.conf device in pjsip endpoint terms.
 *
 * - `t38pt_udptl` is a list read word by word as chan_sip's handle_t38_options does: yes or fec turns T.38
 *   on with FEC error correction, redundancy and none pick that error correction, maxdatagram=N sets the
 *   datagram size; no word that turns it on leaves T.38 off.
 * - `encryption=yes` is SDES-SRTP (`media_encryption=sdes`), `encryption_taglen=32` the 32-bit tag; a
 *   device's `dtlsenable=yes` is DTLS-SRTP instead, with its dtls* options. chan_sip ignores dtlsenable in
 *   [general] (every device starts with DTLS off), so only the device's own line counts; the other dtls*
 *   options act as defaults from [general] too.
 * - `avpf`, `icesupport`: the same meaning under pjsip names.
 */
import type { Endpoint } from '../model/types';
import { isTrue, last, unmap, words, type Writer } from './endpointWriter';

/** chan_sip's dtls* options (ast_rtp_dtls_cfg_parse, shared with res_pjsip) and their pjsip names. */
const DTLS_OPTIONS: Readonly<Record<string, string>> = {
  dtlsverify: 'dtls_verify',
  dtlsrekey: 'dtls_rekey',
  dtlscertfile: 'dtls_cert_file',
  dtlsprivatekey: 'dtls_private_key',
  dtlscipher: 'dtls_cipher',
  dtlscafile: 'dtls_ca_file',
  dtlscapath: 'dtls_ca_path',
  dtlssetup: 'dtls_setup',
  dtlsfingerprint: 'dtls_fingerprint',
  dtlsautogeneratecert: 'dtls_auto_generate_cert',
};

/** sip options this file maps (the migration's list of handled options includes them). */
export const MEDIA_SECURITY_OPTIONS: readonly string[] = ['t38pt_udptl', 'encryption', 'encryption_taglen', 'dtlsenable', 'avpf', 'icesupport', ...Object.keys(DTLS_OPTIONS)];

function mapT38(writer: Writer, endpoint: Endpoint): void {
  let enabled = false;
  let errorCorrection: string | undefined;
  let maxDatagram: string | undefined;
  for (const word of words(last(endpoint, 't38pt_udptl'))) {
    if (isTrue(word) || word === 'fec') [enabled, errorCorrection] = [true, 'fec'];
    else if (word === 'redundancy' || word === 'none') [enabled, errorCorrection] = [true, word];
    else if (word.startsWith('maxdatagram=')) maxDatagram = word.slice('maxdatagram='.length);
  }
  if (!enabled) return;
  writer.endpoint.set('t38_udptl', 'yes').set('t38_udptl_ec', errorCorrection ?? 'none');
  if (maxDatagram && /^\d+$/.test(maxDatagram)) writer.endpoint.set('t38_udptl_maxdatagram', maxDatagram);
}

function mapEncryption(writer: Writer, endpoint: Endpoint): void {
  const dtlsLine = endpoint.options.get('dtlsenable')?.at(-1);
  const dtls = dtlsLine !== undefined && dtlsLine.source.kind !== 'general' && isTrue(dtlsLine.value);
  if (dtls) {
    writer.endpoint.set('media_encryption', 'dtls');
    for (const [sip, pjsip] of Object.entries(DTLS_OPTIONS)) {
      const value = last(endpoint, sip);
      if (value) writer.endpoint.set(pjsip, value);
    }
  } else if (isTrue(last(endpoint, 'encryption'))) writer.endpoint.set('media_encryption', 'sdes');
  if (!dtls) {
    // Written only by the device or [general] and never used without dtlsenable on the device.
    for (const sip of Object.keys(DTLS_OPTIONS)) {
      const value = endpoint.options.get(sip)?.at(-1);
      if (value && value.source.kind !== 'general') unmap(writer, sip, value, 'the device has no dtlsenable=yes: chan_sip did not use it');
    }
  }
  if (last(endpoint, 'encryption_taglen') === '32' && (dtls || isTrue(last(endpoint, 'encryption')))) writer.endpoint.set('srtp_tag_32', 'yes');
}

export function mapMediaSecurity(writer: Writer, endpoint: Endpoint): void {
  mapT38(writer, endpoint);
  mapEncryption(writer, endpoint);
  if (isTrue(last(endpoint, 'avpf'))) writer.endpoint.set('use_avpf', 'yes');
  if (isTrue(last(endpoint, 'icesupport'))) writer.endpoint.set('ice_support', 'yes');
}
