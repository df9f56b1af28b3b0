// The same collection as the plain baseline: only the cards differ.
export { collections } from '../../baseline/src/content.config.ts';
