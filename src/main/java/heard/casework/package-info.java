/**
 * Casework: complaints and representations from receipt to closure, through the statutory children's procedure
 * and the council's corporate one. Its API is its public top-level types: Casework (log a complaint and make
 * every move on it), the Complaint aggregate and what it is made of, the case list, the deadlines, the
 * references every module claims, the log form other modules fill in, the case log's import and export, personal
 * data for retention and subject access, the council's casework settings, and the domain events. Beside them:
 * the repositories that rebuild the aggregate, package-private, and the page that logs a complaint, whose draft
 * the session keeps under its classes' names. Inside: domain (the rules and values only casework uses) and web
 * (its pages).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Casework")
package heard.casework;
