// cogman: tv4 and Ajv 6 compatible facades over the native JSON Schema validator. The native
// side returns error records carrying both libraries' wording (see src/libs/schema.rs).
(function (internal) {
  'use strict';

  var native = internal.native;

  // tv4 (draft 4) reads exclusiveMinimum/exclusiveMaximum as flags and never rejects a schema
  // for using draft 6 numbers there; turn them into the flags it sees.
  function tv4Schema(schema) {
    if (Array.isArray(schema)) return schema.map(tv4Schema);
    if (!schema || typeof schema !== 'object') return schema;
    var out = {};
    Object.keys(schema).forEach(function (k) {
      var v = schema[k];
      if (k === 'exclusiveMinimum' || k === 'exclusiveMaximum') {
        // Without its minimum/maximum the flag means nothing to tv4 (and draft 4 forbids it).
        var bound = k === 'exclusiveMinimum' ? 'minimum' : 'maximum';
        if (schema[bound] !== undefined) out[k] = Boolean(v);
      } else {
        out[k] = tv4Schema(v);
      }
    });
    return out;
  }

  function run(schema, data, flavor, registered) {
    if (flavor === 'tv4') schema = tv4Schema(schema);
    var s = JSON.stringify(schema === undefined ? {} : schema);
    var d = data === undefined ? '' : JSON.stringify(data);
    var r = JSON.stringify(registered || {});
    return JSON.parse(native.schema(s === undefined ? '{}' : s, d === undefined ? '' : d, flavor, r || '{}'));
  }

  // ------------------------------------------------------------------ tv4
  var ERROR_CODES = {
    INVALID_TYPE: 0, ENUM_MISMATCH: 1, ANY_OF_MISSING: 10, ONE_OF_MISSING: 11, ONE_OF_MULTIPLE: 12,
    NOT_PASSED: 13, NUMBER_MULTIPLE_OF: 100, NUMBER_MINIMUM: 101, NUMBER_MINIMUM_EXCLUSIVE: 102,
    NUMBER_MAXIMUM: 103, NUMBER_MAXIMUM_EXCLUSIVE: 104, NUMBER_NOT_A_NUMBER: 105,
    NUMBER_NOT_FINITE: 106, STRING_LENGTH_SHORT: 200, STRING_LENGTH_LONG: 201, STRING_PATTERN: 202,
    OBJECT_PROPERTIES_MINIMUM: 300, OBJECT_PROPERTIES_MAXIMUM: 301, OBJECT_REQUIRED: 302,
    OBJECT_ADDITIONAL_PROPERTIES: 303, OBJECT_DEPENDENCY_KEY: 304, ARRAY_LENGTH_SHORT: 400,
    ARRAY_LENGTH_LONG: 401, ARRAY_UNIQUE: 402, ARRAY_ADDITIONAL_ITEMS: 403, FORMAT_CUSTOM: 500,
    KEYWORD_CUSTOM: 501, CIRCULAR_REFERENCE: 600, UNKNOWN_PROPERTY: 1000
  };

  function Tv4Error(rec) {
    this.message = rec.tv4Message;
    this.params = rec.params;
    this.code = rec.tv4Code;
    this.dataPath = rec.tv4DataPath === undefined ? rec.instancePath : rec.tv4DataPath;
    this.schemaPath = rec.tv4SchemaPath === undefined ? rec.schemaPath.replace(/^#/, '') : rec.tv4SchemaPath;
    this.subErrors = null;
    this.stack = 'ValidationError: ' + this.message;
  }
  Tv4Error.prototype = Object.create(Error.prototype);
  Tv4Error.prototype.constructor = Tv4Error;
  Tv4Error.prototype.name = 'ValidationError';

  function makeTv4() {
    var schemas = {};
    var api = {
      error: null,
      missing: [],
      valid: true,
      errorCodes: ERROR_CODES,
      validate: function (data, schema) {
        var r = api.validateResult(data, schema);
        api.error = r.error;
        api.missing = r.missing;
        api.valid = r.valid;
        return r.valid;
      },
      validateResult: function (data, schema) {
        if (typeof schema === 'string') schema = schemas[schema];
        var errs;
        try {
          errs = run(schema, data, 'tv4', schemas);
        } catch (e) {
          var err = new Tv4Error({ tv4Message: String(e && e.message), params: {}, tv4Code: 501,
            instancePath: '', schemaPath: '' });
          return { valid: false, error: err, missing: [] };
        }
        return { valid: errs.length === 0, error: errs.length ? new Tv4Error(errs[0]) : null,
          missing: [] };
      },
      validateMultiple: function (data, schema) {
        if (typeof schema === 'string') schema = schemas[schema];
        var errs = run(schema, data, 'tv4', schemas);
        return { valid: errs.length === 0, errors: errs.map(function (e) { return new Tv4Error(e); }),
          missing: [] };
      },
      addSchema: function (uri, schema) {
        if (typeof uri === 'object') {
          schema = uri;
          uri = schema.id || schema.$id;
        }
        if (uri) schemas[uri] = schema;
        return true;
      },
      getSchema: function (uri) { return schemas[uri]; },
      getSchemaMap: function () { return Object.assign({}, schemas); },
      getSchemaUris: function () { return Object.keys(schemas); },
      getMissingUris: function () { return []; },
      dropSchemas: function () { schemas = {}; },
      reset: function () {
        schemas = {};
        api.error = null;
        api.missing = [];
      },
      addFormat: function () {},
      defineKeyword: function () {},
      defineError: function () {},
      setErrorReporter: function () {},
      language: function () { return 'en'; },
      addLanguage: function () {},
      normSchema: function (s) { return s; },
      resolveUrl: function (base, href) { return href; },
      freshApi: function () { return makeTv4(); }
    };
    return api;
  }

  // ------------------------------------------------------------------ Ajv 6
  var DRAFT4 = 'http://json-schema.org/draft-04/schema';

  var AJV_FORMATS = ['date', 'time', 'date-time', 'uri', 'uri-reference', 'uri-template', 'url', 'email',
    'hostname', 'ipv4', 'ipv6', 'regex', 'uuid', 'json-pointer', 'json-pointer-uri-fragment',
    'relative-json-pointer'];

  // Ajv 6 refuses to compile a schema that uses a format it does not know.
  function checkFormats(schema, path, known) {
    if (!schema || typeof schema !== 'object') return;
    if (typeof schema.format === 'string' && known.indexOf(schema.format) === -1) {
      throw new Error('unknown format "' + schema.format + '" is used in schema at path "' + path + '"');
    }
    ['properties', 'patternProperties', 'dependencies'].forEach(function (k) {
      var group = schema[k];
      if (group && typeof group === 'object') {
        Object.keys(group).forEach(function (name) {
          checkFormats(group[name], path + '/' + k + '/' + name, known);
        });
      }
    });
    ['additionalProperties', 'additionalItems', 'contains', 'propertyNames', 'not', 'if', 'then', 'else']
      .forEach(function (k) { checkFormats(schema[k], path + '/' + k, known); });
    ['anyOf', 'allOf', 'oneOf'].forEach(function (k) {
      if (Array.isArray(schema[k])) {
        schema[k].forEach(function (sub, i) { checkFormats(sub, path + '/' + k + '/' + i, known); });
      }
    });
    if (Array.isArray(schema.items)) {
      schema.items.forEach(function (sub, i) { checkFormats(sub, path + '/items/' + i, known); });
    } else {
      checkFormats(schema.items, path + '/items', known);
    }
  }

  // Without allErrors Ajv stops at the first failing keyword, keeping the errors of the
  // branches that keyword tried (anyOf, oneOf, contains, propertyNames).
  function firstFailure(recs) {
    for (var i = 0; i < recs.length; i++) if (!recs[i].sub) return recs.slice(0, i + 1);
    return recs;
  }

  function Ajv(opts) {
    if (!(this instanceof Ajv)) return new Ajv(opts);
    this._opts = opts || {};
    this._formats = AJV_FORMATS.slice();
    this._schemas = {};
    this._meta = {};
    this.errors = null;
  }
  Ajv.prototype._resolve = function (schemaOrKey) {
    if (typeof schemaOrKey === 'string') {
      var s = this._schemas[schemaOrKey];
      if (!s) throw new Error('no schema with key or ref "' + schemaOrKey + '"');
      return s;
    }
    return schemaOrKey;
  };
  Ajv.prototype.compile = function (schema) {
    var self = this;
    var $schema = schema && typeof schema === 'object' ? schema.$schema : undefined;
    if (typeof $schema === 'string') {
      // Ajv 6 knows only the draft-07 meta-schema unless others are added explicitly.
      var metaId = $schema.replace(/#$/, '');
      if (metaId !== 'http://json-schema.org/draft-07/schema' && !self._meta[metaId] &&
          !self._schemas[$schema] && !self._schemas[metaId]) {
        throw new Error('no schema with key or ref "' + $schema + '"');
      }
    }
    if (self._opts.unknownFormats !== 'ignore' && self._opts.format !== false) {
      checkFormats(schema, '#', self._formats.concat(Array.isArray(self._opts.unknownFormats) ? self._opts.unknownFormats : []));
    }
    try {
      run(schema, null, 'ajv', self._schemas); // throws on an invalid schema, as Ajv's compile does
    } catch (e) {
      // Word it as Ajv does: the schema's own errors against the draft-07 meta-schema.
      var meta = [];
      try {
        meta = run({ $ref: 'http://json-schema.org/draft-07/schema#' }, schema, 'ajv');
      } catch (ignored) { /* keep the validator's message */ }
      if (!meta.length) throw e;
      if (!self._opts.allErrors) meta = firstFailure(meta);
      throw new Error('schema is invalid: ' + Ajv.prototype.errorsText.call(self, meta));
    }
    // A named function expression: `validate` inside is the function's own name binding, not
    // the enclosing variable, so the function does not capture itself (a cycle that only a
    // full collection frees, left behind by every `jsonSchema` assertion).
    var validate = function validate(data) {
      var recs = run(schema, data, 'ajv', self._schemas);
      if (!self._opts.allErrors) recs = firstFailure(recs);
      var errors = recs.map(function (r) {
        var e = { keyword: r.keyword, dataPath: r.dataPath, schemaPath: r.schemaPath, params: r.params,
          message: r.message };
        if (r.keyword === 'required' && !self._opts.allErrors && !r.inProperties) {
          // Without allErrors, Ajv 6's `required` keyword names the missing property as a JS
          // path expression (checks made while walking `properties` use the plain name).
          var name = String(r.params.missingProperty);
          var expr = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? '.' + name
            : "['" + name.replace(/\\/g, '\\\\').replace(/'/g, "\\'") + "']";
          e.params = { missingProperty: expr };
          e.message = "should have required property '" + expr + "'";
        }
        return e;
      });
      validate.errors = errors.length ? errors : null;
      return errors.length === 0;
    };
    validate.schema = schema;
    validate.errors = null;
    return validate;
  };
  Ajv.prototype.validate = function (schemaOrKey, data) {
    var v = this.compile(this._resolve(schemaOrKey));
    var ok = v(data);
    this.errors = v.errors;
    return ok;
  };
  Ajv.prototype.addSchema = function (schema, key) {
    var self = this;
    if (Array.isArray(schema)) {
      schema.forEach(function (s) { self.addSchema(s); });
      return this;
    }
    key = key || (schema && (schema.$id || schema.id));
    if (key) this._schemas[key] = schema;
    return this;
  };
  Ajv.prototype.addMetaSchema = function (schema, key) {
    var id = key || (schema && (schema.$id || schema.id)) || '';
    this._meta[String(id).replace(/#$/, '')] = true;
    if (String(id).indexOf(DRAFT4) === 0) this._meta[DRAFT4] = true;
    return this;
  };
  Ajv.prototype.getSchema = function (key) {
    var s = this._schemas[key];
    return s ? this.compile(s) : undefined;
  };
  Ajv.prototype.removeSchema = function (key) {
    if (typeof key === 'string') delete this._schemas[key];
    else this._schemas = {};
    return this;
  };
  // Custom formats are accepted by name (values are not checked against them).
  Ajv.prototype.addFormat = function (name) {
    this._formats.push(String(name));
    return this;
  };
  Ajv.prototype.addKeyword = function () { return this; };
  Ajv.prototype.validateSchema = function (schema) {
    try {
      run(schema, null, 'ajv');
      this.errors = null;
      return true;
    } catch (e) {
      this.errors = [{ keyword: 'schema', dataPath: '', schemaPath: '', params: {}, message: String(e.message) }];
      return false;
    }
  };
  Ajv.prototype.errorsText = function (errors, options) {
    errors = errors || this.errors;
    if (!errors) return 'No errors';
    options = options || {};
    var separator = options.separator === undefined ? ', ' : options.separator;
    var dataVar = options.dataVar === undefined ? 'data' : options.dataVar;
    var text = '';
    for (var i = 0; i < errors.length; i++) {
      var e = errors[i];
      if (e) text += dataVar + e.dataPath + ' ' + e.message + separator;
    }
    return text.slice(0, -separator.length);
  };

  internal.tv4 = makeTv4();
  internal.Ajv = Ajv;
})(__cogman_internal);
