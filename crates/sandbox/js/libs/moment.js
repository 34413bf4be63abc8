// cogman: a moment 2.x compatible date library (English locale). A moment wraps a JS Date and
// a UTC flag; local mode uses the process time zone (UTC unless TZ is set).
(function (internal) {
  'use strict';

  var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
    'September', 'October', 'November', 'December'];
  var DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  var UNIT_ALIASES = {
    y: 'year', year: 'year', years: 'year',
    Q: 'quarter', quarter: 'quarter', quarters: 'quarter',
    M: 'month', month: 'month', months: 'month',
    w: 'week', week: 'week', weeks: 'week',
    W: 'isoWeek', isoWeek: 'isoWeek', isoWeeks: 'isoWeek', isoweek: 'isoWeek',
    d: 'day', day: 'day', days: 'day',
    D: 'date', date: 'date', dates: 'date',
    h: 'hour', hour: 'hour', hours: 'hour',
    m: 'minute', minute: 'minute', minutes: 'minute',
    s: 'second', second: 'second', seconds: 'second',
    ms: 'millisecond', millisecond: 'millisecond', milliseconds: 'millisecond'
  };
  function normUnit(u) { return UNIT_ALIASES[u] || UNIT_ALIASES[String(u).toLowerCase()] || undefined; }

  function pad(n, len) {
    var s = String(Math.abs(n));
    while (s.length < len) s = '0' + s;
    return (n < 0 ? '-' : '') + s;
  }
  function absFloor(n) { return n < 0 ? Math.ceil(n) || 0 : Math.floor(n); }
  function daysInMonth(y, m) { return new Date(Date.UTC(y, m + 1, 0)).getUTCDate(); }
  function ordinal(n) {
    var b = n % 10;
    var suffix = (Math.floor((n % 100) / 10) === 1) ? 'th' : b === 1 ? 'st' : b === 2 ? 'nd' : b === 3 ? 'rd' : 'th';
    return n + suffix;
  }

  function Moment(date, isUTC, offset) {
    this._d = date;
    this._isUTC = Boolean(isUTC);
    this._offset = offset; // fixed offset in minutes (utcOffset/parseZone), else undefined
    this._isAMomentObject = true;
  }
  var proto = Moment.prototype;

  function isValid(m) { return !isNaN(m._d.getTime()); }

  // Field access through a "wall clock" date: local getters, UTC getters, or UTC shifted by a
  // fixed offset.
  function wall(m) {
    if (m._offset !== undefined) return new Date(m._d.getTime() + m._offset * 60000);
    return m._d;
  }
  function get(m, field) {
    var d = wall(m);
    var utc = m._isUTC || m._offset !== undefined;
    switch (field) {
      case 'year': return utc ? d.getUTCFullYear() : d.getFullYear();
      case 'month': return utc ? d.getUTCMonth() : d.getMonth();
      case 'date': return utc ? d.getUTCDate() : d.getDate();
      case 'day': return utc ? d.getUTCDay() : d.getDay();
      case 'hour': return utc ? d.getUTCHours() : d.getHours();
      case 'minute': return utc ? d.getUTCMinutes() : d.getMinutes();
      case 'second': return utc ? d.getUTCSeconds() : d.getSeconds();
      case 'millisecond': return utc ? d.getUTCMilliseconds() : d.getMilliseconds();
      default: return NaN;
    }
  }
  function fromFields(m, f) {
    // f: {year, month, date, hour, minute, second, millisecond} in this moment's wall clock.
    var t;
    if (m._isUTC || m._offset !== undefined) {
      t = Date.UTC(f.year, f.month, f.date, f.hour, f.minute, f.second, f.millisecond);
      if (f.year >= 0 && f.year < 100) {
        var d0 = new Date(t);
        d0.setUTCFullYear(f.year);
        t = d0.getTime();
      }
      if (m._offset !== undefined) t -= m._offset * 60000;
    } else {
      var d = new Date(f.year, f.month, f.date, f.hour, f.minute, f.second, f.millisecond);
      if (f.year >= 0 && f.year < 100) d.setFullYear(f.year);
      t = d.getTime();
    }
    m._d = new Date(t);
    return m;
  }
  function fields(m) {
    return { year: get(m, 'year'), month: get(m, 'month'), date: get(m, 'date'), hour: get(m, 'hour'),
      minute: get(m, 'minute'), second: get(m, 'second'), millisecond: get(m, 'millisecond') };
  }

  // ------------------------------------------------------------------ parsing
  var ISO_RE = /^\s*([+-]\d{6}|\d{4})-?(\d\d)(?:-?(\d\d))?(?:[T ](\d\d)(?::?(\d\d)(?::?(\d\d)(?:[.,](\d+))?)?)?)?\s*(Z|[+-]\d\d(?::?\d\d)?)?\s*$/i;
  function parseOffset(s) {
    if (!s) return undefined;
    if (s === 'Z' || s === 'z') return 0;
    var m = /([+-])(\d\d):?(\d\d)?/.exec(s);
    if (!m) return undefined;
    var mins = Number(m[2]) * 60 + Number(m[3] || 0);
    return m[1] === '-' ? -mins : mins;
  }
  function makeFromParts(p, isUTC) {
    // p: {year, month, date, hour, minute, second, millisecond, offset?}
    var f = {
      year: p.year, month: p.month === undefined ? 0 : p.month, date: p.date === undefined ? 1 : p.date,
      hour: p.hour || 0, minute: p.minute || 0, second: p.second || 0, millisecond: p.millisecond || 0
    };
    if (f.month < 0 || f.month > 11 || f.date < 1 || f.date > daysInMonth(f.year, f.month) ||
        f.hour > 24 || f.minute > 59 || f.second > 59) {
      return new Moment(new Date(NaN), isUTC);
    }
    if (p.offset !== undefined) {
      var t = Date.UTC(f.year, f.month, f.date, f.hour, f.minute, f.second, f.millisecond) - p.offset * 60000;
      return new Moment(new Date(t), isUTC);
    }
    return fromFields(new Moment(new Date(0), isUTC), f);
  }
  function parseISO(str, isUTC) {
    // Ordinal (2024-015) and week (2024-W03, 2024-W03-2) dates.
    var od = /^\s*(\d{4})-?(\d{3})\s*$/.exec(str);
    if (od) {
      var base = makeFromParts({ year: Number(od[1]), month: 0, date: 1 }, isUTC);
      return base.add(Number(od[2]) - 1, 'days');
    }
    var wd = /^\s*(\d{4})-?W(\d\d)(?:-?([1-7]))?\s*$/.exec(str);
    if (wd) {
      var y = Number(wd[1]);
      var jan4 = new Date(Date.UTC(y, 0, 4));
      var monday = 4 - ((jan4.getUTCDay() + 6) % 7);
      var offset = monday + (Number(wd[2]) - 1) * 7 + (wd[3] ? Number(wd[3]) - 1 : 0);
      return makeFromParts({ year: y, month: 0, date: 1 }, isUTC).add(offset - 1, 'days');
    }
    var m = ISO_RE.exec(str);
    if (!m) return null;
    var ms = m[7] ? Math.round(Number('0.' + m[7]) * 1000) : 0;
    return makeFromParts({ year: Number(m[1]), month: Number(m[2]) - 1, date: m[3] ? Number(m[3]) : 1,
      hour: m[4] ? Number(m[4]) : 0, minute: m[5] ? Number(m[5]) : 0, second: m[6] ? Number(m[6]) : 0,
      millisecond: ms, offset: parseOffset(m[8]) }, isUTC);
  }

  var PARSE_TOKENS = /(\[[^\]]*\])|YYYYYY|YYYY|YY|Y|MMMM|MMM|MM|M|Do|DDDD|DDD|DD|D|dddd|ddd|dd|d|HH|H|hh|h|kk|k|mm|m|ss|s|S{1,9}|a|A|ZZ|Z|X|x|./g;
  function tokenRegex(tok, strict) {
    switch (tok) {
      case 'YYYYYY': return '([+-]?\\d{6})';
      case 'YYYY': return strict ? '(\\d{4})' : '(\\d{1,4})';
      case 'YY': return strict ? '(\\d{2})' : '(\\d{1,2})';
      case 'Y': return '([+-]?\\d+)';
      case 'MMMM': case 'MMM': case 'dddd': case 'ddd': case 'dd':
        return '([A-Za-z]+\\.?)';
      case 'Do': return '(\\d{1,2})(?:st|nd|rd|th)?';
      case 'DDDD': return '(\\d{3})';
      case 'DDD': return '(\\d{1,3})';
      case 'MM': case 'DD': case 'HH': case 'hh': case 'kk': case 'mm': case 'ss':
        return strict ? '(\\d{2})' : '(\\d{1,2})';
      case 'M': case 'D': case 'H': case 'h': case 'k': case 'm': case 's': case 'd':
        return '(\\d{1,2})';
      case 'a': case 'A': return '([AaPp]\\.?[Mm]\\.?)';
      case 'ZZ': case 'Z': return '(Z|[+-]\\d\\d:?\\d\\d)';
      case 'X': return '([+-]?\\d+(?:\\.\\d{1,3})?)';
      case 'x': return '([+-]?\\d+)';
      default:
        if (/^S+$/.test(tok)) return strict ? '(\\d{' + tok.length + '})' : '(\\d+)';
        return null;
    }
  }
  function parseWithFormat(str, format, strict, isUTC) {
    var tokens = format.match(PARSE_TOKENS) || [];
    var re = '^\\s*';
    var used = [];
    tokens.forEach(function (tok) {
      if (tok.charAt(0) === '[') {
        re += tok.slice(1, -1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        return;
      }
      var r = tokenRegex(tok, strict);
      if (r) {
        re += r;
        used.push(tok);
      } else if (strict) {
        re += tok.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      } else {
        re += /[A-Za-z0-9]/.test(tok) ? tok : '[^A-Za-z0-9]*?';
      }
    });
    re += strict ? '$' : '';
    var match = new RegExp(re).exec(String(str));
    if (!match) return new Moment(new Date(NaN), isUTC);
    var p = {};
    var pm;
    var now = new Date();
    used.forEach(function (tok, i) {
      var v = match[i + 1];
      if (v === undefined) return;
      switch (tok) {
        case 'YYYYYY': case 'YYYY': case 'Y': p.year = Number(v); break;
        case 'YY': p.year = Number(v) + (Number(v) > 68 ? 1900 : 2000); break;
        case 'MM': case 'M': p.month = Number(v) - 1; break;
        case 'MMMM': case 'MMM': {
          var idx = MONTHS.findIndex(function (n) { return n.toLowerCase().indexOf(v.toLowerCase().replace('.', '')) === 0; });
          if (idx >= 0) p.month = idx;
          else p.invalid = true;
          break;
        }
        case 'DD': case 'D': case 'Do': p.date = Number(v); break;
        case 'DDDD': case 'DDD': p.dayOfYear = Number(v); break;
        case 'HH': case 'H': case 'kk': case 'k': p.hour = Number(v) % 24 === 0 && tok[0] === 'k' ? 0 : Number(v); break;
        case 'hh': case 'h': p.hour = Number(v); p.h12 = true; break;
        case 'mm': case 'm': p.minute = Number(v); break;
        case 'ss': case 's': p.second = Number(v); break;
        case 'a': case 'A': pm = v.charAt(0).toLowerCase() === 'p'; break;
        case 'ZZ': case 'Z': p.offset = parseOffset(v); break;
        case 'X': p.ts = Number(v) * 1000; break;
        case 'x': p.ts = Number(v); break;
        default:
          if (/^S+$/.test(tok)) p.millisecond = Math.round(Number('0.' + v) * 1000);
      }
    });
    if (p.invalid) return new Moment(new Date(NaN), isUTC);
    if (p.ts !== undefined) return new Moment(new Date(p.ts), isUTC);
    if (pm !== undefined && p.hour !== undefined) {
      if (pm && p.hour < 12) p.hour += 12;
      if (!pm && p.hour === 12) p.hour = 0;
    }
    if (p.year === undefined) {
      p.year = isUTC ? now.getUTCFullYear() : now.getFullYear();
      if (p.month === undefined && p.date === undefined && p.dayOfYear === undefined) {
        p.month = isUTC ? now.getUTCMonth() : now.getMonth();
        p.date = isUTC ? now.getUTCDate() : now.getDate();
      }
    }
    if (p.dayOfYear !== undefined) {
      var base = makeFromParts({ year: p.year, month: 0, date: 1, hour: p.hour, minute: p.minute,
        second: p.second, millisecond: p.millisecond, offset: p.offset }, isUTC);
      return base.add(p.dayOfYear - 1, 'days');
    }
    return makeFromParts(p, isUTC);
  }

  function create(input, format, strict, isUTC) {
    if (input === undefined) return new Moment(new Date(), isUTC);
    if (input === null) return new Moment(new Date(NaN), isUTC);
    if (input instanceof Moment) {
      var c = new Moment(new Date(input._d.getTime()), isUTC || input._isUTC, isUTC ? undefined : input._offset);
      return c;
    }
    if (input instanceof Date) return new Moment(new Date(input.getTime()), isUTC);
    if (typeof input === 'number') return new Moment(new Date(input), isUTC);
    if (Array.isArray(input)) {
      if (!input.length) return new Moment(new Date(), isUTC);
      return makeFromParts({ year: input[0], month: input[1] || 0, date: input[2] === undefined ? 1 : input[2],
        hour: input[3], minute: input[4], second: input[5], millisecond: input[6] }, isUTC);
    }
    if (typeof input === 'object') {
      var o = {};
      Object.keys(input).forEach(function (k) { o[normUnit(k) || k] = input[k]; });
      var now = new Date();
      return makeFromParts({ year: o.year === undefined ? now.getFullYear() : o.year, month: o.month,
        date: o.date === undefined ? (o.day === undefined ? 1 : o.day) : o.date, hour: o.hour,
        minute: o.minute, second: o.second, millisecond: o.millisecond }, isUTC);
    }
    var s = String(input);
    if (format !== undefined) {
      var formats = Array.isArray(format) ? format : [format];
      for (var i = 0; i < formats.length; i++) {
        var r = parseWithFormat(s, formats[i], strict, isUTC);
        if (isValid(r) || i === formats.length - 1) return r;
      }
    }
    var iso = parseISO(s, isUTC);
    if (iso) return iso;
    // moment's deprecated fallback: let the Date parser try (RFC 2822 and friends).
    return new Moment(new Date(s), isUTC);
  }

  function moment(input, format, strict) {
    if (typeof format === 'boolean') {
      strict = format;
      format = undefined;
    }
    return create(input, format, strict, false);
  }
  moment.utc = function (input, format, strict) {
    if (typeof format === 'boolean') {
      strict = format;
      format = undefined;
    }
    var m = create(input, format, strict, true);
    m._isUTC = true;
    m._offset = undefined;
    return m;
  };
  moment.parseZone = function (input, format) {
    var m = moment(input, format);
    var match = typeof input === 'string' && /(Z|[+-]\d\d:?\d\d)\s*$/.exec(input);
    if (match) m._offset = parseOffset(match[1]);
    return m;
  };
  moment.unix = function (s) { return moment(s * 1000); };
  moment.isMoment = function (m) { return m instanceof Moment; };
  moment.isDate = function (d) { return d instanceof Date; };
  moment.now = function () { return Date.now(); };
  moment.invalid = function () { return new Moment(new Date(NaN), false); };
  moment.months = function () { return MONTHS.slice(); };
  moment.monthsShort = function () { return MONTHS.map(function (m) { return m.slice(0, 3); }); };
  moment.weekdays = function () { return DAYS.slice(); };
  moment.weekdaysShort = function () { return DAYS.map(function (d) { return d.slice(0, 3); }); };
  moment.weekdaysMin = function () { return DAYS.map(function (d) { return d.slice(0, 2); }); };
  moment.locale = function () { return 'en'; };
  moment.version = '2.30.1';
  moment.defaultFormat = 'YYYY-MM-DDTHH:mm:ssZ';
  moment.defaultFormatUtc = 'YYYY-MM-DDTHH:mm:ss[Z]';
  moment.ISO_8601 = function () {};
  moment.max = function () {
    var a = Array.isArray(arguments[0]) ? arguments[0] : Array.prototype.slice.call(arguments);
    return a.reduce(function (x, y) { return y.isAfter(x) ? y : x; });
  };
  moment.min = function () {
    var a = Array.isArray(arguments[0]) ? arguments[0] : Array.prototype.slice.call(arguments);
    return a.reduce(function (x, y) { return y.isBefore(x) ? y : x; });
  };
  moment.fn = proto;

  // ------------------------------------------------------------------ formatting
  var FORMAT_TOKENS = /(\[[^\]]*\])|(LTS|LT|LLLL|LLL|LL|L|llll|lll|ll|l)|YYYYYY|YYYYY|YYYY|YY|Y|Qo|Q|MMMM|MMM|MM|Mo|M|DDDD|DDDo|DDD|Do|DD|D|dddd|ddd|do|dd|d|E|e|GGGG|GG|gggg|gg|WW|Wo|W|ww|wo|w|HH|H|hh|h|kk|k|mm|m|ss|s|S{1,9}|a|A|ZZ|Z|X|x|zz|z/g;
  var LONG = { LTS: 'h:mm:ss A', LT: 'h:mm A', L: 'MM/DD/YYYY', LL: 'MMMM D, YYYY',
    LLL: 'MMMM D, YYYY h:mm A', LLLL: 'dddd, MMMM D, YYYY h:mm A', l: 'M/D/YYYY', ll: 'MMM D, YYYY',
    lll: 'MMM D, YYYY h:mm A', llll: 'ddd, MMM D, YYYY h:mm A' };

  function offsetOf(m) {
    if (m._offset !== undefined) return m._offset;
    if (m._isUTC) return 0;
    return -m._d.getTimezoneOffset();
  }
  function fmtOffset(mins, sep) {
    var sign = mins < 0 ? '-' : '+';
    mins = Math.abs(mins);
    return sign + pad(Math.floor(mins / 60), 2) + sep + pad(mins % 60, 2);
  }
  function dayOfYear(m) {
    var start = Date.UTC(get(m, 'year'), 0, 1);
    var cur = Date.UTC(get(m, 'year'), get(m, 'month'), get(m, 'date'));
    return Math.round((cur - start) / 864e5) + 1;
  }
  function isoWeekInfo(m) {
    var d = new Date(Date.UTC(get(m, 'year'), get(m, 'month'), get(m, 'date')));
    var dayNum = d.getUTCDay() || 7;
    d.setUTCDate(d.getUTCDate() + 4 - dayNum);
    var yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
    return { week: Math.ceil(((d - yearStart) / 864e5 + 1) / 7), year: d.getUTCFullYear() };
  }
  function localeWeekInfo(m) {
    // en: weeks start on Sunday; week 1 contains January 1st.
    var d = new Date(Date.UTC(get(m, 'year'), get(m, 'month'), get(m, 'date')));
    var dow = d.getUTCDay();
    var sat = new Date(d.getTime() + (6 - dow) * 864e5);
    var year = sat.getUTCFullYear();
    var jan1 = Date.UTC(year, 0, 1);
    var firstSun = jan1 - new Date(jan1).getUTCDay() * 864e5;
    return { week: Math.floor((d.getTime() - dow * 864e5 - firstSun) / (7 * 864e5)) + 1, year: year };
  }
  function formatToken(m, tok) {
    var y = get(m, 'year');
    var h = get(m, 'hour');
    switch (tok) {
      case 'YYYYYY': return (y < 0 ? '-' : '+') + pad(Math.abs(y), 6);
      case 'YYYYY': return pad(y, 5);
      case 'YYYY': return y <= 9999 ? pad(y, 4) : '+' + y;
      case 'YY': return pad(y % 100, 2);
      case 'Y': return y <= 9999 ? String(y) : '+' + y;
      case 'Q': return String(Math.floor(get(m, 'month') / 3) + 1);
      case 'Qo': return ordinal(Math.floor(get(m, 'month') / 3) + 1);
      case 'M': return String(get(m, 'month') + 1);
      case 'Mo': return ordinal(get(m, 'month') + 1);
      case 'MM': return pad(get(m, 'month') + 1, 2);
      case 'MMM': return MONTHS[get(m, 'month')].slice(0, 3);
      case 'MMMM': return MONTHS[get(m, 'month')];
      case 'D': return String(get(m, 'date'));
      case 'Do': return ordinal(get(m, 'date'));
      case 'DD': return pad(get(m, 'date'), 2);
      case 'DDD': return String(dayOfYear(m));
      case 'DDDo': return ordinal(dayOfYear(m));
      case 'DDDD': return pad(dayOfYear(m), 3);
      case 'd': case 'e': return String(get(m, 'day'));
      case 'do': return ordinal(get(m, 'day'));
      case 'dd': return DAYS[get(m, 'day')].slice(0, 2);
      case 'ddd': return DAYS[get(m, 'day')].slice(0, 3);
      case 'dddd': return DAYS[get(m, 'day')];
      case 'E': return String(get(m, 'day') || 7);
      case 'W': return String(isoWeekInfo(m).week);
      case 'Wo': return ordinal(isoWeekInfo(m).week);
      case 'WW': return pad(isoWeekInfo(m).week, 2);
      case 'GGGG': return pad(isoWeekInfo(m).year, 4);
      case 'GG': return pad(isoWeekInfo(m).year % 100, 2);
      case 'w': return String(localeWeekInfo(m).week);
      case 'wo': return ordinal(localeWeekInfo(m).week);
      case 'ww': return pad(localeWeekInfo(m).week, 2);
      case 'gggg': return pad(localeWeekInfo(m).year, 4);
      case 'gg': return pad(localeWeekInfo(m).year % 100, 2);
      case 'H': return String(h);
      case 'HH': return pad(h, 2);
      case 'h': return String(h % 12 || 12);
      case 'hh': return pad(h % 12 || 12, 2);
      case 'k': return String(h || 24);
      case 'kk': return pad(h || 24, 2);
      case 'm': return String(get(m, 'minute'));
      case 'mm': return pad(get(m, 'minute'), 2);
      case 's': return String(get(m, 'second'));
      case 'ss': return pad(get(m, 'second'), 2);
      case 'a': return h < 12 ? 'am' : 'pm';
      case 'A': return h < 12 ? 'AM' : 'PM';
      case 'Z': return fmtOffset(offsetOf(m), ':');
      case 'ZZ': return fmtOffset(offsetOf(m), '');
      case 'z': case 'zz': return m._isUTC ? 'UTC' : '';
      case 'X': return String(Math.floor(m._d.getTime() / 1000));
      case 'x': return String(m._d.getTime());
      default:
        if (/^S+$/.test(tok)) {
          var msStr = pad(get(m, 'millisecond'), 3) + '000000';
          return msStr.slice(0, tok.length);
        }
        return tok;
    }
  }
  proto.format = function (fmt) {
    if (!isValid(this)) return 'Invalid date';
    if (fmt === undefined) fmt = this.isUTC() ? moment.defaultFormatUtc : moment.defaultFormat;
    var self = this;
    fmt = String(fmt).replace(/(\[[^\]]*\])|(LTS|LT|LLLL|LLL|LL|L|llll|lll|ll|l)/g, function (all, lit, lng) {
      return lit || LONG[lng];
    });
    return fmt.replace(FORMAT_TOKENS, function (tok, literal) {
      if (literal) return literal.slice(1, -1);
      return formatToken(self, tok);
    });
  };
  proto.toISOString = function (keepOffset) {
    if (!isValid(this)) return null;
    var utc = this.clone().utc();
    if (get(utc, 'year') < 0 || get(utc, 'year') > 9999) {
      return utc.format('YYYYYY-MM-DD[T]HH:mm:ss.SSS[Z]');
    }
    if (keepOffset) return this.format('YYYY-MM-DD[T]HH:mm:ss.SSSZ');
    return this._d.toISOString();
  };
  proto.toJSON = function () { return isValid(this) ? this.toISOString() : null; };
  proto.toString = function () {
    return isValid(this) ? this.clone().locale('en').format('ddd MMM DD YYYY HH:mm:ss [GMT]ZZ') : 'Invalid date';
  };
  proto.inspect = function () {
    if (!isValid(this)) return 'moment.invalid(/* ' + this._d + ' */)';
    var func = 'moment';
    var zone = '';
    if (!this.isLocal()) {
      func = this.utcOffset() === 0 ? 'moment.utc' : 'moment.parseZone';
      zone = 'Z';
    }
    var y = get(this, 'year');
    var year = y >= 0 && y <= 9999 ? 'YYYY' : 'YYYYYY';
    return this.format('[' + func + '("]' + year + '-MM-DD[T]HH:mm:ss.SSS' + zone + '[")]');
  };
  proto.locale = function (l) { return l === undefined ? 'en' : this; };
  proto.lang = proto.locale;
  proto.localeData = function () { return { months: moment.months, weekdays: moment.weekdays }; };

  // ------------------------------------------------------------------ getters/setters
  function accessor(field) {
    return function (v) {
      if (v === undefined) return get(this, field);
      var f = fields(this);
      f[field] = Number(v);
      return fromFields(this, f);
    };
  }
  proto.year = proto.years = accessor('year');
  proto.month = proto.months = function (v) {
    if (v === undefined) return get(this, 'month');
    if (typeof v === 'string') {
      var idx = MONTHS.findIndex(function (n) { return n.toLowerCase().indexOf(v.toLowerCase()) === 0; });
      if (idx < 0) return this;
      v = idx;
    }
    var f = fields(this);
    f.date = Math.min(f.date, daysInMonth(f.year, Number(v)));
    f.month = Number(v);
    return fromFields(this, f);
  };
  proto.date = proto.dates = accessor('date');
  proto.hour = proto.hours = accessor('hour');
  proto.minute = proto.minutes = accessor('minute');
  proto.second = proto.seconds = accessor('second');
  proto.millisecond = proto.milliseconds = accessor('millisecond');
  proto.day = proto.days = function (v) {
    if (v === undefined) return get(this, 'day');
    if (typeof v === 'string') {
      v = DAYS.findIndex(function (n) { return n.toLowerCase().indexOf(v.toLowerCase()) === 0; });
    }
    return this.add(Number(v) - get(this, 'day'), 'days');
  };
  proto.weekday = proto.day;
  proto.isoWeekday = function (v) {
    if (v === undefined) return get(this, 'day') || 7;
    return this.day(get(this, 'day') ? v : v - 7);
  };
  proto.dayOfYear = function (v) {
    if (v === undefined) return dayOfYear(this);
    return this.add(v - dayOfYear(this), 'days');
  };
  proto.isoWeek = proto.isoWeeks = function () { return isoWeekInfo(this).week; };
  proto.week = proto.weeks = function () { return localeWeekInfo(this).week; };
  proto.isoWeekYear = function () { return isoWeekInfo(this).year; };
  proto.weekYear = function () { return localeWeekInfo(this).year; };
  proto.quarter = proto.quarters = function () { return Math.floor(get(this, 'month') / 3) + 1; };
  proto.daysInMonth = function () { return daysInMonth(get(this, 'year'), get(this, 'month')); };
  proto.isLeapYear = function () {
    var y = get(this, 'year');
    return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  };
  proto.get = function (unit) {
    var u = normUnit(unit);
    return typeof this[u] === 'function' ? this[u]() : undefined;
  };
  proto.set = function (unit, value) {
    var self = this;
    if (typeof unit === 'object') {
      Object.keys(unit).forEach(function (k) { self.set(k, unit[k]); });
      return this;
    }
    var u = normUnit(unit);
    if (typeof this[u] === 'function') this[u](value);
    return this;
  };

  proto.valueOf = function () { return this._d.getTime(); };
  proto.unix = function () { return Math.floor(this._d.getTime() / 1000); };
  proto.toDate = function () { return new Date(this._d.getTime()); };
  proto.toArray = function () {
    var f = fields(this);
    return [f.year, f.month, f.date, f.hour, f.minute, f.second, f.millisecond];
  };
  proto.toObject = function () {
    var f = fields(this);
    return { years: f.year, months: f.month, date: f.date, hours: f.hour, minutes: f.minute,
      seconds: f.second, milliseconds: f.millisecond };
  };
  proto.isValid = function () { return isValid(this); };
  proto.clone = function () { return new Moment(new Date(this._d.getTime()), this._isUTC, this._offset); };
  proto.utc = function () {
    this._isUTC = true;
    this._offset = undefined;
    return this;
  };
  proto.local = function () {
    this._isUTC = false;
    this._offset = undefined;
    return this;
  };
  proto.isUTC = proto.isUtc = function () { return this._isUTC && (this._offset === undefined || this._offset === 0); };
  proto.isLocal = function () { return !this._isUTC && this._offset === undefined; };
  proto.utcOffset = function (v, keepLocalTime) {
    if (v === undefined) return offsetOf(this);
    var mins = typeof v === 'string' ? parseOffset(v) : (Math.abs(v) < 16 ? v * 60 : v);
    if (mins === undefined) return this;
    var before = fields(this);
    this._isUTC = true;
    this._offset = mins;
    if (keepLocalTime) fromFields(this, before);
    return this;
  };
  proto.zone = function () { return -offsetOf(this); };

  // ------------------------------------------------------------------ manipulation
  function addUnits(m, amount, unit, sign) {
    if (typeof amount === 'object' && amount !== null && !(amount instanceof Duration)) {
      Object.keys(amount).forEach(function (k) { addUnits(m, amount[k], k, sign); });
      return m;
    }
    if (amount instanceof Duration) {
      addUnits(m, amount._ms, 'ms', sign);
      addUnits(m, amount._days, 'd', sign);
      addUnits(m, amount._months, 'M', sign);
      return m;
    }
    if (typeof amount === 'string' && typeof unit === 'number') {
      var t = amount;
      amount = unit;
      unit = t;
    }
    var u = normUnit(unit) || 'millisecond';
    var n = Number(amount) * sign;
    if (!n || !isValid(m)) return m;
    var f;
    switch (u) {
      case 'year': case 'quarter': case 'month': {
        var months = u === 'year' ? n * 12 : u === 'quarter' ? n * 3 : n;
        months = Math.round(months);
        f = fields(m);
        var total = f.year * 12 + f.month + months;
        f.year = Math.floor(total / 12);
        f.month = total - f.year * 12;
        f.date = Math.min(f.date, daysInMonth(f.year, f.month));
        return fromFields(m, f);
      }
      case 'week': case 'isoWeek': case 'day': case 'date':
        f = fields(m);
        f.date += Math.round(n * (u === 'week' || u === 'isoWeek' ? 7 : 1));
        return fromFields(m, f);
      default: {
        var ms = { hour: 36e5, minute: 6e4, second: 1e3, millisecond: 1 }[u] || 1;
        m._d = new Date(m._d.getTime() + n * ms);
        return m;
      }
    }
  }
  proto.add = function (amount, unit) { return addUnits(this, amount, unit, 1); };
  proto.subtract = function (amount, unit) { return addUnits(this, amount, unit, -1); };

  proto.startOf = function (unit) {
    var u = normUnit(unit);
    if (!u || !isValid(this)) return this;
    var f = fields(this);
    switch (u) {
      case 'year': f.month = 0; /* falls through */
      case 'quarter': if (u === 'quarter') f.month = f.month - (f.month % 3); /* falls through */
      case 'month': f.date = 1; /* falls through */
      case 'week': case 'isoWeek': case 'day': case 'date': f.hour = 0; /* falls through */
      case 'hour': f.minute = 0; /* falls through */
      case 'minute': f.second = 0; /* falls through */
      case 'second': f.millisecond = 0; break;
      default:
    }
    if (u === 'week') f.date -= get(this, 'day');
    if (u === 'isoWeek') f.date -= (get(this, 'day') + 6) % 7;
    return fromFields(this, f);
  };
  proto.endOf = function (unit) {
    var u = normUnit(unit);
    if (!u || u === 'millisecond' || !isValid(this)) return this;
    var addUnit = u === 'date' ? 'day' : u;
    return this.startOf(u).add(1, addUnit).subtract(1, 'ms');
  };

  // ------------------------------------------------------------------ comparison, diff
  function toMoment(v) { return v instanceof Moment ? v : moment(v); }
  function cmpValue(m, unit) { return unit ? m.clone().startOf(unit).valueOf() : m.valueOf(); }
  proto.isBefore = function (o, unit) {
    var u = normUnit(unit);
    var other = toMoment(o);
    if (!u) return this.valueOf() < other.valueOf();
    return this.clone().endOf(u).valueOf() < other.valueOf();
  };
  proto.isAfter = function (o, unit) {
    var u = normUnit(unit);
    var other = toMoment(o);
    if (!u) return this.valueOf() > other.valueOf();
    return other.valueOf() < this.clone().startOf(u).valueOf();
  };
  proto.isSame = function (o, unit) {
    var u = normUnit(unit);
    var other = toMoment(o);
    if (!u) return this.valueOf() === other.valueOf();
    var v = other.valueOf();
    return cmpValue(this, u) <= v && v <= this.clone().endOf(u).valueOf();
  };
  proto.isSameOrBefore = function (o, unit) { return this.isSame(o, unit) || this.isBefore(o, unit); };
  proto.isSameOrAfter = function (o, unit) { return this.isSame(o, unit) || this.isAfter(o, unit); };
  proto.isBetween = function (a, b, unit, inclusivity) {
    inclusivity = inclusivity || '()';
    var left = inclusivity[0] === '(' ? this.isAfter(a, unit) : !this.isBefore(a, unit);
    var right = inclusivity[1] === ')' ? this.isBefore(b, unit) : !this.isAfter(b, unit);
    return left && right;
  };
  function monthDiff(a, b) {
    if (a.date() < b.date()) return -monthDiff(b, a);
    var whole = (b.year() - a.year()) * 12 + (b.month() - a.month());
    var anchor = a.clone().add(whole, 'months');
    var anchor2;
    var adjust;
    if (b - anchor < 0) {
      anchor2 = a.clone().add(whole - 1, 'months');
      adjust = (b - anchor) / (anchor - anchor2);
    } else {
      anchor2 = a.clone().add(whole + 1, 'months');
      adjust = (b - anchor) / (anchor2 - anchor);
    }
    return -(whole + adjust) || 0;
  }
  proto.diff = function (input, unit, asFloat) {
    var that = toMoment(input);
    if (!isValid(this) || !isValid(that)) return NaN;
    var u = normUnit(unit) || 'millisecond';
    var zoneDelta = (that.utcOffset() - this.utcOffset()) * 6e4;
    var output;
    switch (u) {
      case 'year': output = monthDiff(this, that) / 12; break;
      case 'month': output = monthDiff(this, that); break;
      case 'quarter': output = monthDiff(this, that) / 3; break;
      case 'second': output = (this - that) / 1e3; break;
      case 'minute': output = (this - that) / 6e4; break;
      case 'hour': output = (this - that) / 36e5; break;
      case 'day': case 'date': output = (this - that - zoneDelta) / 864e5; break;
      case 'week': case 'isoWeek': output = (this - that - zoneDelta) / 6048e5; break;
      default: output = this - that;
    }
    return asFloat ? output : absFloor(output);
  };

  // ------------------------------------------------------------------ relative time
  var REL = { s: 'a few seconds', ss: '%d seconds', m: 'a minute', mm: '%d minutes', h: 'an hour',
    hh: '%d hours', d: 'a day', dd: '%d days', M: 'a month', MM: '%d months', y: 'a year', yy: '%d years' };
  // moment's relativeTime: every unit is rounded from the (calendar-aware) duration.
  function relative(duration, withoutSuffix) {
    var sign = duration.valueOf();
    var abs = duration.clone();
    abs._ms = Math.abs(abs._ms);
    abs._days = Math.abs(abs._days);
    abs._months = Math.abs(abs._months);
    var seconds = Math.round(abs.as('s'));
    var minutes = Math.round(abs.as('m'));
    var hours = Math.round(abs.as('h'));
    var days = Math.round(abs.as('d'));
    var months = Math.round(abs.as('M'));
    var years = Math.round(abs.as('y'));
    var a = seconds <= 44 && ['s', seconds] || seconds < 45 && ['ss', seconds] ||
      minutes <= 1 && ['m'] || minutes < 45 && ['mm', minutes] ||
      hours <= 1 && ['h'] || hours < 22 && ['hh', hours] ||
      days <= 1 && ['d'] || days < 26 && ['dd', days] ||
      months <= 1 && ['M'] || months < 11 && ['MM', months] ||
      years <= 1 && ['y'] || ['yy', years];
    var out = REL[a[0]].replace('%d', a[1]);
    if (withoutSuffix) return out;
    return sign > 0 ? 'in ' + out : out + ' ago';
  }
  // Whole calendar months from `base` to `other`, then the remaining milliseconds.
  function positiveDifference(base, other) {
    var months = other.month() - base.month() + (other.year() - base.year()) * 12;
    if (base.clone().add(months, 'M').isAfter(other)) --months;
    return { months: months, ms: other.valueOf() - base.clone().add(months, 'M').valueOf() };
  }
  function momentsDuration(from, to) {
    var res;
    if (to.isBefore(from)) {
      res = positiveDifference(to, from);
      res.months = -res.months;
      res.ms = -res.ms;
    } else {
      res = positiveDifference(from, to);
    }
    var d = new Duration(res.ms, 'ms');
    d._months = res.months;
    return d;
  }
  proto.from = function (o, withoutSuffix) {
    var other = toMoment(o);
    if (!isValid(this) || !isValid(other)) return 'Invalid date';
    return relative(momentsDuration(other, this), withoutSuffix);
  };
  proto.fromNow = function (withoutSuffix) { return this.from(moment(), withoutSuffix); };
  proto.to = function (o, withoutSuffix) { return toMoment(o).from(this, withoutSuffix); };
  proto.toNow = function (withoutSuffix) { return this.to(moment(), withoutSuffix); };
  proto.calendar = function () { return this.format('L'); };

  // ------------------------------------------------------------------ durations
  function Duration(input, unit) {
    this._ms = 0;
    this._days = 0;
    this._months = 0;
    var self = this;
    var addPart = function (n, u) {
      switch (normUnit(u) || 'millisecond') {
        case 'year': self._months += n * 12; break;
        case 'quarter': self._months += n * 3; break;
        case 'month': self._months += n; break;
        case 'week': case 'isoWeek': self._days += n * 7; break;
        case 'day': case 'date': self._days += n; break;
        case 'hour': self._ms += n * 36e5; break;
        case 'minute': self._ms += n * 6e4; break;
        case 'second': self._ms += n * 1e3; break;
        default: self._ms += n;
      }
    };
    if (input instanceof Duration) {
      this._ms = input._ms;
      this._days = input._days;
      this._months = input._months;
    } else if (typeof input === 'number') {
      addPart(input, unit);
    } else if (input && typeof input === 'object') {
      Object.keys(input).forEach(function (k) { addPart(Number(input[k]), k); });
    } else if (typeof input === 'string') {
      var mm = /^(-)?(?:(\d*)[. ])?(\d+):(\d+)(?::(\d+)(\.\d*)?)?$/.exec(input);
      if (mm) {
        var sign = mm[1] ? -1 : 1;
        addPart(sign * Number(mm[2] || 0), 'd');
        addPart(sign * Number(mm[3]), 'h');
        addPart(sign * Number(mm[4]), 'm');
        addPart(sign * Number(mm[5] || 0), 's');
        addPart(sign * Math.round(Number(mm[6] || 0) * 1000), 'ms');
      } else if (!isNaN(Number(input))) {
        addPart(Number(input), unit);
      }
    }
  }
  var dproto = Duration.prototype;
  dproto.as = function (unit) {
    var u = normUnit(unit) || 'millisecond';
    var days;
    var months;
    if (u === 'month' || u === 'quarter' || u === 'year') {
      days = this._days + this._ms / 864e5;
      months = this._months + days * 4800 / 146097;
      return u === 'month' ? months : u === 'quarter' ? months / 3 : months / 12;
    }
    days = this._days + Math.round(this._months * 146097 / 4800);
    var total = days * 864e5 + this._ms;
    switch (u) {
      case 'week': case 'isoWeek': return total / 6048e5;
      case 'day': case 'date': return total / 864e5;
      case 'hour': return total / 36e5;
      case 'minute': return total / 6e4;
      case 'second': return total / 1e3;
      default: return total;
    }
  };
  ['Milliseconds', 'Seconds', 'Minutes', 'Hours', 'Days', 'Weeks', 'Months', 'Years'].forEach(function (n) {
    dproto['as' + n] = function () { return this.as(n.toLowerCase()); };
  });
  dproto.valueOf = function () {
    return this._ms + this._days * 864e5 + (this._months % 12) * 2592e6 + Math.trunc(this._months / 12) * 31536e6;
  };
  function bubble(d) {
    var ms = d.as('ms');
    var sign = ms < 0 ? -1 : 1;
    var abs = Math.abs(ms);
    return {
      milliseconds: sign * (abs % 1000),
      seconds: sign * (Math.floor(abs / 1000) % 60),
      minutes: sign * (Math.floor(abs / 6e4) % 60),
      hours: sign * (Math.floor(abs / 36e5) % 24),
      days: sign * Math.floor(abs / 864e5)
    };
  }
  dproto.milliseconds = function () { return bubble(this).milliseconds; };
  dproto.seconds = function () { return bubble(this).seconds; };
  dproto.minutes = function () { return bubble(this).minutes; };
  dproto.hours = function () { return bubble(this).hours; };
  dproto.days = function () { return this._days + Math.trunc(this._ms / 864e5); };
  dproto.months = function () { return this._months % 12; };
  dproto.years = function () { return Math.trunc(this._months / 12); };
  dproto.humanize = function (withSuffix) { return relative(this, !withSuffix); };
  dproto.add = function (n, u) {
    var o = new Duration(n, u);
    this._ms += o._ms;
    this._days += o._days;
    this._months += o._months;
    return this;
  };
  dproto.subtract = function (n, u) { return this.add(new Duration(n, u).negate()); };
  dproto.negate = function () {
    this._ms = -this._ms;
    this._days = -this._days;
    this._months = -this._months;
    return this;
  };
  dproto.clone = function () { return new Duration(this); };
  dproto.toISOString = function () {
    var total = this.as('s');
    if (!total) return 'P0D';
    var secondsAll = Math.abs(this._ms) / 1000;
    var minutes = Math.floor(secondsAll / 60);
    var hours = Math.floor(minutes / 60);
    var seconds = secondsAll % 60;
    minutes %= 60;
    var days = Math.abs(this._days);
    var months = Math.abs(this._months);
    var years = Math.floor(months / 12);
    months %= 12;
    var s = seconds ? seconds.toFixed(3).replace(/\.?0+$/, '') : '';
    return (total < 0 ? '-' : '') + 'P' + (years ? years + 'Y' : '') + (months ? months + 'M' : '') +
      (days ? days + 'D' : '') + (hours || minutes || seconds ? 'T' : '') + (hours ? hours + 'H' : '') +
      (minutes ? minutes + 'M' : '') + (s ? s + 'S' : '');
  };
  dproto.toJSON = dproto.toISOString;
  moment.duration = function (input, unit) { return new Duration(input, unit); };
  moment.isDuration = function (d) { return d instanceof Duration; };

  internal.moment = moment;
})(__cogman_internal);
