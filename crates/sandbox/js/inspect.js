// Node.js-compatible util.format / util.inspect (no colours), used for console output.
// Layout rules follow Node's defaults: depth 2, breakLength 80, compact 3, arrays of more than
// six items grouped, strings single-quoted inside structures.

var nodeUtil = (function () {
    'use strict';

    var BREAK = 80;

    function quote(s) {
        var q = "'";
        if (s.indexOf("'") > -1) {
            if (s.indexOf('"') === -1) { q = '"'; } else if (s.indexOf('`') === -1 && s.indexOf('${') === -1) { q = '`'; }
        }
        var out = '';
        for (var i = 0; i < s.length; i++) {
            var c = s.charAt(i), code = s.charCodeAt(i);
            if (c === q || c === '\\') { out += '\\' + c; }
            else if (c === '\n') { out += '\\n'; }
            else if (c === '\t') { out += '\\t'; }
            else if (c === '\r') { out += '\\r'; }
            else if (c === '\b') { out += '\\b'; }
            else if (c === '\f') { out += '\\f'; }
            else if (c === '\v') { out += '\\v'; }
            else if (code < 0x20 || code === 0x7f) { out += '\\x' + (code < 16 ? '0' : '') + code.toString(16).toUpperCase(); }
            else { out += c; }
        }
        return q + out + q;
    }

    function keyName(k) {
        if (typeof k === 'symbol') { return '[' + k.toString() + ']'; }
        return /^[a-zA-Z_][a-zA-Z_0-9]*$/.test(k) ? k : quote(k);
    }

    function fnName(v) {
        var base = v.constructor && v.constructor.name === 'AsyncFunction' ? 'AsyncFunction' :
            (/^class\s/.test(Function.prototype.toString.call(v)) ? 'class' : 'Function');
        if (base === 'class') { return '[class ' + (v.name || '(anonymous)') + ']'; }
        return v.name ? '[' + base + ': ' + v.name + ']' : '[' + base + ' (anonymous)]';
    }

    function primitive(v, top) {
        switch (typeof v) {
            case 'string': return top ? v : quote(v);
            case 'number': return (v === 0 && 1 / v < 0) ? '-0' : String(v);
            case 'bigint': return String(v) + 'n';
            case 'boolean': return String(v);
            case 'undefined': return 'undefined';
            case 'symbol': return v.toString();
        }
        return v === null ? 'null' : undefined;
    }

    function isBelow(ctx, output, start, base) {
        var total = output.length + start;
        if (total + output.length > BREAK) { return false; }
        for (var i = 0; i < output.length; i++) {
            total += output[i].length;
            if (total > BREAK) { return false; }
        }
        return base === '' || base.indexOf('\n') === -1;
    }

    function groupArray(ctx, output, value, hasMore) {
        var totalLength = 0, maxLength = 0, i = 0, outputLength = output.length;
        if (hasMore) { outputLength--; } // the "... more items" entry
        var separatorSpace = 2, dataLen = new Array(outputLength);
        for (; i < outputLength; i++) {
            var len = output[i].length;
            dataLen[i] = len;
            totalLength += len + separatorSpace;
            if (maxLength < len) { maxLength = len; }
        }
        var actualMax = maxLength + separatorSpace;
        if (actualMax * 3 + ctx.indent < BREAK &&
            (totalLength / actualMax > 5 || maxLength <= 6)) {
            var approxCharHeights = 2.5, averageBias = Math.sqrt(actualMax - totalLength / output.length),
                biasedMax = Math.max(actualMax - 3 - averageBias, 1);
            var columns = Math.min(
                Math.round(Math.sqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
                Math.floor((BREAK - ctx.indent) / actualMax),
                3 * 4, // compact * 4
                15
            );
            if (columns <= 1) { return output; }
            var tmp = [], maxLineLength = [];
            for (i = 0; i < columns; i++) {
                var lineLength = 0;
                for (var j = i; j < output.length; j += columns) {
                    if (dataLen[j] > lineLength) { lineLength = dataLen[j]; }
                }
                maxLineLength.push(lineLength + separatorSpace);
            }
            var numeric = value && value.every && value.every(function (x) { return typeof x === 'number' || typeof x === 'bigint'; });
            for (i = 0; i < outputLength; i += columns) {
                var max = Math.min(i + columns, outputLength), str = '', k = i;
                for (; k < max - 1; k++) {
                    var padding = maxLineLength[k - i] + output[k].length - dataLen[k];
                    str += numeric ? padStart(output[k] + ', ', padding) : padEnd(output[k] + ', ', padding);
                }
                if (numeric) {
                    str += padStart(output[k], maxLineLength[k - i] - separatorSpace);
                } else {
                    str += output[k];
                }
                tmp.push(str);
            }
            if (outputLength < output.length) { tmp.push(output[outputLength]); }
            output = tmp;
        }
        return output;
    }
    function padStart(s, n) { while (s.length < n) { s = ' ' + s; } return s; }
    function padEnd(s, n) { while (s.length < n) { s += ' '; } return s; }

    function reduce(ctx, output, base, braces, isArrayType, recurseTimes, value, hasMore) {
        var entries = output.length;
        if (isArrayType && entries > 6) { output = groupArray(ctx, output, value, hasMore); }
        if (ctx.currentDepth - recurseTimes < 3 && entries === output.length) {
            var start = output.length + ctx.indent + braces[0].length + base.length + 10;
            if (isBelow(ctx, output, start, base)) {
                var joined = output.join(', ');
                if (joined.indexOf('\n') === -1) {
                    return (base ? base + ' ' : '') + braces[0] + ' ' + joined + ' ' + braces[1];
                }
            }
        }
        var ind = '\n' + new Array(ctx.indent + 1).join(' ');
        return (base ? base + ' ' : '') + braces[0] + ind + '  ' + output.join(',' + ind + '  ') + ind + braces[1];
    }

    function ctorName(v) {
        var proto = Object.getPrototypeOf(v);
        if (proto === null) { return null; }
        var c = proto.constructor;
        return c && typeof c.name === 'string' ? c.name : '';
    }

    // QuickJS wording -> V8 wording for the common runtime errors (the Rust side does the same
    // for reported errors).
    function v8Message(name, msg) {
        var m;
        if (name === 'TypeError') {
            if ((m = /^cannot read property (.*) of (undefined|null)$/.exec(msg))) {
                return 'Cannot read properties of ' + m[2] + ' (reading ' + m[1] + ')';
            }
            if ((m = /^cannot set property (.*) of (undefined|null)$/.exec(msg))) {
                return 'Cannot set properties of ' + m[2] + ' (setting ' + m[1] + ')';
            }
        }
        return msg;
    }

    var scriptHeadLength = 0;

    // Script frames only, with line-1 columns shifted back over the wrapper head.
    function cleanStack(stack) {
        return stack.split('\n').filter(function (l) {
            return l && l.indexOf('cogman-prelude.js') === -1 && l.indexOf('cogman:libs/') === -1 &&
                l.indexOf('(native)') === -1;
        }).map(function (l) {
            return l.replace(/:1:(\d+)(\)?)$/, function (all, col, paren) {
                return ':1:' + Math.max(1, Number(col) - scriptHeadLength) + (paren || '');
            });
        }).filter(function (l) { return /^\s+at /.test(l); }).join('\n');
    }

    function formatError(e) {
        var name = String(e.name || 'Error'), msg = e.message === undefined ? '' : v8Message(name, String(e.message));
        var head = name + (msg ? ': ' + msg : '');
        var frames = typeof e.stack === 'string' ? cleanStack(e.stack) : '';
        return frames ? head + '\n' + frames : head;
    }

    var CUSTOM = typeof Symbol === 'function' ? Symbol.for('nodejs.util.inspect.custom') : null;

    function formatValue(ctx, v, recurseTimes, top) {
        var p = primitive(v, top);
        if (p !== undefined) { return p; }
        if (CUSTOM && typeof v[CUSTOM] === 'function') {
            var custom = v[CUSTOM](ctx.depth - recurseTimes, { depth: ctx.depth }, inspect);
            if (custom !== v) { return typeof custom === 'string' ? custom : formatValue(ctx, custom, recurseTimes); }
        }
        var B = globalThis.Buffer;
        if (B && typeof B.isBuffer === 'function' && B.isBuffer(v)) {
            var hex = [];
            for (var bi = 0; bi < Math.min(v.length, 50); bi++) { hex.push((v[bi] < 16 ? '0' : '') + v[bi].toString(16)); }
            return '<Buffer' + (hex.length ? ' ' + hex.join(' ') : '') + (v.length > 50 ? ' ... ' + (v.length - 50) + ' more bytes' : '') + '>';
        }
        if (typeof v === 'function' && !Object.keys(v).length) { return fnName(v); }
        if (ctx.seen.indexOf(v) > -1) { return '[Circular *1]'; }
        return formatRaw(ctx, v, recurseTimes);
    }

    function formatRaw(ctx, v, recurseTimes) {
        var keys = Object.keys(v), braces, base = '', isArr = false, output = [], name = ctorName(v), i;
        var prefix = function (fallback, size) {
            if (name === null) { return '[' + fallback + ': null prototype] '; }
            return (name && name !== fallback) ? name + ' ' : (size || '');
        };
        if (Array.isArray(v)) {
            isArr = true;
            keys = keys.filter(function (k) { return !/^(0|[1-9][0-9]*)$/.test(k); });
            braces = [(name === 'Array' ? '' : prefix('Array', '')) + '[', ']'];
            if (v.length === 0 && keys.length === 0) { return braces[0] + ']'; }
        } else if (v instanceof Map) {
            braces = ['Map(' + v.size + ') {', '}'];
            if (v.size === 0 && !keys.length) { return braces[0] + '}'; }
        } else if (v instanceof Set) {
            braces = ['Set(' + v.size + ') {', '}'];
            if (v.size === 0 && !keys.length) { return braces[0] + '}'; }
        } else if (typeof v === 'function') {
            base = fnName(v);
            braces = ['{', '}'];
        } else if (v instanceof RegExp) {
            base = RegExp.prototype.toString.call(v);
            if (!keys.length) { return base; }
            braces = ['{', '}'];
        } else if (v instanceof Date) {
            base = isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString();
            if (!keys.length) { return base; }
            braces = ['{', '}'];
        } else if (v instanceof Error) {
            base = formatError(v);
            keys = keys.filter(function (k) { return k !== 'stack' && k !== 'message'; });
            if (!keys.length) { return base; }
            braces = ['{', '}'];
        } else if (typeof Promise === 'function' && v instanceof Promise) {
            braces = ['Promise {', '}'];
            output.push('<pending>');
        } else if (typeof ArrayBuffer === 'function' && ArrayBuffer.isView && ArrayBuffer.isView(v) && !(v instanceof DataView)) {
            isArr = true;
            braces = [(name || 'TypedArray') + '(' + v.length + ') [', ']'];
            if (v.length === 0 && !keys.length) { return braces[0] + ']'; }
            keys = keys.filter(function (k) { return !/^(0|[1-9][0-9]*)$/.test(k); });
        } else if (v instanceof Number || v instanceof String || v instanceof Boolean) {
            var kind = v instanceof Number ? 'Number' : v instanceof String ? 'String' : 'Boolean';
            base = '[' + kind + ': ' + primitive(v.valueOf(), false) + ']';
            if (kind === 'String') { keys = keys.filter(function (k) { return !/^(0|[1-9][0-9]*)$/.test(k); }); }
            if (!keys.length) { return base; }
            braces = ['{', '}'];
        } else {
            braces = [prefix('Object', '') + '{', '}'];
            if (name === 'Object' || name === null) {
                if (!keys.length) { return braces[0] + '}'; }
            } else if (!keys.length) {
                return braces[0] + '}';
            }
        }

        if (recurseTimes > ctx.depth) {
            if (isArr) { return '[Array]'; }
            return '[' + (name || 'Object') + ']';
        }

        var hasMore = false;
        recurseTimes++;
        ctx.seen.push(v);
        ctx.currentDepth = recurseTimes;
        ctx.indent += 2;
        if (isArr) {
            var len = v.length, limit = Math.min(len, 100), holes = 0;
            for (i = 0; i < limit; i++) {
                if (!Object.prototype.hasOwnProperty.call(v, i)) { holes++; continue; }
                if (holes) { output.push('<' + holes + ' empty item' + (holes > 1 ? 's' : '') + '>'); holes = 0; }
                output.push(formatValue(ctx, v[i], recurseTimes));
            }
            if (holes) { output.push('<' + holes + ' empty item' + (holes > 1 ? 's' : '') + '>'); }
            if (len > limit) { output.push('... ' + (len - limit) + ' more item' + (len - limit > 1 ? 's' : '')); hasMore = true; }
        } else if (v instanceof Map) {
            v.forEach(function (val, k) {
                output.push(formatValue(ctx, k, recurseTimes) + ' => ' + formatValue(ctx, val, recurseTimes));
            });
        } else if (v instanceof Set) {
            v.forEach(function (val) { output.push(formatValue(ctx, val, recurseTimes)); });
        }
        for (i = 0; i < keys.length; i++) {
            var desc = Object.getOwnPropertyDescriptor(v, keys[i]), str;
            if (desc && (desc.get || desc.set) && !('value' in desc)) {
                str = desc.get ? (desc.set ? '[Getter/Setter]' : '[Getter]') : '[Setter]';
            } else {
                str = formatValue(ctx, v[keys[i]], recurseTimes);
            }
            output.push(keyName(keys[i]) + ': ' + str);
        }
        ctx.seen.pop();
        ctx.indent -= 2;
        var res = reduce(ctx, output, base, braces, isArr, recurseTimes, v, hasMore);
        return res;
    }

    function inspect(v, opts) {
        var ctx = { depth: 2, seen: [], indent: 0, currentDepth: 0 };
        if (opts && typeof opts === 'object' && opts.depth !== undefined) {
            ctx.depth = opts.depth === null ? Infinity : opts.depth;
        }
        return formatValue(ctx, v, 0, false);
    }

    function format() {
        var args = arguments, first = args[0], a = 0, str = '', join = '';
        if (typeof first === 'string') {
            if (args.length === 1) { return first; }
            var last = 0, tmp;
            for (var i = 0; i < first.length - 1; i++) {
                if (first.charCodeAt(i) !== 37) { continue; } // '%'
                var next = first.charAt(i + 1);
                if (a + 1 !== args.length) {
                    switch (next) {
                        case 's': tmp = args[++a];
                            tmp = typeof tmp === 'number' || typeof tmp === 'bigint' || typeof tmp === 'string' ||
                                typeof tmp === 'boolean' || tmp === undefined || tmp === null || typeof tmp === 'symbol' ?
                                (typeof tmp === 'bigint' ? tmp + 'n' : primitive(tmp, true)) :
                                inspect(tmp, { depth: 0 });
                            break;
                        case 'j': try { tmp = JSON.stringify(args[++a]); } catch (e) { tmp = '[Circular]'; } break;
                        case 'd': tmp = args[++a]; tmp = typeof tmp === 'bigint' ? tmp + 'n' :
                            (typeof tmp === 'symbol' ? 'NaN' : primitive(Number(tmp), true)); break;
                        case 'O': tmp = inspect(args[++a]); break;
                        case 'o': tmp = inspect(args[++a], { depth: 4 }); break;
                        case 'i': tmp = args[++a]; tmp = typeof tmp === 'bigint' ? tmp + 'n' :
                            (typeof tmp === 'symbol' ? 'NaN' : primitive(parseInt(tmp), true)); break;
                        case 'f': tmp = args[++a]; tmp = typeof tmp === 'symbol' ? 'NaN' : primitive(parseFloat(tmp), true); break;
                        case 'c': a++; tmp = ''; break;
                        case '%': str += first.slice(last, i); last = i + 1; continue;
                        default: continue;
                    }
                    if (last !== i - 1 || last === 0 && i === 0 || true) { str += first.slice(last, i); }
                    str += tmp;
                    last = i + 2;
                    i++;
                } else if (next === '%') {
                    str += first.slice(last, i);
                    last = i + 1;
                }
            }
            if (last !== 0) {
                a++;
                join = ' ';
                if (last < first.length) { str += first.slice(last); }
            }
        }
        while (a < args.length) {
            var value = args[a];
            str += join;
            str += typeof value !== 'string' ? inspect(value) : value;
            join = ' ';
            a++;
        }
        return str;
    }

    return {
        format: format,
        inspect: inspect,
        v8Message: v8Message,
        cleanStack: cleanStack,
        setScriptHeadLength: function (n) { scriptHeadLength = n; }
    };
}());
