/**
 * People: recognition of Chinese names in pinyin (any case, hyphenated, tone-marked) and in Simplified or Traditional
 * characters, of Tibetan and Uyghur names as written, merged into one identity per person with its attributes (age,
 * gender, occupation, role).
 *
 * <p>{@link org.rightsarchive.annotate.people.PersonNames#standard()} is the public lookup other stages use: it turns
 * any written form of a name into the person id ({@code 姚福信}, {@code 姚福信} in Traditional, {@code YAO Fu-xin}
 * all give {@code yao-fuxin}). Data: surname readings (pinyin-pro, MIT) and pinyin syllables (pinyin-split, ISC),
 * bundled with their licenses; HanLP portable for Chinese person names.
 */
package org.rightsarchive.annotate.people;
