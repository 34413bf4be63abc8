// cogman: small Node-style modules Postman scripts can require: `querystring`, `url` (the
// legacy parse/format/resolve API) and `csv-parse/lib/sync`.
(function (internal) {
  'use strict';

  // ------------------------------------------------------------------ querystring
  function qsEscape(s) { return encodeURIComponent(s); }
  function qsUnescape(s) {
    try {
      return decodeURIComponent(s);
    } catch (e) {
      return s.replace(/%([0-9a-fA-F]{2})/g, function (all, h) { return String.fromCharCode(parseInt(h, 16)); });
    }
  }
  function qsValue(v) {
    if (typeof v === 'string') return v;
    if (typeof v === 'number' && isFinite(v)) return String(v);
    if (typeof v === 'bigint' || typeof v === 'boolean') return String(v);
    return '';
  }
  var querystring = {
    escape: qsEscape,
    unescape: qsUnescape,
    stringify: function (obj, sep, eq) {
      sep = sep || '&';
      eq = eq || '=';
      if (obj === null || typeof obj !== 'object') return '';
      return Object.keys(obj).map(function (k) {
        var v = obj[k];
        var ks = qsEscape(qsValue(k)) + eq;
        if (Array.isArray(v)) return v.map(function (x) { return ks + qsEscape(qsValue(x)); }).join(sep);
        return ks + qsEscape(qsValue(v));
      }).filter(function (part) { return part !== ''; }).join(sep);
    },
    parse: function (str, sep, eq, options) {
      sep = sep || '&';
      eq = eq || '=';
      var out = Object.create(null);
      if (typeof str !== 'string' || str.length === 0) return out;
      var max = options && typeof options.maxKeys === 'number' ? options.maxKeys : 1000;
      var parts = str.split(sep);
      if (max > 0 && parts.length > max) parts = parts.slice(0, max);
      parts.forEach(function (part) {
        if (!part) return;
        var idx = part.indexOf(eq);
        var k = idx >= 0 ? part.slice(0, idx) : part;
        var v = idx >= 0 ? part.slice(idx + eq.length) : '';
        k = qsUnescape(k.replace(/\+/g, ' '));
        v = qsUnescape(v.replace(/\+/g, ' '));
        if (!Object.prototype.hasOwnProperty.call(out, k)) out[k] = v;
        else if (Array.isArray(out[k])) out[k].push(v);
        else out[k] = [out[k], v];
      });
      return out;
    }
  };
  querystring.decode = querystring.parse;
  querystring.encode = querystring.stringify;

  // ------------------------------------------------------------------ url (legacy API)
  function Url() {
    this.protocol = null;
    this.slashes = null;
    this.auth = null;
    this.host = null;
    this.port = null;
    this.hostname = null;
    this.hash = null;
    this.search = null;
    this.query = null;
    this.pathname = null;
    this.path = null;
    this.href = null;
  }
  var SLASHED = { http: 1, https: 1, ftp: 1, gopher: 1, file: 1, ws: 1, wss: 1 };
  function urlParse(str, parseQuery, slashesDenoteHost) {
    if (str instanceof Url) return str;
    var u = new Url();
    var rest = String(str).trim();
    var m = /^([a-z0-9.+-]+:)/i.exec(rest);
    if (m) {
      u.protocol = m[1].toLowerCase();
      rest = rest.slice(m[1].length);
    }
    var proto = u.protocol ? u.protocol.slice(0, -1) : null;
    if ((slashesDenoteHost || u.protocol) && rest.slice(0, 2) === '//' && proto !== 'javascript') {
      u.slashes = true;
      rest = rest.slice(2);
    }
    if (u.slashes || (proto && !SLASHED[proto] && false)) {
      var end = rest.search(/[/?#]/);
      var hostPart = end === -1 ? rest : rest.slice(0, end);
      rest = end === -1 ? '' : rest.slice(end);
      var at = hostPart.lastIndexOf('@');
      if (at !== -1) {
        u.auth = decodeURIComponent(hostPart.slice(0, at));
        hostPart = hostPart.slice(at + 1);
      }
      var pm = /:(\d*)$/.exec(hostPart);
      if (pm) {
        if (pm[1]) u.port = pm[1];
        hostPart = hostPart.slice(0, pm.index);
      }
      u.hostname = hostPart.toLowerCase();
      u.host = u.hostname + (u.port ? ':' + u.port : '');
    }
    var hashIdx = rest.indexOf('#');
    if (hashIdx !== -1) {
      u.hash = rest.slice(hashIdx);
      rest = rest.slice(0, hashIdx);
    }
    var qIdx = rest.indexOf('?');
    if (qIdx !== -1) {
      u.search = rest.slice(qIdx);
      u.query = rest.slice(qIdx + 1);
      rest = rest.slice(0, qIdx);
    } else if (parseQuery) {
      u.search = '';
      u.query = {};
    }
    if (parseQuery && typeof u.query === 'string') u.query = querystring.parse(u.query);
    if (rest) u.pathname = rest;
    if (SLASHED[proto] && u.hostname && !u.pathname) u.pathname = '/';
    u.path = (u.pathname || '') + (u.search || '') || null;
    u.href = urlFormat(u);
    return u;
  }
  function urlFormat(u) {
    if (typeof u === 'string') u = urlParse(u);
    var auth = u.auth ? encodeURIComponent(u.auth).replace(/%3A/i, ':') + '@' : '';
    var protocol = u.protocol || '';
    if (protocol && protocol.slice(-1) !== ':') protocol += ':';
    var host = '';
    if (u.host) host = auth + u.host;
    else if (u.hostname) host = auth + u.hostname + (u.port ? ':' + u.port : '');
    var pathname = u.pathname || '';
    var hash = u.hash || '';
    var search = u.search || '';
    if (!search && u.query && typeof u.query === 'object' && Object.keys(u.query).length) {
      search = '?' + querystring.stringify(u.query);
    }
    if (search && search.charAt(0) !== '?') search = '?' + search;
    if (hash && hash.charAt(0) !== '#') hash = '#' + hash;
    var slashes = u.slashes || SLASHED[protocol.slice(0, -1)];
    if (slashes && host) {
      host = '//' + host;
      if (pathname && pathname.charAt(0) !== '/') pathname = '/' + pathname;
    } else if (slashes && !host && protocol === 'file:') {
      host = '//';
    }
    return protocol + host + pathname + search + hash;
  }
  function urlResolve(from, to) {
    var base = urlParse(from);
    var rel = urlParse(to);
    if (rel.protocol) return urlFormat(rel);
    if (rel.slashes) return (base.protocol || '') + urlFormat(rel);
    var out = new Url();
    out.protocol = base.protocol;
    out.slashes = base.slashes;
    out.auth = base.auth;
    out.host = base.host;
    out.hostname = base.hostname;
    out.port = base.port;
    if (!rel.pathname) {
      out.pathname = base.pathname;
      out.search = rel.search !== null ? rel.search : base.search;
    } else {
      var segs;
      if (rel.pathname.charAt(0) === '/') {
        segs = rel.pathname.split('/');
      } else {
        var dir = (base.pathname || '/').split('/');
        dir.pop();
        segs = dir.concat(rel.pathname.split('/'));
      }
      var stack = [];
      segs.forEach(function (s, i) {
        if (s === '..') {
          if (stack.length > 1) stack.pop();
        } else if (s !== '.' || i === segs.length - 1) {
          stack.push(s === '.' ? '' : s);
        }
      });
      out.pathname = stack.join('/') || '/';
      if (out.pathname.charAt(0) !== '/') out.pathname = '/' + out.pathname;
      out.search = rel.search;
    }
    out.hash = rel.hash;
    return urlFormat(out);
  }
  var url = { parse: urlParse, format: urlFormat, resolve: urlResolve, Url: Url };
  if (typeof URL === 'function') url.URL = URL;
  if (typeof URLSearchParams === 'function') url.URLSearchParams = URLSearchParams;

  // ------------------------------------------------------------------ csv-parse (sync)
  function csvParse(input, options) {
    var o = Object.assign({ delimiter: ',', quote: '"', escape: '"', columns: false, skip_empty_lines: false,
      trim: false, ltrim: false, rtrim: false, from_line: 1, to_line: -1, relax_column_count: false,
      cast: false, comment: '', bom: false }, options);
    var text = String(input === undefined || input === null ? '' : input);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    var delim = Array.isArray(o.delimiter) ? o.delimiter[0] : String(o.delimiter);
    var rows = [];
    var row = [];
    var field = '';
    var quoted = false;
    var wasQuoted = false;
    var line = 1;
    var i = 0;
    function endField() {
      var v = field;
      if (!wasQuoted) {
        if (o.trim || o.ltrim) v = v.replace(/^\s+/, '');
        if (o.trim || o.rtrim) v = v.replace(/\s+$/, '');
      }
      if (o.cast) {
        if (typeof o.cast === 'function') v = o.cast(v, { column: row.length, quoting: wasQuoted, lines: line });
        else if (!wasQuoted && v !== '' && !isNaN(Number(v))) v = Number(v);
      }
      row.push(v);
      field = '';
      wasQuoted = false;
    }
    function endRow() {
      endField();
      var empty = row.length === 1 && row[0] === '';
      var commented = o.comment && typeof row[0] === 'string' && row[0].indexOf(o.comment) === 0;
      if (!(empty && o.skip_empty_lines) && !commented && line >= o.from_line && (o.to_line < 0 || line <= o.to_line)) {
        rows.push(row);
      }
      row = [];
      line++;
    }
    while (i < text.length) {
      var ch = text[i];
      if (quoted) {
        if (ch === o.escape && text[i + 1] === o.quote) {
          field += o.quote;
          i += 2;
          continue;
        }
        if (ch === o.quote) {
          quoted = false;
          i++;
          continue;
        }
        field += ch;
        i++;
        continue;
      }
      if (ch === o.quote && field === '' && o.quote) {
        quoted = true;
        wasQuoted = true;
        i++;
      } else if (text.startsWith(delim, i)) {
        endField();
        i += delim.length;
      } else if (ch === '\r' || ch === '\n') {
        endRow();
        i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      } else {
        field += ch;
        i++;
      }
    }
    if (quoted) throw new Error('Quote Not Closed: the parsing is finished with an opening quote at line ' + line);
    if (field !== '' || row.length || wasQuoted) endRow();
    if (!o.columns) return rows;
    var header;
    if (o.columns === true) header = rows.shift() || [];
    else if (typeof o.columns === 'function') header = o.columns(rows.shift() || []);
    else header = o.columns;
    return rows.map(function (r) {
      if (!o.relax_column_count && r.length !== header.length) {
        throw new Error('Invalid Record Length: columns length is ' + header.length + ', got ' + r.length);
      }
      var obj = {};
      header.forEach(function (h, idx) {
        var name = h && typeof h === 'object' ? h.name : h;
        if (name !== undefined && name !== null && name !== false) obj[name] = r[idx];
      });
      return obj;
    });
  }

  internal.querystring = querystring;
  internal.url = url;
  internal.csvParse = csvParse;
})(__cogman_internal);
