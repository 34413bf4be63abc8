// cogman: a lodash 4 compatible `_` covering the functions Postman scripts commonly use
// (paths, collections, arrays, objects, strings, type checks, a small `chain`).
(function (internal) {
  'use strict';

  var hasOwn = Object.prototype.hasOwnProperty;
  var toStr = Object.prototype.toString;
  var idCounter = 0;

  function _(value) {
    if (value instanceof Wrapper) return value;
    return new Wrapper(value, false);
  }

  // ------------------------------------------------------------------ type checks
  _.isArray = Array.isArray;
  _.isObject = function (v) { var t = typeof v; return v != null && (t === 'object' || t === 'function'); };
  _.isObjectLike = function (v) { return v != null && typeof v === 'object'; };
  _.isString = function (v) { return typeof v === 'string' || toStr.call(v) === '[object String]'; };
  _.isNumber = function (v) { return typeof v === 'number' || toStr.call(v) === '[object Number]'; };
  _.isBoolean = function (v) { return v === true || v === false || toStr.call(v) === '[object Boolean]'; };
  _.isFunction = function (v) { return typeof v === 'function'; };
  _.isDate = function (v) { return toStr.call(v) === '[object Date]'; };
  _.isRegExp = function (v) { return toStr.call(v) === '[object RegExp]'; };
  _.isError = function (v) { return v instanceof Error || toStr.call(v) === '[object Error]'; };
  _.isNil = function (v) { return v == null; };
  _.isNull = function (v) { return v === null; };
  _.isUndefined = function (v) { return v === undefined; };
  _.isNaN = function (v) { return _.isNumber(v) && Number(v) !== Number(v); };
  _.isFinite = function (v) { return typeof v === 'number' && isFinite(v); };
  _.isInteger = function (v) { return typeof v === 'number' && Number.isInteger(v); };
  _.isSafeInteger = function (v) { return Number.isSafeInteger(v); };
  _.isSymbol = function (v) { return typeof v === 'symbol'; };
  _.isMap = function (v) { return toStr.call(v) === '[object Map]'; };
  _.isSet = function (v) { return toStr.call(v) === '[object Set]'; };
  _.isLength = function (v) { return typeof v === 'number' && v > -1 && v % 1 === 0 && v <= Number.MAX_SAFE_INTEGER; };
  _.isArrayLike = function (v) { return v != null && typeof v !== 'function' && _.isLength(v.length); };
  _.isArguments = function (v) { return toStr.call(v) === '[object Arguments]'; };
  _.isPlainObject = function (v) {
    if (!_.isObjectLike(v) || toStr.call(v) !== '[object Object]') return false;
    var proto = Object.getPrototypeOf(v);
    if (proto === null) return true;
    var Ctor = hasOwn.call(proto, 'constructor') && proto.constructor;
    return typeof Ctor === 'function' && Function.prototype.toString.call(Ctor) ===
      Function.prototype.toString.call(Object);
  };
  _.isEmpty = function (v) {
    if (v == null) return true;
    if (_.isArrayLike(v) && (Array.isArray(v) || typeof v === 'string' || _.isArguments(v) ||
        typeof v.splice === 'function')) {
      return !v.length;
    }
    if (_.isMap(v) || _.isSet(v)) return !v.size;
    for (var k in v) if (hasOwn.call(v, k)) return false;
    return true;
  };

  // ------------------------------------------------------------------ equality
  function tagOf(v) {
    var t = toStr.call(v);
    return t === '[object Arguments]' ? '[object Object]' : t;
  }
  function baseIsEqual(a, b, stack) {
    if (a === b) return true;
    if (a == null || b == null || (!_.isObjectLike(a) && !_.isObjectLike(b))) {
      return a !== a && b !== b;
    }
    var tag = tagOf(a);
    if (tag !== tagOf(b)) return false;
    switch (tag) {
      case '[object Boolean]': case '[object Date]': case '[object Number]':
        return +a === +b || (+a !== +a && +b !== +b);
      case '[object String]': case '[object RegExp]':
        return String(a) === String(b);
      case '[object Error]':
        return a.name === b.name && a.message === b.message;
      default:
    }
    stack = stack || [];
    for (var s = 0; s < stack.length; s++) {
      if (stack[s][0] === a) return stack[s][1] === b;
    }
    stack.push([a, b]);
    var result;
    if (tag === '[object Map]' || tag === '[object Set]') {
      result = a.size === b.size && baseIsEqual(Array.from(a), Array.from(b), stack);
    } else if (Array.isArray(a) || ArrayBuffer.isView(a)) {
      result = a.length === b.length;
      for (var i = 0; result && i < a.length; i++) result = baseIsEqual(a[i], b[i], stack);
    } else {
      var ka = Object.keys(a);
      var kb = Object.keys(b);
      result = ka.length === kb.length;
      for (var j = 0; result && j < ka.length; j++) {
        result = hasOwn.call(b, ka[j]) && baseIsEqual(a[ka[j]], b[ka[j]], stack);
      }
      if (result) {
        var ca = a.constructor;
        var cb = b.constructor;
        if (ca !== cb && ('constructor' in a && 'constructor' in b) &&
            !(typeof ca === 'function' && ca instanceof ca && typeof cb === 'function' && cb instanceof cb)) {
          result = false;
        }
      }
    }
    stack.pop();
    return result;
  }
  _.isEqual = function (a, b) { return baseIsEqual(a, b); };
  _.isEqualWith = function (a, b, customizer) {
    var r = customizer ? customizer(a, b) : undefined;
    return r === undefined ? baseIsEqual(a, b) : Boolean(r);
  };
  _.isMatch = function (object, source) {
    if (object == null) return _.isEmpty(source);
    return Object.keys(source).every(function (k) {
      var sv = source[k];
      var ov = object[k];
      if (_.isObjectLike(sv) && !Array.isArray(sv)) return _.isObjectLike(ov) && _.isMatch(ov, sv);
      if (Array.isArray(sv) && Array.isArray(ov)) {
        return sv.every(function (x) { return ov.some(function (y) { return _.isObjectLike(x) ? _.isMatch(y, x) : baseIsEqual(x, y); }); });
      }
      return (k in Object(object)) && baseIsEqual(sv, ov);
    });
  };

  // ------------------------------------------------------------------ paths
  var rePropName = /[^.[\]]+|\[(?:(-?\d+(?:\.\d+)?)|(["'])((?:(?!\2)[^\\]|\\.)*?)\2)\]|(?=(?:\.|\[\])(?:\.|\[\]|$))/g;
  function stringToPath(string) {
    var result = [];
    if (string.charCodeAt(0) === 46) result.push('');
    string.replace(rePropName, function (match, number, quote, subString) {
      result.push(quote ? subString.replace(/\\(\\)?/g, '$1') : (number || match));
    });
    return result;
  }
  function castPath(value, object) {
    if (Array.isArray(value)) return value;
    if (typeof value === 'number' || typeof value === 'symbol') return [value];
    var s = String(value);
    if (object != null && s in Object(object)) return [s];
    if (!/\.|\[(?:[^[\]]*|(["'])(?:(?!\1)[^\\]|\\.)*?\1)\]/.test(s)) return [s];
    return stringToPath(s);
  }
  function toKey(k) {
    if (typeof k === 'string' || typeof k === 'symbol') return k;
    var r = String(k);
    return (r === '0' && 1 / k === -Infinity) ? '-0' : r;
  }
  _.toPath = function (v) { return Array.isArray(v) ? v.map(toKey) : stringToPath(String(v)); };
  _.get = function (object, path, defaultValue) {
    var p = castPath(path, object);
    var index = 0;
    while (object != null && index < p.length) object = object[toKey(p[index++])];
    var result = (index && index === p.length) ? object : undefined;
    return result === undefined ? defaultValue : result;
  };
  _.result = function (object, path, defaultValue) {
    var v = _.get(object, path, defaultValue);
    return typeof v === 'function' ? v.call(object) : v;
  };
  function baseHas(object, path, own) {
    var p = castPath(path, object);
    if (!p.length) return false;
    for (var i = 0; i < p.length; i++) {
      var key = toKey(p[i]);
      if (object == null || !(own ? hasOwn.call(object, key) : key in Object(object))) return false;
      object = object[key];
    }
    return true;
  }
  _.has = function (object, path) { return baseHas(object, path, true); };
  _.hasIn = function (object, path) { return baseHas(object, path, false); };
  _.set = function (object, path, value) {
    if (!_.isObject(object)) return object;
    var p = castPath(path, object);
    var nested = object;
    for (var i = 0; i < p.length && nested != null; i++) {
      var key = toKey(p[i]);
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') return object;
      if (i === p.length - 1) {
        nested[key] = value;
      } else {
        var next = nested[key];
        if (!_.isObject(next)) next = /^(?:0|[1-9]\d*)$/.test(String(p[i + 1])) ? [] : {};
        nested[key] = next;
        nested = next;
      }
    }
    return object;
  };
  _.update = function (object, path, updater) { return _.set(object, path, updater(_.get(object, path))); };
  _.unset = function (object, path) {
    var p = castPath(path, object);
    var parent = p.length > 1 ? _.get(object, p.slice(0, -1)) : object;
    if (parent == null) return true;
    return delete parent[toKey(p[p.length - 1])];
  };
  _.at = function (object) {
    var paths = _.flattenDeep(Array.prototype.slice.call(arguments, 1));
    return paths.map(function (p) { return _.get(object, p); });
  };

  // ------------------------------------------------------------------ iteratees
  _.identity = function (v) { return v; };
  _.noop = function () {};
  _.constant = function (v) { return function () { return v; }; };
  _.property = function (path) { return function (o) { return _.get(o, path); }; };
  _.matches = function (source) { return function (o) { return _.isMatch(o, source); }; };
  _.matchesProperty = function (path, value) {
    return function (o) {
      var v = _.get(o, path);
      return _.isObjectLike(value) ? _.isMatch(v, value) : baseIsEqual(v, value);
    };
  };
  _.iteratee = function (f) {
    if (f == null) return _.identity;
    if (typeof f === 'function') return f;
    if (Array.isArray(f)) return _.matchesProperty(f[0], f[1]);
    if (typeof f === 'object') return _.matches(f);
    return _.property(f);
  };
  var it = _.iteratee;

  function entriesOf(c) {
    if (c == null) return [];
    if (_.isArrayLike(c)) {
      var out = [];
      for (var i = 0; i < c.length; i++) out.push([i, c[i]]);
      return out;
    }
    return Object.keys(c).map(function (k) { return [k, c[k]]; });
  }
  function valuesOf(c) { return entriesOf(c).map(function (e) { return e[1]; }); }

  // ------------------------------------------------------------------ collections
  _.forEach = _.each = function (c, f) {
    f = it(f);
    var e = entriesOf(c);
    for (var i = 0; i < e.length; i++) if (f(e[i][1], e[i][0], c) === false) break;
    return c;
  };
  _.forEachRight = _.eachRight = function (c, f) {
    f = it(f);
    var e = entriesOf(c);
    for (var i = e.length - 1; i >= 0; i--) if (f(e[i][1], e[i][0], c) === false) break;
    return c;
  };
  _.forOwn = function (o, f) {
    f = it(f);
    if (o == null) return o;
    var ks = Object.keys(o);
    for (var i = 0; i < ks.length; i++) if (f(o[ks[i]], ks[i], o) === false) break;
    return o;
  };
  _.forIn = function (o, f) {
    f = it(f);
    for (var k in o) if (f(o[k], k, o) === false) break;
    return o;
  };
  _.map = function (c, f) {
    f = it(f);
    return entriesOf(c).map(function (e) { return f(e[1], e[0], c); });
  };
  _.flatMap = function (c, f) { return _.flatten(_.map(c, f)); };
  _.flatMapDeep = function (c, f) { return _.flattenDeep(_.map(c, f)); };
  _.filter = function (c, f) {
    f = it(f);
    return entriesOf(c).filter(function (e) { return f(e[1], e[0], c); }).map(function (e) { return e[1]; });
  };
  _.reject = function (c, f) {
    f = it(f);
    return _.filter(c, function (v, k, col) { return !f(v, k, col); });
  };
  _.partition = function (c, f) {
    f = it(f);
    var yes = [];
    var no = [];
    _.forEach(c, function (v, k, col) { (f(v, k, col) ? yes : no).push(v); });
    return [yes, no];
  };
  _.find = function (c, f, from) {
    f = it(f);
    var e = entriesOf(c);
    for (var i = from || 0; i < e.length; i++) if (f(e[i][1], e[i][0], c)) return e[i][1];
    return undefined;
  };
  _.findLast = function (c, f) {
    f = it(f);
    var e = entriesOf(c);
    for (var i = e.length - 1; i >= 0; i--) if (f(e[i][1], e[i][0], c)) return e[i][1];
    return undefined;
  };
  _.findIndex = function (a, f, from) {
    f = it(f);
    if (!a) return -1;
    for (var i = from || 0; i < a.length; i++) if (f(a[i], i, a)) return i;
    return -1;
  };
  _.findLastIndex = function (a, f) {
    f = it(f);
    if (!a) return -1;
    for (var i = a.length - 1; i >= 0; i--) if (f(a[i], i, a)) return i;
    return -1;
  };
  _.findKey = function (o, f) {
    f = it(f);
    var ks = o == null ? [] : Object.keys(o);
    for (var i = 0; i < ks.length; i++) if (f(o[ks[i]], ks[i], o)) return ks[i];
    return undefined;
  };
  _.some = function (c, f) {
    f = it(f);
    return entriesOf(c).some(function (e) { return f(e[1], e[0], c); });
  };
  _.every = function (c, f) {
    f = it(f);
    return entriesOf(c).every(function (e) { return f(e[1], e[0], c); });
  };
  _.reduce = function (c, f, acc) {
    var e = entriesOf(c);
    var i = 0;
    if (arguments.length < 3) {
      if (!e.length) return undefined;
      acc = e[0][1];
      i = 1;
    }
    for (; i < e.length; i++) acc = f(acc, e[i][1], e[i][0], c);
    return acc;
  };
  _.reduceRight = function (c, f, acc) {
    var e = entriesOf(c);
    var i = e.length - 1;
    if (arguments.length < 3) {
      if (!e.length) return undefined;
      acc = e[i][1];
      i--;
    }
    for (; i >= 0; i--) acc = f(acc, e[i][1], e[i][0], c);
    return acc;
  };
  _.includes = function (c, v, from) {
    if (c == null) return false;
    if (typeof c === 'string') return c.indexOf(v, from || 0) !== -1;
    var vals = valuesOf(c);
    for (var i = from || 0; i < vals.length; i++) {
      if (vals[i] === v || (v !== v && vals[i] !== vals[i])) return true;
    }
    return false;
  };
  _.size = function (c) {
    if (c == null) return 0;
    if (_.isArrayLike(c)) return c.length;
    if (_.isMap(c) || _.isSet(c)) return c.size;
    return Object.keys(c).length;
  };
  _.groupBy = function (c, f) {
    f = it(f);
    var out = {};
    _.forEach(c, function (v) {
      var k = f(v);
      (hasOwn.call(out, k) ? out[k] : (out[k] = [])).push(v);
    });
    return out;
  };
  _.countBy = function (c, f) {
    f = it(f);
    var out = {};
    _.forEach(c, function (v) {
      var k = f(v);
      out[k] = hasOwn.call(out, k) ? out[k] + 1 : 1;
    });
    return out;
  };
  _.keyBy = function (c, f) {
    f = it(f);
    var out = {};
    _.forEach(c, function (v) { out[f(v)] = v; });
    return out;
  };
  function compareAsc(a, b) {
    if (a === b) return 0;
    if (a === undefined) return 1;
    if (b === undefined) return -1;
    if (a === null) return 1;
    if (b === null) return -1;
    if (a !== a) return 1;
    if (b !== b) return -1;
    return a > b ? 1 : a < b ? -1 : 0;
  }
  _.orderBy = function (c, iteratees, orders) {
    if (iteratees == null) iteratees = [_.identity];
    if (!Array.isArray(iteratees)) iteratees = [iteratees];
    if (!iteratees.length) iteratees = [_.identity];
    orders = orders == null ? [] : (Array.isArray(orders) ? orders : [orders]);
    var fs = iteratees.map(function (f) { return Array.isArray(f) ? _.property(f) : it(f); });
    var items = valuesOf(c).map(function (v, i) {
      return { v: v, i: i, keys: fs.map(function (f) { return f(v); }) };
    });
    items.sort(function (a, b) {
      for (var k = 0; k < fs.length; k++) {
        var r = compareAsc(a.keys[k], b.keys[k]);
        if (r) return orders[k] === 'desc' ? -r : r;
      }
      return a.i - b.i;
    });
    return items.map(function (x) { return x.v; });
  };
  _.sortBy = function (c) {
    var fs = _.flatten(Array.prototype.slice.call(arguments, 1));
    return _.orderBy(c, fs.length ? fs : [_.identity]);
  };
  _.sample = function (c) {
    var v = valuesOf(c);
    return v.length ? v[Math.floor(Math.random() * v.length)] : undefined;
  };
  _.shuffle = function (c) {
    var v = valuesOf(c);
    for (var i = v.length - 1; i > 0; i--) {
      var j = Math.floor(Math.random() * (i + 1));
      var t = v[i];
      v[i] = v[j];
      v[j] = t;
    }
    return v;
  };
  _.sampleSize = function (c, n) { return _.shuffle(c).slice(0, n === undefined ? 1 : Math.max(0, n)); };
  _.toArray = function (v) {
    if (v == null) return [];
    if (typeof v === 'string') return v.split('');
    if (_.isMap(v) || _.isSet(v)) return Array.from(v);
    return valuesOf(v);
  };
  _.invokeMap = function (c, path) {
    var args = Array.prototype.slice.call(arguments, 2);
    return _.map(c, function (v) {
      var fn = typeof path === 'function' ? path : _.get(v, path);
      return fn == null ? undefined : fn.apply(v, args);
    });
  };

  // ------------------------------------------------------------------ arrays
  function arr(a) { return a == null ? [] : Array.prototype.slice.call(a); }
  _.head = _.first = function (a) { return a && a.length ? a[0] : undefined; };
  _.last = function (a) { return a && a.length ? a[a.length - 1] : undefined; };
  _.initial = function (a) { return arr(a).slice(0, -1); };
  _.tail = function (a) { return arr(a).slice(1); };
  _.nth = function (a, n) {
    a = arr(a);
    n = n || 0;
    return a[n < 0 ? a.length + n : n];
  };
  _.take = function (a, n) { return arr(a).slice(0, n === undefined ? 1 : Math.max(0, n)); };
  _.takeRight = function (a, n) {
    n = n === undefined ? 1 : n;
    a = arr(a);
    return n <= 0 ? [] : a.slice(-n);
  };
  _.takeWhile = function (a, f) {
    f = it(f);
    a = arr(a);
    var i = 0;
    while (i < a.length && f(a[i], i, a)) i++;
    return a.slice(0, i);
  };
  _.drop = function (a, n) { return arr(a).slice(n === undefined ? 1 : Math.max(0, n)); };
  _.dropRight = function (a, n) {
    n = n === undefined ? 1 : n;
    a = arr(a);
    return a.slice(0, Math.max(0, a.length - n));
  };
  _.dropWhile = function (a, f) {
    f = it(f);
    a = arr(a);
    var i = 0;
    while (i < a.length && f(a[i], i, a)) i++;
    return a.slice(i);
  };
  _.chunk = function (a, size) {
    size = Math.max(Math.floor(size === undefined ? 1 : size), 0);
    a = arr(a);
    var out = [];
    if (!size) return out;
    for (var i = 0; i < a.length; i += size) out.push(a.slice(i, i + size));
    return out;
  };
  _.compact = function (a) { return arr(a).filter(Boolean); };
  _.concat = function () {
    var out = [];
    for (var i = 0; i < arguments.length; i++) {
      if (Array.isArray(arguments[i])) out.push.apply(out, arguments[i]);
      else out.push(arguments[i]);
    }
    return out;
  };
  function flattenTo(a, depth, out) {
    for (var i = 0; i < a.length; i++) {
      if (depth > 0 && (Array.isArray(a[i]) || _.isArguments(a[i]))) flattenTo(arr(a[i]), depth - 1, out);
      else out.push(a[i]);
    }
    return out;
  }
  _.flatten = function (a) { return flattenTo(arr(a), 1, []); };
  _.flattenDeep = function (a) { return flattenTo(arr(a), Infinity, []); };
  _.flattenDepth = function (a, d) { return flattenTo(arr(a), d === undefined ? 1 : d, []); };
  function sameValueZeroIndex(list, v) {
    for (var i = 0; i < list.length; i++) if (list[i] === v || (v !== v && list[i] !== list[i])) return i;
    return -1;
  }
  _.uniqBy = function (a, f) {
    f = it(f);
    var seen = [];
    var out = [];
    arr(a).forEach(function (v) {
      var k = f(v);
      if (sameValueZeroIndex(seen, k) === -1) {
        seen.push(k);
        out.push(v);
      }
    });
    return out;
  };
  _.uniq = function (a) { return _.uniqBy(a, _.identity); };
  _.uniqWith = function (a, cmp) {
    var out = [];
    arr(a).forEach(function (v) {
      if (!out.some(function (o) { return cmp(v, o); })) out.push(v);
    });
    return out;
  };
  _.sortedUniq = _.uniq;
  _.union = function () { return _.uniq(flattenTo(arr(arguments), 1, [])); };
  _.unionBy = function () {
    var args = arr(arguments);
    var f = Array.isArray(args[args.length - 1]) ? _.identity : args.pop();
    return _.uniqBy(flattenTo(args, 1, []), f);
  };
  _.differenceBy = function (a) {
    var args = arr(arguments).slice(1);
    var f = Array.isArray(args[args.length - 1]) || !args.length ? _.identity : it(args.pop());
    var ex = flattenTo(args, 1, []).map(f);
    return arr(a).filter(function (v) { return sameValueZeroIndex(ex, f(v)) === -1; });
  };
  _.difference = function (a) {
    var ex = flattenTo(arr(arguments).slice(1), 1, []);
    return arr(a).filter(function (v) { return sameValueZeroIndex(ex, v) === -1; });
  };
  _.without = function (a) {
    var ex = arr(arguments).slice(1);
    return arr(a).filter(function (v) { return sameValueZeroIndex(ex, v) === -1; });
  };
  _.intersection = function () {
    var lists = arr(arguments).map(arr);
    if (!lists.length) return [];
    return _.uniq(lists[0]).filter(function (v) {
      return lists.every(function (l) { return sameValueZeroIndex(l, v) !== -1; });
    });
  };
  _.intersectionBy = function () {
    var args = arr(arguments);
    var f = Array.isArray(args[args.length - 1]) ? _.identity : it(args.pop());
    var lists = args.map(arr);
    if (!lists.length) return [];
    return _.uniqBy(lists[0], f).filter(function (v) {
      var k = f(v);
      return lists.every(function (l) { return sameValueZeroIndex(l.map(f), k) !== -1; });
    });
  };
  _.xor = function () {
    var lists = arr(arguments).map(function (l) { return _.uniq(l); });
    var all = flattenTo(lists, 1, []);
    return _.uniq(all).filter(function (v) {
      return all.filter(function (x) { return x === v || (v !== v && x !== x); }).length === 1;
    });
  };
  _.zip = function () {
    var lists = arr(arguments).map(arr);
    var n = lists.reduce(function (m, l) { return Math.max(m, l.length); }, 0);
    var out = [];
    for (var i = 0; i < n; i++) out.push(lists.map(function (l) { return l[i]; }));
    return out;
  };
  _.unzip = function (a) { return _.zip.apply(null, arr(a)); };
  _.zipObject = function (props, values) {
    var out = {};
    arr(props).forEach(function (p, i) { out[p] = values ? values[i] : undefined; });
    return out;
  };
  _.indexOf = function (a, v, from) {
    a = arr(a);
    for (var i = from || 0; i < a.length; i++) if (a[i] === v || (v !== v && a[i] !== a[i])) return i;
    return -1;
  };
  _.lastIndexOf = function (a, v) { return arr(a).lastIndexOf(v); };
  _.reverse = function (a) { return a == null ? a : a.reverse(); };
  _.slice = function (a, s, e) { return arr(a).slice(s, e); };
  _.join = function (a, sep) { return arr(a).join(sep === undefined ? ',' : sep); };
  _.fill = function (a, v, s, e) { return a == null ? [] : a.fill(v, s, e); };
  _.pull = function (a) {
    var ex = arr(arguments).slice(1);
    for (var i = a.length - 1; i >= 0; i--) if (ex.indexOf(a[i]) !== -1) a.splice(i, 1);
    return a;
  };
  _.pullAll = function (a, vals) { return _.pull.apply(null, [a].concat(arr(vals))); };
  _.remove = function (a, f) {
    f = it(f);
    var removed = [];
    for (var i = 0; i < a.length; i++) {
      if (f(a[i], i, a)) {
        removed.push(a[i]);
        a.splice(i--, 1);
      }
    }
    return removed;
  };
  _.fromPairs = function (pairs) {
    var out = {};
    arr(pairs).forEach(function (p) { out[p[0]] = p[1]; });
    return out;
  };
  _.castArray = function () {
    if (!arguments.length) return [];
    var v = arguments[0];
    return Array.isArray(v) ? v : [v];
  };

  // ------------------------------------------------------------------ math
  _.range = function (start, end, step) {
    if (end === undefined) {
      end = start;
      start = 0;
    }
    start = Number(start) || 0;
    end = Number(end) || 0;
    step = step === undefined ? (start < end ? 1 : -1) : Number(step);
    var n = Math.max(Math.ceil((end - start) / (step || 1)), 0);
    var out = [];
    for (var i = 0; i < n; i++) {
      out.push(start);
      start += step;
    }
    return out;
  };
  _.rangeRight = function () { return _.range.apply(null, arguments).reverse(); };
  _.times = function (n, f) {
    f = f === undefined ? _.identity : it(f);
    var out = [];
    for (var i = 0; i < n; i++) out.push(f(i));
    return out;
  };
  _.random = function (lower, upper, floating) {
    if (floating === undefined) {
      if (typeof upper === 'boolean') {
        floating = upper;
        upper = undefined;
      } else if (typeof lower === 'boolean') {
        floating = lower;
        lower = undefined;
      }
    }
    if (lower === undefined && upper === undefined) {
      lower = 0;
      upper = 1;
    } else if (upper === undefined) {
      upper = lower;
      lower = 0;
    }
    lower = Number(lower) || 0;
    upper = Number(upper) || 0;
    if (lower > upper) {
      var t = lower;
      lower = upper;
      upper = t;
    }
    if (floating || lower % 1 || upper % 1) return lower + Math.random() * (upper - lower);
    return lower + Math.floor(Math.random() * (upper - lower + 1));
  };
  _.sumBy = function (a, f) {
    f = it(f);
    var r;
    arr(a).forEach(function (v) {
      var x = f(v);
      if (x !== undefined) r = r === undefined ? x : r + x;
    });
    return r === undefined ? 0 : r;
  };
  _.sum = function (a) { return _.sumBy(a, _.identity); };
  _.meanBy = function (a, f) {
    a = arr(a);
    return a.length ? _.sumBy(a, f) / a.length : NaN;
  };
  _.mean = function (a) { return _.meanBy(a, _.identity); };
  function extremum(a, f, better) {
    f = it(f);
    var best;
    var bestKey;
    arr(a).forEach(function (v) {
      var k = f(v);
      if (k != null && k === k && (bestKey === undefined || better(k, bestKey))) {
        best = v;
        bestKey = k;
      }
    });
    return best;
  }
  _.maxBy = function (a, f) { return extremum(a, f, function (x, y) { return x > y; }); };
  _.minBy = function (a, f) { return extremum(a, f, function (x, y) { return x < y; }); };
  _.max = function (a) { return _.maxBy(a, _.identity); };
  _.min = function (a) { return _.minBy(a, _.identity); };
  _.add = function (a, b) { return a + b; };
  _.subtract = function (a, b) { return a - b; };
  _.multiply = function (a, b) { return a * b; };
  _.divide = function (a, b) { return a / b; };
  function rounder(m) {
    return function (n, precision) {
      precision = precision ? Math.min(precision, 292) : 0;
      if (!precision) return Math[m](n);
      var pair = (String(n) + 'e').split('e');
      var value = Math[m](Number(pair[0] + 'e' + (Number(pair[1]) + precision)));
      pair = (String(value) + 'e').split('e');
      return Number(pair[0] + 'e' + (Number(pair[1]) - precision));
    };
  }
  _.round = rounder('round');
  _.floor = rounder('floor');
  _.ceil = rounder('ceil');
  _.clamp = function (n, lower, upper) {
    if (upper === undefined) {
      upper = lower;
      lower = undefined;
    }
    if (upper !== undefined) n = n <= upper ? n : upper;
    if (lower !== undefined) n = n >= lower ? n : lower;
    return n;
  };
  _.inRange = function (n, start, end) {
    if (end === undefined) {
      end = start;
      start = 0;
    }
    return n >= Math.min(start, end) && n < Math.max(start, end);
  };

  // ------------------------------------------------------------------ objects
  _.keys = function (o) {
    if (o == null) return [];
    if (_.isArrayLike(o)) return Object.keys(Object(o));
    return Object.keys(Object(o));
  };
  _.keysIn = function (o) {
    var out = [];
    for (var k in o) out.push(k);
    return out;
  };
  _.values = function (o) { return o == null ? [] : _.keys(o).map(function (k) { return o[k]; }); };
  _.valuesIn = function (o) { return _.keysIn(o).map(function (k) { return o[k]; }); };
  _.toPairs = _.entries = function (o) {
    if (_.isMap(o) || _.isSet(o)) return Array.from(o.entries());
    return _.keys(o).map(function (k) { return [k, o[k]]; });
  };
  _.toPairsIn = _.entriesIn = function (o) { return _.keysIn(o).map(function (k) { return [k, o[k]]; }); };
  _.invert = function (o) {
    var out = {};
    _.keys(o).forEach(function (k) { out[o[k]] = k; });
    return out;
  };
  _.invertBy = function (o, f) {
    f = it(f);
    var out = {};
    _.keys(o).forEach(function (k) {
      var v = f(o[k]);
      (hasOwn.call(out, v) ? out[v] : (out[v] = [])).push(k);
    });
    return out;
  };
  _.mapValues = function (o, f) {
    f = it(f);
    var out = {};
    _.keys(o).forEach(function (k) { out[k] = f(o[k], k, o); });
    return out;
  };
  _.mapKeys = function (o, f) {
    f = it(f);
    var out = {};
    _.keys(o).forEach(function (k) { out[f(o[k], k, o)] = o[k]; });
    return out;
  };
  _.pick = function (o) {
    var paths = flattenTo(arr(arguments).slice(1), Infinity, []);
    var out = {};
    if (o == null) return out;
    paths.forEach(function (p) {
      if (_.hasIn(o, p)) _.set(out, p, _.get(o, p));
    });
    return out;
  };
  _.pickBy = function (o, f) {
    f = it(f);
    var out = {};
    if (o == null) return out;
    _.keysIn(o).forEach(function (k) { if (f(o[k], k)) out[k] = o[k]; });
    return out;
  };
  _.omit = function (o) {
    var paths = flattenTo(arr(arguments).slice(1), Infinity, []);
    var out = {};
    if (o == null) return out;
    _.keysIn(o).forEach(function (k) { out[k] = o[k]; });
    out = _.cloneDeep(out);
    paths.forEach(function (p) { _.unset(out, p); });
    return out;
  };
  _.omitBy = function (o, f) {
    f = it(f);
    return _.pickBy(o, function (v, k) { return !f(v, k); });
  };
  _.assign = function (target) {
    target = Object(target);
    for (var i = 1; i < arguments.length; i++) {
      var s = arguments[i];
      if (s != null) Object.keys(s).forEach(function (k) { target[k] = s[k]; });
    }
    return target;
  };
  _.assignIn = _.extend = function (target) {
    target = Object(target);
    for (var i = 1; i < arguments.length; i++) {
      var s = arguments[i];
      for (var k in s) target[k] = s[k];
    }
    return target;
  };
  _.defaults = function (target) {
    target = Object(target);
    for (var i = 1; i < arguments.length; i++) {
      var s = arguments[i];
      for (var k in s) {
        if (target[k] === undefined || (target[k] === Object.prototype[k] && !hasOwn.call(target, k))) {
          target[k] = s[k];
        }
      }
    }
    return target;
  };
  function baseMerge(target, source, customizer, stack) {
    if (source == null) return target;
    // lodash assigns in sloppy mode: writes to read-only slots (e.g. a String wrapper's
    // characters) are silently dropped.
    var assign = function (k, v) {
      try { target[k] = v; } catch (e) { /* read-only: ignored, as lodash does */ }
    };
    Object.keys(source).forEach(function (k) {
      if (k === '__proto__' || k === 'constructor' || k === 'prototype') return;
      var sv = source[k];
      var tv = target[k];
      var custom = customizer ? customizer(tv, sv, k, target, source) : undefined;
      if (custom !== undefined) {
        assign(k, custom);
        return;
      }
      if (_.isObjectLike(sv) && (Array.isArray(sv) || _.isPlainObject(sv))) {
        if (stack.indexOf(sv) !== -1) {
          assign(k, sv);
          return;
        }
        var base;
        if (Array.isArray(sv)) base = Array.isArray(tv) ? tv : (_.isArrayLike(tv) ? arr(tv) : []);
        else base = _.isPlainObject(tv) || _.isArguments(tv) ? tv : (_.isObject(tv) && typeof tv !== 'function' ? tv : {});
        stack.push(sv);
        assign(k, baseMerge(base, sv, customizer, stack));
        stack.pop();
      } else if (sv !== undefined || !(k in target)) {
        assign(k, sv);
      }
    });
    return target;
  }
  _.merge = function (target) {
    target = Object(target);
    for (var i = 1; i < arguments.length; i++) baseMerge(target, arguments[i], null, []);
    return target;
  };
  _.mergeWith = function (target) {
    var args = arr(arguments);
    var customizer = typeof args[args.length - 1] === 'function' ? args.pop() : null;
    target = Object(target);
    for (var i = 1; i < args.length; i++) baseMerge(target, args[i], customizer, []);
    return target;
  };
  _.defaultsDeep = function (target) {
    target = Object(target);
    for (var i = 1; i < arguments.length; i++) {
      baseMerge(target, arguments[i], function (tv, sv) {
        if (_.isPlainObject(tv) && _.isPlainObject(sv)) return _.defaultsDeep(tv, sv);
        return tv === undefined ? undefined : tv;
      }, []);
    }
    return target;
  };
  _.clone = function (v) {
    if (!_.isObject(v) || typeof v === 'function') return v;
    if (Array.isArray(v)) return v.slice();
    if (_.isDate(v)) return new Date(v.getTime());
    if (_.isRegExp(v)) return new RegExp(v.source, v.flags);
    if (_.isMap(v)) return new Map(v);
    if (_.isSet(v)) return new Set(v);
    return Object.assign(Object.create(Object.getPrototypeOf(v)), v);
  };
  function cloneDeepWith(v, seen) {
    if (!_.isObject(v) || typeof v === 'function') return v;
    for (var i = 0; i < seen.length; i++) if (seen[i][0] === v) return seen[i][1];
    var out;
    if (Array.isArray(v)) {
      out = [];
      seen.push([v, out]);
      v.forEach(function (x, j) { out[j] = cloneDeepWith(x, seen); });
      return out;
    }
    if (_.isDate(v)) return new Date(v.getTime());
    if (_.isRegExp(v)) return new RegExp(v.source, v.flags);
    if (_.isMap(v)) {
      out = new Map();
      seen.push([v, out]);
      v.forEach(function (x, k) { out.set(k, cloneDeepWith(x, seen)); });
      return out;
    }
    if (_.isSet(v)) {
      out = new Set();
      seen.push([v, out]);
      v.forEach(function (x) { out.add(cloneDeepWith(x, seen)); });
      return out;
    }
    out = Object.create(Object.getPrototypeOf(v));
    seen.push([v, out]);
    Object.keys(v).forEach(function (k) { out[k] = cloneDeepWith(v[k], seen); });
    return out;
  }
  _.cloneDeep = function (v) { return cloneDeepWith(v, []); };
  _.functions = function (o) { return _.keys(o).filter(function (k) { return typeof o[k] === 'function'; }); };
  _.create = function (proto, props) { return Object.assign(Object.create(proto), props); };
  _.transform = function (o, f, acc) {
    if (acc === undefined) acc = Array.isArray(o) ? [] : {};
    _.forEach(o, function (v, k) { return f(acc, v, k, o); });
    return acc;
  };

  // ------------------------------------------------------------------ strings
  function str(v) { return v == null ? '' : String(v); }
  // Word splitting as lodash does it: an ASCII fast path, and a Unicode-aware pattern when the
  // string mixes case, digits or symbols.
  var rsBreakRange = '\\xac\\xb1\\xd7\\xf7\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\xbf\\u2000-\\u206f' +
    ' \\t\\x0b\\f\\xa0\\ufeff\\n\\r\\u2028\\u2029\\u1680\\u180e\\u2000\\u2001\\u2002\\u2003\\u2004' +
    '\\u2005\\u2006\\u2007\\u2008\\u2009\\u200a\\u202f\\u205f\\u3000';
  var rsUpperRange = 'A-Z\\xc0-\\xd6\\xd8-\\xde';
  var rsLowerRange = 'a-z\\xdf-\\xf6\\xf8-\\xff';
  var rsBreak = '[' + rsBreakRange + ']';
  var rsDigits = '\\d+';
  var rsLower = '[' + rsLowerRange + ']';
  var rsUpper = '[' + rsUpperRange + ']';
  var rsMisc = '[^\\ud800-\\udfff' + rsBreakRange + rsDigits + '\\u2700-\\u27bf' + rsLowerRange + rsUpperRange + ']';
  var rsMiscLower = '(?:' + rsLower + '|' + rsMisc + ')';
  var rsMiscUpper = '(?:' + rsUpper + '|' + rsMisc + ')';
  var rsOptContrLower = "(?:['\\u2019](?:d|ll|m|re|s|t|ve))?";
  var rsOptContrUpper = "(?:['\\u2019](?:D|LL|M|RE|S|T|VE))?";
  var reUnicodeWord = new RegExp([
    rsUpper + '?' + rsLower + '+' + rsOptContrLower + '(?=' + [rsBreak, rsUpper, '$'].join('|') + ')',
    rsMiscUpper + '+' + rsOptContrUpper + '(?=' + [rsBreak, rsUpper + rsMiscLower, '$'].join('|') + ')',
    rsUpper + '?' + rsMiscLower + '+' + rsOptContrLower,
    rsUpper + '+' + rsOptContrUpper,
    '\\d*(?:1ST|2ND|3RD|(?![123])\\dTH)(?=\\b|[a-z_])',
    '\\d*(?:1st|2nd|3rd|(?![123])\\dth)(?=\\b|[A-Z_])',
    rsDigits
  ].join('|'), 'g');
  var reAsciiWord = /[^\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+/g;
  var reHasUnicodeWord = /[a-z][A-Z]|[A-Z]{2}[a-z]|[0-9][a-zA-Z]|[a-zA-Z][0-9]|[^a-zA-Z0-9 ]/;
  _.words = function (s, pattern) {
    s = str(s);
    if (pattern !== undefined) return s.match(pattern) || [];
    return s.match(reHasUnicodeWord.test(s) ? reUnicodeWord : reAsciiWord) || [];
  };
  // Latin-1 Supplement and Latin Extended-A letters to basic Latin, as lodash's deburr maps them.
  var DEBURR = {};
  [['ÀÁÂÃÄÅĀĂĄ', 'A'], ['àáâãäåāăą', 'a'], ['ÇĆĈĊČ', 'C'], ['çćĉċč', 'c'], ['ÐĎĐ', 'D'], ['ðďđ', 'd'],
    ['ÈÉÊËĒĔĖĘĚ', 'E'], ['èéêëēĕėęě', 'e'], ['ĜĞĠĢ', 'G'], ['ĝğġģ', 'g'], ['ĤĦ', 'H'], ['ĥħ', 'h'],
    ['ÌÍÎÏĨĪĬĮİ', 'I'], ['ìíîïĩīĭįı', 'i'], ['Ĵ', 'J'], ['ĵ', 'j'], ['Ķ', 'K'], ['ķĸ', 'k'],
    ['ĹĻĽĿŁ', 'L'], ['ĺļľŀł', 'l'], ['ÑŃŅŇŊ', 'N'], ['ñńņňŋ', 'n'], ['ÒÓÔÕÖØŌŎŐ', 'O'],
    ['òóôõöøōŏő', 'o'], ['ŔŖŘ', 'R'], ['ŕŗř', 'r'], ['ŚŜŞŠ', 'S'], ['śŝşšſ', 's'], ['ŢŤŦ', 'T'],
    ['ţťŧ', 't'], ['ÙÚÛÜŨŪŬŮŰŲ', 'U'], ['ùúûüũūŭůűų', 'u'], ['Ŵ', 'W'], ['ŵ', 'w'], ['ÝŶŸ', 'Y'],
    ['ýÿŷ', 'y'], ['ŹŻŽ', 'Z'], ['źżž', 'z'], ['Æ', 'Ae'], ['æ', 'ae'], ['Þ', 'Th'], ['þ', 'th'],
    ['ß', 'ss'], ['Ĳ', 'IJ'], ['ĳ', 'ij'], ['Œ', 'Oe'], ['œ', 'oe'], ['ŉ', "'n"]
  ].forEach(function (pair) { pair[0].split('').forEach(function (c) { DEBURR[c] = pair[1]; }); });
  _.deburr = function (s) {
    return str(s).replace(/[\xc0-\xd6\xd8-\xf6\xf8-\xff\u0100-\u017f]/g, function (c) { return DEBURR[c] || c; })
      .replace(/[\u0300-\u036f\ufe20-\ufe2f\u20d0-\u20ff]/g, '');
  };
  function compoundWords(s) { return _.words(_.deburr(s).replace(/['\u2019]/g, '')); }
  _.upperFirst = function (s) {
    s = str(s);
    return s.charAt(0).toUpperCase() + s.slice(1);
  };
  _.lowerFirst = function (s) {
    s = str(s);
    return s.charAt(0).toLowerCase() + s.slice(1);
  };
  _.capitalize = function (s) { return _.upperFirst(str(s).toLowerCase()); };
  _.camelCase = function (s) {
    return compoundWords(s).reduce(function (acc, w, i) {
      w = w.toLowerCase();
      return acc + (i ? _.upperFirst(w) : w);
    }, '');
  };
  _.kebabCase = function (s) { return compoundWords(s).map(function (w) { return w.toLowerCase(); }).join('-'); };
  _.snakeCase = function (s) { return compoundWords(s).map(function (w) { return w.toLowerCase(); }).join('_'); };
  _.lowerCase = function (s) { return compoundWords(s).map(function (w) { return w.toLowerCase(); }).join(' '); };
  _.upperCase = function (s) { return compoundWords(s).map(function (w) { return w.toUpperCase(); }).join(' '); };
  _.startCase = function (s) { return compoundWords(s).map(_.upperFirst).join(' '); };
  _.toLower = function (s) { return str(s).toLowerCase(); };
  _.toUpper = function (s) { return str(s).toUpperCase(); };
  function charsRe(chars) { return chars.replace(/[\\^$.*+?()[\]{}|-]/g, '\\$&'); }
  _.trim = function (s, chars) {
    s = str(s);
    if (chars === undefined) return s.trim();
    var c = charsRe(str(chars));
    return s.replace(new RegExp('^[' + c + ']+|[' + c + ']+$', 'g'), '');
  };
  _.trimStart = function (s, chars) {
    s = str(s);
    if (chars === undefined) return s.replace(/^\s+/, '');
    return s.replace(new RegExp('^[' + charsRe(str(chars)) + ']+'), '');
  };
  _.trimEnd = function (s, chars) {
    s = str(s);
    if (chars === undefined) return s.replace(/\s+$/, '');
    return s.replace(new RegExp('[' + charsRe(str(chars)) + ']+$'), '');
  };
  function padding(len, chars) {
    chars = chars === undefined ? ' ' : str(chars);
    if (!chars || len <= 0) return '';
    var out = chars.repeat(Math.ceil(len / chars.length));
    return out.slice(0, len);
  }
  _.pad = function (s, length, chars) {
    s = str(s);
    length = length || 0;
    var total = length - s.length;
    if (total <= 0) return s;
    var left = Math.floor(total / 2);
    return padding(left, chars) + s + padding(total - left, chars);
  };
  _.padStart = function (s, length, chars) {
    s = str(s);
    return padding((length || 0) - s.length, chars) + s;
  };
  _.padEnd = function (s, length, chars) {
    s = str(s);
    return s + padding((length || 0) - s.length, chars);
  };
  _.repeat = function (s, n) {
    n = n === undefined ? 1 : Math.floor(n);
    return n > 0 ? str(s).repeat(n) : '';
  };
  _.replace = function (s, pattern, replacement) { return str(s).replace(pattern, replacement); };
  _.split = function (s, sep, limit) { return str(s).split(sep, limit); };
  _.startsWith = function (s, target, position) { return str(s).startsWith(target, position); };
  _.endsWith = function (s, target, position) {
    return str(s).endsWith(target, position === undefined ? undefined : position);
  };
  var htmlEscapes = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
  var htmlUnescapes = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
  _.escape = function (s) { return str(s).replace(/[&<>"']/g, function (c) { return htmlEscapes[c]; }); };
  _.unescape = function (s) {
    return str(s).replace(/&(?:amp|lt|gt|quot|#39);/g, function (c) { return htmlUnescapes[c]; });
  };
  _.escapeRegExp = function (s) { return str(s).replace(/[\\^$.*+?()[\]{}|]/g, '\\$&'); };
  _.truncate = function (s, options) {
    options = options || {};
    var length = options.length === undefined ? 30 : options.length;
    var omission = options.omission === undefined ? '...' : options.omission;
    s = str(s);
    if (s.length <= length) return s;
    var end = length - omission.length;
    if (end < 1) return omission;
    var result = s.slice(0, end);
    if (options.separator !== undefined) {
      var sep = options.separator;
      var idx = typeof sep === 'string' ? result.lastIndexOf(sep) : -1;
      if (sep instanceof RegExp) {
        var re = new RegExp(sep.source, sep.flags.indexOf('g') === -1 ? sep.flags + 'g' : sep.flags);
        var m;
        while ((m = re.exec(result))) {
          idx = m.index;
          if (!m[0].length) re.lastIndex++;
        }
      }
      if (idx > -1) result = result.slice(0, idx);
    }
    return result + omission;
  };
  _.parseInt = function (s, radix) { return parseInt(str(s).trim(), radix || 0); };
  _.toString = function (v) {
    if (v == null) return '';
    if (typeof v === 'string') return v;
    if (Array.isArray(v)) return v.map(function (x) { return x == null ? x : _.toString(x); }).join(',');
    var r = String(v);
    return (r === '0' && 1 / v === -Infinity) ? '-0' : r;
  };
  _.toNumber = function (v) {
    if (typeof v === 'number') return v;
    if (typeof v === 'symbol') return NaN;
    if (typeof v === 'string') {
      var t = v.trim();
      if (/^0b[01]+$/i.test(t)) return parseInt(t.slice(2), 2);
      if (/^0o[0-7]+$/i.test(t)) return parseInt(t.slice(2), 8);
    }
    return Number(v);
  };
  _.toInteger = function (v) {
    var n = _.toNumber(v);
    if (!n || n !== n) return 0;
    if (n === Infinity || n === -Infinity) return (n < 0 ? -1 : 1) * Number.MAX_VALUE;
    return n < 0 ? Math.ceil(n) : Math.floor(n);
  };
  _.toFinite = function (v) {
    var n = _.toNumber(v);
    if (n === Infinity || n === -Infinity) return (n < 0 ? -1 : 1) * Number.MAX_VALUE;
    return n === n ? n : 0;
  };
  _.templateSettings = {
    escape: /<%-([\s\S]+?)%>/g,
    evaluate: /<%([\s\S]+?)%>/g,
    interpolate: /<%=([\s\S]+?)%>/g,
    variable: ''
  };
  _.template = function (text, options) {
    var settings = Object.assign({}, _.templateSettings, options);
    text = str(text);
    var esTemplate = settings.interpolate === _.templateSettings.interpolate ? /\$\{([^\\}]*(?:\\.[^\\}]*)*)\}/ : /($^)/;
    var matcher = new RegExp([settings.escape.source, (settings.interpolate.source + '|' + esTemplate.source),
      settings.evaluate.source].join('|') + '|$', 'g');
    var index = 0;
    var source = "__p += '";
    text.replace(matcher, function (match, esc, interp, esInterp, evaluate, offset) {
      interp = interp || esInterp;
      source += text.slice(index, offset).replace(/['\\\n\r\u2028\u2029]/g, function (c) {
        return { "'": "\\'", '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\u2028': '\\u2028', '\u2029': '\\u2029' }[c];
      });
      if (esc) source += "' +\n__e(" + esc + ") +\n'";
      if (interp) source += "' +\n((__t = (" + interp + ")) == null ? '' : __t) +\n'";
      if (evaluate) source += "';\n" + evaluate + "\n__p += '";
      index = offset + match.length;
      return match;
    });
    source += "';\n";
    var variable = settings.variable;
    if (!variable) source = 'with (obj || {}) {\n' + source + '}\n';
    source = 'var __t, __p = \'\';\n' + source + 'return __p;\n';
    // The template body comes from the script author, so compiling it is no new capability.
    var render = new Function(variable || 'obj', '__e', '_', source); // eslint-disable-line no-new-func
    var fn = function (data) { return render.call(this, data, _.escape, _); };
    fn.source = 'function(' + (variable || 'obj') + ') {\n' + source + '}';
    return fn;
  };

  // ------------------------------------------------------------------ functions and utils
  _.uniqueId = function (prefix) { return str(prefix) + (++idCounter); };
  _.now = function () { return Date.now(); };
  _.once = function (f) {
    var done = false;
    var r;
    return function () {
      if (!done) {
        done = true;
        r = f.apply(this, arguments);
      }
      return r;
    };
  };
  _.memoize = function (f, resolver) {
    var m = function () {
      var key = resolver ? resolver.apply(this, arguments) : arguments[0];
      if (m.cache.has(key)) return m.cache.get(key);
      var r = f.apply(this, arguments);
      m.cache.set(key, r);
      return r;
    };
    m.cache = new Map();
    return m;
  };
  _.negate = function (f) { return function () { return !f.apply(this, arguments); }; };
  _.partial = function (f) {
    var bound = arr(arguments).slice(1);
    return function () { return f.apply(this, bound.concat(arr(arguments))); };
  };
  _.flow = function () {
    var fs = flattenTo(arr(arguments), 1, []);
    return function () {
      var r = fs.length ? fs[0].apply(this, arguments) : arguments[0];
      for (var i = 1; i < fs.length; i++) r = fs[i].call(this, r);
      return r;
    };
  };
  _.flowRight = function () { return _.flow.apply(null, arr(arguments).reverse()); };
  _.defaultTo = function (v, d) { return v == null || v !== v ? d : v; };
  _.attempt = function (f) {
    try {
      return f.apply(undefined, arr(arguments).slice(1));
    } catch (e) {
      return e instanceof Error ? e : new Error(e);
    }
  };
  _.times = _.times;
  _.stubArray = function () { return []; };
  _.stubObject = function () { return {}; };
  _.stubString = function () { return ''; };
  _.stubTrue = function () { return true; };
  _.stubFalse = function () { return false; };
  _.VERSION = '4.17.21';

  // ------------------------------------------------------------------ chain
  function Wrapper(value, chainAll) {
    this.__wrapped__ = value;
    this.__chain__ = chainAll;
  }
  _.chain = function (value) { return new Wrapper(value, true); };
  Wrapper.prototype.value = Wrapper.prototype.valueOf = Wrapper.prototype.toJSON = function () {
    return this.__wrapped__;
  };
  Wrapper.prototype.chain = function () {
    this.__chain__ = true;
    return this;
  };
  Wrapper.prototype.tap = function (f) {
    f(this.__wrapped__);
    return this;
  };
  Wrapper.prototype.thru = function (f) { return new Wrapper(f(this.__wrapped__), this.__chain__); };
  // Methods that return a plain value when not explicitly chained, as lodash's implicit chains do.
  var unwrapping = ['get', 'has', 'includes', 'every', 'some', 'find', 'findIndex', 'first', 'head',
    'last', 'reduce', 'size', 'sum', 'sumBy', 'max', 'min', 'maxBy', 'minBy', 'isEmpty', 'isEqual',
    'join', 'mean', 'sample', 'toString', 'findKey', 'indexOf', 'nth'];
  Object.keys(_).forEach(function (name) {
    if (typeof _[name] !== 'function' || name === 'chain') return;
    Wrapper.prototype[name] = function () {
      var result = _[name].apply(_, [this.__wrapped__].concat(arr(arguments)));
      if (!this.__chain__ && unwrapping.indexOf(name) !== -1) return result;
      return new Wrapper(result, this.__chain__);
    };
  });

  internal.lodash = _;

  // The legacy global `_` in Postman scripts is lodash 3: the same functions plus the v3 names
  // and signatures scripts written for it still use. require('lodash') stays lodash 4.
  var _3 = function lodash(value) { return _(value); };
  Object.keys(_).forEach(function (k) { _3[k] = _[k]; });
  var v3 = {
    contains: _.includes, include: _.includes, pluck: function (c, p) { return _.map(c, _.property(p)); },
    where: function (c, src) { return _.filter(c, _.matches(src)); },
    findWhere: function (c, src) { return _.find(c, _.matches(src)); },
    indexBy: _.keyBy, any: _.some, all: _.every, collect: _.map, detect: _.find, select: _.filter,
    foldl: _.reduce, inject: _.reduce, foldr: _.reduceRight, unique: function (a, f) { return f ? _.uniqBy(a, f) : _.uniq(a); },
    methods: _.functions, rest: _.tail, sortByOrder: _.orderBy, sortByAll: _.sortBy, trunc: _.truncate,
    padLeft: _.padStart, padRight: _.padEnd, trimLeft: _.trimStart, trimRight: _.trimEnd, eq: _.isEqual,
    callback: _.iteratee, pairs: _.toPairs, invoke: _.invokeMap,
    object: function (props, values) {
      if (values === undefined && Array.isArray(props) && props.every(Array.isArray)) return _.fromPairs(props);
      return _.zipObject(props, values);
    },
    max: function (c, f) {
      var r = f === undefined ? _.max(_.toArray(c)) : _.maxBy(_.toArray(c), f);
      return r === undefined ? -Infinity : r;
    },
    min: function (c, f) {
      var r = f === undefined ? _.min(_.toArray(c)) : _.minBy(_.toArray(c), f);
      return r === undefined ? Infinity : r;
    },
    capitalize: function (s) {
      s = s == null ? '' : String(s);
      return s.charAt(0).toUpperCase() + s.slice(1);
    },
    range: function (start, end, step) {
      if (end === undefined) {
        end = start;
        start = 0;
      }
      return _.range(start, end, step === undefined || step === null ? 1 : step);
    },
    sum: function (c, f) { return f === undefined ? _.sum(_.toArray(c)) : _.sumBy(_.toArray(c), f); },
    uniq: function (a, f) { return f && typeof f !== 'boolean' ? _.uniqBy(a, f) : _.uniq(a); },
    VERSION: '3.10.2'
  };
  Object.keys(v3).forEach(function (k) { _3[k] = v3[k]; });
  internal.lodash3 = _3;
})(__cogman_internal);
