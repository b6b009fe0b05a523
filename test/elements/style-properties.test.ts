import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { styleProperties, type StyleProperties } from '../../src/components/style-properties.js';

const bar = (properties: StyleProperties) => html`<span style=${styleProperties(properties)}></span>`;

describe('styleProperties', () => {
  let container: HTMLElement;
  let styleAttributeWrites: string[];
  const realSetAttribute = Element.prototype.setAttribute;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    styleAttributeWrites = [];
    // A `style` attribute is what `style-src` without 'unsafe-inline' refuses (styleMap writes one on its first render).
    Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
      if (name.toLowerCase() === 'style') styleAttributeWrites.push(value);
      realSetAttribute.call(this, name, value);
    };
  });

  afterEach(() => {
    Element.prototype.setAttribute = realSetAttribute;
    container.remove();
  });

  it('sets the properties through the CSSOM from the first render, never as a style attribute', () => {
    render(bar({ '--_fill': '40%', background: 'rgb(1, 2, 3)' }), container);
    const span = container.querySelector('span')!;
    expect(span.style.getPropertyValue('--_fill')).to.equal('40%');
    expect(span.style.getPropertyValue('background-color')).to.equal('rgb(1, 2, 3)');
    expect(styleAttributeWrites).to.deep.equal([]);
  });

  it('changes and removes properties on later renders', () => {
    render(bar({ '--_fill': '40%', background: 'red' }), container);
    render(bar({ '--_fill': '75%' }), container);
    const span = container.querySelector('span')!;
    expect(span.style.getPropertyValue('--_fill')).to.equal('75%');
    expect(span.style.getPropertyValue('background-color')).to.equal('');
    expect(styleAttributeWrites).to.deep.equal([]);
  });

  it('refuses to be part of an attribute value or another attribute', () => {
    expect(() => render(html`<span title=${styleProperties({})}></span>`, container)).to.throw(/whole value of a style attribute/);
  });
});
