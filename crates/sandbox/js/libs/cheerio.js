// cogman: a small cheerio-compatible HTML query library: `cheerio.load(html)` returns `$`,
// with CSS selectors (type, #id, .class, [attr op value], :first-child, :last-child,
// :nth-child(n), :contains(text), and the ' ', '>', '+', '~' combinators) and the common
// traversal and read methods (find, text, html, attr, val, each, map, eq, first, last, ...).
(function (internal) {
  'use strict';

  var VOID = { area: 1, base: 1, br: 1, col: 1, embed: 1, hr: 1, img: 1, input: 1, link: 1, meta: 1,
    param: 1, source: 1, track: 1, wbr: 1 };
  var RAW = { script: 1, style: 1, textarea: 1, title: 1 };
  var NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', copy: '\u00a9',
    reg: '\u00ae', hellip: '\u2026', mdash: '\u2014', ndash: '\u2013', laquo: '\u00ab', raquo: '\u00bb' };

  function decode(s) {
    return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[A-Za-z]+);/g, function (all, e) {
      if (e[0] === '#') {
        var code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return isNaN(code) ? all : String.fromCodePoint(code);
      }
      return Object.prototype.hasOwnProperty.call(NAMED, e) ? NAMED[e] : all;
    });
  }
  function encode(s) {
    return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }

  // ------------------------------------------------------------------ parsing
  function node(type, props) {
    var n = { type: type, parent: null, children: [], prev: null, next: null };
    return Object.assign(n, props);
  }
  function append(parent, child) {
    var last = parent.children[parent.children.length - 1] || null;
    child.parent = parent;
    child.prev = last;
    if (last) last.next = child;
    parent.children.push(child);
  }

  function parse(html) {
    var root = node('root', { name: 'root', attribs: {} });
    var stack = [root];
    var s = String(html);
    var pos = 0;
    var tagRe = /<([A-Za-z][^\s/>]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>/y;
    while (pos < s.length) {
      var lt = s.indexOf('<', pos);
      if (lt === -1) lt = s.length;
      if (lt > pos) append(stack[stack.length - 1], node('text', { data: decode(s.slice(pos, lt)) }));
      if (lt >= s.length) break;
      var end;
      if (s.startsWith('<!--', lt)) {
        end = s.indexOf('-->', lt);
        end = end === -1 ? s.length : end;
        append(stack[stack.length - 1], node('comment', { data: s.slice(lt + 4, end) }));
        pos = end + 3;
        continue;
      }
      if (s[lt + 1] === '!' || s[lt + 1] === '?') {
        end = s.indexOf('>', lt);
        pos = end === -1 ? s.length : end + 1;
        continue;
      }
      if (s[lt + 1] === '/') {
        end = s.indexOf('>', lt);
        if (end === -1) end = s.length;
        var closing = s.slice(lt + 2, end).trim().toLowerCase();
        for (var i = stack.length - 1; i > 0; i--) {
          if (stack[i].name === closing) {
            stack.length = i;
            break;
          }
        }
        pos = end + 1;
        continue;
      }
      tagRe.lastIndex = lt;
      var m = tagRe.exec(s);
      if (!m) {
        append(stack[stack.length - 1], node('text', { data: '<' }));
        pos = lt + 1;
        continue;
      }
      var name = m[1].toLowerCase();
      var attribs = {};
      var are = /([^\s=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
      var am;
      while ((am = are.exec(m[2]))) {
        var v = am[2] !== undefined ? am[2] : am[3] !== undefined ? am[3] : am[4] !== undefined ? am[4] : '';
        attribs[am[1].toLowerCase()] = decode(v);
      }
      // Implicitly close a <p> or <li> when a sibling of the same kind opens.
      var top = stack[stack.length - 1];
      if ((name === 'li' || name === 'p' || name === 'option' || name === 'tr' || name === 'td' || name === 'th') &&
          top.name === name) {
        stack.pop();
      }
      var el = node('tag', { name: name, attribs: attribs });
      append(stack[stack.length - 1], el);
      pos = tagRe.lastIndex;
      if (RAW[name]) {
        var close = s.toLowerCase().indexOf('</' + name, pos);
        if (close === -1) close = s.length;
        var raw = s.slice(pos, close);
        if (raw) append(el, node('text', { data: name === 'script' || name === 'style' ? raw : decode(raw) }));
        end = s.indexOf('>', close);
        pos = end === -1 ? s.length : end + 1;
      } else if (!VOID[name] && m[3] !== '/') {
        stack.push(el);
      }
    }
    return root;
  }

  // ------------------------------------------------------------------ serialising
  function textOf(n) {
    if (n.type === 'text') return n.data;
    if (n.type === 'comment') return '';
    return n.children.map(textOf).join('');
  }
  function outer(n) {
    if (n.type === 'text') {
      return n.parent && (n.parent.name === 'script' || n.parent.name === 'style') ? n.data : encode(n.data);
    }
    if (n.type === 'comment') return '<!--' + n.data + '-->';
    if (n.type === 'root') return inner(n);
    var attrs = Object.keys(n.attribs).map(function (k) {
      return ' ' + k + '="' + String(n.attribs[k]).replace(/&/g, '&amp;').replace(/"/g, '&quot;') + '"';
    }).join('');
    if (VOID[n.name]) return '<' + n.name + attrs + '>';
    return '<' + n.name + attrs + '>' + inner(n) + '</' + n.name + '>';
  }
  function inner(n) { return n.children.map(outer).join(''); }

  // ------------------------------------------------------------------ selectors
  function parseSelector(sel) {
    // -> [ [ {combinator, compound}, ... ], ... ] one list per comma group.
    var groups = [];
    var parts = [];
    var i = 0;
    var combinator = ' ';
    sel = String(sel).trim();
    function readCompound() {
      var c = { tag: null, id: null, classes: [], attrs: [], pseudos: [] };
      var any = false;
      while (i < sel.length) {
        var ch = sel[i];
        var m;
        if (ch === '#' || ch === '.') {
          m = /^[#.]([\w-]+)/.exec(sel.slice(i));
          if (!m) break;
          if (ch === '#') c.id = m[1];
          else c.classes.push(m[1]);
          i += m[0].length;
        } else if (ch === '[') {
          m = /^\[\s*([\w:-]+)\s*(?:([~^$*|]?=)\s*(?:"([^"]*)"|'([^']*)'|([^\]\s]*)))?\s*\]/.exec(sel.slice(i));
          if (!m) throw new Error('unsupported selector: ' + sel);
          c.attrs.push({ name: m[1].toLowerCase(), op: m[2], value: m[3] !== undefined ? m[3] : m[4] !== undefined ? m[4] : m[5] });
          i += m[0].length;
        } else if (ch === ':') {
          m = /^:([\w-]+)(?:\(\s*(?:"([^"]*)"|'([^']*)'|([^)]*))\s*\))?/.exec(sel.slice(i));
          if (!m) throw new Error('unsupported selector: ' + sel);
          c.pseudos.push({ name: m[1], arg: m[2] !== undefined ? m[2] : m[3] !== undefined ? m[3] : m[4] });
          i += m[0].length;
        } else if (ch === '*') {
          i++;
        } else {
          m = /^[\w-]+/.exec(sel.slice(i));
          if (!m) break;
          c.tag = m[0].toLowerCase();
          i += m[0].length;
        }
        any = true;
      }
      if (!any) throw new Error('unsupported selector: ' + sel);
      return c;
    }
    while (i < sel.length) {
      parts.push({ combinator: combinator, compound: readCompound() });
      var ws = /^\s*/.exec(sel.slice(i))[0].length;
      i += ws;
      if (i >= sel.length) break;
      var ch = sel[i];
      if (ch === ',') {
        groups.push(parts);
        parts = [];
        combinator = ' ';
        i++;
        i += /^\s*/.exec(sel.slice(i))[0].length;
      } else if (ch === '>' || ch === '+' || ch === '~') {
        combinator = ch;
        i++;
        i += /^\s*/.exec(sel.slice(i))[0].length;
      } else {
        combinator = ' ';
      }
    }
    if (parts.length) groups.push(parts);
    return groups;
  }

  function elementSiblings(n) {
    return n.parent ? n.parent.children.filter(function (c) { return c.type === 'tag'; }) : [n];
  }
  function matchCompound(n, c) {
    if (n.type !== 'tag') return false;
    if (c.tag && n.name !== c.tag) return false;
    if (c.id && n.attribs.id !== c.id) return false;
    var classes = (n.attribs['class'] || '').split(/\s+/);
    for (var i = 0; i < c.classes.length; i++) if (classes.indexOf(c.classes[i]) === -1) return false;
    for (var j = 0; j < c.attrs.length; j++) {
      var a = c.attrs[j];
      var v = n.attribs[a.name];
      if (v === undefined) return false;
      if (!a.op) continue;
      var want = a.value;
      var ok = a.op === '=' ? v === want : a.op === '^=' ? v.indexOf(want) === 0 :
        a.op === '$=' ? v.slice(-want.length) === want : a.op === '*=' ? v.indexOf(want) !== -1 :
        a.op === '~=' ? v.split(/\s+/).indexOf(want) !== -1 : a.op === '|=' ? v === want || v.indexOf(want + '-') === 0 : false;
      if (!ok) return false;
    }
    for (var k = 0; k < c.pseudos.length; k++) {
      var p = c.pseudos[k];
      var sib = elementSiblings(n);
      var idx = sib.indexOf(n);
      switch (p.name) {
        case 'first-child': if (idx !== 0) return false; break;
        case 'last-child': if (idx !== sib.length - 1) return false; break;
        case 'nth-child': if (idx + 1 !== Number(p.arg)) return false; break;
        case 'contains': if (textOf(n).indexOf(p.arg) === -1) return false; break;
        case 'checked': if (n.attribs.checked === undefined && n.attribs.selected === undefined) return false; break;
        case 'not': if (matchesSelector(n, p.arg)) return false; break;
        default: throw new Error('unsupported pseudo-class :' + p.name);
      }
    }
    return true;
  }
  function matchParts(n, parts, idx) {
    if (!matchCompound(n, parts[idx].compound)) return false;
    if (idx === 0) return true;
    var comb = parts[idx].combinator;
    var cur;
    if (comb === '>') return Boolean(n.parent) && matchParts(n.parent, parts, idx - 1);
    if (comb === '+') {
      cur = n.prev;
      while (cur && cur.type !== 'tag') cur = cur.prev;
      return Boolean(cur) && matchParts(cur, parts, idx - 1);
    }
    if (comb === '~') {
      for (cur = n.prev; cur; cur = cur.prev) if (cur.type === 'tag' && matchParts(cur, parts, idx - 1)) return true;
      return false;
    }
    for (cur = n.parent; cur; cur = cur.parent) if (matchParts(cur, parts, idx - 1)) return true;
    return false;
  }
  function matchesSelector(n, sel) {
    return parseSelector(sel).some(function (parts) { return matchParts(n, parts, parts.length - 1); });
  }
  function descendants(n, out) {
    n.children.forEach(function (c) {
      if (c.type === 'tag') {
        out.push(c);
        descendants(c, out);
      }
    });
    return out;
  }
  function select(sel, roots) {
    var groups = parseSelector(sel);
    var found = [];
    roots.forEach(function (r) {
      descendants(r, []).forEach(function (n) {
        // Selectors are matched within the context: ancestors above it do not count.
        var ok = groups.some(function (parts) { return matchWithin(n, parts, parts.length - 1, r); });
        if (ok && found.indexOf(n) === -1) found.push(n);
      });
    });
    return found;
  }
  function matchWithin(n, parts, idx, root) {
    if (n === root) return false;
    if (!matchCompound(n, parts[idx].compound)) return false;
    if (idx === 0) return true;
    var comb = parts[idx].combinator;
    var cur;
    if (comb === '>') return n.parent !== root && Boolean(n.parent) && matchWithin(n.parent, parts, idx - 1, root);
    if (comb === '+' || comb === '~') {
      for (cur = n.prev; cur; cur = cur.prev) {
        if (cur.type !== 'tag') continue;
        if (matchWithin(cur, parts, idx - 1, root)) return true;
        if (comb === '+') return false;
      }
      return false;
    }
    for (cur = n.parent; cur && cur !== root; cur = cur.parent) if (matchWithin(cur, parts, idx - 1, root)) return true;
    return false;
  }

  // ------------------------------------------------------------------ the wrapped set
  function load(html) {
    var root;
    if (html && typeof html === 'object' && html.type === 'root') {
      root = html;
    } else if (html && typeof html === 'object' && (html.type || html.cheerio)) {
      // load(node) / load($set): the nodes become the children of a fresh root (not re-parented).
      root = node('root', { name: 'root', attribs: {} });
      root.children = html.type ? [html] : Array.prototype.slice.call(html);
    } else {
      root = parse(html === undefined ? '' : html);
    }

    function Cheerio(nodes) {
      var self = this;
      this.length = 0;
      (nodes || []).forEach(function (n) { self[self.length++] = n; });
    }
    var proto = Cheerio.prototype;
    proto.cheerio = '[cheerio object]';
    proto.toArray = function () { return Array.prototype.slice.call(this); };
    proto.get = function (i) { return i === undefined ? this.toArray() : this[i < 0 ? this.length + i : i]; };
    proto.eq = function (i) { var n = this.get(i); return new Cheerio(n ? [n] : []); };
    proto.first = function () { return this.eq(0); };
    proto.last = function () { return this.eq(-1); };
    proto.slice = function (a, b) { return new Cheerio(this.toArray().slice(a, b)); };
    proto.each = function (fn) {
      for (var i = 0; i < this.length; i++) if (fn.call(this[i], i, this[i]) === false) break;
      return this;
    };
    proto.map = function (fn) {
      var out = [];
      for (var i = 0; i < this.length; i++) {
        var r = fn.call(this[i], i, this[i]);
        if (Array.isArray(r)) out.push.apply(out, r);
        else if (r !== null && r !== undefined) out.push(r);
      }
      return new Cheerio(out);
    };
    proto.filter = function (f) {
      return new Cheerio(this.toArray().filter(function (n, i) {
        return typeof f === 'function' ? f.call(n, i, n) : matchesSelector(n, f);
      }));
    };
    proto.not = function (f) {
      var keep = this.filter(f).toArray();
      return new Cheerio(this.toArray().filter(function (n) { return keep.indexOf(n) === -1; }));
    };
    proto.is = function (f) { return this.filter(f).length > 0; };
    proto.find = function (sel) { return new Cheerio(select(sel, this.toArray())); };
    proto.children = function (sel) {
      var out = [];
      this.each(function (i, n) { n.children.forEach(function (c) { if (c.type === 'tag') out.push(c); }); });
      var set = new Cheerio(out);
      return sel ? set.filter(sel) : set;
    };
    proto.contents = function () {
      var out = [];
      this.each(function (i, n) { out.push.apply(out, n.children); });
      return new Cheerio(out);
    };
    proto.parent = function (sel) {
      var out = [];
      this.each(function (i, n) { if (n.parent && n.parent.type !== 'root' && out.indexOf(n.parent) === -1) out.push(n.parent); });
      var set = new Cheerio(out);
      return sel ? set.filter(sel) : set;
    };
    proto.parents = function (sel) {
      var out = [];
      this.each(function (i, n) {
        for (var p = n.parent; p && p.type !== 'root'; p = p.parent) if (out.indexOf(p) === -1) out.push(p);
      });
      var set = new Cheerio(out);
      return sel ? set.filter(sel) : set;
    };
    proto.closest = function (sel) {
      var out = [];
      this.each(function (i, n) {
        for (var p = n; p && p.type !== 'root'; p = p.parent) {
          if (matchesSelector(p, sel)) {
            if (out.indexOf(p) === -1) out.push(p);
            break;
          }
        }
      });
      return new Cheerio(out);
    };
    function sibling(dir) {
      return function (sel) {
        var out = [];
        this.each(function (i, n) {
          var c = n[dir];
          while (c && c.type !== 'tag') c = c[dir];
          if (c) out.push(c);
        });
        var set = new Cheerio(out);
        return sel ? set.filter(sel) : set;
      };
    }
    proto.next = sibling('next');
    proto.prev = sibling('prev');
    proto.siblings = function (sel) {
      var out = [];
      this.each(function (i, n) {
        elementSiblings(n).forEach(function (s) { if (s !== n && out.indexOf(s) === -1) out.push(s); });
      });
      var set = new Cheerio(out);
      return sel ? set.filter(sel) : set;
    };
    proto.text = function (value) {
      if (value !== undefined) {
        this.each(function (i, n) { n.children = []; append(n, node('text', { data: String(value) })); });
        return this;
      }
      return this.toArray().map(textOf).join('');
    };
    proto.html = function (value) {
      if (value !== undefined) {
        this.each(function (i, n) {
          n.children = [];
          parse(value).children.forEach(function (c) { append(n, c); });
        });
        return this;
      }
      return this.length ? inner(this[0]) : null;
    };
    proto.attr = function (name, value) {
      if (typeof name === 'object') {
        var self = this;
        Object.keys(name).forEach(function (k) { self.attr(k, name[k]); });
        return this;
      }
      if (value !== undefined) {
        this.each(function (i, n) { if (n.attribs) n.attribs[name] = String(value); });
        return this;
      }
      if (!this.length || !this[0].attribs) return undefined;
      return name === undefined ? Object.assign({}, this[0].attribs) : this[0].attribs[String(name).toLowerCase()];
    };
    proto.removeAttr = function (name) {
      this.each(function (i, n) { if (n.attribs) delete n.attribs[name]; });
      return this;
    };
    proto.data = function (key) {
      if (!this.length) return undefined;
      var attrs = this[0].attribs || {};
      var out = {};
      Object.keys(attrs).forEach(function (k) {
        if (k.indexOf('data-') === 0) {
          var v = attrs[k];
          try { v = JSON.parse(v); } catch (e) { /* keep the string */ }
          out[k.slice(5).replace(/-([a-z])/g, function (all, c) { return c.toUpperCase(); })] = v;
        }
      });
      return key === undefined ? out : out[key];
    };
    proto.val = function () {
      if (!this.length) return undefined;
      var n = this[0];
      if (n.name === 'select') {
        var opt = select('option[selected]', [n])[0] || select('option', [n])[0];
        return opt ? (opt.attribs.value !== undefined ? opt.attribs.value : textOf(opt)) : undefined;
      }
      if (n.name === 'textarea') return textOf(n);
      return n.attribs.value;
    };
    proto.hasClass = function (cls) {
      return this.toArray().some(function (n) { return n.attribs && (n.attribs['class'] || '').split(/\s+/).indexOf(cls) !== -1; });
    };
    proto.addClass = function (cls) {
      this.each(function (i, n) {
        var list = (n.attribs['class'] || '').split(/\s+/).filter(Boolean);
        String(cls).split(/\s+/).forEach(function (c) { if (c && list.indexOf(c) === -1) list.push(c); });
        n.attribs['class'] = list.join(' ');
      });
      return this;
    };
    proto.removeClass = function (cls) {
      this.each(function (i, n) {
        var drop = String(cls || '').split(/\s+/);
        n.attribs['class'] = (n.attribs['class'] || '').split(/\s+/).filter(function (c) { return c && drop.indexOf(c) === -1; }).join(' ');
      });
      return this;
    };
    proto.remove = function () {
      this.each(function (i, n) {
        if (!n.parent) return;
        var sib = n.parent.children;
        sib.splice(sib.indexOf(n), 1);
        if (n.prev) n.prev.next = n.next;
        if (n.next) n.next.prev = n.prev;
        n.parent = null;
      });
      return this;
    };
    proto.index = function () {
      if (!this.length) return -1;
      return elementSiblings(this[0]).indexOf(this[0]);
    };
    proto.toString = function () { return this.toArray().map(outer).join(''); };

    var $ = function (selector, context) {
      if (selector === undefined || selector === null || selector === '') return new Cheerio([]);
      if (selector instanceof Cheerio) return selector;
      if (typeof selector === 'object') return new Cheerio(Array.isArray(selector) ? selector : [selector]);
      var s = String(selector);
      if (/^\s*</.test(s)) return new Cheerio(parse(s).children);
      var roots = context === undefined ? [root] : (context instanceof Cheerio ? context.toArray()
        : typeof context === 'string' ? select(context, [root]) : [context]);
      return new Cheerio(select(s, roots));
    };
    $.root = function () { return new Cheerio([root]); };
    $.html = function (sel) { return sel === undefined ? outer(root) : $(sel).toString(); };
    $.text = function (sel) { return sel === undefined ? textOf(root) : $(sel).text(); };
    $.fn = proto;
    $.prototype = proto;
    return $;
  }

  var cheerio = { load: load };
  cheerio.html = function (x) { return x && x.cheerio ? x.toString() : ''; };
  cheerio.text = function (x) { return x && x.cheerio ? x.text() : ''; };
  internal.cheerio = cheerio;
})(__cogman_internal);
