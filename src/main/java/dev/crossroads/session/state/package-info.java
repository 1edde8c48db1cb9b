/**
 * What a session has gathered, as plain values: the answers by question id ({@link
 * dev.crossroads.session.state.SessionState}), the stable ids that key them, and the sections
 * they fall in. A draft on disk is exactly this state. Uses nothing else of the session.
 */
package dev.crossroads.session.state;
