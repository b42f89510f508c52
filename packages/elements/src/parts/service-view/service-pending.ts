import { html, type TemplateResult } from 'lit';
import type { Service } from '@peer-support-kit/core';
import { renderLoadMessage } from '../load-message/load-message.js';
import type { ServiceContext } from './service-context.js';
import { renderDetails } from './service-details.js';

/** A service's details as far as they have come: ready, still loading, or failed (with Retry). */
export type FullService =
  | { readonly kind: 'ready'; readonly service: Service }
  | { readonly kind: 'loading'; readonly service: Service }
  | { readonly kind: 'error'; readonly service: Service; readonly retry: () => void };

/**
 * A service's details, or while they are fetched (or if they cannot be) what the card said and a
 * message, with Try again on failure: the person keeps what they had, and a way on.
 */
export function renderFullService(full: FullService, context: ServiceContext, retryLabel: string): TemplateResult {
  if (full.kind === 'ready') return renderDetails(full.service, context);
  const { strings } = context;
  const message =
    full.kind === 'loading'
      ? html`<p part="message" class="message loading" role="status">${strings.detailsLoading}</p>`
      : renderLoadMessage(
          { kind: 'error', message: strings.detailsFailed, canRetry: true },
          { loading: '', retry: retryLabel },
          full.retry,
          true,
        );
  return html`<div class="detail-body"><p>${full.service.summary}</p>${message}</div>`;
}
