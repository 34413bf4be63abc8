// cogman: Postman's response assertions (`pm.response.to.have.status(200)` and friends) as a
// plugin for the chai-compatible `expect`, with the messages Newman prints.
//
// A response subject is any object carrying a non-enumerable `__cogmanResponse: true` marker
// (pm.response); requests carry `__cogmanRequest: true`. The response exposes code, status,
// headers {get, has}, text(), json(), responseTime, and optionally reason(), details(), size().
(function (internal) {
  'use strict';

  var _ = internal.lodash;
  var FIRST_LINE = /(.*?)\n.*/g;

  var statusClassReasons = { info: 1, success: 2, redirection: 3, clientError: 4, serverError: 5 };
  var statusCodeReasons = {
    accepted: { statusCode: 202, name: 'Accepted' },
    withoutContent: { statusCode: 204, name: 'No Content' },
    badRequest: { statusCode: 400, name: 'Bad Request' },
    unauthorised: { statusCode: 401, name: 'Unauthorised' },
    unauthorized: { statusCode: 401, name: 'Unauthorized' },
    forbidden: { statusCode: 403, name: 'Forbidden' },
    notFound: { statusCode: 404, name: 'Not Found' },
    notAcceptable: { statusCode: 406, name: 'Acceptable' },
    rateLimited: { statusCode: 429, name: 'Too Many Requests' }
  };

  function isResponse(obj) {
    return Boolean(obj) && (typeof obj === 'object' || typeof obj === 'function') &&
      obj.__cogmanResponse === true;
  }
  function isRequest(obj) {
    if (!obj || (typeof obj !== 'object' && typeof obj !== 'function')) return false;
    if (obj.__cogmanRequest === true) return true;
    // pm.request: an SDK Request (url, method, headers with has/get).
    return !isResponse(obj) && typeof obj.method === 'string' && obj.url !== undefined &&
      Boolean(obj.headers) && typeof obj.headers.has === 'function';
  }
  function requestOrResponse(what) {
    return isRequest(what) && 'request' || isResponse(what) && 'response' || undefined;
  }
  function reasonOf(res) {
    if (typeof res.reason === 'function') return res.reason();
    return res.status;
  }
  function codeOf(res) {
    if (typeof res.details === 'function') {
      var d = res.details();
      if (d && d.code !== undefined) return d.code;
    }
    return res.code;
  }
  function headerValue(obj, key) {
    var headers = obj.headers;
    if (headers && typeof headers.one === 'function') {
      var h = headers.one(key);
      return h ? h.value : undefined;
    }
    return headers && typeof headers.get === 'function' ? headers.get(key) : undefined;
  }
  function parseErrorOf(obj) {
    try {
      obj.json();
    } catch (e) {
      if (e && e.name === 'JSONError' && e.message) return e.message.replace(FIRST_LINE, '$1');
      return (e && e.name) + ': ' + (e && e.message);
    }
    return undefined;
  }

  internal.chai.use(function (chai) {
    var Assertion = chai.Assertion;
    var flag = chai.util.flag;

    // The plugin's own preconditions. One that holds is checked directly: a passing chai
    // assertion has no effect, and each `new Assertion(x).to.be...` chain builds several
    // assertion objects and proxies. One that fails still goes through chai for its message.
    function expectResponse(obj) {
      if (!isResponse(obj)) new Assertion(obj).to.be.postmanResponse;
    }
    function expectRequestOrResponse(obj) {
      if (!isResponse(obj) && !isRequest(obj)) new Assertion(obj).to.be.postmanRequestOrResponse;
    }
    function expectProperty(obj, name) {
      if (obj === null || obj === undefined || !(name in Object(obj))) new Assertion(obj).to.have.property(name);
    }
    function expectType(value, type) {
      if (typeof value !== type) new Assertion(value).to.be.a(type);
    }

    Assertion.addProperty('postmanRequest', function () {
      this.assert(isRequest(this._obj), 'expecting a postman request object but got #{this}',
        'not expecting a postman request object');
    });
    Assertion.addProperty('postmanResponse', function () {
      this.assert(isResponse(this._obj), 'expecting a postman response object but got #{this}',
        'not expecting a postman response object');
    });
    Assertion.addProperty('postmanRequestOrResponse', function () {
      this.assert(isResponse(this._obj) || isRequest(this._obj),
        'expecting a postman request or response object but got #{this}',
        'not expecting a postman request or response object');
    });

    function assertClass(self, classCode) {
      expectResponse(self._obj);
      expectProperty(self._obj, 'code');
      expectType(self._obj.code, 'number');
      var statusClass = Math.floor(self._obj.code / 100);
      self.assert(statusClass === classCode, 'expected response code to be #{exp}XX but found #{act}',
        'expected response code to not be #{exp}XX', classCode, self._obj.code);
    }
    Assertion.addMethod('statusCodeClass', function (classCode) { assertClass(this, classCode); });
    Object.keys(statusClassReasons).forEach(function (reason) {
      Assertion.addProperty(reason, function () { assertClass(this, statusClassReasons[reason]); });
    });

    Assertion.addProperty('error', function () {
      expectResponse(this._obj);
      expectProperty(this._obj, 'code');
      expectType(this._obj.code, 'number');
      var statusClass = Math.floor(this._obj.code / 100);
      this.assert(statusClass === 4 || statusClass === 5,
        'expected response code to be 4XX or 5XX but found #{act}',
        'expected response code to not be 4XX or 5XX', null, this._obj.code);
    });

    Assertion.addMethod('statusCode', function (code) {
      expectResponse(this._obj);
      expectProperty(this._obj, 'code');
      expectType(this._obj.code, 'number');
      this.assert(this._obj.code === Number(code),
        'expected response to have status code #{exp} but got #{act}',
        'expected response to not have status code #{act}', Number(code), this._obj.code);
    });

    Assertion.addMethod('statusReason', function (reason) {
      expectResponse(this._obj);
      reason = String(reason);
      var actual = reasonOf(this._obj);
      this.assert(actual === reason, 'expected response to have status reason #{exp} but got #{act}',
        'expected response to not have status reason #{act}', reason, actual);
    });

    Object.keys(statusCodeReasons).forEach(function (assertionName) {
      var reason = statusCodeReasons[assertionName];
      Assertion.addProperty(assertionName, function () {
        expectResponse(this._obj);
        var wantedReason = reason.name.toUpperCase();
        var actualReason = String(reasonOf(this._obj)).toUpperCase();
        var actualStatusCode = Number(codeOf(this._obj));
        this.assert(actualReason === wantedReason,
          'expected response to have status reason #{exp} but got #{act}',
          'expected response to not have status reason #{act}', wantedReason, actualReason);
        this.assert(actualStatusCode === reason.statusCode,
          'expected response to have status code #{exp} but got #{act}',
          'expected response to not have status code #{act}', reason.statusCode, actualStatusCode);
      });
    });

    Assertion.addProperty('ok', function () {
      if (!isResponse(this._obj)) {
        this.assert(flag(this, 'object'), 'expected #{this} to be truthy', 'expected #{this} to be falsy');
        return;
      }
      var actualReason = String(reasonOf(this._obj)).toUpperCase();
      var actualStatusCode = Number(codeOf(this._obj));
      this.assert(actualReason === 'OK', 'expected response to have status reason #{exp} but got #{act}',
        'expected response to not have status reason #{act}', 'OK', actualReason);
      this.assert(actualStatusCode === 200, 'expected response to have status code #{exp} but got #{act}',
        'expected response to not have status code #{act}', 200, actualStatusCode);
    });

    Assertion.addMethod('status', function (codeOrReason) {
      expectResponse(this._obj);
      if (_.isNumber(codeOrReason)) {
        expectProperty(this._obj, 'code');
        expectType(this._obj.code, 'number');
        this.assert(this._obj.code === Number(codeOrReason),
          'expected response to have status code #{exp} but got #{act}',
          'expected response to not have status code #{act}', Number(codeOrReason), this._obj.code);
      } else {
        var actual = reasonOf(this._obj);
        this.assert(actual === codeOrReason,
          'expected response to have status reason #{exp} but got #{act}',
          'expected response to not have status reason #{act}', codeOrReason, actual);
      }
    });

    Assertion.addMethod('header', function (headerKey, headerValueWanted) {
      expectRequestOrResponse(this._obj);
      expectProperty(this._obj, 'headers');
      var ror = requestOrResponse(this._obj);
      var has = Boolean(this._obj.headers.has(headerKey));
      this.assert(has, 'expected ' + ror + ' to have header with key \'' + String(headerKey) + '\'',
        'expected ' + ror + ' to not have header with key \'' + String(headerKey) + '\'', true, has);
      if (arguments.length < 2) return;
      var actual = headerValue(this._obj, headerKey);
      this.assert(actual === headerValueWanted,
        'expected \'' + String(headerKey) + '\' ' + ror + ' header to be #{exp} but got #{act}',
        'expected \'' + String(headerKey) + '\' ' + ror + ' header to not be #{act}',
        headerValueWanted, actual);
    });

    Assertion.addProperty('withBody', function () {
      expectResponse(this._obj);
      expectProperty(this._obj, 'text');
      expectType(this._obj.text, 'function');
      var bodyText = this._obj.text();
      this.assert(_.isString(bodyText) && bodyText.length, 'expected response to have content in body',
        'expected response to not have content in body');
    });

    Assertion.addProperty('json', function () {
      expectResponse(this._obj);
      expectProperty(this._obj, 'json');
      expectType(this._obj.json, 'function');
      var parseError = parseErrorOf(this._obj);
      this.assert(!parseError, 'expected response body to be a valid json but got error ' + parseError,
        'expected response body not to be a valid json');
    });

    Assertion.addMethod('body', function (content) {
      var bodyData;
      expectResponse(this._obj);
      if (_.isPlainObject(content)) {
        expectProperty(this._obj, 'json');
        expectType(this._obj.json, 'function');
        try { bodyData = this._obj.json(); } catch (e) { /* compared as undefined */ }
        this.assert(_.isEqual(bodyData, content),
          'expected response body json to equal #{exp} but got #{act}',
          'expected response body json to not equal #{exp} but got #{act}', content, bodyData);
        return;
      }
      expectProperty(this._obj, 'text');
      expectType(this._obj.text, 'function');
      bodyData = this._obj.text();
      if (arguments.length === 0) {
        this.assert(_.isString(bodyData) && bodyData.length, 'expected response to have content in body',
          'expected response to not have content in body');
        return;
      }
      if (content instanceof RegExp) {
        this.assert(content.exec(bodyData) !== null,
          'expected response body text to match #{exp} but got #{act}',
          'expected response body text #{act} to not match #{exp}', content, bodyData);
        return;
      }
      this.assert(_.isEqual(bodyData, content), 'expected response body to equal #{exp} but got #{act}',
        'expected response body to not equal #{exp}', content, bodyData);
    });

    Assertion.addMethod('jsonBody', function (path, value) {
      expectResponse(this._obj);
      expectProperty(this._obj, 'json');
      expectType(this._obj.json, 'function');
      var jsonBody;
      var parseError;
      try {
        jsonBody = this._obj.json();
      } catch (e) {
        if (e && e.name === 'JSONError' && e.message) parseError = e.message.replace(FIRST_LINE, '$1');
        else parseError = (e && e.name) + ': ' + (e && e.message);
      }
      if (arguments.length === 0) {
        this.assert(!parseError, 'expected response body to be a valid json but got error ' + parseError,
          'expected response body not to be a valid json');
        return;
      }
      if (_.isString(path)) {
        this.assert(_.has(jsonBody, path), 'expected #{act} in response to contain property #{exp}',
          'expected #{act} in response to not contain property #{exp}', path, jsonBody);
        if (arguments.length > 1) {
          jsonBody = _.get(jsonBody, path);
          this.assert(_.isEqual(jsonBody, value),
            'expected response body json at "' + path + '" to contain #{exp} but got #{act}',
            'expected response body json at "' + path + '" to not contain #{exp} but got #{act}',
            value, jsonBody);
        }
      }
    });

    Assertion.addChainableMethod('responseTime', function (value) {
      var time = flag(this, 'number');
      this.assert(_.isNumber(time), 'expected response to have a valid response time but got #{act}',
        'expected response to not have a valid response time but got #{act}', null, time);
      if (arguments.length) {
        this.assert(_.isEqual(time, value),
          'expected response to have a valid response time but got #{act}',
          'expected response to not have a valid response time but got #{act}', null, time);
      }
    }, function () {
      expectResponse(this._obj);
      expectProperty(this._obj, 'responseTime');
      flag(this, 'number', this._obj.responseTime);
      this._obj = this._obj.responseTime;
    });

    Assertion.addChainableMethod('responseSize', function (value) {
      var size = flag(this, 'number');
      this.assert(_.isNumber(size), 'expected response to have a valid response size but got #{act}',
        'expected response to not have a valid response size but got #{act}', null, size);
      if (arguments.length) {
        this.assert(_.isEqual(size, value), 'expected response size to equal #{act} but got #{exp}',
          'expected response size to not equal #{act} but got #{exp}', value, size);
      }
    }, function () {
      expectResponse(this._obj);
      var total;
      if (typeof this._obj.size === 'function') {
        var size = this._obj.size() || {};
        total = (size.header || 0) + (size.body || 0);
      } else {
        total = this._obj.responseSize;
      }
      flag(this, 'number', total);
      this._obj = total;
    });

    Assertion.addMethod('jsonSchema', function (schema, options) {
      new Assertion(schema).to.be.an('object');
      var data;
      if (isResponse(this._obj) || isRequest(this._obj) && typeof this._obj.json === 'function') {
        data = this._obj.json();
      } else {
        data = this._obj;
      }
      var opts = Object.assign({ allErrors: true, logger: false }, options);
      var ajv = new internal.Ajv(opts);
      var valid = ajv.validate(schema, data);
      this.assert(valid && !ajv.errors,
        'expected data to satisfy schema but found following errors: \n' + ajv.errorsText(),
        'expected data to not satisfy schema', true, valid);
    });
  });
})(__cogman_internal);
