// The pm API, legacy globals, timers and the per-script event loop state.
// Evaluated once per runtime; the Rust side drives it through the object stored in
// `globalThis.__cogman` (begin -> start -> step/deliver ... -> finish).
// `natives` = { console(level, text), abort(), dynamic(name), jsonError(text) }.

(function (natives) {
    'use strict';

    var G = globalThis;
    var E = '';
    // Scripts may replace JSON; the driver keeps the originals.
    var jsonParse = JSON.parse.bind(JSON);
    var jsonStringify = JSON.stringify.bind(JSON);

    /*@SDK@*/

    /*@INSPECT@*/

    sdk.setJsonErrorText(natives.jsonError);

    var libs = G.__cogman_libs || {};
    var chaiLib = G.__cogman_chai || null;
    // `moment` is only reachable through require() in Postman.
    if (Object.prototype.hasOwnProperty.call(G, 'moment')) {
        libs.moment = libs.moment || G.moment;
        delete G.moment;
    }
    ['__cogman_libs', '__cogman_chai'].forEach(function (k) {
        try { Object.defineProperty(G, k, { enumerable: false }); } catch (e) { /* ignore */ }
    });

    // ------------------------------------------------------------------ per-script state
    var S = null; // current execution state, replaced by begin()
    var compiled = new Map(); // source key -> compiled wrapper function

    function errorRecord(e) {
        if (e && typeof e === 'object') {
            var name = e.name === undefined ? 'Error' : String(e.name);
            return {
                name: name,
                message: e.message === undefined ? E : nodeUtil.v8Message(name, String(e.message)),
                stack: typeof e.stack === 'string' ? e.stack : null
            };
        }
        return { name: 'Error', message: String(e), stack: null };
    }

    function reportError(e) {
        if (!S || S.terminated) { return; }
        S.errors.push(errorRecord(e));
    }

    // ------------------------------------------------------------------ variable scopes
    function toJsonValue(v) {
        if (v === undefined || typeof v === 'function' || typeof v === 'symbol') { return null; }
        if (typeof v === 'number' && !isFinite(v)) { return null; }
        if (typeof v === 'bigint') { return String(v); }
        return v;
    }

    // A scope's name, persistence and (for all but `variables`) its empty layers live on a
    // prototype made once per scope name: defineProperty is costly in QuickJS, and any script
    // that reads a variable builds all five scopes. Only the values are per script.
    var scopeProtos = {};
    function VariableScope(name, entries, layers, persist) {
        var key = name + (persist ? ':1' : ':0');
        var proto = scopeProtos[key];
        if (!proto) {
            proto = scopeProtos[key] = Object.create(VariableScope.prototype);
            sdk.hidden(proto, '_name', name);
            sdk.hidden(proto, '_layers', null);
            sdk.hidden(proto, '_persist', persist);
        }
        var scope = Object.create(proto);
        sdk.hidden(scope, '_values', new Map(entries || []));
        layers && sdk.hidden(scope, '_layers', layers);
        return scope;
    }
    VariableScope.prototype = {
        constructor: VariableScope,
        _op: function (op) { if (this._persist && S && !S.terminated) { S.ops.push(op); } },
        get: function (key) {
            if (this._values.has(key)) { return this._values.get(key); }
            if (this._layers) {
                for (var i = 0; i < this._layers.length; i++) {
                    if (this._layers[i]._values.has(key)) { return this._layers[i]._values.get(key); }
                }
            }
            return undefined;
        },
        set: function (key, value, type) {
            if (S && S.terminated) { return; }
            if (key && typeof key === 'object' && typeof key.key === 'string' && arguments.length === 1) {
                value = key.value; key = key.key;
            }
            this._values.set(key, value);
            var json;
            try { json = jsonStringify(toJsonValue(value)); } catch (e) { json = 'null'; }
            this._op([this._name, 'set', String(key), json === undefined ? 'null' : json, typeof type === 'string' ? type : null]);
        },
        unset: function (key) {
            if (S && S.terminated) { return; }
            this._values.delete(key);
            this._op([this._name, 'unset', String(key)]);
        },
        clear: function () {
            if (S && S.terminated) { return; }
            this._values.clear();
            this._op([this._name, 'clear']);
        },
        has: function (key) {
            if (this._values.has(key)) { return true; }
            if (this._layers) {
                for (var i = 0; i < this._layers.length; i++) { if (this._layers[i]._values.has(key)) { return true; } }
            }
            return false;
        },
        toObject: function () {
            var out = {};
            if (this._layers) {
                for (var i = this._layers.length - 1; i >= 0; i--) {
                    this._layers[i]._values.forEach(function (v, k) { out[k] = v; });
                }
            }
            this._values.forEach(function (v, k) { out[k] = v; });
            return out;
        },
        toJSON: function () {
            var values = [];
            this._values.forEach(function (v, k) { values.push({ type: 'any', value: v, key: k }); });
            return { values: values };
        },
        syncVariablesTo: function (target) {
            target = target || {};
            this._values.forEach(function (v, k) { target[k] = v; });
            return target;
        },
        syncVariablesFrom: function (obj) {
            var self = this;
            obj && Object.keys(obj).forEach(function (k) { self.set(k, obj[k]); });
        },
        replaceIn: function (template) {
            var self = this;
            if (typeof template === 'string') { return replaceVars(template, function (n) { return self.get(n); }, function (n) { return self.has(n); }); }
            if (template && typeof template === 'object') { return replaceDeep(template, self); }
            return template;
        },
        variables: function () { return this.toObject(); }
    };

    // Variable#toString: null -> 'null', undefined -> '', otherwise String(value).
    function varString(v) {
        if (v === null) { return 'null'; }
        if (v === undefined) { return E; }
        try { return String(v); } catch (e) { return E; }
    }

    // {{name}} substitution, repeated for nested references like Postman's Substitutor.
    function replaceVars(str, get, has) {
        var re = /\{\{([^{}]*?)}}/g;
        for (var pass = 0; pass < 19; pass++) {
            var changed = false;
            str = str.replace(re, function (match, name) {
                if (has(name)) {
                    var v = get(name);
                    if (typeof v === 'function') { v = v(); }
                    changed = true;
                    return varString(v);
                }
                if (name.charAt(0) === '$') {
                    var d = natives.dynamic(name);
                    if (d !== undefined && d !== null) { changed = true; return String(d); }
                }
                return match;
            });
            if (!changed || str.indexOf('{{') === -1) { break; }
        }
        return str;
    }

    function replaceDeep(obj, scope) {
        if (typeof obj === 'string') { return scope.replaceIn(obj); }
        if (Array.isArray(obj)) { return obj.map(function (v) { return replaceDeep(v, scope); }); }
        if (obj && typeof obj === 'object') {
            var out = {};
            Object.keys(obj).forEach(function (k) { out[k] = replaceDeep(obj[k], scope); });
            return out;
        }
        return obj;
    }

    // ------------------------------------------------------------------ console
    function makeConsole() {
        var c = {};
        ['log', 'info', 'warn', 'error', 'debug'].forEach(function (level) {
            c[level] = function () {
                if (!S || S.terminated) { return; }
                natives.console(level, nodeUtil.format.apply(null, arguments));
            };
        });
        c.trace = c.debug;
        c.dir = function (v) { c.log(nodeUtil.inspect(v)); };
        c.assert = function (cond) {
            if (cond) { return; }
            var rest = Array.prototype.slice.call(arguments, 1);
            rest.length ? c.error.apply(null, ['Assertion failed:'].concat(rest)) : c.error('Assertion failed');
        };
        var counts = {};
        c.count = function (label) {
            label = label === undefined ? 'default' : String(label);
            counts[label] = (counts[label] || 0) + 1;
            c.info(label + ': ' + counts[label]);
        };
        c.countReset = function (label) { counts[label === undefined ? 'default' : String(label)] = 0; };
        var timers = {};
        c.time = function (label) { timers[label === undefined ? 'default' : String(label)] = Date.now(); };
        c.timeEnd = c.timeLog = function (label) {
            label = label === undefined ? 'default' : String(label);
            if (timers[label] !== undefined) { c.info(label + ': ' + (Date.now() - timers[label]) + 'ms'); }
        };
        c.table = c.log;
        c.group = c.groupCollapsed = function () { arguments.length && c.log.apply(null, arguments); };
        c.groupEnd = function () {};
        c.clear = function () {};
        return c;
    }
    var consoleObj = makeConsole();

    // ------------------------------------------------------------------ timers & event loop
    function timerApi() {
        function add(fn, ms, interval) {
            if (!S || S.terminated || typeof fn !== 'function') { return undefined; }
            ms = Number(ms);
            if (!(ms >= 1 && ms <= 2147483647)) { ms = 1; }
            var id = ++S.timerSeq;
            S.wentAsync = true;
            S.timers.set(id, { fn: fn, ms: Math.floor(ms), due: Date.now() + Math.floor(ms), seq: ++S.orderSeq, interval: interval });
            return id;
        }
        function clear(id) { S && S.timers.delete(id); }
        return {
            setTimeout: function setTimeout(fn, ms) { return add(fn, ms, false); },
            setInterval: function setInterval(fn, ms) { return add(fn, ms, true); },
            setImmediate: function setImmediate(fn) {
                if (!S || S.terminated || typeof fn !== 'function') { return undefined; }
                var id = ++S.timerSeq;
                S.wentAsync = true;
                S.immediates.push({ id: id, fn: fn });
                return id;
            },
            clearTimeout: function clearTimeout(id) { clear(id); },
            clearInterval: function clearInterval(id) { clear(id); },
            clearImmediate: function clearImmediate(id) {
                if (!S) { return; }
                S.immediates = S.immediates.filter(function (t) { return t.id !== id; });
            }
        };
    }
    var timers = timerApi();

    function runCallback(fn, args) {
        // Newman 6.2.2 drops errors thrown by timer and pm.sendRequest callbacks: nothing is
        // recorded and the other callbacks still run.
        try { fn.apply({}, args || []); } catch (e) { /* dropped, as in Newman */ }
    }

    // One unit of event-loop work. Returns: true (work done), a JSON string of requests to send,
    // a number (ms to wait for the next timer) or undefined (nothing left).
    function step() {
        if (!S || S.terminated) { return undefined; }
        var now = Date.now(), next = null;
        S.timers.forEach(function (t, id) {
            if (!next || t.due < next.t.due || (t.due === next.t.due && t.seq < next.t.seq)) { next = { id: id, t: t }; }
        });
        if (next && next.t.due <= now) {
            if (next.t.interval) {
                next.t.due = now + next.t.ms;
                next.t.seq = ++S.orderSeq;
            } else {
                S.timers.delete(next.id);
            }
            runCallback(next.t.fn);
            return true;
        }
        if (S.sends.length) {
            var batch = S.sends;
            S.sends = [];
            return jsonStringify(batch.map(function (s) {
                return s.jar ? { id: s.id, jar: s.jar } : { id: s.id, request: s.request };
            }));
        }
        if (S.macro.length) {
            var task = S.macro.shift();
            runCallback(task.fn, task.args);
            return true;
        }
        if (S.immediates.length) {
            var imm = S.immediates.shift();
            runCallback(imm.fn);
            return true;
        }
        if (next) { return Math.max(0, next.t.due - now); }
        return undefined;
    }

    // ------------------------------------------------------------------ pm.sendRequest
    function sendRequest(req, callback) {
        var self = this;
        if (!S || S.terminated) { return self; }
        if (!req) {
            typeof callback === 'function' && callback.call(self, new Error('sendrequest: nothing to request'));
            return self;
        }
        var request = req instanceof sdk.Request ? req : new sdk.Request(req);
        var id = ++S.timerSeq;
        S.wentAsync = true;
        S.sends.push({ id: id, request: request.toJSON() });
        S.events.set(id, function (err, resp) {
            typeof callback === 'function' && callback.call(self, err, resp instanceof sdk.Response ? resp : new sdk.Response(resp));
        });
        return self;
    }

    function sendRequestPromise(req, callback) {
        if (typeof callback === 'function') { return sendRequest.call(this, req, callback); }
        return new Promise(function (resolve, reject) {
            sendRequest(req, function (err, res) { err ? reject(err) : resolve(res); });
        });
    }

    var ERRNO = {
        ECONNREFUSED: -111, ECONNRESET: -104, ETIMEDOUT: -110, EHOSTUNREACH: -113, ENETUNREACH: -101,
        EADDRNOTAVAIL: -99, EPIPE: -32, ENOTFOUND: -3008, EAI_AGAIN: -3001
    };
    function makeNodeError(message) {
        var m = /^connect (E[A-Z_]+) (.+):(\d+)$/.exec(message);
        if (m) {
            return { errno: ERRNO[m[1]], code: m[1], syscall: 'connect', address: m[2], port: Number(m[3]) };
        }
        m = /^getaddrinfo (E[A-Z_]+) (.+)$/.exec(message);
        if (m) { return { errno: ERRNO[m[1]], code: m[1], syscall: 'getaddrinfo', hostname: m[2] }; }
        // Errors raised before any socket (nothing to request, invalid URL) keep their text.
        var e = new Error(message);
        m = /\b(E[A-Z][A-Z_]+)\b/.exec(message);
        m && (e.code = m[1]);
        return e;
    }

    function deliver(id, errMessage, responseJson) {
        if (!S) { return; }
        var cb = S.events.get(id);
        S.events.delete(id);
        if (!cb) { return; }
        var err = errMessage === null || errMessage === undefined ? null : makeNodeError(errMessage);
        var resp = responseJson ? new sdk.Response(jsonParse(responseJson)) : new sdk.Response();
        Object.defineProperty(resp, 'to', { value: undefined, enumerable: false, configurable: true });
        S.macro.push({ fn: cb, args: [err, resp] });
    }

    // ------------------------------------------------------------------ pm.cookies.jar()
    // Operations go to the host like pm.sendRequest; callbacks run asynchronously.
    function jarUrl(url) {
        if (url instanceof sdk.Url) { return url.toString(true); }
        if (url && typeof url === 'string') { return new sdk.Url(url).toString(true); }
        return null;
    }
    function jarCallback(cb, err, result) {
        if (typeof cb !== 'function') { return; }
        if (err) { return cb(err instanceof Error ? err : new Error(err)); }
        cb(null, result);
    }
    function queueJar(op, handler) {
        if (!S || S.terminated) { return; }
        var id = ++S.timerSeq;
        S.wentAsync = true;
        S.sends.push({ id: id, jar: op });
        S.events.set(id, handler);
    }
    function cookieFromString(str) {
        var parts = String(str).split(';'), first = parts.shift(), eq = first.indexOf('='), c = {};
        c.name = eq > -1 ? first.slice(0, eq).trim() : first.trim();
        c.value = eq > -1 ? first.slice(eq + 1).trim() : E;
        parts.forEach(function (p) {
            var i = p.indexOf('='), k = (i > -1 ? p.slice(0, i) : p).trim().toLowerCase(), v = i > -1 ? p.slice(i + 1).trim() : E;
            if (k === 'domain') { c.domain = v; } else if (k === 'path') { c.path = v; } else if (k === 'expires') { c.expires = v; }
            else if (k === 'httponly') { c.httpOnly = true; } else if (k === 'secure') { c.secure = true; }
        });
        return c;
    }
    function CookieJar() {}
    CookieJar.prototype = {
        get: function (url, name, callback) {
            url = jarUrl(url);
            if (!url) { throw new TypeError('CookieJar.get() requires a valid url'); }
            if (typeof callback !== 'function') { throw new TypeError('CookieJar.get() requires a callback function'); }
            if (typeof name !== 'string') { throw new TypeError('CookieJar.get() requires cookie name to be a string'); }
            queueJar({ op: 'get', url: url, name: name }, function (err, cookies) {
                if (err || !cookies.length) { return jarCallback(callback, err, null); }
                jarCallback(callback, null, cookies[0].value);
            });
        },
        getAll: function (url, options, callback) {
            url = jarUrl(url);
            if (!url) { throw new TypeError('CookieJar.getAll() requires a valid url'); }
            if (typeof options === 'function' && !callback) { callback = options; options = {}; }
            if (typeof callback !== 'function') { throw new TypeError('CookieJar.getAll() requires a callback function'); }
            if (typeof options !== 'object') { throw new TypeError('CookieJar.getAll() requires options to be an object'); }
            queueJar({ op: 'getAll', url: url }, function (err, cookies) {
                if (err) { return jarCallback(callback, err); }
                jarCallback(callback, null, sdk.CookieList(null, cookies));
            });
        },
        set: function (url, name, value, callback) {
            url = jarUrl(url);
            if (!url) { throw new TypeError('CookieJar.set() requires a valid url'); }
            if (typeof value === 'function' && !callback) { callback = value; value = null; }
            var cookie;
            if (name && value) { cookie = { name: String(name), value: String(value) }; }
            else if (name && typeof name === 'object') { cookie = { name: name.name || name.key, value: name.value, domain: name.domain, path: name.path, expires: name.expires, httpOnly: name.httpOnly, secure: name.secure }; }
            else if (typeof name === 'string') { cookie = cookieFromString(name); }
            else { throw new TypeError('CookieJar.set() requires a valid set cookie arguments'); }
            queueJar({ op: 'set', url: url, cookie: cookie }, function (err, cookies) {
                if (err) { return jarCallback(callback, err); }
                jarCallback(callback, null, cookies.length ? new sdk.Cookie(cookies[0]) : undefined);
            });
        },
        unset: function (url, name, callback) {
            url = jarUrl(url);
            if (!url) { throw new TypeError('CookieJar.unset() requires a valid url'); }
            if (typeof name !== 'string') { throw new TypeError('CookieJar.unset() requires cookie name to be a string'); }
            queueJar({ op: 'unset', url: url, name: name }, function (err) { jarCallback(callback, err); });
        },
        clear: function (url, callback) {
            url = jarUrl(url);
            if (!url) { throw new TypeError('CookieJar.clear() requires a valid url'); }
            queueJar({ op: 'clear', url: url }, function (err) { jarCallback(callback, err); });
        }
    };

    function deliverJar(id, errMessage, cookiesJson) {
        if (!S) { return; }
        var cb = S.events.get(id);
        S.events.delete(id);
        if (!cb) { return; }
        var err = errMessage === null || errMessage === undefined ? null : new Error(errMessage);
        var cookies = cookiesJson ? jsonParse(cookiesJson) : [];
        S.macro.push({ fn: cb, args: [err, cookies] });
    }

    // ------------------------------------------------------------------ pm.test
    // pm.test is one shared function: per-script state lives in S (no per-script closures).
    function newAssertion(name, skipped) {
        return { name: String(name), skipped: Boolean(skipped), passed: true, error: null, index: S.testIndex++ };
    }
    function completeAssertion(a) {
        if (!S || S.terminated || a.state !== S) { return; }
        delete a.state;
        S.assertions.push(a);
    }
    function failAssertion(a, e) {
        if (e instanceof Error) {
            a.error = errorRecord(e);
        } else {
            var o = e !== null && typeof e === 'object' ? e : {};
            a.error = {
                name: o.name === undefined ? 'AssertionError' : String(o.name),
                message: o.message === undefined ? a.name : String(o.message),
                stack: null
            };
        }
        a.passed = false;
    }
    function pmTest(name, fn) {
        var a = newAssertion(name, false), pm = S.pm;
        a.state = S;
        if (typeof fn !== 'function') { completeAssertion(a); return pm; }
        if (fn.length) {
            try {
                fn(function (err) {
                    if (a.done || (a.error && a.passed === false)) { return; }
                    a.done = true;
                    err && failAssertion(a, err);
                    completeAssertion(a);
                });
            } catch (e) {
                if (!a.done) { a.done = true; failAssertion(a, e); completeAssertion(a); }
            }
            return pm;
        }
        var result;
        try { result = fn(); } catch (e) { failAssertion(a, e); completeAssertion(a); return pm; }
        if (result && typeof result.then === 'function') {
            // A returned promise settles the test (newer sandbox behaviour).
            result.then(function () { completeAssertion(a); }, function (e) { failAssertion(a, e); completeAssertion(a); });
            return pm;
        }
        completeAssertion(a);
        return pm;
    }
    pmTest.skip = function skip(name) {
        var a = newAssertion(name, true);
        a.state = S;
        completeAssertion(a);
        return S.pm;
    };
    pmTest.index = function index() { return S.testIndex; };

    // ------------------------------------------------------------------ require
    var builtins = {
        util: { format: nodeUtil.format, inspect: nodeUtil.inspect },
        fs: {},
        'postman-collection': sdk,
        timers: timers
    };
    function requireFn(name) {
        name = String(name);
        if (Object.prototype.hasOwnProperty.call(libs, name)) { return libs[name]; }
        if (Object.prototype.hasOwnProperty.call(builtins, name)) { return builtins[name]; }
        var err = new Error('Cannot find module \'' + name + '\'');
        err.code = 'MODULE_NOT_FOUND';
        throw err;
    }

    // ------------------------------------------------------------------ legacy interface
    var LEGACY_ALTERNATIVES = {
        tests: 'pm.test()', globals: 'pm.globals', environment: 'pm.environment', data: 'pm.iterationData',
        request: 'pm.request', responseCookies: 'pm.cookies', responseHeaders: 'pm.response.headers',
        responseTime: 'pm.response.responseTime', responseCode: 'pm.response.code',
        responseBody: 'pm.response.text()', iteration: 'pm.info.iteration', _: 'require(\'lodash\')',
        CryptoJS: 'require(\'crypto-js\')', atob: 'require(\'atob\')', btoa: 'require(\'btoa\')',
        tv4: 'require(\'ajv\')', xml2Json: 'require(\'xml2js\')', Backbone: 'require(\'backbone\')',
        cheerio: 'require(\'cheerio\')', 'postman.setNextRequest': 'pm.execution.setNextRequest()'
    };

    function warnLegacy(key) {
        if (!S || !S.legacyWarnings || S.legacyUsed[key]) { return; }
        S.legacyUsed[key] = true;
        consoleObj.warn(LEGACY_ALTERNATIVES[key] ?
            'Using "' + key + '" is deprecated. Use "' + LEGACY_ALTERNATIVES[key] + '" instead.' :
            'Using "' + key + '" is deprecated.');
    }

    var legacyHandlers = {};
    function legacyProxy(key, target) {
        if (!(target && (typeof target === 'object' || typeof target === 'function'))) { return target; }
        var handler = legacyHandlers[key] || (legacyHandlers[key] = {
            set: function (t, prop, value) { warnLegacy(key); t[prop] = value; return true; },
            get: function (t, prop) { warnLegacy(key === 'postman' ? 'postman.setNextRequest' : key); return t[prop]; },
            apply: function (t, thisArg, args) { warnLegacy(key); return t.apply(thisArg, args); }
        });
        return new Proxy(target, handler);
    }

    function legacyRequestData(request) {
        var body = request.body;
        if (!body || typeof body.isEmpty !== 'function' || body.isEmpty()) { return {}; }
        var mode = body.mode, content = body[mode];
        if (content && typeof content.all === 'function') { content = content.all(); }
        if (mode === 'raw') { return content || {}; }
        if (mode === 'urlencoded' || mode === 'formdata') {
            return (content || []).reduce(function (acc, p) {
                if (p.disabled) { return acc; }
                if (acc[p.key]) {
                    Array.isArray(acc[p.key]) ? acc[p.key].push(p.value) : (acc[p.key] = [acc[p.key], p.value]);
                } else {
                    acc[p.key] = p.value;
                }
                return acc;
            }, {});
        }
        if (mode === 'file') { return (content && content.content) || {}; }
        return {};
    }

    // Built from the raw input where possible so unused legacy globals cost little.
    function legacyRequest() {
        var obj = {};
        var cache = {};
        function lazy(name, compute) {
            Object.defineProperty(obj, name, {
                get: function () {
                    if (!(name in cache)) { cache[name] = compute(lazyRequest()); }
                    return cache[name];
                },
                set: function (v) { cache[name] = v; },
                enumerable: true, configurable: true
            });
        }
        obj.id = S.info.requestId || undefined;
        obj.name = S.info.requestName || undefined;
        lazy('description', function (r) { return r.description ? String(r.description) : undefined; });
        lazy('headers', function (r) { return r.headers.toObject(true, false, true, true); });
        lazy('method', function (r) { return r.method; });
        lazy('url', function (r) { return r.url.toString(); });
        lazy('data', legacyRequestData);
        return obj;
    }

    function legacyValue(value) {
        if ((value === false || value) && typeof (value && value.toString) === 'function') { value = value.toString(); }
        return value;
    }
    // The legacy `postman` object; methods act on the current script's state.
    var LegacyPostman = {
        setEnvironmentVariable: function (key, value) {
            value = legacyValue(value);
            S.legacy.g.environment[key] = value;
            return allScopes().environment.set(key, value);
        },
        getEnvironmentVariable: function (key) { return allScopes().environment.get(key); },
        clearEnvironmentVariables: function () {
            var env = S.legacy.g.environment;
            Object.keys(env).forEach(function (k) { delete env[k]; });
            return allScopes().environment.clear();
        },
        clearEnvironmentVariable: function (key) {
            key && delete S.legacy.g.environment[key];
            return allScopes().environment.unset(key);
        },
        setGlobalVariable: function (key, value) {
            value = legacyValue(value);
            S.legacy.g.globals[key] = value;
            return allScopes().globals.set(key, value);
        },
        getGlobalVariable: function (key) { return allScopes().globals.get(key); },
        clearGlobalVariables: function () {
            var globals = S.legacy.g.globals;
            Object.keys(globals).forEach(function (k) { delete globals[k]; });
            return allScopes().globals.clear();
        },
        clearGlobalVariable: function (key) {
            key && delete S.legacy.g.globals[key];
            return allScopes().globals.unset(key);
        },
        setNextRequest: function (what) { setNextRequest(what); }
    };
    var LegacyTestPostman = Object.create(LegacyPostman);
    LegacyTestPostman.getResponseCookie = function (name) { return lazyCookies().one(String(name)); };
    LegacyTestPostman.getResponseHeader = function (name) {
        var resp = lazyResponse();
        var h = resp && resp.headers.one(name);
        return h ? h.value : undefined;
    };

    // Only the legacy globals the script names are built (`names` comes from a scan of the
    // source; null means all). Unnamed ones are unobservable, so this changes no behaviour.
    function setupLegacy(env, exec, names) {
        var isTest = exec.target === 'test';
        var want = function (k) { return names === null || names.indexOf(k) > -1; };
        var g = {};
        if (want('tests')) { g.tests = {}; }
        if (want('globals') || want('postman')) { g.globals = allScopes().globals.syncVariablesTo(); }
        if (want('environment') || want('postman')) { g.environment = allScopes().environment.syncVariablesTo(); }
        if (want('data')) {
            g.data = {};
            (S.input.scopes.data || []).forEach(function (kv) { g.data[kv[0]] = kv[1]; });
        }
        if (want('request')) { g.request = legacyRequest(); }
        g.iteration = exec.info.iteration;
        ['_', 'CryptoJS', 'atob', 'btoa', 'tv4', 'xml2Json', 'Backbone', 'cheerio'].forEach(function (k) {
            want(k) && (g[k] = G[k]);
        });
        if (isTest) {
            // Each only when named, like the rest: most test scripts use none of them.
            var raw = S.input.response;
            want('responseCookies') && (g.responseCookies = lazyCookies());
            if (want('responseHeaders')) {
                g.responseHeaders = {};
                raw && (raw.header || []).forEach(function (h) { h && !h.disabled && (g.responseHeaders[h.key] = h.value); });
            }
            want('responseTime') && (g.responseTime = raw ? raw.responseTime : undefined);
            if (want('responseCode')) {
                if (raw) {
                    var name = sdk.reasonFor(raw.code);
                    g.responseCode = { name: name, detail: name, code: raw.code, standardName: name };
                } else {
                    g.responseCode = {};
                }
            }
            want('responseBody') && (g.responseBody = raw ? raw.body : undefined);
        }
        // Like the other legacy globals, `postman` (an object and a proxy) only when named.
        want('postman') && (g.postman = Object.create(isTest ? LegacyTestPostman : LegacyPostman));
        S.legacy = { g: g };
        S.legacyTests = g.tests || null;
        S.legacyWarnings = true;
        Object.keys(g).forEach(function (k) { env[k] = legacyProxy(k, g[k]); });
    }

    function finishLegacy() {
        if (!S) { return; }
        S.legacyWarnings = false;
        var tests = S.legacyTests;
        if (!tests || S.terminated) { return; }
        Object.keys(tests).forEach(function (key) {
            var value = tests[key], passed = Boolean(value), error = null;
            if (!passed) { error = { name: 'AssertionError', message: 'expected ' + String(value) + ' to be truthy', stack: null }; }
            S.assertions.push({ name: String(key), skipped: false, passed: passed, error: error, index: S.testIndex++ });
        });
    }

    // ------------------------------------------------------------------ per-script environment
    // Names passed to every script wrapper (shadowing internals like Postman's scope does).
    var PARAMS = ['pm', 'console', 'require', 'Buffer', 'setTimeout', 'setInterval', 'setImmediate', 'clearTimeout',
        'clearInterval', 'clearImmediate', 'tests', 'globals', 'environment', 'data', 'request', 'responseCookies',
        'responseHeaders', 'responseTime', 'responseCode', 'responseBody', 'iteration', 'postman', '_', 'CryptoJS',
        'atob', 'btoa', 'tv4', 'xml2Json', 'Backbone', 'cheerio', '__cogman', '__cogman_libs', '__cogman_chai', '__cogman_internal'];
    var PARAM_INDEX = {};
    PARAMS.forEach(function (k, i) { PARAM_INDEX[k] = i; });

    function chaiExpect() {
        if (!chaiLib || typeof chaiLib.expect !== 'function') {
            throw new Error('the expect assertion library is not available');
        }
        return chaiLib.expect.apply(null, arguments);
    }

    // pm.expect is chai's expect in Postman, `pm.expect.fail(message)` included.
    function pmExpect() { return chaiExpect.apply(null, arguments); }
    pmExpect.fail = function fail() {
        if (!chaiLib || typeof chaiLib.expect !== 'function') {
            throw new Error('the expect assertion library is not available');
        }
        return chaiLib.expect.fail.apply(null, arguments);
    };

    // Chai entry points on every request/response (Postman adds them to pm.request/pm.response).
    [sdk.Request.prototype, sdk.Response.prototype].forEach(function (proto) {
        Object.defineProperty(proto, 'to', {
            get: function () { return chaiExpect(this).to; }, enumerable: false, configurable: true
        });
    });

    // Request, response and cookies are built on first use: most scripts touch few of them.
    function lazyRequest() {
        if (!S.request) {
            S.request = new sdk.Request(S.input.request || {});
            // What finish() compares with, taken before the script can change anything.
            S.requestBefore = safeStringify(S.request);
        }
        return S.request;
    }
    function lazyResponse() {
        if (S.response === undefined) {
            var r = S.input.response;
            S.response = r ? new sdk.Response(r) : (S.target === 'test' ? new sdk.Response({}) : null);
            // Newman 6.2.2 hands scripts a response without cookies: they are in pm.cookies.
            S.response && (S.response.cookies = sdk.CookieList(S.response, []));
        }
        return S.response || undefined;
    }
    function lazyCookies() {
        if (!S.cookies) {
            S.cookies = sdk.CookieList(null, S.input.cookies || []);
            S.cookies.jar = function () { return new CookieJar(); };
        }
        return S.cookies;
    }

    var visualizer = {
        set: function (template, data, options) {
            if (typeof template !== 'string') { throw new Error('Invalid template. Template must be of type string, found ' + typeof template); }
            if (data && typeof data !== 'object') { throw new Error('Invalid data. Data must be an object, found ' + typeof data); }
            if (options && typeof options !== 'object') { throw new Error('Invalid options. Options must be an object, found ' + typeof options); }
        },
        clear: function () {}
    };

    // Shared by every script's `pm`; per-script parts are own properties.
    // The five scopes, built on first use.
    function allScopes() {
        if (!S.scopes) {
            var sc = S.input.scopes;
            var globals = new VariableScope('globals', sc.globals, null, true);
            var collection = new VariableScope('collection', sc.collection, null, true);
            var environment = new VariableScope('environment', sc.environment, null, true);
            var iterationData = new VariableScope('data', sc.data, null, false);
            var variables = new VariableScope('local', sc.local, [iterationData, environment, collection, globals], true);
            environment.name = S.input.environmentName || undefined;
            S.scopes = {
                globals: globals, collectionVariables: collection, environment: environment,
                iterationData: iterationData, variables: variables
            };
        }
        return S.scopes;
    }
    function scopeGetter(name) {
        return { get: function () { return this.__state === S ? allScopes()[name] : undefined; }, enumerable: true };
    }

    var pmProto = Object.create(Object.prototype, {
        globals: scopeGetter('globals'),
        environment: scopeGetter('environment'),
        collectionVariables: scopeGetter('collectionVariables'),
        variables: scopeGetter('variables'),
        iterationData: scopeGetter('iterationData'),
        request: { get: function () { return this.__state === S ? lazyRequest() : undefined; }, enumerable: true },
        response: { get: function () { return this.__state === S ? lazyResponse() : undefined; }, enumerable: true },
        cookies: { get: function () { return this.__state === S ? lazyCookies() : undefined; }, enumerable: true },
        visualizer: { value: visualizer, enumerable: true },
        sendRequest: { value: sendRequestPromise, enumerable: true },
        expect: { value: pmExpect, enumerable: false }
    });

    function skipRequest() {
        if (!S || S.target !== 'prerequest') { throw new TypeError('pm.execution.skipRequest is not a function'); }
        if (S.terminated) { return; }
        S.skipRequest = true;
        S.terminated = true;
        S.timers.clear(); S.immediates = []; S.macro = []; S.sends = [];
        natives.abort();
    }
    function setNextRequest(what) { S && !S.terminated && (S.nextRequest = { value: what }); }

    function begin(inputJson) {
        var input = jsonParse(inputJson);
        S = {
            input: input, target: input.event, info: input.info, ops: [], assertions: [], errors: [], testIndex: 0,
            timers: new Map(), immediates: [], macro: [], sends: [], events: new Map(), timerSeq: 0, orderSeq: 0,
            nextRequest: null, skipRequest: false, terminated: false,
            legacyTests: null, legacyWarnings: false, legacyUsed: {}, request: null, requestBefore: undefined, response: undefined, cookies: null,
            scopes: null
        };

        var info = {};
        [['eventName', input.event], ['iteration', input.info.iteration],
            ['iterationCount', input.info.iterationCount], ['requestName', input.info.requestName],
            ['requestId', input.info.requestId]].forEach(function (kv) {
            Object.defineProperty(info, kv[0], { value: kv[1], enumerable: false });
        });
        var location = [];
        location.current = input.info.requestName;
        var pm = Object.create(pmProto);
        sdk.hidden(pm, '__state', S);
        pm.info = Object.freeze(info);
        pm.execution = { skipRequest: skipRequest, setNextRequest: setNextRequest, location: location };
        pm.test = pmTest;
        S.pm = pm;

        // The wrapper's arguments in PARAMS order, built directly: looking all 34 names up in an
        // object cost more than the rest of begin() for a small script.
        var args = [pm, consoleObj, requireFn, G.Buffer, timers.setTimeout, timers.setInterval, timers.setImmediate,
            timers.clearTimeout, timers.clearInterval, timers.clearImmediate];
        while (args.length < PARAMS.length) { args.push(undefined); }
        if (!input.noLegacy) {
            var env = {};
            setupLegacy(env, { target: input.event, info: input.info }, input.legacy === undefined ? null : input.legacy);
            Object.keys(env).forEach(function (k) {
                var i = PARAM_INDEX[k];
                i === undefined || (args[i] = env[k]);
            });
        }
        S.args = args;
    }

    function start(fn) {
        var result;
        try {
            result = fn.apply({}, S.args);
        } catch (e) {
            reportError(e);
            finishLegacy();
            return;
        }
        // Postman reports `tests[...]` once the synchronous part is over.
        finishLegacy();
        if (result && typeof result.then === 'function') {
            // The wrapper is async: a throw before the first `await` lands here as well.
            result.then(null, reportError);
        }
    }

    function takeOps() {
        if (!S || !S.ops.length) { return null; }
        var ops = S.ops;
        S.ops = [];
        return jsonStringify(ops);
    }

    function finish() {
        var st = S;
        var next = st.nextRequest;
        var nextOut = null;
        if (next) {
            var v = next.value;
            nextOut = v === null ? { end: true } : (v === undefined ? null : { name: String(v) });
        }
        // An untouched request goes back as the caller's JSON (exact round trip).
        var requestJson = null;
        if (st.request) {
            var json = null, after;
            try { json = request2json(st.request); after = jsonStringify(json); } catch (e) { after = undefined; }
            if (after !== st.requestBefore) {
                if (after === undefined) {
                    try { requestJson = request2json(st.request); } catch (e) { requestJson = null; }
                } else {
                    requestJson = json;
                }
            }
        }
        var out = jsonStringify({
            assertions: st.assertions.map(function (a) {
                return { name: a.name, index: a.index, passed: a.passed, skipped: a.skipped, error: a.error };
            }),
            errors: st.errors,
            next: nextOut,
            skip: st.skipRequest,
            request: requestJson
        });
        return out;
    }

    function safeStringify(r) {
        try { return jsonStringify(request2json(r)); } catch (e) { return undefined; }
    }

    function request2json(r) {
        if (r && typeof r.toJSON === 'function') { return r.toJSON(); }
        return r;
    }

    function lookup(key) { return compiled.get(key); }
    function store(key, fn) {
        if (compiled.size > 500) { compiled.clear(); }
        compiled.set(key, fn);
    }
    // Ends the script and drops what it built; clearing the links back to S breaks the
    // reference cycles (pm <-> S) so reference counting frees everything without a GC pass.
    function reset() {
        if (!S) { return; }
        S.terminated = true;
        S.timers.clear(); S.events.clear(); S.sends = []; S.macro = []; S.immediates = [];
        S.pm = null; S.args = null; S.scopes = null; S.request = null; S.response = null; S.cookies = null;
        S.legacy = null; S.legacyTests = null; S.input = null; S.assertions = []; S.ops = [];
    }

    // Wrapper placed before each script, on its first line so line numbers match.
    var HEAD = '(async function (' + PARAMS.join(', ') + ') {;var arguments = undefined;';
    nodeUtil.setScriptHeadLength(HEAD.length);

    Object.defineProperty(G, '__cogman', {
        value: {
            head: HEAD,
            begin: begin,
            start: start,
            step: step,
            deliver: deliver,
            deliverJar: deliverJar,
            takeOps: takeOps,
            finish: finish,
            lookup: lookup,
            store: store,
            reset: reset,
            wentAsync: function () { return Boolean(S && S.wentAsync); },
            inspect: nodeUtil.inspect,
            format: nodeUtil.format
        },
        enumerable: false,
        writable: false,
        configurable: false
    });
})
