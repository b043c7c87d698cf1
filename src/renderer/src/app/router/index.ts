/** The hash router's public face: typed routes for features, pages for the route list, and the current path for the frame. */
export { defineRoute, type NoParams, type PathParams, type Route } from './defineRoute';
export { definePage, type Nav, type Page, type Preloadable, type ShortcutDigit } from './definePage';
export { pathOf, useHashPath } from './hashPath';
