// Postman collection SDK subset used by the pm API: property lists, headers, query params, Url,
// Request, Response, cookies and variable scopes. Behaviour follows postman-collection 4.4.
// Evaluated once per runtime; `sdk` is a local of the prelude function.

var sdk = (function () {
    'use strict';

    var E = '';
    var hasOwn = function (o, k) { return o !== null && o !== undefined && Object.prototype.hasOwnProperty.call(o, k); };
    var isString = function (v) { return typeof v === 'string'; };
    var isNil = function (v) { return v === null || v === undefined; };
    var isPlainObject = function (v) {
        if (v === null || typeof v !== 'object') { return false; }
        var p = Object.getPrototypeOf(v);
        return p === null || p === Object.prototype;
    };
    var hidden = function (obj, key, value) {
        Object.defineProperty(obj, key, { value: value, enumerable: false, writable: true, configurable: true });
    };

    // ---------------------------------------------------------------- PropertyList
    // Per-instance state is plain properties (defineProperty is costly in QuickJS). The parent
    // link lives in a WeakMap (nothing for JSON or console output to recurse into) and points
    // to the parent through a WeakRef. A WeakMap holds its value strongly while the key lives,
    // so storing the parent itself made parent -> list -> (map entry) -> parent a cycle that
    // reference counting never frees: every Response or Request stayed on the heap until a
    // full collection. With the WeakRef a script's objects are freed as soon as it drops them;
    // the price is that a list kept alone, without its owner, loses its `__parent`.
    var PARENTS = new WeakMap();
    function parentOf(obj) {
        var ref = PARENTS.get(obj);
        return ref === undefined ? undefined : ref.deref();
    }
    function PropertyList(Type, parent, populate) {
        this.Type = Type;
        this.reference = {};
        this.members = [];
        parent && (typeof parent === 'object' || typeof parent === 'function') && PARENTS.set(this, new WeakRef(parent));
        populate && this.populate(populate);
    }
    PropertyList.prototype = {
        constructor: PropertyList,
        get __parent() { return parentOf(this); },
        get _key() { return (this.Type && this.Type._indexKey) || 'id'; },
        get _ci() { return Boolean(this.Type && this.Type._caseInsensitive); },
        get _multi() { return Boolean(this.Type && this.Type._multiValue); },
        _idx: function (k) { return this._ci ? String(k).toLowerCase() : k; },
        insert: function (item, before) {
            if (item === null || typeof item !== 'object') { return; }
            var dup = this.members.indexOf(item);
            dup > -1 && this.members.splice(dup, 1);
            var at = before ? this.members.indexOf(before) : -1;
            at > -1 ? this.members.splice(at, 0, item) : this.members.push(item);
            var index = item[this._key];
            if (index && (index = String(index))) {
                index = this._ci ? index.toLowerCase() : index;
                if (this._multi && hasOwn(this.reference, index)) {
                    !Array.isArray(this.reference[index]) && (this.reference[index] = [this.reference[index]]);
                    this.reference[index].push(item);
                } else {
                    this.reference[index] = item;
                }
            }
        },
        insertAfter: function (item, after) { return this.insert(item, this.members[this.members.indexOf(after) + 1]); },
        append: function (item) { return this.insert(item); },
        prepend: function (item) { return this.insert(item, this.members[0]); },
        add: function (item) {
            if (isNil(item) || (typeof item === 'number' && isNaN(item))) { return; }
            var T = this.Type;
            this.insert(item instanceof T ? item :
                (T.create ? T.create.apply(T, arguments) : new T(item)));
        },
        upsert: function (item) {
            if (isNil(item) || (typeof item === 'number' && isNaN(item))) { return null; }
            var existing = this.one(item[this._key]);
            if (existing) {
                if (typeof existing.update !== 'function') {
                    throw new Error('collection: unable to upsert into a list of Type that does not support .update()');
                }
                existing.update(item);
                return false;
            }
            this.add(item);
            return true;
        },
        _reindex: function () {
            var self = this, members = this.members;
            Object.keys(this.reference).forEach(function (k) { delete self.reference[k]; });
            this.members = [];
            members.forEach(function (m) { self.insert(m); });
        },
        remove: function (predicate, context) {
            var self = this, match;
            !context && (context = this);
            if (isString(predicate)) {
                match = this._ci ? predicate.toLowerCase() : predicate;
                predicate = function (item) {
                    var id = item[self._key];
                    self._ci && isString(id) && (id = id.toLowerCase());
                    return id === match;
                };
            } else if (this.Type && predicate instanceof this.Type) {
                match = predicate;
                predicate = function (item) { return item === match; };
            }
            if (typeof predicate !== 'function') { return; }
            var kept = [];
            this.members.forEach(function (item, i, arr) {
                if (!predicate.call(context, item, i, arr)) { kept.push(item); }
            });
            this.members = kept;
            this._reindex();
        },
        clear: function () {
            this.members.length = 0;
            var ref = this.reference;
            Object.keys(ref).forEach(function (k) { delete ref[k]; });
        },
        populate: function (items) {
            var self = this, T = this.Type;
            isString(items) && T && typeof T.parse === 'function' && (items = T.parse(items));
            if (Array.isArray(items)) {
                items.forEach(function (it) { self.add(it); });
            } else if (isPlainObject(items) && T && T.create) {
                Object.keys(items).forEach(function (k) { self.add(items[k], k, items); });
            } else {
                self.add(items);
            }
        },
        repopulate: function (items) { this.clear(); this.populate(items); },
        assimilate: function (source, prune) {
            var members = source instanceof PropertyList ? source.members : source, list = this, keys = {};
            if (!Array.isArray(members)) { return; }
            members.forEach(function (item) {
                if (!(item && hasOwn(item, list._key))) { return; }
                list.upsert(item);
                keys[item[list._key]] = true;
            });
            if (prune) {
                Object.keys(list.reference).forEach(function (k) { !hasOwn(keys, k) && list.remove(k); });
            }
        },
        all: function () { return this.members.slice(); },
        one: function (id) {
            var val = this.reference[this._idx(id)];
            if (this._multi && Array.isArray(val)) { return val.length ? val[val.length - 1] : undefined; }
            return val;
        },
        get: function (key) {
            var m = this.one(key);
            if (!m) { return undefined; }
            return m.valueOf();
        },
        each: function (fn, context) {
            if (typeof fn !== 'function') { return; }
            var c = context || this.__parent;
            this.members.slice().every(function (m, i, a) { return fn.call(c, m, i, a) !== false; });
        },
        filter: function (rule, context) { return this.members.filter(matcher(rule), context); },
        find: function (rule, context) { return this.members.find(matcher(rule), context); },
        map: function (fn, context) { return this.members.map(matcher(fn), context || this); },
        reduce: function (fn, acc, context) { return this.members.reduce(fn.bind(context || this), acc); },
        count: function () { return this.members.length; },
        idx: function (i) { return this.members[i]; },
        indexOf: function (item) { return this.members.indexOf(isString(item) ? this.one(item) : item); },
        has: function (item, value) {
            var match = isString(item) ? this.reference[this._idx(item)] :
                this.members.filter(function (m) { return m === item; });
            if (!match) { return false; }
            if (arguments.length === 1) { return Boolean(Array.isArray(match) ? match.length : match); }
            if (this._multi && Array.isArray(match)) {
                for (var i = 0; i < match.length; i++) { if (match[i].valueOf() === value) { return true; } }
                return false;
            }
            typeof match.valueOf === 'function' && (match = match.valueOf());
            return match === value;
        },
        eachParent: function (fn, context) {
            var parent = this.__parent, prev;
            while (parent) { fn.call(context || this, parent, prev); prev = parent; parent = parentOf(parent); }
        },
        toObject: function (excludeDisabled, caseSensitive, multiValue, sanitizeKeys) {
            var obj = {}, key = this._key, sensitive = !this._ci || caseSensitive,
                multi = this._multi || multiValue;
            this.members.forEach(function (m) {
                if (!m || !hasOwn(m, key) || (excludeDisabled && m.disabled) || (sanitizeKeys && !m[key])) { return; }
                var prop = sensitive ? m[key] : String(m[key]).toLowerCase();
                if (multi && hasOwn(obj, prop)) {
                    !Array.isArray(obj[prop]) && (obj[prop] = [obj[prop]]);
                    obj[prop].push(m.valueOf());
                } else {
                    obj[prop] = m.valueOf();
                }
            });
            return obj;
        },
        toString: function () { return this.Type && this.Type.unparse ? this.Type.unparse(this.members) : E; },
        toJSON: function () {
            return this.members.map(function (m) { return m && typeof m.toJSON === 'function' ? m.toJSON() : m; });
        }
    };
    PropertyList.isPropertyList = function (o) { return o instanceof PropertyList; };
    if (typeof Symbol === 'function' && Symbol.iterator) {
        PropertyList.prototype[Symbol.iterator] = function () { return this.members.slice()[Symbol.iterator](); };
    }

    function matcher(rule) {
        if (typeof rule === 'function') { return rule; }
        if (rule && typeof rule === 'object') {
            return function (m) {
                return Object.keys(rule).every(function (k) { return m && m[k] === rule[k]; });
            };
        }
        if (isString(rule)) { return function (m) { return m && m[rule]; }; }
        return function () { return false; };
    }

    function plainJSON(obj) {
        var out = {};
        Object.keys(obj).forEach(function (k) {
            var v = obj[k];
            if (v === undefined || typeof v === 'function' || k.charAt(0) === '_') { return; }
            out[k] = v && typeof v.toJSON === 'function' ? v.toJSON() : v;
        });
        return out;
    }

    // ---------------------------------------------------------------- Header
    function Header(options, name) {
        if (isString(options)) {
            options = isString(name) ? { key: name, value: options } : Header.parseSingle(options);
        }
        options = options || {};
        this.key = isNil(options.key) ? E : options.key;
        this.value = isNil(options.value) ? E : options.value;
        hasOwn(options, 'disabled') && (this.disabled = options.disabled);
        hasOwn(options, 'system') && (this.system = options.system);
        hasOwn(options, 'type') && (this.type = options.type);
        hasOwn(options, 'description') && (this.description = options.description);
    }
    Header._indexKey = 'key';
    Header._caseInsensitive = true;
    Header._multiValue = true;
    Header.prototype = {
        constructor: Header,
        update: function (o) {
            if (!o) { return; }
            hasOwn(o, 'key') && (this.key = o.key);
            hasOwn(o, 'value') && (this.value = o.value);
            hasOwn(o, 'disabled') && (this.disabled = o.disabled);
        },
        valueOf: function () { return this.value; },
        toString: function () { return this.key + ': ' + this.value; },
        toJSON: function () { return plainJSON(this); }
    };
    Header.parse = function (str) {
        return String(str).split(/\r?\n/).map(function (l) { return l.trim(); }).filter(Boolean).map(Header.parseSingle);
    };
    Header.parseSingle = function (str) {
        if (!isString(str)) { return { key: E, value: E }; }
        var i = str.indexOf(':');
        if (i < 0) { return { key: str.trim(), value: E }; }
        return { key: str.slice(0, i).trim(), value: str.slice(i + 1).trim() };
    };
    Header.unparse = function (headers, sep) {
        if (isNil(sep)) { sep = '\r\n'; }
        var list = headers instanceof PropertyList ? headers.members : headers;
        return (list || []).reduce(function (acc, h) {
            return (h && !h.disabled) ? acc + Header.unparseSingle(h) + sep : acc;
        }, E);
    };
    Header.unparseSingle = function (h) { return h && h.key ? h.key + ': ' + h.value : E; };
    Header.create = function (value, name) { return new Header(value, name); };
    Header.isHeader = function (o) { return o instanceof Header; };

    function HeaderList(parent, headers) { PropertyList.call(this, Header, parent, headers); }
    HeaderList.prototype = Object.create(PropertyList.prototype);
    HeaderList.prototype.constructor = HeaderList;
    HeaderList.prototype.contentSize = function () { return this.count() ? Header.unparse(this).length : 0; };

    // ---------------------------------------------------------------- QueryParam
    function QueryParam(options) {
        if (isString(options)) { options = QueryParam.parseSingle(options); }
        options = options || {};
        this.key = isNil(options.key) ? null : String(options.key);
        this.value = isNil(options.value) ? null : String(options.value);
        hasOwn(options, 'disabled') && (this.disabled = options.disabled);
        hasOwn(options, 'description') && (this.description = options.description);
    }
    QueryParam._indexKey = 'key';
    QueryParam.prototype = {
        constructor: QueryParam,
        update: function (o) {
            if (isString(o)) { o = QueryParam.parseSingle(o); }
            if (!o) { return; }
            this.key = isNil(o.key) ? null : String(o.key);
            this.value = isNil(o.value) ? null : String(o.value);
            hasOwn(o, 'disabled') && (this.disabled = o.disabled);
        },
        valueOf: function () { return this.value; },
        toString: function () { return QueryParam.unparseSingle(this); },
        toJSON: function () { return plainJSON(this); }
    };
    QueryParam.parse = function (str) {
        if (!isString(str)) { return []; }
        str = str.replace(/^\?/, E);
        return str ? str.split('&').map(QueryParam.parseSingle) : [];
    };
    QueryParam.parseSingle = function (param) {
        var i = param.indexOf('=');
        if (i < 0) { return { key: param, value: null }; }
        return { key: param.slice(0, i), value: param.slice(i + 1) };
    };
    QueryParam.unparseSingle = function (p) {
        if (!p) { return E; }
        var s = isNil(p.key) ? E : String(p.key);
        isNil(p.value) || (s += '=' + p.value);
        return s;
    };
    QueryParam.unparse = function (params) {
        var list = params instanceof PropertyList ? params.members : (params || []);
        return list.filter(function (p) { return p && !p.disabled; }).map(QueryParam.unparseSingle).join('&');
    };

    // ---------------------------------------------------------------- Variable (for url.variables)
    function Variable(options) {
        options = options || {};
        this.key = options.key || options.id;
        this.value = options.value;
        hasOwn(options, 'type') && (this.type = options.type);
        hasOwn(options, 'disabled') && (this.disabled = options.disabled);
        hasOwn(options, 'description') && (this.description = options.description);
    }
    Variable._indexKey = 'key';
    Variable.prototype = {
        constructor: Variable,
        update: function (o) { hasOwn(o, 'value') && (this.value = o.value); hasOwn(o, 'type') && (this.type = o.type); },
        valueOf: function () { return this.value; },
        get: function () { return this.value; },
        set: function (v) { this.value = v; },
        toString: function () { return isNil(this.value) ? E : String(this.value); },
        toJSON: function () { return plainJSON(this); }
    };

    // ---------------------------------------------------------------- Url
    function parseUrl(raw) {
        var url = { raw: raw }, rest = String(raw).trim(), i;
        i = rest.indexOf('#');
        if (i > -1) { url.hash = rest.slice(i + 1); rest = rest.slice(0, i); }
        i = rest.indexOf('?');
        if (i > -1) { url.query = rest.slice(i + 1).split('&').filter(function (s, n, a) { return s !== E || a.length === 1; }); rest = rest.slice(0, i); }
        var m = /^([^:\/?#{}]+):\/\//.exec(rest);
        if (m) { url.protocol = m[1]; rest = rest.slice(m[0].length); }
        var slash = rest.search(/\/(?![^{]*\}\})/);
        var authority = slash > -1 ? rest.slice(0, slash) : rest;
        var path = slash > -1 ? rest.slice(slash) : E;
        i = authority.lastIndexOf('@');
        if (i > -1) {
            var cred = authority.slice(0, i), c = cred.indexOf(':');
            url.auth = c > -1 ? [cred.slice(0, c), cred.slice(c + 1)] : [cred];
            authority = authority.slice(i + 1);
        }
        m = /^(.*?):(\d+|\{\{[^}]*\}\})$/.exec(authority);
        if (m) { authority = m[1]; url.port = m[2]; }
        url.host = authority ? authority.split(/\.(?![^{]*\}{2})/g) : undefined;
        if (path) {
            url.path = path.replace(/^\//, E).split('/');
        }
        return url;
    }

    function Url(options) { this.update(options); }
    Url.prototype = {
        constructor: Url,
        update: function (url) {
            !url && (url = E);
            var p = isString(url) ? Url.parse(url) : url;
            if (!isString(url) && isNil(p.host) && isNil(p.path) && isString(p.raw)) {
                var parsed = Url.parse(p.raw);
                parsed.variable = p.variable || parsed.variable;
                p = parsed;
            }
            var query = p.query, path = p.path, host = p.host, variable = p.variable;
            if (query) {
                isString(query) && (query = QueryParam.parse(query));
                if (!Array.isArray(query) && typeof query === 'object') {
                    query = Object.keys(query).map(function (k) { return { key: k, value: query[k] }; });
                }
            }
            if (isString(path)) {
                path && (path = path.replace(/^\/((.+))$/, '$1'));
                path = path ? (path === '/' ? [E] : path.split('/')) : undefined;
            }
            isString(host) && (host = host.split(/\.(?![^{]*\}{2})/g));
            if (Array.isArray(variable)) {
                variable = variable.map(function (v) { v && typeof v === 'object' && (v.key = v.key || v.id); return v; });
            }
            this.auth = p.auth;
            this.protocol = p.protocol;
            this.port = p.port;
            this.path = path;
            this.hash = p.hash;
            this.host = host;
            this.query = new PropertyList(QueryParam, this, query || []);
            this.variables = new PropertyList(Variable, this, variable || []);
        },
        addQueryParams: function (params) {
            params = isString(params) ? QueryParam.parse(params) : params;
            this.query.populate(params);
        },
        removeQueryParams: function (params) {
            params = Array.isArray(params) ? params.map(function (p) { return p && p.key ? p.key : p; }) : [params];
            this.query.remove(function (p) { return params.indexOf(p.key) > -1; });
        },
        getRaw: function () { throw new Error('`Url#getRaw` has been discontinued, use `Url#toString` instead.'); },
        toString: function (forceProtocol) {
            var raw = E, protocol = this.protocol, auth, qs;
            forceProtocol && !protocol && (protocol = 'http://');
            protocol && (raw += /:\/\/$/.test(protocol) ? protocol : protocol + '://');
            if (this.auth) {
                isString(this.auth.user) && (auth = this.auth.user);
                if (isString(this.auth.password)) { !auth && (auth = E); auth += ':' + this.auth.password; }
                isString(auth) && (raw += auth + '@');
            }
            this.host && (raw += this.getHost());
            if (!isNil(this.port) && typeof this.port.toString === 'function') { raw += ':' + this.port.toString(); }
            this.path && (raw += this.getPath());
            if (this.query && this.query.count()) {
                qs = this.getQueryString();
                if (qs === E) { qs = this.query.find(function (q) { return !(q && q.disabled); }) ? E : undefined; }
                isString(qs) && (raw += '?' + qs);
            }
            isString(this.hash) && (raw += '#' + this.hash);
            return raw;
        },
        getPath: function (unresolved) {
            var self = this, path = this.path || [];
            if (unresolved) { return '/' + path.join('/'); }
            return '/' + path.map(function (seg) {
                seg = String(seg);
                if (seg.charAt(0) !== ':') { return seg; }
                var sep = seg.indexOf('.'), key = seg.slice(1, sep === -1 ? undefined : sep);
                var val = key && self.variables.get(key);
                return (val && isString(val)) ? val + seg.slice(key.length + 1) : seg;
            }).join('/');
        },
        getQueryString: function () { return this.query.count() ? QueryParam.unparse(this.query.all()) : E; },
        getPathWithQuery: function () {
            var path = this.getPath(), qs = this.getQueryString();
            return qs ? path + '?' + qs : path;
        },
        getHost: function () {
            if (!this.host) { return E; }
            return Array.isArray(this.host) ? this.host.join('.') : this.host.toString();
        },
        getRemote: function (forcePort) {
            var host = this.getHost(), port = this.port && this.port.toString();
            forcePort && !port && (port = this.protocol === 'https' ? '443' : '80');
            return port ? host + ':' + port : host;
        },
        toJSON: function () {
            var out = { raw: this.toString() };
            isNil(this.protocol) || (out.protocol = this.protocol);
            isNil(this.auth) || (out.auth = this.auth);
            isNil(this.host) || (out.host = Array.isArray(this.host) ? this.host.slice() : [String(this.host)]);
            isNil(this.port) || (out.port = String(this.port));
            isNil(this.path) || (out.path = Array.isArray(this.path) ? this.path.slice() : String(this.path).split('/'));
            this.query.count() && (out.query = this.query.toJSON());
            isNil(this.hash) || (out.hash = this.hash);
            this.variables.count() && (out.variable = this.variables.toJSON());
            return out;
        }
    };
    Url.parse = function (raw) {
        var url = parseUrl(raw), seen = {}, vars = [];
        url.auth && (url.auth = { user: url.auth[0], password: url.auth[1] });
        url.query && (url.query = url.query.map(QueryParam.parseSingle));
        (url.path || []).forEach(function (seg) {
            if (seg.charAt(0) === ':') {
                var sep = seg.indexOf('.'), key = seg.slice(1, sep === -1 ? undefined : sep);
                if (key && !seen[key]) { seen[key] = true; vars.push({ key: key }); }
            }
        });
        url.variable = vars.length ? vars : undefined;
        return url;
    };
    Url.isUrl = function (o) { return o instanceof Url; };

    // ---------------------------------------------------------------- RequestBody
    function Param(options) {
        options = options || {};
        var self = this;
        Object.keys(options).forEach(function (k) { self[k] = options[k]; });
    }
    Param._indexKey = 'key';
    Param.prototype = {
        constructor: Param,
        update: function (o) { var self = this; o && Object.keys(o).forEach(function (k) { self[k] = o[k]; }); },
        valueOf: function () { return this.value; },
        toJSON: function () { return plainJSON(this); }
    };

    function RequestBody(options) { this.update(options || {}); }
    RequestBody.prototype = {
        constructor: RequestBody,
        update: function (options) {
            isString(options) && (options = { mode: 'raw', raw: options });
            if (!options || !options.mode) { return; }
            var mode = options.mode, self = this;
            ['raw', 'urlencoded', 'formdata', 'file', 'graphql'].forEach(function (m) { delete self[m]; });
            this.mode = mode;
            if (mode === 'urlencoded' || mode === 'formdata') {
                var v = options[mode];
                isString(v) && mode === 'urlencoded' && (v = QueryParam.parse(v));
                this[mode] = new PropertyList(Param, this, v || []);
            } else if (mode === 'raw') {
                this.raw = isNil(options.raw) ? E : options.raw;
            } else if (hasOwn(options, mode)) {
                this[mode] = options[mode];
            }
            hasOwn(options, 'options') && (this.options = options.options);
            hasOwn(options, 'disabled') && (this.disabled = options.disabled);
        },
        toString: function () {
            if (this.mode === 'raw') { return isNil(this.raw) ? E : String(this.raw); }
            if (this.mode === 'urlencoded' && this.urlencoded) { return QueryParam.unparse(this.urlencoded.members); }
            if (this.mode === 'graphql' && this.graphql) { return JSON.stringify(this.graphql); }
            return E;
        },
        isEmpty: function () {
            var d = this.mode && this[this.mode];
            if (!d) { return true; }
            if (d instanceof PropertyList) { return d.count() === 0; }
            if (this.mode === 'file') { return !(d.src || d.content); }
            return isString(d) ? d.length === 0 : false;
        },
        toJSON: function () { return plainJSON(this); }
    };

    // ---------------------------------------------------------------- RequestAuth
    function RequestAuth(options) { this.update(options); }
    RequestAuth.prototype = {
        constructor: RequestAuth,
        update: function (options, type) {
            if (!options) { return; }
            isString(type) || (type = options.type);
            var self = this;
            if (type && !hasOwn(options, type) && Array.isArray(options) === false && isString(options.type) === false) {
                this[type] = new PropertyList(Variable, this, toParams(options));
                return;
            }
            isNil(options.type) || (this.type = options.type);
            Object.keys(options).forEach(function (k) {
                if (k === 'type') { return; }
                self[k] = new PropertyList(Variable, self, toParams(options[k]));
            });
        },
        use: function (type, options) {
            if (!type) { return; }
            this.type = type;
            options && (this[type] = new PropertyList(Variable, this, toParams(options)));
            this[type] || (this[type] = new PropertyList(Variable, this, []));
        },
        current: function () { return this.type ? this[this.type] : undefined; },
        parameters: function () { return this.type ? this[this.type] : undefined; },
        clear: function (type) { type && type !== 'type' && delete this[type]; },
        toJSON: function () { return plainJSON(this); }
    };
    function toParams(v) {
        if (Array.isArray(v)) { return v; }
        if (v instanceof PropertyList) { return v.members; }
        if (v && typeof v === 'object') {
            return Object.keys(v).map(function (k) { return { key: k, value: v[k] }; });
        }
        return [];
    }

    // ---------------------------------------------------------------- Request
    function Request(options) {
        isString(options) && (options = { url: options });
        this.url = new Url();
        this.headers = new HeaderList(this, options && options.header);
        this.method = options && hasOwn(options, 'method') && !isNil(options.method) ?
            String(options.method).toUpperCase() : 'GET';
        this.update(options);
    }
    Request.prototype = {
        constructor: Request,
        update: function (options) {
            if (!options) { return; }
            hasOwn(options, 'url') && this.url.update(options.url);
            options.header && this.headers.repopulate(options.header);
            hasOwn(options, 'method') && (this.method = isNil(options.method) ? 'GET' : String(options.method).toUpperCase());
            hasOwn(options, 'body') && !isNil(options.body) && (this.body = new RequestBody(options.body));
            options.auth && (this.auth = new RequestAuth(options.auth));
            isNil(options.description) || (this.description = options.description);
            isNil(options.id) || (this.id = options.id);
            isNil(options.name) || (this.name = options.name);
            options.proxy && (this.proxy = options.proxy);
            options.certificate && (this.certificate = options.certificate);
        },
        authorizeUsing: function (type, options) {
            if (type && typeof type === 'object' && isNil(options)) {
                options = Object.assign({}, type); delete options.type; type = type.type;
            }
            if (type === null) { delete this.auth; return; }
            if (!isString(type)) { return; }
            this.auth ? this.auth.clear(type) : (this.auth = new RequestAuth(null));
            this.auth.use(type, options);
        },
        getHeaders: function (o) {
            o = o || {};
            return this.headers.toObject(o.enabled, !o.ignoreCase, o.multiValue, o.sanitizeKeys);
        },
        forEachHeader: function (fn) { var self = this; this.headers.all().forEach(function (h) { fn(h, self); }); },
        addHeader: function (h) { this.headers.add(h); },
        removeHeader: function (toRemove, options) {
            toRemove = isString(toRemove) ? toRemove : toRemove && toRemove.key;
            options = options || {};
            if (!toRemove) { return; }
            options.ignoreCase && (toRemove = toRemove.toLowerCase());
            this.headers.remove(function (h) {
                var key = options.ignoreCase ? String(h.key).toLowerCase() : h.key;
                return key === toRemove;
            });
        },
        upsertHeader: function (h) {
            if (!(h && h.key)) { return; }
            var existing = this.headers.find({ key: h.key });
            if (!existing) { return this.headers.add(h); }
            existing.value = h.value;
        },
        addQueryParams: function (p) { this.url.addQueryParams(p); },
        removeQueryParams: function (p) { this.url.removeQueryParams(p); },
        clone: function () { return new Request(this.toJSON()); },
        toJSON: function () {
            var out = {};
            isNil(this.id) || (out.id = this.id);
            isNil(this.name) || (out.name = this.name);
            out.url = this.url && typeof this.url.toJSON === 'function' ? this.url.toJSON() :
                (isNil(this.url) ? E : String(this.url));
            out.method = this.method;
            out.header = this.headers && typeof this.headers.toJSON === 'function' ? this.headers.toJSON() : this.headers;
            this.body && (out.body = typeof this.body.toJSON === 'function' ? this.body.toJSON() : this.body);
            this.auth && (out.auth = typeof this.auth.toJSON === 'function' ? this.auth.toJSON() : this.auth);
            isNil(this.description) || (out.description = this.description);
            this.proxy && (out.proxy = this.proxy);
            this.certificate && (out.certificate = this.certificate);
            return out;
        }
    };
    Request.isRequest = function (o) { return o instanceof Request; };

    // ---------------------------------------------------------------- Cookie
    function Cookie(options) {
        options = options || {};
        var self = this;
        ['domain', 'expires', 'hostOnly', 'httpOnly', 'name', 'path', 'secure', 'session', 'value', 'maxAge', 'extensions']
            .forEach(function (k) { hasOwn(options, k) && !isNil(options[k]) && (self[k] = options[k]); });
        isNil(options.key) || isNil(this.name) && (this.name = options.key);
    }
    Cookie._indexKey = 'name';
    Cookie.prototype = {
        constructor: Cookie,
        update: function (o) { var self = this; o && Object.keys(o).forEach(function (k) { self[k] = o[k]; }); },
        valueOf: function () { return this.value; },
        toString: function () { return this.name + '=' + this.value; },
        toJSON: function () { return plainJSON(this); }
    };

    // ---------------------------------------------------------------- Response
    // http status reason phrases (RFC 9110 and common extensions)
    var REASONS = {
        100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints', 200: 'OK', 201: 'Created',
        202: 'Accepted', 203: 'Non-Authoritative Information', 204: 'No Content', 205: 'Reset Content',
        206: 'Partial Content', 207: 'Multi-Status', 208: 'Already Reported', 226: 'IM Used',
        300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified',
        305: 'Use Proxy', 307: 'Temporary Redirect', 308: 'Permanent Redirect', 400: 'Bad Request',
        401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found',
        405: 'Method Not Allowed', 406: 'Not Acceptable', 407: 'Proxy Authentication Required',
        408: 'Request Timeout', 409: 'Conflict', 410: 'Gone', 411: 'Length Required', 412: 'Precondition Failed',
        413: 'Payload Too Large', 414: 'URI Too Long', 415: 'Unsupported Media Type',
        416: 'Range Not Satisfiable', 417: 'Expectation Failed', 418: 'I\'m a teapot',
        421: 'Misdirected Request', 422: 'Unprocessable Entity', 423: 'Locked', 424: 'Failed Dependency',
        425: 'Too Early', 426: 'Upgrade Required', 428: 'Precondition Required', 429: 'Too Many Requests',
        431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
        500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable',
        504: 'Gateway Timeout', 505: 'HTTP Version Not Supported', 506: 'Variant Also Negotiates',
        507: 'Insufficient Storage', 508: 'Loop Detected', 510: 'Not Extended',
        511: 'Network Authentication Required'
    };
    function reasonFor(code) { return REASONS[code] || 'Unknown'; }

    function Response(options) {
        options = options || {};
        this.id = options.id;
        this.status = options.status || options.reason || (isNil(options.code) ? undefined : reasonFor(options.code));
        this.code = options.code;
        this.headers = new HeaderList(this, options.header);
        this.cookies = new PropertyList(Cookie, this, options.cookie || []);
        this.responseTime = options.responseTime;
        this.responseSize = options.responseSize;
        hidden(this, '_text', options.body);
        this._bodySize = options.bodySize;
    }
    Response.prototype = {
        constructor: Response,
        reason: function () { return this.status || reasonFor(this.code); },
        details: function () {
            var name = reasonFor(this.code);
            return { name: name, detail: name, code: this.code, standardName: name };
        },
        text: function () { return this._text; },
        json: function (reviver) { return parseJSON(this.text(), reviver); },
        jsonp: function (reviver) {
            var t = this.text() || E;
            return parseJSON(t.replace(/^[^{(].*\(/, E).replace(/\)[^}].*$|\)$/, E), reviver);
        },
        contentInfo: function () {
            var ct = this.headers.get('Content-Type'), info = {};
            if (!ct) { return info; }
            ct = String(ct);
            var parts = ct.split(';'), mime = parts[0].trim().toLowerCase(), m = /charset=([^;]+)/i.exec(ct);
            info.contentType = ct;
            info.mimeType = /json|javascript|xml|html|text/.test(mime) ? 'text' : mime.split('/')[0];
            info.mimeFormat = /json/.test(mime) ? 'json' : /xml/.test(mime) ? 'xml' : /html/.test(mime) ? 'html' :
                /javascript/.test(mime) ? 'script' : mime.split('/')[1] || E;
            info.charset = m ? m[1].trim().toLowerCase() : 'utf8';
            info.fileExtension = info.mimeFormat;
            info.fileName = 'response.' + info.mimeFormat;
            return info;
        },
        size: function () {
            var enc = this.headers.get('Content-Encoding'), len = this.headers.get('Content-Length'),
                info = { body: 0, header: 0, total: 0 }, compressed = false;
            if (isString(enc)) { enc = enc.toLowerCase(); compressed = enc.indexOf('gzip') > -1 || enc.indexOf('deflate') > -1; }
            if (len && compressed && /^\d+$/.test(String(len))) {
                info.body = parseInt(len, 10);
            } else if (typeof this._bodySize === 'number') {
                info.body = this._bodySize;
            } else if (!isNil(this._text)) {
                info.body = utf8Length(String(this._text));
            }
            info.header = ('HTTP/X.X ' + this.code + ' ' + this.reason() + '\r\n\r\n').length + this.headers.contentSize();
            info.total = (info.body || 0) + info.header;
            return info;
        },
        encoding: function () {
            var enc = this.headers.get('Content-Encoding');
            return { format: enc, source: enc ? 'header' : undefined };
        },
        dataURI: function () {
            var ct = this.contentInfo().contentType;
            if (!ct) { return E; }
            var b = typeof globalThis.btoa === 'function' ? globalThis.btoa(unescape(encodeURIComponent(this._text || E))) : E;
            return 'data:' + ct + ';base64, ' + b;
        },
        toJSON: function () {
            var out = plainJSON(this);
            out.header = this.headers.toJSON();
            delete out.headers;
            out.cookie = this.cookies.toJSON();
            delete out.cookies;
            out.body = this._text;
            return out;
        }
    };
    Response.isResponse = function (o) { return o instanceof Response; };
    // The raw body as a Buffer, like the runtime's `stream` (built on first use).
    Object.defineProperty(Response.prototype, 'stream', {
        get: function () {
            var B = globalThis.Buffer;
            if (this._stream === undefined) {
                hidden(this, '_stream', isNil(this._text) || !B ? undefined : B.from(String(this._text)));
            }
            return this._stream;
        },
        enumerable: false,
        configurable: true
    });
    // Marker the response assertions plugin looks for.
    Object.defineProperty(Response.prototype, '__cogmanResponse', { value: true, enumerable: false });

    function utf8Length(s) {
        var n = 0;
        for (var i = 0; i < s.length; i++) {
            var c = s.charCodeAt(i);
            if (c < 0x80) { n += 1; } else if (c < 0x800) { n += 2; } else if (c >= 0xd800 && c <= 0xdbff) { n += 4; i++; } else { n += 3; }
        }
        return n;
    }

    // liquid-json's parse: BOM stripped, and on failure a `JSONError` with the verbose
    // parser's message (`Unexpected token '<' at 1:1` plus the source line and a caret).
    var jsonErrorText = null;
    function parseJSON(text, reviver) {
        var src = text;
        if (isString(src) && (src.charCodeAt(0) === 0xfeff || src.charCodeAt(0) === 0xbbbf)) { src = src.slice(1); }
        try {
            return jsonParse(src, reviver);
        } catch (e) {
            var err = e;
            if (jsonErrorText) {
                // Non-strings are parsed as their string form (`[object Object]`).
                var text;
                try { text = src === undefined ? undefined : String(src); } catch (x) { text = undefined; }
                err = new SyntaxError(jsonErrorText(text));
            }
            err.name = 'JSONError';
            throw err;
        }
    }

    // Scripts' JSON.parse is liquid-json's in Postman too: BOM stripped, `JSONError` with the
    // position and a code frame (`Unexpected token 'n' at 1:2`), three parameters.
    Object.defineProperty(JSON, 'parse', {
        value: function parse(text, reviver, options) { return parseJSON(text, reviver); },
        writable: true, enumerable: false, configurable: true
    });

    return {
        PropertyList: PropertyList,
        HeaderList: HeaderList,
        Header: Header,
        QueryParam: QueryParam,
        Variable: Variable,
        VariableList: function (parent, values) { return new PropertyList(Variable, parent, values); },
        Url: Url,
        RequestBody: RequestBody,
        RequestAuth: RequestAuth,
        Request: Request,
        Response: Response,
        Cookie: Cookie,
        CookieList: function (parent, cookies) { return new PropertyList(Cookie, parent, cookies); },
        reasonFor: reasonFor,
        parseJSON: parseJSON,
        setJsonErrorText: function (fn) { jsonErrorText = fn; },
        isPlainObject: isPlainObject,
        hidden: hidden
    };
}());
