//! Parity cases: each expression's expected result was recorded by running the same
//! expression against the reference libraries Newman 6.2.2 bundles (chai 4.4.1 with
//! chai-postman 2.0.1, lodash 3 as the legacy `_`, moment 2.30.1, crypto-js 3.3.0, xml2js 0.4.23,
//! tv4 1.3.0, ajv 6.12.5, cheerio 0.22.0) under Node.js with TZ=UTC.

/// `(expression, expected String(result))`; chai failures are caught by `__m` and yield the message.
pub(super) const CASES: &[(&str, &str)] = &[
    (
        r#"__m(function(){ expect({a:{b:{c:{d:1}}}}).to.equal(1) })"#,
        r#"expected { a: { b: { c: { d: 1 } } } } to equal 1"#,
    ),
    (
        r#"__m(function(){ expect([[1,[2,[3,[4]]]]]).to.equal(1) })"#,
        r#"expected [ [ 1, [ 2, [ 3, [ 4 ] ] ] ] ] to equal 1"#,
    ),
    (
        r#"__m(function(){ expect({a: undefined, b: null}).to.equal(1) })"#,
        r#"expected { a: undefined, b: null } to equal 1"#,
    ),
    (
        r#"__m(function(){ expect([undefined, null, NaN, -0, 1.5e300]).to.equal(1) })"#,
        r#"expected [ undefined, null, NaN, -0, 1.5e+300 ] to equal 1"#,
    ),
    (
        r#"__m(function(){ expect('a'.repeat(50)).to.equal('b') })"#,
        r#"expected 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…' to equal 'b'"#,
    ),
    (
        r#"__m(function(){ expect({name: 'John Smith', email: 'john@example.com', age: 30}).to.have.property('id') })"#,
        r#"expected { name: 'John Smith', …(2) } to have property 'id'"#,
    ),
    (
        r#"__m(function(){ expect({name: 'John', age: 30}).to.have.property('id') })"#,
        r#"expected { name: 'John', age: 30 } to have property 'id'"#,
    ),
    (
        r#"__m(function(){ expect({status: 'success', data: {id: 1}}).to.eql({status: 'success', data: {id: 2}}) })"#,
        r#"expected { status: 'success', data: { id: 1 } } to deeply equal { status: 'success', data: { id: 2 } }"#,
    ),
    (
        r#"__m(function(){ expect([{id: 1, name: 'a'}, {id: 2, name: 'b'}, {id: 3, name: 'c'}]).to.have.lengthOf(2) })"#,
        r#"expected [ { id: 1, name: 'a' }, …(2) ] to have a length of 2 but got 3"#,
    ),
    (
        r#"__m(function(){ expect([1,2,3,4,5]).to.include(6) })"#,
        r#"expected [ 1, 2, 3, 4, 5 ] to include 6"#,
    ),
    (
        r#"__m(function(){ expect(['alpha', 'beta', 'gamma', 'delta', 'epsilon']).to.include('zeta') })"#,
        r#"expected [ 'alpha', 'beta', 'gamma', …(2) ] to include 'zeta'"#,
    ),
    (
        r#"__m(function(){ expect(new Map([[1,2],[3,4]])).to.equal(1) })"#,
        r#"expected Map{ 1 => 2, 3 => 4 } to equal 1"#,
    ),
    (
        r#"__m(function(){ expect(new Map([[1,2]])).to.equal(1) })"#,
        r#"expected Map{} to equal 1"#,
    ),
    (
        r#"__m(function(){ expect(new Set([1,2,3])).to.equal(1) })"#,
        r#"expected Set{ 1, 2, 3 } to equal 1"#,
    ),
    (
        r#"__m(function(){ expect(Symbol('x')).to.equal(1) })"#,
        r#"expected Symbol(x) to equal 1"#,
    ),
    (
        r#"__m(function(){ expect({[Symbol('s')]: 1, a: 2}).to.equal(1) })"#,
        r#"expected { a: 2, [Symbol(s)]: 1 } to equal 1"#,
    ),
    (
        r#"__m(function(){ expect(function(){}).to.equal(1) })"#,
        r#"expected [Function] to equal 1"#,
    ),
    (
        r#"__m(function(){ expect(() => 1).to.equal(1) })"#,
        r#"expected [Function] to equal 1"#,
    ),
    (
        r#"__m(function(){ expect(class Foo {}).to.equal(1) })"#,
        r#"expected [Function Foo] to equal 1"#,
    ),
    (
        r#"__m(function(){ class Foo { constructor(){ this.a = 1; } } expect(new Foo()).to.equal(1) })"#,
        r#"expected Foo{ a: 1 } to equal 1"#,
    ),
    (
        r#"__m(function(){ expect(new TypeError('bad thing')).to.equal(1) })"#,
        r#"expected TypeError: bad thing to equal 1"#,
    ),
    (
        r#"__m(function(){ var e = new Error('x'); e.code = 'E1'; expect(e).to.equal(1) })"#,
        r#"expected Error: x { code: 'E1' } to equal 1"#,
    ),
    (
        r#"__m(function(){ expect(new Date(Date.UTC(2020,0,1))).to.equal(1) })"#,
        r#"expected 2020-01-01T00:00:00.000Z to equal 1"#,
    ),
    (
        r#"__m(function(){ expect(new Date(NaN)).to.equal(1) })"#,
        r#"expected Invalid Date to equal 1"#,
    ),
    (
        r#"__m(function(){ expect(/a\/b/m).to.equal(1) })"#,
        r#"expected /a\/b/b to equal 1"#,
    ),
    (
        r#"__m(function(){ expect(Promise.resolve(1)).to.equal(1) })"#,
        r#"expected Promise{…} to equal 1"#,
    ),
    (
        r#"__m(function(){ expect(new Uint8Array([1,2,3])).to.equal(1) })"#,
        r#"expected Uint8Array[ 1, 2, 3 ] to equal 1"#,
    ),
    (
        r#"__m(function(){ expect((function(){ return arguments; })(1,2)).to.equal(1) })"#,
        r#"expected Arguments[ 1, 2 ] to equal 1"#,
    ),
    (
        r#"__m(function(){ expect(Object.create(null)).to.equal(1) })"#,
        r#"expected {} to equal 1"#,
    ),
    (
        r#"__m(function(){ var o = Object.create(null); o.a = 1; expect(o).to.equal(1) })"#,
        r#"expected { a: 1 } to equal 1"#,
    ),
    (
        r#"__m(function(){ var o = {a: 1}; o.self = o; expect(o).to.equal(1) })"#,
        r#"expected { a: 1, self: [Circular] } to equal 1"#,
    ),
    (
        r#"__m(function(){ expect(true).to.equal(false) })"#,
        r#"expected true to equal false"#,
    ),
    (
        r#"__m(function(){ expect(12345678901234567890).to.equal(1) })"#,
        r#"expected 12345678901234567000 to equal 1"#,
    ),
    (
        r#"__m(function(){ expect(0.1 + 0.2).to.equal(0.3) })"#,
        r#"expected 0.30000000000000004 to equal 0.3"#,
    ),
    (
        r#"__m(function(){ expect(-5).to.be.above(0) })"#,
        r#"expected -5 to be above +0"#,
    ),
    (
        r#"__m(function(){ expect('x\ty\u0001z\u2028').to.equal(1) })"#,
        r#"expected 'x\ty\u0001z\u2028' to equal 1"#,
    ),
    (
        r#"__m(function(){ expect("it's \"q\" \\ ok").to.equal(1) })"#,
        r#"expected 'it\'s "q" \ ok' to equal 1"#,
    ),
    (
        r#"__m(function(){ expect({'a b': 1, 'c-d': 2, e_f: 3, '1x': 4}).to.equal(1) })"#,
        r#"expected { 'a b': 1, 'c-d': 2, e_f: 3, '1x': 4 } to equal 1"#,
    ),
    (
        r#"__m(function(){ expect({"it's": 1}).to.equal(1) })"#,
        r#"expected { 'it\'s': 1 } to equal 1"#,
    ),
    (
        r#"__m(function(){ expect([1,2,3]).to.deep.equal([1,2,4]) })"#,
        r#"expected [ 1, 2, 3 ] to deeply equal [ 1, 2, 4 ]"#,
    ),
    (
        r#"__m(function(){ expect({a: [1, 2, {b: 'hello world this is long'}]}).to.deep.equal({}) })"#,
        r#"expected { a: [ 1, 2, …(1) ] } to deeply equal {}"#,
    ),
    (
        r#"__m(function(){ expect({a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10}).to.be.empty })"#,
        r#"expected { a: 1, b: 2, c: 3, d: 4, e: 5, …(5) } to be empty"#,
    ),
    (
        r#"__m(function(){ expect([1,2,3,4,5,6,7,8,9,10,11,12,13,14,15]).to.be.empty })"#,
        r#"expected [ 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, …(5) ] to be empty"#,
    ),
    (
        r#"__m(function(){ expect(['a', 'b']).to.have.members(['a', 'c']) })"#,
        r#"expected [ 'a', 'b' ] to have the same members as [ 'a', 'c' ]"#,
    ),
    (
        r#"__m(function(){ expect([1, 2, 3]).to.include.members([4]) })"#,
        r#"expected [ 1, 2, 3 ] to be a superset of [ 4 ]"#,
    ),
    (
        r#"__m(function(){ expect('hello').to.have.lengthOf.above(10) })"#,
        r#"expected 'hello' to have a length above 10 but got 5"#,
    ),
    (
        r#"__m(function(){ expect([1,2]).to.have.lengthOf.at.least(3) })"#,
        r#"expected [ 1, 2 ] to have a length at least 3 but got 2"#,
    ),
    (
        r#"__m(function(){ expect([1,2]).to.have.lengthOf.within(3, 4) })"#,
        r#"expected [ 1, 2 ] to have a length within 3..4"#,
    ),
    (
        r#"__m(function(){ expect(5).to.be.within(1, 3) })"#,
        r#"expected 5 to be within 1..3"#,
    ),
    (
        r#"__m(function(){ expect(new Date(0)).to.be.above(new Date(1)) })"#,
        r#"expected 1970-01-01T00:00:00.000Z to be above 1970-01-01T00:00:00.001Z"#,
    ),
    (
        r#"__m(function(){ expect(null).to.be.above(1) })"#,
        r#"expected null to be a number or a date"#,
    ),
    (
        r#"__m(function(){ expect(undefined).to.be.below(1) })"#,
        r#"expected undefined to be a number or a date"#,
    ),
    (
        r#"__m(function(){ expect([1,2]).to.be.above(1) })"#,
        r#"expected 1,2 to be a number or a date"#,
    ),
    (
        r#"__m(function(){ expect({a: 1}).to.have.all.keys('a', 'b') })"#,
        r#"expected { a: 1 } to have keys 'a', and 'b'"#,
    ),
    (
        r#"__m(function(){ expect({a: 1, b: 2}).to.have.keys(['a']) })"#,
        r#"expected { a: 1, b: 2 } to have key 'a'"#,
    ),
    (
        r#"__m(function(){ expect({a: 1, b: 2}).to.not.have.any.keys('a', 'z') })"#,
        r#"expected { a: 1, b: 2 } to not have keys 'a', or 'z'"#,
    ),
    (
        r#"__m(function(){ expect({a: 1}).to.have.keys() })"#,
        r#"keys required"#,
    ),
    (
        r#"__m(function(){ expect([1, 2]).to.have.keys(0) })"#,
        r#"expected [ 1, 2 ] to have key '0'"#,
    ),
    (
        r#"__m(function(){ expect({a: {b: [1, 2]}}).to.have.nested.property('a.b[2]') })"#,
        r#"expected { a: { b: [ 1, 2 ] } } to have nested property 'a.b[2]'"#,
    ),
    (
        r#"__m(function(){ expect({a: {b: 1}}).to.have.nested.property('a.b', 2) })"#,
        r#"expected { a: { b: 1 } } to have nested property 'a.b' of 2, but got 1"#,
    ),
    (
        r#"__m(function(){ expect({a: {b: 1}}).to.have.deep.nested.property('a', {b: 2}) })"#,
        r#"expected { a: { b: 1 } } to have deep nested property 'a' of { b: 2 }, but got { b: 1 }"#,
    ),
    (
        r#"__m(function(){ expect({a: {b: 1}}).to.have.property('a', {b: 1}) })"#,
        r#"expected { a: { b: 1 } } to have property 'a' of { b: 1 }, but got { b: 1 }"#,
    ),
    (
        r#"__m(function(){ expect({x: {y: 1}}).to.have.deep.property('x', {y: 2}) })"#,
        r#"expected { x: { y: 1 } } to have deep property 'x' of { y: 2 }, but got { y: 1 }"#,
    ),
    (
        r#"__m(function(){ expect('str').to.have.property('length', 4) })"#,
        r#"expected 'str' to have property 'length' of 4, but got 3"#,
    ),
    (
        r#"__m(function(){ expect({a: 1}).to.not.have.property('a', 1) })"#,
        r#"expected { a: 1 } to not have property 'a' of 1"#,
    ),
    (
        r#"__m(function(){ expect({a: 1}).to.have.property({}) })"#,
        r#"the argument to property must be a string, number, or symbol"#,
    ),
    (
        r#"__m(function(){ expect([1,2,3]).to.not.include(2) })"#,
        r#"expected [ 1, 2, 3 ] to not include 2"#,
    ),
    (
        r#"__m(function(){ expect({a: 1, b: 2}).to.not.include({a: 1, b: 2}) })"#,
        r#"expected { a: 1, b: 2 } to not have property 'a' of 1"#,
    ),
    (
        r#"__m(function(){ expect({a: 1, b: 2}).to.include({a: 2, b: 3}) })"#,
        r#"expected { a: 1, b: 2 } to have property 'a' of 2, but got 1"#,
    ),
    (
        r#"__m(function(){ expect([{a: 1}]).to.include({a: 1}) })"#,
        r#"expected [ { a: 1 } ] to include { a: 1 }"#,
    ),
    (
        r#"__m(function(){ expect('abc').to.include(1) })"#,
        r#"expected 'abc' to include 1"#,
    ),
    (
        r#"__m(function(){ expect(undefined).to.include('a') })"#,
        r#"the given combination of arguments (undefined and string) is invalid for this assertion. You can use an array, a map, an object, a set, a string, or a weakset instead of a string"#,
    ),
    (
        r#"__m(function(){ expect(null).to.include({}) })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect(1).to.be.a('number').and.equal(2) })"#,
        r#"expected 1 to equal 2"#,
    ),
    (
        r#"__m(function(){ expect([]).to.be.an('object') })"#,
        r#"expected [] to be an object"#,
    ),
    (
        r#"__m(function(){ expect(null).to.be.a('null').and.not.exist })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect(NaN).to.be.a('number').and.not.be.NaN })"#,
        r#"expected NaN not to be NaN"#,
    ),
    (
        r#"__m(function(){ expect(Promise.resolve()).to.be.a('string') })"#,
        r#"expected Promise{…} to be a string"#,
    ),
    (
        r#"__m(function(){ expect(1).to.be.instanceOf(1) })"#,
        r#"The instanceof assertion needs a constructor but number was given."#,
    ),
    (
        r#"__m(function(){ expect({}).to.be.instanceOf(function(){}) })"#,
        r#"expected {} to be an instance of "#,
    ),
    (
        r#"__m(function(){ expect('x').to.be.oneOf(['a', 'b']) })"#,
        r#"expected 'x' to be one of [ 'a', 'b' ]"#,
    ),
    (
        r#"__m(function(){ expect({a: 1}).to.be.oneOf([{a: 1}]) })"#,
        r#"expected { a: 1 } to be one of [ { a: 1 } ]"#,
    ),
    (
        r#"__m(function(){ expect({a: 1}).to.be.deep.oneOf([{a: 2}]) })"#,
        r#"expected { a: 1 } to deeply equal one of [ { a: 2 } ]"#,
    ),
    (
        r#"__m(function(){ expect(1).to.be.oneOf(1) })"#,
        r#"expected 1 to be an array"#,
    ),
    (
        r#"__m(function(){ expect('abc').to.match(/z/i) })"#,
        r#"expected 'abc' to match /z/i"#,
    ),
    (
        r#"__m(function(){ expect('abc').to.not.match(/a/) })"#,
        r#"expected 'abc' not to match /a/"#,
    ),
    (
        r#"__m(function(){ expect(1.5).to.be.closeTo(1, 'x') })"#,
        r#"the arguments to closeTo or approximately must be numbers"#,
    ),
    (
        r#"__m(function(){ expect('1').to.be.closeTo(1, 1) })"#,
        r#"expected '1' to be a number"#,
    ),
    (
        r#"__m(function(){ expect(5).to.satisfy(function isBig(n) { return n > 10; }) })"#,
        r#"expected 5 to satisfy [Function isBig]"#,
    ),
    (
        r#"__m(function(){ expect(5).to.not.satisfy(function (n) { return n > 1; }) })"#,
        r#"expected 5 to not satisfy[Function]"#,
    ),
    (
        r#"__m(function(){ expect(function () { throw new RangeError('r'); }).to.throw(TypeError, 'x') })"#,
        r#"expected [Function] to throw 'TypeError' but 'RangeError: r' was thrown"#,
    ),
    (
        r#"__m(function(){ expect(function () { throw 'str'; }).to.throw(Error) })"#,
        r#"expected [Function] to throw 'Error' but 'str' was thrown"#,
    ),
    (
        r#"__m(function(){ expect(function () { throw new Error('abc'); }).to.not.throw(Error) })"#,
        r#"expected [Function] to not throw 'Error' but 'Error: abc' was thrown"#,
    ),
    (
        r#"__m(function(){ expect(function () { throw new Error('abc'); }).to.not.throw('abc') })"#,
        r#"expected [Function] to throw error not including 'abc'"#,
    ),
    (
        r#"__m(function(){ expect(function () { throw new Error('abc'); }).to.throw(/xyz/) })"#,
        r#"expected [Function] to throw error matching /xyz/ but got 'abc'"#,
    ),
    (
        r#"__m(function(){ var e = new Error('same'); expect(function () { throw new Error('same'); }).to.throw(e) })"#,
        r#"expected [Function] to throw 'Error: same' but 'Error: same' was thrown"#,
    ),
    (
        r#"__m(function(){ expect(1).to.throw() })"#,
        r#"expected 1 to be a function"#,
    ),
    (
        r#"__m(function(){ expect({}).to.respondTo('x') })"#,
        r#"expected {} to respond to 'x'"#,
    ),
    (
        r#"__m(function(){ expect(Array).to.respondTo('push') })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect(Array).itself.to.respondTo('push') })"#,
        r#"expected [Function Array] to respond to 'push'"#,
    ),
    (
        r#"__m(function(){ expect(1).to.be.empty })"#,
        r#".empty was passed non-string primitive 1"#,
    ),
    (
        r#"__m(function(){ expect(function(){}).to.be.empty })"#,
        r#".empty was passed a function"#,
    ),
    (
        r#"__m(function(){ expect(new Map()).to.not.be.empty })"#,
        r#"expected Map{} not to be empty"#,
    ),
    (
        r#"__m(function(){ expect(1).to.be.arguments })"#,
        r#"expected 1 to be arguments but got number"#,
    ),
    (
        r#"__m(function(){ expect(0).to.exist.and.be.ok })"#,
        r#"expected +0 to be truthy"#,
    ),
    (
        r#"__m(function(){ expect(null).to.exist })"#,
        r#"expected null to exist"#,
    ),
    (
        r#"__m(function(){ expect('').to.not.exist.and.be.ok })"#,
        r#"expected '' to not exist"#,
    ),
    (
        r#"__m(function(){ expect(1).to.be.false })"#,
        r#"expected 1 to be false"#,
    ),
    (
        r#"__m(function(){ expect(false).to.not.be.false })"#,
        r#"expected false to be true"#,
    ),
    (r#"__m(function(){ expect(1).to.not.be.true })"#, r#"PASS"#),
    (
        r#"__m(function(){ expect(null).to.not.be.null })"#,
        r#"expected null not to be null"#,
    ),
    (
        r#"__m(function(){ expect(undefined).to.not.be.undefined })"#,
        r#"expected undefined not to be undefined"#,
    ),
    (
        r#"__m(function(){ expect(NaN).to.not.be.NaN })"#,
        r#"expected NaN not to be NaN"#,
    ),
    (r#"__m(function(){ expect(1).to.be.sealed })"#, r#"PASS"#),
    (
        r#"__m(function(){ expect(1).to.be.extensible })"#,
        r#"expected 1 to be extensible"#,
    ),
    (
        r#"__m(function(){ expect('a').to.be.finite })"#,
        r#"expected 'a' to be a finite number"#,
    ),
    (
        r#"__m(function(){ expect(1).to.equal(2, 'my message') })"#,
        r#"my message: expected 1 to equal 2"#,
    ),
    (
        r#"__m(function(){ expect(1, 'outer').to.be.above(2) })"#,
        r#"outer: expected 1 to be above 2"#,
    ),
    (
        r#"__m(function(){ expect(1, 'outer').to.have.property('x') })"#,
        r#"outer: expected 1 to have property 'x'"#,
    ),
    (
        r#"__m(function(){ expect([1], 'm').to.have.members([2]) })"#,
        r#"m: expected [ 1 ] to have the same members as [ 2 ]"#,
    ),
    (
        r#"__m(function(){ expect(1, 'm').to.have.lengthOf(2) })"#,
        r#"m: expected 1 to have property 'length'"#,
    ),
    (
        r#"__m(function(){ expect('x').to.have.string('y', 'with msg') })"#,
        r#"with msg: expected 'x' to contain 'y'"#,
    ),
    (
        r#"__m(function(){ expect(1).to.be.ture })"#,
        r#"Invalid Chai property: ture. Did you mean "true"?"#,
    ),
    (
        r#"__m(function(){ expect(1).to.be.xyzabc })"#,
        r#"Invalid Chai property: xyzabc"#,
    ),
    (
        r#"__m(function(){ expect(1).to.equals.equal(1) })"#,
        r#"Invalid Chai property: equals.equal. See docs for proper usage of "equals"."#,
    ),
    (
        r#"__m(function(){ expect([1]).to.have.length.of.at.most(0) })"#,
        r#"expected [ 1 ] to have a length at most +0 but got 1"#,
    ),
    (
        r#"__m(function(){ expect([1, 2]).to.have.length(1) })"#,
        r#"expected [ 1, 2 ] to have a length of 1 but got 2"#,
    ),
    (r#"__m(function(){ expect([1,2]).length })"#, r#"PASS"#),
    (
        r#"__m(function(){ expect(1).to.not.be.within(0, 2) })"#,
        r#"expected 1 to not be within 0..2"#,
    ),
    (
        r#"__m(function(){ expect(3).to.not.be.at.least(1) })"#,
        r#"expected 3 to be below 1"#,
    ),
    (
        r#"__m(function(){ expect(3).to.not.be.at.most(5) })"#,
        r#"expected 3 to be above 5"#,
    ),
    (
        r#"__m(function(){ expect(3).to.not.be.below(5) })"#,
        r#"expected 3 to be at least 5"#,
    ),
    (
        r#"__m(function(){ var o = {v: 1}; expect(function(){ o.v += 2; }).to.increase(o, 'v').by(3) })"#,
        r#"expected .v to increase by 3"#,
    ),
    (
        r#"__m(function(){ var o = {v: 1}; expect(function(){ o.v -= 2; }).to.decrease(o, 'v').by(1) })"#,
        r#"expected .v to decrease by 1"#,
    ),
    (
        r#"__m(function(){ var o = {v: 1}; expect(function(){}).to.change(o, 'v') })"#,
        r#"expected .v to change"#,
    ),
    (
        r#"__m(function(){ var v = 1; expect(function(){}).to.change(function(){ return v; }) })"#,
        r#"expected 1 to change"#,
    ),
    (
        r#"__m(function(){ expect({a: 1}).to.have.ownPropertyDescriptor('a', {value: 2, writable: true, enumerable: true, configurable: true}) })"#,
        r#"expected the own property descriptor for 'a' on { a: 1 } to match { value: 2, writable: true, …(2) }, got { value: 1, writable: true, …(2) }"#,
    ),
    (
        r#"__m(function(){ expect(Object.freeze({})).to.not.be.frozen })"#,
        r#"expected {} to not be frozen"#,
    ),
    (
        r#"__m(function(){ expect([1, [2, 3]]).to.deep.include([2, 4]) })"#,
        r#"expected [ 1, [ 2, 3 ] ] to deep include [ 2, 4 ]"#,
    ),
    (
        r#"__m(function(){ expect([1, 2]).to.have.ordered.members([1]) })"#,
        r#"expected [ 1, 2 ] to have the same ordered members as [ 1 ]"#,
    ),
    (
        r#"__m(function(){ expect([1, 2, 3]).to.include.ordered.members([2]) })"#,
        r#"expected [ 1, 2, 3 ] to be an ordered superset of [ 2 ]"#,
    ),
    (
        r#"__m(function(){ expect([1, 2]).to.have.same.deep.members([1, 3]) })"#,
        r#"expected [ 1, 2 ] to have the same members as [ 1, 3 ]"#,
    ),
    (
        r#"__m(function(){ expect([3]).to.be.a.superset }) "#,
        r#"Invalid Chai property: superset"#,
    ),
    (
        r#"__m(function(){ chai.expect.fail(1, 2, 'boom') })"#,
        r#"boom"#,
    ),
    (
        r#"__m(function(){ chai.expect.fail() })"#,
        r#"expect.fail()"#,
    ),
    (
        r#"__m(function(){ expect([1,2,3]).to.contain.oneOf([4, 5]) })"#,
        r#"expected [ 1, 2, 3 ] to contain one of [ 4, 5 ]"#,
    ),
    (
        r#"__m(function(){ expect(new Set([1])).to.include(2) })"#,
        r#"expected Set{ 1 } to include 2"#,
    ),
    (
        r#"__m(function(){ expect(new Map([['a', 1]])).to.include(2) })"#,
        r#"expected Map{} to include 2"#,
    ),
    (
        r#"__m(function(){ expect(new Map([['a', 1]])).to.have.keys('b') })"#,
        r#"expected Map{} to have key 'b'"#,
    ),
    (
        r#"__m(function(){ expect(new Set(['a'])).to.have.any.keys('b', 'c') })"#,
        r#"expected Set{ 'a' } to have keys 'b', or 'c'"#,
    ),
    (
        r#"__m(function(){ expect({a: 1}).to.be.a('object').that.has.property('b') })"#,
        r#"expected { a: 1 } to have property 'b'"#,
    ),
    (
        r#"__m(function(){ expect(Buffer.from('hi')).to.equal(1) })"#,
        r#"expected Buffer[ 104, 105 ] to equal 1"#,
    ),
    (
        r#"__m(function(){ expect(10n).to.equal(1) })"#,
        r#"expected 10n to equal 1"#,
    ),
    (
        r#"__m(function(){ expect({a: 1}).to.deep.equal({a: 1, b: undefined}) })"#,
        r#"expected { a: 1 } to deeply equal { a: 1, b: undefined }"#,
    ),
    (
        r#"__m(function(){ expect([1, , 3]).to.deep.equal([1, undefined, 3]) })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect(-0).to.eql(0) })"#,
        r#"expected -0 to deeply equal +0"#,
    ),
    (
        r#"__m(function(){ expect(new Date(1)).to.eql(new Date(2)) })"#,
        r#"expected 1970-01-01T00:00:00.001Z to deeply equal 1970-01-01T00:00:00.002Z"#,
    ),
    (
        r#"__m(function(){ expect(/a/g).to.eql(/a/i) })"#,
        r#"expected /a/g to deeply equal /a/i"#,
    ),
    (
        r#"__m(function(){ expect(new Error('a')).to.eql(new Error('a')) })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect(new Number(1)).to.eql(1) })"#,
        r#"expected 1 to deeply equal 1"#,
    ),
    (
        r#"__m(function(){ expect([]).to.eql({}) })"#,
        r#"expected [] to deeply equal {}"#,
    ),
    (
        r#"__m(function(){ expect({a: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]}).to.equal(1) })"#,
        r#"expected { Object (a) } to equal 1"#,
    ),
    (
        r#"__m(function(){ expect({data: {items: [{id: 1}, {id: 2}]}, meta: {total: 2}}).to.equal(1) })"#,
        r#"expected { data: { items: [ …(2) ] }, …(1) } to equal 1"#,
    ),
    (
        r#"__m(function(){ expect(['a very long string that goes over the limit', 'b']).to.equal(1) })"#,
        r#"expected [ …(2) ] to equal 1"#,
    ),
    (
        r#"__m(function(){ expect({key: 'a very long string that goes over the limit of forty'}).to.equal(1) })"#,
        r#"expected { Object (key) } to equal 1"#,
    ),
    (
        r#"__m(function(){ expect({k1: 1, k2: 2, k3: 3, k4: 4, k5: 5, k6: 6, k7: 7, k8: 8}).to.equal(1) })"#,
        r#"expected { k1: 1, k2: 2, k3: 3, k4: 4, …(4) } to equal 1"#,
    ),
    (
        r#"__m(function(){ expect([[1, 2], [3, 4], [5, 6], [7, 8], [9, 10], [11, 12]]).to.equal(1) })"#,
        r#"expected [ [ 1, 2 ], [ 3, 4 ], [ 5, 6 ], …(3) ] to equal 1"#,
    ),
    (
        r#"__m(function(){ expect({a: 'x'.repeat(33)}).to.equal(1) })"#,
        r#"expected { Object (a) } to equal 1"#,
    ),
    (
        r#"__m(function(){ expect({a: 'x'.repeat(34)}).to.equal(1) })"#,
        r#"expected { Object (a) } to equal 1"#,
    ),
    (
        r#"__m(function(){ expect({a: 'x'.repeat(40)}).to.equal(1) })"#,
        r#"expected { Object (a) } to equal 1"#,
    ),
    (
        r#"__m(function(){ expect(['x'.repeat(36)]).to.equal(1) })"#,
        r#"expected [ Array(1) ] to equal 1"#,
    ),
    (
        r#"__m(function(){ expect(['x'.repeat(34)]).to.equal(1) })"#,
        r#"expected [ Array(1) ] to equal 1"#,
    ),
    (
        r#"__m(function(){ expect('x'.repeat(38)).to.equal(1) })"#,
        r#"expected 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' to equal 1"#,
    ),
    (
        r#"__m(function(){ expect('x'.repeat(39)).to.equal(1) })"#,
        r#"expected 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…' to equal 1"#,
    ),
    (r#"_.get({a: [{b: 1}]}, 'a[0].b')"#, r#"1"#),
    (r#"JSON.stringify(_.get({'a.b': 1}, 'a.b'))"#, r#"1"#),
    (
        r#"JSON.stringify(_.set({}, 'a[0].b', 1))"#,
        r#"{"a":[{"b":1}]}"#,
    ),
    (
        r#"JSON.stringify(_.set({}, 'a.0.b', 1))"#,
        r#"{"a":[{"b":1}]}"#,
    ),
    (r#"_.has({a: {b: undefined}}, 'a.b')"#, r#"true"#),
    (r#"_.has([1, 2], '1')"#, r#"true"#),
    (r#"_.isEqual([1, 2], [1, 2])"#, r#"true"#),
    (r#"_.isEqual({a: 1, b: 2}, {b: 2, a: 1})"#, r#"true"#),
    (r#"_.isEqual(NaN, NaN)"#, r#"true"#),
    (r#"_.isEqual(0, -0)"#, r#"true"#),
    (r#"_.isEqual(new Date(1), new Date(1))"#, r#"true"#),
    (r#"_.isEqual({a: undefined}, {})"#, r#"false"#),
    (r#"_.isEqual([1], {0: 1, length: 1})"#, r#"false"#),
    (
        r#"JSON.stringify(_.merge({a: [1, 2]}, {a: [3]}))"#,
        r#"{"a":[3,2]}"#,
    ),
    (
        r#"JSON.stringify(_.merge({a: 1}, {a: undefined, b: null}))"#,
        r#"{"a":1,"b":null}"#,
    ),
    (
        r#"JSON.stringify(_.assign({a: 1}, {b: 2}, null, {a: 3}))"#,
        r#"{"a":3,"b":2}"#,
    ),
    (
        r#"JSON.stringify(_.defaults({a: 1}, {a: 2, b: 2}))"#,
        r#"{"a":1,"b":2}"#,
    ),
    (
        r#"JSON.stringify(_.sortBy(['b', 'a', 'C']))"#,
        r#"["C","a","b"]"#,
    ),
    (
        r#"JSON.stringify(_.sortBy([3, 1, undefined, 2, null]))"#,
        r#"[1,2,3,null,null]"#,
    ),
    (
        r#"JSON.stringify(_.groupBy(['one', 'two', 'three'], 'length'))"#,
        r#"{"3":["one","two"],"5":["three"]}"#,
    ),
    (
        r#"JSON.stringify(_.partition([1, 2, 3], function (n) { return n % 2; }))"#,
        r#"[[1,3],[2]]"#,
    ),
    (
        r#"JSON.stringify(_.flatten([1, [2, [3]]]))"#,
        r#"[1,2,[3]]"#,
    ),
    (
        r#"JSON.stringify(_.chunk(['a', 'b', 'c', 'd', 'e'], 2))"#,
        r#"[["a","b"],["c","d"],["e"]]"#,
    ),
    (
        r#"JSON.stringify(_.zipObject(['a', 'b'], [1, 2]))"#,
        r#"{"a":1,"b":2}"#,
    ),
    (r#"JSON.stringify(_.range(5))"#, r#"[0,1,2,3,4]"#),
    (r#"JSON.stringify(_.range(1, 5))"#, r#"[1,2,3,4]"#),
    (r#"JSON.stringify(_.range(0, -4, -1))"#, r#"[0,-1,-2,-3]"#),
    (r#"JSON.stringify(_.range(5, 0))"#, r#"[]"#),
    (r#"JSON.stringify(_.take([1, 2, 3], 2))"#, r#"[1,2]"#),
    (r#"JSON.stringify(_.drop([1, 2, 3]))"#, r#"[2,3]"#),
    (r#"JSON.stringify(_.without([1, 2, 1, 3], 1))"#, r#"[2,3]"#),
    (r#"JSON.stringify(_.xor([2, 1], [2, 3]))"#, r#"[1,3]"#),
    (r#"_.camelCase('__FOO_BAR__')"#, r#"fooBar"#),
    (r#"_.camelCase('foo bar')"#, r#"fooBar"#),
    (r#"_.camelCase('XMLHttpRequest')"#, r#"xmlHttpRequest"#),
    (r#"_.kebabCase('Foo Bar')"#, r#"foo-bar"#),
    (r#"_.kebabCase('__FOO_BAR__')"#, r#"foo-bar"#),
    (r#"_.snakeCase('fooBar')"#, r#"foo_bar"#),
    (r#"_.snakeCase('--FOO-BAR--')"#, r#"foo_bar"#),
    (r#"_.startCase('--foo-bar--')"#, r#"Foo Bar"#),
    (r#"_.startCase('fooBar')"#, r#"Foo Bar"#),
    (r#"_.startCase('__FOO_BAR__')"#, r#"FOO BAR"#),
    (r#"_.capitalize('FRED')"#, r#"FRED"#),
    (r#"_.pad('abc', 8)"#, r#"  abc   "#),
    (r#"_.pad('abc', 8, '_-')"#, r#"_-abc_-_"#),
    (r#"_.repeat('*', 3)"#, r#"***"#),
    (
        r#"_.escape('fred, barney, & pebbles')"#,
        r#"fred, barney, &amp; pebbles"#,
    ),
    (
        r#"_.unescape('fred, barney, &amp; pebbles')"#,
        r#"fred, barney, & pebbles"#,
    ),
    (
        r#"JSON.stringify(_.words('fred, barney, & pebbles'))"#,
        r#"["fred","barney","pebbles"]"#,
    ),
    (
        r#"JSON.stringify(_.words('camelCaseHTML'))"#,
        r#"["camel","Case","HTML"]"#,
    ),
    (
        r#"_.template('<%- value %>')({value: '<script>'})"#,
        r#"&lt;script&gt;"#,
    ),
    (
        r#"_.template('<% _.forEach(users, function(user) { %><li><%- user %></li><% }); %>')({users: ['fred', 'barney']})"#,
        r#"<li>fred</li><li>barney</li>"#,
    ),
    (
        r#"_.template('hello ${ user }!')({user: 'pebbles'})"#,
        r#"hello pebbles!"#,
    ),
    (r#"_.sum([])"#, r#"0"#),
    (r#"_.max([])"#, r#"-Infinity"#),
    (r#"_.round(4.006, 2)"#, r#"4.01"#),
    (r#"_.floor(0.046, 2)"#, r#"0.04"#),
    (r#"_.ceil(6040, -2)"#, r#"6100"#),
    (r#"_.inRange(3, 2, 4)"#, r#"true"#),
    (r#"_.size('pebbles')"#, r#"7"#),
    (r#"_.isEmpty('')"#, r#"true"#),
    (r#"_.isEmpty(0)"#, r#"true"#),
    (r#"_.isEmpty(new Map())"#, r#"true"#),
    (r#"_.isNumber(NaN)"#, r#"true"#),
    (r#"_.isObject(function(){})"#, r#"true"#),
    (r#"_.isPlainObject(Object.create(null))"#, r#"true"#),
    (
        r#"JSON.stringify(_.mapKeys({a: 1, b: 2}, function (v, k) { return k + v; }))"#,
        r#"{"a1":1,"b2":2}"#,
    ),
    (
        r#"JSON.stringify(_.filter({a: 1, b: 2}, function (v) { return v > 1; }))"#,
        r#"[2]"#,
    ),
    (
        r#"JSON.stringify(_.map({a: 1, b: 2}, function (v, k) { return k + v; }))"#,
        r#"["a1","b2"]"#,
    ),
    (
        r#"JSON.stringify(_.reject([1, 2, 3], function (n) { return n % 2 === 0; }))"#,
        r#"[1,3]"#,
    ),
    (r#"_.some([null, 0, 'yes', false], Boolean)"#, r#"true"#),
    (r#"_.every([true, 1, null, 'yes'], Boolean)"#, r#"false"#),
    (r#"_.every([], Boolean)"#, r#"true"#),
    (
        r#"JSON.stringify(_.countBy([6.1, 4.2, 6.3], Math.floor))"#,
        r#"{"4":1,"6":2}"#,
    ),
    (r#"JSON.stringify(_.difference([2, 1], [2, 3]))"#, r#"[1]"#),
    (r#"JSON.stringify(_.union([2], [1, 2]))"#, r#"[2,1]"#),
    (r#"JSON.stringify(_.uniq([2, 1, 2]))"#, r#"[2,1]"#),
    (
        r#"JSON.stringify(_.compact([0, 1, false, 2, '', 3]))"#,
        r#"[1,2,3]"#,
    ),
    (r#"JSON.stringify(_.initial([1, 2, 3]))"#, r#"[1,2]"#),
    (r#"JSON.stringify(_.tail([1, 2, 3]))"#, r#"[2,3]"#),
    (
        r#"JSON.stringify(_.chain([1, 2, 3]).map(function (n) { return n * 3; }).filter(function (n) { return n > 3; }).value())"#,
        r#"[6,9]"#,
    ),
    (r#"_.chain({a: 1}).get('a').value()"#, r#"1"#),
    (r#"_([1, 2, 3]).sum()"#, r#"6"#),
    (
        r#"JSON.stringify(_([1, 2, 3]).map(function (n) { return n; }))"#,
        r#"[1,2,3]"#,
    ),
    (
        r#"moment.utc('2024-01-15T10:20:30Z').format('YYYY-MM-DDTHH:mm:ss.SSSZ')"#,
        r#"2024-01-15T10:20:30.000+00:00"#,
    ),
    (
        r#"moment.utc('2024-01-15T10:20:30Z').format('MMMM Do YYYY, h:mm:ss a')"#,
        r#"January 15th 2024, 10:20:30 am"#,
    ),
    (
        r#"moment.utc('2024-01-15T10:20:30Z').format('dddd')"#,
        r#"Monday"#,
    ),
    (
        r#"moment.utc('2024-01-15T10:20:30Z').format("MMM Do YY")"#,
        r#"Jan 15th 24"#,
    ),
    (
        r#"moment.utc('2024-01-15T10:20:30Z').format('YYYY [escaped] YYYY')"#,
        r#"2024 escaped 2024"#,
    ),
    (
        r#"moment.utc('2024-01-15T10:20:30Z').format('LLLL')"#,
        r#"Monday, January 15, 2024 10:20 AM"#,
    ),
    (
        r#"moment.utc('2024-01-15T10:20:30Z').format('llll')"#,
        r#"Mon, Jan 15, 2024 10:20 AM"#,
    ),
    (
        r#"moment.utc('2024-01-15T10:20:30Z').format('LTS')"#,
        r#"10:20:30 AM"#,
    ),
    (
        r#"moment.utc('2024-01-15T10:20:30Z').format('Q Qo W Wo w wo E e d do DDD DDDD k kk')"#,
        r#"1 1st 3 3rd 3 3rd 1 1 1 1st 15 015 10 10"#,
    ),
    (
        r#"moment.utc('2024-01-15T10:20:30Z').format('gggg GGGG')"#,
        r#"2024 2024"#,
    ),
    (
        r#"moment.utc('2024-12-30T10:20:30Z').format('gggg GGGG W w')"#,
        r#"2025 2025 1 1"#,
    ),
    (
        r#"moment.utc('2024-01-15T10:20:30Z').toString()"#,
        r#"Mon Jan 15 2024 10:20:30 GMT+0000"#,
    ),
    (
        r#"moment.utc('2024-01-15T10:20:30Z').toJSON()"#,
        r#"2024-01-15T10:20:30.000Z"#,
    ),
    (
        r#"moment.utc('2024-01-15T10:20:30Z').inspect()"#,
        r#"moment.utc("2024-01-15T10:20:30.000+00:00")"#,
    ),
    (
        r#"moment('2024-01-15T10:20:30Z').format()"#,
        r#"2024-01-15T10:20:30+00:00"#,
    ),
    (
        r#"moment('2024-01-15T10:20:30+05:30').format()"#,
        r#"2024-01-15T04:50:30+00:00"#,
    ),
    (
        r#"moment('2024-01-15').format()"#,
        r#"2024-01-15T00:00:00+00:00"#,
    ),
    (
        r#"moment('2024-01-15 10:20').format()"#,
        r#"2024-01-15T10:20:00+00:00"#,
    ),
    (
        r#"moment('20240115').format()"#,
        r#"2024-01-15T00:00:00+00:00"#,
    ),
    (
        r#"moment('2024-01-15T10:20:30.123456Z').valueOf()"#,
        r#"1705314030123"#,
    ),
    (r#"moment('2024-13-15').isValid()"#, r#"false"#),
    (r#"moment('2024-02-30').isValid()"#, r#"false"#),
    (
        r#"moment('Mon, 15 Jan 2024 10:20:30 GMT').isValid()"#,
        r#"true"#,
    ),
    (
        r#"moment('01/15/2024', 'MM/DD/YYYY').format()"#,
        r#"2024-01-15T00:00:00+00:00"#,
    ),
    (
        r#"moment('15-01-2024 10:20', 'DD-MM-YYYY HH:mm').format()"#,
        r#"2024-01-15T10:20:00+00:00"#,
    ),
    (
        r#"moment('January 15, 2024', 'MMMM D, YYYY').format()"#,
        r#"2024-01-15T00:00:00+00:00"#,
    ),
    (
        r#"moment('2024-01-15 3:04 PM', 'YYYY-MM-DD h:mm A').format()"#,
        r#"2024-01-15T15:04:00+00:00"#,
    ),
    (
        r#"moment('1705314030', 'X').toISOString()"#,
        r#"2024-01-15T10:20:30.000Z"#,
    ),
    (
        r#"moment(1705314030000).toISOString()"#,
        r#"2024-01-15T10:20:30.000Z"#,
    ),
    (
        r#"moment.utc([2024, 0, 31]).add(1, 'month').format('YYYY-MM-DD')"#,
        r#"2024-02-29"#,
    ),
    (
        r#"moment.utc([2024, 0, 31]).add(1, 'quarter').format('YYYY-MM-DD')"#,
        r#"2024-04-30"#,
    ),
    (
        r#"moment.utc([2024, 0, 31]).add({days: 1, hours: 2}).format()"#,
        r#"2024-02-01T02:00:00Z"#,
    ),
    (
        r#"moment.utc([2024, 0, 31]).subtract(1, 'week').format('YYYY-MM-DD')"#,
        r#"2024-01-24"#,
    ),
    (
        r#"moment.utc([2024, 0, 31]).startOf('week').format('YYYY-MM-DD')"#,
        r#"2024-01-28"#,
    ),
    (
        r#"moment.utc([2024, 0, 31]).startOf('isoWeek').format('YYYY-MM-DD')"#,
        r#"2024-01-29"#,
    ),
    (
        r#"moment.utc([2024, 0, 31]).endOf('month').format()"#,
        r#"2024-01-31T23:59:59Z"#,
    ),
    (
        r#"moment.utc([2024, 4, 31]).startOf('quarter').format('YYYY-MM-DD')"#,
        r#"2024-04-01"#,
    ),
    (
        r#"moment.utc([2024, 4, 31]).endOf('year').toISOString()"#,
        r#"2024-12-31T23:59:59.999Z"#,
    ),
    (
        r#"moment.utc([2024, 0, 1]).diff(moment.utc([2023, 0, 1]), 'days')"#,
        r#"365"#,
    ),
    (
        r#"moment.utc([2024, 0, 1]).diff(moment.utc([2023, 0, 1]), 'years')"#,
        r#"1"#,
    ),
    (
        r#"moment.utc([2024, 0, 1]).diff(moment.utc([2023, 6, 1]), 'years', true)"#,
        r#"0.5"#,
    ),
    (
        r#"moment.utc([2024, 0, 1]).diff(moment.utc([2023, 11, 15]), 'weeks')"#,
        r#"2"#,
    ),
    (
        r#"moment.utc([2024, 0, 1]).diff(moment.utc([2023, 11, 31, 12]))"#,
        r#"43200000"#,
    ),
    (
        r#"moment.utc([2024, 0, 1]).diff(moment.utc([2024, 0, 2]), 'days')"#,
        r#"-1"#,
    ),
    (
        r#"moment.utc([2024, 2, 15]).diff(moment.utc([2024, 0, 31]), 'months', true)"#,
        r#"1.4838709677419355"#,
    ),
    (
        r#"moment.utc([2024, 0, 1]).isBefore('2024-01-02')"#,
        r#"true"#,
    ),
    (
        r#"moment.utc([2024, 0, 1]).isBetween('2023-12-31', '2024-01-02')"#,
        r#"true"#,
    ),
    (
        r#"moment.utc([2024, 0, 1]).isSame(moment.utc([2024, 0, 31]), 'month')"#,
        r#"true"#,
    ),
    (
        r#"moment.utc([2024, 0, 1]).isSameOrAfter(moment.utc([2024, 0, 1]))"#,
        r#"true"#,
    ),
    (r#"moment.utc([2024, 0, 1]).day()"#, r#"1"#),
    (r#"moment.utc([2024, 0, 1]).daysInMonth()"#, r#"31"#),
    (r#"moment.utc([2024, 0, 1]).dayOfYear()"#, r#"1"#),
    (r#"moment.utc([2024, 0, 1]).isoWeekday()"#, r#"1"#),
    (r#"moment.utc([2024, 0, 1]).week()"#, r#"1"#),
    (r#"moment.utc([2024, 0, 1]).isoWeek()"#, r#"1"#),
    (
        r#"moment.utc([2024, 0, 1]).month(5).format('YYYY-MM-DD')"#,
        r#"2024-06-01"#,
    ),
    (
        r#"moment.utc([2024, 0, 1]).set('hour', 5).format()"#,
        r#"2024-01-01T05:00:00Z"#,
    ),
    (r#"moment.utc([2024, 0, 1]).get('year')"#, r#"2024"#),
    (
        r#"moment.utc([2024, 0, 1]).utcOffset(120).format()"#,
        r#"2024-01-01T02:00:00+02:00"#,
    ),
    (
        r#"moment.utc([2024, 0, 1]).utcOffset('-05:00').format('YYYY-MM-DD HH:mm Z')"#,
        r#"2023-12-31 19:00 -05:00"#,
    ),
    (
        r#"moment.utc([2024, 0, 1]).from(moment.utc([2024, 0, 1, 0, 0, 30]))"#,
        r#"a few seconds ago"#,
    ),
    (
        r#"moment.utc([2024, 0, 1]).from(moment.utc([2024, 0, 1, 0, 1]))"#,
        r#"a minute ago"#,
    ),
    (
        r#"moment.utc([2024, 0, 1]).from(moment.utc([2024, 0, 1, 0, 50]))"#,
        r#"an hour ago"#,
    ),
    (
        r#"moment.utc([2024, 0, 1]).from(moment.utc([2024, 0, 2, 0, 50]))"#,
        r#"a day ago"#,
    ),
    (
        r#"moment.utc([2024, 0, 1]).from(moment.utc([2024, 2, 2]))"#,
        r#"2 months ago"#,
    ),
    (
        r#"moment.utc([2024, 0, 1]).from(moment.utc([2026, 2, 2]))"#,
        r#"2 years ago"#,
    ),
    (
        r#"moment.utc([2024, 0, 1]).to(moment.utc([2024, 0, 5]))"#,
        r#"in 4 days"#,
    ),
    (
        r#"moment.utc([2024, 0, 1]).from(moment.utc([2024, 0, 1, 0, 0, 50]), true)"#,
        r#"a minute"#,
    ),
    (r#"moment.duration(3661000).humanize()"#, r#"an hour"#),
    (r#"moment.duration(2, 'days').asHours()"#, r#"48"#),
    (
        r#"moment.duration({hours: 1, minutes: 30}).asMinutes()"#,
        r#"90"#,
    ),
    (r#"moment.duration(90061001).hours()"#, r#"1"#),
    (r#"moment.duration(90061001).minutes()"#, r#"1"#),
    (r#"moment.duration(90061001).days()"#, r#"1"#),
    (
        r#"moment.duration(90061001).toISOString()"#,
        r#"PT25H1M1.001S"#,
    ),
    (r#"moment.duration('1:30:00').asMinutes()"#, r#"90"#),
    (r#"moment.invalid().format()"#, r#"Invalid date"#),
    (r#"moment(null).isValid()"#, r#"false"#),
    (
        r#"moment.utc('2024-01-15T10:20:30Z').format('X x')"#,
        r#"1705314030 1705314030000"#,
    ),
    (r#"moment.utc('0099-01-15').format('YYYY')"#, r#"0099"#),
    (
        r#"moment.utc([2024, 0, 1]).toArray().join(',')"#,
        r#"2024,0,1,0,0,0,0"#,
    ),
    (
        r#"JSON.stringify(moment.utc([2024, 0, 1]).toObject())"#,
        r#"{"years":2024,"months":0,"date":1,"hours":0,"minutes":0,"seconds":0,"milliseconds":0}"#,
    ),
    (r#"moment.utc([2024, 0, 1]).unix()"#, r#"1704067200"#),
    (
        r#"String(moment.utc([2024, 0, 1]).valueOf())"#,
        r#"1704067200000"#,
    ),
    (
        r#"moment.utc('2024-01-15T10:20:30Z').calendar === undefined"#,
        r#"false"#,
    ),
    (
        r#"moment.utc('2024-01-15T10:20:30Z').format('A a hh h HH H mm m ss s S SS SSSS')"#,
        r#"AM am 10 10 10 10 20 20 30 30 0 00 0000"#,
    ),
    (
        r#"moment.utc('2024-01-15T00:20:30Z').format('hh A k')"#,
        r#"12 AM 24"#,
    ),
    (
        r#"CryptoJS.SHA256('hello').toString(CryptoJS.enc.Base64)"#,
        r#"LPJNul+wow4m6DsqxbninhsWHlwfp0JecwQzYpOLmCQ="#,
    ),
    (
        r#"CryptoJS.MD5('').toString()"#,
        r#"d41d8cd98f00b204e9800998ecf8427e"#,
    ),
    (
        r#"CryptoJS.HmacSHA512('data', 'secret').toString().slice(0, 32)"#,
        r#"6274071d33dec2728a2a1c903697fc12"#,
    ),
    (
        r#"CryptoJS.HmacMD5('data', 'secret').toString()"#,
        r#"df08aef118f36b32e29d2f47cda649b6"#,
    ),
    (
        r#"CryptoJS.HmacSHA256(CryptoJS.enc.Hex.parse('00ff'), CryptoJS.enc.Hex.parse('0102')).toString()"#,
        r#"0d278b2d52a4753ed601a523809eca9377ef276ac765684a0da9dfb5c4d72bdd"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse('SGVsbG8gV29ybGQ=').toString(CryptoJS.enc.Utf8)"#,
        r#"Hello World"#,
    ),
    (r#"CryptoJS.enc.Utf8.parse('€').toString()"#, r#"e282ac"#),
    (r#"CryptoJS.enc.Latin1.parse('é').toString()"#, r#"e9"#),
    (r#"CryptoJS.enc.Hex.parse('abc').sigBytes"#, r#"1.5"#),
    (
        r#"CryptoJS.enc.Utf16.parse('hi').toString()"#,
        r#"00680069"#,
    ),
    (
        r#"CryptoJS.SHA1(CryptoJS.enc.Utf8.parse('abc')).toString()"#,
        r#"a9993e364706816aba3e25717850c26c9cd0d89d"#,
    ),
    (
        r#"CryptoJS.PBKDF2('pass', 'salt', {keySize: 256/32, iterations: 10}).toString()"#,
        r#"60c70c05f9aad813d52aadb3680880cd477bbb31f0163a16fa6d83c89e7e263e"#,
    ),
    (
        r#"CryptoJS.PBKDF2('pass', 'salt', {keySize: 4, iterations: 3, hasher: CryptoJS.algo.SHA256}).toString()"#,
        r#"f6894ed57d9dd8af049e92fc99c15263"#,
    ),
    (
        r#"CryptoJS.EvpKDF('pass', 'salt').toString()"#,
        r#"83234657c5df8232839ac8c0572e158d"#,
    ),
    (
        r#"CryptoJS.AES.encrypt('msg', CryptoJS.enc.Hex.parse('000102030405060708090a0b0c0d0e0f'), {iv: CryptoJS.enc.Hex.parse('000102030405060708090a0b0c0d0e0f')}).toString()"#,
        r#"pqDcTDB/psqMLAj2f6EWhw=="#,
    ),
    (
        r#"CryptoJS.AES.encrypt('msg', CryptoJS.enc.Hex.parse('000102030405060708090a0b0c0d0e0f'), {iv: CryptoJS.enc.Hex.parse('000102030405060708090a0b0c0d0e0f')}).ciphertext.toString(CryptoJS.enc.Base64)"#,
        r#"pqDcTDB/psqMLAj2f6EWhw=="#,
    ),
    (
        r#"CryptoJS.AES.encrypt('msg', CryptoJS.enc.Hex.parse('000102030405060708090a0b0c0d0e0f000102030405060708090a0b0c0d0e0f'), {mode: CryptoJS.mode.ECB}).toString()"#,
        r#"aErD5qZnDQRs8AUNeW9brg=="#,
    ),
    (
        r#"CryptoJS.AES.decrypt('U2FsdGVkX18BAgMEBQYHCP7KHCp6YEZxJOLxL+cSJCM=', 'secret').toString()"#,
        r#"48656c6c6f2c20636f676d616e21"#,
    ),
    (
        r#"CryptoJS.lib.WordArray.create([0x61626364], 3).toString(CryptoJS.enc.Latin1)"#,
        r#"abc"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('0102').concat(CryptoJS.enc.Hex.parse('03')).toString()"#,
        r#"010203"#,
    ),
    (
        r#"JSON.stringify(CryptoJS.enc.Hex.parse('01020304050607'))"#,
        r#"{"words":[16909060,84281088],"sigBytes":7}"#,
    ),
    (
        r#"__m(function(){ expect(R(404, 'Not Found', 'nope', 'text/plain')).to.have.status(200) })"#,
        r#"expected response to have status code 200 but got 404"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', '{"a":1}', 'application/json')).to.have.status('Created') })"#,
        r#"expected response to have status reason 'Created' but got 'OK'"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', '{"a":1}', 'application/json')).to.not.be.ok })"#,
        r#"expected response to not have status reason 'OK'"#,
    ),
    (
        r#"__m(function(){ expect(R(201, 'Created', '{"a":1}', 'application/json')).to.be.ok })"#,
        r#"expected response to have status reason 'OK' but got 'CREATED'"#,
    ),
    (
        r#"__m(function(){ expect(R(500, 'Internal Server Error', 'x', 'text/plain')).to.be.success })"#,
        r#"expected response code to be 2XX but found 500"#,
    ),
    (
        r#"__m(function(){ expect(R(500, 'Internal Server Error', 'x', 'text/plain')).to.not.be.error })"#,
        r#"expected response code to not be 4XX or 5XX"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', 'x', 'text/plain')).to.be.accepted })"#,
        r#"expected response to have status reason 'ACCEPTED' but got 'OK'"#,
    ),
    (
        r#"__m(function(){ expect(R(202, 'Accepted', 'x', 'text/plain')).to.not.be.accepted })"#,
        r#"expected response to not have status reason 'ACCEPTED'"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', 'x', 'text/plain')).to.be.badRequest })"#,
        r#"expected response to have status reason 'BAD REQUEST' but got 'OK'"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', 'x', 'text/plain')).to.be.unauthorized })"#,
        r#"expected response to have status reason 'UNAUTHORIZED' but got 'OK'"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', 'x', 'text/plain')).to.be.forbidden })"#,
        r#"expected response to have status reason 'FORBIDDEN' but got 'OK'"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', 'x', 'text/plain')).to.be.rateLimited })"#,
        r#"expected response to have status reason 'TOO MANY REQUESTS' but got 'OK'"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', 'x', 'text/plain')).to.be.info })"#,
        r#"expected response code to be 1XX but found 200"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', 'x', 'text/plain')).to.be.redirection })"#,
        r#"expected response code to be 3XX but found 200"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', 'x', 'text/plain')).to.have.header('X-Foo') })"#,
        r#"expected response to have header with key 'X-Foo'"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', 'x', 'text/plain')).to.have.header('content-type', 'application/json') })"#,
        r#"expected 'content-type' response header to be 'application/json' but got 'text/plain'"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', 'x', 'text/plain')).to.not.have.header('content-type', 'text/plain') })"#,
        r#"expected response to not have header with key 'content-type'"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', '', 'text/plain')).to.have.body() })"#,
        r#"expected response to have content in body"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', 'abc', 'text/plain')).to.not.have.body('abc') })"#,
        r#"expected response body to not equal 'abc'"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', 'abc', 'text/plain')).to.not.have.body(/b/) })"#,
        r#"expected response body text 'abc' to not match /b/"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', '{"a":1}', 'application/json')).to.not.have.body({a: 1}) })"#,
        r#"expected response body json to not equal { a: 1 } but got { a: 1 }"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', '{"a":{"b":[1,2]}}', 'application/json')).to.have.jsonBody('a.b[1]', 3) })"#,
        r#"expected response body json at "a.b[1]" to contain 3 but got 2"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', '{"a":{"b":[1,2]}}', 'application/json')).to.not.have.jsonBody('a.b') })"#,
        r#"expected { a: { b: [ 1, 2 ] } } in response to not contain property 'a.b'"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', '{"a":{"b":[1,2]}}', 'application/json')).to.have.jsonBody('a.b', [1, 2]) })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', '{"a":1}', 'application/json')).to.not.be.json })"#,
        r#"expected response body not to be a valid json"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', '{"a":1}', 'application/json')).to.have.responseTime.above(500) })"#,
        r#"expected 120 to be above 500"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', '{"a":1}', 'application/json')).to.have.responseTime(5) })"#,
        r#"expected response to have a valid response time but got 120"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', '{"a":1}', 'application/json')).to.not.be.withBody })"#,
        r#"expected response to not have content in body"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', '{"a":1,"b":"x"}', 'application/json')).to.have.jsonSchema({type: 'object', properties: {a: {type: 'string'}, b: {type: 'integer', minimum: 3}}, required: ['c', 'd']}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should have required property 'c', data should have required property 'd', data.a should be string, data.b should be integer"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', '[1,2,2]', 'application/json')).to.have.jsonSchema({type: 'array', uniqueItems: true, maxItems: 2, items: {enum: [1]}}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should NOT have more than 2 items, data[1] should be equal to one of the allowed values, data[2] should be equal to one of the allowed values, data should NOT have duplicate items (items ## 1 and 2 are identical)"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', '{"a-b":"x","e":"nope"}', 'application/json')).to.have.jsonSchema({type: 'object', properties: {'a-b': {type: 'number'}, e: {format: 'email'}}, additionalProperties: false}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data['a-b'] should be number, data.e should match format "email""#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', '{"s":"ab"}', 'application/json')).to.have.jsonSchema({properties: {s: {minLength: 3, pattern: '^z', maxLength: 1}}}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data.s should NOT be longer than 1 characters, data.s should NOT be shorter than 3 characters, data.s should match pattern "^z""#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', '{"n":7}', 'application/json')).to.have.jsonSchema({properties: {n: {multipleOf: 2, exclusiveMaximum: 5, const: 1}}}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data.n should be < 5, data.n should be multiple of 2, data.n should be equal to constant"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', '{"n":7}', 'application/json')).to.have.jsonSchema({properties: {n: {anyOf: [{type: 'string'}, {type: 'boolean'}]}}}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data.n should be string, data.n should be boolean, data.n should match some schema in anyOf"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', '{"n":7}', 'application/json')).to.not.have.jsonSchema({type: 'object'}) })"#,
        r#"expected data to not satisfy schema"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', '{"n":[1,"a"]}', 'application/json')).to.have.jsonSchema({properties: {n: {type: 'array', items: {type: 'number'}, minItems: 3}}}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data.n should NOT have fewer than 3 items, data.n[1] should be number"#,
    ),
    (
        r#"__m(function(){ expect({a: 1}).to.have.jsonSchema({properties: {a: {type: ['string', 'null']}}}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data.a should be string,null"#,
    ),
    (
        r#"tv4V({id: 'x'}, {properties: {id: {type: ['number', 'null']}}})"#,
        r#"false Invalid type: string (expected number/null) ; 0 ; /id ; /properties/id/type"#,
    ),
    (
        r#"tv4V({}, {required: ['a', 'b']})"#,
        r#"false Missing required property: a ; 302 ;  ; /required/0"#,
    ),
    (
        r#"tv4V({a: 5}, {properties: {a: {minimum: 6}}})"#,
        r#"false Value 5 is less than minimum 6 ; 101 ; /a ; /properties/a/minimum"#,
    ),
    (
        r#"tv4V({a: 5}, {properties: {a: {maximum: 4}}})"#,
        r#"false Value 5 is greater than maximum 4 ; 103 ; /a ; /properties/a/maximum"#,
    ),
    (
        r#"tv4V({a: 'abc'}, {properties: {a: {maxLength: 2}}})"#,
        r#"false String is too long (3 chars), maximum 2 ; 201 ; /a ; /properties/a/maxLength"#,
    ),
    (
        r#"tv4V({a: 'abc'}, {properties: {a: {pattern: '^z'}}})"#,
        r#"false String does not match pattern: ^z ; 202 ; /a ; /properties/a/pattern"#,
    ),
    (
        r#"tv4V({a: [1, 1]}, {properties: {a: {uniqueItems: true}}})"#,
        r#"false Array items are not unique (indices 0 and 1) ; 402 ; /a ; /properties/a/uniqueItems"#,
    ),
    (
        r#"tv4V({a: 'x'}, {properties: {a: {enum: ['y', 'z']}}})"#,
        r#"false No enum match for: "x" ; 1 ; /a ; /properties/a/type"#,
    ),
    (
        r#"tv4V([1], {minItems: 2})"#,
        r#"false Array is too short (1), minimum 2 ; 400 ;  ; /minItems"#,
    ),
    (
        r#"tv4V({a: 1, b: 2}, {additionalProperties: false, properties: {a: {}}})"#,
        r#"false Additional properties not allowed ; 303 ; /b ; /additionalProperties"#,
    ),
    (
        r#"tv4V({a: 1}, {properties: {a: {type: 'integer'}}})"#,
        r#"true null"#,
    ),
    (
        r#"tv4V({a: 1.5}, {properties: {a: {type: 'integer'}}})"#,
        r#"false Invalid type: number (expected integer) ; 0 ; /a ; /properties/a/type"#,
    ),
    (
        r#"tv4V({a: {b: [{c: 'x'}]}}, {properties: {a: {properties: {b: {items: {properties: {c: {type: 'number'}}}}}}}})"#,
        r#"false Invalid type: string (expected number) ; 0 ; /a/b/0/c ; /properties/a/properties/b/items/properties/c/type"#,
    ),
    (
        r#"xj('<a><b x="1">t</b><b>u</b></a>')"#,
        r#"{"a":{"b":[{"_":"t","$":{"x":"1"}},"u"]}}"#,
    ),
    (
        r#"xj('<root><empty></empty><ws>   </ws><nested><x>1</x></nested></root>')"#,
        r#"{"root":{"empty":"","ws":"   ","nested":{"x":"1"}}}"#,
    ),
    (
        r#"xj('<r>\n  <i>1</i>\n  <i>2</i>\n</r>')"#,
        r#"{"r":{"i":["1","2"]}}"#,
    ),
    (
        r#"xj('<r a="1" b="2"/>')"#,
        r#"{"r":{"$":{"a":"1","b":"2"}}}"#,
    ),
    (
        r#"xj('<r>text<c>child</c>more</r>')"#,
        r#"{"r":{"_":"textmore","c":"child"}}"#,
    ),
    (r#"xj('')"#, r#"null"#),
    (
        r#"xj('<soap:Envelope xmlns:soap="http://x"><soap:Body><m:R xmlns:m="y">ok</m:R></soap:Body></soap:Envelope>')"#,
        r#"{"soap:Envelope":{"$":{"xmlns:soap":"http://x"},"soap:Body":{"m:R":{"_":"ok","$":{"xmlns:m":"y"}}}}}"#,
    ),
    (
        r#"xjs('<a><b x="1">t</b><b>u</b></a>')"#,
        r#"{"a":{"b":[{"_":"t","$":{"x":"1"}},"u"]}}"#,
    ),
    (r#"xjs('<r>\n  <i>1</i>\n</r>')"#, r#"{"r":{"i":["1"]}}"#),
    (r#"xjs('<r a="1"/>')"#, r#"{"r":{"$":{"a":"1"}}}"#),
    (r#"xjs('<r>  spaced  </r>')"#, r#"{"r":"  spaced  "}"#),
    (
        r#"__m(function(){ expect({a: 5}).to.have.property('a').that.is.above(10) })"#,
        r#"expected 5 to be above 10"#,
    ),
    (
        r#"__m(function(){ expect([]).to.be.an('array').that.is.not.empty })"#,
        r#"expected [] not to be empty"#,
    ),
    (
        r#"__m(function(){ expect([1, 2]).to.be.an('array').with.lengthOf(3) })"#,
        r#"expected [ 1, 2 ] to have a length of 3 but got 2"#,
    ),
    (
        r#"__m(function(){ expect({items: [1]}).to.have.property('items').with.lengthOf(2) })"#,
        r#"expected [ 1 ] to have a length of 2 but got 1"#,
    ),
    (
        r#"__m(function(){ expect('application/json; charset=utf-8').to.include('xml') })"#,
        r#"expected 'application/json; charset=utf-8' to include 'xml'"#,
    ),
    (
        r#"__m(function(){ expect('application/json; charset=utf-8').to.eql('application/json') })"#,
        r#"expected 'application/json; charset=utf-8' to deeply equal 'application/json'"#,
    ),
    (
        r#"__m(function(){ expect(undefined).to.eql('application/json') })"#,
        r#"expected undefined to deeply equal 'application/json'"#,
    ),
    (
        r#"__m(function(){ expect(undefined).to.be.a('string') })"#,
        r#"expected undefined to be a string"#,
    ),
    (
        r#"__m(function(){ expect({}).to.have.property('data').that.is.an('array') })"#,
        r#"expected {} to have property 'data'"#,
    ),
    (
        r#"__m(function(){ expect({id: 1, name: 'Leanne Graham', username: 'Bret', email: 'Sincere@april.biz'}).to.have.property('phone') })"#,
        r#"expected { id: 1, name: 'Leanne Graham', …(2) } to have property 'phone'"#,
    ),
    (
        r#"__m(function(){ expect([{id: 1, title: 'delectus aut autem', completed: false}]).to.have.lengthOf(0) })"#,
        r#"expected [ { id: 1, …(2) } ] to have a length of +0 but got 1"#,
    ),
    (
        r#"__m(function(){ expect(350).to.be.below(200) })"#,
        r#"expected 350 to be below 200"#,
    ),
    (
        r#"__m(function(){ expect(404).to.be.oneOf([200, 201, 202]) })"#,
        r#"expected 404 to be one of [ 200, 201, 202 ]"#,
    ),
    (
        r#"__m(function(){ expect(true).to.be.false })"#,
        r#"expected true to be false"#,
    ),
    (
        r#"__m(function(){ expect('Bret').to.eql('bret') })"#,
        r#"expected 'Bret' to deeply equal 'bret'"#,
    ),
    (
        r#"__m(function(){ expect({a: 'b'}).to.have.property('a').and.to.eql('c') })"#,
        r#"expected 'b' to deeply equal 'c'"#,
    ),
    (
        r#"__m(function(){ expect([1, 2, 3]).to.include.members([1, 4]) })"#,
        r#"expected [ 1, 2, 3 ] to be a superset of [ 1, 4 ]"#,
    ),
    (
        r#"__m(function(){ expect({token: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.abc'}).to.not.have.property('token') })"#,
        r#"expected { Object (token) } to not have property 'token'"#,
    ),
    (
        r#"__m(function(){ expect(12.5).to.be.a('string') })"#,
        r#"expected 12.5 to be a string"#,
    ),
    (
        r#"__m(function(){ expect(['a']).to.deep.equal(['a', 'b']) })"#,
        r#"expected [ 'a' ] to deeply equal [ 'a', 'b' ]"#,
    ),
    (
        r#"__m(function(){ expect({a: 1}).to.deep.include({a: 2}) })"#,
        r#"expected { a: 1 } to have deep property 'a' of 2, but got 1"#,
    ),
    (
        r#"__m(function(){ expect([{a: 1}, {b: 2}]).to.deep.include({c: 3}) })"#,
        r#"expected [ { a: 1 }, { b: 2 } ] to deep include { c: 3 }"#,
    ),
    (
        r#"__m(function(){ expect({a: {b: 'c'}}).to.nested.include({'a.b': 'd'}) })"#,
        r#"expected { a: { b: 'c' } } to have nested property 'a.b' of 'd', but got 'c'"#,
    ),
    (
        r#"__m(function(){ expect({a: 1}).to.own.include({a: 2}) })"#,
        r#"expected { a: 1 } to have own property 'a' of 2, but got 1"#,
    ),
    (
        r#"__m(function(){ expect([1, 2]).to.have.any.keys(5, 6) })"#,
        r#"expected [ 1, 2 ] to have keys '5', or '6'"#,
    ),
    (
        r#"__m(function(){ expect({a: 1, b: 2}).to.contain.all.keys(['a', 'z']) })"#,
        r#"expected { a: 1, b: 2 } to contain keys 'a', and 'z'"#,
    ),
    (
        r#"__m(function(){ expect({a: 1, b: 2}).to.have.deep.keys({a: 1}) })"#,
        r#"expected { a: 1, b: 2 } to have key 'a'"#,
    ),
    (
        r#"__m(function(){ expect(function(){ return 1; }).to.throw(Error, /x/) })"#,
        r#"expected [Function] to throw Error"#,
    ),
    (
        r#"__m(function(){ expect(function(){ throw new TypeError('t'); }).to.throw(TypeError, /x/) })"#,
        r#"expected [Function] to throw error matching /x/ but got 't'"#,
    ),
    (
        r#"__m(function(){ expect(function(){ throw new TypeError('t'); }).to.not.throw(TypeError, 't') })"#,
        r#"expected [Function] to not throw 'TypeError' but 'TypeError: t' was thrown"#,
    ),
    (
        r#"__m(function(){ expect(function(){ throw {a: 1}; }).to.throw(Error) })"#,
        r#"expected [Function] to throw 'Error' but { a: 1 } was thrown"#,
    ),
    (
        r#"__m(function(){ expect(Math.PI).to.be.approximately(3, 0.1) })"#,
        r#"expected 3.141592653589793 to be close to 3 +/- 0.1"#,
    ),
    (
        r#"__m(function(){ expect(1).to.be.closeTo(2) })"#,
        r#"the arguments to closeTo or approximately must be numbers, and a delta is required"#,
    ),
    (
        r#"__m(function(){ expect(new Date(0)).to.be.within(new Date(1), new Date(2)) })"#,
        r#"expected 1970-01-01T00:00:00.000Z to be within 1970-01-01T00:00:00.001Z..1970-01-01T00:00:00.002Z"#,
    ),
    (
        r#"__m(function(){ expect(new Date(0)).to.be.above(5) })"#,
        r#"the argument to above must be a date"#,
    ),
    (
        r#"__m(function(){ expect('a').to.be.below(5) })"#,
        r#"expected 'a' to be a number or a date"#,
    ),
    (
        r#"__m(function(){ expect(5).to.be.below('a') })"#,
        r#"the argument to below must be a number"#,
    ),
    (
        r#"__m(function(){ expect([1,2,3]).to.have.length.below(2) })"#,
        r#"expected [ 1, 2, 3 ] to have a length below 2 but got 3"#,
    ),
    (
        r#"__m(function(){ expect(new Map([[1,1]])).to.have.length.above(3) })"#,
        r#"expected Map{} to have a size above 3 but got 1"#,
    ),
    (
        r#"__m(function(){ expect({length: 5}).to.have.lengthOf(4) })"#,
        r#"expected { length: 5 } to have a length of 4 but got 5"#,
    ),
    (
        r#"__m(function(){ expect([]).to.have.nested.property('a.b') })"#,
        r#"expected [] to have nested property 'a.b'"#,
    ),
    (
        r#"__m(function(){ expect({a: 1}).to.have.nested.own.property('a') })"#,
        r#"The "nested" and "own" flags cannot be combined."#,
    ),
    (
        r#"__m(function(){ expect({a: 1}).to.have.nested.property(1) })"#,
        r#"the argument to property must be a string when using nested syntax"#,
    ),
    (
        r#"__m(function(){ expect({'a.b': 1}).to.have.nested.property('a\\.b', 2) })"#,
        r#"expected { 'a.b': 1 } to have nested property 'a\.b' of 2, but got 1"#,
    ),
    (
        r#"__m(function(){ expect({a: [{b: 1}]}).to.have.nested.property('a[0].b').that.equals(2) })"#,
        r#"expected 1 to equal 2"#,
    ),
    (r#"__m(function(){ expect({}).to.include({}) })"#, r#"PASS"#),
    (
        r#"__m(function(){ expect([NaN]).to.include(NaN) })"#,
        r#"expected [ NaN ] to include NaN"#,
    ),
    (
        r#"__m(function(){ expect('x').to.include() })"#,
        r#"expected 'x' to include undefined"#,
    ),
    (
        r#"__m(function(){ expect(new WeakSet()).to.include({}) })"#,
        r#"expected WeakSet{…} to include {}"#,
    ),
    (
        r#"__m(function(){ expect([1]).to.be.instanceOf(Object).and.instanceOf(Date) })"#,
        r#"expected [ 1 ] to be an instance of Date"#,
    ),
    (
        r#"__m(function(){ expect(1).to.be.an.instanceof(Number) })"#,
        r#"expected 1 to be an instance of Number"#,
    ),
    (
        r#"__m(function(){ expect(new (class Widget {})()).to.be.an.instanceof(Array) })"#,
        r#"expected Widget{} to be an instance of Array"#,
    ),
    (
        r#"__m(function(){ expect(new (class Widget {})()).to.eql({}) })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect(new (class Widget { constructor() { this.size = 3; } })()).to.have.property('x') })"#,
        r#"expected Widget{ size: 3 } to have property 'x'"#,
    ),
    (
        r#"__m(function(){ expect({a: 1}).to.have.own.property('a', 2) })"#,
        r#"expected { a: 1 } to have own property 'a' of 2, but got 1"#,
    ),
    (
        r#"__m(function(){ expect({a: 1}).to.not.have.own.property('a') })"#,
        r#"expected { a: 1 } to not have own property 'a'"#,
    ),
    (
        r#"__m(function(){ expect({a: 1}).to.have.ownProperty('b') })"#,
        r#"expected { a: 1 } to have own property 'b'"#,
    ),
    (
        r#"__m(function(){ expect({a: {}}).to.have.property('a').that.is.empty.and.has.property('b') })"#,
        r#"expected {} to have property 'b'"#,
    ),
    (
        r#"__m(function(){ expect(['x']).to.have.same.members(['x', 'x']) })"#,
        r#"expected [ 'x' ] to have the same members as [ 'x', 'x' ]"#,
    ),
    (
        r#"__m(function(){ expect([1, 2, 3]).to.not.include.members([1]) })"#,
        r#"expected [ 1, 2, 3 ] to not be a superset of [ 1 ]"#,
    ),
    (
        r#"__m(function(){ expect([1, 2, 3]).to.have.members(1) })"#,
        r#"expected 1 to be an array"#,
    ),
    (
        r#"__m(function(){ expect('abc').to.have.members(['a']) })"#,
        r#"expected 'abc' to be an array"#,
    ),
    (
        r#"__m(function(){ expect([1, 2]).to.not.have.members([2, 1]) })"#,
        r#"expected [ 1, 2 ] to not have the same members as [ 2, 1 ]"#,
    ),
    (
        r#"__m(function(){ expect([{a: 1}]).to.not.have.deep.members([{a: 1}]) })"#,
        r#"expected [ { a: 1 } ] to not have the same members as [ { a: 1 } ]"#,
    ),
    (
        r#"__m(function(){ expect(1).to.not.be.oneOf([1, 2]) })"#,
        r#"expected 1 to not be one of [ 1, 2 ]"#,
    ),
    (
        r#"__m(function(){ expect([1, 2]).to.not.contain.oneOf([2]) })"#,
        r#"expected [ 1, 2 ] to not contain one of [ 2 ]"#,
    ),
    (
        r#"__m(function(){ expect('a').to.not.satisfy(function(){ return true; }) })"#,
        r#"expected 'a' to not satisfy[Function]"#,
    ),
    (
        r#"__m(function(){ expect(1).to.be.NaN.and.ok })"#,
        r#"expected 1 to be NaN"#,
    ),
    (
        r#"__m(function(){ expect(Infinity).to.not.be.finite })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect(Object.preventExtensions({})).to.be.extensible })"#,
        r#"expected {} to be extensible"#,
    ),
    (
        r#"__m(function(){ expect(Object.seal({})).to.not.be.sealed })"#,
        r#"expected {} to not be sealed"#,
    ),
    (
        r#"__m(function(){ expect({}).to.be.frozen })"#,
        r#"expected {} to be frozen"#,
    ),
    (
        r#"__m(function(){ var v = 1; expect(function(){ v = 2; }).to.not.change(function(){ return v; }) })"#,
        r#"expected 1 to not change"#,
    ),
    (
        r#"__m(function(){ var o = {v: 1}; expect(function(){ o.v = 2; }).to.change(o, 'v').by(5) })"#,
        r#"expected .v to change by 5"#,
    ),
    (
        r#"__m(function(){ var o = {v: 'a'}; expect(function(){}).to.increase(o, 'v') })"#,
        r#"expected 'a' to be a number"#,
    ),
    (
        r#"__m(function(){ expect(1).to.change({}, 'v') })"#,
        r#"expected 1 to be a function"#,
    ),
    (
        r#"__m(function(){ expect([1,2,3]).to.be.an('array').that.includes(4) })"#,
        r#"expected [ 1, 2, 3 ] to include 4"#,
    ),
    (
        r#"__m(function(){ expect('hello world').to.be.a('string').and.match(/^bye/) })"#,
        r#"expected 'hello world' to match /^bye/"#,
    ),
    (
        r#"__m(function(){ expect({a: 1}).that.is.an('object').and.has.keys('b') })"#,
        r#"expected { a: 1 } to have key 'b'"#,
    ),
    (
        r#"__m(function(){ expect(1).to.be.at.least(2, 'custom at least') })"#,
        r#"custom at least: expected 1 to be at least 2"#,
    ),
    (
        r#"__m(function(){ expect(1).to.equal(1).and.to.equal(2) })"#,
        r#"expected 1 to equal 2"#,
    ),
    (
        r#"__m(function(){ expect(null, 'was null').to.exist })"#,
        r#"was null: expected null to exist"#,
    ),
    (
        r#"__m(function(){ expect(1).to.equals(2) })"#,
        r#"expected 1 to equal 2"#,
    ),
    (
        r#"__m(function(){ expect(1).to.eq(2) })"#,
        r#"expected 1 to equal 2"#,
    ),
    (
        r#"__m(function(){ expect({a: 1}).to.eqls({a: 2}) })"#,
        r#"expected { a: 1 } to deeply equal { a: 2 }"#,
    ),
    (
        r#"__m(function(){ expect(1).to.be.greaterThanOrEqual(2) })"#,
        r#"expected 1 to be at least 2"#,
    ),
    (
        r#"__m(function(){ expect(1).to.be.lessThanOrEqual(0) })"#,
        r#"expected 1 to be at most +0"#,
    ),
    (
        r#"__m(function(){ expect(1).to.be.gte(2) })"#,
        r#"expected 1 to be at least 2"#,
    ),
    (
        r#"__m(function(){ expect(1).to.be.lte(0) })"#,
        r#"expected 1 to be at most +0"#,
    ),
    (
        r#"__m(function(){ expect([1]).to.have.lengthOf(2, 'len msg') })"#,
        r#"len msg: expected [ 1 ] to have a length of 2 but got 1"#,
    ),
    (
        r#"__m(function(){ expect('abc').to.contains('z') })"#,
        r#"expected 'abc' to include 'z'"#,
    ),
    (
        r#"__m(function(){ expect('abc').to.includes('z') })"#,
        r#"expected 'abc' to include 'z'"#,
    ),
    (
        r#"__m(function(){ expect('abc').to.matches(/z/) })"#,
        r#"expected 'abc' to match /z/"#,
    ),
    (
        r#"__m(function(){ expect(1).to.exists.and.be.a('string') })"#,
        r#"expected 1 to be a string"#,
    ),
    (
        r#"__m(function(){ expect(1).to.haveOwnProperty('x') })"#,
        r#"expected 1 to have own property 'x'"#,
    ),
    (
        r#"__m(function(){ expect(1).to.haveOwnPropertyDescriptor('x') })"#,
        r#"expected 1 to have an own property descriptor for 'x'"#,
    ),
    (
        r#"__m(function(){ expect({}).to.respondsTo('x') })"#,
        r#"expected {} to respond to 'x'"#,
    ),
    (
        r#"__m(function(){ expect(1).to.satisfies(function(){ return false; }) })"#,
        r#"expected 1 to satisfy [Function]"#,
    ),
    (
        r#"__m(function(){ expect(1).to.Throw() })"#,
        r#"expected 1 to be a function"#,
    ),
    (
        r#"__m(function(){ expect(function(){}).to.throws() })"#,
        r#"expected [Function] to throw an error"#,
    ),
    (
        r#"__m(function(){ expect([1]).to.have.key('a') })"#,
        r#"expected [ 1 ] to have key 'a'"#,
    ),
    (
        r#"__m(function(){ expect(1).to.be.Arguments })"#,
        r#"expected 1 to be arguments but got number"#,
    ),
    (
        r#"__m(function(){ expect(1).to.still.be.also.a('string') })"#,
        r#"expected 1 to be a string"#,
    ),
    (
        r#"__m(function(){ expect(1).does.not.equal(1) })"#,
        r#"expected 1 to not equal 1"#,
    ),
    (
        r#"JSON.stringify(xml2Json('<a x="&amp;&lt;"><b>1</b><b>2</b><b>3</b></a>'))"#,
        r#"{"a":{"$":{"x":"&<"},"b":["1","2","3"]}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json('<a><b><c>1</c></b><b><c>2</c><d/></b></a>'))"#,
        r#"{"a":{"b":[{"c":"1"},{"c":"2","d":""}]}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json('<a>  <![CDATA[  x  ]]>  </a>'))"#,
        r#"{"a":"x"}"#,
    ),
    (
        r#"JSON.stringify(xml2Json('<a><!-- c --><b>1</b></a>'))"#,
        r#"{"a":{"b":"1"}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json('<!DOCTYPE a><a>1</a>'))"#,
        r#"{"a":"1"}"#,
    ),
    (
        r#"JSON.stringify(xml2Json('<a><b x="1"/><b x="2"/></a>'))"#,
        r#"{"a":{"b":[{"$":{"x":"1"}},{"$":{"x":"2"}}]}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json('<a>1</a><b>2</b>'))"#,
        r#"{"a":"1"}"#,
    ),
    (
        r#"JSON.stringify(xml2Json('<a>&unknown;</a>'))"#,
        r#"undefined"#,
    ),
    (
        r#"JSON.stringify(xml2Json('<a b=\'q"\'>x</a>'))"#,
        r#"{"a":{"_":"x","$":{"b":"q\""}}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json('<a>&#x41;&#66;</a>'))"#,
        r#"{"a":"AB"}"#,
    ),
    (
        r#"xjs('<a>x</b>')"#,
        r#"ERR Unexpected close tag
Line: 0
Column: 8
Char: >"#,
    ),
    (
        r#"xjs('<a>')"#,
        r#"ERR Unclosed root tag
Line: 0
Column: 3
Char: "#,
    ),
    (
        r#"xjs('not xml')"#,
        r#"ERR Non-whitespace before first tag.
Line: 0
Column: 1
Char: n"#,
    ),
    (
        r#"xjs('<a><b>1</b>tail</a>')"#,
        r#"{"a":{"_":"tail","b":["1"]}}"#,
    ),
    (r#"Buffer.from('€uro').toString('hex')"#, r#"e282ac75726f"#),
    (
        r#"Buffer.from('ff00', 'hex').toString('base64')"#,
        r#"/wA="#,
    ),
    (r#"Buffer.from('/w==', 'base64').toString('hex')"#, r#"ff"#),
    (
        r#"Buffer.from('hello world').toString('base64url')"#,
        r#"aGVsbG8gd29ybGQ"#,
    ),
    (
        r#"Buffer.from('hi', 'ucs2').toString('hex')"#,
        r#"68006900"#,
    ),
    (r#"Buffer.from('é', 'latin1').toString('hex')"#, r#"e9"#),
    (r#"Buffer.from('é', 'binary').length"#, r#"1"#),
    (r#"Buffer.alloc(3, 'ab').toString()"#, r#"aba"#),
    (r#"Buffer.alloc(2).toString('hex')"#, r#"0000"#),
    (
        r#"Buffer.from([1, 2, 3]).slice(1, 2).toString('hex')"#,
        r#"02"#,
    ),
    (r#"Buffer.from('abc').indexOf('c')"#, r#"2"#),
    (r#"Buffer.from('abc').includes('bc')"#, r#"true"#),
    (
        r#"Buffer.concat([Buffer.from('a'), Buffer.from('bc')], 2).toString()"#,
        r#"ab"#,
    ),
    (r#"Buffer.from(Buffer.from('x')).toString()"#, r#"x"#),
    (r#"Buffer.from('abc').toString('utf8', 1)"#, r#"bc"#),
    (
        r#"JSON.stringify(Buffer.from('a'))"#,
        r#"{"type":"Buffer","data":[97]}"#,
    ),
    (r#"Buffer.byteLength('aGk=', 'base64')"#, r#"2"#),
    (r#"Buffer.from('abc').readUInt16BE(0)"#, r#"24930"#),
    (r#"Buffer.isEncoding('utf-8')"#, r#"true"#),
    (
        r#"String(Buffer.from('x') instanceof Uint8Array)"#,
        r#"true"#,
    ),
    (r#"Buffer.from('hi').equals(Buffer.from('hi'))"#, r#"true"#),
    (
        r#"Buffer.from('\u00ff\u00fe').toString('hex')"#,
        r#"c3bfc3be"#,
    ),
    (r#"btoa('\u00ff\u00fe')"#, r#"//4="#),
    (r#"atob('/+4=')"#, r#"ÿî"#),
    (r#"atob(' aGk= ')"#, r#"hi"#),
    (r#"atob('aGk')"#, r#"hi"#),
    (
        r#"atob('a')"#,
        r#"ERR: The string to be decoded is not correctly encoded."#,
    ),
    (r#"btoa(null)"#, r#"bnVsbA=="#),
    (r#"btoa(undefined)"#, r#"dW5kZWZpbmVk"#),
    (r#"atob(null)"#, r#"ée"#),
    (
        r#"__m(function(){ chai.assert.equal(1, 2) })"#,
        r#"expected 1 to equal 2"#,
    ),
    (r#"__m(function(){ chai.assert.equal(1, '1') })"#, r#"PASS"#),
    (
        r#"__m(function(){ chai.assert.strictEqual(1, '1', 'strict') })"#,
        r#"strict: expected 1 to equal '1'"#,
    ),
    (
        r#"__m(function(){ chai.assert.deepEqual({a: 1}, {a: 2}) })"#,
        r#"expected { a: 1 } to deeply equal { a: 2 }"#,
    ),
    (
        r#"__m(function(){ chai.assert.isTrue(false) })"#,
        r#"expected false to be true"#,
    ),
    (
        r#"__m(function(){ chai.assert.isOk(0, 'ok msg') })"#,
        r#"ok msg: expected +0 to be truthy"#,
    ),
    (
        r#"__m(function(){ chai.assert.include([1], 2) })"#,
        r#"expected [ 1 ] to include 2"#,
    ),
    (
        r#"__m(function(){ chai.assert.property({}, 'x') })"#,
        r#"expected {} to have property 'x'"#,
    ),
    (
        r#"__m(function(){ chai.assert.propertyVal({x: 1}, 'x', 2) })"#,
        r#"expected { x: 1 } to have property 'x' of 2, but got 1"#,
    ),
    (
        r#"__m(function(){ chai.assert.lengthOf([1], 2) })"#,
        r#"expected [ 1 ] to have a length of 2 but got 1"#,
    ),
    (
        r#"__m(function(){ chai.assert.typeOf(1, 'string') })"#,
        r#"expected 1 to be a string"#,
    ),
    (
        r#"__m(function(){ chai.assert.isArray({}) })"#,
        r#"expected {} to be an array"#,
    ),
    (
        r#"__m(function(){ chai.assert(false, 'plain assert') })"#,
        r#"plain assert"#,
    ),
    (
        r#"__m(function(){ chai.assert.throws(function(){}) })"#,
        r#"expected [Function] to throw an error"#,
    ),
    (
        r#"__m(function(){ chai.assert.notEqual(1, 1) })"#,
        r#"expected 1 to not equal 1"#,
    ),
    (
        r#"__m(function(){ chai.assert.isAbove(1, 2) })"#,
        r#"expected 1 to be above 2"#,
    ),
    (
        r#"__m(function(){ chai.assert.sameMembers([1], [2]) })"#,
        r#"expected [ 1 ] to have the same members as [ 2 ]"#,
    ),
    (
        r#"__m(function(){ chai.assert.hasAllKeys({a: 1}, ['b']) })"#,
        r#"expected { a: 1 } to have key 'b'"#,
    ),
    (
        r#"__m(function(){ chai.assert.isNull(1) })"#,
        r#"expected 1 to equal null"#,
    ),
    (r#"__m(function(){ chai.assert.fail('x') })"#, r#"x"#),
    (r#"_.pluck([{a: 1}, {a: 2}], 'a').join()"#, r#"1,2"#),
    (r#"_.contains([1, 2], 2)"#, r#"true"#),
    (
        r#"cheerio.load('<html><head><title>Hello &amp; bye</title></head><body><p class="a b">One</p><p>Two</p></body></html>')('title').text()"#,
        r#"Hello & bye"#,
    ),
    (
        r#"cheerio.load('<ul><li>a</li><li class="x">b</li><li>c</li></ul>')('li').length"#,
        r#"3"#,
    ),
    (
        r#"cheerio.load('<ul><li>a</li><li class="x">b</li><li>c</li></ul>')('li.x').text()"#,
        r#"b"#,
    ),
    (
        r#"cheerio.load('<ul><li>a</li><li class="x">b</li><li>c</li></ul>')('ul > li:first-child').text()"#,
        r#"a"#,
    ),
    (
        r#"cheerio.load('<ul><li>a</li><li class="x">b</li><li>c</li></ul>')('li').last().text()"#,
        r#"c"#,
    ),
    (
        r#"cheerio.load('<ul><li>a</li><li class="x">b</li><li>c</li></ul>')('li').eq(1).next().text()"#,
        r#"c"#,
    ),
    (
        r#"cheerio.load('<ul><li>a</li><li>b</li></ul>')('ul').html()"#,
        r#"<li>a</li><li>b</li>"#,
    ),
    (
        r#"cheerio.load('<form><input name="csrf" value="tok123"><input type="checkbox" name="c" checked></form>')('input[name="csrf"]').val()"#,
        r#"tok123"#,
    ),
    (
        r#"cheerio.load('<form><input name="csrf" value="tok123"></form>')('input[name=csrf]').attr('value')"#,
        r#"tok123"#,
    ),
    (
        r#"cheerio.load('<div id="main"><span>x</span><div><span>y</span></div></div>')('#main span').length"#,
        r#"2"#,
    ),
    (
        r#"cheerio.load('<div id="main"><span>x</span><div><span>y</span></div></div>')('#main > span').text()"#,
        r#"x"#,
    ),
    (
        r#"cheerio.load('<a href="/a">A</a><a href="/b">B</a>')('a').map(function (i, el) { return cheerio.load(el)('a').attr('href'); }).get().join(',')"#,
        r#"/a,/b"#,
    ),
    (
        r#"(function () { var $ = cheerio.load('<a href="/a">A</a><a href="/b">B</a>'); return $('a').map(function (i, el) { return $(el).attr('href'); }).get().join(','); })()"#,
        r#"/a,/b"#,
    ),
    (
        r#"(function () { var $ = cheerio.load('<a href="/a">A</a><a href="/b">B</a>'); var out = []; $('a').each(function (i, el) { out.push(i + ':' + $(this).text()); }); return out.join(','); })()"#,
        r#"0:A,1:B"#,
    ),
    (
        r#"cheerio.load('<p>x <b>bold</b> y</p>')('p').text()"#,
        r#"x bold y"#,
    ),
    (
        r#"cheerio.load('<p>x <b>bold</b> y</p>').html()"#,
        r#"<p>x <b>bold</b> y</p>"#,
    ),
    (
        r#"cheerio.load('<div><p>1</p><p>2</p></div>')('div').children().length"#,
        r#"2"#,
    ),
    (
        r#"cheerio.load('<div class="a"><p class="b">1</p></div>')('p').parent().attr('class')"#,
        r#"a"#,
    ),
    (
        r#"cheerio.load('<div data-id="5" data-name="x"></div>')('div').data('id')"#,
        r#"5"#,
    ),
    (
        r#"cheerio.load('<table><tr><td>1</td><td>2</td></tr></table>')('td').eq(1).text()"#,
        r#"2"#,
    ),
    (
        r#"cheerio.load('<select><option value="1">a</option><option value="2" selected>b</option></select>')('select').val()"#,
        r#"2"#,
    ),
    (r#"cheerio.load('<p>a</p>')('.missing').text()"#, r#""#),
    (
        r#"cheerio.load('<p>a</p>')('.missing').attr('x')"#,
        r#"undefined"#,
    ),
    (r#"cheerio.load('<p>a</p>')('p').hasClass('q')"#, r#"false"#),
    (
        r#"cheerio.load('<script>var a = "<b>";</script><p>t</p>')('p').text()"#,
        r#"t"#,
    ),
    (
        r#"cheerio.load('<a href="https://x.com/?a=1&amp;b=2">l</a>')('a').attr('href')"#,
        r#"https://x.com/?a=1&b=2"#,
    ),
    (
        r#"cheerio.load('<div><p>a</p><p>b</p></div>')('p').first().siblings().text()"#,
        r#"b"#,
    ),
    (
        r#"cheerio.load('<h1>A</h1><h2>B</h2>')('h1, h2').length"#,
        r#"2"#,
    ),
    (
        r#"cheerio.load('<div><span class="n">1</span></div>')('span').closest('div').length"#,
        r#"1"#,
    ),
    (
        r#"cheerio.load('<p>Hello world</p>')('p:contains("world")').length"#,
        r#"1"#,
    ),
    (
        r#"__m(function(){ expect(true).to.have.lengthOf(99) })"#,
        r#"expected true to have property 'length'"#,
    ),
    (
        r#"__m(function(){ expect([69855.42357461894, "b\\b_bY.\nYX.ZX \"Xcb 9\n'00\"._Z_c.é9'0.cXé\nZ", {"name": {"x y": [533285.4375791709, null, null], "data": [true, 10370], "user_id": 27556, "\\c9-é _éac": {"id": 50780.31590407417}, "first-name": ["9", 819897.6926998682, true, "'c'", 73660, 413883.57241332927, 0]}}]).to.include("zz") })"#,
        r#"expected [ 69855.42357461894, …(2) ] to include 'zz'"#,
    ),
    (
        r#"__m(function(){ expect(true).to.have.property("zz") })"#,
        r#"expected true to have property 'zz'"#,
    ),
    (
        r#"__m(function(){ expect([]).to.be.a("function") })"#,
        r#"expected [] to be a function"#,
    ),
    (
        r#"__m(function(){ expect({}).to.have.property("zz") })"#,
        r#"expected {} to have property 'zz'"#,
    ),
    (
        r#"__m(function(){ expect("bZ\\0'XcZ' Zé0b.\\\"'0ZXac-c\"\nX \\\".\ncb9 \"0 '\"9a\n_\\b\\b0cb- c'\"-'").to.equal(1) })"#,
        r#"expected 'bZ\0\'XcZ\' Zé0b.\"\'0ZXac-c"\nX \".\…' to equal 1"#,
    ),
    (
        r#"__m(function(){ expect(0).to.equal(1) })"#,
        r#"expected +0 to equal 1"#,
    ),
    (
        r#"__m(function(){ expect({"_k": [987823.829592504, 47886, [{}], 840556.3641212668, [{"$ref": true, "id": "_\\ ", "user_id": true, "a": null, "first-name": -1.5}, true, [-1.5, null]]], "x y": [{"first-name": [true, 0], "'é\"Z_' -": {"$ref": 712635.4994596146}, "a": 628564.7727418892, "name": [], "data": {"user_id": -1.5}, "$ref": {"x y": true, "9lives": "\nXc9 Ya\naaXc XY9a-_0Zb\"Yc.90-bbabac\\..", "data": true, "first-name": true}}, [{"_k": 29655}, 53478, {"x y": 789564.9435538406, "items": 3806}], 31828, 0, {"$ref": {}, "9lives": [], "first-name": 28043, "user_id": {}, "a": 920311.8274841083}, [[401640.8208024753, -1.5], [true, null, true], true, {"id": 16981, "name": 0, "items": 62010, "_k": 171255.1859614302}, [], {"id": true}], -1.5], "first-name": {"9lives": [{"9lives": 660264.717322806}, {"name": 67158}], "_k": -1.5, "x y": true, "name": [true], "user_id": [{"items": null, "_k": 43017}, -1.5]}, "$ref": 972936.35570434}).to.equal(1) })"#,
        r#"expected { Object (_k, x y, ...) } to equal 1"#,
    ),
    (
        r#"__m(function(){ expect({"_k": {"9lives": {"$ref": [". c", " - .aac\"", null, null, "b_X ab0b\\__b\n-bY0a9XXZYéZé'Xé\\acacécb.0\\a", true, 179811.52697444113]}, "x y": [[true], null, {"id": -1.5}, [711522.575409389, 909846.5012814596, 0, true, 226282.3207299156, -1.5, 0], [576959.2191496846]]}, "id": {"name": 92205, "items": {"name": {"items": true, "a": "b.c'\nécY\\Xbb.YéXc'Z\nZ_Z\\\n'\"X_0Xc-\\9_Z.0\\ ", "Y 9Xé'_a-é": "0'90 '\"_cXX'aa_\"cc9b 0\\.9\\.9'\".\"Xéc90\na"}, "a": {"a": true, "_k": -1.5, "id": 403396.2123128759, "x y": "a\"\\c\"a-'.9Z\\ac "}, "first-name": 0, "9lives": {"9lives": null}}, "first-name": {"_k": null, "first-name": 0, "user_id": {"9lives": null, "a": 0}, "items": {"": null, "a": "Y-XX\\c_a", "first-name": 97164, ".0\"c\" _\n-\"": 0, "$ref": 1653}}, "x y": 455561.84119946853, "data": {"-": [-1.5]}}, "x y": {"id": -1.5}, "9lives": null}).to.have.lengthOf(99) })"#,
        r#"expected { …(4) } to have property 'length'"#,
    ),
    (
        r#"__m(function(){ expect("_Xa\ncb0.0cXX\\.é").to.equal(1) })"#,
        r#"expected '_Xa\ncb0.0cXX\.é' to equal 1"#,
    ),
    (
        r#"__m(function(){ expect({"a": true, "data": {"name": {"items": [null, 0, 23651, 598176.8967575245, -1.5, 153544.59586298774, 15959], "user_id": {"items": true, "id": "-é\n-0.'-a_'_' \n", "name": null, "x y": true}, "first-name": {"user_id": "\n0Zb\"ca'YabZY..XéZ\nY.'ZY0Z0\\ZY.\\Y'_\\\"cé'0XX-XY''\naXXZ\n-'bY-X", "first-name": "Y.-0 Z 0Y 'Z\\.\\9\\Y\"b\n-Zé' \\-YY\"0éé YZ'-a\nZc-c X.9'_.-\"bXbaZ-", "name": -1.5, "9lives": null}, "x y": [null, "0c00.é\"9 \nc\nXé\"", " ____'a\\-.baé\n.\\.Z900.\\bX0'Zéa9Z_-\"X'a\"\"\\", null, -1.5, 157503.87552398103], "9lives": [null, null, "\n 0_.b'\\_\n\\ccXX.X9bcb bYé", "\"Y'0Z0-é0b. _9."]}, "id": {"Xa'Z \\éca ": {"user_id": null}, "9lives": [25468, null, true, "béYéX90'c'cX\\X'b_-b'\"X9_9X  YaYaacZ-- XX'_aZ \néébXX_ZbcX.-\\\\", null, 87909], "x y": {"a": 835456.7886738441, "$ref": 0, "items": 35251, "first-name": " ac9c \"é9a  b'ééZY\"Y\" 0Z'"}}}}).to.eql({q: 1}) })"#,
        r#"expected { a: true, …(1) } to deeply equal { q: 1 }"#,
    ),
    (
        r#"__m(function(){ expect(-1.5).to.be.oneOf([1, 2]) })"#,
        r#"expected -1.5 to be one of [ 1, 2 ]"#,
    ),
    (
        r#"__m(function(){ expect(" Yé").to.be.oneOf([1, 2]) })"#,
        r#"expected ' Yé' to be one of [ 1, 2 ]"#,
    ),
    (
        r#"__m(function(){ expect(43093.31669716232).to.be.oneOf([1, 2]) })"#,
        r#"expected 43093.31669716232 to be one of [ 1, 2 ]"#,
    ),
    (
        r#"__m(function(){ expect([[true, {"id": 79545, "9lives": null, "name": {"user_id": 335154.09981593024}}, {}, -1.5], [[], [-1.5, [true, -1.5, -1.5, true], 139563.26706604872, [-1.5, 49538, "_", 0]], [{"a": true}, {"items": 63695, "name": true, "a": -1.5, "user_id": "X-0éba_ 0ZcXX bc'Z\\_aXYZ'0'0éaé-\"cbaY\\Z0ZXé'ccY9YX'\nbé9Y\\b-X", "first-name": true}], [{"": true, "$ref": "", "c\"\n''XZ0-Z": null, "user_id": true}], "0\\Z\nZ.\"0é_\n-éZb", "9b\"XZYc-_X \n 'b' c\"\\0'_.Z\\'0é0X'9c.9Z", [{"a": 96319, "data": 87335, "$ref": 500635.32813401613}, ["a9\\", 617394.4723168853, null], {"user_id": "-\nb\\é_.b0éX0\"\\bY.\néY9Z9\\.-\n  .\n_.-é\n\"9_'\".Z0a0éé_-\\_c\\\n\"'Z0X"}, [-1.5, 99843, 0, 55052], {"name": 0, "0_\nc\"_0b.X": "\nXX\\-.\nZ9X\né\"\"a\n\n_éa\n Z'Y", "_k": 0}, [null, 65171, 0, 962432.608157411, -1.5]]], [], 192318.94216937962, ["\n''\"\n \\c\n\"\"_éXcbZ'.-.c\"\n9é\\a9éé\"XZ Ycc.b", 572994.2092491714, {"a": {"_k": "\"99_.\"9_..Z\n\nZ\nY-9cX _bbZ9bé\nacbYbé\"0-", "x y": true}, "id": 801906.5484319752}, true], [[294478.8006445277, ["_a\\\"\\0'_", -1.5, 6051, 972104.2051040118, true, true, 92385], "_-Z\n\"bY0__-'ccY\"aYZ'..Y\n___\n_Y\n_ \nZ\"\" -éé", {"first-name": 0}, true, 354481.2744760718, 654052.138184942], [{"éaZ": -1.5, "data": 200715.79536670024, "user_id": 88650, "name": 917353.9755374669}, null, [true, true, 5704]], {"name": [-1.5, 707007.5219900672, "\"90Z9\"_éZ0 é _\"\".0\\90éé\\-\"_\\0\\- -a-XY-\"_c\\\\c\n0-\"._\\\\_.-a0Y-.", true], "9lives": 0}, [[578519.1301427081, 303384.6247201163, null], [637102.4168353031], [52714, 48711, 0, "é  9\"bé\"XX_9\"cbé0'\n_é\"Z\\\\é\n_é99-ab -0é-Xc\n0'\\XY\"\\YX é'Y\nb-.\\", 57947, 0, 91], {"_k": -1.5, "9lives": 0, "a": 92545, "$ref": null, "id": -1.5, "x y": 175674.39484719772}, true, {"Y\"\"aé-.0Xb": 6230}], 0, -1.5]]).to.have.property("zz") })"#,
        r#"expected [ [ true, …(3) ], …(5) ] to have property 'zz'"#,
    ),
    (
        r#"__m(function(){ expect({"$ref": [[{"_k": true, "data": 20150, "a": ".\"''Z\\\nX a0\"Z.ba\n'\\\n009' 0bZ_\ncé\\\".cc"}], {"9lives": []}, [true, [-1.5, 0, null], {"name": true, "x y": -1.5, "data": 0}, "\"é'", 93259], 0, [{"x y": null, "id": 33294, "first-name": 21746}, {" c_é9'b0'a": 83383, "x y": true, "$ref": null}, [], {"a": 74014, "9lives": 15731, "": 0, "data": 318970.3117020963, "name": 0, "$ref": 0}, 5123, [0, 496584.2650881469], {"items": "\\\\\\a\\\"XaZ'aYZ9\"0ééb\n\nX9\"ba 90\n99.é-bZ", "data": 95413, "user_id": null, "first-name": true}], 86903, {"$ref": {"x y": -1.5, "items": true}, "_k": 543062.8336316366}]}).to.equal(1) })"#,
        r#"expected { '$ref': [ …(7) ] } to equal 1"#,
    ),
    (
        r#"__m(function(){ expect({"name": -1.5}).to.have.lengthOf(99) })"#,
        r#"expected { name: -1.5 } to have property 'length'"#,
    ),
    (
        r#"__m(function(){ expect(0).to.be.oneOf([1, 2]) })"#,
        r#"expected +0 to be one of [ 1, 2 ]"#,
    ),
    (
        r#"__m(function(){ expect(0).to.have.property("zz") })"#,
        r#"expected +0 to have property 'zz'"#,
    ),
    (
        r#"__m(function(){ expect([{"x y": [[true, null, 853380.9098092696, 10079, 0], {"id": null, "_k": true}, {}, {"$ref": 0}], "first-name": {"first-name": {"$ref": -1.5, "first-name": null, "name": 90649, "items": "9Y9a.Xa0-caZZ9XY_9\\é \"é9'"}}}]).to.be.oneOf([1, 2]) })"#,
        r#"expected [ { 'x y': [ …(4) ], …(1) } ] to be one of [ 1, 2 ]"#,
    ),
    (
        r#"__m(function(){ expect(-1.5).to.have.lengthOf(99) })"#,
        r#"expected -1.5 to have property 'length'"#,
    ),
    (
        r#"__m(function(){ expect(null).to.be.empty })"#,
        r#".empty was passed non-string primitive null"#,
    ),
    (
        r#"__m(function(){ expect([{}, "_Y ééX'\"_-b_YY9", 763784.2015298238, [{"data": 23676}, [], 48712, 0, [[-1.5, 0, 225503.5629031301, 70635, true], {"items": 74440, "$ref": 0, "_k": null, "x y": -1.5, "user_id": 0}, {"name": 84019, "-c'": 263780.37471941096, "9lives": 805647.5294442916, "first-name": 94232}, 764193.45160562, {"name": 87449}, null], 930760.287338936, {"data": [0, "éZ a \"\\c0.X9-\\\"\"\"c-b_c\"_\" . '_Y_._\néX"], "_k": null}], {"name": [], "id": {"a-Z_a   é\\": 0, "$ref": {"user_id": 0}, "id": {"a": true, "-a0": -1.5, "first-name": 51362, "user_id": -1.5}, "first-name": -1.5, "name": "'c\n9\"ca\n"}}, {"name": [], "data": {"9lives": {"a": -1.5, "id": 0}, "id": [11383, true]}, "id": {"first-name": -1.5, "a": {"0\\Zcac.YX\n": -1.5, "items": "\"Xb\\\"X.b_ aZ \\ bca\\é '-bZ\"'aY9aZb \nbX0X", "first-name": null, "x y": 0, "$ref": ".Xc"}, "items": {"_k": -1.5, "data": 0, "id": 21908, "$ref": 667496.5989335732}}}, {}]).to.have.lengthOf(99) })"#,
        r#"expected [ {}, '_Y ééX\'"_-b_YY9', …(5) ] to have a length of 99 but got 7"#,
    ),
    (
        r#"__m(function(){ expect([{"id": [[], 70439], "_k": {"9lives": {"user_id": "'_Y.'-'_-a'  c.\nZ.c'\n.a-9a0cé \\éXY0 b0b_Y"}, "name": 0, "id": 810542.5745212227, "data": " "}}, {"_k": null, "items": true, "name": {"data": "éZ0-XaY90\" Z\"9X\\\n\"X-Z\\X\nZ'Y '9ccé9é9\"_b9\\", "9lives": 6605, "a": {}, "id": [true, 533207.886718655, 3433, "0c\"-c0-cZ\\0..X0b YbZbacé-Yab-\"\"\\b-Z..9\nY."], "items": {"_k": 603220.9480301568, "_\"_b9Y90c0": null, "first-name": 40364.28794211522, "x y": 276058.24130407086}}, "-9\nX_.Z9éc": [[-1.5, 0, 548549.5729310876, 35707], 98707, 0, {"$ref": true, "data": 0, "first-name": " -éa0-\"éX0a'00\\-9-éX_0a\\bZX\"Y\"\n-\n\"-00\\", "_k": 980369.7804220426}], "_b-_-0Y\"9\\": [294281.63016703335]}, {"'\"Xb9Xé'Zé": {"a": -1.5, "user_id": null}, "items": -1.5}, {"$ref": [{}, {"a": true, "id": 0, "9lives": -1.5, "x y": true, "data": 726295.5763520765}, [null, 0, true]], "items": {"a": [true, 0], "_k": [null, true], "$ref": 99883, "id": "cZ .\"\\'a"}, "a": [45749, "9\\0é'ZbX0\n_ ab .\n0\"ccY Z0", {"_k": 90220, "first-name": 11179.11794686144}, {"_k": null}, -1.5, {"a": -1.5, "name": 60298, "id": -1.5, "X\nX-.\"\nX.\n": 505073.2705837171, "first-name": "X"}, 0], "x y": true}, 0]).to.include("zz") })"#,
        r#"expected [ { id: [ [], 70439 ], …(1) }, …(4) ] to include 'zz'"#,
    ),
    (
        r#"__m(function(){ expect(41463).to.have.property("zz") })"#,
        r#"expected 41463 to have property 'zz'"#,
    ),
    (
        r#"__m(function(){ expect([true, {}, {"first-name": ["", null, [139478.39374526206, true, null, true, "_é\"-Za c _écY \n'cé0 0 X\" ZbX-Xc. -\n\"-\"", -1.5], [-1.5, -1.5], {"items": -1.5, "9lives": 650339.5515153053, "$ref": null, "data": ". 9_aZa.\nZYécYXY9-é0bbY\n\\b990.\\-YbcXX0\\\\_", "user_id": null, "-9\n Z\\\\.": 22873}, "\\éa é  ZcXcé\\cZécXac\" \\\\'9c.0\n\\c.Y\\ \n é", [true, 947746.6368269664, 771901.8675808545, -1.5, 50972, "' aXb90YZ\\Z9'9é\n0_é0a.\ncZXZc9\"é9Z\\cY9é09c", -1.5]]}, {"_k": null}, -1.5, true]).to.eql({q: 1}) })"#,
        r#"expected [ true, {}, …(4) ] to deeply equal { q: 1 }"#,
    ),
    (
        r#"__m(function(){ expect(true).to.include("zz") })"#,
        r#"the given combination of arguments (boolean and string) is invalid for this assertion. You can use an array, a map, an object, a set, a string, or a weakset instead of a string"#,
    ),
    (
        r#"__m(function(){ expect(["bY_ac\\b9é0b\n'9 .aaYZ00c.é\"-..Zé\\c\\--'-é 0cb\nZZ0a00\\\"éa 0a-9 ", 103721.62633318682, 0, [[], [{"$ref": -1.5, "9lives": -1.5, "_k": 95143}], {"id": null, "__\"c\\..a": {"a": "a9Y_.éZ.bé\".Zc\nXbaY'Z.X_0éX \"c\nX-.é\\YZé__ééc -'b\nXZaa\\ é.\n\\Z", "first-name": 6982, "X.  XY9'bY": null, "id": 644969.4456669311, "x y": 45595}}], [], "Zéc Z.\n0\"Y0\n0.\""]).to.be.empty })"#,
        r#"expected [ …(6) ] to be empty"#,
    ),
    (
        r#"__m(function(){ expect({"a": {"a": 22143, "id": ["9", true, [true, true], {"\"Z'": 49705, "id": 885325.0329127507}]}, "id": [[{"first-name": 30771, "name": null, "9lives": 67119, "id": 69975}], -1.5, [null, "Z", ["Z", 0, true, 0, null, "'c'\"9Xc90é '.é\\90'0Z0Xé éaZ_acZYc \\.'\\Z-", -1.5], {"a": 0, "id": -1.5}, [0, 99116, 36085.83717715641, 77503, true, 364869.0659709967, 77669], true]], "9lives": null}).to.equal(1) })"#,
        r#"expected { …(3) } to equal 1"#,
    ),
    (
        r#"__m(function(){ expect(null).to.be.a("function") })"#,
        r#"expected null to be a function"#,
    ),
    (
        r#"__m(function(){ expect({"name": "c", "id": [[]]}).to.equal(1) })"#,
        r#"expected { name: 'c', id: [ [] ] } to equal 1"#,
    ),
    (
        r#"__m(function(){ expect([[13591, 36926, [{"data": "-cééX-é\nYc\"Z\"_'-aa -c..é'Y'9'a\"\n'0ZZ9", "name": -1.5}, null, 0], [{"items": null, "x y": 0}, ["9cé0Z\n''aY\"0cb.. Z0b.a0Y\"._ aZb \n.Yc9Yc", 59261, 43597, 65199], [54805]], ["Z\n'.b\\éY\\9\n\\X9é\nYZbYé\"Z00a0'a.Z\nY_a0Zab c"], [[null, null, 432150.0861277714, null], {"items": ".X_ZX'.''9YZZYb-b\nbé\n_\n9\"", "_k": null, "user_id": "-\"\\b'aX\"bY\n0b-X\"ab_éX.ac\"", "$ref": null}, {"x y": null, "a": null, "user_id": 0, "_k": 0}], true], -1.5, true, [{}, {"id": {"9lives": 0}, "a": {"data": 962893.5324078337, "_k": -1.5, "user_id": null}, "items": {"items": -1.5, "$ref": 49818, "_k": -1.5, "first-name": "X'é.b0YY9\né.'écZY\\\"bbbéb0aZc0c-b9 \\éZ--é00Z-c_ZcZ\"'Z.b\"9\nb\\b"}, "data": [935245.5995986373, 331850.592532555]}, {"first-name": [537528.1922752886]}, [0, "\n\n_-a..9\\\\X090.9-a'Zc- b0_\"a9Xc\"\n\nb9..\"Za", null, {"items": -1.5, "$ref": 29138, "data": 0}, 870205.4149388765], [{"items": "Z", "9lives": -1.5, "name": true, "$ref": "0ééXZba9Y9c\\\"0\nébc0.Z0aaXZé X X9c9X\"a\"Y"}, {}, ["a", null, "-XaXa0ZZéZaéX9\"", null, 33980, null]], {"a": [60647, 28903, null, "Y9cZé_ c", 88728]}], -1.5, "", "Zb0 0XéX\\\\b bcZaacb\\\\\n\nX_Y0\"\"\néX_09-XYé.a'a_\"Y\\XYX\"\"\" _9 XZY"]).to.be.a("function") })"#,
        r#"expected [ [ 13591, 36926, …(5) ], -1.5, …(5) ] to be a function"#,
    ),
    (
        r#"__m(function(){ expect(86364).to.be.oneOf([1, 2]) })"#,
        r#"expected 86364 to be one of [ 1, 2 ]"#,
    ),
    (
        r#"__m(function(){ expect("9-XX\nb'\".99acYa").to.be.oneOf([1, 2]) })"#,
        r#"expected '9-XX\nb\'".99acYa' to be one of [ 1, 2 ]"#,
    ),
    (
        r#"__m(function(){ expect([{"a": {"\nééYZ --b'": {"a": "Y9 0.bé ", "é'-b\n.\nabY": true, "data": 962342.5727903501}, "x y": {"data": 396033.4081608071, "_k": 25067}, "id": [null, null, null], "data": {"name": 65868, "c\"'0_90'": 77565, "_k": null, "data": 33473}, "9lives": []}, "first-name": {"first-name": [true, 25892, 17394, 0, 664606.1792275322, 10164], "name": [514509.20274329046, 490, 0, true]}}]).to.eql({q: 1}) })"#,
        r#"expected [ { a: { …(5) }, …(1) } ] to deeply equal { q: 1 }"#,
    ),
    (
        r#"__m(function(){ expect(0).to.have.lengthOf(99) })"#,
        r#"expected +0 to have property 'length'"#,
    ),
    (
        r#"__m(function(){ expect(true).to.equal(1) })"#,
        r#"expected true to equal 1"#,
    ),
    (
        r#"__m(function(){ expect(0).to.be.a("function") })"#,
        r#"expected +0 to be a function"#,
    ),
    (
        r#"__m(function(){ expect(true).to.have.property("zz") })"#,
        r#"expected true to have property 'zz'"#,
    ),
    (
        r#"__m(function(){ expect({"0__c'bé\n": 0, "data": true, "user_id": ["a-bcX\\cb\n0-a'_ 9c a'0-9\"\"Y \\b\\\n\nb.Y\n\"9", {"$ref": [103251.43083043487, null, true, 982268.783239453, -1.5, 0]}, [null, {"_k": 246608.29408706963}, 485297.31539009156, [0, 758547.7302752072], {"items": true, "name": null}, [0, 0, 0, 4275, 27294, 0, null], 287347.95726602466]], "first-name": [{"9lives": {"id": 60385.70022670775, "$ref": 189785.44759113225, "a": "", "items": -1.5, "data": "Y\\9\n09.ba0-c0Y\"Zb\\0__b 0é\"_- c.a\\Z\n\\\\_\\a", "": "'X9Zabé9ZX.Z\"ac\n\\YY9.Y-\\\\c'-_Y0 9'\nZ\\"}, "user_id": {"_k": -1.5, "id": 98059, "$ref": 7823}, "a": {"Z9a00Y  'a": "_aé_-XbcZ\"X\n\"0\"99.-céa0é'a-0\nX9\"b\né9\"éY\"", "9lives": true, "9a9\\''aZéc": "-cZ\\9'_'aXéZZXa_\"\\ \n__\\Z\"", "x y": true, "_k": "bXX_é_X\\é.0\n_' ..b .-0\\.é\"0Z-\nY_-_cY0Z9Y_b0baac écbb\"Ycb\"cZ_"}, "items": 708961.8187091486}, []], "id": {"a": [{}, {"a": 0, "9lives": 0}, true], "id": {"data": 376470.4393909846, "first-name": {"9lives": 4294, "items": 0, "a": 962016.7442489073}, "name": [59515, null, -1.5, 0], "$ref": [0, -1.5, 573122.917974988, -1.5, 15504, "\n. "]}, "data": [[-1.5, "Y.XY\\'\\ ", -1.5, "YcXX\"Zé_\"cbbYX\n"]]}}).to.have.lengthOf(99) })"#,
        r#"expected { '0__c\'bé\n': +0, data: true, …(3) } to have property 'length'"#,
    ),
    (
        r#"__m(function(){ expect(403606.8640374744).to.have.lengthOf(99) })"#,
        r#"expected 403606.8640374744 to have property 'length'"#,
    ),
    (
        r#"__m(function(){ expect({"9lives": -1.5, "x y": [{"name": true, "\\\\cYX'0c": {"\"": true, "-\\-_ZZ_\"'X": -1.5, "id": 489447.8312042043, "x y": true}, "$ref": [0], "items": "0Z0bZ\\._'0X'é--"}, "c.\n9ébb.99b\n\\a0\n\\\"Za9aZ_.'\n '\"a\\b\\_a\n", [true, 7980.3061902379295]], "name": {"first-name": [{"name": true, "é": 71518}, true], "data": [["aXéaYXZ\\b00_\"c.99'_X -Z\\-\"\\0a \n X'ccc0Zb", true], [null, 0, 50471]], "x y": true}, "id": {"9lives": {"data": []}, "x y": [90055, [539008.2639970116, 0, "Xccc \\aX09Z\n0-9\" -a9Y9é\ncéYcc'\"\n'9\"éXb", true, null, 6006]], "name": "aX'aXcécba0éc.Z''\\-__ -é\n0X\"a _0Za0' \\"}}).to.equal(1) })"#,
        r#"expected { '9lives': -1.5, …(3) } to equal 1"#,
    ),
    (
        r#"__m(function(){ expect(true).to.be.a("function") })"#,
        r#"expected true to be a function"#,
    ),
    (
        r#"__m(function(){ expect([]).to.have.property("zz") })"#,
        r#"expected [] to have property 'zz'"#,
    ),
    (
        r#"__m(function(){ expect(true).to.be.a("function") })"#,
        r#"expected true to be a function"#,
    ),
    (
        r#"__m(function(){ expect(-1.5).to.be.oneOf([1, 2]) })"#,
        r#"expected -1.5 to be one of [ 1, 2 ]"#,
    ),
    (
        r#"__m(function(){ expect({"data": -1.5}).to.be.empty })"#,
        r#"expected { data: -1.5 } to be empty"#,
    ),
    (
        r#"__m(function(){ expect({"name": -1.5, "data": [{"name": -1.5, "9lives": ["", 656483.2479359946, -1.5, "-0béYX .ba-. \\- _-9b'\n0\\X X._0b_' Z\n.Zbc"], "c0-\"\\X\\_ b": true, "a": {}}, 0, [0, 953024.3674714379, ["XZéY. \n\nX-_\nb'a aXZ_\"Y\n9é", 91273], 0, ".\nc'\nY.0_'Yé.c0cé.XéY\"XZ\\", null, {"items": "\"Y'._\\éX-9Z Y0b", "a": 59079, "id": "\néYa0YZ\n'bc.éc_\"XZ\nX\"XY._", "9lives": 0}]], "9lives": {"data": 607778.9662466965, "9lives": {"$ref": {}}, "c\\'ZY\"_Z_é": "X", "name": [{"items": 0, "9lives": -1.5, "user_id": 76645, "$ref": "0c.Y_é\n'"}, 45584, -1.5, [], ["'-'Y\"a .aX_Xc'0Z9bX0c\n-00\"\"90\\YaZX.a0 9", "\\\\éZZc9b\"b'X0'\na_'ccZ Z-.X '\\.\\9 '\"9\n99\\", "Y\"é.\"Z _\\Xa bZ ", -1.5, -1.5, 0, 0], {"9lives": 0, "x y": null, "user_id": null, "data": 0, "\n": "'YbcY\n-\n\\\n0ZZXXa \"aé\\9-_ \\-b_YaYé.99\" bc9"}, {"data": null, "items": null}]}, "x y": [{"id": [0, 623847.1093379069]}, true, {}, 387775.3625676578, [{}, [26858]], {"data": [], "9lives": {"x y": 39376, "a": null, "first-name": "\\'-\\ébéX\n_Y\\9X\ncZ Z9Y\"\n'\\\\.c \"'0ébc0\nY", "_k": 0}, "_k": null, "id": [null, 0, 712199.2774977625]}, -1.5], "items": {"9lives": true, "items": 52060}, "first-name": [{"items": 328274.2315660774, "user_id": {}}]}).to.be.empty })"#,
        r#"expected { name: -1.5, …(5) } to be empty"#,
    ),
    (
        r#"__m(function(){ expect("XY'b.a a'9\"\\\\a0\\ X0_\"_YYb \"XY\" ZYa\\\"Z.'XZ\\a\"Z\"\\\"a9XZ\\'0aZXé ").to.have.property("zz") })"#,
        r#"expected 'XY\'b.a a\'9"\\a0\ X0_"_YYb "XY" ZYa\…' to have property 'zz'"#,
    ),
    (
        r#"__m(function(){ expect({"x y": -1.5, "name": [{}, {"a": "ZcZ b-_XcX'0. c 9Y\né\"\n9\"ca_\n9-Ybc_écé-'\na\n 'Y_bbX b-Z -..aa\\", "items": [74541]}, {"first-name": {"first-name": null, "x y": "_babaZ_aYb' Ycc-X Y0Z -bé.99_X9-YZZ9écZ0", "data": true, "id": true}, "_k": true}, -1.5, {"\nbYZ.\n0Z_'": {"id": -1.5, "name": null}, "$ref": [null, -1.5]}, 98634.71247191913]}).to.eql({q: 1}) })"#,
        r#"expected { 'x y': -1.5, name: [ {}, …(5) ] } to deeply equal { q: 1 }"#,
    ),
    (
        r#"__m(function(){ expect({"items": {"9lives": {"data": 139648.39974582687, "user_id": [true, true, -1.5], "a": {"a": " X\\"}, "items": -1.5}, "first-name": {"user_id": {"user_id": 0, "name": true, "X\".-é-\"b.Y": 0, "'\"9\\\n9a9Zc": 0}, "a": [], "items": [-1.5, 0], "9lives": [true], "_9a\\ZX' aX": {"data": null, "items": 0, "user_id": 0}}, "items": [{"id": -1.5, "name": 64942, "$ref": "\\Y9\\'_ c-aY_Y\"\\X-\"X-9écc ", "items": ".9-é_c-0\n_0Z0-0a-éc. \\\n'a--__ \n_Z-X9\n", "data": 0}], "a": 0}, "bY9 \"XYYéb": null, "9lives": [{"-ZbaZ .éaa": ["\"'\n", 15888.42858706474, 53149, true, 294864.98763074906, true, "b__Y- éb.é.'09Z\"'ébX\\\\X--éc.0Y9a\\0YbY"], "_k": [true, 83813, 0, 91413, 13641], "a": {"data": " a-éa a--Y 9'\\0a--_ _é\n\" Y_-09X0c\n.Y-X", "items": null, "first-name": "..a\\YXcZ _\nX'_\"-\\ X é9béa\n 9a\\\\-9b\n\n\\0-X"}}, -1.5, {"ZX9": 168535.1214885532}, {"x y": 0, "data": {"a": true, "$ref": null}, "name": [-1.5, true, "ccXb''\\\n", "éX9XXa \\ZXX_\\\"9\n __.aXa\\'\\X-\nZY\\_\" b\\9é", " c'- _X-\"'aZé9b9a.c\n\n_ 0'", 347378.6873730419]}, [[null, -1.5, -1.5, -1.5], -1.5, {"$ref": null, "éYZ-c éZ.é": 396332.3637566891}]], "$ref": [[], true, {"$ref": [40916, -1.5, null], "_k": {"data": null, "id": 0, "name": "\\c\\X\nZ\\b \"_.\"\n -\n \". \n\\0--\n0é\"\". aé0c 0\\"}, "a": [null, 0], "user_id": {"user_id": 270318.53066801635}, "x y": {"x y": 0}}]}).to.be.oneOf([1, 2]) })"#,
        r#"expected { items: { …(4) }, …(3) } to be one of [ 1, 2 ]"#,
    ),
    (
        r#"__m(function(){ expect({"id": {"x y": {"$ref": {"a": -1.5, "x y": true, "_k": null}}, "_k": "c\"b\"\" .bZ  aa.-bc'bZ-c.\"\nX\\0X-X-aY\n_-", "$ref": {"items": ["céb9\\cYZ", true], "9lives": [-1.5, 37631.330735749754, 405222.54340238386]}}, "a": {"_k": {"first-name": 0}, "data": {"a": 534923.7631027888}, "first-name": {"x y": [], "first-name": "ZXcéXZ \n-cZ-\nY\"0ac.\n-a é_cXZcb\nZ.0_ZaY0\\-", "9lives": {}, "id": {"_k": null, "items": "Z9a.9_-X_\n9Xé0\n.\n9\\XY0éXXZ00\\éb '0'a.9."}}}}).to.be.oneOf([1, 2]) })"#,
        r#"expected { id: { 'x y': { …(1) }, …(2) }, …(1) } to be one of [ 1, 2 ]"#,
    ),
    (
        r#"__m(function(){ expect(-1.5).to.not.be.ok })"#,
        r#"expected -1.5 to be falsy"#,
    ),
    (
        r#"__m(function(){ expect([true, -1.5, {"9lives": true}, {"items": null}, null]).to.not.be.ok })"#,
        r#"expected [ Array(5) ] to be falsy"#,
    ),
    (
        r#"__m(function(){ expect({"9lives": {"data": [0], "items": [{"Yb'- \"_é 0": 877019.0900951383, "items": -1.5, "9lives": -1.5, "$ref": true}, [null, -528, -1.5], {"_k": true, "name": "_é\\XYc\\0\\c ZX0Y  9bc.\\Y\n.Y\\ bZ_a\\a_-0", "a": "_X\nXc00éYéb\n-_X\\Y0Z é\"aaé\n éZXb_9c\\_.\\\\é", "id": null, "c\\aba_'\\-\"": "0 Y\\Xc.-b\né-Xacc0a'_-\né9Y.\n -XZ\"a9Z\\Z.", "9lives": ".'0Xé\\0a_XX\"c-\n"}], "x y": [["_cX.Z\\Yb\\\n-ab-0'\n'Y\n\nZabX'é_b-\\ X.YX-"], [true]]}, "user_id": 0, "items": "X'_cX\nbb\\ba'aYX", "x y": true}).to.be.a("function") })"#,
        r#"expected { …(4) } to be a function"#,
    ),
    (
        r#"__m(function(){ expect({".-abY.\\é_.": true, "$ref": [{"items": -1.5}, [[966559.4404046529, 0, 705245.6358527805, 62676, "aé  00\" \"\ncb9._X é-a__XYé"], [null], [-1.5, -1.5, -1.5]], [[true], "\\ZZcZ X\nc\"\\.c'Zc\".ZYXb09900_Y\né\\'\\bX9cZ'", [-1.5, 0, "", -1.5, "_.cZ\"9Xb._- -\"Y''Z0Y \"\n\n9'éZZ.0Y\\9é_\\.\"", null], [0, -1.5, 371769.11192636617, "-0Xa_-0\n'a\"\\9a0aé\"ZZY_.ac0X\\0\\éa\\Yb\\0bZ Z.Y_9\\a9\n\\acX0bé\"9\nY", 50117, 87006, null]], 0, ["Z9\" \"Xa9é\n\"9X'b'X_Za0bZ0 c\"9 aY9b0éb0.9'\\", null, -1.5, 0, 58499], [{}, 359998.0086458662, ["aXXb-_\n0éc \"X-b\\0_\nc '\"__", null, 62684, 0, true, "\nX.aX'bc\"cbé bb\"\"é___.é0YaX\\0\"é09\\ \n'"], [0, null, true, -1.5, 5850], 60514], -1.5], "9lives": "", "id": 0, "a": [[286803.2783503476, 0, true, [15033, null, 34652, 511894.11534055317]], {"id": {}, "first-name": [], "x y": [true, 13500, true, 0, -1.5], "a": {}}, null]}).to.have.property("zz") })"#,
        r#"expected { '.-abY.\\é_.': true, …(4) } to have property 'zz'"#,
    ),
    (
        r#"__m(function(){ expect([]).to.be.a("function") })"#,
        r#"expected [] to be a function"#,
    ),
    (
        r#"__m(function(){ expect(625910.6539515697).to.include("zz") })"#,
        r#"the given combination of arguments (number and string) is invalid for this assertion. You can use an array, a map, an object, a set, a string, or a weakset instead of a string"#,
    ),
    (
        r#"__m(function(){ expect([[443658.90979209135, true, []], []]).to.equal(1) })"#,
        r#"expected [ Array(2) ] to equal 1"#,
    ),
    (
        r#"__m(function(){ expect([0, 0, [[[], [true, "a-é_c--\ncé\n \ncba999 -9 \"Xc0Z.a Y\"X\\cYX", 0, 298892.4525471468, null]], {"_k": true}], 34271, [63544, -1.5, [true, {"items": 535689.8854793699, "'\nXY\"\\aY.9": null}, -1.5, [36085, 62257, "\\"], true, [79256]], [[-1.5, true, 0, "0c99bb\\.aZ0\nXXb\"\nbac-.\\\\'", -1.5], true, [-1.5, 324519.30717278586], ["_YZ", 0, 0]]], [{"user_id": -1.5, "items": -1.5}, [], {"x y": ["-_\"b\"_'c0\"0.a0cécY\\ c.b.écbaX\\X0\nZbc'9b", ".Y\"é'9-_éXX'-_'\nca\"ZZaé0c bYYé\\--\n9aéb9bé-b-90XcéaY\"Z cX'\n.Y", true], "user_id": [61498, true, 888703.1023841792, 0]}, [{"id": 0}], 61791]]).to.be.empty })"#,
        r#"expected [ +0, +0, [ …(2) ], 34271, …(2) ] to be empty"#,
    ),
    (
        r#"__m(function(){ expect({"x y": {"9lives": {"data": {}, "a": [true, 921439.3277867449, -1.5, 313012.6750649612], "user_id": -1.5, "$ref": true}, "items": 714385.4614530166}, "items": {"$ref": [{"X9-Ya\\.a": "b\\\\'\\-- ZZ-\\X09\\.acY\\Y\\.-\nX-b_Zab\"cZé_ \n'9.Y0..-___\\éX_-Y.\nY", "x y": -1.5, "_k": -1.5, "name": " \\\".a-Z\n0-Y0 \n'X'0-\\-9__0é\\\\-'b\"Y\n.é\"\n-", "a": null}, [-1.5], [0, true, -1.5, 98638, -1.5, 709151.1663907006, 0]]}, "data": ["'"], "_k": null}).to.be.oneOf([1, 2]) })"#,
        r#"expected { 'x y': { …(2) }, …(3) } to be one of [ 1, 2 ]"#,
    ),
    (
        r#"__m(function(){ expect({}).to.equal(1) })"#,
        r#"expected {} to equal 1"#,
    ),
    (
        r#"__m(function(){ expect([929580.8879832743, {"id": [], "name": [], "": " "}, [{"first-name": {"x y": -1.5}}, {"items": [80197.09375584083], "$ref": [null, " _\naYZb.", 41440], "x y": [true, 0, "\\", "aZ-b0\\Z0_0\n 9\"\nc_\"\\9'Z--.-Z'09\\-X_Z b-'9\n0\nY..é0 Z\n 'ZbbaX9X", 40402, 826694.2383419607], "data": [true, 0, true, 791102.5529735155, -1.5]}]]).to.not.be.ok })"#,
        r#"expected [ 929580.8879832743, …(2) ] to be falsy"#,
    ),
    (
        r#"__m(function(){ expect(0).to.be.a("function") })"#,
        r#"expected +0 to be a function"#,
    ),
    (
        r#"__m(function(){ expect(null).to.include("zz") })"#,
        r#"the given combination of arguments (null and string) is invalid for this assertion. You can use an array, a map, an object, a set, a string, or a weakset instead of a string"#,
    ),
    (
        r#"__m(function(){ expect({"items": {"_k": [[true, 0], "\\\\é09aa-X0bZ-b09_ébXc\\cZaaYé 0\"''9c Y.c ", {}, {"user_id": 23614, "'\\\"\na\\9Z.\n": "  Z_Xc\\\"0.c_9c'-Z'X9cZ\\\nX'0.Zb__a.\\X\"-", "0acéZ_.éa9": true, "data": 709715.9074522485, ".\"b.\"Zéc'\\": "\".\\_-\"Xb\"-bé9\n.b00\"''\\'b'-Y\"Y\n\\0__-\n0c-a_", "x y": -1.5}, ["é-b-cc\"aéaY\n0a_éX.__\"Xéé\\\"béX\n'\nb'a\n\"c", true, null, -1.5, 88524, "9"], 4807.870214588838, {"items": 0, "_k": -1.5, "é\\Z'c.\\ac'": "b\\\\0Xbc\\Zba'é\\-", "data": 39043}], "x y": {"a": null, "name": [-1.5, null, null, "0Y\"", 147493.21935637417, 0, -1.5]}, "a": [["'Z_\\aXZbXéZ\"0_\nYb\"ab.\\ \\\n", true]], "data": {"first-name": {"$ref": "caZ0éé0-", "items": null, "x y": 47134.150611692574}, "name": -1.5, "a": true, "data": [true, true, "0Y\néb_Y0ZZX\n'9c"]}}, "data": [], "user_id": -1.5, "id": {}}).to.be.empty })"#,
        r#"expected { items: { _k: [ …(7) ], …(3) }, …(3) } to be empty"#,
    ),
    (
        r#"__m(function(){ expect("9.céY.\\_\"Y \n-_\"").to.be.empty })"#,
        r#"expected '9.céY.\_"Y \n-_"' to be empty"#,
    ),
    (
        r#"__m(function(){ expect({"$ref": {"9lives": [{"\na9b0\"Y-_Y": 0, "x y": -1.5, "first-name": "0cé_X XX_é99a0\\0-9_Xc\\\"b-a._-'\nY_éb.Ya", "-a0XcY\né\" ": -1.5, "name": null}, {"$ref": 410031.3024878419, "x y": "Xc _bba\"ZZ''X.-a\\\"_Y\n\"_b a\\aZ_\nb\\b9__a", "a": null}, ["\\_é\nX_'é_'\n\n-.\"_\"_ 0Z\"'\n c__cba  é Y aXé", 341926.15403837577, 705163.1605273866], null, {"name": true, "data": " -\"éZ b\n"}, {"items": -1.5, "data": 0, "$ref": 0}], "user_id": {"items": {"_k": true, "9lives": 655843.599968093, "é\"b0-aZ0a'": "c -0Y'bb"}, "user_id": [null, "c\"cb\n\\9éXa_\n90Z", 65911, ".\\\"9'0cY\n\"cZZéccb-é'\n9\"b.\n é-  Y90Y0'\"_\"_'\\é9\\YY9b\n.a0Xcb9 Y"]}, "data": " -bc.é0 ' Y-9Y\nX'-\"'Yb-a_ 9-Z0b_\néZ \"\"\\Z", "$ref": [-1.5, ["\n\\. 9bbc9_ -ééYZ0_abc_aZc", true, -1.5, 19134, 734401.2176222615]], "items": []}}).to.be.a("function") })"#,
        r#"expected { Object ($ref) } to be a function"#,
    ),
    (
        r#"__m(function(){ expect(72593).to.have.property("zz") })"#,
        r#"expected 72593 to have property 'zz'"#,
    ),
    (r#"__m(function(){ expect(0).to.not.be.ok })"#, r#"PASS"#),
    (
        r#"__m(function(){ expect({"9lives": "", "first-name": 0, "_k": [[], []], "": {"b_éaéY \"a0": [{"id": "__ aX\\'9\\Y-99aZYb\na.\"\\0\\'\\éZ'X'aaa-\"0-\\"}, true, [null, 583240.1224891233]], "a": [[-1.5, 3472, 35898, null, null], -1.5, {"first-name": null, "_k": 70157}, true, -1.5, [152104.351121215, 81435, true, 468422.11902889994, 98071], 24768], " \\éab\\X\n9 ": {"9lives": {"9lives": true, "\"__-cé.'Z9": -1.5, "first-name": "0Y\"", "id": -1.5}, "user_id": {"name": 274625.3328693926, "9. \"9-aééc": 519969.0780001014, "items": null, "data": 215637.08852722764, "user_id": true}, "first-name": null}, "$ref": [{}], "9lives": {"user_id": 0}, "'a\"\"X\\-\\\\é": 91484}}).to.not.be.ok })"#,
        r#"expected { Object (9lives, first-name, ...) } to be falsy"#,
    ),
    (
        r#"__m(function(){ expect(0).to.have.lengthOf(99) })"#,
        r#"expected +0 to have property 'length'"#,
    ),
    (
        r#"__m(function(){ expect([]).to.eql({q: 1}) })"#,
        r#"expected [] to deeply equal { q: 1 }"#,
    ),
    (
        r#"__m(function(){ expect({"user_id": {}, "9lives": 99174}).to.be.oneOf([1, 2]) })"#,
        r#"expected { user_id: {}, '9lives': 99174 } to be one of [ 1, 2 ]"#,
    ),
    (
        r#"__m(function(){ expect(null).to.be.a("function") })"#,
        r#"expected null to be a function"#,
    ),
    (
        r#"__m(function(){ expect([[null, {"": null, "name": [null, 595236.2185939791, null, true], "items": {"id": "éZbX\\0Xc0Zc.b_ éY0'9\ncY -", "data": true, "user_id": true}, "a": null}], {}]).to.be.a("function") })"#,
        r#"expected [ [ null, { '': null, …(3) } ], {} ] to be a function"#,
    ),
    (
        r#"__m(function(){ expect([786617.7947914593, [[[-1.5, "\n9\ncZZaX", null], -1.5, {}], "\\ba'-0_Zc\" c9_\"\"ab0a\\é\"X-\"Y0 '9X0 Z\n_Y\\0"], [{}, -1.5, ["\"X0'b\"'XY.\\XaX -c._ .b_\n9ZYéYc\"Y\\-cc9\"Xa.\"\"\"0-9 .9\\YZY9Zé__ ", 0, 780089.6819168628, true, {"a": ".Y0b99a\"XcX \\b\"a'0ac_  'c\ncYéX.bbZY\n\n\\b-", "_k": true, "$ref": 5416.393563314359, "x y": null}]]]).to.have.property("zz") })"#,
        r#"expected [ 786617.7947914593, [ …(2) ], …(1) ] to have property 'zz'"#,
    ),
    (
        r#"__m(function(){ expect([true, {"items": 56521, "$ref": -1.5, "first-name": [[".Z\n"], [0, 329681.72025140084, null, 54237, 139146.56505002853, -1.5], [195.58393643270833, null, 139963.3441802548]], "a": [0, 569459.8027525144, {"$ref": 0, "x y": 717633.65485845, "_k": true, "items": 0}, -1.5, "'0_ '\"Z_Z\né\"'c0_\"'\"- \\_.Xbc\\\"b\n_Y-0_a"]}, {"id": null, "items": [{"user_id": "X\\abb \\Zcé__Yé_\n\"X'\nZ9b9.X-\nX\"Y_ Y9Z\\'", "data": 77009, "items": 740102.8781483038, "a": "\"YYc 0\nXc\"YZéc'", "name": true, "_k": -1.5}, null, -1.5]}, {"$ref": {"9lives": [0, -1.5, 0, null], "c9Z\"\n0\n\n\\'": {"": 0, "user_id": 0, "x y": "_b.90-0c.Z\\b\".b\n-YYZ é_XX\n_aéYb\n0.--Z 9Z", "id": -1.5}, "user_id": {}, "items": "\\\"- _\ncé. \\Yb.\\99'-ccb. c-'0\n9X 0'-Z_bb0Y", "a": {"user_id": true, "$ref": "0", "items": 377125.4576348213, "first-name": null, "id": 0}}}, [{"a": [767331.9980676892, 0], "$ref": {"first-name": true, "id": null, "_k": 76403}, "name": {"items": null, "name": 3086, "data": true, "9lives": 0, "a": 0, "$ref": "\" Z"}, "_k": [-1.5, -1.5], "id": 308178.07384154183, "x y": [true]}, [[865325.6640343962, null, -1.5, "\"Z Y._YYY0c_bc. -\nZbbXc'X\\9c'_Y\nX_a\\Z90'_", 0, true], [102980.18367514272, " \n.'a_c'", 0, true, 43807], 68766, []], [-1.5, {"name": "\n.c_.\"Y\n0X_Y\\Y0\\.\"X - c0\n Z_.a.a\n\"\"Z\n"}, {"a": true, "data": 0, "first-name": -1.5, "user_id": 1733}, {"name": true, "data": true, "_k": true, "9lives": true, "x y": 0}, 0, []], {"user_id": 0, "data": []}, {"name": {"x y": null, "9lives": 87660, "items": 62175, "": "c\n\n .Z\" Z.X_Z_X\\Y'Xé9'Y0c 09\néZ'-_ \\.b-\"'"}, "first-name": {"items": null, "first-name": 54198, "$ref": "Y''-a\nXé\\_Z Yb\"XYbZ0\"éc.X"}, "data": {"first-name": true, "$ref": "'bY\n0\\  aZb9 Yc_Z'\n c'éa9"}, "user_id": 116238.88523276971}]]).to.include("zz") })"#,
        r#"expected [ true, { items: 56521, …(3) }, …(3) ] to include 'zz'"#,
    ),
    (
        r#"__m(function(){ expect(577970.6145776648).to.be.oneOf([1, 2]) })"#,
        r#"expected 577970.6145776648 to be one of [ 1, 2 ]"#,
    ),
    (
        r#"__m(function(){ expect(["--9b.YX\n9X\n9aaXY'b é\\\\\"cZ", [{"data": [-1.5, -1.5, null, -1.5, true], "_k": [0, 0, 70975, true, true, 74215], "id": {"user_id": null, "data": 726351.8596714359, "items": -1.5, "_k": null}, "9lives": [0, 12920, 0, 850774.2427564444, -1.5, true, "\n"]}], {"items": [true, {"x y": null, "$ref": 232630.51174545247}, 83237.85429056974, ["Zéb0Zé Z", 380238.962244544, -1.5, 926039.7802824678, 0, true, "0Y\\\n.Y-YY- .00a\nYXZZ0\\\"aX9ba\n-Z\nbccZb_X\"ZYb_00-\\éZc\"_'é-9\\\\\n"], [86490, true, null, 4306, 489119.4751009894, -1.5, true], {"user_id": 20366, "data": 485770.7308709405, "9lives": 0}, 0], "user_id": {"X": {"data": 35291.851571311316, "XY0\" X\\b X": 0, "id": null, "c9\"Y\\.Z__\"": 0}, "name": {"_k": 703055.3638810973, "user_id": 543883.8604013395}}}, {}]).to.eql({q: 1}) })"#,
        r#"expected [ Array(4) ] to deeply equal { q: 1 }"#,
    ),
    (
        r#"__m(function(){ expect({"$ref": {"$ref": [{"_k": 851482.002647173, "a": -1.5, "$ref": 13670, "\"_-_Ya\\ \"'": 179076.93957005677}, {"first-name": 0}], "data": 42835, "name": [], "first-name": -1.5}}).to.eql({q: 1}) })"#,
        r#"expected { '$ref': { '$ref': [ …(2) ], …(3) } } to deeply equal { q: 1 }"#,
    ),
    (
        r#"__m(function(){ expect({"name": null, "user_id": {"user_id": {"items": {"id": 0, "first-name": 65279, "items": 191595.32473324626}, "$ref": [null, 0, 96137, null], "id": {"name": 9984, "user_id": 57980, "$ref": "Y", "first-name": "a-'\\aZYa990b_ZX' \"Y\"cZ\"é."}, "first-name": [true, -1.5, 0, "0\\Y0 Y-a\\\"0''bXc \\_ .0Xéb0\n0_\\é' 0Y-'Y", true]}, "x y": []}, "first-name": [true, [[-1.5, 294016.18450738373, "_'-éb\"a-00-\\_-b_\"_9X0\\Y.'a\n9Ya' Zc_'Y_", 32994.91244509756], {}, {"_k": 865386.9790744594}, 3724, [true], {"x y": 80089.2554494932}, [null, "\n\\cba'0é'.a.'\\.Y\\-aY\\9c_.Z0\n\"-0c-c_X.", true, 976262.9277471876, null]]], "items": -1.5}).to.have.property("zz") })"#,
        r#"expected { name: null, user_id: { …(2) }, …(2) } to have property 'zz'"#,
    ),
    (
        r#"__m(function(){ expect({"first-name": [{"9lives": {"_k": "9.'", "data": null, "9lives": -1.5, "items": 74144, "name": "ba- YZb.é\\\"b\"bZ9é .\\9Xb9XY9\"aX_ 0X -Y-X"}, "items": true, "name": {"user_id": 0}, "_k": true}, -1.5, true, -1.5, {"user_id": {"a": 0, "_": 905184.8817294667}, "_k": {"data": 0}}, {"a": [true], "x y": [93446, 0, -1.5, 219176.98624348792, true, 44993], "user_id": 538263.2610133031}, {"first-name": {"name": true, "0_ZX0.0_-\\": "é0-aé\"\n9Z-cX''é\\Y\"0é-\\9éZ", "bé0_c9- bé": 654540.3579917209, "x y": -1.5}, "id": {"name": 0, "x y": true, "$ref": 325810.77343985863, "data": -1.5, "9lives": 428968.60496156063}, "_k": [9042, -320, 15797, true, -1.5]}], "x y": {}}).to.include("zz") })"#,
        r#"the given combination of arguments (object and string) is invalid for this assertion. You can use an array, a map, an object, a set, a string, or a weakset instead of a string"#,
    ),
    (
        r#"__m(function(){ expect([5428.360458356596]).to.include("zz") })"#,
        r#"expected [ 5428.360458356596 ] to include 'zz'"#,
    ),
    (
        r#"__m(function(){ expect(456929.96045721933).to.equal(1) })"#,
        r#"expected 456929.96045721933 to equal 1"#,
    ),
    (
        r#"__m(function(){ expect({"first-name": {"data": [{}], "_k": 0}, "name": {"_k": {}}, "data": "\"aZZac\n\n'YZb Y \\c 0a_ZbY'0Y\\\"\"0-bXZ\n.'0", "$ref": [{"items": {"9lives": 0, "first-name": 0, "id": 78700, "name": 506409.21771554236, "_k": 219943.1381196354}, "id": [true, 960973.013644439, null, null, "--\" 00b'\\Z. 0-Z'9\nZYZ\\Y-c_b-Zba9a0Y0é'0c", 0], "first-name": [null, 0], "9lives": {"user_id": "\n'9X9  _'Y-'\\_cX\\X-.0b9aZaYX.0\" -_Xa\"-", "a": true, "name": 140447.44441232504, "9lives": null}, "name": {"id": true}, "a": [null, 0, 60564, 10161.358891622396]}]}).to.not.be.ok })"#,
        r#"expected { 'first-name': { …(2) }, …(3) } to be falsy"#,
    ),
    (
        r#"__m(function(){ expect([[{"_k": -1.5}, {}, "é", {"name": {"user_id": null, "_k": -1.5, "$ref": "'- 0Z _b\\0'.b a-.-c.\n_-\na\"\\X.-'aX\n9\"\""}, "a": {}, "user_id": ["Y", true, 85071, true, 0, "\nZY '_\n_ _b_'-.aYY\\.090\"Z9\n\"\"XX9_c\\\\XY\\b\\Z X0' '0\na0-\"\na.0\"\\"], "9lives": {"_k": true, "user_id": "9Xb\"_cZ'", "Z9a_b0\\Z.9": -1.5, "x y": -1.5, "items": "\nécZ\nYZ .é09Z90Y\\YX''é a.bX\n'bécX.Z0'0"}}, {}, 0], [{"items": 908809.6248601399, "00é é9\\bX-": [44518, -1.5, -1.5, 0, null, null, 933745.0408038675], "a": 869, "first-name": [], "name": {"id": 51809.82948333202, "name": -1.5, "_k": "a-c 'cé0", "first-name": null, "9lives": null}, " éa Z\"a\"'9": {"id": "'a9\\XZ'éé.X\"XZb9Y\\b-_a\\YaY\n 0Y'ZXX --b"}}, {"9lives": {"items": 247314.95899103428}}, null], 0, 64312, [[508613.39704719535, {}, 0, [0, 0, 233581.2091385142, 0, 765497.989107413, -1.5], ["YY b0bY.\\'c\n''Z'.  X\\cYb ", -1.5], [0, "é\\\" -a\"é''.'Zé\\a.'aZ0\\.\"aZXb'.9 9_\nbcYZ_X", -1.5]], [["Z- _\nX \"_ \"Z-\\Z'b \"Zbba\"é\n..YZZXba. '", 62014, 587007.3718388081]], {"first-name": true}, true], [{"": [0, true, 0, 17126, true], "items": ["-\"Z'.b\"acbb\\\"\"'-_.\ncY..'\\XY\\abc\\-b999.\"ééb.\"9  Z\nc\\ ZZ- Z9\\.", -1.5, 0]}]]).to.be.a("function") })"#,
        r#"expected [ …(6) ] to be a function"#,
    ),
    (
        r#"__m(function(){ expect(136).to.have.property("zz") })"#,
        r#"expected 136 to have property 'zz'"#,
    ),
    (
        r#"__m(function(){ expect(null).to.be.empty })"#,
        r#".empty was passed non-string primitive null"#,
    ),
    (
        r#"__m(function(){ expect(806506.2002402429).to.be.a("function") })"#,
        r#"expected 806506.2002402429 to be a function"#,
    ),
    (
        r#"__m(function(){ expect([{}, [{"a": [], "data": -1.5}, [[0, 285536.25837447273, true, -1.5], {"'c c'\n\\c": null}, []], [true], {"$ref": [null, 35890, "99Z\n\nXbZXb-- \\-"], "items": [746437.2592792693, 701695.7561868196, null, 0, 9048, 0, 25773], "first-name": [0, null, 778418.2161782699, true, null, "9", 83147], "cXécZZ.'b\n": {}}, {"first-name": [97976.47164998636, -1.5, true, null, -1.5, "0\n9"], "data": [35882, 751641.6332873083, 2499], "0YYb\"X9_9.": {"id": "  b-b \\é b''\"\"bcb._ \n\n -99\"c9é\\X00Y_9éc", " ": 0, "user_id": 0, "_k": "cXZ\"-0_X bYb9\na.\\ 'éZacbc"}, "user_id": {"first-name": 307401.5762234611, "_k": 231359.2185983828, "9lives": 0}, "items": {"id": 549113.1469272339, "first-name": 162924.9174172045, "\" a\n bca-9": 757023.5837991653, "c\\acY\"\"9ZX": 0, "user_id": null}}, 0, "X\n\n"]]).to.have.property("zz") })"#,
        r#"expected [ {}, [ { a: [], data: -1.5 }, …(6) ] ] to have property 'zz'"#,
    ),
    (
        r#"__m(function(){ expect(88685).to.be.oneOf([1, 2]) })"#,
        r#"expected 88685 to be one of [ 1, 2 ]"#,
    ),
    (
        r#"__m(function(){ expect([true, {}, -1.5, {"user_id": -1.5, "_k": [], "first-name": [true, {"user_id": 33676}, {"first-name": 189803.94549088442, "user_id": true, "9lives": 0, "x y": "- Y..YaY\"0ac_\nXaX -Zéc\\'é9bYcbb\\-Y'éX\n -é"}, {"$ref": 344109.28785768023, "id": 68980, "x y": 0, "data": "X\n -.\"YZ-ZbccXbZa_céX\"9\n_"}, [], [null, 959783.6750005402, -1.5, 588020.7601004258, 0, "-éXé00 c\\\\ 0bZ\n"], {"data": 364755.69545604824, "user_id": null, "_k": 58210, "9lives": null, "first-name": " Z "}], "items": [{"9lives": -1.5, "name": 911165.9169640475, "$ref": 525607.3620577704, "_k": "_\nYac '_Z\\c\nZX\n -Zabb\\.ca_0-0a\\\\bcY9 cZ\\\n \nb\\--éX0éac-\n\n.Y00"}, 808412.064310824, "YXa-é'' ._\"Za'.--0\"c.b0caY0bbZX.Y\nZ  '", {"9lives": 58646, "first-name": -1.5}]}]).to.be.a("function") })"#,
        r#"expected [ true, {}, -1.5, …(1) ] to be a function"#,
    ),
    (
        r#"__m(function(){ expect({"items": {}, "id": {"items": {"items": {"user_id": "Z_b a.0_\"éY.c.cY-.\n00Y9_\\", "9lives": -1.5, "id": 6209, "x y": 0}, "user_id": -1.5, "data": {"items": 7901.737469589887, "first-name": null, "user_id": -1.5, "$ref": 39734}, "first-name": {"first-name": true}, "name": true, "9lives": {"a": true, "id": -1.5, "": 0}}, "$ref": [null, 0, 0, 57080, -1.5, [true, 20430], {"9lives": "'\"\nc'\"cZ  \n\"\"Y_\n\\a\n'\"\néY'X9Z aX_b\nb'c__é", "id": 0, "$ref": "", "name": 881171.6789743277}], "''Y-  ZZXY": [[-1.5, "\n-Za0Z\\ .0 Yb a c9Z9\\c0c-.Yé0_'9_\\Y.\\X0X", -1.5, 875778.2503320491, "é9.\n\\cZ9\nZ\n'ZXcXa.b'\\9é9X\\0-XYY.aa-..a_"], 0, {"9lives": 714480.7718509863}, {"x y": true, "9lives": 22291, "first-name": 46427, "name": true}, null], "Z .0\\Z_Y é": 57844.65161390806}, "user_id": [263944.2418688565, [0], true, {"data": true, "a": 68313, "items": [611732.176228992], "$ref": null, " \n\\\nc_céZ-": 0}, [[0, -1.5, "\\", 14103], {"name": null, "x y": 0, "$ref": null, "\n\\_bX'b\\Y'": null}, {"9lives": "\\Y.Y b9ZYZZ.\"X\""}, {"$ref": -1.5}, {"_0b": 0, "data": 87558, "a\"\n": -1.5, "items": "Xbé_'\".0\"_c- Z\""}, [], {"name": "'-Y.é99.Z\\céYX\\Xé9YbY\"- _\\\\Z\nca\n-'0a\\é\nab", "x y": null, "user_id": 24253, "id": "._'0'0\"a_\" \n_\n\" \"b'é_a_aaY9XXb'0--\\\n\"c"}], [[691017.5797071292, null, "''9XY\"\n0\n\"_ bZ\nXc0aa0a0\"X\n Xb Y\"\"a-é-'\\", true], [], [], null, ["", -1.5, "é"], [null, 486548.3559182421, "\"\\c9-a__", 65787]], []]}).to.equal(1) })"#,
        r#"expected { items: {}, id: { …(4) }, …(1) } to equal 1"#,
    ),
    (
        r#"__m(function(){ expect(3501).to.have.lengthOf(99) })"#,
        r#"expected 3501 to have property 'length'"#,
    ),
    (
        r#"__m(function(){ expect(-1.5).to.have.lengthOf(99) })"#,
        r#"expected -1.5 to have property 'length'"#,
    ),
    (
        r#"__m(function(){ expect([[{}, 65902, [[-1.5, "Zéc-9-X\" .\n\n \"c", true, 261171.29203023482, -1.5, 92698, null], [" \"9\\éb\n\"\nZXY-\"Z", "\"\\\\éca\nc0 Xé'\\b -.a9a9_Z0cYZ\\\n\n.XX 0\"", true, -868], [null, "\"\n\\-\n0c_Y9_ aécé'-\\.\"\nca0", null, -1.5], {}, {"first-name": 0, "id": 45819}, {}], {"first-name": {"a": 58962, "$ref": 0, "first-name": 658502.0976440486, "items": 0}, " \n-Yb\\\nc9a": 771862.4914584389, "_k": 0, "name": 77541.01268816493, "a": {"_k": 715898.8486863561, "name": null}}], {"$ref": {"data": [], "id": ["0\na00Z\"c_.é_bZ\\Y9cc-\né\ncX", -1.5, -1.5, true, null, 0], "_k": {"a": null, "name": null, "_k": true, "9lives": true, "first-name": -1.5}}}, true, "90\\cbX'Z-ca9Z_é-Xcac bc9Y.c-\"ZY c 'Xc-"]).to.not.be.ok })"#,
        r#"expected [ [ {}, 65902, …(2) ], …(3) ] to be falsy"#,
    ),
    (
        r#"__m(function(){ expect([[], {}]).to.be.empty })"#,
        r#"expected [ [], {} ] to be empty"#,
    ),
    (
        r#"__m(function(){ expect({"id": null, "name": null, "_k": 42230}).to.include("zz") })"#,
        r#"the given combination of arguments (object and string) is invalid for this assertion. You can use an array, a map, an object, a set, a string, or a weakset instead of a string"#,
    ),
    (
        r#"__m(function(){ expect({"9lives": {"user_id": {"user_id": ["_Yé'-b\\0.é' 0b0\"X\n\"aaaX\n'X 9Xcé\ncZYé. é.", 29829.12673790117, null]}, "x y": {"data": [true, "9Z.a\\ Yé99.0X\n-'-Z0b9\"-0é'Z9c_Z\"\\\\X'..é", 373913.7579467565, null, 0, 0, 91891]}, "name": {"items": {"0_\néb9Zb9\n": 624343.2102357564, "id": null, "x y": 0, "_k": 11824}, "x y": {"items": true, "\"c\\": -1.5, "user_id": 275159.73464197316, "$ref": 0, "_k": 445629.26270132896}, "a": [26296, 895058.7684485744, -1.5, "'"], "_9Y_'Y.'_\"": [24049.188348967076, 0, -1.5, null]}, "data": [["\"_\\'9XX.X\né999-0\"_09.Xé X..9'Z'é 9X-.Y", -1.5]], "a": {"first-name": 17670, "items": {"a": "b\\c9b0 é\\.c'b_0", "$ref": 66382, "data": "", "_k": true, "user_id": 46429}}}}).to.equal(1) })"#,
        r#"expected { '9lives': { …(5) } } to equal 1"#,
    ),
    (
        r#"__m(function(){ expect({"id": []}).to.include("zz") })"#,
        r#"the given combination of arguments (object and string) is invalid for this assertion. You can use an array, a map, an object, a set, a string, or a weakset instead of a string"#,
    ),
    (
        r#"__m(function(){ expect([{"name": null, "items": [{"$ref": "Y0éXéY09a\"a'\\0 .-_\na.Y-'\\b\nbXb.\\Y9Z\nX\"9", "x y": null}, -1.5, {}, [-1.5, null, null, 865920.4895793337, true, 69216], 77255, "0\nZb'_\n\\ \nc\"\néYa_abbé' é-abb\"ccb'9'\\\n ", {"9lives": null, "a": true, "name": null}], "-\"X_c\"\"cY'": -1.5, "x y": [{"user_id": null, "id": null, "9lives": 250757.67487309696}, {}, [true, null], {"\n\\'": true, "items": 92324, "first-name": 14405, "data": true}, -1.5, ""], "9lives": [{"\\": null, "data": -1.5, "$ref": "c0c.\"00_0.-'-c\"Y0\n.0cX aaXé\"0..cc00éX-\"_", "_k": 814956.8275621708, "first-name": 74518}, {"'c'": null}]}, {"first-name": [null, 872382.0643578672, [], {"9lives": -1.5}, [], [" .0\\a\nXc_\naéaYéé 0\"\nZ .\".c\nX0\n9\\_ Y9éY 9Y", null, true], [134095.7700600456, "\"\\ZZ\"-aé\"9Z_é.\n\"9\\_Y00'Y0\"Z-b\"b\\\"Y 0cX\\.", "0_\"X0-Y\n'Z 'a9-\\\"\\- bb\ncb", "c\nX-b9.0a- 09X''Z \"\nY\"0XX"]]}, {"id": -1.5, "x y": [60094, {"$ref": 1636, "x y": 840571.9579612635, "9lives": true, "first-name": null}, [0, -1.5, -1.5, 0, -1.5, 24676], null, {"_k": 920612.6080389506}, true, {"data": 0, "id": -1.5, "first-name": "''.Y-'.0Z0aé\nZXé.a\"\\\\b.YY"}], "_k": [true, [true, true], [80249, "\nY\\Z-Y\n\n0_é\\é-bX0.\\cY-0ééZ\"9cba.a-'-_-b", 0, "0Zbé.\n9 Zb\\X0\\0'YYbab-'_Xb\\ _c\n-aZ_-a.9éZ", 72590], {"id": true, "first-name": 97862}], "$ref": [{"user_id": -1.5}, [null, true, true], -1.5, "cb\n0c\\ZbZ'.\\ __", 0, {"items": -1.5}, [true, 94905, 232037.7206564721, 9160, true, true]], "items": [0]}]).to.have.lengthOf(99) })"#,
        r#"expected [ { name: null, …(4) }, …(2) ] to have a length of 99 but got 3"#,
    ),
    (
        r#"__m(function(){ expect(0).to.have.lengthOf(99) })"#,
        r#"expected +0 to have property 'length'"#,
    ),
    (
        r#"__m(function(){ expect([]).to.equal(1) })"#,
        r#"expected [] to equal 1"#,
    ),
    (
        r#"__m(function(){ expect([]).to.equal(1) })"#,
        r#"expected [] to equal 1"#,
    ),
    (
        r#"__m(function(){ expect(0).to.be.oneOf([1, 2]) })"#,
        r#"expected +0 to be one of [ 1, 2 ]"#,
    ),
    (
        r#"__m(function(){ expect(true).to.equal(1) })"#,
        r#"expected true to equal 1"#,
    ),
    (
        r#"__m(function(){ expect({}).to.be.oneOf([1, 2]) })"#,
        r#"expected {} to be one of [ 1, 2 ]"#,
    ),
    (
        r#"__m(function(){ expect({"a": [], "x y": true, "user_id": {"$ref": "YZb", "items": [["X'\né.cé\n0é_b .Zb b_.c- \\0X\naéa'Zéc\\._b"], 0], "data": {"id": {}}, "a": null}, "data": [{"first-name": 445634.9743960494, "$ref": -1.5, "a9 _c''Y": -1.5, "a": [null, 0]}, null, [622298.3121593576, [true, null, null, "-ZéZ\\-\"é-Zé9Xé\n-cXXXX-_\"'\"\\_.ca0XX9béY0a'", 63830, ".XbX0_c  -b0_\\\nX\nb'9\"'Z- Z'.éb.Y90YY'Y9\\"], [null, "'0é_c0X é-9\n9\"-\\.Y\\a0\"Xé.c.éZXé ac-Y\"", "éca", 63546, 557241.3345181317], ["éZ\"\"\"\\XZ_b.'Y\\9céb\n9_ _b9\\Y -Y0_cc0' _éZ\"", 872267.9408443195, null, ""]], true, true, {"_k": "\nY_", "$ref": -1.5, "a": [], "id": [71754, 0]}], "items": [96317, -1.5, [], -1.5]}).to.be.empty })"#,
        r#"expected { a: [], 'x y': true, …(3) } to be empty"#,
    ),
    (
        r#"__m(function(){ expect([{"items": [0, [-1.5, -1.5, "a.''9-'-_X\\b_bY\nX\\\n'a0a9..\nb\\'b0b\\\"_..'. ", null], [true, -1.5, 862634.6319550198, 9271, 73640, 223775.20921586858]], "user_id": 588633.6644593115, "name": {"data": 58620, "$ref": {"a": null}, "name": {"items": null, "9lives": "YZ 9_Z_éXX-9\"c\"-'b\\a'\"Yb-ZXZ_ .éa\n_ X'"}}, "x y": [212695.51707164658, {}, [true, 12271]]}, [{"first-name": [], "name": true, "id": {"items": null, "user_id": -1.5, "9lives": 0, "$ref": 0}, "$ref": 151414.9354706885, "9lives": 49980}, [0, -1.5, [79909, "Y\\\nXXZa\\a-9éé0X0X -éé_\\X'9\nZ\n.béX. X_ Xb", -1.5, null, 0]], 512054.8192462844, [{"first-name": 0, "id": true, "data": "éY.'0ab0\\\" ca9éé.Z__acé\n0c\\.éX\\--9Y9 b'0Z", "name": -1.5, "9lives": 19451}], 912929.0730838092, {"$ref": -1.5, "x y": {"user_id": true, "id": null, "items": true, "9lives": true}, "_k": {"9lives": "X\"\nZ9aé90Z_'_.'c'\"a _b9_a Y\n\\b'0 Y'é\nXc", "a": true, "name": 0, "0_é-'9Ya''": true, "first-name": -1.5}, "'": {"": true, "a": 365332.06868249644}}, {"a": {" Y\\\"_-90cY": null, "items": "\n0_\"aXééé_99\n\\a'b-cé-a '\\Z.b\n0b \n'cc0cYaé", "_k": true, "$ref": 978674.681975096, "x y": 738062.1433764988}, "user_id": [true, null, 74163, 67530, "", null], "9lives": [6824, 57195, true, "a9é.-c_--a0\\Z- cX.-Z0\n\\00Xa_ Y..Z\né_99'9écX'\"bé\"X9 X0Yb  \\0a", 99686, 0, 0], "x y": [true, 61864, -1.5, -1.5, 92140], "XY\"b' \nb b": {"items": 589717.3582114687, "name": null, "_k": null, "a": -1.5}}], {"items": "", "x y": {"a": [-1.5], "X\"Z.a \n0-é": [true, "_'9", 0, 0, true, 0], "items": [true], "\"\"ééaa.\néZ": [14021, -1.5], "name": {"é": 86896}}, "$ref": "-cé Ybcéca'b00 ", "first-name": 260460.7733565505}]).to.not.be.ok })"#,
        r#"expected [ { items: [ +0, …(2) ], …(3) }, …(2) ] to be falsy"#,
    ),
    (
        r#"__m(function(){ expect([null, "", {}, [[]], [{"a": true, "user_id": {"9b_0Y c0XX": 25027, "b99-\\-é90 ": null, "a": "\"0\\"}, "x y": {"$ref": 0, "x y": -1.5, "9lives": -1.5}}, true, [0, {"9lives": 0, "x y": 59685, "data": 88788, "id": true, "$ref": 28049}], true, -1.5, [true, "b 0\". \"--a'\"éZa\n9Xb.9\nYZ\"", 61605]], [{"id": {"_k": null}, "a": 0}, {"items": true, "$ref": [-1.5, 66182.43970662919, -1.5, null, 15606], "data": "XYZ.'_.\\_9\ncY\".0cc0'__'\né_9\n\"Z\n cY'b9'", "x y": true, "user_id": [], "X'é_YYX._-": {"data": null, "_k": 43441}}, null, [{"data": 30622}, null, {"user_id": "\"\\\"\n9Y\nbéX.é0\"9Yé\"  '__Z\\Y\"0Y.a-é_'b\\\\aXa", "a": "céa", "x y": 993526.6141911469, "9lives": 0, "_k": 870144.0066982695}, {"data": "\"'\"_-_Z. -caYY-"}, [24845, -1.5, 343233.553044774], [582912.3296375717], [51709, "0\\\nXé\ncZ'-é0é'9Y' _\n\né_Z\"", 0, 10611, "X\\  éX\n\nZbaa\\a\n9XZ\\_0_0. \\-\"Zc9'.X\\''éYé"]], null]]).to.equal(1) })"#,
        r#"expected [ null, '', {}, [ [] ], …(2) ] to equal 1"#,
    ),
    (r#"__m(function(){ expect(null).to.not.be.ok })"#, r#"PASS"#),
    (
        r#"__m(function(){ expect({"x y": {"user_id": 0, "9lives": {"first-name": {"first-name": 0}}, "x y": 618529.9441168853, "_k": 42846.70333010476, "id": {"user_id": {"first-name": true}, "9lives": 20295, "_k": {"9lives": 29751.60624856099, "a": "Y-b\n-_ Y", "name": true, "$ref": null}}}, "items": [[null, -1.5, [456134.69119667326, 0, -1.5, 43926, -1.5]], true, true, 56242], "$ref": -1.5, "9lives": {"first-name": [[502785.91401514725, true, null, true], 0, -1.5, {"name": "0 c", "$ref": null, "data": true}, {"Y\\Z-_\\Zé\na": true, "_k": null, "9lives": null, "$ref": 850358.3838243992, "first-name": "_ba"}, true]}}).to.have.lengthOf(99) })"#,
        r#"expected { 'x y': { user_id: +0, …(4) }, …(3) } to have property 'length'"#,
    ),
    (
        r#"__m(function(){ expect(0).to.have.property("zz") })"#,
        r#"expected +0 to have property 'zz'"#,
    ),
    (
        r#"__m(function(){ expect({"data": [[], {"_k": [205132.41899252366, null, 475744.5966303002, null, null, 26404], "$ref": null, "x y": 0}, true, {"data": null}], "9lives": "'\nX", "x y": 51488, "_k": null, "é.'é\n9Y.0'": {"name": 4816.040588486059, "x y": -1.5, "items": [true, true, -1.5, 28665], "id": [[213887.82894489446, null, 0, -1.5, -1.5, "\"\n-\\'\\YY", -1.5], ["cc\\ZéY-\"\n-'Zb\n\\éé.\\b\\c'0Z9_a\n'\n__'''\"\\", -1.5, -1.5]], "éZZ' \\ba": -1.5}}).to.be.a("function") })"#,
        r#"expected { data: [ [], …(3) ], …(4) } to be a function"#,
    ),
    (
        r#"__m(function(){ expect({"a": 657848.0211135192, "name": {"_k": {"9lives": [], "data": {"9lives": 223, "id": null, "_k": null, "items": -1.5, "data": 0}, "items": null, "id": {"_k": null, "name": 826079.1367268665, "a": 22528, "id": "\"9éb0 0ééYZ9.Ya\\ZbZéY\n-a\nY0b90\"XXéY_--Y\"_--\n'Z\"-.b\"\\-0_éX' a", "9lives": null}, "bX.a_Y\\\"9\n": {"9_cbb\nbé9c": 91018, "x y": -1.5, "$ref": 802369.1311174078, "data": true}}, "items": [{"user_id": -1.5, "x y": -1.5, "data": null, "a": true, "items": "a\n9", "first-name": null}], "$ref": null, "x y": [[69212, 207658.05112588144, -1.5, "\n \"'X'\\Y_.\\'aéZ0_9c\n0ZacY\nba.a0\\a- 9Yb'XZ"], {"_k": "bZ.bacc9_' \n.cZ0Yé.c-.-a._Z-é0c\"\n\\_ \"", "data": "XYb\né. .\\é\\ Xa _9- aXZ0\ncX\\.0_X .Z_Yab\"Y ", "x y": 0, "a": 41950}, -1.5, [true, 51681, 0, -1.5]]}, "$ref": {"_k": {"9lives": "", "name": {"a": -1.5, "user_id": 868479.2449284919, "9lives": "-\nXX aX0\\-0a'b9\\'' ccY__09\\\"\\é\"YbX9Xb\\\n\"9", "$ref": null}, "x y": {"name": 779307.135869784}}}}).to.have.property("zz") })"#,
        r#"expected { a: 657848.0211135192, …(2) } to have property 'zz'"#,
    ),
    (
        r#"__m(function(){ expect([null, {"first-name": 0, "_k": {"x y": ["", "é_c_X\"bYéY'b X9", true, 0], "id": 34577}, "user_id": [{}, "_"], "x y": [{}, [0, null]], "items": [{"first-name": 0, "data": 0, "é'9": true, "name": true, "items": true}, {"id": "c_-cé-cX\"Z\nX . é0_Z9_Y0.bXYX9_ \"0_\\X\n", "a": -1.5}, {"name": -1.5}]}, 0, null]).to.be.empty })"#,
        r#"expected [ null, …(3) ] to be empty"#,
    ),
    (
        r#"__m(function(){ expect([{}, {"user_id": 13213, "$ref": [{"9lives": null, "items": 307626.3440257334}, null, {"data": "Y_c\n.c'_éZ--X.X-.ac\nc.X_Z 0b.9Y9a.\n9_0-_éY0c'-éZcé\n __Ya.9Y\n", "9lives": "ZZ90Z99._.0\nZ9.0Y\na0 X9\n\"9 0\n'.c-YY9Y\nZ\nc"}, 0]}]).to.not.be.ok })"#,
        r#"expected [ {}, { user_id: 13213, …(1) } ] to be falsy"#,
    ),
    (
        r#"__m(function(){ expect({"$ref": [], "_k": {"$ref": null, "c": -1.5, "first-name": null}, "data": 28800, "items": true, "id": [{"x y": 0, "first-name": {"name": -1.5}, "name": 0}, [[".cb90_aZ éX'bc_", true, null, true, 0, 0, true], [null], -1.5, [null, "c \nac\"\"..aab9\"X'ZY ZYc.0Yé..b0.é\"a '.'_Z0\"éb\\  \"\\é'\"._'Z-aZ0", "", -1.5, null, 83186]], {"first-name": ["Yba0\n\n''\"--c\"c\n"], "name": {"data": 0}}, {"x y": 381253.40234556206, "_k": "Z'a'\\Ya\né_éba \n", "$ref": true, " \\\"cZ9\\c0 ": {"a": 0, "items": 92201, "data": 586833.5456429439, "name": "b"}}]}).to.not.be.ok })"#,
        r#"expected { '$ref': [], …(4) } to be falsy"#,
    ),
    (
        r#"__m(function(){ expect([{}, 114093.44737481263, true]).to.include("zz") })"#,
        r#"expected [ {}, 114093.44737481263, true ] to include 'zz'"#,
    ),
    (
        r#"__m(function(){ expect("é\"Z\".Xc._Z.b0Y\\0é.\\9X_.\"\\").to.not.be.ok })"#,
        r#"expected 'é"Z".Xc._Z.b0Y\0é.\9X_."\' to be falsy"#,
    ),
    (
        r#"__m(function(){ expect({"id": {}, "_k": [{"9lives": {"x y": 92268}, "a": {"_k": 251139.27945078607, "id": null}}], "user_id": true, "name": {}}).to.eql({q: 1}) })"#,
        r#"expected { id: {}, _k: [ { …(2) } ], …(2) } to deeply equal { q: 1 }"#,
    ),
    (
        r#"__m(function(){ expect("X9_aZ\n0.Z'._bX\n90\"YbXZ\\0Yb _09\"'a_\"ccé").to.be.empty })"#,
        r#"expected 'X9_aZ\n0.Z\'._bX\n90"YbXZ\0Yb _09"\'a…' to be empty"#,
    ),
    (
        r#"__m(function(){ expect(true).to.be.oneOf([1, 2]) })"#,
        r#"expected true to be one of [ 1, 2 ]"#,
    ),
    (
        r#"__m(function(){ expect(340957.17615747603).to.not.be.ok })"#,
        r#"expected 340957.17615747603 to be falsy"#,
    ),
    (
        r#"__m(function(){ expect({"\" -9\\\\aX0.": -1.5, "a": [{"items": {"data": true, "name": 651504.5750655143, "$ref": true, "a": 76238}, "x y": [null, "", true, -1.5, -1.5, null, 877741.7700667523], "id": 73889, "user_id": null}], "_k": [{"id": "0Y0aaa\"Y", "$ref": {"_éX9XéY.": null}, "Z \\cc0\\Y0\n": [null, null, 77317, true, null]}], "Xb\na_Zb Y'": 0}).to.be.a("function") })"#,
        r#"expected { '" -9\\\\aX0.': -1.5, …(3) } to be a function"#,
    ),
    (
        r#"__m(function(){ expect("\\\\Y\\Z.bbc\\-Z'Xé.9aé9\na_ \n0_.b'\"\\9a'9b\\ ").to.have.lengthOf(99) })"#,
        r#"expected '\\Y\Z.bbc\-Z\'Xé.9aé9\na_ \n0_.b\'"\9…' to have a length of 99 but got 39"#,
    ),
    (r#"__m(function(){ expect(null).to.not.be.ok })"#, r#"PASS"#),
    (
        r#"__m(function(){ expect([{"9lives": [], "\\9-X' c'é'": "", "a_\n\"Xé_ _a": {"user_id": [true, "0\\c' bé0aX9c\\é0\\cbX. Z9_\"09\n_aXYéZ 9Z", 698921.1265986933], "$ref": {}}, "name": 82628.27166822307, "a": {}}, [[[], {}, -1.5, [0, -1.5], {"user_id": 0, "$ref": 79888, "first-name": "éc\"", "9lives": 93969, "_k": 34944}, {"items": true}], [{}, {"items": 0, "a": "\nc9b9X._''Xa_Y'..ZYY_0\n\"X\\-Z0\\aa\"\nac\\é é9", "id": 67108, "user_id": 484387.7940235501}, {"_k": null, "9lives": -1.5}, {".a'-b9a9'.": null, "name": "aXa   .b\\c0\n_Zc\"'aZ\"0\"Zb\"", "9lives": "Xc\\.\\Y X\"b'a'Zéc'_ 9_.9.b", " XZ0a''\n0b": null, "data": 0}, [86120, "Z99'.Y\nc\"X__Y 00c\n''- Z_a'0\"b_'0Z_Y-Y9'Z", "\"Z\"__b \\ZX9\\\n 0Y a\\0_é0Yb.'\nacZ'_.'-\n", 0, true, true], [510265.495272365, 0, 0]], [{"name": "'b'\n9\\a0\"-\n\nbc9XXbZ-cc XYZ-\"0YY0-ba\n0XX_", "first-name": 204826.9239840216, "items": null}, true, [13482, 8758, -1.5, 46486], {"x y": -1.5}, 31171.003116689742], {}, {"9lives": 12614, "id": {"first-name": 264663.1506172745}, "_k": {}}], 71761, {"name": {"items": [715526.5921337402], "9lives": {"_k": 597074.965100159, "user_id": null, "data": 958417.6013627289, "items": "X0Yé  b.aZX\"'\nXY'_\\9'X\\9\"aa0\"\n\" \"Y.Y\""}, "a": {"first-name": 0, "x y": " a\n\n.XX'_c-.YXé 9-''XcéaYé.b\\b-_b0b_'", "9lives": true, "name": null}}, "first-name": [497959.89238227764, {"_k": true, "$ref": null, "9lives": 32445.44175970543, "data": -1.5}, null, "-é9ccX9a"]}, {"\n\n'Z_é'acc": {"x y": [69744, -1.5, 668763.1549276249, 878754.1900065986], "a": {"data": "aéé\"X00 9a0c\na-Zb\".'_aa Zé\\\"0'é\n_é9._", "items": ". \\'\\9XX.YZ\nYXaZ-\"Y'éY é\\0é.é\n'0bcb9Z\\", "9lives": -1.5}, "0": {}}, "items": [], "name": true, "user_id": {"user_id": {"_k": "\"YZ_X'cZ _bY\\-cYbcXXXab\"Yc-'__\na .a\\XY", " ": 91279, "9lives": 69196, "id": 0, "x y": 0}, "items": {"$ref": true, "first-name": 60331, "9lives": 44581, "_k": "_\n.b_'b9Xb__\"\n.", "a": 90021}, "_k": 43325, "a": {"$ref": null, "user_id": 0, "first-name": 67061}}, "$ref": 140999.807479955}]).to.have.lengthOf(99) })"#,
        r#"expected [ { '9lives': [], …(4) }, …(4) ] to have a length of 99 but got 5"#,
    ),
    (
        r#"__m(function(){ expect(-1.5).to.equal(1) })"#,
        r#"expected -1.5 to equal 1"#,
    ),
    (
        r#"__m(function(){ expect(-1.5).to.have.lengthOf(99) })"#,
        r#"expected -1.5 to have property 'length'"#,
    ),
    (
        r#"__m(function(){ expect([{"id": -1.5, "user_id": [16904, [18411, "b _"], true, {}, {"_k": true, "Z9c\\\"\\_'0b": true}, {"user_id": -1.5, "x y": 62044, "X9\n9Y X\\.c": "'\\ b\\0\n \\é-Y9bZ \"cX9\"9Xc_aX-\"c\nc_- 0-_", "9lives": null, "_": "9_c\\_9'Y9 \\ZX\nX\\Y9a c0c\\_Z'a cZb9cé_ abb-"}], "_k": true, "9lives": "_\\X\"_0'é\\Yé''X\"9X9a0.\\_é'bé\nZbXc--90_"}, null, [60905]]).to.eql({q: 1}) })"#,
        r#"expected [ { id: -1.5, …(3) }, null, [ 60905 ] ] to deeply equal { q: 1 }"#,
    ),
    (
        r#"__m(function(){ expect({"first-name": {"9lives": ".-0Y'9_YY\na0c a Y-Y9\"0_YX9-aZ.\"-9  .\\"}, "data": null, "a": {}}).to.be.oneOf([1, 2]) })"#,
        r#"expected { …(3) } to be one of [ 1, 2 ]"#,
    ),
    (
        r#"__m(function(){ expect(0).to.be.a("function") })"#,
        r#"expected +0 to be a function"#,
    ),
    (
        r#"__m(function(){ expect({}).to.not.be.ok })"#,
        r#"expected {} to be falsy"#,
    ),
    (
        r#"__m(function(){ expect([[null, {"_": [19283, 0, null], "id": "9 0"}, 0, null, [[565231.5287463522]], [-1.5, {"items": 0, "first-name": true, "x y": 97064}, [null, 818880.4654780588, 0, "X 'é'-\\9b9\nb90\\\"a00_0bYZZZ.-\\ 0Z\\a X''X.'"], 311296.0856292165, {"name": 0, "99éZ0X_.\\'": 11013, "a": 0}], {"first-name": -1.5, "a": -1.5, "_k": [true, 702024.7825255352, null, true, -1.5], "items": 0, "9lives": -1.5}], [{"first-name": {"a": true, "_k": 0, "user_id": "0--\nc- \"_\\0\\a9XZ'Yé\\.éZ0 ", "items": 0, "": null}, "x y": {"items": -1.5, "_\n9b0\n.é-'": 631583.0493493483, "a": -1.5, "data": 0, "x y": -1.5, "$ref": true}, "9": 36962, "$ref": {}, "items": 17630.000159525538}, {}, {}, 0, true, {"a": 64751, "name": "a\na\"\\\".bc-_._-é0Z-.\"-_ab\"b9bcY'0_9-bc\"X", "items": {"user_id": "__Y 09_9", "9lives": true, "first-name": 356285.8319180917}, "_k": {"data": -1.5, "name": 0, "first-name": 0, "9lives": -1.5, "id": null}, "first-name": 275326.2152732345}], {"data": null}]).to.include("zz") })"#,
        r#"expected [ …(3) ] to include 'zz'"#,
    ),
    (
        r#"__m(function(){ expect(53399).to.be.a("function") })"#,
        r#"expected 53399 to be a function"#,
    ),
    (
        r#"__m(function(){ expect({"id": "b_9_\"a9_ca\"__9\n9Zb.Z_é. 0", "_k": true}).to.be.empty })"#,
        r#"expected { …(2) } to be empty"#,
    ),
    (
        r#"__m(function(){ expect({"id": 0, "items": null}).to.not.be.ok })"#,
        r#"expected { id: +0, items: null } to be falsy"#,
    ),
    (
        r#"__m(function(){ expect([[" éb\"'9\\\nX\"--b9aZbb-\\_'b-é_9\"\\X'X0\néZY-\\"], {"user_id": {"first-name": "aZba\"\"\"X\\\"é9-\n0'-é0Xab'9éY'X\".\n.ZYaa\\.Y\\.\né_ Y\\XaaYXX'.b-X9\\", "user_id": true, "items": {"id": null}, "x y": [381735.10470467544], "a": {"a": 615534.5245400539, "id": 0}, "-Zécc\nc.\n9": 83164}, "data": {"data": [533.3764112511741, 76663, 0], "items": [-1.5, 14077, true, "\"9a  \n\nb0-.bé0\\écéYZ-a\"'b\" -éc-cZ-\\ ZYéé"], "$ref": {"first-name": -1.5, "a_\\\\Y \n\"Xa": 0, "data": 0, "_k": null, "x y": 714788.7630681363}, "_k": {}}, "$ref": "_-9.\né0é\\'___b0c\"Z\"Yé.\\.--9X0a'0 '_\"Y b-"}, [{"x y": "\"", "data": [88675, 0, 0, true], "$ref": ["' '\"\"\" .b-\"9\naZZac_Y\\'90\nY.\"c\"c'X0YXZ ", 13500, "\\\n\\é\\bb'ab9'baaX_cc-.0b0\\cX-b\n_-\n\"9  cXc_bY éZZX  bXb\\_ Y\n c", -531, true, "b\\\n"], "id": "0_0"}, [0, {"data": 0, "$ref": 0, "first-name": 915455.1912112152, "_k": 1526}], 82236, [], {"a": "", "first-name": [null, null, null, 0], "9lives": {}, "data": [55273, 474394.7304199637, 0, -1.5, "Z.X-ébc-b.caZ\"_ZX._YZ-c0c_9éYZ\n\n09b_ éc\n"]}], null]).to.be.a("function") })"#,
        r#"expected [ …(4) ] to be a function"#,
    ),
    (
        r#"__m(function(){ expect(0).to.have.lengthOf(99) })"#,
        r#"expected +0 to have property 'length'"#,
    ),
    (
        r#"__m(function(){ expect({"id": [{"-éa Y'0\nb ": [-1.5, null], "user_id": [-1.5, null, -1.5], "a": -1.5, "name": {}}, {"name": {"first-name": null, "a": -1.5, "x y": true, "éY a\"9Z_ba": -1.5}, "x y": {"a": 82421, "  c9ZY'\"0c": null}}], "items": {"9lives": [[243016.65600277288, null, 0, null, true, true, -1.5], [0], 835210.3340998446], "first-name": {"data": 0, "name": [19563, true, 73737, 0, true, "X\nc_Z\\Ya\\ab \"-0.c0 'c \nc '_'-b-b\\. cZ\n", ".Z-0-XX-X\"X'9_b9 YéY'0\\'\\-éZ-90Y0\\X.\nX"], "9lives": -1.5, "id": {"$ref": 675000.2267370068, "a": null, "items": true, "9lives": null}, "b'cZX\n.\"\\\"": {"x y": 300531.6372879867, "_k": 0, "data": 20674}}, "name": null, "user_id": 34189, "data": "'.'9ca''"}, "_k": -1.5, "name": {"items": [], "x y": [311389.83933249366, {}, {"items": "a'_", "9lives": -1.5, "a": -1.5, "$ref": true}, null, {"_k": -1.5, "user_id": "'\"b", "''9ca-ZX''": -1.5, "data": 0}], "id": {"user_id": true}}, "a": {"_k": ["-Xaa\"_b.b  bc\"Z..\\b 'c.0a\"\\X9éé\".\\0bZ", true], "name": {"_k": ["X9-\\9Z'é\\é0b_'\\éY.- Y'éZ\nX-ca-\ncYbZ0Z0", "0é-Z\n _  -XXX b\\\\ZY0\\Y'bb_.\"b.c\\é\".c\"", 16336, true], "x y": [], "\n\"ZY9Z_Z-\"": {"x y": 7059, "_k": 202199.2015175039, "$ref": 0, "first-name": -1.5}, "9lives": -1.5}}}).to.include("zz") })"#,
        r#"the given combination of arguments (object and string) is invalid for this assertion. You can use an array, a map, an object, a set, a string, or a weakset instead of a string"#,
    ),
    (
        r#"__m(function(){ expect({"data": {"items": "Xcé_a-Z_", "_k": null, "user_id": null, "data": [null, [0], [16713, "9\nYcZ_bX 0Yb0X''\\cé'0é\"Y-\\aY.\nY\n. aZZ", -1.5, -1.5, 80084], null], "x y": true, "$ref": {"name": true}}, "x y": 0, "user_id": null, "first-name": {"user_id": -1.5, "data": {}, "9lives": [0, [true, 43223, null, 0, true], [], "\n'.X0'bY.éc XYZ\n-.X0XY''aba'0X_'bXb9cY\\ ", {}, {}, {"\"\"'\n0\ncb0Y": -1.5, "_k": true, "user_id": 0, "x y": 862458.2242460705}]}, "9lives": [[594039.263181936, {"$ref": 581976.6433771936}, 78113, [true, 115194.81849984215, 0, true, 0, " a\\"], -1.5], 0, "Z0Y\n'\n-XX-\néb0Yb\\\\'XéYZ9\né a\\-99.9b  'Z_ ", "_'a.\\-Z'\"'éa.Y--b_\\XXéc\\9\n_\nYa0a_00'Xé"]}).to.include("zz") })"#,
        r#"the given combination of arguments (object and string) is invalid for this assertion. You can use an array, a map, an object, a set, a string, or a weakset instead of a string"#,
    ),
    (
        r#"__m(function(){ expect("b\"Z'Z\" \\c00c-.\"").to.eql({q: 1}) })"#,
        r#"expected 'b"Z\'Z" \c00c-."' to deeply equal { q: 1 }"#,
    ),
    (
        r#"__m(function(){ expect({"9lives": [{"0.\".9a\nX.b": {"x y": null}, "user_id": [null, null, "99-\né.\"\"éXZ'cZZ__9\n\"'0é0."], "items": {}, "id": {"$ref": 49018, ".a9.a 9'YY": 0}}, [{"name": 81615}, 36912, [27621], [43854, null, -1.5], {"name": ""}, {"99_-b\nb\\Z ": 0, "data": 0, "user_id": -1.5, "items": 0, "é\n\"'Y\n\"éc\"": 266088.3742572091}, [444075.09670784883, -1.5, 0]]]}).to.include("zz") })"#,
        r#"the given combination of arguments (object and string) is invalid for this assertion. You can use an array, a map, an object, a set, a string, or a weakset instead of a string"#,
    ),
    (
        r#"__m(function(){ expect([[940241.3672361393, true, true, -1.5, {"9lives": 0, "data": ". \né   Z_X\n\n0bc.X0\\'X9ccab0\n ZXa\\'.é "}, null, 0], [{"x y": 79467, "_k": -1.5, "9lives": 0, "$ref": {"items": null, "x y": 0, "name": "X-\n_9Y0_"}, "items": {"\nX0090XZéZ": true}}, {"9lives": true}, null, -1.5, [-1.5, [true, true, 84498.91716585822, null], ["\\ .Xa'b-\"béé-XYcc.é _c.0-\"éc\n\\aX'aaééYb'\"Zb 0 \n_.bX9c__-''\\Z"], {"a": -1.5, "béé.\\é ccY": 571716.0829860346, "user_id": "\"", "data": 90502}], {"9lives": {"$ref": "b\"a", "user_id": 82119, "items": true, "9lives": -1.5, "x y": 866922.9716131593}, "_k": ["é\n'", "aé\naa0 Xé\ncX _-b0aYé\n b9XX béc\"é'Z9  \\\\Z"], "id": true}, [{"id": 0, "name": "9'00Yab.00b_\\YZ\n09Xc_c.9a"}, 92482, {"user_id": 106664.89474445506, "id": 0}, {"$ref": null, "data": -1.5}, -1.5]], [], null]).to.have.lengthOf(99) })"#,
        r#"expected [ …(4) ] to have a length of 99 but got 4"#,
    ),
    (
        r#"__m(function(){ expect(true).to.equal(1) })"#,
        r#"expected true to equal 1"#,
    ),
    (
        r#"__m(function(){ expect([{"data": [], "Z.9b aa9c0": {"id": -1.5, "user_id": true}, "$ref": {"x y": 0, "9lives": -1.5, "a": {"first-name": null, "name": -1.5, "_k": 778004.2555885683, "$ref": 4003}, "_k": {"_k": 0, "data": 0, "$ref": -1.5}}}, {"first-name": [0, {"x y": "aZ9baY_9 YéX'b \\.\"XX\\9Yb\"_X\"-.0\n_X 9-\néc", "$ref": 0}], "x y": "-..X'é.9", " .b9b-Y.X.": {"-YYXZXY9 .": [-1.5], "user_id": [59139, -1.5], "data": "'"}, "$ref": ["_\nYZ\\. -b\"\"_c c\\\\\n9\"\\_a\\9", 514605.94225756486, [], true], "c\\ 'X\"é\"": [0], "id": {"id": {"0ab 0'.a\n'": 38732, "$ref": "\n_-é\"éé_Y_\\\"\né\"", "id": 45816, "user_id": true}}}, {"x y": [[937869.0241622528, 0, 0, null, true, null, 0], {"data": 568262.1633611381, "_k": null, "id": 419209.2152094088}, [-1.5, 208388.98382203997, true, true, "b_YbX XX-\n9bY..- a 9\nb\\0c", 0], -1.5, 968382.5902460758], "$ref": 0, "items": [[null, 80224, null], [], [-1.5], null, {"a": 0, "9lives": " \"  bba\nc\\\"\na\n\"c99a9\"X\"X-.cb_-'aXb9'éé0", "_k": -1.5, "first-name": null, "": null}], "a": -1.5, "9lives": [{"items": -1.5, "id": 74930, "name": 19092, "9lives": true, "_k": "bbXa9\"\\b 99bcZX\n_Y0éccYé\"YY\n\nZ90.'YX\""}, 42871, [31650, 15068, -1.5]], "name": 545225.3328949085}, [], null, {"user_id": {}, "items": "9éé-Y9.Z-XZ0._Y"}, {"first-name": [{"items": 553563.1746244391, "user_id": true, "a": 0}, 0, {}], "data": {"user_id": [null, 9401, 68496], "c\"--\".é\" .": {"$ref": null, "0Y\"é-\\\nZaa": 96967, "user_id": true, "\"9\"": true, "x y": "\n9XXY9.''0é\\\nbbc.\\.a.é.Z'_Y--X\"Y--0\n9", "a": 516217.8546869349}, "$ref": [764128.8691700281, "\"-\\.----0\n\nYZ\n  '_X9Z_YY.a_\n\"Y-b-\\._\".b\\\"", null, 827564.0465714971, 157395.08936320533, 35687, 0], "_k": true, "9lives": {"9lives": true}}, "x y": {"items": {"a": "\n\n\n'0X._\n.'-.X\na9a 0cb'\n\\", "name": 0, "items": null, "x y": "cb\n9Xa0.'0\n\"XYZ9a-c'Y\n  \n.\\\nYZ\\bYX_9.'0", "9lives": 61710, "_k": -1.5}, "9lives": {"name": -1.5}, "\\0\n'9ac\"Y0": {"Y.X": 65413.81908530674, "9lives": 19743, "items": 0}, "XXZ\"'c\"'b9": {}, "a": {"a": null, "$ref": true, "data": 5166}, "$ref": {"user_id": true, "id": -1.5, "9lives": 934641.8348531987, "name": 0, "x y": 569384.3986528738}}, "$ref": "-\néXabéYZYé- b\n", "_k": [[], -1.5, {"id": 417002.20018466294}, [765508.2423860342, 67955, 2222, 169091.07482971242, 3940, -1.5], [400292.78934377665, -1.5, "9", 15352, 0], {"first-name": 551059.3148322359, "user_id": true, "\\\"Y ''9\\cZ": "\na\\\\\n-Z0-X\". Y-9Zé\"\na  X\"cZ\n.b bc0'\"XbX", "$ref": null, "9lives": true}], "aYYX0c9'\".": [[null]]}]).to.be.oneOf([1, 2]) })"#,
        r#"expected [ { data: [], …(2) }, { …(6) }, …(5) ] to be one of [ 1, 2 ]"#,
    ),
    (
        r#"__m(function(){ expect([{"first-name": {"a": null, "name": ["\né\\", "éX\\___baX.\n'cYXX\n '' Z\n\\9_9cYaYZc_9aYcc-a.-Z\\09Zca'cYXc\n''c'", 0]}}]).to.include("zz") })"#,
        r#"expected [ { 'first-name': { a: null, …(1) } } ] to include 'zz'"#,
    ),
    (
        r#"__m(function(){ expect(true).to.have.property("zz") })"#,
        r#"expected true to have property 'zz'"#,
    ),
    (
        r#"__m(function(){ expect(0).to.be.empty })"#,
        r#".empty was passed non-string primitive +0"#,
    ),
    (
        r#"__m(function(){ expect({}).to.be.oneOf([1, 2]) })"#,
        r#"expected {} to be one of [ 1, 2 ]"#,
    ),
    (r#"__m(function(){ expect(0).to.not.be.ok })"#, r#"PASS"#),
    (
        r#"__m(function(){ expect("é").to.be.empty })"#,
        r#"expected 'é' to be empty"#,
    ),
    (
        r#"__m(function(){ expect([[77157, "c\\.b9.9\\ .\\\\ca\\a\"\\bcé\"éaa\"0Z_c\"b\"\\'9 c__-"], {"first-name": {"data": -1.5, "_k": {"9lives": true}, "a": {"_k": "Y", "id": 16557}}, "$ref": {"_k": {"_k": "0", "user_id": -1.5, "x y": 0}, "data": {"data": -1.5, "9lives": null}, "9lives": {"id": "\"a'", "user_id": 0}}, "9lives": {"a": {"9lives": 52912, "id": null, "data": 52152, "first-name": true}}, "user_id": 81645, "data": [{"id": true, "name": "", "_k": 0}, [136092.82957536116, -1.5, 786741.3039926342, 601602.803246368], " -9c00\"bb_YZ \\_\n\"XYZ'-99'.\"9bY-99\n \"\n'_.-.a\nb0a0Yé9_.\\Zbb.ac", {}]}, {"_k": {"data": [-1.5, "\\\"Y\"abécé\"ZZ0.a0cY\"YYa \"\"\"\".c-\n\n0_-\"X\\\"Yé\\'X-\"b.9 'X'.\\a0é_9", true, 0, -1.5], "x y": {"items": null}}}, 28816]).to.have.lengthOf(99) })"#,
        r#"expected [ [ 77157, …(1) ], …(3) ] to have a length of 99 but got 4"#,
    ),
    (
        r#"__m(function(){ expect({"_k": {"$ref": 89745, "id": -1.5}, "items": null, "data": 0}).to.eql({q: 1}) })"#,
        r#"expected { …(3) } to deeply equal { q: 1 }"#,
    ),
    (
        r#"__m(function(){ expect({"_k": 352261.712732194, ".": {"data": {}, "_k": [709705.6941691071, {"a": null, "first-name": 539901.4647773092, "$ref": 286151.1311416926, "user_id": "c\".\\_Xé_-_''\"' Y9\n_Yé'baééY-bc.X Y\"aZé", ".bZZa'bcb9": 391688.95790483436}, [11443, 89444]], "user_id": {"a": [null, 0, null, -1.5, null]}, "name": {"$ref": 990871.4244474828, "x y": null}}, "\"'9": "b-_é\\9\\YXa-b.\nX"}).to.be.oneOf([1, 2]) })"#,
        r#"expected { _k: 352261.712732194, …(2) } to be one of [ 1, 2 ]"#,
    ),
    (
        r#"__m(function(){ expect(null).to.have.lengthOf(99) })"#,
        r#"Target cannot be null or undefined."#,
    ),
    (
        r#"__m(function(){ expect(true).to.be.a("function") })"#,
        r#"expected true to be a function"#,
    ),
    (
        r#"__m(function(){ expect([{"name": "X_9\"\nbb9\nY\\Z \" XY0Xé\"a\"é9\n_'0ZX  Zb- ", "first-name": {"id": {"first-name": -1.5, "id": 606039.2680429666, "user_id": "", "x y": "Xa'Zc-Y..c'aZ''9_éb\"Z\\aZ\\Y-\nX.X0Y9-\"990"}, "9lives": [null], "_k": "Y9c\\.é.."}, "user_id": -1.5, "x y": "\\c\n", "a": 0}, {}]).to.eql({q: 1}) })"#,
        r#"expected [ { …(5) }, {} ] to deeply equal { q: 1 }"#,
    ),
    (
        r#"__m(function(){ expect(true).to.have.property("zz") })"#,
        r#"expected true to have property 'zz'"#,
    ),
    (
        r#"__m(function(){ expect([]).to.have.lengthOf(99) })"#,
        r#"expected [] to have a length of 99 but got +0"#,
    ),
    (
        r#"__m(function(){ expect([true, "", true, true]).to.include("zz") })"#,
        r#"expected [ true, '', true, true ] to include 'zz'"#,
    ),
    (
        r#"__m(function(){ expect([]).to.have.property("zz") })"#,
        r#"expected [] to have property 'zz'"#,
    ),
    (
        r#"__m(function(){ expect([14338, {}, null, 612692.0209999128]).to.include("zz") })"#,
        r#"expected [ 14338, {}, null, 612692.0209999128 ] to include 'zz'"#,
    ),
    (
        r#"__m(function(){ expect(0).to.be.oneOf([1, 2]) })"#,
        r#"expected +0 to be one of [ 1, 2 ]"#,
    ),
    (
        r#"__m(function(){ expect({"a": {"user_id": true}, "id": {"data": [[null], [0, 47619, 36140, "9a.\\9\"_ Z0 \\.-\"b\néYa.\\9ca", null, -1.5], {"x y": "Y.\"-\"éa-Zaaca9X", "id": "bc_0\"'éb. 0 0\n0"}], "Y-0_XZ\"é'Z": -1.5, "first-name": {"data": [0, true, 72274, 6100], "a": [0], "$ref": {"9lives": true, "id": null, "_k": true, "\nb0aé .ZéZ": 195045.8586442151, "x y": 25559, "data": "_\"0\nbZY\n"}}, "name": [-1.5, [0, 16498, true, "c", true, null]]}, "user_id": [{"x y": null, "a": null, "user_id": [18999.463496948476, 53326], "name": {"": -1.5, "user_id": 388926.57420261856, "9lives": true, "a": "X"}}, {}, [27501, [0, -1.5, null], 60537, [83357, 15454, "0cb", -1.5, 813060.9032392652]], {"bb0a.Y \"b0": {"user_id": 579334.0763373995}, "first-name": [236763.5654750171], "name": 793619.5038824724, "id": {"-\\Z\nZ 0X_ ": 77799, "é'bé\\Yc'a\n": "_", "x y": null, "user_id": "YY'Z\"c\n\\", "a": -1.5}}, [0], -1.5], " \"X_--\"X'X": {"_k": {"a": {"name": 979425.4545501509}, "x y": true, "_k": [0, 0, 12698]}, "a": {"name": []}, "$ref": [0, {}, [null, 45372, "aaZ''Z.aZa_Y'_\nZ '\nZaX'YX", 271458.84660287836, -1.5]], "9lives": -1.5}}).to.equal(1) })"#,
        r#"expected { a: { user_id: true }, …(3) } to equal 1"#,
    ),
    (
        r#"__m(function(){ expect({"data": [922248.6474865378, {"items": 439795.6439329922, "_k": 93218, "\\\\\\'0Y.Y9\\": "YZ' \nX\\_9bb''YéX\\\\.\n90__0"}], "a": {"$ref": {"_k": null}, "_k": {"items": [-1.5, -1.5, 672157.6501874157], "$ref": 0, "x y": -1.5, "9lives": {"data": 0, "\\9' \\é'-9é": -1.5, "a": -1.5, "_k": true}, "data": {"items": -1.5, "x y": 154344.8222461935, "9lives": 0, "id": 63088}}, "a": [[0, 0], [null, 687666.246562148, "a\\\\\\c_\"acb_Z\\ab0..ca9\\YY\\'XZ\"Y.ZXaZéa\\b-\n \"é'_\"00\nabé\"9\\9.Xé", 0, 0], [0, true, 0, null], 54975, "a\\Y", [140504.9651674336, 12111], []]}, "9lives": {"items": null}}).to.equal(1) })"#,
        r#"expected { …(3) } to equal 1"#,
    ),
    (
        r#"__m(function(){ expect({"x y": 0, "$ref": 277082.1856061595, "first-name": 879839.2823864967}).to.not.be.ok })"#,
        r#"expected { 'x y': +0, …(2) } to be falsy"#,
    ),
    (
        r#"__m(function(){ expect(0).to.be.oneOf([1, 2]) })"#,
        r#"expected +0 to be one of [ 1, 2 ]"#,
    ),
    (
        r#"__m(function(){ expect({"": 24468, "--\n_XX\"XZY": {"id": true, "_k": [-1.5, [46159]]}, "_k": [], "data": {"_k": {"name": 119389.52083442212, "data": {"name": null, "9lives": 65279, "first-name": "\n", "user_id": 0, "x y": -1.5}}, "first-name": [".b\\éX_ac", "ébc\\Z0\n9YYX_\"''é\\'0-\n\"Z9a.0Ya\\Xc0Z\n cXa\"X-é cXb_\"cYZZ\"b-09X0", 610205.2798006097, [null, 997153.8626405195], 0, 0], " \\\".09\\\"\"Z": {"_k": 37576}, "a": [{"_k": -1.5, "a": null, "name": null}], "id": [[0, 14464.328248514847, 0, 350704.5744399798, -1.5, 0]]}}).to.equal(1) })"#,
        r#"expected { '': 24468, …(3) } to equal 1"#,
    ),
    (
        r#"__m(function(){ expect({}).to.be.oneOf([1, 2]) })"#,
        r#"expected {} to be one of [ 1, 2 ]"#,
    ),
    (
        r#"__m(function(){ expect([10862, {"x y": 85537}, [{"_k": {"\"\\'Z'.cY99": 99938, "first-name": 835791.7733448645}, "first-name": "\". .' YXc-\n'-.\\_éc\n-Z0é \"- -é9acbc 0\n\"X.", "x y": [null, 0, 184049.87617295777, 0, ". 0c\\.Z0é'\"\\aX.\nX\n\\\n \"\n'_\"'\\a\"c\"YX.X\"\n"]}, [[null], {}, 0], "c_é\n\"c9a0aac\\.'---XaaY .'\\9écéa'99 _b0éé.ZZ0a\\Y'Yb\\9'\\-0a ba", [{}, 109365.29817158103, null, [981533.5050901071, true, 0, 825003.1102994098, null, null], [0, true, -1.5, 879210.9853889891, 78006.33185554063, "b-.009a\n_-é..Z\""]], {"first-name": [true, -1.5, -1.5, "_\"\n", 0, "0'ZbZ._\n'c'_\\Za' bc\\\nbXb._9YZccc'c.Z._ ", 0]}, null], "9'\n_aba\n\"é\" cZ 0 9.ZébZa\né'Z999aa'  ''\nb", {"data": -1.5}, true]).to.be.a("function") })"#,
        r#"expected [ 10862, { 'x y': 85537 }, …(4) ] to be a function"#,
    ),
    (
        r#"__m(function(){ expect({"data": 3548, "$ref": 61164, "first-name": {"items": 5887, "data": [0, {"name": 76480, "9lives": 0, "data": 581198.6396047369, "items": null}, 0, 905444.2622845375], "Xc\\9\nbXéYZ": {"user_id": null, "9lives": "9a.'_--bZc9'ab'\n0\\é-'\n.YZ\\\\\n é a0cbXZa_Z", "$ref": [0, 18787, -1.5, 0, -1.5, -1.5], "a": {"a": "a.9bZ-ZXc-'0-Zé'Y.aY .Z --\\'  aZ\n\\\n 9a'"}}, "name": [{"_k": 99016, "first-name": "aX9\".99YYX'b-.b.0 ''\\Y Z éab\n-'béa0a a\n_-", "items": 485050.4030694327, "name": -1.5, "id": 0}, -1.5, [14359, true, 81634, 396930.61716374976, 138726.14309378728], [806600.7120791697, 21496, true, 0, 0]], "$ref": [{"first-name": 17720, "name": 37252, "$ref": 565855.1594064819, "user_id": null, "9lives": 0}, -1.5, [84261.13253664014, 5111, 0, -1.5, null, 0, 0], 0, [true, -1.5, 0, -1.5, 785109.7893698108], null]}}).to.be.a("function") })"#,
        r#"expected { data: 3548, '$ref': 61164, …(1) } to be a function"#,
    ),
    (
        r#"__m(function(){ expect({"name": {"_k": [0, 0, {"$ref": 363017.9576430135, "x y": 0, "id": 5538, "user_id": 51728}], "id": -1.5, "first-name": true}, "a": null, "_k": [0, {"9lives": 37221, "items": 72172, "first-name": 2891, "id": [44527, 0], "_k": true}, {}]}).to.eql({q: 1}) })"#,
        r#"expected { name: { …(3) }, a: null, …(1) } to deeply equal { q: 1 }"#,
    ),
    (
        r#"__m(function(){ expect([null, 11230, [[[true, 21771, 56210, 0, true], [], [-1.5, -1.5]], {"name": -1.5}, {"first-name": -1.5, "user_id": {"_k": null}}], [], {"a": ["", {"user_id": 224232.76880105236, "items": true, "9lives": 0, "id": -1.5}, {"_k": null, "data": 369943.6029107099}, [85734, 0, "a\\a'Z\n0XY9\\ c  \\YY\"XXY\"ab", 87526, 368329.22063867643], -1.5, true], "data": true, "id": null}, 606692.2438684274]).to.not.be.ok })"#,
        r#"expected [ null, 11230, …(4) ] to be falsy"#,
    ),
    (
        r#"__m(function(){ expect([{}, "X.cZ\n\"\nb\"é'-a_X", true, -1.5, null, [777345.5401733838]]).to.not.be.ok })"#,
        r#"expected [ Array(6) ] to be falsy"#,
    ),
    (
        r#"__m(function(){ expect({"x y": [true, -1.5, [{"$ref": -1.5, "_k": true}], {"id": [-1.5, true]}, {"id": [0, 0, 9650, 74469], "x y": "-c90-9. ", "a": [489516.59314126725, null, "X\\Z-Y0écX_ 0.c\\'.aY9c a  _\\\n\"caa0é'  09'a", -1.5, -1.5, 886902.6169100638, null]}, {"items": [], "9lives": "é\\9ca\n\\9", "\\X\\X\"b0Z09": {"9lives": 810754.4564864316, "a": -1.5, "id": null, "first-name": "é"}}, 958192.6603218856], "first-name": 10779, "name": [[{"aX\n0\\'\\\"": true, "items": "\n.\"", "9lives": true, "$ref": 617477.7874364959, "data": 0}], "X0 ", {"_k": {"user_id": true}, "a": ["_\"\né\n\"9ba.XY\\_   _c9-X- X\"'b_\nY'cab\\é'\""], "first-name": {"data": true, "\n \"éa bb0X": null, "user_id": true}, "id": {"a": true, "9lives": null}, "items": {"data": 26154}}, {"x y": {"id": -1.5}, "id": "0Y\\"}, [null, {"a": "éYY\\'\"'-Y-9b_X\n\nY0.bZ-\n_0", "\né cXab\n_X": "0a-cY\n0Z\\-Y.._-Z Z9c_cZ 9\"Yb  \n \\X\n00a", "_k": null, "\n' _\\Y0Y\nZ": true, "first-name": -1.5}, ["X.Xééa99", null, true], -1.5, {"data": "bYaZ''X\n b  _X'_c é'.9\n_.0aé\\éYXY 0  -X.", "items": 739713.90651057, "-ca90 é\\_.": 75706, "a": true, "$ref": true}]], "9lives": 827539.3068248528, "data": {"user_id": [[0, "acaXXa\nc .\\\\cY90cc'_Z\n\"\\Y\\ \n Y\\0\n-ZZ\\a9 éZ_.\\c99 ééXZZa0_\n'a", 579421.7276694381]], "_k": {"$ref": true}, "a": {"items": true, "id": [0, 7546, 76090, "\"0\nY0'0 .\\ YX9\"b\"-X\"-_\"c0", true], "data": null, "first-name": [null, true, -1.5, 65549, true, 0], "x y": -1.5}, "9lives": {"items": {"a": true}, "first-name": {"$ref": -1.5, "data": 0}, "$ref": [null, -1.5, true, -1.5, 517739.64243854885, true], "id": 0, "9lives": 212252.12404420724, "a": ""}, "items": [{"data": "b._0.Z\\9 '9 \n Z"}, 12568, {}, ["'_Y c_.\"a\nb_YYéXaY bc-_-a0é\\'\nZ.0c_'Z", -1.5, 0], {"9lives": "0Zb'0YZX' 90\n-Z", "_k": 753458.3946715855, "bZbXZé9_ a": null, "x y": 46523, "first-name": 0}, null]}}).to.equal(1) })"#,
        r#"expected { 'x y': [ true, -1.5, …(5) ], …(4) } to equal 1"#,
    ),
    (
        r#"__m(function(){ expect([]).to.equal(1) })"#,
        r#"expected [] to equal 1"#,
    ),
    (
        r#"__m(function(){ expect(58381).to.be.empty })"#,
        r#".empty was passed non-string primitive 58381"#,
    ),
    (
        r#"__m(function(){ expect([[{"id": [], "9lives": [-1.5], "data": [983521.5831132778, -1.5, -1.5, true, 67849], "x y": [true, null, "0\n0-.éac", "0Z00 Y_b\né0-b-Y X9\nc.YaYb'.X9\"\\\\caY\\\\0.\na", "aaZ.b'9-Yb_\nZb_", 748272.6085398642], "items": [-1.5, 0, -1.5, 253548.6519445338, 0, -1.5, 27966]}, 7141, {"name": [null, -1.5, "\"b.ba Z9ZZX\nc'\\_b_a_cXZ\" .c.-_-9bZ\nXc9'.X", null, -1.5, 15221], "$ref": 0, "_k": {"a": -1.5, "x y": null, "items": 0}, "9lives": {"_k": null, "name": true}}, [], {"name": null, "_k": "-b-\"_9\\bc\"' c. 0Zé0_-c9\n\\ééZXXa9 X \\\na", "x y": [61839, 82891, true, 10719, 60716]}, 0, {"data": {}, "items": [true, -1.5, null, 63229, 565138.9212851832, 32707]}], 0]).to.not.be.ok })"#,
        r#"expected [ Array(2) ] to be falsy"#,
    ),
    (
        r#"__m(function(){ expect({}).to.equal(1) })"#,
        r#"expected {} to equal 1"#,
    ),
    (
        r#"__m(function(){ expect(null).to.be.oneOf([1, 2]) })"#,
        r#"expected null to be one of [ 1, 2 ]"#,
    ),
    (
        r#"__m(function(){ expect(-980).to.have.lengthOf(99) })"#,
        r#"expected -980 to have property 'length'"#,
    ),
    (
        r#"__m(function(){ expect({"data": 22972}).to.be.oneOf([1, 2]) })"#,
        r#"expected { data: 22972 } to be one of [ 1, 2 ]"#,
    ),
    (
        r#"__m(function(){ expect(163369.82762977647).to.be.a("function") })"#,
        r#"expected 163369.82762977647 to be a function"#,
    ),
    (
        r#"__m(function(){ expect([]).to.be.oneOf([1, 2]) })"#,
        r#"expected [] to be one of [ 1, 2 ]"#,
    ),
    (
        r#"__m(function(){ expect({"first-name": [{"first-name": 832536.8475102739, "name": {"x y": 503792.4942238645, "a": 0}, "id": null}], "id": {"data": ["9c-0Y_cZZé\\Y \\ \\0ZZéX0-\\Z"], "9lives": 62098}, "a": 0, "9lives": 0, "user_id": [[[249238.432242186, 89059, 38770, 955087.5410424534, -1.5, "9' \"c.Ya-0bcY\n -\n_cZ\\cY\n_a'\n a9_'_9b \\-cYbbX''9X0\n _'Z-cZé c", "cY.0Zb '.éb\"YX'-b0ba\"0é0_c\"Za0\\ Z.éZ_aZ_"], {}, {"id": 21052, "data": 0, "9lives": 45442, "_k": -1.5, "first-name": 878233.5247717224}, [null, 30700], {"name": "Z", "data": 30155, "id": null, "$ref": 0, "items": 0, "x y": true}, "é- 0b0\n0\"ab\\\n09\\b\n_' Y0a'éY9éc_Z-b\"-\\_"], ["c0Xb\\Yc\"Zé\n\\Y_cY.X9Z0acb_-YbZ Xéa0 'b-"], true, "", [{"items": "\"é\\aééb\nY9a0é9Za'\n\n0aXa0'", "9lives": 31887, "first-name": 130527.43998683381, "name": -1.5, "a--\"éé \"cY": -1.5, "data": 572489.6992531046}]], "name": {"$ref": {"id": {"a": true, "first-name": 0}, "a": {"first-name": "X_b-_éY bZ\nX0éXac9b\"'ac_\\Xc'Z9aZéX b9b", "_k": -1.5}, "name": [true, -1.5, 79842, true, 603886.0285039177, 0, 965262.3376406984], "$ref": {}, "x y": {}, "items": {"9lives": 0}}}}).to.include("zz") })"#,
        r#"the given combination of arguments (object and string) is invalid for this assertion. You can use an array, a map, an object, a set, a string, or a weakset instead of a string"#,
    ),
    (
        r#"__m(function(){ expect([true, [], {"id": {"'a\"\"b0\\_a9": {"c-9é0X-\" _": 0, "_k": 0}, "_k": null}, "name": {"x y": [32869, -1.5, 0, null, -1.5], "first-name": {"9lives": 49440, "_k": "", "x y": true}, "name": {"first-name": 0, "name": -1.5}, "user_id": 26720, "data": []}}, {"name": [16066, {}, [-1.5, -1.5, null], {"id": 494316.6139758902, "_k": null, "name": 372727.21473708027}, 0, {"\\-'9b\n-.\nY": true, "a": 76337}, {"$ref": 75770, "user_id": 0, "first-name": 50189}]}]).to.be.empty })"#,
        r#"expected [ true, [], …(2) ] to be empty"#,
    ),
    (
        r#"__m(function(){ expect("Z\nXX'\\- Yc\nZ\\\"Y\né\nY-9.b\nY'YaX-9.\"\na  a").to.have.lengthOf(99) })"#,
        r#"expected 'Z\nXX\'\- Yc\nZ\"Y\né\nY-9.b\nY\'YaX-…' to have a length of 99 but got 38"#,
    ),
    (
        r#"__m(function(){ expect({"data": [39775, [["_'09aYZ\n0ZXb '9__.9X_Xa\nbcY0Y \"Zac\\é.\n\n0-''aa-\"\n\n9 \".é__Y09.", 0, 284303.6213941842, 0, 688677.5663028053, 920501.5795218846], {"9lives": true, "_k": true, "id": 0, "a": "aZé._aé ", "items": 0}, 0, {"user_id": null, ".Y0\nY9Z\n\n_": true, "9lives": 0, "items": 0}, {"data": true, "items": -1.5, "x y": "000X\n'.''\n.b\"._9'\"c0_'cb'\nZY_'b. Y'X\""}, {"items": 555667.969056667, "a": null}], {"9lives": -1.5}, 34183, {}], "x y": "\\\\ZZZ_9YYY\\Xc0'__0\\\"0\nYYZ'\n\\9Yc0bb9c\"9\n\n", "id": [{"user_id": {"data": -1.5}, "items": 553037.1515330486, "a": {"data": 28843, "$ref": 57488, "b": 42960, "x y": 0, "name": true}, "first-name": {"user_id": -1.5, "9Y9_aY\n.'\"": -1.5, "9lives": 602840.9560474333}}, {"data": null, "first-name": {"$ref": 15894, "9lives": 0, "x y": -1.5, "first-name": -1.5}, "name": [30262, 413631.0593714073, 73103, 271934.6729493477]}, {"Y\n _.YZ\n0Z": [true, "'"], "name": 92398, "x y": {"items": 189295.49916735134}, "a": [95190, "-b.-X9bb", true, -1.5, true, -1.5], "user_id": {"a": null, "9lives": -1.5}, "9lives": {}}, {}, {}], "a": 0}).to.be.a("function") })"#,
        r#"expected { data: [ 39775, …(4) ], …(3) } to be a function"#,
    ),
    (
        r#"__m(function(){ expect([74279, [{}, {"name": {"_k": 0, "name": 401523.23980244, "first-name": 199901.30873947608}}, 979204.6469017242], {"$ref": 978308.802917024, "9lives": {"id": {"user_id": 0, "id": 876631.802289204}, "a": {"data": 207993.32511257895, "items": null, "id": null, "$ref": true}, "first-name": {"9lives": -1.5, "-_\n0\"._9__": true}}, "user_id": 0}, [-1.5], [], [true, [69509, {"aXb.-_\n\"90": null, "Z0-9b_-bé ": 73041, "_k": -1.5, "first-name": -1.5, "name": -1.5}, -1.5], 0]]).to.have.lengthOf(99) })"#,
        r#"expected [ 74279, [ {}, …(2) ], { …(3) }, …(3) ] to have a length of 99 but got 6"#,
    ),
    (
        r#"__m(function(){ expect([{"id": [{"9lives": null, "items": true, "x y": null, "$ref": null, "_k": "b\nb90' \"-a\nc' \"Y\\.0é'0\n..Y9bY0\\9.é_\ncé", "first-name": null}], "data": [[], {"_k": -1.5, "a": "c\"cZX'c-aZ._c.-acYXY\n'_ ._YZ'\n\"é\"Xb.cé-Y-"}, {"items": 39328, "$ref": -1.5, "a": "\\", "_k": null, "id": true}, true, [872324.3169413522, "", true, -1.5, 930204.4626279619, 500602.49434919126, -1.5], [null, "", -1.5]], "x y": [{"data": 12810, "first-name": -1.5, "items": 0}, {"items": -1.5, "9lives": 97223, "$ref": -1.5}, null, {"name": -1.5, "x y": true}, -1.5, ["- 9 9 '-.é9-\\9'Y\nX\n'-ébb.\\\\.c \\9b.\"c0Xb"], {"a": -1.5, "_k": 93767}], "9lives": {"'": {}, "name": {}}}, 40824]).to.have.lengthOf(99) })"#,
        r#"expected [ { id: [ { …(6) } ], …(3) }, 40824 ] to have a length of 99 but got 2"#,
    ),
    (
        r#"__m(function(){ expect([true, -1.5, [{}, [974273.6646833015, [null], {"a": 0}], 0, {}, null], -1.5, 1265, "9ZbYY\\aXY'_Y\"009.\nécX9X\\b.c0'\"b-é0--9'X"]).to.have.property("zz") })"#,
        r#"expected [ true, -1.5, …(4) ] to have property 'zz'"#,
    ),
    (
        r#"__m(function(){ expect([{"9lives": {"9lives": true, "items": "é\nc c_a 0 '90bé", "$ref": {"$ref": -1.5, "items": 91927, "first-name": "_._Y'X9\nc-.-\"-0bé\"b0aaaa\n .Z\nX0-..éZ  _", "x y": 372241.57411363226, "": null}, "a": ["\n0c\nc9X.éZ_bXY\\b_bXbé9'Y\\\ncYY 9_\\0.XYXéc.", 499230.4441479439, true, 22719, true]}, "ZZX\ncéZ.Xa": {}, "x y": {"name": [], "a": {"_k": 72494, "name": 331685.93928608316, "9lives": null, "a": 37345}, "9lives": [true, true, 23503, 0, null, true], "$ref": [true, "b\n\nZY\\Y_._Xc-Y9éY9é'\\-é\n- 9\nY-c' -bbb.", true, 124227.78905046839, 849941.4960352228, "\"XYb.9\n\n0 \\9Y\"\"9X\"\\éY.X_0aXbcéZZXX'\\-\n ", true]}}, {"items": {"id": [161079.84559159106, 0], "x y": true, "a": 244378.36386000388}, "\\ZcY\"a9'_.": -1.5, "x y": {"first-name": [512934.1928767074, 0, 0, 85844.64010893367], "$ref": {"name": 60794}}}, {"name": "-"}, 942922.6644093454, {"9lives": [null, {"_k": "._ "}], "Xb\".\\ ca\nb": [{"id": -1.5, "items": -1.5, "x y": true}, 56942, 0, [true, true, -1.5, 620889.7625537876, "9", -1.5]], "bb-bX'Z\"-_": {"data": [null, 0, 81086, 0], "\\": true, "id": {"id": true, "x y": 0, "name": 0, "data": 883283.4517095602}, "x y": []}, "a": ""}]).to.be.oneOf([1, 2]) })"#,
        r#"expected [ { '9lives': { …(4) }, …(2) }, …(4) ] to be one of [ 1, 2 ]"#,
    ),
    (
        r#"__m(function(){ expect(0).to.be.oneOf([1, 2]) })"#,
        r#"expected +0 to be one of [ 1, 2 ]"#,
    ),
    (
        r#"__m(function(){ expect({"$ref": [{"a": 63093, "items": [0, "\"\"a", 786554.8681684114, 308816.01048476226, true, ".9\"0Z.9'Z._'bY---_ 'X'\nX\\a\\9 _ \\-Z-bé 9\\", "Z\\..0X'a"]}, {"0\"\n é9-a\\Y": {"data": 11156, "items": -1.5, "a": true, "9lives": "\\'.Y- .a\"ZZéa .ab\n\nXbZ'YY--aé\"_ aYYa9bbb9"}, "a": {"data": "-_éé.0cb9\\.9baé-Y _YX00YX"}, "$ref": true}, {"c": [-1.5, "_a0\" b Z\"9Ya\n-\"'..'Y--caXbX __b éa\"0c_9éé", -1.5, 0, true], "a": -1.5, "items": {"user_id": 527696.0436982065, "items": true, "data": "Z 0YéaZ0é''-'.0_Yc9\"X'ZZ\\-\"- 0_b\\_éa\n0-a.\\a9-Z9_'é9c'\"'-\n..a"}}, 0], "items": {"id": -1.5, "x y": {"items": {}, "_k": 0, "9lives": true, "x y": {"first-name": 18680, "name": 959808.4142949268, "data": -1.5, "x y": 27670, "id": -1.5}}, "data": {"data": [null, 68756, true, ".", -1.5, 0], "name": true}, "_k": {"9lives": null, "user_id": [-1.5, 0], "id": "-c -é\n- "}}, "x y": {"user_id": 86268, "x y": {"é0 c\né0Z'\n": {}}, "'": {"x y": {"é \\00\na'_ ": true, "_k": -1.5, " -.'\n''aa'": 356564.5429772442, "user_id": -1.5, "9lives": true}, "name": -1.5, "items": [true, 0, 0, null, 734336.6511944013, 91692.59019543996, 656944.2099021407], "_k": 0, "Z0\n.'-éé\"Z": -1.5}}, "a": 969800.5755979128}).to.have.property("zz") })"#,
        r#"expected { '$ref': [ …(4) ], …(3) } to have property 'zz'"#,
    ),
    (
        r#"__m(function(){ expect(null).to.have.lengthOf(99) })"#,
        r#"Target cannot be null or undefined."#,
    ),
    (
        r#"__m(function(){ expect({"x y": [34817, 40001, {"a": 37269, "name": -1.5, "id": 0, "x y": [26684, 285700.87245497544, -1.5, "", null]}]}).to.be.oneOf([1, 2]) })"#,
        r#"expected { 'x y': [ 34817, 40001, { …(4) } ] } to be one of [ 1, 2 ]"#,
    ),
    (
        r#"__m(function(){ expect("\"\nbé\"b9Z .é.\nc'").to.not.be.ok })"#,
        r#"expected '"\nbé"b9Z .é.\nc\'' to be falsy"#,
    ),
    (
        r#"__m(function(){ expect(52325).to.be.a("function") })"#,
        r#"expected 52325 to be a function"#,
    ),
    (
        r#"__m(function(){ expect([[], true, {"9lives": {"a": {"first-name": 305890.3315368947}, "_k": true}}, 83696, {"id": {"a": [-1.5, 332090.1326249954, -1.5, true], "_k": 0, "\nc9-9-'\\": 1743}, "$ref": {"id": [873388.5835928596, "", true], "x y": 83126, "first-name": [-1.5, 0, true, null, 83944, 57729, 0], "items": -1.5}, "name": {"name": [], "$ref": null}, "9lives": {"x y": 0, "first-name": 0, "9lives": [21444, 0, -1.5, true, -1.5]}, "user_id": {"x y": []}}]).to.include("zz") })"#,
        r#"expected [ [], true, …(3) ] to include 'zz'"#,
    ),
    (
        r#"__m(function(){ expect({"name": {"data": {}, "items": [860277.6606278224], "$ref": ["-c\"", [null, -1.5, true, 593712.3563202358, -1.5, -1.5, 0], ["9'cX--\n\n'Xb\\aY-Ya\na\\\nb-.c\\0\"_\n9\\Z90X\"", 0, 33699, -1.5, 826056.0516561712], [17779, 189547.84556216365, true, 57668, 985756.8305631996, true], [29545, 25514, -1.5, 59658, -1.5, 44768, null]], "user_id": [], "'0_é_.aY-Z": null, "x y": {}}, "user_id": 11656, "x y": null, "first-name": null}).to.have.property("zz") })"#,
        r#"expected { name: { data: {}, …(5) }, …(3) } to have property 'zz'"#,
    ),
    (
        r#"__m(function(){ expect({"name": {"9lives": [{}], "9X\"Zb\\ é_0": [{"$ref": true, "-_Zéa.0Zc\n": 379229.78982047294, "9lives": true, "user_id": 0, "x y": 0}, [], [null, -1.5, "X\n-9éZaXcZ\".9\"' '.bZZ_X\n.a\\.'éa.00-.Y\"aa"], ["b XY'\"ZZ_Zb\"\nab___X\"0 \"b0", -1.5, true], [-1.5, 437452.6249977265, null, 711839.4622488318], -1.5, "X. \"0\"Yb099_b-0é\"0éX0_.\"'Z.'XY0 X-cZbZ0\n'"], "name": {"first-name": [50829, "ac0c_ b c_Ya-b\\a\\0 c\\XéZ0é'a\n_9X\\X \\XZ--\"", "_ba", 777044.2811500676, 589922.4086835537], "x y": {"$ref": null, "_k": -1.5, "\\c'0_ béZX": "'\\Z\néY'cXb9'ac."}, "9lives": {"$ref": -1.5}, "data": {"x y": 335871.72897864116, "9lives": -1.5, "_k": true, "a": -1.5, "id": -1.5}}, "_k": 21802, "a 90  b YZ": [{}, [null, "-c9'bZ\nb99\n\"bXa-\nZ' .0 Z\n\nb_'9bé\né-'_cc\nY"], {"x y": "ZbaY-Z.XY\nc\"\\_b b0a0é'c\\Y", "data": null, "first-name": 0, "id": 49097, "$ref": 0}, null]}}).to.have.lengthOf(99) })"#,
        r#"expected { name: { '9lives': [ {} ], …(4) } } to have property 'length'"#,
    ),
    (
        r#"__m(function(){ expect([{"user_id": 0, "_k": {}}, 769977.6662031049, {"items": ". é Yb\nXéc_0\\.c\n9\"0aZ.\\_9\\'X\\0YZ09ZYaZ", "$ref": 99227, "9lives": [null, null, [true, null, "-00 _a.Y-_cX-ab. cX0.0Z\"_Zaé.\\.\" _._\"\".0", ".XY0a\"Yb00X 'é-Z\"\\9bZ\"\\cc9X.\\\n-\"YYbb.a", "", -1.5], 280722.0687384373, []], "x y": null}, [], [], [{"items": true, "x y": -1.5, "name": {"first-name": -1.5, "name": 0, "a": true}, "$ref": 0, "_k": 118040.71979134779}], {"_k": {}, "name": {"_k": -1.5, "id": [374558.9305488751, true, null], "$ref": -1.5}, "a": {"_k": 132635.7835409121, "9lives": 951819.9090809231}}]).to.equal(1) })"#,
        r#"expected [ { user_id: +0, _k: {} }, …(6) ] to equal 1"#,
    ),
    (
        r#"__m(function(){ expect(true).to.equal(1) })"#,
        r#"expected true to equal 1"#,
    ),
    (
        r#"__m(function(){ expect(null).to.be.empty })"#,
        r#".empty was passed non-string primitive null"#,
    ),
    (
        r#"__m(function(){ expect("0Z'_a -.c._9cX '9X -Y9' b_ cc\"Y_ \\bab").to.be.empty })"#,
        r#"expected '0Z\'_a -.c._9cX \'9X -Y9\' b_ cc"Y_ \…' to be empty"#,
    ),
    (
        r#"__m(function(){ expect(86173).to.not.be.ok })"#,
        r#"expected 86173 to be falsy"#,
    ),
    (
        r#"__m(function(){ expect({}).to.be.oneOf([1, 2]) })"#,
        r#"expected {} to be one of [ 1, 2 ]"#,
    ),
    (
        r#"__m(function(){ expect([[{"id": []}, 734363.7980950712, {"a": 0, "$ref": 56791, "name": null}, null, -1.5, [{"data": 0}, true, 0, null, {"name": 0}]], [{}, [{"$ref": true, "9lives": 0, "a": -1.5, "_k": null, "id": true}, []], [[-1.5, -1.5, 498592.3571950871, 610971.6966479, null, "éYZb.ZX\n\"X9XéXY\\Yb-\\\\c\\ba9-0 90'é_\"XZ X\\Y", true], {"9lives": "\n_\nX.\né\né\\a c-a _'0c 0_-_", "x y": 433791.01215474337}], {"name": {"name": "9\nYé0_''.c\"_XYYcZ\"a\\XX\nbc'X-\"ZZXbY\"0é 0éZ", "user_id": null, "data": 665010.5672328998, "_k": 0, "9lives": -1.5}, "data": [null, 503193.1550064274], "_k": [65860.58212260381], "first-name": ["-\\__X\"X\"-b\"a. 0", 226595.51304034775, null, 0, 30360, -1.5], "items": -1.5}, "Ya _ \"céb.b\\a-Ya0'-9\n-\"\"Z9\"-9\n .\né09b", {"data": {"name": 81524}}, {"id": 14411, "$ref": {"first-name": 4521, "a": null, "9lives": true, "$ref": -1.5}, "name": 0, "_": 619280.0613543827}], [29029, {"x y": ["0Y_.X'' cYa'é.\\Z.Y0cX00-0 .éZc\n9_\nb\"bX\\\"", 682152.3575187601, true, 0, -1.5, true, "_\"."], "name": {}, "first-name": {"a": 80794, "data": 628149.1675288953, " ": 6388, "id": 199635.94384963202}, "é\\cY99- éb": {"Z\\XcYY9Y": 0}}, [null, [109025.55033228423, null, null, 869584.1740380203, 0, null, true], {"name": null, "first-name": -1.5, "9lives": true, "$ref": null, "id": 553546.0583714615}, [0, "--9\"\"ZZ-_X\nZaYb_..\"é0a'Z9'Y-Zé\\.b'é\\9c", -1.5, true, null, null]]]]).to.have.property("zz") })"#,
        r#"expected [ [ { id: [] }, …(5) ], …(2) ] to have property 'zz'"#,
    ),
    (
        r#"__m(function(){ expect(70201).to.have.lengthOf(99) })"#,
        r#"expected 70201 to have property 'length'"#,
    ),
    (
        r#"__m(function(){ expect({"9lives": [[[0, 666876.6783141766, null, 769784.6581320546], [true, -1.5, true], -1.5, {"data": 756958.071151676}, {"a": 85053}]], "x y": {"items": null, "a": [{"a": 0, "items": 9294, "id": -1.5, "x y": true}, "Z9bZ\\aY0éXY-Y_ ", 49400.77511687724, [22094, 0, -1.5, "bé\"-Z0bab'0_cZ.'c\\'-.X'céY00.ZZZYéb\"X\"", 271532.98802941706, null]], "$ref": {"data": true, "id": ["Xaé\\0\\ba_-\\c' .Z\n'Zc.00-_0\".éXa\"\n\n\"9\\b '-"]}, "_k": -1.5, "9lives": 98929.54047877068}, "_k": 0, "data": 87131}).to.eql({q: 1}) })"#,
        r#"expected { '9lives': [ [ …(5) ] ], …(3) } to deeply equal { q: 1 }"#,
    ),
    (r#"__m(function(){ expect("").to.not.be.ok })"#, r#"PASS"#),
    (
        r#"__m(function(){ expect({}).to.not.be.ok })"#,
        r#"expected {} to be falsy"#,
    ),
    (
        r#"__m(function(){ expect("  cb'X'.\"_b0\"'\n-\\Y_XXbY\n9éb -.'\"  -'9.Y \n'YZbYca-aY.X a\nYaa_").to.not.be.ok })"#,
        r#"expected '  cb\'X\'."_b0"\'\n-\Y_XXbY\n9éb -.\'…' to be falsy"#,
    ),
    (
        r#"__m(function(){ expect(true).to.include("zz") })"#,
        r#"the given combination of arguments (boolean and string) is invalid for this assertion. You can use an array, a map, an object, a set, a string, or a weakset instead of a string"#,
    ),
    (
        r#"__m(function(){ expect([]).to.have.lengthOf(99) })"#,
        r#"expected [] to have a length of 99 but got +0"#,
    ),
    (
        r#"__m(function(){ expect(-1.5).to.include("zz") })"#,
        r#"the given combination of arguments (number and string) is invalid for this assertion. You can use an array, a map, an object, a set, a string, or a weakset instead of a string"#,
    ),
    (
        r#"__m(function(){ expect(true).to.equal(1) })"#,
        r#"expected true to equal 1"#,
    ),
    (
        r#"__m(function(){ expect({"\\X-'\na-\nbé": [{"9lives": [487370.34352044464, 664151.596686434, true, null, -1.5, true, 155349.70493602485], "first-name": {"id": 94276, "$ref": true, "x y": "", "Z'.9\\X0 \\X": -1.5}, "user_id": {"items": 24990, "_k": true, "first-name": true, "user_id": 0, "id": -1.5}, "name": true}, {"data": {"$ref": "\\Y "}, "items": [null, "_a\nX\n9.\nac  0\"Xb'.\n'.90YXab0-c-..\\-.a", true, 58433, 667779.6073175314, -1.5], "user_id": {"9lives": 50706, "\\.a_X.éb9Y": "-YaXébc\".-cb0-90 \n\"_ZXc .\"-\"\"céZ9é\nZ\\0Xé\\b_XZ-Y\\\né\n.0_YX0ZZ9", "user_id": "Y\"é-\n- c", "$ref": null}, "$ref": [234594.0839153836, 0, 0, 466618.25171702675, 0, 910663.241334779, -1.5], "id": -1.5}, [[517188.3696324716, true, -1.5, -1.5]], {"first-name": {"data": 0, "9.b\n-\né\"b ": 328540.3458964407, "items": null, "id": 266017.5866633445, "a": 16050, "9lives": true}}, {"_k": {"YXbY\\-\\'\n\n": -1.5, "user_id": true, "data": 525072.9488938586, "_k": -1.5, "items": true, "9lives": -1.5}, "user_id": {"9lives": null}}, {"x y": {}, "name": -1.5, "user_id": {"user_id": -1.5}, "first-name": {"name": null, "data": 0}, "id": {"_k": true, "id": 18841, "": -1.5}}], "": {"user_id": [[35748, -1.5, "b", -1.5, 47606], 52722, {"9lives": null, "user_id": 95835, "first-name": -1.5, "$ref": true, "a": true}, {"items": -1.5}, -1.5], "$ref": {"data": 8598.89894724375, "a": {}, "name": {"$ref": true}, "$ref": [-1.5, null, "\"c_a\n.ab99..\"\\0Yé .-é a'éa\\9X\n\\0ZY 9\n\"", 60380], "first-name": null}, "id": "\n _ cb\\X'_-Yb-a"}, "id": {"$ref": [{}, null, true, 73489, {"id": "é'c\"'Y'0\nY0a.00abb\\X_\nXé'_\n\\\"Za \n9.éXé'00\\'XY -Zé\nb\\_é9 \\b\" ", "name": "'9\n\n0'Y9-.cX\\c90a\"99_éb '90aé0_a\\cZ.\n."}, null], "id": {"name": 829483.2467942847, "X\n\nb\n-Z'": null, "a": true}, "9lives": {"$ref": [true], "first-name": null}}, "_k": {"id": {"9lives": "- \"\n.\\' XZ\nc \\_Zc\"Y\\\"9- YbXaaZ\n\\c\\99- Yb", "user_id": {"name": -1.5, "_k": -1.5, "9lives": 91982, "data": 68016, "user_id": 17816}, "data": [436423.85319402255]}, "x y": ""}, "first-name": {"name": {"first-name": [null, 0, true, null, 34368.06158354222, 79536, 0]}, "YZ0b.c \"": 0, "user_id": [-1.5, {}], "id": 0, "-\\Z_Z-Z 9 ": {"a": {"data": null}, "data": {"first-name": null, "_k": -1.5, "a": null, "items": null, "data": null}, "id": {"a": "_", "0X_Xa9\\c'\\": 35009, "$ref": true}, "_k": {"data": "\n", "_k": -1.5, "a": 23500, "Y .ab90c'X": -1.5, "user_id": null}, "x y": {"9lives": 27418}}}}).to.include("zz") })"#,
        r#"the given combination of arguments (object and string) is invalid for this assertion. You can use an array, a map, an object, a set, a string, or a weakset instead of a string"#,
    ),
    (
        r#"__m(function(){ expect(true).to.equal(1) })"#,
        r#"expected true to equal 1"#,
    ),
    (
        r#"__m(function(){ expect(-1.5).to.have.lengthOf(99) })"#,
        r#"expected -1.5 to have property 'length'"#,
    ),
    (
        r#"__m(function(){ expect([[[], {"$ref": {"x y": 2876, "data": -1.5, "9lives": 341439.71464424016, "$ref": 0, "name": null}}], 0, {"a": [true, {"$ref": "-\".-\n'Y0'09c \n-Ya0a b'\\Z9b\n'cZ.a9'Xc' \\c", "9lives": 895594.2020509058}, {"a": 905806.6362129095, "first-name": 0, "$ref": 5137}], "data": {"a": {"\n\"\n00b-.\"\"": null, "user_id": 606056.4227778486}, "data": {"items": 29285, "Zc0é.b-ZXé": -1.5}, "id": "a\"a\\\"XXb-9-b_X.\\-0a.YX0 XaZ.'a\\09Yb cé_b"}, "x y": [{"items": "9bb'aaé-", "first-name": "é\\0é éc0\"ac.a0é bY\n-.ac9\\ab\\0_'\"\nc9'-\n 9"}, [-1.5, -1.5, 0, 0], [-1.5, "_._0b. -bé'0\"0X_Y\né\"'\n0 \""], 49727, {}], "user_id": {}, "$ref": [0, {"data": null, "9lives": null, "$ref": null, "first-name": true, "_k": -1.5, "user_id": 90379}, 98895, ["0a' XbYab_bZ\\-.ZX.\n\"_b''Y'0'éZ-\\b-.bé. "], []], "": [{"\nX-'ééX_X.": 546795.3756910905, "name": "\"'é' _bXZb.9c b--YbcXZ\nZ\\_9c-9_Za\"X-a-\"_Z"}, [null, 29271.6638046725, true, -1.5, 0, "éa_-a\nbccY\nZ Zc.\\.b0'0_cX.XZ\\Y_0c09Z\\X-_", 43426]]}, {"items": {}, "id": 0}, {"data": 86982, "9lives": {"first-name": {"items": -1.5}, "_k": 200774.78668379234}, "a": [{"user_id": 639676.5910210494, "items": 0}], "$ref": {"user_id": [0], "items": {}, "_k": {"a": true, "x y": -1.5, "data": true}, "name": null, "data": null}, "id": {"$ref": -1.5}, "_k": {"items": {}}}, {"a": true, "user_id": [null, 27702, [123836.34415580658, 44132, 0], null, {"first-name": null, "$ref": 0, "_9Z9cZ\"\"": 27086, "9lives": 24032, "name": -1.5}, {"name": true, "a": null}], "data": [{"x y": 669655.2465180589, "first-name": -1.5, "id": 755593.0680143622, "$ref": true}, true, {"x y": 224712.73523697277, "_k": true, "id": null, "a": true, "_ ca-\"X9\\'": -1.5}, [null, "é\\\nééZ\n'", 224868.31297142996, null, 817795.0269109511], {"data": "\nZ\na\".'\n\né..Y0éX \n-0éc''Y.\\b_é\nbé b9_-\\ '99 \n'éa -\nYb'\n\n0-Z0", "id": 0, "items": 0, "name": true}, {"data": null, "$ref": 1790}], "first-name": -1.5}]).to.have.property("zz") })"#,
        r#"expected [ [ [], { '$ref': { …(5) } } ], …(5) ] to have property 'zz'"#,
    ),
    (
        r#"__m(function(){ expect(0).to.eql({q: 1}) })"#,
        r#"expected +0 to deeply equal { q: 1 }"#,
    ),
    (
        r#"__m(function(){ expect(-1.5).to.equal(1) })"#,
        r#"expected -1.5 to equal 1"#,
    ),
    (
        r#"__m(function(){ expect("\"Z  '_0.'é\n\"-Z ").to.be.empty })"#,
        r#"expected '"Z  \'_0.\'é\n"-Z ' to be empty"#,
    ),
    (
        r#"__m(function(){ expect(null).to.have.property("zz") })"#,
        r#"Target cannot be null or undefined."#,
    ),
    (
        r#"__m(function(){ expect(-1.5).to.not.be.ok })"#,
        r#"expected -1.5 to be falsy"#,
    ),
    (
        r#"__m(function(){ expect({"data": 0, "a": [null, {"name": {"name": 21719, "data": 669554.4575935383, "9lives": -1.5}, "id": [746185.9224125238, "a0X.\"_-cc\\'--cY", 967322.2506310018, "_aé\nZéc X'X9'  b\" \\\\'ab\\Za0Y..\\ 9Z\nc\\\\\n._"], "data": {"x y": "'XY-cbXY___Y9Z\nc\\'X'_éaX9b\\aYZZcX.0'a0b\"X", "name": true, "a": null, "id": 393991.13863127434, "first-name": true, "9lives": 0}, "user_id": {"data": 281561.9799719782}}, [], [{"_k": null}, ".9c", -1.5, {"x y": "a \n", "name": 701229.7615297751, "$ref": 0}, null, [null, 510202.9348662301, 5209, -1.5, -1.5]]]}).to.include("zz") })"#,
        r#"the given combination of arguments (object and string) is invalid for this assertion. You can use an array, a map, an object, a set, a string, or a weakset instead of a string"#,
    ),
    (
        r#"__m(function(){ expect(null).to.be.a("function") })"#,
        r#"expected null to be a function"#,
    ),
    (
        r#"__m(function(){ expect(34873).to.include("zz") })"#,
        r#"the given combination of arguments (number and string) is invalid for this assertion. You can use an array, a map, an object, a set, a string, or a weakset instead of a string"#,
    ),
    (
        r#"__m(function(){ expect(true).to.have.lengthOf(99) })"#,
        r#"expected true to have property 'length'"#,
    ),
    (
        r#"__m(function(){ expect(0).to.include("zz") })"#,
        r#"the given combination of arguments (number and string) is invalid for this assertion. You can use an array, a map, an object, a set, a string, or a weakset instead of a string"#,
    ),
    (
        r#"__m(function(){ expect([null, [0, {"_k": {"$ref": 62353, "data": null, "_k": ".. \\éX_b", "items": 23480, "9lives": true}, "éaYa\"\\Z\na_": 0}, true, {}, true], {"_k": [[-1.5, -1.5, 251512.32666524613, true, true, null]], "first-name": {"user_id": [81610], "x y": [64276, 0, -1.5, 46702, -1.5], "$ref": {"9lives": 150824.21064326324, "$ref": 53421}, "data": null, "00b\\_é\\b.\n": [], "_k": [null, 45276.372524742146, 0, null, "\"-\\bY\"Za\\écé\n\naaaa\".\n_Z'Yé9c_c0cb-9Xaéa-", 0]}}, [-1.5, true, 894133.9347623171, 0]]).to.have.lengthOf(99) })"#,
        r#"expected [ null, [ +0, …(4) ], { …(2) }, …(1) ] to have a length of 99 but got 4"#,
    ),
    (
        r#"__m(function(){ expect([true, [[null, "-", null, [null, 349731.54897095816], 1448, 666930.7394851049]]]).to.include("zz") })"#,
        r#"expected [ true, [ [ null, '-', null, …(3) ] ] ] to include 'zz'"#,
    ),
    (
        r#"__m(function(){ expect({"data": -1.5, "9lives": [-1.5, -1.5, 69308, [{"9a.9\"\"..\\\\": "a\\- .ba \\.'éa9.\n_abcc\nXbb \n'\n\\cY'c.X_Y_b_", "name": 0, "x y": null, "user_id": true}, {"data": true, "_k": true}, [null], {"$ref": null, "items": 67330}, []], "X\\0.\"bbZ"], "_k": {"id": {}, " b\n\"é 0Y\"\n": [{"9lives": true}, [], {"_k": 0, "a": "YXY\"'0Yé.-c-\"é' éX.\nbb-c ", "name": "\"éZ\\- Y_Za-9b-é'.é_\nbé\\aa-éé.b\n\na\\Xb9_c\n0'ébé.'-a_Z0\"Y\\ Ya\n-", "user_id": 69223, "x y": 0}, [0], "a", 0, {"$ref": "\nZa\\_0-_\n'\"Z-c\na Za'b\"0Xb", "9lives": 57876, "items": -1.5, "a": 10218}], "Y\\9aZ\n 9-X": null, "data": [-1.5, {"_k": true}, ["090é.9_\\\"0.éa9Z", "\n.\"9'a\néa Xéc9\"é\nc-.0éa.9\n\"\naZ.0X\"_Za\\"], {"_k": 872669.1632453887, "name": 0}, {}, {"user_id": -1.5, "Z'\"XaY\n0Z\\": 98238, "name": null, "first-name": 74398, "a": "Z", "x y": ".a9é_\n\\\\0Zé.Z\n''0bééé_ ''"}]}}).to.have.lengthOf(99) })"#,
        r#"expected { data: -1.5, …(2) } to have property 'length'"#,
    ),
    (
        r#"__m(function(){ expect({"a": {"": true, "first-name": [[57405, 338140.70876351034, 57853, -1.5, ""]], "items": 0}}).to.be.oneOf([1, 2]) })"#,
        r#"expected { a: { '': true, …(2) } } to be one of [ 1, 2 ]"#,
    ),
    (
        r#"__m(function(){ expect({" Yc_XZéXZ_": [-1.5, {"data": "\\\\\"\nZ\"-é"}, [null, null, 0, "\n_c9XX.'- \\YbZ\\a9.Zc'c_0Yb -Xéc\n- -9\\\\\"", {"_k": 0, "first-name": 59165.93327581543}], {"9lives": true, "a": {}, "id": {"user_id": 934406.9625536974, "9lives": true, "$ref": ".\"'aX. cXY-XZZc b0'\"a-Xa\\\n\n 'cY\\ .YaY.", "a": true}}, {"a": [".9éc9\" _aYéZcZ\nX\n \n-bZ -X"]}], "": true, "$ref": {"user_id": {"_k": true, "items": "-Zcc\"b \n9Zba-YYXcY\"cY.\"'9éc0.-YbYZXa0a", "9lives": -1.5, "x y": "X", "a": {"name": -1.5, "a": "X\n\"XcZX-\\X99\n0XX\n00\ncX9 -\n a\\cXZc--.Z'", "_k": true, "9lives": -1.5}}}, "items": [0, {"9lives": {"c_Z.''Z0Zé": 88645, "$ref": 0, "9lives": true, "a": null}}, [{"9lives": "Z 0a- 0é \n.XYa X-é00Z-\"bc'\\-a\n b Y\n_é9"}], [{}], [[null, 19406, 422540.90038344683], {}, -1.5, {"_k": 570994.8335722962, "first-name": -1.5, "user_id": null, "name": 43709}, [65567], ["a\"\ncaX-.9b'-0_aY\\ '_0\"X-\n\"0.X\"0\n9b-\"a\\", 154429.9901185132, 525787.2608406023, true, 47241, 97611], true], {"items": "'.\\X_\n09", "id": {"data": 52647, "a": null, "_k": null, "x y": 41561, "items": 37393, "user_id": 639971.8295715294}, "a": {"_k": 0, "a": null, "name": 48547, "data": "-9 ZXc\n\\a b. \n\nY\nY'é.a__éZX_0\\9XZ_.c\\c'"}, "user_id": null, "$ref": null}, 0], "user_id": true, "\né9a\"\"XY -": {"user_id": null, "$ref": [{}, {"data": 0}, [0, null, "Z\nX\n'é9Z YYZ'-0ééZ'\"abZYXYb_-\ncX-X_\"Y9\\"], null, {"9lives": 932244.8204272084}, ["c", true], ".0éZ9Y\"-Yc\\ZcbX.aa\nZ\\0Y9éY9_\nb\n\"b_bc-a.Y"], "first-name": "9b0\\0'\n.XY'\\c\\'aZ9Z 'XY_ \naXcYXZ0-\\ZX_\n."}}).to.be.a("function") })"#,
        r#"expected { ' Yc_XZéXZ_': [ -1.5, …(4) ], …(5) } to be a function"#,
    ),
    (
        r#"__m(function(){ expect([[], [[-1.5, {"first-name": 0}], null, {"_k": [578025.9157929405, 811550.0186235096, 96893, 27624], "name": {}, "x y": [], "id": [], "items": {"items": "", "id": null, "user_id": 0, "Z.'éZ_cZé ": -1.5}}, {}, {"_k": [0, "_cb.-0b\\", null, null], "data": 0, "id": null, "$ref": [true, null, 25071, null, true, 47389]}, {"$ref": null}, {"name": [], "id": {"items": 133464.13969598094, "_k": null, "first-name": -1.5, "data": "a_.Z\\.aZ-00\"\nZ ca\\ _éY\"\"9c'0\\--\nc\"\\9\n0''\n"}, "first-name": []}], [{"'XYa9-é-é'": " b9", "a0X\\é_ '": {"items": "0\"ca0b\\99a_\\\\-\\", "id": "\nXY_X\n .X\n. \\Z\\Y éZc-'é\n.0\"\néc._\"0bZ\nc", "user_id": true}, "first-name": 0}], {"first-name": true, "name": {"first-name": null, "a": 0, "data": {"user_id": 0, "data": true, "_k": 60253}, "9\\cé .c-9b": {"items": true, "name": "\nb0Z'9a-abZZY .éYa'\\\nZ-aZ", "_k": 49218, "$ref": 420877.92101989663}}, "$ref": 0, "_k": " é\""}]).to.be.a("function") })"#,
        r#"expected [ [], …(3) ] to be a function"#,
    ),
    (
        r#"__m(function(){ expect({"9lives": [{"a": true, "name": null, "user_id": 85488.07055426555, "first-name": {"_k": 505855.1032633472, "x y": null, "first-name": "c ZcY-\"90.-éZc\\ 9\\c\nX-9.é", "name": -1.5, "a": -1.5}}, 0, {"name": "", "user_id": -1.5, "_k": [375573.1416509208, 387963.89152274566], "data": 2553}, {"first-name": [411681.63238884805, true, true, null], "user_id": {"9lives": true, "name": 0, "_k": null, "data": "_\"'Z0b._a\n_bc.Xéb\".-a \\\"_b_b'9X\n9Z\"\"9\\YYb099\nYX9éZ.Xb\"Z0\\a9'"}, "name": null, "x y": "9Y\nZ.- \n'-\\b0-Z\n\"céZ0\"0é'bé\nZ909'\n\"X-\"\\", "id": [true, 14830, 26120.511590902006, 11383]}, {"": [0, -1.5, 0, true, "YbX-c0Xbc99.\n9a\\\"Z'\\aé 0\"_ .éZ_é_ca_\\\nX"], "first-name": [0, -1.5, 173107.57806809474, null, true, 0], "_k": true}, [null, [true, 89910, 943413.8683258289, "-'-9- -0-'\"\\ac.a'acé'.X_'Y\\ 09.ZXc'Z-", "-b'bé-Z9c.bc''\"__é\n'c\n _0b'X'\na-aé\\000c"], "ZX\"__''\\cYYYX9-_c-9\"X-\n\"-0Xb9YZ -YXa'_é\"-", "X bab\\\\9c'-'-aXéca.._.\\0é\"é_Xac9a_c- '\\- "], []], "_k": {"id": [[0, true, " \"X-\".X.-\n.éXZX", 0, null]], "user_id": {"user_id": [null, 481937.0027307084, 0, 704268.9842678502], "items": {"items": null, "name": 946572.9364014348}, "_k": {"items": 0, "name": 56809, "id": null, "data": 59140}}, "data": {}, "_a-Xb\". 9-": [null, 112286.28669566932, {}, {"$ref": null}, {"data": -1.5}, []]}, "x y": [[[true, "é", true, null, null, true]], "", {"_k": ["\"", null, -1.5], "9lives": [true, null, 778605.2299417348, 51933.805707854444], "first-name": 0, "id": null, "a": {"x y": 80244, "$ref": -1.5, "a": 589116.7421910574, "items": true}}], "first-name": 13827}).to.be.a("function") })"#,
        r#"expected { '9lives': [ …(7) ], …(3) } to be a function"#,
    ),
    (
        r#"__m(function(){ expect([]).to.be.a("function") })"#,
        r#"expected [] to be a function"#,
    ),
    (
        r#"__m(function(){ expect(983506.2240153247).to.have.property("zz") })"#,
        r#"expected 983506.2240153247 to have property 'zz'"#,
    ),
    (
        r#"__m(function(){ expect(92557).to.have.lengthOf(99) })"#,
        r#"expected 92557 to have property 'length'"#,
    ),
    (r#"__m(function(){ expect(null).to.not.be.ok })"#, r#"PASS"#),
    (
        r#"__m(function(){ expect({"items": 74972.99904090681, "$ref": "''_''_\n.é9\n\n0.a0c-c.éa 0\\é_c.a.écZ.._cZ \"-c_9\\X Y\"\\ X.-9Z00'", "a": {"name": true}, "9lives": {"name": [[-1.5], 38513, {"user_id": true, "9lives": "b0-_\\b. X-c\\a\n\"b\n\na\\\né\\.Y\n'ééZ.\"acbZY é\n_"}], "a": [312264.71535631164, null, [-1.5, 0], {"$ref": 0, "x y": 123387.33968411064, "9lives": -1.5, "first-name": true, "id": true}, {"user_id": 0, "abé_'0Xc0\\": 903382.2828791678, "id": 265043.9167153713, "9lives": true, "x y": 0}, {"data": 28052}, ["'Z\"céa_Zé\n0-b Ya.Y.Z'ac\"_900-Z\"9Y\\X_Yé\n ", 0, 819703.4364254161, true, 617661.6531764551, "\n0c", -1.5]], "first-name": {"a": {"user_id": "'\\_é0a..bZ\n\nYZ\ncX  bc\n.c\\", "a": -1.5}, "9lives": [null, null, -1.5, -1.5, -1.5, -1.5, -1.5], "first-name": [null], "items": -1.5, "x y": {"id": 60126.19539335206, "$ref": null}}}, "data": [{"x y": ["X"]}, 0], "x y": {"data": ["", 205963.71409149526], "first-name": -1.5}}).to.be.a("function") })"#,
        r#"expected { items: 74972.99904090681, …(5) } to be a function"#,
    ),
    (
        r#"__m(function(){ expect(["é \"XX9Z\n\\0\".X_\"0\"_9X YXZ-c_'Y''ba\\Z0b_Y\n-c\\éa\\\"0Xa\"Z0-Y\nc'-c", {"$ref": {"x y": -1.5, "name": [0, null, null, "", 627780.1397025102], "$ref": [955991.6796955289, null, 0, true, 22883]}, "items": {"name": [-1.5, -1.5, true], "9lives": [true, 514018.5265717245, 9438, 0, 0, "\\_\" c9.-", 9233], "data": {"_k": null, "9lives": null, "id": "0bcYa'_ .0éZ 0b-bb\\Y\"\n9-\n9é.a_.__9c_cY", "a": 93814}}}, -1.5, [{"user_id": 71279, "items": [0, -1.5], "_k": 93229, "a": 0}, [], {"a": [null, null, null, true, 904504.3198581424], "$ref": [], "id": [-1.5, null, 0, 179073.20390680514], "9lives": "0Y0-.\"_.a'_0 \\_99Z'0\\Yac\"a -0\"' _.b'-", "_k": 0}, "'a0éZYY9\\\\c\nXb\n", {"user_id": [true, 0, -1.5], "data": {"9lives": "\\c.Xb \"'-b9\nc-Z\\\nX-_cé9 . 9é._'\nc\\b-0-0", "user_id": -1.5, "data": true}, "--b\\_ 9- \n": {"_k": 509546.4102050131, "9lives": 2677, "name": null}, "_k": {"name": -1.5, "id": true, "user_id": 836287.1672409284, "c": 0}, "name": [401381.4446540577, 0, -1.5, true, true]}], -1.5, true, {"9lives": {"user_id": -1.5, "first-name": null, "data": 934954.0803053522}, "  Zé'0'9\n_": [], "id": []}]).to.have.property("zz") })"#,
        r#"expected [ …(7) ] to have property 'zz'"#,
    ),
    (
        r#"__m(function(){ expect({"items": [[{"$ref": true, "user_id": 261085.651463123}, 73539, [true, " 990b_90cb_X 0c \\\"-0aZ\\c-é0ac.X.Y'X X--X", 41793], [null]], true, true, {"id": null, "user_id": "b\n\\9\"a .c- 'Ya_99Y\nbY-\"-X-bZZé0\\ccZ.09", "a": [], "x y": 13029, "_k": true}], "data": -1.5}).to.be.empty })"#,
        r#"expected { items: [ …(4) ], data: -1.5 } to be empty"#,
    ),
    (
        r#"__m(function(){ expect([[{"name": null, "_0béY9 0'\n": [true, null], "a": [null, 382913.7946858323, null, null], "first-name": [26728, 70741, -1.5, "XZ9éZY\"-\\0_.X.\\\nX\\.\\--0X 9b\\'\nb\"\"'_\\é", true, "Y'a\nZ\n _\n-_ .éc\"9_'Zc\"9\nZ9a_'\"\"9Y._a 9\"cc", 0], "data": {"a": null, "a'X\\\\9'9\\ ": "éX_'\\\"c\\c \\'. éé\"bZéZ9c\".''é\\a\nY\n_Z\"XZX9", ".a9a.\\éZY0": true, "name": 0}, "$ref": [true]}, true, 627674.3037916496, 455135.95598281734, [934019.2420562584, [true], {"items": 779038.1608582708, "first-name": -1.5, "a": ".'__XcZ \\Y'\"é_99XY-céaa\"9", "name": 41240, "$ref": true}, -1.5], 0, [{"_k": true, "x y": -1.5, " a\nc. Z- Y": 0, "first-name": null, "id": null}, {"name": true, "$ref": 0, "x y": 0, "_k": 0, "items": 7708}, 950825.6004055333, {"_k": "Yé-ZéX_-\n9X.__b", "data": null, "a": 91324, "items": 25243}, {"9lives": -1.5, "a": 0, "x y": 118790.96038160741}, [-1.5, -1.5, 989474.5881452448], {"id": -1.5}]], [[], {"9lives": 27293}, [{"a": 0, "$ref": true, "items": "Z\\\\a0_Z a\" b-09aX\n-Z\\ .-'Y\\Xa'c \n aéY-\\"}, 0, null, {"name": null}, {"9lives": null, "x y": 58668, "user_id": -1.5, "items": "'\né\nZY\né\n_a 'c-"}, {}], []], {"user_id": {}, "first-name": {}, "id": -1.5}, {"Z-b\na9-_Xc": -1.5, "a": [[0, -1.5, 8818, null, null], [0, "9 abb\\.\n'Y\n\"9aY 9\\Y9_-Yca_'\nba-.-Z.\nc-X_Z", true, 0, 0]], "items": {"id": [null, 0, 0, 0, 9465], "_k": [68416, 24857, 8402], "data": 100002.35342265495, "first-name": [14002, 964271.789167497, 766712.2851429145, true]}, "x y": -1.5, "first-name": {}}, ["", null, {"9lives": 284103.60203260585, "x y": [0], "user_id": {"id": true, "user_id": true, "9lives": null}, "data": {"a": "cbY\\c\n0\nX0_'X\\--X\né-caY\n9Z\"_'0.YbZXéZcZ9_-é a0.\"cbY\"9YXb.\"Yé", "first-name": true, "user_id": 47558, "name": 926755.1503209891}}, 87724], [[], {}, [{"user_id": "Y-c", "id": 0, "items": null, "data": "Ybé-XY. "}, {}], true, {"user_id": ["bYY\"'\n\"cX\\YX .\\\n.cZaa\n9-\\b.-XaZ\\09_\"cé\\", 99822, 287163.37355526554, null, 89311], "items": 32490, "first-name": [-1.5, -1.5, 443245.01066963596, true, ".\"_a\"''\n\\XbX\\.\"X\\X0\"-.c9Z ba Xé'Z'9..", 196262.9256933578], "x y": 21441, "_k": [null, 528829.6651650348, 402238.05597911624, "\n\nZ\"\"\n0-aY.9cY9\\9\"-90aZ\"X.\n..Z \né Z X0", true, 0]}], [73365, [], {"items": {"a": 6426, "items": 0, "x y": -1.5, "_k": 862497.4511206624, "cc'\"\"_.\\Z0": null, "user_id": 0}, "$ref": ["bc0Zé\\. _.'éa'aé'\\ZY\nX'b0X\\Y.._a0 aa\"", 0, null, null, 78523]}]]).to.be.oneOf([1, 2]) })"#,
        r#"expected [ Array(7) ] to be one of [ 1, 2 ]"#,
    ),
    (
        r#"__m(function(){ expect("aa'\nZ9Z\n").to.be.oneOf([1, 2]) })"#,
        r#"expected 'aa\'\nZ9Z\n' to be one of [ 1, 2 ]"#,
    ),
    (
        r#"__m(function(){ expect(0).to.include("zz") })"#,
        r#"the given combination of arguments (number and string) is invalid for this assertion. You can use an array, a map, an object, a set, a string, or a weakset instead of a string"#,
    ),
    (
        r#"__m(function(){ expect([{"items": 994306.7973619539, "_k": [{"9lives": "0b\n-.aZ __a\\\\éb", "x y": true}, 27748.8319374668, {"a": null, "first-name": -1.5, "x y": -1.5, "data": 121607.29305658668, "items": "\\éa", "name": 0}], "name": null}, 0]).to.have.property("zz") })"#,
        r#"expected [ …(2) ] to have property 'zz'"#,
    ),
    (
        r#"__m(function(){ expect([{"$ref": [532031.4131066073, 758193.7284249115, {}]}, {"a": {"items": [], "$ref": 58739}}]).to.include("zz") })"#,
        r#"expected [ { '$ref': [ …(3) ] }, …(1) ] to include 'zz'"#,
    ),
    (
        r#"__m(function(){ expect([{"data": {"x y": {"id": 84097, "_k": 0, "items": null}, "first-name": "é\"Y Y'\"Z", "9lives": {"user_id": 0, "x y": true, "name": "\"\"'\n_X_0\".'\nX-'\nY_. 0\" \nc\"b_Y9_XX\néY_.", "items": 86478, "first-name": -1.5}, "data": [23916, true, 585676.2992185684, 0], "items": 0}, "_k": 7128.489692265649, "x y": {"a": [], "name": [true], "first-name": 38269, "user_id": 0}, "'b 0\\'c-_'": [], "a": ""}, 981537.5555900155, {"9lives": 0, "name": "é9Z \"0\n.\n'Xc\\-\\", "first-name": null, "Yé \\'-.\\0é": {"$ref": {}, "id": 96106}, "a": 60698}, {"_k": 551129.5338117351}]).to.be.a("function") })"#,
        r#"expected [ { data: { …(5) }, …(4) }, …(3) ] to be a function"#,
    ),
    (
        r#"__m(function(){ expect([true, {"first-name": 0, "user_id": {"user_id": {"first-name": 0, "X\n \n..\\._.": "", "_k": true, "x y": true}, "name": [-1.5, 971877.8538627701, 38974, 615352.6288970509, -1.5], "$ref": 58267, "items": {"data": -1.5}, "\n-Y'_ éc-é": ["Z", null]}, "data": {"a'--X éX\"0": 270382.070348428, "'.0cY b0": ["'0.Zb-\"c_X\nZ' Zc-X9b-'baZé_\né\\ Y. \"0\n.", "\nX.", null, null, 25524, -1.5]}}, [0, {"name": {"$ref": 0, "name": null, "x y": 45019}, "user_id": "Xé.\\\n_.\n", "b": 0}, -1.5, {"user_id": "'béc0é-Xc-Y0Y9éZ\n'\\c'bXb\\é-ZéébX\"_Z0'XX\"", "$ref": []}, [true, [], 976884.2349616613, -1.5, {"data": 349362.68962470687, "a": -1.5, "name": 0}, {"user_id": -1.5, "first-name": 88500, "x y": true, "name": -1.5}, "aéa0 _Z\n. _\n\n'09_0cXXZ\n'.ZX_''\"\\\\-\n\"_Y_ "], "b0X", -1.5], 58337.28310488196, null]).to.equal(1) })"#,
        r#"expected [ true, …(4) ] to equal 1"#,
    ),
    (
        r#"__m(function(){ expect([]).to.not.be.ok })"#,
        r#"expected [] to be falsy"#,
    ),
    (
        r#"__m(function(){ expect({"name": {"9lives": null}}).to.have.lengthOf(99) })"#,
        r#"expected { name: { '9lives': null } } to have property 'length'"#,
    ),
    (
        r#"__m(function(){ expect([{"data": {"$ref": [10734, 0, true, 0, true, 0, 0], "first-name": [30180], "x y": [null, -1.5, 0, -1.5, true, null], "id": [null, -1.5, -1.5, 0], "name": true}, "id": 68844, "9lives": {"user_id": {"id": -1.5, "$ref": null, "name": 54732}, "name": {}, "$ref": {"a": -1.5, "id": null, "name": -1.5, "data": null, "9lives": true}, "data": {"data": true, "items": 0, "_k": 0}}, "user_id": [[29962, true, null, true, 0, 147842.09614387], {"data": null}, {"aéb.9XaXa'": true, "items": 700387.6010725967, "id": 89121, "x y": null, "_k": "_09éc9a_", "$ref": 0}], "first-name": {"items": 0, "data": {"id": 956564.1941999702}, "a": {"data": 629649.7184283666, "id": ""}}}, {}, null, {"first-name": -1.5, "data": [{}, {"X' ": -1.5, "data": 48811, "x y": 9073, "items": -1.5}, 657418.6571648661, {}, 0], "9lives": 98601}, {"Z": "Xaacc9\n\"_.a_é\"Z\n9X''_-\nb-9.'9YXZ\nc.b\n0.", "9lives": {"$ref": {"$ref": "", "_k": null, "user_id": 0, "a": "Z0_.YXé9\"_. 9XZ.9 YabX Z\"abY9--\"é'ZY0", "x y": -1.5}, "id": [true, 44975, "00-bcZ-Y0\"\"é_..", 0], "_k": true, "-\\9\"_a\"\"_9": {"id": -1.5, "$ref": 83710}, "x y": {"items": "9cbXYécYY- bXXZ", "first-name": "X_é\n\"\\Z'", "x y": -1.5, "9lives": -1.5}}, "data": [{"é0Yb\n.YY\\é": true}], "$ref": {"$ref": {"first-name": "Z \"_\n\"X0acXY\\cY 'éYécYZ\"\\Za\\Y\né\"\\99ba.aZ", "id": -1.5, "": true, "data": null, "items": ""}, "id": {"first-name": 36471, "\n": -1.5, "x y": true, "data": 0}}}]).to.eql({q: 1}) })"#,
        r#"expected [ { data: { …(5) }, …(4) }, {}, …(3) ] to deeply equal { q: 1 }"#,
    ),
    (
        r#"__m(function(){ expect([784454.1604191284]).to.equal(1) })"#,
        r#"expected [ 784454.1604191284 ] to equal 1"#,
    ),
    (
        r#"__m(function(){ expect({"name": 22110, "x y": {"items": [null, -1.5, {"x y": 5480}, 74831, [null], 2716, [79691, 258657.07777093537, 91374]], "name": [{"id": "--\\'é0\n XZ\"0céa"}, [12778, "0X\\9Z-YZ-\"'XbcabbcY\\\\\" c\\\"0bbaZ'\n._\\Y'"]], "$ref": -1.5, "first-name": [[0], true]}, "_k": 787251.1678758528}).to.have.property("zz") })"#,
        r#"expected { name: 22110, 'x y': { …(4) }, …(1) } to have property 'zz'"#,
    ),
    (
        r#"__m(function(){ expect({"x y": [[57380]]}).to.be.oneOf([1, 2]) })"#,
        r#"expected { 'x y': [ [ 57380 ] ] } to be one of [ 1, 2 ]"#,
    ),
    (
        r#"__m(function(){ expect({"data": {"a": {"éb_": {"a": 8113, "items": 360287.53052320675, "_k": 0, "first-name": "."}, "_k": [883220.861569562, ""], "x y": [79898, true, true, 33533, 0, true, 0], "9lives": {}}}, "user_id": {"\"X0\n\"cb\n": [], "data": 29107, "XX -90\"_\\ ": {"id": {"data": 0, "items": 57342}}, "name": {"_k": {}, "a": [80490, null], "\n": true, "": 0}, "$ref": [[]]}, "9lives": [{"_k": 0, "name": [0, "\\ b-é. Zc\\- bé\\", true, true, 1475], "id": true, " éZ9 Z__ .": 20565, "data": ["'99_bZ0é09Y \\cbYéé\"Z\"\n_.b", -1.5], "user_id": null}, ".éa\\.b\"_\\Y'X-.aX'9\\cb-XcY\\ZcbYa09b-a9\nca9", {"": true, "name": null, "user_id": -1.5}, {"a": 193294.66022034446}, 0], "_k": []}).to.have.lengthOf(99) })"#,
        r#"expected { data: { a: { …(4) } }, …(3) } to have property 'length'"#,
    ),
    (
        r#"__m(function(){ expect(true).to.be.oneOf([1, 2]) })"#,
        r#"expected true to be one of [ 1, 2 ]"#,
    ),
    (
        r#"__m(function(){ expect(68775).to.include("zz") })"#,
        r#"the given combination of arguments (number and string) is invalid for this assertion. You can use an array, a map, an object, a set, a string, or a weakset instead of a string"#,
    ),
    (
        r#"__m(function(){ expect({"id": [], "9": null}).to.include("zz") })"#,
        r#"the given combination of arguments (object and string) is invalid for this assertion. You can use an array, a map, an object, a set, a string, or a weakset instead of a string"#,
    ),
    (
        r#"__m(function(){ expect([[[0, {}, null, {"9lives": -1.5, "data": true, "x y": 961393.7803109904}, [88290, true, -1.5, "\"''YZb\\ _ Yc'Y\\"], {"aé-a.Y Y\"c": 73614, "_k": null, "user_id": true, "x y": null}], [{"data": 5700}, {}, 50784, 43371.62090677549, {"_k": 42739, "id": "._béXZZ\\'XZ-0YY", "a": null, "x y": 0}, 0, {"a": true, "items": "0X0Xé --\"\" Z-a- cZ_ -X_Za X\"Z'9'-\n..a'.Z\\9éé9 .-Z--éc.'\\X\n99", "9lives": 0, "$ref": true}], {}, [[714791.0102106191, true, true], 55030, {"items": " 9_é-\"X\"0aXéZZ9", "first-name": "Y", "9lives": null, "data": 0}, {"$ref": 138313.58339814315, "9lives": 231204.07284609912, "b": 0, "_k": null, "data": 57740}, 63386, [-1.5, -1.5, 748382.7320499605, -1.5, null, 702511.0183337141, null]], {"first-name": ".\\Y'-a.\"Y\"\n \".'"}, 0, {"id": [null, -1.5]}], 26840, 42992]).to.have.property("zz") })"#,
        r#"expected [ …(3) ] to have property 'zz'"#,
    ),
    (
        r#"__m(function(){ expect({"9lives": -1.5, "items": {"data": {"name": [], "9lives": {"data": -1.5, "YX\ncbcab": 40466, "a": 0}, "X": [77593.97381288835, 0, true, -1.5, "9X00\"_X\\0- X\"Z-"], "id": {"Z\\.c00.éY0": 0, "id": 0, "items": 33702, " ZéY-baéYX": 795719.9733082531}, "items": {"first-name": -1.5, "_k": null}}, "a": {"x y": [73851, 992186.1509437284, 628591.8047782469, 97771, true], "$ref": [820365.6406293428, null, "\"\"_b\"-\"0-\"Yb0éX9-Y0c090éa_é\"c00c9Zbca", "éc0X\\bc\\"], "a": {}}}}).to.have.property("zz") })"#,
        r#"expected { '9lives': -1.5, items: { …(2) } } to have property 'zz'"#,
    ),
    (
        r#"__m(function(){ expect([[69748, [null], {}]]).to.include("zz") })"#,
        r#"expected [ [ 69748, [ null ], {} ] ] to include 'zz'"#,
    ),
    (
        r#"__m(function(){ expect([true, {"a": [[], {"items": 655747.2717965088, "_k": 397112.6812014923, "data": 309597.7397917209}, 56283, [], {"name": -1.5}, {}, 966380.8829685547], "_k": ["b 9Y'_\"é0YX\\Xa\"Z0\\\n9'bZZ-\"9.X\n0acXXYb ", [88002, -1.5], 97188, {"9lives": 0}], "first-name": [[true], -1.5, {"first-name": "ZbZbc\"-\".0\"9'9c_-é -9Z \\_é X0é_ _'-cXZ\n", "items": 19400, "9lives": true, "name": true, "a": 393227.6229626827}, {"user_id": null}, {"name": null, "$ref": 55493, "data": 63039, "items": "é'\n_\" '0\\Z\\ 0 -", "9lives": 67625}, {"Z\n-c0éé0": null}, true], "$ref": [-1.5, null, {"\\b-Y-bX\na'": null, "9lives": -1.5, "9-aaé0'\"": null, "id": null}, [-1.5, 0, 0], 0], "name": -1.5}]).to.be.a("function") })"#,
        r#"expected [ true, { …(5) } ] to be a function"#,
    ),
    (
        r#"__m(function(){ expect({"first-name": true, "a": [-1.5, [90631, {"name": null, "items": -1.5, "a": 45277}, "a\nX Zc' c\"'\\-baX.-ZcéY\\_b 9c- \"é\"0 -\n-c", {}, 0, {"data": -1.5, "items": "YéX'YéaYa Z\"é\n \"XX\\a\"0bYa", "9lives": true, "$ref": 0, "id": true}, [true, "9\\9", true, "Yb\\._Za'"]]], "x y": {"_k": {"b0XZ\"é-YéX": 0, "_k": "a"}, "x y": 0, "items": {"name": {"first-name": 0, "a": "\\\n-\\\na0_é\nc9'X'b.Xc\"c\n\"XcXa\"Z_éa'X\n\nY90", "9lives": true, "\"": -1.5}}, "first-name": [0, [null, true]], "a": [[5959, -1.5, 86697], {}, 61392]}}).to.be.empty })"#,
        r#"expected { 'first-name': true, …(2) } to be empty"#,
    ),
    (
        r#"__m(function(){ expect(null).to.be.a("function") })"#,
        r#"expected null to be a function"#,
    ),
    (
        r#"__m(function(){ expect(837947.2296827019).to.have.property("zz") })"#,
        r#"expected 837947.2296827019 to have property 'zz'"#,
    ),
    (
        r#"__m(function(){ expect({"$ref": [[{"first-name": "", "9lives": 13442, "id": "b-\"\n_Z YX '\"9 c"}, [true, 93028], {"items": -1.5, "data": 33409.86354503628, "first-name": true, "9lives": " \n\"", "_k": true}, true, [".", true, 0, 926871.7964880663, true, null, null], {"'0 Y -0X_\"": true, "_k": 49543}, 71557], 0, {"name": true, "9lives": null, "data": [true, "", 0, "\\b\n0 ._c 'b--é-\nY-_X\\.c-\"'0'. '\n-ZbY\nZZ0", 883314.9334136827, "..Z.é YbX\na9\\ccX Z.Z.\"9''a.9 'YZ\n cac", 0]}, [{"user_id": null, "data": 645031.3488418551, "a": 0, "x y": null}, {"items": 0, "name": "éZ\"a'cZ9aaYY9ZX. b909b\\-\" 9-0_X0.XZ _\\ \ncY \\. éZ0.0é\\_.Zc_bX", "first-name": -1.5}, {"_k": true, "name": true, "user_id": -1.5, "x y": true}, {"items": 408430.81179008156, "": 342348.17162683693, "x y": true, "_k": 0}, 70246, [64982, -1.5, -1.5, 664765.7476350307]], {}, {"_k": [832866.0136050358, -1.5, null, 42664, ".c\n", -1.5, "\\"]}]}).to.be.oneOf([1, 2]) })"#,
        r#"expected { Object ($ref) } to be one of [ 1, 2 ]"#,
    ),
    (
        r#"__m(function(){ expect("é'b_Xc'0").to.be.empty })"#,
        r#"expected 'é\'b_Xc\'0' to be empty"#,
    ),
    (
        r#"__m(function(){ expect([]).to.include("zz") })"#,
        r#"expected [] to include 'zz'"#,
    ),
    (
        r#"__m(function(){ expect([[{}, -1.5, {"": "bZY 'bXéca \n0-\\\"\n.\\X 9 Y_-\n_é\\X\\ é.\"._a", "a": {}, "first-name": -1.5, "_k": {"$ref": "\\", "9lives": -1.5, "x y": 721424.4442132005, "id": null, "first-name": true}}, -1.5], [{"items": [-1.5], "x y": {"_k": "abca\\é \\", "x y": 468841.4349256658, "user_id": null, "name": 0}, "first-name": 764461.14563403, "9lives": []}, -1.5, {"id": [true], "user_id": {"name": null}}, [687847.3403215376, {"$ref": 0}, 415454.5318119005, [null, 66981, 71428, null, 0, 0], ["Y\n.\\-0'_", true, 145265.11621607907], null, {"a": null}]]]).to.have.lengthOf(99) })"#,
        r#"expected [ [ {}, -1.5, { …(4) }, -1.5 ], …(1) ] to have a length of 99 but got 2"#,
    ),
    (
        r#"__m(function(){ expect(919418.4153144378).to.equal(1) })"#,
        r#"expected 919418.4153144378 to equal 1"#,
    ),
    (r#"__m(function(){ expect("").to.not.be.ok })"#, r#"PASS"#),
    (
        r#"__m(function(){ expect({"name": {"first-name": {"name": 922680.2203349345}, "$ref": 381760.8842924913, "": [{}, 51035, {}, {"id": 0, "x y": 139407.5917867794}, -1.5, -1.5]}, "a": [{"_k": [".9 ZX_0YX-ac\"'_\\\"c.\n-0\"\\c.Xéac\"a...-é-9. -a-X\"9bXYaéZac\"é'\"c", true, true, -1.5, 60704]}]}).to.equal(1) })"#,
        r#"expected { name: { …(3) }, …(1) } to equal 1"#,
    ),
    (
        r#"__m(function(){ expect([-1.5, {"first-name": null}, [], {"id": [[244988.84509550867, "X'\\\"c-a\n\\Y_\\\"\nb", 902883.2542671663, null, -1.5, 640837.040251119], {"$ref": null, "id": -1.5, "x y": -1.5, "\"9é": 0, "name": true, "9lives": "\nb-Z\\\\Y."}, -1.5, {"first-name": 689482.5096506639}, true, [-1.5, 71898, 960252.1123784109, 74966]], "a": {}, "user_id": "Zb\\'\n._- \\bcX0bc'.-_ Y00YY-'-Z0.Z''-9'.cb", "items": [[48969, true, 0, -1.5, 81], {"a": 5840, "$ref": 112588.60672236515}, [53130, null, null, "\"Ybbbé'.-acY\nY a\nY''\"a-\n-", 482770.52812784695, -1.5], {}, {"9lives": 0, "$ref": 613407.7672330039, "user_id": 65384.1099562037}], "data": [-1.5]}]).to.have.lengthOf(99) })"#,
        r#"expected [ -1.5, { 'first-name': null }, …(2) ] to have a length of 99 but got 4"#,
    ),
    (
        r#"__m(function(){ expect([[[["_\\b 9Ya\"é Zc_-Yc- ZXéca99X.'.'c\\Z\"Z 9"], {}], true], [{"name": ["-YZ", true, 49756, true, 56075], "x y": [null], "9lives": [483741.725104764, -1.5, true], "_k": {"a": null, "data": -1.5, "first-name": 81985}}, {"first-name": null, "_k": [true, null, 57751, null, 141657.73175991102]}, "", "\\\n\n\"9Y\n-", [{"9lives": null}, {"items": 51569.44478875625, "x y": 0, "9lives": -1.5, "_k": null, "first-name": true}], {"user_id": {"id": 19071, "first-name": 0, "_k": -1.5}}], 0, {"id": [-1.5], "name": [82903, {"name": 0}, [-1.5], 0, 70174], "x y": {"id": null, "data": "\\", "user_id": {"9lives": true, "_k": 638072.042402331, "items": null, "first-name": -1.5}}, "first-name": {"$ref": [], "user_id": true, "x y": "Z..0c9é9.Ya\"c\\\\Xa0b\\_Z.9_0é.b -Z\nc0\"acc", "first-name": [null, true, 0, "00-\nX0\\._X c\"\"0_éZ_0c\\0\"b", 721932.3733604886]}, "a": {"$ref": {"name": 720814.439570291, "$ref": 0}, "user_id": 48207, "_k": "9\".9Z_\\Xaé\nbY\"\".é.a9a Z_\\09_'_9\\écX\\9", "id": 0}}, 233678.32142658273, []]).to.be.a("function") })"#,
        r#"expected [ [ [ …(2) ], true ], …(5) ] to be a function"#,
    ),
    (
        r#"__m(function(){ expect({"x y": 0, "id": 0}).to.have.property("zz") })"#,
        r#"expected { 'x y': +0, id: +0 } to have property 'zz'"#,
    ),
    (
        r#"__m(function(){ expect([{"user_id": {"9lives": {"9lives": 44049, "user_id": 55528.519908008115}, "items": 15865, "$ref": {"a": null}, "x y": {"first-name": null, "$ref": 335139.2125981966, "a": "b'_Y_0'9"}, "_k": [0, -1.5, null]}}, 809294.984414462, [], null, [null, [{"a\\\n_'éécb'": "", "a": 89333, "id": -1.5}, 67995, {"x y": null, "$ref": 0, "name": null, "9lives": 696163.502737308, " .00\"Z..": 0}], {"_k": [], "name": 64775, "id": true}]]).to.be.a("function") })"#,
        r#"expected [ { user_id: { …(5) } }, …(4) ] to be a function"#,
    ),
    (
        r#"__m(function(){ expect({"name": {"first-name": {"items": {"a": -1.5, "$ref": -1.5}, "$ref": null, "a": {"9lives": 0, "ZX-é.9 ZZY": 0}}}, "\\bZ-_'Y\n": {}, "\\0c": {"x y": {"id": true}, "data": [{"id": 0, "a": 162905.36332196338, "$ref": -1.5}, 0]}, "_k": {"a": [{"first-name": ". 'Y0.\\\"'X_\"' Z-9aba0\"X-\\..9Z9\"-Z\n \n\"'\\X_", "a.0_ 'é\\_X": 847626.5151290385, "$ref": -966, "9lives": 95901}, null, {"data": -1.5}, {}]}}).to.not.be.ok })"#,
        r#"expected { …(4) } to be falsy"#,
    ),
    (
        r#"__m(function(){ expect([0]).to.include("zz") })"#,
        r#"expected [ +0 ] to include 'zz'"#,
    ),
    (
        r#"__m(function(){ expect("\\Y__\\90\n 9cY\"a Z.-._\\Y\\éX Y\"b\nZ'9ZZ'a_").to.not.be.ok })"#,
        r#"expected '\Y__\90\n 9cY"a Z.-._\Y\éX Y"b\nZ\'9Z…' to be falsy"#,
    ),
    (
        r#"__m(function(){ expect(-1.5).to.not.be.ok })"#,
        r#"expected -1.5 to be falsy"#,
    ),
    (
        r#"__m(function(){ expect([{"user_id": [[94358, "Y099aY  XcY\\'\"abéZ Y\"'\nZ-"], 512014.0753366861, -1.5, [0, "c", 24058, true], {"data": 59607, "first-name": -1.5}, {"data": 0, "9lives": 284495.5929519809, "id": 0, "$ref": -1.5, "items": 570947.4146963223}], "9lives": [{"9lives": 46361}, ["\\9Y", 82484, 0, 0], {"a": -1.5, "name": true, "$ref": 947080.9904200067}], "$ref": [{}, 124787.7669673445, {"_k": 0, "9lives": -1.5}, [-1.5, true, "X cZcc.-béZc'\\.0\\ \n\"\\\\\\XZ\"ccXc-\n\"éY'\n0\"c9", true, "X'9\\-'\"\\b0\\Z.cb9'X-\\-'X-\n", 893230.1710879417], -1.5, {"user_id": null}, " X \\aX\n."]}, {"_k": {"user_id": true, "9lives": [85599, "'-\n\n-\\c_b\\\\'.\\éXa9_X'X9 - Zé'_a\\0.0éa'Z", true, 73348], "data": {"first-name": null}, "_k": {"user_id": 0}, "a": " bc.\"'Z.\n9\\9_9 Y-YZY'-\"\"0", "items": true}}, {"first-name": null, "name": -1.5, "Y00": [32135, {}]}]).to.be.a("function") })"#,
        r#"expected [ { …(3) }, …(2) ] to be a function"#,
    ),
    (
        r#"__m(function(){ expect({"items": {"id": -1.5, "data": {"9.a": 745440.2404468453, "name": null, "9lives": ".\"'_Z\"YbXb\"c_b 0cé \\\nZ\"céX.-'X9_'Ya'.\"a9éb\\9é'aa cbc_'b\\'-c_", "user_id": [null, 0, 76253, null, true, true], "_k": 0}, "$ref": {"name": 68414}, "a": {"Z.c YcX-Y9": {"first-name": 0, "name": -1.5}, "first-name": [], "items": 466127.7440414396, "_k": {"_k": 67434}}}}).to.equal(1) })"#,
        r#"expected { items: { id: -1.5, …(3) } } to equal 1"#,
    ),
    (
        r#"__m(function(){ expect(0).to.be.empty })"#,
        r#".empty was passed non-string primitive +0"#,
    ),
    (
        r#"__m(function(){ expect(true).to.be.a("function") })"#,
        r#"expected true to be a function"#,
    ),
    (
        r#"__m(function(){ expect({"9lives": true, "name": {"user_id": {"9lives": [], "name": 844631.8808684902, "id": {"9lives": null}, "Zb 9é__X_Y": {"data": "9é'\"a.\"\n\\9\n\\0XaZ-0é c-Z--\n\"é_9'b\\\"Xa. ca", "items": 69089, "first-name": null}, "user_id": 55453, "items": [-1.5, 0, 80159]}, "items": [[null, 583137.0032587862, -1.5, 912929.1489862814], 24580, {"user_id": 86717}, [true, true, null, "a. 9.  \\", 964448.0591556662, 0, 0], {"items": -1.5, "$ref": null, "9lives": null}, 13049], "first-name": {"$ref": {"X\n\n.. a-a0": "9cbbb_-'\"9b'cb'Y \\b é9\n\nX \n- éb'\\\\  _X", "Z": 927555.1966089935, "$ref": 0, "first-name": null}}}}).to.be.a("function") })"#,
        r#"expected { '9lives': true, name: { …(3) } } to be a function"#,
    ),
    (
        r#"__m(function(){ expect({"$ref": {"first-name": {"bb\"": null}, "9lives": {}, "items": 85673, "name": {"user_id": {"$ref": -1.5, "id": "\n9aX0X\n'' 0é-é.'\"Z YéY0X\"'bb_é\"\\Y\\c-\\ \"a"}, "x y": {" -\\ZX\\aé\"-": -1.5, "_k": true, "first-name": 245247.48540614848, "x y": "\néXZb.\\0"}, "9lives": [null, true, 816460.3072385042, 0, 0, 536264.908263516], "name": "\nY\\\\.X._ XXZéX-9.\\\"\\'-béXb_\\--a-'Xba\na", "$ref": 0}, "  \nX-9b9Y0": [[27018, 33870, null, null], {"a": 354406.9079044565, "ZX.\n\\.cYb_": true, "id": 714536.3497167747}, [78886, null, "X c\n.X\\'\"X0 a'a", -1.5, true], {"$ref": true, "name": 68430, "_k": 600973.7924334973}, true, [690791.5647477988], -1.5]}, "x y": [], "9lives": null, "_k": {"id": [[true, 0, true, -1.5, 11743], {"id": 0}, {"x y": 0, "_k": null}, {"id": -1.5}, 35487.56864757219], "x y": true, "name": {"a": ["\"aZa _c._0\n._- .0a\n0cXé_-_c.Y --.'\".a b_a9c\"- YX_bZ-'\"\"\\é\"Xa", 0, 0, null]}, "9lives": null}, "data": {"9lives": [{"$ref": 0}, [715198.9744165334, 2975, 76016.46355080938], {"user_id": 97996, "9lives": -1.5}], "'Z \nZcb\\a.": [{"9lives": -1.5, "user_id": true}, {"name": 0, "$ref": true}], "id": {"a": {"items": 0}, "$ref": {}, "items": [284, 0, 0], "name": ["\"\"Z9c\né\né\\\\-_\n0Y-bb\nb'_cc\\bcbéXé'-\naX'90.Y\"YéZXb'a'Y.0éXX\nYa", true], "data": [null]}, "data": 0}}).to.eql({q: 1}) })"#,
        r#"expected { '$ref': { …(5) }, 'x y': [], …(3) } to deeply equal { q: 1 }"#,
    ),
    (
        r#"__m(function(){ expect({}).to.have.lengthOf(99) })"#,
        r#"expected {} to have property 'length'"#,
    ),
    (
        r#"__m(function(){ expect({"x y": [" \\0Zéa_\\_'X.\"Zb\n\nb'acé'.\"", {}, {}, 13945, -1.5], "items": {}, "_k": {"id": "909é\\Zac-éX-.Z .\"acYb\\bé\n' b-a\\-\nY\nc_Z-Z", "9lives": 0, "user_id": {}, "x y": {"data": null, "_k": {"x y": "'9 ", "9lives": true, "user_id": ".Z'ZY\\0\\\n'.éb_a_9bb__XY0.\\é9ca\nZc--0\"c a'-\"Y_c..Za\"Z-X'XbZé-"}, "x y": [true, "9\n\n0''\\\\c_90éYé-'bX\\Y9ab _Y\"- \"-b\ncaé.\n", "\"\"b \\b\n ", null, 15626, true], "id": {"90Z": 766451.8242144054, "x y": "\n"}}, "name": {"data": {"user_id": 67336, "9lives": 544963.7822937192, "'a.": null, "data": 17989}, "_k": -1.5, "user_id": {"first-name": 0, "$ref": "cc'_ .___9 .éc.ZZYaYaabZ\"\n\n\n\\XY--'-._"}, "a": {"cZZ'é'0Y_0": 2555, "id": null, "$ref": null}, "x y": {}}, "a": []}, "9lives": [{"name": "0'X-Yc\"c-bYb0b\\"}, -1.5], "a": [-1.5]}).to.have.property("zz") })"#,
        r#"expected { 'x y': [ …(5) ], items: {}, …(3) } to have property 'zz'"#,
    ),
    (
        r#"__m(function(){ expect({"_k": [[-1.5, [-1.5, "-_\"", "X"], true, {"Z..90_9X\"_": 0}, "a Y\\Yé'c"], {"_k": null, "id": [0], "first-name": [null, -1.5, 0, 537709.5819858965, 0, 90888, 0], "$ref": true}, true, [null, -1.5, {"items": "b Z_\\a\"a", "id": 167043.0231451332}, [-1.5, -1.5, 97001.56819934868]], [[0, -1.5, 590510.0023682029, "aaa"], {"user_id": -1.5, "cXb XéX\\_Y": 551966.2251248381}, {"user_id": -1.5, "data": true}, [41347, 622653.3647494426, 191885.8736893123, 88350], {"_k": "\\. 9c-Z-Zac -a9", "first-name": -1.5, "data": "'-éX\n\\ \".éé-Z9c- \\\n9YéY.cXaX.XYXYa\"\\abc", "$ref": 92084}, [true, 75399, 0, 864256.8273620402, null], {"data": "X-X\\9\n 0a\"X\n\\b\n\"a\n.'X\".-9XécXc--ééé\n0_XY\\", "9lives": true, "id": 218758.54111140114, "ac'9'\\.cX ": null}]], "name": {"\\Y\".bYXY": {}, "data": [{"user_id": "--ab\na\"'\\ZX9.b é\n'YZa\"\\b_X\\XZ9'Y aY0\n"}, [86204, -1.5, 87271.73382874153, 94956, true], {"name": 73592, "a": "\\"}, -1.5, {"$ref": 19553, "_k": null, "data": 344895.99648173474}, {"id": "Y\"Y\"\n.9Y\"c\\\\\"é.é'9Y-XY\nY.-.\\_0.- a-\\ Xa", "items": 0}], "$ref": {}, "x y": [[42793, ".9Z.a._\"0b9aéZ-\"\\b\\9 b\n 9a\"0  cXX9_ZY\".\n ", "_b9__\"-'0é._9-X0\n'\na0\"09 \né\\.'_Y0Y\\\"\\\"", null], 0, 68010]}}).to.be.oneOf([1, 2]) })"#,
        r#"expected { _k: [ [ -1.5, …(4) ], …(4) ], …(1) } to be one of [ 1, 2 ]"#,
    ),
    (
        r#"__m(function(){ expect(-1.5).to.equal(1) })"#,
        r#"expected -1.5 to equal 1"#,
    ),
    (
        r#"__m(function(){ expect(30745).to.not.be.ok })"#,
        r#"expected 30745 to be falsy"#,
    ),
    (
        r#"__m(function(){ expect({"name": -1.5, "$ref": ["_''\nc'-b00\"9X X_ écééX.Yb0Z._aX0-X.-\\9-a.cZ0-\\-\n-'c_Y\" é\"\"9Z", {"_k": {"user_id": "", "data": -1.5, "id": true, "name": 458990.25414802984, "x y": 182490.15462961904}, "a": {"a": 0, "id": -1.5, "_k": -1.5}, "items": {}, "user_id": {"id": -1.5, "name": 61783, "data": null, "x y": -1.5}}, {"$ref": {"$ref": true, "x y": 732680.6627562146, "data": -1.5, "items": 85279}, "x y": {"x y": 12940, "name": "\"b-Zba_-", "9lives": null, "data": 0}, "id": {"first-name": 0, "x y": 607349.3296049342, "9lives": true}}, 662093.6308441428, [{"items": 0, "user_id": 0, "0b ": 0, "a": 0}, null, "X\n\\-\nbb0", {"id": "\n\n9X.a.\n0Yéé\nZ\nYca\n\"éc cY", "name": -1.5, "$ref": -1.5}]], "first-name": [0, [{"first-name": 235119.4252682677}]], "data": {"a": []}, "user_id": 0}).to.include("zz") })"#,
        r#"the given combination of arguments (object and string) is invalid for this assertion. You can use an array, a map, an object, a set, a string, or a weakset instead of a string"#,
    ),
    (
        r#"__m(function(){ expect({"items": [{"name": -1.5}]}).to.not.be.ok })"#,
        r#"expected { items: [ { name: -1.5 } ] } to be falsy"#,
    ),
    (
        r#"CryptoJS.SHA3('abc').toString()"#,
        r#"18587dc2ea106b9a1563e32b3312421ca164c7f1f07bc922a9c83d77cea3a1e5d0c69910739025372dc14ac9642629379540c17e2a65b19d77aa511a9d00bb96"#,
    ),
    (
        r#"CryptoJS.SHA3('abc', {outputLength: 256}).toString()"#,
        r#"4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45"#,
    ),
    (
        r#"CryptoJS.SHA3('', {outputLength: 224}).toString()"#,
        r#"f71837502ba8e10837bdd8d365adb85591895602fc552b48b7390abd"#,
    ),
    (
        r#"CryptoJS.RIPEMD160('abc').toString()"#,
        r#"8eb208f7e05d987a9b044a8e98c6b087f15a0bfc"#,
    ),
    (
        r#"CryptoJS.HmacRIPEMD160('msg', 'key').toString()"#,
        r#"af9f1041c7727ee3161fdbda8821364fb888a0e2"#,
    ),
    (
        r#"CryptoJS.HmacSHA3('msg', 'key').toString()"#,
        r#"94a98ffb3db455c3a3704374433124118d39b7f3fca5ea8d9ffae8b5b2ed59489029c1a58b977bd37583108d30c8eb3fb71962bfb2e331e5f557ecc51fe6b78a"#,
    ),
    (
        r#"CryptoJS.algo.SHA3.create({outputLength: 384}).update('ab').finalize('c').toString()"#,
        r#"f7df1165f033337be098e7d288ad6a2f74409d7a60b49c36642218de161b1f99f8c681e4afaf31a34db29fb763e3c28e"#,
    ),
    (
        r#"CryptoJS.DES.encrypt('hello des', CryptoJS.enc.Hex.parse('0123456789abcdef'), {iv: CryptoJS.enc.Hex.parse('0000000000000000')}).toString()"#,
        r#"WlO0UgfSfA4BnLmvWrX1Ug=="#,
    ),
    (
        r#"CryptoJS.TripleDES.encrypt('hello tdes', CryptoJS.enc.Hex.parse('0123456789abcdeffedcba987654321089abcdef01234567'), {iv: CryptoJS.enc.Hex.parse('1122334455667788')}).toString()"#,
        r#"DpPD8mBQTWVDn5levj9eSw=="#,
    ),
    (
        r#"CryptoJS.TripleDES.encrypt('hello tdes', CryptoJS.enc.Hex.parse('0123456789abcdeffedcba987654321089abcdef01234567'), {mode: CryptoJS.mode.ECB}).toString()"#,
        r#"5mFCnhEpiCKnnTpCDofuww=="#,
    ),
    (
        r#"CryptoJS.TripleDES.decrypt(CryptoJS.TripleDES.encrypt('round', 'pass').toString(), 'pass').toString(CryptoJS.enc.Utf8)"#,
        r#"round"#,
    ),
    (
        r#"CryptoJS.DES.decrypt(CryptoJS.DES.encrypt('round', 'pass').toString(), 'pass').toString(CryptoJS.enc.Utf8)"#,
        r#"round"#,
    ),
    (
        r#"CryptoJS.AES.encrypt('nopad-16-bytes!!', CryptoJS.enc.Hex.parse('000102030405060708090a0b0c0d0e0f'), {iv: CryptoJS.enc.Hex.parse('000102030405060708090a0b0c0d0e0f'), padding: CryptoJS.pad.NoPadding}).ciphertext.toString()"#,
        r#"8022756eb903ddf96e788cdebb5c60d1"#,
    ),
    (
        r#"CryptoJS.AES.decrypt('U2FsdGVkX19vcosFSmDHMiiasrGwTR08JoWYoLgtalI=', 'secret').toString(CryptoJS.enc.Utf8)"#,
        r#"Hello, cogman!"#,
    ),
    (
        r#"new (__cogman_libs ? __cogman_libs.xml2js : require('xml2js')).Builder().buildObject({root: {a: 1, b: 'x & y', c: null, d: {e: 'f', $: {id: 7}}}})"#,
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<root>
  <a>1</a>
  <b>x &amp; y</b>
  <c/>
  <d id="7">
    <e>f</e>
  </d>
</root>"#,
    ),
    (
        r#"new (__cogman_libs ? __cogman_libs.xml2js : require('xml2js')).Builder().buildObject({a: 1, b: 2})"#,
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<root>
  <a>1</a>
  <b>2</b>
</root>"#,
    ),
    (
        r#"new (__cogman_libs ? __cogman_libs.xml2js : require('xml2js')).Builder({headless: true, renderOpts: {pretty: false}}).buildObject({r: {item: ['1', {x: 2}], $: {q: 'a"b'}}})"#,
        r#"<r q="a&quot;b"><item>1</item><item><x>2</x></item></r>"#,
    ),
    (
        r#"new (__cogman_libs ? __cogman_libs.xml2js : require('xml2js')).Builder({rootName: 'Envelope', cdata: true}).buildObject({Body: {_: 'text'}, Head: '<b>'})"#,
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Envelope>
  <Body>text</Body>
  <Head><![CDATA[<b>]]></Head>
</Envelope>"#,
    ),
    (
        r#"new (__cogman_libs ? __cogman_libs.xml2js : require('xml2js')).Builder().buildObject({root: {_: 'txt', $: {a: 1}}})"#,
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<root a="1">txt</root>"#,
    ),
    (
        r#"new (__cogman_libs ? __cogman_libs.xml2js : require('xml2js')).Builder().buildObject({root: {empty: ''}})"#,
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<root>
  <empty/>
</root>"#,
    ),
    (
        r#"JSON.stringify(L('querystring').parse('a=1&b=x%20y&a=2&c=&d+e=f+g'))"#,
        r#"{"a":["1","2"],"b":"x y","c":"","d e":"f g"}"#,
    ),
    (
        r#"L('querystring').stringify({a: [1, 2], b: 'x y', c: null, d: true, e: 'é&'})"#,
        r#"a=1&a=2&b=x%20y&c=&d=true&e=%C3%A9%26"#,
    ),
    (
        r#"JSON.stringify(L('url').parse('https://user:pw@Example.COM:8443/p/a/t/h?query=string&x=1#hash'))"#,
        r##"{"protocol":"https:","slashes":true,"auth":"user:pw","host":"example.com:8443","port":"8443","hostname":"example.com","hash":"#hash","search":"?query=string&x=1","query":"query=string&x=1","pathname":"/p/a/t/h","path":"/p/a/t/h?query=string&x=1","href":"https://user:pw@example.com:8443/p/a/t/h?query=string&x=1#hash"}"##,
    ),
    (
        r#"JSON.stringify(L('url').parse('https://example.com/p?x=1&x=2', true).query)"#,
        r#"{"x":["1","2"]}"#,
    ),
    (
        r#"JSON.stringify(L('url').parse('http://example.com'))"#,
        r#"{"protocol":"http:","slashes":true,"auth":null,"host":"example.com","port":null,"hostname":"example.com","hash":null,"search":null,"query":null,"pathname":"/","path":"/","href":"http://example.com/"}"#,
    ),
    (
        r#"JSON.stringify(L('url').parse('/relative/path?q=1'))"#,
        r#"{"protocol":null,"slashes":null,"auth":null,"host":null,"port":null,"hostname":null,"hash":null,"search":"?q=1","query":"q=1","pathname":"/relative/path","path":"/relative/path?q=1","href":"/relative/path?q=1"}"#,
    ),
    (
        r#"L('url').format({protocol: 'https', hostname: 'example.com', pathname: '/some/path', query: {page: 1, format: 'json'}})"#,
        r#"https://example.com/some/path?page=1&format=json"#,
    ),
    (
        r#"L('url').resolve('http://example.com/one/two', 'three')"#,
        r#"http://example.com/one/three"#,
    ),
    (
        r#"L('url').resolve('http://example.com/one/two', '/three')"#,
        r#"http://example.com/three"#,
    ),
    (
        r#"L('url').resolve('http://example.com/one/two', '../x?y=1')"#,
        r#"http://example.com/x?y=1"#,
    ),
    (
        r#"JSON.stringify(L('csv-parse/lib/sync')('a,b\n1,"x,y"\n2,"he said ""hi"""\n', {columns: true}))"#,
        r#"[{"a":"1","b":"x,y"},{"a":"2","b":"he said \"hi\""}]"#,
    ),
    (
        r#"JSON.stringify(L('csv-parse/lib/sync')('a;b\r\n1;2\r\n\r\n3;4', {delimiter: ';', skip_empty_lines: true}))"#,
        r#"[["a","b"],["1","2"],["3","4"]]"#,
    ),
    (
        r#"JSON.stringify(L('csv-parse/lib/sync')(' a , b \n1,2', {trim: true}))"#,
        r#"[["a","b"],["1","2"]]"#,
    ),
    (
        r#"JSON.stringify(L('csv-parse/lib/sync')('a,b\n1,2', {columns: true, cast: true}))"#,
        r#"[{"a":1,"b":2}]"#,
    ),
    (
        r#"__m(function(){ new (L('ajv'))().compile({properties: {a: {format: 'foo'}}}) })"#,
        r##"unknown format "foo" is used in schema at path "#/properties/a""##,
    ),
    (
        r#"__m(function(){ new (L('ajv'))().compile({items: [{format: 'baz'}]}) })"#,
        r##"unknown format "baz" is used in schema at path "#/items/0""##,
    ),
    (
        r#"__m(function(){ new (L('ajv'))().compile({definitions: {x: {format: 'q'}}}) })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect({a: 1}).to.have.jsonSchema({properties: {a: {format: 'int32'}}}) })"#,
        r##"unknown format "int32" is used in schema at path "#/properties/a""##,
    ),
    (
        r#"(function () { tv4.addSchema('http://example.com/s.json', {type: 'string'}); return tv4V(5, {$ref: 'http://example.com/s.json'}); })()"#,
        r#"false Invalid type: number (expected string) ; 0 ;  ; /type"#,
    ),
    (
        r#"(function () { var A = L('ajv'); var a = new A(); a.addSchema({$id: 'http://x.com/item', type: 'object', required: ['id']}); return a.validate({type: 'array', items: {$ref: 'http://x.com/item'}}, [{}]) + ' ' + a.errorsText(); })()"#,
        r#"false data[0] should have required property '.id'"#,
    ),
    (
        r#"(function () { var A = L('ajv'); var a = new A(); a.addSchema({type: 'number'}, 'num'); return a.validate('num', 'x') + ' ' + a.errorsText(); })()"#,
        r#"false data should be number"#,
    ),
    (
        r#"tv4V({a: 1}, {definitions: {n: {type: 'string'}}, properties: {a: {$ref: '#/definitions/n'}}})"#,
        r#"false Invalid type: number (expected string) ; 0 ; /a ; /properties/a/type"#,
    ),
    (
        r#"(function () { var A = L('ajv'); var a = new A(); return a.validate({required: ['a-b']}, {}) + ' ' + a.errorsText(); })()"#,
        r#"false data should have required property '['a-b']'"#,
    ),
    (
        r#"(function () { var A = L('ajv'); var a = new A(); var v = a.compile({required: ['x', 'y']}); v({}); return JSON.stringify(v.errors); })()"#,
        r##"[{"keyword":"required","dataPath":"","schemaPath":"#/required","params":{"missingProperty":".x"},"message":"should have required property '.x'"}]"##,
    ),
    (
        r#"JSON.stringify(L('lodash').camelCase("fooBar"))"#,
        r#""fooBar""#,
    ),
    (
        r#"JSON.stringify(L('lodash').kebabCase("fooBar"))"#,
        r#""foo-bar""#,
    ),
    (
        r#"JSON.stringify(L('lodash').snakeCase("fooBar"))"#,
        r#""foo_bar""#,
    ),
    (
        r#"JSON.stringify(L('lodash').startCase("fooBar"))"#,
        r#""Foo Bar""#,
    ),
    (
        r#"JSON.stringify(L('lodash').lowerCase("fooBar"))"#,
        r#""foo bar""#,
    ),
    (
        r#"JSON.stringify(L('lodash').upperCase("fooBar"))"#,
        r#""FOO BAR""#,
    ),
    (
        r#"JSON.stringify(L('lodash').capitalize("fooBar"))"#,
        r#""Foobar""#,
    ),
    (
        r#"JSON.stringify(L('lodash').upperFirst("fooBar"))"#,
        r#""FooBar""#,
    ),
    (
        r#"JSON.stringify(L('lodash').lowerFirst("fooBar"))"#,
        r#""fooBar""#,
    ),
    (
        r#"JSON.stringify(L('lodash').words("fooBar"))"#,
        r#"["foo","Bar"]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').trim("fooBar"))"#,
        r#""fooBar""#,
    ),
    (
        r#"JSON.stringify(L('lodash').escape("fooBar"))"#,
        r#""fooBar""#,
    ),
    (
        r#"JSON.stringify(L('lodash').toUpper("fooBar"))"#,
        r#""FOOBAR""#,
    ),
    (
        r#"JSON.stringify(L('lodash').camelCase("foo_bar baz"))"#,
        r#""fooBarBaz""#,
    ),
    (
        r#"JSON.stringify(L('lodash').kebabCase("foo_bar baz"))"#,
        r#""foo-bar-baz""#,
    ),
    (
        r#"JSON.stringify(L('lodash').snakeCase("foo_bar baz"))"#,
        r#""foo_bar_baz""#,
    ),
    (
        r#"JSON.stringify(L('lodash').startCase("foo_bar baz"))"#,
        r#""Foo Bar Baz""#,
    ),
    (
        r#"JSON.stringify(L('lodash').lowerCase("foo_bar baz"))"#,
        r#""foo bar baz""#,
    ),
    (
        r#"JSON.stringify(L('lodash').upperCase("foo_bar baz"))"#,
        r#""FOO BAR BAZ""#,
    ),
    (
        r#"JSON.stringify(L('lodash').capitalize("foo_bar baz"))"#,
        r#""Foo_bar baz""#,
    ),
    (
        r#"JSON.stringify(L('lodash').upperFirst("foo_bar baz"))"#,
        r#""Foo_bar baz""#,
    ),
    (
        r#"JSON.stringify(L('lodash').lowerFirst("foo_bar baz"))"#,
        r#""foo_bar baz""#,
    ),
    (
        r#"JSON.stringify(L('lodash').words("foo_bar baz"))"#,
        r#"["foo","bar","baz"]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').trim("foo_bar baz"))"#,
        r#""foo_bar baz""#,
    ),
    (
        r#"JSON.stringify(L('lodash').escape("foo_bar baz"))"#,
        r#""foo_bar baz""#,
    ),
    (
        r#"JSON.stringify(L('lodash').toUpper("foo_bar baz"))"#,
        r#""FOO_BAR BAZ""#,
    ),
    (
        r#"JSON.stringify(L('lodash').camelCase("  Hello World  "))"#,
        r#""helloWorld""#,
    ),
    (
        r#"JSON.stringify(L('lodash').kebabCase("  Hello World  "))"#,
        r#""hello-world""#,
    ),
    (
        r#"JSON.stringify(L('lodash').snakeCase("  Hello World  "))"#,
        r#""hello_world""#,
    ),
    (
        r#"JSON.stringify(L('lodash').startCase("  Hello World  "))"#,
        r#""Hello World""#,
    ),
    (
        r#"JSON.stringify(L('lodash').lowerCase("  Hello World  "))"#,
        r#""hello world""#,
    ),
    (
        r#"JSON.stringify(L('lodash').upperCase("  Hello World  "))"#,
        r#""HELLO WORLD""#,
    ),
    (
        r#"JSON.stringify(L('lodash').capitalize("  Hello World  "))"#,
        r#""  hello world  ""#,
    ),
    (
        r#"JSON.stringify(L('lodash').upperFirst("  Hello World  "))"#,
        r#""  Hello World  ""#,
    ),
    (
        r#"JSON.stringify(L('lodash').lowerFirst("  Hello World  "))"#,
        r#""  Hello World  ""#,
    ),
    (
        r#"JSON.stringify(L('lodash').words("  Hello World  "))"#,
        r#"["Hello","World"]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').trim("  Hello World  "))"#,
        r#""Hello World""#,
    ),
    (
        r#"JSON.stringify(L('lodash').escape("  Hello World  "))"#,
        r#""  Hello World  ""#,
    ),
    (
        r#"JSON.stringify(L('lodash').toUpper("  Hello World  "))"#,
        r#""  HELLO WORLD  ""#,
    ),
    (
        r#"JSON.stringify(L('lodash').camelCase("XMLHttpRequest2"))"#,
        r#""xmlHttpRequest2""#,
    ),
    (
        r#"JSON.stringify(L('lodash').kebabCase("XMLHttpRequest2"))"#,
        r#""xml-http-request-2""#,
    ),
    (
        r#"JSON.stringify(L('lodash').snakeCase("XMLHttpRequest2"))"#,
        r#""xml_http_request_2""#,
    ),
    (
        r#"JSON.stringify(L('lodash').startCase("XMLHttpRequest2"))"#,
        r#""XML Http Request 2""#,
    ),
    (
        r#"JSON.stringify(L('lodash').lowerCase("XMLHttpRequest2"))"#,
        r#""xml http request 2""#,
    ),
    (
        r#"JSON.stringify(L('lodash').upperCase("XMLHttpRequest2"))"#,
        r#""XML HTTP REQUEST 2""#,
    ),
    (
        r#"JSON.stringify(L('lodash').capitalize("XMLHttpRequest2"))"#,
        r#""Xmlhttprequest2""#,
    ),
    (
        r#"JSON.stringify(L('lodash').upperFirst("XMLHttpRequest2"))"#,
        r#""XMLHttpRequest2""#,
    ),
    (
        r#"JSON.stringify(L('lodash').lowerFirst("XMLHttpRequest2"))"#,
        r#""xMLHttpRequest2""#,
    ),
    (
        r#"JSON.stringify(L('lodash').words("XMLHttpRequest2"))"#,
        r#"["XML","Http","Request","2"]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').trim("XMLHttpRequest2"))"#,
        r#""XMLHttpRequest2""#,
    ),
    (
        r#"JSON.stringify(L('lodash').escape("XMLHttpRequest2"))"#,
        r#""XMLHttpRequest2""#,
    ),
    (
        r#"JSON.stringify(L('lodash').toUpper("XMLHttpRequest2"))"#,
        r#""XMLHTTPREQUEST2""#,
    ),
    (
        r#"JSON.stringify(L('lodash').camelCase("user-ID_number"))"#,
        r#""userIdNumber""#,
    ),
    (
        r#"JSON.stringify(L('lodash').kebabCase("user-ID_number"))"#,
        r#""user-id-number""#,
    ),
    (
        r#"JSON.stringify(L('lodash').snakeCase("user-ID_number"))"#,
        r#""user_id_number""#,
    ),
    (
        r#"JSON.stringify(L('lodash').startCase("user-ID_number"))"#,
        r#""User ID Number""#,
    ),
    (
        r#"JSON.stringify(L('lodash').lowerCase("user-ID_number"))"#,
        r#""user id number""#,
    ),
    (
        r#"JSON.stringify(L('lodash').upperCase("user-ID_number"))"#,
        r#""USER ID NUMBER""#,
    ),
    (
        r#"JSON.stringify(L('lodash').capitalize("user-ID_number"))"#,
        r#""User-id_number""#,
    ),
    (
        r#"JSON.stringify(L('lodash').upperFirst("user-ID_number"))"#,
        r#""User-ID_number""#,
    ),
    (
        r#"JSON.stringify(L('lodash').lowerFirst("user-ID_number"))"#,
        r#""user-ID_number""#,
    ),
    (
        r#"JSON.stringify(L('lodash').words("user-ID_number"))"#,
        r#"["user","ID","number"]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').trim("user-ID_number"))"#,
        r#""user-ID_number""#,
    ),
    (
        r#"JSON.stringify(L('lodash').escape("user-ID_number"))"#,
        r#""user-ID_number""#,
    ),
    (
        r#"JSON.stringify(L('lodash').toUpper("user-ID_number"))"#,
        r#""USER-ID_NUMBER""#,
    ),
    (
        r#"JSON.stringify(L('lodash').camelCase("camelCaseString"))"#,
        r#""camelCaseString""#,
    ),
    (
        r#"JSON.stringify(L('lodash').kebabCase("camelCaseString"))"#,
        r#""camel-case-string""#,
    ),
    (
        r#"JSON.stringify(L('lodash').snakeCase("camelCaseString"))"#,
        r#""camel_case_string""#,
    ),
    (
        r#"JSON.stringify(L('lodash').startCase("camelCaseString"))"#,
        r#""Camel Case String""#,
    ),
    (
        r#"JSON.stringify(L('lodash').lowerCase("camelCaseString"))"#,
        r#""camel case string""#,
    ),
    (
        r#"JSON.stringify(L('lodash').upperCase("camelCaseString"))"#,
        r#""CAMEL CASE STRING""#,
    ),
    (
        r#"JSON.stringify(L('lodash').capitalize("camelCaseString"))"#,
        r#""Camelcasestring""#,
    ),
    (
        r#"JSON.stringify(L('lodash').upperFirst("camelCaseString"))"#,
        r#""CamelCaseString""#,
    ),
    (
        r#"JSON.stringify(L('lodash').lowerFirst("camelCaseString"))"#,
        r#""camelCaseString""#,
    ),
    (
        r#"JSON.stringify(L('lodash').words("camelCaseString"))"#,
        r#"["camel","Case","String"]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').trim("camelCaseString"))"#,
        r#""camelCaseString""#,
    ),
    (
        r#"JSON.stringify(L('lodash').escape("camelCaseString"))"#,
        r#""camelCaseString""#,
    ),
    (
        r#"JSON.stringify(L('lodash').toUpper("camelCaseString"))"#,
        r#""CAMELCASESTRING""#,
    ),
    (
        r#"JSON.stringify(L('lodash').camelCase("ÀlphaBeta"))"#,
        r#""alphaBeta""#,
    ),
    (
        r#"JSON.stringify(L('lodash').kebabCase("ÀlphaBeta"))"#,
        r#""alpha-beta""#,
    ),
    (
        r#"JSON.stringify(L('lodash').snakeCase("ÀlphaBeta"))"#,
        r#""alpha_beta""#,
    ),
    (
        r#"JSON.stringify(L('lodash').startCase("ÀlphaBeta"))"#,
        r#""Alpha Beta""#,
    ),
    (
        r#"JSON.stringify(L('lodash').lowerCase("ÀlphaBeta"))"#,
        r#""alpha beta""#,
    ),
    (
        r#"JSON.stringify(L('lodash').upperCase("ÀlphaBeta"))"#,
        r#""ALPHA BETA""#,
    ),
    (
        r#"JSON.stringify(L('lodash').capitalize("ÀlphaBeta"))"#,
        r#""Àlphabeta""#,
    ),
    (
        r#"JSON.stringify(L('lodash').upperFirst("ÀlphaBeta"))"#,
        r#""ÀlphaBeta""#,
    ),
    (
        r#"JSON.stringify(L('lodash').lowerFirst("ÀlphaBeta"))"#,
        r#""àlphaBeta""#,
    ),
    (
        r#"JSON.stringify(L('lodash').words("ÀlphaBeta"))"#,
        r#"["Àlpha","Beta"]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').trim("ÀlphaBeta"))"#,
        r#""ÀlphaBeta""#,
    ),
    (
        r#"JSON.stringify(L('lodash').escape("ÀlphaBeta"))"#,
        r#""ÀlphaBeta""#,
    ),
    (
        r#"JSON.stringify(L('lodash').toUpper("ÀlphaBeta"))"#,
        r#""ÀLPHABETA""#,
    ),
    (
        r#"JSON.stringify(L('lodash').camelCase("Émile Zola"))"#,
        r#""emileZola""#,
    ),
    (
        r#"JSON.stringify(L('lodash').kebabCase("Émile Zola"))"#,
        r#""emile-zola""#,
    ),
    (
        r#"JSON.stringify(L('lodash').snakeCase("Émile Zola"))"#,
        r#""emile_zola""#,
    ),
    (
        r#"JSON.stringify(L('lodash').startCase("Émile Zola"))"#,
        r#""Emile Zola""#,
    ),
    (
        r#"JSON.stringify(L('lodash').lowerCase("Émile Zola"))"#,
        r#""emile zola""#,
    ),
    (
        r#"JSON.stringify(L('lodash').upperCase("Émile Zola"))"#,
        r#""EMILE ZOLA""#,
    ),
    (
        r#"JSON.stringify(L('lodash').capitalize("Émile Zola"))"#,
        r#""Émile zola""#,
    ),
    (
        r#"JSON.stringify(L('lodash').upperFirst("Émile Zola"))"#,
        r#""Émile Zola""#,
    ),
    (
        r#"JSON.stringify(L('lodash').lowerFirst("Émile Zola"))"#,
        r#""émile Zola""#,
    ),
    (
        r#"JSON.stringify(L('lodash').words("Émile Zola"))"#,
        r#"["Émile","Zola"]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').trim("Émile Zola"))"#,
        r#""Émile Zola""#,
    ),
    (
        r#"JSON.stringify(L('lodash').escape("Émile Zola"))"#,
        r#""Émile Zola""#,
    ),
    (
        r#"JSON.stringify(L('lodash').toUpper("Émile Zola"))"#,
        r#""ÉMILE ZOLA""#,
    ),
    (
        r#"JSON.stringify(L('lodash').camelCase("123abc"))"#,
        r#""123Abc""#,
    ),
    (
        r#"JSON.stringify(L('lodash').kebabCase("123abc"))"#,
        r#""123-abc""#,
    ),
    (
        r#"JSON.stringify(L('lodash').snakeCase("123abc"))"#,
        r#""123_abc""#,
    ),
    (
        r#"JSON.stringify(L('lodash').startCase("123abc"))"#,
        r#""123 Abc""#,
    ),
    (
        r#"JSON.stringify(L('lodash').lowerCase("123abc"))"#,
        r#""123 abc""#,
    ),
    (
        r#"JSON.stringify(L('lodash').upperCase("123abc"))"#,
        r#""123 ABC""#,
    ),
    (
        r#"JSON.stringify(L('lodash').capitalize("123abc"))"#,
        r#""123abc""#,
    ),
    (
        r#"JSON.stringify(L('lodash').upperFirst("123abc"))"#,
        r#""123abc""#,
    ),
    (
        r#"JSON.stringify(L('lodash').lowerFirst("123abc"))"#,
        r#""123abc""#,
    ),
    (
        r#"JSON.stringify(L('lodash').words("123abc"))"#,
        r#"["123","abc"]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').trim("123abc"))"#,
        r#""123abc""#,
    ),
    (
        r#"JSON.stringify(L('lodash').escape("123abc"))"#,
        r#""123abc""#,
    ),
    (
        r#"JSON.stringify(L('lodash').toUpper("123abc"))"#,
        r#""123ABC""#,
    ),
    (
        r#"JSON.stringify(L('lodash').camelCase("abc123def"))"#,
        r#""abc123Def""#,
    ),
    (
        r#"JSON.stringify(L('lodash').kebabCase("abc123def"))"#,
        r#""abc-123-def""#,
    ),
    (
        r#"JSON.stringify(L('lodash').snakeCase("abc123def"))"#,
        r#""abc_123_def""#,
    ),
    (
        r#"JSON.stringify(L('lodash').startCase("abc123def"))"#,
        r#""Abc 123 Def""#,
    ),
    (
        r#"JSON.stringify(L('lodash').lowerCase("abc123def"))"#,
        r#""abc 123 def""#,
    ),
    (
        r#"JSON.stringify(L('lodash').upperCase("abc123def"))"#,
        r#""ABC 123 DEF""#,
    ),
    (
        r#"JSON.stringify(L('lodash').capitalize("abc123def"))"#,
        r#""Abc123def""#,
    ),
    (
        r#"JSON.stringify(L('lodash').upperFirst("abc123def"))"#,
        r#""Abc123def""#,
    ),
    (
        r#"JSON.stringify(L('lodash').lowerFirst("abc123def"))"#,
        r#""abc123def""#,
    ),
    (
        r#"JSON.stringify(L('lodash').words("abc123def"))"#,
        r#"["abc","123","def"]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').trim("abc123def"))"#,
        r#""abc123def""#,
    ),
    (
        r#"JSON.stringify(L('lodash').escape("abc123def"))"#,
        r#""abc123def""#,
    ),
    (
        r#"JSON.stringify(L('lodash').toUpper("abc123def"))"#,
        r#""ABC123DEF""#,
    ),
    (
        r#"JSON.stringify(L('lodash').camelCase("__proto__"))"#,
        r#""proto""#,
    ),
    (
        r#"JSON.stringify(L('lodash').kebabCase("__proto__"))"#,
        r#""proto""#,
    ),
    (
        r#"JSON.stringify(L('lodash').snakeCase("__proto__"))"#,
        r#""proto""#,
    ),
    (
        r#"JSON.stringify(L('lodash').startCase("__proto__"))"#,
        r#""Proto""#,
    ),
    (
        r#"JSON.stringify(L('lodash').lowerCase("__proto__"))"#,
        r#""proto""#,
    ),
    (
        r#"JSON.stringify(L('lodash').upperCase("__proto__"))"#,
        r#""PROTO""#,
    ),
    (
        r#"JSON.stringify(L('lodash').capitalize("__proto__"))"#,
        r#""__proto__""#,
    ),
    (
        r#"JSON.stringify(L('lodash').upperFirst("__proto__"))"#,
        r#""__proto__""#,
    ),
    (
        r#"JSON.stringify(L('lodash').lowerFirst("__proto__"))"#,
        r#""__proto__""#,
    ),
    (
        r#"JSON.stringify(L('lodash').words("__proto__"))"#,
        r#"["proto"]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').trim("__proto__"))"#,
        r#""__proto__""#,
    ),
    (
        r#"JSON.stringify(L('lodash').escape("__proto__"))"#,
        r#""__proto__""#,
    ),
    (
        r#"JSON.stringify(L('lodash').toUpper("__proto__"))"#,
        r#""__PROTO__""#,
    ),
    (
        r#"JSON.stringify(L('lodash').camelCase("a.b.c"))"#,
        r#""aBC""#,
    ),
    (
        r#"JSON.stringify(L('lodash').kebabCase("a.b.c"))"#,
        r#""a-b-c""#,
    ),
    (
        r#"JSON.stringify(L('lodash').snakeCase("a.b.c"))"#,
        r#""a_b_c""#,
    ),
    (
        r#"JSON.stringify(L('lodash').startCase("a.b.c"))"#,
        r#""A B C""#,
    ),
    (
        r#"JSON.stringify(L('lodash').lowerCase("a.b.c"))"#,
        r#""a b c""#,
    ),
    (
        r#"JSON.stringify(L('lodash').upperCase("a.b.c"))"#,
        r#""A B C""#,
    ),
    (
        r#"JSON.stringify(L('lodash').capitalize("a.b.c"))"#,
        r#""A.b.c""#,
    ),
    (
        r#"JSON.stringify(L('lodash').upperFirst("a.b.c"))"#,
        r#""A.b.c""#,
    ),
    (
        r#"JSON.stringify(L('lodash').lowerFirst("a.b.c"))"#,
        r#""a.b.c""#,
    ),
    (
        r#"JSON.stringify(L('lodash').words("a.b.c"))"#,
        r#"["a","b","c"]"#,
    ),
    (r#"JSON.stringify(L('lodash').trim("a.b.c"))"#, r#""a.b.c""#),
    (
        r#"JSON.stringify(L('lodash').escape("a.b.c"))"#,
        r#""a.b.c""#,
    ),
    (
        r#"JSON.stringify(L('lodash').toUpper("a.b.c"))"#,
        r#""A.B.C""#,
    ),
    (
        r#"JSON.stringify(L('lodash').camelCase("HTTP_STATUS_CODE"))"#,
        r#""httpStatusCode""#,
    ),
    (
        r#"JSON.stringify(L('lodash').kebabCase("HTTP_STATUS_CODE"))"#,
        r#""http-status-code""#,
    ),
    (
        r#"JSON.stringify(L('lodash').snakeCase("HTTP_STATUS_CODE"))"#,
        r#""http_status_code""#,
    ),
    (
        r#"JSON.stringify(L('lodash').startCase("HTTP_STATUS_CODE"))"#,
        r#""HTTP STATUS CODE""#,
    ),
    (
        r#"JSON.stringify(L('lodash').lowerCase("HTTP_STATUS_CODE"))"#,
        r#""http status code""#,
    ),
    (
        r#"JSON.stringify(L('lodash').upperCase("HTTP_STATUS_CODE"))"#,
        r#""HTTP STATUS CODE""#,
    ),
    (
        r#"JSON.stringify(L('lodash').capitalize("HTTP_STATUS_CODE"))"#,
        r#""Http_status_code""#,
    ),
    (
        r#"JSON.stringify(L('lodash').upperFirst("HTTP_STATUS_CODE"))"#,
        r#""HTTP_STATUS_CODE""#,
    ),
    (
        r#"JSON.stringify(L('lodash').lowerFirst("HTTP_STATUS_CODE"))"#,
        r#""hTTP_STATUS_CODE""#,
    ),
    (
        r#"JSON.stringify(L('lodash').words("HTTP_STATUS_CODE"))"#,
        r#"["HTTP","STATUS","CODE"]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').trim("HTTP_STATUS_CODE"))"#,
        r#""HTTP_STATUS_CODE""#,
    ),
    (
        r#"JSON.stringify(L('lodash').escape("HTTP_STATUS_CODE"))"#,
        r#""HTTP_STATUS_CODE""#,
    ),
    (
        r#"JSON.stringify(L('lodash').toUpper("HTTP_STATUS_CODE"))"#,
        r#""HTTP_STATUS_CODE""#,
    ),
    (
        r#"JSON.stringify(L('lodash').camelCase("iPhone 11 Pro"))"#,
        r#""iPhone11Pro""#,
    ),
    (
        r#"JSON.stringify(L('lodash').kebabCase("iPhone 11 Pro"))"#,
        r#""i-phone-11-pro""#,
    ),
    (
        r#"JSON.stringify(L('lodash').snakeCase("iPhone 11 Pro"))"#,
        r#""i_phone_11_pro""#,
    ),
    (
        r#"JSON.stringify(L('lodash').startCase("iPhone 11 Pro"))"#,
        r#""I Phone 11 Pro""#,
    ),
    (
        r#"JSON.stringify(L('lodash').lowerCase("iPhone 11 Pro"))"#,
        r#""i phone 11 pro""#,
    ),
    (
        r#"JSON.stringify(L('lodash').upperCase("iPhone 11 Pro"))"#,
        r#""I PHONE 11 PRO""#,
    ),
    (
        r#"JSON.stringify(L('lodash').capitalize("iPhone 11 Pro"))"#,
        r#""Iphone 11 pro""#,
    ),
    (
        r#"JSON.stringify(L('lodash').upperFirst("iPhone 11 Pro"))"#,
        r#""IPhone 11 Pro""#,
    ),
    (
        r#"JSON.stringify(L('lodash').lowerFirst("iPhone 11 Pro"))"#,
        r#""iPhone 11 Pro""#,
    ),
    (
        r#"JSON.stringify(L('lodash').words("iPhone 11 Pro"))"#,
        r#"["i","Phone","11","Pro"]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').trim("iPhone 11 Pro"))"#,
        r#""iPhone 11 Pro""#,
    ),
    (
        r#"JSON.stringify(L('lodash').escape("iPhone 11 Pro"))"#,
        r#""iPhone 11 Pro""#,
    ),
    (
        r#"JSON.stringify(L('lodash').toUpper("iPhone 11 Pro"))"#,
        r#""IPHONE 11 PRO""#,
    ),
    (
        r#"JSON.stringify(L('lodash').camelCase("don't stop"))"#,
        r#""dontStop""#,
    ),
    (
        r#"JSON.stringify(L('lodash').kebabCase("don't stop"))"#,
        r#""dont-stop""#,
    ),
    (
        r#"JSON.stringify(L('lodash').snakeCase("don't stop"))"#,
        r#""dont_stop""#,
    ),
    (
        r#"JSON.stringify(L('lodash').startCase("don't stop"))"#,
        r#""Dont Stop""#,
    ),
    (
        r#"JSON.stringify(L('lodash').lowerCase("don't stop"))"#,
        r#""dont stop""#,
    ),
    (
        r#"JSON.stringify(L('lodash').upperCase("don't stop"))"#,
        r#""DONT STOP""#,
    ),
    (
        r#"JSON.stringify(L('lodash').capitalize("don't stop"))"#,
        r#""Don't stop""#,
    ),
    (
        r#"JSON.stringify(L('lodash').upperFirst("don't stop"))"#,
        r#""Don't stop""#,
    ),
    (
        r#"JSON.stringify(L('lodash').lowerFirst("don't stop"))"#,
        r#""don't stop""#,
    ),
    (
        r#"JSON.stringify(L('lodash').words("don't stop"))"#,
        r#"["don't","stop"]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').trim("don't stop"))"#,
        r#""don't stop""#,
    ),
    (
        r#"JSON.stringify(L('lodash').escape("don't stop"))"#,
        r#""don&#39;t stop""#,
    ),
    (
        r#"JSON.stringify(L('lodash').toUpper("don't stop"))"#,
        r#""DON'T STOP""#,
    ),
    (
        r#"JSON.stringify(L('lodash').camelCase("hello   world"))"#,
        r#""helloWorld""#,
    ),
    (
        r#"JSON.stringify(L('lodash').kebabCase("hello   world"))"#,
        r#""hello-world""#,
    ),
    (
        r#"JSON.stringify(L('lodash').snakeCase("hello   world"))"#,
        r#""hello_world""#,
    ),
    (
        r#"JSON.stringify(L('lodash').startCase("hello   world"))"#,
        r#""Hello World""#,
    ),
    (
        r#"JSON.stringify(L('lodash').lowerCase("hello   world"))"#,
        r#""hello world""#,
    ),
    (
        r#"JSON.stringify(L('lodash').upperCase("hello   world"))"#,
        r#""HELLO WORLD""#,
    ),
    (
        r#"JSON.stringify(L('lodash').capitalize("hello   world"))"#,
        r#""Hello   world""#,
    ),
    (
        r#"JSON.stringify(L('lodash').upperFirst("hello   world"))"#,
        r#""Hello   world""#,
    ),
    (
        r#"JSON.stringify(L('lodash').lowerFirst("hello   world"))"#,
        r#""hello   world""#,
    ),
    (
        r#"JSON.stringify(L('lodash').words("hello   world"))"#,
        r#"["hello","world"]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').trim("hello   world"))"#,
        r#""hello   world""#,
    ),
    (
        r#"JSON.stringify(L('lodash').escape("hello   world"))"#,
        r#""hello   world""#,
    ),
    (
        r#"JSON.stringify(L('lodash').toUpper("hello   world"))"#,
        r#""HELLO   WORLD""#,
    ),
    (
        r#"JSON.stringify(L('lodash').camelCase("Foo-Bar--Baz"))"#,
        r#""fooBarBaz""#,
    ),
    (
        r#"JSON.stringify(L('lodash').kebabCase("Foo-Bar--Baz"))"#,
        r#""foo-bar-baz""#,
    ),
    (
        r#"JSON.stringify(L('lodash').snakeCase("Foo-Bar--Baz"))"#,
        r#""foo_bar_baz""#,
    ),
    (
        r#"JSON.stringify(L('lodash').startCase("Foo-Bar--Baz"))"#,
        r#""Foo Bar Baz""#,
    ),
    (
        r#"JSON.stringify(L('lodash').lowerCase("Foo-Bar--Baz"))"#,
        r#""foo bar baz""#,
    ),
    (
        r#"JSON.stringify(L('lodash').upperCase("Foo-Bar--Baz"))"#,
        r#""FOO BAR BAZ""#,
    ),
    (
        r#"JSON.stringify(L('lodash').capitalize("Foo-Bar--Baz"))"#,
        r#""Foo-bar--baz""#,
    ),
    (
        r#"JSON.stringify(L('lodash').upperFirst("Foo-Bar--Baz"))"#,
        r#""Foo-Bar--Baz""#,
    ),
    (
        r#"JSON.stringify(L('lodash').lowerFirst("Foo-Bar--Baz"))"#,
        r#""foo-Bar--Baz""#,
    ),
    (
        r#"JSON.stringify(L('lodash').words("Foo-Bar--Baz"))"#,
        r#"["Foo","Bar","Baz"]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').trim("Foo-Bar--Baz"))"#,
        r#""Foo-Bar--Baz""#,
    ),
    (
        r#"JSON.stringify(L('lodash').escape("Foo-Bar--Baz"))"#,
        r#""Foo-Bar--Baz""#,
    ),
    (
        r#"JSON.stringify(L('lodash').toUpper("Foo-Bar--Baz"))"#,
        r#""FOO-BAR--BAZ""#,
    ),
    (r#"JSON.stringify(L('lodash').camelCase(""))"#, r#""""#),
    (r#"JSON.stringify(L('lodash').kebabCase(""))"#, r#""""#),
    (r#"JSON.stringify(L('lodash').snakeCase(""))"#, r#""""#),
    (r#"JSON.stringify(L('lodash').startCase(""))"#, r#""""#),
    (r#"JSON.stringify(L('lodash').lowerCase(""))"#, r#""""#),
    (r#"JSON.stringify(L('lodash').upperCase(""))"#, r#""""#),
    (r#"JSON.stringify(L('lodash').capitalize(""))"#, r#""""#),
    (r#"JSON.stringify(L('lodash').upperFirst(""))"#, r#""""#),
    (r#"JSON.stringify(L('lodash').lowerFirst(""))"#, r#""""#),
    (r#"JSON.stringify(L('lodash').words(""))"#, r#"[]"#),
    (r#"JSON.stringify(L('lodash').trim(""))"#, r#""""#),
    (r#"JSON.stringify(L('lodash').escape(""))"#, r#""""#),
    (r#"JSON.stringify(L('lodash').toUpper(""))"#, r#""""#),
    (r#"JSON.stringify(L('lodash').camelCase(" "))"#, r#""""#),
    (r#"JSON.stringify(L('lodash').kebabCase(" "))"#, r#""""#),
    (r#"JSON.stringify(L('lodash').snakeCase(" "))"#, r#""""#),
    (r#"JSON.stringify(L('lodash').startCase(" "))"#, r#""""#),
    (r#"JSON.stringify(L('lodash').lowerCase(" "))"#, r#""""#),
    (r#"JSON.stringify(L('lodash').upperCase(" "))"#, r#""""#),
    (r#"JSON.stringify(L('lodash').capitalize(" "))"#, r#"" ""#),
    (r#"JSON.stringify(L('lodash').upperFirst(" "))"#, r#"" ""#),
    (r#"JSON.stringify(L('lodash').lowerFirst(" "))"#, r#"" ""#),
    (r#"JSON.stringify(L('lodash').words(" "))"#, r#"[]"#),
    (r#"JSON.stringify(L('lodash').trim(" "))"#, r#""""#),
    (r#"JSON.stringify(L('lodash').escape(" "))"#, r#"" ""#),
    (r#"JSON.stringify(L('lodash').toUpper(" "))"#, r#"" ""#),
    (
        r#"JSON.stringify(L('lodash').camelCase("ÄÖÜ äöü"))"#,
        r#""aouAou""#,
    ),
    (
        r#"JSON.stringify(L('lodash').kebabCase("ÄÖÜ äöü"))"#,
        r#""aou-aou""#,
    ),
    (
        r#"JSON.stringify(L('lodash').snakeCase("ÄÖÜ äöü"))"#,
        r#""aou_aou""#,
    ),
    (
        r#"JSON.stringify(L('lodash').startCase("ÄÖÜ äöü"))"#,
        r#""AOU Aou""#,
    ),
    (
        r#"JSON.stringify(L('lodash').lowerCase("ÄÖÜ äöü"))"#,
        r#""aou aou""#,
    ),
    (
        r#"JSON.stringify(L('lodash').upperCase("ÄÖÜ äöü"))"#,
        r#""AOU AOU""#,
    ),
    (
        r#"JSON.stringify(L('lodash').capitalize("ÄÖÜ äöü"))"#,
        r#""Äöü äöü""#,
    ),
    (
        r#"JSON.stringify(L('lodash').upperFirst("ÄÖÜ äöü"))"#,
        r#""ÄÖÜ äöü""#,
    ),
    (
        r#"JSON.stringify(L('lodash').lowerFirst("ÄÖÜ äöü"))"#,
        r#""äÖÜ äöü""#,
    ),
    (
        r#"JSON.stringify(L('lodash').words("ÄÖÜ äöü"))"#,
        r#"["ÄÖÜ","äöü"]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').trim("ÄÖÜ äöü"))"#,
        r#""ÄÖÜ äöü""#,
    ),
    (
        r#"JSON.stringify(L('lodash').escape("ÄÖÜ äöü"))"#,
        r#""ÄÖÜ äöü""#,
    ),
    (
        r#"JSON.stringify(L('lodash').toUpper("ÄÖÜ äöü"))"#,
        r#""ÄÖÜ ÄÖÜ""#,
    ),
    (
        r#"JSON.stringify(L('lodash').camelCase("ß straße"))"#,
        r#""ssStrasse""#,
    ),
    (
        r#"JSON.stringify(L('lodash').kebabCase("ß straße"))"#,
        r#""ss-strasse""#,
    ),
    (
        r#"JSON.stringify(L('lodash').snakeCase("ß straße"))"#,
        r#""ss_strasse""#,
    ),
    (
        r#"JSON.stringify(L('lodash').startCase("ß straße"))"#,
        r#""Ss Strasse""#,
    ),
    (
        r#"JSON.stringify(L('lodash').lowerCase("ß straße"))"#,
        r#""ss strasse""#,
    ),
    (
        r#"JSON.stringify(L('lodash').upperCase("ß straße"))"#,
        r#""SS STRASSE""#,
    ),
    (
        r#"JSON.stringify(L('lodash').capitalize("ß straße"))"#,
        r#""SS straße""#,
    ),
    (
        r#"JSON.stringify(L('lodash').upperFirst("ß straße"))"#,
        r#""SS straße""#,
    ),
    (
        r#"JSON.stringify(L('lodash').lowerFirst("ß straße"))"#,
        r#""ß straße""#,
    ),
    (
        r#"JSON.stringify(L('lodash').words("ß straße"))"#,
        r#"["ß","straße"]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').trim("ß straße"))"#,
        r#""ß straße""#,
    ),
    (
        r#"JSON.stringify(L('lodash').escape("ß straße"))"#,
        r#""ß straße""#,
    ),
    (
        r#"JSON.stringify(L('lodash').toUpper("ß straße"))"#,
        r#""SS STRASSE""#,
    ),
    (
        r#"JSON.stringify(L('lodash').camelCase("1st 2nd 3rd 4th"))"#,
        r#""1st2nd3rd4th""#,
    ),
    (
        r#"JSON.stringify(L('lodash').kebabCase("1st 2nd 3rd 4th"))"#,
        r#""1st-2nd-3rd-4th""#,
    ),
    (
        r#"JSON.stringify(L('lodash').snakeCase("1st 2nd 3rd 4th"))"#,
        r#""1st_2nd_3rd_4th""#,
    ),
    (
        r#"JSON.stringify(L('lodash').startCase("1st 2nd 3rd 4th"))"#,
        r#""1st 2nd 3rd 4th""#,
    ),
    (
        r#"JSON.stringify(L('lodash').lowerCase("1st 2nd 3rd 4th"))"#,
        r#""1st 2nd 3rd 4th""#,
    ),
    (
        r#"JSON.stringify(L('lodash').upperCase("1st 2nd 3rd 4th"))"#,
        r#""1ST 2ND 3RD 4TH""#,
    ),
    (
        r#"JSON.stringify(L('lodash').capitalize("1st 2nd 3rd 4th"))"#,
        r#""1st 2nd 3rd 4th""#,
    ),
    (
        r#"JSON.stringify(L('lodash').upperFirst("1st 2nd 3rd 4th"))"#,
        r#""1st 2nd 3rd 4th""#,
    ),
    (
        r#"JSON.stringify(L('lodash').lowerFirst("1st 2nd 3rd 4th"))"#,
        r#""1st 2nd 3rd 4th""#,
    ),
    (
        r#"JSON.stringify(L('lodash').words("1st 2nd 3rd 4th"))"#,
        r#"["1st","2nd","3rd","4th"]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').trim("1st 2nd 3rd 4th"))"#,
        r#""1st 2nd 3rd 4th""#,
    ),
    (
        r#"JSON.stringify(L('lodash').escape("1st 2nd 3rd 4th"))"#,
        r#""1st 2nd 3rd 4th""#,
    ),
    (
        r#"JSON.stringify(L('lodash').toUpper("1st 2nd 3rd 4th"))"#,
        r#""1ST 2ND 3RD 4TH""#,
    ),
    (
        r#"JSON.stringify([L('lodash').get({a: {b: 1, "x.y": 2}}, "a.b"), L('lodash').has({a: {b: 1, "x.y": 2}}, "a.b")])"#,
        r#"[1,true]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set({a: {b: 1, "x.y": 2}} || {}, "a.b", 'V'))"#,
        r#"{"a":{"b":"V","x.y":2}}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get({a: [{b: 2}, {b: 3}]}, "a.b"), L('lodash').has({a: [{b: 2}, {b: 3}]}, "a.b")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set({a: [{b: 2}, {b: 3}]} || {}, "a.b", 'V'))"#,
        r#"{"a":[{"b":2},{"b":3}]}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get([{a: 1}], "a.b"), L('lodash').has([{a: 1}], "a.b")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set([{a: 1}] || {}, "a.b", 'V'))"#,
        r#"[{"a":1}]"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get({a: {b: [5, 6]}}, "a.b"), L('lodash').has({a: {b: [5, 6]}}, "a.b")])"#,
        r#"[[5,6],true]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set({a: {b: [5, 6]}} || {}, "a.b", 'V'))"#,
        r#"{"a":{"b":"V"}}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get({"a.b": 7, a: {b: 8}}, "a.b"), L('lodash').has({"a.b": 7, a: {b: 8}}, "a.b")])"#,
        r#"[7,true]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set({"a.b": 7, a: {b: 8}} || {}, "a.b", 'V'))"#,
        r#"{"a.b":"V","a":{"b":8}}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get(null, "a.b"), L('lodash').has(null, "a.b")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set(null || {}, "a.b", 'V'))"#,
        r#"{"a":{"b":"V"}}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get({a: {b: 1, "x.y": 2}}, "a[0].b"), L('lodash').has({a: {b: 1, "x.y": 2}}, "a[0].b")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set({a: {b: 1, "x.y": 2}} || {}, "a[0].b", 'V'))"#,
        r#"{"a":{"0":{"b":"V"},"b":1,"x.y":2}}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get({a: [{b: 2}, {b: 3}]}, "a[0].b"), L('lodash').has({a: [{b: 2}, {b: 3}]}, "a[0].b")])"#,
        r#"[2,true]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set({a: [{b: 2}, {b: 3}]} || {}, "a[0].b", 'V'))"#,
        r#"{"a":[{"b":"V"},{"b":3}]}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get([{a: 1}], "a[0].b"), L('lodash').has([{a: 1}], "a[0].b")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set([{a: 1}] || {}, "a[0].b", 'V'))"#,
        r#"[{"a":1}]"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get({a: {b: [5, 6]}}, "a[0].b"), L('lodash').has({a: {b: [5, 6]}}, "a[0].b")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set({a: {b: [5, 6]}} || {}, "a[0].b", 'V'))"#,
        r#"{"a":{"0":{"b":"V"},"b":[5,6]}}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get({"a.b": 7, a: {b: 8}}, "a[0].b"), L('lodash').has({"a.b": 7, a: {b: 8}}, "a[0].b")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set({"a.b": 7, a: {b: 8}} || {}, "a[0].b", 'V'))"#,
        r#"{"a.b":7,"a":{"0":{"b":"V"},"b":8}}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get(null, "a[0].b"), L('lodash').has(null, "a[0].b")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set(null || {}, "a[0].b", 'V'))"#,
        r#"{"a":[{"b":"V"}]}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get({a: {b: 1, "x.y": 2}}, "a[\"b\"].c"), L('lodash').has({a: {b: 1, "x.y": 2}}, "a[\"b\"].c")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set({a: {b: 1, "x.y": 2}} || {}, "a[\"b\"].c", 'V'))"#,
        r#"{"a":{"b":{"c":"V"},"x.y":2}}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get({a: [{b: 2}, {b: 3}]}, "a[\"b\"].c"), L('lodash').has({a: [{b: 2}, {b: 3}]}, "a[\"b\"].c")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set({a: [{b: 2}, {b: 3}]} || {}, "a[\"b\"].c", 'V'))"#,
        r#"{"a":[{"b":2},{"b":3}]}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get([{a: 1}], "a[\"b\"].c"), L('lodash').has([{a: 1}], "a[\"b\"].c")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set([{a: 1}] || {}, "a[\"b\"].c", 'V'))"#,
        r#"[{"a":1}]"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get({a: {b: [5, 6]}}, "a[\"b\"].c"), L('lodash').has({a: {b: [5, 6]}}, "a[\"b\"].c")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set({a: {b: [5, 6]}} || {}, "a[\"b\"].c", 'V'))"#,
        r#"{"a":{"b":[5,6]}}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get({"a.b": 7, a: {b: 8}}, "a[\"b\"].c"), L('lodash').has({"a.b": 7, a: {b: 8}}, "a[\"b\"].c")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set({"a.b": 7, a: {b: 8}} || {}, "a[\"b\"].c", 'V'))"#,
        r#"{"a.b":7,"a":{"b":{"c":"V"}}}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get(null, "a[\"b\"].c"), L('lodash').has(null, "a[\"b\"].c")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set(null || {}, "a[\"b\"].c", 'V'))"#,
        r#"{"a":{"b":{"c":"V"}}}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get({a: {b: 1, "x.y": 2}}, "a['x.y']"), L('lodash').has({a: {b: 1, "x.y": 2}}, "a['x.y']")])"#,
        r#"[2,true]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set({a: {b: 1, "x.y": 2}} || {}, "a['x.y']", 'V'))"#,
        r#"{"a":{"b":1,"x.y":"V"}}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get({a: [{b: 2}, {b: 3}]}, "a['x.y']"), L('lodash').has({a: [{b: 2}, {b: 3}]}, "a['x.y']")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set({a: [{b: 2}, {b: 3}]} || {}, "a['x.y']", 'V'))"#,
        r#"{"a":[{"b":2},{"b":3}]}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get([{a: 1}], "a['x.y']"), L('lodash').has([{a: 1}], "a['x.y']")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set([{a: 1}] || {}, "a['x.y']", 'V'))"#,
        r#"[{"a":1}]"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get({a: {b: [5, 6]}}, "a['x.y']"), L('lodash').has({a: {b: [5, 6]}}, "a['x.y']")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set({a: {b: [5, 6]}} || {}, "a['x.y']", 'V'))"#,
        r#"{"a":{"b":[5,6],"x.y":"V"}}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get({"a.b": 7, a: {b: 8}}, "a['x.y']"), L('lodash').has({"a.b": 7, a: {b: 8}}, "a['x.y']")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set({"a.b": 7, a: {b: 8}} || {}, "a['x.y']", 'V'))"#,
        r#"{"a.b":7,"a":{"b":8,"x.y":"V"}}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get(null, "a['x.y']"), L('lodash').has(null, "a['x.y']")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set(null || {}, "a['x.y']", 'V'))"#,
        r#"{"a":{"x.y":"V"}}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get({a: {b: 1, "x.y": 2}}, "a.b[1]"), L('lodash').has({a: {b: 1, "x.y": 2}}, "a.b[1]")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set({a: {b: 1, "x.y": 2}} || {}, "a.b[1]", 'V'))"#,
        r#"{"a":{"b":[null,"V"],"x.y":2}}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get({a: [{b: 2}, {b: 3}]}, "a.b[1]"), L('lodash').has({a: [{b: 2}, {b: 3}]}, "a.b[1]")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set({a: [{b: 2}, {b: 3}]} || {}, "a.b[1]", 'V'))"#,
        r#"{"a":[{"b":2},{"b":3}]}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get([{a: 1}], "a.b[1]"), L('lodash').has([{a: 1}], "a.b[1]")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set([{a: 1}] || {}, "a.b[1]", 'V'))"#,
        r#"[{"a":1}]"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get({a: {b: [5, 6]}}, "a.b[1]"), L('lodash').has({a: {b: [5, 6]}}, "a.b[1]")])"#,
        r#"[6,true]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set({a: {b: [5, 6]}} || {}, "a.b[1]", 'V'))"#,
        r#"{"a":{"b":[5,"V"]}}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get({"a.b": 7, a: {b: 8}}, "a.b[1]"), L('lodash').has({"a.b": 7, a: {b: 8}}, "a.b[1]")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set({"a.b": 7, a: {b: 8}} || {}, "a.b[1]", 'V'))"#,
        r#"{"a.b":7,"a":{"b":[null,"V"]}}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get(null, "a.b[1]"), L('lodash').has(null, "a.b[1]")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set(null || {}, "a.b[1]", 'V'))"#,
        r#"{"a":{"b":[null,"V"]}}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get({a: {b: 1, "x.y": 2}}, "[0]"), L('lodash').has({a: {b: 1, "x.y": 2}}, "[0]")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set({a: {b: 1, "x.y": 2}} || {}, "[0]", 'V'))"#,
        r#"{"0":"V","a":{"b":1,"x.y":2}}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get({a: [{b: 2}, {b: 3}]}, "[0]"), L('lodash').has({a: [{b: 2}, {b: 3}]}, "[0]")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set({a: [{b: 2}, {b: 3}]} || {}, "[0]", 'V'))"#,
        r#"{"0":"V","a":[{"b":2},{"b":3}]}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get([{a: 1}], "[0]"), L('lodash').has([{a: 1}], "[0]")])"#,
        r#"[{"a":1},true]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set([{a: 1}] || {}, "[0]", 'V'))"#,
        r#"["V"]"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get({a: {b: [5, 6]}}, "[0]"), L('lodash').has({a: {b: [5, 6]}}, "[0]")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set({a: {b: [5, 6]}} || {}, "[0]", 'V'))"#,
        r#"{"0":"V","a":{"b":[5,6]}}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get({"a.b": 7, a: {b: 8}}, "[0]"), L('lodash').has({"a.b": 7, a: {b: 8}}, "[0]")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set({"a.b": 7, a: {b: 8}} || {}, "[0]", 'V'))"#,
        r#"{"0":"V","a.b":7,"a":{"b":8}}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get(null, "[0]"), L('lodash').has(null, "[0]")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set(null || {}, "[0]", 'V'))"#,
        r#"{"0":"V"}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get({a: {b: 1, "x.y": 2}}, "a..b"), L('lodash').has({a: {b: 1, "x.y": 2}}, "a..b")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set({a: {b: 1, "x.y": 2}} || {}, "a..b", 'V'))"#,
        r#"{"a":{"b":1,"x.y":2,"":{"b":"V"}}}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get({a: [{b: 2}, {b: 3}]}, "a..b"), L('lodash').has({a: [{b: 2}, {b: 3}]}, "a..b")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set({a: [{b: 2}, {b: 3}]} || {}, "a..b", 'V'))"#,
        r#"{"a":[{"b":2},{"b":3}]}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get([{a: 1}], "a..b"), L('lodash').has([{a: 1}], "a..b")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set([{a: 1}] || {}, "a..b", 'V'))"#,
        r#"[{"a":1}]"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get({a: {b: [5, 6]}}, "a..b"), L('lodash').has({a: {b: [5, 6]}}, "a..b")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set({a: {b: [5, 6]}} || {}, "a..b", 'V'))"#,
        r#"{"a":{"b":[5,6],"":{"b":"V"}}}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get({"a.b": 7, a: {b: 8}}, "a..b"), L('lodash').has({"a.b": 7, a: {b: 8}}, "a..b")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set({"a.b": 7, a: {b: 8}} || {}, "a..b", 'V'))"#,
        r#"{"a.b":7,"a":{"b":8,"":{"b":"V"}}}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get(null, "a..b"), L('lodash').has(null, "a..b")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set(null || {}, "a..b", 'V'))"#,
        r#"{"a":{"":{"b":"V"}}}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get({a: {b: 1, "x.y": 2}}, "a.b."), L('lodash').has({a: {b: 1, "x.y": 2}}, "a.b.")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set({a: {b: 1, "x.y": 2}} || {}, "a.b.", 'V'))"#,
        r#"{"a":{"b":{"":"V"},"x.y":2}}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get({a: [{b: 2}, {b: 3}]}, "a.b."), L('lodash').has({a: [{b: 2}, {b: 3}]}, "a.b.")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set({a: [{b: 2}, {b: 3}]} || {}, "a.b.", 'V'))"#,
        r#"{"a":[{"b":2},{"b":3}]}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get([{a: 1}], "a.b."), L('lodash').has([{a: 1}], "a.b.")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set([{a: 1}] || {}, "a.b.", 'V'))"#,
        r#"[{"a":1}]"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get({a: {b: [5, 6]}}, "a.b."), L('lodash').has({a: {b: [5, 6]}}, "a.b.")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set({a: {b: [5, 6]}} || {}, "a.b.", 'V'))"#,
        r#"{"a":{"b":[5,6]}}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get({"a.b": 7, a: {b: 8}}, "a.b."), L('lodash').has({"a.b": 7, a: {b: 8}}, "a.b.")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set({"a.b": 7, a: {b: 8}} || {}, "a.b.", 'V'))"#,
        r#"{"a.b":7,"a":{"b":{"":"V"}}}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get(null, "a.b."), L('lodash').has(null, "a.b.")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set(null || {}, "a.b.", 'V'))"#,
        r#"{"a":{"b":{"":"V"}}}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get({a: {b: 1, "x.y": 2}}, ""), L('lodash').has({a: {b: 1, "x.y": 2}}, "")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set({a: {b: 1, "x.y": 2}} || {}, "", 'V'))"#,
        r#"{"a":{"b":1,"x.y":2},"":"V"}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get({a: [{b: 2}, {b: 3}]}, ""), L('lodash').has({a: [{b: 2}, {b: 3}]}, "")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set({a: [{b: 2}, {b: 3}]} || {}, "", 'V'))"#,
        r#"{"a":[{"b":2},{"b":3}],"":"V"}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get([{a: 1}], ""), L('lodash').has([{a: 1}], "")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set([{a: 1}] || {}, "", 'V'))"#,
        r#"[{"a":1}]"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get({a: {b: [5, 6]}}, ""), L('lodash').has({a: {b: [5, 6]}}, "")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set({a: {b: [5, 6]}} || {}, "", 'V'))"#,
        r#"{"a":{"b":[5,6]},"":"V"}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get({"a.b": 7, a: {b: 8}}, ""), L('lodash').has({"a.b": 7, a: {b: 8}}, "")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set({"a.b": 7, a: {b: 8}} || {}, "", 'V'))"#,
        r#"{"a.b":7,"a":{"b":8},"":"V"}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get(null, ""), L('lodash').has(null, "")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set(null || {}, "", 'V'))"#,
        r#"{"":"V"}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get({a: {b: 1, "x.y": 2}}, "a[0][1]"), L('lodash').has({a: {b: 1, "x.y": 2}}, "a[0][1]")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set({a: {b: 1, "x.y": 2}} || {}, "a[0][1]", 'V'))"#,
        r#"{"a":{"0":[null,"V"],"b":1,"x.y":2}}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get({a: [{b: 2}, {b: 3}]}, "a[0][1]"), L('lodash').has({a: [{b: 2}, {b: 3}]}, "a[0][1]")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set({a: [{b: 2}, {b: 3}]} || {}, "a[0][1]", 'V'))"#,
        r#"{"a":[{"1":"V","b":2},{"b":3}]}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get([{a: 1}], "a[0][1]"), L('lodash').has([{a: 1}], "a[0][1]")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set([{a: 1}] || {}, "a[0][1]", 'V'))"#,
        r#"[{"a":1}]"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get({a: {b: [5, 6]}}, "a[0][1]"), L('lodash').has({a: {b: [5, 6]}}, "a[0][1]")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set({a: {b: [5, 6]}} || {}, "a[0][1]", 'V'))"#,
        r#"{"a":{"0":[null,"V"],"b":[5,6]}}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get({"a.b": 7, a: {b: 8}}, "a[0][1]"), L('lodash').has({"a.b": 7, a: {b: 8}}, "a[0][1]")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set({"a.b": 7, a: {b: 8}} || {}, "a[0][1]", 'V'))"#,
        r#"{"a.b":7,"a":{"0":[null,"V"],"b":8}}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get(null, "a[0][1]"), L('lodash').has(null, "a[0][1]")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set(null || {}, "a[0][1]", 'V'))"#,
        r#"{"a":[[null,"V"]]}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get({a: {b: 1, "x.y": 2}}, "0.a"), L('lodash').has({a: {b: 1, "x.y": 2}}, "0.a")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set({a: {b: 1, "x.y": 2}} || {}, "0.a", 'V'))"#,
        r#"{"0":{"a":"V"},"a":{"b":1,"x.y":2}}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get({a: [{b: 2}, {b: 3}]}, "0.a"), L('lodash').has({a: [{b: 2}, {b: 3}]}, "0.a")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set({a: [{b: 2}, {b: 3}]} || {}, "0.a", 'V'))"#,
        r#"{"0":{"a":"V"},"a":[{"b":2},{"b":3}]}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get([{a: 1}], "0.a"), L('lodash').has([{a: 1}], "0.a")])"#,
        r#"[1,true]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set([{a: 1}] || {}, "0.a", 'V'))"#,
        r#"[{"a":"V"}]"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get({a: {b: [5, 6]}}, "0.a"), L('lodash').has({a: {b: [5, 6]}}, "0.a")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set({a: {b: [5, 6]}} || {}, "0.a", 'V'))"#,
        r#"{"0":{"a":"V"},"a":{"b":[5,6]}}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get({"a.b": 7, a: {b: 8}}, "0.a"), L('lodash').has({"a.b": 7, a: {b: 8}}, "0.a")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set({"a.b": 7, a: {b: 8}} || {}, "0.a", 'V'))"#,
        r#"{"0":{"a":"V"},"a.b":7,"a":{"b":8}}"#,
    ),
    (
        r#"JSON.stringify([L('lodash').get(null, "0.a"), L('lodash').has(null, "0.a")])"#,
        r#"[null,false]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').set(null || {}, "0.a", 'V'))"#,
        r#"{"0":{"a":"V"}}"#,
    ),
    (
        r#"moment.utc(39954438213).format("x X")"#,
        r#"39954438213 39954438"#,
    ),
    (
        r#"moment.utc(39954438213).add(27, "d").format()"#,
        r#"1971-05-05T10:27:18Z"#,
    ),
    (
        r#"moment.utc(39954438213).startOf("quarter").toISOString()"#,
        r#"1971-04-01T00:00:00.000Z"#,
    ),
    (
        r#"moment.utc(39954438213).diff(moment.utc(-14503792780), "years")"#,
        r#"1"#,
    ),
    (
        r#"moment.utc(39954438213).from(moment.utc(939954438213))"#,
        r#"29 years ago"#,
    ),
    (
        r#"moment.utc(1059967528182).format("YY M D H h m s S SS SSS")"#,
        r#"03 8 4 3 3 25 28 1 18 182"#,
    ),
    (
        r#"moment.utc(1059967528182).add(-9, "w").format()"#,
        r#"2003-06-02T03:25:28Z"#,
    ),
    (
        r#"moment.utc(1059967528182).startOf("day").toISOString()"#,
        r#"2003-08-04T00:00:00.000Z"#,
    ),
    (
        r#"moment.utc(1059967528182).diff(moment.utc(2838035749511), "days")"#,
        r#"-20579"#,
    ),
    (
        r#"moment.utc(1059967528182).from(moment.utc(1059967528183))"#,
        r#"a few seconds ago"#,
    ),
    (
        r#"moment.utc(249485488748).format("dddd, MMMM Do YYYY, h:mm:ss a")"#,
        r#"Sunday, November 27th 1977, 1:31:28 pm"#,
    ),
    (
        r#"moment.utc(249485488748).add(9, "M").format()"#,
        r#"1978-08-27T13:31:28Z"#,
    ),
    (
        r#"moment.utc(249485488748).startOf("quarter").toISOString()"#,
        r#"1977-10-01T00:00:00.000Z"#,
    ),
    (
        r#"moment.utc(249485488748).diff(moment.utc(-1574204887209), "weeks")"#,
        r#"3015"#,
    ),
    (
        r#"moment.utc(249485488748).from(moment.utc(249485359148))"#,
        r#"in 2 minutes"#,
    ),
    (
        r#"moment.utc(-1048803461018).format("YYYY-MM-DD")"#,
        r#"1936-10-07"#,
    ),
    (
        r#"moment.utc(-1048803461018).add(-40, "M").format()"#,
        r#"1933-06-07T01:42:18Z"#,
    ),
    (
        r#"moment.utc(-1048803461018).startOf("quarter").toISOString()"#,
        r#"1936-10-01T00:00:00.000Z"#,
    ),
    (
        r#"moment.utc(-1048803461018).diff(moment.utc(-748775420105), "weeks")"#,
        r#"-496"#,
    ),
    (
        r#"moment.utc(-1048803461018).from(moment.utc(-1048803461107))"#,
        r#"in a few seconds"#,
    ),
    (
        r#"moment.utc(-456807593998).format("k kk E e")"#,
        r#"21 21 1 1"#,
    ),
    (
        r#"moment.utc(-456807593998).add(40, "M").format()"#,
        r#"1958-11-11T21:00:06Z"#,
    ),
    (
        r#"moment.utc(-456807593998).startOf("month").toISOString()"#,
        r#"1955-07-01T00:00:00.000Z"#,
    ),
    (
        r#"moment.utc(-456807593998).diff(moment.utc(-475150695145), "seconds")"#,
        r#"18343101"#,
    ),
    (
        r#"moment.utc(-456807593998).from(moment.utc(-456807593909))"#,
        r#"a few seconds ago"#,
    ),
    (
        r#"moment.utc(1438989733258).format("dddd, MMMM Do YYYY, h:mm:ss a")"#,
        r#"Friday, August 7th 2015, 11:22:13 pm"#,
    ),
    (
        r#"moment.utc(1438989733258).add(-22, "y").format()"#,
        r#"1993-08-07T23:22:13Z"#,
    ),
    (
        r#"moment.utc(1438989733258).startOf("year").toISOString()"#,
        r#"2015-01-01T00:00:00.000Z"#,
    ),
    (
        r#"moment.utc(1438989733258).diff(moment.utc(442431325801), "years")"#,
        r#"31"#,
    ),
    (
        r#"moment.utc(1438989733258).from(moment.utc(1438989603658))"#,
        r#"in 2 minutes"#,
    ),
    (
        r#"moment.utc(514304029926).format("x X")"#,
        r#"514304029926 514304029"#,
    ),
    (
        r#"moment.utc(514304029926).add(-1, "w").format()"#,
        r#"1986-04-12T14:13:49Z"#,
    ),
    (
        r#"moment.utc(514304029926).startOf("hour").toISOString()"#,
        r#"1986-04-19T14:00:00.000Z"#,
    ),
    (
        r#"moment.utc(514304029926).diff(moment.utc(-584134841025), "quarters")"#,
        r#"139"#,
    ),
    (
        r#"moment.utc(514304029926).from(moment.utc(514304035326))"#,
        r#"a few seconds ago"#,
    ),
    (
        r#"moment.utc(41818880243).format("YYYY-MM-DD")"#,
        r#"1971-04-30"#,
    ),
    (
        r#"moment.utc(41818880243).add(5, "Q").format()"#,
        r#"1972-07-30T00:21:20Z"#,
    ),
    (
        r#"moment.utc(41818880243).startOf("isoWeek").toISOString()"#,
        r#"1971-04-26T00:00:00.000Z"#,
    ),
    (
        r#"moment.utc(41818880243).diff(moment.utc(2618632040168), "seconds")"#,
        r#"-2576813159"#,
    ),
    (
        r#"moment.utc(41818880243).from(moment.utc(41818880153))"#,
        r#"in a few seconds"#,
    ),
    (
        r#"moment.utc(1772484874773).format("YYYY-MM-DD")"#,
        r#"2026-03-02"#,
    ),
    (
        r#"moment.utc(1772484874773).add(-17, "h").format()"#,
        r#"2026-03-02T03:54:34Z"#,
    ),
    (
        r#"moment.utc(1772484874773).startOf("month").toISOString()"#,
        r#"2026-03-01T00:00:00.000Z"#,
    ),
    (
        r#"moment.utc(1772484874773).diff(moment.utc(820948300599), "minutes")"#,
        r#"15858942"#,
    ),
    (
        r#"moment.utc(1772484874773).from(moment.utc(872484874773))"#,
        r#"in 29 years"#,
    ),
    (
        r#"moment.utc(1861676418909).format("YYYY-MM-DDTHH:mm:ss.SSSZ")"#,
        r#"2028-12-29T04:20:18.909+00:00"#,
    ),
    (
        r#"moment.utc(1861676418909).add(35, "m").format()"#,
        r#"2028-12-29T04:55:18Z"#,
    ),
    (
        r#"moment.utc(1861676418909).startOf("quarter").toISOString()"#,
        r#"2028-10-01T00:00:00.000Z"#,
    ),
    (
        r#"moment.utc(1861676418909).diff(moment.utc(1024250669105), "hours")"#,
        r#"232618"#,
    ),
    (
        r#"moment.utc(1861676418909).from(moment.utc(1861676418908))"#,
        r#"in a few seconds"#,
    ),
    (
        r#"moment.utc(-378941117346).format("x X")"#,
        r#"-378941117346 -378941118"#,
    ),
    (
        r#"moment.utc(-378941117346).add(25, "h").format()"#,
        r#"1957-12-30T03:34:42Z"#,
    ),
    (
        r#"moment.utc(-378941117346).startOf("week").toISOString()"#,
        r#"1957-12-29T00:00:00.000Z"#,
    ),
    (
        r#"moment.utc(-378941117346).diff(moment.utc(-903670554867), "minutes")"#,
        r#"8745490"#,
    ),
    (
        r#"moment.utc(-378941117346).from(moment.utc(-378941117257))"#,
        r#"a few seconds ago"#,
    ),
    (
        r#"moment.utc(3822487247682).format("x X")"#,
        r#"3822487247682 3822487247"#,
    ),
    (
        r#"moment.utc(3822487247682).add(-1, "M").format()"#,
        r#"2091-01-16T18:00:47Z"#,
    ),
    (
        r#"moment.utc(3822487247682).startOf("quarter").toISOString()"#,
        r#"2091-01-01T00:00:00.000Z"#,
    ),
    (
        r#"moment.utc(3822487247682).diff(moment.utc(3301790091038), "weeks")"#,
        r#"860"#,
    ),
    (
        r#"moment.utc(3822487247682).from(moment.utc(3818587247682))"#,
        r#"in a month"#,
    ),
    (
        r#"moment.utc(2047309732110).format("dddd, MMMM Do YYYY, h:mm:ss a")"#,
        r#"Thursday, November 16th 2034, 5:08:52 pm"#,
    ),
    (
        r#"moment.utc(2047309732110).add(-34, "d").format()"#,
        r#"2034-10-13T17:08:52Z"#,
    ),
    (
        r#"moment.utc(2047309732110).startOf("day").toISOString()"#,
        r#"2034-11-16T00:00:00.000Z"#,
    ),
    (
        r#"moment.utc(2047309732110).diff(moment.utc(-1928072649977), "days")"#,
        r#"46011"#,
    ),
    (
        r#"moment.utc(2047309732110).from(moment.utc(2043409732110))"#,
        r#"in a month"#,
    ),
    (
        r#"moment.utc(-6416632240).format("YY M D H h m s S SS SSS")"#,
        r#"69 10 18 17 5 36 7 7 76 760"#,
    ),
    (
        r#"moment.utc(-6416632240).add(13, "M").format()"#,
        r#"1970-11-18T17:36:07Z"#,
    ),
    (
        r#"moment.utc(-6416632240).startOf("year").toISOString()"#,
        r#"1969-01-01T00:00:00.000Z"#,
    ),
    (
        r#"moment.utc(-6416632240).diff(moment.utc(-1918484408849), "quarters")"#,
        r#"242"#,
    ),
    (
        r#"moment.utc(-6416632240).from(moment.utc(-6416632150))"#,
        r#"a few seconds ago"#,
    ),
    (
        r#"moment.utc(2754840901649).format("dddd, MMMM Do YYYY, h:mm:ss a")"#,
        r#"Wednesday, April 18th 2057, 5:35:01 pm"#,
    ),
    (
        r#"moment.utc(2754840901649).add(40, "Q").format()"#,
        r#"2067-04-18T17:35:01Z"#,
    ),
    (
        r#"moment.utc(2754840901649).startOf("isoWeek").toISOString()"#,
        r#"2057-04-16T00:00:00.000Z"#,
    ),
    (
        r#"moment.utc(2754840901649).diff(moment.utc(-726767107902), "seconds")"#,
        r#"3481608009"#,
    ),
    (
        r#"moment.utc(2754840901649).from(moment.utc(2754840901739))"#,
        r#"a few seconds ago"#,
    ),
    (
        r#"moment.utc(382683139543).format("dddd, MMMM Do YYYY, h:mm:ss a")"#,
        r#"Tuesday, February 16th 1982, 4:52:19 am"#,
    ),
    (
        r#"moment.utc(382683139543).add(18, "h").format()"#,
        r#"1982-02-16T22:52:19Z"#,
    ),
    (
        r#"moment.utc(382683139543).startOf("quarter").toISOString()"#,
        r#"1982-01-01T00:00:00.000Z"#,
    ),
    (
        r#"moment.utc(382683139543).diff(moment.utc(1778983658352), "quarters")"#,
        r#"-177"#,
    ),
    (
        r#"moment.utc(382683139543).from(moment.utc(378783139543))"#,
        r#"in a month"#,
    ),
    (
        r#"moment.utc(202545324716).format("[Today is] dddd")"#,
        r#"Today is Wednesday"#,
    ),
    (
        r#"moment.utc(202545324716).add(20, "w").format()"#,
        r#"1976-10-20T06:35:24Z"#,
    ),
    (
        r#"moment.utc(202545324716).startOf("month").toISOString()"#,
        r#"1976-06-01T00:00:00.000Z"#,
    ),
    (
        r#"moment.utc(202545324716).diff(moment.utc(1107209395537), "weeks")"#,
        r#"-1495"#,
    ),
    (
        r#"moment.utc(202545324716).from(moment.utc(202543164716))"#,
        r#"in 36 minutes"#,
    ),
    (
        r#"moment.utc(771150704188).format("dddd, MMMM Do YYYY, h:mm:ss a")"#,
        r#"Thursday, June 9th 1994, 8:31:44 am"#,
    ),
    (
        r#"moment.utc(771150704188).add(-29, "w").format()"#,
        r#"1993-11-18T08:31:44Z"#,
    ),
    (
        r#"moment.utc(771150704188).startOf("week").toISOString()"#,
        r#"1994-06-05T00:00:00.000Z"#,
    ),
    (
        r#"moment.utc(771150704188).diff(moment.utc(967151646510), "months")"#,
        r#"-74"#,
    ),
    (
        r#"moment.utc(771150704188).from(moment.utc(743150704188))"#,
        r#"in a year"#,
    ),
    (
        r#"moment.utc(2960840127415).format("MMMMM YYYYY DDDDD")"#,
        r#"October10 02063 30128"#,
    ),
    (
        r#"moment.utc(2960840127415).add(-36, "Q").format()"#,
        r#"2054-10-28T23:35:27Z"#,
    ),
    (
        r#"moment.utc(2960840127415).startOf("week").toISOString()"#,
        r#"2063-10-28T00:00:00.000Z"#,
    ),
    (
        r#"moment.utc(2960840127415).diff(moment.utc(2710309681449), "hours")"#,
        r#"69591"#,
    ),
    (
        r#"moment.utc(2960840127415).from(moment.utc(2920840127415))"#,
        r#"in a year"#,
    ),
    (
        r#"moment.utc(3868308133146).format("[Today is] dddd")"#,
        r#"Today is Thursday"#,
    ),
    (
        r#"moment.utc(3868308133146).add(3, "m").format()"#,
        r#"2092-07-31T02:05:13Z"#,
    ),
    (
        r#"moment.utc(3868308133146).startOf("month").toISOString()"#,
        r#"2092-07-01T00:00:00.000Z"#,
    ),
    (
        r#"moment.utc(3868308133146).diff(moment.utc(1961474182973), "hours")"#,
        r#"529676"#,
    ),
    (
        r#"moment.utc(3868308133146).from(moment.utc(3868308133056))"#,
        r#"in a few seconds"#,
    ),
    (
        r#"moment.utc(331325179746).format("k kk E e")"#,
        r#"18 18 2 2"#,
    ),
    (
        r#"moment.utc(331325179746).add(5, "y").format()"#,
        r#"1985-07-01T18:46:19Z"#,
    ),
    (
        r#"moment.utc(331325179746).startOf("week").toISOString()"#,
        r#"1980-06-29T00:00:00.000Z"#,
    ),
    (
        r#"moment.utc(331325179746).diff(moment.utc(830319308120), "seconds")"#,
        r#"-498994128"#,
    ),
    (
        r#"moment.utc(331325179746).from(moment.utc(331325179836))"#,
        r#"a few seconds ago"#,
    ),
    (
        r#"moment.utc(1749632464349).format("x X")"#,
        r#"1749632464349 1749632464"#,
    ),
    (
        r#"moment.utc(1749632464349).add(2, "h").format()"#,
        r#"2025-06-11T11:01:04Z"#,
    ),
    (
        r#"moment.utc(1749632464349).startOf("month").toISOString()"#,
        r#"2025-06-01T00:00:00.000Z"#,
    ),
    (
        r#"moment.utc(1749632464349).diff(moment.utc(-464518371856), "minutes")"#,
        r#"36902513"#,
    ),
    (
        r#"moment.utc(1749632464349).from(moment.utc(849632464349))"#,
        r#"in 29 years"#,
    ),
    (
        r#"moment.utc(3873899757838).format("YYYY-MM-DDTHH:mm:ss.SSSZ")"#,
        r#"2092-10-03T19:15:57.838+00:00"#,
    ),
    (
        r#"moment.utc(3873899757838).add(13, "M").format()"#,
        r#"2093-11-03T19:15:57Z"#,
    ),
    (
        r#"moment.utc(3873899757838).startOf("day").toISOString()"#,
        r#"2092-10-03T00:00:00.000Z"#,
    ),
    (
        r#"moment.utc(3873899757838).diff(moment.utc(2333286343424), "seconds")"#,
        r#"1540613414"#,
    ),
    (
        r#"moment.utc(3873899757838).from(moment.utc(3873899757749))"#,
        r#"in a few seconds"#,
    ),
    (
        r#"moment.utc(-490883245939).format("dddd, MMMM Do YYYY, h:mm:ss a")"#,
        r#"Saturday, June 12th 1954, 11:32:34 am"#,
    ),
    (
        r#"moment.utc(-490883245939).add(35, "w").format()"#,
        r#"1955-02-12T11:32:34Z"#,
    ),
    (
        r#"moment.utc(-490883245939).startOf("day").toISOString()"#,
        r#"1954-06-12T00:00:00.000Z"#,
    ),
    (
        r#"moment.utc(-490883245939).diff(moment.utc(-617058668937), "days")"#,
        r#"1460"#,
    ),
    (
        r#"moment.utc(-490883245939).from(moment.utc(-462883245939))"#,
        r#"a year ago"#,
    ),
    (
        r#"moment.utc(-752023182108).format("YYYY-MM-DD")"#,
        r#"1946-03-04"#,
    ),
    (
        r#"moment.utc(-752023182108).add(-23, "d").format()"#,
        r#"1946-02-09T00:40:17Z"#,
    ),
    (
        r#"moment.utc(-752023182108).startOf("week").toISOString()"#,
        r#"1946-03-03T00:00:00.000Z"#,
    ),
    (
        r#"moment.utc(-752023182108).diff(moment.utc(-611398488527), "quarters")"#,
        r#"-17"#,
    ),
    (
        r#"moment.utc(-752023182108).from(moment.utc(-752023182063))"#,
        r#"a few seconds ago"#,
    ),
    (
        r#"moment.utc(1881604580797).format("x X")"#,
        r#"1881604580797 1881604580"#,
    ),
    (
        r#"moment.utc(1881604580797).add(8, "m").format()"#,
        r#"2029-08-16T20:04:20Z"#,
    ),
    (
        r#"moment.utc(1881604580797).startOf("day").toISOString()"#,
        r#"2029-08-16T00:00:00.000Z"#,
    ),
    (
        r#"moment.utc(1881604580797).diff(moment.utc(2979640832361), "days")"#,
        r#"-12708"#,
    ),
    (
        r#"moment.utc(1881604580797).from(moment.utc(1881604580752))"#,
        r#"in a few seconds"#,
    ),
    (
        r#"moment.utc(870505588556).format("Q DDDD DDD w ww W WW gggg GGGG")"#,
        r#"3 214 214 31 31 31 31 1997 1997"#,
    ),
    (
        r#"moment.utc(870505588556).add(-5, "Q").format()"#,
        r#"1996-05-02T07:06:28Z"#,
    ),
    (
        r#"moment.utc(870505588556).startOf("isoWeek").toISOString()"#,
        r#"1997-07-28T00:00:00.000Z"#,
    ),
    (
        r#"moment.utc(870505588556).diff(moment.utc(-1195950320418), "minutes")"#,
        r#"34440931"#,
    ),
    (
        r#"moment.utc(870505588556).from(moment.utc(870505588555))"#,
        r#"in a few seconds"#,
    ),
    (
        r#"moment.utc(385578702730).format("k kk E e")"#,
        r#"17 17 7 0"#,
    ),
    (
        r#"moment.utc(385578702730).add(25, "y").format()"#,
        r#"2007-03-21T17:11:42Z"#,
    ),
    (
        r#"moment.utc(385578702730).startOf("day").toISOString()"#,
        r#"1982-03-21T00:00:00.000Z"#,
    ),
    (
        r#"moment.utc(385578702730).diff(moment.utc(1476647876877), "seconds")"#,
        r#"-1091069174"#,
    ),
    (
        r#"moment.utc(385578702730).from(moment.utc(345578702730))"#,
        r#"in a year"#,
    ),
    (
        r#"moment.utc(-957145538721).format("dddd, MMMM Do YYYY, h:mm:ss a")"#,
        r#"Saturday, September 2nd 1939, 10:14:21 pm"#,
    ),
    (
        r#"moment.utc(-957145538721).add(36, "w").format()"#,
        r#"1940-05-11T22:14:21Z"#,
    ),
    (
        r#"moment.utc(-957145538721).startOf("day").toISOString()"#,
        r#"1939-09-02T00:00:00.000Z"#,
    ),
    (
        r#"moment.utc(-957145538721).diff(moment.utc(3143111608621), "months")"#,
        r#"-1559"#,
    ),
    (
        r#"moment.utc(-957145538721).from(moment.utc(-957145538631))"#,
        r#"a few seconds ago"#,
    ),
    (
        r#"moment.utc(-1258160977915).format("x X")"#,
        r#"-1258160977915 -1258160978"#,
    ),
    (
        r#"moment.utc(-1258160977915).add(32, "h").format()"#,
        r#"1930-02-19T06:50:22Z"#,
    ),
    (
        r#"moment.utc(-1258160977915).startOf("day").toISOString()"#,
        r#"1930-02-17T00:00:00.000Z"#,
    ),
    (
        r#"moment.utc(-1258160977915).diff(moment.utc(652063723110), "seconds")"#,
        r#"-1910224701"#,
    ),
    (
        r#"moment.utc(-1258160977915).from(moment.utc(-1258160980615))"#,
        r#"in a few seconds"#,
    ),
    (
        r#"moment.utc(-216224131454).format("YY M D H h m s S SS SSS")"#,
        r#"63 2 24 9 9 44 28 5 54 546"#,
    ),
    (
        r#"moment.utc(-216224131454).add(-3, "w").format()"#,
        r#"1963-02-03T09:44:28Z"#,
    ),
    (
        r#"moment.utc(-216224131454).startOf("hour").toISOString()"#,
        r#"1963-02-24T09:00:00.000Z"#,
    ),
    (
        r#"moment.utc(-216224131454).diff(moment.utc(1168486639632), "weeks")"#,
        r#"-2289"#,
    ),
    (
        r#"moment.utc(-216224131454).from(moment.utc(-216224261054))"#,
        r#"in 2 minutes"#,
    ),
    (
        r#"moment.utc(2155989910505).format("[Today is] dddd")"#,
        r#"Today is Tuesday"#,
    ),
    (
        r#"moment.utc(2155989910505).add(13, "d").format()"#,
        r#"2038-05-10T14:05:10Z"#,
    ),
    (
        r#"moment.utc(2155989910505).startOf("week").toISOString()"#,
        r#"2038-04-25T00:00:00.000Z"#,
    ),
    (
        r#"moment.utc(2155989910505).diff(moment.utc(2117363919813), "hours")"#,
        r#"10729"#,
    ),
    (
        r#"moment.utc(2155989910505).from(moment.utc(2155989910461))"#,
        r#"in a few seconds"#,
    ),
    (
        r#"moment.utc(-1139439830783).format("MMMMM YYYYY DDDDD")"#,
        r#"November11 01933 32723"#,
    ),
    (
        r#"moment.utc(-1139439830783).add(39, "w").format()"#,
        r#"1934-08-23T00:56:09Z"#,
    ),
    (
        r#"moment.utc(-1139439830783).startOf("month").toISOString()"#,
        r#"1933-11-01T00:00:00.000Z"#,
    ),
    (
        r#"moment.utc(-1139439830783).diff(moment.utc(-1859837580783), "weeks")"#,
        r#"1191"#,
    ),
    (
        r#"moment.utc(-1139439830783).from(moment.utc(-1179439830783))"#,
        r#"in a year"#,
    ),
    (
        r#"moment.utc(2013020759691).format("k kk E e")"#,
        r#"20 20 6 6"#,
    ),
    (
        r#"moment.utc(2013020759691).add(31, "y").format()"#,
        r#"2064-10-15T20:25:59Z"#,
    ),
    (
        r#"moment.utc(2013020759691).startOf("month").toISOString()"#,
        r#"2033-10-01T00:00:00.000Z"#,
    ),
    (
        r#"moment.utc(2013020759691).diff(moment.utc(1965441326021), "years")"#,
        r#"1"#,
    ),
    (
        r#"moment.utc(2013020759691).from(moment.utc(2013020759646))"#,
        r#"in a few seconds"#,
    ),
    (
        r#"moment.utc(307814040068).format("[Today is] dddd")"#,
        r#"Today is Wednesday"#,
    ),
    (
        r#"moment.utc(307814040068).add(23, "h").format()"#,
        r#"1979-10-04T14:54:00Z"#,
    ),
    (
        r#"moment.utc(307814040068).startOf("isoWeek").toISOString()"#,
        r#"1979-10-01T00:00:00.000Z"#,
    ),
    (
        r#"moment.utc(307814040068).diff(moment.utc(3462593764630), "months")"#,
        r#"-1199"#,
    ),
    (
        r#"moment.utc(307814040068).from(moment.utc(307814040069))"#,
        r#"a few seconds ago"#,
    ),
    (
        r#"moment.utc(274793749782).format("k kk E e")"#,
        r#"11 11 6 6"#,
    ),
    (
        r#"moment.utc(274793749782).add(3, "h").format()"#,
        r#"1978-09-16T14:35:49Z"#,
    ),
    (
        r#"moment.utc(274793749782).startOf("week").toISOString()"#,
        r#"1978-09-10T00:00:00.000Z"#,
    ),
    (
        r#"moment.utc(274793749782).diff(moment.utc(2454191522567), "years")"#,
        r#"-69"#,
    ),
    (
        r#"moment.utc(274793749782).from(moment.utc(274793744382))"#,
        r#"in a few seconds"#,
    ),
    (
        r#"moment.utc(3788336197537).format("LT LTS L l LL ll LLL lll LLLL llll")"#,
        r#"11:36 AM 11:36:37 AM 01/17/2090 1/17/2090 January 17, 2090 Jan 17, 2090 January 17, 2090 11:36 AM Jan 17, 2090 11:36 AM Tuesday, January 17, 2090 11:36 AM Tue, Jan 17, 2090 11:36 AM"#,
    ),
    (
        r#"moment.utc(3788336197537).add(-24, "d").format()"#,
        r#"2089-12-24T11:36:37Z"#,
    ),
    (
        r#"moment.utc(3788336197537).startOf("year").toISOString()"#,
        r#"2090-01-01T00:00:00.000Z"#,
    ),
    (
        r#"moment.utc(3788336197537).diff(moment.utc(2658293294681), "quarters")"#,
        r#"143"#,
    ),
    (
        r#"moment.utc(3788336197537).from(moment.utc(3788338357537))"#,
        r#"36 minutes ago"#,
    ),
    (
        r#"moment.utc(3837843861191).format("k kk E e")"#,
        r#"11 11 1 1"#,
    ),
    (
        r#"moment.utc(3837843861191).add(-16, "d").format()"#,
        r#"2091-07-28T11:44:21Z"#,
    ),
    (
        r#"moment.utc(3837843861191).startOf("isoWeek").toISOString()"#,
        r#"2091-08-13T00:00:00.000Z"#,
    ),
    (
        r#"moment.utc(3837843861191).diff(moment.utc(3024118459469), "quarters")"#,
        r#"103"#,
    ),
    (
        r#"moment.utc(3837843861191).from(moment.utc(3797843861191))"#,
        r#"in a year"#,
    ),
    (
        r#"moment.utc(1237618172048).format("MMMMM YYYYY DDDDD")"#,
        r#"March3 02009 08021"#,
    ),
    (
        r#"moment.utc(1237618172048).add(-15, "y").format()"#,
        r#"1994-03-21T06:49:32Z"#,
    ),
    (
        r#"moment.utc(1237618172048).startOf("isoWeek").toISOString()"#,
        r#"2009-03-16T00:00:00.000Z"#,
    ),
    (
        r#"moment.utc(1237618172048).diff(moment.utc(458469591795), "years")"#,
        r#"24"#,
    ),
    (
        r#"moment.utc(1237618172048).from(moment.utc(1233718172048))"#,
        r#"in 2 months"#,
    ),
    (
        r#"moment.utc(310362190072).format("MMMMM YYYYY DDDDD")"#,
        r#"November11 01979 3062"#,
    ),
    (
        r#"moment.utc(310362190072).add(20, "y").format()"#,
        r#"1999-11-02T03:43:10Z"#,
    ),
    (
        r#"moment.utc(310362190072).startOf("month").toISOString()"#,
        r#"1979-11-01T00:00:00.000Z"#,
    ),
    (
        r#"moment.utc(310362190072).diff(moment.utc(1996494782559), "quarters")"#,
        r#"-213"#,
    ),
    (
        r#"moment.utc(310362190072).from(moment.utc(310362190162))"#,
        r#"a few seconds ago"#,
    ),
    (
        r#"CryptoJS.SHA512("&&\n <0<>Z>>1aa\"€&cY11").toString()"#,
        r#"d455f9d13ae50688b029910b2f6b5309327ebae041ce514352c5703b9083f7f9a139cee87c0a5ad260c0ae741db6c73788f05134eee01f97280bc3fd9154326f"#,
    ),
    (
        r#"CryptoJS.HmacSHA384("&&\n <0<>Z>>1aa\"€&cY11", "&&𝄞'b").toString(CryptoJS.enc.Base64)"#,
        r#"Sb0Y1bvJKwZOD7Gpt4cP2/KQMQ7k4pE5bk1RgqD/9iXVqc3jbUtpAt8WxwkCSQ5k"#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse("&&\n <0<>Z>>1aa\"€&cY11"))"#,
        r#"JiYKIDwwPD5aPj4xYWEi4oKsJmNZMTE="#,
    ),
    (
        r#"CryptoJS.enc.Utf16.parse("&&\n <0<>Z>>1aa\"€&cY11").toString()"#,
        r#"00260026000a0020003c0030003c003e005a003e003e003100610061002220ac00260063005900310031"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('3b04230e5acf451f726623fc6a4d9becafc8025f0f27a355bab973525db517').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('3b04230e5acf451f726623fc6a4d9becafc8025f0f27a355bab973525db517').toString(CryptoJS.enc.Latin1).length"#,
        r#"31"#,
    ),
    (
        r#"CryptoJS.AES.encrypt("&&\n <0<>Z>>1aa\"€&cY11", CryptoJS.enc.Hex.parse('50bfc7752edf191891d75c2a44f184f06b4bdff94840c408'), {iv: CryptoJS.enc.Hex.parse('a7d8c4443c350e423949acf7555c6110')}).toString()"#,
        r#"9LODXCRSwyY27OSrrkP69Q9A3XujMjm5AtPVDpaUNPI="#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt("&&\n <0<>Z>>1aa\"€&cY11", CryptoJS.enc.Hex.parse('50bfc7752edf191891d75c2a44f184f06b4bdff94840c408'), {iv: CryptoJS.enc.Hex.parse('a7d8c4443c350e423949acf7555c6110')}).toString(), CryptoJS.enc.Hex.parse('50bfc7752edf191891d75c2a44f184f06b4bdff94840c408'), {iv: CryptoJS.enc.Hex.parse('a7d8c4443c350e423949acf7555c6110')}).toString(CryptoJS.enc.Utf8) === "&&\n <0<>Z>>1aa\"€&cY11""#,
        r#"true"#,
    ),
    (
        r#"CryptoJS.PBKDF2("&&\n <0<>Z>>1aa\"€&cY11", "&&𝄞'b", {keySize: 13, iterations: 30}).toString()"#,
        r#"3c2257f4527b8b293044842744af03d69355a6e63f9d50f00c6d0847e7d43e79a620c963a1ef40f7cfc573cb61f855dfbb2233a4"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('3b04230e5acf451f726623fc6a4d9becafc8025f0f27a355bab973525db517'))).toString()"#,
        r#"3b04230e5acf451f726623fc6a4d9becafc8025f0f27a355bab973525db517"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('3b04230e5acf451f726623fc6a4d9becafc8025f0f27a355bab973525db517').concat(CryptoJS.enc.Utf8.parse("&&\n <0<>Z>>1aa\"€&cY11"))).toString()"#,
        r#"611b9cf335a41faa3d0d290b3a43c66e"#,
    ),
    (
        r##"CryptoJS.SHA1("#€Z19𝄞!b").toString()"##,
        r#"1255443afaf26a2c37f054acac98abbe7ef2b4fa"#,
    ),
    (
        r##"CryptoJS.HmacMD5("#€Z19𝄞!b", "#Y  >é<€Xé𝄞b>𝄞!>  𝄞>é0c𝄞!0\"c!\t&").toString(CryptoJS.enc.Base64)"##,
        r#"KIFsEHR5O+AVoqC2Tk+YDw=="#,
    ),
    (
        r##"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse("#€Z19𝄞!b"))"##,
        r#"I+KCrFoxOfCdhJ4hYg=="#,
    ),
    (
        r##"CryptoJS.enc.Utf16.parse("#€Z19𝄞!b").toString()"##,
        r#"002320ac005a00310039d834dd1e00210062"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('e0efcc27').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('e0efcc27').toString(CryptoJS.enc.Latin1).length"#,
        r#"4"#,
    ),
    (
        r##"CryptoJS.AES.encrypt("#€Z19𝄞!b", CryptoJS.enc.Hex.parse('1d178cde7ccaf721f5fb6e87ffc9c05a'), {iv: CryptoJS.enc.Hex.parse('69c42529ce35d6ab6820a84678c5cecd')}).toString()"##,
        r#"2hd8rlPn9QOJ761YoUL2MQ=="#,
    ),
    (
        r##"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt("#€Z19𝄞!b", CryptoJS.enc.Hex.parse('1d178cde7ccaf721f5fb6e87ffc9c05a'), {iv: CryptoJS.enc.Hex.parse('69c42529ce35d6ab6820a84678c5cecd')}).toString(), CryptoJS.enc.Hex.parse('1d178cde7ccaf721f5fb6e87ffc9c05a'), {iv: CryptoJS.enc.Hex.parse('69c42529ce35d6ab6820a84678c5cecd')}).toString(CryptoJS.enc.Utf8) === "#€Z19𝄞!b""##,
        r#"true"#,
    ),
    (
        r##"CryptoJS.PBKDF2("#€Z19𝄞!b", "#Y  >é<€Xé𝄞b>𝄞!>  𝄞>é0c𝄞!0\"c!\t&", {keySize: 15, iterations: 40}).toString()"##,
        r#"135d4f0ec21a3c6ea4780c8d80e8a8123a268f598d392702926f6105016c060dfee96feb95cbc8141028b9180e4ebcd9dc21b96da11c30a05cc78c7a"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('e0efcc27'))).toString()"#,
        r#"e0efcc27"#,
    ),
    (
        r##"CryptoJS.MD5(CryptoJS.enc.Hex.parse('e0efcc27').concat(CryptoJS.enc.Utf8.parse("#€Z19𝄞!b"))).toString()"##,
        r#"dc27f30a089723e4447761378481e7eb"#,
    ),
    (
        r#"CryptoJS.SHA3("\tZ\t#𝄞9X00b\"\n\"ac>€b#𝄞''1aéYX 0'\"a\"ZY").toString()"#,
        r#"bfd064038c2079808c5e986e493bcc34f849dae7524fc8e2aa536bdaf6e88c88d274aa319345c642a86de9d97f5129b39641ec4fcfea71a80d7fade7224d65a7"#,
    ),
    (
        r#"CryptoJS.HmacMD5("\tZ\t#𝄞9X00b\"\n\"ac>€b#𝄞''1aéYX 0'\"a\"ZY", "&>b 0&#é11€€'a\t€cc&\t0Yb<>𝄞é𝄞<<\t\t!Y9Y\"  \n\nac\tcZ>X\t0\"9\"bZb€<9\t\n#ZbX1\"é9&00>").toString(CryptoJS.enc.Base64)"#,
        r#"7yoL+YYzB1rJeQWluQfR/w=="#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse("\tZ\t#𝄞9X00b\"\n\"ac>€b#𝄞''1aéYX 0'\"a\"ZY"))"#,
        r#"CVoJI/CdhJ45WDAwYiIKImFjPuKCrGIj8J2EnicnMWHDqVlYIDAnImEiWlk="#,
    ),
    (
        r#"CryptoJS.enc.Utf16.parse("\tZ\t#𝄞9X00b\"\n\"ac>€b#𝄞''1aéYX 0'\"a\"ZY").toString()"#,
        r#"0009005a00090023d834dd1e003900580030003000620022000a002200610063003e20ac00620023d834dd1e002700270031006100e900590058002000300027002200610022005a0059"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('761b50bff5e081639c6eb0b580c55d679eb27c5b').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('761b50bff5e081639c6eb0b580c55d679eb27c5b').toString(CryptoJS.enc.Latin1).length"#,
        r#"20"#,
    ),
    (
        r#"CryptoJS.AES.encrypt("\tZ\t#𝄞9X00b\"\n\"ac>€b#𝄞''1aéYX 0'\"a\"ZY", CryptoJS.enc.Hex.parse('b40d0636b9357def6685dc7ff81e61ae9475c4c109e6f7f10b4faebce283b8e3'), {iv: CryptoJS.enc.Hex.parse('6a29744839664ff61ab064918d1307ef')}).toString()"#,
        r#"jPL7OZ7kZ2FH764gfsdQzsOakc7FROBsbfwCRTYFMgOAsqE6Bc4ULuuULv+dURtg"#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt("\tZ\t#𝄞9X00b\"\n\"ac>€b#𝄞''1aéYX 0'\"a\"ZY", CryptoJS.enc.Hex.parse('b40d0636b9357def6685dc7ff81e61ae9475c4c109e6f7f10b4faebce283b8e3'), {iv: CryptoJS.enc.Hex.parse('6a29744839664ff61ab064918d1307ef')}).toString(), CryptoJS.enc.Hex.parse('b40d0636b9357def6685dc7ff81e61ae9475c4c109e6f7f10b4faebce283b8e3'), {iv: CryptoJS.enc.Hex.parse('6a29744839664ff61ab064918d1307ef')}).toString(CryptoJS.enc.Utf8) === "\tZ\t#𝄞9X00b\"\n\"ac>€b#𝄞''1aéYX 0'\"a\"ZY""#,
        r#"true"#,
    ),
    (
        r#"CryptoJS.PBKDF2("\tZ\t#𝄞9X00b\"\n\"ac>€b#𝄞''1aéYX 0'\"a\"ZY", "&>b 0&#é11€€'a\t€cc&\t0Yb<>𝄞é𝄞<<\t\t!Y9Y\"  \n\nac\tcZ>X\t0\"9\"bZb€<9\t\n#ZbX1\"é9&00>", {keySize: 12, iterations: 28}).toString()"#,
        r#"83ec73fdd70b49bb1c9a69a1a52b79bf97390551ba828a2ce2f82c5cc428deeea6e15aea42b680fe223697fb59b641ca"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('761b50bff5e081639c6eb0b580c55d679eb27c5b'))).toString()"#,
        r#"761b50bff5e081639c6eb0b580c55d679eb27c5b"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('761b50bff5e081639c6eb0b580c55d679eb27c5b').concat(CryptoJS.enc.Utf8.parse("\tZ\t#𝄞9X00b\"\n\"ac>€b#𝄞''1aéYX 0'\"a\"ZY"))).toString()"#,
        r#"4b688aceb416178993872615be9e056c"#,
    ),
    (
        r#"CryptoJS.SHA512("\n\"").toString()"#,
        r#"b055e990ae62b9b91ce83dff3868587534221786fb2bc740299e663c92e227c9308719d57cb84becb7fae37c677a1b0bd0ae62d21014357f5aa8c539a021aae1"#,
    ),
    (
        r##"CryptoJS.HmacSHA512("\n\"", "\"#'\n\n'>€1'1a\n'1€€c").toString(CryptoJS.enc.Base64)"##,
        r#"e5KQyu5O6/WQLhi7m//AEVogKWTSN6yb0DtWC6mp7XuamYLYG9wAK+FD5HBC6fe/Wl5t5AcLIfJLBsUffHGjlA=="#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse("\n\""))"#,
        r#"CiI="#,
    ),
    (
        r#"CryptoJS.enc.Utf16.parse("\n\"").toString()"#,
        r#"000a0022"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('508aa961e564054735').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('508aa961e564054735').toString(CryptoJS.enc.Latin1).length"#,
        r#"9"#,
    ),
    (
        r#"CryptoJS.AES.encrypt("\n\"", CryptoJS.enc.Hex.parse('3c33660277376d0c9abd1f1cf5128f859abf8c91392fa4499c38e71bd3f6b61f'), {iv: CryptoJS.enc.Hex.parse('9ad50d651665a07e7bc685bf4ab49217')}).toString()"#,
        r#"NyOHLzSU1Rnu/Ri7BItKBA=="#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt("\n\"", CryptoJS.enc.Hex.parse('3c33660277376d0c9abd1f1cf5128f859abf8c91392fa4499c38e71bd3f6b61f'), {iv: CryptoJS.enc.Hex.parse('9ad50d651665a07e7bc685bf4ab49217')}).toString(), CryptoJS.enc.Hex.parse('3c33660277376d0c9abd1f1cf5128f859abf8c91392fa4499c38e71bd3f6b61f'), {iv: CryptoJS.enc.Hex.parse('9ad50d651665a07e7bc685bf4ab49217')}).toString(CryptoJS.enc.Utf8) === "\n\"""#,
        r#"true"#,
    ),
    (
        r##"CryptoJS.PBKDF2("\n\"", "\"#'\n\n'>€1'1a\n'1€€c", {keySize: 10, iterations: 21}).toString()"##,
        r#"a33edb3e9f818da14055f00e119141f5619fae9b5a50f560fc737ce25c7c35fe597f5a7b548f9869"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('508aa961e564054735'))).toString()"#,
        r#"508aa961e564054735"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('508aa961e564054735').concat(CryptoJS.enc.Utf8.parse("\n\""))).toString()"#,
        r#"a5f541982be9ea43386d0a007b45161f"#,
    ),
    (
        r#"CryptoJS.SHA512("Z#a\n€990𝄞1Xa0#0<\n\t>0Z\n&#\t Y>#bYacZ'X<bc\n!XZ>€ \n'").toString()"#,
        r#"8b8e589cb73c59a2e9aac0179817462dfc4ac51c2aedb3381429dd6c5e65128f2412e16f301636ea10b1b6fd41d2535b4f4bef094be5808fcb2968de7022ea7a"#,
    ),
    (
        r#"CryptoJS.HmacSHA384("Z#a\n€990𝄞1Xa0#0<\n\t>0Z\n&#\t Y>#bYacZ'X<bc\n!XZ>€ \n'", "&#éX9\"a&9'\n!9\"Y>\"\n\n\"0\nZc9Za!bZ\"0>abaZ").toString(CryptoJS.enc.Base64)"#,
        r#"FlhhnJUjrChqhB7P9dR02ZCyXRAokSa9hTpDXYRU2MFZCb4Kuhmq3uQUZU37Go/t"#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse("Z#a\n€990𝄞1Xa0#0<\n\t>0Z\n&#\t Y>#bYacZ'X<bc\n!XZ>€ \n'"))"#,
        r#"WiNhCuKCrDk5MPCdhJ4xWGEwIzA8Cgk+MFoKJiMJIFk+I2JZYWNaJ1g8YmMKIVhaPuKCrCAKJw=="#,
    ),
    (
        r#"CryptoJS.enc.Utf16.parse("Z#a\n€990𝄞1Xa0#0<\n\t>0Z\n&#\t Y>#bYacZ'X<bc\n!XZ>€ \n'").toString()"#,
        r#"005a00230061000a20ac003900390030d834dd1e003100580061003000230030003c000a0009003e0030005a000a00260023000900200059003e00230062005900610063005a00270058003c00620063000a00210058005a003e20ac0020000a0027"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('74a56359d8a6cc9179a79d62ee55e1cf2f53009402e2dbcef85979245da8bc3b1267ea').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('74a56359d8a6cc9179a79d62ee55e1cf2f53009402e2dbcef85979245da8bc3b1267ea').toString(CryptoJS.enc.Latin1).length"#,
        r#"35"#,
    ),
    (
        r#"CryptoJS.AES.encrypt("Z#a\n€990𝄞1Xa0#0<\n\t>0Z\n&#\t Y>#bYacZ'X<bc\n!XZ>€ \n'", CryptoJS.enc.Hex.parse('97f86aafd78655358fd87823926507ddc85d609cd68cf971'), {iv: CryptoJS.enc.Hex.parse('b8bad185753a755a211f55cc9e1545ce')}).toString()"#,
        r#"Q3zE6oUv65yJqRq7yDFmXYRCcEAHKuit1drCuZxhm/uSCwXs2NaQH6eDTDCTt7LecAquMoLfrBYYYQnku3MWag=="#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt("Z#a\n€990𝄞1Xa0#0<\n\t>0Z\n&#\t Y>#bYacZ'X<bc\n!XZ>€ \n'", CryptoJS.enc.Hex.parse('97f86aafd78655358fd87823926507ddc85d609cd68cf971'), {iv: CryptoJS.enc.Hex.parse('b8bad185753a755a211f55cc9e1545ce')}).toString(), CryptoJS.enc.Hex.parse('97f86aafd78655358fd87823926507ddc85d609cd68cf971'), {iv: CryptoJS.enc.Hex.parse('b8bad185753a755a211f55cc9e1545ce')}).toString(CryptoJS.enc.Utf8) === "Z#a\n€990𝄞1Xa0#0<\n\t>0Z\n&#\t Y>#bYacZ'X<bc\n!XZ>€ \n'""#,
        r#"true"#,
    ),
    (
        r#"CryptoJS.PBKDF2("Z#a\n€990𝄞1Xa0#0<\n\t>0Z\n&#\t Y>#bYacZ'X<bc\n!XZ>€ \n'", "&#éX9\"a&9'\n!9\"Y>\"\n\n\"0\nZc9Za!bZ\"0>abaZ", {keySize: 6, iterations: 26}).toString()"#,
        r#"ec38ac0da2ca954687f2a4fadeed689041c7d08c6b6a0d0d"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('74a56359d8a6cc9179a79d62ee55e1cf2f53009402e2dbcef85979245da8bc3b1267ea'))).toString()"#,
        r#"74a56359d8a6cc9179a79d62ee55e1cf2f53009402e2dbcef85979245da8bc3b1267ea"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('74a56359d8a6cc9179a79d62ee55e1cf2f53009402e2dbcef85979245da8bc3b1267ea').concat(CryptoJS.enc.Utf8.parse("Z#a\n€990𝄞1Xa0#0<\n\t>0Z\n&#\t Y>#bYacZ'X<bc\n!XZ>€ \n'"))).toString()"#,
        r#"f624f26b2774cc10ac051414ca5b7d6f"#,
    ),
    (
        r#"CryptoJS.MD5("!X\t\t0\n>ZXX!bX#\n!é#<9c#b>€9Y\"><c!X'#&\n'< 𝄞b&1\nb€91").toString()"#,
        r#"324225766f12c7c984377898669bf5c5"#,
    ),
    (
        r#"CryptoJS.HmacSHA1("!X\t\t0\n>ZXX!bX#\n!é#<9c#b>€9Y\"><c!X'#&\n'< 𝄞b&1\nb€91", "99€é&1&#!0!\"  \t'a\nc9c\tX<\n<!&!#1>9cYZéc0\"\n#>é>#<X>Yc𝄞#<0&1190").toString(CryptoJS.enc.Base64)"#,
        r#"SdLSjFz5c7R3NvyJWqXt6lP3FwM="#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse("!X\t\t0\n>ZXX!bX#\n!é#<9c#b>€9Y\"><c!X'#&\n'< 𝄞b&1\nb€91"))"#,
        r#"IVgJCTAKPlpYWCFiWCMKIcOpIzw5YyNiPuKCrDlZIj48YyFYJyMmCic8IPCdhJ5iJjEKYuKCrDkx"#,
    ),
    (
        r#"CryptoJS.enc.Utf16.parse("!X\t\t0\n>ZXX!bX#\n!é#<9c#b>€9Y\"><c!X'#&\n'< 𝄞b&1\nb€91").toString()"#,
        r#"00210058000900090030000a003e005a005800580021006200580023000a002100e90023003c0039006300230062003e20ac003900590022003e003c006300210058002700230026000a0027003c0020d834dd1e006200260031000a006220ac00390031"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('1ac63c92817fcdb1bf80041f').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('1ac63c92817fcdb1bf80041f').toString(CryptoJS.enc.Latin1).length"#,
        r#"12"#,
    ),
    (
        r#"CryptoJS.AES.encrypt("!X\t\t0\n>ZXX!bX#\n!é#<9c#b>€9Y\"><c!X'#&\n'< 𝄞b&1\nb€91", CryptoJS.enc.Hex.parse('cae2818a95145185c7028d2bcff82fa7a605fc500f82458147f66bfa144b9d89'), {iv: CryptoJS.enc.Hex.parse('bcb65a1878d7aa4011e5fde4dd741af3')}).toString()"#,
        r#"NVM21eHScaklr927l6cQN9bLf5k5bzDcclh71Ndpocui+TMjEX7mupuV6kZBo16ehChARHvqbn+wL6XaOZr0ug=="#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt("!X\t\t0\n>ZXX!bX#\n!é#<9c#b>€9Y\"><c!X'#&\n'< 𝄞b&1\nb€91", CryptoJS.enc.Hex.parse('cae2818a95145185c7028d2bcff82fa7a605fc500f82458147f66bfa144b9d89'), {iv: CryptoJS.enc.Hex.parse('bcb65a1878d7aa4011e5fde4dd741af3')}).toString(), CryptoJS.enc.Hex.parse('cae2818a95145185c7028d2bcff82fa7a605fc500f82458147f66bfa144b9d89'), {iv: CryptoJS.enc.Hex.parse('bcb65a1878d7aa4011e5fde4dd741af3')}).toString(CryptoJS.enc.Utf8) === "!X\t\t0\n>ZXX!bX#\n!é#<9c#b>€9Y\"><c!X'#&\n'< 𝄞b&1\nb€91""#,
        r#"true"#,
    ),
    (
        r#"CryptoJS.PBKDF2("!X\t\t0\n>ZXX!bX#\n!é#<9c#b>€9Y\"><c!X'#&\n'< 𝄞b&1\nb€91", "99€é&1&#!0!\"  \t'a\nc9c\tX<\n<!&!#1>9cYZéc0\"\n#>é>#<X>Yc𝄞#<0&1190", {keySize: 14, iterations: 21}).toString()"#,
        r#"c8c876b57dd468e372485f4d0f71d5563ecb4e41fee816b7f948dad7551d2dc7fba42b92b11d29aa9a0cec903121fd8b569abbd7cdde51f4"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('1ac63c92817fcdb1bf80041f'))).toString()"#,
        r#"1ac63c92817fcdb1bf80041f"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('1ac63c92817fcdb1bf80041f').concat(CryptoJS.enc.Utf8.parse("!X\t\t0\n>ZXX!bX#\n!é#<9c#b>€9Y\"><c!X'#&\n'< 𝄞b&1\nb€91"))).toString()"#,
        r#"29114b1ac7f7226a70b1d5b65594e3a8"#,
    ),
    (
        r#"CryptoJS.SHA1("&X a91 <\tZc!!'\n\"'Z&\"<1\n>Z𝄞1𝄞<𝄞c#Z").toString()"#,
        r#"349d3ea4a8a61bbe44b0556a3838df3a4329fde1"#,
    ),
    (
        r#"CryptoJS.HmacSHA1("&X a91 <\tZc!!'\n\"'Z&\"<1\n>Z𝄞1𝄞<𝄞c#Z", "\"Y'€ é<#!").toString(CryptoJS.enc.Base64)"#,
        r#"3BxKagsVSzcyMz/og+CU8PrpRe0="#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse("&X a91 <\tZc!!'\n\"'Z&\"<1\n>Z𝄞1𝄞<𝄞c#Z"))"#,
        r#"JlggYTkxIDwJWmMhIScKIidaJiI8MQo+WvCdhJ4x8J2EnjzwnYSeYyNa"#,
    ),
    (
        r#"CryptoJS.enc.Utf16.parse("&X a91 <\tZc!!'\n\"'Z&\"<1\n>Z𝄞1𝄞<𝄞c#Z").toString()"#,
        r#"0026005800200061003900310020003c0009005a0063002100210027000a00220027005a00260022003c0031000a003e005ad834dd1e0031d834dd1e003cd834dd1e00630023005a"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('971ab9a050c9e352067d2c562e02fd14fd6401b469395dbc').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('971ab9a050c9e352067d2c562e02fd14fd6401b469395dbc').toString(CryptoJS.enc.Latin1).length"#,
        r#"24"#,
    ),
    (
        r#"CryptoJS.AES.encrypt("&X a91 <\tZc!!'\n\"'Z&\"<1\n>Z𝄞1𝄞<𝄞c#Z", CryptoJS.enc.Hex.parse('8ed91d7149fe29bc2197f8d3b04ad049'), {iv: CryptoJS.enc.Hex.parse('b3ec34b16454ee38e541b2d29b826b7f')}).toString()"#,
        r#"KVZsQkYElhuE8xFH0EjWGiqPs9r6wRNcyPueGnbYI8oN06TzQGAUfZQ1ccNy8N6q"#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt("&X a91 <\tZc!!'\n\"'Z&\"<1\n>Z𝄞1𝄞<𝄞c#Z", CryptoJS.enc.Hex.parse('8ed91d7149fe29bc2197f8d3b04ad049'), {iv: CryptoJS.enc.Hex.parse('b3ec34b16454ee38e541b2d29b826b7f')}).toString(), CryptoJS.enc.Hex.parse('8ed91d7149fe29bc2197f8d3b04ad049'), {iv: CryptoJS.enc.Hex.parse('b3ec34b16454ee38e541b2d29b826b7f')}).toString(CryptoJS.enc.Utf8) === "&X a91 <\tZc!!'\n\"'Z&\"<1\n>Z𝄞1𝄞<𝄞c#Z""#,
        r#"true"#,
    ),
    (
        r#"CryptoJS.PBKDF2("&X a91 <\tZc!!'\n\"'Z&\"<1\n>Z𝄞1𝄞<𝄞c#Z", "\"Y'€ é<#!", {keySize: 11, iterations: 12}).toString()"#,
        r#"dbbc453a2cd90ae906e7058f476168b670d49693f5409a3e8f246b963f47f241dec674e5dc4f06b354ddea60"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('971ab9a050c9e352067d2c562e02fd14fd6401b469395dbc'))).toString()"#,
        r#"971ab9a050c9e352067d2c562e02fd14fd6401b469395dbc"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('971ab9a050c9e352067d2c562e02fd14fd6401b469395dbc').concat(CryptoJS.enc.Utf8.parse("&X a91 <\tZc!!'\n\"'Z&\"<1\n>Z𝄞1𝄞<𝄞c#Z"))).toString()"#,
        r#"0660c2222b2d755219b332b3df0c94ee"#,
    ),
    (
        r#"CryptoJS.SHA256(" c Z&Y&𝄞&a\n9é90#𝄞#é'\nZ\n1c''\"'X€ 𝄞X900\t\nXc1a\n𝄞!b'Xé!>>𝄞>X0 𝄞'a").toString()"#,
        r#"0d72a35db361668c43ca04a5a55ea5bd3a6a88fe7668db2e42b6a83e1c1dd72a"#,
    ),
    (
        r#"CryptoJS.HmacMD5(" c Z&Y&𝄞&a\n9é90#𝄞#é'\nZ\n1c''\"'X€ 𝄞X900\t\nXc1a\n𝄞!b'Xé!>>𝄞>X0 𝄞'a", "𝄞\n'Y&a1>>'0'Y90Y1YY \"Z€#><aéX1&€c'X\"Z\"'1>€€\t<").toString(CryptoJS.enc.Base64)"#,
        r#"3dq5ZpNriBgenv+TbKRw6w=="#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse(" c Z&Y&𝄞&a\n9é90#𝄞#é'\nZ\n1c''\"'X€ 𝄞X900\t\nXc1a\n𝄞!b'Xé!>>𝄞>X0 𝄞'a"))"#,
        r#"IGMgWiZZJvCdhJ4mYQo5w6k5MCPwnYSeI8OpJwpaCjFjJyciJ1jigqwg8J2Enlg5MDAJClhjMWEK8J2EniFiJ1jDqSE+PvCdhJ4+WDAg8J2Enidh"#,
    ),
    (
        r#"CryptoJS.enc.Utf16.parse(" c Z&Y&𝄞&a\n9é90#𝄞#é'\nZ\n1c''\"'X€ 𝄞X900\t\nXc1a\n𝄞!b'Xé!>>𝄞>X0 𝄞'a").toString()"#,
        r#"002000630020005a002600590026d834dd1e00260061000a003900e9003900300023d834dd1e002300e90027000a005a000a003100630027002700220027005820ac0020d834dd1e00580039003000300009000a0058006300310061000ad834dd1e002100620027005800e90021003e003ed834dd1e003e005800300020d834dd1e00270061"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('11c0405989a478ac0b0deb393aa1ee9c722700421fe9cd').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('11c0405989a478ac0b0deb393aa1ee9c722700421fe9cd').toString(CryptoJS.enc.Latin1).length"#,
        r#"23"#,
    ),
    (
        r#"CryptoJS.AES.encrypt(" c Z&Y&𝄞&a\n9é90#𝄞#é'\nZ\n1c''\"'X€ 𝄞X900\t\nXc1a\n𝄞!b'Xé!>>𝄞>X0 𝄞'a", CryptoJS.enc.Hex.parse('d543627fb77212d7cc07ad442ed70433fe22f1e085374399'), {iv: CryptoJS.enc.Hex.parse('f7720d9ffe6ba8faf146a2a95c932c79')}).toString()"#,
        r#"mdXmqlIz+mjf0whDAy9zh1eN61K4Trve09ADYoUroKIoh7S/vsS+gtI6s2bS+GmQlOK5Peob/Sqq1Wx2CkiTf7rQWnpmq6jcssNsRV2qpVGBb/m1vsiOYSGv/xuC4TBs"#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt(" c Z&Y&𝄞&a\n9é90#𝄞#é'\nZ\n1c''\"'X€ 𝄞X900\t\nXc1a\n𝄞!b'Xé!>>𝄞>X0 𝄞'a", CryptoJS.enc.Hex.parse('d543627fb77212d7cc07ad442ed70433fe22f1e085374399'), {iv: CryptoJS.enc.Hex.parse('f7720d9ffe6ba8faf146a2a95c932c79')}).toString(), CryptoJS.enc.Hex.parse('d543627fb77212d7cc07ad442ed70433fe22f1e085374399'), {iv: CryptoJS.enc.Hex.parse('f7720d9ffe6ba8faf146a2a95c932c79')}).toString(CryptoJS.enc.Utf8) === " c Z&Y&𝄞&a\n9é90#𝄞#é'\nZ\n1c''\"'X€ 𝄞X900\t\nXc1a\n𝄞!b'Xé!>>𝄞>X0 𝄞'a""#,
        r#"true"#,
    ),
    (
        r#"CryptoJS.PBKDF2(" c Z&Y&𝄞&a\n9é90#𝄞#é'\nZ\n1c''\"'X€ 𝄞X900\t\nXc1a\n𝄞!b'Xé!>>𝄞>X0 𝄞'a", "𝄞\n'Y&a1>>'0'Y90Y1YY \"Z€#><aéX1&€c'X\"Z\"'1>€€\t<", {keySize: 16, iterations: 30}).toString()"#,
        r#"ecb64a52f2bba28f8a50d9fa23a70bb32d8e510a8bf7b1b353222149bc30219b6c6a4826b8d4a6fb935f11c3bf13546902cb9e13bd2892ce4d15a71b5f1935db"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('11c0405989a478ac0b0deb393aa1ee9c722700421fe9cd'))).toString()"#,
        r#"11c0405989a478ac0b0deb393aa1ee9c722700421fe9cd"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('11c0405989a478ac0b0deb393aa1ee9c722700421fe9cd').concat(CryptoJS.enc.Utf8.parse(" c Z&Y&𝄞&a\n9é90#𝄞#é'\nZ\n1c''\"'X€ 𝄞X900\t\nXc1a\n𝄞!b'Xé!>>𝄞>X0 𝄞'a"))).toString()"#,
        r#"e3f4521a18a54841ad81b28afc3e7a88"#,
    ),
    (
        r#"CryptoJS.SHA512("𝄞€aZcZ#a#Zc\n<\"𝄞&€&Z'bX9> c#1\"!X1bZba0'𝄞\"cX99\"cZ").toString()"#,
        r#"64dba17af3063a85e8df0755099700b59696eae34f8ed5e98975628754e78b4426c350362d0a3ba41e41b46e07d5fa19e07cb2cb8c1f7ea2afa5aa0d3fdc4369"#,
    ),
    (
        r#"CryptoJS.HmacSHA224("𝄞€aZcZ#a#Zc\n<\"𝄞&€&Z'bX9> c#1\"!X1bZba0'𝄞\"cX99\"cZ", "Zéc &Z\"bY<\nb\n'bYéX cb<1X<Z0#𝄞\t€0!é#9abc>ab& 'éZ&𝄞Ya'Z>'Z\">'").toString(CryptoJS.enc.Base64)"#,
        r#"yQq6w2nSXP6HVFqF8xnq1prr5nVUDXD3XSv2hg=="#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse("𝄞€aZcZ#a#Zc\n<\"𝄞&€&Z'bX9> c#1\"!X1bZba0'𝄞\"cX99\"cZ"))"#,
        r#"8J2EnuKCrGFaY1ojYSNaYwo8IvCdhJ4m4oKsJlonYlg5PiBjIzEiIVgxYlpiYTAn8J2EniJjWDk5ImNa"#,
    ),
    (
        r#"CryptoJS.enc.Utf16.parse("𝄞€aZcZ#a#Zc\n<\"𝄞&€&Z'bX9> c#1\"!X1bZba0'𝄞\"cX99\"cZ").toString()"#,
        r#"d834dd1e20ac0061005a0063005a002300610023005a0063000a003c0022d834dd1e002620ac0026005a0027006200580039003e002000630023003100220021005800310062005a0062006100300027d834dd1e0022006300580039003900220063005a"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('4ed313782b418c').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('4ed313782b418c').toString(CryptoJS.enc.Latin1).length"#,
        r#"7"#,
    ),
    (
        r#"CryptoJS.AES.encrypt("𝄞€aZcZ#a#Zc\n<\"𝄞&€&Z'bX9> c#1\"!X1bZba0'𝄞\"cX99\"cZ", CryptoJS.enc.Hex.parse('244b55a335b1403ba3de806806355ad6'), {iv: CryptoJS.enc.Hex.parse('e5b7ce8cb4c4b3bbfdea4762a72ef767')}).toString()"#,
        r#"4QiFuVV/sGeFz0vx921ccm389mKPyRj3DpPwzw5n3YIvggQcq7JJuqwprdVO8yyUl9pDNbPugzOwBWUi0+mu6Q=="#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt("𝄞€aZcZ#a#Zc\n<\"𝄞&€&Z'bX9> c#1\"!X1bZba0'𝄞\"cX99\"cZ", CryptoJS.enc.Hex.parse('244b55a335b1403ba3de806806355ad6'), {iv: CryptoJS.enc.Hex.parse('e5b7ce8cb4c4b3bbfdea4762a72ef767')}).toString(), CryptoJS.enc.Hex.parse('244b55a335b1403ba3de806806355ad6'), {iv: CryptoJS.enc.Hex.parse('e5b7ce8cb4c4b3bbfdea4762a72ef767')}).toString(CryptoJS.enc.Utf8) === "𝄞€aZcZ#a#Zc\n<\"𝄞&€&Z'bX9> c#1\"!X1bZba0'𝄞\"cX99\"cZ""#,
        r#"true"#,
    ),
    (
        r#"CryptoJS.PBKDF2("𝄞€aZcZ#a#Zc\n<\"𝄞&€&Z'bX9> c#1\"!X1bZba0'𝄞\"cX99\"cZ", "Zéc &Z\"bY<\nb\n'bYéX cb<1X<Z0#𝄞\t€0!é#9abc>ab& 'éZ&𝄞Ya'Z>'Z\">'", {keySize: 15, iterations: 48}).toString()"#,
        r#"6c4f6f661c412ab94cd832a4b361e2d35ddfadb86e9f42de239be9ee1c26ab9c90242c93a7a7450439f8a977fd4c5d720d94f1fc1099ab6e1c40920b"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('4ed313782b418c'))).toString()"#,
        r#"4ed313782b418c"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('4ed313782b418c').concat(CryptoJS.enc.Utf8.parse("𝄞€aZcZ#a#Zc\n<\"𝄞&€&Z'bX9> c#1\"!X1bZba0'𝄞\"cX99\"cZ"))).toString()"#,
        r#"e1819502d78149af1f33a4569aac6484"#,
    ),
    (
        r#"CryptoJS.SHA224("€€\n\nca0'Z").toString()"#,
        r#"efec9fdd4d48f7c6df6b49fb3289bd1dded29ff723ad09c9a9f72e66"#,
    ),
    (
        r#"CryptoJS.HmacSHA256("€€\n\nca0'Z", "\n0&#1!#b1é\nX!\t&99€𝄞").toString(CryptoJS.enc.Base64)"#,
        r#"LBTIvZzyOGhWsDvqwo3inRo5X9NKfa8kti+m/u9MFEk="#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse("€€\n\nca0'Z"))"#,
        r#"4oKs4oKsCgpjYTAnWg=="#,
    ),
    (
        r#"CryptoJS.enc.Utf16.parse("€€\n\nca0'Z").toString()"#,
        r#"20ac20ac000a000a0063006100300027005a"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('e33a5ed20685fe83a6').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('e33a5ed20685fe83a6').toString(CryptoJS.enc.Latin1).length"#,
        r#"9"#,
    ),
    (
        r#"CryptoJS.AES.encrypt("€€\n\nca0'Z", CryptoJS.enc.Hex.parse('07980ff1512e0d5ac81a5452eeca135087a6bf9a5c492f54'), {iv: CryptoJS.enc.Hex.parse('a693ea91a9dfc8489f35469502e972e6')}).toString()"#,
        r#"l3bARCBJx38v1UaOcD9UCQ=="#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt("€€\n\nca0'Z", CryptoJS.enc.Hex.parse('07980ff1512e0d5ac81a5452eeca135087a6bf9a5c492f54'), {iv: CryptoJS.enc.Hex.parse('a693ea91a9dfc8489f35469502e972e6')}).toString(), CryptoJS.enc.Hex.parse('07980ff1512e0d5ac81a5452eeca135087a6bf9a5c492f54'), {iv: CryptoJS.enc.Hex.parse('a693ea91a9dfc8489f35469502e972e6')}).toString(CryptoJS.enc.Utf8) === "€€\n\nca0'Z""#,
        r#"true"#,
    ),
    (
        r#"CryptoJS.PBKDF2("€€\n\nca0'Z", "\n0&#1!#b1é\nX!\t&99€𝄞", {keySize: 9, iterations: 15}).toString()"#,
        r#"68dc03c8d2aaca781dda1c2d29c3ecbd8eff968a4d8117e097b7dbc81855a1c9aa27b3dc"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('e33a5ed20685fe83a6'))).toString()"#,
        r#"e33a5ed20685fe83a6"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('e33a5ed20685fe83a6').concat(CryptoJS.enc.Utf8.parse("€€\n\nca0'Z"))).toString()"#,
        r#"1fac7e4d59acad5c141981c0f6f74783"#,
    ),
    (
        r#"CryptoJS.SHA384("0Xc>\"Z \n#&Y1Z𝄞X<1é0&€&Z\">X\"c>€1Z'9a #\t!ba!𝄞Y'𝄞&1Y\n'9\"1!!YY<X#c#\n").toString()"#,
        r#"2b55c082fb8e7598cabd72945a1bd8cb589a30756b5606277100fce76eae64cd6a8ba957a97ef135e8bc4473e85b2871"#,
    ),
    (
        r##"CryptoJS.HmacMD5("0Xc>\"Z \n#&Y1Z𝄞X<1é0&€&Z\">X\"c>€1Z'9a #\t!ba!𝄞Y'𝄞&1Y\n'9\"1!!YY<X#c#\n", "#\t0>'\nXa9€€>c\n").toString(CryptoJS.enc.Base64)"##,
        r#"6KeJRfugYafQCMMTQNLrPQ=="#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse("0Xc>\"Z \n#&Y1Z𝄞X<1é0&€&Z\">X\"c>€1Z'9a #\t!ba!𝄞Y'𝄞&1Y\n'9\"1!!YY<X#c#\n"))"#,
        r#"MFhjPiJaIAojJlkxWvCdhJ5YPDHDqTAm4oKsJloiPlgiYz7igqwxWic5YSAjCSFiYSHwnYSeWSfwnYSeJjFZCic5IjEhIVlZPFgjYyMK"#,
    ),
    (
        r#"CryptoJS.enc.Utf16.parse("0Xc>\"Z \n#&Y1Z𝄞X<1é0&€&Z\">X\"c>€1Z'9a #\t!ba!𝄞Y'𝄞&1Y\n'9\"1!!YY<X#c#\n").toString()"#,
        r#"003000580063003e0022005a0020000a0023002600590031005ad834dd1e0058003c003100e90030002620ac0026005a0022003e005800220063003e20ac0031005a0027003900610020002300090021006200610021d834dd1e00590027d834dd1e002600310059000a00270039002200310021002100590059003c0058002300630023000a"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('baa0138822f9661177c9816fa748b93bb8539dd1e52a8f').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('baa0138822f9661177c9816fa748b93bb8539dd1e52a8f').toString(CryptoJS.enc.Latin1).length"#,
        r#"23"#,
    ),
    (
        r#"CryptoJS.AES.encrypt("0Xc>\"Z \n#&Y1Z𝄞X<1é0&€&Z\">X\"c>€1Z'9a #\t!ba!𝄞Y'𝄞&1Y\n'9\"1!!YY<X#c#\n", CryptoJS.enc.Hex.parse('d2cda8edb41363df1377852ac7b818e5ec3348f20d61d0ec258228d3e4853e03'), {iv: CryptoJS.enc.Hex.parse('f87817231f00d9c7bb28d4cfd0543886')}).toString()"#,
        r#"ko8em28EIcnBzMdM/pNUatQ4fP8WkW+hK4O0JAeh0JnnpWk8P2K/mscvj1KI1FnprnIjUEq8M6ni+JUD0KeefXcm4IhRI0NM6954btXN3ZQ="#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt("0Xc>\"Z \n#&Y1Z𝄞X<1é0&€&Z\">X\"c>€1Z'9a #\t!ba!𝄞Y'𝄞&1Y\n'9\"1!!YY<X#c#\n", CryptoJS.enc.Hex.parse('d2cda8edb41363df1377852ac7b818e5ec3348f20d61d0ec258228d3e4853e03'), {iv: CryptoJS.enc.Hex.parse('f87817231f00d9c7bb28d4cfd0543886')}).toString(), CryptoJS.enc.Hex.parse('d2cda8edb41363df1377852ac7b818e5ec3348f20d61d0ec258228d3e4853e03'), {iv: CryptoJS.enc.Hex.parse('f87817231f00d9c7bb28d4cfd0543886')}).toString(CryptoJS.enc.Utf8) === "0Xc>\"Z \n#&Y1Z𝄞X<1é0&€&Z\">X\"c>€1Z'9a #\t!ba!𝄞Y'𝄞&1Y\n'9\"1!!YY<X#c#\n""#,
        r#"true"#,
    ),
    (
        r##"CryptoJS.PBKDF2("0Xc>\"Z \n#&Y1Z𝄞X<1é0&€&Z\">X\"c>€1Z'9a #\t!ba!𝄞Y'𝄞&1Y\n'9\"1!!YY<X#c#\n", "#\t0>'\nXa9€€>c\n", {keySize: 16, iterations: 48}).toString()"##,
        r#"1c9a0f3831f4be76bdc20603d490fc995d9e5d863f0655bed8d6428ebe88987ea77facce7a3176ce7cae3f21b68dbad425d681c44d1d36ac4edcf33d2186d7c2"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('baa0138822f9661177c9816fa748b93bb8539dd1e52a8f'))).toString()"#,
        r#"baa0138822f9661177c9816fa748b93bb8539dd1e52a8f"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('baa0138822f9661177c9816fa748b93bb8539dd1e52a8f').concat(CryptoJS.enc.Utf8.parse("0Xc>\"Z \n#&Y1Z𝄞X<1é0&€&Z\">X\"c>€1Z'9a #\t!ba!𝄞Y'𝄞&1Y\n'9\"1!!YY<X#c#\n"))).toString()"#,
        r#"9c7f6deeefe2949b0647322039bea885"#,
    ),
    (
        r#"CryptoJS.RIPEMD160(">Zcé€ZY#cé'\nb1X>é0 𝄞>0\t€𝄞<c\t1b!&>'ébé\n#Y'\"Xé𝄞é\"bX<1#\"Y1X 1\n'Y").toString()"#,
        r#"9ff77958c1e13d97ed12852fa859914ccdad76f8"#,
    ),
    (
        r#"CryptoJS.HmacSHA256(">Zcé€ZY#cé'\nb1X>é0 𝄞>0\t€𝄞<c\t1b!&>'ébé\n#Y'\"Xé𝄞é\"bX<1#\"Y1X 1\n'Y", "X\"c9#'&0\n1Yb<1 1<ZZ#9\n00c1#'𝄞ééa\"a01\t\n𝄞!c\tb'>1<!\tY#é\né'ac").toString(CryptoJS.enc.Base64)"#,
        r#"dC3MjMljY9Zngk6/+L2VQts6Bc2ug7gCXU3ybDPJdkw="#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse(">Zcé€ZY#cé'\nb1X>é0 𝄞>0\t€𝄞<c\t1b!&>'ébé\n#Y'\"Xé𝄞é\"bX<1#\"Y1X 1\n'Y"))"#,
        r#"Plpjw6nigqxaWSNjw6knCmIxWD7DqTAg8J2Enj4wCeKCrPCdhJ48YwkxYiEmPifDqWLDqQojWSciWMOp8J2EnsOpImJYPDEjIlkxWCAxCidZ"#,
    ),
    (
        r#"CryptoJS.enc.Utf16.parse(">Zcé€ZY#cé'\nb1X>é0 𝄞>0\t€𝄞<c\t1b!&>'ébé\n#Y'\"Xé𝄞é\"bX<1#\"Y1X 1\n'Y").toString()"#,
        r#"003e005a006300e920ac005a00590023006300e90027000a006200310058003e00e900300020d834dd1e003e0030000920acd834dd1e003c006300090031006200210026003e002700e9006200e9000a0023005900270022005800e9d834dd1e00e9002200620058003c00310023002200590031005800200031000a00270059"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('809abc94e18eb728ffaaa3b344eaaf9f4f0577dad89f2133').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('809abc94e18eb728ffaaa3b344eaaf9f4f0577dad89f2133').toString(CryptoJS.enc.Latin1).length"#,
        r#"24"#,
    ),
    (
        r#"CryptoJS.AES.encrypt(">Zcé€ZY#cé'\nb1X>é0 𝄞>0\t€𝄞<c\t1b!&>'ébé\n#Y'\"Xé𝄞é\"bX<1#\"Y1X 1\n'Y", CryptoJS.enc.Hex.parse('b62af19f5a1d12ab6360be198446b3a8360346776442f24e749b29bd881ba7c1'), {iv: CryptoJS.enc.Hex.parse('3490f1c73edd5943f2f3b2e60dc55e9a')}).toString()"#,
        r#"Tpg64JfGrTM/ziDmJohXScfjw0OzppEjAZti6hn6mrmRxuXQb8w61ue8N3tYWZUbKISIWHRidqqhY4gw2AA25pknUngu9v9DWWWnkW/Ygagri0M5qWylgLyetJ2tQn4H"#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt(">Zcé€ZY#cé'\nb1X>é0 𝄞>0\t€𝄞<c\t1b!&>'ébé\n#Y'\"Xé𝄞é\"bX<1#\"Y1X 1\n'Y", CryptoJS.enc.Hex.parse('b62af19f5a1d12ab6360be198446b3a8360346776442f24e749b29bd881ba7c1'), {iv: CryptoJS.enc.Hex.parse('3490f1c73edd5943f2f3b2e60dc55e9a')}).toString(), CryptoJS.enc.Hex.parse('b62af19f5a1d12ab6360be198446b3a8360346776442f24e749b29bd881ba7c1'), {iv: CryptoJS.enc.Hex.parse('3490f1c73edd5943f2f3b2e60dc55e9a')}).toString(CryptoJS.enc.Utf8) === ">Zcé€ZY#cé'\nb1X>é0 𝄞>0\t€𝄞<c\t1b!&>'ébé\n#Y'\"Xé𝄞é\"bX<1#\"Y1X 1\n'Y""#,
        r#"true"#,
    ),
    (
        r#"CryptoJS.PBKDF2(">Zcé€ZY#cé'\nb1X>é0 𝄞>0\t€𝄞<c\t1b!&>'ébé\n#Y'\"Xé𝄞é\"bX<1#\"Y1X 1\n'Y", "X\"c9#'&0\n1Yb<1 1<ZZ#9\n00c1#'𝄞ééa\"a01\t\n𝄞!c\tb'>1<!\tY#é\né'ac", {keySize: 14, iterations: 1}).toString()"#,
        r#"e5902d5b917dc2734fc820c27b58b96a36ea7e5e96db256cac9e4281b18d7a47cf4c7be720aa17dc8f02a782c0426dba64e0b116a007ec8f"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('809abc94e18eb728ffaaa3b344eaaf9f4f0577dad89f2133'))).toString()"#,
        r#"809abc94e18eb728ffaaa3b344eaaf9f4f0577dad89f2133"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('809abc94e18eb728ffaaa3b344eaaf9f4f0577dad89f2133').concat(CryptoJS.enc.Utf8.parse(">Zcé€ZY#cé'\nb1X>é0 𝄞>0\t€𝄞<c\t1b!&>'ébé\n#Y'\"Xé𝄞é\"bX<1#\"Y1X 1\n'Y"))).toString()"#,
        r#"c52642fa3b24e190c764d0c4de72c4fa"#,
    ),
    (
        r#"CryptoJS.SHA384("€\"Xé>\"𝄞>Y\"0\n9ccc<Z!#Y 0\t#<Z&#> #b9>!𝄞\tYbc").toString()"#,
        r#"127463d6aa0c57b4ca04f519e6c5e2de24347d4c6fdf580ce7a8f74a83d8364ccd620e5639f64774f46e5c493a1eee25"#,
    ),
    (
        r#"CryptoJS.HmacSHA224("€\"Xé>\"𝄞>Y\"0\n9ccc<Z!#Y 0\t#<Z&#> #b9>!𝄞\tYbc", "'é>Y𝄞𝄞c&\"0€>é\n𝄞€ébYaa\t0<ab\na\"𝄞𝄞bbcé\t'<b&aZcé! 111cc\né\"Z<\n>\n𝄞").toString(CryptoJS.enc.Base64)"#,
        r#"0fL+fnnvBfUgftfiqMEjPk73HVh0nDFtT/Akfg=="#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse("€\"Xé>\"𝄞>Y\"0\n9ccc<Z!#Y 0\t#<Z&#> #b9>!𝄞\tYbc"))"#,
        r#"4oKsIljDqT4i8J2Enj5ZIjAKOWNjYzxaISNZIDAJIzxaJiM+ICNiOT4h8J2EnglZYmM="#,
    ),
    (
        r#"CryptoJS.enc.Utf16.parse("€\"Xé>\"𝄞>Y\"0\n9ccc<Z!#Y 0\t#<Z&#> #b9>!𝄞\tYbc").toString()"#,
        r#"20ac0022005800e9003e0022d834dd1e003e005900220030000a0039006300630063003c005a0021002300590020003000090023003c005a00260023003e0020002300620039003e0021d834dd1e0009005900620063"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('d0a0bce515ae686af88507506f4d6e12fd00608c2e22ddcdfec5e4d1cf8298e911').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('d0a0bce515ae686af88507506f4d6e12fd00608c2e22ddcdfec5e4d1cf8298e911').toString(CryptoJS.enc.Latin1).length"#,
        r#"33"#,
    ),
    (
        r#"CryptoJS.AES.encrypt("€\"Xé>\"𝄞>Y\"0\n9ccc<Z!#Y 0\t#<Z&#> #b9>!𝄞\tYbc", CryptoJS.enc.Hex.parse('b580e9fa616c6425d07f763421bcc519a783401c0fa63ef68c20e75c8eea7d5a'), {iv: CryptoJS.enc.Hex.parse('f9a80247b87b55ecb60ccdc3af63a01b')}).toString()"#,
        r#"60hG/sHGUpJ9dctYZ/7/jLtpf7+hJqGMqTzC9OlX1cOL3kVWGIgsEQwlrbLKvfOd6X6h+ntkCtsfV3eYBQ3PIQ=="#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt("€\"Xé>\"𝄞>Y\"0\n9ccc<Z!#Y 0\t#<Z&#> #b9>!𝄞\tYbc", CryptoJS.enc.Hex.parse('b580e9fa616c6425d07f763421bcc519a783401c0fa63ef68c20e75c8eea7d5a'), {iv: CryptoJS.enc.Hex.parse('f9a80247b87b55ecb60ccdc3af63a01b')}).toString(), CryptoJS.enc.Hex.parse('b580e9fa616c6425d07f763421bcc519a783401c0fa63ef68c20e75c8eea7d5a'), {iv: CryptoJS.enc.Hex.parse('f9a80247b87b55ecb60ccdc3af63a01b')}).toString(CryptoJS.enc.Utf8) === "€\"Xé>\"𝄞>Y\"0\n9ccc<Z!#Y 0\t#<Z&#> #b9>!𝄞\tYbc""#,
        r#"true"#,
    ),
    (
        r#"CryptoJS.PBKDF2("€\"Xé>\"𝄞>Y\"0\n9ccc<Z!#Y 0\t#<Z&#> #b9>!𝄞\tYbc", "'é>Y𝄞𝄞c&\"0€>é\n𝄞€ébYaa\t0<ab\na\"𝄞𝄞bbcé\t'<b&aZcé! 111cc\né\"Z<\n>\n𝄞", {keySize: 12, iterations: 50}).toString()"#,
        r#"284df3ef3911d339a50c80198a2a04f3e6f4a1a9ea160b7b53da76d06f8f4d49dd7caec38579420df61502a7483a9c2c"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('d0a0bce515ae686af88507506f4d6e12fd00608c2e22ddcdfec5e4d1cf8298e911'))).toString()"#,
        r#"d0a0bce515ae686af88507506f4d6e12fd00608c2e22ddcdfec5e4d1cf8298e911"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('d0a0bce515ae686af88507506f4d6e12fd00608c2e22ddcdfec5e4d1cf8298e911').concat(CryptoJS.enc.Utf8.parse("€\"Xé>\"𝄞>Y\"0\n9ccc<Z!#Y 0\t#<Z&#> #b9>!𝄞\tYbc"))).toString()"#,
        r#"477c31a5b501cab109c453b00ed4e1c2"#,
    ),
    (
        r###"CryptoJS.SHA512("##\"\"€cb𝄞\tbbé€0bb\n >!\">!<01&\t\"1a0b#9'!cY€\"").toString()"###,
        r#"f794e23471ebad66b6514349db0cf778042b8ee3a60f7c8765f728c6d47dcaff1831543c688bad7df6375ad35c06e94f1245e948fd9b9fcffc9f9890628bcc02"#,
    ),
    (
        r###"CryptoJS.HmacSHA512("##\"\"€cb𝄞\tbbé€0bb\n >!\">!<01&\t\"1a0b#9'!cY€\"", "><𝄞béa<'Z'9'0#1Y1b0c#0<0\"a1'é0𝄞>X'ab𝄞é& !\n'9ZZ€'\"\t#𝄞&&&!<99X1'").toString(CryptoJS.enc.Base64)"###,
        r#"nv9by6+70ttNEmUDCo4jIf2IfAW11Ze7GWseRP1nI6UdaEI5IWTlbyIsIu5S/C3yk3hZQH+9WY+TXwobCIEjHw=="#,
    ),
    (
        r###"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse("##\"\"€cb𝄞\tbbé€0bb\n >!\">!<01&\t\"1a0b#9'!cY€\""))"###,
        r#"IyMiIuKCrGNi8J2EngliYsOp4oKsMGJiCiA+ISI+ITwwMSYJIjFhMGIjOSchY1nigqwi"#,
    ),
    (
        r###"CryptoJS.enc.Utf16.parse("##\"\"€cb𝄞\tbbé€0bb\n >!\">!<01&\t\"1a0b#9'!cY€\"").toString()"###,
        r#"002300230022002220ac00630062d834dd1e00090062006200e920ac003000620062000a0020003e00210022003e0021003c00300031002600090022003100610030006200230039002700210063005920ac0022"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('94a0009b5f7cd86faa72e3c82cd502366f0c52540b2d6f4294d90fa6935d9e87d0ae443f7d').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('94a0009b5f7cd86faa72e3c82cd502366f0c52540b2d6f4294d90fa6935d9e87d0ae443f7d').toString(CryptoJS.enc.Latin1).length"#,
        r#"37"#,
    ),
    (
        r###"CryptoJS.AES.encrypt("##\"\"€cb𝄞\tbbé€0bb\n >!\">!<01&\t\"1a0b#9'!cY€\"", CryptoJS.enc.Hex.parse('76412ab871fde57622f25ea0d0586fc15087feacf8031bf2'), {iv: CryptoJS.enc.Hex.parse('019ca4d0141c04e2969a4268241503a9')}).toString()"###,
        r#"x5Tf8E9lZ4p9OL8gZjJTAdQTXVvYVTrnuBI0ynrYCQYSUJjRqc55fDbScbaQfnt0ImOzp9pht+ZTKfECeappRw=="#,
    ),
    (
        r###"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt("##\"\"€cb𝄞\tbbé€0bb\n >!\">!<01&\t\"1a0b#9'!cY€\"", CryptoJS.enc.Hex.parse('76412ab871fde57622f25ea0d0586fc15087feacf8031bf2'), {iv: CryptoJS.enc.Hex.parse('019ca4d0141c04e2969a4268241503a9')}).toString(), CryptoJS.enc.Hex.parse('76412ab871fde57622f25ea0d0586fc15087feacf8031bf2'), {iv: CryptoJS.enc.Hex.parse('019ca4d0141c04e2969a4268241503a9')}).toString(CryptoJS.enc.Utf8) === "##\"\"€cb𝄞\tbbé€0bb\n >!\">!<01&\t\"1a0b#9'!cY€\"""###,
        r#"true"#,
    ),
    (
        r###"CryptoJS.PBKDF2("##\"\"€cb𝄞\tbbé€0bb\n >!\">!<01&\t\"1a0b#9'!cY€\"", "><𝄞béa<'Z'9'0#1Y1b0c#0<0\"a1'é0𝄞>X'ab𝄞é& !\n'9ZZ€'\"\t#𝄞&&&!<99X1'", {keySize: 12, iterations: 13}).toString()"###,
        r#"6865ebca29afe68f6d742af8a4d7cd4df4d296f88bb14e4e340992a91f223b9faa5adb7e74b9611ea369daed45d7c5ba"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('94a0009b5f7cd86faa72e3c82cd502366f0c52540b2d6f4294d90fa6935d9e87d0ae443f7d'))).toString()"#,
        r#"94a0009b5f7cd86faa72e3c82cd502366f0c52540b2d6f4294d90fa6935d9e87d0ae443f7d"#,
    ),
    (
        r###"CryptoJS.MD5(CryptoJS.enc.Hex.parse('94a0009b5f7cd86faa72e3c82cd502366f0c52540b2d6f4294d90fa6935d9e87d0ae443f7d').concat(CryptoJS.enc.Utf8.parse("##\"\"€cb𝄞\tbbé€0bb\n >!\">!<01&\t\"1a0b#9'!cY€\""))).toString()"###,
        r#"ea44180dd45a603fd8634dac29f685d7"#,
    ),
    (
        r#"CryptoJS.MD5("9cac€bX0!\t#𝄞<\"𝄞''\"'Yé9'<1aY\t'\tY00").toString()"#,
        r#"c053efce0ebab36ba0b9ba63de15a925"#,
    ),
    (
        r#"CryptoJS.HmacMD5("9cac€bX0!\t#𝄞<\"𝄞''\"'Yé9'<1aY\t'\tY00", "'\na>𝄞Y1\n'b1\n&\t9𝄞\"€\"\"Z&#\t\n€é0é<\tX€\"Z10Y").toString(CryptoJS.enc.Base64)"#,
        r#"Kq0hOIdF22mMOLGwXEuaNw=="#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse("9cac€bX0!\t#𝄞<\"𝄞''\"'Yé9'<1aY\t'\tY00"))"#,
        r#"OWNhY+KCrGJYMCEJI/CdhJ48IvCdhJ4nJyInWcOpOSc8MWFZCScJWTAw"#,
    ),
    (
        r#"CryptoJS.enc.Utf16.parse("9cac€bX0!\t#𝄞<\"𝄞''\"'Yé9'<1aY\t'\tY00").toString()"#,
        r#"003900630061006320ac006200580030002100090023d834dd1e003c0022d834dd1e0027002700220027005900e900390027003c003100610059000900270009005900300030"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('d1998dc8e3b66b43ea976bcd5d45').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('d1998dc8e3b66b43ea976bcd5d45').toString(CryptoJS.enc.Latin1).length"#,
        r#"14"#,
    ),
    (
        r#"CryptoJS.AES.encrypt("9cac€bX0!\t#𝄞<\"𝄞''\"'Yé9'<1aY\t'\tY00", CryptoJS.enc.Hex.parse('5a09dd3cc296f8b0472e7890a60f639075610c41f5321663bc3494913f23924a'), {iv: CryptoJS.enc.Hex.parse('aa1c4b12b9cca9fac36a1cf7d8fc448e')}).toString()"#,
        r#"ntOnDPgZHs9ud9vcgUWgIqTvoZyCWUR8SvcwRJthWtn9XULDKLMe7uBNZqIYH6sv"#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt("9cac€bX0!\t#𝄞<\"𝄞''\"'Yé9'<1aY\t'\tY00", CryptoJS.enc.Hex.parse('5a09dd3cc296f8b0472e7890a60f639075610c41f5321663bc3494913f23924a'), {iv: CryptoJS.enc.Hex.parse('aa1c4b12b9cca9fac36a1cf7d8fc448e')}).toString(), CryptoJS.enc.Hex.parse('5a09dd3cc296f8b0472e7890a60f639075610c41f5321663bc3494913f23924a'), {iv: CryptoJS.enc.Hex.parse('aa1c4b12b9cca9fac36a1cf7d8fc448e')}).toString(CryptoJS.enc.Utf8) === "9cac€bX0!\t#𝄞<\"𝄞''\"'Yé9'<1aY\t'\tY00""#,
        r#"true"#,
    ),
    (
        r#"CryptoJS.PBKDF2("9cac€bX0!\t#𝄞<\"𝄞''\"'Yé9'<1aY\t'\tY00", "'\na>𝄞Y1\n'b1\n&\t9𝄞\"€\"\"Z&#\t\n€é0é<\tX€\"Z10Y", {keySize: 4, iterations: 41}).toString()"#,
        r#"03e3fbecffac2332f0cc71d20621122f"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('d1998dc8e3b66b43ea976bcd5d45'))).toString()"#,
        r#"d1998dc8e3b66b43ea976bcd5d45"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('d1998dc8e3b66b43ea976bcd5d45').concat(CryptoJS.enc.Utf8.parse("9cac€bX0!\t#𝄞<\"𝄞''\"'Yé9'<1aY\t'\tY00"))).toString()"#,
        r#"86c91045ce9cfa7af934fd5d4ba6d3ae"#,
    ),
    (
        r#"CryptoJS.SHA384(">!X<bé<€b€Yc0!cY\n\t Xé9é𝄞aécX𝄞").toString()"#,
        r#"867946b0e72209c21bb93f6c5704bcd938ee11545faa150482333dac6f95761c6c061ff5fdda80a11727eafce90bb072"#,
    ),
    (
        r#"CryptoJS.HmacSHA1(">!X<bé<€b€Yc0!cY\n\t Xé9é𝄞aécX𝄞", "1#éZX𝄞\"\n1>>\">\té!0XcY\"!&'Xa0Y<9é#é9!<b").toString(CryptoJS.enc.Base64)"#,
        r#"ZXhm7qpUTNkFZdUTfSW+0Wki12E="#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse(">!X<bé<€b€Yc0!cY\n\t Xé9é𝄞aécX𝄞"))"#,
        r#"PiFYPGLDqTzigqxi4oKsWWMwIWNZCgkgWMOpOcOp8J2EnmHDqWNY8J2Eng=="#,
    ),
    (
        r#"CryptoJS.enc.Utf16.parse(">!X<bé<€b€Yc0!cY\n\t Xé9é𝄞aécX𝄞").toString()"#,
        r#"003e00210058003c006200e9003c20ac006220ac005900630030002100630059000a00090020005800e9003900e9d834dd1e006100e900630058d834dd1e"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('d59188befed0ba8677ebe9b20d52dbc03dbfe1d63381').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('d59188befed0ba8677ebe9b20d52dbc03dbfe1d63381').toString(CryptoJS.enc.Latin1).length"#,
        r#"22"#,
    ),
    (
        r#"CryptoJS.AES.encrypt(">!X<bé<€b€Yc0!cY\n\t Xé9é𝄞aécX𝄞", CryptoJS.enc.Hex.parse('4313cb1e660533bf93811017559cb21a'), {iv: CryptoJS.enc.Hex.parse('d7d27e46f7fbd7272821b965452893d0')}).toString()"#,
        r#"tMGZwIpFXgIr9urL9rrg1duWi6MF4PCCv8i0wjixAd3zG+TDnMye566G0o+DBxXE"#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt(">!X<bé<€b€Yc0!cY\n\t Xé9é𝄞aécX𝄞", CryptoJS.enc.Hex.parse('4313cb1e660533bf93811017559cb21a'), {iv: CryptoJS.enc.Hex.parse('d7d27e46f7fbd7272821b965452893d0')}).toString(), CryptoJS.enc.Hex.parse('4313cb1e660533bf93811017559cb21a'), {iv: CryptoJS.enc.Hex.parse('d7d27e46f7fbd7272821b965452893d0')}).toString(CryptoJS.enc.Utf8) === ">!X<bé<€b€Yc0!cY\n\t Xé9é𝄞aécX𝄞""#,
        r#"true"#,
    ),
    (
        r#"CryptoJS.PBKDF2(">!X<bé<€b€Yc0!cY\n\t Xé9é𝄞aécX𝄞", "1#éZX𝄞\"\n1>>\">\té!0XcY\"!&'Xa0Y<9é#é9!<b", {keySize: 3, iterations: 43}).toString()"#,
        r#"c71dafe69a1baaeb43b35bbe"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('d59188befed0ba8677ebe9b20d52dbc03dbfe1d63381'))).toString()"#,
        r#"d59188befed0ba8677ebe9b20d52dbc03dbfe1d63381"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('d59188befed0ba8677ebe9b20d52dbc03dbfe1d63381').concat(CryptoJS.enc.Utf8.parse(">!X<bé<€b€Yc0!cY\n\t Xé9é𝄞aécX𝄞"))).toString()"#,
        r#"09c8b023a531f713452139db3c7333b4"#,
    ),
    (
        r#"CryptoJS.SHA1("X𝄞b!#Y#").toString()"#,
        r#"9160dd0b2e9fa13a18e4a70d2322e2ba4a6ba764"#,
    ),
    (
        r#"CryptoJS.HmacSHA1("X𝄞b!#Y#", "\t <€").toString(CryptoJS.enc.Base64)"#,
        r#"FHIG1YuWHwDqANKOq9voAPAWnV8="#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse("X𝄞b!#Y#"))"#,
        r#"WPCdhJ5iISNZIw=="#,
    ),
    (
        r#"CryptoJS.enc.Utf16.parse("X𝄞b!#Y#").toString()"#,
        r#"0058d834dd1e00620021002300590023"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('15a63772a8fda9e8a9a8bd8186d9a2').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('15a63772a8fda9e8a9a8bd8186d9a2').toString(CryptoJS.enc.Latin1).length"#,
        r#"15"#,
    ),
    (
        r#"CryptoJS.AES.encrypt("X𝄞b!#Y#", CryptoJS.enc.Hex.parse('dcee1c7da0aa2e969be2845696f41639'), {iv: CryptoJS.enc.Hex.parse('721e4d2cd5c6f0879af5b12bfa97cba3')}).toString()"#,
        r#"+kZutDSfO4u+/j0JCttsqw=="#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt("X𝄞b!#Y#", CryptoJS.enc.Hex.parse('dcee1c7da0aa2e969be2845696f41639'), {iv: CryptoJS.enc.Hex.parse('721e4d2cd5c6f0879af5b12bfa97cba3')}).toString(), CryptoJS.enc.Hex.parse('dcee1c7da0aa2e969be2845696f41639'), {iv: CryptoJS.enc.Hex.parse('721e4d2cd5c6f0879af5b12bfa97cba3')}).toString(CryptoJS.enc.Utf8) === "X𝄞b!#Y#""#,
        r#"true"#,
    ),
    (
        r#"CryptoJS.PBKDF2("X𝄞b!#Y#", "\t <€", {keySize: 10, iterations: 14}).toString()"#,
        r#"e40ea7c054304d1f14d0e5cb51365b708d501645492f3cdb5d3257a7afad310fb58c4476001ae5b4"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('15a63772a8fda9e8a9a8bd8186d9a2'))).toString()"#,
        r#"15a63772a8fda9e8a9a8bd8186d9a2"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('15a63772a8fda9e8a9a8bd8186d9a2').concat(CryptoJS.enc.Utf8.parse("X𝄞b!#Y#"))).toString()"#,
        r#"e1358829e62dbcf5879c899fad8ce191"#,
    ),
    (
        r#"CryptoJS.SHA256("900<#!Z<\n&9'#X #Y9<\t>!\n").toString()"#,
        r#"f067e1369c3a90335a3872016dc1993ab5f6a186a41f1d501e75204f93687f81"#,
    ),
    (
        r#"CryptoJS.HmacSHA224("900<#!Z<\n&9'#X #Y9<\t>!\n", "& \n").toString(CryptoJS.enc.Base64)"#,
        r#"laZjjwVVleK0OAIPBqKcIGW4//xjufOlkG+TBA=="#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse("900<#!Z<\n&9'#X #Y9<\t>!\n"))"#,
        r#"OTAwPCMhWjwKJjknI1ggI1k5PAk+IQo="#,
    ),
    (
        r#"CryptoJS.enc.Utf16.parse("900<#!Z<\n&9'#X #Y9<\t>!\n").toString()"#,
        r#"003900300030003c00230021005a003c000a002600390027002300580020002300590039003c0009003e0021000a"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('7e7eed41a39c8d7522').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('7e7eed41a39c8d7522').toString(CryptoJS.enc.Latin1).length"#,
        r#"9"#,
    ),
    (
        r#"CryptoJS.AES.encrypt("900<#!Z<\n&9'#X #Y9<\t>!\n", CryptoJS.enc.Hex.parse('c110227401a0b6247fc3cf42c4ef3574adda4a8954b37dd5'), {iv: CryptoJS.enc.Hex.parse('00ed4bfb8ff5e718620e0fdc539dab9e')}).toString()"#,
        r#"ftX0jgxl/SaXpHY3PMYRoW064umPn5+lpsfmB/4E0D8="#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt("900<#!Z<\n&9'#X #Y9<\t>!\n", CryptoJS.enc.Hex.parse('c110227401a0b6247fc3cf42c4ef3574adda4a8954b37dd5'), {iv: CryptoJS.enc.Hex.parse('00ed4bfb8ff5e718620e0fdc539dab9e')}).toString(), CryptoJS.enc.Hex.parse('c110227401a0b6247fc3cf42c4ef3574adda4a8954b37dd5'), {iv: CryptoJS.enc.Hex.parse('00ed4bfb8ff5e718620e0fdc539dab9e')}).toString(CryptoJS.enc.Utf8) === "900<#!Z<\n&9'#X #Y9<\t>!\n""#,
        r#"true"#,
    ),
    (
        r#"CryptoJS.PBKDF2("900<#!Z<\n&9'#X #Y9<\t>!\n", "& \n", {keySize: 15, iterations: 7}).toString()"#,
        r#"89969e064a85d4235929350852b9be66a0a9d71f6ab837cfa156649369bd3cbe4b39464dec20e67fc0b3c55dec074ab0cc36d1e6310f51189940255c"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('7e7eed41a39c8d7522'))).toString()"#,
        r#"7e7eed41a39c8d7522"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('7e7eed41a39c8d7522').concat(CryptoJS.enc.Utf8.parse("900<#!Z<\n&9'#X #Y9<\t>!\n"))).toString()"#,
        r#"2ae3c6ef4cab1754efeda67cdc4fc27a"#,
    ),
    (
        r#"CryptoJS.SHA224("€>#&'##&!éa\t𝄞é\"Y>𝄞\"é9'é>\n'X' 9 é\na0Yé>9é'!\n119\taab!a\ncéY!Xb'\t𝄞\t<>&").toString()"#,
        r#"23aab2271eb6a61803553894b0ea15c0647b87211d6fe12968f517d5"#,
    ),
    (
        r#"CryptoJS.HmacSHA256("€>#&'##&!éa\t𝄞é\"Y>𝄞\"é9'é>\n'X' 9 é\na0Yé>9é'!\n119\taab!a\ncéY!Xb'\t𝄞\t<>&", "\"1\"éb> \t>&<1\"\t>").toString(CryptoJS.enc.Base64)"#,
        r#"ofsnusYI1pEwW7kDHzTExpWdAl3glzo9Itvx77d2j2E="#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse("€>#&'##&!éa\t𝄞é\"Y>𝄞\"é9'é>\n'X' 9 é\na0Yé>9é'!\n119\taab!a\ncéY!Xb'\t𝄞\t<>&"))"#,
        r#"4oKsPiMmJyMjJiHDqWEJ8J2EnsOpIlk+8J2EniLDqTknw6k+CidYJyA5IMOpCmEwWcOpPjnDqSchCjExOQlhYWIhYQpjw6lZIVhiJwnwnYSeCTw+Jg=="#,
    ),
    (
        r#"CryptoJS.enc.Utf16.parse("€>#&'##&!éa\t𝄞é\"Y>𝄞\"é9'é>\n'X' 9 é\na0Yé>9é'!\n119\taab!a\ncéY!Xb'\t𝄞\t<>&").toString()"#,
        r#"20ac003e002300260027002300230026002100e900610009d834dd1e00e900220059003ed834dd1e002200e90039002700e9003e000a00270058002700200039002000e9000a00610030005900e9003e003900e900270021000a003100310039000900610061006200210061000a006300e9005900210058006200270009d834dd1e0009003c003e0026"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('916e43601b816613b1c4eb6130').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('916e43601b816613b1c4eb6130').toString(CryptoJS.enc.Latin1).length"#,
        r#"13"#,
    ),
    (
        r#"CryptoJS.AES.encrypt("€>#&'##&!éa\t𝄞é\"Y>𝄞\"é9'é>\n'X' 9 é\na0Yé>9é'!\n119\taab!a\ncéY!Xb'\t𝄞\t<>&", CryptoJS.enc.Hex.parse('768cf22a2cb1a4b8108921b9f5fd8b1faa287ee33888f898'), {iv: CryptoJS.enc.Hex.parse('1b298accbcd15c380398290fbf4e658d')}).toString()"#,
        r#"8RdwzCRE/ReCejSOcf1ZPOmB0h+FaGv3GNKer7OQku52YNEyI7TcxKQwQF5OcTOosTVPf3roLw9X26uI1W/s0O+FJH2tQqssrn1zf3ZAsSZ7D7mBzrhR0aqjrc1WnFm3"#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt("€>#&'##&!éa\t𝄞é\"Y>𝄞\"é9'é>\n'X' 9 é\na0Yé>9é'!\n119\taab!a\ncéY!Xb'\t𝄞\t<>&", CryptoJS.enc.Hex.parse('768cf22a2cb1a4b8108921b9f5fd8b1faa287ee33888f898'), {iv: CryptoJS.enc.Hex.parse('1b298accbcd15c380398290fbf4e658d')}).toString(), CryptoJS.enc.Hex.parse('768cf22a2cb1a4b8108921b9f5fd8b1faa287ee33888f898'), {iv: CryptoJS.enc.Hex.parse('1b298accbcd15c380398290fbf4e658d')}).toString(CryptoJS.enc.Utf8) === "€>#&'##&!éa\t𝄞é\"Y>𝄞\"é9'é>\n'X' 9 é\na0Yé>9é'!\n119\taab!a\ncéY!Xb'\t𝄞\t<>&""#,
        r#"true"#,
    ),
    (
        r#"CryptoJS.PBKDF2("€>#&'##&!éa\t𝄞é\"Y>𝄞\"é9'é>\n'X' 9 é\na0Yé>9é'!\n119\taab!a\ncéY!Xb'\t𝄞\t<>&", "\"1\"éb> \t>&<1\"\t>", {keySize: 12, iterations: 18}).toString()"#,
        r#"5a8bdf17d829aaa4ab34ed22c706436c89bb1c91f0ee7741c21ccef9771ea8875f2e47941cb3a59f57a63ba19388aa36"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('916e43601b816613b1c4eb6130'))).toString()"#,
        r#"916e43601b816613b1c4eb6130"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('916e43601b816613b1c4eb6130').concat(CryptoJS.enc.Utf8.parse("€>#&'##&!éa\t𝄞é\"Y>𝄞\"é9'é>\n'X' 9 é\na0Yé>9é'!\n119\taab!a\ncéY!Xb'\t𝄞\t<>&"))).toString()"#,
        r#"96b937e2587e09e45eba76a4adaf64f6"#,
    ),
    (
        r#"CryptoJS.SHA512("&Y9Y##\t91&Xa\nb𝄞9\t9 1Zb9€€c1b# ''X#0a>1\"0!Xé1Za é\n€").toString()"#,
        r#"590749475a7326d5a02f666b36eea6e05b5a9daaad90fbba171a4c307d524cc4d3caf5c988b4b3088b59f7af0163161bcf88b2bb27189ba331fd93d6811870d4"#,
    ),
    (
        r#"CryptoJS.HmacSHA1("&Y9Y##\t91&Xa\nb𝄞9\t9 1Zb9€€c1b# ''X#0a>1\"0!Xé1Za é\n€", "!1' 0\"\"\tYY\tYbX1€X\nZ' <\nb\t\naXZ1Z&").toString(CryptoJS.enc.Base64)"#,
        r#"7VWT3nB5zDxdI63ifYL8uG6n5do="#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse("&Y9Y##\t91&Xa\nb𝄞9\t9 1Zb9€€c1b# ''X#0a>1\"0!Xé1Za é\n€"))"#,
        r#"Jlk5WSMjCTkxJlhhCmLwnYSeOQk5IDFaYjnigqzigqxjMWIjICcnWCMwYT4xIjAhWMOpMVphIMOpCuKCrA=="#,
    ),
    (
        r#"CryptoJS.enc.Utf16.parse("&Y9Y##\t91&Xa\nb𝄞9\t9 1Zb9€€c1b# ''X#0a>1\"0!Xé1Za é\n€").toString()"#,
        r#"002600590039005900230023000900390031002600580061000a0062d834dd1e00390009003900200031005a0062003920ac20ac00630031006200230020002700270058002300300061003e0031002200300021005800e90031005a0061002000e9000a20ac"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('012c0570c90c887e448c92a96d22e9173ce05331e40bd2d0d9d6ac97d2ccc7bcad1ad760ffa36437').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('012c0570c90c887e448c92a96d22e9173ce05331e40bd2d0d9d6ac97d2ccc7bcad1ad760ffa36437').toString(CryptoJS.enc.Latin1).length"#,
        r#"40"#,
    ),
    (
        r#"CryptoJS.AES.encrypt("&Y9Y##\t91&Xa\nb𝄞9\t9 1Zb9€€c1b# ''X#0a>1\"0!Xé1Za é\n€", CryptoJS.enc.Hex.parse('e2829313da81ea0fc0ae05f28fffd4d6f9fc76b176286dc8'), {iv: CryptoJS.enc.Hex.parse('b47714efd5a0e586773350b182b8ea2d')}).toString()"#,
        r#"0Gewlj1dANrroo6p07gSiC14+5mL6wYLpc81afx3sXsHjxmUMLhTa+jpXQIzmdJjqVRyV2Y/rxr61LtLwem16Q=="#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt("&Y9Y##\t91&Xa\nb𝄞9\t9 1Zb9€€c1b# ''X#0a>1\"0!Xé1Za é\n€", CryptoJS.enc.Hex.parse('e2829313da81ea0fc0ae05f28fffd4d6f9fc76b176286dc8'), {iv: CryptoJS.enc.Hex.parse('b47714efd5a0e586773350b182b8ea2d')}).toString(), CryptoJS.enc.Hex.parse('e2829313da81ea0fc0ae05f28fffd4d6f9fc76b176286dc8'), {iv: CryptoJS.enc.Hex.parse('b47714efd5a0e586773350b182b8ea2d')}).toString(CryptoJS.enc.Utf8) === "&Y9Y##\t91&Xa\nb𝄞9\t9 1Zb9€€c1b# ''X#0a>1\"0!Xé1Za é\n€""#,
        r#"true"#,
    ),
    (
        r#"CryptoJS.PBKDF2("&Y9Y##\t91&Xa\nb𝄞9\t9 1Zb9€€c1b# ''X#0a>1\"0!Xé1Za é\n€", "!1' 0\"\"\tYY\tYbX1€X\nZ' <\nb\t\naXZ1Z&", {keySize: 9, iterations: 2}).toString()"#,
        r#"94ad5f1e07643cff2b3bbedcb315ea82d39c43743fec83fc2bf6ac247ea88ca8b558181b"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('012c0570c90c887e448c92a96d22e9173ce05331e40bd2d0d9d6ac97d2ccc7bcad1ad760ffa36437'))).toString()"#,
        r#"012c0570c90c887e448c92a96d22e9173ce05331e40bd2d0d9d6ac97d2ccc7bcad1ad760ffa36437"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('012c0570c90c887e448c92a96d22e9173ce05331e40bd2d0d9d6ac97d2ccc7bcad1ad760ffa36437').concat(CryptoJS.enc.Utf8.parse("&Y9Y##\t91&Xa\nb𝄞9\t9 1Zb9€€c1b# ''X#0a>1\"0!Xé1Za é\n€"))).toString()"#,
        r#"415789614f0f352f4666523365aab909"#,
    ),
    (
        r#"CryptoJS.SHA3("a<1\"c>!9<c!>𝄞\"𝄞#  Y€\t!\"a#0<é\"b#Z#9𝄞'a1ca&&é€𝄞9\"\nX").toString()"#,
        r#"9fb8316380334f3349fe62c1dbb47ae531cc5db649ddbafb6dad72063fc789e4eac0f3852eada3f14feea968efac135cf84a7f7f32a110af2b68870764688ac8"#,
    ),
    (
        r#"CryptoJS.HmacSHA1("a<1\"c>!9<c!>𝄞\"𝄞#  Y€\t!\"a#0<é\"b#Z#9𝄞'a1ca&&é€𝄞9\"\nX", "&>!#€<!bbé<ca1#X!").toString(CryptoJS.enc.Base64)"#,
        r#"8xQryuFhhjU3sl5mBEDoktT+AH4="#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse("a<1\"c>!9<c!>𝄞\"𝄞#  Y€\t!\"a#0<é\"b#Z#9𝄞'a1ca&&é€𝄞9\"\nX"))"#,
        r#"YTwxImM+ITk8YyE+8J2EniLwnYSeIyAgWeKCrAkhImEjMDzDqSJiI1ojOfCdhJ4nYTFjYSYmw6nigqzwnYSeOSIKWA=="#,
    ),
    (
        r#"CryptoJS.enc.Utf16.parse("a<1\"c>!9<c!>𝄞\"𝄞#  Y€\t!\"a#0<é\"b#Z#9𝄞'a1ca&&é€𝄞9\"\nX").toString()"#,
        r#"0061003c003100220063003e00210039003c00630021003ed834dd1e0022d834dd1e002300200020005920ac000900210022006100230030003c00e9002200620023005a00230039d834dd1e002700610031006300610026002600e920acd834dd1e00390022000a0058"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('be21').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('be21').toString(CryptoJS.enc.Latin1).length"#,
        r#"2"#,
    ),
    (
        r#"CryptoJS.AES.encrypt("a<1\"c>!9<c!>𝄞\"𝄞#  Y€\t!\"a#0<é\"b#Z#9𝄞'a1ca&&é€𝄞9\"\nX", CryptoJS.enc.Hex.parse('ad4d070019a2355d783ad7b08f1682b753076beae1c73db72ab84f1242b6d04f'), {iv: CryptoJS.enc.Hex.parse('385fef6644bc693526dccd0432ea74c7')}).toString()"#,
        r#"uJmTJD9riJL5dOd37yOL8RhjBZWNEU7/8hgzsrZvBYoRkcg6zAs82koL8lNR2nWmHfb6aFz2koR5dpt513y62CrkPJSNpeojkU8lQmckX1Q="#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt("a<1\"c>!9<c!>𝄞\"𝄞#  Y€\t!\"a#0<é\"b#Z#9𝄞'a1ca&&é€𝄞9\"\nX", CryptoJS.enc.Hex.parse('ad4d070019a2355d783ad7b08f1682b753076beae1c73db72ab84f1242b6d04f'), {iv: CryptoJS.enc.Hex.parse('385fef6644bc693526dccd0432ea74c7')}).toString(), CryptoJS.enc.Hex.parse('ad4d070019a2355d783ad7b08f1682b753076beae1c73db72ab84f1242b6d04f'), {iv: CryptoJS.enc.Hex.parse('385fef6644bc693526dccd0432ea74c7')}).toString(CryptoJS.enc.Utf8) === "a<1\"c>!9<c!>𝄞\"𝄞#  Y€\t!\"a#0<é\"b#Z#9𝄞'a1ca&&é€𝄞9\"\nX""#,
        r#"true"#,
    ),
    (
        r#"CryptoJS.PBKDF2("a<1\"c>!9<c!>𝄞\"𝄞#  Y€\t!\"a#0<é\"b#Z#9𝄞'a1ca&&é€𝄞9\"\nX", "&>!#€<!bbé<ca1#X!", {keySize: 2, iterations: 22}).toString()"#,
        r#"623d4e1f78db9653"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('be21'))).toString()"#,
        r#"be21"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('be21').concat(CryptoJS.enc.Utf8.parse("a<1\"c>!9<c!>𝄞\"𝄞#  Y€\t!\"a#0<é\"b#Z#9𝄞'a1ca&&é€𝄞9\"\nX"))).toString()"#,
        r#"adea3ffeb90d6d14ae694718bc44d0d0"#,
    ),
    (
        r#"CryptoJS.RIPEMD160("0Y").toString()"#,
        r#"91943c8fc7a4f129bd81a16e3b246cccdadd587b"#,
    ),
    (
        r#"CryptoJS.HmacSHA224("0Y", "0€€€ \"0Y€\t𝄞\" <Z€>9a9éZb!Y\" €c\n'c< X>\" a𝄞\"\"  b<Z\"<#<a1&9aaX1<1a09\t\n9aé<<acc\t'\"").toString(CryptoJS.enc.Base64)"#,
        r#"frqFG8Aigb64QjaCl3v6bmoF67qHfl1WTI1TMg=="#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse("0Y"))"#,
        r#"MFk="#,
    ),
    (
        r#"CryptoJS.enc.Utf16.parse("0Y").toString()"#,
        r#"00300059"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('edcb2d3ec0aa7bea40c7e877dbbd638511137226dd1106a292194c9af8695280d3').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('edcb2d3ec0aa7bea40c7e877dbbd638511137226dd1106a292194c9af8695280d3').toString(CryptoJS.enc.Latin1).length"#,
        r#"33"#,
    ),
    (
        r#"CryptoJS.AES.encrypt("0Y", CryptoJS.enc.Hex.parse('4544c48ce3fb31f294b094175e748351'), {iv: CryptoJS.enc.Hex.parse('18dca23e3856a67c90024d8e3b0a3141')}).toString()"#,
        r#"SEml2Q31O/yS/y9EwZ4nNQ=="#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt("0Y", CryptoJS.enc.Hex.parse('4544c48ce3fb31f294b094175e748351'), {iv: CryptoJS.enc.Hex.parse('18dca23e3856a67c90024d8e3b0a3141')}).toString(), CryptoJS.enc.Hex.parse('4544c48ce3fb31f294b094175e748351'), {iv: CryptoJS.enc.Hex.parse('18dca23e3856a67c90024d8e3b0a3141')}).toString(CryptoJS.enc.Utf8) === "0Y""#,
        r#"true"#,
    ),
    (
        r#"CryptoJS.PBKDF2("0Y", "0€€€ \"0Y€\t𝄞\" <Z€>9a9éZb!Y\" €c\n'c< X>\" a𝄞\"\"  b<Z\"<#<a1&9aaX1<1a09\t\n9aé<<acc\t'\"", {keySize: 8, iterations: 47}).toString()"#,
        r#"b3a9c2421ba6ffdddce9ee35439461b5f4a388f77f9215c9c1748b4699240818"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('edcb2d3ec0aa7bea40c7e877dbbd638511137226dd1106a292194c9af8695280d3'))).toString()"#,
        r#"edcb2d3ec0aa7bea40c7e877dbbd638511137226dd1106a292194c9af8695280d3"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('edcb2d3ec0aa7bea40c7e877dbbd638511137226dd1106a292194c9af8695280d3').concat(CryptoJS.enc.Utf8.parse("0Y"))).toString()"#,
        r#"51130968b4e56443d2227292278440aa"#,
    ),
    (
        r#"CryptoJS.MD5("c€\t\"\t<&cZ!#!9&éc!\"\n!9c\t<#<cb\"\"!YaZY> \t é<€1X𝄞>#0!a𝄞X\nZ€a<1 <\n").toString()"#,
        r#"7a523a4c25713e0cd2329c8ce5eb8eaf"#,
    ),
    (
        r#"CryptoJS.HmacSHA512("c€\t\"\t<&cZ!#!9&éc!\"\n!9c\t<#<cb\"\"!YaZY> \t é<€1X𝄞>#0!a𝄞X\nZ€a<1 <\n", "cb'\"\n1X99a€").toString(CryptoJS.enc.Base64)"#,
        r#"geyvLv373eXOcv1nV7Tkjeggw4nBGQrxO9sHY18w+eNP+l8dA00Ih68s+a0dkoNe3+d/fOKdluTLbWHbehOtwg=="#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse("c€\t\"\t<&cZ!#!9&éc!\"\n!9c\t<#<cb\"\"!YaZY> \t é<€1X𝄞>#0!a𝄞X\nZ€a<1 <\n"))"#,
        r#"Y+KCrAkiCTwmY1ohIyE5JsOpYyEiCiE5Ywk8IzxjYiIiIVlhWlk+IAkgw6k84oKsMVjwnYSePiMwIWHwnYSeWApa4oKsYTwxIDwK"#,
    ),
    (
        r#"CryptoJS.enc.Utf16.parse("c€\t\"\t<&cZ!#!9&éc!\"\n!9c\t<#<cb\"\"!YaZY> \t é<€1X𝄞>#0!a𝄞X\nZ€a<1 <\n").toString()"#,
        r#"006320ac000900220009003c00260063005a0021002300210039002600e9006300210022000a0021003900630009003c0023003c0063006200220022002100590061005a0059003e00200009002000e9003c20ac00310058d834dd1e003e0023003000210061d834dd1e0058000a005a20ac0061003c00310020003c000a"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('ff213c9218e24d4da39efc570a659043c82b28').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('ff213c9218e24d4da39efc570a659043c82b28').toString(CryptoJS.enc.Latin1).length"#,
        r#"19"#,
    ),
    (
        r#"CryptoJS.AES.encrypt("c€\t\"\t<&cZ!#!9&éc!\"\n!9c\t<#<cb\"\"!YaZY> \t é<€1X𝄞>#0!a𝄞X\nZ€a<1 <\n", CryptoJS.enc.Hex.parse('f6be44ab7fc02fbdff30771c584bbfbb'), {iv: CryptoJS.enc.Hex.parse('5eec9d691363b15ac6e62c4b9345aafa')}).toString()"#,
        r#"ZIiGjyNOpwddAuiKJHTfr1jt4uSVKvumiuEkrlOu/EcsFbf+2/kjGKXIcLaB2wY6PYhi7i1roliRjQqCTZ4I1P227WMvFaCnSrUs/juiKNo="#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt("c€\t\"\t<&cZ!#!9&éc!\"\n!9c\t<#<cb\"\"!YaZY> \t é<€1X𝄞>#0!a𝄞X\nZ€a<1 <\n", CryptoJS.enc.Hex.parse('f6be44ab7fc02fbdff30771c584bbfbb'), {iv: CryptoJS.enc.Hex.parse('5eec9d691363b15ac6e62c4b9345aafa')}).toString(), CryptoJS.enc.Hex.parse('f6be44ab7fc02fbdff30771c584bbfbb'), {iv: CryptoJS.enc.Hex.parse('5eec9d691363b15ac6e62c4b9345aafa')}).toString(CryptoJS.enc.Utf8) === "c€\t\"\t<&cZ!#!9&éc!\"\n!9c\t<#<cb\"\"!YaZY> \t é<€1X𝄞>#0!a𝄞X\nZ€a<1 <\n""#,
        r#"true"#,
    ),
    (
        r#"CryptoJS.PBKDF2("c€\t\"\t<&cZ!#!9&éc!\"\n!9c\t<#<cb\"\"!YaZY> \t é<€1X𝄞>#0!a𝄞X\nZ€a<1 <\n", "cb'\"\n1X99a€", {keySize: 1, iterations: 19}).toString()"#,
        r#"d1f525cb"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('ff213c9218e24d4da39efc570a659043c82b28'))).toString()"#,
        r#"ff213c9218e24d4da39efc570a659043c82b28"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('ff213c9218e24d4da39efc570a659043c82b28').concat(CryptoJS.enc.Utf8.parse("c€\t\"\t<&cZ!#!9&éc!\"\n!9c\t<#<cb\"\"!YaZY> \t é<€1X𝄞>#0!a𝄞X\nZ€a<1 <\n"))).toString()"#,
        r#"a63ff00910397ce7a196eca921e7d2aa"#,
    ),
    (
        r#"CryptoJS.SHA1("a00XX𝄞\t\n>a\t𝄞b&Y&\t\t\"'''!>#a𝄞").toString()"#,
        r#"03a3f29ab6d3ffa23c6ced1b51cec50ad91d89b7"#,
    ),
    (
        r#"CryptoJS.HmacMD5("a00XX𝄞\t\n>a\t𝄞b&Y&\t\t\"'''!>#a𝄞", "bZZ'XX'1'X!a0<9 '1é&9Z>a!>Z\n!1€1\ta1'é€Z#!a 𝄞bb&X").toString(CryptoJS.enc.Base64)"#,
        r#"PiLPRmWXBacoWRtJ7ErNkg=="#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse("a00XX𝄞\t\n>a\t𝄞b&Y&\t\t\"'''!>#a𝄞"))"#,
        r#"YTAwWFjwnYSeCQo+YQnwnYSeYiZZJgkJIicnJyE+I2HwnYSe"#,
    ),
    (
        r#"CryptoJS.enc.Utf16.parse("a00XX𝄞\t\n>a\t𝄞b&Y&\t\t\"'''!>#a𝄞").toString()"#,
        r#"00610030003000580058d834dd1e0009000a003e00610009d834dd1e00620026005900260009000900220027002700270021003e00230061d834dd1e"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('0a131c58ed91880502ac6d08238c80eb').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('0a131c58ed91880502ac6d08238c80eb').toString(CryptoJS.enc.Latin1).length"#,
        r#"16"#,
    ),
    (
        r#"CryptoJS.AES.encrypt("a00XX𝄞\t\n>a\t𝄞b&Y&\t\t\"'''!>#a𝄞", CryptoJS.enc.Hex.parse('19f26d1d0bdc5e8e3b0caa2b2a8eea21bb26d3e0b83d071e'), {iv: CryptoJS.enc.Hex.parse('f9a68102d3e28e10acad3dab83807109')}).toString()"#,
        r#"F+DGpoUo7+cmMbViUmwjFKn0ilquTSPii4JBqb1BUwShfnDfPJmQ9ViB4HeSd9if"#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt("a00XX𝄞\t\n>a\t𝄞b&Y&\t\t\"'''!>#a𝄞", CryptoJS.enc.Hex.parse('19f26d1d0bdc5e8e3b0caa2b2a8eea21bb26d3e0b83d071e'), {iv: CryptoJS.enc.Hex.parse('f9a68102d3e28e10acad3dab83807109')}).toString(), CryptoJS.enc.Hex.parse('19f26d1d0bdc5e8e3b0caa2b2a8eea21bb26d3e0b83d071e'), {iv: CryptoJS.enc.Hex.parse('f9a68102d3e28e10acad3dab83807109')}).toString(CryptoJS.enc.Utf8) === "a00XX𝄞\t\n>a\t𝄞b&Y&\t\t\"'''!>#a𝄞""#,
        r#"true"#,
    ),
    (
        r#"CryptoJS.PBKDF2("a00XX𝄞\t\n>a\t𝄞b&Y&\t\t\"'''!>#a𝄞", "bZZ'XX'1'X!a0<9 '1é&9Z>a!>Z\n!1€1\ta1'é€Z#!a 𝄞bb&X", {keySize: 10, iterations: 2}).toString()"#,
        r#"d46114136c488da1aab7a899c5424b6aa058b096627f0196359aa37b95d82f08abebeba604be020e"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('0a131c58ed91880502ac6d08238c80eb'))).toString()"#,
        r#"0a131c58ed91880502ac6d08238c80eb"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('0a131c58ed91880502ac6d08238c80eb').concat(CryptoJS.enc.Utf8.parse("a00XX𝄞\t\n>a\t𝄞b&Y&\t\t\"'''!>#a𝄞"))).toString()"#,
        r#"0108041bcac93d5517353c7d8cc9735a"#,
    ),
    (
        r#"CryptoJS.SHA384("a").toString()"#,
        r#"54a59b9f22b0b80880d8427e548b7c23abd873486e1f035dce9cd697e85175033caa88e6d57bc35efae0b5afd3145f31"#,
    ),
    (
        r#"CryptoJS.HmacMD5("a", "0€>9  X𝄞Y").toString(CryptoJS.enc.Base64)"#,
        r#"3W0MOfTKinHyxUFntE6rQQ=="#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse("a"))"#,
        r#"YQ=="#,
    ),
    (r#"CryptoJS.enc.Utf16.parse("a").toString()"#, r#"0061"#),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('6cd435414713886bf347c476062fde6f797226e28f6e68bce5e123a4de8f6472c191d6f04b3dbb').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('6cd435414713886bf347c476062fde6f797226e28f6e68bce5e123a4de8f6472c191d6f04b3dbb').toString(CryptoJS.enc.Latin1).length"#,
        r#"39"#,
    ),
    (
        r#"CryptoJS.AES.encrypt("a", CryptoJS.enc.Hex.parse('c369b3425a6889b9c035df1cecccea1e41eb54e0fab462442764afe7f0ceaae5'), {iv: CryptoJS.enc.Hex.parse('73c2293ff8a923dc4e67becf9db9b141')}).toString()"#,
        r#"EdEGO9mGBjt71JECH720wA=="#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt("a", CryptoJS.enc.Hex.parse('c369b3425a6889b9c035df1cecccea1e41eb54e0fab462442764afe7f0ceaae5'), {iv: CryptoJS.enc.Hex.parse('73c2293ff8a923dc4e67becf9db9b141')}).toString(), CryptoJS.enc.Hex.parse('c369b3425a6889b9c035df1cecccea1e41eb54e0fab462442764afe7f0ceaae5'), {iv: CryptoJS.enc.Hex.parse('73c2293ff8a923dc4e67becf9db9b141')}).toString(CryptoJS.enc.Utf8) === "a""#,
        r#"true"#,
    ),
    (
        r#"CryptoJS.PBKDF2("a", "0€>9  X𝄞Y", {keySize: 15, iterations: 37}).toString()"#,
        r#"a8bde3fbf320163e312c2f01dfb6525e44fd5dfba5d5e038ab43f1680e123ecfdeae9c95a8c87adbdeff9a9f01b5b35578ea89a4d1c3c17292459b93"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('6cd435414713886bf347c476062fde6f797226e28f6e68bce5e123a4de8f6472c191d6f04b3dbb'))).toString()"#,
        r#"6cd435414713886bf347c476062fde6f797226e28f6e68bce5e123a4de8f6472c191d6f04b3dbb"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('6cd435414713886bf347c476062fde6f797226e28f6e68bce5e123a4de8f6472c191d6f04b3dbb').concat(CryptoJS.enc.Utf8.parse("a"))).toString()"#,
        r#"5817e67a83e0e9030486aa8169e70428"#,
    ),
    (
        r#"CryptoJS.SHA1("! 1 ").toString()"#,
        r#"6b84047e25216c2ced53e71e74ee3d62168532b1"#,
    ),
    (
        r##"CryptoJS.HmacSHA512("! 1 ", "#109ZY\nc#<'aX9!Z&11X").toString(CryptoJS.enc.Base64)"##,
        r#"bzNzk70cP+nTQKcdeWL92KURf2hTR79bqCBryKhnA/iBbkr1pH0fg6hguIwe/ZYlISWVon2gOu4MsCTVNUnxoQ=="#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse("! 1 "))"#,
        r#"ISAxIA=="#,
    ),
    (
        r#"CryptoJS.enc.Utf16.parse("! 1 ").toString()"#,
        r#"0021002000310020"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('5e434e00a2f0d23924bd43b814eb48bc03').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('5e434e00a2f0d23924bd43b814eb48bc03').toString(CryptoJS.enc.Latin1).length"#,
        r#"17"#,
    ),
    (
        r#"CryptoJS.AES.encrypt("! 1 ", CryptoJS.enc.Hex.parse('a8ca34b4e0d2a8a9544ef5c307e79e20015b5cbd155a5b76'), {iv: CryptoJS.enc.Hex.parse('bac163da6ee6daa33121f6c6dc36b162')}).toString()"#,
        r#"Za1a2cRrcaMP76q+PAOmjw=="#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt("! 1 ", CryptoJS.enc.Hex.parse('a8ca34b4e0d2a8a9544ef5c307e79e20015b5cbd155a5b76'), {iv: CryptoJS.enc.Hex.parse('bac163da6ee6daa33121f6c6dc36b162')}).toString(), CryptoJS.enc.Hex.parse('a8ca34b4e0d2a8a9544ef5c307e79e20015b5cbd155a5b76'), {iv: CryptoJS.enc.Hex.parse('bac163da6ee6daa33121f6c6dc36b162')}).toString(CryptoJS.enc.Utf8) === "! 1 ""#,
        r#"true"#,
    ),
    (
        r##"CryptoJS.PBKDF2("! 1 ", "#109ZY\nc#<'aX9!Z&11X", {keySize: 14, iterations: 1}).toString()"##,
        r#"88ea2fdc6d4f9198e8707ca0bee06ae56a2ee450b5968265f93642095f87a7ee2d1c122fc4d4912c64a73a4124b3956cf4fc83f694105f9c"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('5e434e00a2f0d23924bd43b814eb48bc03'))).toString()"#,
        r#"5e434e00a2f0d23924bd43b814eb48bc03"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('5e434e00a2f0d23924bd43b814eb48bc03').concat(CryptoJS.enc.Utf8.parse("! 1 "))).toString()"#,
        r#"2ae6fd870e5070807754cb85bfb42494"#,
    ),
    (
        r#"CryptoJS.SHA224("€ a'Zab>1").toString()"#,
        r#"0a021e45a16cbfa4a4e74ed9e86541cbc218070e29d9d221c2972da9"#,
    ),
    (
        r##"CryptoJS.HmacMD5("€ a'Zab>1", "\nX1é\né<Y90b&\n1ac<b€\n# \n<c\n\"#Y9>9a𝄞0𝄞# €\n\ta<9\nY€\"€&1X11Za<𝄞 9\"0𝄞b").toString(CryptoJS.enc.Base64)"##,
        r#"KmNviRIyPbDPzwqg5IE/og=="#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse("€ a'Zab>1"))"#,
        r#"4oKsIGEnWmFiPjE="#,
    ),
    (
        r#"CryptoJS.enc.Utf16.parse("€ a'Zab>1").toString()"#,
        r#"20ac002000610027005a00610062003e0031"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('4a4a3f3b30ecf82d7813ad14a0be5f3e4c51c9e7dbc8e983ddb12d192f').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('4a4a3f3b30ecf82d7813ad14a0be5f3e4c51c9e7dbc8e983ddb12d192f').toString(CryptoJS.enc.Latin1).length"#,
        r#"29"#,
    ),
    (
        r#"CryptoJS.AES.encrypt("€ a'Zab>1", CryptoJS.enc.Hex.parse('04474618f1d931af891f6e4980fe0b4d80ae48f4fb1943a7f226442ab908eb84'), {iv: CryptoJS.enc.Hex.parse('5540abff2c9afcbc4545646abd0de651')}).toString()"#,
        r#"kWVWEt9zVqg/Tqxg7ZEMnA=="#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt("€ a'Zab>1", CryptoJS.enc.Hex.parse('04474618f1d931af891f6e4980fe0b4d80ae48f4fb1943a7f226442ab908eb84'), {iv: CryptoJS.enc.Hex.parse('5540abff2c9afcbc4545646abd0de651')}).toString(), CryptoJS.enc.Hex.parse('04474618f1d931af891f6e4980fe0b4d80ae48f4fb1943a7f226442ab908eb84'), {iv: CryptoJS.enc.Hex.parse('5540abff2c9afcbc4545646abd0de651')}).toString(CryptoJS.enc.Utf8) === "€ a'Zab>1""#,
        r#"true"#,
    ),
    (
        r##"CryptoJS.PBKDF2("€ a'Zab>1", "\nX1é\né<Y90b&\n1ac<b€\n# \n<c\n\"#Y9>9a𝄞0𝄞# €\n\ta<9\nY€\"€&1X11Za<𝄞 9\"0𝄞b", {keySize: 6, iterations: 13}).toString()"##,
        r#"a1d06182a4a4b62b194beb9ef89a1942deb9f4d587cc8cc6"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('4a4a3f3b30ecf82d7813ad14a0be5f3e4c51c9e7dbc8e983ddb12d192f'))).toString()"#,
        r#"4a4a3f3b30ecf82d7813ad14a0be5f3e4c51c9e7dbc8e983ddb12d192f"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('4a4a3f3b30ecf82d7813ad14a0be5f3e4c51c9e7dbc8e983ddb12d192f').concat(CryptoJS.enc.Utf8.parse("€ a'Zab>1"))).toString()"#,
        r#"0bbecd7a3ced306d7091c11a48594d48"#,
    ),
    (
        r#"CryptoJS.SHA384("<c𝄞Y1#").toString()"#,
        r#"3a2c39f6d0db63798c387651f3c2667007e6108417eb188c90ce46bb875a4f7776b21a30d6b691fa970dfc31486aa08c"#,
    ),
    (
        r#"CryptoJS.HmacSHA256("<c𝄞Y1#", "€<>\n9#€Yb\t<\"X>€9&#c&").toString(CryptoJS.enc.Base64)"#,
        r#"JYQXpgaaFkTAjWLt6gK2VE0PCRGhzhBkIzYAg46lVTw="#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse("<c𝄞Y1#"))"#,
        r#"PGPwnYSeWTEj"#,
    ),
    (
        r#"CryptoJS.enc.Utf16.parse("<c𝄞Y1#").toString()"#,
        r#"003c0063d834dd1e005900310023"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('b5e338c1').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('b5e338c1').toString(CryptoJS.enc.Latin1).length"#,
        r#"4"#,
    ),
    (
        r#"CryptoJS.AES.encrypt("<c𝄞Y1#", CryptoJS.enc.Hex.parse('99c0954ee351c25d40df6874148178f8a921ae79f57b12b6'), {iv: CryptoJS.enc.Hex.parse('7dd93a0049e114aac5f3ee7492436cc3')}).toString()"#,
        r#"/EQxUM+vcCQ+f8Qkwspx+w=="#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt("<c𝄞Y1#", CryptoJS.enc.Hex.parse('99c0954ee351c25d40df6874148178f8a921ae79f57b12b6'), {iv: CryptoJS.enc.Hex.parse('7dd93a0049e114aac5f3ee7492436cc3')}).toString(), CryptoJS.enc.Hex.parse('99c0954ee351c25d40df6874148178f8a921ae79f57b12b6'), {iv: CryptoJS.enc.Hex.parse('7dd93a0049e114aac5f3ee7492436cc3')}).toString(CryptoJS.enc.Utf8) === "<c𝄞Y1#""#,
        r#"true"#,
    ),
    (
        r#"CryptoJS.PBKDF2("<c𝄞Y1#", "€<>\n9#€Yb\t<\"X>€9&#c&", {keySize: 12, iterations: 11}).toString()"#,
        r#"ca318e5398df82730e840a5555067eb2aec859ccd6458c7b48255a2b55a5925a2291213426ad45c495140c016dce1f46"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('b5e338c1'))).toString()"#,
        r#"b5e338c1"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('b5e338c1').concat(CryptoJS.enc.Utf8.parse("<c𝄞Y1#"))).toString()"#,
        r#"5e96c7f511b95f991399a5fdc59dd167"#,
    ),
    (
        r#"CryptoJS.SHA256("c&&\n\n€").toString()"#,
        r#"10c1a91192dd91cd6337a16e9f33a0d10899dfe74b70459ec88ee82763128908"#,
    ),
    (
        r#"CryptoJS.HmacSHA1("c&&\n\n€", "Z&€ZY\n𝄞b9<!!𝄞!0\"<1é𝄞&bé #9Z9&&\na €\n'c\tbZ<𝄞c é 0Z!<X𝄞Y!Z &\"!\t").toString(CryptoJS.enc.Base64)"#,
        r#"d08z700FsZiwyyu7lefs1XtbJTE="#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse("c&&\n\n€"))"#,
        r#"YyYmCgrigqw="#,
    ),
    (
        r#"CryptoJS.enc.Utf16.parse("c&&\n\n€").toString()"#,
        r#"006300260026000a000a20ac"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('2ba9859a912f16fd6656702b').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('2ba9859a912f16fd6656702b').toString(CryptoJS.enc.Latin1).length"#,
        r#"12"#,
    ),
    (
        r#"CryptoJS.AES.encrypt("c&&\n\n€", CryptoJS.enc.Hex.parse('26346949f2f9d9580767013252a17a1cfb452ab0ba858efc'), {iv: CryptoJS.enc.Hex.parse('909162dc23064f37985c9eb96141dc99')}).toString()"#,
        r#"lHrWgdjapb+HA75+7UU+Pg=="#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt("c&&\n\n€", CryptoJS.enc.Hex.parse('26346949f2f9d9580767013252a17a1cfb452ab0ba858efc'), {iv: CryptoJS.enc.Hex.parse('909162dc23064f37985c9eb96141dc99')}).toString(), CryptoJS.enc.Hex.parse('26346949f2f9d9580767013252a17a1cfb452ab0ba858efc'), {iv: CryptoJS.enc.Hex.parse('909162dc23064f37985c9eb96141dc99')}).toString(CryptoJS.enc.Utf8) === "c&&\n\n€""#,
        r#"true"#,
    ),
    (
        r#"CryptoJS.PBKDF2("c&&\n\n€", "Z&€ZY\n𝄞b9<!!𝄞!0\"<1é𝄞&bé #9Z9&&\na €\n'c\tbZ<𝄞c é 0Z!<X𝄞Y!Z &\"!\t", {keySize: 5, iterations: 27}).toString()"#,
        r#"e86bf6a9014bb33d4b4952b239de06582ac5e4b9"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('2ba9859a912f16fd6656702b'))).toString()"#,
        r#"2ba9859a912f16fd6656702b"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('2ba9859a912f16fd6656702b').concat(CryptoJS.enc.Utf8.parse("c&&\n\n€"))).toString()"#,
        r#"1a9eb0144a8740be1bb45a9582ee2fdb"#,
    ),
    (
        r#"CryptoJS.SHA1("").toString()"#,
        r#"da39a3ee5e6b4b0d3255bfef95601890afd80709"#,
    ),
    (
        r##"CryptoJS.HmacSHA512("", "#").toString(CryptoJS.enc.Base64)"##,
        r#"AHBxVmrlfVLjuyPM/kDtmiIoRhBECeL7ZCm7Y/aGlg+7oy/SafXwTGoCOqjS4BMkJktZDwqiFZMJf7zAbIHriA=="#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse(""))"#,
        r#""#,
    ),
    (r#"CryptoJS.enc.Utf16.parse("").toString()"#, r#""#),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('cd2cb24b1eec0af8bab3393f').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('cd2cb24b1eec0af8bab3393f').toString(CryptoJS.enc.Latin1).length"#,
        r#"12"#,
    ),
    (
        r#"CryptoJS.AES.encrypt("", CryptoJS.enc.Hex.parse('f38b84fcb66b28cc3dc489ec52dae52931316c5ed27a90b55bdbf4dd63587775'), {iv: CryptoJS.enc.Hex.parse('e6000eb44b11d6b07ccb48e8d94701de')}).toString()"#,
        r#"M2fCWLtvL//hnUosgw9L5A=="#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt("", CryptoJS.enc.Hex.parse('f38b84fcb66b28cc3dc489ec52dae52931316c5ed27a90b55bdbf4dd63587775'), {iv: CryptoJS.enc.Hex.parse('e6000eb44b11d6b07ccb48e8d94701de')}).toString(), CryptoJS.enc.Hex.parse('f38b84fcb66b28cc3dc489ec52dae52931316c5ed27a90b55bdbf4dd63587775'), {iv: CryptoJS.enc.Hex.parse('e6000eb44b11d6b07ccb48e8d94701de')}).toString(CryptoJS.enc.Utf8) === """#,
        r#"true"#,
    ),
    (
        r##"CryptoJS.PBKDF2("", "#", {keySize: 11, iterations: 14}).toString()"##,
        r#"5dfa1a2748e35758ff0a4c376e1b138803c6d66507cc90eb8da02821d6dafcd7f4e737f71351b10a5730076a"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('cd2cb24b1eec0af8bab3393f'))).toString()"#,
        r#"cd2cb24b1eec0af8bab3393f"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('cd2cb24b1eec0af8bab3393f').concat(CryptoJS.enc.Utf8.parse(""))).toString()"#,
        r#"864f72228a578e9b97d38f60a9abe5f9"#,
    ),
    (
        r#"CryptoJS.SHA224("\"Y\t>aX€Y0€&a€<&> #b \"XYXé>bY9€Y\"0\"é>é€𝄞Y𝄞>\t\"1#Xa\"!a&#9X\"\n &\"9aa").toString()"#,
        r#"59213d164de3fd1d617f961c0bcbb2bf703dab5498b80a9b90d9e4f9"#,
    ),
    (
        r##"CryptoJS.HmacSHA224("\"Y\t>aX€Y0€&a€<&> #b \"XYXé>bY9€Y\"0\"é>é€𝄞Y𝄞>\t\"1#Xa\"!a&#9X\"\n &\"9aa", "#' \né0X9X\t 𝄞").toString(CryptoJS.enc.Base64)"##,
        r#"sniBLy6KVhXxeV8R4YzsDEVByVTDePDma83azA=="#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse("\"Y\t>aX€Y0€&a€<&> #b \"XYXé>bY9€Y\"0\"é>é€𝄞Y𝄞>\t\"1#Xa\"!a&#9X\"\n &\"9aa"))"#,
        r#"IlkJPmFY4oKsWTDigqwmYeKCrDwmPiAjYiAiWFlYw6k+Ylk54oKsWSIwIsOpPsOp4oKs8J2EnlnwnYSePgkiMSNYYSIhYSYjOVgiCiAmIjlhYQ=="#,
    ),
    (
        r#"CryptoJS.enc.Utf16.parse("\"Y\t>aX€Y0€&a€<&> #b \"XYXé>bY9€Y\"0\"é>é€𝄞Y𝄞>\t\"1#Xa\"!a&#9X\"\n &\"9aa").toString()"#,
        r#"002200590009003e0061005820ac0059003020ac0026006120ac003c0026003e0020002300620020002200580059005800e9003e00620059003920ac005900220030002200e9003e00e920acd834dd1e0059d834dd1e003e00090022003100230058006100220021006100260023003900580022000a002000260022003900610061"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('594fef1cd2f8b3506dbcb5cbc65a5e7ceab7fe3df86461bcccd5fcb9ee1c3a9fa4d5cdfa').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('594fef1cd2f8b3506dbcb5cbc65a5e7ceab7fe3df86461bcccd5fcb9ee1c3a9fa4d5cdfa').toString(CryptoJS.enc.Latin1).length"#,
        r#"36"#,
    ),
    (
        r#"CryptoJS.AES.encrypt("\"Y\t>aX€Y0€&a€<&> #b \"XYXé>bY9€Y\"0\"é>é€𝄞Y𝄞>\t\"1#Xa\"!a&#9X\"\n &\"9aa", CryptoJS.enc.Hex.parse('c3c6b57dc0da27373e393aad730f773421b6c67a1ef044bb31a1290f782a6069'), {iv: CryptoJS.enc.Hex.parse('2e8f7efee9956c88877135ebfd0aa826')}).toString()"#,
        r#"5YAKTboInk6Sgrb/Ty0b14KmPaGVmehMklQo6TJRYQcpMUy/haPZxHiFqvRhbcpv8D6smheTwHwpbQR8kbJIHGsFA9p5YjilNDfmTD86TL9f6wDk7h2HCVXByP0FmIov"#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt("\"Y\t>aX€Y0€&a€<&> #b \"XYXé>bY9€Y\"0\"é>é€𝄞Y𝄞>\t\"1#Xa\"!a&#9X\"\n &\"9aa", CryptoJS.enc.Hex.parse('c3c6b57dc0da27373e393aad730f773421b6c67a1ef044bb31a1290f782a6069'), {iv: CryptoJS.enc.Hex.parse('2e8f7efee9956c88877135ebfd0aa826')}).toString(), CryptoJS.enc.Hex.parse('c3c6b57dc0da27373e393aad730f773421b6c67a1ef044bb31a1290f782a6069'), {iv: CryptoJS.enc.Hex.parse('2e8f7efee9956c88877135ebfd0aa826')}).toString(CryptoJS.enc.Utf8) === "\"Y\t>aX€Y0€&a€<&> #b \"XYXé>bY9€Y\"0\"é>é€𝄞Y𝄞>\t\"1#Xa\"!a&#9X\"\n &\"9aa""#,
        r#"true"#,
    ),
    (
        r##"CryptoJS.PBKDF2("\"Y\t>aX€Y0€&a€<&> #b \"XYXé>bY9€Y\"0\"é>é€𝄞Y𝄞>\t\"1#Xa\"!a&#9X\"\n &\"9aa", "#' \né0X9X\t 𝄞", {keySize: 10, iterations: 11}).toString()"##,
        r#"d4d91b34e2d978d04f8f04b1b2a2ff834ca754b295af233cc9092dcf0d3733e5e97b88f371c9fc26"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('594fef1cd2f8b3506dbcb5cbc65a5e7ceab7fe3df86461bcccd5fcb9ee1c3a9fa4d5cdfa'))).toString()"#,
        r#"594fef1cd2f8b3506dbcb5cbc65a5e7ceab7fe3df86461bcccd5fcb9ee1c3a9fa4d5cdfa"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('594fef1cd2f8b3506dbcb5cbc65a5e7ceab7fe3df86461bcccd5fcb9ee1c3a9fa4d5cdfa').concat(CryptoJS.enc.Utf8.parse("\"Y\t>aX€Y0€&a€<&> #b \"XYXé>bY9€Y\"0\"é>é€𝄞Y𝄞>\t\"1#Xa\"!a&#9X\"\n &\"9aa"))).toString()"#,
        r#"9eef4b9721cc80f514b6d91831ff80d4"#,
    ),
    (
        r#"CryptoJS.SHA512("!9€ ébc\n\n\nécZ<𝄞9\t  !#'b\tZ0Zaa#c9").toString()"#,
        r#"ba28ec0b7fa5b44234c2658879990e95831e90a57308f565f92139e426f043fac8f0e7cbf83287f29017ff9159ed7d3fb41ad7e0cf9025b4c0c24f44b0f7abf8"#,
    ),
    (
        r#"CryptoJS.HmacSHA256("!9€ ébc\n\n\nécZ<𝄞9\t  !#'b\tZ0Zaa#c9", "<Z\t'#a€b'<\nYa'\n€\ta>𝄞\"Za𝄞\na\ta9>&𝄞!>c").toString(CryptoJS.enc.Base64)"#,
        r#"22ucIXVWnxy6yCncO8cwBcbLrBLwhUzB7NignytdL28="#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse("!9€ ébc\n\n\nécZ<𝄞9\t  !#'b\tZ0Zaa#c9"))"#,
        r#"ITnigqwgw6liYwoKCsOpY1o88J2EnjkJICAhIydiCVowWmFhI2M5"#,
    ),
    (
        r#"CryptoJS.enc.Utf16.parse("!9€ ébc\n\n\nécZ<𝄞9\t  !#'b\tZ0Zaa#c9").toString()"#,
        r#"0021003920ac002000e900620063000a000a000a00e90063005a003cd834dd1e003900090020002000210023002700620009005a0030005a00610061002300630039"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('cd01a3478dd173ab93746d90a11b17c4dfbea3a883af01a7a262fa00f6c6daf5beb73a422873').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('cd01a3478dd173ab93746d90a11b17c4dfbea3a883af01a7a262fa00f6c6daf5beb73a422873').toString(CryptoJS.enc.Latin1).length"#,
        r#"38"#,
    ),
    (
        r#"CryptoJS.AES.encrypt("!9€ ébc\n\n\nécZ<𝄞9\t  !#'b\tZ0Zaa#c9", CryptoJS.enc.Hex.parse('b47acd32a2eb95019b39c07143227863'), {iv: CryptoJS.enc.Hex.parse('91ee8776a33d2b2dc9a1bc1f67e1d602')}).toString()"#,
        r#"i4qh7gq5IXTeLYQAKNywjBrBAqFGgyjw5PfMeiFPIUx/6Zqud6zDu0XkfEp8jfaa"#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt("!9€ ébc\n\n\nécZ<𝄞9\t  !#'b\tZ0Zaa#c9", CryptoJS.enc.Hex.parse('b47acd32a2eb95019b39c07143227863'), {iv: CryptoJS.enc.Hex.parse('91ee8776a33d2b2dc9a1bc1f67e1d602')}).toString(), CryptoJS.enc.Hex.parse('b47acd32a2eb95019b39c07143227863'), {iv: CryptoJS.enc.Hex.parse('91ee8776a33d2b2dc9a1bc1f67e1d602')}).toString(CryptoJS.enc.Utf8) === "!9€ ébc\n\n\nécZ<𝄞9\t  !#'b\tZ0Zaa#c9""#,
        r#"true"#,
    ),
    (
        r#"CryptoJS.PBKDF2("!9€ ébc\n\n\nécZ<𝄞9\t  !#'b\tZ0Zaa#c9", "<Z\t'#a€b'<\nYa'\n€\ta>𝄞\"Za𝄞\na\ta9>&𝄞!>c", {keySize: 10, iterations: 3}).toString()"#,
        r#"2594f1494033f1ded9cfa57df55eabcfcd109a9f8241402c0bc92ea2fe5fea019caa7e2c3d412307"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('cd01a3478dd173ab93746d90a11b17c4dfbea3a883af01a7a262fa00f6c6daf5beb73a422873'))).toString()"#,
        r#"cd01a3478dd173ab93746d90a11b17c4dfbea3a883af01a7a262fa00f6c6daf5beb73a422873"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('cd01a3478dd173ab93746d90a11b17c4dfbea3a883af01a7a262fa00f6c6daf5beb73a422873').concat(CryptoJS.enc.Utf8.parse("!9€ ébc\n\n\nécZ<𝄞9\t  !#'b\tZ0Zaa#c9"))).toString()"#,
        r#"3c8916c1dbf1cfa8f1be34aeb8ac0d30"#,
    ),
    (
        r#"CryptoJS.SHA1("é1").toString()"#,
        r#"eaef2b1d4f9550d0e30222d154129b2ff717df17"#,
    ),
    (
        r#"CryptoJS.HmacSHA512("é1", "1!b#a'𝄞").toString(CryptoJS.enc.Base64)"#,
        r#"aRMa2uOu5qvvnq9DqUXUdKKBfv7aI4wYYvsf4hQIPiEydVzjcAs/Ug7v5lWYnq9jW1HX7mX5ma6ZqqRflQH2Uw=="#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse("é1"))"#,
        r#"w6kx"#,
    ),
    (
        r#"CryptoJS.enc.Utf16.parse("é1").toString()"#,
        r#"00e90031"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('9ddeb994c0a22c035f7ea2c32eb2fb5eae5601bff571aff854c1795eea99ea87bdaf167520').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('9ddeb994c0a22c035f7ea2c32eb2fb5eae5601bff571aff854c1795eea99ea87bdaf167520').toString(CryptoJS.enc.Latin1).length"#,
        r#"37"#,
    ),
    (
        r#"CryptoJS.AES.encrypt("é1", CryptoJS.enc.Hex.parse('2e04c2ec9994dddc5bfcbf5cc1bafa45'), {iv: CryptoJS.enc.Hex.parse('5c781fb1b4da1e77317234594d61ad2b')}).toString()"#,
        r#"bStO8q0OE0Nb7nwXEj4JVQ=="#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt("é1", CryptoJS.enc.Hex.parse('2e04c2ec9994dddc5bfcbf5cc1bafa45'), {iv: CryptoJS.enc.Hex.parse('5c781fb1b4da1e77317234594d61ad2b')}).toString(), CryptoJS.enc.Hex.parse('2e04c2ec9994dddc5bfcbf5cc1bafa45'), {iv: CryptoJS.enc.Hex.parse('5c781fb1b4da1e77317234594d61ad2b')}).toString(CryptoJS.enc.Utf8) === "é1""#,
        r#"true"#,
    ),
    (
        r#"CryptoJS.PBKDF2("é1", "1!b#a'𝄞", {keySize: 5, iterations: 43}).toString()"#,
        r#"93f07df6d887a7565346a5591f3ccf38e0311a9a"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('9ddeb994c0a22c035f7ea2c32eb2fb5eae5601bff571aff854c1795eea99ea87bdaf167520'))).toString()"#,
        r#"9ddeb994c0a22c035f7ea2c32eb2fb5eae5601bff571aff854c1795eea99ea87bdaf167520"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('9ddeb994c0a22c035f7ea2c32eb2fb5eae5601bff571aff854c1795eea99ea87bdaf167520').concat(CryptoJS.enc.Utf8.parse("é1"))).toString()"#,
        r#"85b669b3c4d9c1c7c1b2abfac32f76ea"#,
    ),
    (
        r#"CryptoJS.SHA256("c<\n'!X𝄞céY&Y \t€\"'a€91\n").toString()"#,
        r#"63ef02ac2560b51670e4659bf530bca6c29372926e293b0d6463a9008cf6badb"#,
    ),
    (
        r#"CryptoJS.HmacSHA384("c<\n'!X𝄞céY&Y \t€\"'a€91\n", "1YXb cZ\"𝄞'>0€").toString(CryptoJS.enc.Base64)"#,
        r#"A2RGTE4zquZxn4wpzUW6BqLf9i1UFR3aW7FRdGGTm4y/LxUAkkZlPmvPgvBysYED"#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse("c<\n'!X𝄞céY&Y \t€\"'a€91\n"))"#,
        r#"YzwKJyFY8J2EnmPDqVkmWSAJ4oKsIidh4oKsOTEK"#,
    ),
    (
        r#"CryptoJS.enc.Utf16.parse("c<\n'!X𝄞céY&Y \t€\"'a€91\n").toString()"#,
        r#"0063003c000a002700210058d834dd1e006300e90059002600590020000920ac00220027006120ac00390031000a"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('d8fcfa017ef91808ca47b4d73904bad43ce33993c2a90fe3338000345142e3c178590a1f').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('d8fcfa017ef91808ca47b4d73904bad43ce33993c2a90fe3338000345142e3c178590a1f').toString(CryptoJS.enc.Latin1).length"#,
        r#"36"#,
    ),
    (
        r#"CryptoJS.AES.encrypt("c<\n'!X𝄞céY&Y \t€\"'a€91\n", CryptoJS.enc.Hex.parse('88c8cebbe2bef7d9f61e065f759ffe52'), {iv: CryptoJS.enc.Hex.parse('aa657178bbb629d24f4920bdbadcf458')}).toString()"#,
        r#"BdVRf9gjuQAPxpj66PrzV7/If024jma2NDpUTkuLv2s="#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt("c<\n'!X𝄞céY&Y \t€\"'a€91\n", CryptoJS.enc.Hex.parse('88c8cebbe2bef7d9f61e065f759ffe52'), {iv: CryptoJS.enc.Hex.parse('aa657178bbb629d24f4920bdbadcf458')}).toString(), CryptoJS.enc.Hex.parse('88c8cebbe2bef7d9f61e065f759ffe52'), {iv: CryptoJS.enc.Hex.parse('aa657178bbb629d24f4920bdbadcf458')}).toString(CryptoJS.enc.Utf8) === "c<\n'!X𝄞céY&Y \t€\"'a€91\n""#,
        r#"true"#,
    ),
    (
        r#"CryptoJS.PBKDF2("c<\n'!X𝄞céY&Y \t€\"'a€91\n", "1YXb cZ\"𝄞'>0€", {keySize: 11, iterations: 21}).toString()"#,
        r#"19f884ff492f1c36321b5bd6dbd70e1c8b4a0fd1028e32f7bf3e169e45f9aaaa1da706d81ac1f5248f99fe5b"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('d8fcfa017ef91808ca47b4d73904bad43ce33993c2a90fe3338000345142e3c178590a1f'))).toString()"#,
        r#"d8fcfa017ef91808ca47b4d73904bad43ce33993c2a90fe3338000345142e3c178590a1f"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('d8fcfa017ef91808ca47b4d73904bad43ce33993c2a90fe3338000345142e3c178590a1f').concat(CryptoJS.enc.Utf8.parse("c<\n'!X𝄞céY&Y \t€\"'a€91\n"))).toString()"#,
        r#"508ef2fb6ef51c72c0d122b3b8e7468b"#,
    ),
    (
        r#"CryptoJS.SHA384("\t\né&𝄞1X'\t\"1𝄞'Xb\"&Y<!ZZ\t #>\t19").toString()"#,
        r#"bc0e58a7870442d65d708f4d4dba68b8918c2787e3338f0d19a3b36fae37ef36bd4d0a3ae2a0b55ff94bd267ae62f8fa"#,
    ),
    (
        r#"CryptoJS.HmacSHA224("\t\né&𝄞1X'\t\"1𝄞'Xb\"&Y<!ZZ\t #>\t19", "aZ\n#&'#Z\n0aé𝄞# >Y\"9c9!\"01𝄞1\"\n9\"9é00>&9Z  ").toString(CryptoJS.enc.Base64)"#,
        r#"XEY6WtyJ8KtiZnxcDHmomIAmnlyeE5p2pqlEwQ=="#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse("\t\né&𝄞1X'\t\"1𝄞'Xb\"&Y<!ZZ\t #>\t19"))"#,
        r#"CQrDqSbwnYSeMVgnCSIx8J2EnidYYiImWTwhWloJICM+CTE5"#,
    ),
    (
        r#"CryptoJS.enc.Utf16.parse("\t\né&𝄞1X'\t\"1𝄞'Xb\"&Y<!ZZ\t #>\t19").toString()"#,
        r#"0009000a00e90026d834dd1e003100580027000900220031d834dd1e002700580062002200260059003c0021005a005a000900200023003e000900310039"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('4885a97984e7ef35ccf37b6c1afbdce68b365cbff3a4aa13ac4c5c4f1b39f4e61687efeb22').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('4885a97984e7ef35ccf37b6c1afbdce68b365cbff3a4aa13ac4c5c4f1b39f4e61687efeb22').toString(CryptoJS.enc.Latin1).length"#,
        r#"37"#,
    ),
    (
        r#"CryptoJS.AES.encrypt("\t\né&𝄞1X'\t\"1𝄞'Xb\"&Y<!ZZ\t #>\t19", CryptoJS.enc.Hex.parse('f97ed1f2c54f2ed6733b6683874e24f962270b10ac5d974aad2527178f13807e'), {iv: CryptoJS.enc.Hex.parse('f04a94536286b66dd3d172e84bc15439')}).toString()"#,
        r#"oMjGljjvw9MWiBd2dUhVrsM/I7KLEI8xZEzJefwvbxvBuYqIXU5LfxOgocZPxYkj"#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt("\t\né&𝄞1X'\t\"1𝄞'Xb\"&Y<!ZZ\t #>\t19", CryptoJS.enc.Hex.parse('f97ed1f2c54f2ed6733b6683874e24f962270b10ac5d974aad2527178f13807e'), {iv: CryptoJS.enc.Hex.parse('f04a94536286b66dd3d172e84bc15439')}).toString(), CryptoJS.enc.Hex.parse('f97ed1f2c54f2ed6733b6683874e24f962270b10ac5d974aad2527178f13807e'), {iv: CryptoJS.enc.Hex.parse('f04a94536286b66dd3d172e84bc15439')}).toString(CryptoJS.enc.Utf8) === "\t\né&𝄞1X'\t\"1𝄞'Xb\"&Y<!ZZ\t #>\t19""#,
        r#"true"#,
    ),
    (
        r#"CryptoJS.PBKDF2("\t\né&𝄞1X'\t\"1𝄞'Xb\"&Y<!ZZ\t #>\t19", "aZ\n#&'#Z\n0aé𝄞# >Y\"9c9!\"01𝄞1\"\n9\"9é00>&9Z  ", {keySize: 11, iterations: 31}).toString()"#,
        r#"b37b15f8e209fea25d582e7d5b0993a78858522a32709b1835c0b3108c674c43dfe09340d3d2fedc681fcd47"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('4885a97984e7ef35ccf37b6c1afbdce68b365cbff3a4aa13ac4c5c4f1b39f4e61687efeb22'))).toString()"#,
        r#"4885a97984e7ef35ccf37b6c1afbdce68b365cbff3a4aa13ac4c5c4f1b39f4e61687efeb22"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('4885a97984e7ef35ccf37b6c1afbdce68b365cbff3a4aa13ac4c5c4f1b39f4e61687efeb22').concat(CryptoJS.enc.Utf8.parse("\t\né&𝄞1X'\t\"1𝄞'Xb\"&Y<!ZZ\t #>\t19"))).toString()"#,
        r#"bb16d24054f493515e18899ea24e9514"#,
    ),
    (
        r##"CryptoJS.SHA256("#&\tac1&!𝄞𝄞Yc9aXc\n!!1>aZ\"<X090Zcc <&a&é\t\n'1a\tX>€9€<>!a𝄞b\t<<91 1Y1'𝄞").toString()"##,
        r#"48d703e93caad7f0c2e1630a7021d74e124de4786aad7fcaca964fde469c39af"#,
    ),
    (
        r##"CryptoJS.HmacSHA512("#&\tac1&!𝄞𝄞Yc9aXc\n!!1>aZ\"<X090Zcc <&a&é\t\n'1a\tX>€9€<>!a𝄞b\t<<91 1Y1'𝄞", "\n>&##1XZ").toString(CryptoJS.enc.Base64)"##,
        r#"XEaluEwHAzrwRWNhs07BAfBAd+vxVOJSL5aXLVh32tM13JdD4fEV3MGc/LZr1ObkCVReFNdf98UAvH8MYa3ooQ=="#,
    ),
    (
        r##"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse("#&\tac1&!𝄞𝄞Yc9aXc\n!!1>aZ\"<X090Zcc <&a&é\t\n'1a\tX>€9€<>!a𝄞b\t<<91 1Y1'𝄞"))"##,
        r#"IyYJYWMxJiHwnYSe8J2EnlljOWFYYwohITE+YVoiPFgwOTBaY2MgPCZhJsOpCQonMWEJWD7igqw54oKsPD4hYfCdhJ5iCTw8OTEgMVkxJ/CdhJ4="#,
    ),
    (
        r##"CryptoJS.enc.Utf16.parse("#&\tac1&!𝄞𝄞Yc9aXc\n!!1>aZ\"<X090Zcc <&a&é\t\n'1a\tX>€9€<>!a𝄞b\t<<91 1Y1'𝄞").toString()"##,
        r#"00230026000900610063003100260021d834dd1ed834dd1e005900630039006100580063000a002100210031003e0061005a0022003c0058003000390030005a006300630020003c00260061002600e90009000a00270031006100090058003e20ac003920ac003c003e00210061d834dd1e00620009003c003c0039003100200031005900310027d834dd1e"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('ab997c2066547d6426b5407368').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('ab997c2066547d6426b5407368').toString(CryptoJS.enc.Latin1).length"#,
        r#"13"#,
    ),
    (
        r##"CryptoJS.AES.encrypt("#&\tac1&!𝄞𝄞Yc9aXc\n!!1>aZ\"<X090Zcc <&a&é\t\n'1a\tX>€9€<>!a𝄞b\t<<91 1Y1'𝄞", CryptoJS.enc.Hex.parse('20d417c99c7811f711cb38365dd044ce'), {iv: CryptoJS.enc.Hex.parse('212a4f2f9ec71fdb608a392d9154c0ab')}).toString()"##,
        r#"I2m5JKYTcenV33Gnak4JFebp37Ll+qVFVlqAez/hpbUoD57wURZdxSwzjRg8ghdXX+AhcYayC/7kN8wpiRY4Vj6VN6z53Dqn/2shU6JA6PyRYuzJSHf85NP7/SphKqoh"#,
    ),
    (
        r##"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt("#&\tac1&!𝄞𝄞Yc9aXc\n!!1>aZ\"<X090Zcc <&a&é\t\n'1a\tX>€9€<>!a𝄞b\t<<91 1Y1'𝄞", CryptoJS.enc.Hex.parse('20d417c99c7811f711cb38365dd044ce'), {iv: CryptoJS.enc.Hex.parse('212a4f2f9ec71fdb608a392d9154c0ab')}).toString(), CryptoJS.enc.Hex.parse('20d417c99c7811f711cb38365dd044ce'), {iv: CryptoJS.enc.Hex.parse('212a4f2f9ec71fdb608a392d9154c0ab')}).toString(CryptoJS.enc.Utf8) === "#&\tac1&!𝄞𝄞Yc9aXc\n!!1>aZ\"<X090Zcc <&a&é\t\n'1a\tX>€9€<>!a𝄞b\t<<91 1Y1'𝄞""##,
        r#"true"#,
    ),
    (
        r##"CryptoJS.PBKDF2("#&\tac1&!𝄞𝄞Yc9aXc\n!!1>aZ\"<X090Zcc <&a&é\t\n'1a\tX>€9€<>!a𝄞b\t<<91 1Y1'𝄞", "\n>&##1XZ", {keySize: 9, iterations: 4}).toString()"##,
        r#"b74249db6417497f63c4dc291f470fd522e2cc707ea7bb9bcc20ff6c9e6844676d0990b0"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('ab997c2066547d6426b5407368'))).toString()"#,
        r#"ab997c2066547d6426b5407368"#,
    ),
    (
        r##"CryptoJS.MD5(CryptoJS.enc.Hex.parse('ab997c2066547d6426b5407368').concat(CryptoJS.enc.Utf8.parse("#&\tac1&!𝄞𝄞Yc9aXc\n!!1>aZ\"<X090Zcc <&a&é\t\n'1a\tX>€9€<>!a𝄞b\t<<91 1Y1'𝄞"))).toString()"##,
        r#"f1c17a94e1d22350772d8da2edd9c66d"#,
    ),
    (
        r#"CryptoJS.RIPEMD160("X\tb1éX&&9YZ#1").toString()"#,
        r#"af00b94f882ec79fcd09cd1e1c33560c19eef693"#,
    ),
    (
        r##"CryptoJS.HmacSHA512("X\tb1éX&&9YZ#1", "> cY'c!Z\"'' \"#Y𝄞 X'b\né'b\t&0\">€").toString(CryptoJS.enc.Base64)"##,
        r#"wXCePk4eHMpK/N6QO3dz57WPrCl+1sQgNkDFjtckdNapvAW8cNsZjI5w8bXL/RF1CWDFzEsnwCCQIIkmyfMcmg=="#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse("X\tb1éX&&9YZ#1"))"#,
        r#"WAliMcOpWCYmOVlaIzE="#,
    ),
    (
        r#"CryptoJS.enc.Utf16.parse("X\tb1éX&&9YZ#1").toString()"#,
        r#"005800090062003100e900580026002600390059005a00230031"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('daf8151f104c3cd70fac63ccf2c3beba703315d4eeaa').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('daf8151f104c3cd70fac63ccf2c3beba703315d4eeaa').toString(CryptoJS.enc.Latin1).length"#,
        r#"22"#,
    ),
    (
        r#"CryptoJS.AES.encrypt("X\tb1éX&&9YZ#1", CryptoJS.enc.Hex.parse('2afbbd3e8a8ecc17935b97168ab7f65dfbc1e34b2c61204eab398d9a0b11b8aa'), {iv: CryptoJS.enc.Hex.parse('9472cd41ad9c5501e36514ef9de62efc')}).toString()"#,
        r#"T3/sIJb5EFAOxXLRmKQy5w=="#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt("X\tb1éX&&9YZ#1", CryptoJS.enc.Hex.parse('2afbbd3e8a8ecc17935b97168ab7f65dfbc1e34b2c61204eab398d9a0b11b8aa'), {iv: CryptoJS.enc.Hex.parse('9472cd41ad9c5501e36514ef9de62efc')}).toString(), CryptoJS.enc.Hex.parse('2afbbd3e8a8ecc17935b97168ab7f65dfbc1e34b2c61204eab398d9a0b11b8aa'), {iv: CryptoJS.enc.Hex.parse('9472cd41ad9c5501e36514ef9de62efc')}).toString(CryptoJS.enc.Utf8) === "X\tb1éX&&9YZ#1""#,
        r#"true"#,
    ),
    (
        r##"CryptoJS.PBKDF2("X\tb1éX&&9YZ#1", "> cY'c!Z\"'' \"#Y𝄞 X'b\né'b\t&0\">€", {keySize: 13, iterations: 47}).toString()"##,
        r#"af429b77dced24d75895449bbe10640c2cada4548242c171a864eb43e6b91e26c95e7e2915a03f48b05ed5cd695589e0c9f42ce8"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('daf8151f104c3cd70fac63ccf2c3beba703315d4eeaa'))).toString()"#,
        r#"daf8151f104c3cd70fac63ccf2c3beba703315d4eeaa"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('daf8151f104c3cd70fac63ccf2c3beba703315d4eeaa').concat(CryptoJS.enc.Utf8.parse("X\tb1éX&&9YZ#1"))).toString()"#,
        r#"06199f62aa10697573dc047f88c68e63"#,
    ),
    (
        r#"CryptoJS.SHA224("Z").toString()"#,
        r#"a71135dfd20482ac6b383a7014b8ecafbf06b8e88434fa8bee6912d5"#,
    ),
    (
        r#"CryptoJS.HmacSHA1("Z", "\">Yé a0Z\na&\t!aé").toString(CryptoJS.enc.Base64)"#,
        r#"cENUoRrw4VcydbYqTLX62aUOT/Q="#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse("Z"))"#,
        r#"Wg=="#,
    ),
    (r#"CryptoJS.enc.Utf16.parse("Z").toString()"#, r#"005a"#),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('190a962c83ff90715a912510b7a778917d18cb6a374c9a0c').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('190a962c83ff90715a912510b7a778917d18cb6a374c9a0c').toString(CryptoJS.enc.Latin1).length"#,
        r#"24"#,
    ),
    (
        r#"CryptoJS.AES.encrypt("Z", CryptoJS.enc.Hex.parse('4b1d08943fe2daa1067b948db1ba4618643913e70e4777141f857c8a4f308199'), {iv: CryptoJS.enc.Hex.parse('92d54066bd26f7f2f293ddf56a392231')}).toString()"#,
        r#"YXPOWJcTmz8vmJoAmLm4nQ=="#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt("Z", CryptoJS.enc.Hex.parse('4b1d08943fe2daa1067b948db1ba4618643913e70e4777141f857c8a4f308199'), {iv: CryptoJS.enc.Hex.parse('92d54066bd26f7f2f293ddf56a392231')}).toString(), CryptoJS.enc.Hex.parse('4b1d08943fe2daa1067b948db1ba4618643913e70e4777141f857c8a4f308199'), {iv: CryptoJS.enc.Hex.parse('92d54066bd26f7f2f293ddf56a392231')}).toString(CryptoJS.enc.Utf8) === "Z""#,
        r#"true"#,
    ),
    (
        r#"CryptoJS.PBKDF2("Z", "\">Yé a0Z\na&\t!aé", {keySize: 10, iterations: 22}).toString()"#,
        r#"1e3eea3dc3d0dbdf4727522def92713146879e9661e23c2a6a755655663c13e83ecdb8f7d7647cea"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('190a962c83ff90715a912510b7a778917d18cb6a374c9a0c'))).toString()"#,
        r#"190a962c83ff90715a912510b7a778917d18cb6a374c9a0c"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('190a962c83ff90715a912510b7a778917d18cb6a374c9a0c').concat(CryptoJS.enc.Utf8.parse("Z"))).toString()"#,
        r#"9546113c71c817c1e2896a3324a145f6"#,
    ),
    (
        r##"CryptoJS.SHA256("\"Z0&aZ€! bab9céa\"#Xacé\"'c>'!&\t&Z€1<b\"b> 1#Xé0a<! \nZ1'\n").toString()"##,
        r#"b1e493b1387461baf3a4ccb462fa4ece17668e7e78fd898b052d470caee8ee72"#,
    ),
    (
        r##"CryptoJS.HmacMD5("\"Z0&aZ€! bab9céa\"#Xacé\"'c>'!&\t&Z€1<b\"b> 1#Xé0a<! \nZ1'\n", "0é1b#ba!𝄞\"€'&\t9Z€# €Z<1\"X𝄞𝄞Za\"b€'1'€\n>a01\n").toString(CryptoJS.enc.Base64)"##,
        r#"5Aa03MM3W+hQDAPNPAex/Q=="#,
    ),
    (
        r##"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse("\"Z0&aZ€! bab9céa\"#Xacé\"'c>'!&\t&Z€1<b\"b> 1#Xé0a<! \nZ1'\n"))"##,
        r#"IlowJmFa4oKsISBiYWI5Y8OpYSIjWGFjw6kiJ2M+JyEmCSZa4oKsMTxiImI+IDEjWMOpMGE8ISAKWjEnCg=="#,
    ),
    (
        r##"CryptoJS.enc.Utf16.parse("\"Z0&aZ€! bab9céa\"#Xacé\"'c>'!&\t&Z€1<b\"b> 1#Xé0a<! \nZ1'\n").toString()"##,
        r#"0022005a003000260061005a20ac002100200062006100620039006300e900610022002300580061006300e9002200270063003e00270021002600090026005a20ac0031003c006200220062003e002000310023005800e900300061003c00210020000a005a00310027000a"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('1c27').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"'"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('1c27').toString(CryptoJS.enc.Latin1).length"#,
        r#"2"#,
    ),
    (
        r##"CryptoJS.AES.encrypt("\"Z0&aZ€! bab9céa\"#Xacé\"'c>'!&\t&Z€1<b\"b> 1#Xé0a<! \nZ1'\n", CryptoJS.enc.Hex.parse('a130d8d6de6fe2bfea4a1b940bafc006f6cd6dc675ca85d53d147ffccc29d871'), {iv: CryptoJS.enc.Hex.parse('1e08a9f179f31b0bb14f930564eb2f9b')}).toString()"##,
        r#"xGdMVtXRAowgXkQliATO4UHogbIhPZy+fybyjA4GIn32pK0QxCyFaPO1AO1+3XGI98kwBcL3i94XhRz6Z1/Y+Q=="#,
    ),
    (
        r##"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt("\"Z0&aZ€! bab9céa\"#Xacé\"'c>'!&\t&Z€1<b\"b> 1#Xé0a<! \nZ1'\n", CryptoJS.enc.Hex.parse('a130d8d6de6fe2bfea4a1b940bafc006f6cd6dc675ca85d53d147ffccc29d871'), {iv: CryptoJS.enc.Hex.parse('1e08a9f179f31b0bb14f930564eb2f9b')}).toString(), CryptoJS.enc.Hex.parse('a130d8d6de6fe2bfea4a1b940bafc006f6cd6dc675ca85d53d147ffccc29d871'), {iv: CryptoJS.enc.Hex.parse('1e08a9f179f31b0bb14f930564eb2f9b')}).toString(CryptoJS.enc.Utf8) === "\"Z0&aZ€! bab9céa\"#Xacé\"'c>'!&\t&Z€1<b\"b> 1#Xé0a<! \nZ1'\n""##,
        r#"true"#,
    ),
    (
        r##"CryptoJS.PBKDF2("\"Z0&aZ€! bab9céa\"#Xacé\"'c>'!&\t&Z€1<b\"b> 1#Xé0a<! \nZ1'\n", "0é1b#ba!𝄞\"€'&\t9Z€# €Z<1\"X𝄞𝄞Za\"b€'1'€\n>a01\n", {keySize: 11, iterations: 43}).toString()"##,
        r#"237574ca570f8244ea6278f7ff48cfb76d8068b4d46d152c964c6e964962a6c280cd2bb8556050d052f1f903"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('1c27'))).toString()"#,
        r#"1c27"#,
    ),
    (
        r##"CryptoJS.MD5(CryptoJS.enc.Hex.parse('1c27').concat(CryptoJS.enc.Utf8.parse("\"Z0&aZ€! bab9céa\"#Xacé\"'c>'!&\t&Z€1<b\"b> 1#Xé0a<! \nZ1'\n"))).toString()"##,
        r#"ee768ff40624c19a570e8e28ef9bedbb"#,
    ),
    (
        r#"CryptoJS.SHA384("c&' 9c\t 1'<\n&0>c>Za\"<b\"9\n\t1#€Y&a\tY\"éX>é'a\" aXYZ1Xc19€&# \"'9!'ZXaa>'").toString()"#,
        r#"71555f13b2937c5fa565443f9aa72ddc199b367dfa159377753708a55e4573f63020b084eb8053bdebf84b0163834752"#,
    ),
    (
        r##"CryptoJS.HmacSHA256("c&' 9c\t 1'<\n&0>c>Za\"<b\"9\n\t1#€Y&a\tY\"éX>é'a\" aXYZ1Xc19€&# \"'9!'ZXaa>'", "#\n!X 0!1&# 1\n >éZ<&").toString(CryptoJS.enc.Base64)"##,
        r#"79iG/Id0o4xaTJQyGwjPSnGthuY/SRmpn0Ng37hsWHs="#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse("c&' 9c\t 1'<\n&0>c>Za\"<b\"9\n\t1#€Y&a\tY\"éX>é'a\" aXYZ1Xc19€&# \"'9!'ZXaa>'"))"#,
        r#"YyYnIDljCSAxJzwKJjA+Yz5aYSI8YiI5CgkxI+KCrFkmYQlZIsOpWD7DqSdhIiBhWFlaMVhjMTnigqwmIyAiJzkhJ1pYYWE+Jw=="#,
    ),
    (
        r#"CryptoJS.enc.Utf16.parse("c&' 9c\t 1'<\n&0>c>Za\"<b\"9\n\t1#€Y&a\tY\"éX>é'a\" aXYZ1Xc19€&# \"'9!'ZXaa>'").toString()"#,
        r#"0063002600270020003900630009002000310027003c000a00260030003e0063003e005a00610022003c006200220039000a00090031002320ac00590026006100090059002200e90058003e00e90027006100220020006100580059005a0031005800630031003920ac00260023002000220027003900210027005a005800610061003e0027"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('b4af0514ecdc3f').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('b4af0514ecdc3f').toString(CryptoJS.enc.Latin1).length"#,
        r#"7"#,
    ),
    (
        r#"CryptoJS.AES.encrypt("c&' 9c\t 1'<\n&0>c>Za\"<b\"9\n\t1#€Y&a\tY\"éX>é'a\" aXYZ1Xc19€&# \"'9!'ZXaa>'", CryptoJS.enc.Hex.parse('59318cc61b6142ca133f24cd95058d43'), {iv: CryptoJS.enc.Hex.parse('ed73efac9028b2ccd33394098ae64db0')}).toString()"#,
        r#"rbicA+lzp1Qndm4tjrCuPcRJpEUv4ds96VkXSad0SdffAkQArYp7fol9zKpBDwhWW0BKKW4k2nebGYvsqDKVii1iWGBEfHJo2+gH+JwWHjY="#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt("c&' 9c\t 1'<\n&0>c>Za\"<b\"9\n\t1#€Y&a\tY\"éX>é'a\" aXYZ1Xc19€&# \"'9!'ZXaa>'", CryptoJS.enc.Hex.parse('59318cc61b6142ca133f24cd95058d43'), {iv: CryptoJS.enc.Hex.parse('ed73efac9028b2ccd33394098ae64db0')}).toString(), CryptoJS.enc.Hex.parse('59318cc61b6142ca133f24cd95058d43'), {iv: CryptoJS.enc.Hex.parse('ed73efac9028b2ccd33394098ae64db0')}).toString(CryptoJS.enc.Utf8) === "c&' 9c\t 1'<\n&0>c>Za\"<b\"9\n\t1#€Y&a\tY\"éX>é'a\" aXYZ1Xc19€&# \"'9!'ZXaa>'""#,
        r#"true"#,
    ),
    (
        r##"CryptoJS.PBKDF2("c&' 9c\t 1'<\n&0>c>Za\"<b\"9\n\t1#€Y&a\tY\"éX>é'a\" aXYZ1Xc19€&# \"'9!'ZXaa>'", "#\n!X 0!1&# 1\n >éZ<&", {keySize: 13, iterations: 6}).toString()"##,
        r#"6e5bfdf6826d8d77fb7bdbbca4cc6cb53fffed9be8f68d312c89bfb77b98b50173c934d934fa74ef0cd94f03bb51c0edf15b2bac"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('b4af0514ecdc3f'))).toString()"#,
        r#"b4af0514ecdc3f"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('b4af0514ecdc3f').concat(CryptoJS.enc.Utf8.parse("c&' 9c\t 1'<\n&0>c>Za\"<b\"9\n\t1#€Y&a\tY\"éX>é'a\" aXYZ1Xc19€&# \"'9!'ZXaa>'"))).toString()"#,
        r#"46bcf1dc9e92da6f470195620de674b3"#,
    ),
    (
        r##"CryptoJS.RIPEMD160("c𝄞9'#a\"0€>é€#9é\nb#YZ&Y\nc9!X0'𝄞\"#c\n<#𝄞").toString()"##,
        r#"867cc64384a1b2f6344e300ad44c830fd1ae8f9a"#,
    ),
    (
        r##"CryptoJS.HmacSHA256("c𝄞9'#a\"0€>é€#9é\nb#YZ&Y\nc9!X0'𝄞\"#c\n<#𝄞", "0\tc9'<c\"").toString(CryptoJS.enc.Base64)"##,
        r#"ja7fuZrmePQn4qRmrjXnL1Mzyljyu3Cga9QW2CsEArQ="#,
    ),
    (
        r##"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse("c𝄞9'#a\"0€>é€#9é\nb#YZ&Y\nc9!X0'𝄞\"#c\n<#𝄞"))"##,
        r#"Y/CdhJ45JyNhIjDigqw+w6nigqwjOcOpCmIjWVomWQpjOSFYMCfwnYSeIiNjCjwj8J2Eng=="#,
    ),
    (
        r##"CryptoJS.enc.Utf16.parse("c𝄞9'#a\"0€>é€#9é\nb#YZ&Y\nc9!X0'𝄞\"#c\n<#𝄞").toString()"##,
        r#"0063d834dd1e00390027002300610022003020ac003e00e920ac0023003900e9000a006200230059005a00260059000a006300390021005800300027d834dd1e002200230063000a003c0023d834dd1e"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('5573192aa04d3f02075ccfb16fdf49a4dd8c17e483e99afc3a51d80c397df35da6bf79bb28').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('5573192aa04d3f02075ccfb16fdf49a4dd8c17e483e99afc3a51d80c397df35da6bf79bb28').toString(CryptoJS.enc.Latin1).length"#,
        r#"37"#,
    ),
    (
        r##"CryptoJS.AES.encrypt("c𝄞9'#a\"0€>é€#9é\nb#YZ&Y\nc9!X0'𝄞\"#c\n<#𝄞", CryptoJS.enc.Hex.parse('63edee769eab54762af529a3ff16964abf65c95c8a51b933'), {iv: CryptoJS.enc.Hex.parse('11d1d25d049a6679c79b56e344b0fb86')}).toString()"##,
        r#"hMJv5669TD365xzAwky7PZbNl8i9Q6sP1ou8cCtBRnT6QNMFzAOagMY2X+UdtFKfqI43R0Rcu1xLmNWeZiqVuQ=="#,
    ),
    (
        r##"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt("c𝄞9'#a\"0€>é€#9é\nb#YZ&Y\nc9!X0'𝄞\"#c\n<#𝄞", CryptoJS.enc.Hex.parse('63edee769eab54762af529a3ff16964abf65c95c8a51b933'), {iv: CryptoJS.enc.Hex.parse('11d1d25d049a6679c79b56e344b0fb86')}).toString(), CryptoJS.enc.Hex.parse('63edee769eab54762af529a3ff16964abf65c95c8a51b933'), {iv: CryptoJS.enc.Hex.parse('11d1d25d049a6679c79b56e344b0fb86')}).toString(CryptoJS.enc.Utf8) === "c𝄞9'#a\"0€>é€#9é\nb#YZ&Y\nc9!X0'𝄞\"#c\n<#𝄞""##,
        r#"true"#,
    ),
    (
        r##"CryptoJS.PBKDF2("c𝄞9'#a\"0€>é€#9é\nb#YZ&Y\nc9!X0'𝄞\"#c\n<#𝄞", "0\tc9'<c\"", {keySize: 9, iterations: 1}).toString()"##,
        r#"fa0f1f6931cb826c9cd60c2fd90c79fd45461c86e26448294b0da3df0c92346fd87f5c79"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('5573192aa04d3f02075ccfb16fdf49a4dd8c17e483e99afc3a51d80c397df35da6bf79bb28'))).toString()"#,
        r#"5573192aa04d3f02075ccfb16fdf49a4dd8c17e483e99afc3a51d80c397df35da6bf79bb28"#,
    ),
    (
        r##"CryptoJS.MD5(CryptoJS.enc.Hex.parse('5573192aa04d3f02075ccfb16fdf49a4dd8c17e483e99afc3a51d80c397df35da6bf79bb28').concat(CryptoJS.enc.Utf8.parse("c𝄞9'#a\"0€>é€#9é\nb#YZ&Y\nc9!X0'𝄞\"#c\n<#𝄞"))).toString()"##,
        r#"a1cbfc669a68d24adc81261cec48e508"#,
    ),
    (
        r#"CryptoJS.SHA384(" b<\nX€\ta >c\tZYX !\"!Y€>€<b\t0€!𝄞0'Z0aZZ&<!cZ𝄞<a1 'c!c\"!&XY€a𝄞9Z ").toString()"#,
        r#"42307c65171d2784990f54c3fdc64ff66b7ece526818b99f8e1f32288eb42efa212fc8c94ce0b9c65cd7edaadc5b45e8"#,
    ),
    (
        r##"CryptoJS.HmacSHA256(" b<\nX€\ta >c\tZYX !\"!Y€>€<b\t0€!𝄞0'Z0aZZ&<!cZ𝄞<a1 'c!c\"!&XY€a𝄞9Z ", "€X<𝄞𝄞 Yé0<0€\n€#€>Z𝄞a#\tb\n\" \"X\"#<€1\n1\t#1bX!!Y9''é€Z>!#9&€\t𝄞\"\"!!&YZé \"#9&'").toString(CryptoJS.enc.Base64)"##,
        r#"B+87fV2+3jzNlLZYOMA/IquYbim547dVR/54a11kuCg="#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse(" b<\nX€\ta >c\tZYX !\"!Y€>€<b\t0€!𝄞0'Z0aZZ&<!cZ𝄞<a1 'c!c\"!&XY€a𝄞9Z "))"#,
        r#"IGI8CljigqwJYSA+YwlaWVggISIhWeKCrD7igqw8Ygkw4oKsIfCdhJ4wJ1owYVpaJjwhY1rwnYSePGExICdjIWMiISZYWeKCrGHwnYSeOVog"#,
    ),
    (
        r#"CryptoJS.enc.Utf16.parse(" b<\nX€\ta >c\tZYX !\"!Y€>€<b\t0€!𝄞0'Z0aZZ&<!cZ𝄞<a1 'c!c\"!&XY€a𝄞9Z ").toString()"#,
        r#"00200062003c000a005820ac000900610020003e00630009005a005900580020002100220021005920ac003e20ac003c00620009003020ac0021d834dd1e00300027005a00300061005a005a0026003c00210063005ad834dd1e003c00610031002000270063002100630022002100260058005920ac0061d834dd1e0039005a0020"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('7ccecee51818fe380318ab130c6d1dfa7b7882f96a7568183c7791a3a0a12cfe6f').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('7ccecee51818fe380318ab130c6d1dfa7b7882f96a7568183c7791a3a0a12cfe6f').toString(CryptoJS.enc.Latin1).length"#,
        r#"33"#,
    ),
    (
        r#"CryptoJS.AES.encrypt(" b<\nX€\ta >c\tZYX !\"!Y€>€<b\t0€!𝄞0'Z0aZZ&<!cZ𝄞<a1 'c!c\"!&XY€a𝄞9Z ", CryptoJS.enc.Hex.parse('7547c208e629b116ba2a1f6847998891'), {iv: CryptoJS.enc.Hex.parse('9d55da6aa64766954ec75f209991d820')}).toString()"#,
        r#"/th9AxrxIQ0hNoNOP5LM/jTJbVkz9uqcjGAiJbsBHlVLPmknzbU57HVJUgXNF3dYFiL4jcHj/OPkoRtjHldBEHIo7yvcbwTWxiLalvQR7sN2i4dXo0yU++C3mZeRDLJW"#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt(" b<\nX€\ta >c\tZYX !\"!Y€>€<b\t0€!𝄞0'Z0aZZ&<!cZ𝄞<a1 'c!c\"!&XY€a𝄞9Z ", CryptoJS.enc.Hex.parse('7547c208e629b116ba2a1f6847998891'), {iv: CryptoJS.enc.Hex.parse('9d55da6aa64766954ec75f209991d820')}).toString(), CryptoJS.enc.Hex.parse('7547c208e629b116ba2a1f6847998891'), {iv: CryptoJS.enc.Hex.parse('9d55da6aa64766954ec75f209991d820')}).toString(CryptoJS.enc.Utf8) === " b<\nX€\ta >c\tZYX !\"!Y€>€<b\t0€!𝄞0'Z0aZZ&<!cZ𝄞<a1 'c!c\"!&XY€a𝄞9Z ""#,
        r#"true"#,
    ),
    (
        r##"CryptoJS.PBKDF2(" b<\nX€\ta >c\tZYX !\"!Y€>€<b\t0€!𝄞0'Z0aZZ&<!cZ𝄞<a1 'c!c\"!&XY€a𝄞9Z ", "€X<𝄞𝄞 Yé0<0€\n€#€>Z𝄞a#\tb\n\" \"X\"#<€1\n1\t#1bX!!Y9''é€Z>!#9&€\t𝄞\"\"!!&YZé \"#9&'", {keySize: 2, iterations: 6}).toString()"##,
        r#"422a85e455528166"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('7ccecee51818fe380318ab130c6d1dfa7b7882f96a7568183c7791a3a0a12cfe6f'))).toString()"#,
        r#"7ccecee51818fe380318ab130c6d1dfa7b7882f96a7568183c7791a3a0a12cfe6f"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('7ccecee51818fe380318ab130c6d1dfa7b7882f96a7568183c7791a3a0a12cfe6f').concat(CryptoJS.enc.Utf8.parse(" b<\nX€\ta >c\tZYX !\"!Y€>€<b\t0€!𝄞0'Z0aZZ&<!cZ𝄞<a1 'c!c\"!&XY€a𝄞9Z "))).toString()"#,
        r#"346b5f2554ca55b98c3074b249aa8742"#,
    ),
    (
        r#"CryptoJS.SHA224("9>\né&Za1\"!'&'€ab\"Xb\naé>1é\t€€<'a\"€1'\n#1c9\n!aé<#<YZ𝄞X€1<&€Z <\t9'\t991011").toString()"#,
        r#"f9431b2af42cde6c59b24306910d5e5c19dc012d842043266960973f"#,
    ),
    (
        r#"CryptoJS.HmacSHA512("9>\né&Za1\"!'&'€ab\"Xb\naé>1é\t€€<'a\"€1'\n#1c9\n!aé<#<YZ𝄞X€1<&€Z <\t9'\t991011", ">\té&&!éY!9&1Za\t\tYZ\n0&9 \t<!XZX\"X<c").toString(CryptoJS.enc.Base64)"#,
        r#"/FGLhNO90JQ70hxdcQM0hjfF5x+78FIFrnBClu2sUVg3r/YZpN2H8XHZhKrraD0irkPLq9hemilUhMjxrz9IOQ=="#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse("9>\né&Za1\"!'&'€ab\"Xb\naé>1é\t€€<'a\"€1'\n#1c9\n!aé<#<YZ𝄞X€1<&€Z <\t9'\t991011"))"#,
        r#"OT4Kw6kmWmExIiEnJifigqxhYiJYYgphw6k+McOpCeKCrOKCrDwnYSLigqwxJwojMWM5CiFhw6k8IzxZWvCdhJ5Y4oKsMTwm4oKsWiA8CTknCTk5MTAxMQ=="#,
    ),
    (
        r#"CryptoJS.enc.Utf16.parse("9>\né&Za1\"!'&'€ab\"Xb\naé>1é\t€€<'a\"€1'\n#1c9\n!aé<#<YZ𝄞X€1<&€Z <\t9'\t991011").toString()"#,
        r#"0039003e000a00e90026005a006100310022002100270026002720ac00610062002200580062000a006100e9003e003100e9000920ac20ac003c00270061002220ac00310027000a0023003100630039000a0021006100e9003c0023003c0059005ad834dd1e005820ac0031003c002620ac005a0020003c0009003900270009003900390031003000310031"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('e04d693ecbe1464e73cee0e7').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('e04d693ecbe1464e73cee0e7').toString(CryptoJS.enc.Latin1).length"#,
        r#"12"#,
    ),
    (
        r#"CryptoJS.AES.encrypt("9>\né&Za1\"!'&'€ab\"Xb\naé>1é\t€€<'a\"€1'\n#1c9\n!aé<#<YZ𝄞X€1<&€Z <\t9'\t991011", CryptoJS.enc.Hex.parse('9f33b9a361abe777e1893136f0f9e51e'), {iv: CryptoJS.enc.Hex.parse('bac5cf8077319dc5af932f06e073dbb6')}).toString()"#,
        r#"/QCrTHWSWrYWA2JqLfd5WBG64NgtphWkMQeduV7WuTOZN0QnENpOmxZi4XicwdCm+rVAcd5OpNVxyY1wgtsQ9zy2NBzhmC3vK7xayXPobW7tElr56ymBs7XeeGosgMW6"#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt("9>\né&Za1\"!'&'€ab\"Xb\naé>1é\t€€<'a\"€1'\n#1c9\n!aé<#<YZ𝄞X€1<&€Z <\t9'\t991011", CryptoJS.enc.Hex.parse('9f33b9a361abe777e1893136f0f9e51e'), {iv: CryptoJS.enc.Hex.parse('bac5cf8077319dc5af932f06e073dbb6')}).toString(), CryptoJS.enc.Hex.parse('9f33b9a361abe777e1893136f0f9e51e'), {iv: CryptoJS.enc.Hex.parse('bac5cf8077319dc5af932f06e073dbb6')}).toString(CryptoJS.enc.Utf8) === "9>\né&Za1\"!'&'€ab\"Xb\naé>1é\t€€<'a\"€1'\n#1c9\n!aé<#<YZ𝄞X€1<&€Z <\t9'\t991011""#,
        r#"true"#,
    ),
    (
        r#"CryptoJS.PBKDF2("9>\né&Za1\"!'&'€ab\"Xb\naé>1é\t€€<'a\"€1'\n#1c9\n!aé<#<YZ𝄞X€1<&€Z <\t9'\t991011", ">\té&&!éY!9&1Za\t\tYZ\n0&9 \t<!XZX\"X<c", {keySize: 13, iterations: 29}).toString()"#,
        r#"87ec22bb3bf0fe6ccc48b0213fcbd5277464ac69d136880f843b44dbe010f67b43664a373a0a11ca6bd5734686b47b50fff0c897"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('e04d693ecbe1464e73cee0e7'))).toString()"#,
        r#"e04d693ecbe1464e73cee0e7"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('e04d693ecbe1464e73cee0e7').concat(CryptoJS.enc.Utf8.parse("9>\né&Za1\"!'&'€ab\"Xb\naé>1é\t€€<'a\"€1'\n#1c9\n!aé<#<YZ𝄞X€1<&€Z <\t9'\t991011"))).toString()"#,
        r#"57a44c54d8055b1b81d97a337cf1f875"#,
    ),
    (
        r#"CryptoJS.SHA256(" é>\"\nY𝄞cc>0!<ca'0\"\n!&\n!Y#é91>b1é9&>Z!\"Y'€99𝄞b").toString()"#,
        r#"520c01903b3642bc41804946df41787dadb0ee9a16feb4400e117789bcd7c062"#,
    ),
    (
        r#"CryptoJS.HmacSHA224(" é>\"\nY𝄞cc>0!<ca'0\"\n!&\n!Y#é91>b1é9&>Z!\"Y'€99𝄞b", "€Z€b1#Z&é\t'#'#1>éa€ &").toString(CryptoJS.enc.Base64)"#,
        r#"NQF+4Dc/symLTVZw/ypzoJtBNZO+H/2Tv3Rpbw=="#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse(" é>\"\nY𝄞cc>0!<ca'0\"\n!&\n!Y#é91>b1é9&>Z!\"Y'€99𝄞b"))"#,
        r#"IMOpPiIKWfCdhJ5jYz4wITxjYScwIgohJgohWSPDqTkxPmIxw6k5Jj5aISJZJ+KCrDk58J2EnmI="#,
    ),
    (
        r#"CryptoJS.enc.Utf16.parse(" é>\"\nY𝄞cc>0!<ca'0\"\n!&\n!Y#é91>b1é9&>Z!\"Y'€99𝄞b").toString()"#,
        r#"002000e9003e0022000a0059d834dd1e00630063003e00300021003c00630061002700300022000a00210026000a00210059002300e900390031003e0062003100e900390026003e005a002100220059002720ac00390039d834dd1e0062"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('72a367').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('72a367').toString(CryptoJS.enc.Latin1).length"#,
        r#"3"#,
    ),
    (
        r#"CryptoJS.AES.encrypt(" é>\"\nY𝄞cc>0!<ca'0\"\n!&\n!Y#é91>b1é9&>Z!\"Y'€99𝄞b", CryptoJS.enc.Hex.parse('3daf9390d001808558a9548ac6003216'), {iv: CryptoJS.enc.Hex.parse('ecc3b2301d81db773d959f6b0b6bd81b')}).toString()"#,
        r#"uLEJZq+WawN8a8ww7SdT8W4lwfwVlZuFRJm5ADVdRB/QAX0aV4Qog/vh/whI4zA5k2op0vEzM2sClxockZT8XA=="#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt(" é>\"\nY𝄞cc>0!<ca'0\"\n!&\n!Y#é91>b1é9&>Z!\"Y'€99𝄞b", CryptoJS.enc.Hex.parse('3daf9390d001808558a9548ac6003216'), {iv: CryptoJS.enc.Hex.parse('ecc3b2301d81db773d959f6b0b6bd81b')}).toString(), CryptoJS.enc.Hex.parse('3daf9390d001808558a9548ac6003216'), {iv: CryptoJS.enc.Hex.parse('ecc3b2301d81db773d959f6b0b6bd81b')}).toString(CryptoJS.enc.Utf8) === " é>\"\nY𝄞cc>0!<ca'0\"\n!&\n!Y#é91>b1é9&>Z!\"Y'€99𝄞b""#,
        r#"true"#,
    ),
    (
        r#"CryptoJS.PBKDF2(" é>\"\nY𝄞cc>0!<ca'0\"\n!&\n!Y#é91>b1é9&>Z!\"Y'€99𝄞b", "€Z€b1#Z&é\t'#'#1>éa€ &", {keySize: 9, iterations: 49}).toString()"#,
        r#"e87aa4d798596b8979582f89b3169625ec2e5366913b08a8013106afdb17a48fe98faa89"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('72a367'))).toString()"#,
        r#"72a367"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('72a367').concat(CryptoJS.enc.Utf8.parse(" é>\"\nY𝄞cc>0!<ca'0\"\n!&\n!Y#é91>b1é9&>Z!\"Y'€99𝄞b"))).toString()"#,
        r#"f4e7544b16a7c15359ab00011274b21e"#,
    ),
    (
        r#"CryptoJS.SHA512("<𝄞c\nbba#&>\"c€9Y\" 0a9é\n\"!𝄞Y'<0XbY<é0c\nc\ta>!").toString()"#,
        r#"3b44f851550eb9a0cef8e8086886fc20959a6d1c4a9b6694412c3a098486292c7a307d77af43613c855b1b430e27a69eb6cd312281b81be349ac6faa43cc3d54"#,
    ),
    (
        r#"CryptoJS.HmacSHA256("<𝄞c\nbba#&>\"c€9Y\" 0a9é\n\"!𝄞Y'<0XbY<é0c\nc\ta>!", "Xb>0>9aX𝄞9\t<>b9!\n0€XYbé!& Y>a\nc9' €ZX&'\t\ta !><\"9'1a &YaZ!Y#b <&>XbY\tbYY\n&  acb").toString(CryptoJS.enc.Base64)"#,
        r#"9pauAEiPcU1ywbLOV61lVwfhovVVWfHobCJt/pS218M="#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse("<𝄞c\nbba#&>\"c€9Y\" 0a9é\n\"!𝄞Y'<0XbY<é0c\nc\ta>!"))"#,
        r#"PPCdhJ5jCmJiYSMmPiJj4oKsOVkiIDBhOcOpCiIh8J2EnlknPDBYYlk8w6kwYwpjCWE+IQ=="#,
    ),
    (
        r#"CryptoJS.enc.Utf16.parse("<𝄞c\nbba#&>\"c€9Y\" 0a9é\n\"!𝄞Y'<0XbY<é0c\nc\ta>!").toString()"#,
        r#"003cd834dd1e0063000a00620062006100230026003e0022006320ac003900590022002000300061003900e9000a00220021d834dd1e00590027003c0030005800620059003c00e900300063000a006300090061003e0021"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('6db12a374880').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('6db12a374880').toString(CryptoJS.enc.Latin1).length"#,
        r#"6"#,
    ),
    (
        r#"CryptoJS.AES.encrypt("<𝄞c\nbba#&>\"c€9Y\" 0a9é\n\"!𝄞Y'<0XbY<é0c\nc\ta>!", CryptoJS.enc.Hex.parse('51cc78ab1e2fdd1f81e51e1a5b919f6e3de64c22e2fe8718008589502334d2db'), {iv: CryptoJS.enc.Hex.parse('6eefe8c51d3ccb215c37a90d087492d5')}).toString()"#,
        r#"vyPHiYrWtwSRRJjHRIx2hWfec2oymAobhz74bI96+kI/ZM1GT1A85wr7aufrfqjmJYqgzGPKOHo+Pk42fSo/rA=="#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt("<𝄞c\nbba#&>\"c€9Y\" 0a9é\n\"!𝄞Y'<0XbY<é0c\nc\ta>!", CryptoJS.enc.Hex.parse('51cc78ab1e2fdd1f81e51e1a5b919f6e3de64c22e2fe8718008589502334d2db'), {iv: CryptoJS.enc.Hex.parse('6eefe8c51d3ccb215c37a90d087492d5')}).toString(), CryptoJS.enc.Hex.parse('51cc78ab1e2fdd1f81e51e1a5b919f6e3de64c22e2fe8718008589502334d2db'), {iv: CryptoJS.enc.Hex.parse('6eefe8c51d3ccb215c37a90d087492d5')}).toString(CryptoJS.enc.Utf8) === "<𝄞c\nbba#&>\"c€9Y\" 0a9é\n\"!𝄞Y'<0XbY<é0c\nc\ta>!""#,
        r#"true"#,
    ),
    (
        r#"CryptoJS.PBKDF2("<𝄞c\nbba#&>\"c€9Y\" 0a9é\n\"!𝄞Y'<0XbY<é0c\nc\ta>!", "Xb>0>9aX𝄞9\t<>b9!\n0€XYbé!& Y>a\nc9' €ZX&'\t\ta !><\"9'1a &YaZ!Y#b <&>XbY\tbYY\n&  acb", {keySize: 14, iterations: 17}).toString()"#,
        r#"ccd358e5c161c3a8246fa2cb3562af9928dc3d34ed028cafd6ea0bb724459ee30dfbec1bc3f137d932bef778023ad243ba3f8b9e777411ba"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('6db12a374880'))).toString()"#,
        r#"6db12a374880"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('6db12a374880').concat(CryptoJS.enc.Utf8.parse("<𝄞c\nbba#&>\"c€9Y\" 0a9é\n\"!𝄞Y'<0XbY<é0c\nc\ta>!"))).toString()"#,
        r#"aa82c0779d7af8fce4ae442183a25f95"#,
    ),
    (
        r#"CryptoJS.SHA224("9#>!\"0Y'>\t\n91''b\"\t€!Z&éX><0<1€X\"€&1ébX#'ac<<").toString()"#,
        r#"5996bc24a48d1b40264f1ef94b7178e69ee1b218c2cf33d946f2469c"#,
    ),
    (
        r#"CryptoJS.HmacMD5("9#>!\"0Y'>\t\n91''b\"\t€!Z&éX><0<1€X\"€&1ébX#'ac<<", "0c𝄞").toString(CryptoJS.enc.Base64)"#,
        r#"3xOx6kYDWisEMPvF9dCoTA=="#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse("9#>!\"0Y'>\t\n91''b\"\t€!Z&éX><0<1€X\"€&1ébX#'ac<<"))"#,
        r#"OSM+ISIwWSc+CQo5MScnYiIJ4oKsIVomw6lYPjwwPDHigqxYIuKCrCYxw6liWCMnYWM8PA=="#,
    ),
    (
        r#"CryptoJS.enc.Utf16.parse("9#>!\"0Y'>\t\n91''b\"\t€!Z&éX><0<1€X\"€&1ébX#'ac<<").toString()"#,
        r#"00390023003e00210022003000590027003e0009000a003900310027002700620022000920ac0021005a002600e90058003e003c0030003c003120ac0058002220ac0026003100e9006200580023002700610063003c003c"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('9a2bfad97794c34f9d8a71').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('9a2bfad97794c34f9d8a71').toString(CryptoJS.enc.Latin1).length"#,
        r#"11"#,
    ),
    (
        r#"CryptoJS.AES.encrypt("9#>!\"0Y'>\t\n91''b\"\t€!Z&éX><0<1€X\"€&1ébX#'ac<<", CryptoJS.enc.Hex.parse('c2c750a58a74629c487a93920329726637565110674849bf828f1445f23b261f'), {iv: CryptoJS.enc.Hex.parse('3e598102eee5eee6beff9d74d4eb7a58')}).toString()"#,
        r#"U5rTow8r1apwobIhcQnjjCa+iMcOJOmICg8hasbpDYikV14tULGq2RVqMeO9O5FsliuozhncNypQnynEfGQkeg=="#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt("9#>!\"0Y'>\t\n91''b\"\t€!Z&éX><0<1€X\"€&1ébX#'ac<<", CryptoJS.enc.Hex.parse('c2c750a58a74629c487a93920329726637565110674849bf828f1445f23b261f'), {iv: CryptoJS.enc.Hex.parse('3e598102eee5eee6beff9d74d4eb7a58')}).toString(), CryptoJS.enc.Hex.parse('c2c750a58a74629c487a93920329726637565110674849bf828f1445f23b261f'), {iv: CryptoJS.enc.Hex.parse('3e598102eee5eee6beff9d74d4eb7a58')}).toString(CryptoJS.enc.Utf8) === "9#>!\"0Y'>\t\n91''b\"\t€!Z&éX><0<1€X\"€&1ébX#'ac<<""#,
        r#"true"#,
    ),
    (
        r#"CryptoJS.PBKDF2("9#>!\"0Y'>\t\n91''b\"\t€!Z&éX><0<1€X\"€&1ébX#'ac<<", "0c𝄞", {keySize: 1, iterations: 28}).toString()"#,
        r#"7902eb07"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('9a2bfad97794c34f9d8a71'))).toString()"#,
        r#"9a2bfad97794c34f9d8a71"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('9a2bfad97794c34f9d8a71').concat(CryptoJS.enc.Utf8.parse("9#>!\"0Y'>\t\n91''b\"\t€!Z&éX><0<1€X\"€&1ébX#'ac<<"))).toString()"#,
        r#"c438686bfa94fa016a0d30e2f4b77421"#,
    ),
    (
        r#"CryptoJS.MD5(">0éZ!éc1'c1>Z\t\té\"!&&#\"Z\"!€\t\n'\"\nYc9Yéc!a0\n!9bé0béc9>\t\t &\tZ9Z𝄞Y aa&").toString()"#,
        r#"025df8ffa85e1948a88989342cd2feea"#,
    ),
    (
        r#"CryptoJS.HmacSHA384(">0éZ!éc1'c1>Z\t\té\"!&&#\"Z\"!€\t\n'\"\nYc9Yéc!a0\n!9bé0béc9>\t\t &\tZ9Z𝄞Y aa&", "\n 𝄞!\t𝄞 \n0b!c' Yééa<é&< X<abc 9\"€é€<c\t\"9 ''>1b10'\t Y>a\">0\n\t𝄞Y90 #a'\t\"𝄞<𝄞\n").toString(CryptoJS.enc.Base64)"#,
        r#"BHSywMJ8Bn9h6A8Z6jowcPSWTa3cNgcS2nYT4VAC3nzT4dVhaP5RK8OWyDumfQWO"#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse(">0éZ!éc1'c1>Z\t\té\"!&&#\"Z\"!€\t\n'\"\nYc9Yéc!a0\n!9bé0béc9>\t\t &\tZ9Z𝄞Y aa&"))"#,
        r#"PjDDqVohw6ljMSdjMT5aCQnDqSIhJiYjIloiIeKCrAkKJyIKWWM5WcOpYyFhMAohOWLDqTBiw6ljOT4JCSAmCVo5WvCdhJ5ZIGFhJg=="#,
    ),
    (
        r#"CryptoJS.enc.Utf16.parse(">0éZ!éc1'c1>Z\t\té\"!&&#\"Z\"!€\t\n'\"\nYc9Yéc!a0\n!9bé0béc9>\t\t &\tZ9Z𝄞Y aa&").toString()"#,
        r#"003e003000e9005a002100e900630031002700630031003e005a0009000900e9002200210026002600230022005a0022002120ac0009000a00270022000a005900630039005900e90063002100610030000a00210039006200e90030006200e900630039003e00090009002000260009005a0039005ad834dd1e00590020006100610026"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('1a80057acd2d2e117d').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('1a80057acd2d2e117d').toString(CryptoJS.enc.Latin1).length"#,
        r#"9"#,
    ),
    (
        r#"CryptoJS.AES.encrypt(">0éZ!éc1'c1>Z\t\té\"!&&#\"Z\"!€\t\n'\"\nYc9Yéc!a0\n!9bé0béc9>\t\t &\tZ9Z𝄞Y aa&", CryptoJS.enc.Hex.parse('35e36236b1f954e87d77a6466725d6f078e0fd7b6cf643bb69b128b990b5ba52'), {iv: CryptoJS.enc.Hex.parse('00dfc52df3fa140ca036ea5175f05768')}).toString()"#,
        r#"3a0+yWK476GXKttHFiVWihsIIuL3hp+RtP9zYa5py0G6Oi6hqjrSwJm+HtJ4VMPMhvqI289+HYoLh3AnYFHQ/76NbQuoYYtAVZLnmhGlgPU="#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt(">0éZ!éc1'c1>Z\t\té\"!&&#\"Z\"!€\t\n'\"\nYc9Yéc!a0\n!9bé0béc9>\t\t &\tZ9Z𝄞Y aa&", CryptoJS.enc.Hex.parse('35e36236b1f954e87d77a6466725d6f078e0fd7b6cf643bb69b128b990b5ba52'), {iv: CryptoJS.enc.Hex.parse('00dfc52df3fa140ca036ea5175f05768')}).toString(), CryptoJS.enc.Hex.parse('35e36236b1f954e87d77a6466725d6f078e0fd7b6cf643bb69b128b990b5ba52'), {iv: CryptoJS.enc.Hex.parse('00dfc52df3fa140ca036ea5175f05768')}).toString(CryptoJS.enc.Utf8) === ">0éZ!éc1'c1>Z\t\té\"!&&#\"Z\"!€\t\n'\"\nYc9Yéc!a0\n!9bé0béc9>\t\t &\tZ9Z𝄞Y aa&""#,
        r#"true"#,
    ),
    (
        r#"CryptoJS.PBKDF2(">0éZ!éc1'c1>Z\t\té\"!&&#\"Z\"!€\t\n'\"\nYc9Yéc!a0\n!9bé0béc9>\t\t &\tZ9Z𝄞Y aa&", "\n 𝄞!\t𝄞 \n0b!c' Yééa<é&< X<abc 9\"€é€<c\t\"9 ''>1b10'\t Y>a\">0\n\t𝄞Y90 #a'\t\"𝄞<𝄞\n", {keySize: 11, iterations: 48}).toString()"#,
        r#"ff5eadd3071c82600786b82a72b9eb52a93973eb3b3b5a0244309c4183e4249e28947d8bc8fec433d2974f39"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('1a80057acd2d2e117d'))).toString()"#,
        r#"1a80057acd2d2e117d"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('1a80057acd2d2e117d').concat(CryptoJS.enc.Utf8.parse(">0éZ!éc1'c1>Z\t\té\"!&&#\"Z\"!€\t\n'\"\nYc9Yéc!a0\n!9bé0béc9>\t\t &\tZ9Z𝄞Y aa&"))).toString()"#,
        r#"16df93f15379270eb7d2ab746b2f40bc"#,
    ),
    (
        r###"CryptoJS.MD5("\n&\"##9&Y0cb<!1 1Y'>Y'bbYc!&1c1#\"9b1\"\n&€aé1").toString()"###,
        r#"b7af1705360297b5b09089868de8a62b"#,
    ),
    (
        r###"CryptoJS.HmacSHA224("\n&\"##9&Y0cb<!1 1Y'>Y'bbYc!&1c1#\"9b1\"\n&€aé1", "9a&!").toString(CryptoJS.enc.Base64)"###,
        r#"CqbjCcv8MquvliQAm1sgCsO2IaNS8GbXG3K+pg=="#,
    ),
    (
        r###"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse("\n&\"##9&Y0cb<!1 1Y'>Y'bbYc!&1c1#\"9b1\"\n&€aé1"))"###,
        r#"CiYiIyM5JlkwY2I8ITEgMVknPlknYmJZYyEmMWMxIyI5YjEiCibigqxhw6kx"#,
    ),
    (
        r###"CryptoJS.enc.Utf16.parse("\n&\"##9&Y0cb<!1 1Y'>Y'bbYc!&1c1#\"9b1\"\n&€aé1").toString()"###,
        r#"000a0026002200230023003900260059003000630062003c002100310020003100590027003e00590027006200620059006300210026003100630031002300220039006200310022000a002620ac006100e90031"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('d2a5e6b66d841e0946444fbf264d80').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('d2a5e6b66d841e0946444fbf264d80').toString(CryptoJS.enc.Latin1).length"#,
        r#"15"#,
    ),
    (
        r###"CryptoJS.AES.encrypt("\n&\"##9&Y0cb<!1 1Y'>Y'bbYc!&1c1#\"9b1\"\n&€aé1", CryptoJS.enc.Hex.parse('f284a519e4b64b5445db4a2484634964480aec8c0423fb3d'), {iv: CryptoJS.enc.Hex.parse('60ad9b73171b9e52e31726a0e88d28ec')}).toString()"###,
        r#"hizCEFYQYacxC/aVlsHYChvloYVUOW7c2tQXmHezyDZHJ1s6NvsggOFfdFlxzmGo"#,
    ),
    (
        r###"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt("\n&\"##9&Y0cb<!1 1Y'>Y'bbYc!&1c1#\"9b1\"\n&€aé1", CryptoJS.enc.Hex.parse('f284a519e4b64b5445db4a2484634964480aec8c0423fb3d'), {iv: CryptoJS.enc.Hex.parse('60ad9b73171b9e52e31726a0e88d28ec')}).toString(), CryptoJS.enc.Hex.parse('f284a519e4b64b5445db4a2484634964480aec8c0423fb3d'), {iv: CryptoJS.enc.Hex.parse('60ad9b73171b9e52e31726a0e88d28ec')}).toString(CryptoJS.enc.Utf8) === "\n&\"##9&Y0cb<!1 1Y'>Y'bbYc!&1c1#\"9b1\"\n&€aé1""###,
        r#"true"#,
    ),
    (
        r###"CryptoJS.PBKDF2("\n&\"##9&Y0cb<!1 1Y'>Y'bbYc!&1c1#\"9b1\"\n&€aé1", "9a&!", {keySize: 10, iterations: 5}).toString()"###,
        r#"9d0d374f1c3459b1fa310d88ae3f9f66ceb4c32b131c1d52a0694c4c236438173e9fbd2fc585d528"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('d2a5e6b66d841e0946444fbf264d80'))).toString()"#,
        r#"d2a5e6b66d841e0946444fbf264d80"#,
    ),
    (
        r###"CryptoJS.MD5(CryptoJS.enc.Hex.parse('d2a5e6b66d841e0946444fbf264d80').concat(CryptoJS.enc.Utf8.parse("\n&\"##9&Y0cb<!1 1Y'>Y'bbYc!&1c1#\"9b1\"\n&€aé1"))).toString()"###,
        r#"b61f78971b2b0dbdad6c3b3a7b0e6dbf"#,
    ),
    (
        r#"CryptoJS.SHA512("& Z'X\néacX \"\n").toString()"#,
        r#"6f532df091d57cd01af2379a7558a5c2c262cb9c0f6a7569fce576687f047b19f340c853f6d4698320eec3126dab4030fe11f3928b3f7099b77fb15246fa2237"#,
    ),
    (
        r#"CryptoJS.HmacSHA224("& Z'X\néacX \"\n", "b>Y!b!€1ZXX\tY! 0Y a€'\t9\t<'!€ €XY0&\"").toString(CryptoJS.enc.Base64)"#,
        r#"vUHKDNdVztklvHiFo7osf5jD/2mwUNZyKfVKWw=="#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse("& Z'X\néacX \"\n"))"#,
        r#"JiBaJ1gKw6lhY1ggIgo="#,
    ),
    (
        r#"CryptoJS.enc.Utf16.parse("& Z'X\néacX \"\n").toString()"#,
        r#"00260020005a00270058000a00e900610063005800200022000a"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('23df').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('23df').toString(CryptoJS.enc.Latin1).length"#,
        r#"2"#,
    ),
    (
        r#"CryptoJS.AES.encrypt("& Z'X\néacX \"\n", CryptoJS.enc.Hex.parse('b5cc2a52a93074363b863b25f2c875ff'), {iv: CryptoJS.enc.Hex.parse('2938542a350a782e0d5d4c4b384fc964')}).toString()"#,
        r#"SMLI80je30luGOlK31bpqg=="#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt("& Z'X\néacX \"\n", CryptoJS.enc.Hex.parse('b5cc2a52a93074363b863b25f2c875ff'), {iv: CryptoJS.enc.Hex.parse('2938542a350a782e0d5d4c4b384fc964')}).toString(), CryptoJS.enc.Hex.parse('b5cc2a52a93074363b863b25f2c875ff'), {iv: CryptoJS.enc.Hex.parse('2938542a350a782e0d5d4c4b384fc964')}).toString(CryptoJS.enc.Utf8) === "& Z'X\néacX \"\n""#,
        r#"true"#,
    ),
    (
        r#"CryptoJS.PBKDF2("& Z'X\néacX \"\n", "b>Y!b!€1ZXX\tY! 0Y a€'\t9\t<'!€ €XY0&\"", {keySize: 12, iterations: 3}).toString()"#,
        r#"55176fdfd11be358706de565761588bde55ec561b3efc912915be30e0d4d56f269dde5d1cf367d6e07e2279a44132f49"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('23df'))).toString()"#,
        r#"23df"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('23df').concat(CryptoJS.enc.Utf8.parse("& Z'X\néacX \"\n"))).toString()"#,
        r#"648fb417bf1691fb0e05082ce8d0b1dd"#,
    ),
    (
        r#"CryptoJS.SHA512("€&𝄞\taZéX\"c€0 >#cc0\n€b9\"!#&𝄞").toString()"#,
        r#"f568d426a2fa409d930bd1d3b7790ebf45e9d007391e285777711a2c2d391379e3566f910c640030949b8a5ab1258933ab9a3415a614e8480ae64732cde60376"#,
    ),
    (
        r#"CryptoJS.HmacSHA384("€&𝄞\taZéX\"c€0 >#cc0\n€b9\"!#&𝄞", " <0€€\nb'\"<X<𝄞>c>1€Z'0cc\nZ0#X\ncc'1c&0é€Yaé9a9#\t&€ €<<Z1b1\nX0< \ta>9X9#<'!a!").toString(CryptoJS.enc.Base64)"#,
        r#"g4dgBCDOKSmLoQ+U41/A6M7er+4d3ceh1MAb3dUbX6OWyqvyPUXP66sCvzvGLReF"#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse("€&𝄞\taZéX\"c€0 >#cc0\n€b9\"!#&𝄞"))"#,
        r#"4oKsJvCdhJ4JYVrDqVgiY+KCrDAgPiNjYzAK4oKsYjkiISMm8J2Eng=="#,
    ),
    (
        r#"CryptoJS.enc.Utf16.parse("€&𝄞\taZéX\"c€0 >#cc0\n€b9\"!#&𝄞").toString()"#,
        r#"20ac0026d834dd1e00090061005a00e900580022006320ac00300020003e0023006300630030000a20ac006200390022002100230026d834dd1e"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('ee69a67b8fb3d13ff593d806a694189f9783b040cf8c45515fb5e6').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('ee69a67b8fb3d13ff593d806a694189f9783b040cf8c45515fb5e6').toString(CryptoJS.enc.Latin1).length"#,
        r#"27"#,
    ),
    (
        r#"CryptoJS.AES.encrypt("€&𝄞\taZéX\"c€0 >#cc0\n€b9\"!#&𝄞", CryptoJS.enc.Hex.parse('cdab3d2bb20e8eea32455b4d94266d8f'), {iv: CryptoJS.enc.Hex.parse('5ec898ad79da2461ef58fd0f33ee0f9f')}).toString()"#,
        r#"k3GWbFKk3tU3VaADgTBhuCdroA/LDTJqE8uOLGbx+4/jsnt1Y9LrnfsP11DO23O6"#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt("€&𝄞\taZéX\"c€0 >#cc0\n€b9\"!#&𝄞", CryptoJS.enc.Hex.parse('cdab3d2bb20e8eea32455b4d94266d8f'), {iv: CryptoJS.enc.Hex.parse('5ec898ad79da2461ef58fd0f33ee0f9f')}).toString(), CryptoJS.enc.Hex.parse('cdab3d2bb20e8eea32455b4d94266d8f'), {iv: CryptoJS.enc.Hex.parse('5ec898ad79da2461ef58fd0f33ee0f9f')}).toString(CryptoJS.enc.Utf8) === "€&𝄞\taZéX\"c€0 >#cc0\n€b9\"!#&𝄞""#,
        r#"true"#,
    ),
    (
        r#"CryptoJS.PBKDF2("€&𝄞\taZéX\"c€0 >#cc0\n€b9\"!#&𝄞", " <0€€\nb'\"<X<𝄞>c>1€Z'0cc\nZ0#X\ncc'1c&0é€Yaé9a9#\t&€ €<<Z1b1\nX0< \ta>9X9#<'!a!", {keySize: 10, iterations: 16}).toString()"#,
        r#"8e832af80e5e43caa4673281a232c198a75986793dfb3f4f0ab3ee351e1b66faae2922e68bda2a6c"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('ee69a67b8fb3d13ff593d806a694189f9783b040cf8c45515fb5e6'))).toString()"#,
        r#"ee69a67b8fb3d13ff593d806a694189f9783b040cf8c45515fb5e6"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('ee69a67b8fb3d13ff593d806a694189f9783b040cf8c45515fb5e6').concat(CryptoJS.enc.Utf8.parse("€&𝄞\taZéX\"c€0 >#cc0\n€b9\"!#&𝄞"))).toString()"#,
        r#"03665faebdf4349521ab3f41abeb0503"#,
    ),
    (
        r#"CryptoJS.SHA3("&é&ab\tZ<!Z!>1X€").toString()"#,
        r#"5c1dfa3c73f293bfdcab6605bbdbe0287b9c152a3e9aa8ff0086f72f7077b3217eec6345f5651442da9492136cb115a547334e6e17efc9be04e3fffe6f1f2f93"#,
    ),
    (
        r#"CryptoJS.HmacMD5("&é&ab\tZ<!Z!>1X€", "a<Z\n𝄞<𝄞bb0\n &#1\t1'bé< é! <9'cc1'aZZ<<€\t>a\n\"!!&>b<€cX 9 <<0Z<b b").toString(CryptoJS.enc.Base64)"#,
        r#"mqgI+wWAWy/VMI+43weLAQ=="#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse("&é&ab\tZ<!Z!>1X€"))"#,
        r#"JsOpJmFiCVo8IVohPjFY4oKs"#,
    ),
    (
        r#"CryptoJS.enc.Utf16.parse("&é&ab\tZ<!Z!>1X€").toString()"#,
        r#"002600e90026006100620009005a003c0021005a0021003e0031005820ac"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('59f89bb7d90ff2d735f3c56b84462f4bcc4eacac71ae73b21ba8d1284b0a379ec1b1e2d503ab8425').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('59f89bb7d90ff2d735f3c56b84462f4bcc4eacac71ae73b21ba8d1284b0a379ec1b1e2d503ab8425').toString(CryptoJS.enc.Latin1).length"#,
        r#"40"#,
    ),
    (
        r#"CryptoJS.AES.encrypt("&é&ab\tZ<!Z!>1X€", CryptoJS.enc.Hex.parse('4c52130aaa2d070a6c7498aede98ad47599dfca3a7e3181b'), {iv: CryptoJS.enc.Hex.parse('767545a43457bd957f2b2d84dea53800')}).toString()"#,
        r#"tjOvYu45LeI1TS4fr5BTY1GTZlKWgiCY2VTk3bGZKMY="#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt("&é&ab\tZ<!Z!>1X€", CryptoJS.enc.Hex.parse('4c52130aaa2d070a6c7498aede98ad47599dfca3a7e3181b'), {iv: CryptoJS.enc.Hex.parse('767545a43457bd957f2b2d84dea53800')}).toString(), CryptoJS.enc.Hex.parse('4c52130aaa2d070a6c7498aede98ad47599dfca3a7e3181b'), {iv: CryptoJS.enc.Hex.parse('767545a43457bd957f2b2d84dea53800')}).toString(CryptoJS.enc.Utf8) === "&é&ab\tZ<!Z!>1X€""#,
        r#"true"#,
    ),
    (
        r#"CryptoJS.PBKDF2("&é&ab\tZ<!Z!>1X€", "a<Z\n𝄞<𝄞bb0\n &#1\t1'bé< é! <9'cc1'aZZ<<€\t>a\n\"!!&>b<€cX 9 <<0Z<b b", {keySize: 11, iterations: 49}).toString()"#,
        r#"6688648d2dd70d80a1b4b5aff13cd007595ba639ffe3d1766169019b0a36f27a467e60f631d0b649d0468dc9"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('59f89bb7d90ff2d735f3c56b84462f4bcc4eacac71ae73b21ba8d1284b0a379ec1b1e2d503ab8425'))).toString()"#,
        r#"59f89bb7d90ff2d735f3c56b84462f4bcc4eacac71ae73b21ba8d1284b0a379ec1b1e2d503ab8425"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('59f89bb7d90ff2d735f3c56b84462f4bcc4eacac71ae73b21ba8d1284b0a379ec1b1e2d503ab8425').concat(CryptoJS.enc.Utf8.parse("&é&ab\tZ<!Z!>1X€"))).toString()"#,
        r#"607923fbad466f6ebc99fa684aac1c0f"#,
    ),
    (
        r#"CryptoJS.SHA3(">a𝄞𝄞91 b0 &\"Yé€ #Y9\n€\">c\tYééc1é!é1X").toString()"#,
        r#"83b51a90911801b5a1f27e300a94e2a7e3ef967cf516853a513a11a7407a49a0925ec068abad51b7a3476fcc707239d218e58f6cc043e9d13f2a392e4e24fa03"#,
    ),
    (
        r#"CryptoJS.HmacMD5(">a𝄞𝄞91 b0 &\"Yé€ #Y9\n€\">c\tYééc1é!é1X", "Xé€\n<€1𝄞\t\né𝄞\"a0' &€Zc<\n0b𝄞\"éb\"𝄞>a").toString(CryptoJS.enc.Base64)"#,
        r#"j1dQOoxqOr+gEDIdHQK7yQ=="#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse(">a𝄞𝄞91 b0 &\"Yé€ #Y9\n€\">c\tYééc1é!é1X"))"#,
        r#"PmHwnYSe8J2EnjkxIGIwICYiWcOp4oKsICNZOQrigqwiPmMJWcOpw6ljMcOpIcOpMVg="#,
    ),
    (
        r#"CryptoJS.enc.Utf16.parse(">a𝄞𝄞91 b0 &\"Yé€ #Y9\n€\">c\tYééc1é!é1X").toString()"#,
        r#"003e0061d834dd1ed834dd1e00390031002000620030002000260022005900e920ac0020002300590039000a20ac0022003e00630009005900e900e90063003100e9002100e900310058"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('a924b9').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('a924b9').toString(CryptoJS.enc.Latin1).length"#,
        r#"3"#,
    ),
    (
        r#"CryptoJS.AES.encrypt(">a𝄞𝄞91 b0 &\"Yé€ #Y9\n€\">c\tYééc1é!é1X", CryptoJS.enc.Hex.parse('7db5a708b1720852f15e8674f2a1f3af34ecdd9798b52443f848de92acdd6abb'), {iv: CryptoJS.enc.Hex.parse('0b40ad7edd1b52fe0238b1cf24430ca9')}).toString()"#,
        r#"ovx6YwRYBp8bOTZIc2bY5VkK8bf5S8EbMUDfAg/Up5+Ii5CvZkW6Oy7OPKCqIPgABoWkmuTqd2lcC/WoTGrRFA=="#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt(">a𝄞𝄞91 b0 &\"Yé€ #Y9\n€\">c\tYééc1é!é1X", CryptoJS.enc.Hex.parse('7db5a708b1720852f15e8674f2a1f3af34ecdd9798b52443f848de92acdd6abb'), {iv: CryptoJS.enc.Hex.parse('0b40ad7edd1b52fe0238b1cf24430ca9')}).toString(), CryptoJS.enc.Hex.parse('7db5a708b1720852f15e8674f2a1f3af34ecdd9798b52443f848de92acdd6abb'), {iv: CryptoJS.enc.Hex.parse('0b40ad7edd1b52fe0238b1cf24430ca9')}).toString(CryptoJS.enc.Utf8) === ">a𝄞𝄞91 b0 &\"Yé€ #Y9\n€\">c\tYééc1é!é1X""#,
        r#"true"#,
    ),
    (
        r#"CryptoJS.PBKDF2(">a𝄞𝄞91 b0 &\"Yé€ #Y9\n€\">c\tYééc1é!é1X", "Xé€\n<€1𝄞\t\né𝄞\"a0' &€Zc<\n0b𝄞\"éb\"𝄞>a", {keySize: 8, iterations: 48}).toString()"#,
        r#"5b4c11eb0122acec36091084ef737da80529b9dfc94a3b7089c06725dcb40afd"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('a924b9'))).toString()"#,
        r#"a924b9"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('a924b9').concat(CryptoJS.enc.Utf8.parse(">a𝄞𝄞91 b0 &\"Yé€ #Y9\n€\">c\tYééc1é!é1X"))).toString()"#,
        r#"5c0653db539ecf27fbfbfe7f43823569"#,
    ),
    (
        r#"CryptoJS.SHA256("Y\n<!Y\tc𝄞'X >€€>YXé!<X0\t'\téé\t#&Xa").toString()"#,
        r#"89ba7652f3d64f44f09c088f09aef3968d77129ebc23fd88ce351e52e18fe13c"#,
    ),
    (
        r#"CryptoJS.HmacMD5("Y\n<!Y\tc𝄞'X >€€>YXé!<X0\t'\téé\t#&Xa", "a𝄞€&1<bac\"𝄞9Y𝄞éYY").toString(CryptoJS.enc.Base64)"#,
        r#"FDuILjVrqfJKVF6WnEDAPA=="#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse("Y\n<!Y\tc𝄞'X >€€>YXé!<X0\t'\téé\t#&Xa"))"#,
        r#"WQo8IVkJY/CdhJ4nWCA+4oKs4oKsPllYw6khPFgwCScJw6nDqQkjJlhh"#,
    ),
    (
        r#"CryptoJS.enc.Utf16.parse("Y\n<!Y\tc𝄞'X >€€>YXé!<X0\t'\téé\t#&Xa").toString()"#,
        r#"0059000a003c0021005900090063d834dd1e002700580020003e20ac20ac003e0059005800e90021003c0058003000090027000900e900e900090023002600580061"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('acb7a6ae48db7a48ebb423ab0cd4ffb5b6a06090d81f5582608653ab').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('acb7a6ae48db7a48ebb423ab0cd4ffb5b6a06090d81f5582608653ab').toString(CryptoJS.enc.Latin1).length"#,
        r#"28"#,
    ),
    (
        r#"CryptoJS.AES.encrypt("Y\n<!Y\tc𝄞'X >€€>YXé!<X0\t'\téé\t#&Xa", CryptoJS.enc.Hex.parse('dae11f7d78386b31adc656a8b31f1010f1af3b3f213e26d2cd8aec1ca61e3702'), {iv: CryptoJS.enc.Hex.parse('fe4f22d85743c3b2606b856e8f146e26')}).toString()"#,
        r#"rmvTdQDkz3PRIy8rcrMSSdzVF9gIk+VfhE44r2iN1XRPQ4prBjCO91AawzK0druo"#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt("Y\n<!Y\tc𝄞'X >€€>YXé!<X0\t'\téé\t#&Xa", CryptoJS.enc.Hex.parse('dae11f7d78386b31adc656a8b31f1010f1af3b3f213e26d2cd8aec1ca61e3702'), {iv: CryptoJS.enc.Hex.parse('fe4f22d85743c3b2606b856e8f146e26')}).toString(), CryptoJS.enc.Hex.parse('dae11f7d78386b31adc656a8b31f1010f1af3b3f213e26d2cd8aec1ca61e3702'), {iv: CryptoJS.enc.Hex.parse('fe4f22d85743c3b2606b856e8f146e26')}).toString(CryptoJS.enc.Utf8) === "Y\n<!Y\tc𝄞'X >€€>YXé!<X0\t'\téé\t#&Xa""#,
        r#"true"#,
    ),
    (
        r#"CryptoJS.PBKDF2("Y\n<!Y\tc𝄞'X >€€>YXé!<X0\t'\téé\t#&Xa", "a𝄞€&1<bac\"𝄞9Y𝄞éYY", {keySize: 12, iterations: 22}).toString()"#,
        r#"b2d908ffe74422ebfd69c9fb42dba733c8af1d333baa2c14af9b3d7dcfed2b572a5c6624473888c1ec70c047b6b42da5"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('acb7a6ae48db7a48ebb423ab0cd4ffb5b6a06090d81f5582608653ab'))).toString()"#,
        r#"acb7a6ae48db7a48ebb423ab0cd4ffb5b6a06090d81f5582608653ab"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('acb7a6ae48db7a48ebb423ab0cd4ffb5b6a06090d81f5582608653ab').concat(CryptoJS.enc.Utf8.parse("Y\n<!Y\tc𝄞'X >€€>YXé!<X0\t'\téé\t#&Xa"))).toString()"#,
        r#"d7f54085f198609e1f01c52941d55500"#,
    ),
    (
        r#"CryptoJS.SHA224(">0ac1'X'0é!\ncX\tc!!0\na").toString()"#,
        r#"56e784a066cb80d6a2c40d56fec4168c20bd8ffc812957e57aba6d8e"#,
    ),
    (
        r#"CryptoJS.HmacSHA224(">0ac1'X'0é!\ncX\tc!!0\na", "!\n\n𝄞'\nccY'𝄞 'a𝄞1<&##€>cb€>>Y0& !''>𝄞< &\t'Y'&><c1&𝄞9'").toString(CryptoJS.enc.Base64)"#,
        r#"JNvMLCSxODyDcOsDTL4iXiHQEE6ZxnfaZBPXBA=="#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse(">0ac1'X'0é!\ncX\tc!!0\na"))"#,
        r#"PjBhYzEnWCcww6khCmNYCWMhITAKYQ=="#,
    ),
    (
        r#"CryptoJS.enc.Utf16.parse(">0ac1'X'0é!\ncX\tc!!0\na").toString()"#,
        r#"003e0030006100630031002700580027003000e90021000a0063005800090063002100210030000a0061"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('d7817213b0a93effb5986797211e4a326504ecea825435d841caa9279610ebc4').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('d7817213b0a93effb5986797211e4a326504ecea825435d841caa9279610ebc4').toString(CryptoJS.enc.Latin1).length"#,
        r#"32"#,
    ),
    (
        r#"CryptoJS.AES.encrypt(">0ac1'X'0é!\ncX\tc!!0\na", CryptoJS.enc.Hex.parse('85c657a5b5245e56e174f56084dcb5f986bf011fc3a354bc'), {iv: CryptoJS.enc.Hex.parse('2f602041bcd4883d04fb55bb17d08bb4')}).toString()"#,
        r#"5FE0qpX9Kc5hfZ/ry/QpJyCCxzMhoPg6zNPL9Ddc9qc="#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt(">0ac1'X'0é!\ncX\tc!!0\na", CryptoJS.enc.Hex.parse('85c657a5b5245e56e174f56084dcb5f986bf011fc3a354bc'), {iv: CryptoJS.enc.Hex.parse('2f602041bcd4883d04fb55bb17d08bb4')}).toString(), CryptoJS.enc.Hex.parse('85c657a5b5245e56e174f56084dcb5f986bf011fc3a354bc'), {iv: CryptoJS.enc.Hex.parse('2f602041bcd4883d04fb55bb17d08bb4')}).toString(CryptoJS.enc.Utf8) === ">0ac1'X'0é!\ncX\tc!!0\na""#,
        r#"true"#,
    ),
    (
        r#"CryptoJS.PBKDF2(">0ac1'X'0é!\ncX\tc!!0\na", "!\n\n𝄞'\nccY'𝄞 'a𝄞1<&##€>cb€>>Y0& !''>𝄞< &\t'Y'&><c1&𝄞9'", {keySize: 15, iterations: 27}).toString()"#,
        r#"d7304489c2dc8070e21e2108fa131686c872fd628e07eb53f81244c4db791adf48f8a368b692d365a7f83ab4d1ecc2c70c6241427c5d6b9371199c03"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('d7817213b0a93effb5986797211e4a326504ecea825435d841caa9279610ebc4'))).toString()"#,
        r#"d7817213b0a93effb5986797211e4a326504ecea825435d841caa9279610ebc4"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('d7817213b0a93effb5986797211e4a326504ecea825435d841caa9279610ebc4').concat(CryptoJS.enc.Utf8.parse(">0ac1'X'0é!\ncX\tc!!0\na"))).toString()"#,
        r#"4a588de37338a9ea325f1adab0e21cc8"#,
    ),
    (
        r#"CryptoJS.SHA1("€€0cZX!Z<c<b1c\"XY\n &#aaé#\t&'01\"0\n0€1\"b'é0!bb\t\tb ").toString()"#,
        r#"3d882169840b463c9a88eccbeff85d98a831d208"#,
    ),
    (
        r#"CryptoJS.HmacMD5("€€0cZX!Z<c<b1c\"XY\n &#aaé#\t&'01\"0\n0€1\"b'é0!bb\t\tb ", "𝄞\t0!!Y X1Y&Z0a𝄞1Y&&𝄞").toString(CryptoJS.enc.Base64)"#,
        r#"8OSIm5yp7h6WH0O3GGiHvw=="#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse("€€0cZX!Z<c<b1c\"XY\n &#aaé#\t&'01\"0\n0€1\"b'é0!bb\t\tb "))"#,
        r#"4oKs4oKsMGNaWCFaPGM8YjFjIlhZCiAmI2Fhw6kjCSYnMDEiMAow4oKsMSJiJ8OpMCFiYgkJYiA="#,
    ),
    (
        r#"CryptoJS.enc.Utf16.parse("€€0cZX!Z<c<b1c\"XY\n &#aaé#\t&'01\"0\n0€1\"b'é0!bb\t\tb ").toString()"#,
        r#"20ac20ac00300063005a00580021005a003c0063003c006200310063002200580059000a0020002600230061006100e900230009002600270030003100220030000a003020ac003100220062002700e900300021006200620009000900620020"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('fef398eb65cf3c3ee4de079437056d598372f8d56eedb5e942970536dffd2aed86029b7aa2').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('fef398eb65cf3c3ee4de079437056d598372f8d56eedb5e942970536dffd2aed86029b7aa2').toString(CryptoJS.enc.Latin1).length"#,
        r#"37"#,
    ),
    (
        r#"CryptoJS.AES.encrypt("€€0cZX!Z<c<b1c\"XY\n &#aaé#\t&'01\"0\n0€1\"b'é0!bb\t\tb ", CryptoJS.enc.Hex.parse('f6c044269dd11e1736018f3e0860dded1de9cbe36ffc159fbc4f1c83c6e13155'), {iv: CryptoJS.enc.Hex.parse('f9d1b671eb3f4023e9da458345311bc4')}).toString()"#,
        r#"BVu/rhyFhjzXRfNV7o48ID11b0v7C6QuB0o+KWNDxFjmX/nuKAGPCPRZHN9KkrudP3rinzMELhn6HA8JF7uYBQ=="#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt("€€0cZX!Z<c<b1c\"XY\n &#aaé#\t&'01\"0\n0€1\"b'é0!bb\t\tb ", CryptoJS.enc.Hex.parse('f6c044269dd11e1736018f3e0860dded1de9cbe36ffc159fbc4f1c83c6e13155'), {iv: CryptoJS.enc.Hex.parse('f9d1b671eb3f4023e9da458345311bc4')}).toString(), CryptoJS.enc.Hex.parse('f6c044269dd11e1736018f3e0860dded1de9cbe36ffc159fbc4f1c83c6e13155'), {iv: CryptoJS.enc.Hex.parse('f9d1b671eb3f4023e9da458345311bc4')}).toString(CryptoJS.enc.Utf8) === "€€0cZX!Z<c<b1c\"XY\n &#aaé#\t&'01\"0\n0€1\"b'é0!bb\t\tb ""#,
        r#"true"#,
    ),
    (
        r#"CryptoJS.PBKDF2("€€0cZX!Z<c<b1c\"XY\n &#aaé#\t&'01\"0\n0€1\"b'é0!bb\t\tb ", "𝄞\t0!!Y X1Y&Z0a𝄞1Y&&𝄞", {keySize: 11, iterations: 15}).toString()"#,
        r#"849d324140d68e243e143f83c76edca2f16486a9b9ad41ec640af9686d0d6d7c885471429acd14c3ccab93d9"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('fef398eb65cf3c3ee4de079437056d598372f8d56eedb5e942970536dffd2aed86029b7aa2'))).toString()"#,
        r#"fef398eb65cf3c3ee4de079437056d598372f8d56eedb5e942970536dffd2aed86029b7aa2"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('fef398eb65cf3c3ee4de079437056d598372f8d56eedb5e942970536dffd2aed86029b7aa2').concat(CryptoJS.enc.Utf8.parse("€€0cZX!Z<c<b1c\"XY\n &#aaé#\t&'01\"0\n0€1\"b'é0!bb\t\tb "))).toString()"#,
        r#"4282e60d76df2018c885527cf8f5154e"#,
    ),
    (
        r#"CryptoJS.SHA256("!€!\nb b𝄞\na #9'>\"X𝄞\tX").toString()"#,
        r#"9865d51e2cb18814a023eabbf9f0088cf91a4ba441883386e101ea388f330094"#,
    ),
    (
        r#"CryptoJS.HmacSHA512("!€!\nb b𝄞\na #9'>\"X𝄞\tX", "'\"1<' 1b\né&bXa\t'#'bY1cb€!é&𝄞\"9𝄞 Z9&a'<\"ZZ9'#'€#0 <\t<90#X\nZc \t''&€c0").toString(CryptoJS.enc.Base64)"#,
        r#"UMRSRoPeJ8wyV7AGELDStxlJ4/LnYmDxctDbkctXJR7LxElBbTsokVMryFZ15YzT7gDHZ0WdcjENxlkqBJxYqQ=="#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse("!€!\nb b𝄞\na #9'>\"X𝄞\tX"))"#,
        r#"IeKCrCEKYiBi8J2EngphICM5Jz4iWPCdhJ4JWA=="#,
    ),
    (
        r#"CryptoJS.enc.Utf16.parse("!€!\nb b𝄞\na #9'>\"X𝄞\tX").toString()"#,
        r#"002120ac0021000a006200200062d834dd1e000a00610020002300390027003e00220058d834dd1e00090058"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('ca4f6a9a50b55609dc8b69c63d6ed11df6b2771fbd2c39d7f561234ba5093294d4735c9a1c').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('ca4f6a9a50b55609dc8b69c63d6ed11df6b2771fbd2c39d7f561234ba5093294d4735c9a1c').toString(CryptoJS.enc.Latin1).length"#,
        r#"37"#,
    ),
    (
        r#"CryptoJS.AES.encrypt("!€!\nb b𝄞\na #9'>\"X𝄞\tX", CryptoJS.enc.Hex.parse('26d95b383c47b0d8c899a03b12d686e6'), {iv: CryptoJS.enc.Hex.parse('f97ef98b8f172b50847be1dd2224a642')}).toString()"#,
        r#"cykJXxuicwgs3NsDIZB+edm7JTlVEJVRNaD3BjF+aSU="#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt("!€!\nb b𝄞\na #9'>\"X𝄞\tX", CryptoJS.enc.Hex.parse('26d95b383c47b0d8c899a03b12d686e6'), {iv: CryptoJS.enc.Hex.parse('f97ef98b8f172b50847be1dd2224a642')}).toString(), CryptoJS.enc.Hex.parse('26d95b383c47b0d8c899a03b12d686e6'), {iv: CryptoJS.enc.Hex.parse('f97ef98b8f172b50847be1dd2224a642')}).toString(CryptoJS.enc.Utf8) === "!€!\nb b𝄞\na #9'>\"X𝄞\tX""#,
        r#"true"#,
    ),
    (
        r#"CryptoJS.PBKDF2("!€!\nb b𝄞\na #9'>\"X𝄞\tX", "'\"1<' 1b\né&bXa\t'#'bY1cb€!é&𝄞\"9𝄞 Z9&a'<\"ZZ9'#'€#0 <\t<90#X\nZc \t''&€c0", {keySize: 6, iterations: 28}).toString()"#,
        r#"511226497c09841fc1adc4830f98688f974d5033eb451a1a"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('ca4f6a9a50b55609dc8b69c63d6ed11df6b2771fbd2c39d7f561234ba5093294d4735c9a1c'))).toString()"#,
        r#"ca4f6a9a50b55609dc8b69c63d6ed11df6b2771fbd2c39d7f561234ba5093294d4735c9a1c"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('ca4f6a9a50b55609dc8b69c63d6ed11df6b2771fbd2c39d7f561234ba5093294d4735c9a1c').concat(CryptoJS.enc.Utf8.parse("!€!\nb b𝄞\na #9'>\"X𝄞\tX"))).toString()"#,
        r#"323ba1905d423cc71e05f20130453ed0"#,
    ),
    (
        r#"CryptoJS.SHA3("91\"!&\t!Y90>c\n'>b€>&&'10Z𝄞b𝄞𝄞#YXcY𝄞&<c1Y").toString()"#,
        r#"d1ee88d3bd3d30e87adad6d9a9c5d20fb6226c8cf50ad011bec33d8e39211823e5e651f33b52212a40539e36c766fc3891128e0850ad02689f4bfc86b35ee2ca"#,
    ),
    (
        r#"CryptoJS.HmacSHA224("91\"!&\t!Y90>c\n'>b€>&&'10Z𝄞b𝄞𝄞#YXcY𝄞&<c1Y", "'9'€\"a90X𝄞Z\n Y𝄞aZZéa&€0#é<X1𝄞Y>9\nZ 9\té 1>>𝄞'𝄞\t\nab €b").toString(CryptoJS.enc.Base64)"#,
        r#"f8u9djf09kESEIYUTmVEqF8q5I0SfsRMHaxG8A=="#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse("91\"!&\t!Y90>c\n'>b€>&&'10Z𝄞b𝄞𝄞#YXcY𝄞&<c1Y"))"#,
        r#"OTEiISYJIVk5MD5jCic+YuKCrD4mJicxMFrwnYSeYvCdhJ7wnYSeI1lYY1nwnYSeJjxjMVk="#,
    ),
    (
        r#"CryptoJS.enc.Utf16.parse("91\"!&\t!Y90>c\n'>b€>&&'10Z𝄞b𝄞𝄞#YXcY𝄞&<c1Y").toString()"#,
        r#"0039003100220021002600090021005900390030003e0063000a0027003e006220ac003e00260026002700310030005ad834dd1e0062d834dd1ed834dd1e00230059005800630059d834dd1e0026003c006300310059"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('058d6ba90e').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('058d6ba90e').toString(CryptoJS.enc.Latin1).length"#,
        r#"5"#,
    ),
    (
        r#"CryptoJS.AES.encrypt("91\"!&\t!Y90>c\n'>b€>&&'10Z𝄞b𝄞𝄞#YXcY𝄞&<c1Y", CryptoJS.enc.Hex.parse('dcab9b4570eb7a63750d76de9cab8afc0e1b6d671f81a3be8ec7e3e5e2d8bcba'), {iv: CryptoJS.enc.Hex.parse('5ccd5448bc6822f134113f4f525a0e46')}).toString()"#,
        r#"wz3yUrCKuJmI33oDUOm07OWDj3yazyrjKY1AYqMptvBHSHfNGVzulcJRsD8bUVSQcvcLRt+AYmh0xRfvUj9KHw=="#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt("91\"!&\t!Y90>c\n'>b€>&&'10Z𝄞b𝄞𝄞#YXcY𝄞&<c1Y", CryptoJS.enc.Hex.parse('dcab9b4570eb7a63750d76de9cab8afc0e1b6d671f81a3be8ec7e3e5e2d8bcba'), {iv: CryptoJS.enc.Hex.parse('5ccd5448bc6822f134113f4f525a0e46')}).toString(), CryptoJS.enc.Hex.parse('dcab9b4570eb7a63750d76de9cab8afc0e1b6d671f81a3be8ec7e3e5e2d8bcba'), {iv: CryptoJS.enc.Hex.parse('5ccd5448bc6822f134113f4f525a0e46')}).toString(CryptoJS.enc.Utf8) === "91\"!&\t!Y90>c\n'>b€>&&'10Z𝄞b𝄞𝄞#YXcY𝄞&<c1Y""#,
        r#"true"#,
    ),
    (
        r#"CryptoJS.PBKDF2("91\"!&\t!Y90>c\n'>b€>&&'10Z𝄞b𝄞𝄞#YXcY𝄞&<c1Y", "'9'€\"a90X𝄞Z\n Y𝄞aZZéa&€0#é<X1𝄞Y>9\nZ 9\té 1>>𝄞'𝄞\t\nab €b", {keySize: 13, iterations: 38}).toString()"#,
        r#"d3375e7d3f325a2d210e781041e9d0ded2e472e52eace2885d1e8ef2f5f4d8daaaac0f91c9cf662cc06beeee4e9a88d445bf33f3"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('058d6ba90e'))).toString()"#,
        r#"058d6ba90e"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('058d6ba90e').concat(CryptoJS.enc.Utf8.parse("91\"!&\t!Y90>c\n'>b€>&&'10Z𝄞b𝄞𝄞#YXcY𝄞&<c1Y"))).toString()"#,
        r#"a0b3c0e73f5a08dbcf9cdee2be9adfb9"#,
    ),
    (
        r#"CryptoJS.SHA512("é1!𝄞9\t\tY X'#'𝄞€𝄞\t>Y1é!€>\"é<é&\t\"\n#é\né<\n\té9X9'0ac\n𝄞&ZéX!€<b!0€Y>X𝄞a").toString()"#,
        r#"b11e792caeac427808cae07aa831497c61e66bdd06b6168db07b94518b5ebbc1765d40f5e53b9242a721fd07a4ad473340b95a197959907feab84d3f549255ea"#,
    ),
    (
        r##"CryptoJS.HmacMD5("é1!𝄞9\t\tY X'#'𝄞€𝄞\t>Y1é!€>\"é<é&\t\"\n#é\né<\n\té9X9'0ac\n𝄞&ZéX!€<b!0€Y>X𝄞a", "c\"X\"\"é>c#&é<\tcY9>YY>!'\t\"&Z!Zc€aé&\t\n'aé#\"#bcb<'c'\n&9<é<9cbX&").toString(CryptoJS.enc.Base64)"##,
        r#"4L6Cp7KKMPfFTZnfqQGBdw=="#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse("é1!𝄞9\t\tY X'#'𝄞€𝄞\t>Y1é!€>\"é<é&\t\"\n#é\né<\n\té9X9'0ac\n𝄞&ZéX!€<b!0€Y>X𝄞a"))"#,
        r#"w6kxIfCdhJ45CQlZIFgnIyfwnYSe4oKs8J2Engk+WTHDqSHigqw+IsOpPMOpJgkiCiPDqQrDqTwKCcOpOVg5JzBhYwrwnYSeJlrDqVgh4oKsPGIhMOKCrFk+WPCdhJ5h"#,
    ),
    (
        r#"CryptoJS.enc.Utf16.parse("é1!𝄞9\t\tY X'#'𝄞€𝄞\t>Y1é!€>\"é<é&\t\"\n#é\né<\n\té9X9'0ac\n𝄞&ZéX!€<b!0€Y>X𝄞a").toString()"#,
        r#"00e900310021d834dd1e003900090009005900200058002700230027d834dd1e20acd834dd1e0009003e0059003100e9002120ac003e002200e9003c00e9002600090022000a002300e9000a00e9003c000a000900e90039005800390027003000610063000ad834dd1e0026005a00e90058002120ac003c00620021003020ac0059003e0058d834dd1e0061"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('aa78743bdf').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('aa78743bdf').toString(CryptoJS.enc.Latin1).length"#,
        r#"5"#,
    ),
    (
        r#"CryptoJS.AES.encrypt("é1!𝄞9\t\tY X'#'𝄞€𝄞\t>Y1é!€>\"é<é&\t\"\n#é\né<\n\té9X9'0ac\n𝄞&ZéX!€<b!0€Y>X𝄞a", CryptoJS.enc.Hex.parse('e4b5359d32f10754f94ba27ae4e85888'), {iv: CryptoJS.enc.Hex.parse('8fa570e0d6a1d16033f8f69c385f892a')}).toString()"#,
        r#"/YF8IYUtEKWr31r1SNhlby+yNg0tlMWW2Z16jcKDYegRBvZNMQwMmCkuyT7+XSZrYigmIayhhr5Kw0b0jdYkc+3nNcCxok7QTcxH/Z1I06t1ukbzXpYWgbd/6bZcC+5GNOsw+ztMvcvVy08YozwVdA=="#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt("é1!𝄞9\t\tY X'#'𝄞€𝄞\t>Y1é!€>\"é<é&\t\"\n#é\né<\n\té9X9'0ac\n𝄞&ZéX!€<b!0€Y>X𝄞a", CryptoJS.enc.Hex.parse('e4b5359d32f10754f94ba27ae4e85888'), {iv: CryptoJS.enc.Hex.parse('8fa570e0d6a1d16033f8f69c385f892a')}).toString(), CryptoJS.enc.Hex.parse('e4b5359d32f10754f94ba27ae4e85888'), {iv: CryptoJS.enc.Hex.parse('8fa570e0d6a1d16033f8f69c385f892a')}).toString(CryptoJS.enc.Utf8) === "é1!𝄞9\t\tY X'#'𝄞€𝄞\t>Y1é!€>\"é<é&\t\"\n#é\né<\n\té9X9'0ac\n𝄞&ZéX!€<b!0€Y>X𝄞a""#,
        r#"true"#,
    ),
    (
        r##"CryptoJS.PBKDF2("é1!𝄞9\t\tY X'#'𝄞€𝄞\t>Y1é!€>\"é<é&\t\"\n#é\né<\n\té9X9'0ac\n𝄞&ZéX!€<b!0€Y>X𝄞a", "c\"X\"\"é>c#&é<\tcY9>YY>!'\t\"&Z!Zc€aé&\t\n'aé#\"#bcb<'c'\n&9<é<9cbX&", {keySize: 2, iterations: 22}).toString()"##,
        r#"2a9db428b1f4c9f2"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('aa78743bdf'))).toString()"#,
        r#"aa78743bdf"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('aa78743bdf').concat(CryptoJS.enc.Utf8.parse("é1!𝄞9\t\tY X'#'𝄞€𝄞\t>Y1é!€>\"é<é&\t\"\n#é\né<\n\té9X9'0ac\n𝄞&ZéX!€<b!0€Y>X𝄞a"))).toString()"#,
        r#"df670ea139012e45d77366bd1d07bba3"#,
    ),
    (
        r#"CryptoJS.SHA3("9#c0𝄞aa#\"aaa0cbX\"1€").toString()"#,
        r#"29c2c10d5c1476379251a47ae3b4f9ff38944524bdbb5bb6bf900d61eb3e16342712e7afe2962c4d7c7a5e6a5ae5da134cb7ab207cfb51a170fbb154ff653dfb"#,
    ),
    (
        r#"CryptoJS.HmacSHA1("9#c0𝄞aa#\"aaa0cbX\"1€", "<\t€é𝄞11>c!bX#YéY>c 0b𝄞>9𝄞>Y b𝄞1𝄞a1!!€\n9#é1# #YX a0é0Za<\t01\t9'€&>c\t<XY").toString(CryptoJS.enc.Base64)"#,
        r#"BwvNVmUQyupRNCnxTuhFd1KGw/8="#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse("9#c0𝄞aa#\"aaa0cbX\"1€"))"#,
        r#"OSNjMPCdhJ5hYSMiYWFhMGNiWCIx4oKs"#,
    ),
    (
        r#"CryptoJS.enc.Utf16.parse("9#c0𝄞aa#\"aaa0cbX\"1€").toString()"#,
        r#"0039002300630030d834dd1e006100610023002200610061006100300063006200580022003120ac"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('96ada9ff3e3e13993796bed80882dd9325').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('96ada9ff3e3e13993796bed80882dd9325').toString(CryptoJS.enc.Latin1).length"#,
        r#"17"#,
    ),
    (
        r#"CryptoJS.AES.encrypt("9#c0𝄞aa#\"aaa0cbX\"1€", CryptoJS.enc.Hex.parse('a4b08794b0bd5f7b8e345658c0d012962d3cb27d6b6f25c5'), {iv: CryptoJS.enc.Hex.parse('c11f27b3c0a6d75006a1dc3b240cfe82')}).toString()"#,
        r#"tqA/M1dSG7lkVqFDMcmlvaAWjYDxgFjakeHpREl6h6k="#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt("9#c0𝄞aa#\"aaa0cbX\"1€", CryptoJS.enc.Hex.parse('a4b08794b0bd5f7b8e345658c0d012962d3cb27d6b6f25c5'), {iv: CryptoJS.enc.Hex.parse('c11f27b3c0a6d75006a1dc3b240cfe82')}).toString(), CryptoJS.enc.Hex.parse('a4b08794b0bd5f7b8e345658c0d012962d3cb27d6b6f25c5'), {iv: CryptoJS.enc.Hex.parse('c11f27b3c0a6d75006a1dc3b240cfe82')}).toString(CryptoJS.enc.Utf8) === "9#c0𝄞aa#\"aaa0cbX\"1€""#,
        r#"true"#,
    ),
    (
        r#"CryptoJS.PBKDF2("9#c0𝄞aa#\"aaa0cbX\"1€", "<\t€é𝄞11>c!bX#YéY>c 0b𝄞>9𝄞>Y b𝄞1𝄞a1!!€\n9#é1# #YX a0é0Za<\t01\t9'€&>c\t<XY", {keySize: 1, iterations: 33}).toString()"#,
        r#"163f502e"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('96ada9ff3e3e13993796bed80882dd9325'))).toString()"#,
        r#"96ada9ff3e3e13993796bed80882dd9325"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('96ada9ff3e3e13993796bed80882dd9325').concat(CryptoJS.enc.Utf8.parse("9#c0𝄞aa#\"aaa0cbX\"1€"))).toString()"#,
        r#"7f2faacbee262da34e53e7641c661879"#,
    ),
    (
        r#"CryptoJS.SHA512("𝄞𝄞a<𝄞01\n\n!!cbZ\t<c\nb'b99>Z €cé\">&'").toString()"#,
        r#"662e8ec0c9e2549d9d5ca2cfc4e05068b8577e28a56d10bcad0306727a0d986b9f93a3a29256b4b04a0df430a759d193e56a9d1ef6ea5b5b0c96cb8f77afda38"#,
    ),
    (
        r#"CryptoJS.HmacSHA1("𝄞𝄞a<𝄞01\n\n!!cbZ\t<c\nb'b99>Z €cé\">&'", "é\">9\"\"𝄞b").toString(CryptoJS.enc.Base64)"#,
        r#"oMuYN7LzTffDsHvyK1q6rqgavFo="#,
    ),
    (
        r#"CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse("𝄞𝄞a<𝄞01\n\n!!cbZ\t<c\nb'b99>Z €cé\">&'"))"#,
        r#"8J2EnvCdhJ5hPPCdhJ4wMQoKISFjYloJPGMKYidiOTk+WiDigqxjw6kiPiYn"#,
    ),
    (
        r#"CryptoJS.enc.Utf16.parse("𝄞𝄞a<𝄞01\n\n!!cbZ\t<c\nb'b99>Z €cé\">&'").toString()"#,
        r#"d834dd1ed834dd1e0061003cd834dd1e00300031000a000a0021002100630062005a0009003c0063000a00620027006200390039003e005a002020ac006300e90022003e00260027"#,
    ),
    (
        r#"(function(){ try { return CryptoJS.enc.Hex.parse('f67a621a10b014cfdeb741ff1a7a094e6e34d398c00135462451').toString(CryptoJS.enc.Utf8); } catch (e) { return 'ERR ' + e.message; } })()"#,
        r#"ERR Malformed UTF-8 data"#,
    ),
    (
        r#"CryptoJS.enc.Hex.parse('f67a621a10b014cfdeb741ff1a7a094e6e34d398c00135462451').toString(CryptoJS.enc.Latin1).length"#,
        r#"26"#,
    ),
    (
        r#"CryptoJS.AES.encrypt("𝄞𝄞a<𝄞01\n\n!!cbZ\t<c\nb'b99>Z €cé\">&'", CryptoJS.enc.Hex.parse('3a452fe4d86c1874b0b7394689c5dff3fd58e4f1d05390566a4eeb75aba5aaf4'), {iv: CryptoJS.enc.Hex.parse('f86f986274339c0e9add14b2a59a7400')}).toString()"#,
        r#"NqXfQSTcOYy4LIzEFgboaphpV+RWmxrR7oFqL6Hhib9j8jU8N0dzq4iUM5Q7Jsq+"#,
    ),
    (
        r#"CryptoJS.AES.decrypt(CryptoJS.AES.encrypt("𝄞𝄞a<𝄞01\n\n!!cbZ\t<c\nb'b99>Z €cé\">&'", CryptoJS.enc.Hex.parse('3a452fe4d86c1874b0b7394689c5dff3fd58e4f1d05390566a4eeb75aba5aaf4'), {iv: CryptoJS.enc.Hex.parse('f86f986274339c0e9add14b2a59a7400')}).toString(), CryptoJS.enc.Hex.parse('3a452fe4d86c1874b0b7394689c5dff3fd58e4f1d05390566a4eeb75aba5aaf4'), {iv: CryptoJS.enc.Hex.parse('f86f986274339c0e9add14b2a59a7400')}).toString(CryptoJS.enc.Utf8) === "𝄞𝄞a<𝄞01\n\n!!cbZ\t<c\nb'b99>Z €cé\">&'""#,
        r#"true"#,
    ),
    (
        r#"CryptoJS.PBKDF2("𝄞𝄞a<𝄞01\n\n!!cbZ\t<c\nb'b99>Z €cé\">&'", "é\">9\"\"𝄞b", {keySize: 9, iterations: 34}).toString()"#,
        r#"12e5deab7de190c06ba35be79c38446694004ab7c1b034fe77d4e0c3dbfaf0c7f2e7557f"#,
    ),
    (
        r#"CryptoJS.enc.Base64.parse(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Hex.parse('f67a621a10b014cfdeb741ff1a7a094e6e34d398c00135462451'))).toString()"#,
        r#"f67a621a10b014cfdeb741ff1a7a094e6e34d398c00135462451"#,
    ),
    (
        r#"CryptoJS.MD5(CryptoJS.enc.Hex.parse('f67a621a10b014cfdeb741ff1a7a094e6e34d398c00135462451').concat(CryptoJS.enc.Utf8.parse("𝄞𝄞a<𝄞01\n\n!!cbZ\t<c\nb'b99>Z €cé\">&'"))).toString()"#,
        r#"d5f6ae2dfa312f9a3c3d967daf7ea02a"#,
    ),
    (
        r#"JSON.stringify(xml2Json("<Data id=\"\" n:s=\"\"> <item>\n  <x:y n:s=\" sp \" id=\"1\"/>mixed</item>\n</Data>"))"#,
        r#"{"Data":{"$":{"id":"","n:s":""},"item":{"_":"mixed","x:y":{"$":{"n:s":" sp ","id":"1"}}}}}"#,
    ),
    (
        r#"xjs("<Data id=\"\" n:s=\"\"> <item>\n  <x:y n:s=\" sp \" id=\"1\"/>mixed</item>\n</Data>")"#,
        r#"{"Data":{"$":{"id":"","n:s":""},"item":[{"_":"\n  mixed","x:y":[{"$":{"n:s":" sp ","id":"1"}}]}]}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json("<item id=\"v &amp; w\"><b id=\"\"><![CDATA[c<d]]></b>\n  <a n:s=\"v &amp; w\" k=\" sp \"></a> <Data>\n  <Data></Data> <item k=\"\"> <Data>text</Data><b>12</b>\n  <x:y k=\" sp \">text</x:y></item>\n</Data></item>"))"#,
        r#"{"item":{"$":{"id":"v & w"},"b":{"_":"c<d","$":{"id":""}},"a":{"$":{"n:s":"v & w","k":" sp "}},"Data":{"Data":"","item":{"$":{"k":""},"Data":"text","b":"12","x:y":{"_":"text","$":{"k":" sp "}}}}}}"#,
    ),
    (
        r#"xjs("<item id=\"v &amp; w\"><b id=\"\"><![CDATA[c<d]]></b>\n  <a n:s=\"v &amp; w\" k=\" sp \"></a> <Data>\n  <Data></Data> <item k=\"\"> <Data>text</Data><b>12</b>\n  <x:y k=\" sp \">text</x:y></item>\n</Data></item>")"#,
        r#"{"item":{"$":{"id":"v & w"},"b":[{"_":"c<d","$":{"id":""}}],"a":[{"$":{"n:s":"v & w","k":" sp "}}],"Data":[{"Data":[""],"item":[{"$":{"k":""},"Data":["text"],"b":["12"],"x:y":[{"_":"text","$":{"k":" sp "}}]}]}]}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json("<item>text</item>"))"#,
        r#"{"item":"text"}"#,
    ),
    (r#"xjs("<item>text</item>")"#, r#"{"item":"text"}"#),
    (
        r#"JSON.stringify(xml2Json("<item>\n  <x:y> <item id=\"1\"><item>&lt;esc&gt;</item><b><![CDATA[c<d]]></b><item id=\" sp \" n:s=\"1\">&lt;esc&gt;</item><a id=\" sp \" k=\"v &amp; w\"></a></item> <x:y> <b><![CDATA[c<d]]></b><item n:s=\"1\" id=\"1\"/> <Data n:s=\"\">12</Data>\n</x:y>\n  <a><![CDATA[c<d]]></a><b n:s=\"v &amp; w\" id=\"\">\n  <x:y n:s=\"1\" id=\" sp \"><![CDATA[c<d]]></x:y> <item></item>\n  <item id=\"v &amp; w\">&lt;esc&gt;</item>mixed</b></x:y>\n</item>"))"#,
        r#"{"item":{"x:y":{"item":{"$":{"id":"1"},"item":["<esc>",{"_":"<esc>","$":{"id":" sp ","n:s":"1"}}],"b":"c<d","a":{"$":{"id":" sp ","k":"v & w"}}},"x:y":{"b":"c<d","item":{"$":{"n:s":"1","id":"1"}},"Data":{"_":"12","$":{"n:s":""}}},"a":"c<d","b":{"_":"mixed","$":{"n:s":"v & w","id":""},"x:y":{"_":"c<d","$":{"n:s":"1","id":" sp "}},"item":["",{"_":"<esc>","$":{"id":"v & w"}}]}}}}"#,
    ),
    (
        r#"xjs("<item>\n  <x:y> <item id=\"1\"><item>&lt;esc&gt;</item><b><![CDATA[c<d]]></b><item id=\" sp \" n:s=\"1\">&lt;esc&gt;</item><a id=\" sp \" k=\"v &amp; w\"></a></item> <x:y> <b><![CDATA[c<d]]></b><item n:s=\"1\" id=\"1\"/> <Data n:s=\"\">12</Data>\n</x:y>\n  <a><![CDATA[c<d]]></a><b n:s=\"v &amp; w\" id=\"\">\n  <x:y n:s=\"1\" id=\" sp \"><![CDATA[c<d]]></x:y> <item></item>\n  <item id=\"v &amp; w\">&lt;esc&gt;</item>mixed</b></x:y>\n</item>")"#,
        r#"{"item":{"x:y":[{"item":[{"$":{"id":"1"},"item":["<esc>",{"_":"<esc>","$":{"id":" sp ","n:s":"1"}}],"b":["c<d"],"a":[{"$":{"id":" sp ","k":"v & w"}}]}],"x:y":[{"b":["c<d"],"item":[{"$":{"n:s":"1","id":"1"}}],"Data":[{"_":"12","$":{"n:s":""}}]}],"a":["c<d"],"b":[{"_":"\n   \n  mixed","$":{"n:s":"v & w","id":""},"x:y":[{"_":"c<d","$":{"n:s":"1","id":" sp "}}],"item":["",{"_":"<esc>","$":{"id":"v & w"}}]}]}]}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json("<Data n:s=\"\">&lt;esc&gt;</Data>"))"#,
        r#"{"Data":{"_":"<esc>","$":{"n:s":""}}}"#,
    ),
    (
        r#"xjs("<Data n:s=\"\">&lt;esc&gt;</Data>")"#,
        r#"{"Data":{"_":"<esc>","$":{"n:s":""}}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json("<b k=\"1\"> <x:y/> <x:y>&lt;esc&gt;</x:y> <Data n:s=\"1\"><item id=\"v &amp; w\">\n  <x:y n:s=\"\" id=\"\">text</x:y> <item>&lt;esc&gt;</item>\n</item><a id=\"v &amp; w\">\n  <item id=\" sp \" k=\"v &amp; w\"></item>\n  <x:y n:s=\" sp \">&lt;esc&gt;</x:y>\n</a> <a n:s=\"v &amp; w\" id=\"1\">\n  <a k=\"\" n:s=\"v &amp; w\">  pad  </a> <Data id=\" sp \" n:s=\"1\"><![CDATA[c<d]]></Data>\n</a><b k=\"v &amp; w\"><b>&lt;esc&gt;</b> <b id=\"1\"/><x:y>text</x:y></b></Data><x:y> <x:y id=\"1\"> <x:y id=\"\" k=\"1\">  pad  </x:y>\n  <a><![CDATA[c<d]]></a><b/><item id=\"v &amp; w\">12</item></x:y><b id=\"\">\n  <item>12</item> <item k=\"\" id=\" sp \">&lt;esc&gt;</item></b></x:y>mixed</b>"))"#,
        r#"{"b":{"_":"mixed","$":{"k":"1"},"x:y":["","<esc>",{"x:y":{"$":{"id":"1"},"x:y":{"_":"pad","$":{"id":"","k":"1"}},"a":"c<d","b":"","item":{"_":"12","$":{"id":"v & w"}}},"b":{"$":{"id":""},"item":["12",{"_":"<esc>","$":{"k":"","id":" sp "}}]}}],"Data":{"$":{"n:s":"1"},"item":{"$":{"id":"v & w"},"x:y":{"_":"text","$":{"n:s":"","id":""}},"item":"<esc>"},"a":[{"$":{"id":"v & w"},"item":{"$":{"id":" sp ","k":"v & w"}},"x:y":{"_":"<esc>","$":{"n:s":" sp "}}},{"$":{"n:s":"v & w","id":"1"},"a":{"_":"pad","$":{"k":"","n:s":"v & w"}},"Data":{"_":"c<d","$":{"id":" sp ","n:s":"1"}}}],"b":{"$":{"k":"v & w"},"b":["<esc>",{"$":{"id":"1"}}],"x:y":"text"}}}}"#,
    ),
    (
        r#"xjs("<b k=\"1\"> <x:y/> <x:y>&lt;esc&gt;</x:y> <Data n:s=\"1\"><item id=\"v &amp; w\">\n  <x:y n:s=\"\" id=\"\">text</x:y> <item>&lt;esc&gt;</item>\n</item><a id=\"v &amp; w\">\n  <item id=\" sp \" k=\"v &amp; w\"></item>\n  <x:y n:s=\" sp \">&lt;esc&gt;</x:y>\n</a> <a n:s=\"v &amp; w\" id=\"1\">\n  <a k=\"\" n:s=\"v &amp; w\">  pad  </a> <Data id=\" sp \" n:s=\"1\"><![CDATA[c<d]]></Data>\n</a><b k=\"v &amp; w\"><b>&lt;esc&gt;</b> <b id=\"1\"/><x:y>text</x:y></b></Data><x:y> <x:y id=\"1\"> <x:y id=\"\" k=\"1\">  pad  </x:y>\n  <a><![CDATA[c<d]]></a><b/><item id=\"v &amp; w\">12</item></x:y><b id=\"\">\n  <item>12</item> <item k=\"\" id=\" sp \">&lt;esc&gt;</item></b></x:y>mixed</b>")"#,
        r#"{"b":{"_":"   mixed","$":{"k":"1"},"x:y":["","<esc>",{"x:y":[{"$":{"id":"1"},"x:y":[{"_":"  pad  ","$":{"id":"","k":"1"}}],"a":["c<d"],"b":[""],"item":[{"_":"12","$":{"id":"v & w"}}]}],"b":[{"$":{"id":""},"item":["12",{"_":"<esc>","$":{"k":"","id":" sp "}}]}]}],"Data":[{"$":{"n:s":"1"},"item":[{"$":{"id":"v & w"},"x:y":[{"_":"text","$":{"n:s":"","id":""}}],"item":["<esc>"]}],"a":[{"$":{"id":"v & w"},"item":[{"$":{"id":" sp ","k":"v & w"}}],"x:y":[{"_":"<esc>","$":{"n:s":" sp "}}]},{"$":{"n:s":"v & w","id":"1"},"a":[{"_":"  pad  ","$":{"k":"","n:s":"v & w"}}],"Data":[{"_":"c<d","$":{"id":" sp ","n:s":"1"}}]}],"b":[{"$":{"k":"v & w"},"b":["<esc>",{"$":{"id":"1"}}],"x:y":["text"]}]}]}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json("<Data id=\"\">  pad  </Data>"))"#,
        r#"{"Data":{"_":"pad","$":{"id":""}}}"#,
    ),
    (
        r#"xjs("<Data id=\"\">  pad  </Data>")"#,
        r#"{"Data":{"_":"  pad  ","$":{"id":""}}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json("<a k=\"v &amp; w\" n:s=\"v &amp; w\"><Data><a k=\"1\">\n  <a k=\" sp \" n:s=\" sp \"/>\n</a><x:y k=\"1\" n:s=\"v &amp; w\"> <b n:s=\"\" k=\" sp \">12</b> <b id=\"v &amp; w\" k=\" sp \">  pad  </b>mixed</x:y>\n</Data><a/><a>\n  <a id=\"\" k=\"\"/> <a id=\"\">  pad  </a>\n</a><item k=\" sp \"> <a n:s=\"v &amp; w\" id=\"1\"><b n:s=\" sp \" id=\"\"></b><Data><![CDATA[c<d]]></Data> <x:y/>\n</a> <item id=\"1\">\n  <Data n:s=\"1\" k=\"\">  pad  </Data> <x:y n:s=\"v &amp; w\" k=\"\">text</x:y><b k=\" sp \">text</b>\n</item><Data n:s=\"\"><a id=\"\" n:s=\"\"/>mixed</Data>\n  <item>12</item></item>\n</a>"))"#,
        r#"{"a":{"$":{"k":"v & w","n:s":"v & w"},"Data":{"a":{"$":{"k":"1"},"a":{"$":{"k":" sp ","n:s":" sp "}}},"x:y":{"_":"mixed","$":{"k":"1","n:s":"v & w"},"b":[{"_":"12","$":{"n:s":"","k":" sp "}},{"_":"pad","$":{"id":"v & w","k":" sp "}}]}},"a":["",{"a":[{"$":{"id":"","k":""}},{"_":"pad","$":{"id":""}}]}],"item":{"$":{"k":" sp "},"a":{"$":{"n:s":"v & w","id":"1"},"b":{"$":{"n:s":" sp ","id":""}},"Data":"c<d","x:y":""},"item":[{"$":{"id":"1"},"Data":{"_":"pad","$":{"n:s":"1","k":""}},"x:y":{"_":"text","$":{"n:s":"v & w","k":""}},"b":{"_":"text","$":{"k":" sp "}}},"12"],"Data":{"_":"mixed","$":{"n:s":""},"a":{"$":{"id":"","n:s":""}}}}}}"#,
    ),
    (
        r#"xjs("<a k=\"v &amp; w\" n:s=\"v &amp; w\"><Data><a k=\"1\">\n  <a k=\" sp \" n:s=\" sp \"/>\n</a><x:y k=\"1\" n:s=\"v &amp; w\"> <b n:s=\"\" k=\" sp \">12</b> <b id=\"v &amp; w\" k=\" sp \">  pad  </b>mixed</x:y>\n</Data><a/><a>\n  <a id=\"\" k=\"\"/> <a id=\"\">  pad  </a>\n</a><item k=\" sp \"> <a n:s=\"v &amp; w\" id=\"1\"><b n:s=\" sp \" id=\"\"></b><Data><![CDATA[c<d]]></Data> <x:y/>\n</a> <item id=\"1\">\n  <Data n:s=\"1\" k=\"\">  pad  </Data> <x:y n:s=\"v &amp; w\" k=\"\">text</x:y><b k=\" sp \">text</b>\n</item><Data n:s=\"\"><a id=\"\" n:s=\"\"/>mixed</Data>\n  <item>12</item></item>\n</a>")"#,
        r#"{"a":{"$":{"k":"v & w","n:s":"v & w"},"Data":[{"a":[{"$":{"k":"1"},"a":[{"$":{"k":" sp ","n:s":" sp "}}]}],"x:y":[{"_":"  mixed","$":{"k":"1","n:s":"v & w"},"b":[{"_":"12","$":{"n:s":"","k":" sp "}},{"_":"  pad  ","$":{"id":"v & w","k":" sp "}}]}]}],"a":["",{"a":[{"$":{"id":"","k":""}},{"_":"  pad  ","$":{"id":""}}]}],"item":[{"$":{"k":" sp "},"a":[{"$":{"n:s":"v & w","id":"1"},"b":[{"$":{"n:s":" sp ","id":""}}],"Data":["c<d"],"x:y":[""]}],"item":[{"$":{"id":"1"},"Data":[{"_":"  pad  ","$":{"n:s":"1","k":""}}],"x:y":[{"_":"text","$":{"n:s":"v & w","k":""}}],"b":[{"_":"text","$":{"k":" sp "}}]},"12"],"Data":[{"_":"mixed","$":{"n:s":""},"a":[{"$":{"id":"","n:s":""}}]}]}]}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json("<item k=\"\"> <a k=\"v &amp; w\" id=\" sp \"><x:y k=\"\"><Data id=\"v &amp; w\"/>\n  <x:y n:s=\" sp \">  pad  </x:y>\n  <x:y id=\"\" n:s=\"v &amp; w\"><![CDATA[c<d]]></x:y>\n  <item>&lt;esc&gt;</item>\n</x:y>\n</a><Data id=\"\" n:s=\"1\">&lt;esc&gt;</Data> <item n:s=\"1\">\n  <x:y k=\"1\" n:s=\"v &amp; w\"><a n:s=\"\" id=\" sp \">12</a><Data n:s=\"v &amp; w\" k=\"v &amp; w\">text</Data></x:y> <b> <b n:s=\"\" id=\" sp \">&lt;esc&gt;</b>\n</b><item k=\"v &amp; w\" id=\"1\">  pad  </item> <x:y n:s=\"v &amp; w\"></x:y>mixed</item>\n  <x:y><item n:s=\"\"> <x:y>12</x:y> <Data>  pad  </Data>\n  <x:y>text</x:y>\n  <Data n:s=\" sp \">  pad  </Data>\n</item> <x:y k=\"\">  pad  </x:y>\n</x:y>\n</item>"))"#,
        r#"{"item":{"$":{"k":""},"a":{"$":{"k":"v & w","id":" sp "},"x:y":{"$":{"k":""},"Data":{"$":{"id":"v & w"}},"x:y":[{"_":"pad","$":{"n:s":" sp "}},{"_":"c<d","$":{"id":"","n:s":"v & w"}}],"item":"<esc>"}},"Data":{"_":"<esc>","$":{"id":"","n:s":"1"}},"item":{"_":"mixed","$":{"n:s":"1"},"x:y":[{"$":{"k":"1","n:s":"v & w"},"a":{"_":"12","$":{"n:s":"","id":" sp "}},"Data":{"_":"text","$":{"n:s":"v & w","k":"v & w"}}},{"$":{"n:s":"v & w"}}],"b":{"b":{"_":"<esc>","$":{"n:s":"","id":" sp "}}},"item":{"_":"pad","$":{"k":"v & w","id":"1"}}},"x:y":{"item":{"$":{"n:s":""},"x:y":["12","text"],"Data":["pad",{"_":"pad","$":{"n:s":" sp "}}]},"x:y":{"_":"pad","$":{"k":""}}}}}"#,
    ),
    (
        r#"xjs("<item k=\"\"> <a k=\"v &amp; w\" id=\" sp \"><x:y k=\"\"><Data id=\"v &amp; w\"/>\n  <x:y n:s=\" sp \">  pad  </x:y>\n  <x:y id=\"\" n:s=\"v &amp; w\"><![CDATA[c<d]]></x:y>\n  <item>&lt;esc&gt;</item>\n</x:y>\n</a><Data id=\"\" n:s=\"1\">&lt;esc&gt;</Data> <item n:s=\"1\">\n  <x:y k=\"1\" n:s=\"v &amp; w\"><a n:s=\"\" id=\" sp \">12</a><Data n:s=\"v &amp; w\" k=\"v &amp; w\">text</Data></x:y> <b> <b n:s=\"\" id=\" sp \">&lt;esc&gt;</b>\n</b><item k=\"v &amp; w\" id=\"1\">  pad  </item> <x:y n:s=\"v &amp; w\"></x:y>mixed</item>\n  <x:y><item n:s=\"\"> <x:y>12</x:y> <Data>  pad  </Data>\n  <x:y>text</x:y>\n  <Data n:s=\" sp \">  pad  </Data>\n</item> <x:y k=\"\">  pad  </x:y>\n</x:y>\n</item>")"#,
        r#"{"item":{"$":{"k":""},"a":[{"$":{"k":"v & w","id":" sp "},"x:y":[{"$":{"k":""},"Data":[{"$":{"id":"v & w"}}],"x:y":[{"_":"  pad  ","$":{"n:s":" sp "}},{"_":"c<d","$":{"id":"","n:s":"v & w"}}],"item":["<esc>"]}]}],"Data":[{"_":"<esc>","$":{"id":"","n:s":"1"}}],"item":[{"_":"\n    mixed","$":{"n:s":"1"},"x:y":[{"$":{"k":"1","n:s":"v & w"},"a":[{"_":"12","$":{"n:s":"","id":" sp "}}],"Data":[{"_":"text","$":{"n:s":"v & w","k":"v & w"}}]},{"$":{"n:s":"v & w"}}],"b":[{"b":[{"_":"<esc>","$":{"n:s":"","id":" sp "}}]}],"item":[{"_":"  pad  ","$":{"k":"v & w","id":"1"}}]}],"x:y":[{"item":[{"$":{"n:s":""},"x:y":["12","text"],"Data":["  pad  ",{"_":"  pad  ","$":{"n:s":" sp "}}]}],"x:y":[{"_":"  pad  ","$":{"k":""}}]}]}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json("<x:y id=\"\" k=\"\">\n  <a><Data>\n  <Data id=\" sp \" n:s=\"\"></Data>\n  <x:y k=\"v &amp; w\"/></Data> <item><item id=\"1\" n:s=\" sp \">12</item><item id=\"\"><![CDATA[c<d]]></item> <a>&lt;esc&gt;</a>\n  <x:y id=\" sp \" n:s=\"1\"><![CDATA[c<d]]></x:y>mixed</item><Data k=\"\" n:s=\"v &amp; w\"><![CDATA[c<d]]></Data>mixed</a> <x:y id=\" sp \"> <item n:s=\"v &amp; w\"></item> <x:y id=\" sp \">\n  <Data id=\"v &amp; w\" n:s=\"1\">text</Data><a><![CDATA[c<d]]></a> <item k=\" sp \"></item></x:y><Data n:s=\"v &amp; w\"> <b>12</b>mixed</Data>mixed</x:y>\n  <x:y k=\"\">\n  <b id=\"v &amp; w\" k=\"\"> <a k=\"1\"></a>\n</b>\n  <Data k=\"\">\n  <item n:s=\"v &amp; w\" k=\"\">12</item> <x:y/><x:y id=\"\" n:s=\"\">12</x:y> <item><![CDATA[c<d]]></item>mixed</Data>mixed</x:y></x:y>"))"#,
        r#"{"x:y":{"$":{"id":"","k":""},"a":{"_":"mixed","Data":[{"Data":{"$":{"id":" sp ","n:s":""}},"x:y":{"$":{"k":"v & w"}}},{"_":"c<d","$":{"k":"","n:s":"v & w"}}],"item":{"_":"mixed","item":[{"_":"12","$":{"id":"1","n:s":" sp "}},{"_":"c<d","$":{"id":""}}],"a":"<esc>","x:y":{"_":"c<d","$":{"id":" sp ","n:s":"1"}}}},"x:y":[{"_":"mixed","$":{"id":" sp "},"item":{"$":{"n:s":"v & w"}},"x:y":{"$":{"id":" sp "},"Data":{"_":"text","$":{"id":"v & w","n:s":"1"}},"a":"c<d","item":{"$":{"k":" sp "}}},"Data":{"_":"mixed","$":{"n:s":"v & w"},"b":"12"}},{"_":"mixed","$":{"k":""},"b":{"$":{"id":"v & w","k":""},"a":{"$":{"k":"1"}}},"Data":{"_":"mixed","$":{"k":""},"item":[{"_":"12","$":{"n:s":"v & w","k":""}},"c<d"],"x:y":["",{"_":"12","$":{"id":"","n:s":""}}]}}]}}"#,
    ),
    (
        r#"xjs("<x:y id=\"\" k=\"\">\n  <a><Data>\n  <Data id=\" sp \" n:s=\"\"></Data>\n  <x:y k=\"v &amp; w\"/></Data> <item><item id=\"1\" n:s=\" sp \">12</item><item id=\"\"><![CDATA[c<d]]></item> <a>&lt;esc&gt;</a>\n  <x:y id=\" sp \" n:s=\"1\"><![CDATA[c<d]]></x:y>mixed</item><Data k=\"\" n:s=\"v &amp; w\"><![CDATA[c<d]]></Data>mixed</a> <x:y id=\" sp \"> <item n:s=\"v &amp; w\"></item> <x:y id=\" sp \">\n  <Data id=\"v &amp; w\" n:s=\"1\">text</Data><a><![CDATA[c<d]]></a> <item k=\" sp \"></item></x:y><Data n:s=\"v &amp; w\"> <b>12</b>mixed</Data>mixed</x:y>\n  <x:y k=\"\">\n  <b id=\"v &amp; w\" k=\"\"> <a k=\"1\"></a>\n</b>\n  <Data k=\"\">\n  <item n:s=\"v &amp; w\" k=\"\">12</item> <x:y/><x:y id=\"\" n:s=\"\">12</x:y> <item><![CDATA[c<d]]></item>mixed</Data>mixed</x:y></x:y>")"#,
        r#"{"x:y":{"$":{"id":"","k":""},"a":[{"_":" mixed","Data":[{"Data":[{"$":{"id":" sp ","n:s":""}}],"x:y":[{"$":{"k":"v & w"}}]},{"_":"c<d","$":{"k":"","n:s":"v & w"}}],"item":[{"_":" \n  mixed","item":[{"_":"12","$":{"id":"1","n:s":" sp "}},{"_":"c<d","$":{"id":""}}],"a":["<esc>"],"x:y":[{"_":"c<d","$":{"id":" sp ","n:s":"1"}}]}]}],"x:y":[{"_":"  mixed","$":{"id":" sp "},"item":[{"$":{"n:s":"v & w"}}],"x:y":[{"$":{"id":" sp "},"Data":[{"_":"text","$":{"id":"v & w","n:s":"1"}}],"a":["c<d"],"item":[{"$":{"k":" sp "}}]}],"Data":[{"_":" mixed","$":{"n:s":"v & w"},"b":["12"]}]},{"_":"\n  \n  mixed","$":{"k":""},"b":[{"$":{"id":"v & w","k":""},"a":[{"$":{"k":"1"}}]}],"Data":[{"_":"\n    mixed","$":{"k":""},"item":[{"_":"12","$":{"n:s":"v & w","k":""}},"c<d"],"x:y":["",{"_":"12","$":{"id":"","n:s":""}}]}]}]}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json("<x:y id=\" sp \"> <item n:s=\"1\" id=\" sp \">12</item>mixed</x:y>"))"#,
        r#"{"x:y":{"_":"mixed","$":{"id":" sp "},"item":{"_":"12","$":{"n:s":"1","id":" sp "}}}}"#,
    ),
    (
        r#"xjs("<x:y id=\" sp \"> <item n:s=\"1\" id=\" sp \">12</item>mixed</x:y>")"#,
        r#"{"x:y":{"_":" mixed","$":{"id":" sp "},"item":[{"_":"12","$":{"n:s":"1","id":" sp "}}]}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json("<item><item k=\"1\">\n  <item k=\"v &amp; w\">\n  <b><![CDATA[c<d]]></b>\n  <x:y id=\"\" n:s=\"\"/>\n  <b n:s=\" sp \"></b> <item><![CDATA[c<d]]></item>mixed</item><item id=\"\" n:s=\"\"><item>&lt;esc&gt;</item>mixed</item>mixed</item>\n</item>"))"#,
        r#"{"item":{"item":{"_":"mixed","$":{"k":"1"},"item":[{"_":"mixed","$":{"k":"v & w"},"b":["c<d",{"$":{"n:s":" sp "}}],"x:y":{"$":{"id":"","n:s":""}},"item":"c<d"},{"_":"mixed","$":{"id":"","n:s":""},"item":"<esc>"}]}}}"#,
    ),
    (
        r#"xjs("<item><item k=\"1\">\n  <item k=\"v &amp; w\">\n  <b><![CDATA[c<d]]></b>\n  <x:y id=\"\" n:s=\"\"/>\n  <b n:s=\" sp \"></b> <item><![CDATA[c<d]]></item>mixed</item><item id=\"\" n:s=\"\"><item>&lt;esc&gt;</item>mixed</item>mixed</item>\n</item>")"#,
        r#"{"item":{"item":[{"_":"\n  mixed","$":{"k":"1"},"item":[{"_":"\n  \n  \n   mixed","$":{"k":"v & w"},"b":["c<d",{"$":{"n:s":" sp "}}],"x:y":[{"$":{"id":"","n:s":""}}],"item":["c<d"]},{"_":"mixed","$":{"id":"","n:s":""},"item":["<esc>"]}]}]}}"#,
    ),
    (r#"JSON.stringify(xml2Json("<a/>"))"#, r#"{"a":""}"#),
    (r#"xjs("<a/>")"#, r#"{"a":""}"#),
    (
        r#"JSON.stringify(xml2Json("<x:y k=\" sp \"><a k=\" sp \"><item k=\" sp \">\n  <a id=\"v &amp; w\"/>mixed</item>mixed</a> <a>  pad  </a><b id=\"v &amp; w\"> <x:y n:s=\"v &amp; w\" k=\"v &amp; w\"> <b></b> <b n:s=\"1\"/> <Data>&lt;esc&gt;</Data>\n  <a k=\"\"/>mixed</x:y>\n  <b k=\"1\" id=\"v &amp; w\">text</b>\n</b><Data n:s=\"v &amp; w\" k=\" sp \"><Data n:s=\"1\"><Data n:s=\"1\" id=\"\"/><a k=\"\"/><Data k=\"1\"><![CDATA[c<d]]></Data><a n:s=\"1\">12</a>mixed</Data> <b id=\"v &amp; w\">text</b></Data>\n</x:y>"))"#,
        r#"{"x:y":{"$":{"k":" sp "},"a":[{"_":"mixed","$":{"k":" sp "},"item":{"_":"mixed","$":{"k":" sp "},"a":{"$":{"id":"v & w"}}}},"pad"],"b":{"$":{"id":"v & w"},"x:y":{"_":"mixed","$":{"n:s":"v & w","k":"v & w"},"b":["",{"$":{"n:s":"1"}}],"Data":"<esc>","a":{"$":{"k":""}}},"b":{"_":"text","$":{"k":"1","id":"v & w"}}},"Data":{"$":{"n:s":"v & w","k":" sp "},"Data":{"_":"mixed","$":{"n:s":"1"},"Data":[{"$":{"n:s":"1","id":""}},{"_":"c<d","$":{"k":"1"}}],"a":[{"$":{"k":""}},{"_":"12","$":{"n:s":"1"}}]},"b":{"_":"text","$":{"id":"v & w"}}}}}"#,
    ),
    (
        r#"xjs("<x:y k=\" sp \"><a k=\" sp \"><item k=\" sp \">\n  <a id=\"v &amp; w\"/>mixed</item>mixed</a> <a>  pad  </a><b id=\"v &amp; w\"> <x:y n:s=\"v &amp; w\" k=\"v &amp; w\"> <b></b> <b n:s=\"1\"/> <Data>&lt;esc&gt;</Data>\n  <a k=\"\"/>mixed</x:y>\n  <b k=\"1\" id=\"v &amp; w\">text</b>\n</b><Data n:s=\"v &amp; w\" k=\" sp \"><Data n:s=\"1\"><Data n:s=\"1\" id=\"\"/><a k=\"\"/><Data k=\"1\"><![CDATA[c<d]]></Data><a n:s=\"1\">12</a>mixed</Data> <b id=\"v &amp; w\">text</b></Data>\n</x:y>")"#,
        r#"{"x:y":{"$":{"k":" sp "},"a":[{"_":"mixed","$":{"k":" sp "},"item":[{"_":"\n  mixed","$":{"k":" sp "},"a":[{"$":{"id":"v & w"}}]}]},"  pad  "],"b":[{"$":{"id":"v & w"},"x:y":[{"_":"   \n  mixed","$":{"n:s":"v & w","k":"v & w"},"b":["",{"$":{"n:s":"1"}}],"Data":["<esc>"],"a":[{"$":{"k":""}}]}],"b":[{"_":"text","$":{"k":"1","id":"v & w"}}]}],"Data":[{"$":{"n:s":"v & w","k":" sp "},"Data":[{"_":"mixed","$":{"n:s":"1"},"Data":[{"$":{"n:s":"1","id":""}},{"_":"c<d","$":{"k":"1"}}],"a":[{"$":{"k":""}},{"_":"12","$":{"n:s":"1"}}]}],"b":[{"_":"text","$":{"id":"v & w"}}]}]}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json("<x:y> <item>\n  <item n:s=\"\" k=\"\">\n  <item><![CDATA[c<d]]></item> <x:y k=\"1\">  pad  </x:y></item> <Data id=\" sp \"> <b/></Data><b n:s=\" sp \"><item n:s=\"v &amp; w\">12</item><Data id=\"\">  pad  </Data><Data id=\"1\">text</Data>\n</b>\n</item></x:y>"))"#,
        r#"{"x:y":{"item":{"item":{"$":{"n:s":"","k":""},"item":"c<d","x:y":{"_":"pad","$":{"k":"1"}}},"Data":{"$":{"id":" sp "},"b":""},"b":{"$":{"n:s":" sp "},"item":{"_":"12","$":{"n:s":"v & w"}},"Data":[{"_":"pad","$":{"id":""}},{"_":"text","$":{"id":"1"}}]}}}}"#,
    ),
    (
        r#"xjs("<x:y> <item>\n  <item n:s=\"\" k=\"\">\n  <item><![CDATA[c<d]]></item> <x:y k=\"1\">  pad  </x:y></item> <Data id=\" sp \"> <b/></Data><b n:s=\" sp \"><item n:s=\"v &amp; w\">12</item><Data id=\"\">  pad  </Data><Data id=\"1\">text</Data>\n</b>\n</item></x:y>")"#,
        r#"{"x:y":{"item":[{"item":[{"$":{"n:s":"","k":""},"item":["c<d"],"x:y":[{"_":"  pad  ","$":{"k":"1"}}]}],"Data":[{"$":{"id":" sp "},"b":[""]}],"b":[{"$":{"n:s":" sp "},"item":[{"_":"12","$":{"n:s":"v & w"}}],"Data":[{"_":"  pad  ","$":{"id":""}},{"_":"text","$":{"id":"1"}}]}]}]}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json("<Data n:s=\"1\" k=\" sp \"><item><Data id=\"v &amp; w\"> <item n:s=\"1\">&lt;esc&gt;</item>mixed</Data>mixed</item><b id=\"v &amp; w\">\n  <x:y>\n  <Data>&lt;esc&gt;</Data>\n</x:y> <a k=\" sp \" id=\"\">12</a> <b k=\" sp \">&lt;esc&gt;</b> <Data k=\"1\" n:s=\"1\"><x:y>12</x:y>\n</Data>\n</b>\n  <a> <a><item k=\"1\" id=\"\"><![CDATA[c<d]]></item> <x:y k=\"\"><![CDATA[c<d]]></x:y>\n  <x:y n:s=\"1\" id=\"1\"/>\n</a> <item k=\" sp \">12</item>mixed</a>mixed</Data>"))"#,
        r#"{"Data":{"_":"mixed","$":{"n:s":"1","k":" sp "},"item":{"_":"mixed","Data":{"_":"mixed","$":{"id":"v & w"},"item":{"_":"<esc>","$":{"n:s":"1"}}}},"b":{"$":{"id":"v & w"},"x:y":{"Data":"<esc>"},"a":{"_":"12","$":{"k":" sp ","id":""}},"b":{"_":"<esc>","$":{"k":" sp "}},"Data":{"$":{"k":"1","n:s":"1"},"x:y":"12"}},"a":{"_":"mixed","a":{"item":{"_":"c<d","$":{"k":"1","id":""}},"x:y":[{"_":"c<d","$":{"k":""}},{"$":{"n:s":"1","id":"1"}}]},"item":{"_":"12","$":{"k":" sp "}}}}}"#,
    ),
    (
        r#"xjs("<Data n:s=\"1\" k=\" sp \"><item><Data id=\"v &amp; w\"> <item n:s=\"1\">&lt;esc&gt;</item>mixed</Data>mixed</item><b id=\"v &amp; w\">\n  <x:y>\n  <Data>&lt;esc&gt;</Data>\n</x:y> <a k=\" sp \" id=\"\">12</a> <b k=\" sp \">&lt;esc&gt;</b> <Data k=\"1\" n:s=\"1\"><x:y>12</x:y>\n</Data>\n</b>\n  <a> <a><item k=\"1\" id=\"\"><![CDATA[c<d]]></item> <x:y k=\"\"><![CDATA[c<d]]></x:y>\n  <x:y n:s=\"1\" id=\"1\"/>\n</a> <item k=\" sp \">12</item>mixed</a>mixed</Data>")"#,
        r#"{"Data":{"_":"\n  mixed","$":{"n:s":"1","k":" sp "},"item":[{"_":"mixed","Data":[{"_":" mixed","$":{"id":"v & w"},"item":[{"_":"<esc>","$":{"n:s":"1"}}]}]}],"b":[{"$":{"id":"v & w"},"x:y":[{"Data":["<esc>"]}],"a":[{"_":"12","$":{"k":" sp ","id":""}}],"b":[{"_":"<esc>","$":{"k":" sp "}}],"Data":[{"$":{"k":"1","n:s":"1"},"x:y":["12"]}]}],"a":[{"_":"  mixed","a":[{"item":[{"_":"c<d","$":{"k":"1","id":""}}],"x:y":[{"_":"c<d","$":{"k":""}},{"$":{"n:s":"1","id":"1"}}]}],"item":[{"_":"12","$":{"k":" sp "}}]}]}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json("<item>\n  <b><![CDATA[c<d]]></b>mixed</item>"))"#,
        r#"{"item":{"_":"mixed","b":"c<d"}}"#,
    ),
    (
        r#"xjs("<item>\n  <b><![CDATA[c<d]]></b>mixed</item>")"#,
        r#"{"item":{"_":"\n  mixed","b":["c<d"]}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json("<Data n:s=\"\" k=\"1\">&lt;esc&gt;</Data>"))"#,
        r#"{"Data":{"_":"<esc>","$":{"n:s":"","k":"1"}}}"#,
    ),
    (
        r#"xjs("<Data n:s=\"\" k=\"1\">&lt;esc&gt;</Data>")"#,
        r#"{"Data":{"_":"<esc>","$":{"n:s":"","k":"1"}}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json("<Data n:s=\"v &amp; w\" id=\"1\"><item k=\"v &amp; w\" id=\"\">  pad  </item>\n</Data>"))"#,
        r#"{"Data":{"$":{"n:s":"v & w","id":"1"},"item":{"_":"pad","$":{"k":"v & w","id":""}}}}"#,
    ),
    (
        r#"xjs("<Data n:s=\"v &amp; w\" id=\"1\"><item k=\"v &amp; w\" id=\"\">  pad  </item>\n</Data>")"#,
        r#"{"Data":{"$":{"n:s":"v & w","id":"1"},"item":[{"_":"  pad  ","$":{"k":"v & w","id":""}}]}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json("<Data id=\"\">\n  <b id=\" sp \" k=\" sp \"><b> <item n:s=\"1\"/> <Data k=\"\"></Data>\n</b>\n</b><b k=\" sp \"></b> <b k=\" sp \">\n  <b>  pad  </b></b>\n</Data>"))"#,
        r#"{"Data":{"$":{"id":""},"b":[{"$":{"id":" sp ","k":" sp "},"b":{"item":{"$":{"n:s":"1"}},"Data":{"$":{"k":""}}}},{"$":{"k":" sp "}},{"$":{"k":" sp "},"b":"pad"}]}}"#,
    ),
    (
        r#"xjs("<Data id=\"\">\n  <b id=\" sp \" k=\" sp \"><b> <item n:s=\"1\"/> <Data k=\"\"></Data>\n</b>\n</b><b k=\" sp \"></b> <b k=\" sp \">\n  <b>  pad  </b></b>\n</Data>")"#,
        r#"{"Data":{"$":{"id":""},"b":[{"$":{"id":" sp ","k":" sp "},"b":[{"item":[{"$":{"n:s":"1"}}],"Data":[{"$":{"k":""}}]}]},{"$":{"k":" sp "}},{"$":{"k":" sp "},"b":["  pad  "]}]}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json("<b> <x:y>&lt;esc&gt;</x:y>\n  <x:y id=\"1\"> <a k=\" sp \"> <x:y k=\"1\" n:s=\"\">12</x:y>\n  <b id=\"\" k=\"v &amp; w\">&lt;esc&gt;</b> <Data k=\"\"/>mixed</a><a n:s=\"\" k=\" sp \">\n  <x:y>&lt;esc&gt;</x:y> <x:y id=\" sp \">12</x:y><Data>text</Data> <x:y id=\"v &amp; w\" n:s=\" sp \">&lt;esc&gt;</x:y></a></x:y> <b n:s=\"v &amp; w\"><item id=\" sp \">12</item>\n  <x:y id=\"\"> <b>text</b>\n  <a n:s=\"\" id=\" sp \">  pad  </a><b>&lt;esc&gt;</b><item>&lt;esc&gt;</item></x:y></b>\n</b>"))"#,
        r#"{"b":{"x:y":["<esc>",{"$":{"id":"1"},"a":[{"_":"mixed","$":{"k":" sp "},"x:y":{"_":"12","$":{"k":"1","n:s":""}},"b":{"_":"<esc>","$":{"id":"","k":"v & w"}},"Data":{"$":{"k":""}}},{"$":{"n:s":"","k":" sp "},"x:y":["<esc>",{"_":"12","$":{"id":" sp "}},{"_":"<esc>","$":{"id":"v & w","n:s":" sp "}}],"Data":"text"}]}],"b":{"$":{"n:s":"v & w"},"item":{"_":"12","$":{"id":" sp "}},"x:y":{"$":{"id":""},"b":["text","<esc>"],"a":{"_":"pad","$":{"n:s":"","id":" sp "}},"item":"<esc>"}}}}"#,
    ),
    (
        r#"xjs("<b> <x:y>&lt;esc&gt;</x:y>\n  <x:y id=\"1\"> <a k=\" sp \"> <x:y k=\"1\" n:s=\"\">12</x:y>\n  <b id=\"\" k=\"v &amp; w\">&lt;esc&gt;</b> <Data k=\"\"/>mixed</a><a n:s=\"\" k=\" sp \">\n  <x:y>&lt;esc&gt;</x:y> <x:y id=\" sp \">12</x:y><Data>text</Data> <x:y id=\"v &amp; w\" n:s=\" sp \">&lt;esc&gt;</x:y></a></x:y> <b n:s=\"v &amp; w\"><item id=\" sp \">12</item>\n  <x:y id=\"\"> <b>text</b>\n  <a n:s=\"\" id=\" sp \">  pad  </a><b>&lt;esc&gt;</b><item>&lt;esc&gt;</item></x:y></b>\n</b>")"#,
        r#"{"b":{"x:y":["<esc>",{"$":{"id":"1"},"a":[{"_":" \n   mixed","$":{"k":" sp "},"x:y":[{"_":"12","$":{"k":"1","n:s":""}}],"b":[{"_":"<esc>","$":{"id":"","k":"v & w"}}],"Data":[{"$":{"k":""}}]},{"$":{"n:s":"","k":" sp "},"x:y":["<esc>",{"_":"12","$":{"id":" sp "}},{"_":"<esc>","$":{"id":"v & w","n:s":" sp "}}],"Data":["text"]}]}],"b":[{"$":{"n:s":"v & w"},"item":[{"_":"12","$":{"id":" sp "}}],"x:y":[{"$":{"id":""},"b":["text","<esc>"],"a":[{"_":"  pad  ","$":{"n:s":"","id":" sp "}}],"item":["<esc>"]}]}]}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json("<item><b id=\"v &amp; w\"></b><Data n:s=\" sp \">\n  <a>\n  <Data n:s=\"v &amp; w\" k=\"\">text</Data></a>\n  <item> <a n:s=\"\" id=\"v &amp; w\"/> <Data k=\"v &amp; w\">&lt;esc&gt;</Data><b k=\"1\" id=\"\">&lt;esc&gt;</b>mixed</item> <item n:s=\" sp \" id=\"v &amp; w\"><Data n:s=\"\" k=\"v &amp; w\">text</Data><x:y id=\"1\">text</x:y>\n  <a>text</a></item>mixed</Data>\n</item>"))"#,
        r#"{"item":{"b":{"$":{"id":"v & w"}},"Data":{"_":"mixed","$":{"n:s":" sp "},"a":{"Data":{"_":"text","$":{"n:s":"v & w","k":""}}},"item":[{"_":"mixed","a":{"$":{"n:s":"","id":"v & w"}},"Data":{"_":"<esc>","$":{"k":"v & w"}},"b":{"_":"<esc>","$":{"k":"1","id":""}}},{"$":{"n:s":" sp ","id":"v & w"},"Data":{"_":"text","$":{"n:s":"","k":"v & w"}},"x:y":{"_":"text","$":{"id":"1"}},"a":"text"}]}}}"#,
    ),
    (
        r#"xjs("<item><b id=\"v &amp; w\"></b><Data n:s=\" sp \">\n  <a>\n  <Data n:s=\"v &amp; w\" k=\"\">text</Data></a>\n  <item> <a n:s=\"\" id=\"v &amp; w\"/> <Data k=\"v &amp; w\">&lt;esc&gt;</Data><b k=\"1\" id=\"\">&lt;esc&gt;</b>mixed</item> <item n:s=\" sp \" id=\"v &amp; w\"><Data n:s=\"\" k=\"v &amp; w\">text</Data><x:y id=\"1\">text</x:y>\n  <a>text</a></item>mixed</Data>\n</item>")"#,
        r#"{"item":{"b":[{"$":{"id":"v & w"}}],"Data":[{"_":"\n  \n   mixed","$":{"n:s":" sp "},"a":[{"Data":[{"_":"text","$":{"n:s":"v & w","k":""}}]}],"item":[{"_":"  mixed","a":[{"$":{"n:s":"","id":"v & w"}}],"Data":[{"_":"<esc>","$":{"k":"v & w"}}],"b":[{"_":"<esc>","$":{"k":"1","id":""}}]},{"$":{"n:s":" sp ","id":"v & w"},"Data":[{"_":"text","$":{"n:s":"","k":"v & w"}}],"x:y":[{"_":"text","$":{"id":"1"}}],"a":["text"]}]}]}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json("<b> <item k=\"v &amp; w\" id=\"\"><a id=\"\"></a> <x:y id=\"v &amp; w\"><x:y k=\" sp \" n:s=\"v &amp; w\">  pad  </x:y> <Data id=\"v &amp; w\">12</Data>\n  <item>text</item> <a k=\" sp \" n:s=\" sp \">text</a>\n</x:y>\n</item> <Data k=\"\"><item k=\"\" n:s=\" sp \"><a n:s=\"1\">12</a>\n</item></Data></b>"))"#,
        r#"{"b":{"item":{"$":{"k":"v & w","id":""},"a":{"$":{"id":""}},"x:y":{"$":{"id":"v & w"},"x:y":{"_":"pad","$":{"k":" sp ","n:s":"v & w"}},"Data":{"_":"12","$":{"id":"v & w"}},"item":"text","a":{"_":"text","$":{"k":" sp ","n:s":" sp "}}}},"Data":{"$":{"k":""},"item":{"$":{"k":"","n:s":" sp "},"a":{"_":"12","$":{"n:s":"1"}}}}}}"#,
    ),
    (
        r#"xjs("<b> <item k=\"v &amp; w\" id=\"\"><a id=\"\"></a> <x:y id=\"v &amp; w\"><x:y k=\" sp \" n:s=\"v &amp; w\">  pad  </x:y> <Data id=\"v &amp; w\">12</Data>\n  <item>text</item> <a k=\" sp \" n:s=\" sp \">text</a>\n</x:y>\n</item> <Data k=\"\"><item k=\"\" n:s=\" sp \"><a n:s=\"1\">12</a>\n</item></Data></b>")"#,
        r#"{"b":{"item":[{"$":{"k":"v & w","id":""},"a":[{"$":{"id":""}}],"x:y":[{"$":{"id":"v & w"},"x:y":[{"_":"  pad  ","$":{"k":" sp ","n:s":"v & w"}}],"Data":[{"_":"12","$":{"id":"v & w"}}],"item":["text"],"a":[{"_":"text","$":{"k":" sp ","n:s":" sp "}}]}]}],"Data":[{"$":{"k":""},"item":[{"$":{"k":"","n:s":" sp "},"a":[{"_":"12","$":{"n:s":"1"}}]}]}]}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json("<a> <a n:s=\"1\" k=\" sp \">12</a>\n  <x:y>\n  <b id=\" sp \" n:s=\"\">text</b>\n  <a k=\"v &amp; w\" id=\"1\">&lt;esc&gt;</a>\n  <item n:s=\"1\"/> <x:y k=\"1\" n:s=\"v &amp; w\">\n  <item id=\"1\"/>\n  <x:y n:s=\"\" id=\"v &amp; w\"></x:y>\n  <item id=\"1\">12</item>\n</x:y></x:y> <item n:s=\" sp \">  pad  </item> <item id=\"1\" k=\"v &amp; w\">\n  <b/> <b>text</b></item>\n</a>"))"#,
        r#"{"a":{"a":{"_":"12","$":{"n:s":"1","k":" sp "}},"x:y":{"b":{"_":"text","$":{"id":" sp ","n:s":""}},"a":{"_":"<esc>","$":{"k":"v & w","id":"1"}},"item":{"$":{"n:s":"1"}},"x:y":{"$":{"k":"1","n:s":"v & w"},"item":[{"$":{"id":"1"}},{"_":"12","$":{"id":"1"}}],"x:y":{"$":{"n:s":"","id":"v & w"}}}},"item":[{"_":"pad","$":{"n:s":" sp "}},{"$":{"id":"1","k":"v & w"},"b":["","text"]}]}}"#,
    ),
    (
        r#"xjs("<a> <a n:s=\"1\" k=\" sp \">12</a>\n  <x:y>\n  <b id=\" sp \" n:s=\"\">text</b>\n  <a k=\"v &amp; w\" id=\"1\">&lt;esc&gt;</a>\n  <item n:s=\"1\"/> <x:y k=\"1\" n:s=\"v &amp; w\">\n  <item id=\"1\"/>\n  <x:y n:s=\"\" id=\"v &amp; w\"></x:y>\n  <item id=\"1\">12</item>\n</x:y></x:y> <item n:s=\" sp \">  pad  </item> <item id=\"1\" k=\"v &amp; w\">\n  <b/> <b>text</b></item>\n</a>")"#,
        r#"{"a":{"a":[{"_":"12","$":{"n:s":"1","k":" sp "}}],"x:y":[{"b":[{"_":"text","$":{"id":" sp ","n:s":""}}],"a":[{"_":"<esc>","$":{"k":"v & w","id":"1"}}],"item":[{"$":{"n:s":"1"}}],"x:y":[{"$":{"k":"1","n:s":"v & w"},"item":[{"$":{"id":"1"}},{"_":"12","$":{"id":"1"}}],"x:y":[{"$":{"n:s":"","id":"v & w"}}]}]}],"item":[{"_":"  pad  ","$":{"n:s":" sp "}},{"$":{"id":"1","k":"v & w"},"b":["","text"]}]}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json("<b id=\"\">  pad  </b>"))"#,
        r#"{"b":{"_":"pad","$":{"id":""}}}"#,
    ),
    (
        r#"xjs("<b id=\"\">  pad  </b>")"#,
        r#"{"b":{"_":"  pad  ","$":{"id":""}}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json("<a id=\"v &amp; w\" k=\"v &amp; w\"> <item n:s=\"1\">\n  <Data>  pad  </Data>\n  <Data><b id=\" sp \" n:s=\"1\">  pad  </b></Data>mixed</item> <a id=\"\" n:s=\" sp \">&lt;esc&gt;</a></a>"))"#,
        r#"{"a":{"$":{"id":"v & w","k":"v & w"},"item":{"_":"mixed","$":{"n:s":"1"},"Data":["pad",{"b":{"_":"pad","$":{"id":" sp ","n:s":"1"}}}]},"a":{"_":"<esc>","$":{"id":"","n:s":" sp "}}}}"#,
    ),
    (
        r#"xjs("<a id=\"v &amp; w\" k=\"v &amp; w\"> <item n:s=\"1\">\n  <Data>  pad  </Data>\n  <Data><b id=\" sp \" n:s=\"1\">  pad  </b></Data>mixed</item> <a id=\"\" n:s=\" sp \">&lt;esc&gt;</a></a>")"#,
        r#"{"a":{"$":{"id":"v & w","k":"v & w"},"item":[{"_":"\n  \n  mixed","$":{"n:s":"1"},"Data":["  pad  ",{"b":[{"_":"  pad  ","$":{"id":" sp ","n:s":"1"}}]}]}],"a":[{"_":"<esc>","$":{"id":"","n:s":" sp "}}]}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json("<b><![CDATA[c<d]]></b>"))"#,
        r#"{"b":"c<d"}"#,
    ),
    (r#"xjs("<b><![CDATA[c<d]]></b>")"#, r#"{"b":"c<d"}"#),
    (
        r#"JSON.stringify(xml2Json("<a id=\"\" n:s=\"1\">&lt;esc&gt;</a>"))"#,
        r#"{"a":{"_":"<esc>","$":{"id":"","n:s":"1"}}}"#,
    ),
    (
        r#"xjs("<a id=\"\" n:s=\"1\">&lt;esc&gt;</a>")"#,
        r#"{"a":{"_":"<esc>","$":{"id":"","n:s":"1"}}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json("<b>&lt;esc&gt;</b>"))"#,
        r#"{"b":"<esc>"}"#,
    ),
    (r#"xjs("<b>&lt;esc&gt;</b>")"#, r#"{"b":"<esc>"}"#),
    (r#"JSON.stringify(xml2Json("<a/>"))"#, r#"{"a":""}"#),
    (r#"xjs("<a/>")"#, r#"{"a":""}"#),
    (
        r#"JSON.stringify(xml2Json("<Data>\n  <Data k=\" sp \" n:s=\" sp \"> <b n:s=\"\"><x:y n:s=\"1\" id=\"\">text</x:y>\n  <a id=\"v &amp; w\" n:s=\"\"></a>\n  <x:y n:s=\" sp \">  pad  </x:y>\n</b><b k=\"v &amp; w\"> <item/> <x:y n:s=\"\" id=\" sp \">12</x:y></b>\n</Data><x:y n:s=\"1\" id=\"1\">\n  <Data n:s=\" sp \"/>\n  <a id=\" sp \" k=\"v &amp; w\"> <b k=\"1\" n:s=\" sp \"/>\n  <Data id=\" sp \">12</Data> <Data k=\"\">text</Data>\n</a><b n:s=\"\"> <b n:s=\"\" k=\"\">  pad  </b>\n  <b>  pad  </b></b> <item n:s=\"1\">\n  <Data/></item></x:y>\n  <item id=\"v &amp; w\" n:s=\"v &amp; w\">\n  <Data/>mixed</item>mixed</Data>"))"#,
        r#"{"Data":{"_":"mixed","Data":{"$":{"k":" sp ","n:s":" sp "},"b":[{"$":{"n:s":""},"x:y":[{"_":"text","$":{"n:s":"1","id":""}},{"_":"pad","$":{"n:s":" sp "}}],"a":{"$":{"id":"v & w","n:s":""}}},{"$":{"k":"v & w"},"item":"","x:y":{"_":"12","$":{"n:s":"","id":" sp "}}}]},"x:y":{"$":{"n:s":"1","id":"1"},"Data":{"$":{"n:s":" sp "}},"a":{"$":{"id":" sp ","k":"v & w"},"b":{"$":{"k":"1","n:s":" sp "}},"Data":[{"_":"12","$":{"id":" sp "}},{"_":"text","$":{"k":""}}]},"b":{"$":{"n:s":""},"b":[{"_":"pad","$":{"n:s":"","k":""}},"pad"]},"item":{"$":{"n:s":"1"},"Data":""}},"item":{"_":"mixed","$":{"id":"v & w","n:s":"v & w"},"Data":""}}}"#,
    ),
    (
        r#"xjs("<Data>\n  <Data k=\" sp \" n:s=\" sp \"> <b n:s=\"\"><x:y n:s=\"1\" id=\"\">text</x:y>\n  <a id=\"v &amp; w\" n:s=\"\"></a>\n  <x:y n:s=\" sp \">  pad  </x:y>\n</b><b k=\"v &amp; w\"> <item/> <x:y n:s=\"\" id=\" sp \">12</x:y></b>\n</Data><x:y n:s=\"1\" id=\"1\">\n  <Data n:s=\" sp \"/>\n  <a id=\" sp \" k=\"v &amp; w\"> <b k=\"1\" n:s=\" sp \"/>\n  <Data id=\" sp \">12</Data> <Data k=\"\">text</Data>\n</a><b n:s=\"\"> <b n:s=\"\" k=\"\">  pad  </b>\n  <b>  pad  </b></b> <item n:s=\"1\">\n  <Data/></item></x:y>\n  <item id=\"v &amp; w\" n:s=\"v &amp; w\">\n  <Data/>mixed</item>mixed</Data>")"#,
        r#"{"Data":{"_":"\n  \n  mixed","Data":[{"$":{"k":" sp ","n:s":" sp "},"b":[{"$":{"n:s":""},"x:y":[{"_":"text","$":{"n:s":"1","id":""}},{"_":"  pad  ","$":{"n:s":" sp "}}],"a":[{"$":{"id":"v & w","n:s":""}}]},{"$":{"k":"v & w"},"item":[""],"x:y":[{"_":"12","$":{"n:s":"","id":" sp "}}]}]}],"x:y":[{"$":{"n:s":"1","id":"1"},"Data":[{"$":{"n:s":" sp "}}],"a":[{"$":{"id":" sp ","k":"v & w"},"b":[{"$":{"k":"1","n:s":" sp "}}],"Data":[{"_":"12","$":{"id":" sp "}},{"_":"text","$":{"k":""}}]}],"b":[{"$":{"n:s":""},"b":[{"_":"  pad  ","$":{"n:s":"","k":""}},"  pad  "]}],"item":[{"$":{"n:s":"1"},"Data":[""]}]}],"item":[{"_":"\n  mixed","$":{"id":"v & w","n:s":"v & w"},"Data":[""]}]}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json("<a k=\"v &amp; w\">\n  <x:y k=\"\" id=\" sp \"><x:y n:s=\" sp \" k=\"v &amp; w\"> <x:y id=\" sp \"/>\n  <item k=\" sp \" id=\" sp \">text</item></x:y>\n  <x:y>\n  <a n:s=\"1\" k=\"1\">12</a><b n:s=\"\" id=\"v &amp; w\">12</b> <b id=\" sp \">12</b><x:y k=\"\" n:s=\"1\"><![CDATA[c<d]]></x:y></x:y>mixed</x:y><Data></Data> <b id=\"1\"> <a/>\n</b>\n  <a><a n:s=\"v &amp; w\">  pad  </a> <item n:s=\" sp \" k=\"1\">\n  <Data id=\"v &amp; w\">text</Data>\n  <Data k=\" sp \"/> <b n:s=\"1\">12</b>mixed</item><Data>\n  <b>12</b><item k=\"v &amp; w\" id=\"\">  pad  </item>mixed</Data> <b n:s=\" sp \"><Data k=\"v &amp; w\"/> <item n:s=\"1\"></item>\n</b>\n</a></a>"))"#,
        r#"{"a":{"$":{"k":"v & w"},"x:y":{"_":"mixed","$":{"k":"","id":" sp "},"x:y":[{"$":{"n:s":" sp ","k":"v & w"},"x:y":{"$":{"id":" sp "}},"item":{"_":"text","$":{"k":" sp ","id":" sp "}}},{"a":{"_":"12","$":{"n:s":"1","k":"1"}},"b":[{"_":"12","$":{"n:s":"","id":"v & w"}},{"_":"12","$":{"id":" sp "}}],"x:y":{"_":"c<d","$":{"k":"","n:s":"1"}}}]},"Data":"","b":{"$":{"id":"1"},"a":""},"a":{"a":{"_":"pad","$":{"n:s":"v & w"}},"item":{"_":"mixed","$":{"n:s":" sp ","k":"1"},"Data":[{"_":"text","$":{"id":"v & w"}},{"$":{"k":" sp "}}],"b":{"_":"12","$":{"n:s":"1"}}},"Data":{"_":"mixed","b":"12","item":{"_":"pad","$":{"k":"v & w","id":""}}},"b":{"$":{"n:s":" sp "},"Data":{"$":{"k":"v & w"}},"item":{"$":{"n:s":"1"}}}}}}"#,
    ),
    (
        r#"xjs("<a k=\"v &amp; w\">\n  <x:y k=\"\" id=\" sp \"><x:y n:s=\" sp \" k=\"v &amp; w\"> <x:y id=\" sp \"/>\n  <item k=\" sp \" id=\" sp \">text</item></x:y>\n  <x:y>\n  <a n:s=\"1\" k=\"1\">12</a><b n:s=\"\" id=\"v &amp; w\">12</b> <b id=\" sp \">12</b><x:y k=\"\" n:s=\"1\"><![CDATA[c<d]]></x:y></x:y>mixed</x:y><Data></Data> <b id=\"1\"> <a/>\n</b>\n  <a><a n:s=\"v &amp; w\">  pad  </a> <item n:s=\" sp \" k=\"1\">\n  <Data id=\"v &amp; w\">text</Data>\n  <Data k=\" sp \"/> <b n:s=\"1\">12</b>mixed</item><Data>\n  <b>12</b><item k=\"v &amp; w\" id=\"\">  pad  </item>mixed</Data> <b n:s=\" sp \"><Data k=\"v &amp; w\"/> <item n:s=\"1\"></item>\n</b>\n</a></a>")"#,
        r#"{"a":{"$":{"k":"v & w"},"x:y":[{"_":"\n  mixed","$":{"k":"","id":" sp "},"x:y":[{"$":{"n:s":" sp ","k":"v & w"},"x:y":[{"$":{"id":" sp "}}],"item":[{"_":"text","$":{"k":" sp ","id":" sp "}}]},{"a":[{"_":"12","$":{"n:s":"1","k":"1"}}],"b":[{"_":"12","$":{"n:s":"","id":"v & w"}},{"_":"12","$":{"id":" sp "}}],"x:y":[{"_":"c<d","$":{"k":"","n:s":"1"}}]}]}],"Data":[""],"b":[{"$":{"id":"1"},"a":[""]}],"a":[{"a":[{"_":"  pad  ","$":{"n:s":"v & w"}}],"item":[{"_":"\n  \n   mixed","$":{"n:s":" sp ","k":"1"},"Data":[{"_":"text","$":{"id":"v & w"}},{"$":{"k":" sp "}}],"b":[{"_":"12","$":{"n:s":"1"}}]}],"Data":[{"_":"\n  mixed","b":["12"],"item":[{"_":"  pad  ","$":{"k":"v & w","id":""}}]}],"b":[{"$":{"n:s":" sp "},"Data":[{"$":{"k":"v & w"}}],"item":[{"$":{"n:s":"1"}}]}]}]}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json("<Data k=\"\"><![CDATA[c<d]]></Data>"))"#,
        r#"{"Data":{"_":"c<d","$":{"k":""}}}"#,
    ),
    (
        r#"xjs("<Data k=\"\"><![CDATA[c<d]]></Data>")"#,
        r#"{"Data":{"_":"c<d","$":{"k":""}}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json("<item k=\"v &amp; w\" n:s=\" sp \">&lt;esc&gt;</item>"))"#,
        r#"{"item":{"_":"<esc>","$":{"k":"v & w","n:s":" sp "}}}"#,
    ),
    (
        r#"xjs("<item k=\"v &amp; w\" n:s=\" sp \">&lt;esc&gt;</item>")"#,
        r#"{"item":{"_":"<esc>","$":{"k":"v & w","n:s":" sp "}}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json("<Data><a k=\"\">  pad  </a>\n  <b>text</b></Data>"))"#,
        r#"{"Data":{"a":{"_":"pad","$":{"k":""}},"b":"text"}}"#,
    ),
    (
        r#"xjs("<Data><a k=\"\">  pad  </a>\n  <b>text</b></Data>")"#,
        r#"{"Data":{"a":[{"_":"  pad  ","$":{"k":""}}],"b":["text"]}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json("<b n:s=\"v &amp; w\">\n  <b id=\"\" n:s=\" sp \">text</b></b>"))"#,
        r#"{"b":{"$":{"n:s":"v & w"},"b":{"_":"text","$":{"id":"","n:s":" sp "}}}}"#,
    ),
    (
        r#"xjs("<b n:s=\"v &amp; w\">\n  <b id=\"\" n:s=\" sp \">text</b></b>")"#,
        r#"{"b":{"$":{"n:s":"v & w"},"b":[{"_":"text","$":{"id":"","n:s":" sp "}}]}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json("<Data>&lt;esc&gt;</Data>"))"#,
        r#"{"Data":"<esc>"}"#,
    ),
    (r#"xjs("<Data>&lt;esc&gt;</Data>")"#, r#"{"Data":"<esc>"}"#),
    (
        r#"JSON.stringify(xml2Json("<b> <a k=\"\">\n  <x:y n:s=\" sp \" id=\" sp \"><a id=\" sp \" k=\"v &amp; w\">  pad  </a>\n  <Data>12</Data>\n  <item>  pad  </item> <b>text</b>mixed</x:y><Data>12</Data></a>\n  <item k=\" sp \" n:s=\"v &amp; w\">12</item><x:y id=\"\" n:s=\"\"><Data k=\"v &amp; w\"><Data n:s=\"1\" id=\"1\">12</Data>mixed</Data><Data n:s=\"1\" k=\" sp \">\n  <a k=\"v &amp; w\" n:s=\"1\">&lt;esc&gt;</a>mixed</Data> <item n:s=\"v &amp; w\">  pad  </item> <b id=\"v &amp; w\">\n  <a/>\n  <item n:s=\"\" id=\"v &amp; w\">12</item><a id=\" sp \" n:s=\"1\"></a>\n</b>mixed</x:y> <x:y n:s=\" sp \" id=\" sp \"> <b id=\"\"> <a k=\"\">&lt;esc&gt;</a></b><Data n:s=\"v &amp; w\" k=\"1\"/>mixed</x:y>mixed</b>"))"#,
        r#"{"b":{"_":"mixed","a":{"$":{"k":""},"x:y":{"_":"mixed","$":{"n:s":" sp ","id":" sp "},"a":{"_":"pad","$":{"id":" sp ","k":"v & w"}},"Data":"12","item":"pad","b":"text"},"Data":"12"},"item":{"_":"12","$":{"k":" sp ","n:s":"v & w"}},"x:y":[{"_":"mixed","$":{"id":"","n:s":""},"Data":[{"_":"mixed","$":{"k":"v & w"},"Data":{"_":"12","$":{"n:s":"1","id":"1"}}},{"_":"mixed","$":{"n:s":"1","k":" sp "},"a":{"_":"<esc>","$":{"k":"v & w","n:s":"1"}}}],"item":{"_":"pad","$":{"n:s":"v & w"}},"b":{"$":{"id":"v & w"},"a":["",{"$":{"id":" sp ","n:s":"1"}}],"item":{"_":"12","$":{"n:s":"","id":"v & w"}}}},{"_":"mixed","$":{"n:s":" sp ","id":" sp "},"b":{"$":{"id":""},"a":{"_":"<esc>","$":{"k":""}}},"Data":{"$":{"n:s":"v & w","k":"1"}}}]}}"#,
    ),
    (
        r#"xjs("<b> <a k=\"\">\n  <x:y n:s=\" sp \" id=\" sp \"><a id=\" sp \" k=\"v &amp; w\">  pad  </a>\n  <Data>12</Data>\n  <item>  pad  </item> <b>text</b>mixed</x:y><Data>12</Data></a>\n  <item k=\" sp \" n:s=\"v &amp; w\">12</item><x:y id=\"\" n:s=\"\"><Data k=\"v &amp; w\"><Data n:s=\"1\" id=\"1\">12</Data>mixed</Data><Data n:s=\"1\" k=\" sp \">\n  <a k=\"v &amp; w\" n:s=\"1\">&lt;esc&gt;</a>mixed</Data> <item n:s=\"v &amp; w\">  pad  </item> <b id=\"v &amp; w\">\n  <a/>\n  <item n:s=\"\" id=\"v &amp; w\">12</item><a id=\" sp \" n:s=\"1\"></a>\n</b>mixed</x:y> <x:y n:s=\" sp \" id=\" sp \"> <b id=\"\"> <a k=\"\">&lt;esc&gt;</a></b><Data n:s=\"v &amp; w\" k=\"1\"/>mixed</x:y>mixed</b>")"#,
        r#"{"b":{"_":" \n   mixed","a":[{"$":{"k":""},"x:y":[{"_":"\n  \n   mixed","$":{"n:s":" sp ","id":" sp "},"a":[{"_":"  pad  ","$":{"id":" sp ","k":"v & w"}}],"Data":["12"],"item":["  pad  "],"b":["text"]}],"Data":["12"]}],"item":[{"_":"12","$":{"k":" sp ","n:s":"v & w"}}],"x:y":[{"_":"  mixed","$":{"id":"","n:s":""},"Data":[{"_":"mixed","$":{"k":"v & w"},"Data":[{"_":"12","$":{"n:s":"1","id":"1"}}]},{"_":"\n  mixed","$":{"n:s":"1","k":" sp "},"a":[{"_":"<esc>","$":{"k":"v & w","n:s":"1"}}]}],"item":[{"_":"  pad  ","$":{"n:s":"v & w"}}],"b":[{"$":{"id":"v & w"},"a":["",{"$":{"id":" sp ","n:s":"1"}}],"item":[{"_":"12","$":{"n:s":"","id":"v & w"}}]}]},{"_":" mixed","$":{"n:s":" sp ","id":" sp "},"b":[{"$":{"id":""},"a":[{"_":"<esc>","$":{"k":""}}]}],"Data":[{"$":{"n:s":"v & w","k":"1"}}]}]}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json("<item k=\" sp \" n:s=\" sp \">&lt;esc&gt;</item>"))"#,
        r#"{"item":{"_":"<esc>","$":{"k":" sp ","n:s":" sp "}}}"#,
    ),
    (
        r#"xjs("<item k=\" sp \" n:s=\" sp \">&lt;esc&gt;</item>")"#,
        r#"{"item":{"_":"<esc>","$":{"k":" sp ","n:s":" sp "}}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json("<Data k=\" sp \"><Data>\n  <b>text</b>\n  <item n:s=\"\" k=\"1\"><a id=\" sp \">text</a>\n</item>mixed</Data><a>&lt;esc&gt;</a> <item k=\"v &amp; w\"><x:y>\n  <x:y k=\"1\" id=\"\"></x:y>\n  <x:y><![CDATA[c<d]]></x:y> <Data></Data> <item>&lt;esc&gt;</item>\n</x:y><a k=\" sp \" id=\"v &amp; w\">\n  <Data k=\" sp \" id=\"v &amp; w\">&lt;esc&gt;</Data>mixed</a>\n  <Data id=\"\"> <Data><![CDATA[c<d]]></Data>\n  <a k=\" sp \" id=\" sp \">12</a> <Data>text</Data>mixed</Data><x:y n:s=\"\" id=\"1\">\n  <a k=\"1\" id=\" sp \"/> <a></a>\n  <b k=\" sp \">text</b> <a k=\" sp \"><![CDATA[c<d]]></a>\n</x:y>mixed</item>mixed</Data>"))"#,
        r#"{"Data":{"_":"mixed","$":{"k":" sp "},"Data":{"_":"mixed","b":"text","item":{"$":{"n:s":"","k":"1"},"a":{"_":"text","$":{"id":" sp "}}}},"a":"<esc>","item":{"_":"mixed","$":{"k":"v & w"},"x:y":[{"x:y":[{"$":{"k":"1","id":""}},"c<d"],"Data":"","item":"<esc>"},{"$":{"n:s":"","id":"1"},"a":[{"$":{"k":"1","id":" sp "}},"",{"_":"c<d","$":{"k":" sp "}}],"b":{"_":"text","$":{"k":" sp "}}}],"a":{"_":"mixed","$":{"k":" sp ","id":"v & w"},"Data":{"_":"<esc>","$":{"k":" sp ","id":"v & w"}}},"Data":{"_":"mixed","$":{"id":""},"Data":["c<d","text"],"a":{"_":"12","$":{"k":" sp ","id":" sp "}}}}}}"#,
    ),
    (
        r#"xjs("<Data k=\" sp \"><Data>\n  <b>text</b>\n  <item n:s=\"\" k=\"1\"><a id=\" sp \">text</a>\n</item>mixed</Data><a>&lt;esc&gt;</a> <item k=\"v &amp; w\"><x:y>\n  <x:y k=\"1\" id=\"\"></x:y>\n  <x:y><![CDATA[c<d]]></x:y> <Data></Data> <item>&lt;esc&gt;</item>\n</x:y><a k=\" sp \" id=\"v &amp; w\">\n  <Data k=\" sp \" id=\"v &amp; w\">&lt;esc&gt;</Data>mixed</a>\n  <Data id=\"\"> <Data><![CDATA[c<d]]></Data>\n  <a k=\" sp \" id=\" sp \">12</a> <Data>text</Data>mixed</Data><x:y n:s=\"\" id=\"1\">\n  <a k=\"1\" id=\" sp \"/> <a></a>\n  <b k=\" sp \">text</b> <a k=\" sp \"><![CDATA[c<d]]></a>\n</x:y>mixed</item>mixed</Data>")"#,
        r#"{"Data":{"_":" mixed","$":{"k":" sp "},"Data":[{"_":"\n  \n  mixed","b":["text"],"item":[{"$":{"n:s":"","k":"1"},"a":[{"_":"text","$":{"id":" sp "}}]}]}],"a":["<esc>"],"item":[{"_":"\n  mixed","$":{"k":"v & w"},"x:y":[{"x:y":[{"$":{"k":"1","id":""}},"c<d"],"Data":[""],"item":["<esc>"]},{"$":{"n:s":"","id":"1"},"a":[{"$":{"k":"1","id":" sp "}},"",{"_":"c<d","$":{"k":" sp "}}],"b":[{"_":"text","$":{"k":" sp "}}]}],"a":[{"_":"\n  mixed","$":{"k":" sp ","id":"v & w"},"Data":[{"_":"<esc>","$":{"k":" sp ","id":"v & w"}}]}],"Data":[{"_":" \n   mixed","$":{"id":""},"Data":["c<d","text"],"a":[{"_":"12","$":{"k":" sp ","id":" sp "}}]}]}]}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json("<a k=\"\"><b k=\"\" n:s=\"1\"><item id=\"\">12</item>mixed</b><a id=\" sp \" k=\" sp \"/><item><Data id=\" sp \" k=\"\"> <b><![CDATA[c<d]]></b>mixed</Data><x:y k=\"\">  pad  </x:y>\n  <item n:s=\"\" k=\"\"> <a>text</a></item></item> <x:y>\n  <a k=\"v &amp; w\">\n  <x:y>12</x:y>\n  <a id=\"\"/>\n  <Data>&lt;esc&gt;</Data></a><x:y k=\"\">\n  <a k=\" sp \">  pad  </a>\n  <b><![CDATA[c<d]]></b> <x:y n:s=\"1\" k=\" sp \"/></x:y>\n  <item k=\"v &amp; w\" id=\"v &amp; w\"> <item n:s=\" sp \" k=\"1\">&lt;esc&gt;</item> <b id=\"1\"></b><item k=\"v &amp; w\">text</item>\n  <Data id=\"v &amp; w\">text</Data>mixed</item><x:y k=\"1\" n:s=\"v &amp; w\"><Data k=\"v &amp; w\" n:s=\"v &amp; w\">&lt;esc&gt;</Data><b id=\" sp \" k=\"1\"></b>\n  <item>text</item><Data k=\" sp \"><![CDATA[c<d]]></Data>\n</x:y>\n</x:y>\n</a>"))"#,
        r#"{"a":{"$":{"k":""},"b":{"_":"mixed","$":{"k":"","n:s":"1"},"item":{"_":"12","$":{"id":""}}},"a":{"$":{"id":" sp ","k":" sp "}},"item":{"Data":{"_":"mixed","$":{"id":" sp ","k":""},"b":"c<d"},"x:y":{"_":"pad","$":{"k":""}},"item":{"$":{"n:s":"","k":""},"a":"text"}},"x:y":{"a":{"$":{"k":"v & w"},"x:y":"12","a":{"$":{"id":""}},"Data":"<esc>"},"x:y":[{"$":{"k":""},"a":{"_":"pad","$":{"k":" sp "}},"b":"c<d","x:y":{"$":{"n:s":"1","k":" sp "}}},{"$":{"k":"1","n:s":"v & w"},"Data":[{"_":"<esc>","$":{"k":"v & w","n:s":"v & w"}},{"_":"c<d","$":{"k":" sp "}}],"b":{"$":{"id":" sp ","k":"1"}},"item":"text"}],"item":{"_":"mixed","$":{"k":"v & w","id":"v & w"},"item":[{"_":"<esc>","$":{"n:s":" sp ","k":"1"}},{"_":"text","$":{"k":"v & w"}}],"b":{"$":{"id":"1"}},"Data":{"_":"text","$":{"id":"v & w"}}}}}}"#,
    ),
    (
        r#"xjs("<a k=\"\"><b k=\"\" n:s=\"1\"><item id=\"\">12</item>mixed</b><a id=\" sp \" k=\" sp \"/><item><Data id=\" sp \" k=\"\"> <b><![CDATA[c<d]]></b>mixed</Data><x:y k=\"\">  pad  </x:y>\n  <item n:s=\"\" k=\"\"> <a>text</a></item></item> <x:y>\n  <a k=\"v &amp; w\">\n  <x:y>12</x:y>\n  <a id=\"\"/>\n  <Data>&lt;esc&gt;</Data></a><x:y k=\"\">\n  <a k=\" sp \">  pad  </a>\n  <b><![CDATA[c<d]]></b> <x:y n:s=\"1\" k=\" sp \"/></x:y>\n  <item k=\"v &amp; w\" id=\"v &amp; w\"> <item n:s=\" sp \" k=\"1\">&lt;esc&gt;</item> <b id=\"1\"></b><item k=\"v &amp; w\">text</item>\n  <Data id=\"v &amp; w\">text</Data>mixed</item><x:y k=\"1\" n:s=\"v &amp; w\"><Data k=\"v &amp; w\" n:s=\"v &amp; w\">&lt;esc&gt;</Data><b id=\" sp \" k=\"1\"></b>\n  <item>text</item><Data k=\" sp \"><![CDATA[c<d]]></Data>\n</x:y>\n</x:y>\n</a>")"#,
        r#"{"a":{"$":{"k":""},"b":[{"_":"mixed","$":{"k":"","n:s":"1"},"item":[{"_":"12","$":{"id":""}}]}],"a":[{"$":{"id":" sp ","k":" sp "}}],"item":[{"Data":[{"_":" mixed","$":{"id":" sp ","k":""},"b":["c<d"]}],"x:y":[{"_":"  pad  ","$":{"k":""}}],"item":[{"$":{"n:s":"","k":""},"a":["text"]}]}],"x:y":[{"a":[{"$":{"k":"v & w"},"x:y":["12"],"a":[{"$":{"id":""}}],"Data":["<esc>"]}],"x:y":[{"$":{"k":""},"a":[{"_":"  pad  ","$":{"k":" sp "}}],"b":["c<d"],"x:y":[{"$":{"n:s":"1","k":" sp "}}]},{"$":{"k":"1","n:s":"v & w"},"Data":[{"_":"<esc>","$":{"k":"v & w","n:s":"v & w"}},{"_":"c<d","$":{"k":" sp "}}],"b":[{"$":{"id":" sp ","k":"1"}}],"item":["text"]}],"item":[{"_":"  \n  mixed","$":{"k":"v & w","id":"v & w"},"item":[{"_":"<esc>","$":{"n:s":" sp ","k":"1"}},{"_":"text","$":{"k":"v & w"}}],"b":[{"$":{"id":"1"}}],"Data":[{"_":"text","$":{"id":"v & w"}}]}]}]}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json("<x:y k=\" sp \"></x:y>"))"#,
        r#"{"x:y":{"$":{"k":" sp "}}}"#,
    ),
    (
        r#"xjs("<x:y k=\" sp \"></x:y>")"#,
        r#"{"x:y":{"$":{"k":" sp "}}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json("<x:y><a id=\"\" k=\"1\">  pad  </a> <x:y n:s=\" sp \" id=\"v &amp; w\">&lt;esc&gt;</x:y><a n:s=\"1\" id=\"v &amp; w\"><item k=\" sp \">12</item></a> <b id=\"v &amp; w\" n:s=\"v &amp; w\">\n  <item n:s=\" sp \" k=\" sp \">12</item>\n  <a>  pad  </a> <a> <x:y id=\"\" n:s=\"v &amp; w\"/>\n  <a n:s=\"v &amp; w\"><![CDATA[c<d]]></a>\n  <b id=\"1\" k=\"v &amp; w\">12</b>\n  <item></item></a>mixed</b></x:y>"))"#,
        r#"{"x:y":{"a":[{"_":"pad","$":{"id":"","k":"1"}},{"$":{"n:s":"1","id":"v & w"},"item":{"_":"12","$":{"k":" sp "}}}],"x:y":{"_":"<esc>","$":{"n:s":" sp ","id":"v & w"}},"b":{"_":"mixed","$":{"id":"v & w","n:s":"v & w"},"item":{"_":"12","$":{"n:s":" sp ","k":" sp "}},"a":["pad",{"x:y":{"$":{"id":"","n:s":"v & w"}},"a":{"_":"c<d","$":{"n:s":"v & w"}},"b":{"_":"12","$":{"id":"1","k":"v & w"}},"item":""}]}}}"#,
    ),
    (
        r#"xjs("<x:y><a id=\"\" k=\"1\">  pad  </a> <x:y n:s=\" sp \" id=\"v &amp; w\">&lt;esc&gt;</x:y><a n:s=\"1\" id=\"v &amp; w\"><item k=\" sp \">12</item></a> <b id=\"v &amp; w\" n:s=\"v &amp; w\">\n  <item n:s=\" sp \" k=\" sp \">12</item>\n  <a>  pad  </a> <a> <x:y id=\"\" n:s=\"v &amp; w\"/>\n  <a n:s=\"v &amp; w\"><![CDATA[c<d]]></a>\n  <b id=\"1\" k=\"v &amp; w\">12</b>\n  <item></item></a>mixed</b></x:y>")"#,
        r#"{"x:y":{"a":[{"_":"  pad  ","$":{"id":"","k":"1"}},{"$":{"n:s":"1","id":"v & w"},"item":[{"_":"12","$":{"k":" sp "}}]}],"x:y":[{"_":"<esc>","$":{"n:s":" sp ","id":"v & w"}}],"b":[{"_":"\n  \n   mixed","$":{"id":"v & w","n:s":"v & w"},"item":[{"_":"12","$":{"n:s":" sp ","k":" sp "}}],"a":["  pad  ",{"x:y":[{"$":{"id":"","n:s":"v & w"}}],"a":[{"_":"c<d","$":{"n:s":"v & w"}}],"b":[{"_":"12","$":{"id":"1","k":"v & w"}}],"item":[""]}]}]}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json("<item n:s=\"1\" id=\"v &amp; w\"> <x:y> <Data n:s=\"1\"> <x:y id=\"1\"><![CDATA[c<d]]></x:y> <a k=\" sp \" id=\"\"></a><a><![CDATA[c<d]]></a>\n  <x:y n:s=\"\"><![CDATA[c<d]]></x:y>\n</Data>\n  <a id=\"\" n:s=\"v &amp; w\"> <b k=\"v &amp; w\" id=\"v &amp; w\">text</b><item>text</item></a></x:y></item>"))"#,
        r#"{"item":{"$":{"n:s":"1","id":"v & w"},"x:y":{"Data":{"$":{"n:s":"1"},"x:y":[{"_":"c<d","$":{"id":"1"}},{"_":"c<d","$":{"n:s":""}}],"a":[{"$":{"k":" sp ","id":""}},"c<d"]},"a":{"$":{"id":"","n:s":"v & w"},"b":{"_":"text","$":{"k":"v & w","id":"v & w"}},"item":"text"}}}}"#,
    ),
    (
        r#"xjs("<item n:s=\"1\" id=\"v &amp; w\"> <x:y> <Data n:s=\"1\"> <x:y id=\"1\"><![CDATA[c<d]]></x:y> <a k=\" sp \" id=\"\"></a><a><![CDATA[c<d]]></a>\n  <x:y n:s=\"\"><![CDATA[c<d]]></x:y>\n</Data>\n  <a id=\"\" n:s=\"v &amp; w\"> <b k=\"v &amp; w\" id=\"v &amp; w\">text</b><item>text</item></a></x:y></item>")"#,
        r#"{"item":{"$":{"n:s":"1","id":"v & w"},"x:y":[{"Data":[{"$":{"n:s":"1"},"x:y":[{"_":"c<d","$":{"id":"1"}},{"_":"c<d","$":{"n:s":""}}],"a":[{"$":{"k":" sp ","id":""}},"c<d"]}],"a":[{"$":{"id":"","n:s":"v & w"},"b":[{"_":"text","$":{"k":"v & w","id":"v & w"}}],"item":["text"]}]}]}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json("<item id=\" sp \"><a> <b id=\"1\">text</b>\n</a> <item id=\"1\"><x:y k=\"1\" id=\" sp \"> <Data id=\"\">text</Data>mixed</x:y><a><a>&lt;esc&gt;</a><Data n:s=\"v &amp; w\" k=\"\">text</Data>\n  <x:y id=\"v &amp; w\">  pad  </x:y>mixed</a>\n</item><b><x:y n:s=\"v &amp; w\" k=\"v &amp; w\"> <b n:s=\" sp \" k=\"\">&lt;esc&gt;</b>mixed</x:y>\n  <a id=\"v &amp; w\"><Data n:s=\" sp \" k=\"\"/>\n  <Data k=\" sp \"/> <b>&lt;esc&gt;</b><b k=\" sp \" id=\" sp \">  pad  </b>\n</a>\n  <item n:s=\"\">\n  <item id=\"1\"/>\n  <Data>12</Data> <Data n:s=\"\" k=\"\"/></item>mixed</b>\n</item>"))"#,
        r#"{"item":{"$":{"id":" sp "},"a":{"b":{"_":"text","$":{"id":"1"}}},"item":{"$":{"id":"1"},"x:y":{"_":"mixed","$":{"k":"1","id":" sp "},"Data":{"_":"text","$":{"id":""}}},"a":{"_":"mixed","a":"<esc>","Data":{"_":"text","$":{"n:s":"v & w","k":""}},"x:y":{"_":"pad","$":{"id":"v & w"}}}},"b":{"_":"mixed","x:y":{"_":"mixed","$":{"n:s":"v & w","k":"v & w"},"b":{"_":"<esc>","$":{"n:s":" sp ","k":""}}},"a":{"$":{"id":"v & w"},"Data":[{"$":{"n:s":" sp ","k":""}},{"$":{"k":" sp "}}],"b":["<esc>",{"_":"pad","$":{"k":" sp ","id":" sp "}}]},"item":{"$":{"n:s":""},"item":{"$":{"id":"1"}},"Data":["12",{"$":{"n:s":"","k":""}}]}}}}"#,
    ),
    (
        r#"xjs("<item id=\" sp \"><a> <b id=\"1\">text</b>\n</a> <item id=\"1\"><x:y k=\"1\" id=\" sp \"> <Data id=\"\">text</Data>mixed</x:y><a><a>&lt;esc&gt;</a><Data n:s=\"v &amp; w\" k=\"\">text</Data>\n  <x:y id=\"v &amp; w\">  pad  </x:y>mixed</a>\n</item><b><x:y n:s=\"v &amp; w\" k=\"v &amp; w\"> <b n:s=\" sp \" k=\"\">&lt;esc&gt;</b>mixed</x:y>\n  <a id=\"v &amp; w\"><Data n:s=\" sp \" k=\"\"/>\n  <Data k=\" sp \"/> <b>&lt;esc&gt;</b><b k=\" sp \" id=\" sp \">  pad  </b>\n</a>\n  <item n:s=\"\">\n  <item id=\"1\"/>\n  <Data>12</Data> <Data n:s=\"\" k=\"\"/></item>mixed</b>\n</item>")"#,
        r#"{"item":{"$":{"id":" sp "},"a":[{"b":[{"_":"text","$":{"id":"1"}}]}],"item":[{"$":{"id":"1"},"x:y":[{"_":" mixed","$":{"k":"1","id":" sp "},"Data":[{"_":"text","$":{"id":""}}]}],"a":[{"_":"\n  mixed","a":["<esc>"],"Data":[{"_":"text","$":{"n:s":"v & w","k":""}}],"x:y":[{"_":"  pad  ","$":{"id":"v & w"}}]}]}],"b":[{"_":"\n  \n  mixed","x:y":[{"_":" mixed","$":{"n:s":"v & w","k":"v & w"},"b":[{"_":"<esc>","$":{"n:s":" sp ","k":""}}]}],"a":[{"$":{"id":"v & w"},"Data":[{"$":{"n:s":" sp ","k":""}},{"$":{"k":" sp "}}],"b":["<esc>",{"_":"  pad  ","$":{"k":" sp ","id":" sp "}}]}],"item":[{"$":{"n:s":""},"item":[{"$":{"id":"1"}}],"Data":["12",{"$":{"n:s":"","k":""}}]}]}]}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json("<x:y k=\"1\" id=\" sp \"> <x:y k=\"v &amp; w\" id=\" sp \"> <a> <Data n:s=\" sp \">text</Data>\n  <b>12</b><Data id=\" sp \" n:s=\" sp \">12</Data><a id=\" sp \"></a>mixed</a>\n</x:y> <x:y n:s=\"\" id=\"1\"/>\n  <item> <Data>text</Data><b>&lt;esc&gt;</b><a n:s=\"1\"/> <item><b k=\"\">  pad  </b>mixed</item>\n</item>\n  <item k=\"1\" n:s=\"1\"><item n:s=\"v &amp; w\">\n  <item n:s=\"1\">  pad  </item></item><a>\n  <Data>12</Data> <Data>&lt;esc&gt;</Data></a>mixed</item>mixed</x:y>"))"#,
        r#"{"x:y":{"_":"mixed","$":{"k":"1","id":" sp "},"x:y":[{"$":{"k":"v & w","id":" sp "},"a":{"_":"mixed","Data":[{"_":"text","$":{"n:s":" sp "}},{"_":"12","$":{"id":" sp ","n:s":" sp "}}],"b":"12","a":{"$":{"id":" sp "}}}},{"$":{"n:s":"","id":"1"}}],"item":[{"Data":"text","b":"<esc>","a":{"$":{"n:s":"1"}},"item":{"_":"mixed","b":{"_":"pad","$":{"k":""}}}},{"_":"mixed","$":{"k":"1","n:s":"1"},"item":{"$":{"n:s":"v & w"},"item":{"_":"pad","$":{"n:s":"1"}}},"a":{"Data":["12","<esc>"]}}]}}"#,
    ),
    (
        r#"xjs("<x:y k=\"1\" id=\" sp \"> <x:y k=\"v &amp; w\" id=\" sp \"> <a> <Data n:s=\" sp \">text</Data>\n  <b>12</b><Data id=\" sp \" n:s=\" sp \">12</Data><a id=\" sp \"></a>mixed</a>\n</x:y> <x:y n:s=\"\" id=\"1\"/>\n  <item> <Data>text</Data><b>&lt;esc&gt;</b><a n:s=\"1\"/> <item><b k=\"\">  pad  </b>mixed</item>\n</item>\n  <item k=\"1\" n:s=\"1\"><item n:s=\"v &amp; w\">\n  <item n:s=\"1\">  pad  </item></item><a>\n  <Data>12</Data> <Data>&lt;esc&gt;</Data></a>mixed</item>mixed</x:y>")"#,
        r#"{"x:y":{"_":"  \n  \n  mixed","$":{"k":"1","id":" sp "},"x:y":[{"$":{"k":"v & w","id":" sp "},"a":[{"_":" \n  mixed","Data":[{"_":"text","$":{"n:s":" sp "}},{"_":"12","$":{"id":" sp ","n:s":" sp "}}],"b":["12"],"a":[{"$":{"id":" sp "}}]}]},{"$":{"n:s":"","id":"1"}}],"item":[{"Data":["text"],"b":["<esc>"],"a":[{"$":{"n:s":"1"}}],"item":[{"_":"mixed","b":[{"_":"  pad  ","$":{"k":""}}]}]},{"_":"mixed","$":{"k":"1","n:s":"1"},"item":[{"$":{"n:s":"v & w"},"item":[{"_":"  pad  ","$":{"n:s":"1"}}]}],"a":[{"Data":["12","<esc>"]}]}]}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json("<Data><![CDATA[c<d]]></Data>"))"#,
        r#"{"Data":"c<d"}"#,
    ),
    (
        r#"xjs("<Data><![CDATA[c<d]]></Data>")"#,
        r#"{"Data":"c<d"}"#,
    ),
    (
        r#"JSON.stringify(xml2Json("<x:y n:s=\"\" id=\" sp \"><b k=\"v &amp; w\" id=\"v &amp; w\">&lt;esc&gt;</b>\n</x:y>"))"#,
        r#"{"x:y":{"$":{"n:s":"","id":" sp "},"b":{"_":"<esc>","$":{"k":"v & w","id":"v & w"}}}}"#,
    ),
    (
        r#"xjs("<x:y n:s=\"\" id=\" sp \"><b k=\"v &amp; w\" id=\"v &amp; w\">&lt;esc&gt;</b>\n</x:y>")"#,
        r#"{"x:y":{"$":{"n:s":"","id":" sp "},"b":[{"_":"<esc>","$":{"k":"v & w","id":"v & w"}}]}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json("<x:y n:s=\"1\"> <Data n:s=\"\" k=\"\"> <Data k=\" sp \">\n  <x:y>12</x:y>\n</Data></Data>\n  <item id=\" sp \" k=\"\">\n  <b>  pad  </b><Data n:s=\"1\" id=\"\"><![CDATA[c<d]]></Data>\n  <x:y id=\"\">text</x:y></item><x:y k=\"v &amp; w\">\n  <item n:s=\" sp \">12</item>\n</x:y>\n</x:y>"))"#,
        r#"{"x:y":{"$":{"n:s":"1"},"Data":{"$":{"n:s":"","k":""},"Data":{"$":{"k":" sp "},"x:y":"12"}},"item":{"$":{"id":" sp ","k":""},"b":"pad","Data":{"_":"c<d","$":{"n:s":"1","id":""}},"x:y":{"_":"text","$":{"id":""}}},"x:y":{"$":{"k":"v & w"},"item":{"_":"12","$":{"n:s":" sp "}}}}}"#,
    ),
    (
        r#"xjs("<x:y n:s=\"1\"> <Data n:s=\"\" k=\"\"> <Data k=\" sp \">\n  <x:y>12</x:y>\n</Data></Data>\n  <item id=\" sp \" k=\"\">\n  <b>  pad  </b><Data n:s=\"1\" id=\"\"><![CDATA[c<d]]></Data>\n  <x:y id=\"\">text</x:y></item><x:y k=\"v &amp; w\">\n  <item n:s=\" sp \">12</item>\n</x:y>\n</x:y>")"#,
        r#"{"x:y":{"$":{"n:s":"1"},"Data":[{"$":{"n:s":"","k":""},"Data":[{"$":{"k":" sp "},"x:y":["12"]}]}],"item":[{"$":{"id":" sp ","k":""},"b":["  pad  "],"Data":[{"_":"c<d","$":{"n:s":"1","id":""}}],"x:y":[{"_":"text","$":{"id":""}}]}],"x:y":[{"$":{"k":"v & w"},"item":[{"_":"12","$":{"n:s":" sp "}}]}]}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json("<a n:s=\" sp \" id=\"v &amp; w\"><item k=\"v &amp; w\"> <item>  pad  </item>\n</item>\n  <x:y k=\"1\">\n  <Data id=\"1\" k=\"\"><item id=\" sp \"><![CDATA[c<d]]></item>\n  <item id=\"1\" n:s=\"v &amp; w\">12</item>\n</Data>mixed</x:y>\n</a>"))"#,
        r#"{"a":{"$":{"n:s":" sp ","id":"v & w"},"item":{"$":{"k":"v & w"},"item":"pad"},"x:y":{"_":"mixed","$":{"k":"1"},"Data":{"$":{"id":"1","k":""},"item":[{"_":"c<d","$":{"id":" sp "}},{"_":"12","$":{"id":"1","n:s":"v & w"}}]}}}}"#,
    ),
    (
        r#"xjs("<a n:s=\" sp \" id=\"v &amp; w\"><item k=\"v &amp; w\"> <item>  pad  </item>\n</item>\n  <x:y k=\"1\">\n  <Data id=\"1\" k=\"\"><item id=\" sp \"><![CDATA[c<d]]></item>\n  <item id=\"1\" n:s=\"v &amp; w\">12</item>\n</Data>mixed</x:y>\n</a>")"#,
        r#"{"a":{"$":{"n:s":" sp ","id":"v & w"},"item":[{"$":{"k":"v & w"},"item":["  pad  "]}],"x:y":[{"_":"\n  mixed","$":{"k":"1"},"Data":[{"$":{"id":"1","k":""},"item":[{"_":"c<d","$":{"id":" sp "}},{"_":"12","$":{"id":"1","n:s":"v & w"}}]}]}]}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json("<b id=\"1\" n:s=\"1\"> <x:y id=\"v &amp; w\" n:s=\" sp \">&lt;esc&gt;</x:y><item><item id=\"\" n:s=\"\">  pad  </item><item id=\"1\"><item id=\"1\" k=\"v &amp; w\"><![CDATA[c<d]]></item></item>\n</item> <x:y id=\"1\"></x:y>mixed</b>"))"#,
        r#"{"b":{"_":"mixed","$":{"id":"1","n:s":"1"},"x:y":[{"_":"<esc>","$":{"id":"v & w","n:s":" sp "}},{"$":{"id":"1"}}],"item":{"item":[{"_":"pad","$":{"id":"","n:s":""}},{"$":{"id":"1"},"item":{"_":"c<d","$":{"id":"1","k":"v & w"}}}]}}}"#,
    ),
    (
        r#"xjs("<b id=\"1\" n:s=\"1\"> <x:y id=\"v &amp; w\" n:s=\" sp \">&lt;esc&gt;</x:y><item><item id=\"\" n:s=\"\">  pad  </item><item id=\"1\"><item id=\"1\" k=\"v &amp; w\"><![CDATA[c<d]]></item></item>\n</item> <x:y id=\"1\"></x:y>mixed</b>")"#,
        r#"{"b":{"_":"  mixed","$":{"id":"1","n:s":"1"},"x:y":[{"_":"<esc>","$":{"id":"v & w","n:s":" sp "}},{"$":{"id":"1"}}],"item":[{"item":[{"_":"  pad  ","$":{"id":"","n:s":""}},{"$":{"id":"1"},"item":[{"_":"c<d","$":{"id":"1","k":"v & w"}}]}]}]}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json("<item> <Data> <item id=\"1\" n:s=\"v &amp; w\">\n  <x:y n:s=\"1\"></x:y>mixed</item>\n  <a n:s=\"\" id=\"\">  pad  </a>\n  <x:y><x:y>text</x:y> <b/>\n</x:y></Data></item>"))"#,
        r#"{"item":{"Data":{"item":{"_":"mixed","$":{"id":"1","n:s":"v & w"},"x:y":{"$":{"n:s":"1"}}},"a":{"_":"pad","$":{"n:s":"","id":""}},"x:y":{"x:y":"text","b":""}}}}"#,
    ),
    (
        r#"xjs("<item> <Data> <item id=\"1\" n:s=\"v &amp; w\">\n  <x:y n:s=\"1\"></x:y>mixed</item>\n  <a n:s=\"\" id=\"\">  pad  </a>\n  <x:y><x:y>text</x:y> <b/>\n</x:y></Data></item>")"#,
        r#"{"item":{"Data":[{"item":[{"_":"\n  mixed","$":{"id":"1","n:s":"v & w"},"x:y":[{"$":{"n:s":"1"}}]}],"a":[{"_":"  pad  ","$":{"n:s":"","id":""}}],"x:y":[{"x:y":["text"],"b":[""]}]}]}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json("<b><![CDATA[c<d]]></b>"))"#,
        r#"{"b":"c<d"}"#,
    ),
    (r#"xjs("<b><![CDATA[c<d]]></b>")"#, r#"{"b":"c<d"}"#),
    (
        r#"JSON.stringify(xml2Json("<b n:s=\"\" id=\" sp \">\n  <b n:s=\"1\" k=\"\">\n  <b id=\"\"/>\n  <item k=\"v &amp; w\" id=\" sp \">\n  <Data>12</Data><b n:s=\"\" k=\" sp \"></b>mixed</item> <Data k=\"1\"><item>12</item>\n  <x:y>12</x:y>\n  <x:y></x:y> <a>  pad  </a></Data>\n</b>\n  <x:y>12</x:y><b n:s=\"1\"></b>\n</b>"))"#,
        r#"{"b":{"$":{"n:s":"","id":" sp "},"b":[{"$":{"n:s":"1","k":""},"b":{"$":{"id":""}},"item":{"_":"mixed","$":{"k":"v & w","id":" sp "},"Data":"12","b":{"$":{"n:s":"","k":" sp "}}},"Data":{"$":{"k":"1"},"item":"12","x:y":["12",""],"a":"pad"}},{"$":{"n:s":"1"}}],"x:y":"12"}}"#,
    ),
    (
        r#"xjs("<b n:s=\"\" id=\" sp \">\n  <b n:s=\"1\" k=\"\">\n  <b id=\"\"/>\n  <item k=\"v &amp; w\" id=\" sp \">\n  <Data>12</Data><b n:s=\"\" k=\" sp \"></b>mixed</item> <Data k=\"1\"><item>12</item>\n  <x:y>12</x:y>\n  <x:y></x:y> <a>  pad  </a></Data>\n</b>\n  <x:y>12</x:y><b n:s=\"1\"></b>\n</b>")"#,
        r#"{"b":{"$":{"n:s":"","id":" sp "},"b":[{"$":{"n:s":"1","k":""},"b":[{"$":{"id":""}}],"item":[{"_":"\n  mixed","$":{"k":"v & w","id":" sp "},"Data":["12"],"b":[{"$":{"n:s":"","k":" sp "}}]}],"Data":[{"$":{"k":"1"},"item":["12"],"x:y":["12",""],"a":["  pad  "]}]},{"$":{"n:s":"1"}}],"x:y":["12"]}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json("<a id=\" sp \" n:s=\"v &amp; w\"><b id=\"\" k=\" sp \"/> <item n:s=\" sp \">\n  <a id=\" sp \" k=\"1\"></a>mixed</item><x:y k=\"\">&lt;esc&gt;</x:y><b><Data>text</Data> <Data>\n  <x:y n:s=\" sp \" k=\" sp \"/> <b id=\" sp \"><![CDATA[c<d]]></b> <x:y k=\"1\" id=\"v &amp; w\">text</x:y></Data>mixed</b>\n</a>"))"#,
        r#"{"a":{"$":{"id":" sp ","n:s":"v & w"},"b":[{"$":{"id":"","k":" sp "}},{"_":"mixed","Data":["text",{"x:y":[{"$":{"n:s":" sp ","k":" sp "}},{"_":"text","$":{"k":"1","id":"v & w"}}],"b":{"_":"c<d","$":{"id":" sp "}}}]}],"item":{"_":"mixed","$":{"n:s":" sp "},"a":{"$":{"id":" sp ","k":"1"}}},"x:y":{"_":"<esc>","$":{"k":""}}}}"#,
    ),
    (
        r#"xjs("<a id=\" sp \" n:s=\"v &amp; w\"><b id=\"\" k=\" sp \"/> <item n:s=\" sp \">\n  <a id=\" sp \" k=\"1\"></a>mixed</item><x:y k=\"\">&lt;esc&gt;</x:y><b><Data>text</Data> <Data>\n  <x:y n:s=\" sp \" k=\" sp \"/> <b id=\" sp \"><![CDATA[c<d]]></b> <x:y k=\"1\" id=\"v &amp; w\">text</x:y></Data>mixed</b>\n</a>")"#,
        r#"{"a":{"$":{"id":" sp ","n:s":"v & w"},"b":[{"$":{"id":"","k":" sp "}},{"_":" mixed","Data":["text",{"x:y":[{"$":{"n:s":" sp ","k":" sp "}},{"_":"text","$":{"k":"1","id":"v & w"}}],"b":[{"_":"c<d","$":{"id":" sp "}}]}]}],"item":[{"_":"\n  mixed","$":{"n:s":" sp "},"a":[{"$":{"id":" sp ","k":"1"}}]}],"x:y":[{"_":"<esc>","$":{"k":""}}]}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json("<item id=\" sp \" n:s=\"1\">\n  <b><item><x:y id=\"1\">&lt;esc&gt;</x:y> <b/> <Data n:s=\"\" k=\"1\">12</Data> <a n:s=\"1\" k=\"v &amp; w\">text</a></item>\n</b><item>&lt;esc&gt;</item>\n</item>"))"#,
        r#"{"item":{"$":{"id":" sp ","n:s":"1"},"b":{"item":{"x:y":{"_":"<esc>","$":{"id":"1"}},"b":"","Data":{"_":"12","$":{"n:s":"","k":"1"}},"a":{"_":"text","$":{"n:s":"1","k":"v & w"}}}},"item":"<esc>"}}"#,
    ),
    (
        r#"xjs("<item id=\" sp \" n:s=\"1\">\n  <b><item><x:y id=\"1\">&lt;esc&gt;</x:y> <b/> <Data n:s=\"\" k=\"1\">12</Data> <a n:s=\"1\" k=\"v &amp; w\">text</a></item>\n</b><item>&lt;esc&gt;</item>\n</item>")"#,
        r#"{"item":{"$":{"id":" sp ","n:s":"1"},"b":[{"item":[{"x:y":[{"_":"<esc>","$":{"id":"1"}}],"b":[""],"Data":[{"_":"12","$":{"n:s":"","k":"1"}}],"a":[{"_":"text","$":{"n:s":"1","k":"v & w"}}]}]}],"item":["<esc>"]}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json("<b k=\" sp \"/>"))"#,
        r#"{"b":{"$":{"k":" sp "}}}"#,
    ),
    (r#"xjs("<b k=\" sp \"/>")"#, r#"{"b":{"$":{"k":" sp "}}}"#),
    (
        r#"JSON.stringify(xml2Json("<a id=\" sp \">\n  <Data id=\"v &amp; w\" k=\"\">\n  <a><![CDATA[c<d]]></a>\n  <a id=\"v &amp; w\" n:s=\"\"><x:y id=\" sp \"/>\n  <a k=\"v &amp; w\" id=\"1\">&lt;esc&gt;</a><b k=\"\" n:s=\"1\"><![CDATA[c<d]]></b>\n</a>\n</Data>\n</a>"))"#,
        r#"{"a":{"$":{"id":" sp "},"Data":{"$":{"id":"v & w","k":""},"a":["c<d",{"$":{"id":"v & w","n:s":""},"x:y":{"$":{"id":" sp "}},"a":{"_":"<esc>","$":{"k":"v & w","id":"1"}},"b":{"_":"c<d","$":{"k":"","n:s":"1"}}}]}}}"#,
    ),
    (
        r#"xjs("<a id=\" sp \">\n  <Data id=\"v &amp; w\" k=\"\">\n  <a><![CDATA[c<d]]></a>\n  <a id=\"v &amp; w\" n:s=\"\"><x:y id=\" sp \"/>\n  <a k=\"v &amp; w\" id=\"1\">&lt;esc&gt;</a><b k=\"\" n:s=\"1\"><![CDATA[c<d]]></b>\n</a>\n</Data>\n</a>")"#,
        r#"{"a":{"$":{"id":" sp "},"Data":[{"$":{"id":"v & w","k":""},"a":["c<d",{"$":{"id":"v & w","n:s":""},"x:y":[{"$":{"id":" sp "}}],"a":[{"_":"<esc>","$":{"k":"v & w","id":"1"}}],"b":[{"_":"c<d","$":{"k":"","n:s":"1"}}]}]}]}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json("<b n:s=\" sp \">\n  <item/><item>\n  <item><x:y n:s=\"\"></x:y></item><b k=\" sp \" id=\"v &amp; w\"></b></item> <item id=\"1\" n:s=\"\"> <Data n:s=\" sp \"> <Data id=\"v &amp; w\"><![CDATA[c<d]]></Data></Data> <item n:s=\" sp \">12</item> <item n:s=\"1\"><item id=\"\"/><Data n:s=\" sp \">text</Data>mixed</item>\n  <item n:s=\"v &amp; w\">&lt;esc&gt;</item>\n</item>mixed</b>"))"#,
        r#"{"b":{"_":"mixed","$":{"n:s":" sp "},"item":["",{"item":{"x:y":{"$":{"n:s":""}}},"b":{"$":{"k":" sp ","id":"v & w"}}},{"$":{"id":"1","n:s":""},"Data":{"$":{"n:s":" sp "},"Data":{"_":"c<d","$":{"id":"v & w"}}},"item":[{"_":"12","$":{"n:s":" sp "}},{"_":"mixed","$":{"n:s":"1"},"item":{"$":{"id":""}},"Data":{"_":"text","$":{"n:s":" sp "}}},{"_":"<esc>","$":{"n:s":"v & w"}}]}]}}"#,
    ),
    (
        r#"xjs("<b n:s=\" sp \">\n  <item/><item>\n  <item><x:y n:s=\"\"></x:y></item><b k=\" sp \" id=\"v &amp; w\"></b></item> <item id=\"1\" n:s=\"\"> <Data n:s=\" sp \"> <Data id=\"v &amp; w\"><![CDATA[c<d]]></Data></Data> <item n:s=\" sp \">12</item> <item n:s=\"1\"><item id=\"\"/><Data n:s=\" sp \">text</Data>mixed</item>\n  <item n:s=\"v &amp; w\">&lt;esc&gt;</item>\n</item>mixed</b>")"#,
        r#"{"b":{"_":"\n   mixed","$":{"n:s":" sp "},"item":["",{"item":[{"x:y":[{"$":{"n:s":""}}]}],"b":[{"$":{"k":" sp ","id":"v & w"}}]},{"$":{"id":"1","n:s":""},"Data":[{"$":{"n:s":" sp "},"Data":[{"_":"c<d","$":{"id":"v & w"}}]}],"item":[{"_":"12","$":{"n:s":" sp "}},{"_":"mixed","$":{"n:s":"1"},"item":[{"$":{"id":""}}],"Data":[{"_":"text","$":{"n:s":" sp "}}]},{"_":"<esc>","$":{"n:s":"v & w"}}]}]}}"#,
    ),
    (
        r#"JSON.stringify(xml2Json("<x:y><![CDATA[c<d]]></x:y>"))"#,
        r#"{"x:y":"c<d"}"#,
    ),
    (r#"xjs("<x:y><![CDATA[c<d]]></x:y>")"#, r#"{"x:y":"c<d"}"#),
    (
        r#"__m(function(){ expect(R(200, 'OK', '{"a":1}', 'application/json')).to.have.jsonSchema({$schema: 'http://json-schema.org/draft-04/schema#', type: 'object', required: ['b']}) })"#,
        r#"no schema with key or ref "http://json-schema.org/draft-04/schema#""#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', '{"a":1}', 'application/json')).to.have.jsonSchema({$schema: 'http://json-schema.org/draft-07/schema#', type: 'object', required: ['b']}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should have required property 'b'"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', '{"a":1}', 'application/json')).to.have.jsonSchema({$schema: 'http://json-schema.org/draft-06/schema#', type: 'object', required: ['b']}) })"#,
        r#"no schema with key or ref "http://json-schema.org/draft-06/schema#""#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', '{"a":1}', 'application/json')).to.have.jsonSchema({$schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', required: ['b']}) })"#,
        r#"no schema with key or ref "https://json-schema.org/draft/2020-12/schema""#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', '{"a":1}', 'application/json')).to.have.jsonSchema({type: 'object', properties: {a: {type: 'foo'}}}) })"#,
        r#"schema is invalid: data.properties['a'].type should be equal to one of the allowed values, data.properties['a'].type should be array, data.properties['a'].type should match some schema in anyOf"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', '{"a":1}', 'application/json')).to.have.jsonSchema('notaschema') })"#,
        r#"expected 'notaschema' to be an object"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', '{"d":"2020-13-45","e":"x@y","u":"not a uri","i":"999.1.1.1","t":"10:00:00","uu":"123"}', 'application/json')).to.have.jsonSchema({properties: {d: {format: 'date'}, e: {format: 'email'}, u: {format: 'uri'}, i: {format: 'ipv4'}, t: {format: 'time'}, uu: {format: 'uuid'}}}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data.d should match format "date", data.u should match format "uri", data.i should match format "ipv4", data.uu should match format "uuid""#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', '{"d":"2020-01-01T00:00:00Z","h":"exa mple.com","r":"[","dt":"2020-01-01"}', 'application/json')).to.have.jsonSchema({properties: {d: {format: 'date-time'}, h: {format: 'hostname'}, r: {format: 'regex'}, dt: {format: 'date-time'}}}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data.h should match format "hostname", data.r should match format "regex", data.dt should match format "date-time""#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', '{"a":{"b":{"c":[1,{"d":"x"}]}}}', 'application/json')).to.have.jsonSchema({properties: {a: {properties: {b: {properties: {c: {items: {type: 'number'}}}}}}}}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data.a.b.c[1] should be number"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', '{"a":1}', 'application/json')).to.have.jsonSchema({type: 'object', additionalProperties: {type: 'string'}, dependencies: {a: ['z']}}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should have property z when property a is present, data['a'] should be string"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', '{"a":1}', 'application/json')).to.have.jsonSchema({oneOf: [{type: 'object'}, {required: ['a']}]}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should match exactly one schema in oneOf"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', '{"a":1}', 'application/json')).to.have.jsonSchema({not: {type: 'object'}}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should NOT be valid"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', '{"a":1}', 'application/json')).to.have.jsonSchema({if: {required: ['a']}, then: {required: ['b']}}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should have required property 'b', data should match "then" schema"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', '[1,"a"]', 'application/json')).to.have.jsonSchema({items: [{type: 'number'}], additionalItems: false}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should NOT have more than 1 items"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', '[1]', 'application/json')).to.have.jsonSchema({contains: {type: 'string'}}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data[0] should be string, data should contain a valid item"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', '{"ab":1}', 'application/json')).to.have.jsonSchema({propertyNames: {maxLength: 1}}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should NOT be longer than 1 characters, data property name 'ab' is invalid"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', '{"a":1}', 'application/json')).to.have.jsonSchema({minProperties: 2, maxProperties: 0}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should NOT have more than 0 properties, data should NOT have fewer than 2 properties"#,
    ),
    (
        r#"__m(function(){ expect("aa").to.have.jsonSchema({"type": "string"}) })"#,
        r#"PASS"#,
    ),
    (r#"tv4V("aa", {"type": "string"})"#, r#"true null"#),
    (
        r#"__m(function(){ expect([]).to.have.jsonSchema({"type": ["string", "null"]}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be string,null"#,
    ),
    (
        r#"tv4V([], {"type": ["string", "null"]})"#,
        r#"false Invalid type: array (expected string/null) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect("aa").to.have.jsonSchema({"type": "integer"}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be integer"#,
    ),
    (
        r#"tv4V("aa", {"type": "integer"})"#,
        r#"false Invalid type: string (expected integer) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect(["x@y.z", [1, [], "aa", {"q": "ab", "id": "ABC", "x": 2.5, "name": "aa"}]]).to.have.jsonSchema({"type": "number", "exclusiveMinimum": 0}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be number"#,
    ),
    (
        r#"tv4V(["x@y.z", [1, [], "aa", {"q": "ab", "id": "ABC", "x": 2.5, "name": "aa"}]], {"type": "number", "exclusiveMinimum": 0})"#,
        r#"false Invalid type: array (expected number) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect("x@y.z").to.have.jsonSchema({"type": "null"}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be null"#,
    ),
    (
        r#"tv4V("x@y.z", {"type": "null"})"#,
        r#"false Invalid type: string (expected null) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect([{"id": {}, "x": {"tags": "", "x": true, "a-b": 0, "name": -3, "q": "x@y.z"}}, [{"tags": "ab", "id": 1, "q": "ab"}, [1, "ab"], {"q": 10, "a-b": null, "x": "aa"}], {}]).to.have.jsonSchema({}) })"#,
        r#"PASS"#,
    ),
    (
        r#"tv4V([{"id": {}, "x": {"tags": "", "x": true, "a-b": 0, "name": -3, "q": "x@y.z"}}, [{"tags": "ab", "id": 1, "q": "ab"}, [1, "ab"], {"q": 10, "a-b": null, "x": "aa"}], {}], {})"#,
        r#"true null"#,
    ),
    (
        r#"__m(function(){ expect([]).to.have.jsonSchema({"type": "number", "minimum": 2, "maximum": -4, "multipleOf": 3}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be number"#,
    ),
    (
        r#"tv4V([], {"type": "number", "minimum": 2, "maximum": -4, "multipleOf": 3})"#,
        r#"false Invalid type: array (expected number) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect(1).to.have.jsonSchema({"type": "null"}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be null"#,
    ),
    (
        r#"tv4V(1, {"type": "null"})"#,
        r#"false Invalid type: number (expected null) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect({"id": {"name": 0, "x": ["aa", null], "id": {"q": "x@y.z", "a-b": "ab", "n": "ABC"}, "a-b": [true, 1, 1]}, "q": [""], "n": [0, null, 1]}).to.have.jsonSchema({"type": "null", "anyOf": [{"type": "string"}, {"type": "number"}]}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be null, data should be string, data should be number, data should match some schema in anyOf"#,
    ),
    (
        r#"tv4V({"id": {"name": 0, "x": ["aa", null], "id": {"q": "x@y.z", "a-b": "ab", "n": "ABC"}, "a-b": [true, 1, 1]}, "q": [""], "n": [0, null, 1]}, {"type": "null", "anyOf": [{"type": "string"}, {"type": "number"}]})"#,
        r#"false Invalid type: object (expected null) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect(10).to.have.jsonSchema({"type": "boolean"}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be boolean"#,
    ),
    (
        r#"tv4V(10, {"type": "boolean"})"#,
        r#"false Invalid type: number (expected boolean) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect({"x": "", "tags": 2.5, "id": {}}).to.have.jsonSchema({"type": "object", "properties": {"tags": {"type": "integer", "minimum": -1, "multipleOf": 0.5}, "n": {"type": "null"}, "x": {"type": "object", "properties": {"x": {"type": "string", "enum": ["a", "b"]}}}}}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data.tags should be integer, data.x should be object"#,
    ),
    (
        r#"tv4V({"x": "", "tags": 2.5, "id": {}}, {"type": "object", "properties": {"tags": {"type": "integer", "minimum": -1, "multipleOf": 0.5}, "n": {"type": "null"}, "x": {"type": "object", "properties": {"x": {"type": "string", "enum": ["a", "b"]}}}}})"#,
        r#"false Invalid type: string (expected object) ; 0 ; /x ; /properties/x/type"#,
    ),
    (
        r#"__m(function(){ expect([{"n": {"tags": "", "q": "x@y.z", "id": 1, "n": "x@y.z"}, "id": ["aa", -3, 1, -3], "tags": {}, "x": {"q": "", "x": 2.5}}]).to.have.jsonSchema({"type": "string", "enum": ["a", "b"], "format": "email"}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be string, data should be equal to one of the allowed values"#,
    ),
    (
        r#"tv4V([{"n": {"tags": "", "q": "x@y.z", "id": 1, "n": "x@y.z"}, "id": ["aa", -3, 1, -3], "tags": {}, "x": {"q": "", "x": 2.5}}], {"type": "string", "enum": ["a", "b"], "format": "email"})"#,
        r#"false Invalid type: array (expected string) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect({"x": null, "n": true, "q": "x@y.z", "a-b": {}, "tags": {"id": ["ABC", "aa"], "tags": -3}}).to.have.jsonSchema({"type": "integer", "maximum": 1, "exclusiveMinimum": 3}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be integer"#,
    ),
    (
        r#"tv4V({"x": null, "n": true, "q": "x@y.z", "a-b": {}, "tags": {"id": ["ABC", "aa"], "tags": -3}}, {"type": "integer", "maximum": 1, "exclusiveMinimum": 3})"#,
        r#"false Invalid type: object (expected integer) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect("x@y.z").to.have.jsonSchema({"type": "boolean"}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be boolean"#,
    ),
    (
        r#"tv4V("x@y.z", {"type": "boolean"})"#,
        r#"false Invalid type: string (expected boolean) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect({}).to.have.jsonSchema({}) })"#,
        r#"PASS"#,
    ),
    (r#"tv4V({}, {})"#, r#"true null"#),
    (
        r#"__m(function(){ expect(1).to.have.jsonSchema({"type": "boolean"}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be boolean"#,
    ),
    (
        r#"tv4V(1, {"type": "boolean"})"#,
        r#"false Invalid type: number (expected boolean) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect({"n": {"q": ""}, "x": ["aa", {"name": "", "tags": null, "n": 10, "q": "ab"}, ["ab", 0]], "q": -3}).to.have.jsonSchema({"type": "integer", "exclusiveMinimum": 2, "anyOf": [{"type": "string"}, {"type": "number"}]}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be integer, data should be string, data should be number, data should match some schema in anyOf"#,
    ),
    (
        r#"tv4V({"n": {"q": ""}, "x": ["aa", {"name": "", "tags": null, "n": 10, "q": "ab"}, ["ab", 0]], "q": -3}, {"type": "integer", "exclusiveMinimum": 2, "anyOf": [{"type": "string"}, {"type": "number"}]})"#,
        r#"false Invalid type: object (expected integer) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect([null, {"n": "x@y.z", "q": "", "tags": {"name": ""}, "x": {"a-b": 2.5, "q": "x@y.z", "name": 2.5, "n": 1, "id": 2.5}}, "ABC", {"id": "ABC", "x": "x@y.z", "n": 2.5}]).to.have.jsonSchema({"type": "string"}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be string"#,
    ),
    (
        r#"tv4V([null, {"n": "x@y.z", "q": "", "tags": {"name": ""}, "x": {"a-b": 2.5, "q": "x@y.z", "name": 2.5, "n": 1, "id": 2.5}}, "ABC", {"id": "ABC", "x": "x@y.z", "n": 2.5}], {"type": "string"})"#,
        r#"false Invalid type: array (expected string) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect({}).to.have.jsonSchema({"type": "boolean"}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be boolean"#,
    ),
    (
        r#"tv4V({}, {"type": "boolean"})"#,
        r#"false Invalid type: object (expected boolean) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect("ab").to.have.jsonSchema({"type": "array", "items": {"type": "null"}, "minItems": 3, "anyOf": [{"type": "string"}, {"type": "number"}]}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be array"#,
    ),
    (
        r#"tv4V("ab", {"type": "array", "items": {"type": "null"}, "minItems": 3, "anyOf": [{"type": "string"}, {"type": "number"}]})"#,
        r#"false Invalid type: string (expected array) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect("ab").to.have.jsonSchema({"type": "null"}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be null"#,
    ),
    (
        r#"tv4V("ab", {"type": "null"})"#,
        r#"false Invalid type: string (expected null) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect({"a-b": [{"tags": 2.5, "a-b": 10, "q": 0}, [0, null, 1], {"a-b": -3, "tags": -3}], "id": 2.5, "n": {"a-b": {"n": true}, "n": {"name": -3, "x": 10, "n": 1, "a-b": null}, "id": {"tags": "ABC", "n": "ab", "a-b": null, "q": 10, "x": "ab"}, "tags": 2.5, "q": ["ab"]}, "name": 10}).to.have.jsonSchema({"type": "null", "const": 1}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be null, data should be equal to constant"#,
    ),
    (
        r#"tv4V({"a-b": [{"tags": 2.5, "a-b": 10, "q": 0}, [0, null, 1], {"a-b": -3, "tags": -3}], "id": 2.5, "n": {"a-b": {"n": true}, "n": {"name": -3, "x": 10, "n": 1, "a-b": null}, "id": {"tags": "ABC", "n": "ab", "a-b": null, "q": 10, "x": "ab"}, "tags": 2.5, "q": ["ab"]}, "name": 10}, {"type": "null", "const": 1})"#,
        r#"false Invalid type: object (expected null) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect("").to.have.jsonSchema({"type": "object", "properties": {"a-b": {"type": "integer", "exclusiveMinimum": -3}, "x": {"type": "string", "maxLength": 0, "anyOf": [{"type": "string"}, {"type": "number"}]}, "name": {"type": "array", "minItems": 2, "maxItems": 0}}, "required": ["name", "tags", "a-b"], "minProperties": 1}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be object"#,
    ),
    (
        r#"tv4V("", {"type": "object", "properties": {"a-b": {"type": "integer", "exclusiveMinimum": -3}, "x": {"type": "string", "maxLength": 0, "anyOf": [{"type": "string"}, {"type": "number"}]}, "name": {"type": "array", "minItems": 2, "maxItems": 0}}, "required": ["name", "tags", "a-b"], "minProperties": 1})"#,
        r#"false Invalid type: string (expected object) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect([{"id": ["ab"], "x": "x@y.z", "tags": {"name": "aa", "n": "ABC", "q": null}, "name": "aa", "a-b": -3}, "ABC", ""]).to.have.jsonSchema({}) })"#,
        r#"PASS"#,
    ),
    (
        r#"tv4V([{"id": ["ab"], "x": "x@y.z", "tags": {"name": "aa", "n": "ABC", "q": null}, "name": "aa", "a-b": -3}, "ABC", ""], {})"#,
        r#"true null"#,
    ),
    (
        r#"__m(function(){ expect("ab").to.have.jsonSchema({"type": "integer", "maximum": -2, "exclusiveMinimum": -5}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be integer"#,
    ),
    (
        r#"tv4V("ab", {"type": "integer", "maximum": -2, "exclusiveMinimum": -5})"#,
        r#"false Invalid type: string (expected integer) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect(0).to.have.jsonSchema({"type": "array", "items": {"type": "null"}}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be array"#,
    ),
    (
        r#"tv4V(0, {"type": "array", "items": {"type": "null"}})"#,
        r#"false Invalid type: number (expected array) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect(1).to.have.jsonSchema({"type": "null"}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be null"#,
    ),
    (
        r#"tv4V(1, {"type": "null"})"#,
        r#"false Invalid type: number (expected null) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect({"q": {"name": null, "a-b": ["ab", 2.5], "n": 10}, "a-b": [[-3, "ABC"]]}).to.have.jsonSchema({"anyOf": [{"type": "string"}, {"type": "number"}]}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be string, data should be number, data should match some schema in anyOf"#,
    ),
    (
        r#"tv4V({"q": {"name": null, "a-b": ["ab", 2.5], "n": 10}, "a-b": [[-3, "ABC"]]}, {"anyOf": [{"type": "string"}, {"type": "number"}]})"#,
        r#"false Data does not match any schemas from "anyOf" ; 10 ;  ; /anyOf"#,
    ),
    (
        r#"__m(function(){ expect({"q": {"x": "ab"}, "x": 10, "a-b": "ABC", "id": {}, "n": {"id": {"name": "aa", "n": "aa", "id": "", "tags": null}}}).to.have.jsonSchema({"type": "array", "items": {"type": "number", "maximum": 4, "exclusiveMinimum": -2}}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be array"#,
    ),
    (
        r#"tv4V({"q": {"x": "ab"}, "x": 10, "a-b": "ABC", "id": {}, "n": {"id": {"name": "aa", "n": "aa", "id": "", "tags": null}}}, {"type": "array", "items": {"type": "number", "maximum": 4, "exclusiveMinimum": -2}})"#,
        r#"false Invalid type: object (expected array) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect([]).to.have.jsonSchema({"type": "null"}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be null"#,
    ),
    (
        r#"tv4V([], {"type": "null"})"#,
        r#"false Invalid type: array (expected null) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect("aa").to.have.jsonSchema({"type": "string", "enum": ["a", "b"]}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be equal to one of the allowed values"#,
    ),
    (
        r#"tv4V("aa", {"type": "string", "enum": ["a", "b"]})"#,
        r#"false No enum match for: "aa" ; 1 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect(10).to.have.jsonSchema({"type": "number", "maximum": -2}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be <= -2"#,
    ),
    (
        r#"tv4V(10, {"type": "number", "maximum": -2})"#,
        r#"false Value 10 is greater than maximum -2 ; 103 ;  ; /maximum"#,
    ),
    (
        r#"__m(function(){ expect(1).to.have.jsonSchema({"type": "number", "multipleOf": 0.5, "anyOf": [{"type": "string"}, {"type": "number"}]}) })"#,
        r#"PASS"#,
    ),
    (
        r#"tv4V(1, {"type": "number", "multipleOf": 0.5, "anyOf": [{"type": "string"}, {"type": "number"}]})"#,
        r#"true null"#,
    ),
    (
        r#"__m(function(){ expect({"q": -3, "n": -3}).to.have.jsonSchema({"type": "null"}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be null"#,
    ),
    (
        r#"tv4V({"q": -3, "n": -3}, {"type": "null"})"#,
        r#"false Invalid type: object (expected null) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect(["x@y.z"]).to.have.jsonSchema({"properties": {"x": {"type": "integer"}}, "additionalProperties": false}) })"#,
        r#"PASS"#,
    ),
    (
        r#"tv4V(["x@y.z"], {"properties": {"x": {"type": "integer"}}, "additionalProperties": false})"#,
        r#"true null"#,
    ),
    (
        r#"__m(function(){ expect(2.5).to.have.jsonSchema({"type": "integer", "minimum": 5}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be integer, data should be >= 5"#,
    ),
    (
        r#"tv4V(2.5, {"type": "integer", "minimum": 5})"#,
        r#"false Invalid type: number (expected integer) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect({"a-b": "x@y.z", "n": [], "tags": {"tags": [true, "x@y.z"], "a-b": -3, "name": [10, 10, "x@y.z"], "q": {"tags": -3, "id": 1, "a-b": -3, "name": -3, "x": ""}}}).to.have.jsonSchema({"type": "null"}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be null"#,
    ),
    (
        r#"tv4V({"a-b": "x@y.z", "n": [], "tags": {"tags": [true, "x@y.z"], "a-b": -3, "name": [10, 10, "x@y.z"], "q": {"tags": -3, "id": 1, "a-b": -3, "name": -3, "x": ""}}}, {"type": "null"})"#,
        r#"false Invalid type: object (expected null) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect("ABC").to.have.jsonSchema({"type": "boolean"}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be boolean"#,
    ),
    (
        r#"tv4V("ABC", {"type": "boolean"})"#,
        r#"false Invalid type: string (expected boolean) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect(2.5).to.have.jsonSchema({}) })"#,
        r#"PASS"#,
    ),
    (r#"tv4V(2.5, {})"#, r#"true null"#),
    (
        r#"__m(function(){ expect({"a-b": "", "n": 2.5}).to.have.jsonSchema({"type": "object", "properties": {"a-b": {"type": "integer", "minimum": -1}, "n": {"type": "string"}, "x": {"type": "number", "maximum": -1, "anyOf": [{"type": "string"}, {"type": "number"}]}, "id": {"type": "boolean", "anyOf": [{"type": "string"}, {"type": "number"}]}}, "required": ["id", "name", "a-b"]}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should have required property 'name', data['a-b'] should be integer, data.n should be string, data should have required property 'id'"#,
    ),
    (
        r#"tv4V({"a-b": "", "n": 2.5}, {"type": "object", "properties": {"a-b": {"type": "integer", "minimum": -1}, "n": {"type": "string"}, "x": {"type": "number", "maximum": -1, "anyOf": [{"type": "string"}, {"type": "number"}]}, "id": {"type": "boolean", "anyOf": [{"type": "string"}, {"type": "number"}]}}, "required": ["id", "name", "a-b"]})"#,
        r#"false Missing required property: id ; 302 ;  ; /required/0"#,
    ),
    (
        r#"__m(function(){ expect(-3).to.have.jsonSchema({"type": "number", "maximum": -5}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be <= -5"#,
    ),
    (
        r#"tv4V(-3, {"type": "number", "maximum": -5})"#,
        r#"false Value -3 is greater than maximum -5 ; 103 ;  ; /maximum"#,
    ),
    (
        r#"__m(function(){ expect([{"n": 1, "id": [10, "x@y.z", "ab", 2.5], "name": {"q": "aa", "name": 2.5, "n": -3, "x": "aa", "tags": 10}, "x": true}, {"x": ["ab"]}, 0]).to.have.jsonSchema({"type": "null", "const": 1}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be null, data should be equal to constant"#,
    ),
    (
        r#"tv4V([{"n": 1, "id": [10, "x@y.z", "ab", 2.5], "name": {"q": "aa", "name": 2.5, "n": -3, "x": "aa", "tags": 10}, "x": true}, {"x": ["ab"]}, 0], {"type": "null", "const": 1})"#,
        r#"false Invalid type: array (expected null) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect([null]).to.have.jsonSchema({"type": "number"}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be number"#,
    ),
    (
        r#"tv4V([null], {"type": "number"})"#,
        r#"false Invalid type: array (expected number) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect("x@y.z").to.have.jsonSchema({"type": "integer", "exclusiveMinimum": 4, "multipleOf": 3}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be integer"#,
    ),
    (
        r#"tv4V("x@y.z", {"type": "integer", "exclusiveMinimum": 4, "multipleOf": 3})"#,
        r#"false Invalid type: string (expected integer) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect(2.5).to.have.jsonSchema({"type": "boolean"}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be boolean"#,
    ),
    (
        r#"tv4V(2.5, {"type": "boolean"})"#,
        r#"false Invalid type: number (expected boolean) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect([]).to.have.jsonSchema({"type": "string", "minLength": 3, "pattern": "^[a-z]+$", "enum": ["a", "b"], "format": "email"}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be string, data should be equal to one of the allowed values"#,
    ),
    (
        r#"tv4V([], {"type": "string", "minLength": 3, "pattern": "^[a-z]+$", "enum": ["a", "b"], "format": "email"})"#,
        r#"false Invalid type: array (expected string) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect("aa").to.have.jsonSchema({"type": "array", "items": {"type": "boolean"}, "maxItems": 2}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be array"#,
    ),
    (
        r#"tv4V("aa", {"type": "array", "items": {"type": "boolean"}, "maxItems": 2})"#,
        r#"false Invalid type: string (expected array) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect({"name": ["x@y.z", -3], "tags": "aa"}).to.have.jsonSchema({"type": "string", "maxLength": 3, "pattern": "^[a-z]+$", "enum": ["a", "b"]}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be string, data should be equal to one of the allowed values"#,
    ),
    (
        r#"tv4V({"name": ["x@y.z", -3], "tags": "aa"}, {"type": "string", "maxLength": 3, "pattern": "^[a-z]+$", "enum": ["a", "b"]})"#,
        r#"false Invalid type: object (expected string) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect(2.5).to.have.jsonSchema({"properties": {"n": {"type": "number", "minimum": -5, "maximum": 4, "exclusiveMinimum": 5}, "id": {"type": "object", "properties": {"x": {"type": "object", "required": ["id", "zz", "name"]}, "name": {"type": "integer", "multipleOf": 0.5}, "tags": {"additionalProperties": {"type": "number"}, "minProperties": 1, "anyOf": [{"type": "string"}, {"type": "number"}]}, "n": {"type": ["string", "null"], "const": 1}}, "required": ["name"]}, "x": {"type": ["string", "null"]}}, "minProperties": 2}) })"#,
        r#"PASS"#,
    ),
    (
        r#"tv4V(2.5, {"properties": {"n": {"type": "number", "minimum": -5, "maximum": 4, "exclusiveMinimum": 5}, "id": {"type": "object", "properties": {"x": {"type": "object", "required": ["id", "zz", "name"]}, "name": {"type": "integer", "multipleOf": 0.5}, "tags": {"additionalProperties": {"type": "number"}, "minProperties": 1, "anyOf": [{"type": "string"}, {"type": "number"}]}, "n": {"type": ["string", "null"], "const": 1}}, "required": ["name"]}, "x": {"type": ["string", "null"]}}, "minProperties": 2})"#,
        r#"true null"#,
    ),
    (
        r#"__m(function(){ expect([{"q": "ABC", "tags": [0]}, 2.5, [null, ["aa", 1, ""], {}]]).to.have.jsonSchema({"type": "number", "minimum": 1}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be number"#,
    ),
    (
        r#"tv4V([{"q": "ABC", "tags": [0]}, 2.5, [null, ["aa", 1, ""], {}]], {"type": "number", "minimum": 1})"#,
        r#"false Invalid type: array (expected number) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect({"n": {"n": null, "tags": {"name": "aa", "a-b": null}, "a-b": 1, "x": {"n": -3, "id": -3, "name": 0, "tags": null, "a-b": "aa"}}, "tags": [1, ["ab"], "x@y.z"], "x": 2.5, "name": {"id": [10, -3, -3, -3]}, "q": {"name": 0, "id": 0, "a-b": "ABC"}}).to.have.jsonSchema({"type": "number", "maximum": 5, "multipleOf": 0.5}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be number"#,
    ),
    (
        r#"tv4V({"n": {"n": null, "tags": {"name": "aa", "a-b": null}, "a-b": 1, "x": {"n": -3, "id": -3, "name": 0, "tags": null, "a-b": "aa"}}, "tags": [1, ["ab"], "x@y.z"], "x": 2.5, "name": {"id": [10, -3, -3, -3]}, "q": {"name": 0, "id": 0, "a-b": "ABC"}}, {"type": "number", "maximum": 5, "multipleOf": 0.5})"#,
        r#"false Invalid type: object (expected number) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect([]).to.have.jsonSchema({"type": "boolean"}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be boolean"#,
    ),
    (
        r#"tv4V([], {"type": "boolean"})"#,
        r#"false Invalid type: array (expected boolean) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect({"n": "ABC", "name": [], "id": [[1, true, ""]]}).to.have.jsonSchema({"const": 1}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be equal to constant"#,
    ),
    (
        r#"tv4V({"n": "ABC", "name": [], "id": [[1, true, ""]]}, {"const": 1})"#,
        r#"true null"#,
    ),
    (
        r#"__m(function(){ expect([[[-3, "ABC", 2.5], {"id": true, "name": ""}, 1], {"name": {"name": 0, "a-b": null, "id": "ABC"}, "id": {}}, {}]).to.have.jsonSchema({}) })"#,
        r#"PASS"#,
    ),
    (
        r#"tv4V([[[-3, "ABC", 2.5], {"id": true, "name": ""}, 1], {"name": {"name": 0, "a-b": null, "id": "ABC"}, "id": {}}, {}], {})"#,
        r#"true null"#,
    ),
    (
        r#"__m(function(){ expect(["ABC", "x@y.z", "ABC", [{"n": true, "id": true}, [], 2.5, []]]).to.have.jsonSchema({"type": "boolean"}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be boolean"#,
    ),
    (
        r#"tv4V(["ABC", "x@y.z", "ABC", [{"n": true, "id": true}, [], 2.5, []]], {"type": "boolean"})"#,
        r#"false Invalid type: array (expected boolean) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect([{"q": [true, true, "ab"], "x": true, "id": ""}, {"n": {"tags": "", "x": "x@y.z", "n": "aa", "a-b": "ABC"}, "name": ["aa"]}, "x@y.z"]).to.have.jsonSchema({"type": "boolean"}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be boolean"#,
    ),
    (
        r#"tv4V([{"q": [true, true, "ab"], "x": true, "id": ""}, {"n": {"tags": "", "x": "x@y.z", "n": "aa", "a-b": "ABC"}, "name": ["aa"]}, "x@y.z"], {"type": "boolean"})"#,
        r#"false Invalid type: array (expected boolean) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect([["ab", {"tags": -3, "n": true}], {"tags": 1, "id": [], "n": {"n": "x@y.z", "id": "aa"}, "x": "ab", "a-b": 0}]).to.have.jsonSchema({"type": "number", "maximum": -2}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be number"#,
    ),
    (
        r#"tv4V([["ab", {"tags": -3, "n": true}], {"tags": 1, "id": [], "n": {"n": "x@y.z", "id": "aa"}, "x": "ab", "a-b": 0}], {"type": "number", "maximum": -2})"#,
        r#"false Invalid type: array (expected number) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect({}).to.have.jsonSchema({"type": "array", "items": {"type": "boolean"}, "minItems": 1, "maxItems": 1, "uniqueItems": true}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be array"#,
    ),
    (
        r#"tv4V({}, {"type": "array", "items": {"type": "boolean"}, "minItems": 1, "maxItems": 1, "uniqueItems": true})"#,
        r#"false Invalid type: object (expected array) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect(true).to.have.jsonSchema({"type": "boolean", "anyOf": [{"type": "string"}, {"type": "number"}]}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be string, data should be number, data should match some schema in anyOf"#,
    ),
    (
        r#"tv4V(true, {"type": "boolean", "anyOf": [{"type": "string"}, {"type": "number"}]})"#,
        r#"false Data does not match any schemas from "anyOf" ; 10 ;  ; /anyOf"#,
    ),
    (
        r#"__m(function(){ expect(10).to.have.jsonSchema({}) })"#,
        r#"PASS"#,
    ),
    (r#"tv4V(10, {})"#, r#"true null"#),
    (
        r#"__m(function(){ expect([[10, "ab", {}, {"tags": ""}], {"x": "ab"}, -3, {"a-b": []}]).to.have.jsonSchema({"properties": {"name": {"type": "object", "properties": {"x": {"type": "number", "minimum": -2, "maximum": -3}, "id": {"type": ["string", "null"]}, "name": {"type": "array"}}}, "n": {"type": "boolean", "anyOf": [{"type": "string"}, {"type": "number"}]}, "x": {"type": "null"}, "tags": {"type": "object", "properties": {"name": {"type": "number", "exclusiveMinimum": 1}, "id": {"type": "object", "required": ["name", "zz", "id"]}, "a-b": {"type": "string", "maxLength": 0, "enum": ["a", "b"], "anyOf": [{"type": "string"}, {"type": "number"}]}, "x": {"type": "number"}}, "required": ["name", "id", "zz"]}}, "additionalProperties": {"type": "number"}}) })"#,
        r#"PASS"#,
    ),
    (
        r#"tv4V([[10, "ab", {}, {"tags": ""}], {"x": "ab"}, -3, {"a-b": []}], {"properties": {"name": {"type": "object", "properties": {"x": {"type": "number", "minimum": -2, "maximum": -3}, "id": {"type": ["string", "null"]}, "name": {"type": "array"}}}, "n": {"type": "boolean", "anyOf": [{"type": "string"}, {"type": "number"}]}, "x": {"type": "null"}, "tags": {"type": "object", "properties": {"name": {"type": "number", "exclusiveMinimum": 1}, "id": {"type": "object", "required": ["name", "zz", "id"]}, "a-b": {"type": "string", "maxLength": 0, "enum": ["a", "b"], "anyOf": [{"type": "string"}, {"type": "number"}]}, "x": {"type": "number"}}, "required": ["name", "id", "zz"]}}, "additionalProperties": {"type": "number"}})"#,
        r#"true null"#,
    ),
    (
        r#"__m(function(){ expect(null).to.have.jsonSchema({"type": "integer"}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be integer"#,
    ),
    (
        r#"tv4V(null, {"type": "integer"})"#,
        r#"false Invalid type: null (expected integer) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect({"tags": {"n": {"id": "ab", "x": "ABC", "a-b": "ab"}, "q": "ab"}}).to.have.jsonSchema({"type": "null"}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be null"#,
    ),
    (
        r#"tv4V({"tags": {"n": {"id": "ab", "x": "ABC", "a-b": "ab"}, "q": "ab"}}, {"type": "null"})"#,
        r#"false Invalid type: object (expected null) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect([{"x": "x@y.z", "name": ""}]).to.have.jsonSchema({"type": "null"}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be null"#,
    ),
    (
        r#"tv4V([{"x": "x@y.z", "name": ""}], {"type": "null"})"#,
        r#"false Invalid type: array (expected null) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect("aa").to.have.jsonSchema({"properties": {"tags": {"type": "number", "multipleOf": 3}, "x": {"type": ["string", "null"]}}, "required": ["zz"], "additionalProperties": {"type": "number"}}) })"#,
        r#"PASS"#,
    ),
    (
        r#"tv4V("aa", {"properties": {"tags": {"type": "number", "multipleOf": 3}, "x": {"type": ["string", "null"]}}, "required": ["zz"], "additionalProperties": {"type": "number"}})"#,
        r#"true null"#,
    ),
    (
        r#"__m(function(){ expect([]).to.have.jsonSchema({"type": "null"}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be null"#,
    ),
    (
        r#"tv4V([], {"type": "null"})"#,
        r#"false Invalid type: array (expected null) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect(true).to.have.jsonSchema({"type": "null"}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be null"#,
    ),
    (
        r#"tv4V(true, {"type": "null"})"#,
        r#"false Invalid type: boolean (expected null) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect({"x": [{"tags": 2.5}, "x@y.z", {}], "a-b": 2.5, "q": "", "name": [], "n": [[-3], [], {"a-b": 1, "name": "aa", "x": "ab", "id": "ABC", "q": null}]}).to.have.jsonSchema({}) })"#,
        r#"PASS"#,
    ),
    (
        r#"tv4V({"x": [{"tags": 2.5}, "x@y.z", {}], "a-b": 2.5, "q": "", "name": [], "n": [[-3], [], {"a-b": 1, "name": "aa", "x": "ab", "id": "ABC", "q": null}]}, {})"#,
        r#"true null"#,
    ),
    (
        r#"__m(function(){ expect({}).to.have.jsonSchema({"type": "array", "items": {"type": "integer", "minimum": -1, "exclusiveMinimum": 2}}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be array"#,
    ),
    (
        r#"tv4V({}, {"type": "array", "items": {"type": "integer", "minimum": -1, "exclusiveMinimum": 2}})"#,
        r#"false Invalid type: object (expected array) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect({"n": 2.5, "tags": 2.5, "x": 1, "name": [{"id": -3, "q": 10, "n": 10, "tags": 0, "name": -3}, "x@y.z", [], 1]}).to.have.jsonSchema({"type": ["string", "null"]}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be string,null"#,
    ),
    (
        r#"tv4V({"n": 2.5, "tags": 2.5, "x": 1, "name": [{"id": -3, "q": 10, "n": 10, "tags": 0, "name": -3}, "x@y.z", [], 1]}, {"type": ["string", "null"]})"#,
        r#"false Invalid type: object (expected string/null) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect("ABC").to.have.jsonSchema({"type": ["string", "null"]}) })"#,
        r#"PASS"#,
    ),
    (
        r#"tv4V("ABC", {"type": ["string", "null"]})"#,
        r#"true null"#,
    ),
    (
        r#"__m(function(){ expect(["", 2.5]).to.have.jsonSchema({"type": "array", "items": {"type": "object", "properties": {"a-b": {"anyOf": [{"type": "string"}, {"type": "number"}]}, "x": {"properties": {"x": {"type": "string"}, "id": {"type": "number"}}, "required": ["a-b"]}}, "required": ["tags"]}}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data[0] should be object, data[1] should be object"#,
    ),
    (
        r#"tv4V(["", 2.5], {"type": "array", "items": {"type": "object", "properties": {"a-b": {"anyOf": [{"type": "string"}, {"type": "number"}]}, "x": {"properties": {"x": {"type": "string"}, "id": {"type": "number"}}, "required": ["a-b"]}}, "required": ["tags"]}})"#,
        r#"false Invalid type: string (expected object) ; 0 ; /0 ; /items/type"#,
    ),
    (
        r#"__m(function(){ expect({"x": [["aa"], {"a-b": "aa", "id": "x@y.z", "x": 2.5}], "a-b": null, "id": [["ab"]], "q": {"tags": {"n": 2.5, "a-b": 2.5, "x": "x@y.z", "name": -3, "id": -3}, "name": 10, "a-b": 2.5, "id": ["ABC"], "x": "x@y.z"}, "tags": {"a-b": "ABC", "id": [-3]}}).to.have.jsonSchema({"type": "object", "properties": {"x": {"type": "integer", "maximum": 0, "anyOf": [{"type": "string"}, {"type": "number"}]}, "tags": {"type": "boolean", "const": 1}, "a-b": {"type": "boolean", "const": 1}, "name": {"type": "array", "uniqueItems": true}}, "required": ["name", "zz"], "minProperties": 2}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should have required property 'zz', data.x should be integer, data.x should be string, data.x should be number, data.x should match some schema in anyOf, data.tags should be boolean, data.tags should be equal to constant, data['a-b'] should be boolean, data['a-b'] should be equal to constant, data should have required property 'name'"#,
    ),
    (
        r#"tv4V({"x": [["aa"], {"a-b": "aa", "id": "x@y.z", "x": 2.5}], "a-b": null, "id": [["ab"]], "q": {"tags": {"n": 2.5, "a-b": 2.5, "x": "x@y.z", "name": -3, "id": -3}, "name": 10, "a-b": 2.5, "id": ["ABC"], "x": "x@y.z"}, "tags": {"a-b": "ABC", "id": [-3]}}, {"type": "object", "properties": {"x": {"type": "integer", "maximum": 0, "anyOf": [{"type": "string"}, {"type": "number"}]}, "tags": {"type": "boolean", "const": 1}, "a-b": {"type": "boolean", "const": 1}, "name": {"type": "array", "uniqueItems": true}}, "required": ["name", "zz"], "minProperties": 2})"#,
        r#"false Missing required property: name ; 302 ;  ; /required/0"#,
    ),
    (
        r#"__m(function(){ expect(2.5).to.have.jsonSchema({"type": "object", "required": ["tags", "id"]}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be object"#,
    ),
    (
        r#"tv4V(2.5, {"type": "object", "required": ["tags", "id"]})"#,
        r#"false Invalid type: number (expected object) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect("ab").to.have.jsonSchema({"type": "number", "maximum": 2}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be number"#,
    ),
    (
        r#"tv4V("ab", {"type": "number", "maximum": 2})"#,
        r#"false Invalid type: string (expected number) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect(-3).to.have.jsonSchema({}) })"#,
        r#"PASS"#,
    ),
    (r#"tv4V(-3, {})"#, r#"true null"#),
    (
        r#"__m(function(){ expect(1).to.have.jsonSchema({"properties": {"n": {"type": "boolean"}, "tags": {"type": "null"}, "x": {}, "name": {"type": "array", "items": {"type": "object", "properties": {"name": {"type": "number"}, "a-b": {"type": "number"}}, "required": ["a-b", "zz"]}, "minItems": 1, "maxItems": 2}}, "required": ["a-b", "name"], "additionalProperties": {"type": "number"}}) })"#,
        r#"PASS"#,
    ),
    (
        r#"tv4V(1, {"properties": {"n": {"type": "boolean"}, "tags": {"type": "null"}, "x": {}, "name": {"type": "array", "items": {"type": "object", "properties": {"name": {"type": "number"}, "a-b": {"type": "number"}}, "required": ["a-b", "zz"]}, "minItems": 1, "maxItems": 2}}, "required": ["a-b", "name"], "additionalProperties": {"type": "number"}})"#,
        r#"true null"#,
    ),
    (
        r#"__m(function(){ expect([[[], {"id": true}, ["", "aa", "aa"], [true, 10, "aa"]], {"name": [1, "x@y.z", "", 10], "tags": "aa", "n": [0, "ABC", ""]}, 10, {"n": [0, true], "x": 10, "a-b": [true]}]).to.have.jsonSchema({"type": "boolean", "anyOf": [{"type": "string"}, {"type": "number"}]}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be boolean, data should be string, data should be number, data should match some schema in anyOf"#,
    ),
    (
        r#"tv4V([[[], {"id": true}, ["", "aa", "aa"], [true, 10, "aa"]], {"name": [1, "x@y.z", "", 10], "tags": "aa", "n": [0, "ABC", ""]}, 10, {"n": [0, true], "x": 10, "a-b": [true]}], {"type": "boolean", "anyOf": [{"type": "string"}, {"type": "number"}]})"#,
        r#"false Invalid type: array (expected boolean) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect([{"q": "x@y.z"}, ["", null, -3]]).to.have.jsonSchema({"type": "number", "minimum": -2, "multipleOf": 3}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be number"#,
    ),
    (
        r#"tv4V([{"q": "x@y.z"}, ["", null, -3]], {"type": "number", "minimum": -2, "multipleOf": 3})"#,
        r#"false Invalid type: array (expected number) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect({"id": 0, "a-b": [{"x": 1}, "aa"], "n": [1, {}], "tags": null}).to.have.jsonSchema({"type": "null"}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be null"#,
    ),
    (
        r#"tv4V({"id": 0, "a-b": [{"x": 1}, "aa"], "n": [1, {}], "tags": null}, {"type": "null"})"#,
        r#"false Invalid type: object (expected null) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect({"name": {}, "a-b": [[true], "", "ab", [-3, null, "aa"]]}).to.have.jsonSchema({"type": "object", "properties": {"tags": {"type": "number", "maximum": -3}, "n": {"type": ["string", "null"]}}, "required": ["id", "zz", "a-b"]}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should have required property 'id', data should have required property 'zz'"#,
    ),
    (
        r#"tv4V({"name": {}, "a-b": [[true], "", "ab", [-3, null, "aa"]]}, {"type": "object", "properties": {"tags": {"type": "number", "maximum": -3}, "n": {"type": ["string", "null"]}}, "required": ["id", "zz", "a-b"]})"#,
        r#"false Missing required property: id ; 302 ;  ; /required/0"#,
    ),
    (
        r#"__m(function(){ expect({"n": [[-3, "aa", "ABC"]], "name": 0, "x": 2.5, "id": [[1, ""], null, {"n": true}], "a-b": {"q": ["ABC", -3], "n": {"id": "aa", "q": 2.5, "tags": "x@y.z"}, "tags": [1, 2.5], "a-b": [], "id": 0}}).to.have.jsonSchema({"type": "string", "minLength": 1}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be string"#,
    ),
    (
        r#"tv4V({"n": [[-3, "aa", "ABC"]], "name": 0, "x": 2.5, "id": [[1, ""], null, {"n": true}], "a-b": {"q": ["ABC", -3], "n": {"id": "aa", "q": 2.5, "tags": "x@y.z"}, "tags": [1, 2.5], "a-b": [], "id": 0}}, {"type": "string", "minLength": 1})"#,
        r#"false Invalid type: object (expected string) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect({"n": {"name": [], "n": ["x@y.z", 0], "tags": {}, "a-b": []}}).to.have.jsonSchema({}) })"#,
        r#"PASS"#,
    ),
    (
        r#"tv4V({"n": {"name": [], "n": ["x@y.z", 0], "tags": {}, "a-b": []}}, {})"#,
        r#"true null"#,
    ),
    (
        r#"__m(function(){ expect(0).to.have.jsonSchema({"type": "number", "anyOf": [{"type": "string"}, {"type": "number"}]}) })"#,
        r#"PASS"#,
    ),
    (
        r#"tv4V(0, {"type": "number", "anyOf": [{"type": "string"}, {"type": "number"}]})"#,
        r#"true null"#,
    ),
    (
        r#"__m(function(){ expect(true).to.have.jsonSchema({"type": ["string", "null"]}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be string,null"#,
    ),
    (
        r#"tv4V(true, {"type": ["string", "null"]})"#,
        r#"false Invalid type: boolean (expected string/null) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect([10, "ab", [{"tags": 10, "id": "ABC"}, [2.5, true, "x@y.z", 2.5], "aa"]]).to.have.jsonSchema({"type": "integer", "minimum": -5}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be integer"#,
    ),
    (
        r#"tv4V([10, "ab", [{"tags": 10, "id": "ABC"}, [2.5, true, "x@y.z", 2.5], "aa"]], {"type": "integer", "minimum": -5})"#,
        r#"false Invalid type: array (expected integer) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect({"q": {}, "n": {}, "x": "ab", "tags": [1, ["ABC", "ab", "aa"], [1, true], 2.5]}).to.have.jsonSchema({}) })"#,
        r#"PASS"#,
    ),
    (
        r#"tv4V({"q": {}, "n": {}, "x": "ab", "tags": [1, ["ABC", "ab", "aa"], [1, true], 2.5]}, {})"#,
        r#"true null"#,
    ),
    (
        r#"__m(function(){ expect({}).to.have.jsonSchema({"type": "string", "enum": ["a", "b"], "format": "email"}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be string, data should be equal to one of the allowed values"#,
    ),
    (
        r#"tv4V({}, {"type": "string", "enum": ["a", "b"], "format": "email"})"#,
        r#"false Invalid type: object (expected string) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect([[10, {}, ["ABC", -3, 2.5, 0], {"a-b": 10, "q": 0, "id": "ab"}], {"id": true}]).to.have.jsonSchema({"type": "integer", "minimum": -5}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be integer"#,
    ),
    (
        r#"tv4V([[10, {}, ["ABC", -3, 2.5, 0], {"a-b": 10, "q": 0, "id": "ab"}], {"id": true}], {"type": "integer", "minimum": -5})"#,
        r#"false Invalid type: array (expected integer) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect([{"tags": {"n": true}}, [10, "x@y.z"], 2.5]).to.have.jsonSchema({"type": "string"}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be string"#,
    ),
    (
        r#"tv4V([{"tags": {"n": true}}, [10, "x@y.z"], 2.5], {"type": "string"})"#,
        r#"false Invalid type: array (expected string) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect([[10, [], true, [null, "ABC", "ab", true]], []]).to.have.jsonSchema({"type": "number", "exclusiveMinimum": 0}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be number"#,
    ),
    (
        r#"tv4V([[10, [], true, [null, "ABC", "ab", true]], []], {"type": "number", "exclusiveMinimum": 0})"#,
        r#"false Invalid type: array (expected number) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect(10).to.have.jsonSchema({"type": "string", "minLength": 1, "format": "email"}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be string"#,
    ),
    (
        r#"tv4V(10, {"type": "string", "minLength": 1, "format": "email"})"#,
        r#"false Invalid type: number (expected string) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect(1).to.have.jsonSchema({"type": "number", "exclusiveMinimum": 1, "multipleOf": 2}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be > 1, data should be multiple of 2"#,
    ),
    (
        r#"tv4V(1, {"type": "number", "exclusiveMinimum": 1, "multipleOf": 2})"#,
        r#"false Value 1 is not a multiple of 2 ; 100 ;  ; "#,
    ),
    (
        r#"__m(function(){ expect([{"q": [], "x": {}, "n": {}, "id": {"n": 10}, "name": []}, {"a-b": {"q": ""}, "q": [1, 10, true, 0]}, null]).to.have.jsonSchema({"type": "null"}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be null"#,
    ),
    (
        r#"tv4V([{"q": [], "x": {}, "n": {}, "id": {"n": 10}, "name": []}, {"a-b": {"q": ""}, "q": [1, 10, true, 0]}, null], {"type": "null"})"#,
        r#"false Invalid type: array (expected null) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect(1).to.have.jsonSchema({"type": "boolean", "anyOf": [{"type": "string"}, {"type": "number"}]}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be boolean"#,
    ),
    (
        r#"tv4V(1, {"type": "boolean", "anyOf": [{"type": "string"}, {"type": "number"}]})"#,
        r#"false Invalid type: number (expected boolean) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect(0).to.have.jsonSchema({"type": "number", "multipleOf": 0.5}) })"#,
        r#"PASS"#,
    ),
    (
        r#"tv4V(0, {"type": "number", "multipleOf": 0.5})"#,
        r#"true null"#,
    ),
    (
        r#"__m(function(){ expect({"a-b": {"id": true, "tags": {"tags": null, "q": ""}, "a-b": 1, "name": {"x": true, "tags": null, "a-b": 10, "n": "x@y.z", "id": 2.5}}, "id": "ab"}).to.have.jsonSchema({"type": "number", "exclusiveMinimum": 4}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be number"#,
    ),
    (
        r#"tv4V({"a-b": {"id": true, "tags": {"tags": null, "q": ""}, "a-b": 1, "name": {"x": true, "tags": null, "a-b": 10, "n": "x@y.z", "id": 2.5}}, "id": "ab"}, {"type": "number", "exclusiveMinimum": 4})"#,
        r#"false Invalid type: object (expected number) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect(0).to.have.jsonSchema({"type": "number", "exclusiveMinimum": -3}) })"#,
        r#"PASS"#,
    ),
    (
        r#"tv4V(0, {"type": "number", "exclusiveMinimum": -3})"#,
        r#"true null"#,
    ),
    (
        r#"__m(function(){ expect([{"id": ["ABC", 0, "ab"], "name": true}, {"q": [true, "ab", 2.5], "name": {"tags": "ABC"}}]).to.have.jsonSchema({"type": ["string", "null"]}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be string,null"#,
    ),
    (
        r#"tv4V([{"id": ["ABC", 0, "ab"], "name": true}, {"q": [true, "ab", 2.5], "name": {"tags": "ABC"}}], {"type": ["string", "null"]})"#,
        r#"false Invalid type: array (expected string/null) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect([]).to.have.jsonSchema({}) })"#,
        r#"PASS"#,
    ),
    (r#"tv4V([], {})"#, r#"true null"#),
    (
        r#"__m(function(){ expect([]).to.have.jsonSchema({"type": "integer"}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be integer"#,
    ),
    (
        r#"tv4V([], {"type": "integer"})"#,
        r#"false Invalid type: array (expected integer) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect(2.5).to.have.jsonSchema({"required": ["a-b", "name"], "const": 1}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be equal to constant"#,
    ),
    (
        r#"tv4V(2.5, {"required": ["a-b", "name"], "const": 1})"#,
        r#"true null"#,
    ),
    (
        r#"__m(function(){ expect([]).to.have.jsonSchema({"type": "boolean", "anyOf": [{"type": "string"}, {"type": "number"}]}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be boolean, data should be string, data should be number, data should match some schema in anyOf"#,
    ),
    (
        r#"tv4V([], {"type": "boolean", "anyOf": [{"type": "string"}, {"type": "number"}]})"#,
        r#"false Invalid type: array (expected boolean) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect({"id": "x@y.z", "n": [-3, {"x": 2.5, "a-b": true}], "tags": {"n": {"x": -3, "a-b": 0, "tags": "ab"}, "name": "", "a-b": true, "id": []}}).to.have.jsonSchema({"type": "null", "anyOf": [{"type": "string"}, {"type": "number"}]}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be null, data should be string, data should be number, data should match some schema in anyOf"#,
    ),
    (
        r#"tv4V({"id": "x@y.z", "n": [-3, {"x": 2.5, "a-b": true}], "tags": {"n": {"x": -3, "a-b": 0, "tags": "ab"}, "name": "", "a-b": true, "id": []}}, {"type": "null", "anyOf": [{"type": "string"}, {"type": "number"}]})"#,
        r#"false Invalid type: object (expected null) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect([[], null, [], ""]).to.have.jsonSchema({"type": "null", "anyOf": [{"type": "string"}, {"type": "number"}]}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be null, data should be string, data should be number, data should match some schema in anyOf"#,
    ),
    (
        r#"tv4V([[], null, [], ""], {"type": "null", "anyOf": [{"type": "string"}, {"type": "number"}]})"#,
        r#"false Invalid type: array (expected null) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect("aa").to.have.jsonSchema({"type": "string", "minLength": 5, "maxLength": 0}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should NOT be longer than 0 characters, data should NOT be shorter than 5 characters"#,
    ),
    (
        r#"tv4V("aa", {"type": "string", "minLength": 5, "maxLength": 0})"#,
        r#"false String is too short (2 chars), minimum 5 ; 200 ;  ; /minLength"#,
    ),
    (
        r#"__m(function(){ expect([]).to.have.jsonSchema({"type": "integer", "maximum": 2, "multipleOf": 3}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be integer"#,
    ),
    (
        r#"tv4V([], {"type": "integer", "maximum": 2, "multipleOf": 3})"#,
        r#"false Invalid type: array (expected integer) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect({"q": [[""]]}).to.have.jsonSchema({"type": "number"}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be number"#,
    ),
    (
        r#"tv4V({"q": [[""]]}, {"type": "number"})"#,
        r#"false Invalid type: object (expected number) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect({"n": true, "id": {"n": ""}, "name": true, "a-b": ""}).to.have.jsonSchema({"type": "boolean"}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be boolean"#,
    ),
    (
        r#"tv4V({"n": true, "id": {"n": ""}, "name": true, "a-b": ""}, {"type": "boolean"})"#,
        r#"false Invalid type: object (expected boolean) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect(["aa", ""]).to.have.jsonSchema({"type": "object", "properties": {"tags": {"type": "boolean"}, "id": {"type": "boolean"}, "a-b": {"type": "null"}, "name": {"type": "number", "minimum": -4}}, "required": ["a-b", "tags", "name"]}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be object"#,
    ),
    (
        r#"tv4V(["aa", ""], {"type": "object", "properties": {"tags": {"type": "boolean"}, "id": {"type": "boolean"}, "a-b": {"type": "null"}, "name": {"type": "number", "minimum": -4}}, "required": ["a-b", "tags", "name"]})"#,
        r#"false Invalid type: array (expected object) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect([[{}, {"name": 0, "q": 10, "a-b": -3, "id": "ab", "n": "aa"}, -3], [{"q": "x@y.z", "a-b": "", "id": "aa", "n": "ab", "name": "aa"}, "ab", {"a-b": null, "id": 2.5, "q": 0, "tags": "x@y.z", "n": ""}, ["ab", "", true]]]).to.have.jsonSchema({"type": "null"}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be null"#,
    ),
    (
        r#"tv4V([[{}, {"name": 0, "q": 10, "a-b": -3, "id": "ab", "n": "aa"}, -3], [{"q": "x@y.z", "a-b": "", "id": "aa", "n": "ab", "name": "aa"}, "ab", {"a-b": null, "id": 2.5, "q": 0, "tags": "x@y.z", "n": ""}, ["ab", "", true]]], {"type": "null"})"#,
        r#"false Invalid type: array (expected null) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect(null).to.have.jsonSchema({"type": "integer", "multipleOf": 0.5}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be integer"#,
    ),
    (
        r#"tv4V(null, {"type": "integer", "multipleOf": 0.5})"#,
        r#"false Invalid type: null (expected integer) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect([{"x": [null, "aa"], "tags": {"q": "aa", "name": true, "n": "ABC", "id": "aa", "x": "ab"}}, {"tags": {"q": "aa", "x": "aa", "id": 2.5, "name": "aa"}}]).to.have.jsonSchema({}) })"#,
        r#"PASS"#,
    ),
    (
        r#"tv4V([{"x": [null, "aa"], "tags": {"q": "aa", "name": true, "n": "ABC", "id": "aa", "x": "ab"}}, {"tags": {"q": "aa", "x": "aa", "id": 2.5, "name": "aa"}}], {})"#,
        r#"true null"#,
    ),
    (
        r#"__m(function(){ expect([1]).to.have.jsonSchema({"type": "null"}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be null"#,
    ),
    (
        r#"tv4V([1], {"type": "null"})"#,
        r#"false Invalid type: array (expected null) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect({"x": "aa", "name": null, "tags": {}}).to.have.jsonSchema({"type": "number", "maximum": 3}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be number"#,
    ),
    (
        r#"tv4V({"x": "aa", "name": null, "tags": {}}, {"type": "number", "maximum": 3})"#,
        r#"false Invalid type: object (expected number) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect(2.5).to.have.jsonSchema({"type": "number", "exclusiveMinimum": -5}) })"#,
        r#"PASS"#,
    ),
    (
        r#"tv4V(2.5, {"type": "number", "exclusiveMinimum": -5})"#,
        r#"true null"#,
    ),
    (
        r#"__m(function(){ expect(0).to.have.jsonSchema({"type": ["string", "null"]}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be string,null"#,
    ),
    (
        r#"tv4V(0, {"type": ["string", "null"]})"#,
        r#"false Invalid type: number (expected string/null) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect([]).to.have.jsonSchema({}) })"#,
        r#"PASS"#,
    ),
    (r#"tv4V([], {})"#, r#"true null"#),
    (
        r#"__m(function(){ expect("ab").to.have.jsonSchema({"type": "null", "anyOf": [{"type": "string"}, {"type": "number"}]}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be null"#,
    ),
    (
        r#"tv4V("ab", {"type": "null", "anyOf": [{"type": "string"}, {"type": "number"}]})"#,
        r#"false Invalid type: string (expected null) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect([[1, {}], 10]).to.have.jsonSchema({"type": "number", "minimum": 4}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be number"#,
    ),
    (
        r#"tv4V([[1, {}], 10], {"type": "number", "minimum": 4})"#,
        r#"false Invalid type: array (expected number) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect({"q": [{}], "a-b": {}, "name": [{}, ["aa", "aa", 2.5], "", {"tags": null, "id": 0, "q": "ABC", "name": 1}], "tags": {"x": -3, "tags": null, "id": {"id": "ABC", "x": 1, "q": "aa", "n": 1}}}).to.have.jsonSchema({"properties": {"tags": {"type": "null"}, "n": {"type": "array", "items": {"type": "array"}}, "a-b": {"type": "number", "multipleOf": 3}}, "minProperties": 2}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data.tags should be null, data['a-b'] should be number"#,
    ),
    (
        r#"tv4V({"q": [{}], "a-b": {}, "name": [{}, ["aa", "aa", 2.5], "", {"tags": null, "id": 0, "q": "ABC", "name": 1}], "tags": {"x": -3, "tags": null, "id": {"id": "ABC", "x": 1, "q": "aa", "n": 1}}}, {"properties": {"tags": {"type": "null"}, "n": {"type": "array", "items": {"type": "array"}}, "a-b": {"type": "number", "multipleOf": 3}}, "minProperties": 2})"#,
        r#"false Invalid type: object (expected number) ; 0 ; /a-b ; /properties/a-b/type"#,
    ),
    (
        r#"__m(function(){ expect([[{"a-b": 1, "name": "ab", "id": 2.5}]]).to.have.jsonSchema({"type": ["string", "null"], "const": 1}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be string,null, data should be equal to constant"#,
    ),
    (
        r#"tv4V([[{"a-b": 1, "name": "ab", "id": 2.5}]], {"type": ["string", "null"], "const": 1})"#,
        r#"false Invalid type: array (expected string/null) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect(null).to.have.jsonSchema({"type": "string", "pattern": "^[a-z]+$"}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be string"#,
    ),
    (
        r#"tv4V(null, {"type": "string", "pattern": "^[a-z]+$"})"#,
        r#"false Invalid type: null (expected string) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect({}).to.have.jsonSchema({}) })"#,
        r#"PASS"#,
    ),
    (r#"tv4V({}, {})"#, r#"true null"#),
    (
        r#"__m(function(){ expect([10]).to.have.jsonSchema({"type": ["string", "null"]}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be string,null"#,
    ),
    (
        r#"tv4V([10], {"type": ["string", "null"]})"#,
        r#"false Invalid type: array (expected string/null) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect("").to.have.jsonSchema({"type": "string", "minLength": 3, "format": "email"}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should NOT be shorter than 3 characters, data should match format "email""#,
    ),
    (
        r#"tv4V("", {"type": "string", "minLength": 3, "format": "email"})"#,
        r#"false String is too short (0 chars), minimum 3 ; 200 ;  ; /minLength"#,
    ),
    (
        r#"__m(function(){ expect({"x": ["ABC", 0, ["ab"]], "name": "ABC"}).to.have.jsonSchema({"type": "string", "maxLength": 0, "format": "email"}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be string"#,
    ),
    (
        r#"tv4V({"x": ["ABC", 0, ["ab"]], "name": "ABC"}, {"type": "string", "maxLength": 0, "format": "email"})"#,
        r#"false Invalid type: object (expected string) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect({"n": [], "q": 0, "id": true}).to.have.jsonSchema({"properties": {"name": {"type": "string", "anyOf": [{"type": "string"}, {"type": "number"}]}, "tags": {"type": "null"}, "n": {"type": "object", "required": ["id", "name", "zz"], "additionalProperties": false, "const": 1}, "id": {"type": "number", "maximum": -2, "exclusiveMinimum": -4, "anyOf": [{"type": "string"}, {"type": "number"}]}}, "required": ["zz", "a-b"], "additionalProperties": {"type": "number"}}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should have required property 'zz', data should have required property 'a-b', data.n should be object, data.n should be equal to constant, data.id should be number, data.id should be string, data.id should be number, data.id should match some schema in anyOf"#,
    ),
    (
        r#"tv4V({"n": [], "q": 0, "id": true}, {"properties": {"name": {"type": "string", "anyOf": [{"type": "string"}, {"type": "number"}]}, "tags": {"type": "null"}, "n": {"type": "object", "required": ["id", "name", "zz"], "additionalProperties": false, "const": 1}, "id": {"type": "number", "maximum": -2, "exclusiveMinimum": -4, "anyOf": [{"type": "string"}, {"type": "number"}]}}, "required": ["zz", "a-b"], "additionalProperties": {"type": "number"}})"#,
        r#"false Missing required property: zz ; 302 ;  ; /required/0"#,
    ),
    (
        r#"__m(function(){ expect({"n": "ABC", "tags": ["aa", {"name": "x@y.z"}], "a-b": -3, "id": 10, "x": {"name": 0, "tags": "x@y.z", "n": {"q": 1, "name": ""}}}).to.have.jsonSchema({"type": "number", "multipleOf": 0.5}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be number"#,
    ),
    (
        r#"tv4V({"n": "ABC", "tags": ["aa", {"name": "x@y.z"}], "a-b": -3, "id": 10, "x": {"name": 0, "tags": "x@y.z", "n": {"q": 1, "name": ""}}}, {"type": "number", "multipleOf": 0.5})"#,
        r#"false Invalid type: object (expected number) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect({"id": {"tags": "ABC", "q": {"id": "ABC", "a-b": "x@y.z", "name": 1}, "x": 1, "name": 10, "id": true}, "a-b": {"n": -3, "name": {"tags": "aa", "name": null, "n": "x@y.z", "q": true}, "x": -3, "a-b": {"x": -3}}, "tags": [1], "name": [], "x": [[10, 0, 1, 0], [true, "x@y.z", "aa"], "ABC", {"n": 2.5}]}).to.have.jsonSchema({"type": ["string", "null"]}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be string,null"#,
    ),
    (
        r#"tv4V({"id": {"tags": "ABC", "q": {"id": "ABC", "a-b": "x@y.z", "name": 1}, "x": 1, "name": 10, "id": true}, "a-b": {"n": -3, "name": {"tags": "aa", "name": null, "n": "x@y.z", "q": true}, "x": -3, "a-b": {"x": -3}}, "tags": [1], "name": [], "x": [[10, 0, 1, 0], [true, "x@y.z", "aa"], "ABC", {"n": 2.5}]}, {"type": ["string", "null"]})"#,
        r#"false Invalid type: object (expected string/null) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect({"name": [-3, {"x": 0, "name": "aa", "q": -3, "id": "x@y.z", "n": "ABC"}, "aa", [null, 10, "ABC"]], "id": [[2.5], 1], "a-b": "x@y.z"}).to.have.jsonSchema({}) })"#,
        r#"PASS"#,
    ),
    (
        r#"tv4V({"name": [-3, {"x": 0, "name": "aa", "q": -3, "id": "x@y.z", "n": "ABC"}, "aa", [null, 10, "ABC"]], "id": [[2.5], 1], "a-b": "x@y.z"}, {})"#,
        r#"true null"#,
    ),
    (
        r#"__m(function(){ expect([[-3, {"name": 0}, []], 1]).to.have.jsonSchema({"type": "object", "required": ["id", "name"]}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be object"#,
    ),
    (
        r#"tv4V([[-3, {"name": 0}, []], 1], {"type": "object", "required": ["id", "name"]})"#,
        r#"false Invalid type: array (expected object) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect([]).to.have.jsonSchema({"type": "array", "minItems": 2}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should NOT have fewer than 2 items"#,
    ),
    (
        r#"tv4V([], {"type": "array", "minItems": 2})"#,
        r#"false Array is too short (0), minimum 2 ; 400 ;  ; /minItems"#,
    ),
    (
        r#"__m(function(){ expect({"name": "aa", "x": 0, "id": [], "n": 10, "a-b": ["ABC", {"tags": 0, "a-b": "ABC"}, "x@y.z"]}).to.have.jsonSchema({"type": "object", "properties": {"id": {}, "x": {"type": "number"}, "name": {"type": "null"}}, "required": ["id"]}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data.name should be null"#,
    ),
    (
        r#"tv4V({"name": "aa", "x": 0, "id": [], "n": 10, "a-b": ["ABC", {"tags": 0, "a-b": "ABC"}, "x@y.z"]}, {"type": "object", "properties": {"id": {}, "x": {"type": "number"}, "name": {"type": "null"}}, "required": ["id"]})"#,
        r#"false Invalid type: string (expected null) ; 0 ; /name ; /properties/name/type"#,
    ),
    (
        r#"__m(function(){ expect([]).to.have.jsonSchema({"anyOf": [{"type": "string"}, {"type": "number"}]}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be string, data should be number, data should match some schema in anyOf"#,
    ),
    (
        r#"tv4V([], {"anyOf": [{"type": "string"}, {"type": "number"}]})"#,
        r#"false Data does not match any schemas from "anyOf" ; 10 ;  ; /anyOf"#,
    ),
    (
        r#"__m(function(){ expect(null).to.have.jsonSchema({"type": "boolean"}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be boolean"#,
    ),
    (
        r#"tv4V(null, {"type": "boolean"})"#,
        r#"false Invalid type: null (expected boolean) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect([[{"id": 10}, []], {"x": "aa", "id": {"tags": null, "name": 0, "n": -3, "id": 10, "x": 2.5}, "a-b": [-3, "ab", 10, ""]}, 0]).to.have.jsonSchema({"type": "object", "properties": {"tags": {"type": "array", "items": {"type": "null"}, "minItems": 2, "anyOf": [{"type": "string"}, {"type": "number"}]}}}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be object"#,
    ),
    (
        r#"tv4V([[{"id": 10}, []], {"x": "aa", "id": {"tags": null, "name": 0, "n": -3, "id": 10, "x": 2.5}, "a-b": [-3, "ab", 10, ""]}, 0], {"type": "object", "properties": {"tags": {"type": "array", "items": {"type": "null"}, "minItems": 2, "anyOf": [{"type": "string"}, {"type": "number"}]}}})"#,
        r#"false Invalid type: array (expected object) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect(0).to.have.jsonSchema({"type": "integer"}) })"#,
        r#"PASS"#,
    ),
    (r#"tv4V(0, {"type": "integer"})"#, r#"true null"#),
    (
        r#"__m(function(){ expect("ABC").to.have.jsonSchema({"type": "object", "properties": {"tags": {"type": "boolean"}, "a-b": {"type": "string", "maxLength": 0}}, "required": ["a-b", "zz"], "minProperties": 3}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be object"#,
    ),
    (
        r#"tv4V("ABC", {"type": "object", "properties": {"tags": {"type": "boolean"}, "a-b": {"type": "string", "maxLength": 0}}, "required": ["a-b", "zz"], "minProperties": 3})"#,
        r#"false Invalid type: string (expected object) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect("x@y.z").to.have.jsonSchema({"type": "boolean"}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be boolean"#,
    ),
    (
        r#"tv4V("x@y.z", {"type": "boolean"})"#,
        r#"false Invalid type: string (expected boolean) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect(true).to.have.jsonSchema({"type": "null"}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be null"#,
    ),
    (
        r#"tv4V(true, {"type": "null"})"#,
        r#"false Invalid type: boolean (expected null) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect("x@y.z").to.have.jsonSchema({"type": "integer", "multipleOf": 0.5}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be integer"#,
    ),
    (
        r#"tv4V("x@y.z", {"type": "integer", "multipleOf": 0.5})"#,
        r#"false Invalid type: string (expected integer) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect({}).to.have.jsonSchema({"type": "integer"}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be integer"#,
    ),
    (
        r#"tv4V({}, {"type": "integer"})"#,
        r#"false Invalid type: object (expected integer) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect(0).to.have.jsonSchema({"type": ["string", "null"]}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be string,null"#,
    ),
    (
        r#"tv4V(0, {"type": ["string", "null"]})"#,
        r#"false Invalid type: number (expected string/null) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect({"name": 0, "id": {"x": 2.5, "a-b": 0}}).to.have.jsonSchema({"type": "boolean"}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be boolean"#,
    ),
    (
        r#"tv4V({"name": 0, "id": {"x": 2.5, "a-b": 0}}, {"type": "boolean"})"#,
        r#"false Invalid type: object (expected boolean) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect(null).to.have.jsonSchema({"type": "boolean"}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be boolean"#,
    ),
    (
        r#"tv4V(null, {"type": "boolean"})"#,
        r#"false Invalid type: null (expected boolean) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect(1).to.have.jsonSchema({"type": "object", "properties": {"tags": {"type": "string", "maxLength": 2, "anyOf": [{"type": "string"}, {"type": "number"}]}}, "minProperties": 3}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be object"#,
    ),
    (
        r#"tv4V(1, {"type": "object", "properties": {"tags": {"type": "string", "maxLength": 2, "anyOf": [{"type": "string"}, {"type": "number"}]}}, "minProperties": 3})"#,
        r#"false Invalid type: number (expected object) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect(["aa", [], {"q": 0, "n": [10]}]).to.have.jsonSchema({"type": "boolean"}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be boolean"#,
    ),
    (
        r#"tv4V(["aa", [], {"q": 0, "n": [10]}], {"type": "boolean"})"#,
        r#"false Invalid type: array (expected boolean) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect({"x": "aa", "n": {"a-b": {}, "x": [], "q": ["x@y.z", 0], "n": 0}, "q": 1}).to.have.jsonSchema({"type": "string", "minLength": 2, "enum": ["a", "b"]}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be string, data should be equal to one of the allowed values"#,
    ),
    (
        r#"tv4V({"x": "aa", "n": {"a-b": {}, "x": [], "q": ["x@y.z", 0], "n": 0}, "q": 1}, {"type": "string", "minLength": 2, "enum": ["a", "b"]})"#,
        r#"false Invalid type: object (expected string) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect({"n": 2.5, "a-b": 10, "tags": [{"tags": "x@y.z", "n": "ABC"}]}).to.have.jsonSchema({"type": "array", "items": {"type": "null"}}) })"#,
        r#"expected data to satisfy schema but found following errors: 
data should be array"#,
    ),
    (
        r#"tv4V({"n": 2.5, "a-b": 10, "tags": [{"tags": "x@y.z", "n": "ABC"}]}, {"type": "array", "items": {"type": "null"}})"#,
        r#"false Invalid type: object (expected array) ; 0 ;  ; /type"#,
    ),
    (
        r#"__m(function(){ expect({"b": true, "f": ""}).to.be.a("array") })"#,
        r#"expected { b: true, f: '' } to be an array"#,
    ),
    (
        r#"__m(function(){ expect("b").to.have.length.above(2) })"#,
        r#"expected 'b' to have a length above 2 but got 1"#,
    ),
    (
        r#"__m(function(){ expect(1).to.include({"b": {"b": "", "c": "", "f": 0}, "f": true, "c": {"f": "abc", "a": "abc", "d-e": true}}) })"#,
        r#"expected 1 to have property 'b'"#,
    ),
    (
        r#"__m(function(){ expect(3.5).to.eql("hello world") })"#,
        r#"expected 3.5 to deeply equal 'hello world'"#,
    ),
    (
        r#"__m(function(){ expect({}).to.include.members(["hello world"]) })"#,
        r#"expected {} to be an array"#,
    ),
    (
        r#"__m(function(){ expect({}).to.have.deep.property("a", {"f": -1, "b": "hello world", "a": null}) })"#,
        r#"expected {} to have deep property 'a'"#,
    ),
    (
        r#"__m(function(){ expect({}).to.deep.include([]) })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect(["", {"a": [true], "d-e": 3.5, "c": {"f": false, "a": "hello world", "d-e": "abc"}}, true]).to.have.length.above(1) })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect(-1).to.deep.equal(false) })"#,
        r#"expected -1 to deeply equal false"#,
    ),
    (
        r#"__m(function(){ expect({"f": {"d-e": {}, "c": [1, 0, 3.5], "f": null}}).to.have.all.members([true]) })"#,
        r#"expected { f: { 'd-e': {}, …(2) } } to be an array"#,
    ),
    (
        r#"__m(function(){ expect([]).to.not.deep.equal(true) })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect({"a": {"c": ["b", 1, true], "d-e": {"c": 2, "b": "b"}, "b": ["", 1, "abc", "abc"]}}).to.have.length.above(1) })"#,
        r#"expected { a: { c: [ 'b', 1, true ], …(2) } } to have property 'length'"#,
    ),
    (
        r#"__m(function(){ expect({"a": "hello world", "b": [{}]}).to.not.deep.equal("abc") })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect({}).to.be.above("1") })"#,
        r#"expected [object Object] to be a number or a date"#,
    ),
    (
        r#"__m(function(){ expect({"b": "", "c": [{}, {"a": "a", "c": null}, "abc", {"d-e": null, "a": false, "b": "hello world"}]}).to.be.above(1) })"#,
        r#"expected [object Object] to be a number or a date"#,
    ),
    (
        r#"__m(function(){ expect({"b": "", "a": {"f": ["hello world"], "a": [0, -1], "d-e": {"f": 0, "b": "b", "d-e": 1}}}).to.be.above("1") })"#,
        r#"expected [object Object] to be a number or a date"#,
    ),
    (
        r#"__m(function(){ expect("b").to.have.lengthOf(1) })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect([{"c": 0}, {"b": [3.5, true, "b"], "c": 1}]).to.include.all.keys("b") })"#,
        r#"expected [ { c: +0 }, …(1) ] to contain key 'b'"#,
    ),
    (
        r#"__m(function(){ expect([[-1, {}, [3.5, false, "", "hello world"], "a"], 1, 3.5]).to.have.length.above(2) })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect(true).to.have.nested.property("b.c.d") })"#,
        r#"expected true to have nested property 'b.c.d'"#,
    ),
    (
        r#"__m(function(){ expect({"c": false, "a": "abc"}).to.have.any.keys(["a"]) })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect([true, {"b": "abc", "f": "a"}]).to.have.keys(["d-e", "a", "c"]) })"#,
        r#"expected [ true, { b: 'abc', f: 'a' } ] to have keys 'd-e', 'a', and 'c'"#,
    ),
    (
        r#"__m(function(){ expect([3.5, -1, {}, "abc"]).to.have.deep.property("b", [0, "", "abc"]) })"#,
        r#"expected [ 3.5, -1, {}, 'abc' ] to have deep property 'b'"#,
    ),
    (
        r#"__m(function(){ expect("b").to.have.ordered.members([[""], {"c": "", "f": ""}]) })"#,
        r#"expected 'b' to be an array"#,
    ),
    (
        r#"__m(function(){ expect("b").to.be.oneOf([[true, 3.5, "abc"], 3.5]) })"#,
        r#"expected 'b' to be one of [ [ true, 3.5, 'abc' ], 3.5 ]"#,
    ),
    (
        r#"__m(function(){ expect(false).to.have.keys(["d-e", "a", "b"]) })"#,
        r#"expected false to have keys 'd-e', 'a', and 'b'"#,
    ),
    (
        r#"__m(function(){ expect({"c": {"c": {}, "b": ""}, "f": "a"}).to.eql({"a": [3.5, [0], {}], "b": [[-1, -1, null], {}, 2], "c": {"c": 1, "d-e": "", "f": 3.5}}) })"#,
        r#"expected { c: { c: {}, b: '' }, f: 'a' } to deeply equal { a: [ 3.5, [ +0 ], {} ], …(2) }"#,
    ),
    (
        r#"__m(function(){ expect(2).to.be.oneOf([{"a": ""}, {"a": "", "c": false}]) })"#,
        r#"expected 2 to be one of [ { a: '' }, { a: '', c: false } ]"#,
    ),
    (
        r#"__m(function(){ expect(3.5).to.have.deep.members(["abc", "b"]) })"#,
        r#"expected 3.5 to be an array"#,
    ),
    (
        r#"__m(function(){ expect("b").to.contain.oneOf([["b"]]) })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect("abc").to.include({"d-e": 1, "b": {"c": 3.5, "b": ""}, "f": -1}) })"#,
        r#"expected 'abc' to include { 'd-e': 1, b: { c: 3.5, b: '' }, …(1) }"#,
    ),
    (
        r#"__m(function(){ expect("b").to.contain.oneOf([""]) })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect([true]).to.be.oneOf([false, ""]) })"#,
        r#"expected [ true ] to be one of [ false, '' ]"#,
    ),
    (
        r#"__m(function(){ expect(3.5).to.have.ordered.members([2, ["abc", -1, null, null]]) })"#,
        r#"expected 3.5 to be an array"#,
    ),
    (
        r#"__m(function(){ expect([{}, false, [{"f": 1, "b": false}, {}, -1, {"d-e": "", "c": 3.5}]]).to.eql(3.5) })"#,
        r#"expected [ {}, false, …(1) ] to deeply equal 3.5"#,
    ),
    (
        r#"__m(function(){ expect(1).to.have.deep.property("a", {}) })"#,
        r#"expected 1 to have deep property 'a'"#,
    ),
    (
        r#"__m(function(){ expect(null).to.not.deep.equal([]) })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect({"a": {"d-e": null}, "d-e": 2}).to.have.length.above(1) })"#,
        r#"expected { a: { 'd-e': null }, 'd-e': 2 } to have property 'length'"#,
    ),
    (
        r#"__m(function(){ expect(1).to.not.have.property("b") })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect(0).to.be.above(0) })"#,
        r#"expected +0 to be above +0"#,
    ),
    (
        r#"__m(function(){ expect([2, {}, {"c": ["a", -1, 3.5, "b"], "b": {"c": null, "f": 0, "a": 1}, "f": {"d-e": "b"}}]).to.eql([{}, "b", [0, null, {}, {"b": 0, "c": "hello world"}]]) })"#,
        r#"expected [ 2, {}, { …(3) } ] to deeply equal [ {}, 'b', [ +0, null, {}, { …(2) } ] ]"#,
    ),
    (
        r#"__m(function(){ expect("hello world").to.have.nested.property("a[0]") })"#,
        r#"expected 'hello world' to have nested property 'a[0]'"#,
    ),
    (
        r#"__m(function(){ expect("a").to.be.empty })"#,
        r#"expected 'a' to be empty"#,
    ),
    (
        r#"__m(function(){ expect("hello world").to.have.ordered.members([{"b": false, "f": -1, "c": false}, ["hello world", null]]) })"#,
        r#"expected 'hello world' to be an array"#,
    ),
    (
        r#"__m(function(){ expect([{"d-e": "a", "f": 3.5, "b": null}, "a", {"a": {"a": 3.5, "b": true, "f": -1}, "c": {"c": "b", "a": 3.5}, "b": {}}, null]).to.have.property("a") })"#,
        r#"expected [ …(4) ] to have property 'a'"#,
    ),
    (
        r#"__m(function(){ expect(2).to.be.oneOf(["", [1, "", true, null]]) })"#,
        r#"expected 2 to be one of [ '', [ 1, '', true, null ] ]"#,
    ),
    (
        r#"__m(function(){ expect([false]).to.be.empty })"#,
        r#"expected [ false ] to be empty"#,
    ),
    (
        r#"__m(function(){ expect([[{"b": "a"}]]).to.have.property("a") })"#,
        r#"expected [ [ { b: 'a' } ] ] to have property 'a'"#,
    ),
    (
        r#"__m(function(){ expect(-1).to.have.deep.property("b", {}) })"#,
        r#"expected -1 to have deep property 'b'"#,
    ),
    (
        r#"__m(function(){ expect([[{}], {"d-e": {"a": "b", "c": "a"}, "b": {}}, "", {}]).to.deep.include({"d-e": ["abc"]}) })"#,
        r#"expected [ [ {} ], { …(2) }, '', {} ] to deep include { 'd-e': [ 'abc' ] }"#,
    ),
    (
        r#"__m(function(){ expect([[{}, {"f": 3.5, "a": 3.5, "d-e": ""}, false, ["", "b", ""]], ["a"]]).to.have.property("b") })"#,
        r#"expected [ [ {}, …(3) ], [ 'a' ] ] to have property 'b'"#,
    ),
    (
        r#"__m(function(){ expect([3.5, "a"]).to.not.deep.equal("a") })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect([]).to.contain.oneOf([["a", -1, "", 3.5]]) })"#,
        r#"expected [] to contain one of [ [ 'a', -1, '', 3.5 ] ]"#,
    ),
    (
        r#"__m(function(){ expect(false).to.not.have.property("a") })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect("hello world").to.have.property("a", {"d-e": 2, "f": "hello world", "b": "b"}) })"#,
        r#"expected 'hello world' to have property 'a'"#,
    ),
    (
        r#"__m(function(){ expect(["a", "a", [{"c": "b", "f": true}, "hello world", {"a": ""}]]).to.have.lengthOf(0) })"#,
        r#"expected [ 'a', 'a', …(1) ] to have a length of +0 but got 3"#,
    ),
    (
        r#"__m(function(){ expect({"a": {"b": ["b", 1, true], "a": 2, "f": {"f": 2, "b": 2, "c": -1}}}).to.not.be.empty })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect([-1, "abc", {"f": [], "c": {"a": true, "b": null}}]).to.have.length.above(2) })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect(["b", [-1, 3.5], "hello world"]).to.have.deep.members([1, true]) })"#,
        r#"expected [ 'b', [ -1, 3.5 ], 'hello world' ] to have the same members as [ 1, true ]"#,
    ),
    (
        r#"__m(function(){ expect("a").to.have.lengthOf(0) })"#,
        r#"expected 'a' to have a length of +0 but got 1"#,
    ),
    (
        r#"__m(function(){ expect({"d-e": "abc", "b": "b", "c": {"a": {}, "c": []}}).to.deep.include(3.5) })"#,
        r#"the given combination of arguments (object and number) is invalid for this assertion. You can use an array, a map, an object, a set, a string, or a weakset instead of a number"#,
    ),
    (
        r#"__m(function(){ expect("abc").to.have.any.keys(["b"]) })"#,
        r#"expected 'abc' to have key 'b'"#,
    ),
    (
        r#"__m(function(){ expect({}).to.not.have.property("b") })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect(-1).to.have.property("b", "a") })"#,
        r#"expected -1 to have property 'b'"#,
    ),
    (
        r#"__m(function(){ expect(0).to.eql(2) })"#,
        r#"expected +0 to deeply equal 2"#,
    ),
    (
        r#"__m(function(){ expect({"b": false}).to.have.deep.members([null, "b"]) })"#,
        r#"expected { b: false } to be an array"#,
    ),
    (
        r#"__m(function(){ expect("b").to.be.above("1") })"#,
        r#"expected 'b' to be a number or a date"#,
    ),
    (
        r#"__m(function(){ expect({"c": {"c": null, "a": 2, "d-e": 1}, "a": "b"}).to.eql({}) })"#,
        r#"expected { Object (c, a) } to deeply equal {}"#,
    ),
    (
        r#"__m(function(){ expect([]).to.have.length.above(2) })"#,
        r#"expected [] to have a length above 2 but got +0"#,
    ),
    (
        r#"__m(function(){ expect({}).to.have.all.members([[]]) })"#,
        r#"expected {} to be an array"#,
    ),
    (
        r#"__m(function(){ expect([]).to.deep.include({"d-e": []}) })"#,
        r#"expected [] to deep include { 'd-e': [] }"#,
    ),
    (
        r#"__m(function(){ expect(0).to.deep.equal(null) })"#,
        r#"expected +0 to deeply equal null"#,
    ),
    (
        r#"__m(function(){ expect(1).to.have.nested.property("a") })"#,
        r#"expected 1 to have nested property 'a'"#,
    ),
    (
        r#"__m(function(){ expect("abc").to.deep.include({}) })"#,
        r#"expected 'abc' to deep include {}"#,
    ),
    (
        r#"__m(function(){ expect({"a": 2}).to.be.above(0) })"#,
        r#"expected [object Object] to be a number or a date"#,
    ),
    (
        r#"__m(function(){ expect({"f": []}).to.not.include({}) })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect("").to.include.members([2]) })"#,
        r#"expected '' to be an array"#,
    ),
    (
        r#"__m(function(){ expect({}).to.deep.include({}) })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect("hello world").to.not.deep.equal({"d-e": [{"f": 1, "d-e": "abc"}, {"d-e": 0, "a": 2}]}) })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect([]).to.have.deep.property("b", [-1, 3.5]) })"#,
        r#"expected [] to have deep property 'b'"#,
    ),
    (
        r#"__m(function(){ expect([[["a", "a", null], ["hello world", 1, 1], "hello world"], {"c": {}, "b": []}]).to.have.keys(["c", "a", "d-e"]) })"#,
        r#"expected [ [ [ 'a', 'a', null ], …(2) ], …(1) ] to have keys 'c', 'a', and 'd-e'"#,
    ),
    (
        r#"__m(function(){ expect(2).to.include.members([""]) })"#,
        r#"expected 2 to be an array"#,
    ),
    (
        r#"__m(function(){ expect("abc").to.be.empty })"#,
        r#"expected 'abc' to be empty"#,
    ),
    (
        r#"__m(function(){ expect(-1).to.be.above("1") })"#,
        r#"the argument to above must be a number"#,
    ),
    (
        r#"__m(function(){ expect([[], {"f": [2, "abc", null, "b"]}, {"a": ["b", "hello world", ""]}, []]).to.include.members(["abc"]) })"#,
        r#"expected [ [], …(3) ] to be a superset of [ 'abc' ]"#,
    ),
    (
        r#"__m(function(){ expect({"a": "a", "f": {"d-e": [0, "abc"], "a": 0, "f": 0}, "c": true}).to.have.property("b", ["abc", "b"]) })"#,
        r#"expected { a: 'a', f: { …(3) }, c: true } to have property 'b'"#,
    ),
    (
        r#"__m(function(){ expect([["a", 0], [[]]]).to.have.deep.property("b", {"f": null, "d-e": false}) })"#,
        r#"expected [ [ 'a', +0 ], [ [] ] ] to have deep property 'b'"#,
    ),
    (
        r#"__m(function(){ expect(1).to.have.members([false, -1]) })"#,
        r#"expected 1 to be an array"#,
    ),
    (
        r#"__m(function(){ expect([[], {"b": [2, "", false], "f": [-1, "a"], "a": {}}]).to.have.nested.property("a") })"#,
        r#"expected [ [], { b: [ 2, '', false ], …(2) } ] to have nested property 'a'"#,
    ),
    (
        r#"__m(function(){ expect({"a": "b", "c": []}).to.have.property("a", []) })"#,
        r#"expected { a: 'b', c: [] } to have property 'a' of [], but got 'b'"#,
    ),
    (
        r#"__m(function(){ expect({"d-e": {"b": true, "a": -1}}).to.have.property("0") })"#,
        r#"expected { 'd-e': { b: true, a: -1 } } to have property '0'"#,
    ),
    (
        r#"__m(function(){ expect("b").to.have.deep.members([[-1, "hello world"], 1]) })"#,
        r#"expected 'b' to be an array"#,
    ),
    (
        r#"__m(function(){ expect("b").to.have.nested.property("a[0]") })"#,
        r#"expected 'b' to have nested property 'a[0]'"#,
    ),
    (
        r#"__m(function(){ expect("b").to.be.oneOf([true, {}]) })"#,
        r#"expected 'b' to be one of [ true, {} ]"#,
    ),
    (
        r#"__m(function(){ expect(0).to.deep.include([{"f": "hello world", "a": "a"}, [0, true], []]) })"#,
        r#"expected +0 to have deep property '0'"#,
    ),
    (
        r#"__m(function(){ expect([[[false, "abc", false]]]).to.not.have.property("b") })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect(false).to.deep.equal({"c": {"a": 2, "c": 0, "b": true}, "d-e": [2, true]}) })"#,
        r#"expected false to deeply equal { c: { a: 2, c: +0, b: true }, …(1) }"#,
    ),
    (
        r#"__m(function(){ expect([3.5, {"f": [], "a": [3.5, "abc", true, "abc"]}, "a"]).to.have.keys(["b"]) })"#,
        r#"expected [ 3.5, …(2) ] to have key 'b'"#,
    ),
    (
        r#"__m(function(){ expect(null).to.not.deep.equal(-1) })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect([1, "b", [{"a": "b", "f": "hello world"}]]).to.not.have.property("b") })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect(3.5).to.have.property("0") })"#,
        r#"expected 3.5 to have property '0'"#,
    ),
    (
        r#"__m(function(){ expect([]).to.have.length.above(0) })"#,
        r#"expected [] to have a length above +0 but got +0"#,
    ),
    (
        r#"__m(function(){ expect(0).to.be.above(0) })"#,
        r#"expected +0 to be above +0"#,
    ),
    (
        r#"__m(function(){ expect([]).to.be.oneOf([{"a": "a"}, null]) })"#,
        r#"expected [] to be one of [ { a: 'a' }, null ]"#,
    ),
    (
        r#"__m(function(){ expect("a").to.not.deep.equal({}) })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect(-1).to.include.members([["b", "abc", "a"]]) })"#,
        r#"expected -1 to be an array"#,
    ),
    (
        r#"__m(function(){ expect(true).to.deep.include([["", 3.5], 1, null, 0]) })"#,
        r#"expected true to have deep property '0'"#,
    ),
    (
        r#"__m(function(){ expect({}).to.include.all.keys("b", "z") })"#,
        r#"expected {} to contain keys 'b', and 'z'"#,
    ),
    (
        r#"__m(function(){ expect(null).to.have.deep.property("a", []) })"#,
        r#"Target cannot be null or undefined."#,
    ),
    (
        r#"__m(function(){ expect([1, {"b": [0, 1, "b"]}]).to.have.members(2) })"#,
        r#"expected 2 to be an array"#,
    ),
    (
        r#"__m(function(){ expect(-1).to.deep.equal({}) })"#,
        r#"expected -1 to deeply equal {}"#,
    ),
    (
        r#"__m(function(){ expect([]).to.have.length.above(2) })"#,
        r#"expected [] to have a length above 2 but got +0"#,
    ),
    (
        r#"__m(function(){ expect([null, 0]).to.not.deep.equal([{"b": false}, [[1], {"c": -1, "f": 0}], 0, ""]) })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect([]).to.not.be.empty })"#,
        r#"expected [] not to be empty"#,
    ),
    (
        r#"__m(function(){ expect({"c": "", "b": [{"f": "abc", "a": true}, 1, ["", false, "b", ""], {"c": "a", "b": "a", "a": 3.5}], "f": -1}).to.have.deep.property("b", {"c": 3.5, "d-e": 3.5}) })"#,
        r#"expected { c: '', b: [ …(4) ], f: -1 } to have deep property 'b' of { c: 3.5, 'd-e': 3.5 }, but got [ { f: 'abc', a: true }, 1, …(2) ]"#,
    ),
    (
        r#"__m(function(){ expect(0).to.have.ordered.members(["", {"b": "hello world"}]) })"#,
        r#"expected +0 to be an array"#,
    ),
    (
        r#"__m(function(){ expect(2).to.be.above("1") })"#,
        r#"the argument to above must be a number"#,
    ),
    (
        r#"__m(function(){ expect("").to.include.members([1]) })"#,
        r#"expected '' to be an array"#,
    ),
    (
        r#"__m(function(){ expect([[0, false, true], [], "a", [3.5, [true], ["", 3.5, "", 0]]]).to.have.property("d-e") })"#,
        r#"expected [ [ +0, false, true ], [], 'a', …(1) ] to have property 'd-e'"#,
    ),
    (
        r#"__m(function(){ expect(1).to.be.oneOf([["abc", "abc", 2], [2, "a", true, "b"]]) })"#,
        r#"expected 1 to be one of [ [ 'abc', 'abc', 2 ], …(1) ]"#,
    ),
    (
        r#"__m(function(){ expect({"c": [["abc"], {"f": 3.5}, ["hello world"], "hello world"], "f": true}).to.include({"f": [-1]}) })"#,
        r#"expected { …(2) } to have property 'f' of [ -1 ], but got true"#,
    ),
    (
        r#"__m(function(){ expect({"a": {"a": 1, "d-e": {"d-e": 1, "f": 2, "c": 1}, "f": {}}, "d-e": [], "f": [0, [2, 3.5, 2, 3.5], {}, {"d-e": 3.5, "b": false, "f": "a"}]}).to.have.keys(["c", "b"]) })"#,
        r#"expected { …(3) } to have keys 'c', and 'b'"#,
    ),
    (
        r#"__m(function(){ expect([1]).to.include.members([[1]]) })"#,
        r#"expected [ 1 ] to be a superset of [ [ 1 ] ]"#,
    ),
    (
        r#"__m(function(){ expect({"d-e": "hello world", "f": {"a": "b", "d-e": {"b": "", "f": 0}}, "a": [false, -1, 0]}).to.not.have.property("b") })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect(-1).to.include("abc") })"#,
        r#"the given combination of arguments (number and string) is invalid for this assertion. You can use an array, a map, an object, a set, a string, or a weakset instead of a string"#,
    ),
    (
        r#"__m(function(){ expect([[], {"f": "abc", "a": "abc"}]).to.have.keys(["a"]) })"#,
        r#"expected [ [], { f: 'abc', a: 'abc' } ] to have key 'a'"#,
    ),
    (
        r#"__m(function(){ expect([3.5, false, false, []]).to.not.deep.equal("hello world") })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect(2).to.have.ordered.members([["b", 3.5, null], 1]) })"#,
        r#"expected 2 to be an array"#,
    ),
    (
        r#"__m(function(){ expect([-1, "hello world", ["b", {"b": "abc", "f": false, "d-e": null}]]).to.have.all.members([{"d-e": "b", "b": false}]) })"#,
        r#"expected [ -1, 'hello world', …(1) ] to have the same members as [ { 'd-e': 'b', b: false } ]"#,
    ),
    (
        r#"__m(function(){ expect({"c": {}, "d-e": "a", "b": ["a", "abc", -1, "hello world"]}).to.deep.include(1) })"#,
        r#"the given combination of arguments (object and number) is invalid for this assertion. You can use an array, a map, an object, a set, a string, or a weakset instead of a number"#,
    ),
    (
        r#"__m(function(){ expect("").to.eql({"a": ""}) })"#,
        r#"expected '' to deeply equal { a: '' }"#,
    ),
    (
        r#"__m(function(){ expect([[]]).to.have.nested.property("b.c.d") })"#,
        r#"expected [ [] ] to have nested property 'b.c.d'"#,
    ),
    (
        r#"__m(function(){ expect("").to.have.deep.property("a", "b") })"#,
        r#"expected '' to have deep property 'a'"#,
    ),
    (
        r#"__m(function(){ expect("abc").to.not.be.empty })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect({"d-e": [[false, -1], -1, []]}).to.have.members([{}, false]) })"#,
        r#"expected { 'd-e': [ [ false, -1 ], -1, [] ] } to be an array"#,
    ),
    (
        r#"__m(function(){ expect(-1).to.have.property("a", {}) })"#,
        r#"expected -1 to have property 'a'"#,
    ),
    (
        r#"__m(function(){ expect([{"b": false, "c": null}, -1]).to.eql({"d-e": "abc", "f": [{"d-e": false, "a": 3.5, "f": ""}, ["a", true], 1, "abc"]}) })"#,
        r#"expected [ { b: false, c: null }, -1 ] to deeply equal { 'd-e': 'abc', f: [ { …(3) }, …(3) ] }"#,
    ),
    (
        r#"__m(function(){ expect([]).to.have.property("d-e") })"#,
        r#"expected [] to have property 'd-e'"#,
    ),
    (
        r#"__m(function(){ expect([[[2, true, "abc", null], [3.5]], {}, [[], ["abc", "hello world", 3.5, "b"], {"f": 3.5, "a": true}]]).to.include.all.keys("z", "a") })"#,
        r#"expected [ …(3) ] to contain keys 'z', and 'a'"#,
    ),
    (
        r#"__m(function(){ expect("hello world").to.include(null) })"#,
        r#"expected 'hello world' to include null"#,
    ),
    (
        r#"__m(function(){ expect([]).to.have.nested.property("a[0]") })"#,
        r#"expected [] to have nested property 'a[0]'"#,
    ),
    (
        r#"__m(function(){ expect([]).to.not.be.empty })"#,
        r#"expected [] not to be empty"#,
    ),
    (
        r#"__m(function(){ expect([]).to.include.members([[""]]) })"#,
        r#"expected [] to be a superset of [ [ '' ] ]"#,
    ),
    (
        r#"__m(function(){ expect("abc").to.have.ordered.members([[], [-1, true, ""]]) })"#,
        r#"expected 'abc' to be an array"#,
    ),
    (
        r#"__m(function(){ expect(true).to.not.have.property("a") })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect(false).to.have.deep.members([[2, 2, 1], "abc"]) })"#,
        r#"expected false to be an array"#,
    ),
    (
        r#"__m(function(){ expect(1).to.have.length.above(0) })"#,
        r#"expected 1 to have property 'length'"#,
    ),
    (
        r#"__m(function(){ expect("hello world").to.be.empty })"#,
        r#"expected 'hello world' to be empty"#,
    ),
    (r#"__m(function(){ expect({}).to.be.empty })"#, r#"PASS"#),
    (
        r#"__m(function(){ expect(["", 2, "b", false]).to.be.above(1) })"#,
        r#"expected ,2,b,false to be a number or a date"#,
    ),
    (
        r#"__m(function(){ expect({"f": "b"}).to.include.all.keys("z", "a") })"#,
        r#"expected { f: 'b' } to contain keys 'z', and 'a'"#,
    ),
    (
        r#"__m(function(){ expect([{"f": "abc", "a": [""], "c": ["hello world"]}]).to.be.a("boolean") })"#,
        r#"expected [ { f: 'abc', a: [ '' ], …(1) } ] to be a boolean"#,
    ),
    (
        r#"__m(function(){ expect([3.5, [[-1, 0, 3.5, ""], {"b": 3.5, "f": 2, "d-e": "a"}, [""], 2], true]).to.eql(2) })"#,
        r#"expected [ 3.5, …(2) ] to deeply equal 2"#,
    ),
    (
        r#"__m(function(){ expect(3.5).to.eql([]) })"#,
        r#"expected 3.5 to deeply equal []"#,
    ),
    (
        r#"__m(function(){ expect(1).to.have.all.members([3.5]) })"#,
        r#"expected 1 to be an array"#,
    ),
    (
        r#"__m(function(){ expect("a").to.have.nested.property("a[0]") })"#,
        r#"expected 'a' to have nested property 'a[0]'"#,
    ),
    (
        r#"__m(function(){ expect(-1).to.have.all.members([{"d-e": "b", "c": 0}]) })"#,
        r#"expected -1 to be an array"#,
    ),
    (
        r#"__m(function(){ expect([["hello world"], "b", {"b": false, "a": {"b": 0}}, {"b": [0]}]).to.not.deep.equal(["hello world", 2, -1, false]) })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect({"d-e": "a", "a": false, "c": []}).to.have.lengthOf(1) })"#,
        r#"expected { 'd-e': 'a', a: false, c: [] } to have property 'length'"#,
    ),
    (
        r#"__m(function(){ expect("abc").to.include.all.keys("a", "z") })"#,
        r#"expected 'abc' to contain keys 'a', and 'z'"#,
    ),
    (
        r#"__m(function(){ expect([{}]).to.be.oneOf([-1, 1]) })"#,
        r#"expected [ {} ] to be one of [ -1, 1 ]"#,
    ),
    (
        r#"__m(function(){ expect({}).to.not.be.empty })"#,
        r#"expected {} not to be empty"#,
    ),
    (
        r#"__m(function(){ expect("a").to.be.empty })"#,
        r#"expected 'a' to be empty"#,
    ),
    (
        r#"__m(function(){ expect([[[], [3.5], 3.5, false], 3.5]).to.deep.equal("abc") })"#,
        r#"expected [ [ [], [ 3.5 ], 3.5, false ], 3.5 ] to deeply equal 'abc'"#,
    ),
    (
        r#"__m(function(){ expect({"a": ""}).to.be.above("1") })"#,
        r#"expected [object Object] to be a number or a date"#,
    ),
    (
        r#"__m(function(){ expect({"a": [{"b": -1, "f": false, "d-e": true}, "abc"]}).to.include.all.keys("z") })"#,
        r#"expected { a: [ …(2) ] } to contain key 'z'"#,
    ),
    (
        r#"__m(function(){ expect(3.5).to.not.include(false) })"#,
        r#"the given combination of arguments (number and boolean) is invalid for this assertion. You can use an array, a map, an object, a set, a string, or a weakset instead of a boolean"#,
    ),
    (
        r#"__m(function(){ expect({"d-e": "abc", "b": {"d-e": false}, "c": 1}).to.have.property("0", {"d-e": 3.5, "c": 2, "b": "a"}) })"#,
        r#"expected { 'd-e': 'abc', …(2) } to have property '0'"#,
    ),
    (
        r#"__m(function(){ expect("b").to.eql([[{"b": "abc"}, 1]]) })"#,
        r#"expected 'b' to deeply equal [ [ { b: 'abc' }, 1 ] ]"#,
    ),
    (
        r#"__m(function(){ expect(1).to.have.lengthOf(2) })"#,
        r#"expected 1 to have property 'length'"#,
    ),
    (
        r#"__m(function(){ expect("b").to.have.all.members([1]) })"#,
        r#"expected 'b' to be an array"#,
    ),
    (
        r#"__m(function(){ expect({}).to.have.deep.property("a", {"d-e": 3.5}) })"#,
        r#"expected {} to have deep property 'a'"#,
    ),
    (
        r#"__m(function(){ expect(["a", "hello world"]).to.include({"d-e": [], "a": [false, -1], "c": [1, "abc", 1]}) })"#,
        r#"expected [ 'a', 'hello world' ] to include { 'd-e': [], a: [ false, -1 ], …(1) }"#,
    ),
    (
        r#"__m(function(){ expect([{"a": 3.5, "d-e": "abc", "f": ["a", "", -1]}, {"d-e": [2, "abc"], "a": false, "f": true}]).to.have.nested.property("a") })"#,
        r#"expected [ Array(2) ] to have nested property 'a'"#,
    ),
    (
        r#"__m(function(){ expect(0).to.eql({}) })"#,
        r#"expected +0 to deeply equal {}"#,
    ),
    (
        r#"__m(function(){ expect({}).to.have.property("0") })"#,
        r#"expected {} to have property '0'"#,
    ),
    (
        r#"__m(function(){ expect(["", null, [2], {"d-e": [-1], "a": true}]).to.have.length.above(0) })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect("abc").to.contain.oneOf([[]]) })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect({"c": {"a": {"a": null, "c": 3.5, "b": ""}, "b": [], "d-e": null}, "f": "a", "b": 2}).to.not.have.property("a") })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect({"c": "hello world", "d-e": "a"}).to.not.have.property("a") })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect([false]).to.not.be.empty })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect([[-1, {"c": "hello world", "f": null, "d-e": true}], {"f": [true, 1, false], "b": ["abc", true, 2]}, ["a"], true]).to.have.deep.members([[], {"c": 1}]) })"#,
        r#"expected [ …(4) ] to have the same members as [ [], { c: 1 } ]"#,
    ),
    (
        r#"__m(function(){ expect([false, 3.5]).to.have.deep.members([[1, -1], ["a", 3.5, "a"]]) })"#,
        r#"expected [ false, 3.5 ] to have the same members as [ [ 1, -1 ], [ 'a', 3.5, 'a' ] ]"#,
    ),
    (
        r#"__m(function(){ expect(false).to.have.members([["a"], "b"]) })"#,
        r#"expected false to be an array"#,
    ),
    (
        r#"__m(function(){ expect([]).to.have.length.above(1) })"#,
        r#"expected [] to have a length above 1 but got +0"#,
    ),
    (
        r#"__m(function(){ expect(2).to.have.length.above(0) })"#,
        r#"expected 2 to have property 'length'"#,
    ),
    (
        r#"__m(function(){ expect({"b": 0, "c": {"a": [0, ""]}}).to.be.a("string") })"#,
        r#"expected { b: +0, c: { a: [ +0, '' ] } } to be a string"#,
    ),
    (
        r#"__m(function(){ expect("").to.deep.include("") })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect([{"b": 0, "d-e": {"b": null}}, 2]).to.have.lengthOf(3) })"#,
        r#"expected [ { b: +0, 'd-e': { b: null } }, 2 ] to have a length of 3 but got 2"#,
    ),
    (
        r#"__m(function(){ expect({}).to.not.be.empty })"#,
        r#"expected {} not to be empty"#,
    ),
    (
        r#"__m(function(){ expect(null).to.have.all.members([{"a": ""}]) })"#,
        r#"expected null to be an array"#,
    ),
    (
        r#"__m(function(){ expect(false).to.not.be.empty })"#,
        r#".empty was passed non-string primitive false"#,
    ),
    (
        r#"__m(function(){ expect([[{"d-e": -1}, 3.5, {"c": "abc"}, 1]]).to.have.property("0", true) })"#,
        r#"expected [ [ { 'd-e': -1 }, 3.5, …(2) ] ] to have property '0' of true, but got [ { 'd-e': -1 }, 3.5, { c: 'abc' }, 1 ]"#,
    ),
    (
        r#"__m(function(){ expect([3.5, 3.5]).to.have.length.above(0) })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect([]).to.have.deep.members([{}, ""]) })"#,
        r#"expected [] to have the same members as [ {}, '' ]"#,
    ),
    (
        r#"__m(function(){ expect({}).to.be.above(0) })"#,
        r#"expected [object Object] to be a number or a date"#,
    ),
    (
        r#"__m(function(){ expect(1).to.deep.include(null) })"#,
        r#"the given combination of arguments (number and null) is invalid for this assertion. You can use an array, a map, an object, a set, a string, or a weakset instead of a null"#,
    ),
    (
        r#"__m(function(){ expect([{"d-e": 1, "b": [], "f": false}, -1, 1]).to.include({"c": 3.5, "a": {"d-e": 1, "b": ""}}) })"#,
        r#"expected [ Array(3) ] to include { c: 3.5, a: { 'd-e': 1, b: '' } }"#,
    ),
    (
        r#"__m(function(){ expect(null).to.have.deep.members(["a", ""]) })"#,
        r#"expected null to be an array"#,
    ),
    (
        r#"__m(function(){ expect({"f": "hello world", "c": [["abc", 1, "hello world"]], "d-e": {"a": {"a": "hello world", "f": "a"}, "b": -1, "d-e": {"f": -1, "a": "abc", "d-e": null}}}).to.not.deep.equal("a") })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect({"f": "abc", "a": false}).to.not.have.property("b") })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect({"d-e": -1, "c": "b"}).to.include("hello world") })"#,
        r#"the given combination of arguments (object and string) is invalid for this assertion. You can use an array, a map, an object, a set, a string, or a weakset instead of a string"#,
    ),
    (
        r#"__m(function(){ expect(true).to.have.lengthOf(0) })"#,
        r#"expected true to have property 'length'"#,
    ),
    (
        r#"__m(function(){ expect(3.5).to.deep.include("a") })"#,
        r#"the given combination of arguments (number and string) is invalid for this assertion. You can use an array, a map, an object, a set, a string, or a weakset instead of a string"#,
    ),
    (
        r#"__m(function(){ expect({"c": "abc"}).to.eql(["a", "b", "", {"f": []}]) })"#,
        r#"expected { c: 'abc' } to deeply equal [ 'a', 'b', '', { f: [] } ]"#,
    ),
    (
        r#"__m(function(){ expect({"c": [{}, []], "a": "a", "d-e": [{}, null, [false]]}).to.have.members({"c": {"a": 2, "c": -1, "f": 0}, "d-e": 0, "f": []}) })"#,
        r#"expected { c: [ {}, [] ], a: 'a', …(1) } to be an array"#,
    ),
    (
        r#"__m(function(){ expect([[[1, true], {"f": "hello world"}, null, {"b": null, "f": "hello world"}], ["abc", [0, true], -1, 2], ""]).to.include({"b": "abc", "a": "a"}) })"#,
        r#"expected [ [ [ 1, true ], …(3) ], …(2) ] to include { b: 'abc', a: 'a' }"#,
    ),
    (
        r#"__m(function(){ expect({}).to.include.all.keys("z") })"#,
        r#"expected {} to contain key 'z'"#,
    ),
    (
        r#"__m(function(){ expect(-1).to.have.deep.members([2, {}]) })"#,
        r#"expected -1 to be an array"#,
    ),
    (
        r#"__m(function(){ expect({"a": null}).to.have.nested.property("a[0]") })"#,
        r#"expected { a: null } to have nested property 'a[0]'"#,
    ),
    (
        r#"__m(function(){ expect([[{"a": "abc", "b": 1}, ["abc", 1], {"b": "b", "c": "a"}], 0, [], ""]).to.have.property("b", {"b": "abc", "a": "abc", "c": null}) })"#,
        r#"expected [ [ { a: 'abc', b: 1 }, …(2) ], …(3) ] to have property 'b'"#,
    ),
    (
        r#"__m(function(){ expect({"a": "b", "b": [[], [2, 1, "b"], {"b": null, "c": 1, "a": ""}], "c": 1}).to.not.have.property("b") })"#,
        r#"expected { a: 'b', …(2) } to not have property 'b'"#,
    ),
    (
        r#"__m(function(){ expect({"c": "a", "a": {"f": ["b", false, true], "a": true}, "f": "abc"}).to.have.ordered.members(["abc", {"d-e": "b"}]) })"#,
        r#"expected { c: 'a', …(2) } to be an array"#,
    ),
    (
        r#"__m(function(){ expect(-1).to.be.oneOf(["a", ["abc", 3.5, "a"]]) })"#,
        r#"expected -1 to be one of [ 'a', [ 'abc', 3.5, 'a' ] ]"#,
    ),
    (
        r#"__m(function(){ expect([[[2, false, "b", 1], 3.5, [3.5, ""], true]]).to.have.members([1, null]) })"#,
        r#"expected [ [ [ 2, false, 'b', 1 ], 3.5, …(2) ] ] to have the same members as [ 1, null ]"#,
    ),
    (
        r#"__m(function(){ expect({}).to.have.nested.property("b.c.d") })"#,
        r#"expected {} to have nested property 'b.c.d'"#,
    ),
    (
        r#"__m(function(){ expect(["abc", ["b"], [[], "", {}, "a"], {"f": ""}]).to.include.members(["b"]) })"#,
        r#"expected [ 'abc', [ 'b' ], …(2) ] to be a superset of [ 'b' ]"#,
    ),
    (
        r#"__m(function(){ expect(1).to.have.length.above(0) })"#,
        r#"expected 1 to have property 'length'"#,
    ),
    (
        r#"__m(function(){ expect([[], {}]).to.have.property("0", "a") })"#,
        r#"expected [ [], {} ] to have property '0' of 'a', but got []"#,
    ),
    (
        r#"__m(function(){ expect("a").to.have.deep.property("a", false) })"#,
        r#"expected 'a' to have deep property 'a'"#,
    ),
    (
        r#"__m(function(){ expect([[0, ["abc", "b", null]]]).to.have.deep.property("a", ["", "b"]) })"#,
        r#"expected [ [ +0, [ 'abc', 'b', null ] ] ] to have deep property 'a'"#,
    ),
    (
        r#"__m(function(){ expect({"b": {"a": "hello world", "f": "abc"}}).to.deep.equal([]) })"#,
        r#"expected { b: { a: 'hello world', f: 'abc' } } to deeply equal []"#,
    ),
    (
        r#"__m(function(){ expect(-1).to.not.deep.equal(0) })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect([-1, -1, [[]], [[false, ""]]]).to.have.members("b") })"#,
        r#"expected 'b' to be an array"#,
    ),
    (
        r#"__m(function(){ expect({"d-e": {"b": "", "a": 1, "f": [false, "a", 1, "hello world"]}, "f": {"c": "abc", "b": {"d-e": "hello world", "f": 1}}, "c": "hello world"}).to.deep.include("hello world") })"#,
        r#"the given combination of arguments (object and string) is invalid for this assertion. You can use an array, a map, an object, a set, a string, or a weakset instead of a string"#,
    ),
    (
        r#"__m(function(){ expect({"a": "abc"}).to.be.above(1) })"#,
        r#"expected [object Object] to be a number or a date"#,
    ),
    (
        r#"__m(function(){ expect([0, null, true, []]).to.have.keys(["d-e", "a", "b"]) })"#,
        r#"expected [ +0, null, true, [] ] to have keys 'd-e', 'a', and 'b'"#,
    ),
    (
        r#"__m(function(){ expect(0).to.have.length.above(2) })"#,
        r#"expected +0 to have property 'length'"#,
    ),
    (
        r#"__m(function(){ expect(true).to.be.empty })"#,
        r#".empty was passed non-string primitive true"#,
    ),
    (
        r#"__m(function(){ expect([3.5]).to.not.be.empty })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect({}).to.have.length.above(2) })"#,
        r#"expected {} to have property 'length'"#,
    ),
    (
        r#"__m(function(){ expect({}).to.include.all.keys("z", "b") })"#,
        r#"expected {} to contain keys 'z', and 'b'"#,
    ),
    (
        r#"__m(function(){ expect(-1).to.not.deep.equal([[-1, [false, 2, "b"]], []]) })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect({"c": 1, "a": false, "f": {"f": [], "a": ""}}).to.deep.include(1) })"#,
        r#"the given combination of arguments (object and number) is invalid for this assertion. You can use an array, a map, an object, a set, a string, or a weakset instead of a number"#,
    ),
    (
        r#"__m(function(){ expect("").to.have.deep.property("b", 2) })"#,
        r#"expected '' to have deep property 'b'"#,
    ),
    (
        r#"__m(function(){ expect({"a": ["", -1, {"c": 0, "a": 0, "d-e": "a"}, "hello world"]}).to.have.members("hello world") })"#,
        r#"expected { a: [ '', -1, …(2) ] } to be an array"#,
    ),
    (
        r#"__m(function(){ expect(2).to.have.lengthOf(3) })"#,
        r#"expected 2 to have property 'length'"#,
    ),
    (
        r#"__m(function(){ expect(1).to.have.nested.property("b.c.d") })"#,
        r#"expected 1 to have nested property 'b.c.d'"#,
    ),
    (
        r#"__m(function(){ expect(true).to.not.be.empty })"#,
        r#".empty was passed non-string primitive true"#,
    ),
    (
        r#"__m(function(){ expect(false).to.include([{"f": 0}, ["b", "", "a", 3.5]]) })"#,
        r#"expected false to have property '0'"#,
    ),
    (
        r#"__m(function(){ expect("").to.have.ordered.members([{"d-e": 3.5, "b": "a"}, false]) })"#,
        r#"expected '' to be an array"#,
    ),
    (
        r#"__m(function(){ expect([null, {"d-e": [3.5, false, 3.5], "c": -1, "f": {"a": null, "b": 2, "f": "abc"}}, true, -1]).to.include.members([[3.5]]) })"#,
        r#"expected [ null, { …(3) }, true, -1 ] to be a superset of [ [ 3.5 ] ]"#,
    ),
    (
        r#"__m(function(){ expect([true]).to.include([-1, ["hello world", 3.5, null], "b"]) })"#,
        r#"expected [ true ] to include [ -1, …(2) ]"#,
    ),
    (
        r#"__m(function(){ expect(false).to.not.include({"d-e": {}, "f": "abc", "a": "b"}) })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect(true).to.have.keys(["a", "b", "d-e"]) })"#,
        r#"expected true to have keys 'a', 'b', and 'd-e'"#,
    ),
    (
        r#"__m(function(){ expect([{"a": -1}, {"c": "a", "a": [0, "abc"], "f": [-1, 0]}]).to.have.deep.property("b", "") })"#,
        r#"expected [ { a: -1 }, …(1) ] to have deep property 'b'"#,
    ),
    (
        r#"__m(function(){ expect(3.5).to.have.deep.property("b", null) })"#,
        r#"expected 3.5 to have deep property 'b'"#,
    ),
    (
        r#"__m(function(){ expect([false]).to.contain.oneOf([{"f": 0, "a": "hello world"}]) })"#,
        r#"expected [ false ] to contain one of [ { f: +0, a: 'hello world' } ]"#,
    ),
    (
        r#"__m(function(){ expect({"b": 1}).to.not.deep.equal([[{}, {}]]) })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect([{"b": {"f": "a"}}, {"d-e": 0}, [{"c": ""}, 1]]).to.not.have.property("b") })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect({"c": [], "a": "abc", "b": "abc"}).to.be.oneOf([{"f": false}, "a"]) })"#,
        r#"expected { c: [], a: 'abc', b: 'abc' } to be one of [ { f: false }, 'a' ]"#,
    ),
    (
        r#"__m(function(){ expect(false).to.be.above("1") })"#,
        r#"expected false to be a number or a date"#,
    ),
    (
        r#"__m(function(){ expect("abc").to.include("a") })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect(1).to.deep.include(["hello world"]) })"#,
        r#"expected 1 to have deep property '0'"#,
    ),
    (
        r#"__m(function(){ expect(["hello world", [{"a": 0, "c": 1, "d-e": 1}, {"b": -1, "c": null}], {"c": [2, -1, "abc"], "b": "hello world"}, {"f": "hello world", "b": {"a": "a"}}]).to.have.lengthOf(1) })"#,
        r#"expected [ 'hello world', [ …(2) ], …(2) ] to have a length of 1 but got 4"#,
    ),
    (
        r#"__m(function(){ expect(2).to.include(3.5) })"#,
        r#"the given combination of arguments (number and number) is invalid for this assertion. You can use an array, a map, an object, a set, a string, or a weakset instead of a number"#,
    ),
    (
        r#"__m(function(){ expect(null).to.have.deep.members([[false, "a"], [3.5, 3.5]]) })"#,
        r#"expected null to be an array"#,
    ),
    (
        r#"__m(function(){ expect({"a": []}).to.be.oneOf(["", "hello world"]) })"#,
        r#"expected { a: [] } to be one of [ '', 'hello world' ]"#,
    ),
    (
        r#"__m(function(){ expect([{"f": "b", "b": 1}, "", "b", {"a": {"b": -1, "d-e": 2, "f": 3.5}}]).to.have.members([[], {"c": "abc", "a": 3.5, "b": 2}]) })"#,
        r#"expected [ { f: 'b', b: 1 }, '', 'b', { …(1) } ] to have the same members as [ [], { c: 'abc', a: 3.5, b: 2 } ]"#,
    ),
    (
        r#"__m(function(){ expect([]).to.have.property("b", false) })"#,
        r#"expected [] to have property 'b'"#,
    ),
    (
        r#"__m(function(){ expect("abc").to.have.property("0") })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect([[], {"f": "a"}, {"b": [true, 3.5], "c": "b", "d-e": 0}, "a"]).to.have.deep.property("a", 2) })"#,
        r#"expected [ [], { f: 'a' }, …(2) ] to have deep property 'a'"#,
    ),
    (
        r#"__m(function(){ expect("b").to.be.a("string") })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect(2).to.not.be.empty })"#,
        r#".empty was passed non-string primitive 2"#,
    ),
    (
        r#"__m(function(){ expect(["abc"]).to.have.members({"d-e": [-1, 2, 3.5], "c": {"a": false, "c": "a"}}) })"#,
        r#"expected { 'd-e': [ -1, 2, 3.5 ], …(1) } to be an array"#,
    ),
    (
        r#"__m(function(){ expect({"c": [], "a": {"a": [null], "f": false, "d-e": 2}}).to.not.be.empty })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect({"c": [0]}).to.have.lengthOf(2) })"#,
        r#"expected { c: [ +0 ] } to have property 'length'"#,
    ),
    (
        r#"__m(function(){ expect(["hello world", 0, {"f": 0}]).to.be.empty })"#,
        r#"expected [ 'hello world', +0, { f: +0 } ] to be empty"#,
    ),
    (
        r#"__m(function(){ expect(false).to.have.property("0") })"#,
        r#"expected false to have property '0'"#,
    ),
    (
        r#"__m(function(){ expect(null).to.be.a("null") })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect({"b": 1}).to.have.all.members([""]) })"#,
        r#"expected { b: 1 } to be an array"#,
    ),
    (
        r#"__m(function(){ expect(3.5).to.have.lengthOf(0) })"#,
        r#"expected 3.5 to have property 'length'"#,
    ),
    (
        r#"__m(function(){ expect({"c": [["hello world", "b"], -1, {"d-e": 2, "c": "b", "f": false}]}).to.deep.include("a") })"#,
        r#"the given combination of arguments (object and string) is invalid for this assertion. You can use an array, a map, an object, a set, a string, or a weakset instead of a string"#,
    ),
    (
        r#"__m(function(){ expect([[[false, "a", "a", "a"], []]]).to.have.keys(["c", "b"]) })"#,
        r#"expected [ [ [ false, 'a', 'a', 'a' ], [] ] ] to have keys 'c', and 'b'"#,
    ),
    (
        r#"__m(function(){ expect("").to.have.keys(["d-e"]) })"#,
        r#"expected '' to have key 'd-e'"#,
    ),
    (
        r#"__m(function(){ expect({"c": {"b": 1, "d-e": 3.5, "f": [2, "b", true, null]}}).to.not.be.empty })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect("b").to.include.all.keys("a") })"#,
        r#"expected 'b' to contain key 'a'"#,
    ),
    (
        r#"__m(function(){ expect("b").to.have.all.members([["hello world", "abc", "hello world"]]) })"#,
        r#"expected 'b' to be an array"#,
    ),
    (
        r#"__m(function(){ expect(true).to.have.property("a") })"#,
        r#"expected true to have property 'a'"#,
    ),
    (
        r#"__m(function(){ expect(1).to.have.deep.members(["a", {"d-e": 1, "b": 3.5}]) })"#,
        r#"expected 1 to be an array"#,
    ),
    (
        r#"__m(function(){ expect([{"c": [false], "d-e": {}}]).to.be.oneOf([{}, []]) })"#,
        r#"expected [ { c: [ false ], 'd-e': {} } ] to be one of [ {}, [] ]"#,
    ),
    (
        r#"__m(function(){ expect({"a": null}).to.have.nested.property("a") })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect(0).to.be.a("string") })"#,
        r#"expected +0 to be a string"#,
    ),
    (
        r#"__m(function(){ expect({"c": false, "b": 2, "f": {}}).to.have.ordered.members([[1, 1], -1]) })"#,
        r#"expected { c: false, b: 2, f: {} } to be an array"#,
    ),
    (
        r#"__m(function(){ expect([{"a": {"f": 0, "a": "", "c": 0}, "b": ["a"]}, [["b", "a", -1]], [[], [0]]]).to.not.be.empty })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect([["abc", ["a"], null, [false, 3.5, 3.5]]]).to.have.nested.property("a[0]") })"#,
        r#"expected [ [ 'abc', [ 'a' ], null, [ …(3) ] ] ] to have nested property 'a[0]'"#,
    ),
    (
        r#"__m(function(){ expect("hello world").to.have.deep.members([{}, {"f": -1, "c": "b", "b": true}]) })"#,
        r#"expected 'hello world' to be an array"#,
    ),
    (
        r#"__m(function(){ expect("b").to.be.oneOf([[false], 0]) })"#,
        r#"expected 'b' to be one of [ [ false ], +0 ]"#,
    ),
    (
        r#"__m(function(){ expect([1]).to.have.nested.property("a.b") })"#,
        r#"expected [ 1 ] to have nested property 'a.b'"#,
    ),
    (
        r#"__m(function(){ expect(null).to.not.be.empty })"#,
        r#".empty was passed non-string primitive null"#,
    ),
    (
        r#"__m(function(){ expect(true).to.not.be.empty })"#,
        r#".empty was passed non-string primitive true"#,
    ),
    (
        r#"__m(function(){ expect({"b": {}}).to.not.have.property("b") })"#,
        r#"expected { b: {} } to not have property 'b'"#,
    ),
    (
        r#"__m(function(){ expect(false).to.be.empty })"#,
        r#".empty was passed non-string primitive false"#,
    ),
    (
        r#"__m(function(){ expect("a").to.have.property("d-e") })"#,
        r#"expected 'a' to have property 'd-e'"#,
    ),
    (
        r#"__m(function(){ expect("hello world").to.not.deep.equal(3.5) })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect(3.5).to.have.property("b", []) })"#,
        r#"expected 3.5 to have property 'b'"#,
    ),
    (
        r#"__m(function(){ expect(0).to.have.any.keys(["z"]) })"#,
        r#"expected +0 to have key 'z'"#,
    ),
    (
        r#"__m(function(){ expect([[false], [[-1], {"c": false, "d-e": -1, "f": "a"}], 2]).to.not.include([["abc", true], [2, -1, 1], "b"]) })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect(2).to.not.have.property("a") })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect({}).to.not.include([]) })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect(false).to.be.oneOf([{"b": true, "d-e": null}, {"c": true}]) })"#,
        r#"expected false to be one of [ { b: true, 'd-e': null }, …(1) ]"#,
    ),
    (
        r#"__m(function(){ expect({"f": 0}).to.be.empty })"#,
        r#"expected { f: +0 } to be empty"#,
    ),
    (
        r#"__m(function(){ expect(1).to.be.a("object") })"#,
        r#"expected 1 to be an object"#,
    ),
    (
        r#"__m(function(){ expect({"c": ["b"]}).to.have.lengthOf(2) })"#,
        r#"expected { c: [ 'b' ] } to have property 'length'"#,
    ),
    (
        r#"__m(function(){ expect("").to.be.above("1") })"#,
        r#"expected '' to be a number or a date"#,
    ),
    (
        r#"__m(function(){ expect({"a": "a"}).to.have.deep.members([-1, {"c": 0, "a": "hello world"}]) })"#,
        r#"expected { a: 'a' } to be an array"#,
    ),
    (
        r#"__m(function(){ expect([[{}, "abc", [false]], [{}, []], [], {"d-e": {}, "c": {"a": false, "d-e": 0}, "f": {}}]).to.include(3.5) })"#,
        r#"expected [ [ {}, 'abc', [ false ] ], …(3) ] to include 3.5"#,
    ),
    (
        r#"__m(function(){ expect({"a": 1, "c": "abc", "d-e": [[1, "a", 3.5, true], [2, "hello world", true]]}).to.be.empty })"#,
        r#"expected { a: 1, c: 'abc', …(1) } to be empty"#,
    ),
    (
        r#"__m(function(){ expect("").to.have.keys(["b", "d-e"]) })"#,
        r#"expected '' to have keys 'b', and 'd-e'"#,
    ),
    (
        r#"__m(function(){ expect(["", {"b": ["a", 3.5, 2], "d-e": "a", "a": [2, "hello world"]}]).to.be.oneOf([{}, []]) })"#,
        r#"expected [ '', { b: [ 'a', 3.5, 2 ], …(2) } ] to be one of [ {}, [] ]"#,
    ),
    (
        r#"__m(function(){ expect([2, -1, {"c": "abc", "a": 1}, {"f": ["hello world"], "a": [true, "", "hello world", 3.5], "d-e": 0}]).to.have.all.members([-1]) })"#,
        r#"expected [ 2, -1, { c: 'abc', a: 1 }, { …(3) } ] to have the same members as [ -1 ]"#,
    ),
    (
        r#"__m(function(){ expect(2).to.have.property("length") })"#,
        r#"expected 2 to have property 'length'"#,
    ),
    (
        r#"__m(function(){ expect(["b"]).to.be.oneOf([1, [-1, true, 1]]) })"#,
        r#"expected [ 'b' ] to be one of [ 1, [ -1, true, 1 ] ]"#,
    ),
    (
        r#"__m(function(){ expect("a").to.not.deep.equal(null) })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect(["", 3.5, {"c": false, "a": 0, "d-e": 3.5}]).to.eql(null) })"#,
        r#"expected [ '', 3.5, { c: false, a: +0, …(1) } ] to deeply equal null"#,
    ),
    (
        r#"__m(function(){ expect({"f": {}, "d-e": 3.5}).to.eql({}) })"#,
        r#"expected { f: {}, 'd-e': 3.5 } to deeply equal {}"#,
    ),
    (
        r#"__m(function(){ expect([{"c": ["hello world", null, 3.5]}, [["b", 1, "a"], {"b": "b", "a": 1, "c": 3.5}], 2, {"f": "a", "d-e": [1, "b", "b", "abc"]}]).to.include({}) })"#,
        r#"expected [ Array(4) ] to include {}"#,
    ),
    (
        r#"__m(function(){ expect(1).to.be.a("number") })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect({"b": {"b": 0}, "f": {"b": ["", 3.5, 0, 2], "a": [1, ""]}, "a": true}).to.include.all.keys("a", "b") })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect({"b": {"a": ["hello world", 2, "hello world", "hello world"]}}).to.be.empty })"#,
        r#"expected { Object (b) } to be empty"#,
    ),
    (
        r#"__m(function(){ expect({}).to.have.property("a", {}) })"#,
        r#"expected {} to have property 'a'"#,
    ),
    (
        r#"__m(function(){ expect(false).to.be.above(1) })"#,
        r#"expected false to be a number or a date"#,
    ),
    (
        r#"__m(function(){ expect({"c": []}).to.deep.include(null) })"#,
        r#"the given combination of arguments (object and null) is invalid for this assertion. You can use an array, a map, an object, a set, a string, or a weakset instead of a null"#,
    ),
    (
        r#"__m(function(){ expect("b").to.have.lengthOf(2) })"#,
        r#"expected 'b' to have a length of 2 but got 1"#,
    ),
    (
        r#"__m(function(){ expect([]).to.have.nested.property("a.b") })"#,
        r#"expected [] to have nested property 'a.b'"#,
    ),
    (
        r#"__m(function(){ expect({}).to.not.be.empty })"#,
        r#"expected {} not to be empty"#,
    ),
    (
        r#"__m(function(){ expect({}).to.not.have.property("a") })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect("abc").to.not.be.empty })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect("hello world").to.have.property("b", {}) })"#,
        r#"expected 'hello world' to have property 'b'"#,
    ),
    (
        r#"__m(function(){ expect({"a": {}, "f": ["a", [-1, -1, true]]}).to.have.deep.property("a", {}) })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect(0).to.be.empty })"#,
        r#".empty was passed non-string primitive +0"#,
    ),
    (
        r#"__m(function(){ expect([[false, 1], {"b": ["b", false, 2], "a": ["abc", 3.5]}, false, 1]).to.have.deep.members([{}, []]) })"#,
        r#"expected [ [ false, 1 ], …(3) ] to have the same members as [ {}, [] ]"#,
    ),
    (
        r#"__m(function(){ expect(null).to.not.deep.equal(-1) })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect({"b": "", "a": {}, "d-e": [[1, -1, true], 1]}).to.have.deep.property("b", [null]) })"#,
        r#"expected { b: '', a: {}, …(1) } to have deep property 'b' of [ null ], but got ''"#,
    ),
    (
        r#"__m(function(){ expect("b").to.have.deep.property("a", []) })"#,
        r#"expected 'b' to have deep property 'a'"#,
    ),
    (
        r#"__m(function(){ expect("b").to.not.have.property("b") })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect(2).to.have.nested.property("a[0]") })"#,
        r#"expected 2 to have nested property 'a[0]'"#,
    ),
    (
        r#"__m(function(){ expect("hello world").to.be.oneOf([3.5, false]) })"#,
        r#"expected 'hello world' to be one of [ 3.5, false ]"#,
    ),
    (
        r#"__m(function(){ expect(0).to.have.property("d-e") })"#,
        r#"expected +0 to have property 'd-e'"#,
    ),
    (
        r#"__m(function(){ expect(1).to.be.above(1) })"#,
        r#"expected 1 to be above 1"#,
    ),
    (
        r#"__m(function(){ expect(-1).to.have.deep.property("a", {"c": "hello world", "d-e": "abc", "b": 3.5}) })"#,
        r#"expected -1 to have deep property 'a'"#,
    ),
    (
        r#"__m(function(){ expect("abc").to.include.members([""]) })"#,
        r#"expected 'abc' to be an array"#,
    ),
    (
        r#"__m(function(){ expect(false).to.have.deep.property("a", [3.5]) })"#,
        r#"expected false to have deep property 'a'"#,
    ),
    (
        r#"__m(function(){ expect({"d-e": 3.5}).to.be.a("array") })"#,
        r#"expected { 'd-e': 3.5 } to be an array"#,
    ),
    (
        r#"__m(function(){ expect({"b": "", "d-e": {"a": "abc"}, "a": 0}).to.have.deep.property("a", ["abc", 3.5, "hello world"]) })"#,
        r#"expected { b: '', 'd-e': { a: 'abc' }, a: +0 } to have deep property 'a' of [ 'abc', 3.5, 'hello world' ], but got +0"#,
    ),
    (
        r#"__m(function(){ expect("hello world").to.not.include({"a": [3.5, "b", "abc", "abc"], "d-e": true}) })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect([[{"b": "hello world", "d-e": 1, "c": null}, "a"], 2]).to.have.members([null, true]) })"#,
        r#"expected [ [ …(2) ], 2 ] to have the same members as [ null, true ]"#,
    ),
    (
        r#"__m(function(){ expect("").to.have.nested.property("a[0]") })"#,
        r#"expected '' to have nested property 'a[0]'"#,
    ),
    (
        r#"__m(function(){ expect({"c": {"d-e": "", "c": [3.5, true, 2, false], "f": [2, 3.5, false]}, "a": 1}).to.have.deep.members(["b", ["b", "a", true]]) })"#,
        r#"expected { c: { 'd-e': '', …(2) }, a: 1 } to be an array"#,
    ),
    (
        r#"__m(function(){ expect([]).to.have.deep.members([[3.5, "hello world", -1], {}]) })"#,
        r#"expected [] to have the same members as [ [ 3.5, 'hello world', -1 ], {} ]"#,
    ),
    (
        r#"__m(function(){ expect([1, [{"b": 0, "d-e": 3.5}]]).to.have.property("b", 1) })"#,
        r#"expected [ 1, [ { b: +0, 'd-e': 3.5 } ] ] to have property 'b'"#,
    ),
    (
        r#"__m(function(){ expect({}).to.not.include({"b": ["a"]}) })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect(-1).to.be.above(0) })"#,
        r#"expected -1 to be above +0"#,
    ),
    (
        r#"__m(function(){ expect([[3.5, {}], "a", 0]).to.have.any.keys(["c", "z"]) })"#,
        r#"expected [ [ 3.5, {} ], 'a', +0 ] to have keys 'c', or 'z'"#,
    ),
    (
        r#"__m(function(){ expect({}).to.be.oneOf([{}, {"a": 1, "b": 0}]) })"#,
        r#"expected {} to be one of [ {}, { a: 1, b: +0 } ]"#,
    ),
    (
        r#"__m(function(){ expect({}).to.have.nested.property("b.c.d") })"#,
        r#"expected {} to have nested property 'b.c.d'"#,
    ),
    (
        r#"__m(function(){ expect("a").to.be.above(0) })"#,
        r#"expected 'a' to be a number or a date"#,
    ),
    (
        r#"__m(function(){ expect([]).to.not.deep.equal({}) })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect([true]).to.include.all.keys("z") })"#,
        r#"expected [ true ] to contain key 'z'"#,
    ),
    (
        r#"__m(function(){ expect(1).to.not.be.empty })"#,
        r#".empty was passed non-string primitive 1"#,
    ),
    (
        r#"__m(function(){ expect("abc").to.be.oneOf([null, []]) })"#,
        r#"expected 'abc' to be one of [ null, [] ]"#,
    ),
    (
        r#"__m(function(){ expect(true).to.include.members(["abc"]) })"#,
        r#"expected true to be an array"#,
    ),
    (
        r#"__m(function(){ expect(3.5).to.be.oneOf([{"f": false}, {"d-e": null}]) })"#,
        r#"expected 3.5 to be one of [ { f: false }, { 'd-e': null } ]"#,
    ),
    (
        r#"__m(function(){ expect([true, "b", 0]).to.have.keys(["c", "a"]) })"#,
        r#"expected [ true, 'b', +0 ] to have keys 'c', and 'a'"#,
    ),
    (
        r#"__m(function(){ expect({"a": [2, 2]}).to.be.empty })"#,
        r#"expected { a: [ 2, 2 ] } to be empty"#,
    ),
    (
        r#"__m(function(){ expect({"d-e": []}).to.include(null) })"#,
        r#"the given combination of arguments (object and null) is invalid for this assertion. You can use an array, a map, an object, a set, a string, or a weakset instead of a null"#,
    ),
    (
        r#"__m(function(){ expect(3.5).to.deep.equal([{}, {"f": -1, "c": null}, [{}, {}, false, "b"], ""]) })"#,
        r#"expected 3.5 to deeply equal [ {}, { f: -1, c: null }, …(2) ]"#,
    ),
    (
        r#"__m(function(){ expect([true, 0, true]).to.deep.include("abc") })"#,
        r#"expected [ true, +0, true ] to deep include 'abc'"#,
    ),
    (
        r#"__m(function(){ expect(null).to.have.all.members([true]) })"#,
        r#"expected null to be an array"#,
    ),
    (
        r#"__m(function(){ expect("").to.have.ordered.members([["a", 3.5, -1, "a"], ""]) })"#,
        r#"expected '' to be an array"#,
    ),
    (
        r#"__m(function(){ expect([3.5, null, false]).to.be.empty })"#,
        r#"expected [ 3.5, null, false ] to be empty"#,
    ),
    (
        r#"__m(function(){ expect(1).to.be.empty })"#,
        r#".empty was passed non-string primitive 1"#,
    ),
    (
        r#"__m(function(){ expect({"f": {"d-e": true, "f": [1, -1]}, "a": {"b": "", "d-e": "", "f": []}, "b": {}}).to.have.any.keys(["z", "c"]) })"#,
        r#"expected { …(3) } to have keys 'z', or 'c'"#,
    ),
    (
        r#"__m(function(){ expect({"d-e": {"d-e": {"d-e": "a", "a": 0}, "a": {}}, "b": "abc", "f": []}).to.deep.include({"c": {"c": 0, "b": true, "a": true}}) })"#,
        r#"expected { …(3) } to have deep property 'c'"#,
    ),
    (
        r#"__m(function(){ expect(3.5).to.be.a("object") })"#,
        r#"expected 3.5 to be an object"#,
    ),
    (
        r#"__m(function(){ expect(-1).to.not.be.empty })"#,
        r#".empty was passed non-string primitive -1"#,
    ),
    (
        r#"__m(function(){ expect(["abc", "b", {}]).to.have.deep.members([-1, 0]) })"#,
        r#"expected [ 'abc', 'b', {} ] to have the same members as [ -1, +0 ]"#,
    ),
    (
        r#"__m(function(){ expect("abc").to.be.empty })"#,
        r#"expected 'abc' to be empty"#,
    ),
    (
        r#"__m(function(){ expect(2).to.be.empty })"#,
        r#".empty was passed non-string primitive 2"#,
    ),
    (
        r#"__m(function(){ expect([[{"a": "a", "d-e": "", "f": null}, false, null]]).to.deep.include("") })"#,
        r#"expected [ [ …(3) ] ] to deep include ''"#,
    ),
    (
        r#"__m(function(){ expect(["abc"]).to.not.include({"f": {"a": 0}, "d-e": {"c": true}, "c": [0, "hello world"]}) })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect([[{}, "hello world"]]).to.have.members([[null], [0, false, -1]]) })"#,
        r#"expected [ [ {}, 'hello world' ] ] to have the same members as [ [ null ], [ +0, false, -1 ] ]"#,
    ),
    (
        r#"__m(function(){ expect({"f": 3.5}).to.eql(true) })"#,
        r#"expected { f: 3.5 } to deeply equal true"#,
    ),
    (
        r#"__m(function(){ expect("hello world").to.have.keys(["b", "c", "d-e"]) })"#,
        r#"expected 'hello world' to have keys 'b', 'c', and 'd-e'"#,
    ),
    (
        r#"__m(function(){ expect(3.5).to.be.empty })"#,
        r#".empty was passed non-string primitive 3.5"#,
    ),
    (
        r#"__m(function(){ expect([-1]).to.have.ordered.members([false, []]) })"#,
        r#"expected [ -1 ] to have the same ordered members as [ false, [] ]"#,
    ),
    (
        r#"__m(function(){ expect("hello world").to.have.property("a", "a") })"#,
        r#"expected 'hello world' to have property 'a'"#,
    ),
    (
        r#"__m(function(){ expect({}).to.have.nested.property("b.c.d") })"#,
        r#"expected {} to have nested property 'b.c.d'"#,
    ),
    (
        r#"__m(function(){ expect([2, 2, [], null]).to.not.have.property("a") })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect(0).to.be.empty })"#,
        r#".empty was passed non-string primitive +0"#,
    ),
    (
        r#"__m(function(){ expect("hello world").to.contain.oneOf(["b"]) })"#,
        r#"expected 'hello world' to contain one of [ 'b' ]"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', '<html></html>', 'text/html')).to.be.html })"#,
        r#"Invalid Chai property: html. Did you mean "to"?"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', '<a/>', 'text/xml')).to.be.xml })"#,
        r#"Invalid Chai property: xml. Did you mean "all"?"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', '{}', 'application/json')).to.have.statusCode(201) })"#,
        r#"expected response to have status code 201 but got 200"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', '{}', 'application/json')).to.have.statusReason('Created') })"#,
        r#"expected response to have status reason 'Created' but got 'OK'"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', '{}', 'application/json')).to.have.statusCodeClass(3) })"#,
        r#"expected response code to be 3XX but found 200"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', '{}', 'application/json')).to.be.withoutContent })"#,
        r#"expected response to have status reason 'NO CONTENT' but got 'OK'"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', '{}', 'application/json')).to.be.unauthorised })"#,
        r#"expected response to have status reason 'UNAUTHORISED' but got 'OK'"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', '{}', 'application/json')).to.be.notAcceptable })"#,
        r#"expected response to have status reason 'ACCEPTABLE' but got 'OK'"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', '{}', 'application/json')).to.not.be.postmanResponse })"#,
        r#"not expecting a postman response object"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', '{}', 'application/json')).to.be.postmanRequestOrResponse })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', '{}', 'application/json')).to.have.jsonBody() })"#,
        r#"PASS"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', '{}', 'application/json')).to.be.staus })"#,
        r#"Invalid Chai property: staus. Did you mean "status"?"#,
    ),
    (
        r#"__m(function(){ expect(R(200, 'OK', '{}', 'application/json')).to.have.stauts(200) })"#,
        r#"Invalid Chai property: stauts. Did you mean "status"?"#,
    ),
    (
        r#"moment("2024-01-15").isValid() + ' ' + moment("2024-01-15").format()"#,
        r#"true 2024-01-15T00:00:00+00:00"#,
    ),
    (r#"moment.utc("2024-01-15").valueOf()"#, r#"1705276800000"#),
    (
        r#"moment("2024-01-15T10:20").isValid() + ' ' + moment("2024-01-15T10:20").format()"#,
        r#"true 2024-01-15T10:20:00+00:00"#,
    ),
    (
        r#"moment.utc("2024-01-15T10:20").valueOf()"#,
        r#"1705314000000"#,
    ),
    (
        r#"moment("2024-01-15T10:20:30").isValid() + ' ' + moment("2024-01-15T10:20:30").format()"#,
        r#"true 2024-01-15T10:20:30+00:00"#,
    ),
    (
        r#"moment.utc("2024-01-15T10:20:30").valueOf()"#,
        r#"1705314030000"#,
    ),
    (
        r#"moment("2024-01-15T10:20:30.5").isValid() + ' ' + moment("2024-01-15T10:20:30.5").format()"#,
        r#"true 2024-01-15T10:20:30+00:00"#,
    ),
    (
        r#"moment.utc("2024-01-15T10:20:30.5").valueOf()"#,
        r#"1705314030500"#,
    ),
    (
        r#"moment("2024-01-15T10:20:30.123Z").isValid() + ' ' + moment("2024-01-15T10:20:30.123Z").format()"#,
        r#"true 2024-01-15T10:20:30+00:00"#,
    ),
    (
        r#"moment.utc("2024-01-15T10:20:30.123Z").valueOf()"#,
        r#"1705314030123"#,
    ),
    (
        r#"moment("2024-01-15 10:20:30").isValid() + ' ' + moment("2024-01-15 10:20:30").format()"#,
        r#"true 2024-01-15T10:20:30+00:00"#,
    ),
    (
        r#"moment.utc("2024-01-15 10:20:30").valueOf()"#,
        r#"1705314030000"#,
    ),
    (
        r#"moment("2024-01-15T10:20:30+02:00").isValid() + ' ' + moment("2024-01-15T10:20:30+02:00").format()"#,
        r#"true 2024-01-15T08:20:30+00:00"#,
    ),
    (
        r#"moment.utc("2024-01-15T10:20:30+02:00").valueOf()"#,
        r#"1705306830000"#,
    ),
    (
        r#"moment("2024-01-15T10:20:30-0530").isValid() + ' ' + moment("2024-01-15T10:20:30-0530").format()"#,
        r#"true 2024-01-15T15:50:30+00:00"#,
    ),
    (
        r#"moment.utc("2024-01-15T10:20:30-0530").valueOf()"#,
        r#"1705333830000"#,
    ),
    (
        r#"moment("20240115T102030").isValid() + ' ' + moment("20240115T102030").format()"#,
        r#"true 2024-01-15T10:20:30+00:00"#,
    ),
    (
        r#"moment.utc("20240115T102030").valueOf()"#,
        r#"1705314030000"#,
    ),
    (
        r#"moment("2024-W03").isValid() + ' ' + moment("2024-W03").format()"#,
        r#"true 2024-01-15T00:00:00+00:00"#,
    ),
    (r#"moment.utc("2024-W03").valueOf()"#, r#"1705276800000"#),
    (
        r#"moment("2024-015").isValid() + ' ' + moment("2024-015").format()"#,
        r#"true 2024-01-15T00:00:00+00:00"#,
    ),
    (r#"moment.utc("2024-015").valueOf()"#, r#"1705276800000"#),
    (
        r#"moment("2024-02-30").isValid() + ' ' + moment("2024-02-30").format()"#,
        r#"false Invalid date"#,
    ),
    (r#"moment.utc("2024-02-30").valueOf()"#, r#"NaN"#),
    (
        r#"moment("2024-1-5").isValid() + ' ' + moment("2024-1-5").format()"#,
        r#"true 2024-01-05T00:00:00+00:00"#,
    ),
    (r#"moment.utc("2024-1-5").valueOf()"#, r#"1704412800000"#),
    (
        r#"moment("15/01/2024").isValid() + ' ' + moment("15/01/2024").format()"#,
        r#"false Invalid date"#,
    ),
    (r#"moment.utc("15/01/2024").valueOf()"#, r#"NaN"#),
    (
        r#"moment("Jan 15 2024").isValid() + ' ' + moment("Jan 15 2024").format()"#,
        r#"true 2024-01-15T00:00:00+00:00"#,
    ),
    (r#"moment.utc("Jan 15 2024").valueOf()"#, r#"1705276800000"#),
    (
        r#"moment("2024-01-15T25:00:00").isValid() + ' ' + moment("2024-01-15T25:00:00").format()"#,
        r#"false Invalid date"#,
    ),
    (r#"moment.utc("2024-01-15T25:00:00").valueOf()"#, r#"NaN"#),
    (
        r#"moment("2024-01-15T10:20:30.123456789Z").isValid() + ' ' + moment("2024-01-15T10:20:30.123456789Z").format()"#,
        r#"true 2024-01-15T10:20:30+00:00"#,
    ),
    (
        r#"moment.utc("2024-01-15T10:20:30.123456789Z").valueOf()"#,
        r#"1705314030123"#,
    ),
    (
        r#"moment("+002024-01-15").isValid() + ' ' + moment("+002024-01-15").format()"#,
        r#"true 2024-01-15T00:00:00+00:00"#,
    ),
    (
        r#"moment.utc("+002024-01-15").valueOf()"#,
        r#"1705276800000"#,
    ),
    (
        r#"moment("2024-01").isValid() + ' ' + moment("2024-01").format()"#,
        r#"true 2024-01-01T00:00:00+00:00"#,
    ),
    (r#"moment.utc("2024-01").valueOf()"#, r#"1704067200000"#),
    (
        r#"moment("2024").isValid() + ' ' + moment("2024").format()"#,
        r#"true 2024-01-01T00:00:00+00:00"#,
    ),
    (r#"moment.utc("2024").valueOf()"#, r#"1704067200000"#),
    (
        r#"(function(){ var m = moment("15/01/2024 10:20", "DD/MM/YYYY HH:mm"); return m.isValid() + ' ' + (m.isValid() ? m.toISOString() : ''); })()"#,
        r#"true 2024-01-15T10:20:00.000Z"#,
    ),
    (
        r#"(function(){ var m = moment("15/01/2024 10:20", "DD/MM/YYYY HH:mm", true); return m.isValid() + ' ' + (m.isValid() ? m.toISOString() : ''); })()"#,
        r#"true 2024-01-15T10:20:00.000Z"#,
    ),
    (
        r#"(function(){ var m = moment("1/5/24", "D/M/YY"); return m.isValid() + ' ' + (m.isValid() ? m.toISOString() : ''); })()"#,
        r#"true 2024-05-01T00:00:00.000Z"#,
    ),
    (
        r#"(function(){ var m = moment("1/5/24", "D/M/YY", true); return m.isValid() + ' ' + (m.isValid() ? m.toISOString() : ''); })()"#,
        r#"true 2024-05-01T00:00:00.000Z"#,
    ),
    (
        r#"(function(){ var m = moment("2024-01-15", "YYYY-MM-DD"); return m.isValid() + ' ' + (m.isValid() ? m.toISOString() : ''); })()"#,
        r#"true 2024-01-15T00:00:00.000Z"#,
    ),
    (
        r#"(function(){ var m = moment("2024-01-15", "YYYY-MM-DD", true); return m.isValid() + ' ' + (m.isValid() ? m.toISOString() : ''); })()"#,
        r#"true 2024-01-15T00:00:00.000Z"#,
    ),
    (
        r#"(function(){ var m = moment("Jan 5, 2024", "MMM D, YYYY"); return m.isValid() + ' ' + (m.isValid() ? m.toISOString() : ''); })()"#,
        r#"true 2024-01-05T00:00:00.000Z"#,
    ),
    (
        r#"(function(){ var m = moment("Jan 5, 2024", "MMM D, YYYY", true); return m.isValid() + ' ' + (m.isValid() ? m.toISOString() : ''); })()"#,
        r#"true 2024-01-05T00:00:00.000Z"#,
    ),
    (
        r#"(function(){ var m = moment("January 5th 2024", "MMMM Do YYYY"); return m.isValid() + ' ' + (m.isValid() ? m.toISOString() : ''); })()"#,
        r#"true 2024-01-05T00:00:00.000Z"#,
    ),
    (
        r#"(function(){ var m = moment("January 5th 2024", "MMMM Do YYYY", true); return m.isValid() + ' ' + (m.isValid() ? m.toISOString() : ''); })()"#,
        r#"true 2024-01-05T00:00:00.000Z"#,
    ),
    (
        r#"(function(){ var m = moment("10:20 pm", "hh:mm a"); return m.isValid() + ' ' + (m.isValid() ? m.toISOString() : ''); })()"#,
        r#"true 2026-11-26T22:20:00.000Z"#,
    ),
    (
        r#"(function(){ var m = moment("10:20 pm", "hh:mm a", true); return m.isValid() + ' ' + (m.isValid() ? m.toISOString() : ''); })()"#,
        r#"true 2026-11-26T22:20:00.000Z"#,
    ),
    (
        r#"(function(){ var m = moment("2024-01-15T10:20:30.123", "YYYY-MM-DDTHH:mm:ss.SSS"); return m.isValid() + ' ' + (m.isValid() ? m.toISOString() : ''); })()"#,
        r#"true 2024-01-15T10:20:30.123Z"#,
    ),
    (
        r#"(function(){ var m = moment("2024-01-15T10:20:30.123", "YYYY-MM-DDTHH:mm:ss.SSS", true); return m.isValid() + ' ' + (m.isValid() ? m.toISOString() : ''); })()"#,
        r#"true 2024-01-15T10:20:30.123Z"#,
    ),
    (
        r#"(function(){ var m = moment("24-12-31", "YY-MM-DD"); return m.isValid() + ' ' + (m.isValid() ? m.toISOString() : ''); })()"#,
        r#"true 2024-12-31T00:00:00.000Z"#,
    ),
    (
        r#"(function(){ var m = moment("24-12-31", "YY-MM-DD", true); return m.isValid() + ' ' + (m.isValid() ? m.toISOString() : ''); })()"#,
        r#"true 2024-12-31T00:00:00.000Z"#,
    ),
    (
        r#"(function(){ var m = moment("1705314030", "X"); return m.isValid() + ' ' + (m.isValid() ? m.toISOString() : ''); })()"#,
        r#"true 2024-01-15T10:20:30.000Z"#,
    ),
    (
        r#"(function(){ var m = moment("1705314030", "X", true); return m.isValid() + ' ' + (m.isValid() ? m.toISOString() : ''); })()"#,
        r#"true 2024-01-15T10:20:30.000Z"#,
    ),
    (
        r#"(function(){ var m = moment("1705314030123", "x"); return m.isValid() + ' ' + (m.isValid() ? m.toISOString() : ''); })()"#,
        r#"true 2024-01-15T10:20:30.123Z"#,
    ),
    (
        r#"(function(){ var m = moment("1705314030123", "x", true); return m.isValid() + ' ' + (m.isValid() ? m.toISOString() : ''); })()"#,
        r#"true 2024-01-15T10:20:30.123Z"#,
    ),
    (
        r#"(function(){ var m = moment("2024.01.15", "YYYY.MM.DD"); return m.isValid() + ' ' + (m.isValid() ? m.toISOString() : ''); })()"#,
        r#"true 2024-01-15T00:00:00.000Z"#,
    ),
    (
        r#"(function(){ var m = moment("2024.01.15", "YYYY.MM.DD", true); return m.isValid() + ' ' + (m.isValid() ? m.toISOString() : ''); })()"#,
        r#"true 2024-01-15T00:00:00.000Z"#,
    ),
    (
        r#"(function(){ var m = moment("15 01 2024", "DD MM YYYY"); return m.isValid() + ' ' + (m.isValid() ? m.toISOString() : ''); })()"#,
        r#"true 2024-01-15T00:00:00.000Z"#,
    ),
    (
        r#"(function(){ var m = moment("15 01 2024", "DD MM YYYY", true); return m.isValid() + ' ' + (m.isValid() ? m.toISOString() : ''); })()"#,
        r#"true 2024-01-15T00:00:00.000Z"#,
    ),
    (
        r#"(function(){ var m = moment("2024-13-01", "YYYY-MM-DD"); return m.isValid() + ' ' + (m.isValid() ? m.toISOString() : ''); })()"#,
        r#"false "#,
    ),
    (
        r#"(function(){ var m = moment("2024-13-01", "YYYY-MM-DD", true); return m.isValid() + ' ' + (m.isValid() ? m.toISOString() : ''); })()"#,
        r#"false "#,
    ),
    (
        r#"(function(){ var m = moment("12/25/2023 11:59:59 PM", "MM/DD/YYYY hh:mm:ss A"); return m.isValid() + ' ' + (m.isValid() ? m.toISOString() : ''); })()"#,
        r#"true 2023-12-25T23:59:59.000Z"#,
    ),
    (
        r#"(function(){ var m = moment("12/25/2023 11:59:59 PM", "MM/DD/YYYY hh:mm:ss A", true); return m.isValid() + ' ' + (m.isValid() ? m.toISOString() : ''); })()"#,
        r#"true 2023-12-25T23:59:59.000Z"#,
    ),
    (
        r#"(function(){ var m = moment("2023-06-15 +0200", "YYYY-MM-DD ZZ"); return m.isValid() + ' ' + (m.isValid() ? m.toISOString() : ''); })()"#,
        r#"true 2023-06-14T22:00:00.000Z"#,
    ),
    (
        r#"(function(){ var m = moment("2023-06-15 +0200", "YYYY-MM-DD ZZ", true); return m.isValid() + ' ' + (m.isValid() ? m.toISOString() : ''); })()"#,
        r#"true 2023-06-14T22:00:00.000Z"#,
    ),
    (
        r#"(function(){ var m = moment("2023-06-15T08:00:00+05:00", "YYYY-MM-DDTHH:mm:ssZ"); return m.isValid() + ' ' + (m.isValid() ? m.toISOString() : ''); })()"#,
        r#"true 2023-06-15T03:00:00.000Z"#,
    ),
    (
        r#"(function(){ var m = moment("2023-06-15T08:00:00+05:00", "YYYY-MM-DDTHH:mm:ssZ", true); return m.isValid() + ' ' + (m.isValid() ? m.toISOString() : ''); })()"#,
        r#"true 2023-06-15T03:00:00.000Z"#,
    ),
    (
        r#"JSON.stringify(L('lodash').some({"n": [[1, ""]], "a": 1}, 'a'))"#,
        r#"false"#,
    ),
    (
        r#"JSON.stringify(L('lodash').maxBy([], 'v'))"#,
        r#"undefined"#,
    ),
    (
        r#"JSON.stringify(L('lodash').keys({"b": {"n": true}, "n": 2}))"#,
        r#"["b","n"]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').merge("b", [3.5, true]))"#,
        r#""b""#,
    ),
    (
        r#"JSON.stringify(L('lodash').pick({"a": [{"c": 0, "a": 3.5}, true], "n": {"c": [0, "B", true, "b"], "n": "abc", "a": {}}, "id": [{"b": "a", "id": 0, "a": 0}, {"n": "a", "a": -1}, [-1], 0]}, ['a', 'c']))"#,
        r#"{"a":[{"c":0,"a":3.5},true]}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').isEqual([-1, 2, ["B"]], "b"))"#,
        r#"false"#,
    ),
    (r#"JSON.stringify(L('lodash').invert([]))"#, r#"{}"#),
    (
        r#"JSON.stringify(L('lodash').compact([2, ["a"], null, {"c": 3.5, "id": "abc"}]))"#,
        r#"[2,["a"],{"c":3.5,"id":"abc"}]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').assign({}, [true], true))"#,
        r#"{"0":true}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').difference(["B", "B", -1, "B"], [0, "a"]))"#,
        r#"["B","B",-1,"B"]"#,
    ),
    (r#"JSON.stringify(L('lodash').toArray(2))"#, r#"[]"#),
    (r#"JSON.stringify(L('lodash').isEqual(3.5, 2))"#, r#"false"#),
    (
        r#"JSON.stringify(L('lodash').keyBy([{"id": 1, "n": "z", "v": 8, "tags": ["q"]}], 'id'))"#,
        r#"{"1":{"id":1,"n":"z","v":8,"tags":["q"]}}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').fromPairs(L('lodash').toPairs("a")))"#,
        r#"{"0":"a"}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').merge({"id": "", "a": [{"a": "b", "id": "abc", "c": "b"}, {"id": "abc", "a": true}, 1, "B"], "n": {}}, {"b": "b"}))"#,
        r#"{"id":"","a":[{"a":"b","id":"abc","c":"b"},{"id":"abc","a":true},1,"B"],"n":{},"b":"b"}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').fromPairs(L('lodash').toPairs({"n": 1})))"#,
        r#"{"n":1}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').chunk(["a", -1, "a"], 1))"#,
        r#"[["a"],[-1],["a"]]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').every([null], Boolean))"#,
        r#"false"#,
    ),
    (
        r#"JSON.stringify(L('lodash').keys([[0, {}], "a", true, 1]))"#,
        r#"["0","1","2","3"]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').maxBy([{"id": 4, "n": null, "v": -1, "tags": ["r", "q"]}, {"id": 1, "n": "y", "v": 1, "tags": ["p"]}, {"id": 4, "n": "y", "v": 0, "tags": ["p"]}, {"id": 2, "n": null, "v": 4, "tags": ["p"]}, {"id": 3, "n": "x", "v": 9, "tags": []}], 'v'))"#,
        r#"{"id":3,"n":"x","v":9,"tags":[]}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').compact([{"c": null}, {"b": "abc", "c": "B", "n": ""}, [null, 2], "B"]))"#,
        r#"[{"c":null},{"b":"abc","c":"B","n":""},[null,2],"B"]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').countBy([{"id": 4, "n": "x", "v": 3, "tags": []}, {"id": 3, "n": "x", "v": 0, "tags": []}], 'id'))"#,
        r#"{"3":1,"4":1}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').includes(3.5, "abc"))"#,
        r#"false"#,
    ),
    (
        r#"JSON.stringify(L('lodash').partition([{"id": 4, "n": "z", "v": 2, "tags": ["p", "q"]}, {"id": 4, "n": "y", "v": 9, "tags": []}, {"id": 4, "n": "z", "v": 0, "tags": ["r"]}], 'n'))"#,
        r#"[[{"id":4,"n":"z","v":2,"tags":["p","q"]},{"id":4,"n":"y","v":9,"tags":[]},{"id":4,"n":"z","v":0,"tags":["r"]}],[]]"#,
    ),
    (r#"JSON.stringify(L('lodash').keyBy([], 'id'))"#, r#"{}"#),
    (
        r#"JSON.stringify(L('lodash').chunk([null], 3))"#,
        r#"[[null]]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').isEmpty([[""], 0]))"#,
        r#"false"#,
    ),
    (
        r#"JSON.stringify(L('lodash').keys({"a": {}, "n": {"c": true, "id": ["abc"], "b": [0, null, "b"]}, "id": 0}))"#,
        r#"["a","n","id"]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').isEqual({"id": "abc"}, "b"))"#,
        r#"false"#,
    ),
    (
        r#"JSON.stringify(L('lodash').some({"id": []}, 'a'))"#,
        r#"false"#,
    ),
    (
        r#"JSON.stringify(L('lodash').flatMap([{"id": 1, "n": "y", "v": 4, "tags": []}], 'tags'))"#,
        r#"[]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').reduce("", function(a, v, k) { return a + String(k); }, ''))"#,
        r#""""#,
    ),
    (r#"JSON.stringify(L('lodash').size(0))"#, r#"0"#),
    (
        r#"JSON.stringify(L('lodash').maxBy([{"id": 4, "n": null, "v": 9, "tags": []}, {"id": 2, "n": "z", "v": 9, "tags": []}, {"id": 3, "n": "y", "v": 7, "tags": []}], 'v'))"#,
        r#"{"id":4,"n":null,"v":9,"tags":[]}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').groupBy([{"id": 1, "n": "y", "v": 1, "tags": []}, {"id": 2, "n": null, "v": 0, "tags": ["p", "q"]}], 'n'))"#,
        r#"{"y":[{"id":1,"n":"y","v":1,"tags":[]}],"null":[{"id":2,"n":null,"v":0,"tags":["p","q"]}]}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').sumBy([{"id": 3, "n": "z", "v": 8, "tags": ["q"]}, {"id": 2, "n": "z", "v": 1, "tags": ["r"]}, {"id": 4, "n": "y", "v": 7, "tags": []}, {"id": 1, "n": null, "v": -2, "tags": ["q", "p"]}, {"id": 3, "n": "y", "v": 4, "tags": ["r"]}, {"id": 2, "n": "y", "v": -2, "tags": []}], 'v'))"#,
        r#"16"#,
    ),
    (
        r#"JSON.stringify(L('lodash').omit({"a": [["abc", "b", 0], "a", {"a": 3.5, "b": "abc"}, [0, -1, "", "B"]], "c": [{"a": -1, "n": null}, [true, "b"]], "id": true}, ['a', 'c']))"#,
        r#"{"id":true}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').sortBy([], ['n', 'v']))"#,
        r#"[]"#,
    ),
    (r#"JSON.stringify(L('lodash').invert(1))"#, r#"{}"#),
    (
        r#"JSON.stringify((function(){ var v = {"id": 0}; return L('lodash').isEqual(v, L('lodash').cloneDeep(v)); })())"#,
        r#"true"#,
    ),
    (
        r#"JSON.stringify(L('lodash').chunk(["b", "abc", "abc", 0], 3))"#,
        r#"[["b","abc","abc"],[0]]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').fromPairs(L('lodash').toPairs(2)))"#,
        r#"{}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').difference(["abc", "B", 1, null], [-1, 1]))"#,
        r#"["abc","B",null]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').defaults({}, {"a": {"a": ["abc"], "c": "abc"}}, null))"#,
        r#"{"a":{"a":["abc"],"c":"abc"}}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').isEmpty([-1, {"n": {"a": "", "id": true, "b": 0}, "id": "", "c": true}, [{"b": "", "n": 0}]]))"#,
        r#"false"#,
    ),
    (r#"JSON.stringify(L('lodash').isEmpty("B"))"#, r#"false"#),
    (
        r#"JSON.stringify(L('lodash').maxBy([], 'v'))"#,
        r#"undefined"#,
    ),
    (
        r#"JSON.stringify(L('lodash').flatMap([{"id": 3, "n": "x", "v": 8, "tags": ["p", "q"]}, {"id": 1, "n": null, "v": -3, "tags": ["p", "q"]}, {"id": 1, "n": "y", "v": -1, "tags": []}, {"id": 4, "n": "x", "v": 8, "tags": ["p"]}, {"id": 4, "n": "y", "v": 3, "tags": ["r", "q"]}], 'tags'))"#,
        r#"["p","q","p","q","p","r","q"]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').flattenDeep([{}, ["B", [2], [true, "B", 1, null]], [{"c": 1}, [], 1, ["a"]]]))"#,
        r#"[{},"B",2,true,"B",1,null,{"c":1},1,"a"]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').keys("abc"))"#,
        r#"["0","1","2"]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').difference([1, 0, "", 2], [null, true]))"#,
        r#"[1,0,"",2]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').orderBy([], ['id', 'v'], ['asc', 'desc']))"#,
        r#"[]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').find([{"id": 4, "n": "z", "v": 7, "tags": []}, {"id": 1, "n": "y", "v": 7, "tags": ["p", "q"]}, {"id": 4, "n": "z", "v": 9, "tags": []}, {"id": 4, "n": "z", "v": 9, "tags": []}, {"id": 3, "n": null, "v": 6, "tags": ["r", "p"]}], ['id', 2]))"#,
        r#"undefined"#,
    ),
    (
        r#"JSON.stringify(L('lodash').toArray([[{"a": null, "b": ""}, "a", ""]]))"#,
        r#"[[{"a":null,"b":""},"a",""]]"#,
    ),
    (
        r#"JSON.stringify((function(){ var v = 2; return L('lodash').isEqual(v, L('lodash').cloneDeep(v)); })())"#,
        r#"true"#,
    ),
    (
        r#"JSON.stringify(L('lodash').omit(-1, ['a', 'c']))"#,
        r#"{}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').merge([{"c": 3.5}, {"b": "a", "c": "abc", "id": 1}], "abc"))"#,
        r#"["a","b","c"]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').filter([{"id": 2, "n": null, "v": -3, "tags": ["q", "p"]}, {"id": 4, "n": "z", "v": 5, "tags": []}], {n: 'x'}))"#,
        r#"[]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').take([2, "b", "abc", ""], -1))"#,
        r#"[]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').defaults({}, {"c": {"a": {"b": 3.5, "id": "B", "n": "b"}, "b": [""], "n": [-1]}, "id": {"a": -1, "id": {"id": -1, "n": "B"}, "b": []}}, "b"))"#,
        r#"{"0":"b","c":{"a":{"b":3.5,"id":"B","n":"b"},"b":[""],"n":[-1]},"id":{"a":-1,"id":{"id":-1,"n":"B"},"b":[]}}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').take(["B", "a", "abc", 2], 1))"#,
        r#"["B"]"#,
    ),
    (r#"JSON.stringify(L('lodash').chunk([""], 0))"#, r#"[]"#),
    (
        r#"JSON.stringify(L('lodash').assign({}, "b", {"n": 2}))"#,
        r#"{"0":"b","n":2}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').toArray([{"a": [-1], "c": "a", "n": ["a", "b", "a"]}, "abc", true, {"n": 1}]))"#,
        r#"[{"a":[-1],"c":"a","n":["a","b","a"]},"abc",true,{"n":1}]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').sortBy([], ['n', 'v']))"#,
        r#"[]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').assign({}, "B", ""))"#,
        r#"{"0":"B"}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').isEqual({"n": {}, "a": "a"}, {"b": [[]], "a": {"a": {"id": 2, "b": 1}}, "id": 3.5}))"#,
        r#"false"#,
    ),
    (
        r#"JSON.stringify(L('lodash').assign({}, [[[2, 0], ["B", 2], ["a"]], ["B", true, -1], {"c": {}, "n": null, "a": ["", "abc"]}, [[]]], {"n": [null], "b": null}))"#,
        r#"{"0":[[2,0],["B",2],["a"]],"1":["B",true,-1],"2":{"c":{},"n":null,"a":["","abc"]},"3":[[]],"n":[null],"b":null}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').flattenDeep([-1, {}, "B"]))"#,
        r#"[-1,{},"B"]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').some({"id": {"n": {}, "a": {}, "c": {"n": "", "id": ""}}}, 'a'))"#,
        r#"true"#,
    ),
    (
        r#"JSON.stringify(L('lodash').filter([], {n: 'x'}))"#,
        r#"[]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').every("abc", Boolean))"#,
        r#"true"#,
    ),
    (
        r#"JSON.stringify(L('lodash').difference([0, true, 2, "abc"], [true, null]))"#,
        r#"[0,2,"abc"]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').countBy([{"id": 1, "n": "y", "v": 3, "tags": ["q", "p"]}, {"id": 2, "n": "x", "v": 8, "tags": []}, {"id": 3, "n": "y", "v": 3, "tags": ["p", "r"]}, {"id": 3, "n": "z", "v": 8, "tags": ["p"]}, {"id": 1, "n": "y", "v": 9, "tags": []}], 'id'))"#,
        r#"{"1":2,"2":1,"3":2}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').flattenDeep([{"n": ["abc", 2, "abc", "b"]}, true, [2, {"b": "abc"}, ["a", "B", "B", true]]]))"#,
        r#"[{"n":["abc",2,"abc","b"]},true,2,{"b":"abc"},"a","B","B",true]"#,
    ),
    (r#"JSON.stringify(L('lodash').mapValues(-1, 'a'))"#, r#"{}"#),
    (r#"JSON.stringify(L('lodash').keys("b"))"#, r#"["0"]"#),
    (
        r#"JSON.stringify(L('lodash').pick(["B", [true, 0, {}], 2, [1]], ['a', 'c']))"#,
        r#"{}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').includes([], "a"))"#,
        r#"false"#,
    ),
    (r#"JSON.stringify(L('lodash').some("B", 'a'))"#, r#"false"#),
    (
        r#"JSON.stringify(L('lodash').union([3.5, 1, null], ["abc", "B", "abc"]))"#,
        r#"[3.5,1,null,"abc","B"]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').find([], ['id', 2]))"#,
        r#"undefined"#,
    ),
    (r#"JSON.stringify(L('lodash').toArray(3.5))"#, r#"[]"#),
    (
        r#"JSON.stringify(L('lodash').isEmpty([null, {}]))"#,
        r#"false"#,
    ),
    (
        r#"JSON.stringify(L('lodash').uniqBy([{"id": 1, "n": "x", "v": -3, "tags": ["q"]}, {"id": 2, "n": "z", "v": 9, "tags": []}, {"id": 2, "n": "y", "v": 5, "tags": ["p", "q"]}, {"id": 2, "n": null, "v": 0, "tags": []}], 'n'))"#,
        r#"[{"id":1,"n":"x","v":-3,"tags":["q"]},{"id":2,"n":"z","v":9,"tags":[]},{"id":2,"n":"y","v":5,"tags":["p","q"]},{"id":2,"n":null,"v":0,"tags":[]}]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').keyBy([{"id": 3, "n": "y", "v": -2, "tags": []}, {"id": 2, "n": "z", "v": 6, "tags": ["q", "r"]}], 'id'))"#,
        r#"{"2":{"id":2,"n":"z","v":6,"tags":["q","r"]},"3":{"id":3,"n":"y","v":-2,"tags":[]}}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').orderBy([{"id": 1, "n": "y", "v": 1, "tags": ["q", "r"]}, {"id": 1, "n": null, "v": -1, "tags": ["q"]}, {"id": 3, "n": null, "v": 5, "tags": ["p", "q"]}, {"id": 2, "n": "x", "v": 9, "tags": []}, {"id": 2, "n": null, "v": 9, "tags": ["q"]}, {"id": 4, "n": "z", "v": 8, "tags": ["q"]}], ['id', 'v'], ['asc', 'desc']))"#,
        r#"[{"id":1,"n":"y","v":1,"tags":["q","r"]},{"id":1,"n":null,"v":-1,"tags":["q"]},{"id":2,"n":"x","v":9,"tags":[]},{"id":2,"n":null,"v":9,"tags":["q"]},{"id":3,"n":null,"v":5,"tags":["p","q"]},{"id":4,"n":"z","v":8,"tags":["q"]}]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').get({"id": 1}, 'a.b[0]', 'D'))"#,
        r#""D""#,
    ),
    (
        r#"JSON.stringify(L('lodash').pick([{"c": []}, true, 3.5], ['a', 'c']))"#,
        r#"{}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').maxBy([], 'v'))"#,
        r#"undefined"#,
    ),
    (
        r#"JSON.stringify(L('lodash').take(["abc", "B", "B", true], 4))"#,
        r#"["abc","B","B",true]"#,
    ),
    (
        r#"JSON.stringify((function(){ var v = 1; return L('lodash').isEqual(v, L('lodash').cloneDeep(v)); })())"#,
        r#"true"#,
    ),
    (r#"JSON.stringify(L('lodash').mapValues(1, 'a'))"#, r#"{}"#),
    (
        r#"JSON.stringify(L('lodash').union(["", "a", null], ["a", "abc", true]))"#,
        r#"["","a",null,"abc",true]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').values([-1, {"a": null}, ["b"]]))"#,
        r#"[-1,{"a":null},["b"]]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').groupBy([{"id": 4, "n": null, "v": 1, "tags": ["p", "r"]}], 'n'))"#,
        r#"{"null":[{"id":4,"n":null,"v":1,"tags":["p","r"]}]}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').zip([null, "a", true], [3.5, "a"]))"#,
        r#"[[null,3.5],["a","a"],[true,null]]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').sumBy([{"id": 4, "n": "z", "v": 2, "tags": ["r"]}], 'v'))"#,
        r#"2"#,
    ),
    (
        r#"JSON.stringify(L('lodash').uniq(["abc", -1, null, "b", 2]))"#,
        r#"["abc",-1,null,"b",2]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').sumBy([{"id": 3, "n": null, "v": 8, "tags": ["r", "p"]}], 'v'))"#,
        r#"8"#,
    ),
    (
        r#"JSON.stringify(L('lodash').compact(["abc", [2, true, null], null, [true, 3.5, "B", 0]]))"#,
        r#"["abc",[2,true,null],[true,3.5,"B",0]]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').defaults({}, 1, ["b", 1, 3.5, "a"]))"#,
        r#"{"0":"b","1":1,"2":3.5,"3":"a"}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').keyBy([{"id": 3, "n": "y", "v": 1, "tags": []}, {"id": 2, "n": "z", "v": 1, "tags": ["r", "p"]}, {"id": 2, "n": "x", "v": 3, "tags": ["q", "r"]}, {"id": 3, "n": "x", "v": 3, "tags": ["p", "r"]}], 'id'))"#,
        r#"{"2":{"id":2,"n":"x","v":3,"tags":["q","r"]},"3":{"id":3,"n":"x","v":3,"tags":["p","r"]}}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').filter([{"id": 3, "n": null, "v": 2, "tags": []}, {"id": 3, "n": "y", "v": 2, "tags": ["q"]}, {"id": 4, "n": null, "v": 8, "tags": ["q", "p"]}, {"id": 4, "n": "y", "v": 8, "tags": ["p"]}, {"id": 4, "n": "z", "v": -2, "tags": ["r"]}, {"id": 3, "n": "y", "v": 1, "tags": ["q"]}], {n: 'x'}))"#,
        r#"[]"#,
    ),
    (r#"JSON.stringify(L('lodash').merge(null, -1))"#, r#"{}"#),
    (
        r#"JSON.stringify(L('lodash').map([{"id": 3, "n": null, "v": 9, "tags": []}, {"id": 1, "n": "y", "v": 2, "tags": ["p", "r"]}, {"id": 4, "n": "z", "v": 2, "tags": []}], 'tags[0]'))"#,
        r#"[null,"p",null]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').omit([null, "a"], ['a', 'c']))"#,
        r#"{"0":null,"1":"a"}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').difference(["a", -1, 2, "b"], ["B", 3.5]))"#,
        r#"["a",-1,2,"b"]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').filter([{"id": 1, "n": "y", "v": 6, "tags": ["p", "r"]}, {"id": 4, "n": "z", "v": 0, "tags": []}, {"id": 1, "n": null, "v": -1, "tags": ["r"]}, {"id": 1, "n": "y", "v": 6, "tags": ["p"]}, {"id": 1, "n": "z", "v": 2, "tags": []}, {"id": 4, "n": "x", "v": 2, "tags": ["r", "q"]}], {n: 'x'}))"#,
        r#"[{"id":4,"n":"x","v":2,"tags":["r","q"]}]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').sortBy([{"id": 2, "n": null, "v": 4, "tags": []}, {"id": 3, "n": null, "v": 7, "tags": ["q"]}, {"id": 1, "n": null, "v": 2, "tags": []}], ['n', 'v']))"#,
        r#"[{"id":1,"n":null,"v":2,"tags":[]},{"id":2,"n":null,"v":4,"tags":[]},{"id":3,"n":null,"v":7,"tags":["q"]}]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').pick([[]], ['a', 'c']))"#,
        r#"{}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').keys({"c": "b", "a": {"id": "b", "b": 2, "a": null}}))"#,
        r#"["c","a"]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').sumBy([{"id": 2, "n": null, "v": 4, "tags": []}, {"id": 4, "n": "y", "v": 1, "tags": ["q"]}, {"id": 3, "n": "x", "v": 3, "tags": ["q", "r"]}], 'v'))"#,
        r#"8"#,
    ),
    (r#"JSON.stringify(L('lodash').invert("B"))"#, r#"{"B":"0"}"#),
    (
        r#"JSON.stringify(L('lodash').isEqual({"n": "b", "b": true, "a": "abc"}, "abc"))"#,
        r#"false"#,
    ),
    (
        r#"JSON.stringify(L('lodash').xor(["abc", 3.5, "a"], ["a", 0, "abc"]))"#,
        r#"[3.5,0]"#,
    ),
    (r#"JSON.stringify(L('lodash').some(null, 'a'))"#, r#"false"#),
    (
        r#"JSON.stringify(L('lodash').pick({"b": "", "n": 3.5}, ['a', 'c']))"#,
        r#"{}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').pick(null, ['a', 'c']))"#,
        r#"{}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').assign({}, {"id": null, "b": {"b": 1, "c": []}, "c": [[-1, 1, -1, "abc"]]}, 1))"#,
        r#"{"id":null,"b":{"b":1,"c":[]},"c":[[-1,1,-1,"abc"]]}"#,
    ),
    (r#"JSON.stringify(L('lodash').keys("B"))"#, r#"["0"]"#),
    (
        r#"JSON.stringify(L('lodash').isEqual(3.5, 3.5))"#,
        r#"true"#,
    ),
    (r#"JSON.stringify(L('lodash').keys(3.5))"#, r#"[]"#),
    (
        r#"JSON.stringify(L('lodash').uniqBy([{"id": 3, "n": "y", "v": 0, "tags": ["p"]}, {"id": 1, "n": "y", "v": -2, "tags": ["p"]}, {"id": 2, "n": null, "v": 6, "tags": ["q"]}], 'n'))"#,
        r#"[{"id":3,"n":"y","v":0,"tags":["p"]},{"id":2,"n":null,"v":6,"tags":["q"]}]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').sortBy([{"id": 1, "n": null, "v": 2, "tags": []}, {"id": 4, "n": null, "v": 8, "tags": ["q"]}, {"id": 2, "n": null, "v": 8, "tags": ["r", "p"]}], ['n', 'v']))"#,
        r#"[{"id":1,"n":null,"v":2,"tags":[]},{"id":4,"n":null,"v":8,"tags":["q"]},{"id":2,"n":null,"v":8,"tags":["r","p"]}]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').orderBy([{"id": 1, "n": "x", "v": 9, "tags": []}], ['id', 'v'], ['asc', 'desc']))"#,
        r#"[{"id":1,"n":"x","v":9,"tags":[]}]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').zip(["B", "", 2], [1, "abc"]))"#,
        r#"[["B",1],["","abc"],[2,null]]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').xor(["", "", 0], [3.5, 1, 3.5]))"#,
        r#"["",0,3.5,1]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').zip(["", -1, 3.5], [null, 0]))"#,
        r#"[["",null],[-1,0],[3.5,null]]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').assign({}, [true], {}))"#,
        r#"{"0":true}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').groupBy([{"id": 1, "n": null, "v": 5, "tags": ["q"]}, {"id": 2, "n": "x", "v": -1, "tags": []}, {"id": 4, "n": null, "v": 8, "tags": ["q", "p"]}, {"id": 4, "n": "z", "v": -3, "tags": []}, {"id": 2, "n": null, "v": 1, "tags": ["q", "r"]}, {"id": 3, "n": null, "v": -3, "tags": []}], 'n'))"#,
        r#"{"null":[{"id":1,"n":null,"v":5,"tags":["q"]},{"id":4,"n":null,"v":8,"tags":["q","p"]},{"id":2,"n":null,"v":1,"tags":["q","r"]},{"id":3,"n":null,"v":-3,"tags":[]}],"x":[{"id":2,"n":"x","v":-1,"tags":[]}],"z":[{"id":4,"n":"z","v":-3,"tags":[]}]}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').keys({"c": ["a", null, true, "b"], "n": 1, "b": -1}))"#,
        r#"["c","n","b"]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').take(["abc", 2, true, "b"], 5))"#,
        r#"["abc",2,true,"b"]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').toArray({"id": {}, "n": "abc", "a": [{}, [2, "B", "B", 1]]}))"#,
        r#"[{},"abc",[{},[2,"B","B",1]]]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').uniqBy([{"id": 1, "n": null, "v": -2, "tags": []}], 'n'))"#,
        r#"[{"id":1,"n":null,"v":-2,"tags":[]}]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').merge({"id": null, "b": 0, "n": ""}, 1))"#,
        r#"{"id":null,"b":0,"n":""}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').uniq(["a", 0, true, 3.5, -1]))"#,
        r#"["a",0,true,3.5,-1]"#,
    ),
    (r#"JSON.stringify(L('lodash').defaults({}, 2, 1))"#, r#"{}"#),
    (
        r#"JSON.stringify(L('lodash').zip([true, "B", ""], ["abc", 3.5]))"#,
        r#"[[true,"abc"],["B",3.5],["",null]]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').includes([1], true))"#,
        r#"false"#,
    ),
    (
        r#"JSON.stringify(L('lodash').maxBy([{"id": 1, "n": "z", "v": 7, "tags": ["q", "r"]}, {"id": 4, "n": "x", "v": 8, "tags": ["p"]}, {"id": 4, "n": null, "v": 3, "tags": []}, {"id": 4, "n": "x", "v": 6, "tags": []}, {"id": 4, "n": null, "v": 2, "tags": ["q"]}], 'v'))"#,
        r#"{"id":4,"n":"x","v":8,"tags":["p"]}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').xor([null, null, -1], [2, 2, 0]))"#,
        r#"[null,-1,2,0]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').includes(-1, "abc"))"#,
        r#"false"#,
    ),
    (
        r#"JSON.stringify(L('lodash').difference([0, 1, "", 2], [null, true]))"#,
        r#"[0,1,"",2]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').partition([{"id": 4, "n": null, "v": 2, "tags": ["r"]}, {"id": 1, "n": "z", "v": 0, "tags": ["q"]}, {"id": 4, "n": null, "v": 5, "tags": []}, {"id": 2, "n": "y", "v": 5, "tags": ["p"]}, {"id": 3, "n": "z", "v": 1, "tags": ["p", "q"]}], 'n'))"#,
        r#"[[{"id":1,"n":"z","v":0,"tags":["q"]},{"id":2,"n":"y","v":5,"tags":["p"]},{"id":3,"n":"z","v":1,"tags":["p","q"]}],[{"id":4,"n":null,"v":2,"tags":["r"]},{"id":4,"n":null,"v":5,"tags":[]}]]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').sumBy([{"id": 3, "n": null, "v": 8, "tags": ["q"]}, {"id": 3, "n": "y", "v": 4, "tags": ["q"]}], 'v'))"#,
        r#"12"#,
    ),
    (
        r#"JSON.stringify(L('lodash').zip(["", null, 1], [-1, 1]))"#,
        r#"[["",-1],[null,1],[1,null]]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').isEqual("b", null))"#,
        r#"false"#,
    ),
    (
        r#"JSON.stringify(L('lodash').defaults({}, {"n": "a", "c": 3.5, "id": []}, 1))"#,
        r#"{"n":"a","c":3.5,"id":[]}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').mapValues("abc", 'a'))"#,
        r#"{}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').invert("abc"))"#,
        r#"{"a":"0","b":"1","c":"2"}"#,
    ),
    (r#"JSON.stringify(L('lodash').merge(1, 3.5))"#, r#"1"#),
    (
        r#"JSON.stringify(L('lodash').union([3.5, "a", 0], [1, null, -1]))"#,
        r#"[3.5,"a",0,1,null,-1]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').compact([["a", 2], "a", "b", {"n": null, "c": true}]))"#,
        r#"[["a",2],"a","b",{"n":null,"c":true}]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').mapValues(3.5, 'a'))"#,
        r#"{}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').every([[{"b": 1, "id": true, "n": 3.5}, [null, 1, 1, "a"]], {"a": {"id": "abc", "n": 3.5}, "n": "b", "b": ""}, {"b": [0, null], "c": {}, "a": {"b": 2}}], Boolean))"#,
        r#"true"#,
    ),
    (
        r#"JSON.stringify(L('lodash').sortBy([{"id": 3, "n": null, "v": -3, "tags": ["p", "r"]}], ['n', 'v']))"#,
        r#"[{"id":3,"n":null,"v":-3,"tags":["p","r"]}]"#,
    ),
    (r#"JSON.stringify(L('lodash').isEqual({}, ""))"#, r#"false"#),
    (
        r#"JSON.stringify(L('lodash').orderBy([{"id": 1, "n": "x", "v": 9, "tags": ["q"]}, {"id": 1, "n": "z", "v": -3, "tags": ["r", "q"]}, {"id": 3, "n": "z", "v": 6, "tags": ["q"]}], ['id', 'v'], ['asc', 'desc']))"#,
        r#"[{"id":1,"n":"x","v":9,"tags":["q"]},{"id":1,"n":"z","v":-3,"tags":["r","q"]},{"id":3,"n":"z","v":6,"tags":["q"]}]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').reduce({"id": {"id": {}}, "c": "", "a": "B"}, function(a, v, k) { return a + String(k); }, ''))"#,
        r#""idca""#,
    ),
    (
        r#"JSON.stringify(L('lodash').uniq([3.5, "b", "a", "abc", "B"]))"#,
        r#"[3.5,"b","a","abc","B"]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').uniqBy([{"id": 3, "n": "x", "v": 9, "tags": []}, {"id": 1, "n": "x", "v": 6, "tags": ["p"]}, {"id": 1, "n": "z", "v": 6, "tags": ["r"]}, {"id": 2, "n": "z", "v": 3, "tags": []}], 'n'))"#,
        r#"[{"id":3,"n":"x","v":9,"tags":[]},{"id":1,"n":"z","v":6,"tags":["r"]}]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').isEqual({"a": {"a": true, "n": null, "b": "B"}, "n": [{}, true, "a", [true]]}, [true, -1, {}, {}]))"#,
        r#"false"#,
    ),
    (
        r#"JSON.stringify(L('lodash').countBy([{"id": 2, "n": "z", "v": -2, "tags": []}, {"id": 4, "n": "x", "v": -2, "tags": []}, {"id": 4, "n": "x", "v": 9, "tags": ["p", "r"]}, {"id": 2, "n": "x", "v": 9, "tags": []}, {"id": 3, "n": "z", "v": 1, "tags": []}], 'id'))"#,
        r#"{"2":2,"3":1,"4":2}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').size({"b": 2, "n": [3.5, "B"]}))"#,
        r#"2"#,
    ),
    (
        r#"JSON.stringify(L('lodash').difference([-1, 1, null, "B"], ["abc", 0]))"#,
        r#"[-1,1,null,"B"]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').omit([], ['a', 'c']))"#,
        r#"{}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').compact([[null, "B", null, true], {}, [], []]))"#,
        r#"[[null,"B",null,true],{},[],[]]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').zip(["b", -1, "b"], [2, "B"]))"#,
        r#"[["b",2],[-1,"B"],["b",null]]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').includes({"b": [["abc", 0, "a"], {"a": 2, "b": null, "n": null}], "n": {"id": {"n": 1, "a": 3.5, "c": "b"}}}, 0))"#,
        r#"false"#,
    ),
    (r#"JSON.stringify(L('lodash').isEmpty(2))"#, r#"true"#),
    (
        r#"JSON.stringify(L('lodash').find([], ['id', 2]))"#,
        r#"undefined"#,
    ),
    (
        r#"JSON.stringify(L('lodash').sortBy([{"id": 4, "n": "y", "v": 3, "tags": []}, {"id": 3, "n": "z", "v": 6, "tags": []}], ['n', 'v']))"#,
        r#"[{"id":4,"n":"y","v":3,"tags":[]},{"id":3,"n":"z","v":6,"tags":[]}]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').union([3.5, "B", "a"], [1, "abc", 0]))"#,
        r#"[3.5,"B","a",1,"abc",0]"#,
    ),
    (r#"JSON.stringify(L('lodash').keyBy([], 'id'))"#, r#"{}"#),
    (
        r#"JSON.stringify(L('lodash').difference([null, 2, true, "a"], [0, null]))"#,
        r#"[2,true,"a"]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').flatMap([{"id": 3, "n": "x", "v": 6, "tags": []}, {"id": 1, "n": "x", "v": 2, "tags": ["q"]}], 'tags'))"#,
        r#"["q"]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').find([{"id": 1, "n": null, "v": 2, "tags": []}, {"id": 3, "n": "z", "v": 8, "tags": ["q"]}, {"id": 4, "n": "x", "v": 0, "tags": []}], ['id', 2]))"#,
        r#"undefined"#,
    ),
    (
        r#"JSON.stringify(L('lodash').compact([{"n": "a"}, {"n": 1, "id": "a"}, {}, 2]))"#,
        r#"[{"n":"a"},{"n":1,"id":"a"},{},2]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').take(["a", "", "a", -1], 3))"#,
        r#"["a","","a"]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').intersection(["", 3.5, "abc", ""], [null, 2, 0, 0]))"#,
        r#"[]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').intersection(["abc", -1, "B", true], [1, 2, null, ""]))"#,
        r#"[]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').isEmpty([[1, "abc", 0, null], [2], {"a": [2, "abc", null]}, 2]))"#,
        r#"false"#,
    ),
    (r#"JSON.stringify(L('lodash').values("B"))"#, r#"["B"]"#),
    (
        r#"JSON.stringify(L('lodash').mapValues([3.5, "abc"], 'a'))"#,
        r#"{}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').sumBy([{"id": 4, "n": "z", "v": -2, "tags": ["r", "p"]}, {"id": 2, "n": "z", "v": 6, "tags": ["p", "q"]}, {"id": 2, "n": "x", "v": 2, "tags": ["r", "q"]}, {"id": 3, "n": "z", "v": 8, "tags": ["p"]}], 'v'))"#,
        r#"14"#,
    ),
    (
        r#"JSON.stringify(L('lodash').take(["b", 0, 2, 3.5], 4))"#,
        r#"["b",0,2,3.5]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').omit(true, ['a', 'c']))"#,
        r#"{}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').fromPairs(L('lodash').toPairs([])))"#,
        r#"{}"#,
    ),
    (r#"JSON.stringify(L('lodash').toArray("b"))"#, r#"["b"]"#),
    (
        r#"JSON.stringify(L('lodash').every(["B", {}, 2], Boolean))"#,
        r#"true"#,
    ),
    (
        r#"JSON.stringify(L('lodash').keys({"c": [""], "b": [[1]], "n": -1}))"#,
        r#"["c","b","n"]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').find([{"id": 3, "n": "x", "v": 5, "tags": ["p", "r"]}, {"id": 2, "n": "x", "v": 8, "tags": ["r"]}], ['id', 2]))"#,
        r#"{"id":2,"n":"x","v":8,"tags":["r"]}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').defaults({}, {"a": [{"a": "abc"}, [], [0]], "b": ["a", 3.5, {"n": 1}, -1]}, 3.5))"#,
        r#"{"a":[{"a":"abc"},[],[0]],"b":["a",3.5,{"n":1},-1]}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').includes({}, 3.5))"#,
        r#"false"#,
    ),
    (
        r#"JSON.stringify(L('lodash').every({"id": -1, "c": [], "a": ""}, Boolean))"#,
        r#"false"#,
    ),
    (
        r#"JSON.stringify(L('lodash').sortBy([{"id": 2, "n": "y", "v": 6, "tags": ["q", "p"]}, {"id": 1, "n": null, "v": 5, "tags": ["q"]}, {"id": 3, "n": "z", "v": 6, "tags": []}, {"id": 4, "n": "z", "v": 4, "tags": []}, {"id": 2, "n": null, "v": 1, "tags": ["q", "p"]}, {"id": 3, "n": null, "v": 6, "tags": ["p", "q"]}], ['n', 'v']))"#,
        r#"[{"id":2,"n":"y","v":6,"tags":["q","p"]},{"id":4,"n":"z","v":4,"tags":[]},{"id":3,"n":"z","v":6,"tags":[]},{"id":2,"n":null,"v":1,"tags":["q","p"]},{"id":1,"n":null,"v":5,"tags":["q"]},{"id":3,"n":null,"v":6,"tags":["p","q"]}]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').uniq(["", 1, "a", 2, 3.5]))"#,
        r#"["",1,"a",2,3.5]"#,
    ),
    (r#"JSON.stringify(L('lodash').keys([]))"#, r#"[]"#),
    (
        r#"JSON.stringify(L('lodash').invert([3.5]))"#,
        r#"{"3.5":"0"}"#,
    ),
    (r#"JSON.stringify(L('lodash').mapValues("", 'a'))"#, r#"{}"#),
    (
        r#"JSON.stringify(L('lodash').union([1, "abc", "a"], ["a", "b", "B"]))"#,
        r#"[1,"abc","a","b","B"]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').sortBy([{"id": 4, "n": "x", "v": 1, "tags": ["r", "q"]}, {"id": 3, "n": "x", "v": 6, "tags": ["p"]}, {"id": 2, "n": "z", "v": -2, "tags": ["r"]}, {"id": 4, "n": "y", "v": 9, "tags": ["p", "r"]}, {"id": 4, "n": "y", "v": 9, "tags": []}, {"id": 1, "n": "z", "v": 6, "tags": []}], ['n', 'v']))"#,
        r#"[{"id":4,"n":"x","v":1,"tags":["r","q"]},{"id":3,"n":"x","v":6,"tags":["p"]},{"id":4,"n":"y","v":9,"tags":["p","r"]},{"id":4,"n":"y","v":9,"tags":[]},{"id":2,"n":"z","v":-2,"tags":["r"]},{"id":1,"n":"z","v":6,"tags":[]}]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').orderBy([{"id": 4, "n": "y", "v": 4, "tags": []}, {"id": 2, "n": null, "v": 3, "tags": []}, {"id": 2, "n": "y", "v": 8, "tags": ["q"]}, {"id": 2, "n": "z", "v": 6, "tags": ["q", "r"]}, {"id": 2, "n": null, "v": 6, "tags": ["p", "q"]}, {"id": 2, "n": "x", "v": 7, "tags": ["q", "p"]}], ['id', 'v'], ['asc', 'desc']))"#,
        r#"[{"id":2,"n":"y","v":8,"tags":["q"]},{"id":2,"n":"x","v":7,"tags":["q","p"]},{"id":2,"n":"z","v":6,"tags":["q","r"]},{"id":2,"n":null,"v":6,"tags":["p","q"]},{"id":2,"n":null,"v":3,"tags":[]},{"id":4,"n":"y","v":4,"tags":[]}]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').toArray({"id": {"n": null, "id": 2}}))"#,
        r#"[{"n":null,"id":2}]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').omit({}, ['a', 'c']))"#,
        r#"{}"#,
    ),
    (r#"JSON.stringify(L('lodash').groupBy([], 'n'))"#, r#"{}"#),
    (r#"JSON.stringify(L('lodash').some(1, 'a'))"#, r#"false"#),
    (
        r#"JSON.stringify(L('lodash').orderBy([{"id": 2, "n": "y", "v": 6, "tags": ["q"]}, {"id": 4, "n": "y", "v": 4, "tags": ["r", "p"]}], ['id', 'v'], ['asc', 'desc']))"#,
        r#"[{"id":2,"n":"y","v":6,"tags":["q"]},{"id":4,"n":"y","v":4,"tags":["r","p"]}]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').defaults({}, "abc", {"b": {"n": "B", "a": ["B", "B", true, null]}}))"#,
        r#"{"0":"a","1":"b","2":"c","b":{"n":"B","a":["B","B",true,null]}}"#,
    ),
    (
        r#"JSON.stringify((function(){ var v = "b"; return L('lodash').isEqual(v, L('lodash').cloneDeep(v)); })())"#,
        r#"true"#,
    ),
    (
        r#"JSON.stringify(L('lodash').maxBy([], 'v'))"#,
        r#"undefined"#,
    ),
    (
        r#"JSON.stringify(L('lodash').flattenDeep([[{"c": "abc"}, "B"], ["a"], 1]))"#,
        r#"[{"c":"abc"},"B","a",1]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').zip([2, 0, 2], ["abc", "b"]))"#,
        r#"[[2,"abc"],[0,"b"],[2,null]]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').find([{"id": 1, "n": "z", "v": 7, "tags": ["q", "r"]}, {"id": 4, "n": "x", "v": 1, "tags": ["q", "p"]}, {"id": 2, "n": null, "v": 7, "tags": ["p"]}, {"id": 3, "n": "y", "v": 1, "tags": []}, {"id": 3, "n": "z", "v": -1, "tags": []}, {"id": 4, "n": "x", "v": 9, "tags": ["q"]}], ['id', 2]))"#,
        r#"{"id":2,"n":null,"v":7,"tags":["p"]}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').pick([{}, null, {"n": "", "a": ["a", "b", 1]}, 2], ['a', 'c']))"#,
        r#"{}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').compact([["b", "a"], 1, 2, true]))"#,
        r#"[["b","a"],1,2,true]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').sumBy([{"id": 3, "n": "z", "v": 8, "tags": ["p"]}, {"id": 2, "n": "x", "v": 0, "tags": []}, {"id": 4, "n": "y", "v": 4, "tags": ["p"]}], 'v'))"#,
        r#"12"#,
    ),
    (
        r#"JSON.stringify(L('lodash').union([0, 1, ""], [2, -1, "B"]))"#,
        r#"[0,1,"",2,-1,"B"]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').every({"b": {"b": ["B", "b", "abc"], "id": [0, true, true], "a": {"n": "abc"}}, "a": [{"c": "abc", "a": -1, "b": "b"}], "c": [{}, [], ["B"]]}, Boolean))"#,
        r#"true"#,
    ),
    (
        r#"JSON.stringify(L('lodash').countBy([{"id": 1, "n": "x", "v": 8, "tags": ["p", "r"]}, {"id": 4, "n": "z", "v": 8, "tags": ["r"]}, {"id": 4, "n": "y", "v": 1, "tags": ["p", "r"]}], 'id'))"#,
        r#"{"1":1,"4":2}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').partition([{"id": 3, "n": "y", "v": 4, "tags": ["q", "p"]}, {"id": 1, "n": "z", "v": 2, "tags": []}, {"id": 4, "n": "z", "v": 6, "tags": []}, {"id": 3, "n": "x", "v": -2, "tags": ["p", "r"]}, {"id": 3, "n": "x", "v": 0, "tags": ["q", "p"]}], 'n'))"#,
        r#"[[{"id":3,"n":"y","v":4,"tags":["q","p"]},{"id":1,"n":"z","v":2,"tags":[]},{"id":4,"n":"z","v":6,"tags":[]},{"id":3,"n":"x","v":-2,"tags":["p","r"]},{"id":3,"n":"x","v":0,"tags":["q","p"]}],[]]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').maxBy([], 'v'))"#,
        r#"undefined"#,
    ),
    (
        r#"JSON.stringify(L('lodash').orderBy([], ['id', 'v'], ['asc', 'desc']))"#,
        r#"[]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').flatMap([{"id": 4, "n": null, "v": -2, "tags": ["p"]}, {"id": 4, "n": "x", "v": 8, "tags": []}, {"id": 3, "n": null, "v": 7, "tags": []}], 'tags'))"#,
        r#"["p"]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').find([{"id": 4, "n": null, "v": 4, "tags": ["r"]}, {"id": 2, "n": "x", "v": -2, "tags": []}, {"id": 3, "n": "x", "v": 7, "tags": ["p", "q"]}, {"id": 1, "n": "y", "v": 7, "tags": ["q"]}], ['id', 2]))"#,
        r#"{"id":2,"n":"x","v":-2,"tags":[]}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').includes(["abc", [3.5, {}, []]], 3.5))"#,
        r#"false"#,
    ),
    (
        r#"JSON.stringify(L('lodash').map([{"id": 4, "n": "y", "v": 8, "tags": ["q"]}], 'tags[0]'))"#,
        r#"["q"]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').map([{"id": 4, "n": "x", "v": 4, "tags": ["q", "r"]}], 'tags[0]'))"#,
        r#"["q"]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').uniq([3.5, "b", -1, 2, "a"]))"#,
        r#"[3.5,"b",-1,2,"a"]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').sumBy([{"id": 2, "n": "z", "v": 7, "tags": ["p", "r"]}, {"id": 4, "n": "z", "v": 6, "tags": ["p"]}], 'v'))"#,
        r#"13"#,
    ),
    (
        r#"JSON.stringify(L('lodash').orderBy([{"id": 3, "n": "y", "v": 9, "tags": ["r"]}, {"id": 1, "n": "z", "v": 8, "tags": ["r", "q"]}], ['id', 'v'], ['asc', 'desc']))"#,
        r#"[{"id":1,"n":"z","v":8,"tags":["r","q"]},{"id":3,"n":"y","v":9,"tags":["r"]}]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').assign({}, {"id": 2}, {"n": 2, "a": {"c": {}, "id": {"id": null, "c": "a", "b": ""}, "a": true}}))"#,
        r#"{"id":2,"n":2,"a":{"c":{},"id":{"id":null,"c":"a","b":""},"a":true}}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').uniqBy([{"id": 1, "n": "x", "v": 0, "tags": ["r"]}, {"id": 2, "n": "y", "v": -3, "tags": []}, {"id": 2, "n": null, "v": 4, "tags": []}, {"id": 4, "n": "x", "v": 5, "tags": ["p", "r"]}, {"id": 3, "n": "x", "v": -1, "tags": []}, {"id": 4, "n": "y", "v": -3, "tags": []}], 'n'))"#,
        r#"[{"id":1,"n":"x","v":0,"tags":["r"]},{"id":2,"n":"y","v":-3,"tags":[]},{"id":2,"n":null,"v":4,"tags":[]}]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').countBy([{"id": 1, "n": "z", "v": 3, "tags": ["r", "q"]}, {"id": 2, "n": "y", "v": 3, "tags": ["q", "r"]}, {"id": 4, "n": "z", "v": 7, "tags": ["p"]}, {"id": 1, "n": null, "v": 7, "tags": ["p", "r"]}, {"id": 2, "n": null, "v": 6, "tags": ["r", "q"]}], 'id'))"#,
        r#"{"1":2,"2":2,"4":1}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').pick({"a": 1, "b": {"c": []}, "id": [{"b": null}, true, [-1]]}, ['a', 'c']))"#,
        r#"{"a":1}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').maxBy([{"id": 4, "n": "y", "v": 5, "tags": ["p"]}, {"id": 4, "n": "x", "v": -3, "tags": ["p", "r"]}, {"id": 2, "n": "z", "v": 5, "tags": ["q", "p"]}], 'v'))"#,
        r#"{"id":4,"n":"y","v":5,"tags":["p"]}"#,
    ),
    (r#"JSON.stringify(L('lodash').some("B", 'a'))"#, r#"false"#),
    (
        r#"JSON.stringify(L('lodash').keyBy([{"id": 1, "n": "x", "v": 6, "tags": ["p"]}, {"id": 3, "n": "x", "v": 9, "tags": []}, {"id": 1, "n": "x", "v": -1, "tags": []}, {"id": 4, "n": "y", "v": 5, "tags": ["q", "r"]}, {"id": 4, "n": "y", "v": 2, "tags": []}, {"id": 3, "n": null, "v": -3, "tags": ["q"]}], 'id'))"#,
        r#"{"1":{"id":1,"n":"x","v":-1,"tags":[]},"3":{"id":3,"n":null,"v":-3,"tags":["q"]},"4":{"id":4,"n":"y","v":2,"tags":[]}}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').pick([{"c": [true, "", -1]}, {"n": {"n": true, "c": -1, "b": "b"}}], ['a', 'c']))"#,
        r#"{}"#,
    ),
    (r#"JSON.stringify(L('lodash').values(3.5))"#, r#"[]"#),
    (r#"JSON.stringify(L('lodash').invert("B"))"#, r#"{"B":"0"}"#),
    (
        r#"JSON.stringify(L('lodash').countBy([{"id": 4, "n": "z", "v": 1, "tags": []}, {"id": 4, "n": "z", "v": 5, "tags": []}, {"id": 3, "n": null, "v": 4, "tags": ["r"]}, {"id": 1, "n": "x", "v": -1, "tags": ["q"]}], 'id'))"#,
        r#"{"1":1,"3":1,"4":2}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').flattenDeep([true, {"b": {"id": true, "c": "", "a": -1}, "id": "B"}, []]))"#,
        r#"[true,{"b":{"id":true,"c":"","a":-1},"id":"B"}]"#,
    ),
    (r#"JSON.stringify(L('lodash').merge("b", -1))"#, r#""b""#),
    (
        r#"JSON.stringify(L('lodash').pick({"b": {}, "c": -1, "n": [{"id": 3.5}, 2, ["abc"]]}, ['a', 'c']))"#,
        r#"{"c":-1}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').maxBy([], 'v'))"#,
        r#"undefined"#,
    ),
    (
        r#"JSON.stringify(L('lodash').keyBy([{"id": 4, "n": "x", "v": 2, "tags": ["r", "p"]}, {"id": 4, "n": null, "v": 0, "tags": ["q"]}, {"id": 2, "n": "z", "v": -2, "tags": ["p", "r"]}, {"id": 2, "n": "x", "v": 2, "tags": ["r", "q"]}], 'id'))"#,
        r#"{"2":{"id":2,"n":"x","v":2,"tags":["r","q"]},"4":{"id":4,"n":null,"v":0,"tags":["q"]}}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').maxBy([{"id": 1, "n": "y", "v": 6, "tags": ["q", "p"]}, {"id": 2, "n": null, "v": 2, "tags": []}], 'v'))"#,
        r#"{"id":1,"n":"y","v":6,"tags":["q","p"]}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').fromPairs(L('lodash').toPairs("b")))"#,
        r#"{"0":"b"}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').defaults({}, ["", -1, 2, {"c": {}, "a": [0, 1, "a", -1], "n": {"c": -1, "n": "", "id": "b"}}], [{"b": 3.5, "c": {"b": ""}, "n": "abc"}]))"#,
        r#"{"0":"","1":-1,"2":2,"3":{"c":{},"a":[0,1,"a",-1],"n":{"c":-1,"n":"","id":"b"}}}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').xor(["a", 0, 3.5], [1, "B", -1]))"#,
        r#"["a",0,3.5,1,"B",-1]"#,
    ),
    (r#"JSON.stringify(L('lodash').merge(3.5, null))"#, r#"3.5"#),
    (r#"JSON.stringify(L('lodash').mapValues("", 'a'))"#, r#"{}"#),
    (
        r#"JSON.stringify(L('lodash').sumBy([{"id": 3, "n": "x", "v": 5, "tags": ["r"]}, {"id": 1, "n": "y", "v": 1, "tags": ["p"]}, {"id": 1, "n": "x", "v": 9, "tags": ["p"]}, {"id": 3, "n": "y", "v": 6, "tags": ["q"]}, {"id": 3, "n": "x", "v": 3, "tags": ["q", "r"]}, {"id": 1, "n": "z", "v": 9, "tags": []}], 'v'))"#,
        r#"33"#,
    ),
    (r#"JSON.stringify(L('lodash').isEmpty("b"))"#, r#"false"#),
    (
        r#"JSON.stringify(L('lodash').groupBy([{"id": 3, "n": null, "v": -2, "tags": ["q"]}, {"id": 1, "n": "z", "v": 3, "tags": []}, {"id": 3, "n": "y", "v": 0, "tags": ["p"]}, {"id": 3, "n": "y", "v": 2, "tags": []}, {"id": 4, "n": "y", "v": 4, "tags": []}], 'n'))"#,
        r#"{"null":[{"id":3,"n":null,"v":-2,"tags":["q"]}],"z":[{"id":1,"n":"z","v":3,"tags":[]}],"y":[{"id":3,"n":"y","v":0,"tags":["p"]},{"id":3,"n":"y","v":2,"tags":[]},{"id":4,"n":"y","v":4,"tags":[]}]}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').map([{"id": 3, "n": null, "v": 7, "tags": []}, {"id": 2, "n": "z", "v": -2, "tags": ["r", "q"]}, {"id": 4, "n": "x", "v": 1, "tags": ["r"]}, {"id": 3, "n": "z", "v": 7, "tags": ["q", "r"]}, {"id": 1, "n": "y", "v": -2, "tags": ["q", "p"]}], 'tags[0]'))"#,
        r#"[null,"r","r","q","q"]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').reduce({"id": [-1], "n": 0}, function(a, v, k) { return a + String(k); }, ''))"#,
        r#""idn""#,
    ),
    (
        r#"JSON.stringify(L('lodash').keys({"c": 3.5}))"#,
        r#"["c"]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').find([{"id": 4, "n": "x", "v": -2, "tags": ["q", "r"]}, {"id": 2, "n": "y", "v": 5, "tags": ["r", "q"]}, {"id": 3, "n": "x", "v": 9, "tags": ["r"]}, {"id": 4, "n": "z", "v": 2, "tags": []}], ['id', 2]))"#,
        r#"{"id":2,"n":"y","v":5,"tags":["r","q"]}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').get({"n": [[-1, "b", true, "a"]]}, 'a.b[0]', 'D'))"#,
        r#""D""#,
    ),
    (
        r#"JSON.stringify(L('lodash').isEmpty({"n": {"id": {"id": -1, "c": -1}, "c": 1, "b": []}}))"#,
        r#"false"#,
    ),
    (
        r#"JSON.stringify(L('lodash').size([{"n": "a", "a": {"id": 3.5}}]))"#,
        r#"1"#,
    ),
    (r#"JSON.stringify(L('lodash').toArray("a"))"#, r#"["a"]"#),
    (
        r#"JSON.stringify(L('lodash').isEmpty({"a": [], "c": [{"id": 1, "c": 2, "n": ""}, ["b", "a", "a"], null]}))"#,
        r#"false"#,
    ),
    (
        r#"JSON.stringify(L('lodash').isEmpty([0, [], -1]))"#,
        r#"false"#,
    ),
    (
        r#"JSON.stringify(L('lodash').pick("B", ['a', 'c']))"#,
        r#"{}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').reduce([], function(a, v, k) { return a + String(k); }, ''))"#,
        r#""""#,
    ),
    (r#"JSON.stringify(L('lodash').some(null, 'a'))"#, r#"false"#),
    (
        r#"JSON.stringify(L('lodash').fromPairs(L('lodash').toPairs(0)))"#,
        r#"{}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').sumBy([{"id": 1, "n": "x", "v": 1, "tags": []}, {"id": 4, "n": null, "v": -1, "tags": ["r"]}, {"id": 4, "n": null, "v": 4, "tags": []}, {"id": 4, "n": "x", "v": 7, "tags": []}], 'v'))"#,
        r#"11"#,
    ),
    (
        r#"JSON.stringify(L('lodash').reduce(2, function(a, v, k) { return a + String(k); }, ''))"#,
        r#""""#,
    ),
    (
        r#"JSON.stringify(L('lodash').countBy([{"id": 1, "n": "x", "v": 0, "tags": ["r"]}, {"id": 1, "n": "x", "v": 0, "tags": []}, {"id": 3, "n": "z", "v": 6, "tags": ["q"]}, {"id": 4, "n": null, "v": -1, "tags": []}], 'id'))"#,
        r#"{"1":2,"3":1,"4":1}"#,
    ),
    (
        r#"JSON.stringify((function(){ var v = ["b", ["abc", "", 0], {}]; return L('lodash').isEqual(v, L('lodash').cloneDeep(v)); })())"#,
        r#"true"#,
    ),
    (r#"JSON.stringify(L('lodash').chunk([], 3))"#, r#"[]"#),
    (
        r#"JSON.stringify(L('lodash').compact([[-1, 2, 2], [2, "abc", "abc"], "B", {"c": "B"}]))"#,
        r#"[[-1,2,2],[2,"abc","abc"],"B",{"c":"B"}]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').map([{"id": 3, "n": "y", "v": 1, "tags": ["q", "p"]}, {"id": 3, "n": "x", "v": 4, "tags": []}, {"id": 1, "n": "x", "v": 3, "tags": []}, {"id": 4, "n": null, "v": -3, "tags": []}, {"id": 1, "n": "x", "v": 2, "tags": []}, {"id": 2, "n": "z", "v": -3, "tags": []}], 'tags[0]'))"#,
        r#"["q",null,null,null,null,null]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').uniq(["abc", "b", "abc", "a", 1]))"#,
        r#"["abc","b","a",1]"#,
    ),
    (
        r#"JSON.stringify((function(){ var v = null; return L('lodash').isEqual(v, L('lodash').cloneDeep(v)); })())"#,
        r#"true"#,
    ),
    (
        r#"JSON.stringify(L('lodash').intersection([0, true, true, 3.5], ["", "abc", null, 3.5]))"#,
        r#"[3.5]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').find([{"id": 4, "n": null, "v": 7, "tags": ["r"]}, {"id": 4, "n": "z", "v": -2, "tags": []}, {"id": 2, "n": null, "v": 0, "tags": ["q", "p"]}], ['id', 2]))"#,
        r#"{"id":2,"n":null,"v":0,"tags":["q","p"]}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').defaults({}, "B", {"c": "a"}))"#,
        r#"{"0":"B","c":"a"}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').every([0, {"c": [true, -1, 2, true], "a": "B", "id": [-1, null, 0, "abc"]}, "b", null], Boolean))"#,
        r#"false"#,
    ),
    (
        r#"JSON.stringify(L('lodash').zip(["abc", "abc", 0], [null, -1]))"#,
        r#"[["abc",null],["abc",-1],[0,null]]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').partition([{"id": 3, "n": null, "v": 2, "tags": ["p"]}, {"id": 1, "n": "y", "v": 0, "tags": ["r", "p"]}, {"id": 3, "n": null, "v": 4, "tags": ["q"]}, {"id": 4, "n": null, "v": -3, "tags": ["q"]}, {"id": 1, "n": "x", "v": 3, "tags": []}, {"id": 1, "n": "z", "v": 3, "tags": ["p", "r"]}], 'n'))"#,
        r#"[[{"id":1,"n":"y","v":0,"tags":["r","p"]},{"id":1,"n":"x","v":3,"tags":[]},{"id":1,"n":"z","v":3,"tags":["p","r"]}],[{"id":3,"n":null,"v":2,"tags":["p"]},{"id":3,"n":null,"v":4,"tags":["q"]},{"id":4,"n":null,"v":-3,"tags":["q"]}]]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').pick({"a": ["B", "abc", "B", null]}, ['a', 'c']))"#,
        r#"{"a":["B","abc","B",null]}"#,
    ),
    (
        r#"JSON.stringify((function(){ var v = 2; return L('lodash').isEqual(v, L('lodash').cloneDeep(v)); })())"#,
        r#"true"#,
    ),
    (r#"JSON.stringify(L('lodash').size("a"))"#, r#"1"#),
    (
        r#"JSON.stringify(L('lodash').orderBy([{"id": 4, "n": "z", "v": -2, "tags": ["p"]}, {"id": 2, "n": "z", "v": 9, "tags": ["r"]}, {"id": 1, "n": "z", "v": 4, "tags": ["q"]}], ['id', 'v'], ['asc', 'desc']))"#,
        r#"[{"id":1,"n":"z","v":4,"tags":["q"]},{"id":2,"n":"z","v":9,"tags":["r"]},{"id":4,"n":"z","v":-2,"tags":["p"]}]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').compact(["a", true, "", []]))"#,
        r#"["a",true,[]]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').uniqBy([{"id": 3, "n": "z", "v": 3, "tags": ["p", "r"]}, {"id": 1, "n": "x", "v": 9, "tags": ["q"]}], 'n'))"#,
        r#"[{"id":3,"n":"z","v":3,"tags":["p","r"]},{"id":1,"n":"x","v":9,"tags":["q"]}]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').union([null, "a", null], [0, 3.5, "abc"]))"#,
        r#"[null,"a",0,3.5,"abc"]"#,
    ),
    (r#"JSON.stringify(L('lodash').isEmpty("B"))"#, r#"false"#),
    (
        r#"JSON.stringify(L('lodash').flatMap([{"id": 4, "n": "y", "v": -2, "tags": []}, {"id": 3, "n": "x", "v": 9, "tags": ["q"]}, {"id": 3, "n": "x", "v": 3, "tags": ["p"]}], 'tags'))"#,
        r#"["q","p"]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').xor([null, 3.5, ""], ["b", 3.5, null]))"#,
        r#"["","b"]"#,
    ),
    (
        r#"JSON.stringify(L('lodash').sumBy([{"id": 2, "n": null, "v": 5, "tags": []}, {"id": 2, "n": "x", "v": 5, "tags": ["p", "q"]}], 'v'))"#,
        r#"10"#,
    ),
    (
        r#"JSON.stringify(L('lodash').keyBy([{"id": 4, "n": "z", "v": -1, "tags": ["q"]}, {"id": 3, "n": null, "v": 9, "tags": ["p"]}, {"id": 4, "n": "x", "v": 4, "tags": ["r", "q"]}, {"id": 3, "n": "z", "v": 7, "tags": ["q", "p"]}, {"id": 2, "n": null, "v": -1, "tags": ["p", "r"]}], 'id'))"#,
        r#"{"2":{"id":2,"n":null,"v":-1,"tags":["p","r"]},"3":{"id":3,"n":"z","v":7,"tags":["q","p"]},"4":{"id":4,"n":"x","v":4,"tags":["r","q"]}}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').fromPairs(L('lodash').toPairs([[{}, {"b": 0, "id": "b", "n": "abc"}]])))"#,
        r#"{"0":[{},{"b":0,"id":"b","n":"abc"}]}"#,
    ),
    (
        r#"JSON.stringify(L('lodash').partition([], 'n'))"#,
        r#"[[],[]]"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("title").eq(1).text()); })()"#,
        r#""""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("title").attr("class")); })()"#,
        r#"undefined"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("title").first().text()); })()"#,
        r#""Shop & More""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("title").find("a").length); })()"#,
        r#"0"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("h1").attr("data-id")); })()"#,
        r#"undefined"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("h1").html()); })()"#,
        r#""Products""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("h1").find("a").length); })()"#,
        r#"0"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("h1").length); })()"#,
        r#"1"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($(".item").attr("data-id")); })()"#,
        r#""1""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($(".item").val()); })()"#,
        r#"undefined"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($(".item").map(function(i, el){ return $(el).text(); }).get().join('|')); })()"#,
        r#""One $1.00|Two$2.50|Three <3>$3""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($(".item").attr("href")); })()"#,
        r#"undefined"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("li.item").last().text()); })()"#,
        r#""Three <3>$3""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("li.item").attr("data-id")); })()"#,
        r#""1""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("li.item").val()); })()"#,
        r#"undefined"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("li.item").prev().text()); })()"#,
        r#""One $1.00Two$2.50""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("ul > li").attr("data-id")); })()"#,
        r#""1""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("ul > li").next().text()); })()"#,
        r#""Two$2.50Three <3>$3""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("ul > li").children().length); })()"#,
        r#"6"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("ul > li").prev().text()); })()"#,
        r#""One $1.00Two$2.50""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("li:first-child a").attr("class")); })()"#,
        r#"undefined"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("li:first-child a").eq(1).text()); })()"#,
        r#""""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("li:first-child a").children().length); })()"#,
        r#"0"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("li:first-child a").html()); })()"#,
        r#""One""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("li:last-child .price").map(function(i, el){ return $(el).text(); }).get().join('|')); })()"#,
        r#""$3""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("li:last-child .price").next().text()); })()"#,
        r#""""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("li:last-child .price").parent().attr("class")); })()"#,
        r#""item last""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("li:last-child .price").length); })()"#,
        r#"1"#,
    ),
    (
        r##"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("#main > h1").html()); })()"##,
        r#""Products""#,
    ),
    (
        r##"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("#main > h1").first().text()); })()"##,
        r#""Products""#,
    ),
    (
        r##"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("#main > h1").next().text()); })()"##,
        r#""One $1.00\nTwo$2.50\nThree <3>$3""#,
    ),
    (
        r##"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("#main > h1").find("a").length); })()"##,
        r#"0"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("a.sale").text()); })()"#,
        r#""Two""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("a.sale").find("a").length); })()"#,
        r#"0"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("a.sale").next().text()); })()"#,
        r#""$2.50""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("a.sale").length); })()"#,
        r#"1"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("a[href=\"/p/3\"]").val()); })()"#,
        r#"undefined"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("a[href=\"/p/3\"]").attr("data-id")); })()"#,
        r#"undefined"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("a[href=\"/p/3\"]").find("a").length); })()"#,
        r#"0"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("a[href=\"/p/3\"]").parent().attr("class")); })()"#,
        r#""item last""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("a[href^=\"/p\"]").next().text()); })()"#,
        r#""$1.00$2.50$3""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("a[href^=\"/p\"]").prev().text()); })()"#,
        r#""""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("a[href^=\"/p\"]").last().text()); })()"#,
        r#""Three <3>""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("a[href^=\"/p\"]").parent().attr("class")); })()"#,
        r#""item first""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("a[href$=\"2\"]").hasClass("item")); })()"#,
        r#"false"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("a[href$=\"2\"]").attr("class")); })()"#,
        r#""sale""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("a[href$=\"2\"]").map(function(i, el){ return $(el).text(); }).get().join('|')); })()"#,
        r#""Two""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("a[href$=\"2\"]").first().text()); })()"#,
        r#""Two""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("[data-id]").attr("href")); })()"#,
        r#"undefined"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("[data-id]").text()); })()"#,
        r#""One $1.00Two$2.50Three <3>$3""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("[data-id]").html()); })()"#,
        r#""<a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span>""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("[data-id]").eq(1).text()); })()"#,
        r#""Two$2.50""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("li[data-id=\"2\"] span").last().text()); })()"#,
        r#""$2.50""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("li[data-id=\"2\"] span").val()); })()"#,
        r#"undefined"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("li[data-id=\"2\"] span").children().length); })()"#,
        r#"0"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("li[data-id=\"2\"] span").map(function(i, el){ return $(el).text(); }).get().join('|')); })()"#,
        r#""$2.50""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("input[name=csrf]").find("a").length); })()"#,
        r#"0"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("input[name=csrf]").prev().text()); })()"#,
        r#""""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("input[name=csrf]").val()); })()"#,
        r#""abc123""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("input[name=csrf]").attr("data-id")); })()"#,
        r#"undefined"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("input[type=\"hidden\"]").next().text()); })()"#,
        r#""""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("input[type=\"hidden\"]").parent().attr("class")); })()"#,
        r#"undefined"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("input[type=\"hidden\"]").val()); })()"#,
        r#""abc123""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("input[type=\"hidden\"]").find("a").length); })()"#,
        r#"0"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("select option").prev().text()); })()"#,
        r#""S""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("select option").eq(1).text()); })()"#,
        r#""M""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("select option").hasClass("item")); })()"#,
        r#"false"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("select option").first().text()); })()"#,
        r#""S""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("option[selected]").length); })()"#,
        r#"1"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("option[selected]").val()); })()"#,
        r#""m""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("option[selected]").find("a").length); })()"#,
        r#"0"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("option[selected]").children().length); })()"#,
        r#"0"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("table tr td").first().text()); })()"#,
        r#""a""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("table tr td").children().length); })()"#,
        r#"0"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("table tr td").val()); })()"#,
        r#"undefined"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("table tr td").find("a").length); })()"#,
        r#"0"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("tr td:nth-child(2)").attr("href")); })()"#,
        r#"undefined"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("tr td:nth-child(2)").last().text()); })()"#,
        r#""2""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("tr td:nth-child(2)").children().length); })()"#,
        r#"0"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("tr td:nth-child(2)").prev().text()); })()"#,
        r#""ab""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("p b").val()); })()"#,
        r#"undefined"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("p b").find("a").length); })()"#,
        r#"0"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("p b").text()); })()"#,
        r#""bold""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("p b").hasClass("item")); })()"#,
        r#"false"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("p + p").attr("data-id")); })()"#,
        r#"undefined"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("p + p").map(function(i, el){ return $(el).text(); }).get().join('|')); })()"#,
        r#""Second  line""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("p + p").text()); })()"#,
        r#""Second  line""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("p + p").first().text()); })()"#,
        r#""Second  line""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("h1 ~ ul li").html()); })()"#,
        r#""<a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span>""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("h1 ~ ul li").prev().text()); })()"#,
        r#""One $1.00Two$2.50""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("h1 ~ ul li").hasClass("item")); })()"#,
        r#"true"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("h1 ~ ul li").map(function(i, el){ return $(el).text(); }).get().join('|')); })()"#,
        r#""One $1.00|Two$2.50|Three <3>$3""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($(".note").length); })()"#,
        r#"1"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($(".note").find("a").length); })()"#,
        r#"0"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($(".note").last().text()); })()"#,
        r#""Second  line""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($(".note").next().text()); })()"#,
        r#""""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("img").prev().text()); })()"#,
        r#""Second  line""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("img").attr("href")); })()"#,
        r#"undefined"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("img").length); })()"#,
        r#"1"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("img").find("a").length); })()"#,
        r#"0"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("div#main").text()); })()"#,
        r#""Products\nOne $1.00\nTwo$2.50\nThree <3>$3\nSMHi there\nKVa1b2\nPara bold and it.Second  line""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("div#main").next().text()); })()"#,
        r#""var x = \"<p>not</p>\";""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("div#main").parent().attr("class")); })()"#,
        r#""home page""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("div#main").find("a").length); })()"#,
        r#"3"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("body .list .item a").children().length); })()"#,
        r#"0"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("body .list .item a").val()); })()"#,
        r#"undefined"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("body .list .item a").attr("data-id")); })()"#,
        r#"undefined"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("body .list .item a").attr("href")); })()"#,
        r#""/p/1""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("li:contains(\"Two\")").text()); })()"#,
        r#""Two$2.50""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("li:contains(\"Two\")").find("a").length); })()"#,
        r#"1"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("li:contains(\"Two\")").length); })()"#,
        r#"1"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("li:contains(\"Two\")").map(function(i, el){ return $(el).text(); }).get().join('|')); })()"#,
        r#""Two$2.50""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("form *").attr("href")); })()"#,
        r#"undefined"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("form *").text()); })()"#,
        r#""SMSMHi there""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("form *").map(function(i, el){ return $(el).text(); }).get().join('|')); })()"#,
        r#""||SM|S|M|Hi there|""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("form *").last().text()); })()"#,
        r#""""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("span.price, h1.title").find("a").length); })()"#,
        r#"0"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("span.price, h1.title").val()); })()"#,
        r#"undefined"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("span.price, h1.title").html()); })()"#,
        r#""Products""#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return JSON.stringify($("span.price, h1.title").parent().attr("class")); })()"#,
        r#"undefined"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return $('select').val() + '|' + $('textarea').val() + '|' + $('input[name=qty]').val() + '|' + $('#main').data('count') + '|' + JSON.stringify($('li').first().data()); })()"#,
        r#"m|Hi there|2|3|{"id":1}"#,
    ),
    (
        r#"(function(){ var $ = cheerio.load("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shop &amp; More</title><style>p{color:red}</style></head>\n<body class=\"home page\"><div id=\"main\" data-count=\"3\"><h1 class=\"title\">Products</h1>\n<ul class=\"list\"><li class=\"item first\" data-id=\"1\"><a href=\"/p/1\">One</a> <span class=\"price\">$1.00</span></li>\n<li class=\"item\" data-id=\"2\"><a href=\"/p/2\" class=\"sale\">Two</a><span class=\"price\">$2.50</span></li>\n<li class=\"item last\" data-id=\"3\"><a href=\"/p/3\">Three &lt;3&gt;</a><span class=\"price\">$3</span></li></ul>\n<form id=\"f\" action=\"/buy\"><input type=\"hidden\" name=\"csrf\" value=\"abc123\"><input name=\"qty\" value=\"2\"><select name=\"size\"><option value=\"s\">S</option><option value=\"m\" selected>M</option></select><textarea name=\"note\">Hi there</textarea><input type=\"checkbox\" name=\"gift\" checked></form>\n<table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>\n<p>Para <b>bold</b> and <i>it</i>.</p><p class=\"note\">Second <br> line</p><img src=\"/i.png\" alt=\"pic\"></div>\n<script>var x = \"<p>not</p>\";</script></body></html>"); return $.text().length + '|' + $('body').text().replace(/\s+/g, ' ').slice(0, 60); })()"#,
        r#"133|Products One $1.00 Two$2.50 Three <3>$3 SMHi there KVa1b2 Pa"#,
    ),
    (
        r#"__m(function(){ expect({a: 1}).to.have.jsonSchema({type: 'objekt'}) })"#,
        r#"schema is invalid: data.type should be equal to one of the allowed values, data.type should be array, data.type should match some schema in anyOf"#,
    ),
    (
        r#"__m(function(){ expect({a: 1}).to.have.jsonSchema({required: 'a'}) })"#,
        r#"schema is invalid: data.required should be array"#,
    ),
    (
        r#"__m(function(){ expect({a: 1}).to.have.jsonSchema({properties: {a: {minimum: 'x'}}}) })"#,
        r#"schema is invalid: data.properties['a'].minimum should be number"#,
    ),
    (
        r#"__m(function(){ expect({a: 1}).to.have.jsonSchema({items: 5}) })"#,
        r#"schema is invalid: data.items should be object,boolean, data.items should be array, data.items should match some schema in anyOf"#,
    ),
    (
        r#"__m(function(){ new (L('ajv'))().compile({type: 'objekt'}) })"#,
        r#"schema is invalid: data.type should be equal to one of the allowed values, data.type should be array, data.type should match some schema in anyOf"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"enum": [1, "a"]}, {}); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be equal to one of the allowed values"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"not": {"not": {"type": "object", "required": ["k"]}}}, {"k": "abc", "q": {"k": 3, "p": null, "q": 3}, "p": 3}); return ok + ' ' + a.errorsText(); })()"#,
        r#"true No errors"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"allOf": [{"enum": [1, "a"]}, {"type": "array", "items": {"type": "string"}}]}, null); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be equal to one of the allowed values, data should be array"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"not": {"type": "object", "required": ["k"]}}, 3); return ok + ' ' + a.errorsText(); })()"#,
        r#"true No errors"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"type": "integer"}, []); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be integer"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"type": "array", "items": {"type": "string"}}, {"q": {}, "p": {}, "k": {"q": ["x"], "k": true}}); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be array"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"type": ["string", "null"], "maxLength": 2}, "abc"); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should NOT be longer than 2 characters"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"const": 3}, true); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be equal to constant"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"anyOf": [{"not": {"type": "object", "required": ["k"]}}]}, {"k": [1], "q": "abc"}); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should NOT be valid, data should match some schema in anyOf"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"type": ["string", "null"], "maxLength": 2}, []); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be string,null"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"type": ["string", "null"], "maxLength": 2}, 3); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be string,null"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"allOf": [{"type": ["string", "null"], "maxLength": 2}, {"type": "string"}, {"allOf": [{"type": ["string", "null"], "maxLength": 2}, {"const": 3}, {"const": 3}]}]}, 3); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be string,null, data should be string, data should be string,null"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"not": {"type": ["string", "null"], "maxLength": 2}}, {"q": true}); return ok + ' ' + a.errorsText(); })()"#,
        r#"true No errors"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"type": "object", "required": ["k"]}, 1.5); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be object"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"type": "integer"}, null); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be integer"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"not": {"not": {"type": "array", "items": {"type": "string"}}}}, {"p": {}, "k": null}); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should NOT be valid"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"type": "object", "required": ["k"]}, null); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be object"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"allOf": [{"type": "integer"}]}, {"k": 1, "q": []}); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be integer"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"type": "number", "minimum": 2}, ["x"]); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be number"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"anyOf": [{"not": {"type": "number", "minimum": 2}}, {"type": "integer"}, {"type": "object", "properties": {"p": {"type": "number", "minimum": 2}, "q": {"type": ["string", "null"], "maxLength": 2}}, "required": ["p"]}]}, [1]); return ok + ' ' + a.errorsText(); })()"#,
        r#"true No errors"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"type": "integer"}, {"p": {}, "q": ["x"], "k": {}}); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be integer"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"type": "array", "items": {"type": "string"}}, ["x"]); return ok + ' ' + a.errorsText(); })()"#,
        r#"true No errors"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"not": {"type": "object", "properties": {"p": {"type": "object", "required": ["k"]}, "q": {"type": "object", "required": ["k"]}}, "required": ["p"]}}, {"k": {}, "q": [1]}); return ok + ' ' + a.errorsText(); })()"#,
        r#"true No errors"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"allOf": [{"type": "object", "properties": {"p": {"type": ["string", "null"], "maxLength": 2}, "q": {"type": "array", "items": {"type": "string"}}}, "required": ["q", "p"]}, {"anyOf": [{"type": "number", "minimum": 2}]}, {"type": "string"}]}, []); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be object, data should be number, data should match some schema in anyOf, data should be string"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"anyOf": [{"not": {"type": "number", "minimum": 2}}, {"allOf": [{"type": "object", "required": ["k"]}]}, {"type": ["string", "null"], "maxLength": 2}]}, 3); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should NOT be valid, data should be object, data should be string,null, data should match some schema in anyOf"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"enum": [1, "a"]}, []); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be equal to one of the allowed values"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"allOf": [{"const": 3}]}, ["x"]); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be equal to constant"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"type": "array", "items": {"type": "string"}}, "a"); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be array"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"type": "number", "minimum": 2}, {"q": {"q": "a", "k": true}}); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be number"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"type": "integer"}, {"q": {"k": [1], "q": "a", "p": []}, "p": {"q": "abc", "p": {}}, "k": 2}); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be integer"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"type": "object", "required": ["k"]}, "a"); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be object"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"type": "object", "properties": {"p": {"type": "number", "minimum": 2}, "q": {"not": {"const": 3}}}, "required": []}, ["x"]); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be object"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"const": 3}, {"q": {"k": 3, "q": null, "p": "a"}, "k": true, "p": null}); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be equal to constant"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"enum": [1, "a"]}, {}); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be equal to one of the allowed values"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"enum": [1, "a"]}, {"k": ["x"], "p": {"k": "abc", "p": "a"}}); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be equal to one of the allowed values"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"type": "object", "required": ["k"]}, "abc"); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be object"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"type": "object", "properties": {"p": {"allOf": [{"const": 3}]}, "q": {"anyOf": [{"type": "integer"}, {"const": 3}, {"type": "object", "required": ["k"]}]}}, "required": ["p"]}, {"q": ["x"], "p": null, "k": true}); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data.p should be equal to constant"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"anyOf": [{"anyOf": [{"type": "array", "items": {"type": "string"}}, {"type": "array", "items": {"type": "string"}}, {"type": "integer"}]}]}, {"p": [1]}); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be array, data should be array, data should be integer, data should match some schema in anyOf, data should match some schema in anyOf"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"const": 3}, 1); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be equal to constant"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"enum": [1, "a"]}, {}); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be equal to one of the allowed values"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"type": "object", "required": ["k"]}, true); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be object"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"type": "number", "minimum": 2}, true); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be number"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"not": {"type": "integer"}}, 1); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should NOT be valid"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"type": "object", "properties": {"p": {"type": "string"}, "q": {"oneOf": [{"enum": [1, "a"]}, {"type": "array", "items": {"type": "string"}}, {"type": "integer"}]}}, "required": ["q"]}, null); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be object"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"const": 3}, 2); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be equal to constant"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"type": "number", "minimum": 2}, []); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be number"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"type": ["string", "null"], "maxLength": 2}, {"q": [1]}); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be string,null"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"type": "number", "minimum": 2}, true); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be number"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"type": "object", "properties": {"p": {"type": "number", "minimum": 2}, "q": {"not": {"const": 3}}}, "required": []}, {"k": {"q": "a"}, "q": [], "p": {"k": 3}}); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data.p should be number"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"type": "object", "properties": {"p": {"type": "number", "minimum": 2}, "q": {"anyOf": [{"type": "string"}, {"const": 3}, {"type": "integer"}]}}, "required": ["q"]}, {"k": "abc", "q": ["x"]}); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data.q should be string, data.q should be equal to constant, data.q should be integer, data.q should match some schema in anyOf"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"type": "object", "properties": {"p": {"type": "object", "properties": {"p": {"const": 3}, "q": {"type": "object", "required": ["k"]}}, "required": ["p", "q"]}, "q": {"type": ["string", "null"], "maxLength": 2}}, "required": ["p", "r"]}, {"p": ["x"], "q": 1.5}); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should have required property 'r', data.p should be object, data.q should be string,null"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"oneOf": [{"type": "string"}, {"not": {"type": "string"}}]}, {"p": {"p": [1], "q": "a"}}); return ok + ' ' + a.errorsText(); })()"#,
        r#"true No errors"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"not": {"type": "object", "properties": {"p": {"type": "array", "items": {"type": "string"}}, "q": {"enum": [1, "a"]}}, "required": []}}, "abc"); return ok + ' ' + a.errorsText(); })()"#,
        r#"true No errors"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"oneOf": [{"type": "integer"}]}, {"p": {"p": "a", "k": 2}}); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be integer, data should match exactly one schema in oneOf"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"enum": [1, "a"]}, "abc"); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be equal to one of the allowed values"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"allOf": [{"type": "array", "items": {"type": "string"}}, {"not": {"type": "number", "minimum": 2}}]}, 1); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be array"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"anyOf": [{"type": "object", "properties": {"p": {"type": ["string", "null"], "maxLength": 2}, "q": {"enum": [1, "a"]}}, "required": ["r", "p"]}, {"type": "array", "items": {"type": "string"}}, {"oneOf": [{"type": "array", "items": {"type": "string"}}]}]}, 1); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be object, data should be array, data should be array, data should match exactly one schema in oneOf, data should match some schema in anyOf"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"not": {"type": "string"}}, "abc"); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should NOT be valid"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"not": {"not": {"type": "number", "minimum": 2}}}, "a"); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should NOT be valid"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"not": {"oneOf": [{"enum": [1, "a"]}]}}, 3); return ok + ' ' + a.errorsText(); })()"#,
        r#"true No errors"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"type": "integer"}, {}); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be integer"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"type": "object", "required": ["k"]}, {}); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should have required property 'k'"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"type": ["string", "null"], "maxLength": 2}, {"q": ["x"]}); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be string,null"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"allOf": [{"not": {"const": 3}}]}, ["x"]); return ok + ' ' + a.errorsText(); })()"#,
        r#"true No errors"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"type": "array", "items": {"type": "string"}}, ["x"]); return ok + ' ' + a.errorsText(); })()"#,
        r#"true No errors"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"type": "integer"}, {"k": 3, "q": [], "p": true}); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be integer"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"not": {"type": "integer"}}, true); return ok + ' ' + a.errorsText(); })()"#,
        r#"true No errors"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"type": "object", "properties": {"p": {"type": "string"}, "q": {"type": "integer"}}, "required": ["p", "r"]}, {"p": 2, "k": 3, "q": {"q": ["x"], "k": "abc", "p": {}}}); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should have required property '.r'"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"const": 3}, "a"); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be equal to constant"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"type": "object", "properties": {"p": {"oneOf": [{"type": "object", "required": ["k"]}, {"enum": [1, "a"]}, {"const": 3}]}, "q": {"type": "object", "properties": {"p": {"type": "number", "minimum": 2}, "q": {"enum": [1, "a"]}}, "required": []}}, "required": []}, 2); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be object"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"oneOf": [{"anyOf": [{"const": 3}]}, {"not": {"type": "integer"}}]}, {}); return ok + ' ' + a.errorsText(); })()"#,
        r#"true No errors"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"allOf": [{"type": "object", "properties": {"p": {"type": "array", "items": {"type": "string"}}, "q": {"type": ["string", "null"], "maxLength": 2}}, "required": []}]}, {}); return ok + ' ' + a.errorsText(); })()"#,
        r#"true No errors"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"type": "integer"}, 3); return ok + ' ' + a.errorsText(); })()"#,
        r#"true No errors"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"type": "object", "properties": {"p": {"enum": [1, "a"]}, "q": {"not": {"type": ["string", "null"], "maxLength": 2}}}, "required": []}, 1.5); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be object"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"oneOf": [{"type": "object", "required": ["k"]}, {"not": {"type": "array", "items": {"type": "string"}}}, {"allOf": [{"type": "integer"}]}]}, 1.5); return ok + ' ' + a.errorsText(); })()"#,
        r#"true No errors"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"type": ["string", "null"], "maxLength": 2}, ["x"]); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be string,null"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"type": ["string", "null"], "maxLength": 2}, true); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be string,null"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"enum": [1, "a"]}, "abc"); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be equal to one of the allowed values"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"enum": [1, "a"]}, {"p": true, "q": {}, "k": 1}); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be equal to one of the allowed values"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"type": "object", "properties": {"p": {"enum": [1, "a"]}, "q": {"not": {"type": "string"}}}, "required": ["p", "q"]}, "a"); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be object"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"type": ["string", "null"], "maxLength": 2}, "abc"); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should NOT be longer than 2 characters"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"type": ["string", "null"], "maxLength": 2}, "a"); return ok + ' ' + a.errorsText(); })()"#,
        r#"true No errors"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"enum": [1, "a"]}, 3); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be equal to one of the allowed values"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"type": "object", "properties": {"p": {"not": {"type": "string"}}, "q": {"type": "object", "properties": {"p": {"const": 3}, "q": {"const": 3}}, "required": ["p", "r"]}}, "required": []}, 1.5); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be object"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"const": 3}, []); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be equal to constant"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"type": "integer"}, {"k": {"q": []}, "p": {}}); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be integer"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"allOf": [{"const": 3}]}, [1]); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be equal to constant"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"allOf": [{"type": "object", "properties": {"p": {"enum": [1, "a"]}, "q": {"type": ["string", "null"], "maxLength": 2}}, "required": ["p", "r"]}, {"oneOf": [{"const": 3}]}]}, true); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be object"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"anyOf": [{"type": "object", "properties": {"p": {"enum": [1, "a"]}, "q": {"type": "string"}}, "required": ["q"]}, {"type": ["string", "null"], "maxLength": 2}]}, null); return ok + ' ' + a.errorsText(); })()"#,
        r#"true No errors"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"type": "array", "items": {"type": "string"}}, []); return ok + ' ' + a.errorsText(); })()"#,
        r#"true No errors"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"type": "array", "items": {"type": "string"}}, 1); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be array"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"type": "number", "minimum": 2}, "a"); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be number"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"type": "object", "properties": {"p": {"not": {"enum": [1, "a"]}}, "q": {"type": "object", "required": ["k"]}}, "required": ["r"]}, ["x"]); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be object"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"not": {"not": {"type": "array", "items": {"type": "string"}}}}, "a"); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should NOT be valid"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"type": "array", "items": {"type": "string"}}, "a"); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be array"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"type": "string"}, ["x"]); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be string"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"enum": [1, "a"]}, {"p": 1.5, "q": {}, "k": []}); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be equal to one of the allowed values"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"type": "object", "properties": {"p": {"type": "object", "properties": {"p": {"type": "array", "items": {"type": "string"}}, "q": {"type": "integer"}}, "required": ["r"]}, "q": {"type": "object", "properties": {"p": {"type": "object", "required": ["k"]}, "q": {"const": 3}}, "required": []}}, "required": ["q", "r"]}, {}); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should have required property 'r', data should have required property 'q'"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"const": 3}, {}); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be equal to constant"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"type": "integer"}, "abc"); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be integer"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"type": "array", "items": {"type": "string"}}, "a"); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be array"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"type": "number", "minimum": 2}, true); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be number"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"not": {"const": 3}}, {}); return ok + ' ' + a.errorsText(); })()"#,
        r#"true No errors"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"type": "integer"}, [1]); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be integer"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"type": "array", "items": {"type": "string"}}, {"p": "a", "k": {"k": 2, "q": "a"}}); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be array"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"type": "array", "items": {"type": "string"}}, {}); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be array"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"not": {"allOf": [{"const": 3}, {"const": 3}]}}, {}); return ok + ' ' + a.errorsText(); })()"#,
        r#"true No errors"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"not": {"type": "string"}}, 2); return ok + ' ' + a.errorsText(); })()"#,
        r#"true No errors"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"type": "object", "required": ["k"]}, {}); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should have required property '.k'"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"type": "object", "required": ["k"]}, []); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be object"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"not": {"type": "object", "required": ["k"]}}, {"k": {"q": []}}); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should NOT be valid"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"const": 3}, [1]); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be equal to constant"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"type": ["string", "null"], "maxLength": 2}, 1.5); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be string,null"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"type": "object", "required": ["k"]}, null); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be object"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"not": {"not": {"const": 3}}}, {"k": {"k": null, "p": "abc"}, "p": {"p": ["x"]}, "q": {}}); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should NOT be valid"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"type": "object", "properties": {"p": {"type": "object", "properties": {"p": {"type": "integer"}, "q": {"type": ["string", "null"], "maxLength": 2}}, "required": ["r", "p"]}, "q": {"type": "array", "items": {"type": "string"}}}, "required": ["p", "q"]}, {"p": [1]}); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data.p should be object, data should have required property 'q'"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"type": "object", "required": ["k"]}, 2); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be object"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"enum": [1, "a"]}, {"k": 1.5}); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be equal to one of the allowed values"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"type": "string"}, {"k": 2, "p": {"k": {}, "q": true}}); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be string"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"type": ["string", "null"], "maxLength": 2}, [1]); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be string,null"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"type": "object", "properties": {"p": {"type": "number", "minimum": 2}, "q": {"type": "object", "properties": {"p": {"type": "object", "required": ["k"]}, "q": {"enum": [1, "a"]}}, "required": []}}, "required": ["q"]}, {}); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should have required property 'q'"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"type": "string"}, [1]); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be string"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"allOf": [{"type": ["string", "null"], "maxLength": 2}, {"type": "object", "properties": {"p": {"type": "array", "items": {"type": "string"}}, "q": {"type": "number", "minimum": 2}}, "required": ["r"]}]}, {"q": true, "k": []}); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be string,null, data should have required property 'r', data.q should be number"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"oneOf": [{"not": {"type": "string"}}, {"type": "array", "items": {"type": "string"}}, {"allOf": [{"type": "object", "required": ["k"]}, {"type": "number", "minimum": 2}, {"const": 3}]}]}, 1.5); return ok + ' ' + a.errorsText(); })()"#,
        r#"true No errors"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"anyOf": [{"type": "object", "properties": {"p": {"const": 3}, "q": {"type": ["string", "null"], "maxLength": 2}}, "required": []}, {"type": "object", "properties": {"p": {"type": "object", "required": ["k"]}, "q": {"type": "array", "items": {"type": "string"}}}, "required": []}]}, {"q": {"p": "abc"}}); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data.q should be string,null, data.q should be array, data should match some schema in anyOf"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"type": ["string", "null"], "maxLength": 2}, []); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be string,null"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"allOf": [{"not": {"const": 3}}]}, 3); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should NOT be valid"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"const": 3}, {"q": {"k": 3, "q": 1.5}, "k": "a"}); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be equal to constant"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"not": {"anyOf": [{"type": "string"}]}}, {"k": {}}); return ok + ' ' + a.errorsText(); })()"#,
        r#"true No errors"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"type": "integer"}, 1.5); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be integer"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"type": "object", "properties": {"p": {"type": "object", "required": ["k"]}, "q": {"type": "number", "minimum": 2}}, "required": []}, {"k": 1.5, "q": {"q": 1.5, "k": null, "p": [1]}, "p": {}}); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data.p should have required property '.k'"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"type": "object", "properties": {"p": {"anyOf": [{"type": ["string", "null"], "maxLength": 2}, {"type": "array", "items": {"type": "string"}}]}, "q": {"not": {"type": "integer"}}}, "required": []}, {"q": {"q": ["x"], "k": 1.5}, "k": {"p": [1]}, "p": {"p": null, "q": 3, "k": true}}); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data.p should be string,null, data.p should be array, data.p should match some schema in anyOf"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"const": 3}, {"q": "a"}); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be equal to constant"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"const": 3}, {}); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be equal to constant"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"const": 3}, [1]); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be equal to constant"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"type": "string"}, 3); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be string"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"const": 3}, "abc"); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be equal to constant"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"const": 3}, {"k": "a"}); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be equal to constant"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"not": {"const": 3}}, {}); return ok + ' ' + a.errorsText(); })()"#,
        r#"true No errors"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"type": "string"}, 3); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be string"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"type": "string"}, {}); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be string"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"not": {"not": {"type": "array", "items": {"type": "string"}}}}, "abc"); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should NOT be valid"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"type": "object", "required": ["k"]}, 1); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be object"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"anyOf": [{"type": "string"}, {"not": {"type": "number", "minimum": 2}}, {"enum": [1, "a"]}]}, "abc"); return ok + ' ' + a.errorsText(); })()"#,
        r#"true No errors"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"allOf": [{"type": ["string", "null"], "maxLength": 2}, {"type": "number", "minimum": 2}]}, 1); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be string,null"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"oneOf": [{"type": "number", "minimum": 2}, {"not": {"type": "array", "items": {"type": "string"}}}]}, {}); return ok + ' ' + a.errorsText(); })()"#,
        r#"true No errors"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"const": 3}, 1); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be equal to constant"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: false}); var ok = a.validate({"type": "number", "minimum": 2}, {"p": {"q": 2}}); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be number"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"type": "object", "required": ["k"]}, []); return ok + ' ' + a.errorsText(); })()"#,
        r#"false data should be object"#,
    ),
    (
        r#"(function(){ var A = L('ajv'); var a = new A({allErrors: true}); var ok = a.validate({"not": {"type": "object", "properties": {"p": {"type": ["string", "null"], "maxLength": 2}, "q": {"type": "object", "required": ["k"]}}, "required": ["p"]}}, {"q": true, "k": [1], "p": null}); return ok + ' ' + a.errorsText(); })()"#,
        r#"true No errors"#,
    ),
];
