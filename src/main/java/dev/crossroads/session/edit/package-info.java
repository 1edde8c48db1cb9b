/**
 * Editing a saved profile: the profile turned back into the answers that rebuild it ({@link
 * dev.crossroads.session.edit.SavedAnswers}), and, once the person is done, the new answers put
 * together with what the questions could not carry ({@link
 * dev.crossroads.session.edit.EditedProfile}, its scenarios kept where they still fit).
 */
package dev.crossroads.session.edit;
