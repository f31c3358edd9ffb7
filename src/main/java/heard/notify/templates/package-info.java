/**
 * The council's templates of letters and emails, their merge fields, and the values those fields take for a
 * case.
 */
package heard.notify.templates;
