// Every adversarial request, category by category, in the order the test reports them.
import { contentTypesAndMethods, malformedJson, oversizedBodies, unicode } from './adversarial-bodies.ts';
import {
  bombs,
  deepNesting,
  injections,
  longStrings,
  malformedGraphql,
  pageSizes,
  unknownFieldsAndIds,
  wrongArgumentTypes,
} from './adversarial-documents.ts';
import type { AdversarialRequest } from './adversarial-requests.ts';

/** All requests, by category. */
export function generateAdversarialRequests(): AdversarialRequest[] {
  return [
    ...malformedJson(),
    ...malformedGraphql(),
    ...unknownFieldsAndIds(),
    ...wrongArgumentTypes(),
    ...pageSizes(),
    ...deepNesting(),
    ...bombs(),
    ...longStrings(),
    ...injections(),
    ...unicode(),
    ...oversizedBodies(),
    ...contentTypesAndMethods(),
  ];
}
