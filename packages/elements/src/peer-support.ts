/**
 * The CDN bundle: one self-contained file that registers every element, for a partner's single
 * `<script type="module" src=".../peer-support.js">`.
 */
import './define/peer-support-charter.js';

export * from './index.js';
