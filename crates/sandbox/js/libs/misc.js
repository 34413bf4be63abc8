// cogman: small libraries: uuid (v4), atob/btoa with the DOMException errors Node prints, a
// Node-style Buffer over Uint8Array, and xml2js (`parseString`) plus Postman's `xml2Json`.
(function (internal) {
  'use strict';

  var native = internal.native;

  // ------------------------------------------------------------------ uuid
  var uuid = function () { return native.uuid4(); };
  uuid.v4 = function () { return native.uuid4(); };

  // ------------------------------------------------------------------ DOMException-like errors
  function DOMException(message, name) {
    this.message = message === undefined ? '' : String(message);
    this.name = name === undefined ? 'Error' : String(name);
    this.code = name === 'InvalidCharacterError' ? 5 : 0;
    this.stack = this.name + ': ' + this.message;
  }
  DOMException.prototype = Object.create(Error.prototype);
  DOMException.prototype.constructor = DOMException;

  // ------------------------------------------------------------------ atob / btoa
  var B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  function btoa(input) {
    if (arguments.length === 0) {
      var e = new TypeError('The "data" argument must be specified');
      e.code = 'ERR_MISSING_ARGS';
      throw e;
    }
    var s = String(input);
    var bytes = [];
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i);
      if (c > 255) throw new DOMException('Invalid character', 'InvalidCharacterError');
      bytes.push(c);
    }
    return internal.b64Encode(bytes);
  }
  function atob(input) {
    if (arguments.length === 0) {
      var e = new TypeError('The "data" argument must be specified');
      e.code = 'ERR_MISSING_ARGS';
      throw e;
    }
    var s = String(input);
    var count = 0;
    var equals = 0;
    for (var i = 0; i < s.length; i++) {
      var ch = s[i];
      if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\f' || ch === '\r') continue;
      count++;
      if (ch === '=') {
        equals++;
        if (equals > 2) throw new DOMException('Invalid character', 'InvalidCharacterError');
      } else if (B64.indexOf(ch) === -1 || equals) {
        throw new DOMException('Invalid character', 'InvalidCharacterError');
      }
    }
    var rem = count % 4;
    if (rem === 1 || (equals && rem !== 0)) {
      throw new DOMException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
    }
    var bytes = internal.b64Decode(s);
    var out = '';
    for (var j = 0; j < bytes.length; j++) out += String.fromCharCode(bytes[j]);
    return out;
  }

  // ------------------------------------------------------------------ Buffer
  function normEnc(enc) {
    var e = String(enc === undefined ? 'utf8' : enc).toLowerCase();
    switch (e) {
      case 'utf8': case 'utf-8': return 'utf8';
      case 'hex': return 'hex';
      case 'base64': return 'base64';
      case 'base64url': return 'base64url';
      case 'latin1': case 'binary': return 'latin1';
      case 'ascii': return 'ascii';
      case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
      default: return null;
    }
  }
  function bytesOf(str, enc) {
    var e = normEnc(enc);
    if (e === null) {
      var err = new TypeError('Unknown encoding: ' + enc);
      err.code = 'ERR_UNKNOWN_ENCODING';
      throw err;
    }
    var out = [];
    var i;
    switch (e) {
      case 'utf8': return internal.utf8Encode(str);
      case 'hex':
        for (i = 0; i + 1 < str.length; i += 2) {
          var b = parseInt(str.substr(i, 2), 16);
          if (isNaN(b)) break;
          out.push(b);
        }
        return out;
      case 'base64': case 'base64url': return internal.b64Decode(str);
      case 'latin1': case 'ascii':
        for (i = 0; i < str.length; i++) out.push(str.charCodeAt(i) & 0xff);
        return out;
      default:
        for (i = 0; i < str.length; i++) {
          var c = str.charCodeAt(i);
          out.push(c & 0xff, c >> 8);
        }
        return out;
    }
  }

  class Buffer extends Uint8Array {
    static from(value, encOrOffset, length) {
      if (typeof value === 'string') return Buffer._fromArray(bytesOf(value, encOrOffset));
      if (value instanceof ArrayBuffer) {
        return new Buffer(value, encOrOffset || 0, length === undefined ? value.byteLength - (encOrOffset || 0) : length);
      }
      if (ArrayBuffer.isView(value) || Array.isArray(value)) return Buffer._fromArray(Array.from(value));
      if (value && value.type === 'Buffer' && Array.isArray(value.data)) return Buffer._fromArray(value.data);
      if (value && typeof value.length === 'number') return Buffer._fromArray(Array.from(value));
      throw new TypeError('The first argument must be of type string or an instance of Buffer, ' +
        'ArrayBuffer, or Array or an Array-like Object.');
    }
    static _fromArray(arr) {
      var b = new Buffer(arr.length);
      for (var i = 0; i < arr.length; i++) b[i] = arr[i];
      return b;
    }
    static alloc(size, fill, enc) {
      var b = new Buffer(size);
      if (fill !== undefined && fill !== 0) b.fill(fill, 0, b.length, enc);
      return b;
    }
    static allocUnsafe(size) { return new Buffer(size); }
    static isBuffer(b) { return b instanceof Buffer; }
    static isEncoding(e) { return normEnc(e) !== null; }
    static byteLength(v, enc) {
      if (typeof v === 'string') return bytesOf(v, enc).length;
      return v.byteLength;
    }
    static concat(list, total) {
      var all = [];
      list.forEach(function (b) { for (var i = 0; i < b.length; i++) all.push(b[i]); });
      if (total !== undefined) {
        all = all.slice(0, total);
        while (all.length < total) all.push(0);
      }
      return Buffer._fromArray(all);
    }
    static compare(a, b) { return Buffer.prototype.compare.call(a, b); }
    fill(value, start, end, enc) {
      if (typeof start === 'string') {
        enc = start;
        start = 0;
        end = this.length;
      }
      start = start || 0;
      end = end === undefined ? this.length : end;
      if (typeof value === 'string') {
        var bytes = bytesOf(value, enc);
        if (!bytes.length) bytes = [0];
        for (var i = start; i < end; i++) this[i] = bytes[(i - start) % bytes.length];
        return this;
      }
      return super.fill(value, start, end);
    }
    toString(enc, start, end) {
      start = start || 0;
      end = end === undefined ? this.length : end;
      var bytes = Array.prototype.slice.call(this, start, end);
      var e = normEnc(enc);
      if (e === null) {
        var err = new TypeError('Unknown encoding: ' + enc);
        err.code = 'ERR_UNKNOWN_ENCODING';
        throw err;
      }
      var out = '';
      var i;
      switch (e) {
        case 'utf8': return internal.utf8Decode(bytes, false);
        case 'hex':
          for (i = 0; i < bytes.length; i++) out += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
          return out;
        case 'base64': return internal.b64Encode(bytes);
        case 'base64url':
          return internal.b64Encode(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
        case 'ascii':
          for (i = 0; i < bytes.length; i++) out += String.fromCharCode(bytes[i] & 0x7f);
          return out;
        case 'latin1':
          for (i = 0; i < bytes.length; i++) out += String.fromCharCode(bytes[i]);
          return out;
        default:
          for (i = 0; i + 1 < bytes.length; i += 2) out += String.fromCharCode(bytes[i] | (bytes[i + 1] << 8));
          return out;
      }
    }
    toJSON() { return { type: 'Buffer', data: Array.prototype.slice.call(this) }; }
    equals(other) { return this.compare(other) === 0; }
    compare(other) {
      var n = Math.min(this.length, other.length);
      for (var i = 0; i < n; i++) {
        if (this[i] !== other[i]) return this[i] < other[i] ? -1 : 1;
      }
      return this.length === other.length ? 0 : (this.length < other.length ? -1 : 1);
    }
    slice(start, end) { return this.subarray(start, end); }
    write(str, offset, length, enc) {
      if (typeof offset === 'string') {
        enc = offset;
        offset = 0;
      }
      offset = offset || 0;
      var bytes = bytesOf(str, enc);
      var n = Math.min(bytes.length, this.length - offset, length === undefined ? Infinity : length);
      for (var i = 0; i < n; i++) this[offset + i] = bytes[i];
      return n;
    }
    copy(target, targetStart, sourceStart, sourceEnd) {
      targetStart = targetStart || 0;
      sourceStart = sourceStart || 0;
      sourceEnd = sourceEnd === undefined ? this.length : sourceEnd;
      var n = 0;
      for (var i = sourceStart; i < sourceEnd && targetStart + n < target.length; i++) target[targetStart + n++] = this[i];
      return n;
    }
    indexOf(value, byteOffset, enc) {
      if (typeof value === 'number') return super.indexOf(value, byteOffset);
      var needle = typeof value === 'string' ? bytesOf(value, enc) : Array.from(value);
      for (var i = byteOffset || 0; i + needle.length <= this.length; i++) {
        var ok = true;
        for (var j = 0; j < needle.length; j++) {
          if (this[i + j] !== needle[j]) {
            ok = false;
            break;
          }
        }
        if (ok) return i;
      }
      return -1;
    }
    includes(value, byteOffset, enc) { return this.indexOf(value, byteOffset, enc) !== -1; }
    readUInt8(o) { return this[o || 0]; }
    readUInt16BE(o) { o = o || 0; return (this[o] << 8) | this[o + 1]; }
    readUInt16LE(o) { o = o || 0; return this[o] | (this[o + 1] << 8); }
    readUInt32BE(o) { o = o || 0; return ((this[o] << 24) >>> 0) + ((this[o + 1] << 16) | (this[o + 2] << 8) | this[o + 3]); }
    readUInt32LE(o) { o = o || 0; return ((this[o + 3] << 24) >>> 0) + ((this[o + 2] << 16) | (this[o + 1] << 8) | this[o]); }
    readInt8(o) { var v = this[o || 0]; return v > 127 ? v - 256 : v; }
    writeUInt8(v, o) { this[o || 0] = v; return (o || 0) + 1; }
  }
  Object.defineProperty(Buffer.prototype, 'parent', { get: function () { return this.buffer; } });

  // ------------------------------------------------------------------ xml2js
  var ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  function decodeEntities(s) {
    return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[A-Za-z]+);/g, function (all, e) {
      if (e[0] === '#') {
        var code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return isNaN(code) ? all : String.fromCodePoint(code);
      }
      if (Object.prototype.hasOwnProperty.call(ENTITIES, e)) return ENTITIES[e];
      throw new Error('Invalid character entity\nLine: 0\nColumn: 0\nChar: ;');
    });
  }

  var DEFAULTS = {
    explicitArray: true, explicitRoot: true, mergeAttrs: false, attrkey: '$', charkey: '_',
    trim: false, normalize: false, explicitCharkey: false, ignoreAttrs: false, emptyTag: '',
    normalizeTags: false, async: false, attrNameProcessors: null, attrValueProcessors: null,
    tagNameProcessors: null, valueProcessors: null
  };

  function applyProcessors(processors, value, key) {
    if (!processors) return value;
    processors.forEach(function (p) { value = p(value, key); });
    return value;
  }

  function parseXml(xml, options) {
    var o = Object.assign({}, DEFAULTS, options);
    var attrkey = o.attrkey;
    var charkey = o.charkey;
    var stack = [];
    var result = null;
    var pos = 0;
    var s = String(xml);
    if (s.trim() === '') return null;
    function assignOrPush(obj, key, value) {
      if (!(key in obj)) {
        obj[key] = o.explicitArray ? [value] : value;
      } else {
        if (!Array.isArray(obj[key])) obj[key] = [obj[key]];
        obj[key].push(value);
      }
    }
    // sax's error format: message, then 0-based line, column and the offending character.
    function fail(msg, idx) {
      var before = s.slice(0, idx);
      var line = (before.match(/\n/g) || []).length;
      var col = idx - (before.lastIndexOf('\n') + 1) + (idx < s.length ? 1 : 0);
      throw new Error(msg + '\nLine: ' + line + '\nColumn: ' + col + '\nChar: ' + (s[idx] || ''));
    }
    function text(t, cdata, at) {
      var top = stack[stack.length - 1];
      if (!top) {
        if (t.trim() !== '') fail('Non-whitespace before first tag.', at + t.search(/\S/));
        return;
      }
      top.obj[charkey] += t;
      if (cdata) top.cdata = true;
    }
    function open(name, attrs) {
      var obj = {};
      obj[charkey] = '';
      if (!o.ignoreAttrs) {
        Object.keys(attrs).forEach(function (k) {
          var key = applyProcessors(o.attrNameProcessors, k);
          var val = applyProcessors(o.attrValueProcessors, attrs[k], k);
          if (o.mergeAttrs) {
            assignOrPush(obj, key, val);
          } else {
            if (!(attrkey in obj)) obj[attrkey] = {};
            obj[attrkey][key] = val;
          }
        });
      }
      var tag = applyProcessors(o.tagNameProcessors, o.normalizeTags ? name.toLowerCase() : name);
      stack.push({ name: name, tag: tag, obj: obj, cdata: false });
    }
    function close(name, at) {
      var top = stack.pop();
      if (!top || top.name !== name) fail('Unexpected close tag', at);
      var obj = top.obj;
      var emptyStr = '';
      if (/^\s*$/.test(obj[charkey]) && !top.cdata) {
        emptyStr = obj[charkey];
        delete obj[charkey];
      } else {
        if (o.trim) obj[charkey] = obj[charkey].trim();
        if (o.normalize) obj[charkey] = obj[charkey].replace(/\s{2,}/g, ' ').trim();
        obj[charkey] = applyProcessors(o.valueProcessors, obj[charkey], top.tag);
        if (Object.keys(obj).length === 1 && charkey in obj && !o.explicitCharkey) obj = obj[charkey];
      }
      if (obj !== null && typeof obj === 'object' && Object.keys(obj).length === 0) {
        obj = o.emptyTag !== '' ? o.emptyTag : emptyStr;
      }
      if (stack.length) {
        assignOrPush(stack[stack.length - 1].obj, top.tag, obj);
      } else if (o.explicitRoot) {
        result = {};
        result[top.tag] = obj;
      } else {
        result = obj;
      }
    }
    // Like xml2js, the result is final once the root element closes; the rest is ignored.
    while (pos < s.length && result === null) {
      var lt = s.indexOf('<', pos);
      if (lt === -1) {
        if (!stack.length) text(s.slice(pos), false, pos);
        break;
      }
      if (lt > pos) text(decodeEntities(s.slice(pos, lt)), false, pos);
      var end;
      if (s.startsWith('<?', lt)) {
        end = s.indexOf('?>', lt);
        if (end === -1) throw new Error('Unterminated processing instruction');
        pos = end + 2;
      } else if (s.startsWith('<!--', lt)) {
        end = s.indexOf('-->', lt);
        if (end === -1) throw new Error('Unterminated comment');
        pos = end + 3;
      } else if (s.startsWith('<![CDATA[', lt)) {
        end = s.indexOf(']]>', lt);
        if (end === -1) throw new Error('Unterminated CDATA');
        text(s.slice(lt + 9, end), true, lt);
        pos = end + 3;
      } else if (s.startsWith('<!', lt)) {
        // DOCTYPE (possibly with an internal subset in brackets).
        var depth = 0;
        end = lt + 2;
        while (end < s.length && !(s[end] === '>' && depth === 0)) {
          if (s[end] === '[') depth++;
          if (s[end] === ']') depth--;
          end++;
        }
        pos = end + 1;
      } else if (s[lt + 1] === '/') {
        end = s.indexOf('>', lt);
        if (end === -1) throw new Error('Unterminated close tag');
        close(s.slice(lt + 2, end).trim(), end);
        pos = end + 1;
      } else {
        var re = /<([^\s/>]+)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'))?)*)\s*(\/?)>/y;
        re.lastIndex = lt;
        var m = re.exec(s);
        if (!m) throw new Error('Invalid tag at position ' + lt);
        var attrs = {};
        var are = /([^\s=]+)(?:\s*=\s*("([^"]*)"|'([^']*)'))?/g;
        var am;
        while ((am = are.exec(m[2]))) {
          var v = am[3] !== undefined ? am[3] : am[4];
          attrs[am[1]] = decodeEntities(v === undefined ? am[1] : v);
        }
        open(m[1], attrs);
        if (m[3] === '/') close(m[1], re.lastIndex - 1);
        pos = re.lastIndex;
      }
    }
    if (stack.length) fail('Unclosed root tag', s.length);
    return result;
  }

  var xml2js = {
    defaults: { '0.2': Object.assign({}, DEFAULTS), '0.1': Object.assign({}, DEFAULTS) },
    parseString: function (str, options, cb) {
      if (typeof options === 'function') {
        cb = options;
        options = {};
      }
      var result;
      try {
        result = parseXml(str, options);
      } catch (e) {
        if (cb) cb(e);
        return;
      }
      if (cb) cb(null, result);
    },
    parseStringPromise: function (str, options) {
      return new Promise(function (resolve, reject) {
        xml2js.parseString(str, options || {}, function (err, res) {
          if (err) reject(err);
          else resolve(res);
        });
      });
    }
  };
  // ------------------------------------------------------------------ xml2js.Builder
  function escText(v) {
    return String(v).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#xD;');
  }
  function escAttr(v) {
    return String(v).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')
      .replace(/\t/g, '&#x9;').replace(/\n/g, '&#xA;').replace(/\r/g, '&#xD;');
  }
  function requiresCDATA(v) {
    return typeof v === 'string' && (v.indexOf('&') >= 0 || v.indexOf('>') >= 0 || v.indexOf('<') >= 0);
  }
  function wrapCDATA(v) { return '<![CDATA[' + String(v).replace(/]]>/g, ']]]]><![CDATA[>') + ']]>'; }

  function Builder(opts) {
    this.options = Object.assign({
      attrkey: '$', charkey: '_', rootName: 'root', headless: false, cdata: false,
      xmldec: { version: '1.0', encoding: 'UTF-8', standalone: true },
      renderOpts: { pretty: true, indent: '  ', newline: '\n' }
    }, opts);
  }
  Builder.prototype.buildObject = function (rootObj) {
    var o = this.options;
    var rootName = o.rootName;
    if (rootObj && typeof rootObj === 'object' && Object.keys(rootObj).length === 1 && o.rootName === 'root') {
      rootName = Object.keys(rootObj)[0];
      rootObj = rootObj[rootName];
    }
    function el(name) { return { name: name, attrs: [], children: [] }; }
    function render(element, obj) {
      if (obj === null || typeof obj !== 'object') {
        if (o.cdata && requiresCDATA(obj)) element.children.push({ raw: wrapCDATA(obj) });
        else element.children.push({ text: String(obj) });
        return;
      }
      if (Array.isArray(obj)) {
        obj.forEach(function (child) {
          Object.keys(child || {}).forEach(function (key) {
            var e = el(key);
            element.children.push(e);
            render(e, child[key]);
          });
        });
        return;
      }
      Object.keys(obj).forEach(function (key) {
        var child = obj[key];
        var e;
        if (key === o.attrkey) {
          if (child && typeof child === 'object') {
            Object.keys(child).forEach(function (a) { element.attrs.push([a, child[a]]); });
          }
        } else if (key === o.charkey) {
          if (o.cdata && requiresCDATA(child)) element.children.push({ raw: wrapCDATA(child) });
          else element.children.push({ text: String(child) });
        } else if (Array.isArray(child)) {
          child.forEach(function (entry) {
            e = el(key);
            element.children.push(e);
            if (typeof entry === 'string') {
              if (o.cdata && requiresCDATA(entry)) e.children.push({ raw: wrapCDATA(entry) });
              else e.children.push({ text: entry });
            } else {
              render(e, entry);
            }
          });
        } else if (child !== null && typeof child === 'object') {
          e = el(key);
          element.children.push(e);
          render(e, child);
        } else {
          e = el(key);
          element.children.push(e);
          if (typeof child === 'string' && o.cdata && requiresCDATA(child)) e.children.push({ raw: wrapCDATA(child) });
          else e.children.push({ text: child === null || child === undefined ? '' : child.toString() });
        }
      });
    }
    var root = el(rootName);
    render(root, rootObj);
    var ro = o.renderOpts || {};
    var pretty = Boolean(ro.pretty);
    var indent = pretty ? (ro.indent === undefined ? '  ' : ro.indent) : '';
    var nl = pretty ? (ro.newline === undefined ? '\n' : ro.newline) : '';
    function isEmptyText(c) { return (c.text !== undefined && c.text === '') || (c.raw !== undefined && c.raw === ''); }
    function write(node, level) {
      var pad = pretty ? new Array(level + 1).join(indent) : '';
      var open = '<' + node.name + node.attrs.map(function (a) { return ' ' + a[0] + '="' + escAttr(a[1]) + '"'; }).join('');
      if (!node.children.length || node.children.every(isEmptyText)) return pad + open + '/>' + nl;
      var onlyText = node.children.length === 1 && node.children[0].name === undefined;
      if (onlyText) {
        var c = node.children[0];
        return pad + open + '>' + (c.raw !== undefined ? c.raw : escText(c.text)) + '</' + node.name + '>' + nl;
      }
      var out = pad + open + '>' + nl;
      node.children.forEach(function (ch) {
        if (ch.name !== undefined) out += write(ch, level + 1);
        else out += (pretty ? new Array(level + 2).join(indent) : '') + (ch.raw !== undefined ? ch.raw : escText(ch.text)) + nl;
      });
      return out + pad + '</' + node.name + '>' + nl;
    }
    var decl = '';
    if (!o.headless && o.xmldec) {
      var d = o.xmldec;
      decl = '<?xml version="' + (d.version || '1.0') + '"' + (d.encoding ? ' encoding="' + d.encoding + '"' : '') +
        (d.standalone !== undefined && d.standalone !== null ? ' standalone="' + (d.standalone ? 'yes' : 'no') + '"' : '') + '?>' + nl;
    }
    var body = write(root, 0);
    if (pretty && nl && body.slice(-nl.length) === nl) body = body.slice(0, -nl.length);
    return decl + body;
  };
  xml2js.Builder = Builder;

  xml2js.Parser = function (options) { this.options = options || {}; };
  xml2js.Parser.prototype.parseString = function (str, cb) { xml2js.parseString(str, this.options, cb); };
  xml2js.Parser.prototype.parseStringPromise = function (str) { return xml2js.parseStringPromise(str, this.options); };

  function xml2Json(string) {
    var json = {};
    xml2js.parseString(string, { explicitArray: false, async: false, trim: true, mergeAttrs: false },
      function (err, result) { json = result; });
    return json;
  }

  internal.uuid = uuid;
  internal.atob = atob;
  internal.btoa = btoa;
  internal.Buffer = Buffer;
  internal.xml2js = xml2js;
  internal.xml2Json = xml2Json;
  internal.DOMException = DOMException;
})(__cogman_internal);
