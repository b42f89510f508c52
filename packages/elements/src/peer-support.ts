/**
 * The CDN bundle: one self-contained file that registers every element, for a partner's single
 * `<script type="module" src=".../peer-support.js">`.
 */
import './define/peer-support-charter.js';
import './define/peer-support-directory.js';
import './define/peer-support-service.js';
import './define/peer-support-signatories.js';
import './define/peer-support-crisis-help.js';
import './define/peer-support-coverage.js';

export * from './index.js';
