import { expect, fixture, html } from '@open-wc/testing';
import { ProblemError } from '../../src/api/errors.js';
import { SuiteBuyLicencesEvent, SuiteErrorEvent, SuiteImportCommittedEvent } from '../../src/events/index.js';

describe('suite-* events', () => {
  it('SuiteBuyLicencesEvent is cancelable, bubbles out of shadow roots and names the pool', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);

    let received: SuiteBuyLicencesEvent | undefined;
    // Typed through GlobalEventHandlersEventMap: no cast needed to read the fields.
    document.addEventListener('suite-buy-licences', (event) => (received = event), { once: true });
    const event = new SuiteBuyLicencesEvent({ clientId: 'c1', poolId: 'p1', poolKey: 'core' });
    inner.dispatchEvent(event);

    expect(received).to.equal(event);
    expect(event.type).to.equal('suite-buy-licences');
    expect([event.bubbles, event.composed, event.cancelable]).to.deep.equal([true, true, true]);
    expect([event.clientId, event.poolId, event.poolKey]).to.deep.equal(['c1', 'p1', 'core']);
  });

  it('SuiteBuyLicencesEvent reports a host veto through dispatchEvent', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.addEventListener('suite-buy-licences', (event) => event.preventDefault(), { once: true });
    const allowed = host.dispatchEvent(new SuiteBuyLicencesEvent({ clientId: 'c1', poolId: 'p1', poolKey: 'core' }));
    expect(allowed).to.equal(false);
  });

  it('SuiteErrorEvent carries the error, bubbles and is composed, and is not cancelable', async () => {
    const error = new ProblemError('GET /clients/c1/licence-pools', {
      type: 'about:blank',
      title: 'Internal Server Error',
      status: 500,
      code: 'internal',
    });
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    let received: SuiteErrorEvent | undefined;
    document.addEventListener('suite-error', (event) => (received = event), { once: true });
    host.dispatchEvent(new SuiteErrorEvent(error));
    expect(received?.error).to.equal(error);
    expect(received?.type).to.equal('suite-error');
    expect([received?.bubbles, received?.composed, received?.cancelable]).to.deep.equal([true, true, false]);
  });

  it('SuiteImportCommittedEvent carries the created users, bubbles and is composed, and is not cancelable', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    let received: SuiteImportCommittedEvent | undefined;
    document.addEventListener('suite-import-committed', (event) => (received = event), { once: true });
    host.dispatchEvent(new SuiteImportCommittedEvent({ userIds: ['u1', 'u2'], count: 2 }));
    expect(received?.type).to.equal('suite-import-committed');
    expect([received?.userIds, received?.count]).to.deep.equal([['u1', 'u2'], 2]);
    expect([received?.bubbles, received?.composed, received?.cancelable]).to.deep.equal([true, true, false]);
  });
});
