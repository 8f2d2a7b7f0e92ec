/**
 * The one DOMPurify configuration, used at ingest (jsdom) and again in the renderer right before
 * insertion. Article HTML is hostile: no script, no forms, no frames, no styles, no metadata tags.
 */
import type { Config } from 'dompurify';

export const SANITIZE_CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: [
    'form',
    'input',
    'button',
    'select',
    'option',
    'textarea',
    'style',
    'link',
    'meta',
    'base',
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'applet',
    // Media would stream from the network while reading; embeds become links to the media instead.
    'video',
    'audio',
    'source',
    'track',
    'script',
    'noscript',
    'template',
    'svg',
    'math',
    'dialog',
    'portal',
  ],
  FORBID_ATTR: [
    'style',
    'class',
    'id',
    'srcdoc',
    'action',
    'formaction',
    'ping',
    'background',
    'target',
    'name',
  ],
  ALLOW_DATA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  // DOMPurify tests every attribute value that is not known URI-safe against this pattern, so it
  // must accept plain values (colspan, datetime, lang); of values that carry a scheme, only http(s),
  // mailto and Quire's own stored-image references pass. Images may still be data: URIs
  // (DOMPurify's DATA_URI_TAGS).
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto|quire-asset):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
};
