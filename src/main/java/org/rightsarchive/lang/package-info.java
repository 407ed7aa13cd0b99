/**
 * Language and script facts shared by every stage of the pipeline: language tags, Traditional/Simplified Chinese
 * folding and script detection. Depends on nothing else in the project.
 */
package org.rightsarchive.lang;
