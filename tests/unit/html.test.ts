import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { escapeHtml, html, joinHtml, SafeHtml, type HtmlValue } from '../../src/output/html.ts';

const show = (value: HtmlValue): string => html`${value}`.toString();

describe('escaping text for a page', () => {
  test('writes & as &amp;', () => assert.equal(escapeHtml('Tom & Jerry'), 'Tom &amp; Jerry'));
  test('writes < and > as &lt; and &gt;', () => assert.equal(escapeHtml('<script>'), '&lt;script&gt;'));
  test('writes a double quote as &quot;, so it cannot close an attribute', () => assert.equal(escapeHtml('a"b'), 'a&quot;b'));
  test('writes a single quote as &#39;, so it cannot close an attribute', () => assert.equal(escapeHtml("it's"), 'it&#39;s'));
  test('writes a backslash as &#92;, as the Nunjucks templates did', () => assert.equal(escapeHtml('a\\b'), 'a&#92;b'));
  test('escapes an ampersand that already starts an entity, so the text shows as written', () => assert.equal(escapeHtml('&amp;'), '&amp;amp;'));
  test('leaves other text as it is, accents and Arabic included', () => assert.equal(escapeHtml('Ḥalab – تقرير 1,000'), 'Ḥalab – تقرير 1,000'));
  test('escapes every special character however many there are', () => assert.equal(escapeHtml(`<<&&"'>>`), '&lt;&lt;&amp;&amp;&quot;&#39;&gt;&gt;'));
});

describe('the html template', () => {
  test('escapes every value put into it', () =>
    assert.equal(
      html`<a href="${'/x?a=1&b="2"'}" title="${"it's"}">${'<img src=x onerror=alert(1)>'}</a>`.toString(),
      '<a href="/x?a=1&amp;b=&quot;2&quot;" title="it&#39;s">&lt;img src=x onerror=alert(1)&gt;</a>',
    ));
  test('keeps its own markup as written', () => assert.equal(html`<p class="a">x</p>`.toString(), '<p class="a">x</p>'));
  test('gives a SafeHtml', () => assert.ok(html`<br>` instanceof SafeHtml));
  test('puts markup made by html into another html as it is, not escaped twice', () =>
    assert.equal(html`<li>${html`<b>${'a & b'}</b>`}</li>`.toString(), '<li><b>a &amp; b</b></li>'));
  test('nests as deep as needed, each level escaping its own values', () =>
    assert.equal(html`<ul>${html`<li>${html`<a>${'<x>'}</a>`}</li>`}</ul>`.toString(), '<ul><li><a>&lt;x&gt;</a></li></ul>'));
  test('joins a list with nothing between its items', () => assert.equal(show([html`<li>1</li>`, html`<li>2</li>`]), '<li>1</li><li>2</li>'));
  test('escapes the text items of a list and keeps its markup items', () => assert.equal(show(['<a>', html`<b>`, ['&', html`<i>`]]), '&lt;a&gt;<b>&amp;<i>'));
  test('writes nothing for null, undefined and false', () => assert.equal(html`[${null}${undefined}${false}]`.toString(), '[]'));
  test('writes nothing for an empty list', () => assert.equal(show([]), ''));
  test('writes numbers as JavaScript does, 0 included', () => assert.equal(html`${0} ${12.5} ${-3}`.toString(), '0 12.5 -3'));
  test('escapes a string that looks like markup made elsewhere', () => assert.equal(show(String(html`<b>`)), '&lt;b&gt;'));
  test('cannot be fooled by an object that only looks like a SafeHtml', () => {
    const fake = { toString: () => '<script>' } as unknown as HtmlValue;
    assert.throws(() => show(fake), TypeError);
  });
});

describe('joining markup', () => {
  test('puts the separator between the items', () => assert.equal(joinHtml([html`<a>x</a>`, html`<a>y</a>`], ', ').toString(), '<a>x</a>, <a>y</a>'));
  test('escapes the separator and the text items', () => assert.equal(joinHtml(['a<', 'b'], ' & ').toString(), 'a&lt; &amp; b'));
  test('gives nothing for no items', () => assert.equal(joinHtml([], ', ').toString(), ''));
});
