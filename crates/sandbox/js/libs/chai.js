// cogman: a chai 4 compatible BDD `expect`, written for the cogman sandbox.
//
// Failure messages must match chai 4.4 (the version Newman 6 ships) byte for byte, because
// Newman reports them verbatim. Values are displayed the way chai's `inspect` (loupe 2.3) and
// `objDisplay` do: single-quoted strings, `+0`, truncation at 40 characters with `…`, and
// `[ Array(n) ]` / `{ Object (a, b, ...) }` summaries for long arrays and objects.
(function (internal) {
  'use strict';

  var TRUNCATOR = '\u2026';
  var toStr = Object.prototype.toString;
  var hasOwn = Object.prototype.hasOwnProperty;
  var config = {
    includeStack: false,
    showDiff: true,
    truncateThreshold: 40,
    useProxy: true,
    proxyExcludedKeys: ['then', 'catch', 'inspect', 'toJSON'],
    deepEqual: null
  };

  // ---------------------------------------------------------------- inspect (loupe 2.3)

  function truncate(string, length, tail) {
    if (tail === undefined) tail = TRUNCATOR;
    string = String(string);
    var tailLength = tail.length;
    var stringLength = string.length;
    if (tailLength > length && stringLength > tailLength) return tail;
    if (stringLength > length && stringLength > tailLength) {
      return string.slice(0, length - tailLength) + tail;
    }
    return string;
  }

  function normaliseOptions(o) {
    o = o || {};
    return {
      showHidden: Boolean(o.showHidden),
      depth: o.depth === undefined ? 2 : Number(o.depth),
      colors: false,
      customInspect: o.customInspect === undefined ? true : Boolean(o.customInspect),
      truncate: o.truncate === undefined ? Infinity : Number(o.truncate),
      seen: o.seen === undefined ? [] : o.seen,
      stylize: String
    };
  }

  function inspectList(list, options, inspectItem, separator) {
    if (separator === undefined) separator = ', ';
    inspectItem = inspectItem || options.inspect;
    var size = list.length;
    if (size === 0) return '';
    var originalLength = options.truncate;
    var output = '';
    var peek = '';
    var truncated = '';
    for (var i = 0; i < size; i += 1) {
      var last = i + 1 === list.length;
      var secondToLast = i + 2 === list.length;
      truncated = TRUNCATOR + '(' + (list.length - i) + ')';
      var value = list[i];
      options.truncate = originalLength - output.length - (last ? 0 : separator.length);
      var string = peek || inspectItem(value, options) + (last ? '' : separator);
      var nextLength = output.length + string.length;
      var truncatedLength = nextLength + truncated.length;
      if (last && nextLength > originalLength && output.length + truncated.length <= originalLength) {
        break;
      }
      if (!last && !secondToLast && truncatedLength > originalLength) break;
      peek = last ? '' : inspectItem(list[i + 1], options) + (secondToLast ? '' : separator);
      if (!last && secondToLast && truncatedLength > originalLength &&
          nextLength + peek.length > originalLength) {
        break;
      }
      output += string;
      if (!last && !secondToLast && nextLength + peek.length >= originalLength) {
        truncated = TRUNCATOR + '(' + (list.length - i - 1) + ')';
        break;
      }
      truncated = '';
    }
    return output + truncated;
  }

  function quoteComplexKey(key) {
    if (/^[a-zA-Z_][a-zA-Z_0-9]*$/.test(key)) return key;
    return JSON.stringify(key).replace(/'/g, "\\'").replace(/\\"/g, '"').replace(/(^"|"$)/g, "'");
  }

  function inspectProperty(pair, options) {
    var key = pair[0];
    var value = pair[1];
    options.truncate -= 2;
    if (typeof key === 'string') key = quoteComplexKey(key);
    else if (typeof key !== 'number') key = '[' + options.inspect(key, options) + ']';
    options.truncate -= key.length;
    value = options.inspect(value, options);
    return key + ': ' + value;
  }

  var STRING_ESCAPE = new RegExp("['\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u0600-\\u0604\\u070f" +
    '\\u17b4\\u17b5\\u200c-\\u200f\\u2028-\\u202f\\u2060-\\u206f\\ufeff\\ufff0-\\uffff]', 'g');
  var ESCAPES = { '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r', "'": "\\'" };
  function escapeChar(ch) {
    return ESCAPES[ch] || '\\u' + ('0000' + ch.charCodeAt(0).toString(16)).slice(-4);
  }
  function inspectString(string, options) {
    string = String(string).replace(STRING_ESCAPE, escapeChar);
    return "'" + truncate(string, options.truncate - 2) + "'";
  }

  function inspectNumber(number, options) {
    number = Number(number);
    if (number !== number) return 'NaN';
    if (number === Infinity) return 'Infinity';
    if (number === -Infinity) return '-Infinity';
    if (number === 0) return 1 / number === Infinity ? '+0' : '-0';
    return truncate(number, options.truncate);
  }

  function inspectBigInt(number, options) {
    var nums = truncate(number.toString(), options.truncate - 1);
    if (nums !== TRUNCATOR) nums += 'n';
    return nums;
  }

  function getFuncName(fn) {
    if (typeof fn !== 'function') return null;
    return typeof fn.name === 'string' ? fn.name : '';
  }

  function inspectFunction(func, options) {
    var name = getFuncName(func);
    if (!name) return '[Function]';
    return '[Function ' + truncate(name, options.truncate - 11) + ']';
  }

  function inspectSymbol(value) {
    return value.description ? 'Symbol(' + value.description + ')' : 'Symbol()';
  }

  function inspectArray(array, options) {
    var nonIndex = Object.keys(array).slice(array.length);
    if (!array.length && !nonIndex.length) return '[]';
    options.truncate -= 4;
    var listContents = inspectList(array, options);
    options.truncate -= listContents.length;
    var propertyContents = '';
    if (nonIndex.length) {
      propertyContents = inspectList(nonIndex.map(function (k) { return [k, array[k]]; }),
        options, inspectProperty);
    }
    return '[ ' + listContents + (propertyContents ? ', ' + propertyContents : '') + ' ]';
  }

  function getArrayName(array) {
    if (typeof internal.Buffer === 'function' && array instanceof internal.Buffer) return 'Buffer';
    if (array[Symbol.toStringTag]) return array[Symbol.toStringTag];
    return getFuncName(array.constructor);
  }

  function inspectTypedArray(array, options) {
    var name = getArrayName(array);
    options.truncate -= name.length + 4;
    var nonIndex = Object.keys(array).slice(array.length);
    if (!array.length && !nonIndex.length) return name + '[]';
    var output = '';
    for (var i = 0; i < array.length; i++) {
      var string = truncate(array[i], options.truncate) + (i === array.length - 1 ? '' : ', ');
      options.truncate -= string.length;
      if (array[i] !== array.length && options.truncate <= 3) {
        output += TRUNCATOR + '(' + (array.length - array[i] + 1) + ')';
        break;
      }
      output += string;
    }
    var propertyContents = '';
    if (nonIndex.length) {
      propertyContents = inspectList(nonIndex.map(function (k) { return [k, array[k]]; }),
        options, inspectProperty);
    }
    return name + '[ ' + output + (propertyContents ? ', ' + propertyContents : '') + ' ]';
  }

  function inspectDate(date, options) {
    var repr = date.toJSON();
    if (repr === null) return 'Invalid Date';
    var split = repr.split('T');
    return split[0] + 'T' + truncate(split[1], options.truncate - split[0].length - 1);
  }

  function inspectRegExp(value, options) {
    var flags = value.toString().split('/')[2];
    var sourceLength = options.truncate - (2 + flags.length);
    return '/' + truncate(value.source, sourceLength) + '/' + flags;
  }

  function inspectMap(map, options) {
    if (map.size - 1 <= 0) return 'Map{}';
    options.truncate -= 7;
    var entries = [];
    map.forEach(function (v, k) { entries.push([k, v]); });
    return 'Map{ ' + inspectList(entries, options, function (pair, opts) {
      opts.truncate -= 4;
      var key = opts.inspect(pair[0], opts);
      opts.truncate -= key.length;
      return key + ' => ' + opts.inspect(pair[1], opts);
    }) + ' }';
  }

  function inspectSet(set, options) {
    if (set.size === 0) return 'Set{}';
    options.truncate -= 7;
    var values = [];
    set.forEach(function (v) { values.push(v); });
    return 'Set{ ' + inspectList(values, options) + ' }';
  }

  function inspectArguments(args, options) {
    if (args.length === 0) return 'Arguments[]';
    options.truncate -= 13;
    return 'Arguments[ ' + inspectList(args, options) + ' ]';
  }

  var ERROR_KEYS = ['stack', 'line', 'column', 'name', 'message', 'fileName', 'lineNumber',
    'columnNumber', 'number', 'description'];
  function inspectError(error, options) {
    var properties = Object.getOwnPropertyNames(error).filter(function (k) {
      return ERROR_KEYS.indexOf(k) === -1;
    });
    var name = error.name;
    options.truncate -= name.length;
    var message = '';
    if (typeof error.message === 'string') message = truncate(error.message, options.truncate);
    else properties.unshift('message');
    message = message ? ': ' + message : '';
    options.truncate -= message.length + 5;
    var propertyContents = inspectList(properties.map(function (k) { return [k, error[k]]; }),
      options, inspectProperty);
    return name + message + (propertyContents ? ' { ' + propertyContents + ' }' : '');
  }

  function inspectObject(object, options) {
    var properties = Object.getOwnPropertyNames(object);
    var symbols = Object.getOwnPropertySymbols ? Object.getOwnPropertySymbols(object) : [];
    if (properties.length === 0 && symbols.length === 0) return '{}';
    options.truncate -= 4;
    options.seen = options.seen || [];
    if (options.seen.indexOf(object) >= 0) return '[Circular]';
    options.seen.push(object);
    var propertyContents = inspectList(properties.map(function (k) { return [k, object[k]]; }),
      options, inspectProperty);
    var symbolContents = inspectList(symbols.map(function (k) { return [k, object[k]]; }),
      options, inspectProperty);
    options.seen.pop();
    var sep = propertyContents && symbolContents ? ', ' : '';
    return '{ ' + propertyContents + sep + symbolContents + ' }';
  }

  function inspectClass(value, options) {
    var name = '';
    if (Symbol.toStringTag in value) name = value[Symbol.toStringTag];
    name = name || getFuncName(value.constructor);
    if (!name || name === '_class') name = '<Anonymous Class>';
    options.truncate -= name.length;
    return name + inspectObject(value, options);
  }

  var baseTypes = Object.create(null);
  baseTypes.undefined = function () { return 'undefined'; };
  baseTypes.null = function () { return 'null'; };
  baseTypes.boolean = baseTypes.Boolean = function (v) { return String(v); };
  baseTypes.number = baseTypes.Number = inspectNumber;
  baseTypes.bigint = baseTypes.BigInt = inspectBigInt;
  baseTypes.string = baseTypes.String = inspectString;
  baseTypes['function'] = baseTypes.Function = inspectFunction;
  baseTypes.symbol = baseTypes.Symbol = inspectSymbol;
  baseTypes.Array = inspectArray;
  baseTypes.Date = inspectDate;
  baseTypes.Map = inspectMap;
  baseTypes.Set = inspectSet;
  baseTypes.RegExp = inspectRegExp;
  baseTypes.Promise = function () { return 'Promise{\u2026}'; };
  baseTypes.WeakSet = function () { return 'WeakSet{\u2026}'; };
  baseTypes.WeakMap = function () { return 'WeakMap{\u2026}'; };
  baseTypes.Arguments = inspectArguments;
  ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array',
    'Uint32Array', 'Float32Array', 'Float64Array'].forEach(function (t) {
    baseTypes[t] = inspectTypedArray;
  });
  baseTypes.Generator = baseTypes.DataView = baseTypes.ArrayBuffer = function () { return ''; };
  baseTypes.Error = inspectError;

  var CHAI_INSPECT = Symbol.for('chai/inspect');
  var NODE_INSPECT = Symbol.for('nodejs.util.inspect.custom');

  function inspectCustom(value, options) {
    if (CHAI_INSPECT in value && typeof value[CHAI_INSPECT] === 'function') {
      return value[CHAI_INSPECT](options);
    }
    if (NODE_INSPECT in value && typeof value[NODE_INSPECT] === 'function') {
      return value[NODE_INSPECT](options.depth, options);
    }
    if ('inspect' in value && typeof value.inspect === 'function') {
      return value.inspect(options.depth, options);
    }
    return '';
  }

  function loupeInspect(value, opts) {
    var options = normaliseOptions(opts);
    options.inspect = loupeInspect;
    var type = value === null ? 'null' : typeof value;
    if (type === 'object') type = toStr.call(value).slice(8, -1);
    if (baseTypes[type]) return baseTypes[type](value, options);
    if (options.customInspect && value) {
      var output = inspectCustom(value, options);
      if (output) {
        if (typeof output === 'string') return output;
        return loupeInspect(output, options);
      }
    }
    var proto = value ? Object.getPrototypeOf(value) : false;
    if (proto === Object.prototype || proto === null) return inspectObject(value, options);
    if ('constructor' in value) {
      if (value.constructor !== Object) return inspectClass(value, options);
      return inspectObject(value, options);
    }
    if (value === Object(value)) return inspectObject(value, options);
    return String(value);
  }

  /** chai's `util.inspect`: loupe with chai's truncate threshold. */
  function inspect(obj, showHidden, depth) {
    return loupeInspect(obj, {
      depth: typeof depth === 'undefined' ? 2 : depth,
      showHidden: showHidden,
      truncate: config.truncateThreshold ? config.truncateThreshold : Infinity
    });
  }

  function objDisplay(obj) {
    var str = inspect(obj);
    var type = toStr.call(obj);
    if (config.truncateThreshold && str.length >= config.truncateThreshold) {
      if (type === '[object Function]') {
        return !obj.name || obj.name === '' ? '[Function]' : '[Function: ' + obj.name + ']';
      } else if (type === '[object Array]') {
        return '[ Array(' + obj.length + ') ]';
      } else if (type === '[object Object]') {
        var keys = Object.keys(obj);
        var kstr = keys.length > 2 ? keys.splice(0, 2).join(', ') + ', ...' : keys.join(', ');
        return '{ Object (' + kstr + ') }';
      }
      return str;
    }
    return str;
  }

  // ---------------------------------------------------------------- type-detect, deep-eql

  function type(obj) {
    if (obj === null) return 'null';
    var t = typeof obj;
    if (t !== 'object') return t;
    if (Array.isArray(obj)) return 'Array';
    var tag = obj[Symbol.toStringTag];
    if (typeof tag === 'string') return tag;
    return toStr.call(obj).slice(8, -1);
  }

  function isPrimitive(value) {
    return value === null || typeof value !== 'object';
  }

  function simpleEqual(l, r) {
    if (l === r) return l !== 0 || 1 / l === 1 / r;
    if (l !== l && r !== r) return true;
    if (isPrimitive(l) || isPrimitive(r)) return false;
    return null;
  }

  function memoGet(memo, l, r) {
    if (!memo || isPrimitive(l) || isPrimitive(r)) return null;
    var inner = memo.get(l);
    if (inner) {
      var result = inner.get(r);
      if (typeof result === 'boolean') return result;
    }
    return null;
  }

  function memoSet(memo, l, r, value) {
    if (!memo || isPrimitive(l) || isPrimitive(r)) return;
    var inner = memo.get(l);
    if (inner) inner.set(r, value);
    else {
      inner = new Map();
      inner.set(r, value);
      memo.set(l, inner);
    }
  }

  function deepEqual(l, r, options) {
    if (options && options.comparator) return extensiveDeepEqual(l, r, options);
    var simple = simpleEqual(l, r);
    if (simple !== null) return simple;
    return extensiveDeepEqual(l, r, options);
  }

  function extensiveDeepEqual(l, r, options) {
    options = options || {};
    options.memoize = options.memoize === false ? false : options.memoize || new Map();
    var comparator = options && options.comparator;
    var memoized = memoGet(options.memoize, l, r);
    if (memoized !== null) return memoized;
    var memoizedR = memoGet(options.memoize, r, l);
    if (memoizedR !== null) return memoizedR;
    if (comparator) {
      var cres = comparator(l, r);
      if (cres === false || cres === true) {
        memoSet(options.memoize, l, r, cres);
        return cres;
      }
      var simple = simpleEqual(l, r);
      if (simple !== null) return simple;
    }
    var lt = type(l);
    if (lt !== type(r)) {
      memoSet(options.memoize, l, r, false);
      return false;
    }
    memoSet(options.memoize, l, r, true);
    var result = extensiveDeepEqualByType(l, r, lt, options);
    memoSet(options.memoize, l, r, result);
    return result;
  }

  function extensiveDeepEqualByType(l, r, t, options) {
    switch (t) {
      case 'String': case 'Number': case 'Boolean': case 'Date':
        return deepEqual(l.valueOf(), r.valueOf());
      case 'Promise': case 'Symbol': case 'function': case 'WeakMap': case 'WeakSet':
        return l === r;
      case 'Error':
        return keysEqual(l, r, ['name', 'message', 'code'], options);
      case 'Arguments': case 'Int8Array': case 'Uint8Array': case 'Uint8ClampedArray':
      case 'Int16Array': case 'Uint16Array': case 'Int32Array': case 'Uint32Array':
      case 'Float32Array': case 'Float64Array': case 'Array':
        return iterableEqual(l, r, options);
      case 'RegExp':
        return String(l) === String(r);
      case 'DataView':
        return iterableEqual(new Uint8Array(l.buffer), new Uint8Array(r.buffer), options);
      case 'ArrayBuffer':
        return iterableEqual(new Uint8Array(l), new Uint8Array(r), options);
      case 'Set':
        return entriesEqual(l, r, options);
      case 'Map':
        return entriesEqual(l, r, options);
      default:
        return objectEqual(l, r, options);
    }
  }

  function entriesEqual(l, r, options) {
    if (l.size !== r.size) return false;
    if (l.size === 0) return true;
    var le = [];
    var re = [];
    l.forEach(function (v, k) { le.push([k, v]); });
    r.forEach(function (v, k) { re.push([k, v]); });
    return iterableEqual(le.sort(), re.sort(), options);
  }

  function iterableEqual(l, r, options) {
    var length = l.length;
    if (length !== r.length) return false;
    if (length === 0) return true;
    for (var i = 0; i < length; i++) {
      if (deepEqual(l[i], r[i], options) === false) return false;
    }
    return true;
  }

  function getEnumerableKeys(target) {
    var keys = [];
    for (var name in target) keys.push(name);
    return keys;
  }

  function getEnumerableSymbols(target) {
    var keys = [];
    var all = Object.getOwnPropertySymbols(target);
    for (var i = 0; i < all.length; i++) {
      var d = Object.getOwnPropertyDescriptor(target, all[i]);
      if (d && d.enumerable) keys.push(all[i]);
    }
    return keys;
  }

  function keysEqual(l, r, keys, options) {
    for (var i = 0; i < keys.length; i++) {
      if (deepEqual(l[keys[i]], r[keys[i]], options) === false) return false;
    }
    return true;
  }

  function mapSymbols(arr) {
    return arr.map(function (e) { return typeof e === 'symbol' ? e.toString() : e; });
  }

  function objectEqual(l, r, options) {
    var lk = getEnumerableKeys(l).concat(getEnumerableSymbols(l));
    var rk = getEnumerableKeys(r).concat(getEnumerableSymbols(r));
    if (lk.length && lk.length === rk.length) {
      if (iterableEqual(mapSymbols(lk).sort(), mapSymbols(rk).sort()) === false) return false;
      return keysEqual(l, r, lk, options);
    }
    if (lk.length === 0 && rk.length === 0) {
      var li = iteratorEntries(l);
      var ri = iteratorEntries(r);
      if (li.length === 0 && ri.length === 0) return true;
      if (li.length && li.length === ri.length) return iterableEqual(li, ri, options);
    }
    return false;
  }

  function iteratorEntries(target) {
    var out = [];
    try {
      if (target && typeof target[Symbol.iterator] === 'function') {
        var it = target[Symbol.iterator]();
        for (var step = it.next(); !step.done; step = it.next()) out.push(step.value);
      }
    } catch (e) {
      return [];
    }
    return out;
  }

  function eql(l, r, options) { return deepEqual(l, r, options); }

  // ---------------------------------------------------------------- pathval, check-error

  function hasProperty(obj, name) {
    if (typeof obj === 'undefined' || obj === null) return false;
    return name in Object(obj);
  }

  function parsePath(path) {
    var str = path.replace(/([^\\])\[/g, '$1.[');
    var parts = str.match(/(\\\.|[^.]+?)+/g) || [];
    return parts.map(function (value) {
      if (value === 'constructor' || value === '__proto__' || value === 'prototype') return {};
      var m = /^\[(\d+)\]$/.exec(value);
      if (m) return { i: parseFloat(m[1]) };
      return { p: value.replace(/\\([.[\]])/g, '$1') };
    });
  }

  function internalGetPathValue(obj, parsed, pathDepth) {
    var temporaryValue = obj;
    var res = null;
    pathDepth = typeof pathDepth === 'undefined' ? parsed.length : pathDepth;
    for (var i = 0; i < pathDepth; i++) {
      var part = parsed[i];
      if (temporaryValue) {
        if (typeof part.p === 'undefined') temporaryValue = temporaryValue[part.i];
        else temporaryValue = temporaryValue[part.p];
        if (i === pathDepth - 1) res = temporaryValue;
      }
    }
    return res;
  }

  function getPathInfo(obj, path) {
    var parsed = parsePath(path);
    var last = parsed[parsed.length - 1] || {};
    var info = {
      parent: parsed.length > 1 ? internalGetPathValue(obj, parsed, parsed.length - 1) : obj,
      name: last.p || last.i,
      value: internalGetPathValue(obj, parsed)
    };
    info.exists = hasProperty(info.parent, info.name);
    return info;
  }

  function compatibleInstance(thrown, errorLike) {
    return errorLike instanceof Error && thrown === errorLike;
  }

  function compatibleConstructor(thrown, errorLike) {
    if (errorLike instanceof Error) {
      return thrown.constructor === errorLike.constructor || thrown instanceof errorLike.constructor;
    } else if (errorLike && (errorLike.prototype instanceof Error || errorLike === Error)) {
      return thrown.constructor === errorLike || thrown instanceof errorLike;
    }
    return false;
  }

  function compatibleMessage(thrown, errMatcher) {
    var comparisonString = typeof thrown === 'string' ? thrown : thrown.message;
    if (errMatcher instanceof RegExp) return errMatcher.test(comparisonString);
    if (typeof errMatcher === 'string') return comparisonString.indexOf(errMatcher) !== -1;
    return false;
  }

  function getConstructorName(errorLike) {
    var name = errorLike;
    if (errorLike instanceof Error) name = getFuncName(errorLike.constructor);
    else if (typeof errorLike === 'function') {
      name = getFuncName(errorLike);
      if (name === '') {
        try { name = getFuncName(new errorLike().constructor) || name; } catch (e) { /* keep */ }
      }
    }
    return name;
  }

  function getErrorMessage(errorLike) {
    var msg = '';
    if (errorLike && errorLike.message) msg = errorLike.message;
    else if (typeof errorLike === 'string') msg = errorLike;
    return msg;
  }

  var checkError = {
    compatibleInstance: compatibleInstance,
    compatibleConstructor: compatibleConstructor,
    compatibleMessage: compatibleMessage,
    getConstructorName: getConstructorName,
    getMessage: getErrorMessage
  };

  // ---------------------------------------------------------------- AssertionError

  function AssertionError(message, props, ssf) {
    this.message = message || 'Unspecified AssertionError';
    this.showDiff = false;
    props = props || {};
    for (var key in props) {
      if (key !== 'name' && key !== 'message' && key !== 'stack' && key !== 'constructor' &&
          key !== 'toJSON') {
        this[key] = props[key];
      }
    }
    try {
      throw new Error(this.message);
    } catch (e) {
      // Drop the frame of this constructor; keep the user's frames.
      var stack = String(e.stack || '');
      this.stack = 'AssertionError: ' + this.message + '\n' + stack;
    }
    void ssf;
  }
  AssertionError.prototype = Object.create(Error.prototype);
  AssertionError.prototype.name = 'AssertionError';
  AssertionError.prototype.constructor = AssertionError;
  AssertionError.prototype.toJSON = function (stack) {
    var props = { name: this.name };
    for (var key in this) {
      if (hasOwn.call(this, key) && key !== 'stack') props[key] = this[key];
    }
    if (stack !== false && this.stack) props.stack = this.stack;
    return props;
  };

  // ---------------------------------------------------------------- Assertion machinery

  function flag(obj, key, value) {
    var flags = obj.__flags || (obj.__flags = Object.create(null));
    if (arguments.length === 3) flags[key] = value;
    else return flags[key];
  }

  function transferFlags(assertion, object, includeAll) {
    var flags = assertion.__flags || (assertion.__flags = Object.create(null));
    if (!object.__flags) object.__flags = Object.create(null);
    includeAll = arguments.length === 3 ? includeAll : true;
    for (var f in flags) {
      if (includeAll || (f !== 'object' && f !== 'ssfi' && f !== 'lockSsfi' && f !== 'message')) {
        object.__flags[f] = flags[f];
      }
    }
  }

  function getProperties(object) {
    var result = Object.getOwnPropertyNames(object);
    var proto = Object.getPrototypeOf(object);
    while (proto !== null) {
      Object.getOwnPropertyNames(proto).forEach(function (p) {
        if (result.indexOf(p) === -1) result.push(p);
      });
      proto = Object.getPrototypeOf(proto);
    }
    return result;
  }

  function stringDistanceCapped(strA, strB, cap) {
    if (Math.abs(strA.length - strB.length) >= cap) return cap;
    var memo = [];
    var i;
    var j;
    for (i = 0; i <= strA.length; i++) {
      memo[i] = Array(strB.length + 1).fill(0);
      memo[i][0] = i;
    }
    for (j = 0; j < strB.length; j++) memo[0][j] = j;
    for (i = 1; i <= strA.length; i++) {
      var ch = strA.charCodeAt(i - 1);
      for (j = 1; j <= strB.length; j++) {
        if (Math.abs(i - j) >= cap) {
          memo[i][j] = cap;
          continue;
        }
        memo[i][j] = Math.min(memo[i - 1][j] + 1, memo[i][j - 1] + 1,
          memo[i - 1][j - 1] + (ch === strB.charCodeAt(j - 1) ? 0 : 1));
      }
    }
    return memo[strA.length][strB.length];
  }

  var BUILTINS = ['__flags', '__methods', '_obj', 'assert'];

  // One handler for every assertion (a handler and its trap per proxy made each `expect()`
  // and chain step allocate two more objects); methods keep their own, which names them.
  var assertionProxyHandler = null;
  function proxify(obj, nonChainableMethodName) {
    if (!config.useProxy || typeof Proxy === 'undefined') return obj;
    if (nonChainableMethodName) return new Proxy(obj, proxyHandler(nonChainableMethodName));
    return new Proxy(obj, assertionProxyHandler || (assertionProxyHandler = proxyHandler()));
  }

  function proxyHandler(nonChainableMethodName) {
    return {
      get: function proxyGetter(target, property) {
        // Reflect.has first: it is almost always true, and both checks are pure.
        if (typeof property === 'string' && !Reflect.has(target, property) &&
            config.proxyExcludedKeys.indexOf(property) === -1) {
          if (nonChainableMethodName) {
            throw Error('Invalid Chai property: ' + nonChainableMethodName + '.' + property +
              '. See docs for proper usage of "' + nonChainableMethodName + '".');
          }
          var suggestion = null;
          var suggestionDistance = 4;
          getProperties(target).forEach(function (prop) {
            if (!Object.prototype.hasOwnProperty(prop) && BUILTINS.indexOf(prop) === -1) {
              var dist = stringDistanceCapped(property, prop, suggestionDistance);
              if (dist < suggestionDistance) {
                suggestion = prop;
                suggestionDistance = dist;
              }
            }
          });
          if (suggestion !== null) {
            throw Error('Invalid Chai property: ' + property + '. Did you mean "' + suggestion + '"?');
          }
          throw Error('Invalid Chai property: ' + property);
        }
        if (BUILTINS.indexOf(property) === -1 && !flag(target, 'lockSsfi')) {
          flag(target, 'ssfi', proxyGetter);
        }
        return Reflect.get(target, property);
      }
    };
  }

  function addLengthGuard(fn, assertionName, isChainable) {
    var desc = Object.getOwnPropertyDescriptor(fn, 'length');
    if (!desc || !desc.configurable) return fn;
    Object.defineProperty(fn, 'length', {
      get: function () {
        if (isChainable) {
          throw Error('Invalid Chai property: ' + assertionName + '.length. Due' +
            ' to a compatibility issue, "length" cannot directly follow "' +
            assertionName + '". Use "' + assertionName + '.lengthOf" instead.');
        }
        throw Error('Invalid Chai property: ' + assertionName + '.length. See' +
          ' docs for proper usage of "' + assertionName + '".');
      }
    });
    return fn;
  }

  function Assertion(obj, msg, ssfi, lockSsfi) {
    // flag() five times, inlined: every expect() and every chain step comes through here.
    var flags = this.__flags || (this.__flags = Object.create(null));
    flags.ssfi = ssfi || Assertion;
    flags.lockSsfi = lockSsfi;
    flags.object = obj;
    flags.message = msg;
    flags.eql = config.deepEqual || eql;
    return proxify(this);
  }

  function continueWith(self, result) {
    if (result !== undefined) return result;
    var next = new Assertion();
    transferFlags(self, next);
    return next;
  }

  function addProperty(ctx, name, getter) {
    getter = getter === undefined ? function () {} : getter;
    Object.defineProperty(ctx, name, {
      get: function propertyGetter() {
        return continueWith(this, getter.call(this));
      },
      configurable: true
    });
  }

  function addMethod(ctx, name, method) {
    var methodWrapper = function () {
      if (!flag(this, 'lockSsfi')) flag(this, 'ssfi', methodWrapper);
      return continueWith(this, method.apply(this, arguments));
    };
    addLengthGuard(methodWrapper, name, false);
    ctx[name] = proxify(methodWrapper, name);
  }

  function addChainableMethod(ctx, name, method, chainingBehavior) {
    if (typeof chainingBehavior !== 'function') chainingBehavior = function () {};
    var behavior = { method: method, chainingBehavior: chainingBehavior };
    if (!ctx.__methods) ctx.__methods = {};
    ctx.__methods[name] = behavior;
    Object.defineProperty(ctx, name, {
      get: function chainableMethodGetter() {
        behavior.chainingBehavior.call(this);
        // A fresh wrapper per access. Chai marks the wrapper itself as `ssfi`, but a function
        // that names itself (or sits in its own flags) is a reference cycle QuickJS frees only
        // in a full collection, so each `.a()`/`.include()` would stay on the heap. The
        // getter is shared and long-lived; AssertionError does not trim stacks, so the
        // marker only has to be a function.
        var chainableMethodWrapper = function () {
          if (!flag(this, 'lockSsfi')) flag(this, 'ssfi', chainableMethodGetter);
          return continueWith(this, behavior.method.apply(this, arguments));
        };
        addLengthGuard(chainableMethodWrapper, name, true);
        var prototype = Object.create(this);
        prototype.call = Function.prototype.call;
        prototype.apply = Function.prototype.apply;
        Object.setPrototypeOf(chainableMethodWrapper, prototype);
        transferFlags(this, chainableMethodWrapper);
        return proxify(chainableMethodWrapper);
      },
      configurable: true
    });
  }

  function overwriteProperty(ctx, name, getter) {
    var desc = Object.getOwnPropertyDescriptor(ctx, name);
    var _super = function () {};
    if (desc && typeof desc.get === 'function') _super = desc.get;
    Object.defineProperty(ctx, name, {
      get: function () {
        var self = this;
        var origLock = flag(self, 'lockSsfi');
        flag(self, 'lockSsfi', true);
        var result = getter(_super).call(self);
        flag(self, 'lockSsfi', origLock);
        return continueWith(self, result);
      },
      configurable: true
    });
  }

  function overwriteMethod(ctx, name, method) {
    var _method = ctx[name];
    var _super = function () { throw new Error(name + ' is not a function'); };
    if (_method && typeof _method === 'function') _super = _method;
    var wrapper = function () {
      var origLock = flag(this, 'lockSsfi');
      flag(this, 'lockSsfi', true);
      var result = method(_super).apply(this, arguments);
      flag(this, 'lockSsfi', origLock);
      return continueWith(this, result);
    };
    addLengthGuard(wrapper, name, false);
    ctx[name] = proxify(wrapper, name);
  }

  function testExpr(obj, args) {
    var negate = flag(obj, 'negate');
    var expr = args[0];
    return negate ? !expr : expr;
  }

  function getActual(obj, args) {
    return args.length > 4 ? args[4] : obj._obj;
  }

  function getMessage(obj, args) {
    var negate = flag(obj, 'negate');
    var val = flag(obj, 'object');
    var expected = args[3];
    var actual = getActual(obj, args);
    var msg = negate ? args[2] : args[1];
    var flagMsg = flag(obj, 'message');
    if (typeof msg === 'function') msg = msg();
    msg = msg || '';
    msg = msg
      .replace(/#\{this\}/g, function () { return objDisplay(val); })
      .replace(/#\{act\}/g, function () { return objDisplay(actual); })
      .replace(/#\{exp\}/g, function () { return objDisplay(expected); });
    return flagMsg ? flagMsg + ': ' + msg : msg;
  }

  function getOperator(obj, args) {
    var operator = flag(obj, 'operator');
    var negate = flag(obj, 'negate');
    var expected = args[3];
    var msg = negate ? args[2] : args[1];
    if (operator) return operator;
    if (typeof msg === 'function') msg = msg();
    msg = msg || '';
    if (!msg) return undefined;
    if (/\shave\s/.test(msg)) return undefined;
    var isObject = ['Array', 'Object', 'function'].indexOf(type(expected)) !== -1;
    if (/\snot\s/.test(msg)) return isObject ? 'notDeepStrictEqual' : 'notStrictEqual';
    return isObject ? 'deepStrictEqual' : 'strictEqual';
  }

  Assertion.addProperty = function (name, fn) { addProperty(this.prototype, name, fn); };
  Assertion.addMethod = function (name, fn) { addMethod(this.prototype, name, fn); };
  Assertion.addChainableMethod = function (name, fn, chainingBehavior) {
    addChainableMethod(this.prototype, name, fn, chainingBehavior);
  };
  Assertion.overwriteProperty = function (name, fn) { overwriteProperty(this.prototype, name, fn); };
  Assertion.overwriteMethod = function (name, fn) { overwriteMethod(this.prototype, name, fn); };

  Assertion.prototype.assert = function (expr, msg, negateMsg, expected, _actual, showDiff) {
    var ok = testExpr(this, arguments);
    if (false !== showDiff) showDiff = true;
    if (undefined === expected && undefined === _actual) showDiff = false;
    if (true !== config.showDiff) showDiff = false;
    if (!ok) {
      msg = getMessage(this, arguments);
      var props = { actual: getActual(this, arguments), expected: expected, showDiff: showDiff };
      var operator = getOperator(this, arguments);
      if (operator) props.operator = operator;
      throw new AssertionError(msg, props, flag(this, 'ssfi'));
    }
  };

  Object.defineProperty(Assertion.prototype, '_obj', {
    get: function () { return flag(this, 'object'); },
    set: function (val) { flag(this, 'object', val); }
  });

  var util = {
    test: testExpr,
    type: type,
    getMessage: getMessage,
    getActual: getActual,
    inspect: inspect,
    objDisplay: objDisplay,
    flag: flag,
    transferFlags: transferFlags,
    eql: eql,
    getPathInfo: getPathInfo,
    hasProperty: hasProperty,
    getName: getFuncName,
    addProperty: addProperty,
    addMethod: addMethod,
    addChainableMethod: addChainableMethod,
    overwriteProperty: overwriteProperty,
    overwriteMethod: overwriteMethod,
    compareByInspect: function (a, b) { return inspect(a) < inspect(b) ? -1 : 1; },
    getOwnEnumerablePropertySymbols: getEnumerableSymbols,
    getOwnEnumerableProperties: function (obj) {
      return Object.keys(obj).concat(getEnumerableSymbols(obj));
    },
    checkError: checkError,
    proxify: proxify,
    addLengthGuard: addLengthGuard,
    isProxyEnabled: function () { return config.useProxy && typeof Proxy !== 'undefined'; },
    isNaN: function (v) { return v !== v; },
    getOperator: getOperator
  };

  // ---------------------------------------------------------------- core assertions

  function defineCore(chai, _) {
    [ 'to', 'be', 'been', 'is', 'and', 'has', 'have', 'with', 'that', 'which', 'at', 'of',
      'same', 'but', 'does', 'still', 'also' ].forEach(function (chain) {
      Assertion.addProperty(chain);
    });
    Assertion.addProperty('not', function () { flag(this, 'negate', true); });
    Assertion.addProperty('deep', function () { flag(this, 'deep', true); });
    Assertion.addProperty('nested', function () { flag(this, 'nested', true); });
    Assertion.addProperty('own', function () { flag(this, 'own', true); });
    Assertion.addProperty('ordered', function () { flag(this, 'ordered', true); });
    Assertion.addProperty('any', function () {
      flag(this, 'any', true);
      flag(this, 'all', false);
    });
    Assertion.addProperty('all', function () {
      flag(this, 'all', true);
      flag(this, 'any', false);
    });

    function an(t, msg) {
      if (msg) flag(this, 'message', msg);
      t = t.toLowerCase();
      var obj = flag(this, 'object');
      var article = ~['a', 'e', 'i', 'o', 'u'].indexOf(t.charAt(0)) ? 'an ' : 'a ';
      this.assert(t === _.type(obj).toLowerCase(),
        'expected #{this} to be ' + article + t,
        'expected #{this} not to be ' + article + t);
    }
    Assertion.addChainableMethod('an', an);
    Assertion.addChainableMethod('a', an);

    function SameValueZero(a, b) {
      return (_.isNaN(a) && _.isNaN(b)) || a === b;
    }

    function includeChainingBehavior() { flag(this, 'contains', true); }

    function include(val, msg) {
      if (msg) flag(this, 'message', msg);
      var obj = flag(this, 'object');
      var objType = _.type(obj).toLowerCase();
      var flagMsg = flag(this, 'message');
      var negate = flag(this, 'negate');
      var ssfi = flag(this, 'ssfi');
      var isDeep = flag(this, 'deep');
      var descriptor = isDeep ? 'deep ' : '';
      var isEql = isDeep ? flag(this, 'eql') : SameValueZero;
      flagMsg = flagMsg ? flagMsg + ': ' : '';
      var included = false;
      switch (objType) {
        case 'string':
          included = obj.indexOf(val) !== -1;
          break;
        case 'weakset':
          if (isDeep) {
            throw new AssertionError(flagMsg + 'unable to use .deep.include with WeakSet',
              undefined, ssfi);
          }
          included = obj.has(val);
          break;
        case 'map':
          obj.forEach(function (item) { included = included || isEql(item, val); });
          break;
        case 'set':
          if (isDeep) {
            obj.forEach(function (item) { included = included || isEql(item, val); });
          } else {
            included = obj.has(val);
          }
          break;
        case 'array':
          if (isDeep) {
            included = obj.some(function (item) { return isEql(item, val); });
          } else {
            included = obj.indexOf(val) !== -1;
          }
          break;
        default: {
          if (val !== Object(val)) {
            throw new AssertionError(flagMsg + 'the given combination of arguments (' +
              objType + ' and ' + _.type(val).toLowerCase() + ')' +
              ' is invalid for this assertion. ' +
              'You can use an array, a map, an object, a set, a string, ' +
              'or a weakset instead of a ' + _.type(val).toLowerCase(), undefined, ssfi);
          }
          var props = Object.keys(val);
          var firstErr = null;
          var numErrs = 0;
          props.forEach(function (prop) {
            var propAssertion = new Assertion(obj);
            _.transferFlags(this, propAssertion, true);
            flag(propAssertion, 'lockSsfi', true);
            if (!negate || props.length === 1) {
              propAssertion.property(prop, val[prop]);
              return;
            }
            try {
              propAssertion.property(prop, val[prop]);
            } catch (err) {
              if (!_.checkError.compatibleConstructor(err, AssertionError)) throw err;
              if (firstErr === null) firstErr = err;
              numErrs++;
            }
          }, this);
          if (negate && props.length > 1 && numErrs === props.length) throw firstErr;
          return;
        }
      }
      this.assert(included,
        'expected #{this} to ' + descriptor + 'include ' + _.inspect(val),
        'expected #{this} to not ' + descriptor + 'include ' + _.inspect(val));
    }
    ['include', 'contain', 'contains', 'includes'].forEach(function (n) {
      Assertion.addChainableMethod(n, include, includeChainingBehavior);
    });

    Assertion.addProperty('ok', function () {
      this.assert(flag(this, 'object'), 'expected #{this} to be truthy', 'expected #{this} to be falsy');
    });
    Assertion.addProperty('true', function () {
      this.assert(true === flag(this, 'object'), 'expected #{this} to be true',
        'expected #{this} to be false', !flag(this, 'negate'));
    });
    Assertion.addProperty('false', function () {
      this.assert(false === flag(this, 'object'), 'expected #{this} to be false',
        'expected #{this} to be true', !!flag(this, 'negate'));
    });
    Assertion.addProperty('null', function () {
      this.assert(null === flag(this, 'object'), 'expected #{this} to be null',
        'expected #{this} not to be null');
    });
    Assertion.addProperty('undefined', function () {
      this.assert(undefined === flag(this, 'object'), 'expected #{this} to be undefined',
        'expected #{this} not to be undefined');
    });
    Assertion.addProperty('NaN', function () {
      this.assert(_.isNaN(flag(this, 'object')), 'expected #{this} to be NaN',
        'expected #{this} not to be NaN');
    });
    function assertExist() {
      var val = flag(this, 'object');
      this.assert(val !== null && val !== undefined, 'expected #{this} to exist',
        'expected #{this} to not exist');
    }
    Assertion.addProperty('exist', assertExist);
    Assertion.addProperty('exists', assertExist);

    Assertion.addProperty('empty', function () {
      var val = flag(this, 'object');
      var ssfi = flag(this, 'ssfi');
      var flagMsg = flag(this, 'message');
      var itemsCount;
      flagMsg = flagMsg ? flagMsg + ': ' : '';
      switch (_.type(val).toLowerCase()) {
        case 'array':
        case 'string':
          itemsCount = val.length;
          break;
        case 'map':
        case 'set':
          itemsCount = val.size;
          break;
        case 'weakmap':
        case 'weakset':
          throw new AssertionError(flagMsg + '.empty was passed a weak collection', undefined, ssfi);
        case 'function': {
          var m = flagMsg + '.empty was passed a function ' + _.getName(val);
          throw new AssertionError(m.trim(), undefined, ssfi);
        }
        default:
          if (val !== Object(val)) {
            throw new AssertionError(flagMsg + '.empty was passed non-string primitive ' +
              _.inspect(val), undefined, ssfi);
          }
          itemsCount = Object.keys(val).length;
      }
      this.assert(0 === itemsCount, 'expected #{this} to be empty', 'expected #{this} not to be empty');
    });

    function checkArguments() {
      var t = _.type(flag(this, 'object'));
      this.assert('Arguments' === t, 'expected #{this} to be arguments but got ' + t,
        'expected #{this} to not be arguments');
    }
    Assertion.addProperty('arguments', checkArguments);
    Assertion.addProperty('Arguments', checkArguments);

    function assertEqual(val, msg) {
      if (msg) flag(this, 'message', msg);
      var obj = flag(this, 'object');
      if (flag(this, 'deep')) {
        var prevLockSsfi = flag(this, 'lockSsfi');
        flag(this, 'lockSsfi', true);
        this.eql(val);
        flag(this, 'lockSsfi', prevLockSsfi);
      } else {
        this.assert(val === obj, 'expected #{this} to equal #{exp}',
          'expected #{this} to not equal #{exp}', val, this._obj, true);
      }
    }
    Assertion.addMethod('equal', assertEqual);
    Assertion.addMethod('equals', assertEqual);
    Assertion.addMethod('eq', assertEqual);

    function assertEql(obj, msg) {
      if (msg) flag(this, 'message', msg);
      var eqlFn = flag(this, 'eql');
      this.assert(eqlFn(obj, flag(this, 'object')), 'expected #{this} to deeply equal #{exp}',
        'expected #{this} to not deeply equal #{exp}', obj, this._obj, true);
    }
    Assertion.addMethod('eql', assertEql);
    Assertion.addMethod('eqls', assertEql);

    // What the length-flagged comparisons (`.lengthOf.above`, `.length.within`) measure:
    // maps and sets by `size`, everything else by `length`; returns [word, count].
    function measure(obj, objType) {
      return objType === 'map' || objType === 'set' ? ['size', obj.size] : ['length', obj.length];
    }

    // above / least / below / most share one shape; only words and the comparison differ.
    function makeCompare(word, cmp, lenPass, lenNeg, valPass, valNeg) {
      return function (n, msg) {
        if (msg) flag(this, 'message', msg);
        var obj = flag(this, 'object');
        var doLength = flag(this, 'doLength');
        var flagMsg = flag(this, 'message');
        var msgPrefix = flagMsg ? flagMsg + ': ' : '';
        var ssfi = flag(this, 'ssfi');
        var objType = _.type(obj).toLowerCase();
        var nType = _.type(n).toLowerCase();
        var errorMessage;
        var shouldThrow = true;
        if (doLength && objType !== 'map' && objType !== 'set') {
          new Assertion(obj, flagMsg, ssfi, true).to.have.property('length');
        }
        if (!doLength && (objType === 'date' && nType !== 'date')) {
          errorMessage = msgPrefix + 'the argument to ' + word + ' must be a date';
        } else if (nType !== 'number' && (doLength || objType === 'number')) {
          errorMessage = msgPrefix + 'the argument to ' + word + ' must be a number';
        } else if (!doLength && (objType !== 'date' && objType !== 'number')) {
          var printObj = objType === 'string' ? "'" + obj + "'" : obj;
          errorMessage = msgPrefix + 'expected ' + printObj + ' to be a number or a date';
        } else {
          shouldThrow = false;
        }
        if (shouldThrow) throw new AssertionError(errorMessage, undefined, ssfi);
        if (doLength) {
          var measured = measure(obj, objType);
          var descriptor = measured[0];
          var itemsCount = measured[1];
          this.assert(cmp(itemsCount, n),
            'expected #{this} to have a ' + descriptor + ' ' + lenPass + ' #{exp} but got #{act}',
            'expected #{this} to ' + lenNeg.replace('%', descriptor) + ' #{exp}', n, itemsCount);
        } else {
          this.assert(cmp(obj, n), 'expected #{this} to be ' + valPass + ' #{exp}',
            'expected #{this} to be ' + valNeg + ' #{exp}', n);
        }
      };
    }
    var assertAbove = makeCompare('above', function (a, b) { return a > b; },
      'above', 'not have a % above', 'above', 'at most');
    var assertLeast = makeCompare('least', function (a, b) { return a >= b; },
      'at least', 'have a % below', 'at least', 'below');
    var assertBelow = makeCompare('below', function (a, b) { return a < b; },
      'below', 'not have a % below', 'below', 'at least');
    var assertMost = makeCompare('most', function (a, b) { return a <= b; },
      'at most', 'have a % above', 'at most', 'above');
    ['above', 'gt', 'greaterThan'].forEach(function (n) { Assertion.addMethod(n, assertAbove); });
    ['least', 'gte', 'greaterThanOrEqual'].forEach(function (n) { Assertion.addMethod(n, assertLeast); });
    ['below', 'lt', 'lessThan'].forEach(function (n) { Assertion.addMethod(n, assertBelow); });
    ['most', 'lte', 'lessThanOrEqual'].forEach(function (n) { Assertion.addMethod(n, assertMost); });

    Assertion.addMethod('within', function (start, finish, msg) {
      if (msg) flag(this, 'message', msg);
      var obj = flag(this, 'object');
      var doLength = flag(this, 'doLength');
      var flagMsg = flag(this, 'message');
      var msgPrefix = flagMsg ? flagMsg + ': ' : '';
      var ssfi = flag(this, 'ssfi');
      var objType = _.type(obj).toLowerCase();
      var startType = _.type(start).toLowerCase();
      var finishType = _.type(finish).toLowerCase();
      var errorMessage;
      var shouldThrow = true;
      var range = (startType === 'date' && finishType === 'date')
        ? start.toISOString() + '..' + finish.toISOString()
        : start + '..' + finish;
      if (doLength && objType !== 'map' && objType !== 'set') {
        new Assertion(obj, flagMsg, ssfi, true).to.have.property('length');
      }
      if (!doLength && (objType === 'date' && (startType !== 'date' || finishType !== 'date'))) {
        errorMessage = msgPrefix + 'the arguments to within must be dates';
      } else if ((startType !== 'number' || finishType !== 'number') &&
          (doLength || objType === 'number')) {
        errorMessage = msgPrefix + 'the arguments to within must be numbers';
      } else if (!doLength && (objType !== 'date' && objType !== 'number')) {
        var printObj = objType === 'string' ? "'" + obj + "'" : obj;
        errorMessage = msgPrefix + 'expected ' + printObj + ' to be a number or a date';
      } else {
        shouldThrow = false;
      }
      if (shouldThrow) throw new AssertionError(errorMessage, undefined, ssfi);
      if (doLength) {
        var measured = measure(obj, objType);
        var descriptor = measured[0];
        var itemsCount = measured[1];
        this.assert(itemsCount >= start && itemsCount <= finish,
          'expected #{this} to have a ' + descriptor + ' within ' + range,
          'expected #{this} to not have a ' + descriptor + ' within ' + range);
      } else {
        this.assert(obj >= start && obj <= finish, 'expected #{this} to be within ' + range,
          'expected #{this} to not be within ' + range);
      }
    });

    function assertInstanceOf(constructor, msg) {
      if (msg) flag(this, 'message', msg);
      var target = flag(this, 'object');
      var ssfi = flag(this, 'ssfi');
      var flagMsg = flag(this, 'message');
      var isInstanceOf;
      try {
        isInstanceOf = target instanceof constructor;
      } catch (err) {
        if (err instanceof TypeError) {
          flagMsg = flagMsg ? flagMsg + ': ' : '';
          throw new AssertionError(flagMsg + 'The instanceof assertion needs a constructor but ' +
            _.type(constructor) + ' was given.', undefined, ssfi);
        }
        throw err;
      }
      var name = _.getName(constructor);
      if (name === null) name = 'an unnamed constructor';
      this.assert(isInstanceOf, 'expected #{this} to be an instance of ' + name,
        'expected #{this} to not be an instance of ' + name);
    }
    Assertion.addMethod('instanceof', assertInstanceOf);
    Assertion.addMethod('instanceOf', assertInstanceOf);

    function assertProperty(name, val, msg) {
      if (msg) flag(this, 'message', msg);
      var isNested = flag(this, 'nested');
      var isOwn = flag(this, 'own');
      var flagMsg = flag(this, 'message');
      var obj = flag(this, 'object');
      var ssfi = flag(this, 'ssfi');
      var nameType = typeof name;
      flagMsg = flagMsg ? flagMsg + ': ' : '';
      if (isNested) {
        if (nameType !== 'string') {
          throw new AssertionError(flagMsg +
            'the argument to property must be a string when using nested syntax', undefined, ssfi);
        }
      } else if (nameType !== 'string' && nameType !== 'number' && nameType !== 'symbol') {
        throw new AssertionError(flagMsg +
          'the argument to property must be a string, number, or symbol', undefined, ssfi);
      }
      if (isNested && isOwn) {
        throw new AssertionError(flagMsg + 'The "nested" and "own" flags cannot be combined.',
          undefined, ssfi);
      }
      if (obj === null || obj === undefined) {
        throw new AssertionError(flagMsg + 'Target cannot be null or undefined.', undefined, ssfi);
      }
      var isDeep = flag(this, 'deep');
      var negate = flag(this, 'negate');
      var pathInfo = isNested ? _.getPathInfo(obj, name) : null;
      var value = isNested ? pathInfo.value : obj[name];
      var isEql = isDeep ? flag(this, 'eql') : function (a, b) { return a === b; };
      var descriptor = '';
      if (isDeep) descriptor += 'deep ';
      if (isOwn) descriptor += 'own ';
      if (isNested) descriptor += 'nested ';
      descriptor += 'property ';
      var has;
      if (isOwn) has = Object.prototype.hasOwnProperty.call(obj, name);
      else if (isNested) has = pathInfo.exists;
      else has = _.hasProperty(obj, name);
      if (!negate || arguments.length === 1) {
        this.assert(has, 'expected #{this} to have ' + descriptor + _.inspect(name),
          'expected #{this} to not have ' + descriptor + _.inspect(name));
      }
      if (arguments.length > 1) {
        this.assert(has && isEql(val, value),
          'expected #{this} to have ' + descriptor + _.inspect(name) + ' of #{exp}, but got #{act}',
          'expected #{this} to not have ' + descriptor + _.inspect(name) + ' of #{act}',
          val, value);
      }
      flag(this, 'object', value);
    }
    Assertion.addMethod('property', assertProperty);

    function assertOwnProperty() {
      flag(this, 'own', true);
      assertProperty.apply(this, arguments);
    }
    Assertion.addMethod('ownProperty', assertOwnProperty);
    Assertion.addMethod('haveOwnProperty', assertOwnProperty);

    function assertOwnPropertyDescriptor(name, descriptor, msg) {
      if (typeof descriptor === 'string') {
        msg = descriptor;
        descriptor = null;
      }
      if (msg) flag(this, 'message', msg);
      var obj = flag(this, 'object');
      var actualDescriptor = Object.getOwnPropertyDescriptor(Object(obj), name);
      var eqlFn = flag(this, 'eql');
      if (actualDescriptor && descriptor) {
        this.assert(eqlFn(descriptor, actualDescriptor),
          'expected the own property descriptor for ' + _.inspect(name) + ' on #{this} to match ' +
            _.inspect(descriptor) + ', got ' + _.inspect(actualDescriptor),
          'expected the own property descriptor for ' + _.inspect(name) +
            ' on #{this} to not match ' + _.inspect(descriptor),
          descriptor, actualDescriptor, true);
      } else {
        this.assert(actualDescriptor,
          'expected #{this} to have an own property descriptor for ' + _.inspect(name),
          'expected #{this} to not have an own property descriptor for ' + _.inspect(name));
      }
      flag(this, 'object', actualDescriptor);
    }
    Assertion.addMethod('ownPropertyDescriptor', assertOwnPropertyDescriptor);
    Assertion.addMethod('haveOwnPropertyDescriptor', assertOwnPropertyDescriptor);

    function assertLengthChain() { flag(this, 'doLength', true); }
    function assertLength(n, msg) {
      if (msg) flag(this, 'message', msg);
      var obj = flag(this, 'object');
      var objType = _.type(obj).toLowerCase();
      var flagMsg = flag(this, 'message');
      var ssfi = flag(this, 'ssfi');
      var descriptor = 'length';
      var itemsCount;
      switch (objType) {
        case 'map':
        case 'set':
          descriptor = 'size';
          itemsCount = obj.size;
          break;
        default:
          new Assertion(obj, flagMsg, ssfi, true).to.have.property('length');
          itemsCount = obj.length;
      }
      this.assert(itemsCount == n, // eslint-disable-line eqeqeq
        'expected #{this} to have a ' + descriptor + ' of #{exp} but got #{act}',
        'expected #{this} to not have a ' + descriptor + ' of #{act}', n, itemsCount);
    }
    Assertion.addChainableMethod('length', assertLength, assertLengthChain);
    Assertion.addChainableMethod('lengthOf', assertLength, assertLengthChain);

    function assertMatch(re, msg) {
      if (msg) flag(this, 'message', msg);
      var obj = flag(this, 'object');
      this.assert(re.exec(obj), 'expected #{this} to match ' + re,
        'expected #{this} not to match ' + re);
    }
    Assertion.addMethod('match', assertMatch);
    Assertion.addMethod('matches', assertMatch);

    Assertion.addMethod('string', function (str, msg) {
      if (msg) flag(this, 'message', msg);
      var obj = flag(this, 'object');
      var flagMsg = flag(this, 'message');
      var ssfi = flag(this, 'ssfi');
      new Assertion(obj, flagMsg, ssfi, true).is.a('string');
      this.assert(~obj.indexOf(str), 'expected #{this} to contain ' + _.inspect(str),
        'expected #{this} to not contain ' + _.inspect(str));
    });

    function assertKeys(keys) {
      var obj = flag(this, 'object');
      var objType = _.type(obj);
      var keysType = _.type(keys);
      var ssfi = flag(this, 'ssfi');
      var isDeep = flag(this, 'deep');
      var str;
      var deepStr = '';
      var actual;
      var ok = true;
      var flagMsg = flag(this, 'message');
      flagMsg = flagMsg ? flagMsg + ': ' : '';
      var mixedArgsMsg = flagMsg + 'when testing keys against an object or an array you must ' +
        'give a single Array|Object|String argument or multiple String arguments';
      if (objType === 'Map' || objType === 'Set') {
        deepStr = isDeep ? 'deeply ' : '';
        actual = [];
        obj.forEach(function (v, key) { actual.push(key); });
        if (keysType !== 'Array') keys = Array.prototype.slice.call(arguments);
      } else {
        actual = _.getOwnEnumerableProperties(obj);
        switch (keysType) {
          case 'Array':
            if (arguments.length > 1) throw new AssertionError(mixedArgsMsg, undefined, ssfi);
            break;
          case 'Object':
            if (arguments.length > 1) throw new AssertionError(mixedArgsMsg, undefined, ssfi);
            keys = Object.keys(keys);
            break;
          default:
            keys = Array.prototype.slice.call(arguments);
        }
        keys = keys.map(function (v) { return typeof v === 'symbol' ? v : String(v); });
      }
      if (!keys.length) throw new AssertionError(flagMsg + 'keys required', undefined, ssfi);
      var len = keys.length;
      var any = flag(this, 'any');
      var all = flag(this, 'all');
      var expected = keys;
      var isEql = isDeep ? flag(this, 'eql') : function (a, b) { return a === b; };
      if (!any && !all) all = true;
      if (any) {
        ok = expected.some(function (e) { return actual.some(function (a) { return isEql(e, a); }); });
      }
      if (all) {
        ok = expected.every(function (e) { return actual.some(function (a) { return isEql(e, a); }); });
        if (!flag(this, 'contains')) ok = ok && keys.length == actual.length; // eslint-disable-line eqeqeq
      }
      if (len > 1) {
        keys = keys.map(function (k) { return _.inspect(k); });
        var last = keys.pop();
        if (all) str = keys.join(', ') + ', and ' + last;
        if (any) str = keys.join(', ') + ', or ' + last;
      } else {
        str = _.inspect(keys[0]);
      }
      str = (len > 1 ? 'keys ' : 'key ') + str;
      str = (flag(this, 'contains') ? 'contain ' : 'have ') + str;
      this.assert(ok, 'expected #{this} to ' + deepStr + str,
        'expected #{this} to not ' + deepStr + str,
        expected.slice(0).sort(_.compareByInspect), actual.sort(_.compareByInspect), true);
    }
    Assertion.addMethod('keys', assertKeys);
    Assertion.addMethod('key', assertKeys);

    function assertThrows(errorLike, errMsgMatcher, msg) {
      if (msg) flag(this, 'message', msg);
      var obj = flag(this, 'object');
      var ssfi = flag(this, 'ssfi');
      var flagMsg = flag(this, 'message');
      var negate = flag(this, 'negate') || false;
      new Assertion(obj, flagMsg, ssfi, true).is.a('function');
      if (errorLike instanceof RegExp || typeof errorLike === 'string') {
        errMsgMatcher = errorLike;
        errorLike = null;
      }
      var caughtErr;
      try {
        obj();
      } catch (err) {
        caughtErr = err;
      }
      var everyArgIsUndefined = errorLike === undefined && errMsgMatcher === undefined;
      var everyArgIsDefined = Boolean(errorLike && errMsgMatcher);
      var errorLikeFail = false;
      var errMsgMatcherFail = false;
      var ce = _.checkError;
      if (everyArgIsUndefined || !everyArgIsUndefined && !negate) {
        var errorLikeString = 'an error';
        if (errorLike instanceof Error) errorLikeString = '#{exp}';
        else if (errorLike) errorLikeString = ce.getConstructorName(errorLike);
        this.assert(caughtErr, 'expected #{this} to throw ' + errorLikeString,
          'expected #{this} to not throw an error but #{act} was thrown',
          errorLike && errorLike.toString(),
          caughtErr instanceof Error ? caughtErr.toString()
            : (typeof caughtErr === 'string' ? caughtErr
              : caughtErr && ce.getConstructorName(caughtErr)));
      }
      if (errorLike && caughtErr) {
        if (errorLike instanceof Error) {
          var isCompatibleInstance = ce.compatibleInstance(caughtErr, errorLike);
          if (isCompatibleInstance === negate) {
            if (everyArgIsDefined && negate) {
              errorLikeFail = true;
            } else {
              this.assert(negate, 'expected #{this} to throw #{exp} but #{act} was thrown',
                'expected #{this} to not throw #{exp}' + (caughtErr && !negate ? ' but #{act} was thrown' : ''),
                errorLike.toString(), caughtErr.toString());
            }
          }
        }
        var isCompatibleConstructor = ce.compatibleConstructor(caughtErr, errorLike);
        if (isCompatibleConstructor === negate) {
          if (everyArgIsDefined && negate) {
            errorLikeFail = true;
          } else {
            this.assert(negate, 'expected #{this} to throw #{exp} but #{act} was thrown',
              'expected #{this} to not throw #{exp}' + (caughtErr ? ' but #{act} was thrown' : ''),
              errorLike instanceof Error ? errorLike.toString() : errorLike && ce.getConstructorName(errorLike),
              caughtErr instanceof Error ? caughtErr.toString() : caughtErr && ce.getConstructorName(caughtErr));
          }
        }
      }
      if (caughtErr && errMsgMatcher !== undefined && errMsgMatcher !== null) {
        var placeholder = errMsgMatcher instanceof RegExp ? 'matching' : 'including';
        var isCompatibleMessage = ce.compatibleMessage(caughtErr, errMsgMatcher);
        if (isCompatibleMessage === negate) {
          if (everyArgIsDefined && negate) {
            errMsgMatcherFail = true;
          } else {
            this.assert(negate,
              'expected #{this} to throw error ' + placeholder + ' #{exp} but got #{act}',
              'expected #{this} to throw error not ' + placeholder + ' #{exp}',
              errMsgMatcher, ce.getMessage(caughtErr));
          }
        }
      }
      if (errorLikeFail && errMsgMatcherFail) {
        this.assert(negate, 'expected #{this} to throw #{exp} but #{act} was thrown',
          'expected #{this} to not throw #{exp}' + (caughtErr ? ' but #{act} was thrown' : ''),
          errorLike instanceof Error ? errorLike.toString() : errorLike && ce.getConstructorName(errorLike),
          caughtErr instanceof Error ? caughtErr.toString() : caughtErr && ce.getConstructorName(caughtErr));
      }
      flag(this, 'object', caughtErr);
    }
    Assertion.addMethod('throw', assertThrows);
    Assertion.addMethod('throws', assertThrows);
    Assertion.addMethod('Throw', assertThrows);

    function respondTo(method, msg) {
      if (msg) flag(this, 'message', msg);
      var obj = flag(this, 'object');
      var itself = flag(this, 'itself');
      var context = ('function' === typeof obj && !itself) ? obj.prototype[method] : obj[method];
      this.assert('function' === typeof context, 'expected #{this} to respond to ' + _.inspect(method),
        'expected #{this} to not respond to ' + _.inspect(method));
    }
    Assertion.addMethod('respondTo', respondTo);
    Assertion.addMethod('respondsTo', respondTo);
    Assertion.addProperty('itself', function () { flag(this, 'itself', true); });

    function satisfy(matcher, msg) {
      if (msg) flag(this, 'message', msg);
      var obj = flag(this, 'object');
      var result = matcher(obj);
      this.assert(result, 'expected #{this} to satisfy ' + _.objDisplay(matcher),
        'expected #{this} to not satisfy' + _.objDisplay(matcher),
        !flag(this, 'negate'), result);
    }
    Assertion.addMethod('satisfy', satisfy);
    Assertion.addMethod('satisfies', satisfy);

    function closeTo(expected, delta, msg) {
      if (msg) flag(this, 'message', msg);
      var obj = flag(this, 'object');
      var flagMsg = flag(this, 'message');
      var ssfi = flag(this, 'ssfi');
      new Assertion(obj, flagMsg, ssfi, true).is.a('number');
      if (typeof expected !== 'number' || typeof delta !== 'number') {
        flagMsg = flagMsg ? flagMsg + ': ' : '';
        var deltaMessage = delta === undefined ? ', and a delta is required' : '';
        throw new AssertionError(flagMsg +
          'the arguments to closeTo or approximately must be numbers' + deltaMessage, undefined, ssfi);
      }
      this.assert(Math.abs(obj - expected) <= delta,
        'expected #{this} to be close to ' + expected + ' +/- ' + delta,
        'expected #{this} not to be close to ' + expected + ' +/- ' + delta);
    }
    Assertion.addMethod('closeTo', closeTo);
    Assertion.addMethod('approximately', closeTo);

    function isSubsetOf(subset, superset, cmp, contains, ordered) {
      if (!contains) {
        if (subset.length !== superset.length) return false;
        superset = superset.slice();
      }
      return subset.every(function (elem, idx) {
        if (ordered) return cmp ? cmp(elem, superset[idx]) : elem === superset[idx];
        if (!cmp) {
          var matchIdx = superset.indexOf(elem);
          if (matchIdx === -1) return false;
          if (!contains) superset.splice(matchIdx, 1);
          return true;
        }
        return superset.some(function (elem2, matchIdx2) {
          if (!cmp(elem, elem2)) return false;
          if (!contains) superset.splice(matchIdx2, 1);
          return true;
        });
      });
    }

    Assertion.addMethod('members', function (subset, msg) {
      if (msg) flag(this, 'message', msg);
      var obj = flag(this, 'object');
      var flagMsg = flag(this, 'message');
      var ssfi = flag(this, 'ssfi');
      new Assertion(obj, flagMsg, ssfi, true).to.be.an('array');
      new Assertion(subset, flagMsg, ssfi, true).to.be.an('array');
      var contains = flag(this, 'contains');
      var ordered = flag(this, 'ordered');
      var subject;
      var failMsg;
      var failNegateMsg;
      if (contains) {
        subject = ordered ? 'an ordered superset' : 'a superset';
        failMsg = 'expected #{this} to be ' + subject + ' of #{exp}';
        failNegateMsg = 'expected #{this} to not be ' + subject + ' of #{exp}';
      } else {
        subject = ordered ? 'ordered members' : 'members';
        failMsg = 'expected #{this} to have the same ' + subject + ' as #{exp}';
        failNegateMsg = 'expected #{this} to not have the same ' + subject + ' as #{exp}';
      }
      var cmp = flag(this, 'deep') ? flag(this, 'eql') : undefined;
      this.assert(isSubsetOf(subset, obj, cmp, contains, ordered), failMsg, failNegateMsg,
        subset, obj, true);
    });

    Assertion.addMethod('oneOf', function (list, msg) {
      if (msg) flag(this, 'message', msg);
      var expected = flag(this, 'object');
      var flagMsg = flag(this, 'message');
      var ssfi = flag(this, 'ssfi');
      var contains = flag(this, 'contains');
      var isDeep = flag(this, 'deep');
      var eqlFn = flag(this, 'eql');
      new Assertion(list, flagMsg, ssfi, true).to.be.an('array');
      if (contains) {
        this.assert(list.some(function (p) { return expected.indexOf(p) > -1; }),
          'expected #{this} to contain one of #{exp}', 'expected #{this} to not contain one of #{exp}',
          list, expected);
      } else if (isDeep) {
        this.assert(list.some(function (p) { return eqlFn(expected, p); }),
          'expected #{this} to deeply equal one of #{exp}',
          'expected #{this} to deeply equal one of #{exp}', list, expected);
      } else {
        this.assert(list.indexOf(expected) > -1, 'expected #{this} to be one of #{exp}',
          'expected #{this} to not be one of #{exp}', list, expected);
      }
    });

    function makeDelta(behaviorName, needsNumber, compute, passes) {
      return function (subject, prop, msg) {
        if (msg) flag(this, 'message', msg);
        var fn = flag(this, 'object');
        var flagMsg = flag(this, 'message');
        var ssfi = flag(this, 'ssfi');
        new Assertion(fn, flagMsg, ssfi, true).is.a('function');
        var initial;
        if (!prop) {
          new Assertion(subject, flagMsg, ssfi, true).is.a('function');
          initial = subject();
        } else {
          new Assertion(subject, flagMsg, ssfi, true).to.have.property(prop);
          initial = subject[prop];
        }
        if (needsNumber) new Assertion(initial, flagMsg, ssfi, true).is.a('number');
        fn();
        var final = prop === undefined || prop === null ? subject() : subject[prop];
        var msgObj = prop === undefined || prop === null ? initial : '.' + prop;
        flag(this, 'deltaMsgObj', msgObj);
        flag(this, 'initialDeltaValue', initial);
        flag(this, 'finalDeltaValue', final);
        flag(this, 'deltaBehavior', behaviorName);
        flag(this, 'realDelta', compute(initial, final));
        this.assert(passes(initial, final), 'expected ' + msgObj + ' to ' + behaviorName,
          'expected ' + msgObj + ' to not ' + behaviorName);
      };
    }
    var assertChanges = makeDelta('change', false, function (i, f) { return f !== i; },
      function (i, f) { return i !== f; });
    var assertIncreases = makeDelta('increase', true, function (i, f) { return f - i; },
      function (i, f) { return f - i > 0; });
    var assertDecreases = makeDelta('decrease', true, function (i, f) { return i - f; },
      function (i, f) { return f - i < 0; });
    Assertion.addMethod('change', assertChanges);
    Assertion.addMethod('changes', assertChanges);
    Assertion.addMethod('increase', assertIncreases);
    Assertion.addMethod('increases', assertIncreases);
    Assertion.addMethod('decrease', assertDecreases);
    Assertion.addMethod('decreases', assertDecreases);

    Assertion.addMethod('by', function (delta, msg) {
      if (msg) flag(this, 'message', msg);
      var msgObj = flag(this, 'deltaMsgObj');
      var initial = flag(this, 'initialDeltaValue');
      var final = flag(this, 'finalDeltaValue');
      var behavior = flag(this, 'deltaBehavior');
      var realDelta = flag(this, 'realDelta');
      var expression;
      if (behavior === 'change') expression = Math.abs(final - initial) === Math.abs(delta);
      else expression = realDelta === Math.abs(delta);
      this.assert(expression, 'expected ' + msgObj + ' to ' + behavior + ' by ' + delta,
        'expected ' + msgObj + ' to not ' + behavior + ' by ' + delta);
    });

    Assertion.addProperty('extensible', function () {
      var obj = flag(this, 'object');
      this.assert(obj === Object(obj) && Object.isExtensible(obj), 'expected #{this} to be extensible',
        'expected #{this} to not be extensible');
    });
    Assertion.addProperty('sealed', function () {
      var obj = flag(this, 'object');
      this.assert(obj === Object(obj) ? Object.isSealed(obj) : true, 'expected #{this} to be sealed',
        'expected #{this} to not be sealed');
    });
    Assertion.addProperty('frozen', function () {
      var obj = flag(this, 'object');
      this.assert(obj === Object(obj) ? Object.isFrozen(obj) : true, 'expected #{this} to be frozen',
        'expected #{this} to not be frozen');
    });
    Assertion.addProperty('finite', function () {
      var obj = flag(this, 'object');
      this.assert(typeof obj === 'number' && isFinite(obj), 'expected #{this} to be a finite number',
        'expected #{this} to not be a finite number');
    });
    void chai;
  }

  // ---------------------------------------------------------------- the chai module

  var used = [];
  var chai = {
    version: '4.4.1',
    AssertionError: AssertionError,
    util: util,
    config: config,
    Assertion: Assertion,
    use: function (fn) {
      if (used.indexOf(fn) === -1) {
        fn(chai, util);
        used.push(fn);
      }
      return chai;
    }
  };
  chai.use(defineCore);
  chai.expect = function expect(val, message) {
    return new Assertion(val, message);
  };
  chai.expect.fail = function (actual, expected, message, operator) {
    if (arguments.length < 2) {
      message = actual;
      actual = undefined;
    }
    message = message || 'expect.fail()';
    throw new AssertionError(message, { actual: actual, expected: expected, operator: operator },
      chai.expect.fail);
  };

  // chai's `assert` interface (the commonly used part), built on the same Assertion.
  function defineAssert() {
    var A = function (v, m) { return new Assertion(v, m, null, true); };
    var assert = chai.assert = function (express, errmsg) {
      new Assertion(null, null, chai.assert, true).assert(express, errmsg, '[ negation message unavailable ]');
    };
    assert.fail = function (actual, expected, message, operator) {
      if (arguments.length < 2) {
        message = actual;
        actual = undefined;
      }
      throw new AssertionError(message || 'assert.fail()',
        { actual: actual, expected: expected, operator: operator }, assert.fail);
    };
    assert.equal = function (act, exp, msg) {
      var test = A(act, msg);
      test.assert(exp == flag(test, 'object'), 'expected #{this} to equal #{exp}', // eslint-disable-line eqeqeq
        'expected #{this} to not equal #{act}', exp, act, true);
    };
    assert.notEqual = function (act, exp, msg) {
      var test = A(act, msg);
      test.assert(exp != flag(test, 'object'), 'expected #{this} to not equal #{exp}', // eslint-disable-line eqeqeq
        'expected #{this} to equal #{act}', exp, act, true);
    };
    var one = {
      isOk: function (a) { a.is.ok; }, isNotOk: function (a) { a.is.not.ok; },
      isTrue: function (a) { a.is['true']; }, isFalse: function (a) { a.is['false']; },
      isNotTrue: function (a) { a.to.not.equal(true); }, isNotFalse: function (a) { a.to.not.equal(false); },
      isNull: function (a) { a.to.equal(null); }, isNotNull: function (a) { a.to.not.equal(null); },
      isNaN: function (a) { a.to.be.NaN; }, isNotNaN: function (a) { a.not.to.be.NaN; },
      exists: function (a) { a.to.exist; }, notExists: function (a) { a.to.not.exist; },
      isUndefined: function (a) { a.to.equal(undefined); }, isDefined: function (a) { a.to.not.equal(undefined); },
      isFunction: function (a) { a.to.be.a('function'); }, isNotFunction: function (a) { a.to.not.be.a('function'); },
      isObject: function (a) { a.to.be.a('object'); }, isNotObject: function (a) { a.to.not.be.a('object'); },
      isArray: function (a) { a.to.be.an('array'); }, isNotArray: function (a) { a.to.not.be.an('array'); },
      isString: function (a) { a.to.be.a('string'); }, isNotString: function (a) { a.to.not.be.a('string'); },
      isNumber: function (a) { a.to.be.a('number'); }, isNotNumber: function (a) { a.to.not.be.a('number'); },
      isFinite: function (a) { a.to.be.finite; },
      isBoolean: function (a) { a.to.be.a('boolean'); }, isNotBoolean: function (a) { a.to.not.be.a('boolean'); },
      isEmpty: function (a) { a.to.be.empty; }, isNotEmpty: function (a) { a.to.not.be.empty; },
      isExtensible: function (a) { a.to.be.extensible; }, isSealed: function (a) { a.to.be.sealed; },
      isFrozen: function (a) { a.to.be.frozen; }
    };
    Object.keys(one).forEach(function (name) {
      assert[name] = function (val, msg) { one[name](A(val, msg)); };
    });
    var two = {
      strictEqual: function (a, b) { a.to.equal(b); }, notStrictEqual: function (a, b) { a.to.not.equal(b); },
      deepEqual: function (a, b) { a.to.eql(b); }, deepStrictEqual: function (a, b) { a.to.eql(b); },
      notDeepEqual: function (a, b) { a.to.not.eql(b); },
      isAbove: function (a, b) { a.to.be.above(b); }, isAtLeast: function (a, b) { a.to.be.least(b); },
      isBelow: function (a, b) { a.to.be.below(b); }, isAtMost: function (a, b) { a.to.be.most(b); },
      typeOf: function (a, b) { a.to.be.a(b); }, notTypeOf: function (a, b) { a.to.not.be.a(b); },
      instanceOf: function (a, b) { a.to.be.instanceOf(b); }, notInstanceOf: function (a, b) { a.to.not.be.instanceOf(b); },
      include: function (a, b) { a.include(b); }, notInclude: function (a, b) { a.not.include(b); },
      deepInclude: function (a, b) { a.deep.include(b); }, notDeepInclude: function (a, b) { a.not.deep.include(b); },
      nestedInclude: function (a, b) { a.nested.include(b); },
      match: function (a, b) { a.to.match(b); }, notMatch: function (a, b) { a.to.not.match(b); },
      property: function (a, b) { a.to.have.property(b); }, notProperty: function (a, b) { a.to.not.have.property(b); },
      nestedProperty: function (a, b) { a.to.have.nested.property(b); },
      lengthOf: function (a, b) { a.to.have.lengthOf(b); },
      hasAnyKeys: function (a, b) { a.to.have.any.keys(b); }, hasAllKeys: function (a, b) { a.to.have.all.keys(b); },
      containsAllKeys: function (a, b) { a.to.contain.all.keys(b); },
      doesNotHaveAnyKeys: function (a, b) { a.to.not.have.any.keys(b); },
      sameMembers: function (a, b) { a.to.have.same.members(b); },
      sameDeepMembers: function (a, b) { a.to.have.same.deep.members(b); },
      includeMembers: function (a, b) { a.to.include.members(b); },
      oneOf: function (a, b) { a.to.be.oneOf(b); }
    };
    Object.keys(two).forEach(function (name) {
      assert[name] = function (val, arg, msg) { two[name](A(val, msg), arg); };
    });
    assert.propertyVal = function (obj, prop, val, msg) { A(obj, msg).to.have.property(prop, val); };
    assert.deepPropertyVal = function (obj, prop, val, msg) { A(obj, msg).to.have.deep.property(prop, val); };
    assert.nestedPropertyVal = function (obj, prop, val, msg) { A(obj, msg).to.have.nested.property(prop, val); };
    assert.closeTo = assert.approximately = function (act, exp, delta, msg) { A(act, msg).to.be.closeTo(exp, delta); };
    assert.isWithin = function (val, a, b, msg) { A(val, msg).to.be.within(a, b); };
    assert.throws = assert.throw = assert.Throw = function (fn, errorLike, errMsgMatcher, msg) {
      if (typeof errorLike === 'string' || errorLike instanceof RegExp) {
        errMsgMatcher = errorLike;
        errorLike = null;
      }
      return flag(A(fn, msg).to['throw'](errorLike, errMsgMatcher), 'object');
    };
    assert.doesNotThrow = function (fn, errorLike, errMsgMatcher, msg) {
      if (typeof errorLike === 'string' || errorLike instanceof RegExp) {
        errMsgMatcher = errorLike;
        errorLike = null;
      }
      A(fn, msg).to.not['throw'](errorLike, errMsgMatcher);
    };
    assert.ok = assert.isOk;
    assert.notOk = assert.isNotOk;
  }
  defineAssert();

  internal.chai = chai;
  internal.inspect = inspect;
  internal.deepEqual = function (a, b) { return deepEqual(a, b); };
})(__cogman_internal);
