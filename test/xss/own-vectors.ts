/**
 * Vectors written for Quire, one group per attack class, aimed at the pipeline's own weak points
 * (the placeholders for offline images, the reader's link rewriting, CSS, metadata tags) as well
 * as the classics. They call __xss() or load http://127.0.0.1:8999/beacon/<name>.
 */
const B = 'http://127.0.0.1:8999/beacon';

export const OWN_VECTORS: { id: string; payload: string }[] = [
  // script elements and script-like elements
  ['script-inline', '<script>__xss(1)</script>'],
  ['script-src', `<script src="${B}/script-src"></script>`],
  ['script-svg', '<svg><script>__xss(1)</script></svg>'],
  ['script-in-template', '<template><script>__xss(1)</script></template>'],
  ['script-nested-break', '<scr<script>ipt>__xss(1)</scr</script>ipt>'],
  // event handlers
  ['handler-img', '<img src=x onerror="__xss(1)">'],
  ['handler-body', '<body onload="__xss(1)">'],
  ['handler-svg-onload', '<svg onload="__xss(1)"></svg>'],
  ['handler-details', '<details open ontoggle="__xss(1)"><summary>x</summary></details>'],
  ['handler-video', '<video><source onerror="__xss(1)"></video>'],
  ['handler-focus', '<input autofocus onfocus="__xss(1)">'],
  ['handler-marquee', '<marquee onstart="__xss(1)">x</marquee>'],
  ['handler-mixed-case', '<IMG SRC=x OnErRoR=__xss(1)>'],
  [
    'handler-animation',
    '<style>@keyframes k{}</style><p style="animation-name:k" onanimationstart="__xss(1)">x</p>',
  ],
  // javascript:, vbscript:, data: URLs
  ['url-js-href', '<a href="javascript:__xss(1)">click</a>'],
  [
    'url-js-entity',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;__xss(1)">click</a>',
  ],
  ['url-js-tab', '<a href="jav&#x09;ascript:__xss(1)">click</a>'],
  ['url-js-newline', '<a href="java\nscript:__xss(1)">click</a>'],
  ['url-vbscript', '<a href="vbscript:msgbox(1)">click</a>'],
  ['url-data-html', '<a href="data:text/html,<script>__xss(1)</script>">click</a>'],
  ['url-js-form', '<form action="javascript:__xss(1)"><button>go</button></form>'],
  ['url-js-formaction', '<button formaction="javascript:__xss(1)">go</button>'],
  ['url-js-xlink', '<svg><a xlink:href="javascript:__xss(1)"><text y="20">x</text></a></svg>'],
  ['url-js-iframe', '<iframe src="javascript:__xss(1)"></iframe>'],
  // frames, plugins, srcdoc
  ['frame-srcdoc', '<iframe srcdoc="<script>parent.__xss(1)</script>"></iframe>'],
  ['frame-remote', `<iframe src="${B}/iframe"></iframe>`],
  ['plugin-object', `<object data="${B}/object"></object>`],
  ['plugin-embed', `<embed src="${B}/embed">`],
  // document-level tags
  ['meta-refresh', '<meta http-equiv="refresh" content="0;url=javascript:__xss(1)">'],
  ['base-href', '<base href="javascript:__xss(1)//">'],
  ['link-stylesheet', `<link rel="stylesheet" href="${B}/link-css">`],
  ['link-prefetch', `<link rel="prefetch" href="${B}/prefetch">`],
  // CSS
  ['css-import', `<style>@import url(${B}/css-import);</style>`],
  ['css-bg-inline', `<p style="background-image:url(${B}/css-inline)">x</p>`],
  ['css-font', `<style>@font-face{font-family:q;src:url(${B}/font)}p{font-family:q}</style>`],
  // remote loads that are not script but still phone home while reading
  ['remote-srcset', `<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" srcset="${B}/srcset 2x" alt="a">`],
  ['remote-picture', `<picture><source srcset="${B}/picture"><img alt="p"></picture>`],
  ['remote-video-poster', `<video poster="${B}/poster"></video>`],
  ['remote-audio', `<audio src="${B}/audio" autoplay></audio>`],
  ['remote-input-image', `<input type="image" src="${B}/input">`],
  ['remote-ping', `<a href="https://example.com/" ping="${B}/ping">x</a>`],
  ['remote-background-attr', `<table background="${B}/table-bg"><tr><td>x</td></tr></table>`],
  // mutation XSS and parser confusion
  ['mxss-noscript', '<noscript><p title="</noscript><img src=x onerror=__xss(1)>">'],
  ['mxss-svg-style', '<svg></p><style><a id="</style><img src=1 onerror=__xss(1)>">'],
  ['mxss-math', '<math><mtext><table><mglyph><style><img src=x onerror=__xss(1)>'],
  ['mxss-comment', '<!--><img src=x onerror=__xss(1)>-->'],
  ['mxss-textarea', '<textarea></textarea><img src=x onerror=__xss(1)></textarea>'],
  ['mxss-title', '<title><img src=x onerror=__xss(1)></title>'],
  ['mxss-form-nesting', '<form><math><mtext></form><form><mglyph><style></math><img src onerror=__xss(1)>'],
  // Quire's own mechanisms
  ['quire-fake-asset', '<img src="quire-asset:pending-0" onerror="__xss(1)" alt="x">'],
  ['quire-asset-traversal', '<img src="quire-asset:../../etc/passwd" alt="x">'],
  ['quire-placeholder-text', '<p>src="quire-asset:pending-0" onerror="__xss(1)"</p>'],
  ['quire-link-target', '<a href="https://example.com/" target="_self" rel="opener">x</a>'],
  ['quire-dom-clobber', '<form name="quire"></form><img name="quire"><a id="__hits" href="x">x</a>'],
].map(([id, payload]) => ({ id: `own-${id}`, payload: payload! }));
