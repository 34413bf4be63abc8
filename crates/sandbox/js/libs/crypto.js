// cogman: a CryptoJS 3.x compatible surface. Data is held in CryptoJS's `WordArray` model
// (big-endian 32-bit words + sigBytes); digests, HMAC, PBKDF2 and AES run natively in Rust and
// receive bytes as hex.
(function (internal) {
  'use strict';

  var native = internal.native;

  function WordArray(words, sigBytes) {
    this.words = words || [];
    this.sigBytes = sigBytes !== undefined ? sigBytes : this.words.length * 4;
  }
  WordArray.prototype.toString = function (encoder) {
    return (encoder || Hex).stringify(this);
  };
  WordArray.prototype.concat = function (other) {
    this.clamp();
    var thisWords = this.words;
    var thatWords = other.words;
    var thisSig = this.sigBytes;
    for (var i = 0; i < other.sigBytes; i++) {
      var b = (thatWords[i >>> 2] >>> (24 - (i % 4) * 8)) & 0xff;
      thisWords[(thisSig + i) >>> 2] |= b << (24 - ((thisSig + i) % 4) * 8);
    }
    this.sigBytes += other.sigBytes;
    return this;
  };
  WordArray.prototype.clamp = function () {
    var words = this.words;
    var sig = this.sigBytes;
    words[sig >>> 2] &= 0xffffffff << (32 - (sig % 4) * 8);
    words.length = Math.ceil(sig / 4);
    return this;
  };
  WordArray.prototype.clone = function () {
    var c = new WordArray(this.words.slice(0), this.sigBytes);
    return c;
  };
  WordArray.create = function (words, sigBytes) {
    if (words instanceof ArrayBuffer) words = new Uint8Array(words);
    if (ArrayBuffer.isView(words) && !(words instanceof Uint8Array)) {
      words = new Uint8Array(words.buffer, words.byteOffset, words.byteLength);
    }
    if (words instanceof Uint8Array) return fromBytes(Array.prototype.slice.call(words));
    return new WordArray(words, sigBytes);
  };
  WordArray.random = function (n) {
    return Hex.parse(native.randomHex(n));
  };

  function toBytes(wa) {
    var out = new Array(wa.sigBytes);
    for (var i = 0; i < wa.sigBytes; i++) out[i] = (wa.words[i >>> 2] >>> (24 - (i % 4) * 8)) & 0xff;
    return out;
  }
  function fromBytes(bytes) {
    var words = [];
    for (var i = 0; i < bytes.length; i++) words[i >>> 2] |= (bytes[i] & 0xff) << (24 - (i % 4) * 8);
    return new WordArray(words, bytes.length);
  }

  var Hex = {
    stringify: function (wa) {
      var out = '';
      for (var i = 0; i < wa.sigBytes; i++) {
        var b = (wa.words[i >>> 2] >>> (24 - (i % 4) * 8)) & 0xff;
        out += (b < 16 ? '0' : '') + b.toString(16);
      }
      return out;
    },
    parse: function (str) {
      var len = str.length;
      var words = [];
      for (var i = 0; i < len; i += 2) {
        words[i >>> 3] |= parseInt(str.substr(i, 2), 16) << (24 - (i % 8) * 4);
      }
      return new WordArray(words, len / 2);
    }
  };
  var Latin1 = {
    stringify: function (wa) {
      var bytes = toBytes(wa);
      var out = '';
      for (var i = 0; i < bytes.length; i++) out += String.fromCharCode(bytes[i]);
      return out;
    },
    parse: function (str) {
      var bytes = [];
      for (var i = 0; i < str.length; i++) bytes.push(str.charCodeAt(i) & 0xff);
      return fromBytes(bytes);
    }
  };
  function utf8Encode(str) {
    var bytes = [];
    for (var i = 0; i < str.length; i++) {
      var c = str.charCodeAt(i);
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < str.length) {
        var d = str.charCodeAt(i + 1);
        if (d >= 0xdc00 && d < 0xe000) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          i++;
        }
      }
      if (c < 0x80) bytes.push(c);
      else if (c < 0x800) bytes.push(0xc0 | (c >> 6), 0x80 | (c & 63));
      else if (c < 0x10000) bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      else {
        bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      }
    }
    return bytes;
  }
  function utf8Decode(bytes, strict) {
    var out = '';
    for (var i = 0; i < bytes.length;) {
      var b = bytes[i];
      var need = b < 0x80 ? 0 : (b >> 5) === 6 ? 1 : (b >> 4) === 14 ? 2 : (b >> 3) === 30 ? 3 : -1;
      if (need < 0 || i + need >= bytes.length + (need ? 0 : 1)) {
        if (strict) throw new Error('Malformed UTF-8 data');
        out += '\ufffd';
        i++;
        continue;
      }
      var c = need === 0 ? b : b & (0x3f >> need);
      var ok = true;
      for (var k = 1; k <= need; k++) {
        var cb = bytes[i + k];
        if (cb === undefined || (cb & 0xc0) !== 0x80) { ok = false; break; }
        c = (c << 6) | (cb & 63);
      }
      if (!ok) {
        if (strict) throw new Error('Malformed UTF-8 data');
        out += '\ufffd';
        i++;
        continue;
      }
      i += need + 1;
      if (c >= 0x10000) {
        c -= 0x10000;
        out += String.fromCharCode(0xd800 + (c >> 10), 0xdc00 + (c & 0x3ff));
      } else {
        out += String.fromCharCode(c);
      }
    }
    return out;
  }
  var Utf8 = {
    stringify: function (wa) { return utf8Decode(toBytes(wa), true); },
    parse: function (str) { return fromBytes(utf8Encode(String(str))); }
  };
  var B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  function b64Encode(bytes, alphabet, pad) {
    var out = '';
    for (var i = 0; i < bytes.length; i += 3) {
      var n = (bytes[i] << 16) | ((bytes[i + 1] || 0) << 8) | (bytes[i + 2] || 0);
      out += alphabet[(n >> 18) & 63] + alphabet[(n >> 12) & 63];
      out += i + 1 < bytes.length ? alphabet[(n >> 6) & 63] : (pad ? '=' : '');
      out += i + 2 < bytes.length ? alphabet[n & 63] : (pad ? '=' : '');
    }
    return out;
  }
  function b64Decode(str) {
    var map = {};
    for (var i = 0; i < 64; i++) map[B64[i]] = i;
    map['-'] = 62;
    map._ = 63;
    var clean = String(str).replace(/[=\s]/g, '');
    var bytes = [];
    var buf = 0;
    var bits = 0;
    for (var j = 0; j < clean.length; j++) {
      var v = map[clean[j]];
      if (v === undefined) continue;
      buf = (buf << 6) | v;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        bytes.push((buf >> bits) & 0xff);
      }
    }
    return bytes;
  }
  var Base64 = {
    stringify: function (wa) { return b64Encode(toBytes(wa), B64, true); },
    parse: function (str) { return fromBytes(b64Decode(str)); }
  };
  var Utf16 = {
    stringify: function (wa) {
      var bytes = toBytes(wa);
      var out = '';
      for (var i = 0; i + 1 < bytes.length; i += 2) out += String.fromCharCode((bytes[i] << 8) | bytes[i + 1]);
      return out;
    },
    parse: function (str) {
      var bytes = [];
      for (var i = 0; i < str.length; i++) {
        var c = str.charCodeAt(i);
        bytes.push(c >> 8, c & 0xff);
      }
      return fromBytes(bytes);
    }
  };

  function toWordArray(data) {
    if (data instanceof WordArray) return data;
    if (data && typeof data === 'object' && Array.isArray(data.words)) {
      return new WordArray(data.words, data.sigBytes);
    }
    return Utf8.parse(data === undefined || data === null ? '' : String(data));
  }
  function hexOf(data) { return Hex.stringify(toWordArray(data)); }

  // -------------------------------------------------------------- hashers
  function makeHasher(alg) {
    function Hasher() { this._data = new WordArray([], 0); }
    Hasher.prototype.update = function (m) {
      this._data.concat(toWordArray(m));
      return this;
    };
    Hasher.prototype.finalize = function (m) {
      if (m !== undefined) this.update(m);
      var result = Hex.parse(native.digest(alg, Hex.stringify(this._data)));
      this.reset();
      return result;
    };
    Hasher.prototype.reset = function () { this._data = new WordArray([], 0); };
    Hasher.prototype.clone = function () {
      var c = new Hasher();
      c._data = this._data.clone();
      return c;
    };
    Hasher._alg = alg;
    Hasher.create = function () { return new Hasher(); };
    return Hasher;
  }
  var algo = {};
  var names = { MD5: 'md5', SHA1: 'sha1', SHA224: 'sha224', SHA256: 'sha256', SHA384: 'sha384',
    SHA512: 'sha512' };
  var CryptoJS = {
    lib: {
      WordArray: WordArray,
      Base: { extend: function (o) { return Object.assign(Object.create(this), o); } }
    },
    enc: { Hex: Hex, Latin1: Latin1, Utf8: Utf8, Base64: Base64, Utf16: Utf16, Utf16BE: Utf16 },
    algo: algo,
    mode: { CBC: { name: 'CBC' }, ECB: { name: 'ECB' } },
    pad: { Pkcs7: { name: 'Pkcs7' }, NoPadding: { name: 'NoPadding' } },
    format: {},
    kdf: {}
  };
  names.RIPEMD160 = 'ripemd160';
  Object.keys(names).forEach(function (name) {
    var alg = names[name];
    algo[name] = makeHasher(alg);
    CryptoJS[name] = function (message) {
      return Hex.parse(native.digest(alg, hexOf(message)));
    };
    CryptoJS['Hmac' + name] = function (message, key) {
      return Hex.parse(native.hmac(alg, hexOf(key), hexOf(message)));
    };
  });

  // SHA3 in CryptoJS is Keccak with a configurable output length (default 512 bits).
  function keccakAlg(cfg) {
    var bits = (cfg && cfg.outputLength) || 512;
    return 'keccak' + ([224, 256, 384, 512].indexOf(bits) === -1 ? 512 : bits);
  }
  CryptoJS.SHA3 = function (message, cfg) {
    return Hex.parse(native.digest(keccakAlg(cfg), hexOf(message)));
  };
  CryptoJS.HmacSHA3 = function (message, key) {
    return Hex.parse(native.hmac('keccak512', hexOf(key), hexOf(message)));
  };
  algo.SHA3 = makeHasher('keccak512');
  algo.SHA3.create = function (cfg) {
    var h = new algo.SHA3();
    h.finalize = function (m) {
      if (m !== undefined) this.update(m);
      var r = Hex.parse(native.digest(keccakAlg(cfg), Hex.stringify(this._data)));
      this.reset();
      return r;
    };
    return h;
  };

  function HMAC(hasher, key) {
    this._alg = (hasher && hasher._alg) || 'sha256';
    this._key = toWordArray(key);
    this._data = new WordArray([], 0);
  }
  HMAC.prototype.update = function (m) {
    this._data.concat(toWordArray(m));
    return this;
  };
  HMAC.prototype.finalize = function (m) {
    if (m !== undefined) this.update(m);
    var r = Hex.parse(native.hmac(this._alg, Hex.stringify(this._key), Hex.stringify(this._data)));
    this._data = new WordArray([], 0);
    return r;
  };
  HMAC.prototype.reset = function () { this._data = new WordArray([], 0); };
  HMAC.create = function (hasher, key) { return new HMAC(hasher, key); };
  algo.HMAC = HMAC;

  // -------------------------------------------------------------- KDFs
  function evpKdf(password, salt, keyWords, ivWords) {
    var need = (keyWords + ivWords) * 4;
    var derived = new WordArray([], 0);
    var block = null;
    var pass = toWordArray(password);
    while (derived.sigBytes < need) {
      var input = new WordArray([], 0);
      if (block) input.concat(block);
      input.concat(pass);
      if (salt) input.concat(salt);
      block = Hex.parse(native.digest('md5', Hex.stringify(input)));
      derived.concat(block);
    }
    derived.sigBytes = need;
    derived.clamp();
    return derived;
  }
  CryptoJS.EvpKDF = function (password, salt, cfg) {
    cfg = cfg || {};
    var keySize = cfg.keySize || 4;
    return evpKdf(password, toWordArray(salt), keySize, 0);
  };
  CryptoJS.PBKDF2 = function (password, salt, cfg) {
    cfg = cfg || {};
    var keySize = cfg.keySize || 4;
    var iterations = cfg.iterations || 1;
    var alg = (cfg.hasher && cfg.hasher._alg) || 'sha1';
    return Hex.parse(native.pbkdf2(alg, hexOf(password), hexOf(salt), iterations, keySize * 4));
  };
  algo.PBKDF2 = { create: function (cfg) {
    return { compute: function (p, s) { return CryptoJS.PBKDF2(p, s, cfg); } };
  } };
  algo.EvpKDF = { create: function (cfg) {
    return { compute: function (p, s) { return CryptoJS.EvpKDF(p, s, cfg); } };
  } };

  // -------------------------------------------------------------- ciphers
  function CipherParams(cfg) { Object.assign(this, cfg); }
  CipherParams.prototype.toString = function (formatter) {
    return (formatter || this.formatter || OpenSSL).stringify(this);
  };
  CipherParams.create = function (cfg) { return new CipherParams(cfg); };
  CryptoJS.lib.CipherParams = CipherParams;

  var SALTED = [0x53616c74, 0x65645f5f];
  var OpenSSL = {
    stringify: function (cp) {
      var wa;
      if (cp.salt) wa = new WordArray(SALTED.slice(0), 8).concat(cp.salt).concat(cp.ciphertext);
      else wa = cp.ciphertext;
      return Base64.stringify(wa);
    },
    parse: function (str) {
      var ct = Base64.parse(str);
      var salt;
      if (ct.words[0] === SALTED[0] && ct.words[1] === SALTED[1]) {
        salt = new WordArray(ct.words.slice(2, 4), 8);
        var rest = toBytes(ct).slice(16);
        ct = fromBytes(rest);
      }
      return new CipherParams({ ciphertext: ct, salt: salt });
    }
  };
  CryptoJS.format.OpenSSL = OpenSSL;
  CryptoJS.format.Hex = {
    stringify: function (cp) { return Hex.stringify(cp.ciphertext); },
    parse: function (s) { return new CipherParams({ ciphertext: Hex.parse(s) }); }
  };

  // Block cipher in CBC (native) or ECB (CBC with a zero IV, one block at a time) mode.
  function cipherRaw(alg, blockBytes, encrypt, key, iv, data, cfg) {
    var pad = !(cfg && cfg.padding === CryptoJS.pad.NoPadding);
    var ecb = cfg && cfg.mode === CryptoJS.mode.ECB;
    var keyHex = Hex.stringify(key);
    var zeroIv = new Array(blockBytes * 2 + 1).join('0');
    if (!ecb) {
      return Hex.parse(native.cipher(alg, encrypt, keyHex, iv ? Hex.stringify(iv) : zeroIv,
        Hex.stringify(data), pad));
    }
    var bytes = toBytes(data);
    if (encrypt && pad) {
      var n = blockBytes - (bytes.length % blockBytes);
      for (var i = 0; i < n; i++) bytes.push(n);
    }
    var out = '';
    var hex = Hex.stringify(fromBytes(bytes));
    for (var off = 0; off < hex.length; off += blockBytes * 2) {
      out += native.cipher(alg, encrypt, keyHex, zeroIv, hex.substr(off, blockBytes * 2), false);
    }
    var result = Hex.parse(out);
    if (!encrypt && pad && result.sigBytes) {
      var last = toBytes(result);
      var p = last[last.length - 1];
      result = fromBytes(last.slice(0, Math.max(0, last.length - p)));
    }
    return result;
  }

  // A CryptoJS cipher object (AES, DES, TripleDES): passphrases go through OpenSSL's
  // EVP_BytesToKey (MD5) with an 8-byte salt; WordArray keys are used as given.
  function makeCipher(alg, keyWords, blockBytes) {
    var ivWords = blockBytes / 4;
    function params(extra, cfg) {
      return new CipherParams(Object.assign({ formatter: cfg.format || OpenSSL, mode: cfg.mode || CryptoJS.mode.CBC,
        padding: cfg.padding || CryptoJS.pad.Pkcs7, blockSize: ivWords }, extra));
    }
    return {
      keySize: keyWords,
      ivSize: ivWords,
      encrypt: function (message, key, cfg) {
        cfg = cfg || {};
        var data = toWordArray(message);
        if (typeof key === 'string') {
          var salt = cfg.salt ? toWordArray(cfg.salt) : WordArray.random(8);
          var derived = evpKdf(key, salt, keyWords, ivWords);
          var k = new WordArray(derived.words.slice(0, keyWords), keyWords * 4);
          var iv = new WordArray(derived.words.slice(keyWords, keyWords + ivWords), blockBytes);
          return params({ ciphertext: cipherRaw(alg, blockBytes, true, k, iv, data, cfg), key: k, iv: iv,
            salt: salt }, cfg);
        }
        var wk = toWordArray(key);
        var ct = cipherRaw(alg, blockBytes, true, wk, cfg.iv ? toWordArray(cfg.iv) : null, data, cfg);
        return params({ ciphertext: ct, key: wk, iv: cfg.iv }, cfg);
      },
      decrypt: function (ciphertext, key, cfg) {
        cfg = cfg || {};
        var cp = typeof ciphertext === 'string' ? (cfg.format || OpenSSL).parse(ciphertext) : ciphertext;
        try {
          if (typeof key === 'string') {
            var derived = evpKdf(key, cp.salt, keyWords, ivWords);
            var k = new WordArray(derived.words.slice(0, keyWords), keyWords * 4);
            var iv = new WordArray(derived.words.slice(keyWords, keyWords + ivWords), blockBytes);
            return cipherRaw(alg, blockBytes, false, k, iv, cp.ciphertext, cfg);
          }
          return cipherRaw(alg, blockBytes, false, toWordArray(key), cfg.iv ? toWordArray(cfg.iv) : null,
            cp.ciphertext, cfg);
        } catch (e) {
          // CryptoJS does not throw on a wrong key; it yields garbage. An empty result is the
          // closest predictable equivalent.
          return new WordArray([], 0);
        }
      }
    };
  }
  CryptoJS.AES = makeCipher('aes', 8, 16);
  CryptoJS.DES = makeCipher('des', 2, 8);
  CryptoJS.TripleDES = makeCipher('tdes', 6, 8);
  algo.AES = CryptoJS.AES;
  algo.DES = CryptoJS.DES;
  algo.TripleDES = CryptoJS.TripleDES;

  internal.CryptoJS = CryptoJS;
  internal.utf8Encode = utf8Encode;
  internal.utf8Decode = utf8Decode;
  internal.b64Encode = function (bytes) { return b64Encode(bytes, B64, true); };
  internal.b64Decode = b64Decode;
})(__cogman_internal);
