// cogman: publishes the library modules as globals and as `__cogman_libs` (require names),
// then removes the private `__cogman_internal` namespace.
(function (g) {
  'use strict';

  var internal = g.__cogman_internal;
  var chai = internal.chai;
  var define = function (name, value) {
    Object.defineProperty(g, name, { value: value, writable: true, configurable: true, enumerable: false });
  };
  define('__cogman_chai', { expect: chai.expect, AssertionError: chai.AssertionError, chai: chai });
  define('__cogman_libs', {
    lodash: internal.lodash,
    'crypto-js': internal.CryptoJS,
    moment: internal.moment,
    uuid: internal.uuid,
    tv4: internal.tv4,
    ajv: internal.Ajv,
    chai: chai,
    atob: internal.atob,
    btoa: internal.btoa,
    buffer: { Buffer: internal.Buffer },
    xml2js: internal.xml2js,
    cheerio: internal.cheerio,
    querystring: internal.querystring,
    url: internal.url,
    'csv-parse/lib/sync': internal.csvParse
  });
  define('_', internal.lodash3);
  define('CryptoJS', internal.CryptoJS);
  define('moment', internal.moment);
  define('tv4', internal.tv4);
  define('atob', internal.atob);
  define('btoa', internal.btoa);
  define('Buffer', internal.Buffer);
  define('xml2Json', internal.xml2Json);
  define('cheerio', internal.cheerio);
  delete g.__cogman_internal;
})(globalThis);
