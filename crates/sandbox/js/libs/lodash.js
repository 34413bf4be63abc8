(function(internal){
  var _ = {};
  _.isNumber = function (v) { return typeof v === 'number' || (v instanceof Number); };
  _.isString = function (v) { return typeof v === 'string' || (v instanceof String); };
  _.isPlainObject = function (v) { if (!v || typeof v !== 'object') return false; var p = Object.getPrototypeOf(v); return p === null || p === Object.prototype; };
  _.isEqual = function (a, b) { return internal.deepEqual(a, b); };
  _.has = function (o, p) { return o != null && Object.prototype.hasOwnProperty.call(o, p); };
  _.get = function (o, p) { return o == null ? undefined : o[p]; };
  internal.lodash = _;
})(__cogman_internal);
